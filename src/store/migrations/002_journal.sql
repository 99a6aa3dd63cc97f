-- The audit journal: an append-only record of every change (who, when, which
-- entity, before and after as canonical JSON). Each entry carries the hash of
-- the previous one: hash = SHA-256 over previous_hash and the entry's fields
-- (src/store/journal.cc), so an edit or a deletion breaks the chain and
-- `octroi audit verify` names the first bad entry. journal_head keeps the last
-- sequence number and hash, so that removing the latest entries shows too.
-- Triggers refuse UPDATE and DELETE; whoever drops them is still caught by the chain.

CREATE TABLE journal (
  seq           INTEGER PRIMARY KEY,  -- 1, 2, 3... without gaps
  time          TEXT NOT NULL,        -- ISO 8601, UTC
  user_name     TEXT NOT NULL,
  entity        TEXT NOT NULL,        -- programme, award...
  entity_id     TEXT NOT NULL,
  action        TEXT NOT NULL,        -- import, replace, create...
  before_json   TEXT,                 -- NULL when the entity did not exist
  after_json    TEXT,                 -- NULL when the entity was removed
  previous_hash TEXT NOT NULL,        -- hex; 64 zeros for the first entry
  hash          TEXT NOT NULL
);

CREATE TABLE journal_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO journal_head(id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'le journal d''audit est en ajout seul'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'le journal d''audit est en ajout seul'); END;
