// An organization mention the recognizer cut short: "Samsung" tagged (and resolved to Samsung Electronics) in
// "Geoje Marine names Samsung Heavy veteran Yoon Sang-ho CEO" or "28 years at Samsung Heavy", where the
// capitalized words after it continue, word for word, the start of another organization the article names in
// full ("Samsung Heavy Industries"). The whole span is a short form of that organization, and the cut mention
// goes (docs/blind_errors.md twenty-seventh section E14, docs/events.md twenty-eighth session, branch
// evemp28).
#pragma once

#include <cstddef>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

struct PrefixMention {
  size_t entity = 0;      // the organization named in full ("Samsung Heavy Industries")
  Mention mention;        // the longer span ("Samsung Heavy")
  size_t cut_entity = 0;  // the organization of the cut mention ("Samsung")
  Mention cut;            // the cut mention itself
};

// Every organization mention of a Latin-script name followed by one to three capitalized words such that the
// mention and those words are the first words (not all of them) of the name, canonical name or an alias of
// another organization of the article; and (ko) every organization mention glued to a Hanja short form
// ("삼성重") whose text begins, glued, the name of exactly one other organization of the article
// (삼성중공업).
std::vector<PrefixMention> LongerNamePrefixes(const Article& a);

}  // namespace hirewire::normalize
