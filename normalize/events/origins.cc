#include "normalize/events/internal.h"

// A mover's previous employer: from appositions, relative clauses and titles, descriptors,
// counter-offers, acquisitions and failed bids (teams, founders), and the origin's own spelling.

namespace hirewire::normalize::events_detail {

// A publication is where a person works when its mention is the place of a post ("deputy editor of The
// Guardian", "a senior editor at the BBC", "the BBC's director-general", "전 JTBC 보도국장") or titles them
// ("the CNN evening anchor": "the", the name, then a lower-case word); a publication quoted or cited ("who
// told Reuters") is none. Read for a person's apposition (AppositionOrg) and for the organizations of the
// frames (ApplyFrames).
bool StaffOfPublication(std::string_view para, const Mention& om) {
  const size_t st = static_cast<size_t>(om.start), en = static_cast<size_t>(om.end);
  for (const char* before : {" of ", " at ", " of the ", " at the "})
    if (EndsWithAt(para, st, before)) return true;
  // Korean: a former post there ("노은정 전 JTBC 보도국장"): 전 written as a word before it.
  if (EndsWithAt(para, st, "전 ") && (st == 4 || (st > 4 && para[st - 5] == ' '))) return true;
  // Its possessive before a lower-case post ("the BBC's director-general", "CNN's weekend anchor").
  for (const char* poss : {"'s ", "\u2019s "})
    if (StartsWith(para, en, poss) && en + std::string_view(poss).size() < para.size() &&
        std::islower(static_cast<unsigned char>(para[en + std::string_view(poss).size()])))
      return true;
  return EndsWithAt(para, st, ", the ") && StartsWith(para, en, " ") && en + 1 < para.size() &&
         std::islower(static_cast<unsigned char>(para[en + 1]));
}

namespace {

// The organization in an English apposition after a mention of the person ("Felix Amato,
// co-founder of AI startup Parallax Labs,", "Chen, a senior director who leads … at TSMC,"),
// other than `employer`; the first such mention in the article.
std::string AppositionOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[m.paragraph];
    if (!StartsWith(para, static_cast<size_t>(m.end), ", ")) continue;
    size_t close = para.find_first_of(",;", static_cast<size_t>(m.end) + 2);
    size_t stop = para.find(". ", static_cast<size_t>(m.end));
    if (stop == std::string::npos && para.size() > 0 && para.back() == '.') stop = para.size() - 1;
    // An apposition closing the sentence ("… better luck with Sofia Lindqvist, a
    // reinforcement-learning specialist at OpenAI.") opens with an article.
    if (stop != std::string::npos && (close == std::string::npos || stop < close) &&
        (StartsWith(para, static_cast<size_t>(m.end), ", a ") ||
         StartsWith(para, static_cast<size_t>(m.end), ", an ")))
      close = stop;
    if (close == std::string::npos || (stop != std::string::npos && stop < close) || close - m.end > 140)
      continue;
    const Mention* best = nullptr;
    const Entity* best_e = nullptr;
    bool at_employer = false;  // "Brenner, who joined Nvidia in 2021 from Google Brain,": already there
    for (const Entity& o : a.entities) {
      if (!IsOrgType(o.type) && o.type != EntityType::kPublication) continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || om.start <= m.end || static_cast<size_t>(om.end) > close) continue;
        if (o.type == EntityType::kPublication && !StaffOfPublication(para, om)) continue;
        if (SameOrUnit(o.canonical, employer))
          at_employer = true;
        else if (!best || om.start < best->start) {
          best = &om;
          best_e = &o;
        }
      }
    }
    if (best_e && !at_employer) return best_e->canonical;
  }
  return "";
}

