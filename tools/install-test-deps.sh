#!/usr/bin/env bash
# Install the system packages the tests and `kg viz`/`kg analyze --plot` use, when missing:
#   chromium        headless browser: tests/test_viz_* render the HTML view and count its nodes
#   fonts-noto-cjk  Chinese font: chromium and matplotlib draw Chinese labels with it (no tofu boxes)
# Installs only as root with apt-get (Debian/Ubuntu; CI runs as root). Anywhere else it says what
# is missing and exits 0: the browser test then skips with the reason, and the plot code names the fix.
set -uo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# fc-list comes with fontconfig (a chromium dependency); without it, look for the font file itself.
if command -v fc-list >/dev/null 2>&1; then
    fc-list ':lang=zh' family | grep -q . || missing+=(fonts-noto-cjk)
else
    ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: not installing ${missing[*]} (needs root and apt-get);" \
         "install them with your package manager, or the browser test will skip" >&2
    exit 0
fi
echo "install-test-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "install-test-deps: apt-get could not install ${missing[*]}; the browser test will skip" >&2
fi
exit 0
