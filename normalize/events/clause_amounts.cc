#include "normalize/events/clause_reader.h"
#include "normalize/refusals.h"

// The clause reader's passes from events on: prices, events created, amounts and pay held for
// later, cues applied in text order (offers, outcome, stays, raises), team and role, and the
// context for the next clause (ClauseReader, normalize/events/clause_reader.h).

namespace hirewire::normalize::events_detail {

// A clause without a hiring cue whose amount is pay ("Coupang will pay Dunmore 3.5 billion won a
// year", "연봉 150만 달러에 주식보상이 더해진 패키지로") continues the event it refers to: a
// candidate named in it with an event already, or the followed event of the paragraph.
bool ClauseReader::PayContinues() const {
  if (ctx->last_event < 0) return false;
  bool pay = false;
  for (size_t i = 0; i < a.money.size(); ++i)
    if (a.money[i].paragraph == s.para && a.money[i].start >= s.start && a.money[i].end <= s.end &&
        a.money[i].glosses < 0 && !quoted(a.money[i].start) &&
        RoleOf(static_cast<int>(i)) == AmountRole::kPay)
      pay = true;
  if (!pay) return false;
  for (const Candidate& c : cands)
    if (c.kind == CandidateKind::kPerson && HasEventOf(*ctx, c.name, "")) return true;
  if (!cands.empty() || ctx->last_event_paragraph < s.para - 1) return false;
  const Event& last = ctx->events[ctx->last_event];
  if (RefersTo(ko_s, lo_s, last.candidate)) return true;
  // A distributive word stands for the persons just named, as a pronoun does ("Each will be paid
  // $20 million a year", "Both were given sign-on awards of $5 million").
  if (CuePhraseIn(s, "each", s.start, s.end)) return true;
  // The followed person's current employer puts up pay ("but JPMorgan responded with a
  // retention award worth about $10 million", "Microsoft Research has countered with …" for a
  // Microsoft researcher): a counter-offer (CounterOfferEvent).
  for (size_t i = 0; i < a.money.size(); ++i)
    if (a.money[i].paragraph == s.para && a.money[i].start >= s.start && a.money[i].end <= s.end &&
        RoleOf(static_cast<int>(i)) == AmountRole::kPay)
      if (const OrgRef* o = ActingOrgBefore(a.money[i].start); o && PersonsSide(last, o->entity->canonical))
        return true;
  // Korean drops the subject: a pay clause right after the sentence of the event, in its paragraph.
  return IsKoreanText(ko_s) && ctx->last_event_paragraph == s.para &&
         std::find(ctx->last_sentence_events.begin(), ctx->last_sentence_events.end(), ctx->last_event) !=
             ctx->last_sentence_events.end();
}

// The acquisition attempt an amount of the clause prices, or -1: an amount whose marker makes it
// a price ("30억 달러에 인수", "a $6 billion bid"), or one followed by "for" and the target
// ("offered roughly $6 billion for Helix"), goes to the attempt on a company the clause names
// (the one read from this clause first).
int ClauseReader::PriceEvent(int idx) const {
  const Amount& m = a.money[idx];
  const bool price = RoleOf(idx) == AmountRole::kPrice;
  auto attempt_on = [&](const std::string& target) {
    for (int ei : sentence_events)
      if (ctx->events[ei].type == EventType::kAcquisitionAttempt &&
          (target.empty() || ctx->events[ei].candidate == target))
        return ei;
    for (int ei = static_cast<int>(ctx->events.size()) - 1; ei >= 0; --ei)
      if (ctx->events[ei].type == EventType::kAcquisitionAttempt && ctx->events[ei].candidate == target)
        return ei;
    return -1;
  };
  for (const OrgRef& o : orgs) {
    const bool for_target = o.start > m.end && o.start - m.end <= 24 &&
                            EndsWithAt(lo, static_cast<size_t>(o.start), " for ") &&
                            lo.substr(m.end, o.start - m.end).find_first_of(",;(") == std::string_view::npos;
    if (!for_target && !price) continue;
    if (int ei = attempt_on(o.entity->canonical); ei >= 0) return ei;
  }
  // "talks to acquire Tessellate AI, a startup …, for about $1.2 billion": the attempt read
  // from this clause, its acquisition word before the amount.
  bool acquire_before = false;
  for (const CueHit& h : cues) acquire_before = acquire_before || (h.cue == Cue::kAcquire && h.pos < m.start);
  const bool for_amount = EndsWithAt(lo, static_cast<size_t>(m.start), " for ") && acquire_before;
  return price || for_amount ? attempt_on("") : -1;
}

// Prices of companies go to the acquisition attempts on them, never to a person (issue 10, error
// class 5); a price with no attempt to take it is left out of the offers.
void ClauseReader::ReadPrices() {
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    if (m.paragraph != s.para || m.start < s.start || m.end > s.end || m.glosses >= 0 || quoted(m.start))
      continue;
    const int idx = static_cast<int>(i);
    const int ei = PriceEvent(idx);
    if (ei < 0) {
      if (RoleOf(idx) == AmountRole::kPrice) priced.insert(idx);
      continue;
    }
    priced.insert(idx);
    Event& e = ctx->events[ei];
    if (std::any_of(e.offers.begin(), e.offers.end(), [&](const Offer& o) { return o.amount == idx; }))
      continue;
    Offer o = OfferFromAmount(a, idx);
    AddGloss(&o, idx);
    e.offers.push_back(std::move(o));
  }
}