// Korean: the organization of a relative clause modifying the name, marked as the place
// ("딜로이트안진 재무자문본부에서 M&A 실사를 이끌어온 양지혜") or the object ("세진건설을 이끌던
// 김태균"), or written right before the post or the object of the clause ("두산 베어스 타격코치로 일하던
// 김상훈", "SBS 메인뉴스를 진행해 온 오세린"), of a past or continuing verb ending right before the name
// (-던, -온).
std::string KoreanRelativeClauseOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[m.paragraph];
    size_t name = static_cast<size_t>(m.start);
    if (name < 2 || para[name - 1] != ' ' ||
        !(EndsWithAt(para, name - 1, "던") || EndsWithAt(para, name - 1, "온")))
      continue;
    size_t b = para.rfind(". ", name);
    b = b == std::string::npos ? 0 : b + 2;
    if (name - b > 160) b = name - 160;
    const Entity* best = nullptr;
    int best_start = -1;
    for (const Entity& o : a.entities) {
      if (!IsOrgType(o.type)) continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || om.start < static_cast<int>(b) || om.end >= m.start) continue;
        size_t at = static_cast<size_t>(om.end);
        size_t word_end = para.find_first_of(" ,.", at);
        if (word_end == std::string::npos || word_end - at > 30) continue;
        bool marked =
            StartsWith(para, at, "에서") || StartsWith(para, at, "을") || StartsWith(para, at, "를");
        // Past one word of the organization's own: a unit as the place ("딜로이트안진 재무자문본부에서"), a
        // post held there ("두산 베어스 타격코치로 일하던"), or what the person ran there ("SBS 메인뉴스를
        // 진행해 온").
        if (!marked && StartsWith(para, at, " ")) {
          size_t next = para.find_first_of(" ,.", at + 1);
          marked = next != std::string::npos && next - at < 40 &&
                   (EndsWithAt(para, next, "에서") || EndsWithAt(para, next, "로") ||
                    EndsWithAt(para, next, "을") || EndsWithAt(para, next, "를"));
        }
        if (!marked || SameOrUnit(o.canonical, employer) || om.start <= best_start) continue;
        best = &o;
        best_start = om.start;
      }
    }
    if (best) return best->canonical;
  }
  return "";
}

// The organization named right before a mention of the person as the owner of a title
// ("signing of Brighton winger Tariq Mensah", "named Netflix Inc. drama executive Marcus Feld"),
// other than `employer`; the first such mention in the article.
std::string PrenominalOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[m.paragraph];
    for (const Entity& o : a.entities) {
      if (!IsOrgType(o.type) || SameOrUnit(o.canonical, employer)) continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || om.end >= m.start || m.start - om.end > 80) continue;
        if (PrenominalTitle(std::string_view(para).substr(om.end, m.start - om.end))) return o.canonical;
      }
    }
  }
  return "";
}

// A mover's origin the clause did not mark: the organization of the title the recognizer read
// by the name ("Anika Sorensen, Tesla's vice president", "co-founder of Parallax Labs", "a
// senior director who leads … at TSMC"). Only for a hire or offer from elsewhere: an
// internal appointment's title is at the employer itself.
// English: a sentence whose subject is the person (past an age: "Berg, 46,") and whose verb moves
// them from an organization ("joins from Swedish club Malmo FF, where …", "arrives from X"), not
// dated by a year: that organization is where the person comes from.
std::string MoveFromOrg(const Article& a, const Entity& person, const std::string& employer) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string& para = a.paragraphs[static_cast<size_t>(m.paragraph)];
    size_t at = static_cast<size_t>(m.end);
    if (StartsWith(para, at, ", ")) {  // an age apposition
      size_t k = at + 2;
      while (k < para.size() && para[k] >= '0' && para[k] <= '9') ++k;
      if (k == at + 2 || !StartsWith(para, k, ",")) continue;
      at = k + 1;
    }
    // A move_from row as the two words after the name ("joins from").
    size_t from = std::string::npos;
    const size_t w1 = StartsWith(para, at, " ") ? para.find(' ', at + 1) : std::string::npos;
    const size_t w2 = w1 == std::string::npos ? w1 : para.find(' ', w1 + 1);
    if (w2 != std::string::npos &&
        FrameReader::Default().IsRow("move_from", "en", std::string_view(para).substr(at + 1, w2 - at - 1)))
      from = w2 + 1;
    if (from == std::string::npos) continue;
    std::string lo = para;
    for (char& c : lo) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (YearInMoveClause(lo, from, lo.size())) continue;
    for (const Entity& o : a.entities) {
      if (!IsOrgType(o.type)) continue;
      for (const Mention& om : o.mentions) {
        if (om.paragraph != m.paragraph || static_cast<size_t>(om.start) < from) continue;
        const std::vector<size_t> starts = DescriptorStarts(lo, static_cast<size_t>(om.start));
        if (std::find(starts.begin(), starts.end(), from) == starts.end()) continue;
        if (!SameOrUnit(o.canonical, employer)) return o.canonical;
      }
    }
  }
  return "";
}

}  // namespace

void OriginsFromRoles(const Article& article, const Context& ctx, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || !e.previous_employer.empty() || e.employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    for (const Entity& p : article.entities) {
      if (p.type != EntityType::kPerson || ctx.Name(p) != e.candidate) continue;
      for (const Role& r : p.roles)
        if (!r.organization.empty() && !SameOrUnit(r.organization, e.employer) &&
            r.organization != e.candidate) {
          e.previous_employer = r.organization;
          break;
        }
      if (e.previous_employer.empty()) e.previous_employer = AppositionOrg(article, p, e.employer);
      if (e.previous_employer.empty()) e.previous_employer = MoveFromOrg(article, p, e.employer);
      if (e.previous_employer.empty()) e.previous_employer = KoreanRelativeClauseOrg(article, p, e.employer);
      if (e.previous_employer.empty()) e.previous_employer = PrenominalOrg(article, p, e.employer);
    }
  }
}

