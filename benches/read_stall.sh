#!/usr/bin/env bash
# Can a read token stall writes? One SQLite server; a CI job qualifies and
# unqualifies batches of 1,000 leads while, at the same time, a read token
# sends `rules test` requests whose condition is slow to evaluate (a nested
# comprehension over a 2,000-item list), four at a time, without pause.
# Prints the writes' time alone and under the hammering, and the ratio (the
# target: at most 2).
#
#   benches/read_stall.sh
#   ROUNDS=10 HAMMERS=8 benches/read_stall.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-20}
hammers=${HAMMERS:-4}
cargo build --release --quiet --bin refctl
refctl=$PWD/target/release/refctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
with open(f"{work}/leads.csv", "w") as f, open(f"{work}/emails.txt", "w") as e:
    f.write("email,referred_by\n")
    for i in range(1000):
        f.write(f"lead{i}@example.com,REF1\n")
        e.write(f"lead{i}@example.com\n")
with open(f"{work}/rules.toml", "w") as f:
    f.write('''[[rule]]
name = "slow"
event_type = "slow.event"
identity = "email"
identity_path = "data.email"
condition = "event.data.l.all(x, event.data.l.all(y, x + y >= 0))"
''')
with open(f"{work}/event.json", "w") as f:
    json.dump({"id": "t", "type": "slow.event",
               "data": {"email": "lead1@example.com", "l": list(range(2000))}}, f)
PY

"$refctl" server -v --listen 127.0.0.1:0 --db "$work/server.db" 2> "$work/server.log" &
for _ in $(seq 200); do grep -q "listening on" "$work/server.log" && break; sleep 0.05; done
url=$(grep -o 'listening on [^ ]*' "$work/server.log" | head -1 | cut -d' ' -f3)
admin=$("$refctl" server token create --workspace acme --name ci --scope admin --db "$work/server.db" 2>/dev/null)
reader=$("$refctl" server token create --workspace acme --name viewer --scope read --db "$work/server.db" 2>/dev/null)
export REFCTL_API_URL=$url REFCTL_TOKEN=$admin REFCTL_HOME="$work/home"
"$refctl" -q campaigns create Stall --code stall > /dev/null
"$refctl" -q referrers add --campaign stall --code REF1 --email ref@example.com > /dev/null
"$refctl" -q leads import "$work/leads.csv" --campaign stall > /dev/null
"$refctl" -q rules apply -f "$work/rules.toml" --campaign stall > /dev/null

writes() { # ROUNDS × (qualify 1,000, unqualify 1,000); prints the seconds
  local started
  started=$(date +%s.%N)
  for _ in $(seq "$rounds"); do
    "$refctl" -q qualify --stdin --campaign stall --yes < "$work/emails.txt" > /dev/null
    "$refctl" -q unqualify --stdin --campaign stall --reason bench --yes < "$work/emails.txt" > /dev/null
  done
  echo "$(date +%s.%N) - $started" | bc
}

alone=$(writes)
for _ in $(seq "$hammers"); do
  ( while :; do
      curl -s -o /dev/null -H "Authorization: Bearer $reader" -H 'Content-Type: application/json' \
        --data-binary @"$work/event.json" "$url/v1/campaigns/stall/rules/test" || true
    done ) &
done
sleep 2
hammered=$(writes)
tests=$(grep -c 'POST /v1/campaigns/stall/rules/test 200' "$work/server.log" || true)
printf '%-52s %8.2f s\n' "$rounds × 2 batches of 1,000 writes, alone" "$alone"
printf '%-52s %8.2f s\n' "the same while $hammers read clients run rules test" "$hammered"
printf '%-52s %8.2fx  (%s rule tests answered meanwhile)\n' "slowdown" "$(echo "$hammered / $alone" | bc -l)" "$tests"
