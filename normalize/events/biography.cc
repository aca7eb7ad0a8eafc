#include "normalize/events/internal.h"
#include "normalize/name_key.h"

// Korean and English biography clauses (where a person was before), Korean name appositions,
// a holding company's units, repeated departures.

namespace hirewire::normalize::events_detail {

namespace {

// ---------------------------------------------------------------------------------------
// Korean biography clauses (docs/blind_errors.md, twelfth session S3): after a list of hires
// ("한울은 강현석 변호사, 문지영 전문위원, 배상훈 변호사를 영입했다"), each member is described in a
// clause of their own opened by a reference to them as topic or subject ("문 전문위원은
// 공정거래위원회에서 카르텔조사과장을 지냈으며, 배 변호사는 김앤장 …"). The span of a reference runs
// to the next person named (or the paragraph's end); the organization last marked in it as where
// the person was (ORG에서, ORG [one or two words] 출신, ORG로 자리를 옮겼다, ORG에 입사해, ORG … 을
// 지냈다) is that person's previous employer. An organization never carries over into the next
// member's span.

bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

// A name, title or organization character (Hangul, Latin letters, digits).
bool KoNameChar(std::string_view p, size_t end_before) {
  if (end_before == 0) return false;
  size_t b = end_before - 1;
  while (b > 0 && (static_cast<unsigned char>(p[b]) & 0xC0) == 0x80) --b;
  size_t len = 0;
  char32_t c = DecodeUtf8At(p, b, &len);
  return IsHangulSyllable(c) || (c < 0x80 && IsAsciiAlnum(static_cast<char>(c)));
}

// Hangul syllables of `s`, or -1 when it holds anything else.
int HangulSyllables(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    if (!IsHangulSyllable(DecodeUtf8(s, &i))) return -1;
    ++n;
  }
  return n;
}

// `word` closed by a topic or subject particle (topic_particle rows): the word without it, else empty.
std::string_view BeforeTopicParticle(std::string_view word) {
  const size_t n = FrameReader::Default().RowEnding("topic_particle", "ko", word);
  return n > 0 ? word.substr(0, word.size() - n) : std::string_view{};
}

std::string_view WordAt(std::string_view p, size_t at) {
  size_t e = p.find_first_of(" ,.", at);
  return p.substr(at, (e == std::string_view::npos ? p.size() : e) - at);
}

struct BioRef {
  int para = 0;
  size_t start = 0, end = 0;  // the reference, particle included
  const Entity* person = nullptr;
};

// The words written right after a person's name ("강현석 변호사", "문지영 전문위원,"), particles off.
std::vector<std::string> TitlesAfterName(const Article& a, const Entity& person) {
  std::vector<std::string> out;
  for (const Role& r : person.roles)
    if (!r.title.empty()) out.push_back(r.title);
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view p = a.paragraphs[m.paragraph];
    if (!StartsWith(p, static_cast<size_t>(m.end), " ")) continue;
    std::string w(WordAt(p, static_cast<size_t>(m.end) + 1));
    w.resize(w.size() - FrameReader::Default().RowEnding("name_particle", "ko", w));
    if (HangulSyllables(w) >= 2) out.push_back(w);
  }
  return out;
}