// The previous employer is never the employer itself, a unit of it or its parent: the article writes
// one as the other's ("an offer from Tencent's Lightspeed Studios": employer Tencent, prev
// Lightspeed Studios), or the two are one name written shorter or longer. The person's previous employer from
// another of their events takes its place ("Krafton hired Marchand, a creative director at
// Ubisoft"), else there is none.
// English: an organization written only as the modifier of a kind-of-organization noun after "the"
// ("…, the Major League Soccer club announced") describes another organization (the league of the
// club that hires), never where a person comes from.
void DescriptorOrigins(const Article& a, std::vector<Event>* events) {
  auto only_modifier = [&](const std::string& name) {
    bool any = false;
    for (const Entity& en : a.entities) {
      if (en.canonical != name) continue;
      for (const Mention& m : en.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) return false;
        std::string lo = a.paragraphs[static_cast<size_t>(m.paragraph)];
        for (char& c : lo) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const size_t b = static_cast<size_t>(m.start), e = static_cast<size_t>(m.end);
        if (!EndsWithAt(lo, b, "the ") || !StartsWith(lo, e, " ")) return false;
        size_t we = lo.find_first_of(" ,.;:'", e + 1);
        if (we == std::string::npos) we = lo.size();
        if (!KindOfOrgNoun(std::string_view(lo).substr(e + 1, we - e - 1))) return false;
        any = true;
      }
    }
    return any;
  };
  for (Event& e : *events)
    if (!e.previous_employer.empty() && IsAsciiText(e.previous_employer) &&
        only_modifier(e.previous_employer)) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
}

// English: a counted group "N of its employees" in a sentence of its evidence: "its" stands for the
// last organization named before it in the sentence that is not the employer ("hired the two
// founders of startup Quillwork along with about 30 of its employees"): where the group comes from.
void ItsGroupOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kGroup || !e.previous_employer.empty() || e.employer.empty())
      continue;
    // (The group's sentence, or another sentence that counts it so: the lede often does.)
    for (size_t pi = 0; pi < a.paragraphs.size() && pi < kMaxParagraphs; ++pi) {
      const Evidence ev{static_cast<int>(pi), 0, static_cast<int>(a.paragraphs[pi].size())};
      const std::string& para = a.paragraphs[pi];
      const size_t its = para.find(" of its " + e.candidate);
      if (its == std::string::npos) continue;
      const size_t stop = para.rfind(". ", its);
      const size_t b = stop == std::string::npos ? 0 : stop + 2;
      const Entity* best = nullptr;
      int best_start = -1;
      for (const Entity& o : a.entities) {
        if (!IsOrgType(o.type) || SameOrUnit(o.canonical, e.employer)) continue;
        for (const Mention& om : o.mentions)
          if (om.paragraph == ev.paragraph && static_cast<size_t>(om.start) >= b &&
              static_cast<size_t>(om.end) <= its && om.start > best_start) {
            best = &o;
            best_start = om.start;
          }
      }
      if (best && std::none_of(e.employer_aliases.begin(), e.employer_aliases.end(),
                               [&](const std::string& x) { return SameOrUnit(best->canonical, x); })) {
        e.previous_employer = best->canonical;
        e.previous_employer_aliases = OwnSpellings(a, best->canonical);
        break;
      }
    }
  }
}

