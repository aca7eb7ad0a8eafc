// PLACEHOLDER: `hirewire crawl` is registered but not built yet.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "app/commands.h"

namespace hirewire::app {

void RegisterCrawl(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("crawl", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::fprintf(stderr, "hirewire crawl: not built yet\n");
    *exit_code = kExitFatal;
  });
}

}  // namespace hirewire::app
