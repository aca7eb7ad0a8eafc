#include "normalize/events/internal.h"

// Three article-level checks of the twenty-eighth session (docs/events.md, branch evnew28):
// - a hiring plan stated in the present ("직원 1200명을 채용한다고 2일 밝혔다", "will hire 300 engineers this
//   year", cues.tsv hiring_plan rows) hires nobody one could name: a counted group with no origin one of
//   whose sentences states such a plan is no event;
// - a dated move inside the biography of a person the story hires elsewhere ("삼성SDS에서 … 지낸 뒤 2015년
//   세종과학기술대 교수로 자리를 옮겼다", "… before moving to Kestrel in 2016") is background: no hire;
// - the predecessor's or the incumbent's departure (cues.tsv predecessor rows right before the name: "전임
// 김학수
//   이사장은 … 퇴임했다", "현 정수연 행장은 … 물러난다") in a sentence that names no organization leaves the
//   post the appointee of the nearest hire before it takes, not the ministry or holding that appointed them;
// - the counted team a failed bid sought ("The deal would have brought in Norsea's roughly 40 naval
// architects") is
//   the attempt's candidate, not also a hire at the target: a group hire or offer at an attempt's previous
//   employer with the attempt's count goes.

namespace hirewire::normalize::events_detail {
namespace {

// The whole sentence around an evidence span (a span may cover one clause of it only).
std::string_view SentenceOf(const Article& a, const Evidence& x) {
  if (x.paragraph < 0 || static_cast<size_t>(x.paragraph) >= a.paragraphs.size()) return {};
  std::string_view p = a.paragraphs[static_cast<size_t>(x.paragraph)];
  size_t b = std::min(p.size(), static_cast<size_t>(std::max(0, x.start)));
  size_t e = std::min(p.size(), static_cast<size_t>(std::max(x.start, x.end)));
  const size_t stop = b >= 2 ? p.rfind(". ", b - 2) : std::string_view::npos;
  b = stop == std::string_view::npos ? 0 : stop + 2;
  const size_t next = e > 0 ? p.find(". ", e - 1) : std::string_view::npos;
  e = next == std::string_view::npos ? p.size() : next + 1;
  return p.substr(b, e - b);
}

bool HasRow(std::string_view sentence, const std::vector<std::string>& rows) {
  const std::string lo = ToLowerAscii(sentence);
  for (const std::string& r : rows) {
    std::vector<size_t> at;
    FindAll(lo, r, IsAsciiText(r), &at);
    if (!at.empty()) return true;
  }
  return false;
}

// A year of the past written as a date of a move: Korean "2015년", English "in 2016" (19xx or 20xx).
bool DatedInSentence(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!(s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0)) continue;
    if (!std::isdigit(static_cast<unsigned char>(s[i + 2])) ||
        !std::isdigit(static_cast<unsigned char>(s[i + 3])))
      continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    if (i + 4 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 4]))) continue;
    if (StartsWith(s, i + 4, "년")) return true;
    if (i >= 3 && s.compare(i - 3, 3, "in ") == 0) return true;
  }
  return false;
}

// Korean: an undated career told in sequence, a span of years then the step after it ("미 해군 정비창에서
// 20년간 근무한 뒤 하이랜드마린으로 옮겨 …": cues.tsv bio_span rows right after a number, then a bio_then row
// later in the sentence): the move is the person's background, as a dated one is.
bool SpannedInSentence(std::string_view s) {
  static const std::vector<std::string> spans = CueRowsOf("bio_span", "");
  static const std::vector<std::string> thens = CueRowsOf("bio_then", "");
  for (const std::string& span : spans)
    for (size_t f = s.find(span); f != std::string_view::npos; f = s.find(span, f + 1)) {
      if (f == 0 || !std::isdigit(static_cast<unsigned char>(s[f - 1]))) continue;
      for (const std::string& then : thens)
        if (s.find(then, f + span.size()) != std::string_view::npos) return true;
    }
  return false;
}

bool Before(const Event& a, const Event& b) {
  if (a.evidence.empty() || b.evidence.empty()) return false;
  const Evidence& x = a.evidence.front();
  const Evidence& y = b.evidence.front();
  return x.paragraph < y.paragraph || (x.paragraph == y.paragraph && x.start < y.start);
}

