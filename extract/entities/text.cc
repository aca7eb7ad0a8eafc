// Text helpers the recognizer's passes share (entities/internal.h declares them; the small ones
// are inline there): words of the word lists, possessives, speech cues, folded words, katakana
// runs, romanization skeletons, Han words.
#include <algorithm>

#include "extract/entities/internal.h"

namespace hirewire::extract {
namespace entities_detail {

// StripPossessive of a word with an apostrophe byte.
std::string_view StripApostropheSuffix(std::string_view w) {
  if (EndsWith(w, "'s") || EndsWith(w, "’s"))
    return w.substr(0, w.size() - (w[w.size() - 2] == '\'' ? 2 : 4));
  size_t apo = w.rfind('\''), len = 1;
  if (size_t curly = w.rfind("’");
      curly != std::string_view::npos && (apo == std::string_view::npos || curly > apo)) {
    apo = curly;
    len = 3;
  }
  if (apo == std::string_view::npos || apo < 2 || apo + len >= w.size()) return w;
  // The suffix: one to four lower-case letters (ASCII or Turkish ç ğ ı ö ş ü).
  std::string_view suf = w.substr(apo + len);
  int letters = 0;
  for (size_t k = 0; k < suf.size(); ++letters) {
    const unsigned char c = static_cast<unsigned char>(suf[k]);
    if (c >= 'a' && c <= 'z') {
      ++k;
      continue;
    }
    static constexpr std::string_view kTurkishLower[] = {"ç", "ğ", "ı", "ö", "ş", "ü"};
    bool ok = false;
    for (std::string_view t : kTurkishLower)
      if (suf.substr(k).starts_with(t)) {
        k += t.size();
        ok = true;
        break;
      }
    if (!ok) return w;
  }
  return letters <= 4 ? w.substr(0, apo) : w;
}

// `w` ends in a word of list `l`.
// Whether `w` starts with a row of list `l`, compared in ASCII lower case.
bool StartsWithAnyOf(WordList l, std::string_view w) {
  for (const std::string& e : EntityWords::Default().List(l)) {
    if (w.size() <= e.size()) continue;
    bool same = true;
    for (size_t i = 0; i < e.size() && same; ++i)
      same = std::tolower(static_cast<unsigned char>(w[i])) == static_cast<unsigned char>(e[i]);
    if (same) return true;
  }
  return false;
}

bool EndsWithAnyOf(WordList l, std::string_view w) {
  for (const std::string& suf : EntityWords::Default().List(l))
    if (EndsWith(w, suf)) return true;
  return false;
}

// A line of business: a word ending in a ko_business_line_head row after two syllables or more
// ("조선해양사업", "IB사업").
bool BusinessLineWord(std::string_view w) {
  for (const std::string& head : EntityWords::Default().List(WordList::kKoBusinessLineHead))
    if (EndsWith(w, head) && CountCodePoints(w.substr(0, w.size() - head.size())) >= 2) return true;
  return false;
}

// A reported-speech cue right next to the bytes [start, end) of `p`, only spaces between: the
// verb after the speaker ("Bönte sagte", "Støre sier") or before it, where verb-second languages
// put it at the end of a quote ("…“, sagte Usyk", "», dijo Sánchez") or an "according to" word
// ("Laut Scholz"). English puts the listener there ("…,” he told Daily Maverick"): in English
// (or an unknown language) only an "according to" cue counts before the name.
bool SpeechCueNextTo(const Para& p, int start, int end) {
  auto quote_end_before = [&](int at) {
    size_t i = static_cast<size_t>(at);
    while (i > 0 && p.text[i - 1] == ' ') --i;
    if (i == 0) return false;
    const unsigned char c = static_cast<unsigned char>(p.text[i - 1]);
    // , " and the last byte of “ ” « » (E2 80 9C/9D, C2 AB/BB) and of an en or em dash (E2 80 93/94).
    return c == ',' || c == '"' || c == 0x9C || c == 0x9D || c == 0xAB || c == 0xBB || c == 0x93 || c == 0x94;
  };
  auto spaces = [&](int x, int y) {
    if (x > y) return false;
    for (int i = x; i < y; ++i)
      if (p.text[static_cast<size_t>(i)] != ' ') return false;
    return true;
  };
  for (const SpeechCue& c : p.speech) {
    if (c.cue.start >= end && c.cue.start - end <= 2 && spaces(end, c.cue.start) && !c.speaker_after)
      return true;
    if (c.cue.end <= start && start - c.cue.end <= 2 && spaces(c.cue.end, start) &&
        (c.speaker_after || (!p.lang.empty() && p.lang != "en" && quote_end_before(c.cue.start))))
      return true;
  }
  return false;
}

// A word in lower case for comparing names (ICU case folding; the dot of Turkish İ dropped).
std::string FoldWord(std::string_view w) {
  // ASCII folds to ASCII lower case (default case folding changes only A-Z there, and U+0307 is no ASCII):
  // no round trip through UTF-16 for the most common words.
  if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(w);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  // Latin-1 letters (U+00C0..U+00FF, two bytes opening with C3) fold as ICU folds them: the capitals (not ×)
  // to the small letter 0x20 above, the small letters to themselves; ß (to "ss") takes the ICU path.
  bool latin1 = true;
  for (size_t i = 0; i < w.size() && latin1; ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) continue;
    latin1 = c == 0xC3 && i + 1 < w.size() && (static_cast<unsigned char>(w[i + 1]) & 0xC0) == 0x80 &&
             static_cast<unsigned char>(w[i + 1]) != 0x9F;
    ++i;
  }
  if (latin1) {
    std::string out(w);
    for (size_t i = 0; i < out.size(); ++i) {
      const auto c = static_cast<unsigned char>(out[i]);
      if (c >= 'A' && c <= 'Z') {
        out[i] = static_cast<char>(c - 'A' + 'a');
      } else if (c == 0xC3) {
        const auto b = static_cast<unsigned char>(out[++i]);
        if (b <= 0x9E && b != 0x97) out[i] = static_cast<char>(b + 0x20);
      }
    }
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())))
      .foldCase()
      .findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0307)), icu::UnicodeString())
      .toUTF8String(out);
  return out;
}

