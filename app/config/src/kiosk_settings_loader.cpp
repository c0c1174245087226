#include "kiosk_settings_loader.hpp"

#include <algorithm>

#include "capture_settings_loader.hpp"
#include "ids.hpp"
#include "queue_settings_loader.hpp"
#include "result_delivery_loader.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {
namespace {

// The commune the kiosk serves must be a real unit, or every address it pre-fills is wrong.
void checkCommune(TableReader& root, const KioskSettings& out, const forms::AdminUnits& units) {
    if (!root.has("province_code") || !root.has("commune_code")) return;
    const forms::Province* province = units.findProvince(out.provinceCode);
    if (!province) {
        root.error("province_code", "config.unknown_province",
                   "không có tỉnh '" + out.provinceCode + "' trong admin-units / province '" + out.provinceCode +
                       "' is not in admin-units",
                   "thêm tệp admin-units/" + out.provinceCode + ".toml / add admin-units/" + out.provinceCode + ".toml");
        return;
    }
    const bool found = std::any_of(province->communes.begin(), province->communes.end(),
                                   [&](const forms::Commune& c) { return c.code == out.communeCode; });
    if (!found) {
        root.error("commune_code", "config.unknown_commune",
                   "tỉnh " + out.provinceCode + " không có xã mã '" + out.communeCode + "' / province " +
                       out.provinceCode + " has no commune with code '" + out.communeCode + "'",
                   "xem mã xã trong admin-units/" + out.provinceCode + ".toml / see the codes in admin-units/" +
                       out.provinceCode + ".toml");
    }
}

void readLanguages(TableReader& root, KioskSettings& out, bool englishStrings) {
    const auto languages = root.strings("languages");
    if (!languages) {
        out.languages = {forms::Lang::Vi};
        return;
    }
    const EnumNames<forms::Lang> names{{"vi", forms::Lang::Vi}, {"en", forms::Lang::En}};
    for (const auto& code : *languages) {
        const auto it = std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == code; });
        if (it == names.end()) {
            root.error("languages", "config.bad_value",
                       "ngôn ngữ '" + code + "' không được hỗ trợ / unsupported language '" + code + "'",
                       "dùng / use: \"vi\", \"en\"");
        } else if (std::find(out.languages.begin(), out.languages.end(), it->second) != out.languages.end()) {
            root.error("languages", "config.duplicate_id",
                       "ngôn ngữ '" + code + "' ghi hai lần / language '" + code + "' is listed twice");
        } else if (it->second == forms::Lang::En && !englishStrings) {
            root.error("languages", "config.missing_file",
                       "có tiếng Anh nhưng thiếu locales/en.toml / English is offered but locales/en.toml is missing",
                       "thêm locales/en.toml hoặc bỏ \"en\" / add locales/en.toml or remove \"en\"");
        } else {
            out.languages.push_back(it->second);
        }
    }
    if (std::find(out.languages.begin(), out.languages.end(), forms::Lang::Vi) == out.languages.end()) {
        root.error("languages", "config.bad_value", "thiếu tiếng Việt / Vietnamese is missing",
                   "viết / write: languages = [\"vi\", \"en\"]");
    }
}

void readIdle(TableReader& idle, KioskSettings& out) {
    out.idleTimeoutSeconds = idle.integerInRange("timeout_seconds", 30, 3600).value_or(out.idleTimeoutSeconds);
    out.idleWarningSeconds =
        idle.integerInRange("warning_seconds", 20, 600, Need::Optional,
                            "người lớn tuổi cần ít nhất 20 giây để kịp bấm \"Tôi cần thêm thời gian\", theo WCAG "
                            "2.2.1 / people need at least 20 s to ask for more time, as WCAG 2.2.1 says")
            .value_or(out.idleWarningSeconds);
    if (out.idleWarningSeconds >= out.idleTimeoutSeconds) {
        idle.error("warning_seconds", "config.out_of_range",
                   "warning_seconds phải nhỏ hơn timeout_seconds / warning_seconds must be less than "
                   "timeout_seconds",
                   "lời nhắc hiện ra trước khi hết giờ / the warning comes before the timeout");
    }
    // Unset, it is never shorter than the plain timeout (a site that raised that one keeps working).
    const auto waiting = idle.integerInRange("waiting_timeout_seconds", 60, 7200);
    out.idleWaitingTimeoutSeconds = waiting.value_or(std::max(out.idleWaitingTimeoutSeconds, out.idleTimeoutSeconds));
    if (out.idleWaitingTimeoutSeconds < out.idleTimeoutSeconds) {
        idle.error("waiting_timeout_seconds", "config.out_of_range",
                   "waiting_timeout_seconds không được nhỏ hơn timeout_seconds / waiting_timeout_seconds "
                   "must not be less than timeout_seconds",
                   "người dân đang chuyển khoản cần nhiều thời gian hơn / a citizen paying by bank "
                   "transfer needs more time, not less");
    }
}

