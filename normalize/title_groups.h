// A counted group of title holders ("부사장 2명을 사장으로 승진시켰다", "promoted three vice presidents")
// told in a lede and then named one by one ("한결화학 김민호 부사장이 …, 한결건설 이준영 부사장이 …") is made
// up by the persons named: no group event of its own beside them (at the parent or anywhere).
#pragma once

#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Drops every hire of a counted group whose label is a title (frames.tsv kind=title, the plural of an English
// one) when the article's person hires, each name once, are at least as many as the group counts; and every
// departure of a counted group when the article's person departures from the same employer are at least as
// many ("Two executives quit Kaizen" over "Brian Holt and Aiko Tanaka left the company").
void TitleGroupsOfNamedPersons(std::vector<Event>* events);

}  // namespace hirewire::normalize
