#include "normalize/events/internal.h"

// One paragraph read: clauses split at contrast links, frames, glossed names, mentions by
// paragraph, the story organization of the lead, and the events settled after every
// paragraph (SettleEvents).

namespace hirewire::normalize::events_detail {

namespace {

// Clauses of a sentence, cut at contrast and sequence links so each clause has one
// employer: "X made a counteroffer, after Y offered her ...", "제안했지만 / 거절하자".
// English: a finite present-tense hiring verb right after ", " ("HSBC names A wealth chief, hires
// B for Southeast Asia"): a coordinated clause with the same subject and its own object. Only the
// -s forms of the cue and trigger words count (a participle after a comma is an apposition:
// "Lee, hired from Google in 2019, ...").
bool CoordinatedVerbAt(std::string_view lo, size_t pos) {
  auto finite_at = [&](const std::string& w) {
    size_t sp = w.find(' ');
    std::string_view first = std::string_view(w).substr(0, sp);
    return first.size() > 3 && first.back() == 's' && StartsWith(lo, pos, w) &&
           (pos + w.size() >= lo.size() || !IsAsciiAlnum(lo[pos + w.size()]));
  };
  for (const Lex& l : CueWords())
    if (l.english && (l.cue == Cue::kHire || l.cue == Cue::kJoin || l.cue == Cue::kOffer) &&
        finite_at(l.text))
      return true;
  // A departure verb of general sense ("Doyle, 44, leaves Coventry City, …") is no hiring verb.
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "trigger" && r.lang == "en" && !r.value.ends_with(":object") && finite_at(r.text))
      return true;
  return false;
}

}  // namespace

// English: the word of an answer (accept, decline, join cue) at `pos`, past the answer_turn rows standing
// before it
// ("has instead accepted"): whether there is one, and (`decline`) whether it turns an offer down.
bool AnswerCueAt(std::string_view lo, size_t pos, bool* decline) {
  static const std::vector<std::string> turns = CueRowsOf("answer_turn", "");
  for (int words = 0; words < 4; ++words) {
    for (const Lex& l : CueWords())
      if (l.english && (l.cue == Cue::kAccept || l.cue == Cue::kDecline || l.cue == Cue::kJoin) &&
          StartsWith(lo, pos, l.text) &&
          (pos + l.text.size() >= lo.size() || !IsAsciiAlnum(lo[pos + l.text.size()]))) {
        *decline = l.cue == Cue::kDecline;
        return true;
      }
    const size_t sp = lo.find(' ', pos);
    if (sp == std::string_view::npos) return false;
    if (std::find(turns.begin(), turns.end(), lo.substr(pos, sp - pos)) == turns.end()) return false;
    pos = sp + 1;
  }
  return false;
}

namespace {

// English: "turned down an offer from A worth $N and has instead accepted an offer from B": an "and" between
// two answers of one subject, a decline and an acceptance (or a join) or the reverse, each with its own
// offerer. The second conjunct is a clause of its own (ClauseReader::ReadConjunctSubject gives it the first
// one's person).
void AnswerConjunctCuts(std::string_view lo, int b, int e, std::vector<int>* cuts) {
  for (size_t f = lo.find(" and ", static_cast<size_t>(b));
       f != std::string_view::npos && f < static_cast<size_t>(e); f = lo.find(" and ", f + 1)) {
    bool second_declines = false;
    if (!AnswerCueAt(lo, f + 5, &second_declines)) continue;
    bool declined = false, accepted = false;
    for (const Lex& l : CueWords())
      if (l.english && (l.cue == Cue::kAccept || l.cue == Cue::kDecline) &&
          FindCueText(lo.substr(static_cast<size_t>(b), f - b), l.text, true) != std::string_view::npos)
        (l.cue == Cue::kDecline ? declined : accepted) = true;
    if (second_declines ? accepted : declined) cuts->push_back(static_cast<int>(f) + 1);
  }
}

// Korean contrast endings that close a clause: -지만 and -(으)나 after any stem (했으나, 받았으나,
// 하였으나). With a comma after them ("제시했지만, 강태민은 … 거절하고") the next clause answers the
// first and is read with it.
constexpr const char* kKoreanContrastEnds[] = {"지만 ", "으나 "};

// A sentence that says no offer was made or no agreement reached (cues.tsv kind=unmade: "…, though no offer
// has been made") tells that the approach, inquiries or talks it reads came to no offer: the events it
// touched, still open, with no pay and no move made, are dropped ("Lumen+ has also approached Netflix's head
// of unscripted programming, James Whitley, about a senior role, …, though no offer has been made").
void DropUnmadeOffers(Context* ctx, const SentenceCtx& s) {
  const auto span = [&](const std::string& t) {
    return std::string_view(t).substr(static_cast<size_t>(s.ev_start),
                                      static_cast<size_t>(s.ev_end - s.ev_start));
  };
  if (!HasCueRowOf("unmade", span(s.blank), span(s.lower))) return;
  for (size_t i = 0; i < ctx->events.size(); ++i) {
    const Event& e = ctx->events[i];
    Context::Meta& m = ctx->meta[i];
    if (m.last_sentence != ctx->sentence_no || !e.offers.empty() || m.moved) continue;
    if (e.outcome == Outcome::kOffered || e.outcome == Outcome::kNone) m.denied = true;
  }
}

// Every Korean clause end SplitClauses cuts at: the contrast endings and -자 ("발표하자 ").
constexpr const char* kKoreanClauseEnds[] = {"지만 ", "으나 ", "하자 ", "하자, "};

std::vector<std::pair<int, int>> SplitClauses(const SentenceCtx& s, int b, int e,
                                              const std::vector<const Mention*>& person_m,
                                              const std::vector<const Mention*>& org_m) {
  // "A, who …; B, a …; and C - accepted": semicolons between named list items do not end a clause.
  // A name that opens a clause of its own ("Netflix Hires X as VP; Y to Exit": a verb right after the
  // name, no "and" before it) does end one.
  auto list_item_at = [&](size_t pos) {
    const bool and_item = StartsWith(s.lower, pos, "and ");
    if (and_item) pos += 4;
    return std::any_of(person_m.begin(), person_m.end(), [&](const Mention* m) {
      if (m->start != static_cast<int>(pos)) return false;
      const size_t end = static_cast<size_t>(m->end);
      if (and_item || end >= static_cast<size_t>(e) || !StartsWith(s.lower, end, " ")) return true;
      for (const char* go_on : {" (", " -", " \xE2\x80\x93", " and "})
        if (StartsWith(s.lower, end, go_on)) return true;
      return false;
    });
  };
  std::vector<int> cuts;
  std::string_view ko(s.blank), lo(s.lower);
  for (const char* m : kKoreanClauseEnds) {
    std::vector<size_t> f;
    FindAll(ko.substr(b, e - b), m, false, &f);
    const bool contrast = std::any_of(std::begin(kKoreanContrastEnds), std::end(kKoreanContrastEnds),
                                      [&](const char* c) { return std::string_view(c) == m; });
    for (size_t x : f) {
      const int cut = b + static_cast<int>(x + std::string_view(m).size());
      // "…를 제시했지만 강민우는 이를 거절했다": the answer is read with the offer it answers.
      if (contrast && KoreanAnswerClause(ko, cut, e)) continue;
      cuts.push_back(cut);
    }
  }
  // ", and a startup named Glean hired ...": a coordinated clause with its own subject.
  for (const char* m : {", after ", ", but ", "; ", ", while ", ", and a ", ", and an ", ", and the "}) {
    std::vector<size_t> f;
    FindAll(lo.substr(b, e - b), m, false, &f);
    for (size_t x : f)
      if (!(std::string_view(m) == "; " && list_item_at(static_cast<size_t>(b) + x + 2)))
        cuts.push_back(b + static_cast<int>(x) + 2);
  }
  for (size_t f = lo.find(", ", b); f != std::string_view::npos && f + 2 < static_cast<size_t>(e);
       f = lo.find(", ", f + 1))
    if (CoordinatedVerbAt(lo, f + 2)) cuts.push_back(static_cast<int>(f) + 2);
  AnswerConjunctCuts(lo, b, e, &cuts);
  // "… have joined Google DeepMind, where Tanaka will serve as its principal engineer": a relative
  // "where" clause on an organization says what the movers do there, a clause of its own.
  for (const Mention* m : org_m)
    if (m->start >= b && m->end < e && StartsWith(lo, static_cast<size_t>(m->end), ", where "))
      cuts.push_back(m->end + 2);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<std::pair<int, int>> out;
  int start = b;
  for (int c : cuts) {
    if (c - start < 8 || e - c < 8) continue;
    out.emplace_back(start, c);
    start = c;
  }
  out.emplace_back(start, e);
  return out;
}

}  // namespace