void readDisplay(TableReader& display, DisplaySettings& out) {
    out.fullscreen = display.boolean("fullscreen").value_or(out.fullscreen);
    out.width = display.integerInRange("width", 320, 10000).value_or(out.width);
    out.height = display.integerInRange("height", 320, 10000).value_or(out.height);
    out.orientation = display
                          .oneOf<Orientation>("orientation", {{"landscape", Orientation::Landscape},
                                                              {"portrait", Orientation::Portrait}})
                          .value_or(out.orientation);
}

void readTheme(TableReader& theme, ThemeSettings& out) {
    if (const auto size = theme.number("font_size_px")) {
        if (*size < 42 || *size > 96) {
            theme.error("font_size_px", "config.out_of_range",
                        "font_size_px phải trong khoảng 42 … 96 / font_size_px must be within 42 … 96",
                        "chữ thân bài ít nhất 42 px (chữ hoa cao 22 px) ở màn hình 1080p để người lớn tuổi "
                        "đọc được / body text needs at least 42 px (capitals 22 px tall) at 1080p");
        } else {
            out.fontSizePx = static_cast<float>(*size);
        }
    }
    out.highContrast = theme.boolean("high_contrast").value_or(out.highContrast);
    if (const auto scale = theme.number("text_scale")) {
        const bool allowed = *scale == 1.0 || *scale == 1.25 || *scale == 1.5;
        if (allowed) {
            out.textScale = static_cast<float>(*scale);
        } else {
            theme.error("text_scale", "config.bad_value",
                        "text_scale phải là 1.0, 1.25 hoặc 1.5 / text_scale must be 1.0, 1.25 or 1.5",
                        "các cỡ chữ khác không được thiết kế thử / other sizes are not laid out");
        }
    }
}

void readInput(TableReader& input, InputSettings& out) {
    out.method = input.oneOf<InputMethod>("method", {{"telex", InputMethod::Telex}, {"vni", InputMethod::Vni}})
                     .value_or(out.method);
    out.toneStyle = input.oneOf<ToneStyle>("tone_style", {{"old", ToneStyle::Old}, {"new", ToneStyle::New}})
                        .value_or(out.toneStyle);
    out.keyClick = input.boolean("key_click").value_or(out.keyClick);
}

// A wrong BIN or account would send citizens' fees elsewhere or give a QR no bank app reads.
void readPayment(TableReader& payment, PaymentSettings& out) {
    const auto bin = payment.string("bank_bin", Need::Required);
    const auto account = payment.string("account", Need::Required);
    out.accountName = payment.string("account_name").value_or("");
    const auto allDigits = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (bin && (bin->size() != 6 || !allDigits(*bin))) {
        payment.error("bank_bin", "config.bad_value",
                      "bank_bin phải là mã BIN 6 chữ số của ngân hàng / bank_bin must be the bank's 6-digit BIN",
                      "ví dụ VietinBank là \"970415\" / e.g. \"970415\" for VietinBank");
    } else if (bin) {
        out.bankBin = *bin;
    }
    const bool accountOk = account && !account->empty() && account->size() <= 19 &&
                           std::all_of(account->begin(), account->end(),
                                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); });
    if (account && !accountOk) {
        payment.error("account", "config.bad_value",
                      "account phải có 1-19 chữ số hoặc chữ in hoa, không có dấu cách / account must be 1-19 digits or "
                      "capital letters, no spaces",
                      "chép đúng số tài khoản của xã / copy the commune's account number exactly");
    } else if (account) {
        out.account = *account;
    }
}

