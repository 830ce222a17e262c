#!/usr/bin/env bash
# What a kept customer list costs the leads that arrive: `leads import` of
# 100,000 leads into a campaign with no list, and into one that keeps a list
# of 1,000,000 customers (every new lead checked against it in the same
# transaction, a batch at a time), on the embedded default. Each line: wall
# seconds and the time over the import alone (target: at most 2x). A tenth
# of the leads are on the list and are qualified as they arrive.
#
#   benches/list_import.sh
#   LEADS=20000 CUSTOMERS=200000 benches/list_import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${LEADS:-100000}
customers=${CUSTOMERS:-1000000}
cargo build --release --quiet --bin refctl
refctl=$PWD/target/release/refctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$leads" "$customers" <<'PY'
import sys
work, leads, customers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(f"{work}/leads.csv", "w") as f:
    f.write("email,referred_by\n")
    for i in range(leads):
        # One lead in ten is a customer on the list.
        email = f"cust{i * 10}@example.com" if i % 10 == 0 else f"lead{i}@example.com"
        f.write(f"{email},REF1\n")
with open(f"{work}/customers.csv", "w") as f:
    f.write("email\n")
    for i in range(customers):
        f.write(f"cust{i}@example.com\n")
PY

seconds_of() { # command…: runs it, prints the wall seconds
  local started
  started=$(date +%s.%N)
  "$@" > /dev/null
  echo "$(date +%s.%N) - $started" | bc
}

seed() {
  "$refctl" -q campaigns create Lists --code lists > /dev/null
  "$refctl" -q referrers add --campaign lists --code REF1 --email ref@example.com > /dev/null
}

export REFCTL_HOME="$work/alone"
seed
alone=$(seconds_of "$refctl" -q leads import "$work/leads.csv" --campaign lists)

export REFCTL_HOME="$work/listed"
seed
kept=$(seconds_of "$refctl" -q customers lists add "$work/customers.csv" --campaign lists --name customers --yes)
listed=$(seconds_of "$refctl" -q leads import "$work/leads.csv" --campaign lists)
qualified=$("$refctl" leads list --campaign lists --status qualified --all -o ndjson | wc -l)
want=$(( (leads + 9) / 10 ))
[ "$qualified" -eq "$want" ] || { echo "$qualified leads qualified by the list, not $want" >&2; exit 1; }

printf '%-46s %9s %9s\n' "$leads leads, a list of $customers customers" seconds "vs alone"
printf '%-46s %9.2f %8.2fx\n' "leads import, no list" "$alone" 1
printf '%-46s %9.2f %8.2fx\n' "leads import, the list kept" "$listed" "$(echo "$listed / $alone" | bc -l)"
printf '%-46s %9.2f\n' "(keeping the list: lists add of the file)" "$kept"
