#include "normalize/events/internal.h"

// Hires announced for later or begun (English and Korean starts, referents, designations),
// predecessors' departures, stays folded, the article's spellings of employers.

namespace hirewire::normalize::events_detail {

namespace {

// The article announces the person's start for later: a mention followed (past an age or an
// apposition: "Marsh, 55, will join", "its COO, Dana Whitcombe, will succeed") by a future
// start with a date (frames.tsv aspect + start + when rows: "will join … on March 1", "is
// expected to take over in February").
bool StartAnnouncedAfterSubject(const std::string& lower);

bool AnnouncedStart(const Article& a, const Entity& person) {
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view para = a.paragraphs[m.paragraph];
    size_t at = static_cast<size_t>(m.end);
    // A coordinated subject ("Fiona Gallagher and Oliver Brandt, who …, will join"): the verb
    // comes after the second name, a run of capitalized words.
    if (StartsWith(para, at, " and ") && at + 5 < para.size() &&
        std::isupper(static_cast<unsigned char>(para[at + 5]))) {
      size_t k = at + 5;
      while (k < para.size() && std::isupper(static_cast<unsigned char>(para[k]))) {
        size_t sp = para.find_first_of(" ,", k);
        if (sp == std::string_view::npos) break;
        k = sp;
        if (para[k] != ' ' || k + 1 >= para.size()) break;
        if (!std::isupper(static_cast<unsigned char>(para[k + 1]))) break;
        ++k;
      }
      at = k;
    }
    if (StartAnnouncedAfterSubject(ToLowerAscii(para.substr(at, 260)))) return true;
  }
  return false;
}

// `lower` (lowercased) follows a subject: a future start with a date right after it, after an
// apposition closing it or a relative clause of it, or a date of effect in the rest of the sentence.
bool StartAnnouncedAfterSubject(const std::string& lower) {
  // The rest of the sentence dates the appointment ("named Naomi Reyes, chief U.S. economist at
  // Goldman Sachs, as its next president, effective Aug. 1").
  if (FrameReader::Default().EffectiveDate(lower, 0, EnglishSentenceEnd(lower, 0, lower.size()))) return true;
  // Right after the name, or after the name closing an apposition ("its COO, Dana Whitcombe,"),
  // or after an apposition of a few comma-delimited parts ("Whitfield, 56, a chemical engineer
  // by training, will take office July 1").
  if (StartsWith(lower, 0, " ") && FrameReader::Default().FutureStartInClause(lower, 1)) return true;
  if (!StartsWith(lower, 0, ", ")) return false;
  const size_t stop = EnglishSentenceEnd(lower, 0, std::min(lower.size(), static_cast<size_t>(200)));
  for (size_t comma = 0, parts = 0; comma != std::string::npos && comma < stop && parts < 4;
       comma = lower.find(',', comma + 1), ++parts) {
    if (!StartsWith(lower, comma, ", ")) continue;
    // A relative clause of the name ("to appoint Calloway, who will start on Jan. 12").
    const size_t clause = StartsWith(lower, comma + 2, "who ") ? comma + 6 : comma + 2;
    if (FrameReader::Default().FutureStartInClause(lower, clause)) return true;
  }
  return false;
}

// The lowercase words naming a group: those of its candidate ("team from Barclays": team), and those
// after its first word and "of" in its evidence ("a team of eight underwriters": eight, underwriters).
std::set<std::string> GroupHeadWords(const Article& a, const Event& group) {
  std::set<std::string> out;
  auto add_words = [&out](std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      size_t j = i;
      while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i && std::islower(static_cast<unsigned char>(text[i])) && j - i >= 3)
        out.insert(std::string(text.substr(i, j - i)));
      i = j + 1;
    }
  };
  add_words(group.candidate);
  // The candidate's first word before "of" ("team from Barclays": "team of six analysts from Barclays").
  const std::string of = group.candidate.substr(0, group.candidate.find(' ')) + " of ";
  for (const Evidence& ev : group.evidence) {
    if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) continue;
    std::string_view para = a.paragraphs[ev.paragraph];
    const size_t f = para.find(of, static_cast<size_t>(ev.start));
    if (f == std::string_view::npos || f >= static_cast<size_t>(ev.end)) continue;
    const size_t from = f + of.size();
    const size_t stop = para.find_first_of(",.;", from);
    add_words(para.substr(from, (stop == std::string_view::npos ? para.size() : stop) - from));
  }
  return out;
}

// An English group whose start the article announces for later: a word naming it taken up with "the"
// ("a team of eight underwriters" … "Hale and the underwriters will join Meridian in January", "The
// team will start next month") or with its count ("The founders and about 40 employees are expected
// to start next month": the group's own count when it has one) before a dated future start.
bool GroupStartAnnounced(const Article& a, const Event& group) {
  const std::set<std::string> heads = GroupHeadWords(a, group);
  for (const std::string& para : a.paragraphs) {
    if (IsKoreanText(para) || IsJapaneseText(para)) continue;
    const std::string lower = ToLowerAscii(para);
    for (const std::string& head : heads) {
      for (size_t f = lower.find(head); f != std::string::npos; f = lower.find(head, f + 1)) {
        if (f < 2 || lower[f - 1] != ' ' || std::isalnum(static_cast<unsigned char>(lower[f - 2])) == 0)
          continue;
        const size_t e = f + head.size();
        if (e < lower.size() && std::isalnum(static_cast<unsigned char>(lower[e]))) continue;
        const std::string_view before = PrevToken(lower, f - 1);
        const int count = EnglishCountWord(before, 5);
        const bool taken_up =
            before == "the" || (count > 0 && (group.candidate_count <= 0 || count == group.candidate_count));
        if (taken_up && StartAnnouncedAfterSubject(lower.substr(e, 260))) return true;
      }
    }
  }
  return false;
}

