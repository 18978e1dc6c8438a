#!/usr/bin/env bash
# The benchmark suite: start-up and memory of the packaged app (target/dist) against two floors run on the
# app image's own runtime in the same session, then the in-process JMH benchmarks and the FX-thread stall
# probe. Builds no app: run ./mvnw package first. It compiles only the two floors (javac) and, in the jmh
# Maven profile, the benchmarks (test-compile). Prints a table; asserts nothing about times.
#
#   bench/run.sh           1 warm-up round, then 5 measured rounds of every case, interleaved; full JMH
#   bench/run.sh --quick   1 round, no warm-up; JMH with one short iteration (what CI runs)
#
# Environment: ROUNDS (measured rounds, default 5), BENCH_MAVEN_ARGS (extra Maven arguments, e.g. -o).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

quick=0
case ${1:-} in
    --quick) quick=1 ;;
    '') ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac
if ((quick)); then warmups=0 rounds=1; else warmups=1 rounds=${ROUNDS:-5}; fi

say() { echo "[bench] $*" >&2; }
die() { echo "[bench] ERROR: $*" >&2; exit 1; }

image=target/dist/webhook-inspector
app=$image/bin/webhook-inspector
runtime_java=$image/lib/runtime/bin/java
out=target/bench
[[ -x $app && -x $runtime_java ]] || die "no app image at $image: run ./mvnw package first"
[[ -d target/packaging/javafx ]] || die "no JavaFX modules at target/packaging/javafx: run ./mvnw package first"
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is missing: apt-get install time"
/usr/bin/time -f '%M' true 2>/dev/null || die "/usr/bin/time is not GNU time (it needs -f)"

# A JDK 25 for javac, JMH and the probe: JAVA_HOME if it is one, else the javac on the PATH.
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/javac ]]; then jdk=$JAVA_HOME
else jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")") || die "no JDK: set JAVA_HOME to a JDK 25"; fi
"$jdk/bin/javac" --version 2>&1 | grep -qE 'javac (2[5-9]|[3-9][0-9])' || die "JAVA_HOME must be a JDK 25 or newer ($jdk)"
export JAVA_HOME=$jdk

rm -rf "$out" && mkdir -p "$out/floors" "$out/homes"
out=$(cd "$out" && pwd)
scratch_home=$out/homes/user
mkdir -p "$scratch_home"

# JavaFX's own headless platform when there is no display, as the app's --smoke-test picks by itself.
fx_flags=(--enable-native-access=javafx.graphics)
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    fx_flags+=(-Dglass.platform=Headless -Dprism.order=sw)
    say "no display: JavaFX headless platform, software rendering"
fi

say "compiling the floors (bench/floors) against target/packaging/javafx"
"$jdk/bin/javac" --release 25 -d "$out/floors" --module-path target/packaging/javafx --add-modules javafx.controls \
    bench/floors/BareWindow.java bench/floors/Hello.java

# The simulator, started once on loopback; `get` runs against it. Its own time is not in any number:
# only the `get` process is timed.
sandbox_pid=
trap '[[ -z $sandbox_pid ]] || kill "$sandbox_pid" 2>/dev/null || true' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
: >"$out/sandbox.log"
HOME=$scratch_home "$app" sandbox --port 0 >"$out/sandbox.log" 2>&1 &
sandbox_pid=$!
tries=0
until grep -q 'Press Ctrl+C to stop' "$out/sandbox.log"; do
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$out/sandbox.log" >&2; die "the sandbox stopped"; }
    ((tries++ < 120)) || { cat "$out/sandbox.log" >&2; die "the sandbox did not start within 60 s"; }
    sleep 0.5
done
get_line=$(grep -m1 -E 'WEBHOOK_INSPECTOR_API_KEY=.* get .*--provider ultravox' "$out/sandbox.log") \
    || { cat "$out/sandbox.log" >&2; die "the sandbox printed no Ultravox example command"; }
ultravox_key=$(sed -E 's/.*WEBHOOK_INSPECTOR_API_KEY=([^ ]+).*/\1/' <<<"$get_line")
ultravox_id=$(sed -E 's/.* get ([^ ]+) .*/\1/' <<<"$get_line")
ultravox_base=$(sed -E 's/.*--base-url ([^ ]+).*/\1/' <<<"$get_line")
say "sandbox on ${ultravox_base%/ultravox}"

