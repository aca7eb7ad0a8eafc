#include "normalize/refusals.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "corpus/bigram_filter.h"
#include "corpus/text.h"
#include "normalize/cues.h"
#include "normalize/events.h"

namespace hirewire::normalize {
namespace {

bool HasHangul(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xEA || static_cast<unsigned char>(s[i]) == 0xEB ||
        static_cast<unsigned char>(s[i]) == 0xEC || static_cast<unsigned char>(s[i]) == 0xED)
      return true;
  return false;
}

// One sentence as the passes read it: its paragraph, span, lowercased text and language.
struct Sentence {
  int para = 0, start = 0, end = 0;
  std::string lower;
  std::string lang;
};

// The rows of the cue table of each kind, in table order, gathered once (the passes below ask each
// sentence for a few kinds; the table has some 1,500 rows).
const std::vector<const CueRow*>& RowsOfKind(std::string_view kind) {
  static const auto* by_kind = [] {
    auto* out = new std::map<std::string, std::vector<const CueRow*>, std::less<>>;
    for (const CueRow& r : CueLexicon::Default().rows()) (*out)[r.kind].push_back(&r);
    return out;
  }();
  static const std::vector<const CueRow*> kNone;
  const auto it = by_kind->find(kind);
  return it == by_kind->end() ? kNone : it->second;
}

// Blanks the phrases that hold a cue word but state no hiring fact (cues.tsv kind=blank: "declined to
// comment", "retention rate"), as the sentence reading does. A row whose byte pairs the sentence lacks
// is not searched (the pairs are read again after a blank).
void BlankOut(Sentence* s) {
  std::optional<BigramFilter> pairs(s->lower);
  for (const CueRow* r : RowsOfKind("blank")) {
    if (r->lang != s->lang) continue;
    if (r->text.find(" … ") == std::string::npos && !pairs->MayContain(r->text)) continue;
    bool blanked = false;
    for (size_t f = FindCueText(s->lower, r->text, s->lang == "en"); f != std::string::npos;
         f = FindCueText(s->lower, r->text, s->lang == "en", f + 1)) {
      std::fill(s->lower.begin() + static_cast<long>(f),
                s->lower.begin() + static_cast<long>(f + r->text.size()), ' ');
      blanked = true;
    }
    if (blanked) pairs.emplace(s->lower);
  }
}

std::vector<Sentence> Sentences(const Article& a) {
  std::vector<Sentence> out;
  const auto spans = ArticleSentences(a);
  for (size_t pi = 0; pi < spans.size(); ++pi)
    for (const auto& [s, e] : spans[pi]) {
      std::string_view text =
          std::string_view(a.paragraphs[pi]).substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
      Sentence sentence{static_cast<int>(pi), s, e, AsciiLower(text), HasHangul(text) ? "ko" : "en"};
      BlankOut(&sentence);
      out.push_back(std::move(sentence));
    }
  return out;
}

// The position of the first row of `kind` (and `value`, when not empty) in the sentence, or npos.
size_t FindRow(const Sentence& s, std::string_view kind, std::string_view value = {}, size_t from = 0) {
  size_t best = std::string_view::npos;
  for (const CueRow* r : RowsOfKind(kind)) {
    if (r->lang != s.lang || (!value.empty() && r->value != value)) continue;
    best = std::min(best, FindCueText(s.lower, r->text, s.lang == "en", from));
  }
  return best;
}

// The entities of `types` with a mention inside the sentence, in the order of their first mention there.
std::vector<const Entity*> EntitiesIn(const Article& a, const Sentence& s, bool persons) {
  std::vector<std::pair<int, const Entity*>> found;
  for (const Entity& e : a.entities) {
    if ((e.type == EntityType::kPerson) != persons || (!persons && !IsOrgType(e.type))) continue;
    for (const Mention& m : e.mentions)
      if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end) {
        found.emplace_back(m.start, &e);
        break;
      }
  }
  std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<const Entity*> out;
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

// A name that is a cue word of the table (a row of kind cue or retain, whole).
bool CueWord(const std::string& name) {
  for (const CueRow& r : CueLexicon::Default().rows())
    if ((r.kind == "cue" || r.kind == "retain") && r.text == name) return true;
  return false;
}

bool Names(const Entity& person, const std::string& candidate) {
  return candidate == person.name || candidate == person.canonical;
}

bool Open(const Event& e) { return e.outcome == Outcome::kOffered || e.outcome == Outcome::kNone; }

void Respond(Event* e, Outcome outcome, const char* step) {
  if (e->timeline.empty()) e->timeline.push_back("offered");
  e->outcome = outcome;
  if (e->timeline.back() != step) e->timeline.push_back(step);
  if (outcome != Outcome::kDeclined && outcome != Outcome::kAccepted) return;
  for (Offer& o : e->offers)
    if (o.response.empty()) o.response = outcome == Outcome::kDeclined ? "declined" : "accepted";
}

}  // namespace

