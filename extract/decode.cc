// Charset sniffing and conversion to UTF-8 (WHATWG order), with ICU ucnv/ucsdet inside.
#include "extract/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>

#include "corpus/text.h"
#include "corpus/utf8.h"

namespace hirewire::extract {
namespace {

std::string LowerTrim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (IsHtmlSpace(s[b]) || s[b] == '"' || s[b] == '\'')) ++b;
  while (e > b && (IsHtmlSpace(s[e - 1]) || s[e - 1] == '"' || s[e - 1] == '\'')) --e;
  std::string out(s.substr(b, e - b));
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// WHATWG Encoding Standard labels (the ones met on news sites) -> encoding name.
struct Label {
  std::string_view label;
  std::string_view name;
};
constexpr Label kLabels[] = {
    {"unicode-1-1-utf-8", "utf-8"},
    {"unicode11utf8", "utf-8"},
    {"unicode20utf8", "utf-8"},
    {"utf-8", "utf-8"},
    {"utf8", "utf-8"},
    {"x-unicode20utf8", "utf-8"},
    // Korean: WHATWG's euc-kr decoder is windows-949 (UHC), a superset of KS X 1001.
    {"cseuckr", "euc-kr"},
    {"csksc56011987", "euc-kr"},
    {"euc-kr", "euc-kr"},
    {"iso-ir-149", "euc-kr"},
    {"korean", "euc-kr"},
    {"ks_c_5601-1987", "euc-kr"},
    {"ks_c_5601-1989", "euc-kr"},
    {"ksc5601", "euc-kr"},
    {"ksc_5601", "euc-kr"},
    {"windows-949", "euc-kr"},
    {"cp949", "euc-kr"},
    {"uhc", "euc-kr"},
    {"x-windows-949", "euc-kr"},
    // Japanese.
    {"csshiftjis", "shift_jis"},
    {"ms932", "shift_jis"},
    {"ms_kanji", "shift_jis"},
    {"shift-jis", "shift_jis"},
    {"shift_jis", "shift_jis"},
    {"sjis", "shift_jis"},
    {"windows-31j", "shift_jis"},
    {"x-sjis", "shift_jis"},
    {"cp932", "shift_jis"},
    {"cseucpkdfmtjapanese", "euc-jp"},
    {"euc-jp", "euc-jp"},
    {"x-euc-jp", "euc-jp"},
    {"csiso2022jp", "iso-2022-jp"},
    {"iso-2022-jp", "iso-2022-jp"},
    // Chinese.
    {"chinese", "gbk"},
    {"csgb2312", "gbk"},
    {"csiso58gb231280", "gbk"},
    {"gb2312", "gbk"},
    {"gb_2312", "gbk"},
    {"gb_2312-80", "gbk"},
    {"gbk", "gbk"},
    {"iso-ir-58", "gbk"},
    {"x-gbk", "gbk"},
    {"cp936", "gbk"},
    {"windows-936", "gbk"},
    {"euc-cn", "gbk"},
    {"gb18030", "gb18030"},
    {"big5", "big5"},
    {"big5-hkscs", "big5"},
    {"cn-big5", "big5"},
    {"csbig5", "big5"},
    {"x-x-big5", "big5"},
    {"cp950", "big5"},
    {"windows-950", "big5"},
    // Cyrillic.
    {"cp1251", "windows-1251"},
    {"windows-1251", "windows-1251"},
    {"x-cp1251", "windows-1251"},
    {"cskoi8r", "koi8-r"},
    {"koi", "koi8-r"},
    {"koi8", "koi8-r"},
    {"koi8-r", "koi8-r"},
    {"koi8_r", "koi8-r"},
    {"koi8-ru", "koi8-u"},
    {"koi8-u", "koi8-u"},
    {"iso-8859-5", "iso-8859-5"},
    {"iso8859-5", "iso-8859-5"},
    {"cyrillic", "iso-8859-5"},
    {"ibm866", "ibm866"},
    {"cp866", "ibm866"},
    {"866", "ibm866"},
    {"x-mac-cyrillic", "x-mac-cyrillic"},
    // Western: WHATWG decodes latin1/ascii labels as windows-1252.
    {"ansi_x3.4-1968", "windows-1252"},
    {"ascii", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"cp819", "windows-1252"},
    {"csisolatin1", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso-ir-100", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso88591", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso_8859-1:1987", "windows-1252"},
    {"l1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"windows-1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"iso-8859-15", "iso-8859-15"},
    {"iso8859-15", "iso-8859-15"},
    {"latin9", "iso-8859-15"},
    {"iso_8859-15", "iso-8859-15"},
    {"l9", "iso-8859-15"},
    // Central/Eastern European, Greek, Turkish, Baltic, Hebrew, Arabic, Thai, Vietnamese.
    {"iso-8859-2", "iso-8859-2"},
    {"iso8859-2", "iso-8859-2"},
    {"latin2", "iso-8859-2"},
    {"l2", "iso-8859-2"},
    {"iso_8859-2", "iso-8859-2"},
    {"iso-8859-7", "iso-8859-7"},
    {"greek", "iso-8859-7"},
    {"iso8859-7", "iso-8859-7"},
    {"iso-8859-8", "iso-8859-8"},
    {"iso-8859-8-i", "iso-8859-8-i"},
    {"hebrew", "iso-8859-8"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"iso8859-9", "windows-1254"},
    {"iso-8859-13", "iso-8859-13"},
    {"iso-8859-4", "iso-8859-4"},
    {"iso-8859-10", "iso-8859-10"},
    {"iso-8859-6", "iso-8859-6"},
    {"arabic", "iso-8859-6"},
    {"cp1250", "windows-1250"},
    {"windows-1250", "windows-1250"},
    {"x-cp1250", "windows-1250"},
    {"cp1253", "windows-1253"},
    {"windows-1253", "windows-1253"},
    {"cp1254", "windows-1254"},
    {"windows-1254", "windows-1254"},
    {"cp1255", "windows-1255"},
    {"windows-1255", "windows-1255"},
    {"cp1256", "windows-1256"},
    {"windows-1256", "windows-1256"},
    {"cp1257", "windows-1257"},
    {"windows-1257", "windows-1257"},
    {"cp1258", "windows-1258"},
    {"windows-1258", "windows-1258"},
    {"windows-874", "windows-874"},
    {"tis-620", "windows-874"},
    {"iso-8859-11", "windows-874"},
    {"macintosh", "macintosh"},
    {"mac", "macintosh"},
    {"x-mac-roman", "macintosh"},
    {"utf-16", "utf-16le"},
    {"utf-16le", "utf-16le"},
    {"ucs-2", "utf-16le"},
    {"unicode", "utf-16le"},
    {"utf-16be", "utf-16be"},
};

// Encoding name -> ICU converter name.
std::string_view IcuName(std::string_view name) {
  if (name == "euc-kr") return "windows-949";
  if (name == "shift_jis") return "windows-31j";
  if (name == "gbk" || name == "gb18030") return "gb18030";
  if (name == "big5") return "windows-950";
  if (name == "utf-16le") return "UTF-16LE";
  if (name == "utf-16be") return "UTF-16BE";
  if (name == "ibm866") return "ibm-866";
  if (name == "iso-8859-8-i") return "iso-8859-8";
  return name;
}

bool IsUtf16(std::string_view name) { return name == "utf-16le" || name == "utf-16be"; }

bool IsCjkMultibyte(std::string_view name) {
  return name == "euc-kr" || name == "shift_jis" || name == "gbk" || name == "gb18030" || name == "big5" ||
         name == "euc-jp";
}

// ICU's Microsoft tables map stray single bytes (0x80, 0xA0, 0xFD-0xFF) of the CJK code pages to
// C1 controls and private-use U+F8F0..U+F8FF; WHATWG decoders treat them as errors. Replaces
// those code points with U+FFFD in place; returns how many.
size_t ReplaceVendorSingletons(std::string* text) {
  size_t count = 0;
  std::string& t = *text;
  std::string out;
  size_t copied = 0;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(t[i]);
    size_t len = 0;
    if (b0 == 0xC2 && static_cast<unsigned char>(t[i + 1]) <= 0x9F) {
      len = 2;
    } else if (b0 == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA3 &&
               static_cast<unsigned char>(t[i + 2]) >= 0xB0) {
      len = 3;
    }
    if (len == 0) continue;
    out.append(t, copied, i - copied);
    out.append("\xEF\xBF\xBD");
    copied = i + len;
    i += len - 1;
    ++count;
  }
  if (count > 0) {
    out.append(t, copied, std::string::npos);
    t.swap(out);
  }
  return count;
}

// Decodes the whole input with the named converter; never fails on bad bytes.
struct Conversion {
  bool ok = false;
  std::string text;
  size_t replaced = 0;
};

struct CallbackState {
  size_t replaced = 0;
};

void CountingToUCallback(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                         UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone
  auto* state = static_cast<CallbackState*>(const_cast<void*>(context));
  ++state->replaced;
  *err = U_ZERO_ERROR;
  const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

Conversion Convert(std::string_view bytes, std::string_view name, bool flush) {
  Conversion out;
  UErrorCode err = U_ZERO_ERROR;
  std::string icu_name(IcuName(name));
  ConverterPtr src(ucnv_open(icu_name.c_str(), &err));
  if (U_FAILURE(err) || !src) return out;
  err = U_ZERO_ERROR;
  ConverterPtr utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || !utf8) return out;
  CallbackState state;
  err = U_ZERO_ERROR;
  ucnv_setToUCallBack(src.get(), CountingToUCallback, &state, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return out;

  out.text.reserve(bytes.size() + bytes.size() / 2);
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  std::array<char, 64 * 1024> buffer;
  bool reset = true;
  do {
    err = U_ZERO_ERROR;
    char* target = buffer.data();
    ucnv_convertEx(utf8.get(), src.get(), &target, buffer.data() + buffer.size(), &source, source_end,
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset, flush,
                   &err);
    reset = false;
    out.text.append(buffer.data(), static_cast<size_t>(target - buffer.data()));
  } while (err == U_BUFFER_OVERFLOW_ERROR);
  if (U_FAILURE(err)) return out;
  out.ok = true;
  out.replaced = state.replaced;
  if (IsCjkMultibyte(name)) out.replaced += ReplaceVendorSingletons(&out.text);
  return out;
}

struct Utf8Scan {
  bool valid = true;
  size_t multibyte = 0;  // number of well-formed multibyte sequences
  size_t invalid = 0;    // number of invalid bytes
};

// `allow_truncated_tail`: a sequence cut by the end of the input does not count as invalid
// (the input was truncated by a byte limit).
Utf8Scan ScanUtf8(std::string_view s, bool allow_truncated_tail) {
  Utf8Scan scan;
  size_t i = 0;
  while (i < s.size()) {
    // ASCII run fast path, 8 bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t word;
      std::copy_n(s.data() + i, 8, reinterpret_cast<char*>(&word));
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      if (allow_truncated_tail && s.size() - i < 4) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        size_t need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
        bool all_cont = true;
        for (size_t k = i + 1; k < s.size(); ++k) {
          all_cont &= (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
        }
        if (need > s.size() - i && all_cont) break;
      }
      scan.valid = false;
      ++scan.invalid;
      ++i;
      continue;
    }
    if (len > 1) ++scan.multibyte;
    i += len;
  }
  return scan;
}

// Length of `s` without a trailing incomplete UTF-8 sequence (input cut by a byte limit).
size_t CompleteUtf8Prefix(std::string_view s) {
  size_t k = s.size();
  while (k > 0 && s.size() - k < 3 && (static_cast<unsigned char>(s[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return s.size();
  const auto lead = static_cast<unsigned char>(s[k - 1]);
  if (lead < 0xC0) return s.size();
  size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  return need > s.size() - (k - 1) ? k - 1 : s.size();
}

// --- <meta> prescan (WHATWG "prescan a byte stream to determine its encoding", simplified) ---

struct Attr {
  std::string name;
  std::string value;
};

// Reads one attribute starting at `i` (after a tag name); returns false at '>' or end.
bool ReadAttr(std::string_view s, size_t& i, Attr& attr) {
  attr.name.clear();
  attr.value.clear();
  while (i < s.size() && (IsHtmlSpace(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') return false;
  while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '=' && s[i] != '>' &&
         (s[i] != '/' || attr.name.empty())) {
    attr.name.push_back(AsciiLower(s[i]));
    ++i;
    if (attr.name.size() > 64) break;
  }
  while (i < s.size() && IsHtmlSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') return true;
  ++i;
  while (i < s.size() && IsHtmlSpace(s[i])) ++i;
  if (i >= s.size()) return true;
  if (s[i] == '"' || s[i] == '\'') {
    char q = s[i++];
    while (i < s.size() && s[i] != q) {
      if (attr.value.size() < 512) attr.value.push_back(AsciiLower(s[i]));
      ++i;
    }
    if (i < s.size()) ++i;
  } else {
    while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '>') {
      if (attr.value.size() < 512) attr.value.push_back(AsciiLower(s[i]));
      ++i;
    }
  }
  return true;
}

// "text/html; charset=euc-kr" -> "euc-kr" (raw label, not normalized).
std::string CharsetParam(std::string_view value) {
  std::string lower(value.substr(0, 1024));
  for (char& c : lower) c = AsciiLower(c);
  size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    size_t i = pos + 7;
    while (i < lower.size() && IsHtmlSpace(lower[i])) ++i;
    if (i >= lower.size() || lower[i] != '=') {
      pos = i;
      continue;
    }
    ++i;
    while (i < lower.size() && IsHtmlSpace(lower[i])) ++i;
    if (i < lower.size() && (lower[i] == '"' || lower[i] == '\'')) {
      char q = lower[i++];
      size_t end = lower.find(q, i);
      if (end == std::string::npos) return "";
      return lower.substr(i, end - i);
    }
    size_t end = i;
    while (end < lower.size() && !IsHtmlSpace(lower[end]) && lower[end] != ';' && lower[end] != ',') {
      ++end;
    }
    return lower.substr(i, end - i);
  }
  return "";
}

bool StartsWithCi(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (AsciiLower(s[i + k]) != prefix[k]) return false;
  }
  return true;
}

// Candidate legacy encodings from ICU's detector, best first (utf-8 excluded).
std::vector<std::string> DetectCandidates(std::string_view bytes) {
  std::vector<std::string> out;
  UErrorCode err = U_ZERO_ERROR;
  // A detector is costly to open and not thread-safe: one per thread, reused.
  thread_local std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(nullptr, ucsdet_close);
  if (!detector) {
    detector.reset(ucsdet_open(&err));
    if (U_FAILURE(err) || !detector) {
      detector.reset();
      return out;
    }
    ucsdet_enableInputFilter(detector.get(), true);
  }
  UCharsetDetector* det = detector.get();
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &err);
  if (U_FAILURE(err) || !matches) return out;
  for (int32_t k = 0; k < count; ++k) {
    UErrorCode e = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[k], &e);
    int32_t confidence = ucsdet_getConfidence(matches[k], &e);
    if (U_FAILURE(e) || !name || confidence < 5) continue;
    std::string normalized = NormalizeCharsetLabel(name);
    if (normalized.empty() || normalized == "utf-8" || IsUtf16(normalized)) continue;
    if (std::find(out.begin(), out.end(), normalized) == out.end()) out.push_back(normalized);
  }
  return out;
}

// What ICU's detector sees: the text runs (between tags, for HTML; lines, for text) that contain
// non-ASCII bytes, up to `limit` bytes. Detection costs about 1 µs per byte, and markup,
// scripts and ASCII prose tell it nothing, so they are left out. Runs end at ASCII bytes, so
// no character is cut except at the limit, where the run is trimmed back to an ASCII byte.
std::string DetectionSample(std::string_view bytes, size_t limit, bool is_html) {
  std::string sample;
  size_t i = 0;
  while (i < bytes.size() && sample.size() < limit) {
    size_t end = i;
    bool high = false;
    if (is_html && bytes[i] == '<') {
      end = bytes.find('>', i);
      end = end == std::string_view::npos ? bytes.size() : end + 1;
      // Attribute values (alt, title) are text too, but tag names are not: keep high-byte tags.
      for (size_t k = i; k < end && !high; ++k) high = static_cast<unsigned char>(bytes[k]) >= 0x80;
    } else {
      while (end < bytes.size() && !(is_html ? bytes[end] == '<' : bytes[end] == '\n')) {
        high |= static_cast<unsigned char>(bytes[end]) >= 0x80;
        ++end;
      }
      if (!is_html && end < bytes.size()) ++end;
    }
    if (high) {
      std::string_view run = bytes.substr(i, end - i);
      if (sample.size() + run.size() > limit) {
        size_t cut = limit - sample.size();
        while (cut > 0 && static_cast<unsigned char>(run[cut - 1]) >= 0x80) --cut;
        run = run.substr(0, cut);
      }
      sample.append(run);
      sample.push_back('\n');
    }
    i = std::max(end, i + 1);
  }
  return sample;
}

Decoded Finish(Conversion conv, std::string name, CharsetSource source, std::vector<std::string> warnings) {
  Decoded d;
  d.text = std::move(conv.text);
  d.charset = std::move(name);
  d.source = source;
  d.replaced = conv.replaced;
  d.warnings = std::move(warnings);
  if (d.replaced > 0) {
    d.warnings.push_back("charset: " + std::to_string(d.replaced) + " invalid " + d.charset +
                         " sequence(s) replaced with U+FFFD");
  }
  return d;
}

}  // namespace

std::string_view CharsetSourceName(CharsetSource source) {
  switch (source) {
    case CharsetSource::kBom: return "bom";
    case CharsetSource::kTransport: return "transport";
    case CharsetSource::kMeta: return "meta";
    case CharsetSource::kDetected: return "detected";
    case CharsetSource::kDefault: return "default";
  }
  return "default";
}

std::string NormalizeCharsetLabel(std::string_view label) {
  std::string key = LowerTrim(label);
  if (key.empty() || key.size() > 40) return "";
  for (const Label& l : kLabels) {
    if (l.label == key) return std::string(l.name);
  }
  // Windows/ISO spellings ICU's detector and some sites use.
  if (key.rfind("windows-125", 0) == 0 && key.size() == 12) return key;
  if (key.rfind("iso-8859-", 0) == 0) {
    std::string tail = key.substr(9);
    if (tail == "1") return "windows-1252";
    if (tail == "9") return "windows-1254";
    if (tail == "11") return "windows-874";
    static constexpr std::string_view kKnown[] = {"2", "3",  "4",  "5",  "6",  "7",
                                                  "8", "10", "13", "14", "15", "16"};
    for (auto k : kKnown) {
      if (tail == k) return key;
    }
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  return NormalizeCharsetLabel(CharsetParam(content_type));
}

bool IsValidUtf8(std::string_view bytes) { return ScanUtf8(bytes, false).valid; }

std::string PrescanMetaCharset(std::string_view bytes, size_t limit) {
  std::string_view s = bytes.substr(0, std::min(limit, bytes.size()));
  size_t i = 0;
  Attr attr;
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) break;
    i = lt;
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (StartsWithCi(s, i, "<meta") && i + 5 < s.size() && (IsHtmlSpace(s[i + 5]) || s[i + 5] == '/')) {
      i += 5;
      bool got_pragma = false;
      bool need_pragma_known = false;
      bool need_pragma = false;
      std::string charset;
      std::string seen;  // attribute names already seen (first wins)
      while (ReadAttr(s, i, attr)) {
        if (seen.find("|" + attr.name + "|") != std::string::npos) continue;
        seen += "|" + attr.name + "|";
        if (attr.name == "http-equiv") {
          if (LowerTrim(attr.value) == "content-type") got_pragma = true;
        } else if (attr.name == "content" && charset.empty()) {
          std::string cs = CharsetParam(attr.value);
          if (!cs.empty()) {
            charset = cs;
            need_pragma_known = true;
            need_pragma = true;
          }
        } else if (attr.name == "charset") {
          charset = LowerTrim(attr.value);
          need_pragma_known = true;
          need_pragma = false;
        }
      }
      if (i < s.size()) ++i;  // '>'
      if (!need_pragma_known || (need_pragma && !got_pragma)) continue;
      std::string name = NormalizeCharsetLabel(charset);
      if (name.empty()) continue;
      if (IsUtf16(name)) name = "utf-8";
      return name;
    }
    if (i + 1 < s.size() &&
        (IsAsciiAlpha(s[i + 1]) || (s[i + 1] == '/' && i + 2 < s.size() && IsAsciiAlpha(s[i + 2])))) {
      // Other tag: skip its name and attributes.
      i += 1;
      while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '>') ++i;
      while (ReadAttr(s, i, attr)) {
      }
      if (i < s.size()) ++i;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
      size_t end = s.find('>', i + 1);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    ++i;
  }
  return "";
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view transport_content_type,
                             const DecodeOptions& opts) {
  std::vector<std::string> warnings;
  bool truncated = false;
  if (bytes.size() > opts.max_input_bytes) {
    bytes = bytes.substr(0, opts.max_input_bytes);
    truncated = true;
    warnings.push_back("input: truncated to " + std::to_string(opts.max_input_bytes) + " bytes");
  }

  auto utf8_result = [&](std::string_view body, CharsetSource source) -> Decoded {
    Utf8Scan scan = ScanUtf8(body, truncated);
    if (scan.valid) {
      Conversion conv;
      conv.ok = true;
      conv.text.assign(truncated ? body.substr(0, CompleteUtf8Prefix(body)) : body);
      return Finish(std::move(conv), "utf-8", source, warnings);
    }
    return Finish(Convert(body, "utf-8", !truncated), "utf-8", source, warnings);
  };

  // 1. BOM.
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    return utf8_result(bytes.substr(3), CharsetSource::kBom);
  }
  if (bytes.size() >= 2 && (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0)) {
    std::string name = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    return Finish(Convert(bytes.substr(2), name, !truncated), name, CharsetSource::kBom, warnings);
  }