double Confidence(const Event& e) {
  double c = 0.45;
  if (!e.employer.empty()) c += 0.1;
  if (e.candidate_kind == CandidateKind::kPerson) c += 0.1;
  if (!e.offers.empty()) c += 0.1;
  if (e.outcome == Outcome::kJoined || e.outcome == Outcome::kDeclined || e.outcome == Outcome::kFailed)
    c += 0.1;
  if (!e.reported_by.empty()) c += 0.05;
  if (e.evidence.size() > 1) c += 0.05;
  return std::min(c, 0.95);
}

namespace {

// The ledger event of a frame: the candidate's event of the same kind at the same employer,
// or a new one. -1 past the event limit.
int FrameEventIndex(Context* ctx, const FrameEvent& f) {
  const bool dep = f.type == EventType::kDeparture;
  for (int i = static_cast<int>(ctx->events.size()) - 1; i >= 0; --i) {
    const Event& e = ctx->events[i];
    if (e.candidate == f.candidate && e.employer == f.employer && dep == (e.type == EventType::kDeparture) &&
        e.type != EventType::kAcquisitionAttempt)
      return i;
  }
  // Korean: a frame whose clause named no employer ("한 내정자는 … 대표이사에 공식 선임된다") tells
  // more of the person's move already read, not a move to the context's organization.
  if (f.context_employer && !dep && IsKoreanText(f.candidate))
    for (int i = static_cast<int>(ctx->events.size()) - 1; i >= 0; --i) {
      const Event& e = ctx->events[i];
      if (e.candidate == f.candidate && e.candidate_kind == CandidateKind::kPerson &&
          e.type == EventType::kHire)
        return i;
    }
  if (ctx->events.size() >= kMaxEvents) return -1;
  Event e;
  e.type = f.type;
  e.employer = f.employer;
  e.candidate = f.candidate;
  e.candidate_kind = CandidateKind::kPerson;
  ctx->events.push_back(std::move(e));
  ctx->meta.push_back({});
  return static_cast<int>(ctx->events.size()) - 1;
}

// Appointment and departure frames of the clause (normalize/frames.h) as events: an
// appointment is a hire with its role, a departure leaves the employer. Returns the events.
// The clause was cut from its sentence right after a Korean contrast ending ("끝났지만 ").
bool HasContrastCut(const SentenceCtx& s) {
  return s.start > s.ev_start &&
         std::any_of(std::begin(kKoreanContrastEnds), std::end(kKoreanContrastEnds),
                     [&](const char* m) { return EndsWithAt(s.blank, static_cast<size_t>(s.start), m); });
}

std::vector<int> ApplyFrames(Context* ctx, const SentenceCtx& s, const std::vector<const Mention*>& person_m,
                             const std::vector<const Entity*>& person_e,
                             const std::vector<const Mention*>& org_m,
                             const std::vector<const Entity*>& org_e) {
  FrameClause fc;
  fc.text = s.blank;
  fc.lower = s.lower;
  fc.start = s.start;
  fc.end = s.end;
  fc.sentence_start = s.ev_start;
  // Context: an appointment read earlier in the paragraph, else the organization the paragraph
  // opened with, else the latest appointment of the article.
  fc.context_employer = ctx->frame_paragraph == s.para || ctx->paragraph_topic.empty() ? ctx->frame_employer
                                                                                       : ctx->paragraph_topic;
  if (fc.context_employer.empty()) fc.context_employer = ctx->lead_org;
  // "… have joined Google DeepMind, where Tanaka will serve as its principal engineer": the place a
  // relative "where" clause (cut by SplitClauses) opens on is the employer of what it says.
  if (s.start >= 2 && StartsWith(s.lower, static_cast<size_t>(s.start) - 2, ", where "))
    for (size_t i = 0; i < org_m.size(); ++i)
      if (org_m[i]->end == s.start - 2) fc.context_employer = org_e[i]->canonical;
  fc.story_employer = ctx->lead_org;
  for (const Event& e : ctx->events)
    if (e.type == EventType::kDeparture && e.candidate_kind == CandidateKind::kPerson && !e.employer.empty())
      fc.departed.emplace_back(e.candidate, e.employer);
  for (const Event& e : ctx->events)
    if ((e.type == EventType::kHire || e.type == EventType::kOffer) &&
        e.candidate_kind == CandidateKind::kPerson && !e.employer.empty())
      fc.hired.emplace_back(e.candidate, e.employer);
  // Korean: the people of the sentence before the clause too (its topic may be the clause's
  // subject: FrameReader's SentenceTopicBefore); the frames read only the clause's own otherwise.
  SentenceCtx whole = s;
  if (s.start > s.ev_start && IsKoreanText(std::string_view(s.blank).substr(s.start, s.end - s.start)))
    whole.start = s.ev_start;
  bool own = false;
  for (size_t i = 0; i < person_m.size(); ++i)
    if (MayBeCandidate(*ctx->article, whole, *person_m[i], *person_e[i])) {
      fc.persons.push_back({person_m[i]->start, person_m[i]->end, ctx->Name(*person_e[i])});
      own = own || person_m[i]->start >= s.start;
    }
  if (fc.persons.empty() || (!own && !HasContrastCut(s))) return {};
  // A broadcaster or newspaper is an organization of the frames where it is the place of a post ("The
  // director-general of the BBC, NAME, resigned"), not where it is the outlet of the story.
  for (size_t i = 0; i < org_m.size(); ++i)
    if (org_e[i]->type != EntityType::kPublication || StaffOfPublication(s.text, *org_m[i]))
      fc.orgs.push_back({org_m[i]->start, org_m[i]->end, org_e[i]->canonical});
  // A headline's "A 선임…B 퇴임" holds two clauses, each with its own frame.
  std::vector<FrameEvent> frames;
  for (int b = s.start; b < s.end;) {
    size_t cut = s.blank.find("…", static_cast<size_t>(b));
    int e = cut == std::string::npos || static_cast<int>(cut) >= s.end ? s.end : static_cast<int>(cut);
    fc.start = b;
    fc.end = e;
    for (FrameEvent& f : FrameReader::Default().Read(fc)) frames.push_back(std::move(f));
    b = e + static_cast<int>(std::string_view("…").size());
  }
  std::vector<int> touched;
  for (const FrameEvent& f : frames) {
    // "Doyle leaves Coventry City" after "Leeds appointed Doyle": a person hired elsewhere in the
    // article who leaves by a verb of general sense makes the first half of that move.
    if (f.general && std::any_of(ctx->events.begin(), ctx->events.end(), [&](const Event& e) {
          return e.candidate == f.candidate && e.type != EventType::kDeparture && e.employer != f.employer;
        }))
      continue;
    int ei = FrameEventIndex(ctx, f);
    if (ei < 0) continue;
    Event& e = ctx->events[ei];
    const bool dep = f.type == EventType::kDeparture;
    if (e.previous_employer.empty()) e.previous_employer = f.previous_employer;
    if (e.role.empty()) e.role = f.role;
    if (!dep && e.type == EventType::kOffer) e.type = EventType::kHire;
    // Agreed or designated, not yet done (will join as, 내정): accepted; a later frame that
    // states the move done keeps joined. A joined only the headline's telegraphic present told ("Acme picks
    // Doe as next CEO") yields to a body frame that tells the move still to come ("said it will appoint
    // Doe").
    Outcome now = dep ? Outcome::kLeft : f.agreed ? Outcome::kAccepted : Outcome::kJoined;
    const bool headline = InHeadline(s);
    const bool done = e.outcome == Outcome::kJoined && (ctx->meta[ei].body_done || headline);
    if (!(f.agreed && done)) e.outcome = now;
    if (!dep && !f.agreed && !headline) ctx->meta[ei].body_done = true;
    AddTimeline(&e, dep ? "left" : f.agreed ? "accepted" : "joined");
    if (f.agreed) ctx->meta[ei].agreed = true;
    Evidence ev{s.para, s.ev_start, s.ev_end};
    if (std::find(e.evidence.begin(), e.evidence.end(), ev) == e.evidence.end()) e.evidence.push_back(ev);
    if (e.reported_by.empty()) e.reported_by = ctx->reporter;
    ctx->meta[ei].moved = true;
    ctx->meta[ei].last_sentence = ctx->sentence_no;
    if (!dep) {
      ctx->frame_employer = f.list_employer.empty() ? f.employer : f.list_employer;
      ctx->frame_paragraph = s.para;
      // "HSBC names A wealth chief, hires B": the employer of what follows in the paragraph.
      ctx->paragraph_employer = ctx->frame_employer;
    }
    touched.push_back(ei);
  }
  return touched;
}

// The clause states offer facts (an amount, an offer, decline, acceptance, raise or acquisition)
// that the offer reading must see even when a frame read the clause.
bool HasOfferFacts(const SentenceCtx& s) {
  if (AmountInClause(s)) return true;
  for (const CueHit& c : FindCues(s))
    if (c.cue != Cue::kHire && c.cue != Cue::kJoin && c.cue != Cue::kLeave && c.cue != Cue::kNegation &&
        c.cue != Cue::kStatistic)
      return true;
  return false;
}

// The gloss closes at `end`: ")" right there, or after an age ("Michael Chen·55)", ", 55)").
bool GlossCloses(std::string_view p, size_t end) {
  if (StartsWith(p, end, "·"))
    end += std::string_view("·").size();
  else if (StartsWith(p, end, ", "))
    end += 2;
  else
    return end < p.size() && p[end] == ')';
  size_t digits = end;
  while (digits < p.size() && p[digits] >= '0' && p[digits] <= '9') ++digits;
  return digits > end && digits - end <= 3 && digits < p.size() && p[digits] == ')';
}

}  // namespace