# A home with one saved profile (key from an environment variable) that settings.json names as the last one.
saved_home=$out/homes/saved
mkdir -p "$saved_home"
WEBHOOK_INSPECTOR_HOME=$saved_home HOME=$scratch_home "$app" profile add bench-voice --provider ultravox \
    --base-url "$ultravox_base" --store env:WEBHOOK_INSPECTOR_API_KEY </dev/null >"$out/profile-add.log" 2>&1 \
    || { cat "$out/profile-add.log" >&2; die "could not save the benchmark profile"; }
[[ -f $saved_home/profiles.json ]] || die "profile add wrote no profiles.json"
printf '{"lastProfile":"bench-voice"}\n' >"$saved_home/settings.json"

many_failures=e4b6d8f0-5a7c-4e9b-b1d3-5f7a9c1e3b85

# The JDK AOT cache, built as the .deb/.rpm post-install step builds it (packaging/installers.sh leaves it out of
# the packages). Every case runs with it but first-launch-no-cache, which is an app image's very first start.
say "building the AOT cache (webhook-inspector --build-aot-cache)"
HOME=$scratch_home "$app" --build-aot-cache >"$out/aot-cache.log" 2>&1 || { cat "$out/aot-cache.log" >&2; die "the AOT cache was not built"; }

# Each case: a name, the floor it is divided by, and the command (into cmd). An empty home is made afresh per run.
fresh_home() { mktemp -d "$out/homes/empty.XXXX"; }
case_command() {
    case $1 in
        bare-window) cmd=("$runtime_java" "${fx_flags[@]}" -cp "$out/floors" BareWindow) ;;
        hello-world) cmd=("$runtime_java" -cp "$out/floors" Hello) ;;
        first-launch) cmd=(env WEBHOOK_INSPECTOR_HOME="$(fresh_home)" "$app" --smoke-test) ;;
        first-launch-no-cache) cmd=(env WEBHOOK_INSPECTOR_AOT=off WEBHOOK_INSPECTOR_HOME="$(fresh_home)" "$app" --smoke-test) ;;
        saved-profile) cmd=(env WEBHOOK_INSPECTOR_HOME="$saved_home" WEBHOOK_INSPECTOR_API_KEY="$ultravox_key" "$app" --smoke-test) ;;
        demo-10k) cmd=(env WEBHOOK_INSPECTOR_HOME="$(fresh_home)" "$app" --demo --open "ultravox:$many_failures" --screenshot "$out/demo-10k.png") ;;
        version) cmd=("$app" --version) ;;
        get) cmd=(env WEBHOOK_INSPECTOR_HOME="$(fresh_home)" WEBHOOK_INSPECTOR_API_KEY="$ultravox_key" "$app" get "$ultravox_id" --provider ultravox --base-url "$ultravox_base") ;;
        profile-list) cmd=(env WEBHOOK_INSPECTOR_HOME="$saved_home" "$app" profile list) ;;
    esac
}
cases=(bare-window hello-world first-launch first-launch-no-cache saved-profile demo-10k version get profile-list)
declare -A floor_of=([first-launch]=bare-window [first-launch-no-cache]=bare-window [saved-profile]=bare-window [demo-10k]=bare-window
    [version]=hello-world [get]=hello-world [profile-list]=hello-world)
declare -A label_of=([bare-window]='bare JavaFX window (floor)' [hello-world]='hello world (floor)'
    [first-launch]='--smoke-test, empty home' [first-launch-no-cache]='--smoke-test, empty home, no AOT cache' [saved-profile]='--smoke-test, saved profile'
    [demo-10k]='--demo --open 10k failures --screenshot' [version]='--version' [get]='get (sandbox, loopback)'
    [profile-list]='profile list')

# One timed process: wall, user, sys (seconds) and peak RSS (KiB) from GNU time, i.e. from the OS.
measure() {
    local name=$1 round=$2 log=$out/$1.$2.log
    local -a cmd
    case_command "$name"
    if ! HOME=$scratch_home /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "${cmd[@]}" >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        die "case $name (round $round) failed; its output is in $log"
    fi
    read -r wall user sys rss <"$out/time.txt"
    if [[ $round != warm-up ]]; then
        echo "$name $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $rss" >>"$out/samples.txt"
    fi
}

: >"$out/samples.txt"
for ((r = 1; r <= warmups; r++)); do
    say "warm-up round"
    for c in "${cases[@]}"; do measure "$c" warm-up; done
