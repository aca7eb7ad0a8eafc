// A counted group that is one part of another group's make-up ("합류한 팀원은 프로그래머 5명, 아트 4명, 기획
// 2명으로 구성된 것으로 알려졌다"): no group of its own (docs/events.md, twenty-seventh session, branch
// evgroup27).
#include <string>
#include <string_view>
#include <vector>

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {
namespace {

constexpr size_t kCompositionSpan = 120;  // bytes from the group noun to the composition row

}  // namespace

bool KoreanCompositionPart(std::string_view p, size_t end, size_t clause_end) {
  static const std::vector<std::string> rows = CueRowsOf("composition", "");
  const std::string_view rest = p.substr(end, std::min({clause_end, p.size(), end + kCompositionSpan}) - end);
  size_t at = std::string_view::npos;
  for (const std::string& r : rows) at = std::min(at, rest.find(r));
  if (at == std::string_view::npos) return false;
  // Between the noun and the row only counted parts of a list ("5명, 아트 4명, 기획 2명").
  const std::string_view list = rest.substr(0, at);
  if (list.find_first_of(".\n") != std::string_view::npos) return false;
  for (size_t b = 0; b <= list.size();) {
    size_t e = list.find(", ", b);
    if (e == std::string_view::npos) e = list.size();
    if (!list.substr(b, e - b).ends_with("명")) return false;
    b = e + 2;
  }
  return true;
}

}  // namespace hirewire::normalize::events_detail
