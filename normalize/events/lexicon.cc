#include "normalize/events/internal.h"

// The event reader's word tables (the cue rows of normalize/data/cues.tsv, group nouns, title
// groups) and small text and decimal helpers on byte offsets.

namespace hirewire::normalize::events_detail {

// The cue rows of the table, longest first (so "영입했" wins over "영입", "turned down" is one cue).
const std::vector<Lex>& CueWords() {
  static const std::vector<Lex> words = [] {
    static const std::pair<std::string_view, Cue> kKinds[] = {
        {"offer", Cue::kOffer},         {"intent", Cue::kIntent},   {"hire", Cue::kHire},
        {"join", Cue::kJoin},           {"decline", Cue::kDecline}, {"accept", Cue::kAccept},
        {"leave", Cue::kLeave},         {"raise", Cue::kRaise},     {"acquire", Cue::kAcquire},
        {"acquihire", Cue::kAcquihire}, {"fail", Cue::kFail},       {"negation", Cue::kNegation},
        {"statistic", Cue::kStatistic}, {"stay", Cue::kStay},       {"attempt", Cue::kAttempt},
        {"designate", Cue::kDesignate}};
    std::vector<Lex> v;
    for (const CueRow& r : CueLexicon::Default().rows()) {
      if (r.kind != "cue") continue;
      for (const auto& [name, cue] : kKinds)
        if (name == r.value) v.push_back({r.text, cue, r.lang == "en", r.lang == "ja"});
    }
    std::stable_sort(v.begin(), v.end(),
                     [](const Lex& a, const Lex& b) { return a.text.size() > b.text.size(); });
    return v;
  }();
  return words;
}

// Phrases of one kind of the table ("blank", "purpose", "past").
const std::vector<std::string>& CuePhrases(std::string_view kind) {
  auto of = [](const char* k) {
    std::vector<std::string> v;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == k) v.push_back(r.text);
    return v;
  };
  static const std::vector<std::string> blank = of("blank"), purpose = of("purpose"), past = of("past"),
                                        earlier = of("earlier"), retain = of("retain"),
                                        promote = of("promote"), before = of("before"), sign = of("sign"),
                                        each = of("each"), appoint = of("appoint"),
                                        zero_subject = of("zero_subject"), founder = of("founder"),
                                        stay_request = of("stay_request");
  return kind == "blank"          ? blank
         : kind == "founder"      ? founder
         : kind == "zero_subject" ? zero_subject
         : kind == "appoint"      ? appoint
         : kind == "sign"         ? sign
         : kind == "each"         ? each
         : kind == "promote"      ? promote
         : kind == "before"       ? before
         : kind == "past"         ? past
         : kind == "earlier"      ? earlier
         : kind == "retain"       ? retain
         : kind == "stay_request" ? stay_request
                                  : purpose;
}

// English relation rows of the cue table of one value ("superior", "team").
const std::vector<std::string>& RelationWords(std::string_view value) {
  auto of = [](const char* v) {
    std::vector<std::string> out;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "relation" && r.value == v) out.push_back(r.text);
    return out;
  };
  static const std::vector<std::string> superior = of("superior"), team = of("team");
  return value == "team" ? team : superior;
}

// `text` with its English adverbs in -ly taken out ("report directly to" reads "report to").
std::string WithoutLyAdverbs(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    const size_t end = j == std::string_view::npos ? text.size() : j + 1;
    std::string_view w = text.substr(i, end - i);
    std::string_view bare = w.back() == ' ' ? w.substr(0, w.size() - 1) : w;
    if (!(bare.size() > 4 && bare.ends_with("ly") && i > 0)) out.append(w);
    i = end;
  }
  return out;
}

// An English word of the cue table that hires or offers ("offered", "recruited", "poached").
bool EnglishHiringVerb(std::string_view w) {
  if (w.empty()) return false;
  for (const Lex& l : CueWords())
    if (l.english && l.text == w && (l.cue == Cue::kOffer || l.cue == Cue::kHire || l.cue == Cue::kIntent))
      return true;
  return false;
}

const std::vector<GroupNoun>& GroupNouns() {
  static const std::vector<GroupNoun>* nouns = [] {
    auto* v = new std::vector<GroupNoun>();
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "group") {
        const bool counted = r.value.ends_with(":counted");
        v->push_back(
            {r.text, counted ? r.value.substr(0, r.value.size() - 8) : r.value, r.lang == "en", counted});
      }
    return v;
  }();
  return *nouns;
}

