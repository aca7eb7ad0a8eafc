// The cue words the owners' review (thirty-first session) found written in code, now table rows
// (thirty-second session, branch tidy32; docs/events.md): the companion group's origin, future, modal and
// adverb rows (cues.tsv companion_group), the Korean subject and topic particles (frames.tsv marker rows) and
// the passive syllables (frames.tsv ending rows). Own sentences, each a whole article through the pipeline's
// steps.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasCandidate;

const EventCase kCases[] = {
    // A future row ("to follow") makes the group's move announced.
    {"companion-future",
     "Larkspur Legal hires\n\nLarkspur Legal hired litigation partners Nora Quill and Eli Brandt from Hollis & Crane on "
     "Monday. About ten associates are set to follow them in the spring, the firm said.",
     {{"hire", "Larkspur Legal", "Nora Quill", "Hollis & Crane", "joined"},
      {"hire", "Larkspur Legal", "associates*", "Hollis & Crane", "accepted"}}},
    // A modal row, an adverb row and a verb row ("will also move with them").
    {"companion-modal-adverb",
     "Tamsin Bank adds traders\n\nTamsin Bank hired senior traders Omar Reyes and Ines Kolb from Pellworth Capital on "
     "Tuesday. Five analysts will also move with them next month.",
     {{"hire", "Tamsin Bank", "Omar Reyes", "Pellworth Capital", "joined"},
      {"hire", "Tamsin Bank", "analysts*", "Pellworth Capital", "accepted"}}},
    // A Korean hire with no subject: no word before the hire word closes a subject or topic particle (marker
    // rows),
    // the person is the object, and the hire word is active (no passive ending's syllable).
    {"ko-subjectless-hire",
     "한결바이오, 임상 총괄 영입\n\n한결바이오는 신약 개발 조직을 강화하고 있다. 노바티스 출신 윤서아 박사를 "
     "최고의학책임자로 영입했다.",
     {{"hire", "한결바이오", "윤서아", "Novartis", "joined"}}},
};

class EventsTidy32 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsTidy32, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "tidy32-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsTidy32, testing::ValuesIn(kCases));

// A group that moved (no modal, no future row) joined.
TEST(EventsTidy32, CompanionControls) {
  const auto moved = testing_support::PipelineEvents(
      "Tamsin Bank adds traders\n\nTamsin Bank hired senior traders Omar Reyes and Ines Kolb from Pellworth Capital on "
      "Tuesday. Five analysts have also moved with them.",
      "tidy32-test");
  bool joined = false;
  for (const Event& ev : moved)
    if (ev.candidate.rfind("analysts", 0) == 0) joined = ev.outcome == Outcome::kJoined;
  EXPECT_TRUE(joined);
  EXPECT_TRUE(HasCandidate(moved, "analysts*"));
}

}  // namespace
}  // namespace hirewire::normalize
