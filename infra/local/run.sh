#!/usr/bin/env bash
# SafeReply on embedded defaults: builds what the local run needs, then starts it on http://localhost:8080 with
# DynamoDB Local on 127.0.0.1:8000 (data in .local-data/; pass --fresh to start empty). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -pl tools/local -am package -DskipTests
exec java -jar tools/local/target/quarkus-app/quarkus-run.jar "$@"
