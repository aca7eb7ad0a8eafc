// Entity recognizer: dictionary + cue rules + statistical tagger, then in-document linking.
//
// Per paragraph: ICU word and sentence segmentation (UTF-8 UText, so offsets are bytes), then
// passes that claim tokens in order of trust:
//   1. alias dictionary (longest match; Korean particles stripped from the last token),
//   2. Korean cue rules (titles before/after names, 씨, company suffixes, 스타트업 X),
//   3. English cue rules over capitalized sequences (given names, titles, company suffixes),
//   4. the NER tagger's PER/ORG spans (extract/ner_tagger.h), when a model is built in,
//   5. parenthetical glosses ("씽킹머신즈랩(TML)", "앤드루 털록(Andrew Tulloch)").
// Then over the whole article: unknown Hangul names are linked to dictionary entries by a
// consonant skeleton of their ICU romanization (툴록/털록/툴로크 -> the same key), short forms are
// resolved to full names seen in the article ("다이크" -> 매트 다이크), and roles are read from the
// words around each person mention.
//
// The passes and steps live in extract/entities/ (docs/entities.md, "Source layout"); this file
// holds the entry points: loading the word lists and aliases, Create, the per-paragraph order of
// the passes, Recognize, Candidates and Run.
#include "extract/entities.h"

#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

constexpr size_t kMaxParagraphs = 20000;
constexpr size_t kMaxParagraphBytes = kMaxAnalyzedBytes;
constexpr int kMaxDictTokens = 8;

WordSet MakeSet(WordList l) {
  WordSet s;
  for (const std::string& w : EntityWords::Default().List(l)) s.emplace(w);
  return s;
}

// Points `p` at the analysis `a` of paragraph `text` (which must outlive `p`).
void Bind(std::string_view text, const ParagraphAnalysis& a, Para* p) {
  p->text = text.substr(0, static_cast<size_t>(a.analyzed_bytes));
  p->toks = a.tokens;
  p->sentences = a.sentences;
  p->stems = a.stems;
  p->speech = a.speech;
  p->owner.assign(p->toks.size(), -1);
}

}  // namespace

// ---- Create / Recognize

EntityRecognizer::EntityRecognizer() : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;

// The word sets of the recognizer's passes (entity_words.tsv lists) and the Korean common words.
void EntityRecognizer::Impl::LoadWordLists() {
  ko_titles = MakeSet(WordList::kKoTitle);
  ko_title_suffixes = MakeSet(WordList::kKoTitleSuffix);
  ko_title_suffix_lengths = Impl::RowLengths(ko_title_suffixes);
  ko_surnames = MakeSet(WordList::kKoSurname);
  {
    std::string_view all = EmbeddedKoCommonWords();
    for (size_t pos = 0; pos < all.size();) {
      size_t nl = all.find('\n', pos);
      if (nl == std::string_view::npos) nl = all.size();
      std::string_view w = all.substr(pos, nl - pos);
      if (!w.empty() && w[0] != '#') ko_words.push_back(w);
      pos = nl + 1;
    }
    if (!std::is_sorted(ko_words.begin(), ko_words.end())) std::sort(ko_words.begin(), ko_words.end());
  }
  ko_stop = MakeSet(WordList::kKoStop);
  ko_title_stops = MakeSet(WordList::kKoTitleStop);
  ko_company_suffixes = MakeSet(WordList::kKoCompanySuffix);
  ko_org_suffixes = MakeSet(WordList::kKoOrgSuffix);
  ko_company_suffix_lengths = Impl::RowLengths(ko_company_suffixes);
  ko_org_suffix_lengths = Impl::RowLengths(ko_org_suffixes);
  ko_company_cues = MakeSet(WordList::kKoCompanyCue);
  ja_company_cues = MakeSet(WordList::kJaCompanyCue);
  ko_person_cues = MakeSet(WordList::kKoPersonCue);
  en_titles = MakeSet(WordList::kEnTitle);
  en_title_mods = MakeSet(WordList::kEnTitleModifier);
  en_honorifics = MakeSet(WordList::kEnHonorific);
  en_company_suffixes = MakeSet(WordList::kEnCompanySuffix);
  en_org_suffixes = MakeSet(WordList::kEnOrgSuffix);
  en_company_cues = MakeSet(WordList::kEnCompanyCue);
  en_person_verbs = MakeSet(WordList::kEnPersonVerb);
  en_stop = MakeSet(WordList::kEnStop);
  given_names = MakeSet(WordList::kGivenName);
  latin_title_suffixes = EntityWords::Default().List(WordList::kLatinTitleSuffix);
  for (const std::string& f : EntityWords::Default().List(WordList::kLegalSuffix)) {
    if (f.empty() || en_company_suffixes.count(f)) continue;
    legal_forms.push_back(f);
    const auto b = static_cast<unsigned char>(f[0]);
    legal_form_first_bytes[b >> 6] |= uint64_t{1} << (b & 63);
  }
  for (const std::string& suf : latin_title_suffixes) {
    if (suf.empty()) {
      title_suffix_empty = true;
      continue;
    }
    title_suffixes_by_last[static_cast<unsigned char>(suf.back())].push_back(suf);
  }
  latin_person_cues = MakeSet(WordList::kLatinPersonCue);
  org_connectors = MakeSet(WordList::kOrgNameConnector);
  non_entity_heads = MakeSet(WordList::kNonEntityHead);
}

