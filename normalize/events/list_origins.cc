// Korean origins told next to a list of hires, not inside it, and units read as employers (docs/events.md,
// thirty-third session, branch evko33):
//
// - "ORG은 A 전무와 B 상무, C 이사 등 3명을 영입했다. 이들은 모두 X 출신이다": a sentence opening with a
// plural pronoun
//   (cues.tsv list_origin pronoun rows) right after the list names where the listed persons come from (the
//   organization before an origin marker, frames.tsv marker rows of value source: 출신, 소속);
// - "ORG이 X IB 부문 핵심 인력을 대거 영입했다. A 전무와 B 상무, C 이사 등 3명이 … ORG에 합류했다": the
// sentence
//   before the list names the employer, then one other organization, then a hiring verb (list_origin verb
//   rows): that organization is where the listed persons come from;
// - "A 변호사가 ORG로 자리를 옮겼다. 같은 팀 소속 변호사 6명도 함께 합류했다": a counted group whose sentence
// holds a
//   companion row (list_origin companion: 함께, 뒤따라) goes with the person hired last before it at the same
//   employer, and comes from where that person comes from;
// - "송지아 CTO는 음성AI랩 리더를 맡는다": an employer ending in a unit tail (cues.tsv list_origin unit_tail
// rows: 랩, 연구소,
//   센터, 본부) is a unit of a company: the organization written right before it, else the employer of
//   another event named in the unit's sentence or the sentence before.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {

namespace {

using Span = std::pair<int, int>;

// The index of the sentence of `spans` holding byte `at`, -1 when none.
int SentenceOf(const std::vector<Span>& spans, int at) {
  for (size_t i = 0; i < spans.size(); ++i)
    if (at >= spans[i].first && at < spans[i].second) return static_cast<int>(i);
  return -1;
}

// The organizations with a mention inside [s, e) of paragraph `para`, in text order (mention start, entity).
std::vector<std::pair<int, const Entity*>> OrgsIn(const Article& a, int para, int s, int e) {
  std::vector<std::pair<int, const Entity*>> out;
  for (const Entity& o : a.entities) {
    if (!IsOrgType(o.type)) continue;
    for (const Mention& m : o.mentions)
      if (m.paragraph == para && m.start >= s && m.end <= e) out.push_back({m.start, &o});
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  return out;
}

bool Spells(const Entity& o, const std::string& name) {
  if (name.empty()) return false;
  if (o.canonical == name || o.name == name) return true;
  return std::find(o.aliases.begin(), o.aliases.end(), name) != o.aliases.end();
}

bool OfEmployer(const Entity& o, const Event& e) {
  if (Spells(o, e.employer) || SameOrUnit(o.canonical, e.employer) || SameOrUnit(e.employer, o.canonical))
    return true;
  return std::any_of(e.employer_aliases.begin(), e.employer_aliases.end(),
                     [&](const std::string& x) { return Spells(o, x); });
}

// An organization that may be where people come from: not the employer, a unit of it, a deciding body or a
// unit.
bool OriginOrg(const Entity& o, const Event& e) {
  return !OfEmployer(o, e) && !FrameReader::Default().KoreanBody(o.canonical) &&
         !FrameReader::Default().KoreanUnit(o.canonical);
}

bool HasRow(std::string_view text, std::string_view value) {
  for (const std::string& row : CueRowsOf("list_origin", value))
    if (text.find(row) != std::string_view::npos) return true;
  return false;
}

bool OpensWithPronoun(std::string_view sentence) {
  for (const std::string& row : CueRowsOf("list_origin", "pronoun"))
    if (sentence.starts_with(row + " ")) return true;
  return false;
}

// The organization written right before an origin marker (출신, 소속) in `sentence` (paragraph bytes from
// `s`).
const Entity* MarkedOrigin(const Article& a, int para, int s, std::string_view sentence, const Event& e) {
  for (const auto& [at, o] : OrgsIn(a, para, s, s + static_cast<int>(sentence.size()))) {
    if (!OriginOrg(*o, e)) continue;
    for (const Mention& m : o->mentions) {
      if (m.paragraph != para || m.start != at) continue;
      std::string_view rest = sentence.substr(static_cast<size_t>(m.end - s));
      if (rest.starts_with(" ")) rest.remove_prefix(1);
      for (const FrameReader::Row& row : FrameReader::Default().rows())
        if (row.kind == "marker" && row.lang == "ko" && row.value == "source" && rest.starts_with(row.text))
          return o;
    }
  }
  return nullptr;
}

// The sentence before the list: the employer, then exactly one other organization, then a verb row.
const Entity* HiredFrom(const Article& a, int para, int s, std::string_view sentence, const Event& e) {
  if (!HasRow(sentence, "verb")) return nullptr;
  bool employer_seen = false;
  const Entity* origin = nullptr;
  for (const auto& [at, o] : OrgsIn(a, para, s, s + static_cast<int>(sentence.size()))) {
    if (OfEmployer(*o, e)) {
      employer_seen = true;
      continue;
    }
    if (!employer_seen || (origin && origin != o) || !OriginOrg(*o, e)) return nullptr;
    origin = o;
  }
  return origin;
}

// The company of a unit named as an origin ("대한투자증권 리서치센터", "율촌 노동팀"): the name before the
// last word when that word is a unit (unit_tail, unit rows, 팀), as the article's organization spells it (the
// recognizer joined the two: the name before the unit); else the name itself.
std::string CompanyOfUnit(const Article& a, const std::string& name) {
  const size_t sp = name.rfind(' ');
  if (sp == std::string::npos) return name;
  const std::string last = name.substr(sp + 1), parent = name.substr(0, sp);
  bool unit = last.ends_with("팀") || FrameReader::Default().KoreanUnit(last);
  for (const std::string& row : CueRowsOf("list_origin", "unit_tail"))
    unit = unit || (last.size() > row.size() && last.ends_with(row));
  if (!unit) return name;
  for (const Entity& en : a.entities)
    if (IsOrgType(en.type) && Spells(en, parent)) return en.canonical;
  return parent;
}

void SetOrigin(const Article& a, const std::string& name, Event* e) {
  e->previous_employer = CompanyOfUnit(a, name);
  e->previous_employer_aliases = OwnSpellings(a, e->previous_employer);
}

struct ListedHire {
  size_t event;
  int para, sentence;
};

// The Korean hires of persons and groups (a move, not an open or refused offer), with the sentence of their
// first evidence.
std::vector<ListedHire> KoreanHires(const ArticleSpans& spans, const std::vector<Event>& events) {
  std::vector<ListedHire> out;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    const bool moved =
        e.type == EventType::kHire ||
        (e.type == EventType::kOffer && e.outcome != Outcome::kDeclined && e.outcome != Outcome::kOffered);
    if (!moved || e.employer.empty() || e.evidence.empty() || !IsKoreanText(e.candidate + e.employer))
      continue;
    const Evidence& x = e.evidence.front();
    if (x.paragraph < 0 || static_cast<size_t>(x.paragraph) >= spans.size()) continue;
    const int si = SentenceOf(spans[static_cast<size_t>(x.paragraph)], x.start);
    if (si >= 0) out.push_back({i, x.paragraph, si});
  }
  return out;
}

// An acqui-hire's list ("딥마루를 공동 창업한 최하늘 대표는 … AI연구소장을, 송지아 CTO는 … 리더를 맡는다"):
// another person of the list hired at the employer comes from the company whose staff the employer took in
// (an acquihire event's origin): so does this one.
std::string AcquiredListOrigin(const std::vector<Event>& events, const std::vector<ListedHire>& hires,
                               const ListedHire& h) {
  const Event& e = events[h.event];
  for (const ListedHire& o : hires) {
    const Event& oe = events[o.event];
    if (o.event == h.event || o.para != h.para || o.sentence != h.sentence || oe.employer != e.employer ||
        oe.candidate_kind != CandidateKind::kPerson || oe.previous_employer.empty())
      continue;
    for (const Event& g : events)
      if (g.type == EventType::kAcquihire && g.employer == e.employer &&
          g.previous_employer == oe.previous_employer)
        return oe.previous_employer;
  }
  return "";
}

}  // namespace

