-- PostgreSQL dialect of ../001_initial.sql (same tables; money in BIGINT cents).
-- The programme as imported: its core records, relational so that staff can
-- query and edit them, and its dataset files kept verbatim, so that every
-- printed fact (report statements, tables, session, amendments) stays in the
-- database exactly as it was read. Money is integer cents; dates ISO 8601 text.

CREATE TABLE programmes (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  call_title    TEXT NOT NULL,
  year          INTEGER NOT NULL,
  phase         INTEGER NOT NULL,
  authority     TEXT NOT NULL,
  source_digest TEXT NOT NULL,  -- SHA-256 of the dataset files: the same document imported twice is refused
  imported_at   TEXT NOT NULL,
  imported_by   TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE programme_files (
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  content      TEXT NOT NULL,
  PRIMARY KEY (programme_id, name)
);

CREATE TABLE themes (
  programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,
  title        TEXT NOT NULL,
  PRIMARY KEY (programme_id, number)
);

CREATE TABLE operations (
  programme_id  TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  id            TEXT NOT NULL,
  theme_number  INTEGER NOT NULL,
  number        INTEGER NOT NULL,
  title         TEXT NOT NULL,
  annex_title   TEXT,            -- the title as Annex 4 prints it, when it differs
  budget_line   TEXT NOT NULL,
  PRIMARY KEY (programme_id, id),
  FOREIGN KEY (programme_id, theme_number) REFERENCES themes(programme_id, number)
);

CREATE TABLE organisations (
  id                   TEXT PRIMARY KEY,
  name                 TEXT NOT NULL,
  legal_form           TEXT,
  siret                TEXT,
  address              TEXT,
  representative       TEXT,
  representative_title TEXT,
  version              INTEGER NOT NULL DEFAULT 1
);

-- Annex 4 in printed order: awards and declared totals share one sequence.
CREATE TABLE awards (
  programme_id         TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  id                   TEXT NOT NULL,
  position             INTEGER NOT NULL,
  operation_id         TEXT NOT NULL,
  organisation_id      TEXT NOT NULL REFERENCES organisations(id),
  organisation_printed TEXT NOT NULL,
  territory_keys       TEXT NOT NULL,  -- space-separated canonical keys
  territory_printed    TEXT NOT NULL,
  description          TEXT NOT NULL,
  quantity_units       BIGINT,         -- Quantity units (1/10 000)
  quantity_unit        TEXT,
  period_start         TEXT,
  period_end           TEXT,
  period_printed       TEXT,
  amount_cents         BIGINT NOT NULL,
  amount_printed       TEXT NOT NULL,
  instrument           TEXT NOT NULL,
  instrument_printed   TEXT,
  source_line          INTEGER,
  version              INTEGER NOT NULL DEFAULT 1,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  PRIMARY KEY (programme_id, id),
  UNIQUE (programme_id, position),
  FOREIGN KEY (programme_id, operation_id) REFERENCES operations(programme_id, id)
);

CREATE TABLE declared_totals (
  programme_id   TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  id             TEXT NOT NULL,
  position       INTEGER NOT NULL,
  scope          TEXT NOT NULL,
  theme_number   INTEGER,
  operation_id   TEXT,
  label          TEXT NOT NULL,
  amount_cents   BIGINT NOT NULL,
  amount_printed TEXT NOT NULL,
  covers         TEXT NOT NULL,  -- space-separated award ids
  source_line    INTEGER,
  PRIMARY KEY (programme_id, id)
);

CREATE INDEX awards_by_organisation ON awards(organisation_id);
CREATE INDEX awards_by_operation ON awards(programme_id, operation_id);
