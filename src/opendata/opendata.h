// The opendata module's public surface: the SCDL (Socle Commun des Données
// Locales) exports Octroi publishes and the readers and validators of the
// files others publish (data/opendata/ holds the schemas).
#pragma once

#include "opendata/csv_reader.h"
#include "opendata/digest_byte_source.h"
#include "opendata/read_ahead_records.h"
#include "opendata/scdl_deliberations.h"
#include "opendata/scdl_subventions.h"
#include "opendata/scdl_subventions_export.h"
#include "opendata/scdl_subventions_fast_validator.h"
#include "opendata/scdl_subventions_import.h"
#include "opendata/scdl_subventions_validator.h"
