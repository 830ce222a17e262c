# Sourced by the PostgreSQL benchmarks: builds refctl (release), makes $work,
# and sets $base to a PostgreSQL server's URL: REFCTL_BENCH_POSTGRES, else a
# throwaway cluster (scripts/postgres-cluster.sh) on port $1 that the exit
# trap stops. Sets refctl, work, pg_dir and base.
bench_postgres() {
  cargo build --release --quiet --bin refctl
  refctl=$PWD/target/release/refctl
  work=$(mktemp -d)
  pg_dir=""
  trap bench_cleanup EXIT
  base=${REFCTL_BENCH_POSTGRES:-}
  if [ -z "$base" ]; then
    pg_dir=$(mktemp -d)  # its own: the cluster's owner must reach it
    base=$(REFCTL_PG_PORT=${REFCTL_PG_PORT:-$1} scripts/postgres-cluster.sh start "$pg_dir" 2>/dev/null | head -1)
  fi
  export PGSSLROOTCERT=${pg_dir:+$pg_dir/ca.crt}
}

bench_cleanup() {
  kill $(jobs -p) 2>/dev/null || true
  wait 2>/dev/null || true
  [ -n "$pg_dir" ] && scripts/postgres-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work" ${pg_dir:+"$pg_dir"}
}
