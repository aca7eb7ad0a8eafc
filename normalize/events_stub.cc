// PLACEHOLDER until events land (issue 5).
#include "normalize/events.h"
namespace hirewire::normalize {
std::vector<Event> BuildEvents(const Article&) { return {}; }
std::vector<Event> MergeEvents(std::vector<Event> events) { return events; }
}  // namespace hirewire::normalize
