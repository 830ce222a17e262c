#!/usr/bin/env bash
# The quick start: a campaign, its referrers and leads from examples/, some
# leads qualified, one refunded, the result shown, and a customer list
# matched against the leads in a dry run. It runs on a fresh
# local workspace (no server, no account) and leaves it in place to explore.
set -euo pipefail
cd "$(dirname "$0")/.."

# REFCTL names a refctl already built (the tests pass theirs); otherwise
# this builds one, showing cargo's own progress: a first build takes about
# 15 minutes on a 2-core machine, a rebuild seconds.
if [ -n "${REFCTL:-}" ]; then
  refctl() { "$REFCTL" "$@"; }
else
  echo "== building refctl (cargo build; the first build takes a while)"
  cargo build
  refctl() { ./target/debug/refctl "$@"; }
fi

export REFCTL_HOME="${REFCTL_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/refctl-quickstart.XXXXXX")}"
unset REFCTL_API_URL REFCTL_TOKEN REFCTL_PROFILE
echo "== local workspace: $REFCTL_HOME"

echo "== create a campaign"
refctl campaigns create "Spring 2026" --code spring

echo "== import referrers and leads"
refctl referrers import examples/referrers.csv --campaign spring
refctl leads import examples/leads.csv --campaign spring

echo "== qualify three leads: by email, by external id, by id"
refctl qualify bob.martin@example.com ext:cus_1003 6 --campaign spring --yes

echo "== a refund: unqualify one of them"
refctl unqualify bob.martin@example.com --campaign spring --reason "refund #1042" --yes

echo "== the campaign's leads"
refctl leads list --campaign spring

echo "== the history of bob.martin@example.com"
refctl leads history bob.martin@example.com --campaign spring

echo "== this week's customer list, matched against the leads: a dry run"
refctl customers upload examples/customers.csv --campaign spring --dry-run

echo
echo "Upload it for real with: REFCTL_HOME=$REFCTL_HOME ./target/debug/refctl customers upload examples/customers.csv --campaign spring"
echo "Explore further with: REFCTL_HOME=$REFCTL_HOME ./target/debug/refctl leads list --status qualified"
