// Test helper: an independent WARC checker. Walks every gzip member of a .warc.gz file with
// zlib (not with the writer's code), parses each record, and checks: one record per member,
// Content-Length equals the block length, the record ends in CRLF CRLF, WARC-Block-Digest and
// WARC-Payload-Digest (sha1 base32, recomputed), required fields per type, request/response
// pairs linked by WARC-Concurrent-To, and that every CDXJ line points at a member holding a
// response/revisit record for its URL.
#pragma once

#include <openssl/evp.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace hirewire::testing {

struct CheckedRecord {
  uint64_t offset = 0;
  uint64_t length = 0;
  std::string type, id, uri, date, concurrent, truncated, profile;
  int http_status = 0;
  std::string status_line;  // "HTTP/1.1 200 OK", "HTTP/2 200"
  std::string payload;      // response payload (after the HTTP head)
};

struct WarcCheck {
  std::vector<std::string> errors;
  std::vector<CheckedRecord> records;
};

inline std::string CheckSha1B32(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(data.data(), data.size(), md, &n, EVP_sha1(), nullptr);
  static const char kA[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  uint64_t buf = 0;
  int bits = 0;
  for (unsigned i = 0; i < n; ++i) {
    buf = (buf << 8) | md[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kA[(buf >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  return "sha1:" + out;
}

inline std::string CheckStrip(std::string v) {
  while (!v.empty() && (v.back() == '\r' || v.back() == ' ')) v.pop_back();
  while (!v.empty() && v.front() == ' ') v.erase(0, 1);
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
  return v;
}

inline void CheckRecord(const std::string& rec, CheckedRecord* r, std::vector<std::string>* errors) {
  auto err = [&](const std::string& m) { errors->push_back("@" + std::to_string(r->offset) + ": " + m); };
  size_t hend = rec.find("\r\n\r\n");
  if (rec.rfind("WARC/1.1\r\n", 0) != 0 || hend == std::string::npos) return err("no WARC/1.1 header block");
  std::map<std::string, std::string> h;
  size_t pos = rec.find("\r\n") + 2;
  while (pos < hend) {
    size_t eol = rec.find("\r\n", pos);
    std::string line = rec.substr(pos, eol - pos);
    pos = eol + 2;
    size_t c = line.find(':');
    if (c == std::string::npos) return err("header line without colon");
    h[line.substr(0, c)] = CheckStrip(line.substr(c + 1));
  }
  r->type = h["WARC-Type"];
  r->id = h["WARC-Record-ID"];
  r->uri = h["WARC-Target-URI"];
  r->date = h["WARC-Date"];
  r->concurrent = h["WARC-Concurrent-To"];
  r->truncated = h["WARC-Truncated"];
  r->profile = h["WARC-Profile"];
  if (r->id.rfind("urn:uuid:", 0) != 0) err("bad WARC-Record-ID " + r->id);
  if (r->date.size() != 20) err("bad WARC-Date " + r->date);
  if (!h.count("Content-Length")) return err("no Content-Length");
  size_t len = std::stoull(h["Content-Length"]);
  std::string block = rec.substr(hend + 4);
  if (block.size() != len + 4 || block.compare(len, 4, "\r\n\r\n") != 0)
    return err("block length " + std::to_string(block.size()) + " != Content-Length " + std::to_string(len) +
               " + 4");
  block.resize(len);
  if (r->uri.find('<') != std::string::npos) err("angle brackets in WARC-Target-URI");
  if (r->type != "warcinfo") {
    if (r->uri.empty()) err("no WARC-Target-URI");
    if (h["WARC-Block-Digest"] != CheckSha1B32(block)) err("block digest mismatch for " + r->uri);
  }
  if (r->type == "response" || r->type == "revisit") {
    size_t e = block.find("\r\n\r\n");
    if (block.rfind("HTTP/", 0) != 0 || e == std::string::npos) return err("response block is not HTTP");
    r->http_status = std::atoi(block.substr(block.find(' ') + 1, 3).c_str());
    r->status_line = CheckStrip(block.substr(0, block.find('\n')));
    r->payload = block.substr(e + 4);
    if (r->type == "response") {
      if (h["WARC-Payload-Digest"] != CheckSha1B32(r->payload)) err("payload digest mismatch for " + r->uri);
      if (h["Content-Type"] != "application/http; msgtype=response") err("bad Content-Type");
      // Decoded storage: no live coding headers may remain.
      std::string head = block.substr(0, e + 2);
      for (const char* bad : {"\r\nContent-Encoding:", "\r\nTransfer-Encoding:"})
        if (head.find(bad) != std::string::npos) err(std::string("stored head keeps ") + bad);
      std::string cl = "\r\nContent-Length: " + std::to_string(r->payload.size()) + "\r\n";
      if (head.find(cl) == std::string::npos) err("stored head lacks the true Content-Length");
    } else {
      if (r->profile.empty()) err("revisit without WARC-Profile");
      if (!r->payload.empty()) err("revisit with a payload");
    }
  }
  if (r->type == "request" && r->concurrent.empty()) err("request without WARC-Concurrent-To");
}

inline WarcCheck CheckWarcFile(const std::string& path) {
  WarcCheck out;
  std::ifstream f(path, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  size_t off = 0;
  while (off < data.size()) {
    z_stream zs{};
    inflateInit2(&zs, 15 + 16);
    zs.next_in = reinterpret_cast<Bytef*>(data.data() + off);
    zs.avail_in = static_cast<uInt>(data.size() - off);
    std::string rec;
    char buf[65536];
    int rc;
    do {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof buf;
      rc = inflate(&zs, Z_NO_FLUSH);
      rec.append(buf, sizeof buf - zs.avail_out);
    } while (rc == Z_OK);
    size_t used = zs.total_in;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) {
      out.errors.push_back("torn or damaged gzip member at " + std::to_string(off));
      break;
    }
    CheckedRecord r;
    r.offset = off;
    r.length = used;
    CheckRecord(rec, &r, &out.errors);
    out.records.push_back(std::move(r));
    off += used;
  }
  if (out.records.empty() || out.records[0].type != "warcinfo")
    out.errors.push_back("first record is not warcinfo");
  // Pairs.
  std::map<std::string, const CheckedRecord*> by_id;
  for (const auto& r : out.records) by_id[r.id] = &r;
  for (const auto& r : out.records) {
    if (r.type != "request") continue;
    auto it = by_id.find(r.concurrent);
    if (it == by_id.end()) {
      out.errors.push_back("request " + r.id + " points at a missing record");
    } else if (it->second->date != r.date || it->second->uri != r.uri) {
      out.errors.push_back("request/response pair differs in date or URI: " + r.uri);
    }
  }
  // CDXJ.
  std::string cdxj = path.substr(0, path.size() - std::string(".warc.gz").size()) + ".cdxj";
  std::ifstream c(cdxj);
  if (!c) {
    out.errors.push_back("no CDXJ beside " + path);
    return out;
  }
  std::map<uint64_t, const CheckedRecord*> by_off;
  for (const auto& r : out.records) by_off[r.offset] = &r;
  std::string line;
  size_t lines = 0, captures = 0;
  for (const auto& r : out.records) captures += (r.type == "response" || r.type == "revisit");
  while (std::getline(c, line)) {
    if (line.empty()) continue;
    ++lines;
    size_t brace = line.find('{');
    auto j = nlohmann::json::parse(line.substr(brace), nullptr, false);
    if (j.is_discarded()) {
      out.errors.push_back("CDXJ line is not JSON: " + line);
      continue;
    }
    uint64_t o = std::stoull(j.value("offset", "0"));
    uint64_t l = std::stoull(j.value("length", "0"));
    auto it = by_off.find(o);
    if (it == by_off.end() || it->second->length != l || it->second->uri != j.value("url", "")) {
      out.errors.push_back("CDXJ offset/length/url do not match a member: " + line);
    }
  }
  if (lines != captures)
    out.errors.push_back("CDXJ has " + std::to_string(lines) + " lines for " + std::to_string(captures) +
                         " captures");
  return out;
}

}  // namespace hirewire::testing
