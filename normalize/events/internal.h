// Internal to the event reader (normalize/events.cc and normalize/events/*.cc): the clause and
// article state and the helpers more than one of its files uses. See docs/events.md, "Source layout,
// twenty-sixth session". Not for other stages: the public interface is normalize/events.h.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/bigram_filter.h"
#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/analysis.h"
#include "extract/entity_words.h"
#include "extract/syntax/english_roles.h"
#include "normalize/amount_roles.h"
#include "normalize/cues.h"
#include "normalize/employer_names.h"
#include "normalize/event_deals.h"
#include "normalize/event_ledger.h"
#include "normalize/event_pairs.h"
#include "normalize/event_roles.h"
#include "normalize/events.h"
#include "normalize/frames.h"

namespace hirewire::normalize::events_detail {

// normalize/events/origins.cc
// The publication's mention is the place of a post ("editor of The Guardian", "the BBC's director-general"),
// not a cited outlet.
bool StaffOfPublication(std::string_view para, const Mention& om);

// normalize/events/headline.cc
bool LooksLikeHeadline(const Article& a);

// ---------------------------------------------------------------------------------------
// Limits on untrusted input.
constexpr size_t kMaxParagraphs = 5000;
constexpr size_t kMaxParagraphBytes = 64 * 1024;
constexpr size_t kMaxEvents = 500;
// Bytes between an organization and a candidate for the organization to describe the
// candidate ("애플 파운데이션 모델 책임자 루오밍 팡", "Jane Doe, a researcher at Google").
constexpr int kAffiliationWindow = 64;

// ---------------------------------------------------------------------------------------
// Cues (normalize/data/cues.tsv through normalize/cues.h). Korean entries match as
// substrings; English entries match whole words on the ASCII-lowercased sentence.

enum class Cue {
  kOffer,   // an offer was made
  kIntent,  // trying to hire (an attempt: counts as an offer)
  kHire,    // employer-side completed hire (hired, 영입했다)
  kJoin,    // candidate-side completed move (joined, 합류했다)
  kDecline,
  kAccept,
  kLeave,
  kRaise,
  kAcquire,
  kAcquihire,
  kFail,
  kNegation,
  kStatistic,
  kStay,       // stays with the current employer (after a counter-offer)
  kDesignate,  // designated for a post, not yet in it (内定): a hire agreed, outcome accepted
  kAttempt,    // a generic attempt word ("attempted", "tried to", "시도"): an intent only next to
               // another hiring cue or an amount
};

struct Lex {
  std::string text;
  Cue cue;
  bool english;
  bool japanese;
};

// normalize/events/lexicon.cc
const std::vector<Lex>& CueWords();
const std::vector<std::string>& CuePhrases(std::string_view kind);
const std::vector<std::string>& RelationWords(std::string_view value);
std::string WithoutLyAdverbs(std::string_view text);
bool EnglishHiringVerb(std::string_view w);

// Outlet citation cues (the outlet is the organization or publication right before/after). The
// outlet of an interview or a call is one too ("조선비즈와의 통화에서 … 거절했다", "in an interview with
// Bloomberg"): never the offerer or employer of the move its sentence reports.
const char* const kKoreanCiteAfter[] = {"에 따르면",
                                        "가 보도",
                                        "이 보도",
                                        "는 보도",
                                        "은 보도",
                                        "의 보도",
                                        "와의 통화에서",
                                        "과의 통화에서",
                                        "와의 전화 통화에서",
                                        "과의 전화 통화에서",
                                        "와의 전화통화에서",
                                        "과의 전화통화에서",
                                        "와의 인터뷰에서",
                                        "과의 인터뷰에서",
                                        "와 통화에서",
                                        "과 통화에서",
                                        "와 인터뷰에서",
                                        "과 인터뷰에서"};
const char* const kEnglishCiteBefore[] = {
    "according to ",         "reported by ",        "told ",        "filing with ",       "filed with ",
    "in an interview with ", "in interviews with ", "speaking to ", "in a statement to ", "in comments to "};
const char* const kEnglishCiteAfter[] = {" reported", " first reported", " reports"};

// Executive titles: a person holding one at the employer acts for it, not a candidate.
const char* const kExecutiveTitles[] = {
    "ceo",    "최고경영자",   "chief executive", "회장",        "대표", "chairman",      "president",
    "대변인", "spokesperson", "spokesman",       "spokeswoman", "cto",  "최고기술책임자"};

// Group nouns (candidate groups): rows of kind "group" of the cue table, in table order; the label
// (English) is used in the candidate string.
struct GroupNoun {
  std::string text;
  std::string label;
  bool english = false;
  bool counted = false;  // a group only with a count ("변호사 4명"); alone it is a title
};

// normalize/events/lexicon.cc
const std::vector<GroupNoun>& GroupNouns();

// Title words (frames.tsv kind=title, not the glued ones) that name a counted group of
// appointees: "14 managers", "five new vice presidents", "상무보 21명", "신임 교수 6명". English
// texts are the plural (the title and "s", or "es" after "ch"); the label is the plural or the
// Korean title itself.
struct TitleGroup {
  std::string text;
  bool english = false;
};

// normalize/events/lexicon.cc
const std::vector<TitleGroup>& TitleGroups();

const char* const kEnglishNumbers[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                                       "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                                       "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                       "eighteen", "nineteen", "twenty"};

// normalize/events/lexicon.cc
bool StockOfOrg(std::string_view lo, size_t after);
bool AddsToList(std::string_view between);
size_t SkipNoise(std::string_view s, size_t pos);
std::string_view PrevToken(std::string_view s, size_t pos);
std::string ToLowerAscii(std::string_view s);
void FindAll(std::string_view s, std::string_view w, bool whole_word, std::vector<size_t>* out);
bool ParseDecimal(const std::string& s, std::string* digits, size_t* frac);

// normalize/events/headline.cc
bool OtherOrgClauseInHeadline(const Article& a, const Event& e);

// normalize/events/sentence_cues.cc
std::vector<std::pair<int, int>> TrimmedSentences(std::string_view text, const std::vector<TextSpan>& spans);
bool IsKoreanText(std::string_view s);
bool IsJapaneseText(std::string_view s);

// Sentences, quoted speech and amounts of each paragraph: read from the article's shared
// analysis (extract/analysis.h) when it carries one, else segmented here.
class ParagraphSource {
 public:
  explicit ParagraphSource(const Article& a) : article_(a), shared_(extract::HasAnalysis(a)) {
    if (shared_) {
      size_t amounts = 0;
      for (const ParagraphAnalysis& p : a.analysis) amounts += p.amounts.size();
      amounts_indexed_ = amounts == a.money.size();
    }
  }

