#!/usr/bin/env bash
# Builds the macOS app bundle target/dist/Webhook Inspector.app: Contents/MacOS/Webhook Inspector opens
# the window, Contents/MacOS/webhook-inspector is the command-line launcher; the runtime is the trimmed JDK.
# Usage: packaging/macos/app-image.sh [PROJECT_VERSION]
#   Run by `./mvnw package`; by hand after it, to rebuild only the bundle. JAVA_HOME picks the JDK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/version.sh"

jar=$(main_jar "${1:-}")
version=$(installer_version "$(project_version "$jar")")
bundle_version=$(mac_bundle_version "$version")
name=$(conf name)
display_name=$(conf display-name)

prepare_input "$jar"
build_runtime lib
build_app_image "$display_name" "$bundle_version" "$jar" "$ICONS_DIR/$name.icns" \
    "@$PACKAGING_DIR/macos/app.args" \
    --add-launcher "$name=$PACKAGING_DIR/macos/cli-launcher.properties"
show_real_version "$DIST_DIR/$display_name.app" "$version"
say "app bundle: $DIST_DIR/$display_name.app, command line: $DIST_DIR/$display_name.app/Contents/MacOS/$name"
