#pragma once
// The scanned pages of the document slots on screen, drawn small (a thumbnail per page) or large
// (the one page the citizen opened). Each picture goes to the screen through a StreamTexture, the
// same port as the camera's live preview, one texture a picture. A picture not drawn in a frame
// (another page, the session over, the page retaken or taken back) is wiped and freed at the
// end of that frame: the pages are personal data and leave the screen with the session.
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <imgui.h>

#include "kiosk/core/document_pages.hpp"
#include "kiosk/ui/stream_texture.hpp"

namespace kiosk::ui {

class PageImages {
public:
    using TextureMaker = std::function<std::unique_ptr<StreamTexture>()>;
    PageImages() = default;
    ~PageImages() { forgetAll(); }
    PageImages(const PageImages&) = delete;
    PageImages& operator=(const PageImages&) = delete;

    // Where new textures come from (the runner's GL textures); unset, pages show as blank sheets.
    void setTextureMaker(TextureMaker maker);

    struct Shown {
        ImTextureID texture = nullptr;  // null: no texture port, or the page could not be decoded
        ImVec2 size;                    // the picture's pixels
    };
    // Page `index` of the slot at answer key `key`, fitted into maxWidth x maxHeight pixels;
    // decoded and uploaded only the first frame it is shown (and again once it was replaced).
    Shown show(const std::string& key, size_t index, const core::ScannedPage& page, int maxWidth, int maxHeight);
    // Called once after each frame: pictures not shown this frame are wiped and freed.
    void endFrame();
    // How many pictures are held now (tests).
    size_t held() const { return m_pictures.size(); }

private:
    void forgetAll();

    struct Picture {
        // The page the picture was made from: a replaced page is a new buffer, made while the old
        // one still existed, so it never has the old one's address.
        const unsigned char* source = nullptr;
        std::unique_ptr<StreamTexture> texture;
        Shown shown;
        bool drawn = false;
    };

    TextureMaker m_maker;
    std::map<std::string, Picture> m_pictures;  // by key, page and size
};

}  // namespace kiosk::ui
