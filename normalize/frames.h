// Appointment and departure frames read as data (normalize/data/frames.tsv, compiled in).
//
// A frame is a trigger ("named", "steps down", "선임했다", "퇴임한다") with a voice that says
// which argument is the candidate and which the employer, and role markers that fill the
// slots: Korean particles and position slots ("한빛화학 대표이사에 김도현 부사장을 선임",
// "한빛물산 대표는 … 맡는다"), English subject/object order, passive auxiliaries,
// "as ROLE of ORG", "At ORG,", "replacing X". An appointment is a hire with its role; a
// departure is a departure from the employer. Reported speech: a person marked as the
// speaker (said/told/according to, 말했다/밝혔다/전했다) is never the candidate. A move
// dated in the past (a year or 지난해/previously next to the trigger) is background and
// yields nothing here.
//
// Thread-safety: FrameReader is immutable after construction; Read() may run on many threads.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::normalize {

struct FrameMention {
  int start = 0, end = 0;  // byte offsets in the paragraph
  std::string name;        // canonical name
};

// One clause of a paragraph with the people and organizations the recognizer found in the
// paragraph (in text order; mentions outside the clause are ignored).
struct FrameClause {
  std::string_view text;   // the paragraph, quoted speech blanked (same offsets)
  std::string_view lower;  // `text` ASCII-lowercased
  int start = 0, end = 0;  // the clause
  int sentence_start = 0;  // the sentence holding the clause (a clause opener "At ORG," binds the sentence)
  std::vector<FrameMention> persons, orgs;
  std::string context_employer;  // employer of the latest frame read before (article order)
  // The organization the story is about (the headline's or the lede's first): what an anaphor row
  // ("the group's", "the agency") in an English clause naming no employer refers to.
  std::string story_employer;
  // People read as leaving a post earlier in the article, with the employer they leave.
  std::vector<std::pair<std::string, std::string>> departed;
  // (ko, set by FrameReader::Read) a gapped conjunct ("A는 X를, | B는 Y를 각각 맡았다"): the span of the
  // clause's last conjunct, whose verb this one takes. -1 when none.
  int gap_start = -1, gap_end = -1;
  // People read as hired or offered a post earlier in the article, with the employer (article order).
  std::vector<std::pair<std::string, std::string>> hired;
};

struct FrameEvent {
  EventType type = EventType::kHire;  // kHire (appointment) or kDeparture
  std::string employer, candidate, previous_employer, role;
  int candidate_start = 0;
  bool agreed = false;  // a move agreed or announced, not yet made ("will join as", 내정): accepted
  // The clause named no employer: it came from the clause's context (FrameClause::context_employer).
  bool context_employer = false;
  // A departure read from a verb of general sense ("left", "is leaving": ":object" triggers).
  bool general = false;
  // A listed passive subject whose members each take the organization of their own apposition ("A, CEO of X,
  // and B, head of Y, were promoted to president"): the employer they share, the context of what follows.
  std::string list_employer;
  bool operator==(const FrameEvent&) const = default;
};

class FrameReader {
 public:
  // The reader over the embedded table (built once; aborts on a malformed embedded table,
  // which a unit test guards).
  static const FrameReader& Default();
  // A reader over another table (tests); errors name the line.
  static Result<FrameReader> FromTsv(std::string_view tsv);

  // Frames of the clause, in trigger order. `used_rows` (optional) receives the table rows
  // (0-based over non-comment lines) that took part.
  std::vector<FrameEvent> Read(const FrameClause& clause, std::vector<int>* used_rows = nullptr) const;

  // How far the move word at [pos, end) of the text went (aspect rows): kFuture for "will
  // join", "agreed to join", "합류할 예정"; kNear for "almost joined", "합류할 뻔"; else kDone.
  enum class Aspect { kDone, kFuture, kNear };
  Aspect MoveAspect(std::string_view text, std::string_view lower, int pos, int end,
                    std::vector<int>* used_rows = nullptr) const;

