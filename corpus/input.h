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

struct InputOptions {
  bool force_text = false;            // treat every input as plain text (--text)
  size_t max_page_bytes = 64u << 20;  // a larger page is truncated, with a warning
};

// Called for every page read. Return false to stop the walk.
using PageSink = std::function<bool(Page&&)>;
// Called for every input (or WARC record) that could not be read; the walk goes on.
using ErrorSink = std::function<void(const std::string& source, const Status& status)>;

struct InputStats {
  size_t pages = 0;
  size_t errors = 0;
};

// Expands each path: "-" is stdin (sniffed: gzip, WARC, HTML or text); a folder is walked
// recursively in sorted order (hidden entries skipped); files by name: *.warc, *.warc.gz,
// *.gz (gunzipped, then by inner name), *.txt (text), everything else HTML (sniffed for WARC).
InputStats ReadInputs(const std::vector<std::string>& paths, const InputOptions& opts,
                      const PageSink& on_page, const ErrorSink& on_error);

// Gunzips a whole buffer (multi-member). Corrupt on a truncated or damaged stream; at most
// max_out bytes are produced (ResourceExhausted beyond).
Result<std::string> Gunzip(std::string_view gz, size_t max_out);

// Whatever the first bytes of a (possibly partial) gzip stream decode to, at most n bytes.
std::string GunzipPrefix(std::string_view gz, size_t n);

}  // namespace hirewire
