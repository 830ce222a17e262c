#!/usr/bin/env bash
# Moving a program's history in: `refctl leads import` of a million leads
# (email, referrer's code) on the embedded default, through a SQLite server
# and through a PostgreSQL server, against PostgreSQL's own COPY of the same
# leads into a table of the same shape (its indexes and foreign keys), in
# the same run. Each line: wall time, leads per second, and the time over COPY's.
#
#   benches/import.sh                          # 1,000,000 leads, a throwaway PostgreSQL cluster
#   LEADS=100000 benches/import.sh
#   REFCTL_BENCH_POSTGRES=postgres://u@host/db benches/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${LEADS:-1000000}
source benches/postgres.sh
bench_postgres 55434

# The import file, and the same leads as COPY takes them: every column a
# lead row needs, its referral code already drawn.
python3 - "$work" "$leads" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/leads.csv", "w") as f, open(f"{work}/copy.csv", "w") as c:
    f.write("email,referred_by,name\n")
    for i in range(n):
        f.write(f"lead{i}@example.com,REF1,Lead {i}\n")
        c.write(f"1,1,lead{i}@example.com,Lead {i},L{i:09d},pending,2026-01-01T00:00:00.000000Z\n")
PY

seconds_of() { # command…: runs it, prints the wall seconds
  local started
  started=$(date +%s.%N)
  "$@" > /dev/null
  echo "$(date +%s.%N) - $started" | bc
}

# seed_and_import: the campaign and its referrer, then the timed import.
seed_and_import() {
  "$refctl" -q campaigns create Import --code import > /dev/null
  "$refctl" -q referrers add --campaign import --code REF1 --email ref@example.com > /dev/null
  seconds_of "$refctl" -q leads import "$work/leads.csv" --campaign import
}

start_server() { # LOCATION: sets url
  local log="$work/server-$RANDOM.log"
  "$refctl" server --listen 127.0.0.1:0 --db "$1" 2> "$log" &
  for _ in $(seq 200); do grep -q "listening on" "$log" && break; sleep 0.05; done
  url=$(grep -o 'listening on [^ ]*' "$log" | head -1 | cut -d' ' -f3)
}

# The PostgreSQL database (its schema made by the first connection).
PGOPTIONS="-c client_min_messages=warning" psql "$base" -qc "DROP DATABASE IF EXISTS bench_import" -c "CREATE DATABASE bench_import" > /dev/null
pg="${base%/*}/bench_import"
"$refctl" server token create --workspace acme --name bench --scope admin --db "$pg" > "$work/pg-token" 2>/dev/null

export REFCTL_HOME="$work/home-embedded"
embedded=$(seed_and_import)

start_server "$work/server.db"
export REFCTL_HOME="$work/home-sqlite" REFCTL_API_URL=$url
REFCTL_TOKEN=$("$refctl" server token create --workspace acme --name bench --scope admin --db "$work/server.db" 2>/dev/null)
export REFCTL_TOKEN
sqlite=$(seed_and_import)

start_server "$pg"
export REFCTL_HOME="$work/home-pg" REFCTL_API_URL=$url REFCTL_TOKEN=$(cat "$work/pg-token")
postgres=$(seed_and_import)
count=$(psql "$pg" -tAc "SELECT count(*) FROM leads")
[ "$count" = "$leads" ] || { echo "the PostgreSQL server holds $count leads, not $leads" >&2; exit 1; }

# PostgreSQL's COPY of the same leads into a table shaped as refctl's leads:
# its indexes and its foreign keys (to the campaign and the referrer the
# server just made, ids 1), which every row's insert checks.
psql "$pg" -qc "CREATE TABLE copy_leads (LIKE leads INCLUDING ALL)" \
  -c "ALTER TABLE copy_leads ADD FOREIGN KEY (campaign_id) REFERENCES campaigns(id), ADD FOREIGN KEY (referrer_id) REFERENCES referrers(id)" > /dev/null
copy=$(seconds_of psql "$pg" -qc "\\copy copy_leads (campaign_id, referrer_id, email, name, referral_code, status, created_at) FROM '$work/copy.csv' WITH (FORMAT csv)")

printf '%-34s %9s %12s %9s\n' "$leads leads" seconds leads/s "vs COPY"
line() { printf '%-34s %9.2f %12.0f %8.2fx\n' "$1" "$2" "$(echo "$leads / $2" | bc -l)" "$(echo "$2 / $copy" | bc -l)"; }
line "PostgreSQL COPY (same shape)" "$copy"
line "leads import, embedded SQLite" "$embedded"
line "leads import, SQLite server" "$sqlite"
line "leads import, PostgreSQL server" "$postgres"
