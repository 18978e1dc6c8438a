# Shared steps of the Linux and macOS packaging scripts; sourced, not run.
# packaging/windows/common.ps1 does the same steps in PowerShell and reads the same app.conf.
#
# Inputs, filled by `./mvnw package` (see pom.xml, "Packaging"):
#   target/<name>-<version>.jar   the app
#   target/packaging/libs/        its dependencies, without JavaFX
#   target/packaging/javafx/      the JavaFX jars for this OS (classifier linux, mac, win...)
# Outputs: target/packaging/{input,runtime}/ and target/dist/.

PACKAGING_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT_DIR=$(dirname "$PACKAGING_DIR")
TARGET_DIR=$ROOT_DIR/target
WORK_DIR=$TARGET_DIR/packaging
INPUT_DIR=$WORK_DIR/input
RUNTIME_DIR=$WORK_DIR/runtime
DIST_DIR=$TARGET_DIR/dist
ICONS_DIR=$ROOT_DIR/icons

say() { echo "[packaging] $*"; }
die() { echo "[packaging] ERROR: $*" >&2; exit 1; }

# conf KEY: the value of KEY in app.conf.
conf() {
    local line
    line=$(grep -E "^$1=" "$PACKAGING_DIR/common/app.conf") || die "packaging/common/app.conf has no '$1=' line"
    printf '%s\n' "${line#*=}"
}

# jdk_tool NAME: the path of a JDK tool, from JAVA_HOME first (Maven passes the JDK it runs on).
jdk_tool() {
    if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/$1 ]]; then
        echo "$JAVA_HOME/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        die "$1 not found: set JAVA_HOME to a JDK 25 or newer"
    fi
}

# run CMD...: print a command (quoted so it can be pasted back), then run it.
run() {
    local arg line="+"
    for arg in "$@"; do
        if [[ $arg =~ ^[][A-Za-z0-9_./=:,@+%-]+$ ]]; then
            line+=" $arg"
        else
            line+=" '${arg//\'/\'\\\'\'}'"
        fi
    done
    echo "$line"
    "$@"
}

