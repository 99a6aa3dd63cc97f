-- Sessions (séances) of the deliberative bodies and what they need: the
-- authority (one row), the members with their mandates, the register of
-- members' interests, and each session kept whole as canonical JSON
-- (store/session_json.h) with the columns its list shows. Dates are ISO 8601
-- text (YYYY-MM-DD), times ISO 8601 UTC. Mutable records carry a version
-- (1 when written, +1 at each change) for optimistic concurrency.

CREATE TABLE authority (
  id         INTEGER PRIMARY KEY CHECK (id = 1),  -- a single row
  name       TEXT NOT NULL,
  heading    TEXT NOT NULL,
  siret      TEXT,                                -- 14 digits, when known
  seat       TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE members (
  id         TEXT PRIMARY KEY,
  civility   TEXT NOT NULL,     -- mister, madam
  name       TEXT NOT NULL,
  group_name TEXT NOT NULL,     -- '' when the member sits in no group
  rank       INTEGER NOT NULL,  -- order in the attendance lists
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE mandates (
  member_id         TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,  -- order within the member's mandates, from 1
  body              TEXT NOT NULL,     -- standing_committee, departmental_council
  start_date        TEXT,              -- NULL: since before the records
  end_date          TEXT,              -- NULL: still in office
  deliberative_vote INTEGER NOT NULL CHECK (deliberative_vote IN (0, 1)),
  PRIMARY KEY (member_id, position)
);

CREATE TABLE interests (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused
  member_id         TEXT NOT NULL REFERENCES members(id),
  organisation_id   TEXT,              -- the programmes' organisation, when it is one
  organisation_name TEXT NOT NULL,
  siret             TEXT,
  role              TEXT NOT NULL,
  start_date        TEXT NOT NULL,
  end_date          TEXT,              -- NULL: still held
  declared_by       TEXT NOT NULL,
  declared_at       TEXT NOT NULL
);
CREATE INDEX interests_by_organisation ON interests(organisation_id);
CREATE INDEX interests_by_member ON interests(member_id, id);

CREATE TABLE sessions (
  id           TEXT PRIMARY KEY,
  body         TEXT NOT NULL,     -- standing_committee, departmental_council
  date         TEXT NOT NULL,
  agenda_items INTEGER NOT NULL,  -- reports on the agenda, for the list
  document     TEXT NOT NULL,     -- the whole session as canonical JSON
  version      INTEGER NOT NULL DEFAULT 1,
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL
);
CREATE INDEX sessions_by_date ON sessions(date, id);
