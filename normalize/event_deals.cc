#include "normalize/event_deals.h"

#include <algorithm>
#include <string>
#include <string_view>

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

bool IsOrg(const Entity& en) { return en.type == "company" || en.type == "organization"; }

// The organization entity an event names (canonical, name or alias), or null.
const Entity* OrgNamed(const Article& a, const std::string& name) {
  if (name.empty()) return nullptr;
  for (const Entity& en : a.entities) {
    if (!IsOrg(en)) continue;
    if (en.canonical == name || en.name == name) return &en;
    if (std::find(en.aliases.begin(), en.aliases.end(), name) != en.aliases.end()) return &en;
  }
  return nullptr;
}

// Whether `text` holds a row of the cue table: kind cue of value acquihire, or kind deal of `value`.
bool HasDealRow(std::string_view text, std::string_view value) {
  const CueLexicon& lex = CueLexicon::Default();
  for (int r : lex.RowsIn(text)) {
    const CueRow& row = lex.rows()[r];
    if (row.kind == "deal" && row.value == value) return true;
    if (value == "acquihire" && row.kind == "cue" && row.value == "acquihire") return true;
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
        if (IsOrg(en) && &en != &target && SameOrUnitOrg(en.canonical, employer))
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

// The company a start-up licensing deal pays (`deal` rows of value license: "Adobe will pay Lumen about $180 million
// to license its technology"): the first organization of the sentence that is not the employer; empty without one.
std::string Licensor(const Article& a, const ParagraphSentences& sentences, const std::string& employer) {
  for (size_t pi = 0; pi < sentences.size() && pi < a.paragraphs.size(); ++pi)
    for (const auto& [b, e] : sentences[pi]) {
      const std::string_view sent = std::string_view(a.paragraphs[pi]).substr(b, e - b);
      if (!HasDealRow(sent, "license")) continue;
      // (Not a deal denied or planned: "did not pay Helix a licensing fee".)
      const std::vector<std::string> cls = RoleCues::Default().ClassesIn(sent, 0, static_cast<int>(sent.size()));
      if (std::find(cls.begin(), cls.end(), "negation") != cls.end() || std::find(cls.begin(), cls.end(), "plan") != cls.end())
        continue;
      const Entity* first = nullptr;
      int first_at = e;
      bool with_employer = false;
      for (const Entity& en : a.entities) {
        if (!IsOrg(en)) continue;
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

bool Moved(const Event& e) {
  return (e.type == EventType::kHire || e.type == EventType::kOffer || e.type == EventType::kAcquihire) &&
         (e.outcome == Outcome::kJoined || e.outcome == Outcome::kAccepted);
}

// Where the mover comes from: the previous employer, else the company a group is named after
// ("researchers from 딥루프").
std::string Origin(const Event& e) {
  if (!e.previous_employer.empty() || e.candidate_kind != "group") return e.previous_employer;
  const size_t at = e.candidate.rfind(" from ");
  return at == std::string::npos ? std::string() : e.candidate.substr(at + 6);
}

bool SharesEvidence(const Event& a, const Event& b) {
  for (const Evidence& x : a.evidence)
    for (const Evidence& y : b.evidence)
      if (x.paragraph == y.paragraph && x.start < y.end && y.start < x.end) return true;
  return false;
}

}  // namespace

void AcquihireDeals(const Article& article, const ParagraphSentences& sentences, std::vector<Event>* events) {
  std::vector<Event>& out = *events;
  const bool says = SaysAcquihire(article);
  std::vector<bool> deal(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    Event& g = out[i];
    if (g.candidate_kind != "group") continue;
    const std::string origin = Origin(g);
    // A counted team of a company the employer bought ("has acquired NordFuel …, bringing NordFuel's
    // team of 25 engineers into the group") moved with the purchase, however the clause words it.
    if (!Moved(g) && g.type == EventType::kOffer && g.outcome == Outcome::kOffered &&
        g.candidate_count > 0 && !origin.empty()) {
      const Entity* from = OrgNamed(article, origin);
      if (from && !SameOrUnitOrg(origin, g.employer) && EmployerBought(article, sentences, *from, g.employer)) {
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
      deal[i] = p.candidate_kind == "person" && Moved(p) && !p.previous_employer.empty() &&
                SameOrUnitOrg(p.employer, g.employer) && SharesEvidence(p, g);
    }
  }
  for (size_t i = 0; i < out.size(); ++i)
    if (deal[i]) out[i].type = EventType::kAcquihire;
}

}  // namespace hirewire::normalize
