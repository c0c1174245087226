// Composition root for `kiosk`: argv -> config -> services -> runner.
#include <cstdio>

int main() {
    std::puts("kiosk: not yet wired");
    return 0;
}