done
for ((r = 1; r <= rounds; r++)); do
    say "round $r of $rounds: ${cases[*]}"
    for c in "${cases[@]}"; do measure "$c" "$r"; done
done
[[ -s $out/demo-10k.png ]] || die "the demo case wrote no screenshot"

# Median and min-max per case and metric; ratios are median over the floor's median.
stats() { # name column -> "median min max"
    awk -v n="$1" -v c="$2" '$1 == n { print $c }' "$out/samples.txt" | sort -g | awk '
        { v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}
fmt() { # median min max scale decimals -> "1.23 (1.20-1.30)"
    awk -v m="$1" -v lo="$2" -v hi="$3" -v s="$4" -v d="$5" 'BEGIN {
        f = "%." d "f"; printf f " (" f "-" f ")", m / s, lo / s, hi / s }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2fx" : "-"), a / b }'; }

table=$out/table.md
{
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
        "runtime $("$runtime_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'), bench/run.sh${1:+ $1}"
    echo
    echo "Start-up and memory, whole process: median (min-max) of $rounds interleaved run(s) each$( ((warmups)) && echo ", after $warmups warm-up round")."
    echo
    echo "| case | vs | wall x | CPU x | peak RSS x | wall s | CPU s (user+sys) | peak RSS MiB |"
    echo "|---|---|---|---|---|---|---|---|"
    for c in first-launch first-launch-no-cache saved-profile demo-10k version get profile-list bare-window hello-world; do
        read -r wm wl wh < <(stats "$c" 2)
        read -r cm cl ch < <(stats "$c" 3)
        read -r rm rl rh < <(stats "$c" 4)
        f=${floor_of[$c]:-}
        if [[ -n $f ]]; then
            read -r fw _ < <(stats "$f" 2); read -r fc _ < <(stats "$f" 3); read -r fr _ < <(stats "$f" 4)
            rw=$(ratio "$wm" "$fw") rc=$(ratio "$cm" "$fc") rr=$(ratio "$rm" "$fr") vs=$f
        else
            rw=1 rc=1 rr=1 vs='(floor)'
        fi
        echo "| \`${label_of[$c]}\` | $vs | $rw | $rc | $rr | $(fmt "$wm" "$wl" "$wh" 1 2) | $(fmt "$cm" "$cl" "$ch" 1 2) | $(fmt "$rm" "$rl" "$rh" 1024 0) |"
    done
} >"$table"
echo
cat "$table"
echo

# In-process: JMH (the jmh Maven profile compiles bench/jmh/java with the test classes) and the stall probe.
say "compiling the JMH benchmarks and the stall probe (./mvnw -Pjmh test-compile)"
# shellcheck disable=SC2086
./mvnw -B -q ${BENCH_MAVEN_ARGS:-} -Pjmh test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test >"$out/maven.log" 2>&1 \
    || { tail -n 40 "$out/maven.log" >&2; die "the jmh profile did not compile"; }
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

if ((quick)); then jmh_args=(-f 1 -wi 0 -i 1 -r 1s); else jmh_args=(-f 1 -wi 3 -w 2s -i 5 -r 2s); fi
say "JMH: ${jmh_args[*]}"
"$jdk/bin/java" -cp "$cp" org.openjdk.jmh.Main "${jmh_args[@]}" -bm avgt -tu ms -rf text -rff "$out/jmh.txt" \
    'dev\.webhookinspector\..*Bench\.' >"$out/jmh.log" 2>&1 || { tail -n 40 "$out/jmh.log" >&2; die "JMH failed"; }
grep -q '^Benchmark' "$out/jmh.txt" || die "JMH printed no results"
echo "In-process hot paths (JMH, average time per operation, JDK $("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')):"
echo
sed 's/^/    /' "$out/jmh.txt"
echo

say "FX-thread stall probe"
"$jdk/bin/java" "${fx_flags[@]/javafx.graphics/ALL-UNNAMED}" -cp "$cp" dev.webhookinspector.ui.inspector.FxStallProbe \
    >"$out/stall.txt" 2>"$out/stall.log" || { tail -n 40 "$out/stall.log" >&2; die "the stall probe failed"; }
grep -q 'longest' "$out/stall.txt" || die "the stall probe printed no result"
cat "$out/stall.txt"
echo
say "done: table in $table, JMH in $out/jmh.txt, probe in $out/stall.txt"
