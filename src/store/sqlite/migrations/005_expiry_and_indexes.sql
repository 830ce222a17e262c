-- A stored response that carries a secret is replayable only for a while.
ALTER TABLE idempotency_keys ADD COLUMN expires_at TEXT;
-- Tokens may expire.
ALTER TABLE tokens ADD COLUMN expires_at TEXT;
-- Lists of a campaign's leads and referrers, and lookups, by index.
CREATE INDEX IF NOT EXISTS leads_campaign_id ON leads (campaign_id, id);
CREATE INDEX IF NOT EXISTS referrers_campaign_id ON referrers (campaign_id, id);
CREATE INDEX IF NOT EXISTS leads_by_status ON leads (campaign_id, status, id);
-- Events once kept a missing data as null; their data is an object.
UPDATE events SET payload = '{}' WHERE payload = 'null';
