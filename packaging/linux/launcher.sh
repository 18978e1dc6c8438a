#!/bin/sh
# @NAME@: starts the app on its own runtime. Written into the app image as bin/@NAME@ by
# packaging/linux/app-image.sh from packaging/linux/launcher.sh, which fills in the words between at-signs.
#
# It stands in for jpackage's native launcher, which asks `rpm -qf` and then `dpkg -S` which package owns it
# on every start (0.15-0.3 s, more on a machine with many packages) and cuts arguments past 64 KiB
# (JDK-8380085). See packaging/README.md, "Start-up".
#
# Layouts: the app image (bin/@NAME@, lib/app, lib/runtime) and the .deb/.rpm install
# (/usr/bin/@NAME@, /usr/lib/@NAME@/app, /usr/lib/@NAME@/runtime).
#
# The JDK's AOT cache (JEP 483/514): the one the package built at install time next to the jars, else the
# user's own, built in the background on the first window start (dev.webhookinspector.AotCache). A missing,
# stale or damaged cache is ignored in silence. WEBHOOK_INSPECTOR_AOT=off starts without one. Two caches: the
# JVM loads every class of a cache at start, so the window's (JavaFX) would slow every command and the
# commands' (HTTP, TLS, JSON) every window. Choosing the wrong one only costs speed; AotCacheLauncherTest keeps
# this choice equal to the app's own (Cli.wantsWindow).
self=$(readlink -f -- "$0") || self=$0
root=${self%/bin/*}
if [ -d "$root/lib/app" ]; then lib=$root/lib; else lib=$root/lib/@NAME@; fi
app=$lib/app
# kind:begin
case ${1-} in
    --version | --help) kind=-cli ;;
    '' | --*) kind= ;;
    *) kind=-cli ;;
esac
# kind:end
shared=$app/@NAME@.aot
case ${XDG_CACHE_HOME:-} in
    /*) own=$XDG_CACHE_HOME/@NAME@/@NAME@-@STAMP@.aot ;;
    *) own=${HOME:-/nonexistent}/.cache/@NAME@/@NAME@-@STAMP@.aot ;;
esac
if [ -f "$shared" ]; then window=$shared; else window=$own; fi
cache=${window%.aot}$kind.aot
if [ "${WEBHOOK_INSPECTOR_AOT:-}" = off ]; then cache=/nonexistent/@NAME@.aot; fi
exec "$lib/runtime/bin/java" "@$app/jvm.args" -Xlog:aot*=off -Xlog:cds*=off "-XX:AOTCache=$cache" \
    "-Dwebhookinspector.aot.cache=$window" "-Dwebhookinspector.aot.shared=$shared" "-Dwebhookinspector.aot.args=$app/jvm.args" \
    "-Djpackage.app-path=$self" -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
