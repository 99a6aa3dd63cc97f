// The scale benchmark of issue 4: 1 000 programmes × 100 awards (100 000
// awards) generated from the reference dataset (scale_generator.h), saved
// through ProgrammeRepository::save_programme on SQLite (a file in a temporary
// folder) and on PostgreSQL (a database created on the server that
// OCTROI_BENCH_POSTGRES_URL, or else OCTROI_TEST_POSTGRES_URL, names, and
// dropped at the end); then one programme's annex (annex_lines +
// build_annex_table) built while the database holds every award. Each figure
// is printed beside a peer measured in the same run (sqlite_peer.h,
// postgres_peer.h): the same rows written with the bare client API, the same
// rows read back. Not a test: it prints figures (bench/run-scale.sh).
//
// Usage: octroi_scale_bench [--programmes N] [--awards N] [--annex-runs N]
//                           [--backend sqlite|postgresql|both]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <numeric>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "bench/scale/award_values.h"
#include "bench/scale/postgres_peer.h"
#include "bench/scale/scale_generator.h"
#include "bench/scale/sqlite_peer.h"
#include "service/annex_table.h"
#include "store/postgres/postgres_database.h"
#include "store/store.h"

namespace octroi::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  int programmes = 1000;
  int awards = 100;
  int annex_runs = 200;
  std::string backend = "both";
};

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// The mean of values[from, to).
double mean_of(const std::vector<double>& values, std::size_t from, std::size_t to) {
  to = std::min(to, values.size());
  if (from >= to) return 0;
  return std::accumulate(values.begin() + static_cast<std::ptrdiff_t>(from),
                         values.begin() + static_cast<std::ptrdiff_t>(to), 0.0) /
         static_cast<double>(to - from);
}

std::string first_line_of(const std::string& path, const std::string& prefix) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with(prefix)) {
      auto colon = line.find(':');
      return colon == std::string::npos ? line : line.substr(colon + 2);
    }
  }
  return "?";
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  std::string five;
  std::string fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
  return text;
}

// Who and when the generated programmes are recorded as imported by.
Stamp bench_stamp() { return Stamp{"bench", "2026-11-28T18:00:00Z"}; }

// What one backend measured; the peers' fields stay empty when not run.
struct Figures {
  std::string backend;
  double load_seconds = 0;
  std::vector<double> per_programme;  // seconds, in load order
  double peer_load_seconds = 0;       // same rows and files, one transaction per programme
  double peer_bulk_seconds = 0;       // the award rows only, all in one transaction
  double annex_seconds = 0;           // median, annex_lines + build_annex_table
  double annex_lines_seconds = 0;     // median, annex_lines alone
  double annex_build_seconds = 0;     // median, build_annex_table alone
  double peer_annex_seconds = 0;      // median, the peer's read of the same rows
  int annex_line_count = 0;
  std::string size;
};

// Saves every generated programme through the repository, timing only save_programme.
Status load_octroi(ProgrammeRepository& repository, const ScaleGenerator& generator,
                   const Options& options, Figures& figures) {
  for (int index = 0; index < options.programmes; ++index) {
    const ProgrammeDataset dataset = generator.programme(index);
    const DatasetSource source = generator.source(index);
    const Clock::time_point start = Clock::now();
    OCTROI_TRY_STATUS(repository.save_programme(dataset, source, bench_stamp(), false));
    const double elapsed = seconds_since(start);
    figures.per_programme.push_back(elapsed);
    figures.load_seconds += elapsed;
    if ((index + 1) % 100 == 0) {
      fmt::print(stderr, "  {} : {} programmes enregistrés ({:.1f} s)\n", figures.backend,
                 index + 1, figures.load_seconds);
    }
  }
  return ok_status();
}

