#include "choices_loader.hpp"

#include <algorithm>

namespace kiosk::config::detail {
namespace {

// `common = ["kinh", "e_de"]`: each must be one of the list's options, each once.
void readCommon(TableReader& entry, forms::ChoiceList& list) {
    const auto common = entry.strings("common");
    if (!common) return;
    for (const auto& id : *common) {
        const bool known = std::any_of(list.choices.begin(), list.choices.end(),
                                       [&](const forms::Choice& c) { return c.id == id; });
        if (!known) {
            entry.error("common", "config.unknown_choice",
                        "'" + id + "' không phải lựa chọn của danh sách '" + list.id + "' / '" + id +
                            "' is not an option of list '" + list.id + "'",
                        "dùng id trong options / use an id from options");
        } else if (std::find(list.common.begin(), list.common.end(), id) != list.common.end()) {
            entry.error("common", "config.duplicate_id",
                        "'" + id + "' ghi hai lần trong common / '" + id + "' is listed twice in common");
        } else {
            list.common.push_back(id);
        }
    }
}

}  // namespace

void readChoiceLists(TableReader& root, UniqueIds& listIds, std::vector<forms::ChoiceList>& out) {
    root.tables("choices", Need::Optional, [&](TableReader& entry, size_t) {
        forms::ChoiceList list;
        list.where = forms::SourceLocation{entry.file().name(), entry.at().line, entry.at().column};
        if (auto id = entry.string("id", Need::Required)) {
            if (!isIdentifier(*id)) {
                entry.error("id", "config.bad_id", "id danh sách '" + *id + "' không hợp lệ / invalid list id '" + *id + "'",
                            "bắt đầu bằng chữ cái, chỉ dùng chữ không dấu, số và '_' / start with a letter, use "
                            "a-z, 0-9 and '_'");
            }
            listIds.add(*id, entry.file(), entry.valueAt("id"), entry.pathOf("id"));
            list.id = std::move(*id);
        }
        UniqueIds optionIds("lựa chọn", "choice");
        entry.tables("options", Need::Required, [&](TableReader& option, size_t) {
            forms::Choice choice;
            if (auto id = option.string("id", Need::Required)) {
                if (!isOptionId(*id)) {
                    option.error("id", "config.bad_id",
                                 "id lựa chọn '" + *id + "' không hợp lệ / invalid choice id '" + *id + "'",
                                 "chỉ dùng chữ không dấu, số và '_' / use a-z, 0-9 and '_'");
                }
                optionIds.add(*id, option.file(), option.valueAt("id"), option.pathOf("id"));
                choice.id = std::move(*id);
            }
            choice.label = option.text("label", Need::Required);
            list.choices.push_back(std::move(choice));
        });
        readCommon(entry, list);
        out.push_back(std::move(list));
    });
}

std::vector<forms::ChoiceList> loadSharedChoices(const toml::table& document, SourceFile& file) {
    std::vector<forms::ChoiceList> out;
    UniqueIds listIds("danh sách lựa chọn", "choice list");
    readDocument(document, file, [&](TableReader& root) { readChoiceLists(root, listIds, out); });
    return out;
}

}  // namespace kiosk::config::detail