// Counter-offers (docs/events.md, fourteenth session): an offer by a person's current employer,
// the organization another event of the person names, by the rules, as where the person comes
// from ("Castlerock offered Goldman trader Brandt …; Goldman responded with a counter-offer",
// "AWS가 한빛텔레콤 서 상무에게 … 한빛텔레콤은 역제안을 내놨다"). Such an offer has no previous
// employer: the rival the learned previous model gave it goes. When the rules made each of two
// offers the other's origin, an article that speaks of a counter-offer or retention (retain rows)
// decides by order: the later offer answers the earlier one. The offer's outcome stays the rules'
// "offered" unless the rules read it taken or refused (the outcome model reads the person's other
// event into it). `ruled_prev` and `ruled` are the previous employers and outcomes before the
// role models, by event.
void CurrentEmployerOffers(const Article& a, const std::vector<std::string>& ruled_prev,
                           const std::vector<Outcome>& ruled, std::vector<Event>* events) {
  std::vector<Event>& ev = *events;
  const size_t n = std::min({ev.size(), ruled.size(), ruled_prev.size()});
  auto first = [&](const Event& e) {
    return e.evidence.empty() ? std::pair<int, int>{-1, -1}
                              : std::pair{e.evidence[0].paragraph, e.evidence[0].start};
  };
  const bool retention = SpeaksOfRetention(a);
  std::vector<bool> counter(n, false);
  for (size_t i = 0; i < n; ++i) {
    const Event& e = ev[i];
    const bool offer =
        e.type == EventType::kOffer || (e.type == EventType::kHire && ruled[i] == Outcome::kOffered);
    if (!offer || e.candidate_kind != CandidateKind::kPerson) continue;
    for (size_t j = 0; j < n; ++j) {
      const Event& o = ev[j];
      if (j == i || o.candidate != e.candidate || SameOrUnit(o.employer, e.employer) ||
          o.type == EventType::kAcquisitionAttempt || ruled_prev[j].empty() ||
          !SameOrUnit(ruled_prev[j], e.employer))
        continue;
      const bool mutual = !ruled_prev[i].empty() && SameOrUnit(ruled_prev[i], o.employer);
      if (!mutual || (retention && first(e) > first(o))) counter[i] = true;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!counter[i]) continue;
    Event& e = ev[i];
    const bool mutual = !ruled_prev[i].empty();
    if ((ruled_prev[i].empty() || mutual) && !e.previous_employer.empty()) {
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
    }
    if (ruled[i] == Outcome::kOffered && e.outcome != Outcome::kOffered) {
      e.outcome = Outcome::kOffered;
      e.type = EventType::kOffer;
    }
  }
}

void PreviousNotOfEmployer(const Article& a, std::vector<Event>* events) {
  auto owned = [&](const Event& e) {
    if (e.previous_employer.empty() || e.employer.empty()) return false;
    if (SameOrUnit(e.previous_employer, e.employer)) return true;
    std::vector<std::string> emp = OwnSpellings(a, e.employer), prev = OwnSpellings(a, e.previous_employer);
    emp.push_back(e.employer);
    prev.push_back(e.previous_employer);
    // The group the employer belongs to, named by the employer's own first word ("한빛그룹" for
    // 한빛전자, "Daesung Group" for Daesung Retail): a move inside the group, not an origin.
    for (const std::string& y : prev)
      for (const char* group : {"그룹", " Group"}) {
        const std::string_view g(group);
        if (y.size() <= g.size() || y.compare(y.size() - g.size(), g.size(), g) != 0) continue;
        const std::string stem = y.substr(0, y.size() - g.size());
        if (stem.size() < 4) continue;
        for (const std::string& x : emp)
          if (x.size() > stem.size() && x.compare(0, stem.size(), stem) == 0) return true;
      }
    for (const std::string& p : a.paragraphs)
      for (const std::string& x : emp)
        for (const std::string& y : prev)
          for (const char* pos : {"'s ", "\u2019s "})
            if (p.find(x + pos + y) != std::string::npos || p.find(y + pos + x) != std::string::npos)
              return true;
    return false;
  };
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || !owned(e)) continue;
    e.previous_employer.clear();
    e.previous_employer_aliases.clear();
    for (const Event& o : *events)
      if (&o != &e && o.candidate == e.candidate && !o.previous_employer.empty() && !owned(o) &&
          !SameOrUnit(o.previous_employer, e.employer)) {
        e.previous_employer = o.previous_employer;
        e.previous_employer_aliases = o.previous_employer_aliases;
        break;
      }
  }
}

// A counted group's offer that repeats an acquisition attempt on the group's company ("픽셀웨이브
// 인수를 추진했으나 … 개발자 35명 전원을 고용 승계하는 방안을 협상", "sought to acquire Tensorbay,
// mainly to bring its 40 engineers in-house"): the attempt was for that team. The attempt becomes the
// team's (a group with its count, the company as previous employer) and the group offer is dropped.
// Not a group that joined (a hire of its own), nor one without a count ("employees from Thinking
// Machines Lab" offered jobs after a failed bid for the company: an offer of its own). After the role
// models, which learned attempts on whole companies.
void AttemptsForTeams(std::vector<Event>* events) {
  std::vector<Event>& out = *events;
  std::vector<bool> drop(out.size(), false);
  auto from = [](const Event& g, const std::string& company) {
    const std::string suffix = " from " + company;
    return SameOrUnit(g.previous_employer, company) ||
           (g.candidate.size() > suffix.size() &&
            g.candidate.compare(g.candidate.size() - suffix.size(), suffix.size(), suffix) == 0);
  };
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != EventType::kAcquisitionAttempt || out[i].candidate_kind == CandidateKind::kPerson)
      continue;
    for (size_t j = 0; j < out.size(); ++j) {
      const Event& g = out[j];
      if (j == i || drop[j] || g.candidate_kind != CandidateKind::kGroup || g.candidate_count <= 0 ||
          g.type != EventType::kOffer || g.outcome == Outcome::kJoined || g.outcome == Outcome::kAccepted ||
          !SameOrUnit(g.employer, out[i].employer) || !from(g, out[i].candidate))
        continue;
      drop[j] = true;
      Event& t = out[i];
      t.previous_employer = t.candidate;
      t.previous_employer_aliases.clear();
      t.candidate = g.candidate;
      t.candidate_kind = CandidateKind::kGroup;
      if (t.candidate_count < 0) t.candidate_count = g.candidate_count;
      // The failure read into the team's offer ("…, but talks ended in October without a deal") ends
      // the attempt.
      if (g.outcome == Outcome::kFailed || g.outcome == Outcome::kDeclined) t.outcome = Outcome::kFailed;
      for (const Evidence& x : g.evidence)
        if (std::find(t.evidence.begin(), t.evidence.end(), x) == t.evidence.end()) t.evidence.push_back(x);
    }
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(out[i]));
  out = std::move(kept);
}

