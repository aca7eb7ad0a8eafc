// Scores DetectLanguage over the fundus-dev gold bodies. Reference language: the country's main
// language, on pages whose declared <html lang> agrees with it (so multilingual countries and
// foreign-language publishers are left out).
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/language.h"
#include "tests/extract/language_floors.h"

namespace hirewire::extract {
namespace {

const std::string kDev = std::string(HIREWIRE_SHARED_DIR) + "/corpus/fundus-dev/";

// Main language of each fundus country folder where the country has one.
const std::map<std::string, std::string> kCountryLanguage = {
    {"at", "de"}, {"au", "en"}, {"cn", "zh"},  {"cz", "cs"},  {"de", "de"}, {"dk", "da"}, {"es", "es"},
    {"fr", "fr"}, {"id", "id"}, {"isl", "is"}, {"it", "it"},  {"jp", "ja"}, {"kr", "ko"}, {"li", "de"},
    {"lt", "lt"}, {"mx", "es"}, {"no", "no"},  {"pl", "pl"},  {"pt", "pt"}, {"py", "es"}, {"ru", "ru"},
    {"se", "sv"}, {"tr", "tr"}, {"tw", "zh"},  {"uk", "en"},  {"us", "en"}, {"vn", "vi"}, {"ls", "en"},
    {"na", "en"}, {"tz", "en"}, {"lb", "ar"},  {"ind", "hi"}, {"gl", "da"}, {"be", "nl"}, {"ua", "uk"},
    {"il", "he"}, {"ca", "en"}, {"ch", "de"},  {"lu", "de"},  {"my", "ms"},
};

std::string Gunzip(const std::string& path, size_t limit) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return "";
  std::string out;
  char buf[65536];
  int n;
  while (out.size() < limit && (n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

// Value of the lang attribute of the <html> start tag, or "".
std::string HtmlLang(const std::string& html) {
  size_t pos = 0;
  while ((pos = html.find("<html", pos)) != std::string::npos) {
    size_t end = html.find('>', pos);
    if (end == std::string::npos) return "";
    std::string tag = html.substr(pos, end - pos);
    size_t l = tag.find(" lang=");
    if (l != std::string::npos) {
      size_t v = l + 6;
      char q = tag[v];
      if (q == '"' || q == '\'') {
        size_t e = tag.find(q, v + 1);
        return tag.substr(v + 1, e == std::string::npos ? std::string::npos : e - v - 1);
      }
      size_t e = tag.find_first_of(" >", v);
      return tag.substr(v, e == std::string::npos ? std::string::npos : e - v);
    }
    pos = end;
  }
  return "";
}

TEST(LanguageGolden, MatchesCountryLanguageOnFundusDev) {
  std::ifstream in(kDev + "gold-dev.jsonl");
  ASSERT_TRUE(in) << "missing " << kDev;
  std::string line;
  int scored = 0, right_undeclared = 0, right_declared = 0;
  std::map<std::string, std::pair<int, int>> by_lang;  // lang -> (right, total)
  while (std::getline(in, line)) {
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (rec.is_discarded() || !rec["body"].is_array()) continue;
    auto it = kCountryLanguage.find(rec["country"].get<std::string>());
    if (it == kCountryLanguage.end()) continue;
    std::string declared = HtmlLang(Gunzip(kDev + rec["id"].get<std::string>() + ".html.gz", 1 << 18));
    if (NormalizeLanguageTag(declared) != it->second) continue;  // ambiguous page
    std::string body;
    for (const auto& p : rec["body"]) {
      if (p.is_string()) body += p.get<std::string>() + "\n\n";
    }
    ++scored;
    std::string got = DetectLanguage(body, "");
    // A wrong declaration (a CMS default) must not override clear text evidence.
    std::string wrong = it->second == "en" ? "de" : "en";
    std::string got_declared = DetectLanguage(body, wrong);
    auto& bucket = by_lang[it->second];
    ++bucket.second;
    if (got == it->second) {
      ++right_undeclared;
      ++bucket.first;
    } else {
      std::printf("  miss %-40s want %s got %s\n", rec["id"].get<std::string>().c_str(), it->second.c_str(),
                  got.c_str());
    }
    if (got_declared == it->second) {
      ++right_declared;
    } else {
      std::printf("  miss (declared %s) %-30s want %s got %s\n", wrong.c_str(),
                  rec["id"].get<std::string>().c_str(), it->second.c_str(), got_declared.c_str());
    }
  }
  double acc = scored ? static_cast<double>(right_undeclared) / scored : 0;
  double acc_decl = scored ? static_cast<double>(right_declared) / scored : 0;
  std::printf("language: %d pages, accuracy %.4f undeclared, %.4f when mis-declared\n", scored, acc,
              acc_decl);
  for (const auto& [lang, rt] : by_lang) {
    std::printf("  %-3s %d/%d\n", lang.c_str(), rt.first, rt.second);
  }
  EXPECT_GE(scored, floors::kLanguageMinPages);
  EXPECT_GE(acc, floors::kLanguageAccuracyUndeclared);
  EXPECT_GE(acc_decl, floors::kLanguageAccuracyMisdeclared);
}

}  // namespace
}  // namespace hirewire::extract
