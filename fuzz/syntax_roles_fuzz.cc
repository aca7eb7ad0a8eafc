// Fuzz target for the English clause-role parser (extract/syntax/english_roles.h). Every word
// ending in "ed" or "s" is a trigger, and the first byte's low bits pick caller names. Checks
// invariants: one result per trigger, every span inside the input with start <= end, a head
// inside its phrase, roles only on linked triggers, and the same answer twice.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "extract/syntax/english_roles.h"

namespace {

using hirewire::syntax::Phrase;
using hirewire::syntax::Span;

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSpan(Span s, size_t size) {
  Check(s.start >= 0 && s.start <= s.end && static_cast<size_t>(s.end) <= size);
}

void CheckArg(const std::vector<Phrase>& arg, size_t size) {
  for (const Phrase& p : arg) {
    CheckSpan(p.head, size);
    CheckSpan(p.phrase, size);
    Check(p.phrase.start <= p.head.start && p.head.end <= p.phrase.end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 400) return 0;  // explicit input limit: one sentence
  using namespace hirewire::syntax;
  static const EnglishRoleParser* parser = DefaultEnglishRoleParser();
  if (parser == nullptr) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Span> triggers, names;
  for (size_t i = 0; i < size;) {
    size_t j = i;
    while (j < size && text[j] != ' ') ++j;
    std::string_view w = text.substr(i, j - i);
    if (w.ends_with("ed") || w.ends_with("s"))
      triggers.push_back({static_cast<int>(i), static_cast<int>(j)});
    else if (size > 0 && (data[0] & 1) && !w.empty())
      names.push_back({static_cast<int>(i), static_cast<int>(j)});
    i = j + 1;
  }
  auto roles = parser->Parse(text, triggers, Deadline{}, names);
  if (!roles) return 0;
  Check(roles->triggers.size() == triggers.size());
  for (const TriggerRoles& r : roles->triggers) {
    CheckSpan(r.trigger, size);
    for (const auto* arg : {&r.subject, &r.object, &r.complement, &r.agent, &r.speaker}) {
      CheckArg(*arg, size);
      Check(r.linked || arg->empty() || arg == &r.speaker);
    }
    for (const auto& p : r.preps) CheckArg(p, size);
  }
  Check(parser->Parse(text, triggers, Deadline{}, names) == roles);
  return 0;
}
