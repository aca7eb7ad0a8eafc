#include "extract/language.h"

#include <gtest/gtest.h>

namespace hirewire::extract {
namespace {

TEST(NormalizeLanguageTag, KeepsPrimarySubtagLowercase) {
  EXPECT_EQ(NormalizeLanguageTag("ko-KR"), "ko");
  EXPECT_EQ(NormalizeLanguageTag("EN_us"), "en");
  EXPECT_EQ(NormalizeLanguageTag("zh-Hant-TW"), "zh");
  EXPECT_EQ(NormalizeLanguageTag("iw"), "he");
  EXPECT_EQ(NormalizeLanguageTag("in"), "id");
  EXPECT_EQ(NormalizeLanguageTag("nb-NO"), "no");
  EXPECT_EQ(NormalizeLanguageTag(" de "), "de");
  EXPECT_EQ(NormalizeLanguageTag(""), "");
  EXPECT_EQ(NormalizeLanguageTag("x"), "");
  EXPECT_EQ(NormalizeLanguageTag("e1"), "");
  EXPECT_EQ(NormalizeLanguageTag("und"), "");
}

struct Case {
  const char* text;
  const char* declared;
  const char* want;
};

class DetectLanguageCases : public ::testing::TestWithParam<Case> {};

TEST_P(DetectLanguageCases, Detects) {
  EXPECT_EQ(DetectLanguage(GetParam().text, GetParam().declared), GetParam().want) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Scripts, DetectLanguageCases,
    ::testing::Values(
        Case{"메타가 인공지능 연구원에게 1억 2500만 달러를 제안했지만 그는 이를 거절했다.", "", "ko"},
        // Korean with Han and Latin mixed in is still Korean.
        Case{"美 메타, OpenAI 연구원 영입에 1억 달러 제시… 업계 '술렁'", "", "ko"},
        Case{"山田太郎氏は年俸二億円の提示を辞退したという。", "", "ja"},
        Case{"该公司向研究员王伟提供了年薪一千万元的待遇，但王伟拒绝了。", "", "zh"},
        Case{"該公司向研究員王偉提供了年薪一千萬元的待遇，但王偉拒絕了。", "zh-TW", "zh"},
        Case{"Компания предложила исследователю полтора миллиона долларов, но он отказался.", "", "ru"},
        Case{"Компанія запропонувала досліднику півтора мільйона доларів, але він відмовився.", "", "uk"},
        Case{"Η εταιρεία πρόσφερε στον ερευνητή ενάμισι εκατομμύριο δολάρια.", "", "el"},
        Case{"החברה הציעה לחוקר מיליון וחצי דולר, אך הוא סירב.", "", "he"},
        Case{"عرضت الشركة على الباحث مليون ونصف مليون دولار لكنه رفض العرض.", "", "ar"},
        Case{"कंपनी ने शोधकर्ता को डेढ़ मिलियन डॉलर की पेशकश की, लेकिन उन्होंने मना कर दिया।", "", "hi"}));

INSTANTIATE_TEST_SUITE_P(
    LatinStopwords, DetectLanguageCases,
    ::testing::Values(
        Case{"The company offered the researcher a package worth more than $100 million, but he "
             "turned it down and stayed with his team.",
             "", "en"},
        Case{"Das Unternehmen hat dem Forscher ein Paket von mehr als 100 Millionen Dollar "
             "angeboten, aber er hat es abgelehnt und ist bei seinem Team geblieben.",
             "", "de"},
        Case{"La société a proposé au chercheur un contrat de plus de 100 millions de dollars, "
             "mais il a refusé et il est resté avec son équipe.",
             "", "fr"},
        Case{"La empresa ofreció al investigador un paquete de más de 100 millones de dólares, "
             "pero él lo rechazó y se quedó con su equipo.",
             "", "es"},
        Case{"L'azienda ha offerto al ricercatore un pacchetto di oltre 100 milioni di dollari, "
             "ma lui lo ha rifiutato ed è rimasto con la sua squadra.",
             "", "it"},
        Case{"A empresa ofereceu ao pesquisador um pacote de mais de 100 milhões de dólares, mas "
             "ele recusou e ficou com a sua equipe.",
             "", "pt"},
        Case{"Het bedrijf heeft de onderzoeker een pakket van meer dan 100 miljoen dollar "
             "aangeboden, maar hij heeft het afgewezen en is bij zijn team gebleven.",
             "", "nl"},
        Case{"Företaget erbjöd forskaren ett paket värt mer än 100 miljoner dollar, men han "
             "tackade nej och stannade kvar med sitt team.",
             "", "sv"},
        Case{"Firma zaoferowała badaczowi pakiet o wartości ponad 100 milionów dolarów, ale on "
             "odmówił i został w swoim zespole, jak już wcześniej zapowiadał.",
             "", "pl"},
        Case{"Společnost nabídla výzkumníkovi balíček v hodnotě více než 100 milionů dolarů, ale "
             "on ho odmítl a zůstal se svým týmem, jak už dříve řekl.",
             "", "cs"},
        Case{"Şirket araştırmacıya 100 milyon dolardan fazla bir paket teklif etti, ancak o bu "
             "teklifi reddetti ve ekibiyle birlikte kalmaya karar verdi. Bu çok daha iyi bir "
             "karar olarak görüldü.",
             "", "tr"},
        Case{"Perusahaan itu menawarkan paket senilai lebih dari 100 juta dolar kepada peneliti "
             "tersebut, tetapi dia menolak dan tetap bersama timnya karena sudah ada proyek yang "
             "akan selesai.",
             "", "id"},
        Case{"Công ty đã đề nghị nhà nghiên cứu một gói trị giá hơn 100 triệu đô la, nhưng anh "
             "ấy đã từ chối và ở lại với nhóm của mình.",
             "", "vi"}));

INSTANTIATE_TEST_SUITE_P(
    DeclaredTag, DetectLanguageCases,
    ::testing::Values(
        // Declared and consistent with the script: the page is trusted, region dropped.
        Case{"메타가 연구원에게 거액을 제안했다.", "ko-KR", "ko"},
        // Declared Norwegian on text that Danish function words fit about as well.
        Case{"Det er ikke noe nytt at selskapet har tilbudt forskeren en stor sum, og han har sagt "
             "nei til det.",
             "nb-NO", "no"},
        // Declared English on a Korean page (CMS default): the script wins.
        Case{"메타가 인공지능 연구원에게 1억 2500만 달러를 제안했지만 그는 이를 거절했다.", "en", "ko"},
        // Declared English on clearly German text: the text wins.
        Case{"Das Unternehmen hat dem Forscher ein Paket von mehr als 100 Millionen Dollar "
             "angeboten, aber er hat es abgelehnt und ist bei seinem Team geblieben.",
             "en", "de"},
        // Too little text: the declaration stands.
        Case{"OK", "fr", "fr"}, Case{"", "de-AT", "de"}, Case{"", "", ""},
        // A Latin-script language without a profile keeps its declaration.
        Case{"Umnyango wezempilo uthi abantu abaningi bayaqhubeka nokuthola usizo emitholampilo "
             "yomphakathi ezweni lonke.",
             "zu", "zu"}));

TEST(DetectLanguage, UnknownLatinTextWithoutDeclarationIsEmpty) {
  EXPECT_EQ(DetectLanguage("Umnyango wezempilo uthi abantu abaningi bayaqhubeka nokuthola usizo "
                           "emitholampilo yomphakathi ezweni lonke kulo nyaka.",
                           ""),
            "");
}

TEST(DetectLanguage, InvalidUtf8DoesNotCrash) {
  std::string bad = "\xFF\xFE\xC0 메타 \xED\xA0\x80 연구원 \xF4\x90";
  EXPECT_EQ(DetectLanguage(bad, ""), "ko");
}

}  // namespace
}  // namespace hirewire::extract