// Events of the candidates (or the followed event); false when the clause touches none.
bool ClauseReader::CreateEvents() {
  // Candidates' events.
  cand_event = decltype(cand_event)(cands.size(), -1);
  for (size_t i = 0; i < cands.size(); ++i) {
    // "高橋健二社長は3月末で退任する": a person leaving the post written after the name leaves
    // the company the article is about (the latest event's employer, else the lead).
    if (employer.empty() && Has(cues, Cue::kLeave) && cands[i].previous.empty() &&
        cands[i].kind == CandidateKind::kPerson && JapaneseTitleAt(p, static_cast<size_t>(cands[i].end))) {
      for (const Event& e : ctx->events)
        if (e.type != EventType::kAcquisitionAttempt && !e.employer.empty()) cands[i].previous = e.employer;
      if (cands[i].previous.empty()) cands[i].previous = ctx->lead_org;
    }
    const Candidate& c = cands[i];
    if (acquisition && !acquihire && target_ref && c.kind == CandidateKind::kCompany) continue;
    EventType type = acquihire ? EventType::kAcquihire : EventType::kOffer;
    std::string emp = employer;
    if (emp.empty() && Has(cues, Cue::kLeave) && !c.previous.empty() && c.kind == CandidateKind::kPerson) {
      // Only the person who leaves: the candidate right before the first leave cue.
      int leave_pos = -1;
      for (const CueHit& h : cues)
        if (h.cue == Cue::kLeave && leave_pos < 0) leave_pos = h.pos;
      int subject = -1, subject_end = -1;
      for (size_t k = 0; k < cands.size(); ++k)
        if (cands[k].kind == CandidateKind::kPerson && cands[k].end <= leave_pos &&
            cands[k].end > subject_end) {
          subject = static_cast<int>(k);
          subject_end = cands[k].end;
        }
      if (subject != static_cast<int>(i) && !(members && ctx->group_members.count(c.name))) continue;
      emp = c.previous;
      type = EventType::kDeparture;
    }
    // "기존 부행장 3명은 임기 만료로 물러났다": a counted group of executives leaving is a departure
    // (GroupLeaves). A paragraph naming no organization speaks of the company the article is about (the
    // latest event's employer, else the lead), as a Japanese title's leaving does above.
    if (c.kind == CandidateKind::kGroup && LeavingGroup(c)) {
      type = EventType::kDeparture;
      if (!c.previous.empty()) emp = c.previous;
      for (size_t k = ctx->events.size(); emp.empty() && k > 0; --k)
        if (ctx->events[k - 1].type != EventType::kAcquisitionAttempt) emp = ctx->events[k - 1].employer;
      if (emp.empty()) emp = ctx->lead_org;
    }
    // Groups without any describing detail are too vague to be an event.
    int ei = -1;
    // A group offered an amount by a named employer is specific enough ("네뷸라AI는 … 연구자들에게
    // 연간 1500만 달러 안팎의 조건을 제시").
    // Plural only: a singular noun ("구글 연구원에 1000만 달러") mostly stands for a named person.
    const bool offered_amount = !c.singular && has_amount && !emp.empty() && !employer_from_context &&
                                (Has(cues, Cue::kOffer) || Has(cues, Cue::kRaise));
    if (c.kind == CandidateKind::kGroup && c.previous.empty() && (c.count < 0 || c.approx) &&
        !offered_amount) {
      // Only continue an existing group event of the article (no new one).
      continue;
    }
    if (pay_only && !HasEventOf(*ctx, c.name, emp)) continue;
    ei = FindOrCreate(ctx, c, emp, type);
    if (ei < 0) continue;
    Event& e = ctx->events[ei];
    if (e.previous_employer.empty() && !c.previous.empty() && c.previous != e.employer)
      e.previous_employer = c.previous;
    if (e.candidate_count < 0) e.candidate_count = c.count;
    cand_event[i] = ei;
    bool seen = false;
    for (int x : sentence_events) seen |= x == ei;
    if (!seen) sentence_events.push_back(ei);
  }
  // "KIA 타이거즈도 김태균에게 … 제시하며 잔류를 요청했다": the one asking the person to stay is where the
  // person is now, every other offer's previous employer.
  const bool stay_request = IsKoreanText(ko_s) && StayRequestIn(p.substr(s.start, s.end - s.start));
  if (stay_request && !employer.empty())
    for (const Candidate& c : cands)
      if (c.kind == CandidateKind::kPerson) ctx->origins.emplace(c.name, employer);
  // A sentence with an offer cue but no candidate continues the latest event
  // ("이 과정에서 일부에게는 ... 조건도 제시됐다").
  continuation = false;
  // Not when the sentence names the followed person only to set them aside: its amounts are
  // someone else's ("네뷸라AI는 정 박사 외에도 경쟁사 출신 연구자들에게 연간 1500만 달러").
  const int followed = FollowedForCounter();
  if (sentence_events.empty() && followed >= 0 &&
      (ctx->last_event_paragraph >= s.para - 1 || CounterFarBack(ctx->events[followed])) &&
      !set_aside.count(ctx->events[followed].candidate)) {
    const Event& last = ctx->events[followed];
    bool offer_side = Has(cues, Cue::kOffer) || Has(cues, Cue::kIntent) || Has(cues, Cue::kStay) ||
                      Has(cues, Cue::kAccept) || Has(cues, Cue::kRaise);
    if (!employer.empty() && !employer_from_context && employer != last.employer &&
        last.candidate_kind == CandidateKind::kPerson && !acquisition &&
        ((offer_side && (RefersTo(ko_s, lo_s, last.candidate) || CounterByCurrent(last))) ||
         MovesOnAfterLeaving(last))) {
      // "... after OpenAI offered her $20 million", "이 박사는 구글에 남기로 했다": the person
      // the text follows, with another employer.
      Candidate c;
      c.name = last.candidate;
      c.kind = CandidateKind::kPerson;
      if (last.type == EventType::kDeparture) c.previous = last.employer;  // the place the person left
      int ei = FindOrCreate(ctx, c, employer, EventType::kOffer);
      if (ei >= 0) sentence_events.push_back(ei);
      if (ei >= 0 && stay_request) ctx->origins.emplace(c.name, employer);
    } else if (const bool distributive = offer_side && DistributesOverFollowed();
               distributive || ctx->last_event_paragraph == s.para || pay_only ||
               ((employer.empty() || (!employer_from_context && employer == last.employer)) &&
                last.candidate_kind == CandidateKind::kPerson && RefersTo(ko_s, lo_s, last.candidate))) {
      // Same paragraph, or the next one referring back to the person and naming the same
      // employer or none ("Meta offered him a pay package ...", "최씨는 처음에는 제안을 거절했지만"), or
      // to the persons followed with a distributive word ("Halcyon offered each of them …").
      sentence_events.push_back(distributive ? ctx->followed_persons.back() : followed);
      continuation = true;
    }
  }
  if (sentence_events.empty()) {
    for (int idx : ClauseAmounts())
      if (a.money[idx].glosses < 0) HoldPay(idx);
    ctx->last_sentence_events.clear();
    return false;
  }
  return true;
}

// The clause's distributive word (cues.tsv each rows: "each of them", "both", "각각") speaks of the several
// persons the followed sentence named: "hired A, B and C. … Halcyon offered each of them packages worth …".
bool ClauseReader::DistributesOverFollowed() const {
  if (ctx->followed_persons.size() < 2 || !CuePhraseIn(s, "each", s.start, s.end)) return false;
  const std::string& at = ctx->events[ctx->followed_persons.front()].employer;
  if (!employer.empty() && (employer_from_context || employer != at)) return false;
  if (ctx->followed_events == ctx->followed_persons) return true;
  // "The three researchers … started at Halcyon this week": a count of the persons followed since.
  if (ctx->followed_events.size() != 1) return false;
  const Event& group = ctx->events[ctx->followed_events.front()];
  return group.candidate_kind == CandidateKind::kGroup &&
         group.candidate_count == static_cast<int>(ctx->followed_persons.size()) && group.employer == at;
}

// "Lena Marsh had resigned after eight years. She will join Tollbridge Retail as CFO", "… 회사를 떠났다. 그는
// 다음달 삼정바이오 연구소장으로 자리를 옮긴다": after the departure the text follows, a clause opening on a
// subject pronoun (cues.tsv pronoun rows of value subject) with a move word of the person's own (join, hire,
// designate) and another employer named is the person's move there, not the departure continued.
bool ClauseReader::MovesOnAfterLeaving(const Event& last) const {
  if (last.type != EventType::kDeparture ||
      !(Has(cues, Cue::kJoin) || Has(cues, Cue::kHire) || Has(cues, Cue::kDesignate)))
    return false;
  static const std::vector<std::string> en = CueTextsOf("pronoun", "en", "subject"),
                                        ko = CueTextsOf("pronoun", "ko", "subject");
  const bool korean = IsKoreanText(ko_s);
  size_t b = 0;
  const std::string_view clause = korean ? ko_s : lo_s;
  while (b < clause.size() && clause[b] == ' ') ++b;
  for (const std::string& w : korean ? ko : en) {
    if (clause.substr(b, w.size()) != w) continue;
    size_t e = b + w.size();
    if (korean && StartsWith(clause, e, "는")) e += std::string_view("는").size();  // 그녀는, 同氏는
    if (e < clause.size() && clause[e] == ' ') return true;
  }
  return false;
}

