-- PostgreSQL dialect of ../002_journal.sql: the audit journal, append-only,
-- each entry chained to the previous one by a SHA-256 hash.

CREATE TABLE journal (
  seq           BIGINT PRIMARY KEY,   -- 1, 2, 3... without gaps
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
  seq  BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO journal_head(id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION journal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  RAISE EXCEPTION 'le journal d''audit est en ajout seul';
END;
$body$;
CREATE TRIGGER journal_no_update BEFORE UPDATE OR DELETE ON journal
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
