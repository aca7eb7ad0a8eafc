// Byline cleaning and detection. RE2 patterns compiled once (function-local static).
#include "extract/bylines.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "corpus/text.h"

namespace hirewire::extract {
namespace {

constexpr size_t kMaxRaw = 2000;        // longer raw author strings are cut
constexpr size_t kMaxNameBytes = 80;    // longer "names" are sentences, not names
constexpr size_t kMaxParagraph = 4000;  // bytes of a paragraph searched for a byline

// Role words, longest first inside each group so alternations prefer them.
constexpr const char* kKoreanRoles =
    "선임기자|전문기자|수습기자|객원기자|인턴기자|기자|특파원|논설위원|편집위원|대기자|"
    "칼럼니스트|통신원|앵커|객원논설위원|명예기자|시민기자";
constexpr const char* kCjkRoles = "編集委員|論説委員|特派員|記者|记者|编辑|責任編輯|撰稿";

std::string Sv(re2::StringPiece p) { return std::string(p.data(), p.size()); }

struct Patterns {
  std::unique_ptr<RE2> email, url, bracket, date, prefix, role_tail, role_head, splitter;
  std::unique_ptr<RE2> ko_byline, ja_byline, en_byline, lead;
  std::unique_ptr<RE2> for_site;
};

const Patterns& GetPatterns() {
  static const Patterns* patterns = [] {
    auto* p = new Patterns;
    RE2::Options o;
    o.set_log_errors(false);
    o.set_case_sensitive(true);
    RE2::Options ci = o;
    ci.set_case_sensitive(false);
    p->email = std::make_unique<RE2>(R"([\pL\pN._%+-]+@[\pL\pN-]+(?:\.[\pL\pN-]+)+)", o);
    p->url = std::make_unique<RE2>(R"((?:https?://|www\.)[^\s,;|]+)", ci);
    // "[서울=뉴시스]", "(서울=연합뉴스)", "【ソウル=共同】" and any bracketed aside.
    p->bracket = std::make_unique<RE2>(R"([\[(（【〔][^\])）】〕]{0,40}[\])）】〕])", o);
    p->date = std::make_unique<RE2>(
        R"(\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?(?:\s*(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|(?i:updated|published|posted|aktualisiert|veröffentlicht|입력|수정|업데이트)\b.*$)",
        o);
    p->prefix = std::make_unique<RE2>(
        R"(^\s*(?:(?i:written by|reported by|story by|text by|by|von|por|par|door|af|av|text|texto|texte|autor|autorin|author|reporter)\s*[:：]?\s+|(?i:by|von|text|autor|author)\s*[:：]\s*|(?:글|사진|취재|정리|기자)\s*[:：=]\s*))",
        o);
    std::string en_roles =
        R"((?i:senior staff writer|staff writer|staff reporter|senior reporter|senior correspondent|chief correspondent|foreign correspondent|political correspondent|political editor|senior editor|contributing editor|editor-at-large|deputy editor|staff|reporter|correspondent|editor|contributor|columnist|writer|journalist|journalistin|redakteur|redakteurin|korrespondent|korrespondentin|autor|autorin|redaktion|journaliste|correspondant|correspondante|corresponsal|periodista|redacción|giornalista|inviato|anchor|photographer|fotograf|photos?))";
    p->role_tail = std::make_unique<RE2>(std::string(R"(\s*(?:)") + kKoreanRoles + "|" + kCjkRoles +
                                             R"()\s*$|(?:^|[\s,–—-]+))" + en_roles + R"(\s*$)",
                                         o);
    p->role_head = std::make_unique<RE2>(std::string(R"(^\s*(?:)") + kKoreanRoles + "|" + kCjkRoles +
                                             R"()\s+|^\s*)" + en_roles + R"(\s*[:：]?\s+)",
                                         o);
    // "Jane Doe for The Guardian", "Jane Doe in Berlin".
    p->for_site = std::make_unique<RE2>(R"(\s+(?:for|für|pour|para|in|aus|à|en)\s+\p{Lu}.*$)", o);
    p->splitter = std::make_unique<RE2>(
        R"(\s*(?:[,;&·/、，|+]|\s(?:and|und|et|y|e|og|och|en|i|és|ve|dan|và)\s)\s*)", o);
    // Korean: "[서울=뉴시스] 홍길동 기자 =", "워싱턴=홍길동 특파원", "홍길동·김철수 기자",
    // "(홍길동 기자 hong@x.com)". The role must not run on into more Hangul ("기자회견").
    p->ko_byline = std::make_unique<RE2>(
        std::string(R"((?:^|[^가-힣])((?:[가-힣]{2,4})(?:\s*[·,ㆍ]\s*[가-힣]{2,4})*)\s*(?:)") + kKoreanRoles +
            R"()(?:\s*$|\s*[=＝)\]）】/|,.]|\s+[\pL\pN._%+-]+@|\s+[\[(（【]))",
        o);
    p->ja_byline = std::make_unique<RE2>(
        R"((?:^|[\s（(【「、=＝])((?:\p{Han}|\p{Hiragana}|\p{Katakana}|ー){2,8})\s*(?:記者|特派員|編集委員|论说员|记者)(?:$|[\s）)】」、=＝。]))",
        o);
    p->en_byline = std::make_unique<RE2>(
        R"(^\s*(?i:by|von|por|par|door|af|av)\s+((?:\p{Lu}[\pL'’.-]*)(?:\s+(?:\p{Lu}[\pL'’.-]*|van|von|de|der|den|da|del|la|le|di|bin|al|el)){0,4}(?:\s*(?:,|and|und|&|et|y)\s*\p{Lu}[\pL'’.-]*(?:\s+(?:\p{Lu}[\pL'’.-]*|van|von|de|der|den|da|del|la|le|di)){0,4})*))",
        o);
    // Leading dateline/byline of a body paragraph: "[서울=뉴시스] 홍길동 기자 = ",
    // "(서울=연합뉴스) 홍길동 기자 = ", "홍길동 기자 = ".
    p->lead = std::make_unique<RE2>(
        std::string(
            R"(^\s*(?:[\[(（【〔][^\])）】〕]{1,40}[\])）】〕]\s*)?(?:[가-힣]{2,4}(?:\s*[·,ㆍ]\s*[가-힣]{2,4})*\s*(?:)") +
            kKoreanRoles + R"()\s*)?[=＝]\s*)",
        o);
    return p;
  }();
  return *patterns;
}

std::string TrimNameEdges(std::string_view s) {
  // ASCII whitespace, NBSP and common punctuation around names.
  auto strip = [](std::string_view& v, bool front) {
    while (!v.empty()) {
      std::string_view t = v;
      if (front) {
        unsigned char c = static_cast<unsigned char>(t.front());
        if (IsHtmlSpace(t.front()) || c == ',' || c == ';' || c == ':' || c == '-' || c == '|' || c == '/' ||
            c == '=' || c == '*' || c == '.' || c == '"' || c == '\'' || c == ')' || c == '(') {
          v.remove_prefix(1);
          continue;
        }
        if (t.substr(0, 2) == "\xC2\xA0") {
          v.remove_prefix(2);
          continue;
        }
        if (t.substr(0, 3) == "\xE2\x80\x94" || t.substr(0, 3) == "\xE2\x80\x93" ||
            t.substr(0, 3) == "\xC2\xB7" || t.substr(0, 3) == "\xEF\xBC\x9D") {
          v.remove_prefix(3);
          continue;
        }
      } else {
        unsigned char c = static_cast<unsigned char>(t.back());
        if (IsHtmlSpace(t.back()) || c == ',' || c == ';' || c == ':' || c == '-' || c == '|' || c == '/' ||
            c == '=' || c == '*' || c == '"' || c == '\'' || c == '(' || c == ')') {
          v.remove_suffix(1);
          continue;
        }
        if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0") {
          v.remove_suffix(2);
          continue;
        }
        if (t.size() >= 3 &&
            (t.substr(t.size() - 3) == "\xE2\x80\x94" || t.substr(t.size() - 3) == "\xE2\x80\x93" ||
             t.substr(t.size() - 3) == "\xEF\xBC\x9D")) {
          v.remove_suffix(3);
          continue;
        }
      }
      break;
    }
  };
  strip(s, true);
  strip(s, false);
  // Collapse inner whitespace runs.
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsHtmlSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string FoldForCompare(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsHtmlSpace(c) || c == '.' || c == '-' || c == '_') continue;
    out.push_back(AsciiLower(c));
  }
  return out;
}

