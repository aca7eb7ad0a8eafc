// The front of a German organization's span that may hold a kind of organization before the name
// (TrimGermanKindCues, filters.cc).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// The token of [tb, te) that may be a kind of organization written before the name: tb itself; the
// last part of a hyphenated compound opening the span ("Pay-TV-Sender", "Online-Händler": its
// parts written together with hyphens, no space); or the word after a place adjective in -er that
// opens the span ("Zuger Wagniskapitalgeber", "Neuköllner Fahrradverleih": a demonym or an
// unlisted capitalized word in -er before a capitalized word). The name must still follow it.
int EntityRecognizer::Impl::GermanKindCueEnd(const Para& p, int tb, int te) const {
  if (p.lang != "de") return tb;
  int k = tb;
  while (k + 2 < te - 1 && p.IsPunct(k + 1, "-") && !p.toks[k + 1].space_before && p.IsWord(k + 2) &&
         !p.toks[k + 2].space_before)
    k += 2;
  if (k > tb) return k;
  const std::string_view w = p.Text(tb);
  if (tb + 2 < te && p.toks[tb].latin && p.toks[tb].cap && !p.toks[tb].all_caps && CountCodePoints(w) >= 5 &&
      EndsWith(w, "er") && p.IsWord(tb + 1) && p.toks[tb + 1].latin && p.toks[tb + 1].cap &&
      p.toks[tb + 1].space_before && !given_names.count(w))
    return tb + 1;
  return tb;
}

}  // namespace hirewire::extract
