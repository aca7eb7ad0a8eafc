#include "normalize/event_roles.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "corpus/text.h"
#include "corpus/tsv.h"
#include "normalize/cues.h"
#include "normalize/frames.h"
#include "normalize/name_key.h"

namespace hirewire::normalize {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// A byte that may stand right before or after a Korean word: start/end, space, ASCII punctuation.
bool IsBoundaryByte(char c) { return static_cast<unsigned char>(c) < 0x80 && !IsAsciiAlnum(c); }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool HasHangul(std::string_view s) {
  // Hangul syllables U+AC00..U+D7A3 are EA B0 80 .. ED 9E A3 in UTF-8.
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xEA && c <= 0xED && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) return true;
  }
  return false;
}

bool HasKana(std::string_view s) {
  // Hiragana and katakana U+3040..U+30FF are E3 81 80 .. E3 83 BF.
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xE3) {
      unsigned char c = static_cast<unsigned char>(s[i + 1]);
      if (c >= 0x81 && c <= 0x83) return true;
    }
  return false;
}

std::string_view LanguageOf(std::string_view text) {
  if (HasKana(text)) return "ja";
  return HasHangul(text) ? "ko" : "en";
}

constexpr size_t kMinParagraphs = 3;

std::string CountBucket(int n) { return n <= 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : "3+"; }

double ParseThreshold(std::string_view tsv, std::string_view name, double fallback) {
  std::string key = "# threshold " + std::string(name) + "=";
  size_t at = tsv.find(key);
  if (at == std::string_view::npos) return fallback;
  return std::strtod(std::string(tsv.substr(at + key.size(), 32)).c_str(), nullptr);
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Cue classes.

Result<RoleCues> RoleCues::FromTsv(std::string_view tsv) {
  static const std::set<std::string> kClasses = {
      "source", "dest",   "past",  "future", "done",   "designate", "negation", "decline", "withdraw",
      "offer",  "accept", "leave", "fail",   "speech", "retain",    "plan",     "acquire"};
  RoleCues cues;
  Status s =
      ForEachTsvRow(tsv, "role cue table", TsvHeader::kNone, [&](const std::vector<std::string>& f, int) {
        if (f.size() < 3 || f[2].empty())
          return Status::InvalidArgument("want class, language, text[, match]");
        if (!kClasses.count(f[0])) return Status::InvalidArgument("unknown class " + f[0]);
        if (f[1] != "en" && f[1] != "ko" && f[1] != "ja")
          return Status::InvalidArgument("unknown language " + f[1]);
        Row r{f[0], f[1], f[1] == "en" ? AsciiLower(f[2]) : f[2]};
        std::string match = f.size() > 3 ? f[3] : "";
        if (match == "word")
          r.word_start = true;
        else if (match == "alone")
          r.word_start = r.alone = true;
        else if (!match.empty())
          return Status::InvalidArgument("unknown match " + match);
        if (r.lang == "en" && !match.empty())
          return Status::InvalidArgument("English rows always match whole words");
        for (const Row& o : cues.rows_)
          if (o.lang == r.lang && o.text == r.text)
            return Status::InvalidArgument("'" + f[2] + "' listed twice");
        cues.rows_.push_back(std::move(r));
        return Status::Ok();
      });
  if (!s.ok()) return s;
  for (size_t i = 0; i < cues.rows_.size(); ++i) cues.by_length_.push_back(static_cast<int>(i));
  std::stable_sort(cues.by_length_.begin(), cues.by_length_.end(),
                   [&](int a, int b) { return cues.rows_[a].text.size() > cues.rows_[b].text.size(); });
  return cues;
}

const RoleCues& RoleCues::Default() {
  static const RoleCues* cues = new RoleCues(EmbeddedOrDie(FromTsv(EmbeddedRoleCuesTsv()), "role cue table"));
  return *cues;
}

std::vector<RoleCues::Hit> RoleCues::Find(std::string_view text) const {
  const std::string lower = AsciiLower(text);
  std::vector<bool> claimed(text.size(), false);
  std::vector<Hit> out;
  for (int ri : by_length_) {
    const Row& r = rows_[ri];
    bool en = r.lang == "en";
    std::string_view s = en ? std::string_view(lower) : text;
    for (size_t f = s.find(r.text); f != std::string_view::npos; f = s.find(r.text, f + 1)) {
      size_t e = f + r.text.size();
      bool before_ok = f == 0 || (en ? !IsAsciiAlnum(s[f - 1]) : IsBoundaryByte(s[f - 1]));
      bool after_ok = e >= s.size() || (en ? !IsAsciiAlnum(s[e]) : IsBoundaryByte(s[e]));
      if ((en || r.word_start) && !before_ok) continue;
      if ((en || r.alone) && !after_ok) continue;
      if (std::find(claimed.begin() + f, claimed.begin() + e, true) != claimed.begin() + e) continue;
      std::fill(claimed.begin() + f, claimed.begin() + e, true);
      out.push_back({ri, static_cast<int>(f), static_cast<int>(e)});
    }
  }
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  return out;
}

std::vector<std::string> RoleCues::ClassesIn(std::string_view text, int start, int end) const {
  std::set<std::string> classes;
  for (const Hit& h : Find(text))
    if (h.start >= start && h.end <= end) classes.insert(rows_[h.row].cls);
  return {classes.begin(), classes.end()};
}

// ---------------------------------------------------------------------------------------
// Models.

Result<RoleModels> RoleModels::FromTsv(std::string_view previous_tsv, std::string_view outcome_tsv) {
  RoleModels m;
  auto prev = LinearModel::FromTsv(previous_tsv, "event_previous.tsv");
  if (!prev.ok()) return prev.status();
  auto outcome = LinearModel::FromTsv(outcome_tsv, "event_outcome.tsv");
  if (!outcome.ok()) return outcome.status();
  m.previous = std::move(prev).value();
  m.outcome = std::move(outcome).value();
  m.previous_threshold = ParseThreshold(previous_tsv, "previous", 0.5);
  m.previous_keep = ParseThreshold(previous_tsv, "keep", m.previous_threshold);
  m.outcome_switch = ParseThreshold(outcome_tsv, "switch", 0.0);
  return m;
}

const RoleModels& RoleModels::Default() {
  static const RoleModels* m = new RoleModels(
      EmbeddedOrDie(FromTsv(EmbeddedPreviousModelTsv(), EmbeddedOutcomeModelTsv()), "role model tables"));
  return *m;
}

std::string RoleModels::ToTsv(const LinearModel& model, std::string_view threshold_name, double threshold,
                              std::string_view comment) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4g", threshold);
  std::string c(comment);
  if (!c.empty() && c.back() != '\n') c += '\n';
  c += "threshold " + std::string(threshold_name) + "=" + buf;
  return model.ToTsv(c);
}

