#include "normalize/unit_employers.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/entity_words.h"
#include "normalize/events.h"

namespace hirewire::normalize {

namespace {

bool IsOrg(const Entity& e) { return e.type != EntityType::kPerson; }

// The spellings of an organization the article writes: the event's name and aliases, and those of the
// entity recognized under that name.
std::vector<std::string> Spellings(const Article& a, const std::string& name,
                                   const std::vector<std::string>& aliases) {
  std::vector<std::string> out = aliases;
  out.push_back(name);
  for (std::string& s : OwnSpellings(a, name)) out.push_back(std::move(s));
  std::erase_if(out, [](const std::string& s) { return s.empty(); });
  return out;
}

bool StartsWithUnitHead(std::string_view w) {
  for (const std::string& h : extract::EntityWords::Default().List(extract::WordList::kKoUnitHead))
    if (w.starts_with(h)) return true;
  return false;
}

bool EndsWithUnitHead(std::string_view w) {
  for (const std::string& h : extract::EntityWords::Default().List(extract::WordList::kKoUnitHead))
    if (w.size() > h.size() && w.ends_with(h)) return true;
  return false;
}

// A name made of company endings only ("AI랩": AI and 랩 are both ko_company_suffix words) names no company
// of its own: written after a company, it is one of that company's labs or arms.
bool OnlyCompanyEndings(std::string_view w) {
  const auto& endings = extract::EntityWords::Default().List(extract::WordList::kKoCompanySuffix);
  while (!w.empty()) {
    size_t longest = 0;
    for (const std::string& s : endings)
      if (s.size() > longest && w.ends_with(s)) longest = s.size();
    if (longest == 0) return false;
    w.remove_suffix(longest);
  }
  return true;
}

// The text holds "PARENT UNIT…" with the unit's word ending in a unit head there, or the unit's name made of
// company endings only.
bool WrittenAsUnitOf(const Article& a, const std::string& parent, const std::string& unit) {
  const std::string phrase = parent + " " + unit;
  for (const std::string& p : a.paragraphs)
    for (size_t f = p.find(phrase); f != std::string::npos; f = p.find(phrase, f + 1)) {
      if (f > 0 && static_cast<unsigned char>(p[f - 1]) >= 0x80) continue;  // inside a longer word
      if (EndsWithUnitHead(unit) || OnlyCompanyEndings(unit) ||
          StartsWithUnitHead(std::string_view(p).substr(f + phrase.size())))
        return true;
    }
  return false;
}

// The one organization of the article the employer is written as a unit of, or null.
const Entity* UnitParent(const Article& a, const Event& e) {
  const std::vector<std::string> units = Spellings(a, e.employer, e.employer_aliases);
  const Entity* found = nullptr;
  for (const Entity& en : a.entities) {
    if (!IsOrg(en) || en.canonical.empty() || SameOrUnit(en.canonical, e.employer)) continue;
    const std::vector<std::string> parents = Spellings(a, en.canonical, en.aliases);
    bool written = false;
    for (const std::string& p : parents)
      for (const std::string& u : units) written = written || (p != u && WrittenAsUnitOf(a, p, u));
    if (!written) continue;
    if (found && found->canonical != en.canonical) return nullptr;
    found = &en;
  }
  return found;
}

// A unit (ko_unit_head: 파운드리사업부, 연구소) the article never writes after an organization, in a story
// that opens with a company ("삼성전자가 … 사장단 인사를 단행했다. … 파운드리사업부에서는 서지훈 부사장이
// …"): the unit is that company's.
const Entity* LeadOfBareUnit(const Article& a, const std::string& lead_org, const Event& e) {
  if (lead_org.empty() || lead_org == e.employer || !EndsWithUnitHead(e.employer)) return nullptr;
  const Entity* lead = nullptr;
  for (const Entity& en : a.entities)
    if (en.type == EntityType::kCompany && en.canonical == lead_org) lead = &en;
  if (!lead) return nullptr;
  const std::vector<std::string> units = Spellings(a, e.employer, e.employer_aliases);
  for (const Entity& en : a.entities) {
    if (!IsOrg(en) || en.canonical.empty() || en.canonical == e.employer) continue;
    for (const std::string& p : Spellings(a, en.canonical, en.aliases))
      for (const std::string& u : units)
        if (p != u && WrittenAsUnitOf(a, p, u)) return nullptr;
  }
  return lead;
}

// The recognizer's one organization "COMPANY LAB" whose last word is made of company endings only ("한솔웹
// AI랩", the company's own name among its spellings): the event is at the company.
bool LabWrittenWhole(Event* e) {
  const size_t sp = e->employer.rfind(' ');
  if (sp == std::string::npos || sp == 0 || !OnlyCompanyEndings(std::string_view(e->employer).substr(sp + 1)))
    return false;
  const std::string company = e->employer.substr(0, sp);
  if (std::find(e->employer_aliases.begin(), e->employer_aliases.end(), company) == e->employer_aliases.end())
    return false;
  e->employer = company;
  std::erase(e->employer_aliases, company);
  if (SameOrUnit(e->previous_employer, e->employer)) {
    e->previous_employer.clear();
    e->previous_employer_aliases.clear();
  }
  return true;
}

}  // namespace

bool KoreanUnitName(std::string_view name) {
  if (name.empty() || static_cast<unsigned char>(name[0]) < 0x80) return false;
  if (EndsWithUnitHead(name)) return true;
  for (const std::string& h : extract::EntityWords::Default().List(extract::WordList::kKoDepartmentHead))
    if (h.size() >= 6 && name.size() > h.size() && name.ends_with(h)) return true;
  return false;
}

void UnitParentEmployers(const Article& article, const std::string& lead_org, std::vector<Event>* events) {
  std::vector<bool> twice_read(events->size(), false);
  for (Event& e : *events) {
    // (A Korean name, also one opening with capitals: "AI랩", "DX부문".)
    if (e.candidate_kind != CandidateKind::kPerson ||
        std::none_of(e.employer.begin(), e.employer.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ||
        (e.type != EventType::kHire && e.type != EventType::kOffer && e.type != EventType::kDeparture))
      continue;
    if (LabWrittenWhole(&e)) continue;
    const Entity* parent = UnitParent(article, e);
    if (!parent) parent = LeadOfBareUnit(article, lead_org, e);
    if (!parent) continue;
    // The move read at the company already ("한국투자증권 리서치센터장으로 자리를 옮긴다" as an offer there)
    // keeps that reading: the unit's is the same move, read twice.
    const bool twice = std::any_of(events->begin(), events->end(), [&](const Event& o) {
      return &o != &e && o.candidate == e.candidate && o.employer == parent->canonical;
    });
    if (twice) {
      twice_read[static_cast<size_t>(&e - events->data())] = true;
      continue;
    }
    e.employer = parent->canonical;
    e.employer_aliases = OwnSpellings(article, e.employer);
    if (SameOrUnit(e.previous_employer, e.employer)) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return twice_read[k++]; });
}

}  // namespace hirewire::normalize
