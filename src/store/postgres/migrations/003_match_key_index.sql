-- A customer list is matched on email nearly always: the index that pages a
-- campaign's people by id also holds their emails (and leads' status), so
-- fetching their match keys can be an index-only scan.
DROP INDEX IF EXISTS leads_campaign_id;
CREATE INDEX leads_campaign_id ON leads (campaign_id, id) INCLUDE (email, status);
DROP INDEX IF EXISTS referrers_campaign_id;
CREATE INDEX referrers_campaign_id ON referrers (campaign_id, id) INCLUDE (email);