namespace {

int EnglishGroupAt(std::string_view p, size_t at, std::string* label);

// The counted group written right after an organization's mention ending at `end`: Korean "픽셀하우스
// 개발진 30명", "에이비랩의 항체 연구팀 8명", "소리마루의 연구팀" (KoreanTeamAfter; count 0 for a team word
// alone), English "Ferrite's research team of about 40 people" / "Ferrite's 40 engineers" (a possessive, up
// to three lowercase words, a group noun row with a count before or after it). The group's count, or -1;
// `*label` its label.
int CountedGroupAfter(std::string_view p, size_t end, std::string* label) {
  const bool english = end < p.size() && (StartsWith(p, end, "'s ") || StartsWith(p, end, "’s "));
  if (!english) {
    // Korean (bid_teams.cc): past a link and modifiers; a team word may stand without its count (0).
    bool found = false;
    const int n = KoreanTeamAfter(p, end, label, &found);
    return found ? n : -1;
  }
  return EnglishGroupAt(p, p.find(' ', end) + 1, label);
}

// English: the counted group opening at byte `at` of `p`, within four words ("40-person research team",
// "roughly 40 researchers", "team of about 40 engineers"): a group noun row with a count before or after it.
// Its count, or -1.
int EnglishGroupAt(std::string_view p, size_t at, std::string* label) {
  const std::string lo = AsciiLower(p);
  for (int words = 0; words < 4 && at < p.size(); ++words) {
    for (const GroupNoun& g : GroupNouns()) {
      if (!g.english || !StartsWith(lo, at, g.text)) continue;
      const size_t ge = at + g.text.size();
      if (ge < lo.size() && IsAsciiAlnum(lo[ge])) continue;
      size_t counted_end = 0;
      int n = ParseCountBefore(p, lo, at);
      if (n < 0) n = ParseCountAfterOf(lo, ge, &counted_end);
      if (n > 0) {
        *label = g.label;
        return n;
      }
    }
    // Past one more word (a count or a lowercase modifier: "research", "40").
    size_t we = at;
    while (we < lo.size() && (IsAsciiAlnum(lo[we]) || lo[we] == '-')) ++we;
    if (we == at || we >= lo.size() || lo[we] != ' ' || (p[at] >= 'A' && p[at] <= 'Z')) return -1;
    at = we + 1;
  }
  return -1;
}

// The first byte of a bid_team aim row in [b, e) of the lower-cased paragraph `lo`, or npos.
size_t AimIn(std::string_view lo, size_t b, size_t e) {
  static const std::vector<std::string> aims = CueRowsOf("bid_team", "aim");
  size_t first = std::string_view::npos;
  for (const std::string& a : aims) {
    std::vector<size_t> at;
    FindAll(lo.substr(b, e - b), a, IsAsciiText(a), &at);
    if (!at.empty()) first = std::min(first, b + at.front());
  }
  return first;
}

// The counted team a bid was aimed at, told in a sentence [b, e) of paragraph `p` that holds a bid_team aim
// row (cues.tsv: "mainly for its team of about 40 engineers", "to bring in its roughly 40 researchers",
// "인수를 통해 연구팀 12명을 통째로 확보하려"): English, a counted group after "its" or the target's
// possessive past the aim row; Korean, the first counted group (a group noun row or a team word with its
// count) before it. Its count, or -1.
int AimedTeamIn(std::string_view p, size_t b, size_t e, const std::vector<std::string>& names,
                std::string* label) {
  const std::string lo = AsciiLower(p);
  const size_t aim = AimIn(lo, b, e);
  if (aim == std::string_view::npos) return -1;
  if (!IsKoreanText(p.substr(b, e - b))) {
    std::vector<size_t> owners;
    FindAll(lo.substr(aim, e - aim), "its", true, &owners);
    for (size_t o : owners)
      if (const int n = EnglishGroupAt(p, aim + o + 4, label); n > 0) return n;
    for (const std::string& n : names)
      for (size_t f = p.find(n, aim); f != std::string_view::npos && f < e; f = p.find(n, f + 1))
        if (const int c = CountedGroupAfter(p, f + n.size(), label); c > 0) return c;
    return -1;
  }
  for (size_t sp = p.find(' ', b); sp != std::string_view::npos && sp < aim; sp = p.find(' ', sp + 1)) {
    bool found = false;
    const int n = KoreanTeamAfter(p.substr(0, e), sp, label, &found);
    if (found && n > 0) return n;
  }
  return -1;
}

}  // namespace

