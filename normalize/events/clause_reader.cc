#include "normalize/events/clause_reader.h"

#include "normalize/origin_markers.h"

// The clause reader's passes from cues to candidates and employer: organizations, candidates,
// employer (rules and link-grammar roles), the offering side dropped, acquisitions
// (ClauseReader, normalize/events/clause_reader.h).

namespace hirewire::normalize::events_detail {

void ClauseReader::Run() {
  cues = FindCues(s);
  negated_scopes = CancelNegatedMoves(s, &cues);
  if (!HasAnyFact()) return;
  ReadOrgs();
  ReadCueFlags();
  ReadCandidates();
  DenyNegatedScopes();
  if (!stay_prev.empty())
    for (const Candidate& c : cands)
      if (c.kind == CandidateKind::kPerson) ctx->stays.emplace(c.name, stay_prev);
  if (!HasEventFacts()) return;
  ReadEmployer();
  if (ctx->options.syntax) ReadSyntaxRoles();
  DropOfferingSide();
  ReadAcquisition();
  ReadPrices();
  if (!CreateEvents()) return;
  ReadAmounts();
  ApplyItems();
  ReadTeamAndRole();
  Finish();
}

// A terms-only clause ("대부분 수년간 분할 지급되며 주식 보상도 포함됐다"): its terms go to the offers of the
// events the previous sentence touched, and the chain of sentences ends.
void ClauseReader::AddTermsToLastSentence(const std::vector<std::string>& terms) {
  for (int ei : ctx->last_sentence_events)
    for (Offer& o : ctx->events[ei].offers)
      for (const std::string& t : terms) AddTerms(&o, t);
  ctx->last_sentence_events.clear();
}

// Fast path: no hiring cue, amount or cited outlet in the clause (most text); terms-only
// sentences still add terms to the previous sentence's offers.
bool ClauseReader::HasAnyFact() {
  // Fast path: no hiring cue and no amount in the clause (most text).
  bool any_cue = false;
  for (const CueHit& c : cues)
    if (c.cue != Cue::kNegation && c.cue != Cue::kStatistic) any_cue = true;
  // A denied rumour names who is not moving (HasEventFacts); a negated move where they do not go.
  any_cue = any_cue || (Has(cues, Cue::kNegation) && Has(cues, Cue::kStatistic)) || !negated_scopes.empty();
  const bool any_amount = AmountInClause(s);
  bool publication = false;
  for (size_t i = 0; i < org_m.size(); ++i)
    if (org_e[i]->type == EntityType::kPublication && org_m[i]->start >= s.start && org_m[i]->end <= s.end)
      publication = true;
  if (!any_cue && !any_amount && !publication) {
    AddTermsToLastSentence(SentenceTerms(ko_s, lo_s));
    return false;
  }
  return true;
}

// The organization mention org_m[i] stands right after an English hiring verb (entity_words
// hire_verb rows, "offered") and before a title of a person named right after it ("Google
// DeepMind researcher Arjun Mehta", PrenominalTitle).
bool ClauseReader::PrenominalAffiliation(size_t i) const {
  const Mention* m = org_m[i];
  std::string_view verb = PrevToken(lo, static_cast<size_t>(m->start));
  if (verb == "the") verb = PrevToken(lo, static_cast<size_t>(verb.data() - lo.data()));
  if (!EnglishHiringVerb(verb)) return false;
  for (const Mention* pm : person_m)
    if (pm->start > m->end && pm->start - m->end <= 80 && pm->end <= s.end &&
        PrenominalTitle(p.substr(static_cast<size_t>(m->end), static_cast<size_t>(pm->start - m->end))))
      return true;
  return false;
}

// English: the organization is written right before a title of a person named right after it ("BMW designer
// Stefan Krueger", "Audi's head of design Lena Hoffmann"; PrenominalTitle), not an executive title (the
// person then speaks or acts for it: "Daesan Vice Chairman Oh Jin-woo said").
bool ClauseReader::TitledPersonAfter(const OrgRef& o) const {
  for (const Mention* pm : person_m) {
    if (pm->start <= o.end || pm->start - o.end > 80 || pm->end > s.end) continue;
    const std::string_view between =
        p.substr(static_cast<size_t>(o.end), static_cast<size_t>(pm->start - o.end));
    if (!PrenominalTitle(between)) continue;
    const std::string lower = AsciiLower(between);
    const bool executive =
        std::any_of(std::begin(kExecutiveTitles), std::end(kExecutiveTitles),
                    [&](const char* t) { return FindCueText(lower, t, true) != std::string::npos; });
    return !executive;
  }
  return false;
}

// English: of two organizations a clause reads as the one acting (subject or destination), one that only
// titles a person named after it ("BMW designer Stefan Krueger accepts Daesan Motors offer") is where that
// person works now, not the other side of the move: the origin, as after a hiring verb
// (PrenominalAffiliation).
void ClauseReader::AffiliationsBesideActor() {
  if (IsKoreanText(ko_s) || IsJapaneseText(ko_s)) return;
  for (OrgRef& o : orgs) {
    if (o.prev || o.publication || o.cited || !(o.subject || o.dest) || !TitledPersonAfter(o)) continue;
    const bool other_acts = std::any_of(orgs.begin(), orgs.end(), [&](const OrgRef& x) {
      return x.entity != o.entity && !x.publication && !x.cited && !x.prev && (x.subject || x.dest) &&
             !TitledPersonAfter(x);
    });
    if (!other_acts) continue;
    o.prev = true;
    o.subject = o.dest = false;
  }
}

// Organizations in the clause, their relations to the cues, and the outlet cited.
void ClauseReader::ReadOrgs() {
  // Orgs in the sentence.
  for (size_t i = 0; i < org_m.size(); ++i) {
    const Mention* m = org_m[i];
    if (m->start < s.start || m->end > s.end || quoted(m->start)) continue;
    OrgRef o{org_e[i], m->start, m->end};
    o.publication = org_e[i]->type == EntityType::kPublication;
    ClassifyOrg(s, cues, &o);
    // "offered Google DeepMind researcher Arjun Mehta …": an organization a hiring verb's object
    // names as the owner of the person's title is where the person comes from.
    if (PrenominalAffiliation(i)) {
      o.prev = true;
      o.subject = o.dest = false;
    }
    // A broadcaster or newspaper that a person moves to or from is an employer here ("KBS
    // 떠나 JTBC로 자리를 옮긴다", "joined CNN from NBC"), not the outlet of the story.
    if (o.publication && (o.dest || o.prev) && !o.cited) o.publication = false;
    if (o.publication) o.subject = o.dest = o.prev = o.target = false;
    orgs.push_back(o);
  }
  if (!IsKoreanText(ko_s) && !IsJapaneseText(ko_s)) PassParentMarksToUnits(lo, &orgs);
  AffiliationsBesideActor();
  ActForApposition();
  // Reporter: an outlet cited with "에 따르면", "according to", "X reported", "X는 ...전했다".
  for (const OrgRef& o : orgs) {
    bool cite = o.cited;
    if (o.publication && !cite) {
      size_t after = SkipNoise(p, static_cast<size_t>(o.end));
      if ((StartsWith(p, after, "는 ") || StartsWith(p, after, "은 ") || StartsWith(p, after, "가 ") ||
           StartsWith(p, after, "이 ")) &&
          (ko_s.find("전했다") != std::string_view::npos || ko_s.find("보도했다") != std::string_view::npos))
        cite = true;
    }
    if (cite) {
      ctx->reporter = o.entity->canonical;
      if (ctx->article_reporter.empty()) ctx->article_reporter = o.entity->canonical;
    }
  }
  for (OrgRef& o : orgs)
    if (o.cited) o.subject = o.dest = o.prev = o.target = false;
  ReadStayPlace();
}

// English: an organization inside the apposition or "of" phrase of an organization before it
// ("Verity Labs, a startup backed by venture firm Lattice Capital, has hired …", "X of the Korea
// Baseball Organization hired …") describes that organization: the verb's subject is the owner.
void ClauseReader::ActForApposition() {
  if (IsKoreanText(ko_s) || IsJapaneseText(ko_s)) return;
  auto prep_before = [&](const OrgRef& x) {
    for (const char* w : {"of ", "at ", "from ", "for ", "with ", "by ", "to ", "in ", "on "})
      if (EnglishWordBefore(lo, static_cast<size_t>(x.start), w)) return true;
    return false;
  };
  for (OrgRef& o : orgs) {
    if (!o.subject) continue;
    for (OrgRef& x : orgs) {
      // (Not an organization that itself closes a person's apposition: "Derek Flood, a trader at
      // Balyasny, turned down a Brightwater offer".)
      if (&x == &o || x.end >= o.start || x.publication || x.cited || x.prev || prep_before(x)) continue;
      std::string_view mid = lo.substr(static_cast<size_t>(x.end), static_cast<size_t>(o.start - x.end));
      const bool of = mid == " of " || mid == " of the ";
      size_t close = p.find(',', static_cast<size_t>(x.end) + 2);
      const bool app = StartsWith(p, static_cast<size_t>(x.end), ", ") && close != std::string_view::npos &&
                       close >= static_cast<size_t>(o.end) && close < static_cast<size_t>(s.end) &&
                       close - static_cast<size_t>(x.end) <= 110;
      // The apposition closes before the verb: no employer-side cue inside it.
      const bool cue_inside = app && std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
                                return c.pos > x.end && static_cast<size_t>(c.pos) < close;
                              });
      if ((!of && !app) || cue_inside) continue;
      o.subject = false;
      o.owned = true;
      x.subject = true;
      break;
    }
  }
  OwnSubjectApposition();
}