bool IsSiteName(std::string_view name, std::string_view site) {
  if (site.empty()) return false;
  std::string a = FoldForCompare(name), b = FoldForCompare(site);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  // "nieuwsblad.be" vs "Nieuwsblad", "DER SPIEGEL" vs "Spiegel".
  return (a.size() >= 4 && b.find(a) != std::string::npos) ||
         (b.size() >= 4 && a.find(b) != std::string::npos && a.size() <= b.size() + 4);
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0) return true;
  }
  return false;
}

size_t CountDigits(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = IsHtmlSpace(c);
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// Lowercase ASCII words of `s` (non-ASCII bytes kept as they are).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (IsHtmlSpace(c)) {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
      continue;
    }
    w.push_back(c);
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// Share-widget labels, form placeholders and sentences picked up as "authors":
// "Twitter Facebook", "Please enter your name here", "Name", "By", "Steph Bazzle covers
// politics".
bool LooksLikeWidgetOrSentence(std::string_view name) {
  static constexpr std::string_view kWidget[] = {
      "twitter", "facebook",  "instagram", "linkedin",   "whatsapp", "telegram",      "youtube",
      "tiktok",  "pinterest", "share",     "subscribe",  "follow",   "please",        "enter",
      "click",   "login",     "comments",  "newsletter", "e-mail",   "email",         "print",
      "teilen",  "folgen",    "drucken",   "kommentare", "anzeige",  "advertisement", "sponsored"};
  static constexpr std::string_view kAlone[] = {"by",    "von",       "por",   "par",     "door",
                                                "name",  "author",    "autor", "autorin", "unknown",
                                                "admin", "anonymous", "n/a",   "none",    "null"};
  static constexpr std::string_view kParticles[] = {
      "van", "von", "de",  "der", "den", "da",  "del", "della", "la", "le", "di", "bin",   "binti",
      "al",  "el",  "dos", "das", "du",  "ter", "zu",  "und",   "y",  "e",  "af", "van't", "mc"};
  std::vector<std::string> words = Words(name);
  if (words.size() == 1) {
    std::string w = AsciiLower(words[0]);
    for (auto a : kAlone) {
      if (w == a) return true;
    }
  }
  int lower_words = 0;
  for (const std::string& word : words) {
    std::string w = AsciiLower(word);
    for (auto k : kWidget) {
      if (w == k) return true;
    }
    if (word[0] >= 'a' && word[0] <= 'z') {
      bool particle = false;
      for (auto p : kParticles) particle |= (w == p);
      if (!particle) ++lower_words;
    }
  }
  // Two or more lowercase non-particle words in a Latin name: a sentence ("covers politics").
  return words.size() >= 2 && lower_words >= 2;
}