// Every reference to a Korean person as topic or subject: a mention of the name, or the surname
// and a title ("강 변호사는", "문 전문위원은", "황보 대표는"), each optionally followed by one title
// word and then 은/는/이/가. A surname + title shared by two people of the article refers to none.
std::vector<BioRef> KoreanPersonRefs(const Article& a) {
  const auto& words = extract::EntityWords::Default();
  std::vector<BioRef> out;
  std::vector<const Entity*> people;
  for (const Entity& en : a.entities) {
    const int n = HangulSyllables(en.name);
    if (en.type == EntityType::kPerson && n >= 2 && n <= 5) people.push_back(&en);
  }
  auto surnames = [&](const Entity& en) {
    std::vector<std::string> s;
    size_t first = 0;
    DecodeUtf8(en.name, &first);
    if (words.Has(extract::WordList::kKoSurname, en.name.substr(0, first)))
      s.push_back(en.name.substr(0, first));
    if (en.name.size() > 6 && words.Has(extract::WordList::kKoSurname, en.name.substr(0, 6)))
      s.push_back(en.name.substr(0, 6));
    return s;
  };
  std::map<const Entity*, std::vector<std::string>> titles;
  for (const Entity* en : people) titles[en] = TitlesAfterName(a, *en);
  // The title word `w` names the person: written after their name (or its end: 위원 of 전문위원).
  auto own_title = [&](const Entity* en, std::string_view w) {
    for (const std::string& t : titles[en])
      if (t == w ||
          (w.size() >= 6 && t.size() > w.size() && t.compare(t.size() - w.size(), w.size(), w) == 0))
        return true;
    return false;
  };
  auto add = [&](int pi, size_t start, size_t after_name, const Entity* en) {
    std::string_view p = a.paragraphs[pi];
    // The name's own particle ("강현석은") or one title word and its particle ("강현석 변호사는").
    std::string_view glued = WordAt(p, after_name);
    if (FrameReader::Default().IsRow("topic_particle", "ko", glued)) {
      out.push_back({pi, start, after_name + glued.size(), en});
      return;
    }
    if (!StartsWith(p, after_name, " ")) return;
    std::string_view w = WordAt(p, after_name + 1);
    std::string_view title = BeforeTopicParticle(w);
    if (title.empty() || HangulSyllables(title) < 1) return;
    if (!own_title(en, title) && FrameReader::Default().KoreanTitleEnding(title) == 0 &&
        !FrameReader::Default().IsRow("appointee_noun", "ko", title))
      return;
    out.push_back({pi, start, after_name + 1 + w.size(), en});
  };
  for (const Entity* en : people) {
    for (const Mention& m : en->mentions)
      if (m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < a.paragraphs.size())
        add(m.paragraph, static_cast<size_t>(m.start), static_cast<size_t>(m.end), en);
    for (const std::string& s : surnames(*en)) {
      for (size_t pi = 0; pi < a.paragraphs.size(); ++pi) {
        std::string_view p = a.paragraphs[pi];
        const std::string ref = s + " ";
        for (size_t f = p.find(ref); f != std::string_view::npos; f = p.find(ref, f + 1)) {
          if (KoNameChar(p, f)) continue;
          std::string_view title = BeforeTopicParticle(WordAt(p, f + ref.size()));
          if (title.empty()) continue;
          // Another person with this surname the title fits as well: no reference.
          bool shared = false;
          for (const Entity* other : people)
            if (other != en && other->name.compare(0, s.size(), s) == 0 &&
                (own_title(other, title) || !own_title(en, title)))
              shared = true;
          if (!shared) add(static_cast<int>(pi), f, f + s.size(), en);
        }
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const BioRef& x, const BioRef& y) {
    return std::tie(x.para, x.start) < std::tie(y.para, y.start);
  });
  return out;
}

// A Hangul syllable with the final ㅆ: the past (했, 였, 겼, 왔, 냈 …) or 있.
bool PastSyllable(char32_t c) { return IsHangulSyllable(c) && (c - 0xAC00) % 28 == 20; }

// The clause after an organization, from `e` to the first sentence end, comma or connective word
// (-며, -고, 뒤, 후) within `limit`, tells a place the person was: not a post to come ("마이크론에서
// … 부사장을 맡는다", "맡을 예정이다": a last word in -다 without a past syllable, or 예정) nor a
// school ("스탠퍼드대에서 박사 학위를 받고", "졸업").
bool PastPlaceClause(std::string_view p, size_t e, size_t limit) {
  size_t at = e;
  std::string_view last;
  bool past = false;
  while (at < limit) {
    size_t we = p.find_first_of(" ,", at);
    if (we == std::string_view::npos || we > limit) we = limit;
    std::string_view w = p.substr(at, we - at);
    bool sentence_end = !w.empty() && w.back() == '.';
    if (sentence_end) w.remove_suffix(1);
    if (w.find("학위") != std::string_view::npos || w.find("졸업") != std::string_view::npos ||
        w == "예정이다" || w.find("예정") == 0)
      return false;
    for (size_t i = 0; i < w.size();)
      if (PastSyllable(DecodeUtf8(w, &i))) past = true;
    past = past || w.find("출신") != std::string_view::npos;
    last = w;
    const bool connective = w.size() > 3 && (EndsWithAt(w, w.size(), "며") || EndsWithAt(w, w.size(), "고"));
    if (sentence_end || (we < p.size() && p[we] == ',') || connective || w == "뒤" || w == "후") break;
    at = we + 1;
  }
  return past || !(last.size() > 3 && EndsWithAt(last, last.size(), "다"));
}

// Where an organization mention ending at `e` of `p` marks a place the person was: 에서, 출신 (past
// one or two words: "메리츠화재 리스크관리팀장 출신"), a past move's destination ("삼성전자로 자리를
// 옮겨", "KT에 입사해", "김앤장에 합류했다"), a company founded ("딥노트를 창업했다") or a post held
// ("삼성SDI 전지연구소 수석연구원을 지냈다", "서울대 재료공학부 교수로 재직해 왔다").
bool BioPlaceMarked(std::string_view p, size_t e, size_t limit) {
  if (StartsWith(p, e, "에서") || StartsWith(p, e, "출신") || StartsWith(p, e, " 출신")) return true;
  if (FrameReader::Default().RowStartsAt("bio_place", "ko", p, e)) return true;
  size_t at = e;
  for (int word = 0; word < 3 && StartsWith(p, at, " ") && at + 1 < limit; ++word) {
    std::string_view w = WordAt(p, at + 1);
    if (w.empty() || at + 1 + w.size() > limit) return false;
    const std::string_view rest = p.substr(at + 1 + w.size());
    if (word > 0 && w.rfind("출신", 0) == 0) return true;
    if (EndsWithAt(w, w.size(), "에서") || EndsWithAt(w, w.size(), "에서는")) return true;
    if (EndsWithAt(w, w.size(), "을") || EndsWithAt(w, w.size(), "를"))
      return rest.rfind(" 지냈", 0) == 0 || rest.rfind(" 역임", 0) == 0;
    if (EndsWithAt(w, w.size(), "로"))
      return rest.rfind(" 재직", 0) == 0 || rest.rfind(" 근무", 0) == 0 || rest.rfind(" 일했", 0) == 0 ||
             rest.rfind(" 일하", 0) == 0 || rest.rfind(" 합류", 0) == 0;
    // Only a unit or title between: a word with no ending of its own.
    for (std::string_view ending :
         {"와", "과", "의", "에", "도", "은", "는", "이", "가", "며", "고", "다", "서"})
      if (EndsWithAt(w, w.size(), ending)) return false;
    at += 1 + w.size();
  }
  return false;
}

struct Occ {
  size_t start, end;
  const Entity* org;
};

// Every spelling of an organization written in [from, to) of paragraph `pi` (not glued after a name
// character), by start, the longest name first at each start.
std::vector<Occ> KoreanOrgOccurrences(const Article& a, int pi, size_t from, size_t to) {
  std::string_view p = a.paragraphs[pi];
  std::vector<Occ> occ;
  for (const Entity& en : a.entities) {
    if (!IsOrgType(en.type)) continue;
    std::vector<std::string_view> spell{en.name, en.canonical};
    for (const std::string& al : en.aliases) spell.push_back(al);
    for (std::string_view s : spell) {
      if (s.size() < 2 || (s.size() < 3 && !IsAsciiText(s))) continue;
      for (size_t f = p.find(s, from); f != std::string_view::npos && f + s.size() <= to;
           f = p.find(s, f + 1))
        if (!KoNameChar(p, f)) occ.push_back({f, f + s.size(), &en});
    }
  }
  // The longest name at each start; a name right after another ("삼성SDI 전지연구소") is its unit.
  std::sort(occ.begin(), occ.end(), [](const Occ& x, const Occ& y) {
    return x.start != y.start ? x.start < y.start : x.end > y.end;
  });
  return occ;
}

// The organization last marked as a place of the person in [from, to) of paragraph `pi`, other
// than `employer`; empty when none.
std::string BioPlaceIn(const Article& a, int pi, size_t from, size_t to, const std::string& employer,
                       const std::string& candidate) {
  std::string_view p = a.paragraphs[pi];
  std::vector<Occ> occ = KoreanOrgOccurrences(a, pi, from, to);
  std::string best;
  size_t covered = 0;
  for (const Occ& o : occ) {
    if (o.start < covered) continue;
    const bool unit_of_previous = covered > 0 && o.start == covered + 1 && p[covered] == ' ';
    covered = o.end;
    if (unit_of_previous) continue;
    if (!BioPlaceMarked(p, o.end, to) || !PastPlaceClause(p, o.end, to)) continue;
    const std::string& name = o.org->canonical;
    bool at_employer = SameOrUnit(name, employer);
    for (const std::string& s : OwnSpellings(a, employer)) at_employer = at_employer || s == o.org->name;
    // A dated move to the employer itself ("2019년 삼성디스플레이에서 삼성전자로 자리를 옮긴 뒤"): the
    // person was there already; the places before are older.
    if (at_employer && NearYear(p, o.start, from, o.start)) {
      best.clear();
      break;  // the rest of the span is inside the employer ("… 인수금융 분야에서 두각을 나타냈다")
    }
    if (!at_employer && name != candidate) best = name;
  }
  return best;
}

// The span of reference `r` (see KoreanPersonRefs): to the next person named after it in its
// paragraph, or the paragraph's end.
size_t BioSpanEnd(const Article& a, const std::vector<BioRef>& refs, size_t r) {
  const BioRef& ref = refs[r];
  size_t to = a.paragraphs[ref.para].size();
  for (const Entity& other : a.entities)
    if (other.type == EntityType::kPerson && &other != ref.person)
      for (const Mention& m : other.mentions)
        if (m.paragraph == ref.para && static_cast<size_t>(m.start) >= ref.end)
          to = std::min(to, static_cast<size_t>(m.start));
  for (size_t n = r + 1; n < refs.size(); ++n)
    if (refs[n].para == ref.para && refs[n].person != ref.person) to = std::min(to, refs[n].start);
  return to;
}

// Whether organization `canonical` is written in [from, to) of paragraph `pi`.
bool OrgWrittenIn(const Article& a, const std::string& canonical, int pi, size_t from, size_t to) {
  std::string_view p = std::string_view(a.paragraphs[pi]).substr(0, to);
  for (const Entity& en : a.entities) {
    if (en.type == EntityType::kPerson || en.canonical != canonical) continue;
    std::vector<std::string_view> spell{en.name, en.canonical};
    for (const std::string& al : en.aliases) spell.push_back(al);
    for (std::string_view s : spell)
      if (!s.empty() && p.find(s, from) != std::string_view::npos) return true;
  }
  return false;
}

// The person is named with a title at the employer ("최동혁 우리은행 개인그룹 부행장", "한승민
// 삼성리서치 부소장"): one of the employer's own people, whose biography tells older places.
bool TitledAtEmployer(const Article& a, const Event& e) {
  std::vector<std::string> emp = OwnSpellings(a, e.employer);
  emp.push_back(e.employer);
  for (const Entity& person : a.entities) {
    if (person.type != EntityType::kPerson || (person.name != e.candidate && person.canonical != e.candidate))
      continue;
    for (const Mention& m : person.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[m.paragraph];
      for (const std::string& s : emp) {
        if (s.size() < 2) continue;
        if (StartsWith(p, static_cast<size_t>(m.end), " " + s + " ")) return true;
        // The employer one or two title words before the name.
        size_t at = static_cast<size_t>(m.start);
        for (int words = 0; words < 3 && at > 1 && p[at - 1] == ' '; ++words) {
          size_t b = p.rfind(' ', at - 2);
          b = b == std::string_view::npos ? 0 : b + 1;
          std::string_view w = p.substr(b, at - 1 - b);
          if (w == s) return true;
          if (w.find_first_of(",.") != std::string_view::npos || BeforeTopicParticle(w).size() > 0) break;
          at = b;
        }
      }
    }
  }
  return false;
}

// The previous employer from a Korean person's own biography clause (see above): the first
// reference to the person whose span marks an organization as a place they were. It fills an
// empty previous employer; it replaces one only when that one belongs to another person's span
// and not to this person's (a list member's origin carried over to the next: "문 전문위원은
// 공정거래위원회에서 …지냈으며, 배 변호사는 김앤장 …"), or when it is a unit of the place the span names
// ("엔씨소프트 AI센터" for "엔씨소프트에서 … 이끌었다").
// English: where a sentence about the candidate places them before the move. The sentence opens
// with the person (past an age gloss, "O'Dowd, 52,") and states a post with a bio_copula row, an
// optional bio_adverb row around it ("was most recently", "has been", "previously served as"), then
// a title word (en_title) and "at"/"of" an organization: "O'Dowd was most recently a senior vice
// president at Qualcomm", "Adeyemi has been provost at Northwestern since 2019". That organization
// is the previous employer of a hire or offer that has none, unless it is the employer.
std::string EnglishBioPlace(const Article& a, const Mention& m, const std::string& employer, bool* latest) {
  const std::string& p = a.paragraphs[static_cast<size_t>(m.paragraph)];
  const std::string lo = AsciiLower(p);
  const size_t st = static_cast<size_t>(m.start);
  if (st != 0 && !EndsWithAt(lo, st, ". ") && !EndsWithAt(lo, st, "\n")) return "";
  size_t at = static_cast<size_t>(m.end);
  if (StartsWith(lo, at, ", ")) {  // an age gloss
    size_t d = at + 2;
    while (d < lo.size() && lo[d] >= '0' && lo[d] <= '9') ++d;
    if (d == at + 2 || !StartsWith(lo, d, ",")) return "";
    at = d + 1;
  }
  const FrameReader& fr = FrameReader::Default();
  *latest = false;
  bool untitled = false, direct = false;
  auto row_at = [&](std::string_view kind) {
    size_t best = 0;
    const FrameReader::Row* row = nullptr;
    for (const FrameReader::Row& r : fr.rows())
      if (r.kind == kind && r.lang == "en" && StartsWith(lo, at, " " + r.text + " ") &&
          r.text.size() + 1 > best) {
        best = r.text.size() + 1;
        row = &r;
      }
    // "has since been", "most recently": the post the person holds last, after any other the article names.
    if (row && row->value == "latest") *latest = true;
    // "led pricing at X", "worked at X": a verb of working needs no title before "at"; "coached X": the
    // organization is the verb's object ("led DRAM development" is none: only "direct" rows take an object).
    if (row && row->value == "untitled") untitled = true;
    if (row && row->value == "direct") direct = true;
    return best;
  };
  at += row_at("bio_adverb");
  const size_t cop = row_at("bio_copula");
  if (cop == 0) return "";
  at += cop;
  at += row_at("bio_adverb");
  // The organization whose mention starts at byte `from` of the paragraph ("" when none or the employer).
  auto org_at = [&](size_t from, bool* found) {
    for (const Entity& o : a.entities)
      for (const Mention& om : o.mentions)
        if (o.type != EntityType::kPerson && om.paragraph == m.paragraph &&
            static_cast<size_t>(om.start) == from) {
          *found = true;
          return SameOrUnit(o.canonical, employer) ? std::string() : o.canonical;
        }
    return std::string();
  };
  bool found = false;
  if (direct) return org_at(at + 1, &found);
  const size_t end = std::min({lo.find(". ", at), lo.size(), at + 120});
  bool titled = untitled;
  const extract::EntityWords& words = extract::EntityWords::Default();
  for (size_t w = at + 1; w < end;) {
    size_t e = std::min(lo.find_first_of(" ,;", w), end);
    const std::string_view word = std::string_view(lo).substr(w, e - w);
    // "vice president of engineering at Stripe": an "of" before no organization is part of the post.
    // "spent six seasons with the Dalston Rovers": after a verb of working, "with" places the person too.
    if (((word == "at" || word == "of") && titled) || (word == "with" && untitled)) {
      std::string place = org_at(e + 1, &found);
      if (!found && StartsWith(lo, e + 1, "the "))
        place = org_at(e + 5, &found);  // "with the Dalston Rovers"
      // "at reinsurer Solent Re": a company kind word before the name.
      const size_t kind_end = lo.find(' ', e + 1);
      if (!found && kind_end != std::string::npos && kind_end < end &&
          words.Has(extract::WordList::kOrgAppositionNoun,
                    std::string_view(lo).substr(e + 1, kind_end - e - 1)))
        place = org_at(kind_end + 1, &found);
      // "spent eight years at Panasonic Energy before joining GM": an employer before another one, not the
      // latest.
      if (found && untitled) {
        const size_t stop = std::min(lo.find(". ", e), lo.size());
        const size_t before = lo.find(" before ", e);
        if (before < stop) {
          const size_t verb_end = std::min(lo.find_first_of(" ,.", before + 8), stop);
          if (EndsWithAt(lo, verb_end, "ing")) return "";
        }
      }
      if (found) return place;
    }
    if (lo[e < lo.size() ? e : lo.size() - 1] == ',' || lo[e < lo.size() ? e : lo.size() - 1] == ';')
      return "";
    titled = titled || words.Has(extract::WordList::kEnTitle, word);
    w = e + 1;
  }
  return "";
}

}  // namespace

void EnglishBioOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer) || HangulSyllables(e.candidate) > 0)
      continue;
    for (const Entity& person : a.entities) {
      if (person.type != EntityType::kPerson ||
          (person.canonical != e.candidate && person.name != e.candidate))
        continue;
      for (const Mention& m : person.mentions) {
        bool latest = false;
        const std::string place = EnglishBioPlace(a, m, e.employer, &latest);
        // A place fills an empty previous employer; the latest one ("Lee has since been a professor at Yonsei
        // University") replaces an older one a descriptor gave ("a former Samsung SDS executive").
        if (place.empty() || (!e.previous_employer.empty() && !latest)) continue;
        e.previous_employer = place;
        e.previous_employer_aliases = OwnSpellings(a, place);
        break;
      }
      break;
    }
  }
}

void KoreanBioOrigins(const Article& a, std::vector<Event>* events) {
  std::vector<BioRef> refs;
  bool built = false;
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.employer.empty() ||
        HangulSyllables(e.candidate) < 2 || (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    if (!built) {
      refs = KoreanPersonRefs(a);
      built = true;
    }
    auto own = [&](const BioRef& ref) {
      return ref.person->name == e.candidate || ref.person->canonical == e.candidate;
    };
    if (TitledAtEmployer(a, e)) continue;
    std::string place;
    bool current_own = false, current_other = false;
    for (size_t r = 0; r < refs.size(); ++r) {
      const size_t to = BioSpanEnd(a, refs, r);
      const bool written =
          !e.previous_employer.empty() && OrgWrittenIn(a, e.previous_employer, refs[r].para, refs[r].end, to);
      (own(refs[r]) ? current_own : current_other) |= written;
      if (own(refs[r]) && place.empty())
        place = BioPlaceIn(a, refs[r].para, refs[r].end, to, e.employer, e.candidate);
    }
    if (place.empty() || place == e.previous_employer) continue;
    const bool replace =
        e.previous_employer.empty() || (current_other && !current_own) ||
        (SameOrUnit(place, e.previous_employer) && place.size() < e.previous_employer.size());
    if (!replace) continue;
    e.previous_employer = place;
    e.previous_employer_aliases = OwnSpellings(a, place);
  }
}