// A counter-offer stated as a noun with no person named ("Goldman has responded with a
// counter-offer that includes …", "한빛텔레콤은 역제안을 내놨다"): the clause's employer is the
// current employer (previous employer or known origin) of the person the latest event offers a
// move to, and a retain row (counter-offer, retention, 역제안) stands in the clause: that
// employer's own offer to the person.
namespace {

// A retain row (counter-offer, retention) in the lowercased clause that was made, not denied or only weighed
// ("whether it would make a counteroffer": UnmadeRetention).
bool MadeRetentionIn(std::string_view lower) {
  if (!RetainWordIn(lower)) return false;
  for (const std::string& w : CuePhrases("retain")) {
    std::vector<size_t> at;
    FindAll(lower, w, true, &at);
    for (size_t pos : at)
      if (!UnmadeRetention(lower, pos)) return true;
  }
  return false;
}

}  // namespace

bool ClauseReader::CounterByCurrent(const Event& last) const {
  if (last.type == EventType::kAcquisitionAttempt) return false;
  // "원소속 구단인 X도 … 조건을 내밀며 잔류를 요청했다": only the current employer asks the person to stay.
  if (IsKoreanText(ko_s) && last.type != EventType::kDeparture &&
      StayRequestIn(p.substr(s.start, s.end - s.start)))
    return true;
  // Pay the person's own side puts up, with no retain word ("Citadel countered by raising his guaranteed pay
  // to $18 million a year" after a rival's offer to the Citadel trader).
  for (int idx : ClauseAmounts())
    if (a.money[idx].glosses < 0 && RoleOf(idx) == AmountRole::kPay && PersonsSide(last, employer))
      return true;
  if (!MadeRetentionIn(lo_s)) return false;
  auto origin = ctx->origins.find(last.candidate);
  return SameOrUnit(employer, last.previous_employer) ||
         (origin != ctx->origins.end() && SameOrUnit(employer, origin->second));
}

// A counter-offer a few paragraphs after the offer it answers ("Stanmore made a counter-offer that included a
// $15 million retention package" after a paragraph on the person's start at the rival): a retain row
// (counter-offer, retention) and the person's current employer acting in the clause (PersonsSide) reach back
// kCounterReach paragraphs to the followed event, not only to the paragraph before.
bool ClauseReader::CounterFarBack(const Event& last) const {
  constexpr int kCounterReach = 3;
  return ctx->last_event_paragraph >= s.para - kCounterReach && !employer.empty() && !employer_from_context &&
         last.candidate_kind == CandidateKind::kPerson && MadeRetentionIn(lo_s) &&
         PersonsSide(last, employer);
}

// The event a clause naming no candidate continues: the latest one, or, when the clause's employer is not on
// that event's person's side, another person event of the latest sentence whose person's current employer it
// is and puts up a counter-offer ("… 오승민 수석연구위원에게 연봉 300만달러(약 42억원)에 수석 아키텍트 자리를
// 제안했다. … 세진반도체는 곧바로 연봉 15억원과 … 조건을 역제안했다" when the first sentence also gave an
// event to a false candidate).
int ClauseReader::FollowedForCounter() const {
  const int last = ctx->last_event;
  if (last < 0 || employer.empty() || employer_from_context || PersonsSide(ctx->events[last], employer))
    return last;
  for (int k = 0; k < static_cast<int>(ctx->events.size()); ++k)
    if (k != last && ctx->meta[k].last_sentence == ctx->meta[last].last_sentence &&
        ctx->events[k].candidate_kind == CandidateKind::kPerson && PersonsSide(ctx->events[k], employer) &&
        CounterByCurrent(ctx->events[k]))
      return k;
  return last;
}

std::vector<int> ClauseReader::ClauseAmounts() const {
  std::vector<int> out;
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end && !quoted(m.start))
      out.push_back(static_cast<int>(i));
  }
  return out;
}

// Pay an employer offers or hires with in a clause that names no candidate waits for the
// person's event (Context::pending_pay).
void ClauseReader::HoldPay(int idx) {
  // Not from a headline: its telegraphic grammar does not tell the employer from an affiliation
  // ("DeepMind Researcher Turned Down $50 Million Meta Offer").
  if (s.para == 0 || employer.empty() || employer_from_context || !employer_ref || !employer_ref->subject ||
      priced.count(idx) || RoleOf(idx) != AmountRole::kPay)
    return;
  // Not an employer that modifies a person noun ("DeepMind Researcher Turned Down $50 Million
  // Meta Offer", "Nvidia robotics researcher spurns …"): that is the person's affiliation.
  for (const Candidate& c : cands)
    if (c.start >= employer_ref->end && c.start - employer_ref->end <= 12 &&
        p.substr(employer_ref->end, c.start - employer_ref->end).find(',') == std::string_view::npos)
      return;
  // Nor one in a person's apposition ("Jonathan Reyes, Ford's vice president of engineering, signed
  // an offer letter with Voltaris that included …"): the person's current employer.
  for (const Mention* pm : person_m)
    if (pm->start >= s.start && InApposition(p, pm->end, employer_ref->start, s.end)) return;
  // Not pay another organization owns ("xAI's $40 million offer", "메타의 1억 달러 제안").
  const int start = a.money[idx].start;
  for (const OrgRef& o : orgs)
    if (&o != employer_ref && o.entity->canonical != employer && o.end < start && start - o.end <= 5 &&
        (EndsWithAt(p, static_cast<size_t>(start), "'s ") ||
         EndsWithAt(p, static_cast<size_t>(start), "’s ") ||
         EndsWithAt(p, static_cast<size_t>(start), "의 ")))
      return;
  if (!Has(cues, Cue::kOffer) && !Has(cues, Cue::kHire) && !Has(cues, Cue::kIntent) &&
      !Has(cues, Cue::kRaise))
    return;
  // The subject of the offer verb when the sentence names one ("Meridian Labs, the startup backed by
  // …, offered a Google DeepMind researcher a pay package worth …").
  const OrgRef* offerer = OfferingOrgBefore(start);
  ctx->pending_pay.push_back({idx, offerer ? offerer->entity->canonical : employer, s.para});
}

// The held pay of the employer of a person event this clause touched.
void ClauseReader::TakeHeldPay(int ei) {
  Event& e = ctx->events[ei];
  if (e.candidate_kind != CandidateKind::kPerson || e.type == EventType::kAcquisitionAttempt) return;
  auto& held = ctx->pending_pay;
  for (auto it = held.begin(); it != held.end();) {
    if (s.para - it->paragraph > 2 || !SameOrUnit(it->employer, e.employer)) {
      ++it;
      continue;
    }
    const Amount& m = a.money[it->amount];
    const bool have = std::any_of(e.offers.begin(), e.offers.end(), [&](const Offer& o) {
      return o.amount == it->amount ||
             (o.currency == m.currency && o.value == (m.value.empty() ? m.high : m.value));
    });
    if (!have) {
      Offer o = OfferFromAmount(a, it->amount);
      AddGloss(&o, it->amount);
      e.offers.insert(e.offers.begin(), std::move(o));
    }
    it = held.erase(it);
  }
}

// Which events receive amounts: not acquisition attempts.
// A Korean candidate marked as the one offered to: 에게 right after the name, its age or one
// title word ("윤서영(52) 전무에게 … 연봉 30억원 … 제시했다").
bool ClauseReader::KoreanRecipient(const Candidate& c) const {
  size_t e = static_cast<size_t>(c.end);
  if (StartsWith(p, e, "(")) {
    const size_t close = p.find(')', e);
    if (close == std::string_view::npos || close - e > 12) return false;
    e = close + 1;
  }
  if (StartsWith(p, e, " ")) {
    const size_t sp = p.find_first_of(" ,", e + 1);
    const std::string_view word = p.substr(e + 1, (sp == std::string_view::npos ? p.size() : sp) - e - 1);
    return word.size() <= 24 &&
           (EndsWithAt(word, word.size(), "에게") || EndsWithAt(word, word.size(), "에게는"));
  }
  return StartsWith(p, e, "에게");
}