Status measure_annex(ProgrammeRepository& repository, const std::string& id, const Options& options,
                     Figures& figures) {
  std::vector<double> totals;
  std::vector<double> queries;
  std::vector<double> builds;
  for (int run = -5; run < options.annex_runs; ++run) {  // five warm-up runs
    const Clock::time_point start = Clock::now();
    OCTROI_TRY(std::vector<AnnexLine> lines, repository.annex_lines(id));
    const double query = seconds_since(start);
    const Clock::time_point build_start = Clock::now();
    OCTROI_TRY(AnnexTable table, build_annex_table(lines));
    const double build = seconds_since(build_start);
    figures.annex_line_count = table.line_count;
    if (run < 0) continue;
    totals.push_back(query + build);
    queries.push_back(query);
    builds.push_back(build);
  }
  figures.annex_seconds = median(totals);
  figures.annex_lines_seconds = median(queries);
  figures.annex_build_seconds = median(builds);
  return ok_status();
}

std::vector<AwardValues> values_of(const ProgrammeDataset& dataset) {
  std::vector<AwardValues> values;
  values.reserve(dataset.rows.size());
  const Stamp stamp = bench_stamp();
  for (const AnnexRow& row : dataset.rows) values.push_back(award_values(dataset, row, stamp));
  return values;
}

// The peer's load, with the same shape as Octroi's: one transaction per
// programme holding its files and its award rows. Generation is not timed.
template <typename Peer>
Status load_peer(Peer& peer, const ScaleGenerator& generator, const Options& options,
                 Figures& figures, Status (Peer::*insert_awards)(const std::vector<AwardValues>&),
                 Status (Peer::*insert_files)(const std::string&, const DatasetSource&)) {
  for (int index = 0; index < options.programmes; ++index) {
    const ProgrammeDataset dataset = generator.programme(index);
    const DatasetSource source = generator.source(index);
    const Clock::time_point start = Clock::now();
    OCTROI_TRY_STATUS(peer.begin());
    OCTROI_TRY_STATUS((peer.*insert_files)(dataset.programme.programme.id.key(), source));
    OCTROI_TRY_STATUS((peer.*insert_awards)(values_of(dataset)));
    OCTROI_TRY_STATUS(peer.commit());
    figures.peer_load_seconds += seconds_since(start);
  }
  return ok_status();
}

// The floor the brief names: every award row in one transaction, nothing else.
template <typename Peer>
Status load_peer_bulk(Peer& peer, const ScaleGenerator& generator, const Options& options,
                      Figures& figures,
                      Status (Peer::*insert_awards)(const std::vector<AwardValues>&)) {
  Clock::time_point start = Clock::now();
  OCTROI_TRY_STATUS(peer.begin());
  figures.peer_bulk_seconds += seconds_since(start);
  for (int index = 0; index < options.programmes; ++index) {
    const ProgrammeDataset dataset = generator.programme(index);
    start = Clock::now();
    OCTROI_TRY_STATUS((peer.*insert_awards)(values_of(dataset)));
    figures.peer_bulk_seconds += seconds_since(start);
  }
  start = Clock::now();
  OCTROI_TRY_STATUS(peer.commit());
  figures.peer_bulk_seconds += seconds_since(start);
  return ok_status();
}

template <typename Peer>
Status measure_peer_annex(Peer& peer, const std::string& id, const Options& options,
                          Figures& figures) {
  std::vector<double> totals;
  for (int run = -5; run < options.annex_runs; ++run) {
    const Clock::time_point start = Clock::now();
    OCTROI_TRY(std::vector<PeerAnnexRow> rows, peer.read_annex(id));
    const double elapsed = seconds_since(start);
    if (static_cast<int>(rows.size()) != options.awards) {
      return Error(ErrorCode::kInternal,
                   fmt::format("le pair lit {} lignes au lieu de {}", rows.size(), options.awards));
    }
    if (run >= 0) totals.push_back(elapsed);
  }
  figures.peer_annex_seconds = median(totals);
  return ok_status();
}