// Korean: a sentence whose subject is the group's count announces its start ("팀원 7명도 같은 시기 새솔증권에
// 합류하기로 했다", "연구원 5명은 다음 달 1일부터 출근한다": a start row or a dated start after the count and
// its subject, topic or additive particle).
bool KoreanGroupStartAnnounced(const Article& a, const Event& group) {
  if (group.candidate_count <= 0) return false;
  const std::string count = std::to_string(group.candidate_count) + "명";
  const ParagraphSentences sentences = ArticleSentences(a);
  const FrameReader& fr = FrameReader::Default();
  for (size_t pi = 0; pi < sentences.size() && pi < a.paragraphs.size(); ++pi) {
    const std::string_view para = a.paragraphs[pi];
    if (!IsKoreanText(para)) continue;
    for (auto [b, e] : sentences[pi]) {
      const std::string_view sentence = para.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
      for (size_t f = sentence.find(count); f != std::string_view::npos; f = sentence.find(count, f + 1)) {
        if (f > 0 && std::isdigit(static_cast<unsigned char>(sentence[f - 1]))) continue;
        const size_t at = f + count.size();
        const bool subject = KoreanSubjectParticleAt(sentence, at, true) > 0;
        if (subject && (fr.KoreanStart(sentence.substr(at)) || fr.KoreanDatedStart(sentence.substr(at))))
          return true;
      }
    }
  }
  return false;
}

// Korean: a sentence whose subject is the group's count moves it at the same time as the person it comes with
// ("팀원 7명도 같은 날 한울증권으로 자리를 옮긴다": the count, a subject, topic or additive particle, then a
// same_time row): the group's start is the companion's, and an accepted hire of a person at the same employer
// makes it accepted.
bool KoreanGroupWithCompanion(const Article& a, const Event& group, const std::vector<Event>& events) {
  if (group.candidate_count <= 0) return false;
  const bool companion_accepted = std::any_of(events.begin(), events.end(), [&](const Event& e) {
    return e.candidate_kind == CandidateKind::kPerson && e.type == EventType::kHire &&
           e.outcome == Outcome::kAccepted && SameOrUnit(e.employer, group.employer);
  });
  if (!companion_accepted) return false;
  const std::string count = std::to_string(group.candidate_count) + "명";
  const FrameReader& fr = FrameReader::Default();
  for (const std::string& para : a.paragraphs) {
    if (!IsKoreanText(para)) continue;
    for (size_t f = para.find(count); f != std::string::npos; f = para.find(count, f + 1)) {
      if (f > 0 && std::isdigit(static_cast<unsigned char>(para[f - 1]))) continue;
      const size_t at = f + count.size();
      if (KoreanSubjectParticleAt(para, at, true) == 0) continue;
      const size_t end = std::min(para.find(". ", at), para.size());
      const std::string_view rest = std::string_view(para).substr(at, end - at);
      for (const FrameReader::Row& r : fr.rows())
        if (r.kind == "same_time" && r.lang == "ko" && rest.find(r.text) != std::string_view::npos)
          return true;
    }
  }
  return false;
}

// The English speaker marker texts of frames.tsv, gathered once (ReportedReferent reads every sentence).
const std::vector<std::string>& EnglishSpeakerMarkers() {
  static const std::vector<std::string> texts = FrameReader::Default().Texts("marker", "en", "speaker");
  return texts;
}

// English: a referent row opening the clause a speech marker reports ("said the trio would start
// next month", "told staff in a memo that both will begin …"): a word start within a few words
// after a speaker marker row (no comma between) where ReferentStart reads a start for later.
// Where the marker stands, with `*kind` set as ReferentStart's; `*kind` 0 when none.
size_t ReportedReferent(std::string_view lower, int* kind) {
  // bytes after the marker: "that", a time, an addressee ("on Tuesday", "staff in a memo")
  constexpr size_t kReach = 40;
  *kind = 0;
  const FrameReader& fr = FrameReader::Default();
  for (const std::string& text : EnglishSpeakerMarkers()) {
    for (size_t f = lower.find(text); f != std::string_view::npos; f = lower.find(text, f + 1)) {
      const size_t from = f + text.size();
      auto alnum = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(lower[i])) != 0; };
      if ((f > 0 && alnum(f - 1)) || (from < lower.size() && alnum(from))) continue;
      const size_t stop = std::min({lower.size(), from + kReach, lower.find(',', from)});
      for (size_t w = from; w < stop; ++w) {
        if (lower[w] != ' ' || w + 1 >= lower.size()) continue;
        *kind = fr.ReferentStart(lower.substr(w + 1));
        if (*kind != 0) return f;
      }
    }
  }
  return 0;
}