// Names written in Hangul and glossed by their known spelling right after ("제이슨
// 임(Jason Lim)", "다니엘 조(Daniel Cho)"): canonical name -> the gloss's canonical name.
std::map<std::string, std::string> GlossedNames(
    const Article& a, const std::vector<std::vector<std::pair<const Mention*, const Entity*>>>& persons) {
  std::map<std::string, std::string> out;
  for (size_t pi = 0; pi < persons.size(); ++pi) {
    const std::string& p = a.paragraphs[pi];
    for (size_t i = 0; i + 1 < persons[pi].size(); ++i) {
      const auto& [m1, e1] = persons[pi][i];
      const auto& [m2, e2] = persons[pi][i + 1];
      if (e1->canonical == e2->canonical || IsAsciiAlpha(e1->name.empty() ? ' ' : e1->name[0])) continue;
      size_t open = static_cast<size_t>(m1->end);
      if (open < p.size() && p[open] == ' ') ++open;
      if (open >= p.size() || p[open] != '(' || m2->start != static_cast<int>(open) + 1) continue;
      if (!GlossCloses(p, static_cast<size_t>(m2->end)) || !IsAsciiAlpha(e2->canonical[0])) continue;
      out.emplace(e1->canonical, e2->canonical);
    }
  }
  // A foreign name written in Hangul with no Latin spelling anywhere in the article ("그레그
  // 마틴"): its canonical is a machine romanization ("Geulegeu Matin") that no reader writes;
  // the event names the person as the article does. The recognizer marks a romanized canonical
  // with its lowered confidence (at most 0.75; 0 is a hand-built entity with no score). A name of
  // the alias table keeps its canonical, with the article's spelling as candidate_aliases
  // (EmployerSpellings).
  auto in_text = [&](const std::string& w) {
    return std::any_of(a.paragraphs.begin(), a.paragraphs.end(),
                       [&](const std::string& p) { return p.find(w) != std::string::npos; });
  };
  for (const auto& para : persons)
    for (const auto& mention_entity : para)
      if (const Entity* e = mention_entity.second; !e->name.empty() && !IsAsciiAlpha(e->name[0]) &&
                                                   !e->canonical.empty() && IsAsciiAlpha(e->canonical[0]) &&
                                                   !out.count(e->canonical) && e->confidence > 0.0 &&
                                                   e->confidence <= 0.75 && !in_text(e->canonical))
        out.emplace(e->canonical, e->name);
  return out;
}