  // English: `lower` at `pos` announces a start for later: a future aspect row, a start row and,
  // later in the sentence, a when row ("will join … on March 1", "is expected to take over in
  // February", "will succeed … once his notice period ends"), or a progressive row, dated or not
  // ("are joining Kirkland's London office"), or a dated start row in the present tense ("starts in
  // January"). The person before `pos` takes up the post later: an announced move (accepted), not one done.
  bool FutureStart(std::string_view lower, size_t pos, std::vector<int>* used_rows = nullptr) const;

  // FutureStart at `pos`, or right after an " and " later in the same clause (up to the next comma
  // or the sentence end) that joins a second verb of the same subject ("who signed with Brightwater
  // last month and will start in March", "He will be introduced Tuesday and will take charge in
  // January").
  bool FutureStartInClause(std::string_view lower, size_t pos, std::vector<int>* used_rows = nullptr) const;

  // English: [from, end) of `lower` dates when an appointment takes effect: an effective row, then
  // (past "on"/"from") a when row ("effective Jan. 1", "starting next month", "for a five-year term
  // from July 1"). "effective immediately" is none.
  bool EffectiveDate(std::string_view lower, size_t from, size_t end,
                     std::vector<int>* used_rows = nullptr) const;

  // English: the sentence `lower` opens with a referent row standing for people named before it
  // ("She will take over on June 1", "The three will start after …") and announces their start
  // for later (FutureStart right after it). 0 when not; 1 for a singular referent (the person
  // named last), 2 for a plural one (the people named before it), 3 for a plural noun of the
  // announcement ("The appointments take effect Jan. 1": every person the article names).
  int ReferentStart(std::string_view lower, std::vector<int>* used_rows = nullptr) const;

  // English: a start row at `at` of `lower` (present tense: "take effect", "begin"), then a when row
  // later in the sentence ("take effect Jan. 1"). With `present`, only the rows of a third-person
  // present verb (value "present": "starts", "joins"), which need no aspect row before them.
  bool DatedStartAt(std::string_view lower, size_t at, std::vector<int>* used_rows = nullptr,
                    bool present = false) const;
  // English: `lower` holds a term_noun row as a word ("his three-year term").
  bool TermNounIn(std::string_view lower, std::vector<int>* used_rows = nullptr) const;

  // English: the name starting at `name_start` of `lower` is named as the one replaced: a
  // predecessor marker row ends right before it, past up to two honorific rows ("replacing X",
  // "succeeds Dr. X").
  bool PredecessorBefore(std::string_view lower, size_t name_start,
                         std::vector<int>* used_rows = nullptr) const;

  // Korean: the name ending at `name_end` of `text` is named as the one replaced: past up to two
  // title words (the last may close with the genitive 의), a marker row of value predecessor starts
  // the next word ("김상철 대표의 후임으로", "박현수 대표 후임으로", "이 사장 후임에").
  bool KoreanPredecessorAfter(std::string_view text, size_t name_end,
                              std::vector<int>* used_rows = nullptr) const;

  // English: `lower` holds a time row (a past time: "previously", "two weeks ago") as a word.
  bool HasPastTime(std::string_view lower, std::vector<int>* used_rows = nullptr) const;

  // English: the lowercased sentence tells a start already made (kind=begun en rows as words: "has
  // already started", "took office"): with the appointee as its subject the move is done, joined.
  bool EnglishBegun(std::string_view lower, std::vector<int>* used_rows = nullptr) const;

  // English: the lowercased sentence waits for an approval to come: a pending row as a word, then in the same
  // clause (no comma, semicolon or period between) within a few words an approval row as a word ("…, pending
  // approval by the board", "his new term requires approval at the shareholders' meeting"). "approved" is
  // none.
  bool PendingApproval(std::string_view lower, std::vector<int>* used_rows = nullptr) const;

  // Korean: the sentence announces a start to come (kind=start ko rows: "임기를 시작한다",
  // "합류할 예정", "출근한다"); a plan told as past ("일할 예정이었다") is none.
  bool KoreanStart(std::string_view sentence, std::vector<int>* used_rows = nullptr) const;

  // Korean: the sentence tells a start already made (kind=begun ko rows: "임기를 새로 시작했", "업무를
  // 시작했", "출근했"): with the appointee as its subject the move is done, joined.
  bool KoreanBegun(std::string_view sentence, std::vector<int>* used_rows = nullptr) const;

