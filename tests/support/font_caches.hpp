#pragma once
// cairo and fontconfig keep font caches for the life of the process (the kiosk wants that);
// a test that renders receipts includes this so they are freed at exit and LeakSanitizer
// reports only real leaks. Link cairo and fontconfig.
#include <cairo.h>
#include <fontconfig/fontconfig.h>

namespace kiosk::test {

struct ReleaseFontCaches {
    ~ReleaseFontCaches() {
        cairo_debug_reset_static_data();
        FcFini();
    }
};
inline ReleaseFontCaches g_releaseFontCaches;

}  // namespace kiosk::test
