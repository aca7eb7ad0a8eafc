// The article as the event passes see it: employer names the entity recognizer missed, read from
// where an employer stands in a hiring sentence (normalize/data/employer_names.tsv, compiled in).
//
// - Source phrases: an organization inside a Korean "… 업계에 따르면" phrase is where the report
//   comes from, never an employer or a previous employer: its mentions there are dropped.
// - Wire datelines: an organization in a dateline opening a paragraph ("CEDAR FALLS, Iowa (AP) — ")
//   is a place or the agency, never an employer: its mentions there are dropped.
// - Agent position: a Hangul name the recognizer did not tag, standing as the subject or topic
//   that opens a sentence (after a source phrase or a lead word: "중국 화신메모리는") with an
//   employer-side hiring word later in it ("대양조선해양은 … 영입했다"), is a company when it
//   ends in a company head or stands in the article at least twice.
// - Spaced club names: a place and a nickname ("인천 드래곤즈", "부산 마린스") written so at
//   least twice are one company.
// - Korean names: a person written in Hangul (a surname and a given name) whose canonical is a
//   romanized spelling from the name dictionary the article never writes keeps the Hangul name
//   (an invented 김민석 is not the politician Kim Min-seok).
// - People named like a company (any language): a person of two words or more whose name is a
//   company's name in the same article, or the start of one word for word ("Ashcombe Reed" typed
//   both; "Bandai Namco" beside "Bandai Namco Entertainment"), is that company.
//
// Thread-safety: the table is immutable after construction; EmployerView may run on many threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::normalize {

struct EmployerNameRow {
  std::string kind;  // agent_verb | lead | attribution | head | generic | place | club_tail
  std::string lang;  // ko
  std::string text;
};

class EmployerNameTable {
 public:
  // The embedded table (built once; aborts on a malformed embedded table, which a test guards).
  static const EmployerNameTable& Default();
  // Errors name the line.
  static Result<EmployerNameTable> FromTsv(std::string_view tsv);
  const std::vector<EmployerNameRow>& rows() const { return rows_; }

 private:
  std::vector<EmployerNameRow> rows_;
};

// Fills *out with a copy of `article` whose organizations reflect the rules above and returns
// true; returns false (leaving *out alone) when nothing changes. `used_rows` (optional) receives
// the table rows that took part.
bool EmployerView(const Article& article, Article* out,
                  const EmployerNameTable& table = EmployerNameTable::Default(),
                  std::vector<int>* used_rows = nullptr);

// A Korean dictionary word (extract/data/ko_common_words.txt): 임원, 배터리.
bool KoreanCommonWord(std::string_view word);

// A bare noun of a kind of organization (the table's kind_word / kind_object rows: 그룹, 은행) that
// EmployerView reads as a mention of the article's one such organization: an anaphor, not a name, so its text
// is never searched elsewhere as that organization (it would split "차기 은행장" into the bank and the title
// "장").
bool KindNounAnaphor(std::string_view word, const EmployerNameTable& table = EmployerNameTable::Default());

// The words between an organization and a person's name make a title of that organization
// ("Brighton winger", "Netflix Inc. drama executive", "Novartis AG's head of oncology
// development, Dr."): one to six lower-case words, none a verb form.
bool PrenominalTitle(std::string_view between);

std::string_view EmbeddedEmployerNamesTsv();

}  // namespace hirewire::normalize
