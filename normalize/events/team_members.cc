// The named members of a hired team (thirty-seventh session, branch evpair37; docs/events.md "Named members
// of a hired team"):
//
//   "Harlow & Finch has hired a five-lawyer restructuring team led by Maria Okafor, with partners Daniel
//   Reeve and
//    Priya Sen, from rival Crane Morrow"
//   "Veltrix hired an eight-person robotics group headed by Anna Berg, including engineers Tom Lee and Mia
//   Cho"
//
// The clause reader reads the counted team as a group event (or folds it into the members it read) and loses
// people the sentence names in it: the leader after a lead row (cues.tsv team_lead: "led by", "headed by")
// right after the team's noun, and the members chained to the leader by a list separator or a member row
// (cues.tsv team_member: "with", "including", "along with") and at most two title words ("with partners B and
// C"). The team must be what the clause's move word hires (no team_bar row between: "who will work in a team
// led by X" names a leader who does not move). Each of them makes the team's move: its employer, type,
// outcome and origin. A person with a move of their own keeps it.
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
namespace {

constexpr size_t kLeaderTitleBytes = 40;  // "led by restructuring partner " before the leader's name
constexpr size_t kMemberTitleWords = 2;   // "with partners", "including senior engineers"

// The word ending right before `at` of `lower` (after a comma or a space) names a team: a team_noun row or an
// English group row ("partners", "engineers").
bool TeamWordBefore(std::string_view lower, size_t at) {
  while (at > 0 && (lower[at - 1] == ' ' || lower[at - 1] == ',')) --at;
  size_t b = at;
  while (b > 0 && IsAsciiAlpha(lower[b - 1])) --b;
  const std::string w(lower.substr(b, at - b));
  if (w.empty()) return false;
  static const std::vector<std::string> nouns = CueRowsOf("team_noun", "");
  if (std::find(nouns.begin(), nouns.end(), w) != nouns.end()) return true;
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "group" && r.lang == "en" && r.text == w) return true;
  return false;
}

// The team word before `at` is what the clause's move word hires: from the clause's start (the sentence's, or
// the last comma before) to `at` stand a move word of `type` and no team_bar row ("who will work in a team
// led by", "to join a group headed by": a team the movers join, whose leader does not move).
bool HiredTeam(std::string_view lower, int s, size_t at, EventType type) {
  size_t b = static_cast<size_t>(s);
  const size_t comma = lower.rfind(", ", at);
  if (comma != std::string_view::npos && comma > b) b = comma + 1;
  const std::string clause = " " + std::string(lower.substr(b, at - b)) + " ";
  if (!HoldsMoveCue(clause, true, &type)) return false;
  static const std::vector<std::string> bars = CueRowsOf("team_bar", "");
  return std::none_of(bars.begin(), bars.end(),
                      [&](const std::string& w) { return clause.find(" " + w + " ") != std::string::npos; });
}

// `between` (ASCII-lowercased, the words between two members) links them: a member row after an optional
// comma
// ("with", "including", "along with") and at most two title words, no comma nor move word among them.
bool MemberLink(std::string_view between) {
  static const std::vector<std::string> rows = CueRowsOf("team_member", "");
  std::string_view rest = between;
  if (rest.rfind(",", 0) == 0) rest.remove_prefix(1);
  if (rest.rfind(" ", 0) != 0) return false;
  rest.remove_prefix(1);
  for (const std::string& r : rows) {
    if (rest.substr(0, r.size()) != r || (rest.size() > r.size() && rest[r.size()] != ' ')) continue;
    const std::string_view title = rest.substr(r.size());
    if (title.find_first_of(",;:()") != std::string_view::npos) return false;
    size_t words = 0;
    for (size_t i = 0; i < title.size(); ++i)
      if (title[i] == ' ' && i + 1 < title.size()) ++words;
    return words <= kMemberTitleWords && !HoldsMoveCue(title, true, nullptr);
  }
  return false;
}

// The persons a lead row at `f` (its text `row`) of a sentence ending at `e` names as the team's: the leader
// right after the row (a few title words between), then each person chained to the one before by a list
// separator or a member link.
std::vector<NameAt> TeamMembersAt(const Article& article, int para, const std::string& lower, int e, size_t f,
                                  const std::string& row) {
  std::vector<NameAt> out;
  const size_t from = f + row.size();
  const std::vector<NameAt> names = PersonsIn(article, para, static_cast<int>(from), e);
  if (names.empty() || static_cast<size_t>(names[0].start) > from + kLeaderTitleBytes) return out;
  const std::string_view title =
      std::string_view(lower).substr(from, static_cast<size_t>(names[0].start) - from);
  if (title.find_first_of(",;:()") != std::string_view::npos) return out;
  out.push_back(names[0]);
  for (size_t k = 1; k < names.size(); ++k) {
    const std::string_view between = std::string_view(lower).substr(
        static_cast<size_t>(out.back().end), static_cast<size_t>(names[k].start - out.back().end));
    const std::string_view written = std::string_view(article.paragraphs[static_cast<size_t>(para)])
                                         .substr(static_cast<size_t>(out.back().end), between.size());
    if (!FrameReader::Default().ListJoins(written, false) && !MemberLink(between)) break;
    out.push_back(names[k]);
  }
  return out;
}

// The members of the team a hire event `g` tells of in one of its evidence sentences (English only).
void MembersOf(const Article& article, const Context& ctx, const Event& g, const Evidence& w,
               const std::vector<Event>& have, std::vector<Event>* add) {
  if (w.paragraph < 0 || static_cast<size_t>(w.paragraph) >= article.paragraphs.size()) return;
  const std::string& p = article.paragraphs[static_cast<size_t>(w.paragraph)];
  if (IsKoreanText(p) || IsJapaneseText(p)) return;
  const std::string lower = AsciiLower(p);
  static const std::vector<std::string> leads = CueRowsOf("team_lead", "");
  for (const std::string& row : leads) {
    const std::string needle = " " + row + " ";
    for (size_t f = lower.find(needle, static_cast<size_t>(w.start));
         f != std::string::npos && f < static_cast<size_t>(w.end); f = lower.find(needle, f + 1)) {
      if (!TeamWordBefore(lower, f) || !HiredTeam(lower, w.start, f, g.type)) continue;
      for (const NameAt& n : TeamMembersAt(article, w.paragraph, lower, w.end, f + 1, row)) {
        const std::string& name = ctx.Name(*n.entity);
        if (name == g.employer || HasEventOf(have, name) || HasEventOf(*add, name)) continue;
        add->push_back(PersonMateOf(g, name, w));
      }
    }
  }
}

}  // namespace

void NamedTeamMembers(const Article& article, const Context& ctx, std::vector<Event>* events) {
  std::vector<Event> add;
  // The team's own event when one was read, else (the team folded into the members read) a hire of the
  // sentence.
  for (const bool group : {true, false})
    for (const Event& g : *events) {
      if ((g.candidate_kind == CandidateKind::kGroup) != group || g.candidate_kind == CandidateKind::kCompany)
        continue;
      if (g.type != EventType::kHire && g.type != EventType::kAcquihire) continue;
      for (const Evidence& w : g.evidence) MembersOf(article, ctx, g, w, *events, &add);
    }
  for (Event& e : add) {
    // An acqui-hire's members are hires of the acquiring company.
    if (e.type == EventType::kAcquihire) e.type = EventType::kHire;
    events->push_back(std::move(e));
  }
}

}  // namespace hirewire::normalize::events_detail
