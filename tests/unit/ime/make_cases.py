#!/usr/bin/env python3
"""Writes cases.tsv: Vietnamese names and places (typed by hand below) with the Telex and VNI
keystrokes that spell them. Only the keystroke columns are derived, from the Unicode
decomposition of each expected word; the engine under test plays no part.

Entries written "old|new" differ between the tone styles (open oa/oe/uy with a tone); every
other entry is spelled the same in both, which check_same_in_both_styles() verifies.

Run: python3 tests/unit/ime/make_cases.py
It rewrites the part of cases.tsv after the MARKER line and keeps the hand-written rows above
it (undo, capitals, English words, ...) as they are."""
import os
import sys
import unicodedata

SURNAMES = """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào
Đoàn Trương Lâm Mai Trịnh Lương Cao Lưu Tạ Quách Châu Từ Tô Hà Thái Kiều La Triệu Vương Giang
Khúc Âu Mạc Tăng Lò Bế Nông Hứa Diệp Phùng Ông Thân Khổng Quan Chu Lạc Doãn Khuất Nghiêm Cù Đàm
Kim Lã Mẫn Tống""".split()

GIVEN = """Thị Văn Hữu Đức Hằng Hương Thủy|Thuỷ Tuấn Quỳnh Khuê Giang Quang Nguyệt Xuân Thương
Phượng Minh Anh Hùng Dũng Hải Hiếu Hạnh Hoa Hòa|Hoà Hoài Hoan Hoàn Huệ Huy Huyền Khánh Khoa
Kiên Lan Liên Linh Loan Long Lộc Mạnh My Mỹ Nam Nga Ngân Ngọc Nhung Oanh Phúc Phương Quân Quý Sơn
Tâm Thắng Thành Thảo Thu Thúy|Thuý Thư Tiến Toàn Trâm Trang Trí Trinh Trung Tú Tùng Uyên Vân
Việt Vinh Yến Ánh Ân Bảo Bích Cường Chi Diễm Diệu Duy Duyên Đạt Điệp Định Gia Giao Hậu Hiền Hồng
Hưng Khải Kỳ Lực Luân Nghĩa Nhàn Nhân Như Phong Phước Quế Quyên Quyết Sang Sương Tài Thạch Thanh
Thiện Thoa Thọ Thuận Thục Thụy|Thuỵ Tín Trọng Tường Tuyết Vĩnh Xoan Yên Ngoan Hòe|Hoè Toản Khuyến
Huân Tuệ Quyền Thoại Thuyên Luyến Chuyên Nguyên Hoạt Khoái Ngoạn Diệm Hoằng Loát Dậu Hợi Tỵ Thủ
Oánh Uy Ngữ Ửng Ước Ưng Ẩn Ấn Ý Ỷ""".split()

WORDS = """người trường giữa giường giếng gì gìn giữ giấy giỏi giúp giặt quốc quạ quở quà quê quyển
quýt quẹo ngoài khuya khuỷu hươu chuối tuổi xoáy ngoẹo khuây khuyên cười rượu muối nguội tươi
thuở khỏe|khoẻ hóa|hoá lòa|loà tòa|toà xòe|xoè thùy|thuỳ lũy|luỹ ủy|uỷ tủy|tuỷ hoặc xoắn ngoằn
khuất tuần huỳnh huých tuýp huýt nguệch huênh yểng yêu yến uyển khuyết luật thuế huế tuy quy
quỳ quý thuyền nguyện chuyện truyện tuyển ươm ướt ướp ưu ừ ở ạ ậm ồn""".split()

