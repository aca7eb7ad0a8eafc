// WARC/1.1 writer for the crawler: one gzip member per record, rotation at a size limit, and a
// CDXJ index beside every file (`NAME.warc.gz` -> `NAME.cdxj`, one line per response/revisit
// with the offset and length of its gzip member).
//
// Bodies are stored DECODED (as the HTTP client handed them over, content coding and transfer
// coding undone). So that the stored headers do not lie, Content-Encoding, Transfer-Encoding and
// Content-Length of the stored HTTP head are renamed X-Crawler-Content-Encoding, ... and a fresh
// Content-Length for the stored body is added (as StormCrawler does). The warcinfo record says so.
//
// Durability: Sync() flushes and fsyncs the current file. The crawler calls it before it marks
// captures done in its state database (write record -> fsync -> commit). A crash can therefore
// leave (a) a torn last gzip member and (b) complete records the database does not know yet.
// RecoverWarcFile() cuts (a) off and reports the complete members so the caller can reconcile (b).
//
// Thread-safety: one writer per thread (the crawler's loop owns it).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire {

struct WarcWriterOptions {
  std::string dir;                       // output folder (created if missing)
  std::string prefix = "hirewire";       // file names: PREFIX-YYYYMMDDhhmmss-NNNNN.warc.gz
  uint64_t max_file_bytes = 1ull << 30;  // rotate when a file reaches this size
  int gzip_level = 6;
  std::string software = "hirewire/0.1";
  std::string operator_contact;        // warcinfo `operator`
  std::string user_agent;              // warcinfo `http-header-user-agent`
  std::string robots_policy = "obey";  // warcinfo `robots`
  // Called with the name of every new file (the first one too) after it is created and before
  // anything is written to it, so a state database can register it first. May be empty.
  std::function<Status(const std::string& file)> on_new_file;
};

// One HTTP exchange to store.
struct WarcCapture {
  enum class Kind {
    kResponse,                // request + response records
    kRevisitNotModified,      // 304 answer: request + revisit (server-not-modified)
    kRevisitIdenticalDigest,  // 200 whose payload digest equals the stored one
  };
  Kind kind = Kind::kResponse;
  std::string target_uri;
  std::string ip_address;        // may be empty
  int64_t capture_start_ms = 0;  // unix milliseconds; WARC-Date of both records
  std::string request_head;      // request line + headers as sent ("" = no request record)
  std::string response_head;     // status line + headers as received (with or without final CRLF)
  std::string body;              // decoded payload (empty for 304)
  std::string truncated;         // WARC-Truncated reason: "" | length | time | disconnect
  // Revisits: what the record refers to (from the state database).
  std::string refers_to_uri;
  std::string refers_to_date;       // WARC-Date of the original capture
  std::string refers_to_record_id;  // urn:uuid:... of the original response, may be empty
  std::string refers_to_digest;     // "sha1:BASE32" of the original payload, may be empty
  // Optional: WarcSha1Digest(body) when the caller already computed it (saves a second hash).
  std::string body_digest;
};

struct WarcWriteResult {
  std::string file;            // file name (no folder)
  uint64_t offset = 0;         // offset of the response/revisit gzip member
  uint64_t length = 0;         // its compressed length
  uint64_t end_offset = 0;     // file size after this capture (all its records)
  std::string record_id;       // urn:uuid:... of the response/revisit record
  std::string warc_date;       // WARC-Date written
  std::string payload_digest;  // "sha1:BASE32" of the stored body
  int http_status = 0;
};

class WarcWriter {
 public:
  // Opens a NEW file in opts.dir (never appends to an old one) and writes its warcinfo record.
  // `first_sequence` is the sequence number of the first file of this run.
  static Result<std::unique_ptr<WarcWriter>> Create(const WarcWriterOptions& opts, int first_sequence,
                                                    int64_t now_ms);
  ~WarcWriter();  // Close()s; errors are lost, call Close() to see them.

  // Writes the records of one capture (response/revisit first, then request with
  // WARC-Concurrent-To), and one CDXJ line. Rotates first when the file is over the limit.
  Result<WarcWriteResult> Write(const WarcCapture& cap);

  // Flushes and fsyncs the WARC file and its CDXJ.
  Status Sync();
  // Syncs, closes the file and sorts its CDXJ. Idempotent.
  Status Close();

  // Called after a rotation opened a new file (name without folder), before anything is written
  // to it, so the state database can register it.
  void SetOnNewFile(std::function<Status(const std::string& file)> cb);

  const std::string& current_file() const;
  uint64_t current_size() const;
  int sequence() const;

 private:
  WarcWriter();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One complete gzip member (= one record) found in a WARC file.
struct WarcMemberInfo {
  uint64_t offset = 0;
  uint64_t length = 0;
  std::string type;       // WARC-Type
  std::string record_id;  // without angle brackets
  std::string target_uri;
  std::string warc_date;
  std::string payload_digest;  // WARC-Payload-Digest
  std::string content_type;    // of the HTTP payload when the block is an HTTP message
  int http_status = 0;         // from the HTTP status line, 0 when not HTTP
  std::string http_head;       // HTTP status line + headers (response/revisit), else ""
  std::string http_payload;    // the stored body after the HTTP head (response records)
};

// Scans PATH member by member. If the file ends in a torn or damaged member, the file is
// truncated (ftruncate + fsync) right after the last complete member; *cut_bytes says how many
// bytes were removed. Members before `from_offset` are skipped for the callback but still
// walked. `on_member` may also refuse a member (return false): the file is then cut right before
// it, so it and every member after it are removed the same way (a crawler drops captures it may
// no longer commit). Afterwards the file is checked with WarcReader to the end. Rewrites the
// CDXJ index beside the file when `rewrite_cdxj` is set.
Status RecoverWarcFile(const std::string& path, uint64_t from_offset, bool rewrite_cdxj,
                       const std::function<bool(const WarcMemberInfo&)>& on_member, uint64_t* cut_bytes);

// "sha1:" + RFC 4648 base32 of SHA-1(data).
std::string WarcSha1Digest(std::string_view data);
// 2026-11-28T05:05:40Z from unix milliseconds.
std::string WarcDate(int64_t unix_ms);
// Sort-friendly URI key (SURT): "com,example)/path?q".
std::string SurtKey(std::string_view url);

}  // namespace hirewire
