#include "normalize/amount_roles.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/entity_words.h"
#include "normalize/cues.h"
#include "normalize/employer_names.h"

namespace hirewire::normalize {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

AmountRole RoleOfValue(std::string_view v) {
  if (v == "pay" || v == "payment") return AmountRole::kPay;
  if (v == "nonpay") return AmountRole::kNonPay;
  if (v == "price") return AmountRole::kPrice;
  return AmountRole::kUnknown;
}

// Past the amount ending at `end` and its parenthesised gloss ("3억 달러(약 4100억원)").
int SkipGloss(std::string_view p, int end) {
  size_t i = static_cast<size_t>(end);
  while (i < p.size() && p[i] == ' ') ++i;
  if (i >= p.size() || p[i] != '(') return end;
  size_t close = p.find(')', i);
  return close != std::string_view::npos && close - i <= 48 ? static_cast<int>(close) + 1 : end;
}

// The nearest marker row in [lo, start) (distance to the amount's start), inside the amount's own
// surface [start, end) ("연봉 4억원": distance 0) or in [after, hi) (distance from `after`). A payment word
// ("paid", "paying": value "payment") says money changes hands, not what for: it is pay only when no other
// marker is in reach ("paying $2.4 billion in licensing fees").
AmountRole NearestMarker(std::string_view p, int start, int end, int after, int lo, int hi) {
  std::string lower(p.substr(0, static_cast<size_t>(hi)));
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  // The distance of row `r`'s nearest occurrence in reach, or -1.
  auto distance = [&](const CueRow& r) {
    const bool en = r.lang == "en";
    std::string_view hay = en ? std::string_view(lower) : p.substr(0, static_cast<size_t>(hi));
    int best_d = -1;
    for (int from : {lo, start, after}) {
      int to = from == lo ? start : from == start ? end : hi;
      for (size_t f = hay.find(r.text, static_cast<size_t>(from));
           f != std::string_view::npos && static_cast<int>(f) < to; f = hay.find(r.text, f + 1)) {
        int b = static_cast<int>(f), e = b + static_cast<int>(r.text.size());
        if (e > to) break;
        if (en && ((b > 0 && IsWordByte(hay[b - 1])) ||
                   (static_cast<size_t>(e) < hay.size() && IsWordByte(hay[e]))))
          continue;
        int d = from == lo ? start - e : from == start ? 0 : b - after;
        if (best_d < 0 || d < best_d) best_d = d;
      }
    }
    return best_d;
  };
  // At equal distance the longer row decides: it holds the shorter one ("current salary" before
  // "salary", "currently earns" before "earns").
  AmountRole best = AmountRole::kUnknown;
  int best_d = 1 << 30;
  size_t best_len = 0;
  bool payment = false;
  for (const CueRow& r : CueLexicon::Default().rows()) {
    if (r.kind != "amount") continue;
    const int d = distance(r);
    if (d < 0) continue;
    if (r.value == "payment") {
      payment = true;
    } else if (d < best_d || (d == best_d && r.text.size() > best_len)) {
      best_d = d;
      best_len = r.text.size();
      best = RoleOfValue(r.value);
    }
  }
  return best == AmountRole::kUnknown && payment ? AmountRole::kPay : best;
}

AmountRole RoleNear(std::string_view p, int start, int end, int clause_start, int clause_end,
                    const std::vector<std::pair<int, int>>& others) {
  clause_start = std::max(clause_start, 0);
  clause_end = std::min(clause_end, static_cast<int>(p.size()));
  const int after = std::min(SkipGloss(p, end), clause_end);
  int lo = std::max(clause_start, start - kAmountMarkerBefore);
  int hi = std::min(clause_end, after + kAmountMarkerAfter);
  for (const auto& [ob, oe] : others) {
    if (ob >= start && oe <= after) continue;  // the amount's own gloss
    if (oe <= start && oe > lo) lo = oe;
    if (ob >= after && ob < hi) hi = ob;
  }
  for (int i = start - 1; i >= lo; --i)
    if (p[i] == ';' || (p[i] == '.' && i + 1 < static_cast<int>(p.size()) && p[i + 1] == ' ')) {
      lo = i + 1;
      break;
    }
  for (int i = after; i < hi; ++i)
    if (p[i] == ';' || p[i] == ',' ||
        (p[i] == '.' && (i + 1 >= static_cast<int>(p.size()) || p[i + 1] == ' '))) {
      hi = i;
      break;
    }
  return NearestMarker(p, start, end, after, lo, hi);
}

// A kind-of-organization noun (en_company_cue words: startup, firm; employer_names subject_noun rows:
// fund, lender, bank).
bool OrgKindNoun(std::string_view w) {
  if (extract::EntityWords::Default().Has(extract::WordList::kEnCompanyCue, w)) return true;
  for (const EmployerNameRow& r : EmployerNameTable::Default().rows())
    if (r.kind == "subject_noun" && r.lang == "en" && r.text == w) return true;
  return false;
}

// A pay marker row of the cue table (kind amount, value pay: offer, package, salary).
bool PayWord(std::string_view w) {
  for (const CueRow& r : CueLexicon::Default().rows())
    if (r.kind == "amount" && r.lang == "en" && r.value == "pay" && r.text == w) return true;
  return false;
}

// The lower-case word of `p` starting at `at` (letters and hyphens), empty when none.
std::string_view LowerWordAt(std::string_view p, size_t at) {
  size_t e = at;
  while (e < p.size() && ((p[e] >= 'a' && p[e] <= 'z') || p[e] == '-')) ++e;
  return p.substr(at, e - at);
}

// An organization's size, never pay: the amount as the attribute of a kind-of-organization noun
// after an article ("the $18 billion multistrategy firm", "a $2 billion hedge fund": at most two
// words between), or "valued at" right after such a noun ("the San Francisco startup valued at $14
// billion").
bool OrganizationSize(std::string_view p, int start, int end) {
  const std::string_view before = p.substr(0, static_cast<size_t>(start));
  if (before.ends_with(" valued at ")) {
    const size_t e = before.size() - std::string_view(" valued at ").size();
    const size_t b = before.rfind(' ', e - 1);
    const size_t from = b == std::string_view::npos ? 0 : b + 1;
    if (e > from && OrgKindNoun(before.substr(from, e - from))) return true;
  }
  const bool attribute = before.ends_with("the ") || before.ends_with("The ") || before.ends_with("a ") ||
                         before.ends_with("A ") || before.ends_with("an ");
  if (!attribute) return false;
  size_t at = static_cast<size_t>(end);
  for (int word = 0; word < 3 && at < p.size() && p[at] == ' '; ++word) {
    const std::string_view w = LowerWordAt(p, at + 1);
    if (w.empty()) return false;
    at += 1 + w.size();
    // The noun heads the phrase: no pay word after it ("a $10 million rival offer").
    if (OrgKindNoun(w)) return !(at < p.size() && p[at] == ' ' && PayWord(LowerWordAt(p, at + 1)));
  }
  return false;
}

}  // namespace

