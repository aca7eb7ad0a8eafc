#include "normalize/events/internal.h"

// Press-release lists of appointments (▲ / ◇ items), reappointments and promotions in place.

namespace hirewire::normalize::events_detail {

namespace {

// Korean press-release lists of appointments. Items open with ▲ or △, section headers with ◇;
// a paragraph is a list when it opens with a marker or holds two ▲ at least.
constexpr std::string_view kListItem = "▲", kListBullet = "△", kListHeader = "◇";

bool IsListParagraph(std::string_view para) {
  return para.find(kListItem) != para.rfind(kListItem) || StartsWith(para, 0, kListHeader) ||
         StartsWith(para, 0, kListItem) || StartsWith(para, 0, kListBullet);
}

// The start of the list item holding `pos` (just after its marker) and whether a ◇ opened it.
size_t ListItemStart(std::string_view para, size_t pos, bool* header) {
  size_t best = std::string_view::npos;
  *header = false;
  for (std::string_view mk : {kListItem, kListBullet, kListHeader}) {
    size_t f = para.rfind(mk, pos);
    if (f != std::string_view::npos && (best == std::string_view::npos || f + mk.size() > best)) {
      best = f + mk.size();
      *header = mk == kListHeader;
    }
  }
  return best;
}

size_t ListItemEnd(std::string_view para, size_t pos) {
  size_t end = para.size();
  for (std::string_view mk : {kListItem, kListBullet, kListHeader}) end = std::min(end, para.find(mk, pos));
  return end;
}

// `pos` stands inside parentheses opened after `from` ("(前 BMW 디자인 디렉터)").
bool InParens(std::string_view para, size_t from, size_t pos) {
  int depth = 0;
  for (size_t i = from; i < pos && i < para.size(); ++i)
    depth += para[i] == '(' ? 1 : para[i] == ')' ? -1 : 0;
  return depth > 0;
}

// An organization named as the person's former employer in the parentheses after the name
// ("나성호(前 한빛투자증권 IB부문 대표)", "(디자인센터 외장디자인실장, 前 BMW 디자인 디렉터)").
std::string ListedOrigin(std::string_view para, const Mention& m, size_t end,
                         const std::vector<std::pair<const Mention*, const Entity*>>& orgs) {
  size_t open = para.find('(', static_cast<size_t>(m.end));
  if (open == std::string_view::npos || open >= end) return "";
  for (const auto& [om, oe] : orgs) {
    if (om->start <= static_cast<int>(open) || om->end > static_cast<int>(end)) continue;
    std::string_view before = para.substr(open + 1, static_cast<size_t>(om->start) - open - 1);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (EndsWithAt(before, before.size(), "前") ||
        (EndsWithAt(before, before.size(), "전") && (before.size() == 3 || before[before.size() - 4] == ' ')))
      return oe->canonical;
  }
  return "";
}

// The section a ◇ header opens: its organization and its list head ("◇현대자동차",
// "◇ 율현 신규 영입 인사", "◇ 부사장 승진").
struct ListSection {
  std::string org;
  FrameReader::ListMove move = FrameReader::ListMove::kNone;
  std::string role;
};

// The post before a list head ("사장 승진" -> 사장, "신임 대표이사 사장" -> 대표이사 사장).
std::string ListRole(std::string_view text, size_t head_at) {
  std::string_view before = text.substr(0, head_at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  size_t sp = before.rfind(' ');
  std::string_view word = sp == std::string_view::npos ? before : before.substr(sp + 1);
  if (word.empty() || FrameReader::Default().KoreanTitleEnding(word) == 0) return "";
  return std::string(word);
}

}  // namespace

// A press-release list of appointments: each item a title then a person ("◇ 신임 지역본부장
// ▲ 서울강남지역본부장 김태원 ▲ …", "▲ 디지털전략본부장 한상우(前 카카오뱅크 상무)") is a hire at
// the organization the item names, else the section's (◇ header), else the story's lead
// organization; people listed under a list head (frames.tsv list_head: "▲사장 승진 정석호 (…)",
// "◇ 부사장 승진 ▲오세린 …", "▲퇴임 송기철") take that move. An organization in the parentheses
// after the name is where the person comes from. Items with neither (△ biography lines, award
// lists) give nothing.
void ListedAppointments(const Article& a, const Context& ctx, const MentionsByParagraph& persons,
                        const MentionsByParagraph& orgs, std::vector<Event>* out) {
  ListSection section;
  for (size_t pi = 0; pi < persons.size(); ++pi) {
    std::string_view para = a.paragraphs[pi];
    if (!IsKoreanText(para) || !IsListParagraph(para)) {
      section = {};
      continue;
    }
    // Headers of this paragraph, in order: the section each person stands in.
    std::vector<std::pair<size_t, ListSection>> headers;
    for (size_t h = para.find(kListHeader); h != std::string_view::npos; h = para.find(kListHeader, h + 1)) {
      size_t from = h + kListHeader.size(), end = ListItemEnd(para, from);
      ListSection sec;
      for (const auto& [om, oe] : orgs[pi])
        if (om->start >= static_cast<int>(from) && om->end <= static_cast<int>(end) && sec.org.empty())
          sec.org = oe->canonical;
      std::string_view text = para.substr(from, end - from);
      for (const auto& [pm, pe] :
           persons[pi])  // a header naming the appointee: its head reads before the name
        if (pm->start >= static_cast<int>(from) && pm->start < static_cast<int>(end))
          text = para.substr(from, static_cast<size_t>(pm->start) - from);
      size_t at = 0;
      sec.move = FrameReader::Default().KoreanListHead(text, &at);
      if (sec.move != FrameReader::ListMove::kNone) sec.role = ListRole(text, at);
      headers.push_back({h, sec});
    }
    for (const auto& [m, e] : persons[pi]) {
      bool header = false;
      size_t from = ListItemStart(para, static_cast<size_t>(m->start), &header);
      if (from == std::string_view::npos || InParens(para, from, static_cast<size_t>(m->start))) continue;
      ListSection sec = section;
      for (const auto& [h, hs] : headers)
        if (h < static_cast<size_t>(m->start)) sec = hs;
      if (sec.org.empty()) sec.org = section.org;
      size_t next = ListItemEnd(para, static_cast<size_t>(m->end));
      std::string_view before = para.substr(from, static_cast<size_t>(m->start) - from);
      // Another person between the marker and this one: the words before belong to them.
      bool first = std::none_of(persons[pi].begin(), persons[pi].end(), [&](const auto& x) {
        return x.first->start >= static_cast<int>(from) && x.first->end <= m->start;
      });
      while (!before.empty() && (before.back() == ' ' || before.back() == '=')) before.remove_suffix(1);
      size_t sp = before.rfind(' ');
      std::string_view title_word = sp == std::string_view::npos ? before : before.substr(sp + 1);
      bool titled = first && !title_word.empty() && FrameReader::Default().KoreanTitleEnding(title_word) > 0;
      // The item's own head stands before its first person ("▲부사장 승진 김민아 (…) 이주원 (…)").
      std::string_view head = before;
      for (const auto& [pm, pe] : persons[pi])
        if (pm->start >= static_cast<int>(from) && pm->start < static_cast<int>(from + head.size()))
          head = para.substr(from, static_cast<size_t>(pm->start) - from);
      size_t at = 0;
      FrameReader::ListMove move = FrameReader::Default().KoreanListHead(head, &at);
      std::string role = titled                                 ? std::string(title_word)
                         : move != FrameReader::ListMove::kNone ? ListRole(head, at)
                                                                : "";
      if (move == FrameReader::ListMove::kNone && !header) {
        move = sec.move;
        if (role.empty()) role = sec.role;
      }
      if (!titled && move == FrameReader::ListMove::kNone) continue;
      if (move == FrameReader::ListMove::kNone) move = FrameReader::ListMove::kAppoint;
      Event ev;
      ev.type = move == FrameReader::ListMove::kDepart ? EventType::kDeparture : EventType::kHire;
      ev.candidate = ctx.Name(*e);
      ev.candidate_kind = CandidateKind::kPerson;
      ev.role = role;
      ev.outcome = move == FrameReader::ListMove::kDepart      ? Outcome::kLeft
                   : move == FrameReader::ListMove::kDesignate ? Outcome::kAccepted
                                                               : Outcome::kJoined;
      ev.timeline = {move == FrameReader::ListMove::kDepart      ? "left"
                     : move == FrameReader::ListMove::kDesignate ? "accepted"
                                                                 : "joined"};
      ev.evidence = {{static_cast<int>(pi), static_cast<int>(from), static_cast<int>(next)}};
      for (const auto& [om, oe] : orgs[pi]) {
        // (A division named alone, "△파운드리사업부 CTO 한지민", is where the post is, not the employer.)
        if (om->start >= static_cast<int>(from) && om->end <= m->start && ev.employer.empty() && first &&
            !InParens(para, from, static_cast<size_t>(om->start)) &&
            !FrameReader::Default().KoreanUnit(oe->canonical))
          ev.employer = oe->canonical;
        if (titled && om->start >= m->end && om->end <= static_cast<int>(next) &&
            StartsWith(para, m->end, "(") && ev.previous_employer.empty())
          ev.previous_employer = oe->canonical;
      }
      if (!titled) ev.previous_employer = ListedOrigin(para, *m, next, orgs[pi]);
      if (ev.employer.empty()) ev.employer = sec.org;
      if (ev.employer.empty()) ev.employer = ctx.lead_org;
      if (ev.employer == ev.previous_employer) ev.previous_employer.clear();
      if (ev.employer.empty()) continue;
      auto same = [&](const Event& x) {
        return x.candidate == ev.candidate && x.candidate_kind == CandidateKind::kPerson;
      };
      // The listed post settles the person's move: readings of it without an amount give way
      // (a list head or a △ bullet only adds a person the text did not read).
      bool settles = titled && !StartsWith(para, from - kListBullet.size(), kListBullet);
      if (std::any_of(out->begin(), out->end(),
                      [&](const Event& x) { return same(x) && (!settles || !x.offers.empty()); }))
        continue;
      out->erase(std::remove_if(out->begin(), out->end(), same), out->end());
      ev.confidence = Confidence(ev);
      out->push_back(std::move(ev));
    }
    // A header's organization holds for the items of the following paragraphs.
    if (!headers.empty()) section = headers.back().second;
  }
}

// The person of hire `e` is reappointed: a mention of the person is followed by a reappointment word
// tied to it (docs/events.md, evemp25). Korean: the word after the person's title word opens with a
// frames.tsv motion_noun row of a renewal ("김영호 대표 연임 확정", "송기준 원장이 연임됐다", "오동훈 사장이
// 연임에 성공"); English: an appoint:renew trigger row ("was reappointed") follows in the same sentence
// within 80 bytes, no other person between. A reappointed head comes from nowhere, whatever other
// organization the headline or the sentence names ("김영호 대표 연임…CFO엔 삼정KPMG 이수아 파트너 영입").
bool ReappointedCandidate(const Article& a, const Event& e) {
  if (e.type != EventType::kHire || e.candidate_kind != CandidateKind::kPerson) return false;
  const Entity* person = nullptr;
  for (const Entity& en : a.entities)
    if (en.type == EntityType::kPerson && (en.canonical == e.candidate || en.name == e.candidate))
      person = &en;
  if (!person) return false;
  for (const Mention& m : person->mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
    std::string_view after = p.substr(std::min(p.size(), static_cast<size_t>(m.end)));
    if (IsKoreanText(e.candidate)) {
      // The title word, then the renewal noun opening the next word.
      if (!after.starts_with(" ")) continue;
      const size_t title_end = after.find(' ', 1);
      if (title_end == std::string_view::npos) continue;
      const std::string_view next = after.substr(title_end + 1);
      for (const FrameReader::Row& r : FrameReader::Default().rows())
        if (r.kind == "motion_noun" && r.lang == "ko" && r.value == "appoint:renew" &&
            next.starts_with(r.text))
          return true;
      continue;
    }
    if (EnglishRenewedBefore(p, m.start)) return true;  // "reappointed Seorin Retail CEO Han Do-hee"
    std::string window = ToLowerAscii(after.substr(0, std::min<size_t>(after.size(), 80)));
    if (const size_t stop = window.find(". "); stop != std::string::npos) window.resize(stop);
    for (const Entity& en : a.entities)
      if (en.type == EntityType::kPerson && &en != person)
        for (const Mention& om : en.mentions)
          if (om.paragraph == m.paragraph && om.start >= m.end &&
              om.start - m.end < static_cast<int>(window.size()))
            window.resize(static_cast<size_t>(om.start - m.end));
    for (const FrameReader::Row& r : FrameReader::Default().rows())
      if (r.kind == "trigger" && r.lang == "en" && r.value == "appoint:renew" &&
          window.find(r.text) != std::string::npos)
        return true;
  }
  return false;
}

namespace {

// Where the person of `e` is promoted: an evidence sentence with the person's mention, then a
// promote word (cues.tsv promote rows: "사장으로 승진해", "was promoted to") with no other person
// between, and no move word in the sentence (join cues: "승진해 자리를 옮긴다").
struct PromotionSite {
  const Evidence* sentence = nullptr;
  const Mention* person = nullptr;
  size_t promoted_at = 0;  // byte of the promote word in the paragraph
};

std::vector<PromotionSite> PromotionSites(const Article& a, const Event& e, const Entity& person) {
  std::vector<PromotionSite> out;
  for (const Evidence& ev : e.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    std::string lower = ToLowerAscii(a.paragraphs[ev.paragraph]);
    auto in_sentence = [&](const Mention& m) {
      return m.paragraph == ev.paragraph && m.start >= ev.start && m.end <= ev.end;
    };
    std::string_view sent =
        std::string_view(lower).substr(static_cast<size_t>(ev.start), static_cast<size_t>(ev.end - ev.start));
    bool moves = false;
    for (const Lex& l : CueWords()) {
      if (l.cue != Cue::kJoin) continue;
      std::vector<size_t> at;
      FindAll(sent, l.text, l.english, &at);
      moves = moves || !at.empty();
    }
    if (moves) continue;
    std::vector<size_t> promote;
    for (const std::string& w : CuePhrases("promote")) {
      std::vector<size_t> at;
      FindAll(sent, w, IsAsciiText(w), &at);
      for (size_t x : at) promote.push_back(x + static_cast<size_t>(ev.start));
    }
    std::sort(promote.begin(), promote.end());
    for (const Mention& pm : person.mentions) {
      if (!in_sentence(pm)) continue;
      for (size_t w : promote) {
        if (w < static_cast<size_t>(pm.end)) continue;
        bool other = false;
        for (const Entity& en : a.entities)
          if (en.type == EntityType::kPerson && &en != &person)
            for (const Mention& om : en.mentions)
              other = other || (in_sentence(om) && om.start >= pm.end && static_cast<size_t>(om.start) < w);
        if (!other) out.push_back({&ev, &pm, w});
        break;
      }
    }
  }
  return out;
}

const Entity* CandidatePerson(const Article& a, const Event& e) {
  if (e.candidate_kind != CandidateKind::kPerson) return nullptr;
  for (const Entity& en : a.entities)
    if (en.type == EntityType::kPerson && (en.canonical == e.candidate || en.name == e.candidate)) return &en;
  return nullptr;
}

}  // namespace

// The person of `e` is promoted in an evidence sentence (PromotionSites) that names the previous
// employer right by the name as the owner of the person's title, not marked as an origin (출신,
// 에서, from, former): that organization is a unit inside the company ("한승민 삼성리서치 부소장이
// 사장으로 승진해"), no previous employer.
bool PromotedInPlace(const Article& a, const Event& e) {
  if (e.previous_employer.empty()) return false;
  const Entity* prev = nullptr;
  for (const Entity& en : a.entities)
    if (IsOrgType(en.type) && en.canonical == e.previous_employer) prev = &en;
  const Entity* person = CandidatePerson(a, e);
  if (!prev || !person) return false;
  for (const PromotionSite& site : PromotionSites(a, e, *person)) {
    const Evidence& ev = *site.sentence;
    const Mention& pm = *site.person;
    std::string_view para = a.paragraphs[ev.paragraph];
    for (const Mention& m : prev->mentions) {
      // Right by the name ("대양중공업 노재석 전무", "한승민 삼성리서치 부소장") or in the name's
      // apposition before the promote word ("Lee Ji-eun, head of Kia's global sales, was promoted").
      bool by_name = (m.end <= pm.start && pm.start - m.end <= 1) ||
                     (m.start >= pm.end && m.start - pm.end <= 1) ||
                     (m.start > pm.end && static_cast<size_t>(m.end) < site.promoted_at);
      bool in_sentence = m.paragraph == ev.paragraph && m.start >= ev.start && m.end <= ev.end;
      if (!in_sentence || !by_name) continue;
      size_t end = static_cast<size_t>(m.end);
      std::string_view before = PrevToken(para, static_cast<size_t>(m.start));
      bool origin = StartsWith(para, end, "에서") || StartsWith(para, end, " 출신") ||
                    StartsWith(para, end, "출신") || before == "from" || before == "전" ||
                    before == "former" || before == "Former";
      if (!origin) return true;
    }
  }
  return false;
}

// A previous employer the learned model gives where the rules found none, for a person promoted
// in an evidence sentence (PromotionSites): a promotion is a move inside the company, and the
// organization the model picked is another person's origin ("박정훈 사장 승진…인텔 출신 한도윤
// 영입": the headline's 인텔 is 한도윤's). The rules' own origins (a promotion that moves the person
// from the holding company) stay.
void PromotedModelOrigins(const Article& a, const std::vector<std::string>& ruled_prev,
                          std::vector<Event>* events) {
  for (size_t i = 0; i < events->size() && i < ruled_prev.size(); ++i) {
    Event& e = (*events)[i];
    if (!ruled_prev[i].empty() || e.previous_employer.empty()) continue;
    const Entity* person = CandidatePerson(a, e);
    if (!person || PromotionSites(a, e, *person).empty()) continue;
    e.previous_employer.clear();
    e.previous_employer_aliases.clear();
  }
}

}  // namespace hirewire::normalize::events_detail