int ClauseReader::money_event(int pos) const {
  int best = -1, best_pos = -1;
  // The one offered to, when a Korean clause marks one before the amount.
  if (korean)
    for (size_t i = 0; i < cands.size(); ++i)
      if (cand_event[i] >= 0 && cands[i].end <= pos && KoreanRecipient(cands[i])) return cand_event[i];
  for (size_t i = 0; i < cands.size(); ++i)
    if (cand_event[i] >= 0 && cands[i].end <= pos && cands[i].end > best_pos) {
      best = cand_event[i];
      best_pos = cands[i].end;
    }
  if (best >= 0) return best;
  for (size_t i = 0; i < cands.size(); ++i)
    if (cand_event[i] >= 0) return cand_event[i];
  for (int ei : sentence_events)
    if (ctx->events[ei].type != EventType::kAcquisitionAttempt)
      return continuation ? ContinuedPayTaker(ei) : ei;
  if (continuation) return ContinuedPayTaker(sentence_events.front());
  return -1;
}

// Pay is never a departure's (no gold departure of tests/data has an offer): pay in a clause that
// continues a departure ("She replaces Nigel Ashcombe, who … Albion said her base salary would be
// £1.4mn", "…, succeeding Richard Hale, who … retire. Her contract pays $950,000") is the pay of
// the move touched last before it, a person's or a group's; -1 when there is none.
int ClauseReader::ContinuedPayTaker(int ei) const {
  if (ctx->events[ei].type != EventType::kDeparture) return ei;
  int best = -1;
  for (size_t k = 0; k < ctx->events.size(); ++k) {
    const Event& e = ctx->events[k];
    if (e.type == EventType::kDeparture || e.type == EventType::kAcquisitionAttempt) continue;
    if (best < 0 || ctx->meta[k].last_sentence >= ctx->meta[best].last_sentence) best = static_cast<int>(k);
  }
  return best;
}

void ClauseReader::ReadAmounts() {
  // Amounts in the sentence, in text order.
  raise = Has(cues, Cue::kRaise);
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    if (m.paragraph != s.para || m.start < s.start || m.end > s.end || quoted(m.start)) continue;
    amount_idx.push_back(static_cast<int>(i));
  }
  // Derived offers from multipliers next to a raise cue.
  for (const Multiplier& m : a.multipliers)
    if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end && !quoted(m.start))
      mults.push_back(&m);
}

// The events a cue applies to.
std::vector<int> ClauseReader::events_for_cue(const CueHit& h) const {
  std::vector<int> out;
  // A counter-offer is the current employer's answer ("after the bank made a counteroffer to keep
  // him", "소속사는 역제안을 내놨다"): never a raise of another employer's offer to someone who works
  // elsewhere, nor of an offer the person has just turned down.
  if (h.cue == Cue::kRaise && CounterWord((IsAsciiAlpha(p[h.pos]) ? lo : blank).substr(h.pos, h.len))) {
    for (int ei : sentence_events) {
      const Event& e = ctx->events[ei];
      std::string current = e.previous_employer;
      for (size_t i = 0; i < cands.size() && current.empty(); ++i)
        if (cand_event[i] == ei) current = cands[i].previous;
      // (An offer just turned down is the other side's: "has turned down a $25 million offer from
      // Millbrook after the bank made a counteroffer".)
      if (e.type == EventType::kAcquisitionAttempt || e.outcome == Outcome::kDeclined ||
          (!current.empty() && !SameOrUnit(current, e.employer)))
        continue;
      out.push_back(ei);
    }
    return out;
  }
  // A cue inside a person's relative clause (", who have also signed with the club") is that person's and
  // their list's, not another person's of the sentence (docs/events.md, evoffer27).
  if (h.cue != Cue::kRaise && cands.size() > 1) {
    const std::vector<size_t> owners = RelativeClauseOwners(lo, cands, h.pos);
    for (size_t i : owners)
      if (cand_event[i] >= 0 && std::find(out.begin(), out.end(), cand_event[i]) == out.end())
        out.push_back(cand_event[i]);
    if (!owners.empty()) return out;
  }
  // Decline/join/leave/accept belong to the candidate just before the cue when several.
  // "X도 Y와 함께 합류한다", "along with": everyone named moves.
  bool coordinated = false;
  for (size_t a1 = 0; a1 < cands.size(); ++a1)
    for (size_t b1 = 0; b1 < cands.size(); ++b1)
      if (cands[a1].kind == CandidateKind::kPerson && cands[b1].kind == CandidateKind::kPerson &&
          cands[b1].start > cands[a1].end && cands[b1].start - cands[a1].end <= 120) {
        std::string_view mid = std::string_view(p).substr(cands[a1].end, cands[b1].start - cands[a1].end);
        if (mid == " and " || mid == ", " || mid == "와 " || mid == "과 " || mid == "·" || mid == " & " ||
            KoreanTitledListGap(mid) ||
            EnglishTitledListGap(std::string_view(lo).substr(cands[a1].end, mid.size())))
          coordinated = true;
        // "A, who …; B, a …; and C": list items with their appositions.
        if (EndsWithAt(mid, mid.size(), "; ") || EndsWithAt(mid, mid.size(), "; and ")) coordinated = true;
      }
  bool together = coordinated || members || ko_s.find("함께") != std::string_view::npos ||
                  lo_s.find("along with") != std::string_view::npos ||
                  lo_s.find("together with") != std::string_view::npos;
  if ((h.cue == Cue::kDecline || h.cue == Cue::kJoin || h.cue == Cue::kLeave || h.cue == Cue::kAccept ||
       h.cue == Cue::kStay) &&
      cands.size() > 1 && !together) {
    int best = -1, best_pos = -1;
    for (size_t i = 0; i < cands.size(); ++i)
      if (cand_event[i] >= 0 && cands[i].end <= h.pos && cands[i].end > best_pos) {
        best = cand_event[i];
        best_pos = cands[i].end;
      }
    if (best >= 0) return std::vector<int>{best};
  }
  for (int ei : sentence_events)
    if (ctx->events[ei].type != EventType::kAcquisitionAttempt) out.push_back(ei);
  return out;
}

// Cues and stated amounts in text order: a raise derives a new offer from the latest
// one, a first-year part attaches to the latest offer, a decline marks earlier offers.
void ClauseReader::ApplyItems() {
  struct Item {
    int pos;
    int amount;  // index into a.money, or -1 for a cue
    const CueHit* cue;
  };
  std::vector<Item> items;
  for (int idx : amount_idx)
    if (a.money[idx].glosses < 0 && !priced.count(idx) && RoleOf(idx) != AmountRole::kNonPay)
      items.push_back({a.money[idx].start, idx, nullptr});
  for (const CueHit& h : cues) items.push_back({h.pos, -1, &h});
  std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) { return x.pos < y.pos; });
  for (const Item& it : items) {
    if (it.amount >= 0) {
      ApplyAmount(it.amount);
      continue;
    }
    // "… countered with a retention grant of about $8 million, which she accepted": the
    // acceptance after a counter-offer's amount is the counter-offer's.
    if (it.cue->cue == Cue::kAccept && counter_event >= 0) {
      ApplyCue(*it.cue, counter_event);
      continue;
    }
    for (int ei : events_for_cue(*it.cue)) ApplyCue(*it.cue, ei);
  }
}

