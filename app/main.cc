// hirewire: multilingual news pages -> articles, people, companies, money, hiring events.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "app/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"hirewire: news pages -> articles, entities, money and hiring events"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "hirewire 0.1.0");
  int exit_code = hirewire::app::kExitOk;
  hirewire::app::RegisterExtract(app, &exit_code);
  hirewire::app::RegisterMoney(app, &exit_code);
  hirewire::app::RegisterConvert(app, &exit_code);
  hirewire::app::RegisterEntities(app, &exit_code);
  hirewire::app::RegisterEvents(app, &exit_code);
  hirewire::app::RegisterCrawl(app, &exit_code);
  hirewire::app::RegisterNightly(app, &exit_code);
  hirewire::app::RegisterDb(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : hirewire::app::kExitUsage;
  } catch (const std::exception& e) {  // the only catch-all
    std::fprintf(stderr, "hirewire: fatal: %s\n", e.what());
    return hirewire::app::kExitFatal;
  }
  return exit_code;
}