namespace {

// A holding's units: the other organizations of the article named by the holding's own first word
// (English "Hanbit" of Hanbit Financial Group: Hanbit Bank, Hanbit Card) or, in Korean, by the
// holding's name before its holding ending (한결 of 한결금융지주: 한결은행). None when the employer is
// no holding.
std::vector<const Entity*> HoldingUnitsOf(const Article& a, const Entity& holding) {
  std::vector<const Entity*> out;
  std::string brand;
  for (const std::string& n : EntityNames(holding)) {
    std::string stem;
    if (!FrameReader::Default().HoldingName(n, &stem)) continue;
    brand = IsKoreanText(n) ? stem.substr(0, stem.find(' ')) : n.substr(0, n.find(' ')) + " ";
    break;
  }
  if (brand.size() < 3) return out;
  for (const Entity& e : a.entities) {
    if (e.type == EntityType::kPublication || &e == &holding || e.canonical == holding.canonical) continue;
    // The recognizer may type a unit a person ("Hanbit Card"): the brand and a unit word (English).
    if (e.type == EntityType::kPerson &&
        (IsKoreanText(e.name) || FrameReader::Default().UnitWordIn(ToLowerAscii(e.name), true).empty()))
      continue;
    for (const std::string& n : EntityNames(e))
      if (n.size() > brand.size() && n.compare(0, brand.size(), brand) == 0 &&
          !FrameReader::Default().HoldingName(n)) {
        out.push_back(&e);
        break;
      }
  }
  return out;
}

// Where `surface` stands in [from, to) of `p` (English: as whole words), or npos.
size_t SurfaceIn(std::string_view p, std::string_view surface, size_t from, size_t to) {
  for (size_t f = p.find(surface, from); f != std::string_view::npos && f + surface.size() <= to;
       f = p.find(surface, f + 1)) {
    if (IsKoreanText(surface)) return f;
    const size_t e = f + surface.size();
    if ((f == 0 || !std::isalnum(static_cast<unsigned char>(p[f - 1]))) &&
        (e >= p.size() || !std::isalnum(static_cast<unsigned char>(p[e]))))
      return f;
  }
  return std::string_view::npos;
}

// Korean: the unit of `units` written before the person in sentence `sent` as the goal of the post, its name
// followed by one or two words the last of which ends in 에 or 에는 ("한성그룹은 28일 한성반도체 대표이사에
// 윤재혁 부사장을 …", "세진화학 대표이사에는 외부 인사인 정미경 …을 영입했다", "계열사인 세진전자 신임
// 대표이사에는"), else null.
const Entity* KoreanGoalUnit(std::string_view p, const Evidence& sent, int person_end,
                             const std::vector<const Entity*>& units) {
  const Entity* best = nullptr;
  size_t best_at = 0;
  for (const Entity* u : units)
    for (const std::string& n : EntityNames(*u)) {
      for (size_t f = SurfaceIn(p, n, static_cast<size_t>(sent.start), static_cast<size_t>(person_end));
           f != std::string_view::npos; f = SurfaceIn(p, n, f + 1, static_cast<size_t>(person_end))) {
        size_t at = f + n.size();
        for (int word = 0; word < 2 && at < p.size() && p[at] == ' '; ++word) {
          const size_t we = std::min(p.find_first_of(" ,", at + 1), p.size());
          std::string_view w = p.substr(at + 1, we - at - 1);
          if (w.ends_with("에") || w.ends_with("에는")) {
            if (!best || f > best_at) {
              best = u;
              best_at = f;
            }
            break;
          }
          at = we;
        }
      }
    }
  return best;
}

// The unit of `units` the post after the person's mention at [start, end) of sentence `sent` names:
// English, the words after "as" up to the next comma ("as chief executive of its UK retail lender
// Harbourline Bank", "as the bank's next chief executive", "as chief executive of the card unit");
// Korean, the words after the person's object phrase (윤상철 한결은행 부행장을 "차기 은행장 후보로").
// A unit named there is the one; else a unit noun row names the kind, and the unit of that kind in
// the person's apposition (before the post) or the only one of that kind in the article is the one.
const Entity* UnitOfPost(const Article& a, const Evidence& sent, int end,
                         const std::vector<const Entity*>& units) {
  const std::string& p = a.paragraphs[static_cast<size_t>(sent.paragraph)];
  const std::string lo = ToLowerAscii(p);
  const bool korean = IsKoreanText(std::string_view(p).substr(static_cast<size_t>(end), 12));
  if (korean)
    if (const Entity* goal = KoreanGoalUnit(p, sent, end, units)) return goal;
  size_t post = std::string::npos;
  if (korean) {
    for (const char* obj : {"을 ", "를 "}) post = std::min(post, p.find(obj, static_cast<size_t>(end)));
    if (post != std::string::npos) post += 4;
  } else {
    post = lo.find(" as ", static_cast<size_t>(end));
    if (post != std::string::npos) post += 4;
  }
  if (post == std::string::npos || post >= static_cast<size_t>(sent.end)) return nullptr;
  size_t stop = std::min(static_cast<size_t>(sent.end), p.find(korean ? ". " : ",", post));
  if (korean) stop = std::min(stop, p.find(", ", post));
  stop = std::min(stop, p.size());
  for (const Entity* u : units)
    for (const std::string& n : EntityNames(*u))
      if (SurfaceIn(p, n, post, stop) != std::string_view::npos) return u;
  const std::string word =
      FrameReader::Default().UnitWordIn(std::string_view(korean ? p : lo).substr(post, stop - post), !korean);
  if (word.empty()) return nullptr;
  const Entity* only = nullptr;
  int kinds = 0;
  for (const Entity* u : units) {
    bool of_kind = false;
    for (const std::string& n : EntityNames(*u)) of_kind = of_kind || n.find(word) != std::string::npos;
    if (!of_kind) continue;
    for (const std::string& n : EntityNames(*u))
      if (SurfaceIn(p, n, static_cast<size_t>(end), post) != std::string_view::npos) return u;
    only = u;
    ++kinds;
  }
  return kinds == 1 ? only : nullptr;
}

// The person's mention ending inside the evidence sentence, or -1.
int PersonEndIn(const Article& a, const std::string& candidate, const Evidence& sent) {
  for (const Entity& e : a.entities) {
    if (e.type != EntityType::kPerson || (e.canonical != candidate && e.name != candidate)) continue;
    for (const Mention& m : e.mentions)
      if (m.paragraph == sent.paragraph && m.start >= sent.start && m.end <= sent.end) return m.end;
  }
  return -1;
}

// Korean: the organization written right after a person's name, past 전 "former" ("한도윤 전
// 서울고등법원 판사와 오세린 전 서울중앙지방법원 부장판사가 … 합류했다"), with a title after it, is where
// that person comes from, whoever else the list names; an organization of the person's own noun
// phrase. It fills an empty previous employer; with 전 it replaces one (an origin carried over from
// the member before). Not the employer itself or its unit, nor a division.
std::string KoreanNameApposition(const Article& a, const std::string& candidate, const std::string& employer,
                                 bool* former) {
  for (const Entity& p : a.entities) {
    if (p.type != EntityType::kPerson || (p.name != candidate && p.canonical != candidate)) continue;
    for (const Mention& m : p.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      const std::string& para = a.paragraphs[static_cast<size_t>(m.paragraph)];
      size_t at = static_cast<size_t>(m.end);
      if (!StartsWith(para, at, " ")) continue;
      ++at;
      const bool was = StartsWith(para, at, "전 ");
      if (was) at += std::string_view("전 ").size();
      for (const Entity& o : a.entities) {
        if (!IsOrgType(o.type)) continue;
        for (const Mention& om : o.mentions) {
          if (om.paragraph != m.paragraph || om.start != static_cast<int>(at) ||
              !StartsWith(para, static_cast<size_t>(om.end), " "))
            continue;
          if (SameOrUnit(o.canonical, employer) || FrameReader::Default().KoreanUnit(o.name)) continue;
          // A title after it closes the person's noun phrase ("판사와", "부사장이").
          std::string_view next = WordAt(para, static_cast<size_t>(om.end) + 1);
          for (std::string_view pa : {"와", "과", "이", "가", "은", "는", "을", "를", "도"})
            if (next.size() > pa.size() && next.substr(next.size() - pa.size()) == pa) {
              next.remove_suffix(pa.size());
              break;
            }
          const auto& words = extract::EntityWords::Default();
          if (FrameReader::Default().KoreanTitleEnding(next) == 0 &&
              !words.Has(extract::WordList::kKoTitle, next) &&
              !words.Has(extract::WordList::kKoPersonCue, next))
            continue;
          *former = was;
          return o.canonical;
        }
      }
    }
  }
  return "";
}

// The Korean head title (two syllables or more) the article gives a person ("현 행장인 하지석 행장"), or "".
std::string KoreanHeadTitle(const Article& a, const std::string& candidate) {
  for (const Entity& p : a.entities) {
    if (p.type != EntityType::kPerson || (p.name != candidate && p.canonical != candidate)) continue;
    for (const Role& r : p.roles)
      if (r.title.size() >= 6 && IsKoreanText(r.title) && r.title.find(' ') == std::string::npos)
        return r.title;
  }
  return "";
}

// The post `role` is the head title `title` or its longer form (은행장 for 행장), not its deputy (부행장).
bool PostOfTitle(const std::string& role, const std::string& title) {
  if (role.size() < title.size() || role.compare(role.size() - title.size(), title.size(), title) != 0)
    return false;
  const std::string_view before = std::string_view(role).substr(0, role.size() - title.size());
  return !before.ends_with("부") && !before.ends_with("전") && before.find(' ') == std::string_view::npos;
}

// A departure read at the holding by a person whose head title is the post a hire at one of the holding's
// units takes ("서해금융지주는 … 임도윤 서해은행 부행장을 차기 은행장 후보로 … 현 행장인 하지석 행장은 …
// 임기를 마치고 물러난다"): the head leaves that unit, not the holding.
void HoldingHeadDepartures(const Article& a, std::vector<Event>* events) {
  for (Event& d : *events) {
    if (d.type != EventType::kDeparture || d.candidate_kind != CandidateKind::kPerson ||
        !IsKoreanText(d.candidate))
      continue;
    const Entity* holding = OrgWithCanonical(a, d.employer);
    const std::string title = holding ? KoreanHeadTitle(a, d.candidate) : "";
    if (title.empty()) continue;
    const std::vector<const Entity*> units = HoldingUnitsOf(a, *holding);
    const Event* found = nullptr;
    for (const Event& h : *events) {
      if (h.type == EventType::kDeparture || h.candidate == d.candidate || !PostOfTitle(h.role, title) ||
          std::none_of(units.begin(), units.end(),
                       [&](const Entity* u) { return u->canonical == h.employer; }))
        continue;
      if (found && found->employer != h.employer) {
        found = nullptr;
        break;
      }
      found = &h;
    }
    if (!found) continue;
    d.employer = found->employer;
    d.employer_aliases = found->employer_aliases;
  }
}

}  // namespace

void KoreanAppositionOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.employer.empty() || !IsKoreanText(e.candidate) ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    bool former = false;
    const std::string org = KoreanNameApposition(a, e.candidate, e.employer, &former);
    if (org.empty() || org == e.previous_employer || (!e.previous_employer.empty() && !former)) continue;
    e.previous_employer = org;
    e.previous_employer_aliases = OwnSpellings(a, org);
  }
}

// A holding company that nominates the head of its bank, card or insurance unit ("Hanbit Financial
// Group … nominated Yoon Jae-ho, head of retail banking at Hanbit Bank, as the next chief executive
// of the lender"; "한결금융지주 … 윤상철 한결은행 부행장을 차기 은행장 후보로"): the unit the post names
// employs the person, not the holding; a unit that was the person's origin is where they are promoted
// (no previous employer). A departure at the holding told in the sentence of such a hire ("Yoon will
// succeed Choi Myung-jin, who will step down") leaves that unit.
void HoldingUnits(const Article& a, std::vector<Event>* events) {
  std::vector<std::pair<const Event*, std::string>> moved;  // hire, the holding it moved from
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.type == EventType::kDeparture ||
        e.type == EventType::kAcquisitionAttempt)
      continue;
    const Entity* holding = OrgWithCanonical(a, e.employer);
    if (!holding) continue;
    std::vector<const Entity*> units = HoldingUnitsOf(a, *holding);
    if (units.empty()) continue;
    for (const Evidence& ev : e.evidence) {
      if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
      const int end = PersonEndIn(a, e.candidate, ev);
      const Entity* unit = end < 0 ? nullptr : UnitOfPost(a, ev, end, units);
      if (!unit) continue;
      moved.emplace_back(&e, e.employer);
      e.employer = unit->canonical;
      e.employer_aliases = OwnSpellings(a, e.employer);
      if (SameOrUnit(e.previous_employer, e.employer)) {
        e.previous_employer.clear();
        e.previous_employer_aliases.clear();
      }
      break;
    }
  }
  // A hire moved to the unit that the unit's own goal phrase gave already ("한성그룹은 … 한성반도체
  // 대표이사에 윤재혁 …": the same sentence read with the group as subject and with the unit as goal) is one
  // hire.
  std::set<size_t> repeated;  // indices of the moved hires to drop
  for (const auto& [hire, holding] : moved)
    for (size_t i = 0; i < events->size(); ++i) {
      const Event& o = (*events)[i];
      if (&o != hire && o.type == hire->type && o.candidate == hire->candidate &&
          o.employer == hire->employer && !repeated.count(i)) {
        repeated.insert(static_cast<size_t>(hire - events->data()));
        break;
      }
    }
  for (Event& d : *events) {
    if (d.type != EventType::kDeparture || d.candidate_kind != CandidateKind::kPerson) continue;
    for (const auto& [hire, holding] : moved) {
      if (d.employer != holding) continue;
      bool together = false;
      for (const Evidence& ev : d.evidence) together = together || PersonEndIn(a, hire->candidate, ev) >= 0;
      if (!together) continue;
      d.employer = hire->employer;
      d.employer_aliases = hire->employer_aliases;
      break;
    }
  }
  // A group's reshuffle gives the affiliate only: a person hired at one of the holding's units is not hired
  // at the holding too ("세진화학 대표이사에는 … 정미경 …을 영입했다. … 세진그룹이 사장급 외부 인사를 계열사
  // 대표로 영입한 것은 5년 만이다").
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (e.candidate_kind != CandidateKind::kPerson || e.type == EventType::kDeparture ||
        e.type == EventType::kAcquisitionAttempt)
      continue;
    const Entity* holding = OrgWithCanonical(a, e.employer);
    if (!holding) continue;
    const std::vector<const Entity*> units = HoldingUnitsOf(a, *holding);
    for (size_t j = 0; j < events->size(); ++j) {
      const Event& o = (*events)[j];
      if (j == i || o.candidate != e.candidate || o.type == EventType::kDeparture) continue;
      if (std::any_of(units.begin(), units.end(),
                      [&](const Entity* u) { return u->canonical == o.employer; })) {
        repeated.insert(i);
        break;
      }
    }
  }
  for (auto it = repeated.rbegin(); it != repeated.rend(); ++it)
    events->erase(events->begin() + static_cast<std::ptrdiff_t>(*it));
  HoldingHeadDepartures(a, events);
}

