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
build_app_image "$name" "$version" "$jar" "$ICONS_DIR/png/$name-512.png"
say "app image: $DIST_DIR/$name ($(du -sh "$DIST_DIR/$name" | cut -f1)), launcher: $DIST_DIR/$name/bin/$name"