// English: people a sentence refers to by a referent row and announces as starting later ("She
// will take over on June 1 from …", "The three will start after a period of gardening leave"):
// the person named last before it (singular: the last one who is a candidate of an event, so a
// name the recognizer took for a person, "led Rio Grande United", does not take the pronoun) or
// every person named before it in the paragraph (plural); with no one named before it in the
// paragraph, the previous paragraph's; every person named before it in the article for a plural
// noun of the announcement ("The appointments take effect Jan. 1").
std::set<std::string> ReferredStarts(const Article& a, const Context& ctx, const std::vector<Event>& events) {
  std::set<std::string> out;
  std::vector<std::pair<const Mention*, const Entity*>> ms;
  for (const Entity& e : a.entities)
    if (e.type == EntityType::kPerson)
      for (const Mention& m : e.mentions) ms.emplace_back(&m, &e);
  auto before = [&](int para, size_t pos) {
    std::vector<std::pair<int, const Entity*>> found;  // (start, person) in reading order
    for (const auto& [m, e] : ms)
      if (m->paragraph == para && m->end <= static_cast<int>(pos)) found.emplace_back(m->start, e);
    std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    return found;
  };
  for (size_t pi = 0; pi < a.paragraphs.size() && pi < kMaxParagraphs; ++pi) {
    std::string_view para = a.paragraphs[pi];
    if (IsKoreanText(para) || IsJapaneseText(para)) continue;
    for (size_t b = 0; b < para.size();) {
      size_t dot = para.find(". ", b);
      size_t e = dot == std::string_view::npos ? para.size() : dot + 1;
      const std::string lower = ToLowerAscii(para.substr(b, e - b));
      int kind = FrameReader::Default().ReferentStart(lower);
      // A coordinated clause opening with the referent ("Reyes' deal is worth $5 million a year,
      // …, and he is set to debut on Atlas in January"): the people named before it.
      size_t at = b;
      for (size_t f = lower.find(", and "); kind == 0 && f != std::string::npos;
           f = lower.find(", and ", f + 1)) {
        kind = FrameReader::Default().ReferentStart(std::string_view(lower).substr(f + 6));
        at = b + f;
      }
      // A reported clause opening with the referent ("People familiar with the moves said the trio
      // would start next month", "A spokesperson said that she will take up the post in January").
      if (kind == 0) {
        const size_t f = ReportedReferent(lower, &kind);
        if (kind != 0) at = b + f;
      }
      if (kind != 0) {
        auto found = before(static_cast<int>(pi), at);
        if (found.empty() && pi > 0) found = before(static_cast<int>(pi - 1), a.paragraphs[pi - 1].size());
        if (kind == 1 && !found.empty()) {
          auto last = found.rbegin();
          for (auto it = found.rbegin(); it != found.rend(); ++it) {
            const std::string name = ctx.Name(*it->second);
            if (std::any_of(events.begin(), events.end(),
                            [&](const Event& e) { return e.candidate == name; })) {
              last = it;
              break;
            }
          }
          out.insert(ctx.Name(*last->second));
        }
        if (kind == 2)
          for (const auto& f : found) out.insert(ctx.Name(*f.second));
        // A plural noun of the announcement ("All appointments take effect Jan. 1"): everyone the
        // article names, before it and after it (the members of a reshuffle listed in the paragraphs
        // that follow: "The appointments take effect Jan. 1. … Choi, head of design, was promoted to
        // executive vice president"); only their hires told as joined change.
        for (int q = 0; kind == 3 && q < static_cast<int>(a.paragraphs.size()); ++q)
          for (const auto& f : before(q, a.paragraphs[q].size())) out.insert(ctx.Name(*f.second));
      }
      b = e + 1;
    }
  }
  return out;
}