// The organizations inside the subject's own apposition ("Panasonic Energy, the battery arm of
// Panasonic Holdings, has hired …", "X, a unit of Y, named …") describe the subject: a parent or an
// owner, never a candidate's previous employer. The apposition opens with a lower-case word (not a
// list of names) and holds no cue.
void ClauseReader::OwnSubjectApposition() {
  for (const OrgRef& o : orgs) {
    if (!o.subject || o.owned || !StartsWith(p, static_cast<size_t>(o.end), ", ")) continue;
    const size_t open = static_cast<size_t>(o.end) + 2;
    if (open >= p.size() || !std::islower(static_cast<unsigned char>(p[open]))) continue;
    const size_t close = p.find(',', open);
    if (close == std::string_view::npos || close >= static_cast<size_t>(s.end) || close - open > 110)
      continue;
    const bool cue_inside = std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
      return static_cast<size_t>(c.pos) >= open && static_cast<size_t>(c.pos) < close;
    });
    if (cue_inside) continue;
    for (OrgRef& x : orgs)
      if (&x != &o && static_cast<size_t>(x.start) >= open && static_cast<size_t>(x.end) <= close &&
          !x.dest) {
        x.owned = true;
        x.subject = x.prev = false;
      }
    return;
  }
}

// "이 제안을 거절하고 넷마블에 남기로 했다", "declined the offer and is staying at DeepMind": the
// place a person stays is their current employer. Unless the article tells of a retention or
// counter-offer (retain rows) or the clause states pay after the stay ("두산 잔류…4년 100억원"),
// staying is no move of its own: it turns the other employer's offer down (ApplyStay).
void ClauseReader::ReadStayPlace() {
  stay_prev.clear();
  for (const CueHit& h : cues) {
    if (h.cue != Cue::kStay) continue;
    for (OrgRef& o : orgs) {
      bool at = (o.end <= h.pos && h.pos - o.end <= 8) ||
                (o.start >= h.pos + h.len && o.start - (h.pos + h.len) <= 5);
      if (at && !o.cited && !o.publication) o.stay = true;
    }
    if (ctx->retention) continue;
    bool pay_after = false;
    for (const Amount& m : a.money)
      if (m.paragraph == s.para && m.start >= h.pos + h.len && m.end <= s.end) pay_after = true;
    if (pay_after) continue;
    for (OrgRef& o : orgs)
      if (o.stay && stay_prev.empty()) {
        o.dest = o.subject = false;
        o.prev = true;
        stay_prev = o.entity->canonical;
      }
  }
}

// "Lars Eriksen isn't joining Brightline and has left Tessellate": an organization inside a negated
// conjunct is where the clause's people do not go (their events there are dropped, as for a
// denial) and takes no part in the rest of the clause.
void ClauseReader::DenyNegatedScopes() {
  if (negated_scopes.empty()) return;
  std::vector<OrgRef> kept;
  for (const OrgRef& o : orgs) {
    bool in = false;
    for (const NegatedScope& n : negated_scopes) in = in || (o.start >= n.begin && o.end <= n.end);
    if (!in) {
      kept.push_back(o);
      continue;
    }
    for (const Candidate& c : cands)
      if (c.kind == CandidateKind::kPerson && c.end <= o.start)
        ctx->denied_at.emplace(c.name, o.entity->canonical);
  }
  orgs = std::move(kept);
}

void ClauseReader::ReadCueFlags() {
  has_event_cue = false;
  for (const CueHit& c : cues)
    if (c.cue != Cue::kNegation && c.cue != Cue::kStatistic) has_event_cue = true;
  negated = Has(cues, Cue::kNegation);
  statistic = Has(cues, Cue::kStatistic);
}

// Candidates: people, then described groups.
void ClauseReader::ReadCandidates() {
  ReadPersonCandidates();
  ReadObjectPronoun();
  ReadConjunctSubject();
  ReadGroupCandidates();
  ReadTitleGroups();
  DropDescribingGroups();
  ReadGroupMembers();
}

