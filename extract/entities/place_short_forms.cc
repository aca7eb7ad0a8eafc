// A place is no short form of the company it opens where the sentence writes the place: "courting her
// with visits to Munich" names the city, not Munich Re; "offices in Zurich" not Zurich Insurance.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// Latin word t of `p` is a place (the tagger's gazetteer lists it as a place, also when it lists it as
// an organization's word too, as "Munich" of "Bayern Munich"; or its word list calls it one: PlaceRun)
// written right after a place_lead_preposition row ("to", "in", "at"), off a sport page (where "his move
// to Liverpool" is the club the town names: SportPage).
bool EntityRecognizer::Impl::PlaceAfterPreposition(const Doc& d, const Para& p, int t) const {
  if (!tagger || !p.toks[t].latin || t < 1 || !p.IsWord(t - 1) ||
      p.toks[t - 1].sentence != p.toks[t].sentence || !In(WordList::kPlaceLeadPreposition, p.Text(t - 1)))
    return false;
  const bool place =
      (tagger->EnglishGazetteerClasses(StripPossessive(p.Text(t))) & ner::kGazLoc) || PlaceRun(p, t, t + 1);
  return place && !SportPage(d);
}

}  // namespace hirewire::extract
