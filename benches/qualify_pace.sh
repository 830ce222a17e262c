#!/usr/bin/env bash
# `qualify --stdin` of many leads on a rate-limited token, as a CI script
# runs it against a server on loopback: counts the requests the server
# refused with 429 (the target: none), the batches sent, and the time taken
# against the least the limit allows.
#
#   benches/qualify_pace.sh                        # 30,000 leads on a 600/min token
#   LEADS=5000 RATE=60/min benches/qualify_pace.sh
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${LEADS:-30000}
rate=${RATE:-600/min}
cargo build --release --quiet --bin refctl
refctl=$PWD/target/release/refctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
db="$work/server.db"

python3 - "$work" "$leads" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/leads.csv", "w") as f, open(f"{work}/emails.txt", "w") as e:
    f.write("email,referred_by\n")
    for i in range(n):
        f.write(f"lead{i}@example.com,REF1\n")
        e.write(f"lead{i}@example.com\n")
PY
"$refctl" server -v --listen 127.0.0.1:0 --db "$db" 2> "$work/server.log" &
for _ in $(seq 100); do grep -q "listening on" "$work/server.log" && break; sleep 0.1; done
url=$(grep -o 'listening on [^ ]*' "$work/server.log" | head -1 | cut -d' ' -f3)
admin=$("$refctl" server token create --workspace acme --name seed --scope admin --db "$db" 2>/dev/null)
slow=$("$refctl" server token create --workspace acme --name ci --scope admin --rate "$rate" --db "$db" 2>/dev/null)
export REFCTL_API_URL=$url REFCTL_HOME="$work/home"
REFCTL_TOKEN=$admin "$refctl" -q campaigns create Big --code big > /dev/null
REFCTL_TOKEN=$admin "$refctl" -q referrers add --campaign big --code REF1 --email ref@example.com > /dev/null
REFCTL_TOKEN=$admin "$refctl" -q leads import "$work/leads.csv" --campaign big > /dev/null
before=$(grep -c ' 429 ' "$work/server.log" || true)
started=$(date +%s.%N)
REFCTL_TOKEN=$slow "$refctl" -q qualify --stdin --campaign big --yes < "$work/emails.txt" > /dev/null
seconds=$(echo "$(date +%s.%N) - $started" | bc)
refused=$(( $(grep -c ' 429 ' "$work/server.log" || true) - before ))
batches=$(grep -c 'POST /v1/qualifications/batch' "$work/server.log" || true)
echo "qualified $leads leads on a $rate token: $batches batch requests, $refused refused (429), $seconds s"
