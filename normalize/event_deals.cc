#include "normalize/event_deals.h"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/text.h"
#include "normalize/cues.h"

namespace hirewire::normalize {
namespace {

// Same organization, or one a unit of the other ("Google" / "Google DeepMind").
bool SameOrUnitOrg(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return !s.empty() && l.compare(0, s.size(), s) == 0 && l[s.size()] == ' ';
}

// The organization entity an event names (canonical, name or alias), or null.
const Entity* OrgNamed(const Article& a, const std::string& name) {
  if (name.empty()) return nullptr;
  for (const Entity& en : a.entities) {
    if (!IsOrgType(en.type)) continue;
    if (en.canonical == name || en.name == name) return &en;
    if (std::find(en.aliases.begin(), en.aliases.end(), name) != en.aliases.end()) return &en;
  }
  return nullptr;
}

// The rows of the cue table HasDealRow asks for `value` (kind deal of that value; for acquihire also kind
// cue of value acquihire), in table order, gathered once: SaysAcquihire reads every paragraph.
const std::vector<const CueRow*>& DealRows(std::string_view value) {
  static const auto* by_value = [] {
    auto* out = new std::map<std::string, std::vector<const CueRow*>, std::less<>>;
    for (const CueRow& r : CueLexicon::Default().rows()) {
      if (r.kind == "deal") (*out)[r.value].push_back(&r);
      if (r.kind == "cue" && r.value == "acquihire") (*out)["acquihire"].push_back(&r);
    }
    return out;
  }();
  static const std::vector<const CueRow*> kNone;
  const auto it = by_value->find(value);
  return it == by_value->end() ? kNone : it->second;
}

// Whether `text` holds a row of the cue table: kind cue of value acquihire, or kind deal of `value`
// (found as CueLexicon::RowsIn finds a row: English rows as whole words of the lowercased text).
bool HasDealRow(std::string_view text, std::string_view value) {
  const std::vector<const CueRow*>& rows = DealRows(value);
  if (rows.empty()) return false;
  const std::string lower = AsciiLower(text);
  for (const CueRow* r : rows) {
    const bool english = r->lang == "en";
    if (FindCueText(english ? std::string_view(lower) : text, r->text, english) != std::string_view::npos)
      return true;
  }
  return false;
}

bool SaysAcquihire(const Article& a) {
  for (const std::string& p : a.paragraphs)
    if (HasDealRow(p, "acquihire")) return true;
  return false;
}

// A sentence naming `target` and the employer tells of the employer buying it: a `bought` row and
// no failure, negation or plan word ("tried to buy", "인수하려 했으나 … 무산").
bool EmployerBought(const Article& a, const ParagraphSentences& sentences, const Entity& target,
                    const std::string& employer) {
  for (const Mention& m : target.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= sentences.size()) continue;
    for (const auto& [b, e] : sentences[m.paragraph]) {
      if (m.start < b || m.end > e) continue;
      bool with_employer = false;
      for (const Entity& en : a.entities)
        if (IsOrgType(en.type) && &en != &target && SameOrUnitOrg(en.canonical, employer))
          for (const Mention& o : en.mentions)
            with_employer = with_employer || (o.paragraph == m.paragraph && o.start >= b && o.end <= e);
      if (!with_employer) continue;
      std::string_view sent = std::string_view(a.paragraphs[m.paragraph]).substr(b, e - b);
      if (!HasDealRow(sent, "bought")) continue;
      std::vector<std::string> cls = RoleCues::Default().ClassesIn(sent, 0, static_cast<int>(sent.size()));
      auto has = [&](const char* c) { return std::find(cls.begin(), cls.end(), c) != cls.end(); };
      if (!has("fail") && !has("negation") && !has("plan")) return true;
    }
  }
  return false;
}

// The company a start-up licensing deal pays (`deal` rows of value license: "Adobe will pay Lumen about $180
// million to license its technology"): the first organization of the sentence that is not the employer; empty
// without one.
std::string Licensor(const Article& a, const ParagraphSentences& sentences, const std::string& employer) {
  for (size_t pi = 0; pi < sentences.size() && pi < a.paragraphs.size(); ++pi)
    for (const auto& [b, e] : sentences[pi]) {
      const std::string_view sent = std::string_view(a.paragraphs[pi]).substr(b, e - b);
      if (!HasDealRow(sent, "license")) continue;
      // (Not a deal denied or planned: "did not pay Helix a licensing fee".)
      const std::vector<std::string> cls =
          RoleCues::Default().ClassesIn(sent, 0, static_cast<int>(sent.size()));
      if (std::find(cls.begin(), cls.end(), "negation") != cls.end() ||
          std::find(cls.begin(), cls.end(), "plan") != cls.end())
        continue;
      const Entity* first = nullptr;
      int first_at = e;
      bool with_employer = false;
      for (const Entity& en : a.entities) {
        if (!IsOrgType(en.type)) continue;
        for (const Mention& m : en.mentions) {
          if (m.paragraph != static_cast<int>(pi) || m.start < b || m.end > e) continue;
          if (SameOrUnitOrg(en.canonical, employer)) {
            with_employer = true;
          } else if (m.start < first_at) {
            first = &en;
            first_at = m.start;
          }
        }
      }
      if (first && with_employer) return first->canonical;
    }
  return {};
}

// Whether the target's mention at `m` in sentence `sent` (starting at byte `b` of its paragraph) is the
// object of the bought row at `row` there: closed by a Korean object particle (cues.tsv particle rows:
// "카카오가 … 루멘AI를 인수하며"), or, in English, named after the row ("Kakao has acquired Lumen").
bool TargetAt(std::string_view sent, int b, const Mention& m, size_t row, bool english) {
  static const std::vector<std::string> objects = [] {
    std::vector<std::string> out;
    const CueLexicon& lex = CueLexicon::Default();
    for (const CueRow& r : lex.rows())
      if (r.kind == "particle" && r.lang == "ko" && r.value == "object") out.push_back(r.text);
    return out;
  }();
  const size_t end = static_cast<size_t>(m.end - b);
  if (end > sent.size()) return false;
  for (const std::string& o : objects)
    if (sent.substr(end).starts_with(o) && end < row) return true;
  return english && static_cast<size_t>(m.start - b) > row;
}

// A sentence of the article tells `buyer` buying `target`: a bought row (no failure, negation or plan word),
// the target its object (TargetAt) and the buyer named in the sentence before the row and not as its object.
bool BoughtBy(const Article& a, const ParagraphSentences& sentences, const Entity& target,
              const Entity& buyer) {
  const CueLexicon& lex = CueLexicon::Default();
  for (const Mention& m : target.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= sentences.size()) continue;
    for (const auto& [b, e] : sentences[m.paragraph]) {
      if (m.start < b || m.end > e) continue;
      const std::string_view sent = std::string_view(a.paragraphs[m.paragraph]).substr(b, e - b);
      std::vector<std::string> cls = RoleCues::Default().ClassesIn(sent, 0, static_cast<int>(sent.size()));
      auto has = [&](const char* c) { return std::find(cls.begin(), cls.end(), c) != cls.end(); };
      if (has("fail") || has("negation") || has("plan")) continue;
      for (int r : lex.RowsIn(sent)) {
        const CueRow& row = lex.rows()[r];
        const size_t at =
            row.kind == "deal" && row.value == "bought" ? sent.find(row.text) : std::string_view::npos;
        const bool english = row.lang == "en";
        if (at == std::string_view::npos || !TargetAt(sent, b, m, at, english)) continue;
        for (const Mention& o : buyer.mentions)
          if (o.paragraph == m.paragraph && o.start >= b && o.end <= e &&
              static_cast<size_t>(o.start - b) < at && !TargetAt(sent, b, o, at, english))
            return true;
      }
    }
  }
  return false;
}