namespace {

// The evidence of `e` writes its employer (one of the organization's spellings).
bool EmployerWrittenIn(const Article& a, const Event& e) {
  const Entity* org = OrgWithCanonical(a, e.employer);
  if (!org) return false;
  for (const Evidence& ev : e.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    for (const std::string& n : EntityNames(*org))
      if (SurfaceIn(a.paragraphs[static_cast<size_t>(ev.paragraph)], n, static_cast<size_t>(ev.start),
                    static_cast<size_t>(ev.end)) != std::string_view::npos)
        return true;
  }
  return false;
}

}  // namespace

// A person leaves once: a departure whose sentences name no organization (the employer taken from the
// context: "이 사장은 별도 보직 없이 회사를 떠난다") beside a departure of the same person from an
// organization its sentence names
// ("2019년부터 세진건설을 이끌어온 이준호 사장은 … 용퇴하기로 했다") is the same departure, not one from the
// context's company.
void RepeatedDepartures(const Article& a, std::vector<Event>* events) {
  std::vector<bool> named(events->size());
  for (size_t i = 0; i < events->size(); ++i) named[i] = EmployerWrittenIn(a, (*events)[i]);
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& d = (*events)[i];
    if (d.type != EventType::kDeparture || d.candidate_kind != CandidateKind::kPerson || named[i]) continue;
    for (size_t j = 0; j < events->size(); ++j) {
      const Event& o = (*events)[j];
      if (j != i && named[j] && o.type == EventType::kDeparture && o.candidate == d.candidate &&
          o.employer != d.employer) {
        drop[i] = true;
        break;
      }
    }
  }
  for (size_t i = events->size(); i-- > 0;)
    if (drop[i]) events->erase(events->begin() + static_cast<std::ptrdiff_t>(i));
}

