#pragma once
// An in-memory FilingStore for tests of the flow and the screens (the real outbox is SQLite).
// It keeps every filing it accepts, and can be told to refuse the next one.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/core/filing_store.hpp"

namespace kiosk::test {

class MemoryFilingStore final : public core::FilingStore {
public:
    Result<core::StoredFiling> submit(const core::Filing& filing) override {
        if (failNext) {
            failNext = false;
            return Error{"test.store_refused", "Kho thử nghiệm từ chối hồ sơ", ""};
        }
        filings.push_back(filing);
        return core::StoredFiling{"TEST-" + std::to_string(filings.size())};
    }

    Result<void> keepReceipt(const std::string& localReference, const std::string& pdf) override {
        keptReceipts[localReference] = pdf;
        return {};
    }

    Result<void> keepSupplementReceipt(const std::string& clientSupplementId, const std::string& pdf) override {
        keptSupplementReceipts[clientSupplementId] = pdf;
        return {};
    }

    Result<void> rate(const std::string& localReference, const core::Rating& rating) override {
        ratings.emplace_back(localReference, rating);
        return {};
    }

    Result<bool> recordHandover(const std::string& localReference, const std::string& sha256) override {
        return handovers.emplace(localReference, sha256).second;
    }

    Result<std::string> submitSupplement(std::string_view reference, const core::Filing& content) override {
        if (failNext) {
            failNext = false;
            return Error{"test.store_refused", "Kho thử nghiệm từ chối bổ sung", ""};
        }
        supplements.emplace_back(std::string(reference), content);
        return "SUPP-" + std::to_string(supplements.size());
    }

    Result<std::string> callStaff(const std::string& screen) override {
        if (failNext) {
            failNext = false;
            return Error{"test.store_refused", "Kho thử nghiệm từ chối lời gọi", ""};
        }
        helpCalls.push_back(screen);
        return "CALL-" + std::to_string(helpCalls.size());
    }

    std::vector<core::Filing> filings;
    std::vector<std::string> helpCalls;                             // the screen of each call, in order
    std::vector<std::pair<std::string, core::Filing>> supplements;  // filing reference, content
    std::vector<std::pair<std::string, core::Rating>> ratings;  // local reference, rating
    std::map<std::string, std::string> keptReceipts;  // local reference -> PDF
    std::map<std::string, std::string> keptSupplementReceipts;  // client_supplement_id -> PDF
    std::set<std::pair<std::string, std::string>> handovers;  // local reference, document sha256
    bool failNext = false;
};

}  // namespace kiosk::test
