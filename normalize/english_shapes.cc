#include "normalize/english_shapes.h"

#include <algorithm>
#include <string>

#include "corpus/text.h"
#include "extract/entity_words.h"
#include "normalize/cues.h"
#include "normalize/events.h"

namespace hirewire::normalize {
namespace {

bool WordEdge(std::string_view s, size_t at) {
  return at == 0 || at >= s.size() ||
         !((s[at - 1] >= 'a' && s[at - 1] <= 'z') || (s[at - 1] >= '0' && s[at - 1] <= '9'));
}

bool WholeWordAt(std::string_view s, size_t at, std::string_view w) {
  if (s.substr(at, w.size()) != w || !WordEdge(s, at)) return false;
  const size_t e = at + w.size();
  return e == s.size() || !((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= '0' && s[e] <= '9'));
}

// The word before ", led by" names a group: group, team, or a cues.tsv group row ("engineers").
bool GroupWordBefore(std::string_view lower, size_t at) {
  size_t b = at;
  while (b > 0 && lower[b - 1] >= 'a' && lower[b - 1] <= 'z') --b;
  const std::string_view w = lower.substr(b, at - b);
  if (w == "group" || w == "team" || w == "crew") return true;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "group" && r.lang == "en" && r.text == w) return true;
  return false;
}

}  // namespace

// The mention of an entity of `person` type (or an organization) that starts in [from, to) of paragraph
// `para`; the first one.
const Entity* MentionIn(const Article& a, int para, size_t from, size_t to, bool person, int* start,
                        int* end) {
  const Entity* best = nullptr;
  for (const Entity& e : a.entities) {
    if ((e.type == EntityType::kPerson) != person || (!person && !IsOrgType(e.type))) continue;
    for (const Mention& m : e.mentions)
      if (m.paragraph == para && m.start >= static_cast<int>(from) && m.start < static_cast<int>(to) &&
          (!best || m.start < *start)) {
        best = &e;
        *start = m.start;
        *end = m.end;
      }
  }
  return best;
}

std::vector<std::pair<size_t, size_t>> FindVerbWithGap(std::string_view lower, std::string_view verb) {
  std::vector<std::pair<size_t, size_t>> out;
  const size_t space = verb.find(' ');
  const std::string_view head = verb.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? std::string_view() : verb.substr(space + 1);
  const auto& words = extract::EntityWords::Default();
  for (size_t f = lower.find(head); f != std::string_view::npos; f = lower.find(head, f + 1)) {
    if (!WholeWordAt(lower, f, head)) continue;
    size_t at = f + head.size();
    if (rest.empty()) {
      out.emplace_back(f, at);
      continue;
    }
    for (int gap = 0; gap <= 2 && at < lower.size() && lower[at] == ' '; ++gap) {
      if (WholeWordAt(lower, at + 1, rest)) {
        out.emplace_back(f, at + 1 + rest.size());
        break;
      }
      size_t e = at + 1;
      while (e < lower.size() && lower[e] >= 'a' && lower[e] <= 'z') ++e;
      if (e == at + 1 || !words.Has(extract::WordList::kHireVerbGap, lower.substr(at + 1, e - at - 1))) break;
      at = e;
    }
  }
  return out;
}

void LedGroupJoins(const Article& article, std::vector<Event>* events) {
  static constexpr std::string_view kLed = ", led by ";
  static const std::pair<std::string_view, bool> kJoins[] = {
      {"joined", false},   {"has joined", false}, {"have joined", false}, {"moved to", false},
      {"will join", true}, {"is joining", true},  {"are joining", true},  {"will move to", true}};
  const auto spans = ArticleSentences(article);
  for (size_t pi = 0; pi < spans.size(); ++pi) {
    const std::string lower = AsciiLower(article.paragraphs[pi]);
    for (const auto& [s, e] : spans[pi]) {
      const std::string_view sentence = std::string_view(lower).substr(0, static_cast<size_t>(e));
      for (size_t f = sentence.find(kLed, static_cast<size_t>(s)); f != std::string_view::npos;
           f = sentence.find(kLed, f + 1)) {
        if (!GroupWordBefore(sentence, f)) continue;
        int ps = 0, pe = 0, os = 0, oe = 0;
        const Entity* leader =
            MentionIn(article, static_cast<int>(pi), f + kLed.size(), f + kLed.size() + 40, true, &ps, &pe);
        if (!leader || sentence.substr(static_cast<size_t>(pe), 2) != ", ") continue;
        const size_t verb_at = static_cast<size_t>(pe) + 2;
        for (const auto& [verb, future] : kJoins) {
          if (!WholeWordAt(sentence, verb_at, verb)) continue;
          const Entity* org = MentionIn(article, static_cast<int>(pi), verb_at + verb.size(),
                                        verb_at + verb.size() + 6, false, &os, &oe);
          if (!org) break;
          const std::string& employer = org->canonical.empty() ? org->name : org->canonical;
          const bool known = std::any_of(events->begin(), events->end(), [&](const Event& x) {
            return (x.candidate == leader->name || x.candidate == leader->canonical) &&
                   SameOrUnit(x.employer, employer);
          });
          if (known) break;
          Event hire;
          hire.type = EventType::kHire;
          hire.employer = employer;
          hire.candidate = leader->canonical.empty() ? leader->name : leader->canonical;
          hire.candidate_kind = CandidateKind::kPerson;
          for (const Event& g : *events)
            if (g.candidate_kind == CandidateKind::kGroup && SameOrUnit(g.employer, employer) &&
                !g.previous_employer.empty())
              hire.previous_employer = g.previous_employer;
          hire.outcome = future ? Outcome::kAccepted : Outcome::kJoined;
          hire.timeline.push_back(future ? "accepted" : "joined");
          hire.evidence.push_back({static_cast<int>(pi), s, e});
          events->push_back(std::move(hire));
          break;
        }
      }
    }
  }
}

}  // namespace hirewire::normalize
