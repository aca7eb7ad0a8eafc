#include "corpus/string_set.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace hirewire {
namespace {

TEST(FlatStringSet, FindsWhatWasInsertedAndNothingElse) {
  FlatStringSet s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s.Index("a"), -1);  // empty set: no slots yet
  std::set<std::string> reference;
  for (int i = 0; i < 5000; ++i) {
    std::string w = "w" + std::to_string(i * 7919 % 10007);
    auto [index, added] = s.insert(w);
    EXPECT_EQ(added, reference.insert(w).second) << w;
    EXPECT_EQ(s[index], w);
  }
  EXPECT_EQ(s.size(), reference.size());
  for (int i = 0; i < 10007; ++i) {
    std::string w = "w" + std::to_string(i);
    EXPECT_EQ(s.count(w), reference.count(w)) << w;
  }
  EXPECT_FALSE(s.contains(""));
  EXPECT_FALSE(s.contains("w"));
  s.insert("");
  EXPECT_TRUE(s.contains(""));
}

TEST(FlatStringSet, NumbersAndIteratesInInsertionOrder) {
  FlatStringSet s;
  for (std::string_view w : {"대표", "CEO", "Inc", "CEO", "회장"}) s.emplace(w);
  EXPECT_EQ(std::vector<std::string>(s.begin(), s.end()),
            (std::vector<std::string>{"대표", "CEO", "Inc", "회장"}));
  EXPECT_EQ(s.Index("Inc"), 2);
  EXPECT_EQ(s.Index("회장"), 3);
  EXPECT_EQ(s.Index(std::string_view("CEOs", 3)), 1);  // a view into a longer string
  EXPECT_EQ(s.Index("ceo"), -1);
}

// The inline prefilter (first byte, length) never hides a member: long strings share the last
// length bit, and strings differing only after the first byte still go to the table.
TEST(FlatStringSet, PrefilterKeepsEveryMember) {
  FlatStringSet s;
  const std::string long1(70, 'x'), long2(100, 'x');
  s.insert(long1);
  s.insert("\xFF\xFE");
  EXPECT_TRUE(s.contains(long1));
  EXPECT_FALSE(s.contains(long2));  // same length bit and first byte, not a member
  EXPECT_FALSE(s.contains(long1 + "y"));
  EXPECT_TRUE(s.contains("\xFF\xFE"));
  EXPECT_FALSE(s.contains("\xFF\xFD"));
  EXPECT_FALSE(s.contains("\xFE\xFE"));  // first byte never seen
  s.insert(long2);
  EXPECT_TRUE(s.contains(long2));
  EXPECT_EQ(s.Index(long2), 2);
}

TEST(FlatStringMap, BehavesLikeAnUnorderedMapForFindEmplaceAndIndexing) {
  FlatStringMap<int> m;
  EXPECT_EQ(m.find("Samsung"), m.end());
  auto [it, added] = m.emplace("Samsung", 3);
  EXPECT_TRUE(added);
  EXPECT_EQ(it->second, 3);
  auto [again, added_again] = m.emplace("Samsung", 7);  // the first value wins
  EXPECT_FALSE(added_again);
  EXPECT_EQ(again->second, 3);
  again->second = -2;
  EXPECT_EQ(m.find("Samsung")->second, -2);
  EXPECT_EQ(m.find("Samsung")->first, "Samsung");
  int& mx = m["Goldman"];  // value-initialized
  EXPECT_EQ(mx, 0);
  mx = 2;
  EXPECT_EQ(m["Goldman"], 2);
  EXPECT_EQ(m.size(), 2u);
  EXPECT_EQ(m.count("Goldman Sachs"), 0u);
  const FlatStringMap<int>& c = m;
  EXPECT_EQ(c.find("Goldman")->second, 2);
  EXPECT_EQ(c.find("goldman"), c.end());
}

}  // namespace
}  // namespace hirewire
