// Subcommand registration. Each cmd_*.cc defines one Register* function; main.cc calls them
// all. A subcommand's callback stores its exit code in *exit_code.
//
// Exit codes (docs/cli.md): 0 success; 1 some inputs failed but others were processed;
// 2 usage error; 3 nothing could be processed / fatal error; 130 interrupted.
#pragma once

namespace CLI {
class App;
}

namespace hirewire::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFatal = 3;
inline constexpr int kExitInterrupted = 130;

void RegisterExtract(CLI::App& app, int* exit_code);
void RegisterMoney(CLI::App& app, int* exit_code);
void RegisterConvert(CLI::App& app, int* exit_code);
void RegisterEntities(CLI::App& app, int* exit_code);
void RegisterEvents(CLI::App& app, int* exit_code);
void RegisterCrawl(CLI::App& app, int* exit_code);
void RegisterRates(CLI::App& app, int* exit_code);
void RegisterNightly(CLI::App& app, int* exit_code);
void RegisterDb(CLI::App& app, int* exit_code);

}  // namespace hirewire::app
