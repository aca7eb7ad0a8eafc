// English: a counted group that moves along with people the article names as hired (thirtieth session, branch
// eveng30):
//
//   "At least a dozen associates from Ashby Price's restructuring group have also moved with them."
//   "They are bringing a team of about 12 associates with them."
//   "A team of about eight associates will join them from Linklaters over the coming weeks."
//   "Eight associates from the team will join next month."
//
// A guess is no move ("At least a dozen associates are expected to follow them, according to people familiar
// with the matter", "could follow him": companion_group speculation rows; thirty-second session, branch
// eveng32).
//
// The sentence names no employer of its own: the group goes where the persons hired before it go (cues.tsv
// companion_group rows: a pronoun after "with" / "join" / "follow" standing for them, or "from the team"),
// from the organization after an origin row ("from") in the sentence, else from where those persons come
// from. A future row
// ("to follow") or a modal row before a verb row ("will join", also past an adverb row: "will also move")
// makes the move announced (accepted).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/bigram_filter.h"
#include "normalize/cues.h"
#include "normalize/english_shapes.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"

namespace hirewire::normalize {
using namespace events_detail;

namespace {

// The first whole-word occurrence of `w` in lower-case `s` from `from` that ends by `to`, or npos: the cue
// table's whole-word reading (FindCueText), bounded.
size_t FindWord(std::string_view s, std::string_view w, size_t from, size_t to) {
  const size_t f = FindCueText(s, w, true, from);
  return f != std::string_view::npos && f + w.size() <= to ? f : std::string_view::npos;
}

// The companion_group verb rows of the cue table (verbs of moving: "moved", "join", "bringing").
const std::vector<std::string>& CompanionVerbs() {
  static const std::vector<std::string> verbs = CueRowsOf("companion_group", "verb");
  return verbs;
}

struct CountedGroup {
  size_t start = 0, end = 0;
  int count = -1;
  std::string label;
};

// The first English group noun of [s, e) with a count of two or more that states a move, not a head count.
// (A noun whose byte pairs the sentence lacks is not searched: corpus/bigram_filter.h.)
bool FirstCountedGroup(std::string_view p, std::string_view lo, size_t s, size_t e, CountedGroup* out) {
  bool found = false;
  const BigramFilter pairs(s < e && s < lo.size() ? lo.substr(s, e - s) : std::string_view());
  for (const GroupNoun& g : GroupNouns()) {
    if (!g.english) continue;
    if (g.text.find(" … ") == std::string::npos && !pairs.MayContain(g.text)) continue;
    for (size_t f = FindWord(lo, g.text, s, e); f != std::string_view::npos;
         f = FindWord(lo, g.text, f + 1, e)) {
      if (p[f] >= 'A' && p[f] <= 'Z') continue;  // part of a name
      size_t end = f + g.text.size();
      int count = ParseCountBefore(p, lo, f);
      if (count < 0) count = ParseCountAfterOf(lo, end, &end);
      if (count < 2 || HeadCountBefore(lo, f) || LeadsTeamOf(lo, f)) continue;
      if (!found || f < out->start) *out = {f, end, count, g.label.substr(0, g.label.find(':'))};
      found = true;
      break;
    }
  }
  return found;
}

// The persons hired before sentence start `s` of paragraph `para`: their common employer and origin (empty
// when they differ or there are none).
bool LeadHires(const std::vector<Event>& events, int para, int s, std::string* employer,
               std::string* origin) {
  employer->clear();
  origin->clear();
  bool any = false, one_origin = true;
  for (const Event& ev : events) {
    const bool moved =
        ev.type == EventType::kHire || (ev.type == EventType::kOffer &&
                                        (ev.outcome == Outcome::kJoined || ev.outcome == Outcome::kAccepted));
    if (ev.candidate_kind != CandidateKind::kPerson || !moved || ev.evidence.empty()) continue;
    const Evidence& x = ev.evidence.front();
    if (x.paragraph > para || (x.paragraph == para && x.start >= s)) continue;
    if (any && !SameOrUnit(ev.employer, *employer) && !SameOrUnit(*employer, ev.employer)) return false;
    if (!any) *employer = ev.employer;
    if (!ev.previous_employer.empty()) {
      if (!origin->empty() && *origin != ev.previous_employer) one_origin = false;
      *origin = ev.previous_employer;
    }
    any = true;
  }
  if (!one_origin) origin->clear();
  return any;
}

// The organization named right after an origin row of the companion_group cues ("from Linklaters") in [s, e)
// of paragraph `para`, the first one; empty when none.
std::string OriginAfterRow(const Article& article, int para, std::string_view lower, size_t s, size_t e) {
  static const std::vector<std::string> origins = CueRowsOf("companion_group", "origin");
  for (const std::string& row : origins)
    for (size_t f = FindWord(lower, row, s, e); f != std::string_view::npos;
         f = FindWord(lower, row, f + 1, e)) {
      int os = 0, oe = 0;
      const int at = static_cast<int>(f + row.size() + 1);
      if (const Entity* org = MentionIn(article, para, at, at + 1, false, &os, &oe))
        return org->canonical.empty() ? org->name : org->canonical;
    }
  return "";
}

// The lower-case sentence announces the move: a future row ("to follow"), or a modal row right before a verb
// row, one adverb row between them allowed ("will join them", "will also move with them"; not "who will form
// the core"). (A sentence may end on the modal, no period after it: the verb is looked for inside the
// sentence only.)
bool AnnouncedMove(std::string_view sentence) {
  static const std::vector<std::string> futures = CueRowsOf("companion_group", "future"),
                                        modals = CueRowsOf("companion_group", "modal"),
                                        adverbs = CueRowsOf("companion_group", "adverb");
  for (const std::string& row : futures)
    if (FindWord(sentence, row, 0, sentence.size()) != std::string_view::npos) return true;
  for (const std::string& modal : modals)
    for (size_t w = FindWord(sentence, modal, 0, sentence.size()); w != std::string_view::npos;
         w = FindWord(sentence, modal, w + 1, sentence.size())) {
      const size_t verb_at = std::min(w + modal.size() + 1, sentence.size());
      size_t at = verb_at;
      for (const std::string& adv : adverbs)
        if (sentence.substr(verb_at).starts_with(adv + " ")) at = verb_at + adv.size() + 1;
      for (const std::string& text : CompanionVerbs())
        if (FindWord(sentence, text, verb_at, std::min(sentence.size(), w + modal.size() + 16)) == at)
          return true;
    }
  return false;
}

}  // namespace

namespace events_detail {

void CompanionGroupHires(const Article& article, std::vector<Event>* events) {
  std::vector<Event> add;
  ForEachLatinParagraph(article, [&](int para, const std::string& lower, const ArticleSpans& spans) {
    const std::string& p = article.paragraphs[static_cast<size_t>(para)];
    for (const auto& [s, e] : spans[static_cast<size_t>(para)]) {
      const size_t ss = static_cast<size_t>(s), se = static_cast<size_t>(e);
      CountedGroup g;
      if (!FirstCountedGroup(p, lower, ss, se, &g)) continue;
      // A companion row (the pronoun anywhere, "from the team" after the group's start) and a verb of moving.
      bool companion = false, verb = false;
      static const std::vector<std::string> pronouns = CueRowsOf("companion_group", "pronoun"),
                                            teams = CueRowsOf("companion_group", "team"),
                                            guesses = CueRowsOf("companion_group", "speculation");
      for (const std::string& text : CompanionVerbs())
        verb = verb || FindWord(lower, text, ss, se) != std::string_view::npos;
      for (const std::string& text : pronouns)
        companion = companion || FindWord(lower, text, ss, se) != std::string_view::npos;
      for (const std::string& text : teams) {
        const size_t f = FindWord(lower, text, ss, se);
        companion = companion || (f != std::string_view::npos && f >= g.start);
      }
      for (const std::string& text : guesses)
        verb = verb && FindWord(lower, text, ss, se) == std::string_view::npos;
      if (!companion || !verb) continue;
      std::string employer, origin;
      if (!LeadHires(*events, para, s, &employer, &origin)) continue;
      // "from ORG" in the sentence (an origin row) names where the group comes from.
      if (std::string org = OriginAfterRow(article, para, lower, ss, se); !org.empty()) origin = org;
      if (SameOrUnit(origin, employer)) origin.clear();
      bool told = false;  // a group of this label already read at the employer
      for (std::vector<Event>* evs : {events, &add})
        for (Event& ev : *evs) {
          if (ev.candidate_kind != CandidateKind::kGroup || !SameOrUnit(ev.employer, employer) ||
              ev.candidate.rfind(g.label, 0) != 0)
            continue;
          told = true;
          // Read from this sentence with no origin ("Eight associates from the team will join next month"):
          // the persons' origin is the group's.
          const bool here = std::any_of(ev.evidence.begin(), ev.evidence.end(), [&](const Evidence& x) {
            return x.paragraph == para && x.start >= s && x.start < e;
          });
          if (here && ev.previous_employer.empty() && !origin.empty()) {
            ev.previous_employer = origin;
            ev.candidate += " from " + origin;
          }
        }
      if (told) continue;
      const bool future = AnnouncedMove(std::string_view(lower).substr(ss, se - ss));
      Event hire;
      hire.type = EventType::kHire;
      hire.employer = employer;
      hire.candidate = g.label + (origin.empty() ? "" : " from " + origin);
      hire.candidate_kind = CandidateKind::kGroup;
      hire.candidate_count = g.count;
      hire.previous_employer = origin;
      hire.outcome = future ? Outcome::kAccepted : Outcome::kJoined;
      hire.timeline.push_back(future ? "accepted" : "joined");
      hire.evidence.push_back({para, s, e});
      hire.confidence = Confidence(hire);
      add.push_back(std::move(hire));
    }
  });
  for (Event& ev : add) events->push_back(std::move(ev));
}

}  // namespace events_detail
}  // namespace hirewire::normalize
