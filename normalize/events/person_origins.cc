#include "normalize/events/internal.h"

// English previous employers of a person told by the words around the name (docs/events.md,
// twenty-seventh session, branch evoffer27):
// - a head reappointed by an active verb before the name ("Seorin Group reappointed Seorin Retail CEO
//   Han Do-hee", frames.tsv renew_verb rows) keeps the post: the unit titling them is no origin;
// - "NAME, one of its … professors, has resigned to join ORG" (cues.tsv org_pronoun rows): "its" is
//   the organization named last before the name, where the person comes from;
// - "NAME joined EMPLOYER from X in 2014", "NAME, who joined EMPLOYER in 2019" (frames.tsv joined_earlier
//   rows, a year in the sentence): the person has worked at the employer for years, so the post is an
//   internal move and X is an older place, not where the person comes from now;
// - the organization where pay is forfeited ("a sign-on award intended to replace compensation she is
//   forfeiting at JPMorgan", cues.tsv forfeit rows) is where the person comes from, no offerer.

namespace hirewire::normalize::events_detail {

bool EnglishRenewedBefore(std::string_view p, int start) {
  const std::string lo = AsciiLower(p.substr(0, static_cast<size_t>(start)));
  const size_t stop = lo.rfind(". ");
  const size_t b = stop == std::string::npos ? 0 : stop + 2;
  for (const FrameReader::Row& r : FrameReader::Default().rows()) {
    if (r.kind != "renew_verb" || r.lang != "en") continue;
    for (size_t f = lo.find(r.text, b); f != std::string::npos; f = lo.find(r.text, f + 1)) {
      if ((f > 0 && IsAsciiAlnum(lo[f - 1])) ||
          (f + r.text.size() < lo.size() && IsAsciiAlnum(lo[f + r.text.size()])))
        continue;
      // Only the person's own title words between (no comma, no clause, no list): "reappointed Seorin Retail
      // CEO".
      const std::string_view mid = std::string_view(lo).substr(f + r.text.size());
      if (mid.size() <= 60 && mid.find_first_of(",;") == std::string_view::npos &&
          mid.find(" and ") == std::string_view::npos)
        return true;
    }
  }
  return false;
}

bool ForfeitedAt(std::string_view lo, int org_start) {
  static const std::vector<std::string> rows = CueRowsOf("forfeit", "");
  return std::any_of(rows.begin(), rows.end(), [&](const std::string& w) {
    return EndsWithAt(lo, static_cast<size_t>(org_start), w + " at ");
  });
}

namespace {

// The organization (not `employer`) with the last mention before `at` of paragraph `pi`, else of the
// paragraph before; null when none.
const Entity* LastOrgBefore(const Article& a, int pi, int at, const std::string& employer) {
  const Entity* best = nullptr;
  std::pair<int, int> best_at{-1, -1};
  for (const Entity& o : a.entities) {
    if (!IsOrgType(o.type) || SameOrUnit(o.canonical, employer) || SameOrUnit(employer, o.canonical))
      continue;
    for (const Mention& m : o.mentions) {
      const bool before = (m.paragraph == pi && m.end <= at) || m.paragraph == pi - 1;
      if (before && std::make_pair(m.paragraph, m.start) > best_at) {
        best = &o;
        best_at = {m.paragraph, m.start};
      }
    }
  }
  return best;
}

}  // namespace

void ItsPersonOrigins(const Article& a, std::vector<Event>* events) {
  static const std::vector<std::string> pronouns = CueRowsOf("org_pronoun", "");
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || !e.previous_employer.empty() || e.employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    for (const Entity& person : a.entities) {
      if (person.type != EntityType::kPerson ||
          (person.canonical != e.candidate && person.name != e.candidate))
        continue;
      for (const Mention& m : person.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
        const std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
        // The name opens its sentence ("Cho, one of its professors, has resigned to join …"): after a verb of
        // naming ("named Omar Haddad, its vice president") "its" is the namer's own.
        if (m.start != 0 && !EndsWithAt(p, static_cast<size_t>(m.start), ". ")) continue;
        const size_t at = static_cast<size_t>(m.end);
        const bool its = std::any_of(pronouns.begin(), pronouns.end(),
                                     [&](const std::string& w) { return StartsWith(p, at, ", " + w + " "); });
        if (!its) continue;
        if (const Entity* o = LastOrgBefore(a, m.paragraph, m.start, e.employer)) {
          e.previous_employer = o->canonical;
          e.previous_employer_aliases = OwnSpellings(a, o->canonical);
        }
        break;
      }
      break;
    }
  }
}