// The hire event read from the sentence at `pos` of paragraph `para` (its evidence covers it),
// else the last hire read before it (in that paragraph, else in an earlier one); nullptr when none.
const Event* HireAt(const std::vector<Event>& events, int para, int pos) {
  const Event* best = nullptr;
  std::pair<int, int> best_at{-1, -1};
  for (const Event& e : events) {
    if (e.candidate_kind != CandidateKind::kPerson ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    for (const Evidence& ev : e.evidence) {
      if (ev.paragraph > para || (ev.paragraph == para && ev.start > pos)) continue;
      if (ev.paragraph == para && pos < ev.end) return &e;
      if (std::make_pair(ev.paragraph, ev.start) > best_at) best = &e, best_at = {ev.paragraph, ev.start};
    }
  }
  return best;
}

// A word that may stand between a Korean name and its particle: a title, a person cue, a frames.tsv
// title_prefix or appointee_noun row ("총장", "전", "내정자").
bool KoreanTitleLike(std::string_view w) {
  const extract::EntityWords& words = extract::EntityWords::Default();
  return words.Has(extract::WordList::kKoTitle, w) || words.Has(extract::WordList::kKoPersonCue, w) ||
         FrameReader::Default().IsRow("title_prefix", "ko", w) ||
         FrameReader::Default().IsRow("appointee_noun", "ko", w);
}

// End of the possessive 의 closing a Korean name, glued ("서지원의") or after up to three title-like
// words ("서 총장의", "장민호 대표이사의"); 0 when the name is not a possessor.
size_t KoreanPossessiveEnd(std::string_view p, size_t end) {
  if (StartsWith(p, end, "의 ")) return end + std::string_view("의").size();
  size_t at = end;
  for (int n = 0; n < 3 && StartsWith(p, at, " "); ++n) {
    const size_t b = at + 1;
    const size_t e = std::min(p.find_first_of(" ,.", b), p.size());
    const std::string_view w = p.substr(b, e - b);
    if (w.size() > 3 && EndsWithAt(w, w.size(), "의") && KoreanTitleLike(w.substr(0, w.size() - 3))) return e;
    if (!KoreanTitleLike(w)) return 0;
    at = e;
  }
  return 0;
}

// End of the subject/topic particle closing a Korean name and the title words after it: glued
// or one word (SubjectParticleEnd), else up to three words each a title, a person cue or a
// frames.tsv title_prefix or appointee_noun row ("임 총장 선임자는", "이 전 국장은", "염 총장 당선인은"); 0
// when the name is not the subject.
size_t KoreanSubjectEnd(std::string_view p, size_t end) {
  if (size_t pe = SubjectParticleEnd(p, end); pe > 0) return pe;
  auto title_like = KoreanTitleLike;
  size_t at = end;
  for (int n = 0; n < 3 && StartsWith(p, at, " "); ++n) {
    const size_t b = at + 1;
    const size_t e = std::min(p.find_first_of(" ,.", b), p.size());
    const std::string_view w = p.substr(b, e - b);
    for (const std::string& particle : KoreanSubjectTopicParticles())
      if (w.size() > particle.size() && EndsWithAt(w, w.size(), particle) &&
          title_like(w.substr(0, w.size() - particle.size())))
        return e;
    if (!title_like(w)) return 0;
    at = e;
  }
  return 0;
}

// The sentence opens with a Korean plural referent row (frames.tsv referent ko, value plural:
// "이들은", "두 사람은", "각 후보는").
bool OpensWithPluralReferent(std::string_view sentence) {
  size_t at = 0;
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  const FrameReader& fr = FrameReader::Default();
  for (const FrameReader::Row& r : fr.rows())
    if (r.kind == "referent" && r.lang == "ko" && r.value == "plural" &&
        StartsWith(sentence, at, r.text + " "))
      return true;
  return false;
}

// The hires and offers of people and counted groups whose evidence ends last before (para, pos):
// those of the paragraph holding the latest such evidence.
std::vector<const Event*> LastHiresBefore(const std::vector<Event>& events, int para, int pos) {
  int last = -1;
  auto before = [&](const Evidence& ev) {
    return ev.paragraph < para || (ev.paragraph == para && ev.start < pos);
  };
  auto mover = [](const Event& e) {
    return (e.candidate_kind == CandidateKind::kPerson || e.candidate_kind == CandidateKind::kGroup) &&
           (e.type == EventType::kHire || e.type == EventType::kOffer);
  };
  for (const Event& e : events)
    if (mover(e))
      for (const Evidence& ev : e.evidence)
        if (before(ev)) last = std::max(last, ev.paragraph);
  std::vector<const Event*> out;
  if (last < 0) return out;
  for (const Event& e : events) {
    if (!mover(e)) continue;
    for (const Evidence& ev : e.evidence)
      if (before(ev) && ev.paragraph == last) {
        out.push_back(&e);
        break;
      }
  }
  return out;
}

// Korean: a sentence whose subject is a surname and a title ("허 이사장은 오는 12일 취임식을 갖는다") speaks
// of a person of that surname: not of `candidate` when the candidate's Korean name starts with another one (a
// person the recognizer did not read). True when the sentence opens otherwise.
bool SurnameReferentOf(std::string_view sentence, const std::string& candidate) {
  while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
  const size_t sp = sentence.find(' ');
  // (Only a Korean name written whole: "제이슨 리" is also 이재민.)
  if (sp == std::string_view::npos || !IsKoreanText(candidate) || candidate.find(' ') != std::string::npos)
    return true;
  const std::string_view surname = sentence.substr(0, sp);
  if (!extract::EntityWords::Default().Has(extract::WordList::kKoSurname, surname) ||
      KoreanSubjectEnd(sentence, sp) == 0)
    return true;
  return StartsWith(candidate, 0, surname);
}

// Korean: where a list of people closed by 등 and a count with a subject, topic or additive particle ends in
// the sentence ("권 부사장과 유승호 전무, 진하늘 상무 등 3명은 다음 달 1일자로 …": every one listed is its
// subject); npos when none.
size_t KoreanCountedListEnd(std::string_view sentence) {
  for (size_t f = sentence.find(" 등 "); f != std::string_view::npos; f = sentence.find(" 등 ", f + 1)) {
    size_t d = f + std::string_view(" 등 ").size();
    const size_t digits = d;
    while (d < sentence.size() && std::isdigit(static_cast<unsigned char>(sentence[d]))) ++d;
    if (d == digits || !StartsWith(sentence, d, "명")) continue;
    d += std::string_view("명").size();
    if (KoreanSubjectParticleAt(sentence, d, true) > 0) return f;
  }
  return std::string_view::npos;
}

// Korean: the people a sentence announces as starting later (frames.tsv start ko rows: "리드는
// 다음 달 CJ ENM 미국법인에 합류한다"); a sentence naming no one speaks of the previous
// sentence's subject ("한 교수는 … 과반을 얻었다. … 다음 달 21일부터 4년 임기를 시작한다").
std::set<std::string> KoreanAnnouncedStarts(const Article& a, const Context& ctx,
                                            const std::vector<Event>& events, bool dated = true) {
  std::set<std::string> out;
  for (size_t pi = 0; pi < a.paragraphs.size(); ++pi) {
    std::string_view para = a.paragraphs[pi];
    if (!IsKoreanText(para)) continue;
    std::vector<std::pair<const Mention*, const Entity*>> ms;
    for (const Entity& e : a.entities)
      for (const Mention& m : e.mentions)
        if (e.type == EntityType::kPerson && m.paragraph == static_cast<int>(pi)) ms.emplace_back(&m, &e);
    std::sort(ms.begin(), ms.end(),
              [](const auto& x, const auto& y) { return x.first->start < y.first->start; });
    std::string topic;
    for (size_t b = 0; b < para.size();) {
      size_t dot = para.find(". ", b);
      size_t e = dot == std::string_view::npos ? para.size() : dot + 1;
      std::string subject;
      bool named = false;
      // the subject's move is the topic of a start to come ("서 총장의 임기는 내년 …")
      bool topic_start = false;
      const std::string_view sentence = para.substr(b, e - b);
      const size_t list_end = KoreanCountedListEnd(sentence);
      std::vector<std::string> listed;  // the people of a counted list, subjects together
      for (const auto& [m, ent] : ms) {
        if (m->start < static_cast<int>(b) || m->end > static_cast<int>(e)) continue;
        named = true;
        if (list_end != std::string_view::npos && static_cast<size_t>(m->end) <= b + list_end)
          listed.push_back(ctx.Name(*ent));
        // Past a gloss or an age right after the name ("오세린(45) 본부장이").
        size_t at = static_cast<size_t>(m->end);
        if (StartsWith(para, at, "(") && para.find(')', at) != std::string_view::npos &&
            para.find(')', at) - at < 40)
          at = para.find(')', at) + 1;
        if (subject.empty() && KoreanSubjectEnd(para, at) != 0) subject = ctx.Name(*ent);
        const size_t possessed = dated && subject.empty() ? KoreanPossessiveEnd(para, at) : 0;
        if (possessed != 0 && FrameReader::Default().KoreanTopicStart(sentence, possessed - b)) {
          subject = ctx.Name(*ent);
          topic_start = true;
        }
      }
      if (!named) subject = topic;
      if (topic_start) out.insert(subject);
      // A start noun naming no one ("발령일은 내년 1월 1일이다", "합류 시점은 다음 달 1일이다"): the
      // move of the topic person, else of every hire of the last list read before it.
      // So does one owned by a short genitive opener naming no entity ("문 신임 총장의 임기는 3월 1일부터
      // 4년이다": a surname and a title).
      size_t opener = std::string_view::npos;
      if (dated && !named) {
        const size_t of = sentence.find("의 ");
        if (of != std::string_view::npos && of > 0 && of <= 40 &&
            sentence.substr(0, of).find_first_of(",.\"(") == std::string_view::npos)
          opener = of + std::string_view("의 ").size();
      }
      if (dated && !named &&
          (FrameReader::Default().KoreanTopicStart(sentence, 0) ||
           (opener != std::string_view::npos && FrameReader::Default().KoreanTopicStart(sentence, opener)))) {
        if (!topic.empty())
          out.insert(topic);
        else
          for (const Event* h : LastHiresBefore(events, static_cast<int>(pi), static_cast<int>(b)))
            out.insert(h->candidate);
      }
      // A plural referent opening the sentence ("이들은 내년 3월부터 …", "각 후보는 … 취임한다"): every
      // person of the last hires read before it.
      if (!named && OpensWithPluralReferent(sentence) &&
          (FrameReader::Default().KoreanStart(sentence) ||
           (dated && FrameReader::Default().KoreanDatedStart(sentence))))
        for (const Event* h : LastHiresBefore(events, static_cast<int>(pi), static_cast<int>(b)))
          out.insert(h->candidate);
      if (!listed.empty() && (FrameReader::Default().KoreanStart(sentence) ||
                              (dated && FrameReader::Default().KoreanDatedStart(sentence))))
        out.insert(listed.begin(), listed.end());
      if (!subject.empty() && FrameReader::Default().KoreanStart(sentence)) out.insert(subject);
      // A dated start ("이 박사는 다음 달부터 … 맡는다", "임기는 내년 1월 1일부터다"): the person
      // named as subject, else (no one named) the hire read last before the sentence.
      if (dated && FrameReader::Default().KoreanDatedStart(sentence)) {
        const Event* hire =
            subject.empty() && !named ? HireAt(events, static_cast<int>(pi), static_cast<int>(b)) : nullptr;
        if (hire && !SurnameReferentOf(sentence, hire->candidate)) hire = nullptr;
        if (!subject.empty())
          out.insert(subject);
        else if (hire)
          out.insert(hire->candidate);
      }
      topic = subject;
      b = e + 1;
    }
  }
  return out;
}

// Korean: the people a sentence tells as having started already, as its subject ("오 원장은 이날부터 2년
// 임기를 새로 시작했다", "김 상무는 이날부터 출근했다": frames.tsv begun rows).
std::set<std::string> KoreanBegunStarts(const Article& a, const Context& ctx) {
  std::set<std::string> out;
  const ParagraphSentences sentences = ArticleSentences(a);
  for (const Entity& ent : a.entities) {
    if (ent.type != EntityType::kPerson) continue;
    for (const Mention& m : ent.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      const std::string_view para = a.paragraphs[static_cast<size_t>(m.paragraph)];
      if (!IsKoreanText(para) || KoreanSubjectEnd(para, static_cast<size_t>(m.end)) == 0) continue;
      for (auto [b, e] : sentences[static_cast<size_t>(m.paragraph)])
        if (m.start >= b && m.end <= e &&
            FrameReader::Default().KoreanBegun(
                para.substr(static_cast<size_t>(m.end), static_cast<size_t>(e - m.end))))
          out.insert(ctx.Name(ent));
    }
  }
  return out;
}

// English: the people whose mentions open the sentence at `start` of paragraph `para`, coordinated ("Okafor
// and Zhou started this week", "Lim, Ortega and Baines have started work"): the first mention at `start`,
// then each next one after ", ", " and " or ", and ".
std::vector<std::string> CoordinatedOpeners(const Article& a, const Context& ctx, int para, int start) {
  std::vector<std::pair<const Mention*, const Entity*>> ms;
  for (const Entity& p : a.entities)
    for (const Mention& m : p.mentions)
      if (p.type == EntityType::kPerson && m.paragraph == para && m.start >= start) ms.emplace_back(&m, &p);
  std::sort(ms.begin(), ms.end(),
            [](const auto& x, const auto& y) { return x.first->start < y.first->start; });
  std::vector<std::string> out;
  int at = start;
  for (const auto& [m, p] : ms) {
    if (m->start < at) continue;
    const std::string_view gap = std::string_view(a.paragraphs[para]).substr(at, m->start - at);
    if (!(out.empty() ? gap.empty() : gap == ", " || gap == " and " || gap == ", and ")) break;
    out.push_back(ctx.Name(*p));
    at = m->end;
  }
  return out;
}

// English: the people of the sentences `told` reads ("She has already started in the role and is based in
// Seoul", "Kim took office on Monday"; "Dell agreed to a six-year deal, pending approval by the board"): the
// person whose mention opens the sentence, or for a singular referent row opening it, the person with an
// event named last before it.
std::set<std::string> EnglishOpenerSentences(const Article& a, const Context& ctx,
                                             const std::vector<Event>& events,
                                             bool (FrameReader::*told)(std::string_view, std::vector<int>*)
                                                 const) {
  std::set<std::string> out;
  const ParagraphSentences sentences = ArticleSentences(a);
  std::string last;  // the person with an event named last, in reading order
  for (size_t pi = 0; pi < sentences.size() && pi < a.paragraphs.size(); ++pi) {
    const std::string_view para = a.paragraphs[pi];
    if (IsKoreanText(para) || IsJapaneseText(para)) continue;
    for (auto [b, e] : sentences[pi]) {
      const std::string lower = ToLowerAscii(para.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
      const std::vector<std::string> openers = CoordinatedOpeners(a, ctx, static_cast<int>(pi), b);
      if ((FrameReader::Default().*told)(lower, nullptr)) {
        bool referent = false;
        for (const FrameReader::Row& r : FrameReader::Default().rows())
          referent = referent || (r.kind == "referent" && r.lang == "en" && r.value == "singular" &&
                                  StartsWith(lower, 0, r.text + " "));
        if (!openers.empty())
          out.insert(openers.begin(), openers.end());
        else if (referent && !last.empty())
          out.insert(last);
      }
      // The people of this sentence with an event, in reading order, for the referents after it.
      std::vector<std::pair<int, std::string>> named;
      for (const Entity& p : a.entities)
        for (const Mention& m : p.mentions)
          if (p.type == EntityType::kPerson && m.paragraph == static_cast<int>(pi) && m.start >= b &&
              m.end <= e && std::any_of(events.begin(), events.end(), [&](const Event& ev) {
                return ev.candidate == ctx.Name(p);
              }))
            named.emplace_back(m.start, ctx.Name(p));
      if (!named.empty()) last = std::max_element(named.begin(), named.end())->second;
    }
  }
  return out;
}

// Korean: a mention of the person is followed (past up to two title-like words) by an appointee_noun
// row of value "designate" with or without its particle ("고 총장 내정자는", "박 내정자를"): the person
// is designated, not yet in the post.
bool KoreanDesignated(const Article& a, const Entity& person) {
  const FrameReader& fr = FrameReader::Default();
  for (const Mention& m : person.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    const std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
    if (!IsKoreanText(p)) continue;
    size_t at = static_cast<size_t>(m.end);
    for (int n = 0; n < 3 && StartsWith(p, at, " "); ++n) {
      const size_t b = at + 1;
      const size_t e = std::min(p.find_first_of(" ,.", b), p.size());
      const std::string_view w = p.substr(b, e - b);
      const size_t particle = fr.RowEnding("name_particle", "ko", w);
      for (const FrameReader::Row& r : fr.rows())
        if (r.kind == "appointee_noun" && r.lang == "ko" && r.value == "designate" &&
            (w == r.text || w.substr(0, w.size() - particle) == r.text))
          return true;
      if (particle != 0 || !KoreanTitleLike(w)) break;
      at = e;
    }
  }
  return false;
}

}  // namespace

// A hire announced for later is accepted: the headline's "names"/"hires" reports the decision,
// the start is still to come (gold convention of the blind batches: a future start date is
// accepted).
void AnnouncedHires(const Article& article, const Context& ctx, std::vector<Event>* events) {
  // A Korean start told as made ("이날부터 … 임기를 새로 시작했다") settles an accepted hire as joined.
  std::set<std::string> begun = KoreanBegunStarts(article, ctx);
  begun.merge(EnglishOpenerSentences(article, ctx, *events, &FrameReader::EnglishBegun));
  // "Dell agreed to a six-year deal, pending approval by the board": the start waits for an approval to come.
  const std::set<std::string> pending =
      EnglishOpenerSentences(article, ctx, *events, &FrameReader::PendingApproval);
  for (Event& e : *events)
    if (e.type == EventType::kHire && e.candidate_kind == CandidateKind::kPerson &&
        e.outcome == Outcome::kAccepted && begun.count(e.candidate)) {
      e.outcome = Outcome::kJoined;
      AddTimeline(&e, "joined");
    }
  const std::set<std::string> ko_starts = KoreanAnnouncedStarts(article, ctx, *events);
  // Only a start the person announces as the subject ("합류할 예정이다"), not a date alone.
  const std::set<std::string> ko_announced = KoreanAnnouncedStarts(article, ctx, *events, false);
  const std::set<std::string> referred = ReferredStarts(article, ctx, *events);
  // "이번 인사는 내년 1월 1일자로 시행된다": every appointment of the reshuffle is announced.
  bool reshuffle_later = false;
  const ParagraphSentences sentences = ArticleSentences(article);
  for (size_t pi = 0; pi < sentences.size() && !reshuffle_later; ++pi) {
    const std::string& para = article.paragraphs[pi];
    if (!IsKoreanText(para)) continue;
    for (auto [b, e] : sentences[pi])
      if (FrameReader::Default().KoreanReshuffleLater(std::string_view(para).substr(b, e - b)))
        reshuffle_later = true;
  }
  for (Event& e : *events) {
    if (e.type != EventType::kHire && e.type != EventType::kOffer) continue;
    // A counted group a Korean plural referent or start noun announces ("이들과 함께 일하던 어소시에이트
    // 변호사 6명도 한결로에 합류한다. 합류 시점은 다음 달 1일이다").
    if (e.candidate_kind == CandidateKind::kGroup && e.outcome == Outcome::kJoined &&
        (ko_starts.count(e.candidate) || GroupStartAnnounced(article, e) ||
         KoreanGroupStartAnnounced(article, e) || KoreanGroupWithCompanion(article, e, *events))) {
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      continue;
    }
    if (e.candidate_kind != CandidateKind::kPerson) continue;
    // An open offer whose person, as the subject, announces the start ("영입하기로 했다 … 남궁현 전무는
    // … 다음 달 초 합류할 예정이다") was taken: accepted.
    if (e.outcome == Outcome::kOffered && ko_announced.count(e.candidate)) {
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      SettleType(&e, true);
      continue;
    }
    // A start told as made ("She has already started in the role") outweighs one referred to as to come.
    if (e.outcome != Outcome::kJoined || begun.count(e.candidate)) continue;
    if (ko_starts.count(e.candidate) || referred.count(e.candidate) || pending.count(e.candidate) ||
        (reshuffle_later && e.type == EventType::kHire && e.offers.empty())) {
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      continue;
    }
    for (const Entity& p : article.entities) {
      if (p.type != EntityType::kPerson || ctx.Name(p) != e.candidate ||
          (!AnnouncedStart(article, p) && !KoreanDesignated(article, p)))
        continue;
      e.outcome = Outcome::kAccepted;
      AddTimeline(&e, "accepted");
      break;
    }
  }
}

namespace {

// The sentence [start, end) of paragraph `para` is about the hire's candidate: their evidence, a
// mention of them, or a singular referent row opening it ("She succeeds Richard Lamb").
bool SpeaksOf(const Article& a, const Context& ctx, const Event& hire, int para, size_t start, size_t end) {
  for (const Evidence& ev : hire.evidence)
    if (ev.paragraph == para && ev.start <= static_cast<int>(end) && static_cast<int>(start) < ev.end)
      return true;
  for (const Entity& p : a.entities)
    if (p.type == EntityType::kPerson && ctx.Name(p) == hire.candidate)
      for (const Mention& m : p.mentions)
        if (m.paragraph == para && m.start >= static_cast<int>(start) && m.end <= static_cast<int>(end))
          return true;
  const std::string_view sentence = std::string_view(a.paragraphs[para]).substr(start, end - start);
  // The surname the recognizer may not have tagged ("Vasquez-Hart, 57, will replace …").
  const std::string_view surname = std::string_view(hire.candidate).substr(hire.candidate.rfind(' ') + 1);
  for (size_t f = sentence.find(surname); !surname.empty() && f != std::string_view::npos;
       f = sentence.find(surname, f + 1)) {
    const size_t e = f + surname.size();
    if ((f == 0 || !IsAsciiAlnum(sentence[f - 1])) && (e == sentence.size() || !IsAsciiAlnum(sentence[e])))
      return true;
  }
  const std::string lower = ToLowerAscii(sentence);
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "referent" && r.value == "singular" && StartsWith(lower, 0, r.text + " ")) return true;
  return false;
}

}  // namespace