// ---------------------------------------------------------------------------------------
// Feature pieces.

std::string WordGapBucket(std::string_view between) {
  // Words with a letter or digit (or any non-ASCII byte); punctuation alone is no word.
  int words = 0;
  bool counted = false;  // the current word is counted
  for (char c : between) {
    if (IsSpace(c)) {
      counted = false;
      continue;
    }
    if (!counted && !IsBoundaryByte(c)) ++words, counted = true;
  }
  if (words == 0) return "0";
  if (words <= 2) return "1-2";
  if (words <= 5) return "3-5";
  if (words <= 10) return "6-10";
  return words <= 20 ? "11-20" : "21+";
}

namespace {

// Strips ASCII punctuation from both ends of a word.
std::string_view TrimPunct(std::string_view w) {
  while (!w.empty() && IsBoundaryByte(w.front())) w.remove_prefix(1);
  while (!w.empty() && IsBoundaryByte(w.back())) w.remove_suffix(1);
  return w;
}

constexpr size_t kMaxCueWord = 12;

}  // namespace

std::string WordBefore(std::string_view text, int sentence_start, int start) {
  size_t e = static_cast<size_t>(start);
  size_t lo = static_cast<size_t>(std::max(0, sentence_start));
  while (e > lo && IsSpace(text[e - 1])) --e;
  size_t b = e;
  while (b > lo && !IsSpace(text[b - 1])) --b;
  std::string_view w = TrimPunct(text.substr(b, e - b));
  // "ex-Google": the word before the name is the prefix glued to it.
  if (w.empty() && e == static_cast<size_t>(start) && e > lo) {
    size_t g = e;
    while (g > lo && !IsSpace(text[g - 1])) --g;
    w = TrimPunct(text.substr(g, e - g));
  }
  if (w.size() > kMaxCueWord) return "";
  return AsciiLower(w);
}

std::string AfterName(std::string_view text, int sentence_end, int end) {
  size_t e = static_cast<size_t>(end), hi = std::min(text.size(), static_cast<size_t>(sentence_end));
  size_t w = e;
  while (w < hi && !IsSpace(text[w])) ++w;
  std::string_view glued = TrimPunct(text.substr(e, w - e));
  if (!glued.empty() && text.substr(e, 2) != "'s" && glued.size() <= kMaxCueWord) return AsciiLower(glued);
  if (text.substr(e, 2) == "'s" || text.substr(e, 4) == "\xE2\x80\x99s") return "'s";
  if (w > e) return "";  // punctuation or a long glued word
  size_t b = w;
  while (b < hi && IsSpace(text[b])) ++b;
  size_t n = b;
  while (n < hi && !IsSpace(text[n])) ++n;
  std::string_view next = TrimPunct(text.substr(b, n - b));
  if (next.empty() || next.size() > kMaxCueWord) return "";
  return "+" + AsciiLower(next);
}

std::vector<Outcome> AllowedOutcomes(EventType type) {
  switch (type) {
    case EventType::kHire: return {Outcome::kJoined, Outcome::kAccepted};
    case EventType::kDeparture: return {Outcome::kLeft};
    case EventType::kOffer:
      return {Outcome::kOffered, Outcome::kDeclined, Outcome::kAccepted, Outcome::kJoined};
    case EventType::kAcquihire: return {Outcome::kJoined, Outcome::kAccepted, Outcome::kOffered};
    case EventType::kAcquisitionAttempt: return {Outcome::kFailed, Outcome::kOffered};
  }
  return {};
}

