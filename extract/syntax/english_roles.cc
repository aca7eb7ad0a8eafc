// link-grammar is used only in this file (LGPL, linked dynamically). Pipeline per call:
// collapse names -> parse -> pick the best of the top linkages -> read roles off the links.
#include "extract/syntax/english_roles.h"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "corpus/text.h"
#include "extract/analysis.h"

namespace hirewire::syntax {

namespace {

// The placeholder every collapsed name becomes: a given name the dictionary knows, so the
// parser treats it as one singular proper noun.
constexpr std::string_view kPlaceholder = "John";

struct Lexicon {
  std::unordered_set<std::string> speech_verbs, according, negators, relatives, not_names, particles,
      clause_breaks;
  std::vector<std::string> negator_suffixes;
  std::unordered_map<std::string, Prep> preps;
};

std::optional<Prep> PrepFromName(std::string_view name) {
  static constexpr std::pair<std::string_view, Prep> kNames[] = {
      {"from", Prep::kFrom}, {"to", Prep::kTo},     {"as", Prep::kAs}, {"at", Prep::kAt},
      {"for", Prep::kFor},   {"with", Prep::kWith}, {"of", Prep::kOf}};
  for (const auto& [n, p] : kNames)
    if (n == name) return p;
  return std::nullopt;
}

const Lexicon& Lex() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    for (const LexiconRow& row : EnglishRoleLexicon()) {
      std::string w(row.word);
      if (row.kind == "speech_verb")
        l->speech_verbs.insert(w);
      else if (row.kind == "according")
        l->according.insert(w);
      else if (row.kind == "negator")
        l->negators.insert(w);
      else if (row.kind == "negator_suffix")
        l->negator_suffixes.push_back(w);
      else if (row.kind == "relative")
        l->relatives.insert(w);
      else if (row.kind == "not_name")
        l->not_names.insert(w);
      else if (row.kind == "particle")
        l->particles.insert(w);
      else if (row.kind == "clause_break")
        l->clause_breaks.insert(w);
      else if (row.kind.starts_with("prep:")) {
        if (auto p = PrepFromName(row.kind.substr(5))) l->preps[w] = *p;
      }
    }
    return l;
  }();
  return *lex;
}

// ---- Name collapsing ---------------------------------------------------------------------

// True for bytes that belong to a word: ASCII letters, digits, "-&." and non-ASCII letters. The
// General Punctuation block (U+2000..U+206F: curly quotes and apostrophes, dashes) is not.
bool IsWordByte(std::string_view s, size_t i) {
  char c = s[i];
  if ((c >= 'a' && c <= 'z') || IsAsciiUpper(c) || (c >= '0' && c <= '9') || c == '-' || c == '&' || c == '.')
    return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  size_t lead = i;
  while (lead > 0 && i - lead < 3 && (static_cast<unsigned char>(s[lead]) & 0xC0) == 0x80) --lead;
  return !(
      static_cast<unsigned char>(s[lead]) == 0xE2 && lead + 1 < s.size() &&
      (static_cast<unsigned char>(s[lead + 1]) == 0x80 || static_cast<unsigned char>(s[lead + 1]) == 0x81));
}

bool Overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

// A word that starts with a capital or has one inside ("OpenAI", "xAI"), and is not a listed
// function word.
bool LooksLikeName(std::string_view w) {
  if (w.empty()) return false;
  bool upper = std::any_of(w.begin(), w.end(), IsAsciiUpper);
  bool lower = std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!upper || (!lower && w.size() < 2)) return false;
  return !Lex().not_names.contains(AsciiLower(w));
}

