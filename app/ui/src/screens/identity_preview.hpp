#pragma once
// The pictures of the identity step: a drawing of the card side to show, and the camera's live
// picture with a card-shaped guide over it.
#include "kiosk/ui/ui_context.hpp"

namespace kiosk::capture {
class IdentityScan;
class PreviewStream;
}

namespace kiosk::ui {

// Draws `stream`'s newest frame `width` pixels wide (registered as "identity.scan.preview"),
// dimmed outside a card-shaped frame labelled "Đặt thẻ vào khung"; a dark box saying the camera
// is starting before the first frame; the camera's error, in Vietnamese, when it has none.
void livePreview(UiContext& ctx, capture::PreviewStream& stream, int side, float width);

// The drawing of the side to show ("identity.scan.picture"), beside the camera's live picture
// when there is one and a texture to show it on (below it when the screen is too narrow).
void sidePictures(UiContext& ctx, capture::IdentityScan& scan);

}  // namespace kiosk::ui
