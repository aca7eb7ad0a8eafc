#include "normalize/employer_names.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "corpus/text.h"
#include "corpus/tsv.h"
#include "corpus/utf8.h"
#include "extract/analysis.h"
#include "extract/entity_words.h"
#include "extract/korean.h"
#include "normalize/cues.h"
#include "normalize/frames.h"
#include "normalize/league_descriptors.h"
#include "normalize/leave_objects.h"
#include "normalize/name_prefixes.h"
#include "normalize/word_units.h"

namespace hirewire::normalize {
namespace {

constexpr std::string_view kKinds[] = {
    "agent_verb",   "lead",           "attribution",    "head",        "generic",       "place",
    "club_tail",    "club_lead",      "object_verb",    "origin_tail", "relative_lead", "unit_tail",
    "subject_noun", "join_verb",      "person_noun",    "outlet",      "part_noun",     "league_kind",
    "league",       "leave_verb",     "review",         "unit_title",  "record_tail",   "person_from",
    "lure_from",    "affiliate_word", "field_group",    "kind_word",   "kind_object",   "kind_lead",
    "kind_source",  "kind_particle",  "subject_opener", "arm_tail"};

bool IsHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool NameChar(char32_t c) { return IsHangul(c) || IsAsciiAlnum(c) || c == '&'; }

// The code point ending right before byte `pos` (0 at the start).
char32_t CharBefore(std::string_view s, size_t pos) {
  if (pos == 0) return 0;
  size_t b = pos - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  size_t len = 0;
  return DecodeUtf8At(s, b, &len);
}

// Hangul syllables in `s`, or -1 when `s` holds a code point that is no name character or does
// not open with Hangul.
int HangulName(std::string_view s) {
  int hangul = 0;
  bool first = true;
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeUtf8(s, &i);
    if (!NameChar(c) || (first && !IsHangul(c))) return -1;
    first = false;
    hangul += IsHangul(c);
  }
  return hangul;
}

const std::unordered_set<std::string_view>& CommonWords() {
  static const auto* words = [] {
    auto* set = new std::unordered_set<std::string_view>();
    std::string_view all = extract::EmbeddedKoCommonWords();
    for (size_t b = 0; b < all.size();) {
      size_t e = all.find('\n', b);
      if (e == std::string_view::npos) e = all.size();
      std::string_view w = all.substr(b, e - b);
      if (!w.empty() && w[0] != '#') set->insert(w);
      b = e + 1;
    }
    return set;
  }();
  return *words;
}

// Mentions in reading order (paragraph, then offset).
void SortMentions(std::vector<Mention>* mentions) {
  std::sort(mentions->begin(), mentions->end(), [](const Mention& x, const Mention& y) {
    return std::tie(x.paragraph, x.start) < std::tie(y.paragraph, y.start);
  });
}

struct Known {
  int start, end;
  bool person;
};

// The state of one article's reading.
class Reader {
 public:
  Reader(const Article& a, const EmployerNameTable& t, std::vector<int>* used) : a_(a), t_(t), used_(used) {
    known_.resize(a.paragraphs.size());
    for (const Entity& e : a.entities) {
      bool person = e.type == EntityType::kPerson;
      for (const Mention& m : e.mentions)
        if (m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < known_.size())
          known_[m.paragraph].push_back({m.start, m.end, person});
    }
    for (const EmployerNameRow& r : t_.rows())
      if (r.kind == "subject_noun" && r.lang == "en") en_subject_nouns_.push_back(r.text);
    std::sort(en_subject_nouns_.begin(), en_subject_nouns_.end());
  }

