#!/usr/bin/env bash
# Send events to refctl's rules from a CI job or a cron: one JSON event per
# file, or NDJSON. REFCTL_API_URL and REFCTL_TOKEN come from the job's
# secrets; an event sent twice (a retried job) changes nothing the second time.
#
#   examples/ci/send-events.sh events.ndjson
set -euo pipefail
refctl="${REFCTL:-refctl}"
"$refctl" events send "${1:?usage: send-events.sh FILE|-}" -o json