void ClauseReader::ApplyAmount(int idx) {
  const Amount& m = a.money[idx];
  int ei = money_event(m.start);
  if (ei < 0) {
    HoldPay(idx);
    return;
  }
  if (const int ci = CounterOfferEvent(idx, ei); ci != ei) {
    ei = ci;
  } else {
    ei = OfferingOrgEvent(idx, ei);
  }
  Event& e = ctx->events[ei];
  if (IsFirstYear(a, idx) && !e.offers.empty() && e.offers.back().first_year_usd.empty()) {
    e.offers.back().first_year_usd = m.currency == "USD" ? m.value : m.usd;
    AddTerms(&e.offers.back(), "first_year");
    return;
  }
  Offer o = OfferFromAmount(a, idx);
  AddGloss(&o, idx);
  for (const std::string& t : AmountTerms(idx)) AddTerms(&o, t);
  if (declined_pending) o.response = "declined";
  if (EachAmount(m)) ShareWithListedPersons(o, idx, ei);
  e.offers.push_back(std::move(o));
  return;
}

// A per-person amount is the offer of every person the clause names before it moving to the same
// employer ("hired A, B and C …, giving each a pay package worth $20 million"), not only the
// nearest one's.
void ClauseReader::ShareWithListedPersons(const Offer& o, int idx, int ei) {
  const Amount& m = a.money[idx];
  std::vector<int> listed;
  for (size_t i = 0; i < cands.size(); ++i)
    if (cand_event[i] >= 0 && cands[i].end <= m.start) listed.push_back(cand_event[i]);
  // A clause that names no one continues the followed event: the distributive word speaks of
  // the persons of the sentence that sets the followed event ("hired A, B and C. Each will be paid
  // …", "… 영입했다. 이들은 각각 연봉 20억원을 받는다").
  if (continuation && cands.empty())
    listed = DistributesOverFollowed() ? ctx->followed_persons : ctx->followed_events;
  // As many amounts as persons are one each, in order ("각각 연봉 15억원과 12억원"): no sharing.
  int amounts = 0;
  for (int k : ClauseAmounts())
    amounts += a.money[k].glosses < 0 && !priced.count(k) && RoleOf(k) != AmountRole::kNonPay;
  if (amounts > 1 && static_cast<size_t>(amounts) >= listed.size()) return;
  for (const int ci : listed) {
    if (ci == ei) continue;
    Event& other = ctx->events[ci];
    const Event& e = ctx->events[ei];
    if (other.candidate_kind != CandidateKind::kPerson || other.type == EventType::kDeparture ||
        other.type == EventType::kAcquisitionAttempt || other.employer != e.employer)
      continue;
    if (std::any_of(other.offers.begin(), other.offers.end(),
                    [&](const Offer& f) { return f.amount == idx; }))
      continue;
    other.offers.push_back(o);
  }
}

// The organization acting right before an amount of the clause, as the subject of the words that
// lead to it ("after Nvidia countered with a retention grant … valued at $25 million", "but
// JPMorgan responded with a retention award worth about $10 million"): no other organization
// or person between, and the organization followed by a verb (a lowercase word that is no
// preposition) or a Korean subject particle. Null when there is none.
const OrgRef* ClauseReader::ActingOrgBefore(int pos) const {
  // A Korean possessive names what follows it, not who acts ("라이트하우스는 블루코어의 제안 사실을 파악한
  // 직후 한 PD에게 연봉 10억원과 … 역제안했고": 라이트하우스 puts the amount up).
  const OrgRef* best = nullptr;
  for (const OrgRef& o : orgs)
    if (!o.publication && !o.cited && o.end <= pos && pos - o.end <= 90 && (!best || o.end > best->end) &&
        !StartsWith(p, static_cast<size_t>(o.end), "의 "))
      best = &o;
  if (!best) return nullptr;
  // A person between stops it, unless the amount is that person's pay ("한미약품은 이 과정에서
  // 윤 전무의 연봉을 … 12억원으로 올리고"): the name followed by a possessive.
  // Nor the person the pay is offered to ("세진에너지는 한 수석에게 연봉 2억5000만원과 … 잔류 조건을
  // 내놨고"): the name, or the title after it, closed by a recipient particle (cues.tsv particle rows).
  static const std::vector<std::string> recipients = [] {
    std::vector<std::string> out;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "particle" && r.lang == "ko" && r.value == "recipient") out.push_back(r.text);
    return out;
  }();
  auto possessive = [&](size_t e) {                   // "윤 전무의 연봉", "her", "Reyes's"
    if (StartsWith(p, e, " ") && e + 1 < p.size()) {  // a title after a surname: "윤 전무의"
      const size_t sp = p.find(' ', e + 1);
      if (sp != std::string_view::npos && sp - e <= 13) {
        for (const std::string& r : recipients)
          if (EndsWithAt(p, sp, r)) return true;
        e = sp - (EndsWithAt(p, sp, "의") ? 3 : 0);
      }
    }
    for (const std::string& r : recipients)
      if (StartsWith(p, e, r + " ")) return true;
    return StartsWith(p, e, "의 ") || StartsWith(p, e, "'s ") || StartsWith(p, e, "’s ");
  };
  for (const Candidate& c : cands)
    if (c.start >= best->end && c.end <= pos && !possessive(static_cast<size_t>(c.end))) return nullptr;
  // The object of a preposition is no subject ("A senior engineer at LG Energy Solution has received an
  // offer of $3.5 million": the engineer receives it).
  static const std::vector<std::string> preps = CueTextsOf("preposition", "en");
  for (const std::string& prep : preps)
    if (EndsWithAt(lo, static_cast<size_t>(best->start), " " + prep + " ")) return nullptr;
  size_t e = static_cast<size_t>(best->end);
  if (KoreanSubjectParticleAt(p, e, true) > 0) return best;
  // The object of a causative verb is the subject of the infinitive after it ("prompting Corvane to counter
  // with an offer of $2.8 million": cues.tsv causative rows).
  static const std::vector<std::string> causatives = CueTextsOf("causative", "en");
  for (const std::string& c : causatives)
    if (EndsWithAt(lo, static_cast<size_t>(best->start), c + " ") && StartsWith(lo, e, " to ") &&
        e + 4 < lo.size() && std::islower(static_cast<unsigned char>(p[e + 4])))
      return best;
  // Capitalized words the recognizer left out of the name ("Microsoft Research, has countered with …" read as
  // "Microsoft"): at most two, before the verb or the apposition's comma.
  for (int words = 0;
       words < 2 && e + 2 < p.size() && p[e] == ' ' && std::isupper(static_cast<unsigned char>(p[e + 1]));
       ++words) {
    size_t we = e + 1;
    while (we < p.size() && std::isalpha(static_cast<unsigned char>(p[we]))) ++we;
    e = we;
  }
  // The name closing an apposition ("Microsoft's research unit, Microsoft Research, has countered with …").
  const bool apposition = StartsWith(p, e, ", ");
  if (apposition) ++e;
  if (e + 2 >= p.size() || p[e] != ' ' || !std::islower(static_cast<unsigned char>(p[e + 1]))) return nullptr;
  size_t we = e + 1;
  while (we < p.size() && std::isalpha(static_cast<unsigned char>(p[we]))) ++we;
  // A finite verb: an auxiliary or a past / third-person form ("countered", "responds").
  std::string_view w = lo.substr(e + 1, we - e - 1);
  static const std::vector<std::string> finite_next = CueTextsOf("finite_next", "en");
  for (const std::string& aux : finite_next)
    if (w == aux) return best;
  const bool finite =
      w.size() > 3 && (EndsWithAt(w, w.size(), "ed") || (w.back() == 's' && !EndsWithAt(w, w.size(), "ss")));
  return finite && !apposition ? best : nullptr;
}

