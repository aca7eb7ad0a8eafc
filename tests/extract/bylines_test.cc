#include "extract/bylines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace hirewire::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(CleanAuthors, RemovesPrefixesRolesAndEmails) {
  EXPECT_THAT(CleanAuthors({"By Jane Doe"}, ""), ElementsAre("Jane Doe"));
  EXPECT_THAT(CleanAuthors({"Von Birgit Baumann"}, ""), ElementsAre("Birgit Baumann"));
  EXPECT_THAT(CleanAuthors({"Por Daniel Aragón"}, ""), ElementsAre("Daniel Aragón"));
  EXPECT_THAT(CleanAuthors({"홍길동 기자 hong@example.co.kr"}, ""), ElementsAre("홍길동"));
  EXPECT_THAT(CleanAuthors({"홍길동기자"}, ""), ElementsAre("홍길동"));
  EXPECT_THAT(CleanAuthors({"김철수 특파원"}, ""), ElementsAre("김철수"));
  EXPECT_THAT(CleanAuthors({"松岡大地 記者"}, ""), ElementsAre("松岡大地"));
  EXPECT_THAT(CleanAuthors({"Jane Doe, Staff Writer"}, ""), ElementsAre("Jane Doe"));
  EXPECT_THAT(CleanAuthors({"Jane Doe Senior Correspondent"}, ""), ElementsAre("Jane Doe"));
  EXPECT_THAT(CleanAuthors({"Anna Sleegers, Redakteurin"}, ""), ElementsAre("Anna Sleegers"));
  EXPECT_THAT(CleanAuthors({"Jane Doe (jane.doe@example.com)"}, ""), ElementsAre("Jane Doe"));
}

TEST(CleanAuthors, SplitsOnConjunctionsAndSeparators) {
  EXPECT_THAT(CleanAuthors({"Birgit Baumann, Anna Giulia Fink und Jan Michael Marchart"}, ""),
              ElementsAre("Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"));
  EXPECT_THAT(CleanAuthors({"By Steve Peoples and Thomas Beaumont"}, ""),
              ElementsAre("Steve Peoples", "Thomas Beaumont"));
  EXPECT_THAT(CleanAuthors({"홍길동·김철수 기자"}, ""), ElementsAre("홍길동", "김철수"));
  EXPECT_THAT(CleanAuthors({"Till Eckert & Max Bernhard / Martin Murphy"}, ""),
              ElementsAre("Till Eckert", "Max Bernhard", "Martin Murphy"));
  EXPECT_THAT(CleanAuthors({"山田太郎、佐藤花子"}, ""), ElementsAre("山田太郎", "佐藤花子"));
}

TEST(CleanAuthors, DropsUrlsDatesAndDuplicates) {
  EXPECT_THAT(CleanAuthors({"https://www.example.com/author/jane-doe"}, ""), IsEmpty());
  EXPECT_THAT(CleanAuthors({"Jane Doe", "jane doe", "JANE DOE"}, ""), ElementsAre("Jane Doe"));
  EXPECT_THAT(CleanAuthors({"홍길동 기자 2025.08.01 14:30"}, ""), ElementsAre("홍길동"));
  EXPECT_THAT(CleanAuthors({"Jane Doe Updated Aug 1, 2025"}, ""), ElementsAre("Jane Doe"));
  EXPECT_THAT(CleanAuthors({"[서울=뉴시스] 홍길동 기자"}, ""), ElementsAre("홍길동"));
  EXPECT_THAT(CleanAuthors({"Staff Writer"}, ""), IsEmpty());
  EXPECT_THAT(CleanAuthors({""}, ""), IsEmpty());
}

TEST(CleanAuthors, DropsWidgetLabelsPlaceholdersAndSentences) {
  EXPECT_THAT(CleanAuthors({"Timo Shihepo", "By", "Please enter your name here"}, ""),
              ElementsAre("Timo Shihepo"));
  EXPECT_THAT(CleanAuthors({"Twitter Facebook", "Mohloai Mpesi"}, ""), ElementsAre("Mohloai Mpesi"));
  EXPECT_THAT(CleanAuthors({"Gregor Meier", "Name"}, ""), ElementsAre("Gregor Meier"));
  EXPECT_THAT(CleanAuthors({"Stephanie Bazzle", "Steph Bazzle covers politics"}, ""),
              ElementsAre("Stephanie Bazzle"));
  // Lowercase credits that are not sentences stay.
  EXPECT_THAT(CleanAuthors({"dpa"}, ""), ElementsAre("dpa"));
  EXPECT_THAT(CleanAuthors({"Ludwig van Beethoven"}, ""), ElementsAre("Ludwig van Beethoven"));
}

TEST(CleanAuthors, DropsSiteNameOnlyWhenPeopleAreNamed) {
  EXPECT_THAT(CleanAuthors({"Jane Doe", "The Daily Example"}, "The Daily Example"), ElementsAre("Jane Doe"));
  EXPECT_THAT(CleanAuthors({"Felix Schröder", "nieuwsblad.be"}, "Nieuwsblad"), ElementsAre("Felix Schröder"));
  // Alone, the publication is the only credit there is.
  EXPECT_THAT(CleanAuthors({"DER SPIEGEL"}, "Der Spiegel"), ElementsAre("DER SPIEGEL"));
}