void KoreanListOrigins(const Article& a, std::vector<Event>* events) {
  const ArticleSpans spans = ArticleSentences(a);
  const std::vector<ListedHire> hires = KoreanHires(spans, *events);
  for (const ListedHire& h : hires) {
    Event& e = (*events)[h.event];
    if (!e.previous_employer.empty()) continue;
    // A list: two persons or more hired at the employer from this sentence, not promoted inside it (promote
    // rows).
    const auto listed = std::count_if(hires.begin(), hires.end(), [&](const ListedHire& o) {
      const Event& oe = (*events)[o.event];
      return o.para == h.para && o.sentence == h.sentence && oe.candidate_kind == CandidateKind::kPerson &&
             oe.employer == e.employer;
    });
    const std::string& p = a.paragraphs[static_cast<size_t>(h.para)];
    const std::vector<Span>& ss = spans[static_cast<size_t>(h.para)];
    const Span here = ss[static_cast<size_t>(h.sentence)];
    const std::string_view sh = std::string_view(p).substr(here.first, here.second - here.first);
    if (listed < 2 || HasCueRowOf("promote", sh, ToLowerAscii(sh))) continue;
    const Entity* origin = nullptr;
    if (static_cast<size_t>(h.sentence) + 1 < ss.size()) {
      const Span next = ss[static_cast<size_t>(h.sentence) + 1];
      const std::string_view sn = std::string_view(p).substr(next.first, next.second - next.first);
      if (OpensWithPronoun(sn)) origin = MarkedOrigin(a, h.para, next.first, sn, e);
    }
    if (!origin && h.sentence > 0) {
      const Span prev = ss[static_cast<size_t>(h.sentence) - 1];
      origin = HiredFrom(a, h.para, prev.first,
                         std::string_view(p).substr(prev.first, prev.second - prev.first), e);
    }
    if (origin)
      SetOrigin(a, origin->canonical, &e);
    else if (std::string bought = AcquiredListOrigin(*events, hires, h); !bought.empty())
      SetOrigin(a, bought, &e);
  }
}

namespace {

// Whether the sentence names the person `lead` before byte `until`: the full name, or the surname (its first
// syllable) then a space and a title ("김 그룹장과 함께 일하던 …").
bool NamesLeadBefore(std::string_view sentence, size_t until, const std::string& lead) {
  const std::string_view head = sentence.substr(0, std::min(until, sentence.size()));
  if (head.find(lead) != std::string_view::npos) return true;
  if (!IsKoreanText(lead) || lead.size() < 6) return false;
  const std::string surname = lead.substr(0, 3) + " ";
  for (size_t at = head.find(surname); at != std::string_view::npos; at = head.find(surname, at + 1))
    if (at == 0 || head[at - 1] == ' ') return true;
  return false;
}

}  // namespace

void KoreanCompanionGroupOrigins(const Article& a, std::vector<Event>* events) {
  const ArticleSpans spans = ArticleSentences(a);
  for (Event& g : *events) {
    if (!g.previous_employer.empty() || g.evidence.empty() || g.type == EventType::kDeparture ||
        !IsKoreanText(g.candidate + g.employer))
      continue;
    const Evidence& x = g.evidence.front();
    if (x.paragraph < 0 || static_cast<size_t>(x.paragraph) >= spans.size()) continue;
    const std::vector<Span>& ss = spans[static_cast<size_t>(x.paragraph)];
    const int si = SentenceOf(ss, x.start);
    if (si < 0) continue;
    const std::string& p = a.paragraphs[static_cast<size_t>(x.paragraph)];
    const std::string_view sentence = std::string_view(p).substr(ss[si].first, ss[si].second - ss[si].first);
    size_t companion = std::string_view::npos;
    for (const std::string& row : CueRowsOf("list_origin", "companion"))
      companion = std::min(companion, sentence.find(row));
    if (companion == std::string_view::npos) continue;
    // The person hired last before the group's sentence, at the group's employer.
    const Event* lead = nullptr;
    std::pair<int, int> lead_at{-1, -1};
    for (const Event& e : *events) {
      if (&e == &g || e.candidate_kind != CandidateKind::kPerson || e.candidate == g.candidate ||
          e.evidence.empty() || e.type == EventType::kDeparture || !SameOrUnit(e.employer, g.employer))
        continue;
      const std::pair<int, int> at{e.evidence.front().paragraph, e.evidence.front().start};
      if (at < std::pair<int, int>{x.paragraph, ss[si].first} && at > lead_at) {
        lead = &e;
        lead_at = at;
      }
    }
    if (!lead || lead->previous_employer.empty() || SameOrUnit(lead->previous_employer, g.employer)) continue;
    // A person moves with the lead only when the sentence names the lead before its companion word.
    if (g.candidate_kind == CandidateKind::kPerson && !NamesLeadBefore(sentence, companion, lead->candidate))
      continue;
    SetOrigin(a, lead->previous_employer, &g);
  }
}

