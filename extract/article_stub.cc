// PLACEHOLDER until the HTML extractor lands (issue 2): a crude text dump so the CLI runs.
#include "extract/article.h"

namespace hirewire::extract {

Result<Article> ExtractArticle(std::string_view bytes, const PageContext& ctx, const ExtractOptions& opts) {
  Article a;
  a.source = ctx.source;
  a.url = ctx.url;
  a.warnings.push_back("html extractor not built yet");
  return a;
}

Result<Article> ArticleFromText(std::string_view bytes, const PageContext& ctx, const ExtractOptions& opts) {
  Article a;
  a.source = ctx.source;
  a.url = ctx.url;
  std::string cur;
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) a.paragraphs.emplace_back(line);
    pos = nl + 1;
  }
  return a;
}

}  // namespace hirewire::extract
