#include "extract/korean.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_set>

#include "corpus/utf8.h"

namespace hirewire::extract {
namespace {

// Particles and short endings that follow nouns, longest first within the table order does not
// matter: KoreanStemLengths tries every entry.
constexpr std::string_view kParticles[] = {
    "으로부터", "에게서는", "에서부터", "이라고", "이라는", "이었다", "이라며", "에게서", "에게는", "에게도",
    "에게만",   "에서는",   "에서도",   "에서의", "에서만", "께서는", "으로는", "으로도", "으로서", "으로써",
    "이지만",   "이었던",   "에게선",   "과의",   "와의",   "로부터", "로서",   "로써",   "로는",   "로도",
    "이나",     "이랑",     "이며",     "이자",   "이다",   "이고",   "이란",   "라고",   "라는",   "라며",
    "였다",     "였던",     "에게",     "에겐",   "에서",   "에선",   "에는",   "에도",   "한테",   "께서",
    "까지",     "부터",     "처럼",     "보다",   "마저",   "조차",   "으로",   "측은",   "측이",   "측도",
    "측의",     "측에",     "측과",     "과는",   "와는",   "과도",   "와도",   "만큼",   "같은",   "대로",
    "뿐",       "은",       "는",       "이",     "가",     "을",     "를",     "의",     "에",     "와",
    "과",       "도",       "만",       "나",     "로",     "랑",     "며",     "란",     "께",     "측",
    "에게로",   "이든",     "든",       "이면",   "이야",   "야",     "다",
    "행",  // "bound for" after a name: "JTBC행", "삼성전자행을 택했다" (see Euphonic)
};

// Korean particles come in pairs chosen by the last sound of the noun: 이/가, 은/는, 을/를,
// 과/와, 으로/로, 이나/나 ... A split is only proposed when the particle fits the stem's last
// syllable ("제명으로" -> 제명, never 제명으). Stems ending in a non-Hangul character (오픈AI의) pass.
bool Euphonic(std::string_view stem, std::string_view particle) {
  size_t i = stem.size();
  while (i > 0 && (static_cast<unsigned char>(stem[i - 1]) & 0xC0) == 0x80) --i;
  if (i == 0) return true;
  size_t k = --i;
  char32_t last = DecodeUtf8(stem, &k);
  // 행 ("bound for") only after a name of two or more characters that is not 은 + 행 (은행,
  // bank): 진행, 시행, 국민은행 are words.
  if (particle == "행") return CountCodePoints(stem) >= 2 && last != U'은';
  if (!IsHangulSyllable(last)) return true;
  int jong = static_cast<int>((last - 0xAC00) % 28);
  int vowel = static_cast<int>(((last - 0xAC00) / 28) % 21);
  auto starts = [&](std::string_view x) { return particle.substr(0, x.size()) == x; };
  // Particles that need a final consonant before them.
  if (starts("이") || starts("은") || starts("을") || starts("과") || starts("으")) return jong != 0;
  // 로 goes after a vowel or ㄹ, and never after an epenthetic 으. After another open syllable in ㅡ
  // (스, 츠, 트, 크: the last syllable of many loanwords) only a particle that cannot end a loanword
  // opens ("파트너스로부터", "벤처스로서"); 로, 로는 and 로도 stay in the word ("메트로", "마이크로는").
  if (starts("로"))
    return (jong == 0 || jong == 8) &&
           !(jong == 0 && vowel == 18 &&
             (last == U'으' || (particle != "로부터" && particle != "로서" && particle != "로써")));
  // Particles that need a vowel before them.
  // 다 is the copula after a vowel ("벨랑제다"): never after a final consonant (했다, 한다).
  if (starts("가") || starts("는") || starts("를") || starts("와") || starts("나") || starts("라") ||
      starts("랑") || starts("며") || starts("란") || starts("야") || starts("였") || starts("다"))
    return jong == 0;
  return true;
}

}  // namespace

bool IsHangulSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

int CountCodePoints(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    DecodeUtf8(s, &i);
    ++n;
  }
  return n;
}