namespace {

// An organization naming a cohort in a bracket after a person: a number and a cohort counter
// (cues.tsv kind=cohort: 기, 회) close the bracket ("송재원(사법연수원 31기)", "(변호사시험 2회)",
// "(행정고시 35회)"). The training body or exam is no employer of the person.
bool CohortInBracket(std::string_view para, const Mention& m) {
  static const std::vector<std::string> counters = CueRowsOf("cohort", "");
  if (m.start < 1 || para[static_cast<size_t>(m.start) - 1] != '(') return false;
  size_t at = static_cast<size_t>(m.end);
  if (at < para.size() && para[at] == ' ') ++at;
  const size_t digits = at;
  while (at < para.size() && std::isdigit(static_cast<unsigned char>(para[at]))) ++at;
  if (at == digits) return false;
  for (const std::string& c : counters)
    if (StartsWith(para, at, c) && StartsWith(para, at + c.size(), ")")) return true;
  return false;
}

}  // namespace

// People and organizations by paragraph, in text order. The recognizer may miss some
// occurrences of an organization it found elsewhere in the article ("from Coinbase's team" when
// only "a Coinbase spokesperson" was tagged): every surface form of a recognized organization
// counts wherever it stands as a whole word (those mentions are kept in `extra_mentions`).
void IndexMentions(const Article& article, size_t np, MentionsByParagraph* persons_out,
                   MentionsByParagraph* orgs_out, std::deque<Mention>* extra_out) {
  MentionsByParagraph& persons = *persons_out;
  MentionsByParagraph& orgs = *orgs_out;
  std::deque<Mention>& extra_mentions = *extra_out;
  persons.assign(np, {});
  orgs.assign(np, {});
  auto add = [&](const Mention& m, const Entity& e) {
    bool person = e.type == EntityType::kPerson;
    bool org = IsOrgType(e.type) || e.type == EntityType::kPublication;
    if (!person && !org) return;
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= np) return;
    if (m.start < 0 || m.end <= m.start ||
        static_cast<size_t>(m.end) > article.paragraphs[m.paragraph].size())
      return;
    (person ? persons : orgs)[m.paragraph].emplace_back(&m, &e);
  };
  // Per paragraph from the shared analysis (entity order, then mention order, as below).
  if (extract::MentionsIndexed(article)) {
    for (size_t pi = 0; pi < np; ++pi)
      for (const MentionRef& r : article.analysis[pi].mentions)
        add(article.entities[r.entity].mentions[r.mention], article.entities[r.entity]);
  } else {
    for (const Entity& e : article.entities)
      for (const Mention& m : e.mentions) add(m, e);
  }
  for (const Entity& e : article.entities) {
    if (!IsOrgType(e.type)) continue;
    std::set<std::string> surfaces;
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= np || m.start < 0 || m.end <= m.start ||
          static_cast<size_t>(m.end) > article.paragraphs[m.paragraph].size())
        continue;
      std::string sf = article.paragraphs[m.paragraph].substr(m.start, m.end - m.start);
      if (sf.size() >= 3 && sf.size() <= 64 && !KindNounAnaphor(sf)) surfaces.insert(sf);
    }
    for (const std::string& sf : surfaces) {
      bool ascii_word = IsAsciiAlpha(sf[0]);
      for (size_t pi = 0; pi < np; ++pi) {
        const std::string& para = article.paragraphs[pi];
        if (para.size() > kMaxParagraphBytes) continue;
        for (size_t f = para.find(sf); f != std::string::npos; f = para.find(sf, f + 1)) {
          size_t end = f + sf.size();
          auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
          if (f > 0 && (alnum(para[f - 1]) || static_cast<unsigned char>(para[f - 1]) >= 0x80)) continue;
          if (ascii_word && end < para.size() && alnum(para[end])) continue;
          bool taken = false;
          for (const auto& [m2, e2] : orgs[pi])
            taken = taken || (static_cast<int>(f) < m2->end && static_cast<int>(end) > m2->start);
          for (const auto& [m2, e2] : persons[pi])
            taken = taken || (static_cast<int>(f) < m2->end && static_cast<int>(end) > m2->start);
          if (taken) continue;
          Mention m;
          m.paragraph = static_cast<int>(pi);
          m.start = static_cast<int>(f);
          m.end = static_cast<int>(end);
          m.surface = sf;
          extra_mentions.push_back(std::move(m));
          orgs[pi].emplace_back(&extra_mentions.back(), &e);
        }
      }
    }
  }
  for (size_t pi = 0; pi < np; ++pi)
    std::erase_if(orgs[pi], [&](const auto& x) { return CohortInBracket(article.paragraphs[pi], *x.first); });
  for (size_t i = 0; i < np; ++i) {
    auto by_pos = [](const auto& x, const auto& y) { return x.first->start < y.first->start; };
    std::sort(persons[i].begin(), persons[i].end(), by_pos);
    std::sort(orgs[i].begin(), orgs[i].end(), by_pos);
  }
}

