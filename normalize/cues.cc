#include "normalize/cues.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>
#include <string>
#include <utility>

#include "corpus/bigram_filter.h"
#include "corpus/text.h"
#include "corpus/tsv.h"

namespace hirewire::normalize {
namespace {

constexpr std::string_view kCueKinds[] = {
    "offer",   "intent",    "hire", "join",     "decline",   "accept", "leave",   "raise",
    "acquire", "acquihire", "fail", "negation", "statistic", "stay",   "attempt", "designate"};

bool StartsWithWord(std::string_view s, size_t pos, std::string_view w, bool english) {
  if (s.substr(pos, w.size()) != w) return false;
  const size_t e = pos + w.size();
  return !english || e >= s.size() || !IsAsciiAlnum(s[e]);
}

size_t FindWhole(std::string_view s, std::string_view w, bool english, size_t from) {
  for (size_t f = s.find(w, from); f != std::string_view::npos; f = s.find(w, f + 1)) {
    const size_t e = f + w.size();
    if (!english || ((f == 0 || !IsAsciiAlnum(s[f - 1])) && (e >= s.size() || !IsAsciiAlnum(s[e])))) return f;
  }
  return std::string_view::npos;
}

}  // namespace

size_t FindCueText(std::string_view s, std::string_view text, bool english, size_t from) {
  static constexpr std::string_view kGap = " … ";
  const size_t gap = text.find(kGap);
  if (gap == std::string_view::npos) return FindWhole(s, text, english, from);
  const std::string_view head = text.substr(0, gap), tail = text.substr(gap + kGap.size());
  for (size_t f = FindWhole(s, head, english, from); f != std::string_view::npos;
       f = FindWhole(s, head, english, f + 1)) {
    size_t pos = f + head.size();
    for (int words = 0; words <= kCueGapWords && pos < s.size() && s[pos] == ' '; ++words) {
      ++pos;
      if (StartsWithWord(s, pos, tail, english)) return f;
      const size_t next = s.find_first_of(" .;:!?\"", pos);
      if (next == std::string_view::npos || s[next] != ' ') break;
      pos = next;
    }
  }
  return std::string_view::npos;
}

Result<CueLexicon> CueLexicon::FromTsv(std::string_view tsv) {
  CueLexicon lex;
  Status s = ForEachTsvRow(tsv, "cue table", TsvHeader::kNone, [&](const std::vector<std::string>& f, int) {
    auto bad = [](const std::string& why) { return Status::InvalidArgument(why); };
    if (f.size() < 3 || f[2].empty()) return bad("malformed row");
    // The row kinds the table may hold (one per cue family; docs/events.md names each).
    static const std::set<std::string, std::less<>> kKinds = {"cue",
                                                              "blank",
                                                              "purpose",
                                                              "past",
                                                              "earlier",
                                                              "term",
                                                              "particle",
                                                              "retain",
                                                              "amount",
                                                              "promote",
                                                              "sign",
                                                              "deal",
                                                              "group",
                                                              "before",
                                                              "relation",
                                                              "approx",
                                                              "offer_noun",
                                                              "negator",
                                                              "verb_group",
                                                              "each",
                                                              "report",
                                                              "denial",
                                                              "cohort",
                                                              "contract_verb",
                                                              "contract_noun",
                                                              "appoint",
                                                              "pending",
                                                              "zero_subject",
                                                              "comparison",
                                                              "headcount",
                                                              "staff_pay",
                                                              "announce",
                                                              "founder",
                                                              "unnamed_offerer",
                                                              "obituary",
                                                              "hypothetical",
                                                              "relative",
                                                              "determiner",
                                                              "unrealized",
                                                              "composition",
                                                              "aside",
                                                              "thing_relative",
                                                              "person_relative",
                                                              "answer",
                                                              "org_pronoun",
                                                              "forfeit",
                                                              "companion",
                                                              "term_over",
                                                              "hiring_plan",
                                                              "ongoing_talks",
                                                              "predecessor",
                                                              "unmade",
                                                              "predecessor_copula",
                                                              "bid_team",
                                                              "stay_request",
                                                              "leaving_group",
                                                              "bio_span",
                                                              "bio_then",
                                                              "companion_group",
                                                              "list_origin",
                                                              "group_whole",
                                                              "answer_turn",
                                                              "plan_time",
                                                              "announce_quote",
                                                              "pronoun",
                                                              "preposition",
                                                              "finite_next",
                                                              "causative",
                                                              "later_step",
                                                              "team_noun",
                                                              "team_lead",
                                                              "team_member",
                                                              "team_bar",
                                                              "subordinator",
                                                              "bystander_marker"};
    if (!kKinds.count(f[0])) return bad("unknown kind " + f[0]);
    if (f[1] != "en" && f[1] != "ko" && f[1] != "ja") return bad("unknown language " + f[1]);
    std::string value = f.size() > 3 ? f[3] : "";
    if (f[0] == "cue") {
      bool known = false;
      for (std::string_view k : kCueKinds) known = known || k == value;
      if (!known) return bad("unknown cue " + value);
    }
    if (f[0] == "particle" && value != "source" && value != "goal" && value != "dest" && value != "subject" &&
        value != "topic" && value != "object" && value != "poss" && value != "recipient")
      return bad("unknown particle role " + value);
    if (f[0] == "term" && value != "multi_year" && value != "stock" && value != "signing_bonus")
      return bad("unknown term " + value);
    if (f[0] == "group" && (value.empty() || value == ":counted")) return bad("group noun without a label");
    if (f[0] == "deal" && value != "acquihire" && value != "bought" && value != "license")
      return bad("unknown deal word " + value);
    if (f[0] == "contract_verb" && !value.empty() && value != "agreed")
      return bad("unknown contract verb " + value);
    if (f[0] == "relation" && (f[1] != "en" || (value != "superior" && value != "team")))
      return bad("unknown relation " + value);
    if (f[0] == "negator" && value != "before" && value != "after")
      return bad("unknown negator position " + value);
    if (f[0] == "comparison" && value != "before" && value != "after")
      return bad("unknown comparison position " + value);
    if (f[0] == "pronoun" && value != "subject" && value != "object" && value != "possessive" &&
        value != "plural")
      return bad("unknown pronoun form " + value);
    if (f[0] == "amount" && value != "pay" && value != "payment" && value != "nonpay" && value != "price")
      return bad("unknown amount role " + value);
    lex.rows_.push_back({f[0], f[1], f[2], value});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return lex;
}

const CueLexicon& CueLexicon::Default() {
  static const CueLexicon* lex = new CueLexicon(EmbeddedOrDie(FromTsv(EmbeddedCuesTsv()), "cue table"));
  return *lex;
}

namespace {

// Whether the row text `text` may occur in the text `pairs` holds the byte pairs of (corpus/bigram_filter.h):
// "A … B" when A and B may.
bool MayHold(const BigramFilter& pairs, std::string_view text) {
  static constexpr std::string_view kGap = " … ";
  const size_t gap = text.find(kGap);
  if (gap == std::string_view::npos) return pairs.MayContain(text);
  return pairs.MayContain(text.substr(0, gap)) && pairs.MayContain(text.substr(gap + kGap.size()));
}

}  // namespace

std::vector<int> CueLexicon::RowsIn(std::string_view text) const {
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  // Most rows cannot occur in a sentence: the byte-pair filters skip them without a search.
  const BigramFilter lower_pairs(lower), text_pairs(text);
  std::vector<int> out;
  for (size_t i = 0; i < rows_.size(); ++i) {
    const CueRow& r = rows_[i];
    const bool english = r.lang == "en";
    if (!MayHold(english ? lower_pairs : text_pairs, r.text)) continue;
    std::string_view s = english ? std::string_view(lower) : text;
    if (FindCueText(s, r.text, english) != std::string_view::npos) out.push_back(static_cast<int>(i));
  }
  return out;
}

}  // namespace hirewire::normalize