bool UnmadeRetention(std::string_view lo, size_t pos) {
  auto texts = [](std::string_view kind, std::string_view value1, std::string_view value2) {
    std::vector<std::string> out;
    for (const CueRow& row : CueLexicon::Default().rows())
      if (row.kind == kind && row.lang == "en" &&
          (value1.empty() || row.value == value1 || row.value == value2))
        out.push_back(row.text);
    return out;
  };
  static const std::vector<std::string> words = [&] {
    std::vector<std::string> out = texts("negator", "", "");
    for (std::string& h : texts("hypothetical", "", "")) out.push_back(std::move(h));
    return out;
  }();
  static const std::vector<std::string> answers = texts("cue", "accept", "decline");
  constexpr size_t kReach = 60;  // a few words: "had not yet made a counteroffer"
  const size_t dot = lo.rfind(". ", pos);
  size_t from = dot == std::string_view::npos ? 0 : dot + 2;
  if (pos > kReach && pos - kReach > from) from = pos - kReach;
  const std::string_view before = lo.substr(from, pos - from);
  for (const std::string& w : words) {
    size_t last = std::string_view::npos;
    for (size_t at = FindCueText(before, w, true); at != std::string_view::npos;
         at = FindCueText(before, w, true, at + 1))
      last = at;
    if (last == std::string_view::npos) continue;
    // An answer between scopes the negator over the answer ("did not accept the counteroffer": it was made).
    const std::string_view span = before.substr(last);
    const bool answered = std::any_of(answers.begin(), answers.end(), [&](const std::string& a) {
      return FindCueText(span, a, true) != std::string_view::npos;
    });
    if (!answered) return true;
  }
  return false;
}

void UnnamedOffererRefusals(const Article& article, std::vector<Event>* events) {
  for (const Sentence& s : Sentences(article)) {
    const size_t unnamed = FindRow(s, "unnamed_offerer");
    if (unnamed == std::string_view::npos || FindRow(s, "blank") != std::string_view::npos) continue;
    if (FindRow(s, "cue", "decline") == std::string_view::npos) continue;
    const std::vector<const Entity*> persons = EntitiesIn(article, s, true);
    if (persons.empty()) continue;
    const std::vector<const Entity*> orgs = EntitiesIn(article, s, false);
    // The one open offer to the person by an organization this sentence does not name (the current
    // employer it names is where the person stays).
    Event* offer = nullptr;
    int open = 0;
    for (Event& e : *events) {
      if (!Names(*persons.front(), e.candidate) || e.type != EventType::kOffer || !Open(e)) continue;
      const bool named_here = std::any_of(orgs.begin(), orgs.end(),
                                          [&](const Entity* o) { return SameOrUnit(o->name, e.employer); });
      if (named_here) continue;
      offer = &e;
      ++open;
    }
    if (open == 1) Respond(offer, Outcome::kDeclined, "declined");
  }
}

