// `hirewire db migrate FILE|URL`: brings a store to the schema version of this build
// (corpus/store.h, docs/store.md): a SQLite file, or a PostgreSQL store (postgresql://...).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "app/commands.h"
#include "corpus/pg.h"
#include "corpus/store.h"

namespace hirewire::app {
namespace {

int RunMigrate(const std::string& path) {
  const std::string where = pg::IsPostgresUrl(path) ? pg::WithoutPassword(path) : path;
  auto from = Store::Migrate(path);
  if (!from.ok()) {
    std::fprintf(stderr, "hirewire db migrate: %s: %s\n", where.c_str(), from.status().ToString().c_str());
    return kExitFatal;
  }
  if (*from == Store::kSchemaVersion)
    std::fprintf(stderr, "hirewire db migrate: %s is at schema version %d; nothing to do\n", where.c_str(),
                 *from);
  else if (*from == 0)
    std::fprintf(stderr, "hirewire db migrate: %s had no store; created at schema version %d\n",
                 where.c_str(), Store::kSchemaVersion);
  else
    std::fprintf(stderr, "hirewire db migrate: %s migrated from schema version %d to %d\n", where.c_str(),
                 *from, Store::kSchemaVersion);
  return kExitOk;
}

}  // namespace

void RegisterDb(CLI::App& app, int* exit_code) {
  auto* db = app.add_subcommand("db", "Store maintenance");
  db->require_subcommand(1);
  auto path = std::make_shared<std::string>();
  auto* migrate = db->add_subcommand("migrate", "Apply forward schema migrations to a store (docs/store.md)");
  migrate->add_option("file", *path, "SQLite store file, or a PostgreSQL store (postgresql://...)")
      ->required()
      ->check(CLI::Validator(
          [](std::string& p) { return pg::IsPostgresUrl(p) ? std::string() : CLI::ExistingFile(p); },
          "FILE|URL"));
  migrate->callback([path, exit_code] { *exit_code = RunMigrate(*path); });
}

}  // namespace hirewire::app