namespace {

// One paragraph: sentences, clauses, frames first, then the offer reading.
// Sentences rejoined where a break falls inside an organization's name, or after initials right
// before one ("according to a filing with the U.S. | Securities and Exchange Commission").
std::vector<std::pair<int, int>> KeepMentionsWhole(
    std::string_view para, std::vector<std::pair<int, int>> spans,
    const std::vector<std::pair<const Mention*, const Entity*>>& orgs) {
  auto initials_end = [&](int end) {  // "U.S.", "U.K."
    return end >= 4 && para[end - 1] == '.' && std::isupper(static_cast<unsigned char>(para[end - 2])) &&
           para[end - 3] == '.' && std::isupper(static_cast<unsigned char>(para[end - 4])) &&
           (end == 4 || para[end - 5] == ' ');
  };
  std::vector<std::pair<int, int>> out;
  for (auto span : spans) {
    bool inside = !out.empty() && std::any_of(orgs.begin(), orgs.end(), [&](const auto& o) {
      return (o.first->start < span.first && o.first->end > out.back().second) ||
             (o.first->start == span.first && initials_end(out.back().second));
    });
    if (inside)
      out.back().second = span.second;
    else
      out.push_back(span);
  }
  return out;
}

// The organization a sentence opens with as its topic or subject ("카카오는 이날 …", "Tessellate
// will continue …", "Kinetiq, which …,"), not as a possessor ("Its board", "Meta's") nor as the
// organization that only titles the person after it ("Tillane co-founders Ana Ruiz and Tom Beck have
// joined Corvane": where they come from, PrenominalTitle).
std::string SentenceTopicOrg(const SentenceCtx& s, const std::vector<const Mention*>& org_m,
                             const std::vector<const Entity*>& org_e,
                             const std::vector<const Mention*>& person_m) {
  auto titles_person = [&](const Mention* o) {
    return std::any_of(person_m.begin(), person_m.end(), [&](const Mention* pm) {
      return pm->start > o->end && pm->start - o->end <= 60 &&
             PrenominalTitle(std::string_view(s.lower).substr(static_cast<size_t>(o->end),
                                                              static_cast<size_t>(pm->start - o->end)));
    });
  };
  // "At Kakao, meanwhile, …": a context marker row (frames.tsv) opening the sentence.
  const FrameReader& frames = FrameReader::Default();
  for (size_t i = 0; i < org_m.size(); ++i) {
    if (org_e[i]->type == EntityType::kPublication || org_m[i]->start <= s.ev_start) continue;
    size_t end = static_cast<size_t>(org_m[i]->end);
    if (end >= s.blank.size() || s.blank[end] != ',') continue;
    for (const FrameReader::Row& r : frames.rows())
      if (r.kind == "marker" && r.lang == "en" && r.value == "context" &&
          static_cast<size_t>(s.ev_start) + r.text.size() + 1 == static_cast<size_t>(org_m[i]->start) &&
          StartsWith(s.lower, static_cast<size_t>(s.ev_start), r.text + " "))
        return org_e[i]->canonical;
  }
  for (size_t i = 0; i < org_m.size(); ++i) {
    if (org_m[i]->start != s.ev_start || org_e[i]->type == EntityType::kPublication) continue;
    size_t end = static_cast<size_t>(org_m[i]->end);
    for (const char* particle : {"는 ", "은 ", "가 ", "이 "})
      if (StartsWith(s.blank, end, particle)) return org_e[i]->canonical;
    if (end + 1 < s.blank.size() && (s.blank[end] == ' ' || s.blank[end] == ',') &&
        std::islower(static_cast<unsigned char>(s.blank[end + (s.blank[end] == ',' ? 2 : 1)])) &&
        !titles_person(org_m[i]))
      return org_e[i]->canonical;
  }
  return "";
}

// The story organization (docs/events.md, "Story organization"): the organization the story is
// about, the default employer of what follows when a clause names none. In order:
// 1. the headline's first word, unless it only titles a person ("Genentech veteran Laura Kim to
//    join …", "BMW designer Stefan Krueger accepts …");
// 2. the lead sentence's (the body's first sentence) subject: the organization opening it after a
//    wire dateline ("(Reuters) - X said", "SEOUL, (Yonhap) -- Orbit Nine Entertainment, …"), else
//    its first organization marked as subject or topic (Korean 이/가/은/는: "생성형 AI 스타트업
//    딥소울이 …") or standing as an English subject (followed by a comma or a lowercase word, not
//    after a preposition, not "former X", not a possessor, not modifying a title: "Japanese
//    shipbuilder Kaiyo Heavy Industries said …");
// 3. the lead's first organization that is not a former employer, else the headline's first word.
// (The lead's subject before the headline measured lower: b13 pair .848 → .827, b7 .878 → .849.)

bool OpensAfterDateline(std::string_view before) {
  if (before.empty()) return true;
  for (const char* dash : {"-- ", "- ", "— ", "– ", "= "})
    if (EndsWithAt(before, before.size(), dash)) return true;
  return false;
}

// The English word right after byte `end` (lowercased), or "".
std::string_view NextWord(std::string_view lower, size_t end) {
  if (end >= lower.size() || lower[end] != ' ') return {};
  size_t b = end + 1, e = lower.find_first_of(" ,.;:'", b);
  return lower.substr(b, (e == std::string_view::npos ? lower.size() : e) - b);
}

// An organization of the lead that may be the story's: not a former employer ("former X", "ex-X",
// "from X"), not a descriptor of someone ("a Ford Motor Co. vice president"), not the cut end of a
// longer name ("… & Marine Insurance").
bool LeadCandidate(std::string_view lower, const Mention& m) {
  const size_t st = static_cast<size_t>(m.start);
  for (std::string_view w : {"former ", "ex-", "from ", "a ", "an ", "& "})
    if (EndsWithAt(lower, st, w) &&
        (st == w.size() || !std::isalnum(static_cast<unsigned char>(lower[st - w.size() - 1]))))
      return false;
  return true;
}

// An English organization standing as the sentence's subject (rule 2 above).
bool EnglishSubjectShape(std::string_view para, std::string_view lower, const Mention& m) {
  const size_t end = static_cast<size_t>(m.end);
  if (end >= para.size()) return false;
  if (StartsWith(para, end, "'s") || StartsWith(para, end, "’s")) return false;
  if (!LeadCandidate(lower, m)) return false;
  for (const char* w : {"of ", "at ", "from ", "for ", "with ", "by ", "to ", "in ", "on ", "and "})
    if (EnglishWordBefore(lower, static_cast<size_t>(m.start), w)) return false;
  if (StartsWith(para, end, ", ")) return true;
  std::string_view w = NextWord(lower, end);
  if (w.empty() || !std::islower(static_cast<unsigned char>(para[end + 1]))) return false;
  return !extract::EntityWords::Default().Has(extract::WordList::kEnTitle, w);
}

// The headline's first word is an organization that only titles a person after it ("Genentech
// veteran Laura Kim", "BMW designer Stefan Krueger"): one to three lowercase words, then a capital.
bool TitlesPerson(std::string_view para, const Mention& m) {
  size_t at = static_cast<size_t>(m.end);
  for (int words = 0; words < 4; ++words) {
    if (at >= para.size() || para[at] != ' ') return false;
    ++at;
    if (at < para.size() && std::isupper(static_cast<unsigned char>(para[at]))) return words > 0;
    if (at >= para.size() || !std::islower(static_cast<unsigned char>(para[at]))) return false;
    at = para.find(' ', at);
    if (at == std::string_view::npos) return false;
  }
  return false;
}

// End of the lead sentence in the paragraph: the first ". " after a lowercase letter, digit or
// closing bracket, or "다. ", else the paragraph end.
size_t LeadSentenceEnd(std::string_view para) {
  for (size_t f = para.find(". "); f != std::string_view::npos; f = para.find(". ", f + 1)) {
    if (f == 0) continue;
    unsigned char c = static_cast<unsigned char>(para[f - 1]);
    if (std::islower(c) || std::isdigit(c) || c == ')' || c >= 0x80) return f;
  }
  return para.size();
}

}  // namespace

