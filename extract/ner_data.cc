#include "extract/ner_data.h"

#include <algorithm>
#include <initializer_list>

#include "extract/ner_features.h"

namespace hirewire::extract::ner {
namespace {

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

// "B-PS" -> kBPer ...: `per`, `org` and `loc` name the PER/ORG/LOC types of the corpus; types
// listed in `other` map to OTHER; everything else gives kO.
int MapTag(std::string_view bio, std::string_view per, std::string_view org, std::string_view loc,
           std::initializer_list<std::string_view> other) {
  if (bio.size() < 3 || bio[1] != '-') return kO;
  bool begin = bio[0] == 'B';
  std::string_view type = bio.substr(2);
  int t = -1;
  if (type == per) t = kPer;
  if (type == org) t = kOrg;
  if (type == loc) t = kLoc;
  for (std::string_view o : other) {
    if (type == o) t = kOther;
  }
  if (t < 0) return kO;
  return BeginTag(t) + (begin ? 0 : 1);
}

// Repairs I- tags that do not follow their B- (treats them as B-).
void Repair(std::vector<int>* tags) {
  int prev = kO;
  for (int& t : *tags) {
    if (!Allowed(prev, t)) t = t - 1;
    prev = t;
  }
}

}  // namespace

std::vector<KoSentence> ParseKlue(std::string_view content) {
  std::vector<KoSentence> out;
  KoSentence cur;
  bool open = false;
  auto flush = [&] {
    if (open && !cur.tags.empty()) {
      Repair(&cur.tags);
      out.push_back(std::move(cur));
    }
    cur = {};
    open = false;
  };
  for (std::string_view line : SplitLines(content)) {
    if (line.starts_with("## ")) {
      flush();
      open = true;
      continue;
    }
    if (line.empty()) {
      flush();
      continue;
    }
    if (!open) continue;
    size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view ch = line.substr(0, tab);
    if (ch.empty()) ch = " ";
    cur.text.append(ch);
    cur.tags.push_back(MapTag(line.substr(tab + 1), "PS", "OG", "LC", {"DT", "TI", "QT"}));
  }
  flush();
  return out;
}

std::vector<EnSentence> ParseConllIob2(std::string_view content) {
  std::vector<EnSentence> out;
  EnSentence cur;
  int doc = -1;
  auto flush = [&] {
    if (!cur.tokens.empty()) {
      Repair(&cur.tags);
      cur.doc = std::max(doc, 0);
      out.push_back(std::move(cur));
    }
    cur = {};
  };
  for (std::string_view line : SplitLines(content)) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc")) ++doc;
      continue;
    }
    size_t t1 = line.find('\t');
    if (t1 == std::string_view::npos) continue;
    size_t t2 = line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) continue;
    size_t t3 = line.find('\t', t2 + 1);
    std::string_view token = line.substr(t1 + 1, t2 - t1 - 1);
    std::string_view tag = line.substr(t2 + 1, t3 == std::string_view::npos ? t3 : t3 - t2 - 1);
    cur.tokens.emplace_back(token);
    cur.tags.push_back(MapTag(tag, "PER", "ORG", "LOC", {}));
  }
  flush();
  return out;
}

std::vector<EnSentence> ParseTokenBio(std::string_view content) {
  std::vector<EnSentence> out;
  EnSentence cur;
  auto flush = [&] {
    if (!cur.tokens.empty()) {
      Repair(&cur.tags);
      out.push_back(std::move(cur));
    }
    cur = {};
  };
  for (std::string_view line : SplitLines(content)) {
    size_t tab = line.rfind('\t');
    if (line.empty() || tab == std::string_view::npos || tab == 0) {
      flush();
      continue;
    }
    cur.tokens.emplace_back(line.substr(0, tab));
    cur.tags.push_back(MapTag(line.substr(tab + 1), "PER", "ORG", "LOC", {"MISC"}));
  }
  flush();
  return out;
}

