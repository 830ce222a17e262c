"""The peers of the whole-upload benchmark: what an analyst would run to do
what `refctl customers upload --dry-run` does, in DuckDB or Polars: read the
customer export, key each row by lower(trim(email)), join it to the leads and
the referrers, and write the rows per outcome (the matched rows whole with
the lead's id, the referrers' rows, and the rest as record number and email).

    python benches/peer_upload.py duckdb|polars THREADS LEADS REFERRERS CUSTOMERS OUTDIR

THREADS is 0 for all cores. Prints the rows that named a lead.
"""
import os
import sys

engine, threads, leads, referrers, customers, out = sys.argv[1:7]
threads = int(threads)
os.makedirs(out, exist_ok=True)

if engine == "duckdb":
    import duckdb

    con = duckdb.connect()
    if threads > 0:
        con.execute(f"SET threads = {threads}")
    con.execute(
        "CREATE TABLE l AS SELECT row_number() OVER () AS lead_id, lower(trim(email)) AS k "
        "FROM read_csv(?, header = true, all_varchar = true)",
        [leads],
    )
    con.execute(
        "CREATE TABLE r AS SELECT DISTINCT lower(trim(email)) AS k "
        "FROM read_csv(?, header = true, all_varchar = true)",
        [referrers],
    )
    con.execute(
        "CREATE TABLE c AS SELECT row_number() OVER () AS record, *, lower(trim(\"Email\")) AS k "
        "FROM read_csv(?, header = true, all_varchar = true)",
        [customers],
    )
    con.execute("CREATE TABLE m AS SELECT c.*, l.lead_id FROM c JOIN l USING (k)")
    con.execute(f"COPY m TO '{out}/matched.csv' (HEADER)")
    con.execute(
        f"COPY (SELECT c.* FROM c SEMI JOIN r USING (k)) TO '{out}/not_a_lead.csv' (HEADER)"
    )
    con.execute(
        f"COPY (SELECT c.record, c.\"Email\" FROM c ANTI JOIN l USING (k) ANTI JOIN r USING (k)) "
        f"TO '{out}/no_match.csv' (HEADER)"
    )
    (matched,) = con.execute("SELECT count(*) FROM m").fetchone()
elif engine == "polars":
    if threads > 0:
        os.environ["POLARS_MAX_THREADS"] = str(threads)
    import polars as pl

    key = pl.col("email").str.strip_chars().str.to_lowercase().alias("k")
    l = pl.scan_csv(leads, infer_schema=False).with_row_index("lead_id", offset=1).select(
        "lead_id", key
    )
    r = pl.scan_csv(referrers, infer_schema=False).select(key).unique()
    c = (
        pl.scan_csv(customers, infer_schema=False)
        .with_row_index("record", offset=1)
        .with_columns(pl.col("Email").str.strip_chars().str.to_lowercase().alias("k"))
    )
    matched_rows = c.join(l, on="k", how="inner").collect()
    matched_rows.write_csv(f"{out}/matched.csv")
    c.join(r, on="k", how="semi").sink_csv(f"{out}/not_a_lead.csv")
    c.join(l, on="k", how="anti").join(r, on="k", how="anti").select("record", "Email").sink_csv(
        f"{out}/no_match.csv"
    )
    matched = matched_rows.height
else:
    sys.exit(f"unknown engine {engine}")
print(matched)