// English: the person at `i` opens a coordinated subject ("A and B", "A, B and C") whose last member speaks
// ("A and B, analysts at X, said the hires …"): every member is a speaker (thirty-ninth session, branch
// evgroup39).
bool ClauseReader::SpeakingConjunct(size_t i) const {
  const Mention* m = person_m[i];
  for (int step = 0; step < 4; ++step) {
    const Mention* next = nullptr;
    for (const Mention* o : person_m) {
      if (o->start <= m->end || o->start - m->end > 6) continue;
      const std::string_view gap =
          lo.substr(static_cast<size_t>(m->end), static_cast<size_t>(o->start - m->end));
      if (gap == " and " || gap == ", " || gap == ", and ") next = o;
    }
    if (!next) return false;
    if (extract::IsSpeaker(s.text, s.speech, next->start, next->end)) return true;
    m = next;
  }
  return false;
}

// The clause's people, less speakers, people set aside and repeats.
void ClauseReader::ReadPersonCandidates() {
  for (size_t i = 0; i < person_m.size(); ++i) {
    const Mention* m = person_m[i];
    if (!MayBeCandidate(a, s, *m, *person_e[i])) continue;
    // The speaker reports the clause and is not its candidate ("Marchal said he was happy").
    if (extract::IsSpeaker(s.text, s.speech, m->start, m->end) || SpeakingConjunct(i)) continue;
    if (IsSetAside(p, lo, m->start, m->end)) {
      set_aside.insert(person_e[i]->canonical);
      continue;
    }
    bool dup = false;
    for (const Candidate& c : cands)
      if (c.name == ctx->Name(*person_e[i])) dup = true;
    if (dup) continue;
    Candidate c;
    c.name = ctx->Name(*person_e[i]);
    c.kind = CandidateKind::kPerson;
    c.start = m->start;
    c.end = m->end;
    cands.push_back(c);
    cand_entity.push_back(person_e[i]);
  }
}

// English: "Carrow had offered her a role": an object pronoun right after an offer word, in a clause
// naming no person, stands for the person the article named last before the clause (in its
// paragraph or the one before).
void ClauseReader::ReadObjectPronoun() {
  for (const Candidate& c : cands)
    if (c.kind == CandidateKind::kPerson) return;
  for (const CueHit& h : cues) {
    const size_t at = static_cast<size_t>(h.pos + h.len);
    if (h.cue != Cue::kOffer || !(StartsWith(lo, at, " her ") || StartsWith(lo, at, " him "))) continue;
    const Entity* best = nullptr;
    const Mention* last = nullptr;
    for (const Entity& e : a.entities) {
      if (e.type != EntityType::kPerson) continue;
      for (const Mention& m : e.mentions) {
        const bool before = (m.paragraph == s.para && m.end <= s.start) || m.paragraph == s.para - 1;
        if (before && (!last || m.paragraph > last->paragraph ||
                       (m.paragraph == last->paragraph && m.start > last->start))) {
          best = &e;
          last = &m;
        }
      }
    }
    if (!best) return;
    Candidate c;
    c.name = ctx->Name(*best);
    c.kind = CandidateKind::kPerson;
    c.start = static_cast<int>(at) + 1;
    c.end = static_cast<int>(at) + 4;
    cands.push_back(c);
    cand_entity.push_back(best);
    return;
  }
}

// English: a clause cut off at "and" before a second answer ("… and has instead accepted an offer from B",
// SplitClauses) names no person: its subject is the person the sentence named last before it.
void ClauseReader::ReadConjunctSubject() {
  for (const Candidate& c : cands)
    if (c.kind == CandidateKind::kPerson) return;
  bool decline = false;
  if (!StartsWith(lo, static_cast<size_t>(s.start), "and ") ||
      !AnswerCueAt(lo, static_cast<size_t>(s.start) + 4, &decline))
    return;
  const Entity* best = nullptr;
  const Mention* last = nullptr;
  for (const Entity& e : a.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const Mention& m : e.mentions)
      if (m.paragraph == s.para && m.end <= s.start && (!last || m.start > last->start) &&
          lo.substr(static_cast<size_t>(m.end), static_cast<size_t>(s.start - m.end)).find(". ") ==
              std::string_view::npos) {
        best = &e;
        last = &m;
      }
  }
  if (!best) return;
  Candidate c;
  c.name = ctx->Name(*best);
  c.kind = CandidateKind::kPerson;
  c.start = s.start;  // (the "and" stands for the subject)
  c.end = s.start + 3;
  cands.push_back(c);
  cand_entity.push_back(best);
}

namespace {
// A Korean group noun (cues.tsv kind=group) starts at `pos`.
bool KoreanGroupNounAt(std::string_view p, size_t pos) {
  if (pos >= p.size()) return false;
  for (const GroupNoun& g : GroupNouns())
    if (!g.english && p.substr(pos).starts_with(g.text)) return true;
  return false;
}
}  // namespace

// Group nouns ("researchers", "연구원 5명") with their counts.
void ClauseReader::ReadGroupCandidates() {
  for (const GroupNoun& g : GroupNouns()) {
    std::vector<size_t> found;
    const bool english = g.english;
    FindAll(english ? lo_s : ko_s, g.text, english, &found);
    for (size_t f : found) {
      int pos = s.start + static_cast<int>(f);
      int end = pos + static_cast<int>(std::string_view(g.text).size());
      bool overlap = false;
      for (const Candidate& c : cands)
        if (pos < c.end && end > c.start) overlap = true;
      // A capitalised English noun is part of a name ("Lightspeed Venture Partners").
      if (overlap || (english && p[pos] >= 'A' && p[pos] <= 'Z')) continue;
      Candidate c;
      c.kind = CandidateKind::kGroup;
      c.name = g.label;
      c.start = pos;
      c.end = end;
      c.count = english ? ParseCountBefore(p, lo, static_cast<size_t>(pos))
                        : ParseKoreanCount(p, static_cast<size_t>(pos), static_cast<size_t>(end), &c.approx);
      if (english && c.count < 0) {
        // "a research team of about 40 people": the count after the noun; the phrase is the group.
        size_t counted_end = 0;
        c.count = ParseCountAfterOf(lo, static_cast<size_t>(end), &counted_end);
        if (c.count > 0) {
          if (LeadsTeamOf(lo, counted_end)) continue;
          c.end = static_cast<int>(counted_end);
        }
      }
      if (g.counted && c.count < 0) continue;
      if (english && LeadsTeamOf(lo, static_cast<size_t>(pos))) continue;
      if (english && c.count > 0 && HeadCountBefore(lo, static_cast<size_t>(pos))) continue;
      if (english && PaidStaffBefore(lo, static_cast<size_t>(pos))) continue;
      if (!english && c.count > 0 &&
          KoreanCompositionPart(p, static_cast<size_t>(end), static_cast<size_t>(s.end)))
        continue;
      // "임상개발팀 실무진 3명": a group noun right before another one modifies it; the last noun is the
      // group.
      if (!english && KoreanGroupNounAt(p, static_cast<size_t>(end) + 1) && p[end] == ' ') continue;
      if (english && c.count < 0 && OneOfPhrase(lo, static_cast<size_t>(pos))) continue;
      if (english && c.count < 0) {
        // "four Google DeepMind researchers": the count stands before the organization that
        // modifies the noun.
        for (const OrgRef& o : orgs)
          if (o.end + 1 == pos && p[o.end] == ' ')
            c.count = ParseCountBefore(p, lo, static_cast<size_t>(o.start));
      }
      c.singular = !english && c.count < 0 && std::string_view(g.text).find("들") == std::string_view::npos &&
                   !StartsWith(p, static_cast<size_t>(end), "들");
      cands.push_back(c);
      cand_entity.push_back(nullptr);
    }
  }
}

