// The shared sentence analysis (extract/analysis.h): sentence bounds, tokens and their classes,
// Korean particle stems per token, quoted speech, staleness checks and the amount/mention
// indexes filled by the later stages.
#include "extract/analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "extract/entities.h"
#include "extract/korean.h"
#include "extract/money.h"

namespace hirewire::extract {
namespace {

std::string Text(std::string_view p, const TextToken& t) {
  return std::string(p.substr(t.start, t.end - t.start));
}

TEST(SentenceAnalyzer, SplitsSentencesAndTokens) {
  const SentenceAnalyzer* an = SentenceAnalyzer::Default();
  ASSERT_NE(an, nullptr);
  const std::string p = "Meta hired Ruoming Pang. He joined in July.";
  ParagraphAnalysis a = an->Analyze(p);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(p.substr(a.sentences[1].start, a.sentences[1].end - a.sentences[1].start), "He joined in July.");
  std::vector<std::string> words;
  for (const TextToken& t : a.tokens) words.push_back(Text(p, t));
  EXPECT_EQ(words, (std::vector<std::string>{"Meta", "hired", "Ruoming", "Pang", ".", "He", "joined", "in",
                                             "July", "."}));
  EXPECT_TRUE(a.tokens[0].cap && a.tokens[0].latin && a.tokens[0].kind == TokenKind::kWord);
  EXPECT_EQ(a.tokens[4].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[4].sentence, 0);
  EXPECT_EQ(a.tokens[5].sentence, 1);
  EXPECT_TRUE(a.tokens[5].space_before);
  EXPECT_FALSE(a.tokens[4].space_before);
}

// The break iterators walk a UTF-16 copy of well-formed text (a code point above U+FFFF is two
// units there) and ICU's UTF-8 text otherwise; both must give byte offsets into the paragraph.
TEST(SentenceAnalyzer, ByteOffsetsHoldAcrossAstralCharactersAndIllFormedBytes) {
  const std::string good =
      "Meta \xF0\x9F\x98\x80 hired \xF0\xA0\xAE\xB7\xE9\x87\x8E Pang. He joined in July.";
  std::string bad = good;
  bad.insert(5, "\xFF");  // a byte no UTF-8 sequence starts with
  auto words = [](const std::string& p, const ParagraphAnalysis& a) {
    std::vector<std::string> w;
    for (const TextToken& t : a.tokens)
      if (t.kind == TokenKind::kWord) w.push_back(Text(p, t));
    return w;
  };
  const ParagraphAnalysis ga = SentenceAnalyzer::Default()->Analyze(good);
  const ParagraphAnalysis ba = SentenceAnalyzer::Default()->Analyze(bad);
  const std::vector<std::string> gw = words(good, ga);
  for (const char* w : {"Meta", "hired", "Pang", "He", "joined", "July"})
    EXPECT_NE(std::find(gw.begin(), gw.end(), w), gw.end()) << w;
  EXPECT_EQ(gw, words(bad, ba));
  ASSERT_EQ(ga.sentences.size(), 2u);
  ASSERT_EQ(ba.sentences.size(), 2u);
  EXPECT_EQ(good.substr(ga.sentences[1].start, ga.sentences[1].end - ga.sentences[1].start),
            "He joined in July.");
  EXPECT_EQ(bad.substr(ba.sentences[1].start, ba.sentences[1].end - ba.sentences[1].start),
            "He joined in July.");
  for (const TextToken& t : ga.tokens) {  // every token starts and ends on a code point
    EXPECT_NE(static_cast<unsigned char>(good[t.start]) & 0xC0, 0x80) << Text(good, t);
    EXPECT_TRUE(static_cast<size_t>(t.end) == good.size() ||
                (static_cast<unsigned char>(good[t.end]) & 0xC0) != 0x80)
        << Text(good, t);
  }
}

TEST(SentenceAnalyzer, AbbreviationsDoNotEndASentence) {
  const std::string p =
      "Dr. Laura Bennett joined Novartis from Pfizer Inc. in May. Mr. Kim left. 김 대표는 떠났다. 그는 웃었다.";
  ParagraphAnalysis a = SentenceAnalyzer::Default()->Analyze(p);
  std::vector<std::string> got;
  for (const auto& s : a.sentences) got.push_back(p.substr(s.start, s.end - s.start));
  ASSERT_EQ(got.size(), 4u) << p;
  EXPECT_EQ(got[0], "Dr. Laura Bennett joined Novartis from Pfizer Inc. in May. ");
  EXPECT_EQ(got[1], "Mr. Kim left. ");
}

// A wire dateline is a sentence of its own: the lede's first name opens the next one. A capitalized
// word and a dash that are no dateline ("KT — the carrier", a lower-case place) stay in the sentence.
TEST(SentenceAnalyzer, AWireDatelineIsASentenceOfItsOwn) {
  struct Row {
    const char* text;
    const char* dateline;  // "" when none
  };
  const Row rows[] = {
      {"NEW YORK (AP) \u2014 Carl Benning will retire.", "NEW YORK (AP) \u2014 "},
      {"SAN JOSE, Calif., March 4 (Reuters) - Ardent Micro named a CEO.",
       "SAN JOSE, Calif., March 4 (Reuters) - "},
      {"TOKYO -- Mirai Mart has hired Han Seo-yeon.", "TOKYO -- "},
      {"SEOUL, March 3 -- Kim left.", "SEOUL, March 3 -- "},
      {"(Reuters) - Kim left.", "(Reuters) - "},
      {"Nov 13 (Reuters) - Northbridge named a CEO.", "Nov 13 (Reuters) - "},
      {"March 4 (AP) \u2014 Kim left.", "March 4 (AP) \u2014 "},
      {"Sept. 30 (Yonhap) -- Kim left.", "Sept. 30 (Yonhap) -- "},
      {"Maybe 13 (Reuters) - Kim left.", ""},
      {"TOKYO (Nikkei Asia) -- Kim left.", "TOKYO (Nikkei Asia) -- "},
      {"Seoul (Reuters) - Kim left.", ""},
      {"Kim left - and came back.", ""},
      {"IBM said on Monday it hired Kim.", ""},
  };
  for (const Row& r : rows) {
    const std::string p = r.text;
    EXPECT_EQ(p.substr(0, static_cast<size_t>(WireDatelineEnd(p))), r.dateline) << p;
    const ParagraphAnalysis a = SentenceAnalyzer::Default()->Analyze(p);
    const std::string d = r.dateline;
    ASSERT_EQ(a.sentences.size(), d.empty() ? 1u : 2u) << p;
    if (!d.empty()) {
      EXPECT_EQ(a.sentences[1].start, static_cast<int>(d.size())) << p;
    }
  }
}

TEST(SentenceAnalyzer, KeepsKoreanEojeolAndStemsEachToken) {
  const std::string p = "오픈AI의 연구원 5명이 슬랙·디스코드를 떠났다.";
  ParagraphAnalysis a = SentenceAnalyzer::Default()->Analyze(p);
  std::vector<std::string> words;
  for (const TextToken& t : a.tokens) words.push_back(Text(p, t));
  EXPECT_EQ(words[0], "오픈AI의");  // Hangul and Latin written together: one token
  EXPECT_NE(std::find(words.begin(), words.end(), "·"), words.end());  // the middle dot splits
  for (const TextToken& t : a.tokens) {
    std::vector<int> want = t.kind == TokenKind::kPunct ? std::vector<int>{} : KoreanStemLengths(Text(p, t));
    std::vector<int> got(a.stems.begin() + t.stem_begin, a.stems.begin() + t.stem_begin + t.stem_count);
    EXPECT_EQ(got, want) << Text(p, t);
  }
  EXPECT_GT(a.tokens[0].stem_count, 0);  // 의
  EXPECT_TRUE(a.tokens[0].has_hangul && !a.tokens[0].hangul);
}

struct QuoteCase {
  std::string text;
  std::vector<std::string> quotes;
};

class QuotedSpeechTable : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuotedSpeechTable, FindsSpeechNotTerms) {
  const QuoteCase& c = GetParam();
  std::vector<std::string> got;
  for (const TextSpan& s : QuotedSpeech(c.text)) got.push_back(c.text.substr(s.start, s.end - s.start));
  EXPECT_EQ(got, c.quotes) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, QuotedSpeechTable,
                         ::testing::Values(QuoteCase{"He said \"we will not join Meta\" on Monday.",
                                                     {"\"we will not join Meta\""}},
                                           QuoteCase{"He called the report \"false\".", {}},
                                           QuoteCase{"그는 “메타로 가지 않겠다”고 말했다.",
                                                     {"“메타로 가지 않겠다”"}},
                                           QuoteCase{"회사는 「사실무근」이라고 밝혔다.", {}},
                                           QuoteCase{"『두 사람 모두 남는다』 『확정 아님』",
                                                     {"『두 사람 모두 남는다』", "『확정 아님』"}},
                                           QuoteCase{"An open \"quote never closes", {}}));

TEST(SentenceAnalyzer, AnalysisGoesStaleWhenParagraphsChange) {
  Article a;
  a.paragraphs = {"First paragraph.", "Second one here."};
  EXPECT_FALSE(HasAnalysis(a));
  SentenceAnalyzer::Default()->AnalyzeArticle(&a);
  EXPECT_TRUE(HasAnalysis(a));
  a.paragraphs[1] += " More.";
  EXPECT_FALSE(HasAnalysis(a));
  a.paragraphs.pop_back();
  EXPECT_FALSE(HasAnalysis(a));
}

TEST(SentenceAnalyzer, MoneyAndEntitiesFillTheirIndexes) {
  Article a;
  a.language = "en";
  a.paragraphs = {"Nothing here.", "Meta offered Ruoming Pang $200 million, and Apple offered $50 million."};
  SentenceAnalyzer::Default()->AnalyzeArticle(&a);
  auto money = MoneyScanner::Create();
  ASSERT_TRUE(money.ok());
  (*money)->ScanArticle(&a);
  ASSERT_EQ(a.money.size(), 2u);
  EXPECT_TRUE(a.analysis[0].amounts.empty());
  EXPECT_EQ(a.analysis[1].amounts, (std::vector<int>{0, 1}));
  auto ner = EntityRecognizer::Create();
  ASSERT_TRUE(ner.ok());
  a.entities = (*ner)->Recognize(a);
  EXPECT_FALSE(MentionsIndexed(a) && !a.entities.empty());  // not indexed yet
  IndexMentions(&a);
  EXPECT_TRUE(MentionsIndexed(a));
  size_t mentions = 0;
  for (const MentionRef& r : a.analysis[1].mentions) {
    EXPECT_EQ(a.entities[r.entity].mentions[r.mention].paragraph, 1);
    ++mentions;
  }
  EXPECT_GE(mentions, 3u);  // Meta, Ruoming Pang, Apple
  a.entities.pop_back();
  EXPECT_FALSE(MentionsIndexed(a));
}

// The recognizer reads the shared analysis when the article carries one, and makes its own
// otherwise: both give the same entities.
TEST(SentenceAnalyzer, RecognizerGivesTheSameEntitiesWithOrWithoutIt) {
  auto ner = EntityRecognizer::Create();
  ASSERT_TRUE(ner.ok());
  Article a;
  a.language = "ko";
  a.paragraphs = {"메타는 애플의 루오밍 팡 파운데이션 모델 총괄을 영입했다고 블룸버그가 보도했다.",
                  "김민준 한울반도체 대표는 \"이번 영입은 없던 일\"이라고 말했다."};
  std::vector<Entity> without = (*ner)->Recognize(a);
  SentenceAnalyzer::Default()->AnalyzeArticle(&a);
  EXPECT_EQ((*ner)->Recognize(a), without);
  EXPECT_FALSE(without.empty());
}

// Reported speech (extract/data/speech.tsv): each case names a mention and whether it is the
// speaker; every row of the table must be used by a case.
struct SpeechCase {
  const char* text;
  const char* name;
  bool speaker;
};

const SpeechCase kSpeechCases[] = {
    {"Crew coach Etienne Marchal said his assistant had earned it.", "Etienne Marchal", true},
    {"Harper, who runs a team trading index options, told Reuters she would stay.", "Harper", true},
    {"Nakamura tells investors the studio is hiring.", "Nakamura", true},
    {"Kim says the offer was generous.", "Kim", true},
    {"Lee added that the bank would hire 20 engineers.", "Lee", true},
    {"Park noted that the deal was closed.", "Park", true},
    {"Chen explained the move in a memo.", "Chen", true},
    {"Levin wrote on X that the offer was generous.", "Levin", true},
    {"Ortiz claimed the team had been poached.", "Ortiz", true},
    {"Stein denied the report.", "Stein", true},
    {"Feld confirmed the talks had ended.", "Feld", true},
    {"Meta hired Lena Hartmann, according to Bloomberg.", "Bloomberg", true},
    {"\"He's an underwriter's underwriter,\" said Hollis Grant, an analyst.", "Hollis Grant", true},
    {"Meta hired Lena Hartmann, according to Bloomberg.", "Lena Hartmann", false},
    {"Google said it had hired Varun Mohan.", "Varun Mohan", false},
    {"Rivet said Cole had decided to stay.", "Cole", false},
    {"Rohan Gupta, an engineer, said he rejected a $15 million offer from xAI.", "Rohan Gupta", false},
    {"Petrov told Reuters that she would join in May.", "Petrov", false},
    {"\"Ana said no,\" the recruiter said.", "Ana", false},
    // Other languages in Latin script: the speaker before the verb, or right after it at the end
    // of a quote (verb-second order).
    {"„Es ist großartig“, sagte Usyk in Riad.", "Usyk", true},
    {"Bönte sagt, der Kampf werde knapp.", "Bönte", true},
    {"Merz erklärte am Montag, die Regierung stehe.", "Merz", true},
    {"„Das ist klar“, betonte Kabayel vor dem Kampf.", "Kabayel", true},
    {"Warren meinte, es sei das größte Ereignis.", "Warren", true},
    {"„Punkt“, fügte Krassyuk hinzu.", "Krassyuk", true},
    {"Habeck warnte vor höheren Preisen.", "Habeck", true},
    {"Laut Scholz bleibt die Lage ernst.", "Scholz", true},
    {"«Es un día histórico», dijo Sánchez en Madrid.", "Sánchez", true},
    {"Feijóo afirmó que el plan fracasará.", "Feijóo", true},
    {"Sanz explicó que el fuego sigue activo.", "Sanz", true},
    {"Montero señaló que habrá ayudas.", "Montero", true},
    {"Ayuso aseguró que no dimitirá.", "Ayuso", true},
    {"Reyes declaró ante el juez el lunes.", "Reyes", true},
    {"«Seguimos trabajando», añadió Moreno.", "Moreno", true},
    {"Según Aemet, las lluvias llegarán el martes.", "Aemet", true},
    {"Macron a déclaré que la France restera unie.", "Macron", true},
    {"Bayrou a affirmé qu'il ne démissionnera pas.", "Bayrou", true},
    {"Barnier a expliqué le plan lundi.", "Barnier", true},
    {"Lecornu a précisé les chiffres mardi.", "Lecornu", true},
    {"Selon Oceana, la pêche illégale augmente.", "Oceana", true},
    {"Meloni ha detto che il governo resterà unito.", "Meloni", true},
    {"Tajani ha dichiarato che l'accordo è vicino.", "Tajani", true},
    {"Giorgetti ha spiegato il bilancio.", "Giorgetti", true},
    {"Secondo Istat, i prezzi sono saliti.", "Istat", true},
    {"Lula disse que o acordo está próximo.", "Lula", true},
    {"Haddad afirmou que o plano vai avançar.", "Haddad", true},
    {"Schoof zei dat het kabinet blijft.", "Schoof", true},
    {"Wilders zegt dat hij geen steun geeft.", "Wilders", true},
    {"Volgens Rutte is de NAVO sterk.", "Rutte", true},
    {"Støre sier at regjeringen står samlet.", "Støre", true},
    {"Solberg uttaler at hun er fornøyd.", "Solberg", true},
    {"Ifølge Equinor steg prisene i fjor.", "Equinor", true},
    {"Frederiksen siger, at regeringen er enig.", "Frederiksen", true},
    {"Løkke sagde, at aftalen er klar.", "Løkke", true},
    {"Glifberg udtaler, at parken åbner igen.", "Glifberg", true},
    {"Kristersson säger att regeringen står enad.", "Kristersson", true},
    {"Andersson sade att budgeten är svag.", "Andersson", true},
    {"Enligt Aftonbladet var skadorna stora.", "Aftonbladet", true},
    {"Fiala řekl, že vláda vydrží.", "Fiala", true},
    {"Schillerová řekla, že rozpočet je zdravý.", "Schillerová", true},
    {"Babiš uvedl, že se nic nestalo.", "Babiš", true},
    {"Hrtúsová uvedla, že banka roste.", "Hrtúsová", true},
    {"Podle Eurostatu ceny rostou.", "Eurostatu", true},
    {"Tusk powiedział, że rząd jest zgodny.", "Tusk", true},
    {"Nawrocka powiedziała, że to dobry dzień.", "Nawrocka", true},
    {"Według Reutersa rozmowy trwają.", "Reutersa", true},
    {"Jónsdóttir sagði að málið væri alvarlegt.", "Jónsdóttir", true},
    {"Brand segir að dómurinn sé mikilvægur.", "Brand", true},
};

TEST(ReportedSpeech, FindsTheSpeakerOfEachCue) {
  for (const SpeechCase& c : kSpeechCases) {
    std::string text = c.text;
    std::vector<SpeechCue> cues = ReportedSpeechCues(text, QuotedSpeech(text));
    int start = static_cast<int>(text.find(c.name));
    ASSERT_GE(start, 0) << c.text;
    EXPECT_EQ(IsSpeaker(text, cues, start, start + static_cast<int>(std::string(c.name).size())), c.speaker)
        << c.text << " / " << c.name;
  }
}

TEST(ReportedSpeech, EveryRowOfTheTableHasACase) {
  std::string_view rest = EmbeddedSpeechTsv();
  int rows = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    ++rows;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    std::string word(line.substr(t1 + 1, t2 - t1 - 1));
    bool used = false;
    for (const SpeechCase& c : kSpeechCases) {
      std::string text = c.text;
      for (const SpeechCue& q : ReportedSpeechCues(text, QuotedSpeech(text))) {
        std::string got = text.substr(q.cue.start, q.cue.end - q.cue.start);
        for (char& ch : got) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        used = used || (c.speaker && got == word);
      }
    }
    EXPECT_TRUE(used) << "no speaker case for speech.tsv row \"" << word << "\"";
  }
  EXPECT_GE(rows, 12);
}

TEST(ReportedSpeech, TheAnalysisCarriesTheCuesOutsideQuotes) {
  auto analyzer = SentenceAnalyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  ParagraphAnalysis a = (*analyzer)->Analyze("\"We said no to Meta,\" Kim told Reuters.");
  ASSERT_EQ(a.speech.size(), 1u);  // "said" inside the quote is not reported speech
  EXPECT_EQ(a.speech[0].cue.start, 26);
  EXPECT_FALSE(a.speech[0].speaker_after);
}

}  // namespace
}  // namespace hirewire::extract
