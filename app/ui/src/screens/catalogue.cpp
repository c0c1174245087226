#include <cfloat>

#include "kiosk/forms/search.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/desk_grid.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

// Category chips flow left to right and wrap; the chosen one is filled.
MaybeAction categoryChips(UiContext& ctx) {
    const auto& categories = ctx.config.kiosk.categories;
    std::vector<std::pair<std::string, std::string>> chips{{"", ctx.t("catalogue.all")}};
    for (const auto& c : categories) chips.emplace_back(c.id, ctx.text(c.name));
    MaybeAction action;
    const float right = ImGui::GetCursorPosX() + contentWidth(ctx);
    const ImFont* font = ctx.fonts.bold;
    bool first = true;
    for (const auto& [id, label] : chips) {
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label.c_str()).x +
                        ctx.theme.px(1.6f);
        if (!first) {
            ImGui::SameLine(0.0f, ctx.theme.gap());
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        first = false;
        const bool chosen = ctx.session.category == id;
        const std::string widgetId = id.empty() ? "catalogue.category.all" : "catalogue.category." + id;
        if (button(ctx, widgetId, label, chosen ? ButtonStyle::Primary : ButtonStyle::Secondary, w)) {
            action = core::act::SelectCategory{id};
        }
    }
    return action;
}

}  // namespace

MaybeAction drawCatalogue(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        // Once something is typed the box goes to the very top and the category chips (and the
        // gaps around them) give way, so three results (with their lines saying how they differ)
        // fit above the keyboard even at 1920x1080; closing the keyboard moves nothing under the
        // finger.
        const bool searching = !ctx.session.search.empty();
        if (!searching) {
            heading(ctx, ctx.t("catalogue.title"), "catalogue.title");
            subheading(ctx, ctx.t("catalogue.search_label"));
        }
        // Plain: the search ignores marks, so the keyboard leaves out their two rows and more
        // results stay above it, even with the largest text.
        textInput(ctx, "catalogue.search", core::TextTarget::Search, "", InputKind::Plain, false);
        if (!searching) {
            ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
            action = categoryChips(ctx);
            ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        }

        // While searching, the results sit closer together (half the usual gap, still apart), so
        // three results and their lines fit above the keyboard at 1920x1080 with reading-size text.
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                            ImVec2(ImGui::GetStyle().ItemSpacing.x, ImGui::GetStyle().ItemSpacing.y * (searching ? 0.5f : 1.0f)));
        int shown = 0;
        {
            DeskGrid grid(ctx);  // at the desk, two services a row
            for (const forms::Service* service : forms::searchServices(ctx.config.services, ctx.session.search)) {
                if (!searching && !ctx.session.category.empty() && service->category != ctx.session.category) continue;
                ++shown;
                grid.cell();
                if (button(ctx, "catalogue.service." + service->id, ctx.text(service->name), ButtonStyle::ListItem)) {
                    action = core::act::ChooseService{service->id};
                }
                if (!service->summary.empty()) {
                    // Half the usual gap: the line belongs to the row above it, and three rows with
                    // their lines then fit above the keyboard at 1920x1080.
                    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y * 0.5f);
                    mutedText(ctx, ctx.text(service->summary), "catalogue.summary." + service->id);
                }
            }
        }
        ImGui::PopStyleVar();
        if (shown == 0) paragraph(ctx, ctx.t("catalogue.none"), "catalogue.none");
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) action = core::act::Back{};
    return action;
}

}  // namespace kiosk::ui
