-- Calls for projects and applications (issue 12). A call and an application
-- are each kept whole as canonical JSON (store/call_json.h) with a version
-- for optimistic concurrency (1 when created, +1 at each change) and the
-- columns their lists filter and sort on. Receipt numbers are allocated in
-- sequence per call and unique. Attachments' bytes are kept once per
-- SHA-256 (base64 text: both backends bind text), their metadata in the
-- application's document. An organisation (by SIRET) has several accounts
-- (logins of the web application); a login acts for one organisation. Applicant
-- organisations are keyed by SIRET, apart from the programmes' organisations (001).
-- Money is integer cents, dates ISO 8601 text, times ISO 8601 UTC.

CREATE TABLE calls (
  id           TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
  opens_on     TEXT NOT NULL,
  closes_on    TEXT NOT NULL,
  document     TEXT NOT NULL,     -- the whole call as canonical JSON
  version      INTEGER NOT NULL DEFAULT 1,
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL
);

CREATE TABLE call_receipts (
  call_id       TEXT PRIMARY KEY REFERENCES calls(id),
  last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 0 AND 99999)
);

CREATE TABLE applications (
  id              TEXT PRIMARY KEY,
  call_id         TEXT NOT NULL REFERENCES calls(id),
  organisation_id TEXT NOT NULL,
  siret           TEXT,              -- 14 digits; NULL in a draft without one
  operation_id    TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'instructed', 'proposed',
                                                  'refused', 'awarded')),
  receipt         TEXT UNIQUE,       -- NULL until submitted
  session_id      TEXT,              -- the session it is proposed to, when it is
  requested_cents INTEGER NOT NULL CHECK (requested_cents >= 0),
  document        TEXT NOT NULL,     -- the whole application as canonical JSON
  version         INTEGER NOT NULL DEFAULT 1,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL
);
CREATE INDEX applications_by_call ON applications(call_id, operation_id);
CREATE INDEX applications_by_siret ON applications(siret);
CREATE INDEX applications_by_session ON applications(session_id);

CREATE TABLE attachment_contents (
  sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size        INTEGER NOT NULL CHECK (size > 0),
  media_type  TEXT NOT NULL CHECK (media_type = 'application/pdf'),
  content     TEXT NOT NULL,        -- base64
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);

CREATE TABLE applicant_organisations (
  siret           TEXT PRIMARY KEY CHECK (length(siret) = 14),
  organisation_id TEXT NOT NULL,
  name            TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL
);

CREATE TABLE organisation_accounts (
  login      TEXT PRIMARY KEY,      -- a login of accounts (migration 003)
  siret      TEXT NOT NULL REFERENCES applicant_organisations(siret),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX organisation_accounts_by_siret ON organisation_accounts(siret);