  // Sentence [start, end) byte spans, trimmed of spaces.
  std::vector<std::pair<int, int>> Sentences(size_t pi) const {
    const std::string& text = article_.paragraphs[pi];
    if (shared_) return TrimmedSentences(text, article_.analysis[pi].sentences);
    const extract::SentenceAnalyzer* an = extract::SentenceAnalyzer::Default();
    if (!an) return TrimmedSentences(text, {TextSpan{0, static_cast<int>(text.size())}});
    return TrimmedSentences(text, an->Analyze(text).sentences);
  }
  std::vector<TextSpan> Quotes(size_t pi) const {
    return shared_ ? article_.analysis[pi].quotes : extract::QuotedSpeech(article_.paragraphs[pi]);
  }
  std::vector<SpeechCue> Speech(size_t pi) const {
    return shared_ ? article_.analysis[pi].speech
                   : extract::ReportedSpeechCues(article_.paragraphs[pi],
                                                 extract::QuotedSpeech(article_.paragraphs[pi]));
  }
  bool HasAmounts(size_t pi) const {
    if (shared_ && amounts_indexed_) return !article_.analysis[pi].amounts.empty();
    for (const Amount& m : article_.money)
      if (m.paragraph == static_cast<int>(pi)) return true;
    return false;
  }