PLACES = [
    "Buôn Ma Thuột", "Đắk Lắk", "Khánh Hòa|Khánh Hoà", "Quảng Ngãi", "Thừa Thiên Huế", "Bà Rịa",
    "Vũng Tàu", "Hòa Phú|Hoà Phú", "Ea H'leo", "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
    "Thành phố Hồ Chí Minh", "An Giang", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh",
    "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình|Hoà Bình", "Hưng Yên", "Kiên Giang",
    "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
    "Thanh Hóa|Thanh Hoá", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
    "Yên Bái", "Krông Pắc", "Krông Búk", "Buôn Đôn", "Cư M'gar", "Ea Súp", "M'Drắk",
    "Chư Prông", "Ia Grai", "Kon Plông", "Đăk Glei", "Pleiku", "Thủ Đức", "Gò Vấp", "Củ Chi",
    "Nhà Bè", "Hóc Môn", "Thủy Nguyên|Thuỷ Nguyên", "Hoàn Kiếm", "Ba Đình", "Đống Đa",
    "Cầu Giấy", "Thanh Xuân", "Hoàng Mai", "Long Biên", "Tây Hồ", "Sóc Sơn", "Mê Linh",
    "Ứng Hòa|Ứng Hoà", "Mỹ Đức", "Thạch Thất", "Quốc Oai", "Phúc Thọ", "Sơn Tây",
    "Hòa Vang|Hoà Vang", "Hội An", "Tam Kỳ", "Quy Nhơn", "Nha Trang", "Cam Ranh", "Phan Thiết",
    "Phan Rang - Tháp Chàm", "Biên Hòa|Biên Hoà", "Thủ Dầu Một", "Mỹ Tho", "Rạch Giá",
    "Hà Tiên", "Phú Quốc", "Long Xuyên", "Châu Đốc", "Cao Lãnh", "Sa Đéc", "Vị Thanh",
    "Tuy Hòa|Tuy Hoà", "Buôn Hồ", "Gia Nghĩa", "Bảo Lộc", "Đà Lạt", "Đồng Xoài",
    "xã Hòa Khánh|xã Hoà Khánh", "phường Thủy Xuân|phường Thuỷ Xuân", "thị trấn Krông Năng",
    "Ủy ban nhân dân|Uỷ ban nhân dân", "Khuê Trung", "Quỳnh Lưu", "Diễn Châu", "Nghi Lộc",
    "Hưng Nguyên", "Thanh Chương", "Đô Lương", "Quỳ Hợp", "Tương Dương", "Con Cuông",
    "Kỳ Sơn", "Quế Phong", "Yên Thành", "Hương Khê", "Cẩm Xuyên", "Kỳ Anh", "Thạch Hà",
    "Can Lộc", "Đức Thọ", "Hương Thủy|Hương Thuỷ", "Phong Điền", "Phú Vang", "A Lưới",
    "Nam Đông", "Ngọc Hồi", "Sa Thầy", "Bù Gia Mập", "Đăk Tô", "Ea Kar", "Lắk",
]

FULL_NAMES = [
    "Nguyễn Thị Hằng", "Trần Văn Đức", "Lê Thị Thủy|Lê Thị Thuỷ", "Phạm Hữu Tuấn",
    "Hoàng Thị Quỳnh", "Huỳnh Văn Khuê", "Phan Thị Hương", "Vũ Đức Giang", "Võ Thị Nguyệt",
    "Đặng Văn Quang", "Bùi Thị Xuân", "Đỗ Thị Thương", "Hồ Thị Phượng", "Ngô Văn Hòa|Ngô Văn Hoà",
    "Dương Thị Huyền", "Lý Văn Khánh", "Nguyễn Ngọc Ánh", "Trương Thị Thúy Hằng|Trương Thị Thuý Hằng",
    "Đinh Quang Trường", "Lưu Thị Khuyến",
]

TELEX_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
VNI_TONE = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
HAT, BREVE, HORN = "\u0302", "\u0306", "\u031b"


def letters(syllable):
    """(base, marks, tone) per letter; base keeps its case, đ is base 'd' with mark 'stroke'."""
    out = []
    for ch in syllable:
        if ch in "đĐ":
            out.append(("D" if ch == "Đ" else "d", {"stroke"}, ""))
            continue
        d = unicodedata.normalize("NFD", ch)
        marks = {m for m in d[1:] if m in (HAT, BREVE, HORN)}
        tone = "".join(m for m in d[1:] if m in TELEX_TONE)
        out.append((d[0], marks, tone))
    return out


