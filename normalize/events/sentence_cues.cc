#include "normalize/english_shapes.h"
#include "normalize/events/internal.h"

// Sentences and their cues: the paragraph source (shared analysis or ICU breaks), quoted speech
// blanked, the dating and tense of a move word, contract signing, FindCues, and the negators
// that cancel a move.

namespace hirewire::normalize::events_detail {

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

bool AmountInClause(const SentenceCtx& s) {
  for (const Amount& m : s.article->money)
    if (m.paragraph == s.para && m.start >= s.start && m.end <= s.end) return true;
  return false;
}

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
    if (r.kind == "particle" && r.lang == "ja" && StartsWith(p, pos, r.text) &&
        (!best || r.text.size() > best->text.size()))
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

// The clause refers back to a person: a pronoun, or Korean surname + title ("이 박사",
// "한 이사", "정 씨") matching the person's first syllable.
bool RefersTo(std::string_view ko, std::string_view lo, const std::string& person) {
  static const std::vector<std::string> en = CueTextsOf("pronoun", "en"), kor = CueTextsOf("pronoun", "ko");
  const std::string padded = " " + std::string(lo) + " ";
  for (const std::string& w : en)
    if (padded.find(" " + w + " ") != std::string::npos) return true;
  for (const std::string& w : kor)
    if (ko.find(w) != std::string_view::npos) return true;
  if (person.size() >= 6 && static_cast<unsigned char>(person[0]) >= 0xEA) {
    std::string surname = person.substr(0, 3);
    for (const char* t : {" 박사", " 씨", "씨", " 이사", " 상무", " 전무", " 부사장", " 사장", " 대표",
                          " 교수", " 연구원", " 팀장", " 본부장", " 책임"}) {
      std::string ref = surname + t;
      for (size_t f = ko.find(ref); f != std::string_view::npos; f = ko.find(ref, f + 1))
        if (f == 0 || ko[f - 1] == ' ' || ko[f - 1] == '(') return true;
    }
  }
  return false;
}

namespace {

// A four-digit year (19xx/20xx, "2021년") at `i` of `p`: not inside a number or an amount
// ("$2021", "2021.5", "2021%"); a comma or a full stop closing a clause after it is still a year
// ("in 2021, is known", "joined Atlas as a junior draftsman in 1958.").
// `term_end`: "until 2030" after the move word is the end of a term ("signed a contract until 2030"),
// no date of the move (before it, "until 2019, when he joined Atletico", it dates the move).
bool YearAt(std::string_view p, size_t i, bool term_end = true) {
  if (i + 4 > p.size()) return false;
  if (!((p[i] == '1' && p[i + 1] == '9') || (p[i] == '2' && p[i + 1] == '0'))) return false;
  if (!(p[i + 2] >= '0' && p[i + 2] <= '9' && p[i + 3] >= '0' && p[i + 3] <= '9')) return false;
  if (i > 0 && (IsAsciiAlnum(p[i - 1]) || p[i - 1] == '$' || p[i - 1] == '.' || p[i - 1] == ','))
    return false;
  if (i + 4 < p.size() && (IsAsciiAlnum(p[i + 4]) || p[i + 4] == '.' || p[i + 4] == ',' || p[i + 4] == '%')) {
    if (!((p[i + 4] == ',' || p[i + 4] == '.') && (i + 5 >= p.size() || p[i + 5] == ' '))) return false;
  }
  // The end of a term ("a contract until 2029", "through 2030") dates no move.
  if (term_end && i > 0 && p[i - 1] == ' ' && FrameReader::Default().RowEndsAt("term_end", "en", p, i - 1))
    return false;
  return !FrameReader::Default().YearNamesReshuffle(p, i + 4);  // "2027년 정기 임원 인사"
}

}  // namespace

// A four-digit year within a few words of `pos`.
bool NearYear(std::string_view p, size_t pos, size_t lo, size_t hi) {
  size_t b = pos > lo + 40 ? pos - 40 : lo;
  size_t e = std::min(hi, pos + 45);
  for (size_t i = b; i + 4 <= e; ++i)
    if (YearAt(p, i, /*term_end=*/i > pos) && !InClosedAside(p, lo, i, pos)) return true;
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
  // A relative clause describing a noun after the move ("to revive a program that has had no winning season
  // since 2018") dates that noun, not the move.
  stop = std::min(stop, TrailingRelativeStart(lo, end, stop));
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

namespace {

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

// An intent cue told in the present as talks under way: a cues.tsv ongoing_talks row ending at the cue
// ("Vale is said to be in talks to join them", "Samsung is now said to be in talks to hire de Vries").
bool OngoingTalks(std::string_view lo, const CueHit& h) {
  const size_t end = static_cast<size_t>(h.pos + h.len);
  const size_t from = end > 60 ? end - 60 : 0;
  const std::string_view window = lo.substr(from, end - from);
  static const std::vector<std::string> rows = CueTextsOf("ongoing_talks", "en", std::nullopt);
  for (const std::string& w : rows)
    if (window.ends_with(w.substr(w.rfind(' ') + 1)) &&
        FindCueText(window, w, true) != std::string_view::npos)
      return true;
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
    if (f != std::string_view::npos && f - end <= 12 &&
        lo.substr(end, f - end).find_first_of(",.;") == std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace

bool IsAsciiText(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

namespace {

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
    if ((four || e - i == 2) && StartsWith(ko, e, "年") && !StartsWith(ko, e + 3, "間") &&
        !StartsWith(ko, e + 3, "度"))
      return true;
  }
  // A past-time word in the segment ("지난해에는 … 롯데마트로 옮긴", "earlier" rows).
  std::string_view seg = ko.substr(b, static_cast<size_t>(pos) - b);
  for (const std::string& w : CuePhrases("earlier"))
    for (size_t f = IsAsciiText(w) ? std::string_view::npos : seg.find(w); f != std::string_view::npos;
         f = seg.find(w, f + 1))
      if (!FrameReader::Default().OpensSpan(seg, f + w.size()))
        return true;  // "지난해부터 …": a span running on
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
      if (f != std::string_view::npos && f - end <= 6 &&
          ko.substr(end, f - end).find_first_of(".,") == std::string_view::npos)
        return true;
    }
  return false;
}

}  // namespace

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

namespace {

// The party a contract noun is made "with": a person or an organization mention of the paragraph
// that starts within a few descriptor words after "with " ("a four-year contract with South Korean
// outfielder Lee Chan-woo"), the person when an organization only modifies them ("with KBO outfielder
// Lee Chan-woo"); nullptr when none.
const Entity* ContractParty(const SentenceCtx& s, size_t with_end) {
  const Entity* best = nullptr;
  int best_start = -1;
  for (const Entity& e : s.article->entities) {
    if (e.type != EntityType::kPerson && !IsOrgType(e.type)) continue;
    for (const Mention& m : e.mentions) {
      if (m.paragraph != s.para || m.start < static_cast<int>(with_end) || m.end > s.end ||
          m.start - static_cast<int>(with_end) > 48)
        continue;
      std::string_view between =
          std::string_view(s.lower).substr(with_end, static_cast<size_t>(m.start) - with_end);
      if (between.find_first_of(",;:.()\"") != std::string_view::npos) continue;
      bool better = !best;
      if (best && (e.type == EntityType::kPerson) != (best->type == EntityType::kPerson))
        better = e.type == EntityType::kPerson;
      else if (best)
        better = m.start < best_start;
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
        if (e.type == EntityType::kPerson || IsOrgType(e.type))
          for (const Mention& m : e.mentions)
            if (m.paragraph == s.para && m.start >= s.start && m.end <= verb && m.end > signer_end) {
              signer = &e;
              signer_end = m.end;
            }
      if (!signer || (signer->type == EntityType::kPerson) == (party->type == EntityType::kPerson)) continue;
      const Cue cue = party->type == EntityType::kPerson ? Cue::kHire : Cue::kJoin;
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
  // (A comparison clause closing a longer sentence: "… $3.5 million, including stock, according to a filing
  // -- several times what retail CEOs typically earn": the comparison word within kComparisonNear bytes of
  // the statistic word, up to kSentenceReach bytes after the amount.)
  constexpr int kComparisonReach = 72, kKoreanAfter = 20, kComparisonNear = 48, kSentenceReach = 200;
  const std::string_view en(s.lower), ko(s.blank);
  int amount_end = -1;
  for (const Amount& m : s.article->money)
    if (m.paragraph == s.para && m.start >= s.start && m.end <= h.pos && m.end > amount_end)
      amount_end = m.end;
  const bool english = IsAsciiAlpha(s.text[static_cast<size_t>(h.pos)]);
  if (amount_end < 0 || h.pos - amount_end > (english ? kSentenceReach : kComparisonReach)) return false;
  if (en.substr(static_cast<size_t>(amount_end), static_cast<size_t>(h.pos - amount_end))
          .find_first_of(";.") != std::string_view::npos)
    return false;
  if (english) {
    const int from = h.pos - amount_end > kComparisonReach ? h.pos - kComparisonNear : amount_end;
    const std::string_view mid = en.substr(static_cast<size_t>(from), static_cast<size_t>(h.pos - from));
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

}  // namespace

namespace {

// A decided hire the clause then signs ("3명을 영입하기로 하고 최근 계약을 마무리했다", "채용하기로 하고
// 계약서에 서명했다"): the intent (a future aspect row right after it) is a done agreement, a hire
// accepted, not an open offer. An offer word between them keeps the offer ("영입하기로 하고 연봉
// 10억원을 제시했다" signs nothing).
// The signing's own hire word ("계약을 체결했다") then closes the same agreement, not a later start.
void MarkSignedDecisions(const SentenceCtx& s, std::string_view ko, std::string_view en, bool has_hangul,
                         std::vector<CueHit>* hits) {
  int decided = -1;
  for (CueHit& h : *hits) {
    if (h.cue == Cue::kIntent && has_hangul && SignedAfter(s, h.pos + h.len) &&
        FrameReader::Default().MoveAspect(ko, en, h.pos, h.pos + h.len) == FrameReader::Aspect::kFuture) {
      h.cue = Cue::kHire;
      h.agreed = true;
      if (decided < 0) decided = h.pos;
    } else if (decided >= 0 && h.cue == Cue::kHire && CuePhraseIn(s, "sign", h.pos, h.pos + h.len)) {
      h.agreed = true;
    }
  }
}

// The rest of the clause's sentence turns down what the clause tells ("Daesan had approached Lena Hoffmann
// for the post, but she declined the offer"): a refusal word after the clause, in the same sentence, makes an
// approach there an offer, as another hiring cue of the clause would.
bool DeclinedLater(const SentenceCtx& s) {
  if (s.ev_end <= s.end) return false;
  const size_t from = static_cast<size_t>(s.end), len = static_cast<size_t>(s.ev_end - s.end);
  const std::string_view en = std::string_view(s.lower).substr(from, len),
                         ko = std::string_view(s.blank).substr(from, len);
  for (const Lex& l : CueWords()) {
    if (l.cue != Cue::kDecline || l.japanese) continue;
    std::vector<size_t> found;
    FindAll(l.english ? en : ko, l.text, l.english, &found);
    if (!found.empty()) return true;
  }
  return false;
}

}  // namespace

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
    if (l.japanese ? !has_japanese
                   : !l.english && !has_hangul && static_cast<unsigned char>(l.text[0]) >= 0x80)
      continue;
    if (!(l.english ? en_pairs : ko_pairs).MayContain(l.text)) continue;
    add(l.text, l.cue, l.english);
  }
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) { return a.pos < b.pos; });
  if (!has_hangul && !has_japanese) ContractCues(s, &hits);
  // A generic attempt word is a hiring intent only next to another hiring cue or an amount.
  bool hiring = false;
  for (const CueHit& h : hits)
    hiring = hiring || (h.cue != Cue::kAttempt && h.cue != Cue::kNegation && h.cue != Cue::kStatistic);
  hiring = hiring || AmountInClause(s) || DeclinedLater(s);
  std::vector<CueHit> kept;
  for (CueHit h : hits) {
    if (h.cue == Cue::kAttempt && !hiring) continue;
    if (h.cue == Cue::kAttempt) h.cue = Cue::kIntent;
    kept.push_back(h);
  }
  hits = std::move(kept);
  MarkSignedDecisions(s, ko, en, has_hangul, &hits);
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
    // Talks still going on ("is said to be in talks to join them", "are in talks to hire"): no offer made,
    // no event; past talks ("had been in talks to hire") may be a failed attempt.
    if (h.cue == Cue::kIntent && OngoingTalks(en, h)) continue;
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
      for (const char* w :
           {"startup ", "company ", "firm ", "lab ", "app ", "product ", "model ", "project ", "tool ",
            "engineer ", "researcher ", "person ", "man ", "woman ", "aptly ", "also be "})
        naming = naming || EndsWithAt(en, static_cast<size_t>(h.pos), w);
      if (naming) continue;
    }
    // Background: "who joined Apple from Google in 2021", "2014년 입사한", "who left Calyx in June
    // to become …" (a relative clause dated by a past row).
    if (h.cue == Cue::kJoin || h.cue == Cue::kHire || h.cue == Cue::kLeave || h.cue == Cue::kAcquire) {
      const bool future =
          FrameReader::Default().MoveAspect(ko, en, h.pos, h.pos + h.len) == FrameReader::Aspect::kFuture;
      if (NearYear(ko, static_cast<size_t>(h.pos), static_cast<size_t>(s.start),
                   static_cast<size_t>(s.end)) ||
          (!future && IsAsciiText(en.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len))) &&
           YearInMoveClause(en, static_cast<size_t>(h.pos + h.len), static_cast<size_t>(s.end))) ||
          (DatedSegment(ko, s.start, h.pos) && !future))
        continue;
      if (RelativePast(en, h, s.end) || AfterEarlierEvent(en, h) || KoreanPastExperience(ko, h)) continue;
    }
    if (h.cue == Cue::kStatistic && ComparisonReference(s, h)) continue;
    out.push_back(h);
  }
  DropRelativeTailNegations(s, &out);
  DropUnrealizedPlans(s, &out);
  return out;
}

