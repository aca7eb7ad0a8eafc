// A league or a kind written before a team's name describes the team, it employs no one: "K League club
// Seoul Phoenix have hired …", "NBA team Portland Pines hired …", "Premier League side Halden Rovers": the
// league's mention there is no employer (the team after it is). The kind words are data
// (normalize/data/employer_names.tsv kind=league_kind).
#pragma once

#include <string>
#include <vector>

#include "corpus/records.h"
#include "normalize/employer_names.h"

namespace hirewire::normalize {

struct ParagraphSpan {
  int para = 0, start = 0, end = 0;  // bytes of paragraph `para`
};

// The mentions of organizations followed by a league_kind row of the article's language ("club", "side",
// "team"; 구단), after an optional division number ("K League 1 club"), and then a capitalized name or a
// Hangul word that no person mention opens: where the league stands before its team. `used_rows`
// (optional) receives the rows that took part.
std::vector<ParagraphSpan> LeagueDescriptorSpans(const Article& a, const EmployerNameTable& table,
                                                 std::vector<int>* used_rows = nullptr);

// (ko) A league written right before its club's name, after an optional parenthesized short form ("메이저리그
// 샌디에이고 파드리스가", "미국 메이저리그(MLB) 샌디에이고 파드리스가"): the league (an organization whose
// canonical name or written name is a `league` row) describes the club and employs no one there; the club
// (one or two Hangul words, the last, without its particle, ending in a club_tail row) is the organization
// the sentence is about.
struct LeagueClub {
  ParagraphSpan league;  // the league's mention and its parenthesized short form
  std::string club;      // "샌디에이고 파드리스"
};
std::vector<LeagueClub> KoreanLeagueClubs(const Article& a, const EmployerNameTable& table,
                                          std::vector<int>* used_rows = nullptr);

// (en) A league (frames.tsv league_word) is no employer of a player or a coach whose event sentence opens its
// clause with "The CLUB" and an object_verb row (employer_names.tsv: "The San Diego Padres signed NAME", "The
// Harbor City Comets hired NAME"): the event is at the club (one to four capitalized words after "The", not
// the league itself).
void LeagueEventsAtClubs(const Article& a, std::vector<Event>* events);

}  // namespace hirewire::normalize
