#!/usr/bin/env bash
# A campaign of a million leads: the same `customers upload --dry-run` of the
# same file (1M rows, made against a million leads) into a campaign of 100,000
# leads and into one of 1,000,000, interleaved in one run; prints each run's
# best time, peak memory and how long fetching and indexing the campaign's
# keys took (from the command's own log), and the ratio of the two times.
#
#   benches/leads.sh
#   BENCH_DIR=/tmp/bench benches/leads.sh    # keep data and workspaces (shared with upload.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${BENCH_ROWS:-1000000}
small=${BENCH_SMALL:-100000}
large=${BENCH_LARGE:-1000000}
repeat=${BENCH_REPEAT:-3}
dir=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir"
py=python3
[ -x target/bench-venv/bin/python ] && py=target/bench-venv/bin/python

cargo build --quiet --release --bin refctl
refctl="$PWD/target/release/refctl"
source benches/workspace.sh
for leads in "$small" "$large"; do workspace "$leads"; done
customers=$(cargo bench --quiet --bench matching -- --generate "$dir" "$rows" "$large" | tail -1)

# One run: "seconds peak-MiB fetch-seconds".
run() {
  local home=$1 timing log
  log=$(mktemp)
  timing=$(REFCTL_HOME="$home" REFCTL_LOG=refctl=info "$py" benches/timed.py \
    sh -c '"$@" 2>"$0"' "$log" "$refctl" customers upload "$customers" --campaign bench \
    --dry-run --report-dir "$dir/reports-leads")
  echo "$timing $(grep -o 'indexed the keys of .* in [0-9.]* s' "$log" | grep -o '[0-9.]* s$' | cut -d' ' -f1)"
  rm -f "$log"
}
best() { sort -n | head -1; }
s=() l=()
for _ in $(seq "$repeat"); do
  s+=("$(run "$dir/home-$small")")
  l+=("$(run "$dir/home-$large")")
done
printf '%10s %10s %9s %10s\n' leads "dry run s" "peak MiB" "fetch s"
for side in small large; do
  if [ $side = small ]; then n=$small; b=$(printf '%s\n' "${s[@]}" | best); else n=$large; b=$(printf '%s\n' "${l[@]}" | best); fi
  set -- $b
  printf '%10s %10s %9s %10s\n' "$n" "$1" "$2" "$3"
done
set -- $(printf '%s\n' "${s[@]}" | best); st=$1
set -- $(printf '%s\n' "${l[@]}" | best); lt=$1
printf 'a million leads take %.2f times as long as %s on the same file (the target: at most 3)\n' \
  "$(echo "$lt / $st" | bc -l)" "$small"
rm -rf "$dir"/reports-*
