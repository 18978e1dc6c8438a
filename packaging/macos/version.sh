# macOS bundle versions; sourced by app-image.sh and installers.sh.
# macOS wants CFBundleVersion to start with a number of 1 or more, and jpackage refuses 0.x. While the
# project is at 0.x the bundle version is 1.x (0.1.0 -> 1.1.0), and the version people see
# (CFBundleShortVersionString: Finder, About) is set back to the real one.

# mac_bundle_version VERSION: the version jpackage accepts.
mac_bundle_version() {
    if [[ $1 == 0.* ]]; then echo "1.${1#0.}"; else echo "$1"; fi
}

# show_real_version APP VERSION: put the real version where people see it, when it differs.
show_real_version() {
    if [[ $(mac_bundle_version "$2") != "$2" ]]; then
        /usr/libexec/PlistBuddy -c "Set :CFBundleShortVersionString $2" "$1/Contents/Info.plist"
    fi
}
