// Korean conjuncts of their own subjects that tell one hire each (thirty-sixth session, branch evpair36;
// docs/events.md "Parallel conjuncts"):
//
//   "딥마루 창업자인 서지훈 대표는 네오클라우드 AI연구소장을 맡았고, 공동창업자인 김나래 CTO는 부소장으로
//   자리를 옮겼다" "A 대표는 X의 AI부문장을 맡았고, 공동창업자인 B 최고기술책임자는 X 수석연구원으로
//   합류했다"
//
// A sentence cut at a comma after a connective ending (frames.tsv conjunct rows: 맡았고, 합류했으며) into
// conjuncts, each opened by its own subject (a person whose noun phrase closes on a topic, subject or
// additive marker), tells a move per conjunct. The reading before took the move of one conjunct and lost the
// other's when that conjunct names no organization ("부소장으로 자리를 옮겼다": the employer is the one of
// the conjunct before). Here the subject of a conjunct that holds a move word of the hire's kind (cues.tsv)
// or an appointment trigger (frames.tsv) and names no other company shares the hire read in the other
// conjunct: its employer, type and outcome; its previous employer only when that one is named in the mate's
// own conjunct.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/text.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "normalize/frames.h"

namespace hirewire::normalize {
using namespace events_detail;

namespace {

// Bytes between a conjunct's start and its subject's name ("또 다른 공동창업자인 B …는").
constexpr int kConjunctLead = 60;
// Words after the name that may hold its titles before the marker ("B 최고기술책임자(CTO)는").
constexpr int kTitleWords = 3;

struct Part {
  int start = 0, end = 0;
};

// The conjuncts of the Korean sentence [s, e): cut at ", " after a word ending with a frames.tsv conjunct
// row.
std::vector<Part> KoreanConjuncts(std::string_view p, int s, int e) {
  std::vector<Part> out;
  int start = s;
  for (size_t f = p.find(", ", static_cast<size_t>(s));
       f != std::string_view::npos && f + 2 < static_cast<size_t>(e); f = p.find(", ", f + 1)) {
    const size_t space = p.rfind(' ', f);
    const size_t word =
        space == std::string_view::npos || space < static_cast<size_t>(start) ? start : space + 1;
    if (FrameReader::Default().RowEnding("conjunct", "ko", p.substr(word, f - word)) == 0) continue;
    out.push_back({start, static_cast<int>(f)});
    start = static_cast<int>(f) + 2;
  }
  if (!out.empty()) out.push_back({start, e});
  return out;
}

// `word` ends with a frames.tsv marker row of the topic, subject or additive particle.
bool SubjectMarked(std::string_view word) {
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "marker" && r.lang == "ko" &&
        (r.value == "topic" || r.value == "subject" || r.value == "additive") && word.ends_with(r.text))
      return true;
  return false;
}

// The subject opening the conjunct: the first person named within kConjunctLead bytes of its start, when its
// noun phrase (the name and at most kTitleWords title words) closes on a topic, subject or additive marker;
// `*after` receives the end of that phrase (an organization before it titles the person: "B 루멘AI CTO는").
const NameAt* OpeningSubject(std::string_view p, const std::vector<NameAt>& names, const Part& part,
                             int* after) {
  for (const NameAt& n : names) {
    if (n.start < part.start) continue;
    if (n.start - part.start > kConjunctLead) return nullptr;
    size_t at = static_cast<size_t>(n.end);
    for (int w = 0; w < kTitleWords && at < static_cast<size_t>(part.end); ++w) {
      const size_t stop = std::min(p.find(' ', at), static_cast<size_t>(part.end));
      const std::string_view word = p.substr(at, stop - at);
      if (word.find(',') != std::string_view::npos) return nullptr;
      if (!word.empty() && SubjectMarked(word)) {
        *after = static_cast<int>(stop);
        return &n;
      }
      at = stop + 1;
    }
    return nullptr;
  }
  return nullptr;
}

// The conjunct holds a move word of a hire: a cues.tsv hire, join or acceptance row, or a frames.tsv
// appointment trigger ("맡았다", "자리를 옮겼").
bool HoldsHire(std::string_view text) {
  const EventType hire = EventType::kHire;
  if (HoldsMoveCue(text, false, &hire)) return true;
  for (const FrameReader::Row& r : FrameReader::Default().rows())
    if (r.kind == "trigger" && r.lang == "ko" && r.value.rfind("appoint", 0) == 0 &&
        text.find(r.text) != std::string_view::npos)
      return true;
  return false;
}

// An organization named in the part of the paragraph: with `company`, a company other than `employer`; else
// `name`.
bool OrgIn(const Article& article, int para, const Part& part, const std::string& employer, bool company) {
  for (const Entity& ent : article.entities) {
    if (ent.type == EntityType::kPerson) continue;
    const bool same = ent.canonical == employer || ent.name == employer;
    if (company ? (same || ent.type != EntityType::kCompany) : !same) continue;
    for (const Mention& m : ent.mentions)
      if (m.paragraph == para && m.start >= part.start && m.end <= part.end) return true;
  }
  return false;
}

// The mates of `ev` in the conjuncts of the sentence of its evidence `where`.
void MatesIn(const Article& article, const Context& ctx, const ParagraphSentences& sentences, const Event& ev,
             const Evidence& where, const std::vector<Event>& have, std::vector<Event>* add) {
  if (where.paragraph < 0 || static_cast<size_t>(where.paragraph) >= sentences.size()) return;
  const std::string& p = article.paragraphs[static_cast<size_t>(where.paragraph)];
  for (const auto& [s, e] : sentences[static_cast<size_t>(where.paragraph)]) {
    if (where.start < s || where.start >= e || !IsKoreanText(std::string_view(p).substr(s, e - s))) continue;
    const std::vector<Part> parts = KoreanConjuncts(p, s, e);
    const std::vector<NameAt> names = PersonsIn(article, where.paragraph, s, e);
    std::vector<const NameAt*> subjects;
    std::vector<Part> predicates;  // each conjunct past its subject's noun phrase
    bool told = false;
    for (const Part& part : parts) {
      int after = part.start;
      subjects.push_back(OpeningSubject(p, names, part, &after));
      predicates.push_back({after, part.end});
      told = told || (subjects.back() && SamePersonName(ctx.Name(*subjects.back()->entity), ev.candidate));
    }
    if (!told) return;
    for (size_t i = 0; i < parts.size(); ++i) {
      const NameAt* n = subjects[i];
      if (!n) continue;
      const std::string& name = ctx.Name(*n->entity);
      const std::string_view text = std::string_view(p).substr(parts[i].start, parts[i].end - parts[i].start);
      if (SamePersonName(name, ev.candidate) || HasEventOf(have, name) || HasEventOf(*add, name) ||
          !HoldsHire(text) || OrgIn(article, where.paragraph, predicates[i], ev.employer, true))
        continue;
      Event mate = ev;
      mate.candidate = name;
      mate.candidate_aliases.clear();
      mate.role.clear();
      mate.offers.clear();
      if (!OrgIn(article, where.paragraph, parts[i], ev.previous_employer, false)) {
        mate.previous_employer.clear();
        mate.previous_employer_aliases.clear();
      }
      mate.evidence = {{where.paragraph, parts[i].start, parts[i].end}};
      mate.confidence = Confidence(mate);
      add->push_back(std::move(mate));
    }
    return;
  }
}

}  // namespace

namespace events_detail {

void ConjunctMateMoves(const Article& article, const Context& ctx, std::vector<Event>* events) {
  const ParagraphSentences sentences = ArticleSentences(article);
  std::vector<Event> add;
  for (const Event& ev : *events) {
    if (ev.candidate_kind != CandidateKind::kPerson || ev.type != EventType::kHire || ev.employer.empty())
      continue;
    for (const Evidence& w : ev.evidence) MatesIn(article, ctx, sentences, ev, w, *events, &add);
  }
  for (Event& e : add) events->push_back(std::move(e));
}

}  // namespace events_detail
}  // namespace hirewire::normalize
