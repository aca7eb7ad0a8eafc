// Word lists of the entity recognizer's cue rules (extract/data/entity_words.tsv, compiled in):
// titles and roles, company and organization suffixes, Korean surnames and particles, common
// given names, stop words. Knowledge is data: a new word is a row of the table (and a test row).
//
// Thread-safety: an EntityWords is immutable after construction and safe to share.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"
#include "corpus/string_set.h"

namespace hirewire::extract {

// The lists of the table; the table names them in snake_case (WordListName).
enum class WordList : uint8_t {
  kKoTitle,              // 최고경영자, 대표, 회장, 창업자, 씨, 기자 ...
  kKoTitleSuffix,        // words ending in these are titles: 책임자 ...
  kKoSurname,            // 김, 이, 박, ... and 남궁, 제갈 ...
  kKoStop,               // common nouns/adverbs/places never part of a name
  kKoTitleStop,          // words that end a title phrase going back
  kKoCompanySuffix,      // 전자, 그룹, 랩, 테크, 바이오 ...
  kKoOrgSuffix,          // 대학교, 협회, 위원회 ...
  kKoCompanyCue,         // 스타트업, 기업, 업체: a name follows
  kKoPersonCue,          // 배우, 가수, 판사, 여사: next to a name
  kEnTitle,              // CEO, founder, chief, researcher ...
  kEnTitleModifier,      // executive, technology, senior ...
  kEnHonorific,          // Mr, Ms, Dr ...
  kEnCompanySuffix,      // Inc, Corp, Labs, AI ...
  kEnOrgSuffix,          // University, Ministry, League ...
  kEnCompanyCue,         // startup, company, firm: a name follows
  kEnPersonVerb,         // said, told, joined: a person precedes
  kEnStop,               // capitalized words that are not names
  kGivenName,            // common given names (English and others)
  kLegalSuffix,          // Inc, Corp, GmbH: part of the company name
  kHireVerb,             // hired, appointed, poached: a person follows
  kRomanizedKoSurname,   // Kim, Lee, Park
  kRegionWord,           // America, Europe: "Samsung Research America"
  kLatinScriptLanguage,  // de, fr, es ...: read with the English rules and model
  kKoForeignSyllable,    // 드, 르, 슨: transliterated foreign names
  kKoAdnominalEnding,    // 던, 는, 은, 한: adnominal verb forms before a name
  kKoPublicTitle,        // 의원, 장관: follow a party or office, not a company
  kKoNeverNameFinal,     // 은, 는, 에게: particles a name never ends in
  kKoBodySuffix,         // 위, 시, 청, 부: public body short forms
  kKoPlaceSuffix,        // 센터, 공항, 병원: facilities, not companies
  kKoLawSuffix,          // 복지법, 방지법: act names, not courts
  kEnFunctionWord,       // the, and, of: an untagged paragraph is English
  kEnNameConnector,      // of, van, von: inside a capitalized name
  kEnCompanySuffixWeak,  // AI, Cloud, Labs: after a known company, not another company
  kEnTitleTail,          // models, research: may end a title phrase
  kEnMoveVerb,           // joined, left, acquired: a company follows
  kLatinTitleSuffix,     // ministerin, präsident: German titles inside a person span
  kLatinPersonCue,       // Laut, Selon, Según: "according to" before a family name
  kOrgNameConnector,     // and, für, del, dla: inside organization names next to a head
  kNonEntityHead,        // Award, Cup, Festival: ends of event names
  kOrgLeadWord,          // Washington, American, General: stop words that may open an organization name
  kNameInflection,       // a, u, ovi, s: case endings of a name in inflecting languages (Redla, Trumps)
  kCjkTitle,             // 氏, 社長, アナリスト, 相: Japanese/Chinese titles right after a name
  kCjkGenericOrgFinal,   // 対策本部, 取締役会: Japanese/Chinese bodies named by kind, not by name
  kCjkFollowingHead,  // 省, 庁, 党: one-character heads that join a tagged organization stopping before them
  kKoCompanyForm,     // 법무법인, 주식회사: a legal form before a company name, part of it
  kKoOrgForm,         // 재단법인, 학교법인: a legal form before an organization name, part of it
  kKoGenericOrgFinal,  // 정부, 지도부: a Hangul organization ending in these is a generic body
  kKoBranchSuffix,     // 지사, 지부: a branch after an organization name, one organization with it
                       // ("대한적십자사 서울지사")
  kEnModifierEnding,   // al, ly, times: endings of English adjectives and adverbs ("Political analyst")
  kPlatformName,       // Twitter, Google, 페이스북: platforms that are often a medium, not an actor
  kPlatformVenueWord,  // on, auf, sur: a preposition that makes a platform a medium ("said on Twitter")
  kOrgWordEnding,      // spor, ministerium: a capitalized compound ending in one names an organization
  kJaCompanyCue,       // 新興企業, スタートアップ: a katakana company name follows
  // Chinese NER tagger features (extract/ner_cjk_features.cc; a change needs a retrain):
  kZhSurname,          // 王, 张/張, 欧阳/歐陽
  kZhSurnameRare,      // 于, 文, 安: family names that are also frequent words
  kZhTranslitChar,     // 斯, 克, 尔/爾: transliterated foreign names
  kZhOrgSuffix,        // 公司, 大学/大學, 委员会/委員會: organization heads
  kZhPersonCue,        // 先生, 总统/總統, 表示: next to a person name
  kDemonym,            // Palestinian, Americans: nationality words, never an organization or a short form
  kNonOrgAcronym,      // US, CEO, GDP, EUR: capital-letter abbreviations that name no organization
  kCyrillicGivenName,  // Сергей, Ольга: a given name opens a Cyrillic person's name
  kProductMakerNoun,   // maker, developer: "the PUBG developer" names a product's maker, not an acronym body
  kNonNameEnding,  // ung, heit, ismus, ischen: endings of common nouns and adjectives, never of a name word
  kCjkNameHead,  // 集团, 証券, 分局, 委員会: heads that make a listed or tagged CJK organization part of a
                 // longer name
  kKoUnitHead,  // 위원회, 본부, 사업부: a unit after an organization name, one organization with it ("경찰청
                // 국가수사본부")
  kZhOrgHead,  // 部, 委员会, 法院, 大学, 日报: heads that make a Chinese modifier before them an organization
  kZhNameLeftStop,  // 从, 据, 该, 表示: words before a Chinese name, no part of it
  kZhListKind,  // 企业, 公司, 机构: after 等, the kind of the listed names ("中国铁建、中国中铁等央企")
  kJaCompanyForm,  // 株式会社, 合同会社: a legal form before a Japanese company name, part of it
  kZhLegalForm,  // 有限公司, 股份有限公司: a Chinese company's legal form ending its full name, left out of
                 // its short form
  kDeDeterminer,       // der, die, eine, keine: a German word after one is a common noun, no name
  kDeInstitutionHead,  // institut, anstalt, stelle: a German word ending in one heads an institution's name
  kDeGenitiveHead,     // gewerkschaft, verband: institution heads named by a genitive ("Gewerkschaft der
                       // Polizei")
  kDeIndefinite,       // ein, eine, kein, ihr: before a German institution head, a kind, no name
  kDePublicPrefix,     // bundes, landes: a compound institution head opening with one names a public body
  kDeNonNameEnding,  // iger, ierte, straße: endings of German adjectives, plural nouns and streets, never of
                     // a name word
  kCjkQuoteOrgCue,  // 会社, グループ, 法人, 平台: a name quoted right after a word ending in one is an
                    // organization
  kZhNameTrailer,  // 说, 表示, 饰: verbs written right after a Chinese person's name, no part of it
  kZhRoleNoun,     // 总经理, 中锋, 成员: role nouns written right before a Chinese person's name
  kEnActorVerb,    // said, passed, spokesperson: after a seat ("Downing Street said", "the House passed") it
                   // names the body
  kEnSeat,         // White House, Downing Street: a seat that names its body when it acts
  kDeCouncil,      // Nationalrat, Kantonsrat: a German council named like its members
  kEnPossessiveNameWord,  // people, children: a possessive of one stays in a name before its head
                          // ("Children's Hospital")
  kEnPostNominal,  // KC, QC, MP, OBE: letters written after a person's name, no part of it ("Rebecca Hale
                   // KC")
  kCjkUnitHead,    // 部, 院, センター: a listed company's name + one of these is a unit of it, another
                   // organization ("腾讯…事业部")
  kKoRegionWord,  // 재팬, 코리아: a region after a company's name with a space names its local arm ("하이브
                  // 재팬")
  kKoConveneVerb,  // 열어, 개최, 열린: a Hangul committee opened or held by one is a meeting, no name
                   // ("상벌위원회를 열어")
  kKoUnitNeverAlone,  // 학과, 학부: a Hangul word ending in one, with no parent before it, is a kind of unit
                      // ("물리학과 교수")
  kZhAddressTitle,  // 总, 导, 老师: a form of address after a Chinese family name ("李总"), no part of a name
  kDeDefiniteArticle,  // Der, Die, Das: capitalized before a body's name, no part of it ("Die Grünen fordern"
                       // -> Grünen)
  kZhPlaceFinal,  // 区, 县, 省: a Chinese person candidate ending in one is a place ("徐汇区")
  kDeTerritory,   // Land, Stadt, Kanton: after an article and before a place, the public body ("das Land
                  // Salzburg")
  kDeClubPrefix,  // SV, FC, VfL: a German club's name opens with one ("SV Wacker Burghausen")
  kDePlaceHead,   // amt, kammer, ministerium: a compound ending in one, then a place, is one body
                  // ("Arbeiterkammer Wien")
  kDeNoPlace,     // Montag, Sonntag: a capitalized word after an institution head that names no place
  kZhPlaceName,  // 上海, 山东, 成都: Chinese provinces and large cities; a body written as one and a short
                 // name is that short name's body ("上海海港" of "海港")
  kCjkPlaceFinal,  // 市, 県, 시, 도: a CJK or Hangul body ending in one is a place's government, no short
                   // form of a longer name ("부산시" of "부산시의회")
  kCjkPlaceSuffix,  // 省, 市, 区, 府, 県: the last character of a Chinese or Japanese place before a
                    // government head
  kCjkGovernmentHead,  // 人民政府, 政府, 役所, 庁: after a place, the place's government ("杭州市人民政府",
                       // "横浜市役所")
  kEnGovernmentWord,  // government, govt: after a place, the place's government ("the Tamil Nadu government")
  kEnGovernmentKind,  // Conservative, Federal, Interim: a kind of government before the word, no place
  kEnPossessiveUnit,  // Office, Department: after an organization's possessive, a unit of it ("NASA's Office
                      // of …")
  kEnUnitWord,        // Scotland, Radio: after a listed organization, a unit of it ("BBC Scotland")
  kZhOrgCue,  // 乐队, 品牌, 生产商: a kind of organization written right before a Chinese name ("乐队野草莓")
  kZhOrgCueWeak,  // 企业: a zh_org_cue that also ends common words (企业家), only before a name closed by a
                  // role noun or title
  kKoUnitHeadWeak,  // 국, 과, 실: a unit head that is also a particle or a common ending, with evidence only
                    // ("질병청 감염병정책국")
  kCompetitionWord,  // 리그, 联赛, リーグ: a word holding one after a name makes the name a sponsor in a
                     // title ("하나은행 K리그1")
  kPartyMemberPlural,  // Republicans, Tories: plural party members, the party only where the article writes
                       // "the" before one
  kDeShopHead,  // bäckerei, apotheke: a German shop named by its trade and a name ("Bäckerei Sonnenkorn",
                // "Marien-Apotheke")
  kKoGroupHead,  // 상인회, 번영회: after the Hangul name of a place with a space, the group of that place
                 // ("망원시장 상인회")
  kEnSportWord,  // season, match: in a paragraph with one, "the" + a run ending in a plural noun is a team
                 // ("the Sydney Swans")
  kZhLeftGlue,  // 同, 跟: one-character prepositions that also open names ("同济"), glue only right before a
                // found name ("会同|工业和信息化部")
  kZhPronoun,        // 他, 她们: a personal pronoun is no part of a Chinese name; the words after it are a
                     // predicate ("他希望|协和医院")
  kPublicationVerb,  // reported, schrieb: "the X reported", "Der X schrieb", "schrieb der X": X after the
                     // article is a publication
  kPublicationLead,  // according to, writing in: before "the X", X is a publication ("according to the
                     // Guardian")
  kAudienceLead,     // told: before "the X", X is an organization, an outlet or a body ("told the Guardian",
                     // "told the Commons")
  kOrgKindCue,       // band, charity, theatre: a kind of organization written right before a name ("band The
                     // Marrow Saints", "charity Scope") or after "the" + name ("the Lantern theatre")
  kRomanizedOnset,   // b, hs, zh: opens a romanized Korean or Chinese syllable ("Da-eun", "Tzu-chi")
  kRomanizedNucleus,    // a, eo, iao: the vowels of a romanized syllable
  kRomanizedCoda,       // n, ng, l: closes a romanized syllable
  kDeAdjectiveStemEnd,  // isch, lich, al: ends of German adjective stems; a capitalized adjective with one
                        // before an organization opens its name ("Kommunalen Arbeitgeberverbands")
  kKoOrgOfNoun,  // 인수, 측: a noun that takes an organization right before it; after a company cue it closes
                 // the name ("스타트업 딥리프 인수를")
  kKoRelationCue,  // 자회사, 계열사: a ko_company_cue naming a company by its tie to another, which is
                   // written before it ("누리테크 자회사 딥리프"), no descriptor
  kKoEmployerVerb,  // 영입, 선임, 제시: a verb stem whose subject hires or offers; a free unknown Hangul word
                    // as its subject opening the sentence is a company ("컬리는 … 제시했다")
  kOrgAppositionNoun,  // maker, operator, startup: the head noun of an apposition that makes the name before
                       // it a company ("Nova Silicon, a U.S. maker of power chips,")
  kAppositionStop,  // of, at, who: a word that closes the head of an apposition ("a maker of", "an analyst at
                    // the brokerage")
  kKoHeadTitle,  // 장, 이사장: the head of the organization written glued before it; the organization is read
                 // without it ("한국산업데이터진흥원장에", "한빛은행장으로")
  kKoHeadCompanySuffix,  // 은행: a company suffix whose head's title (ko_head_title) is written glued after
                         // the name ("KB국민은행장")
  kKoTitlePremod,  // 신임, 차기, 현: a word between an organization and the title of its post ("SK브로드밴드
                   // 신임 대표이사에")
  kWorkplaceNoun,  // auditor, lawyer: a staff noun (singular or plural) whose "at"/"from" object is a place
                   // of work, no person ("auditors from Grant Thornton")
  kKoGroupRole,  // 멤버, 막내, 보컬: a member's role in a band or team, written before the member's given
                 // name alone ("막내 유나는", "멤버 하린, 유나, 미오")
  kCjkTitlePrefix,  // 名誉, 特任, 審査: written between a CJK person's name and a listed title, part of the
                    // title ("澤芳樹名誉教授", "岩佐浩審査局長")
  kKoConverbEnding,  // 시켜, 해: the connective verb form that ends a clause ("사장으로 승진시켜 대성케미칼
                     // 대표이사에"); such a word never opens a name
  kCjkQualifiedHead,  // 中心, 总部: a unit head that extends a CJK organization only after a qualifier of two
                      // characters or more ("公安局" + "反诈中心", not "杭州市" + "中心")
  kKoUnitWord,  // 노조: a word that alone names a unit of the organization written before it with a space
                // ("기아 노조")
  kKoPlaceName,  // 부산, 김천: a Korean region written with a space before an unknown subject of an employer
                 // verb opens its name ("부산 아이파크가 … 선임했다")
  kHireVerbGap,       // has, also: an auxiliary or adverb between a hiring verb's subject and the verb
                      // ("Northstar+ has also hired")
  kEnNameGeneration,  // Jr: a generation written after a person's family name ("Robert F. Kennedy Jr."); "Mr.
                      // Kennedy" is that person
  kEnOrgSuffixNamed,  // Board: an en_org_suffix row that heads an organization only after a name word
                      // ("Sewerage Board"; not "Board of Directors")
  kNationalBranchWord,  // UK, Schweiz: a country written after one to three name words ends a national body's
                        // name ("Age UK", "Krebsliga Schweiz")
  kDeKindCompoundHead,  // gewerkschaft, zentrale: a German one-word compound ending in one names a kind of
                        // body, no organization ("die Verkehrsgewerkschaft", "die Konzernzentrale")
  kKoVerbConnective,  // 고, 며: a connective ending after a verb stem ("열고", "거치며"); stem + 다 a
                      // dictionary verb: the word never opens a name
  kKoForeignSurname,  // 첸, 탄, 린: one-syllable foreign family names in Hangul ("로버트 첸", "탄 웨이밍");
                      // not Korean surnames
  kKoCurrencyWord,  // 한화: a word that names the currency before an amount ("300만 달러(한화 약 40억원)"),
                    // not the company
  kKoAcronymGenericTail,  // 업계, 선: a generic noun glued after Latin capitals ("IB업계", "LNG선"): a kind,
                          // no organization
  kKoBusinessLineHead,  // 사업: a Hangul word ending in one names a line of business ("조선해양사업"), no
                        // organization
  kKoOrganWord,  // 이사회, 메인뉴스: a company's board, meeting or programme after its name ("한빛방송
                 // 이사회"), no part of it
  kEnPlacePreposition,  // in, at: a preposition ("the" between) after which a seat (en_seat) or a club's town
                        // (sport_town_club) is the place, no body
  kSportTownClub,      // Collingwood, Geelong: a town whose name alone, on an English sport page, is its club
                       // ("Collingwood has confirmed")
  kSportClubNickname,  // Collingwood Magpies: a town club row and its nickname; the nickname alone is that
                       // club on a page naming it
  kRegionBranchWord,   // Niederösterreich, Bayern: a region after a listed one-word name ends its regional
                       // branch's name ("ÖVP Niederösterreich")
  kSentenceAdverbEnding,  // ly: a lone capitalized common word with it opening a sentence before a comma is
                          // no name ("Separately,")
  kMemberQuantifier,      // several, two: counts a party's members before its plural ("several Democrats"):
                          // members, no party
  kJaHiraganaStop,  // する, この, また: an all-hiragana function word before a name, no part of its hiragana
                    // front ("担当するあおば監査法人")
  kJaParticle,  // が, の: a one-character particle; written after a word it ends that word, no name's front
                // ("東京都が")
  kDeFirmKind,  // bankhaus, kanzlei: a German kind of firm (also ending a compound) before a partners' name
                // with "&", no part of it ("das Privatbankhaus Kessler & Strobl")
  kZhCourtHead,  // 检察院, 法院: a Chinese court's or procuratorate's head; the name without its city and
                 // 人民 is its short form ("朝阳区检察院")
  kJaVerbFinal,  // る, た, て: the last kana of a Japanese verb form; an all-hiragana word ending in one is
                 // no name's hiragana front ("つくる", "していた")
  kGroupPrefix,  // CJ, HD Hyundai: a business group's name written before an affiliate's capitalized name,
                 // part of it ("CJ Olive Young")
  kKoOrdinalPrefix,  // 제: written before the number of an ordinal ("제5대"); the ordinal stands between an
                     // organization and its post
  kKoOrdinalCounter,  // 대, 기: glued after the number of an ordinal ("제5대 대표이사", "28대 회장"), which
                      // is no part of the names around it
  kKoObjectParticle,  // 을, 를: a word ending in one is an object; the verb form after it ("임기를 마치고")
                      // is no name
  kPlaceLeadPreposition,  // to, in: a preposition after which a place word is the place, no short form of a
                          // company it opens ("visits to Munich", not Munich Re)
  kEnItReportVerb,  // said, announced: a lone unknown name before one and "it" ("Zentrix said it had hired")
                    // is an organization (a person is "he" or "she")
  kEnOrgPart,  // shareholders, headquarters: a part of a company written after its name or its possessive
               // ("Zentrix shareholders"): the name is an organization
  kEnOrgPartOwned,  // board, shares: such a part only after the possessive ("Zentrix's board"; not "Hale
                    // shares his view")
  // Twenty-seventh session (branch entname27): names with no cue.
  kDeEnsembleHead,  // orchester, symphoniker: a German ensemble's head; with a place adjective, a
                    // nationality, its seat or a genitive owner one organization ("Bamberger Symphoniker",
                    // "Sinfonieorchester Basel")
  kDeBodyWord,   // arbeiterkammer, finanzmarktaufsicht: a German one-word compound that names one public body
                 // alone ("die Arbeiterkammer")
  kDePartyUnit,  // fraktion: a party's unit written after its name and a hyphen, one organization
                 // ("SPD-Fraktion")
  kDeCompanyUnit,  // holding: a company's unit written after its name and a hyphen, one company
                   // ("ÖBB-Holding")
  kEnContextName,  // Treasury, Commons, Variety, A24: a listed one-word name that is also a common word (or a
                   // road), kept only where it names its body
  kEnModifierNoun,  // yields, bonds: a noun after which a listed context name is a modifier, no body
                    // ("Treasury yields")
  kEnCommonNext,    // of, for, is: a word after which a context name opening its sentence is the common noun
                    // ("Variety of", "Scope for")
  kEnMemberNoun,    // source, spokesperson: a member or voice of a body after its name ("according to a
                    // Treasury source")
  kEnOrgListKind,  // charities, companies: a plural kind of body before "including" / "such as" and the names
                   // of its members
  kKoKindForm,  // 극단, 스튜디오: a Korean kind word written before a name, part of the name ("극단 산울림")
  kKoSchoolContext,  // 학년, 졸업: a word after a school's short form in -고 ("현대고 3학년", "한빛고를
                     // 졸업")
  kJaKanaOrgHead,  // クリニック, ケア: a katakana head after a hiragana name, one organization
                   // ("なかじまこどもクリニック")
  kJaSeatBodyFollow,  // は, が, の, 幹部: what follows a Japanese seat of government (官邸) when it names the
                      // body, no place
  kKoGovernmentPlace,  // 경상남도, 부산광역시: a province or metropolitan city written in full; with a unit
                       // word after it the government's unit, one organization ("경상남도 복지정책과")
  kCjkPortfolioTitle,  // 相, 大臣: a minister's title; a Japanese or Chinese name ending in one after two
                       // characters is the post, no organization ("経済産業相")
  kCjkSeatWord,  // 本社, 所在地: a company's seat word; a name written after it and "・" or "：" is the seat,
                 // no organization ("（本社・横浜市）")
  kPublicationCompanyTail,  // 社: written on a listed CJK publication's name it names the company that
                            // publishes it ("読売新聞社"), read whole
  kZhGroupWord,  // 集团: a Chinese company's group word; a company written before it is the group ("赛力斯"
                 // of "赛力斯集团")
  kEnForumHead,  // Counsel, Advocate: after a plural possessive it ends an organization's name, the office of
                 // the people named ("Ohio Consumers' Counsel")
  kZhCountry,  // 美国, 英国: a country written before a foreign city (zh_foreign_city) opening a Chinese
               // name, no part of it ("美国纽约现代艺术博物馆")
  kZhForeignCity,  // 纽约, 伦敦: a foreign city; after a country (zh_country) it opens the name
                   // ("纽约现代艺术博物馆")
  kZhCompanyTail,  // 创投, 健康, 量子: a line of business ending a Chinese company's short name; a person
                   // span ending in one or written right before one is the company ("阿里健康", "高瓴创投")
  kZhCompanyTailGlued,  // 创投, 传媒: the zh_company_tail rows no topic noun shares; right after a two- or
                        // three-character person span they end one company with it ("高瓴创投")
  kJaPublicHead,  // 病院, センター, 博物館: the head of a Japanese public institution after 国立 or a place
                  // and 市立, 県立 ("堺市立総合医療センター")
  kZhMatchVerb,  // 战胜, 不敌: a match result written after the score; the teams before the score and after
                 // the verb, a place and a name, are organizations ("北京首钢客场97比89战胜上海久事")
  kJaGroupRole,  // メンバー, リーダー, 最年少: a sentence naming a group's members, whose katakana items are
                 // persons
  kKoPlayerAct,  // 만회골, 결승골, 도움: a player's act; a foreign name in the genitive before it is a person
  // Twenty-eighth session (branch entbound28): edges of names.
  kZhSchoolHead,  // 大学, 学院: a school's head; a country (zh_country) before a school's own name is no part
                  // of it ("美国麻省理工学院")
  kZhNationalWord,  // 国立, 皇家: a national word opening a body's name after its country, which stays
                    // ("英国皇家音乐学院")
  kDeKindFront,  // verein, vermögensverwalter: a German kind of body or firm written before a name, no part
                 // of it ("Zuger Vermögensverwalter Alpenfirn Capital")
  // Twenty-ninth session (branch entlearn29).
  kDeHouseHead,  // theater, schauspielhaus: a German house named with its seat or own name; the bare word
                 // before a place or name is part of it ("Theater Osnabrück", "Schauspielhaus Zürich",
                 // "Theater am Kanal")
  // Twenty-ninth session (branch entname29): name shapes.
  kEnMonthGivenName,  // April, May, June: a month that is also a given name; before a family name after a
                      // role noun it is a person's ("drummer June Park")
  // Twenty-ninth session (branch entbound29): edges of Chinese names.
  kZhOrgPredicate,  // 锁定, 拿下: a predicate the character model glues after a team or company; an
                    // organization ends before it ("海港锁定胜局")
  kZhPredicateLead,  // 发行, 上半年: words opening a predicate after a subject; after X + 中国 they make it
                     // the company's China arm ("华纳音乐中国发行")
  kZhArmLine,  // 音乐, 制药: a line of business between a company's name and 中国 in the name of its China
               // arm ("罗氏制药中国")
  kKoKindNameFront,  // 갤러리: a Korean kind word before a name that pages write with the name or leave out;
                     // the name with it is a second surface ("갤러리 온담")
  kZhUnitHeadChar,  // 所, 处: one-character heads of units written right after their Chinese parent before a
                    // title ("中国疾控中心营养所研究员")
  kEnCompanyWordEnding,  // devices, tronics: a capitalized closed compound ending in one names a company's
                         // business ("Altair Microdevices", "Tarvik Optoelectronics"), a company head like
                         // en_company_suffix
  kKoGluedGroupPrefix,   // LG, SK, KT: ASCII group names written glued before an affiliate's Hangul name; the
                         // whole word is the company ("LG유플러스가", "SK바이오팜은")
  kKoGluedGroupTail,  // 출신, 계열: words written glued after a group name that say something about the
                      // group, no affiliate's name ("LG출신", "SK계열")
  kKoIndustryHead,  // 유통, 물류: industries that end a company's Hangul name in the slot of an employer or
                    // subject ("한빛유통 황인국 사장은")
  // Thirtieth session (branch entbound30).
  kStopFamilyName,  // Das, Wie: a stop word of another language that is a family name after a given name
                    // ("Priyanka Das", "Michelle Wie")
  kDeUnitHead,  // abteilung, lehrstuhl: a German unit word; with its field and "der"/"bei" + its parent one
                // organization ("Abteilung Neurologie der Universität Freiburg")
  kJaBodyTail,  // の会: the tail of a Japanese party or association's name; the two characters before it
                // (after a country or nothing) are its short form ("維新" of "日本維新の会")
  kZhPrepositionSurname,  // 于, 向: a family name that is also a preposition; after a role noun before a name
                          // closed by a trailer, a person's ("专家于海涛认为")
  kZhTimeWord,  // 近日, 周一: a time word after a preposition, no given name ("专家于近日表示")
  kZhLocativeFinal,   // 上, 内: a locative ending a place word after a preposition, no given name
                      // ("专家于会上表示")
  kZhDeterminerLead,  // 首, 第, 该: a character opening an ordinal or determiner phrase; after 于 / 向 no
                      // given name ("主席向首届论坛致贺信")
  // Thirty-first session (branch review31).
  kDeQuotedNameInner,   // der, für, und: lower-case words inside a German quoted name after its kind word
                        // ("Freunde der Altstadt")
  kDeCommonNounEnding,  // ung, heit, en: endings of German common nouns; such a word after a cued company's
                        // name is the clause's ("Roche Interesse")
  kDeWorkKindPrefix,  // fach: a German kind word opening with one names a work, no body ("Fachzeitschrift");
                      // no quoted organization after it
  kKoGluedGroupParticle,  // 에서는, 와의: particles besides the case particles that close a glued group
                          // affiliate's name ("LG유플러스에서는")
  kEnOpeningKindNoun,     // reinsurer, chipmaker: a kind of company that, opening the sentence (or after a
                          // dateline dash) before a capitalized name, describes it, no part of it ("Reinsurer
                          // Meridian Re said")
  // Thirty-first session (branch entlearn31).
  kEnHyphenParticiple,  // based, owned, led: after a place and a hyphen a modifier, no name ("a Mumbai-based
                        // investor group")
  // Thirty-first session (branch entbound31).
  kZhContractionTail,  // 协, 委: the last character of a contracted body's name; three or four characters
                       // with no family name first are that body, no person ("中汽协")
  kRealNameWord,  // 본명, 本名: "(본명 X)" after a stage name: X is the same person ("카이아(본명 김다은)")
  kJaMunicipalityFinal,  // 県, 市: a Japanese prefecture or municipality acting as a sentence's subject (は,
                         // が) is its government, an organization ("熊本県は")
  // Thirty-second session (branch ent32).
  kEnClubKind,  // Football, Rugby: the sport between a club's own word and its head; the word alone is the
                // club ("Carlton" of "Carlton Football Club")
  kEnClubHead,  // Club: the head of a club's name after a sport (en_club_kind), whose own word alone is the
                // club
  kKoDestinationSuffix,  // 향: glued to a listed company, goods bound for it; the company without it
                         // ("엔비디아향 HBM")
  kBroadcastChannel,  // 2TV, 1라디오: a numbered channel after a listed broadcaster's name and a space, an
                      // alias of it ("KBS 2TV")
  // Thirty-third session (branch enteng33).
  kEnOfficerOf,     // executive, CEO, partner: a company officer's title whose "of" object is the employer
                    // ("chief executive of Arbor Foods")
  kEnEmployerLead,  // worked, poached, formerly: their "at" / "from" / "of" object is the employer ("worked
                    // at Penwick Lane")
  kCjkFalseUnitWord,  // 干部, 布局: a two-character common word that ends in a one-character head (部, 局)
                      // and ends no unit's name after its parent's other words ("百度集团中层干部")
  kDeCountWord,  // jahren, zehn, millionen: German number words and counting nouns (lower case) that open no
                 // person's name ("zu sechs Jahren Haft")
  // Thirty-fifth session (branch evorigin35).
  kKoFirmInfix,  // 앤, 앤드: "&" written in Hangul between two parts of a firm's name ("김앤장",
                 // "맥킨지앤드컴퍼니")
  kKoFirmHead,  // 법률사무소, 회계법인: a firm's kind written after its Hangul name with a space, one company
                // with it ("김앤장 법률사무소")
  kKoWordTail,  // 이, 의, 인, 직, 급, 층: one syllable that, glued to a two-syllable dictionary word, makes a
                // common word's form and no name ("여성이", "조직인", "경력직")
  kKoVerbAdnominal,  // 던, 는: adnominal verb endings that end no given name; after a stem whose dictionary
                     // form is a word they make a verb form, no name ("이끌던", "나가는")
  // Thirty-seventh session (branch ent37).
  kEnLowerBodyHead,  // crown court, police: a public body's head written in lower case after its place, one
                     // organization with it ("Maidstone crown court")
  // Thirty-eighth session (branch ent38).
  kZhNameAfterWord,  // 主场: a word written right after a Chinese team's name whose first character the
                     // segmenter joins to the name's last ("成都蓉城|主场": 城主), no part of the name
  // Thirty-ninth session (coordinator, merge39).
  kKoPersonParticle,  // 에게, 한테: a particle that marks a person (a recipient) glued to a mention: the page
                      // names someone there, no modifier word
  // Forty-first session (coordinator).
  kKoDepartmentHead,  // 학부, 학과, 본부, 부, 과: ends a department of an institution, three syllables or more
                      // ("전기및전자공학부", "데이터본부"), one word between an organization and a title
  kKoGenericUnit,     // 팀, 실, 본부: a unit any company has, after a dictionary word ("개발팀", "기획실"); no
                      // organization of its own before a title
  // Forty-second session (ent42).
  // 위원회, 수사단, 협의회: a body named by its task; the bare words written before it with spaces are its name
  // ("지방소멸대응기금 평가위원회", "북항 재개발 특혜 의혹 조사 특별위원회").
  kKoPanelHead,
  // Forty-third session, second part (ent44).
  kDePreposition,  // wegen, gegen, unter: German prepositions (lower case) ending like an inflected adjective;
                   // after the field of a body ("für Strafsachen") they open a phrase of the clause, no part
                   // of the name ("wegen Untreue")
  kJaPlayerPosition,  // GK, DF, MF, FW: a football position in capitals glued before a Japanese player's name
  kCount,
};
// The lists a word is in: bit l set when the word has a row in list l.
using WordClasses = std::bitset<static_cast<size_t>(WordList::kCount)>;

std::string_view WordListName(WordList l);

struct WordRow {
  WordList list;
  std::string word;
  int line = 0;  // 1-based line of the table
};

class EntityWords {
 public:
  // The embedded table (parsed once; aborts on a malformed embedded table, which a test guards).
  static const EntityWords& Default();
  // Errors name the line: unknown list, missing or padded word, a word listed twice in a list.
  static Result<EntityWords> FromTsv(std::string_view tsv);