// A count after a title word names a group of appointees ("SK Telecom promoted 14 managers to
// vice president", "KT는 상무보 21명을 신규 선임했다", "신임 교수 6명을 임용했다") in a clause
// with a verb of appointing, or one of leaving only (GroupLeaves: "기존 부행장 3명은 물러났다"; cues.tsv
// kind=appoint; "has hired more than 40 portfolio managers this year" is a count of hires, left to the group
// nouns): Korean the title at the start of a word, then the count and 명 (40여명 too); English a count, at
// most three modifier words, then the plural title. A title without a count stays a title.
void ClauseReader::ReadTitleGroups() {
  if (!HasCueRowOf("appoint", ko_s, lo_s) && !GroupLeaves()) return;
  for (const TitleGroup& t : TitleGroups()) {
    std::vector<size_t> found;
    FindAll(t.english ? lo_s : ko_s, t.text, t.english, &found);
    for (size_t f : found) {
      const int pos = s.start + static_cast<int>(f);
      int end = pos + static_cast<int>(t.text.size());
      bool overlap = false;
      for (const Candidate& c : cands) overlap = overlap || (pos < c.end && end > c.start);
      if (overlap) continue;
      int count = -1;
      if (t.english) {
        count = ParseCountBefore(p, lo, static_cast<size_t>(pos));
      } else {
        const char before = pos > 0 ? p[static_cast<size_t>(pos) - 1] : ' ';
        if (before != ' ' && before != '(' && before != '\'' && before != '"') continue;
        size_t k = static_cast<size_t>(end);
        if (k < p.size() && p[k] == ' ') ++k;
        const size_t digits = k;
        while (k < p.size() && p[k] >= '0' && p[k] <= '9') ++k;
        if (k == digits || k - digits > 4) continue;
        const size_t num_end = k;
        if (StartsWith(p, k, "여")) k += std::string_view("여").size();
        if (StartsWith(p, k, " ")) ++k;
        if (!StartsWith(p, k, "명")) continue;
        count = std::stoi(std::string(p.substr(digits, num_end - digits)));
        end = static_cast<int>(k + std::string_view("명").size());
      }
      if (count <= 1) continue;
      Candidate c;
      c.kind = CandidateKind::kGroup;
      c.name = t.text;
      c.start = pos;
      c.end = end;
      c.count = count;
      cands.push_back(c);
      cand_entity.push_back(nullptr);
    }
  }
}

// Group nouns that only describe another candidate: inside a counted phrase of another group,
// a title or apposition of a person.
void ClauseReader::DropDescribingGroups() {
  // A group noun inside a counted phrase of another ("engineers" of "team of 25 engineers") is
  // that group.
  {
    std::vector<Candidate> c2;
    std::vector<const Entity*> e2;
    for (size_t i = 0; i < cands.size(); ++i) {
      bool inner = false;
      for (size_t k = 0; k < cands.size(); ++k)
        inner = inner ||
                (k != i && cands[i].kind == CandidateKind::kGroup && cands[k].kind == CandidateKind::kGroup &&
                 cands[k].start <= cands[i].start && cands[i].end <= cands[k].end &&
                 cands[k].end - cands[k].start > cands[i].end - cands[i].start);
      if (inner) continue;
      c2.push_back(cands[i]);
      e2.push_back(cand_entity[i]);
    }
    cands = std::move(c2);
    cand_entity = std::move(e2);
  }

  // A group noun right next to a person's name is a title ("수석 연구원 이수진", "연구원 정하은 씨").
  {
    std::vector<Candidate> c2;
    std::vector<const Entity*> e2;
    for (size_t i = 0; i < cands.size(); ++i) {
      bool title = false;
      if (cands[i].kind == CandidateKind::kGroup)
        for (const Candidate& o : cands)
          // (Japanese "技術者、渡辺恵氏": an ideographic comma between)
          if (o.kind == CandidateKind::kPerson && ((o.start >= cands[i].end && o.start - cands[i].end <= 3) ||
                                                   (cands[i].start >= o.end && cands[i].start - o.end <= 2) ||
                                                   TitleCompoundAfter(p, o.end, cands[i].start)))
            title = true;
      // Apposition: "Mark Lee and Tom Gunter, two researchers from Apple" describes the people,
      // who take the group's origin.
      if (cands[i].kind == CandidateKind::kGroup && !title)
        for (Candidate& o : cands)
          if (o.kind == CandidateKind::kPerson && cands[i].start >= o.end && cands[i].start - o.end <= 16 &&
              std::string_view(p).substr(o.end, 2) == ", " &&
              !AddsToList(lo.substr(o.end, cands[i].start - o.end)))
            title = true;
      // Inside a person's apposition ("Hartmann, a distinguished engineer who managed roughly 100
      // researchers at Apple, has joined"): it describes the person.
      if (cands[i].kind == CandidateKind::kGroup && !title)
        for (const Candidate& o : cands)
          if (o.kind == CandidateKind::kPerson && InApposition(p, o.end, cands[i].start, s.end)) {
            size_t close = p.find(',', static_cast<size_t>(cands[i].end));
            title = close != std::string_view::npos && close < static_cast<size_t>(s.end);
          }
      if (title) continue;
      c2.push_back(cands[i]);
      e2.push_back(cand_entity[i]);
    }
    cands = std::move(c2);
    cand_entity = std::move(e2);
  }
}

// Members named in a group's apposition ("The researchers, including Lucas Meyer and Anna
// Keller, left ...") share the group's move.
void ClauseReader::ReadGroupMembers() {
  members = false;
  for (const Candidate& g : cands) {
    if (g.kind != CandidateKind::kGroup) continue;
    for (const Candidate& c : cands) {
      if (c.kind != CandidateKind::kPerson || c.start < g.end || c.start - g.end > 80) continue;
      std::string_view mid = lo.substr(g.end, c.start - g.end);
      if (mid.find("including ") == std::string_view::npos &&
          mid.find("among them ") == std::string_view::npos)
        continue;
      if (mid.find('.') != std::string_view::npos || mid.find(';') != std::string_view::npos) continue;
      ctx->group_members.insert(c.name);
      members = true;
    }
  }
}

