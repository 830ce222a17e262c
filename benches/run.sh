#!/usr/bin/env bash
# Runs the matching benchmark with its DuckDB peer: installs DuckDB from PyPI
# into a virtualenv under target/ (once), then `cargo bench --bench matching`.
# Sizes: BENCH_ROWS=1000000,10000000 BENCH_LEADS=100000 (the defaults).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet duckdb
fi
BENCH_PYTHON="$venv/bin/python" cargo bench --bench matching "$@"