  // Korean: the sentence dates a start to come: a future_time row ("다음 달", "내년", "오는"), day and
  // month numbers or date_part rows, then a dated_start row glued or as the next word ("다음 달
  // 1일자로 합류해", "임기는 내년 1월 1일부터다", "다음 달 1일 공식 취임해"). "다음 달 초 열리는
  // 캠프부터" is none (another word stands between).
  bool KoreanDatedStart(std::string_view sentence, std::vector<int>* used_rows = nullptr) const;

  // Korean: at `at` of the sentence (past spaces) a start_noun row is the topic or subject (은/는/이/가
  // glued) and a future_time row follows as a word of its own: the move takes effect later
  // ("발령일은 내년 1월 1일이다", "합류 시점은 다음 달 1일이다", at "임기는" of "서 총장의 임기는 내년 2월
  // 1일부터"). A term's end ("임기는 내년 3월까지다": a term_end ko row after the time) and a sentence
  // told as past ("…이었다", "…됐다") are none.
  bool KoreanTopicStart(std::string_view sentence, size_t at, std::vector<int>* used_rows = nullptr) const;

  // Korean: the sentence says the reshuffle it reports takes effect later ("이번 인사는 내년 1월
  // 1일자로 시행된다": a topic 인사는, then a kind=reshuffle_start row): its appointments are
  // announced (accepted), not yet taken up. "인사는 이날자로 발효됐다" is none.
  bool KoreanReshuffleLater(std::string_view sentence, std::vector<int>* used_rows = nullptr) const;

  // Korean: `word` ends with a title row ("서울강남지역본부장" ends with 본부장); the title's
  // length in bytes, or 0.
  size_t KoreanTitleEnding(std::string_view word, std::vector<int>* used_rows = nullptr) const;

  // Korean: the year whose digits end at `digits_end` names a reshuffle rather than dating a move
  // ("2027년 정기 임원 인사", "2027년도 사장단 인사": kind=dated_noun rows right after 년/년도), or dates
  // no move at all: a birth year or generation ("1980년대생": kind=undated_year right after 년) or the
  // start of a span ("2024년부터 올해까지": OpensSpan).
  bool YearNamesReshuffle(std::string_view text, size_t digits_end,
                          std::vector<int>* used_rows = nullptr) const;
  // Korean: a kind=span_from row (부터) starts at `at`, right after a time word, and a span_to row (까지)
  // closes it a few words on in the clause: the time opens a span ("지난해부터 올해 상반기까지 … 20여 명을
  // 채용했다"), no past date making a move background.
  bool OpensSpan(std::string_view text, size_t at, std::vector<int>* used_rows = nullptr) const;

  // Korean press-release lists ("◇ 부사장 승진 ▲…", "▲신규 영입 라일라 벤슨 전무", "▲퇴임 송기철"):
  // the first kind=list_head row standing as a whole word in `text` and the move it heads. `*at`
  // receives where the word starts (the titles before it are the post: "사장 승진").
  enum class ListMove { kNone, kAppoint, kDesignate, kDepart };
  ListMove KoreanListHead(std::string_view text, size_t* at, std::vector<int>* used_rows = nullptr) const;

  // Korean: `name` is a division of a company ("IB부문", "파운드리사업부": longer than a kind=unit
  // row and ending with it), never an employer of its own.
  bool KoreanUnit(std::string_view name) const;
  // A Korean organization name that is a company's deciding body (`body` rows: 이사회,
  // 임원후보추천위원회, 자추위): it acts for a company and never employs.
  bool KoreanBody(std::string_view name) const;

  // Korean: where `trigger` first occurs in `text` from `from`, also with an adverb row standing
  // between its first two words ("연임을 사실상 확정", "사의를 공식 표명"); `*len` receives the
  // length matched. npos when none.
  size_t FindKoreanTrigger(std::string_view text, std::string_view trigger, size_t from, size_t* len,
                           std::vector<int>* used_rows = nullptr) const;

  // True when the text holds any trigger (a cheap test before splitting into clauses).
  bool HasTrigger(std::string_view text, std::string_view lower) const;

