// hirewire: multilingual news pages -> articles, people, companies, money, hiring events.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <string>

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
  hirewire::app::RegisterRates(app, &exit_code);
  hirewire::app::RegisterNightly(app, &exit_code);
  hirewire::app::RegisterDb(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    // One format for every usage error: "hirewire SUBCOMMAND: --flag: why".
    std::string who = "hirewire";
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (!a.empty() && a[0] != '-') {
        const CLI::App& top = app;
        for (const CLI::App* sub : top.get_subcommands([](const CLI::App*) { return true; }))
          if (sub->get_name() == a) who += " " + a;
        break;
      }
    }
    std::fprintf(stderr, "%s: %s\n", who.c_str(), e.what());
    std::fprintf(stderr, "Run '%s --help' for usage.\n", who.c_str());
    return hirewire::app::kExitUsage;
  } catch (const std::exception& e) {  // the only catch-all
    std::fprintf(stderr, "hirewire: fatal: %s\n", e.what());
    return hirewire::app::kExitFatal;
  }
  return exit_code;
}
