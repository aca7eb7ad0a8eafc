// Page bytes in any common charset -> UTF-8, in the WHATWG order:
//   BOM -> transport Content-Type charset -> <meta> prescan -> ICU detection -> UTF-8.
// Labels follow the WHATWG Encoding Standard: "euc-kr"/"ks_c_5601-1987" decode as windows-949,
// "iso-8859-1"/"latin1"/"us-ascii" as windows-1252, "gb2312"/"gbk" as GBK (GB18030 superset
// decoder), "shift_jis"/"sjis" as windows-31j, "big5" as Big5-HKSCS-compatible Big5.
// ICU stays inside decode.cc.
//
// Never crashes on bad bytes: invalid sequences become U+FFFD and a warning is added.
//
// Thread-safety: pure functions; safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::extract {

// How the charset was chosen.
enum class CharsetSource {
  kBom,        // byte order mark (UTF-8, UTF-16LE/BE)
  kTransport,  // charset= of the transport Content-Type (HTTP / WARC)
  kMeta,       // <meta charset> or <meta http-equiv="content-type" content="...charset=">
  kDetected,   // statistical detection (ICU ucsdet) or a UTF-8 validity check
  kDefault,    // nothing declared or detectable: UTF-8
};

// "bom", "transport", "meta", "detected", "default".
std::string_view CharsetSourceName(CharsetSource source);

struct DecodeOptions {
  bool is_html = true;                 // false: plain text, no <meta> prescan
  size_t prescan_bytes = 4096;         // how far to look for <meta charset> (WHATWG: 1024)
  size_t detect_bytes = 8u << 10;      // bytes of non-ASCII text runs ICU detection looks at
  size_t max_input_bytes = 64u << 20;  // longer input is cut (at a character boundary), warning
};

struct Decoded {
  std::string text;     // valid UTF-8, BOM removed
  std::string charset;  // WHATWG encoding name, lowercase: "utf-8", "euc-kr", "shift_jis",
                        // "gbk", "gb18030", "big5", "windows-1251", "windows-1252",
                        // "utf-16le", "utf-16be", "euc-jp", "iso-2022-jp", "koi8-r", ...
  CharsetSource source = CharsetSource::kDefault;
  size_t replaced = 0;                // number of invalid sequences replaced by U+FFFD
  std::vector<std::string> warnings;  // e.g. "charset: guessed euc-kr (no declaration)"

  bool operator==(const Decoded&) const = default;
};

// Decodes `bytes` to UTF-8. `transport_content_type` is the HTTP/WARC Content-Type header value
// (may be empty). Fast path: valid UTF-8 labelled UTF-8 (or unlabelled) is copied without
// conversion. A page labelled iso-8859-1/windows-1252 whose bytes are valid UTF-8 with multibyte
// sequences is decoded as UTF-8 (source kDetected) with a warning.
// Fails only for an unusable request (never for bad bytes); currently always ok.
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view transport_content_type,
                             const DecodeOptions& opts = {});

// WHATWG label -> lowercase encoding name ("ks_c_5601-1987" -> "euc-kr", "latin1" ->
// "windows-1252", "x-sjis" -> "shift_jis"); "" for an unknown label. Case and surrounding
// whitespace are ignored.
std::string NormalizeCharsetLabel(std::string_view label);

// The charset= parameter of a Content-Type value, normalized; "" when absent or unknown.
std::string CharsetFromContentType(std::string_view content_type);

// WHATWG-style prescan of the first `limit` bytes for <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">, skipping comments.
// Returns the normalized encoding name, or "" when none. "utf-16*" labels map to "utf-8"
// (as WHATWG requires for a meta declaration).
std::string PrescanMetaCharset(std::string_view bytes, size_t limit = 4096);

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

}  // namespace hirewire::extract
