#!/usr/bin/env bash
# Cold start of each packaged function.zip, run the way Lambda's java runtime runs it, next to a plain handler.
#
#   infra/bench/coldstart.sh [--runs 5] [--java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java] [--only WebhookFunction,PlainDynamoDb]
#
# Builds the function zips (webhook, triage, review, notify, the plain baseline) and the harness, unzips each zip to a temp
# directory (Lambda's /var/task) and runs com.safereply.coldstart.ColdStartBench: per run a fresh table in DynamoDB Local,
# an SNS stub, a Runtime API emulator and a fresh JVM started by the real runtime interface client. Loopback only.
# SKIP_BUILD=1 reuses the zips already in target/. Results and method: docs/benchmarks.md, section "Cold start".
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -ntp -q -pl functions/webhook,functions/triage,functions/review,functions/notify,tools/coldstart-baseline,tools/coldstart \
    -am package -DskipTests
fi

work="$(mktemp -d -t safereply-coldstart.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for module in webhook triage review notify; do
  mkdir -p "$work/code/$module"
  unzip -q "functions/$module/target/function.zip" -d "$work/code/$module"
done
mkdir -p "$work/code/baseline"
unzip -q tools/coldstart-baseline/target/function.zip -d "$work/code/baseline"

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load: $(uptime | sed 's/.*load average: //')"
java -cp "tools/coldstart/target/classes:$(cat tools/coldstart/target/harness-classpath.txt)" \
  com.safereply.coldstart.ColdStartBench \
  --code "$work/code" --events events --runtime-client tools/coldstart/target/runtime-client \
  --logs "${COLDSTART_LOGS:-$work/logs}" "$@"
echo "load after: $(uptime | sed 's/.*load average: //')"