// Spans of name words: maximal runs of capitalised words separated only by spaces, merged with
// the caller's names, minus anything that touches a trigger.
std::vector<Span> NameSpans(std::string_view s, const std::vector<Span>& triggers,
                            const std::vector<Span>& names) {
  std::vector<Span> runs;
  bool joinable = false;  // the previous word was a name and only spaces followed it
  size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(s, i) || s[i] == '-' || s[i] == '.' || s[i] == '&') {
      bool amp = s[i] == '&' && i + 1 < s.size() && s[i + 1] == ' ';  // "Procter & Gamble"
      if (s[i] != ' ' && !amp) joinable = false;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsWordByte(s, j)) ++j;
    size_t end = j;
    while (end > i && (s[end - 1] == '.' || s[end - 1] == '-')) --end;
    // "Inc." and "Jan." keep their full stop inside the sentence; the sentence's own one does not.
    if (end < j && s[end] == '.' &&
        TrimSpace(s.substr(j)).find_first_not_of(".\"')\u201d") != std::string_view::npos && j - end == 1)
      end = j;
    Span w{static_cast<int>(i), static_cast<int>(end)};
    bool name = LooksLikeName(s.substr(i, end - i)) &&
                std::none_of(triggers.begin(), triggers.end(), [&](Span t) { return Overlaps(t, w); });
    if (name && joinable && !runs.empty())
      runs.back().end = w.end;
    else if (name)
      runs.push_back(w);
    joinable = name && end == j;
    i = j;
  }
  for (Span n : names) {
    if (n.start < 0 || n.start >= n.end || n.end > static_cast<int>(s.size()))
      continue;  // not in this sentence
    if (std::any_of(triggers.begin(), triggers.end(), [&](Span t) { return Overlaps(t, n); })) continue;
    std::vector<Span> kept;
    for (Span r : runs) {
      if (Overlaps(r, n))
        n = {std::min(n.start, r.start), std::max(n.end, r.end)};
      else
        kept.push_back(r);
    }
    kept.push_back(n);
    runs = std::move(kept);
  }
  // A lone all-capitals word ("AI", "CEO", "IBM") is left to the parser, which reads unknown ones
  // as nouns and can use them as modifiers ("the AI company").
  std::erase_if(runs, [&](Span r) {
    std::string_view w = s.substr(r.start, r.end - r.start);
    return w.find(' ') == std::string_view::npos &&
           std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::none_of(names.begin(), names.end(), [&](Span n) { return n == r; });
  });
  std::sort(runs.begin(), runs.end(), [](Span a, Span b) { return a.start < b.start; });
  return runs;
}

// The rewritten sentence and the way back to the caller's bytes.
struct Rewrite {
  std::string text;
  struct Piece {
    int rw_start, rw_end, start, end;
    bool name;
  };
  std::vector<Piece> pieces;

  Span ToOriginal(int rw_start, int rw_end) const {
    Span out{-1, -1};
    for (const Piece& p : pieces) {
      if (p.rw_end <= rw_start || p.rw_start >= rw_end) continue;
      int s = p.name ? p.start : p.start + std::max(rw_start, p.rw_start) - p.rw_start;
      int e = p.name ? p.end : p.start + std::min(rw_end, p.rw_end) - p.rw_start;
      if (out.start < 0) out.start = s;
      out.end = e;
    }
    return out;
  }
  bool IsName(int rw_start) const {
    for (const Piece& p : pieces)
      if (p.name && rw_start >= p.rw_start && rw_start < p.rw_end) return true;
    return false;
  }
};