// English: the person an appointment names as replaced ("…, replacing Roh Seung-jin", "She
// succeeds Richard Lamb, who will retire") leaves the post the appointee takes: a departure at
// the appointee's employer. Not when the person has an event of their own (they moved elsewhere),
// nor when the rest of the sentence dates their leaving in the past with no move to come ("who
// was fired two weeks ago", "who was named head of … earlier this year": background).
namespace {

// A predecessor the clause reader read as leaving at the successor's employer but left a hire or an offer,
// with the successor's origin ("He will succeed Richard Lowe, who said … he would step down"): a person named
// right after a predecessor marker (frames.tsv) whose event there is a hire or offer with the outcome left is
// the departure from that employer, with no previous employer.
void LeavingPredecessors(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.candidate_kind != CandidateKind::kPerson || e.outcome != Outcome::kLeft ||
        (e.type != EventType::kHire && e.type != EventType::kOffer))
      continue;
    for (const Entity& p : a.entities) {
      if (p.type != EntityType::kPerson || !SamePersonName(e.candidate, p.canonical)) continue;
      const bool replaced = std::any_of(p.mentions.begin(), p.mentions.end(), [&](const Mention& m) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) return false;
        const std::string& para = a.paragraphs[static_cast<size_t>(m.paragraph)];
        return !IsKoreanText(para) && !IsJapaneseText(para) &&
               FrameReader::Default().PredecessorBefore(ToLowerAscii(para), static_cast<size_t>(m.start));
      });
      if (!replaced) continue;
      e.type = EventType::kDeparture;
      e.previous_employer.clear();
      e.previous_employer_aliases.clear();
      break;
    }
  }
}

}  // namespace