// ---- Japanese and Chinese text

// Bytes of the katakana run (U+30A1-U+30FA, U+30FC-U+30FF; not the middle dot) that opens `s`.
size_t KatakanaRunBytes(std::string_view s) {
  size_t n = 0;
  while (n + 3 <= s.size()) {
    const unsigned char a = static_cast<unsigned char>(s[n]), b = static_cast<unsigned char>(s[n + 1]),
                        c = static_cast<unsigned char>(s[n + 2]);
    const bool kata = a == 0xE3 && ((b == 0x82 && c >= 0xA1) || (b == 0x83 && c != 0xBB));
    if (!kata) break;
    n += 3;
  }
  return n;
}

// "サンライズ・ミュージック", "ソニー・ミュージックエンタテインメント", "みずほリサーチ&テクノロジーズ",
// "東和リスト＆データ": the bytes of the "・katakana" (or "&katakana", "＆katakana") parts that
// continue a katakana name ending at `end` (0 if none).
size_t KatakanaContinuation(std::string_view text, size_t end) {
  static constexpr std::string_view kJoiners[] = {"\xE3\x83\xBB", "&", "\xEF\xBC\x86"};  // ・ & ＆
  if (end < 3 || KatakanaRunBytes(text.substr(end - 3, 3)) == 0) return 0;
  size_t at = end;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view j : kJoiners) {
      if (!text.substr(at).starts_with(j)) continue;
      const size_t run = KatakanaRunBytes(text.substr(at + j.size()));
      if (run < 6) break;
      at += j.size() + run;
      more = true;
      break;
    }
  }
  return at - end;
}

// Languages written in Latin script other than English, as DetectLanguage names them.
bool IsLatinScriptLanguage(std::string_view lang) { return In(WordList::kLatinScriptLanguage, lang); }

// Consonant skeleton of an ASCII romanization: vowels dropped (except a leading one), similar
// consonants merged, repeats collapsed. "tullog", "teollog", "tullokeu" -> "TLK".
std::string SkeletonOfAscii(std::string_view r) {
  std::string out;
  auto push = [&](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (size_t i = 0; i < r.size(); ++i) {
    char c = r[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') {
      if (c == ' ' || c == '|') out.push_back('|');
      continue;
    }
    bool vowel = std::strchr("aeiouwy", c) != nullptr;
    if (vowel) {
      if (out.empty() || out.back() == '|') out.push_back('V');
      continue;
    }
    if (c == 'c' && i + 1 < r.size() && r[i + 1] == 'h') {
      // ㅊ alternates with ㅌ before i in transliterations: 세바스티안 / 세바스찬.
      push('T');
      ++i;
      continue;
    }
    if (c == 'n' && i + 1 < r.size() && r[i + 1] == 'g') {
      push('N');
      ++i;
      continue;
    }
    switch (c) {
      case 'k':
      case 'g':
      case 'c':
      case 'q': push('K'); break;
      case 't':
      case 'd': push('T'); break;
      case 'p':
      case 'b':
      case 'f':
      case 'v': push('P'); break;
      case 'l':
      case 'r': push('L'); break;
      case 's':
      case 'z':
      case 'j': push('S'); break;
      case 'x':
        push('K');
        push('S');
        break;
      case 'h': break;
      default: push(static_cast<char>(c - 'a' + 'A'));
    }
  }
  return out;
}

}  // namespace entities_detail
}  // namespace hirewire::extract
