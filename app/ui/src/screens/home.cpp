#include <vector>

#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawHome(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.fmt("home.title", {{"commune", ctx.config.kiosk.communeName}}));
        paragraph(ctx, ctx.t("home.intro"));
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        struct Tile {
            const char* id;
            std::string label;
            ButtonStyle style;
            core::Action action;
        };
        std::vector<Tile> tiles = {
            {"home.start", ctx.t("home.start") + "\n" + ctx.t("home.start_hint"), ButtonStyle::Primary,
             core::act::OpenCatalogue{}},
            {"home.lookup", ctx.t("home.lookup") + "\n" + ctx.t("home.lookup_hint"), ButtonStyle::Secondary,
             core::act::OpenLookup{}},
        };
        // "Lấy số thứ tự" only where the commune's desk has groups (kiosk.toml [queue]).
        if (!ctx.config.kiosk.queue.groups.empty()) {
            tiles.push_back({"home.queue", ctx.t("home.queue") + "\n" + ctx.t("home.queue_hint"),
                             ButtonStyle::Secondary, core::act::OpenQueue{}});
        }
        tiles.push_back({"home.help", ctx.t("home.help") + "\n" + ctx.t("home.help_hint"), ButtonStyle::Secondary,
                         core::act::OpenHelp{}});
        // Side by side on a wide screen, one under another in portrait.
        const float full = contentWidth(ctx);
        const float gap = ctx.theme.gap();
        const float count = static_cast<float>(tiles.size());
        const float width = ctx.theme.portrait ? full : (full - (count - 1) * gap) / count;
        const float height = ctx.theme.px(5.0f);
        bool first = true;
        for (const Tile& tile : tiles) {
            if (!first && !ctx.theme.portrait) ImGui::SameLine(0.0f, gap);
            first = false;
            if (button(ctx, tile.id, tile.label, tile.style, width, true, height)) action = tile.action;
        }
    }
    return action;
}

}  // namespace kiosk::ui