  // The text of a `kind`/`lang` row starts at `pos` of `text` (bio_place, move_from rows).
  bool RowStartsAt(std::string_view kind, std::string_view lang, std::string_view text, size_t pos,
                   std::vector<int>* used_rows = nullptr) const;
  // The text of a `kind`/`lang` row ends at `pos` of `text` (term_end, byline rows).
  bool RowEndsAt(std::string_view kind, std::string_view lang, std::string_view text, size_t pos,
                 std::vector<int>* used_rows = nullptr) const;
  // The length of the first `kind`/`lang` row (table order) that ends `text` and is shorter than it
  // (topic_particle, name_particle rows: "변호사는" ends with 는), or 0.
  size_t RowEnding(std::string_view kind, std::string_view lang, std::string_view text,
                   std::vector<int>* used_rows = nullptr) const;
  // `text` is the text of a `kind`/`lang` row.
  bool IsRow(std::string_view kind, std::string_view lang, std::string_view text,
             std::vector<int>* used_rows = nullptr) const;

  // The name ends with a kind=holding row ("Hanbit Financial Group", "한결금융지주", "태성그룹"; an English
  // row as a whole last word); `*stem` (optional) receives the name before that ending.
  bool HoldingName(std::string_view name, std::string* stem = nullptr,
                   std::vector<int>* used_rows = nullptr) const;
  // The value of the first kind=unit_noun row standing in `post` (English: a whole word of the
  // lowercased text, also before "'s"; Korean: a substring): the word of the unit's name the post
  // names ("chief executive of the lender" -> Bank, "차기 은행장 후보" -> 은행). "" when none.
  std::string UnitWordIn(std::string_view post, bool english, std::vector<int>* used_rows = nullptr) const;
  // A foundation that runs institutions (kind=foundation: "학교법인 동림학원", "한마음의료재단"; a row as the
  // name's first word or the end of its last word): the name ends of the institutions it runs (대학교|대학
  // for a school foundation, 병원|의료원 for a medical one), and `*stem` (optional) the name without the row
  // and the first word's row ("동림" of 학교법인 동림학원). Empty when the name is no foundation.
  std::vector<std::string> FoundationInstitutions(std::string_view name, std::string* stem = nullptr,
                                                  std::vector<int>* used_rows = nullptr) const;
  // The post is one of a foundation's own (kind=foundation_post ending it: 이사장, 상임이사), not the head of
  // an institution it runs.
  bool FoundationPost(std::string_view role, std::vector<int>* used_rows = nullptr) const;
  // The name is an appointing body's (kind=appointer: a ministry or a government, "교육부", "인사혁신처",
  // "Ministry of Science"): Korean, a row ending the name after two syllables or more and no unit row ending
  // it; English, a row as a whole word of it.
  bool AppointerName(std::string_view name, std::vector<int>* used_rows = nullptr) const;
  // The name is a league's, an association's or a federation's (kind=league_word as a whole word of it:
  // "National League", "MLS", "Korea Baseball Organization" is none).
  bool LeagueName(std::string_view name, std::vector<int>* used_rows = nullptr) const;

  // `between` (the text between two persons' names in one sentence) joins them as members of one coordinated
  // list (kind=list_sep, list_bar, list_gap rows): English "A, the startup's chief executive, and B", "A as
  // head of research and B", "A, co-founder B"; Korean "A 전무와 B 상무", "A(54) 변호사와 공정위 국장을 지낸
  // B", the gapped "A를 P로, B를 Q로". A relative, a verb or a clause between them ("A, replacing B", "A
  // 대표는 …고, B는") is none.
  bool ListJoins(std::string_view between, bool korean, std::vector<int>* used_rows = nullptr) const;
  // kind=list_topic (ko): the value (appoint, promote, designate, depart) of the first row standing in `text`
  // (the words before a list of names, or the sentence counting them: "부사장 승진자는", "새로 합류한
  // 변호사는", "신규 상무 3명이 발탁됐다"), its byte in `*at`; "" when none, or when a row of value bar
  // stands in it ("영입 후보로 거론되는 인물은").
  std::string KoreanListTopic(std::string_view text, size_t* at, std::vector<int>* used_rows = nullptr) const;
  // kind=list_close (ko): `tail` (the words after a list's last name) holds a row that closes the list like a
  // copula
  // ("… 전무가 이름을 올렸다").
  bool KoreanListClose(std::string_view tail, std::vector<int>* used_rows = nullptr) const;

