-- PostgreSQL dialect of ../006_after_vote.sql (same tables; cents as BIGINT, payment ids from an identity).
-- After the vote (issue 10): agreements (conventions), their registry numbers
-- and the payments made on them. An agreement is kept whole as canonical JSON
-- (store/agreement_json.h: tranches, amendments with what each replaced,
-- reviews and settlements) with the columns lists and uniqueness need, and a
-- version for optimistic concurrency (1 when drafted, +1 at each change).
-- Registry numbers (2023-00963) are allocated in sequence per year and unique.
-- Payments are rows (summed per tranche and per budget line in the write
-- transaction that checks a new one fits); they are never updated: a
-- correction is journaled as a new payment. Money is integer cents, dates
-- ISO 8601 text, times ISO 8601 UTC.

CREATE TABLE agreement_sequences (
  year          INTEGER PRIMARY KEY,
  last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 0 AND 99999)
);

CREATE TABLE agreements (
  programme_id    TEXT NOT NULL,
  award_id        TEXT NOT NULL,     -- one agreement per award of a programme
  organisation_id TEXT NOT NULL,
  number          TEXT UNIQUE,       -- 2023-01628; NULL until signed
  status          TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'signed', 'amended', 'closed')),
  retention_until TEXT,              -- documents kept until (NULL: not stated)
  document        TEXT NOT NULL,     -- the whole agreement as canonical JSON
  version         INTEGER NOT NULL DEFAULT 1,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  PRIMARY KEY (programme_id, award_id)
);

CREATE TABLE payments (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- never reused
  programme_id     TEXT NOT NULL,
  award_id         TEXT NOT NULL,
  agreement_number TEXT NOT NULL,
  organisation_id  TEXT NOT NULL,
  tranche          TEXT NOT NULL,     -- "2024"
  kind             TEXT NOT NULL CHECK (kind IN ('advance', 'balance_payment')),
  paid_on          TEXT NOT NULL,
  amount_cents     BIGINT NOT NULL CHECK (amount_cents > 0),
  budget_line      TEXT NOT NULL,     -- "C02-446A05"
  recorded_at      TEXT NOT NULL,
  recorded_by      TEXT NOT NULL,
  FOREIGN KEY (programme_id, award_id) REFERENCES agreements(programme_id, award_id)
);
CREATE INDEX payments_by_tranche ON payments(programme_id, award_id, tranche);
CREATE INDEX payments_by_line ON payments(programme_id, budget_line);
