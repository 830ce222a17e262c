#!/usr/bin/env bash
# Qualify the leads whose customers paid, from a CI job. It reads one lead per
# line (an email, a lead id, or ext:<customer id>) from the file given, or from
# stdin, and needs no prompt: REFCTL_API_URL and REFCTL_TOKEN come from the
# job's secrets, and --yes says the bulk change is meant.
#
#   examples/ci/qualify-paid.sh paid-customers.txt spring
#
# Exit codes are refctl's: 0 every lead qualified (or already was), 3 some were
# not found, 4 a bad token, 7 the API could not be reached. Retries are safe:
# a lead is never qualified twice.
set -euo pipefail

file="${1:--}"
campaign="${2:?usage: qualify-paid.sh FILE|- CAMPAIGN}"
refctl="${REFCTL:-refctl}"

if [ "$file" = "-" ]; then
  "$refctl" qualify --stdin --campaign "$campaign" --reason "paid (CI ${CI_JOB_ID:-${GITHUB_RUN_ID:-local}})" --yes -o json
else
  "$refctl" qualify --stdin --campaign "$campaign" --reason "paid (CI ${CI_JOB_ID:-${GITHUB_RUN_ID:-local}})" --yes -o json < "$file"
fi
