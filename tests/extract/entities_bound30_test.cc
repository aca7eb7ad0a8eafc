// Entity boundaries, aliases and persons of the thirtieth session (branch entbound30; docs/entities.md).
// Every sentence is written for this test (no batch sentence): names, companies and places differ from the
// blind batches the error classes come from.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::EntityCase;
using testing_support::Want;

void Check(const std::vector<EntityCase>& cases) { testing_support::ExpectEntityCases(cases); }

// German ministries and bodies named by a genitive ("der"/"des"), also with "und für" a second field.
TEST(Bound30, GermanGenitiveMinistries) {
  Check({
      {"de", "Das Bundesministerium des Innern rechnet mit Mehreinnahmen.", "Bundesministerium des Innern",
       Want::kOrganization},
      {"de", "Das Bayerische Staatsministerium des Innern teilte mit.",
       "Bayerische Staatsministerium des Innern", Want::kOrganization},
      {"de", "Das Ministerium der Finanzen prüft den Fall.", "Ministerium der Finanzen", Want::kOrganization},
      {"de", "Das Ministerium des Innern und für Sport in Mainz teilte mit.",
       "Ministerium des Innern und für Sport", Want::kOrganization},
      {"de", "Die Gewerkschaft des Verkehrspersonals SEV warnt.", "Gewerkschaft des Verkehrspersonals SEV",
       Want::kOrganization},
      // The bare word stays no organization.
      {"de", "Sie lobte das Ministerium. Der Minister schwieg.", "Ministerium", Want::kNone},
  });
}

// A German unit word, its field and its parent after "der"/"des": one organization.
TEST(Bound30, GermanUnitsOfTheirParent) {
  Check({
      {"de", "Die Abteilung Neurologie der Universität Freiburg teilte mit, dass die Studie läuft.",
       "Abteilung Neurologie der Universität Freiburg", Want::kOrganization},
      {"de", "Der Lehrstuhl für Mikrobiologie der Technischen Universität München forscht.",
       "Lehrstuhl für Mikrobiologie der Technischen Universität München", Want::kOrganization},
      {"de", "Das Departement Biologie und Chemie der ETH Zürich meldet.",
       "Departement Biologie und Chemie der ETH Zürich", Want::kOrganization},
      {"de", "Die Forschungsabteilung Onkologie des Universitätsklinikums Essen meldete.",
       "Forschungsabteilung Onkologie des Universitätsklinikums Essen", Want::kOrganization},
      // No field: the parent alone.
      {"de", "Die Abteilung der Universität Freiburg meldete.", "Universität Freiburg", Want::kOrganization},
  });
}

// A listed company after a kind of company, followed by more name words, is the longer name.
TEST(Bound30, ListedShortNameInsideALongerName) {
  Check({
      {"de", "Auch der Pharmakonzern Merck Serono habe Interesse.", "Merck Serono", Want::kOrganization},
      {"de", "Der Chemiekonzern BASF Coatings meldete Gewinne.", "BASF Coatings", Want::kOrganization},
      {"de", "Der Lebensmittelkonzern Nestlé Deutschland meldete.", "Nestlé Deutschland",
       Want::kOrganization},
      {"de", "Der Technologiekonzern Bosch Rexroth meldete.", "Bosch Rexroth", Want::kOrganization},
      // A German noun after the company is the clause's.
      {"de", "Auch der Pharmakonzern Roche Interesse signalisiert.", "Roche", Want::kOrganization},
      // A title after the company ends it.
      {"de", "Der Konzern BASF Chef Martin Brudermüller sagte.", "BASF", Want::kOrganization},
      {"de", "Der Konzern BASF meldete Gewinne.", "BASF", Want::kOrganization},
  });
}

// Austrian and German club letters that are also a listed company alone (SK).
TEST(Bound30, ClubLetters) {
  Check({
      {"de", "Der SK Vorwärts Steyr verlor gegen den SC Ried.", "SK Vorwärts Steyr", Want::kOrganization},
      {"de", "Am Samstag gewann der SK Zentrixhausen mit 2:0.", "SK Zentrixhausen", Want::kOrganization},
      {"de", "Der SK Sturm verlor knapp.", "SK Sturm", Want::kOrganization},
      {"de", "Die WSG Tirol gewann.", "WSG Tirol", Want::kOrganization},
      // The company's group stays the company.
      {"de", "Die SK Gruppe investiert in Ungarn.", "SK", Want::kOrganization},
      {"de", "Die SK Gruppe investiert in Ungarn.", "SK Gruppe", Want::kNone},
  });
}

// A family name that is a stop word in another language (Das, Wie) after a given name.
TEST(Bound30, StopWordFamilyNames) {
  Check({
      {"en", "Priyanka Das, a researcher at the institute, said the results were clear.", "Priyanka Das",
       Want::kPerson},
      {"en", "Rahul Das joined the firm in 2019.", "Rahul Das", Want::kPerson},
      {"en", "The study was led by Anil Das.", "Anil Das", Want::kPerson},
      {"en", "Golfer Michelle Wie won.", "Michelle Wie", Want::kPerson},
      {"de", "Die Forscherin Priyanka Das von der Universität Bonn sagte.", "Priyanka Das", Want::kPerson},
      // A German article before a capitalized noun stays no name.
      {"en", "He watched Wolfgang Petersen's Das Boot again.", "Das Boot", Want::kNone},
      {"en", "He watched Wolfgang Petersen's Das Boot again.", "Wolfgang Petersen", Want::kPerson},
  });
}

// 維新 of 日本維新の会: the core before a Japanese body's tail is its short form.
TEST(Bound30, JapaneseBodyShortForms) {
  Check({
      {"ja", "日本維新の会の馬場代表は述べた。維新は独自候補を立てる。", "維新", Want::kLinked,
       "日本維新の会"},
      {"ja", "日本維新の会と大阪維新の会は協議した。維新の幹部は", "維新", Want::kLinked, "日本維新の会"},
      {"ja", "明治維新から150年を迎えた。", "維新", Want::kNone},
  });
}

// 于 (also a preposition) before a name after a role noun.
TEST(Bound30, ChinesePrepositionSurnames) {
  Check({
      {"zh", "北京儿童医院急诊科专家于海涛认为，病情可控。", "于海涛", Want::kPerson},
      {"zh", "北京儿童医院急诊科专家于海涛认为，病情可控。", "海涛", Want::kNone},
      {"zh", "首席经济学家于洪认为，增速放缓。", "于洪", Want::kPerson},
      {"zh", "呼吸科专家张文宏表示，病情可控。", "张文宏", Want::kPerson},
      // A time or place after the preposition is no name.
      {"zh", "该专家于会上表示，数据可靠。", "于会上", Want::kNone},
      {"zh", "专家于近日表示，病情可控。", "于近日", Want::kNone},
      // An ordinal or determiner phrase after the preposition is no name either.
      {"zh", "国家主席向首届“丝路论坛”致贺信。", "向首届", Want::kNone},
      {"zh", "该局局长向第三届博览会发来视频。", "向第三", Want::kNone},
      {"zh", "院士专家于该所设立工作站。", "于该所", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