std::vector<std::string> OutcomeClassFeatures(Outcome o, const std::vector<std::string>& features) {
  std::string prefix = std::string(OutcomeName(o)) + ":";
  std::vector<std::string> out;
  out.reserve(features.size() + 1);
  out.push_back(prefix + "(bias)");
  for (const std::string& f : features) out.push_back(prefix + f);
  return out;
}

// ---------------------------------------------------------------------------------------
// The article as the role passes read it: sentences, cue hits per paragraph (found once),
// entities by name.

namespace {

struct Place {
  int paragraph = 0, start = 0, end = 0;
};

// The frames table's rows of how far a move went and when (kinds aspect, start, when, effective,
// time, premod) found in `text`: English rows as whole words of the lowercased text, others as
// substrings. Class "fr_KIND" or "fr_KIND_VALUE" ("fr_time" whatever its value).
std::vector<std::pair<std::string, std::pair<int, int>>> FrameClassHits(std::string_view text) {
  static const std::set<std::string> kKinds = {"aspect", "start", "when", "effective", "time", "premod"};
  const std::string lower = AsciiLower(text);
  std::vector<std::pair<std::string, std::pair<int, int>>> out;
  for (const FrameReader::Row& r : FrameReader::Default().rows()) {
    if (!kKinds.count(r.kind) || r.text.empty()) continue;
    bool en = r.lang == "en";
    std::string_view s = en ? std::string_view(lower) : text;
    // A time row's value says where it counts (before the trigger), not what it is: one class.
    std::string cls = "fr_" + r.kind + (r.value.empty() || r.kind == "time" ? "" : "_" + r.value);
    for (size_t f = s.find(r.text); f != std::string_view::npos; f = s.find(r.text, f + 1)) {
      size_t e = f + r.text.size();
      if (en && ((f > 0 && IsAsciiAlnum(s[f - 1])) || (e < s.size() && IsAsciiAlnum(s[e])))) continue;
      out.push_back({cls, {static_cast<int>(f), static_cast<int>(e)}});
    }
  }
  return out;
}

class RoleView {
 public:
  RoleView(const Article& a, const ParagraphSentences& s)
      : article(a), sentences(s), hits_(a.paragraphs.size()), frame_hits_(a.paragraphs.size()) {}

  const Article& article;
  const ParagraphSentences& sentences;

  const std::vector<RoleCues::Hit>& Hits(int p) const {
    if (!hits_[p]) hits_[p] = RoleCues::Default().Find(article.paragraphs[p]);
    return *hits_[p];
  }
  // Classes of the hits inside [start, end) of paragraph p, each once: role cue classes and the
  // aspect, time and start classes of the frames table ("fr_aspect_future", "fr_when").
  const std::vector<std::string>& Classes(int p, int start, int end) const {
    auto [it, fresh] = classes_.try_emplace({p, start, end});
    if (fresh) it->second = ClassesUncached(p, start, end);
    return it->second;
  }
  std::vector<std::string> ClassesUncached(int p, int start, int end) const {
    std::set<std::string> out;
    for (const RoleCues::Hit& h : Hits(p))
      if (h.start >= start && h.end <= end) out.insert(RoleCues::Default().rows()[h.row].cls);
    if (!frame_hits_[p]) frame_hits_[p] = FrameClassHits(article.paragraphs[p]);
    for (const auto& [cls, span] : *frame_hits_[p])
      if (span.first >= start && span.second <= end) out.insert(cls);
    return {out.begin(), out.end()};
  }
  // The sentence of paragraph p holding byte `pos` ([start, end)), or the paragraph.
  std::pair<int, int> SentenceAt(int p, int pos) const {
    if (p < static_cast<int>(sentences.size()))
      for (const auto& s : sentences[p])
        if (pos >= s.first && pos < s.second) return s;
    return {0, static_cast<int>(article.paragraphs[p].size())};
  }
  std::string_view Text(int p) const { return article.paragraphs[p]; }
  // The hiring cue kinds (cues.tsv kind=cue) of the sentence [start, end) of paragraph p, read once
  // per sentence (several events share sentences).
  const std::vector<std::string>& CueKinds(int p, int start, int end) const {
    auto [it, fresh] = cue_kinds_.try_emplace({p, start, end});
    if (fresh)
      for (int r : CueLexicon::Default().RowsIn(Text(p).substr(start, end - start)))
        if (CueLexicon::Default().rows()[r].kind == "cue")
          it->second.push_back(CueLexicon::Default().rows()[r].value);
    return it->second;
  }