namespace {

// Whether a year ("2014", "1998") is written in [from, to) of `p`.
bool YearIn(std::string_view p, size_t from, size_t to) {
  for (size_t i = from; i + 4 <= to && i + 4 <= p.size(); ++i) {
    if ((i > 0 && IsAsciiAlnum(p[i - 1])) || (i + 4 < p.size() && IsAsciiAlnum(p[i + 4]))) continue;
    if ((p.compare(i, 2, "19") == 0 || p.compare(i, 2, "20") == 0) &&
        std::isdigit(static_cast<unsigned char>(p[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(p[i + 3])))
      return true;
  }
  return false;
}

// Whether the organization mentioned last before `m` (its paragraph, else the one before) is `employer`.
bool LastOrgIsEmployer(const Article& a, const Mention& m, const std::string& employer) {
  const Entity* best = nullptr;
  std::pair<int, int> best_at{-1, -1};
  for (const Entity& o : a.entities) {
    if (o.type == EntityType::kPerson) continue;
    for (const Mention& om : o.mentions) {
      const bool before =
          (om.paragraph == m.paragraph && om.end <= m.start) || om.paragraph == m.paragraph - 1;
      if (before && std::make_pair(om.paragraph, om.start) > best_at) {
        best = &o;
        best_at = {om.paragraph, om.start};
      }
    }
  }
  return best && SameOrUnit(best->canonical, employer);
}

// Whether the mention opens "NAME[, 52,][, who] joined EMPLOYER … YEAR" (a joined_earlier row, then one of
// the employer's spellings, a year before the sentence ends).
bool JoinedEarlierAt(std::string_view p, const Mention& m, const std::vector<std::string>& employer,
                     bool referent) {
  size_t at = static_cast<size_t>(m.end);
  if (StartsWith(p, at, ", ")) {  // an age gloss
    size_t d = at + 2;
    while (d < p.size() && std::isdigit(static_cast<unsigned char>(p[d]))) ++d;
    if (d > at + 2 && StartsWith(p, d, ",")) at = d + 1;
  }
  if (StartsWith(p, at, ", who ")) at += 5;
  if (!StartsWith(p, at, " ")) return false;
  ++at;
  for (const FrameReader::Row& r : FrameReader::Default().rows()) {
    const std::string& verb = r.text;
    if (r.kind != "joined_earlier" || r.lang != "en" || !StartsWith(p, at, verb + " ")) continue;
    const size_t org = at + verb.size() + 1;
    size_t end = p.find(". ", org);
    end = end == std::string_view::npos ? p.size() : end;
    for (const std::string& s : employer)
      if (s.size() > 1 && StartsWith(p, org, s) &&
          (org + s.size() == p.size() || !IsAsciiAlnum(p[org + s.size()])) && YearIn(p, org + s.size(), end))
        return true;
    // "joined the company from X in 2021": the employer as "the" and a kind-of-organization noun, when the
    // employer is the organization named last before the person (`referent`).
    if (referent && StartsWith(p, org, "the ")) {
      const size_t noun_end = std::min(p.find_first_of(" ,.", org + 4), p.size());
      const std::string noun = AsciiLower(p.substr(org + 4, noun_end - org - 4));
      const extract::EntityWords& words = extract::EntityWords::Default();
      if ((words.Has(extract::WordList::kEnCompanyCue, noun) ||
           words.Has(extract::WordList::kOrgAppositionNoun, noun)) &&
          YearIn(p, noun_end, end))
        return true;
    }
  }
  return false;
}

}  // namespace

void EarlierJoinsAtEmployer(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.previous_employer.empty() || e.employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer) || IsKoreanText(e.candidate))
      continue;
    std::vector<std::string> employer = OwnSpellings(a, e.employer);
    employer.push_back(e.employer);
    employer.insert(employer.end(), e.employer_aliases.begin(), e.employer_aliases.end());
    for (const Entity& person : a.entities) {
      if (person.type != EntityType::kPerson ||
          (person.canonical != e.candidate && person.name != e.candidate))
        continue;
      const bool joined = std::any_of(person.mentions.begin(), person.mentions.end(), [&](const Mention& m) {
        return m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < a.paragraphs.size() &&
               JoinedEarlierAt(a.paragraphs[static_cast<size_t>(m.paragraph)], m, employer,
                               LastOrgIsEmployer(a, m, e.employer));
      });
      if (joined) {
        e.previous_employer.clear();
        e.previous_employer_aliases.clear();
      }
      break;
    }
  }
}

// "hired Ola Berg from Tarsa Capital and Nils Dahl from Brimwell Securities": an organization written right
// after a mention of the person and "from" is that person's own origin, over one read for the list as a whole
// (the employer itself excepted: "Berg from Quarry Bank's own desk" is no move; a possessive owner, "from
// Alphabet Inc.'s Waymo", leaves the unit after it to the other passes).
void OwnFromOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer) || IsKoreanText(e.candidate))
      continue;
    for (const Entity& person : a.entities) {
      if (person.type != EntityType::kPerson ||
          (person.canonical != e.candidate && person.name != e.candidate))
        continue;
      for (const Mention& m : person.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size() ||
            !StartsWith(a.paragraphs[static_cast<size_t>(m.paragraph)], static_cast<size_t>(m.end), " from "))
          continue;
        for (const Entity& o : a.entities)
          for (const Mention& om : o.mentions)
            if (o.type != EntityType::kPerson && om.paragraph == m.paragraph && om.start == m.end + 6 &&
                !SameOrUnit(o.canonical, e.employer) && !SameOrUnit(e.employer, o.canonical) &&
                !StartsWith(a.paragraphs[static_cast<size_t>(m.paragraph)], static_cast<size_t>(om.end),
                            "'s") &&
                !StartsWith(a.paragraphs[static_cast<size_t>(m.paragraph)], static_cast<size_t>(om.end),
                            "\xE2\x80\x99s")) {
              e.previous_employer = o.canonical;
              e.previous_employer_aliases = OwnSpellings(a, o.canonical);
            }
      }
      break;
    }
  }
}

}  // namespace hirewire::normalize::events_detail
