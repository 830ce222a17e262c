-- Who changed or deleted a lead or a referrer, and what it was before and
-- after. Append-only: a deleted lead's last state and its qualification
-- history live on here.
CREATE TABLE changes (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id),
    subject       TEXT NOT NULL CHECK (subject IN ('lead', 'referrer')),
    subject_id    INTEGER NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('update', 'delete')),
    actor         TEXT NOT NULL,
    before        TEXT NOT NULL,
    after         TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX changes_by_subject ON changes (workspace_id, subject, subject_id, id);
