// Fuzz target for the HTML article extractor (extract/article.h): any bytes in, never a crash,
// hang or unbounded memory. Inputs are capped at 1 MiB and the DOM depth at 200 so that a run
// stays fast; the first byte picks the transport charset and HTML vs text mode.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr const char* kTypes[] = {"", "text/html; charset=utf-8", "text/html; charset=euc-kr",
                                           "text/html; charset=shift_jis", "text/html; charset=windows-1252"};
  uint8_t mode = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  hirewire::extract::PageContext ctx;
  ctx.source = "fuzz";
  ctx.url = "https://fuzz.example/a/b";
  ctx.content_type = kTypes[mode % 5];
  ctx.fetched_at = "2025-08-01T00:00:00Z";
  hirewire::extract::ExtractOptions opts;
  opts.max_input_bytes = 1u << 20;
  opts.max_tree_depth = 200;
  opts.max_paragraphs = 500;
  auto r = (mode & 0x80) ? hirewire::extract::ArticleFromText(bytes, ctx, opts)
                         : hirewire::extract::ExtractArticle(bytes, ctx, opts);
  if (r.ok()) {
    size_t total = 0;
    for (const auto& p : r->paragraphs) total += p.size();
    (void)total;
  }
  return 0;
}