bool Names(std::string_view sentence, const Article& a, const std::string& org) {
  if (org.empty()) return false;
  if (sentence.find(org) != std::string_view::npos) return true;
  for (const std::string& s : OwnSpellings(a, org))
    if (!s.empty() && sentence.find(s) != std::string_view::npos) return true;
  return false;
}

}  // namespace

void StatedHiringPlans(const Article& a, std::vector<Event>* events) {
  static const std::vector<std::string> rows = CueRowsOf("hiring_plan", "");
  static const std::vector<std::string> plan_times = CueRowsOf("plan_time", "");
  std::erase_if(*events, [&](const Event& e) {
    if (e.candidate_kind != CandidateKind::kGroup || !e.previous_employer.empty() || e.evidence.empty() ||
        (e.type != EventType::kHire && e.type != EventType::kOffer) || e.outcome == Outcome::kJoined)
      return false;
    // A headline ("…, 올해 R&D 인력 300명 채용") states no tense, and the sentences after the plan add detail
    // ("지난해 채용 규모(180명)보다 60% 이상 늘어난 수준이다"): one sentence of the group stating the plan
    // decides.
    for (const Evidence& x : e.evidence)
      if (HasRow(SentenceOf(a, x), rows)) return true;
    // Told by the headline only: a time of the year to come or under way in it ("ORG, 내년 SW 인력 1500명
    // 채용", cues.tsv plan_time rows), or a body sentence stating the plan with the group's count.
    const bool headline_only =
        std::all_of(e.evidence.begin(), e.evidence.end(), [](const Evidence& x) { return x.paragraph == 0; });
    if (!headline_only || e.candidate_count <= 0) return false;
    if (!a.paragraphs.empty() && HasRow(a.paragraphs.front(), plan_times)) return true;
    const std::string count = std::to_string(e.candidate_count);
    for (size_t pi = 1; pi < a.paragraphs.size(); ++pi) {
      const std::string& para = a.paragraphs[pi];
      for (size_t f = para.find(count); f != std::string::npos; f = para.find(count, f + 1)) {
        if ((f > 0 && std::isdigit(static_cast<unsigned char>(para[f - 1]))) ||
            (f + count.size() < para.size() &&
             std::isdigit(static_cast<unsigned char>(para[f + count.size()]))))
          continue;
        if (HasRow(SentenceOf(
                       a, {static_cast<int>(pi), static_cast<int>(f), static_cast<int>(f + count.size())}),
                   rows))
          return true;
      }
    }
    return false;
  });
}

void DatedBiographyMoves(const Article& a, std::vector<Event>* events) {
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (e.candidate_kind != CandidateKind::kPerson || e.type != EventType::kHire ||
        e.outcome != Outcome::kJoined || e.evidence.empty())
      continue;
    bool later = false;
    for (size_t j = 0; j < events->size() && !later; ++j) {
      const Event& o = (*events)[j];
      later = j != i && !drop[j] && o.candidate_kind == CandidateKind::kPerson &&
              SamePersonName(o.candidate, e.candidate) &&
              (o.type == EventType::kHire || o.type == EventType::kOffer) &&
              !SameOrUnit(o.employer, e.employer) && !o.employer.empty() && Before(o, e);
    }
    if (!later) continue;
    drop[i] = std::all_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& x) {
      const std::string_view s = SentenceOf(a, x);
      return DatedInSentence(s) || SpannedInSentence(s);
    });
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
}

