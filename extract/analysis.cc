#include "extract/analysis.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>

#include "corpus/utf8.h"
#include "extract/korean.h"

namespace hirewire::extract {
namespace {

char32_t DecodeAt(std::string_view s, size_t i, int* len) {
  size_t n = 0;
  char32_t cp = DecodeUtf8At(s, i, &n);
  *len = static_cast<int>(n);
  return cp;
}

char32_t FirstCp(std::string_view s) {
  if (s.empty()) return 0;
  int len;
  return DecodeAt(s, 0, &len);
}

bool IsAsciiLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

void ClassifyToken(std::string_view w, TextToken* t) {
  bool all_hangul = true, any_hangul = false;
  int letters = 0, uppers = 0;
  for (size_t i = 0; i < w.size();) {
    int len;
    char32_t cp = DecodeAt(w, i, &len);
    i += len;
    bool h = IsHangulSyllable(cp);
    any_hangul |= h;
    all_hangul &= h;
    if (cp < 0x80 && IsAsciiLetter(cp)) {
      ++letters;
      if (cp >= 'A' && cp <= 'Z') ++uppers;
    } else if (!h && u_isalpha(cp)) {
      ++letters;
      if (u_isupper(cp)) ++uppers;
    }
  }
  char32_t first = FirstCp(w);
  t->hangul = all_hangul && !w.empty();
  t->has_hangul = any_hangul;
  t->latin = first < 0x250 && u_isalpha(first);
  t->cap = u_isupper(first);
  t->all_caps = t->latin && letters >= 2 && uppers == letters;
}

bool StartsWithAt(std::string_view s, size_t pos, std::string_view p) {
  return pos <= s.size() && s.substr(pos).substr(0, p.size()) == p;
}

}  // namespace

class SentenceAnalyzer::Scratch {
 public:
  std::unique_ptr<icu::BreakIterator> word;
  std::unique_ptr<icu::BreakIterator> sent;
};

struct SentenceAnalyzer::Impl {
  std::unique_ptr<icu::BreakIterator> word_proto;
  std::unique_ptr<icu::BreakIterator> sent_proto;
};

SentenceAnalyzer::SentenceAnalyzer() : impl_(std::make_unique<Impl>()) {}
SentenceAnalyzer::~SentenceAnalyzer() = default;

Result<std::unique_ptr<SentenceAnalyzer>> SentenceAnalyzer::Create() {
  std::unique_ptr<SentenceAnalyzer> a(new SentenceAnalyzer());
  UErrorCode st = U_ZERO_ERROR;
  a->impl_->word_proto.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU word breaker: ") + u_errorName(st));
  a->impl_->sent_proto.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), st));
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU sentence breaker: ") + u_errorName(st));
  return a;
}

const SentenceAnalyzer* SentenceAnalyzer::Default() {
  static const SentenceAnalyzer* analyzer = [] {
    auto a = Create();
    return a.ok() ? std::move(a).value().release() : nullptr;
  }();
  return analyzer;
}

ParagraphAnalysis SentenceAnalyzer::Analyze(std::string_view paragraph) const {
  Scratch s{std::unique_ptr<icu::BreakIterator>(impl_->word_proto->clone()),
            std::unique_ptr<icu::BreakIterator>(impl_->sent_proto->clone())};
  ParagraphAnalysis out;
  Analyze(paragraph, s, &out);
  return out;
}

std::vector<ParagraphAnalysis> SentenceAnalyzer::AnalyzeParagraphs(const std::vector<std::string>& paragraphs,
                                                                     size_t n) const {
  Scratch s{std::unique_ptr<icu::BreakIterator>(impl_->word_proto->clone()),
            std::unique_ptr<icu::BreakIterator>(impl_->sent_proto->clone())};
  std::vector<ParagraphAnalysis> out(std::min(n, paragraphs.size()));
  for (size_t i = 0; i < out.size(); ++i) Analyze(paragraphs[i], s, &out[i]);
  return out;
}

