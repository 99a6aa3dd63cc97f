// PdfConverter: posix_spawn of soffice, no shell.
#include "docs/pdf_converter.h"

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "docs/temporary_folder.h"

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX, for posix_spawn

namespace octroi::docs {
namespace {

constexpr auto kTimeout = std::chrono::seconds(90);

bool is_executable(const std::filesystem::path& file) {
  return access(file.c_str(), X_OK) == 0 && !std::filesystem::is_directory(file);
}

}  // namespace

std::optional<std::filesystem::path> find_soffice() {
  if (const char* chosen = std::getenv("OCTROI_SOFFICE"); chosen != nullptr && *chosen != '\0') {
    if (is_executable(chosen)) return std::filesystem::path(chosen);
    return std::nullopt;
  }
  const char* path = std::getenv("PATH");
  const std::string folders = path != nullptr ? path : "/usr/bin:/bin";
  for (const char* name : {"soffice", "libreoffice"}) {
    std::size_t start = 0;
    while (start <= folders.size()) {
      std::size_t end = folders.find(':', start);
      if (end == std::string::npos) end = folders.size();
      const std::string folder = folders.substr(start, end - start);
      if (!folder.empty()) {
        const std::filesystem::path candidate = std::filesystem::path(folder) / name;
        if (is_executable(candidate)) return candidate;
      }
      start = end + 1;
    }
  }
  return std::nullopt;
}

Result<std::string> convert_to_pdf(std::string_view odt_bytes) {
  const std::optional<std::filesystem::path> soffice = find_soffice();
  if (!soffice) {
    return Error(ErrorCode::kToolMissing,
                 "LibreOffice (soffice) n'est pas installé : le PDF ne peut pas être produit "
                 "(installez le paquet libreoffice-writer-nogui, ou demandez le format odt)");
  }
  OCTROI_TRY(TemporaryFolder folder, TemporaryFolder::create());
  const std::filesystem::path input = folder.path() / "document.odt";
  OCTROI_TRY_STATUS(write_file_bytes(input, odt_bytes));

  const std::string profile =
      "-env:UserInstallation=file://" + (folder.path() / "profile").string();
  const std::string out_folder = folder.path().string();
  const std::string input_name = input.string();
  const std::string program = soffice->string();
  std::vector<std::string> arguments = {program,       profile,        "--headless",
                                        "--norestore", "--convert-to", "pdf",
                                        "--outdir",    out_folder,     input_name};
  std::vector<char*> argv;
  argv.reserve(arguments.size() + 1);
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t child = 0;
  const int spawned = posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return Error(ErrorCode::kToolMissing,
                 fmt::format("LibreOffice (« {} ») ne peut pas être lancé", program));
  }
  const auto deadline = std::chrono::steady_clock::now() + kTimeout;
  int status = 0;
  while (true) {
    const pid_t done = waitpid(child, &status, WNOHANG);
    if (done == child) break;
    if (done < 0) return Error(ErrorCode::kIo, "attente de LibreOffice impossible");
    if (std::chrono::steady_clock::now() > deadline) {
      kill(child, SIGKILL);
      waitpid(child, &status, 0);
      return Error(ErrorCode::kIo, "LibreOffice n'a pas produit le PDF en 90 secondes");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const std::filesystem::path output = folder.path() / "document.pdf";
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !std::filesystem::exists(output)) {
    return Error(ErrorCode::kIo, "LibreOffice n'a pas pu convertir le document en PDF");
  }
  return read_file_bytes(output);
}

}  // namespace octroi::docs
