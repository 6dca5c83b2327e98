#!/usr/bin/env bash
# Builds Front Door and runs the embedded local stack: real PostgreSQL and Kafka, the local sign-in, the three services, the web front end,
# demo data.
# Options are passed through: --fresh, --data-dir=DIR, --postgres-port=N, --auth-port=N, --intake-port=N, --triage-port=N,
# --projection-port=N, --web-port=N (8080, the page to open), --no-demo-data, --instances=N (N processes of each
# service), --json-logs.  Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -jar deploy/target/deploy-*-exec.jar "$@"
