// The entity recognizer's word lists (extract/data/entity_words.tsv): the embedded table parses,
// malformed tables are refused, every row is found by the lookup the recognizer uses, and the
// rows of the lists that name or type an entity each pass a probe sentence run through the
// recognizer (one test row per table row: a row that stops working fails here by name).
#include "extract/entity_words.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/aliases.h"
#include "extract/entities.h"

namespace hirewire::extract {
namespace {

TEST(EntityWords, EmbeddedTableParsesWithEveryListFilled) {
  auto w = EntityWords::FromTsv(EmbeddedEntityWordsTsv());
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_GT(w->rows().size(), 1500u);
  for (size_t l = 0; l < static_cast<size_t>(WordList::kCount); ++l)
    EXPECT_FALSE(w->List(static_cast<WordList>(l)).empty()) << WordListName(static_cast<WordList>(l));
}

TEST(EntityWords, RefusesAMalformedTable) {
  EXPECT_FALSE(EntityWords::FromTsv("ko_titel\t대표\n").ok());                  // unknown list
  EXPECT_FALSE(EntityWords::FromTsv("ko_title\n").ok());                        // no word
  EXPECT_FALSE(EntityWords::FromTsv("ko_title\t\n").ok());                      // empty word
  EXPECT_FALSE(EntityWords::FromTsv("ko_title\t대표 \n").ok());                 // padded word
  EXPECT_FALSE(EntityWords::FromTsv("ko_title\t대표\tCEO\n").ok());             // extra field
  EXPECT_FALSE(EntityWords::FromTsv("ko_title\t대표\nko_title\t대표\n").ok());  // listed twice
  EXPECT_EQ(EntityWords::FromTsv("# c\nko_title\t대표\nko_titel\t사장\n").status(),
            Status::InvalidArgument("entity word table line 3: unknown list ko_titel"));
  auto ok = EntityWords::FromTsv("# c\nko_title\t대표\nen_title\tCEO\nko_stop\t대표\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->rows().size(), 3u);
  EXPECT_TRUE(ok->Has(WordList::kKoTitle, "대표"));
  EXPECT_TRUE(ok->Has(WordList::kKoStop, "대표"));
  EXPECT_FALSE(ok->Has(WordList::kEnTitle, "대표"));
  EXPECT_EQ(ok->rows()[1].line, 3);
}

// Every row, looked up the way the recognizer looks it up.
TEST(EntityWords, EveryRowIsFoundInItsList) {
  const EntityWords& w = EntityWords::Default();
  for (const WordRow& r : w.rows()) {
    EXPECT_TRUE(w.Has(r.list, r.word)) << "entity_words.tsv line " << r.line;
    const auto& list = w.List(r.list);
    EXPECT_NE(std::find(list.begin(), list.end(), r.word), list.end()) << "entity_words.tsv line " << r.line;
  }
}

// Classes() answers all lists in one probe: exactly the lists a word has rows in, and nothing for
// a word of no list (a prefix, a longer word, a different case).
TEST(EntityWords, ClassesAreExactlyTheListsOfAWord) {
  const EntityWords& w = EntityWords::Default();
  std::unordered_map<std::string, WordClasses> expected;
  for (const WordRow& r : w.rows()) expected[r.word].set(static_cast<size_t>(r.list));
  for (const auto& [word, classes] : expected) {
    EXPECT_EQ(w.Classes(word), classes) << word;
    EXPECT_EQ(w.Classes(word + "x"), expected.count(word + "x") ? expected[word + "x"] : WordClasses())
        << word;
  }
  EXPECT_TRUE(w.Classes("").none());
  EXPECT_TRUE(w.Classes("CEO").any());
  EXPECT_TRUE((w.Classes("CEO") & w.Classes("ceo_")).none());
  EXPECT_FALSE(w.Has(WordList::kEnTitle, "CE"));
}

// ---- Probes: a sentence per row, read by the recognizer.

struct Probe {
  WordList list;
  std::string lang;
  std::function<std::string(const std::string&)> sentence;
  // True when the entities read from the sentence show the row working.
  std::function<bool(const std::string& word, const std::vector<Entity>&)> works;
};

const Entity* Named(const std::vector<Entity>& es, EntityType type, const std::string& name) {
  for (const Entity& e : es)
    if (e.type == type && (e.name == name || e.canonical == name)) return &e;
  return nullptr;
}

// How many entities other than persons have a mention written `surface`.
int MentionedAs(const std::vector<Entity>& es, const std::string& surface) {
  int n = 0;
  for (const Entity& e : es)
    if (e.type != EntityType::kPerson)
      for (const Mention& m : e.mentions)
        if (m.surface == surface) {
          ++n;
          break;
        }
  return n;
}

bool IsDictionaryAlias(const std::string& w) {
  static const std::vector<AliasRecord> records = [] {
    auto r = ParseAliasTsv(EmbeddedAliasTsv());
    auto world = ParseAliasTsv(EmbeddedWorldAliasTsv());
    std::vector<AliasRecord> all = r.ok() ? std::move(r).value() : std::vector<AliasRecord>{};
    if (world.ok())
      for (AliasRecord& x : *world) all.push_back(std::move(x));
    return all;
  }();
  for (const AliasRecord& r : records)
    if (std::find(r.aliases.begin(), r.aliases.end(), w) != r.aliases.end()) return true;
  return false;
}

bool HasRole(const Entity* e, const std::string& title) {
  if (!e) return false;
  for (const Role& r : e->roles)
    if (r.title.find(title) != std::string::npos) return true;
  return false;
}

// `w` with its first letter (ASCII, or a German umlaut) upper-cased: "bäckerei" -> "Bäckerei",
// "ärztekammer" -> "Ärztekammer".
std::string Capitalized(std::string w) {
  for (const auto& [lower, upper] : {std::pair<std::string, std::string>{"ä", "Ä"}, {"ö", "Ö"}, {"ü", "Ü"}})
    if (w.starts_with(lower)) return upper + w.substr(lower.size());
  if (!w.empty()) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w;
}

// The topic particle after `w`: 은 after a final consonant, else 는 (also after Latin letters).
std::string Topic(const std::string& w) {
  if (w.size() < 3) return "는";
  const auto* u = reinterpret_cast<const unsigned char*>(w.data() + w.size() - 3);
  if ((u[0] & 0xF0) != 0xE0) return "는";
  char32_t cp = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
  if (cp < 0xAC00 || cp > 0xD7A3) return "는";
  return (cp - 0xAC00) % 28 ? "은" : "는";
}

// The probe name of a Korean organization suffix: "한울" + w, "국립한울" + w where w also ends a title.
std::string KoOrgProbeName(const std::string& w) {
  for (const std::string& t : EntityWords::Default().List(WordList::kKoTitleSuffix))
    if (w.size() >= t.size() && w.compare(w.size() - t.size(), t.size(), t) == 0) return "국립한울" + w;
  return "한울" + w;
}

// A word that opens with a katakana letter (U+30A1-U+30FF: E3 82 A1 - E3 83 BF).
bool KanaHead(const std::string& w) {
  return w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE3 &&
         (static_cast<unsigned char>(w[1]) == 0x82 || static_cast<unsigned char>(w[1]) == 0x83);
}

// The affiliate name a Korean particle row is probed with: consonant-final before 으로는 / 과의, vowel-final
// else.
std::string KoAffiliateFor(const std::string& particle) {
  return particle.starts_with("\xEC\x9C\xBC") || particle.starts_with("\xEA\xB3\xBC") ? "LG한빛화학"
                                                                                      : "LG한빛소재";
}

std::vector<Probe> Probes() {
  return {
      {WordList::kKoTitle, "ko",
       [](const std::string& w) { return "김민준 " + w + Topic(w) + " 이날 회의에서 발언했다."; },
       // 씨 marks a person without being a role.
       [](const std::string& w, const auto& es) {
         const Entity* e = Named(es, EntityType::kPerson, "김민준");
         return w == "씨" ? e && e->roles.empty() : HasRole(e, w);
       }},
      {WordList::kKoSurname, "ko",
       [](const std::string& w) { return w + "민결 대표는 이날 회의에서 발언했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, w + "민결") != nullptr;
       }},
      {WordList::kKoCompanySuffix, "ko",
       [](const std::string& w) { return "한울" + w + Topic(w) + " 이날 신제품을 공개했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "한울" + w) != nullptr;
       }},
      // A suffix that also ends a title (연구원) needs a longer name: "국립한울연구원".
      {WordList::kKoOrgSuffix, "ko",
       [](const std::string& w) { return KoOrgProbeName(w) + Topic(w) + " 이날 성명을 냈다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, KoOrgProbeName(w)) != nullptr;
       }},
      {WordList::kGivenName, "en",
       [](const std::string& w) { return "On Monday " + w + " Okonkwo spoke to reporters."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, w + " Okonkwo") != nullptr;
       }},
      {WordList::kEnCompanySuffix, "en",
       [](const std::string& w) { return "Zentrix " + w + " opened an office on Monday."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "Zentrix " + w) != nullptr;
       }},
      // A suffix that is itself a dictionary name ("Congress") is claimed by the dictionary pass
      // first; its row then shows as that organization.
      {WordList::kEnOrgSuffix, "en",
       [](const std::string& w) { return "The Zentrix " + w + " opened an office on Monday."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix " + w) != nullptr ||
                (Named(es, EntityType::kOrganization, w) != nullptr && IsDictionaryAlias(w));
       }},
      // A listed person's name with a case ending is that person (Latin or Cyrillic endings).
      {WordList::kNameInflection, "",
       [](const std::string& w) {
         return static_cast<unsigned char>(w[0]) >= 0xD0
                    ? "Журналисты встретили Дмитрий Песков" + w + " в понедельник."
                    : "Reporters met Emmanuel Macron" + w + " on Monday.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson,
                      static_cast<unsigned char>(w[0]) >= 0xD0 ? "Dmitry Peskov" : "Emmanuel Macron") !=
                nullptr;
       }},
      // A name the character model calls an organization is a person before a title.
      {WordList::kCjkTitle, "ja",
       [](const std::string& w) { return "野村証券の松本彩" + w + "は会見で説明した。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "松本彩") == nullptr;
       }},
      {WordList::kCjkGenericOrgFinal, "ja",
       [](const std::string& w) { return "新潟県は同日午前、災害" + w + "を設置した。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name.ends_with(w)) return false;
         return true;
       }},
      {WordList::kKoCompanyForm, "ko",
       [](const std::string& w) { return "변호를 맡은 " + w + " 한빛은 고의가 없었다고 주장했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, w + " 한빛") != nullptr;
       }},
      {WordList::kKoOrgForm, "ko",
       [](const std::string& w) { return "후원에 나선 " + w + " 한빛은 성명을 냈다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + " 한빛") != nullptr;
       }},
      {WordList::kKoGenericOrgFinal, "ko",
       [](const std::string& w) { return "한울" + w + Topic(w) + " 이날 성명을 냈다."; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name.ends_with(w)) return false;
         return true;
       }},
      {WordList::kKoBranchSuffix, "ko",
       [](const std::string& w) { return "한울재단 부산" + w + Topic(w) + " 구호 물품을 전달했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "한울재단 부산" + w) != nullptr;
       }},
      {WordList::kEnModifierEnding, "en",
       [](const std::string& w) { return "Zent" + w + " analyst Dana Whitfield questions the deal."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "Zent" + w) == nullptr;
       }},
      {WordList::kPlatformName, "en",
       [](const std::string& w) {
         return "The Civil Aviation Authority of Nepal said on " + w + " that the manager was barred.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name == w) return false;
         return Named(es, EntityType::kOrganization, "Civil Aviation Authority of Nepal") != nullptr;
       }},
      {WordList::kPlatformVenueWord, "en",
       [](const std::string& w) {
         return "The Civil Aviation Authority of Nepal said " + w + " Twitter that the manager was barred.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name == "Twitter") return false;
         return true;
       }},
      // A legal form after capitalized words makes them a company with it, in any language.
      {WordList::kLegalSuffix, "de",
       [](const std::string& w) { return "Am Montag meldete Zentrix " + w + " hohe Gewinne."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "Zentrix " + w) != nullptr ||
                Named(es, EntityType::kCompany, "Zentrix " + w + ".") != nullptr;
       }},
      // A title before a name, alone or as the end of a compound, is no part of the name and
      // makes the name a person's.
      // (Two common nouns as the name: without the title nothing makes them a person.)
      {WordList::kLatinTitleSuffix, "de",
       [](const std::string& w) { return "Gestern kam Zentrix" + w + " Birke Fenster nach Bonn."; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("Zentrix") != std::string::npos) return false;
         return Named(es, EntityType::kPerson, "Birke Fenster") != nullptr;
       }},
      // (A kind head, de_kind_compound_head, names a body only with its seat after it: "Verbraucherzentrale
      // Bayern".)
      {WordList::kOrgWordEnding, "de",
       [](const std::string& w) {
         return EntityWords::Default().Has(WordList::kDeKindCompoundHead, w)
                    ? "Laut Angaben teilte die Zentrix" + w + " Bayern am Montag mit."
                    : "Laut Angaben teilte das Zentrix" + w + " am Montag mit.";
       },
       // (A kind head that is also a kind cue, org_kind_cue, names the word after it: "die
       // Verkehrsgewerkschaft vida".)
       [](const std::string& w, const auto& es) {
         const bool kind = EntityWords::Default().Has(WordList::kDeKindCompoundHead, w);
         if (kind && EntityWords::Default().Has(WordList::kOrgKindCue, w))
           return Named(es, EntityType::kOrganization, "Bayern") != nullptr;
         return Named(es, EntityType::kOrganization, "Zentrix" + w + (kind ? " Bayern" : "")) != nullptr;
       }},
      {WordList::kNonEntityHead, "en",
       [](const std::string& w) {
         return "Officials said the Zentrix Harbor " + w + " was discussed on Monday.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("Zentrix") != std::string::npos) return false;
         return true;
       }},
      // A nationality word is neither a short form of a company it opens nor an organization.
      {WordList::kDemonym, "en",
       [](const std::string& w) {
         return "The " + w + " Zentrix Group said it met officials. " + w + " reacted on Monday.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           for (const Mention& m : e.mentions)
             if (m.surface == w) return false;
         return true;
       }},
      {WordList::kOrgLeadWord, "en",
       [](const std::string& w) { return "Reporters visited the " + w + " Zentrix Institute on Monday."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + " Zentrix Institute") != nullptr;
       }},
      // An abbreviation that names no body is no organization where a free acronym would be one.
      {WordList::kNonOrgAcronym, "de",
       [](const std::string& w) { return "Am Montag kritisierte die " + w + " den Plan scharf."; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           for (const Mention& m : e.mentions)
             if (m.surface == w) return false;
         return true;
       }},
      {WordList::kCyrillicGivenName, "ru",
       [](const std::string& w) { return "В понедельник " + w + " Гринченко выступил перед журналистами."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, w + " Гринченко") != nullptr;
       }},
      // A word with a common-noun or adjective ending is no part of a person's name.
      {WordList::kNonNameEnding, "en",
       [](const std::string& w) { return "On Monday Maria Zentr" + w + " spoke to reporters."; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("Zentr") != std::string::npos) return false;
         return true;
       }},
      {WordList::kProductMakerNoun, "en",
       [](const std::string& w) { return "Engineers of the ZKWX " + w + " met on Monday."; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name == "ZKWX") return false;
         return true;
       }},
      // A listed name and a head written together are one longer name: "百度集团", "楽天グループ".
      {WordList::kCjkNameHead, "zh",
       [](const std::string& w) {
         return KanaHead(w) ? "楽天" + w + "は14日、決算を発表した。" : "百度" + w + "周一发布了财报。";
       },
       [](const std::string& w, const auto& es) {
         const std::string name = (KanaHead(w) ? "楽天" : "百度") + w;
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == name) return true;
         return false;
       }},
      // A German word after a determiner is a common noun: two capitalized words holding it are
      // no person's name, though an age follows them (without the row they are one: "Sie sah Birke").
      {WordList::kDeDeterminer, "de",
       [](const std::string& w) {
         return "Am Montag kam Birke Fenster (45) nach Bonn. Sie sah " + w + " Birke.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("Birke") != std::string::npos) return false;
         return true;
       }},
      // A German institution named by its kind: an adjective, the head (alone or ending a
      // compound) and a tail with "für" are one organization.
      {WordList::kDeInstitutionHead, "de",
       [](const std::string& w) {
         return "Am Montag warnte die Bayrische Zentrix" + w + " für Weinbau und Gartenbau vor Frost.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization,
                      "Bayrische Zentrix" + w + " für Weinbau und Gartenbau") != nullptr;
       }},
      {WordList::kDeGenitiveHead, "de",
       [](const std::string& w) {
         std::string head = w;
         head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
         return "Am Montag warnte die " + head + " der Zentrixwerker vor Frost.";
       },
       [](const std::string& w, const auto& es) {
         std::string head = w;
         head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
         return Named(es, EntityType::kOrganization, head + " der Zentrixwerker") != nullptr;
       }},
      // After an indefinite or possessive article the head names a kind; no tail opens with one.
      {WordList::kDeIndefinite, "de",
       [](const std::string& w) {
         return "Am Montag sprach " + w + " Zentrixplattform für Weinbau. Die Stiftung für " + w +
                " Gartenbau half.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("für") != std::string::npos) return false;
         return true;
       }},
      {WordList::kDePublicPrefix, "de",
       [](const std::string& w) {
         std::string head = w;
         head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
         return "Am Montag warnte die " + head + "anstalt für Zentrixbau vor Frost.";
       },
       [](const std::string& w, const auto& es) {
         std::string head = w;
         head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
         return Named(es, EntityType::kOrganization, head + "anstalt für Zentrixbau") != nullptr;
       }},
      // A German word with an adjective, plural-noun or street ending is no part of a person's
      // name, though an age follows (without the row "Birke Fenster (45)" is a person).
      {WordList::kDeNonNameEnding, "de",
       [](const std::string& w) { return "Am Montag kam Birk" + w + " Fenster (45) nach Bonn."; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("Birk") != std::string::npos) return false;
         return true;
       }},
      // A unit written after its parent is one organization with it: "한울재단 국가위원회".
      {WordList::kKoUnitHead, "ko",
       [](const std::string& w) { return "한울재단 국가" + w + Topic(w) + " 이날 성명을 냈다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "한울재단 국가" + w) != nullptr;
       }},
      // ... and so is one with a weak head when a particle follows it: "한울재단 국가정책국은".
      {WordList::kKoUnitHeadWeak, "ko",
       [](const std::string& w) { return "한울재단 국가정책" + w + Topic(w) + " 이날 성명을 냈다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "한울재단 국가정책" + w) != nullptr;
       }},
      // A head after a modifier of Han words makes an organization: "交通运输局".
      {WordList::kZhOrgHead, "zh",
       [](const std::string& w) { return "记者从交通运输" + w + "获悉，相关工作已经启动。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "交通运输" + w) return true;
         return false;
       }},
      // A word that opens the phrase before a name is no part of it.
      {WordList::kZhNameLeftStop, "zh",
       [](const std::string& w) { return "近日，" + w + "交通运输研究院发布公告。"; },
       [](const std::string& w, const auto& es) {
         bool found = false;
         for (const Entity& e : es) {
           if (e.name.find(w + "交通") != std::string::npos) return false;
           found = found || (e.type != EntityType::kPerson && e.name == "交通运输研究院");
         }
         return found;
       }},
      // The items of a list before 等 and a kind of organization are organizations.
      {WordList::kZhListKind, "zh",
       [](const std::string& w) { return "据了解，长河电力、远山重工等" + w + "已表示有意参与投标。"; },
       [](const std::string&, const auto& es) {
         int found = 0;
         for (const Entity& e : es)
           found += e.type != EntityType::kPerson && (e.name == "长河电力" || e.name == "远山重工");
         return found == 2;
       }},
      // A legal form before a Japanese name is part of the company's name: "株式会社ゼントリクス精工".
      {WordList::kJaCompanyForm, "ja",
       [](const std::string& w) { return "新たに" + w + "ゼントリクス精工が新製品を発表した。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, w + "ゼントリクス精工") != nullptr;
       }},
      // The full name without its place prefix and legal form is a short form of it: "长河电力集团"
      // of "浙江长河电力集团有限公司" is one company with it.
      {WordList::kZhLegalForm, "zh",
       [](const std::string& w) {
         return "浙江长河电力集团" + w + "承建的工程已开工。长河电力集团有关负责人表示，项目顺利。";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "浙江长河电力集团" + w)
             for (const Mention& m : e.mentions)
               if (m.surface == "长河电力集团") return true;
         return false;
       }},
      // A verb after a person's name closes it after a role noun: "总经理梁子豪说".
      {WordList::kZhNameTrailer, "zh",
       [](const std::string& w) { return "会上，总经理梁子豪" + w + "，订单有所增加。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPerson, "梁子豪") != nullptr;
       }},
      // Two or three Han characters with a family name after a role noun: "替补中锋梁子豪" (高远, also a
      // word, is no name to the character model on its own).
      {WordList::kZhRoleNoun, "zh",
       [](const std::string& w) { return "会上，" + w + "高远在发言中提到了订单。"; },
       [](const std::string&, const auto& es) { return Named(es, EntityType::kPerson, "高远") != nullptr; }},
      // Post-nominal letters are no part of the name, and the honorific + family name links to it.
      {WordList::kEnPostNominal, "en",
       [](const std::string& w) {
         return "Opening the case, Rebecca Hale " + w +
                " said the money was gone. Ms Hale added that no one noticed.";
       },
       [](const std::string&, const auto& es) {
         const Entity* e = Named(es, EntityType::kPerson, "Rebecca Hale");
         if (!e) return false;
         int persons = 0;
         for (const Entity& x : es) persons += x.type == EntityType::kPerson;
         return persons == 1 && e->mentions.size() == 2;
       }},
      // A quoted name written right after a word ending in the cue: "投資会社「ゼントリクス」".
      {WordList::kCjkQuoteOrgCue, "ja",
       [](const std::string& w) { return "新たに投資" + w + "「ゼントリクス」が設立された。"; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "ゼントリクス") return true;
         return false;
       }},
      // A seat that acts names the body seated there: "Downing Street said", "a Treasury spokesperson".
      {WordList::kEnActorVerb, "en",
       [](const std::string& w) { return "On Monday Downing Street " + w + " the plan was sound."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Downing Street") != nullptr;
       }},
      // ... and stays a place where it does not act.
      {WordList::kEnSeat, "en",
       [](const std::string& w) {
         return "On Monday the " + w + " said the plan was sound, but the visitors stayed at the " + w +
                " for a week.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type == EntityType::kOrganization && (e.name == w || e.canonical == w))
             return e.mentions.size() == 1;
         return false;
       }},
      // A katakana name written right after the cue word: "新興企業ゼントリクスが".
      // A council named like its members is the body after a preposition, a title before a name.
      {WordList::kDeCouncil, "de",
       [](const std::string& w) {
         return "Im " + w + " gab es Streit. Danach sprach " + w + " Jonas Zentrixer mit der Presse.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w) != nullptr &&
                Named(es, EntityType::kPerson, "Jonas Zentrixer") != nullptr &&
                Named(es, EntityType::kOrganization, w + " Jonas Zentrixer") == nullptr;
       }},
      // The possessive of a plural noun stays inside the name before its head: "Zentrix Children's Hospital".
      {WordList::kEnPossessiveNameWord, "en",
       [](const std::string& w) {
         std::string cap = w;
         cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
         return "On Monday the Zentrix " + cap + "'s Hospital opened a new wing.";
       },
       [](const std::string& w, const auto& es) {
         std::string cap = w;
         cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
         return Named(es, EntityType::kOrganization, "Zentrix " + cap + "'s Hospital") != nullptr;
       }},
      // A listed company + a unit head is another organization: "百度智能研究院" is not Baidu.
      {WordList::kCjkUnitHead, "zh",
       [](const std::string& w) {
         return KanaHead(w) ? "楽天技術研究" + w + "は14日、発表した。"
                            : "百度智能研究" + w + "周一发布了报告。";
       },
       [](const std::string& w, const auto& es) {
         const std::string name = (KanaHead(w) ? "楽天技術研究" : "百度智能研究") + w;
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == name) return e.canonical == name;
         return false;
       }},
      // A region after a company's name with a space names its local arm: "한울전자 재팬".
      {WordList::kKoRegionWord, "ko",
       [](const std::string& w) { return "한울전자 " + w + Topic(w) + " 이날 신제품을 발표했다."; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "한울전자 " + w) return true;
         return false;
       }},
      // A meeting of a body, held or opened, is no organization ("상벌위원회를 열어"); the passive
      // forms take it as their subject ("상벌위원회가 열린다").
      {WordList::kKoConveneVerb, "ko",
       [](const std::string& w) {
         const bool passive =
             w.starts_with("열리") || w.starts_with("열린") || w.starts_with("열려") || w.starts_with("열렸");
         return "한울축구연맹은 이날 상벌위원회" + std::string(passive ? "가 " : "를 ") + w +
                " 예정이라고 밝혔다.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "상벌위원회") == nullptr && !es.empty();
       }},
      {WordList::kKoUnitNeverAlone, "ko",
       [](const std::string& w) {
         return "한국과학기술원의 나현서 물리" + w + " 교수는 이날 성과를 발표했다.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name.ends_with(w)) return false;
         return Named(es, EntityType::kOrganization, "한국과학기술원") != nullptr;
       }},
      // A title written after a name is her post, no organization ("장세영 응급의료정책관은").
      {WordList::kKoTitleSuffix, "ko",
       [](const std::string& w) { return "복지부 장세영 의료" + w + Topic(w) + " 이날 평가했다."; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name.ends_with(w)) return false;
         return Named(es, EntityType::kPerson, "장세영") != nullptr;
       }},
      // A family name with a form of address is the article's one person of that family name.
      {WordList::kZhAddressTitle, "zh",
       [](const std::string& w) { return "律师黄立群在庭后表示将上诉。黄" + w + "认为判决过重。"; },
       [](const std::string& w, const auto& es) {
         const Entity* e = Named(es, EntityType::kPerson, "黄立群");
         if (!e) return false;
         for (const Entity& x : es)
           if (x.name == "黄" + w) return false;
         return std::find(e->aliases.begin(), e->aliases.end(), "黄" + w) != e->aliases.end();
       }},
      // A capitalized article opening a party's name is no part of its mention ("Die Linke" -> Linke).
      {WordList::kDeDefiniteArticle, "de",
       [](const std::string& w) {
         return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])))) +
                w.substr(1) + " Linke kritisierte den Kompromiss scharf.";
       },
       [](const std::string& w, const auto& es) {
         const Entity* e = Named(es, EntityType::kOrganization, "Die Linke");
         if (!e || e->mentions.empty()) return false;
         for (const Mention& m : e->mentions)
           if (m.surface != "Linke") return false;
         return true;
       }},
      // A place the character model reads as a person ("徐汇区": 徐 is also a family name).
      {WordList::kZhPlaceFinal, "zh",
       [](const std::string& w) { return "据了解，徐汇" + w + "一所小学已有两个班级临时停课。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type == EntityType::kPerson && e.name.ends_with(w)) return false;
         return true;
       }},
      // A territorial body after an article and before a place is one organization ("das Land Salzburg").
      {WordList::kDeTerritory, "de",
       [](const std::string& w) { return "Am Montag teilte das " + w + " Zentrixburg mit, es zahle."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + " Zentrixburg") != nullptr;
       }},
      // A club's letters and the capitalized words after them are one organization ("SV Wacker Burghausen").
      {WordList::kDeClubPrefix, "de",
       [](const std::string& w) { return "Am Samstag gewann der " + w + " Zentrixhausen mit 2:0."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + " Zentrixhausen") != nullptr;
       }},
      // A compound ending in a place head, then a place, is one body ("Arbeiterkammer Wien").
      {WordList::kDePlaceHead, "de",
       [](const std::string& w) {
         return "Die Zentrix" + w + " Bergheim kündigte am Freitag an, mehr zu zahlen.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix" + w + " Bergheim") != nullptr;
       }},
      // A weekday after an institution head is no place ("teilte das Zentrixamt Montag mit").
      {WordList::kDeNoPlace, "de",
       [](const std::string& w) { return "Das teilte die Zentrixkammer " + w + " in Bergheim mit."; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find(w) != std::string::npos) return false;
         return true;
       }},
      {WordList::kJaCompanyCue, "ja",
       [](const std::string& w) { return "新たに" + w + "ゼントリクスが新製品を発表した。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "ゼントリクス") != nullptr;
       }},
      // A place and its government are one organization ("杭州市人民政府", "横浜市役所").
      {WordList::kCjkGovernmentHead, "zh",
       [](const std::string& w) { return "记者从广州市" + w + "获悉，补助将于明年开始。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "广州市" + w) != nullptr;
       }},
      {WordList::kCjkPlaceSuffix, "ja",
       [](const std::string& w) { return "広島" + w + "役所によると、補助は来年度から始まる。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "広島" + w + "役所") != nullptr;
       }},
      // A state's government is one organization ("the Tamil Nadu government").
      {WordList::kEnGovernmentWord, "en",
       [](const std::string& w) { return "The firm signed a deal with the Tamil Nadu " + w + " on Monday."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Tamil Nadu " + w) != nullptr;
       }},
      {WordList::kEnGovernmentKind, "en",
       [](const std::string& w) { return "The " + w + " government said on Monday it would act."; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("government") != std::string::npos) return false;
         return true;
       }},
      // An organization's possessive and its unit are one organization ("NASA's Office of Inspector
      // General").
      {WordList::kEnPossessiveUnit, "en",
       [](const std::string& w) { return "NASA's " + w + " of Inspector General warned last year."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "NASA's " + w + " of Inspector General") != nullptr;
       }},
      // A kind of organization before an unknown Chinese name ("乐队野草莓为影片创作").
      {WordList::kZhOrgCue, "zh",
       [](const std::string& w) { return "此外，独立" + w + "甬翔为影片创作了主题曲。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "甬翔") != nullptr;
       }},
      {WordList::kZhOrgCueWeak, "zh",
       [](const std::string& w) { return "宁波电池结构件" + w + "甬翔精密总经理陈海鸥告诉记者。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "甬翔精密") != nullptr;
       }},
      // A one-character preposition right before a listed name is no part of it ("会同|工业和信息化部").
      {WordList::kZhLeftGlue, "zh",
       [](const std::string& w) { return "国家能源局将会" + w + "工业和信息化部、财政部等部门制定细则。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find(w + "工业") != std::string::npos) return false;
         return Named(es, EntityType::kOrganization, "工业和信息化部") != nullptr ||
                Named(es, EntityType::kOrganization, "Ministry of Industry and Information Technology") !=
                    nullptr;
       }},
      // A pronoun makes the words after it a predicate, no part of the hospital's name.
      {WordList::kZhPronoun, "zh", [](const std::string& w) { return w + "希望华山医院的经验能尽快推广。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find(w) != std::string::npos) return false;
         return Named(es, EntityType::kOrganization, "华山医院") != nullptr;
       }},
      // A listed broadcaster and a unit word are one organization ("BBC Scotland").
      {WordList::kEnUnitWord, "en",
       [](const std::string& w) { return "The singer told BBC " + w + " that the band nearly split."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "BBC " + w) != nullptr;
       }},
      // A German trade and a name are one shop; the trade alone in the next sentence names none.
      {WordList::kDeShopHead, "de",
       [](const std::string& w) {
         return "Am Montag schloss die " + Capitalized(w) + " Zentrixer in Bergheim. Die " + Capitalized(w) +
                " war beliebt.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, Capitalized(w) + " Zentrixer") != nullptr && es.size() == 1;
       }},
      // A place and a group head after it are one organization ("망원시장 상인회").
      {WordList::kKoGroupHead, "ko",
       [](const std::string& w) { return "한울시장 " + w + Topic(w) + " 이날 성명을 냈다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "한울시장 " + w) != nullptr;
       }},
      // "the" and a place and a plural noun in a paragraph with a sports word are a team.
      {WordList::kEnSportWord, "en",
       [](const std::string& w) {
         return "The result was a blow for the Zentrixville Magpies, who spoke about the " + w +
                " on Monday.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrixville Magpies") != nullptr;
       }},
      // A run after "the" and before a verb of writing, or after one and "the", is a publication.
      {WordList::kPublicationVerb, "en",
       [](const std::string& w) {
         return "The plant will close, the Zentrix Courier " + w + " on Monday. \"It is over,\" " + w +
                " the Quarnby Ledger.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPublication, "Zentrix Courier") != nullptr &&
                Named(es, EntityType::kPublication, "Quarnby Ledger") != nullptr;
       }},
      {WordList::kPublicationLead, "en",
       [](const std::string& w) { return "The plant will close, " + w + " the Zentrix Courier."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPublication, "Zentrix Courier") != nullptr;
       }},
      // A run after "told the" is an organization (an outlet or a body).
      {WordList::kAudienceLead, "en",
       [](const std::string& w) { return "The minister " + w + " the Zentrix Courier that he would stay."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix Courier") != nullptr;
       }},
      // A capitalized adjective of such a stem before a German organization opens its name.
      {WordList::kDeAdjectiveStemEnd, "de",
       [](const std::string& w) {
         return "Er sagte gegenüber der «Quarn" + w + "en Zentrixer Zeitung», das sei gut.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Quarn" + w + "en Zentrixer Zeitung") != nullptr;
       }},
      // A kind of organization before a run, or after "the" and a run, names an organization.
      {WordList::kOrgKindCue, "en",
       [](const std::string& w) {
         return "Last year the " + w + " Zentrix Arrow played in Hove. The Quarnby " + w + " has closed.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix Arrow") != nullptr &&
                Named(es, EntityType::kOrganization, "Quarnby") != nullptr;
       }},
      // A noun that takes an organization before it closes a name after a company cue ("스타트업 딥리프
      // 인수를"), also when the name has the shape of a person's (마 is a family name).
      {WordList::kKoOrgOfNoun, "ko",
       [](const std::string& w) { return "바이오 스타트업 마켓온 " + w + "에 대해 말했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "마켓온") != nullptr &&
                Named(es, EntityType::kCompany, "마켓온 " + w) == nullptr;
       }},
      // A company before a relation cue is a company of its own, no descriptor ("음성AI 스타트업 X" has one).
      {WordList::kKoRelationCue, "ko",
       [](const std::string& w) { return "한울테크 " + w + " 딥리프가 신제품을 공개했다."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "한울테크") != nullptr &&
                Named(es, EntityType::kCompany, "딥리프") != nullptr;
       }},
      // A run with a company description in apposition is a company.
      {WordList::kOrgAppositionNoun, "en",
       [](const std::string& w) {
         return "Zentrix Quarnby, a Dutch " + w +
                " of small parts, said it would move. Talks with Vellomar Orbis, the "
                "country's largest " +
                w + ", ended.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "Zentrix Quarnby") != nullptr &&
                Named(es, EntityType::kCompany, "Vellomar Orbis") != nullptr;
       }},
      // A stop word closes the apposition's head before a company noun after it.
      {WordList::kAppositionStop, "en",
       [](const std::string& w) {
         return "Zentrix Quarnby, an analyst " + w +
                " the firm, spoke on Monday.";  // "near" there: a company
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "Zentrix Quarnby") == nullptr;
       }},
      // The object of "at" or "from" after a staff noun (singular, or plural after "from") is a place of
      // work, also when its first word is a given name ("Grant").
      {WordList::kWorkplaceNoun, "en",
       [](const std::string& w) {
         return "A " + w + " at Quarnby Velo spoke on Monday. Two " + w + "s from Grant Zentrix also came.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "Quarnby Velo") != nullptr &&
                Named(es, EntityType::kCompany, "Grant Zentrix") != nullptr;
       }},
      // The object of "of" after a company officer's title is the employer, an organization (thirty-third
      // session).
      {WordList::kEnOfficerOf, "en",
       [](const std::string& w) { return "Tom Vell quit as " + w + " of Quarnby Velo on Monday."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "Quarnby Velo") != nullptr;
       }},
      // The object of "at", "from" or "of" after a word of employment is the employer, an organization.
      {WordList::kEnEmployerLead, "en",
       [](const std::string& w) { return "Tom Vell " + w + " at Quarnby Velo for years."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "Quarnby Velo") != nullptr;
       }},
      // A title prefix between a name and a listed title belongs to the title.
      {WordList::kCjkTitlePrefix, "ja",
       [](const std::string& w) { return "東北大学の佐藤健" + w + "教授が講演した。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPerson, "佐藤健") != nullptr;
       }},
      // A centre or a head office after a qualifier, written right after a public body, is its unit.
      {WordList::kCjkQualifiedHead, "zh",
       [](const std::string& w) { return "杭州市公安局运营" + w + "民警提醒市民注意。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "杭州市公安局运营" + w) != nullptr;
       }},
      // A common word ending in a one-character head, after a company and another word, is no unit of the
      // company (thirty-fourth session). A two-syllable dictionary word with a particle, the copula or a noun
      // suffix glued is no person, even before a title (thirty-fifth session).
      {WordList::kKoWordTail, "ko",
       [](const std::string& w) { return "세온전자에서 조직" + w + " 사장 자리에 올랐다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, "조직" + w) == nullptr;
       }},
      // A verb's adnominal form before a title is no person (thirty-fifth session).
      {WordList::kKoVerbAdnominal, "ko",
       [](const std::string& w) {
         return "세온전자는 경쟁사에서 설계를 이끌" + w + " 엔지니어 3명을 영입했다.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, "이끌" + w) == nullptr;
       }},
      // A place before a court's or police force's head in lower case is one organization with it
      // (thirty-seventh session).
      {WordList::kEnLowerBodyHead, "en",
       [](const std::string& w) { return "The case was heard at Maidstone " + w + " on Friday."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Maidstone " + w) != nullptr;
       }},
      // A word after a team's name whose first character the segmenter joins to the name is no part of it
      // (thirty-eighth session).
      {WordList::kZhNameAfterWord, "zh",
       [](const std::string& w) { return "本周末，曼城" + w + "迎战利物浦。"; },
       [](const std::string&, const auto& es) {
         bool team = false;
         for (const Entity& e : es) {
           if (e.name.find("城主") != std::string::npos) return false;
           team = team || (e.type != EntityType::kPerson && e.name == "曼城");
         }
         return team;
       }},
      // A person's particle glued to a family name + dictionary word outvotes a telegraphic headline's noun
      // after it (thirty-ninth session): "이재원 잔류 협상" beside "이재원에게".
      {WordList::kKoPersonParticle, "ko",
       [](const std::string& w) {
         return "이재원 잔류 협상\n\nNC 다이노스는 이재원" + w + " 2년 계약을 제시했다. SSG 랜더스도 이재원" +
                w + " 잔류를 요청했다.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPerson, "이재원") != nullptr;
       }},
      // A department opening a sentence before a person and a title is no company (forty-first session):
      // "정보공학부 오세라 교수는" (without the row "정보공학단" is one).
      {WordList::kKoDepartmentHead, "ko",
       [](const std::string& w) { return "정보공학" + w + " 오세라 교수는 이날 새 결과를 발표했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, "오세라") != nullptr &&
                Named(es, EntityType::kCompany, "정보공학" + w) == nullptr;
       }},
      // A unit any company has, written alone before a title, names no company: "김도윤 기획팀 연구원은".
      {WordList::kKoGenericUnit, "ko",
       [](const std::string& w) { return "김도윤 기획" + w + " 연구원은 이날 새 연구 결과를 발표했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "기획" + w) == nullptr;
       }},
      // A panel named by its task: the bare words before it are its name ("해안도시 재개발 조사특별위원회").
      {WordList::kKoPanelHead, "ko",
       [](const std::string& w) {
         return "심사를 맡는 해안도시 재개발 조사특별" + w + Topic(w) + " 이날 결과를 발표했다.";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "해안도시 재개발 조사특별" + w) return true;
         return false;
       }},
      {WordList::kCjkFalseUnitWord, "zh",
       [](const std::string& w) { return "百度集团中层" + w + "，记者获悉。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find(w) != std::string::npos) return false;
         return true;
       }},
      // A union named by the word alone after a company: one organization with it.
      {WordList::kKoUnitWord, "ko",
       [](const std::string& w) { return "한울전자 " + w + Topic(w) + " 이날 파업을 결의했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "한울전자 " + w) != nullptr;
       }},
      // A member's role in a band, then the given name alone: a person.
      {WordList::kKoGroupRole, "ko",
       [](const std::string& w) { return "이날 무대에서 " + w + " 라희는 눈물을 보였다."; },
       [](const std::string&, const auto& es) { return Named(es, EntityType::kPerson, "라희") != nullptr; }},
      // An organization with its head's title glued after it is read without the title.
      {WordList::kKoHeadTitle, "ko",
       [](const std::string& w) { return "교육부는 한국교육개발원" + w + "에 김수진 교수를 임명했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "한국교육개발원") != nullptr &&
                Named(es, EntityType::kOrganization, "한국교육개발원" + w) == nullptr;
       }},
      // A company whose head's title is written glued after it is read without the title.
      {WordList::kKoHeadCompanySuffix, "ko",
       [](const std::string& w) {
         return "QX금융지주는 차기 QX한빛" + w + "장 후보로 김수진 부행장을 추천했다.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "QX한빛" + w) != nullptr;
       }},
      // A premodifier between a Latin + Hangul name and a title keeps the name an organization.
      {WordList::kKoTitlePremod, "ko",
       [](const std::string& w) {
         return "QX그룹이 QX브로드밴드 " + w + " 대표이사에 유재성 부사장을 내정했다.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "QX브로드밴드") != nullptr;
       }},
      // An auxiliary or adverb between a run and its hiring verb keeps the run the verb's subject, an
      // organization.
      {WordList::kHireVerbGap, "en",
       [](const std::string& w) {
         return "Zentrix+ " + w + (w == "will" ? " hire" : " hired") +
                " Quarnby veteran Tom Hale as its chief.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix+") != nullptr;
       }},
      // A generation after a family name is no word of it: "Mr. Quarnby" is the person with the generation.
      // A head that needs a name word before it: "Zentrix Board" is a body, "Board of Zentrix" opening the
      // run is none.
      {WordList::kEnOrgSuffixNamed, "en",
       [](const std::string& w) {
         return "The Zentrix " + w + " met on Monday. The " + w + " of Directors approved it.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix " + w) != nullptr &&
                Named(es, EntityType::kOrganization, w + " of Directors") == nullptr;
       }},
      {WordList::kEnNameGeneration, "en",
       [](const std::string& w) {
         return "Health Secretary Robert T. Quarnby " + w +
                " said the plan would work. \"We will see,\" Mr. Quarnby told reporters.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.type == EntityType::kPerson && e.name != "Mr. Quarnby")
             for (const Mention& m : e.mentions)
               if (m.surface == "Mr. Quarnby") return true;
         return false;
       }},
      // A country after name words ends a national body's name ("Age UK", "Krebsliga Schweiz").
      {WordList::kNationalBranchWord, "en",
       [](const std::string& w) { return "Zentrix Voice " + w + " said on Monday it would cut 40 jobs."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix Voice " + w) != nullptr;
       }},
      // A one-word German compound of a kind head alone names no organization ("die Verkehrsgewerkschaft").
      {WordList::kDeKindCompoundHead, "de",
       [](const std::string& w) {
         std::string head = w;
         head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
         return "Die Verkehrs" + w + " kritisierte am Montag den Plan. Das " + head +
                " sei enttäuscht, hieß es.";
       },
       [](const std::string&, const auto& es) { return es.empty(); }},
      // A Korean region before an unknown subject of an employer verb opens the subject's name.
      {WordList::kKoPlaceName, "ko",
       [](const std::string& w) {
         return "프로축구 K리그2 " + w + " 아이누리가 김도윤 코치를 새 감독으로 선임했다.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, w + " 아이누리") != nullptr;
       }},
      // A verb stem with a connective ending opens no foreign name with the surname after it ("열고 벨리니").
      {WordList::kKoVerbConnective, "ko",
       [](const std::string& w) {
         return "대한모빌리티는 이사회를 열" + w + " 벨리니 내정자를 후보로 추천했다.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.type == EntityType::kPerson && e.name.starts_with("열")) return false;
         return true;
       }},
      // A foreign given name in Hangul, then a one-syllable foreign family name, before a title: one person.
      {WordList::kKoForeignSurname, "ko",
       [](const std::string& w) { return "한빛대학교는 로버트 " + w + " 교수를 석좌교수로 영입했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, "로버트 " + w) != nullptr;
       }},
      // After a place preposition a seat is the building, no body ("stayed at the White House"); elsewhere
      // the body.
      {WordList::kEnPlacePreposition, "en",
       [](const std::string& w) {
         return "Aides met " + w + " the White House on Monday. Critics said the White House was wrong.";
       },
       [](const std::string&, const auto& es) {
         const Entity* e = Named(es, EntityType::kOrganization, "White House");
         return e != nullptr && e->mentions.size() == 1;
       }},
      // A town alone on a sport page is its club ("Collingwood has confirmed").
      {WordList::kSportTownClub, "en",
       [](const std::string& w) { return w + " has sacked its coach after a poor season."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w) != nullptr;
       }},
      // A club's nickname alone joins the club its town names on the page ("the Magpies" of Collingwood).
      {WordList::kSportClubNickname, "en",
       [](const std::string& w) {
         const std::string town = w.substr(0, w.find(' ')), nick = w.substr(w.find(' ') + 1);
         return town + " has sacked its coach after a poor season. The " + nick + " lost nine games.";
       },
       [](const std::string& w, const auto& es) {
         const Entity* e = Named(es, EntityType::kOrganization, w.substr(0, w.find(' ')));
         if (!e || es.size() != 1) return false;
         for (const Mention& m : e->mentions)
           if (m.surface == w.substr(w.find(' ') + 1)) return true;
         return false;
       }},
      // A region after a listed party ends its regional branch's name ("ÖVP Niederösterreich").
      {WordList::kRegionBranchWord, "de",
       [](const std::string& w) { return "Die SPD " + w + " kritisierte den Beschluss scharf."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "SPD " + w) != nullptr;
       }},
      // A capitalized common adverb opening a sentence before a comma is no name ("Separately,").
      {WordList::kSentenceAdverbEnding, "en",
       [](const std::string& w) {
         return "Separate" + w + ", the regulator (FSA) fined two brokers on Monday.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "Separate" + w) == nullptr;
       }},
      // A number or quantifier before a party's plural counts members, no party ("several Democrats").
      {WordList::kMemberQuantifier, "en",
       [](const std::string& w) {
         return "On Monday " + w + " Democrats said they would vote against the bill.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Democratic Party (United States)") == nullptr;
       }},
      // A partners' name after a kind of firm stands alone ("das Privatbankhaus Kessler & Strobl").
      {WordList::kDeFirmKind, "de",
       [](const std::string& w) {
         std::string kind = "Privat" + w;
         return "Auch das " + kind + " Lindner & Vogt meldete am Montag einen Gewinn.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "Lindner & Vogt") return true;
         return false;
       }},
      // A court's short form without its city and 人民 joins the full name ("朝阳区检察院").
      {WordList::kZhCourtHead, "zh",
       [](const std::string& w) {
         return "北京市朝阳区人民" + w + "周一发布通报。朝阳区" + w + "表示，案件仍在审理中。";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           for (const Mention& m : e.mentions)
             if (m.surface == "朝阳区" + w) return e.mentions.size() >= 2;
         return false;
       }},
      // A group's name before an affiliate's capitalized name is part of it ("CJ Olive Young"), no entity of
      // its own. A lone unknown name before a reporting verb and "it" is an organization.
      {WordList::kEnItReportVerb, "en",
       [](const std::string& w) { return "Quarnvel " + w + " on Monday that it had hired Tom Hale."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Quarnvel") != nullptr;
       }},
      // A company's part after a lone unknown name makes it an organization.
      {WordList::kEnOrgPart, "en",
       [](const std::string& w) { return "The news reached Quarnvel " + w + " on Monday."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Quarnvel") != nullptr;
       }},
      // Such a part after the possessive only.
      {WordList::kEnOrgPartOwned, "en",
       [](const std::string& w) { return "The news reached Quarnvel's " + w + " on Monday."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Quarnvel") != nullptr;
       }},
      {WordList::kGroupPrefix, "en",
       [](const std::string& w) { return w + " Zentrix said on Monday it would cut 40 jobs."; },
       [](const std::string& w, const auto& es) {
         bool whole = false;
         for (const Entity& e : es)
           for (const Mention& m : e.mentions) {
             if (m.surface == w) return false;
             whole = whole || (m.surface == w + " Zentrix" && e.type != EntityType::kPerson);
           }
         return whole;
       }},
      // The subject opening a sentence with an employer verb is a company.
      {WordList::kKoEmployerVerb, "ko",
       [](const std::string& w) { return "업계에 따르면 딥노트는 최 부사장을 " + w + "했다."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "딥노트") != nullptr;
       }},
      // An ordinal between an organization and the title of its post is no part of either ("QX브로드밴드
      // 제5대 대표이사로").
      {WordList::kKoOrdinalPrefix, "ko",
       [](const std::string& w) {
         return "정민수 전 부사장이 QX브로드밴드 " + w + "5대 대표이사로 선임됐다.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "QX브로드밴드") != nullptr;
       }},
      {WordList::kKoOrdinalCounter, "ko",
       [](const std::string& w) {
         return "정민수 전 부사장이 QX브로드밴드 제5" + w + " 대표이사로 선임됐다.";
       },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kCompany, "QX브로드밴드") != nullptr;
       }},
      // A verb form after an object is no name ("임기를 마치고 고문으로").
      {WordList::kKoObjectParticle, "ko",
       [](const std::string& w) {
         return std::string("김도현 부사장은 ") + (w == "을" ? "계약을" : "임기를") +
                " 마치고 고문으로 물러난다.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.type == EntityType::kPerson && e.name.starts_with("마")) return false;
         return Named(es, EntityType::kPerson, "김도현") != nullptr;
       }},
      // A place after such a preposition is no short form of the company it opens ("visits to Munich", Munich
      // Re).
      {WordList::kPlaceLeadPreposition, "en",
       [](const std::string& w) {
         return "Aldwych Re hired Clara Stein after months of visits " + w +
                " Munich. Munich Re said the market was tight.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           for (const Mention& m : e.mentions)
             if (m.surface == "Munich") return false;
         return Named(es, EntityType::kCompany, "Munich Re") != nullptr;
       }},
      // Twenty-seventh session (entname27). A place adjective before an ensemble's head names the ensemble.
      {WordList::kDeEnsembleHead, "de",
       [](const std::string& w) {
         return "Die Quarnberger " + Capitalized(w) + " spielen am Sonntag Brahms.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Quarnberger " + Capitalized(w)) != nullptr;
       }},
      // A body's one-word name after an article is the body; after an indefinite article a kind.
      {WordList::kDeBodyWord, "de",
       [](const std::string& w) {
         return "Die " + Capitalized(w) + " kritisierte am Montag den Entwurf. Eine " + Capitalized(w) +
                " gibt es nicht überall.";
       },
       [](const std::string& w, const auto& es) {
         const Entity* e = Named(es, EntityType::kOrganization, Capitalized(w));
         return e != nullptr && e->mentions.size() == 1 && es.size() == 1;
       }},
      // A party's unit after its name and a hyphen is one organization, no mention of the party.
      {WordList::kDePartyUnit, "de",
       [](const std::string& w) { return "Die SPD-" + Capitalized(w) + " lehnt den Antrag ab."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "SPD-" + Capitalized(w)) != nullptr && es.size() == 1;
       }},
      // A company's unit after its name and a hyphen is one company.
      {WordList::kDeCompanyUnit, "de",
       [](const std::string& w) { return "Die ÖBB-" + Capitalized(w) + " meldet einen Rekordgewinn."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "ÖBB-" + Capitalized(w)) != nullptr && es.size() == 1;
       }},
      // A listed context name names its body where it acts ("the Treasury said"), not after a name word.
      {WordList::kEnContextName, "en",
       [](const std::string& w) {
         return "On Monday " + w + " said the deal was done. Creative " + w + " went public.";
       },
       [](const std::string& w, const auto& es) { return MentionedAs(es, w) == 1; }},
      // A listed context name before a noun it modifies is no body ("Treasury yields").
      {WordList::kEnModifierNoun, "en",
       [](const std::string& w) { return "On Monday Treasury " + w + " rose again."; },
       [](const std::string&, const auto& es) { return MentionedAs(es, "Treasury") == 0; }},
      // A listed context name opening its sentence before a common noun's word is the noun.
      {WordList::kEnCommonNext, "en",
       [](const std::string& w) { return "Variety " + w + " the menu matters, she said."; },
       [](const std::string&, const auto& es) { return MentionedAs(es, "Variety") == 0; }},
      // A member noun after an unlisted name and an article: the name is an organization.
      {WordList::kEnMemberNoun, "en",
       [](const std::string& w) { return "The plan stands, according to a Quarnby " + w + "."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Quarnby") != nullptr;
       }},
      // The names listed after a plural kind of body and "including" are organizations.
      {WordList::kEnOrgListKind, "en",
       [](const std::string& w) { return "Several " + w + " including Zentrix and Quarnby Velo objected."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "Zentrix") != nullptr &&
                Named(es, EntityType::kOrganization, "Quarnby Velo") != nullptr;
       }},
      // A firm's kind written after its Hangul name with a space is one company with it (thirty-fifth
      // session).
      {WordList::kKoFirmHead, "ko",
       [](const std::string& w) {
         return "법무법인 서해는 누리솔 " + w + "에서 일한 김민준 변호사를 영입했다.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "누리솔 " + w) != nullptr;
       }},
      // "&" in Hangul inside a word before 출신 makes it a firm's name, also ending in 장 (thirty-fifth
      // session).
      {WordList::kKoFirmInfix, "ko",
       [](const std::string& w) { return "법무법인 서해는 박" + w + "장 출신 김민준 변호사를 영입했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, "박" + w + "장") != nullptr;
       }},
      // A Korean kind word before a name is part of it.
      {WordList::kKoKindForm, "ko", [](const std::string& w) { return w + " 바람숲은 새 작품을 공개했다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + " 바람숲") != nullptr;
       }},
      // A school word after a word in -고 makes it the school's short form.
      {WordList::kKoSchoolContext, "ko",
       [](const std::string& w) { return "그는 서림고 " + w + " 이야기를 꺼냈다."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "서림고") != nullptr;
       }},
      // A katakana head after a hiragana name is one organization with it.
      {WordList::kJaKanaOrgHead, "ja",
       [](const std::string& w) { return "こもれび" + w + "は新しい施設を開設した。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "こもれび" + w) != nullptr;
       }},
      // The seat of government before a body's particle or noun is the body.
      {WordList::kJaSeatBodyFollow, "ja",
       [](const std::string& w) { return "首相官邸" + w + "声明を発表した。"; },
       [](const std::string&, const auto& es) { return MentionedAs(es, "首相官邸") == 1; }},
      // A province or metropolitan city written in full and a unit word after it are one organization.
      {WordList::kKoGovernmentPlace, "ko",
       [](const std::string& w) { return w + " 복지정책과는 3일 지원 대상을 늘린다고 밝혔다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + " 복지정책과") != nullptr;
       }},
      // A name ending in a portfolio title is the minister's post, no organization ("国土交通相").
      {WordList::kCjkPortfolioTitle, "ja",
       [](const std::string& w) { return "国土交通" + w + "は会見で、運賃の値上げを認めない考えを示した。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name.find("国土交通" + w) != std::string::npos)
             return false;
         return true;
       }},
      // A place after a seat word and "・" is where the company sits, no organization ("本社・大阪市").
      {WordList::kCjkSeatWord, "ja",
       [](const std::string& w) { return "ミドリ電機（" + w + "・大阪市）は新製品を発表した。"; },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "大阪市") return false;
         return true;
       }},
      // A listed publication with the company word on it is the company, read whole ("朝日新聞社").
      {WordList::kPublicationCompanyTail, "ja",
       [](const std::string& w) { return "朝日新聞" + w + "は3日、新しい社長の人事を発表した。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           for (const Mention& m : e.mentions)
             if (m.surface == "朝日新聞" + w) return e.type != EntityType::kPerson;
         return false;
       }},
      // A company written before a group word is the group ("华晟科技" of "华晟科技集团").
      {WordList::kZhGroupWord, "zh",
       [](const std::string& w) {
         return "华晟科技" + w + "3日发布公告。华晟科技表示，新工厂将于明年投产。";
       },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es) {
           bool full = false, short_form = false;
           for (const Mention& m : e.mentions) {
             full = full || m.surface == "华晟科技" + w;
             short_form = short_form || m.surface == "华晟科技";
           }
           if (full) return short_form;
         }
         return false;
       }},
      // A forum head after a plural possessive ends the organization's name ("Maryland Patients' Advocate").
      {WordList::kEnForumHead, "en",
       [](const std::string& w) {
         return "The Maryland Patients' " + w + " opposed the hospital merger on Monday.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Maryland Patients' " + w) != nullptr;
       }},
      // A country before a foreign city opening a name is no part of it.
      {WordList::kZhCountry, "zh",
       [](const std::string& w) { return w + "伦敦现代艺术博物馆宣布新馆长人选。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "伦敦现代艺术博物馆") != nullptr;
       }},
      // ... and the name starts at the city.
      {WordList::kZhForeignCity, "zh",
       [](const std::string& w) { return "美国" + w + "现代艺术博物馆宣布新馆长人选。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, w + "现代艺术博物馆") != nullptr;
       }},
      // The teams around a score and a result verb are organizations (zh_match_verb).
      {WordList::kZhMatchVerb, "zh",
       [](const std::string& w) { return "本轮比赛中，四川金翼主场102比95" + w + "江苏蓝鲸。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kOrganization, "四川金翼") != nullptr &&
                Named(es, EntityType::kOrganization, "江苏蓝鲸") != nullptr;
       }},
      // A place, 市立 and a head are one public institution (ja_public_head).
      {WordList::kJaPublicHead, "ja",
       [](const std::string& w) { return "患者は名古屋市立東部" + w + "に運ばれた。"; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "名古屋市立東部" + w) != nullptr;
       }},
      // A katakana item of a members' list in a sentence naming a member's role is a person.
      {WordList::kJaGroupRole, "ja",
       [](const std::string& w) { return "会見には" + w + "の佐藤健一、リクト、山本大輝が出席した。"; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPerson, "リクト") != nullptr;
       }},
      // A foreign name in the genitive before a player's act is a person.
      {WordList::kKoPlayerAct, "ko",
       [](const std::string& w) { return "수원은 후반 파비오 헤르난데스의 " + w + " 덕분에 앞서 나갔다."; },
       [](const std::string&, const auto& es) {
         return Named(es, EntityType::kPerson, "파비오 헤르난데스") != nullptr;
       }},
      // A country before a school's own name is no part of it (twenty-eighth session).
      {WordList::kZhSchoolHead, "zh",
       [](const std::string& w) { return "他毕业于美国普林斯顿" + w + "，随后回国任教。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "普林斯顿" + w) return true;
         return false;
       }},
      // ... unless a national word opens the name, which keeps its country.
      {WordList::kZhNationalWord, "zh",
       [](const std::string& w) { return "英国" + w + "音乐学院发布了报告。"; },
       [](const std::string& w, const auto& es) {
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "英国" + w + "音乐学院") return true;
         return false;
       }},
      // A kind of firm or body and a town adjective before a name are no part of it.
      {WordList::kDeKindFront, "de",
       [](const std::string& w) {
         std::string kind = w;
         kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
         if (w == "händler") kind = "Händler";
         return "Der Luzerner " + kind + " Bergkristall Partners wächst schnell.";
       },
       [](const std::string&, const auto& es) {
         for (const Entity& e : es)
           if (e.name.find("Luzerner") != std::string::npos) return false;
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == "Bergkristall Partners") return true;
         return false;
       }},
      // A German house's bare word before its own name is part of it (twenty-ninth session).
      {WordList::kDeHouseHead, "de",
       [](const std::string& w) {
         std::string house = w;
         house[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(house[0])));
         return "Sie leitete zuletzt das " + house + " Kornblume in Linz.";
       },
       [](const std::string& w, const auto& es) {
         std::string house = w;
         house[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(house[0])));
         for (const Entity& e : es)
           if (e.type != EntityType::kPerson && e.name == house + " Kornblume") return true;
         return false;
       }},
      // A month that is a given name, after a role noun and before a family name, is a person's.
      {WordList::kEnMonthGivenName, "en",
       [](const std::string& w) { return "The trio added drummer " + w + " Okafor last year."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kPerson, w + " Okafor") != nullptr;
       }},
      // A lower-case word inside a quoted German name after its kind word is part of the name (review31).
      {WordList::kDeQuotedNameInner, "de",
       [](const std::string& w) {
         return "Am Montag tagte der Verein \"Freunde " + w + " Zentrixau\" in Bergheim.";
       },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kOrganization, "Freunde " + w + " Zentrixau") != nullptr;
       }},
      // A listed group name glued to an affiliate's Hangul name closes with the particle (review31); the name
      // ends in a consonant before the particles written after one (으로는, 과의), else in a vowel.
      {WordList::kKoGluedGroupParticle, "ko",
       [](const std::string& w) { return KoAffiliateFor(w) + w + " 새 배터리 사업을 맡는다."; },
       [](const std::string& w, const auto& es) {
         return Named(es, EntityType::kCompany, KoAffiliateFor(w)) != nullptr;
       }},
  };
}

