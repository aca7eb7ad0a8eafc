// Word lists for the entity recognizer's cue rules: titles and roles, company and organization
// suffixes, Korean surnames, common English given names and stop words. Hand-written for this
// project from general knowledge of Korean and English usage.
//
// Thread-safety: immutable tables.
#pragma once

#include <string_view>

namespace hirewire::extract::lexicon {

// Each table is a null-terminated list (last entry is an empty view).
extern const std::string_view kKoreanTitles[];         // 최고경영자, 대표, 회장, 창업자, 씨, 기자 ...
extern const std::string_view kKoreanTitleSuffixes[];  // words ending in these are titles: 책임자 ...
extern const std::string_view kKoreanSurnames[];       // 김, 이, 박, ... and 남궁, 제갈 ...
extern const std::string_view kKoreanStopwords[];      // common nouns/adverbs never part of a name
extern const std::string_view kKoreanTitleStops[];     // words that end a title phrase going back
extern const std::string_view kKoreanCompanySuffixes[];  // 전자, 그룹, 랩, 테크, 바이오 ...
extern const std::string_view kKoreanOrgSuffixes[];    // 대학교, 협회, 위원회, 부, 청 ...
extern const std::string_view kKoreanCompanyCues[];    // 스타트업, 기업, 업체: a name follows
extern const std::string_view kKoreanPersonCues[];     // 배우, 가수, 판사, 여사: next to a name
extern const std::string_view kEnglishTitles[];        // CEO, founder, chief, researcher ...
extern const std::string_view kEnglishTitleModifiers[];  // executive, technology, senior ...
extern const std::string_view kEnglishHonorifics[];    // Mr, Ms, Dr ...
extern const std::string_view kEnglishCompanySuffixes[];  // Inc, Corp, Labs, AI ...
extern const std::string_view kEnglishOrgSuffixes[];   // University, Ministry, League ...
extern const std::string_view kEnglishCompanyCues[];   // startup, company, firm: a name follows
extern const std::string_view kEnglishPersonVerbs[];   // said, told, joined: a person precedes
extern const std::string_view kEnglishStopwords[];     // capitalized words that are not names
extern const std::string_view kOtherLatinStopwords[];  // the same in de/fr/es/it/nl/pl/cs: Doch, Selon
extern const std::string_view kOrgNameConnectors[];    // and, und, für, del, dla: inside org names
extern const std::string_view kLatinPersonCues[];      // "according to": Laut, Selon, Según ...
extern const std::string_view kNonEntityHeads[];       // Award, Prize, Cup: ends of event names
extern const std::string_view kLatinTitleSuffixes[];   // lower-cased ends of German titles: ministerin
extern const std::string_view kGivenNames[];           // common given names (English and others)

// Korean dictionary words shaped like a personal name (배터리, 이사회), one per line after a '#'
// header line: extract/data/ko_common_words.txt (hunspell-dict-ko, MPL-1.1), compiled in.
std::string_view EmbeddedKoCommonWords();

}  // namespace hirewire::extract::lexicon
