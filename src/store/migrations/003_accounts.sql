-- Staff accounts and their browser sessions (src/api). A password is kept
-- only as its argon2id hash (libsodium's crypto_pwhash_str), a session token
-- only as its SHA-256: neither column opens a session by itself.
-- journal_by_entity serves the award page's history.

CREATE TABLE users (
  login         TEXT PRIMARY KEY,
  role          TEXT NOT NULL,   -- administrator, instructor, head_of_service, finance, reader
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL,   -- ISO 8601, UTC
  created_by    TEXT NOT NULL
);

CREATE TABLE web_sessions (
  token_hash TEXT PRIMARY KEY,   -- SHA-256 (hex) of the cookie's token
  login      TEXT NOT NULL REFERENCES users(login) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,      -- ISO 8601, UTC
  expires_at TEXT NOT NULL       -- ISO 8601, UTC: compared as text
);
CREATE INDEX web_sessions_by_expiry ON web_sessions(expires_at);

CREATE INDEX journal_by_entity ON journal(entity, entity_id, seq);