class EntityWordProbe : public ::testing::TestWithParam<size_t> {
 protected:
  static void SetUpTestSuite() {
    auto r = EntityRecognizer::Create();
    ASSERT_TRUE(r.ok());
    rec_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() { delete rec_; }
  static EntityRecognizer* rec_;
};
EntityRecognizer* EntityWordProbe::rec_ = nullptr;

TEST_P(EntityWordProbe, EveryRowOfTheListWorks) {
  const std::vector<Probe> probes = Probes();
  const Probe& probe = probes[GetParam()];
  int tried = 0;
  std::vector<std::string> failed;
  for (const std::string& w : EntityWords::Default().List(probe.list)) {
    Article a;
    a.language = probe.lang;
    a.paragraphs = {probe.sentence(w)};
    ++tried;
    if (!probe.works(w, rec_->Recognize(a))) failed.push_back(w);
  }
  EXPECT_GT(tried, 0);
  std::string msg;
  for (const std::string& w : failed) msg += " " + w;
  EXPECT_TRUE(failed.empty()) << WordListName(probe.list) << ": " << failed.size() << "/" << tried
                              << " rows fail their probe:" << msg;
}

INSTANTIATE_TEST_SUITE_P(Lists, EntityWordProbe, ::testing::Range<size_t>(0, Probes().size()),
                         [](const auto& info) {
                           return std::string(WordListName(Probes()[info.param].list));
                         });

}  // namespace
}  // namespace hirewire::extract