// A denial: the people named are not moving; earlier rumours about them are dropped. A denied
// group ("테슬라 … 임원 영입을 추진하고 있다는 내용은 사실무근") drops the article's events about a
// group of that kind (with `groups`).
void ClauseReader::Deny(bool groups) {
  for (const Candidate& c : cands) {
    if (c.kind == CandidateKind::kGroup && groups) ctx->denied_groups.insert(c.name);
    if (c.kind != CandidateKind::kPerson) continue;
    bool named = false;
    for (const OrgRef& o : orgs)
      if (!o.publication) {
        ctx->denied_at.emplace(c.name, o.entity->canonical);
        named = true;
      }
    if (!named) ctx->denied_candidates.insert(c.name);
  }
}

// False when the clause states no event (terms only, a denial, a statistic, a bare raise).
bool ClauseReader::HasEventFacts() {
  // Terms-only continuation ("대부분 수년간 분할 지급되며 주식 보상도 포함됐다").
  terms = SentenceTerms(ko_s, lo_s);
  term_hits = FindTerms(ko_s, lo_s);
  for (TermHit& t : term_hits) {
    t.pos += s.start;
    t.end += s.start;
  }
  has_amount = AmountInClause(s);
  // A rumour denied with no move word in the clause ("카카오가 정해린 부사장의 쿠팡 이직설을 공식
  // 부인했다"): the people it names are not moving either.
  if (negated && statistic && !has_event_cue) Deny(false);
  if (!has_event_cue && !has_amount) {
    AddTermsToLastSentence(terms);
    return false;
  }

  if (negated && has_event_cue) {
    // Not yet decided ("한 이사는 아직 제안을 수락하지 않았다", "has not yet accepted"): the offer
    // stands, nothing changes.
    const bool pending = PendingDecision(ko_s, lo_s);
    if (pending) {
      ctx->last_sentence_events.clear();
      return false;
    }
    Deny(true);
    ctx->last_sentence_events.clear();
    return false;
  }
  if (statistic) {
    ctx->last_sentence_events.clear();
    return false;
  }
  pay_only = !has_event_cue;
  if (pay_only && !PayContinues()) {
    ctx->last_sentence_events.clear();
    return false;
  }
  // A raise with nothing raised yet ("목표주가를 상향", "raised its forecast") is no hiring fact.
  bool only_raise = true;
  for (const CueHit& c : cues) {
    std::string_view w = (IsAsciiAlpha(p[c.pos]) ? lo : blank).substr(c.pos, c.len);
    bool counter = CounterWord(w) || w == "sweetened" || w == "matched";
    if ((c.cue != Cue::kRaise || counter) && c.cue != Cue::kNegation && c.cue != Cue::kStatistic)
      only_raise = false;
  }
  if (only_raise && ctx->events.empty()) {
    ctx->last_sentence_events.clear();
    return false;
  }
  return true;
}

void ClauseReader::ReadEmployer() {
  // Employer of the sentence.
  employer_ref = nullptr;
  for (const OrgRef& o : orgs)
    if (o.dest && !employer_ref) employer_ref = &o;
  if (!employer_ref)
    for (const OrgRef& o : orgs)
      if (o.subject && !o.target && !employer_ref) employer_ref = &o;
  acquisition = Has(cues, Cue::kAcquire) || Has(cues, Cue::kAcquihire);
  target_ref = nullptr;
  for (const OrgRef& o : orgs)
    if (o.target && &o != employer_ref && !target_ref) target_ref = &o;
  if (!target_ref && Has(cues, Cue::kAcquihire))
    for (const OrgRef& o : orgs)
      if (&o != employer_ref && !o.publication && !o.cited && !o.prev && !target_ref) target_ref = &o;

  // Affiliation: the org nearest to a candidate (right before/after it) describes it.
  cand_prev = decltype(cand_prev)(cands.size());
  auto distance = [&](const OrgRef& o, const Candidate& c) {
    int d = o.end <= c.start ? c.start - o.end : (c.end <= o.start ? o.start - c.end : 0);
    if (o.end <= c.start) d -= 8;  // prefer "X 출신 Y" / "X's Y" over "Y, X"
    return d;
  };
  // Korean modifiers precede the noun ("애플 ... 책임자 루오밍 팡", "오픈AI 출신 연구자들"), as
  // do English possessives and "former X": such orgs describe only what follows them.
  // Japanese modifiers precede their noun too ("グーグル出身の佐藤氏").
  korean = IsKoreanText(ko_s) || IsJapaneseText(ko_s);
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    const OrgRef* best = nullptr;
    int best_d = kAffiliationWindow + 1;
    for (const OrgRef& o : orgs) {
      if (&o == employer_ref || &o == target_ref || o.cited || o.publication || o.dest || o.owned) continue;
      if (OtherPersonsOrg(o, ci)) continue;
      if (o.subject && !o.prev && !o.poss) continue;
      // A described group takes an origin only from an explicit marker (X 출신, from X, X의).
      // English noun modifier: "four Google DeepMind researchers".
      // Korean: a counted group right after the organization ("퀄컴 엔지니어 3명").
      bool modifier =
          cands[ci].kind == CandidateKind::kGroup && (!korean || cands[ci].count > 0) &&
          (o.end + 1 == cands[ci].start ? p[o.end] == ' '
                                        : korean && KoreanOneModifierWord(p, o.end, cands[ci].start));
      if (cands[ci].kind == CandidateKind::kGroup && !o.prev && !o.poss && !modifier) continue;
      bool forward = korean || (o.poss && !o.prev) || PrevToken(p, static_cast<size_t>(o.start)) == "former";
      // (The candidate's own apposition describes the candidate: "Omar Haddad, a former Pfizer scientist,".)
      if (forward && o.end > cands[ci].start && (korean || !InApposition(p, cands[ci].end, o.start, s.end)))
        continue;
      int d = distance(o, cands[ci]);
      if (d < best_d) {
        best_d = d;
        best = &o;
      }
    }
    if (best) cand_prev[ci] = best->entity->canonical;
    // "쿠팡에서 물류 혁신을 이끌었던 배수현": the org of a past relative clause before the name.
    for (const OrgRef& o : orgs)
      if (korean && !best && cands[ci].kind == CandidateKind::kPerson && o.prev && !o.dest &&
          KoreanRelativeOrigin(p, o.end, cands[ci].start))
        cand_prev[ci] = o.entity->canonical;
    // Background relative clause: "Rohan Gupta, an engineer who moved from Inflection to
    // Microsoft in 2024, ..." / "X, who joined Apple in 2021, ...": where that move ended is
    // where the person works now.
    if (cands[ci].kind == CandidateKind::kPerson && !korean) {
      size_t ce = static_cast<size_t>(cands[ci].end);
      if (ce + 2 <= p.size() && p.substr(ce, 2) == ", ")
        for (const OrgRef& o : orgs) {
          if (o.start <= cands[ci].end || o.start - cands[ci].end > 100 || o.publication) continue;
          std::string_view mid = lo.substr(ce, static_cast<size_t>(o.start) - ce);
          size_t who = mid.find(" who ");
          if (who == std::string_view::npos || mid.find(',', 1) != std::string_view::npos) continue;
          if (EndsWithAt(lo, static_cast<size_t>(o.start), " to ") ||
              EndsWithAt(lo, static_cast<size_t>(o.start), " joined ")) {
            cand_prev[ci] = o.entity->canonical;
            break;
          }
        }
    }
    if (cands[ci].kind == CandidateKind::kPerson && cand_prev[ci].empty()) cand_prev[ci] = stay_prev;
    if (cands[ci].kind == CandidateKind::kPerson && !cand_prev[ci].empty())
      ctx->origins.emplace(cands[ci].name, cand_prev[ci]);
  }
  // Fallback employer: the first unclassified org, when the clause has an employer-side or
  // joining cue (not for a bare "leaving the EU").
  employer_side = Has(cues, Cue::kOffer) || Has(cues, Cue::kIntent) || Has(cues, Cue::kHire) ||
                  Has(cues, Cue::kJoin) || Has(cues, Cue::kRaise) || Has(cues, Cue::kAcquihire) ||
                  Has(cues, Cue::kStay) || Has(cues, Cue::kDesignate);
  if (!employer_ref && employer_side) {
    for (const OrgRef& o : orgs) {
      if (o.prev || o.target || o.cited || o.publication || o.owned) continue;
      bool is_aff = false;
      for (const std::string& cp : cand_prev)
        if (cp == o.entity->canonical) is_aff = true;
      // An organization inside a person's apposition ("Chen, a director who leads R&D at TSMC,")
      // describes that person.
      for (const Candidate& c : cands)
        if (c.kind == CandidateKind::kPerson && InApposition(p, c.end, o.start, s.end)) is_aff = true;
      if (is_aff || OtherPersonsOrg(o, cands.size())) continue;
      employer_ref = &o;
      break;
    }
  }
  ReadContextEmployer();
}