  // One probe of one flat table answers every list: Classes(w) has bit l set when w is in list l.
  WordClasses Classes(std::string_view w) const {
    const int i = words_.Index(w);
    return i < 0 ? WordClasses() : classes_[static_cast<size_t>(i)];
  }
  bool Has(WordList l, std::string_view w) const {
    // Most asks miss: a word whose first byte or length no row of list l has is answered
    // without hashing.
    const ListFilter& f = filters_[static_cast<size_t>(l)];
    if (w.empty() ||
        !(f.first_bytes[static_cast<unsigned char>(w[0]) >> 6] >> (static_cast<unsigned char>(w[0]) & 63) &
          1) ||
        !(f.lengths >> (w.size() < 63 ? w.size() : 63) & 1))
      return false;
    const int i = words_.Index(w);
    return i >= 0 && classes_[static_cast<size_t>(i)].test(static_cast<size_t>(l));
  }
  // The words of a list in table order.
  const std::vector<std::string>& List(WordList l) const { return lists_[static_cast<size_t>(l)]; }
  const std::vector<WordRow>& rows() const { return rows_; }

 private:
  std::vector<WordRow> rows_;
  std::array<std::vector<std::string>, static_cast<size_t>(WordList::kCount)> lists_;
  FlatStringSet words_;               // every word of every list, once
  std::vector<WordClasses> classes_;  // per word of words_: bit l set when the word is in list l
  struct ListFilter {
    uint64_t first_bytes[4] = {0, 0, 0, 0};  // bit b: some row of the list starts with byte b
    uint64_t lengths = 0;                    // bit n: some row has n bytes (63: 63 or more)
  };
  std::array<ListFilter, static_cast<size_t>(WordList::kCount)> filters_;
};

// The text of extract/data/entity_words.tsv as built into the library.
std::string_view EmbeddedEntityWordsTsv();

// Korean dictionary words shaped like a personal name (배터리, 이사회), one per line after a '#'
// header line: extract/data/ko_common_words.txt (hunspell-dict-ko, MPL-1.1), compiled in.
std::string_view EmbeddedKoCommonWords();

}  // namespace hirewire::extract
