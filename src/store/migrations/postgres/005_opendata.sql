-- PostgreSQL dialect of ../005_opendata.sql (same tables; ids from an identity, BIGINT cents).
-- SCDL "subventions" files loaded by `octroi opendata import` (docs/opendata.md):
-- one row per file, known by the SHA-256 of its bytes (set when the import
-- commits; NULL only inside the importing transaction), and one row per award
-- of the file with the line it starts on. Amounts are integer cents; dates ISO
-- 8601 text; the percentage kept as its exact decimal text ("0.45").

CREATE TABLE opendata_files (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  digest      TEXT UNIQUE,
  file_name   TEXT NOT NULL,
  row_count   BIGINT NOT NULL,
  total_cents BIGINT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
);

CREATE TABLE opendata_awards (
  file_id                 BIGINT NOT NULL REFERENCES opendata_files(id) ON DELETE CASCADE,
  line                    INTEGER NOT NULL,
  nom_attribuant          TEXT NOT NULL,
  id_attribuant           TEXT NOT NULL,
  date_convention         TEXT NOT NULL,
  reference_decision      TEXT NOT NULL,
  nom_beneficiaire        TEXT NOT NULL,
  id_beneficiaire         TEXT NOT NULL,
  rna_beneficiaire        TEXT NOT NULL,
  objet                   TEXT NOT NULL,
  montant_cents           BIGINT NOT NULL,
  nature                  TEXT NOT NULL,
  conditions_versement    TEXT NOT NULL,
  versement_debut         TEXT NOT NULL,
  versement_fin           TEXT NOT NULL,
  id_rae                  TEXT NOT NULL,
  notification_ue         INTEGER NOT NULL CHECK (notification_ue IN (0, 1)),
  pourcentage_subvention  TEXT NOT NULL,
  dispositif_aide         TEXT NOT NULL,
  PRIMARY KEY (file_id, line)
);
