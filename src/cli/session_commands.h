// Internal to the `octroi session` commands: the options their subcommands
// share and the commands themselves — session.cc registers them,
// session_read.cc lists and prints, session_edit.cc records and changes
// (every change journaled).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "cli/command.h"
#include "service/session_repository.h"

namespace octroi::cli::session_cli {

struct SessionOptions {
  std::string session{};
  std::string programme{};
  std::string report{};
  std::string member{};
  std::string other_member{};
  std::string status{};
  std::string date{};
  std::string end_date{};
  std::string body = "standing_committee";
  std::string place{};
  std::string president{};
  std::string secretary{};
  std::string name{};
  std::string heading{};
  std::string siret{};
  std::string civility{};
  std::string group{};
  std::string organisation{};
  std::string organisation_id{};
  std::string role{};
  std::string number{};
  std::string title{};
  std::string deliberation{};
  std::string subject = "7.5";
  std::string output{};
  std::string casting_vote{};
  std::vector<std::string> for_groups{};
  std::vector<std::string> against_groups{};
  std::vector<std::string> abstain_groups{};
  std::vector<std::string> absent_groups{};
  int rank = 0;
  int for_count = 0;
  int against_count = 0;
  int abstain_count = 0;
  int absent_count = 0;
  int arrives_at = 0;
  int leaves_after = 0;
  std::int64_t interest = 0;
  bool non_voting = false;
  bool debated = false;
};

// The stored session `id`; kNotFound naming it otherwise.
Result<StoredSession> load_session(SessionRepository& sessions, const std::string& id);

// Read (session_read.cc).
int list(const GlobalOptions& global);
int member_list(const GlobalOptions& global);
int interest_list(const GlobalOptions& global);
int show(const GlobalOptions& global, const SessionOptions& options);
int text(const GlobalOptions& global, const SessionOptions& options);
int recusals(const GlobalOptions& global, const SessionOptions& options);
int scdl(const GlobalOptions& global, const SessionOptions& options);

// Change (session_edit.cc).
int record(const GlobalOptions& global, const SessionOptions& options);
int authority(const GlobalOptions& global, const SessionOptions& options);
int member_add(const GlobalOptions& global, const SessionOptions& options);
int interest_add(const GlobalOptions& global, const SessionOptions& options);
int interest_end(const GlobalOptions& global, const SessionOptions& options);
int create(const GlobalOptions& global, const SessionOptions& options);
int agenda_add(const GlobalOptions& global, const SessionOptions& options);
int attend(const GlobalOptions& global, const SessionOptions& options);
int proxy(const GlobalOptions& global, const SessionOptions& options);
int recuse(const GlobalOptions& global, const SessionOptions& options);
int vote(const GlobalOptions& global, const SessionOptions& options);

}  // namespace octroi::cli::session_cli
