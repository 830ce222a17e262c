-- Qualification rules: what turns an incoming event into a qualification.
CREATE TABLE rules (
    id                INTEGER PRIMARY KEY,
    campaign_id       INTEGER NOT NULL REFERENCES campaigns(id),
    name              TEXT NOT NULL,
    event_type        TEXT NOT NULL,
    identity_kind     TEXT NOT NULL CHECK (identity_kind IN ('email', 'code', 'external_id')),
    identity_path     TEXT NOT NULL,
    condition         TEXT,
    threshold_field   TEXT,
    threshold_amount  REAL,
    threshold_days    INTEGER,
    action            TEXT NOT NULL CHECK (action IN ('qualify', 'unqualify')),
    enabled           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (campaign_id, name)
);

-- Every event received, once per workspace and event id, with what it did.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    event_key     TEXT NOT NULL,
    type          TEXT NOT NULL,
    source        TEXT NOT NULL,
    payload       TEXT NOT NULL,
    decisions     TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    UNIQUE (workspace_id, event_key)
);

-- The amounts a rule's matching events brought a lead, for thresholds.
CREATE TABLE rule_matches (
    rule_id   INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
    lead_id   INTEGER NOT NULL REFERENCES leads(id),
    event_id  INTEGER NOT NULL REFERENCES events(id),
    amount    REAL NOT NULL,
    at        TEXT NOT NULL,
    PRIMARY KEY (rule_id, event_id)
);
CREATE INDEX rule_matches_by_lead ON rule_matches (rule_id, lead_id);

-- Changes made by a rule name it and the event behind them.
ALTER TABLE qualifications ADD COLUMN rule TEXT;
ALTER TABLE qualifications ADD COLUMN event TEXT;

-- Shared secrets of the inbound webhooks, per workspace and kind. They must
-- be kept readable to check signatures; they are shown once, when made.
CREATE TABLE webhook_secrets (
    workspace_id     INTEGER NOT NULL REFERENCES workspaces(id),
    kind             TEXT NOT NULL CHECK (kind IN ('generic', 'stripe')),
    secret           TEXT NOT NULL,
    -- The secret before the last rotation, accepted for a day after it.
    previous_secret  TEXT,
    rotated_at       TEXT,
    -- Requests refused for a bad, stale or missing signature.
    refused          INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (workspace_id, kind)
);
