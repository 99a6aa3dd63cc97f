// Role: what a member of staff or an applicant may do in Octroi, and the permissions each role
// grants (docs/api.md). One table, read by the web API and the CLI, so that
// the browser, the API and `octroi user add` agree on who may do what.
#pragma once

#include <array>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class Role {
  kAdministrator,  // "administrator": everything, accounts included
  kInstructor,     // "instructor": edits awards, records declared interests
  kHeadOfService,  // "head_of_service": edits and validates
  kFinance,        // "finance": payments
  kReader,         // "reader": elected member, read-only
  // "organisation": an applicant's account, linked to its SIRET
  // (CallRepository::link_organisation_account). Sees the published calls and
  // its own organisation's applications only; none of the staff screens.
  kOrganisation,
};

enum class Permission {
  kRead,         // every screen and every GET
  kEditAwards,   // change an award's amount, description, quantity
  kValidate,     // validate a programme before the session
  kPayments,     // record payments
  kManageUsers,  // create accounts
  kDocuments,    // generate documents
  // Record a sitting: votes, attendance, proxies, recusals. The minutes are
  // the assembly's official record: administrator and head of service only.
  kRecordSessions,
  // Add a line to the register of members' interests. An interest can only
  // add a recusal (never remove a voter's name from a record), and the
  // instructor preparing a report is often the first to learn of one, so
  // instructors may record them too.
  kRecordInterests,
  // Follow agreements after the vote: draft, send, sign, amend, record a
  // review, settle a tranche, close. Signing and settling commit the
  // Department: administrator and head of service only.
  kManageAgreements,
  // Be signed in at all: who am I, log out, change one's own password.
  kOwnAccount,
  // Read the published calls for projects and the applications the account
  // may see (service/application_access.h decides which).
  kReadCalls,
  // Draft, complete, attach files to and submit an application for one's
  // own organisation: organisation accounts only.
  kApply,
  // Instruct applications: private notes, the rule's amount, propose an
  // amount or refuse with a reason; see every application and a session's annex.
  kInstruct,
};

// The Department's staff: every role but kOrganisation.
inline constexpr std::array<Role, 5> kStaffRoles = {
    Role::kAdministrator, Role::kInstructor, Role::kHeadOfService, Role::kFinance, Role::kReader};
inline constexpr std::array<Role, 6> kAllRoles = {Role::kAdministrator, Role::kInstructor,
                                                  Role::kHeadOfService, Role::kFinance,
                                                  Role::kReader,        Role::kOrganisation};

std::string_view to_key(Role role);    // "head_of_service"
std::string_view to_label(Role role);  // "Chef de service"
// kInvalidValue naming the known roles.
Result<Role> role_from_key(std::string_view key);

bool allows(Role role, Permission permission);
// Every role but kOrganisation.
bool is_staff(Role role);

}  // namespace octroi
