// Author strings: cleaning, splitting, and finding bylines inside body text.
//
// Cleaning removes "By"/"von"/"Por"/"Par"/"door"/"Af"/"Av" prefixes, e-mail addresses, URLs,
// roles ("기자", "특파원", "논설위원", "記者", "Staff Writer", "Reporter", "Correspondent",
// "Redakteur", ...), the site name, bracketed agency tags ("[서울=뉴시스]") and dates glued to the
// byline; splits on ",", ";", "and", "und", "et", "y", "e", "&", "·", "/", "、".
//
// Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hirewire::extract {

// Cleaned, split, deduplicated (first occurrence order) author names from raw strings taken
// from JSON-LD, <meta name=author>, byline elements. Entries that are only a site/organization
// name, a role, an e-mail or a URL are dropped.
std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw, std::string_view site_name);

// Author names from a byline written inside body text: "홍길동 기자", "[서울=뉴시스] 홍길동 기자 = ",
// "(홍길동 기자 hong@x.com)", "홍길동·김철수 기자", "워싱턴=홍길동 특파원", "By Jane Doe",
// "(記者 山田太郎)", "山田太郎記者". Empty when the paragraph has no byline.
std::vector<std::string> FindBylineInText(std::string_view paragraph);

// True when the whole paragraph is a byline/credit line and not body text: short, and
// essentially only a byline ("홍길동 기자 hong@x.com", "By Jane Doe, Staff Writer",
// "/ 홍길동 기자"). A long paragraph that starts with "[서울=뉴시스] 홍길동 기자 = " is body text
// (returns false); use FindBylineInText for its author and StripLeadingByline for its text.
bool IsBylineParagraph(std::string_view paragraph);

// Removes a leading dateline/byline ("[서울=뉴시스] 홍길동 기자 = ", "(서울=연합뉴스) 홍길동 기자 = ")
// from a body paragraph; returns the paragraph unchanged when it has none.
std::string StripLeadingByline(std::string_view paragraph);

}  // namespace hirewire::extract