  // 2. Transport header, 3. <meta> prescan.
  std::string label;
  CharsetSource source = CharsetSource::kDefault;
  std::string raw_transport = CharsetParam(transport_content_type);
  if (!raw_transport.empty()) {
    label = NormalizeCharsetLabel(raw_transport);
    if (label.empty()) {
      warnings.push_back("charset: unknown transport charset '" + raw_transport.substr(0, 40) + "' ignored");
    } else {
      source = CharsetSource::kTransport;
    }
  }
  std::string meta;
  if (opts.is_html) meta = PrescanMetaCharset(bytes, opts.prescan_bytes);
  if (label.empty() && !meta.empty()) {
    label = meta;
    source = CharsetSource::kMeta;
  }

  if (!label.empty()) {
    if (label == "utf-8") {
      Utf8Scan scan = ScanUtf8(bytes, truncated);
      // A page declared UTF-8 (usually by a server default) whose bytes are not: if the page's
      // own <meta> names a legacy charset that decodes cleanly, believe the page.
      if (!scan.valid && source == CharsetSource::kTransport && !meta.empty() && meta != "utf-8") {
        Conversion conv = Convert(bytes, meta, !truncated);
        if (conv.ok && conv.replaced * 100 < scan.invalid) {
          warnings.push_back("charset: transport says utf-8 but bytes are " + meta +
                             " as the page's <meta> declares");
          return Finish(std::move(conv), meta, CharsetSource::kMeta, warnings);
        }
      }
      return utf8_result(bytes, source);
    }
    // A legacy label on bytes that are valid UTF-8 with multibyte sequences: the label is
    // wrong (typically "iso-8859-1"-labelled UTF-8). Legacy CJK text is almost never valid
    // UTF-8, so two or more sequences suffice there; for single-byte labels one does.
    Utf8Scan scan = ScanUtf8(bytes, truncated);
    bool single_byte = !(label == "euc-kr" || label == "shift_jis" || label == "gbk" || label == "gb18030" ||
                         label == "big5" || label == "euc-jp" || label == "iso-2022-jp" || IsUtf16(label));
    if (scan.valid && scan.multibyte >= (single_byte ? 1u : 2u)) {
      warnings.push_back("charset: declared " + label + " (" + std::string(CharsetSourceName(source)) +
                         ") but bytes are valid UTF-8; decoded as utf-8");
      return utf8_result(bytes, CharsetSource::kDetected);
    }
    Conversion conv = Convert(bytes, label, !truncated);
    if (conv.ok) return Finish(std::move(conv), label, source, warnings);
    warnings.push_back("charset: no converter for " + label + "; falling back to detection");
  }