 private:
  const Article& article_;
  bool shared_ = false;
  bool amounts_indexed_ = false;
};

// ---------------------------------------------------------------------------------------
// Per-sentence analysis.

struct CueHit {
  Cue cue;
  int pos;  // byte offset in the paragraph
  int len;
  bool agreed = false;  // a contract agreed to, not yet signed (ContractCues): the move is accepted
};

struct OrgRef {
  const Entity* entity;
  int start, end;
  bool publication = false;
  // Relations found from the surrounding grammar.
  bool prev = false;     // X에서, X 출신, 전 X, from X, formerly of X, left X
  bool dest = false;     // X에 합류, X로, join X, hired by X
  bool subject = false;  // X는 ... 제안했다, X hired
  bool target = false;   // X 인수, acquire X
  bool cited = false;    // X에 따르면, according to X
  bool poss = false;     // X의 ..., X's ...: describes what follows
  bool stay = false;     // X에 남기로, stay at X: the place a person stays (their current employer)
  bool owned = false;    // in another organization's apposition or "of" phrase: describes it
};

struct Candidate {
  std::string name;  // canonical person name or group label
  CandidateKind kind = CandidateKind::kNone;
  int start = 0, end = 0;  // position in the paragraph
  int count = -1;
  bool singular = false;  // Korean noun without 들 or a count: may stand for one person
  bool listed = false;    // a group added to a list after other candidates (", along with N …")
  bool approx = false;    // Korean approximate count ("20여 명"): with no origin, as vague as none
  std::string previous;   // previous employer (canonical)
  std::string role;
};

struct SentenceCtx {
  const Article* article = nullptr;
  int para = 0;
  int start = 0, end = 0;         // the clause analysed
  int ev_start = 0, ev_end = 0;   // its sentence (evidence)
  std::string_view text;          // the paragraph
  std::string blank;              // paragraph copy with quoted speech blanked (same offsets)
  std::string lower;              // ASCII-lowercased `blank`
  std::vector<SpeechCue> speech;  // reported-speech cues of the paragraph (shared analysis)
};

// normalize/events/headline.cc
// The clause is the article's headline, whose telegraphic present ("Acme picks Doe as next CEO") tells no
// tense.
bool InHeadline(const SentenceCtx& s);

// normalize/events/sentence_cues.cc
// An amount of the article stands inside the clause.
bool AmountInClause(const SentenceCtx& s);
std::string BlankQuotes(std::string_view p, const std::vector<TextSpan>& quotes);
std::string_view JapaneseParticleAt(std::string_view p, size_t pos);
bool JapaneseTitleAt(std::string_view p, size_t pos);

struct Context {
  const Article* article = nullptr;
  EventOptions options;
  std::vector<Event> events;
  struct Meta {
    std::string key;  // candidate|employer
    int last_sentence = -1;
    bool denied = false;  // an approach its sentence says came to no offer (DropUnmadeOffers)
    int declined_offers = 0;
    bool appointed = false;  // "named", "appointed": may be an internal appointment
    bool agreed = false;     // "will join", "agreed to join": a hire agreed, not yet done
    bool moved = false;      // another hire or join cue
    // an acceptance cue ("accepted the offer", "제안을 수락"): the move answers an offer
    bool took_offer = false;
    bool reported = false;  // read from a clause told as a medium's report ("…영입했다고 보도했다")
    bool told = false;      // read from a clause told as fact
    bool body_done = false;  // a clause past the headline told the move done (joined)
  };
  std::vector<Meta> meta;
  std::set<std::string> denied_candidates;  // denied with no organization named: every move
  // Denied at an organization the denial names ("하이브 측은 … 사실무근", "Meta denied hiring
  // her"): only the person's events at that organization drop, not another one's hire.
  std::set<std::pair<std::string, std::string>> denied_at;
  // Moves made or signed with their pay stated (MoveWithPay): hires, typed after the role models.
  std::set<std::pair<std::string, std::string>> paid_moves;
  std::set<std::string> denied_groups;  // group labels ("executives") a denial named
  // Where a person stays, with no retention offer in the article ("Raman decided to stay at
  // DeepMind"): their current employer, never a move of theirs.
  std::set<std::pair<std::string, std::string>> stays;
  int sentence_no = 0;
  int last_event = -1;  // most recent event touched (continuation target)
  int last_event_paragraph = -1;
  std::vector<int> last_sentence_events;  // events touched by the previous sentence
  // The events of the latest sentence that touched any (kept across paragraphs): the persons a
  // distributive continuation ("Each will be paid $20 million", "이들은 각각 …") speaks of.
  std::vector<int> followed_events;
  // The person events of the latest sentence that touched two or more ("hired A, B and C"): the members a
  // distributive word later speaks of when a count of them was followed since ("The three researchers …").
  std::vector<int> followed_persons;
  std::string paragraph_employer;         // employer of the previous sentence in the paragraph
  std::string reporter;                   // outlet cited in this paragraph
  std::string article_reporter;           // first outlet cited in the article
  std::string sentence_target;            // acquisition target named earlier in the sentence
  std::set<std::string> singular_groups;  // groups read from a noun without plural or count
  std::set<std::string> listed_groups;  // groups added to a list after other candidates (", along with N …")
  std::set<std::string> group_members;  // people named as members of a described group
  std::string frame_employer;           // employer of the latest appointment frame
  int frame_paragraph = -1;             // paragraph of frame_employer
  std::string lead_org;                 // the organization the story opens with (LeadOrg)
  bool retention = false;               // the article speaks of a retention or counter-offer (retain rows)
  std::string
      paragraph_topic;  // "카카오는 …": the organization an earlier sentence of the paragraph opened with
  // A name glossed by its known spelling ("제이슨 임(Jason Lim)"): the spelling stands for it.
  std::map<std::string, std::string> glossed;
  // Where a person came from as first described in a hiring clause ("쿠팡에서 … 이끌었던 배수현"),
  // for that person's event read elsewhere with no origin of its own.
  std::map<std::string, std::string> origins;
  // Pay an employer offered before the article names the person ("SK hynix has offered a package
  // worth $100 million to a senior TSMC engineer … The offer was made to Chen Wei-lun"): amount
  // index, employer, paragraph. The person's event at that employer within two paragraphs takes it.
  struct PendingPay {
    int amount;
    std::string employer;
    int paragraph;
  };
  std::vector<PendingPay> pending_pay;
  const std::string& Name(const Entity& e) const {
    auto it = glossed.find(e.canonical);
    return it == glossed.end() ? e.canonical : it->second;
  }
};

// normalize/events/sentence_cues.cc
bool RefersTo(std::string_view ko, std::string_view lo, const std::string& person);
bool NearYear(std::string_view p, size_t pos, size_t lo, size_t hi);
bool YearInMoveClause(std::string_view lo, size_t end, size_t hi);
bool IsAsciiText(std::string_view w);
bool KoreanPresentTense(std::string_view ko, const CueHit& h);
bool CuePhraseIn(const SentenceCtx& s, std::string_view kind, int from, int to);
bool SignedAfter(const SentenceCtx& s, int pos);
std::vector<std::string> CueRowsOf(std::string_view kind, std::string_view value);
std::vector<std::string> CueTextsOf(std::string_view kind, std::string_view lang,
                                    std::optional<std::string_view> value = std::nullopt);
std::vector<CueHit> FindCues(const SentenceCtx& s);

// normalize/events/relative_tail.cc
// English: the relative pronoun (cues.tsv kind=relative) that opens a clause describing a noun in
// lo[from, stop) ("to revive a program that has not had …": a determiner row a few words before it),
// npos when none.
size_t TrailingRelativeStart(std::string_view lo, size_t from, size_t stop);
// The negation hits of such a clause after the clause's first English move word are dropped when the
// relative clause holds no move word of its own.
void DropRelativeTailNegations(const SentenceCtx& s, std::vector<CueHit>* hits);
// English: `at` stands inside a relative aside set off by commas (", who moved from Google to OpenAI in
// 2022,": cues.tsv person_relative and thing_relative rows after ", ") that opens at or after `from` and
// closes before `pos`: what the aside tells (a year) is of the name it hangs on, not of a move word at `pos`
// after it.
bool InClosedAside(std::string_view text, size_t from, size_t at, size_t pos);
// normalize/events/plans.cc
// Move words of a plan told in the past (cues.tsv kind=unrealized: "… 영입해 … 계획이었다", "had planned to
// hire") are dropped: the move did not come about.
void DropUnrealizedPlans(const SentenceCtx& s, std::vector<CueHit>* hits);
// normalize/events/subjectless_join.cc
// Korean: the clause [start, end) joins with a person as its subject ("노바티스 출신 김하늘 박사가
// 최고의학책임자로 합류했다") and names no organization but an origin: the hirer is the paragraph's topic.
bool KoreanSubjectlessJoin(std::string_view p, int start, int end, const std::vector<CueHit>& cues,
                           const std::vector<OrgRef>& orgs, const std::vector<Candidate>& cands);
// Korean: the clause [start, end) hires with a person as its object and no subject ("한울화재는 재무 라인도
// 보강했다. 미래에셋증권 출신 서다인 전무를 최고재무책임자(CFO)로 영입했다") and names no organization but an
// origin: the hirer is the paragraph's topic, as for a subjectless join.
bool KoreanSubjectlessHire(std::string_view p, int start, int end, const std::vector<CueHit>& cues,
                           const std::vector<OrgRef>& orgs, const std::vector<Candidate>& cands);
// normalize/events/compositions.cc
// Korean: the counted group noun ending at `end` is one part of a make-up the clause (ending at clause_end)
// tells (cues.tsv kind=composition: "프로그래머 5명, 아트 4명, 기획 2명으로 구성된"): no group candidate.
bool KoreanCompositionPart(std::string_view p, size_t end, size_t clause_end);
bool Has(const std::vector<CueHit>& hits, Cue c);

// The conjunct a negator scopes over (cues.tsv negator rows), in paragraph offsets: from the
// negator (Korean: a few words before the negated move word) to the end of the conjunct.
struct NegatedScope {
  int begin = 0, end = 0;
};

// normalize/events/sentence_cues.cc
bool HasCueRowOf(std::string_view kind, std::string_view text, std::string_view lower);
bool PendingDecision(std::string_view text, std::string_view lower);
void MarkReported(Context* ctx, const SentenceCtx& s, const std::vector<int>& events);
// normalize/events/clause_amounts.cc: the events a sentence touched become the followed ones (and its
// persons the followed persons when it touched two or more).
void FollowEvents(Context* ctx, const std::vector<int>& events);
bool ArticleDenies(const Article& a);
std::vector<NegatedScope> CancelNegatedMoves(const SentenceCtx& s, std::vector<CueHit>* hits);

// normalize/events/roles.cc
bool KoreanOneModifierWord(std::string_view p, int b, int e);
bool EnglishWordBefore(std::string_view lo, size_t st, std::string_view w);
bool KindOfOrgNoun(std::string_view w);
std::vector<size_t> DescriptorStarts(std::string_view lo, size_t st);
bool OneOfPhrase(std::string_view lo, size_t pos);
void ClassifyOrg(const SentenceCtx& s, const std::vector<CueHit>& cues, OrgRef* o);
void PassParentMarksToUnits(std::string_view lo, std::vector<OrgRef>* orgs);

// normalize/events/paragraphs.cc
bool AnswerCueAt(std::string_view lo, size_t pos, bool* decline);
bool IsExecutiveOf(const Entity& person, const std::string& employer);
bool HasExecutiveTitleNear(std::string_view p, int start, int end);
bool IsSimile(std::string_view p, std::string_view lo, int start, int end);
size_t SubjectParticleEnd(std::string_view p, size_t end);
bool ActsForEmployer(std::string_view p, std::string_view lo, int end, const std::vector<CueHit>& cues);
bool IsReporter(std::string_view p, int end);
bool IsSetAside(std::string_view p, std::string_view lo, int start, int end);
bool PossessivePayee(std::string_view lo, int end);
bool CounterWord(std::string_view w);
bool IsLeaderOfOther(std::string_view p, std::string_view lo, int end);
int EnglishCountWord(std::string_view tok, size_t max_digits);
int ParseCountBefore(std::string_view p, std::string_view lo, size_t pos);
bool HeadCountBefore(std::string_view lo, size_t pos);
bool PaidStaffBefore(std::string_view lo, size_t pos);
int ParseCountAfterOf(std::string_view lo, size_t noun_end, size_t* end);
int ParseKoreanCount(std::string_view p, size_t start, size_t end, bool* approx = nullptr);
bool KoreanFramedZeroSubject(std::string_view p, int start, int end, const std::vector<OrgRef>& orgs,
                             const std::vector<Candidate>& cands);

// normalize/events/answer_clauses.cc
// Korean: the clause [cut, end) of `ko` answers the one before its contrast ending: an answer row (cues.tsv
// answer: 이를, 이 제안을) with a decline or accept cue opening one of the next two words ("… 강민우는 이를
// 거절했다").
bool KoreanAnswerClause(std::string_view ko, int cut, int end);

// normalize/events/person_origins.cc
// English: an active renew_verb row (frames.tsv: "reappointed") before the name starting at `start` of
// paragraph `p`, in its sentence, with only the person's title words between: a head keeping the post.
bool EnglishRenewedBefore(std::string_view p, int start);
// English: "NAME, one of its … professors, …" (cues.tsv org_pronoun rows): the organization named last before
// the name (not the employer) is the previous employer of the person's hire or offer that has none.
void ItsPersonOrigins(const Article& a, std::vector<Event>* events);
// A person who joined the employer years ago ("Raman joined Altair from Texas Instruments in 2016") moves
// inside it: no previous employer (person_origins.cc).
void EarlierJoinsAtEmployer(const Article& a, std::vector<Event>* events);
// "hired A from X and B from Y": the organization right after a person and "from" is their own origin.
void OwnFromOrigins(const Article& a, std::vector<Event>* events);
// English: a forfeit row (cues.tsv: "forfeiting", "forfeit") and "at" end right before `org_start` of `lo`:
// the organization where the person leaves pay behind, their origin ("compensation she is forfeiting at
// JPMorgan").
bool ForfeitedAt(std::string_view lo, int org_start);

// normalize/events/relative_scope.cc
// English: the person mention `m` stands inside a trailing relative clause on a thing (", which …": cues.tsv
// thing_relative rows) after another person of its sentence: it describes the thing, no candidate.
bool InThingRelative(const Article& a, const SentenceCtx& s, const Mention& m);
// English: the person candidates whose relative clause (", who …": cues.tsv person_relative rows) holds the
// cue at `cue_pos`: the name right before ", who" and the names listed with it; empty when the cue is in
// none.
std::vector<size_t> RelativeClauseOwners(std::string_view lo, const std::vector<Candidate>& cands,
                                         int cue_pos);

// normalize/events/candidates.cc
int FindOrCreate(Context* ctx, const Candidate& c, const std::string& employer, EventType type);
void AddTimeline(Event* e, const std::string& step);
void AddTerms(Offer* o, const std::string& t);

// Pay terms named in a text (rows of kind "term" in the cue table): Korean and Japanese rows as
// substrings of `text`, English rows as whole words of `lower`. Positions are offsets into them.
struct TermHit {
  int pos, end;
  std::string term;
};

// normalize/events/candidates.cc
std::vector<TermHit> FindTerms(std::string_view text, std::string_view lower);
std::vector<std::string> SentenceTerms(std::string_view ko, std::string_view lo);
int TermDistance(const TermHit& t, const Amount& m);
void AddGlossPartner(const Article& a, int idx, Offer* o);
Offer OfferFromAmount(const Article& a, int idx);
bool IsFirstYear(const Article& a, int idx);
bool RetainWordIn(std::string_view lower);
// (ko) A stay_request row of the cue table in the text ("잔류를 요청"): the clause's organization is the
// person's own.
bool StayRequestIn(std::string_view text);
bool BareStay(const std::vector<OrgRef>& orgs, const CueHit& h);
bool LeadsTeamOf(std::string_view lo, size_t pos);
bool InApposition(std::string_view p, int name_end, int pos, int clause_end);
bool MayBeCandidate(const Article& a, const SentenceCtx& s, const Mention& m, const Entity& e);
// A Korean unit word the recognizer read as a person: one Hangul word of three syllables or more closed by 실
// or 과 written right after an organization's name ("기획재정부 세제실 과장"), at `start` of paragraph `para`
// (`text`).
bool KoreanUnitWordAfterOrg(const Article& a, int para, std::string_view text, int start,
                            std::string_view name);
bool TitleCompoundAfter(std::string_view p, int name_end, int noun_start);
bool KoreanTitledListGap(std::string_view mid);
bool EnglishTitledListGap(std::string_view lower_mid);
bool HasEventOf(const Context& ctx, const std::string& name, const std::string& employer);

// normalize/events/clause_reader.cc
void ProcessSentence(Context* ctx, const SentenceCtx& s, const std::vector<const Mention*>& person_m,
                     const std::vector<const Entity*>& person_e, const std::vector<const Mention*>& org_m,
                     const std::vector<const Entity*>& org_e);

// normalize/events/merge.cc
void SettleType(Event* e, bool agreed);
bool MoveWithPay(const Event& e, const Context::Meta& m);
void PaidMovesAsHires(const Context& ctx, std::vector<Event>* events);
bool SamePersonName(const std::string& a, const std::string& b);
void NamedGroupMembers(std::vector<Event>* events, std::vector<bool>* folded, const Article* article);
void LateNamedGroupMembers(const Article& article, std::vector<Event>* events);
std::vector<Event> FoldArticleEvents(std::vector<Event> evs, const std::set<std::string>& singular_groups,
                                     const std::set<std::string>& listed_groups, bool headline,
                                     const Article* article = nullptr);

// normalize/events/paragraphs.cc
double Confidence(const Event& e);
std::map<std::string, std::string> GlossedNames(
    const Article& a, const std::vector<std::vector<std::pair<const Mention*, const Entity*>>>& persons);

using MentionsByParagraph = std::vector<std::vector<std::pair<const Mention*, const Entity*>>>;

// normalize/events/paragraphs.cc
void IndexMentions(const Article& article, size_t np, MentionsByParagraph* persons_out,
                   MentionsByParagraph* orgs_out, std::deque<Mention>* extra_out);
std::string LeadOrg(const Article& a, const MentionsByParagraph& orgs);
void ReadParagraph(Context* ctx_ptr, const ParagraphSource& source, size_t pi,
                   const MentionsByParagraph& persons, const MentionsByParagraph& orgs);
std::vector<Event> SettleEvents(Context* ctx_ptr);

// normalize/events/headline.cc
void DropHeadlineFurniture(const Article& a, std::vector<Event>* evs);
std::vector<Event> FoldHeadlineEvents(const Article& a, std::vector<Event> evs);

// normalize/events/origins.cc
void OriginsFromRoles(const Article& article, const Context& ctx, std::vector<Event>* events);

// normalize/events/starts.cc
void AnnouncedHires(const Article& article, const Context& ctx, std::vector<Event>* events);
void PredecessorDepartures(const Article& a, const Context& ctx, std::vector<Event>* events);
std::vector<Event> FoldStays(const Article& article, std::vector<Event> evs);
void EmployerSpellings(const Article& article, std::vector<Event>* events);

// normalize/events/appointments.cc
void ListedAppointments(const Article& a, const Context& ctx, const MentionsByParagraph& persons,
                        const MentionsByParagraph& orgs, std::vector<Event>* out);

// normalize/events/pay.cc
void GiveHeldPay(const Article& a, const std::vector<Context::PendingPay>& held, std::vector<Event>* out);
void SortByEvidence(std::vector<Event>* out);
void AttachStrayPay(const Article& a, std::vector<Event>* out);

// normalize/events/appointments.cc
bool ReappointedCandidate(const Article& a, const Event& e);
bool PromotedInPlace(const Article& a, const Event& e);
void PromotedModelOrigins(const Article& a, const std::vector<std::string>& ruled_prev,
                          std::vector<Event>* events);

// normalize/events/origins.cc
void DescriptorOrigins(const Article& a, std::vector<Event>* events);
void ItsGroupOrigins(const Article& a, std::vector<Event>* events);
void CurrentEmployerOffers(const Article& a, const std::vector<std::string>& ruled_prev,
                           const std::vector<Outcome>& ruled, std::vector<Event>* events);
void PreviousNotOfEmployer(const Article& a, std::vector<Event>* events);
void AttemptsForTeams(std::vector<Event>* events);
void TeamsOfTargets(const Article& article, std::vector<Event>* events);
void AttemptsForFounders(std::vector<Event>* events);
void AcquiredOrigins(const Article& a, std::vector<Event>* events);
void TargetsAsOrigin(std::vector<Event>* events);
void WholeOriginSpellings(const Article& a, std::vector<Event>* events);
void DropRepeatedOffers(std::vector<Event>* events);
std::string UnitOriginCompany(const Article& a, const std::string& unit);

// normalize/events/biography.cc
void EnglishBioOrigins(const Article& a, std::vector<Event>* events);
void KoreanBioOrigins(const Article& a, std::vector<Event>* events);
// The latest place of a career the article tells in order (frames.tsv career_latest rows: "Since then she has
// been a partner at X", "before joining X", "2022년부터는 X에서 … 일해 왔다") replaces an older previous
// employer.
void CareerLatestOrigins(const Article& a, std::vector<Event>* events);
void KoreanAppositionOrigins(const Article& a, std::vector<Event>* events);
void HoldingUnits(const Article& a, std::vector<Event>* events);
void RepeatedDepartures(const Article& a, std::vector<Event>* events);

// normalize/events/quotes.cc
void DenyQuotedDenials(const Article& article, const ParagraphSource& source, size_t np,
                       const MentionsByParagraph& persons, const MentionsByParagraph& orgs, Context* ctx);
void QuotedRefusals(const Article& article, const ParagraphSource& source, size_t np, Context* ctx);

// normalize/events/announced_joins.cc (twenty-seventh session's English move shapes)
// The sentences of every paragraph of an article (ArticleSentences).
using ArticleSpans = std::vector<std::vector<std::pair<int, int>>>;
// Calls `fn(para, lower, sentences)` for each paragraph in neither Korean nor Japanese: its index, its text
// in lower case (AsciiLower) and the sentences of the whole article.
void ForEachLatinParagraph(const Article& article,
                           const std::function<void(int, const std::string&, const ArticleSpans&)>& fn);
// Adds the hire of a person whose objectless join an organization announces ("ORG (also) said NAME, a TITLE
// at ORG1, will join in September"; an anaphor row speaker, "The firm also said", is the story's
// organization): accepted for a future aspect, joined for a past one, from the organization of the person's
// apposition.
void AnnouncedObjectlessJoins(const Article& article, const Context& ctx, std::vector<Event>* events);
// normalize/events/list_mates.cc: each member of a coordinated list of persons shares the move of a member
// who has one.
void ListMateMoves(const Article& article, const Context& ctx, std::vector<Event>* events);
// A person's mention in a paragraph (list_mates.cc).
struct NameAt {
  const Entity* entity = nullptr;
  int start = 0, end = 0;
};
// The person mentions of [s, e) of paragraph `para` in text order, nested ones and unit words read as persons
// left out.
std::vector<NameAt> PersonsIn(const Article& article, int para, int s, int e);
// `text` (ASCII-lowercased where English) holds a cue row of a move; with `type` only of that kind.
bool HoldsMoveCue(std::string_view text, bool english, const EventType* type);
// A person event of `person` is among `events`.
bool HasEventOf(const std::vector<Event>& events, const std::string& person);
// The move `ev` told again of the person `name` named at `where` (a list mate, a hired team's member): the
// same type, employer, origin and outcome; a person of its own, with no role, aliases or offers.
Event PersonMateOf(const Event& ev, const std::string& name, const Evidence& where);
// normalize/events/team_members.cc (thirty-seventh session, branch evpair37): (en) the persons a hired team's
// sentence names in it ("a five-lawyer team led by A, with partners B and C, from Y") make the team's move.
void NamedTeamMembers(const Article& article, const Context& ctx, std::vector<Event>* events);
// normalize/events/conjunct_mates.cc (thirty-sixth session, branch evpair36): (ko) the subject of a conjunct
// of its own ("A 대표는 X 연구소장을 맡았고, | 공동창업자인 B CTO는 수석연구원으로 합류했다") shares the hire
// told in the other conjunct when its own conjunct holds a move word and names no other company.
void ConjunctMateMoves(const Article& article, const Context& ctx, std::vector<Event>* events);
// Adds the hires of the companions a hired person brings along (cues.tsv companion rows: "brings with him two
// assistants from ORG, A and B"): at that hire's employer, from the "from" organization (else that hire's).
void CompanionHires(const Article& article, std::vector<Event>* events);
// normalize/events/companion_groups.cc
// Adds the hire of a counted group that moves along with the persons hired before its sentence (cues.tsv
// companion_group rows: "have also moved with them", "will join them", "Eight associates from the team will
// join"), at their employer, from the organization after "from" in the sentence or from theirs.
void CompanionGroupHires(const Article& article, std::vector<Event>* events);
// normalize/events/list_origins.cc (thirty-third session, branch evko33)
// Korean: the origin of a list of hires named in the sentence after it ("이들은 모두 X 출신이다") or before
// it
// ("ORG이 X … 인력을 영입했다"); a counted group hired "함께" with a person takes that person's origin.
void KoreanListOrigins(const Article& a, std::vector<Event>* events);
void KoreanCompanionGroupOrigins(const Article& a, std::vector<Event>* events);
// Korean: an employer ending in a unit_tail row (음성AI랩) is a unit: the hire is at its company.
void KoreanUnitEmployers(const Article& a, std::vector<Event>* events);
// An origin that is a Korean unit (a source_unit word ending it) of an article organization written before it
// stands for that organization; none when that is the employer (a counter-offer, a move inside the company).
void KoreanUnitOrigins(const Article& a, std::vector<Event>* events);
// normalize/events/stated_non_moves.cc (branch evnew28): present hiring plans of unnamed groups, dated moves
// in the biography of a person hired elsewhere, and the employer of a Korean predecessor's departure.
void StatedHiringPlans(const Article& a, std::vector<Event>* events);
void DatedBiographyMoves(const Article& a, std::vector<Event>* events);
void KoreanPredecessorEmployers(const Article& a, std::vector<Event>* events);
// A predecessor's own move elsewhere comes from the employer of the nearest hire told before it
// (thirty-eighth session).
void KoreanPredecessorOrigins(const Article& a, std::vector<Event>* events);
void TeamsOfFailedBids(std::vector<Event>* events);
// normalize/events/failed_takeovers.cc
// A counted team offered or hired as the aim of a bid for its company ("인수를 통해 … 인력 40명을 흡수하려",
// "tried to buy X and absorb its 30-person research team"; no hire told as done in its sentences) in an
// article that tells the bid failed (a fail cue in the team's sentence or paragraph, or in a purchase
// sentence naming the team's company: "누리웹, 보이스랩 인수 무산"): a failed acquisition attempt; the
// attempt read on the company is the same one.
void TeamsOfFailedTakeovers(const Article& a, std::vector<Event>* events);

// normalize/events/bid_teams.cc (twenty-ninth session, branch evbid29)
// Korean: the team written after an organization's mention ending at `end` (cues.tsv bid_team rows: a link,
// "의", "이 보유한", then up to two modifiers): a group noun row with its count ("항체 연구진 30여명"), or a
// team word counted or not ("항체 연구팀 8명", "연구팀 확보"; count 0). Sets `*found`; returns the count, -1
// when none.
int KoreanTeamAfter(std::string_view p, size_t end, std::string* label, bool* found);
// The failed bid's team told again as a group move at the bidder (same count, from the target: "이번 인수로 …
// 인력 9명을 확보할 계획이었다" read as a hire) is the attempt's candidate only; a person of the bidder whose
// every sentence is such a team's ("강민석 대표를 포함한 … 9명") goes with it.
void PlannedTeamMoves(std::vector<Event>* events);
// A failed bid for a company whose founders the bid's paragraph (or the next) lists after a founder row of
// the target
// ("aimed largely at bringing the startup's co-founders A and B into Orbis"): one failed attempt per founder
// (the target as previous employer) in place of the attempt on the company; the founders' moves read from
// that sentence go. A founder with a move of their own elsewhere keeps it and gets no attempt.
void FoundersOfBids(const Article& a, std::vector<Event>* events);
// `rest` (lower case, right after a name) opens with ", " and a cues.tsv term_over row ("whose term
// expired").
bool TermOverAfter(std::string_view rest);

// normalize/events/descriptor_subjects.cc (twenty-eighth session)
// Adds the departure of a descriptor subject ("The president of ORG resigned Friday", "ORG's chief executive
// has resigned") to the person whose name opens the next sentence, when that person has no event and their
// apposition names no other organization.
void DescriptorSubjectDepartures(const Article& article, const Context& ctx, std::vector<Event>* events);

}  // namespace hirewire::normalize::events_detail
