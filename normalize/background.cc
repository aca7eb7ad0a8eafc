#include "normalize/background.h"

#include <algorithm>
#include <set>
#include <string>

#include "corpus/text.h"
#include "normalize/cues.h"

namespace hirewire::normalize {
namespace {

// The paragraphs an obituary states its death in: the headline and the first body paragraph.
constexpr int kLedeParagraphs = 2;

// The [start, end) of the sentence around byte `at` of `p` (". " ends a sentence; Korean "다. " too).
std::pair<size_t, size_t> SentenceAround(std::string_view p, size_t at) {
  size_t b = p.rfind(". ", at);
  b = b == std::string_view::npos ? 0 : b + 2;
  size_t e = p.find(". ", at);
  return {b, e == std::string_view::npos ? p.size() : e + 1};
}

}  // namespace

void ObituaryMoves(const Article& article, std::vector<Event>* events) {
  std::set<std::string> dead;
  const int np = std::min<int>(kLedeParagraphs, static_cast<int>(article.paragraphs.size()));
  for (int pi = 0; pi < np; ++pi) {
    const std::string lower = AsciiLower(article.paragraphs[static_cast<size_t>(pi)]);
    for (const CueRow& r : CueLexicon::Default().rows()) {
      if (r.kind != "obituary") continue;
      for (size_t f = FindCueText(lower, r.text, r.lang == "en"); f != std::string_view::npos;
           f = FindCueText(lower, r.text, r.lang == "en", f + 1)) {
        const auto [b, e] = SentenceAround(lower, f);
        for (const Entity& ent : article.entities)
          if (ent.type == EntityType::kPerson)
            for (const Mention& m : ent.mentions)
              if (m.paragraph == pi && m.start >= static_cast<int>(b) && m.end <= static_cast<int>(e)) {
                dead.insert(ent.name);
                dead.insert(ent.canonical);
              }
      }
    }
  }
  if (dead.empty()) return;
  std::erase_if(*events, [&](const Event& e) {
    return e.candidate_kind == CandidateKind::kPerson && e.type != EventType::kDeparture &&
           dead.count(e.candidate) > 0;
  });
}

}  // namespace hirewire::normalize
