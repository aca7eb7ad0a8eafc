// Tests extract/title.h: which metadata title the visible headline backs, kickers, site and
// section suffixes, character references.
#include "extract/title.h"

#include <gtest/gtest.h>

#include "extract/html_dom.h"
#include "extract/metadata.h"

namespace hirewire::extract {
namespace {

using Heading = metadata::PageMeta::Heading;

metadata::PageMeta Meta(std::string og, std::string ld, std::vector<Heading> headings) {
  metadata::PageMeta m;
  m.og_title = std::move(og);
  m.ld_headline = std::move(ld);
  m.headings = std::move(headings);
  return m;
}

TEST(ChooseTitle, PrefersTheMetadataTitleTheVisibleHeadlineShows) {
  // The JSON-LD headline is an SEO variant shown only in a breadcrumb h1; the page's headline
  // is a kicker element followed by the OpenGraph title.
  Heading crumb{"Donald Trump: Warum Kritik an seinem Charakter so ineffektiv ist", "", true, true};
  Heading shown{"Meinung Warum Kritik an Trumps Charakter so ineffektiv ist und verpufft",
                "Warum Kritik an Trumps Charakter so ineffektiv ist und verpufft", false, false};
  metadata::PageMeta m =
      Meta("Warum Kritik an Trumps Charakter so ineffektiv ist und verpufft",
           "Donald Trump: Warum Kritik an seinem Charakter so ineffektiv ist", {crumb, shown});
  EXPECT_EQ(ChooseTitle(m), "Warum Kritik an Trumps Charakter so ineffektiv ist und verpufft");
}

TEST(ChooseTitle, DropsAKickerAndColonThePageShowsApart) {
  Heading h{"Nach erneuter Kritik an Papst Leo Trump postet schon wieder Jesus-KI-Foto",
            "Trump postet schon wieder Jesus-KI-Foto", false, false};
  metadata::PageMeta m =
      Meta("Nach erneuter Kritik an Papst Leo: Trump postet schon wieder Jesus-KI-Foto", "", {h});
  EXPECT_EQ(ChooseTitle(m), "Trump postet schon wieder Jesus-KI-Foto");
}

TEST(ChooseTitle, KeepsAKickerThatTheHeadingShowsWithItsColon) {
  Heading h{"Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue",
            "Nach Massenschlägerei in Madrid: Sanktionen und Reue", true, false};
  metadata::PageMeta m =
      Meta("Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue", "", {h});
  EXPECT_EQ(ChooseTitle(m), "Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue");
}

TEST(ChooseTitle, DropsALiveBlogPrefixTheHeadingDoesNotShow) {
  Heading h{"Markets rally as inflation cools for a third month", "", true, false};
  metadata::PageMeta m = Meta("LIVE: Markets rally as inflation cools for a third month", "", {h});
  EXPECT_EQ(ChooseTitle(m), "Markets rally as inflation cools for a third month");
}

TEST(ChooseTitle, KeepsAJsonLdHeadlineThatNoHeadingShows) {
  Heading h{"Five key policies announced in first King's Speech of Labour government", "", true, false};
  metadata::PageMeta m = Meta("Five key policies announced in first King's Speech of Labour government",
                              "King's speech summary: Five key policies announced in state opening", {h});
  EXPECT_EQ(ChooseTitle(m), "King's speech summary: Five key policies announced in state opening");
}

TEST(ChooseTitle, DecodesTwiceEscapedCharacterReferences) {
  metadata::PageMeta m = Meta("Gr&amp;ouml;&amp;szlig;te K&amp;uuml;ndigungswelle seit 2009", "", {});
  EXPECT_EQ(ChooseTitle(m), "Größte Kündigungswelle seit 2009");
  m = Meta("", "Strava unveils &#8216;family&#8217; plan", {});
  EXPECT_EQ(ChooseTitle(m), "Strava unveils \u2018family\u2019 plan");
}

TEST(ChooseTitle, StripsSiteNameAndSectionSuffixSharedWithTitleTag) {
  Heading h{"Chelsea win the derby at Stamford Bridge", "", true, false};
  metadata::PageMeta m = Meta("Chelsea win the derby at Stamford Bridge | Sport", "", {h});
  m.title_tag = "Chelsea win the derby at Stamford Bridge | Sport | Evening Post";
  m.site_name = "Evening Post";
  EXPECT_EQ(ChooseTitle(m), "Chelsea win the derby at Stamford Bridge");
  // Without a heading that shows the shorter form, " - ..." may be part of the headline.
  m = Meta("Tony Blair - why there has to be compromise", "", {});
  m.title_tag = "Tony Blair - why there has to be compromise";
  EXPECT_EQ(ChooseTitle(m), "Tony Blair - why there has to be compromise");
}

TEST(ChooseTitle, FallsBackToTheTitleTagWithoutSiteName) {
  metadata::PageMeta m;
  m.title_tag = "Ein Titel ohne Metadaten | Beispielzeitung";
  m.site_name = "Beispielzeitung";
  EXPECT_EQ(ChooseTitle(m), "Ein Titel ohne Metadaten");
}

TEST(DecodeCharacterReferences, DecodesNamedNumericAndTwiceEscaped) {
  EXPECT_EQ(html::DecodeCharacterReferences("M&uuml;ller &amp; S&ouml;hne &#8211; &#x41;"),
            "Müller & Söhne – A");
  EXPECT_EQ(html::DecodeCharacterReferences("&amp;quot;x&amp;quot;"), "\"x\"");
  EXPECT_EQ(html::DecodeCharacterReferences("&amp;quot;x&amp;quot;", 1), "&quot;x&quot;");
  EXPECT_EQ(html::DecodeCharacterReferences("a < b & c"), "a < b & c");
  EXPECT_EQ(html::DecodeCharacterReferences("<b>not markup</b>"), "<b>not markup</b>");
}

}  // namespace
}  // namespace hirewire::extract