// One raw string -> candidate names (not yet filtered against the site name).
void CleanOne(std::string_view raw_view, std::vector<std::string>* out) {
  const Patterns& p = GetPatterns();
  std::string s(raw_view.substr(0, kMaxRaw));
  RE2::GlobalReplace(&s, *p.email, " ");
  RE2::GlobalReplace(&s, *p.url, " ");
  RE2::GlobalReplace(&s, *p.bracket, " ");
  RE2::GlobalReplace(&s, *p.date, " ");
  for (int k = 0; k < 2; ++k) RE2::Replace(&s, *p.prefix, "");
  // Split into parts.
  std::vector<std::string> parts;
  re2::StringPiece input(s);
  re2::StringPiece match;
  size_t last = 0;
  while (p.splitter->Match(input, last, input.size(), RE2::UNANCHORED, &match, 1)) {
    size_t start = static_cast<size_t>(match.data() - input.data());
    if (match.empty()) {
      last = start + 1;
      if (last > input.size()) break;
      continue;
    }
    parts.push_back(s.substr(last, start - last));
    last = start + match.size();
  }
  parts.push_back(s.substr(last));
  for (std::string part : parts) {
    for (int k = 0; k < 3; ++k) {
      RE2::Replace(&part, *p.prefix, "");
      RE2::Replace(&part, *p.role_head, "");
      RE2::Replace(&part, *p.role_tail, "");
    }
    RE2::Replace(&part, *p.for_site, "");
    std::string name = TrimNameEdges(part);
    if (name.empty() || !HasLetter(name)) continue;
    if (name.size() > kMaxNameBytes || CountWords(name) > 6) continue;
    if (CountDigits(name) > 0) continue;
    if (LooksLikeWidgetOrSentence(name)) continue;
    out->push_back(std::move(name));
  }
}