bool IsAllHangul(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();)
    if (!IsHangulSyllable(DecodeUtf8(s, &i))) return false;
  return true;
}

bool IsHanWord(std::string_view s) {
  if (s.empty()) return false;
  for (size_t b = 0; b < s.size();) {
    const char32_t cp = DecodeUtf8(s, &b);
    if (cp < 0x3400 || cp > 0x9FFF) return false;
  }
  return true;
}

std::vector<std::string_view> CodePointViews(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t b = 0; b < s.size();) {
    const size_t from = b;
    DecodeUtf8(s, &b);
    out.push_back(s.substr(from, b - from));
  }
  return out;
}

namespace {

// The particle table as a set: every particle is Hangul (three bytes a syllable, at most four
// syllables), so a word has at most four candidate suffixes to look up.
const std::unordered_set<std::string_view>& ParticleSet() {
  static const std::unordered_set<std::string_view> set(std::begin(kParticles), std::end(kParticles));
  return set;
}
constexpr size_t kMaxParticleBytes = 12;

// The last three bytes of `s` (size >= 3) as one number.
uint32_t LastThreeBytes(std::string_view s) {
  const auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[s.size() - k])); };
  return b(3) << 16 | b(2) << 8 | b(1);
}

// The last syllables of the particles (LastThreeBytes), sorted: a word that ends in none of them
// ends in no particle, and most words are settled by this search instead of up to four hash
// lookups.
const std::vector<uint32_t>& ParticleLastSyllables() {
  static const std::vector<uint32_t> last = [] {
    std::vector<uint32_t> v;
    for (std::string_view p : kParticles) v.push_back(LastThreeBytes(p));
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }();
  return last;
}

}  // namespace

bool IsKoreanParticle(std::string_view suffix) { return ParticleSet().count(suffix) > 0; }

bool IsKoreanCaseParticle(std::string_view suffix) {
  static constexpr std::string_view kCase[] = {"을",   "를",   "은", "는", "이",   "가", "의", "에",
                                               "에서", "에게", "도", "로", "으로", "와", "과", "만"};
  for (std::string_view c : kCase)
    if (suffix == c) return true;
  return false;
}

std::vector<int> KoreanStemLengths(std::string_view word) {
  std::vector<int> out;
  // (Every particle is at least one syllable and shorter than the word.)
  if (word.size() <= 3) return out;
  const auto& last = ParticleLastSyllables();
  if (!std::binary_search(last.begin(), last.end(), LastThreeBytes(word))) return out;
  const auto& particles = ParticleSet();
  for (size_t len = 3; len <= kMaxParticleBytes && len < word.size(); len += 3) {
    std::string_view p = word.substr(word.size() - len);
    if (!particles.count(p)) continue;
    int stem = static_cast<int>(word.size() - len);
    // The stem must end on a code point boundary and be at least one syllable.
    if ((static_cast<unsigned char>(word[stem]) & 0xC0) == 0x80) continue;
    if (!Euphonic(word.substr(0, stem), p)) continue;
    out.push_back(stem);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int KoreanWholeParticleStem(std::string_view word) {
  std::vector<int> stems = KoreanStemLengths(word);
  if (stems.empty()) return static_cast<int>(word.size());
  int stem = stems.back();
  // A shorter stem whose suffix is a listed particle that ends with the one the longest stem took
  // off: the whole particle goes (KoreanStemLengths proposes only listed, euphonic suffixes).
  for (bool moved = true; moved;) {
    moved = false;
    std::vector<int> inner = KoreanStemLengths(word.substr(0, static_cast<size_t>(stem)));
    for (auto k = inner.rbegin(); k != inner.rend(); ++k)
      if (std::binary_search(stems.begin(), stems.end(), *k)) {
        stem = *k;
        moved = true;
        break;
      }
  }
  return stem;
}

}  // namespace hirewire::extract
