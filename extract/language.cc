// Language identification: Unicode script counts, then function-word (stopword) profiles for
// Latin-script text, then a reconciliation with the declared page language.
#include "extract/language.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/text.h"
#include "corpus/utf8.h"

namespace hirewire::extract {
namespace {

constexpr size_t kMaxScanBytes = 128u << 10;

enum Script {
  kLatin,
  kHangul,
  kKana,
  kHan,
  kCyrillic,
  kGreek,
  kArabic,
  kHebrew,
  kThai,
  kDevanagari,
  kBengali,
  kTamil,
  kGeorgian,
  kArmenian,
  kOther,
  kScriptCount
};

Script ScriptOf(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return kLatin;
  if (c < 0xC0) return kOther;
  if (c <= 0x24F && c != 0xD7 && c != 0xF7) return kLatin;
  if (c >= 0x1E00 && c <= 0x1EFF) return kLatin;
  if (c >= 0x370 && c <= 0x3FF) return kGreek;
  if (c >= 0x400 && c <= 0x52F) return kCyrillic;
  if (c >= 0x530 && c <= 0x58F) return kArmenian;
  if (c >= 0x590 && c <= 0x5FF) return kHebrew;
  if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFDFF) ||
      (c >= 0xFE70 && c <= 0xFEFF)) {
    return kArabic;
  }
  if (c >= 0x900 && c <= 0x97F) return kDevanagari;
  if (c >= 0x980 && c <= 0x9FF) return kBengali;
  if (c >= 0xB80 && c <= 0xBFF) return kTamil;
  if (c >= 0xE00 && c <= 0xE7F) return kThai;
  if (c >= 0x10A0 && c <= 0x10FF) return kGeorgian;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xAC00 && c <= 0xD7AF)) {
    return kHangul;
  }
  if ((c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF) ||
      (c >= 0xFF66 && c <= 0xFF9F)) {
    return kKana;
  }
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x2FFFF)) {
    return kHan;
  }
  return kOther;
}

char32_t LowerLatin(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x130) return 'i';  // Turkish dotted capital I
  if (c >= 0x100 && c <= 0x17F && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    // Latin Extended-A pairs: even = upper (with a few odd-based runs).
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper ? (c % 2 == 1) : (c % 2 == 0)) return c + 1;
  }
  if (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0) return c + 1;  // Vietnamese
  if (c == 0x1A0 || c == 0x1AF) return c + 1;                  // Ơ Ư
  return c;
}

// Function-word profiles. A word may belong to several languages.
struct Profile {
  const char* lang;
  const char* words;  // space separated, lowercase
};