Rewrite CollapseNames(std::string_view s, const std::vector<Span>& names) {
  Rewrite rw;
  int pos = 0;
  auto copy = [&](int a, int b) {
    if (b <= a) return;
    int at = static_cast<int>(rw.text.size());
    rw.text.append(s.substr(a, b - a));
    rw.pieces.push_back({at, static_cast<int>(rw.text.size()), a, b, false});
  };
  for (Span n : names) {
    if (n.start < pos) continue;
    copy(pos, n.start);
    int at = static_cast<int>(rw.text.size());
    rw.text.append(kPlaceholder);
    rw.pieces.push_back({at, static_cast<int>(rw.text.size()), n.start, n.end, true});
    pos = n.end;
  }
  copy(pos, static_cast<int>(s.size()));
  for (char& c : rw.text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return rw;
}

// ---- The linkage as a graph ----------------------------------------------------------------

struct Link {
  int l, r;
  std::string type;  // leading upper-case letters of the label ("S", "MV", "SJ")
  std::string sub;   // the rest ("s*s", "p")
};

struct Graph {
  struct Word {
    Span span{-1, -1};
    std::string lower;  // original text, lower case
    std::string label;  // link-grammar's word ("hired.v-d")
    bool wall = false;
    bool name = false;
  };
  std::vector<Word> words;
  std::vector<Link> links;
  std::vector<std::vector<int>> at;  // link indexes per word
  bool fragment = false;             // the parse is a noun-phrase fragment (Wa)
  bool violation = false;

  const Link& L(int i) const { return links[i]; }
  int Other(const Link& k, int w) const { return k.l == w ? k.r : k.l; }
  // Words linked to `w` by a link of `type` with `w` on the given side.
  std::vector<int> Linked(int w, std::string_view type, bool w_left) const {
    std::vector<int> out;
    for (int i : at[w]) {
      const Link& k = links[i];
      if (k.type == type && (k.l == w) == w_left) out.push_back(Other(k, w));
    }
    return out;
  }
  bool IsConjunction(int w) const { return words[w].label.find(".j") != std::string::npos; }
};

void SplitLabel(const char* label, Link* k) {
  std::string_view s(label);
  size_t n = 0;  // idiom links ("_IBWL") have no upper-case letters first: type "", sub "_IBWL"
  while (n < s.size() && IsAsciiUpper(s[n])) ++n;
  k->type = std::string(s.substr(0, n));
  k->sub = std::string(s.substr(n));
}

Graph BuildGraph(Linkage lk, const Rewrite& rw, std::string_view original) {
  Graph g;
  const int n = static_cast<int>(linkage_get_num_words(lk));
  g.words.resize(n);
  for (int w = 0; w < n; ++w) {
    Graph::Word& word = g.words[w];
    word.label = linkage_get_word(lk, w);
    if (word.label == "LEFT-WALL" || word.label == "RIGHT-WALL") {
      word.wall = true;
      continue;
    }
    int s = static_cast<int>(linkage_get_word_byte_start(lk, w));
    int e = static_cast<int>(linkage_get_word_byte_end(lk, w));
    word.span = rw.ToOriginal(s, e);
    word.name = rw.IsName(s);
    if (word.span.start >= 0)
      word.lower = AsciiLower(original.substr(word.span.start, word.span.end - word.span.start));
  }
  g.at.resize(n);
  const int m = static_cast<int>(linkage_get_num_links(lk));
  for (int i = 0; i < m; ++i) {
    Link k;
    k.l = static_cast<int>(linkage_get_link_lword(lk, i));
    k.r = static_cast<int>(linkage_get_link_rword(lk, i));
    SplitLabel(linkage_get_link_label(lk, i), &k);
    if (k.type == "W" && k.sub.starts_with("a")) g.fragment = true;  // Wa: a noun-phrase fragment
    g.links.push_back(k);
    g.at[k.l].push_back(i);
    g.at[k.r].push_back(i);
  }
  g.violation = linkage_get_violation_name(lk) != nullptr;
  return g;
}

// ---- Reading roles off the graph ---------------------------------------------------------

bool IsSubjectLink(const std::string& type) {
  return type == "S" || type == "SF" || type == "SX" || type == "RS";
}

// The trigger's verb group, from the trigger up to its first auxiliary ("had" in "had poached",
// "did" in "did not join", "to" in "to join").
struct VerbGroup {
  std::vector<int> words;  // trigger first
  bool passive = false;
  int control = -1;             // "agreed" in "agreed to join"
  bool object_control = false;  // "persuaded X to join" (TO); a purpose "to" (MVi) never is
  int reduced_head = -1;        // the noun a participle modifies ("X, recruited by Y")
};

VerbGroup GroupOf(const Graph& g, int t) {
  VerbGroup vg;
  int cur = t;
  vg.words.push_back(cur);
  for (int guard = 0; guard < 8; ++guard) {
    int up = -1;
    for (int i : g.at[cur]) {
      const Link& k = g.L(i);
      if (k.r != cur) continue;
      bool aux = k.type == "PP" || k.type == "I" ||
                 (k.type == "P" && (k.sub.starts_with("v") || k.sub.starts_with("g")));
      if (aux) {
        if (k.type == "P" && k.sub.starts_with("v")) vg.passive = true;
        up = k.l;
      } else if (k.type == "TO" || (k.type == "MV" && k.sub.starts_with("i"))) {
        vg.control = k.l;  // "agreed to join", "left Google to join"
        vg.object_control = k.type == "TO";
      } else if (k.type == "M" && (k.sub.starts_with("v") || k.sub.starts_with("g"))) {
        vg.reduced_head = k.l;
        if (k.sub.starts_with("v")) vg.passive = true;
      }
    }
    if (up < 0) break;
    cur = up;
    vg.words.push_back(cur);
  }
  return vg;
}

// Conjuncts of `w`: itself, or the members of a coordination headed by it.
void Expand(const Graph& g, int w, std::set<int>* seen, std::vector<int>* out) {
  if (!seen->insert(w).second) return;
  if (!g.IsConjunction(w)) {
    out->push_back(w);
    return;
  }
  // "A, B and C" (SJ links); "John and John" read as one proper name (G links to "and.j-g").
  const bool name_and = g.words[w].label.find(".j-g") != std::string::npos;
  bool any = false;
  for (int i : g.at[w]) {
    if (g.L(i).type != "SJ" && !(name_and && g.L(i).type == "G")) continue;
    any = true;
    Expand(g, g.Other(g.L(i), w), seen, out);
  }
  if (!any) out->push_back(w);
}

Phrase PhraseOf(const Graph& g, int head) {
  static const std::set<std::string> kLeftDeps = {"D",  "DD", "DG", "A",  "AN", "G",  "GN",
                                                  "YS", "YP", "NN", "ND", "L",  "DT", "EN"};
  Phrase p{g.words[head].span, g.words[head].span};
  std::vector<int> todo = {head};
  std::set<int> seen = {head};
  while (!todo.empty()) {
    int w = todo.back();
    todo.pop_back();
    for (int i : g.at[w]) {
      const Link& k = g.L(i);
      int o = g.Other(k, w);
      bool right_number = k.type == "NM" && k.l == w;  // "$ 6 billion": the number follows "$"
      bool idiom = k.type.empty() && k.sub.starts_with("_") && o < w;  // "at _IBWL least"
      if ((o >= w || !kLeftDeps.contains(k.type)) && !right_number && !idiom) continue;
      if (g.words[o].wall || g.IsConjunction(o)) continue;
      if (!seen.insert(o).second) continue;
      p.phrase.start = std::min(p.phrase.start, g.words[o].span.start);
      p.phrase.end = std::max(p.phrase.end, g.words[o].span.end);
      todo.push_back(o);
    }
  }
  // An adjective right after a title word or bare after the head belongs to it: "chief executive"
  // parses as chief.t Ma executive.a ("people familiar with ..." does not: that adjective has a
  // complement).
  const bool title = g.words[head].label.find(".t") != std::string::npos;
  for (int i : g.at[head]) {
    const Link& k = g.L(i);
    if (k.l == head && k.r == head + 1 && k.type == "M" && k.sub.starts_with("a") &&
        (title || g.at[k.r].size() == 1))
      p.phrase.end = std::max(p.phrase.end, g.words[k.r].span.end);
  }
  for (int w = head + 1; w < static_cast<int>(g.words.size()) && g.at[w].empty() && !g.words[w].wall; ++w) {
    const std::string& text = g.words[w].lower;
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      break;
    p.phrase.end = g.words[w].span.end;
  }
  return p;
}

// True for "according" and the "to" after it: never an argument or a role preposition.
bool InAccordingTo(const Graph& g, int w) {
  if (Lex().according.contains(g.words[w].lower)) return true;
  return w > 0 && g.words[w].lower == "to" && Lex().according.contains(g.words[w - 1].lower);
}

// The noun phrase set off by commas after `head` ("its chief financial officer, Karen Oduya,"):
// an MX link that is not a relative clause.
Span AppositionOf(const Graph& g, int head) {
  for (int i : g.at[head]) {
    const Link& k = g.L(i);
    if (k.l != head || k.type != "MX" || k.sub.find('r') != std::string::npos) continue;
    Phrase a = PhraseOf(g, k.r);
    return a.phrase;
  }
  return {-1, -1};
}

std::vector<Phrase> Argument(const Graph& g, int w) {
  std::vector<Phrase> out;
  if (w < 0 || g.words[w].wall || InAccordingTo(g, w)) return out;
  for (int i : g.at[w]) {  // the last name of "John and John" stands for the coordination
    const Link& k = g.L(i);
    if (k.type == "G" && k.r == w && g.IsConjunction(k.l)) w = k.l;
  }
  std::set<int> seen;
  std::vector<int> heads;
  Expand(g, w, &seen, &heads);
  std::sort(heads.begin(), heads.end());
  for (int h : heads)
    if (!g.words[h].wall && g.words[h].span.start >= 0 && !InAccordingTo(g, h)) {
      out.push_back(PhraseOf(g, h));
      out.back().apposition = AppositionOf(g, h);
    }
  return out;
}

// The word standing in as subject: relative pronouns resolve to their antecedent.
int ResolveRelative(const Graph& g, int s) {
  if (s < 0 || !Lex().relatives.contains(g.words[s].lower)) return s;
  for (int i : g.at[s]) {
    const Link& k = g.L(i);
    if (k.r == s && (k.type == "MX" || k.type == "R" || k.type == "B")) return k.l;
  }
  return s;
}

// Subject of a verb word: an S-type link on its left, inversion (SI) on its right, or the
// subject of the verb coordination it belongs to.
int SubjectWord(const Graph& g, int v, int depth = 0) {
  if (depth > 4) return -1;
  for (int i : g.at[v]) {
    const Link& k = g.L(i);
    if (k.r == v && IsSubjectLink(k.type)) return ResolveRelative(g, k.l);
    if (k.l == v && k.type == "SI") return k.r;
  }
  for (int i : g.at[v]) {
    const Link& k = g.L(i);
    if (k.type == "VJ") {
      int c = g.Other(k, v);
      if (g.IsConjunction(c)) return SubjectWord(g, c, depth + 1);
    }
  }
  return -1;
}

int GroupSubject(const Graph& g, const VerbGroup& vg) {
  for (int w : vg.words)
    if (int s = SubjectWord(g, w); s >= 0) return s;
  if (vg.reduced_head >= 0) return vg.reduced_head;
  if (vg.control >= 0) {
    std::vector<int> obj = g.Linked(vg.control, "O", true);  // "persuaded X to join": X
    if (vg.object_control && !obj.empty()) return obj.front();
    return GroupSubject(g, GroupOf(g, vg.control));
  }
  return -1;
}

// Prepositions hanging off `w` (MV from a verb, M from a noun) whose word is a listed one.
void CollectPreps(const Graph& g, int w, TriggerRoles* r, std::set<int>* seen_preps, bool passive,
                  int depth) {
  if (depth > 2) return;
  for (int i : g.at[w]) {
    const Link& k = g.L(i);
    if (k.l != w || (k.type != "MV" && k.type != "M")) continue;
    int p = k.r;
    if (InAccordingTo(g, p) || !seen_preps->insert(p).second) continue;
    const std::string& word = g.words[p].lower;
    std::vector<int> objs = g.Linked(p, "J", true);
    if (objs.empty()) objs = g.Linked(p, "TI", true);
    if (objs.empty()) objs = g.Linked(p, "ON", true);
    if (objs.empty()) objs = g.Linked(p, "IN", true);  // "in 2019 from ..."
    for (int o : objs) {
      std::vector<Phrase> arg = Argument(g, o);
      if (word == "by" && passive) r->agent.insert(r->agent.end(), arg.begin(), arg.end());
      auto it = Lex().preps.find(word);
      if (it != Lex().preps.end()) {
        auto& slot = r->preps[static_cast<int>(it->second)];
        slot.insert(slot.end(), arg.begin(), arg.end());
      }
      // "from Google to OpenAI": the second preposition hangs off the first one's object.
      std::set<int> seen;
      std::vector<int> heads;
      Expand(g, o, &seen, &heads);
      for (int h : heads) CollectPreps(g, h, r, seen_preps, passive, depth + 1);
    }
  }
}

bool Negated(const Graph& g, const VerbGroup& vg) {
  for (int w : vg.words) {
    for (const std::string& suffix : Lex().negator_suffixes)
      if (g.words[w].lower.ends_with(suffix)) return true;
    for (int i : g.at[w]) {
      int o = g.Other(g.L(i), w);
      if (Lex().negators.contains(g.words[o].lower)) return true;
    }
  }
  return false;
}

// Words of the clause that starts at `entry` (a complement's subject or verb), following
// subject->verb, auxiliary and coordination links rightwards.
std::set<int> ClauseFrom(const Graph& g, int entry) {
  std::set<int> seen = {entry};
  std::vector<int> todo = {entry};
  while (!todo.empty()) {
    int w = todo.back();
    todo.pop_back();
    for (int i : g.at[w]) {
      const Link& k = g.L(i);
      bool follow = (k.l == w && (IsSubjectLink(k.type) || k.type == "PP" || k.type == "P" || k.type == "I" ||
                                  k.type == "TO" || k.type == "C")) ||
                    k.type == "VJ";
      int o = g.Other(k, w);
      if (follow && seen.insert(o).second) todo.push_back(o);
    }
  }
  return seen;
}

// When the links do not tie the clause to a speech verb: "..., <speaker> said" after the trigger
// (a comma, then at least one word), or "<speaker> said [on Monday] <clause>" before it.
bool SpeakerByPosition(const Graph& g, const VerbGroup& vg, TriggerRoles* r) {
  const int n = static_cast<int>(g.words.size());
  const int first = *std::min_element(vg.words.begin(), vg.words.end());
  const int last = *std::max_element(vg.words.begin(), vg.words.end());
  for (int v = 0; v < n; ++v) {
    if (!Lex().speech_verbs.contains(g.words[v].lower) || (v >= first && v <= last)) continue;
    int subject = GroupSubject(g, GroupOf(g, v));
    if (v > last) {
      int comma = -1;
      for (int w = v - 1; w > last && comma < 0; --w)
        if (g.words[w].lower == ",") comma = w;
      if (comma < 0 || v - comma < 2) continue;
      r->reported = true;
      if (subject > comma && subject < v)
        r->speaker = Argument(g, subject);
      else
        r->speaker = {Phrase{g.words[v - 1].span, {g.words[comma + 1].span.start, g.words[v - 1].span.end}}};
      return true;
    }
    bool broken = false;  // "X confirmed the hire but declined ...": not X's words
    for (int w = v + 1; w < first; ++w) broken |= Lex().clause_breaks.contains(g.words[w].lower);
    if (subject >= 0 && subject < v && !broken && g.Linked(v, "O", true).empty()) {
      r->reported = true;
      r->speaker = Argument(g, subject);
      return true;
    }
  }
  return false;
}

// Speaker when the verb group is reported: complement of a speech verb, a trailing "..., X said"
// (CP link), or "according to X" anywhere in the sentence.
void FindSpeaker(const Graph& g, const VerbGroup& vg, TriggerRoles* r) {
  const int n = static_cast<int>(g.words.size());
  for (int v = 0; v < n; ++v) {
    if (!Lex().speech_verbs.contains(g.words[v].lower)) continue;
    if (std::find(vg.words.begin(), vg.words.end(), v) != vg.words.end()) continue;
    bool governs = false;
    for (int i : g.at[v]) {
      const Link& k = g.L(i);
      if (k.l == v && (k.type == "C" || k.type == "TH" || k.type == "CV")) {
        int entry = k.r;
        for (int c : g.Linked(entry, "C", true)) entry = c;  // "said that X ..."
        std::set<int> clause = ClauseFrom(g, entry);
        for (int w : vg.words) governs |= clause.contains(w);
      }
      if (k.r == v && k.type == "CP" && vg.words.front() < v) governs = true;
    }
    if (!governs) continue;
    r->reported = true;
    r->speaker = Argument(g, GroupSubject(g, GroupOf(g, v)));
    return;
  }
  if (SpeakerByPosition(g, vg, r)) return;
  for (int w = 0; w + 1 < n; ++w) {
    if (!Lex().according.contains(g.words[w].lower) || g.words[w + 1].lower != "to") continue;
    r->reported = true;
    std::vector<int> objs = g.Linked(w + 1, "J", true);
    int who = objs.empty() ? (w + 2 < n && !g.words[w + 2].wall ? w + 2 : -1) : objs.front();
    r->speaker = Argument(g, who);
    return;
  }
}

bool ActsAsVerb(const Graph& g, int t) {
  for (int i : g.at[t]) {
    const Link& k = g.L(i);
    bool left = k.l == t;
    if (!left && (IsSubjectLink(k.type) || k.type == "PP" || k.type == "P" || k.type == "I")) return true;
    if (left && (k.type == "O" || k.type == "MV" || k.type == "TO" || k.type == "SI" || k.type == "C" ||
                 k.type == "TH"))
      return true;
    if (k.type == "VJ") return true;
    if (!left && k.type == "M" && (k.sub.starts_with("v") || k.sub.starts_with("g"))) return true;
  }
  return false;
}

TriggerRoles RolesOf(const Graph& g, int t, Span trigger) {
  TriggerRoles r;
  r.trigger = trigger;
  if (t < 0 || !ActsAsVerb(g, t)) return r;
  r.linked = true;
  VerbGroup vg = GroupOf(g, t);
  r.passive = vg.passive;
  r.negated = Negated(g, vg);
  r.subject = Argument(g, GroupSubject(g, vg));
  std::vector<int> objs;
  for (int w : vg.words) {
    for (int o : g.Linked(w, "O", true)) objs.push_back(o);
    for (int p : g.Linked(w, "MV", true))  // "turned down an offer" read as a preposition
      if (Lex().particles.contains(g.words[p].lower))
        for (int o : g.Linked(p, "J", true)) objs.push_back(o);
  }
  std::sort(objs.begin(), objs.end());  // "offered Reyes a package": the first object first
  if (vg.passive && !objs.empty()) {
    r.complement = Argument(g, objs[0]);
  } else {
    if (!objs.empty()) r.object = Argument(g, objs[0]);
    if (objs.size() > 1) r.complement = Argument(g, objs[1]);
  }
  std::set<int> seen_preps;
  for (int w : vg.words) CollectPreps(g, w, &r, &seen_preps, vg.passive, 0);
  for (int o : objs) {
    std::set<int> seen;
    std::vector<int> heads;
    Expand(g, o, &seen, &heads);
    heads.push_back(o);
    for (int h : heads) CollectPreps(g, h, &r, &seen_preps, vg.passive, 1);
  }
  FindSpeaker(g, vg, &r);
  return r;
}

// The linkage word that carries a trigger span: the last word overlapping it.
int WordFor(const Graph& g, Span t) {
  int found = -1;
  for (int w = 0; w < static_cast<int>(g.words.size()); ++w)
    if (!g.words[w].wall && g.words[w].span.start >= 0 && Overlaps(g.words[w].span, t)) found = w;
  return found;
}

// Lower is better: triggers that are not verbs, fragments, violations, speech verbs with no
// complement.
int Penalty(const Graph& g, const std::vector<Span>& triggers) {
  int p = 0;
  for (Span t : triggers) {
    int w = WordFor(g, t);
    if (w < 0 || !ActsAsVerb(g, w))
      p += 10;
    else if (GroupSubject(g, GroupOf(g, w)) < 0)
      p += 1;
  }
  if (g.fragment) p += 3;
  if (g.violation) p += 2;
  return p;
}

struct SentenceDeleter {
  void operator()(Sentence_s* s) const { sentence_delete(s); }
};
struct OptionsDeleter {
  void operator()(Parse_Options_s* o) const { parse_options_delete(o); }
};
struct LinkageDeleter {
  void operator()(Linkage_s* l) const { linkage_delete(l); }
};

void DiscardLgMessage(lg_errinfo*, void*) {}

int WordCount(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

}  // namespace

struct EnglishRoleParser::Impl {
  Dictionary dict = nullptr;
  ParserOptions options;
  ~Impl() {
    if (dict) dictionary_delete(dict);
  }
};

EnglishRoleParser::EnglishRoleParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EnglishRoleParser::~EnglishRoleParser() = default;

Result<std::unique_ptr<EnglishRoleParser>> EnglishRoleParser::Create(const ParserOptions& options) {
  lg_error_set_handler(DiscardLgMessage, nullptr);
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->dict = dictionary_create_lang("en");
  if (impl->dict == nullptr)
    return Status::NotFound(
        "link-grammar English dictionary not found (install link-grammar-dictionaries-en)");
  Lex();  // parse the word lists once, before threads share them
  return std::unique_ptr<EnglishRoleParser>(new EnglishRoleParser(std::move(impl)));
}

namespace {

Rewrite PrepareText(std::string_view sentence, const std::vector<Span>& triggers,
                    const std::vector<Span>& names) {
  // the sentence layer's own reader (extract/analysis.h)
  const int dateline = extract::WireDatelineEnd(sentence);
  std::vector<Span> name_spans = NameSpans(sentence, triggers, names);
  std::erase_if(name_spans, [&](Span n) { return n.start < dateline; });
  Rewrite rw = CollapseNames(sentence, name_spans);
  for (int i = 0; i < dateline; ++i) rw.text[i] = ' ';  // copied verbatim: same offsets
  return rw;
}

// The parse the roles are read from: the best (by Penalty) of the first linkages link-grammar
// ranks, or nullopt when the sentence is too long, the time runs out or nothing parses.
struct BestParse {
  Graph graph;
  std::string rewritten;
  int unlinked = 0;
};

std::optional<BestParse> ParseBest(Dictionary dict, const ParserOptions& o, std::string_view sentence,
                                   const std::vector<Span>& triggers, Deadline deadline,
                                   const std::vector<Span>& names) {
  if (sentence.empty() || static_cast<int>(sentence.size()) > o.max_bytes ||
      WordCount(sentence) > o.max_words)
    return std::nullopt;
  if (sentence.find('\0') != std::string_view::npos) return std::nullopt;
  lg_error_set_handler(DiscardLgMessage, nullptr);  // per thread
  Rewrite rw = PrepareText(sentence, triggers, names);

  std::unique_ptr<Parse_Options_s, OptionsDeleter> opts(parse_options_create());
  parse_options_set_verbosity(opts.get(), 0);
  parse_options_set_linkage_limit(opts.get(), 100);
  parse_options_set_repeatable_rand(opts.get(), true);
  parse_options_set_spell_guess(opts.get(), 0);
  parse_options_set_islands_ok(opts.get(), false);
  parse_options_set_min_null_count(opts.get(), 0);
  parse_options_set_max_null_count(opts.get(), 0);
  parse_options_set_max_parse_time(opts.get(),
                                   std::max<int>(1, static_cast<int>(deadline.per_sentence.count())));

  std::unique_ptr<Sentence_s, SentenceDeleter> sent(sentence_create(rw.text.c_str(), dict));
  if (!sent || sentence_split(sent.get(), opts.get()) < 0) return std::nullopt;
  int found = sentence_parse(sent.get(), opts.get());
  if (found <= 0 && !parse_options_timer_expired(opts.get())) {
    // No complete parse: allow words to stay out of it (a quarter of the sentence at most).
    parse_options_set_min_null_count(opts.get(), 1);
    parse_options_set_max_null_count(opts.get(), std::max(1, sentence_length(sent.get()) / 4));
    found = sentence_parse(sent.get(), opts.get());
  }
  if (found <= 0 || parse_options_timer_expired(opts.get())) return std::nullopt;

  const int n = std::min({found, o.linkages_examined, sentence_num_linkages_post_processed(sent.get())});
  std::optional<BestParse> best;
  int best_penalty = 0;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<Linkage_s, LinkageDeleter> lk(linkage_create(i, sent.get(), opts.get()));
    if (!lk) continue;
    Graph g = BuildGraph(lk.get(), rw, sentence);
    int p = Penalty(g, triggers);
    if (!best || p < best_penalty) {
      best = BestParse{std::move(g), rw.text, sentence_null_count(sent.get())};
      best_penalty = p;
    }
    if (p == 0) break;
  }
  return best;
}

}  // namespace