// ---------------------------------------------------------------------------------------
// The latest place of a career (thirty-sixth session, branch evprev36). An article often names an
// older employer first ("ex-Micron executive", "전 국토교통부 차관") and then tells the career in order:
// "Since then she has been an operating partner at Larchmont Partners", "who moved from A to B in
// 2022", "left in 2021 to join B", "2022년부터는 서울시립대 초빙교수로 재직해 왔다". The place the
// article's own tenses and order make the last (frames.tsv career_latest rows) is the previous
// employer; it replaces an older one. It fills none (an empty origin stays a rule's or the model's).

namespace {

struct Span {
  size_t start, end;
};

// The sentences of an English paragraph (". ", "; ", "? " and "! " end one).
std::vector<Span> EnglishSentenceSpans(std::string_view p) {
  std::vector<Span> out;
  size_t s = 0;
  for (size_t i = 0; i + 1 < p.size(); ++i)
    if ((p[i] == '.' || p[i] == ';' || p[i] == '?' || p[i] == '!') && p[i + 1] == ' ') {
      out.push_back({s, i});
      s = i + 2;
    }
  if (s < p.size()) out.push_back({s, p.size()});
  return out;
}

bool IsPerson(const Entity& en) { return en.type == EntityType::kPerson; }
bool IsOrigin(const Entity& en) { return IsOrgType(en.type) || en.type == EntityType::kPublication; }

// Where an English sentence [sp.start, sp.end) of paragraph `pi` is about `person`: the end of the
// person's first mention in it, else (no person named in it) the sentence's start when a he/she
// opens a clause of it and the person is the last one named before it; npos when it is not about them.
size_t EnglishSentenceRef(const Article& a, const Entity& person, int pi, Span sp) {
  int last_para = -1;
  size_t last_start = 0, own = std::string::npos;
  const Entity* last = nullptr;
  bool other_in = false;
  for (const Entity& en : a.entities) {
    if (!IsPerson(en)) continue;
    for (const Mention& m : en.mentions) {
      const size_t st = static_cast<size_t>(m.start);
      if (m.paragraph == pi && st >= sp.start && st < sp.end) {
        if (&en == &person)
          own = std::min(own, static_cast<size_t>(m.end));
        else
          other_in = true;
      }
      const bool before = m.paragraph < pi || (m.paragraph == pi && st < sp.start);
      if (before && (m.paragraph > last_para || (m.paragraph == last_para && st >= last_start))) {
        last_para = m.paragraph;
        last_start = st;
        last = &en;
      }
    }
  }
  if (own != std::string::npos) return own;
  if (other_in || last != &person) return std::string::npos;
  const std::string lo =
      " " + AsciiLower(std::string_view(a.paragraphs[pi]).substr(sp.start, sp.end - sp.start)) + " ";
  static const std::vector<std::string> subjects = CueTextsOf("pronoun", "en", "subject");
  for (const std::string& pronoun : subjects)
    if (lo.find(" " + pronoun + " ") != std::string::npos) return sp.start;
  return std::string::npos;
}

// Past capitalized words glued to an organization's name ("Microsoft Research", a unit): the end of the last.
size_t AfterNameWords(std::string_view p, size_t at) {
  for (int words = 0; words < 3 && at + 1 < p.size() && p[at] == ' ' && p[at + 1] >= 'A' && p[at + 1] <= 'Z';
       ++words) {
    const size_t e = p.find_first_of(" ,.;:", at + 1);
    at = e == std::string_view::npos ? p.size() : e;
  }
  return at;
}

// The organization English sentences about `person` mark as the latest place of the career (the last
// one so marked in the article), else nullptr. Each organization after the person's reference is
// read with the words before it back to the reference or the organization named before; a person
// named between ends the person's clause.
const Entity* EnglishLatestPlace(const Article& a, const Entity& person) {
  const Entity* latest = nullptr;
  for (size_t pi = 0; pi < a.paragraphs.size() && pi < kMaxParagraphs; ++pi) {
    const std::string& p = a.paragraphs[pi];
    const std::string lo = AsciiLower(p);
    for (const Span sp : EnglishSentenceSpans(p)) {
      const size_t ref = EnglishSentenceRef(a, person, static_cast<int>(pi), sp);
      if (ref == std::string::npos) continue;
      std::vector<std::pair<Span, const Entity*>> marks;  // organizations and other persons after ref
      for (const Entity& en : a.entities)
        for (const Mention& m : en.mentions)
          // (A name written: a referent the view resolved, "joined the firm", is none.)
          if (m.paragraph == static_cast<int>(pi) && static_cast<size_t>(m.start) >= ref &&
              static_cast<size_t>(m.end) <= sp.end && &en != &person && (IsPerson(en) || IsOrigin(en)) &&
              !(p[static_cast<size_t>(m.start)] >= 'a' && p[static_cast<size_t>(m.start)] <= 'z'))
            marks.push_back({{static_cast<size_t>(m.start), static_cast<size_t>(m.end)}, &en});
      std::sort(marks.begin(), marks.end(),
                [](const auto& x, const auto& y) { return x.first.start < y.first.start; });
      size_t from = ref;
      bool after_from = false;
      for (const auto& [at, en] : marks) {
        if (at.start < from) continue;
        if (IsPerson(*en)) break;
        if (FrameReader::Default().EnglishCareerLatest(std::string_view(lo).substr(from, at.start - from),
                                                       after_from))
          latest = en;
        after_from = EndsWithAt(lo, at.start, "from ");
        from = AfterNameWords(p, at.end);
      }
    }
  }
  return latest;
}

// The end of a Korean organization's clause from `at`: the sentence's end, a comma, or a word that opens a
// later step ("근무한 뒤", "받은 후", "이후"), within `to`.
size_t KoreanClauseEnd(std::string_view p, size_t at, size_t to) {
  size_t stop = std::min({p.find(". ", at), p.find(',', at), to});
  static const std::vector<std::string> steps = CueTextsOf("later_step", "ko");
  for (const std::string& step : steps) stop = std::min(stop, p.find(" " + step + " ", at));
  return std::min(stop, to);
}

// The organization ending at `e` is marked as a place of the person (BioPlaceMarked: 에서, 출신, a post held,
// a move's destination) or opened by a later step (career_since rows: "2021년부터 한국과학기술연구원(KIST)
// 책임연구원으로").
bool KoreanPlaceOrSince(std::string_view p, size_t start, size_t e, size_t to) {
  if (StartsWith(p, e, "(")) {  // past the organization's gloss: "한국과학기술원(KAIST) 초빙교수로"
    const size_t close = p.find(')', e);
    if (close != std::string_view::npos && close < to) e = close + 1;
  }
  return BioPlaceMarked(p, e, to) || (start > 0 && p[start - 1] == ' ' &&
                                      FrameReader::Default().RowEndsAt("career_since", "ko", p, start - 1));
}

// The organization a Korean person's own biography spans (KoreanPersonRefs) mark as the latest place:
// the last place whose clause holds a career_latest row, else nullptr. A unit written right after its
// organization ("서울시립대 도시과학대학 초빙교수로") stands for it.
const Entity* KoreanLatestPlace(const Article& a, const std::vector<BioRef>& refs,
                                const std::string& candidate) {
  const Entity* latest = nullptr;
  for (size_t r = 0; r < refs.size(); ++r) {
    if (refs[r].person->name != candidate && refs[r].person->canonical != candidate) continue;
    const int pi = refs[r].para;
    const std::string_view p = a.paragraphs[pi];
    const size_t to = BioSpanEnd(a, refs, r);
    const std::vector<Occ> occ = KoreanOrgOccurrences(a, pi, refs[r].end, to);
    size_t covered = 0, head_start = 0;
    const Entity* head = nullptr;
    for (size_t i = 0; i < occ.size(); ++i) {
      if (occ[i].start < covered) continue;
      if (!head || occ[i].start != covered + 1 || p[covered] != ' ') {
        head = occ[i].org;
        head_start = occ[i].start;
      }
      covered = occ[i].end;
      const size_t stop = KoreanClauseEnd(p, occ[i].end, to);
      if (stop <= occ[i].end || !KoreanPlaceOrSince(p, head_start, occ[i].end, stop)) continue;
      // The clause up to the next organization written in it (not a unit of this one, nor its own gloss:
      // "(KIST)").
      size_t clause_end = stop;
      for (size_t j = i + 1; j < occ.size(); ++j)
        if (occ[j].start >= occ[i].end && occ[j].org != occ[i].org &&
            !(occ[j].start == occ[i].end + 1 && p[occ[i].end] == ' ')) {
          clause_end = std::min(clause_end, occ[j].start);
          break;
        }
      if (FrameReader::Default().KoreanCareerLatest(p.substr(occ[i].end, clause_end - occ[i].end)))
        latest = head;
    }
  }
  return latest;
}

// The latest place is no origin when it is the employer (a move inside it) or the person.
bool AtEmployerOrSelf(const Article& a, const Event& e, const Entity& org) {
  if (SameOrUnit(org.canonical, e.employer) || org.canonical == e.candidate) return true;
  for (const std::string& s : e.employer_aliases)
    if (SameOrUnit(org.canonical, s) || s == org.name) return true;
  for (const std::string& s : OwnSpellings(a, e.employer))
    if (s == org.name || s == org.canonical) return true;
  return false;
}

// The latest place is already the previous employer, in any spelling of either or as the short name of it
// ("LG" for LG Energy Solution, "DB손보" for DB손해보험).
bool NamesPrevious(const Entity& org, const Event& e) {
  std::vector<std::string> prev = e.previous_employer_aliases;
  prev.push_back(e.previous_employer);
  std::vector<std::string> own = org.aliases;
  own.push_back(org.name);
  own.push_back(org.canonical);
  for (const std::string& x : own)
    for (const std::string& y : prev)
      if (!x.empty() && !y.empty() && SameOrUnit(x, y)) return true;
  return false;
}

}  // namespace

