-- When an event happened, as its sender said (Stripe's `created`, or the
-- event's `occurred_at`); threshold windows count from it. NULL for events
-- stored before this column: they happened when they were received.
ALTER TABLE events ADD COLUMN occurred_at TEXT;