// CUPS queue names are printable ASCII without space, '/', '#' or '@' and at most 127 long;
// we take the usual subset so a typo is caught here, not at the first print.
void readPrinter(TableReader& printer, PrinterSettings& out) {
    const auto name = printer.string("name", Need::Required);
    if (!name) return;
    const bool ok = !name->empty() && name->size() <= 127 &&
                    std::all_of(name->begin(), name->end(), [](char c) {
                        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
                               c == '-' || c == '.';
                    });
    if (!ok) {
        printer.error("name", "config.bad_value",
                      "name phải là tên hàng đợi CUPS: chữ không dấu, số, '_', '-', '.', không có dấu cách / name must be a "
                      "CUPS queue name: letters, digits, '_', '-', '.', no spaces",
                      "chép đúng tên máy in trong `lpstat -p`, hoặc bỏ bảng [printer] nếu không có máy in / copy the name "
                      "from `lpstat -p`, or remove [printer] when there is no printer");
        return;
    }
    out.name = *name;
}

// Staff PINs are kept with the kiosk's data (kiosk-admin staff add), never in a config folder,
// which is copied between kiosks and travels in config bundles. A [staff] table left from an
// older release is refused, so nobody believes it still lets anyone in.
void refuseStaff(TableReader& staff) {
    for (const char* key : {"pin", "pin_hash"}) {
        if (!staff.has(key)) continue;
        staff.string(key);  // read, so it is reported once, here, and not as an unknown key
        staff.error(key, "config.staff_moved",
                    "mã PIN nhân viên không còn để trong tệp cấu hình / staff PINs are no longer kept in the "
                    "config",
                    "xóa bảng [staff] và thêm từng cán bộ: kiosk-admin staff add MÃ_CÁN_BỘ / delete [staff] and add "
                    "each staff member: kiosk-admin staff add OPERATOR_ID");
    }
}

void readCategories(TableReader& root, std::vector<Category>& out) {
    UniqueIds ids("nhóm thủ tục", "category");
    root.tables("categories", Need::Required, [&](TableReader& entry, size_t) {
        Category category;
        if (auto id = entry.string("id", Need::Required)) {
            if (!isSlug(*id)) {
                entry.error("id", "config.bad_id", "id nhóm '" + *id + "' không hợp lệ / invalid category id '" + *id + "'",
                            "chỉ dùng chữ thường không dấu, số và '-' / use a-z, 0-9 and '-' only");
            }
            ids.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
            category.id = std::move(*id);
        }
        category.name = entry.text("name", Need::Required);
        out.push_back(std::move(category));
    });
}

}  // namespace

KioskSettings loadKioskSettings(const toml::table& document, SourceFile& file, const KioskNames& names) {
    KioskSettings out;
    readDocument(document, file, [&](TableReader& root) {
        out.kioskId = root.string("kiosk_id", Need::Required).value_or("");
        out.communeName = root.string("commune_name", Need::Required).value_or("");
        out.communeCode = root.string("commune_code", Need::Required).value_or("");
        out.provinceName = root.string("province_name", Need::Required).value_or("");
        out.provinceCode = root.string("province_code", Need::Required).value_or("");
        if (names.units) checkCommune(root, out, *names.units);
        readLanguages(root, out, names.englishStrings);
        root.table("idle", Need::Optional, [&](TableReader& idle) { readIdle(idle, out); });
        root.table("display", Need::Optional, [&](TableReader& display) { readDisplay(display, out.display); });
        root.table("theme", Need::Optional, [&](TableReader& theme) { readTheme(theme, out.theme); });
        root.table("capture", Need::Optional, [&](TableReader& capture) { readCapture(capture, out.capture); });
        root.table("document_scanner", Need::Optional,
                   [&](TableReader& scanner) { readDocumentScanner(scanner, out.documentScanner.emplace()); });
        root.table("input", Need::Optional, [&](TableReader& input) { readInput(input, out.input); });
        root.table("portal", Need::Optional, [&](TableReader& portal) {
            out.portal.url = portal.string("url").value_or("");
            out.portal.agencyCode = portal.string("agency_code").value_or("");
        });
        root.table("payment", Need::Optional, [&](TableReader& payment) { readPayment(payment, out.payment); });
        root.table("printer", Need::Optional, [&](TableReader& printer) { readPrinter(printer, out.printer); });
        root.table("staff", Need::Optional, [&](TableReader& staff) { refuseStaff(staff); });
        root.table("rating", Need::Optional, [&](TableReader& rating) { readRating(rating, out.rating); });
        root.table("queue", Need::Optional, [&](TableReader& queue) { readQueue(queue, out.queue); });
        readCategories(root, out.categories);
    });
    return out;
}

}  // namespace kiosk::config::detail