// The employer of the sentence: the employer organization read above, else one the context gives (the
// paragraph's employer, the story's organization for a Korean zero subject, the paragraph's topic for a
// subjectless join, a pronoun subject's organization, the story's employer for an offer turned down).
void ClauseReader::ReadContextEmployer() {
  employer = employer_ref ? employer_ref->entity->canonical : "";
  employer_from_context = false;
  if (employer.empty() && !ctx->paragraph_employer.empty()) {
    employer = ctx->paragraph_employer;
    employer_from_context = true;
  }
  // Korean zero subject: a paragraph opening with a sentence framed by a zero_subject word before
  // its candidates ("외부 인재로는 구글 딥마인드의 엘렌 김 디렉터를 … 영입했다") and no organization as
  // subject or topic: the hire is the story's organization's. (Inside a paragraph the sentence before
  // names the post: "SSG닷컴의 대표를 교체했다. 후임으로는 …".)
  if (employer.empty() && korean && s.ev_start == 0 && Has(cues, Cue::kHire) && !ctx->lead_org.empty() &&
      KoreanFramedZeroSubject(p, s.start, s.end, orgs, cands)) {
    employer = ctx->lead_org;
    employer_from_context = true;
  }
  // "셀바이오는 … 강화하고 있다. 노바티스 출신 김하늘 박사가 최고의학책임자로 합류했다": the paragraph's
  // topic hires. "한울화재는 재무 라인도 보강했다. 미래에셋증권 출신 서다인 전무를 CFO로 영입했다": likewise
  // for a subjectless hire.
  if (employer.empty() && korean && !ctx->paragraph_topic.empty() &&
      (KoreanSubjectlessJoin(p, s.start, s.end, cues, orgs, cands) ||
       KoreanSubjectlessHire(p, s.start, s.end, cues, orgs, cands))) {
    employer = ctx->paragraph_topic;
    employer_from_context = true;
  }
  // A paragraph with no organization as its topic, the hire told with no subject ("외부 인재도 수혈했다.
  // 아마존웹서비스(AWS) 한국 법인에서 … 임소라 상무를 … 전무로 영입했다"): the story's organization hires.
  if (employer.empty() && korean && ctx->paragraph_topic.empty() && !ctx->lead_org.empty() &&
      KoreanSubjectlessHire(p, s.start, s.end, cues, orgs, cands)) {
    employer = ctx->lead_org;
    employer_from_context = true;
  }
  // "Parallax Systems is building a chip team. In recent months it has hired at least a dozen engineers from
  // Nvidia": a pronoun subject of the hire is the organization the paragraph is about, else the story's.
  if (employer.empty() && !korean && Has(cues, Cue::kHire) && PronounHirer(cues)) {
    employer = !ctx->paragraph_topic.empty() ? ctx->paragraph_topic : ctx->lead_org;
    employer_from_context = !employer.empty();
  }
  // "A fourth OpenAI researcher … turned down a package … and will remain at OpenAI": the offer
  // turned down is the story's employer's.
  if (employer.empty() && !stay_prev.empty() && (Has(cues, Cue::kDecline) || Has(cues, Cue::kOffer)) &&
      !ctx->lead_org.empty() && !SameOrUnit(ctx->lead_org, stay_prev)) {
    employer = ctx->lead_org;
    employer_from_context = true;
  }
}

// English: the subject of a hire cue of the clause is "it" or "they", with at most three words of the
// hire_verb_gap list (has, have, had, also …) between ("it has hired", "They hired", "it has also hired"). A
// headline's pronoun ("… collapses, but it hires two researchers") is left alone: the body names the movers.
bool ClauseReader::PronounHirer(const std::vector<CueHit>& hits) const {
  if (s.para == 0 && LooksLikeHeadline(a)) return false;
  const auto& words = extract::EntityWords::Default();
  for (const CueHit& h : hits) {
    if (h.cue != Cue::kHire || h.pos < s.start) continue;
    std::string_view tok = PrevToken(lo, static_cast<size_t>(h.pos));
    for (int n = 0; n < 3 && !tok.empty() && words.Has(extract::WordList::kHireVerbGap, tok); ++n)
      tok = PrevToken(lo, static_cast<size_t>(tok.data() - lo.data()));
    if ((tok == "it" || tok == "they") && tok.data() - lo.data() >= s.start) return true;
  }
  return false;
}