  // 4. Detection. Valid UTF-8 needs no guess.
  Utf8Scan scan = ScanUtf8(bytes, truncated);
  if (scan.valid) {
    return utf8_result(bytes, scan.multibyte > 0 ? CharsetSource::kDetected : CharsetSource::kDefault);
  }
  std::string sample = DetectionSample(bytes, opts.detect_bytes, opts.is_html);
  std::vector<std::string> candidates = DetectCandidates(sample);
  // The first candidate that decodes the sample with no invalid sequence wins; else the
  // candidate with the fewest replacements.
  std::string best;
  size_t best_replaced = SIZE_MAX;
  for (const std::string& c : candidates) {
    Conversion trial = Convert(sample, c, true);
    if (!trial.ok) continue;
    if (trial.replaced < best_replaced) {
      best = c;
      best_replaced = trial.replaced;
    }
    if (trial.replaced == 0) break;
  }
  if (!best.empty()) {
    warnings.push_back("charset: guessed " + best + " (no declaration)");
    Conversion conv = Convert(bytes, best, !truncated);
    if (conv.ok) return Finish(std::move(conv), best, CharsetSource::kDetected, warnings);
  }

  // 5. Default: UTF-8 with replacements.
  warnings.push_back("charset: undetectable; decoded as utf-8");
  return utf8_result(bytes, CharsetSource::kDefault);
}

}  // namespace hirewire::extract
