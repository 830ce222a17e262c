#!/usr/bin/env bash
# The API against its own OpenAPI document: starts `refctl server` on
# loopback over a fresh database with a little data in it, and runs
# schemathesis with every check. Fails on any failure.
#
#   scripts/api-conformance.sh              # 30 examples per operation
#   EXAMPLES=200 scripts/api-conformance.sh # more
#
# Needs schemathesis (pip install schemathesis) and a built refctl
# (REFCTL=path, default target/debug/refctl).
set -euo pipefail
cd "$(dirname "$0")/.."
refctl=${REFCTL:-target/debug/refctl}
examples=${EXAMPLES:-30}
work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

db="$work/api.db"
token=$("$refctl" server token create --workspace acme --name conformance --db "$db" 2>/dev/null)
"$refctl" server --listen 127.0.0.1:0 --db "$db" 2> "$work/server.log" &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/server.log")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.log"; echo "the server did not start" >&2; exit 1; }

# Something to find: a campaign with referrers and leads, a rule, an event.
export REFCTL_HOME="$work/home" REFCTL_API_URL="$url" REFCTL_TOKEN="$token" REFCTL_CREDENTIAL_STORE=file
"$refctl" -q campaigns create "Spring 2026" --code spring
"$refctl" -q referrers import examples/referrers.csv --campaign spring
"$refctl" -q leads import examples/leads.csv --campaign spring
"$refctl" -q rules apply -f examples/rules/signup-to-paid.toml --campaign spring --yes
"$refctl" -q events send examples/events/subscription-paid.json > /dev/null

# The console script, or the module where pip's scripts are not on PATH.
if command -v schemathesis > /dev/null; then
    schemathesis=(schemathesis)
else
    schemathesis=(python3 -c "from schemathesis.cli import schemathesis; schemathesis()")
fi
"${schemathesis[@]}" run "$url/v1/openapi.json" \
    --checks all \
    --header "Authorization: Bearer $token" \
    --max-examples "$examples" \
    --seed "${SEED:-1}" \
    --no-color