constexpr Profile kProfiles[] = {
    {"en",
     "the of and to in is that for it on was with as by at from his her he she said are be "
     "have has this which an not but were been their they will would who its more had "
     "after about also there than or"},
    {"de",
     "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch "
     "es an werden aus er hat dass sie nach wird bei einer um am sind noch wie über so zum "
     "war haben nur oder vor zur bis mehr durch wurde sei"},
    {"fr",
     "le la les de des et en un une du est que qui dans pour pas sur au par plus avec ce il "
     "elle sont été ont aux mais son sa ses cette ne se nous vous leur où"},
    {"es",
     "el la los las de del y en que un una por con para es se no su al lo como más pero sus "
     "le ha fue este esta entre cuando también han hay desde sobre muy"},
    {"it",
     "il la le di del della che e è un una per con non si sono da dei delle gli nel alla "
     "anche al più come ma ha questo lo ad degli nella stato"},
    {"pt",
     "o a os as de do da dos das e em que um uma para com não se por no na mais como foi ao "
     "é seu sua ou também pelo pela são nos foram"},
    {"nl",
     "de het een en van in is dat op te zijn voor met die niet aan er maar ook als bij door "
     "om nog wordt werd naar dan over heeft hij zij ze was"},
    {"sv",
     "och att det som en på är av för med till den har de inte om ett var sig men från vid "
     "så kan hade när efter också han hon jag vi skulle eller"},
    {"da",
     "og at det som en på er af for med til den har de ikke om et var sig men fra ved så "
     "kan havde når efter også han hun meget nu blev mellem hvad jeg vi skal eller være"},
    {"no",
     "og at det som en på er av for med til den har de ikke om et var seg men fra ved så "
     "kan hadde når etter også han hun mye nå ble mellom hva jeg vi skal eller være"},
    {"is",
     "og að er í á sem til með það um var ekki við en hann af sé hefur eru hún þeir þess "
     "hafa verið eftir þegar"},
    {"pl",
     "i w na z się nie do że to jest o jak po co ale od za przez dla jego są tak już czy "
     "który było może przy także oraz jednak"},
    {"cs",
     "a v se na je že to s z do o jako ale i by pro za jsou od které který byl byla bylo "
     "také nebo jeho podle když však už jsem"},
    {"sk",
     "a v sa na je že to s z do o ako ale aj by pre za sú od ktoré ktorý bol bola bolo "
     "tiež alebo jeho podľa keď však už som"},
    {"tr",
     "ve bir bu da de için ile olarak çok daha ne gibi olan ama en o kadar sonra her şey "
     "değil ise mi var yok olduğu ancak"},
    {"id",
     "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena bisa ada "
     "adalah oleh saat sudah tersebut kata namun"},
    {"ms",
     "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke kerana boleh ada "
     "ialah oleh semasa telah beliau daripada bagi"},
    {"vi",
     "và của là có không được trong cho những người một các với này đã để khi về như từ "
     "năm"},
    {"lt", "ir kad yra su į o iš tai bet jis ji per nuo buvo dėl kaip taip jau ar bus savo"},
    {"lv", "un ir ar par no uz kā ka tas bet arī bija viņš tiek"},
    {"fi", "ja on ei se että oli hän ovat mutta kun myös joka tai kuin mitä niin ole"},
    {"hu", "a az és hogy nem is egy van meg de ez azt volt már csak el mint ki"},
    {"ro", "și în de la cu a pe că nu din care este o un mai pentru se au fost"},
    {"hr", "i je u na da se za su od s koji to ali kao što sa nije bi će"},
    {"sl", "in je v na da se za so od s ki to pa kot tudi bi ni"},
    {"et", "ja on ei et see oli ka kui aga mis ta nagu"},
    {"ca", "el la els les de del i en que un una per amb no és es al com més però va"},
    {"af", "die en van is in het nie dat vir op met te sy wat hy om"},
    {"sw", "na ya wa kwa katika ni za la kuwa hiyo huo amesema alisema"},
};
constexpr size_t kNumProfiles = sizeof(kProfiles) / sizeof(kProfiles[0]);

struct Lexicon {
  std::unordered_map<std::string, std::vector<uint8_t>> words;  // word -> profile indexes
};

const Lexicon& GetLexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    for (size_t p = 0; p < kNumProfiles; ++p) {
      std::string_view w = kProfiles[p].words;
      size_t i = 0;
      while (i < w.size()) {
        size_t j = w.find(' ', i);
        if (j == std::string_view::npos) j = w.size();
        if (j > i) {
          auto& v = l->words[std::string(w.substr(i, j - i))];
          if (v.empty() || v.back() != p) v.push_back(static_cast<uint8_t>(p));
        }
        i = j + 1;
      }
    }
    return l;
  }();
  return *lex;
}

// Script that a language is written in (for consistency checks with the text).
Script ScriptOfLanguage(std::string_view lang) {
  if (lang == "ko") return kHangul;
  if (lang == "ja") return kKana;
  if (lang == "zh" || lang == "yue") return kHan;
  if (lang == "ru" || lang == "uk" || lang == "bg" || lang == "be" || lang == "mk" || lang == "kk" ||
      lang == "ky" || lang == "mn" || lang == "tg") {
    return kCyrillic;
  }
  if (lang == "sr") return kCyrillic;  // also Latin; handled by the caller
  if (lang == "el") return kGreek;
  if (lang == "ar" || lang == "fa" || lang == "ur" || lang == "ps") return kArabic;
  if (lang == "he" || lang == "yi") return kHebrew;
  if (lang == "th") return kThai;
  if (lang == "hi" || lang == "mr" || lang == "ne") return kDevanagari;
  if (lang == "bn") return kBengali;
  if (lang == "ta") return kTamil;
  if (lang == "ka") return kGeorgian;
  if (lang == "hy") return kArmenian;
  return kLatin;
}

struct Counts {
  std::array<size_t, kScriptCount> script{};
  // Distinctive letters.
  size_t ukr = 0, rus = 0, bel = 0, srb = 0, mkd = 0, kaz = 0, bul_hard = 0;
  size_t fa = 0, ur = 0;
  size_t vi = 0;
  std::vector<std::string> latin_words;
};

