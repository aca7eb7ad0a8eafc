// ExtractArticle / ArticleFromText: decoding, parsing, metadata and body selection put together.
#include "extract/article.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/bylines.h"
#include "extract/content.h"
#include "extract/currency_context.h"
#include "extract/dates.h"
#include "extract/decode.h"
#include "extract/html_dom.h"
#include "extract/language.h"
#include "extract/metadata.h"
#include "extract/title.h"

namespace hirewire::extract {
namespace {

// ---------------------------------------------------------------- small text helpers

bool IsHanKana(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

bool IsWordCp(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xFFFD) return false;
  return true;
}

// Hashes of 4-token shingles (a cheap stand-in for the scorer's tokens).
std::vector<uint64_t> ShingleHashes(std::string_view text) {
  std::vector<uint64_t> toks;
  uint64_t h = 0;
  bool in = false;
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = DecodeUtf8(text, &i);
    if (IsHanKana(cp)) {
      if (in) toks.push_back(h);
      toks.push_back(cp * 0x9E3779B97F4A7C15ull);
      in = false;
      h = 0;
    } else if (IsWordCp(cp)) {
      h = (h ^ cp) * 0x100000001B3ull + 0x7F;
      in = true;
    } else if (in) {
      toks.push_back(h);
      in = false;
      h = 0;
    }
  }
  if (in) toks.push_back(h);
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 4 <= toks.size(); ++i)
    out.push_back(((toks[i] * 31 + toks[i + 1]) * 31 + toks[i + 2]) * 31 + toks[i + 3]);
  return out;
}

// Share of `reference` shingles that also occur in `candidate`.
double Coverage(std::string_view reference, std::string_view candidate) {
  std::vector<uint64_t> ref = ShingleHashes(reference);
  if (ref.empty()) return 1.0;
  std::vector<uint64_t> cand = ShingleHashes(candidate);
  std::unordered_set<uint64_t> set(cand.begin(), cand.end());
  size_t hit = 0;
  for (uint64_t x : ref) hit += set.count(x);
  return static_cast<double>(hit) / ref.size();
}

std::string Join(const std::vector<std::string>& ps) {
  std::string out;
  for (const std::string& p : ps) {
    if (!out.empty()) out.append("\n\n");
    out.append(p);
  }
  return out;
}

std::string NormKey(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t st = i;
    uint32_t cp = DecodeUtf8(s, &i);
    if (!IsWordCp(cp) && !IsHanKana(cp)) continue;
    if (cp < 0x80)
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp));
    else
      out.append(s.substr(st, i - st));
  }
  return out;
}

