// Streaming WARC (1.0/1.1) reader over plain or gzip files (one member per record or one
// stream; both work). Memory is bounded by the largest record read (capped by max_record_bytes).
//
// Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire {

struct WarcRecord {
  std::string version;                                       // "WARC/1.1"
  std::vector<std::pair<std::string, std::string>> headers;  // in file order
  std::string block;                                         // the record block (Content-Length bytes)
  bool truncated = false;  // block cut at max_record_bytes (the rest was skipped)

  // Header value by case-insensitive name, or "" when absent.
  std::string_view Header(std::string_view name) const;
  std::string_view Type() const { return Header("WARC-Type"); }
  // WARC-Record-ID / WARC-Target-URI without angle brackets.
  std::string RecordId() const;
  std::string TargetUri() const;
};

struct WarcReaderOptions {
  size_t max_record_bytes = 64u << 20;
};

class WarcReader {
 public:
  // Opens PATH ("-" is not accepted: use FromBytes for buffers).
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path,
                                                  const WarcReaderOptions& opts = {});
  // Reads only the gzip members in the byte range [from, to) of PATH (a .warc.gz whose
  // members are one record each, as the crawler writes them; from and to are member
  // boundaries, e.g. a committed size). Bytes past `to` (a record being written) are not read.
  static Result<std::unique_ptr<WarcReader>> OpenRange(const std::string& path, uint64_t from, uint64_t to,
                                                       const WarcReaderOptions& opts = {});
  ~WarcReader();

  // Reads the next record into *rec. Returns true on a record, false at a clean end of file,
  // or a Corrupt status on a torn/garbled record (the reader cannot continue after that).
  Result<bool> Next(WarcRecord* rec);

 private:
  WarcReader();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when the bytes start like a WARC file (after gunzip if gzip).
bool LooksLikeWarc(std::string_view head);

// Whether a Content-Type is one of pages that may hold articles: not feeds, sitemaps or other
// XML (XHTML is a page), not JSON. Crawl plumbing is skipped by nightly and the WARC queue.
bool IsArticleContentType(std::string_view content_type);

// Turns a `response` (HTTP) or `resource` record into a Page: HTTP status line and headers
// are stripped; chunked transfer coding and gzip/deflate content coding are undone when the
// headers say so; Content-Type is kept for charset detection. Returns NotFound for records
// that carry no page (warcinfo, request, metadata, revisit, non-2xx responses).
Result<Page> PageFromWarcRecord(const WarcRecord& rec, const std::string& warc_file);

}  // namespace hirewire
