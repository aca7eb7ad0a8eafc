#include "normalize/events.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "corpus/bigram_filter.h"
#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/analysis.h"
#include "extract/entity_words.h"
#include "extract/syntax/english_roles.h"
#include "normalize/amount_roles.h"
#include "normalize/background.h"
#include "normalize/cues.h"
#include "normalize/employer_names.h"
#include "normalize/english_shapes.h"
#include "normalize/event_deals.h"
#include "normalize/event_ledger.h"
#include "normalize/event_roles.h"
#include "normalize/event_pairs.h"
#include "normalize/frames.h"
#include "normalize/refusals.h"

namespace hirewire::normalize {
bool LooksLikeHeadline(const Article& a);  // (defined below: the first paragraph is a headline)
namespace {

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
  kOffer,      // an offer was made
  kIntent,     // trying to hire (an attempt: counts as an offer)
  kHire,       // employer-side completed hire (hired, 영입했다)
  kJoin,       // candidate-side completed move (joined, 합류했다)
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

// The cue rows of the table, longest first (so "영입했" wins over "영입", "turned down" is one cue).
const std::vector<Lex>& CueWords() {
  static const std::vector<Lex> words = [] {
    static const std::pair<std::string_view, Cue> kKinds[] = {
        {"offer", Cue::kOffer},   {"intent", Cue::kIntent},       {"hire", Cue::kHire},
        {"join", Cue::kJoin},     {"decline", Cue::kDecline},     {"accept", Cue::kAccept},
        {"leave", Cue::kLeave},   {"raise", Cue::kRaise},         {"acquire", Cue::kAcquire},
        {"acquihire", Cue::kAcquihire}, {"fail", Cue::kFail},     {"negation", Cue::kNegation},
        {"statistic", Cue::kStatistic}, {"stay", Cue::kStay},     {"attempt", Cue::kAttempt},
        {"designate", Cue::kDesignate}};
    std::vector<Lex> v;
    for (const CueRow& r : CueLexicon::Default().rows()) {
      if (r.kind != "cue") continue;
      for (const auto& [name, cue] : kKinds)
        if (name == r.value) v.push_back({r.text, cue, r.lang == "en", r.lang == "ja"});
    }
    std::stable_sort(v.begin(), v.end(), [](const Lex& a, const Lex& b) { return a.text.size() > b.text.size(); });
    return v;
  }();
  return words;
}

// Phrases of one kind of the table ("blank", "purpose", "past").
const std::vector<std::string>& CuePhrases(std::string_view kind) {
  auto of = [](const char* k) {
    std::vector<std::string> v;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == k) v.push_back(r.text);
    return v;
  };
  static const std::vector<std::string> blank = of("blank"), purpose = of("purpose"), past = of("past"),
                                        earlier = of("earlier"), retain = of("retain"), promote = of("promote"),
                                        before = of("before"), sign = of("sign"), each = of("each"),
                                        appoint = of("appoint"), zero_subject = of("zero_subject"),
                                        founder = of("founder");
  return kind == "blank"          ? blank
         : kind == "founder"      ? founder
         : kind == "zero_subject" ? zero_subject
         : kind == "appoint" ? appoint
         : kind == "sign"    ? sign
         : kind == "each"    ? each
         : kind == "promote" ? promote
         : kind == "before"  ? before
         : kind == "past"    ? past
         : kind == "earlier" ? earlier
         : kind == "retain"  ? retain
                             : purpose;
}






// English relation rows of the cue table of one value ("superior", "team").
const std::vector<std::string>& RelationWords(std::string_view value) {
  auto of = [](const char* v) {
    std::vector<std::string> out;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "relation" && r.value == v) out.push_back(r.text);
    return out;
  };
  static const std::vector<std::string> superior = of("superior"), team = of("team");
  return value == "team" ? team : superior;
}

// `text` with its English adverbs in -ly taken out ("report directly to" reads "report to").
std::string WithoutLyAdverbs(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    const size_t end = j == std::string_view::npos ? text.size() : j + 1;
    std::string_view w = text.substr(i, end - i);
    std::string_view bare = w.back() == ' ' ? w.substr(0, w.size() - 1) : w;
    if (!(bare.size() > 4 && bare.ends_with("ly") && i > 0)) out.append(w);
    i = end;
  }
  return out;
}

// An English word of the cue table that hires or offers ("offered", "recruited", "poached").
bool EnglishHiringVerb(std::string_view w) {
  if (w.empty()) return false;
  for (const Lex& l : CueWords())
    if (l.english && l.text == w && (l.cue == Cue::kOffer || l.cue == Cue::kHire || l.cue == Cue::kIntent)) return true;
  return false;
}

// Outlet citation cues (the outlet is the organization or publication right before/after). The
// outlet of an interview or a call is one too ("조선비즈와의 통화에서 … 거절했다", "in an interview with
// Bloomberg"): never the offerer or employer of the move its sentence reports.
const char* const kKoreanCiteAfter[] = {"에 따르면", "가 보도", "이 보도", "는 보도", "은 보도",
                                        "의 보도", "와의 통화에서", "과의 통화에서", "와의 전화 통화에서",
                                        "과의 전화 통화에서", "와의 전화통화에서", "과의 전화통화에서",
                                        "와의 인터뷰에서", "과의 인터뷰에서", "와 통화에서", "과 통화에서",
                                        "와 인터뷰에서", "과 인터뷰에서"};
const char* const kEnglishCiteBefore[] = {"according to ", "reported by ", "told ", "filing with ", "filed with ",
                                          "in an interview with ", "in interviews with ", "speaking to ",
                                          "in a statement to ", "in comments to "};
const char* const kEnglishCiteAfter[] = {" reported", " first reported", " reports"};

// Executive titles: a person holding one at the employer acts for it, not a candidate.
const char* const kExecutiveTitles[] = {"ceo", "최고경영자", "chief executive", "회장", "대표",
                                        "chairman", "president", "대변인", "spokesperson",
                                        "spokesman", "spokeswoman", "cto", "최고기술책임자"};

// Group nouns (candidate groups): rows of kind "group" of the cue table, in table order; the label
// (English) is used in the candidate string.
struct GroupNoun {
  std::string text;
  std::string label;
  bool english = false;
  bool counted = false;  // a group only with a count ("변호사 4명"); alone it is a title
};
const std::vector<GroupNoun>& GroupNouns() {
  static const std::vector<GroupNoun>* nouns = [] {
    auto* v = new std::vector<GroupNoun>();
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "group") {
        const bool counted = r.value.ends_with(":counted");
        v->push_back({r.text, counted ? r.value.substr(0, r.value.size() - 8) : r.value, r.lang == "en", counted});
      }
    return v;
  }();
  return *nouns;
}

// Title words (frames.tsv kind=title, not the glued ones) that name a counted group of
// appointees: "14 managers", "five new vice presidents", "상무보 21명", "신임 교수 6명". English
// texts are the plural (the title and "s", or "es" after "ch"); the label is the plural or the
// Korean title itself.
struct TitleGroup {
  std::string text;
  bool english = false;
};
const std::vector<TitleGroup>& TitleGroups() {
  static const std::vector<TitleGroup>* titles = [] {
    auto* v = new std::vector<TitleGroup>();
    const FrameReader& r = FrameReader::Default();
    for (const FrameReader::Row& row : r.rows()) {
      if (row.kind != "title" || (row.lang != "en" && row.lang != "ko") || row.value == "glued") continue;
      if (row.lang == "ko") {
        v->push_back({row.text, false});
        continue;
      }
      if (row.text.ends_with("s") || row.text.size() < 4) continue;  // co-ceos, ceo: no plural read
      v->push_back({row.text + (row.text.ends_with("ch") ? "es" : "s"), true});
    }
    // Longer texts first, so "vice chairmen" is not read as "chairmen".
    std::stable_sort(v->begin(), v->end(), [](const TitleGroup& a, const TitleGroup& b) { return a.text.size() > b.text.size(); });
    return v;
  }();
  return *titles;
}

const char* const kEnglishNumbers[] = {"zero", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve",
                                       "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen", "twenty"};

// ---------------------------------------------------------------------------------------
// Small text helpers (byte offsets into a paragraph).

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

bool StartsWith(std::string_view s, size_t pos, std::string_view p) {
  return pos <= s.size() && s.substr(pos).substr(0, p.size()) == p;
}
bool EndsWithAt(std::string_view s, size_t end, std::string_view p) {
  return end >= p.size() && end <= s.size() && s.substr(end - p.size(), p.size()) == p;
}

// English: a stock word (cues.tsv kind=term, value stock: "stock", "shares", "RSUs") right after an
// organization's name ending at `after` ("Target stock", "Apple shares").
bool StockOfOrg(std::string_view lo, size_t after) {
  if (after >= lo.size() || lo[after] != ' ') return false;
  for (const CueRow& r : CueLexicon::Default().rows()) {
    if (r.kind != "term" || r.value != "stock" || r.lang != "en") continue;
    const size_t e = after + 1 + r.text.size();
    if (lo.substr(after + 1, r.text.size()) == r.text && (e >= lo.size() || !IsAsciiAlnum(lo[e]))) return true;
  }
  return false;
}

// Whether the words between a list of names and a group noun add the group to the list (", along
// with nine associates", ", plus two engineers") instead of describing the names.
bool AddsToList(std::string_view between) {
  for (std::string_view w : {"along with ", "together with ", "plus ", "as well as ", "and "})
    if (between.find(w) != std::string_view::npos) return true;
  return false;
}

// Skips a parenthetical "(TML)", closing quotes and the like right after a mention.
size_t SkipNoise(std::string_view s, size_t pos) {
  for (int guard = 0; guard < 4 && pos < s.size(); ++guard) {
    if (s[pos] == '(') {
      size_t close = s.find(')', pos);
      if (close == std::string_view::npos || close - pos > 40) break;
      pos = close + 1;
    } else if (s[pos] == '\'' || s[pos] == '"') {
      ++pos;
    } else if (StartsWith(s, pos, "’") || StartsWith(s, pos, "”") || StartsWith(s, pos, "」") ||
               StartsWith(s, pos, "』")) {
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

// Start of the word-ish token before `pos` (skips spaces, returns the previous space-split
// token), e.g. for checking "전 " before a mention.
std::string_view PrevToken(std::string_view s, size_t pos) {
  size_t e = pos;
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && s[b - 1] != ' ') --b;
  return s.substr(b, e - b);
}

std::string ToLowerAscii(std::string_view s) { return AsciiLower(s); }

// Every whole-word (English) or substring (Korean) occurrence of `w` in `s`.
void FindAll(std::string_view s, std::string_view w, bool whole_word, std::vector<size_t>* out) {
  for (size_t pos = s.find(w); pos != std::string_view::npos; pos = s.find(w, pos + 1)) {
    if (whole_word) {
      if (pos > 0 && IsAsciiAlnum(s[pos - 1])) continue;
      size_t e = pos + w.size();
      if (e < s.size() && (IsAsciiAlnum(s[e]) || s[e] == '-')) continue;
    }
    out->push_back(pos);
  }
}

// Decimal helpers ------------------------------------------------------------------------

bool ParseDecimal(const std::string& s, std::string* digits, size_t* frac) {
  digits->clear();
  *frac = 0;
  bool dot = false;
  for (char c : s) {
    if (c == '.') {
      if (dot) return false;
      dot = true;
    } else if (c >= '0' && c <= '9') {
      digits->push_back(c);
      if (dot) ++*frac;
    } else {
      return false;
    }
  }
  return !digits->empty() && digits->size() <= 60;
}

}  // namespace

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

bool OtherOrgClauseInHeadline(const Article& a, const Event& e);

namespace {

// Sentence [start, end) byte spans of `text` from the shared analysis's sentence bounds, trimmed
// of spaces.
std::vector<std::pair<int, int>> TrimmedSentences(std::string_view text, const std::vector<TextSpan>& spans) {
  std::vector<std::pair<int, int>> out;
  for (const TextSpan& sp : spans) {
    size_t b = static_cast<size_t>(sp.start), e = static_cast<size_t>(sp.end);
    while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
    if (e > b) out.emplace_back(static_cast<int>(b), static_cast<int>(e));
  }
  return out;
}

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
                   : extract::ReportedSpeechCues(article_.paragraphs[pi], extract::QuotedSpeech(article_.paragraphs[pi]));
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
  bool prev = false;      // X에서, X 출신, 전 X, from X, formerly of X, left X
  bool dest = false;      // X에 합류, X로, join X, hired by X
  bool subject = false;   // X는 ... 제안했다, X hired
  bool target = false;    // X 인수, acquire X
  bool cited = false;     // X에 따르면, according to X
  bool poss = false;      // X의 ..., X's ...: describes what follows
  bool stay = false;      // X에 남기로, stay at X: the place a person stays (their current employer)
  bool owned = false;     // in another organization's apposition or "of" phrase: describes it
};

struct Candidate {
  std::string name;       // canonical person name or group label
  std::string kind;       // person | group | company
  int start = 0, end = 0; // position in the paragraph
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
  int start = 0, end = 0;    // the clause analysed
  int ev_start = 0, ev_end = 0;  // its sentence (evidence)
  std::string_view text;     // the paragraph
  std::string blank;         // paragraph copy with quoted speech blanked (same offsets)
  std::string lower;         // ASCII-lowercased `blank`
  std::vector<SpeechCue> speech;  // reported-speech cues of the paragraph (shared analysis)
};

// Quoted speech (extract::QuotedSpeech spans) blanked in a copy of the paragraph (offsets
// preserved).
std::string BlankQuotes(std::string_view p, const std::vector<TextSpan>& quotes) {
  std::string out(p);
  for (const TextSpan& q : quotes)
    for (int k = q.start; k < q.end && static_cast<size_t>(k) < out.size(); ++k) out[k] = ' ';
  return out;
}

bool IsKoreanText(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xEA || c == 0xEB || c == 0xEC || c == 0xED) return true;  // U+A000..U+DFFF
  }
  return false;
}

// Kana in the text (hiragana or katakana, U+3040..U+30FF: E3 81 80 .. E3 83 BF): Japanese.
bool IsJapaneseText(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]), d = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xE3 && d >= 0x81 && d <= 0x83) return true;
  }
  return false;
}

// The Japanese case particle (rows of kind "particle" in the cue table) written right at `pos`,
// the longest one: its role (source, goal, subject, topic, object), or "".
std::string_view JapaneseParticleAt(std::string_view p, size_t pos) {
  const CueRow* best = nullptr;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "particle" && r.lang == "ja" && StartsWith(p, pos, r.text) && (!best || r.text.size() > best->text.size()))
      best = &r;
  return best ? std::string_view(best->value) : std::string_view();
}

// A Japanese title or honorific written right after a name ("高橋健二社長", "佐藤氏"; the entity
// recognizer's cjk_title list).
bool JapaneseTitleAt(std::string_view p, size_t pos) {
  for (const std::string& t : extract::EntityWords::Default().List(extract::WordList::kCjkTitle))
    if (StartsWith(p, pos, t)) return true;
  return false;
}

struct Context {
  const Article* article = nullptr;
  EventOptions options;
  std::vector<Event> events;
  struct Meta {
    std::string key;       // candidate|employer
    int last_sentence = -1;
    bool denied = false;
    int declined_offers = 0;
    bool appointed = false;  // "named", "appointed": may be an internal appointment
    bool agreed = false;     // "will join", "agreed to join": a hire agreed, not yet done
    bool moved = false;      // another hire or join cue
    bool took_offer = false; // an acceptance cue ("accepted the offer", "제안을 수락"): the move answers an offer
    bool reported = false;   // read from a clause told as a medium's report ("…영입했다고 보도했다")
    bool told = false;       // read from a clause told as fact
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
  int last_event = -1;              // most recent event touched (continuation target)
  int last_event_paragraph = -1;
  std::vector<int> last_sentence_events;  // events touched by the previous sentence
  // The events of the latest sentence that touched any (kept across paragraphs): the persons a
  // distributive continuation ("Each will be paid $20 million", "이들은 각각 …") speaks of.
  std::vector<int> followed_events;
  std::string paragraph_employer;   // employer of the previous sentence in the paragraph
  std::string reporter;             // outlet cited in this paragraph
  std::string article_reporter;     // first outlet cited in the article
  std::string sentence_target;      // acquisition target named earlier in the sentence
  std::set<std::string> singular_groups;  // groups read from a noun without plural or count
  std::set<std::string> listed_groups;    // groups added to a list after other candidates (", along with N …")
  std::set<std::string> group_members;    // people named as members of a described group
  std::string frame_employer;             // employer of the latest appointment frame
  int frame_paragraph = -1;               // paragraph of frame_employer
  std::string lead_org;                   // the organization the story opens with (LeadOrg)
  bool retention = false;                 // the article speaks of a retention or counter-offer (retain rows)
  std::string paragraph_topic;            // "카카오는 …": the organization an earlier sentence of the paragraph opened with
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

// The clause refers back to a person: a pronoun, or Korean surname + title ("이 박사",
// "한 이사", "정 씨") matching the person's first syllable.
bool RefersTo(std::string_view ko, std::string_view lo, const std::string& person) {
  for (const char* w : {" her ", " him ", " he ", " she ", " they ", " them ", " his "})
    if ((" " + std::string(lo) + " ").find(w) != std::string::npos) return true;
  for (const char* w : {"그는", "그에게", "그녀", "그를", "그의", "同氏"})
    if (ko.find(w) != std::string_view::npos) return true;
  if (person.size() >= 6 && static_cast<unsigned char>(person[0]) >= 0xEA) {
    std::string surname = person.substr(0, 3);
    for (const char* t : {" 박사", " 씨", "씨", " 이사", " 상무", " 전무", " 부사장", " 사장", " 대표", " 교수",
                          " 연구원", " 팀장", " 본부장", " 책임"}) {
      std::string ref = surname + t;
      for (size_t f = ko.find(ref); f != std::string_view::npos; f = ko.find(ref, f + 1))
        if (f == 0 || ko[f - 1] == ' ' || ko[f - 1] == '(' ) return true;
    }
  }
  return false;
}

// A four-digit year (19xx/20xx, "2021년") at `i` of `p`: not inside a number or an amount
// ("$2021", "2021.5", "2021%"); a comma or a full stop closing a clause after it is still a year
// ("in 2021, is known", "joined Atlas as a junior draftsman in 1958.").
// `term_end`: "until 2030" after the move word is the end of a term ("signed a contract until 2030"),
// no date of the move (before it, "until 2019, when he joined Atletico", it dates the move).
bool YearAt(std::string_view p, size_t i, bool term_end = true) {
  if (i + 4 > p.size()) return false;
  if (!((p[i] == '1' && p[i + 1] == '9') || (p[i] == '2' && p[i + 1] == '0'))) return false;
  if (!(p[i + 2] >= '0' && p[i + 2] <= '9' && p[i + 3] >= '0' && p[i + 3] <= '9')) return false;
  if (i > 0 && (IsAsciiAlnum(p[i - 1]) || p[i - 1] == '$' || p[i - 1] == '.' || p[i - 1] == ',')) return false;
  if (i + 4 < p.size() && (IsAsciiAlnum(p[i + 4]) || p[i + 4] == '.' || p[i + 4] == ',' || p[i + 4] == '%')) {
    if (!((p[i + 4] == ',' || p[i + 4] == '.') && (i + 5 >= p.size() || p[i + 5] == ' '))) return false;
  }
  // The end of a term ("a contract until 2029", "through 2030") dates no move.
  if (term_end && i > 0 && p[i - 1] == ' ' && FrameReader::Default().RowEndsAt("term_end", "en", p, i - 1)) return false;
  return !FrameReader::Default().YearNamesReshuffle(p, i + 4);  // "2027년 정기 임원 인사"
}

// A four-digit year within a few words of `pos`.
bool NearYear(std::string_view p, size_t pos, size_t lo, size_t hi) {
  size_t b = pos > lo + 40 ? pos - 40 : lo;
  size_t e = std::min(hi, pos + 45);
  for (size_t i = b; i + 4 <= e; ++i)
    if (YearAt(p, i, /*term_end=*/i > pos)) return true;
  return false;
}

// English: a year in the rest of the clause the move word opens, up to the next comma, semicolon
// or sentence end, however many words stand between ("joined DeepMind from Oxford University in
// 2021", "joined Bethlehem Steel as a metallurgist in 1955."): the move is dated, background.
bool YearInMoveClause(std::string_view lo, size_t end, size_t hi) {
  size_t stop = std::min(hi, lo.size());
  size_t cut = lo.find_first_of(",;", end);
  if (cut != std::string_view::npos && cut < stop) stop = cut;
  size_t dot = lo.find(". ", end);
  if (dot != std::string_view::npos && dot < stop) stop = dot + 1;
  // A long clause is read up to its first conjunct ("joined SK Hynix from Samsung Electronics in 2016 and led
  // the team that developed … the latest HBM stacks"): its year dates the move, one after the "and" does not.
  if (stop > end + 120) {
    const size_t conj = lo.find(" and ", end);
    if (conj == std::string_view::npos || conj >= end + 120) return false;
    stop = conj;
  }
  for (size_t i = end; i + 4 <= stop; ++i)
    if (YearAt(lo, i)) return true;
  return false;
}

// A move word in a relative clause ("who left", "who has joined", "who left in April to join")
// dated by a past row of the cue table in the clause ("in June", "earlier this year").
bool RelativePast(std::string_view lo, const CueHit& h, int clause_end) {
  size_t pos = static_cast<size_t>(h.pos);
  size_t who = lo.rfind("who ", pos);
  if (who == std::string_view::npos || pos - who > 40 || (who > 0 && IsAsciiAlnum(lo[who - 1])) ||
      lo.substr(who, pos - who).find_first_of(",.;") != std::string_view::npos)
    return false;
  size_t end = std::min(static_cast<size_t>(clause_end), pos + h.len + 40);
  std::string_view after = lo.substr(who, end - who);
  for (const std::string& p : CuePhrases("past"))
    if (after.find(p) != std::string_view::npos) return true;
  return false;
}

// A move word in a clause that dates an earlier event ("The hires come weeks after Meta lured
// several OpenAI researchers"): background (rows of kind "earlier" in the cue table).
bool AfterEarlierEvent(std::string_view lo, const CueHit& h) {
  size_t pos = static_cast<size_t>(h.pos);
  size_t from = pos > 60 ? pos - 60 : 0;
  for (const std::string& w : CuePhrases("earlier")) {
    size_t f = lo.rfind(w, pos);
    if (f == std::string_view::npos || f < from || (f > 0 && IsAsciiAlnum(lo[f - 1]))) continue;
    if (lo.substr(f, pos - f).find_first_of(",.;") == std::string_view::npos) return true;
  }
  // "The hires come weeks after …": the story's own hires named as a noun before the anchor.
  size_t end = pos + static_cast<size_t>(h.len);
  for (const std::string& w : CuePhrases("earlier")) {
    size_t f = lo.find(w, end);
    if (f != std::string_view::npos && f - end <= 12 && lo.substr(end, f - end).find_first_of(",.;") == std::string_view::npos)
      return true;
  }
  return false;
}

bool IsAsciiText(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Korean and Japanese: a year ("2016년", "2016年", "97年") opens the comma-delimited segment that
// ends at the cue ("…맡았고, 2016년 라이엇게임즈 미국 본사로 옮겨", "97年イオンクレジットサービス入社"):
// the time adverbial scopes over the verb, however many words stand between. A Japanese year may
// have two digits; "4年間" (a span) is no date.
bool DatedSegment(std::string_view ko, int clause_start, int pos) {
  size_t b = static_cast<size_t>(clause_start);
  size_t comma = ko.rfind(',', static_cast<size_t>(pos));
  if (comma != std::string_view::npos && comma >= b) b = comma + 1;
  size_t ja_comma = ko.rfind("、", static_cast<size_t>(pos));
  if (ja_comma != std::string_view::npos && ja_comma >= b) b = ja_comma + 3;
  // Nor across a sentence end ("오 대표는 2020년 씨마인드를 세웠다. 엔지니어 18명도 … 옮겼다").
  size_t stop = ko.rfind(". ", static_cast<size_t>(pos));
  if (stop != std::string_view::npos && stop + 2 > b) b = stop + 2;
  if (static_cast<size_t>(pos) - b > 120) b = static_cast<size_t>(pos) - 120;
  auto digit = [&](size_t i) { return i < ko.size() && ko[i] >= '0' && ko[i] <= '9'; };
  for (size_t i = b; i + 4 <= static_cast<size_t>(pos); ++i) {
    if (!digit(i) || (i > 0 && (IsAsciiAlnum(ko[i - 1]) || ko[i - 1] == '.'))) continue;
    size_t e = i;
    while (digit(e)) ++e;
    const bool four = e - i == 4 && (ko[i] == '1' || ko[i] == '2') && (ko[i + 1] == '9' || ko[i + 1] == '0');
    if (four && StartsWith(ko, e, "년") && !FrameReader::Default().YearNamesReshuffle(ko, e)) return true;
    if ((four || e - i == 2) && StartsWith(ko, e, "年") && !StartsWith(ko, e + 3, "間") && !StartsWith(ko, e + 3, "度"))
      return true;
  }
  // A past-time word in the segment ("지난해에는 … 롯데마트로 옮긴", "earlier" rows).
  std::string_view seg = ko.substr(b, static_cast<size_t>(pos) - b);
  for (const std::string& w : CuePhrases("earlier"))
    for (size_t f = IsAsciiText(w) ? std::string_view::npos : seg.find(w); f != std::string_view::npos; f = seg.find(w, f + 1))
      if (!FrameReader::Default().OpensSpan(seg, f + w.size())) return true;  // "지난해부터 …": a span running on
  return false;
}

// The past and before rows of the cue table (Korean past experience, "합류 전").
const std::vector<std::string>& PastOrBefore() {
  static const std::vector<std::string> rows = [] {
    std::vector<std::string> v = CuePhrases("past");
    for (const std::string& w : CuePhrases("before")) v.push_back(w);
    return v;
  }();
  return rows;
}

// Korean past experience right after the move word ("영입한 바 있다", "옮긴 적이 있다", "합류 전":
// "past" rows): background, not the story's move.
bool KoreanPastExperience(std::string_view ko, const CueHit& h) {
  size_t end = static_cast<size_t>(h.pos + h.len);
  for (const std::string& w : PastOrBefore())
    if (!IsAsciiText(w)) {
      size_t f = ko.find(w, end);
      // Within the same clause: "영입했다. 전 대표는" holds " 전 " after the sentence end.
      if (f != std::string_view::npos && f - end <= 6 && ko.substr(end, f - end).find_first_of(".,") == std::string_view::npos)
        return true;
    }
  return false;
}

// Korean present tense of a move verb announces it ("삼성전자가 … 디렉터를 영입한다", "다음 달
// 합류한다"): agreed, not yet done (the past is 영입했다, 합류했다).
bool KoreanPresentTense(std::string_view ko, const CueHit& h) {
  size_t end = static_cast<size_t>(h.pos + h.len);
  if (end > ko.size() || static_cast<unsigned char>(ko[h.pos]) < 0x80) return false;
  std::string_view cue = ko.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len));
  if (EndsWithAt(cue, cue.size(), "한")) return StartsWith(ko, end, "다");
  // A cue that is the whole present form ("옮긴다"): -ㄴ다/-는다 (final ㄴ before 다).
  if (EndsWithAt(cue, cue.size(), "다") && cue.size() >= 6) {
    size_t k = cue.size() - 6;
    char32_t before = DecodeUtf8(cue, &k);
    if (before == U'는' || (before >= 0xAC00 && before <= 0xD7A3 && (before - 0xAC00) % 28 == 4)) return true;
  }
  return StartsWith(ko, end, "한다");
}

// Whether a phrase of one kind of the cue table stands in [from, to) of the clause's paragraph
// (English rows as whole words on the lowercased text, Korean ones as substrings).
bool CuePhraseIn(const SentenceCtx& s, std::string_view kind, int from, int to) {
  if (from >= to) return false;
  std::vector<size_t> found;
  for (const std::string& w : CuePhrases(kind)) {
    const bool english = static_cast<unsigned char>(w[0]) < 0x80;
    std::string_view t(english ? s.lower : s.blank);
    FindAll(t.substr(static_cast<size_t>(from), static_cast<size_t>(to - from)), w, english, &found);
    if (!found.empty()) return true;
  }
  return false;
}

// Whether the clause signs a contract after `pos` (a sign row of the cue table): "이를 받아들여
// 계약서에 서명했다" signs the move an acceptance word before it answered.
bool SignedAfter(const SentenceCtx& s, int pos) { return CuePhraseIn(s, "sign", pos, s.end); }

std::vector<std::string> CueRowsOf(std::string_view kind, std::string_view value);

// The party a contract noun is made "with": a person or an organization mention of the paragraph
// that starts within a few descriptor words after "with " ("a four-year contract with South Korean
// outfielder Lee Chan-woo"), the person when an organization only modifies them ("with KBO outfielder
// Lee Chan-woo"); nullptr when none.
const Entity* ContractParty(const SentenceCtx& s, size_t with_end) {
  const Entity* best = nullptr;
  int best_start = -1;
  for (const Entity& e : s.article->entities) {
    if (e.type != "person" && e.type != "company" && e.type != "organization") continue;
    for (const Mention& m : e.mentions) {
      if (m.paragraph != s.para || m.start < static_cast<int>(with_end) || m.end > s.end ||
          m.start - static_cast<int>(with_end) > 48)
        continue;
      std::string_view between = std::string_view(s.lower).substr(with_end, static_cast<size_t>(m.start) - with_end);
      if (between.find_first_of(",;:.()\"") != std::string_view::npos) continue;
      bool better = !best;
      if (best && (e.type == "person") != (best->type == "person")) better = e.type == "person";
      else if (best) better = m.start < best_start;
      if (!better) continue;
      best = &e;
      best_start = m.start;
    }
  }
  return best;
}

// Signing a contract names both sides of a move (cues.tsv kind=contract_verb, contract_noun): in "A
// signed / agreed to / reached a [terms] CONTRACT with B" the verb is a hire by the organization when
// B is a person ("The Seattle Mariners agreed to a four-year, $36 million contract with … Lee
// Chan-woo") and a move the person makes when B is an organization and a person stands before the
// verb ("Marcus Dunmore signed a four-year contract with Albion Rovers"). Between two organizations
// (a licensing deal) it is no hiring cue. The cue replaces a hiring cue on the verb ("signed").
void ContractCues(const SentenceCtx& s, std::vector<CueHit>* hits) {
  static const std::vector<std::string> nouns = CueRowsOf("contract_noun", ""),
                                        signed_verbs = CueRowsOf("contract_verb", ""),
                                        agreed_verbs = CueRowsOf("contract_verb", "agreed");
  std::vector<std::pair<std::string, bool>> verbs;
  for (const std::string& v : signed_verbs) verbs.emplace_back(v, false);
  for (const std::string& v : agreed_verbs) verbs.emplace_back(v, true);
  std::string_view lo(s.lower);
  std::string_view lo_s = lo.substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start));
  for (const std::string& n : nouns) {
    std::vector<size_t> found;
    FindAll(lo_s, n + " with", true, &found);
    for (size_t f : found) {
      const size_t noun = static_cast<size_t>(s.start) + f;
      const Entity* party = ContractParty(s, noun + n.size() + 6);
      if (!party) continue;
      // The verb: the nearest contract_verb row before the noun, with only the noun's own
      // modifiers between (no clause word).
      int verb = -1, verb_len = 0;
      bool agreed = false;
      for (const auto& [v, agreement] : verbs) {
        for (const auto& [at, at_end] : FindVerbWithGap(lo_s.substr(0, f), v)) {  // "agreed Friday to"
          const size_t b = static_cast<size_t>(s.start) + at, v_size = at_end - at;
          if (static_cast<int>(b) <= verb || noun - b > 72) continue;
          std::string_view mid = lo.substr(b + v_size, noun - b - v_size);
          bool clause_word = mid.find(';') != std::string_view::npos;
          for (const char* w : {" who ", " which ", " that ", " and ", " but ", " after ", " to "})
            clause_word = clause_word || (" " + std::string(mid) + " ").find(w) != std::string::npos;
          if (clause_word) continue;
          verb = static_cast<int>(b);
          verb_len = static_cast<int>(v_size);
          agreed = agreement;
        }
      }
      if (verb < 0) continue;
      // The other side: the mention nearest before the verb in the clause, an organization when the
      // party is a person and a person when the party is an organization.
      const Entity* signer = nullptr;
      int signer_end = -1;
      for (const Entity& e : s.article->entities)
        if (e.type == "person" || e.type == "company" || e.type == "organization")
          for (const Mention& m : e.mentions)
            if (m.paragraph == s.para && m.start >= s.start && m.end <= verb && m.end > signer_end) {
              signer = &e;
              signer_end = m.end;
            }
      if (!signer || (signer->type == "person") == (party->type == "person")) continue;
      const Cue cue = party->type == "person" ? Cue::kHire : Cue::kJoin;
      std::erase_if(*hits, [&](const CueHit& h) { return h.pos < verb + verb_len && h.pos + h.len > verb; });
      hits->push_back({cue, verb, verb_len, agreed});
    }
  }
  std::sort(hits->begin(), hits->end(), [](const CueHit& a, const CueHit& b) { return a.pos < b.pos; });
}

// A statistic word that is the reference of a comparison drawn after an amount of the clause: "He will
// receive an annual salary of 400 million won, about three times the average for senior professors",
// "연봉은 5억원 수준으로, 국내 이공계 교수 평균의 4배가 넘는다". The amount is what the person gets; the
// average only measures it. cues.tsv comparison rows: English (value before) a comparison word between
// the amount and the statistic word (times, than, above); Korean (value after) one a few bytes after
// the statistic word (평균의 4배, 평균보다, 평균 대비). No sentence break in between.
bool ComparisonReference(const SentenceCtx& s, const CueHit& h) {
  static const std::vector<std::string> before = CueRowsOf("comparison", "before"),
                                        after = CueRowsOf("comparison", "after");
  constexpr int kComparisonReach = 72, kKoreanAfter = 20;
  const std::string_view en(s.lower), ko(s.blank);
  int amount_end = -1;
  for (const Amount& m : s.article->money)
    if (m.paragraph == s.para && m.start >= s.start && m.end <= h.pos && m.end > amount_end) amount_end = m.end;
  if (amount_end < 0 || h.pos - amount_end > kComparisonReach) return false;
  if (en.substr(static_cast<size_t>(amount_end), static_cast<size_t>(h.pos - amount_end)).find_first_of(";.") !=
      std::string_view::npos)
    return false;
  const bool english = IsAsciiAlpha(s.text[static_cast<size_t>(h.pos)]);
  if (english) {
    const std::string_view mid = en.substr(static_cast<size_t>(amount_end), static_cast<size_t>(h.pos - amount_end));
    for (const std::string& w : before) {
      std::vector<size_t> f;
      FindAll(mid, w, true, &f);
      if (!f.empty()) return true;
    }
    return false;
  }
  const size_t from = static_cast<size_t>(h.pos + h.len);
  std::string_view tail = ko.substr(from, std::min<size_t>(kKoreanAfter, static_cast<size_t>(s.end) - from));
  tail = tail.substr(0, std::min(tail.find_first_of(",."), tail.size()));
  for (const std::string& w : after)
    if (tail.find(w) != std::string_view::npos) return true;
  return false;
}

std::vector<CueHit> FindCues(const SentenceCtx& s) {
  std::vector<CueHit> hits;
  std::string_view ko(s.blank);
  std::string_view en(s.lower);
  std::string_view ko_s = ko.substr(s.start, s.end - s.start);
  std::string_view en_s = en.substr(s.start, s.end - s.start);
  std::vector<std::pair<int, int>> claimed;  // longer cues claim their bytes first
  auto add = [&](const std::string& text, Cue cue, bool english) {
    std::vector<size_t> found;
    FindAll(english ? en_s : ko_s, text, english, &found);
    int len = static_cast<int>(text.size());
    for (size_t f : found) {
      int pos = s.start + static_cast<int>(f);
      bool overlap = false;
      for (auto [b, e] : claimed)
        if (pos < e && pos + len > b) overlap = true;
      if (overlap) continue;
      claimed.emplace_back(pos, pos + len);
      hits.push_back({cue, pos, len});
    }
  };
  const bool has_hangul = IsKoreanText(ko_s), has_japanese = IsJapaneseText(ko_s);
  // (A cue with a byte pair the clause lacks is not searched for.)
  const BigramFilter en_pairs(en_s), ko_pairs(ko_s);
  for (const Lex& l : CueWords()) {
    if (l.japanese ? !has_japanese : !l.english && !has_hangul && static_cast<unsigned char>(l.text[0]) >= 0x80) continue;
    if (!(l.english ? en_pairs : ko_pairs).MayContain(l.text)) continue;
    add(l.text, l.cue, l.english);
  }
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) { return a.pos < b.pos; });
  if (!has_hangul && !has_japanese) ContractCues(s, &hits);
  // A generic attempt word is a hiring intent only next to another hiring cue or an amount.
  bool hiring = false;
  for (const CueHit& h : hits)
    hiring = hiring || (h.cue != Cue::kAttempt && h.cue != Cue::kNegation && h.cue != Cue::kStatistic);
  for (const Amount& m : s.article->money)
    hiring = hiring || (m.paragraph == s.para && m.start >= s.start && m.end <= s.end);
  std::vector<CueHit> kept;
  for (CueHit h : hits) {
    if (h.cue == Cue::kAttempt && !hiring) continue;
    if (h.cue == Cue::kAttempt) h.cue = Cue::kIntent;
    kept.push_back(h);
  }
  hits = std::move(kept);
  // A decided hire the clause then signs ("3명을 영입하기로 하고 최근 계약을 마무리했다", "채용하기로 하고
  // 계약서에 서명했다"): the intent (a future aspect row right after it) is a done agreement, a hire
  // accepted, not an open offer. An offer word between them keeps the offer ("영입하기로 하고 연봉
  // 10억원을 제시했다" signs nothing).
  // The signing's own hire word ("계약을 체결했다") then closes the same agreement, not a later start.
  int decided = -1;
  for (CueHit& h : hits) {
    if (h.cue == Cue::kIntent && has_hangul && SignedAfter(s, h.pos + h.len) &&
        FrameReader::Default().MoveAspect(ko, en, h.pos, h.pos + h.len) == FrameReader::Aspect::kFuture) {
      h.cue = Cue::kHire;
      h.agreed = true;
      if (decided < 0) decided = h.pos;
    } else if (decided >= 0 && h.cue == Cue::kHire && CuePhraseIn(s, "sign", h.pos, h.pos + h.len)) {
      h.agreed = true;
    }
  }
  // Purpose and conditional forms of join cues are not outcomes.
  std::vector<CueHit> out;
  for (const CueHit& h : hits) {
    if (h.cue == Cue::kJoin) {
      size_t after = static_cast<size_t>(h.pos + h.len);
      bool purpose = false;
      for (const std::string& p : CuePhrases("purpose"))
        if (StartsWith(ko, after, p)) purpose = true;
      // English infinitive "to join" (but "agreed/decided/set/expected to join" is a fact); "to" as
      // a word of its own, not the end of a name ("Kenji Sato joined", "Ito joined").
      const size_t at = static_cast<size_t>(h.pos);
      if (EndsWithAt(en, at, "to ") && (at == 3 || !std::isalpha(static_cast<unsigned char>(en[at - 4]))) &&
          !(EndsWithAt(en, static_cast<size_t>(h.pos), "agreed to ") ||
            EndsWithAt(en, static_cast<size_t>(h.pos), "decided to ") ||
            EndsWithAt(en, static_cast<size_t>(h.pos), "set to ") ||
            EndsWithAt(en, static_cast<size_t>(h.pos), "expected to ") ||
            EndsWithAt(en, static_cast<size_t>(h.pos), "plans to ") ||
            EndsWithAt(en, static_cast<size_t>(h.pos), "leave to ") ||
            EndsWithAt(en, static_cast<size_t>(h.pos), "left to ")))
        purpose = true;
      // "is leaving the company to join Meta": the infinitive is the move itself.
      if (purpose && EndsWithAt(en, static_cast<size_t>(h.pos), "to ")) {
        for (const CueHit& l : hits)
          if (l.cue == Cue::kLeave && l.pos < h.pos) purpose = false;
      }
      if (purpose) continue;
    }
    // The English base form "hire" is a hire only as an agreed one ("has agreed to hire", an aspect row
    // right before it): not a plan ("plans to hire", "will hire more than 1,000 debt collectors", "said
    // he would hire") or a purpose ("looking to hire", "to use the money to hire").
    if (h.cue == Cue::kHire && en.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len)) == "hire" &&
        (FrameReader::Default().MoveAspect(ko, en, h.pos, h.pos + h.len) != FrameReader::Aspect::kFuture ||
         !EndsWithAt(en, static_cast<size_t>(h.pos), "agreed to ")))
      continue;
    // "almost joined", "이직할 뻔": the move did not happen.
    if ((h.cue == Cue::kJoin || h.cue == Cue::kLeave || h.cue == Cue::kHire) &&
        FrameReader::Default().MoveAspect(ko, en, h.pos, h.pos + h.len) == FrameReader::Aspect::kNear)
      continue;
    // "a startup named Glean", "a researcher named ...": naming, not appointing.
    if (h.cue == Cue::kHire && en.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len)) == "named") {
      bool naming = false;
      for (const char* w : {"startup ", "company ", "firm ", "lab ", "app ", "product ", "model ", "project ",
                            "tool ", "engineer ", "researcher ", "person ", "man ", "woman ", "aptly ", "also be "})
        naming = naming || EndsWithAt(en, static_cast<size_t>(h.pos), w);
      if (naming) continue;
    }
    // Background: "who joined Apple from Google in 2021", "2014년 입사한", "who left Calyx in June
    // to become …" (a relative clause dated by a past row).
    if (h.cue == Cue::kJoin || h.cue == Cue::kHire || h.cue == Cue::kLeave || h.cue == Cue::kAcquire) {
      const bool future = FrameReader::Default().MoveAspect(ko, en, h.pos, h.pos + h.len) == FrameReader::Aspect::kFuture;
      if (NearYear(ko, static_cast<size_t>(h.pos), static_cast<size_t>(s.start), static_cast<size_t>(s.end)) ||
          (!future && IsAsciiText(en.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len))) &&
           YearInMoveClause(en, static_cast<size_t>(h.pos + h.len), static_cast<size_t>(s.end))) ||
          (DatedSegment(ko, s.start, h.pos) && !future))
        continue;
      if (RelativePast(en, h, s.end) || AfterEarlierEvent(en, h) || KoreanPastExperience(ko, h)) continue;
    }
    if (h.cue == Cue::kStatistic && ComparisonReference(s, h)) continue;
    out.push_back(h);
  }
  return out;
}

bool Has(const std::vector<CueHit>& hits, Cue c) {
  for (const CueHit& h : hits)
    if (h.cue == c) return true;
  return false;
}

// The conjunct a negator scopes over (cues.tsv negator rows), in paragraph offsets: from the
// negator (Korean: a few words before the negated move word) to the end of the conjunct.
struct NegatedScope {
  int begin = 0, end = 0;
};

// Rows of one kind of the cue table with one value ("negator" "before").
std::vector<std::string> CueRowsOf(std::string_view kind, std::string_view value) {
  std::vector<std::string> v;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == kind && r.value == value) v.push_back(r.text);
  return v;
}

// True when the text holds a row of the cue table's `kind` (Korean rows as substrings, English
// ones as whole words of the lowercased text).
bool HasCueRowOf(std::string_view kind, std::string_view text, std::string_view lower) {
  for (const CueRow& r : CueLexicon::Default().rows()) {
    if (r.kind != kind) continue;
    if (r.text.find(" … ") != std::string::npos) {
      if (FindCueText(r.lang == "en" ? lower : text, r.text, r.lang == "en") != std::string_view::npos) return true;
      continue;
    }
    std::vector<size_t> f;
    FindAll(r.lang == "en" ? lower : text, r.text, r.lang == "en", &f);
    if (!f.empty()) return true;
  }
  return false;
}

// A decision still pending in the clause (cues.tsv kind=pending: 아직, "not yet", "yet to", "hasn't
// decided"): a negator there leaves the offer open ("hasn't decided which offer to take").
bool PendingDecision(std::string_view text, std::string_view lower) { return HasCueRowOf("pending", text, lower); }

// The events a clause read, marked as told by a medium's report when the clause says so (cues.tsv
// kind=report: "CXMT가 … 연구원 10여명을 영입했다고 보도했다") and as told as fact otherwise: a denial in
// the article drops the events only a report tells.
void MarkReported(Context* ctx, const SentenceCtx& s, const std::vector<int>& events) {
  const auto clause = [&](const std::string& t) {
    return std::string_view(t).substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start));
  };
  const bool report = HasCueRowOf("report", clause(s.blank), clause(s.lower));
  for (int ei : events) (report ? ctx->meta[static_cast<size_t>(ei)].reported : ctx->meta[static_cast<size_t>(ei)].told) = true;
}

// True when a paragraph of the article denies (cues.tsv kind=denial: 사실무근, 부인했다, "denied the
// report").
bool ArticleDenies(const Article& a) {
  for (const std::string& p : a.paragraphs) {
    std::string lower(p);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (HasCueRowOf("denial", p, lower)) return true;
  }
  return false;
}

// English: every word of lo[from, to) is a verb_group row ("will not be joining", "not expected to
// join"), so the negator before it and the move word after it are one verb group.
bool OneVerbGroup(std::string_view lo, size_t from, size_t to) {
  static const std::vector<std::string> aux = CueRowsOf("verb_group", "");
  if (to < from) return false;
  std::string_view mid = lo.substr(from, to - from);
  for (size_t i = 0; i < mid.size();) {
    if (mid[i] == ' ') {
      ++i;
      continue;
    }
    size_t e = mid.find(' ', i);
    if (e == std::string_view::npos) e = mid.size();
    if (std::find(aux.begin(), aux.end(), mid.substr(i, e - i)) == aux.end()) return false;
    i = e;
  }
  return true;
}

// The end of the conjunct from `pos` on: a comma, semicolon, sentence end, or "and"/"but"/"while"
// opening the next conjunct ("isn't joining Brightline and has left Tessellate").
int ConjunctEnd(std::string_view lo, int pos, int clause_end) {
  size_t end = static_cast<size_t>(clause_end);
  for (const char* m : {",", ";", ". ", " and ", " but ", " while ", "며 ", "고 ", "지만 "}) {
    size_t f = lo.find(m, static_cast<size_t>(pos));
    if (f != std::string_view::npos && f < end) end = f;
  }
  return static_cast<int>(end);
}

// Negators that scope over a move word of the clause (the closed negator class of cues.tsv): an
// English negator opening the move word's verb group ("isn't joining Brightline", "has not
// accepted", "decided not to join"), a Korean one closing its word ("합류하지 않고", "영입하지
// 않기로"). A pending decision ("has not yet accepted", "아직 … 않았다") is no negated move. The
// negated move words and the negation hits in their conjuncts are dropped and the conjuncts
// returned: the organizations they name are denied to the clause's people, the rest of the clause
// is read ("… and has left Tessellate"; "Chen has not accepted the offer, which remains open": the
// offer stands). Only a denial word (denied, 사실무근) denies a whole clause.
std::vector<NegatedScope> CancelNegatedMoves(const SentenceCtx& s, std::vector<CueHit>* hits) {
  static const std::vector<std::string> before = CueRowsOf("negator", "before"), after = CueRowsOf("negator", "after");
  auto move = [](Cue c) {
    return c == Cue::kJoin || c == Cue::kHire || c == Cue::kAccept || c == Cue::kLeave || c == Cue::kOffer ||
           c == Cue::kIntent || c == Cue::kDesignate;
  };
  std::string_view lo(s.lower), ko(s.blank);
  std::string_view clause = lo.substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start));
  // A decision still pending ("아직 어느 쪽 제안도 받아들이지 않은 상태다") cancels the negated move but
  // refuses nothing: the offer stays open.
  const bool pending =
      PendingDecision(ko.substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start)), clause);
  std::vector<NegatedScope> scopes;
  std::vector<bool> cancelled(hits->size(), false);
  // A negated acceptance told as done is a refusal ("did not accept", "이 제안을 받아들이지 않았다"); one
  // in the perfect or ongoing ("has not accepted the offer, which remains open", "받아들이지 않고 있다")
  // leaves the offer open.
  std::vector<bool> refused(hits->size(), false);
  for (size_t i = 0; i < hits->size(); ++i) {
    const CueHit& h = (*hits)[i];
    if (!move(h.cue)) continue;
    const bool english = IsAsciiAlpha(lo[static_cast<size_t>(h.pos)]);
    int neg = -1;
    if (english) {
      for (const std::string& row : before) {
        std::string curly = row;  // "isn’t"
        if (size_t q = curly.find('\''); q != std::string::npos) curly.replace(q, 1, "\u2019");
        for (const std::string& n : {row, curly}) {
          std::vector<size_t> found;
          FindAll(clause, n, true, &found);
          for (size_t f : found) {
            size_t at = static_cast<size_t>(s.start) + f, stop = at + n.size();
            if (stop <= static_cast<size_t>(h.pos) && OneVerbGroup(lo, stop, static_cast<size_t>(h.pos)) &&
                lo.substr(at, static_cast<size_t>(h.pos) - at).find("yet") == std::string_view::npos)
              neg = static_cast<int>(at);
          }
          if (curly == row) break;
        }
      }
      if (neg < 0) continue;
      scopes.push_back({neg, ConjunctEnd(lo, h.pos + h.len, s.end)});
      const std::string_view head = lo.substr(0, static_cast<size_t>(neg));
      refused[i] = !pending && !(head.ends_with("has ") || head.ends_with("have ") || lo.substr(static_cast<size_t>(neg)).starts_with("hasn") ||
                     lo.substr(static_cast<size_t>(neg)).starts_with("haven"));
    } else {
      const size_t end = static_cast<size_t>(h.pos + h.len);
      for (const std::string& n : after) {
        size_t f = ko.find(n, end);
        if (f == std::string_view::npos || f + n.size() > static_cast<size_t>(s.end) || f - end > 9 ||
            ko.substr(end, f - end).find_first_of(" ,.") != std::string_view::npos)
          continue;
        neg = static_cast<int>(f);
        refused[i] = !pending && StartsWith(ko, f + n.size(), "았");
        // The word before the move word holds what the move goes to ("카카오에 합류하지 않고").
        size_t b = static_cast<size_t>(h.pos);
        size_t comma = ko.rfind(',', b);
        int begin = std::max(s.start, h.pos - 30);
        if (comma != std::string_view::npos && static_cast<int>(comma) >= begin) begin = static_cast<int>(comma) + 1;
        scopes.push_back({begin, static_cast<int>(f + n.size())});
      }
      if (neg < 0) continue;
    }
    cancelled[i] = true;
  }
  if (scopes.empty()) return {};
  std::vector<CueHit> kept;
  for (size_t i = 0; i < hits->size(); ++i) {
    const CueHit& h = (*hits)[i];
    bool inside = false;
    for (const NegatedScope& n : scopes) inside = inside || (h.pos < n.end && h.pos + h.len > n.begin);
    if (cancelled[i] && refused[i] && h.cue == Cue::kAccept) {
      kept.push_back({Cue::kDecline, h.pos, h.len});
      continue;
    }
    if (cancelled[i] || (h.cue == Cue::kNegation && inside)) continue;
    kept.push_back(h);
  }
  *hits = std::move(kept);
  return scopes;
}


// "노바브레인에 최고과학책임자(CSO)로 합류했다": the organization marked by 에 is where the
// next join cue of the clause, a few words on, goes (a position may stand between).
bool KoreanGoalBeforeJoin(std::string_view p, size_t after, const std::vector<CueHit>& cues) {
  // 에 may stand before a position (60 bytes); 로/으로 only before the move verb's own object
  // ("JTBC로 자리를 옮긴다", 30 bytes).
  int window = StartsWith(p, after, "에 ") ? 60 : StartsWith(p, after, "로 ") || StartsWith(p, after, "으로 ") ? 30 : 0;
  if (window == 0) return false;
  for (const CueHit& c : cues) {
    if (c.pos < static_cast<int>(after)) continue;
    return c.cue == Cue::kJoin && c.pos - static_cast<int>(after) <= window &&
           p.substr(after, c.pos - after).find(',') == std::string_view::npos;
  }
  return false;
}

// [b, e) is one word between spaces, with no particle or comma: a modifier between an
// organization and the group it describes ("SK하이닉스 설계 엔지니어 4명", "픽셀포레스트 소속 개발자").
bool KoreanOneModifierWord(std::string_view p, int b, int e) {
  if (b < 0 || e <= b + 2 || static_cast<size_t>(e) > p.size() || e - b > 20) return false;
  std::string_view gap = p.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
  if (gap.front() != ' ' || gap.back() != ' ') return false;
  std::string_view word = gap.substr(1, gap.size() - 2);
  if (word.find_first_of(" ,.") != std::string_view::npos) return false;
  for (const char* particle : {"의", "은", "는", "이", "가", "을", "를", "에", "와", "과", "로"})
    if (EndsWithAt(word, word.size(), particle)) return false;
  return true;
}

// English: `w` ends right before `st`, or before "the " there ("offer from the X").
bool EnglishWordBefore(std::string_view lo, size_t st, std::string_view w) {
  return EndsWithAt(lo, st, w) || (EndsWithAt(lo, st, "the ") && EndsWithAt(lo, st - 4, w));
}

// Where a name at `st` may be read from: `st` itself and, when a company cue word stands right
// before it ("startup Tensorbay", "the chipmaker Zentrix"; en_company_cue rows), the starts of that
// word and of up to two words before it ("Seoul-based startup", "AI chip startup").
// A kind-of-organization noun (en_company_cue words: startup, firm; employer_names subject_noun rows:
// club, bank, university).
bool KindOfOrgNoun(std::string_view w) {
  if (extract::EntityWords::Default().Has(extract::WordList::kEnCompanyCue, w)) return true;
  for (const EmployerNameRow& r : EmployerNameTable::Default().rows())
    if (r.kind == "subject_noun" && r.lang == "en" && r.text == w) return true;
  return false;
}

std::vector<size_t> DescriptorStarts(std::string_view lo, size_t st) {
  std::vector<size_t> out = {st};
  auto word_start = [&](size_t end) {  // start of the word ending right before `end` (a space)
    if (end < 2 || lo[end - 1] != ' ') return std::string_view::npos;
    const size_t sp = lo.rfind(' ', end - 2);
    const size_t b = sp == std::string_view::npos ? 0 : sp + 1;
    const std::string_view w = lo.substr(b, end - 1 - b);
    if (w.empty() || w.find_first_of(",.;:()\"") != std::string_view::npos) return std::string_view::npos;
    return b;
  };
  size_t b = word_start(st);
  if (b == std::string_view::npos || !KindOfOrgNoun(lo.substr(b, st - 1 - b))) return out;
  out.push_back(b);
  for (int k = 0; k < 2; ++k) {
    b = word_start(b);
    if (b == std::string_view::npos) break;
    out.push_back(b);
  }
  return out;
}

// English: the "from " ending at `from_end` of `lo` belongs to an offer noun before it (cues.tsv
// kind=offer_noun: "a pay package worth as much as $300 million over four years from …", "a contract
// from …"): the noun stands within twelve words before, with only its own modifiers between (no comma,
// semicolon or sentence end, no clause word, no other offer noun read past).
bool OfferNounBefore(std::string_view lo, size_t from_end) {
  static const std::vector<std::string> nouns = [] {
    std::vector<std::string> v;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "offer_noun") v.push_back(r.text);
    return v;
  }();
  if (from_end < 6 || lo.substr(from_end - 6, 6) != " from ") return false;
  size_t at = from_end - 6;  // the space before "from"
  for (int words = 0; words < 12 && at > 0; ++words) {
    const size_t sp = lo.rfind(' ', at - 1);
    const size_t b = sp == std::string_view::npos ? 0 : sp + 1;
    std::string_view w = lo.substr(b, at - b);
    for (const std::string& n : nouns)
      if (w == n) return true;
    if (w.empty() || w.find_first_of(",;:()\"") != std::string_view::npos) return false;
    // A period ends the sentence unless it stands between digits ("$2.4 million").
    for (size_t k = 0; k < w.size(); ++k)
      if (w[k] == '.' && !(k > 0 && k + 1 < w.size() && std::isdigit(static_cast<unsigned char>(w[k - 1])) &&
                           std::isdigit(static_cast<unsigned char>(w[k + 1]))))
        return false;
    for (std::string_view stop : {"who", "which", "that", "and", "but", "after", "before", "when", "while", "to",
                                  "from", "than", "said", "says"})
      if (w == stop) return false;
    if (sp == std::string_view::npos) return false;
    at = sp;
  }
  return false;
}

// English: a group noun (cues.tsv kind=group) and "of" right before `pos` ("about 30 employees of
// Lumen Forge", "the engineers of Tidewell"): the organization the group comes from.
bool EnglishGroupOf(std::string_view lo, size_t pos) {
  if (!EndsWithAt(lo, pos, " of ")) return false;
  const size_t end = pos - 4;
  for (const GroupNoun& g : GroupNouns())
    if (g.english && EndsWithAt(lo, end, g.text) && (end == g.text.size() || !IsAsciiAlpha(lo[end - g.text.size() - 1])))
      return true;
  return false;
}

// English: the plural noun at `pos` closes "one of [the/X's …] NOUN" ("one of South Korea's top
// liquefied natural gas carrier designers"): one person, not a group.
bool OneOfPhrase(std::string_view lo, size_t pos) {
  const size_t k = lo.rfind("one of ", pos);
  if (k == std::string_view::npos || pos - k > 80 || (k > 0 && IsAsciiAlpha(lo[k - 1]))) return false;
  const std::string_view mid = lo.substr(k, pos - k);
  return mid.find_first_of(",;.") == std::string_view::npos && mid.find(" and ") == std::string_view::npos;
}

// English: what the words around the organization make it — the destination ("job at X",
// "joined X", "offer from X"), the origin ("from X", "left X", "X veteran"), an acquisition target
// ("bid for X") or a cited outlet ("according to X").
void MarkEnglishPrepositions(std::string_view lo, const std::vector<CueHit>& cues, OrgRef* o) {
  auto before = [&](std::string_view w) { return EnglishWordBefore(lo, static_cast<size_t>(o->start), w); };
  // The organization a person signs a contract with (ContractCues made the verb a move): the
  // destination, not a deal's target.
  static const std::vector<std::string> contract_nouns = CueRowsOf("contract_noun", "");
  for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start)))
    for (const std::string& n : contract_nouns)
      if (EnglishWordBefore(lo, st, n + " with "))
        for (const CueHit& c : cues)
          if (c.cue == Cue::kJoin && c.pos < static_cast<int>(st) && static_cast<int>(st) - c.pos <= 160) {
            o->dest = true;
            return;
          }
  // The position offered at an organization ("offered her a job at OpenAI"): the destination.
  for (const char* w : {"job at ", "role at ", "position at ", "post at ", "seat at ", "spot at "})
    if (before(w)) o->dest = true;
  bool offer_from = false;
  for (const char* w : {"offer from ", "offers from ", "offer by ", "bid from "})
    if (before(w)) offer_from = true;
  // "a pay package worth … from artificial intelligence startup Helix Labs": the offer noun's "from".
  for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start)))
    if (!offer_from && (OfferNounBefore(lo, st) || (EndsWithAt(lo, st, "the ") && OfferNounBefore(lo, st - 4))))
      offer_from = true;
  if (offer_from) {
    o->dest = true;
  } else if (before("from ") || before("formerly of ") || before("formerly at ") || before("left ") ||
             before("leaving ") || before("departed ") || before("quit ") || before("leave ") ||
             before("previously at ") || before("previously worked at ") || before("veteran of ") ||
             before("alum of ") || before("departure from ") || before("team of ")) {
    // ("the entire 14-person engineering team of Tidewell": the team's company.)
    o->prev = true;
  } else {
    // (Across a descriptor: "40 researchers of the shuttered Quill Robotics".)
    for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start)))
      if (EnglishGroupOf(lo, st) || (EndsWithAt(lo, st, "the ") && EnglishGroupOf(lo, st - 4))) o->prev = true;
  }
  // (Across a kind-of-organization descriptor: "joins from Swedish club Hammarby".)
  if (!offer_from && !o->prev)
    for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start)))
      if (st != static_cast<size_t>(o->start) && EnglishWordBefore(lo, st, "from ")) o->prev = true;
  if (before("join ") || before("joined ") || before("joins ") || before("joining ") ||
      before("hired by ") || before("poached by ") || before("recruited by ") || before("lured to ") ||
      before("moved to ") || before("moving to ") || before("defected to ") || before("jumped to ") ||
      before("jumps to ") || before("signed with ") || before("headed to ") || before("heading to ") ||
      before("acquired by ") || before("snapped up by ") || before("offer to join ") ||
      before("to join ") || before("move to ") || before("leave for ") || before("left for ") ||
      before("joining rival ") || before("join rival ") || before("joined rival ") ||
      before("stay at ") || before("stay with ") || before("stays at ") || before("stays with ") ||
      before("remain at ") || before("remain with ") || before("staying at ") || before("staying with ") ||
      before("started at ") || before("starts at ") || before("start at "))
    o->dest = true;
  for (const CueHit& c : cues)
    if (c.cue == Cue::kLeave && c.pos < o->start && before("for ")) o->dest = true;
  // (Across a company descriptor: "to acquire Seoul-based startup Tensorbay", "bought the AI chip
  // startup Zentrix".)
  // "bid for DeepMind researcher": the organization names a person's employer, the bid is for the
  // person (a title word right after it), not for the company.
  const bool modifies_title = [&] {
    size_t w = static_cast<size_t>(o->end);
    if (!StartsWith(lo, w, " ")) return false;
    size_t we = lo.find_first_of(" ,.;:'", w + 1);
    if (we == std::string_view::npos) we = lo.size();
    std::string_view word = lo.substr(w + 1, we - w - 1);
    return extract::EntityWords::Default().Has(extract::WordList::kEnTitle, word);
  }();
  for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start))) {
    if (modifies_title) break;
    auto before_d = [&](std::string_view w) { return EnglishWordBefore(lo, st, w); };
    if (before_d("acquire ") || before_d("acquisition of ") || before_d("buy ") || before_d("takeover of ") ||
        before_d("bid for ") || before_d("acquiring ") || before_d("acquired ") || before_d("bought ") || before_d("acqui-hire of ") || before_d("acquihire of ") ||
        before_d("deal for ") || before_d("deal with ") || before_d("license ") || before_d("licensing deal with "))
      o->target = true;
  }
  for (const char* c : kEnglishCiteBefore)
    if (before(c)) o->cited = true;
  size_t e = static_cast<size_t>(o->end);
  for (const char* c : kEnglishCiteAfter)
    if (StartsWith(lo, e, c)) o->cited = true;
  if (StartsWith(lo, e, " veteran") || StartsWith(lo, e, " alum") || StartsWith(lo, e, " alumnus") ||
      StartsWith(lo, e, " alumni"))
    o->prev = true;
}

// Relations of an organization mention to the sentence's hiring cues.
void ClassifyOrg(const SentenceCtx& s, const std::vector<CueHit>& cues, OrgRef* o) {
  std::string_view p = s.text;
  std::string_view lo = s.lower;
  size_t after = SkipNoise(p, static_cast<size_t>(o->end));
  // Korean endings right after the name.
  // "네이버 클로바 출신": one unit word between the organization and 출신 (or 소속).
  // Up to two unit words, the last one marked: "구글 딥마인드 런던 연구소에서".
  bool unit_origin = false;
  for (size_t at = after, word = 0; word < 2 && StartsWith(p, at, " "); ++word) {
    size_t sp = p.find_first_of(" ,", at + 1);
    if (sp == std::string_view::npos || sp - at - 1 > 15 || sp == at + 1) break;
    unit_origin = StartsWith(p, sp, " 출신") || StartsWith(p, sp, " 소속") || EndsWithAt(p, sp, "에서");
    if (unit_origin) break;
    at = sp;
  }
  // "미래에셋증권 IB2부문 소속 김태준 전무와 …": where the people named after it belong before the move.
  if (unit_origin || StartsWith(p, after, "에서") || StartsWith(p, after, " 출신") || StartsWith(p, after, "출신") ||
      StartsWith(p, after, " 소속 ") ||
      StartsWith(p, after, "를 떠나") || StartsWith(p, after, "을 떠나") ||
      StartsWith(p, after, "를 나와") || StartsWith(p, after, "을 나와") ||
      StartsWith(p, after, "를 퇴사") || StartsWith(p, after, "을 퇴사"))
    o->prev = true;
  std::string_view before_tok = PrevToken(p, static_cast<size_t>(o->start));
  if (before_tok == "전" || before_tok == "前" || before_tok == "former" || before_tok == "Former" ||
      EndsWithAt(p, static_cast<size_t>(o->start), "ex-"))
    o->prev = true;
  if (StartsWith(p, after, "에 합류") || StartsWith(p, after, "로 합류") || StartsWith(p, after, "으로 합류") ||
      StartsWith(p, after, "에 입사") || StartsWith(p, after, "로 이직") || StartsWith(p, after, "으로 이직") ||
      StartsWith(p, after, "로 이적") || StartsWith(p, after, "으로 이적") || StartsWith(p, after, "로 옮") ||
      StartsWith(p, after, "으로 옮") || StartsWith(p, after, "에 영입") || StartsWith(p, after, "행을") ||
      StartsWith(p, after, "행이") || StartsWith(p, after, "에 새 둥지") || StartsWith(p, after, "로부터") ||
      StartsWith(p, after, "의 제안") || StartsWith(p, after, "의 영입") || StartsWith(p, after, "에 둥지"))
    o->dest = true;
  if (KoreanGoalBeforeJoin(p, after, cues)) o->dest = true;
  // Japanese: the particle after the name gives its role ("グーグルから" source, "ソラリスに加わる"
  // goal of a join, "ソラリスが/は … 提示" the employer as subject).
  const std::string_view ja = IsJapaneseText(p) ? JapaneseParticleAt(p, after) : std::string_view();
  if (ja == "source") o->prev = true;
  if (ja == "poss") o->poss = true;
  if (ja == "dest") o->dest = true;
  if (ja == "goal")
    for (const CueHit& c : cues)
      if (c.pos >= static_cast<int>(after)) {
        if (c.cue == Cue::kJoin && c.pos - static_cast<int>(after) <= 60) o->dest = true;
        break;
      }
  // "삼성전자 합류를 약속했다", "오픈AI 입사 제안": the organization modifying the move noun.
  for (const char* noun : {" 합류", " 입사", " 이직", " 이적"})
    if (StartsWith(p, after, noun)) o->dest = true;
  if (StartsWith(p, after, " 인수") || StartsWith(p, after, "를 인수") || StartsWith(p, after, "을 인수") ||
      StartsWith(p, after, "의 인수") || StartsWith(p, after, " 인수에"))
    o->target = true;
  for (const char* c : kKoreanCiteAfter)
    if (StartsWith(p, after, c)) o->cited = true;
  if (StartsWith(p, after, "의 ") || StartsWith(p, after, "'s ") || StartsWith(p, after, "’s "))
    o->poss = true;
  // "to compensate him for Target stock he will forfeit": the company whose stock (cues.tsv term rows
  // of value stock) the person holds is where they come from, not the one offering.
  if (StockOfOrg(lo, after)) o->prev = true;
  // Korean subject/topic particles: employer when an employer-side cue follows.
  bool ko_subject = ja == "subject" || ja == "topic" || StartsWith(p, after, "는 ") || StartsWith(p, after, "은 ") ||
                    StartsWith(p, after, "가 ") || StartsWith(p, after, "이 ") ||
                    StartsWith(p, after, "측은") || StartsWith(p, after, "측이") ||
                    StartsWith(p, after, "도 ") || StartsWith(p, after, "는,") ||
                    StartsWith(p, after, "은,");
  // Korean: an organization as the topic before a person's join it announces ("세광은 최 전 국장과 … 3명이
  // 이달 합류했다고 밝혔다", cues.tsv kind=announce): it tells its own hire, the employer.
  if (IsKoreanText(p) && (StartsWith(p, after, "은 ") || StartsWith(p, after, "는 ")))
    for (const CueHit& c : cues)
      if (c.pos >= o->end) {
        const size_t from = static_cast<size_t>(c.pos);
        const size_t stop = std::min(p.size(), p.find_first_of(".,", from));
        if (c.cue == Cue::kJoin && HasCueRowOf("announce", p.substr(from, stop - from), lo.substr(from, stop - from)))
          o->subject = true;
        break;
      }
  // English prepositions before the name.
  MarkEnglishPrepositions(lo, cues, o);
  auto before = [&](std::string_view w) { return EnglishWordBefore(lo, static_cast<size_t>(o->start), w); };
  // Japanese: the organization marked が/は that announces a join or designation ("ソニーグループは、
  // 鈴木氏が社長に就任する人事を発表した") is the employer, as the subject of an employer-side verb is.
  if (ja == "subject" || ja == "topic")
    for (const CueHit& c : cues)
      if (c.pos >= o->end) {
        if (c.cue == Cue::kJoin || c.cue == Cue::kDesignate) o->subject = true;
        break;
      }
  // Subject of an employer-side verb: the org is the nearest org before the verb.
  for (const CueHit& c : cues) {
    bool employer_cue = c.cue == Cue::kOffer || c.cue == Cue::kHire || c.cue == Cue::kIntent ||
                        c.cue == Cue::kRaise || c.cue == Cue::kAcquire || c.cue == Cue::kAcquihire ||
                        c.cue == Cue::kDesignate;
    if (!employer_cue || c.pos < o->end) continue;
    bool english = IsAsciiAlpha(p[c.pos]);
    if (english) {
      // "Meta hired", "Meta has offered", "Meta, the parent of Facebook, offered"; not
      // "a co-founder of X ... offered", "X's ... offer".
      bool prep = before("of ") || before("at ") || before("from ") || before("for ") || before("with ") ||
                  before("by ") || before("to ") || before("in ") || before("on ");
      bool poss_noun = o->poss && c.pos - o->end <= 40 &&
                       (c.cue == Cue::kAcquire || c.cue == Cue::kOffer || c.cue == Cue::kIntent);
      if ((c.pos - o->end <= 80 && !prep && !o->poss) || poss_noun) o->subject = true;
    } else if (ko_subject) {
      o->subject = true;
    }
    break;
  }
  if (o->dest || o->prev || o->target || o->cited) o->subject = o->subject && !o->prev && !o->cited;
}

bool IsExecutiveOf(const Entity& person, const std::string& employer) {
  for (const Role& r : person.roles) {
    std::string t = ToLowerAscii(r.title);
    for (const char* x : kExecutiveTitles)
      if (t.find(x) != std::string::npos && (r.organization.empty() || r.organization == employer))
        return !r.organization.empty();
  }
  return false;
}

// Title words right before or after a person mention ("CEO 마크 저커버그", "마크 저커버그 CEO").
bool HasExecutiveTitleNear(std::string_view p, int start, int end) {
  size_t b = start > 24 ? static_cast<size_t>(start - 24) : 0;
  std::string before = ToLowerAscii(p.substr(b, static_cast<size_t>(start) - b));
  std::string after = ToLowerAscii(p.substr(static_cast<size_t>(end), 24));
  for (const char* x : kExecutiveTitles) {
    std::string_view xv(x);
    if (xv == "대표" || xv == "cto" || xv == "최고기술책임자") continue;  // ambiguous for candidates
    if (before.find(x) != std::string::npos || after.find(x) != std::string::npos) return true;
  }
  return false;
}

bool IsSimile(std::string_view p, std::string_view lo, int start, int end) {
  // "스테판 커리나 르브론 제임스처럼", "like LeBron James", "the next Steve Jobs".
  std::string_view tail = p.substr(static_cast<size_t>(end), 40);
  size_t cut = tail.find_first_of(",.");
  if (cut != std::string_view::npos) tail = tail.substr(0, cut);
  for (const char* w : {"처럼", "같이", "만큼", "과 같은", "와 같은", "같은 "}) {
    size_t f = tail.find(w);
    if (f != std::string_view::npos && f <= 30) {
      // Only a particle, or another listed name, may stand in between.
      std::string_view mid = tail.substr(0, f);
      // "박종수 사장은 같은 날": a name closed by a case particle is no comparison; 같은 modifies
      // the noun after it.
      bool closed = false;
      for (const char* particle : {"은 ", "는 ", "이 ", "가 ", "을 ", "를 ", "도 "})
        closed = closed || (mid.size() >= 4 && EndsWithAt(mid, mid.size(), particle));
      if (closed) continue;
      if (mid.find(' ') == std::string_view::npos || mid.size() <= 24) return true;
    }
  }
  size_t st = static_cast<size_t>(start);
  if (EndsWithAt(lo, st, "like ") || EndsWithAt(lo, st, "the next ") || EndsWithAt(lo, st, "such as ") ||
      EndsWithAt(lo, st, "likened to ") || EndsWithAt(lo, st, "compared to "))
    return true;
  return false;
}

// The person is the grammatical subject of the offering side's action: "마크 저커버그가 직접
// 나서 제안을 두 배로 높였고", "머스크 CEO는 … 합류를 설득한", "Zuckerberg personally called him",
// "Altman offered her". Korean: subject particle (after an optional title word), then an
// offering-side verb before the clause ends; English: "personally"/"himself" right after, or
// an employer-side cue right after the name (past a few auxiliaries and adverbs).
// End of the subject/topic particle closing a Korean name, glued to it or to one title word
// after it ("머스크 CEO는"); 0 when there is none.
size_t SubjectParticleEnd(std::string_view p, size_t end) {
  static const char* const kParticles[] = {"께서", "가", "이", "는", "은"};
  for (const char* particle : kParticles)
    if (StartsWith(p, end, particle)) return end + std::string_view(particle).size();
  if (!StartsWith(p, end, " ")) return 0;
  size_t next = p.find_first_of(" ,.", end + 1);
  if (next == std::string_view::npos || next - end > 13) return 0;
  for (const char* particle : kParticles)
    if (EndsWithAt(p, next, particle) && next - end - 1 > std::string_view(particle).size()) return next;
  return 0;
}

bool ActsForEmployer(std::string_view p, std::string_view lo, int end, const std::vector<CueHit>& cues) {
  if (size_t pe = SubjectParticleEnd(p, static_cast<size_t>(end)); pe > 0) {
    std::string_view clause = p.substr(pe, 80);
    for (const char* stop : {",", ".", "자 ", "지만", "했고"}) {
      size_t cut = clause.find(stop);
      if (cut != std::string_view::npos) clause = clause.substr(0, cut);
    }
    for (const char* w : {" 직접", "직접 ", " 나서", "높였", "올렸", "끌어올", "설득", "제안했", "제시했", "영입했",
                          "러브콜을 보냈"})
      if (clause.find(w) != std::string_view::npos) return true;
    return false;
  }
  size_t at = static_cast<size_t>(end);
  for (const char* w : {" personally", " himself", " herself"})
    if (StartsWith(lo, at, w)) return true;
  // "Altman offered her", "Zuckerberg has personally courted him".
  for (int guard = 0; guard < 3; ++guard) {
    bool moved = false;
    for (const char* w : {" has", " had", " also", " then", " later", " reportedly", " first"})
      if (StartsWith(lo, at, w) && (at + std::string_view(w).size() >= lo.size() || lo[at + std::string_view(w).size()] == ' ')) {
        at += std::string_view(w).size();
        moved = true;
      }
    if (!moved) break;
  }
  if (at < lo.size() && lo[at] == ' ') ++at;
  for (const CueHit& c : cues)
    if (static_cast<size_t>(c.pos) == at &&
        (c.cue == Cue::kOffer || c.cue == Cue::kIntent || c.cue == Cue::kHire || c.cue == Cue::kRaise))
      return true;
  return false;
}

// The reporter title at `at` (its `len` bytes) is closed by a Korean recipient or object particle (cues.tsv
// particle rows, ko recipient / object): the person is an argument of the clause ("KTN 앵커 서지아 기자에게 연봉
// 5억원을 제시했다", "박민호 기자를 영입했다"), the title their job, not a byline's.
bool ReporterTitleInClause(std::string_view p, size_t at, size_t len) {
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "particle" && r.lang == "ko" && (r.value == "recipient" || r.value == "object") &&
        StartsWith(p, at + len, r.text) &&
        (at + len + r.text.size() == p.size() || !(p[at + len + r.text.size()] & 0x80)))
      return true;
  return false;
}

// "김민수 기자", "홍길동 특파원": a reporter's name (the title right after it), unless the title is closed by a
// particle of an argument (ReporterTitleInClause).
bool IsReporter(std::string_view p, int end) {
  size_t e = static_cast<size_t>(end);
  for (const char* w : {" 기자", " 특파원", " 통신원"})
    if (StartsWith(p, e, w)) return !ReporterTitleInClause(p, e + 1, std::string_view(w).size() - 1);
  if (StartsWith(p, e, "기자 ")) return true;
  return StartsWith(p, e, "기자") && (e + 6 == p.size() || !(p[e + 6] & 0x80));
}

// "정 박사 외에도 …연구자들에게", "besides Pang, …": the person is set aside; the clause is about
// someone else.
bool IsSetAside(std::string_view p, std::string_view lo, int start, int end) {
  std::string_view after = p.substr(static_cast<size_t>(end), 16);
  for (const char* w : {"외에도", "외에", "말고도", "뿐 아니라", "뿐만 아니라"}) {
    size_t f = after.find(w);
    // Only a short title ("박사", "씨") may stand between the name and the marker.
    if (f != std::string_view::npos && f <= 8 && after.substr(0, f).find("에게") == std::string_view::npos)
      return true;
  }
  size_t st = static_cast<size_t>(start);
  for (const char* w : {"besides ", "in addition to ", "apart from ", "aside from "})
    if (EndsWithAt(lo, st, w)) return true;
  return false;
}

// English: the person whose possessive opens a pay phrase ("Raman's pay package is worth …", "Cole's
// annual salary", "Kim's new contract"): a pay row of the cue table (kind amount, value pay) within
// the three words after "'s". That person is paid, not a leader of something else.
bool PossessivePayee(std::string_view lo, int end) {
  size_t at = static_cast<size_t>(end);
  if (StartsWith(lo, at, "'s ")) at += 3;
  else if (StartsWith(lo, at, "\u2019s ")) at += 5;
  else return false;
  static const std::vector<std::string> pay = CueRowsOf("amount", "pay");
  for (int word = 0; word < 3 && at < lo.size(); ++word) {
    size_t e = at;
    while (e < lo.size() && ((lo[e] >= 'a' && lo[e] <= 'z') || lo[e] == '-')) ++e;
    const std::string_view w = lo.substr(at, e - at);
    if (w.empty()) return false;
    if (std::find(pay.begin(), pay.end(), w) != pay.end()) return true;
    if (e >= lo.size() || lo[e] != ' ') return false;
    at = e + 1;
  }
  return false;
}

// A raise cue that names a counter-offer ("counteroffer", "counter-offer", 역제안, 카운터오퍼, 맞제안).
bool CounterWord(std::string_view w) {
  return w.find("counter") != std::string_view::npos || w == "역제안" || w == "카운터오퍼" || w == "맞제안";
}

bool IsLeaderOfOther(std::string_view p, std::string_view lo, int end) {
  size_t e = static_cast<size_t>(end);
  for (const char* w : {"가 이끄는", "이 이끄는", "가 세운", "이 세운", "가 설립한", "이 설립한",
                        "가 창업한", "이 창업한", "가 공동 창업한", "이 공동 창업한"})
    if (StartsWith(p, e, w)) return true;
  for (const char* w : {"-led", "'s ", "’s "})
    if (StartsWith(lo, e, w)) return true;
  return false;
}

int EnglishCountWord(std::string_view tok, size_t max_digits) {
  if (tok.empty()) return -1;
  // A compound size ("40-person team", "14-member unit") counts its digits.
  for (std::string_view unit : {"-person", "-member", "-strong"})
    if (tok.size() > unit.size() && tok.ends_with(unit)) {
      tok.remove_suffix(unit.size());
      break;
    }
  bool digits = std::all_of(tok.begin(), tok.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && tok.size() <= max_digits) return std::stoi(std::string(tok));
  for (int i = 0; i < 21; ++i)
    if (tok == kEnglishNumbers[i]) return i;
  if (tok == "dozen") return 12;
  return -1;
}

int ParseCountBefore(std::string_view p, std::string_view lo, size_t pos) {
  // "3명의 연구원", "연구원 3명" handled by caller; here English "three researchers", "12 engineers".
  std::string_view tok = PrevToken(lo, pos);
  if (tok.empty()) return -1;
  int n = EnglishCountWord(tok, 5);
  if (n >= 0) return n;
  // Up to three lower-case modifier words between the count and the noun ("three veteran
  // developers", "three mergers and acquisitions partners"), none a function word ("one of the
  // engineers" counts no group); digits then only below 1000, never a year.
  static const std::set<std::string_view> kFunction = {"of", "the", "a", "an", "its", "their", "his", "her",
                                                       "from", "at", "in", "for", "with", "to", "by", "on"};
  for (int words = 0; words < 3; ++words) {
    const size_t tb = static_cast<size_t>(tok.data() - lo.data());
    const bool modifier = std::all_of(tok.begin(), tok.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                          tb < p.size() && p[tb] >= 'a' && p[tb] <= 'z' && !kFunction.count(tok);
    if (!modifier) return -1;
    tok = PrevToken(lo, tb);
    if (tok.empty()) return -1;
    n = EnglishCountWord(tok, 3);
    if (n >= 0) return n;
  }
  return -1;
}

// Words of an approximate count (cues.tsv kind=approx): "about", "more than".
const std::vector<std::string>& ApproxWords() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const CueRow& r : CueLexicon::Default().rows())
      if (r.kind == "approx" && r.lang == "en") out.push_back(r.text);
    return out;
  }();
  return words;
}

// English: the count before the group noun at `pos` states how many work somewhere, not how many move:
// a headcount row (cues.tsv: has, employs) right before it, past approx words ("has about 70 employees
// in total", "currently employs more than 300 engineers"), or the count closes a range ("grow from 120
// to 200 staff"). Up to three modifier words may stand between the count and the noun.
bool HeadCountBefore(std::string_view lo, size_t pos) {
  std::string_view tok = PrevToken(lo, pos);
  for (int words = 0; words < 4 && !tok.empty() && EnglishCountWord(tok, 5) < 0; ++words)
    tok = PrevToken(lo, static_cast<size_t>(tok.data() - lo.data()));
  if (tok.empty() || EnglishCountWord(tok, 5) < 0) return false;
  size_t at = static_cast<size_t>(tok.data() - lo.data());
  while (at > 0 && lo[at - 1] == ' ') --at;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const std::string& w : ApproxWords())
      if (EndsWithAt(lo, at, w) && (at == w.size() || lo[at - w.size() - 1] == ' ')) {
        at -= w.size();
        while (at > 0 && lo[at - 1] == ' ') --at;
        stripped = true;
      }
  }
  const std::string_view verb = PrevToken(lo, at);
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "headcount" && r.lang == "en" && verb == r.text) return true;
  // "from 120 to 200 staff": the end of a range.
  if (verb == "to") {
    const std::string_view low = PrevToken(lo, static_cast<size_t>(verb.data() - lo.data()));
    return !low.empty() && EnglishCountWord(low, 5) >= 0 &&
           PrevToken(lo, static_cast<size_t>(low.data() - lo.data())) == "from";
  }
  return false;
}

// English: the group noun at `pos` after "its" / "their" (at most two modifier words between) that follows a verb
// of paying (cues.tsv kind=staff_pay: "several times what Mizuhara pays its domestic executives", "more than the
// bank paid their senior traders") names the staff an organization pays now, the term of a comparison: no group
// that moves.
bool PaidStaffBefore(std::string_view lo, size_t pos) {
  std::string_view tok = PrevToken(lo, pos);
  for (int words = 0; words < 3 && !tok.empty() && tok != "its" && tok != "their"; ++words)
    tok = PrevToken(lo, static_cast<size_t>(tok.data() - lo.data()));
  if (tok != "its" && tok != "their") return false;
  const std::string_view verb = PrevToken(lo, static_cast<size_t>(tok.data() - lo.data()));
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "staff_pay" && r.lang == "en" && verb == r.text) return true;
  return false;
}

// English: the count after a group noun, "team of (about) N NOUN" ("a research team of about 40
// people", "NordFuel's team of 25 engineers"): a group counted like "40-person team". `*end` becomes
// the end of the counted phrase (its count, and the noun after it when one lowercase word follows).
int ParseCountAfterOf(std::string_view lo, size_t noun_end, size_t* end) {
  if (!StartsWith(lo, noun_end, " of ")) return -1;
  size_t at = noun_end + 4;
  for (const std::string& w : ApproxWords())
    if (StartsWith(lo, at, w) && at + w.size() < lo.size() && lo[at + w.size()] == ' ') {
      at += w.size() + 1;
      break;
    }
  size_t e = lo.find_first_of(" ,.;:)", at);
  if (e == std::string_view::npos) e = lo.size();
  const int n = EnglishCountWord(lo.substr(at, e - at), 5);
  if (n <= 0) return -1;
  *end = e;
  if (e < lo.size() && lo[e] == ' ') {
    size_t w = e + 1, we = w;
    while (we < lo.size() && lo[we] >= 'a' && lo[we] <= 'z') ++we;
    if (we > w) *end = we;
  }
  return n;
}

// `*approx` (when given) is set for an approximate count ("40여명", "30여 명").
int ParseKoreanCount(std::string_view p, size_t start, size_t end, bool* approx = nullptr) {
  // Digits followed by 명 (Japanese 人) within a few bytes before or after the noun.
  auto digits_before = [&](size_t pos) {
    if (EndsWithAt(p, pos, " ")) --pos;
    const bool about = EndsWithAt(p, pos, "여");
    if (about) pos -= std::string_view("여").size();
    size_t b = pos;
    while (b > 0 && p[b - 1] >= '0' && p[b - 1] <= '9') --b;
    if (b == pos || pos - b > 5) return -1;
    if (approx) *approx = about;
    return std::stoi(std::string(p.substr(b, pos - b)));
  };
  size_t win_b = start > 16 ? start - 16 : 0;
  std::string_view before = p.substr(win_b, start - win_b);
  size_t m = before.rfind("명");
  if (m == std::string_view::npos) m = before.rfind("人");
  if (m != std::string_view::npos) {
    int n = digits_before(win_b + m);
    if (n >= 0) return n;
  }
  std::string_view after = p.substr(end, 16);
  m = std::min(after.find("명"), after.find("人"));
  if (m != std::string_view::npos) {
    size_t d = end + m;
    int n = digits_before(d);
    if (n >= 0) return n;
  }
  return -1;
}

// Korean: the sentence [start, end) of paragraph `p` opens its frame with a word closed by a
// zero_subject row of the cue table before its first candidate ("외부 인재로는 X를 영입했다") and no
// organization in it is the subject or topic (ORG은/는/이/가): its subject is dropped.
bool KoreanFramedZeroSubject(std::string_view p, int start, int end, const std::vector<OrgRef>& orgs,
                             const std::vector<Candidate>& cands) {
  int first = end;
  for (const Candidate& c : cands) first = std::min(first, c.start);
  bool framed = false;
  for (const std::string& w : CuePhrases("zero_subject"))
    for (size_t f = p.find(w + " ", static_cast<size_t>(start)); !framed && f != std::string_view::npos && f + w.size() <= static_cast<size_t>(first);
         f = p.find(w + " ", f + 1))
      framed = true;
  if (!framed) return false;
  for (const OrgRef& o : orgs) {
    if (o.start < start || o.end > end) continue;
    for (const char* particle : {"은 ", "는 ", "이 ", "가 "})
      if (StartsWith(p, static_cast<size_t>(o.end), particle)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------

int FindOrCreate(Context* ctx, const Candidate& c, const std::string& employer, EventType type) {
  // Same candidate: the most recent event with a compatible employer.
  for (int i = static_cast<int>(ctx->events.size()) - 1; i >= 0; --i) {
    Event& e = ctx->events[i];
    bool acq = e.type == EventType::kAcquisitionAttempt;
    if ((type == EventType::kAcquisitionAttempt) != acq) continue;
    if (e.candidate != c.name) continue;
    if (!employer.empty() && !e.employer.empty() && e.employer != employer) continue;
    if (e.employer.empty()) e.employer = employer;
    return i;
  }
  if (employer.empty() && type != EventType::kDeparture) return -1;
  if (ctx->events.size() >= kMaxEvents) return -1;
  Event e;
  e.type = type;
  e.employer = employer;
  e.candidate = c.name;
  e.candidate_kind = c.kind;
  e.candidate_count = c.count;
  e.previous_employer = c.previous;
  e.role = c.role;
  ctx->events.push_back(std::move(e));
  ctx->meta.push_back({});
  return static_cast<int>(ctx->events.size()) - 1;
}

void AddTimeline(Event* e, const std::string& step) {
  if (e->timeline.empty() || e->timeline.back() != step) e->timeline.push_back(step);
}

void AddTerms(Offer* o, const std::string& t) {
  if (std::find(o->terms.begin(), o->terms.end(), t) == o->terms.end()) o->terms.push_back(t);
}

// Pay terms named in a text (rows of kind "term" in the cue table): Korean and Japanese rows as
// substrings of `text`, English rows as whole words of `lower`. Positions are offsets into them.
struct TermHit {
  int pos, end;
  std::string term;
};
std::vector<TermHit> FindTerms(std::string_view text, std::string_view lower) {
  std::vector<TermHit> out;
  for (const CueRow& r : CueLexicon::Default().rows()) {
    if (r.kind != "term") continue;
    std::vector<size_t> found;
    FindAll(r.lang == "en" ? lower : text, r.text, r.lang == "en", &found);
    for (size_t f : found) out.push_back({static_cast<int>(f), static_cast<int>(f + r.text.size()), r.value});
  }
  return out;
}

std::vector<std::string> SentenceTerms(std::string_view ko, std::string_view lo) {
  std::vector<std::string> t;
  for (const TermHit& h : FindTerms(ko, lo))
    if (std::find(t.begin(), t.end(), h.term) == t.end()) t.push_back(h.term);
  return t;
}

// Bytes between a term word and the amount it names ("계약금 50억원", "주식 보상 800만 달러",
// "$5 million signing bonus", "$40 million in stock"); -1 when it is not next to it.
int TermDistance(const TermHit& t, const Amount& m) {
  if (t.end <= m.start && m.start - t.end <= 16) return m.start - t.end;
  if (m.end <= t.pos && t.pos - m.end <= 4) return t.pos - m.end;
  return -1;
}

// The KRW/USD gloss partner of stated amount `idx` ("1억2500만 달러(약 1756억원)") into `o`.
void AddGlossPartner(const Article& a, int idx, Offer* o) {
  for (size_t j = 0; j < a.money.size(); ++j)
    if (a.money[j].glosses == idx) {
      const Amount& g = a.money[j];
      if (g.currency == "KRW") o->krw = g.value;
      if (g.currency == "USD") o->usd = g.value;
    }
}

Offer OfferFromAmount(const Article& a, int idx) {
  const Amount& m = a.money[idx];
  Offer o;
  o.amount = idx;
  o.currency = m.currency;
  o.value = m.value.empty() ? m.high : m.value;
  o.kind = m.kind;
  o.usd = m.usd;
  o.krw = m.krw;
  o.rate = m.rate;
  o.rate_source = m.rate_source;
  if (m.period == "annual") AddTerms(&o, "annual");
  if (m.period == "first_year") AddTerms(&o, "first_year");
  if (m.period == "total") AddTerms(&o, "total");
  if (m.period.rfind("over_", 0) == 0) AddTerms(&o, "multi_year");
  if (m.currency == "USD" && o.usd.empty()) o.usd = o.value;
  if (m.currency == "KRW" && o.krw.empty()) o.krw = o.value;
  return o;
}

bool IsFirstYear(const Article& a, int idx) {
  const Amount& m = a.money[idx];
  if (m.period == "first_year") return true;
  const std::string& p = a.paragraphs[m.paragraph];
  size_t b = m.start > 24 ? static_cast<size_t>(m.start - 24) : 0;
  std::string around = ToLowerAscii(std::string_view(p).substr(b, static_cast<size_t>(m.end) + 24 - b));
  // The amount's own phrase up to the clause's punctuation ("$40 million of it paid in the first
  // year", "5000만 달러는 첫해에 지급"): a part of the total stated before it.
  std::string_view rest = std::string_view(p).substr(static_cast<size_t>(m.end), 48);
  rest = rest.substr(0, std::min(rest.size(), rest.find_first_of(",;.")));
  around += " " + ToLowerAscii(rest);
  return around.find("첫 해") != std::string::npos || around.find("1년 차") != std::string::npos ||
         around.find("1년차") != std::string::npos || around.find("첫해") != std::string::npos ||
         around.find("初年度") != std::string::npos ||
         around.find("first year") != std::string::npos || around.find("first-year") != std::string::npos;
}

// A "person" whose words are all job-title words ("Executive Officer", "Vice President") is a
// title the recognizer took for a name.
bool IsTitleOnly(std::string_view name) {
  static const char* const kTitleWords[] = {
      "chief", "executive", "officer", "vice", "president", "senior", "director", "head",
      "managing", "general", "manager", "chairman", "chairwoman", "founder", "co-founder",
      "cofounder", "technology", "operating", "financial", "commercial", "scientist", "partner",
      "principal", "lead", "engineer", "researcher", "spokesperson", "spokesman", "spokeswoman"};
  bool any = false;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j == i) break;
    std::string w = ToLowerAscii(name.substr(i, j - i));
    bool title = false;
    for (const char* t : kTitleWords) title = title || w == t;
    if (!title) return false;
    any = true;
    i = j;
  }
  return any;
}

// A stay cue with no organization right at it ("회사에 남기로", "decided to stay") rather than
// "구글에 남기로" / "stay at Google".
// A counter-offer or retention word (cues.tsv retain rows) in a lowercased clause, as a whole word.
bool RetainWordIn(std::string_view lower) {
  for (const std::string& w : CuePhrases("retain")) {
    std::vector<size_t> at;
    FindAll(lower, w, true, &at);
    if (!at.empty()) return true;
  }
  return false;
}

bool BareStay(const std::vector<OrgRef>& orgs, const CueHit& h) {
  for (const OrgRef& o : orgs) {
    if (o.end <= h.pos && h.pos - o.end <= 8) return false;
    if (o.start >= h.pos + h.len && o.start - (h.pos + h.len) <= 5) return false;
  }
  return true;
}

// English: where the relative clause of the name ending at `end` starts: past ", who " right after the
// name or after one apposition ("Ana Ruiz, its founder, who …"); npos when there is none.
size_t WhoRelativeAt(std::string_view lo, int end) {
  size_t at = static_cast<size_t>(end);
  if (!StartsWith(lo, at, ", ")) return std::string_view::npos;
  if (!StartsWith(lo, at, ", who ")) {
    const size_t comma = lo.find(',', at + 2);
    if (comma == std::string_view::npos || lo.substr(at + 2, comma - at - 2).find_first_of(".;") != std::string_view::npos)
      return std::string_view::npos;
    at = comma;
    if (!StartsWith(lo, at, ", who ")) return std::string_view::npos;
  }
  return at + 6;
}

// English: the person is the antecedent of a relative clause of their own that tells a move ("The
// group is led by Vikram Joshi, formerly a vice president at Qualcomm, who has joined Calder as chief
// architect", "X, who was named …"): ", who" right after the name or after one apposition, and in
// that relative clause (up to the next comma or sentence end) a join or hire cue row or a frames
// trigger. The relative pronoun stands for the person, so the clause's move is theirs whatever
// relation the main clause gives them.
bool HeadsMoveRelative(std::string_view lo, int end) {
  size_t at = WhoRelativeAt(lo, end);
  if (at == std::string_view::npos) return false;
  size_t stop = lo.find_first_of(",.;", at);
  std::string_view rel = lo.substr(at, (stop == std::string_view::npos ? lo.size() : stop) - at);
  if (FrameReader::Default().HasTrigger(rel, rel)) return true;
  const auto& rows = CueLexicon::Default().rows();
  for (int i : CueLexicon::Default().RowsIn(rel))
    if (rows[i].kind == "cue" && (rows[i].value == "join" || rows[i].value == "hire")) return true;
  return false;
}

// English: the person is the antecedent of a relative clause in which they hire someone else: ", who"
// right after the name or one apposition, adverbs (-ly, also, long, first) or "had"/"has" at most, then
// an employer-side cue row (hire, offer, intent: recruited, hired, poached, lured, courted) and an object
// pronoun ("chief executive Mark Feld, who personally recruited her", "its founder, Ana Ruiz, who hired
// him from Google"). The pronoun is the mover; the antecedent is the recruiter, no candidate.
// (`RecruitsPronounAt`: from `at`, those adverbs, the cue row and the object pronoun.)
bool RecruitsPronounAt(std::string_view lo, size_t at) {
  for (int n = 0; n < 3; ++n) {
    const size_t sp = lo.find(' ', at);
    if (sp == std::string_view::npos) return false;
    const std::string_view w = lo.substr(at, sp - at);
    if (!(w == "had" || w == "has" || w == "also" || w == "long" || w == "first" || (w.size() > 3 && w.ends_with("ly"))))
      break;
    at = sp + 1;
  }
  const auto& rows = CueLexicon::Default().rows();
  for (int i : CueLexicon::Default().RowsIn(lo.substr(at, 40))) {
    const auto& r = rows[i];
    if (r.kind != "cue" || r.lang != "en" || (r.value != "hire" && r.value != "offer" && r.value != "intent") ||
        !StartsWith(lo, at, r.text))
      continue;
    const size_t obj = at + r.text.size();
    for (std::string_view pro : {" her", " him", " them"})
      if (StartsWith(lo, obj, pro) && (obj + pro.size() == lo.size() || !IsAsciiAlpha(lo[obj + pro.size()]))) return true;
  }
  return false;
}

bool RecruiterRelative(std::string_view lo, int end) {
  const size_t at = WhoRelativeAt(lo, end);
  return at != std::string_view::npos && RecruitsPronounAt(lo, at);
}

// English: the person speaks (a reported-speech cue of the shared analysis right after the name or its
// apposition, extract::IsSpeaker's reach) of having hired someone else: "he" / "she", then what
// RecruitsPronounAt reads ("Chief executive Marcus Hale said he recruited her personally", "Hale says she
// hired him from Google"). The pronoun is the mover; the speaker is the recruiter, no candidate.
bool RecruiterSpeaker(const SentenceCtx& s, const Mention& m) {
  std::string_view lo = s.lower;
  for (const auto& c : s.speech) {
    if (c.speaker_after || c.cue.start < m.end || c.cue.start - m.end > 120) continue;
    // Right after the name, or past one apposition (", the chief executive,").
    std::string_view gap = lo.substr(static_cast<size_t>(m.end), static_cast<size_t>(c.cue.start - m.end));
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    if (!gap.empty() && !(gap.starts_with(", ") && gap.ends_with(",") && gap.find_first_of(".;") == std::string_view::npos &&
                          gap.find(" and ") == std::string_view::npos && gap.find(',', 1) == gap.size() - 1))
      return false;
    size_t r = static_cast<size_t>(c.cue.end);
    if (StartsWith(lo, r, " that")) r += 5;
    for (std::string_view pro : {" he ", " she "})
      if (StartsWith(lo, r, pro) && RecruitsPronounAt(lo, r + pro.size())) return true;
    return false;
  }
  return false;
}

// Korean: the sentence makes the move itself its topic before the person ("영입은 정용석 한울리테일
// 회장이 직접 주도했다", "이번 채용은 최민정 사장이 진두지휘했다"): a hiring noun (a Korean intent cue row)
// with 은/는 right after it. A person named after that topic, not as its possessor (의), did the
// hiring: no candidate. ("최 부사장의 영입은 …": the possessor before the topic is the mover.)
bool KoreanMoveTopicAgent(const SentenceCtx& s, const Mention& m) {
  std::string_view p = s.text;
  if (!(static_cast<unsigned char>(p[m.start]) & 0x80) || StartsWith(p, static_cast<size_t>(m.end), "의")) return false;
  const auto& rows = CueLexicon::Default().rows();
  const int from = std::min(s.start, s.ev_start);
  const std::string_view before = p.substr(static_cast<size_t>(from), static_cast<size_t>(m.start - from));
  for (int i : CueLexicon::Default().RowsIn(before)) {
    const auto& r = rows[i];
    if (r.kind != "cue" || r.lang != "ko" || r.value != "intent") continue;
    for (size_t f = before.find(r.text); f != std::string_view::npos; f = before.find(r.text, f + 1)) {
      const size_t e = f + r.text.size();
      if (StartsWith(before, e, "은 ") || StartsWith(before, e, "는 ")) return true;
    }
  }
  return false;
}

// English: the person founded or leads an organization the clause names ("founded last year by
// Amato and Dana Kim", "the unit Mark Zuckerberg set up", "under Chief AI Officer Alexandr
// Wang", "a lab led by X", "reporting to Chief Product Officer X"): a leader of the other side or
// the hire's superior, not a candidate.
bool FoundsOrLeads(std::string_view lo, int start, int end) {
  static const char* const kVerbs[] = {"founded", "co-founded", "cofounded", "started", "set up", "launched",
                                       "led", "run", "headed", "created", "built"};
  size_t st = static_cast<size_t>(start), en = static_cast<size_t>(end);
  for (const char* v : {" set up", " founded", " co-founded", " started", " launched", " created"})
    if (StartsWith(lo, en, v)) return true;
  size_t b = st > 70 ? st - 70 : 0;
  std::string_view before = lo.substr(b, st - b);
  size_t by = before.rfind(" by ");
  if (by != std::string_view::npos) {
    std::string_view list = before.substr(by + 4);
    if (list.find_first_of(".;") == std::string_view::npos && list.size() <= 50) {
      std::string_view verb_zone = before.substr(by > 24 ? by - 24 : 0, by > 24 ? 24 : by);
      for (const char* v : kVerbs)
        if (verb_zone.find(v) != std::string_view::npos) return true;
    }
  }
  // The one a hire works under or reports to ("reporting to Chief Product Officer Dana Whitcomb",
  // "report directly to President Hiroshi Tanaka"): relation rows of value superior.
  const std::string plain = WithoutLyAdverbs(before);
  for (const std::string& row : RelationWords("superior")) {
    const std::string w = " " + row + " ";
    size_t under = plain.rfind(w);
    if (under != std::string::npos && plain.size() - under <= 37 + w.size() &&
        plain.find_first_of(",.;", under) == std::string::npos)
      return true;
  }
  return false;
}

// English: a counted group noun at `pos` that sizes the team someone leads ("lead a team of about
// 150 developers", "who oversees a team of 40 engineers"): "team of" right before its count, a
// relation row of value team among the three words before that.
bool LeadsTeamOf(std::string_view lo, size_t pos) {
  const size_t from = pos > 60 ? pos - 60 : 0;
  std::string_view win = lo.substr(from, pos - from);
  const size_t t = win.rfind("team of ");
  if (t == std::string_view::npos || win.find_first_of(",.;", t) != std::string_view::npos) return false;
  std::string_view head = win.substr(0, t);
  const size_t stop = head.find_last_of(",.;");
  if (stop != std::string_view::npos) head = head.substr(stop + 1);
  for (int words = 0; words < 3 && !head.empty(); ++words) {
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    const size_t sp = head.rfind(' ');
    std::string_view w = sp == std::string_view::npos ? head : head.substr(sp + 1);
    for (const std::string& row : RelationWords("team"))
      if (w == row) return true;
    head = sp == std::string_view::npos ? std::string_view() : head.substr(0, sp);
  }
  return false;
}

// `pos` lies in the English apposition right after a name ending at `name_end` (", …," up to
// the next comma or the clause end).
bool InApposition(std::string_view p, int name_end, int pos, int clause_end) {
  if (pos <= name_end || !StartsWith(p, static_cast<size_t>(name_end), ", ")) return false;
  size_t close = p.find(',', static_cast<size_t>(name_end) + 2);
  size_t end = close == std::string_view::npos ? static_cast<size_t>(clause_end) : std::min<size_t>(close, clause_end);
  return static_cast<size_t>(pos) < end;
}

// A person mention in the clause that may be a candidate: not in quoted speech, not a
// simile, not the leader of another organization, not a bare title, not the story's reporter
// or author ("[서울=…] 김민수 기자 = …", "By Jane Doe").
// A name written in hiragana only is the reading of a name ("木坂有朗氏（きさか・ゆうろう）"),
// not a name.
bool IsKanaReading(std::string_view name) {
  bool any = false;
  for (size_t i = 0; i < name.size();) {
    char32_t c = DecodeUtf8(name, &i);
    if (c == U'・' || c == U' ') continue;
    if (c < 0x3041 || c > 0x309F) return false;
    any = true;
  }
  return any;
}

// English: a name closing the position of another person's apposition ("hired Erin Walsh, a former
// executive producer at Blizzard Entertainment, to lead"): where that person worked, not a person.
bool ClosesAppositionPost(std::string_view p, int clause_start, int start) {
  if (start < 4 || p.substr(static_cast<size_t>(start) - 4, 4) != " at ") return false;
  size_t comma = p.rfind(", ", static_cast<size_t>(start));
  if (comma == std::string_view::npos || static_cast<int>(comma) < clause_start) return false;
  for (size_t k = comma + 2; k + 4 < static_cast<size_t>(start); ++k)
    if (!((p[k] >= 'a' && p[k] <= 'z') || p[k] == ' ' || p[k] == '-')) return false;
  return comma + 2 + 4 < static_cast<size_t>(start);
}

// English credit lines: a paragraph opening "By NAME" before an agency, a dash or a comma ("By Sarah
// Kim (Bloomberg) -- Orbital Labs …"), and "Reporting by NAME" / "Editing by NAME": the writer.
bool IsEnglishByline(std::string_view p, std::string_view lo, int start, int end) {
  size_t b = static_cast<size_t>(start), e = static_cast<size_t>(end);
  if (b == 3 && StartsWith(p, 0, "By ")) {
    if (e >= p.size()) return true;
    for (std::string_view w : {" (", " --", " —", " – ", " - ", ", ", " and "})
      if (StartsWith(p, e, w)) return true;
  }
  return b > 0 && lo[b - 1] == ' ' && FrameReader::Default().RowEndsAt("byline", "en", lo, b - 1);
}

bool MayBeCandidate(const Article& a, const SentenceCtx& s, const Mention& m, const Entity& e) {
  std::string_view p = s.text, lo = s.lower;
  if (m.start < s.start || m.end > s.end) return false;
  if (IsKanaReading(e.canonical)) return false;
  if (s.blank[m.start] == ' ' && p[m.start] != ' ') return false;  // quoted
  if (IsSimile(p, lo, m.start, m.end) || (IsLeaderOfOther(p, lo, m.end) && !PossessivePayee(lo, m.end)) ||
      IsTitleOnly(e.canonical))
    return false;
  if (IsReporter(p, m.end) || IsEnglishByline(p, lo, m.start, m.end) || RecruiterRelative(lo, m.end) ||
      RecruiterSpeaker(s, m) ||
      KoreanMoveTopicAgent(s, m) ||
      (FoundsOrLeads(lo, m.start, m.end) && !HeadsMoveRelative(lo, m.end)))
    return false;
  if (ClosesAppositionPost(p, s.start, m.start)) return false;
  // A Korean plural of a common noun or title ("임원들") names no one.
  if (std::string_view n = e.canonical; n.size() > 3 && n.substr(n.size() - 3) == "들") {
    std::string_view stem = n.substr(0, n.size() - 3);
    const auto& words = extract::EntityWords::Default();
    if (KoreanCommonWord(stem) || words.Has(extract::WordList::kKoStop, stem) ||
        words.Has(extract::WordList::kKoTitle, stem))
      return false;
  }
  // A Korean team or division phrase ("법무법인 율촌 공정거래팀에서 일해온 변호사 4명": 율촌 공정거래팀)
  // is where people work, not a person.
  if (KoreanTeamPhrase(e.name)) return false;
  // A one-syllable Korean reference glued to the word before it ("영업본부장(전무)이") is a
  // particle, not the surname of someone named earlier.
  if (m.end - m.start <= 3 && m.start > 0 && (static_cast<unsigned char>(p[m.start]) & 0x80) &&
      p[m.start - 1] != ' ' && p[m.start - 1] != '\n')
    return false;
  return std::find(a.authors.begin(), a.authors.end(), e.name) == a.authors.end() &&
         std::find(a.authors.begin(), a.authors.end(), m.surface) == a.authors.end();
}

// A Korean title compound right after a name ends in the group noun ("최도윤 수석연구원에게",
// "한예린 선임연구원"): one word of Hangul between the name and the noun.
bool TitleCompoundAfter(std::string_view p, int name_end, int noun_start) {
  if (noun_start <= name_end + 1 || noun_start - name_end > 13 || p[name_end] != ' ') return false;
  for (int i = name_end + 1; i < noun_start; ++i)
    if (!(static_cast<unsigned char>(p[i]) & 0x80)) return false;
  return true;
}

// The gap between two names of a Korean list whose items carry a title after the name: one
// Hangul word and 와/과 or a comma ("김태준 전무와 이수연 상무, 박진호 이사 등 3명이 … 옮겼다"), or an
// apposition of up to four words before that title ("최은경 전 공정거래위원회 국장과 김태우 전 서울고등법원
// 부장판사, 이지호 …"): words of Hangul, Latin letters and digits, none but the last closed by a case particle.
bool KoreanTitledListGap(std::string_view mid) {
  static constexpr std::string_view kParticles[] = {"은", "는", "이", "가", "을", "를", "에", "의", "로", "도", "와", "과"};
  for (std::string_view sep : {std::string_view("와 "), std::string_view("과 "), std::string_view(", ")}) {
    if (mid.size() <= sep.size() + 1 || mid[0] != ' ' || mid.substr(mid.size() - sep.size()) != sep) continue;
    std::string_view words = mid.substr(1, mid.size() - 1 - sep.size());
    int n = 0;
    for (size_t b = 0; b <= words.size(); ++n) {
      const size_t e = std::min(words.find(' ', b), words.size());
      const std::string_view word = words.substr(b, e - b);
      if (word.empty() || word.size() > 24 || n >= 4) return false;
      for (size_t i = 0; i < word.size();) {
        const auto b0 = static_cast<unsigned char>(word[i]);
        // Hangul syllables U+AC00..U+D7A3 are EA B0 80 .. ED 9E A3 in UTF-8.
        if (b0 >= 0xEA && b0 <= 0xED && i + 3 <= word.size()) i += 3;
        else if (IsAsciiAlnum(word[i])) ++i;
        else return false;
      }
      if (e < words.size())
        for (std::string_view particle : kParticles)
          if (EndsWithAt(word, word.size(), particle)) return false;
      b = e + 1;
    }
    return true;
  }
  return false;
}


// The gap between two names of an English list whose second item carries a title before the name
// ("Cadence CEO Aaron Feld and CTO Yuki Tanaka have joined", ", chief scientist Lina Park and"): a list
// separator, then one to four words closed by a title row (frames.tsv), none of them a stop row.
bool EnglishTitledListGap(std::string_view lower_mid) {
  std::string_view rest;
  for (std::string_view sep : {std::string_view(", and "), std::string_view(" and "), std::string_view(", ")})
    if (lower_mid.substr(0, sep.size()) == sep) {
      rest = lower_mid.substr(sep.size());
      break;
    }
  if (rest.size() < 3 || rest.back() != ' ') return false;
  rest.remove_suffix(1);
  const FrameReader& r = FrameReader::Default();
  bool titled = false;
  for (const FrameReader::Row& row : r.rows())
    if (row.kind == "title" && row.lang == "en" && rest.size() >= row.text.size() &&
        rest.substr(rest.size() - row.text.size()) == row.text &&
        (rest.size() == row.text.size() || rest[rest.size() - row.text.size() - 1] == ' '))
      titled = true;
  if (!titled) return false;
  int words = 0;
  for (size_t i = 0; i < rest.size();) {
    size_t j = rest.find(' ', i);
    if (j == std::string_view::npos) j = rest.size();
    std::string_view w = rest.substr(i, j - i);
    if (w.empty() || ++words > 4 || r.IsRow("stop", "en", w)) return false;
    for (char c : w)
      if (!(c >= 'a' && c <= 'z') && c != '-') return false;
    i = j + 1;
  }
  return true;
}

// The article already has an event for the person (at `employer`, when one is given).
bool HasEventOf(const Context& ctx, const std::string& name, const std::string& employer) {
  return std::any_of(ctx.events.begin(), ctx.events.end(), [&](const Event& e) {
    return e.candidate == name && e.type != EventType::kAcquisitionAttempt &&
           (employer.empty() || e.employer.empty() || e.employer == employer);
  });
}

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

  void Run() {
    cues = FindCues(s);
    negated_scopes = CancelNegatedMoves(s, &cues);
    if (!HasAnyFact()) return;
    ReadOrgs();
    ReadCueFlags();
    ReadCandidates();
    DenyNegatedScopes();
    if (!stay_prev.empty())
      for (const Candidate& c : cands)
        if (c.kind == "person") ctx->stays.emplace(c.name, stay_prev);
    if (!HasEventFacts()) return;
    ReadEmployer();
    if (ctx->options.syntax) ReadSyntaxRoles();
    DropOfferingSide();
    ReadAcquisition();
    ReadPrices();
    if (!CreateEvents()) return;
    ReadAmounts();
    ApplyItems();
    ReadTeamAndRole();
    Finish();
  }

 private:
  bool quoted(int b) const { return blank[b] == ' ' && p[b] != ' '; }

  // Fast path: no hiring cue, amount or cited outlet in the clause (most text); terms-only
  // sentences still add terms to the previous sentence's offers.
  bool HasAnyFact() {
    // Fast path: no hiring cue and no amount in the clause (most text).
    bool any_cue = false;
    for (const CueHit& c : cues)
      if (c.cue != Cue::kNegation && c.cue != Cue::kStatistic) any_cue = true;
    // A denied rumour names who is not moving (HasEventFacts); a negated move where they do not go.
    any_cue = any_cue || (Has(cues, Cue::kNegation) && Has(cues, Cue::kStatistic)) || !negated_scopes.empty();
    bool any_amount = false;
    for (const Amount& m : a.money)
      if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end) any_amount = true;
    bool publication = false;
    for (size_t i = 0; i < org_m.size(); ++i)
      if (org_e[i]->type == "publication" && org_m[i]->start >= s.start && org_m[i]->end <= s.end)
        publication = true;
    if (!any_cue && !any_amount && !publication) {
      std::vector<std::string> terms = SentenceTerms(ko_s, lo_s);
      if (!terms.empty())
        for (int ei : ctx->last_sentence_events)
          for (Offer& o : ctx->events[ei].offers)
            for (const std::string& t : terms) AddTerms(&o, t);
      ctx->last_sentence_events.clear();
      return false;
    }
    return true;
  }

  // The organization mention org_m[i] stands right after an English hiring verb (entity_words
  // hire_verb rows, "offered") and before a title of a person named right after it ("Google
  // DeepMind researcher Arjun Mehta", PrenominalTitle).
  bool PrenominalAffiliation(size_t i) const {
    const Mention* m = org_m[i];
    std::string_view verb = PrevToken(lo, static_cast<size_t>(m->start));
    if (verb == "the") verb = PrevToken(lo, static_cast<size_t>(verb.data() - lo.data()));
    if (!EnglishHiringVerb(verb)) return false;
    for (const Mention* pm : person_m)
      if (pm->start > m->end && pm->start - m->end <= 80 && pm->end <= s.end &&
          PrenominalTitle(p.substr(static_cast<size_t>(m->end), static_cast<size_t>(pm->start - m->end))))
        return true;
    return false;
  }

  // Organizations in the clause, their relations to the cues, and the outlet cited.
  void ReadOrgs() {
    // Orgs in the sentence.
    for (size_t i = 0; i < org_m.size(); ++i) {
      const Mention* m = org_m[i];
      if (m->start < s.start || m->end > s.end || quoted(m->start)) continue;
      OrgRef o{org_e[i], m->start, m->end};
      o.publication = org_e[i]->type == "publication";
      ClassifyOrg(s, cues, &o);
      // "offered Google DeepMind researcher Arjun Mehta …": an organization a hiring verb's object
      // names as the owner of the person's title is where the person comes from.
      if (PrenominalAffiliation(i)) {
        o.prev = true;
        o.subject = o.dest = false;
      }
      // A broadcaster or newspaper that a person moves to or from is an employer here ("KBS
      // 떠나 JTBC로 자리를 옮긴다", "joined CNN from NBC"), not the outlet of the story.
      if (o.publication && (o.dest || o.prev) && !o.cited) o.publication = false;
      if (o.publication) o.subject = o.dest = o.prev = o.target = false;
      orgs.push_back(o);
    }
    ActForApposition();
    // Reporter: an outlet cited with "에 따르면", "according to", "X reported", "X는 ...전했다".
    for (const OrgRef& o : orgs) {
      bool cite = o.cited;
      if (o.publication && !cite) {
        size_t after = SkipNoise(p, static_cast<size_t>(o.end));
        if ((StartsWith(p, after, "는 ") || StartsWith(p, after, "은 ") || StartsWith(p, after, "가 ") ||
             StartsWith(p, after, "이 ")) &&
            (ko_s.find("전했다") != std::string_view::npos ||
             ko_s.find("보도했다") != std::string_view::npos))
          cite = true;
      }
      if (cite) {
        ctx->reporter = o.entity->canonical;
        if (ctx->article_reporter.empty()) ctx->article_reporter = o.entity->canonical;
      }
    }
    for (OrgRef& o : orgs)
      if (o.cited) o.subject = o.dest = o.prev = o.target = false;
    ReadStayPlace();
  }

  // English: an organization inside the apposition or "of" phrase of an organization before it
  // ("Verity Labs, a startup backed by venture firm Lattice Capital, has hired …", "X of the Korea
  // Baseball Organization hired …") describes that organization: the verb's subject is the owner.
  void ActForApposition() {
    if (IsKoreanText(ko_s) || IsJapaneseText(ko_s)) return;
    auto prep_before = [&](const OrgRef& x) {
      for (const char* w : {"of ", "at ", "from ", "for ", "with ", "by ", "to ", "in ", "on "})
        if (EnglishWordBefore(lo, static_cast<size_t>(x.start), w)) return true;
      return false;
    };
    for (OrgRef& o : orgs) {
      if (!o.subject) continue;
      for (OrgRef& x : orgs) {
        // (Not an organization that itself closes a person's apposition: "Derek Flood, a trader at
        // Balyasny, turned down a Brightwater offer".)
        if (&x == &o || x.end >= o.start || x.publication || x.cited || x.prev || prep_before(x)) continue;
        std::string_view mid = lo.substr(static_cast<size_t>(x.end), static_cast<size_t>(o.start - x.end));
        const bool of = mid == " of " || mid == " of the ";
        size_t close = p.find(',', static_cast<size_t>(x.end) + 2);
        const bool app = StartsWith(p, static_cast<size_t>(x.end), ", ") && close != std::string_view::npos &&
                         close >= static_cast<size_t>(o.end) && close < static_cast<size_t>(s.end) &&
                         close - static_cast<size_t>(x.end) <= 110;
        // The apposition closes before the verb: no employer-side cue inside it.
        const bool cue_inside = app && std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
          return c.pos > x.end && static_cast<size_t>(c.pos) < close;
        });
        if ((!of && !app) || cue_inside) continue;
        o.subject = false;
        o.owned = true;
        x.subject = true;
        break;
      }
    }
    OwnSubjectApposition();
  }

  // The organizations inside the subject's own apposition ("Panasonic Energy, the battery arm of
  // Panasonic Holdings, has hired …", "X, a unit of Y, named …") describe the subject: a parent or an
  // owner, never a candidate's previous employer. The apposition opens with a lower-case word (not a
  // list of names) and holds no cue.
  void OwnSubjectApposition() {
    for (const OrgRef& o : orgs) {
      if (!o.subject || o.owned || !StartsWith(p, static_cast<size_t>(o.end), ", ")) continue;
      const size_t open = static_cast<size_t>(o.end) + 2;
      if (open >= p.size() || !std::islower(static_cast<unsigned char>(p[open]))) continue;
      const size_t close = p.find(',', open);
      if (close == std::string_view::npos || close >= static_cast<size_t>(s.end) || close - open > 110) continue;
      const bool cue_inside = std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
        return static_cast<size_t>(c.pos) >= open && static_cast<size_t>(c.pos) < close;
      });
      if (cue_inside) continue;
      for (OrgRef& x : orgs)
        if (&x != &o && static_cast<size_t>(x.start) >= open && static_cast<size_t>(x.end) <= close && !x.dest) {
          x.owned = true;
          x.subject = x.prev = false;
        }
      return;
    }
  }

  // "이 제안을 거절하고 넷마블에 남기로 했다", "declined the offer and is staying at DeepMind": the
  // place a person stays is their current employer. Unless the article tells of a retention or
  // counter-offer (retain rows) or the clause states pay after the stay ("두산 잔류…4년 100억원"),
  // staying is no move of its own: it turns the other employer's offer down (ApplyStay).
  void ReadStayPlace() {
    stay_prev.clear();
    for (const CueHit& h : cues) {
      if (h.cue != Cue::kStay) continue;
      for (OrgRef& o : orgs) {
        bool at = (o.end <= h.pos && h.pos - o.end <= 8) || (o.start >= h.pos + h.len && o.start - (h.pos + h.len) <= 5);
        if (at && !o.cited && !o.publication) o.stay = true;
      }
      if (ctx->retention) continue;
      bool pay_after = false;
      for (const Amount& m : a.money)
        if (m.paragraph == s.para && m.start >= h.pos + h.len && m.end <= s.end) pay_after = true;
      if (pay_after) continue;
      for (OrgRef& o : orgs)
        if (o.stay && stay_prev.empty()) {
          o.dest = o.subject = false;
          o.prev = true;
          stay_prev = o.entity->canonical;
        }
    }
  }

  // "Lars Eriksen isn't joining Brightline and has left Tessellate": an organization inside a negated
  // conjunct is where the clause's people do not go (their events there are dropped, as for a
  // denial) and takes no part in the rest of the clause.
  void DenyNegatedScopes() {
    if (negated_scopes.empty()) return;
    std::vector<OrgRef> kept;
    for (const OrgRef& o : orgs) {
      bool in = false;
      for (const NegatedScope& n : negated_scopes) in = in || (o.start >= n.begin && o.end <= n.end);
      if (!in) {
        kept.push_back(o);
        continue;
      }
      for (const Candidate& c : cands)
        if (c.kind == "person" && c.end <= o.start) ctx->denied_at.emplace(c.name, o.entity->canonical);
    }
    orgs = std::move(kept);
  }

  void ReadCueFlags() {
    has_event_cue = false;
    for (const CueHit& c : cues)
      if (c.cue != Cue::kNegation && c.cue != Cue::kStatistic) has_event_cue = true;
    negated = Has(cues, Cue::kNegation);
    statistic = Has(cues, Cue::kStatistic);
  }

  // Candidates: people, then described groups.
  void ReadCandidates() {
    ReadPersonCandidates();
    ReadObjectPronoun();
    ReadGroupCandidates();
    ReadTitleGroups();
    DropDescribingGroups();
    ReadGroupMembers();
  }

  // The clause's people, less speakers, people set aside and repeats.
  void ReadPersonCandidates() {
    for (size_t i = 0; i < person_m.size(); ++i) {
      const Mention* m = person_m[i];
      if (!MayBeCandidate(a, s, *m, *person_e[i])) continue;
      // The speaker reports the clause and is not its candidate ("Marchal said he was happy").
      if (extract::IsSpeaker(s.text, s.speech, m->start, m->end)) continue;
      if (IsSetAside(p, lo, m->start, m->end)) {
        set_aside.insert(person_e[i]->canonical);
        continue;
      }
      bool dup = false;
      for (const Candidate& c : cands)
        if (c.name == ctx->Name(*person_e[i])) dup = true;
      if (dup) continue;
      Candidate c;
      c.name = ctx->Name(*person_e[i]);
      c.kind = "person";
      c.start = m->start;
      c.end = m->end;
      cands.push_back(c);
      cand_entity.push_back(person_e[i]);
    }
  }

  // English: "Carrow had offered her a role": an object pronoun right after an offer word, in a clause
  // naming no person, stands for the person the article named last before the clause (in its
  // paragraph or the one before).
  void ReadObjectPronoun() {
    for (const Candidate& c : cands)
      if (c.kind == "person") return;
    for (const CueHit& h : cues) {
      const size_t at = static_cast<size_t>(h.pos + h.len);
      if (h.cue != Cue::kOffer || !(StartsWith(lo, at, " her ") || StartsWith(lo, at, " him "))) continue;
      const Entity* best = nullptr;
      const Mention* last = nullptr;
      for (const Entity& e : a.entities) {
        if (e.type != "person") continue;
        for (const Mention& m : e.mentions) {
          const bool before = (m.paragraph == s.para && m.end <= s.start) || m.paragraph == s.para - 1;
          if (before && (!last || m.paragraph > last->paragraph || (m.paragraph == last->paragraph && m.start > last->start))) {
            best = &e;
            last = &m;
          }
        }
      }
      if (!best) return;
      Candidate c;
      c.name = ctx->Name(*best);
      c.kind = "person";
      c.start = static_cast<int>(at) + 1;
      c.end = static_cast<int>(at) + 4;
      cands.push_back(c);
      cand_entity.push_back(best);
      return;
    }
  }

  // Group nouns ("researchers", "연구원 5명") with their counts.
  void ReadGroupCandidates() {
    for (const GroupNoun& g : GroupNouns()) {
      std::vector<size_t> found;
      const bool english = g.english;
      FindAll(english ? lo_s : ko_s, g.text, english, &found);
      for (size_t f : found) {
        int pos = s.start + static_cast<int>(f);
        int end = pos + static_cast<int>(std::string_view(g.text).size());
        bool overlap = false;
        for (const Candidate& c : cands)
          if (pos < c.end && end > c.start) overlap = true;
        // A capitalised English noun is part of a name ("Lightspeed Venture Partners").
        if (overlap || (english && p[pos] >= 'A' && p[pos] <= 'Z')) continue;
        Candidate c;
        c.kind = "group";
        c.name = g.label;
        c.start = pos;
        c.end = end;
        c.count = english ? ParseCountBefore(p, lo, static_cast<size_t>(pos))
                          : ParseKoreanCount(p, static_cast<size_t>(pos), static_cast<size_t>(end), &c.approx);
        if (english && c.count < 0) {
          // "a research team of about 40 people": the count after the noun; the phrase is the group.
          size_t counted_end = 0;
          c.count = ParseCountAfterOf(lo, static_cast<size_t>(end), &counted_end);
          if (c.count > 0) {
            if (LeadsTeamOf(lo, counted_end)) continue;
            c.end = static_cast<int>(counted_end);
          }
        }
        if (g.counted && c.count < 0) continue;
        if (english && LeadsTeamOf(lo, static_cast<size_t>(pos))) continue;
        if (english && c.count > 0 && HeadCountBefore(lo, static_cast<size_t>(pos))) continue;
        if (english && PaidStaffBefore(lo, static_cast<size_t>(pos))) continue;
        if (english && c.count < 0 && OneOfPhrase(lo, static_cast<size_t>(pos))) continue;
        if (english && c.count < 0) {
          // "four Google DeepMind researchers": the count stands before the organization that
          // modifies the noun.
          for (const OrgRef& o : orgs)
            if (o.end + 1 == pos && p[o.end] == ' ')
              c.count = ParseCountBefore(p, lo, static_cast<size_t>(o.start));
        }
        c.singular = !english && c.count < 0 &&
                     std::string_view(g.text).find("들") == std::string_view::npos &&
                     !StartsWith(p, static_cast<size_t>(end), "들");
        cands.push_back(c);
        cand_entity.push_back(nullptr);
      }
    }
  }

  // A count after a title word names a group of appointees ("SK Telecom promoted 14 managers to
  // vice president", "KT는 상무보 21명을 신규 선임했다", "신임 교수 6명을 임용했다") in a clause
  // with a verb of appointing (cues.tsv kind=appoint; "has hired more than 40 portfolio managers
  // this year" is a count of hires, left to the group nouns): Korean the
  // title at the start of a word, then the count and 명 (40여명 too); English a count, at most
  // three modifier words, then the plural title. A title without a count stays a title.
  void ReadTitleGroups() {
    if (!HasCueRowOf("appoint", ko_s, lo_s)) return;
    for (const TitleGroup& t : TitleGroups()) {
      std::vector<size_t> found;
      FindAll(t.english ? lo_s : ko_s, t.text, t.english, &found);
      for (size_t f : found) {
        const int pos = s.start + static_cast<int>(f);
        int end = pos + static_cast<int>(t.text.size());
        bool overlap = false;
        for (const Candidate& c : cands) overlap = overlap || (pos < c.end && end > c.start);
        if (overlap) continue;
        int count = -1;
        if (t.english) {
          count = ParseCountBefore(p, lo, static_cast<size_t>(pos));
        } else {
          const char before = pos > 0 ? p[static_cast<size_t>(pos) - 1] : ' ';
          if (before != ' ' && before != '(' && before != '\'' && before != '"') continue;
          size_t k = static_cast<size_t>(end);
          if (k < p.size() && p[k] == ' ') ++k;
          const size_t digits = k;
          while (k < p.size() && p[k] >= '0' && p[k] <= '9') ++k;
          if (k == digits || k - digits > 4) continue;
          const size_t num_end = k;
          if (StartsWith(p, k, "여")) k += std::string_view("여").size();
          if (StartsWith(p, k, " ")) ++k;
          if (!StartsWith(p, k, "명")) continue;
          count = std::stoi(std::string(p.substr(digits, num_end - digits)));
          end = static_cast<int>(k + std::string_view("명").size());
        }
        if (count <= 1) continue;
        Candidate c;
        c.kind = "group";
        c.name = t.text;
        c.start = pos;
        c.end = end;
        c.count = count;
        cands.push_back(c);
        cand_entity.push_back(nullptr);
      }
    }
  }

  // Group nouns that only describe another candidate: inside a counted phrase of another group,
  // a title or apposition of a person.
  void DropDescribingGroups() {
    // A group noun inside a counted phrase of another ("engineers" of "team of 25 engineers") is
    // that group.
    {
      std::vector<Candidate> c2;
      std::vector<const Entity*> e2;
      for (size_t i = 0; i < cands.size(); ++i) {
        bool inner = false;
        for (size_t k = 0; k < cands.size(); ++k)
          inner = inner || (k != i && cands[i].kind == "group" && cands[k].kind == "group" &&
                            cands[k].start <= cands[i].start && cands[i].end <= cands[k].end &&
                            cands[k].end - cands[k].start > cands[i].end - cands[i].start);
        if (inner) continue;
        c2.push_back(cands[i]);
        e2.push_back(cand_entity[i]);
      }
      cands = std::move(c2);
      cand_entity = std::move(e2);
    }

    // A group noun right next to a person's name is a title ("수석 연구원 이수진", "연구원 정하은 씨").
    {
      std::vector<Candidate> c2;
      std::vector<const Entity*> e2;
      for (size_t i = 0; i < cands.size(); ++i) {
        bool title = false;
        if (cands[i].kind == "group")
          for (const Candidate& o : cands)
            // (Japanese "技術者、渡辺恵氏": an ideographic comma between)
            if (o.kind == "person" && ((o.start >= cands[i].end && o.start - cands[i].end <= 3) ||
                                       (cands[i].start >= o.end && cands[i].start - o.end <= 2) ||
                                       TitleCompoundAfter(p, o.end, cands[i].start)))
              title = true;
        // Apposition: "Mark Lee and Tom Gunter, two researchers from Apple" describes the people,
        // who take the group's origin.
        if (cands[i].kind == "group" && !title)
          for (Candidate& o : cands)
            if (o.kind == "person" && cands[i].start >= o.end && cands[i].start - o.end <= 16 &&
                std::string_view(p).substr(o.end, 2) == ", " && !AddsToList(lo.substr(o.end, cands[i].start - o.end)))
              title = true;
        // Inside a person's apposition ("Hartmann, a distinguished engineer who managed roughly 100
        // researchers at Apple, has joined"): it describes the person.
        if (cands[i].kind == "group" && !title)
          for (const Candidate& o : cands)
            if (o.kind == "person" && InApposition(p, o.end, cands[i].start, s.end)) {
              size_t close = p.find(',', static_cast<size_t>(cands[i].end));
              title = close != std::string_view::npos && close < static_cast<size_t>(s.end);
            }
        if (title) continue;
        c2.push_back(cands[i]);
        e2.push_back(cand_entity[i]);
      }
      cands = std::move(c2);
      cand_entity = std::move(e2);
    }
  }

  // Members named in a group's apposition ("The researchers, including Lucas Meyer and Anna
  // Keller, left ...") share the group's move.
  void ReadGroupMembers() {
    members = false;
    for (const Candidate& g : cands) {
      if (g.kind != "group") continue;
      for (const Candidate& c : cands) {
        if (c.kind != "person" || c.start < g.end || c.start - g.end > 80) continue;
        std::string_view mid = lo.substr(g.end, c.start - g.end);
        if (mid.find("including ") == std::string_view::npos &&
            mid.find("among them ") == std::string_view::npos)
          continue;
        if (mid.find('.') != std::string_view::npos || mid.find(';') != std::string_view::npos) continue;
        ctx->group_members.insert(c.name);
        members = true;
      }
    }
  }

  // A denial: the people named are not moving; earlier rumours about them are dropped. A denied
  // group ("테슬라 … 임원 영입을 추진하고 있다는 내용은 사실무근") drops the article's events about a
  // group of that kind (with `groups`).
  void Deny(bool groups) {
    for (const Candidate& c : cands) {
      if (c.kind == "group" && groups) ctx->denied_groups.insert(c.name);
      if (c.kind != "person") continue;
      bool named = false;
      for (const OrgRef& o : orgs)
        if (!o.publication) {
          ctx->denied_at.emplace(c.name, o.entity->canonical);
          named = true;
        }
      if (!named) ctx->denied_candidates.insert(c.name);
    }
  }

  // False when the clause states no event (terms only, a denial, a statistic, a bare raise).
  bool HasEventFacts() {
    // Terms-only continuation ("대부분 수년간 분할 지급되며 주식 보상도 포함됐다").
    terms = SentenceTerms(ko_s, lo_s);
    term_hits = FindTerms(ko_s, lo_s);
    for (TermHit& t : term_hits) {
      t.pos += s.start;
      t.end += s.start;
    }
    has_amount = false;
    for (const Amount& m : a.money)
      if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end) has_amount = true;
    // A rumour denied with no move word in the clause ("카카오가 정해린 부사장의 쿠팡 이직설을 공식
    // 부인했다"): the people it names are not moving either.
    if (negated && statistic && !has_event_cue) Deny(false);
    if (!has_event_cue && !has_amount) {
      if (!terms.empty())
        for (int ei : ctx->last_sentence_events)
          for (Offer& o : ctx->events[ei].offers)
            for (const std::string& t : terms) AddTerms(&o, t);
      ctx->last_sentence_events.clear();
      return false;
    }

    if (negated && has_event_cue) {
      // Not yet decided ("한 이사는 아직 제안을 수락하지 않았다", "has not yet accepted"): the offer
      // stands, nothing changes.
      const bool pending = PendingDecision(ko_s, lo_s);
      if (pending) {
        ctx->last_sentence_events.clear();
        return false;
      }
      Deny(true);
      ctx->last_sentence_events.clear();
      return false;
    }
    if (statistic) {
      ctx->last_sentence_events.clear();
      return false;
    }
    pay_only = !has_event_cue;
    if (pay_only && !PayContinues()) {
      ctx->last_sentence_events.clear();
      return false;
    }
    // A raise with nothing raised yet ("목표주가를 상향", "raised its forecast") is no hiring fact.
    bool only_raise = true;
    for (const CueHit& c : cues) {
      std::string_view w = (IsAsciiAlpha(p[c.pos]) ? lo : blank).substr(c.pos, c.len);
      bool counter = CounterWord(w) || w == "sweetened" || w == "matched";
      if ((c.cue != Cue::kRaise || counter) && c.cue != Cue::kNegation && c.cue != Cue::kStatistic)
        only_raise = false;
    }
    if (only_raise && ctx->events.empty()) {
      ctx->last_sentence_events.clear();
      return false;
    }
    return true;
  }

  void ReadEmployer() {
    // Employer of the sentence.
    employer_ref = nullptr;
    for (const OrgRef& o : orgs)
      if (o.dest && !employer_ref) employer_ref = &o;
    if (!employer_ref)
      for (const OrgRef& o : orgs)
        if (o.subject && !o.target && !employer_ref) employer_ref = &o;
    acquisition = Has(cues, Cue::kAcquire) || Has(cues, Cue::kAcquihire);
    target_ref = nullptr;
    for (const OrgRef& o : orgs)
      if (o.target && &o != employer_ref && !target_ref) target_ref = &o;
    if (!target_ref && Has(cues, Cue::kAcquihire))
      for (const OrgRef& o : orgs)
        if (&o != employer_ref && !o.publication && !o.cited && !o.prev && !target_ref) target_ref = &o;

    // Affiliation: the org nearest to a candidate (right before/after it) describes it.
    cand_prev = decltype(cand_prev)(cands.size());
    auto distance = [&](const OrgRef& o, const Candidate& c) {
      int d = o.end <= c.start ? c.start - o.end : (c.end <= o.start ? o.start - c.end : 0);
      if (o.end <= c.start) d -= 8;  // prefer "X 출신 Y" / "X's Y" over "Y, X"
      return d;
    };
    // Korean modifiers precede the noun ("애플 ... 책임자 루오밍 팡", "오픈AI 출신 연구자들"), as
    // do English possessives and "former X": such orgs describe only what follows them.
    // Japanese modifiers precede their noun too ("グーグル出身の佐藤氏").
    korean = IsKoreanText(ko_s) || IsJapaneseText(ko_s);
    for (size_t ci = 0; ci < cands.size(); ++ci) {
      const OrgRef* best = nullptr;
      int best_d = kAffiliationWindow + 1;
      for (const OrgRef& o : orgs) {
        if (&o == employer_ref || &o == target_ref || o.cited || o.publication || o.dest || o.owned) continue;
        if (OtherPersonsOrg(o, ci)) continue;
        if (o.subject && !o.prev && !o.poss) continue;
        // A described group takes an origin only from an explicit marker (X 출신, from X, X의).
        // English noun modifier: "four Google DeepMind researchers".
        // Korean: a counted group right after the organization ("퀄컴 엔지니어 3명").
        bool modifier = cands[ci].kind == "group" && (!korean || cands[ci].count > 0) &&
                        (o.end + 1 == cands[ci].start ? p[o.end] == ' '
                                                      : korean && KoreanOneModifierWord(p, o.end, cands[ci].start));
        if (cands[ci].kind == "group" && !o.prev && !o.poss && !modifier) continue;
        bool forward =
            korean || (o.poss && !o.prev) || PrevToken(p, static_cast<size_t>(o.start)) == "former";
        // (The candidate's own apposition describes the candidate: "Omar Haddad, a former Pfizer scientist,".)
        if (forward && o.end > cands[ci].start && (korean || !InApposition(p, cands[ci].end, o.start, s.end))) continue;
        int d = distance(o, cands[ci]);
        if (d < best_d) {
          best_d = d;
          best = &o;
        }
      }
      if (best) cand_prev[ci] = best->entity->canonical;
      // "쿠팡에서 물류 혁신을 이끌었던 배수현": the org of a past relative clause before the name.
      for (const OrgRef& o : orgs)
        if (korean && !best && cands[ci].kind == "person" && o.prev && !o.dest &&
            KoreanRelativeOrigin(p, o.end, cands[ci].start))
          cand_prev[ci] = o.entity->canonical;
      // Background relative clause: "Rohan Gupta, an engineer who moved from Inflection to
      // Microsoft in 2024, ..." / "X, who joined Apple in 2021, ...": where that move ended is
      // where the person works now.
      if (cands[ci].kind == "person" && !korean) {
        size_t ce = static_cast<size_t>(cands[ci].end);
        if (ce + 2 <= p.size() && p.substr(ce, 2) == ", ")
          for (const OrgRef& o : orgs) {
            if (o.start <= cands[ci].end || o.start - cands[ci].end > 100 || o.publication) continue;
            std::string_view mid = lo.substr(ce, static_cast<size_t>(o.start) - ce);
            size_t who = mid.find(" who ");
            if (who == std::string_view::npos || mid.find(',', 1) != std::string_view::npos) continue;
            if (EndsWithAt(lo, static_cast<size_t>(o.start), " to ") ||
                EndsWithAt(lo, static_cast<size_t>(o.start), " joined ")) {
              cand_prev[ci] = o.entity->canonical;
              break;
            }
          }
      }
      if (cands[ci].kind == "person" && cand_prev[ci].empty()) cand_prev[ci] = stay_prev;
      if (cands[ci].kind == "person" && !cand_prev[ci].empty()) ctx->origins.emplace(cands[ci].name, cand_prev[ci]);
    }
    // Fallback employer: the first unclassified org, when the clause has an employer-side or
    // joining cue (not for a bare "leaving the EU").
    employer_side = Has(cues, Cue::kOffer) || Has(cues, Cue::kIntent) || Has(cues, Cue::kHire) ||
                    Has(cues, Cue::kJoin) || Has(cues, Cue::kRaise) || Has(cues, Cue::kAcquihire) ||
                    Has(cues, Cue::kStay) || Has(cues, Cue::kDesignate);
    if (!employer_ref && employer_side) {
      for (const OrgRef& o : orgs) {
        if (o.prev || o.target || o.cited || o.publication || o.owned) continue;
        bool is_aff = false;
        for (const std::string& cp : cand_prev)
          if (cp == o.entity->canonical) is_aff = true;
        // An organization inside a person's apposition ("Chen, a director who leads R&D at TSMC,")
        // describes that person.
        for (const Candidate& c : cands)
          if (c.kind == "person" && InApposition(p, c.end, o.start, s.end)) is_aff = true;
        if (is_aff || OtherPersonsOrg(o, cands.size())) continue;
        employer_ref = &o;
        break;
      }
    }
    employer = employer_ref ? employer_ref->entity->canonical : "";
    employer_from_context = false;
    if (employer.empty() && !ctx->paragraph_employer.empty()) {
      employer = ctx->paragraph_employer;
      employer_from_context = true;
    }
    // Korean zero subject: a paragraph opening with a sentence framed by a zero_subject word before
    // its candidates ("외부 인재로는 구글 딥마인드의 엘렌 김 디렉터를 … 영입했다") and no organization as
    // subject or topic: the hire is the story's organization's. (Inside a paragraph the sentence before
    // names the post: "SSG닷컴의 대표를 교체했다. 후임으로는 …".)
    if (employer.empty() && korean && s.ev_start == 0 && Has(cues, Cue::kHire) && !ctx->lead_org.empty() &&
        KoreanFramedZeroSubject(p, s.start, s.end, orgs, cands)) {
      employer = ctx->lead_org;
      employer_from_context = true;
    }
    // "Parallax Systems is building a chip team. In recent months it has hired at least a dozen engineers from
    // Nvidia": a pronoun subject of the hire is the organization the paragraph is about, else the story's.
    if (employer.empty() && !korean && Has(cues, Cue::kHire) && PronounHirer(cues)) {
      employer = !ctx->paragraph_topic.empty() ? ctx->paragraph_topic : ctx->lead_org;
      employer_from_context = !employer.empty();
    }
    // "A fourth OpenAI researcher … turned down a package … and will remain at OpenAI": the offer
    // turned down is the story's employer's.
    if (employer.empty() && !stay_prev.empty() && (Has(cues, Cue::kDecline) || Has(cues, Cue::kOffer)) &&
        !ctx->lead_org.empty() && !SameOrUnit(ctx->lead_org, stay_prev)) {
      employer = ctx->lead_org;
      employer_from_context = true;
    }
  }

  // English: the subject of a hire cue of the clause is "it" or "they", with at most three words of the
  // hire_verb_gap list (has, have, had, also …) between ("it has hired", "They hired", "it has also hired"). A
  // headline's pronoun ("… collapses, but it hires two researchers") is left alone: the body names the movers.
  bool PronounHirer(const std::vector<CueHit>& hits) const {
    if (s.para == 0 && LooksLikeHeadline(a)) return false;
    const auto& words = extract::EntityWords::Default();
    for (const CueHit& h : hits) {
      if (h.cue != Cue::kHire || h.pos < s.start) continue;
      std::string_view tok = PrevToken(lo, static_cast<size_t>(h.pos));
      for (int n = 0; n < 3 && !tok.empty() && words.Has(extract::WordList::kHireVerbGap, tok); ++n)
        tok = PrevToken(lo, static_cast<size_t>(tok.data() - lo.data()));
      if ((tok == "it" || tok == "they") && tok.data() - lo.data() >= s.start) return true;
    }
    return false;
  }

  // An organization that describes another person of the clause, not candidate `ci` (any person when `ci`
  // is no candidate's index): written inside
  // that person's apposition ("hired John Doe, a former Treasury official, and Jane Roe, formerly of the
  // Federal Reserve": the Treasury is Doe's) or, in Korean, right after that person's name past 전/현
  // ("최병규 전 공정거래위원회 국장과 하윤서 전 금융감독원 부원장보를": 공정거래위원회 is 최병규's).
  // A list of names ("Ravi Menon, Sofia Alvarez and Chen Wei from Halcyon", "A, B and C, who worked at
  // DeepMind,") shares what follows it.
  bool OtherPersonsOrg(const OrgRef& o, size_t ci) const {
    for (size_t cj = 0; cj < cands.size(); ++cj) {
      const Candidate& c = cands[cj];
      if (cj == ci || c.kind != "person" || o.start < c.end || (ci < cands.size() && InNameList(ci, cj))) continue;
      // (A span after cj that holds candidate ci too is a list, no apposition: "Walmart's Vaughn, Amazon's Decker".)
      if (!korean && InApposition(p, c.end, o.start, s.end) &&
          !(ci < cands.size() && InApposition(p, c.end, cands[ci].start, s.end)))
        return true;
      if (korean) {
        size_t at = static_cast<size_t>(c.end);
        if (!StartsWith(p, at, " ")) continue;
        ++at;
        for (std::string_view was : {"전 ", "현 "})
          if (StartsWith(p, at, was)) at += was.size();
        if (static_cast<size_t>(o.start) == at) return true;
      }
    }
    return false;
  }

  // Candidates `a` and `b` are written in one list of names: between them only other candidates and list
  // separators (", ", " and ", "과 ", "와 ").
  bool InNameList(size_t a, size_t b) const {
    const int from = std::min(cands[a].end, cands[b].end), to = std::max(cands[a].start, cands[b].start);
    if (from > to) return false;
    for (int at = from; at < to;) {
      std::string_view rest = p.substr(static_cast<size_t>(at), static_cast<size_t>(to - at));
      size_t sep = 0;
      for (std::string_view w : {", and ", ", ", " and ", "과 ", "와 ", " 및 "})
        if (StartsWith(rest, 0, w)) {
          sep = w.size();
          break;
        }
      if (sep == 0) return false;
      at += static_cast<int>(sep);
      if (at == to) return true;
      const Candidate* next = nullptr;
      for (const Candidate& c : cands)
        if (c.start == at) next = &c;
      if (!next) return false;
      at = next->end;
    }
    return false;
  }

  // The hire/join triggers of an English clause as parser spans relative to the clause start
  // (the last word of each cue: "agreed to join" -> "join"), with their cues.
  void SyntaxTriggers(std::vector<syntax::Span>* spans, std::vector<Cue>* kinds) const {
    for (const CueHit& h : cues) {
      if (h.cue != Cue::kHire && h.cue != Cue::kJoin) continue;
      if (h.pos < s.start || h.pos + h.len > s.end) continue;
      std::string_view w = p.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len));
      size_t sp = w.rfind(' ');
      int b = h.pos + (sp == std::string_view::npos ? 0 : static_cast<int>(sp) + 1);
      spans->push_back({b - s.start, h.pos + h.len - s.start});
      kinds->push_back(h.cue);
    }
  }

  // English clause roles from the link-grammar parse (EventOptions::syntax): for the first
  // trigger the parse links as a verb, candidates are the Theme of hire-type triggers or the
  // subject of join/move, the employer the Doer (hire) or the object / "to" phrase (join), the
  // previous employer the "from" phrase; a speaker is never a candidate. When the parse gives up,
  // links no trigger or names none of the clause's candidates, the pattern reading stands.
  void ReadSyntaxRoles() {
    if (korean) return;
    bool any_person = false;
    for (const Candidate& c : cands) any_person = any_person || c.kind == "person";
    if (!any_person) return;
    std::vector<syntax::Span> triggers;
    std::vector<Cue> kinds;
    SyntaxTriggers(&triggers, &kinds);
    if (triggers.empty()) return;
    std::vector<syntax::Span> names;
    for (const Candidate& c : cands)
      if (c.kind == "person") names.push_back({c.start - s.start, c.end - s.start});
    for (const OrgRef& o : orgs) names.push_back({o.start - s.start, o.end - s.start});
    std::string_view text = p.substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start));
    std::optional<syntax::ClauseRoles> roles = syntax::ParseEnglishRoles(text, triggers, syntax::Deadline{}, names);
    if (!roles) return;
    for (size_t t = 0; t < roles->triggers.size() && t < kinds.size(); ++t) {
      const syntax::TriggerRoles& r = roles->triggers[t];
      if (r.linked && ApplySyntaxRoles(r, kinds[t])) return;
    }
  }

  // [b, e) (paragraph offsets) overlaps one of the phrases (or its apposition).
  bool InPhrases(int b, int e, const std::vector<syntax::Phrase>& ps) const {
    for (const syntax::Phrase& ph : ps) {
      int pb = ph.phrase.start + s.start, pe = ph.phrase.end + s.start;
      if (b < pe && e > pb) return true;
      if (ph.apposition.start >= 0 && b < ph.apposition.end + s.start && e > ph.apposition.start + s.start)
        return true;
    }
    return false;
  }

  const OrgRef* OrgIn(const std::vector<syntax::Phrase>& ps) const {
    for (const OrgRef& o : orgs)
      if (!o.publication && !o.cited && InPhrases(o.start, o.end, ps)) return &o;
    return nullptr;
  }

  // The parse may keep only the last names of a list ("A, B and C joined"): a person joined to a
  // kept person by nothing but a comma and/or "and" is kept too.
  void KeepCoordinatedNames(std::vector<bool>* keep) const {
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0; i < cands.size(); ++i) {
        if ((*keep)[i] || cands[i].kind != "person") continue;
        for (size_t k = 0; k < cands.size() && !(*keep)[i]; ++k) {
          if (!(*keep)[k] || cands[k].kind != "person") continue;
          int b = std::min(cands[i].end, cands[k].end), e = std::max(cands[i].start, cands[k].start);
          if (e < b || e - b > 6) continue;
          std::string_view mid = lo.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
          if (mid == ", " || mid == " and " || mid == ", and ") (*keep)[i] = changed = true;
        }
      }
    }
  }

  // Candidates, employer and origin from one linked trigger; false when its theme holds none of
  // the clause's person candidates (nothing changed).
  bool ApplySyntaxRoles(const syntax::TriggerRoles& r, Cue kind) {
    const bool hire = kind == Cue::kHire;
    const std::vector<syntax::Phrase>& theme = hire ? r.Theme() : r.subject;
    std::vector<bool> keep(cands.size(), false);
    bool person = false;
    for (size_t i = 0; i < cands.size(); ++i) {
      keep[i] = InPhrases(cands[i].start, cands[i].end, theme) && !InPhrases(cands[i].start, cands[i].end, r.speaker);
      person = person || (keep[i] && cands[i].kind == "person");
    }
    if (!person) return false;
    KeepCoordinatedNames(&keep);
    std::vector<Candidate> kept;
    std::vector<const Entity*> kept_e;
    std::vector<std::string> kept_prev;
    for (size_t i = 0; i < cands.size(); ++i)
      if (keep[i]) {
        kept.push_back(cands[i]);
        kept_e.push_back(cand_entity[i]);
        kept_prev.push_back(cand_prev[i]);
      }
    const OrgRef* emp = hire ? OrgIn(r.Doer()) : OrgIn(r.object);
    if (!emp) emp = OrgIn(r.Prepositional(syntax::Prep::kTo));
    if (emp && !InPhrases(emp->start, emp->end, theme)) {
      employer_ref = emp;
      employer = emp->entity->canonical;
      employer_from_context = false;
    }
    if (const OrgRef* from = OrgIn(r.Prepositional(syntax::Prep::kFrom)); from && from != employer_ref)
      for (size_t i = 0; i < kept.size(); ++i) {
        kept_prev[i] = from->entity->canonical;
        if (kept[i].kind == "person") ctx->origins.emplace(kept[i].name, kept_prev[i]);
      }
    cands = std::move(kept);
    cand_entity = std::move(kept_e);
    cand_prev = std::move(kept_prev);
    return true;
  }

  void DropOfferingSide() {
    // Drop candidates who act for the employer (its CEO making the offer).
    std::vector<Candidate> kept;
    std::vector<std::string> kept_prev;
    for (size_t i = 0; i < cands.size(); ++i) {
      if (cands[i].kind == "person") {
        const Entity* pe = cand_entity[i];
        if (pe && IsExecutiveOf(*pe, employer)) continue;
        if (ActsForEmployer(p, lo, cands[i].end, cues)) continue;
        if (HasExecutiveTitleNear(p, cands[i].start, cands[i].end) && employer_ref &&
            employer_ref->end <= cands[i].start && cands[i].start - employer_ref->end <= 30)
          continue;
      }
      cands[i].previous = cand_prev[i];
      if (cands[i].previous == employer) cands[i].previous.clear();
      kept.push_back(cands[i]);
    }
    cands = std::move(kept);

    // Group candidates inherit the acquisition target as previous employer.
    if (target_ref) ctx->sentence_target = target_ref->entity->canonical;
    for (Candidate& c : cands)
      if (c.kind == "group" && c.previous.empty() && !ctx->sentence_target.empty())
        c.previous = ctx->sentence_target;
    ListedGroupOrigins();
    // A person the article already follows makes context persons without relations secondary.
    for (Candidate& c : cands) {
      if (c.kind != "group") continue;
      c.name = c.name + (c.previous.empty() ? "" : " from " + c.previous);
      if (c.singular) ctx->singular_groups.insert(c.name);
      if (c.listed) ctx->listed_groups.insert(c.name);
    }
  }

  // A counted group added to a list after other candidates (", along with eight associates who worked
  // with them", "together with a team of 10 analysts", "and six underwriters") that names no origin of its
  // own comes from where the candidate listed right before it comes from.
  // Such a group is its own group, never folded into another one of the article (`listed`).
  void ListedGroupOrigins() {
    for (Candidate& g : cands) {
      if (g.kind != "group" || g.count <= 0) continue;
      const Candidate* before = nullptr;
      for (const Candidate& c : cands)
        if (&c != &g && c.end <= g.start && g.start - c.end <= 120 && (!before || c.end > before->end)) before = &c;
      if (!before) continue;
      std::string_view between = lo.substr(static_cast<size_t>(before->end), static_cast<size_t>(g.start - before->end));
      // ("roughly 40 engineers and researchers": one group of two nouns.)
      if (between.find_first_of(".;") != std::string_view::npos || !AddsToList(between) || between == " and ") continue;
      g.listed = true;
      if (g.previous.empty()) g.previous = before->previous;
    }
  }

  void ReadAcquisition() {
    // Acquisition attempt / acqui-hire.
    acquihire = Has(cues, Cue::kAcquihire);
    // An acquisition attempt needs its acquirer as subject and an attempt, offer or failure.
    bool attempt = Has(cues, Cue::kFail) || Has(cues, Cue::kOffer) || Has(cues, Cue::kIntent) ||
                   Has(cues, Cue::kDecline);
    if (acquisition && target_ref && !employer.empty() && !employer_from_context && employer_ref &&
        (employer_ref->subject || employer_ref->dest) && (attempt || acquihire)) {
      if (acquihire) {
        bool has_person = false;
        for (const Candidate& c : cands)
          if (c.kind == "person") has_person = true;
        if (!has_person) {
          Candidate team;
          team.kind = "group";
          team.name = "team of " + target_ref->entity->canonical;
          team.previous = target_ref->entity->canonical;
          team.start = target_ref->start;
          team.end = target_ref->end;
          cands.push_back(team);
        } else {
          for (Candidate& c : cands)
            if (c.kind == "person" && c.previous.empty()) c.previous = target_ref->entity->canonical;
        }
      } else {
        Candidate t;
        t.kind = "company";
        t.name = target_ref->entity->canonical;
        t.start = target_ref->start;
        t.end = target_ref->end;
        int ei = FindOrCreate(ctx, t, employer, EventType::kAcquisitionAttempt);
        if (ei >= 0) {
          Event& e = ctx->events[ei];
          bool failed = Has(cues, Cue::kFail) || Has(cues, Cue::kDecline);
          e.outcome =
              failed ? Outcome::kFailed : (e.outcome == Outcome::kNone ? Outcome::kOffered : e.outcome);
          AddTimeline(&e, "offered");
          if (failed) AddTimeline(&e, "failed");
          e.evidence.push_back({s.para, s.ev_start, s.ev_end});
          sentence_events.push_back(ei);
        }
      }
    }
  }

  AmountRole RoleOf(int idx) const { return AmountRoleIn(a, idx, s.start, s.end); }

  // A clause without a hiring cue whose amount is pay ("Coupang will pay Dunmore 3.5 billion won a
  // year", "연봉 150만 달러에 주식보상이 더해진 패키지로") continues the event it refers to: a
  // candidate named in it with an event already, or the followed event of the paragraph.
  bool PayContinues() const {
    if (ctx->last_event < 0) return false;
    bool pay = false;
    for (size_t i = 0; i < a.money.size(); ++i)
      if (a.money[i].paragraph == s.para && a.money[i].start >= s.start && a.money[i].end <= s.end &&
          a.money[i].glosses < 0 && !quoted(a.money[i].start) && RoleOf(static_cast<int>(i)) == AmountRole::kPay)
        pay = true;
    if (!pay) return false;
    for (const Candidate& c : cands)
      if (c.kind == "person" && HasEventOf(*ctx, c.name, "")) return true;
    if (!cands.empty() || ctx->last_event_paragraph < s.para - 1) return false;
    const Event& last = ctx->events[ctx->last_event];
    if (RefersTo(ko_s, lo_s, last.candidate)) return true;
    // A distributive word stands for the persons just named, as a pronoun does ("Each will be paid
    // $20 million a year", "Both were given sign-on awards of $5 million").
    if (CuePhraseIn(s, "each", s.start, s.end)) return true;
    // The followed person's current employer puts up pay ("but JPMorgan responded with a
    // retention award worth about $10 million"): a counter-offer (CounterOfferEvent).
    for (size_t i = 0; i < a.money.size(); ++i)
      if (a.money[i].paragraph == s.para && a.money[i].start >= s.start && a.money[i].end <= s.end &&
          RoleOf(static_cast<int>(i)) == AmountRole::kPay)
        if (const OrgRef* o = ActingOrgBefore(a.money[i].start);
            o && !last.previous_employer.empty() && o->entity->canonical == last.previous_employer)
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
  int PriceEvent(int idx) const {
    const Amount& m = a.money[idx];
    const bool price = RoleOf(idx) == AmountRole::kPrice;
    auto attempt_on = [&](const std::string& target) {
      for (int ei : sentence_events)
        if (ctx->events[ei].type == EventType::kAcquisitionAttempt && (target.empty() || ctx->events[ei].candidate == target))
          return ei;
      for (int ei = static_cast<int>(ctx->events.size()) - 1; ei >= 0; --ei)
        if (ctx->events[ei].type == EventType::kAcquisitionAttempt && ctx->events[ei].candidate == target) return ei;
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
  void ReadPrices() {
    for (size_t i = 0; i < a.money.size(); ++i) {
      const Amount& m = a.money[i];
      if (m.paragraph != s.para || m.start < s.start || m.end > s.end || m.glosses >= 0 || quoted(m.start)) continue;
      const int idx = static_cast<int>(i);
      const int ei = PriceEvent(idx);
      if (ei < 0) {
        if (RoleOf(idx) == AmountRole::kPrice) priced.insert(idx);
        continue;
      }
      priced.insert(idx);
      Event& e = ctx->events[ei];
      if (std::any_of(e.offers.begin(), e.offers.end(), [&](const Offer& o) { return o.amount == idx; })) continue;
      Offer o = OfferFromAmount(a, idx);
      AddGloss(&o, idx);
      e.offers.push_back(std::move(o));
    }
  }

  void AddGloss(Offer* o, int idx) const { AddGlossPartner(a, idx, o); }

  // Events of the candidates (or the followed event); false when the clause touches none.
  bool CreateEvents() {
    // Candidates' events.
    cand_event = decltype(cand_event)(cands.size(), -1);
    for (size_t i = 0; i < cands.size(); ++i) {
      // "高橋健二社長は3月末で退任する": a person leaving the post written after the name leaves
      // the company the article is about (the latest event's employer, else the lead).
      if (employer.empty() && Has(cues, Cue::kLeave) && cands[i].previous.empty() && cands[i].kind == "person" &&
          JapaneseTitleAt(p, static_cast<size_t>(cands[i].end))) {
        for (const Event& e : ctx->events)
          if (e.type != EventType::kAcquisitionAttempt && !e.employer.empty()) cands[i].previous = e.employer;
        if (cands[i].previous.empty()) cands[i].previous = ctx->lead_org;
      }
      const Candidate& c = cands[i];
      if (acquisition && !acquihire && target_ref && c.kind == "company") continue;
      EventType type = acquihire ? EventType::kAcquihire : EventType::kOffer;
      std::string emp = employer;
      if (emp.empty() && Has(cues, Cue::kLeave) && !c.previous.empty() && c.kind == "person") {
        // Only the person who leaves: the candidate right before the first leave cue.
        int leave_pos = -1;
        for (const CueHit& h : cues)
          if (h.cue == Cue::kLeave && leave_pos < 0) leave_pos = h.pos;
        int subject = -1, subject_end = -1;
        for (size_t k = 0; k < cands.size(); ++k)
          if (cands[k].kind == "person" && cands[k].end <= leave_pos && cands[k].end > subject_end) {
            subject = static_cast<int>(k);
            subject_end = cands[k].end;
          }
        if (subject != static_cast<int>(i) && !(members && ctx->group_members.count(c.name))) continue;
        emp = c.previous;
        type = EventType::kDeparture;
      }
      // Groups without any describing detail are too vague to be an event.
      int ei = -1;
      // A group offered an amount by a named employer is specific enough ("네뷸라AI는 … 연구자들에게
      // 연간 1500만 달러 안팎의 조건을 제시").
      // Plural only: a singular noun ("구글 연구원에 1000만 달러") mostly stands for a named person.
      const bool offered_amount = !c.singular && has_amount && !emp.empty() && !employer_from_context &&
                                  (Has(cues, Cue::kOffer) || Has(cues, Cue::kRaise));
      if (c.kind == "group" && c.previous.empty() && (c.count < 0 || c.approx) && !offered_amount) {
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
    // A sentence with an offer cue but no candidate continues the latest event
    // ("이 과정에서 일부에게는 ... 조건도 제시됐다").
    continuation = false;
    // Not when the sentence names the followed person only to set them aside: its amounts are
    // someone else's ("네뷸라AI는 정 박사 외에도 경쟁사 출신 연구자들에게 연간 1500만 달러").
    if (sentence_events.empty() && ctx->last_event >= 0 && ctx->last_event_paragraph >= s.para - 1 &&
        !set_aside.count(ctx->events[ctx->last_event].candidate)) {
      const Event& last = ctx->events[ctx->last_event];
      bool offer_side = Has(cues, Cue::kOffer) || Has(cues, Cue::kIntent) || Has(cues, Cue::kStay) ||
                        Has(cues, Cue::kAccept) || Has(cues, Cue::kRaise);
      if (!employer.empty() && !employer_from_context && employer != last.employer &&
          last.candidate_kind == "person" && !acquisition && offer_side &&
          (RefersTo(ko_s, lo_s, last.candidate) || CounterByCurrent(last))) {
        // "... after OpenAI offered her $20 million", "이 박사는 구글에 남기로 했다": the person
        // the text follows, with another employer.
        Candidate c;
        c.name = last.candidate;
        c.kind = "person";
        int ei = FindOrCreate(ctx, c, employer, EventType::kOffer);
        if (ei >= 0) sentence_events.push_back(ei);
      } else if (ctx->last_event_paragraph == s.para || pay_only ||
                 ((employer.empty() || (!employer_from_context && employer == last.employer)) &&
                  last.candidate_kind == "person" && RefersTo(ko_s, lo_s, last.candidate))) {
        // Same paragraph, or the next one referring back to the person and naming the same
        // employer or none ("Meta offered him a pay package ...", "최씨는 처음에는 제안을 거절했지만").
        sentence_events.push_back(ctx->last_event);
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

  // A counter-offer stated as a noun with no person named ("Goldman has responded with a
  // counter-offer that includes …", "한빛텔레콤은 역제안을 내놨다"): the clause's employer is the
  // current employer (previous employer or known origin) of the person the latest event offers a
  // move to, and a retain row (counter-offer, retention, 역제안) stands in the clause: that
  // employer's own offer to the person.
  bool CounterByCurrent(const Event& last) const {
    if (last.type == EventType::kAcquisitionAttempt || !RetainWordIn(lo_s)) return false;
    auto origin = ctx->origins.find(last.candidate);
    return SameOrUnit(employer, last.previous_employer) ||
           (origin != ctx->origins.end() && SameOrUnit(employer, origin->second));
  }

  std::vector<int> ClauseAmounts() const {
    std::vector<int> out;
    for (size_t i = 0; i < a.money.size(); ++i) {
      const Amount& m = a.money[i];
      if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end && !quoted(m.start)) out.push_back(static_cast<int>(i));
    }
    return out;
  }

  // Pay an employer offers or hires with in a clause that names no candidate waits for the
  // person's event (Context::pending_pay).
  void HoldPay(int idx) {
    // Not from a headline: its telegraphic grammar does not tell the employer from an affiliation
    // ("DeepMind Researcher Turned Down $50 Million Meta Offer").
    if (s.para == 0 || employer.empty() || employer_from_context || !employer_ref || !employer_ref->subject || priced.count(idx) ||
        RoleOf(idx) != AmountRole::kPay)
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
          (EndsWithAt(p, static_cast<size_t>(start), "'s ") || EndsWithAt(p, static_cast<size_t>(start), "’s ") ||
           EndsWithAt(p, static_cast<size_t>(start), "의 ")))
        return;
    if (!Has(cues, Cue::kOffer) && !Has(cues, Cue::kHire) && !Has(cues, Cue::kIntent) && !Has(cues, Cue::kRaise))
      return;
    // The subject of the offer verb when the sentence names one ("Meridian Labs, the startup backed by
    // …, offered a Google DeepMind researcher a pay package worth …").
    const OrgRef* offerer = OfferingOrgBefore(start);
    ctx->pending_pay.push_back({idx, offerer ? offerer->entity->canonical : employer, s.para});
  }

  // The held pay of the employer of a person event this clause touched.
  void TakeHeldPay(int ei) {
    Event& e = ctx->events[ei];
    if (e.candidate_kind != "person" || e.type == EventType::kAcquisitionAttempt) return;
    auto& held = ctx->pending_pay;
    for (auto it = held.begin(); it != held.end();) {
      if (s.para - it->paragraph > 2 || !SameOrUnit(it->employer, e.employer)) {
        ++it;
        continue;
      }
      const Amount& m = a.money[it->amount];
      const bool have = std::any_of(e.offers.begin(), e.offers.end(), [&](const Offer& o) {
        return o.amount == it->amount || (o.currency == m.currency && o.value == (m.value.empty() ? m.high : m.value));
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
  bool KoreanRecipient(const Candidate& c) const {
    size_t e = static_cast<size_t>(c.end);
    if (StartsWith(p, e, "(")) {
      const size_t close = p.find(')', e);
      if (close == std::string_view::npos || close - e > 12) return false;
      e = close + 1;
    }
    if (StartsWith(p, e, " ")) {
      const size_t sp = p.find_first_of(" ,", e + 1);
      const std::string_view word = p.substr(e + 1, (sp == std::string_view::npos ? p.size() : sp) - e - 1);
      return word.size() <= 24 && (EndsWithAt(word, word.size(), "에게") || EndsWithAt(word, word.size(), "에게는"));
    }
    return StartsWith(p, e, "에게");
  }

  int money_event(int pos) const {
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
      if (ctx->events[ei].type != EventType::kAcquisitionAttempt) return continuation ? ContinuedPayTaker(ei) : ei;
    if (continuation) return ContinuedPayTaker(sentence_events.front());
    return -1;
  }

  // Pay is never a departure's (no gold departure of tests/data has an offer): pay in a clause that
  // continues a departure ("She replaces Nigel Ashcombe, who … Albion said her base salary would be
  // £1.4mn", "…, succeeding Richard Hale, who … retire. Her contract pays $950,000") is the pay of
  // the move touched last before it, a person's or a group's; -1 when there is none.
  int ContinuedPayTaker(int ei) const {
    if (ctx->events[ei].type != EventType::kDeparture) return ei;
    int best = -1;
    for (size_t k = 0; k < ctx->events.size(); ++k) {
      const Event& e = ctx->events[k];
      if (e.type == EventType::kDeparture || e.type == EventType::kAcquisitionAttempt) continue;
      if (best < 0 || ctx->meta[k].last_sentence >= ctx->meta[best].last_sentence) best = static_cast<int>(k);
    }
    return best;
  }

  void ReadAmounts() {
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
  std::vector<int> events_for_cue(const CueHit& h) const {
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
    // Decline/join/leave/accept belong to the candidate just before the cue when several.
    // "X도 Y와 함께 합류한다", "along with": everyone named moves.
    bool coordinated = false;
    for (size_t a1 = 0; a1 < cands.size(); ++a1)
      for (size_t b1 = 0; b1 < cands.size(); ++b1)
        if (cands[a1].kind == "person" && cands[b1].kind == "person" && cands[b1].start > cands[a1].end &&
            cands[b1].start - cands[a1].end <= 120) {
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
  void ApplyItems() {
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

  void ApplyAmount(int idx) {
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

  // The clause says the amount is per person (an each row of the cue table between the clause's
  // start and a few bytes after the amount: "giving each a pay package worth $20 million", "$5
  // million each", "1인당 연봉 10억원").
  bool EachAmount(const Amount& m) const { return CuePhraseIn(s, "each", s.start, std::min(s.end, m.end + 12)); }

  // A per-person amount is the offer of every person the clause names before it moving to the same
  // employer ("hired A, B and C …, giving each a pay package worth $20 million"), not only the
  // nearest one's.
  void ShareWithListedPersons(const Offer& o, int idx, int ei) {
    const Amount& m = a.money[idx];
    std::vector<int> listed;
    for (size_t i = 0; i < cands.size(); ++i)
      if (cand_event[i] >= 0 && cands[i].end <= m.start) listed.push_back(cand_event[i]);
    // A clause that names no one continues the followed event: the distributive word speaks of
    // the persons of the sentence that sets the followed event ("hired A, B and C. Each will be paid
    // …", "… 영입했다. 이들은 각각 연봉 20억원을 받는다").
    if (continuation && cands.empty()) listed = ctx->followed_events;
    // As many amounts as persons are one each, in order ("각각 연봉 15억원과 12억원"): no sharing.
    int amounts = 0;
    for (int k : ClauseAmounts()) amounts += a.money[k].glosses < 0 && !priced.count(k) && RoleOf(k) != AmountRole::kNonPay;
    if (amounts > 1 && static_cast<size_t>(amounts) >= listed.size()) return;
    for (const int ci : listed) {
      if (ci == ei) continue;
      Event& other = ctx->events[ci];
      const Event& e = ctx->events[ei];
      if (other.candidate_kind != "person" || other.type == EventType::kDeparture ||
          other.type == EventType::kAcquisitionAttempt || other.employer != e.employer)
        continue;
      if (std::any_of(other.offers.begin(), other.offers.end(), [&](const Offer& f) { return f.amount == idx; })) continue;
      other.offers.push_back(o);
    }
  }

  // The organization acting right before an amount of the clause, as the subject of the words that
  // lead to it ("after Nvidia countered with a retention grant … valued at $25 million", "but
  // JPMorgan responded with a retention award worth about $10 million"): no other organization
  // or person between, and the organization followed by a verb (a lowercase word that is no
  // preposition) or a Korean subject particle. Null when there is none.
  const OrgRef* ActingOrgBefore(int pos) const {
    const OrgRef* best = nullptr;
    for (const OrgRef& o : orgs)
      if (!o.publication && !o.cited && o.end <= pos && pos - o.end <= 90 && (!best || o.end > best->end)) best = &o;
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
    auto possessive = [&](size_t e) {  // "윤 전무의 연봉", "her", "Reyes's"
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
    const size_t e = static_cast<size_t>(best->end);
    for (const char* particle : {"이 ", "가 ", "은 ", "는 ", "도 "})
      if (StartsWith(p, e, particle)) return best;
    if (e + 2 >= p.size() || p[e] != ' ' || !std::islower(static_cast<unsigned char>(p[e + 1]))) return nullptr;
    size_t we = e + 1;
    while (we < p.size() && std::isalpha(static_cast<unsigned char>(p[we]))) ++we;
    // A finite verb: an auxiliary or a past / third-person form ("countered", "responds").
    std::string_view w = lo.substr(e + 1, we - e - 1);
    for (const char* aux : {"has", "had", "have", "will", "would", "is", "was", "also", "then", "quickly", "made"})
      if (w == aux) return best;
    const bool finite = w.size() > 3 && (EndsWithAt(w, w.size(), "ed") || (w.back() == 's' && !EndsWithAt(w, w.size(), "ss")));
    return finite ? best : nullptr;
  }

  // A counter-offer: an amount the person's current employer puts up in a clause about another
  // employer's offer belongs to the person's event at the current employer (created when missing),
  // not to the other offer. The current employer is the event's previous employer or the person's
  // known origin.
  int CounterOfferEvent(int idx, int ei) {
    const Event& e = ctx->events[ei];
    if (e.candidate_kind != "person" || e.type == EventType::kAcquisitionAttempt) return ei;
    const OrgRef* o = ActingOrgBefore(a.money[idx].start);
    if (!o || o->entity->canonical == e.employer || RoleOf(idx) == AmountRole::kNonPay) return ei;
    const std::string& current = o->entity->canonical;
    auto origin = ctx->origins.find(e.candidate);
    // The current employer: the event's previous employer, the person's known origin, or the one
    // the clause keeps the person at ("셀트리온이 연봉을 10억원 수준으로 올리고 … 잔류를 택했다",
    // "Jane Street responded with a counter-offer that raised her pay to about $12 million").
    if (current != e.previous_employer && (origin == ctx->origins.end() || origin->second != current) &&
        !((Has(cues, Cue::kStay) || RetainWordIn(lo_s) || StayLaterInSentence(a.money[idx].end)) &&
          std::none_of(orgs.begin(), orgs.end(), [](const OrgRef& x) { return x.dest; })))
      return ei;
    Candidate c;
    c.name = e.candidate;
    c.kind = "person";
    const int ci = FindOrCreate(ctx, c, current, EventType::kOffer);  // may reallocate ctx->events
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
  bool StayLaterInSentence(int pos) const {
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
  const OrgRef* OfferingOrgBefore(int pos) const {
    // The offer words before pos, latest first ("offered … a pay package worth": "package", then
    // "offered").
    std::vector<const CueHit*> verbs;
    for (const CueHit& h : cues)
      if (h.cue == Cue::kOffer && h.pos < pos && h.pos >= s.start && IsAsciiAlpha(p[h.pos])) verbs.push_back(&h);
    std::sort(verbs.begin(), verbs.end(), [](const CueHit* x, const CueHit* y) { return x->pos > y->pos; });
    for (const CueHit* verb : verbs) {
      const OrgRef* best = nullptr;
      for (const OrgRef& o : orgs)
        if (!o.publication && !o.cited && !o.prev && !o.target && o.end <= verb->pos && (!best || o.end > best->end))
          best = &o;
      if (!best) return nullptr;
      if (std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) { return c.start >= best->end && c.start < pos; }))
        return nullptr;
      std::string_view mid = lo.substr(static_cast<size_t>(best->end), static_cast<size_t>(verb->pos - best->end));
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
  // Google"): the person's event at the offering organization (created when missing) takes it.
  int OfferingOrgEvent(int idx, int ei) {
    const Event& e = ctx->events[ei];
    if (e.candidate_kind != "person" || e.type == EventType::kAcquisitionAttempt || RoleOf(idx) == AmountRole::kNonPay)
      return ei;
    const OrgRef* o = OfferingOrgBefore(a.money[idx].start);
    if (!o || SameOrUnit(o->entity->canonical, e.employer) || o->entity->canonical == e.previous_employer) return ei;
    Candidate c;
    c.name = e.candidate;
    c.kind = "person";
    c.previous = e.previous_employer;
    const std::string offerer = o->entity->canonical;
    const int oi = FindOrCreate(ctx, c, offerer, EventType::kOffer);  // may reallocate ctx->events
    if (oi < 0) return ei;
    Evidence ev{s.para, s.ev_start, s.ev_end};
    Event& offer = ctx->events[oi];
    if (std::find(offer.evidence.begin(), offer.evidence.end(), ev) == offer.evidence.end()) offer.evidence.push_back(ev);
    if (offer.outcome == Outcome::kNone) offer.outcome = Outcome::kOffered;
    AddTimeline(&offer, "offered");
    return oi;
  }

  // The clause's terms of one amount: a term word next to an amount is that amount's alone
  // ("계약금 50억원과 연봉 15억원": only the first is a signing bonus); one next to none is every
  // amount's ("4년간 … 주식 보상도 포함").
  std::vector<std::string> AmountTerms(int idx) const {
    std::vector<std::string> out;
    for (const TermHit& t : term_hits) {
      int owner = -1, best = 1 << 30;  // the nearest amount next to the term word
      for (int j : amount_idx)
        if (int d = TermDistance(t, a.money[j]); a.money[j].glosses < 0 && d >= 0 && d < best) {
          owner = j;
          best = d;
        }
      if ((owner < 0 || owner == idx) && std::find(out.begin(), out.end(), t.term) == out.end()) out.push_back(t.term);
    }
    return out;
  }

  void ApplyCue(const CueHit& h, int ei) {
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
        std::string_view w = lo.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len));
        if (w == "named" || w == "appointed" || w == "promoted")
          ctx->meta[ei].appointed = true;
        else
          ctx->meta[ei].moved = true;
      }
        if (h.agreed ||
            ((h.cue == Cue::kJoin || h.cue == Cue::kHire) && FrameReader::Default().MoveAspect(blank, lo, h.pos, h.pos + h.len) ==
                                        FrameReader::Aspect::kFuture) ||
            KoreanPresentTense(blank, h)) {
          // "will join", "agreed to join", "합류할 예정": agreed, not yet done.
          ctx->meta[ei].agreed = true;
          if (OutcomeRank(e.outcome) < OutcomeRank(Outcome::kAccepted)) e.outcome = Outcome::kAccepted;
          AddTimeline(&e, "accepted");
        } else {
          e.outcome = Outcome::kJoined;
          AddTimeline(&e, "joined");
        }
        if (!e.offers.empty() && e.offers.back().response.empty()) e.offers.back().response = "accepted";
        break;
      case Cue::kStay:
        ApplyStay(h, ei);
        break;
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
      case Cue::kRaise:
        ApplyRaise(ei);
        break;
      default:
        break;
    }
  }

  void ApplyStay(const CueHit& h, int ei) {
    Event& e = ctx->events[ei];
    if (!stay_prev.empty() && e.candidate_kind == "person" && e.type != EventType::kAcquisitionAttempt) {
      // Staying at the current employer (no counter-offer): every open offer of another
      // employer to this person is turned down.
      for (Event& o : ctx->events) {
        if (o.candidate != e.candidate || SameOrUnit(o.employer, stay_prev) || o.type == EventType::kAcquisitionAttempt)
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
    if (BareStay(orgs, h) && e.candidate_kind == "person" && !e.previous_employer.empty() &&
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
      c.kind = "person";
      std::string current = e.previous_employer;
      int si = FindOrCreate(ctx, c, current, EventType::kOffer);  // may reallocate ctx->events
      if (si >= 0) {
        Event& st = ctx->events[si];
        st.outcome = Outcome::kAccepted;
        AddTimeline(&st, "accepted");
        stay_events.push_back(si);
      }
      return;
    }
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

  void ApplyRaise(int ei) {
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
      if (!mults.empty() && t.end <= mults.front()->start && mults.front()->start - t.end <= 8) raised_term = t.term;
    const Offer* base_ptr = nullptr;
    for (auto it = e.offers.rbegin(); it != e.offers.rend() && !base_ptr; ++it)
      if (!in_sentence(*it) &&
          (raised_term.empty() || std::find(it->terms.begin(), it->terms.end(), raised_term) != it->terms.end()))
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

  void ReadTeamAndRole() {
    {
      for (size_t f = ko_s.find("팀"); f != std::string_view::npos && team.empty();
           f = ko_s.find("팀", f + 1)) {
        std::string_view rest = ko_s.substr(f + 3);
        if (!(rest.rfind("에 ", 0) == 0 || rest.rfind("으로 ", 0) == 0 || rest.rfind("에서", 0) == 0))
          continue;
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
  void Finish() {
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
    if (!continuation && !sentence_events.empty()) ctx->followed_events = sentence_events;
  }

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
  bool pay_only = false;     // no hiring cue: a pay amount continues an existing event only
  std::set<int> priced;      // amounts of the clause that priced a company (no offer)
  int counter_event = -1;    // the counter-offer event an amount of the clause went to
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

void ProcessSentence(Context* ctx, const SentenceCtx& s, const std::vector<const Mention*>& person_m,
                     const std::vector<const Entity*>& person_e, const std::vector<const Mention*>& org_m,
                     const std::vector<const Entity*>& org_e) {
  ClauseReader(ctx, s, person_m, person_e, org_m, org_e).Run();
}

// The type from the outcome: a move made or agreed is a hire; pay stated for a move made keeps it a
// hire (the convention of the batch briefs since events-b13: "a completed or signed move that states
// its pay is a hire"; events-b12 typed such moves offers), pay for an open or refused move, an
// offer the person is reported to accept ("accepted an offer valued at …") or one bargained over
// (declined or raised before the move) makes an offer; a move away with no destination is a departure.
void SettleType(Event* e, bool agreed) {
  if (e->type == EventType::kOffer && e->outcome == Outcome::kLeft) e->type = EventType::kDeparture;
  const bool move = e->outcome == Outcome::kJoined || (e->outcome == Outcome::kAccepted && agreed);
  if (e->type == EventType::kOffer && move && e->offers.empty()) e->type = EventType::kHire;
  // A move made with its pay stated is a hire (the pay stays in its offers); pay for a move not
  // made yet or refused is an offer; an agreed move read as a hire keeps its type.
  const bool offer_taken = std::any_of(e->offers.begin(), e->offers.end(), [](const Offer& o) { return o.response == "accepted"; });
  if (e->type == EventType::kHire && !e->offers.empty() &&
      ((e->outcome != Outcome::kJoined && e->outcome != Outcome::kAccepted) || (e->outcome == Outcome::kAccepted && offer_taken)))
    e->type = EventType::kOffer;
}

// A move made or signed with its pay stated is a hire carrying the pay (the convention of the batch
// briefs since events-b13: "has hired … will be paid about $12 million", "has signed a four-year
// contract worth $60 million", "4년 최대 90억원에 FA 계약을 맺었다"), unless the move answers an offer
// the person is said to accept ("accepted an offer valued at …", "제안을 수락했다") or one bargained
// over (declined or raised before the move).
bool MoveWithPay(const Event& e, const Context::Meta& m) {
  if (e.type != EventType::kOffer || e.offers.empty() || e.candidate_kind != "person" || m.took_offer) return false;
  if (std::find(e.timeline.begin(), e.timeline.end(), "declined") != e.timeline.end()) return false;
  return e.outcome == Outcome::kJoined || (e.outcome == Outcome::kAccepted && (m.agreed || m.moved));
}

// The moves MoveWithPay read become hires once the role models have settled the outcome: a move
// still made or agreed (joined, accepted) keeps its pay as a hire.
void PaidMovesAsHires(const Context& ctx, std::vector<Event>* events) {
  for (Event& e : *events)
    if (e.type == EventType::kOffer && ctx.paid_moves.count({e.candidate, e.employer}) &&
        (e.outcome == Outcome::kJoined || e.outcome == Outcome::kAccepted))
      e.type = EventType::kHire;
}

// Same person written in full and shortened ("정하은" / "정하", "Matt Deitke" / "Deitke").
bool SamePersonName(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  if (s.size() < 6) return false;  // two Hangul syllables at least
  return l.compare(0, s.size(), s) == 0 || (l.size() > s.size() && l.compare(l.size() - s.size(), s.size(), s) == 0 &&
                                            l[l.size() - s.size() - 1] == ' ');
}

// One article's events about one hire, read from different sentences, become one: a group
// described twice ("개발팀 전원" / "엔지니어 15명") with the same employer and origin; a
// person written in full and shortened; a departure that is the first half of a move.

// A counted group whose members the article names ("hired four researchers from Google
// DeepMind … Tom Okafor, Shreya …"; "The three researchers started at Helix" after the named trio):
// the named hires are the group (marked in `folded`); they take its origin. A group that names no
// origin takes any person hired at its employer; one with an origin, those from it (spelled in
// any of the article's ways, with `article`) or from nowhere.
// Whether organization names `a` and `b` name the same organization of the article, or `a` is a
// unit written after it ("삼성전자 메모리사업부" for "Samsung Electronics", whose alias 삼성전자 is).
bool SameOrgOf(const Article& art, const std::string& a, const std::string& b) {
  auto key = [&](const std::string& n) -> std::string {
    for (const Entity& e : art.entities)
      if (e.type != "person" && !n.empty() &&
          (e.name == n || e.canonical == n || std::find(e.aliases.begin(), e.aliases.end(), n) != e.aliases.end()))
        return e.canonical;
    return "";
  };
  const std::string kb = key(b);
  return !kb.empty() && (key(a) == kb || key(a.substr(0, a.find(' '))) == kb);
}

void NamedGroupMembers(std::vector<Event>* events, std::vector<bool>* folded, const Article* article) {
  std::vector<Event>& out = *events;
  for (size_t i = 0; i < out.size(); ++i) {
    Event& g = out[i];
    // A group only the headline tells, uncounted ("poaches trio of restructuring partners from
    // Ashdown Mercer"), beside two or more people the body names moving the same way, is those people.
    const bool headline_only = article && g.candidate_count <= 0 && !g.evidence.empty() &&
                               std::all_of(g.evidence.begin(), g.evidence.end(), [](const Evidence& ev) { return ev.paragraph == 0; });
    if ((*folded)[i] || g.candidate_kind != "group" || (g.candidate_count <= 0 && !headline_only) ||
        g.type == EventType::kDeparture)
      continue;
    std::vector<size_t> members;
    for (size_t j = 0; j < out.size(); ++j) {
      const Event& p = out[j];
      if (p.candidate_kind == "person" && p.type != EventType::kDeparture && SameOrUnit(p.employer, g.employer) &&
          (p.previous_employer.empty() || g.previous_employer.empty() ||
           SameOrUnit(p.previous_employer, g.previous_employer) ||
           (article && SameOrgOf(*article, p.previous_employer, g.previous_employer))))
        members.push_back(j);
    }
    if (static_cast<int>(members.size()) < std::max(g.candidate_count, headline_only ? 2 : 1)) continue;
    (*folded)[i] = true;
    for (size_t j : members) {
      if (out[j].previous_employer.empty()) out[j].previous_employer = g.previous_employer;
      // "offering each of them packages worth more than $100 million": the group's offer is each one's.
      if (out[j].offers.empty()) out[j].offers = g.offers;
    }
  }
}

// The people an article's events name as moving (hires and offers): employer and candidate.
std::vector<std::pair<std::string, std::string>> NamedMovers(const std::vector<Event>& evs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Event& p : evs)
    if (p.candidate_kind == "person" && p.type != EventType::kDeparture) out.emplace_back(p.employer, p.candidate);
  return out;
}
// How many of `movers` move to `employer`, each name once.
int NamedMoversAt(const std::vector<std::pair<std::string, std::string>>& movers, const std::string& employer) {
  std::vector<const std::string*> names;
  for (const auto& [at, name] : movers)
    if (SameOrUnit(at, employer) &&
        std::none_of(names.begin(), names.end(), [&](const std::string* n) { return SamePersonName(*n, name); }))
      names.push_back(&name);
  return static_cast<int>(names.size());
}

// `article` (when given) lets a headline misreading ("KAIST, … 영입…포스텍 류경민 교수는 정년퇴임" read as
// 류경민's hire at KAIST) keep no departure from being told: it is no move the departure is half of.
std::vector<Event> FoldArticleEvents(std::vector<Event> evs, const std::set<std::string>& singular_groups,
                                     const std::set<std::string>& listed_groups,
                                     bool headline, const Article* article = nullptr) {
  std::vector<Event> out;
  const auto movers = NamedMovers(evs);
  for (Event& e : evs) {
    Event* into = nullptr;
    for (Event& o : out) {
      bool same_employer = o.employer == e.employer ||
                           (e.employer.size() > o.employer.size() && e.employer.compare(0, o.employer.size(), o.employer) == 0 &&
                            e.employer[o.employer.size()] == ' ') ||
                           (o.employer.size() > e.employer.size() && o.employer.compare(0, e.employer.size(), e.employer) == 0 &&
                            o.employer[e.employer.size()] == ' ');
      if (!same_employer || o.candidate_kind != e.candidate_kind) continue;
      if ((o.type == EventType::kAcquisitionAttempt) != (e.type == EventType::kAcquisitionAttempt)) continue;
      // A group counted the same at the same employer is the same group, however its origin is
      // spelled ("Samsung Electronics" in the headline, "삼성전자 메모리사업부" in the body).
      const bool same_count = o.candidate_count > 1 && o.candidate_count == e.candidate_count;
      // A group listed after another in one sentence ("three partners …, along with eight associates")
      // is a group of its own.
      // So is one beside a group of another sentence that the named movers make up ("hired three
      // partners" in the lede, "A, B and C joined …, along with at least nine associates" after it);
      // a group counting them all ("The six lawyers joined": two partners and four associates) is not.
      const bool listed_here = listed_groups.count(e.candidate) || listed_groups.count(o.candidate);
      const Event& other = listed_groups.count(e.candidate) ? o : e;
      const bool counted_apart = o.candidate_count > 1 && e.candidate_count > 1 &&
                                 o.candidate_count != e.candidate_count &&
                                 NamedMoversAt(movers, other.employer) >= other.candidate_count;
      const bool listed = e.candidate_kind == "group" && o.candidate != e.candidate && listed_here &&
                          (counted_apart || std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& x) {
                            return std::find(o.evidence.begin(), o.evidence.end(), x) != o.evidence.end();
                          }));
      if (e.candidate_kind == "group" && !listed &&
          (SameOrUnit(o.previous_employer, e.previous_employer) || o.previous_employer.empty() ||
           e.previous_employer.empty() || same_count))
        into = &o;
      if (e.candidate_kind == "person" && SamePersonName(o.candidate, e.candidate)) into = &o;
      if (into) break;
    }
    if (!into) {
      out.push_back(std::move(e));
      continue;
    }
    Event& m = *into;
    if (e.candidate.size() > m.candidate.size() && e.candidate_kind == "person") m.candidate = e.candidate;
    if (e.type == EventType::kAcquihire || m.type == EventType::kAcquihire) m.type = EventType::kAcquihire;
    else if (e.type == EventType::kHire) m.type = EventType::kHire;
    if (OutcomeRank(e.outcome) >= OutcomeRank(m.outcome)) m.outcome = e.outcome;
    for (const std::string& t : e.timeline)
      if (std::find(m.timeline.begin(), m.timeline.end(), t) == m.timeline.end()) m.timeline.push_back(t);
    for (Offer& f : e.offers) m.offers.push_back(std::move(f));
    for (const Evidence& x : e.evidence)
      if (std::find(m.evidence.begin(), m.evidence.end(), x) == m.evidence.end()) m.evidence.push_back(x);
    if (m.previous_employer.empty() ||
        (e.previous_employer.size() > m.previous_employer.size() && SameOrUnit(m.previous_employer, e.previous_employer))) {
      // The more specific unit ("Google DeepMind" over the headline's "Google").
      std::string suffix = " from " + m.previous_employer;
      if (m.candidate_kind == "group" && m.candidate.size() > suffix.size() &&
          m.candidate.compare(m.candidate.size() - suffix.size(), suffix.size(), suffix) == 0)
        m.candidate = m.candidate.substr(0, m.candidate.size() - suffix.size()) + " from " + e.previous_employer;
      m.previous_employer = e.previous_employer;
    }
    if (m.candidate_count < 0) m.candidate_count = e.candidate_count;
    if (m.reported_by.empty()) m.reported_by = e.reported_by;
    if (m.team.empty()) m.team = e.team;
    m.confidence = std::max(m.confidence, e.confidence);
  }
  std::vector<bool> part_of_move(out.size(), false);
  // A group ("구글 딥마인드 출신 연구자") standing for a person the article names: at the same
  // employer, or only in the headline, which may spell the employer short ("パナソニック、オープン
  // AIの技術者に…" for the body's パナソニックホールディングス).
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].candidate_kind == "group" && !out[i].previous_employer.empty() &&
        singular_groups.count(out[i].candidate)) {
      const bool in_headline = headline && std::all_of(out[i].evidence.begin(), out[i].evidence.end(),
                                                       [](const Evidence& x) { return x.paragraph == 0; });
      for (size_t j = 0; j < out.size(); ++j)
        if (out[j].candidate_kind == "person" && (out[j].employer == out[i].employer || in_headline) &&
            out[j].previous_employer == out[i].previous_employer && out[i].candidate_count <= 1) {
          // The pay offered to the person before the name was given ("구글 딥마인드에서 일하는 한국인
          // AI 연구자에게 … 최대 8억 달러(한화 약 1조원)에 이르는 보상 패키지를 제시") is the person's.
          if (!part_of_move[i] && out[j].offers.empty() && out[j].type != EventType::kDeparture)
            out[j].offers = out[i].offers;
          part_of_move[i] = true;
        }
    }
  NamedGroupMembers(&out, &part_of_move, nullptr);
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].type == EventType::kDeparture)
      for (size_t j = 0; j < out.size(); ++j)
        if (j != i && out[j].type != EventType::kDeparture && SamePersonName(out[j].candidate, out[i].candidate) &&
            (out[j].previous_employer == out[i].employer || out[j].previous_employer.empty()) &&
            !(headline && article && OtherOrgClauseInHeadline(*article, out[j]) &&
              std::all_of(out[j].evidence.begin(), out[j].evidence.end(), [](const Evidence& x) { return x.paragraph == 0; })))
          part_of_move[i] = true;
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!part_of_move[i]) kept.push_back(std::move(out[i]));
  for (Event& e : kept) SettleType(&e, false);
  return kept;
}

// Clauses of a sentence, cut at contrast and sequence links so each clause has one
// employer: "X made a counteroffer, after Y offered her ...", "제안했지만 / 거절하자".
// English: a finite present-tense hiring verb right after ", " ("HSBC names A wealth chief, hires
// B for Southeast Asia"): a coordinated clause with the same subject and its own object. Only the
// -s forms of the cue and trigger words count (a participle after a comma is an apposition:
// "Lee, hired from Google in 2019, ...").
bool CoordinatedVerbAt(std::string_view lo, size_t pos) {
  auto finite_at = [&](const std::string& w) {
    size_t sp = w.find(' ');
    std::string_view first = std::string_view(w).substr(0, sp);
    return first.size() > 3 && first.back() == 's' && StartsWith(lo, pos, w) &&
           (pos + w.size() >= lo.size() || !IsAsciiAlnum(lo[pos + w.size()]));
  };
  for (const Lex& l : CueWords())
    if (l.english && (l.cue == Cue::kHire || l.cue == Cue::kJoin || l.cue == Cue::kOffer) && finite_at(l.text))
      return true;
  // A departure verb of general sense ("Doyle, 44, leaves Coventry City, …") is no hiring verb.
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "trigger" && r.lang == "en" && !r.value.ends_with(":object") && finite_at(r.text)) return true;
  return false;
}

// Korean contrast endings that close a clause: -지만 and -(으)나 after any stem (했으나, 받았으나,
// 하였으나). With a comma after them ("제시했지만, 강태민은 … 거절하고") the next clause answers the
// first and is read with it.
constexpr const char* kKoreanContrastEnds[] = {"지만 ", "으나 "};
// Every Korean clause end SplitClauses cuts at: the contrast endings and -자 ("발표하자 ").
constexpr const char* kKoreanClauseEnds[] = {"지만 ", "으나 ", "하자 ", "하자, "};

std::vector<std::pair<int, int>> SplitClauses(const SentenceCtx& s, int b, int e,
                                              const std::vector<const Mention*>& person_m,
                                              const std::vector<const Mention*>& org_m) {
  // "A, who …; B, a …; and C - accepted": semicolons between named list items do not end a clause.
  auto list_item_at = [&](size_t pos) {
    if (StartsWith(s.lower, pos, "and ")) pos += 4;
    return std::any_of(person_m.begin(), person_m.end(), [&](const Mention* m) { return m->start == static_cast<int>(pos); });
  };
  std::vector<int> cuts;
  std::string_view ko(s.blank), lo(s.lower);
  for (const char* m : kKoreanClauseEnds) {
    std::vector<size_t> f;
    FindAll(ko.substr(b, e - b), m, false, &f);
    for (size_t x : f) cuts.push_back(b + static_cast<int>(x + std::string_view(m).size()));
  }
  // ", and a startup named Glean hired ...": a coordinated clause with its own subject.
  for (const char* m : {", after ", ", but ", "; ", ", while ", ", and a ", ", and an ", ", and the "}) {
    std::vector<size_t> f;
    FindAll(lo.substr(b, e - b), m, false, &f);
    for (size_t x : f)
      if (!(std::string_view(m) == "; " && list_item_at(static_cast<size_t>(b) + x + 2)))
        cuts.push_back(b + static_cast<int>(x) + 2);
  }
  for (size_t f = lo.find(", ", b); f != std::string_view::npos && f + 2 < static_cast<size_t>(e); f = lo.find(", ", f + 1))
    if (CoordinatedVerbAt(lo, f + 2)) cuts.push_back(static_cast<int>(f) + 2);
  // "… have joined Google DeepMind, where Tanaka will serve as its principal engineer": a relative
  // "where" clause on an organization says what the movers do there, a clause of its own.
  for (const Mention* m : org_m)
    if (m->start >= b && m->end < e && StartsWith(lo, static_cast<size_t>(m->end), ", where "))
      cuts.push_back(m->end + 2);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<std::pair<int, int>> out;
  int start = b;
  for (int c : cuts) {
    if (c - start < 8 || e - c < 8) continue;
    out.emplace_back(start, c);
    start = c;
  }
  out.emplace_back(start, e);
  return out;
}

double Confidence(const Event& e) {
  double c = 0.45;
  if (!e.employer.empty()) c += 0.1;
  if (e.candidate_kind == "person") c += 0.1;
  if (!e.offers.empty()) c += 0.1;
  if (e.outcome == Outcome::kJoined || e.outcome == Outcome::kDeclined || e.outcome == Outcome::kFailed) c += 0.1;
  if (!e.reported_by.empty()) c += 0.05;
  if (e.evidence.size() > 1) c += 0.05;
  return std::min(c, 0.95);
}

// The ledger event of a frame: the candidate's event of the same kind at the same employer,
// or a new one. -1 past the event limit.
int FrameEventIndex(Context* ctx, const FrameEvent& f) {
  const bool dep = f.type == EventType::kDeparture;
  for (int i = static_cast<int>(ctx->events.size()) - 1; i >= 0; --i) {
    const Event& e = ctx->events[i];
    if (e.candidate == f.candidate && e.employer == f.employer && dep == (e.type == EventType::kDeparture) &&
        e.type != EventType::kAcquisitionAttempt)
      return i;
  }
  // Korean: a frame whose clause named no employer ("한 내정자는 … 대표이사에 공식 선임된다") tells
  // more of the person's move already read, not a move to the context's organization.
  if (f.context_employer && !dep && IsKoreanText(f.candidate))
    for (int i = static_cast<int>(ctx->events.size()) - 1; i >= 0; --i) {
      const Event& e = ctx->events[i];
      if (e.candidate == f.candidate && e.candidate_kind == "person" && e.type == EventType::kHire)
        return i;
    }
  if (ctx->events.size() >= kMaxEvents) return -1;
  Event e;
  e.type = f.type;
  e.employer = f.employer;
  e.candidate = f.candidate;
  e.candidate_kind = "person";
  ctx->events.push_back(std::move(e));
  ctx->meta.push_back({});
  return static_cast<int>(ctx->events.size()) - 1;
}

// Appointment and departure frames of the clause (normalize/frames.h) as events: an
// appointment is a hire with its role, a departure leaves the employer. Returns the events.
// The clause was cut from its sentence right after a Korean contrast ending ("끝났지만 ").
bool HasContrastCut(const SentenceCtx& s) {
  return s.start > s.ev_start && std::any_of(std::begin(kKoreanContrastEnds), std::end(kKoreanContrastEnds), [&](const char* m) {
           return EndsWithAt(s.blank, static_cast<size_t>(s.start), m);
         });
}

std::vector<int> ApplyFrames(Context* ctx, const SentenceCtx& s, const std::vector<const Mention*>& person_m,
                             const std::vector<const Entity*>& person_e, const std::vector<const Mention*>& org_m,
                             const std::vector<const Entity*>& org_e) {
  FrameClause fc;
  fc.text = s.blank;
  fc.lower = s.lower;
  fc.start = s.start;
  fc.end = s.end;
  fc.sentence_start = s.ev_start;
  // Context: an appointment read earlier in the paragraph, else the organization the paragraph
  // opened with, else the latest appointment of the article.
  fc.context_employer = ctx->frame_paragraph == s.para || ctx->paragraph_topic.empty() ? ctx->frame_employer
                                                                                       : ctx->paragraph_topic;
  if (fc.context_employer.empty()) fc.context_employer = ctx->lead_org;
  // "… have joined Google DeepMind, where Tanaka will serve as its principal engineer": the place a
  // relative "where" clause (cut by SplitClauses) opens on is the employer of what it says.
  if (s.start >= 2 && StartsWith(s.lower, static_cast<size_t>(s.start) - 2, ", where "))
    for (size_t i = 0; i < org_m.size(); ++i)
      if (org_m[i]->end == s.start - 2) fc.context_employer = org_e[i]->canonical;
  fc.story_employer = ctx->lead_org;
  for (const Event& e : ctx->events)
    if (e.type == EventType::kDeparture && e.candidate_kind == "person" && !e.employer.empty())
      fc.departed.emplace_back(e.candidate, e.employer);
  for (const Event& e : ctx->events)
    if ((e.type == EventType::kHire || e.type == EventType::kOffer) && e.candidate_kind == "person" && !e.employer.empty())
      fc.hired.emplace_back(e.candidate, e.employer);
  // Korean: the people of the sentence before the clause too (its topic may be the clause's
  // subject: FrameReader's SentenceTopicBefore); the frames read only the clause's own otherwise.
  SentenceCtx whole = s;
  if (s.start > s.ev_start && IsKoreanText(std::string_view(s.blank).substr(s.start, s.end - s.start))) whole.start = s.ev_start;
  bool own = false;
  for (size_t i = 0; i < person_m.size(); ++i)
    if (MayBeCandidate(*ctx->article, whole, *person_m[i], *person_e[i])) {
      fc.persons.push_back({person_m[i]->start, person_m[i]->end, ctx->Name(*person_e[i])});
      own = own || person_m[i]->start >= s.start;
    }
  if (fc.persons.empty() || (!own && !HasContrastCut(s))) return {};
  for (size_t i = 0; i < org_m.size(); ++i)
    if (org_e[i]->type != "publication") fc.orgs.push_back({org_m[i]->start, org_m[i]->end, org_e[i]->canonical});
  // A headline's "A 선임…B 퇴임" holds two clauses, each with its own frame.
  std::vector<FrameEvent> frames;
  for (int b = s.start; b < s.end;) {
    size_t cut = s.blank.find("…", static_cast<size_t>(b));
    int e = cut == std::string::npos || static_cast<int>(cut) >= s.end ? s.end : static_cast<int>(cut);
    fc.start = b;
    fc.end = e;
    for (FrameEvent& f : FrameReader::Default().Read(fc)) frames.push_back(std::move(f));
    b = e + static_cast<int>(std::string_view("…").size());
  }
  std::vector<int> touched;
  for (const FrameEvent& f : frames) {
    // "Doyle leaves Coventry City" after "Leeds appointed Doyle": a person hired elsewhere in the
    // article who leaves by a verb of general sense makes the first half of that move.
    if (f.general && std::any_of(ctx->events.begin(), ctx->events.end(), [&](const Event& e) {
          return e.candidate == f.candidate && e.type != EventType::kDeparture && e.employer != f.employer;
        }))
      continue;
    int ei = FrameEventIndex(ctx, f);
    if (ei < 0) continue;
    Event& e = ctx->events[ei];
    const bool dep = f.type == EventType::kDeparture;
    if (e.previous_employer.empty()) e.previous_employer = f.previous_employer;
    if (e.role.empty()) e.role = f.role;
    if (!dep && e.type == EventType::kOffer) e.type = EventType::kHire;
    // Agreed or designated, not yet done (will join as, 내정): accepted; a later frame that
    // states the move done keeps joined.
    Outcome now = dep ? Outcome::kLeft : f.agreed ? Outcome::kAccepted : Outcome::kJoined;
    if (!(f.agreed && e.outcome == Outcome::kJoined)) e.outcome = now;
    AddTimeline(&e, dep ? "left" : f.agreed ? "accepted" : "joined");
    if (f.agreed) ctx->meta[ei].agreed = true;
    Evidence ev{s.para, s.ev_start, s.ev_end};
    if (std::find(e.evidence.begin(), e.evidence.end(), ev) == e.evidence.end()) e.evidence.push_back(ev);
    if (e.reported_by.empty()) e.reported_by = ctx->reporter;
    ctx->meta[ei].moved = true;
    ctx->meta[ei].last_sentence = ctx->sentence_no;
    if (!dep) {
      ctx->frame_employer = f.employer;
      ctx->frame_paragraph = s.para;
      // "HSBC names A wealth chief, hires B": the employer of what follows in the paragraph.
      ctx->paragraph_employer = f.employer;
    }
    touched.push_back(ei);
  }
  return touched;
}

// The clause states offer facts (an amount, an offer, decline, acceptance, raise or acquisition)
// that the offer reading must see even when a frame read the clause.
bool HasOfferFacts(const Article& a, const SentenceCtx& s) {
  for (const Amount& m : a.money)
    if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end) return true;
  for (const CueHit& c : FindCues(s))
    if (c.cue != Cue::kHire && c.cue != Cue::kJoin && c.cue != Cue::kLeave && c.cue != Cue::kNegation &&
        c.cue != Cue::kStatistic)
      return true;
  return false;
}

// The gloss closes at `end`: ")" right there, or after an age ("Michael Chen·55)", ", 55)").
bool GlossCloses(std::string_view p, size_t end) {
  if (StartsWith(p, end, "·")) end += std::string_view("·").size();
  else if (StartsWith(p, end, ", ")) end += 2;
  else return end < p.size() && p[end] == ')';
  size_t digits = end;
  while (digits < p.size() && p[digits] >= '0' && p[digits] <= '9') ++digits;
  return digits > end && digits - end <= 3 && digits < p.size() && p[digits] == ')';
}

// Names written in Hangul and glossed by their known spelling right after ("제이슨
// 임(Jason Lim)", "다니엘 조(Daniel Cho)"): canonical name -> the gloss's canonical name.
std::map<std::string, std::string> GlossedNames(
    const Article& a, const std::vector<std::vector<std::pair<const Mention*, const Entity*>>>& persons) {
  std::map<std::string, std::string> out;
  for (size_t pi = 0; pi < persons.size(); ++pi) {
    const std::string& p = a.paragraphs[pi];
    for (size_t i = 0; i + 1 < persons[pi].size(); ++i) {
      const auto& [m1, e1] = persons[pi][i];
      const auto& [m2, e2] = persons[pi][i + 1];
      if (e1->canonical == e2->canonical || IsAsciiAlpha(e1->name.empty() ? ' ' : e1->name[0])) continue;
      size_t open = static_cast<size_t>(m1->end);
      if (open < p.size() && p[open] == ' ') ++open;
      if (open >= p.size() || p[open] != '(' || m2->start != static_cast<int>(open) + 1) continue;
      if (!GlossCloses(p, static_cast<size_t>(m2->end)) || !IsAsciiAlpha(e2->canonical[0])) continue;
      out.emplace(e1->canonical, e2->canonical);
    }
  }
  // A foreign name written in Hangul with no Latin spelling anywhere in the article ("그레그
  // 마틴"): its canonical is a machine romanization ("Geulegeu Matin") that no reader writes;
  // the event names the person as the article does. The recognizer marks a romanized canonical
  // with its lowered confidence (at most 0.75; 0 is a hand-built entity with no score). A name of
  // the alias table keeps its canonical, with the article's spelling as candidate_aliases
  // (EmployerSpellings).
  auto in_text = [&](const std::string& w) {
    return std::any_of(a.paragraphs.begin(), a.paragraphs.end(),
                       [&](const std::string& p) { return p.find(w) != std::string::npos; });
  };
  for (const auto& para : persons)
    for (const auto& mention_entity : para)
      if (const Entity* e = mention_entity.second; !e->name.empty() && !IsAsciiAlpha(e->name[0]) && !e->canonical.empty() && IsAsciiAlpha(e->canonical[0]) &&
          !out.count(e->canonical) && e->confidence > 0.0 && e->confidence <= 0.75 && !in_text(e->canonical))
        out.emplace(e->canonical, e->name);
  return out;
}

}  // namespace

bool SameOrUnit(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return !s.empty() && l.compare(0, s.size(), s) == 0 && l[s.size()] == ' ';
}

using MentionsByParagraph = std::vector<std::vector<std::pair<const Mention*, const Entity*>>>;

// An organization naming a cohort in a bracket after a person: a number and a cohort counter
// (cues.tsv kind=cohort: 기, 회) close the bracket ("송재원(사법연수원 31기)", "(변호사시험 2회)",
// "(행정고시 35회)"). The training body or exam is no employer of the person.
bool CohortInBracket(std::string_view para, const Mention& m) {
  static const std::vector<std::string> counters = CueRowsOf("cohort", "");
  if (m.start < 1 || para[static_cast<size_t>(m.start) - 1] != '(') return false;
  size_t at = static_cast<size_t>(m.end);
  if (at < para.size() && para[at] == ' ') ++at;
  const size_t digits = at;
  while (at < para.size() && std::isdigit(static_cast<unsigned char>(para[at]))) ++at;
  if (at == digits) return false;
  for (const std::string& c : counters)
    if (StartsWith(para, at, c) && StartsWith(para, at + c.size(), ")")) return true;
  return false;
}

// People and organizations by paragraph, in text order. The recognizer may miss some
// occurrences of an organization it found elsewhere in the article ("from Coinbase's team" when
// only "a Coinbase spokesperson" was tagged): every surface form of a recognized organization
// counts wherever it stands as a whole word (those mentions are kept in `extra_mentions`).
void IndexMentions(const Article& article, size_t np, MentionsByParagraph* persons_out,
                   MentionsByParagraph* orgs_out, std::deque<Mention>* extra_out) {
  MentionsByParagraph& persons = *persons_out;
  MentionsByParagraph& orgs = *orgs_out;
  std::deque<Mention>& extra_mentions = *extra_out;
  persons.assign(np, {});
  orgs.assign(np, {});
  auto add = [&](const Mention& m, const Entity& e) {
    bool person = e.type == "person";
    bool org = e.type == "company" || e.type == "organization" || e.type == "publication";
    if (!person && !org) return;
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= np) return;
    if (m.start < 0 || m.end <= m.start || static_cast<size_t>(m.end) > article.paragraphs[m.paragraph].size())
      return;
    (person ? persons : orgs)[m.paragraph].emplace_back(&m, &e);
  };
  // Per paragraph from the shared analysis (entity order, then mention order, as below).
  if (extract::MentionsIndexed(article)) {
    for (size_t pi = 0; pi < np; ++pi)
      for (const MentionRef& r : article.analysis[pi].mentions)
        add(article.entities[r.entity].mentions[r.mention], article.entities[r.entity]);
  } else {
    for (const Entity& e : article.entities)
      for (const Mention& m : e.mentions) add(m, e);
  }
  for (const Entity& e : article.entities) {
    if (e.type != "company" && e.type != "organization") continue;
    std::set<std::string> surfaces;
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= np || m.start < 0 || m.end <= m.start ||
          static_cast<size_t>(m.end) > article.paragraphs[m.paragraph].size())
        continue;
      std::string sf = article.paragraphs[m.paragraph].substr(m.start, m.end - m.start);
      if (sf.size() >= 3 && sf.size() <= 64) surfaces.insert(sf);
    }
    for (const std::string& sf : surfaces) {
      bool ascii_word = IsAsciiAlpha(sf[0]);
      for (size_t pi = 0; pi < np; ++pi) {
        const std::string& para = article.paragraphs[pi];
        if (para.size() > kMaxParagraphBytes) continue;
        for (size_t f = para.find(sf); f != std::string::npos; f = para.find(sf, f + 1)) {
          size_t end = f + sf.size();
          auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
          if (f > 0 && (alnum(para[f - 1]) || static_cast<unsigned char>(para[f - 1]) >= 0x80)) continue;
          if (ascii_word && end < para.size() && alnum(para[end])) continue;
          bool taken = false;
          for (const auto& [m2, e2] : orgs[pi])
            taken = taken || (static_cast<int>(f) < m2->end && static_cast<int>(end) > m2->start);
          for (const auto& [m2, e2] : persons[pi])
            taken = taken || (static_cast<int>(f) < m2->end && static_cast<int>(end) > m2->start);
          if (taken) continue;
          Mention m;
          m.paragraph = static_cast<int>(pi);
          m.start = static_cast<int>(f);
          m.end = static_cast<int>(end);
          m.surface = sf;
          extra_mentions.push_back(std::move(m));
          orgs[pi].emplace_back(&extra_mentions.back(), &e);
        }
      }
    }
  }
  for (size_t pi = 0; pi < np; ++pi)
    std::erase_if(orgs[pi], [&](const auto& x) { return CohortInBracket(article.paragraphs[pi], *x.first); });
  for (size_t i = 0; i < np; ++i) {
    auto by_pos = [](const auto& x, const auto& y) { return x.first->start < y.first->start; };
    std::sort(persons[i].begin(), persons[i].end(), by_pos);
    std::sort(orgs[i].begin(), orgs[i].end(), by_pos);
  }
}

// One paragraph: sentences, clauses, frames first, then the offer reading.
// Sentences rejoined where a break falls inside an organization's name, or after initials right
// before one ("according to a filing with the U.S. | Securities and Exchange Commission").
std::vector<std::pair<int, int>> KeepMentionsWhole(std::string_view para, std::vector<std::pair<int, int>> spans,
                                                   const std::vector<std::pair<const Mention*, const Entity*>>& orgs) {
  auto initials_end = [&](int end) {  // "U.S.", "U.K."
    return end >= 4 && para[end - 1] == '.' && std::isupper(static_cast<unsigned char>(para[end - 2])) &&
           para[end - 3] == '.' && std::isupper(static_cast<unsigned char>(para[end - 4])) &&
           (end == 4 || para[end - 5] == ' ');
  };
  std::vector<std::pair<int, int>> out;
  for (auto span : spans) {
    bool inside = !out.empty() && std::any_of(orgs.begin(), orgs.end(), [&](const auto& o) {
      return (o.first->start < span.first && o.first->end > out.back().second) ||
             (o.first->start == span.first && initials_end(out.back().second));
    });
    if (inside) out.back().second = span.second;
    else out.push_back(span);
  }
  return out;
}

// The organization a sentence opens with as its topic or subject ("카카오는 이날 …", "Tessellate
// will continue …", "Kinetiq, which …,"), not as a possessor ("Its board", "Meta's").
std::string SentenceTopicOrg(const SentenceCtx& s, const std::vector<const Mention*>& org_m,
                             const std::vector<const Entity*>& org_e) {
  // "At Kakao, meanwhile, …": a context marker row (frames.tsv) opening the sentence.
  const FrameReader& frames = FrameReader::Default();
  for (size_t i = 0; i < org_m.size(); ++i) {
    if (org_e[i]->type == "publication" || org_m[i]->start <= s.ev_start) continue;
    size_t end = static_cast<size_t>(org_m[i]->end);
    if (end >= s.blank.size() || s.blank[end] != ',') continue;
    for (const FrameReader::Row& r : frames.rows())
      if (r.kind == "marker" && r.lang == "en" && r.value == "context" &&
          static_cast<size_t>(s.ev_start) + r.text.size() + 1 == static_cast<size_t>(org_m[i]->start) &&
          StartsWith(s.lower, static_cast<size_t>(s.ev_start), r.text + " "))
        return org_e[i]->canonical;
  }
  for (size_t i = 0; i < org_m.size(); ++i) {
    if (org_m[i]->start != s.ev_start || org_e[i]->type == "publication") continue;
    size_t end = static_cast<size_t>(org_m[i]->end);
    for (const char* particle : {"는 ", "은 ", "가 ", "이 "})
      if (StartsWith(s.blank, end, particle)) return org_e[i]->canonical;
    if (end + 1 < s.blank.size() && (s.blank[end] == ' ' || s.blank[end] == ',') &&
        std::islower(static_cast<unsigned char>(s.blank[end + (s.blank[end] == ',' ? 2 : 1)])))
      return org_e[i]->canonical;
  }
  return "";
}

// The story organization (docs/events.md, "Story organization"): the organization the story is
// about, the default employer of what follows when a clause names none. In order:
// 1. the headline's first word, unless it only titles a person ("Genentech veteran Laura Kim to
//    join …", "BMW designer Stefan Krueger accepts …");
// 2. the lead sentence's (the body's first sentence) subject: the organization opening it after a
//    wire dateline ("(Reuters) - X said", "SEOUL, (Yonhap) -- Orbit Nine Entertainment, …"), else
//    its first organization marked as subject or topic (Korean 이/가/은/는: "생성형 AI 스타트업
//    딥소울이 …") or standing as an English subject (followed by a comma or a lowercase word, not
//    after a preposition, not "former X", not a possessor, not modifying a title: "Japanese
//    shipbuilder Kaiyo Heavy Industries said …");
// 3. the lead's first organization that is not a former employer, else the headline's first word.
// (The lead's subject before the headline measured lower: b13 pair .848 → .827, b7 .878 → .849.)
bool LooksLikeHeadline(const Article& a);

bool OpensAfterDateline(std::string_view before) {
  if (before.empty()) return true;
  for (const char* dash : {"-- ", "- ", "— ", "– ", "= "})
    if (EndsWithAt(before, before.size(), dash)) return true;
  return false;
}

// The English word right after byte `end` (lowercased), or "".
std::string_view NextWord(std::string_view lower, size_t end) {
  if (end >= lower.size() || lower[end] != ' ') return {};
  size_t b = end + 1, e = lower.find_first_of(" ,.;:'", b);
  return lower.substr(b, (e == std::string_view::npos ? lower.size() : e) - b);
}

// An organization of the lead that may be the story's: not a former employer ("former X", "ex-X",
// "from X"), not a descriptor of someone ("a Ford Motor Co. vice president"), not the cut end of a
// longer name ("… & Marine Insurance").
bool LeadCandidate(std::string_view lower, const Mention& m) {
  const size_t st = static_cast<size_t>(m.start);
  for (std::string_view w : {"former ", "ex-", "from ", "a ", "an ", "& "})
    if (EndsWithAt(lower, st, w) && (st == w.size() || !std::isalnum(static_cast<unsigned char>(lower[st - w.size() - 1]))))
      return false;
  return true;
}

// An English organization standing as the sentence's subject (rule 2 above).
bool EnglishSubjectShape(std::string_view para, std::string_view lower, const Mention& m) {
  const size_t end = static_cast<size_t>(m.end);
  if (end >= para.size()) return false;
  if (StartsWith(para, end, "'s") || StartsWith(para, end, "’s")) return false;
  if (!LeadCandidate(lower, m)) return false;
  for (const char* w : {"of ", "at ", "from ", "for ", "with ", "by ", "to ", "in ", "on ", "and "})
    if (EnglishWordBefore(lower, static_cast<size_t>(m.start), w)) return false;
  if (StartsWith(para, end, ", ")) return true;
  std::string_view w = NextWord(lower, end);
  if (w.empty() || !std::islower(static_cast<unsigned char>(para[end + 1]))) return false;
  return !extract::EntityWords::Default().Has(extract::WordList::kEnTitle, w);
}

// The headline's first word is an organization that only titles a person after it ("Genentech
// veteran Laura Kim", "BMW designer Stefan Krueger"): one to three lowercase words, then a capital.
bool TitlesPerson(std::string_view para, const Mention& m) {
  size_t at = static_cast<size_t>(m.end);
  for (int words = 0; words < 4; ++words) {
    if (at >= para.size() || para[at] != ' ') return false;
    ++at;
    if (at < para.size() && std::isupper(static_cast<unsigned char>(para[at]))) return words > 0;
    if (at >= para.size() || !std::islower(static_cast<unsigned char>(para[at]))) return false;
    at = para.find(' ', at);
    if (at == std::string_view::npos) return false;
  }
  return false;
}

// End of the lead sentence in the paragraph: the first ". " after a lowercase letter, digit or
// closing bracket, or "다. ", else the paragraph end.
size_t LeadSentenceEnd(std::string_view para) {
  for (size_t f = para.find(". "); f != std::string_view::npos; f = para.find(". ", f + 1)) {
    if (f == 0) continue;
    unsigned char c = static_cast<unsigned char>(para[f - 1]);
    if (std::islower(c) || std::isdigit(c) || c == ')' || c >= 0x80) return f;
  }
  return para.size();
}

std::string LeadOrg(const Article& a, const MentionsByParagraph& orgs) {
  const bool headline = LooksLikeHeadline(a);
  const size_t lead = headline ? 1 : 0;
  std::string headline_first, headline_titling, lead_first;
  if (headline && !orgs.empty()) {
    const std::string& para = a.paragraphs[0];
    for (const auto& [m, e] : orgs[0]) {
      if (e->type == "publication") continue;
      std::string_view before = std::string_view(para).substr(0, static_cast<size_t>(m->start));
      // A bracketed section tag opening a headline ("[인사] 한빛투자증권", "[단독] …") is no text.
      if (StartsWith(before, 0, "[") && before.size() > 3 && before.find(']') == before.size() - 2 && before.back() == ' ')
        before = {};
      if (!OpensAfterDateline(before)) continue;
      (TitlesPerson(para, *m) ? headline_titling : headline_first) = e->canonical;
      break;
    }
  }
  if (!headline_first.empty()) return headline_first;
  if (lead < orgs.size() && lead < a.paragraphs.size()) {
    const std::string& para = a.paragraphs[lead];
    const std::string lower = AsciiLower(para);
    const size_t sentence_end = LeadSentenceEnd(para);
    const size_t dateline = static_cast<size_t>(extract::WireDatelineEnd(para));
    for (const auto& [m, e] : orgs[lead]) {
      if (e->type == "publication" || static_cast<size_t>(m->start) >= sentence_end) continue;
      // A deciding body ("… 후보추천위원회(자추위)는 … 추천했다") acts for a company; it is no story's.
      if (FrameReader::Default().KoreanBody(e->canonical)) continue;
      if (static_cast<size_t>(m->start) < dateline) continue;
      std::string_view before = std::string_view(para).substr(0, static_cast<size_t>(m->start));
      if (OpensAfterDateline(before) || static_cast<size_t>(m->start) == dateline) return e->canonical;
      const size_t end = static_cast<size_t>(m->end);
      bool subject = false;
      if (IsKoreanText(std::string_view(para).substr(end, 8))) {
        for (const char* particle : {"는 ", "은 ", "가 ", "이 ", "는, ", "은, "})
          subject = subject || StartsWith(para, end, particle);
      } else {
        subject = EnglishSubjectShape(para, lower, *m);
      }
      if (subject) return e->canonical;
      if (lead_first.empty() && LeadCandidate(lower, *m)) lead_first = e->canonical;
    }
  }
  if (!lead_first.empty()) return lead_first;
  return headline_titling;
}

// Every frame of the clause is a departure told in a trailing adjunct ("…, a week after firing Greg
// Lowry") of a clause whose first part holds an employer-side hire cue and another person: where
// that first part ends (the last comma before the departed person), else -1.
int HireBeforeDeparture(const Context& ctx, const SentenceCtx& s, const std::vector<int>& framed,
                        const std::vector<const Mention*>& pm, const std::vector<const Entity*>& pe) {
  int first = -1;
  for (int ei : framed) {
    const Event& e = ctx.events[static_cast<size_t>(ei)];
    if (e.type != EventType::kDeparture) return -1;
    for (size_t i = 0; i < pm.size(); ++i)
      if (pm[i]->start >= s.start && pm[i]->end <= s.end && ctx.Name(*pe[i]) == e.candidate && (first < 0 || pm[i]->start < first))
        first = pm[i]->start;
  }
  if (first < 0) return -1;
  const size_t comma = s.lower.rfind(", ", static_cast<size_t>(first));
  if (comma == std::string::npos || static_cast<int>(comma) < s.start + 8) return -1;
  const int cut = static_cast<int>(comma);
  bool other = false;
  for (const Mention* m : pm) other = other || (m->start >= s.start && m->end <= cut);
  if (!other) return -1;
  SentenceCtx head = s;
  head.end = cut;
  for (const CueHit& c : FindCues(head))
    if (c.cue == Cue::kHire) return cut;
  return -1;
}

void ReadParagraph(Context* ctx_ptr, const ParagraphSource& source, size_t pi,
                   const MentionsByParagraph& persons, const MentionsByParagraph& orgs) {
  Context& ctx = *ctx_ptr;
  const Article& article = *ctx.article;
  const std::string& para = article.paragraphs[pi];
  if (para.size() > kMaxParagraphBytes) return;
  SentenceCtx s;
  s.article = &article;
  s.para = static_cast<int>(pi);
  s.text = para;
  s.blank = BlankQuotes(para, source.Quotes(pi));
  s.speech = source.Speech(pi);
  {
    std::string lower = ToLowerAscii(s.blank);
    for (const std::string& ph : CuePhrases("blank"))
      for (size_t f = lower.find(ph); f != std::string::npos; f = lower.find(ph, f + 1))
        for (size_t k = f; k < f + ph.size(); ++k) s.blank[k] = ' ';
  }
  s.lower = ToLowerAscii(s.blank);
  std::vector<const Mention*> pm, om;
  std::vector<const Entity*> pe, oe;
  for (auto& [m, e] : persons[pi]) {
    pm.push_back(m);
    pe.push_back(e);
  }
  for (auto& [m, e] : orgs[pi]) {
    om.push_back(m);
    oe.push_back(e);
  }
  ctx.paragraph_employer.clear();
  ctx.paragraph_topic.clear();
  ctx.reporter.clear();
  ctx.last_sentence_events.clear();
  // Fast path: a paragraph without any hiring cue, amount or cited outlet adds nothing.
  {
    bool any = !orgs[pi].empty() && std::any_of(orgs[pi].begin(), orgs[pi].end(), [](const auto& x) {
      return x.second->type == "publication";
    });
    any = any || source.HasAmounts(pi);
    if (!any) {
      s.start = s.ev_start = 0;
      s.end = s.ev_end = static_cast<int>(para.size());
      std::vector<CueHit> hits = FindCues(s);
      for (const CueHit& h : hits)
        if (h.cue != Cue::kNegation && h.cue != Cue::kStatistic) any = true;
      any = any || (Has(hits, Cue::kNegation) && Has(hits, Cue::kStatistic));  // a denied rumour
    }
    if (!any && !persons[pi].empty()) any = FrameReader::Default().HasTrigger(s.blank, s.lower);
    if (!any) return;
  }
  for (auto [b, e] : KeepMentionsWhole(para, source.Sentences(pi), orgs[pi])) {
    s.ev_start = b;
    s.ev_end = e;
    ctx.sentence_target.clear();
    for (auto [cb, ce] : SplitClauses(s, b, e, pm, om)) {
      s.start = cb;
      s.end = ce;
      std::vector<int> framed = ApplyFrames(&ctx, s, pm, pe, om, oe);
      MarkReported(&ctx, s, framed);
      if (!framed.empty() && !HasOfferFacts(article, s)) {
        ctx.last_sentence_events = framed;
        ctx.followed_events = framed;
        ctx.last_event = framed.back();
        ctx.last_event_paragraph = s.para;
        // "hired Tulane offensive coordinator Marcus Dell as its head football coach, a week after
        // firing Greg Lowry": the departure is a second event; the hire before it is read too.
        if (int cut = HireBeforeDeparture(ctx, s, framed, pm, pe); cut > 0) {
          SentenceCtx hire = s;
          hire.end = cut;
          ProcessSentence(&ctx, hire, pm, pe, om, oe);
        }
        continue;
      }
      ProcessSentence(&ctx, s, pm, pe, om, oe);
    }
    if (std::string t = SentenceTopicOrg(s, om, oe); !t.empty()) ctx.paragraph_topic = t;
    ++ctx.sentence_no;
  }
}

// The article's events after every paragraph: group members' moves, internal appointments,
// denials and vague groups dropped, types settled, confidence.
std::vector<Event> SettleEvents(Context* ctx_ptr) {
  Context& ctx = *ctx_ptr;
  std::vector<Event> out;
  // A group member's departure from the group's origin is the group's move.
  for (Event& e : ctx.events) {
    if (e.candidate_kind != "person" || e.type != EventType::kDeparture ||
        !ctx.group_members.count(e.candidate))
      continue;
    for (const Event& g : ctx.events) {
      if (g.candidate_kind != "group" || g.employer.empty() || g.type == EventType::kDeparture ||
          g.type == EventType::kAcquisitionAttempt || !SameOrUnit(g.previous_employer, e.employer))
        continue;
      e.previous_employer = e.employer;
      e.employer = g.employer;
      e.type = g.type;
      e.outcome = g.outcome;
      e.timeline = g.timeline;
      break;
    }
  }
  // A move told only as a medium's report, in an article that denies ("… 영입했다고 보도했다" under
  // "사실무근"), is the denied report: no event.
  const bool denies = ArticleDenies(*ctx.article);
  for (size_t i = 0; i < ctx.events.size(); ++i) {
    Event& e = ctx.events[i];
    if (e.employer.empty() || e.candidate.empty()) continue;
    if (denies && ctx.meta[i].reported && !ctx.meta[i].told) continue;
    // "Amazon named Jeff Wilke its retail chief": an appointment with no other move and no
    // previous employer is an internal one, not a hire.
    // A counted group appointed ("appointed 14 managers as vice presidents") is new to those posts: a hire.
    if (ctx.meta[i].appointed && !ctx.meta[i].moved && e.previous_employer.empty() && e.offers.empty() &&
        !(e.candidate_kind == "group" && e.candidate_count > 1))
      continue;
    if (e.candidate_kind == "person" &&
        (ctx.denied_candidates.count(e.candidate) || ctx.denied_at.count({e.candidate, e.employer})))
      continue;
    if (e.candidate_kind == "group" &&
        std::any_of(ctx.denied_groups.begin(), ctx.denied_groups.end(), [&](const std::string& g) {
          return e.candidate == g || e.candidate.rfind(g + " ", 0) == 0;
        }))
      continue;
    if (e.candidate_kind == "group" && e.previous_employer.empty() && e.candidate_count < 0 &&
        e.offers.empty())
      continue;
    if (e.employer == e.candidate) continue;
    if (auto it = ctx.origins.find(e.candidate); e.previous_employer.empty() && e.candidate_kind == "person" &&
                                                 e.type != EventType::kDeparture && it != ctx.origins.end() &&
                                                 !SameOrUnit(it->second, e.employer))
      e.previous_employer = it->second;
    if (e.previous_employer == e.employer) e.previous_employer.clear();
    if (MoveWithPay(e, ctx.meta[i])) ctx.paid_moves.insert({e.candidate, e.employer});
    SettleType(&e, ctx.meta[i].agreed);
    if (e.reported_by.empty() && !ctx.article_reporter.empty() && e.candidate_kind == "person")
      e.reported_by = ctx.article_reporter;
    e.confidence = Confidence(e);
    out.push_back(std::move(e));
  }
  return out;
}

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

// The body (the paragraphs after the headline) names the person: the text, or the recognized
// person of that name (canonical "Michael Chen" for 마이클 첸) with a mention there.
bool NamedInBody(const Article& a, const std::string& name) {
  if (name.empty()) return false;
  for (size_t i = 1; i < a.paragraphs.size(); ++i)
    if (a.paragraphs[i].find(name) != std::string::npos) return true;
  for (const Entity& e : a.entities)
    if (e.type == "person" && (e.name == name || e.canonical == name))
      for (const Mention& m : e.mentions)
        if (m.paragraph > 0) return true;
  return false;
}

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
    if (p.type != "person" || (p.name != e.candidate && p.canonical != e.candidate)) continue;
    for (const Mention& m : p.mentions) {
      if (m.paragraph != 0 || static_cast<size_t>(m.start) <= dots) continue;
      for (const Entity& o : a.entities) {
        if (o.type != "company" && o.type != "organization") continue;
        if (SameOrUnit(o.canonical, e.employer) || SameOrUnit(o.name, e.employer)) continue;
        for (const Mention& om : o.mentions)
          if (om.paragraph == 0 && static_cast<size_t>(om.start) > dots && om.end + 1 == m.start && h[om.end] == ' ')
            return true;
      }
    }
  }
  return false;
}

// Every evidence of the event is in the headline (paragraph 0).
bool HeadlineOnly(const Event& e) {
  return !e.evidence.empty() &&
         std::all_of(e.evidence.begin(), e.evidence.end(), [](const Evidence& x) { return x.paragraph == 0; });
}

void DropHeadlineFurniture(const Article& a, std::vector<Event>* evs);

// A headline summarizes the body: a person's event read only from the headline folds into the
// body's event about the same person and move ("넷마블, … 콜린스 북미법인 대표로 영입" is the
// body's hire at 넷마블US), filling what the body left open (the origin).
std::vector<Event> FoldHeadlineEvents(const Article& a, std::vector<Event> evs) {
  std::vector<bool> drop(evs.size(), false);
  for (size_t i = 0; i < evs.size(); ++i) {
    const Event& h = evs[i];
    if (!HeadlineOnly(h) || h.candidate_kind != "person" || h.type == EventType::kAcquisitionAttempt) continue;
    int into = -1;
    for (size_t j = 0; j < evs.size(); ++j) {
      const Event& b = evs[j];
      if (j == i || drop[j] || HeadlineOnly(b) || b.candidate_kind != "person" ||
          !SamePersonName(b.candidate, h.candidate) || b.type == EventType::kAcquisitionAttempt ||
          (b.type == EventType::kDeparture) != (h.type == EventType::kDeparture))
        continue;
      if (into < 0 || SameOrUnit(b.employer, h.employer)) into = static_cast<int>(j);
    }
    if (into < 0) continue;
    Event& b = evs[into];
    if (b.previous_employer.empty() && h.previous_employer != b.employer) b.previous_employer = h.previous_employer;
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
  const bool body_events = std::any_of(evs->begin(), evs->end(), [&](const Event& e) { return !HeadlineOnly(e); });
  std::erase_if(*evs, [&](const Event& e) {
    return HeadlineOnly(e) && e.candidate_kind == "person" &&
           ((body_events && !NamedInBody(a, e.candidate)) || OtherOrgClauseInHeadline(a, e));
  });
}

// The organization in an English apposition after a mention of the person ("Felix Amato,
// co-founder of AI startup Parallax Labs,", "Chen, a senior director who leads … at TSMC,"),
// other than `employer`; the first such mention in the article.
std::string AppositionOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[m.paragraph];
    if (!StartsWith(para, static_cast<size_t>(m.end), ", ")) continue;
    size_t close = para.find_first_of(",;", static_cast<size_t>(m.end) + 2);
    size_t stop = para.find(". ", static_cast<size_t>(m.end));
    if (stop == std::string::npos && para.size() > 0 && para.back() == '.') stop = para.size() - 1;
    // An apposition closing the sentence ("… better luck with Sofia Lindqvist, a
    // reinforcement-learning specialist at OpenAI.") opens with an article.
    if (stop != std::string::npos && (close == std::string::npos || stop < close) &&
        (StartsWith(para, static_cast<size_t>(m.end), ", a ") || StartsWith(para, static_cast<size_t>(m.end), ", an ")))
      close = stop;
    if (close == std::string::npos || (stop != std::string::npos && stop < close) || close - m.end > 140) continue;
    const Mention* best = nullptr;
    const Entity* best_e = nullptr;
    bool at_employer = false;  // "Brenner, who joined Nvidia in 2021 from Google Brain,": already there
    for (const Entity& o : a.entities) {
      if (o.type != "company" && o.type != "organization") continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || om.start <= m.end || static_cast<size_t>(om.end) > close) continue;
        if (SameOrUnit(o.canonical, employer)) at_employer = true;
        else if (!best || om.start < best->start) {
          best = &om;
          best_e = &o;
        }
      }
    }
    if (best_e && !at_employer) return best_e->canonical;
  }
  return "";
}

// Korean: the organization of a relative clause modifying the name, marked as the place
// ("딜로이트안진 재무자문본부에서 M&A 실사를 이끌어온 양지혜") or the object ("세진건설을 이끌던
// 김태균") of a past or continuing verb ending right before the name (-던, -온).
std::string KoreanRelativeClauseOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[m.paragraph];
    size_t name = static_cast<size_t>(m.start);
    if (name < 2 || para[name - 1] != ' ' || !(EndsWithAt(para, name - 1, "던") || EndsWithAt(para, name - 1, "온")))
      continue;
    size_t b = para.rfind(". ", name);
    b = b == std::string::npos ? 0 : b + 2;
    if (name - b > 160) b = name - 160;
    const Entity* best = nullptr;
    int best_start = -1;
    for (const Entity& o : a.entities) {
      if (o.type != "company" && o.type != "organization") continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || om.start < static_cast<int>(b) || om.end >= m.start) continue;
        size_t at = static_cast<size_t>(om.end);
        size_t word_end = para.find_first_of(" ,.", at);
        if (word_end == std::string::npos || word_end - at > 30) continue;
        bool marked = StartsWith(para, at, "에서") || StartsWith(para, at, "을") || StartsWith(para, at, "를");
        // Past one unit word ("딜로이트안진 재무자문본부에서").
        if (!marked && StartsWith(para, at, " ")) {
          size_t next = para.find_first_of(" ,.", at + 1);
          marked = next != std::string::npos && next - at < 40 && EndsWithAt(para, next, "에서");
        }
        if (!marked || SameOrUnit(o.canonical, employer) || om.start <= best_start) continue;
        best = &o;
        best_start = om.start;
      }
    }
    if (best) return best->canonical;
  }
  return "";
}

// The organization named right before a mention of the person as the owner of a title
// ("signing of Brighton winger Tariq Mensah", "named Netflix Inc. drama executive Marcus Feld"),
// other than `employer`; the first such mention in the article.
std::string PrenominalOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[m.paragraph];
    for (const Entity& o : a.entities) {
      if ((o.type != "company" && o.type != "organization") || SameOrUnit(o.canonical, employer)) continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || om.end >= m.start || m.start - om.end > 80) continue;
        if (PrenominalTitle(std::string_view(para).substr(om.end, m.start - om.end))) return o.canonical;
      }
    }
  }
  return "";
}

// A mover's origin the clause did not mark: the organization of the title the recognizer read
// by the name ("Anika Sorensen, Tesla's vice president", "co-founder of Parallax Labs", "a
// senior director who leads … at TSMC"). Only for a hire or offer from elsewhere: an
// internal appointment's title is at the employer itself.
// English: a sentence whose subject is the person (past an age: "Berg, 46,") and whose verb moves
// them from an organization ("joins from Swedish club Malmo FF, where …", "arrives from X"), not
// dated by a year: that organization is where the person comes from.
std::string MoveFromOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[static_cast<size_t>(m.paragraph)];
    size_t at = static_cast<size_t>(m.end);
    if (StartsWith(para, at, ", ")) {  // an age apposition
      size_t k = at + 2;
      while (k < para.size() && para[k] >= '0' && para[k] <= '9') ++k;
      if (k == at + 2 || !StartsWith(para, k, ",")) continue;
      at = k + 1;
    }
    // A move_from row as the two words after the name ("joins from").
    size_t from = std::string::npos;
    const size_t w1 = StartsWith(para, at, " ") ? para.find(' ', at + 1) : std::string::npos;
    const size_t w2 = w1 == std::string::npos ? w1 : para.find(' ', w1 + 1);
    if (w2 != std::string::npos &&
        FrameReader::Default().IsRow("move_from", "en", std::string_view(para).substr(at + 1, w2 - at - 1)))
      from = w2 + 1;
    if (from == std::string::npos) continue;
    std::string lo = para;
    for (char& c : lo) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (YearInMoveClause(lo, from, lo.size())) continue;
    for (const Entity& o : a.entities) {
      if (o.type != "company" && o.type != "organization") continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || static_cast<size_t>(om.start) < from) continue;
        const std::vector<size_t> starts = DescriptorStarts(lo, static_cast<size_t>(om.start));
        if (std::find(starts.begin(), starts.end(), from) == starts.end()) continue;
        if (!SameOrUnit(o.canonical, employer)) return o.canonical;
      }
    }
  }
  return "";
}

void OriginsFromRoles(const Article& article, const Context& ctx, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != "person" || !e.previous_employer.empty() || e.employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    for (const Entity& p : article.entities) {
      if (p.type != "person" || ctx.Name(p) != e.candidate) continue;
      for (const Role& r : p.roles)
        if (!r.organization.empty() && !SameOrUnit(r.organization, e.employer) && r.organization != e.candidate) {
          e.previous_employer = r.organization;
          break;
        }
      if (e.previous_employer.empty()) e.previous_employer = AppositionOrg(article, p, e.employer);
      if (e.previous_employer.empty()) e.previous_employer = MoveFromOrg(article, p, e.employer);
      if (e.previous_employer.empty()) e.previous_employer = KoreanRelativeClauseOrg(article, p, e.employer);
      if (e.previous_employer.empty()) e.previous_employer = PrenominalOrg(article, p, e.employer);
    }
  }
}

// The article announces the person's start for later: a mention followed (past an age or an
// apposition: "Marsh, 55, will join", "its COO, Dana Whitcombe, will succeed") by a future
// start with a date (frames.tsv aspect + start + when rows: "will join … on March 1", "is
// expected to take over in February").
bool StartAnnouncedAfterSubject(const std::string& lower);

bool AnnouncedStart(const Article& a, const Entity& person) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view para = a.paragraphs[m.paragraph];
    size_t at = static_cast<size_t>(m.end);
    // A coordinated subject ("Fiona Gallagher and Oliver Brandt, who …, will join"): the verb
    // comes after the second name, a run of capitalized words.
    if (StartsWith(para, at, " and ") && at + 5 < para.size() && std::isupper(static_cast<unsigned char>(para[at + 5]))) {
      size_t k = at + 5;
      while (k < para.size() && std::isupper(static_cast<unsigned char>(para[k]))) {
        size_t sp = para.find_first_of(" ,", k);
        if (sp == std::string_view::npos) break;
        k = sp;
        if (para[k] != ' ' || k + 1 >= para.size()) break;
        if (!std::isupper(static_cast<unsigned char>(para[k + 1]))) break;
        ++k;
      }
      at = k;
    }
    if (StartAnnouncedAfterSubject(ToLowerAscii(para.substr(at, 260)))) return true;
  }
  return false;
}

// `lower` (lowercased) follows a subject: a future start with a date right after it, after an
// apposition closing it or a relative clause of it, or a date of effect in the rest of the sentence.
bool StartAnnouncedAfterSubject(const std::string& lower) {
  // The rest of the sentence dates the appointment ("named Naomi Reyes, chief U.S. economist at
  // Goldman Sachs, as its next president, effective Aug. 1").
  if (FrameReader::Default().EffectiveDate(lower, 0, EnglishSentenceEnd(lower, 0, lower.size()))) return true;
  // Right after the name, or after the name closing an apposition ("its COO, Dana Whitcombe,"),
  // or after an apposition of a few comma-delimited parts ("Whitfield, 56, a chemical engineer
  // by training, will take office July 1").
  if (StartsWith(lower, 0, " ") && FrameReader::Default().FutureStartInClause(lower, 1)) return true;
  if (!StartsWith(lower, 0, ", ")) return false;
  const size_t stop = EnglishSentenceEnd(lower, 0, std::min(lower.size(), static_cast<size_t>(200)));
  for (size_t comma = 0, parts = 0; comma != std::string::npos && comma < stop && parts < 4;
       comma = lower.find(',', comma + 1), ++parts) {
    if (!StartsWith(lower, comma, ", ")) continue;
    // A relative clause of the name ("to appoint Calloway, who will start on Jan. 12").
    const size_t clause = StartsWith(lower, comma + 2, "who ") ? comma + 6 : comma + 2;
    if (FrameReader::Default().FutureStartInClause(lower, clause)) return true;
  }
  return false;
}

// The lowercase words naming a group: those of its candidate ("team from Barclays": team), and those
// after its first word and "of" in its evidence ("a team of eight underwriters": eight, underwriters).
std::set<std::string> GroupHeadWords(const Article& a, const Event& group) {
  std::set<std::string> out;
  auto add_words = [&out](std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      size_t j = i;
      while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i && std::islower(static_cast<unsigned char>(text[i])) && j - i >= 3) out.insert(std::string(text.substr(i, j - i)));
      i = j + 1;
    }
  };
  add_words(group.candidate);
  // The candidate's first word before "of" ("team from Barclays": "team of six analysts from Barclays").
  const std::string of = group.candidate.substr(0, group.candidate.find(' ')) + " of ";
  for (const Evidence& ev : group.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    std::string_view para = a.paragraphs[ev.paragraph];
    const size_t f = para.find(of, static_cast<size_t>(ev.start));
    if (f == std::string_view::npos || f >= static_cast<size_t>(ev.end)) continue;
    const size_t from = f + of.size();
    const size_t stop = para.find_first_of(",.;", from);
    add_words(para.substr(from, (stop == std::string_view::npos ? para.size() : stop) - from));
  }
  return out;
}

// An English group whose start the article announces for later: a word naming it taken up with "the"
// ("a team of eight underwriters" … "Hale and the underwriters will join Meridian in January", "The
// team will start next month") or with its count ("The founders and about 40 employees are expected
// to start next month": the group's own count when it has one) before a dated future start.
bool GroupStartAnnounced(const Article& a, const Event& group) {
  const std::set<std::string> heads = GroupHeadWords(a, group);
  for (const std::string& para : a.paragraphs) {
    if (IsKoreanText(para) || IsJapaneseText(para)) continue;
    const std::string lower = ToLowerAscii(para);
    for (const std::string& head : heads) {
      for (size_t f = lower.find(head); f != std::string::npos; f = lower.find(head, f + 1)) {
        if (f < 2 || lower[f - 1] != ' ' || std::isalnum(static_cast<unsigned char>(lower[f - 2])) == 0) continue;
        const size_t e = f + head.size();
        if (e < lower.size() && std::isalnum(static_cast<unsigned char>(lower[e]))) continue;
        const std::string_view before = PrevToken(lower, f - 1);
        const int count = EnglishCountWord(before, 5);
        const bool taken_up = before == "the" || (count > 0 && (group.candidate_count <= 0 || count == group.candidate_count));
        if (taken_up && StartAnnouncedAfterSubject(lower.substr(e, 260))) return true;
      }
    }
  }
  return false;
}

// Korean: a sentence whose subject is the group's count announces its start ("팀원 7명도 같은 시기 새솔증권에
// 합류하기로 했다", "연구원 5명은 다음 달 1일부터 출근한다": a start row or a dated start after the count and its
// subject, topic or additive particle).
bool KoreanGroupStartAnnounced(const Article& a, const Event& group) {
  if (group.candidate_count <= 0) return false;
  const std::string count = std::to_string(group.candidate_count) + "명";
  const ParagraphSentences sentences = ArticleSentences(a);
  const FrameReader& fr = FrameReader::Default();
  for (size_t pi = 0; pi < sentences.size() && pi < a.paragraphs.size(); ++pi) {
    const std::string_view para = a.paragraphs[pi];
    if (!IsKoreanText(para)) continue;
    for (auto [b, e] : sentences[pi]) {
      const std::string_view sentence = para.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
      for (size_t f = sentence.find(count); f != std::string_view::npos; f = sentence.find(count, f + 1)) {
        if (f > 0 && std::isdigit(static_cast<unsigned char>(sentence[f - 1]))) continue;
        const size_t at = f + count.size();
        bool subject = false;
        for (const char* particle : {"은 ", "는 ", "이 ", "가 ", "도 "}) subject = subject || StartsWith(sentence, at, particle);
        if (subject && (fr.KoreanStart(sentence.substr(at)) || fr.KoreanDatedStart(sentence.substr(at)))) return true;
      }
    }
  }
  return false;
}

// English: a referent row opening the clause a speech marker reports ("said the trio would start
// next month", "told staff in a memo that both will begin …"): a word start within a few words
// after a speaker marker row (no comma between) where ReferentStart reads a start for later.
// Where the marker stands, with `*kind` set as ReferentStart's; `*kind` 0 when none.
size_t ReportedReferent(std::string_view lower, int* kind) {
  constexpr size_t kReach = 40;  // bytes after the marker: "that", a time, an addressee ("on Tuesday", "staff in a memo")
  *kind = 0;
  const FrameReader& fr = FrameReader::Default();
  for (const FrameReader::Row& r : fr.rows()) {
    if (r.kind != "marker" || r.lang != "en" || r.value != "speaker") continue;
    for (size_t f = lower.find(r.text); f != std::string_view::npos; f = lower.find(r.text, f + 1)) {
      const size_t from = f + r.text.size();
      auto alnum = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(lower[i])) != 0; };
      if ((f > 0 && alnum(f - 1)) || (from < lower.size() && alnum(from))) continue;
      const size_t stop = std::min({lower.size(), from + kReach, lower.find(',', from)});
      for (size_t w = from; w < stop; ++w) {
        if (lower[w] != ' ' || w + 1 >= lower.size()) continue;
        *kind = fr.ReferentStart(lower.substr(w + 1));
        if (*kind != 0) return f;
      }
    }
  }
  return 0;
}

// English: people a sentence refers to by a referent row and announces as starting later ("She
// will take over on June 1 from …", "The three will start after a period of gardening leave"):
// the person named last before it (singular: the last one who is a candidate of an event, so a
// name the recognizer took for a person, "led Rio Grande United", does not take the pronoun) or
// every person named before it in the paragraph (plural); with no one named before it in the
// paragraph, the previous paragraph's; every person named before it in the article for a plural
// noun of the announcement ("The appointments take effect Jan. 1").
std::set<std::string> ReferredStarts(const Article& a, const Context& ctx, const std::vector<Event>& events) {
  std::set<std::string> out;
  std::vector<std::pair<const Mention*, const Entity*>> ms;
  for (const Entity& e : a.entities)
    if (e.type == "person")
      for (const Mention& m : e.mentions) ms.emplace_back(&m, &e);
  auto before = [&](int para, size_t pos) {
    std::vector<std::pair<int, const Entity*>> found;  // (start, person) in reading order
    for (const auto& [m, e] : ms)
      if (m->paragraph == para && m->end <= static_cast<int>(pos)) found.emplace_back(m->start, e);
    std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    return found;
  };
  for (size_t pi = 0; pi < a.paragraphs.size() && pi < kMaxParagraphs; ++pi) {
    std::string_view para = a.paragraphs[pi];
    if (IsKoreanText(para) || IsJapaneseText(para)) continue;
    for (size_t b = 0; b < para.size();) {
      size_t dot = para.find(". ", b);
      size_t e = dot == std::string_view::npos ? para.size() : dot + 1;
      const std::string lower = ToLowerAscii(para.substr(b, e - b));
      int kind = FrameReader::Default().ReferentStart(lower);
      // A coordinated clause opening with the referent ("Reyes' deal is worth $5 million a year,
      // …, and he is set to debut on Atlas in January"): the people named before it.
      size_t at = b;
      for (size_t f = lower.find(", and "); kind == 0 && f != std::string::npos; f = lower.find(", and ", f + 1)) {
        kind = FrameReader::Default().ReferentStart(std::string_view(lower).substr(f + 6));
        at = b + f;
      }
      // A reported clause opening with the referent ("People familiar with the moves said the trio
      // would start next month", "A spokesperson said that she will take up the post in January").
      if (kind == 0) {
        const size_t f = ReportedReferent(lower, &kind);
        if (kind != 0) at = b + f;
      }
      if (kind != 0) {
        auto found = before(static_cast<int>(pi), at);
        if (found.empty() && pi > 0) found = before(static_cast<int>(pi - 1), a.paragraphs[pi - 1].size());
        if (kind == 1 && !found.empty()) {
          auto last = found.rbegin();
          for (auto it = found.rbegin(); it != found.rend(); ++it) {
            const std::string name = ctx.Name(*it->second);
            if (std::any_of(events.begin(), events.end(), [&](const Event& e) { return e.candidate == name; })) {
              last = it;
              break;
            }
          }
          out.insert(ctx.Name(*last->second));
        }
        if (kind == 2)
          for (const auto& f : found) out.insert(ctx.Name(*f.second));
        // A plural noun of the announcement ("All appointments take effect Jan. 1"): everyone the
        // article named before it, in this paragraph and the earlier ones.
        for (int q = 0; kind == 3 && q <= static_cast<int>(pi); ++q)
          for (const auto& f : before(q, q == static_cast<int>(pi) ? at : a.paragraphs[q].size()))
            out.insert(ctx.Name(*f.second));
      }
      b = e + 1;
    }
  }
  return out;
}

// The hire event read from the sentence at `pos` of paragraph `para` (its evidence covers it),
// else the last hire read before it (in that paragraph, else in an earlier one); nullptr when none.
const Event* HireAt(const std::vector<Event>& events, int para, int pos) {
  const Event* best = nullptr;
  std::pair<int, int> best_at{-1, -1};
  for (const Event& e : events) {
    if (e.candidate_kind != "person" || (e.type != EventType::kHire && e.type != EventType::kOffer)) continue;
    for (const Evidence& ev : e.evidence) {
      if (ev.paragraph > para || (ev.paragraph == para && ev.start > pos)) continue;
      if (ev.paragraph == para && pos < ev.end) return &e;
      if (std::make_pair(ev.paragraph, ev.start) > best_at) best = &e, best_at = {ev.paragraph, ev.start};
    }
  }
  return best;
}

// A word that may stand between a Korean name and its particle: a title, a person cue, a frames.tsv
// title_prefix or appointee_noun row ("총장", "전", "내정자").
bool KoreanTitleLike(std::string_view w) {
  const extract::EntityWords& words = extract::EntityWords::Default();
  return words.Has(extract::WordList::kKoTitle, w) || words.Has(extract::WordList::kKoPersonCue, w) ||
         FrameReader::Default().IsRow("title_prefix", "ko", w) || FrameReader::Default().IsRow("appointee_noun", "ko", w);
}

// End of the possessive 의 closing a Korean name, glued ("서지원의") or after up to three title-like
// words ("서 총장의", "장민호 대표이사의"); 0 when the name is not a possessor.
size_t KoreanPossessiveEnd(std::string_view p, size_t end) {
  if (StartsWith(p, end, "의 ")) return end + std::string_view("의").size();
  size_t at = end;
  for (int n = 0; n < 3 && StartsWith(p, at, " "); ++n) {
    const size_t b = at + 1;
    const size_t e = std::min(p.find_first_of(" ,.", b), p.size());
    const std::string_view w = p.substr(b, e - b);
    if (w.size() > 3 && EndsWithAt(w, w.size(), "의") && KoreanTitleLike(w.substr(0, w.size() - 3))) return e;
    if (!KoreanTitleLike(w)) return 0;
    at = e;
  }
  return 0;
}

// End of the subject/topic particle closing a Korean name and the title words after it: glued
// or one word (SubjectParticleEnd), else up to three words each a title, a person cue or a
// frames.tsv title_prefix or appointee_noun row ("임 총장 선임자는", "이 전 국장은", "염 총장 당선인은"); 0 when the name
// is not the subject.
size_t KoreanSubjectEnd(std::string_view p, size_t end) {
  if (size_t pe = SubjectParticleEnd(p, end); pe > 0) return pe;
  auto title_like = KoreanTitleLike;
  size_t at = end;
  for (int n = 0; n < 3 && StartsWith(p, at, " "); ++n) {
    const size_t b = at + 1;
    const size_t e = std::min(p.find_first_of(" ,.", b), p.size());
    const std::string_view w = p.substr(b, e - b);
    for (std::string_view particle : {"은", "는", "이", "가"})
      if (w.size() > particle.size() && EndsWithAt(w, w.size(), particle) && title_like(w.substr(0, w.size() - particle.size())))
        return e;
    if (!title_like(w)) return 0;
    at = e;
  }
  return 0;
}

// The sentence opens with a Korean plural referent row (frames.tsv referent ko, value plural:
// "이들은", "두 사람은", "각 후보는").
bool OpensWithPluralReferent(std::string_view sentence) {
  size_t at = 0;
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  const FrameReader& fr = FrameReader::Default();
  for (const FrameReader::Row& r : fr.rows())
    if (r.kind == "referent" && r.lang == "ko" && r.value == "plural" && StartsWith(sentence, at, r.text + " "))
      return true;
  return false;
}

// The hires and offers of people and counted groups whose evidence ends last before (para, pos):
// those of the paragraph holding the latest such evidence.
std::vector<const Event*> LastHiresBefore(const std::vector<Event>& events, int para, int pos) {
  int last = -1;
  auto before = [&](const Evidence& ev) { return ev.paragraph < para || (ev.paragraph == para && ev.start < pos); };
  auto mover = [](const Event& e) {
    return (e.candidate_kind == "person" || e.candidate_kind == "group") &&
           (e.type == EventType::kHire || e.type == EventType::kOffer);
  };
  for (const Event& e : events)
    if (mover(e))
      for (const Evidence& ev : e.evidence)
        if (before(ev)) last = std::max(last, ev.paragraph);
  std::vector<const Event*> out;
  if (last < 0) return out;
  for (const Event& e : events) {
    if (!mover(e)) continue;
    for (const Evidence& ev : e.evidence)
      if (before(ev) && ev.paragraph == last) {
        out.push_back(&e);
        break;
      }
  }
  return out;
}

// Korean: a sentence whose subject is a surname and a title ("허 이사장은 오는 12일 취임식을 갖는다") speaks of a
// person of that surname: not of `candidate` when the candidate's Korean name starts with another one (a person
// the recognizer did not read). True when the sentence opens otherwise.
bool SurnameReferentOf(std::string_view sentence, const std::string& candidate) {
  while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
  const size_t sp = sentence.find(' ');
  // (Only a Korean name written whole: "제이슨 리" is also 이재민.)
  if (sp == std::string_view::npos || !IsKoreanText(candidate) || candidate.find(' ') != std::string::npos) return true;
  const std::string_view surname = sentence.substr(0, sp);
  if (!extract::EntityWords::Default().Has(extract::WordList::kKoSurname, surname) ||
      KoreanSubjectEnd(sentence, sp) == 0)
    return true;
  return StartsWith(candidate, 0, surname);
}

// Korean: the people a sentence announces as starting later (frames.tsv start ko rows: "리드는
// 다음 달 CJ ENM 미국법인에 합류한다"); a sentence naming no one speaks of the previous
// sentence's subject ("한 교수는 … 과반을 얻었다. … 다음 달 21일부터 4년 임기를 시작한다").
std::set<std::string> KoreanAnnouncedStarts(const Article& a, const Context& ctx, const std::vector<Event>& events,
                                            bool dated = true) {
  std::set<std::string> out;
  for (size_t pi = 0; pi < a.paragraphs.size(); ++pi) {
    std::string_view para = a.paragraphs[pi];
    if (!IsKoreanText(para)) continue;
    std::vector<std::pair<const Mention*, const Entity*>> ms;
    for (const Entity& e : a.entities)
      for (const Mention& m : e.mentions)
        if (e.type == "person" && m.paragraph == static_cast<int>(pi)) ms.emplace_back(&m, &e);
    std::sort(ms.begin(), ms.end(), [](const auto& x, const auto& y) { return x.first->start < y.first->start; });
    std::string topic;
    for (size_t b = 0; b < para.size();) {
      size_t dot = para.find(". ", b);
      size_t e = dot == std::string_view::npos ? para.size() : dot + 1;
      std::string subject;
      bool named = false;
      bool topic_start = false;  // the subject's move is the topic of a start to come ("서 총장의 임기는 내년 …")
      const std::string_view sentence = para.substr(b, e - b);
      for (const auto& [m, ent] : ms) {
        if (m->start < static_cast<int>(b) || m->end > static_cast<int>(e)) continue;
        named = true;
        // Past a gloss or an age right after the name ("오세린(45) 본부장이").
        size_t at = static_cast<size_t>(m->end);
        if (StartsWith(para, at, "(") && para.find(')', at) != std::string_view::npos && para.find(')', at) - at < 40)
          at = para.find(')', at) + 1;
        if (subject.empty() && KoreanSubjectEnd(para, at) != 0) subject = ctx.Name(*ent);
        const size_t possessed = dated && subject.empty() ? KoreanPossessiveEnd(para, at) : 0;
        if (possessed != 0 && FrameReader::Default().KoreanTopicStart(sentence, possessed - b)) {
          subject = ctx.Name(*ent);
          topic_start = true;
        }
      }
      if (!named) subject = topic;
      if (topic_start) out.insert(subject);
      // A start noun naming no one ("발령일은 내년 1월 1일이다", "합류 시점은 다음 달 1일이다"): the
      // move of the topic person, else of every hire of the last list read before it.
      if (dated && !named && FrameReader::Default().KoreanTopicStart(sentence, 0)) {
        if (!topic.empty()) out.insert(topic);
        else
          for (const Event* h : LastHiresBefore(events, static_cast<int>(pi), static_cast<int>(b))) out.insert(h->candidate);
      }
      // A plural referent opening the sentence ("이들은 내년 3월부터 …", "각 후보는 … 취임한다"): every
      // person of the last hires read before it.
      if (!named && OpensWithPluralReferent(sentence) &&
          (FrameReader::Default().KoreanStart(sentence) || (dated && FrameReader::Default().KoreanDatedStart(sentence))))
        for (const Event* h : LastHiresBefore(events, static_cast<int>(pi), static_cast<int>(b))) out.insert(h->candidate);
      if (!subject.empty() && FrameReader::Default().KoreanStart(sentence)) out.insert(subject);
      // A dated start ("이 박사는 다음 달부터 … 맡는다", "임기는 내년 1월 1일부터다"): the person
      // named as subject, else (no one named) the hire read last before the sentence.
      if (dated && FrameReader::Default().KoreanDatedStart(sentence)) {
        const Event* hire = subject.empty() && !named ? HireAt(events, static_cast<int>(pi), static_cast<int>(b)) : nullptr;
        if (hire && !SurnameReferentOf(sentence, hire->candidate)) hire = nullptr;
        if (!subject.empty()) out.insert(subject);
        else if (hire) out.insert(hire->candidate);
      }
      topic = subject;
      b = e + 1;
    }
  }
  return out;
}

// Korean: the people a sentence tells as having started already, as its subject ("오 원장은 이날부터 2년
// 임기를 새로 시작했다", "김 상무는 이날부터 출근했다": frames.tsv begun rows).
std::set<std::string> KoreanBegunStarts(const Article& a, const Context& ctx) {
  std::set<std::string> out;
  const ParagraphSentences sentences = ArticleSentences(a);
  for (const Entity& ent : a.entities) {
    if (ent.type != "person") continue;
    for (const Mention& m : ent.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      const std::string_view para = a.paragraphs[static_cast<size_t>(m.paragraph)];
      if (!IsKoreanText(para) || KoreanSubjectEnd(para, static_cast<size_t>(m.end)) == 0) continue;
      for (auto [b, e] : sentences[static_cast<size_t>(m.paragraph)])
        if (m.start >= b && m.end <= e &&
            FrameReader::Default().KoreanBegun(para.substr(static_cast<size_t>(m.end), static_cast<size_t>(e - m.end))))
          out.insert(ctx.Name(ent));
    }
  }
  return out;
}

// Korean: a mention of the person is followed (past up to two title-like words) by an appointee_noun
// row of value "designate" with or without its particle ("고 총장 내정자는", "박 내정자를"): the person
// is designated, not yet in the post.
bool KoreanDesignated(const Article& a, const Entity& person) {
  const FrameReader& fr = FrameReader::Default();
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
    if (!IsKoreanText(p)) continue;
    size_t at = static_cast<size_t>(m.end);
    for (int n = 0; n < 3 && StartsWith(p, at, " "); ++n) {
      const size_t b = at + 1;
      const size_t e = std::min(p.find_first_of(" ,.", b), p.size());
      const std::string_view w = p.substr(b, e - b);
      const size_t particle = fr.RowEnding("name_particle", "ko", w);
      for (const FrameReader::Row& r : fr.rows())
        if (r.kind == "appointee_noun" && r.lang == "ko" && r.value == "designate" &&
            (w == r.text || w.substr(0, w.size() - particle) == r.text))
          return true;
      if (particle != 0 || !KoreanTitleLike(w)) break;
      at = e;
    }
  }
  return false;
}

// A hire announced for later is accepted: the headline's "names"/"hires" reports the decision,
// the start is still to come (gold convention of the blind batches: a future start date is
// accepted).
void AnnouncedHires(const Article& article, const Context& ctx, std::vector<Event>* events) {
  // A Korean start told as made ("이날부터 … 임기를 새로 시작했다") settles an accepted hire as joined.
  const std::set<std::string> ko_begun = KoreanBegunStarts(article, ctx);
  for (Event& e : *events)
    if (e.type == EventType::kHire && e.candidate_kind == "person" && e.outcome == Outcome::kAccepted &&
        ko_begun.count(e.candidate)) {
      e.outcome = Outcome::kJoined;
      AddTimeline(&e, "joined");
    }
  const std::set<std::string> ko_starts = KoreanAnnouncedStarts(article, ctx, *events);
  // Only a start the person announces as the subject ("합류할 예정이다"), not a date alone.
  const std::set<std::string> ko_announced = KoreanAnnouncedStarts(article, ctx, *events, false);
  const std::set<std::string> referred = ReferredStarts(article, ctx, *events);
  // "이번 인사는 내년 1월 1일자로 시행된다": every appointment of the reshuffle is announced.
  bool reshuffle_later = false;
  const ParagraphSentences sentences = ArticleSentences(article);
  for (size_t pi = 0; pi < sentences.size() && !reshuffle_later; ++pi) {
    const std::string& para = article.paragraphs[pi];
    if (!IsKoreanText(para)) continue;
    for (auto [b, e] : sentences[pi])
      if (FrameReader::Default().KoreanReshuffleLater(std::string_view(para).substr(b, e - b))) reshuffle_later = true;
  }
  for (Event& e : *events) {
    if (e.type != EventType::kHire && e.type != EventType::kOffer) continue;
    // A counted group a Korean plural referent or start noun announces ("이들과 함께 일하던 어소시에이트
    // 변호사 6명도 한결로에 합류한다. 합류 시점은 다음 달 1일이다").
    if (e.candidate_kind == "group" && e.outcome == Outcome::kJoined &&
        (ko_starts.count(e.candidate) || GroupStartAnnounced(article, e) || KoreanGroupStartAnnounced(article, e))) {
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      continue;
    }
    if (e.candidate_kind != "person") continue;
    // An open offer whose person, as the subject, announces the start ("영입하기로 했다 … 남궁현 전무는
    // … 다음 달 초 합류할 예정이다") was taken: accepted.
    if (e.outcome == Outcome::kOffered && ko_announced.count(e.candidate)) {
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      SettleType(&e, true);
      continue;
    }
    if (e.outcome != Outcome::kJoined) continue;
    if (ko_starts.count(e.candidate) || referred.count(e.candidate) ||
        (reshuffle_later && e.type == EventType::kHire && e.offers.empty())) {
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      continue;
    }
    for (const Entity& p : article.entities) {
      if (p.type != "person" || ctx.Name(p) != e.candidate || (!AnnouncedStart(article, p) && !KoreanDesignated(article, p)))
        continue;
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      break;
    }
  }
}


// The sentence [start, end) of paragraph `para` is about the hire's candidate: their evidence, a
// mention of them, or a singular referent row opening it ("She succeeds Richard Lamb").
bool SpeaksOf(const Article& a, const Context& ctx, const Event& hire, int para, size_t start, size_t end) {
  for (const Evidence& ev : hire.evidence)
    if (ev.paragraph == para && ev.start <= static_cast<int>(end) && static_cast<int>(start) < ev.end) return true;
  for (const Entity& p : a.entities)
    if (p.type == "person" && ctx.Name(p) == hire.candidate)
      for (const Mention& m : p.mentions)
        if (m.paragraph == para && m.start >= static_cast<int>(start) && m.end <= static_cast<int>(end)) return true;
  const std::string_view sentence = std::string_view(a.paragraphs[para]).substr(start, end - start);
  // The surname the recognizer may not have tagged ("Vasquez-Hart, 57, will replace …").
  const std::string_view surname = std::string_view(hire.candidate).substr(hire.candidate.rfind(' ') + 1);
  for (size_t f = sentence.find(surname); !surname.empty() && f != std::string_view::npos; f = sentence.find(surname, f + 1)) {
    const size_t e = f + surname.size();
    if ((f == 0 || !IsAsciiAlnum(sentence[f - 1])) && (e == sentence.size() || !IsAsciiAlnum(sentence[e]))) return true;
  }
  const std::string lower = ToLowerAscii(sentence);
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "referent" && r.value == "singular" && StartsWith(lower, 0, r.text + " ")) return true;
  return false;
}

// English: the person an appointment names as replaced ("…, replacing Roh Seung-jin", "She
// succeeds Richard Lamb, who will retire") leaves the post the appointee takes: a departure at
// the appointee's employer. Not when the person has an event of their own (they moved elsewhere),
// nor when the rest of the sentence dates their leaving in the past with no move to come ("who
// was fired two weeks ago", "who was named head of … earlier this year": background).
void PredecessorDepartures(const Article& a, const Context& ctx, std::vector<Event>* events) {
  std::vector<Event> add;
  for (const Entity& p : a.entities) {
    if (p.type != "person") continue;
    const std::string name = ctx.Name(p);
    auto same = [&](const Event& e) { return e.candidate_kind == "person" && SamePersonName(e.candidate, name); };
    if (std::any_of(events->begin(), events->end(), same) || std::any_of(add.begin(), add.end(), same)) continue;
    for (const Mention& m : p.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view para = a.paragraphs[m.paragraph];
      if (IsKoreanText(para) || IsJapaneseText(para)) continue;
      const std::string lower = ToLowerAscii(para);
      if (!FrameReader::Default().PredecessorBefore(lower, static_cast<size_t>(m.start))) continue;
      const Event* hire = HireAt(*events, m.paragraph, m.start);
      if (!hire || hire->employer.empty() || SamePersonName(hire->candidate, name)) continue;
      size_t end = lower.find(". ", static_cast<size_t>(m.end));
      end = end == std::string::npos ? lower.size() : end + 1;
      size_t start = lower.rfind(". ", static_cast<size_t>(m.start));
      start = start == std::string::npos ? 0 : start + 2;
      if (!SpeaksOf(a, ctx, *hire, m.paragraph, start, end)) continue;
      std::string_view rest = std::string_view(lower).substr(m.end, end - m.end);
      bool past = FrameReader::Default().HasPastTime(rest);
      for (const std::string& w : CuePhrases("past")) past = past || rest.find(w) != std::string_view::npos;
      for (const FrameReader::Row& r : FrameReader::Default().rows())  // "fired on Jan. 6"
        if (r.kind == "when" && r.lang == "en") past = past || rest.find("on " + r.text) != std::string_view::npos;
      bool to_come = false;
      for (std::string_view w : {" will ", " would ", " is stepping ", " is retiring ", " is leaving "})
        to_come = to_come || rest.find(w) != std::string_view::npos;
      if (past && !to_come) break;
      Event d;
      d.type = EventType::kDeparture;
      d.employer = hire->employer;
      d.employer_aliases = hire->employer_aliases;
      d.candidate = name;
      d.candidate_kind = "person";
      d.role = hire->role;
      d.outcome = Outcome::kLeft;
      d.timeline = {"left"};
      d.reported_by = hire->reported_by;
      d.evidence.push_back({m.paragraph, static_cast<int>(start), static_cast<int>(end)});
      d.confidence = Confidence(d);
      add.push_back(std::move(d));
      break;
    }
  }
  for (Event& d : add) events->push_back(std::move(d));
}

// "will remain at Ford" read as an accepted offer at Ford is the stay that turns the other
// employer's offer down, not a counter-offer, unless Ford raised or stated an offer of its own
// or the article speaks of one (cues.tsv retain rows: "retention bonus", "counteroffer"): the person's event at the other employer keeps Ford as the previous
// employer and is declined (unless the move was made).
std::vector<Event> FoldStays(const Article& article, std::vector<Event> evs) {
  for (const std::string& p : article.paragraphs)
    if (IsKoreanText(p)) return evs;  // Korean stays are read by the clause reader (남기로)
  if (SpeaksOfRetention(article)) return evs;
  std::vector<bool> drop(evs.size(), false);
  for (size_t i = 0; i < evs.size(); ++i) {
    const Event& s = evs[i];
    if (s.candidate_kind != "person" || s.type != EventType::kOffer || s.outcome != Outcome::kAccepted ||
        !s.offers.empty() || std::find(s.timeline.begin(), s.timeline.end(), "raised") != s.timeline.end())
      continue;
    for (size_t j = 0; j < evs.size(); ++j) {
      Event& o = evs[j];
      if (j == i || drop[j] || o.candidate != s.candidate || SameOrUnit(o.employer, s.employer) ||
          (o.type != EventType::kOffer && o.type != EventType::kHire) ||
          !(o.previous_employer.empty() || SameOrUnit(o.previous_employer, s.employer)))
        continue;
      if (o.previous_employer.empty()) o.previous_employer = s.employer;
      if (o.outcome != Outcome::kJoined && o.outcome != Outcome::kDeclined) {
        o.outcome = Outcome::kDeclined;
        AddTimeline(&o, "declined");
        o.type = EventType::kOffer;
      }
      drop[i] = true;
      break;
    }
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < evs.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(evs[i]));
  return kept;
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
      if (!at.empty()) return true;
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
    if (ent.type == "person" || ent.canonical != canonical) continue;
    auto add = [&](const std::string& n) {
      if (!n.empty() && n != canonical && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    };
    add(ent.name);
    for (const std::string& a : ent.aliases) add(a);
  }
  return out;
}

// Each event's employer and previous employer as the article spells them; a person candidate
// known by a spelling the article does not write ("데이비드 하" -> the alias table's "David Ha"), by
// the Hangul spelling it does.
static void EmployerSpellings(const Article& article, std::vector<Event>* events) {
  auto in_text = [&](const std::string& w) {
    return std::any_of(article.paragraphs.begin(), article.paragraphs.end(),
                       [&](const std::string& p) { return p.find(w) != std::string::npos; });
  };
  for (Event& e : *events) {
    e.employer_aliases = OwnSpellings(article, e.employer);
    e.previous_employer_aliases = OwnSpellings(article, e.previous_employer);
    if (e.candidate_kind != "person" || e.candidate.empty() || in_text(e.candidate)) continue;
    for (const Entity& ent : article.entities)
      if (ent.type == "person" && ent.canonical == e.candidate && !ent.name.empty() && ent.name != e.candidate &&
          std::find(e.candidate_aliases.begin(), e.candidate_aliases.end(), ent.name) == e.candidate_aliases.end())
        e.candidate_aliases.push_back(ent.name);
  }
}

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
  for (size_t i = from; i < pos && i < para.size(); ++i) depth += para[i] == '(' ? 1 : para[i] == ')' ? -1 : 0;
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
        if (om->start >= static_cast<int>(from) && om->end <= static_cast<int>(end) && sec.org.empty()) sec.org = oe->canonical;
      std::string_view text = para.substr(from, end - from);
      for (const auto& [pm, pe] : persons[pi])  // a header naming the appointee: its head reads before the name
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
      std::string role = titled ? std::string(title_word) : move != FrameReader::ListMove::kNone ? ListRole(head, at) : "";
      if (move == FrameReader::ListMove::kNone && !header) {
        move = sec.move;
        if (role.empty()) role = sec.role;
      }
      if (!titled && move == FrameReader::ListMove::kNone) continue;
      if (move == FrameReader::ListMove::kNone) move = FrameReader::ListMove::kAppoint;
      Event ev;
      ev.type = move == FrameReader::ListMove::kDepart ? EventType::kDeparture : EventType::kHire;
      ev.candidate = ctx.Name(*e);
      ev.candidate_kind = "person";
      ev.role = role;
      ev.outcome = move == FrameReader::ListMove::kDepart ? Outcome::kLeft
                   : move == FrameReader::ListMove::kDesignate ? Outcome::kAccepted
                                                               : Outcome::kJoined;
      ev.timeline = {move == FrameReader::ListMove::kDepart ? "left" : move == FrameReader::ListMove::kDesignate ? "accepted" : "joined"};
      ev.evidence = {{static_cast<int>(pi), static_cast<int>(from), static_cast<int>(next)}};
      for (const auto& [om, oe] : orgs[pi]) {
        // (A division named alone, "△파운드리사업부 CTO 한지민", is where the post is, not the employer.)
        if (om->start >= static_cast<int>(from) && om->end <= m->start && ev.employer.empty() && first &&
            !InParens(para, from, static_cast<size_t>(om->start)) && !FrameReader::Default().KoreanUnit(oe->canonical))
          ev.employer = oe->canonical;
        if (titled && om->start >= m->end && om->end <= static_cast<int>(next) && StartsWith(para, m->end, "(") &&
            ev.previous_employer.empty())
          ev.previous_employer = oe->canonical;
      }
      if (!titled) ev.previous_employer = ListedOrigin(para, *m, next, orgs[pi]);
      if (ev.employer.empty()) ev.employer = sec.org;
      if (ev.employer.empty()) ev.employer = ctx.lead_org;
      if (ev.employer == ev.previous_employer) ev.previous_employer.clear();
      if (ev.employer.empty()) continue;
      auto same = [&](const Event& x) { return x.candidate == ev.candidate && x.candidate_kind == "person"; };
      // The listed post settles the person's move: readings of it without an amount give way
      // (a list head or a △ bullet only adds a person the text did not read).
      bool settles = titled && !StartsWith(para, from - kListBullet.size(), kListBullet);
      if (std::any_of(out->begin(), out->end(), [&](const Event& x) { return same(x) && (!settles || !x.offers.empty()); }))
        continue;
      out->erase(std::remove_if(out->begin(), out->end(), same), out->end());
      ev.confidence = Confidence(ev);
      out->push_back(std::move(ev));
    }
    // A header's organization holds for the items of the following paragraphs.
    if (!headers.empty()) section = headers.back().second;
  }
}

// Pay held for a person not yet named (Context::pending_pay) that no rule event took goes to a
// person event the pair pass found at that employer, named within two paragraphs after the pay
// ("SK hynix has offered $100 million to a senior TSMC engineer … Chen Wei-lun, 41, joins").
void GiveHeldPay(const Article& a, const std::vector<Context::PendingPay>& held, std::vector<Event>* out) {
  for (const Context::PendingPay& h : held) {
    const Amount& m = a.money[h.amount];
    for (Event& e : *out) {
      if (e.candidate_kind != "person" || e.type == EventType::kAcquisitionAttempt || !SameOrUnit(h.employer, e.employer))
        continue;
      const bool near = std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) {
        return ev.paragraph >= h.paragraph && ev.paragraph - h.paragraph <= 2;
      });
      const bool have = std::any_of(e.offers.begin(), e.offers.end(), [&](const Offer& o) {
        return o.amount == h.amount || (o.currency == m.currency && o.value == (m.value.empty() ? m.high : m.value));
      });
      if (!near || have) continue;
      Offer o = OfferFromAmount(a, h.amount);
      AddGlossPartner(a, h.amount, &o);
      e.offers.insert(e.offers.begin(), std::move(o));
      SettleType(&e, false);
      break;
    }
  }
}

// Output order: by first evidence (paragraph, offset).
void SortByEvidence(std::vector<Event>* out) {
  std::stable_sort(out->begin(), out->end(), [](const Event& x, const Event& y) {
    auto k = [](const Event& e) {
      return e.evidence.empty() ? std::make_pair(1 << 30, 0)
                                : std::make_pair(e.evidence[0].paragraph, e.evidence[0].start);
    };
    return k(x) < k(y);
  });
}

// The article's pay amounts that no event holds after every pass, each with the sentence
// [start, end) of its paragraph. Not a headline's (its grammar is telegraphic), a gloss, quoted
// speech, an amount without a pay marker (AmountRole), or one of a sentence that negates or reports
// a rumour or statistic (cue rows negation / statistic).
struct StrayPay {
  int amount, start, end;
  bool retain = false;  // the sentence speaks of retention or a counter-offer
  bool offer = false;   // the sentence holds an offer, hiring or raise cue
  bool decline = false; // … or a decline cue
};
std::vector<StrayPay> StrayPayAmounts(const Article& a, const std::vector<Event>& events) {
  std::set<int> held;
  std::set<std::pair<std::string, std::string>> held_values;
  for (const Event& e : events)
    for (const Offer& o : e.offers) {
      held.insert(o.amount);
      held_values.emplace(o.currency, o.value);
    }
  std::vector<StrayPay> out;
  ParagraphSource source(a);
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    const std::string& value = m.value.empty() ? m.high : m.value;
    // (Not a lower bound either: "more than $20 million a year", "payouts of $10 million or more"
    // without a hiring word are the market's going rate.)
    if (m.paragraph <= 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size() || m.glosses >= 0 ||
        held.count(static_cast<int>(i)) || held_values.count({m.currency, value}) || value.empty() ||
        m.kind == "lower_bound")
      continue;
    const std::string& para = a.paragraphs[m.paragraph];
    if (para.size() > kMaxParagraphBytes) continue;
    for (auto [b, e] : source.Sentences(static_cast<size_t>(m.paragraph))) {
      if (m.start < b || m.end > e) continue;
      SentenceCtx s;
      s.article = &a;
      s.para = m.paragraph;
      s.text = para;
      s.blank = BlankQuotes(para, source.Quotes(static_cast<size_t>(m.paragraph)));
      s.lower = ToLowerAscii(s.blank);
      s.start = s.ev_start = b;
      s.end = s.ev_end = e;
      // Quoted speech only when the quote names a person itself (a club's announcement: "강석진
      // 감독과 계약 기간 3년, 총액 18억원(계약금 6억원, 연봉 4억원)에 계약했다").
      bool quoted_unnamed = false;
      for (const TextSpan& q : source.Quotes(static_cast<size_t>(m.paragraph)))
        if (q.start <= m.start && q.end >= m.end)
          quoted_unnamed = std::none_of(a.entities.begin(), a.entities.end(), [&](const Entity& en) {
            return en.type == "person" && std::any_of(en.mentions.begin(), en.mentions.end(), [&](const Mention& mn) {
                     return mn.paragraph == m.paragraph && mn.start >= q.start && mn.end <= m.start;
                   });
          });
      // (A first-year part is pay by its own words: "included about $100 million in the first year".)
      const AmountRole role = AmountRoleIn(a, static_cast<int>(i), b, e);
      if (quoted_unnamed ||
          (role != AmountRole::kPay && !(role == AmountRole::kUnknown && IsFirstYear(a, static_cast<int>(i)))))
        break;
      bool doubtful = false, offer = false, decline = false;
      for (const CueHit& h : FindCues(s)) {
        doubtful = doubtful || h.cue == Cue::kNegation || h.cue == Cue::kStatistic;
        offer = offer || h.cue == Cue::kOffer || h.cue == Cue::kIntent || h.cue == Cue::kHire || h.cue == Cue::kJoin ||
                h.cue == Cue::kRaise;
        decline = decline || h.cue == Cue::kDecline;
      }
      // A retention or counter-offer ("The ChatGPT maker offered a retention grant of $40 million")
      // is the current employer's, an event of its own (AttachStrayPay: only an unnamed recipient's,
      // "An offer of about 5 billion won … persuaded one of Japan's most experienced battery
      // engineers to switch sides").
      const std::string_view lower = std::string_view(s.lower).substr(b, e - b);
      bool retain = false;
      for (const std::string& w : CuePhrases("retain")) retain = retain || lower.find(w) != std::string_view::npos;
      if (!doubtful) out.push_back({static_cast<int>(i), b, e, retain, offer, decline});
      break;
    }
  }
  return out;
}

// The entity's name, canonical name or an alias written in `text` (a whole word when it is
// ASCII): mentions the recognizer did not list count too ("Rivian's package").
bool NamedIn(std::string_view text, const Entity& en) {
  auto word = [](char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); };
  auto has = [&](std::string_view name) {
    if (name.size() < 2) return false;
    for (size_t f = text.find(name); f != std::string_view::npos; f = text.find(name, f + 1)) {
      const size_t e = f + name.size();
      if (!IsAsciiAlpha(name[0]) || ((f == 0 || !word(text[f - 1])) && (e >= text.size() || !word(text[e]))))
        return true;
    }
    return false;
  };
  return has(en.name) || has(en.canonical) || std::any_of(en.aliases.begin(), en.aliases.end(), has);
}

// Byte offsets in `para` where a person's surname stands alone ("Vasquez-Hart spent 12 years",
// "Whitfield said"): the last word of an English name (3 letters at least), as a whole word, not
// inside an organization's mention.
std::vector<int> SurnameAt(const Article& a, const Entity& person, int paragraph) {
  std::vector<int> out;
  std::string_view name = person.canonical;
  const size_t sp = name.rfind(' ');
  if (sp == std::string_view::npos || name.size() - sp - 1 < 3 || !IsAsciiAlpha(name[sp + 1])) return out;
  const std::string_view last = name.substr(sp + 1);
  std::string_view para = a.paragraphs[paragraph];
  auto word = [](char c) { return IsAsciiAlpha(c) || c == '-' || (c >= '0' && c <= '9'); };
  for (size_t f = para.find(last); f != std::string_view::npos; f = para.find(last, f + 1)) {
    const size_t e = f + last.size();
    if ((f > 0 && word(para[f - 1])) || (e < para.size() && word(para[e]))) continue;
    const bool in_org = std::any_of(a.entities.begin(), a.entities.end(), [&](const Entity& en) {
      return en.type != "person" && std::any_of(en.mentions.begin(), en.mentions.end(), [&](const Mention& mn) {
               return mn.paragraph == paragraph && mn.start <= static_cast<int>(f) && mn.end >= static_cast<int>(e);
             });
    });
    if (!in_org) out.push_back(static_cast<int>(f));
  }
  return out;
}

// The one the text follows at byte `pos` of paragraph `para`: the latest anchor before it in that
// paragraph or the one before, a person's mention or surname (`person`, canonical name) or an
// event's evidence (`events`, the indices of the events stated there).
void FollowedAt(const Article& a, const std::vector<Event>& events, int para, int pos, std::string* person,
                std::vector<size_t>* by) {
  const std::pair<int, int> at{para, pos};
  std::pair<int, int> best{-1, -1};
  auto in_window = [&](int pa, int po) { return pa >= para - 1 && std::make_pair(pa, po) < at; };
  for (const Entity& en : a.entities) {
    if (en.type != "person") continue;
    std::vector<std::pair<int, int>> anchors;
    for (const Mention& mn : en.mentions) anchors.emplace_back(mn.paragraph, mn.start);
    for (int pa = std::max(para - 1, 0); pa <= para; ++pa)
      for (int f : SurnameAt(a, en, pa)) anchors.emplace_back(pa, f);
    for (auto [pa, po] : anchors)
      if (in_window(pa, po) && std::make_pair(pa, po) > best) {
        best = {pa, po};
        *person = en.canonical;
      }
  }
  for (size_t k = 0; k < events.size(); ++k)
    for (const Evidence& ev : events[k].evidence)
      if (in_window(ev.paragraph, ev.start) && std::make_pair(ev.paragraph, ev.start) >= best) {
        if (std::make_pair(ev.paragraph, ev.start) > best) by->clear();
        best = {ev.paragraph, ev.start};
        person->clear();
        if (std::find(by->begin(), by->end(), k) == by->end()) by->push_back(k);
      }
}

// The person a lead amount is offered to before the text names them ("A salary of $395,000 a year
// will make the next head of the Cascadia Regional Transit Authority …", "An offer of about 5 billion
// won … persuaded one of Japan's most experienced battery engineers to switch sides"): when no
// person is named anywhere before the amount, the first one named after it, in its paragraph or the
// next one. Empty otherwise.
std::string UnnamedRecipient(const Article& a, int para, int pos) {
  const std::pair<int, int> at{para, pos};
  std::pair<int, int> first{1 << 30, 0};
  std::string person;
  for (const Entity& en : a.entities) {
    if (en.type != "person") continue;
    for (const Mention& mn : en.mentions) {
      const std::pair<int, int> m{mn.paragraph, mn.start};
      if (m < at) return "";
      if (mn.paragraph <= para + 1 && m < first) {
        first = m;
        person = en.canonical;
      }
    }
  }
  return person;
}

// Every mention of organization `en` in [start, end) of paragraph `para` stands in the apposition
// of a person named before it in that span ("Daniel Whitcombe, who leads a team at Google DeepMind,",
// "Jonathan Reyes, Ford's vice president of engineering,"). False when it has no mention there.
bool InPersonApposition(const Article& a, const Entity& en, int para, int start, int end, std::string_view p) {
  bool any = false;
  for (const Mention& om : en.mentions) {
    if (om.paragraph != para || om.start < start || om.end > end) continue;
    any = true;
    bool after_person = false;
    for (const Entity& pe : a.entities) {
      if (pe.type != "person") continue;
      for (const Mention& pm : pe.mentions) {
        if (pm.paragraph != para || pm.start < start || pm.end > om.start || om.start - pm.end > 100) continue;
        const std::string_view gap = p.substr(static_cast<size_t>(pm.end), static_cast<size_t>(om.start - pm.end));
        after_person = after_person || (StartsWith(gap, 0, ", ") && gap.find(". ") == std::string_view::npos);
      }
    }
    if (!after_person) return false;
  }
  return any;
}

// The organization the latest sentence of paragraph `para` before byte `before` opens with as its
// subject ("네이버는 …", "Google responded …"), or null.
const Entity* ParagraphTopicBefore(const Article& a, int para, int before) {
  std::string_view p = a.paragraphs[para];
  const Entity* best = nullptr;
  int best_start = -1;
  for (const Entity& en : a.entities) {
    if (en.type != "company" && en.type != "organization") continue;
    for (const Mention& mn : en.mentions) {
      if (mn.paragraph != para || mn.end > before || mn.start <= best_start) continue;
      const size_t st = static_cast<size_t>(mn.start), e = static_cast<size_t>(mn.end);
      if (st != 0 && !EndsWithAt(p, st, ". ")) continue;
      bool subject = false;
      for (const char* particle : {"는 ", "은 ", "가 ", "이 ", "도 "}) subject = subject || StartsWith(p, e, particle);
      subject = subject || (e + 1 < p.size() && p[e] == ' ' && std::islower(static_cast<unsigned char>(p[e + 1])));
      if (subject) {
        best = &en;
        best_start = mn.start;
      }
    }
  }
  return best;
}

// Pay no event took ("Her contract pays a base salary of $975,000 a year", "He received a sign-on
// grant of stock options valued at $2.4 million"): the event of the one the text follows there,
// the latest person named (or event stated) up to the amount in its paragraph or the one before.
// Only a person or group event that moves someone (no departure, no acquisition attempt) takes it,
// when the sentence names no other organization than its employer; of several events of that
// person, the one whose employer the sentence names.
void AttachStrayPay(const Article& a, std::vector<Event>* out) {
  if (out->empty()) return;
  for (const StrayPay& sp : StrayPayAmounts(a, *out)) {
    const Amount& m = a.money[sp.amount];
    std::string person;       // the person named last, or empty
    std::vector<size_t> by;   // the events stated last (by evidence) when no person is named later
    FollowedAt(a, *out, m.paragraph, m.start, &person, &by);
    const bool lead = person.empty() && by.empty() && !(person = UnnamedRecipient(a, m.paragraph, m.start)).empty();
    if (sp.retain && !lead) continue;
    std::vector<size_t> takers;
    for (size_t k = 0; k < out->size(); ++k) {
      const Event& e = (*out)[k];
      if (e.type == EventType::kDeparture || e.type == EventType::kAcquisitionAttempt) continue;
      const bool named = !person.empty() && e.candidate_kind == "person" &&
                         EntityNamed(a, e.candidate, "person") == EntityNamed(a, person, "person");
      if (named || (person.empty() && std::find(by.begin(), by.end(), k) != by.end())) takers.push_back(k);
    }
    // The organizations the sentence names: an event takes the pay only when they are its employer
    // ("Rivian's package included a $1.5 million annual salary" is not Tesla's counter-offer).
    // (A publication counts when it is an employer of the article's events: "Northlight Media hired
    // CNN executive Vanessa Ortiz … with a contract paying about $3.5 million a year".)
    auto employer_of_some = [&](const Entity& en) {
      return std::any_of(out->begin(), out->end(), [&](const Event& e) {
        return en.canonical == e.employer || en.canonical == e.previous_employer;
      });
    };
    std::vector<const Entity*> orgs;
    const std::string_view sentence = std::string_view(a.paragraphs[m.paragraph]).substr(sp.start, sp.end - sp.start);
    for (const Entity& en : a.entities)
      if ((en.type == "company" || en.type == "organization" || (en.type == "publication" && employer_of_some(en))) &&
          NamedIn(sentence, en))
        orgs.push_back(&en);
    auto employs = [&](const Event& e, const Entity& en) {
      return !e.employer.empty() && (SameOrUnit(en.canonical, e.employer) || SameOrUnit(en.name, e.employer) ||
                                     EntityNamed(a, e.employer, "org") == static_cast<int>(&en - a.entities.data()));
    };
    // (Not an organization in a person's apposition, the person's current employer: "The offer to
    // Daniel Whitcombe, who leads a team at Google DeepMind, included about $100 million in the first
    // year"; unless the sentence speaks of a counter-offer.)
    const std::string_view para = a.paragraphs[m.paragraph];
    const bool retain = RetainWordIn(ToLowerAscii(sentence));
    // (A lead amount's sentence describes the person it does not name yet: "구글 딥마인드에서 일하는
    // 한국인 AI 연구자에게 …".)
    auto describes = [&](const Event& e, const Entity& en) {
      return !retain && !e.previous_employer.empty() &&
             (SameOrUnit(en.canonical, e.previous_employer) || SameOrUnit(en.name, e.previous_employer)) &&
             (lead || InPersonApposition(a, en, m.paragraph, sp.start, sp.end, para));
    };
    std::erase_if(takers, [&](size_t k) {
      return std::any_of(orgs.begin(), orgs.end(),
                         [&](const Entity* en) { return !employs((*out)[k], *en) && !describes((*out)[k], *en); });
    });
    // A lead amount is an offer's when its sentence says so (an offer or hiring cue) or names the
    // employer ("A salary of $395,000 a year will make the next head of the Cascadia Regional Transit
    // Authority …"); not the market's going rate ("인재 쟁탈전이 연봉 10억원대로 치닫고 있다").
    if (lead && !sp.offer)
      std::erase_if(takers, [&](size_t k) {
        return std::none_of(orgs.begin(), orgs.end(), [&](const Entity* en) { return employs((*out)[k], *en); });
      });
    // An offer turned down in the sentence ("he had turned down a larger offer from Saudi club Al-Ahli
    // — reportedly worth $15 million a year") is not the pay of the move the person made.
    if (sp.decline)
      std::erase_if(takers, [&](size_t k) {
        return (*out)[k].outcome == Outcome::kJoined || (*out)[k].outcome == Outcome::kAccepted;
      });
    // A lead amount with several events of its person: the one no pay was stated for yet.
    if (lead && takers.size() > 1)
      std::erase_if(takers, [&](size_t k) { return !(*out)[k].offers.empty(); });
    // Several events of the person: the one whose employer the sentence names, else the one whose
    // employer an earlier sentence of the paragraph opened with ("네이버는 곧바로 역제안에 나섰다.
    // 연봉을 두 배 가까이 올리고 30억원 상당의 … 주식을 추가로 부여하는 조건이었다").
    if (takers.size() > 1 && orgs.empty())
      if (const Entity* topic = ParagraphTopicBefore(a, m.paragraph, sp.start)) orgs.push_back(topic);
    if (takers.size() > 1)
      std::erase_if(takers, [&](size_t k) {
        return std::none_of(orgs.begin(), orgs.end(), [&](const Entity* en) { return employs((*out)[k], *en); });
      });
    if (takers.size() != 1) continue;
    Event& e = (*out)[takers[0]];
    // A first-year part ("The offer … included about $100 million in the first year") is the part of
    // the event's offer stated before it, never an offer of its own.
    if (IsFirstYear(a, sp.amount)) {
      if (!e.offers.empty() && e.offers.back().first_year_usd.empty()) {
        e.offers.back().first_year_usd = m.currency == "USD" ? (m.value.empty() ? m.high : m.value) : m.usd;
        AddTerms(&e.offers.back(), "first_year");
      }
      continue;
    }
    Offer o = OfferFromAmount(a, sp.amount);
    AddGlossPartner(a, sp.amount, &o);
    e.offers.push_back(std::move(o));
  }
}

// The person of hire `e` is reappointed: a mention of the person is followed by a reappointment word
// tied to it (docs/events.md, evemp25). Korean: the word after the person's title word opens with a
// frames.tsv motion_noun row of a renewal ("김영호 대표 연임 확정", "송기준 원장이 연임됐다", "오동훈 사장이
// 연임에 성공"); English: an appoint:renew trigger row ("was reappointed") follows in the same sentence
// within 80 bytes, no other person between. A reappointed head comes from nowhere, whatever other
// organization the headline or the sentence names ("김영호 대표 연임…CFO엔 삼정KPMG 이수아 파트너 영입").
bool ReappointedCandidate(const Article& a, const Event& e) {
  if (e.type != EventType::kHire || e.candidate_kind != "person") return false;
  const Entity* person = nullptr;
  for (const Entity& en : a.entities)
    if (en.type == "person" && (en.canonical == e.candidate || en.name == e.candidate)) person = &en;
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
        if (r.kind == "motion_noun" && r.lang == "ko" && r.value == "appoint:renew" && next.starts_with(r.text)) return true;
      continue;
    }
    std::string window = ToLowerAscii(after.substr(0, std::min<size_t>(after.size(), 80)));
    if (const size_t stop = window.find(". "); stop != std::string::npos) window.resize(stop);
    for (const Entity& en : a.entities)
      if (en.type == "person" && &en != person)
        for (const Mention& om : en.mentions)
          if (om.paragraph == m.paragraph && om.start >= m.end && om.start - m.end < static_cast<int>(window.size()))
            window.resize(static_cast<size_t>(om.start - m.end));
    for (const FrameReader::Row& r : FrameReader::Default().rows())
      if (r.kind == "trigger" && r.lang == "en" && r.value == "appoint:renew" && window.find(r.text) != std::string::npos)
        return true;
  }
  return false;
}

// The person of `e` is promoted in an evidence sentence (cues.tsv promote rows: "사장으로 승진해",
// "was promoted to"; the promote word after the person's name, no other person between) that
// names the previous employer right by the name as the owner of the person's title, not marked
// as an origin (출신, 에서, from, former) and with no move word in the sentence (join cues:
// "승진해 자리를 옮긴다"): that organization is a unit inside the company ("한승민 삼성리서치
// 부소장이 사장으로 승진해"), no previous employer.
bool PromotedInPlace(const Article& a, const Event& e) {
  if (e.previous_employer.empty() || e.candidate_kind != "person") return false;
  const Entity* prev = nullptr;
  const Entity* person = nullptr;
  for (const Entity& en : a.entities) {
    if ((en.type == "company" || en.type == "organization") && en.canonical == e.previous_employer) prev = &en;
    if (en.type == "person" && (en.canonical == e.candidate || en.name == e.candidate)) person = &en;
  }
  if (!prev || !person) return false;
  for (const Evidence& ev : e.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    std::string_view para = a.paragraphs[ev.paragraph];
    std::string lower = ToLowerAscii(para);
    auto in_sentence = [&](const Mention& m) { return m.paragraph == ev.paragraph && m.start >= ev.start && m.end <= ev.end; };
    std::string_view sent = std::string_view(lower).substr(static_cast<size_t>(ev.start), static_cast<size_t>(ev.end - ev.start));
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
    for (const Mention& pm : person->mentions) {
      if (!in_sentence(pm)) continue;
      size_t promoted_at = std::string_view::npos;
      for (size_t w : promote) {
        if (w < static_cast<size_t>(pm.end)) continue;
        bool other = false;
        for (const Entity& en : a.entities)
          if (en.type == "person" && &en != person)
            for (const Mention& om : en.mentions)
              other = other || (in_sentence(om) && om.start >= pm.end && static_cast<size_t>(om.start) < w);
        if (!other && promoted_at == std::string_view::npos) promoted_at = w;
      }
      if (promoted_at == std::string_view::npos) continue;
      for (const Mention& m : prev->mentions) {
        // Right by the name ("대양중공업 노재석 전무", "한승민 삼성리서치 부소장") or in the name's
        // apposition before the promote word ("Lee Ji-eun, head of Kia's global sales, was promoted").
        bool by_name = (m.end <= pm.start && pm.start - m.end <= 1) || (m.start >= pm.end && m.start - pm.end <= 1) ||
                       (m.start > pm.end && static_cast<size_t>(m.end) < promoted_at);
        if (!in_sentence(m) || !by_name) continue;
        size_t end = static_cast<size_t>(m.end);
        std::string_view before = PrevToken(para, static_cast<size_t>(m.start));
        bool origin = StartsWith(para, end, "에서") || StartsWith(para, end, " 출신") || StartsWith(para, end, "출신") ||
                      before == "from" || before == "전" || before == "former" || before == "Former";
        if (!origin) return true;
      }
    }
  }
  return false;
}

// The previous employer is never the employer itself, a unit of it or its parent: the article writes
// one as the other's ("an offer from Tencent's Lightspeed Studios": employer Tencent, prev
// Lightspeed Studios), or the two are one name written shorter or longer. The person's previous employer from
// another of their events takes its place ("Krafton hired Marchand, a creative director at
// Ubisoft"), else there is none.
// English: an organization written only as the modifier of a kind-of-organization noun after "the"
// ("…, the Major League Soccer club announced") describes another organization (the league of the
// club that hires), never where a person comes from.
void DescriptorOrigins(const Article& a, std::vector<Event>* events) {
  auto only_modifier = [&](const std::string& name) {
    bool any = false;
    for (const Entity& en : a.entities) {
      if (en.canonical != name) continue;
      for (const Mention& m : en.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) return false;
        std::string lo = a.paragraphs[static_cast<size_t>(m.paragraph)];
        for (char& c : lo) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const size_t b = static_cast<size_t>(m.start), e = static_cast<size_t>(m.end);
        if (!EndsWithAt(lo, b, "the ") || !StartsWith(lo, e, " ")) return false;
        size_t we = lo.find_first_of(" ,.;:'", e + 1);
        if (we == std::string::npos) we = lo.size();
        if (!KindOfOrgNoun(std::string_view(lo).substr(e + 1, we - e - 1))) return false;
        any = true;
      }
    }
    return any;
  };
  for (Event& e : *events)
    if (!e.previous_employer.empty() && IsAsciiText(e.previous_employer) && only_modifier(e.previous_employer)) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
}

// English: a counted group "N of its employees" in a sentence of its evidence: "its" stands for the
// last organization named before it in the sentence that is not the employer ("hired the two
// founders of startup Quillwork along with about 30 of its employees"): where the group comes from.
void ItsGroupOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != "group" || !e.previous_employer.empty() || e.employer.empty()) continue;
    // (The group's sentence, or another sentence that counts it so: the lede often does.)
    for (size_t pi = 0; pi < a.paragraphs.size() && pi < kMaxParagraphs; ++pi) {
      const Evidence ev{static_cast<int>(pi), 0, static_cast<int>(a.paragraphs[pi].size())};
      const std::string& para = a.paragraphs[pi];
      const size_t its = para.find(" of its " + e.candidate);
      if (its == std::string::npos) continue;
      const size_t stop = para.rfind(". ", its);
      const size_t b = stop == std::string::npos ? 0 : stop + 2;
      const Entity* best = nullptr;
      int best_start = -1;
      for (const Entity& o : a.entities) {
        if ((o.type != "company" && o.type != "organization") || SameOrUnit(o.canonical, e.employer)) continue;
        for (const Mention& om : o.mentions)
          if (om.paragraph == ev.paragraph && static_cast<size_t>(om.start) >= b && static_cast<size_t>(om.end) <= its &&
              om.start > best_start) {
            best = &o;
            best_start = om.start;
          }
      }
      if (best && std::none_of(e.employer_aliases.begin(), e.employer_aliases.end(),
                               [&](const std::string& x) { return SameOrUnit(best->canonical, x); })) {
        e.previous_employer = best->canonical;
        e.previous_employer_aliases = OwnSpellings(a, best->canonical);
        break;
      }
    }
  }
}

// Counter-offers (docs/events.md, fourteenth session): an offer by a person's current employer,
// the organization another event of the person names, by the rules, as where the person comes
// from ("Castlerock offered Goldman trader Brandt …; Goldman responded with a counter-offer",
// "AWS가 한빛텔레콤 서 상무에게 … 한빛텔레콤은 역제안을 내놨다"). Such an offer has no previous
// employer: the rival the learned previous model gave it goes. When the rules made each of two
// offers the other's origin, an article that speaks of a counter-offer or retention (retain rows)
// decides by order: the later offer answers the earlier one. The offer's outcome stays the rules'
// "offered" unless the rules read it taken or refused (the outcome model reads the person's other
// event into it). `ruled_prev` and `ruled` are the previous employers and outcomes before the
// role models, by event.
void CurrentEmployerOffers(const Article& a, const std::vector<std::string>& ruled_prev,
                           const std::vector<Outcome>& ruled, std::vector<Event>* events) {
  std::vector<Event>& ev = *events;
  const size_t n = std::min({ev.size(), ruled.size(), ruled_prev.size()});
  auto first = [&](const Event& e) {
    return e.evidence.empty() ? std::pair<int, int>{-1, -1} : std::pair{e.evidence[0].paragraph, e.evidence[0].start};
  };
  const bool retention = SpeaksOfRetention(a);
  std::vector<bool> counter(n, false);
  for (size_t i = 0; i < n; ++i) {
    const Event& e = ev[i];
    const bool offer = e.type == EventType::kOffer || (e.type == EventType::kHire && ruled[i] == Outcome::kOffered);
    if (!offer || e.candidate_kind != "person") continue;
    for (size_t j = 0; j < n; ++j) {
      const Event& o = ev[j];
      if (j == i || o.candidate != e.candidate || SameOrUnit(o.employer, e.employer) ||
          o.type == EventType::kAcquisitionAttempt || ruled_prev[j].empty() || !SameOrUnit(ruled_prev[j], e.employer))
        continue;
      const bool mutual = !ruled_prev[i].empty() && SameOrUnit(ruled_prev[i], o.employer);
      if (!mutual || (retention && first(e) > first(o))) counter[i] = true;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!counter[i]) continue;
    Event& e = ev[i];
    const bool mutual = !ruled_prev[i].empty();
    if ((ruled_prev[i].empty() || mutual) && !e.previous_employer.empty()) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
    if (ruled[i] == Outcome::kOffered && e.outcome != Outcome::kOffered) {
      e.outcome = Outcome::kOffered;
      e.type = EventType::kOffer;
    }
  }
}

void PreviousNotOfEmployer(const Article& a, std::vector<Event>* events) {
  auto owned = [&](const Event& e) {
    if (e.previous_employer.empty() || e.employer.empty()) return false;
    if (SameOrUnit(e.previous_employer, e.employer)) return true;
    std::vector<std::string> emp = OwnSpellings(a, e.employer), prev = OwnSpellings(a, e.previous_employer);
    emp.push_back(e.employer);
    prev.push_back(e.previous_employer);
    // The group the employer belongs to, named by the employer's own first word ("한빛그룹" for
    // 한빛전자, "Daesung Group" for Daesung Retail): a move inside the group, not an origin.
    for (const std::string& y : prev)
      for (const char* group : {"그룹", " Group"}) {
        const std::string_view g(group);
        if (y.size() <= g.size() || y.compare(y.size() - g.size(), g.size(), g) != 0) continue;
        const std::string stem = y.substr(0, y.size() - g.size());
        if (stem.size() < 4) continue;
        for (const std::string& x : emp)
          if (x.size() > stem.size() && x.compare(0, stem.size(), stem) == 0) return true;
      }
    for (const std::string& p : a.paragraphs)
      for (const std::string& x : emp)
        for (const std::string& y : prev)
          for (const char* pos : {"'s ", "\u2019s "})
            if (p.find(x + pos + y) != std::string::npos || p.find(y + pos + x) != std::string::npos) return true;
    return false;
  };
  for (Event& e : *events) {
    if (e.candidate_kind != "person" || !owned(e)) continue;
    e.previous_employer.clear();
    e.previous_employer_aliases.clear();
    for (const Event& o : *events)
      if (&o != &e && o.candidate == e.candidate && !o.previous_employer.empty() && !owned(o) &&
          !SameOrUnit(o.previous_employer, e.employer)) {
        e.previous_employer = o.previous_employer;
        e.previous_employer_aliases = o.previous_employer_aliases;
        break;
      }
  }
}

// A counted group's offer that repeats an acquisition attempt on the group's company ("픽셀웨이브
// 인수를 추진했으나 … 개발자 35명 전원을 고용 승계하는 방안을 협상", "sought to acquire Tensorbay,
// mainly to bring its 40 engineers in-house"): the attempt was for that team. The attempt becomes the
// team's (a group with its count, the company as previous employer) and the group offer is dropped.
// Not a group that joined (a hire of its own), nor one without a count ("employees from Thinking
// Machines Lab" offered jobs after a failed bid for the company: an offer of its own). After the role
// models, which learned attempts on whole companies.
void AttemptsForTeams(std::vector<Event>* events) {
  std::vector<Event>& out = *events;
  std::vector<bool> drop(out.size(), false);
  auto from = [](const Event& g, const std::string& company) {
    const std::string suffix = " from " + company;
    return SameOrUnit(g.previous_employer, company) ||
           (g.candidate.size() > suffix.size() && g.candidate.compare(g.candidate.size() - suffix.size(), suffix.size(), suffix) == 0);
  };
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != EventType::kAcquisitionAttempt || out[i].candidate_kind == "person") continue;
    for (size_t j = 0; j < out.size(); ++j) {
      const Event& g = out[j];
      if (j == i || drop[j] || g.candidate_kind != "group" || g.candidate_count <= 0 || g.type != EventType::kOffer ||
          g.outcome == Outcome::kJoined || g.outcome == Outcome::kAccepted || !SameOrUnit(g.employer, out[i].employer) ||
          !from(g, out[i].candidate))
        continue;
      drop[j] = true;
      Event& t = out[i];
      t.previous_employer = t.candidate;
      t.previous_employer_aliases.clear();
      t.candidate = g.candidate;
      t.candidate_kind = "group";
      if (t.candidate_count < 0) t.candidate_count = g.candidate_count;
      // The failure read into the team's offer ("…, but talks ended in October without a deal") ends
      // the attempt.
      if (g.outcome == Outcome::kFailed || g.outcome == Outcome::kDeclined) t.outcome = Outcome::kFailed;
      for (const Evidence& x : g.evidence)
        if (std::find(t.evidence.begin(), t.evidence.end(), x) == t.evidence.end()) t.evidence.push_back(x);
    }
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(out[i]));
  out = std::move(kept);
}

// The counted group written right after an organization's mention ending at `end`: Korean "픽셀하우스
// 개발진 30명" (a group noun row, "의" or a space before it, a count after it), English "Ferrite's research
// team of about 40 people" / "Ferrite's 40 engineers" (a possessive, up to three lowercase words, a
// group noun row with a count before or after it). The group's count, or -1; `*label` its label.
int CountedGroupAfter(std::string_view p, size_t end, std::string* label) {
  const bool english = end < p.size() && (StartsWith(p, end, "'s ") || StartsWith(p, end, "’s "));
  const std::string lo = AsciiLower(p);
  size_t at = english ? p.find(' ', end) + 1 : end;
  if (!english) {
    if (StartsWith(p, at, "의")) at += 3;
    if (StartsWith(p, at, " ")) ++at;
  }
  for (int words = 0; words < 4 && at < p.size(); ++words) {
    for (const GroupNoun& g : GroupNouns()) {
      if (g.english != english || !StartsWith(english ? std::string_view(lo) : p, at, g.text)) continue;
      const size_t ge = at + g.text.size();
      if (english && ge < lo.size() && IsAsciiAlnum(lo[ge])) continue;
      int n = -1;
      if (english) {
        size_t counted_end = 0;
        n = ParseCountBefore(p, lo, at);
        if (n < 0) n = ParseCountAfterOf(lo, ge, &counted_end);
      } else {
        n = ParseKoreanCount(p, at, ge);
      }
      if (n > 0) {
        *label = g.label;
        return n;
      }
    }
    if (!english) {
      // A compound ending in a group noun ("딥포레스트의 연구개발진 30명").
      size_t we = p.find_first_of(" ,.", at);
      if (we == std::string_view::npos) we = p.size();
      for (const GroupNoun& g : GroupNouns())
        if (!g.english && we > at + g.text.size() && EndsWithAt(p, we, g.text)) {
          const int n = ParseKoreanCount(p, we - g.text.size(), we);
          if (n > 0) {
            *label = g.label;
            return n;
          }
        }
      return -1;
    }
    // English: past one more word (a count or a lowercase modifier: "research", "40").
    size_t we = at;
    while (we < lo.size() && (IsAsciiAlnum(lo[we]) || lo[we] == '-')) ++we;
    if (we == at || we >= lo.size() || lo[we] != ' ' || (p[at] >= 'A' && p[at] <= 'Z')) return -1;
    at = we + 1;
  }
  return -1;
}

// A bid for a company whose counted team the story names ("Nexora had sought the deal mainly to bring in
// Ferrite's research team of about 40 people", "픽셀하우스 개발진 30명을 확보하려는 목적이었다"): the
// attempt was for that team (the writers' convention of events-b13: candidate the team, previous
// employer the target), as AttemptsForTeams does when the team has an offer of its own. The team is
// written right after a mention of the target in the attempt's paragraph or the next one.
void TeamsOfTargets(const Article& article, std::vector<Event>* events) {
  for (Event& t : *events) {
    if (t.type != EventType::kAcquisitionAttempt || t.candidate_kind != "company") continue;
    std::vector<std::string> names = OwnSpellings(article, t.candidate);
    names.push_back(t.candidate);
    std::string label;
    int count = -1;
    for (size_t para = 0; para < article.paragraphs.size() && count <= 0; ++para) {
      bool near = false;
      for (const Evidence& x : t.evidence)
        near = near || static_cast<int>(para) == x.paragraph || static_cast<int>(para) == x.paragraph + 1;
      if (!near) continue;
      const std::string& text = article.paragraphs[para];
      for (const std::string& n : names)
        for (size_t f = text.find(n); f != std::string::npos && count <= 0; f = text.find(n, f + 1))
          count = CountedGroupAfter(text, f + n.size(), &label);
    }
    if (count <= 0) continue;
    t.previous_employer = t.candidate;
    t.previous_employer_aliases.clear();
    t.candidate = label + " from " + t.previous_employer;
    t.candidate_kind = "group";
    t.candidate_count = count;
  }
}

// A failed bid aimed at the target's founder ("in a deal aimed largely at bringing on its founder Dara
// Kwon, but the talks collapsed", "창업자인 문태준 대표 영입을 노리고 인수를 타진"): the attempt on the
// company and the unsettled offer to a person of that company are one acquisition attempt whose
// candidate is the person (the gold of events-b12 en-09, events-d11 en-09 and ko-07), with the
// company as previous employer and outcome failed. The person is the target's (previous employer
// the company) or named in the attempt's paragraph; an offer with pay of its own that the attempt's
// paragraph does not state (a personal package after the bid failed) stays an offer.
void AttemptsForFounders(std::vector<Event>* events) {
  std::vector<Event>& out = *events;
  auto near = [](const Event& a, const Event& b) {
    for (const Evidence& x : a.evidence)
      for (const Evidence& y : b.evidence)
        if (x.paragraph == y.paragraph) return true;
    return false;
  };
  std::vector<bool> drop(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != EventType::kAcquisitionAttempt || out[i].candidate_kind != "company" ||
        out[i].outcome != Outcome::kFailed)
      continue;
    int founder = -1, seen = 0;
    for (size_t j = 0; j < out.size(); ++j) {
      const Event& o = out[j];
      if (drop[j] || o.type != EventType::kOffer || o.candidate_kind != "person" || o.employer != out[i].employer ||
          (o.outcome != Outcome::kOffered && o.outcome != Outcome::kDeclined && o.outcome != Outcome::kFailed))
        continue;
      const bool same_paragraph = near(o, out[i]);
      if (!(SameOrUnit(o.previous_employer, out[i].candidate) || same_paragraph) || (!o.offers.empty() && !same_paragraph))
        continue;
      founder = static_cast<int>(j);
      ++seen;
    }
    if (seen != 1) continue;
    Event& t = out[i];
    Event& f = out[static_cast<size_t>(founder)];
    t.previous_employer = t.candidate;
    t.previous_employer_aliases.clear();
    t.candidate = f.candidate;
    t.candidate_kind = "person";
    if (t.role.empty()) t.role = f.role;
    for (const Evidence& x : f.evidence)
      if (std::find(t.evidence.begin(), t.evidence.end(), x) == t.evidence.end()) t.evidence.push_back(x);
    drop[static_cast<size_t>(founder)] = true;
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(out[i]));
  out = std::move(kept);
}

// A failed bid names the target company as where the people sought come from (the writers' brief
// of events-b11: previous_employer = the target company): an acquisition attempt on a company
// candidate has that company as its previous employer.
// A person named after a founder row (cues.tsv kind founder: "공동 창업자인 임하늘 CTO는", "co-founder Maya
// Patel") within 40 bytes before the name in its sentence.
bool NamedAsFounder(const Article& a, const std::string& candidate) {
  for (const Entity& en : a.entities) {
    if (en.type != "person" || (en.canonical != candidate && en.name != candidate)) continue;
    for (const Mention& m : en.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
      const size_t from = static_cast<size_t>(std::max(0, m.start - 40));
      std::string before = ToLowerAscii(p.substr(from, static_cast<size_t>(m.start) - from));
      if (const size_t stop = before.rfind(". "); stop != std::string::npos) before = before.substr(stop + 2);
      for (const std::string& w : CuePhrases("founder")) {
        std::vector<size_t> at;
        FindAll(before, w, IsAsciiText(w), &at);
        if (!at.empty()) return true;
      }
    }
  }
  return false;
}

// The company an employer takes over with its staff (an acquihire) is where its founders and staff come
// from (docs/events.md, evemp25): a person hire with no previous employer named as a founder
// (NamedAsFounder) takes the previous employer of the employer's acquihire ("별빛스튜디오의 서민재 대표를 포함한
// 개발자 23명 …", then "공동 창업자인 임하늘 CTO는 … 합류했다"); an acquihire with none takes the one previous
// employer the employer's person hires share ("the two co-founders of Kinetica Labs and about 40 employees"), and
// one read the other way round (at the founders' company, from the company they join) turns round.
void AcquiredOrigins(const Article& a, std::vector<Event>* events) {
  // The one previous employer of the person hires at `employer`, else "".
  auto shared_origin = [&](const std::string& employer) -> std::string {
    std::set<std::string> shared;
    for (const Event& o : *events)
      if (o.type == EventType::kHire && o.candidate_kind == "person" && o.employer == employer) shared.insert(o.previous_employer);
    return shared.size() == 1 && *shared.begin() != employer ? *shared.begin() : "";
  };
  for (Event& e : *events) {
    if (e.type != EventType::kAcquihire) continue;
    if (e.previous_employer.empty()) {
      e.previous_employer = shared_origin(e.employer);
    } else if (!e.employer.empty() && shared_origin(e.previous_employer) == e.employer) {
      // The two sides read the other way round: the founders go from the employer to the "origin".
      std::swap(e.employer, e.previous_employer);
      std::swap(e.employer_aliases, e.previous_employer_aliases);
    }
  }
  for (Event& e : *events) {
    if (e.type != EventType::kHire || e.candidate_kind != "person" || !e.previous_employer.empty()) continue;
    for (const Event& o : *events)
      if (o.type == EventType::kAcquihire && o.employer == e.employer && !o.previous_employer.empty() &&
          NamedAsFounder(a, e.candidate)) {
        e.previous_employer = o.previous_employer;
        e.previous_employer_aliases = o.previous_employer_aliases;
        break;
      }
  }
}

void TargetsAsOrigin(std::vector<Event>* events) {
  for (Event& e : *events)
    if (e.type == EventType::kAcquisitionAttempt && e.candidate_kind == "company" && e.previous_employer.empty())
      e.previous_employer = e.candidate;
}

// Korean: the origin as the article writes it, a named part kept ("네이버 클라우드 출신",
// "네이버 클라우드에서 일하던"): a previous employer's spelling followed by one more word and a
// source marker row of frames.tsv (출신, 소속, 에서) gains that longer spelling. Not when the word is
// a division (KoreanUnit: "KAIST 전기및전자공학부 출신" stays KAIST) or a title ("삼성전자 부사장
// 출신").
void WholeOriginSpellings(const Article& a, std::vector<Event>* events) {
  const FrameReader& frames = FrameReader::Default();
  const extract::EntityWords& words = extract::EntityWords::Default();
  std::vector<std::string> markers;
  for (const FrameReader::Row& row : frames.rows())
    if (row.kind == "marker" && row.lang == "ko" && row.value == "source") markers.push_back(row.text);
  for (Event& e : *events) {
    if (e.previous_employer.empty()) continue;
    std::vector<std::string> spellings = e.previous_employer_aliases;
    spellings.push_back(e.previous_employer);
    std::vector<std::string> add;
    for (const std::string& sp : spellings) {
      if (!IsKoreanText(sp)) continue;
      const std::string lead = sp + " ";
      for (const std::string& p : a.paragraphs)
        for (size_t f = p.find(lead); f != std::string::npos; f = p.find(lead, f + 1)) {
          if (f > 0 && p[f - 1] != ' ' && p[f - 1] != '(' && p[f - 1] != '\'') continue;
          const size_t w = f + lead.size();
          size_t end = p.find_first_of(" ,.()'\"", w);
          if (end == std::string::npos) end = p.size();
          std::string word = p.substr(w, end - w);
          for (const std::string& m : markers) {
            std::string stem;
            if (word.size() > m.size() && word.compare(word.size() - m.size(), m.size(), m) == 0)
              stem = word.substr(0, word.size() - m.size());  // 클라우드에서
            else if (p.compare(end, m.size() + 1, " " + m) == 0)
              stem = word;  // 클라우드 출신
            if (stem.empty() || !IsKoreanText(stem) || stem.size() > 18) continue;
            const std::string whole = lead + stem;
            if (frames.KoreanUnit(whole) || frames.KoreanUnit(stem) || words.Has(extract::WordList::kKoTitle, stem) ||
                std::find(spellings.begin(), spellings.end(), whole) != spellings.end() ||
                std::find(add.begin(), add.end(), whole) != add.end())
              continue;
            add.push_back(whole);
          }
        }
    }
    for (std::string& w : add) e.previous_employer_aliases.push_back(std::move(w));
  }
}

// An amount the article states twice for one event (the headline's "$50mn guarantee" and the
// body's "a guaranteed payout of $50mn") is one offer: a stated offer of the same currency and
// value as an earlier one of the event, with no other terms, is dropped.
void DropRepeatedOffers(std::vector<Event>* events) {
  for (Event& e : *events) {
    std::vector<Offer> kept;
    for (Offer& o : e.offers) {
      bool repeat = false;
      for (Offer& k : kept) {
        if (!o.derivation.empty() || !k.derivation.empty() || o.currency != k.currency || o.value != k.value) continue;
        if (!o.terms.empty() && !k.terms.empty() && o.terms != k.terms) continue;
        if (k.terms.empty()) k.terms = o.terms;
        if (k.first_year_usd.empty()) k.first_year_usd = o.first_year_usd;
        if (k.response.empty()) k.response = o.response;
        repeat = true;
        break;
      }
      if (!repeat) kept.push_back(std::move(o));
    }
    e.offers = std::move(kept);
  }
}

// A Korean division marked as where people come from by a source marker row of frames.tsv
// ("미래에셋증권 IB2부문 소속 김태준 …", "삼성전자 파운드리사업부 출신"): the company it belongs to —
// the article's organization spelled like the words before its last one, else those words. ""
// when the division has no such mark or is one word.
std::string UnitOriginCompany(const Article& a, const std::string& unit) {
  const size_t sp = unit.rfind(' ');
  if (sp == std::string::npos) return "";
  bool marked = false;
  for (const FrameReader::Row& row : FrameReader::Default().rows()) {
    if (row.kind != "marker" || row.lang != "ko" || row.value != "source") continue;
    const std::string phrase = unit + " " + row.text;
    for (const std::string& p : a.paragraphs) marked = marked || p.find(phrase) != std::string::npos;
  }
  if (!marked) return "";
  const std::string parent = unit.substr(0, sp);
  for (const Entity& en : a.entities) {
    if (en.type == "person") continue;
    if (en.name == parent || en.canonical == parent ||
        std::find(en.aliases.begin(), en.aliases.end(), parent) != en.aliases.end())
      return en.canonical;
  }
  return parent;
}

// ---------------------------------------------------------------------------------------
// Korean biography clauses (docs/blind_errors.md, twelfth session S3): after a list of hires
// ("한울은 강현석 변호사, 문지영 전문위원, 배상훈 변호사를 영입했다"), each member is described in a
// clause of their own opened by a reference to them as topic or subject ("문 전문위원은
// 공정거래위원회에서 카르텔조사과장을 지냈으며, 배 변호사는 김앤장 …"). The span of a reference runs
// to the next person named (or the paragraph's end); the organization last marked in it as where
// the person was (ORG에서, ORG [one or two words] 출신, ORG로 자리를 옮겼다, ORG에 입사해, ORG … 을
// 지냈다) is that person's previous employer. An organization never carries over into the next
// member's span.

namespace {

bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

// A name, title or organization character (Hangul, Latin letters, digits).
bool KoNameChar(std::string_view p, size_t end_before) {
  if (end_before == 0) return false;
  size_t b = end_before - 1;
  while (b > 0 && (static_cast<unsigned char>(p[b]) & 0xC0) == 0x80) --b;
  size_t len = 0;
  char32_t c = DecodeUtf8At(p, b, &len);
  return IsHangulSyllable(c) || (c < 0x80 && IsAsciiAlnum(static_cast<char>(c)));
}

// Hangul syllables of `s`, or -1 when it holds anything else.
int HangulSyllables(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    if (!IsHangulSyllable(DecodeUtf8(s, &i))) return -1;
    ++n;
  }
  return n;
}

// `word` closed by a topic or subject particle (topic_particle rows): the word without it, else empty.
std::string_view BeforeTopicParticle(std::string_view word) {
  const size_t n = FrameReader::Default().RowEnding("topic_particle", "ko", word);
  return n > 0 ? word.substr(0, word.size() - n) : std::string_view{};
}

std::string_view WordAt(std::string_view p, size_t at) {
  size_t e = p.find_first_of(" ,.", at);
  return p.substr(at, (e == std::string_view::npos ? p.size() : e) - at);
}

struct BioRef {
  int para = 0;
  size_t start = 0, end = 0;  // the reference, particle included
  const Entity* person = nullptr;
};

// The words written right after a person's name ("강현석 변호사", "문지영 전문위원,"), particles off.
std::vector<std::string> TitlesAfterName(const Article& a, const Entity& person) {
  std::vector<std::string> out;
  for (const Role& r : person.roles)
    if (!r.title.empty()) out.push_back(r.title);
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view p = a.paragraphs[m.paragraph];
    if (!StartsWith(p, static_cast<size_t>(m.end), " ")) continue;
    std::string w(WordAt(p, static_cast<size_t>(m.end) + 1));
    w.resize(w.size() - FrameReader::Default().RowEnding("name_particle", "ko", w));
    if (HangulSyllables(w) >= 2) out.push_back(w);
  }
  return out;
}

// Every reference to a Korean person as topic or subject: a mention of the name, or the surname
// and a title ("강 변호사는", "문 전문위원은", "황보 대표는"), each optionally followed by one title
// word and then 은/는/이/가. A surname + title shared by two people of the article refers to none.
std::vector<BioRef> KoreanPersonRefs(const Article& a) {
  const auto& words = extract::EntityWords::Default();
  std::vector<BioRef> out;
  std::vector<const Entity*> people;
  for (const Entity& en : a.entities) {
    const int n = HangulSyllables(en.name);
    if (en.type == "person" && n >= 2 && n <= 5) people.push_back(&en);
  }
  auto surnames = [&](const Entity& en) {
    std::vector<std::string> s;
    size_t first = 0;
    DecodeUtf8(en.name, &first);
    if (words.Has(extract::WordList::kKoSurname, en.name.substr(0, first))) s.push_back(en.name.substr(0, first));
    if (en.name.size() > 6 && words.Has(extract::WordList::kKoSurname, en.name.substr(0, 6))) s.push_back(en.name.substr(0, 6));
    return s;
  };
  std::map<const Entity*, std::vector<std::string>> titles;
  for (const Entity* en : people) titles[en] = TitlesAfterName(a, *en);
  // The title word `w` names the person: written after their name (or its end: 위원 of 전문위원).
  auto own_title = [&](const Entity* en, std::string_view w) {
    for (const std::string& t : titles[en])
      if (t == w || (w.size() >= 6 && t.size() > w.size() && t.compare(t.size() - w.size(), w.size(), w) == 0))
        return true;
    return false;
  };
  auto add = [&](int pi, size_t start, size_t after_name, const Entity* en) {
    std::string_view p = a.paragraphs[pi];
    // The name's own particle ("강현석은") or one title word and its particle ("강현석 변호사는").
    std::string_view glued = WordAt(p, after_name);
    if (FrameReader::Default().IsRow("topic_particle", "ko", glued)) {
      out.push_back({pi, start, after_name + glued.size(), en});
      return;
    }
    if (!StartsWith(p, after_name, " ")) return;
    std::string_view w = WordAt(p, after_name + 1);
    std::string_view title = BeforeTopicParticle(w);
    if (title.empty() || HangulSyllables(title) < 1) return;
    if (!own_title(en, title) && FrameReader::Default().KoreanTitleEnding(title) == 0 &&
        !FrameReader::Default().IsRow("appointee_noun", "ko", title))
      return;
    out.push_back({pi, start, after_name + 1 + w.size(), en});
  };
  for (const Entity* en : people) {
    for (const Mention& m : en->mentions)
      if (m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < a.paragraphs.size())
        add(m.paragraph, static_cast<size_t>(m.start), static_cast<size_t>(m.end), en);
    for (const std::string& s : surnames(*en)) {
      for (size_t pi = 0; pi < a.paragraphs.size(); ++pi) {
        std::string_view p = a.paragraphs[pi];
        const std::string ref = s + " ";
        for (size_t f = p.find(ref); f != std::string_view::npos; f = p.find(ref, f + 1)) {
          if (KoNameChar(p, f)) continue;
          std::string_view title = BeforeTopicParticle(WordAt(p, f + ref.size()));
          if (title.empty()) continue;
          // Another person with this surname the title fits as well: no reference.
          bool shared = false;
          for (const Entity* other : people)
            if (other != en && other->name.compare(0, s.size(), s) == 0 &&
                (own_title(other, title) || !own_title(en, title)))
              shared = true;
          if (!shared) add(static_cast<int>(pi), f, f + s.size(), en);
        }
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const BioRef& x, const BioRef& y) {
    return std::tie(x.para, x.start) < std::tie(y.para, y.start);
  });
  return out;
}

// A Hangul syllable with the final ㅆ: the past (했, 였, 겼, 왔, 냈 …) or 있.
bool PastSyllable(char32_t c) { return IsHangulSyllable(c) && (c - 0xAC00) % 28 == 20; }

// The clause after an organization, from `e` to the first sentence end, comma or connective word
// (-며, -고, 뒤, 후) within `limit`, tells a place the person was: not a post to come ("마이크론에서
// … 부사장을 맡는다", "맡을 예정이다": a last word in -다 without a past syllable, or 예정) nor a
// school ("스탠퍼드대에서 박사 학위를 받고", "졸업").
bool PastPlaceClause(std::string_view p, size_t e, size_t limit) {
  size_t at = e;
  std::string_view last;
  bool past = false;
  while (at < limit) {
    size_t we = p.find_first_of(" ,", at);
    if (we == std::string_view::npos || we > limit) we = limit;
    std::string_view w = p.substr(at, we - at);
    bool sentence_end = !w.empty() && w.back() == '.';
    if (sentence_end) w.remove_suffix(1);
    if (w.find("학위") != std::string_view::npos || w.find("졸업") != std::string_view::npos || w == "예정이다" ||
        w.find("예정") == 0)
      return false;
    for (size_t i = 0; i < w.size();)
      if (PastSyllable(DecodeUtf8(w, &i))) past = true;
    past = past || w.find("출신") != std::string_view::npos;
    last = w;
    const bool connective = w.size() > 3 && (EndsWithAt(w, w.size(), "며") || EndsWithAt(w, w.size(), "고")) ;
    if (sentence_end || (we < p.size() && p[we] == ',') || connective || w == "뒤" || w == "후") break;
    at = we + 1;
  }
  return past || !(last.size() > 3 && EndsWithAt(last, last.size(), "다"));
}

// Where an organization mention ending at `e` of `p` marks a place the person was: 에서, 출신 (past
// one or two words: "메리츠화재 리스크관리팀장 출신"), a past move's destination ("삼성전자로 자리를
// 옮겨", "KT에 입사해", "김앤장에 합류했다"), a company founded ("딥노트를 창업했다") or a post held
// ("삼성SDI 전지연구소 수석연구원을 지냈다", "서울대 재료공학부 교수로 재직해 왔다").
bool BioPlaceMarked(std::string_view p, size_t e, size_t limit) {
  if (StartsWith(p, e, "에서") || StartsWith(p, e, "출신") || StartsWith(p, e, " 출신")) return true;
  if (FrameReader::Default().RowStartsAt("bio_place", "ko", p, e)) return true;
  size_t at = e;
  for (int word = 0; word < 3 && StartsWith(p, at, " ") && at + 1 < limit; ++word) {
    std::string_view w = WordAt(p, at + 1);
    if (w.empty() || at + 1 + w.size() > limit) return false;
    const std::string_view rest = p.substr(at + 1 + w.size());
    if (word > 0 && w.rfind("출신", 0) == 0) return true;
    if (EndsWithAt(w, w.size(), "에서") || EndsWithAt(w, w.size(), "에서는")) return true;
    if (EndsWithAt(w, w.size(), "을") || EndsWithAt(w, w.size(), "를"))
      return rest.rfind(" 지냈", 0) == 0 || rest.rfind(" 역임", 0) == 0;
    if (EndsWithAt(w, w.size(), "로"))
      return rest.rfind(" 재직", 0) == 0 || rest.rfind(" 근무", 0) == 0 || rest.rfind(" 일했", 0) == 0 ||
             rest.rfind(" 일하", 0) == 0 || rest.rfind(" 합류", 0) == 0;
    // Only a unit or title between: a word with no ending of its own.
    for (std::string_view ending : {"와", "과", "의", "에", "도", "은", "는", "이", "가", "며", "고", "다", "서"})
      if (EndsWithAt(w, w.size(), ending)) return false;
    at += 1 + w.size();
  }
  return false;
}

// The organization last marked as a place of the person in [from, to) of paragraph `pi`, other
// than `employer`; empty when none.
std::string BioPlaceIn(const Article& a, int pi, size_t from, size_t to, const std::string& employer,
                       const std::string& candidate) {
  std::string_view p = a.paragraphs[pi];
  struct Occ {
    size_t start, end;
    const Entity* org;
  };
  std::vector<Occ> occ;
  for (const Entity& en : a.entities) {
    if (en.type != "company" && en.type != "organization") continue;
    std::vector<std::string_view> spell{en.name, en.canonical};
    for (const std::string& al : en.aliases) spell.push_back(al);
    for (std::string_view s : spell) {
      if (s.size() < 2 || (s.size() < 3 && !IsAsciiText(s))) continue;
      for (size_t f = p.find(s, from); f != std::string_view::npos && f + s.size() <= to; f = p.find(s, f + 1))
        if (!KoNameChar(p, f)) occ.push_back({f, f + s.size(), &en});
    }
  }
  // The longest name at each start; a name right after another ("삼성SDI 전지연구소") is its unit.
  std::sort(occ.begin(), occ.end(), [](const Occ& x, const Occ& y) {
    return x.start != y.start ? x.start < y.start : x.end > y.end;
  });
  std::string best;
  size_t covered = 0;
  for (const Occ& o : occ) {
    if (o.start < covered) continue;
    const bool unit_of_previous = covered > 0 && o.start == covered + 1 && p[covered] == ' ';
    covered = o.end;
    if (unit_of_previous) continue;
    if (!BioPlaceMarked(p, o.end, to) || !PastPlaceClause(p, o.end, to)) continue;
    const std::string& name = o.org->canonical;
    bool at_employer = SameOrUnit(name, employer);
    for (const std::string& s : OwnSpellings(a, employer)) at_employer = at_employer || s == o.org->name;
    // A dated move to the employer itself ("2019년 삼성디스플레이에서 삼성전자로 자리를 옮긴 뒤"): the
    // person was there already; the places before are older.
    if (at_employer && NearYear(p, o.start, from, o.start)) {
      best.clear();
      break;  // the rest of the span is inside the employer ("… 인수금융 분야에서 두각을 나타냈다")
    }
    if (!at_employer && name != candidate) best = name;
  }
  return best;
}

// The span of reference `r` (see KoreanPersonRefs): to the next person named after it in its
// paragraph, or the paragraph's end.
size_t BioSpanEnd(const Article& a, const std::vector<BioRef>& refs, size_t r) {
  const BioRef& ref = refs[r];
  size_t to = a.paragraphs[ref.para].size();
  for (const Entity& other : a.entities)
    if (other.type == "person" && &other != ref.person)
      for (const Mention& m : other.mentions)
        if (m.paragraph == ref.para && static_cast<size_t>(m.start) >= ref.end) to = std::min(to, static_cast<size_t>(m.start));
  for (size_t n = r + 1; n < refs.size(); ++n)
    if (refs[n].para == ref.para && refs[n].person != ref.person) to = std::min(to, refs[n].start);
  return to;
}

// Whether organization `canonical` is written in [from, to) of paragraph `pi`.
bool OrgWrittenIn(const Article& a, const std::string& canonical, int pi, size_t from, size_t to) {
  std::string_view p = std::string_view(a.paragraphs[pi]).substr(0, to);
  for (const Entity& en : a.entities) {
    if (en.type == "person" || en.canonical != canonical) continue;
    std::vector<std::string_view> spell{en.name, en.canonical};
    for (const std::string& al : en.aliases) spell.push_back(al);
    for (std::string_view s : spell)
      if (!s.empty() && p.find(s, from) != std::string_view::npos) return true;
  }
  return false;
}

// The person is named with a title at the employer ("최동혁 우리은행 개인그룹 부행장", "한승민
// 삼성리서치 부소장"): one of the employer's own people, whose biography tells older places.
bool TitledAtEmployer(const Article& a, const Event& e) {
  std::vector<std::string> emp = OwnSpellings(a, e.employer);
  emp.push_back(e.employer);
  for (const Entity& person : a.entities) {
    if (person.type != "person" || (person.name != e.candidate && person.canonical != e.candidate)) continue;
    for (const Mention& m : person.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[m.paragraph];
      for (const std::string& s : emp) {
        if (s.size() < 2) continue;
        if (StartsWith(p, static_cast<size_t>(m.end), " " + s + " ")) return true;
        // The employer one or two title words before the name.
        size_t at = static_cast<size_t>(m.start);
        for (int words = 0; words < 3 && at > 1 && p[at - 1] == ' '; ++words) {
          size_t b = p.rfind(' ', at - 2);
          b = b == std::string_view::npos ? 0 : b + 1;
          std::string_view w = p.substr(b, at - 1 - b);
          if (w == s) return true;
          if (w.find_first_of(",.") != std::string_view::npos || BeforeTopicParticle(w).size() > 0) break;
          at = b;
        }
      }
    }
  }
  return false;
}

}  // namespace

// The previous employer from a Korean person's own biography clause (see above): the first
// reference to the person whose span marks an organization as a place they were. It fills an
// empty previous employer; it replaces one only when that one belongs to another person's span
// and not to this person's (a list member's origin carried over to the next: "문 전문위원은
// 공정거래위원회에서 …지냈으며, 배 변호사는 김앤장 …"), or when it is a unit of the place the span names
// ("엔씨소프트 AI센터" for "엔씨소프트에서 … 이끌었다").
// English: where a sentence about the candidate places them before the move. The sentence opens
// with the person (past an age gloss, "O'Dowd, 52,") and states a post with a bio_copula row, an
// optional bio_adverb row around it ("was most recently", "has been", "previously served as"), then
// a title word (en_title) and "at"/"of" an organization: "O'Dowd was most recently a senior vice
// president at Qualcomm", "Adeyemi has been provost at Northwestern since 2019". That organization
// is the previous employer of a hire or offer that has none, unless it is the employer.
std::string EnglishBioPlace(const Article& a, const Mention& m, const std::string& employer) {
  const std::string& p = a.paragraphs[static_cast<size_t>(m.paragraph)];
  const std::string lo = AsciiLower(p);
  const size_t st = static_cast<size_t>(m.start);
  if (st != 0 && !EndsWithAt(lo, st, ". ") && !EndsWithAt(lo, st, "\n")) return "";
  size_t at = static_cast<size_t>(m.end);
  if (StartsWith(lo, at, ", ")) {  // an age gloss
    size_t d = at + 2;
    while (d < lo.size() && lo[d] >= '0' && lo[d] <= '9') ++d;
    if (d == at + 2 || !StartsWith(lo, d, ",")) return "";
    at = d + 1;
  }
  const FrameReader& fr = FrameReader::Default();
  auto row_at = [&](std::string_view kind) {
    size_t best = 0;
    for (const FrameReader::Row& r : fr.rows())
      if (r.kind == kind && r.lang == "en" && StartsWith(lo, at, " " + r.text + " ") && r.text.size() + 1 > best)
        best = r.text.size() + 1;
    return best;
  };
  at += row_at("bio_adverb");
  const size_t cop = row_at("bio_copula");
  if (cop == 0) return "";
  at += cop;
  at += row_at("bio_adverb");
  const size_t end = std::min({lo.find(". ", at), lo.size(), at + 120});
  bool titled = false;
  const extract::EntityWords& words = extract::EntityWords::Default();
  for (size_t w = at + 1; w < end;) {
    size_t e = std::min(lo.find_first_of(" ,;", w), end);
    const std::string_view word = std::string_view(lo).substr(w, e - w);
    if ((word == "at" || word == "of") && titled) {
      for (const Entity& o : a.entities)
        for (const Mention& om : o.mentions)
          if (o.type != "person" && om.paragraph == m.paragraph && static_cast<size_t>(om.start) == e + 1)
            return SameOrUnit(o.canonical, employer) ? std::string() : o.canonical;
      return "";
    }
    if (lo[e < lo.size() ? e : lo.size() - 1] == ',' || lo[e < lo.size() ? e : lo.size() - 1] == ';') return "";
    titled = titled || words.Has(extract::WordList::kEnTitle, word);
    w = e + 1;
  }
  return "";
}

void EnglishBioOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != "person" || e.employer.empty() || !e.previous_employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer) || HangulSyllables(e.candidate) > 0)
      continue;
    for (const Entity& person : a.entities) {
      if (person.type != "person" || (person.canonical != e.candidate && person.name != e.candidate)) continue;
      for (const Mention& m : person.mentions) {
        const std::string place = EnglishBioPlace(a, m, e.employer);
        if (place.empty()) continue;
        e.previous_employer = place;
        e.previous_employer_aliases = OwnSpellings(a, place);
        break;
      }
      break;
    }
  }
}

void KoreanBioOrigins(const Article& a, std::vector<Event>* events) {
  std::vector<BioRef> refs;
  bool built = false;
  for (Event& e : *events) {
    if (e.candidate_kind != "person" || e.employer.empty() || HangulSyllables(e.candidate) < 2 ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    if (!built) {
      refs = KoreanPersonRefs(a);
      built = true;
    }
    auto own = [&](const BioRef& ref) { return ref.person->name == e.candidate || ref.person->canonical == e.candidate; };
    if (TitledAtEmployer(a, e)) continue;
    std::string place;
    bool current_own = false, current_other = false;
    for (size_t r = 0; r < refs.size(); ++r) {
      const size_t to = BioSpanEnd(a, refs, r);
      const bool written = !e.previous_employer.empty() && OrgWrittenIn(a, e.previous_employer, refs[r].para, refs[r].end, to);
      (own(refs[r]) ? current_own : current_other) |= written;
      if (own(refs[r]) && place.empty()) place = BioPlaceIn(a, refs[r].para, refs[r].end, to, e.employer, e.candidate);
    }
    if (place.empty() || place == e.previous_employer) continue;
    const bool replace = e.previous_employer.empty() || (current_other && !current_own) ||
                         (SameOrUnit(place, e.previous_employer) && place.size() < e.previous_employer.size());
    if (!replace) continue;
    e.previous_employer = place;
    e.previous_employer_aliases = OwnSpellings(a, place);
  }
}

namespace {

// The surfaces of an entity (its name, canonical and aliases).
std::vector<std::string> Surfaces(const Entity& e) {
  std::vector<std::string> out{e.name};
  if (e.canonical != e.name) out.push_back(e.canonical);
  for (const std::string& a : e.aliases) out.push_back(a);
  return out;
}

const Entity* OrgEntity(const Article& a, const std::string& canonical) {
  for (const Entity& e : a.entities)
    if (e.type != "person" && e.canonical == canonical) return &e;
  return nullptr;
}

// A holding's units: the other organizations of the article named by the holding's own first word
// (English "Hanbit" of Hanbit Financial Group: Hanbit Bank, Hanbit Card) or, in Korean, by the
// holding's name before its holding ending (한결 of 한결금융지주: 한결은행). None when the employer is
// no holding.
std::vector<const Entity*> HoldingUnitsOf(const Article& a, const Entity& holding) {
  std::vector<const Entity*> out;
  std::string brand;
  for (const std::string& n : Surfaces(holding)) {
    std::string stem;
    if (!FrameReader::Default().HoldingName(n, &stem)) continue;
    brand = IsKoreanText(n) ? stem.substr(0, stem.find(' ')) : n.substr(0, n.find(' ')) + " ";
    break;
  }
  if (brand.size() < 3) return out;
  for (const Entity& e : a.entities) {
    if (e.type == "publication" || &e == &holding || e.canonical == holding.canonical) continue;
    // The recognizer may type a unit a person ("Hanbit Card"): the brand and a unit word (English).
    if (e.type == "person" && (IsKoreanText(e.name) || FrameReader::Default().UnitWordIn(ToLowerAscii(e.name), true).empty()))
      continue;
    for (const std::string& n : Surfaces(e))
      if (n.size() > brand.size() && n.compare(0, brand.size(), brand) == 0 && !FrameReader::Default().HoldingName(n)) {
        out.push_back(&e);
        break;
      }
  }
  return out;
}

// Where `surface` stands in [from, to) of `p` (English: as whole words), or npos.
size_t SurfaceIn(std::string_view p, std::string_view surface, size_t from, size_t to) {
  for (size_t f = p.find(surface, from); f != std::string_view::npos && f + surface.size() <= to; f = p.find(surface, f + 1)) {
    if (IsKoreanText(surface)) return f;
    const size_t e = f + surface.size();
    if ((f == 0 || !std::isalnum(static_cast<unsigned char>(p[f - 1]))) &&
        (e >= p.size() || !std::isalnum(static_cast<unsigned char>(p[e]))))
      return f;
  }
  return std::string_view::npos;
}

// Korean: the unit of `units` written before the person in sentence `sent` as the goal of the post, its name
// followed by one or two words the last of which ends in 에 or 에는 ("한성그룹은 28일 한성반도체 대표이사에 윤재혁
// 부사장을 …", "세진화학 대표이사에는 외부 인사인 정미경 …을 영입했다", "계열사인 세진전자 신임 대표이사에는"), else null.
const Entity* KoreanGoalUnit(std::string_view p, const Evidence& sent, int person_end, const std::vector<const Entity*>& units) {
  const Entity* best = nullptr;
  size_t best_at = 0;
  for (const Entity* u : units)
    for (const std::string& n : Surfaces(*u)) {
      for (size_t f = SurfaceIn(p, n, static_cast<size_t>(sent.start), static_cast<size_t>(person_end));
           f != std::string_view::npos; f = SurfaceIn(p, n, f + 1, static_cast<size_t>(person_end))) {
        size_t at = f + n.size();
        for (int word = 0; word < 2 && at < p.size() && p[at] == ' '; ++word) {
          const size_t we = std::min(p.find_first_of(" ,", at + 1), p.size());
          std::string_view w = p.substr(at + 1, we - at - 1);
          if (w.ends_with("에") || w.ends_with("에는")) {
            if (!best || f > best_at) {
              best = u;
              best_at = f;
            }
            break;
          }
          at = we;
        }
      }
    }
  return best;
}

// The unit of `units` the post after the person's mention at [start, end) of sentence `sent` names:
// English, the words after "as" up to the next comma ("as chief executive of its UK retail lender
// Harbourline Bank", "as the bank's next chief executive", "as chief executive of the card unit");
// Korean, the words after the person's object phrase (윤상철 한결은행 부행장을 "차기 은행장 후보로").
// A unit named there is the one; else a unit noun row names the kind, and the unit of that kind in
// the person's apposition (before the post) or the only one of that kind in the article is the one.
const Entity* UnitOfPost(const Article& a, const Evidence& sent, int end, const std::vector<const Entity*>& units) {
  const std::string& p = a.paragraphs[static_cast<size_t>(sent.paragraph)];
  const std::string lo = ToLowerAscii(p);
  const bool korean = IsKoreanText(std::string_view(p).substr(static_cast<size_t>(end), 12));
  if (korean)
    if (const Entity* goal = KoreanGoalUnit(p, sent, end, units)) return goal;
  size_t post = std::string::npos;
  if (korean) {
    for (const char* obj : {"을 ", "를 "}) post = std::min(post, p.find(obj, static_cast<size_t>(end)));
    if (post != std::string::npos) post += 4;
  } else {
    post = lo.find(" as ", static_cast<size_t>(end));
    if (post != std::string::npos) post += 4;
  }
  if (post == std::string::npos || post >= static_cast<size_t>(sent.end)) return nullptr;
  size_t stop = std::min(static_cast<size_t>(sent.end), p.find(korean ? ". " : ",", post));
  if (korean) stop = std::min(stop, p.find(", ", post));
  stop = std::min(stop, p.size());
  for (const Entity* u : units)
    for (const std::string& n : Surfaces(*u))
      if (SurfaceIn(p, n, post, stop) != std::string_view::npos) return u;
  const std::string word = FrameReader::Default().UnitWordIn(std::string_view(korean ? p : lo).substr(post, stop - post), !korean);
  if (word.empty()) return nullptr;
  const Entity* only = nullptr;
  int kinds = 0;
  for (const Entity* u : units) {
    bool of_kind = false;
    for (const std::string& n : Surfaces(*u)) of_kind = of_kind || n.find(word) != std::string::npos;
    if (!of_kind) continue;
    for (const std::string& n : Surfaces(*u))
      if (SurfaceIn(p, n, static_cast<size_t>(end), post) != std::string_view::npos) return u;
    only = u;
    ++kinds;
  }
  return kinds == 1 ? only : nullptr;
}

// The person's mention ending inside the evidence sentence, or -1.
int PersonEndIn(const Article& a, const std::string& candidate, const Evidence& sent) {
  for (const Entity& e : a.entities) {
    if (e.type != "person" || (e.canonical != candidate && e.name != candidate)) continue;
    for (const Mention& m : e.mentions)
      if (m.paragraph == sent.paragraph && m.start >= sent.start && m.end <= sent.end) return m.end;
  }
  return -1;
}

}  // namespace

// Korean: the organization written right after a person's name, past 전 "former" ("한도윤 전
// 서울고등법원 판사와 오세린 전 서울중앙지방법원 부장판사가 … 합류했다"), with a title after it, is where
// that person comes from, whoever else the list names; an organization of the person's own noun
// phrase. It fills an empty previous employer; with 전 it replaces one (an origin carried over from
// the member before). Not the employer itself or its unit, nor a division.
std::string KoreanNameApposition(const Article& a, const std::string& candidate, const std::string& employer, bool* former) {
  for (const Entity& p : a.entities) {
    if (p.type != "person" || (p.name != candidate && p.canonical != candidate)) continue;
    for (const Mention& m : p.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      const std::string& para = a.paragraphs[static_cast<size_t>(m.paragraph)];
      size_t at = static_cast<size_t>(m.end);
      if (!StartsWith(para, at, " ")) continue;
      ++at;
      const bool was = StartsWith(para, at, "전 ");
      if (was) at += std::string_view("전 ").size();
      for (const Entity& o : a.entities) {
        if (o.type != "company" && o.type != "organization") continue;
        for (const Mention& om : o.mentions) {
          if (om.paragraph != m.paragraph || om.start != static_cast<int>(at) || !StartsWith(para, static_cast<size_t>(om.end), " "))
            continue;
          if (SameOrUnit(o.canonical, employer) || FrameReader::Default().KoreanUnit(o.name)) continue;
          // A title after it closes the person's noun phrase ("판사와", "부사장이").
          std::string_view next = WordAt(para, static_cast<size_t>(om.end) + 1);
          for (std::string_view pa : {"와", "과", "이", "가", "은", "는", "을", "를", "도"})
            if (next.size() > pa.size() && next.substr(next.size() - pa.size()) == pa) {
              next.remove_suffix(pa.size());
              break;
            }
          const auto& words = extract::EntityWords::Default();
          if (FrameReader::Default().KoreanTitleEnding(next) == 0 && !words.Has(extract::WordList::kKoTitle, next) &&
              !words.Has(extract::WordList::kKoPersonCue, next))
            continue;
          *former = was;
          return o.canonical;
        }
      }
    }
  }
  return "";
}

void KoreanAppositionOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != "person" || e.employer.empty() || !IsKoreanText(e.candidate) ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    bool former = false;
    const std::string org = KoreanNameApposition(a, e.candidate, e.employer, &former);
    if (org.empty() || org == e.previous_employer || (!e.previous_employer.empty() && !former)) continue;
    e.previous_employer = org;
    e.previous_employer_aliases = OwnSpellings(a, org);
  }
}

// A holding company that nominates the head of its bank, card or insurance unit ("Hanbit Financial
// Group … nominated Yoon Jae-ho, head of retail banking at Hanbit Bank, as the next chief executive
// of the lender"; "한결금융지주 … 윤상철 한결은행 부행장을 차기 은행장 후보로"): the unit the post names
// employs the person, not the holding; a unit that was the person's origin is where they are promoted
// (no previous employer). A departure at the holding told in the sentence of such a hire ("Yoon will
// succeed Choi Myung-jin, who will step down") leaves that unit.
void HoldingUnits(const Article& a, std::vector<Event>* events) {
  std::vector<std::pair<const Event*, std::string>> moved;  // hire, the holding it moved from
  for (Event& e : *events) {
    if (e.candidate_kind != "person" || e.type == EventType::kDeparture || e.type == EventType::kAcquisitionAttempt)
      continue;
    const Entity* holding = OrgEntity(a, e.employer);
    if (!holding) continue;
    std::vector<const Entity*> units = HoldingUnitsOf(a, *holding);
    if (units.empty()) continue;
    for (const Evidence& ev : e.evidence) {
      if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
      const int end = PersonEndIn(a, e.candidate, ev);
      const Entity* unit = end < 0 ? nullptr : UnitOfPost(a, ev, end, units);
      if (!unit) continue;
      moved.emplace_back(&e, e.employer);
      e.employer = unit->canonical;
      e.employer_aliases = OwnSpellings(a, e.employer);
      if (SameOrUnit(e.previous_employer, e.employer)) {
        e.previous_employer.clear();
        e.previous_employer_aliases.clear();
      }
      break;
    }
  }
  // A hire moved to the unit that the unit's own goal phrase gave already ("한성그룹은 … 한성반도체 대표이사에 윤재혁
  // …": the same sentence read with the group as subject and with the unit as goal) is one hire.
  std::set<size_t> repeated;  // indices of the moved hires to drop
  for (const auto& [hire, holding] : moved)
    for (size_t i = 0; i < events->size(); ++i) {
      const Event& o = (*events)[i];
      if (&o != hire && o.type == hire->type && o.candidate == hire->candidate && o.employer == hire->employer &&
          !repeated.count(i)) {
        repeated.insert(static_cast<size_t>(hire - events->data()));
        break;
      }
    }
  for (Event& d : *events) {
    if (d.type != EventType::kDeparture || d.candidate_kind != "person") continue;
    for (const auto& [hire, holding] : moved) {
      if (d.employer != holding) continue;
      bool together = false;
      for (const Evidence& ev : d.evidence) together = together || PersonEndIn(a, hire->candidate, ev) >= 0;
      if (!together) continue;
      d.employer = hire->employer;
      d.employer_aliases = hire->employer_aliases;
      break;
    }
  }
  // A group's reshuffle gives the affiliate only: a person hired at one of the holding's units is not hired at
  // the holding too ("세진화학 대표이사에는 … 정미경 …을 영입했다. … 세진그룹이 사장급 외부 인사를 계열사 대표로 영입한
  // 것은 5년 만이다").
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (e.candidate_kind != "person" || e.type == EventType::kDeparture || e.type == EventType::kAcquisitionAttempt) continue;
    const Entity* holding = OrgEntity(a, e.employer);
    if (!holding) continue;
    const std::vector<const Entity*> units = HoldingUnitsOf(a, *holding);
    for (size_t j = 0; j < events->size(); ++j) {
      const Event& o = (*events)[j];
      if (j == i || o.candidate != e.candidate || o.type == EventType::kDeparture) continue;
      if (std::any_of(units.begin(), units.end(), [&](const Entity* u) { return u->canonical == o.employer; })) {
        repeated.insert(i);
        break;
      }
    }
  }
  for (auto it = repeated.rbegin(); it != repeated.rend(); ++it) events->erase(events->begin() + static_cast<std::ptrdiff_t>(*it));
}

// The evidence of `e` writes its employer (one of the organization's spellings).
bool EmployerWrittenIn(const Article& a, const Event& e) {
  const Entity* org = OrgEntity(a, e.employer);
  if (!org) return false;
  for (const Evidence& ev : e.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    for (const std::string& n : Surfaces(*org))
      if (SurfaceIn(a.paragraphs[static_cast<size_t>(ev.paragraph)], n, static_cast<size_t>(ev.start), static_cast<size_t>(ev.end)) !=
          std::string_view::npos)
        return true;
  }
  return false;
}

// A person leaves once: a departure whose sentences name no organization (the employer taken from the context: "이
// 사장은 별도 보직 없이 회사를 떠난다") beside a departure of the same person from an organization its sentence names
// ("2019년부터 세진건설을 이끌어온 이준호 사장은 … 용퇴하기로 했다") is the same departure, not one from the context's
// company.
void RepeatedDepartures(const Article& a, std::vector<Event>* events) {
  std::vector<bool> named(events->size());
  for (size_t i = 0; i < events->size(); ++i) named[i] = EmployerWrittenIn(a, (*events)[i]);
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& d = (*events)[i];
    if (d.type != EventType::kDeparture || d.candidate_kind != "person" || named[i]) continue;
    for (size_t j = 0; j < events->size(); ++j) {
      const Event& o = (*events)[j];
      if (j != i && named[j] && o.type == EventType::kDeparture && o.candidate == d.candidate && o.employer != d.employer) {
        drop[i] = true;
        break;
      }
    }
  }
  for (size_t i = events->size(); i-- > 0;)
    if (drop[i]) events->erase(events->begin() + static_cast<std::ptrdiff_t>(i));
}

// The cue reading of quoted speech: a clause context over paragraph `pi` with nothing blanked (the quote is
// what is read), and the cues of one quote in it.
SentenceCtx QuoteContext(const Article& article, size_t pi) {
  SentenceCtx q;
  q.article = &article;
  q.para = static_cast<int>(pi);
  q.text = article.paragraphs[pi];
  q.blank = article.paragraphs[pi];
  q.lower = ToLowerAscii(q.blank);
  return q;
}
std::vector<CueHit> QuoteCues(const TextSpan& quote, SentenceCtx* q) {
  q->start = q->ev_start = quote.start;
  q->end = q->ev_end = quote.end;
  return FindCues(*q);
}

// A denial in quoted speech ("LG유플러스 관계자는 "정 전무 영입을 검토하거나 제안한 사실이 전혀
// 없다"고 말했다"; "We have not made any offer to Mr. Sandoval," a Hyundai spokesman said): a quote
// holding a negation cue and a move word (or a rumour word) that names a person denies that person's
// moves to the organizations its sentence names outside the quote (the speaker's). Quoted speech
// is otherwise not read for events; a pending decision ("아직", "not yet") denies nothing.
void DenyQuotedDenials(const Article& article, const ParagraphSource& source, size_t np,
                       const MentionsByParagraph& persons, const MentionsByParagraph& orgs, Context* ctx) {
  for (size_t pi = 0; pi < np; ++pi) {
    if (persons[pi].empty() || orgs[pi].empty()) continue;
    SentenceCtx q = QuoteContext(article, pi);
    const std::vector<std::pair<int, int>> sentences = source.Sentences(pi);
    for (const TextSpan& quote : source.Quotes(pi)) {
      const std::vector<CueHit> hits = QuoteCues(quote, &q);
      if (!Has(hits, Cue::kNegation)) continue;
      bool move = false;
      for (const CueHit& h : hits) move = move || (h.cue != Cue::kNegation && h.cue != Cue::kDecline);
      std::string_view text = std::string_view(q.lower).substr(static_cast<size_t>(quote.start),
                                                               static_cast<size_t>(quote.end - quote.start));
      if (!move || PendingDecision(text, text)) continue;
      int sb = quote.start, se = quote.end;  // the quote's sentences
      for (auto [b, e] : sentences)
        if (b < quote.end && quote.start < e) sb = std::min(b, sb), se = std::max(e, se);
      for (const auto& [pm, pe] : persons[pi]) {
        if (pm->start < quote.start || pm->end > quote.end) continue;
        for (const auto& [om, oe] : orgs[pi])
          if (oe->type != "publication" && om->start >= sb && om->end <= se && (om->end <= quote.start || om->start >= quote.end))
            ctx->denied_at.emplace(pe->canonical, oe->canonical);
      }
    }
  }
}

// The candidate `person` is named in `outside` (the words of a quote's sentence outside the quote):
// the full name, the English surname as a word, or a Korean surname with a title ("이 수석연구원은").
bool NamesSpeaker(std::string_view outside, const std::string& person) {
  if (person.empty()) return false;
  if (outside.find(person) != std::string_view::npos) return true;
  if (static_cast<unsigned char>(person[0]) >= 0xEA) {
    if (person.size() < 6) return false;
    const std::string surname = person.substr(0, 3);
    for (size_t f = outside.find(surname); f != std::string_view::npos; f = outside.find(surname, f + 1)) {
      if (f > 0 && outside[f - 1] != ' ' && outside[f - 1] != '(') continue;
      if (StartsWith(outside, f + 3, " ") && f + 4 < outside.size() && static_cast<unsigned char>(outside[f + 4]) >= 0xEA)
        return true;  // a title after the surname
    }
    return false;
  }
  const size_t sp = person.rfind(' ');
  if (sp == std::string::npos) return false;
  const std::string surname = person.substr(sp + 1);
  std::vector<size_t> found;
  FindAll(outside, surname, true, &found);
  return !found.empty();
}

// A refusal in quoted speech by the candidate ("이 수석연구원은 … "제안을 받은 것은 사실이지만 정중히
// 거절했다"며", ""I turned it down," Okafor said"): a quote holding a decline cue (an offer word may
// stand beside it), no negation, no pending decision and no word of a move made or accepted, whose sentence names the candidate of an open offer read before
// it outside the quote, turns that offer down. Quoted speech is otherwise not read for events.
void QuotedRefusals(const Article& article, const ParagraphSource& source, size_t np, Context* ctx) {
  for (size_t pi = 0; pi < np; ++pi) {
    const std::string& para = article.paragraphs[pi];
    SentenceCtx q = QuoteContext(article, pi);
    const std::vector<std::pair<int, int>> sentences = source.Sentences(pi);
    for (const TextSpan& quote : source.Quotes(pi)) {
      const std::vector<CueHit> hits = QuoteCues(quote, &q);
      bool decline = false, other = false;
      for (const CueHit& h : hits) {
        decline = decline || h.cue == Cue::kDecline;
        other = other || h.cue == Cue::kNegation || h.cue == Cue::kJoin || h.cue == Cue::kHire || h.cue == Cue::kAccept ||
                h.cue == Cue::kDesignate;
      }
      const std::string_view inside = std::string_view(q.lower).substr(static_cast<size_t>(quote.start),
                                                                       static_cast<size_t>(quote.end - quote.start));
      if (!decline || other || PendingDecision(inside, inside)) continue;
      int sb = quote.start, se = quote.end;  // the quote's sentences
      for (auto [b, e] : sentences)
        if (b < quote.end && quote.start < e) sb = std::min(b, sb), se = std::max(e, se);
      const std::string outside = para.substr(static_cast<size_t>(sb), static_cast<size_t>(quote.start - sb)) + " " +
                                  para.substr(static_cast<size_t>(quote.end), static_cast<size_t>(se - quote.end));
      for (Event& e : ctx->events) {
        if (e.type != EventType::kOffer || e.candidate_kind != "person" ||
            (e.outcome != Outcome::kOffered && e.outcome != Outcome::kNone) || e.evidence.empty() ||
            e.evidence.front().paragraph > static_cast<int>(pi) || !NamesSpeaker(outside, e.candidate))
          continue;
        e.outcome = Outcome::kDeclined;
        AddTimeline(&e, "declined");
        for (Offer& o : e.offers)
          if (o.response.empty()) o.response = "declined";
      }
    }
  }
}

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
  out = FoldArticleEvents(std::move(out), ctx.singular_groups, ctx.listed_groups, LooksLikeHeadline(article), &article);
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
    out = ApplyPairModel(article, std::move(out), options.pair_model ? *options.pair_model : PairModel::Default());
    // A pair the article denies ("isn't joining Brightline", a denied report) is no move, nor is a
    // hire at the place a person stays ("decided to stay at DeepMind").
    std::erase_if(out, [&](const Event& e) {
      if (e.candidate_kind != "person") return false;
      if (ctx.denied_candidates.count(e.candidate) || ctx.denied_at.count({e.candidate, e.employer})) return true;
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
    ApplyRoleModels(article, ArticleSentences(article), options.role_models ? *options.role_models : RoleModels::Default(),
                    {options.previous_model, options.outcome_model}, &out);
    EmployerSpellings(article, &out);
    // The type follows the outcome the model chose (b9 ko-07: an open offer with no pay the model
    // reads as joined is a hire, like its list mate the rules read as joined).
    for (size_t i = 0; i < out.size(); ++i)
      if (out[i].outcome != ruled[i]) SettleType(&out[i], false);
    CurrentEmployerOffers(article, ruled_prev, ruled, &out);
    // A start announced for later ("사표를 냈으며, 다음 달 초 한울투자증권에 합류할 예정이다") is an
    // accepted hire, also when the outcome model read the move as made.
    AnnouncedHires(article, ctx, &out);
  }
  KoreanBioOrigins(article, &out);
  EnglishBioOrigins(article, &out);
  KoreanAppositionOrigins(article, &out);
  // A Korean division ("IB부문 대표를 … 선임", "▲오세린 네트워크부문 …") is where the person works
  // inside the company, not a previous employer; one marked as where people come from stands for
  // its company ("미래에셋증권 IB2부문 소속 김태준 전무와 …").
  for (Event& e : out)
    if (IsKoreanText(e.previous_employer) && FrameReader::Default().KoreanUnit(e.previous_employer)) {
      std::string company = e.type == EventType::kDeparture ? "" : UnitOriginCompany(article, e.previous_employer);
      if (SameOrUnit(company, e.employer)) company.clear();
      e.previous_employer = company;
      e.previous_employer_aliases = OwnSpellings(article, company);
    }
  for (Event& e : out)
    if (PromotedInPlace(article, e) || (!e.previous_employer.empty() && ReappointedCandidate(article, e))) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
  HoldingUnits(article, &out);
  RepeatedDepartures(article, &out);
  PreviousNotOfEmployer(article, &out);
  DescriptorOrigins(article, &out);
  ItsGroupOrigins(article, &out);
  AttemptsForTeams(&out);
  TeamsOfTargets(article, &out);
  AttemptsForFounders(&out);
  TargetsAsOrigin(&out);
  WholeOriginSpellings(article, &out);
  AcquihireDeals(article, ArticleSentences(article), &out);
  AcquiredOrigins(article, &out);
  LedGroupJoins(article, &out);
  UnnamedOffererRefusals(article, &out);
  RetentionOffers(article, &out);
  AttachStrayPay(article, &out);
  DropRepeatedOffers(&out);
  PaidMovesAsHires(ctx, &out);
  ObituaryMoves(article, &out);
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
