#include "normalize/event_pairs.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include "corpus/bigram_filter.h"
#include "corpus/text.h"
#include "extract/analysis.h"
#include "normalize/cues.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "normalize/frames.h"
#include "normalize/name_key.h"

namespace hirewire::normalize {

namespace {

// ---- Names and entities.

bool OfClass(const Entity& e, NamedClass type_class) {
  return type_class == NamedClass::kPerson ? e.type == EntityType::kPerson : IsOrgType(e.type);
}

// ---- Thresholds line of the table.

constexpr std::string_view kThresholdLine = "# threshold ";

bool ParseThresholds(std::string_view tsv, double* drop, double* add) {
  size_t p = tsv.find(kThresholdLine);
  if (p == std::string_view::npos) return true;
  size_t e = tsv.find('\n', p);
  std::string line(tsv.substr(p + kThresholdLine.size(), e == std::string_view::npos
                                                             ? std::string_view::npos
                                                             : e - p - kThresholdLine.size()));
  double d = 0, a = 0;
  if (std::sscanf(line.c_str(), "drop_below=%lf add_above=%lf", &d, &a) != 2) return false;
  *drop = d;
  *add = a;
  return true;
}

}  // namespace

// ---- PairModel.

Result<PairModel> PairModel::FromTsv(std::string_view tsv, std::string_view table) {
  auto m = LinearModel::FromTsv(tsv, table);
  if (!m.ok()) return m.status();
  PairModel pm;
  pm.model = std::move(m).value();
  if (!ParseThresholds(tsv, &pm.drop_below, &pm.add_above))
    return Status::InvalidArgument(std::string(table) +
                                   ": malformed '# threshold drop_below=X add_above=Y' line");
  return pm;
}

const PairModel& PairModel::Default() {
  static const PairModel* m = [] {
    auto r = FromTsv(EmbeddedEventPairsTsv(), "event_pairs.tsv");
    if (!r.ok()) {
      std::fprintf(stderr, "hirewire: embedded pair model: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return new PairModel(std::move(r).value());
  }();
  return *m;
}

std::string PairModel::ToTsv(std::string_view comment) const {
  char line[96];
  std::snprintf(line, sizeof(line), "threshold drop_below=%.3f add_above=%.3f", drop_below, add_above);
  std::string c(comment);
  if (!c.empty() && c.back() != '\n') c += '\n';
  return model.ToTsv(c + line);
}

int EntityNamed(const Article& article, const std::string& name, NamedClass type_class) {
  const std::string key = NameKey(name);
  for (size_t i = 0; i < article.entities.size(); ++i)
    if (OfClass(article.entities[i], type_class) && EntitySpells(article.entities[i], key))
      return static_cast<int>(i);
  return -1;
}

// ---- Feature pieces.

std::string DistanceBucket(int tokens) {
  if (tokens <= 0) return "0";
  if (tokens <= 2) return "1-2";
  if (tokens <= 5) return "3-5";
  if (tokens <= 10) return "6-10";
  if (tokens <= 20) return "11-20";
  return "21+";
}

std::string CountBucket(int n) { return n <= 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : "3+"; }

namespace {

// Index of the token holding byte `pos` (or the first after it); tokens.size() when none.
size_t TokenAt(const ParagraphAnalysis& pa, int pos) {
  auto it = std::lower_bound(pa.tokens.begin(), pa.tokens.end(), pos,
                             [](const TextToken& t, int p) { return t.end <= p; });
  return static_cast<size_t>(it - pa.tokens.begin());
}

constexpr std::string_view kKoreanMarkers[] = {"에서", "으로", "출신", "에게", "에", "로", "의", "은",
                                               "는",   "이",   "가",   "을",   "를", "와", "과", "도"};

constexpr std::string_view kEnglishMarkers[] = {
    "to",  "at",   "from", "by",     "as", "of",    "joins",   "join",    "joined", "left", "leaves",
    "for", "with", "in",   "former", "ex", "leave", "joining", "leaving", "hired",  "named"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string KoreanMarkerAfter(std::string_view paragraph, const ParagraphAnalysis& pa, int end) {
  size_t ti = TokenAt(pa, end - 1);
  if (ti >= pa.tokens.size()) return "";
  const TextToken& t = pa.tokens[ti];
  if (t.end > end) {
    std::string_view suffix = paragraph.substr(end, t.end - end);
    for (std::string_view m : kKoreanMarkers)
      if (suffix == m) return std::string(m);
    return t.has_hangul ? "other" : "";
  }
  if (ti + 1 < pa.tokens.size()) {
    const TextToken& n = pa.tokens[ti + 1];
    std::string_view w = paragraph.substr(n.start, n.end - n.start);
    if (w == "출신" || w.substr(0, std::min<size_t>(w.size(), 6)) == "출신") return "출신";
  }
  return "";
}

std::string EnglishMarkerBefore(std::string_view paragraph, const ParagraphAnalysis& pa, int start) {
  size_t ti = TokenAt(pa, start);
  if (ti == 0 || ti > pa.tokens.size()) return "";
  const TextToken& p = pa.tokens[ti - 1];
  std::string w = LowerAscii(paragraph.substr(p.start, p.end - p.start));
  for (std::string_view m : kEnglishMarkers)
    if (w == m) return w;
  return "";
}

std::string EnglishPossessiveAfter(std::string_view paragraph, int end) {
  std::string_view rest = paragraph.substr(std::min<size_t>(end, paragraph.size()));
  if (rest.substr(0, 2) == "'s" || rest.substr(0, 4) == "\xE2\x80\x99s") return "poss";
  return "";
}

namespace {

// Frame trigger values "appoint:active[:future]" as "appoint:active".
std::string FrameClass(const std::string& value) {
  size_t c1 = value.find(':');
  if (c1 == std::string::npos) return value;
  size_t c2 = value.find(':', c1 + 1);
  return value.substr(0, c2);
}

}  // namespace

namespace {

// A trigger or title row of the tables, with its feature class built once.
struct LexRow {
  std::string cls;
  bool english = false;  // whole words of the lowercased text; else a substring
  std::string text;
  std::string lang;  // en | ko | ja
};

// Which scripts a text holds, to skip the rows of the others: ASCII letters, Hangul syllables
// (UTF-8 lead bytes EA-ED), kana and CJK ideographs (lead bytes E3-E9).
struct Scripts {
  bool latin = false, hangul = false, cjk = false;
  explicit Scripts(std::string_view t) {
    for (unsigned char c : t) {
      latin = latin || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      hangul = hangul || (c >= 0xEA && c <= 0xED);
      cjk = cjk || (c >= 0xE3 && c <= 0xE9);
    }
  }
  bool Holds(const std::string& lang) const { return lang == "en" ? latin : lang == "ko" ? hangul : cjk; }
};

const std::vector<LexRow>& TriggerRows() {
  static const std::vector<LexRow>* rows = [] {
    auto* out = new std::vector<LexRow>();
    for (const CueRow& row : CueLexicon::Default().rows()) {
      if (row.kind == "cue")
        out->push_back({"cue=" + row.value, row.lang == "en", row.text, row.lang});
      else if (row.kind == "past" || row.kind == "earlier")
        out->push_back({"cue=" + row.kind, row.lang == "en", row.text, row.lang});
    }
    for (const FrameReader::Row& row : FrameReader::Default().rows())
      if (row.kind == "trigger")
        out->push_back({"frame=" + FrameClass(row.value), row.lang == "en", row.text, row.lang});
    std::erase_if(*out, [](const LexRow& r) { return r.text.empty(); });
    return out;
  }();
  return *rows;
}

const std::vector<LexRow>& TitleRows() {
  static const std::vector<LexRow>* rows = [] {
    auto* out = new std::vector<LexRow>();
    for (const FrameReader::Row& row : FrameReader::Default().rows())
      if (row.kind == "title" && !row.text.empty())
        out->push_back({"title", row.lang == "en", row.text, row.lang});
    return out;
  }();
  return *rows;
}

// The first place from `from` where `text` occurs in `hay` (as a whole word when `english`), or npos.
size_t FindRow(std::string_view hay, std::string_view text, bool english, size_t from = 0) {
  for (size_t f = hay.find(text, from); f != std::string_view::npos; f = hay.find(text, f + 1)) {
    const size_t e = f + text.size();
    if (!english || ((f == 0 || !IsAsciiAlnum(hay[f - 1])) && (e >= hay.size() || !IsAsciiAlnum(hay[e]))))
      return f;
  }
  return std::string_view::npos;
}

// frames.tsv not_trigger rows: phrases in which a trigger word has another sense ("fired two
// rounds", "fired at").
const std::vector<LexRow>& MaskRows() {
  static const std::vector<LexRow>* rows = [] {
    auto* out = new std::vector<LexRow>();
    for (const FrameReader::Row& row : FrameReader::Default().rows())
      if (row.kind == "not_trigger" && !row.text.empty())
        out->push_back({"not_trigger", row.lang == "en", row.text, row.lang});
    return out;
  }();
  return *rows;
}

}  // namespace

std::vector<TriggerHit> TriggerHits(std::string_view sentence) {
  std::vector<TriggerHit> out;
  const std::string lower = LowerAscii(sentence);
  const Scripts scripts(sentence);
  // (A row with a byte pair the sentence lacks is not searched for.)
  const BigramFilter lower_pairs(lower), pairs(sentence);
  std::vector<std::pair<size_t, size_t>> masked;
  for (const LexRow& row : MaskRows()) {
    if (!scripts.Holds(row.lang) || !(row.english ? lower_pairs : pairs).MayContain(row.text)) continue;
    const std::string_view hay = row.english ? std::string_view(lower) : sentence;
    for (size_t f = FindRow(hay, row.text, row.english); f != std::string_view::npos;
         f = FindRow(hay, row.text, row.english, f + 1))
      masked.emplace_back(f, f + row.text.size());
  }
  auto inside_mask = [&](size_t f, size_t e) {
    return std::any_of(masked.begin(), masked.end(),
                       [&](const auto& m) { return f >= m.first && e <= m.second; });
  };
  for (const LexRow& row : TriggerRows()) {
    if (!scripts.Holds(row.lang) || !(row.english ? lower_pairs : pairs).MayContain(row.text)) continue;
    const std::string_view hay = row.english ? std::string_view(lower) : sentence;
    size_t f = FindRow(hay, row.text, row.english);
    while (f != std::string_view::npos && inside_mask(f, f + row.text.size()))
      f = FindRow(hay, row.text, row.english, f + 1);
    if (f != std::string_view::npos) out.push_back({row.cls, static_cast<int>(f)});
  }
  std::sort(out.begin(), out.end(), [](const TriggerHit& a, const TriggerHit& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.cls < b.cls;
  });
  return out;
}

bool IsMoveTrigger(std::string_view cls) {
  if (cls.substr(0, 6) == "frame=") return true;
  for (std::string_view k : {"cue=offer", "cue=hire", "cue=join", "cue=decline", "cue=accept", "cue=leave",
                             "cue=acquihire", "cue=designate"})
    if (cls == k) return true;
  return false;
}

std::vector<std::string> TriggerClasses(std::string_view sentence) {
  std::set<std::string> out;
  for (const TriggerHit& h : TriggerHits(sentence)) out.insert(h.cls);
  return {out.begin(), out.end()};
}

std::string TitleNextTo(std::string_view paragraph, int start, int end) {
  const size_t b = start > 24 ? start - 24 : 0;
  const std::string before = LowerAscii(paragraph.substr(b, start - b));
  const std::string_view after = paragraph.substr(std::min<size_t>(end, paragraph.size()), 24);
  const std::string after_lower = LowerAscii(after);
  for (const LexRow& row : TitleRows()) {
    if (row.english) {
      if (FindRow(before, row.text, true) != std::string_view::npos) return "before";
      if (FindRow(after_lower, row.text, true) != std::string_view::npos) return "after";
    } else if (after.find(row.text) <= 4) {
      return "after";
    }
  }
  return "";
}

bool KoreanTeamPhrase(std::string_view name) {
  const bool hangul =
      std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  constexpr std::string_view kTeam = "팀";
  const size_t space = name.rfind(' ');
  if (!hangul || space == std::string_view::npos) return false;
  if ((name.size() > kTeam.size() && name.substr(name.size() - kTeam.size()) == kTeam) ||
      FrameReader::Default().KoreanUnit(name))
    return true;
  // "딥로직스 소속", "오픈AI 출신": the last word is a source marker of frames.tsv (where people
  // come from), so the phrase describes the people after it.
  const std::string_view last = name.substr(space + 1);
  for (const FrameReader::Row& row : FrameReader::Default().rows())
    if (row.kind == "marker" && row.lang == "ko" && row.value == "source" && row.text == last) return true;
  return false;
}

}  // namespace hirewire::normalize

namespace hirewire::normalize {
namespace {

using PairKey = std::pair<int, int>;  // person, org

// A mention of the paragraph's analysis with its entity and sentence.
struct MentionAt {
  int entity = 0;
  const Mention* m = nullptr;
  size_t token = 0;
};

// Person and organization mentions of each sentence of a paragraph.
struct SentenceMentions {
  int sentence = 0;
  std::vector<MentionAt> persons, orgs;
};

std::vector<SentenceMentions> MentionsBySentence(const Article& a, const ParagraphAnalysis& pa) {
  std::map<int, SentenceMentions> by;
  for (const MentionRef& r : pa.mentions) {
    if (r.entity < 0 || r.entity >= static_cast<int>(a.entities.size())) continue;
    const Entity& e = a.entities[r.entity];
    if (r.mention < 0 || r.mention >= static_cast<int>(e.mentions.size())) continue;
    const Mention& m = e.mentions[r.mention];
    size_t ti = TokenAt(pa, m.start);
    if (ti >= pa.tokens.size()) continue;
    int s = pa.tokens[ti].sentence;
    SentenceMentions& sm = by[s];
    sm.sentence = s;
    MentionAt at{r.entity, &m, ti};
    if (e.type == EntityType::kPerson) {
      if (!KoreanTeamPhrase(e.name)) sm.persons.push_back(at);
    } else if (IsOrgType(e.type)) {
      sm.orgs.push_back(at);
    }
  }
  std::vector<SentenceMentions> out;
  for (auto& [s, sm] : by)
    if (!sm.persons.empty() && !sm.orgs.empty()) out.push_back(std::move(sm));
  return out;
}

// Features of one person mention and one organization mention in a sentence.
struct SentenceView {
  const Article* article = nullptr;
  int paragraph = 0;
  const ParagraphAnalysis* pa = nullptr;
  const SentenceMentions* sm = nullptr;
  const std::vector<TriggerHit>* triggers = nullptr;  // positions in the paragraph
};

bool InQuote(const ParagraphAnalysis& pa, const Mention& m) {
  for (const TextSpan& q : pa.quotes)
    if (m.start >= q.start && m.end <= q.end) return true;
  return false;
}

int CountBetween(const std::vector<MentionAt>& ms, int skip_entity, int from, int to) {
  std::set<int> seen;
  for (const MentionAt& x : ms)
    if (x.entity != skip_entity && x.m->start >= from && x.m->end <= to) seen.insert(x.entity);
  return static_cast<int>(seen.size());
}

std::string ParagraphBucket(int p) {
  return p == 0 ? "0" : p == 1 ? "1" : p == 2 ? "2" : p <= 5 ? "3-5" : "6+";
}

// The organization's marker: Korean particle after it, English preposition before it or "'s" after.
std::string OrgMarker(const SentenceView& v, const Mention& om) {
  std::string_view para = v.article->paragraphs[v.paragraph];
  std::string ko = KoreanMarkerAfter(para, *v.pa, om.end);
  if (!ko.empty()) return ko;
  std::string en = EnglishMarkerBefore(para, *v.pa, om.start);
  if (!en.empty()) return en;
  return EnglishPossessiveAfter(para, om.end);
}

std::string PersonMarker(const SentenceView& v, const Mention& pm) {
  std::string_view para = v.article->paragraphs[v.paragraph];
  std::string ko = KoreanMarkerAfter(para, *v.pa, pm.end);
  if (!ko.empty()) return ko;
  return EnglishMarkerBefore(para, *v.pa, pm.start);
}

void AddMentionPairFeatures(const SentenceView& v, const MentionAt& p, const MentionAt& o,
                            std::set<std::string>* f) {
  const bool person_first = p.m->start < o.m->start;
  const std::string order = person_first ? "po" : "op";
  const int from = std::min(p.m->end, o.m->end), to = std::max(p.m->start, o.m->start);
  const int dist = static_cast<int>(std::max(p.token, o.token) - std::min(p.token, o.token));
  const std::string om = OrgMarker(v, *o.m), pmk = PersonMarker(v, *p.m);
  const std::string_view para = v.article->paragraphs[v.paragraph];
  f->insert("order=" + order);
  f->insert("dist=" + DistanceBucket(dist - 1));
  f->insert("order_dist=" + order + ":" + DistanceBucket(dist - 1));
  f->insert("orgs_between=" + CountBucket(CountBetween(v.sm->orgs, o.entity, from, to)));
  f->insert("persons_between=" + CountBucket(CountBetween(v.sm->persons, p.entity, from, to)));
  f->insert("org_marker=" + om);
  f->insert("org_marker_order=" + om + ":" + order);
  f->insert("person_marker=" + pmk);
  f->insert("markers=" + pmk + ":" + om);
  if (extract::IsSpeaker(para, v.pa->speech, p.m->start, p.m->end)) f->insert("person_speaker");
  if (InQuote(*v.pa, *p.m)) f->insert("person_in_quote");
  if (InQuote(*v.pa, *o.m)) f->insert("org_in_quote");
  f->insert("para=" + ParagraphBucket(v.paragraph));
  for (const TriggerHit& h : *v.triggers) {
    const std::string& t = h.cls;
    const std::string where = h.pos < std::min(p.m->start, o.m->start) ? "before"
                              : h.pos >= std::max(p.m->end, o.m->end)  ? "after"
                                                                       : "between";
    f->insert(t);
    f->insert(t + "@" + where);
    f->insert(t + "@" + where + "|order=" + order);
    f->insert(t + "|org_marker=" + om);
    f->insert(t + "|person_marker=" + pmk);
  }
  if (v.triggers->empty()) f->insert("no_trigger");
  const std::string title = TitleNextTo(para, p.m->start, p.m->end);
  if (!title.empty()) f->insert("person_title=" + title);
  if (&o == &v.sm->orgs.front() || v.sm->orgs.front().entity == o.entity) f->insert("org_first_in_sentence");
  if (&p == &v.sm->persons.front() || v.sm->persons.front().entity == p.entity)
    f->insert("person_first_in_sentence");
}

// The closest mention pair of two entities in a sentence.
std::pair<const MentionAt*, const MentionAt*> Closest(const SentenceMentions& sm, int person, int org) {
  std::pair<const MentionAt*, const MentionAt*> best{nullptr, nullptr};
  size_t best_d = SIZE_MAX;
  for (const MentionAt& p : sm.persons) {
    if (p.entity != person) continue;
    for (const MentionAt& o : sm.orgs) {
      if (o.entity != org) continue;
      size_t d = std::max(p.token, o.token) - std::min(p.token, o.token);
      if (d < best_d) best = {&p, &o}, best_d = d;
    }
  }
  return best;
}

struct PairAcc {
  std::set<std::string> features;
  bool move_trigger = false;
  int sentences = 0;
  Evidence evidence{-1, 0, 0};
};

// Sentence co-occurrence features of every pair of the article.
void SentencePairs(const Article& a, std::map<PairKey, PairAcc>* acc) {
  const size_t np = std::min(a.paragraphs.size(), a.analysis.size());
  for (size_t pi = 0; pi < np; ++pi) {
    const ParagraphAnalysis& pa = a.analysis[pi];
    if (!extract::AnalysisFits(pa, a.paragraphs[pi])) continue;
    for (const SentenceMentions& sm : MentionsBySentence(a, pa)) {
      if (sm.sentence < 0 || sm.sentence >= static_cast<int>(pa.sentences.size())) continue;
      const TextSpan& span = pa.sentences[sm.sentence];
      std::vector<TriggerHit> triggers =
          TriggerHits(std::string_view(a.paragraphs[pi]).substr(span.start, span.end - span.start));
      for (TriggerHit& h : triggers) h.pos += span.start;
      SentenceView v{&a, static_cast<int>(pi), &pa, &sm, &triggers};
      std::set<PairKey> done;
      for (const MentionAt& p : sm.persons)
        for (const MentionAt& o : sm.orgs) {
          if (!done.insert({p.entity, o.entity}).second) continue;
          auto [bp, bo] = Closest(sm, p.entity, o.entity);
          PairAcc& pacc = (*acc)[{p.entity, o.entity}];
          AddMentionPairFeatures(v, *bp, *bo, &pacc.features);
          for (const TriggerHit& h : triggers) pacc.move_trigger = pacc.move_trigger || IsMoveTrigger(h.cls);
          if (pacc.sentences++ == 0) pacc.evidence = {static_cast<int>(pi), span.start, span.end};
        }
    }
  }
}

// The entity pair a rule event names, or {-1, -1}.
PairKey EventPair(const Article& a, const Event& e) {
  if (e.candidate_kind == CandidateKind::kGroup) return {-1, -1};
  int p = EntityNamed(a, e.candidate, NamedClass::kPerson);
  int o = EntityNamed(a, e.employer, NamedClass::kOrganization);
  for (size_t i = 0; o < 0 && i < e.employer_aliases.size(); ++i)
    o = EntityNamed(a, e.employer_aliases[i], NamedClass::kOrganization);
  if (p < 0 || o < 0) return {-1, -1};
  return {p, o};
}

// Features from the rule events about the pair's person and organization.
void RuleFeatures(const Article& a, const std::vector<Event>& rules, const std::vector<PairKey>& keys,
                  PairKey k, std::set<std::string>* f) {
  bool own = false, cand_other = false, org_other = false, prev = false;
  for (size_t i = 0; i < rules.size(); ++i) {
    const Event& e = rules[i];
    if (keys[i] == k) {
      own = true;
      f->insert("rule=" + std::string(EventTypeName(e.type)));
      f->insert("rule_outcome=" + std::string(OutcomeName(e.outcome)));
      continue;
    }
    if (keys[i].first == k.first) cand_other = true;
    if (keys[i].second == k.second) org_other = true;
    if (keys[i].first == k.first &&
        EntityNamed(a, e.previous_employer, NamedClass::kOrganization) == k.second)
      prev = true;
  }
  if (!own) f->insert("rule=none");
  if (cand_other) f->insert(std::string("rule_person_other") + (own ? ":own" : ""));
  if (org_other) f->insert(std::string("rule_org_other") + (own ? ":own" : ""));
  if (prev) f->insert("rule_previous");
}

// Features of the pair as a whole: language, counts, roles.
void PairFeatures(const Article& a, PairKey k, int sentences, std::set<std::string>* f) {
  const Entity& p = a.entities[k.first];
  const Entity& o = a.entities[k.second];
  const std::string lang = a.language.substr(0, 2);
  f->insert("lang=" + lang);
  f->insert("cooc=" + CountBucket(sentences));
  f->insert("person_mentions=" + CountBucket(static_cast<int>(p.mentions.size())));
  f->insert("org_mentions=" + CountBucket(static_cast<int>(o.mentions.size())));
  for (const Role& r : p.roles) {
    if (!r.organization.empty() && (r.organization == o.canonical || r.organization == o.name))
      f->insert("person_role_at_org");
    else if (!r.organization.empty())
      f->insert("person_role_at_other");
  }
  if (o.type == EntityType::kOrganization) f->insert("org_type=organization");
  auto in_p0 = [](const Entity& e) {
    return std::any_of(e.mentions.begin(), e.mentions.end(),
                       [](const Mention& m) { return m.paragraph == 0; });
  };
  if (in_p0(p)) f->insert("person_in_p0");
  if (in_p0(o)) f->insert("org_in_p0");
  if (in_p0(p) && in_p0(o)) f->insert("both_in_p0");
  size_t max_p = 0, max_o = 0;
  for (const Entity& e : a.entities)
    (e.type == EntityType::kPerson ? max_p : max_o) =
        std::max(e.type == EntityType::kPerson ? max_p : max_o,
                 IsOrgType(e.type) || e.type == EntityType::kPerson ? e.mentions.size() : size_t{0});
  if (p.mentions.size() >= max_p) f->insert("person_top");
  if (o.mentions.size() >= max_o) f->insert("org_top");
}

// Conjunctions of the strongest signals.
void Conjunctions(const std::string& lang, std::set<std::string>* f) {
  std::vector<std::string> add;
  std::string rule;
  for (const std::string& x : *f)
    if (x.rfind("rule=", 0) == 0) rule = x;
  for (const std::string& x : *f) {
    if (x.rfind("cue=", 0) == 0 || x.rfind("frame=", 0) == 0 || x.rfind("org_marker=", 0) == 0 ||
        x.rfind("cooc=", 0) == 0 || x == "person_speaker" || x == "no_trigger") {
      if (x.find('|') == std::string::npos) add.push_back(rule + "|" + x);
    }
  }
  add.push_back(rule + "|lang=" + lang);
  for (std::string& x : add) f->insert(std::move(x));
}

}  // namespace

std::vector<PairCandidate> PairCandidates(const Article& article, const std::vector<Event>& rule_events) {
  std::map<PairKey, PairAcc> acc;
  if (article.analysis.size() == article.paragraphs.size()) SentencePairs(article, &acc);
  std::vector<PairKey> keys;
  for (const Event& e : rule_events) keys.push_back(EventPair(article, e));
  for (size_t i = 0; i < rule_events.size(); ++i)
    if (keys[i].first >= 0) {
      PairAcc& pacc = acc[keys[i]];
      if (pacc.evidence.paragraph < 0 && !rule_events[i].evidence.empty())
        pacc.evidence = rule_events[i].evidence[0];
    }
  std::vector<PairCandidate> out;
  const std::string lang = article.language.substr(0, 2);
  for (auto& [k, pacc] : acc) {
    PairCandidate c;
    c.person = k.first;
    c.org = k.second;
    for (size_t i = 0; i < keys.size() && c.rule_event < 0; ++i)
      if (keys[i] == k) c.rule_event = static_cast<int>(i);
    c.evidence = pacc.evidence;
    c.move_trigger = pacc.move_trigger;
    RuleFeatures(article, rule_events, keys, k, &pacc.features);
    PairFeatures(article, k, pacc.sentences, &pacc.features);
    Conjunctions(lang, &pacc.features);
    c.features.assign(pacc.features.begin(), pacc.features.end());
    out.push_back(std::move(c));
  }
  return out;
}

void ScorePairs(const PairModel& model, std::vector<PairCandidate>* candidates) {
  for (PairCandidate& c : *candidates) c.probability = model.model.Probability(c.features);
}

namespace {

// Where the person is first named inside the sentence `ev` (a byte of its paragraph), or -1.
int FirstMentionIn(const Article& a, const Entity& person, const Evidence& ev) {
  if (ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) return -1;
  int first = -1;
  for (const Mention& m : person.mentions)
    if (m.paragraph == ev.paragraph && m.start >= ev.start && m.end <= ev.end &&
        (first < 0 || m.start < first))
      first = m.start;
  return first;
}

// The sentence of `ev` states only a leaving (cues.tsv leave, frames.tsv depart triggers) after the
// person's first mention in it, and no move to or offer from anyone ("하이브에서는 … 차지훈 COO가
// 사임했다"; not "박 단장이 사임했으며, 후임에 … 구본석을 선임했다", nor "새 단장에 구본석…박영민 단장
// 사임"). A move trigger followed by another person before this one's mention is that person's move
// ("Meridian named Claire Dubois president, filling a post left vacant when Tom Aldridge left the
// company").
bool OnlyLeaving(const Article& a, const Entity& person, const Evidence& ev) {
  const int first = FirstMentionIn(a, person, ev);
  if (first < 0) return false;
  const std::string_view text =
      std::string_view(a.paragraphs[ev.paragraph]).substr(ev.start, ev.end - ev.start);
  // Another person named between the mention and the leaving is the one who leaves.
  auto other_between = [&](int from, int to) {
    for (const Entity& e : a.entities)
      if (e.type == EntityType::kPerson && &e != &person)
        for (const Mention& m : e.mentions)
          if (m.paragraph == ev.paragraph && m.start > from && m.start < to) return true;
    return false;
  };
  auto is_leave = [](const TriggerHit& h) {
    return h.cls == "cue=leave" || h.cls.rfind("frame=depart", 0) == 0;
  };
  // Before the mention: any move but one told of another person named after it and before this one.
  for (const TriggerHit& h : TriggerHits(text.substr(0, first - ev.start)))
    if (!is_leave(h) && IsMoveTrigger(h.cls) && !other_between(ev.start + h.pos, first)) return false;
  // From the mention on (searched there, so that a leaving word used earlier does not hide it).
  const int from = first - ev.start;
  bool leave = false;
  for (const TriggerHit& h : TriggerHits(text.substr(from))) {
    if (is_leave(h)) {
      leave = leave || !other_between(first, first + h.pos);
    } else if (IsMoveTrigger(h.cls)) {
      return false;
    }
  }
  return leave;
}

// The person acts on another in the pair's sentence: a hiring or appointing trigger follows their
// first mention there and another person is named right after it, as its object ("Lumen's chief
// executive, Caleb Hart, personally recruited Lindqvist"; not "Whitaker, the executive it had named
// in March as its next CFO, has withdrawn …, and … Maria Gonzalez"): the recruiter, not a candidate
// (issue 10, error kind 2).
bool RecruitsAnother(const Article& a, const Entity& person, const Evidence& ev) {
  constexpr int kObjectWindow = 40;  // bytes from the trigger's start to the object's name
  const int first = FirstMentionIn(a, person, ev);
  if (first < 0) return false;
  const std::string_view text =
      std::string_view(a.paragraphs[ev.paragraph]).substr(ev.start, ev.end - ev.start);
  for (const TriggerHit& h : TriggerHits(text)) {
    const int at = ev.start + h.pos;
    if (at <= first || (h.cls != "cue=hire" && h.cls != "frame=appoint:active")) continue;
    for (const Entity& e : a.entities)
      if (e.type == EntityType::kPerson && &e != &person)
        for (const Mention& m : e.mentions)
          if (m.paragraph == ev.paragraph && m.start > at && m.start - at <= kObjectWindow && m.end <= ev.end)
            return true;
  }
  return false;
}

// The sentence `ev` names the person as the one an appointment replaces (frames.tsv predecessor
// markers: "to replace the retiring Martin Greaves", "succeeding Tom Hale"): they leave the post.
bool NamedAsReplaced(const Article& a, const Entity& person, const Evidence& ev) {
  const int first = FirstMentionIn(a, person, ev);
  if (first < 0) return false;
  const std::string& para = a.paragraphs[ev.paragraph];
  if (Scripts(para).hangul) {
    // "김상철 대표의 후임으로 정우석 부사장이 선임됐다": any mention of the sentence.
    for (const Mention& m : person.mentions)
      if (m.paragraph == ev.paragraph && m.start >= ev.start && m.end <= ev.end &&
          FrameReader::Default().KoreanPredecessorAfter(para, static_cast<size_t>(m.end)))
        return true;
    return false;
  }
  const std::string lower = LowerAscii(para);
  return FrameReader::Default().PredecessorBefore(lower, static_cast<size_t>(first));
}

// The pair's sentence tells a medium's report (cues.tsv report rows: "A blog reported on Monday that Lin had
// accepted an offer") and the article denies (denial rows: "denied a report that it had hired"): the denied
// report, as the rules read it (SettleEvents drops the events only a report tells), no new event.
bool DeniedReport(const Article& a, const Evidence& ev, bool denies) {
  if (!denies || ev.paragraph < 0 || static_cast<size_t>(ev.paragraph) >= a.paragraphs.size()) return false;
  const std::string& para = a.paragraphs[ev.paragraph];
  if (ev.start < 0 || ev.end > static_cast<int>(para.size()) || ev.start >= ev.end) return false;
  const std::string_view text = std::string_view(para).substr(ev.start, ev.end - ev.start);
  return events_detail::HasCueRowOf("report", text, LowerAscii(text));
}

// A new event for a pair the rules did not produce: the facts of the person's dropped rule event
// when there is one (type, outcome, previous employer, role, offers), else a departure when its
// sentence tells only a leaving or names the person as the one replaced, else a hire, joined.
Event NewPairEvent(const Article& a, const PairCandidate& c, const Event* from) {
  Event e;
  if (from) {
    e = *from;
  } else if (OnlyLeaving(a, a.entities[c.person], c.evidence) ||
             NamedAsReplaced(a, a.entities[c.person], c.evidence)) {
    e.type = EventType::kDeparture;
    e.outcome = Outcome::kLeft;
    e.timeline = {"left"};
  } else {
    e.type = EventType::kHire;
    e.outcome = Outcome::kJoined;
    e.timeline = {"joined"};
  }
  e.candidate_kind = CandidateKind::kPerson;
  e.candidate = a.entities[c.person].canonical;
  e.employer = a.entities[c.org].canonical;
  if (e.previous_employer == e.employer) e.previous_employer.clear();
  e.employer_aliases = OwnSpellings(a, e.employer);
  e.previous_employer_aliases = OwnSpellings(a, e.previous_employer);
  if (c.evidence.paragraph >= 0) e.evidence = {c.evidence};
  e.confidence = c.probability;
  return e;
}

// A rule event that is the current employer's counter-offer with its pay ("prompting Corvane to counter with
// an offer of $2.8 million to keep her", "JPMorgan agreed to pay him a retention award of $5 million"): an
// offer with amounts by the organization another rule event of the same person names as where the person
// comes from. The pair model, which reads a stay at one's own employer as no move, does not drop it (its pay
// would be lost).
bool CounterOfferWithPay(const std::vector<Event>& rules, const Event& e) {
  if (e.type != EventType::kOffer || e.offers.empty() || e.candidate_kind != CandidateKind::kPerson ||
      !e.previous_employer.empty() || e.employer.empty())
    return false;
  return std::any_of(rules.begin(), rules.end(), [&](const Event& r) {
    return &r != &e && r.candidate == e.candidate && r.candidate_kind == CandidateKind::kPerson &&
           !SameOrUnit(r.employer, e.employer) && SameOrUnit(r.previous_employer, e.employer);
  });
}

}  // namespace

std::vector<Event> DecidePairs(const Article& article, std::vector<Event> rule_events,
                               const std::vector<PairCandidate>& candidates, double drop_below,
                               double add_above) {
  if (article.paragraphs.size() < kMinPairParagraphs) return rule_events;
  std::map<PairKey, double> prob;
  for (const PairCandidate& c : candidates) prob[{c.person, c.org}] = c.probability;
  std::vector<Event> kept;
  // A kept event already places the person at this organization, written shorter or longer
  // ("Midland State" / "Midland State University"): no second event there; the kept event takes
  // the longer name ("Federal Reserve" / "Federal Reserve Bank of Dallas").
  std::set<std::pair<int, std::string>> placed;
  std::map<int, const Event*> dropped_by_person;
  std::vector<PairKey> keys;
  for (const Event& e : rule_events) keys.push_back(EventPair(article, e));
  for (size_t i = 0; i < rule_events.size(); ++i) {
    auto it = keys[i].first >= 0 ? prob.find(keys[i]) : prob.end();
    if (it != prob.end() && it->second < drop_below && !CounterOfferWithPay(rule_events, rule_events[i])) {
      dropped_by_person.emplace(keys[i].first, &rule_events[i]);
      continue;
    }
    kept.push_back(rule_events[i]);
    if (keys[i].first >= 0) placed.emplace(keys[i].first, rule_events[i].employer);
  }
  // Staying is no move: unless the article tells of a retention or counter-offer, a person is
  // not added at the organization a rule event names as where they come from ("거절하고 넷마블에
  // 남기로 했다" after 스텔라게임즈's offer).
  std::set<std::pair<int, std::string>> origins;
  if (!SpeaksOfRetention(article))
    for (size_t i = 0; i < rule_events.size(); ++i)
      if (keys[i].first >= 0 && !rule_events[i].previous_employer.empty())
        origins.emplace(keys[i].first, rule_events[i].previous_employer);
  std::map<std::pair<int, std::string>, const PairCandidate*>
      longer;  // (person, kept employer) -> longer name
  auto placed_at = [&](const PairCandidate& c) {
    const std::string& org = article.entities[c.org].canonical;
    for (auto it = placed.lower_bound({c.person, ""}); it != placed.end() && it->first == c.person; ++it) {
      if (!SameOrUnit(it->second, org)) continue;
      const PairCandidate*& l = longer[*it];
      if (org.size() > it->second.size() && (!l || c.probability > l->probability)) l = &c;
      return true;
    }
    return false;
  };
  // At most one new event per person: the best organization above the threshold.
  std::map<int, const PairCandidate*> best;
  const bool denies = events_detail::ArticleDenies(article);
  for (const PairCandidate& c : candidates) {
    if (c.rule_event >= 0 || !c.move_trigger || c.probability <= add_above) continue;
    if (origins.count({c.person, article.entities[c.org].canonical})) continue;
    if (placed_at(c)) continue;
    if (RecruitsAnother(article, article.entities[c.person], c.evidence)) continue;
    if (DeniedReport(article, c.evidence, denies)) continue;
    const PairCandidate*& b = best[c.person];
    if (!b || c.probability > b->probability) b = &c;
  }
  for (Event& e : kept) {
    auto it = longer.find({EventPair(article, e).first, e.employer});
    if (it == longer.end() || !it->second) continue;
    e.employer = article.entities[it->second->org].canonical;
    e.employer_aliases = OwnSpellings(article, e.employer);
  }
  for (auto& [person, c] : best) {
    auto d = dropped_by_person.find(person);
    kept.push_back(NewPairEvent(article, *c, d == dropped_by_person.end() ? nullptr : d->second));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Event& x, const Event& y) {
    auto k = [](const Event& e) {
      return e.evidence.empty() ? std::make_pair(1 << 30, 0)
                                : std::make_pair(e.evidence[0].paragraph, e.evidence[0].start);
    };
    return k(x) < k(y);
  });
  return kept;
}

namespace {

std::vector<Event> ScoreAndDecide(const Article& article, std::vector<Event> rule_events,
                                  const PairModel& model) {
  std::vector<PairCandidate> cands = PairCandidates(article, rule_events);
  // Only rule pairs (kept or dropped) and pairs with a move trigger (added or not) are decided on.
  std::erase_if(cands, [](const PairCandidate& c) { return c.rule_event < 0 && !c.move_trigger; });
  ScorePairs(model, &cands);
  return DecidePairs(article, std::move(rule_events), cands, model.drop_below, model.add_above);
}

}  // namespace

std::vector<Event> ApplyPairModel(const Article& article, std::vector<Event> rule_events,
                                  const PairModel& model) {
  if (model.drop_below <= 0.0 && model.add_above >= 1.0) return rule_events;
  if (article.paragraphs.size() < kMinPairParagraphs) return rule_events;
  // The features read the sentence analysis with its mentions; an article that comes without
  // (BuildEvents called outside the pipeline) gets one on a copy, as the pipeline would build it.
  const extract::SentenceAnalyzer* analyzer = extract::SentenceAnalyzer::Default();
  if (!extract::MentionsIndexed(article) && analyzer) {
    Article copy = article;
    analyzer->AnalyzeArticle(&copy);
    extract::IndexMentions(&copy);
    return ScoreAndDecide(copy, std::move(rule_events), model);
  }
  return ScoreAndDecide(article, std::move(rule_events), model);
}

}  // namespace hirewire::normalize