// The latest move or offer event of `person` at `org` or a unit of it (either way), or -1.
int ClauseReader::PersonEventAt(const std::string& person, const std::string& org) const {
  for (int i = static_cast<int>(ctx->events.size()) - 1; i >= 0; --i) {
    const Event& x = ctx->events[i];
    if (x.candidate == person && x.candidate_kind == CandidateKind::kPerson &&
        x.type != EventType::kAcquisitionAttempt && x.type != EventType::kDeparture && !x.employer.empty() &&
        SameOrUnit(x.employer, org))
      return i;
  }
  return -1;
}

// Whether `org` stands on the person's side of event `e`: the person's current employer (the
// event's previous employer or the person's known origin, or a unit of either: "Microsoft Research"
// for a Microsoft researcher), or an organization with an event of the person already ("Citadel
// keeps star trader …" in the headline, then "Citadel countered by raising his guaranteed pay to
// $18 million"). Pay it puts up is its own offer to the person, not the other employer's.
bool ClauseReader::PersonsSide(const Event& e, const std::string& org) const {
  if (org.empty() || e.candidate_kind != CandidateKind::kPerson) return false;
  if (!e.previous_employer.empty() && SameOrUnit(org, e.previous_employer)) return true;
  auto origin = ctx->origins.find(e.candidate);
  if (origin != ctx->origins.end() && SameOrUnit(org, origin->second)) return true;
  return PersonEventAt(e.candidate, org) >= 0;
}

// A counter-offer: an amount the person's current employer puts up in a clause about another
// employer's offer belongs to the person's event at the current employer (its existing event,
// created when missing), not to the other offer. The current employer is the event's previous
// employer or the person's known origin (PersonsSide).
int ClauseReader::CounterOfferEvent(int idx, int ei) {
  const Event& e = ctx->events[ei];
  if (e.candidate_kind != CandidateKind::kPerson || e.type == EventType::kAcquisitionAttempt) return ei;
  const OrgRef* o = ActingOrgBefore(a.money[idx].start);
  if (!o || SameOrUnit(o->entity->canonical, e.employer) || RoleOf(idx) == AmountRole::kNonPay) return ei;
  const std::string& current = o->entity->canonical;
  // The current employer (PersonsSide), or the one the clause keeps the person at ("셀트리온이 연봉을
  // 10억원 수준으로 올리고 … 잔류를 택했다", "Jane Street responded with a counter-offer that raised her pay
  // to about $12 million").
  if (!PersonsSide(e, current) &&
      !((Has(cues, Cue::kStay) || RetainWordIn(lo_s) || StayLaterInSentence(a.money[idx].end)) &&
        std::none_of(orgs.begin(), orgs.end(), [](const OrgRef& x) { return x.dest; })))
    return ei;
  Candidate c;
  c.name = e.candidate;
  c.kind = CandidateKind::kPerson;
  int ci = PersonEventAt(e.candidate, current);
  if (ci < 0) ci = FindOrCreate(ctx, c, current, EventType::kOffer);  // may reallocate ctx->events
  if (ci < 0) return ei;
  counter_event = ci;
  Evidence ev{s.para, s.ev_start, s.ev_end};
  Event& counter = ctx->events[ci];
  if (std::find(counter.evidence.begin(), counter.evidence.end(), ev) == counter.evidence.end())
    counter.evidence.push_back(ev);
  if (counter.outcome == Outcome::kNone) counter.outcome = Outcome::kOffered;
  AddTimeline(&counter, "offered");
  return ci;
}

// A stay word (cues.tsv stay rows) after `pos` in the rest of the sentence, past the clause
// ("셀트리온이 연봉을 9억원 수준으로 올리고 전무 승진을 약속하자 잔류를 택했다").
bool ClauseReader::StayLaterInSentence(int pos) const {
  size_t end = p.find(". ", static_cast<size_t>(pos));
  if (end == std::string_view::npos) end = p.size();
  const std::string_view rest = p.substr(static_cast<size_t>(pos), end - static_cast<size_t>(pos));
  for (int r : CueLexicon::Default().RowsIn(rest)) {
    const CueRow& row = CueLexicon::Default().rows()[r];
    if (row.kind == "cue" && row.value == "stay" && row.lang != "en") return true;
  }
  return false;
}

// The subject of the English offer verb before pos: the organization right before the verb or
// before an apposition that ends at it ("Meta Platforms offered a package worth …", "Meridian
// Labs, the startup backed by Gulf funds, offered a Google DeepMind researcher a pay package worth
// …"). Null when the verb has no such subject or another organization or person stands between.
const OrgRef* ClauseReader::OfferingOrgBefore(int pos) const {
  // The offer words before pos, latest first ("offered … a pay package worth": "package", then
  // "offered").
  std::vector<const CueHit*> verbs;
  for (const CueHit& h : cues)
    if (h.cue == Cue::kOffer && h.pos < pos && h.pos >= s.start && IsAsciiAlpha(p[h.pos]))
      verbs.push_back(&h);
  std::sort(verbs.begin(), verbs.end(), [](const CueHit* x, const CueHit* y) { return x->pos > y->pos; });
  for (const CueHit* verb : verbs) {
    const OrgRef* best = nullptr;
    for (const OrgRef& o : orgs)
      if (!o.publication && !o.cited && !o.prev && !o.target && o.end <= verb->pos &&
          (!best || o.end > best->end))
        best = &o;
    if (!best) return nullptr;
    if (std::any_of(cands.begin(), cands.end(),
                    [&](const Candidate& c) { return c.start >= best->end && c.start < pos; }))
      return nullptr;
    std::string_view mid =
        lo.substr(static_cast<size_t>(best->end), static_cast<size_t>(verb->pos - best->end));
    for (std::string_view aux : {" ", " has ", " had ", " also ", " then ", " has also ", " reportedly "})
      if (mid == aux) return best;
    // An apposition: ", … ," with no verb of its own before the offer verb.
    if (mid.size() <= 160 && StartsWith(mid, 0, ", ") && EndsWithAt(mid, mid.size(), ", ") &&
        mid.find(" who ") == std::string_view::npos && mid.find(" which ") == std::string_view::npos)
      return best;
  }
  return nullptr;
}

// An amount an organization offers in a clause whose event is the person's at another employer
// ("Meta Platforms offered a package worth $300 million to … Malhotra, who … agreed to stay at
// Google"; Korean: the clause's topic offers it to the person the text follows, "LG 트윈스는 이보다 많은 4년
// 총액 90억원을 제안한 것으로 알려졌다"): the person's event at the offering organization (created when
// missing) takes it.
int ClauseReader::OfferingOrgEvent(int idx, int ei) {
  const Event& e = ctx->events[ei];
  if (e.candidate_kind != CandidateKind::kPerson || e.type == EventType::kAcquisitionAttempt ||
      RoleOf(idx) == AmountRole::kNonPay)
    return ei;
  const int at = a.money[idx].start;
  const OrgRef* o = IsKoreanText(ko_s) ? KoreanOfferingOrgBefore(at) : OfferingOrgBefore(at);
  if (!o || SameOrUnit(o->entity->canonical, e.employer) || o->entity->canonical == e.previous_employer)
    return ei;
  Candidate c;
  c.name = e.candidate;
  c.kind = CandidateKind::kPerson;
  c.previous = e.previous_employer;
  const std::string offerer = o->entity->canonical;
  const int oi = FindOrCreate(ctx, c, offerer, EventType::kOffer);  // may reallocate ctx->events
  if (oi < 0) return ei;
  Evidence ev{s.para, s.ev_start, s.ev_end};
  Event& offer = ctx->events[oi];
  if (std::find(offer.evidence.begin(), offer.evidence.end(), ev) == offer.evidence.end())
    offer.evidence.push_back(ev);
  if (offer.outcome == Outcome::kNone) offer.outcome = Outcome::kOffered;
  AddTimeline(&offer, "offered");
  return oi;
}

