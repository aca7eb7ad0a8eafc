// English move shapes of the twenty-seventh session (docs/events.md, branch evmove27) that neither the
// frames nor the clause reading reach:
//
// - An objectless join an organization announces ("The firm also said Emily Chu, a funds partner at
//   Latham & Watkins, will join in September"): the speaker is the employer.
// - Companions a hire brings along ("Marin brings with him two assistants from Real Betis, Luis Ortega and
//   Pablo Ruiz, who have also signed with the club"): each companion is hired by the same employer.
// - A predecessor whose term is over ("He succeeds Yoon Sang-min, whose term expired in March"): the end
//   of the term is the departure, whatever its date.
#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/text.h"
#include "normalize/cues.h"
#include "normalize/english_shapes.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "normalize/frames.h"

namespace hirewire::normalize {
using namespace events_detail;

namespace {

bool LetterOrDigit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// `w` stands at `at` of lower-case `s` as whole words.
bool WordsAt(std::string_view s, size_t at, std::string_view w) {
  if (at > s.size() || s.substr(at, w.size()) != w) return false;
  const size_t e = at + w.size();
  return (at == 0 || !LetterOrDigit(s[at - 1])) && (e >= s.size() || !LetterOrDigit(s[e]));
}

// The rows of one kind of a table, for one language.
std::vector<std::string> FrameRows(std::string_view kind) {
  std::vector<std::string> out;
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == kind && r.lang == "en") out.push_back(r.text);
  return out;
}
std::vector<std::string> CueRows(std::string_view kind) {
  std::vector<std::string> out;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == kind && r.lang == "en") out.push_back(r.text);
  return out;
}

const std::string& Canon(const Entity& e) { return e.canonical.empty() ? e.name : e.canonical; }

bool HasMoveOf(const std::vector<Event>& events, const std::string& person) {
  return std::any_of(events.begin(), events.end(), [&](const Event& e) {
    return e.candidate_kind == CandidateKind::kPerson && e.type != EventType::kDeparture &&
           SamePersonName(e.candidate, person);
  });
}

Event NewHire(const std::string& employer, const std::string& person, const std::string& prev, bool future,
              int para, int s, int e) {
  Event hire;
  hire.type = EventType::kHire;
  hire.employer = employer;
  hire.candidate = person;
  hire.candidate_kind = CandidateKind::kPerson;
  hire.previous_employer = prev == employer ? "" : prev;
  hire.outcome = future ? Outcome::kAccepted : Outcome::kJoined;
  hire.timeline.push_back(future ? "accepted" : "joined");
  hire.evidence.push_back({para, s, e});
  hire.confidence = Confidence(hire);
  return hire;
}

// The speaker ending right before `at` (an announce row's start, past "also "): an organization mention, or
// an anaphor row ("the firm") standing for the story's organization. Empty when none.
std::string SpeakerBefore(const Article& a, const Context& ctx, int para, std::string_view lower, size_t at) {
  if (at >= 5 && lower.substr(at - 5, 5) == "also ") at -= 5;
  if (at < 2 || lower[at - 1] != ' ') return "";
  for (const Entity& e : a.entities)
    if (IsOrgType(e.type))
      for (const Mention& m : e.mentions)
        if (m.paragraph == para && static_cast<size_t>(m.end) + 1 == at) return Canon(e);
  for (const std::string& w : FrameRows("anaphor"))
    if (at > w.size() && lower.substr(at - 1 - w.size(), w.size()) == w &&
        WordsAt(lower, at - 1 - w.size(), w))
      return ctx.lead_org;
  return "";
}

// What follows a join verb names no destination: the sentence ends, or a time (a frames.tsv when row, alone
// or after "in" / "on") or a post ("as …") follows.
bool NoDestinationAt(std::string_view lower, size_t at) {
  if (at >= lower.size() || lower[at] == '.' || lower[at] == ',' || lower[at] == ';') return true;
  if (lower[at] != ' ') return false;
  ++at;
  if (WordsAt(lower, at, "as")) return true;
  for (const std::string& w : FrameRows("when"))
    for (const char* prep : {"", "in ", "on "})
      if (WordsAt(lower, at, prep + w)) return true;
  return false;
}

// Calls `fn(para, lower, s, e, row, f)` for each of `rows` standing as whole words at `f` inside a sentence
// [s, e) of a paragraph in neither Korean nor Japanese (`lower`: the paragraph in lower case), sentence by
// sentence.
void ForEachRowInSentences(
    const Article& article, const std::vector<std::string>& rows,
    const std::function<void(int, const std::string&, int, int, const std::string&, size_t)>& fn) {
  ForEachLatinParagraph(article, [&](int para, const std::string& lower, const ArticleSpans& spans) {
    for (const auto& [s, e] : spans[static_cast<size_t>(para)])
      for (const std::string& row : rows)
        for (size_t f = lower.find(row, static_cast<size_t>(s));
             f != std::string::npos && f < static_cast<size_t>(e); f = lower.find(row, f + 1))
          if (WordsAt(lower, f, row)) fn(para, lower, s, e, row, f);
  });
}

}  // namespace

