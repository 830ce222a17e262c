#!/usr/bin/env bash
# The weekly customer-list upload: a dry run first, a check of its counts,
# then the real run. Safe to run again: an upload that stopped half way is
# finished, and one that finished does nothing.
#
#   examples/weekly-upload.sh customers.csv spring
#
# Set REFCTL_API_URL and REFCTL_TOKEN to upload to a server; with neither, it
# works on the local workspace. MAX_INVALID_PERCENT (default 5) stops the run
# when too many rows have no usable email: usually a wrong column or export.
set -euo pipefail

file="${1:?usage: weekly-upload.sh FILE CAMPAIGN}"
campaign="${2:?usage: weekly-upload.sh FILE CAMPAIGN}"
max_invalid="${MAX_INVALID_PERCENT:-5}"
refctl="${REFCTL:-refctl}"

plan="$("$refctl" customers upload "$file" --campaign "$campaign" --dry-run -o json)"

# Pull a count out of the plan's JSON without needing jq.
count() { printf '%s' "$plan" | tr -d ' \n' | grep -o "\"$1\":[0-9]*" | head -n1 | cut -d: -f2; }
rows="$(count rows)"
invalid="$(count invalid)"
will="$(count will_qualify)"
echo "plan: $rows rows, $will to qualify, $invalid invalid" >&2

if [ "$rows" -eq 0 ]; then
  echo "the file has no rows; nothing to do" >&2
  exit 1
fi
if [ $((invalid * 100)) -gt $((rows * max_invalid)) ]; then
  echo "more than ${max_invalid}% of the rows are invalid; check the reports before uploading" >&2
  exit 1
fi

"$refctl" customers upload "$file" --campaign "$campaign" --yes
