-- A token's rate limiter state (GCRA's theoretical arrival time, seconds
-- since the epoch), for servers that share one database. One SQLite server
-- keeps it in memory; the column keeps both schemas alike.
ALTER TABLE tokens ADD COLUMN rate_tat REAL;
