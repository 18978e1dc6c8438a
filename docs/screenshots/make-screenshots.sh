#!/usr/bin/env bash
# Renders the README screenshots with the app's own screenshot mode: JavaFX's headless platform,
# the built-in demo, 1280x800, no display needed. Run from anywhere; needs JDK 25 (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
java="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"

./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/screenshot-classpath.txt
cp="target/classes:$(cat target/screenshot-classpath.txt)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

shoot() {
  local name="$1"; shift
  for theme in light dark; do
    # No display on purpose: every picture is rendered the same way on any machine.
    env -u DISPLAY -u WAYLAND_DISPLAY WEBHOOK_INSPECTOR_HOME="$home" \
      "$java" --enable-native-access=ALL-UNNAMED -cp "$cp" dev.webhookinspector.Main \
      "$@" --theme "$theme" --screenshot "$out/$name-$theme.png"
    echo "$out/$name-$theme.png"
  done
}

shoot welcome
shoot demo --demo
shoot healthy --demo --open ultravox:5b7c2d1e-8f3a-4c6b-9d2e-1a4f6b8c0d21
shoot failing --demo --open featurebase:6650c3e2a1b4f9d8e7c6b5a2
shoot many-failures --demo --open ultravox:e4b6d8f0-5a7c-4e9b-b1d3-5f7a9c1e3b85
shoot not-found --demo --open v0:wh_fault_404
shoot sidebar --demo --open featurebase:6650c3e2a1b4f9d8e7c6b5a2
shoot board --demo --open board

# The delivery lab with results (a delivery sent, a pasted one verified): rendered by the inspector gallery, which
# drives the lab against the simulator's receiver, since screenshot mode does not click.
./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/gallery-classpath.txt
gallery="$(mktemp -d)"
env -u DISPLAY -u WAYLAND_DISPLAY "$java" -Dglass.platform=Headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/gallery-classpath.txt)" dev.webhookinspector.ui.inspector.InspectorGallery "$gallery" lab- >/dev/null
# The History tab and the Fields marks after a week of recorded fetches, which the gallery records into a temporary store.
env -u DISPLAY -u WAYLAND_DISPLAY "$java" -Dglass.platform=Headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/gallery-classpath.txt)" dev.webhookinspector.ui.inspector.InspectorGallery "$gallery" history- >/dev/null
for theme in light dark; do
  cp "$gallery/history-ultravox-$theme.png" "$out/history-$theme.png"
  cp "$gallery/history-fields-$theme.png" "$out/history-fields-$theme.png"
  echo "$out/history-$theme.png $out/history-fields-$theme.png"
  cp "$gallery/lab-ultravox-delivered-$theme.png" "$out/lab-delivered-$theme.png"
  cp "$gallery/lab-featurebase-refused-$theme.png" "$out/lab-refused-$theme.png"
  echo "$out/lab-delivered-$theme.png $out/lab-refused-$theme.png"
done
rm -rf "$gallery"
