// The sitting a programme's dataset records as printed (session.yaml), turned
// into the authority, the register of members and the session Octroi keeps
// (`octroi session record --programme ID`). Members take their rank from the
// order of session.yaml's member list (the attendance lists' order) and a
// mandate in the body, with or without a deliberative vote as listed. Every
// member named by a recusal statement is recused from the report. Proxies:
// when the printed number of absents without proxy equals the members said
// to have given none, every other voting member not in the room gave one,
// whose holder the deliberation does not name.
#pragma once

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/session_repository.h"

namespace octroi {

// "cp-2023-09-18", "cd-2023-12-11".
SessionId session_id_for(DeliberativeBody body, Date date);

// kMissingField when the dataset records no sitting (no date or no
// attendance); the domain's errors when what it records is inconsistent.
Result<SessionBundle> session_bundle_from_dataset(const ProgrammeDataset& dataset);

}  // namespace octroi