namespace events_detail {

void ForEachLatinParagraph(const Article& article,
                           const std::function<void(int, const std::string&, const ArticleSpans&)>& fn) {
  const ArticleSpans spans = ArticleSentences(article);
  for (size_t pi = 0; pi < spans.size(); ++pi) {
    const std::string& text = article.paragraphs[pi];
    if (IsKoreanText(text) || IsJapaneseText(text)) continue;
    fn(static_cast<int>(pi), AsciiLower(text), spans);
  }
}

void AnnouncedObjectlessJoins(const Article& article, const Context& ctx, std::vector<Event>* events) {
  static const std::pair<std::string_view, bool> kJoins[] = {
      {"will join", true},          {"will also join", true},
      {"is set to join", true},     {"is expected to join", true},
      {"has agreed to join", true}, {"would join", true},
      {"has joined", false},        {"joined", false}};
  ForEachRowInSentences(
      article, CueRows("announce"),
      [&](int para, const std::string& lower, int s, int e, const std::string& said, size_t f) {
        const std::string employer = SpeakerBefore(article, ctx, para, lower, f);
        if (employer.empty()) return;
        size_t at = f + said.size() + 1;
        if (WordsAt(lower, at, "that")) at += 5;
        int ps = 0, pe = 0;
        const Entity* person = MentionIn(article, para, at, at + 1, true, &ps, &pe);
        if (!person) return;
        // The person's apposition (", a tax partner at Dewitt Marsh,") names where they come from.
        size_t verb = static_cast<size_t>(pe) + 1;
        std::string prev;
        if (lower.compare(static_cast<size_t>(pe), 2, ", ") == 0) {
          const size_t close = lower.find(", ", static_cast<size_t>(pe) + 2);
          if (close == std::string::npos || close > static_cast<size_t>(e) || close - pe > 110) return;
          int os = 0, oe = 0;
          if (const Entity* org = MentionIn(article, para, static_cast<size_t>(pe), close, false, &os, &oe))
            prev = Canon(*org);
          verb = close + 2;
        }
        for (const auto& [join, future] : kJoins) {
          if (!WordsAt(lower, verb, join) || !NoDestinationAt(lower, verb + join.size())) continue;
          const std::string& name = ctx.Name(*person);
          if (!HasMoveOf(*events, name) && name != employer)
            events->push_back(NewHire(employer, name, prev, future, para, s, e));
          break;
        }
      });
}

void CompanionHires(const Article& article, std::vector<Event>* events) {
  std::vector<Event> add;
  ForEachRowInSentences(
      article, CueRows("companion"),
      [&](int para, const std::string& lower, int s, int e, const std::string& row, size_t f) {
        // The one who brings them: the last person named before the phrase in the sentence, with a hire.
        const Event* lead = nullptr;
        for (const Entity& p : article.entities)
          if (p.type == EntityType::kPerson)
            for (const Mention& m : p.mentions)
              if (m.paragraph == para && m.start >= s && static_cast<size_t>(m.end) <= f)
                for (const Event& ev : *events)
                  if (ev.type == EventType::kHire && ev.candidate_kind == CandidateKind::kPerson &&
                      SamePersonName(ev.candidate, Canon(p)))
                    lead = &ev;
        // A pronoun subject ("He brings with him …") is the hire the sentence before told.
        const std::string_view subject =
            std::string_view(lower).substr(static_cast<size_t>(s), f - static_cast<size_t>(s));
        static const std::vector<std::string> subjects = CueTextsOf("pronoun", "en", "subject");
        if (!lead && std::any_of(subjects.begin(), subjects.end(),
                                 [&](const std::string& w) { return subject == w + " "; }))
          for (const Event& ev : *events)
            if (ev.type == EventType::kHire && ev.candidate_kind == CandidateKind::kPerson) lead = &ev;
        if (!lead) return;
        // "from ORG" after the phrase, before the first companion, names where they come from.
        int cs = 0, ce = 0;
        size_t from = f + row.size();
        const Entity* first = MentionIn(article, para, from, static_cast<size_t>(e), true, &cs, &ce);
        if (!first) return;
        std::string prev = lead->previous_employer;
        const size_t src = lower.find(" from ", from);
        int os = 0, oe = 0;
        if (src != std::string::npos && src < static_cast<size_t>(cs))
          if (const Entity* org = MentionIn(article, para, src + 6, src + 7, false, &os, &oe))
            prev = Canon(*org);
        // They move when the lead does, or later ("who will also join the bank").
        const bool future = lead->outcome == Outcome::kAccepted ||
                            std::string_view(lower).substr(static_cast<size_t>(ce), e - ce).find(" will ") !=
                                std::string_view::npos;
        for (const Entity& p : article.entities)
          if (p.type == EntityType::kPerson)
            for (const Mention& m : p.mentions)
              if (m.paragraph == para && m.start >= cs && m.end <= e && !HasMoveOf(*events, Canon(p)) &&
                  !HasMoveOf(add, Canon(p)))
                add.push_back(NewHire(lead->employer, Canon(p), prev, future, para, s, e));
      });
  for (Event& ev : add) events->push_back(std::move(ev));
}

bool TermOverAfter(std::string_view rest) {
  if (rest.substr(0, 2) != ", ") return false;
  for (const std::string& w : CueRows("term_over"))
    if (WordsAt(rest, 2, w)) return true;
  return false;
}

}  // namespace events_detail
}  // namespace hirewire::normalize
