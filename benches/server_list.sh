#!/usr/bin/env bash
# Server list throughput: one page of 100 leads of a large campaign, 8
# clients (wrk on loopback), with the server's read-only connections and,
# in the same run, without them (every read through the one writer), for a
# ratio that survives a noisy machine.
#
#   benches/server_list.sh              # 100,000 leads
#   LEADS=1000000 benches/server_list.sh
#
# Needs wrk (apt-get install wrk). Builds refctl in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${LEADS:-100000}
cargo build --release --quiet --bin refctl
refctl=$PWD/target/release/refctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export REFCTL_HOME="$work/home"

python3 - "$work" "$leads" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/referrers.csv", "w") as f:
    f.write("email,name,referral_code\n")
    for i in range(100):
        f.write(f"ref{i}@example.com,Ref {i},R{i:04d}X\n")
with open(f"{work}/leads.csv", "w") as f:
    f.write("email,referred_by,name\n")
    for i in range(n):
        f.write(f"lead{i}@example.com,R{i % 100:04d}X,Lead {i}\n")
PY
start=$(date +%s)
"$refctl" -q campaigns create Load --code load > /dev/null
"$refctl" -q referrers import "$work/referrers.csv" --campaign load
"$refctl" -q leads import "$work/leads.csv" --campaign load
echo "seeded $leads leads in $(( $(date +%s) - start )) s"
db="$REFCTL_HOME/workspace.db"
token=$("$refctl" server token create --workspace local --name bench --db "$db" 2>/dev/null)

run() {
    local readers=$1 port=$2
    "$refctl" server --listen "127.0.0.1:$port" --db "$db" --readers "$readers" 2> "$work/server-$readers.log" &
    for _ in $(seq 100); do grep -q listening "$work/server-$readers.log" && break; sleep 0.1; done
    # A page from the middle of the campaign, as a script paging through it reads.
    local cursor
    cursor=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/v1/leads?campaign=load&limit=1000" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_cursor"])')
    wrk -t2 -c8 -d10s --latency -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/v1/leads?campaign=load&limit=100&cursor=$cursor" > "$work/wrk-$readers.txt"
    kill %1 2>/dev/null || kill $(jobs -p) 2>/dev/null || true
    wait 2>/dev/null || true
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$readers.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$readers.txt")
    echo "$readers $rps $p99"
}
with=$(run 4 18931)
without=$(run 0 18932)
echo "leads  readers  req/s  p99"
echo "$leads  4  $(echo "$with" | cut -d' ' -f2-)"
echo "$leads  0  $(echo "$without" | cut -d' ' -f2-)"
python3 -c "import sys; a=float('$(echo "$with" | cut -d' ' -f2)'); b=float('$(echo "$without" | cut -d' ' -f2)'); print(f'readers: {a/b:.2f}x the requests per second of the writer alone')"
