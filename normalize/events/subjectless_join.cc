// A Korean join told of its person alone ("셀바이오는 신약 개발 조직을 강화하고 있다. 노바티스 출신 김하늘
// 박사가 최고의학책임자로 합류했다"): the clause names no organization joined, the paragraph's topic is the hirer
// (docs/events.md, twenty-seventh session, branch evgroup27).
#include <string>
#include <string_view>
#include <vector>

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {
namespace {

constexpr int kSubjectWords = 2;  // the name's own word and a title after it ("김하늘 박사가")

// The person's noun phrase (the name, then at most one title word) ends with a subject particle.
bool SubjectPerson(std::string_view p, const Candidate& c, int end) {
  size_t at = static_cast<size_t>(c.end);
  for (int w = 0; w < kSubjectWords && at < static_cast<size_t>(end); ++w) {
    size_t stop = p.find_first_of(" ,.", at);
    if (stop == std::string_view::npos || stop > static_cast<size_t>(end)) stop = static_cast<size_t>(end);
    const std::string_view word = p.substr(at, stop - at);
    if (word.ends_with("가") || word.ends_with("이")) return stop < p.size() && p[stop] == ' ';
    if (stop >= p.size() || p[stop] != ' ') return false;
    at = stop + 1;
  }
  return false;
}

}  // namespace

bool KoreanSubjectlessJoin(std::string_view p, int start, int end, const std::vector<CueHit>& cues,
                           const std::vector<OrgRef>& orgs, const std::vector<Candidate>& cands) {
  int join = -1;
  for (const CueHit& h : cues)
    if (h.cue == Cue::kJoin && h.pos >= start && h.pos < end && join < 0) join = h.pos;
  if (join < 0) return false;
  for (const OrgRef& o : orgs) {
    if (o.start < start || o.end > end || o.prev) continue;
    return false;  // an organization the clause names other than an origin: the cue reading's
  }
  return std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
    return c.kind == "person" && c.start >= start && c.end <= join && SubjectPerson(p, c, join);
  });
}

}  // namespace hirewire::normalize::events_detail
