#include "corpus/json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace hirewire {
namespace {

using nlohmann::ordered_json;

const std::string& ParagraphOr(const std::vector<std::string>& paragraphs, int i) {
  static const std::string kEmpty;
  return (i >= 0 && i < static_cast<int>(paragraphs.size())) ? paragraphs[i] : kEmpty;
}

ordered_json NullIfEmpty(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

std::string StrOr(const ordered_json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

int IntOr(const ordered_json& j, const char* key, int dflt) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return dflt;
  return it->get<int>();
}

// Scores (confidence, similarity) to three decimals, so JSON shows 0.82, not 0.8200000000000001.
double Score(double x) { return std::round(x * 1000.0) / 1000.0; }

double DoubleOr(const ordered_json& j, const char* key, double dflt) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return dflt;
  return it->get<double>();
}

// The array at `key`, or an empty one.
const ordered_json& ArrayOr(const ordered_json& j, const char* key) {
  static const ordered_json kEmpty = ordered_json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : kEmpty;
}

// A record's span (Amount, Multiplier, Mention, Evidence): bytes into its paragraph in the
// record, code points in JSON. Appends "paragraph", "start", "end" to `j` in that order.
template <typename T>
void PutSpan(const T& r, const std::vector<std::string>& ps, ordered_json& j) {
  const std::string& p = ParagraphOr(ps, r.paragraph);
  j["paragraph"] = r.paragraph;
  j["start"] = ByteToCodePointOffset(p, r.start);
  j["end"] = ByteToCodePointOffset(p, r.end);
}

template <typename T>
void GetSpan(const ordered_json& j, const std::vector<std::string>& ps, T* r) {
  r->paragraph = IntOr(j, "paragraph", 0);
  const std::string& p = ParagraphOr(ps, r->paragraph);
  r->start = CodePointToByteOffset(p, IntOr(j, "start", 0));
  r->end = CodePointToByteOffset(p, IntOr(j, "end", 0));
}

// The converted values Amount and Offer share.
template <typename T>
void PutConversion(const T& m, ordered_json& j) {
  j["usd"] = NullIfEmpty(m.usd);
  j["krw"] = NullIfEmpty(m.krw);
  j["rate"] = NullIfEmpty(m.rate);
  j["rate_source"] = NullIfEmpty(m.rate_source);
}

// The stated amount and its conversion, as Amount and Offer share them.
template <typename T>
void GetMoney(const ordered_json& j, T* m) {
  m->currency = StrOr(j, "currency");
  m->value = StrOr(j, "value");
  m->kind = StrOr(j, "kind");
  m->usd = StrOr(j, "usd");
  m->krw = StrOr(j, "krw");
  m->rate = StrOr(j, "rate");
  m->rate_source = StrOr(j, "rate_source");
}

std::vector<std::string> StrListOr(const ordered_json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

ordered_json ToJ(const Amount& a, const std::vector<std::string>& ps) {
  ordered_json j;
  j["surface"] = a.surface;
  PutSpan(a, ps, j);
  j["currency"] = a.currency;
  j["value"] = NullIfEmpty(a.value);
  j["kind"] = a.kind;
  if (a.kind == "range") {
    j["low"] = NullIfEmpty(a.low);
    j["high"] = NullIfEmpty(a.high);
  }
  j["period"] = a.period.empty() ? "none" : a.period;
  j["glosses"] = a.glosses >= 0 ? ordered_json(a.glosses) : ordered_json(nullptr);
  if (!a.implied_rate.empty()) j["implied_rate"] = a.implied_rate;
  PutConversion(a, j);
  if (!a.usd_rate.empty()) j["usd_rate"] = a.usd_rate;
  if (!a.krw_rate.empty()) j["krw_rate"] = a.krw_rate;
  if (!a.warnings.empty()) j["warnings"] = a.warnings;
  return j;
}

Amount AmountFromJ(const ordered_json& j, const std::vector<std::string>& ps) {
  Amount a;
  a.surface = StrOr(j, "surface");
  GetSpan(j, ps, &a);
  GetMoney(j, &a);
  a.low = StrOr(j, "low");
  a.high = StrOr(j, "high");
  a.period = StrOr(j, "period");
  a.glosses = IntOr(j, "glosses", -1);
  a.implied_rate = StrOr(j, "implied_rate");
  a.usd_rate = StrOr(j, "usd_rate");
  a.krw_rate = StrOr(j, "krw_rate");
  a.warnings = StrListOr(j, "warnings");
  return a;
}

ordered_json ToJ(const Mention& m, const std::vector<std::string>& ps) {
  ordered_json j;
  PutSpan(m, ps, j);
  j["surface"] = m.surface;
  return j;
}

ordered_json ToJ(const Entity& e, const std::vector<std::string>& ps) {
  ordered_json j;
  j["type"] = EntityTypeName(e.type);
  j["name"] = e.name;
  j["canonical"] = e.canonical;
  j["aliases"] = e.aliases;
  ordered_json roles = ordered_json::array();
  for (const Role& r : e.roles)
    roles.push_back({{"title", r.title}, {"organization", NullIfEmpty(r.organization)}});
  j["roles"] = roles;
  ordered_json ms = ordered_json::array();
  for (const Mention& m : e.mentions) ms.push_back(ToJ(m, ps));
  j["mentions"] = ms;
  j["confidence"] = Score(e.confidence);
  return j;
}

Result<Entity> EntityFromJ(const ordered_json& j, const std::vector<std::string>& ps) {
  Entity e;
  if (!ParseEntityType(StrOr(j, "type"), &e.type) || e.type == EntityType::kNone ||
      e.type == EntityType::kOther)
    return Status::InvalidArgument("unknown entity type \"" + StrOr(j, "type") + "\"");
  e.name = StrOr(j, "name");
  e.canonical = StrOr(j, "canonical");
  e.aliases = StrListOr(j, "aliases");
  for (const auto& r : ArrayOr(j, "roles")) e.roles.push_back({StrOr(r, "title"), StrOr(r, "organization")});
  for (const auto& m : ArrayOr(j, "mentions")) {
    Mention mm;
    GetSpan(m, ps, &mm);
    mm.surface = StrOr(m, "surface");
    e.mentions.push_back(std::move(mm));
  }
  e.confidence = DoubleOr(j, "confidence", 0.0);
  return e;
}

ordered_json ToJ(const Offer& o) {
  ordered_json j;
  j["amount"] = o.amount >= 0 ? ordered_json(o.amount) : ordered_json(nullptr);
  j["currency"] = o.currency;
  j["value"] = NullIfEmpty(o.value);
  j["kind"] = o.kind;
  PutConversion(o, j);
  j["terms"] = o.terms;
  j["first_year_usd"] = NullIfEmpty(o.first_year_usd);
  j["derivation"] = NullIfEmpty(o.derivation);
  j["response"] = NullIfEmpty(o.response);
  return j;
}

Offer OfferFromJ(const ordered_json& j) {
  Offer o;
  o.amount = IntOr(j, "amount", -1);
  GetMoney(j, &o);
  o.terms = StrListOr(j, "terms");
  o.first_year_usd = StrOr(j, "first_year_usd");
  o.derivation = StrOr(j, "derivation");
  o.response = StrOr(j, "response");
  return o;
}

ordered_json ToJ(const Event& e, const std::vector<std::string>& ps) {
  ordered_json j;
  j["type"] = EventTypeName(e.type);
  j["employer"] = NullIfEmpty(e.employer);
  if (!e.employer_aliases.empty()) j["employer_aliases"] = e.employer_aliases;
  j["candidate"] = NullIfEmpty(e.candidate);
  if (!e.candidate_aliases.empty()) j["candidate_aliases"] = e.candidate_aliases;
  j["candidate_kind"] = NullIfEmpty(std::string(CandidateKindName(e.candidate_kind)));
  j["candidate_count"] = e.candidate_count >= 0 ? ordered_json(e.candidate_count) : ordered_json(nullptr);
  j["previous_employer"] = NullIfEmpty(e.previous_employer);
  if (!e.previous_employer_aliases.empty()) j["previous_employer_aliases"] = e.previous_employer_aliases;
  j["role"] = NullIfEmpty(e.role);
  j["team"] = NullIfEmpty(e.team);
  ordered_json offers = ordered_json::array();
  for (const Offer& o : e.offers) offers.push_back(ToJ(o));
  j["offers"] = offers;
  j["outcome"] = OutcomeName(e.outcome);
  j["timeline"] = e.timeline;
  j["reported_by"] = NullIfEmpty(e.reported_by);
  ordered_json ev = ordered_json::array();
  for (const Evidence& x : e.evidence) PutSpan(x, ps, ev.emplace_back());
  j["evidence"] = ev;
  j["sources"] = e.sources;
  j["confidence"] = Score(e.confidence);
  return j;
}

Result<Event> EventFromJ(const ordered_json& j, const std::vector<std::string>& ps) {
  Event e;
  if (!ParseEventType(StrOr(j, "type"), &e.type))
    return Status::InvalidArgument("unknown event type \"" + StrOr(j, "type") + "\"");
  e.employer = StrOr(j, "employer");
  e.employer_aliases = StrListOr(j, "employer_aliases");
  e.candidate = StrOr(j, "candidate");
  e.candidate_aliases = StrListOr(j, "candidate_aliases");
  if (!ParseCandidateKind(StrOr(j, "candidate_kind"), &e.candidate_kind))
    return Status::InvalidArgument("unknown candidate kind \"" + StrOr(j, "candidate_kind") + "\"");
  e.candidate_count = IntOr(j, "candidate_count", -1);
  e.previous_employer = StrOr(j, "previous_employer");
  e.previous_employer_aliases = StrListOr(j, "previous_employer_aliases");
  e.role = StrOr(j, "role");
  e.team = StrOr(j, "team");
  for (const auto& o : ArrayOr(j, "offers")) e.offers.push_back(OfferFromJ(o));
  if (!ParseOutcome(StrOr(j, "outcome"), &e.outcome))
    return Status::InvalidArgument("unknown event outcome \"" + StrOr(j, "outcome") + "\"");
  e.timeline = StrListOr(j, "timeline");
  e.reported_by = StrOr(j, "reported_by");
  for (const auto& x : ArrayOr(j, "evidence")) GetSpan(x, ps, &e.evidence.emplace_back());
  e.sources = StrListOr(j, "sources");
  e.confidence = DoubleOr(j, "confidence", 0.0);
  return e;
}

}  // namespace

int ByteToCodePointOffset(std::string_view s, int byte_offset) {
  if (byte_offset <= 0) return 0;
  size_t lim = std::min<size_t>(static_cast<size_t>(byte_offset), s.size());
  int cps = 0;
  for (size_t i = 0; i < lim; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++cps;
  return cps;
}

int CodePointToByteOffset(std::string_view s, int cp_offset) {
  if (cp_offset <= 0) return 0;
  int cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cps == cp_offset) return static_cast<int>(i);
      ++cps;
    }
  }
  return static_cast<int>(s.size());
}

