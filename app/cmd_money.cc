// PLACEHOLDER: `hirewire money` is registered but not built yet.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "app/commands.h"

namespace hirewire::app {

void RegisterMoney(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("money", "(not built yet)");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::fprintf(stderr, "hirewire money: not built yet\n");
    *exit_code = kExitFatal;
  });
}

}  // namespace hirewire::app