void PredecessorDepartures(const Article& a, const Context& ctx, std::vector<Event>* events) {
  LeavingPredecessors(a, events);
  std::vector<Event> add;
  for (const Entity& p : a.entities) {
    if (p.type != EntityType::kPerson) continue;
    const std::string name = ctx.Name(p);
    auto same = [&](const Event& e) {
      return e.candidate_kind == CandidateKind::kPerson && SamePersonName(e.candidate, name);
    };
    if (std::any_of(events->begin(), events->end(), same) || std::any_of(add.begin(), add.end(), same))
      continue;
    for (const Mention& m : p.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view para = a.paragraphs[m.paragraph];
      if (IsKoreanText(para) || IsJapaneseText(para)) continue;
      const std::string lower = ToLowerAscii(para);
      if (!FrameReader::Default().PredecessorBefore(lower, static_cast<size_t>(m.start))) continue;
      const Event* hire = HireAt(*events, m.paragraph, m.start);
      if (!hire || hire->employer.empty() || SamePersonName(hire->candidate, name)) continue;
      size_t end = lower.find(". ", static_cast<size_t>(m.end));
      end = end == std::string::npos ? lower.size() : end + 1;
      size_t start = lower.rfind(". ", static_cast<size_t>(m.start));
      start = start == std::string::npos ? 0 : start + 2;
      if (!SpeaksOf(a, ctx, *hire, m.paragraph, start, end)) continue;
      std::string_view rest = std::string_view(lower).substr(m.end, end - m.end);
      bool past = FrameReader::Default().HasPastTime(rest);
      for (const std::string& w : CuePhrases("past")) past = past || rest.find(w) != std::string_view::npos;
      for (const FrameReader::Row& r : FrameReader::Default().rows())  // "fired on Jan. 6"
        if (r.kind == "when" && r.lang == "en")
          past = past || rest.find("on " + r.text) != std::string_view::npos;
      bool to_come = false;
      for (std::string_view w : {" will ", " would ", " is stepping ", " is retiring ", " is leaving "})
        to_come = to_come || rest.find(w) != std::string_view::npos;
      // "He succeeds Yoon, whose term expired in March": the end of the term is the departure, whatever its
      // date.
      if (past && !to_come && !TermOverAfter(rest)) break;
      Event d;
      d.type = EventType::kDeparture;
      d.employer = hire->employer;
      d.employer_aliases = hire->employer_aliases;
      d.candidate = name;
      d.candidate_kind = CandidateKind::kPerson;
      d.role = hire->role;
      d.outcome = Outcome::kLeft;
      d.timeline = {"left"};
      d.reported_by = hire->reported_by;
      d.evidence.push_back({m.paragraph, static_cast<int>(start), static_cast<int>(end)});
      d.confidence = Confidence(d);
      add.push_back(std::move(d));
      break;
    }
  }
  for (Event& d : add) events->push_back(std::move(d));
}