Counts Analyze(std::string_view text) {
  Counts c;
  text = text.substr(0, std::min(text.size(), kMaxScanBytes));
  std::string word;
  size_t i = 0;
  auto flush = [&] {
    if (!word.empty()) {
      if (c.latin_words.size() < 20000) c.latin_words.push_back(word);
      word.clear();
    }
  };
  while (i < text.size()) {
    char32_t cp = DecodeUtf8(text, &i);
    Script s = ScriptOf(cp);
    c.script[s]++;
    if (s == kLatin) {
      AppendUtf8(&word, LowerLatin(cp));
      if ((cp >= 0x1EA0 && cp <= 0x1EF9) || cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0 ||
          cp == 0x110 || cp == 0x111) {
        c.vi++;
      }
      continue;
    }
    // Apostrophes inside words ("l'offre", "don't") keep the word going.
    if (!(cp == '\'' || cp == 0x2019) || word.empty()) flush();
    if (s == kCyrillic) {
      switch (cp) {
        case 0x456:
        case 0x457:
        case 0x454:
        case 0x491:
        case 0x406:
        case 0x407:
        case 0x404: c.ukr++; break;
        case 0x44B:
        case 0x44D:
        case 0x451:
        case 0x42B:
        case 0x42D:
        case 0x401: c.rus++; break;
        case 0x45E: c.bel++; break;
        case 0x452:
        case 0x45B:
        case 0x45F:
        case 0x458:
        case 0x459:
        case 0x45A: c.srb++; break;
        case 0x453:
        case 0x45C:
        case 0x455: c.mkd++; break;
        case 0x4D9:
        case 0x493:
        case 0x49B:
        case 0x4A3:
        case 0x4E9:
        case 0x4B1:
        case 0x4AF:
        case 0x4BB: c.kaz++; break;
        case 0x44A: c.bul_hard++; break;
        default: break;
      }
    } else if (s == kArabic) {
      if (cp == 0x67E || cp == 0x686 || cp == 0x698 || cp == 0x6AF || cp == 0x6CC) c.fa++;
      if (cp == 0x679 || cp == 0x688 || cp == 0x691 || cp == 0x6BA || cp == 0x6D2) c.ur++;
    }
  }
  flush();
  return c;
}

struct Guess {
  std::string lang;
  double score = 0;  // share of tokens that are function words of `lang` (Latin)
  double runner_up = 0;
  size_t tokens = 0;
};

Guess GuessLatin(const Counts& c) {
  Guess g;
  const Lexicon& lex = GetLexicon();
  std::array<double, kNumProfiles> hits{};
  for (const std::string& w : c.latin_words) {
    auto it = lex.words.find(w);
    if (it == lex.words.end()) continue;
    for (uint8_t p : it->second) hits[p] += 1.0;
  }
  g.tokens = c.latin_words.size();
  if (g.tokens == 0) return g;
  size_t best = 0;
  for (size_t p = 1; p < kNumProfiles; ++p) {
    if (hits[p] > hits[best]) best = p;
  }
  double second = 0;
  for (size_t p = 0; p < kNumProfiles; ++p) {
    if (p != best) second = std::max(second, hits[p]);
  }
  g.lang = kProfiles[best].lang;
  g.score = hits[best] / static_cast<double>(g.tokens);
  g.runner_up = second / static_cast<double>(g.tokens);
  // Vietnamese: its tone-marked letters are unmistakable even when words are split.
  size_t latin_letters = c.script[kLatin];
  if (latin_letters > 0 && c.vi * 20 > latin_letters) {
    g.lang = "vi";
    g.score = std::max(g.score, 0.3);
  }
  return g;
}

double LatinScore(const Counts& c, std::string_view lang) {
  const Lexicon& lex = GetLexicon();
  size_t idx = kNumProfiles;
  for (size_t p = 0; p < kNumProfiles; ++p) {
    if (lang == kProfiles[p].lang) idx = p;
  }
  if (idx == kNumProfiles || c.latin_words.empty()) return -1;  // no profile: unknown
  double hits = 0;
  for (const std::string& w : c.latin_words) {
    auto it = lex.words.find(w);
    if (it == lex.words.end()) continue;
    if (std::find(it->second.begin(), it->second.end(), idx) != it->second.end()) hits += 1;
  }
  return hits / static_cast<double>(c.latin_words.size());
}

}  // namespace

std::string NormalizeLanguageTag(std::string_view tag) {
  size_t b = 0;
  while (b < tag.size() && (tag[b] == ' ' || tag[b] == '"' || tag[b] == '\'')) ++b;
  std::string primary;
  for (size_t i = b; i < tag.size(); ++i) {
    char c = tag[i];
    if (c == '-' || c == '_' || c == ' ' || c == '"' || c == '\'' || c == ';' || c == ',') break;
    c = AsciiLower(c);
    if (c < 'a' || c > 'z') return "";
    primary.push_back(c);
  }
  if (primary.size() < 2 || primary.size() > 3) return "";
  if (primary == "iw") return "he";
  if (primary == "in") return "id";
  if (primary == "ji") return "yi";
  if (primary == "jw") return "jv";
  if (primary == "nb" || primary == "nn") return "no";
  if (primary == "zxx" || primary == "und" || primary == "mul") return "";
  return primary;
}