std::string LeadOrg(const Article& a, const MentionsByParagraph& orgs) {
  const bool headline = LooksLikeHeadline(a);
  const size_t lead = headline ? 1 : 0;
  std::string headline_first, headline_titling, lead_first;
  if (headline && !orgs.empty()) {
    const std::string& para = a.paragraphs[0];
    for (const auto& [m, e] : orgs[0]) {
      if (e->type == EntityType::kPublication) continue;
      std::string_view before = std::string_view(para).substr(0, static_cast<size_t>(m->start));
      // A bracketed section tag opening a headline ("[인사] 한빛투자증권", "[단독] …") is no text.
      if (StartsWith(before, 0, "[") && before.size() > 3 && before.find(']') == before.size() - 2 &&
          before.back() == ' ')
        before = {};
      if (!OpensAfterDateline(before)) continue;
      (TitlesPerson(para, *m) ? headline_titling : headline_first) = e->canonical;
      break;
    }
  }
  if (!headline_first.empty()) return headline_first;
  if (lead < orgs.size() && lead < a.paragraphs.size()) {
    const std::string& para = a.paragraphs[lead];
    const std::string lower = AsciiLower(para);
    const size_t sentence_end = LeadSentenceEnd(para);
    const size_t dateline = static_cast<size_t>(extract::WireDatelineEnd(para));
    for (const auto& [m, e] : orgs[lead]) {
      if (e->type == EntityType::kPublication || static_cast<size_t>(m->start) >= sentence_end) continue;
      // A deciding body ("… 후보추천위원회(자추위)는 … 추천했다") acts for a company; it is no story's.
      if (FrameReader::Default().KoreanBody(e->canonical)) continue;
      if (static_cast<size_t>(m->start) < dateline) continue;
      std::string_view before = std::string_view(para).substr(0, static_cast<size_t>(m->start));
      if (OpensAfterDateline(before) || static_cast<size_t>(m->start) == dateline) return e->canonical;
      const size_t end = static_cast<size_t>(m->end);
      bool subject = false;
      if (IsKoreanText(std::string_view(para).substr(end, 8))) {
        for (const char* particle : {"는 ", "은 ", "가 ", "이 ", "는, ", "은, "})
          subject = subject || StartsWith(para, end, particle);
      } else {
        subject = EnglishSubjectShape(para, lower, *m);
      }
      if (subject) return e->canonical;
      if (lead_first.empty() && LeadCandidate(lower, *m)) lead_first = e->canonical;
    }
  }
  if (!lead_first.empty()) return lead_first;
  return headline_titling;
}