void SentenceAnalyzer::AnalyzeArticle(Article* article) const {
  article->analysis = AnalyzeParagraphs(article->paragraphs);
}

void SentenceAnalyzer::Analyze(std::string_view text, Scratch& br, ParagraphAnalysis* p) const {
  if (text.size() > kMaxAnalyzedBytes) text = text.substr(0, kMaxAnalyzedBytes);
  *p = ParagraphAnalysis{};
  p->analyzed_bytes = static_cast<int>(text.size());
  p->quotes = QuotedSpeech(text);
  if (text.empty()) return;
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &st);
  if (U_FAILURE(st)) return;
  br.sent->setText(&ut, st);
  if (U_SUCCESS(st)) {
    int32_t a = br.sent->first();
    for (int32_t b = br.sent->next(); b != icu::BreakIterator::DONE; a = b, b = br.sent->next())
      p->sentences.push_back({a, b});
  }
  if (p->sentences.empty()) p->sentences.push_back({0, static_cast<int>(text.size())});
  st = U_ZERO_ERROR;
  br.word->setText(&ut, st);
  if (U_FAILURE(st)) {
    utext_close(&ut);
    return;
  }
  bool space = false;
  size_t si = 0;
  auto add = [&](int a, int b, int status) {
    TextToken t;
    t.start = a;
    t.end = b;
    t.space_before = space;
    space = false;
    std::string_view w = text.substr(a, b - a);
    // "Nex1", "GPT4o": a token that starts with a letter is a word even with digits in it.
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT && !u_isalpha(FirstCp(w))) {
      t.kind = TokenKind::kNumber;
    } else if (status == UBRK_WORD_NONE) {
      t.kind = TokenKind::kPunct;
    } else {
      t.kind = TokenKind::kWord;
    }
    if (t.kind != TokenKind::kPunct) ClassifyToken(w, &t);
    while (si + 1 < p->sentences.size() && a >= p->sentences[si].end) ++si;
    t.sentence = static_cast<int>(si);
    p->tokens.push_back(t);
  };
  int32_t a = br.word->first();
  for (int32_t b = br.word->next(); b != icu::BreakIterator::DONE; a = b, b = br.word->next()) {
    int status = br.word->getRuleStatus();
    if (status == UBRK_WORD_NONE) {
      int len;
      char32_t cp = DecodeAt(text.substr(a, b - a), 0, &len);
      if (u_isUWhiteSpace(cp)) {
        space = true;
        continue;
      }
    }
    // Split words at a middle dot ("슬랙·디스코드"), which UAX 29 keeps inside a word.
    size_t dot;
    int s = a;
    while (status != UBRK_WORD_NONE && (dot = text.substr(s, b - s).find("\xC2\xB7")) != std::string_view::npos) {
      if (dot > 0) add(s, s + static_cast<int>(dot), status);
      add(s + static_cast<int>(dot), s + static_cast<int>(dot) + 2, UBRK_WORD_NONE);
      s += static_cast<int>(dot) + 2;
    }
    if (s < b) {
      // Hangul and Latin written together form one eojeol ("오픈AI의", "GPU가"): merge them.
      if (!space && status != UBRK_WORD_NONE && !p->tokens.empty() && p->tokens.back().kind == TokenKind::kWord &&
          p->tokens.back().end == s && !(status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT)) {
        TextToken& prev = p->tokens.back();
        TextToken probe;
        ClassifyToken(text.substr(s, b - s), &probe);
        if ((prev.has_hangul && (probe.latin || probe.has_hangul)) || (prev.latin && probe.has_hangul)) {
          bool space_before = prev.space_before;
          prev.end = b;
          ClassifyToken(text.substr(prev.start, b - prev.start), &prev);
          prev.space_before = space_before;
          continue;
        }
      }
      add(s, b, status);
    }
  }
  utext_close(&ut);
  // Korean particle stems of every token that ends in a non-ASCII byte (the others have none).
  for (TextToken& t : p->tokens) {
    t.stem_begin = static_cast<int>(p->stems.size());
    if (t.kind == TokenKind::kPunct || static_cast<unsigned char>(text[t.end - 1]) < 0x80) continue;
    std::vector<int> stems = KoreanStemLengths(text.substr(t.start, t.end - t.start));
    p->stems.insert(p->stems.end(), stems.begin(), stems.end());
    t.stem_count = static_cast<int>(stems.size());
  }
}

