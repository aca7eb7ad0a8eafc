// Named members after a group noun, fields of work written after the firm, posts inside one group and
// speakers listed together, thirty-ninth session (docs/events.md, "Named members, fields of work after the
// firm, posts inside one group, listed speakers", branch evgroup39). Own sentences (no sentence, person or
// invented company of a test batch), each a whole article through the pipeline's steps; controls for a group
// larger than the persons named, a list of speakers and a promotion in place.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. (en) A counted group hired in the lede ("two senior LNG cargo containment engineers": an acronym
    // among the
    //    modifiers counts), the members named in the next sentence with a move of their own: the members are
    //    the group
    //    (LateNamedGroupMembers), each with the group's origin; no group event beside them.
    {"counted-group-then-members-en",
     "Tessaro Shipyards lures tank designers from Halvik\n\nTessaro Shipyards has hired two senior LNG cargo "
     "containment engineers from Halvik Heavy Industries, as yards compete for a thin pool of specialists.\n\nMarta "
     "Lindqvist and Jonas Pereira, who designed membrane tanks at Halvik for more than a decade, joined Tessaro's "
     "design office this month as principal engineers, the shipbuilder said.",
     {{"hire", "Tessaro Shipyards", "Marta Lindqvist", "Halvik Heavy Industries", "joined"},
      {"hire", "Tessaro Shipyards", "Jonas Pereira", "Halvik Heavy Industries", "joined"}},
     {},
     {},
     {"designers*", "engineers*"}},
    // 2. (ko) A counted group ("연구원 3명") whose members a copula list names in the next paragraph (the
    // topic list
    //    reader adds them after the clause reader): the three members, no group event.
    {"copula-list-members-ko",
     "도담바이오, 세온제약 출신 연구원 3명 영입\n\n도담바이오가 세온제약 항체연구소 "
     "출신 연구원 3명을 영입했다고 12일 밝혔다.\n\n새로 합류한 연구원은 구하람(항체 "
     "설계)·편지우(세포주 개발)·정서온(공정 개발) 박사다. 구 박사는 세온제약에서 "
     "10년간 항체 설계를 맡아왔다.",
     {{"hire", "도담바이오", "구하람", "세온제약", ""},
      {"hire", "도담바이오", "편지우", "세온제약", ""},
      {"hire", "도담바이오", "정서온", "세온제약", ""}},
     {},
     {},
     {"researchers*"}},
    // 3. (en) "three AI researchers from X" then "A, B and C will join": the count reads past the acronym,
    // the named
    //    three make up the group and take its origin.
    {"acronym-count-members-en",
     "Orvel Robotics hires researchers\n\nOrvel Robotics has hired three AI researchers from Kestrel Labs, "
     "the company said on Monday. Nadia Brooks, Tom Ferrante and Wei Zhang will join its robotics group next "
     "month.",
     {{"hire", "Orvel Robotics", "Nadia Brooks", "Kestrel Labs", ""},
      {"hire", "Orvel Robotics", "Tom Ferrante", "Kestrel Labs", ""},
      {"hire", "Orvel Robotics", "Wei Zhang", "Kestrel Labs", ""}},
     {},
     {},
     {"researchers*"}},
    // 4. (ko) A field of work read out of a compound post written after the firm ("세광손해보험
    // 장기보험본부장인 A
    //    상무"): the firm is where the person comes from, the field (field_group row 장기보험) no
    //    organization.
    {"field-after-firm-ko",
     "한누리화재, 세광손보 장기보험 전문가 영입\n\n한누리화재가 세광손해보험 "
     "장기보험본부장인 도하진 상무를 영입했다고 3일 밝혔다. 도 상무는 다음 달 "
     "한누리화재 장기보험 부문 총괄 부사장으로 출근한다.",
     {{"hire", "한누리화재", "도하진", "세광손해보험", ""}},
     {},
     {"장기보험"}},
    // 5. (ko) The lede's line of business ("인수금융 강화에 나섰다") and the posts the hired take ("각각
    //    인수금융실장과 구조화금융팀장을 맡았다"): the hiring firm employs all three, the field employs no
    //    one.
    {"field-posts-ko",
     "온결증권, 대우리증권 IB 인력 영입\n\n온결증권이 대우리증권 기업금융 부문의 "
     "핵심 인력을 영입하며 인수금융 강화에 나섰다.\n\n온결증권은 최근 대우리증권 "
     "출신 여도겸 전무와 석하은 상무, 봉지후 이사 등 3명을 영입했다. 여 전무는 "
     "IB본부장을, 석 상무와 봉 이사는 각각 인수금융실장과 구조화금융팀장을 맡았다.\n\n여 "
     "전무는 대우리증권에서 10년 넘게 인수금융 조직을 이끌었다.",
     {{"hire", "온결증권", "여도겸", "대우리증권", "joined"},
      {"hire", "온결증권", "석하은", "대우리증권", "joined"},
      {"hire", "온결증권", "봉지후", "대우리증권", "joined"}},
     {},
     {"인수금융", "구조화금융"},
     {},
     {},
     3},
    // 6. Negative (en): two analysts who speak of the hires ("A and B, analysts at X, said the hires …"): a
    //    coordinated subject whose last member speaks gives no candidate; the counted group stays.
    {"speaker-list-en",
     "Kestrel Labs researchers speak\n\nKestrel Labs has hired two robotics researchers from Orvel. Nadia "
     "Brooks and Tom Ferrante, analysts at Pine Street Research, said the hires strengthen Kestrel's bench.",
     {{"hire", "Kestrel Labs", "researchers*", "Orvel", "", 2}},
     {},
     {},
     {"Nadia Brooks", "Tom Ferrante"}},
    // 7. Negative (en): a counted group larger than the members named ("five battery engineers", "Two of
    // them, A and
    //    B"): the group stays beside its two members.
    {"larger-group-stays-en",
     "Brightmoor hires battery engineers\n\nBrightmoor Energy has hired five battery engineers from Vantor "
     "Cells, the company said. Two of them, Elena Ruiz and Samir Patel, joined its Ohio plant this week as "
     "senior engineers.",
     {{"hire", "Brightmoor Energy", "engineers*", "Vantor Cells", "", 5},
      {"hire", "Brightmoor Energy", "Elena Ruiz", "*", ""},
      {"hire", "Brightmoor Energy", "Samir Patel", "*", ""}}},
    // 8. (ko) A move inside one group: an affiliate's post filled by the head of another affiliate's office,
    // the post
    //    written between the affiliate and the name ("세온화학 경영전략실장인 A 부사장이"): the origin is
    //    that affiliate,
    //    the employer the one whose post is filled (not the group that announces it).
    {"affiliate-post-origin-ko",
     "세온그룹, 계열사 대표 인사\n\n세온그룹은 3일 계열사 사장단 인사를 발표했다.\n\n세온에너지 대표이사에는 세온화학 "
     "경영전략실장인 봉태원 부사장이 내정됐다. 봉 부사장은 다음 달 주주총회를 거쳐 취임한다.",
     {{"hire", "세온에너지", "봉태원", "세온화학", ""}},
     {},
     {"세온그룹"}},
    // 9. Negative (ko): the post is the employer's own, written after its topic ("세온화학은
    // 배터리소재사업부장인 A 전무를
    //    부사장으로 승진시켰다"): a promotion in place, no origin.
    {"own-post-promotion-ko",
     "세온화학 임원 인사\n\n세온화학은 배터리소재사업부장인 편하진 전무를 부사장으로 승진시켰다고 5일 밝혔다. 편 부사장은 "
     "양극재 사업을 이끌어 왔다.",
     {{"hire", "세온화학", "편하진", "", ""}}},
};

class EventsGroup39 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsGroup39, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "group39-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsGroup39, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
