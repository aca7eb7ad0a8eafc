#include "corpus/bigram_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace hirewire {
namespace {

// Every word that occurs in the text may be in it; a word with a byte pair the text lacks is not.
TEST(BigramFilter, NeverRulesOutAWordOfTheText) {
  const std::string text = "OpenAI hired Jane Doe from Google; 삼성전자는 김민수 부사장을 영입했다.";
  const BigramFilter f(text);
  for (size_t b = 0; b < text.size(); ++b)
    for (size_t n = 0; b + n <= text.size(); ++n)
      EXPECT_TRUE(f.MayContain(std::string_view(text).substr(b, n)));
  EXPECT_TRUE(f.MayContain(""));
  EXPECT_TRUE(f.MayContain("q"));  // one byte: no pair to test
  EXPECT_FALSE(f.MayContain("poached"));
  EXPECT_FALSE(f.MayContain("turned down"));
  EXPECT_FALSE(f.MayContain("사임했다"));
  EXPECT_FALSE(BigramFilter("").MayContain("ab"));
}

}  // namespace
}  // namespace hirewire
