#include "normalize/league_descriptors.h"

#include <string>
#include <string_view>

#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/korean.h"
#include "normalize/events.h"
#include "normalize/frames.h"

namespace hirewire::normalize {
namespace {

// A name opens at byte `at` of `p`: an ASCII capital or a Hangul syllable (a lead byte EA–ED).
bool NameOpensAt(std::string_view p, size_t at) {
  if (at >= p.size()) return false;
  const unsigned char c = static_cast<unsigned char>(p[at]);
  return (c >= 'A' && c <= 'Z') || (c >= 0xEA && c <= 0xED);
}

// A person mention of paragraph `pi` starts at byte `at`.
bool PersonAt(const Article& a, int pi, size_t at) {
  for (const Entity& e : a.entities)
    if (e.type == EntityType::kPerson)
      for (const Mention& m : e.mentions)
        if (m.paragraph == pi && static_cast<size_t>(m.start) == at) return true;
  return false;
}

// The byte after " KIND " that follows the mention ending at `end` (past " N" of a division), or npos.
size_t KindAfter(std::string_view p, size_t end, const std::string& kind) {
  size_t at = end;
  if (at + 1 < p.size() && p[at] == ' ' && IsAsciiDigit(p[at + 1])) {
    at += 1;
    while (at < p.size() && IsAsciiDigit(p[at])) ++at;
  }
  const std::string w = " " + kind + " ";
  return p.compare(at, w.size(), w) == 0 ? at + w.size() : std::string_view::npos;
}

// The row of `kind` whose text is `text` or ends it (ends_in), else -1.
int RowOf(const EmployerNameTable& t, std::string_view kind, std::string_view text, bool ends_in) {
  const auto& rows = t.rows();
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].kind != kind) continue;
    const std::string& r = rows[i].text;
    if (text == r || (ends_in && text.size() > r.size() && text.substr(text.size() - r.size()) == r))
      return static_cast<int>(i);
  }
  return -1;
}

// The end of the run of Hangul syllables starting at byte `at` of `p` (`at` when none).
size_t HangulRunEnd(std::string_view p, size_t at) {
  while (at < p.size()) {
    size_t len = 0;
    const char32_t c = DecodeUtf8At(p, at, &len);
    if (c < 0xAC00 || c > 0xD7A3) break;
    at += len;
  }
  return at;
}

// The club name written at byte `at` of `p`: one or two Hangul words, the last one's particle left out, the
// last ending in a club_tail row (its row in *tail); empty when none.
std::string ClubAt(std::string_view p, size_t at, const EmployerNameTable& t, int* tail) {
  const size_t first = HangulRunEnd(p, at);
  if (first == at) return "";
  std::string best;
  for (size_t end : {first, first + 1 < p.size() && p[first] == ' ' ? HangulRunEnd(p, first + 1) : first}) {
    if (end <= at || (end != first && end == first + 1)) continue;
    std::string_view last = p.substr(at, end - at);
    const size_t sp = last.rfind(' ');
    std::string_view word = sp == std::string_view::npos ? last : last.substr(sp + 1);
    const size_t stem = static_cast<size_t>(extract::KoreanWholeParticleStem(word));
    if (stem < 6) continue;  // a nickname of two syllables or more
    const int row = RowOf(t, "club_tail", word.substr(0, stem), /*ends_in=*/true);
    if (row < 0) continue;
    best = std::string(last.substr(0, last.size() - (word.size() - stem)));
    *tail = row;
  }
  return best;
}

}  // namespace

std::vector<LeagueClub> KoreanLeagueClubs(const Article& a, const EmployerNameTable& table,
                                          std::vector<int>* used_rows) {
  std::vector<LeagueClub> out;
  for (const Entity& e : a.entities) {
    if (!IsOrgType(e.type)) continue;
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      const int league = RowOf(table, "league", e.canonical, false) >= 0
                             ? RowOf(table, "league", e.canonical, false)
                             : RowOf(table, "league", m.surface, false);
      if (league < 0) continue;
      std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
      size_t at = static_cast<size_t>(m.end);
      if (at < p.size() && p[at] == '(')  // "메이저리그(MLB)"
        if (const size_t close = p.find(')', at); close != std::string_view::npos && close - at < 40)
          at = close + 1;
      if (at + 1 >= p.size() || p[at] != ' ') continue;
      int tail = -1;
      const std::string club = ClubAt(p, at + 1, table, &tail);
      if (club.empty()) continue;
      out.push_back({{m.paragraph, m.start, static_cast<int>(at)}, club});
      if (used_rows) {
        used_rows->push_back(league);
        used_rows->push_back(tail);
      }
    }
  }
  return out;
}

std::vector<ParagraphSpan> LeagueDescriptorSpans(const Article& a, const EmployerNameTable& table,
                                                 std::vector<int>* used_rows) {
  std::vector<ParagraphSpan> out;
  const auto& rows = table.rows();
  for (const Entity& e : a.entities) {
    if (!IsOrgType(e.type)) continue;
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[m.paragraph];
      for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].kind != "league_kind") continue;
        const size_t name = KindAfter(p, static_cast<size_t>(m.end), rows[i].text);
        if (name == std::string_view::npos || !NameOpensAt(p, name) || PersonAt(a, m.paragraph, name))
          continue;
        out.push_back({m.paragraph, m.start, m.end});
        if (used_rows) used_rows->push_back(static_cast<int>(i));
        break;
      }
    }
  }
  return out;
}

namespace {

// The club "The CLUB VERB" names in [b, e) of `p`: one to four capitalized words between "The" and an
// object_verb row of employer_names.tsv; "" when there is none.
std::string ClubSubjectIn(std::string_view p, size_t b, size_t e) {
  for (const EmployerNameRow& r : EmployerNameTable::Default().rows()) {
    if (r.kind != "object_verb" || r.lang != "en") continue;
    const std::string verb = " " + r.text + " ";
    for (size_t v = p.find(verb, b); v != std::string_view::npos && v < e; v = p.find(verb, v + 1)) {
      size_t at = v;  // walk back over capitalized words
      int words = 0;
      while (words < 5 && at > b) {
        const size_t ws = p.rfind(' ', at - 1);
        const size_t start = ws == std::string_view::npos || ws < b ? b : ws + 1;
        if (start >= at || !NameOpensAt(p, start)) break;
        const std::string_view w = p.substr(start, at - start);
        if (w == "The") {
          if (words == 0) break;
          return std::string(p.substr(at + 1, v - at - 1));
        }
        ++words;
        if (start == b) break;
        at = start - 1;
      }
    }
  }
  return "";
}

}  // namespace

void LeagueEventsAtClubs(const Article& a, std::vector<Event>* events) {
  const FrameReader& f = FrameReader::Default();
  for (Event& e : *events) {
    if (e.candidate_kind == CandidateKind::kCompany || !f.LeagueName(e.employer)) continue;
    for (const Evidence& x : e.evidence) {
      if (x.paragraph < 0 || static_cast<size_t>(x.paragraph) >= a.paragraphs.size()) continue;
      const std::string club = ClubSubjectIn(a.paragraphs[static_cast<size_t>(x.paragraph)],
                                             static_cast<size_t>(x.start), static_cast<size_t>(x.end));
      if (club.empty() || club == e.employer || f.LeagueName(club)) continue;
      e.employer = club;
      e.employer_aliases = OwnSpellings(a, club);
      break;
    }
  }
}

}  // namespace hirewire::normalize