// Paragraphs of plain text: blank-line separated blocks, or lines when there are none.
std::vector<std::string> TextParagraphs(std::string_view text) {
  while (!text.empty() &&
         (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  std::vector<std::string> lines;
  size_t pos = 0;
  bool has_blank = false;
  bool seen_text = false;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line = CollapseSpace(text.substr(pos, nl - pos), IsHtmlSpace);
    if (line.empty() && seen_text) has_blank = true;
    if (!line.empty()) seen_text = true;
    lines.push_back(std::move(line));
    pos = nl + 1;
  }
  std::vector<std::string> out;
  if (!has_blank) {
    for (std::string& l : lines)
      if (!l.empty()) out.push_back(std::move(l));
    return out;
  }
  std::string cur;
  for (std::string& l : lines) {
    if (l.empty()) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    if (!cur.empty()) cur.push_back(' ');
    cur.append(l);
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string ResolveUrl(std::string_view href, std::string_view base) {
  std::string h(href);
  if (h.empty()) return std::string(base);
  if (h.rfind("http://", 0) == 0 || h.rfind("https://", 0) == 0) return h;
  size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return h;
  if (h.rfind("//", 0) == 0) return std::string(base.substr(0, scheme + 1)) + h;
  if (h[0] == '/') {
    size_t host_end = base.find('/', scheme + 3);
    return std::string(base.substr(0, host_end)) + h;
  }
  return h;
}

// ---------------------------------------------------------------- body helpers

size_t Weight(const std::vector<std::string>& ps) {
  size_t w = 0;
  for (const std::string& p : ps) w += content::TextWeight(p);
  return w;
}

std::vector<std::string> BodyFromDom(const html::Dom& dom, const content::Segmented& seg,
                                     const content::BodyHints& hints, std::vector<size_t>* idx) {
  *idx = content::SelectBody(dom, seg, hints);
  std::vector<std::string> out;
  out.reserve(idx->size());
  for (size_t i : *idx) out.push_back(seg.blocks[i].text);
  return out;
}

// Paragraphs of the JSON-LD articleBody: the page's own blocks when they cover it (they keep
// the paragraph structure), else its lines.
std::vector<std::string> BodyFromArticleBody(std::string_view ld_body, const content::Segmented& seg) {
  std::string ld_key = NormKey(ld_body.substr(0, std::min<size_t>(ld_body.size(), 1u << 20)));
  std::vector<std::string> from_blocks;
  size_t covered = 0;
  size_t tried = 0;
  for (const content::Block& b : seg.blocks) {
    if (++tried > 5000) break;  // bounded work on huge pages
    if (b.weight < 20 || content::IsBoilerplateLine(b.text)) continue;
    std::string k = NormKey(b.text);
    if (k.size() < 8 || ld_key.find(k) == std::string::npos) continue;
    covered += k.size();
    from_blocks.push_back(b.text);
  }
  if (covered * 10 >= ld_key.size() * 7 && covered <= ld_key.size() * 13 / 10) return from_blocks;
  std::vector<std::string> lines = TextParagraphs(ld_body);
  return lines;
}

std::string StripTags(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<')
      in_tag = true;
    else if (c == '>')
      in_tag = false;
    else if (!in_tag)
      out.push_back(c);
  }
  return out;
}

// Article text kept only in embedded page state (__NEXT_DATA__, RSC payloads, window.__STATE__).
std::vector<std::string> BodyFromEmbeddedState(const html::Dom& dom, const content::BodyHints& hints,
                                               const ExtractOptions& opts) {
  std::string best;
  size_t best_weight = 0;
  for (const html::Script& s : dom.scripts) {
    if (s.type.find("ld+json") != std::string::npos) continue;
    for (metadata::JsonString& js : metadata::LongJsonStrings(s.body, 300)) {
      std::string_view v = js.value;
      bool htmlish = v.find("<p") != std::string_view::npos || v.find("<br") != std::string_view::npos ||
                     v.find("<div") != std::string_view::npos;
      std::string key = html::AsciiLower(js.key);
      bool named = key.find("content") != std::string::npos || key.find("body") != std::string::npos ||
                   key.find("article") != std::string::npos || key.find("text") != std::string::npos ||
                   key.find("html") != std::string::npos;
      if (!htmlish && !named) continue;
      size_t w = content::TextWeight(htmlish ? StripTags(v) : std::string(v));
      if (w > best_weight) {
        best_weight = w;
        best = std::move(js.value);
      }
    }
  }
  std::vector<std::string> out;
  if (best_weight < 200) return out;
  if (best.find('<') == std::string::npos) return TextParagraphs(best);
  html::DomOptions dopts;
  dopts.max_tree_depth = opts.max_tree_depth;
  html::Dom frag = html::ParseHtmlDom(best, dopts);
  content::Segmented seg = content::Segment(frag, opts.max_paragraphs * 4);
  std::vector<size_t> idx;
  out = BodyFromDom(frag, seg, hints, &idx);
  if (Weight(out) * 2 < best_weight) {
    out.clear();
    for (const content::Block& b : seg.blocks)
      if (!content::IsBoilerplateLine(b.text) && b.LinkDensity() < 0.5) out.push_back(b.text);
  }
  return out;
}

// ---------------------------------------------------------------- metadata choices

// NormKey without its underscores: ASCII letters (lower-cased) and digits, every non-ASCII word character.
std::string LowerAlnum(std::string_view s) {
  std::string o = NormKey(s);
  std::erase(o, '_');
  return o;
}

// The publication itself rather than a person: the site name, a domain, a URL host.
bool IsOrgLike(std::string_view name, std::string_view site, std::string_view url) {
  std::string n = LowerAlnum(name), st = LowerAlnum(site);
  if (n.empty()) return true;
  if (!st.empty() && (n == st || n.find(st) != std::string::npos || st.find(n) != std::string::npos))
    return true;
  if (name.find(' ') == std::string_view::npos && name.find('.') != std::string_view::npos)
    return true;  // "mdr.de"
  size_t host = url.find("://");
  if (host != std::string_view::npos) {
    std::string_view h = url.substr(host + 3);
    h = h.substr(0, h.find('/'));
    if (n.size() >= 3 && LowerAlnum(h).find(n) != std::string::npos) return true;
  }
  return false;
}

// Looks like a name at all (not a slug, e-mail, id, sentence or form label).
bool IsPlausibleName(std::string_view name) {
  if (name.empty() || name.size() > 60) return false;
  if (name.find('@') != std::string_view::npos || name.find("://") != std::string_view::npos) return false;
  if (name.find_first_of(":*|<>=") != std::string_view::npos) return false;
  bool has_alpha = false, has_upper_or_cjk = false, has_space = false;
  size_t words = 1;
  for (size_t i = 0; i < name.size();) {
    uint32_t cp = DecodeUtf8(name, &i);
    if (cp == ' ') {
      has_space = true;
      ++words;
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 0x80) has_alpha = true;
    if ((cp >= 'A' && cp <= 'Z') || cp >= 0x80) has_upper_or_cjk = true;
  }
  if (!has_alpha || words > 6) return false;
  if (!has_upper_or_cjk && !has_space && name.find('-') != std::string_view::npos) return false;  // slug
  return true;
}

std::vector<std::string> ChooseAuthors(const metadata::PageMeta& m, const content::Segmented& seg,
                                       const std::vector<size_t>& body_idx, const std::string& url) {
  std::vector<std::string> org_fallback;
  // Returns true when `raw` gave at least one person.
  auto consider = [&](const std::vector<std::string>& raw, std::vector<std::string>* out) {
    std::vector<std::string> persons, orgs;
    std::vector<std::string> cleaned = CleanAuthors(raw, "");
    if (cleaned.empty()) cleaned = raw;  // e.g. only the publication's name
    for (std::string& a : cleaned) {
      std::string t = CollapseSpace(a, IsHtmlSpace);
      if (!IsPlausibleName(t)) continue;
      std::vector<std::string>& dst = IsOrgLike(t, m.site_name, url) ? orgs : persons;
      if (std::find(dst.begin(), dst.end(), t) == dst.end()) dst.push_back(std::move(t));
    }
    if (!persons.empty()) {
      *out = std::move(persons);
      return true;
    }
    if (org_fallback.empty()) org_fallback = std::move(orgs);
    return false;
  };
  std::vector<std::string> out;
  // Structured sources first; a source naming only the publication yields to a later
  // structured source that names a person (JSON-LD "毎日新聞", <meta name=author> "松岡大地").
  for (const std::vector<std::string>* raw : {&m.ld_authors, &m.meta_authors})
    if (!raw->empty() && consider(*raw, &out)) return out;
  if (!org_fallback.empty()) return org_fallback;
  if (!m.dom_authors.empty() && consider(m.dom_authors, &out)) return out;
  // Bylines written in the text near the body.
  if (!seg.blocks.empty()) {
    size_t first = body_idx.empty() ? 0 : body_idx.front();
    size_t last = body_idx.empty() ? std::min<size_t>(seg.blocks.size(), 40) : body_idx.back() + 1;
    std::vector<size_t> probe;
    for (size_t i = first > 15 ? first - 15 : 0; i < first; ++i) probe.push_back(i);
    for (size_t k = 0; k < body_idx.size() && k < 2; ++k) probe.push_back(body_idx[k]);
    for (size_t k = body_idx.size() > 3 ? body_idx.size() - 3 : 0; k < body_idx.size(); ++k)
      probe.push_back(body_idx[k]);
    for (size_t i = last; i < seg.blocks.size() && i < last + 15; ++i) probe.push_back(i);
    for (size_t i : probe) {
      std::string_view text = seg.blocks[i].text;
      if (seg.blocks[i].chars > 300) text = text.substr(0, 200);
      std::vector<std::string> found = FindBylineInText(text);
      if (!found.empty() && consider(found, &out)) return out;
    }
  }
  return org_fallback;
}

std::string ChooseDate(const metadata::PageMeta& m, const content::Segmented& seg,
                       const std::vector<size_t>& body_idx, const PageContext& ctx,
                       const std::string& language) {
  DateHints hints;
  hints.not_after = ctx.fetched_at;
  hints.language = language;
  if (language == "ko" || language == "ja") hints.default_offset_minutes = 540;
  for (const std::string& d : m.dates)
    if (auto pd = ParseDate(d, hints)) return pd->FormatIso();
  // A date line near the start of the body ("입력 2025.08.01 14:30", "Published: ...").
  if (!seg.blocks.empty()) {
    size_t first = body_idx.empty() ? 0 : body_idx.front();
    for (size_t i = first > 25 ? first - 25 : 0; i < seg.blocks.size() && i < first + 3; ++i) {
      const content::Block& b = seg.blocks[i];
      if (b.chars > 80 || b.text.find_first_of("0123456789") == std::string::npos) continue;
      if (auto pd = ParseDate(b.text, hints)) return pd->FormatIso();
    }
  }
  return "";
}

}  // namespace

Result<Article> ExtractArticle(std::string_view bytes, const PageContext& ctx, const ExtractOptions& opts) {
  if (bytes.empty()) return Status::InvalidArgument("empty input");
  if (LooksBinary(bytes)) return Status::Unsupported("binary data, not an HTML page");
  Article a;
  a.source = ctx.source;
  if (bytes.size() > opts.max_input_bytes) {
    bytes = bytes.substr(0, opts.max_input_bytes);
    a.warnings.push_back("input truncated at " + std::to_string(opts.max_input_bytes) + " bytes");
  }
  DecodeOptions dec_opts;
  dec_opts.max_input_bytes = opts.max_input_bytes;
  Result<Decoded> decoded = DecodeToUtf8(bytes, ctx.content_type, dec_opts);
  if (!decoded.ok()) return decoded.status();
  for (std::string& w : decoded->warnings) a.warnings.push_back(std::move(w));

  html::DomOptions dom_opts;
  dom_opts.max_tree_depth = opts.max_tree_depth;
  dom_opts.max_parse_bytes = opts.max_parse_bytes;
  html::Dom dom = html::ParseHtmlDom(decoded->text, dom_opts);
  std::string().swap(decoded->text);
  if (dom.parse_truncated)
    a.warnings.push_back("html markup cut at " + std::to_string(opts.max_parse_bytes) +
                         " bytes (after removing scripts and styles)");
  if (dom.depth_capped)
    a.warnings.push_back("html nesting deeper than " + std::to_string(opts.max_tree_depth) + " flattened");

  metadata::PageMeta meta = metadata::ExtractMetadata(dom);
  a.site_name = CollapseSpace(meta.site_name, IsHtmlSpace);
  a.title = ChooseTitle(meta);
  a.url = meta.canonical_url.empty() ? ctx.url : ResolveUrl(meta.canonical_url, ctx.url);
  a.country = NormalizeCountry(ctx.country);
  if (a.country.empty())
    a.country = PageCountry(meta.publisher_country, ctx.url.empty() ? a.url : ctx.url, meta.og_locale,
                            meta.html_lang);

  content::Segmented seg = content::Segment(dom, std::max<size_t>(opts.max_paragraphs * 20, 1000));
  content::BodyHints hints{a.title, meta.description};
  std::vector<size_t> body_idx;
  std::vector<std::string> body = BodyFromDom(dom, seg, hints, &body_idx);
  if (Weight(body) < 400) {
    // Like Readability: when class-based pruning left too little, try again without it.
    content::Segmented seg2 = content::Segment(dom, std::max<size_t>(opts.max_paragraphs * 20, 1000), false);
    std::vector<size_t> idx2;
    std::vector<std::string> body2 = BodyFromDom(dom, seg2, hints, &idx2);
    if (Weight(body2) > Weight(body) * 2) {
      body = std::move(body2);
      body_idx = std::move(idx2);
      seg = std::move(seg2);
    }
  }

  // JSON-LD articleBody: when the page's own text misses most of it, trust it instead.
  if (meta.ld_article_body.size() > 200) {
    std::string dom_text = Join(body);
    if (body.empty() || Coverage(meta.ld_article_body, dom_text) < 0.5) {
      std::vector<std::string> ld = BodyFromArticleBody(meta.ld_article_body, seg);
      if (Weight(ld) > Weight(body) / 2) {
        body = std::move(ld);
        body_idx.clear();
        a.warnings.push_back("body taken from JSON-LD articleBody");
      }
    }
  }
  // Embedded page state when the HTML carries (almost) no article text.
  if (Weight(body) < 300) {
    std::vector<std::string> state = BodyFromEmbeddedState(dom, hints, opts);
    if (Weight(state) > Weight(body) * 2) {
      body = std::move(state);
      body_idx.clear();
      a.warnings.push_back("body taken from embedded page state");
    }
  }
  // Nothing article-like (e.g. only short lines, or one short line repeated): keep the page's
  // plain text blocks rather than nothing, and say so.
  if (body.empty() && body_idx.empty()) {
    std::vector<size_t> idx = content::PlainTextBlocks(seg, hints);
    if (!idx.empty()) {
      for (size_t i : idx) body.push_back(seg.blocks[i].text);
      body_idx = std::move(idx);
      a.warnings.push_back("no article-like body found; kept the page's " + std::to_string(body.size()) +
                           " plain text block" + (body.size() == 1 ? "" : "s"));
    }
  }
  if (body.size() > opts.max_paragraphs) {
    body.resize(opts.max_paragraphs);
    a.warnings.push_back("paragraphs cut at " + std::to_string(opts.max_paragraphs));
  }
  a.paragraphs = std::move(body);

  std::string sample = a.title;
  for (const std::string& p : a.paragraphs) {
    if (sample.size() > 4000) break;
    sample.push_back('\n');
    sample.append(p);
  }
  a.language = DetectLanguage(sample, NormalizeLanguageTag(meta.declared_language));
  a.authors = ChooseAuthors(meta, seg, body_idx, a.url);
  a.published = ChooseDate(meta, seg, body_idx, ctx, a.language);
  return a;
}

Result<Article> ArticleFromText(std::string_view bytes, const PageContext& ctx, const ExtractOptions& opts) {
  if (bytes.empty()) return Status::InvalidArgument("empty input");
  if (LooksBinary(bytes)) return Status::Unsupported("binary data, not text");
  Article a;
  a.source = ctx.source;
  a.url = ctx.url;
  a.country = NormalizeCountry(ctx.country);
  if (a.country.empty()) a.country = CountryOfUrl(ctx.url);
  if (bytes.size() > opts.max_input_bytes) {
    bytes = bytes.substr(0, opts.max_input_bytes);
    a.warnings.push_back("input truncated at " + std::to_string(opts.max_input_bytes) + " bytes");
  }
  DecodeOptions dec_opts;
  dec_opts.is_html = false;
  dec_opts.max_input_bytes = opts.max_input_bytes;
  Result<Decoded> decoded = DecodeToUtf8(bytes, ctx.content_type, dec_opts);
  if (!decoded.ok()) return decoded.status();
  for (std::string& w : decoded->warnings) a.warnings.push_back(std::move(w));
  for (std::string& p : TextParagraphs(decoded->text)) {
    if (content::IsBoilerplateLine(p)) continue;
    if (a.paragraphs.size() >= opts.max_paragraphs) {
      a.warnings.push_back("paragraphs cut at " + std::to_string(opts.max_paragraphs));
      break;
    }
    a.paragraphs.push_back(std::move(p));
  }
  std::string sample;
  for (const std::string& p : a.paragraphs) {
    if (sample.size() > 4000) break;
    sample.append(p);
    sample.push_back('\n');
  }
  a.language = DetectLanguage(sample, "");
  return a;
}

}  // namespace hirewire::extract
