#include "cli/command.h"

#include <cstdio>

namespace octroi::cli {

int report_error(const Error& error) {
  std::fprintf(stderr, "octroi : %s\n", error.to_string().c_str());
  switch (error.code()) {
    case ErrorCode::kUsage:
      return kExitUsage;
    case ErrorCode::kIo:
      return kExitStorage;
    case ErrorCode::kInternal:
      return kExitInternal;
    default:
      return kExitData;
  }
}

}  // namespace octroi::cli
