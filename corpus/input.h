// Walks user inputs (files, folders, .gz, WARC, WARC.gz, stdin) and yields one Page at a time.
// Memory stays bounded: pages are read and handed over one by one.
//
// Thread-safety: functions are reentrant; callbacks run on the calling thread.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire {

// Content type given to pages whose bytes are JSON Lines (see InputOptions::json_lines).
inline constexpr std::string_view kJsonLinesContentType = "application/x-ndjson";

struct InputOptions {
  bool force_text = false;            // treat every input as plain text (--text)
  size_t max_page_bytes = 64u << 20;  // a larger page is truncated, with a warning
  // Inputs whose content is JSON Lines are pages too, with content_type kJsonLinesContentType
  // (in folders as well; without this flag a folder skips them).
  bool json_lines = false;
};

// What bytes are, sniffed from their first 8 KiB the way browsers sniff (WHATWG MIME
// Sniffing: binary signatures, leading HTML tags, XML), plus what a news reader must not take
// for prose: JSON (Lines), source code and line-oriented directive files (robots.txt).
enum class ContentKind { kEmpty, kHtml, kText, kXml, kJson, kJsonLines, kCode, kDirectives, kBinary };

// "empty", "HTML", "text", "XML", "JSON", "JSON Lines", "source code", "directives", "binary".
std::string_view ContentKindName(ContentKind kind);

// The kind of `bytes`. For binary data, *what (when not null) names the format when known
// ("PNG image", "PDF document", "executable"), else "binary data".
ContentKind SniffContent(std::string_view bytes, std::string* what = nullptr);

// Called for every page read. Return false to stop the walk.
using PageSink = std::function<bool(Page&&)>;
// Called for every input (or WARC record) that could not be read; the walk goes on.
using ErrorSink = std::function<void(const std::string& source, const Status& status)>;

struct InputStats {
  size_t pages = 0;
  size_t errors = 0;
  // Files in folders that are not pages (binary, XML, JSON, source code, directives): skipped,
  // never errors. The first few as "path (kind)".
  size_t skipped = 0;
  std::vector<std::string> skipped_examples;
};

// Expands each path: "-" is stdin (sniffed: gzip, WARC, HTML or text); a folder is walked
// recursively in sorted order (hidden entries skipped) and keeps only files whose content
// sniffs as HTML or text (SniffContent; the rest is counted in InputStats::skipped); files by
// name: *.warc, *.warc.gz, *.gz (gunzipped, then by inner name; not gzip data is an error),
// *.txt (text), everything else HTML (sniffed for WARC). Binary data, JSON and JSON Lines (unless
// json_lines or force_text) are errors for a file named on the command line. In folders, text files
// named as notes, tables, logs or configs (.md, .csv, .log, .toml, ...) are skipped too.
InputStats ReadInputs(const std::vector<std::string>& paths, const InputOptions& opts,
                      const PageSink& on_page, const ErrorSink& on_error);

// True when `b` starts with the gzip magic bytes (1F 8B).
inline bool IsGzip(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
         static_cast<unsigned char>(b[1]) == 0x8b;
}

// Gunzips a whole buffer (multi-member). Corrupt on a truncated or damaged stream; at most
// max_out bytes are produced (ResourceExhausted beyond).
Result<std::string> Gunzip(std::string_view gz, size_t max_out);

// Whatever the first bytes of a (possibly partial) gzip stream decode to, at most n bytes.
std::string GunzipPrefix(std::string_view gz, size_t n);

}  // namespace hirewire
