#include <algorithm>
#include <functional>

#include "normalize/events/internal.h"

// Events and offers of a clause (FindOrCreate, pay terms, offers from amounts) and who may be a
// candidate (MayBeCandidate: relative clauses, appositions, bylines, lists of names).

namespace hirewire::normalize::events_detail {

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
  // A glossed twin's article rate is the conversion's (normalize/currency.cc ArticleRates, CopyGlossedTwins).
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
         around.find("初年度") != std::string::npos || around.find("first year") != std::string::npos ||
         around.find("first-year") != std::string::npos;
}

namespace {

// A "person" whose words are all job-title words ("Executive Officer", "Vice President") is a
// title the recognizer took for a name.
bool IsTitleOnly(std::string_view name) {
  static const char* const kTitleWords[] = {
      "chief",      "executive",  "officer",      "vice",      "president",  "senior",
      "director",   "head",       "managing",     "general",   "manager",    "chairman",
      "chairwoman", "founder",    "co-founder",   "cofounder", "technology", "operating",
      "financial",  "commercial", "scientist",    "partner",   "principal",  "lead",
      "engineer",   "researcher", "spokesperson", "spokesman", "spokeswoman"};
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

}  // namespace

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

bool StayRequestIn(std::string_view text) {
  for (const std::string& w : CuePhrases("stay_request"))
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

bool BareStay(const std::vector<OrgRef>& orgs, const CueHit& h) {
  for (const OrgRef& o : orgs) {
    if (o.end <= h.pos && h.pos - o.end <= 8) return false;
    if (o.start >= h.pos + h.len && o.start - (h.pos + h.len) <= 5) return false;
  }
  return true;
}

namespace {

// English: where the relative clause of the name ending at `end` starts: past ", who " right after the
// name or after one apposition ("Ana Ruiz, its founder, who …"); npos when there is none.
size_t WhoRelativeAt(std::string_view lo, int end) {
  size_t at = static_cast<size_t>(end);
  if (!StartsWith(lo, at, ", ")) return std::string_view::npos;
  if (!StartsWith(lo, at, ", who ")) {
    const size_t comma = lo.find(',', at + 2);
    if (comma == std::string_view::npos ||
        lo.substr(at + 2, comma - at - 2).find_first_of(".;") != std::string_view::npos)
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

// Whether a person is named from byte `pos` of the clause's text on.
using PersonAt = std::function<bool(size_t pos)>;

// English: the object of an employer-side verb starting at `obj` (a space first): an object pronoun
// ("recruited her"); with `person_at` also a person's name ("recruited Okafor") or a group of people (a
// cues.tsv group row within the next four words: "recruited all three researchers").
bool EmployerVerbObjectAt(std::string_view lo, size_t obj, const PersonAt* person_at) {
  for (std::string_view pro : {" her", " him", " them"})
    if (StartsWith(lo, obj, pro) && (obj + pro.size() == lo.size() || !IsAsciiAlpha(lo[obj + pro.size()])))
      return true;
  if (!person_at || obj + 1 >= lo.size() || lo[obj] != ' ') return false;
  if ((*person_at)(obj + 1)) return true;
  size_t end = obj + 1;
  for (int words = 0; words < 4; ++words) {
    const size_t sp = lo.find_first_of(" ,.;", end);
    end = sp == std::string_view::npos ? lo.size() : sp;
    if (sp == std::string_view::npos || lo[sp] != ' ') break;
    ++end;
  }
  static const std::vector<std::string> groups = CueTextsOf("group", "en", std::nullopt);
  const std::string_view phrase = lo.substr(obj + 1, end - obj - 1);
  std::vector<size_t> at;
  for (const std::string& g : groups) FindAll(phrase, g, true, &at);
  return !at.empty();
}

// English: the person is the antecedent of a relative clause in which they hire someone else: ", who"
// right after the name or one apposition, adverbs (-ly, also, long, first) or "had"/"has" at most, then
// an employer-side cue row (hire, offer, intent: recruited, hired, poached, lured, courted) and its object
// (EmployerVerbObjectAt: "chief executive Mark Feld, who personally recruited her", "its founder, Ana
// Ruiz, who hired him from Google"). The object is the mover; the antecedent is the recruiter, no
// candidate. (`RecruitsPronounAt`: from `at`, those adverbs, the cue row and the object.)
bool RecruitsPronounAt(std::string_view lo, size_t at, const PersonAt* person_at = nullptr) {
  for (int n = 0; n < 3; ++n) {
    const size_t sp = lo.find(' ', at);
    if (sp == std::string_view::npos) return false;
    const std::string_view w = lo.substr(at, sp - at);
    if (!(w == "had" || w == "has" || w == "also" || w == "long" || w == "first" ||
          (w.size() > 3 && w.ends_with("ly"))))
      break;
    at = sp + 1;
  }
  const auto& rows = CueLexicon::Default().rows();
  for (int i : CueLexicon::Default().RowsIn(lo.substr(at, 40))) {
    const auto& r = rows[i];
    if (r.kind != "cue" || r.lang != "en" ||
        (r.value != "hire" && r.value != "offer" && r.value != "intent") || !StartsWith(lo, at, r.text))
      continue;
    if (EmployerVerbObjectAt(lo, at + r.text.size(), person_at)) return true;
  }
  return false;
}

// Also the subject of the main clause doing so: right after the name, or past one apposition in commas
// (no "and", no sentence end in it): "Dana Whitfield, the Corvane executive who runs the unit, personally
// recruited him" (the pronoun is the mover; the subject recruited, no candidate); or the name is itself
// the apposition of the subject ("Meta's chief AI officer, Lena Brandt, personally recruited Okafor").
// A name or a group as the object counts with `person_at`.
bool RecruiterRelative(std::string_view lo, int start, int end, const PersonAt* person_at) {
  const size_t at = WhoRelativeAt(lo, end);
  if (at != std::string_view::npos && RecruitsPronounAt(lo, at, person_at)) return true;
  size_t from = static_cast<size_t>(end);
  if (StartsWith(lo, from, ", ")) {
    // The name in commas after the subject ("Meta's chief AI officer, Lena Brandt, recruited …"), not
    // the object of a verb before it, nor with a participle after ("tried to keep Feldstein, offering her
    // …").
    const size_t word_end = std::min(lo.find(' ', from + 2), lo.size());
    if (EndsWithAt(lo, static_cast<size_t>(start), ", ") && !EndsWithAt(lo, word_end, "ing") &&
        RecruitsPronounAt(lo, from + 2, person_at))
      return true;
    const size_t comma = lo.find(',', from + 2);
    if (comma == std::string_view::npos) return false;
    const std::string_view app = lo.substr(from + 2, comma - from - 2);
    if (app.find_first_of(".;") != std::string_view::npos || app.find(" and ") != std::string_view::npos)
      return false;
    from = comma + 1;
  }
  return StartsWith(lo, from, " ") && RecruitsPronounAt(lo, from + 1, person_at);
}

// English: the person speaks (a reported-speech cue of the shared analysis right after the name or its
// apposition, extract::IsSpeaker's reach) of having hired someone else: "he" / "she", then what
// RecruitsPronounAt reads ("Chief executive Marcus Hale said he recruited her personally", "Hale says she
// hired him from Google"). The pronoun is the mover; the speaker is the recruiter, no candidate.
bool RecruiterSpeaker(const SentenceCtx& s, const Mention& m, const PersonAt* person_at) {
  std::string_view lo = s.lower;
  for (const auto& c : s.speech) {
    if (c.speaker_after || c.cue.start < m.end || c.cue.start - m.end > 120) continue;
    // Right after the name, or past one apposition (", the chief executive,").
    std::string_view gap = lo.substr(static_cast<size_t>(m.end), static_cast<size_t>(c.cue.start - m.end));
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    if (!gap.empty() &&
        !(gap.starts_with(", ") && gap.ends_with(",") && gap.find_first_of(".;") == std::string_view::npos &&
          gap.find(" and ") == std::string_view::npos && gap.find(',', 1) == gap.size() - 1))
      return false;
    size_t r = static_cast<size_t>(c.cue.end);
    if (StartsWith(lo, r, " that")) r += 5;
    static const std::vector<std::string> subjects = CueTextsOf("pronoun", "en", "subject");
    for (const std::string& pro : subjects)
      if (StartsWith(lo, r, " " + pro + " ") && RecruitsPronounAt(lo, r + pro.size() + 2, person_at))
        return true;
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
  if (!(static_cast<unsigned char>(p[m.start]) & 0x80) || StartsWith(p, static_cast<size_t>(m.end), "의"))
    return false;
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
                                       "led",     "run",        "headed",    "created", "built"};
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

}  // namespace

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
  size_t end =
      close == std::string_view::npos ? static_cast<size_t>(clause_end) : std::min<size_t>(close, clause_end);
  return static_cast<size_t>(pos) < end;
}

namespace {

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

// A Korean unit word the recognizer read as a person: one Hangul word of three syllables or more closed by 실
// or 과 (few given names end so) written right after an organization's name ("송 전 기획재정부 세제실 과장",
// "금융위원회 자본시장과 과장"): the unit the title after it heads, not a person (thirty-second session).
bool KoreanUnitAfterOrg(const Article& a, const SentenceCtx& s, const Mention& m, std::string_view name) {
  return KoreanUnitWordAfterOrg(a, s.para, s.text, m.start, name);
}

// A Korean "person" whose first word is an organization the article names ("새빛은행 영업그룹" of "박정우(58)
// 새빛은행 영업그룹 부행장을": the bank and its unit before a title, read as a name) is no one: a name never
// opens with an organization's (thirty-third session).
bool KoreanOrgOpensName(const Article& a, std::string_view name) {
  const size_t sp = name.find(' ');
  if (sp == std::string_view::npos || !IsKoreanText(name)) return false;
  const std::string_view first = name.substr(0, sp);
  for (const Entity& e : a.entities)
    if (IsOrgType(e.type) && (e.name == first || e.canonical == first)) return true;
  return false;
}

}  // namespace

bool KoreanUnitWordAfterOrg(const Article& a, int para, std::string_view text, int start,
                            std::string_view name) {
  if (name.size() < 9 || name.find(' ') != std::string_view::npos ||
      !(name.ends_with("실") || name.ends_with("과")))
    return false;
  if (start < 1 || text[static_cast<size_t>(start) - 1] != ' ') return false;
  for (const Entity& e : a.entities) {
    if (e.type == EntityType::kPerson) continue;
    for (const Mention& o : e.mentions)
      if (o.paragraph == para && o.end == start - 1) return true;
  }
  return false;
}

bool MayBeCandidate(const Article& a, const SentenceCtx& s, const Mention& m, const Entity& e) {
  std::string_view p = s.text, lo = s.lower;
  if (m.start < s.start || m.end > s.end) return false;
  if (IsKanaReading(e.canonical)) return false;
  if (s.blank[m.start] == ' ' && p[m.start] != ' ') return false;  // quoted
  if (IsSimile(p, lo, m.start, m.end) || (IsLeaderOfOther(p, lo, m.end) && !PossessivePayee(lo, m.end)) ||
      IsTitleOnly(e.canonical))
    return false;
  // Another person of the article named from `pos` of this paragraph on (the object of a recruiter).
  const PersonAt person_at = [&](size_t pos) {
    for (const Entity& o : a.entities)
      if (o.type == EntityType::kPerson && &o != &e)
        for (const Mention& om : o.mentions)
          if (om.paragraph == m.paragraph && om.start == static_cast<int>(pos)) return true;
    return false;
  };
  if (IsReporter(p, m.end) || IsEnglishByline(p, lo, m.start, m.end) ||
      RecruiterRelative(lo, m.start, m.end, &person_at) || RecruiterSpeaker(s, m, &person_at) ||
      KoreanMoveTopicAgent(s, m) || (FoundsOrLeads(lo, m.start, m.end) && !HeadsMoveRelative(lo, m.end)))
    return false;
  if (ClosesAppositionPost(p, s.start, m.start)) return false;
  if (InThingRelative(a, s, m)) return false;
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
  if (KoreanTeamPhrase(e.name) || KoreanUnitAfterOrg(a, s, m, e.name) || KoreanOrgOpensName(a, e.name))
    return false;
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
// 부장판사, 이지호 …"): words of Hangul, Latin letters and digits, none but the last closed by a case
// particle.
bool KoreanTitledListGap(std::string_view mid) {
  // The next item's own origin after the link ("김하늘 박사와 메타 출신 이준서 박사가"): one to three words
  // and a spaced origin word (출신, 소속) before the next name; the gap up to the link is read as without it.
  for (std::string_view origin : {std::string_view(" 출신 "), std::string_view(" 소속 ")}) {
    if (mid.size() <= origin.size() || mid.substr(mid.size() - origin.size()) != origin) continue;
    const std::string_view before = mid.substr(0, mid.size() - origin.size());
    for (size_t cut = before.size(); cut-- > 0;) {
      if (before[cut] != ' ') continue;
      const std::string_view head = before.substr(0, cut + 1), tail = before.substr(cut + 1);
      const bool link = (head.size() >= 4 &&
                         (head.substr(head.size() - 4) == "와 " || head.substr(head.size() - 4) == "과 ")) ||
                        (head.size() >= 2 && head.substr(head.size() - 2) == ", ");
      if (link) return std::count(tail.begin(), tail.end(), ' ') < 3 && KoreanTitledListGap(head);
    }
    return false;
  }
  static constexpr std::string_view kParticles[] = {"은", "는", "이", "가", "을", "를",
                                                    "에", "의", "로", "도", "와", "과"};
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
        if (b0 >= 0xEA && b0 <= 0xED && i + 3 <= word.size())
          i += 3;
        else if (IsAsciiAlnum(word[i]))
          ++i;
        else
          return false;
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

}  // namespace hirewire::normalize::events_detail