// "will remain at Ford" read as an accepted offer at Ford is the stay that turns the other
// employer's offer down, not a counter-offer, unless Ford raised or stated an offer of its own
// or the article speaks of one (cues.tsv retain rows: "retention bonus", "counteroffer"): the person's event
// at the other employer keeps Ford as the previous employer and is declined (unless the move was made).
std::vector<Event> FoldStays(const Article& article, std::vector<Event> evs) {
  for (const std::string& p : article.paragraphs)
    if (IsKoreanText(p)) return evs;  // Korean stays are read by the clause reader (남기로)
  if (SpeaksOfRetention(article)) return evs;
  std::vector<bool> drop(evs.size(), false);
  for (size_t i = 0; i < evs.size(); ++i) {
    const Event& s = evs[i];
    if (s.candidate_kind != CandidateKind::kPerson || s.type != EventType::kOffer ||
        s.outcome != Outcome::kAccepted || !s.offers.empty() ||
        std::find(s.timeline.begin(), s.timeline.end(), "raised") != s.timeline.end())
      continue;
    for (size_t j = 0; j < evs.size(); ++j) {
      Event& o = evs[j];
      if (j == i || drop[j] || o.candidate != s.candidate || SameOrUnit(o.employer, s.employer) ||
          (o.type != EventType::kOffer && o.type != EventType::kHire) ||
          !(o.previous_employer.empty() || SameOrUnit(o.previous_employer, s.employer)))
        continue;
      if (o.previous_employer.empty()) o.previous_employer = s.employer;
      if (o.outcome != Outcome::kJoined && o.outcome != Outcome::kDeclined) {
        o.outcome = Outcome::kDeclined;
        AddTimeline(&o, "declined");
        o.type = EventType::kOffer;
      }
      drop[i] = true;
      break;
    }
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < evs.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(evs[i]));
  return kept;
}

// Each event's employer and previous employer as the article spells them; a person candidate
// known by a spelling the article does not write ("데이비드 하" -> the alias table's "David Ha"), by
// the Hangul spelling it does.
void EmployerSpellings(const Article& article, std::vector<Event>* events) {
  auto in_text = [&](const std::string& w) {
    return std::any_of(article.paragraphs.begin(), article.paragraphs.end(),
                       [&](const std::string& p) { return p.find(w) != std::string::npos; });
  };
  for (Event& e : *events) {
    e.employer_aliases = OwnSpellings(article, e.employer);
    e.previous_employer_aliases = OwnSpellings(article, e.previous_employer);
    if (e.candidate_kind != CandidateKind::kPerson || e.candidate.empty() || in_text(e.candidate)) continue;
    for (const Entity& ent : article.entities)
      if (ent.type == EntityType::kPerson && ent.canonical == e.candidate && !ent.name.empty() &&
          ent.name != e.candidate &&
          std::find(e.candidate_aliases.begin(), e.candidate_aliases.end(), ent.name) ==
              e.candidate_aliases.end())
        e.candidate_aliases.push_back(ent.name);
  }
}

}  // namespace hirewire::normalize::events_detail