 private:
  mutable std::vector<std::optional<std::vector<RoleCues::Hit>>> hits_;
  mutable std::vector<std::optional<std::vector<std::pair<std::string, std::pair<int, int>>>>> frame_hits_;
  mutable std::map<std::tuple<int, int, int>, std::vector<std::string>> cue_kinds_;
  mutable std::map<std::tuple<int, int, int>, std::vector<std::string>> classes_;
};

bool IsOrg(const Entity& e) { return e.type != EntityType::kPerson; }

// Where the event's candidate is written: the mentions of the person entities it names, else
// its words (or the start) in each evidence sentence.
std::vector<Place> CandidateAnchors(const RoleView& v, const Event& e) {
  std::vector<Place> out;
  std::string key = NameKey(e.candidate);
  int np = static_cast<int>(v.article.paragraphs.size());
  for (const Entity& ent : v.article.entities)
    if (ent.type == EntityType::kPerson && EntitySpells(ent, key))
      for (const Mention& m : ent.mentions)
        if (m.paragraph >= 0 && m.paragraph < np) out.push_back({m.paragraph, m.start, m.end});
  if (!out.empty()) return out;
  for (const Evidence& ev : e.evidence) {
    if (ev.paragraph < 0 || ev.paragraph >= np) continue;
    std::string_view t = v.Text(ev.paragraph).substr(0, static_cast<size_t>(ev.end));
    size_t at =
        e.candidate.empty() ? std::string_view::npos : t.find(e.candidate, static_cast<size_t>(ev.start));
    if (at != std::string_view::npos)
      out.push_back({ev.paragraph, static_cast<int>(at), static_cast<int>(at + e.candidate.size())});
    else
      out.push_back({ev.paragraph, ev.start, ev.start});
  }
  return out;
}

bool InEvidence(const Event& e, int p, int pos) {
  for (const Evidence& ev : e.evidence)
    if (ev.paragraph == p && pos >= ev.start && pos < ev.end) return true;
  return false;
}

std::string_view EventLanguage(const RoleView& v, const Event& e) {
  if (!e.evidence.empty() && e.evidence[0].paragraph < static_cast<int>(v.article.paragraphs.size()))
    return LanguageOf(v.Text(e.evidence[0].paragraph));
  return LanguageOf(v.article.title + (v.article.paragraphs.empty() ? "" : v.article.paragraphs[0]));
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Previous employer.

namespace {

// The closest pairing of an organization mention with a candidate anchor.
struct Pairing {
  Place org, anchor;
  bool found = false;  // a mention in a paragraph holding the candidate
  bool same_sentence = false;
  int gap = std::numeric_limits<int>::max();  // bytes between the two
};

Pairing ClosestPairing(const RoleView& v, const std::vector<int>& entities,
                       const std::vector<Place>& anchors) {
  Pairing best;
  Place first{-1, 0, 0};
  for (int ei : entities)
    for (const Mention& m : v.article.entities[ei].mentions) {
      if (m.paragraph < 0 || m.paragraph >= static_cast<int>(v.article.paragraphs.size())) continue;
      Place o{m.paragraph, m.start, m.end};
      if (first.paragraph < 0 ||
          std::make_pair(o.paragraph, o.start) < std::make_pair(first.paragraph, first.start))
        first = o;
      for (const Place& a : anchors) {
        if (a.paragraph != o.paragraph) continue;
        bool same = v.SentenceAt(o.paragraph, o.start) == v.SentenceAt(a.paragraph, a.start);
        int gap = o.start >= a.end ? o.start - a.end : std::max(0, a.start - o.end);
        if (!best.found || std::make_pair(!same, gap) < std::make_pair(!best.same_sentence, best.gap))
          best = {o, a, true, same, gap};
      }
    }
  if (!best.found) best.org = first;
  return best;
}

// Features of where the organization's closest mention stands from the candidate.
void PlacementFeatures(const RoleView& v, const Event& e, const Pairing& pr, std::vector<std::string>* f) {
  if (!pr.found) {
    f->push_back("rel=other");
    if (pr.org.paragraph >= 0 && InEvidence(e, pr.org.paragraph, pr.org.start)) f->push_back("evid");
    return;
  }
  const Place& o = pr.org;
  const Place& a = pr.anchor;
  std::string rel = pr.same_sentence ? "same_sent" : "same_para";
  std::string order = o.start < a.start ? "before" : "after";
  f->push_back("rel=" + rel);
  f->push_back("order=" + rel + "|" + order);
  std::string_view text = v.Text(o.paragraph);
  int lo = std::min(o.end, a.end), hi = std::max(o.start, a.start);
  if (lo > hi) std::swap(lo, hi);
  if (pr.same_sentence) {
    f->push_back("gap=" + order + "|" + WordGapBucket(text.substr(lo, hi - lo)));
    for (const std::string& c : v.Classes(o.paragraph, lo, hi)) f->push_back("between=" + order + "|" + c);
  }
  auto sent = v.SentenceAt(o.paragraph, o.start);
  for (const std::string& c : v.Classes(o.paragraph, sent.first, sent.second)) f->push_back("sent=" + c);
  if (std::string w = WordBefore(text, sent.first, o.start); !w.empty()) f->push_back("before_word=" + w);
  if (std::string w = AfterName(text, sent.second, o.end); !w.empty()) f->push_back("after=" + w);
  if (InEvidence(e, o.paragraph, o.start)) f->push_back("evid");
}

// Organizations by canonical name (first appearance order), without people.
std::vector<PreviousCandidate> OrgGroups(const Article& a) {
  std::vector<PreviousCandidate> out;
  std::map<std::string, size_t> at;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& ent = a.entities[i];
    if (!IsOrg(ent) || ent.canonical.empty()) continue;
    auto [it, fresh] = at.emplace(ent.canonical, out.size());
    if (fresh) out.push_back({ent.canonical, {}, {}, 0.0});
    out[it->second].entities.push_back(static_cast<int>(i));
  }
  return out;
}

bool GroupNamed(const Article& a, const PreviousCandidate& g, const std::string& key) {
  for (int ei : g.entities)
    if (EntitySpells(a.entities[ei], key)) return true;
  return false;
}

bool NameContains(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && a != b &&
         (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// Features of an organization that do not depend on where it stands.
void OrgFeatures(const RoleView& v, const std::vector<Event>& events, size_t index,
                 const PreviousCandidate& g, const std::vector<Place>& employer,
                 std::vector<std::string>* f) {
  const Article& a = v.article;
  const Event& e = events[index];
  int mentions = 0;
  for (int ei : g.entities) mentions += static_cast<int>(a.entities[ei].mentions.size());
  f->push_back("mentions=" + CountBucket(mentions));
  f->push_back("kind=" + std::string(EntityTypeName(a.entities[g.entities[0]].type)));
  std::string key = NameKey(g.name);
  if (NameContains(key, NameKey(e.employer))) f->push_back("overlaps_employer");
  f->push_back(e.previous_employer.empty()                      ? "rule_none"
               : GroupNamed(a, g, NameKey(e.previous_employer)) ? "rule"
                                                                : "rule_other");
  // A group described by where it comes from ("engineers from Coinbase", "LG디스플레이 출신 엔지니어 7명").
  for (int ei : g.entities) {
    const Entity& ent = a.entities[ei];
    bool in = false;
    for (const std::string& n : {ent.name, ent.canonical})
      in = in || (n.size() > 1 && e.candidate.find(n) != std::string::npos);
    for (const std::string& n : ent.aliases)
      in = in || (n.size() > 1 && e.candidate.find(n) != std::string::npos);
    if (in && e.candidate_kind == CandidateKind::kGroup) {
      f->push_back("in_candidate");
      break;
    }
  }
  bool in_candidate = !f->empty() && f->back() == "in_candidate";
  for (size_t j = 0; j < events.size(); ++j) {
    if (j == index) continue;
    if (GroupNamed(a, g, NameKey(events[j].employer))) f->push_back("employer_of_other");
    if (GroupNamed(a, g, NameKey(events[j].candidate)))
      f->push_back("candidate_of_other=" + std::string(EventTypeName(events[j].type)));
    if (GroupNamed(a, g, NameKey(events[j].previous_employer))) f->push_back("previous_of_other");
  }
  // Sentences naming the organization with the employer (bought by it, poached from by it ...).
  std::set<std::string> with;
  bool bought = false;  // a sentence with the employer tells of buying it, not of failing to
  for (int ei : g.entities)
    for (const Mention& m : a.entities[ei].mentions) {
      if (m.paragraph == 0) with.insert("in_first_paragraph");
      if (m.paragraph < 0 || m.paragraph >= static_cast<int>(a.paragraphs.size())) continue;
      auto sent = v.SentenceAt(m.paragraph, m.start);
      for (const Place& p : employer)
        if (p.paragraph == m.paragraph && p.start >= sent.first && p.start < sent.second) {
          with.insert("with_employer");
          std::vector<std::string> cls = v.Classes(m.paragraph, sent.first, sent.second);
          for (const std::string& c : cls) with.insert("with_employer=" + c);
          auto has = [&](const char* c) { return std::find(cls.begin(), cls.end(), c) != cls.end(); };
          if (has("acquire") && !has("fail") && !has("negation") && !has("plan")) bought = true;
        }
    }
  f->insert(f->end(), with.begin(), with.end());
  // A group named after a company its employer buys is the company's staff (an acquihire: no
  // previous employer); named after another, it comes from there.
  if (bought) f->push_back("bought");
  if (in_candidate) f->push_back(bought ? "in_candidate|bought" : "in_candidate|not_bought");
  std::string ckey = NameKey(e.candidate);
  for (const Entity& p : a.entities)
    if (p.type == EntityType::kPerson && EntitySpells(p, ckey))
      for (const Role& r : p.roles)
        if (!r.organization.empty() && GroupNamed(a, g, NameKey(r.organization)))
          f->push_back("candidate_role_org");
}

std::vector<PreviousCandidate> PreviousCandidatesIn(const RoleView& v, const std::vector<Event>& events,
                                                    size_t index) {
  const Article& a = v.article;
  const Event& e = events[index];
  std::string lang(EventLanguage(v, e));
  std::string type(EventTypeName(e.type));
  std::vector<std::string> employer_keys = {NameKey(e.employer)};
  for (const std::string& s : e.employer_aliases) employer_keys.push_back(NameKey(s));
  std::vector<Place> anchors = CandidateAnchors(v, e);
  std::vector<Place> employer;
  for (const Entity& ent : a.entities) {
    if (!IsOrg(ent)) continue;
    bool named = false;
    for (const std::string& k : employer_keys) named = named || EntitySpells(ent, k);
    if (named)
      for (const Mention& m : ent.mentions) employer.push_back({m.paragraph, m.start, m.end});
  }
  std::vector<PreviousCandidate> out;
  std::vector<Pairing> pairings;
  for (PreviousCandidate& g : OrgGroups(a)) {
    bool skip = GroupNamed(a, g, NameKey(e.candidate));
    for (const std::string& k : employer_keys) skip = skip || GroupNamed(a, g, k);
    // A company's deciding body (frames.tsv body rows: "… 후보추천위원회", "자추위") nominates; nobody comes
    // from it.
    for (int ei : g.entities) skip = skip || FrameReader::Default().KoreanBody(a.entities[ei].canonical);
    if (skip) continue;
    Pairing pr = ClosestPairing(v, g.entities, anchors);
    std::vector<std::string> f = {"lang=" + lang, "type=" + type};
    PlacementFeatures(v, e, pr, &f);
    OrgFeatures(v, events, index, g, employer, &f);
    g.features = std::move(f);
    out.push_back(std::move(g));
    pairings.push_back(pr);
  }
  // The rules' previous employer when no recognized organization spells it: a candidate of its own.
  bool rule_seen = e.previous_employer.empty();
  for (const PreviousCandidate& c : OrgGroups(a))
    rule_seen = rule_seen || GroupNamed(a, c, NameKey(e.previous_employer));
  if (!rule_seen) {
    out.push_back(
        {e.previous_employer, {}, {"lang=" + lang, "type=" + type, "rule", "rule_unrecognized"}, 0.0});
    pairings.push_back({});
  }
  // The organization nearest the candidate in a shared sentence.
  int nearest = -1;
  for (size_t i = 0; i < pairings.size(); ++i)
    if (pairings[i].found && pairings[i].same_sentence &&
        (nearest < 0 || pairings[i].gap < pairings[nearest].gap))
      nearest = static_cast<int>(i);
  if (nearest >= 0) out[nearest].features.push_back("nearest");
  // The organization the article names most often (after the employer).
  size_t most = 0, most_n = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    size_t n = 0;
    for (int ei : out[i].entities) n += a.entities[ei].mentions.size();
    if (n > most_n) most = i, most_n = n;
  }
  if (most_n > 1) out[most].features.push_back("most_mentioned");
  for (PreviousCandidate& c : out) {
    // Conjunctions with the event's type and language for the strongest signals.
    std::vector<std::string> extra;
    for (const std::string& s : c.features)
      if (s.rfind("after=", 0) == 0 || s.rfind("before_word=", 0) == 0 || s == "rule" || s == "nearest" ||
          s.rfind("between=", 0) == 0 || s == "employer_of_other" || s.rfind("candidate_of_other", 0) == 0 ||
          s == "in_candidate")
        extra.push_back(type + "|" + s);
    bool rule = std::find(c.features.begin(), c.features.end(), "rule") != c.features.end();
    for (const std::string& s : c.features)
      if (rule && (s.rfind("rel=", 0) == 0 || s == "nearest")) extra.push_back("rule|" + s);
    c.features.insert(c.features.end(), extra.begin(), extra.end());
  }
  return out;
}

}  // namespace

std::vector<PreviousCandidate> PreviousCandidates(const Article& article, const ParagraphSentences& sentences,
                                                  const std::vector<Event>& events, size_t index) {
  RoleView v(article, sentences);
  return PreviousCandidatesIn(v, events, index);
}

// ---------------------------------------------------------------------------------------
// Outcome.

namespace {

// The sentences that tell the event: its evidence and the sentences holding the candidate, in
// article order; `core` marks those that are evidence or also name the employer.
struct EventSentence {
  int paragraph = 0, start = 0, end = 0;
  bool core = false;
};

std::vector<EventSentence> EventSentences(const RoleView& v, const Event& e) {
  std::vector<EventSentence> out;
  auto add = [&](int p, std::pair<int, int> s, bool core) {
    for (EventSentence& x : out)
      if (x.paragraph == p && x.start == s.first) {
        x.core = x.core || core;
        return;
      }
    out.push_back({p, s.first, s.second, core});
  };
  int np = static_cast<int>(v.article.paragraphs.size());
  for (const Evidence& ev : e.evidence)
    if (ev.paragraph >= 0 && ev.paragraph < np) add(ev.paragraph, v.SentenceAt(ev.paragraph, ev.start), true);
  std::vector<std::string> employer_names = {e.employer};
  employer_names.insert(employer_names.end(), e.employer_aliases.begin(), e.employer_aliases.end());
  for (const Place& a : CandidateAnchors(v, e)) {
    auto s = v.SentenceAt(a.paragraph, a.start);
    std::string_view text = v.Text(a.paragraph).substr(s.first, s.second - s.first);
    bool employer = false;
    for (const std::string& n : employer_names)
      employer = employer || (!n.empty() && text.find(n) != std::string_view::npos);
    add(a.paragraph, s, employer);
  }
  std::sort(out.begin(), out.end(), [](const EventSentence& a, const EventSentence& b) {
    return std::make_pair(a.paragraph, a.start) < std::make_pair(b.paragraph, b.start);
  });
  return out;
}

std::vector<std::string> OutcomeFeaturesIn(const RoleView& v, const std::vector<Event>& events,
                                           size_t index) {
  const Event& e = events[index];
  std::string type(EventTypeName(e.type));
  std::string rule(OutcomeName(e.outcome));
  std::vector<std::string> f = {"lang=" + std::string(EventLanguage(v, e)), "type=" + type, "rule=" + rule,
                                "type|rule=" + type + "|" + rule};
  for (const std::string& step : e.timeline) f.push_back("step=" + step);
  // How the story of the event ends: its last step and the answer to its last offer.
  if (!e.timeline.empty()) f.push_back("last_step=" + e.timeline.back());
  for (size_t i = 1; i < e.timeline.size(); ++i)
    f.push_back("steps=" + e.timeline[i - 1] + ">" + e.timeline[i]);
  if (!e.offers.empty())
    f.push_back("last_response=" + (e.offers.back().response.empty() ? "none" : e.offers.back().response));
  f.push_back("offers=" + CountBucket(static_cast<int>(e.offers.size())));
  for (const Offer& o : e.offers)
    if (!o.response.empty()) f.push_back("response=" + o.response);
  if (e.candidate_kind == CandidateKind::kGroup) f.push_back("group");
  std::vector<EventSentence> ss = EventSentences(v, e);
  std::set<std::string> seen;
  auto add = [&](std::string s) {
    if (seen.insert(s).second) f.push_back(std::move(s));
  };
  for (size_t i = 0; i < ss.size(); ++i) {
    const EventSentence& s = ss[i];
    for (const std::string& c : v.Classes(s.paragraph, s.start, s.end)) {
      if (s.core) {
        add("core=" + c);
        add("type|core=" + type + "|" + c);
      }
      if (i + 1 == ss.size()) add("last=" + c);
    }
    for (const std::string& k : v.CueKinds(s.paragraph, s.start, s.end)) add("lex=" + k);
    // The sentence after a core one in its paragraph often dates or settles it ("임기는 내년
    // 3월 1일부터", "The deal closed this week").
    if (s.core && s.end < static_cast<int>(v.Text(s.paragraph).size())) {
      auto next = v.SentenceAt(s.paragraph, s.end + 1);
      if (next.first >= s.end)
        for (const std::string& c : v.Classes(s.paragraph, next.first, next.second)) add("next=" + c);
    }
  }
  // The last word of an outcome class in the event's sentences: how the story ends ("처음에는
  // 거절했지만 … 합류를 결정했다" ends on dest; "offered …, but she turned it down" on decline).
  static const std::set<std::string> kFinal = {"decline", "accept", "done", "future", "designate", "withdraw",
                                               "leave",   "fail",   "dest", "offer",  "retain"};
  std::string final_class;
  for (const EventSentence& s : ss)
    for (const RoleCues::Hit& h : v.Hits(s.paragraph))
      if (h.start >= s.start && h.end <= s.end && kFinal.count(RoleCues::Default().rows()[h.row].cls))
        final_class = RoleCues::Default().rows()[h.row].cls;
  if (!final_class.empty()) {
    add("final=" + final_class);
    add("type|final=" + type + "|" + final_class);
  }
  for (const RoleCues::Hit& h : RoleCues::Default().Find(v.article.title))
    add("head=" + RoleCues::Default().rows()[h.row].cls);
  return f;
}

}  // namespace

std::vector<std::string> OutcomeFeatures(const Article& article, const ParagraphSentences& sentences,
                                         const std::vector<Event>& events, size_t index) {
  RoleView v(article, sentences);
  return OutcomeFeaturesIn(v, events, index);
}

// ---------------------------------------------------------------------------------------
// The passes.

namespace {

// The previous employer the model picks for events[index]: the best candidate at or above the
// threshold, else none ("").
std::string DecidePrevious(const RoleView& v, const RoleModels& m, const std::vector<Event>& events,
                           size_t index) {
  std::string best;
  double best_p = 0;
  for (const PreviousCandidate& c : PreviousCandidatesIn(v, events, index)) {
    double p = m.previous.Probability(c.features);
    const bool rule = std::find(c.features.begin(), c.features.end(), "rule") != c.features.end();
    if (p < (rule ? std::min(m.previous_keep, m.previous_threshold) : m.previous_threshold)) continue;
    if (p >= best_p) {
      best_p = p;
      best = c.name;
    }
  }
  return best;
}

// A decline the rules' timeline shows overtaken by a later raise or move ("offered, declined,
// raised, joined"; "처음에는 제안을 거절했지만 … 합류를 결정했다"): the decline is not how the story
// ends. The rules append facts in text order, so a step after the last decline came later.
bool Superseded(const Event& e, Outcome o) {
  if (o != Outcome::kDeclined) return false;
  auto last_decline = std::find(e.timeline.rbegin(), e.timeline.rend(), "declined");
  if (last_decline == e.timeline.rend()) return false;
  for (auto it = e.timeline.rbegin(); it != last_decline; ++it)
    if (*it == "raised" || *it == "joined" || *it == "accepted") return true;
  return false;
}

// An offer the rules leave open while a sentence of the event says the decision is still to be made
// (cues.tsv pending rows: "Whitaker has not decided whether to accept", "아직 … 받아들이지 않은 상태다"):
// the accept word inside that sentence (the model's final=accept) does not make it accepted.
bool PendingOpen(const RoleView& v, const Event& e) {
  if (e.outcome != Outcome::kOffered) return false;
  for (const EventSentence& s : EventSentences(v, e))
    for (int r : CueLexicon::Default().RowsIn(v.Text(s.paragraph).substr(s.start, s.end - s.start)))
      if (CueLexicon::Default().rows()[r].kind == "pending") return true;
  return false;
}

// The outcome the model gives an event, and by how much its margin beats the rules' outcome's
// (infinite when the type does not allow the rules' outcome; 0 when the rules' outcome stays).
struct OutcomeDecision {
  Outcome outcome = Outcome::kNone;
  double gain = 0;
};

OutcomeDecision DecideOutcome(const RoleView& v, const RoleModels& m, const std::vector<Event>& events,
                              size_t index) {
  const Event& e = events[index];
  std::vector<Outcome> allowed = AllowedOutcomes(e.type);
  if (allowed.empty() || PendingOpen(v, e)) return {e.outcome, 0};
  constexpr double kInf = std::numeric_limits<double>::infinity();
  if (allowed.size() == 1) return {allowed[0], allowed[0] == e.outcome ? 0 : kInf};
  std::vector<std::string> f = OutcomeFeaturesIn(v, events, index);
  Outcome best = allowed[0];
  double best_margin = -kInf, rule_margin = best_margin;
  for (Outcome o : allowed) {
    if (Superseded(e, o)) continue;
    double margin = m.outcome.Margin(OutcomeClassFeatures(o, f));
    if (margin > best_margin) best_margin = margin, best = o;
    if (o == e.outcome) rule_margin = margin;
  }
  if (best == e.outcome) return {best, 0};
  if (rule_margin > -kInf && best_margin - rule_margin < m.outcome_switch) return {e.outcome, 0};
  return {best, best_margin - rule_margin};
}

bool Takes(Outcome o) { return o == Outcome::kAccepted || o == Outcome::kJoined; }

// One person takes one of competing offers: when the model would end two offers of the same person
// (at different employers) accepted or joined, and at least one of them only by its own switch,
// only the switch the model is surest of stays; the other offers keep the rules' outcome
// ("offered by Hanwha, declined Gulf Marine's bid" is not two acceptances).
void OneTakenOfferPerPerson(const std::vector<Event>& events, std::vector<OutcomeDecision>* out) {
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (e.type != EventType::kOffer || e.candidate_kind == CandidateKind::kGroup) continue;
    std::vector<size_t> taken;  // this person's offers the decisions end accepted or joined
    for (size_t j = 0; j < events.size(); ++j)
      if (events[j].type == EventType::kOffer && events[j].candidate == e.candidate &&
          Takes((*out)[j].outcome))
        taken.push_back(j);
    if (taken.size() < 2 || taken[0] != i) continue;  // each person once, from their first taken offer
    size_t keep = taken[0];
    for (size_t j : taken)
      if ((*out)[j].gain > (*out)[keep].gain) keep = j;
    for (size_t j : taken)
      if (j != keep && (*out)[j].gain > 0) (*out)[j] = {events[j].outcome, 0};
  }
}

}  // namespace

void ApplyRoleModels(const Article& article, const ParagraphSentences& sentences, const RoleModels& models,
                     const RoleOptions& options, std::vector<Event>* events) {
  // A snippet keeps the rules' reading: the models learned from whole articles (headline and at
  // least two paragraphs), whose lead, next-sentence and mention-count features a snippet lacks.
  if (article.paragraphs.size() < kMinParagraphs) return;
  RoleView v(article, sentences);
  bool previous = options.previous && !models.previous.empty();
  bool outcome = options.outcome && !models.outcome.empty();
  if (!previous && !outcome) return;
  // Decide from the rules' events, then apply: one event's decision never reads another's.
  std::vector<std::string> prev(events->size());
  std::vector<OutcomeDecision> out(events->size());
  for (size_t i = 0; i < events->size(); ++i) {
    if (previous) prev[i] = DecidePrevious(v, models, *events, i);
    if (outcome) out[i] = DecideOutcome(v, models, *events, i);
  }
  if (outcome) OneTakenOfferPerPerson(*events, &out);
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    if (previous && prev[i] != e.previous_employer) {
      e.previous_employer = prev[i];
      e.previous_employer_aliases.clear();
    }
    if (outcome) e.outcome = out[i].outcome;
  }
}

}  // namespace hirewire::normalize