bool Moved(const Event& e) {
  return (e.type == EventType::kHire || e.type == EventType::kOffer || e.type == EventType::kAcquihire) &&
         (e.outcome == Outcome::kJoined || e.outcome == Outcome::kAccepted);
}

// Where the mover comes from: the previous employer, else the company a group is named after
// ("researchers from 딥루프").
std::string Origin(const Event& e) {
  if (!e.previous_employer.empty() || e.candidate_kind != CandidateKind::kGroup) return e.previous_employer;
  const size_t at = e.candidate.rfind(" from ");
  return at == std::string::npos ? std::string() : e.candidate.substr(at + 6);
}

bool SharesEvidence(const Event& a, const Event& b) {
  for (const Evidence& x : a.evidence)
    for (const Evidence& y : b.evidence)
      if (x.paragraph == y.paragraph && x.start < y.end && y.start < x.end) return true;
  return false;
}

// Whether the event's candidate belongs to `org` by its own words: a person titled by it ("강태윤 루멘AI
// 대표"), a group named after it ("engineers from 루멘AI").
bool CandidateOf(const Article& a, const Event& e, const Entity& org) {
  auto names = [&](const std::string& n) {
    return n == org.canonical || n == org.name ||
           std::find(org.aliases.begin(), org.aliases.end(), n) != org.aliases.end();
  };
  if (e.candidate_kind == CandidateKind::kGroup) {
    const size_t at = e.candidate.rfind(" from ");
    return at != std::string::npos && names(e.candidate.substr(at + 6));
  }
  for (const Entity& p : a.entities)
    if (p.type == EntityType::kPerson && p.canonical == e.candidate)
      for (const Role& r : p.roles)
        if (names(r.organization)) return true;
  return false;
}

