#include "extract/entity_keep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "corpus/tsv.h"

namespace hirewire::extract {

namespace {

constexpr std::string_view kKeepPrefix = "keep/";
constexpr std::string_view kPersonPrefix = "person/";
constexpr std::string_view kThresholdRow = "(keep threshold)";
constexpr std::string_view kOfferedRow = "(offered threshold)";
constexpr std::string_view kTypeMarginRow = "(type margin)";

std::string_view ScriptName(NameScript s) {
  switch (s) {
    case NameScript::kLatin: return "latin";
    case NameScript::kHangul: return "hangul";
    case NameScript::kKana: return "kana";
    case NameScript::kHan: return "han";
    case NameScript::kCyrillic: return "cyrillic";
    case NameScript::kOther: return "other";
  }
  return "other";
}

// Coarse buckets keep the features general: counts 1, 2, 3-4, 5+; confidence in tenths.
std::string CountBucket(int n) { return n <= 2 ? std::to_string(n) : n <= 4 ? "3-4" : "5+"; }
std::string CharBucket(int n) {
  return n <= 2 ? "1-2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+";
}
std::string ConfBucket(double c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%.1f", std::floor(std::clamp(c, 0.0, 0.99) * 10) / 10);
  return buf;
}

// The main source: the dictionary wins, then the rules, then the taggers.
std::string_view MainSource(uint32_t sources) {
  for (EntitySource s : {EntitySource::kDictionary, EntitySource::kKoreanCue, EntitySource::kLatinRule,
                         EntitySource::kCyrillic, EntitySource::kJapaneseCue, EntitySource::kGloss,
                         EntitySource::kAcronym, EntitySource::kCjkTagger, EntitySource::kTagger})
    if (sources >> static_cast<int>(s) & 1) return EntitySourceName(s);
  return "none";
}

std::string Kind(EntityType type) { return type == EntityType::kPerson ? "per" : "org"; }

// A type margin this large changes no type: the person model is not even evaluated.
constexpr double kNoTypeChange = 1e8;

// EntityKeepFeatures lists each feature once (a test checks it): no duplicate check needed.
double Probability(const LinearModel& m, const std::vector<std::string>& features) {
  return LinearModel::Logistic(m.MarginOfDistinct(features));
}

}  // namespace

std::string_view EntitySourceName(EntitySource s) {
  switch (s) {
    case EntitySource::kDictionary: return "dict";
    case EntitySource::kKoreanCue: return "ko_cue";
    case EntitySource::kLatinRule: return "latin_rule";
    case EntitySource::kCyrillic: return "cyrillic";
    case EntitySource::kJapaneseCue: return "ja_cue";
    case EntitySource::kCjkTagger: return "cjk_tagger";
    case EntitySource::kTagger: return "tagger";
    case EntitySource::kGloss: return "gloss";
    case EntitySource::kAcronym: return "acronym";
    case EntitySource::kShortForm: return "short_form";
    case EntitySource::kCount: break;
  }
  return "?";
}

std::vector<std::string> EntityKeepFeatures(const EntityFacts& f) {
  std::vector<std::string> out;
  const std::string kind = Kind(f.type);
  const std::string src(MainSource(f.sources));
  const std::string script(ScriptName(f.script));
  const std::string lang = f.lang.empty() ? "?" : f.lang;
  auto add = [&](std::string name) { out.push_back(std::move(name)); };
  auto flag = [&](bool on, std::string_view name) {
    if (!on) return;
    add(std::string(name));
    add(std::string(name) + "|" + kind);
  };
  add("type=" + std::string(EntityTypeName(f.type)));
  add("src=" + src);
  add("src=" + src + "|" + kind);
  add("src=" + src + "|script=" + script);
  for (int s = 0; s < static_cast<int>(EntitySource::kCount); ++s)
    if (f.sources >> s & 1)
      add("has=" + std::string(EntitySourceName(static_cast<EntitySource>(s))) + "|" + kind);
  int n_sources = 0;
  for (uint32_t b = f.sources; b; b &= b - 1) ++n_sources;
  add("nsrc=" + CountBucket(n_sources));
  add("conf=" + ConfBucket(f.max_conf) + "|" + src);
  add("mentions=" + CountBucket(f.mentions) + "|" + kind);
  add("mentions=" + CountBucket(f.mentions) + "|" + src);
  add("paras=" + CountBucket(f.paragraphs));
  add("script=" + script + "|" + kind);
  add("lang=" + lang + "|" + kind);
  add("lang=" + lang + "|src=" + src);
  add("tokens=" + CountBucket(f.tokens) + "|" + kind);
  add("tokens=" + CountBucket(f.tokens) + "|script=" + script);
  add("chars=" + CharBucket(f.chars) + "|script=" + script);
  add("chars=" + CharBucket(f.chars) + "|" + kind);
  flag(f.dictionary, "dict");
  flag(f.sentence_initial_only, "initial_only");
  if (f.sentence_initial_only) add("initial_only|mentions=" + CountBucket(f.mentions) + "|src=" + src);
  flag(f.in_first_paragraph_only, "first_para_only");
  flag(f.all_caps, "all_caps");
  if (f.all_caps) add("all_caps|chars=" + CharBucket(f.chars));
  flag(f.has_digit, "digit");
  flag(f.title_next, "title_next");
  flag(f.org_head, "org_head");
  flag(f.legal_suffix, "legal");
  flag(f.given_name_first, "given_first");
  flag(f.person_verb_after, "verb_after");
  flag(f.place_word, "place_word");
  flag(f.contained, "contained");
  flag(f.contains_other, "contains_other");
  flag(f.lone_tagged_word, "lone_tagged");
  flag(f.has_roles, "roles");
  flag(f.lower_elsewhere, "lower_elsewhere");
  flag(f.non_name_ending, "non_name_ending");
  flag(f.inflected, "inflected");
  if (f.lower_elsewhere && !f.dictionary) add("lower_elsewhere&undict|" + kind);
  if (f.title_next && f.org_head) add("title_next&org_head");
  if (f.offered) add(std::string(kOfferedFeature));
  if (f.low_score) {
    add("low_score|" + kind);
    add("low_score|conf=" + ConfBucket(f.max_conf));
    add("low_score|mentions=" + CountBucket(f.mentions) + "|" + kind);
    add("low_score|script=" + script + "|" + kind);
  }
  if (!f.revived.empty()) {
    add("revived=" + f.revived);
    add("revived=" + f.revived + "|" + kind);
    add("revived=" + f.revived + "|src=" + src);
  }
  if (f.tokens == 1 && !f.dictionary) add("one_word_undict|" + kind + "|script=" + script);
  return out;
}

Result<EntityKeepModel> EntityKeepModel::FromTsv(std::string_view tsv, std::string_view table) {
  EntityKeepModel m;
  std::string keep_rows, person_rows;
  bool threshold_seen = false;
  Status st = ForEachTsvRow(tsv, table, TsvHeader::kNone, [&](const std::vector<std::string>& f, int) {
    if (f.size() != 2)
      return Status::InvalidArgument("want 2 fields (feature, weight), got " + std::to_string(f.size()));
    if (f[0] == kThresholdRow || f[0] == kTypeMarginRow || f[0] == kOfferedRow) {
      char* end = nullptr;
      const double v = std::strtod(f[1].c_str(), &end);
      if (f[1].empty() || end != f[1].c_str() + f[1].size() || !std::isfinite(v))
        return Status::InvalidArgument("'" + f[1] + "' is not a finite number");
      (f[0] == kThresholdRow ? m.keep_threshold
       : f[0] == kOfferedRow ? m.offered_threshold
                             : m.type_margin) = v;
      threshold_seen |= f[0] == kThresholdRow;
      return Status::Ok();
    }
    std::string_view name = f[0];
    std::string* rows = nullptr;
    if (name.starts_with(kKeepPrefix)) {
      rows = &keep_rows;
      name.remove_prefix(kKeepPrefix.size());
    } else if (name.starts_with(kPersonPrefix)) {
      rows = &person_rows;
      name.remove_prefix(kPersonPrefix.size());
    } else {
      return Status::InvalidArgument("feature '" + f[0] + "' names neither model (keep/ or person/)");
    }
    *rows += std::string(name) + "\t" + f[1] + "\n";
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (!threshold_seen) return Status::InvalidArgument(std::string(table) + ": no (keep threshold) row");
  auto keep = LinearModel::FromTsv(keep_rows, std::string(table) + " keep/");
  if (!keep.ok()) return keep.status();
  auto person = LinearModel::FromTsv(person_rows, std::string(table) + " person/");
  if (!person.ok()) return person.status();
  m.keep = std::move(keep).value();
  m.person = std::move(person).value();
  return m;
}

const EntityKeepModel& EntityKeepModel::Default() {
  static const EntityKeepModel* model = new EntityKeepModel(
      EmbeddedOrDie(FromTsv(EmbeddedEntityKeepTsv(), "entity_keep.tsv"), "entity keep table"));
  return *model;
}

void EntityKeepModel::Apply(std::vector<Entity>* entities,
                            const std::vector<std::vector<std::string>>& features) const {
  std::vector<Entity> kept;
  kept.reserve(entities->size());
  for (size_t i = 0; i < entities->size(); ++i) {
    Entity& e = (*entities)[i];
    const bool offered =
        std::find(features[i].begin(), features[i].end(), kOfferedFeature) != features[i].end();
    if (Probability(keep, features[i]) < (offered ? offered_threshold : keep_threshold)) continue;
    if (type_margin >= kNoTypeChange) {
      kept.push_back(std::move(e));
      continue;
    }
    const double margin = person.MarginOfDistinct(features[i]);
    if (e.type == EntityType::kPerson && margin < -type_margin)
      e.type = EntityType::kOrganization;
    else if (e.type != EntityType::kPerson && margin > type_margin)
      e.type = EntityType::kPerson;
    kept.push_back(std::move(e));
  }
  *entities = std::move(kept);
}

std::string EntityKeepModel::ToTsv(std::string_view comment) const {
  std::string out = TsvComment(comment);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", keep_threshold);
  out += std::string(kThresholdRow) + "\t" + buf + "\n";
  std::snprintf(buf, sizeof buf, "%.6g", offered_threshold);
  out += std::string(kOfferedRow) + "\t" + buf + "\n";
  std::snprintf(buf, sizeof buf, "%.6g", type_margin);
  out += std::string(kTypeMarginRow) + "\t" + buf + "\n";
  for (const auto& [prefix, model] : {std::pair{kKeepPrefix, &keep}, std::pair{kPersonPrefix, &person}}) {
    std::string rows = model->ToTsv();
    for (std::string_view rest = rows; !rest.empty();) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      if (line.empty() || line[0] == '#') continue;
      out += std::string(prefix) + std::string(line) + "\n";
    }
  }
  return out;
}

}  // namespace hirewire::extract