std::string DetectLanguage(std::string_view utf8_text, std::string_view declared) {
  std::string decl = NormalizeLanguageTag(declared);
  Counts c = Analyze(utf8_text);

  // Script groups. A CJK character carries about as much text as a short Latin word.
  size_t cjk = c.script[kHangul] + c.script[kKana] + c.script[kHan];
  std::array<double, kScriptCount> weight{};
  for (int s = 0; s < kScriptCount; ++s) weight[s] = static_cast<double>(c.script[s]);
  weight[kHangul] *= 3;
  weight[kKana] *= 3;
  weight[kHan] *= 3;
  weight[kOther] = 0;
  double cjk_weight = 3.0 * static_cast<double>(cjk);
  // Pick the dominant script group (CJK counted as one group).
  int dominant = -1;
  double best = 0;
  for (int s = 0; s < kScriptCount; ++s) {
    if (s == kHangul || s == kKana || s == kHan || s == kOther) continue;
    if (weight[s] > best) {
      best = weight[s];
      dominant = s;
    }
  }
  bool cjk_dominant = cjk_weight > best;
  double total_letters = cjk_weight + best;
  if (total_letters < 8) return decl;  // too little text: trust the page

  std::string script_lang;
  if (cjk_dominant) {
    if (static_cast<double>(c.script[kHangul]) >= 0.2 * static_cast<double>(cjk)) {
      script_lang = "ko";
    } else if (static_cast<double>(c.script[kKana]) >= 0.05 * static_cast<double>(cjk)) {
      script_lang = "ja";
    } else {
      script_lang = "zh";
    }
    // Chinese-script languages: a declared zh variant or yue is kept.
    if (script_lang == "zh" && (decl == "zh" || decl == "yue")) return decl;
    if (script_lang == "ja" && decl == "ja") return decl;
    return script_lang;
  }
  switch (dominant) {
    case kCyrillic: {
      if (!decl.empty() && ScriptOfLanguage(decl) == kCyrillic) {
        // Trust the page unless its distinctive letters contradict it.
        if (!(decl == "ru" && c.ukr > c.rus * 2 + 3) && !(decl == "uk" && c.rus > c.ukr * 2 + 3)) {
          return decl;
        }
      }
      if (c.kaz > 3) return "kk";
      if (c.srb > 3) return "sr";
      if (c.mkd > 3) return "mk";
      if (c.bel > 3 && c.ukr > 0) return "be";
      if (c.ukr > c.rus) return "uk";
      if (c.rus == 0 && c.bul_hard > 3) return "bg";
      return "ru";
    }
    case kGreek: return "el";
    case kHebrew: return decl == "yi" ? "yi" : "he";
    case kThai: return "th";
    case kBengali: return "bn";
    case kTamil: return "ta";
    case kGeorgian: return "ka";
    case kArmenian: return "hy";
    case kDevanagari:
      if (decl == "mr" || decl == "ne") return decl;
      return "hi";
    case kArabic:
      if (decl == "fa" || decl == "ur" || decl == "ps" || decl == "ar") {
        return decl;
      }
      if (c.ur > 3) return "ur";
      if (c.fa > 3) return "fa";
      return "ar";
    default: break;
  }

  // Latin script.
  Guess g = GuessLatin(c);
  bool decl_latin = !decl.empty() && (ScriptOfLanguage(decl) == kLatin || decl == "sr");
  if (decl_latin) {
    double decl_score = LatinScore(c, decl);
    if (decl_score < 0) {
      // A language we have no profile for (e.g. "zu", "mt"): keep it unless the text is
      // clearly one we know.
      return g.score >= 0.25 ? g.lang : decl;
    }
    if (decl == g.lang || g.tokens < 15) return decl;
    // Closely related pairs share most function words; the page knows better.
    if (decl_score >= 0.75 * g.score) return decl;
    return (g.score >= 0.12 || (g.score >= 0.05 && decl_score * 3 < g.score)) ? g.lang : decl;
  }
  // Too few function words of any known language (e.g. Zulu, or a list of names): unknown.
  if (g.tokens == 0 || g.score < 0.05) return decl;
  return g.lang;
}

}  // namespace hirewire::extract