namespace {

// A Korean organization name ending in a unit_tail row after two syllables or more ("음성AI랩",
// "자율주행연구소").
bool UnitTailName(std::string_view name) {
  if (!IsKoreanText(name) || name.find(' ') != std::string_view::npos) return false;
  for (const std::string& row : CueRowsOf("list_origin", "unit_tail"))
    if (name.size() >= row.size() + 6 && name.ends_with(row)) return true;
  return false;
}

// Whether some mention of the organization spelled `name` is a subject or topic (은, 는, 이, 가 right after
// it and a space): a company acting ("딥서치랩은 … 제안했다"), not a unit inside one.
bool ActsAsSubject(const Article& a, const std::string& name) {
  for (const Entity& u : a.entities) {
    if (!IsOrgType(u.type) || !Spells(u, name)) continue;
    for (const Mention& m : u.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      const std::string_view rest =
          std::string_view(a.paragraphs[static_cast<size_t>(m.paragraph)]).substr(m.end);
      for (const std::string& particle : KoreanSubjectTopicParticles())
        if (rest.starts_with(particle) && rest.substr(particle.size()).starts_with(" ")) return true;
    }
  }
  return false;
}

// The company of the unit `e.employer` of a hire: the employer of another event of the article whose mention
// is the last one before the unit's in the hire's sentence (or the sentence before), else the last one there.
// The unit never acts as a subject (ActsAsSubject): a company whose name ends so is no unit.
std::string UnitCompany(const Article& a, const ArticleSpans& spans, const std::vector<Event>& events,
                        const Event& e) {
  if (e.type != EventType::kHire || ActsAsSubject(a, e.employer)) return "";
  const Evidence& x = e.evidence.front();
  const std::vector<Span>& ss = spans[static_cast<size_t>(x.paragraph)];
  const int si = SentenceOf(ss, x.start);
  if (si < 0) return "";
  const int from = ss[static_cast<size_t>(si > 0 ? si - 1 : si)].first,
            to = ss[static_cast<size_t>(si)].second;
  int unit_at = to;
  for (const auto& [at, o] : OrgsIn(a, x.paragraph, ss[static_cast<size_t>(si)].first, to))
    if (Spells(*o, e.employer)) unit_at = std::min(unit_at, at);
  std::string best;
  for (const auto& [at, o] : OrgsIn(a, x.paragraph, from, to)) {
    if (at >= unit_at) break;
    if (Spells(*o, e.employer) || UnitTailName(o->canonical)) continue;
    for (const Event& other : events)
      if (&other != &e && Spells(*o, other.employer)) best = other.employer;
  }
  return best;
}

// The organization every mention of the Korean employer `name` follows with one space ("네이버클라우드
// 온디바이스AI 리더를 맡았다": the unit is never written alone), else null.
const Entity* AlwaysAfterOrg(const Article& a, const std::string& name) {
  if (!IsKoreanText(name)) return nullptr;
  const Entity* parent = nullptr;
  bool any = false;
  for (const Entity& u : a.entities) {
    if (!IsOrgType(u.type) || !Spells(u, name)) continue;
    for (const Mention& m : u.mentions) {
      const Entity* before = nullptr;
      for (const Entity& o : a.entities)
        if (IsOrgType(o.type) && &o != &u)
          for (const Mention& om : o.mentions)
            if (om.paragraph == m.paragraph && om.end + 1 == m.start) before = &o;
      if (!before || (parent && parent != before)) return nullptr;
      parent = before;
      any = true;
    }
  }
  return any ? parent : nullptr;
}

}  // namespace