// The clause's terms of one amount: a term word next to an amount is that amount's alone
// ("계약금 50억원과 연봉 15억원": only the first is a signing bonus); one next to none is every
// amount's ("4년간 … 주식 보상도 포함").
std::vector<std::string> ClauseReader::AmountTerms(int idx) const {
  std::vector<std::string> out;
  for (const TermHit& t : term_hits) {
    int owner = -1, best = 1 << 30;  // the nearest amount next to the term word
    for (int j : amount_idx)
      if (int d = TermDistance(t, a.money[j]); a.money[j].glosses < 0 && d >= 0 && d < best) {
        owner = j;
        best = d;
      }
    if ((owner < 0 || owner == idx) && std::find(out.begin(), out.end(), t.term) == out.end())
      out.push_back(t.term);
  }
  return out;
}

void ClauseReader::ApplyCue(const CueHit& h, int ei) {
  Event& e = ctx->events[ei];
  switch (h.cue) {
    case Cue::kOffer:
    case Cue::kIntent:
      if (e.outcome == Outcome::kNone) e.outcome = Outcome::kOffered;
      if (!raise && std::find(e.timeline.begin(), e.timeline.end(), "offered") == e.timeline.end())
        AddTimeline(&e, "offered");
      break;
    case Cue::kDecline:
      if (e.timeline.empty()) AddTimeline(&e, "offered");
      e.outcome = Outcome::kDeclined;
      AddTimeline(&e, "declined");
      for (Offer& o : e.offers)
        if (o.response.empty()) o.response = "declined";
      declined_pending = true;
      break;
    case Cue::kAccept:
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      // "이를 받아들여 계약서에 서명했다": the acceptance ends in a signed contract, a move made.
      if (SignedAfter(s, h.pos + h.len)) {
        ctx->meta[ei].moved = true;
        e.outcome = Outcome::kJoined;
        AddTimeline(&e, "joined");
      } else {
        ctx->meta[ei].took_offer = true;
      }
      if (!e.offers.empty() && e.offers.back().response.empty()) e.offers.back().response = "accepted";
      break;
    case Cue::kHire:
    case Cue::kJoin: {
      // A refused offer stays refused when a later sentence joins with an employer it does not name
      // ("박지훈은 이를 거절했다. 박지훈은 해성 베어스와 4년 계약을 맺었다" with the club unread): the join
      // is of another move.
      if (e.outcome == Outcome::kDeclined && employer_from_context && ctx->meta[ei].last_sentence >= 0 &&
          ctx->meta[ei].last_sentence < sentence_index)
        break;
      std::string_view w = lo.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len));
      if (w == "named" || w == "appointed" || w == "promoted")
        ctx->meta[ei].appointed = true;
      else
        ctx->meta[ei].moved = true;
    }
      if (h.agreed ||
          ((h.cue == Cue::kJoin || h.cue == Cue::kHire) &&
           FrameReader::Default().MoveAspect(blank, lo, h.pos, h.pos + h.len) ==
               FrameReader::Aspect::kFuture) ||
          KoreanPresentTense(blank, h)) {
        // "will join", "agreed to join", "합류할 예정": agreed, not yet done; over a joined only the headline
        // told.
        ctx->meta[ei].agreed = true;
        if (OutcomeRank(e.outcome) < OutcomeRank(Outcome::kAccepted) ||
            (e.outcome == Outcome::kJoined && !ctx->meta[ei].body_done && !InHeadline(s)))
          e.outcome = Outcome::kAccepted;
        AddTimeline(&e, "accepted");
      } else {
        e.outcome = Outcome::kJoined;
        AddTimeline(&e, "joined");
        if (!InHeadline(s)) ctx->meta[ei].body_done = true;
      }
      if (!e.offers.empty() && e.offers.back().response.empty()) e.offers.back().response = "accepted";
      break;
    case Cue::kStay: ApplyStay(h, ei); break;
    case Cue::kDesignate:
      // "小林誠副頭取を内定した": designated, not yet in office.
      ctx->meta[ei].agreed = true;
      ctx->meta[ei].moved = true;
      if (OutcomeRank(e.outcome) < OutcomeRank(Outcome::kAccepted)) e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      break;
    case Cue::kLeave:
      if (employer_ref && employer_ref->dest && e.employer == employer) {
        // "left Apple for Meta": the move itself.
        e.outcome = Outcome::kJoined;
        AddTimeline(&e, "joined");
      } else if (e.type == EventType::kDeparture || e.employer.empty()) {
        e.outcome = Outcome::kLeft;
        AddTimeline(&e, "left");
      }
      break;
    case Cue::kRaise: ApplyRaise(ei); break;
    default: break;
  }
}

void ClauseReader::ApplyStay(const CueHit& h, int ei) {
  Event& e = ctx->events[ei];
  if (!stay_prev.empty() && e.candidate_kind == CandidateKind::kPerson &&
      e.type != EventType::kAcquisitionAttempt) {
    // Staying at the current employer (no counter-offer): every open offer of another
    // employer to this person is turned down.
    for (Event& o : ctx->events) {
      if (o.candidate != e.candidate || SameOrUnit(o.employer, stay_prev) ||
          o.type == EventType::kAcquisitionAttempt)
        continue;
      if (o.previous_employer.empty()) o.previous_employer = stay_prev;
      if (o.outcome == Outcome::kJoined) continue;
      if (o.timeline.empty()) AddTimeline(&o, "offered");
      o.outcome = Outcome::kDeclined;
      AddTimeline(&o, "declined");
      for (Offer& f : o.offers)
        if (f.response.empty()) f.response = "declined";
    }
    return;
  }
  if (BareStay(orgs, h) && e.candidate_kind == CandidateKind::kPerson && !e.previous_employer.empty() &&
      e.previous_employer != e.employer && e.type != EventType::kAcquisitionAttempt) {
    // "제안을 거절하고 회사에 남기로 했다", "decided to stay": no place named, so the
    // person stays with the current employer and the offer is turned down.
    if (e.timeline.empty()) AddTimeline(&e, "offered");
    e.outcome = Outcome::kDeclined;
    AddTimeline(&e, "declined");
    for (Offer& o : e.offers)
      if (o.response.empty()) o.response = "declined";
    Candidate c;
    c.name = e.candidate;
    c.kind = CandidateKind::kPerson;
    std::string current = e.previous_employer;
    // The stay accepts the current employer's offer when one was read (a retention package, "잔류 조건을
    // 제시했고") or the article tells of a retention or counter-offer (retain rows); a bare stay after a
    // refusal is no offer of its own ("이를 거절하고 회사에 남았다", as a stay at a named place).
    const bool own_offer = std::any_of(ctx->events.begin(), ctx->events.end(), [&](const Event& o) {
      return o.candidate == e.candidate && o.type == EventType::kOffer && SameOrUnit(o.employer, current);
    });
    int si = own_offer || ctx->retention ? FindOrCreate(ctx, c, current, EventType::kOffer)
                                         : -1;  // may reallocate
    if (si >= 0) {
      Event& st = ctx->events[si];
      st.outcome = Outcome::kAccepted;
      AddTimeline(&st, "accepted");
      stay_events.push_back(si);
    }
    return;
  }
  // "turned down Nimbus's offer and is staying at the lab": staying where one is, with no place named, keeps
  // the refusal of the offer just read; it accepts nothing of the one refused.
  if (e.outcome == Outcome::kDeclined && BareStay(orgs, h)) return;
  if (e.employer == employer || e.timeline.empty()) {
    e.outcome = Outcome::kAccepted;
    AddTimeline(&e, "accepted");
    // Staying means the other employers' offers were turned down, and that the
    // person works here.
    for (Event& o : ctx->events) {
      if (&o == &e || o.candidate != e.candidate || o.employer == e.employer) continue;
      if (o.type == EventType::kAcquisitionAttempt) continue;
      if (o.outcome == Outcome::kOffered || o.outcome == Outcome::kNone) {
        o.outcome = Outcome::kDeclined;
        AddTimeline(&o, "declined");
        for (Offer& f : o.offers)
          if (f.response.empty()) f.response = "declined";
      }
      if (o.previous_employer.empty()) o.previous_employer = e.employer;
    }
  }
  return;
}

