#include "normalize/events/internal.h"

// The headline: an event it alone tells folds into the body's event; headline furniture is dropped.

namespace hirewire::normalize::events_detail {

// The first paragraph is the headline (text input: headline, blank line, body): short and not
// closed like a sentence ("…CTO 영입", "Acme names Jo Park CEO"; a Japanese sentence closes in 。).
bool LooksLikeHeadline(const Article& a) {
  if (a.paragraphs.size() < 2 || !a.title.empty()) return false;
  std::string_view h = a.paragraphs[0];
  while (!h.empty() && (h.back() == ' ' || h.back() == '\r')) h.remove_suffix(1);
  if (h.empty() || h.size() > 240) return false;
  for (std::string_view end : {".", "다", "!", "?", "”", "\"", "요", "。"})
    if (h.size() >= end.size() && h.substr(h.size() - end.size()) == end) return false;
  return true;
}

bool InHeadline(const SentenceCtx& s) { return s.para == 0 && s.article && LooksLikeHeadline(*s.article); }

namespace {

// The body (the paragraphs after the headline) names the person: the text, or the recognized
// person of that name (canonical "Michael Chen" for 마이클 첸) with a mention there.
bool NamedInBody(const Article& a, const std::string& name) {
  if (name.empty()) return false;
  for (size_t i = 1; i < a.paragraphs.size(); ++i)
    if (a.paragraphs[i].find(name) != std::string::npos) return true;
  for (const Entity& e : a.entities)
    if (e.type == EntityType::kPerson && (e.name == name || e.canonical == name))
      for (const Mention& m : e.mentions)
        if (m.paragraph > 0) return true;
  return false;
}

}  // namespace

// A headline clause after an ellipsis that titles the person by another organization ("KAIST,
// … 영입…포스텍 류경민 교수는 정년퇴임"): the person's event at the employer of the clause before
// the ellipsis is a misreading; that clause's move is not theirs.
bool OtherOrgClauseInHeadline(const Article& a, const Event& e) {
  if (a.paragraphs.empty()) return false;
  const std::string& h = a.paragraphs[0];
  size_t dots = h.find("…");
  if (dots == std::string::npos) dots = h.find("...");
  if (dots == std::string::npos) return false;
  for (const Entity& p : a.entities) {
    if (p.type != EntityType::kPerson || (p.name != e.candidate && p.canonical != e.candidate)) continue;
    for (const Mention& m : p.mentions) {
      if (m.paragraph != 0 || static_cast<size_t>(m.start) <= dots) continue;
      for (const Entity& o : a.entities) {
        if (!IsOrgType(o.type)) continue;
        if (SameOrUnit(o.canonical, e.employer) || SameOrUnit(o.name, e.employer)) continue;
        for (const Mention& om : o.mentions)
          if (om.paragraph == 0 && static_cast<size_t>(om.start) > dots && om.end + 1 == m.start &&
              h[om.end] == ' ')
            return true;
      }
    }
  }
  return false;
}

namespace {

// Every evidence of the event is in the headline (paragraph 0).
bool HeadlineOnly(const Event& e) {
  return !e.evidence.empty() && std::all_of(e.evidence.begin(), e.evidence.end(),
                                            [](const Evidence& x) { return x.paragraph == 0; });
}

}  // namespace

// A headline summarizes the body: a person's event read only from the headline folds into the
// body's event about the same person and move ("넷마블, … 콜린스 북미법인 대표로 영입" is the
// body's hire at 넷마블US), filling what the body left open (the origin).
std::vector<Event> FoldHeadlineEvents(const Article& a, std::vector<Event> evs) {
  std::vector<bool> drop(evs.size(), false);
  for (size_t i = 0; i < evs.size(); ++i) {
    const Event& h = evs[i];
    if (!HeadlineOnly(h) || h.candidate_kind != CandidateKind::kPerson ||
        h.type == EventType::kAcquisitionAttempt)
      continue;
    int into = -1;
    for (size_t j = 0; j < evs.size(); ++j) {
      const Event& b = evs[j];
      if (j == i || drop[j] || HeadlineOnly(b) || b.candidate_kind != CandidateKind::kPerson ||
          !SamePersonName(b.candidate, h.candidate) || b.type == EventType::kAcquisitionAttempt ||
          (b.type == EventType::kDeparture) != (h.type == EventType::kDeparture))
        continue;
      if (into < 0 || SameOrUnit(b.employer, h.employer)) into = static_cast<int>(j);
    }
    if (into < 0) continue;
    Event& b = evs[into];
    if (b.previous_employer.empty() && h.previous_employer != b.employer)
      b.previous_employer = h.previous_employer;
    if (b.role.empty()) b.role = h.role;
    for (const Evidence& x : h.evidence) b.evidence.insert(b.evidence.begin(), x);
    drop[i] = true;
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < evs.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(evs[i]));
  DropHeadlineFurniture(a, &kept);
  return kept;
}

// A person the body never names is headline furniture the recognizer took for a name ("Apex
// Robotics Talks to Buy Kinetica Collapse", "AWS, 한빛텔레콤 네트워크 상무에 …", "디자이너 요나스
// 베리" for the body's 요나스 베리만, "Finance Chief Named Interim Leader"): when the body tells
// events of its own, a headline-only event stands only for someone the body names, and not for one
// an ellipsis clause places at another organization (a headline that is the only source keeps its
// reading).
void DropHeadlineFurniture(const Article& a, std::vector<Event>* evs) {
  const bool body_events =
      std::any_of(evs->begin(), evs->end(), [&](const Event& e) { return !HeadlineOnly(e); });
  std::erase_if(*evs, [&](const Event& e) {
    return HeadlineOnly(e) && e.candidate_kind == CandidateKind::kPerson &&
           ((body_events && !NamedInBody(a, e.candidate)) || OtherOrgClauseInHeadline(a, e));
  });
}

}  // namespace hirewire::normalize::events_detail