namespace {

// Every frame of the clause is a departure told in a trailing adjunct ("…, a week after firing Greg
// Lowry") of a clause whose first part holds an employer-side hire cue and another person: where
// that first part ends (the last comma before the departed person), else -1.
int HireBeforeDeparture(const Context& ctx, const SentenceCtx& s, const std::vector<int>& framed,
                        const std::vector<const Mention*>& pm, const std::vector<const Entity*>& pe) {
  int first = -1;
  for (int ei : framed) {
    const Event& e = ctx.events[static_cast<size_t>(ei)];
    if (e.type != EventType::kDeparture) return -1;
    for (size_t i = 0; i < pm.size(); ++i)
      if (pm[i]->start >= s.start && pm[i]->end <= s.end && ctx.Name(*pe[i]) == e.candidate &&
          (first < 0 || pm[i]->start < first))
        first = pm[i]->start;
  }
  if (first < 0) return -1;
  const size_t comma = s.lower.rfind(", ", static_cast<size_t>(first));
  if (comma == std::string::npos || static_cast<int>(comma) < s.start + 8) return -1;
  const int cut = static_cast<int>(comma);
  bool other = false;
  for (const Mention* m : pm) other = other || (m->start >= s.start && m->end <= cut);
  if (!other) return -1;
  SentenceCtx head = s;
  head.end = cut;
  for (const CueHit& c : FindCues(head))
    if (c.cue == Cue::kHire) return cut;
  return -1;
}

// Korean: quoted speech an organization announces as its own act ("두산 베어스는 20일 \"NAME과 계약기간 3년,
// 최대 30억원에 계약했다\"고 발표했다"): the quote closed by a cues.tsv announce_quote row ("고 발표했"), an
// organization named before it in its sentence and no person between them. Such a quote is the organization's
// statement of record and is read as the sentence's own words; every other quote stays blanked (thirty-second
// session).
std::vector<TextSpan> BlankedQuotes(std::string_view para, const std::vector<TextSpan>& quotes,
                                    const std::vector<std::pair<const Mention*, const Entity*>>& persons,
                                    const std::vector<std::pair<const Mention*, const Entity*>>& orgs) {
  static const std::vector<std::string> rows = CueRowsOf("announce_quote", "");
  std::vector<TextSpan> out;
  for (const TextSpan& q : quotes) {
    bool announced = false;
    const size_t close = std::min(para.size(), static_cast<size_t>(std::max(0, q.end)));
    for (const std::string& r : rows)
      for (size_t at = close; at <= close + 3 && at < para.size() && !announced; ++at)
        announced = para.compare(at, r.size(), r) == 0;
    if (announced) {
      const size_t stop = para.rfind(". ", static_cast<size_t>(std::max(0, q.start)));
      const int from = stop == std::string_view::npos ? 0 : static_cast<int>(stop) + 2;
      int org_end = -1;
      for (const auto& [m, e] : orgs)
        if (m->start >= from && m->end <= q.start) org_end = std::max(org_end, m->end);
      bool person = false;
      for (const auto& [m, e] : persons) person = person || (m->start >= org_end && m->end <= q.start);
      announced = org_end >= 0 && !person;
    }
    if (!announced) out.push_back(q);
  }
  return out;
}

}  // namespace