void AddUnique(std::vector<std::string>* names, const std::string& name) {
  std::string folded = FoldForCompare(name);
  for (const auto& n : *names) {
    if (FoldForCompare(n) == folded) return;
  }
  names->push_back(name);
}

}  // namespace

std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw, std::string_view site_name) {
  std::vector<std::string> names;
  for (const std::string& r : raw) {
    std::vector<std::string> cleaned;
    CleanOne(r, &cleaned);
    for (const auto& n : cleaned) AddUnique(&names, n);
    if (names.size() > 50) break;
  }
  // The site name is dropped when people are named too; alone, it is the only credit there is
  // (as fundus-style gold keeps it: "DER SPIEGEL", "dpa").
  std::vector<std::string> people;
  for (const auto& n : names) {
    if (!IsSiteName(n, site_name)) people.push_back(n);
  }
  if (people.empty() && !names.empty()) return {names.front()};
  return people;
}

std::vector<std::string> FindBylineInText(std::string_view paragraph) {
  const Patterns& p = GetPatterns();
  std::string_view text = paragraph.substr(0, std::min(paragraph.size(), kMaxParagraph));
  std::vector<std::string> out;
  re2::StringPiece input(text.data(), text.size());
  std::array<re2::StringPiece, 2> g;
  // Korean: every byline in the paragraph ("홍길동 기자 김철수 기자 = ...").
  size_t pos = 0;
  for (int k = 0; k < 5 && pos < input.size(); ++k) {
    if (!p.ko_byline->Match(input, pos, input.size(), RE2::UNANCHORED, g.data(), g.size())) break;
    pos = static_cast<size_t>(g[1].data() + g[1].size() - input.data());
    std::vector<std::string> raw = {Sv(g[1])};
    for (auto& n : CleanAuthors(raw, "")) AddUnique(&out, n);
  }
  if (!out.empty()) return out;
  if (p.ja_byline->Match(input, 0, input.size(), RE2::UNANCHORED, g.data(), g.size())) {
    AddUnique(&out, Sv(g[1]));
    return out;
  }
  if (p.en_byline->Match(input, 0, input.size(), RE2::ANCHOR_START, g.data(), g.size())) {
    std::vector<std::string> raw = {Sv(g[1])};
    for (auto& n : CleanAuthors(raw, "")) AddUnique(&out, n);
  }
  return out;
}

bool IsBylineParagraph(std::string_view paragraph) {
  if (paragraph.size() > 200) return false;
  std::vector<std::string> names = FindBylineInText(paragraph);
  if (names.empty()) return false;
  const Patterns& p = GetPatterns();
  // Whatever is left after removing names, roles, e-mails, URLs, asides and dates must be
  // (almost) nothing.
  std::string rest(paragraph);
  RE2::GlobalReplace(&rest, *p.email, " ");
  RE2::GlobalReplace(&rest, *p.url, " ");
  RE2::GlobalReplace(&rest, *p.bracket, " ");
  RE2::GlobalReplace(&rest, *p.date, " ");
  for (const auto& n : names) {
    std::string without;
    size_t from = 0, pos;
    while ((pos = rest.find(n, from)) != std::string::npos) {
      without.append(rest, from, pos - from);
      without.push_back(' ');
      from = pos + n.size();
    }
    without.append(rest, from, std::string::npos);
    rest.swap(without);
  }
  static const RE2 kLeftovers(
      std::string(R"((?:)") + kKoreanRoles + "|" + kCjkRoles +
      R"(|(?i:by|von|por|par|door|and|und|et|y|staff|writer|reporter|correspondent|editor|redakteur|redakteurin|korrespondent|korrespondentin|senior|chief|photos?)\b)|[\s\pP\pS])");
  RE2::GlobalReplace(&rest, kLeftovers, "");
  return rest.size() <= 6;
}

std::string StripLeadingByline(std::string_view paragraph) {
  const Patterns& p = GetPatterns();
  re2::StringPiece input(paragraph.data(), paragraph.size());
  re2::StringPiece m;
  if (p.lead->Match(input, 0, input.size(), RE2::ANCHOR_START, &m, 1) && m.size() < paragraph.size()) {
    // Only a bracketed dateline or a byline counts; a bare "=" at the start is kept.
    if (m.size() > 2) return std::string(paragraph.substr(m.size()));
  }
  return std::string(paragraph);
}

}  // namespace hirewire::extract
