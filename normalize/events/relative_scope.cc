#include "normalize/events/internal.h"

// The reach of an English relative clause over the people of its sentence (docs/events.md,
// twenty-seventh session, branch evoffer27):
// - a person named inside a trailing clause on a thing ("…, which is developing a game with director
//   Lee", cues.tsv thing_relative rows) is no candidate of the sentence's move when another person
//   is named before that clause: the clause describes the thing, and a pronoun of the next sentence
//   ("She turned down …") still stands for the person the sentence is about;
// - a move cue inside a person's relative clause (", who have also signed with the club") is the
//   move of the person it hangs on and of the names listed with them, not of another person of the
//   sentence ("Tavares brings with him two assistants, A and B, who have also signed …").

namespace hirewire::normalize::events_detail {

namespace {

// The start of the last ", WORD " of `lo` in [from, to) for a cue row WORD of `kind`; npos if none.
size_t LastRelativeBefore(std::string_view lo, size_t from, size_t to, std::string_view kind) {
  size_t best = std::string_view::npos;
  for (const std::string& w : CueRowsOf(kind, "")) {
    const std::string marker = ", " + w + " ";
    for (size_t f = lo.find(marker, from); f != std::string_view::npos && f + marker.size() <= to;
         f = lo.find(marker, f + 1))
      if (best == std::string_view::npos || f > best) best = f;
  }
  return best;
}

// The relative clause `clause` (from its pronoun on) runs on: no comma, semicolon, dash or sentence end in it
// ("Rahul, who helped build … - accepted the offers": the dash closes the clause).
bool RunsOn(std::string_view clause) {
  if (clause.find_first_of(",;") != std::string_view::npos) return false;
  for (std::string_view stop : {". ", " - ", "\u2014", "\u2013", " (", ")"})
    if (clause.find(stop) != std::string_view::npos) return false;
  return true;
}

bool ListSeparator(std::string_view mid) {
  return mid == ", " || mid == " and " || mid == ", and " || mid == " & ";
}

}  // namespace

bool InThingRelative(const Article& a, const SentenceCtx& s, const Mention& m) {
  if (!IsAsciiText(s.text.substr(static_cast<size_t>(s.ev_start), static_cast<size_t>(m.start - s.ev_start))))
    return false;
  const std::string_view lo = s.lower;
  const size_t rel =
      LastRelativeBefore(lo, static_cast<size_t>(s.ev_start), static_cast<size_t>(m.start), "thing_relative");
  if (rel == std::string_view::npos) return false;
  // The clause runs on to the name.
  if (!RunsOn(lo.substr(rel + 2, static_cast<size_t>(m.start) - rel - 2))) return false;
  // Another person is named before the clause, in the same sentence.
  for (const Entity& e : a.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const Mention& o : e.mentions)
      if (o.paragraph == s.para && o.start >= s.ev_start && o.end <= static_cast<int>(rel) &&
          o.start != m.start)
        return true;
  }
  return false;
}

std::vector<size_t> RelativeClauseOwners(std::string_view lo, const std::vector<Candidate>& cands,
                                         int cue_pos) {
  std::vector<size_t> owners;
  // The person candidate whose name ends last before the cue, right before ", who ".
  size_t head = cands.size();
  for (size_t i = 0; i < cands.size(); ++i)
    if (cands[i].kind == CandidateKind::kPerson && cands[i].end <= cue_pos &&
        (head == cands.size() || cands[i].end > cands[head].end))
      head = i;
  if (head == cands.size()) return owners;
  const size_t end = static_cast<size_t>(cands[head].end);
  bool relative = false;
  for (const std::string& w : CueRowsOf("person_relative", ""))
    relative = relative || StartsWith(lo, end, ", " + w + " ");
  if (!relative) return owners;
  // The relative clause reaches the cue.
  if (!RunsOn(lo.substr(end + 2, static_cast<size_t>(cue_pos) - end - 2))) return owners;
  // The head and the names listed right before it ("A and B, who …").
  owners.push_back(head);
  for (size_t cur = head;;) {
    size_t prev = cands.size();
    for (size_t i = 0; i < cands.size(); ++i)
      if (cands[i].kind == CandidateKind::kPerson && cands[i].end <= cands[cur].start &&
          ListSeparator(lo.substr(static_cast<size_t>(cands[i].end),
                                  static_cast<size_t>(cands[cur].start - cands[i].end))))
        prev = i;
    if (prev == cands.size()) break;
    owners.push_back(prev);
    cur = prev;
  }
  return owners;
}

}  // namespace hirewire::normalize::events_detail
