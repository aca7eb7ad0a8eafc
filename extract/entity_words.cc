#include "extract/entity_words.h"

#include <cstdio>
#include <cstdlib>

#include "corpus/tsv.h"

namespace hirewire::extract {
namespace {

constexpr std::string_view kListNames[] = {
    "ko_title",          "ko_title_suffix",      "ko_surname",           "ko_stop",
    "ko_title_stop",     "ko_company_suffix",    "ko_org_suffix",        "ko_company_cue",
    "ko_person_cue",     "en_title",             "en_title_modifier",    "en_honorific",
    "en_company_suffix", "en_org_suffix",        "en_company_cue",       "en_person_verb",
    "en_stop",           "given_name",           "legal_suffix",         "hire_verb",
    "romanized_ko_surname", "region_word",       "latin_script_language", "ko_foreign_syllable",
    "ko_adnominal_ending", "ko_public_title",    "ko_never_name_final",  "ko_body_suffix",
    "ko_place_suffix",   "ko_law_suffix",        "en_function_word",     "en_name_connector",
    "en_company_suffix_weak", "en_title_tail",   "en_move_verb",         "latin_title_suffix",
    "latin_person_cue",  "org_name_connector",   "non_entity_head",      "org_lead_word",
    "name_inflection",   "cjk_title",            "cjk_generic_org_final", "cjk_following_head",
    "ko_company_form",   "ko_org_form",          "ko_generic_org_final", "ko_branch_suffix",
    "en_modifier_ending", "platform_name",        "platform_venue_word",  "org_word_ending",
    "ja_company_cue",
    "zh_surname",        "zh_surname_rare",      "zh_translit_char",     "zh_org_suffix",
    "zh_person_cue",
    "demonym",           "non_org_acronym",   "cyrillic_given_name", "product_maker_noun", "non_name_ending",
    "cjk_name_head",     "ko_unit_head",         "zh_org_head",          "zh_name_left_stop",   "zh_list_kind",
    "ja_company_form",   "zh_legal_form",
    "de_determiner",     "de_institution_head", "de_genitive_head",   "de_indefinite",
    "de_public_prefix",  "de_non_name_ending",
    "cjk_quote_org_cue", "zh_name_trailer",     "zh_role_noun",
    "en_actor_verb",     "en_seat",
    "de_council",        "en_possessive_name_word",
    "en_post_nominal",   "cjk_unit_head",       "ko_region_word",
    "ko_convene_verb",   "ko_unit_never_alone", "zh_address_title", "de_definite_article", "zh_place_final",
    "de_territory",      "de_club_prefix",      "de_place_head",       "de_no_place",         "zh_place_name",       "cjk_place_final",
    "cjk_place_suffix",  "cjk_government_head",
    "en_government_word", "en_government_kind", "en_possessive_unit", "en_unit_word",
    "zh_org_cue",        "zh_org_cue_weak",
    "ko_unit_head_weak", "competition_word", "party_member_plural",
    "de_shop_head",      "ko_group_head",       "en_sport_word",
    "zh_left_glue",      "zh_pronoun",
    "publication_verb",  "publication_lead",    "audience_lead",       "org_kind_cue",
    "romanized_onset",   "romanized_nucleus",   "romanized_coda",
    "de_adjective_stem_end",
    "ko_org_of_noun",    "ko_relation_cue",     "ko_employer_verb",
    "org_apposition_noun", "apposition_stop",     "ko_head_title",       "ko_head_company_suffix", "ko_title_premod",     "workplace_noun",
    "ko_group_role",     "cjk_title_prefix",    "ko_converb_ending",   "cjk_qualified_head",  "ko_unit_word",
    "ko_place_name",     "hire_verb_gap",       "en_name_generation",
    "en_org_suffix_named",
    "national_branch_word", "de_kind_compound_head", "ko_verb_connective",
    "ko_foreign_surname", "ko_currency_word",
    "ko_acronym_generic_tail", "ko_business_line_head", "ko_organ_word",
    "en_place_preposition", "sport_town_club", "sport_club_nickname", "region_branch_word", "sentence_adverb_ending",
    "member_quantifier",
    "ja_hiragana_stop",  "ja_particle",       "de_firm_kind",      "zh_court_head",     "ja_verb_final", "group_prefix",
    "ko_ordinal_prefix", "ko_ordinal_counter", "ko_object_particle", "place_lead_preposition",
    "en_it_report_verb", "en_org_part", "en_org_part_owned",
    "de_ensemble_head", "de_body_word",     "de_party_unit",     "de_company_unit",
    "en_context_name",  "en_modifier_noun", "en_common_next", "en_member_noun",    "en_org_list_kind",
    "ko_kind_form",     "ko_school_context", "ja_kana_org_head", "ja_seat_body_follow",
    "ko_government_place", "cjk_portfolio_title", "cjk_seat_word", "publication_company_tail", "zh_group_word", "en_forum_head", "zh_country", "zh_foreign_city",
    "zh_company_tail", "zh_company_tail_glued", "ja_public_head", "zh_match_verb",
    "ja_group_role", "ko_player_act",
    "zh_school_head", "zh_national_word", "de_kind_front",
    "de_house_head",
    "en_month_given_name",
    "zh_org_predicate", "zh_predicate_lead", "zh_arm_line",
    "ko_kind_name_front", "zh_unit_head_char",
    "en_company_word_ending", "ko_glued_group_prefix", "ko_glued_group_tail", "ko_industry_head",
    "stop_family_name", "de_unit_head", "ja_body_tail", "zh_preposition_surname", "zh_time_word", "zh_locative_final", "zh_determiner_lead",
    "de_quoted_name_inner", "de_common_noun_ending", "de_work_kind_prefix", "ko_glued_group_particle",
    "en_opening_kind_noun",
    "en_hyphen_participle",
    "zh_contraction_tail", "real_name_word", "ja_municipality_final",
    "en_club_kind", "en_club_head", "ko_destination_suffix", "broadcast_channel",
    "en_officer_of", "en_employer_lead", "cjk_false_unit_word", "de_count_word",
    "ko_firm_infix", "ko_firm_head",
    "ko_word_tail", "ko_verb_adnominal",
    "en_lower_body_head",
    "zh_name_after_word",
    "ko_person_particle",
};
static_assert(std::size(kListNames) == static_cast<size_t>(WordList::kCount));

}  // namespace

std::string_view WordListName(WordList l) { return kListNames[static_cast<size_t>(l)]; }

Result<EntityWords> EntityWords::FromTsv(std::string_view tsv) {
  EntityWords w;
  Status s = ForEachTsvRow(tsv, "entity word table", TsvHeader::kNone, [&](const std::vector<std::string>& f, int line_no) {
    auto bad = [](const std::string& why) { return Status::InvalidArgument(why); };
    if (f.size() != 2 || f[1].empty()) return bad("expected list<TAB>word");
    if (TrimSpace(f[1]) != f[1]) return bad("word with leading or trailing spaces");
    size_t l = 0;
    while (l < std::size(kListNames) && kListNames[l] != f[0]) ++l;
    if (l == std::size(kListNames)) return bad("unknown list " + f[0]);
    const auto [index, added] = w.words_.insert(f[1]);
    if (added) w.classes_.emplace_back();
    WordClasses& classes = w.classes_[static_cast<size_t>(index)];
    if (classes.test(l)) return bad("\"" + f[1] + "\" listed twice in " + f[0]);
    classes.set(l);
    w.lists_[l].push_back(f[1]);
    ListFilter& filter = w.filters_[l];  // (f[1] is not empty)
    const auto first = static_cast<unsigned char>(f[1][0]);
    filter.first_bytes[first >> 6] |= uint64_t{1} << (first & 63);
    filter.lengths |= uint64_t{1} << (f[1].size() < 63 ? f[1].size() : 63);
    w.rows_.push_back({static_cast<WordList>(l), f[1], line_no});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return w;
}

const EntityWords& EntityWords::Default() {
  static const EntityWords* words = new EntityWords(EmbeddedOrDie(FromTsv(EmbeddedEntityWordsTsv()), "entity word table"));
  return *words;
}

}  // namespace hirewire::extract
