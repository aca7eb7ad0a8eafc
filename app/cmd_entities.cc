// `hirewire entities FILE|- [--json] [--lang CODE]`: people, companies, organizations and
// publications in plain text. Each non-empty line is one paragraph. The language picks the
// tagger (ko, en, ja, zh); without --lang it is detected from the text. Default output is a table; --json
// writes one JSON object per entity per line (corpus/json.h EntityToJson; offsets in code points).
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "app/cli.h"
#include "app/commands.h"
#include "corpus/json.h"
#include "corpus/text.h"
#include "extract/entities.h"
#include "extract/language.h"

namespace hirewire::app {
namespace {

constexpr size_t kMaxInputBytes = 64u << 20;

struct EntitiesArgs {
  std::string path;
  bool json = false;
  bool no_keep_model = false;
  std::string lang;  // "" = detect
  std::string country;
};

int RunEntities(const EntitiesArgs& args) {
  // Detected and decoded like `extract` reads text; binary data is refused.
  std::string how;
  auto input = ReadTextInput(args.path, kMaxInputBytes, &how);
  if (!input.ok()) {
    std::fprintf(stderr, "hirewire entities: %s\n", input.status().message().c_str());
    return kExitFatal;
  }
  if (how.rfind("utf-8", 0) != 0)
    std::fprintf(stderr, "hirewire entities: %s: read as %s\n", args.path.c_str(), how.c_str());
  const std::string text = std::move(input).value();
  Article article;
  article.source = args.path;
  article.country = args.country;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t a = line.find_first_not_of(" \t");
    if (a == std::string::npos) continue;
    size_t b = line.find_last_not_of(" \t");
    article.paragraphs.push_back(line.substr(a, b - a + 1));
  }
  if (!args.lang.empty()) {
    article.language = extract::NormalizeLanguageTag(args.lang);
    if (article.language.empty()) {
      std::fprintf(stderr, "hirewire entities: --lang %s is not a language tag\n", args.lang.c_str());
      return kExitUsage;
    }
  } else {
    article.language = extract::DetectLanguage(text);
  }
  extract::EntityOptions options;
  options.keep_model = !args.no_keep_model;
  auto rec = extract::EntityRecognizer::Create(options);
  if (!rec.ok()) {
    std::fprintf(stderr, "hirewire entities: %s\n", rec.status().ToString().c_str());
    return kExitFatal;
  }
  std::vector<Entity> entities = (*rec)->Recognize(article);
  if (args.json) {
    for (const Entity& e : entities) std::printf("%s\n", EntityToJson(e, article.paragraphs).c_str());
    return kExitOk;
  }
  // Columns padded by display width (Hangul and CJK take two columns).
  std::vector<std::vector<std::string>> rows = {
      {"TYPE", "NAME", "CANONICAL", "CONF", "MENTIONS", "ROLES / ALIASES"}};
  for (const Entity& e : entities) {
    std::vector<std::string> extra;
    for (const Role& r : e.roles)
      extra.push_back(r.organization.empty() ? r.title : r.title + " @ " + r.organization);
    if (!e.aliases.empty()) extra.push_back("aka " + Join(e.aliases, ", "));
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", e.confidence);
    rows.push_back({std::string(EntityTypeName(e.type)), e.name, e.canonical, conf,
                    std::to_string(e.mentions.size()), Join(extra, "; ")});
  }
  const size_t columns = TerminalColumns();  // cells are cut only to fit a terminal
  std::fputs(FormatTable(rows, columns > 0 ? 40 : SIZE_MAX, columns).c_str(), stdout);
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    std::fprintf(stderr, "hirewire entities: cannot write stdout: %s\n", ErrnoText(errno).c_str());
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

void RegisterEntities(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EntitiesArgs>();
  auto* cmd =
      app.add_subcommand("entities", "People, companies, organizations and publications in plain text");
  cmd->add_option("input", args->path, "Text file (one paragraph per line), or - for stdin")->required();
  cmd->add_flag("--json", args->json, "One JSON object per entity per line");
  cmd->add_flag("--no-keep-model", args->no_keep_model,
                "Skip the learned keep/type step (extract/entity_keep.h): every entity the passes propose");
  cmd->add_option("--lang", args->lang,
                  "Language of the text (ko, en, ja, zh, de ...); detected when absent");
  AddCountryOption(cmd, &args->country);
  cmd->callback([args, exit_code] { *exit_code = RunEntities(*args); });
}

}  // namespace hirewire::app