AmountRole AmountRoleIn(const Article& a, int idx, int clause_start, int clause_end) {
  if (idx < 0 || static_cast<size_t>(idx) >= a.money.size()) return AmountRole::kUnknown;
  const Amount& m = a.money[idx];
  if (m.period == "per_share") return AmountRole::kNonPay;
  if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) return AmountRole::kUnknown;
  const std::string& p = a.paragraphs[m.paragraph];
  if (m.start < 0 || m.end > static_cast<int>(p.size()) || m.start >= m.end) return AmountRole::kUnknown;
  if (OrganizationSize(p, m.start, m.end)) return AmountRole::kNonPay;
  std::vector<std::pair<int, int>> others;
  for (size_t j = 0; j < a.money.size(); ++j)
    if (static_cast<int>(j) != idx && a.money[j].paragraph == m.paragraph)
      others.emplace_back(a.money[j].start, a.money[j].end);
  const AmountRole r = RoleNear(p, m.start, m.end, clause_start, clause_end, others);
  // A yearly, monthly or hourly figure with no marker near is what someone is paid ("Reyes' deal is
  // worth $5 million a year"): companies are not bought by the year, and revenue, budgets and
  // investment have marker words of their own.
  if (r == AmountRole::kUnknown && (m.period == "annual" || m.period == "monthly" || m.period == "hourly"))
    return AmountRole::kPay;
  return r;
}

AmountRole AmountRoleAt(std::string_view text, int start, int end) {
  if (OrganizationSize(text, start, end)) return AmountRole::kNonPay;
  return RoleNear(text, start, end, 0, static_cast<int>(text.size()), {});
}

std::string_view AmountRoleName(AmountRole r) {
  switch (r) {
    case AmountRole::kPay: return "pay";
    case AmountRole::kNonPay: return "nonpay";
    case AmountRole::kPrice: return "price";
    case AmountRole::kUnknown: break;
  }
  return "unknown";
}

}  // namespace hirewire::normalize
