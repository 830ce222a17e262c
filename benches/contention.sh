#!/usr/bin/env bash
# Many writers at once: 8 clients, each `qualify --stdin` over its own random
# 1,200 of the same 2,000 leads (batches of 1,000, as a CI job sends them),
# spread over 1, 2 and 4 `refctl server` processes on one PostgreSQL
# database, and over one SQLite server. For each: leads qualified per second,
# the slowest and the p99 batch (from the servers' request logs), clients
# that failed, deadlocks in the logs, and the time against one client alone
# on the same servers in the same run.
#
#   benches/contention.sh                                   # a throwaway PostgreSQL cluster
#   REFCTL_BENCH_POSTGRES=postgres://u@host/db benches/contention.sh
#   CLIENTS=16 SERVERS="1 2" benches/contention.sh
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-8}
servers_list=${SERVERS:-1 2 4}
leads=2000
picks=1200
source benches/postgres.sh
bench_postgres 55433

python3 - "$work" "$leads" "$picks" "$clients" <<'PY'
import random, sys
work, n, k, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with open(f"{work}/leads.csv", "w") as f:
    f.write("email,referred_by\n")
    for i in range(n):
        f.write(f"lead{i}@example.com,REF1\n")
for c in range(clients + 1):
    rng = random.Random(c)
    with open(f"{work}/picks-{c}.txt", "w") as f:
        for i in rng.sample(range(n), k):
            f.write(f"lead{i}@example.com\n")
PY

# start_servers N LOCATION: N servers on LOCATION; sets urls=(…), logs=(…).
start_servers() {
  local n=$1 location=$2 i log
  urls=() logs=()
  for i in $(seq "$n"); do
    log="$work/server-$run-$i.log"
    "$refctl" server -v --listen 127.0.0.1:0 --db "$location" 2> "$log" &
    for _ in $(seq 200); do grep -q "listening on" "$log" && break; sleep 0.05; done
    urls+=("$(grep -o 'listening on [^ ]*' "$log" | head -1 | cut -d' ' -f3)")
    logs+=("$log")
  done
}

# seed CAMPAIGN: the campaign with its referrer and the 2,000 leads.
seed() {
  REFCTL_API_URL=${urls[0]} "$refctl" -q campaigns create "$1" --code "$1" > /dev/null
  REFCTL_API_URL=${urls[0]} "$refctl" -q referrers add --campaign "$1" --code REF1 --email "ref@$1.example" > /dev/null
  REFCTL_API_URL=${urls[0]} "$refctl" -q leads import "$work/leads.csv" --campaign "$1" > /dev/null
}

# qualify_all CAMPAIGN FIRST COUNT: COUNT clients at once (picks FIRST…),
# round robin over the servers; prints the seconds and the failed clients.
qualify_all() {
  local campaign=$1 first=$2 count=$3 pids=() failed=0 c started
  started=$(date +%s.%N)
  for c in $(seq "$first" $((first + count - 1))); do
    REFCTL_API_URL=${urls[$((c % ${#urls[@]}))]} REFCTL_TIMEOUT=60 \
      "$refctl" -q qualify --stdin --campaign "$campaign" --yes \
      < "$work/picks-$c.txt" > /dev/null 2>> "$work/clients-$run.err" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
  echo "$(echo "$(date +%s.%N) - $started" | bc) $failed"
}

printf '%-10s %7s %7s %9s %10s %10s %7s %9s %12s\n' \
  store servers clients leads/s "p99 batch" "max batch" failed deadlocks "vs 1 client"
report() {
  local store=$1 n=$2 seconds=$3 failed=$4 solo=$5 qualified rate p99 max deadlocks
  qualified=$(cat "${logs[@]}" | grep -c 'POST /v1/qualifications/batch 200' || true)
  rate=$(echo "$clients * $picks / $seconds" | bc)
  read -r p99 max < <(cat "${logs[@]}" | grep 'POST /v1/qualifications/batch' \
    | grep -o '[0-9.]*ms$' | tr -d 'ms' | sort -n \
    | awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < 1) i = 1; printf "%s %s\n", v[i], v[NR] }')
  deadlocks=$(cat "${logs[@]}" ${pg_log:-} 2>/dev/null | grep -c 'deadlock detected' || true)
  printf '%-10s %7s %7s %9s %8sms %8sms %7s %9s %11.1fx\n' \
    "$store" "$n" "$clients" "$rate" "$p99" "$max" "$failed" "$deadlocks" \
    "$(echo "$seconds / $solo" | bc -l)"
}

run=0
for n in $servers_list; do
  run=$((run + 1))
  db="bench_contention_$run"
  PGOPTIONS="-c client_min_messages=warning" psql "$base" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" > /dev/null
  location="${base%/*}/$db"
  start_servers "$n" "$location"
  admin=$("$refctl" server token create --workspace acme --name bench --scope admin --db "$location" 2>/dev/null)
  export REFCTL_TOKEN=$admin REFCTL_HOME="$work/home"
  seed solo
  seed load
  read -r solo _ < <(qualify_all solo "$clients" 1)
  read -r seconds failed < <(qualify_all load 0 "$clients")
  pg_log=${pg_dir:+$pg_dir/server.log}
  report postgres "$n" "$seconds" "$failed" "$solo"
  kill $(jobs -p) 2>/dev/null || true
  wait 2>/dev/null || true
done

run=$((run + 1))
start_servers 1 "$work/bench.db"
admin=$("$refctl" server token create --workspace acme --name bench --scope admin --db "$work/bench.db" 2>/dev/null)
export REFCTL_TOKEN=$admin REFCTL_HOME="$work/home"
seed solo
seed load
read -r solo _ < <(qualify_all solo "$clients" 1)
read -r seconds failed < <(qualify_all load 0 "$clients")
pg_log=""
report sqlite 1 "$seconds" "$failed" "$solo"
# What the failed clients said, most frequent first.
cat "$work"/clients-*.err 2>/dev/null | sort | uniq -c | sort -rn | head -5 >&2 || true
