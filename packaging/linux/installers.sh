#!/usr/bin/env bash
# Builds the Linux installers from the app image into target/dist/:
#   webhook-inspector_<version>_amd64.deb       (needs fakeroot and dpkg-deb)
#   webhook-inspector-<version>-1.x86_64.rpm    (only when rpmbuild is installed: package rpm-build or rpm)
# Usage: packaging/linux/installers.sh [PROJECT_VERSION]
#   Run by `./mvnw package -Pinstaller`; by hand after `./mvnw package` (it reuses target/dist/webhook-inspector).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common/common.sh"

jar=$(main_jar "${1:-}")
version=$(installer_version "$(project_version "$jar")")
name=$(conf name)
image=$DIST_DIR/$name
[[ -x $image/bin/$name ]] || die "no app image at $image; run ./mvnw package (or packaging/linux/app-image.sh) first"
jpackage=$(jdk_tool jpackage)
# An AOT cache built in the image (by bench/run.sh or by hand) is the machine's own: the packages build theirs
# at install time, so it must not ride along.
rm -f "$image/lib/app/$name"*.aot "$image/lib/app/$name"*.aot.*

# jpackage takes the menu icon from the resource folder (it ignores --icon next to --app-image), so the
# folder it reads is resources/ plus the icon from icons/.
resource_dir=$WORK_DIR/linux-resources
rm -rf "$resource_dir"
cp -r "$PACKAGING_DIR/linux/resources" "$resource_dir"
cp "$ICONS_DIR/png/$name-512.png" "$resource_dir/$name.png"

# installer TYPE: one jpackage call; app.conf gives the identity, the argfiles the Linux options.
installer() {
    rm -f "$DIST_DIR"/*."$1"
    run "$jpackage" --type "$1" \
        --app-image "$image" \
        --dest "$DIST_DIR" \
        --name "$name" \
        --app-version "$version" \
        --vendor "$(conf vendor)" \
        --description "$(conf description)" \
        --copyright "$(conf copyright)" \
        --resource-dir "$resource_dir" \
        "@$PACKAGING_DIR/linux/package.args" \
        "@$PACKAGING_DIR/linux/$1.args"
    say "$1: $(ls "$DIST_DIR"/*."$1") ($(du -h "$DIST_DIR"/*."$1" | cut -f1))"
}

command -v fakeroot >/dev/null || die "fakeroot is missing; install it (apt-get install fakeroot) to build the .deb"
installer deb

if command -v rpmbuild >/dev/null; then
    installer rpm
else
    rm -f "$DIST_DIR"/*.rpm
    say "SKIPPED .rpm: rpmbuild is not installed (apt-get install rpm, or dnf install rpm-build)"
fi