// A bid for a company whose counted team the story names ("Nexora had sought the deal mainly to bring in
// Ferrite's research team of about 40 people", "픽셀하우스 개발진 30명을 확보하려는 목적이었다"): the
// attempt was for that team (the writers' convention of events-b13: candidate the team, previous
// employer the target), as AttemptsForTeams does when the team has an offer of its own. The team is
// written right after a mention of the target in the attempt's paragraph or the next one, or is the counted
// group a sentence there names as the bid's aim (AimedTeamIn: "had sought Lumora primarily for its 45-person
// research team").
void TeamsOfTargets(const Article& article, std::vector<Event>* events) {
  const ParagraphSentences sentences = ArticleSentences(article);
  for (Event& t : *events) {
    if (t.type != EventType::kAcquisitionAttempt || t.candidate_kind != CandidateKind::kCompany) continue;
    std::vector<std::string> names = OwnSpellings(article, t.candidate);
    names.push_back(t.candidate);
    std::string label;
    int count = -1;
    for (size_t para = 0; para < article.paragraphs.size() && count < 0; ++para) {
      bool near = false;
      for (const Evidence& x : t.evidence)
        near = near || static_cast<int>(para) == x.paragraph || static_cast<int>(para) == x.paragraph + 1;
      if (!near) continue;
      const std::string& text = article.paragraphs[para];
      for (const std::string& n : names)
        for (size_t f = text.find(n); f != std::string::npos && count < 0; f = text.find(n, f + 1))
          count = CountedGroupAfter(text, f + n.size(), &label);
      if (count < 0 && para < sentences.size())
        for (const auto& [sb, se] : sentences[para]) {
          if (count >= 0) break;
          count = AimedTeamIn(text, static_cast<size_t>(sb), static_cast<size_t>(se), names, &label);
          // The sentence that told the team is the attempt's too (PlannedTeamMoves drops its team read again
          // there).
          if (count > 0) t.evidence.push_back(Evidence{static_cast<int>(para), sb, se});
        }
    }
    if (count < 0) continue;
    t.previous_employer = t.candidate;
    t.previous_employer_aliases.clear();
    t.candidate = label + " from " + t.previous_employer;
    t.candidate_kind = CandidateKind::kGroup;
    t.candidate_count = count > 0 ? count : -1;
  }
}

// A failed bid aimed at the target's founder ("in a deal aimed largely at bringing on its founder Dara
// Kwon, but the talks collapsed", "창업자인 문태준 대표 영입을 노리고 인수를 타진"): the attempt on the
// company and the unsettled offer to a person of that company are one acquisition attempt whose
// candidate is the person (the gold of events-b12 en-09, events-d11 en-09 and ko-07), with the
// company as previous employer and outcome failed. The person is the target's (previous employer
// the company) or named in the attempt's paragraph; an offer with pay of its own that the attempt's
// paragraph does not state (a personal package after the bid failed) stays an offer.
void AttemptsForFounders(std::vector<Event>* events) {
  std::vector<Event>& out = *events;
  auto near = [](const Event& a, const Event& b) {
    for (const Evidence& x : a.evidence)
      for (const Evidence& y : b.evidence)
        if (x.paragraph == y.paragraph) return true;
    return false;
  };
  std::vector<bool> drop(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != EventType::kAcquisitionAttempt || out[i].candidate_kind != CandidateKind::kCompany ||
        out[i].outcome != Outcome::kFailed)
      continue;
    int founder = -1, seen = 0;
    for (size_t j = 0; j < out.size(); ++j) {
      const Event& o = out[j];
      if (drop[j] || o.type != EventType::kOffer || o.candidate_kind != CandidateKind::kPerson ||
          o.employer != out[i].employer ||
          (o.outcome != Outcome::kOffered && o.outcome != Outcome::kDeclined &&
           o.outcome != Outcome::kFailed))
        continue;
      const bool same_paragraph = near(o, out[i]);
      if (!(SameOrUnit(o.previous_employer, out[i].candidate) || same_paragraph) ||
          (!o.offers.empty() && !same_paragraph))
        continue;
      founder = static_cast<int>(j);
      ++seen;
    }
    if (seen != 1) continue;
    Event& t = out[i];
    Event& f = out[static_cast<size_t>(founder)];
    t.previous_employer = t.candidate;
    t.previous_employer_aliases.clear();
    t.candidate = f.candidate;
    t.candidate_kind = CandidateKind::kPerson;
    if (t.role.empty()) t.role = f.role;
    for (const Evidence& x : f.evidence)
      if (std::find(t.evidence.begin(), t.evidence.end(), x) == t.evidence.end()) t.evidence.push_back(x);
    drop[static_cast<size_t>(founder)] = true;
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(out[i]));
  out = std::move(kept);
}