// A move into the company bought, from its buyer, is told the wrong way round: "카카오가 루멘AI를 인수하며 …"
// then "강태윤 루멘AI 대표는 카카오 … 부문장을 맡고" read as a hire at 루멘AI from 카카오. The buyer is the
// employer and the company bought the origin, when the mover belongs to it (CandidateOf: not a manager the
// buyer sends in, "한결테크 김민재 전무를 픽셀원 대표로 보냈다"); a swapped event that repeats another one of
// the article goes.
void BuyerSideMoves(const Article& article, const ParagraphSentences& sentences, std::vector<Event>* events) {
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    if (!Moved(e) || e.previous_employer.empty()) continue;
    const Entity* target = OrgNamed(article, e.employer);
    const Entity* buyer = OrgNamed(article, e.previous_employer);
    if (!target || !buyer || target == buyer || !CandidateOf(article, e, *target) ||
        !BoughtBy(article, sentences, *target, *buyer) || BoughtBy(article, sentences, *buyer, *target))
      continue;
    std::swap(e.employer, e.previous_employer);
    std::swap(e.employer_aliases, e.previous_employer_aliases);
    for (size_t j = 0; j < events->size() && !drop[i]; ++j) {
      const Event& o = (*events)[j];
      drop[i] =
          j != i && !drop[j] && o.type == e.type && o.candidate == e.candidate && o.employer == e.employer;
    }
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
}

}  // namespace

void AcquihireDeals(const Article& article, const ParagraphSentences& sentences, std::vector<Event>* events) {
  BuyerSideMoves(article, sentences, events);
  std::vector<Event>& out = *events;
  const bool says = SaysAcquihire(article);
  std::vector<bool> deal(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    Event& g = out[i];
    if (g.candidate_kind != CandidateKind::kGroup) continue;
    const std::string origin = Origin(g);
    // A counted team of a company the employer bought ("has acquired NordFuel …, bringing NordFuel's
    // team of 25 engineers into the group") moved with the purchase, however the clause words it.
    if (!Moved(g) && g.type == EventType::kOffer && g.outcome == Outcome::kOffered && g.candidate_count > 0 &&
        !origin.empty()) {
      const Entity* from = OrgNamed(article, origin);
      if (from && !SameOrUnitOrg(origin, g.employer) &&
          EmployerBought(article, sentences, *from, g.employer)) {
        g.outcome = Outcome::kJoined;
        if (g.previous_employer.empty()) g.previous_employer = origin;
        deal[i] = true;
      }
      continue;
    }
    if (!Moved(g)) continue;
    if (!origin.empty()) {
      const Entity* from = OrgNamed(article, origin);
      deal[i] = from && !SameOrUnitOrg(origin, g.employer) &&
                (says || EmployerBought(article, sentences, *from, g.employer) ||
                 SameOrUnitOrg(Licensor(article, sentences, g.employer), origin));
      continue;
    }
    // No origin of its own: the start-up a licensing deal pays ("…, and about 30 employees will join Adobe").
    const std::string licensor = Licensor(article, sentences, g.employer);
    if (!licensor.empty()) {
      g.previous_employer = licensor;
      deal[i] = true;
      continue;
    }
    // No origin of its own: moving in the sentence of a person who comes from another company.
    for (size_t j = 0; j < out.size() && says && !deal[i]; ++j) {
      const Event& p = out[j];
      deal[i] = p.candidate_kind == CandidateKind::kPerson && Moved(p) && !p.previous_employer.empty() &&
                SameOrUnitOrg(p.employer, g.employer) && SharesEvidence(p, g);
    }
  }
  for (size_t i = 0; i < out.size(); ++i)
    if (deal[i]) out[i].type = EventType::kAcquihire;
}

}  // namespace hirewire::normalize