bool Has(const std::vector<CueHit>& hits, Cue c) {
  for (const CueHit& h : hits)
    if (h.cue == c) return true;
  return false;
}

// Rows of one kind of the cue table with one value ("negator" "before").
std::vector<std::string> CueRowsOf(std::string_view kind, std::string_view value) {
  std::vector<std::string> v;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == kind && r.value == value) v.push_back(r.text);
  return v;
}

// Texts of one kind of the cue table in one language ("pronoun" "ko"), of one value when `value` is given.
std::vector<std::string> CueTextsOf(std::string_view kind, std::string_view lang,
                                    std::optional<std::string_view> value) {
  std::vector<std::string> v;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == kind && r.lang == lang && (!value || r.value == *value)) v.push_back(r.text);
  return v;
}

// True when the text holds a row of the cue table's `kind` (Korean rows as substrings, English
// ones as whole words of the lowercased text).
bool HasCueRowOf(std::string_view kind, std::string_view text, std::string_view lower) {
  for (const CueRow& r : CueLexicon::Default().rows()) {
    if (r.kind != kind) continue;
    if (r.text.find(" … ") != std::string::npos) {
      if (FindCueText(r.lang == "en" ? lower : text, r.text, r.lang == "en") != std::string_view::npos)
        return true;
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
bool PendingDecision(std::string_view text, std::string_view lower) {
  return HasCueRowOf("pending", text, lower);
}

// The events a clause read, marked as told by a medium's report when the clause says so (cues.tsv
// kind=report: "CXMT가 … 연구원 10여명을 영입했다고 보도했다") and as told as fact otherwise: a denial in
// the article drops the events only a report tells. A Korean report verb closes its sentence and reports
// every clause before it ("…에게 연봉 500만달러를 제시했고, 린 부사장이 이를 받아들였다고 7일 보도했다": the
// offer too), so a Korean clause is read up to the end of its sentence.
void MarkReported(Context* ctx, const SentenceCtx& s, const std::vector<int>& events) {
  const int end =
      IsKoreanText(s.text.substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start)))
          ? std::max(s.end, s.ev_end)
          : s.end;
  const auto clause = [&](const std::string& t) {
    return std::string_view(t).substr(static_cast<size_t>(s.start), static_cast<size_t>(end - s.start));
  };
  const bool report = HasCueRowOf("report", clause(s.blank), clause(s.lower));
  for (int ei : events)
    (report ? ctx->meta[static_cast<size_t>(ei)].reported : ctx->meta[static_cast<size_t>(ei)].told) = true;
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

namespace {

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

}  // namespace

// Negators that scope over a move word of the clause (the closed negator class of cues.tsv): an
// English negator opening the move word's verb group ("isn't joining Brightline", "has not
// accepted", "decided not to join"), a Korean one closing its word ("합류하지 않고", "영입하지
// 않기로"). A pending decision ("has not yet accepted", "아직 … 않았다") is no negated move. The
// negated move words and the negation hits in their conjuncts are dropped and the conjuncts
// returned: the organizations they name are denied to the clause's people, the rest of the clause
// is read ("… and has left Tessellate"; "Chen has not accepted the offer, which remains open": the
// offer stands). Only a denial word (denied, 사실무근) denies a whole clause.
std::vector<NegatedScope> CancelNegatedMoves(const SentenceCtx& s, std::vector<CueHit>* hits) {
  static const std::vector<std::string> before = CueRowsOf("negator", "before"),
                                        after = CueRowsOf("negator", "after");
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
      refused[i] = !pending && !(head.ends_with("has ") || head.ends_with("have ") ||
                                 lo.substr(static_cast<size_t>(neg)).starts_with("hasn") ||
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
        if (comma != std::string_view::npos && static_cast<int>(comma) >= begin)
          begin = static_cast<int>(comma) + 1;
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

}  // namespace hirewire::normalize::events_detail