std::string megabytes(std::uintmax_t bytes) {
  return fmt::format("{:.0f} MB", static_cast<double>(bytes) / 1e6);
}

std::uintmax_t file_size_or_zero(const std::filesystem::path& path) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

Result<Figures> run_sqlite(const ScaleGenerator& generator, const Options& options) {
  Figures figures;
  figures.backend = "SQLite";
  char pattern[] = "/tmp/octroi-scale-XXXXXX";
  if (mkdtemp(pattern) == nullptr) return Error(ErrorCode::kIo, "mkdtemp impossible");
  const std::filesystem::path folder = pattern;
  struct Cleanup {
    std::filesystem::path folder;
    ~Cleanup() {
      std::error_code ignored;
      std::filesystem::remove_all(folder, ignored);
    }
  } cleanup{folder};

  const std::string id = generator.programme_id(options.programmes / 2);
  {
    OCTROI_TRY(auto repository,
               store::open_repository("sqlite:" + (folder / "octroi.db").string()));
    OCTROI_TRY_STATUS(load_octroi(*repository, generator, options, figures));
    OCTROI_TRY_STATUS(measure_annex(*repository, id, options, figures));
  }
  figures.size = megabytes(file_size_or_zero(folder / "octroi.db") +
                           file_size_or_zero(folder / "octroi.db-wal"));
  {
    OCTROI_TRY(SqlitePeer peer, SqlitePeer::create((folder / "peer.db").string()));
    OCTROI_TRY_STATUS(load_peer(peer, generator, options, figures, &SqlitePeer::insert_awards,
                                &SqlitePeer::insert_files));
    OCTROI_TRY_STATUS(measure_peer_annex(peer, id, options, figures));
  }
  {
    OCTROI_TRY(SqlitePeer bulk, SqlitePeer::create((folder / "peer-bulk.db").string()));
    OCTROI_TRY_STATUS(
        load_peer_bulk(bulk, generator, options, figures, &SqlitePeer::insert_awards));
  }
  return figures;
}

std::string postgres_server_url() {
  for (const char* name : {"OCTROI_BENCH_POSTGRES_URL", "OCTROI_TEST_POSTGRES_URL"}) {
    const char* url = std::getenv(name);
    if (url != nullptr && *url != '\0') return url;
  }
  return "";
}

