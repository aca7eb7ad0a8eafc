// Throughput of the text utilities over the fundus-dev pages (UTF-8) and the same pages
// re-encoded where possible, with a memcpy of the same bytes as the in-run baseline:
//   BM_CopyBaseline         memcpy of every page (the floor any decoder pays)
//   BM_DecodeUtf8FastPath   DecodeToUtf8 on the UTF-8 pages (validation + copy)
//   BM_DecodeEucKr          DecodeToUtf8 on the Korean sample pages encoded in EUC-KR
//   BM_DetectLanguage       DetectLanguage on the first 64 KiB of every page
// Report bytes/s; compare DecodeUtf8FastPath against CopyBaseline in the same run.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/decode.h"
#include "extract/language.h"

namespace {

std::string Gunzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return "";
  std::string out;
  char buf[65536];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

const std::vector<std::string>& Pages() {
  static const std::vector<std::string>* pages = [] {
    auto* v = new std::vector<std::string>;
    std::filesystem::path dir = std::string(HIREWIRE_SHARED_DIR) + "/corpus/fundus-dev";
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->path().extension() == ".gz") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) v->push_back(Gunzip(f.string()));
    return v;
  }();
  return *pages;
}

const std::vector<std::string>& EucKrPages() {
  static const std::vector<std::string>* pages = [] {
    auto* v = new std::vector<std::string>;
    for (const char* name :
         {"/corpus/samples/ko-hiring-euckr-meta.html", "/corpus/samples/ko-hiring-euckr-nocharset.html",
          "/tests/data/charset/cp949_only_chars.html", "/tests/data/charset/euckr_no_charset.html"}) {
      std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + name, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      v->push_back(ss.str());
    }
    return v;
  }();
  return *pages;
}

int64_t TotalBytes(const std::vector<std::string>& pages) {
  int64_t n = 0;
  for (const auto& p : pages) n += static_cast<int64_t>(p.size());
  return n;
}

void BM_CopyBaseline(benchmark::State& state) {
  const auto& pages = Pages();
  std::string out;
  for (auto _ : state) {
    for (const auto& p : pages) {
      out.assign(p);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_CopyBaseline);

void BM_DecodeUtf8FastPath(benchmark::State& state) {
  const auto& pages = Pages();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto r = hirewire::extract::DecodeToUtf8(p, "text/html; charset=utf-8");
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_DecodeUtf8FastPath);

void BM_DecodeEucKr(benchmark::State& state) {
  const auto& pages = EucKrPages();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto r = hirewire::extract::DecodeToUtf8(p, "");
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_DecodeEucKr);

void BM_DetectLanguage(benchmark::State& state) {
  const auto& pages = Pages();
  int64_t bytes = 0;
  for (const auto& p : pages) bytes += static_cast<int64_t>(std::min<size_t>(p.size(), 64 << 10));
  for (auto _ : state) {
    for (const auto& p : pages) {
      std::string lang = hirewire::extract::DetectLanguage(std::string_view(p).substr(0, 64 << 10), "");
      benchmark::DoNotOptimize(lang);
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_DetectLanguage);

}  // namespace