  // Row index of `kind` whose text `pred` accepts, else -1.
  template <typename Pred>
  int Row(std::string_view kind, Pred pred) const {
    const auto& rows = t_.rows();
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i].kind == kind && pred(rows[i].text)) return static_cast<int>(i);
    return -1;
  }
  void Use(int row) const {
    if (used_ && row >= 0) used_->push_back(row);
  }

  // Calls `at(pi, p, r, f)` for every place `f` of every paragraph `p` (its index `pi`) where a row `r` of
  // one of `kinds` is written.
  template <typename At>
  void ForEachRowWritten(std::initializer_list<std::string_view> kinds, At at) const {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (const EmployerNameRow& r : t_.rows()) {
        if (std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end()) continue;
        for (size_t f = p.find(r.text); f != std::string_view::npos; f = p.find(r.text, f + 1))
          at(pi, p, r, f);
      }
    }
  }
  void Use(const EmployerNameRow& r) const { Use(static_cast<int>(&r - t_.rows().data())); }

  // Source phrases: [start, end) spans of each paragraph whose organizations are dropped.
  void ReadSources() {
    ForEachRowWritten({"attribution"},
                      [&](size_t pi, std::string_view p, const EmployerNameRow& r, size_t f) {
                        size_t b = SentenceStart(p, f);
                        size_t comma = p.rfind(", ", f);
                        if (comma != std::string_view::npos && comma + 2 > b) b = comma + 2;
                        sources_.push_back({static_cast<int>(pi), static_cast<int>(b), static_cast<int>(f)});
                        Use(r);
                      });
  }

  // Interview outlets (ko): the organization written right before an outlet row ("조선비즈와의
  // 통화에서", "연합뉴스와의 인터뷰에서") is the medium a person spoke to, never an employer: its mention
  // there is dropped like a source phrase's.
  void ReadOutlets() {
    ForEachRowWritten({"outlet"}, [&](size_t pi, std::string_view, const EmployerNameRow& r, size_t f) {
      for (const Known& k : known_[pi])
        if (!k.person && k.end == static_cast<int>(f)) {
          sources_.push_back({static_cast<int>(pi), k.start, k.end});
          Use(r);
        }
    });
  }

  // Reviewing bodies (ko): the organization written right before a review row, glued or after one space
  // ("공직자윤리위원회 취업심사 절차를 거쳐", "금융위원회 승인을 받아"), is the body whose review or approval
  // the move awaits, never an employer: its mention there is dropped like a source phrase's. So is (en) the
  // organization before a record_tail row, a whole word after one space ("the richest deal in Western Hockey
  // League history"): the body whose records the sentence compares, not the one hiring.
  void ReadReviewers() {
    ForEachRowWritten(
        {"review", "record_tail"}, [&](size_t pi, std::string_view p, const EmployerNameRow& r, size_t f) {
          const bool english = r.kind == "record_tail";
          for (const Known& k : known_[pi]) {
            const size_t end = static_cast<size_t>(k.end);
            const size_t after = f + r.text.size();
            if (english && after < p.size() && std::isalpha(static_cast<unsigned char>(p[after]))) continue;
            if (k.person || !((end == f && !english) || (end + 1 == f && p[end] == ' '))) continue;
            sources_.push_back({static_cast<int>(pi), k.start, k.end});
            Use(r);
          }
        });
  }

  // Wire datelines opening a paragraph ("CEDAR FALLS, Iowa (AP) — ", "SEOUL, Dec 2 (Reuters) - ",
  // "OSAKA -- "; extract::WireDatelineEnd): a place and an agency, never an employer. Their
  // organizations are dropped like a source phrase's.
  // Organization mentions cut short ("Samsung" of "Samsung Heavy" beside Samsung Heavy Industries): the
  // longer span is a mention of the organization it begins (normalize/name_prefixes.h).
  void ReadNamePrefixes() { prefixes_ = LongerNamePrefixes(a_); }
  bool InsidePrefix(int pi, size_t start, size_t end) const {
    for (const PrefixMention& pm : prefixes_)
      if (pm.mention.paragraph == pi && static_cast<size_t>(pm.mention.start) <= start &&
          static_cast<size_t>(pm.mention.end) >= end)
        return true;
    return false;
  }

  // "left the fund": the kind noun as the object of a leave_verb row names the one organization of that kind
  // (normalize/leave_objects.h).
  // English: an organization mention followed by an affiliate_word row as a whole capitalized word ("Hyundai"
  // of "Hyundai Card", "Shinsegae" of "Shinsegae International"): the group's name extended by a business
  // word is an affiliate of its own, not the brand's best-known company; the whole span is added as a name.
  void ReadAffiliateNames() {
    for (const Entity& e : a_.entities) {
      if (e.type == EntityType::kPerson) continue;
      for (const Mention& m : e.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a_.paragraphs.size()) continue;
        const std::string_view p = a_.paragraphs[static_cast<size_t>(m.paragraph)];
        const size_t end = static_cast<size_t>(m.end);
        if (end + 1 >= p.size() || p[end] != ' ') continue;
        const int row = Row("affiliate_word", [&](const std::string& w) {
          const size_t we = end + 1 + w.size();
          return p.compare(end + 1, w.size(), w) == 0 && (we == p.size() || p[we] == ' ' || p[we] == ',' ||
                                                          p[we] == '.' || p[we] == '\'' || p[we] == '\xE2');
        });
        if (row < 0) continue;
        const std::string name(
            p.substr(static_cast<size_t>(m.start), end + 1 + t_.rows()[row].text.size() - m.start));
        const Mention whole{m.paragraph, m.start, static_cast<int>(m.start + name.size()), name};
        if (Covered(whole) || Overlaps(whole, /*person=*/true)) continue;
        Use(row);
        Add(name);
      }
    }
  }
  void ReadLeaveObjects() {
    for (auto& [org, m] : LeaveObjectMentions(a_, t_, used_))
      if (!Covered(m) && !Overlaps(m, /*person=*/true)) subject_mentions_.emplace_back(org, m);
  }

  void ReadDatelines() {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi)
      if (const int end = extract::WireDatelineEnd(a_.paragraphs[pi]); end > 0)
        sources_.push_back({static_cast<int>(pi), 0, end});
  }

  // Spans whose organizations are dropped like a source phrase's (a league before its team:
  // normalize/league_descriptors.h).
  void AddSources(const std::vector<ParagraphSpan>& spans) {
    for (const ParagraphSpan& sp : spans) sources_.push_back({sp.para, sp.start, sp.end});
  }

  // (ko) A league right before its club ("메이저리그 샌디에이고 파드리스가"; normalize/league_descriptors.h):
  // the league's mention there is dropped like a source phrase's; the club is an organization (a person read
  // there is it).
  void ReadLeagueClubs() {
    for (const LeagueClub& lc : KoreanLeagueClubs(a_, t_, used_)) {
      sources_.push_back({lc.league.para, lc.league.start, lc.league.end});
      const int start = lc.league.end + 1;
      Mention m{lc.league.para, start, start + static_cast<int>(lc.club.size()), lc.club};
      if (Covered(m)) continue;
      if (int person = PersonExactly(m); person >= 0) {
        retyped_.insert(static_cast<size_t>(person));
        hangul_people_.push_back(static_cast<size_t>(person));  // its written name, not a romanized person's
        continue;
      }
      if (!Overlaps(m, /*person=*/true)) Add(lc.club);
    }
  }

  // Subjects opening a sentence before an employer-side hiring word.
  void ReadSubjects() {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (size_t s : SentenceStarts(p)) ReadSubject(static_cast<int>(pi), p, s);
    }
  }

  // Spaced club names: a place row, a space and a nickname ending in a club_tail row, twice; or any Hangul
  // word after a league word (a club_lead row: "프로야구 해풍 타이탄스가 …"), once, in place of the place. In
  // an article naming a club after a league word, any Hangul word before such a nickname, twice, names a
  // club too ("전 청룡 스파크스 수석코치"), also where the recognizer read a person.
  void ReadClubs() {
    bool league_club = false;
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (const EmployerNameRow& r : t_.rows()) {
        if (r.kind != "place" && r.kind != "club_lead") continue;
        const bool lead = r.kind == "club_lead";
        for (size_t f = p.find(r.text + " "); f != std::string_view::npos; f = p.find(r.text + " ", f + 1)) {
          if (NameChar(CharBefore(p, f))) continue;
          const size_t at = lead ? f + r.text.size() + 1 : f;
          const size_t place_end = lead ? HangulRunEnd(p, at) : at + r.text.size();
          if (lead && !ClubPlace(p, at, place_end)) continue;
          if (ReadClub(pi, at, place_end, lead ? 1 : 2)) {
            Use(r);
            league_club = league_club || lead;
          }
        }
      }
    }
    if (!league_club) return;
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (size_t sp = p.find(' '); sp != std::string_view::npos; sp = p.find(' ', sp + 1)) {
        size_t at = sp;
        while (at > 0 && IsHangul(CharBefore(p, at))) at -= 3;
        if (at < sp && !NameChar(CharBefore(p, at)) && ClubPlace(p, at, sp)) ReadClub(pi, at, sp, 2);
      }
    }
  }
  // A word of two to four Hangul syllables at [at, end), followed by a space.
  static bool ClubPlace(std::string_view p, size_t at, size_t end) {
    const int n = HangulName(p.substr(at, end - at));
    return end < p.size() && p[end] == ' ' && n >= 2 && n <= 4;
  }
  static size_t HangulRunEnd(std::string_view p, size_t at) {
    while (at < p.size()) {
      size_t len = 0;
      char32_t c = DecodeUtf8At(p, at, &len);
      if (!IsHangul(c)) break;
      at += len;
    }
    return at;
  }
  // The club named by the place written at [f, place_end) of paragraph `pi` and the nickname after it, when
  // the article writes it at least `times` times; a person the recognizer read there is the club.
  bool ReadClub(size_t pi, size_t f, size_t place_end, size_t times) {
    std::string_view p = a_.paragraphs[pi];
    const size_t nb = place_end + 1, ne = HangulRunEnd(p, nb);
    std::string_view nick = StripParticle(p.substr(nb, ne - nb));
    int tail = Row("club_tail", [&](const std::string& t) { return EndsWith(nick, t); });
    if (tail < 0 || HangulName(nick) < 3 || CommonWords().count(nick) ||
        extract::EntityWords::Default().Has(extract::WordList::kKoStop, nick))
      return false;
    std::string name = std::string(p.substr(f, nb - f)) + std::string(nick);
    if (Occurrences(name).size() < times) return false;
    Use(tail);
    const Mention m{static_cast<int>(pi), static_cast<int>(f), static_cast<int>(f + name.size()), name};
    if (int person = PersonExactly(m); person >= 0) {
      retyped_.insert(static_cast<size_t>(person));
      hangul_people_.push_back(static_cast<size_t>(person));
    } else {
      Add(name);
    }
    return true;
  }

  // Korean people in Hangul whose canonical is a romanized spelling from the name dictionary
  // ("김민석" -> "Kim Min-seok", a politician's entry): the article never writes that spelling,
  // so nothing says it is the same person; the Hangul name stands.
  void ReadPeople() {
    const auto& words = extract::EntityWords::Default();
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (e.type != EntityType::kPerson || e.canonical == e.name || e.canonical.empty()) continue;
      int n = HangulName(e.name);
      size_t first = 0;
      DecodeUtf8(e.name, &first);
      if (n < 2 || n > 4 || static_cast<int>(e.name.size()) != 3 * n ||
          !words.Has(extract::WordList::kKoSurname, e.name.substr(0, first)))
        continue;
      std::string_view c = e.canonical;
      if (c[0] < 'A' || c[0] > 'Z') continue;
      bool written = false;
      for (const std::string& p : a_.paragraphs) written = written || p.find(c) != std::string::npos;
      if (!written) hangul_people_.push_back(i);
    }
  }

  // English: where a person comes from, named right after the person. A person_from row after a person
  // ("hired Jonas Berg from Nordea", "Emil Park, also from Ericsson,") or a move_from row of the frames after
  // the person and an age ("Feld, 52, comes from Genentech"), then a capitalized name closed by a comma,
  // period or lower-case word: that name is an organization, named once; a person the recognizer read there
  // ("from Baxter Lowe") is the organization.
  static bool At(std::string_view p, size_t at, std::string_view t) {
    return at <= p.size() && p.substr(at).starts_with(t);
  }
  void ReadPersonFromOrigins() {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (const Known& k : known_[pi]) {
        if (!k.person) continue;
        size_t slot = std::string_view::npos;
        size_t at = static_cast<size_t>(k.end);
        for (const EmployerNameRow& r : t_.rows())
          if (r.kind == "person_from" && r.lang == "en" &&
              At(p, at, (r.text[0] == ',' ? "" : " ") + r.text + " ")) {
            slot = at + r.text.size() + (r.text[0] == ',' ? 1 : 2);
            Use(r);
          }
        if (slot == std::string_view::npos) slot = MoveFromSlot(p, at);
        if (slot == std::string_view::npos || slot >= p.size() || !IsUpperAscii(p[slot])) continue;
        size_t end = slot;
        for (int n = 0; n < 4 && end < p.size() && IsUpperAscii(p[end]); ++n) {
          size_t w = p.find_first_of(" ,.;'\xE2", end);  // a possessive ("OpenAI's") ends the name
          end = w == std::string_view::npos ? p.size() : w;
          if (end >= p.size() || p[end] != ' ' || end + 1 >= p.size() || !IsUpperAscii(p[end + 1])) break;
          ++end;
        }
        const bool closed =
            end == p.size() || p[end] == ',' || p[end] == '.' || p[end] == ';' || p[end] == '\'' ||
            p[end] == '\xE2' ||
            (p[end] == ' ' && end + 1 < p.size() && std::islower(static_cast<unsigned char>(p[end + 1])));
        std::string name(p.substr(slot, end - slot));
        Mention m{static_cast<int>(pi), static_cast<int>(slot), static_cast<int>(end), name};
        if (!closed || !EnglishOrgShaped(name) || Covered(m)) continue;
        if (int person = PersonNamedAt(m); person >= 0)
          retyped_.insert(static_cast<size_t>(person));
        else if (!Overlaps(m, /*person=*/true))
          Add(name);
      }
    }
  }
  // The byte after "NAME[, 52,] comes from " (a move_from row of the frames), else npos.
  static size_t MoveFromSlot(std::string_view p, size_t at) {
    if (At(p, at, ", ")) {
      size_t d = at + 2;
      while (d < p.size() && std::isdigit(static_cast<unsigned char>(p[d]))) ++d;
      if (d > at + 2 && At(p, d, ",")) at = d + 1;
    }
    if (!At(p, at, " ")) return std::string_view::npos;
    const size_t w1 = p.find(' ', at + 1);
    const size_t w2 = w1 == std::string_view::npos ? w1 : p.find(' ', w1 + 1);
    if (w2 == std::string_view::npos ||
        !FrameReader::Default().IsRow("move_from", "en", p.substr(at + 1, w2 - at - 1)))
      return std::string_view::npos;
    return w2 + 1;
  }

  // English: an organization the words around a person name as the owner of the person's title
  // or as where they come from. A name the recognizer took for a person, or did not tag, right
  // after a verb whose object is the hired person (object_verb rows: "hired", "signing of") and
  // before a title and a person ("hired Philadelphia Eagles offensive coordinator Marcus Doyle",
  // "signing of Brighton winger Tariq Mensah") is a company; so is a capitalized name written at
  // least twice that stands before an origin_tail row ("a 15-year Genentech veteran").
  void ReadEnglishOrigins() {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (const Known& k : known_[pi]) {
        if (!k.person) continue;
        size_t b = static_cast<size_t>(k.start);
        // The capitalized words before the person and its title, back to the verb.
        size_t title = TitleStart(p, b);
        if (title == std::string_view::npos) continue;
        size_t name_end = title - 1;  // the space before the title
        size_t name_start = name_end;
        for (size_t cursor = name_end, words = 0; cursor > 0 && words < 4; ++words) {
          size_t sp = p.rfind(' ', cursor - 1);
          size_t w = sp == std::string_view::npos ? 0 : sp + 1;
          if (w >= cursor || !IsUpperAscii(p[w])) break;
          name_start = w;
          if (sp == std::string_view::npos) break;
          cursor = sp;
        }
        if (name_start == name_end) continue;
        int verb = ObjectVerbBefore(p, name_start);
        if (verb < 0) continue;
        // A possessive owner ("offered Riot's lead game designer Alex Moreau"): the name without "'s",
        // unless the article writes it so elsewhere too (a name ending so: "Macy's merchandising
        // executive …, who oversaw women's apparel at Macy's"); a person's ("named Brody's deputy,
        // Fiona Grant") is no organization.
        bool possessive = false;
        for (std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
          if (name_end - name_start > s.size() && p.substr(name_end - s.size(), s.size()) == s &&
              !WrittenAsName(std::string(p.substr(name_start, name_end - name_start)))) {
            name_end -= s.size();
            possessive = true;
          }
        std::string_view name = p.substr(name_start, name_end - name_start);
        if (possessive && PersonExactly({static_cast<int>(pi), static_cast<int>(name_start),
                                         static_cast<int>(name_end), std::string(name)}) >= 0)
          continue;
        if (!EnglishOrgShaped(name)) continue;
        Mention m{static_cast<int>(pi), static_cast<int>(name_start), static_cast<int>(name_end),
                  std::string(name)};
        if (Covered(m)) continue;
        Use(verb);
        if (int person = PersonExactly(m); person >= 0)
          retyped_.insert(static_cast<size_t>(person));
        else if (!Overlaps(m, /*person=*/true))
          Add(std::string(name));
      }
      for (const EmployerNameRow& r : t_.rows()) {
        if (r.kind != "origin_tail" || r.lang != "en") continue;
        std::string tail = " " + r.text;
        for (size_t f = p.find(tail); f != std::string_view::npos; f = p.find(tail, f + 1)) {
          size_t after = f + tail.size();
          if (after < p.size() && std::isalpha(static_cast<unsigned char>(p[after]))) continue;
          size_t w = p.rfind(' ', f - 1);
          w = w == std::string_view::npos ? 0 : w + 1;
          if (f == 0 || !IsUpperAscii(p[w])) continue;
          // The whole capitalized name before the tail ("Samsung Heavy veteran", not "Heavy"): its
          // earlier capitalized words too, as far as the name stays organization-shaped.
          for (int more = 0; more < 3 && w >= 2 && p[w - 1] == ' '; ++more) {
            size_t v = p.rfind(' ', w - 2);
            v = v == std::string_view::npos ? 0 : v + 1;
            if (!IsUpperAscii(p[v]) || !EnglishOrgShaped(p.substr(v, f - v))) break;
            w = v;
          }
          if (InsidePrefix(static_cast<int>(pi), w, f)) continue;
          std::string name(p.substr(w, f - w));
          Mention m{static_cast<int>(pi), static_cast<int>(w), static_cast<int>(f), name};
          if (!EnglishOrgShaped(name) || Covered(m) || Overlaps(m, /*person=*/true) ||
              Occurrences(name).size() < 2)
            continue;
          Use(r);
          Add(name);
        }
      }
    }
  }

  // English names the recognizer missed where the sentence places an organization:
  // - after a relative_lead row closing a person's relative clause ("Park Man-soo, who has led
  //   Daesung Retail since 2021, will step down"): the organization the person heads now;
  // - after a lure_from row ("luring him away from Central Plains State with a six-year contract"): where the
  //   person comes from;
  // - after a kind-of-company noun (en_company_cue words: "Streamer Lumen Play has hired …", "the
  //   streamer Lumen Play"), written at least twice in the article: an invented brand.
  // One to four capitalized words (EnglishOrgShaped), closed by a lowercase word, a comma, a
  // period or a possessive.
  void ReadEnglishPlaces() {
    const auto& words = extract::EntityWords::Default();
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      const std::string lower = AsciiLower(p);
      for (const EmployerNameRow& r : t_.rows()) {
        if (r.kind == "lure_from") {
          const std::string w = " " + r.text + " ";
          for (size_t f = lower.find(w); f != std::string::npos; f = lower.find(w, f + 1))
            if (AddNameAt(static_cast<int>(pi), p, f + w.size(), 1, false)) Use(r);
        }
        if (r.kind != "relative_lead") continue;
        std::string w = ", " + r.text + " ";
        for (size_t f = lower.find(w); f != std::string::npos; f = lower.find(w, f + 1))
          if (AddNameAt(static_cast<int>(pi), p, f + w.size(), 1, /*time_after=*/true)) Use(r);
      }
      for (size_t b = 0; b < p.size();) {
        size_t e = p.find(' ', b);
        if (e == std::string_view::npos) break;
        std::string_view cue = std::string_view(lower).substr(b, e - b);
        bool opens =
            b == 0 || (b >= 2 && p[b - 2] == '.') || std::string_view(lower).substr(0, b).ends_with("the ");
        if (opens && words.Has(extract::WordList::kEnCompanyCue, cue))
          AddNameAt(static_cast<int>(pi), p, e + 1, 2, false);
        // "joins from Swedish club Hammarby", "left Serie B club Virtus Ancona": a name after "from" or a
        // leave_verb row and a kind-of-organization noun (a subject_noun row or an en_company_cue word, at
        // most two modifiers between) is where the person comes from, named once.
        else if ((words.Has(extract::WordList::kEnCompanyCue, cue) || SubjectNoun(cue)) &&
                 (FromBefore(lower, b, "from ") || LeaveVerbBefore(lower, b)))
          AddNameAt(static_cast<int>(pi), p, e + 1, 1, false);
        b = e + 1;
      }
    }
  }
  bool LeaveVerbBefore(std::string_view lower, size_t b) {
    for (const EmployerNameRow& r : t_.rows())
      if (r.kind == "leave_verb" && FromBefore(lower, b, " " + r.text + " ")) {
        Use(r);
        return true;
      }
    return false;
  }
  // `lead` ("from ", " left ") ends `lower` before `b`, or before one or two words that end there ("from
  // Swedish club").
  static bool FromBefore(std::string_view lower, size_t b, const std::string& lead) {
    for (int words = 0; words < 3; ++words) {
      if (lower.substr(0, b).ends_with(lead)) return true;
      if (b < 2 || lower[b - 1] != ' ') return false;
      size_t sp = lower.rfind(' ', b - 2);
      size_t w = sp == std::string_view::npos ? 0 : sp + 1;
      if (lower.substr(w, b - 1 - w).find_first_of(",.;:()\"") != std::string_view::npos) return false;
      b = w;
    }
    return false;
  }
  // `lower` holds a verb of a completed hire made by the employer (cues.tsv kind cue, value hire: "brought
  // on", "poached", "snapped up") in the active voice (no "was", "were", "been" or "being" right before
  // it). Offer and intent cues are left out: their nouns ("signing bonus") and verbs ("approached")
  // do not make the noun the side that hires.
  static bool EmployerSideCue(const std::string& lower) {
    const CueLexicon& cues = CueLexicon::Default();
    for (int i : cues.RowsIn(lower)) {
      const CueRow& r = cues.rows()[static_cast<size_t>(i)];
      if (r.kind != "cue" || r.lang != "en" || r.value != "hire") continue;
      bool active = true;
      for (size_t f = lower.find(r.text); f != std::string::npos && active; f = lower.find(r.text, f + 1))
        active = !PassiveBefore(lower, f);
      if (active) return true;
    }
    return false;
  }
  // `text` holds a Korean hire or offer word of the cue lexicon (cues.tsv kind cue, value hire or
  // offer: 제시, 데려왔, 위촉했) that is not a passive form (영입됐, 영입된: the subject is the one hired).
  static bool KoreanEmployerSideCue(std::string_view text) {
    const CueLexicon& cues = CueLexicon::Default();
    for (int i : cues.RowsIn(text)) {
      const CueRow& r = cues.rows()[static_cast<size_t>(i)];
      if (r.kind != "cue" || r.lang != "ko" || (r.value != "hire" && r.value != "offer")) continue;
      if (!HoldsKoreanPassiveSyllable(r.text)) return true;
    }
    return false;
  }
  // The referent of a common noun for an organization (a subject_noun row): the organization the
  // context gives (`fallback`) when its name ends in the noun, else the one organization of the
  // article whose name does ("the bank" → Kestrel Bank, 그룹 → 세광그룹, "the group" → Hanseong Group
  // beside its affiliate Hanseong Chemical), else `fallback`.
  int HeadMatch(std::string_view noun, int fallback) const {
    auto ends = [&](const Entity& e) {
      std::string name = AsciiLower(e.canonical);
      if (!EndsWith(name, noun) || name.size() == noun.size()) return false;
      const char before = name[name.size() - noun.size() - 1];
      return (static_cast<unsigned char>(noun[0]) >= 0x80) || before == ' ';  // whole English word
    };
    if (fallback >= 0 && ends(a_.entities[static_cast<size_t>(fallback)])) return fallback;
    // An organization only the headline names is no referent of the body's noun: a title-case headline
    // phrase ("Amazon Hires Three Google DeepMind Researchers for New AGI Lab") is not the lab.
    auto headline_only = [&](const Entity& e) {
      return a_.paragraphs.size() > 1 && std::all_of(e.mentions.begin(), e.mentions.end(),
                                                     [](const Mention& m) { return m.paragraph == 0; });
    };
    int match = -1;
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (!IsOrgType(e.type) || !ends(e) || headline_only(e)) continue;
      if (match >= 0 && a_.entities[static_cast<size_t>(match)].canonical != e.canonical) return fallback;
      match = static_cast<int>(i);
    }
    return match >= 0 ? match : fallback;
  }
  // A passive auxiliary ends `s` right before `at` ("was hired", "been brought on").
  static bool PassiveBefore(std::string_view s, size_t at) {
    for (const char* aux : {"was ", "were ", "been ", "being ", "be "})
      if (EndsWith(s.substr(0, at), aux)) return true;
    return false;
  }
  // An English subject_noun row (asked at every word of ReadEnglishPlaces: the rows are gathered once).
  bool SubjectNoun(std::string_view w) const {
    return std::binary_search(en_subject_nouns_.begin(), en_subject_nouns_.end(), w);
  }
  // The capitalized name starting at `at` (see ReadEnglishPlaces), added when the article writes it
  // at least `times` times and the recognizer has no organization or person there. `time_after`:
  // the name is closed by a comma, a period or a word of time ("since 2021", "for a decade"), not by
  // a noun that makes it a modifier ("who has run Genesis design").
  bool AddNameAt(int pi, std::string_view p, size_t at, size_t times, bool time_after) {
    size_t end = at;
    for (int n = 0; n < 4 && end < p.size() && IsUpperAscii(p[end]); ++n) {
      size_t w = end;
      while (w < p.size() && p[w] != ' ' && p[w] != ',' && p[w] != '.' && p[w] != '\'' && p[w] != '\xE2') ++w;
      end = w;
      if (w >= p.size() || p[w] != ' ' || w + 1 >= p.size() || !IsUpperAscii(p[w + 1])) break;
      end = w + 1;
    }
    while (end > at && p[end - 1] == ' ') --end;
    if (end == at) return false;
    bool closed = end == p.size() || p[end] == ',' || p[end] == '.' || p[end] == '\'' || p[end] == '\xE2' ||
                  (p[end] == ' ' && end + 1 < p.size() && p[end + 1] >= 'a' && p[end + 1] <= 'z');
    if (time_after && end < p.size() && p[end] == ' ') {
      std::string_view next = p.substr(end + 1, p.find(' ', end + 1) - end - 1);
      if (next != "since" && next != "for" && next != "until" && next != "from" && next != "in") return false;
    }
    std::string name(p.substr(at, end - at));
    Mention m{pi, static_cast<int>(at), static_cast<int>(end), name};
    if (!closed || !EnglishOrgShaped(name) || Covered(m) || Overlaps(m, /*person=*/true) ||
        Occurrences(name).size() < times)
      return false;
    Add(name);
    return true;
  }

  // People named like a company of the same article: the recognizer typed "Ashcombe Reed has
  // hired …" a person and "Ashcombe Reed's London office" a company, or took the start of a
  // company's name for a person ("Bandai Namco" beside "Bandai Namco Entertainment"). A name of
  // two words or more that is a company's name or the start of it, word for word, is that
  // company: its mentions become the company's (`company_people_`: entity, company entity).
  // English: a sentence opening with "The [one or two modifiers] NOUN" (a subject_noun row: "The
  // insurer also tapped …", "The London-listed lender has also hired …") with an object_verb row
  // later in it: the phrase names the organization the article is about (the company or
  // organization opening the headline, else the lede past its dateline), and becomes one of its
  // mentions. An article opening with no organization gives none.
  void ReadEnglishSubjects() {
    const int main = MainOrg();
    ReadEnglishSubjectNouns(main);
    ReadEnglishJoinObjects(main);
    ReadEnglishAffiliates();
    ReadHoldingPossessives();
    ReadEnglishPartObjects();
  }

  // English: a holding's brand alone in the possessive ("was hired to lead Seorin's new battery unit" in an
  // article naming Seorin Group and its affiliates Seorin Chemical, Seorin Logistics …) stands for the
  // holding (frames.tsv holding rows), when the article has no organization of that name itself.
  void ReadHoldingPossessives() {
    for (const Entity& e : a_.entities) {
      std::string stem;
      if (!IsOrgType(e.type) || !FrameReader::Default().HoldingName(e.canonical, &stem)) continue;
      const std::string brand = stem.substr(0, stem.find(' '));
      if (brand.size() < 3 || !IsUpperAscii(brand[0]) || brand == e.canonical) continue;
      for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
        std::string_view p = a_.paragraphs[pi];
        for (size_t f = p.find(brand); f != std::string_view::npos; f = p.find(brand, f + 1)) {
          const size_t end = f + brand.size();
          if ((f > 0 && p[f - 1] != ' ') ||
              !(p.substr(end).starts_with("'s ") || p.substr(end).starts_with("\xE2\x80\x99s ")))
            continue;
          Mention m{static_cast<int>(pi), static_cast<int>(f), static_cast<int>(end), brand};
          if (!Covered(m) && !Overlaps(m, /*person=*/true) && !Overlaps(m, /*person=*/false))
            part_mentions_.emplace_back(e.canonical, m);
        }
      }
    }
  }

  // English: an affiliate named by its group's brand. A capitalized name opening with the first word
  // of a holding of the article (frames.tsv holding rows: "Daesung Group", "Hanbit Financial Group")
  // and going on with another capitalized word ("head of the camera module division at Daesung
  // Innotech,", "At Daesung Display, the group tapped …") is a company of that group, named once.
  void ReadEnglishAffiliates() {
    std::set<std::string> brands;
    for (const Entity& e : a_.entities) {
      std::string stem;
      if (!IsOrgType(e.type) || !FrameReader::Default().HoldingName(e.canonical, &stem)) continue;
      const std::string brand = stem.substr(0, stem.find(' '));
      if (brand.size() >= 3 && IsUpperAscii(brand[0]) && std::all_of(brand.begin(), brand.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c)) != 0;
          }))
        brands.insert(brand + " ");
    }
    for (const std::string& brand : brands)
      for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
        std::string_view p = a_.paragraphs[pi];
        for (size_t f = p.find(brand); f != std::string_view::npos; f = p.find(brand, f + 1))
          if ((f == 0 || p[f - 1] == ' ') && f + brand.size() < p.size() && IsUpperAscii(p[f + brand.size()]))
            AddNameAt(static_cast<int>(pi), p, f, 1, /*time_after=*/false);
      }
  }

  // English: "TITLE of|at the [modifiers] NOUN" with NOUN a part_noun row ("was named president of the
  // biotech unit", "promoted to president and CEO of the parts maker", "president of the shipping and
  // warehousing affiliate") names the affiliate the article gives for it: the one organization whose
  // last word a modifier begins with ("Daehan Bio" for "the biotech unit"), else the organization the
  // sentence names before it (the person's apposition: "Kim, head of … at Daesung Innotech, was
  // promoted to …"), not a holding nor one marked as an origin. The phrase becomes its mention.
  void ReadEnglishPartObjects() {
    const auto& words = extract::EntityWords::Default();
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      const std::string lower = AsciiLower(p);
      for (const char* prep : {" of the ", " at the ", " of its ", " at its "}) {
        const std::string w(prep);
        for (size_t f = lower.find(w); f != std::string::npos; f = lower.find(w, f + 1)) {
          const size_t title = p.rfind(' ', f - 1) + 1;
          if (f == 0 || !words.Has(extract::WordList::kEnTitle, std::string(p.substr(title, f - title))))
            continue;
          const size_t the = f + w.size() - 4;
          // The mention starts past "the", where the frames read the organization of a post ("of the X"), and
          // at "its" ("head of its battery unit").
          const size_t start = lower.compare(the, 4, "the ") == 0 ? the + 4 : the;
          // The owner's common noun before the part ("of the group's battery unit") is part of the phrase.
          size_t parts = the + 4;
          if (const size_t gen = lower.find("'s ", parts);
              start == the + 4 && gen != std::string::npos && gen > parts &&
              std::all_of(lower.begin() + static_cast<long>(parts), lower.begin() + static_cast<long>(gen),
                          [](char c) { return c >= 'a' && c <= 'z'; }))
            parts = gen + 3;
          // A possessive part is a group's only: "its" and "the group's" after a holding the sentence names
          // ("Acme hired Kim of Microsoft as head of its cloud unit" is Acme's own unit).
          if ((start == the || parts > the + 4) && !HoldingBefore(static_cast<int>(pi), p, the)) continue;
          AddPartMention(static_cast<int>(pi), p, the, start, parts, /*possessive=*/false);
        }
      }
      ReadLedAndOwningParts(static_cast<int>(pi), p, lower);
    }
  }
  // The same part phrase as the object of a relative clause of leading after a person (relative_lead rows:
  // "Ha, who has led the chemical unit since 2016,") and as the possessive opening a sentence ("The insurance
  // unit's president, Takeshi Mori, will also step down"): the unit a person heads.
  void ReadLedAndOwningParts(int pi, std::string_view p, const std::string& lower) {
    for (const EmployerNameRow& r : t_.rows()) {
      if (r.kind != "relative_lead") continue;
      const std::string w = r.text + " the ";
      for (size_t f = lower.find(w); f != std::string::npos; f = lower.find(w, f + 1)) {
        const size_t the = f + r.text.size() + 1;
        if (AddPartMention(pi, p, the, the + 4, the + 4, /*possessive=*/false)) Use(r);
      }
    }
    for (size_t s : SentenceStarts(p))
      if (lower.compare(s, 4, "the ") == 0) AddPartMention(pi, p, s, s + 4, s + 4, /*possessive=*/true);
  }
  // Reads "[modifiers] NOUN" at `parts` (PartNounEnd) and adds [start, its end) as a mention of the
  // organization it names (PartReferent, read before `the`); true when one is added.
  bool AddPartMention(int pi, std::string_view p, size_t the, size_t start, size_t parts, bool possessive) {
    std::vector<std::string> mods;
    const size_t end = PartNounEnd(p, parts, &mods, possessive);
    if (end == std::string_view::npos) return false;
    Mention m{pi, static_cast<int>(start), static_cast<int>(end), std::string(p.substr(start, end - start))};
    if (Covered(m) || Overlaps(m, /*person=*/true)) return false;
    const std::string referent = PartReferent(pi, p, the, mods);
    if (referent.empty()) return false;
    part_mentions_.emplace_back(referent, m);
    return true;
  }
  // A holding (frames.tsv holding rows) is named in the sentence of paragraph `pi` before `at`.
  bool HoldingBefore(int pi, std::string_view p, size_t at) const {
    const size_t s = SentenceStart(p, at);
    for (const Entity& e : a_.entities)
      if (IsOrgType(e.type) && FrameReader::Default().HoldingName(e.canonical))
        for (const Mention& m : e.mentions)
          if (m.paragraph == pi && m.start >= static_cast<int>(s) && m.end <= static_cast<int>(at))
            return true;
    return false;
  }
  // The end of "[up to three modifiers] NOUN" starting at `at` whose NOUN is a part_noun row, not followed by
  // a name, a possessive or "at"/"of" and a name ("the display unit at Daesung Display"); npos when there is
  // none. `mods` receives the modifiers in lower case.
  size_t PartNounEnd(std::string_view p, size_t at, std::vector<std::string>* mods, bool possessive = false) {
    for (int word = 0; word < 4 && at < p.size(); ++word) {
      size_t e = at;
      while (e < p.size() && (std::islower(static_cast<unsigned char>(p[e])) || p[e] == '-')) ++e;
      if (e == at) return std::string_view::npos;
      std::string_view w = p.substr(at, e - at);
      const int noun = Row("part_noun", [&](const std::string& t) { return t == w; });
      if (noun >= 0) {
        std::string_view rest = p.substr(e);
        if (rest.starts_with(" at ") || rest.starts_with(" of ")) rest = rest.substr(4);
        const bool named = rest.size() > 1 && rest[0] == ' ' && IsUpperAscii(rest[1]);
        const bool poss = e < p.size() && (p[e] == '\'' || p[e] == '\xE2');
        if (named || poss != possessive) return std::string_view::npos;
        Use(noun);
        return e;
      }
      if (e >= p.size() || p[e] != ' ') return std::string_view::npos;
      if (w != "and") mods->emplace_back(w);
      at = e + 1;
    }
    return std::string_view::npos;
  }
  // The organization a part noun at `at` of paragraph `pi` names (see ReadEnglishPartObjects), or "".
  std::string PartReferent(int pi, std::string_view p, size_t at,
                           const std::vector<std::string>& mods) const {
    std::vector<std::string> names;  // the article's companies, the names read so far included
    for (const Entity& e : a_.entities)
      if (IsOrgType(e.type) && !FrameReader::Default().HoldingName(e.canonical)) names.push_back(e.canonical);
    for (const std::string& n : added_) names.push_back(n);
    std::string industry;
    for (const std::string& n : names) {
      const std::string last = AsciiLower(n.substr(n.rfind(' ') + 1));
      if (last.size() < 3 || n.find(' ') == std::string::npos) continue;
      const bool fits = std::any_of(mods.begin(), mods.end(), [&](const std::string& m) {
        return m.size() >= 3 && (m.starts_with(last) || last.starts_with(m));
      });
      if (!fits) continue;
      if (!industry.empty() && industry != n) return "";
      industry = n;
    }
    if (!industry.empty()) return industry;
    const size_t s = SentenceStart(p, at);
    std::string nearest;
    int nearest_at = -1;
    for (const std::string& n : names)
      for (const Mention& m : Occurrences(n)) {
        if (m.paragraph != pi || m.start < static_cast<int>(s) || m.end > static_cast<int>(at) ||
            m.start <= nearest_at)
          continue;
        // Not one named as where the person comes from ("a former head of X", "from X"): the phrase since the
        // last comma says so.
        std::string before = AsciiLower(p.substr(s, static_cast<size_t>(m.start) - s));
        if (const size_t comma = before.rfind(", "); comma != std::string::npos)
          before = before.substr(comma + 2);
        if (before.find("former ") != std::string::npos || EndsWith(before, "from ") ||
            EndsWith(before, "ex-"))
          continue;
        nearest = n;
        nearest_at = m.start;
      }
    return nearest;
  }

  // English: "the [one or two modifiers] NOUN" (a subject_noun row) as the object of a join_verb row
  // ("will join the company on April 1", "has joined the firm as a partner") names the organization
  // the sentence opens with, else the one an earlier sentence opened with, else the one the article
  // is about; not when a name follows the noun ("joined the automaker Sakura Motors").
  void ReadEnglishJoinObjects(int main) {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      const std::string lower = AsciiLower(p);
      for (const EmployerNameRow& r : t_.rows()) {
        if (r.kind != "join_verb") continue;
        const std::string w = " " + r.text + " the ";
        for (size_t f = lower.find(w); f != std::string::npos; f = lower.find(w, f + 1)) {
          const size_t the = f + w.size() - 4;
          bool capitalized = false;
          const size_t end = JoinObjectNounEnd(p, the + 4, &capitalized);
          if (end == std::string_view::npos) continue;
          if (DatedByYear(p, end)) continue;  // "who joined the company in 2021": background
          const size_t word = p.rfind(' ', end - 1) + 1;
          const int referent = HeadMatch(AsciiLower(p.substr(word, end - word)),
                                         SubjectBefore(static_cast<int>(pi), the, main));
          Mention m{static_cast<int>(pi), static_cast<int>(the), static_cast<int>(end),
                    std::string(p.substr(the, end - the))};
          if (referent < 0 || Covered(m) || Overlaps(m, /*person=*/true)) continue;
          // (A capitalized modifier is a place, not a name the recognizer read: "joined the Apple team".)
          if (capitalized && Overlaps(m, /*person=*/false)) continue;
          Use(r);
          subject_mentions_.emplace_back(static_cast<size_t>(referent), m);
        }
      }
    }
  }
  // English: a candidate first written as a descriptor, "a/an [up to seven words] NOUN" (a person_noun
  // row; the words are lower case or inside an organization's name; no name, possessive or plural
  // after the NOUN: "Meta offered an OpenAI researcher a pay package …", "A senior JPMorgan Chase &
  // Co. rates trader has turned down …"), before any person is named, is the first person named
  // after it in its paragraph or the next two, when that mention is tied to it: the same NOUN
  // right before it ("The researcher, Daniel Okafor, …") or in its apposition ("Daniel Okafor, an
  // OpenAI researcher, …"), or an object_verb row right before it ("Millbrook had offered Ethan
  // Cole …"). The NOUN becomes a mention of that person, so the descriptor's sentence reads as a
  // sentence about them. One descriptor per article.
  void ReadDescribedCandidates() {
    std::vector<std::pair<Mention, size_t>> persons;  // every person mention in reading order
    for (size_t i = 0; i < a_.entities.size(); ++i)
      if (a_.entities[i].type == EntityType::kPerson)
        for (const Mention& m : a_.entities[i].mentions) persons.emplace_back(m, i);
    if (persons.empty()) return;
    std::sort(persons.begin(), persons.end(), [](const auto& x, const auto& y) {
      return std::tie(x.first.paragraph, x.first.start) < std::tie(y.first.paragraph, y.first.start);
    });
    const Mention& first = persons.front().first;
    for (size_t pi = 0; pi < a_.paragraphs.size() && static_cast<int>(pi) <= first.paragraph; ++pi) {
      std::string_view p = a_.paragraphs[pi];
      const std::string lower = AsciiLower(p);
      for (size_t at = 0; at < p.size(); ++at) {
        if (static_cast<int>(pi) == first.paragraph && static_cast<int>(at) >= first.start) return;
        if ((at > 0 && p[at - 1] != ' ') ||
            !(StartsWithWord(lower, at, "a") || StartsWithWord(lower, at, "an")))
          continue;
        const auto [noun_start, noun_end] =
            DescriptorNoun(static_cast<int>(pi), p, at + (lower[at + 1] == 'n' ? 3 : 2));
        if (noun_end == 0) continue;
        const std::string_view noun = p.substr(noun_start, noun_end - noun_start);
        for (const auto& [m, entity] : persons) {
          if (m.paragraph < static_cast<int>(pi) ||
              (m.paragraph == static_cast<int>(pi) && m.start < static_cast<int>(noun_end)))
            continue;
          if (m.paragraph > static_cast<int>(pi) + 2) return;
          if (!TiedToDescriptor(a_.paragraphs[m.paragraph], m, noun) &&
              !TiedByOrganization(static_cast<int>(pi), at, m))
            return;  // only the first named person
          Mention d{static_cast<int>(pi), static_cast<int>(noun_start), static_cast<int>(noun_end),
                    std::string(noun)};
          subject_mentions_.emplace_back(entity, d);
          Use(Row("person_noun", [&](const std::string& t) { return t == noun; }));
          return;
        }
        return;
      }
    }
  }
  static bool StartsWithWord(std::string_view lower, size_t at, std::string_view w) {
    return lower.substr(at, w.size()) == w && at + w.size() < lower.size() && lower[at + w.size()] == ' ';
  }
  // [start, end) of the person_noun row ending the descriptor that starts at `at` (past "a "), or
  // {0, 0}: up to seven words, each lower case (letters and hyphens), a name word or inside a known
  // organization.
  std::pair<size_t, size_t> DescriptorNoun(int pi, std::string_view p, size_t at) const {
    for (int word = 0; word < 8 && at < p.size(); ++word) {
      size_t e = p.find(' ', at);
      if (e == std::string_view::npos) e = p.size();
      std::string_view w = p.substr(at, e - at);
      if (!InsideOrg(pi, at, e) && !NameWord(w)) {
        // "an OpenAI researcher, only …"
        const bool comma = w.size() > 1 && (w.back() == ',' || w.back() == '.');
        if (comma) w.remove_suffix(1);
        if (w.empty() ||
            !std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
          return {0, 0};
        if (Row("person_noun", [&](const std::string& t) { return t == w; }) >= 0) {
          const bool named = !comma && e + 1 < p.size() && IsUpperAscii(p[e + 1]);
          return named ? std::pair<size_t, size_t>{0, 0} : std::pair<size_t, size_t>{at, at + w.size()};
        }
        if (comma) return {0, 0};
      }
      at = e + 1;
    }
    return {0, 0};
  }
  // A word of a name inside a descriptor: capitalized ("Goldman", "OpenAI"), "&", or a short
  // abbreviation ("Co.", "Inc.").
  static bool NameWord(std::string_view w) {
    if (w == "&") return true;
    if (w.empty() || !IsUpperAscii(w[0])) return false;
    if (w.back() == '.') {
      if (w.size() > 5) return false;  // a sentence end, not "Co."
      w.remove_suffix(1);
    }
    return std::all_of(w.begin(), w.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
  }
  bool InsideOrg(int pi, size_t start, size_t end) const {
    for (const Known& k : known_[pi])
      if (!k.person && k.start <= static_cast<int>(start) && k.end >= static_cast<int>(end)) return true;
    return false;
  }
  // The person mention `m` is tied to a descriptor ending in `noun` (see ReadDescribedCandidates).
  bool TiedToDescriptor(std::string_view p, const Mention& m, std::string_view noun) const {
    const std::string before = AsciiLower(p.substr(0, static_cast<size_t>(m.start)));
    for (const std::string& tail : {std::string(noun) + ", ", std::string(noun) + " "}) {
      if (!EndsWith(before, tail)) continue;
      const size_t s = before.rfind(". ", before.size() - tail.size());
      const size_t the = before.rfind("the ", before.size() - tail.size());
      if (the != std::string::npos && (s == std::string::npos || the > s) &&
          (the == 0 || before[the - 1] == ' ') && before.size() - tail.size() - the <= 40)
        return true;
    }
    const std::string after = AsciiLower(p.substr(static_cast<size_t>(m.end)));
    if (after.starts_with(", a ") || after.starts_with(", an ") || after.starts_with(", the ")) {
      const size_t close = after.find_first_of(",.", 2);
      const std::string_view apposition = std::string_view(after).substr(0, close);
      for (size_t f = apposition.find(noun); f != std::string_view::npos; f = apposition.find(noun, f + 1))
        if (apposition[f - 1] == ' ' &&
            (f + noun.size() == apposition.size() || apposition[f + noun.size()] == ' '))
          return true;
    }
    return Row("object_verb", [&](const std::string& t) { return EndsWith(before, " " + t + " "); }) >= 0;
  }

  // The person `m` opens the paragraph right after the descriptor's (or a sentence of it) and the
  // sentence it opens names an organization the descriptor's sentence named, by its first word ("A senior
  // researcher at Halcyon Labs … has turned down an offer from Meta …" / "Tomas Eriksen, who leads
  // Halcyon's reinforcement-learning team, …"): the lede's descriptor is that person.
  bool TiedByOrganization(int pi, size_t descriptor_at, const Mention& m) const {
    if (m.paragraph != pi + 1) return false;
    std::string_view p = a_.paragraphs[m.paragraph];
    if (m.start != 0 && !(m.start >= 2 && p.substr(static_cast<size_t>(m.start) - 2, 2) == ". "))
      return false;
    size_t end = p.find(". ", static_cast<size_t>(m.end));
    const std::string sentence =
        AsciiLower(p.substr(static_cast<size_t>(m.end), end == std::string_view::npos ? end : end - m.end));
    std::string_view lede = a_.paragraphs[pi];
    size_t lede_end = lede.find(". ", descriptor_at);
    if (lede_end == std::string_view::npos) lede_end = lede.size();
    for (const Known& k : known_[pi]) {
      if (k.person || k.start < static_cast<int>(descriptor_at) || k.end > static_cast<int>(lede_end))
        continue;
      std::string_view org = lede.substr(static_cast<size_t>(k.start), static_cast<size_t>(k.end - k.start));
      const std::string first = AsciiLower(org.substr(0, org.find(' ')));
      if (first.size() < 3) continue;
      for (size_t f = sentence.find(first); f != std::string::npos; f = sentence.find(first, f + 1)) {
        const size_t e = f + first.size();
        const bool whole = (f == 0 || !std::isalnum(static_cast<unsigned char>(sentence[f - 1]))) &&
                           (e == sentence.size() || !std::isalnum(static_cast<unsigned char>(sentence[e])));
        if (whole) return true;
      }
    }
    return false;
  }

  // A year (a four-digit number from 1900) stands between `at` and the end of its phrase (a comma,
  // semicolon or sentence end).
  static bool DatedByYear(std::string_view p, size_t at) {
    size_t end = p.find_first_of(",;", at);
    const size_t stop = p.find(". ", at);
    end = std::min(end == std::string_view::npos ? p.size() : end,
                   stop == std::string_view::npos ? p.size() : stop);
    for (size_t i = at; i + 4 <= end; ++i) {
      if ((i > 0 && std::isdigit(static_cast<unsigned char>(p[i - 1]))) || (p[i] != '1' && p[i] != '2'))
        continue;
      bool digits = true;
      for (size_t k = i; k < i + 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(p[k]));
      if (digits && (i + 4 == p.size() || !std::isdigit(static_cast<unsigned char>(p[i + 4]))) &&
          p.substr(i, 2) >= "19")
        return true;
    }
    return false;
  }
  // The end of "[one to three modifiers] NOUN" starting at `at` whose NOUN is a subject_noun row and is
  // not followed by a capitalized name; a possessive after it only before a capitalized word, a place ("the
  // US firm's Hong Kong office"). A modifier is a lower-case word or a capitalized word of a place or
  // nationality ("the Montreal studio", "the Seoul-based company", "the U.S. firm": `*capitalized` is then
  // set); npos when there is none.
  size_t JoinObjectNounEnd(std::string_view p, size_t at, bool* capitalized) {
    for (int word = 0; word < 4 && at < p.size(); ++word) {
      const bool cap = IsUpperAscii(p[at]);
      size_t e = at;
      while (e < p.size() && (std::islower(static_cast<unsigned char>(p[e])) || p[e] == '-' ||
                              (cap && (std::isalpha(static_cast<unsigned char>(p[e])) || p[e] == '.'))))
        ++e;
      if (e == at) return std::string_view::npos;
      std::string_view w = p.substr(at, e - at);
      int noun = cap ? -1 : Row("subject_noun", [&](const std::string& t) { return t == w; });
      if (noun >= 0) {
        const bool named = e + 1 < p.size() && p[e] == ' ' && IsUpperAscii(p[e + 1]);
        if (named || (e < p.size() && (p[e] == '\'' || p[e] == '\xE2') && !PossessiveBeforePlace(p, e)))
          return std::string_view::npos;
        Use(noun);
        return e;
      }
      if (e >= p.size() || p[e] != ' ') return std::string_view::npos;
      *capitalized = *capitalized || cap;
      at = e + 1;
    }
    return std::string_view::npos;
  }
  // "'s" (or "’s") at `at`, then a space and a capitalized word: "the firm's Hong Kong office".
  static bool PossessiveBeforePlace(std::string_view p, size_t at) {
    for (std::string_view s : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")})
      if (p.compare(at, s.size(), s) == 0) return at + s.size() < p.size() && IsUpperAscii(p[at + s.size()]);
    return false;
  }

  // The organization the article is about: the company or organization opening the headline, else
  // the lede past its dateline; -1 when the article opens with none.
  int MainOrg() const {
    int main = -1;
    for (int pi = 0; pi < 2 && main < 0 && pi < static_cast<int>(a_.paragraphs.size()); ++pi) {
      int open = 0;
      for (const Span& sp : sources_)
        if (sp.para == pi && sp.start == 0) open = std::max(open, sp.end);
      // Past a dropped dateline ("CEDAR FALLS, Iowa (AP) — "): the first letter after it.
      std::string_view p = a_.paragraphs[pi];
      while (open > 0 && open < static_cast<int>(p.size()) &&
             !std::isalpha(static_cast<unsigned char>(p[open])))
        ++open;
      for (size_t i = 0; i < a_.entities.size(); ++i) {
        const Entity& e = a_.entities[i];
        if (!IsOrgType(e.type)) continue;
        for (const Mention& m : e.mentions)
          if (m.paragraph == pi && m.start == open && !InSource(m)) main = PrefixOwner(i, m);
      }
    }
    return main;
  }
  // The organization a mention of entity `i` names: the longer organization when the mention is cut short
  // ("Samsung" of "Samsung Heavy names …" beside Samsung Heavy Industries; ReadNamePrefixes), else `i`.
  int PrefixOwner(size_t i, const Mention& m) const {
    for (const PrefixMention& pm : prefixes_)
      if (pm.cut_entity == i && pm.cut.paragraph == m.paragraph && pm.cut.start == m.start &&
          pm.cut.end == m.end)
        return static_cast<int>(pm.entity);
    return static_cast<int>(i);
  }

  void ReadEnglishSubjectNouns(int main) {
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      std::vector<size_t> starts = SentenceStarts(p);
      for (size_t si = 0; si < starts.size(); ++si) {
        size_t s = starts[si], end = si + 1 < starts.size() ? starts[si + 1] : p.size();
        // A sentence adverb before the noun ("Separately, the insurer hired …"; subject_opener rows).
        const int opener =
            Row("subject_opener", [&](const std::string& t) { return StartsWith(p, s, t + " the "); });
        if (opener >= 0)
          s += t_.rows()[static_cast<size_t>(opener)].text.size() + 1;
        else if (p.compare(s, 4, "The ") != 0)
          continue;
        size_t at = s + 4;
        for (int word = 0; word < 3 && at < end; ++word) {
          size_t e = at;
          while (e < end && (std::isalpha(static_cast<unsigned char>(p[e])) || p[e] == '-')) ++e;
          if (e == at || e >= end) break;
          std::string_view w = p.substr(at, e - at);
          int noun =
              Row("subject_noun", [&](const std::string& t) { return t == w && w.size() == t.size(); });
          // "The automaker Sakura Motors": the name follows, the noun is no mention.
          const bool named = p[e] == ' ' && e + 1 < end && IsUpperAscii(p[e + 1]);
          if (noun >= 0 && (p[e] == ' ' || p[e] == ',') && !named) {
            std::string rest(p.substr(e, end - e));
            int verb = Row("object_verb", [&](const std::string& t) {
              size_t f = rest.find(" " + t + " ");
              return f != std::string::npos && !PassiveBefore(rest, f + 1);
            });
            // Any employer-side hiring word of the cue lexicon does as well ("The lab has also brought
            // on …", "is bringing in"), unless a passive auxiliary makes the noun the one hired.
            if (verb < 0 && EmployerSideCue(AsciiLower(rest))) verb = noun;
            const int referent = HeadMatch(t_.rows()[static_cast<size_t>(noun)].text,
                                           SubjectBefore(static_cast<int>(pi), s, main));
            if (verb >= 0 && referent >= 0) {
              Use(noun);
              Use(verb);
              Use(opener);
              Mention m{static_cast<int>(pi), static_cast<int>(s), static_cast<int>(e),
                        std::string(p.substr(s, e - s))};
              if (!Covered(m) && !Overlaps(m, /*person=*/true))
                subject_mentions_.emplace_back(static_cast<size_t>(referent), m);
            }
            break;
          }
          if (p[e] != ' ') break;
          at = e + 1;
        }
      }
    }
  }

  // Korean: a sentence opening with a generic noun for a company as its topic or subject (a
  // subject_noun row, lang ko, with 은/는/이/가 or 측은/측이: "회사는 미국 퀄컴에서 … 한지오 부사장을 …
  // 영입했다") with an agent_verb row later in it: the noun names the organization that opens an
  // earlier sentence of the paragraph (or the last sentence of the paragraph before) as its topic or
  // subject, else the one the article is about, and becomes one of its mentions.
  void ReadKoreanSubjects() {
    const int main = MainOrg();
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      std::vector<size_t> starts = SentenceStarts(p);
      for (size_t si = 0; si < starts.size(); ++si) {
        const size_t end = si + 1 < starts.size() ? starts[si + 1] : p.size();
        size_t s = starts[si];
        // A sentence adverb or connective before the noun ("이와 별도로 회사는 …", "한편 회사는 …";
        // subject_opener rows).
        const int opener =
            Row("subject_opener", [&](const std::string& t) { return StartsWith(p, s, t + " "); });
        if (opener >= 0) s += t_.rows()[static_cast<size_t>(opener)].text.size() + 1;
        size_t sp = p.find(' ', s);
        if (sp == std::string_view::npos || sp >= end) continue;
        std::string_view tok = p.substr(s, sp - s), noun = SubjectName(tok);
        if (noun.empty() && sp + 1 < end) {
          size_t sp2 = p.find(' ', sp + 1);
          std::string_view second = p.substr(sp + 1, (sp2 == std::string_view::npos ? end : sp2) - sp - 1);
          if (second == "측은" || second == "측이") noun = tok;
        }
        int row = noun.empty() ? -1 : Row("subject_noun", [&](const std::string& t) { return t == noun; });
        if (row < 0) continue;
        int verb = Row("agent_verb", [&](const std::string& t) {
          size_t f = p.find(t, sp);
          return f != std::string_view::npos && f < end;
        });
        // Any active hire or offer word of the cue lexicon does as well ("구단은 … 80억원을 제시했고").
        if (verb < 0 && KoreanEmployerSideCue(p.substr(sp, end - sp))) verb = row;
        if (verb < 0) continue;
        int referent = KoreanTopicBefore(static_cast<int>(pi), starts[si]);
        if (referent < 0) referent = main;
        referent = HeadMatch(t_.rows()[static_cast<size_t>(row)].text, referent);
        if (referent < 0) continue;
        Mention m{static_cast<int>(pi), static_cast<int>(s), static_cast<int>(s + noun.size()),
                  std::string(noun)};
        if (Covered(m) || Overlaps(m, /*person=*/true)) continue;
        Use(row);
        Use(verb);
        Use(opener);
        subject_mentions_.emplace_back(static_cast<size_t>(referent), m);
      }
    }
  }

  // Korean: a noun of a kind of organization written alone as a word, not glued to a name ("그룹 전략실장으로
  // 영입됐다", "그룹을 이끌던", "그룹의 2인자"; a kind_word row), or alone as the object of a verb of leading
  // (a kind_object row closed by 을/를 before a kind_lead row: "4년간 은행을 이끌어 온 한기석 행장은"): a
  // mention of the one organization of the article whose name ends in it (세진그룹, 대양은행), none when no
  // or two such names.
  void ReadKoreanKindWords() {
    const int main = MainOrg();
    ForEachRowWritten(
        {"kind_word", "kind_object"}, [&](size_t pi, std::string_view p, const EmployerNameRow& r, size_t f) {
          if (f > 0 && NameChar(CharBefore(p, f))) return;
          const size_t end = f + r.text.size();
          int lead = -1;
          if (r.kind == "kind_word" ? !KindWordEnds(p, end) : (lead = KindObjectLead(p, end)) < 0) return;
          // A kind_word names the story's own organization only, and not as a quote's source ("그룹
          // 관계자는").
          const int source =
              Row("kind_source", [&](const std::string& t) { return StartsWith(p, end, " " + t); });
          if (source >= 0) Use(source);
          const int referent = HeadMatch(r.text, -1);
          if (referent < 0 || source >= 0 || (r.kind == "kind_word" && referent != main)) return;
          Mention m{static_cast<int>(pi), static_cast<int>(f), static_cast<int>(end), std::string(r.text)};
          if (Covered(m) || Overlaps(m, /*person=*/true)) return;
          Use(r);
          Use(lead);
          subject_mentions_.emplace_back(static_cast<size_t>(referent), m);
        });
  }
  // The word ends at `end`: a space, punctuation or the paragraph's end, or a one-syllable particle closing
  // it before one ("그룹을 ", "그룹의 '2인자'"; not "그룹이사회", "그룹장").
  bool KindWordEnds(std::string_view p, size_t end) const {
    auto name_char_at = [&](size_t i) {
      size_t len = 0;
      return i < p.size() && NameChar(DecodeUtf8At(p, i, &len));
    };
    if (!name_char_at(end)) return true;
    // A kind_particle row (not the subject's 은/는/이/가: "그룹은 또 X 대표에 …" is told by the group, the
    // post is X's).
    const int particle = Row("kind_particle", [&](const std::string& t) { return StartsWith(p, end, t); });
    if (particle < 0 || name_char_at(end + t_.rows()[static_cast<size_t>(particle)].text.size()))
      return false;
    Use(particle);
    return true;
  }
  // The kind_lead row after "을 " or "를 " at `end` ("은행을 이끌어 온"), else -1.
  int KindObjectLead(std::string_view p, size_t end) const {
    size_t at = StartsWith(p, end, "을 ") || StartsWith(p, end, "를 ") ? end + 4 : std::string_view::npos;
    if (at == std::string_view::npos) return -1;
    return Row("kind_lead", [&](const std::string& t) { return StartsWith(p, at, t); });
  }

  // The organization opening a sentence before `at` as its topic or subject (ORG은/는/이/가): in
  // paragraph `pi`, else in the one before; -1 when none.
  int KoreanTopicBefore(int pi, size_t at) const {
    for (int q = pi; q >= 0 && q >= pi - 1; --q) {
      std::string_view p = a_.paragraphs[q];
      std::vector<size_t> starts = SentenceStarts(p);
      for (size_t k = starts.size(); k-- > 0;) {
        if (q == pi && starts[k] >= at) continue;
        for (size_t i = 0; i < a_.entities.size(); ++i) {
          const Entity& e = a_.entities[i];
          if (!IsOrgType(e.type)) continue;
          for (const Mention& m : e.mentions) {
            if (m.paragraph != q || m.start != static_cast<int>(starts[k]) || InSource(m)) continue;
            size_t sp = p.find(' ', static_cast<size_t>(m.end));
            if (sp != std::string_view::npos &&
                !SubjectName(p.substr(static_cast<size_t>(m.start), sp - static_cast<size_t>(m.start)))
                     .empty())
              return static_cast<int>(i);
          }
        }
      }
    }
    return -1;
  }

  // The organization that is the subject of the sentence before (paragraph `pi`,
  // offset `at`; it opens the sentence and a lowercase word or a comma follows it: "Citadel has
  // had more success elsewhere. The firm has hired …"), else `fallback`.
  int SubjectBefore(int pi, size_t at, int fallback) const {
    int seen = 0;
    for (int q = pi; q >= 1 && seen < 1; --q) {
      std::string_view p = a_.paragraphs[q];
      std::vector<size_t> starts = SentenceStarts(p);
      for (size_t k = starts.size(); k-- > 0 && seen < 1;) {
        if (q == pi && starts[k] >= at) continue;
        ++seen;
        for (size_t i = 0; i < a_.entities.size(); ++i) {
          const Entity& e = a_.entities[i];
          if (!IsOrgType(e.type)) continue;
          for (const Mention& m : e.mentions) {
            if (m.paragraph != q || m.start != static_cast<int>(starts[k]) || InSource(m)) continue;
            size_t end = static_cast<size_t>(m.end);
            if (end + 1 < p.size() &&
                (p[end] == ',' || (p[end] == ' ' && std::islower(static_cast<unsigned char>(p[end + 1])))))
              return static_cast<int>(i);
          }
        }
      }
    }
    return fallback;
  }

  // English: a "person" standing as the organization of another person's apposition (", a former
  // executive producer at Blizzard Entertainment,", ", head of research with Y,"): "at", "of" or
  // "with" right before it, inside ", …," (a noun phrase, no relative clause) right after a person
  // of the same paragraph. People are
  // not where someone works: the recognizer took a company for a name (docs/blind_errors.md,
  // fourteenth section E9/S1).
  void ReadApposedEmployers() {
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (e.type != EntityType::kPerson) continue;
      for (const Mention& m : e.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a_.paragraphs.size()) continue;
        std::string_view p = a_.paragraphs[static_cast<size_t>(m.paragraph)];
        const size_t b = static_cast<size_t>(m.start), end = static_cast<size_t>(m.end);
        if (!(EndsWith(p.substr(0, b), " at ") || EndsWith(p.substr(0, b), " of ") ||
              EndsWith(p.substr(0, b), " with ")))
          continue;
        if (end < p.size() && p[end] != ',' && p[end] != '.') continue;
        const size_t comma = p.rfind(", ", b);
        if (comma == std::string_view::npos || b - comma > 90 ||
            p.substr(comma + 2, b - comma - 2).find(',') != std::string_view::npos)
          continue;
        // A noun phrase, not a relative clause (", who worked with Dana Cole," names a person).
        const std::string_view app = p.substr(comma + 2, b - comma - 2);
        if (app.starts_with("who ") || app.starts_with("which ") || app.starts_with("whose ")) continue;
        bool after_person = false;
        for (const Known& k : known_[static_cast<size_t>(m.paragraph)])
          after_person =
              after_person || (k.person && static_cast<size_t>(k.end) == comma && k.start != m.start);
        if (!after_person) continue;
        retyped_.insert(i);
        break;
      }
    }
  }

  // Calls fn(mention, paragraph) for every mention of a person that lies in one of the article's paragraphs.
  template <typename Fn>
  void ForEachPersonMention(Fn&& fn) const {
    for (const Entity& e : a_.entities) {
      if (e.type != EntityType::kPerson) continue;
      for (const Mention& m : e.mentions)
        if (m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < a_.paragraphs.size())
          fn(m, std::string_view(a_.paragraphs[static_cast<size_t>(m.paragraph)]));
    }
  }

  // English: a "person" of two words or more set off by an apposition "the [one to three modifiers] NOUN,"
  // whose NOUN is a subject_noun row ("Marlow Finch, the Scottish mid-sized lender, has appointed …"): a
  // company the recognizer took for a name; a person is described by a title, not by a kind of organization.
  void ReadKindAppositions() {
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos ||
          static_cast<unsigned char>(e.name[0]) >= 0x80)
        continue;
      for (const Mention& m : e.mentions) {
        if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a_.paragraphs.size()) continue;
        std::string_view p = a_.paragraphs[static_cast<size_t>(m.paragraph)];
        const size_t at = static_cast<size_t>(m.end);
        if (p.substr(at, 6) != ", the ") continue;
        bool capitalized = false;
        const size_t end = JoinObjectNounEnd(p, at + 6, &capitalized);
        if (end == std::string_view::npos || end >= p.size() || p[end] != ',') continue;
        retyped_.insert(i);
        break;
      }
    }
  }

  // English: the organization a person's apposition places them at after a title ("Helen Park, a vice
  // president of oncology research at Genentech,", "Sofia Lindqvist, head of Ericsson's cloud business,", "a
  // former executive at X"): the first capitalized word of the apposition, right after "at" or "of", when
  // every word before it is a lower-case word and one of them a title (en_title). Not a name followed by
  // another "at|of NAME" ("a director of Global Markets at Barclays": the last one is the organization).
  // Named once.
  void ReadApposedOrganizations() {
    const auto& words = extract::EntityWords::Default();
    ForEachPersonMention([&](const Mention& m, std::string_view p) {
      size_t at = static_cast<size_t>(m.end);
      if (p.substr(at, 2) != ", ") return;
      at += 2;
      bool title = false;
      std::string_view before;
      for (int n = 0; n < 12 && at < p.size(); ++n) {
        size_t e_ = p.find_first_of(" ,.;", at);
        if (e_ == std::string_view::npos) e_ = p.size();
        const std::string_view w = p.substr(at, e_ - at);
        if (!w.empty() && IsUpperAscii(w[0])) {
          if (title && (before == "at" || before == "of") && !NameGoesOn(p, at) && !PossessiveOfName(p, at))
            AddNameAt(m.paragraph, p, at, 1, false);
          break;
        }
        if (w.empty() || e_ >= p.size() || p[e_] != ' ' ||
            !std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
          break;
        title = title || words.Has(extract::WordList::kEnTitle, std::string(w));
        before = w;
        at = e_ + 1;
      }
    });
  }
  // The word at `at` is a possessive ("Lloyd's") of a capitalized name later in its phrase ("head of marine
  // at Lloyd's insurer Ashcombe,": the insurer is the organization), before a comma or the sentence end.
  static bool PossessiveOfName(std::string_view p, size_t at) {
    const size_t w = p.find_first_of(" ,.;", at);
    if (w == std::string_view::npos || w < at + 2 || p.substr(w - 2, 2) != "'s" || p[w] != ' ') return false;
    const size_t close = p.find_first_of(",;", w);
    const size_t stop = p.find(". ", w);
    const std::string_view rest = p.substr(w, std::min(close, stop) - w);
    for (size_t i = 1; i < rest.size(); ++i)
      if (rest[i - 1] == ' ' && IsUpperAscii(rest[i])) return true;
    return false;
  }
  // The capitalized words at `at` are followed by "at" or "of" and another capitalized word.
  static bool NameGoesOn(std::string_view p, size_t at) {
    size_t e = at;
    while (e < p.size()) {
      size_t w = p.find_first_of(" ,.;", e);
      if (w == std::string_view::npos || p[w] != ' ' || w + 1 >= p.size()) return false;
      if (!IsUpperAscii(p[w + 1])) {
        for (std::string_view prep : {"at ", "of "})
          if (p.substr(w + 1, prep.size()) == prep && w + 1 + prep.size() < p.size() &&
              IsUpperAscii(p[w + 1 + prep.size()]))
            return true;
        return false;
      }
      e = w + 1;
    }
    return false;
  }

  // A Hangul name between 전 ("former") after a person and a title ("채형준 전 대림산업 부사장이"): the
  // person's former employer, a company when it is name-shaped and the recognizer missed it.
  void ReadFormerEmployers() {
    const auto& words = extract::EntityWords::Default();
    ForEachPersonMention([&](const Mention& m, std::string_view p) {
      size_t at = static_cast<size_t>(m.end);
      if (p.substr(at, std::string_view(" 전 ").size()) != " 전 ") return;
      at += std::string_view(" 전 ").size();
      const size_t sp = p.find(' ', at);
      if (sp == std::string_view::npos) return;
      const std::string name(p.substr(at, sp - at));
      size_t we = p.find_first_of(" ,.", sp + 1);
      std::string_view title = p.substr(sp + 1, (we == std::string_view::npos ? p.size() : we) - sp - 1);
      for (std::string_view pa : {"이", "가", "은", "는", "을", "를", "와", "과", "도", "의"})
        if (title.size() > pa.size() && EndsWith(title, pa) &&
            words.Has(extract::WordList::kKoTitle, title.substr(0, title.size() - pa.size()))) {
          title.remove_suffix(pa.size());
          break;
        }
      // (A word with a case particle is no bare name: "전 글로벌사업본부장을" is a post.)
      bool particle = false;
      for (std::string_view pa : {"을", "를", "은", "는", "의", "와", "과", "로"})
        particle = particle || EndsWith(name, pa);
      // (Nor is a unit of the employer: "전 사업부 부사장".)
      const bool unit = Row("unit_tail", [&](const std::string& t) { return EndsWith(name, t); }) >= 0;
      if (particle || unit || !words.Has(extract::WordList::kKoTitle, title) || KnownName(name) ||
          !NameShaped(name))
        return;
      Add(name);
    });
  }

  void ReadCompanyPeople() {
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos) continue;
      for (size_t j = 0; j < a_.entities.size(); ++j) {
        const Entity& o = a_.entities[j];
        if (!IsOrgType(o.type)) continue;
        bool named = false;
        for (const std::string* n : {&o.name, &o.canonical})
          named = named || *n == e.name ||
                  (n->size() > e.name.size() + 1 && n->starts_with(e.name) && (*n)[e.name.size()] == ' ');
        if (!named) continue;
        company_people_.push_back({i, j});
        break;
      }
    }
  }

  // Korean units written after their parent with a space ("하나증권 리서치본부 이사", "KAIST 김재철AI대학원
  // 교수", "대한적십자사 서울지사"; unit_tail rows): the recognizer keeps the phrase whole, but for events
  // the organization is the parent (the employer or previous employer is the company; the unit is
  // where the person works in it).
  void ReadParentUnits() {
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (e.type == EntityType::kPerson) continue;
      const size_t sp = e.name.rfind(' ');
      if (sp == std::string::npos || sp == 0) continue;
      const std::string_view unit = std::string_view(e.name).substr(sp + 1);
      const int row = Row("unit_tail",
                          [&](const std::string& t) { return unit.size() >= t.size() && EndsWith(unit, t); });
      if (row < 0) continue;
      Use(row);
      parent_units_.push_back({i, sp});
    }
    ReadSplitUnits();
  }

  // The same unit read as an organization of its own right after its parent's mention
  // ("LG에너지솔루션 배터리연구소에서", "LG에너지솔루션 배터리연구소는"): when every mention of a one-word
  // unit ending in a unit_tail row follows a mention of one other organization and a space, the
  // parent's mentions take the unit's span and the unit is no organization of its own.
  void ReadSplitUnits() {
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& u = a_.entities[i];
      if (u.type == EntityType::kPerson || u.mentions.empty() || u.name.find(' ') != std::string::npos)
        continue;
      const int row = Row(
          "unit_tail", [&](const std::string& t) { return u.name.size() > t.size() && EndsWith(u.name, t); });
      if (row < 0) continue;
      std::optional<size_t> parent;
      std::vector<std::pair<size_t, size_t>> joins;  // (parent mention, unit mention)
      for (size_t k = 0; k < u.mentions.size(); ++k) {
        const Mention& um = u.mentions[k];
        bool found = false;
        for (size_t j = 0; j < a_.entities.size() && !found; ++j) {
          const Entity& o = a_.entities[j];
          if (j == i || o.type == EntityType::kPerson || (parent && *parent != j)) continue;
          for (size_t n = 0; n < o.mentions.size() && !found; ++n) {
            const Mention& om = o.mentions[n];
            if (om.paragraph != um.paragraph || om.end + 1 != um.start ||
                a_.paragraphs[static_cast<size_t>(um.paragraph)][static_cast<size_t>(om.end)] != ' ')
              continue;
            parent = j;
            joins.emplace_back(n, k);
            found = true;
          }
        }
        if (!found) break;
      }
      if (!parent || joins.size() != u.mentions.size()) continue;
      Use(row);
      split_units_.push_back({i, *parent, std::move(joins)});
    }
  }

  // A Korean company or organization head standing alone ("라온게임즈 신규 스튜디오의 스튜디오장": 스튜디오;
  // a ko_company_suffix or ko_org_suffix word with no name before it) is a kind of unit, no name; so is a
  // unit named by capital letters glued to a unit_tail row with no parent before it ("DX부문 북미총괄 사장":
  // the person works in the unit of a company the article names elsewhere).
  void ReadBareHeads() {
    const auto& words = extract::EntityWords::Default();
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (!IsOrgType(e.type)) continue;
      if ((HangulName(e.name) >= 2 && (words.Has(extract::WordList::kKoCompanySuffix, e.name) ||
                                       words.Has(extract::WordList::kKoOrgSuffix, e.name))) ||
          LetteredUnit(e.name) || PlaceArm(e.name))
        bare_heads_.push_back(i);
    }
    // "음성AI 부문장": a common word with capitals before a unit word is a unit (normalize/word_units.h).
    for (size_t i : CommonWordUnits(a_, t_, used_)) bare_heads_.push_back(i);
  }

  // "미국법인", "유럽지사": a place or common word (ko_stop) glued to an arm_tail row.
  bool PlaceArm(std::string_view name) const {
    const int row = Row("arm_tail", [&](const std::string& t) {
      return name.size() > t.size() && EndsWith(name, t) &&
             extract::EntityWords::Default().Has(extract::WordList::kKoStop,
                                                 name.substr(0, name.size() - t.size()));
    });
    Use(row);
    return row >= 0;
  }

  // "DS부문", "MX사업부": two to four ASCII capitals, then a word ending in a unit_tail row.
  bool LetteredUnit(std::string_view name) const {
    size_t caps = 0;
    while (caps < name.size() && name[caps] >= 'A' && name[caps] <= 'Z') ++caps;
    if (caps < 2 || caps > 4 || caps == name.size() || static_cast<unsigned char>(name[caps]) < 0x80)
      return false;
    return Row("unit_tail", [&](const std::string& t) { return EndsWith(name, t); }) >= 0;
  }

  bool Changed() const {
    if (!prefixes_.empty() || !bare_heads_.empty() || !added_.empty() || !hangul_people_.empty() ||
        !retyped_.empty() || !company_people_.empty() || !subject_mentions_.empty() ||
        !parent_units_.empty() || !split_units_.empty() || !part_mentions_.empty())
      return true;
    for (const Entity& e : a_.entities)
      if (IsOrgType(e.type))
        for (const Mention& m : e.mentions)
          if (InSource(m)) return true;
    return false;
  }

  void Build(Article* out) const {
    *out = a_;
    for (const auto& [entity, m] : subject_mentions_) {
      Entity& c = out->entities[entity];
      c.mentions.push_back(m);
      SortMentions(&c.mentions);
    }
    for (const PrefixMention& pm : prefixes_) {
      Entity& cut = out->entities[pm.cut_entity];
      std::erase_if(cut.mentions, [&](const Mention& m) {
        return m.paragraph == pm.cut.paragraph && m.start == pm.cut.start && m.end == pm.cut.end;
      });
      Entity& c = out->entities[pm.entity];
      c.mentions.push_back(pm.mention);
      SortMentions(&c.mentions);
    }
    for (size_t i : hangul_people_) out->entities[i].canonical = out->entities[i].name;
    for (size_t i : retyped_) out->entities[i].type = EntityType::kCompany;
    for (auto [unit, sp] : parent_units_) ParentForUnit(out, unit, sp);
    for (const SplitUnit& su : split_units_) {
      Entity& p = out->entities[su.parent];
      Entity& u = out->entities[su.unit];
      for (auto [pm, um] : su.joins) {
        Mention& m = p.mentions[pm];
        m.end = u.mentions[um].end;
        m.surface = a_.paragraphs[static_cast<size_t>(m.paragraph)].substr(
            static_cast<size_t>(m.start), static_cast<size_t>(m.end - m.start));
        if (std::find(p.aliases.begin(), p.aliases.end(), m.surface) == p.aliases.end())
          p.aliases.push_back(m.surface);
      }
      u.mentions.clear();
    }
    for (size_t i : bare_heads_) out->entities[i].mentions.clear();
    for (auto [person, company] : company_people_) {
      if (retyped_.count(person)) continue;
      Entity& p = out->entities[person];
      Entity& c = out->entities[company];
      if (p.name != c.name && std::find(c.aliases.begin(), c.aliases.end(), p.name) == c.aliases.end())
        c.aliases.push_back(p.name);
      c.mentions.insert(c.mentions.end(), p.mentions.begin(), p.mentions.end());
      SortMentions(&c.mentions);
      p.mentions.clear();
    }
    if (!company_people_.empty())
      std::erase_if(out->entities,
                    [](const Entity& e) { return e.type == EntityType::kPerson && e.mentions.empty(); });
    for (Entity& e : out->entities) {
      if (!IsOrgType(e.type)) continue;
      std::erase_if(e.mentions, [&](const Mention& m) { return InSource(m) || InsideAdded(m); });
    }
    std::erase_if(out->entities, [](const Entity& e) { return IsOrgType(e.type) && e.mentions.empty(); });
    for (const std::string& name : added_) {
      Entity e;
      e.type = EntityType::kCompany;
      e.name = e.canonical = name;
      e.confidence = 0.6;
      for (const Mention& m : Occurrences(name))
        if (!Overlaps(m, /*person=*/true) && !InSource(m)) e.mentions.push_back(m);
      if (!e.mentions.empty()) out->entities.push_back(std::move(e));
    }
    for (const auto& [name, m] : part_mentions_)
      for (Entity& e : out->entities)
        if (e.type != EntityType::kPerson && e.canonical == name) {
          e.mentions.push_back(m);
          SortMentions(&e.mentions);
          break;
        }
    if (extract::MentionsIndexed(a_)) extract::IndexMentions(out);
  }

 private:
  // Entity `unit` ("하나증권 리서치본부") becomes its parent (the first `sp` bytes): its mentions shrink to
  // the parent's span and join a parent entity on the page if there is one; the whole phrase is kept
  // as an alias.
  static void ParentForUnit(Article* out, size_t unit, size_t sp) {
    Entity& e = out->entities[unit];
    const std::string whole = e.name, parent = whole.substr(0, sp);
    for (Mention& m : e.mentions)
      if (m.surface == whole || static_cast<size_t>(m.end - m.start) == whole.size()) {
        m.end = m.start + static_cast<int>(sp);
        m.surface = parent;
      }
    // The unit written alone ("IB부문" of "미래에셋증권 IB부문") names the unit, not the parent.
    const std::string_view alone = std::string_view(whole).substr(sp + 1);
    std::erase_if(e.mentions, [&](const Mention& m) { return m.surface == alone; });
    Entity* into = nullptr;
    for (size_t j = 0; j < out->entities.size() && !into; ++j) {
      Entity& o = out->entities[j];
      if (j != unit && o.type != EntityType::kPerson &&
          (o.name == parent || o.canonical == parent ||
           std::find(o.aliases.begin(), o.aliases.end(), parent) != o.aliases.end()))
        into = &o;
    }
    if (!into) {
      if (e.canonical == whole) e.canonical = parent;
      e.name = parent;
      e.aliases.push_back(whole);
      return;
    }
    into->aliases.push_back(whole);
    into->mentions.insert(into->mentions.end(), e.mentions.begin(), e.mentions.end());
    SortMentions(&into->mentions);
    into->mentions.erase(std::unique(into->mentions.begin(), into->mentions.end(),
                                     [](const Mention& x, const Mention& y) {
                                       return x.paragraph == y.paragraph && x.start == y.start &&
                                              x.end == y.end;
                                     }),
                         into->mentions.end());
    e.mentions.clear();
  }

  static size_t SentenceStart(std::string_view p, size_t pos) {
    size_t b = 0;
    for (size_t s : SentenceStarts(p))
      if (s <= pos) b = s;
    return b;
  }
  // Starts of the sentences of a paragraph: its start, after ". ", "? ", "! " and after a
  // bracketed tag opening it ("[더벨] ").
  static std::vector<size_t> SentenceStarts(std::string_view p) {
    std::vector<size_t> out{0};
    if (!p.empty() && p[0] == '[')
      if (size_t c = p.find("] "); c != std::string_view::npos && c < 40) out[0] = c + 2;
    for (size_t i = 0; i + 1 < p.size(); ++i)
      if ((p[i] == '.' || p[i] == '?' || p[i] == '!') && p[i + 1] == ' ') out.push_back(i + 2);
    return out;
  }

  static std::string_view StripParticle(std::string_view w) {
    for (std::string_view pa :
         {"에서", "으로", "와", "과", "의", "가", "는", "은", "이", "를", "을", "에", "로", "도"})
      if (EndsWith(w, pa) && w.size() > pa.size()) return w.substr(0, w.size() - pa.size());
    return w;
  }

  void ReadSubject(int pi, std::string_view p, size_t s) {
    size_t end = p.size();
    for (size_t e : SentenceStarts(p))
      if (e > s) {
        end = e;
        break;
      }
    // After a source phrase ending in its first words ("IB 업계에 따르면 X는").
    for (const Span& sp : sources_)
      if (sp.para == pi && static_cast<size_t>(sp.start) >= s && static_cast<size_t>(sp.end) < end &&
          static_cast<size_t>(sp.end) - s < 80) {
        size_t after = p.find(' ', static_cast<size_t>(sp.end));
        if (after != std::string_view::npos) s = after + 1;
      }
    const auto& words = extract::EntityWords::Default();
    bool kind_before = true;  // the word before may stand before a name ("중형 조선사 X는")
    for (int lead = 0; lead <= 3 && s < end; ++lead) {
      size_t sp = p.find(' ', s);
      if (sp == std::string_view::npos || sp >= end) return;
      std::string_view tok = p.substr(s, sp - s);
      if (!tok.empty() && tok.back() == ',') tok.remove_suffix(1);
      int lead_row = Row("lead", [&](const std::string& t) { return t == tok; });
      // A lead row or a kind of company (개발사, 조선사, 스타트업: -사 words of two or three
      // syllables that are no title); a dictionary word only before one.
      bool kind = lead_row >= 0 || words.Has(extract::WordList::kKoCompanyCue, tok) ||
                  words.Has(extract::WordList::kKoCompanySuffix, tok) ||
                  (EndsWith(tok, "사") && HangulName(tok) >= 2 && HangulName(tok) <= 3 &&
                   !words.Has(extract::WordList::kKoTitle, tok));
      if (kind || (lead < 3 && CommonWords().count(tok) && SubjectName(tok).empty())) {
        Use(lead_row);
        kind_before = kind;
        s = sp + 1;
        continue;
      }
      if (!kind_before) return;
      std::string_view name = SubjectName(tok);
      if (name.empty() || KnownName(name)) return;
      int verb = Row("agent_verb", [&](const std::string& t) {
        size_t f = p.find(t, sp);
        return f != std::string_view::npos && f < end;
      });
      if (verb < 0 || !NameShaped(name)) return;
      Mention m{pi, static_cast<int>(s), static_cast<int>(s + name.size()), std::string(name)};
      if (Overlaps(m, /*person=*/true) || Covered(m)) return;
      int head =
          Row("head", [&](const std::string& t) { return EndsWith(name, t) && t.size() < name.size(); });
      if (head < 0 && Occurrences(std::string(name)).size() < 2) return;
      Use(verb);
      Use(head);
      Add(std::string(name));
      return;
    }
  }

  // The name before a subject or topic particle: 이/은 after a final consonant, 가/는 after a
  // vowel ("넥스트플레이 창업자": 이 ends the name there); empty when there is none.
  static std::string_view SubjectName(std::string_view tok) {
    // The whole particle decides: 은/는 closing a longer one (에는, 에서는, 으로는: "메모리사업부장에는"
    // is "at the post", extract::KoreanWholeParticleStem) marks no subject.
    if (extract::KoreanWholeParticleStem(tok) + 3 < static_cast<int>(tok.size())) return {};
    for (const std::string& pa : KoreanSubjectTopicParticles()) {
      if (!EndsWith(tok, pa) || tok.size() <= pa.size()) continue;
      std::string_view name = tok.substr(0, tok.size() - pa.size());
      char32_t last = CharBefore(name, name.size());
      if (IsHangul(last) && ((last - 0xAC00) % 28 != 0) != KoreanParticleAfterConsonant(pa)) return {};
      return name;
    }
    return {};
  }
  bool KnownName(std::string_view name) const {
    for (const Entity& e : a_.entities)
      if (e.name == name || e.canonical == name ||
          std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end())
        return true;
    return false;
  }

  // A Hangul name of three syllables or more that is no dictionary word, title, plural or
  // personal name.
  bool NameShaped(std::string_view name) const {
    const auto& words = extract::EntityWords::Default();
    // "GS리테일", "KT스카이라이프": two to four capital letters opening a Hangul name of two syllables or
    // more (no lettered unit, "DX부문"; no title, "CJ회장").
    size_t caps = 0;
    while (caps < name.size() && IsUpperAscii(name[caps])) ++caps;
    if (caps >= 2 && caps <= 4 && caps < name.size()) {
      const std::string_view rest = name.substr(caps);
      if (HangulName(rest) < 2 || LetteredUnit(name) || words.Has(extract::WordList::kKoTitle, rest))
        return false;
      for (const std::string& t : words.List(extract::WordList::kKoTitle))
        if (HangulName(t) >= 2 && EndsWith(rest, t)) return false;
      return true;
    }
    // "KNS는 … 선임했다": three to five capital letters alone (a broadcaster's or a company's initials),
    // no abbreviation that names no organization (CEO, GDP, AI).
    if (caps == name.size() && caps >= 3 && caps <= 5)
      return !words.Has(extract::WordList::kNonOrgAcronym, name) &&
             !words.Has(extract::WordList::kKoTitle, name);
    int n = HangulName(name);
    if (n < 3 || CommonWords().count(name) || EndsWith(name, "들")) return false;
    if (words.Has(extract::WordList::kKoStop, name) || words.Has(extract::WordList::kKoTitle, name))
      return false;
    int generic = Row("generic", [&](const std::string& t) { return EndsWith(name, t); });
    if (generic >= 0) {
      Use(generic);
      return false;
    }
    for (const std::string& t : words.List(extract::WordList::kKoTitle))
      if (HangulName(t) >= 2 && EndsWith(name, t)) return false;
    for (const std::string& t : words.List(extract::WordList::kKoTitleSuffix))
      if (EndsWith(name, t)) return false;
    // A post named after what it heads (스튜디오장, 메모리사업부장, 연구소장): 장 after a dictionary word
    // or a unit is a role noun, never an organization.
    if (EndsWith(name, "장")) {
      std::string_view headed = name.substr(0, name.size() - std::string_view("장").size());
      if (CommonWords().count(headed) ||
          Row("unit_tail", [&](const std::string& t) { return EndsWith(headed, t); }) >= 0)
        return false;
    }
    // 김태식, 남궁민수: a surname and a given name.
    size_t first = 0;
    DecodeUtf8(name, &first);
    bool surname = words.Has(extract::WordList::kKoSurname, name.substr(0, first)) ||
                   (name.size() > 6 && words.Has(extract::WordList::kKoSurname, name.substr(0, 6)));
    return !(surname && n <= 3);
  }

  // A name written with its "'s" is the name itself ("Macy's") when one occurrence ends its phrase (",
  // ".", end of paragraph: "oversaw women's apparel at Macy's,"); a possessive in front of a noun every
  // time ("hired NatWest's deputy finance director", the headline "poaches NatWest's Fiona Kettering")
  // is an owner's possessive however often it is written.
  bool WrittenAsName(const std::string& name) const {
    for (const Mention& m : Occurrences(name)) {
      std::string_view p = a_.paragraphs[static_cast<size_t>(m.paragraph)];
      size_t e = static_cast<size_t>(m.end);
      if (e >= p.size() || (p[e] != ' ' && !NameChar(static_cast<unsigned char>(p[e])))) return true;
    }
    return false;
  }

  // Every occurrence of `name` that does not continue a longer word before it.
  std::vector<Mention> Occurrences(const std::string& name) const {
    std::vector<Mention> out;
    for (size_t pi = 0; pi < a_.paragraphs.size(); ++pi) {
      std::string_view p = a_.paragraphs[pi];
      for (size_t f = p.find(name); f != std::string_view::npos; f = p.find(name, f + 1))
        if (!NameChar(CharBefore(p, f)))
          out.push_back({static_cast<int>(pi), static_cast<int>(f), static_cast<int>(f + name.size()), name});
    }
    return out;
  }

  bool Overlaps(const Mention& m, bool person) const {
    for (const Known& k : known_[m.paragraph])
      if (k.person == person && k.start < m.end && k.end > m.start) return true;
    return false;
  }
  // An organization mention as long as `m` or longer covers it: the recognizer has the name.
  bool Covered(const Mention& m) const {
    for (const Known& k : known_[m.paragraph])
      if (!k.person && k.start <= m.start && k.end >= m.end) return true;
    return false;
  }
  bool InSource(const Mention& m) const {
    for (const Span& s : sources_)
      if (s.para == m.paragraph && m.start >= s.start && m.start < s.end) return true;
    return false;
  }
  // An organization mention strictly inside an added name ("삼성바이오" in "삼성바이오에피스").
  bool InsideAdded(const Mention& m) const {
    for (const std::string& name : added_)
      for (const Mention& o : Occurrences(name))
        if (o.paragraph == m.paragraph && o.start <= m.start && o.end >= m.end &&
            o.end - o.start > m.end - m.start)
          return true;
    return false;
  }

  static bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

  // Start of the title words (PrenominalTitle) that end right before the person starting at
  // `person`, after a space; npos when there are none.
  static size_t TitleStart(std::string_view p, size_t person) {
    if (person < 2 || p[person - 1] != ' ') return std::string_view::npos;
    size_t best = std::string_view::npos;
    size_t at = person - 1;
    for (int words = 0; words < 4 && at > 0; ++words) {
      size_t sp = p.rfind(' ', at - 1);
      if (sp == std::string_view::npos) break;
      std::string_view w = p.substr(sp + 1, at - sp - 1);
      if (w.empty() || IsUpperAscii(w[0])) break;
      if (PrenominalTitle(p.substr(sp, person - sp))) best = sp + 1;
      at = sp;
    }
    return best;
  }
  // The object_verb row right before `pos` (past "the"), else -1.
  int ObjectVerbBefore(std::string_view p, size_t pos) const {
    if (pos < 2 || p[pos - 1] != ' ') return -1;
    std::string lower(p.substr(0, pos - 1));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (EndsWith(lower, " the")) lower.resize(lower.size() - 4);
    return Row("object_verb", [&](const std::string& t) {
      return EndsWith(lower, t) && (lower.size() == t.size() || lower[lower.size() - t.size() - 1] == ' ');
    });
  }
  // One to four capitalized words that are no nationality, stop word, title word, acronym of no
  // organization ("AI researcher") or given name.
  static bool EnglishOrgShaped(std::string_view name) {
    const auto& words = extract::EntityWords::Default();
    size_t n = 0;
    for (size_t i = 0; i < name.size();) {
      size_t j = name.find(' ', i);
      if (j == std::string_view::npos) j = name.size();
      std::string w(name.substr(i, j - i));
      if (w.empty() || !IsUpperAscii(w[0]) || words.Has(extract::WordList::kDemonym, w) ||
          words.Has(extract::WordList::kEnStop, w) || words.Has(extract::WordList::kEnTitle, w) ||
          words.Has(extract::WordList::kNonOrgAcronym, w) ||
          words.Has(extract::WordList::kEnTitleModifier, w) ||
          (n == 0 && words.Has(extract::WordList::kGivenName, w)))
        return false;
      ++n;
      i = j + 1;
    }
    return n >= 1 && n <= 4;
  }
  // The person entity with a mention exactly at `m`, or spelled `m` whole and written from its start (the
  // recognizer's mentions may split it: "Baxter" "Lowe"), else -1.
  int PersonNamedAt(const Mention& m) const {
    if (int exact = PersonExactly(m); exact >= 0) return exact;
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const Entity& e = a_.entities[i];
      if (e.type != EntityType::kPerson || (e.canonical != m.surface && e.name != m.surface)) continue;
      for (const Mention& o : e.mentions)
        if (o.paragraph == m.paragraph && o.start == m.start) return static_cast<int>(i);
    }
    return -1;
  }
  // The person entity with a mention exactly at `m`, else -1.
  int PersonExactly(const Mention& m) const {
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      if (a_.entities[i].type != EntityType::kPerson) continue;
      for (const Mention& o : a_.entities[i].mentions)
        if (o.paragraph == m.paragraph && o.start == m.start && o.end == m.end) return static_cast<int>(i);
    }
    return -1;
  }

  void Add(const std::string& name) {
    if (std::find(added_.begin(), added_.end(), name) == added_.end()) added_.push_back(name);
  }

  struct Span {
    int para, start, end;
  };
  const Article& a_;
  const EmployerNameTable& t_;
  std::vector<int>* used_;
  std::vector<std::string_view> en_subject_nouns_;  // sorted
  std::vector<std::vector<Known>> known_;
  std::vector<Span> sources_;
  std::vector<PrefixMention> prefixes_;
  std::vector<std::string> added_;
  std::vector<std::pair<size_t, Mention>> subject_mentions_;    // (organization entity, "The insurer")
  std::vector<std::pair<std::string, Mention>> part_mentions_;  // (organization name, "the biotech unit")
  std::vector<size_t> bare_heads_;     // organizations named by a head word alone (스튜디오)
  std::vector<size_t> hangul_people_;  // entities whose Hangul name stands for the canonical
  std::set<size_t> retyped_;           // person entities that name an organization
  std::vector<std::pair<size_t, size_t>> company_people_;  // (person entity, company entity)
  std::vector<std::pair<size_t, size_t>> parent_units_;    // (organization entity, byte length of its parent)
  struct SplitUnit {
    size_t unit, parent;
    std::vector<std::pair<size_t, size_t>> joins;  // (parent mention, unit mention)
  };
  std::vector<SplitUnit> split_units_;
};

