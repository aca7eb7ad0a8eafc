// A departure told of a descriptor subject, the person named in the next sentence (twenty-eighth session,
// docs/events.md, branch eveng28):
//
//   "The president of Carrow University resigned Thursday after months of clashes with trustees. / Helen
//   Brandt, who had led the public university since 2019, said in a letter …"
//
// The subject is "the TITLE of ORG" or "ORG's TITLE" (a frames.tsv title row, a few lower-case words before
// it), right before a self departure trigger (past "has" / "will" and adverbs in -ly); the person is the one
// whose name opens the next sentence (the first of the next paragraph when the sentence ends its own) and
// whose apposition names no other organization. Not when that person has an event of their own.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/text.h"
#include "normalize/english_shapes.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"
#include "normalize/frames.h"

namespace hirewire::normalize {
using namespace events_detail;

namespace {

bool Lower(char c) { return c >= 'a' && c <= 'z'; }

const Entity* OrgAt(const Article& a, int para, size_t start, size_t end, bool whole, size_t* ms,
                    size_t* me) {
  for (const Entity& e : a.entities)
    if (IsOrgType(e.type))
      for (const Mention& m : e.mentions)
        if (m.paragraph == para && static_cast<size_t>(m.start) >= start &&
            static_cast<size_t>(m.end) <= end &&
            (!whole || (static_cast<size_t>(m.start) == start && static_cast<size_t>(m.end) == end))) {
          *ms = static_cast<size_t>(m.start), *me = static_cast<size_t>(m.end);
          return &e;
        }
  return nullptr;
}

// `words` (lower-case) is a title row, after at most two lower-case modifiers ("longtime", "embattled").
bool TitleWords(std::string_view words, std::string* title) {
  for (int skip = 0; skip <= 2; ++skip) {
    for (const FrameReader::Row& r : FrameReader::Default().rows())
      if (r.kind == "title" && r.lang == "en" && words == r.text) return *title = r.text, true;
    const size_t sp = words.find(' ');
    if (sp == std::string_view::npos) return false;
    for (size_t k = 0; k < sp; ++k)
      if (!Lower(words[k]) && words[k] != '-') return false;
    words.remove_prefix(sp + 1);
  }
  return false;
}

// The subject ending at `end` of the sentence [s, end): "the TITLE of ORG" or "ORG's TITLE", opening the
// sentence (past a dateline's dash). The organization, and its title in *title; nullptr when none.
const Entity* DescriptorBefore(const Article& a, int para, std::string_view lower, size_t s, size_t end,
                               std::string* title) {
  size_t ms = 0, me = 0;
  auto opens = [&](size_t at) {
    if (at == s) return true;
    const std::string_view before = lower.substr(s, at - s);
    return before.ends_with("\xE2\x80\x94 ") || before.ends_with("-- ") || before.ends_with(" - ");
  };
  // "the president of Carrow University"
  for (size_t the = lower.find("the ", s); the != std::string_view::npos && the < end;
       the = lower.find("the ", the + 1)) {
    if (!opens(the)) continue;
    const size_t of = lower.find(" of ", the);
    if (of == std::string_view::npos || of >= end) return nullptr;
    if (!TitleWords(lower.substr(the + 4, of - the - 4), title)) return nullptr;
    return OrgAt(a, para, of + 4, end, true, &ms, &me);
  }
  // "Carrow University's president"
  const size_t poss = lower.rfind("'s ", end);
  if (poss == std::string_view::npos || poss < s) return nullptr;
  if (!TitleWords(lower.substr(poss + 3, end - poss - 3), title)) return nullptr;
  const Entity* org = OrgAt(a, para, s, poss, false, &ms, &me);
  return org && me == poss && opens(ms) ? org : nullptr;
}

// The English self-departure trigger texts of frames.tsv, gathered once (this runs at every word).
const std::vector<std::string>& SelfDepartureTriggers() {
  static const std::vector<std::string> texts = FrameReader::Default().Texts("trigger", "en", "depart:self");
  return texts;
}

// The departure trigger at `at` of `lower`, or after "has " and adverbs in -ly there.
bool DepartureAt(std::string_view lower, size_t at) {
  for (int guard = 0; guard < 3; ++guard) {
    for (const std::string& text : SelfDepartureTriggers())
      if (lower.substr(at).starts_with(text) &&
          (at + text.size() >= lower.size() || !Lower(lower[at + text.size()])))
        return true;
    const size_t sp = lower.find(' ', at);
    if (sp == std::string_view::npos) return false;
    const std::string_view w = lower.substr(at, sp - at);
    if (!(w == "has" || (w.size() > 4 && w.ends_with("ly")))) return false;
    at = sp + 1;
  }
  return false;
}

}  // namespace

namespace events_detail {

void DescriptorSubjectDepartures(const Article& article, const Context& ctx, std::vector<Event>* events) {
  std::vector<Event> add;
  ForEachLatinParagraph(article, [&](int para, const std::string& lower, const ArticleSpans& spans) {
    const size_t pi = static_cast<size_t>(para);
    for (size_t si = 0; si < spans[pi].size(); ++si) {
      const size_t s = static_cast<size_t>(spans[pi][si].first),
                   e = static_cast<size_t>(spans[pi][si].second);
      // The subject ends where a departure trigger starts.
      const Entity* org = nullptr;
      std::string title;
      size_t verb = s;
      for (size_t sp = lower.find(' ', s); sp != std::string::npos && sp < e && sp - s < 160 && !org;
           sp = lower.find(' ', sp + 1))
        if (DepartureAt(lower, sp + 1) && (org = DescriptorBefore(article, para, lower, s, sp, &title)))
          verb = sp + 1;
      if (!org || verb == s) continue;
      // The person opening the next sentence.
      int np = para;
      size_t ns = 0;
      if (si + 1 < spans[pi].size())
        ns = static_cast<size_t>(spans[pi][si + 1].first);
      else if (pi + 1 < spans.size() && !spans[pi + 1].empty())
        np = para + 1, ns = static_cast<size_t>(spans[pi + 1][0].first);
      else
        continue;
      int ps = 0, pe = 0;
      const Entity* person = MentionIn(article, np, ns, ns + 1, true, &ps, &pe);
      if (!person) continue;
      // Its apposition or relative clause names no other organization ("John Ames, an analyst at Veritas,
      // said").
      const std::string& next = article.paragraphs[static_cast<size_t>(np)];
      size_t close = next.find(", ", static_cast<size_t>(pe) + 2);
      if (next.compare(static_cast<size_t>(pe), 2, ", ") != 0) close = static_cast<size_t>(pe);
      if (close == std::string::npos) close = next.size();
      size_t ms = 0, me = 0;
      const Entity* other = OrgAt(article, np, static_cast<size_t>(pe), close, false, &ms, &me);
      if (other && other != org) continue;
      const std::string& name = ctx.Name(*person);
      auto same = [&](const Event& ev) {
        return ev.candidate_kind == CandidateKind::kPerson && SamePersonName(ev.candidate, name);
      };
      if (std::any_of(events->begin(), events->end(), same) || std::any_of(add.begin(), add.end(), same))
        continue;
      Event d;
      d.type = EventType::kDeparture;
      d.employer = org->canonical.empty() ? org->name : org->canonical;
      d.candidate = name;
      d.candidate_kind = CandidateKind::kPerson;
      d.role = title;
      d.outcome = Outcome::kLeft;
      d.timeline = {"left"};
      d.evidence.push_back({para, static_cast<int>(s), static_cast<int>(e)});
      d.confidence = Confidence(d);
      add.push_back(std::move(d));
    }
  });
  for (Event& d : add) events->push_back(std::move(d));
}

}  // namespace events_detail
}  // namespace hirewire::normalize