std::optional<ClauseRoles> EnglishRoleParser::Parse(std::string_view sentence,
                                                    const std::vector<Span>& triggers, Deadline deadline,
                                                    const std::vector<Span>& names) const {
  std::optional<BestParse> best = ParseBest(impl_->dict, impl_->options, sentence, triggers, deadline, names);
  if (!best) return std::nullopt;
  ClauseRoles out;
  out.unlinked_words = best->unlinked;
  for (Span t : triggers) out.triggers.push_back(RolesOf(best->graph, WordFor(best->graph, t), t));
  return out;
}

std::string EnglishRoleParser::Explain(std::string_view sentence, const std::vector<Span>& triggers,
                                       Deadline deadline, const std::vector<Span>& names) const {
  std::optional<BestParse> best = ParseBest(impl_->dict, impl_->options, sentence, triggers, deadline, names);
  if (!best) return "";
  const Graph& g = best->graph;
  std::string out = best->rewritten + "\n";
  for (const Link& k : g.links)
    out += g.words[k.l].label + " " + k.type + k.sub + " " + g.words[k.r].label + "\n";
  return out;
}

std::string TextForParsing(std::string_view sentence, const std::vector<Span>& triggers,
                           const std::vector<Span>& names) {
  return PrepareText(sentence, triggers, names).text;
}

const EnglishRoleParser* DefaultEnglishRoleParser() {
  static const EnglishRoleParser* parser = [] {
    auto p = EnglishRoleParser::Create();
    return p.ok() ? std::move(p).value().release() : nullptr;
  }();
  return parser;
}

std::optional<ClauseRoles> ParseEnglishRoles(std::string_view sentence, const std::vector<Span>& triggers,
                                             Deadline deadline, const std::vector<Span>& names) {
  const EnglishRoleParser* p = DefaultEnglishRoleParser();
  if (p == nullptr) return std::nullopt;
  return p->Parse(sentence, triggers, deadline, names);
}

std::vector<LexiconRow> EnglishRoleLexicon() {
  std::vector<LexiconRow> rows;
  std::string_view tsv = EmbeddedEnglishRolesTsv();
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    rows.push_back({line.substr(0, tab), TrimSpace(line.substr(tab + 1))});
  }
  return rows;
}

}  // namespace hirewire::syntax
