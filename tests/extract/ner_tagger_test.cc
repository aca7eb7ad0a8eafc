// Unit behaviour of the NER tagger: model loading and validation, offsets on real sentences,
// robustness on hostile input.
#include "extract/ner_tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

#include "extract/entity_words.h"
#include "extract/ner_features.h"

namespace hirewire::extract {
namespace {

std::string Text(std::string_view s, const TaggedSpan& span) {
  return std::string(s.substr(span.start, span.end - span.start));
}

std::string Describe(std::string_view s, const std::vector<TaggedSpan>& spans) {
  std::string out;
  for (const auto& sp : spans) out += "[" + Text(s, sp) + "/" + sp.type + "]";
  return out;
}

void ExpectWellFormed(std::string_view text, const std::vector<TaggedSpan>& spans) {
  int last_end = 0;
  for (const TaggedSpan& s : spans) {
    EXPECT_LE(last_end, s.start);
    EXPECT_LT(s.start, s.end);
    EXPECT_LE(s.end, static_cast<int>(text.size()));
    EXPECT_TRUE(s.type == "PER" || s.type == "ORG") << s.type;
    EXPECT_GT(s.score, 0.0);
    EXPECT_LE(s.score, 1.0);
    last_end = s.end;
  }
}

TEST(NerTagger, EmbeddedModelLoads) {
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  EXPECT_GT(t->NumFeatures(), 10000u);
  EXPECT_EQ(NerTagger::Embedded(), t);  // loaded once
}

TEST(NerTagger, RejectsDamagedModels) {
  EXPECT_FALSE(NerTagger::Load("").ok());
  EXPECT_FALSE(NerTagger::Load(std::string(200, 'x')).ok());
  // A real model cut short must be rejected, not read out of bounds.
  std::string bytes(256, '\0');
  std::memcpy(bytes.data(), "HWNERM01", 8);
  auto r = NerTagger::Load(bytes);
  EXPECT_FALSE(r.ok());
}

TEST(NerTagger, RejectsTruncatedCopiesOfTheRealModel) {
  std::string_view bytes = ner::EmbeddedModelBytes();
  ASSERT_GT(bytes.size(), 1000u);
  for (size_t cut : {size_t{0}, size_t{16}, size_t{200}, bytes.size() / 3, bytes.size() - 9}) {
    EXPECT_FALSE(NerTagger::Load(bytes.substr(0, cut)).ok()) << cut;
  }
  auto whole = NerTagger::Load(bytes);
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  EXPECT_EQ((*whole)->NumFeatures(), NerTagger::Embedded()->NumFeatures());
}

TEST(NerTagger, FindsKoreanPersonWithoutParticle) {
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  const std::string s = "김철수 대표는 이날 서울에서 기자회견을 열고 삼성전자와의 협력을 발표했다.";
  auto spans = t->Tag(s, "ko");
  ExpectWellFormed(s, spans);
  bool person = false, company = false;
  for (const auto& sp : spans) {
    if (sp.type == "PER" && Text(s, sp) == "김철수") person = true;
    if (sp.type == "ORG" && Text(s, sp) == "삼성전자") company = true;
  }
  EXPECT_TRUE(person) << Describe(s, spans);
  EXPECT_TRUE(company) << Describe(s, spans);
}

TEST(NerTagger, SplitsKoreanWordsAndStems) {
  // Words end at spaces, brackets and quotes; the stem drops a trailing particle/ending.
  const std::u32string s = U"삼성전자가 '푸마'를 (인천시청)에서 KT&G의";
  const std::vector<char32_t> cps(s.begin(), s.end());
  ner::KoreanWords w;
  ner::SplitKoreanWords(cps, &w);
  std::vector<std::u32string> stems, words;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (w.wstart[i] != static_cast<int>(i)) continue;
    words.emplace_back(s.substr(i, w.wend[i] - i));
    stems.emplace_back(s.substr(i, w.stem_end[i] - i));
    EXPECT_EQ(w.particle[i] != 0, w.stem_end[i] < w.wend[i]);
  }
  const std::vector<std::u32string> want_words = {U"삼성전자가", U"푸마", U"를",
                                                  U"인천시청",   U"에서", U"KT&G의"};
  const std::vector<std::u32string> want_stems = {U"삼성전자", U"푸마", U"를", U"인천시청", U"에서", U"KT&G"};
  EXPECT_EQ(words, want_words);
  EXPECT_EQ(stems, want_stems);
  EXPECT_EQ(w.wstart[5], -1);  // the space
}

TEST(NerTagger, EmbeddedModelHoldsKoreanWordClusters) {
  // extract/models/ko_clusters.tsv.gz, built into the gazetteer table: frequent stems have a
  // path, and stems used alike share its first levels (two parties).
  ner::ModelHeader h;
  ner::FeatureTable features;
  ner::GazTable gaz;
  ASSERT_EQ(ner::MapModel(ner::EmbeddedModelBytes(), &h, &features, &gaz), "");
  auto path = [&](std::u32string_view stem) -> uint32_t {
    const uint32_t info = gaz.Find(ner::KoClusterKey(stem.data(), stem.data() + stem.size()));
    return (info & ner::kClusterFlag) ? (info & 0xffff) : 0x10000;
  };
  EXPECT_NE(path(U"새누리당"), 0x10000u);
  EXPECT_EQ(path(U"새누리당") >> 8, path(U"민주당") >> 8);
  EXPECT_EQ(path(U"꿇꿇꿇꿇"), 0x10000u);  // not a word of the text
}

TEST(NerTagger, EnglishWordInfoReadsTheWordListAndClusterGuess) {
  // extract/models/en_clusters.tsv.gz and wamerican-large, as the English features read them.
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  const NerTagger::EnglishWord proxy = t->EnglishWordInfo("Proxy");
  EXPECT_TRUE(proxy.lower);
  EXPECT_FALSE(proxy.cap);
  const NerTagger::EnglishWord john = t->EnglishWordInfo("john");
  EXPECT_TRUE(john.known);
  EXPECT_EQ(john.kind, 1);  // person
  EXPECT_GE(john.confidence, 2);
  const NerTagger::EnglishWord none = t->EnglishWordInfo("qzxqzxqzx");
  EXPECT_FALSE(none.known || none.lower || none.cap);
}

TEST(NerTagger, FindsEnglishPersonAndCompany) {
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  const std::string s = "Mark Zuckerberg said on Tuesday that Microsoft would hire 200 engineers.";
  auto spans = t->Tag(s, "en");
  ExpectWellFormed(s, spans);
  bool person = false, company = false;
  for (const auto& sp : spans) {
    if (sp.type == "PER" && Text(s, sp) == "Mark Zuckerberg") person = true;
    if (sp.type == "ORG" && Text(s, sp) == "Microsoft") company = true;
  }
  EXPECT_TRUE(person) << Describe(s, spans);
  EXPECT_TRUE(company) << Describe(s, spans);
}

TEST(NerTagger, FindsJapaneseAndChinesePersonsAndOrganizations) {
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  struct Case {
    const char* lang;
    std::string text, person, org;
  };
  const Case cases[] = {
      {"ja", "トヨタ自動車の豊田章男会長は東京都内で記者会見を開いた。", "豊田章男", "トヨタ自動車"},
      {"zh", "腾讯公司董事会主席马化腾表示，公司将扩大投资。", "马化腾", "腾讯公司"},
  };
  for (const Case& c : cases) {
    auto spans = t->Tag(c.text, c.lang);
    ExpectWellFormed(c.text, spans);
    bool person = false, org = false;
    for (const auto& sp : spans) {
      person = person || (sp.type == "PER" && Text(c.text, sp) == c.person);
      org = org || (sp.type == "ORG" && Text(c.text, sp) == c.org);
    }
    EXPECT_TRUE(person) << Describe(c.text, spans);
    EXPECT_TRUE(org) << Describe(c.text, spans);
  }
}

// Every row of the Chinese word lists (extract/data/entity_words.tsv zh_*) is found by the lookup
// the Chinese tagger features use, in its own class.
TEST(NerTagger, EveryChineseWordRowIsFoundByTheFeatureLookup) {
  const EntityWords& w = EntityWords::Default();
  const std::pair<WordList, uint8_t> lists[] = {{WordList::kZhSurname, ner::kZhSurnameBit},
                                                {WordList::kZhSurnameRare, ner::kZhSurnameRareBit},
                                                {WordList::kZhTranslitChar, ner::kZhTranslitBit},
                                                {WordList::kZhOrgSuffix, ner::kZhOrgSuffixBit},
                                                {WordList::kZhPersonCue, ner::kZhPersonCueBit}};
  for (const WordRow& r : w.rows()) {
    for (const auto& [list, bit] : lists) {
      if (r.list == list) {
        EXPECT_NE(ner::ZhWordBits(r.word) & bit, 0) << "entity_words.tsv line " << r.line;
      }
    }
  }
  EXPECT_EQ(ner::ZhWordBits("北京"), 0);
  EXPECT_EQ(ner::ZhWordBits("ＡＢ"), 0);
}

// The Chinese word lists add features where they apply (a surname before a given name and a cue,
// a transliterated name, an organization head ahead) and nowhere else: the same text featurized
// as Japanese, which has no such lists, has fewer features on exactly those units.
TEST(NerTagger, ChineseWordListsAddFeaturesOnNamesOnly) {
  const std::string text = "据报道，王小明表示，阿诺德·施瓦辛格也参观了北京大学。";
  std::vector<char32_t> cps;
  std::vector<ner::Unit> units;
  ner::DecodeUtf8(text, &cps, &units);
  std::vector<uint8_t> starts;
  ner::CjkWordStarts(text, units, &starts);
  ner::FeatureBuffer zh, ja;
  ner::CjkFeatures(cps, starts, ner::kZh, ner::GazTable{}, &zh);
  ner::CjkFeatures(cps, starts, ner::kJa, ner::GazTable{}, &ja);
  auto extra = [&](size_t i) {
    return static_cast<int>(zh.offsets[i + 1] - zh.offsets[i]) -
           static_cast<int>(ja.offsets[i + 1] - ja.offsets[i]);
  };
  auto at = [&](std::string_view piece) {
    const size_t byte = text.find(piece);
    for (size_t i = 0; i < units.size(); ++i) {
      if (units[i].begin == static_cast<int>(byte)) return i;
    }
    ADD_FAILURE() << piece;
    return size_t{0};
  };
  EXPECT_GT(extra(at("王小明")), 0);    // surname, given name, cue after
  EXPECT_GT(extra(at("阿诺德")), 0);    // a run of transliteration characters
  EXPECT_GT(extra(at("北京大学")), 0);  // an organization head ahead
  EXPECT_EQ(extra(at("据报道")), 0);
  EXPECT_EQ(extra(at("。")), 0);
}

// Spans with their scores printed in full, for exact comparisons.
std::string Exact(std::string_view s, const std::vector<TaggedSpan>& spans) {
  std::string out;
  char score[32];
  for (const auto& sp : spans) {
    std::snprintf(score, sizeof score, "%.17g", sp.score);
    out += "[" + Text(s, sp) + "/" + sp.type + "/" + score + "]";
  }
  return out;
}

// The tagger keeps recently used weight rows per thread: a thread that switches between two
// models must get from each what a fresh thread gets, and warm rows what cold ones give.
TEST(NerTagger, RowCacheIsExactAcrossModelsAndThreads) {
  const NerTagger* real = NerTagger::Embedded();
  ASSERT_NE(real, nullptr);
  // A second model: the real one with every feature weight negated.
  std::string bytes(ner::EmbeddedModelBytes());
  ner::ModelHeader header;
  std::memcpy(&header, bytes.data(), sizeof header);
  auto* slots = reinterpret_cast<ner::FeatureSlot*>(bytes.data() + ner::Align16(sizeof header));
  for (uint32_t i = 0; i < header.feature_slots; ++i) {
    for (int8_t& w : slots[i].w) w = static_cast<int8_t>(w == -128 ? 127 : -w);
  }
  auto negated = NerTagger::Load(bytes);
  ASSERT_TRUE(negated.ok()) << negated.status().ToString();
  const std::string en = "Tim Cook said Apple would hire Jane Smith away from Microsoft in March.";
  const std::string ko = "김철수 대표는 이날 서울에서 기자회견을 열고 삼성전자와의 협력을 발표했다.";
  auto tag = [&](const NerTagger& t) {
    return Exact(en, t.Tag(en, "en")) + "|" + Exact(ko, t.Tag(ko, "ko"));
  };
  std::string want_real, want_negated;
  std::thread([&] { want_real = tag(*real); }).join();
  std::thread([&] { want_negated = tag(**negated); }).join();
  ASSERT_NE(want_real, want_negated);  // else the test would show nothing
  EXPECT_NE(want_real.find("[Tim Cook/PER/"), std::string::npos) << want_real;
  std::thread([&] {
    for (int round = 0; round < 3; ++round) {
      EXPECT_EQ(tag(*real), want_real) << round;
      EXPECT_EQ(tag(**negated), want_negated) << round;
    }
  }).join();
}

// The tagger also keeps, per thread, each English word's own feature weights and the values its
// neighbours read: a word met before in another sentence, in another place and case of the
// sentence, must give what a fresh thread gives.
TEST(NerTagger, EnglishWordCacheIsExact) {
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  const std::string first = "Apple hired Jane Smith from Microsoft, the company said on Monday.";
  const std::string second =
      "On Monday Jane Smith told APPLE and Microsoft's board that Smith would stay at Apple.";
  std::string cold_first, cold_second;
  std::thread([&] { cold_second = Exact(second, t->Tag(second, "en")); }).join();
  std::thread([&] { cold_first = Exact(first, t->Tag(first, "en")); }).join();
  EXPECT_NE(cold_second.find("[Jane Smith/PER/"), std::string::npos) << cold_second;
  std::thread([&] {
    EXPECT_EQ(Exact(first, t->Tag(first, "en")), cold_first);
    EXPECT_EQ(Exact(second, t->Tag(second, "en")), cold_second);  // its words met in `first`
    EXPECT_EQ(Exact(second, t->Tag(second, "en")), cold_second);  // all of them met
  }).join();
}

TEST(NerTagger, SurvivesInvalidUtf8AndLongInput) {
  const NerTagger* t = NerTagger::Embedded();
  ASSERT_NE(t, nullptr);
  std::string bad = "\xff\xfe\xc3 \xe2\x82 김\x80철수는 \xed\xa0\x80";
  ExpectWellFormed(bad, t->Tag(bad, "ko"));
  ExpectWellFormed(bad, t->Tag(bad, "en"));
  ExpectWellFormed(bad, t->Tag(bad, "ja"));
  ExpectWellFormed(bad, t->Tag(bad, "zh"));
  EXPECT_TRUE(t->Tag("", "ko").empty());
  std::string longtext;
  while (longtext.size() < 3 * NerTagger::kMaxInputBytes) {
    longtext += "이재용 삼성전자 회장은 이날 평택 공장을 찾았다. Tim Cook of Apple visited Seoul. ";
  }
  auto ko = t->Tag(longtext, "ko");
  ExpectWellFormed(longtext, ko);
  EXPECT_GT(ko.size(), 100u);
  ExpectWellFormed(longtext, t->Tag(longtext, "en"));
  ExpectWellFormed(longtext, t->Tag(longtext, "ja"));
}

}  // namespace
}  // namespace hirewire::extract
