#include "app/pipeline.h"

#include "extract/analysis.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/dedup.h"
#include "normalize/events.h"

namespace hirewire::app {

struct Pipeline::Impl {
  PipelineOptions opts;
  std::unique_ptr<extract::MoneyScanner> money;
  std::unique_ptr<extract::EntityRecognizer> entities;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& opts) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->impl_->opts = opts;
  if (opts.money || opts.events) {
    auto m = extract::MoneyScanner::Create();
    if (!m.ok()) return m.status();
    p->impl_->money = std::move(m).value();
  }
  if (opts.entities || opts.events) {
    auto e = extract::EntityRecognizer::Create();
    if (!e.ok()) return e.status();
    p->impl_->entities = std::move(e).value();
  }
  return p;
}

Result<Article> Pipeline::Process(const Page& page) const {
  extract::PageContext ctx;
  ctx.source = page.source;
  ctx.url = page.url;
  ctx.content_type = page.content_type;
  ctx.fetched_at = page.fetched_at;
  ctx.country = impl_->opts.country;
  Result<Article> r = page.is_text ? extract::ArticleFromText(page.body, ctx, impl_->opts.extract)
                                   : extract::ExtractArticle(page.body, ctx, impl_->opts.extract);
  if (!r.ok()) return r;
  Article& a = r.value();
  a.warnings.insert(a.warnings.begin(), page.warnings.begin(), page.warnings.end());
  Enrich(&a, page.fetched_at);
  return r;
}

void Pipeline::Enrich(Article* a, std::string_view crawl_date) const {
  const PipelineOptions& o = impl_->opts;
  if (o.dedup) normalize::DedupParagraphs(a);
  // One sentence analysis per paragraph, shared by money, entities and events.
  const extract::SentenceAnalyzer* analyzer = extract::SentenceAnalyzer::Default();
  if (analyzer && (impl_->money || impl_->entities || o.events)) analyzer->AnalyzeArticle(a);
  if (impl_->money) {
    impl_->money->ScanArticle(a);
    normalize::ConvertOptions convert = o.convert;
    if (convert.date.empty() && crawl_date.size() >= 10) convert.date = std::string(crawl_date.substr(0, 10));
    normalize::ConvertAmounts(a, convert);
  }
  if (impl_->entities) {
    a->entities = impl_->entities->Recognize(*a);
    extract::IndexMentions(a);
  }
  if (o.events) {
    a->events = normalize::BuildEvents(*a, o.event_options);
    const std::string& src = a->url.empty() ? a->source : a->url;
    for (Event& e : a->events)
      if (e.sources.empty()) e.sources.push_back(src);
  }
  if (!o.money) {
    a->money.clear();
    a->multipliers.clear();
  }
  if (!o.entities) a->entities.clear();
  if (!o.keep_analysis) std::vector<ParagraphAnalysis>().swap(a->analysis);  // scratch of this pipeline run
}

}  // namespace hirewire::app
