// Facts for the keep step (extract/entity_keep.h): the dropped and low-score candidates offered
// again, and the features of each entity.
#include "extract/entities/internal.h"

namespace hirewire::extract {

// ---- Facts for the keep step (extract/entity_keep.h)

// The tagger's spans under its score floor, on words still free once every pass and link is done
// (so that they change no other entity): each passes the tagger span checks and joins the entity
// with its key, or becomes an entity of its own the keep step judges (Cand::low_score).
void EntityRecognizer::Impl::OfferLowSpans(
    Doc& d, const std::vector<std::vector<std::pair<TaggedSpan, int>>>& low) const {
  std::vector<Cand> unused;  // a low span is no coordination partner
  const size_t first = d.cands.size();
  for (size_t pi = 0; pi < low.size(); ++pi) {
    for (const auto& [s, sa] : low[pi]) {
      const size_t at = d.cands.size();
      TaggerSpanClaim(static_cast<int>(pi), d.paras[pi], d.cands, &unused, s, sa);
      for (size_t i = at; i < d.cands.size(); ++i) {
        d.cands[i].source = EntitySource::kTagger;
        d.cands[i].low_score = true;
      }
    }
  }
  // "전준위(전국당원대회준비위원회)": a low span glossed by an organization's name in the brackets
  // after it is that organization, there and wherever the article writes it.
  std::map<std::string, size_t, std::less<>> glossed;  // surface -> the organization's candidate
  for (size_t i = 0; i < first; ++i)
    if (d.cands[i].glossed && d.group[i] >= 0)
      glossed.emplace(d.Surface(d.cands[i]), std::stoul(d.cands[i].key.substr(1)));
  for (size_t i = first; i < d.cands.size(); ++i) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    const int k = c.te;
    if (k >= p.Size() || c.end != p.toks[k - 1].end || p.toks[k].space_before ||
        !(p.IsPunct(k, "(") || p.IsPunct(k, "（")))
      continue;
    int close = k + 1;
    while (close < p.Size() && close < k + 7 && p.IsWord(close)) ++close;
    if (close >= p.Size() || !(p.IsPunct(close, ")") || p.IsPunct(close, "）"))) continue;
    if (IsGlossedShortForm(p, d.cands, static_cast<int>(i), k + 1, close) && d.group[p.owner[k + 1]] >= 0)
      glossed.emplace(d.Surface(c), static_cast<size_t>(p.owner[k + 1]));
  }
  for (size_t i = first; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (auto g = glossed.find(d.Surface(c)); g != glossed.end() && c.dict < 0) {
      c.type = d.cands[g->second].type;
      c.short_form = true;
      c.glossed = true;
      c.key = "#" + std::to_string(g->second);
      d.group.push_back(d.group[g->second]);
      continue;
    }
    // (A CJK surface read as an organization elsewhere on the page is that organization, not a
    // person, as GroupCandidates reads it: "마켓온은" after "이커머스 업체 마켓온이".)
    // (A Korean common word is offered as no person either: DropKoreanCommonWordPersons.)
    if (c.type == EntityType::kPerson && c.dict < 0 && c.te - c.tb == 1 &&
        d.paras[c.para].toks[c.tb].has_hangul && KoCommonWordPerson(d, c)) {
      c.dropped = true;
      d.group.push_back(-1);
      continue;
    }
    if (c.type == EntityType::kPerson && c.dict < 0 && !d.paras[c.para].toks[c.tb].latin)
      for (const EntityType org : {EntityType::kCompany, EntityType::kOrganization})
        if (d.key_to_group.count(std::string(EntityTypeName(org)) + ":" + d.Surface(c))) c.type = org;
    c.key = c.dict >= 0 ? "d" + std::to_string(c.dict)
            : c.type != EntityType::kPerson && d.paras[c.para].toks[c.tb].latin
                ? std::string(EntityTypeName(c.type)) + ":" + LatinLegalBase(d.Surface(c))
                : std::string(EntityTypeName(c.type)) + ":" + d.Surface(c);
    auto it = d.key_to_group.find(c.key);
    d.group.push_back(it != d.key_to_group.end() ? it->second : d.GroupFor("offered:" + c.key));
  }
}

