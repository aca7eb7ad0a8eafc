// A departure whose organization is written as a kind noun: "Her predecessor, Seo Dong-hwan, left the fund in
// July" in an article about the National Pension Service, "the world's third-largest pension fund". The noun
// is a mention of the one organization of the article that is of that kind (docs/events.md, twenty-eighth
// session, branch evemp28). The verbs are data (normalize/data/employer_names.tsv kind=leave_verb), the nouns
// the subject_noun rows.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "corpus/records.h"
#include "normalize/employer_names.h"

namespace hirewire::normalize {

// "VERB the [up to two lower-case modifiers] NOUN" (a leave_verb row, an English subject_noun row; no
// capitalized name, possessive or year after the noun: "left the company in 2019 to found …" is background)
// gives a mention of the noun for the organization of that kind: the one organization of the article (the
// same canonical name) whose name ends in the noun, else the one described as one (the noun right before a
// mention, "AI startup Quill Labs", or in an apposition right after it, ", the world's third-largest pension
// fund,"); of several, the one opening the headline. None when the article has no such organization, or
// several and the headline's is none of them: a kind noun no organization is described by ("left the company"
// beside Deloitte) stays unread, and so does a person's relative clause ("…, who left the startup in May":
// the past of someone the sentence moves).
std::vector<std::pair<size_t, Mention>> LeaveObjectMentions(const Article& a, const EmployerNameTable& table,
                                                            std::vector<int>* used_rows = nullptr);

}  // namespace hirewire::normalize
