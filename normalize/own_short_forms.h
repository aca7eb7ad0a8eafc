// The employer's own short form is no previous employer: "KB국민은행은 … 한상민 국민은행 기업금융그룹
// 부행장을 …" (국민은행 of KB국민은행: an internal promotion), "삼성 라이온즈가 … 삼성은 최우진과 계약했다"
// (삼성, the team's first word, read by the alias table as Samsung Electronics).
#pragma once

#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Clears the previous employer of every event whose previous employer the article writes only as a short form
// of the employer's own name: each mention of it is the end of a longer glued Hangul spelling of the employer
// (국민은행 of KB국민은행), or the first word of a spaced one (삼성 of 삼성 라이온즈, LG of LG 트윈스).
void OwnShortFormOrigins(const Article& a, std::vector<Event>* events);

}  // namespace hirewire::normalize
