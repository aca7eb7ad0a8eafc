#include "app/report.h"

#include <algorithm>
#include <cstdio>

namespace hirewire::app {
namespace {

using Json = nlohmann::ordered_json;

std::string Esc(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Only http(s) links become hrefs; anything else is shown as text.
bool SafeUrl(const std::string& u) { return u.rfind("http://", 0) == 0 || u.rfind("https://", 0) == 0; }

std::string Num(int64_t v) { return GroupDigits(std::to_string(v)); }

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

int64_t Int(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<int64_t>() : 0;
}

Json OfferJson(const Offer& o) {
  return {{"value", o.value},      {"currency", o.currency},
          {"usd", o.usd},          {"krw", o.krw},
          {"rate", o.rate},        {"rate_source", o.rate_source},
          {"terms", o.terms},      {"derivation", o.derivation},
          {"response", o.response}};
}

std::string OfferHtml(const Offer& o) {
  std::string s = "<div class=\"amt\">";
  if (!o.usd.empty()) s += "<b>$" + Esc(GroupDigits(o.usd)) + "</b>";
  if (!o.krw.empty()) s += (o.usd.empty() ? "" : " · ") + std::string("₩") + Esc(GroupDigits(o.krw));
  if (o.usd.empty() && o.krw.empty()) s += Esc(GroupDigits(o.value) + " " + o.currency);
  if (!o.rate.empty())
    s += "<br><small>rate " + Esc(GroupDigits(o.rate)) + " KRW/USD" +
         (o.rate_source.empty() ? "" : " (" + Esc(o.rate_source) + ")") + "</small>";
  if (!o.derivation.empty()) s += "<br><small>" + Esc(o.derivation) + "</small>";
  if (!o.response.empty()) s += " <small>" + Esc(o.response) + "</small>";
  return s + "</div>";
}

constexpr const char* kStyle = R"css(
:root{--fg:#1d2430;--muted:#5d6677;--line:#d9dee7;--new:#1f6feb;--upd:#8fb8f6;--bad:#c62828;--bg:#fff}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans KR",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:12px}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:2px solid var(--line);padding-bottom:.2em}
.meta{color:var(--muted)}.cards{display:flex;flex-wrap:wrap;gap:8px;margin:.6em 0}
.card{border:1px solid var(--line);border-radius:6px;padding:6px 10px;min-width:110px}.card b{display:block;font-size:1.3em}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.93em}
th,td{border-bottom:1px solid var(--line);padding:5px 6px;text-align:left;vertical-align:top}
th{background:#f3f5f8;position:sticky;top:0}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.tag{display:inline-block;border-radius:4px;padding:0 5px;font-size:.85em;color:#fff;background:var(--new)}
.tag.updated{background:#6b7c99}.ev{max-width:34em}.ev q{quotes:"\201C" "\201D"}
.amt small,.ev small{color:var(--muted)}.alert{color:var(--bad);font-weight:600}
svg{width:100%;max-width:760px;height:auto;display:block}svg text{font:11px system-ui,sans-serif;fill:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.empty{color:var(--muted);font-style:italic}
@media (max-width:640px){body{font-size:14px;padding:8px}td,th{padding:4px}
 #tonight-events thead{display:none}#tonight-events tr{display:block;border-bottom:2px solid var(--line);padding:6px 0}
 #tonight-events td{display:block;border:0;padding:1px 0}.ev{max-width:none}
 #tonight-events td[data-label]:not(:empty)::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}}
@media print{body{max-width:none;font-size:11px}.scroll{overflow:visible}th{position:static}
 a{color:inherit;text-decoration:none}.ev a::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
 section{break-inside:avoid-page}tr{break-inside:avoid}}
)css";

std::string Head(const std::string& title) {
  return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:\">"
         "<title>" +
         Esc(title) + "</title><style>" + kStyle + "</style></head><body>\n";
}

// Events per night: one stacked bar (new, updated) per day of the window.
std::string HistorySvg(const ReportInput& in) {
  std::map<std::string, std::pair<int64_t, int64_t>> by_date;
  for (const HistoryPoint& h : in.history) {
    auto& p = by_date[h.date];
    p.first += h.events_new;
    p.second += h.events_updated;
  }
  if (by_date.empty()) return "<p class=\"empty\">No runs yet.</p>";
  int64_t max = 1;
  for (const auto& [d, p] : by_date) max = std::max(max, p.first + p.second);
  const int w = 720, h = 180, left = 34, bottom = 22, top = 8;
  const int n = std::max(in.report_days, 1);
  const double slot = static_cast<double>(w - left - 4) / n;
  // Day index of each date: days back from the report's own date (the rightmost slot).
  auto days_back = [&](const std::string& d) {
    auto num = [](const std::string& s) {
      int y = std::atoi(s.substr(0, 4).c_str()), m = std::atoi(s.substr(5, 2).c_str()),
          dd = std::atoi(s.substr(8, 2).c_str());
      // Days from civil (Howard Hinnant).
      y -= m <= 2;
      const int era = (y >= 0 ? y : y - 399) / 400;
      const int yoe = y - era * 400;
      const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
      const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return era * 146097 + doe - 719468;
    };
    return num(in.date) - num(d);
  };
  std::string s = "<svg id=\"history-chart\" viewBox=\"0 0 " + std::to_string(w) + " " + std::to_string(h) +
                  "\" role=\"img\" aria-label=\"Events per night, last " + std::to_string(in.report_days) +
                  " days\" xmlns=\"http://www.w3.org/2000/svg\">";
  const int plot_h = h - bottom - top;
  s += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(h - bottom) + "\" x2=\"" +
       std::to_string(w - 4) + "\" y2=\"" + std::to_string(h - bottom) + "\" stroke=\"#9aa3b2\"/>";
  s += "<text x=\"" + std::to_string(left - 4) + "\" y=\"" + std::to_string(top + 8) +
       "\" text-anchor=\"end\">" + std::to_string(max) + "</text><text x=\"" + std::to_string(left - 4) +
       "\" y=\"" + std::to_string(h - bottom) + "\" text-anchor=\"end\">0</text>";
  for (const auto& [d, p] : by_date) {
    int back = days_back(d);
    if (back < 0 || back >= n) continue;
    double x = left + (n - 1 - back) * slot + slot * 0.15;
    double bw = std::max(slot * 0.7, 2.0);
    double hn = static_cast<double>(p.first) / static_cast<double>(max) * plot_h;
    double hu = static_cast<double>(p.second) / static_cast<double>(max) * plot_h;
    double base = h - bottom;
    std::string tip = d + ": " + std::to_string(p.first) + " new, " + std::to_string(p.second) + " updated";
    s += "<g class=\"night\"><title>" + Esc(tip) + "</title>";
    s += "<rect x=\"" + Fixed(x, 1) + "\" y=\"" + Fixed(base - hn, 1) + "\" width=\"" + Fixed(bw, 1) +
         "\" height=\"" + Fixed(hn, 1) + "\" fill=\"#1f6feb\"/>";
    s += "<rect x=\"" + Fixed(x, 1) + "\" y=\"" + Fixed(base - hn - hu, 1) + "\" width=\"" + Fixed(bw, 1) +
         "\" height=\"" + Fixed(hu, 1) + "\" fill=\"#8fb8f6\"/></g>";
  }
  s += "<text x=\"" + std::to_string(left) + "\" y=\"" + std::to_string(h - 6) + "\">" +
       std::to_string(n - 1) + " days ago</text>";
  s += "<text x=\"" + std::to_string(w - 4) + "\" y=\"" + std::to_string(h - 6) + "\" text-anchor=\"end\">" +
       Esc(in.date) + "</text>";
  s += "<rect x=\"" + std::to_string(w / 2 - 70) + "\" y=\"" + std::to_string(h - 15) +
       "\" width=\"9\" height=\"9\" fill=\"#1f6feb\"/><text x=\"" + std::to_string(w / 2 - 58) + "\" y=\"" +
       std::to_string(h - 7) + "\">new</text><rect x=\"" + std::to_string(w / 2 - 20) + "\" y=\"" +
       std::to_string(h - 15) + "\" width=\"9\" height=\"9\" fill=\"#8fb8f6\"/><text x=\"" +
       std::to_string(w / 2 - 8) + "\" y=\"" + std::to_string(h - 7) + "\">updated</text>";
  return s + "</svg>";
}

std::vector<std::pair<std::string, OfferCount>> TopEmployers(const ReportInput& in, size_t limit) {
  std::vector<std::pair<std::string, OfferCount>> v(in.offers_by_employer.begin(),
                                                    in.offers_by_employer.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second.offers != b.second.offers ? a.second.offers > b.second.offers
                                              : a.second.events > b.second.events;
  });
  if (v.size() > limit) v.resize(limit);
  return v;
}

std::string OffersSvg(const ReportInput& in) {
  auto top = TopEmployers(in, 12);
  if (top.empty()) return "<p class=\"empty\">No events in the store.</p>";
  int64_t max = 1;
  for (const auto& [e, c] : top) max = std::max(max, std::max(c.offers, c.events));
  const int w = 520, row = 22, label = 170, h = row * static_cast<int>(top.size()) + 6;
  std::string s = "<svg id=\"offers-chart\" viewBox=\"0 0 " + std::to_string(w) + " " + std::to_string(h) +
                  "\" role=\"img\" aria-label=\"Offers by employer\" xmlns=\"http://www.w3.org/2000/svg\">";
  for (size_t i = 0; i < top.size(); ++i) {
    const auto& [emp, c] = top[i];
    int y = static_cast<int>(i) * row + 3;
    double bw_e = static_cast<double>(c.events) / static_cast<double>(max) * (w - label - 40);
    double bw_o = static_cast<double>(c.offers) / static_cast<double>(max) * (w - label - 40);
    std::string name = emp.size() > 28 ? emp.substr(0, 26) + "…" : emp;
    s += "<g><title>" +
         Esc(emp + ": " + std::to_string(c.offers) + " offers, " + std::to_string(c.events) + " events") +
         "</title>";
    s += "<text x=\"" + std::to_string(label - 6) + "\" y=\"" + std::to_string(y + 14) +
         "\" text-anchor=\"end\">" + Esc(name) + "</text>";
    s += "<rect x=\"" + std::to_string(label) + "\" y=\"" + std::to_string(y + 2) + "\" width=\"" +
         Fixed(bw_e, 1) + "\" height=\"16\" fill=\"#d5e3fb\"/>";
    s += "<rect x=\"" + std::to_string(label) + "\" y=\"" + std::to_string(y + 6) + "\" width=\"" +
         Fixed(bw_o, 1) + "\" height=\"8\" fill=\"#1f6feb\"/>";
    s += "<text x=\"" + Fixed(label + std::max(bw_e, bw_o) + 4, 1) + "\" y=\"" + std::to_string(y + 14) +
         "\">" + std::to_string(c.offers) + " / " + std::to_string(c.events) + "</text></g>";
  }
  return s + "</svg>";
}

std::string CountTable(const char* id, const char* key_head, const Json& obj) {
  if (!obj.is_object() || obj.empty()) return "<p class=\"empty\" id=\"" + std::string(id) + "\">none</p>";
  std::string s = "<table id=\"" + std::string(id) + "\"><thead><tr><th>" + key_head +
                  "</th><th class=\"n\">count</th></tr></thead><tbody>";
  for (const auto& [k, v] : obj.items())
    s += "<tr><td>" + Esc(k) + "</td><td class=\"n\">" + Num(v.is_number() ? v.get<int64_t>() : 0) +
         "</td></tr>";
  return s + "</tbody></table>";
}

std::string Card(const std::string& label, const std::string& value) {
  return "<div class=\"card\"><b>" + Esc(value) + "</b>" + Esc(label) + "</div>";
}

std::string TonightTable(const ReportInput& in) {
  if (in.tonight.empty())
    return "<p class=\"empty\" id=\"tonight-none\">No new or updated events tonight.</p>";
  std::string s =
      "<div class=\"scroll\"><table id=\"tonight-events\"><thead><tr><th></th><th>Employer</th><th>Candidate</th>"
      "<th>From</th><th>Amounts (USD · KRW)</th><th>Outcome</th><th>Evidence</th></tr></thead><tbody>\n";
  for (const TonightEvent& t : in.tonight) {
    const Event& e = t.event;
    std::string cand = e.candidate;
    if (e.candidate_count >= 0) cand += " (" + std::to_string(e.candidate_count) + ")";
    std::string offers;
    for (const Offer& o : e.offers) offers += OfferHtml(o);
    std::string outcome = Esc(std::string(OutcomeName(e.outcome)));
    if (e.timeline.size() > 1) {
      std::string tl;
      for (size_t i = 0; i < e.timeline.size(); ++i) tl += (i ? " → " : "") + e.timeline[i];
      outcome += "<br><small>" + Esc(tl) + "</small>";
    }
    std::string ev = t.evidence.empty() ? "" : "<q>" + Esc(t.evidence) + "</q><br>";
    if (SafeUrl(t.source_url))
      ev += "<small><a href=\"" + Esc(t.source_url) + "\">" + Esc(t.title.empty() ? t.source_url : t.title) +
            "</a></small>";
    else if (!t.source_url.empty())
      ev += "<small>" + Esc(t.source_url) + "</small>";
    if (e.sources.size() > 1) ev += " <small>(" + std::to_string(e.sources.size()) + " sources)</small>";
    s += "<tr data-employer=\"" + Esc(e.employer) + "\" data-candidate=\"" + Esc(e.candidate) +
         "\" data-change=\"" + Esc(t.change) + "\"><td><span class=\"tag " + Esc(t.change) + "\">" +
         Esc(t.change) + "</span></td><td data-label=\"Employer\">" + Esc(e.employer) +
         "</td><td data-label=\"Candidate\">" + Esc(cand) + "<br><small>" +
         Esc(std::string(EventTypeName(e.type))) + (e.role.empty() ? "" : ", " + Esc(e.role)) +
         "</small></td><td data-label=\"From\">" + Esc(e.previous_employer) +
         "</td><td data-label=\"Amounts\">" + offers + "</td><td data-label=\"Outcome\">" + outcome +
         "</td><td class=\"ev\">" + ev + "</td></tr>\n";
  }
  return s + "</tbody></table></div>";
}

std::string HostTable(const ReportInput& in) {
  const Json& hosts = in.extract.contains("hosts") ? in.extract["hosts"] : Json::object();
  if (hosts.empty()) return "<p class=\"empty\">No responses stored.</p>";
  std::string s =
      "<div class=\"scroll\"><table id=\"crawl-hosts\"><thead><tr><th>Host</th><th class=\"n\">responses</th>"
      "<th class=\"n\">bytes</th><th class=\"n\">4xx/5xx</th></tr></thead><tbody>";
  for (const auto& [h, v] : hosts.items())
    s += "<tr><td>" + Esc(h) + "</td><td class=\"n\">" + Num(Int(v, "responses")) + "</td><td class=\"n\">" +
         Num(Int(v, "bytes")) + "</td><td class=\"n\">" + Num(Int(v, "errors")) + "</td></tr>";
  return s + "</tbody></table></div>";
}

// Hosts that backed off after timeouts, 429 or 5xx answers (crawl summary "backoff_hosts").
std::string BackoffTable(const ReportInput& in) {
  const Json& hosts = in.crawl.contains("backoff_hosts") ? in.crawl["backoff_hosts"] : Json::object();
  if (hosts.empty()) return "<p class=\"empty\">No host backed off.</p>";
  std::string s =
      "<div class=\"scroll\"><table id=\"crawl-backoff\"><thead><tr><th>Host</th>"
      "<th class=\"n\">back-offs</th><th class=\"n\">paused</th><th class=\"n\">longest wait (s)</th>"
      "</tr></thead><tbody>";
  for (const auto& [h, v] : hosts.items())
    s += "<tr><td>" + Esc(h) + "</td><td class=\"n\">" + Num(Int(v, "backoffs")) + "</td><td class=\"n\">" +
         Num(Int(v, "paused")) + "</td><td class=\"n\">" + Fixed(v.value("longest_wait_s", 0.0), 1) +
         "</td></tr>";
  return s + "</tbody></table></div>";
}

std::string SiteTable(const ReportInput& in) {
  const Json& sites = in.crawl.contains("sites") ? in.crawl["sites"] : Json::object();
  if (sites.empty()) return "";
  std::string s =
      "<div class=\"scroll\"><table id=\"crawl-sites\"><thead><tr><th>Site</th><th class=\"n\">fetched</th>"
      "<th class=\"n\">new</th><th class=\"n\">unchanged</th><th class=\"n\">errors</th></tr></thead><tbody>";
  for (const auto& [h, v] : sites.items())
    s += "<tr><td>" + Esc(h) + "</td><td class=\"n\">" + Num(Int(v, "fetched")) + "</td><td class=\"n\">" +
         Num(Int(v, "new")) + "</td><td class=\"n\">" + Num(Int(v, "unchanged")) + "</td><td class=\"n\">" +
         Num(Int(v, "errors")) + "</td></tr>";
  return s + "</tbody></table></div>";
}

}  // namespace

std::string GroupDigits(const std::string& d) {
  size_t start = (!d.empty() && (d[0] == '-' || d[0] == '+')) ? 1 : 0;
  size_t end = d.find('.');
  if (end == std::string::npos) end = d.size();
  for (size_t i = start; i < end; ++i)
    if (d[i] < '0' || d[i] > '9') return d;  // not a plain decimal: leave it
  std::string out = d.substr(0, start);
  for (size_t i = start; i < end; ++i) {
    out += d[i];
    size_t left = end - i - 1;
    if (left > 0 && left % 3 == 0) out += ',';
  }
  return out + d.substr(end);
}

Json ReportJson(const ReportInput& in) {
  Json j;
  j["run"] = in.run_id;
  j["date"] = in.date;
  Json tonight = Json::array();
  for (const TonightEvent& t : in.tonight) {
    const Event& e = t.event;
    Json offers = Json::array();
    for (const Offer& o : e.offers) offers.push_back(OfferJson(o));
    tonight.push_back({{"change", t.change},
                       {"type", EventTypeName(e.type)},
                       {"employer", e.employer},
                       {"candidate", e.candidate},
                       {"previous_employer", e.previous_employer},
                       {"role", e.role},
                       {"offers", offers},
                       {"outcome", OutcomeName(e.outcome)},
                       {"timeline", e.timeline},
                       {"evidence", t.evidence},
                       {"source_url", t.source_url},
                       {"sources", e.sources}});
  }
  j["tonight"] = tonight;
  Json history = Json::array();
  for (const HistoryPoint& h : in.history)
    history.push_back(
        {{"run", h.run}, {"date", h.date}, {"new", h.events_new}, {"updated", h.events_updated}});
  j["history_days"] = in.report_days;
  j["history"] = history;
  Json offers = Json::array();
  for (const auto& [emp, c] : TopEmployers(in, in.offers_by_employer.size()))
    offers.push_back({{"employer", emp}, {"offers", c.offers}, {"events", c.events}});
  j["offers_by_employer"] = offers;
  j["crawl"] = {{"pages", Int(in.crawl, "fetched")},
                {"new", Int(in.crawl, "new")},
                {"unchanged", Int(in.crawl, "unchanged")},
                {"bytes", Int(in.crawl, "bytes")},
                {"status_codes", in.extract.value("status_codes", Json::object())},
                {"errors", in.crawl.value("errors", Json::object())},
                {"error_count", Int(in.crawl, "error_count")},
                {"robots_denials", Int(in.crawl, "disallowed")},
                {"retries", Int(in.crawl, "retries")},
                {"hosts", in.extract.value("hosts", Json::object())},
                {"sites", in.crawl.value("sites", Json::object())},
                {"backoff_hosts", in.crawl.value("backoff_hosts", Json::object())},
                {"warc_files", in.crawl.value("warc_files", Json::array())}};
  j["extraction"] = {{"pages", Int(in.extract, "pages")},
                     {"articles", Int(in.extract, "articles")},
                     {"failed", Int(in.extract, "failed")},
                     {"empty_bodies", Int(in.extract, "empty_bodies")},
                     {"languages", in.extract.value("languages", Json::object())},
                     {"charset_warnings", Int(in.extract, "charset_warnings")},
                     {"warnings", in.extract.value("warnings", Json::object())}};
  j["store"] = {{"events", in.store_events}, {"articles", in.store_articles}};
  return j;
}

std::string ReportHtml(const ReportInput& in) {
  int64_t added = 0, updated = 0;
  for (const TonightEvent& t : in.tonight) (t.change == "new" ? added : updated) += 1;
  std::string s = Head("hirewire nightly " + in.run_id);
  s += "<header><h1>hirewire nightly report</h1><p class=\"meta\">Run <b>" + Esc(in.run_id) + "</b> · " +
       Esc(in.date) + " (UTC) · store: " + Num(in.store_events) + " events from " + Num(in.store_articles) +
       " articles · <a href=\"../../index.html\">all runs</a></p>";
  s += "<div class=\"cards\">" + Card("new events", Num(added)) + Card("updated events", Num(updated)) +
       Card("pages fetched", Num(Int(in.crawl, "fetched"))) +
       Card("articles", Num(Int(in.extract, "articles"))) +
       Card("crawl errors", Num(Int(in.crawl, "error_count"))) + "</div></header>\n";
  s +=
      "<section id=\"tonight\"><h2>Tonight's new and updated events</h2>" + TonightTable(in) + "</section>\n";
  s += "<section id=\"history\"><h2>Events per night, last " + std::to_string(in.report_days) + " days</h2>" +
       HistorySvg(in) + "</section>\n";
  s +=
      "<section id=\"offers\"><h2>Offers by employer</h2><p class=\"meta\">offers / events in the store, top 12</p>" +
      OffersSvg(in) + "</section>\n";
  s += "<section id=\"crawl\"><h2>Crawl health</h2><div class=\"cards\">" +
       Card("pages", Num(Int(in.crawl, "fetched"))) + Card("new", Num(Int(in.crawl, "new"))) +
       Card("unchanged", Num(Int(in.crawl, "unchanged"))) +
       Card("MB received", Fixed(Int(in.crawl, "bytes") / 1e6, 1)) +
       Card("robots denials", Num(Int(in.crawl, "disallowed"))) +
       Card("retries (back-off)", Num(Int(in.crawl, "retries"))) +
       Card("left queued", Num(Int(in.crawl, "queued_left"))) +
       "</div><div class=\"grid\"><div><h3>Status codes</h3>" +
       CountTable("crawl-status", "status", in.extract.value("status_codes", Json::object())) +
       "</div><div><h3>Errors by kind</h3>" +
       CountTable("crawl-errors", "kind", in.crawl.value("errors", Json::object())) +
       "</div></div><h3>Per host</h3>" + HostTable(in) + "<h3>Per site</h3>" + SiteTable(in) +
       "<h3>Hosts backing off</h3>" + BackoffTable(in) + "</section>\n";
  s += "<section id=\"extraction\"><h2>Extraction health</h2><div class=\"cards\">" +
       Card("pages", Num(Int(in.extract, "pages"))) + Card("articles", Num(Int(in.extract, "articles"))) +
       Card("failed", Num(Int(in.extract, "failed"))) +
       Card("empty bodies", Num(Int(in.extract, "empty_bodies"))) +
       Card("charset warnings", Num(Int(in.extract, "charset_warnings"))) +
       "</div><div class=\"grid\"><div><h3>Languages</h3>" +
       CountTable("extract-languages", "language", in.extract.value("languages", Json::object())) +
       "</div><div><h3>Warnings by kind</h3>" +
       CountTable("extract-warnings", "kind", in.extract.value("warnings", Json::object())) +
       "</div></div></section>\n";
  s +=
      "<footer class=\"meta\"><p>Generated by hirewire nightly; JSON twin: report.json.</p></footer></body></html>\n";
  return s;
}

std::string IndexHtml(const std::vector<Json>& runs) {
  std::string s = Head("hirewire nightly runs");
  s +=
      "<h1>hirewire nightly runs</h1><div class=\"scroll\"><table id=\"runs\"><thead><tr><th>Run</th><th>Status</th>"
      "<th class=\"n\">pages</th><th class=\"n\">articles</th><th class=\"n\">new</th><th class=\"n\">updated</th>"
      "<th class=\"n\">errors</th></tr></thead><tbody>\n";
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    const Json& r = *it;
    std::string id = r.value("run", "");
    std::string status = r.value("status", "");
    std::string alerts;
    if (r.contains("alerts"))
      for (const auto& a : r["alerts"]) alerts += (alerts.empty() ? "" : "; ") + a.get<std::string>();
    s += "<tr><td><a href=\"runs/" + Esc(id) + "/report.html\">" + Esc(id) + "</a></td><td" +
         (status == "ok" ? "" : " class=\"alert\"") + ">" + Esc(status) +
         (alerts.empty() ? "" : ": " + Esc(alerts)) + "</td><td class=\"n\">" + Num(Int(r, "pages")) +
         "</td><td class=\"n\">" + Num(Int(r, "articles")) + "</td><td class=\"n\">" +
         Num(Int(r, "events_new")) + "</td><td class=\"n\">" + Num(Int(r, "events_updated")) +
         "</td><td class=\"n\">" + Num(Int(r, "errors")) + "</td></tr>\n";
  }
  return s + "</tbody></table></div></body></html>\n";
}

}  // namespace hirewire::app
