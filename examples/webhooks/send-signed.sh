#!/usr/bin/env bash
# Sends one event to a refctl webhook, signed as refctl and Stripe sign:
# v1 = hex HMAC-SHA256 of "TIMESTAMP.BODY" under the webhook's secret, sent as
# `t=TIMESTAMP,v1=HEX`. Use it to try the endpoints, or as the recipe for a
# sender of your own (an automation tool, a CRM workflow, a cron job).
#
#   WEBHOOK_SECRET=whsec_... examples/webhooks/send-signed.sh \
#       http://127.0.0.1:8080/v1/hooks/acme/events examples/events/hubspot-contact-customer.json
#   WEBHOOK_SECRET=whsec_... examples/webhooks/send-signed.sh --stripe \
#       http://127.0.0.1:8080/v1/hooks/acme/stripe examples/events/stripe/charge.succeeded.json
#
# The secret comes from the environment, never the command line (where `ps`
# shows it). Needs openssl and curl. Prints the event's decisions as JSON; a
# refused request (bad, stale or missing signature) exits non-zero and changes
# nothing.
set -euo pipefail
usage="usage: WEBHOOK_SECRET=... send-signed.sh [--stripe] URL FILE"
header=Refctl-Signature
if [ "${1:-}" = --stripe ]; then
    header=Stripe-Signature
    shift
fi
url="${1:?$usage}"
file="${2:?$usage}"
secret="${WEBHOOK_SECRET:?set WEBHOOK_SECRET to the secret \`refctl webhooks secret create\` printed}"

timestamp=$(date +%s)
signature=$({ printf '%s.' "$timestamp"; cat "$file"; } |
    openssl dgst -sha256 -hmac "$secret" -hex | sed 's/^.*= //')
curl --silent --show-error --fail-with-body -X POST "$url" \
    -H 'content-type: application/json' \
    -H "$header: t=$timestamp,v1=$signature" \
    --data-binary @"$file"
echo