# main_jar [VERSION]: the app jar in target/; its name carries the version from the pom.
main_jar() {
    local name jars=()
    name=$(conf name)
    if [[ -n ${1:-} ]]; then
        jars=("$TARGET_DIR/$name-$1.jar")
    else
        shopt -s nullglob
        for jar in "$TARGET_DIR/$name"-*.jar; do
            [[ $jar == *-sources.jar || $jar == *-javadoc.jar || $jar == *-tests.jar ]] || jars+=("$jar")
        done
        shopt -u nullglob
    fi
    [[ ${#jars[@]} -eq 1 && -f ${jars[0]} ]] || die "expected one app jar $TARGET_DIR/$name-<version>.jar; run ./mvnw package first"
    echo "${jars[0]}"
}

# project_version JAR: the pom's version, read back from the jar's name (webhook-inspector-0.1.0-SNAPSHOT.jar).
project_version() {
    local file
    file=$(basename "$1" .jar)
    echo "${file#"$(conf name)"-}"
}

# installer_version VERSION: 0.1.0-SNAPSHOT -> 0.1.0. Installers take numbers only (MSI: at most 3).
installer_version() {
    local v=${1%%-*}
    [[ $v =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$1' must start with 1 to 3 dot-separated numbers (like 1.2.3) for an installer"
    echo "$v"
}

# prepare_input JAR: the jpackage input folder, the app jar plus its dependencies, nothing else.
prepare_input() {
    local libs
    [[ -d $WORK_DIR/javafx ]] || die "$WORK_DIR/javafx is missing; run ./mvnw package first"
    rm -rf "$INPUT_DIR"
    mkdir -p "$INPUT_DIR"
    cp "$1" "$INPUT_DIR"/
    shopt -s nullglob
    libs=("$WORK_DIR"/libs/*.jar)
    shopt -u nullglob
    [[ ${#libs[@]} -eq 0 ]] || cp "${libs[@]}" "$INPUT_DIR"/
    trim_sqlite
}

# sqlite_native_dir: the folder of sqlite-jdbc's native library for this machine, as the driver names it
# (org/sqlite/native/<Linux|Mac|Windows>/<x86_64|aarch64>). The image is jlinked from this machine's JDK, so it
# runs on this OS and architecture only: the other folders could never load.
sqlite_native_dir() {
    local os arch
    case $(uname -s) in
        Linux) os=Linux ;;
        Darwin) os=Mac ;;
        MINGW* | MSYS* | CYGWIN*) os=Windows ;;
        *) die "no sqlite-jdbc native folder known for $(uname -s)" ;;
    esac
    case $(uname -m) in
        x86_64 | amd64) arch=x86_64 ;;
        aarch64 | arm64) arch=aarch64 ;;
        *) die "no sqlite-jdbc native folder known for $(uname -m)" ;;
    esac
    echo "$os/$arch"
}

# trim_sqlite: rewrites the input's sqlite-jdbc jar with only this machine's native library. The jar carries
# 23 of them (every OS and CPU, about 12 MB); the image needs one. packaging/README.md has the sizes.
trim_sqlite() {
    local jar_tool keep jar tmp dir before
    shopt -s nullglob
    local jars=("$INPUT_DIR"/sqlite-jdbc-*.jar)
    shopt -u nullglob
    [[ ${#jars[@]} -eq 1 ]] || die "expected one sqlite-jdbc jar in $INPUT_DIR, found ${#jars[@]}"
    jar=${jars[0]}
    jar_tool=$(jdk_tool jar)
    keep=$(sqlite_native_dir)
    tmp=$WORK_DIR/sqlite-jdbc
    rm -rf "$tmp"
    mkdir -p "$tmp"
    (cd "$tmp" && "$jar_tool" xf "$jar") || die "could not unpack $jar"
    [[ -d $tmp/org/sqlite/native/$keep ]] || die "$jar has no native library for $keep"
    for dir in "$tmp"/org/sqlite/native/*/*/; do
        dir=${dir%/}
        [[ ${dir#"$tmp/org/sqlite/native/"} == "$keep" ]] || rm -rf "$dir"
    done
    find "$tmp/org/sqlite/native" -mindepth 1 -type d -empty -delete
    before=$(wc -c <"$jar")
    rm "$jar"
    # M: the jar's own manifest is among the files, kept as it was.
    (cd "$tmp" && "$jar_tool" cfM "$jar" .) || die "could not repack $jar"
    rm -rf "$tmp"
    say "sqlite-jdbc: kept the native library for $keep only, $((before / 1024)) KiB -> $(($(wc -c <"$jar") / 1024)) KiB"
}

# compute_modules: the JDK and JavaFX modules the app uses (jdeps) plus app.conf's extra-modules.
compute_modules() {
    local jdeps found opts
    jdeps=$(jdk_tool jdeps)
    read -r -a opts <<<"$(conf jdeps-options)"
    found=$("$jdeps" "${opts[@]}" --print-module-deps --module-path "$WORK_DIR/javafx" "$INPUT_DIR"/*.jar) \
        || die "jdeps could not analyse the jars in $INPUT_DIR (see its message above)"
    found=$(tail -n 1 <<<"$found")
    [[ $found =~ ^[a-z0-9.,]+$ ]] || die "jdeps printed '$found' instead of a module list"
    printf '%s\n' "$found,$(conf extra-modules)" | tr ',' '\n' | sort -u | paste -sd, -
}

# build_runtime NATIVE_DIR: jlink a trimmed runtime into target/packaging/runtime.
# JavaFX's native libraries come out of the jars into NATIVE_DIR (relative to the runtime), where
# JavaFX looks first; that spares every user an extraction into ~/.openjfx at the first start.
build_runtime() {
    local native_dir=$1 jlink jar modules opts fxjar entries
    jlink=$(jdk_tool jlink)
    jar=$(jdk_tool jar)
    modules=$(compute_modules)
    echo "$modules" >"$WORK_DIR/modules.txt"
    say "modules: $modules"
    read -r -a opts <<<"$(conf jlink-options)"
    rm -rf "$RUNTIME_DIR"
    run "$jlink" "${opts[@]}" \
        --module-path "$WORK_DIR/javafx" \
        --add-modules "$modules" \
        --exclude-resources 'regex:/javafx\.[a-z]+/[^/]+\.(so|dylib|dll)' \
        --output "$RUNTIME_DIR"
    mkdir -p "$RUNTIME_DIR/$native_dir"
    for fxjar in "$WORK_DIR"/javafx/*.jar; do
        mapfile -t entries < <("$jar" tf "$fxjar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
        if [[ ${#entries[@]} -gt 0 ]]; then
            (cd "$RUNTIME_DIR/$native_dir" && "$jar" xf "$fxjar" "${entries[@]}")
        fi
    done
}

# java_options_args: app.conf's java-options as repeated jpackage --java-options arguments.
java_options_args() {
    local opt opts
    read -r -a opts <<<"$(conf java-options)"
    for opt in "${opts[@]}"; do
        printf '%s\n%s\n' --java-options "$opt"
    done
}

# build_app_image NAME VERSION JAR ICON [EXTRA_JPACKAGE_ARGS...]: jpackage --type app-image into target/dist.
build_app_image() {
    local name=$1 version=$2 jar=$3 icon=$4 jpackage java_opts
    shift 4
    jpackage=$(jdk_tool jpackage)
    mapfile -t java_opts < <(java_options_args)
    rm -rf "$DIST_DIR/$name" "$DIST_DIR/$name.app"
    mkdir -p "$DIST_DIR"
    run "$jpackage" --type app-image \
        --dest "$DIST_DIR" \
        --name "$name" \
        --app-version "$version" \
        --vendor "$(conf vendor)" \
        --description "$(conf description)" \
        --copyright "$(conf copyright)" \
        --input "$INPUT_DIR" \
        --main-jar "$(basename "$jar")" \
        --main-class "$(conf main-class)" \
        --runtime-image "$RUNTIME_DIR" \
        --icon "$icon" \
        "${java_opts[@]}" \
        "$@"
}

# write_launcher IMAGE_DIR NAME: replaces jpackage's native Linux launcher (bin/NAME) with
# packaging/linux/launcher.sh, filled in from the cfg jpackage wrote (class path order, main class, JVM options).
# The JVM options go to lib/app/jvm.args, which the launcher and the AOT cache's training run both read. The
# user's cache file name carries a hash of the jars, the runtime and those options, so a new build never meets
# an old cache. Why: packaging/README.md, "Start-up".
write_launcher() {
    local image=$1 name=$2 app cfg main classpath stamp jar
    app=$image/lib/app
    cfg=$app/$name.cfg
    [[ -f $cfg ]] || die "jpackage wrote no $cfg"
    main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
    [[ $main =~ ^[A-Za-z0-9_.]+$ ]] || die "no main class in $cfg"
    sed -n 's/^java-options=//p' "$cfg" >"$app/jvm.args"
    classpath=
    while read -r jar; do
        [[ $jar =~ ^[A-Za-z0-9_.+-]+\.jar$ ]] || die "unexpected class path entry '$jar' in $cfg"
        classpath+=${classpath:+:}'$app/'$jar
    done < <(sed -n 's/^app\.classpath=\$APPDIR\///p' "$cfg")
    [[ -n $classpath ]] || die "no class path in $cfg"
    stamp=$({ cat "$app"/*.jar "$image/lib/runtime/release" "$app/jvm.args"; } | sha256sum | cut -c1-16)
    sed -e "s|@NAME@|$name|g" -e "s|@STAMP@|$stamp|g" -e "s|@MAIN_CLASS@|$main|g" -e "s|@CLASSPATH@|$classpath|g" \
        "$PACKAGING_DIR/linux/launcher.sh" >"$image/bin/$name"
    chmod 755 "$image/bin/$name"
    say "launcher: $image/bin/$name (a shell script; AOT cache $name-$stamp.aot per user, or $name.aot from the package)"
}
