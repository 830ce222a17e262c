-- A customer list is matched on email nearly always: the index that pages a
-- campaign's people by id also holds their emails (and leads' status), so
-- fetching a million leads' match keys reads the index alone, never the table.
DROP INDEX IF EXISTS leads_campaign_id;
CREATE INDEX leads_campaign_id ON leads (campaign_id, id, email, status);
DROP INDEX IF EXISTS referrers_campaign_id;
CREATE INDEX referrers_campaign_id ON referrers (campaign_id, id, email);
