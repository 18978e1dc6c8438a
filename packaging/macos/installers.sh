#!/usr/bin/env bash
# Builds the macOS installer from the app bundle: target/dist/Webhook Inspector-<version>.dmg, a disk image
# to drag the app into Applications.
# Usage: packaging/macos/installers.sh [PROJECT_VERSION]
#   Run by `./mvnw package -Pinstaller`; by hand after `./mvnw package` (it reuses the app bundle).
# Needs the Xcode command line tools (xcode-select --install). The bundle is not signed: see packaging/README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/version.sh"

jar=$(main_jar "${1:-}")
version=$(installer_version "$(project_version "$jar")")
name=$(conf name)
display_name=$(conf display-name)
app=$DIST_DIR/$display_name.app
[[ -x $app/Contents/MacOS/$name ]] || die "no app bundle at $app; run ./mvnw package (or packaging/macos/app-image.sh) first"

rm -f "$DIST_DIR"/*.dmg
run "$(jdk_tool jpackage)" --type dmg \
    --app-image "$app" \
    --dest "$DIST_DIR" \
    --name "$display_name" \
    --app-version "$(mac_bundle_version "$version")" \
    --vendor "$(conf vendor)" \
    --description "$(conf description)" \
    --copyright "$(conf copyright)" \
    --icon "$ICONS_DIR/$name.icns"
dmg=$(ls "$DIST_DIR"/*.dmg)
# jpackage names the file after the bundle version; name it after the real one.
if [[ $dmg != "$DIST_DIR/$display_name-$version.dmg" ]]; then
    mv "$dmg" "$DIST_DIR/$display_name-$version.dmg"
fi
say "dmg: $DIST_DIR/$display_name-$version.dmg"