void ReadParagraph(Context* ctx_ptr, const ParagraphSource& source, size_t pi,
                   const MentionsByParagraph& persons, const MentionsByParagraph& orgs) {
  Context& ctx = *ctx_ptr;
  const Article& article = *ctx.article;
  const std::string& para = article.paragraphs[pi];
  if (para.size() > kMaxParagraphBytes) return;
  SentenceCtx s;
  s.article = &article;
  s.para = static_cast<int>(pi);
  s.text = para;
  s.blank = BlankQuotes(para, BlankedQuotes(para, source.Quotes(pi), persons[pi], orgs[pi]));
  s.speech = source.Speech(pi);
  {
    std::string lower = ToLowerAscii(s.blank);
    for (const std::string& ph : CuePhrases("blank"))
      for (size_t f = lower.find(ph); f != std::string::npos; f = lower.find(ph, f + 1))
        for (size_t k = f; k < f + ph.size(); ++k) s.blank[k] = ' ';
  }
  s.lower = ToLowerAscii(s.blank);
  std::vector<const Mention*> pm, om;
  std::vector<const Entity*> pe, oe;
  for (auto& [m, e] : persons[pi]) {
    pm.push_back(m);
    pe.push_back(e);
  }
  for (auto& [m, e] : orgs[pi]) {
    om.push_back(m);
    oe.push_back(e);
  }
  ctx.paragraph_employer.clear();
  ctx.paragraph_topic.clear();
  ctx.reporter.clear();
  ctx.last_sentence_events.clear();
  // Fast path: a paragraph without any hiring cue, amount or cited outlet adds nothing.
  {
    bool any = !orgs[pi].empty() && std::any_of(orgs[pi].begin(), orgs[pi].end(), [](const auto& x) {
      return x.second->type == EntityType::kPublication;
    });
    any = any || source.HasAmounts(pi);
    // Sentence by sentence: a year opening the next sentence ("… 세강에 고문으로 합류했다. 홍 고문은 2022년
    // …") dates nothing of the one before.
    std::vector<CueHit> hits;
    for (auto [b, e] : any ? std::vector<std::pair<int, int>>{} : source.Sentences(pi)) {
      s.start = s.ev_start = b;
      s.end = s.ev_end = e;
      std::vector<CueHit> found = FindCues(s);
      hits.insert(hits.end(), found.begin(), found.end());
    }
    for (const CueHit& h : hits)
      if (h.cue != Cue::kNegation && h.cue != Cue::kStatistic) any = true;
    any = any || (Has(hits, Cue::kNegation) && Has(hits, Cue::kStatistic));  // a denied rumour
    if (!any && !persons[pi].empty()) any = FrameReader::Default().HasTrigger(s.blank, s.lower);
    if (!any) return;
  }
  for (auto [b, e] : KeepMentionsWhole(para, source.Sentences(pi), orgs[pi])) {
    s.ev_start = b;
    s.ev_end = e;
    ctx.sentence_target.clear();
    for (auto [cb, ce] : SplitClauses(s, b, e, pm, om)) {
      s.start = cb;
      s.end = ce;
      std::vector<int> framed = ApplyFrames(&ctx, s, pm, pe, om, oe);
      MarkReported(&ctx, s, framed);
      if (!framed.empty() && !HasOfferFacts(s)) {
        ctx.last_sentence_events = framed;
        FollowEvents(&ctx, framed);
        ctx.last_event = framed.back();
        ctx.last_event_paragraph = s.para;
        // "hired Tulane offensive coordinator Marcus Dell as its head football coach, a week after
        // firing Greg Lowry": the departure is a second event; the hire before it is read too.
        if (int cut = HireBeforeDeparture(ctx, s, framed, pm, pe); cut > 0) {
          SentenceCtx hire = s;
          hire.end = cut;
          ProcessSentence(&ctx, hire, pm, pe, om, oe);
        }
        continue;
      }
      ProcessSentence(&ctx, s, pm, pe, om, oe);
    }
    if (std::string t = SentenceTopicOrg(s, om, oe, pm); !t.empty()) ctx.paragraph_topic = t;
    DropUnmadeOffers(&ctx, s);
    ++ctx.sentence_no;
  }
}

// The article's events after every paragraph: group members' moves, internal appointments,
// denials and vague groups dropped, types settled, confidence.
std::vector<Event> SettleEvents(Context* ctx_ptr) {
  Context& ctx = *ctx_ptr;
  std::vector<Event> out;
  // A group member's departure from the group's origin is the group's move.
  for (Event& e : ctx.events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.type != EventType::kDeparture ||
        !ctx.group_members.count(e.candidate))
      continue;
    for (const Event& g : ctx.events) {
      if (g.candidate_kind != CandidateKind::kGroup || g.employer.empty() ||
          g.type == EventType::kDeparture || g.type == EventType::kAcquisitionAttempt ||
          !SameOrUnit(g.previous_employer, e.employer))
        continue;
      e.previous_employer = e.employer;
      e.employer = g.employer;
      e.type = g.type;
      e.outcome = g.outcome;
      e.timeline = g.timeline;
      break;
    }
  }
  // A move told only as a medium's report, in an article that denies ("… 영입했다고 보도했다" under
  // "사실무근"), is the denied report: no event.
  const bool denies = ArticleDenies(*ctx.article);
  for (size_t i = 0; i < ctx.events.size(); ++i) {
    Event& e = ctx.events[i];
    if (e.employer.empty() || e.candidate.empty()) continue;
    if (denies && ctx.meta[i].reported && !ctx.meta[i].told) continue;
    if (ctx.meta[i].denied) continue;  // an approach the sentence says came to no offer
    // "Amazon named Jeff Wilke its retail chief": an appointment with no other move and no
    // previous employer is an internal one, not a hire.
    // A counted group appointed ("appointed 14 managers as vice presidents") is new to those posts: a hire.
    if (ctx.meta[i].appointed && !ctx.meta[i].moved && e.previous_employer.empty() && e.offers.empty() &&
        !(e.candidate_kind == CandidateKind::kGroup && e.candidate_count > 1))
      continue;
    if (e.candidate_kind == CandidateKind::kPerson &&
        (ctx.denied_candidates.count(e.candidate) || ctx.denied_at.count({e.candidate, e.employer})))
      continue;
    if (e.candidate_kind == CandidateKind::kGroup &&
        std::any_of(ctx.denied_groups.begin(), ctx.denied_groups.end(), [&](const std::string& g) {
          return e.candidate == g || e.candidate.rfind(g + " ", 0) == 0;
        }))
      continue;
    if (e.candidate_kind == CandidateKind::kGroup && e.previous_employer.empty() && e.candidate_count < 0 &&
        e.offers.empty())
      continue;
    if (e.employer == e.candidate) continue;
    if (auto it = ctx.origins.find(e.candidate);
        e.previous_employer.empty() && e.candidate_kind == CandidateKind::kPerson &&
        e.type != EventType::kDeparture && it != ctx.origins.end() && !SameOrUnit(it->second, e.employer))
      e.previous_employer = it->second;
    if (e.previous_employer == e.employer) e.previous_employer.clear();
    if (MoveWithPay(e, ctx.meta[i])) ctx.paid_moves.insert({e.candidate, e.employer});
    SettleType(&e, ctx.meta[i].agreed);
    if (e.reported_by.empty() && !ctx.article_reporter.empty() && e.candidate_kind == CandidateKind::kPerson)
      e.reported_by = ctx.article_reporter;
    e.confidence = Confidence(e);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace hirewire::normalize::events_detail
