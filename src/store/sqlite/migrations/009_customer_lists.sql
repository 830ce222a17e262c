-- Standing customer lists: a campaign's lists of customers, kept to qualify
-- (or keep from qualifying) the leads that match them, now and later. A
-- list's keys are never stored as they came: each is the HMAC-SHA256, under
-- the workspace's list secret, of the SHA-256 of the normalized key.
CREATE TABLE list_secrets (
    workspace_id  INTEGER PRIMARY KEY REFERENCES workspaces(id),
    secret        BLOB NOT NULL
);

CREATE TABLE customer_lists (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id),
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('qualify', 'exclude')),
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    expires_at   TEXT,
    UNIQUE (campaign_id, name)
);

CREATE TABLE customer_list_keys (
    list_id      INTEGER NOT NULL REFERENCES customer_lists(id),
    campaign_id  INTEGER NOT NULL,
    key_kind     TEXT NOT NULL,
    digest       BLOB NOT NULL,
    line         INTEGER NOT NULL,
    PRIMARY KEY (list_id, key_kind, digest)
);

CREATE INDEX customer_list_keys_match ON customer_list_keys (campaign_id, digest);

-- What each list did to a lead, and why: the explanation `lists show`
-- counts and `leads history` names.
CREATE TABLE list_matches (
    list_id     INTEGER NOT NULL REFERENCES customer_lists(id),
    lead_id     INTEGER NOT NULL REFERENCES leads(id),
    key_kind    TEXT NOT NULL,
    line        INTEGER NOT NULL,
    outcome     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE INDEX list_matches_by_list ON list_matches (list_id);
