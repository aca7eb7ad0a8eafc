// What the benchmarks share: the fundus-dev pages (every ../shared/corpus/fundus-dev/**/*.gz,
// gunzipped, in path order) and their size, the gumbo floor the page benchmarks measure
// against (parse + a full tree walk), and thread CPU time (the machine is shared: wall time
// would count other processes).
//
// Thread-safety: FundusDevPages loads once (a function-local static); the rest are pure.
#pragma once

#include <gumbo.h>
#include <time.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "corpus/input.h"

namespace hirewire::bench {

inline const std::vector<std::string>& FundusDevPages() {
  static const std::vector<std::string>* pages = [] {
    namespace fs = std::filesystem;
    auto* v = new std::vector<std::string>();
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it =
             fs::recursive_directory_iterator(fs::path(HIREWIRE_SHARED_DIR) / "corpus" / "fundus-dev", ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->path().extension() == ".gz") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto html = Gunzip(gz, 256u << 20);
      if (html.ok()) v->push_back(std::move(html).value());
    }
    return v;
  }();
  return *pages;
}

inline size_t FundusDevBytes() {
  size_t n = 0;
  for (const std::string& p : FundusDevPages()) n += p.size();
  return n;
}

// Walks the whole gumbo tree iteratively and sums text bytes (so the walk is not optimized away).
inline size_t GumboWalkText(const GumboNode* root) {
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

// CPU time of the calling thread, in seconds.
inline double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace hirewire::bench
