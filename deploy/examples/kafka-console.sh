#!/usr/bin/env bash
# Kafka's own console clients (org.apache.kafka:kafka-tools from Maven Central, not written by this project) on
# Front Door's partner topics: a partner system's side of the feed.
#
#   deploy/examples/kafka-console.sh produce      [BOOTSTRAP]  send each example in partner-referrals/manifest.tsv
#   deploy/examples/kafka-console.sh consume      [BOOTSTRAP]  print frontdoor.partner-feedback.v1 (key, headers, value)
#   deploy/examples/kafka-console.sh dead-letters [BOOTSTRAP]  print frontdoor.partner-referrals.v1.DLT with the reasons
#
# BOOTSTRAP: the broker, as the local stack prints it ("Kafka  localhost:NNNNN"); default $FRONTDOOR_KAFKA.
# The consumers stop after TIMEOUT_MS (default 10000) without a new message. MVN_ARGS is passed to Maven (e.g. -o).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command=${1:-}
bootstrap=${2:-${FRONTDOOR_KAFKA:-}}
if [[ -z "$command" || -z "$bootstrap" ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

classpath_file="$here/../target/kafka-console-clients.classpath"
if [[ ! -s "$classpath_file" ]]; then
  mkdir -p "$(dirname "$classpath_file")"
  mvn -B -q ${MVN_ARGS:-} -f "$here/kafka-tools/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file" >&2
fi
classpath=$(cat "$classpath_file")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
tab=$'\t'

case "$command" in
  produce)
    # One line per message: headers <TAB> key <TAB> value (the JSON on one line).
    grep -v '^#' "$here/partner-referrals/manifest.tsv" | while IFS="$tab" read -r file type version sender key; do
      printf 'type:%s,version:%s,sender:%s\t%s\t%s\n' "$type" "$version" "$sender" "$key" \
        "$(tr -d '\n' < "$here/partner-referrals/$file")"
      echo "sent $file as $type v$version from $sender, key $key" >&2
    done | "$java" -cp "$classpath" org.apache.kafka.tools.ConsoleProducer --bootstrap-server "$bootstrap" \
      --topic frontdoor.partner-referrals.v1 --command-property acks=all --sync \
      --reader-property parse.key=true --reader-property parse.headers=true
    ;;
  consume|dead-letters)
    topic=frontdoor.partner-feedback.v1
    [[ "$command" == dead-letters ]] && topic=frontdoor.partner-referrals.v1.DLT
    "$java" -cp "$classpath" org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$bootstrap" \
      --topic "$topic" --from-beginning --timeout-ms "${TIMEOUT_MS:-10000}" \
      --formatter-property print.key=true --formatter-property print.headers=true \
      --formatter-property key.separator="$tab" --formatter-property headers.separator=,
    ;;
  *)
    echo "unknown command '$command': produce, consume or dead-letters" >&2
    exit 2
    ;;
esac
