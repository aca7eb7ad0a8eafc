// A foundation is not the employer of the head of an institution it runs: "학교법인 동림학원은 … 서경희
// 동림대학교 교수를 총장으로 선임했다" hires the president at 동림대학교, the university the foundation runs,
// and the outgoing president leaves it. The foundation kinds and the institution kinds they run are data
// (normalize/data/frames.tsv kind=foundation, its own posts kind=foundation_post: 이사장, 이사).
#pragma once

#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Every person's hire or departure at a foundation (FrameReader::FoundationInstitutions) whose post is none
// of the foundation's own moves to the institution it runs that the article names: an organization whose name
// ends in an institution kind of the foundation and opens with the foundation's own name ("동림" of 동림학원:
// 동림대학교), else the one such organization named in the event's sentences. A previous employer that is
// then the employer itself (the professor promoted within the university) is dropped; a hire or departure
// then repeated is kept once.
void FoundationInstitutions(const Article& a, std::vector<Event>* events);

}  // namespace hirewire::normalize
