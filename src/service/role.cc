#include "service/role.h"

#include <fmt/format.h>
#include <string>

namespace octroi {

std::string_view to_key(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "administrator";
    case Role::kInstructor:
      return "instructor";
    case Role::kHeadOfService:
      return "head_of_service";
    case Role::kFinance:
      return "finance";
    case Role::kReader:
      return "reader";
    case Role::kOrganisation:
      return "organisation";
  }
  return "reader";
}

std::string_view to_label(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "Administrateur";
    case Role::kInstructor:
      return "Instructeur";
    case Role::kHeadOfService:
      return "Chef de service";
    case Role::kFinance:
      return "Finances";
    case Role::kReader:
      return "Élu / lecture seule";
    case Role::kOrganisation:
      return "Structure candidate";
  }
  return "Élu / lecture seule";
}

Result<Role> role_from_key(std::string_view key) {
  std::string known;
  for (Role role : kAllRoles) {
    if (to_key(role) == key) return role;
    if (!known.empty()) known += ", ";
    known += to_key(role);
  }
  return Error(ErrorCode::kInvalidValue,
               fmt::format("rôle inconnu « {} » : attendu l'un de {}", key, known));
}

bool is_staff(Role role) { return role != Role::kOrganisation; }

bool allows(Role role, Permission permission) {
  switch (permission) {
    case Permission::kOwnAccount:
    case Permission::kReadCalls:
      return true;
    case Permission::kRead:
    case Permission::kDocuments:
      return is_staff(role);
    case Permission::kApply:
      return role == Role::kOrganisation;
    case Permission::kInstruct:
    case Permission::kEditAwards:
      return role == Role::kAdministrator || role == Role::kInstructor ||
             role == Role::kHeadOfService;
    case Permission::kValidate:
    case Permission::kRecordSessions:
    case Permission::kManageAgreements:
      return role == Role::kAdministrator || role == Role::kHeadOfService;
    case Permission::kRecordInterests:
      return role == Role::kAdministrator || role == Role::kHeadOfService ||
             role == Role::kInstructor;
    case Permission::kPayments:
      return role == Role::kAdministrator || role == Role::kFinance;
    case Permission::kManageUsers:
      return role == Role::kAdministrator;
  }
  return false;
}

}  // namespace octroi