namespace {

// The name at `at` of sentence `s` is marked as the post's predecessor or incumbent: a cues.tsv predecessor
// row right before it ("전임 김학수 이사장은", "현 정수연 행장은"), or opening the sentence before one word
// of the post ending in a predecessor_copula row ("기존 CFO였던 정태오 전무는", "전임 CFO인 조상훈 전무는").
bool PredecessorMarked(std::string_view s, size_t at) {
  static const std::vector<std::string> rows = CueRowsOf("predecessor", "");
  static const std::vector<std::string> copulas = CueRowsOf("predecessor_copula", "");
  std::string_view before = s.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const auto row_ends = [&](std::string_view text) {
    for (const std::string& r : rows)
      if (text.size() >= r.size() && text.compare(text.size() - r.size(), r.size(), r) == 0) {
        const size_t b = text.size() - r.size();
        if (b == 0 || text[b - 1] == ' ' || text[b - 1] == ',' || text[b - 1] == '"') return true;
      }
    return false;
  };
  if (row_ends(before)) return true;
  const size_t post = before.rfind(' ');
  if (post == std::string_view::npos || post + 1 >= before.size()) return false;
  const std::string_view word = before.substr(post + 1);
  const bool copula = std::any_of(copulas.begin(), copulas.end(), [&](const std::string& c) {
    return word.size() > c.size() && word.compare(word.size() - c.size(), c.size(), c) == 0;
  });
  return copula && row_ends(before.substr(0, post)) &&
         before.substr(0, post).find(' ') == std::string_view::npos;
}

// The latest hire of another person told before `d`, with an employer.
const Event* HireBefore(const std::vector<Event>& events, const Event& d) {
  const Event* hire = nullptr;
  for (const Event& h : events)
    if (h.type == EventType::kHire && h.candidate_kind == CandidateKind::kPerson &&
        h.candidate != d.candidate && !h.employer.empty() && Before(h, d) && (!hire || Before(*hire, h)))
      hire = &h;
  return hire;
}

}  // namespace

void KoreanPredecessorEmployers(const Article& a, std::vector<Event>* events) {
  for (Event& d : *events) {
    if (d.type != EventType::kDeparture || d.candidate_kind != CandidateKind::kPerson ||
        d.evidence.size() != 1 || !IsKoreanText(d.candidate))
      continue;
    const std::string_view s = SentenceOf(a, d.evidence.front());
    const size_t at = s.find(d.candidate);
    if (at == std::string_view::npos || Names(s, a, d.employer) || !PredecessorMarked(s, at)) continue;
    const Event* hire = HireBefore(*events, d);
    if (!hire || hire->employer == d.employer) continue;
    d.employer = hire->employer;
    d.employer_aliases = hire->employer_aliases;
  }
}

// The predecessor's or incumbent's own move elsewhere ("기존 CFO였던 정태오 전무는 계열사인 한누리손해보험
// 감사로 자리를 옮겼다", "전임 정현석 대표는 지난달 협회 상근부회장으로 자리를 옮겼다"): the post they leave
// is the one the appointee of the nearest hire before takes, so that hire's employer is where they come from.
void KoreanPredecessorOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& d : *events) {
    if ((d.type != EventType::kHire && d.type != EventType::kOffer) ||
        d.candidate_kind != CandidateKind::kPerson || !d.previous_employer.empty() || d.evidence.empty() ||
        !IsKoreanText(d.candidate))
      continue;
    const std::string_view s = SentenceOf(a, d.evidence.front());
    const size_t at = s.find(d.candidate);
    if (at == std::string_view::npos || !PredecessorMarked(s, at)) continue;
    const Event* hire = HireBefore(*events, d);
    if (!hire || SameOrUnit(hire->employer, d.employer)) continue;
    d.previous_employer = hire->employer;
    d.previous_employer_aliases = OwnSpellings(a, hire->employer);
  }
}

void TeamsOfFailedBids(std::vector<Event>* events) {
  std::vector<const Event*> bids;
  for (const Event& t : *events)
    if (t.type == EventType::kAcquisitionAttempt && t.candidate_kind == CandidateKind::kGroup &&
        t.candidate_count > 0 && !t.previous_employer.empty())
      bids.push_back(&t);
  if (bids.empty()) return;
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& g = (*events)[i];
    if (g.candidate_kind != CandidateKind::kGroup ||
        (g.type != EventType::kHire && g.type != EventType::kOffer) || !g.previous_employer.empty())
      continue;
    for (const Event* t : bids)
      drop[i] = drop[i] ||
                (t->candidate_count == g.candidate_count && SameOrUnit(g.employer, t->previous_employer));
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
}

}  // namespace hirewire::normalize::events_detail
