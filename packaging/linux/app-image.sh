#!/usr/bin/env bash
# Builds the Linux app image target/dist/webhook-inspector/ (bin/webhook-inspector plus a trimmed runtime).
# Usage: packaging/linux/app-image.sh [PROJECT_VERSION]
#   Run by `./mvnw package`; by hand after it, to rebuild only the image. JAVA_HOME picks the JDK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common/common.sh"

jar=$(main_jar "${1:-}")
version=$(installer_version "$(project_version "$jar")")
name=$(conf name)

prepare_input "$jar"
build_runtime lib
# The JDK's and JavaFX's .so files keep their symbol tables; dropping them saves about 5 MB.
if command -v strip >/dev/null; then
    find "$RUNTIME_DIR" -name '*.so' -exec strip --strip-unneeded {} +
else
    say "strip not found (binutils): the runtime keeps its native symbol tables, about 5 MB more"
fi
build_app_image "$name" "$version" "$jar" "$ICONS_DIR/png/$name-512.png"
write_launcher "$DIST_DIR/$name" "$name"
say "app image: $DIST_DIR/$name ($(du -sh "$DIST_DIR/$name" | cut -f1)), launcher: $DIST_DIR/$name/bin/$name"