void RetentionOffers(const Article& article, std::vector<Event>* events) {
  for (const Sentence& s : Sentences(article)) {
    const size_t retain = FindRow(s, "retain");
    if (retain == std::string_view::npos) continue;
    // A counter-offer denied or weighed ("has not made a counteroffer", "is weighing whether to make one") is
    // none.
    if (FindRow(s, "negator") != std::string_view::npos ||
        FindRow(s, "hypothetical") != std::string_view::npos)
      continue;
    // The current employer: an organization of the sentence that is the previous employer of a person
    // another organization offers a move to.
    for (const Entity* org : EntitiesIn(article, s, false)) {
      if (CueWord(org->name)) continue;  // the recognizer's "역제안", "러브콜": a cue word, no organization
      std::string person;
      int people = 0;
      // the sentence's persons, if it names any
      const std::vector<const Entity*> named = EntitiesIn(article, s, true);
      auto in_sentence = [&](const std::string& candidate) {
        return named.empty() ||
               std::any_of(named.begin(), named.end(), [&](const Entity* p) { return Names(*p, candidate); });
      };
      for (const Event& e : *events)
        if (e.candidate_kind == CandidateKind::kPerson && !e.previous_employer.empty() &&
            SameOrUnit(e.previous_employer, org->name) && !SameOrUnit(e.employer, org->name) &&
            e.candidate != person && in_sentence(e.candidate)) {
          person = e.candidate;
          ++people;
        }
      if (people != 1) continue;
      // Taken ("Reyes accepted it, turning down OpenAI": the refusal is of the other offer) or refused after
      // it
      // ("a counteroffer …, which she declined").
      const bool accepted = FindRow(s, "cue", "accept") != std::string_view::npos ||
                            FindRow(s, "cue", "stay") != std::string_view::npos;
      const bool declined = !accepted && FindRow(s, "cue", "decline", retain) != std::string_view::npos;
      auto own = std::find_if(events->begin(), events->end(), [&](const Event& e) {
        return e.candidate == person && SameOrUnit(e.employer, org->name) && e.type != EventType::kDeparture;
      });
      if (own == events->end()) {
        Event e;
        e.type = EventType::kOffer;
        e.employer = org->name;
        e.candidate = person;
        e.candidate_kind = CandidateKind::kPerson;
        e.evidence.push_back({s.para, s.start, s.end});
        events->push_back(std::move(e));
        own = events->end() - 1;
      } else if (own->type == EventType::kHire) {
        // A hire by the person's own employer is the offer that keeps them there.
        own->type = EventType::kOffer;
        own->previous_employer.clear();
        own->previous_employer_aliases.clear();
        if (own->outcome == Outcome::kJoined) own->outcome = Outcome::kAccepted;
      }
      if (declined)
        Respond(&*own, Outcome::kDeclined, "declined");
      else if (accepted)
        Respond(&*own, Outcome::kAccepted, "accepted");
      else if (own->outcome == Outcome::kNone)
        Respond(&*own, Outcome::kOffered, "offered");
      // Kept by the counter-offer: the other organizations' open offers were turned down.
      if (own->outcome == Outcome::kAccepted)
        for (Event& e : *events)
          if (e.candidate == person && e.type == EventType::kOffer && !SameOrUnit(e.employer, org->name) &&
              Open(e))
            Respond(&e, Outcome::kDeclined, "declined");
      break;
    }
  }
}

void RivalOffersOfStays(std::vector<Event>* events) {
  std::vector<Event>& ev = *events;
  std::vector<bool> turned(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    const Event& e = ev[i];
    if (e.candidate_kind != CandidateKind::kPerson || e.previous_employer.empty() ||
        (e.type != EventType::kOffer && e.type != EventType::kHire) ||
        (e.outcome != Outcome::kAccepted && e.outcome != Outcome::kOffered))
      continue;
    for (const Event& o : ev) {
      if (&o == &e || o.candidate != e.candidate || !o.previous_employer.empty() ||
          (o.type != EventType::kOffer && o.type != EventType::kHire) ||
          !SameOrUnit(o.employer, e.previous_employer))
        continue;
      // The stay taken: accepted, or joined against a rival's accepted offer (an open rival offer beside a
      // joined move is still open: "Barclays hired him; Pinegrove's offer stands").
      const bool stays = o.outcome == Outcome::kAccepted ||
                         (o.outcome == Outcome::kJoined && e.outcome == Outcome::kAccepted);
      if (stays) turned[i] = true;
    }
  }
  for (size_t i = 0; i < ev.size(); ++i)
    if (turned[i]) {
      ev[i].type = EventType::kOffer;
      Respond(&ev[i], Outcome::kDeclined, "declined");
    }
}

}  // namespace hirewire::normalize
