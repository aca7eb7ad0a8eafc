// Members of a coordinated list of persons (thirty-fifth session, branch evlists35; docs/events.md "Every
// named member of a list"):
//
//   "Daniel Okafor, Priya Raman and Tomasz Wielgus started at Meta this week"
//   "… will hire co-founders Nadia Ferris, the startup's chief executive, and Owen Pike, its chief technology
//   officer" "강민석 전무와 윤소라 상무, 임채원 이사 등 3명이다", "A를 디지털전략 부사장으로, B를 글로벌투자
//   전무로 각각 선임했다"
//
// The reading before gave some members a move and lost others (a name the clause reader took for another
// slot, a member after an apposition). Each member of the list a person with a move stands in
// (FrameReader::ListJoins: the words between two names make them one list) shares that move: its employer,
// type and outcome, from the same origin when the origin is named outside the list (a member's own apposition
// names only that member's). A member with a move of its own keeps it; a list whose member speaks right after
// the name ("A and B said") moves no one.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/text.h"
#include "normalize/cues.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "normalize/frames.h"

namespace hirewire::normalize::events_detail {

// The person mentions of [s, e) of a paragraph in text order, nested ones and unit words read as persons
// ("기획재정부 세제실 과장") left out.
std::vector<NameAt> PersonsIn(const Article& article, int para, int s, int e) {
  std::vector<NameAt> out;
  for (const Entity& ent : article.entities)
    if (ent.type == EntityType::kPerson)
      for (const Mention& m : ent.mentions)
        if (m.paragraph == para && m.start >= s && m.end <= e &&
            !KoreanUnitWordAfterOrg(article, para, article.paragraphs[static_cast<size_t>(para)], m.start,
                                    ent.name))
          out.push_back({&ent, m.start, m.end});
  std::sort(out.begin(), out.end(), [](const NameAt& a, const NameAt& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<NameAt> kept;
  for (const NameAt& n : out)
    if (kept.empty() || n.start >= kept.back().end) kept.push_back(n);
  return kept;
}

// Cues of a move of the event's kind: a departure's leave rows, a hire's or an offer's hire, join, offer,
// intent, designate and accept rows.
bool MoveCue(Cue c, EventType type) {
  if (type == EventType::kDeparture) return c == Cue::kLeave;
  return c == Cue::kHire || c == Cue::kJoin || c == Cue::kOffer || c == Cue::kIntent ||
         c == Cue::kDesignate || c == Cue::kAccept;
}

// `text` (ASCII-lowercased where English) holds a cue row of a move; with `type` only of that kind.
bool HoldsMoveCue(std::string_view text, bool english, const EventType* type) {
  for (const Lex& l : CueWords()) {
    if (l.english != english || l.japanese) continue;
    const bool move = type ? MoveCue(l.cue, *type)
                           : MoveCue(l.cue, EventType::kHire) || MoveCue(l.cue, EventType::kDeparture);
    if (move && FindCueText(text, l.text, english) != std::string_view::npos) return true;
  }
  return false;
}

bool HasEventOf(const std::vector<Event>& events, const std::string& person) {
  return std::any_of(events.begin(), events.end(), [&](const Event& e) {
    return e.candidate_kind == CandidateKind::kPerson && SamePersonName(e.candidate, person);
  });
}

Event PersonMateOf(const Event& ev, const std::string& name, const Evidence& where) {
  Event mate = ev;
  mate.candidate = name;
  mate.candidate_kind = CandidateKind::kPerson;
  mate.candidate_count = -1;
  mate.candidate_aliases.clear();
  mate.role.clear();
  mate.offers.clear();
  mate.evidence = {where};
  mate.confidence = Confidence(mate);
  return mate;
}

}  // namespace hirewire::normalize::events_detail

namespace hirewire::normalize {
using namespace events_detail;

namespace {

// A speaker row right after the name or its apposition ("A and B said", "A and B, an analyst at X, said";
// Korean speech is read by the bar rows, "A 대표는 … 말했다").
bool SpeaksAfter(std::string_view p, int end) {
  constexpr size_t kApposition = 80;
  std::string lower = AsciiLower(p.substr(static_cast<size_t>(end), kApposition + 16));
  if (lower.rfind(", ", 0) == 0) {
    const size_t close = lower.find(',', 2);
    if (close != std::string::npos && close <= kApposition) lower = lower.substr(close + 1);
  }
  for (const FrameReader::Row& row : FrameReader::Default().rows())
    if (row.kind == "marker" && row.lang == "en" && row.value == "speaker" &&
        lower.rfind(" " + row.text + " ", 0) == 0)
      return true;
  return false;
}

// The origin of `e` is named in the sentence [s, e) outside the list [from, to): the list shares it. (Korean:
// only before the list; the words after the last name are that member's own, "B 전 마이크론 수석엔지니어를".)
bool SharedOrigin(const Article& article, const Event& ev, int para, int s, int e, int from, int to) {
  if (IsKoreanText(article.paragraphs[static_cast<size_t>(para)])) e = from;
  if (ev.previous_employer.empty()) return false;
  for (const Entity& ent : article.entities) {
    if (ent.type == EntityType::kPerson ||
        (ent.canonical != ev.previous_employer && ent.name != ev.previous_employer))
      continue;
    for (const Mention& m : ent.mentions)
      if (m.paragraph == para && m.start >= s && m.end <= e && (m.end <= from || m.start >= to)) return true;
  }
  return false;
}

// A counted group of the article moves the same way as `ev`, to its employer from its origin ("hired three
// senior researchers from Lumora Labs" … "A, B and C started at Meta this week"): the list's members are that
// group's people, and share the origin.
bool GroupOrigin(const std::vector<Event>& have, const Event& ev) {
  if (ev.previous_employer.empty()) return false;
  return std::any_of(have.begin(), have.end(), [&](const Event& g) {
    return g.candidate_kind == CandidateKind::kGroup && g.candidate_count > 1 && g.type == ev.type &&
           SameOrUnit(g.employer, ev.employer) && g.previous_employer == ev.previous_employer;
  });
}

// The list [first, last] of `names` around `at` that the words between make one.
std::pair<size_t, size_t> ListAround(std::string_view p, const std::vector<NameAt>& names, size_t at,
                                     bool korean) {
  auto joins = [&](size_t a, size_t b) {
    const NameAt& x = names[a];
    const NameAt& y = names[b];
    if (y.start <= x.end) return false;
    // A possessor is no member ("the hire of A and B's new role").
    const std::string_view after = std::string_view(p).substr(static_cast<size_t>(y.end), 4);
    if (after.rfind("'s", 0) == 0 || after.rfind("\xE2\x80\x99s", 0) == 0) return false;
    const std::string_view between =
        p.substr(static_cast<size_t>(x.end), static_cast<size_t>(y.start - x.end));
    // A move word between the names opens a clause of its own ("fires A, hires B").
    if (HoldsMoveCue(korean ? std::string(between) : AsciiLower(between), !korean, nullptr)) return false;
    return FrameReader::Default().ListJoins(between, korean);
  };
  size_t first = at, last = at;
  while (first > 0 && joins(first - 1, first)) --first;
  while (last + 1 < names.size() && joins(last, last + 1)) ++last;
  return {first, last};
}

// An entity of `type` (person or not) named `name` (canonical or written) has a mention in [s, e) of a
// paragraph.
bool NamedIn(const Article& article, const std::string& name, bool person, int para, int s, int e) {
  for (const Entity& ent : article.entities) {
    if ((ent.type == EntityType::kPerson) != person || (ent.canonical != name && ent.name != name)) continue;
    for (const Mention& m : ent.mentions)
      if (m.paragraph == para && m.start >= s && m.end <= e) return true;
  }
  return false;
}

// The syllable of the Hangul letters ending at `end` has a final consonant.
bool FinalConsonantBefore(std::string_view w, size_t end) {
  if (end < 3) return false;
  const auto b = [&](size_t i) { return static_cast<unsigned char>(w[i]); };
  if ((b(end - 3) & 0xF0) != 0xE0) return false;
  const int cp = ((b(end - 3) & 0x0F) << 12) | ((b(end - 2) & 0x3F) << 6) | (b(end - 1) & 0x3F);
  return cp >= 0xAC00 && cp <= 0xD7A3 && (cp - 0xAC00) % 28 != 0;
}

// (ko) A sentence that closes on a copula after a noun, listing who the sentence before meant ("강민석 전무와
// 윤소라 상무, 임채원 이사 등 3명이다", "… 권도경 이사다"): 이다 after a final consonant, 다 after a vowel (a
// verb's 했다, 한다 have one before 다), at most two words after the last name (titles, "등 3명이다"), none
// of them a list_bar row ("B 대표의 결정이다" lists no one).
bool KoreanCopulaList(const Article& article, int para, int s, int e) {
  const std::string& p = article.paragraphs[static_cast<size_t>(para)];
  const std::vector<NameAt> names = PersonsIn(article, para, s, e);
  if (names.empty() || !IsKoreanText(p)) return false;
  std::string_view tail = std::string_view(p).substr(static_cast<size_t>(names.back().end),
                                                     static_cast<size_t>(e - names.back().end));
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.remove_suffix(1);
  // The last member's gloss in parentheses is no word of the tail ("문재성(세진물산) 전무 등 3명이다").
  if (tail.starts_with("(") && tail.find(')') != std::string_view::npos)
    tail.remove_prefix(tail.find(')') + 1);
  const std::string_view da = "\xEB\x8B\xA4";               // 다
  const std::string_view ida = "\xEC\x9D\xB4\xEB\x8B\xA4";  // 이다
  if (tail.size() < 3 || tail.substr(tail.size() - 3) != da) return false;
  const bool copula = tail.size() >= 9 && tail.substr(tail.size() - 6) == ida
                          ? FinalConsonantBefore(tail, tail.size() - 6)
                          : !FinalConsonantBefore(tail, tail.size() - 3);
  if (!copula) return false;
  size_t words = 0;
  for (size_t b = 0; b < tail.size();) {
    while (b < tail.size() && tail[b] == ' ') ++b;
    size_t w = tail.find(' ', b);
    if (w == std::string_view::npos) break;  // the copula word itself
    if (FrameReader::Default().RowEnding("list_bar", "ko", tail.substr(b, w - b))) return false;
    ++words;
    b = w;
  }
  return words <= 2;
}

// The sentences besides its evidence that tell the move of `ev`: they name the candidate, and the employer
// with a move word of the event's kind ("… will hire co-founders A, the startup's chief executive, and B"
// when the evidence is a later sentence), or (ko) they only list people on a copula.
std::vector<Evidence> MoveSentences(const Article& article, const ParagraphSentences& sentences,
                                    const Event& ev) {
  std::vector<Evidence> out;
  for (size_t pi = 0; pi < sentences.size(); ++pi)
    for (const auto& [s, e] : sentences[pi]) {
      const int para = static_cast<int>(pi);
      if (!NamedIn(article, ev.candidate, true, para, s, e)) continue;
      const std::string_view text =
          std::string_view(article.paragraphs[pi]).substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
      const bool korean = IsKoreanText(text);
      const bool told = NamedIn(article, ev.employer, false, para, s, e) &&
                        HoldsMoveCue(korean ? std::string(text) : AsciiLower(text), !korean, &ev.type);
      if (told || (korean && KoreanCopulaList(article, para, s, e))) out.push_back({para, s, e});
    }
  return out;
}

// The moves the list around `ev`'s candidate in one of its evidence sentences adds for the other members.
void MatesOf(const Article& article, const Context& ctx, const Event& ev, const Evidence& where,
             const std::vector<Event>& have, std::vector<Event>* add,
             std::vector<std::pair<std::string, const Event*>>* fills) {
  if (where.paragraph < 0 || static_cast<size_t>(where.paragraph) >= article.paragraphs.size()) return;
  const std::string& p = article.paragraphs[static_cast<size_t>(where.paragraph)];
  const std::vector<NameAt> names = PersonsIn(article, where.paragraph, where.start, where.end);
  size_t at = names.size();
  for (size_t i = 0; i < names.size() && at == names.size(); ++i)
    if (SamePersonName(ctx.Name(*names[i].entity), ev.candidate)) at = i;
  if (at == names.size()) return;
  const auto [first, last] = ListAround(p, names, at, IsKoreanText(p));
  if (first == last) return;
  // A list that speaks ("A and B said") is no list of movers.
  for (size_t k = first; k <= last; ++k)
    if (k != at && SpeaksAfter(p, names[k].end)) return;
  const bool shared = SharedOrigin(article, ev, where.paragraph, where.start, where.end, names[first].start,
                                   names[last].end) ||
                      GroupOrigin(have, ev);
  for (size_t k = first; k <= last; ++k) {
    const std::string& name = ctx.Name(*names[k].entity);
    if (k == at || name == ev.employer) continue;
    if (HasEventOf(have, name)) {
      if (shared) fills->emplace_back(name, &ev);  // a member read before with no origin of their own
      continue;
    }
    if (HasEventOf(*add, name)) {
      // Added by a member of another origin; this member's origin is the list's.
      for (Event& m : *add)
        if (shared && m.previous_employer.empty() && SamePersonName(m.candidate, name) &&
            m.employer == ev.employer) {
          m.previous_employer = ev.previous_employer;
          m.previous_employer_aliases = ev.previous_employer_aliases;
        }
      continue;
    }
    Event mate = ev;
    mate.candidate = name;
    mate.candidate_aliases.clear();
    mate.role.clear();
    mate.offers.clear();
    if (!shared) {
      mate.previous_employer.clear();
      mate.previous_employer_aliases.clear();
    }
    mate.evidence = {where};
    mate.confidence = Confidence(mate);
    add->push_back(std::move(mate));
  }
}

// The sentence before sentence `j` of paragraph `pi`: the one before it in the paragraph, else the last of
// the paragraph before (Korean news often gives each sentence a paragraph). {-1, …} when none.
std::pair<int, std::pair<int, int>> SentenceBefore(const ParagraphSentences& sentences, size_t pi, size_t j) {
  if (j > 0) return {static_cast<int>(pi), sentences[pi][j - 1]};
  for (size_t q = pi; q-- > 0;)
    if (!sentences[q].empty()) return {static_cast<int>(q), sentences[q].back()};
  return {-1, {0, 0}};
}

// (ko) A copula list none of whose members has a move (".. 운용역 2명도 영입했다. 대체투자본부장을 맡은 A
// 상무와 채권운용팀장으로 온 B 이사다", "나머지 1명은 … C 수석연구원이다"): its members make the move of the
// sentence before, from its origin.
void CopulaListMoves(const Article& article, const Context& ctx, const ParagraphSentences& sentences,
                     std::vector<Event>* events) {
  std::vector<Event> add;
  for (size_t pi = 0; pi < sentences.size(); ++pi)
    for (size_t j = 0; j < sentences[pi].size(); ++j) {
      const int para = static_cast<int>(pi);
      const auto [s, e] = sentences[pi][j];
      if (!KoreanCopulaList(article, para, s, e)) continue;
      const std::vector<NameAt> names = PersonsIn(article, para, s, e);
      if (ListAround(article.paragraphs[pi], names, 0, true).second + 1 != names.size()) continue;
      const auto [bp, span] = SentenceBefore(sentences, pi, j);
      if (bp < 0) continue;
      const auto told_before = [&, bp = bp, ps = span.first, pe = span.second](const Event& ev) {
        return (ev.type == EventType::kHire || ev.type == EventType::kOffer) &&
               std::any_of(ev.evidence.begin(), ev.evidence.end(), [&](const Evidence& w) {
                 return w.paragraph == bp && w.start >= ps && w.end <= pe;
               });
      };
      const auto source = std::find_if(events->begin(), events->end(), told_before);
      if (source == events->end()) continue;
      for (const NameAt& n : names) {
        const std::string& name = ctx.Name(*n.entity);
        if (name == source->employer || HasEventOf(*events, name) || HasEventOf(add, name)) continue;
        add.push_back(PersonMateOf(*source, name, {para, s, e}));
      }
    }
  for (Event& e : add) events->push_back(std::move(e));
}

// ---------------------------------------------------------------------------------------
// (ko) Lists whose topic tells the move (thirty-eighth session, branch evlist38): "부사장 승진자는
// A(세진화학)·B(세진건설) 전무 등 2명이다", "부사장 승진자 명단에는 ORG A 전무와 B 전무가 이름을 올렸다",
// "새로 합류한 변호사는 A·B 변호사다", and a list after a sentence that counts its members ("신규 상무 3명이
// 발탁됐다. A 상무, B 상무, C 상무다").

// The organization mentions of [s, e) of a paragraph in text order.
std::vector<NameAt> OrgsIn(const Article& article, int para, int s, int e) {
  std::vector<NameAt> out;
  for (const Entity& ent : article.entities)
    if (IsOrgType(ent.type))
      for (const Mention& m : ent.mentions)
        if (m.paragraph == para && m.start >= s && m.end <= e) out.push_back({&ent, m.start, m.end});
  std::sort(out.begin(), out.end(), [](const NameAt& a, const NameAt& b) { return a.start < b.start; });
  return out;
}

// The move the topic of a list tells: a list_topic row in the words before the first name, then a word ending
// in a topic particle (은, 는: "승진자는", "명단에는", "합류한 인물은").
std::string TopicMove(std::string_view topic, size_t* row_at) {
  const std::string move = FrameReader::Default().KoreanListTopic(topic, row_at);
  if (move.empty()) return move;
  for (size_t b = *row_at; b < topic.size();) {
    size_t w = topic.find(' ', b);
    if (w == std::string_view::npos) w = topic.size();
    const std::string_view word = topic.substr(b, w - b);
    const size_t ending = FrameReader::Default().RowEnding("topic_particle", "ko", word);
    if (ending > 0 && (word.ends_with("\xEC\x9D\x80") || word.ends_with("\xEB\x8A\x94")))
      return move;  // 은, 는
    b = w + 1;
  }
  return "";
}

// The counts "N명" of a Korean sentence.
std::vector<int> KoreanCounts(std::string_view text) {
  std::vector<int> out;
  const std::string_view myeong = "\xEB\xAA\x85";  // 명
  for (size_t f = text.find(myeong); f != std::string_view::npos; f = text.find(myeong, f + 1)) {
    size_t d = f;
    while (d > 0 && text[d - 1] >= '0' && text[d - 1] <= '9') --d;
    if (d < f && f - d <= 3) out.push_back(std::stoi(std::string(text.substr(d, f - d))));
  }
  return out;
}

// The sentence closes on a list_close row a few words after its last name ("… 서나래 전무가 이름을 올렸다").
bool ClosesOnListRow(std::string_view p, int last_end, int e) {
  const std::string_view tail = p.substr(static_cast<size_t>(last_end), static_cast<size_t>(e - last_end));
  constexpr size_t kTail = 80;
  if (tail.size() > kTail) return false;
  return FrameReader::Default().KoreanListClose(tail);
}

// The organization that is the member's own employer in a promotion list: written right before the name
// ("한결전자 권도윤 전무") or alone in the parentheses right after it ("한경수(세진화학)").
std::string MemberOrg(std::string_view p, const NameAt& name, const std::vector<NameAt>& orgs) {
  for (const NameAt& o : orgs) {
    if (o.end <= name.start && name.start - o.end <= 1) return o.entity->canonical;
    if (o.start == name.end + 1 && p[static_cast<size_t>(name.end)] == '(' &&
        p.substr(static_cast<size_t>(o.end), 1) == ")")
      return o.entity->canonical;
  }
  return "";
}

// The move of the list of sentence [s, e) of paragraph `para` whose members `names` have no move: its kind (a
// list_topic value), and the event of the sentence before that the list may continue.
struct TopicList {
  std::string move;
  std::string topic_org;  // an organization named in the topic before its move word ("세한에 합류한 인물은")
  const Event* before = nullptr;  // a hire or offer told in the sentence before
};

bool ReadTopicList(const Article& article, const ParagraphSentences& sentences,
                   const std::vector<Event>& events, size_t pi, size_t j, const std::vector<NameAt>& names,
                   TopicList* out) {
  const std::string& p = article.paragraphs[pi];
  const auto [s, e] = sentences[pi][j];
  const int para = static_cast<int>(pi);
  size_t row_at = 0;
  out->move = TopicMove(
      std::string_view(p).substr(static_cast<size_t>(s), static_cast<size_t>(names[0].start - s)), &row_at);
  const auto [bp, span] = SentenceBefore(sentences, pi, j);
  if (bp >= 0)
    for (const Event& ev : events)
      if ((ev.type == EventType::kHire || ev.type == EventType::kOffer) &&
          std::any_of(ev.evidence.begin(), ev.evidence.end(), [&, bp = bp, span = span](const Evidence& w) {
            return w.paragraph == bp && w.start >= span.first && w.end <= span.second;
          }))
        out->before = &ev;
  if (!out->move.empty()) {
    for (const NameAt& o : OrgsIn(article, para, s, s + static_cast<int>(row_at)))
      if (out->topic_org.empty()) out->topic_org = o.entity->canonical;
    return true;
  }
  // No move in the topic: a sentence before that counts the listed members with a move word.
  if (bp < 0 || out->before) return false;
  const std::string_view prev =
      std::string_view(article.paragraphs[static_cast<size_t>(bp)])
          .substr(static_cast<size_t>(span.first), static_cast<size_t>(span.second - span.first));
  const std::vector<int> counts = KoreanCounts(prev);
  if (std::find(counts.begin(), counts.end(), static_cast<int>(names.size())) == counts.end()) return false;
  size_t at = 0;
  out->move = FrameReader::Default().KoreanListTopic(prev, &at);
  return !out->move.empty();
}

// The event of one member of a topic list.
Event TopicMember(const TopicList& list, const Context& ctx, const std::string& name,
                  const std::string& own_org, const Evidence& where) {
  Event ev;
  ev.type = list.move == "depart" ? EventType::kDeparture : EventType::kHire;
  ev.outcome = list.move == "depart"      ? Outcome::kLeft
               : list.move == "designate" ? Outcome::kAccepted
                                          : Outcome::kJoined;
  ev.timeline = {list.move == "depart" ? "left" : list.move == "designate" ? "accepted" : "joined"};
  ev.candidate = name;
  ev.candidate_kind = CandidateKind::kPerson;
  ev.employer = list.move == "promote" ? own_org : "";
  if (ev.employer.empty()) ev.employer = list.topic_org;
  if (ev.employer.empty() && list.before) {
    ev.employer = list.before->employer;
    ev.employer_aliases = list.before->employer_aliases;
    if (list.move != "promote") {
      ev.previous_employer = list.before->previous_employer;
      ev.previous_employer_aliases = list.before->previous_employer_aliases;
    }
  }
  if (ev.employer.empty()) ev.employer = ctx.lead_org;
  ev.evidence = {where};
  ev.confidence = Confidence(ev);
  return ev;
}

// (ko) Lists none of whose members has a move, whose topic tells the move (a list_topic row before a topic
// particle) or whose sentence before counts them with a move word, closing on a copula (KoreanCopulaList) or
// a list_close row: each member makes that move, at the organization a promotion list names for the member
// (before the name or in its parentheses), else the one the topic names, else the employer of the move told
// in the sentence before (with its origin), else the story's organization.
void TopicListMoves(const Article& article, const Context& ctx, const ParagraphSentences& sentences,
                    std::vector<Event>* events) {
  std::vector<Event> add;
  for (size_t pi = 0; pi < sentences.size(); ++pi)
    for (size_t j = 0; j < sentences[pi].size(); ++j) {
      const int para = static_cast<int>(pi);
      const auto [s, e] = sentences[pi][j];
      const std::string& p = article.paragraphs[pi];
      if (!IsKoreanText(p)) break;
      const std::vector<NameAt> names = PersonsIn(article, para, s, e);
      if (names.empty() || ListAround(p, names, 0, true).second + 1 != names.size()) continue;
      if (std::any_of(names.begin(), names.end(),
                      [&](const NameAt& n) { return HasEventOf(*events, ctx.Name(*n.entity)); }))
        continue;
      if (!KoreanCopulaList(article, para, s, e) && !ClosesOnListRow(p, names.back().end, e)) continue;
      TopicList list;
      if (!ReadTopicList(article, sentences, *events, pi, j, names, &list)) continue;
      const std::vector<NameAt> orgs = OrgsIn(article, para, s, e);
      const std::string list_org = MemberOrg(p, names[0], orgs);
      for (const NameAt& n : names) {
        const std::string& name = ctx.Name(*n.entity);
        if (HasEventOf(add, name)) continue;
        std::string own = MemberOrg(p, n, orgs);
        Event ev = TopicMember(list, ctx, name, own.empty() ? list_org : own, {para, s, e});
        if (!ev.employer.empty()) add.push_back(std::move(ev));
      }
    }
  for (Event& e : add) events->push_back(std::move(e));
}

}  // namespace

namespace events_detail {

void ListMateMoves(const Article& article, const Context& ctx, std::vector<Event>* events) {
  const ParagraphSentences sentences = ArticleSentences(article);
  std::vector<Event> add;
  std::vector<std::pair<std::string, const Event*>> fills;
  for (const Event& ev : *events) {
    if (ev.candidate_kind != CandidateKind::kPerson) continue;
    if (ev.type != EventType::kHire && ev.type != EventType::kOffer && ev.type != EventType::kDeparture)
      continue;
    std::vector<Evidence> where = ev.evidence;
    for (const Evidence& w : MoveSentences(article, sentences, ev))
      if (std::find(where.begin(), where.end(), w) == where.end()) where.push_back(w);
    for (const Evidence& w : where) MatesOf(article, ctx, ev, w, *events, &add, &fills);
  }
  std::vector<std::pair<Event*, std::string>> given;
  for (const auto& [name, source] : fills)
    for (Event& m : *events)
      if (m.candidate_kind == CandidateKind::kPerson && m.previous_employer.empty() &&
          m.type == source->type && m.employer == source->employer && SamePersonName(m.candidate, name))
        given.emplace_back(&m, source->previous_employer);
  for (auto& [m, origin] : given) {
    m->previous_employer = origin;
    m->previous_employer_aliases = OwnSpellings(article, origin);
  }
  // A member the list shares no origin with has their own read like any mover's: their title, apposition or
  // move sentence ("석민규 전 골드만삭스 상무를 글로벌투자 전무로").
  OriginsFromRoles(article, ctx, &add);
  for (Event& e : add)
    if (e.previous_employer_aliases.empty())
      e.previous_employer_aliases = OwnSpellings(article, e.previous_employer);
  for (Event& e : add) events->push_back(std::move(e));
  CopulaListMoves(article, ctx, sentences, events);
  TopicListMoves(article, ctx, sentences, events);
}

}  // namespace events_detail
}  // namespace hirewire::normalize