namespace {

// A failed bid names the target company as where the people sought come from (the writers' brief
// of events-b11: previous_employer = the target company): an acquisition attempt on a company
// candidate has that company as its previous employer.
// A person named after a founder row (cues.tsv kind founder: "공동 창업자인 임하늘 CTO는", "co-founder Maya
// Patel") within 40 bytes before the name in its sentence.
bool NamedAsFounder(const Article& a, const std::string& candidate) {
  for (const Entity& en : a.entities) {
    if (en.type != EntityType::kPerson || (en.canonical != candidate && en.name != candidate)) continue;
    for (const Mention& m : en.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
      const size_t from = static_cast<size_t>(std::max(0, m.start - 40));
      std::string before = ToLowerAscii(p.substr(from, static_cast<size_t>(m.start) - from));
      if (const size_t stop = before.rfind(". "); stop != std::string::npos) before = before.substr(stop + 2);
      for (const std::string& w : CuePhrases("founder")) {
        std::vector<size_t> at;
        FindAll(before, w, IsAsciiText(w), &at);
        if (!at.empty()) return true;
      }
    }
  }
  return false;
}

}  // namespace

// The company an employer takes over with its staff (an acquihire) is where its founders and staff come
// from (docs/events.md, evemp25): a person hire with no previous employer named as a founder
// (NamedAsFounder) takes the previous employer of the employer's acquihire ("별빛스튜디오의 서민재 대표를
// 포함한 개발자 23명 …", then "공동 창업자인 임하늘 CTO는 … 합류했다"); an acquihire with none takes the one
// previous employer the employer's person hires share ("the two co-founders of Kinetica Labs and about 40
// employees"), and one read the other way round (at the founders' company, from the company they join) turns
// round.
void AcquiredOrigins(const Article& a, std::vector<Event>* events) {
  // The one previous employer of the person hires at `employer`, else "".
  auto shared_origin = [&](const std::string& employer) -> std::string {
    std::set<std::string> shared;
    for (const Event& o : *events)
      if (o.type == EventType::kHire && o.candidate_kind == CandidateKind::kPerson && o.employer == employer)
        shared.insert(o.previous_employer);
    return shared.size() == 1 && *shared.begin() != employer ? *shared.begin() : "";
  };
  for (Event& e : *events) {
    if (e.type != EventType::kAcquihire) continue;
    if (e.previous_employer.empty()) {
      e.previous_employer = shared_origin(e.employer);
    } else if (!e.employer.empty() && shared_origin(e.previous_employer) == e.employer) {
      // The two sides read the other way round: the founders go from the employer to the "origin".
      std::swap(e.employer, e.previous_employer);
      std::swap(e.employer_aliases, e.previous_employer_aliases);
    }
  }
  for (Event& e : *events) {
    if (e.type != EventType::kHire || e.candidate_kind != CandidateKind::kPerson ||
        !e.previous_employer.empty())
      continue;
    for (const Event& o : *events)
      if (o.type == EventType::kAcquihire && o.employer == e.employer && !o.previous_employer.empty() &&
          NamedAsFounder(a, e.candidate)) {
        e.previous_employer = o.previous_employer;
        e.previous_employer_aliases = o.previous_employer_aliases;
        break;
      }
  }
}

void TargetsAsOrigin(std::vector<Event>* events) {
  for (Event& e : *events)
    if (e.type == EventType::kAcquisitionAttempt && e.candidate_kind == CandidateKind::kCompany &&
        e.previous_employer.empty())
      e.previous_employer = e.candidate;
}