// An organization that describes another person of the clause, not candidate `ci` (any person when `ci`
// is no candidate's index): written inside
// that person's apposition ("hired John Doe, a former Treasury official, and Jane Roe, formerly of the
// Federal Reserve": the Treasury is Doe's) or, in Korean, right after that person's name past 전/현
// ("최병규 전 공정거래위원회 국장과 하윤서 전 금융감독원 부원장보를": 공정거래위원회 is 최병규's).
// A list of names ("Ravi Menon, Sofia Alvarez and Chen Wei from Halcyon", "A, B and C, who worked at
// DeepMind,") shares what follows it.
bool ClauseReader::OtherPersonsOrg(const OrgRef& o, size_t ci) const {
  for (size_t cj = 0; cj < cands.size(); ++cj) {
    const Candidate& c = cands[cj];
    // A headline's "ORG 출신 NAME" titles that person, not a group the headline adds ("…연구원 5명도 합류")
    // nor a person named after them ("…ORG 출신 A 부사장 영입…B 대표는 고문으로").
    if (cj != ci && c.kind == CandidateKind::kPerson && ci < cands.size() &&
        (cands[ci].kind == CandidateKind::kGroup || cands[ci].start > c.end) && korean && s.para == 0 &&
        LooksLikeHeadline(a) && KoreanOriginTitlesPerson(p, o.end, c.start))
      return true;
    if (cj == ci || c.kind != CandidateKind::kPerson || o.start < c.end ||
        (ci < cands.size() && InNameList(ci, cj)))
      continue;
    // (A span after cj that holds candidate ci too is a list, no apposition: "Walmart's Vaughn, Amazon's
    // Decker".)
    if (!korean && InApposition(p, c.end, o.start, s.end) &&
        !(ci < cands.size() && InApposition(p, c.end, cands[ci].start, s.end)))
      return true;
    if (korean) {
      size_t at = static_cast<size_t>(c.end);
      if (!StartsWith(p, at, " ")) continue;
      ++at;
      for (std::string_view was : {"전 ", "현 "})
        if (StartsWith(p, at, was)) at += was.size();
      if (static_cast<size_t>(o.start) == at) return true;
    }
  }
  return false;
}

// Candidates `a` and `b` are written in one list of names: between them only other candidates and list
// separators (", ", " and ", "과 ", "와 ").
bool ClauseReader::InNameList(size_t a, size_t b) const {
  const int from = std::min(cands[a].end, cands[b].end), to = std::max(cands[a].start, cands[b].start);
  if (from > to) return false;
  for (int at = from; at < to;) {
    std::string_view rest = p.substr(static_cast<size_t>(at), static_cast<size_t>(to - at));
    size_t sep = 0;
    for (std::string_view w : {", and ", ", ", " and ", "과 ", "와 ", " 및 "})
      if (StartsWith(rest, 0, w)) {
        sep = w.size();
        break;
      }
    if (sep == 0) return false;
    at += static_cast<int>(sep);
    if (at == to) return true;
    const Candidate* next = nullptr;
    for (const Candidate& c : cands)
      if (c.start == at) next = &c;
    if (!next) return false;
    at = next->end;
  }
  return false;
}

// The hire/join triggers of an English clause as parser spans relative to the clause start
// (the last word of each cue: "agreed to join" -> "join"), with their cues.
void ClauseReader::SyntaxTriggers(std::vector<syntax::Span>* spans, std::vector<Cue>* kinds) const {
  for (const CueHit& h : cues) {
    if (h.cue != Cue::kHire && h.cue != Cue::kJoin) continue;
    if (h.pos < s.start || h.pos + h.len > s.end) continue;
    std::string_view w = p.substr(static_cast<size_t>(h.pos), static_cast<size_t>(h.len));
    size_t sp = w.rfind(' ');
    int b = h.pos + (sp == std::string_view::npos ? 0 : static_cast<int>(sp) + 1);
    spans->push_back({b - s.start, h.pos + h.len - s.start});
    kinds->push_back(h.cue);
  }
}

// English clause roles from the link-grammar parse (EventOptions::syntax): for the first
// trigger the parse links as a verb, candidates are the Theme of hire-type triggers or the
// subject of join/move, the employer the Doer (hire) or the object / "to" phrase (join), the
// previous employer the "from" phrase; a speaker is never a candidate. When the parse gives up,
// links no trigger or names none of the clause's candidates, the pattern reading stands.
void ClauseReader::ReadSyntaxRoles() {
  if (korean) return;
  bool any_person = false;
  for (const Candidate& c : cands) any_person = any_person || c.kind == CandidateKind::kPerson;
  if (!any_person) return;
  std::vector<syntax::Span> triggers;
  std::vector<Cue> kinds;
  SyntaxTriggers(&triggers, &kinds);
  if (triggers.empty()) return;
  std::vector<syntax::Span> names;
  for (const Candidate& c : cands)
    if (c.kind == CandidateKind::kPerson) names.push_back({c.start - s.start, c.end - s.start});
  for (const OrgRef& o : orgs) names.push_back({o.start - s.start, o.end - s.start});
  std::string_view text = p.substr(static_cast<size_t>(s.start), static_cast<size_t>(s.end - s.start));
  std::optional<syntax::ClauseRoles> roles =
      syntax::ParseEnglishRoles(text, triggers, syntax::Deadline{}, names);
  if (!roles) return;
  for (size_t t = 0; t < roles->triggers.size() && t < kinds.size(); ++t) {
    const syntax::TriggerRoles& r = roles->triggers[t];
    if (r.linked && ApplySyntaxRoles(r, kinds[t])) return;
  }
}

// [b, e) (paragraph offsets) overlaps one of the phrases (or its apposition).
bool ClauseReader::InPhrases(int b, int e, const std::vector<syntax::Phrase>& ps) const {
  for (const syntax::Phrase& ph : ps) {
    int pb = ph.phrase.start + s.start, pe = ph.phrase.end + s.start;
    if (b < pe && e > pb) return true;
    if (ph.apposition.start >= 0 && b < ph.apposition.end + s.start && e > ph.apposition.start + s.start)
      return true;
  }
  return false;
}

const OrgRef* ClauseReader::OrgIn(const std::vector<syntax::Phrase>& ps) const {
  for (const OrgRef& o : orgs)
    if (!o.publication && !o.cited && InPhrases(o.start, o.end, ps)) return &o;
  return nullptr;
}

// The parse may keep only the last names of a list ("A, B and C joined"): a person joined to a
// kept person by nothing but a comma and/or "and" is kept too.
void ClauseReader::KeepCoordinatedNames(std::vector<bool>* keep) const {
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < cands.size(); ++i) {
      if ((*keep)[i] || cands[i].kind != CandidateKind::kPerson) continue;
      for (size_t k = 0; k < cands.size() && !(*keep)[i]; ++k) {
        if (!(*keep)[k] || cands[k].kind != CandidateKind::kPerson) continue;
        int b = std::min(cands[i].end, cands[k].end), e = std::max(cands[i].start, cands[k].start);
        if (e < b || e - b > 6) continue;
        std::string_view mid = lo.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
        if (mid == ", " || mid == " and " || mid == ", and ") (*keep)[i] = changed = true;
      }
    }
  }
}