def letter_keys(base, marks, method):
    if method == "telex":
        if "stroke" in marks: return base + base
        if HAT in marks: return base + base
        if BREVE in marks or HORN in marks: return base + "w"
        return base
    if "stroke" in marks: return base + "9"
    if HAT in marks: return base + "6"
    if BREVE in marks: return base + "8"
    if HORN in marks: return base + "7"
    return base


def first_nucleus_vowel(ls):
    """Index of the first vowel that is not the u of qu or the i of gi before another vowel."""
    vowels = "aeiouyAEIOUY"
    i = 0
    while i < len(ls) and ls[i][0] not in vowels:
        i += 1
    if i == 1 and ls[0][0] in "qQ" and i < len(ls) and ls[i][0] in "uU":
        i += 1
    elif (i == 1 and ls[0][0] in "gG" and i + 1 < len(ls) and ls[i][0] in "iI"
          and ls[i + 1][0] in vowels):
        i += 1
    return i


def syllable_keys(syllable, method, where):
    """where: 'end' puts the tone key after the syllable, 'first' right after its first vowel
    (so the engine has to move the tone as the syllable grows)."""
    ls = letters(syllable)
    table = TELEX_TONE if method == "telex" else VNI_TONE
    tone = next((t for _, _, t in ls if t), "")
    tone_key = table[tone] if tone else ""
    at = len(ls) - 1
    if where == "first":
        at = min(first_nucleus_vowel(ls), len(ls) - 1)
    keys = ""
    seen_vowel = False
    for i, (base, marks, _) in enumerate(ls):
        keys += letter_keys(base, marks, method)
        # A Telex tone key after a vowel is typed twice to get the letter itself ("Ea Karr").
        if method == "telex" and seen_vowel and not marks and base.lower() in "sfrxjz":
            keys += base
        seen_vowel = seen_vowel or base.lower() in "aeiouy"
        if i == at:
            keys += tone_key
    return keys


def phrase_keys(phrase, method, where):
    """Keys for a phrase: each word as syllable_keys, everything else (spaces, ', -) as itself."""
    out, word = "", ""
    for ch in phrase + " ":
        if unicodedata.normalize("NFD", ch)[0].isalpha():
            word += ch
        else:
            out += syllable_keys(word, method, where) if word else ""
            out += ch
            word = ""
    return out[:-1]


def check_same_in_both_styles(text):
    """An entry without "old|new" must not hold an open oa/oe/uy with a tone."""
    for word in text.replace("'", " ").replace("-", " ").split():
        plain = "".join(unicodedata.normalize("NFD", c)[0] for c in word.lower())
        toned = any(t for _, _, t in letters(word))
        for pair in ("oa", "oe", "uy"):
            if toned and plain.endswith(pair) and not plain.endswith("qu" + pair[1:]):
                sys.exit(f"{word!r} differs between tone styles: write it as old|new")


def rows():
    entries = SURNAMES + GIVEN + WORDS + PLACES + FULL_NAMES
    for entry in entries:
        old, new = entry.split("|") if "|" in entry else (entry, entry)
        if "|" not in entry:
            check_same_in_both_styles(entry)
        for method in ("telex", "vni"):
            for style, expected in (("old", old), ("new", new)):
                seen = set()
                for where in ("end", "first"):
                    keys = phrase_keys(expected, method, where)
                    if keys not in seen:
                        seen.add(keys)
                        yield method, style, keys, expected


MARKER = "# ---- generated by make_cases.py from the hand-typed Vietnamese in it; do not edit below ----"


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.tsv")
    with open(path, encoding="utf-8") as f:
        kept = f.read().split(MARKER)[0]
    with open(path, "w", encoding="utf-8") as f:
        f.write(kept.rstrip("\n") + "\n" + MARKER + "\n")
        for row in rows():
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
