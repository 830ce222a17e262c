CREATE TABLE workspaces (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE tokens (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    name          TEXT NOT NULL,
    scope         TEXT NOT NULL CHECK (scope IN ('admin', 'read')),
    -- SHA-256 of the token, hex. Tokens are 256-bit random, so a fast hash is enough.
    token_hash    TEXT NOT NULL UNIQUE,
    -- The first characters, to tell tokens apart in listings.
    prefix        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);

CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'active', 'paused', 'archived')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (workspace_id, code)
);

CREATE TABLE referrers (
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(id),
    referral_code  TEXT NOT NULL,
    email          TEXT,
    name           TEXT,
    external_id    TEXT,
    phone          TEXT,
    created_at     TEXT NOT NULL,
    UNIQUE (campaign_id, referral_code)
);
CREATE UNIQUE INDEX referrers_by_email ON referrers (campaign_id, email) WHERE email IS NOT NULL;

CREATE TABLE leads (
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(id),
    referrer_id    INTEGER NOT NULL REFERENCES referrers(id),
    email          TEXT NOT NULL,
    name           TEXT,
    phone          TEXT,
    external_id    TEXT,
    referral_code  TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'qualified')),
    qualified_at   TEXT,
    created_at     TEXT NOT NULL,
    UNIQUE (campaign_id, email),
    UNIQUE (campaign_id, referral_code)
);
CREATE INDEX leads_by_external_id ON leads (campaign_id, external_id);
CREATE INDEX leads_by_created_at ON leads (campaign_id, created_at);

-- Append-only: rows are never updated or deleted.
CREATE TABLE qualifications (
    id               INTEGER PRIMARY KEY,
    lead_id          INTEGER NOT NULL REFERENCES leads(id),
    action           TEXT NOT NULL CHECK (action IN ('qualify', 'unqualify')),
    method           TEXT NOT NULL,
    actor            TEXT NOT NULL,
    reason           TEXT,
    idempotency_key  TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX qualifications_by_lead ON qualifications (lead_id, id);

CREATE TABLE idempotency_keys (
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    key           TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    status        INTEGER NOT NULL,
    body          BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