// Candidates an article-level check dropped (not dictionary names of type `other`) become
// entities of their own again, unless a kept entity has their key: the keep step decides.
void EntityRecognizer::Impl::ReviveDropped(Doc& d) const {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    // (drop_rule -1: erased by a pass that read its words another way, EraseCands.)
    if (!c.dropped || c.drop_rule <= 0 || d.group[i] >= 0 ||
        (c.dict >= 0 && entries[c.dict].type == EntityType::kOther))
      continue;
    if (c.key.empty() || c.key[0] == '#' || d.key_to_group.count(c.key)) continue;
    c.revived = true;
    d.group[i] = d.GroupFor("revived:" + c.key);
  }
}

namespace {

NameScript ScriptOf(const Token& t, std::string_view w) {
  if (t.latin) return NameScript::kLatin;
  if (t.has_hangul) return NameScript::kHangul;
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  const unsigned char n = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
  if (c == 0xE3 && n >= 0x81 && n <= 0x83) return NameScript::kKana;
  if (c >= 0xE4 && c <= 0xE9) return NameScript::kHan;
  if (c >= 0xD0 && c <= 0xD4) return NameScript::kCyrillic;
  return NameScript::kOther;
}

// The name `inner` occurs in `outer` as whole words (Latin) or at all (other scripts).
bool NamePartOf(std::string_view inner, std::string_view outer) {
  if (inner.empty() || inner.size() >= outer.size()) return false;
  for (size_t at = outer.find(inner); at != std::string_view::npos; at = outer.find(inner, at + 1)) {
    const size_t e = at + inner.size();
    const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(outer[at - 1]));
    const bool right = e >= outer.size() || !std::isalpha(static_cast<unsigned char>(outer[e]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

// The cue words around one mention; `*initial` false when a word of its sentence comes before it.
void EntityRecognizer::Impl::FactsOfMention(Doc& d, const Cand& c, EntityFacts* f, bool* initial) const {
  const Para& p = d.paras[c.para];
  int q = c.tb - 1;
  while (q >= 0 && p.toks[q].kind != kWord && p.toks[q].sentence == p.toks[c.tb].sentence) --q;
  if (q >= 0 && p.toks[q].sentence == p.toks[c.tb].sentence) *initial = false;
  if (p.IsWord(c.tb - 1)) {
    const std::string_view w = p.Text(c.tb - 1);
    f->title_next |= p.toks[c.tb - 1].latin ? IsLatinTitle(w) : p.toks[c.tb - 1].has_hangul && IsKoTitle(w);
  }
  if (p.IsWord(c.te)) {
    const std::string_view w = p.Text(c.te);
    if (p.toks[c.te].latin)
      f->person_verb_after |= en_person_verbs.count(w) > 0;
    else
      f->title_next |= p.toks[c.te].has_hangul ? IsKoTitle(w) : In(WordList::kCjkTitle, w);
  } else if (p.IsPunct(c.te, ",") && p.IsWord(c.te + 1)) {
    f->title_next |= IsLatinTitle(p.Text(c.te + 1));
  }
}

// The words of one mention (the entity's longest): head, legal form, given name, places, common
// words and endings.
void EntityRecognizer::Impl::FactsOfName(Doc& d, const Cand& c, EntityFacts* f) const {
  const Para& p = d.paras[c.para];
  if (c.te <= c.tb) return;
  const std::string_view last = p.Text(c.te - 1);
  f->org_head |= en_org_suffixes.count(last) > 0 || en_company_suffixes.count(last) > 0 ||
                 EndsWithAnyOf(WordList::kOrgWordEnding, last) ||
                 EndsWithAnyOf(WordList::kZhOrgSuffix, last) ||
                 (p.toks[c.te - 1].has_hangul && KoSuffixType(last) != EntityType::kNone);
  f->given_name_first |= given_names.count(p.Text(c.tb)) > 0;
  for (int t = c.tb; t < c.te; ++t) {
    if (!p.IsWord(t)) continue;
    const std::string_view w = p.Text(t);
    f->legal_suffix |= In(WordList::kLegalSuffix, w) || In(WordList::kKoCompanyForm, w);
    const std::string_view stem = StripPossessive(w);
    f->place_word |= In(WordList::kRegionWord, w) || In(WordList::kDemonym, stem);
    f->inflected |= stem.size() < w.size();
    if (!p.toks[t].latin) continue;
    // A capitalized word the article also writes in lower case is a common word.
    f->lower_elsewhere |= p.toks[t].cap && !p.toks[t].all_caps && w.size() >= 4 && !NeverLower(d, w) &&
                          !en_stop.count(w) && !en_titles.count(w);
    std::string lower(stem);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& ending : EntityWords::Default().List(WordList::kNonNameEnding))
      f->non_name_ending |= lower.size() >= ending.size() + 3 && EndsWith(lower, ending);
    if (auto it = alias_to_entry.find(w);
        it != alias_to_entry.end() && entries[it->second].type == EntityType::kOther)
      f->place_word = true;
  }
}

// The facts of entity `e` of `out`, whose candidates are `members`.
EntityFacts EntityRecognizer::Impl::FactsOf(Doc& d, const std::vector<int>& members,
                                            const std::vector<Entity>& out, size_t e) const {
  EntityFacts f;
  const Entity& ent = out[e];
  f.type = ent.type;
  f.lang = std::string(d.lang);
  f.mentions = static_cast<int>(ent.mentions.size());
  f.has_roles = !ent.roles.empty();
  bool initial = true, first_para = true;
  f.offered = true;
  std::set<int> paras;
  size_t longest = 0;
  int longest_cand = -1;
  for (const int i : members) {
    const Cand& c = d.cands[i];
    const Para& p = d.paras[c.para];
    if (c.source != EntitySource::kCount) f.sources |= 1u << static_cast<int>(c.source);
    f.max_conf = std::max(f.max_conf, c.conf);
    f.dictionary |= c.dict >= 0;
    f.lone_tagged_word |= c.lone_tagged_word;
    if (c.revived) f.revived = kDropRules[c.drop_rule - 1];
    f.low_score |= c.low_score;
    f.offered &= c.low_score || c.short_form;
    paras.insert(c.para);
    first_para &= c.para == 0;
    FactsOfMention(d, c, &f, &initial);
    if (static_cast<size_t>(c.end - c.start) <= longest || c.te <= c.tb) continue;
    longest = static_cast<size_t>(c.end - c.start);
    longest_cand = i;
    const std::string_view s = p.text.substr(c.start, c.end - c.start);
    f.script = ScriptOf(p.toks[c.tb], s);
    f.tokens = 0;
    f.all_caps = true;
    for (int t = c.tb; t < c.te; ++t) {
      if (!p.IsWord(t) && p.toks[t].kind != kNumber) continue;
      ++f.tokens;
      f.all_caps &= p.toks[t].all_caps;
    }
    f.chars = CountCodePoints(s);
    f.has_digit = std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }
  if (longest_cand >= 0) FactsOfName(d, d.cands[longest_cand], &f);
  f.paragraphs = static_cast<int>(paras.size());
  f.sentence_initial_only = initial;
  f.in_first_paragraph_only = first_para;
  for (size_t j = 0; j < out.size(); ++j) {
    if (j == e) continue;
    f.contained |= NamePartOf(ent.name, out[j].name);
    f.contains_other |= NamePartOf(out[j].name, ent.name);
  }
  return f;
}

}  // namespace hirewire::extract