// Databases created on the server for this run, dropped at the end.
class ScratchDatabases {
 public:
  explicit ScratchDatabases(std::string server_url) : server_url_(std::move(server_url)) {}
  ScratchDatabases(const ScratchDatabases&) = delete;
  ScratchDatabases& operator=(const ScratchDatabases&) = delete;
  ~ScratchDatabases() {
    auto server = postgres::Database::open(server_url_);
    if (!server.ok()) return;
    for (const std::string& name : names_) {
      (void)server->execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  // A new database; its URL.
  Result<std::string> create(const std::string& suffix) {
    const std::string name = fmt::format("octroi_scale_{}_{}", getpid(), suffix);
    OCTROI_TRY(auto server, postgres::Database::open(server_url_));
    OCTROI_TRY_STATUS(server.execute("CREATE DATABASE " + name));
    names_.push_back(name);
    return server_url_.substr(0, server_url_.rfind('/') + 1) + name;
  }

  Result<std::string> size_of(const std::string& suffix) {
    const std::string name = fmt::format("octroi_scale_{}_{}", getpid(), suffix);
    OCTROI_TRY(auto server, postgres::Database::open(server_url_));
    OCTROI_TRY(auto statement, server.prepare("SELECT pg_database_size(?1)"));
    statement.bind(1, std::string_view(name));
    OCTROI_TRY(bool row, statement.step());
    if (!row) return std::string("?");
    return megabytes(static_cast<std::uintmax_t>(statement.int64(0)));
  }

 private:
  std::string server_url_;
  std::vector<std::string> names_;
};

Result<Figures> run_postgres(const ScaleGenerator& generator, const Options& options,
                             const std::string& server_url) {
  Figures figures;
  figures.backend = "PostgreSQL";
  ScratchDatabases databases(server_url);
  const std::string id = generator.programme_id(options.programmes / 2);
  {
    OCTROI_TRY(std::string url, databases.create("octroi"));
    OCTROI_TRY(auto repository, store::open_repository(url));
    OCTROI_TRY_STATUS(load_octroi(*repository, generator, options, figures));
    OCTROI_TRY_STATUS(measure_annex(*repository, id, options, figures));
  }
  OCTROI_TRY(figures.size, databases.size_of("octroi"));
  {
    OCTROI_TRY(std::string url, databases.create("peer"));
    OCTROI_TRY(PostgresPeer peer, PostgresPeer::create(url));
    OCTROI_TRY_STATUS(load_peer(peer, generator, options, figures, &PostgresPeer::copy_awards,
                                &PostgresPeer::copy_files));
    OCTROI_TRY_STATUS(measure_peer_annex(peer, id, options, figures));
  }
  {
    OCTROI_TRY(std::string url, databases.create("bulk"));
    OCTROI_TRY(PostgresPeer bulk, PostgresPeer::create(url));
    OCTROI_TRY_STATUS(
        load_peer_bulk(bulk, generator, options, figures, &PostgresPeer::copy_awards));
  }
  return figures;
}

void print_figures(const Figures& figures, const Options& options, const char* peer_name,
                   const char* bulk_name, const char* annex_peer_name) {
  const double awards = static_cast<double>(options.programmes) * options.awards;
  const std::size_t tenth = figures.per_programme.size() / 10;
  fmt::print("\n### {}\n\n", figures.backend);
  fmt::print("| measure | Octroi | peer | peer figure | ratio |\n|---|---|---|---|---|\n");
  fmt::print(
      "| load {} programmes ({} awards) through `save_programme` | {:.1f} s ({:.1f} ms per "
      "programme, {:.0f} µs per award) | {} | {:.1f} s | {:.1f} |\n",
      options.programmes, awards, figures.load_seconds,
      figures.load_seconds * 1e3 / options.programmes, figures.load_seconds * 1e6 / awards,
      peer_name, figures.peer_load_seconds, figures.load_seconds / figures.peer_load_seconds);
  fmt::print("| (same load) | | {} | {:.2f} s | {:.1f} |\n", bulk_name, figures.peer_bulk_seconds,
             figures.load_seconds / figures.peer_bulk_seconds);
  fmt::print(
      "| one programme's annex ({} lines) with every award in the database: `annex_lines` "
      "+ `build_annex_table`, median of {} | {:.2f} ms ({:.2f} + {:.3f}) | {} | {:.2f} ms | "
      "{:.1f} |\n",
      figures.annex_line_count, options.annex_runs, figures.annex_seconds * 1e3,
      figures.annex_lines_seconds * 1e3, figures.annex_build_seconds * 1e3, annex_peer_name,
      figures.peer_annex_seconds * 1e3, figures.annex_seconds / figures.peer_annex_seconds);
  fmt::print(
      "\nsave_programme, mean per programme: first {} {:.1f} ms, last {} {:.1f} ms; "
      "Octroi's database at the end: {}.\n",
      tenth, mean_of(figures.per_programme, 0, tenth) * 1e3, tenth,
      mean_of(figures.per_programme, figures.per_programme.size() - tenth,
              figures.per_programme.size()) *
          1e3,
      figures.size);
}

Result<Options> parse_options(int argc, char** argv) {
  Options options;
  for (int index = 1; index < argc; ++index) {
    const std::string name = argv[index];
    if (index + 1 >= argc) return Error(ErrorCode::kUsage, "valeur manquante après " + name);
    const std::string value = argv[++index];
    if (name == "--backend") {
      if (value != "sqlite" && value != "postgresql" && value != "both") {
        return Error(ErrorCode::kUsage, "--backend : sqlite, postgresql ou both");
      }
      options.backend = value;
      continue;
    }
    int number = std::atoi(value.c_str());
    if (number <= 0) return Error(ErrorCode::kUsage, "nombre attendu après " + name);
    if (name == "--programmes") {
      options.programmes = number;
    } else if (name == "--awards") {
      options.awards = number;
    } else if (name == "--annex-runs") {
      options.annex_runs = number;
    } else {
      return Error(ErrorCode::kUsage, "option inconnue " + name);
    }
  }
  return options;
}

int run(int argc, char** argv) {
  auto options = parse_options(argc, argv);
  if (!options.ok()) {
    fmt::print(stderr, "octroi_scale_bench : {}\n", options.error().to_string());
    return 2;
  }
  const std::filesystem::path reference =
      std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";
  auto generator = ScaleGenerator::create(reference, options->awards);
  if (!generator.ok()) {
    fmt::print(stderr, "octroi_scale_bench : {}\n", generator.error().to_string());
    return 1;
  }
  fmt::print("## Scale benchmark: {} programmes × {} awards\n\n", options->programmes,
             options->awards);
  fmt::print(
      "- date: {}\n- machine: {}, {} cores (load average at start: {})\n- compiler: g++ "
      "{}{}\n- reference files stored with each programme: {} files, {} bytes\n",
      utc_now(), first_line_of("/proc/cpuinfo", "model name"), std::thread::hardware_concurrency(),
      load_average(), __VERSION__,
#ifdef NDEBUG
      ", NDEBUG",
#else
             ", assertions on",
#endif
      generator->source(0).files.size(), [&] {
        std::size_t bytes = 0;
        for (const auto& [name, content] : generator->source(0).files) {
          bytes += content.size();
        }
        return bytes;
      }());

  int status = 0;
  if (options->backend != "postgresql") {
    auto figures = run_sqlite(*generator, *options);
    if (figures.ok()) {
      print_figures(*figures, *options,
                    "sqlite3 C API: the same award rows and files, prepared INSERTs, one "
                    "transaction per programme",
                    "sqlite3 C API: the award rows only, all in one transaction",
                    "sqlite3 C API: SELECT of the same award rows from one table, no join");
    } else {
      fmt::print(stderr, "SQLite : {}\n", figures.error().to_string());
      status = 1;
    }
  }
  if (options->backend != "sqlite") {
    const std::string server = postgres_server_url();
    if (server.empty()) {
      fmt::print(
          "\n### PostgreSQL\n\nNot measured: neither OCTROI_BENCH_POSTGRES_URL nor "
          "OCTROI_TEST_POSTGRES_URL is set (bench/run-scale.sh starts a throwaway "
          "server).\n");
      fmt::print(stderr,
                 "octroi_scale_bench : PostgreSQL absent : OCTROI_BENCH_POSTGRES_URL et "
                 "OCTROI_TEST_POSTGRES_URL ne sont pas définies (bench/run-scale.sh lance un "
                 "serveur temporaire)\n");
      if (options->backend == "postgresql") status = 1;
    } else {
      auto figures = run_postgres(*generator, *options, server);
      if (figures.ok()) {
        print_figures(*figures, *options,
                      "libpqxx COPY (stream_to): the same award rows and files, one transaction "
                      "per programme",
                      "libpqxx COPY: the award rows only, all in one transaction",
                      "libpqxx: prepared SELECT of the same award rows from one table, no join");
      } else {
        fmt::print(stderr, "PostgreSQL : {}\n", figures.error().to_string());
        status = 1;
      }
    }
  }
  fmt::print("\nload average at the end: {}\n", load_average());
  return status;
}

}  // namespace
}  // namespace octroi::bench

int main(int argc, char** argv) { return octroi::bench::run(argc, argv); }
