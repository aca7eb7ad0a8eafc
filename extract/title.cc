#include "extract/title.h"

#include <unicode/uchar.h>

#include <array>
#include <utility>
#include <vector>

#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/content.h"
#include "extract/html_dom.h"

namespace hirewire::extract {
namespace {

// Separators between a topic kicker and the headline ("Kicker: Headline", "Kicker – Headline").
constexpr std::array<std::string_view, 6> kKickerSeps = {": ", " – ", " — ", " - ", "： ", "："};

// The headline part of "Kicker<sep>Headline" whose key is `want`; "" when there is none.
// The kicker is short: at most 80 bytes.
std::string AfterKicker(std::string_view title, std::string_view want) {
  for (std::string_view sep : kKickerSeps) {
    size_t pos = title.find(sep);
    while (pos != std::string_view::npos && pos > 0 && pos <= 80) {
      std::string_view rest = title.substr(pos + sep.size());
      if (TitleKey(rest) == want) return CollapseSpace(rest, IsHtmlSpace);
      pos = title.find(sep, pos + sep.size());
    }
  }
  return "";
}

// The site suffix that <title> adds to a metadata title: "<title> = T + sep + S" where T has
// the key `key`; "" when <title> is not built that way.
std::string TitleTagSuffix(std::string_view title_tag, std::string_view key) {
  static constexpr std::string_view kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " · ",
                                               "｜",  " / ", " » ", "-",   "|",    "ㅣ"};
  for (std::string_view sep : kSeps) {
    size_t pos = title_tag.rfind(sep);
    while (pos != std::string_view::npos && pos > 0) {
      if (TitleKey(title_tag.substr(0, pos)) == key) return std::string(title_tag.substr(pos));
      if (pos == 0) break;
      pos = title_tag.rfind(sep, pos - 1);
    }
  }
  return "";
}

struct Candidate {
  std::string text;
  std::string key;
};

Candidate MakeCandidate(std::string_view raw, const metadata::PageMeta& m) {
  Candidate c;
  c.text =
      metadata::StripSiteName(html::DecodeCharacterReferences(CollapseSpace(raw, IsHtmlSpace)), m.site_name);
  c.key = TitleKey(c.text);
  return c;
}

// Removes from `c` a section/site suffix ("Headline | Sport") that <title> also carries after
// the same headline, when a visible heading shows the headline without it.
void StripSharedSuffix(const metadata::PageMeta& m, Candidate* c) {
  const std::string title_tag = metadata::StripSiteName(m.title_tag, m.site_name);
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " · "}) {
    size_t pos = c->text.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string tail = c->text.substr(pos);
    if (tail.size() > 40 || !EndsWith(title_tag, tail)) continue;
    std::string head = c->text.substr(0, pos);
    const std::string head_key = TitleKey(head);
    bool shown = false;
    for (const metadata::PageMeta::Heading& h : m.headings) shown = shown || TitleKey(h.text) == head_key;
    if (!shown) continue;
    std::string suffix = TitleTagSuffix(title_tag, head_key);
    if (!suffix.empty() && TitleKey(suffix) == TitleKey(tail)) {
      c->text = std::move(head);
      c->key = TitleKey(c->text);
      return;
    }
  }
}

// How well a visible heading backs a metadata title, and the title as the page shows it.
struct Agreement {
  int strength = 0;  // 0 none, 1 breadcrumb/SEO copy only, 2 heading = kicker + title, 3 same words
  std::string text;
};

Agreement AgreeWithHeading(const Candidate& c, const metadata::PageMeta& m) {
  Agreement best;
  if (c.key.size() < 4) return best;
  auto offer = [&](int strength, const metadata::PageMeta::Heading& h, std::string text) {
    if (h.breadcrumb) strength = 1;
    if (strength > best.strength) best = {strength, std::move(text)};
  };
  for (const metadata::PageMeta::Heading& h : m.headings) {
    std::string hk = TitleKey(h.text);
    if (hk == c.key) {
      // "Kicker: Headline" in the metadata, while the heading shows kicker and headline as
      // two parts without the colon: the headline part is the title the reader sees.
      if (!h.tail.empty() && h.text.find(':') == std::string::npos) {
        std::string tail_key = TitleKey(h.tail);
        std::string t = tail_key.size() < c.key.size() ? AfterKicker(c.text, tail_key) : "";
        if (!t.empty()) {
          offer(3, h, std::move(t));
          continue;
        }
      }
      offer(3, h, c.text);
    } else if (hk.size() > c.key.size() && c.key.size() >= 12 && EndsWith(hk, c.key)) {
      offer(2, h, c.text);  // a kicker element before the title inside the heading
    } else if (hk.size() >= 12 && hk.size() < c.key.size()) {
      // A kicker and colon before the heading in the metadata title ("LIVE: ...").
      if (std::string t = AfterKicker(c.text, hk); !t.empty()) offer(2, h, std::move(t));
    }
  }
  return best;
}

}  // namespace

std::string TitleKey(std::string_view title) {
  std::string out;
  for (size_t i = 0; i < title.size();) {
    char32_t cp = DecodeUtf8(title, &i);
    if (cp == kReplacementChar || !u_isalnum(static_cast<UChar32>(cp))) continue;
    AppendUtf8(&out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  }
  return out;
}

std::string ChooseTitle(const metadata::PageMeta& m) {
  std::vector<Candidate> metas;
  for (const std::string* raw : {&m.og_title, &m.ld_headline, &m.twitter_title}) {
    if (raw->empty()) continue;
    Candidate c = MakeCandidate(*raw, m);
    StripSharedSuffix(m, &c);
    if (!c.key.empty()) metas.push_back(std::move(c));
  }
  // A JSON-LD headline with the same words as OpenGraph's is the article's own spelling.
  if (metas.size() >= 2 && !m.og_title.empty() && !m.ld_headline.empty() && metas[0].key == metas[1].key)
    metas.erase(metas.begin());
  const std::string ld_key = m.ld_headline.empty() ? "" : MakeCandidate(m.ld_headline, m).key;
  Agreement best;
  bool ld_unseen = false;  // a JSON-LD headline that no heading shows
  for (const Candidate& c : metas) {
    Agreement a = AgreeWithHeading(c, m);
    if (!ld_key.empty() && c.key == ld_key) ld_unseen = a.strength == 0;
    if (a.strength > best.strength) best = std::move(a);
  }
  // The publisher's own headline field, set apart from the display headline, is the title.
  if (best.strength >= 2 && !ld_unseen) return best.text;

  if (!m.ld_headline.empty()) {
    Candidate ld = MakeCandidate(m.ld_headline, m);
    if (!ld.key.empty()) return ld.text;
  }
  std::string title_key = TitleKey(m.title_tag);
  for (const std::string& h : m.h1s) {
    std::string hk = TitleKey(h);
    if (hk.size() >= 4 && title_key.find(hk) != std::string::npos && hk.size() * 3 >= title_key.size())
      return html::DecodeCharacterReferences(h);
  }
  if (!metas.empty()) return metas.front().text;
  if (!m.h1s.empty()) return html::DecodeCharacterReferences(m.h1s.front());
  if (!m.title_tag.empty()) return MakeCandidate(m.title_tag, m).text;
  return "";
}

}  // namespace hirewire::extract