// Korean: the origin as the article writes it, a named part kept ("네이버 클라우드 출신",
// "네이버 클라우드에서 일하던"): a previous employer's spelling followed by one more word and a
// source marker row of frames.tsv (출신, 소속, 에서) gains that longer spelling. Not when the word is
// a division (KoreanUnit: "KAIST 전기및전자공학부 출신" stays KAIST) or a title ("삼성전자 부사장
// 출신").
void WholeOriginSpellings(const Article& a, std::vector<Event>* events) {
  const FrameReader& frames = FrameReader::Default();
  const extract::EntityWords& words = extract::EntityWords::Default();
  std::vector<std::string> markers;
  for (const FrameReader::Row& row : frames.rows())
    if (row.kind == "marker" && row.lang == "ko" && row.value == "source") markers.push_back(row.text);
  for (Event& e : *events) {
    if (e.previous_employer.empty()) continue;
    std::vector<std::string> spellings = e.previous_employer_aliases;
    spellings.push_back(e.previous_employer);
    std::vector<std::string> add;
    for (const std::string& sp : spellings) {
      if (!IsKoreanText(sp)) continue;
      const std::string lead = sp + " ";
      for (const std::string& p : a.paragraphs)
        for (size_t f = p.find(lead); f != std::string::npos; f = p.find(lead, f + 1)) {
          if (f > 0 && p[f - 1] != ' ' && p[f - 1] != '(' && p[f - 1] != '\'') continue;
          const size_t w = f + lead.size();
          size_t end = p.find_first_of(" ,.()'\"", w);
          if (end == std::string::npos) end = p.size();
          std::string word = p.substr(w, end - w);
          for (const std::string& m : markers) {
            std::string stem;
            if (word.size() > m.size() && word.compare(word.size() - m.size(), m.size(), m) == 0)
              stem = word.substr(0, word.size() - m.size());  // 클라우드에서
            else if (p.compare(end, m.size() + 1, " " + m) == 0)
              stem = word;  // 클라우드 출신
            if (stem.empty() || !IsKoreanText(stem) || stem.size() > 18) continue;
            const std::string whole = lead + stem;
            if (frames.KoreanUnit(whole) || frames.KoreanUnit(stem) ||
                words.Has(extract::WordList::kKoTitle, stem) ||
                std::find(spellings.begin(), spellings.end(), whole) != spellings.end() ||
                std::find(add.begin(), add.end(), whole) != add.end())
              continue;
            add.push_back(whole);
          }
        }
    }
    for (std::string& w : add) e.previous_employer_aliases.push_back(std::move(w));
  }
}

// An amount the article states twice for one event (the headline's "$50mn guarantee" and the
// body's "a guaranteed payout of $50mn") is one offer: a stated offer of the same currency and
// value as an earlier one of the event, with no other terms, is dropped.
void DropRepeatedOffers(std::vector<Event>* events) {
  for (Event& e : *events) {
    std::vector<Offer> kept;
    for (Offer& o : e.offers) {
      bool repeat = false;
      for (Offer& k : kept) {
        if (!o.derivation.empty() || !k.derivation.empty() || o.currency != k.currency || o.value != k.value)
          continue;
        if (!o.terms.empty() && !k.terms.empty() && o.terms != k.terms) continue;
        if (k.terms.empty()) k.terms = o.terms;
        if (k.first_year_usd.empty()) k.first_year_usd = o.first_year_usd;
        if (k.response.empty()) k.response = o.response;
        repeat = true;
        break;
      }
      if (!repeat) kept.push_back(std::move(o));
    }
    e.offers = std::move(kept);
  }
}

// A Korean division marked as where people come from by a source marker row of frames.tsv
// ("미래에셋증권 IB2부문 소속 김태준 …", "삼성전자 파운드리사업부 출신"): the company it belongs to —
// the article's organization spelled like the words before its last one, else those words. ""
// when the division has no such mark or is one word.
std::string UnitOriginCompany(const Article& a, const std::string& unit) {
  const size_t sp = unit.rfind(' ');
  if (sp == std::string::npos) return "";
  bool marked = false;
  for (const FrameReader::Row& row : FrameReader::Default().rows()) {
    if (row.kind != "marker" || row.lang != "ko" || row.value != "source") continue;
    const std::string phrase = unit + " " + row.text;
    for (const std::string& p : a.paragraphs) marked = marked || p.find(phrase) != std::string::npos;
  }
  if (!marked) return "";
  const std::string parent = unit.substr(0, sp);
  for (const Entity& en : a.entities) {
    if (en.type == EntityType::kPerson) continue;
    if (en.name == parent || en.canonical == parent ||
        std::find(en.aliases.begin(), en.aliases.end(), parent) != en.aliases.end())
      return en.canonical;
  }
  return parent;
}

}  // namespace hirewire::normalize::events_detail
