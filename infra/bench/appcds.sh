#!/usr/bin/env bash
# Trains an AppCDS archive for each SafeReply function.zip and adds it to the zip as app.jsa (Lambda's /var/task/app.jsa,
# which template.yaml's _JAVA_OPTIONS names on top of the runtime's own archive).
#
#   infra/bench/appcds.sh [--java /path/to/java]       then: SKIP_BUILD=1 infra/bench/coldstart.sh
#
# A training run is one cold start under the cold-start harness (same Runtime API emulator, DynamoDB Local and SNS stub,
# same first event) with -XX:ArchiveClassesAtExit, stopped with SIGTERM so the JVM writes the archive, then checked to
# map (an unreadable archive would fail every start, even under -Xshare:auto); the script stops if one does not.
# Notify and escalate share one zip: the notify handler trains it.
#
# CAVEAT (docs/benchmarks.md, "AppCDS"): an archive only loads on the exact JVM build, base archive and runtime classpath
# that made it. One trained here (this machine's JDK, the harness's runtime client) is for measuring here; in AWS it is
# rejected (the start falls back to the runtime's base archive, the same as without app.jsa). For a deployment, run
# the training with the Lambda runtime's own JDK and runtime client (public.ecr.aws/lambda/java:21), and pin the
# function's runtime version so that a runtime update does not silently make the archive stale.
# SKIP_BUILD=1 reuses the zips already in target/ (re-running replaces their app.jsa).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -ntp -q -pl functions/webhook,functions/review,functions/notify,tools/coldstart -am package -DskipTests
fi

work="$(mktemp -d -t safereply-appcds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for module in webhook review notify; do
  mkdir -p "$work/code/$module"
  unzip -q "functions/$module/target/function.zip" -d "$work/code/$module"
  rm -f "$work/code/$module/app.jsa"   # never train on top of an earlier archive
done

java -cp "tools/coldstart/target/classes:$(cat tools/coldstart/target/harness-classpath.txt)" \
  com.safereply.coldstart.ColdStartBench \
  --code "$work/code" --events events --runtime-client tools/coldstart/target/runtime-client \
  --logs "${COLDSTART_LOGS:-$work/logs}" --only WebhookFunction,ReviewFunction,NotifyFunction --train-appcds true "$@"

for module in webhook review notify; do
  zip="functions/$module/target/function.zip"
  zip -q -d "$zip" app.jsa >/dev/null 2>&1 || true
  (cd "$work/code/$module" && zip -q -9 "$OLDPWD/$zip" app.jsa)
  echo "$zip: $(du -h "$zip" | cut -f1) with app.jsa ($(du -h "$work/code/$module/app.jsa" | cut -f1) unzipped)"
done
