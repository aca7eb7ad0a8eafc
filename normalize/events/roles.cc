#include "normalize/events/internal.h"

// Roles of a clause's organizations (destination, origin, offerer, outlet: ClassifyOrg) and of
// its people (executives, similes, reporters, the set-aside), and the counts of groups.

namespace hirewire::normalize::events_detail {

namespace {

// "노바브레인에 최고과학책임자(CSO)로 합류했다": the organization marked by 에 is where the
// next join cue of the clause, a few words on, goes (a position may stand between).
bool KoreanGoalBeforeJoin(std::string_view p, size_t after, const std::vector<CueHit>& cues) {
  // 에 may stand before a position (60 bytes); 로/으로 only before the move verb's own object
  // ("JTBC로 자리를 옮긴다", 30 bytes).
  int window = StartsWith(p, after, "에 ")                                    ? 60
               : StartsWith(p, after, "로 ") || StartsWith(p, after, "으로 ") ? 30
                                                                              : 0;
  if (window == 0) return false;
  for (const CueHit& c : cues) {
    if (c.pos < static_cast<int>(after)) continue;
    return c.cue == Cue::kJoin && c.pos - static_cast<int>(after) <= window &&
           p.substr(after, c.pos - after).find(',') == std::string_view::npos;
  }
  return false;
}

}  // namespace

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
// word and of up to three words before it ("Seoul-based startup", "AI chip startup").
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
  // (Up to three words before the noun: "from French artificial intelligence startup Mistral AI".)
  for (int k = 0; k < 3; ++k) {
    b = word_start(b);
    if (b == std::string_view::npos) break;
    out.push_back(b);
  }
  return out;
}

namespace {

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
    for (std::string_view stop : {"who", "which", "that", "and", "but", "after", "before", "when", "while",
                                  "to", "from", "than", "said", "says"})
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
    if (g.english && EndsWithAt(lo, end, g.text) &&
        (end == g.text.size() || !IsAsciiAlpha(lo[end - g.text.size() - 1])))
      return true;
  return false;
}

// English: the organization ending at `end` is the owner of an offer noun in the possessive ("turned down
// Nimbus's offer", "rejected Harlow Robotics' $2 million offer", "Brightwater's rival pay package"): the side
// that offers, not the candidate's employer. Up to three modifier words (no punctuation but an amount's)
// stand between.
bool PossessiveOfferAfter(std::string_view lo, size_t end) {
  static const std::vector<std::string> nouns = CueRowsOf("offer_noun", "");
  size_t at = end;
  if (StartsWith(lo, at, "'s ")) {
    at += 3;
  } else if (StartsWith(lo, at, "\xE2\x80\x99s ")) {
    at += 5;
  } else if (end > 0 && lo[end - 1] == 's' &&
             (StartsWith(lo, at, "' ") || StartsWith(lo, at, "\xE2\x80\x99 "))) {
    at += lo[at] == '\'' ? 2 : 4;
  } else {
    return false;
  }
  for (int words = 0; words < 4 && at < lo.size(); ++words) {
    size_t we = lo.find_first_of(" ,;:()\"", at);
    if (we == std::string_view::npos) we = lo.size();
    std::string_view w = lo.substr(at, we - at);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);  // the sentence's end
    for (const std::string& n : nouns)
      if (w == n) return true;
    if (w.empty() || we >= lo.size() || lo[we] != ' ' || w.size() < we - at) return false;
    at = we + 1;
  }
  return false;
}

}  // namespace

// English: the plural noun at `pos` closes "one of [the/X's …] NOUN" ("one of South Korea's top
// liquefied natural gas carrier designers"): one person, not a group.
bool OneOfPhrase(std::string_view lo, size_t pos) {
  const size_t k = lo.rfind("one of ", pos);
  if (k == std::string_view::npos || pos - k > 80 || (k > 0 && IsAsciiAlpha(lo[k - 1]))) return false;
  const std::string_view mid = lo.substr(k, pos - k);
  // (A period inside a name's abbreviation stays in the phrase: "one of Tesla Inc.'s top executives".)
  for (size_t d = mid.find('.'); d != std::string_view::npos; d = mid.find('.', d + 1))
    if (d + 1 >= mid.size() || mid[d + 1] == ' ') return false;
  return mid.find_first_of(",;") == std::string_view::npos && mid.find(" and ") == std::string_view::npos;
}

