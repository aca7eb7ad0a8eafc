// Shared by the clause-role tests: the gold tables (tests/data/syntax/*.tsv) and how a parse is
// rendered for comparison with them.
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/syntax/english_roles.h"

namespace hirewire::syntax::roles_table {

constexpr int kColumns = 7;  // subject object agent from to as speaker
constexpr std::array<const char*, kColumns + 1> kColumnNames = {"subject", "object", "agent",   "from",
                                                                "to",      "as",     "speaker", "flags"};

struct Case {
  int line = 0;
  std::string sentence;
  std::string trigger;
  std::array<std::string, kColumns + 1> expected;  // the columns, then flags
};

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) out.push_back(cell);
  return out;
}

inline std::vector<Case> LoadCases(const std::string& file = "english_roles_cases.tsv") {
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/syntax/" + file);
  EXPECT_TRUE(in) << "cannot open tests/data/syntax/" << file;
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells = SplitTabs(line);
    EXPECT_EQ(cells.size(), 2u + kColumns + 1) << "line " << n << ": " << line;
    if (cells.size() != 2u + kColumns + 1) continue;
    Case c{n, cells[0], cells[1], {}};
    for (int i = 0; i <= kColumns; ++i) c.expected[i] = cells[2 + i];
    cases.push_back(c);
  }
  return cases;
}

// "word" or "word@N": the byte span of the Nth whole-word occurrence.
inline std::optional<Span> FindTrigger(const std::string& s, const std::string& spec) {
  std::string word = spec;
  int nth = 1;
  if (size_t at = spec.find('@'); at != std::string::npos) {
    word = spec.substr(0, at);
    nth = std::stoi(spec.substr(at + 1));
  }
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; };
  for (size_t pos = s.find(word); pos != std::string::npos; pos = s.find(word, pos + 1)) {
    bool left = pos == 0 || !is_letter(s[pos - 1]);
    bool right = pos + word.size() >= s.size() || !is_letter(s[pos + word.size()]);
    if (left && right && --nth == 0) return Span{static_cast<int>(pos), static_cast<int>(pos + word.size())};
  }
  return std::nullopt;
}

inline std::string Render(const std::string& s, const std::vector<Phrase>& arg) {
  if (arg.empty()) return "-";
  std::string out;
  for (const Phrase& p : arg) {
    if (!out.empty()) out += " | ";
    out += s.substr(p.phrase.start, p.phrase.end - p.phrase.start);
  }
  return out;
}

inline std::array<std::string, kColumns + 1> Actual(const std::string& s, const TriggerRoles& r) {
  std::string flags;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!flags.empty()) flags += ",";
    flags += name;
  };
  add(r.passive, "passive");
  add(r.negated, "neg");
  add(r.reported, "reported");
  return {Render(s, r.subject),
          Render(s, r.object),
          Render(s, r.agent),
          Render(s, r.Prepositional(Prep::kFrom)),
          Render(s, r.Prepositional(Prep::kTo)),
          Render(s, r.Prepositional(Prep::kAs)),
          Render(s, r.speaker),
          flags.empty() ? "-" : flags};
}

inline const EnglishRoleParser& Parser() {
  static const EnglishRoleParser* p = [] {
    auto r = EnglishRoleParser::Create();
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *p;
}

}  // namespace hirewire::syntax::roles_table