std::vector<KoSentence> ParseCharBio(std::string_view content) {
  std::vector<KoSentence> out;
  for (EnSentence& s : ParseTokenBio(content)) {
    KoSentence k;
    bool ok = true;
    for (size_t i = 0; i < s.tokens.size() && ok; ++i) {
      const std::string& t = s.tokens[i];
      k.text += t == "\u2581" ? std::string(" ") : t;
      const unsigned char lead = static_cast<unsigned char>(t[0]);
      const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      ok = t.size() == len;  // one code point per line
    }
    if (!ok) continue;
    k.tags = std::move(s.tags);
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<GoldSpan> SpansFromTags(const std::vector<int>& tags,
                                    const std::vector<std::pair<int, int>>& units) {
  std::vector<GoldSpan> out;
  const int n = static_cast<int>(tags.size());
  for (int i = 0; i < n;) {
    int t = tags[i];
    if (!IsBegin(t)) {
      ++i;
      continue;
    }
    int j = i + 1;
    while (j < n && tags[j] == t + 1) ++j;
    if (t != kBPer && t != kBOrg) {  // only persons and organizations are scored
      i = j;
      continue;
    }
    out.push_back({units[i].first, units[j - 1].second, t == kBPer ? "PER" : "ORG"});
    i = j;
  }
  return out;
}

void AddToScores(const std::vector<GoldSpan>& gold, const std::vector<TaggedSpan>& predicted,
                 NerScores* scores) {
  std::vector<GoldSpan> pred;
  for (const TaggedSpan& s : predicted) pred.push_back({s.start, s.end, s.type});
  std::vector<GoldSpan> g = gold;
  std::sort(g.begin(), g.end());
  std::sort(pred.begin(), pred.end());
  auto counts = [&](const std::string& type) -> PrfCounts& {
    return type == "PER" ? scores->per : scores->org;
  };
  size_t i = 0, j = 0;
  while (i < g.size() || j < pred.size()) {
    if (j == pred.size() || (i < g.size() && g[i] < pred[j])) {
      counts(g[i].type).fn++;
      ++i;
    } else if (i == g.size() || pred[j] < g[i]) {
      counts(pred[j].type).fp++;
      ++j;
    } else {
      counts(g[i].type).tp++;
      ++i;
      ++j;
    }
  }
}

NerScores EvaluateKorean(const NerTagger& tagger, const std::vector<KoSentence>& sentences) {
  return EvaluateChars(tagger, sentences, "ko");
}

NerScores EvaluateChars(const NerTagger& tagger, const std::vector<KoSentence>& sentences,
                        std::string_view lang) {
  NerScores scores;
  std::vector<char32_t> cps;
  std::vector<Unit> units;
  for (const KoSentence& s : sentences) {
    DecodeUtf8(s.text, &cps, &units);
    if (units.size() != s.tags.size()) continue;
    std::vector<std::pair<int, int>> u;
    for (const Unit& x : units) u.emplace_back(x.begin, x.end);
    AddToScores(SpansFromTags(s.tags, u), tagger.Tag(s.text, lang), &scores);
  }
  return scores;
}

void JoinTokens(const std::vector<std::string>& tokens, std::string* text,
                std::vector<std::pair<int, int>>* units) {
  for (const std::string& t : tokens) {
    if (!text->empty()) text->push_back(' ');
    units->emplace_back(static_cast<int>(text->size()), static_cast<int>(text->size() + t.size()));
    *text += t;
  }
}

NerScores EvaluateEnglish(const NerTagger& tagger, const std::vector<EnSentence>& sentences) {
  NerScores scores;
  for (const EnSentence& s : sentences) {
    std::string text;
    std::vector<std::pair<int, int>> u;
    JoinTokens(s.tokens, &text, &u);
    AddToScores(SpansFromTags(s.tags, u), tagger.Tag(text, "en"), &scores);
  }
  return scores;
}

}  // namespace hirewire::extract::ner
