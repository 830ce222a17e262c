-- A per-token request rate limit, e.g. 600 per 60 seconds; NULL means none.
ALTER TABLE tokens ADD COLUMN rate_requests INTEGER CHECK (rate_requests > 0);
ALTER TABLE tokens ADD COLUMN rate_per_seconds INTEGER CHECK (rate_per_seconds > 0);