const std::vector<TitleGroup>& TitleGroups() {
  static const std::vector<TitleGroup>* titles = [] {
    auto* v = new std::vector<TitleGroup>();
    const FrameReader& r = FrameReader::Default();
    for (const FrameReader::Row& row : r.rows()) {
      if (row.kind != "title" || (row.lang != "en" && row.lang != "ko") || row.value == "glued") continue;
      if (row.lang == "ko") {
        v->push_back({row.text, false});
        continue;
      }
      if (row.text.ends_with("s") || row.text.size() < 4) continue;  // co-ceos, ceo: no plural read
      v->push_back({row.text + (row.text.ends_with("ch") ? "es" : "s"), true});
    }
    // Longer texts first, so "vice chairmen" is not read as "chairmen".
    std::stable_sort(v->begin(), v->end(),
                     [](const TitleGroup& a, const TitleGroup& b) { return a.text.size() > b.text.size(); });
    return v;
  }();
  return *titles;
}

// ---------------------------------------------------------------------------------------
// Small text helpers (byte offsets into a paragraph).

// English: a stock word (cues.tsv kind=term, value stock: "stock", "shares", "RSUs") right after an
// organization's name ending at `after` ("Target stock", "Apple shares").
bool StockOfOrg(std::string_view lo, size_t after) {
  if (after >= lo.size() || lo[after] != ' ') return false;
  for (const CueRow& r : CueLexicon::Default().rows()) {
    if (r.kind != "term" || r.value != "stock" || r.lang != "en") continue;
    const size_t e = after + 1 + r.text.size();
    if (lo.substr(after + 1, r.text.size()) == r.text && (e >= lo.size() || !IsAsciiAlnum(lo[e])))
      return true;
  }
  return false;
}

// Whether the words between a list of names and a group noun add the group to the list (", along
// with nine associates", ", plus two engineers") instead of describing the names.
bool AddsToList(std::string_view between) {
  for (std::string_view w : {"along with ", "together with ", "plus ", "as well as ", "and "})
    if (between.find(w) != std::string_view::npos) return true;
  return false;
}

// Skips a parenthetical "(TML)", closing quotes and the like right after a mention.
size_t SkipNoise(std::string_view s, size_t pos) {
  for (int guard = 0; guard < 4 && pos < s.size(); ++guard) {
    if (s[pos] == '(') {
      size_t close = s.find(')', pos);
      if (close == std::string_view::npos || close - pos > 40) break;
      pos = close + 1;
    } else if (s[pos] == '\'' || s[pos] == '"') {
      ++pos;
    } else if (StartsWith(s, pos, "’") || StartsWith(s, pos, "”") || StartsWith(s, pos, "」") ||
               StartsWith(s, pos, "』")) {
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

// Start of the word-ish token before `pos` (skips spaces, returns the previous space-split
// token), e.g. for checking "전 " before a mention.
std::string_view PrevToken(std::string_view s, size_t pos) {
  size_t e = pos;
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && s[b - 1] != ' ') --b;
  return s.substr(b, e - b);
}

std::string ToLowerAscii(std::string_view s) { return AsciiLower(s); }

// Every whole-word (English) or substring (Korean) occurrence of `w` in `s`.
void FindAll(std::string_view s, std::string_view w, bool whole_word, std::vector<size_t>* out) {
  for (size_t pos = s.find(w); pos != std::string_view::npos; pos = s.find(w, pos + 1)) {
    if (whole_word) {
      if (pos > 0 && IsAsciiAlnum(s[pos - 1])) continue;
      size_t e = pos + w.size();
      if (e < s.size() && (IsAsciiAlnum(s[e]) || s[e] == '-')) continue;
    }
    out->push_back(pos);
  }
}

// Decimal helpers ------------------------------------------------------------------------

bool ParseDecimal(const std::string& s, std::string* digits, size_t* frac) {
  digits->clear();
  *frac = 0;
  bool dot = false;
  for (char c : s) {
    if (c == '.') {
      if (dot) return false;
      dot = true;
    } else if (c >= '0' && c <= '9') {
      digits->push_back(c);
      if (dot) ++*frac;
    } else {
      return false;
    }
  }
  return !digits->empty() && digits->size() <= 60;
}

}  // namespace hirewire::normalize::events_detail
