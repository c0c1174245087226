#include "audit_checkpoints.hpp"

#include <iostream>

#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/keys.hpp"

namespace kiosk::reference_portal {
namespace {

using nlohmann::json;

// The "previous hash" of a chain's first entry, as the kiosk's outbox names it.
const std::string kGenesis(64, '0');

void report(json& errors, const char* member, const char* code) {
    errors.push_back({{"pointer", std::string("/audit_checkpoint/") + member}, {"code", code}});
}

std::optional<std::int64_t> countOf(const json& object, const char* member, json& errors) {
    const auto it = object.find(member);
    if (it == object.end() || !it->is_number_integer()) {
        report(errors, member, "wrong_type");
        return std::nullopt;
    }
    const auto value = it->get<std::int64_t>();
    if (value < 0) {
        report(errors, member, "bad_format");
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> sha256Of(const json& object, const char* member, json& errors) {
    const auto it = object.find(member);
    if (it == object.end() || !it->is_string()) {
        report(errors, member, "wrong_type");
        return std::nullopt;
    }
    const auto& text = it->get_ref<const std::string&>();
    if (!signing::isSha256Hex(text)) {
        report(errors, member, "bad_format");
        return std::nullopt;
    }
    return text;
}

// The seq of the checkpoint kept last for `kioskId`: its latest word, whatever its verdict.
std::optional<std::int64_t> latestSeq(Db& db, const std::string& kioskId) {
    auto stmt = db.prepare("SELECT seq FROM audit_checkpoint WHERE kiosk_id = ? ORDER BY id DESC LIMIT 1");
    stmt.bind(1, kioskId);
    if (!orThrow(stmt.step())) return std::nullopt;
    return stmt.columnInt(0);
}

// The head first kept for `seq`, when a checkpoint at that seq arrived.
std::optional<std::string> headAt(Db& db, const std::string& kioskId, std::int64_t seq) {
    auto stmt = db.prepare(
        "SELECT head_sha256 FROM audit_checkpoint WHERE kiosk_id = ? AND seq = ? ORDER BY id LIMIT 1");
    stmt.bind(1, kioskId).bind(2, seq);
    if (!orThrow(stmt.step())) return std::nullopt;
    return stmt.columnText(0);
}

CheckpointVerdict judge(Db& db, const std::string& kioskId, const signing::AuditCheckpoint& c) {
    const auto last = latestSeq(db, kioskId);
    if (!last) return {"first", ""};
    // Fewer entries than before, or than the checkpoint it names as the one before: cut short.
    if (c.seq < *last || c.previousSeq > c.seq) return {"does_not_extend", "seq_went_back"};
    if (const auto seen = headAt(db, kioskId, c.seq); seen && *seen != c.headSha256) {
        return {"does_not_extend", "rewritten"};
    }
    if (c.seq == *last) return {"same", ""};
    if (c.previousSeq > *last) return {"unanchored", ""};
    const auto before = c.previousSeq == 0 ? std::optional<std::string>(kGenesis) : headAt(db, kioskId, c.previousSeq);
    if (before && *before != c.previousSha256) return {"does_not_extend", "rewritten_below"};
    if (c.previousSeq < *last) return {"does_not_extend", "anchor_behind"};
    return {"extends", ""};
}

}  // namespace

std::optional<SignedCheckpoint> readCheckpoint(const json& member, const std::string& kioskId,
                                               const std::string& keyPem, json& errors) {
    const std::size_t before = errors.size();
    const auto seq = countOf(member, "seq", errors);
    const auto head = sha256Of(member, "head_sha256", errors);
    const auto previousSeq = countOf(member, "previous_seq", errors);
    const auto previousHead = sha256Of(member, "previous_sha256", errors);
    const auto sig = member.find("sig");
    if (sig == member.end() || !sig->is_string()) report(errors, "sig", "wrong_type");
    if (errors.size() != before) return std::nullopt;
    SignedCheckpoint out{{*seq, *head, *previousSeq, *previousHead}, sig->get<std::string>()};
    const auto raw = signing::base64Decode(out.sig);
    const auto key = signing::PublicKey::fromPem(keyPem);
    if (!raw || !key || !key->verify(signing::auditCheckpointMessage(kioskId, out.checkpoint), *raw)) {
        report(errors, "sig", "bad_signature");
        return std::nullopt;
    }
    return out;
}

CheckpointVerdict keepCheckpoint(Db& db, const std::string& kioskId, const SignedCheckpoint& checkpoint, Seconds now) {
    const auto& c = checkpoint.checkpoint;
    auto verdict = judge(db, kioskId, c);
    orThrow(db.prepare("INSERT INTO audit_checkpoint(kiosk_id, seq, head_sha256, previous_seq, previous_sha256, sig, "
                       "received_at, verdict, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, kioskId)
                .bind(2, c.seq)
                .bind(3, c.headSha256)
                .bind(4, c.previousSeq)
                .bind(5, c.previousSha256)
                .bind(6, checkpoint.sig)
                .bind(7, static_cast<std::int64_t>(now.time_since_epoch().count()))
                .bind(8, verdict.verdict)
                .bind(9, verdict.reason)
                .run());
    if (verdict.verdict == "does_not_extend") {
        std::clog << "kiosk-portal: audit checkpoint of " << kioskId << " at seq " << c.seq
                  << " does not extend the earlier ones (" << verdict.reason << ")\n";
    }
    return verdict;
}

json checkpointsOf(Db& db, const std::string& kioskId) {
    auto stmt = db.prepare(
        "SELECT seq, head_sha256, previous_seq, previous_sha256, sig, received_at, verdict, reason FROM "
        "audit_checkpoint WHERE kiosk_id = ? ORDER BY id");
    stmt.bind(1, kioskId);
    json out = json::array();
    while (orThrow(stmt.step())) {
        out.push_back({{"seq", stmt.columnInt(0)},
                       {"head_sha256", stmt.columnText(1)},
                       {"previous_seq", stmt.columnInt(2)},
                       {"previous_sha256", stmt.columnText(3)},
                       {"sig", stmt.columnText(4)},
                       {"received_at", rfc3339(Seconds(std::chrono::seconds(stmt.columnInt(5))))},
                       {"verdict", stmt.columnText(6)},
                       {"reason", stmt.columnText(7)}});
    }
    return out;
}

}  // namespace kiosk::reference_portal
