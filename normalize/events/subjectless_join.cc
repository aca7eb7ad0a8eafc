// A Korean join told of its person alone ("셀바이오는 신약 개발 조직을 강화하고 있다. 노바티스 출신 김하늘
// 박사가 최고의학책임자로 합류했다"): the clause names no organization joined, the paragraph's topic is the
// hirer (docs/events.md, twenty-seventh session, branch evgroup27). So is a hire told with the person as its
// object and no subject ("… 서다인 전무를 최고재무책임자(CFO)로 영입했다"; thirtieth session, branch
// evlearn30).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/events/internal.h"
#include "normalize/frames.h"

namespace hirewire::normalize::events_detail {
namespace {

constexpr int kSubjectWords = 2;  // the name's own word and a title after it ("김하늘 박사가")

// The person's noun phrase (the name, then at most one title word) ends with one of `particles` (subject:
// 가/이; object: 를/을).
bool MarkedPerson(std::string_view p, const Candidate& c, int end, std::string_view a, std::string_view b) {
  size_t at = static_cast<size_t>(c.end);
  for (int w = 0; w < kSubjectWords && at < static_cast<size_t>(end); ++w) {
    size_t stop = p.find_first_of(" ,.", at);
    if (stop == std::string_view::npos || stop > static_cast<size_t>(end)) stop = static_cast<size_t>(end);
    const std::string_view word = p.substr(at, stop - at);
    if (word.ends_with(a) || word.ends_with(b)) return stop < p.size() && p[stop] == ' ';
    if (stop >= p.size() || p[stop] != ' ') return false;
    at = stop + 1;
  }
  return false;
}

bool SubjectPerson(std::string_view p, const Candidate& c, int end) {
  return MarkedPerson(p, c, end, "가", "이");
}

// The clause names an organization other than an origin (the cue reading's own case).
bool NamesOtherOrg(int start, int end, const std::vector<OrgRef>& orgs) {
  for (const OrgRef& o : orgs)
    if (o.start >= start && o.end <= end && !o.prev) return true;
  return false;
}

}  // namespace

bool KoreanSubjectlessJoin(std::string_view p, int start, int end, const std::vector<CueHit>& cues,
                           const std::vector<OrgRef>& orgs, const std::vector<Candidate>& cands) {
  int join = -1;
  for (const CueHit& h : cues)
    if (h.cue == Cue::kJoin && h.pos >= start && h.pos < end && join < 0) join = h.pos;
  if (join < 0) return false;
  if (NamesOtherOrg(start, end, orgs)) return false;  // the cue reading's case
  return std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
    return c.kind == CandidateKind::kPerson && c.start >= start && c.end <= join && SubjectPerson(p, c, join);
  });
}

bool KoreanSubjectlessHire(std::string_view p, int start, int end, const std::vector<CueHit>& cues,
                           const std::vector<OrgRef>& orgs, const std::vector<Candidate>& cands) {
  int hire = -1;
  for (const CueHit& h : cues)
    if (h.cue == Cue::kHire && h.pos >= start && h.pos < end && hire < 0) hire = h.pos;
  if (hire < 0) return false;
  // A passive hire word (영입됐다, 선임된: a passive ending's syllable, frames.tsv) makes its person the
  // subject: the join's case, not this one.
  const std::string_view verb = p.substr(static_cast<size_t>(hire), std::min<size_t>(p.size() - hire, 12));
  if (HoldsKoreanPassiveSyllable(verb)) return false;
  // No word before the hire closes a subject or topic: the clause's subject is left unsaid.
  for (size_t at = static_cast<size_t>(start); at < static_cast<size_t>(hire);) {
    size_t stop = p.find_first_of(" ,", at);
    if (stop == std::string_view::npos || stop > static_cast<size_t>(hire)) break;
    const std::string_view word = p.substr(at, stop - at);
    for (const std::string& pa : KoreanSubjectTopicParticles())
      if (word.size() > pa.size() && word.ends_with(pa) &&
          !std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
            return static_cast<size_t>(c.start) <= at && static_cast<size_t>(c.end) >= stop;
          }))
        return false;
    at = stop + 1;
  }
  // The person hired, marked as the object; the organizations written before it modify it (its origin,
  // "아마존웹서비스(AWS) 한국 법인에서 … 총괄해 온 임소라 상무를"), one after it is the cue reading's.
  const auto object = std::find_if(cands.begin(), cands.end(), [&](const Candidate& c) {
    return c.kind == CandidateKind::kPerson && c.start >= start && c.end <= hire &&
           MarkedPerson(p, c, hire, "를", "을");
  });
  return object != cands.end() && !NamesOtherOrg(object->start, end, orgs);
}

}  // namespace hirewire::normalize::events_detail