namespace {

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
  // (Only an offer turned down: "Tan accepted Cortland's offer" after a counter-offer stays the reading of
  // the counter-offer rules, and "Samsung Electronics' contract chipmaking business" names no offer.)
  for (const CueHit& c : cues)
    if (c.cue == Cue::kDecline && c.pos < o->start && PossessiveOfferAfter(lo, static_cast<size_t>(o->end)))
      offer_from = true;
  // "a pay package worth … from artificial intelligence startup Helix Labs": the offer noun's "from".
  for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start)))
    if (!offer_from &&
        (OfferNounBefore(lo, st) || (EndsWithAt(lo, st, "the ") && OfferNounBefore(lo, st - 4))))
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
      if (EnglishGroupOf(lo, st) || (EndsWithAt(lo, st, "the ") && EnglishGroupOf(lo, st - 4)))
        o->prev = true;
  }
  // (Across a kind-of-organization descriptor: "joins from Swedish club Hammarby".)
  if (!offer_from && !o->prev)
    for (size_t st : DescriptorStarts(lo, static_cast<size_t>(o->start)))
      if (st != static_cast<size_t>(o->start) && EnglishWordBefore(lo, st, "from ")) o->prev = true;
  if (before("join ") || before("joined ") || before("joins ") || before("joining ") || before("hired by ") ||
      before("poached by ") || before("recruited by ") || before("lured to ") || before("moved to ") ||
      before("moving to ") || before("defected to ") || before("jumped to ") || before("jumps to ") ||
      before("signed with ") || before("headed to ") || before("heading to ") || before("acquired by ") ||
      before("snapped up by ") || before("offer to join ") || before("to join ") || before("move to ") ||
      before("leave for ") || before("left for ") || before("joining rival ") || before("join rival ") ||
      before("joined rival ") || before("stay at ") || before("stay with ") || before("stays at ") ||
      before("stays with ") || before("remain at ") || before("remain with ") || before("staying at ") ||
      before("staying with ") || before("started at ") || before("starts at ") || before("start at "))
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
        before_d("bid for ") || before_d("acquiring ") || before_d("acquired ") || before_d("bought ") ||
        before_d("acqui-hire of ") || before_d("acquihire of ") || before_d("deal for ") ||
        before_d("deal with ") || before_d("license ") || before_d("licensing deal with "))
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

// The words around an organization mention (`after`: past the name and its noise) that make it where the
// person comes from (Korean endings 출신, 소속, 에서, 떠나; 전, former, ex- before it) or where the person
// goes (에 합류, 로 이직, 행을, 의 제안 …).
void MarkMoveWords(std::string_view p, size_t after, const std::vector<CueHit>& cues, OrgRef* o) {
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
  if (unit_origin || StartsWith(p, after, "에서") || StartsWith(p, after, " 출신") ||
      StartsWith(p, after, "출신") || StartsWith(p, after, " 소속 ") || StartsWith(p, after, "를 떠나") ||
      StartsWith(p, after, "을 떠나") || StartsWith(p, after, "를 나와") || StartsWith(p, after, "을 나와") ||
      StartsWith(p, after, "를 퇴사") || StartsWith(p, after, "을 퇴사"))
    o->prev = true;
  std::string_view before_tok = PrevToken(p, static_cast<size_t>(o->start));
  if (before_tok == "전" || before_tok == "前" || before_tok == "former" || before_tok == "Former" ||
      EndsWithAt(p, static_cast<size_t>(o->start), "ex-"))
    o->prev = true;
  if (StartsWith(p, after, "에 합류") || StartsWith(p, after, "로 합류") ||
      StartsWith(p, after, "으로 합류") || StartsWith(p, after, "에 입사") ||
      StartsWith(p, after, "로 이직") || StartsWith(p, after, "으로 이직") ||
      StartsWith(p, after, "로 이적") || StartsWith(p, after, "으로 이적") || StartsWith(p, after, "로 옮") ||
      StartsWith(p, after, "으로 옮") || StartsWith(p, after, "에 영입") || StartsWith(p, after, "행을") ||
      StartsWith(p, after, "행이") || StartsWith(p, after, "에 새 둥지") || StartsWith(p, after, "로부터") ||
      StartsWith(p, after, "의 제안") || StartsWith(p, after, "의 영입") || StartsWith(p, after, "에 둥지"))
    o->dest = true;
  if (KoreanGoalBeforeJoin(p, after, cues)) o->dest = true;
}

}  // namespace