// Candidates, employer and origin from one linked trigger; false when its theme holds none of
// the clause's person candidates (nothing changed).
bool ClauseReader::ApplySyntaxRoles(const syntax::TriggerRoles& r, Cue kind) {
  const bool hire = kind == Cue::kHire;
  const std::vector<syntax::Phrase>& theme = hire ? r.Theme() : r.subject;
  std::vector<bool> keep(cands.size(), false);
  bool person = false;
  for (size_t i = 0; i < cands.size(); ++i) {
    keep[i] =
        InPhrases(cands[i].start, cands[i].end, theme) && !InPhrases(cands[i].start, cands[i].end, r.speaker);
    person = person || (keep[i] && cands[i].kind == CandidateKind::kPerson);
  }
  if (!person) return false;
  KeepCoordinatedNames(&keep);
  std::vector<Candidate> kept;
  std::vector<const Entity*> kept_e;
  std::vector<std::string> kept_prev;
  for (size_t i = 0; i < cands.size(); ++i)
    if (keep[i]) {
      kept.push_back(cands[i]);
      kept_e.push_back(cand_entity[i]);
      kept_prev.push_back(cand_prev[i]);
    }
  const OrgRef* emp = hire ? OrgIn(r.Doer()) : OrgIn(r.object);
  if (!emp) emp = OrgIn(r.Prepositional(syntax::Prep::kTo));
  if (emp && !InPhrases(emp->start, emp->end, theme)) {
    employer_ref = emp;
    employer = emp->entity->canonical;
    employer_from_context = false;
  }
  if (const OrgRef* from = OrgIn(r.Prepositional(syntax::Prep::kFrom)); from && from != employer_ref)
    for (size_t i = 0; i < kept.size(); ++i) {
      kept_prev[i] = from->entity->canonical;
      if (kept[i].kind == CandidateKind::kPerson) ctx->origins.emplace(kept[i].name, kept_prev[i]);
    }
  cands = std::move(kept);
  cand_entity = std::move(kept_e);
  cand_prev = std::move(kept_prev);
  return true;
}

void ClauseReader::DropOfferingSide() {
  // Drop candidates who act for the employer (its CEO making the offer).
  std::vector<Candidate> kept;
  std::vector<std::string> kept_prev;
  for (size_t i = 0; i < cands.size(); ++i) {
    if (cands[i].kind == CandidateKind::kPerson) {
      const Entity* pe = cand_entity[i];
      if (pe && IsExecutiveOf(*pe, employer)) continue;
      if (ActsForEmployer(p, lo, cands[i].end, cues)) continue;
      // ("Parallax Media has offered Jordan Ellis, vice president of … at Netflix": an employer-side verb
      // between the organization and the name makes the person its object, no executive of it.)
      const bool object_of_verb =
          employer_ref && std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) {
            return (c.cue == Cue::kOffer || c.cue == Cue::kHire || c.cue == Cue::kIntent) &&
                   c.pos >= employer_ref->end && c.pos < cands[i].start;
          });
      if (HasExecutiveTitleNear(p, cands[i].start, cands[i].end) && employer_ref && !object_of_verb &&
          employer_ref->end <= cands[i].start && cands[i].start - employer_ref->end <= 30)
        continue;
    }
    cands[i].previous = cand_prev[i];
    if (cands[i].previous == employer) cands[i].previous.clear();
    kept.push_back(cands[i]);
  }
  cands = std::move(kept);

  // Group candidates inherit the acquisition target as previous employer.
  if (target_ref) ctx->sentence_target = target_ref->entity->canonical;
  for (Candidate& c : cands)
    if (c.kind == CandidateKind::kGroup && c.previous.empty() && !ctx->sentence_target.empty())
      c.previous = ctx->sentence_target;
  ListedGroupOrigins();
  // A person the article already follows makes context persons without relations secondary.
  for (Candidate& c : cands) {
    if (c.kind != CandidateKind::kGroup) continue;
    c.name = c.name + (c.previous.empty() ? "" : " from " + c.previous);
    if (c.singular) ctx->singular_groups.insert(c.name);
    if (c.listed) ctx->listed_groups.insert(c.name);
  }
}

// A counted group added to a list after other candidates (", along with eight associates who worked
// with them", "together with a team of 10 analysts", "and six underwriters") that names no origin of its
// own comes from where the candidate listed right before it comes from.
// Such a group is its own group, never folded into another one of the article (`listed`).
void ClauseReader::ListedGroupOrigins() {
  for (Candidate& g : cands) {
    if (g.kind != CandidateKind::kGroup || g.count <= 0) continue;
    const Candidate* before = nullptr;
    for (const Candidate& c : cands)
      if (&c != &g && c.end <= g.start && g.start - c.end <= 120 && (!before || c.end > before->end))
        before = &c;
    if (!before) continue;
    std::string_view between =
        lo.substr(static_cast<size_t>(before->end), static_cast<size_t>(g.start - before->end));
    // ("roughly 40 engineers and researchers": one group of two nouns.)
    if (between.find_first_of(".;") != std::string_view::npos || !AddsToList(between) || between == " and ")
      continue;
    g.listed = true;
    if (g.previous.empty()) g.previous = before->previous;
  }
}

void ClauseReader::ReadAcquisition() {
  // Acquisition attempt / acqui-hire.
  acquihire = Has(cues, Cue::kAcquihire);
  // An acquisition attempt needs its acquirer as subject and an attempt, offer or failure.
  bool attempt =
      Has(cues, Cue::kFail) || Has(cues, Cue::kOffer) || Has(cues, Cue::kIntent) || Has(cues, Cue::kDecline);
  if (acquisition && target_ref && !employer.empty() && !employer_from_context && employer_ref &&
      (employer_ref->subject || employer_ref->dest) && (attempt || acquihire)) {
    if (acquihire) {
      bool has_person = false;
      for (const Candidate& c : cands)
        if (c.kind == CandidateKind::kPerson) has_person = true;
      if (!has_person) {
        Candidate team;
        team.kind = CandidateKind::kGroup;
        team.name = "team of " + target_ref->entity->canonical;
        team.previous = target_ref->entity->canonical;
        team.start = target_ref->start;
        team.end = target_ref->end;
        cands.push_back(team);
      } else {
        for (Candidate& c : cands)
          if (c.kind == CandidateKind::kPerson && c.previous.empty())
            c.previous = target_ref->entity->canonical;
      }
    } else {
      Candidate t;
      t.kind = CandidateKind::kCompany;
      t.name = target_ref->entity->canonical;
      t.start = target_ref->start;
      t.end = target_ref->end;
      int ei = FindOrCreate(ctx, t, employer, EventType::kAcquisitionAttempt);
      if (ei >= 0) {
        Event& e = ctx->events[ei];
        bool failed = Has(cues, Cue::kFail) || Has(cues, Cue::kDecline);
        e.outcome = failed ? Outcome::kFailed : (e.outcome == Outcome::kNone ? Outcome::kOffered : e.outcome);
        AddTimeline(&e, "offered");
        if (failed) AddTimeline(&e, "failed");
        e.evidence.push_back({s.para, s.ev_start, s.ev_end});
        sentence_events.push_back(ei);
      }
    }
  }
}

void ProcessSentence(Context* ctx, const SentenceCtx& s, const std::vector<const Mention*>& person_m,
                     const std::vector<const Entity*>& person_e, const std::vector<const Mention*>& org_m,
                     const std::vector<const Entity*>& org_e) {
  ClauseReader(ctx, s, person_m, person_e, org_m, org_e).Run();
}

}  // namespace hirewire::normalize::events_detail
