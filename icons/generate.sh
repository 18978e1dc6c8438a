#!/usr/bin/env bash
# Renders every icon file from the SVG sources. The results are committed, so building the app
# never needs these tools; run this only after changing an SVG.
#
#   icons/webhook-inspector.svg  -> icons/png/webhook-inspector-{16..1024}.png
#                                   icons/webhook-inspector.ico   (Windows, 16..256)
#                                   icons/webhook-inspector.icns  (macOS, 16..1024)
#                                   src/main/resources/dev/webhookinspector/icons/app-{16..256}.png (the window)
#   icons/providers/NAME.svg     -> src/main/resources/dev/webhookinspector/icons/NAME.svg, NAME.png (16 px)
#                                   and NAME@2x.png (32 px, which JavaFX picks on high-DPI screens)
#
# Needs (Debian/Ubuntu): sudo apt-get install librsvg2-bin icoutils icnsutils
#   rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils)
set -euo pipefail

ICONS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RESOURCES_DIR=$(dirname "$ICONS_DIR")/src/main/resources/dev/webhookinspector/icons
NAME=webhook-inspector

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "generate.sh: $tool is missing; install it with: sudo apt-get install librsvg2-bin icoutils icnsutils" >&2
        exit 1
    }
done

render() { # render SVG SIZE OUT.png
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$1" --output "$3"
}

mkdir -p "$ICONS_DIR/png" "$RESOURCES_DIR"
for size in 16 24 32 48 64 128 256 512 1024; do
    render "$ICONS_DIR/$NAME.svg" "$size" "$ICONS_DIR/png/$NAME-$size.png"
done

# Small sizes as classic bitmaps, 256 as an embedded PNG (what Windows expects at that size).
icotool --create --output "$ICONS_DIR/$NAME.ico" \
    $(for size in 16 24 32 48 64 128; do echo "$ICONS_DIR/png/$NAME-$size.png"; done) \
    --raw="$ICONS_DIR/png/$NAME-256.png"

# png2icns picks each image's slot from its size; 24 and 64 have no slot in .icns.
png2icns "$ICONS_DIR/$NAME.icns" \
    $(for size in 16 32 48 128 256 512 1024; do echo "$ICONS_DIR/png/$NAME-$size.png"; done) >/dev/null

for size in 16 24 32 48 64 128 256; do
    cp "$ICONS_DIR/png/$NAME-$size.png" "$RESOURCES_DIR/app-$size.png"
done

for svg in "$ICONS_DIR"/providers/*.svg; do
    provider=$(basename "$svg" .svg)
    cp "$svg" "$RESOURCES_DIR/$provider.svg"
    render "$svg" 16 "$RESOURCES_DIR/$provider.png"
    render "$svg" 32 "$RESOURCES_DIR/$provider@2x.png"
done

echo "generate.sh: icons written to $ICONS_DIR and $RESOURCES_DIR"