// English: an organization named in the possessive of its parent after a mark of origin ("from Alphabet
// Inc.'s Google DeepMind"): the unit is where the person comes from; the parent only owns it (no origin of
// its own, nobody's affiliation).
void PassParentMarksToUnits(std::string_view lo, std::vector<OrgRef>* orgs) {
  for (OrgRef& unit : *orgs)
    for (OrgRef& parent : *orgs) {
      if (&parent == &unit || parent.end >= unit.start || parent.publication || parent.cited) continue;
      const std::string_view mid =
          lo.substr(static_cast<size_t>(parent.end), static_cast<size_t>(unit.start - parent.end));
      if (mid != "'s " && mid != "\xE2\x80\x99s " &&
          !(lo[parent.end - 1] == 's' && (mid == "' " || mid == "\xE2\x80\x99 ")))
        continue;
      // (Only the origin: "joined Amazon's AGI SF Lab" is a hire at Amazon, the employer a company, not its
      // unit; the destination's unit is nobody's affiliation either.)
      if (parent.dest && !parent.prev && !unit.prev) unit.owned = true;
      if (!parent.prev || parent.dest || parent.target) continue;
      unit.prev = true;
      parent.prev = parent.subject = false;
      parent.owned = true;
    }
}

// Relations of an organization mention to the sentence's hiring cues.
void ClassifyOrg(const SentenceCtx& s, const std::vector<CueHit>& cues, OrgRef* o) {
  std::string_view p = s.text;
  std::string_view lo = s.lower;
  size_t after = SkipNoise(p, static_cast<size_t>(o->end));
  MarkMoveWords(p, after, cues, o);
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
  if (ForfeitedAt(lo, o->start)) o->prev = true;  // "compensation she is forfeiting at JPMorgan"
  // Korean subject/topic particles: employer when an employer-side cue follows.
  bool ko_subject = ja == "subject" || ja == "topic" || StartsWith(p, after, "는 ") ||
                    StartsWith(p, after, "은 ") || StartsWith(p, after, "가 ") ||
                    StartsWith(p, after, "이 ") || StartsWith(p, after, "측은") ||
                    StartsWith(p, after, "측이") || StartsWith(p, after, "도 ") ||
                    StartsWith(p, after, "는,") || StartsWith(p, after, "은,");
  // Korean: an organization as the topic before a person's join it announces ("세광은 최 전 국장과 … 3명이
  // 이달 합류했다고 밝혔다", cues.tsv kind=announce): it tells its own hire, the employer.
  if (IsKoreanText(p) && (StartsWith(p, after, "은 ") || StartsWith(p, after, "는 ")))
    for (const CueHit& c : cues)
      if (c.pos >= o->end) {
        const size_t from = static_cast<size_t>(c.pos);
        const size_t stop = std::min(p.size(), p.find_first_of(".,", from));
        if (c.cue == Cue::kJoin &&
            HasCueRowOf("announce", p.substr(from, stop - from), lo.substr(from, stop - from)))
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
    for (const char* w : {" 직접", "직접 ", " 나서", "높였", "올렸", "끌어올", "설득", "제안했", "제시했",
                          "영입했", "러브콜을 보냈"})
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
      if (StartsWith(lo, at, w) &&
          (at + std::string_view(w).size() >= lo.size() || lo[at + std::string_view(w).size()] == ' ')) {
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

namespace {

// The reporter title at `at` (its `len` bytes) is closed by a Korean recipient or object particle (cues.tsv
// particle rows, ko recipient / object): the person is an argument of the clause ("KTN 앵커 서지아 기자에게
// 연봉 5억원을 제시했다", "박민호 기자를 영입했다"), the title their job, not a byline's.
bool ReporterTitleInClause(std::string_view p, size_t at, size_t len) {
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "particle" && r.lang == "ko" && (r.value == "recipient" || r.value == "object") &&
        StartsWith(p, at + len, r.text) &&
        (at + len + r.text.size() == p.size() || !(p[at + len + r.text.size()] & 0x80)))
      return true;
  return false;
}

}  // namespace

// "김민수 기자", "홍길동 특파원": a reporter's name (the title right after it), unless the title is closed by
// a particle of an argument (ReporterTitleInClause).
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
  // English: cues.tsv aside rows right before the name ("besides Pang", "declined to comment on Kumar"), in
  // the text as written (the clause's lowercase copy has "declined to comment" blanked).
  static const std::vector<std::string> aside = CueRowsOf("aside", "");
  const size_t b = start > 40 ? static_cast<size_t>(start - 40) : 0;
  const std::string before = AsciiLower(p.substr(b, static_cast<size_t>(start) - b));
  for (const std::string& w : aside)
    if (EndsWithAt(before, before.size(), w + " ") &&
        (before.size() == w.size() + 1 || !IsAsciiAlnum(before[before.size() - w.size() - 2])))
      return true;
  return false;
}

// English: the person whose possessive opens a pay phrase ("Raman's pay package is worth …", "Cole's
// annual salary", "Kim's new contract"): a pay row of the cue table (kind amount, value pay) within
// the three words after "'s". That person is paid, not a leader of something else.
bool PossessivePayee(std::string_view lo, int end) {
  size_t at = static_cast<size_t>(end);
  if (StartsWith(lo, at, "'s "))
    at += 3;
  else if (StartsWith(lo, at, "\u2019s "))
    at += 5;
  else
    return false;
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
  for (const char* w : {"가 이끄는", "이 이끄는", "가 세운", "이 세운", "가 설립한", "이 설립한", "가 창업한",
                        "이 창업한", "가 공동 창업한", "이 공동 창업한"})
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
  static const std::set<std::string_view> kFunction = {"of",   "the", "a",    "an", "its", "their",
                                                       "his",  "her", "from", "at", "in",  "for",
                                                       "with", "to",  "by",   "on"};
  // An acronym of two to five capitals is such a modifier too ("three AI researchers", "two senior LNG
  // containment engineers"); then four words may stand between.
  auto acronym = [&](size_t tb, size_t n) {
    return n >= 2 && n <= 5 && tb + n <= p.size() &&
           std::all_of(p.begin() + static_cast<std::ptrdiff_t>(tb),
                       p.begin() + static_cast<std::ptrdiff_t>(tb + n),
                       [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (int words = 0; words < 4; ++words) {
    const size_t tb = static_cast<size_t>(tok.data() - lo.data());
    const bool modifier = (std::all_of(tok.begin(), tok.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                           tb < p.size() && p[tb] >= 'a' && p[tb] <= 'z' && !kFunction.count(tok)) ||
                          acronym(tb, tok.size());
    if (!modifier) return -1;
    tok = PrevToken(lo, tb);
    if (tok.empty()) return -1;
    n = EnglishCountWord(tok, 3);
    if (n >= 0) return n;
  }
  return -1;
}

namespace {

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

}  // namespace

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

// English: the group noun at `pos` after "its" / "their" (at most two modifier words between) that follows a
// verb of paying (cues.tsv kind=staff_pay: "several times what Mizuhara pays its domestic executives", "more
// than the bank paid their senior traders") names the staff an organization pays now, the term of a
// comparison: no group that moves.
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
namespace {

// A frames.tsv list_sep row (ko) opens `text` at `pos` ("·", ",", "과", "와", "및" after a space).
bool KoreanListSepAt(std::string_view text, size_t pos) {
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "list_sep" && r.lang == "ko" &&
        (StartsWith(text, pos, r.text) || (StartsWith(text, pos, " ") && StartsWith(text, pos + 1, r.text))))
      return true;
  return false;
}

}  // namespace

int ParseKoreanCount(std::string_view p, size_t start, size_t end, bool* approx) {
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
  // A count closing the member before in a list of groups is that member's ("임원 3명·연구원 5명", "임원
  // 3명과 연구원 5명": frames.tsv list_sep rows right after it).
  if (m != std::string_view::npos && KoreanListSepAt(before, m + std::string_view("명").size()))
    m = std::string_view::npos;
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
    for (size_t f = p.find(w + " ", static_cast<size_t>(start));
         !framed && f != std::string_view::npos && f + w.size() <= static_cast<size_t>(first);
         f = p.find(w + " ", f + 1))
      framed = true;
  if (!framed) return false;
  for (const OrgRef& o : orgs) {
    if (o.start < start || o.end > end) continue;
    if (KoreanSubjectParticleAt(p, static_cast<size_t>(o.end), false) > 0) return false;
  }
  return true;
}

}  // namespace hirewire::normalize::events_detail
