#include "normalize/events.h"

#include "normalize/appointers.h"
#include "normalize/background.h"
#include "normalize/english_shapes.h"
#include "normalize/events/internal.h"
#include "normalize/foundations.h"
#include "normalize/league_descriptors.h"
#include "normalize/own_short_forms.h"
#include "normalize/refusals.h"
#include "normalize/title_groups.h"
#include "normalize/unit_employers.h"
#include "normalize/word_units.h"

// The public entry points of normalize/events.h. BuildEvents runs the article's passes in order; the
// passes themselves are in normalize/events/ (internal.h, docs/events.md "Source layout").

namespace hirewire::normalize {
using namespace events_detail;

std::string MultiplyDecimal(const std::string& a, const std::string& b) {
  std::string da, db;
  size_t fa = 0, fb = 0;
  if (!ParseDecimal(a, &da, &fa) || !ParseDecimal(b, &db, &fb)) return "";
  std::vector<int> r(da.size() + db.size(), 0);
  for (size_t i = da.size(); i-- > 0;)
    for (size_t j = db.size(); j-- > 0;) {
      int p = (da[i] - '0') * (db[j] - '0') + r[i + j + 1];
      r[i + j + 1] = p % 10;
      r[i + j] += p / 10;
    }
  std::string digits;
  for (int d : r) digits.push_back(static_cast<char>('0' + d));
  size_t frac = fa + fb;
  std::string ip = digits.substr(0, digits.size() - frac);
  std::string fp = digits.substr(digits.size() - frac);
  while (!fp.empty() && fp.back() == '0') fp.pop_back();
  size_t nz = ip.find_first_not_of('0');
  ip = nz == std::string::npos ? "0" : ip.substr(nz);
  return fp.empty() ? ip : ip + "." + fp;
}

bool SameOrUnit(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return !s.empty() && l.compare(0, s.size(), s) == 0 && l[s.size()] == ' ';
}

// The article speaks of a retention or counter-offer by someone's current employer (cues.tsv
// retain rows: "counteroffer", "retention bonus", 역제안, 붙잡았다): staying there may be an
// accepted offer of its own.
bool SpeaksOfRetention(const Article& article) {
  for (const std::string& p : article.paragraphs) {
    std::string lo = ToLowerAscii(p);
    for (const std::string& w : CuePhrases("retain")) {
      std::vector<size_t> at;
      FindAll(lo, w, true, &at);
      for (size_t pos : at)
        if (!UnmadeRetention(lo, pos)) return true;
    }
  }
  return false;
}

// The article's own spellings of an organization recognized under `canonical` ("삼성전자" for
// Samsung Electronics, "Meta" for Meta Platforms), from the recognized organizations.
std::vector<std::string> OwnSpellings(const Article& article, const std::string& canonical) {
  std::vector<std::string> out;
  if (canonical.empty()) return out;
  for (const Entity& ent : article.entities) {
    if (ent.type == EntityType::kPerson || ent.canonical != canonical) continue;
    auto add = [&](const std::string& n) {
      if (!n.empty() && n != canonical && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    };
    add(ent.name);
    for (const std::string& a : ent.aliases) add(a);
  }
  return out;
}

namespace {

// The article-level passes after the models: origins from biographies and appositions, units and
// foundations, the shapes read over the whole article (led groups, objectless joins, companions,
// refusals, retention offers), stray pay and obituaries.
void ArticleLevelPasses(const Article& article, const Context& ctx, std::vector<Event>* out) {
  KoreanBioOrigins(article, out);
  EnglishBioOrigins(article, out);
  KoreanAppositionOrigins(article, out);
  // A Korean division ("IB부문 대표를 … 선임", "▲오세린 네트워크부문 …") is where the person works
  // inside the company, not a previous employer; one marked as where people come from stands for
  // its company ("미래에셋증권 IB2부문 소속 김태준 전무와 …").
  for (Event& e : *out)
    if (IsKoreanText(e.previous_employer) &&
        (FrameReader::Default().KoreanUnit(e.previous_employer) || FieldGroupName(e.previous_employer))) {
      std::string company =
          e.type == EventType::kDeparture ? "" : UnitOriginCompany(article, e.previous_employer);
      if (SameOrUnit(company, e.employer)) company.clear();
      e.previous_employer = company;
      e.previous_employer_aliases = OwnSpellings(article, company);
    }
  for (Event& e : *out)
    if (PromotedInPlace(article, e) || (!e.previous_employer.empty() && ReappointedCandidate(article, e))) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
  HoldingUnits(article, out);
  UnitParentEmployers(article, ctx.lead_org, out);
  FoundationInstitutions(article, out);
  AppointingBodyHires(out);
  LeadInstitutionOfAppointedHeads(ctx.lead_org, out);
  LeagueEventsAtClubs(article, out);
  StatedHiringPlans(article, out);
  DatedBiographyMoves(article, out);
  KoreanPredecessorEmployers(article, out);
  KoreanPredecessorOrigins(article, out);
  RepeatedDepartures(article, out);
  PreviousNotOfEmployer(article, out);
  DescriptorOrigins(article, out);
  ItsGroupOrigins(article, out);
  ItsPersonOrigins(article, out);
  AttemptsForTeams(out);
  TeamsOfTargets(article, out);
  FoundersOfBids(article, out);
  AttemptsForFounders(out);
  TeamsOfFailedBids(out);
  TeamsOfFailedTakeovers(article, out);
  PlannedTeamMoves(out);
  TargetsAsOrigin(out);
  WholeOriginSpellings(article, out);
  ConjunctMateMoves(article, ctx, out);
  AcquihireDeals(article, ArticleSentences(article), out);
  AcquiredOrigins(article, out);
  ListMateMoves(article, ctx, out);
  NamedTeamMembers(article, ctx, out);
  LateNamedGroupMembers(article, out);
  OwnShortFormOrigins(article, out);
  OwnFromOrigins(article, out);
  EarlierJoinsAtEmployer(article, out);
  TitleGroupsOfNamedPersons(out);
  LedGroupJoins(article, out);
  AnnouncedObjectlessJoins(article, ctx, out);
  CompanionHires(article, out);
  CompanionGroupHires(article, out);
  KoreanUnitEmployers(article, out);
  KoreanListOrigins(article, out);
  KoreanCompanionGroupOrigins(article, out);
  DescriptorSubjectDepartures(article, ctx, out);
  UnnamedOffererRefusals(article, out);
  RetentionOffers(article, out);
  KoreanUnitOrigins(article, out);
  CareerLatestOrigins(article, out);
  RivalOffersOfStays(out);
  AttachStrayPay(article, out);
  DropRepeatedOffers(out);
  PaidMovesAsHires(ctx, out);
  ObituaryMoves(article, out);
}

// The origins OriginsFromRoles reads from a person's title, apposition or move sentence, for the
// events the learned pair pass added after the rules ran ("Lakeshore University has chosen Gloria
// Adeyemi, the provost of Northwestern University, as its 18th president": the rules read no event,
// the pair pass adds the hire, and its origin was left to the role model alone). Events the rules
// made keep what the rule passes gave or cleared.
void PairAddedOrigins(const Article& article, const Context& ctx, const std::vector<Event>& rule_events,
                      std::vector<Event>* out) {
  std::vector<Event> added;
  std::vector<size_t> at;
  for (size_t i = 0; i < out->size(); ++i) {
    const Event& e = (*out)[i];
    const bool ruled = std::any_of(rule_events.begin(), rule_events.end(), [&](const Event& r) {
      return r.candidate == e.candidate && r.employer == e.employer;
    });
    if (ruled) continue;
    added.push_back(e);
    at.push_back(i);
  }
  if (added.empty()) return;
  OriginsFromRoles(article, ctx, &added);
  for (size_t k = 0; k < at.size(); ++k) (*out)[at[k]] = std::move(added[k]);
}

}  // namespace

std::vector<Event> BuildEvents(const Article& input, const EventOptions& options) {
  // Employer names the recognizer missed and source phrases (normalize/employer_names.h).
  Article view;
  const Article& article = EmployerView(input, &view) ? view : input;
  Context ctx;
  ctx.article = &article;
  ctx.options = options;
  ParagraphSource source(article);
  size_t np = std::min(article.paragraphs.size(), kMaxParagraphs);
  MentionsByParagraph persons, orgs;
  std::deque<Mention> extra_mentions;
  IndexMentions(article, np, &persons, &orgs, &extra_mentions);
  ctx.glossed = GlossedNames(article, persons);
  ctx.lead_org = LeadOrg(article, orgs);
  ctx.retention = SpeaksOfRetention(article);
  for (size_t pi = 0; pi < np; ++pi) ReadParagraph(&ctx, source, pi, persons, orgs);
  DenyQuotedDenials(article, source, np, persons, orgs, &ctx);
  QuotedRefusals(article, source, np, &ctx);
  std::vector<Event> out = SettleEvents(&ctx);
  ListedAppointments(article, ctx, persons, orgs, &out);
  OriginsFromRoles(article, ctx, &out);
  AnnouncedHires(article, ctx, &out);
  out = FoldArticleEvents(std::move(out), ctx.singular_groups, ctx.listed_groups, LooksLikeHeadline(article),
                          &article);
  out = FoldStays(article, std::move(out));
  if (LooksLikeHeadline(article)) {
    out = FoldHeadlineEvents(article, std::move(out));
    // The headline may count a group the body names ("핵심 인력 3명 영입" over "임원과 연구원을 …
    // 김영호 전무, 이지훈 상무, 박성민 수석연구원 등 3명").
    std::vector<bool> folded(out.size(), false);
    NamedGroupMembers(&out, &folded, &article);
    std::vector<Event> kept;
    for (size_t i = 0; i < out.size(); ++i)
      if (!folded[i]) kept.push_back(std::move(out[i]));
    out = std::move(kept);
  }
  EmployerSpellings(article, &out);
  SortByEvidence(&out);
  if (options.pairs) {
    const std::vector<Event> rule_events = out;
    out = ApplyPairModel(article, std::move(out),
                         options.pair_model ? *options.pair_model : PairModel::Default());
    PairAddedOrigins(article, ctx, rule_events, &out);
    // A pair the article denies ("isn't joining Brightline", a denied report) is no move, nor is a
    // hire at the place a person stays ("decided to stay at DeepMind").
    std::erase_if(out, [&](const Event& e) {
      if (e.candidate_kind != CandidateKind::kPerson) return false;
      if (ctx.denied_candidates.count(e.candidate) || ctx.denied_at.count({e.candidate, e.employer}))
        return true;
      // (An offer there is the current employer's counter-offer: "카카오는 … 제시했고, … 카카오에 남기로".)
      if (e.type != EventType::kHire) return false;
      return std::any_of(ctx.stays.begin(), ctx.stays.end(), [&](const auto& st) {
        return st.first == e.candidate && SameOrUnit(st.second, e.employer);
      });
    });
    GiveHeldPay(article, ctx.pending_pay, &out);
    AnnouncedHires(article, ctx, &out);  // the events the pair pass added
    // The pair pass reads the headline too: its headline furniture goes like the rules'.
    if (LooksLikeHeadline(article)) DropHeadlineFurniture(article, &out);
  }
  const size_t before_predecessors = out.size();
  PredecessorDepartures(article, ctx, &out);
  if (out.size() != before_predecessors) SortByEvidence(&out);
  if (options.previous_model || options.outcome_model) {
    std::vector<Outcome> ruled;
    std::vector<std::string> ruled_prev;
    for (const Event& e : out) {
      ruled.push_back(e.outcome);
      ruled_prev.push_back(e.previous_employer);
    }
    ApplyRoleModels(article, ArticleSentences(article),
                    options.role_models ? *options.role_models : RoleModels::Default(),
                    {options.previous_model, options.outcome_model}, &out);
    EmployerSpellings(article, &out);
    // The type follows the outcome the model chose (b9 ko-07: an open offer with no pay the model
    // reads as joined is a hire, like its list mate the rules read as joined).
    for (size_t i = 0; i < out.size(); ++i)
      if (out[i].outcome != ruled[i]) SettleType(&out[i], false);
    CurrentEmployerOffers(article, ruled_prev, ruled, &out);
    PromotedModelOrigins(article, ruled_prev, &out);
    // A start announced for later ("사표를 냈으며, 다음 달 초 한울투자증권에 합류할 예정이다") is an
    // accepted hire, also when the outcome model read the move as made.
    AnnouncedHires(article, ctx, &out);
  }
  ArticleLevelPasses(article, ctx, &out);
  return out;
}

ParagraphSentences ArticleSentences(const Article& article) {
  ParagraphSource source(article);
  size_t np = std::min(article.paragraphs.size(), kMaxParagraphs);
  ParagraphSentences out(np);
  for (size_t pi = 0; pi < np; ++pi) out[pi] = source.Sentences(pi);
  return out;
}

}  // namespace hirewire::normalize
