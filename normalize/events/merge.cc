#include "normalize/events/internal.h"

// One article's events merged: the type settled from the outcome, named group members, and the
// fold of events about one hire (FoldArticleEvents).

namespace hirewire::normalize::events_detail {

// The type from the outcome: a move made or agreed is a hire; pay stated for a move made keeps it a
// hire (the convention of the batch briefs since events-b13: "a completed or signed move that states
// its pay is a hire"; events-b12 typed such moves offers), pay for an open or refused move, an
// offer the person is reported to accept ("accepted an offer valued at …") or one bargained over
// (declined or raised before the move) makes an offer; a move away with no destination is a departure.
void SettleType(Event* e, bool agreed) {
  if (e->type == EventType::kOffer && e->outcome == Outcome::kLeft) e->type = EventType::kDeparture;
  const bool move = e->outcome == Outcome::kJoined || (e->outcome == Outcome::kAccepted && agreed);
  if (e->type == EventType::kOffer && move && e->offers.empty()) e->type = EventType::kHire;
  // A move made with its pay stated is a hire (the pay stays in its offers); pay for a move not
  // made yet or refused is an offer; an agreed move read as a hire keeps its type.
  const bool offer_taken = std::any_of(e->offers.begin(), e->offers.end(),
                                       [](const Offer& o) { return o.response == "accepted"; });
  if (e->type == EventType::kHire && !e->offers.empty() &&
      ((e->outcome != Outcome::kJoined && e->outcome != Outcome::kAccepted) ||
       (e->outcome == Outcome::kAccepted && offer_taken)))
    e->type = EventType::kOffer;
}

// A move made or signed with its pay stated is a hire carrying the pay (the convention of the batch
// briefs since events-b13: "has hired … will be paid about $12 million", "has signed a four-year
// contract worth $60 million", "4년 최대 90억원에 FA 계약을 맺었다"), unless the move answers an offer
// the person is said to accept ("accepted an offer valued at …", "제안을 수락했다") or one bargained
// over (declined or raised before the move).
bool MoveWithPay(const Event& e, const Context::Meta& m) {
  if (e.type != EventType::kOffer || e.offers.empty() || e.candidate_kind != CandidateKind::kPerson ||
      m.took_offer)
    return false;
  if (std::find(e.timeline.begin(), e.timeline.end(), "declined") != e.timeline.end()) return false;
  return e.outcome == Outcome::kJoined || (e.outcome == Outcome::kAccepted && (m.agreed || m.moved));
}

// The moves MoveWithPay read become hires once the role models have settled the outcome: a move
// still made or agreed (joined, accepted) keeps its pay as a hire.
void PaidMovesAsHires(const Context& ctx, std::vector<Event>* events) {
  for (Event& e : *events)
    if (e.type == EventType::kOffer && ctx.paid_moves.count({e.candidate, e.employer}) &&
        (e.outcome == Outcome::kJoined || e.outcome == Outcome::kAccepted))
      e.type = EventType::kHire;
}

// Same person written in full and shortened ("정하은" / "정하", "Matt Deitke" / "Deitke").
bool SamePersonName(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  if (s.size() < 6) return false;  // two Hangul syllables at least
  return l.compare(0, s.size(), s) == 0 ||
         (l.size() > s.size() && l.compare(l.size() - s.size(), s.size(), s) == 0 &&
          l[l.size() - s.size() - 1] == ' ');
}

namespace {

// One article's events about one hire, read from different sentences, become one: a group
// described twice ("개발팀 전원" / "엔지니어 15명") with the same employer and origin; a
// person written in full and shortened; a departure that is the first half of a move.

// A counted group whose members the article names ("hired four researchers from Google
// DeepMind … Tom Okafor, Shreya …"; "The three researchers started at Helix" after the named trio):
// the named hires are the group (marked in `folded`); they take its origin. A group that names no
// origin takes any person hired at its employer; one with an origin, those from it (spelled in
// any of the article's ways, with `article`) or from nowhere.
// Whether organization names `a` and `b` name the same organization of the article, or `a` is a
// unit written after it ("삼성전자 메모리사업부" for "Samsung Electronics", whose alias 삼성전자 is).
bool SameOrgOf(const Article& art, const std::string& a, const std::string& b) {
  auto key = [&](const std::string& n) -> std::string {
    for (const Entity& e : art.entities)
      if (e.type != EntityType::kPerson && !n.empty() &&
          (e.name == n || e.canonical == n ||
           std::find(e.aliases.begin(), e.aliases.end(), n) != e.aliases.end()))
        return e.canonical;
    return "";
  };
  const std::string kb = key(b);
  return !kb.empty() && (key(a) == kb || key(a.substr(0, a.find(' '))) == kb);
}

// Every evidence of the event is in the headline (paragraph 0).
bool HeadlineOnly(const Event& e) {
  return !e.evidence.empty() && std::all_of(e.evidence.begin(), e.evidence.end(),
                                            [](const Evidence& ev) { return ev.paragraph == 0; });
}

// Whether a person's event can make up group g: a person who turned the offer down is no member of a group
// that moved ("hired three researchers …; a fourth turned down $90 million").
bool CanBeMember(const Event& p, const Event& g) {
  return p.candidate_kind == CandidateKind::kPerson && p.type != EventType::kDeparture &&
         (p.outcome != Outcome::kDeclined || g.outcome == Outcome::kDeclined);
}

// Whether a member hired at `at` can belong to a group hired by `employer`: the same organization or a unit
// of it, or an affiliate of a business group that promoted the group ("Daemyung Group promoted two executives
// to president" … "Park, head of sales at Daemyung Steel, was promoted to president of the steelmaker"): the
// group's name ends in a holding row and the affiliate's opens with the group's stem.
bool MemberEmployer(const std::string& at, const std::string& employer) {
  if (SameOrUnit(at, employer)) return true;
  std::string stem;
  if (!FrameReader::Default().HoldingName(employer, &stem) || at.size() <= stem.size() ||
      !StartsWith(at, 0, stem))
    return false;
  return at[stem.size()] == ' ' || (static_cast<unsigned char>(at[stem.size()]) & 0x80);
}

// Whether the shorter of two names is the longer's first word written before a dot ("Amazon" of "Amazon.com
// Inc."): the company's short name beside its legal one.
bool DomainShortForm(const std::string& a, const std::string& b) {
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return !s.empty() && s.find(' ') == std::string::npos && l.size() > s.size() + 1 &&
         l.compare(0, s.size(), s) == 0 && l[s.size()] == '.' && l[s.size() + 1] != ' ';
}

// Whether the persons hired or offered at group g's employer (each name once, none who declined unless the
// group did) are exactly as many as its count, two or more.
bool CountedByNamed(const std::vector<Event>& evs, const Event& g) {
  if (g.candidate_count < 2) return false;
  std::vector<const std::string*> names;
  for (const Event& p : evs)
    if (CanBeMember(p, g) && MemberEmployer(p.employer, g.employer) &&
        std::none_of(names.begin(), names.end(),
                     [&](const std::string* n) { return SamePersonName(*n, p.candidate); }))
      names.push_back(&p.candidate);
  return static_cast<int>(names.size()) == g.candidate_count;
}

}  // namespace

void NamedGroupMembers(std::vector<Event>* events, std::vector<bool>* folded, const Article* article) {
  std::vector<Event>& out = *events;
  for (size_t i = 0; i < out.size(); ++i) {
    Event& g = out[i];
    // A group only the headline tells, uncounted ("poaches trio of restructuring partners from
    // Ashdown Mercer"), beside two or more people the body names moving the same way, is those people.
    const bool headline_only = article && g.candidate_count <= 0 && HeadlineOnly(g);
    if ((*folded)[i] || g.candidate_kind != CandidateKind::kGroup ||
        (g.candidate_count <= 0 && !headline_only) || g.type == EventType::kDeparture)
      continue;
    // A counted group of the headline ("LG·SK 출신 임원 3명 영입") takes one of the headline's origins as its
    // own: the persons the body names are its members whatever their own origin. So is a counted group whose
    // count the persons hired at its employer make up exactly, whatever their origins ("LG전자 출신 A 전무,
    // 현대차 출신 B 상무 등 2명을 영입"): the count sums the list up.
    const bool counted_headline =
        (article && g.candidate_count > 0 && HeadlineOnly(g)) || CountedByNamed(out, g);
    std::vector<size_t> members;
    bool mixed = false;  // a member from another origin than the group's: the group's is no one's for sure
    for (size_t j = 0; j < out.size(); ++j) {
      const Event& p = out[j];
      // (The employer spelled in another of the article's ways is the same: "Amazon" for "Amazon.com Inc.".)
      if (p.candidate_kind != CandidateKind::kPerson || p.type == EventType::kDeparture ||
          (!MemberEmployer(p.employer, g.employer) &&
           !(article && SameOrgOf(*article, p.employer, g.employer)) &&
           !(article && DomainShortForm(p.employer, g.employer))))
        continue;
      const bool same_origin = p.previous_employer.empty() || g.previous_employer.empty() ||
                               SameOrUnit(p.previous_employer, g.previous_employer) ||
                               (article && SameOrgOf(*article, p.previous_employer, g.previous_employer));
      if (!same_origin && !counted_headline) continue;
      mixed = mixed || !same_origin;
      members.push_back(j);
    }
    if (static_cast<int>(members.size()) < std::max(g.candidate_count, headline_only ? 2 : 1)) continue;
    (*folded)[i] = true;
    for (size_t j : members) {
      if (out[j].previous_employer.empty() && !mixed) out[j].previous_employer = g.previous_employer;
      // "offering each of them packages worth more than $100 million": the group's offer is each one's.
      if (out[j].offers.empty()) out[j].offers = g.offers;
    }
  }
}

// The named members the article-level passes add (list mates, a led team's members, a copula list) make up a
// counted group read before them just as the clause reader's own members do: "hired two researchers from X. A
// and B will …" (the list mate of the one read) gives A and B, not A and B beside "researchers from X (2)"
// (thirty-ninth session, branch evgroup39).
void LateNamedGroupMembers(const Article& article, std::vector<Event>* events) {
  std::vector<bool> folded(events->size(), false);
  NamedGroupMembers(events, &folded, &article);
  std::vector<Event> kept;
  for (size_t i = 0; i < events->size(); ++i)
    if (!folded[i]) kept.push_back(std::move((*events)[i]));
  *events = std::move(kept);
}

namespace {

// The people an article's events name as moving (hires and offers): employer and candidate.
std::vector<std::pair<std::string, std::string>> NamedMovers(const std::vector<Event>& evs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Event& p : evs)
    if (p.candidate_kind == CandidateKind::kPerson && p.type != EventType::kDeparture)
      out.emplace_back(p.employer, p.candidate);
  return out;
}

// How many of `movers` move to `employer`, each name once.
int NamedMoversAt(const std::vector<std::pair<std::string, std::string>>& movers,
                  const std::string& employer) {
  std::vector<const std::string*> names;
  for (const auto& [at, name] : movers)
    if (SameOrUnit(at, employer) && std::none_of(names.begin(), names.end(), [&](const std::string* n) {
          return SamePersonName(*n, name);
        }))
      names.push_back(&name);
  return static_cast<int>(names.size());
}

// A counted group told after a far larger one ("연구진 30여명" sought by a failed bid, then "연구원 5명"
// hired instead; "Voxa's 25-person research team", then "at least a dozen engineers from Voxa Labs") is a
// group of its own, whatever its origin (twenty-ninth session, branch evbid29). A larger count told after a
// smaller one is mostly a sum or the background ("three partners" … "more than 20 partners over the past two
// years", "The six lawyers"): merged.
bool FarSmallerAfter(const Event& earlier, const Event& later) {
  return later.candidate_count > 1 && 2 * earlier.candidate_count >= 3 * later.candidate_count;
}

// The group noun's label a group candidate starts with ("associates" of "associates from Kirkland & Ellis").
std::string_view GroupLabel(const Event& g) {
  const std::string_view c = g.candidate;
  return c.substr(0, c.find(' '));
}

// Two groups counted differently and named by different nouns, neither a noun of a whole staff (cues.tsv
// group_whole: "lawyers", "team", "employees"), are different people: "three partners" and "Nine associates
// from the Whitmore Gale group will join …" (thirtieth session, branch eveng30). "The six lawyers" after "two
// partners" and "four associates" counts them all.
bool OtherKindOfGroup(const Event& a, const Event& b) {
  if (a.candidate_kind != CandidateKind::kGroup || b.candidate_kind != CandidateKind::kGroup ||
      a.candidate_count < 2 || b.candidate_count < 2 || a.candidate_count == b.candidate_count ||
      GroupLabel(a) == GroupLabel(b))
    return false;
  static const std::vector<std::string> whole = CueRowsOf("group_whole", "");
  for (const std::string& w : whole)
    if (GroupLabel(a) == w || GroupLabel(b) == w) return false;
  return true;
}

}  // namespace

