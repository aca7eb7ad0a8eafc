#include "normalize/foundations.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "normalize/events.h"
#include "normalize/frames.h"
#include "normalize/name_key.h"

namespace hirewire::normalize {
namespace {

// The surface names an institution of one of `kinds` (its last word ends so and is longer).
bool InstitutionName(std::string_view name, const std::vector<std::string>& kinds) {
  const std::string_view last =
      name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1);
  return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) {
    return last.size() > k.size() && last.substr(last.size() - k.size()) == k;
  });
}

// The text of the event's sentences.
std::string EvidenceText(const Article& a, const Event& e) {
  std::string out;
  for (const Evidence& ev : e.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    const std::string& p = a.paragraphs[static_cast<size_t>(ev.paragraph)];
    const size_t b = std::min(p.size(), static_cast<size_t>(std::max(0, ev.start)));
    const size_t n = std::min(p.size(), static_cast<size_t>(std::max(ev.start, ev.end))) - b;
    out += p.substr(b, n);
    out += '\n';
  }
  return out;
}

// The institution the foundation `f` runs for event `e`, or nullptr.
const Entity* InstitutionOf(const Article& a, const Entity& f, const Event& e) {
  std::string stem;
  std::vector<std::string> kinds;
  for (const std::string& n : EntityNames(f))
    if (kinds = FrameReader::Default().FoundationInstitutions(n, &stem); !kinds.empty()) break;
  if (kinds.empty()) return nullptr;
  const std::string said = EvidenceText(a, e);
  const Entity* own = nullptr;  // opens with the foundation's own name
  std::vector<const Entity*> in_sentence;
  for (const Entity& o : a.entities) {
    if (o.type == EntityType::kPerson || o.type == EntityType::kPublication || &o == &f ||
        o.canonical == f.canonical)
      continue;
    for (const std::string& n : EntityNames(o)) {
      if (!InstitutionName(n, kinds) || !FrameReader::Default().FoundationInstitutions(n).empty()) continue;
      if (stem.size() >= 3 && n.compare(0, stem.size(), stem) == 0 && !own) own = &o;
      if (said.find(n) != std::string::npos &&
          std::find(in_sentence.begin(), in_sentence.end(), &o) == in_sentence.end())
        in_sentence.push_back(&o);
    }
  }
  if (own) return own;
  return in_sentence.size() == 1 ? in_sentence.front() : nullptr;
}

}  // namespace

void FoundationInstitutions(const Article& a, std::vector<Event>* events) {
  std::vector<size_t> moved;
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    if (e.candidate_kind != CandidateKind::kPerson ||
        (e.type != EventType::kHire && e.type != EventType::kDeparture))
      continue;
    const Entity* f = OrgWithCanonical(a, e.employer);
    if (!f || FrameReader::Default().FoundationPost(e.role)) continue;
    const Entity* institution = InstitutionOf(a, *f, e);
    if (!institution) continue;
    e.employer = institution->canonical;
    e.employer_aliases = OwnSpellings(a, e.employer);
    if (SameOrUnit(e.previous_employer, e.employer)) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
    moved.push_back(i);
  }
  // A move read both at the foundation and at the institution is one.
  std::vector<size_t> drop;
  for (size_t i : moved)
    for (size_t j = 0; j < events->size(); ++j) {
      const Event& e = (*events)[i];
      const Event& o = (*events)[j];
      if (j != i && o.type == e.type && o.candidate == e.candidate && o.employer == e.employer &&
          std::find(drop.begin(), drop.end(), j) == drop.end()) {
        drop.push_back(i);
        break;
      }
    }
  std::sort(drop.rbegin(), drop.rend());
  for (size_t i : drop) events->erase(events->begin() + static_cast<std::ptrdiff_t>(i));
}

}  // namespace hirewire::normalize
