// House rules for the words citizens read, checked over every shipped service: English beside
// Vietnamese wherever the kiosk offers English, no asterisks or home-made "(không bắt buộc)"
// (the screen marks optional questions itself), fees explained in words, and every document
// the citizen is told to scan has a place in the form where it is scanned.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "shipped_services.hpp"

using namespace kiosk;
using kiosk::test::shipped;

namespace {

bool offersEnglish() {
    const auto& languages = shipped().kiosk.languages;
    return std::find(languages.begin(), languages.end(), forms::Lang::En) != languages.end();
}

bool hasBothLanguages(const forms::Text& text) {
    return !text.vi.empty() && (!offersEnglish() || !text.en.empty());
}

template <typename Visit>
void forEachField(const forms::Service& service, Visit visit) {
    for (const auto& field : service.preQuestions) visit(field);
    for (const auto& page : service.pages) {
        for (const auto& field : page.fields) visit(field);
    }
}

}  // namespace

TEST_CASE("every name, title and question citizens read is written in each offered language") {
    for (const auto& service : shipped().services) {
        CAPTURE(service.id);
        CHECK(hasBothLanguages(service.name));
        for (const auto& page : service.pages) {
            CAPTURE(page.id);
            CHECK(hasBothLanguages(page.title));
            if (!page.help.empty()) CHECK(hasBothLanguages(page.help));
        }
        forEachField(service, [](const forms::Field& field) {
            CAPTURE(field.id);
            if (field.type != forms::FieldType::Info) CHECK(hasBothLanguages(field.label));
            if (!field.help.empty()) CHECK(hasBothLanguages(field.help));
            if (field.constraint) CHECK(hasBothLanguages(field.constraintMessage));
        });
        for (const auto& route : service.routes) CHECK(hasBothLanguages(route.reason));
    }
}

TEST_CASE("labels carry no asterisk and no optional marker of their own") {
    for (const auto& service : shipped().services) {
        CAPTURE(service.id);
        forEachField(service, [](const forms::Field& field) {
            CAPTURE(field.id);
            CHECK(field.label.vi.find('*') == std::string::npos);
            CHECK(field.label.vi.find("bắt buộc") == std::string::npos);
            CHECK(field.label.en.find("optional") == std::string::npos);
        });
    }
}

TEST_CASE("a service that charges a fee explains the rule in words") {
    for (const auto& service : shipped().services) {
        CAPTURE(service.id);
        if (service.fee.amount) CHECK(hasBothLanguages(service.fee.description));
    }
}

TEST_CASE("every document the citizen must scan has a place in the form to scan it") {
    for (const auto& service : shipped().services) {
        CAPTURE(service.id);
        for (const auto& document : service.documents) {
            if (!document.scan) continue;
            CAPTURE(document.id);
            bool slot = false;
            forEachField(service, [&](const forms::Field& field) {
                if (field.type == forms::FieldType::Document && field.document == document.id) slot = true;
            });
            CHECK(slot);
        }
    }
}
