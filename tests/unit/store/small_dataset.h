// A two-row programme built by hand (one theme, one operation, two
// organisations, 8 000,00 € and 25 973,34 €) and its dataset source, shared
// by the store tests. Defined in programme_repository_test.cc, since the test
// build compiles only *_test.cc files.
#pragma once

#include <string>

#include "domain/programme_dataset.h"
#include "service/programme_repository.h"

namespace octroi {

ProgrammeDataset small_dataset();
DatasetSource small_source(const std::string& marker = "a");

}  // namespace octroi