// `article` (when given) lets a headline misreading ("KAIST, … 영입…포스텍 류경민 교수는 정년퇴임" read as
// 류경민's hire at KAIST) keep no departure from being told: it is no move the departure is half of.
std::vector<Event> FoldArticleEvents(std::vector<Event> evs, const std::set<std::string>& singular_groups,
                                     const std::set<std::string>& listed_groups, bool headline,
                                     const Article* article) {
  std::vector<Event> out;
  const auto movers = NamedMovers(evs);
  for (Event& e : evs) {
    Event* into = nullptr;
    for (Event& o : out) {
      bool same_employer =
          o.employer == e.employer ||
          (e.employer.size() > o.employer.size() &&
           e.employer.compare(0, o.employer.size(), o.employer) == 0 &&
           e.employer[o.employer.size()] == ' ') ||
          (o.employer.size() > e.employer.size() &&
           o.employer.compare(0, e.employer.size(), e.employer) == 0 && o.employer[e.employer.size()] == ' ');
      if (!same_employer || o.candidate_kind != e.candidate_kind) continue;
      if ((o.type == EventType::kAcquisitionAttempt) != (e.type == EventType::kAcquisitionAttempt)) continue;
      // A group counted the same at the same employer is the same group, however its origin is
      // spelled ("Samsung Electronics" in the headline, "삼성전자 메모리사업부" in the body).
      const bool same_count = o.candidate_count > 1 && o.candidate_count == e.candidate_count;
      // A group listed after another in one sentence ("three partners …, along with eight associates")
      // is a group of its own.
      // So is one beside a group of another sentence that the named movers make up ("hired three
      // partners" in the lede, "A, B and C joined …, along with at least nine associates" after it);
      // a group counting them all ("The six lawyers joined": two partners and four associates) is not.
      const bool listed_here = listed_groups.count(e.candidate) || listed_groups.count(o.candidate);
      const Event& other = listed_groups.count(e.candidate) ? o : e;
      const bool counted_apart = o.candidate_count > 1 && e.candidate_count > 1 &&
                                 o.candidate_count != e.candidate_count &&
                                 NamedMoversAt(movers, other.employer) >= other.candidate_count;
      const bool listed =
          e.candidate_kind == CandidateKind::kGroup && o.candidate != e.candidate && listed_here &&
          (counted_apart || std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& x) {
             return std::find(o.evidence.begin(), o.evidence.end(), x) != o.evidence.end();
           }));
      if (e.candidate_kind == CandidateKind::kGroup && !listed && !FarSmallerAfter(o, e) &&
          !OtherKindOfGroup(o, e) &&
          (SameOrUnit(o.previous_employer, e.previous_employer) || o.previous_employer.empty() ||
           e.previous_employer.empty() || same_count))
        into = &o;
      if (e.candidate_kind == CandidateKind::kPerson && SamePersonName(o.candidate, e.candidate)) into = &o;
      if (into) break;
    }
    if (!into) {
      out.push_back(std::move(e));
      continue;
    }
    Event& m = *into;
    if (e.candidate.size() > m.candidate.size() && e.candidate_kind == CandidateKind::kPerson)
      m.candidate = e.candidate;
    if (e.type == EventType::kAcquihire || m.type == EventType::kAcquihire)
      m.type = EventType::kAcquihire;
    else if (e.type == EventType::kHire)
      m.type = EventType::kHire;
    if (OutcomeRank(e.outcome) >= OutcomeRank(m.outcome)) m.outcome = e.outcome;
    for (const std::string& t : e.timeline)
      if (std::find(m.timeline.begin(), m.timeline.end(), t) == m.timeline.end()) m.timeline.push_back(t);
    for (Offer& f : e.offers) m.offers.push_back(std::move(f));
    for (const Evidence& x : e.evidence)
      if (std::find(m.evidence.begin(), m.evidence.end(), x) == m.evidence.end()) m.evidence.push_back(x);
    if (m.previous_employer.empty() || (e.previous_employer.size() > m.previous_employer.size() &&
                                        SameOrUnit(m.previous_employer, e.previous_employer))) {
      // The more specific unit ("Google DeepMind" over the headline's "Google").
      std::string suffix = " from " + m.previous_employer;
      if (m.candidate_kind == CandidateKind::kGroup && m.candidate.size() > suffix.size() &&
          m.candidate.compare(m.candidate.size() - suffix.size(), suffix.size(), suffix) == 0)
        m.candidate =
            m.candidate.substr(0, m.candidate.size() - suffix.size()) + " from " + e.previous_employer;
      m.previous_employer = e.previous_employer;
    }
    if (m.candidate_count < 0) m.candidate_count = e.candidate_count;
    if (m.reported_by.empty()) m.reported_by = e.reported_by;
    if (m.team.empty()) m.team = e.team;
    m.confidence = std::max(m.confidence, e.confidence);
  }
  std::vector<bool> part_of_move(out.size(), false);
  // A group ("구글 딥마인드 출신 연구자") standing for a person the article names: at the same
  // employer, or only in the headline, which may spell the employer short ("パナソニック、オープン
  // AIの技術者に…" for the body's パナソニックホールディングス).
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].candidate_kind == CandidateKind::kGroup && !out[i].previous_employer.empty() &&
        singular_groups.count(out[i].candidate)) {
      const bool in_headline = headline && std::all_of(out[i].evidence.begin(), out[i].evidence.end(),
                                                       [](const Evidence& x) { return x.paragraph == 0; });
      for (size_t j = 0; j < out.size(); ++j)
        if (out[j].candidate_kind == CandidateKind::kPerson &&
            (out[j].employer == out[i].employer || in_headline) &&
            out[j].previous_employer == out[i].previous_employer && out[i].candidate_count <= 1) {
          // The pay offered to the person before the name was given ("구글 딥마인드에서 일하는 한국인
          // AI 연구자에게 … 최대 8억 달러(한화 약 1조원)에 이르는 보상 패키지를 제시") is the person's.
          if (!part_of_move[i] && out[j].offers.empty() && out[j].type != EventType::kDeparture)
            out[j].offers = out[i].offers;
          part_of_move[i] = true;
        }
    }
  NamedGroupMembers(&out, &part_of_move, nullptr);
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].type == EventType::kDeparture)
      for (size_t j = 0; j < out.size(); ++j)
        if (j != i && out[j].type != EventType::kDeparture &&
            SamePersonName(out[j].candidate, out[i].candidate) &&
            (out[j].previous_employer == out[i].employer || out[j].previous_employer.empty()) &&
            !(headline && article && OtherOrgClauseInHeadline(*article, out[j]) &&
              std::all_of(out[j].evidence.begin(), out[j].evidence.end(),
                          [](const Evidence& x) { return x.paragraph == 0; })))
          part_of_move[i] = true;
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!part_of_move[i]) kept.push_back(std::move(out[i]));
  for (Event& e : kept) SettleType(&e, false);
  return kept;
}

}  // namespace hirewire::normalize::events_detail
