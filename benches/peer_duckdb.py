"""The peer of the matching benchmark: DuckDB joining a customer CSV to the
leads on lower(trim(email)), as an analyst would. Prints seconds and the
number of customer rows that matched a lead.

    python benches/peer_duckdb.py LEADS.csv CUSTOMERS.csv THREADS   (0 = all cores)
"""
import sys
import time

import duckdb

leads, customers, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = duckdb.connect()
if threads > 0:
    con.execute(f"SET threads = {threads}")
started = time.perf_counter()
(matched,) = con.execute(
    """
    SELECT count(*)
    FROM read_csv(?, header = true, all_varchar = true) AS c
    JOIN (SELECT DISTINCT lower(trim(email)) AS email
          FROM read_csv(?, header = true, all_varchar = true)) AS l
      ON lower(trim(c."Email")) = l.email
    """,
    [customers, leads],
).fetchone()
print(f"{time.perf_counter() - started:.4f} {matched}")
