#!/usr/bin/env bash
# The whole `refctl customers upload --dry-run` command, as a user runs it
# (release build, local workspace holding the campaign's leads), against
# DuckDB and Polars doing the same join and writing the same outcomes, on
# both cores, in the same run. Prints seconds, peak memory and the ratios
# (peer time / refctl time: above 1, refctl is faster).
#
#   benches/upload.sh                         # 1M and 10M rows x 100k leads
#   BENCH_ROWS=1000000 BENCH_LEADS=1000000 benches/upload.sh   # a million leads
#   BENCH_DIR=/tmp/bench benches/upload.sh    # keep data and workspaces between runs
set -euo pipefail
cd "$(dirname "$0")/.."
rows_list=${BENCH_ROWS:-1000000,10000000}
leads=${BENCH_LEADS:-100000}
repeat=${BENCH_REPEAT:-3}
threads=${BENCH_THREADS:-2}
dir=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir"

venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -c 'import duckdb, polars' 2>/dev/null ||
  "$venv/bin/pip" install --quiet duckdb polars
py="$venv/bin/python"

cargo build --quiet --release --bin refctl
refctl="$PWD/target/release/refctl"

# The workspace: one campaign with the leads and referrers, imported once.
source benches/workspace.sh
workspace "$leads"

best() { sort -n | head -1; }
printf '%11s %8s %10s %9s %11s %11s %9s %9s\n' rows MB "refctl s" "peak MiB" "duckdb s" "polars s" "duckdb/r" "polars/r"
for rows in ${rows_list//,/ }; do
  customers=$(cargo bench --quiet --bench matching -- --generate "$dir" "$rows" "$leads" | tail -1)
  mb=$(( $(stat -c %s "$customers") / 1000000 ))
  r=() d=() p=()
  for _ in $(seq "$repeat"); do
    r+=("$("$py" benches/timed.py "$refctl" -q customers upload "$customers" --campaign bench --dry-run --report-dir "$dir/reports-refctl")")
    d+=("$("$py" benches/timed.py "$py" benches/peer_upload.py duckdb "$threads" "$leads_file" "$referrers_file" "$customers" "$dir/reports-duckdb")")
    p+=("$("$py" benches/timed.py "$py" benches/peer_upload.py polars "$threads" "$leads_file" "$referrers_file" "$customers" "$dir/reports-polars")")
  done
  rs=$(printf '%s\n' "${r[@]}" | best); ds=$(printf '%s\n' "${d[@]}" | best); ps=$(printf '%s\n' "${p[@]}" | best)
  set -- $rs; rt=$1 rm=$2
  set -- $ds; dt=$1
  set -- $ps; pt=$1
  printf '%11s %8s %10s %9s %11s %11s %9.2f %9.2f\n' "$rows" "$mb" "$rt" "$rm" "$dt" "$pt" \
    "$(echo "$dt / $rt" | bc -l)" "$(echo "$pt / $rt" | bc -l)"
  rm -rf "$dir"/reports-*
done