TEST(CleanAuthors, KeepsNamesWithParticlesAndApostrophes) {
  EXPECT_THAT(CleanAuthors({"Fouzia Van Der Fort"}, ""), ElementsAre("Fouzia Van Der Fort"));
  EXPECT_THAT(CleanAuthors({"Victoria O’Regan"}, ""), ElementsAre("Victoria O’Regan"));
  EXPECT_THAT(CleanAuthors({"Eva Kirchner-Rätsch"}, ""), ElementsAre("Eva Kirchner-Rätsch"));
  EXPECT_THAT(CleanAuthors({"De Wit"}, ""), ElementsAre("De Wit"));
}

TEST(FindBylineInText, FindsKoreanBylines) {
  EXPECT_THAT(FindBylineInText("홍길동 기자"), ElementsAre("홍길동"));
  EXPECT_THAT(FindBylineInText("[서울=뉴시스] 홍길동 기자 = 삼성전자가 1일 새 연구소를 열었다."),
              ElementsAre("홍길동"));
  EXPECT_THAT(FindBylineInText("(서울=연합뉴스) 김철수 이영희 기자 = 정부는"), ElementsAre("이영희"));
  EXPECT_THAT(FindBylineInText("(홍길동 기자 hong@example.com)"), ElementsAre("홍길동"));
  EXPECT_THAT(FindBylineInText("워싱턴=김철수 특파원"), ElementsAre("김철수"));
  EXPECT_THAT(FindBylineInText("/ 홍길동·김철수 기자"), ElementsAre("홍길동", "김철수"));
}

TEST(FindBylineInText, IgnoresRoleWordsInsideSentences) {
  EXPECT_THAT(FindBylineInText("정부는 오늘 기자회견을 열고 새 정책을 발표했다."), IsEmpty());
  EXPECT_THAT(FindBylineInText("그는 기자에게 이렇게 말했다."), IsEmpty());
  EXPECT_THAT(FindBylineInText("그는 기자 출신으로 지난해 회사를 세웠다."), IsEmpty());
  EXPECT_THAT(FindBylineInText("The company offered $100 million."), IsEmpty());
}

TEST(FindBylineInText, FindsJapaneseAndEnglishBylines) {
  EXPECT_THAT(FindBylineInText("（山田太郎記者）"), ElementsAre("山田太郎"));
  EXPECT_THAT(FindBylineInText("By Jane Doe and John Roe"), ElementsAre("Jane Doe", "John Roe"));
  EXPECT_THAT(FindBylineInText("Von Birgit Baumann"), ElementsAre("Birgit Baumann"));
  EXPECT_THAT(FindBylineInText("by the way, this is not a byline"), IsEmpty());
}

TEST(IsBylineParagraph, TrueOnlyForShortBylineLines) {
  EXPECT_TRUE(IsBylineParagraph("홍길동 기자 hong@example.com"));
  EXPECT_TRUE(IsBylineParagraph("/ 홍길동 기자"));
  EXPECT_TRUE(IsBylineParagraph("By Jane Doe, Staff Writer"));
  EXPECT_TRUE(IsBylineParagraph("(山田太郎記者)"));
  EXPECT_FALSE(IsBylineParagraph("[서울=뉴시스] 홍길동 기자 = 삼성전자가 1일 새 연구소를 열었다고 밝혔다."));
  EXPECT_FALSE(IsBylineParagraph("정부는 오늘 기자회견을 열었다."));
  EXPECT_FALSE(IsBylineParagraph("By the end of the year the company had hired 200 people."));
  EXPECT_FALSE(IsBylineParagraph(""));
}

TEST(StripLeadingByline, RemovesDatelineAndByline) {
  EXPECT_EQ(StripLeadingByline("[서울=뉴시스] 홍길동 기자 = 삼성전자가 연구소를 열었다."),
            "삼성전자가 연구소를 열었다.");
  EXPECT_EQ(StripLeadingByline("(서울=연합뉴스) 김철수 기자 = 정부는 발표했다."), "정부는 발표했다.");
  EXPECT_EQ(StripLeadingByline("홍길동 기자 = 회사는 밝혔다."), "회사는 밝혔다.");
  EXPECT_EQ(StripLeadingByline("회사는 (예정대로) 밝혔다."), "회사는 (예정대로) 밝혔다.");
  EXPECT_EQ(StripLeadingByline("Plain paragraph."), "Plain paragraph.");
}

TEST(Bylines, HugeAndBinaryInputIsSafe) {
  std::string big(100000, 'a');
  EXPECT_THAT(CleanAuthors({big}, ""), IsEmpty());
  EXPECT_FALSE(IsBylineParagraph(big));
  std::string bin("\xFF\xFE\x00\x01 기자 \xC0", 13);
  EXPECT_THAT(FindBylineInText(bin), IsEmpty());
  EXPECT_FALSE(IsBylineParagraph(bin));
}

}  // namespace
}  // namespace hirewire::extract
