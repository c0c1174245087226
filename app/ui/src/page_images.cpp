#include "page_images.hpp"

#include "kiosk/capture/preview_source.hpp"

namespace kiosk::ui {

void PageImages::setTextureMaker(TextureMaker maker) {
    forgetAll();
    m_maker = std::move(maker);
}

PageImages::Shown PageImages::show(const std::string& key, size_t index, const core::ScannedPage& page, int maxWidth,
                                   int maxHeight) {
    if (!m_maker) return {};
    const std::string name = key + "/" + std::to_string(index) + "/" + std::to_string(maxWidth) + "x" +
                             std::to_string(maxHeight);
    Picture& picture = m_pictures[name];
    picture.drawn = true;
    if (picture.source == page.jpeg.data() && picture.texture) return picture.shown;
    picture.source = page.jpeg.data();
    picture.shown = {};
    if (!picture.texture) picture.texture = m_maker();
    if (!picture.texture) return {};
    auto frame = capture::decodeToFrame(page.jpeg, maxWidth, maxHeight);
    if (!frame) {
        picture.texture->clear();
        return {};
    }
    picture.shown.texture = picture.texture->upload(frame->width, frame->height, frame->rgb.data());
    picture.shown.size = ImVec2(static_cast<float>(frame->width), static_cast<float>(frame->height));
    capture::wipeFrame(*frame);
    return picture.shown;
}

void PageImages::endFrame() {
    for (auto it = m_pictures.begin(); it != m_pictures.end();) {
        if (it->second.drawn) {
            it->second.drawn = false;
            ++it;
        } else {
            if (it->second.texture) it->second.texture->clear();
            it = m_pictures.erase(it);
        }
    }
}

void PageImages::forgetAll() {
    for (auto& [name, picture] : m_pictures) {
        if (picture.texture) picture.texture->clear();
    }
    m_pictures.clear();
}

}  // namespace kiosk::ui