void KoreanUnitEmployers(const Article& a, std::vector<Event>* events) {
  const ArticleSpans spans = ArticleSentences(a);
  std::vector<bool> told(events->size(), false);  // the same move already read at the company
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    if (e.evidence.empty() || e.evidence.front().paragraph < 0 ||
        static_cast<size_t>(e.evidence.front().paragraph) >= spans.size())
      continue;
    const Entity* parent = AlwaysAfterOrg(a, e.employer);
    const std::string company = parent                     ? parent->canonical
                                : UnitTailName(e.employer) ? UnitCompany(a, spans, *events, e)
                                                           : "";
    if (company.empty()) continue;
    for (size_t j = 0; j < events->size(); ++j)
      told[i] = told[i] || (j != i && (*events)[j].candidate == e.candidate &&
                            SameOrUnit((*events)[j].employer, company));
    if (e.role.empty()) e.role = e.employer;
    e.employer = company;
    e.employer_aliases = OwnSpellings(a, company);
    if (SameOrUnit(e.previous_employer, company)) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (told[i]) continue;
    if (k != i) (*events)[k] = std::move((*events)[i]);
    ++k;
  }
  events->resize(k);
}

namespace {

// Whether the Korean name's last word ends in a unit word (frames.tsv source_unit rows: 실, 본부, 센터,
// 연구소 …) after two syllables or more ("차세대전지연구소"; not "암센터") or Latin letters ("AI센터").
bool UnitWordName(std::string_view name) {
  if (!IsKoreanText(name)) return false;
  const size_t sp = name.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "source_unit" && r.lang == "ko" && last.ends_with(r.text) &&
        (last.size() >= r.text.size() + 6 || (last.size() > r.text.size() && IsAsciiAlpha(last[0]))))
      return true;
  return false;
}

// The organization a Korean unit named as an origin belongs to: the article's organization spelled like the
// words before its last one ("LG에너지솔루션 차세대전지개발센터", "엔씨소프트 AI센터"), or the one every
// mention of the unit follows with one space ("대성에너지 차세대전지연구소의 한지민 수석연구원"; read on the
// text, as the unit's mentions may be missing). Null when the origin is no unit.
const Entity* UnitOriginParent(const Article& a, const std::string& origin) {
  if (!UnitWordName(origin)) return nullptr;
  if (const size_t sp = origin.rfind(' '); sp != std::string::npos) {
    const std::string head = origin.substr(0, sp);
    for (const Entity& o : a.entities)
      if (IsOrgType(o.type) && Spells(o, head)) return &o;
    return nullptr;
  }
  // Every occurrence of the unit written right after an organization's spelling and one space.
  const Entity* parent = nullptr;
  for (const std::string& p : a.paragraphs)
    for (size_t at = p.find(origin); at != std::string::npos; at = p.find(origin, at + origin.size())) {
      const std::string_view before = std::string_view(p).substr(0, at);
      if (!before.ends_with(" ")) return nullptr;
      const Entity* here = nullptr;
      for (const Entity& o : a.entities)
        if (IsOrgType(o.type) && !Spells(o, origin) &&
            (before.substr(0, at - 1).ends_with(o.name) || before.substr(0, at - 1).ends_with(o.canonical)))
          here = &o;
      if (!here || (parent && parent != here)) return nullptr;
      parent = here;
    }
  return parent;
}

}  // namespace

void KoreanUnitOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    const Entity* parent = UnitOriginParent(a, e.previous_employer);
    // A unit after a name the recognizer did not tag on its own ("넷마블 AI센터"): the name before the unit
    // word.
    const size_t sp = e.previous_employer.rfind(' ');
    std::string name = parent ? parent->canonical
                       : UnitWordName(e.previous_employer) && sp != std::string::npos
                           ? e.previous_employer.substr(0, sp)
                           : "";
    if (name.empty()) continue;
    const bool own = parent ? OfEmployer(*parent, e)
                            : SameOrUnit(name, e.employer) ||
                                  std::find(e.employer_aliases.begin(), e.employer_aliases.end(), name) !=
                                      e.employer_aliases.end();
    e.previous_employer = own ? "" : name;
    e.previous_employer_aliases = own ? std::vector<std::string>{} : OwnSpellings(a, name);
  }
}

}  // namespace hirewire::normalize::events_detail