bool HasHangul(const Article& a) {
  for (const std::string& p : a.paragraphs)
    for (size_t i = 0; i + 2 < p.size(); ++i)
      if (static_cast<unsigned char>(p[i]) >= 0xEA && static_cast<unsigned char>(p[i]) <= 0xED) return true;
  return false;
}

}  // namespace

bool KoreanCommonWord(std::string_view word) { return CommonWords().count(word) > 0; }

bool KindNounAnaphor(std::string_view word, const EmployerNameTable& table) {
  for (const EmployerNameRow& r : table.rows())
    if ((r.kind == "kind_word" || r.kind == "kind_object") && r.text == word) return true;
  return false;
}

// The words between an organization and a person's name make a title of that organization
// ("Brighton winger", "Netflix Inc. drama executive", "Novartis AG's head of oncology
// development, Dr."): one to six lower-case words (after a possessive "of" may join them), none a
// verb form (hire verbs, words ending in -ed), optionally closed by a comma and an honorific.
bool PrenominalTitle(std::string_view between) {
  const auto& words = extract::EntityWords::Default();
  bool possessive = between.substr(0, 3) == "'s " || between.substr(0, 5) == "\xE2\x80\x99s ";
  if (possessive) between.remove_prefix(between.find(' '));
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  size_t n = 0;
  bool closed = false;
  for (size_t i = 0; i < between.size();) {
    while (i < between.size() && between[i] == ' ') ++i;
    if (i >= between.size()) break;
    size_t j = between.find_first_of(" ,", i);
    if (j == std::string_view::npos) j = between.size();
    std::string_view w = between.substr(i, j - i);
    if (closed) {  // after the comma only an honorific ("Dr.")
      std::string bare(w);
      if (!bare.empty() && bare.back() == '.') bare.pop_back();
      if (!words.Has(extract::WordList::kEnHonorific, bare) || j != between.size()) return false;
    } else {
      if (w.empty() ||
          !std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
        return false;
      bool function = words.Has(extract::WordList::kEnFunctionWord, w);
      if (words.Has(extract::WordList::kHireVerb, w) || (w.size() > 3 && w.substr(w.size() - 2) == "ed") ||
          (function && !(possessive && w == "of")))
        return false;
      ++n;
    }
    if (j < between.size() && between[j] == ',') {
      if (closed) return false;
      closed = true;
      ++j;
    }
    i = j;
  }
  return n >= 1 && n <= 6;
}

Result<EmployerNameTable> EmployerNameTable::FromTsv(std::string_view tsv) {
  EmployerNameTable table;
  Status s = ForEachTsvRow(
      tsv, "employer name table", TsvHeader::kNone, [&](const std::vector<std::string>& f, int) {
        if (f.size() != 3 || f[2].empty()) return Status::InvalidArgument("malformed row");
        if (std::find(std::begin(kKinds), std::end(kKinds), f[0]) == std::end(kKinds))
          return Status::InvalidArgument("unknown kind " + f[0]);
        bool english_kind = f[0] == "record_tail" || f[0] == "object_verb" || f[0] == "origin_tail" ||
                            f[0] == "relative_lead" || f[0] == "join_verb" || f[0] == "leave_verb" ||
                            f[0] == "person_from" || f[0] == "lure_from" || f[0] == "person_noun" ||
                            f[0] == "part_noun" || f[0] == "affiliate_word";
        if (f[0] == "subject_noun" || f[0] == "subject_opener" || f[0] == "league_kind" || f[0] == "league"
                ? f[1] != "en" && f[1] != "ko"
                : f[1] != (english_kind ? "en" : "ko"))
          return Status::InvalidArgument("unknown language " + f[1] + " for " + f[0]);
        table.rows_.push_back({f[0], f[1], f[2]});
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return table;
}

const EmployerNameTable& EmployerNameTable::Default() {
  static const EmployerNameTable* t =
      new EmployerNameTable(EmbeddedOrDie(FromTsv(EmbeddedEmployerNamesTsv()), "employer name table"));
  return *t;
}

bool EmployerView(const Article& article, Article* out, const EmployerNameTable& table,
                  std::vector<int>* used_rows) {
  Reader r(article, table, used_rows);
  if (HasHangul(article)) {
    r.ReadSources();
    r.ReadOutlets();
    r.ReadSubjects();
    r.ReadKoreanSubjects();
    r.ReadKoreanKindWords();
    r.ReadClubs();
    r.ReadPeople();
    r.ReadFormerEmployers();
  }
  r.ReadReviewers();
  r.ReadDatelines();
  r.ReadNamePrefixes();
  if (!HasHangul(article)) r.ReadAffiliateNames();
  r.AddSources(LeagueDescriptorSpans(article, table, used_rows));
  if (HasHangul(article)) r.ReadLeagueClubs();
  r.ReadEnglishOrigins();
  r.ReadPersonFromOrigins();
  r.ReadEnglishPlaces();
  r.ReadEnglishSubjects();
  r.ReadLeaveObjects();
  r.ReadDescribedCandidates();
  r.ReadApposedEmployers();
  r.ReadApposedOrganizations();
  r.ReadKindAppositions();
  r.ReadCompanyPeople();
  if (HasHangul(article)) {
    r.ReadParentUnits();
    r.ReadBareHeads();
  }
  if (!r.Changed()) return false;
  r.Build(out);
  return true;
}

}  // namespace hirewire::normalize
