// Extract speed over every fundus-dev page (../shared/corpus/fundus-dev), against the floor of
// a gumbo pipeline measured in the same run: gumbo parse + a full tree walk alone.
// Target (issue 2): BM_ExtractArticle costs at most 1.5x BM_GumboParseWalk (>= 8 MB/s).
// Both report bytes/s (SetBytesProcessed) and pages/s (items).
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/input.h"
#include "extract/article.h"

namespace {

const std::vector<std::string>& Pages() {
  static const std::vector<std::string>* pages = [] {
    auto* v = new std::vector<std::string>();
    std::filesystem::path dir = std::filesystem::path(HIREWIRE_SHARED_DIR) / "corpus" / "fundus-dev";
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->path().extension() == ".gz") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      auto html = hirewire::Gunzip(ss.str(), 256u << 20);
      if (html.ok()) v->push_back(std::move(html).value());
    }
    return v;
  }();
  return *pages;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const std::string& p : Pages()) n += p.size();
  return n;
}

// Walks the whole tree iteratively and sums text bytes (so the walk is not optimized away).
size_t WalkText(const GumboNode* root) {
  size_t text = 0;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      text += std::char_traits<char>::length(n->v.text.text);
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& c = n->v.element.children;
      for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    } else if (n->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& c = n->v.document.children;
      for (unsigned i = 0; i < c.length; ++i) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  return text;
}

void BM_GumboParseWalk(benchmark::State& state) {
  const auto& pages = Pages();
  for (auto _ : state) {
    for (const std::string& p : pages) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, p.data(), p.size());
      benchmark::DoNotOptimize(WalkText(out->root));
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
}
BENCHMARK(BM_GumboParseWalk)->Unit(benchmark::kMillisecond);

void BM_ExtractArticle(benchmark::State& state) {
  const auto& pages = Pages();
  hirewire::extract::PageContext ctx;
  for (auto _ : state) {
    for (const std::string& p : pages) {
      auto a = hirewire::extract::ExtractArticle(p, ctx);
      benchmark::DoNotOptimize(a);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
}
BENCHMARK(BM_ExtractArticle)->Unit(benchmark::kMillisecond);

}  // namespace