  // kind=career_latest (en): `before` — the lower-cased text of a person's clause from the person (or the
  // organization named before) up to an organization — marks that organization as the latest place of the
  // career: a "cue" row as whole words anywhere in it ("since then she has been a partner at"), or a "dest"
  // row ending it but for at most four lower-case words ("to co-found the independent studio"); `after_from`
  // (the organization named before follows "from") lets the "from_to" row ("from A to B") end it alone.
  bool EnglishCareerLatest(std::string_view before, bool after_from,
                           std::vector<int>* used_rows = nullptr) const;
  // kind=career_latest (ko): `clause` (an organization's clause after it) holds a "cue" row: the post goes on
  // to now.
  bool KoreanCareerLatest(std::string_view clause, std::vector<int>* used_rows = nullptr) const;

  struct Row {
    std::string kind, lang, text, value;
  };
  const std::vector<Row>& rows() const { return rows_; }
  // The texts of the rows of one kind, language and value, in table order (callers on hot paths keep
  // them: a scan of every row at every word was once 30 % of the pipeline's CPU).
  std::vector<std::string> Texts(std::string_view kind, std::string_view lang, std::string_view value) const;

 private:
  bool KoreanListJoins(std::string_view between, std::vector<int>* used_rows) const;
  struct Hit;
  struct Slot;
  class Scan;
  friend class Scan;
  std::vector<Row> rows_;
  std::vector<int> triggers_;  // row indices, longest text first
  // Row indices by kind and language ("marker/ko").
  std::vector<std::pair<std::string, std::vector<int>>> by_kind_;
  const std::vector<int>& RowsOf(std::string_view kind, std::string_view lang) const;
  // A row of `kind` in `lang` written as whole words somewhere in `lower`.
  bool WordRowIn(std::string_view kind, std::string_view lang, std::string_view lower,
                 std::vector<int>* used_rows) const;
};

// Korean: the organization ending at `org_end` is the origin of the person starting at
// `person_start` through a past relative clause ("삼성바이오로직스에서 제조 부문을 이끌던 윤정석",
// "쿠팡에서 물류를 맡아 온 배수현"): 에서 after it (past one or two unit words), then -던/-온
// before the name, no comma or sentence end between, within 110 bytes.
bool KoreanRelativeOrigin(std::string_view text, int org_end, int person_start);

// English (lowercased): where the sentence holding `from` ends before `limit`: the first ". " after
// a word of more than four letters ("Jan. 1", "U.S. economist", "Ford Motor Co. executive" do not
// end it); `limit` when none.
size_t EnglishSentenceEnd(std::string_view lower, size_t from, size_t limit);

// The Korean subject and topic particles: the frames.tsv marker ko rows of value subject or topic (이, 가,
// 은, 는), the one list the readers of a Korean subject or topic take.
const std::vector<std::string>& KoreanSubjectTopicParticles();

// The length of the Korean subject or topic particle and the space after it that start at `at` of `text` ("은
// "), 0 when none; with `additive`, the additive 도 (marker ko row additive: "문 CTO도") counts as a subject
// too.
size_t KoreanSubjectParticleAt(std::string_view text, size_t at, bool additive);

// A Korean particle that opens with a vowel (은, 이, 을: the initial ㅇ), the form written after a final
// consonant; the other form (는, 가, 를) follows a vowel.
bool KoreanParticleAfterConsonant(std::string_view particle);

// `text` holds the first syllable of a Korean passive ending: the frames.tsv ending ko rows of value passive
// (됐, 되었, 돼, 된, 될 예정 …: 됐, 되, 돼, 된, 될), the one reading of "this hire word is passive"
// (영입됐다, 선임된).
bool HoldsKoreanPassiveSyllable(std::string_view text);

// The embedded frames table (normalize/data/frames.tsv).
std::string_view EmbeddedFramesTsv();

}  // namespace hirewire::normalize
