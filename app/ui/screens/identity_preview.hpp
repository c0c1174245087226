#pragma once
// The camera's live picture on the identity step, with a card-shaped guide over it.
#include "ui/ui_context.hpp"

namespace kiosk::capture {
class PreviewStream;
}

namespace kiosk::ui {

// Draws `stream`'s newest frame `width` pixels wide (registered as "identity.scan.preview"),
// dimmed outside a card-shaped frame labelled "Đặt thẻ vào khung"; a dark box saying the camera
// is starting before the first frame; the camera's error, in Vietnamese, when it has none.
void livePreview(UiContext& ctx, capture::PreviewStream& stream, int side, float width);

}  // namespace kiosk::ui