std::string AmountToJson(const Amount& a, const std::vector<std::string>& ps) {
  return ToJ(a, ps).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
std::string EntityToJson(const Entity& e, const std::vector<std::string>& ps) {
  return ToJ(e, ps).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
std::string EventToJson(const Event& e, const std::vector<std::string>& ps) {
  return ToJ(e, ps).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ArticleToJson(const Article& a) {
  ordered_json j;
  j["source"] = a.source;
  j["url"] = NullIfEmpty(a.url);
  j["title"] = NullIfEmpty(a.title);
  j["authors"] = a.authors;
  j["published"] = NullIfEmpty(a.published);
  j["language"] = NullIfEmpty(a.language);
  j["site_name"] = NullIfEmpty(a.site_name);
  j["country"] = NullIfEmpty(a.country);
  j["paragraphs"] = a.paragraphs;
  j["text"] = a.Text();
  j["warnings"] = a.warnings;
  ordered_json dups = ordered_json::array();
  for (const DuplicateRemoved& d : a.duplicates_removed)
    dups.push_back({{"index", d.index},
                    {"duplicate_of", d.duplicate_of},
                    {"match", d.match},
                    {"similarity", Score(d.similarity)}});
  j["duplicates_removed"] = dups;
  ordered_json money = ordered_json::array();
  for (const Amount& m : a.money) money.push_back(ToJ(m, a.paragraphs));
  j["money"] = money;
  ordered_json mult = ordered_json::array();
  for (const Multiplier& m : a.multipliers) {
    ordered_json& x = mult.emplace_back();
    x["surface"] = m.surface;
    PutSpan(m, a.paragraphs, x);
    x["factor"] = m.factor;
  }
  j["multipliers"] = mult;
  ordered_json ents = ordered_json::array();
  for (const Entity& e : a.entities) ents.push_back(ToJ(e, a.paragraphs));
  j["entities"] = ents;
  ordered_json evs = ordered_json::array();
  for (const Event& e : a.events) evs.push_back(ToJ(e, a.paragraphs));
  j["events"] = evs;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Article> ArticleFromJson(std::string_view text) {
  ordered_json j = ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("not a JSON object");
  if (auto it = j.find("paragraphs"); it == j.end() || !it->is_array())
    return Status::InvalidArgument("not an article (no \"paragraphs\" array)");
  Article a;
  a.source = StrOr(j, "source");
  a.url = StrOr(j, "url");
  a.title = StrOr(j, "title");
  a.authors = StrListOr(j, "authors");
  a.published = StrOr(j, "published");
  a.language = StrOr(j, "language");
  a.site_name = StrOr(j, "site_name");
  a.country = StrOr(j, "country");
  a.paragraphs = StrListOr(j, "paragraphs");
  a.warnings = StrListOr(j, "warnings");
  for (const auto& d : ArrayOr(j, "duplicates_removed"))
    a.duplicates_removed.push_back({IntOr(d, "index", 0), IntOr(d, "duplicate_of", 0), StrOr(d, "match"),
                                    DoubleOr(d, "similarity", 1.0)});
  for (const auto& m : ArrayOr(j, "money")) a.money.push_back(AmountFromJ(m, a.paragraphs));
  for (const auto& m : ArrayOr(j, "multipliers")) {
    Multiplier x;
    x.surface = StrOr(m, "surface");
    GetSpan(m, a.paragraphs, &x);
    x.factor = StrOr(m, "factor");
    a.multipliers.push_back(std::move(x));
  }
  for (const auto& e : ArrayOr(j, "entities")) {
    Result<Entity> en = EntityFromJ(e, a.paragraphs);
    if (!en.ok()) return en.status();
    a.entities.push_back(std::move(en).value());
  }
  for (const auto& e : ArrayOr(j, "events")) {
    Result<Event> ev = EventFromJ(e, a.paragraphs);
    if (!ev.ok()) return ev.status();
    a.events.push_back(std::move(ev).value());
  }
  return a;
}

}  // namespace hirewire