void CareerLatestOrigins(const Article& a, std::vector<Event>* events) {
  std::vector<BioRef> refs;
  bool built = false;
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.employer.empty() || e.previous_employer.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    const Entity* latest = nullptr;
    if (HangulSyllables(e.candidate) >= 2) {
      if (!built) {
        refs = KoreanPersonRefs(a);
        built = true;
      }
      latest = KoreanLatestPlace(a, refs, e.candidate);
    } else if (IsAsciiText(e.candidate)) {
      for (const Entity& person : a.entities)
        if (IsPerson(person) && (person.canonical == e.candidate || person.name == e.candidate)) {
          latest = EnglishLatestPlace(a, person);
          break;
        }
    }
    if (!latest || AtEmployerOrSelf(a, e, *latest) || NamesPrevious(*latest, e)) continue;
    // A place another event of the person makes their new employer ("joined Hanwha Philly as COO" beside the
    // hire at its parent) is where they go, not where they come from.
    const bool destination = std::any_of(events->begin(), events->end(), [&](const Event& o) {
      return o.candidate == e.candidate && o.type != EventType::kDeparture && AtEmployerOrSelf(a, o, *latest);
    });
    if (destination) continue;
    e.previous_employer = latest->canonical;
    e.previous_employer_aliases = OwnSpellings(a, latest->canonical);
  }
}

}  // namespace hirewire::normalize::events_detail
