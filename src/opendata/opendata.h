// The opendata module's public surface: the SCDL (Socle Commun des Données
// Locales) exports Octroi publishes and the readers and validators of the
// files others publish (../shared/opendata/ holds the schemas).
#pragma once

#include "opendata/scdl_deliberations.h"
