// The clause reader (normalize/events/clause_reader.cc, clause_amounts.cc): one clause read in
// passes over its state. Internal to the event reader; see normalize/events/internal.h.
#pragma once

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {

// One clause read in passes, in order: cues -> organizations -> candidates -> employer and
// affiliations -> the offering side dropped -> acquisition -> events -> amounts and cues in
// text order (offers, outcome) -> team and role -> context for the next clause. Each pass is a
// member function over the clause's state below.
class ClauseReader {
 public:
  ClauseReader(Context* ctx, const SentenceCtx& s, const std::vector<const Mention*>& person_m,
               const std::vector<const Entity*>& person_e, const std::vector<const Mention*>& org_m,
               const std::vector<const Entity*>& org_e)
      : ctx(ctx),
        s(s),
        a(*ctx->article),
        person_m(person_m),
        person_e(person_e),
        org_m(org_m),
        org_e(org_e),
        p(s.text),
        blank(s.blank),
        lo(s.lower),
        ko_s(blank.substr(s.start, s.end - s.start)),
        lo_s(lo.substr(s.start, s.end - s.start)),
        sentence_index(ctx->sentence_no) {}
  void Run();

 private:
  bool quoted(int b) const { return blank[b] == ' ' && p[b] != ' '; }
  bool HasAnyFact();
  void AddTermsToLastSentence(const std::vector<std::string>& terms);
  bool PrenominalAffiliation(size_t i) const;
  bool TitledPersonAfter(const OrgRef& o) const;
  void AffiliationsBesideActor();
  void ReadOrgs();
  void ActForApposition();
  void OwnSubjectApposition();
  void ReadStayPlace();
  void DenyNegatedScopes();
  void ReadCueFlags();
  void ReadCandidates();
  void ReadPersonCandidates();
  bool SpeakingConjunct(size_t i) const;
  void ReadObjectPronoun();
  void ReadConjunctSubject();
  void ReadGroupCandidates();
  void ReadTitleGroups();
  bool GroupLeaves() const;
  bool LeavingGroup(const Candidate& c) const;
  void DropDescribingGroups();
  void ReadGroupMembers();
  void Deny(bool groups);
  bool HasEventFacts();
  void ReadEmployer();
  void ReadContextEmployer();
  bool PronounHirer(const std::vector<CueHit>& hits) const;
  bool OtherPersonsOrg(const OrgRef& o, size_t ci) const;
  bool InNameList(size_t a, size_t b) const;
  void SyntaxTriggers(std::vector<syntax::Span>* spans, std::vector<Cue>* kinds) const;
  void ReadSyntaxRoles();
  bool InPhrases(int b, int e, const std::vector<syntax::Phrase>& ps) const;
  const OrgRef* OrgIn(const std::vector<syntax::Phrase>& ps) const;
  void KeepCoordinatedNames(std::vector<bool>* keep) const;
  bool ApplySyntaxRoles(const syntax::TriggerRoles& r, Cue kind);
  void DropOfferingSide();
  void ListedGroupOrigins();
  void ReadAcquisition();

  AmountRole RoleOf(int idx) const { return AmountRoleIn(a, idx, s.start, s.end); }
  bool PayContinues() const;
  int PriceEvent(int idx) const;
  void ReadPrices();

  void AddGloss(Offer* o, int idx) const { AddGlossPartner(a, idx, o); }
  bool CreateEvents();
  bool CounterByCurrent(const Event& last) const;
  bool CounterFarBack(const Event& last) const;
  int FollowedForCounter() const;
  bool MovesOnAfterLeaving(const Event& last) const;
  bool DistributesOverFollowed() const;
  std::vector<int> ClauseAmounts() const;
  void HoldPay(int idx);
  void TakeHeldPay(int ei);
  bool KoreanRecipient(const Candidate& c) const;
  int money_event(int pos) const;
  int ContinuedPayTaker(int ei) const;
  void ReadAmounts();
  std::vector<int> events_for_cue(const CueHit& h) const;
  void ApplyItems();
  void ApplyAmount(int idx);

  // The clause says the amount is per person (an each row of the cue table between the clause's
  // start and a few bytes after the amount: "giving each a pay package worth $20 million", "$5
  // million each", "1인당 연봉 10억원").
  bool EachAmount(const Amount& m) const {
    return CuePhraseIn(s, "each", s.start, std::min(s.end, m.end + 12));
  }
  void ShareWithListedPersons(const Offer& o, int idx, int ei);
  const OrgRef* ActingOrgBefore(int pos) const;
  int PersonEventAt(const std::string& person, const std::string& org) const;
  bool PersonsSide(const Event& e, const std::string& org) const;
  int CounterOfferEvent(int idx, int ei);
  bool StayLaterInSentence(int pos) const;
  const OrgRef* OfferingOrgBefore(int pos) const;
  const OrgRef* KoreanOfferingOrgBefore(int pos) const;  // korean_offerers.cc
  int OfferingOrgEvent(int idx, int ei);
  std::vector<std::string> AmountTerms(int idx) const;
  void ApplyCue(const CueHit& h, int ei);
  void ApplyStay(const CueHit& h, int ei);
  void ApplyRaise(int ei);
  void ReadTeamAndRole();
  void Finish();

  Context* ctx;
  const SentenceCtx& s;
  const Article& a;
  const std::vector<const Mention*>& person_m;
  const std::vector<const Entity*>& person_e;
  const std::vector<const Mention*>& org_m;
  const std::vector<const Entity*>& org_e;
  std::string_view p, blank, lo, ko_s, lo_s;
  const int sentence_index;

  std::vector<CueHit> cues;
  std::vector<NegatedScope> negated_scopes;  // conjuncts whose move a negator cancels (CancelNegatedMoves)
  bool has_event_cue = false, negated = false, statistic = false;
  bool pay_only = false;   // no hiring cue: a pay amount continues an existing event only
  std::set<int> priced;    // amounts of the clause that priced a company (no offer)
  int counter_event = -1;  // the counter-offer event an amount of the clause went to
  std::vector<OrgRef> orgs;
  std::vector<Candidate> cands;
  std::vector<const Entity*> cand_entity;
  bool members = false;
  std::set<std::string> set_aside;  // people named only to be set aside ("정 박사 외에도")
  std::vector<std::string> terms;
  std::vector<TermHit> term_hits;
  bool has_amount = false;
  const OrgRef* employer_ref = nullptr;
  const OrgRef* target_ref = nullptr;
  bool acquisition = false, acquihire = false, korean = false, employer_side = false;
  std::vector<std::string> cand_prev;
  std::string employer;
  bool employer_from_context = false;
  std::vector<int> sentence_events;
  std::vector<int> cand_event;
  bool continuation = false;
  bool raise = false;
  std::vector<int> amount_idx;
  std::vector<const Multiplier*> mults;
  bool declined_pending = false;
  std::vector<int> stay_events;
  std::string stay_prev;  // the place a person stays, read as their current employer (ReadStayPlace)
  std::string team, role;
};

}  // namespace hirewire::normalize::events_detail
