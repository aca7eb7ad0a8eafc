#include "corpus/records.h"

#include <iterator>
#include <ostream>

namespace hirewire {
namespace {

constexpr std::string_view kEventTypeNames[] = {"offer", "hire", "acquihire", "acquisition_attempt",
                                                "departure"};
constexpr std::string_view kOutcomeNames[] = {"",       "offered", "declined", "accepted",
                                              "joined", "left",    "failed"};
constexpr std::string_view kCandidateKindNames[] = {"", "person", "group", "company"};
constexpr std::string_view kEntityTypeNames[] = {"",     "person", "company", "organization", "publication",
                                                 "other"};

template <typename Enum, size_t N>
bool ParseName(const std::string_view (&names)[N], std::string_view name, Enum* out) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == name) {
      *out = static_cast<Enum>(i);
      return true;
    }
  return false;
}

}  // namespace

std::string_view EventTypeName(EventType t) { return kEventTypeNames[static_cast<int>(t)]; }
std::string_view OutcomeName(Outcome o) { return kOutcomeNames[static_cast<int>(o)]; }
std::string_view CandidateKindName(CandidateKind k) { return kCandidateKindNames[static_cast<int>(k)]; }
std::string_view EntityTypeName(EntityType t) { return kEntityTypeNames[static_cast<int>(t)]; }

bool ParseEventType(std::string_view name, EventType* out) { return ParseName(kEventTypeNames, name, out); }
bool ParseOutcome(std::string_view name, Outcome* out) { return ParseName(kOutcomeNames, name, out); }
bool ParseCandidateKind(std::string_view name, CandidateKind* out) {
  return ParseName(kCandidateKindNames, name, out);
}
bool ParseEntityType(std::string_view name, EntityType* out) {
  return ParseName(kEntityTypeNames, name, out);
}
std::ostream& operator<<(std::ostream& out, EntityType t) { return out << EntityTypeName(t); }

std::string Article::Text() const {
  std::string out;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) out += "\n\n";
    out += paragraphs[i];
  }
  return out;
}

}  // namespace hirewire
