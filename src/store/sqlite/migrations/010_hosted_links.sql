-- The bridge: a workspace linked to a program on a hosted platform. Its
-- campaigns, referrers and leads mirror the platform's (remote_id is the
-- platform's own id); what its rules, webhooks and lists decide is written
-- to the outbox in the decision's transaction and delivered from there,
-- exactly once. The platform's token is never stored: only the name of the
-- environment variable or the path of the file the server reads it from.
CREATE TABLE hosted_links (
    workspace_id    INTEGER PRIMARY KEY REFERENCES workspaces(id),
    provider        TEXT NOT NULL,
    api_url         TEXT NOT NULL,
    token_env       TEXT,
    token_file      TEXT,
    -- The pace asked for (requests per seconds); NULL: the platform's default.
    rate_requests   INTEGER,
    rate_seconds    INTEGER,
    -- Days the platform holds each credit before awarding it (GrowSurf's
    -- delayInDays: a refund inside them cancels it); NULL: awarded at once.
    hold_days       INTEGER,
    -- Seconds of rest after the platform answered 429.
    cool_down       INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    synced_at       TEXT,
    sync_error      TEXT,
    delivery_error  TEXT,
    -- No call to the platform before this (epoch seconds), from its last 429.
    cool_until      REAL,
    -- The server process that syncs and delivers for the link, and until
    -- when it holds it (epoch seconds): one at a time, across processes.
    worker          TEXT,
    worker_until    REAL,
    CHECK ((token_env IS NULL) <> (token_file IS NULL))
);

ALTER TABLE campaigns ADD COLUMN remote_id TEXT;
ALTER TABLE referrers ADD COLUMN remote_id TEXT;
ALTER TABLE leads ADD COLUMN remote_id TEXT;
CREATE UNIQUE INDEX campaigns_by_remote_id ON campaigns (workspace_id, remote_id) WHERE remote_id IS NOT NULL;
CREATE UNIQUE INDEX referrers_by_remote_id ON referrers (campaign_id, remote_id) WHERE remote_id IS NOT NULL;
CREATE UNIQUE INDEX leads_by_remote_id ON leads (campaign_id, remote_id) WHERE remote_id IS NOT NULL;

-- A qualification change to make on the platform. Written with the change
-- itself; delivered in order per lead.
CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL REFERENCES workspaces(id),
    lead_id        INTEGER NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('qualify', 'unqualify')),
    actor          TEXT NOT NULL,
    reason         TEXT,
    rule           TEXT,
    event          TEXT,
    state          TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'applied', 'failed', 'skipped', 'discarded')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    -- Not before this (epoch seconds): the backoff after a failed attempt.
    due_at         REAL NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    answer_status  INTEGER,
    answer         TEXT,
    note           TEXT,
    -- A qualify applied with a hold: until when the platform holds it.
    hold_until     TEXT
);
CREATE INDEX outbox_by_state ON outbox (workspace_id, state, id);
CREATE INDEX outbox_by_lead ON outbox (lead_id, id);
CREATE INDEX outbox_by_event ON outbox (workspace_id, event);

-- Every call made for an entry and what the platform answered. Append-only.
CREATE TABLE outbox_attempts (
    id             INTEGER PRIMARY KEY,
    outbox_id      INTEGER NOT NULL REFERENCES outbox(id),
    at             TEXT NOT NULL,
    what           TEXT NOT NULL,
    answer_status  INTEGER,
    answer         TEXT
);
CREATE INDEX outbox_attempts_by_entry ON outbox_attempts (outbox_id, id);

-- Changes of kept customer lists join the record of changes (SQLite
-- changes a CHECK by rebuilding its table).
CREATE TABLE changes_new (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    subject       TEXT NOT NULL CHECK (subject IN ('lead', 'referrer', 'list')),
    subject_id    INTEGER NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('update', 'delete', 'create', 'add_keys', 'replace_keys', 'remove_keys', 'purge', 'forget')),
    actor         TEXT NOT NULL,
    before        TEXT NOT NULL,
    after         TEXT,
    created_at    TEXT NOT NULL
);
INSERT INTO changes_new SELECT id, workspace_id, subject, subject_id, action, actor, before, after, created_at FROM changes;
DROP TABLE changes;
ALTER TABLE changes_new RENAME TO changes;
CREATE INDEX changes_by_subject ON changes (workspace_id, subject, subject_id, id);
