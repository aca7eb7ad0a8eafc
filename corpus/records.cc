#include "corpus/records.h"

#include <iterator>

namespace hirewire {
namespace {

constexpr std::string_view kEventTypeNames[] = {"offer", "hire", "acquihire", "acquisition_attempt", "departure"};
constexpr std::string_view kOutcomeNames[] = {"", "offered", "declined", "accepted", "joined", "left", "failed"};

}  // namespace

std::string_view EventTypeName(EventType t) { return kEventTypeNames[static_cast<int>(t)]; }
std::string_view OutcomeName(Outcome o) { return kOutcomeNames[static_cast<int>(o)]; }

bool ParseEventType(std::string_view name, EventType* out) {
  for (size_t i = 0; i < std::size(kEventTypeNames); ++i)
    if (kEventTypeNames[i] == name) {
      *out = static_cast<EventType>(i);
      return true;
    }
  return false;
}

bool ParseOutcome(std::string_view name, Outcome* out) {
  for (size_t i = 0; i < std::size(kOutcomeNames); ++i)
    if (kOutcomeNames[i] == name) {
      *out = static_cast<Outcome>(i);
      return true;
    }
  return false;
}

std::string Article::Text() const {
  std::string out;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) out += "\n\n";
    out += paragraphs[i];
  }
  return out;
}

}  // namespace hirewire