// The alias dictionary (aliases.tsv and the world aliases): entries, their keys and prefixes, Hangul
// joined forms and romanized skeletons of persons.
Status EntityRecognizer::Impl::LoadAliases() {
  auto parsed = ParseAliasTsv(EmbeddedAliasTsv());
  if (!parsed.ok()) return parsed.status();
  auto world = ParseAliasTsv(EmbeddedWorldAliasTsv());
  if (!world.ok()) return world.status();
  for (AliasRecord& rec : *world) parsed->push_back(std::move(rec));
  Para tmp;
  ParagraphAnalysis tmp_analysis;
  std::map<std::pair<EntityType, std::string>, int> entry_of;  // (type, canonical) -> entry
  for (AliasRecord& rec : *parsed) {
    // A record of a known type and canonical adds its spellings to that entry.
    auto [known, fresh] =
        entry_of.emplace(std::make_pair(rec.type, rec.canonical), static_cast<int>(entries.size()));
    const int id = known->second;
    for (const std::string& alias : rec.aliases) {
      tmp_analysis = analyzer->Analyze(alias);
      Bind(alias, tmp_analysis, &tmp);
      if (tmp.toks.empty()) continue;
      std::string key;
      for (int t = 0; t < tmp.Size(); ++t) {
        if (t > 0 && tmp.toks[t].space_before) key.push_back(' ');
        key.append(tmp.Text(t));
      }
      if (tmp.Size() > kMaxDictTokens) continue;
      alias_to_entry.emplace(key, id);  // first entry wins on a clash
      Impl::SetBit(alias_bits, key);
      // The first four bytes of a person's last word: words with a case ending are looked up only
      // when some listed person's name starts like them.
      if (rec.type == EntityType::kPerson && tmp.Text(tmp.Size() - 1).size() >= 4)
        Impl::SetBit(person_word_bits, tmp.Text(tmp.Size() - 1).substr(0, 4));
      if (tmp.Size() > 1) {
        Impl::SetBit(first_bits, tmp.Text(0));
        int& mx = first_token_max[std::string(tmp.Text(0))];
        mx = std::max(mx, tmp.Size());
        std::string prefix;
        for (int t = 0; t + 1 < tmp.Size(); ++t) {
          if (t > 0 && tmp.toks[t].space_before) prefix.push_back(' ');
          prefix.append(tmp.Text(t));
          alias_prefixes.insert(prefix);
        }
      }
      // Hangul aliases without spaces also match with them removed ("마크저커버그").
      bool hangul = true;
      for (const Token& t : tmp.toks) hangul &= t.hangul;
      if (hangul && tmp.Size() > 1) {
        std::string joined;
        for (int t = 0; t < tmp.Size(); ++t) joined.append(tmp.Text(t));
        alias_to_entry.emplace(joined, id);
        Impl::SetBit(alias_bits, joined);
        std::string sk = SkeletonOfAscii(Romanize(alias));
        if (rec.type == EntityType::kPerson && sk.size() >= 4) {
          auto [it, inserted] = skeleton_to_entry.emplace(sk, id);
          if (!inserted && it->second != id) it->second = -2;
        }
      }
    }
    if (fresh) {
      entries.push_back(DictEntry{rec.type, rec.canonical, std::move(rec.aliases)});
    } else {
      std::vector<std::string>& all = entries[id].aliases;
      for (std::string& a : rec.aliases)
        if (std::find(all.begin(), all.end(), a) == all.end()) all.push_back(std::move(a));
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Create(EntityOptions options) {
  std::unique_ptr<EntityRecognizer> r(new EntityRecognizer());
  Impl& m = *r->impl_;
  m.options = options;
  UErrorCode st = U_ZERO_ERROR;
  auto analyzer = SentenceAnalyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  m.analyzer = std::move(analyzer).value();
  m.romanizer.reset(icu::Transliterator::createInstance("Hangul-Latin; Latin-ASCII", UTRANS_FORWARD, st));
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU Hangul-Latin: ") + u_errorName(st));
  m.LoadWordLists();
  if (Status aliases = m.LoadAliases(); !aliases.ok()) return aliases;
  m.tagger = NerTagger::Embedded();
  return r;
}

// ---- Recognize: per-paragraph passes, then article-level filters, linking and output

namespace {

// Kana (U+3040-30FF: E3 81 80 - E3 83 BF) and Han (U+4E00-9FFF: lead bytes E4-E9) in a paragraph, by bytes.
// (Only lead bytes E3-E9 can set either: the scan skips to them.)
void ScanKanaHan(std::string_view text, bool& kana, bool& han) {
  const size_t scan_end = text.empty() ? 0 : text.size() - 1;
  for (size_t b = NextByteIn(text, 0, scan_end, 0xE3, 6); b + 1 < text.size() && !kana;
       b = NextByteIn(text, b + 1, scan_end, 0xE3, 6)) {
    const unsigned char c = static_cast<unsigned char>(text[b]), d = static_cast<unsigned char>(text[b + 1]);
    // The katakana middle dot (U+30FB) also separates transliterated names in Chinese text.
    kana = c == 0xE3 && d >= 0x81 && d <= 0x83 &&
           !(d == 0x83 && b + 2 < text.size() && static_cast<unsigned char>(text[b + 2]) == 0xBB);
    han = han || (c >= 0xE4 && c <= 0xE9);
  }
}

}  // namespace

// The German passes that read a name from a cue word around it (a place, a club, a shop, an institution, an
// ensemble, a body word, a council), in this order; a quoted name after its kind word first
// (german_quoted_names.cc).
void EntityRecognizer::Impl::GermanCuePasses(int pi, Para& p, std::vector<Cand>& cands) const {
  GermanQuotedKindNames(pi, p, cands);
  GermanPlacedBodyPass(pi, p, cands);
  GermanClubPass(pi, p, cands);
  GermanShopPass(pi, p, cands);
  GermanInstitutionPass(pi, p, cands);
  GermanEnsemblePass(pi, p, cands);
  GermanBodyWordPass(pi, p, cands);
  GermanCouncilPass(pi, p, cands);
}

// The German edits of the paragraph's candidates from `first` on: units joined to their parent (also by a
// genitive), named institutions joined, kind words cut from the front, genitive plurals and named genitive
// units joined.
void EntityRecognizer::Impl::JoinGermanSpans(int pi, Para& p, std::vector<Cand>& cands, int first) const {
  JoinGermanUnits(p, cands, first);
  JoinGermanGenitiveUnits(pi, p, cands);
  JoinGermanNamedInstitutions(p, cands, first);
  TrimGermanKindFronts(p, cands, first);
  JoinGermanGenitivePlurals(p, cands, first);
  JoinGermanNamedGenitiveUnits(p, cands, first);
  JoinGermanUnitsBeforeParent(pi, p, cands);
}

// The Chinese edits of the paragraph's candidates from `first` on: leads, a country before a city and
// predicates cut, a company's China arm and units after their parent joined, a title split across, hyphenated
// names joined.
void EntityRecognizer::Impl::EditChineseSpans(Para& p, std::vector<Cand>& cands, int first) const {
  TrimChineseOrgLeads(p, cands, first);
  TrimCountryBeforeCity(p, cands, first);
  TrimChineseOrgPredicates(p, cands, first);
  JoinChineseCountryArms(p, cands, first);
  JoinChineseUnitsAfterParent(p, cands, first);
  SplitChineseTitleAcross(p, cands, first);
  JoinCjkHyphenNames(p, cands, first);
}

void EntityRecognizer::Impl::RecognizeParagraph(int pi, Para& p, std::vector<Cand>& cands,
                                                std::string_view lang,
                                                std::vector<std::pair<TaggedSpan, int>>* low) const {
  p.lang = lang;
  const std::string_view text = p.text;
  bool hangul = false, upper = false, kana = false, han = false;
  ScanKanaHan(text, kana, han);
  int words = 0, function_words = 0;
  for (const Token& t : p.toks) {
    hangul |= t.has_hangul;
    upper |= t.cap || t.all_caps;
    if (t.kind != kWord || !t.latin) continue;
    ++words;
    std::string_view w = text.substr(t.start, t.end - t.start);
    function_words += In(WordList::kEnFunctionWord, w);
  }
  // The tagger knows Korean and English; an article without a language tag is taken as
  // English where English function words are frequent.
  std::string_view para_lang = lang;
  if (para_lang.empty()) para_lang = function_words * 12 >= words && function_words >= 2 ? "en" : "";
  // Other languages in Latin script (de, fr, es, nl, pl ...): the English model, which keys on
  // capitalization and name lists more than on English words, finds their persons and
  // organizations too (fundus-dev pages of 20 countries: persons matched 96 -> 118).
  if (IsLatinScriptLanguage(para_lang) && words > 0) para_lang = "en";
  // Each new candidate remembers its pass (a feature of the keep step, extract/entity_keep.h).
  size_t marked = cands.size();
  const int first_cand = static_cast<int>(cands.size());
  auto mark = [&](EntitySource s) {
    for (; marked < cands.size(); ++marked) cands[marked].source = s;
  };
  // (Partners' names first: the dictionary reads a partner as a known person, "Pemberton Vance & Osei".)
  if (upper && !hangul) PartnersNamePass(pi, p, cands);
  mark(EntitySource::kLatinRule);
  DictPass(pi, p, cands, lang);
  if (upper && !hangul) GroupAffiliateNames(pi, p, cands, first_cand);
  if (upper && p.union_bloc) UnionBlocPass(pi, p, cands);
  mark(EntitySource::kDictionary);
  if (hangul) KoreanKindFormNames(pi, p, cands);
  if (hangul) KoreanSchoolShortNames(pi, p, cands);
  if (hangul) KoreanCuePass(pi, p, cands);
  if (hangul) KoreanForeignNameSlots(pi, p, cands);
  mark(EntitySource::kKoreanCue);
  if (upper && lang == "de") GermanHyphenUnitPass(pi, p, cands);
  if (upper && !hangul) SpelledOutAcronymPass(pi, p, cands);
  if (upper && !hangul) LegalFormPass(pi, p, cands);
  if (upper && lang == "de") GermanCuePasses(pi, p, cands);
  if (upper && !hangul) NicknamePersonPass(pi, p, cands);
  if (upper && !hangul) InitialsPersonPass(pi, p, cands);
  if (upper && !hangul) InitialCutPersons(pi, p, cands, lang);
  if (upper && !hangul) EnglishGovernmentPass(pi, p, cands);
  if (upper && !hangul && (lang == "en" || lang.empty())) MemberNounSlots(pi, p, cands);
  if (upper && !hangul && (lang == "en" || lang.empty())) KindListSlots(pi, p, cands);
  if (upper && !hangul && (lang == "en" || lang.empty())) TitleOfficeSlots(pi, p, cands);
  if (upper) EnglishPass(pi, p, cands, lang);
  mark(EntitySource::kLatinRule);
  if (upper && !hangul) CyrillicPersonPass(pi, p, cands);
  mark(EntitySource::kCyrillic);
  // Japanese and Chinese paragraphs: kana make a paragraph Japanese; Han text without kana or
  // Hangul follows the article's language (Chinese when it has none).
  const std::string_view cjk = kana                           ? "ja"
                               : hangul || !han               ? ""
                               : lang == "ja"                 ? "ja"
                               : lang.empty() || lang == "zh" ? "zh"
                                                              : "";
  if (!cjk.empty()) {
    CjkQuotedNamePass(pi, p, cands);
    if (cjk == "ja") JapaneseLegalFormPass(pi, p, cands);
    if (cjk == "ja") JapaneseCuePass(pi, p, cands);
    if (cjk == "ja") JapaneseNameBeforeTitle(pi, p, cands);
    if (cjk == "ja") JapaneseKanaOrgHeads(pi, p, cands);
    if (cjk == "ja") JapanesePublicBodies(pi, p, cands);
    if (cjk == "ja") JapaneseActingPlaces(pi, p, cands);
    mark(EntitySource::kJapaneseCue);
    CjkGovernmentPass(pi, p, cands);
    if (cjk == "zh") ChineseMatchTeams(pi, p, cands);
    mark(EntitySource::kJapaneseCue);
    CjkTaggerPass(pi, p, cands, cjk);
    if (cjk == "ja") JapaneseMemberNames(pi, p, cands);
    mark(EntitySource::kCjkTagger);
    for (int ci = first_cand; ci < static_cast<int>(cands.size()); ++ci)
      if (cands[ci].para == pi)
        for (int round = 0; round < 3 && ExtendCjkOrgName(p, cands, ci); ++round) {
        }
    if (cjk == "zh") {
      ChineseListNames(pi, p, cands);
      ChineseRoleNames(pi, p, cands);
      ChinesePrepositionSurnames(pi, p, cands);
      ChineseCueOrgNames(pi, p, cands);
      ChineseHeadNames(pi, p, cands);
      ChineseAddressedFamilyNames(pi, p, cands);
      mark(EntitySource::kCjkTagger);
      EditChineseSpans(p, cands, first_cand);
    }
    CjkGlossPass(pi, p, cands, first_cand);
    mark(EntitySource::kGloss);
  } else if (hangul || upper) {
    TaggerPass(pi, p, cands, para_lang, low);
    mark(EntitySource::kTagger);
    if (upper && !hangul) ListMemberPersonPass(pi, p, cands);
    if (upper && !hangul) MonthGivenNames(pi, p, cands);
    mark(EntitySource::kLatinRule);
    if (hangul) KoreanClauseOrgPass(pi, p, cands);
    if (hangul) KoGenitiveOrgPass(pi, p, cands);
    if (hangul) KoreanOriginOrgNames(pi, p, cands);
    mark(EntitySource::kKoreanCue);
    if (hangul) KoGlossedForeignCompanies(pi, p, cands);
    if (hangul) CjkGlossPass(pi, p, cands, first_cand);
    mark(EntitySource::kGloss);
  }
  GlossPass(pi, p, cands);
  mark(EntitySource::kGloss);
  if (hangul) JoinKoreanGovernmentUnits(pi, p, cands);
  if (hangul) TrimKoreanUnitTitles(p, cands, first_cand);
  if (hangul) JoinKoreanUnits(p, cands, first_cand);
  if (hangul) JoinKoreanPanelFronts(p, cands, first_cand);
  if (upper && lang == "de") JoinGermanSpans(pi, p, cands, first_cand);
  if (upper && !hangul && cjk.empty()) JoinLatinUnits(p, cands, first_cand);
  if (!hangul && cjk.empty() && upper) AcronymPass(pi, p, cands);
  mark(EntitySource::kAcronym);
  if (upper && !hangul && cjk.empty()) JoinSlashedShortForms(p, cands, first_cand);
  if (!hangul && cjk.empty() && upper) CoordinatedCompanyPass(pi, p, cands);
  mark(EntitySource::kLatinRule);
}

std::vector<Entity> EntityRecognizer::Recognize(const Article& article) const {
  if (!impl_->options.keep_model) return impl_->Run(article, nullptr, false);
  std::vector<std::vector<std::string>> features;
  const EntityKeepModel& model = impl_->options.model ? *impl_->options.model : EntityKeepModel::Default();
  // A table that keeps no offered entity (offered threshold above 1) is not offered any.
  std::vector<Entity> out =
      impl_->Run(article, &features, impl_->options.offer_low && model.offered_threshold <= 1.0);
  model.Apply(&out, features);
  return out;
}

std::vector<Entity> EntityRecognizer::Candidates(const Article& article,
                                                 std::vector<std::vector<std::string>>* features) const {
  features->clear();
  return impl_->Run(article, features, impl_->options.offer_low);
}

std::vector<Entity> EntityRecognizer::Impl::Run(const Article& article,
                                                std::vector<std::vector<std::string>>* features,
                                                bool offer_low) const {
  const Impl& m = *this;
  const size_t np = std::min(article.paragraphs.size(), kMaxParagraphs);
  // The article's shared analysis when it fits its paragraphs, else one made here.
  std::vector<ParagraphAnalysis> own_analysis;
  const std::vector<ParagraphAnalysis>* analysis = &article.analysis;
  if (!HasAnalysis(article)) {
    own_analysis = m.analyzer->AnalyzeParagraphs(article.paragraphs, np);
    analysis = &own_analysis;
  }
  Doc d;
  d.paras.resize(np);
  const bool offer = features != nullptr && offer_low;
  std::vector<std::vector<std::pair<TaggedSpan, int>>> low(offer ? np : 0);
  d.lang = article.language;
  if (d.lang.size() > 2) d.lang = d.lang.substr(0, 2);
  const bool union_bloc = d.lang == "de" && NamesUnionParty(article);
  for (size_t i = 0; i < np; ++i) {
    std::string_view text = article.paragraphs[i];
    if (text.size() > kMaxParagraphBytes) text = text.substr(0, kMaxParagraphBytes);
    Bind(text, (*analysis)[i], &d.paras[i]);
    d.paras[i].union_bloc = union_bloc;
    m.RecognizeParagraph(static_cast<int>(i), d.paras[i], d.cands, d.lang, offer ? &low[i] : nullptr);
  }
  int rule = 0;
  auto note_drops = [&d, &rule] {
    ++rule;
    for (Cand& c : d.cands)
      if (c.dropped && c.drop_rule == 0) c.drop_rule = rule;
  };
  m.JapaneseSeatBodies(d);
  m.DropNonNames(d);
  m.DropSentenceAdverbs(d);
  m.JoinAmpersandFronts(d);
  m.DropContextNames(d);
  note_drops();
  m.CloseBracketsInNames(d);
  m.SportTownClubs(d);
  m.TeamShortNames(d);
  DropPhraseAcronyms(d);
  note_drops();
  m.DropTitleSponsorsAndMembers(d);
  m.DropPlatformVenues(d);
  note_drops();
  m.TrimKoreanOrgs(d);
  note_drops();
  m.DropGenericCjkOrgs(d);
  m.DropCountedChineseBodies(d);
  m.DropPostsAndSeats(d);
  m.DropChineseNonPersons(d);
  note_drops();
  m.DropSentenceOpeningPairs(d);
  note_drops();
  m.TrimPersonTitles(d);
  m.DropKoreanCommonWordPersons(d);
  m.RetypeChineseBodiesBeforeTitledNames(d);
  m.JoinJapaneseKanaGivenNames(d);
  note_drops();
  m.DropLowerCaseWords(d);
  note_drops();
  m.DropGermanNounPhrases(d);
  m.DropGermanKindNouns(d);
  m.DropGermanGenitivesAndCounts(d);
  note_drops();
  m.RetypeInstitutionPersons(d);
  d.title_case_headline = TitleCaseHeadline(article, d.lang);
  m.TrimHeadlinePhrases(d);
  note_drops();
  TrimLeadingArticles(d);
  m.TrimCountryBeforePageNames(d);
  m.TrimGermanKindCues(d);
  m.JoinGermanAdjectives(d);
  m.YieldListedSurnames(d);
  m.SamePageNames(d);
  m.GroupCandidates(d);
  m.CollectShortForms(d);
  LinkOrgSuffixes(d);
  LinkCjkAbbreviations(d);
  m.LinkOrgPrefixes(d);
  LinkOrgLastWords(d);
  LinkOrgOfHeads(d);
  LinkOrgFirstWordOfHeads(d);
  LinkOrgFrontWords(d);
  LinkAcronyms(d);
  LinkWrittenOutAcronyms(d);
  m.AddPronouncedAcronyms(d);
  LinkCjkFamilyNames(d);
  m.ClaimShortFormMentions(d);
  LinkChineseClubWords(d);
  if (features && m.options.revive_dropped) m.ReviveDropped(d);
  if (offer) m.OfferLowSpans(d, low);
  std::vector<int> groups;
  std::vector<Entity> out = m.BuildEntities(d, &groups);
  if (features) {
    features->resize(out.size());
    std::vector<std::vector<int>> members(d.group_key.size());
    for (size_t i = 0; i < d.cands.size(); ++i)
      if (d.group[i] >= 0) members[d.group[i]].push_back(static_cast<int>(i));
    for (size_t i = 0; i < out.size(); ++i)
      (*features)[i] = EntityKeepFeatures(FactsOf(d, members[groups[i]], out, i));
  }
  return out;
}

}  // namespace hirewire::extract
