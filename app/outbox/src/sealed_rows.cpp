#include "sealed_rows.hpp"

#include <algorithm>

namespace kiosk::outbox {

Result<void> storeSealed(Database& db, const SealedTables& tables, std::int64_t owner, const std::string& masterKeyId,
                         const SealedFiling& sealed, std::string_view where) {
    auto key = db.prepare(std::string("INSERT INTO ") + tables.keyTable + " (" + tables.ownerColumn +
                              ", master_key_id, iv, wrapped, tag) VALUES (?1, ?2, ?3, ?4, ?5)",
                          where);
    if (!key) return key.error();
    key->bind(1, owner);
    key->bind(2, masterKeyId);
    key->bindBlob(3, sealed.wrappedKey.iv);
    key->bindBlob(4, sealed.wrappedKey.ciphertext);
    key->bindBlob(5, sealed.wrappedKey.tag);
    if (auto ok = key->run(); !ok) return ok.error();
    auto part = db.prepare(std::string("INSERT INTO ") + tables.partTable + " (" + tables.ownerColumn +
                               ", number, iv, ciphertext, tag) VALUES (?1, ?2, ?3, ?4, ?5)",
                           where);
    if (!part) return part.error();
    for (std::size_t n = 0; n < sealed.parts.size(); ++n) {
        part->reset();
        part->bind(1, owner);
        part->bind(2, static_cast<std::int64_t>(n));
        part->bindBlob(3, sealed.parts[n].iv);
        part->bindBlob(4, sealed.parts[n].ciphertext);
        part->bindBlob(5, sealed.parts[n].tag);
        if (auto ok = part->run(); !ok) return ok.error();
    }
    return {};
}

Result<SealedFiling> loadSealed(Database& db, const SealedTables& tables, std::int64_t owner,
                                const std::string& masterKeyId, const std::string& jobId, std::string_view where) {
    auto key = db.prepare(std::string("SELECT master_key_id, iv, wrapped, tag FROM ") + tables.keyTable + " WHERE " +
                              tables.ownerColumn + " = ?1",
                          where);
    if (!key) return key.error();
    key->bind(1, owner);
    auto found = key->step();
    if (!found) return found.error();
    if (!*found) {
        return Error{"outbox.shredded",
                     "Nội dung " + std::string(tables.nameVi) + " đã được xóa sau thời hạn lưu giữ. (The " +
                         tables.nameEn + "'s content was destroyed after its retention period.)",
                     jobId};
    }
    if (key->columnText(0) != masterKeyId) {
        return Error{"outbox.wrong_master_key",
                     std::string(tables.nameViFirst) +
                         " được mã hóa bằng khóa chính khác với khóa của máy này. Vui lòng báo cán bộ. (The " +
                         tables.nameEn + " was encrypted under a different master key.)",
                     jobId};
    }
    SealedFiling sealed;
    sealed.wrappedKey = {key->columnBlob(1), key->columnBlob(2), key->columnBlob(3)};
    auto parts = db.prepare(std::string("SELECT number, iv, ciphertext, tag FROM ") + tables.partTable + " WHERE " +
                                tables.ownerColumn + " = ?1 ORDER BY number",
                            where);
    if (!parts) return parts.error();
    parts->bind(1, owner);
    for (;;) {
        auto row = parts->step();
        if (!row) return row.error();
        if (!*row) break;
        if (parts->columnInt(0) != static_cast<std::int64_t>(sealed.parts.size())) {
            return Error{"outbox.tampered",
                         std::string(tables.nameViFirst) + " thiếu phần dữ liệu. (A part of the " + tables.nameEn +
                             " is missing.)",
                         jobId};
        }
        sealed.parts.push_back({parts->columnBlob(1), parts->columnBlob(2), parts->columnBlob(3)});
    }
    return sealed;
}

bool isErrorCode(const std::string& code) {
    return !code.empty() && code.size() <= 64 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

Error badErrorCode() {
    return Error{"outbox.bad_error_code",
                 "Mã lỗi chỉ được gồm chữ thường, chữ số và . _ - (error codes are lower-case letters, digits, . _ -)",
                 "error_code"};
}

}  // namespace kiosk::outbox
