#!/usr/bin/env bash
# The job a cron or CI schedule runs for a program on a hosted platform
# (Referral Factory, GrowSurf): the campaign's kept customer lists catch the
# referred people who appeared on the platform since the last run, and
# qualify them there, each exactly once. Safe to run as often as you like:
# a lead already qualified costs no call.
#
#   REFCTL_PROVIDER=referral-factory REFCTL_TOKEN=... examples/sync-lists.sh spring
#
# Keep the list once, first (a dry run shows what it matches now):
#   refctl customers lists add customers.csv --campaign spring --name customers --yes
# and replace it when the export changes:
#   refctl customers lists replace customers customers-new.csv --campaign spring --yes
#
# On refctl's own store (a server, or the local workspace) there is nothing
# to schedule: every lead is matched against the kept lists as it is created.
set -euo pipefail

campaign="${1:?usage: sync-lists.sh CAMPAIGN}"
refctl="${REFCTL:-refctl}"

"$refctl" customers lists sync --campaign "$campaign" --dry-run
"$refctl" customers lists sync --campaign "$campaign"