bool AnalysisFits(const ParagraphAnalysis& analysis, std::string_view paragraph) {
  return static_cast<size_t>(analysis.analyzed_bytes) == std::min(paragraph.size(), kMaxAnalyzedBytes);
}

bool HasAnalysis(const Article& article) {
  if (article.analysis.size() != article.paragraphs.size()) return false;
  for (size_t i = 0; i < article.paragraphs.size(); ++i)
    if (!AnalysisFits(article.analysis[i], article.paragraphs[i])) return false;
  return true;
}

std::vector<TextSpan> QuotedSpeech(std::string_view p) {
  std::vector<TextSpan> out;
  bool in = false;
  size_t open = 0;
  for (size_t i = 0; i < p.size();) {
    bool is_open_curly = StartsWithAt(p, i, "“") || StartsWithAt(p, i, "「") || StartsWithAt(p, i, "『");
    bool is_close_curly = StartsWithAt(p, i, "”") || StartsWithAt(p, i, "」") || StartsWithAt(p, i, "』");
    size_t len = (is_open_curly || is_close_curly) ? 3 : 1;
    if (p[i] == '"' || is_open_curly || is_close_curly) {
      if (!in && (p[i] == '"' || is_open_curly)) {
        in = true;
        open = i;
      } else if (in && (p[i] == '"' || is_close_curly)) {
        if (p.substr(open, i - open).find(' ') != std::string_view::npos)
          out.push_back({static_cast<int>(open), static_cast<int>(i + len)});
        in = false;
      }
    }
    i += len;
  }
  return out;
}

void IndexMentions(Article* article) {
  if (article->analysis.size() != article->paragraphs.size()) return;
  for (ParagraphAnalysis& a : article->analysis) a.mentions.clear();
  for (size_t ei = 0; ei < article->entities.size(); ++ei) {
    const Entity& e = article->entities[ei];
    for (size_t mi = 0; mi < e.mentions.size(); ++mi) {
      int p = e.mentions[mi].paragraph;
      if (p < 0 || static_cast<size_t>(p) >= article->analysis.size()) continue;
      article->analysis[p].mentions.push_back({static_cast<int>(ei), static_cast<int>(mi)});
    }
  }
}

bool MentionsIndexed(const Article& article) {
  if (!HasAnalysis(article)) return false;
  size_t indexed = 0, total = 0;
  for (const ParagraphAnalysis& a : article.analysis) {
    for (const MentionRef& r : a.mentions)
      if (r.entity < 0 || static_cast<size_t>(r.entity) >= article.entities.size() || r.mention < 0 ||
          static_cast<size_t>(r.mention) >= article.entities[r.entity].mentions.size())
        return false;
    indexed += a.mentions.size();
  }
  for (const Entity& e : article.entities)
    for (const Mention& m : e.mentions)
      total += m.paragraph >= 0 && static_cast<size_t>(m.paragraph) < article.analysis.size();
  return indexed == total;
}

void IndexAmounts(Article* article) {
  if (article->analysis.size() != article->paragraphs.size()) return;
  for (ParagraphAnalysis& a : article->analysis) a.amounts.clear();
  for (size_t i = 0; i < article->money.size(); ++i) {
    int p = article->money[i].paragraph;
    if (p < 0 || static_cast<size_t>(p) >= article->analysis.size()) continue;
    article->analysis[p].amounts.push_back(static_cast<int>(i));
  }
}

}  // namespace hirewire::extract
