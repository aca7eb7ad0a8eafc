// A Korean word closed by the locative particle 에 ("한결에 고문으로 합류한다"): the place a person goes to,
// never the person before a title (persons take 에게). Twenty-seventh session, branch evgroup27
// (docs/events.md).
#include "extract/entities/internal.h"

namespace hirewire::extract {

bool KoLocativeWord(const Para& p, int t) {
  if (t < 0 || t >= p.Size() || !p.IsWord(t)) return false;
  const std::string_view w = p.Text(t);
  if (!EndsWith(w, "에") || EndsWith(w, "에게")) return false;
  for (int s : p.Stems(t))
    if (static_cast<size_t>(s) + 3 == w.size()) return true;  // the stem is the word less 에
  return false;
}

}  // namespace hirewire::extract