void ClauseReader::ApplyRaise(int ei) {
  Event& e = ctx->events[ei];
  declined_pending = false;
  if (e.timeline.empty()) AddTimeline(&e, "offered");
  AddTimeline(&e, "raised");
  if (e.outcome == Outcome::kNone || e.outcome == Outcome::kDeclined) e.outcome = Outcome::kOffered;
  // Derive from the latest stated offer with a multiplier of this sentence.
  // The base is the latest offer stated before this sentence; when the sentence
  // states the raised amount itself ("두 배인 1억5000만 달러로"), nothing is derived.
  auto in_sentence = [&](const Offer& o) {
    return o.amount >= 0 && std::find(amount_idx.begin(), amount_idx.end(), o.amount) != amount_idx.end();
  };
  // "계약금을 두 배로": a term word right before the multiplier names what was raised.
  std::string raised_term;
  for (const TermHit& t : term_hits)
    if (!mults.empty() && t.end <= mults.front()->start && mults.front()->start - t.end <= 8)
      raised_term = t.term;
  const Offer* base_ptr = nullptr;
  for (auto it = e.offers.rbegin(); it != e.offers.rend() && !base_ptr; ++it)
    if (!in_sentence(*it) && (raised_term.empty() ||
                              std::find(it->terms.begin(), it->terms.end(), raised_term) != it->terms.end()))
      base_ptr = &*it;
  for (auto it = e.offers.rbegin(); it != e.offers.rend() && !base_ptr; ++it)
    if (!in_sentence(*it)) base_ptr = &*it;
  bool stated_here = false;
  if (base_ptr && !mults.empty()) {
    std::string want = MultiplyDecimal(mults.front()->factor, base_ptr->value);
    for (const Offer& o : e.offers)
      if (in_sentence(o) && o.currency == base_ptr->currency && o.value == want) stated_here = true;
  }
  if (!mults.empty() && base_ptr && !stated_here) {
    const Offer base = *base_ptr;
    if (base.derivation.empty()) {
      const Multiplier* mu = mults.front();
      Offer d;
      d.amount = -1;
      d.currency = base.currency;
      d.value = MultiplyDecimal(mu->factor, base.value);
      d.kind = base.kind;
      if (!base.usd.empty()) d.usd = MultiplyDecimal(mu->factor, base.usd);
      if (!base.krw.empty()) d.krw = MultiplyDecimal(mu->factor, base.krw);
      d.rate = base.rate;
      d.rate_source = base.rate_source;
      for (const std::string& t : base.terms)
        if (t != "first_year") d.terms.push_back(t);
      d.derivation = mu->factor + " × " + base.value + " " + base.currency + " (" + mu->surface + ")";
      if (!d.value.empty()) e.offers.push_back(std::move(d));
    }
  }
}

void ClauseReader::ReadTeamAndRole() {
  {
    for (size_t f = ko_s.find("팀"); f != std::string_view::npos && team.empty();
         f = ko_s.find("팀", f + 1)) {
      std::string_view rest = ko_s.substr(f + 3);
      if (!(rest.rfind("에 ", 0) == 0 || rest.rfind("으로 ", 0) == 0 || rest.rfind("에서", 0) == 0)) continue;
      size_t b = f;
      while (b > 0 && ko_s[b - 1] != ' ' && ko_s[b - 1] != '\'' && ko_s[b - 1] != '(') --b;
      if (f - b >= 3 && f - b <= 30) team = std::string(ko_s.substr(b, f + 3 - b));
    }
    for (const char* j : {"join ", "joins ", "joined ", "joining ", "lead ", "to run "}) {
      size_t f = lo_s.find(j);
      if (f == std::string_view::npos) continue;
      std::string_view rest = lo_s.substr(f + std::string_view(j).size(), 80);
      size_t stop = rest.find_first_of(",.;");
      if (stop != std::string_view::npos) rest = rest.substr(0, stop);
      for (const char* unit : {" team", " lab", " unit", " division", " group"}) {
        size_t u = rest.find(unit);
        if (u == std::string_view::npos || !team.empty()) continue;
        size_t b = rest.rfind("'s ", u);
        if (b == std::string_view::npos)
          b = rest.rfind("the ", u) != std::string_view::npos ? rest.rfind("the ", u) + 1
                                                              : std::string_view::npos;
        if (b == std::string_view::npos) continue;
        b += 3;
        size_t off = static_cast<size_t>(rest.data() - lo_s.data()) + static_cast<size_t>(s.start);
        team = std::string(p.substr(off + b, u + std::string_view(unit).size() - b));
      }
      size_t as = rest.find(" as ");
      if (as != std::string_view::npos && role.empty()) {
        size_t off = static_cast<size_t>(rest.data() - lo_s.data()) + static_cast<size_t>(s.start);
        role = std::string(p.substr(off + as + 4, rest.size() - as - 4));
        if (role.size() > 60) role.clear();
      }
    }
  }
}

// The clause's events take its evidence, team, role and reporter; the context moves on.
void ClauseReader::Finish() {
  for (int ei : stay_events)
    if (std::find(sentence_events.begin(), sentence_events.end(), ei) == sentence_events.end())
      sentence_events.push_back(ei);
  for (int ei : sentence_events) {
    Event& e = ctx->events[ei];
    if (e.type != EventType::kAcquisitionAttempt) {
      if (e.team.empty()) e.team = team;
      if (e.role.empty()) e.role = role;
    }
    Evidence ev{s.para, s.ev_start, s.ev_end};
    if (std::find(e.evidence.begin(), e.evidence.end(), ev) == e.evidence.end()) e.evidence.push_back(ev);
    if (e.reported_by.empty()) e.reported_by = ctx->reporter;
    if (e.outcome == Outcome::kNone) e.outcome = Outcome::kOffered;
    if (e.timeline.empty()) AddTimeline(&e, e.outcome == Outcome::kJoined ? "joined" : "offered");
    ctx->meta[ei].last_sentence = sentence_index;
    if (e.type != EventType::kAcquisitionAttempt) {
      ctx->last_event = ei;
      ctx->last_event_paragraph = s.para;
    }
    TakeHeldPay(ei);
  }
  if (!employer.empty() && !employer_from_context) ctx->paragraph_employer = employer;
  ctx->last_sentence_events = sentence_events;
  MarkReported(ctx, s, sentence_events);
  if (!continuation && !sentence_events.empty()) FollowEvents(ctx, sentence_events);
}

void FollowEvents(Context* ctx, const std::vector<int>& events) {
  ctx->followed_events = events;
  std::vector<int> persons;
  for (const int ei : events)
    if (ctx->events[ei].candidate_kind == CandidateKind::kPerson) persons.push_back(ei);
  if (persons.size() >= 2) ctx->followed_persons = std::move(persons);
}

}  // namespace hirewire::normalize::events_detail
