// A counted team that was the aim of a bid for its company, in an article that tells the bid failed
// ("누리웹은 보이스랩의 음성합성 연구인력 12명을 확보하기 위해 … 인수 협상을 벌여 왔으나 …" under "누리웹,
// 보이스랩 인수 무산"; "Corvane tried to buy Quillfeather and absorb its 30-person research team. Those talks
// collapsed in July"): the team's offer or hire is a failed acquisition attempt (docs/events.md, thirty-ninth
// session, branch evmulti39).
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/text.h"
#include "normalize/cues.h"
#include "normalize/events.h"
#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {
namespace {

struct Said {
  int para = 0, start = 0;
  std::string_view text;
  std::string lower;
  bool acquire = false, fail = false, done = false, bought = false;
};

// The sentence holds a cue row of kind cue and `value` (cues.tsv: Korean substrings, English whole words).
bool HasCue(const Said& s, bool english, std::string_view value) {
  for (const std::string& t : CueTextsOf("cue", english ? "en" : "ko", value))
    if (FindCueText(s.lower, t, english) != std::string::npos) return true;
  return false;
}

// The sentence tells a hire or a join as done: a hire or join row not inside an intent row ("sought to hire")
// and, in English, not an infinitive ("to hire", "to join": the aim of the bid).
bool TellsMoveDone(const Said& s, bool english) {
  const std::string_view lang = english ? "en" : "ko";
  std::vector<std::pair<size_t, size_t>> intents;
  for (const std::string& t : CueTextsOf("cue", lang, "intent"))
    for (size_t f = FindCueText(s.lower, t, english); f != std::string::npos;
         f = FindCueText(s.lower, t, english, f + 1))
      intents.emplace_back(f, f + t.size());
  for (const std::string_view value : {"hire", "join"})
    for (const std::string& t : CueTextsOf("cue", lang, value))
      for (size_t f = FindCueText(s.lower, t, english); f != std::string::npos;
           f = FindCueText(s.lower, t, english, f + 1)) {
        const bool in_intent = std::any_of(intents.begin(), intents.end(), [&](const auto& i) {
          return f >= i.first && f + t.size() <= i.second;
        });
        const bool infinitive = english && f >= 3 && std::string_view(s.lower).substr(f - 3, 3) == "to ";
        if (!in_intent && !infinitive) return true;
      }
  return false;
}

// Every sentence of the article with what it says: a purchase, a failure, a hire or join told as done.
std::vector<Said> ReadSentences(const Article& a) {
  std::vector<Said> out;
  const ParagraphSentences spans = ArticleSentences(a);
  for (size_t pi = 0; pi < spans.size(); ++pi)
    for (const auto& [b, e] : spans[pi]) {
      Said s;
      s.para = static_cast<int>(pi);
      s.start = b;
      s.text = std::string_view(a.paragraphs[pi]).substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
      s.lower = AsciiLower(s.text);
      const bool english = !IsKoreanText(s.text);
      s.acquire = HasCue(s, english, "acquire");
      s.fail = HasCue(s, english, "fail");
      s.done = TellsMoveDone(s, english);
      for (const std::string& t : CueTextsOf("deal", english ? "en" : "ko", "bought"))
        s.bought = s.bought || FindCueText(s.lower, t, english) != std::string::npos;
      out.push_back(std::move(s));
    }
  return out;
}

bool IsEvidence(const Event& e, const Said& s) {
  return std::any_of(e.evidence.begin(), e.evidence.end(),
                     [&](const Evidence& x) { return x.paragraph == s.para && x.start == s.start; });
}

bool NamesCompany(const Said& s, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) {
    return !n.empty() && s.text.find(n) != std::string_view::npos;
  });
}

// The team's own sentences aim a purchase at it and tell no hire and no purchase done (cues.tsv deal rows of
// value bought: "has acquired Lumina Labs, bringing its roughly 20 engineers …" after a rival's talks fell
// through); a failure is told in one of them, in their paragraph, or in a sentence of a purchase that names
// the team's company.
bool AimOfFailedBid(const Article& a, const std::vector<Said>& said, const Event& g) {
  std::vector<std::string> names = OwnSpellings(a, g.previous_employer);
  names.push_back(g.previous_employer);
  bool aim = false, failed = false;
  for (const Said& s : said) {
    const bool own = IsEvidence(g, s);
    if (own && (s.done || s.bought)) return false;  // a hire or a purchase made: no failed bid for this team
    aim = aim || (own && s.acquire);
    const bool in_para = std::any_of(g.evidence.begin(), g.evidence.end(),
                                     [&](const Evidence& x) { return x.paragraph == s.para; });
    failed = failed || (s.fail && (own || in_para || (s.acquire && NamesCompany(s, names))));
  }
  return aim && failed;
}

// One company under a full and a short name ("마린테크엔지니어링" and "마린테크", "Quillfeather Inc." and
// "Quillfeather").
bool SameCompany(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return l.compare(0, s.size(), s) == 0;
}

}  // namespace

void TeamsOfFailedTakeovers(const Article& article, std::vector<Event>* events) {
  std::vector<Event>& ev = *events;
  const bool any_fail_group = std::any_of(ev.begin(), ev.end(), [](const Event& e) {
    return e.candidate_kind == CandidateKind::kGroup && e.type == EventType::kAcquisitionAttempt;
  });
  if (any_fail_group) return;  // the team of the bid was read already; another group is a hire of its own
  std::vector<Said> said;
  std::vector<bool> drop(ev.size(), false);
  for (Event& g : ev) {
    if (g.candidate_kind != CandidateKind::kGroup || g.candidate_count <= 0 ||
        (g.type != EventType::kOffer && g.type != EventType::kHire) || g.outcome == Outcome::kFailed)
      continue;
    if (said.empty()) said = ReadSentences(article);
    if (!AimOfFailedBid(article, said, g)) continue;
    g.type = EventType::kAcquisitionAttempt;
    g.outcome = Outcome::kFailed;
    if (g.timeline.empty() || g.timeline.back() != "failed") g.timeline.push_back("failed");
    // The attempt on the company itself is this one.
    for (size_t j = 0; j < ev.size(); ++j)
      if (&ev[j] != &g && ev[j].type == EventType::kAcquisitionAttempt &&
          ev[j].candidate_kind == CandidateKind::kCompany && SameOrUnit(ev[j].employer, g.employer) &&
          SameCompany(ev[j].candidate, g.previous_employer))
        drop[j] = true;
  }
  size_t k = 0;
  std::erase_if(ev, [&](const Event&) { return drop[k++]; });
}

}  // namespace hirewire::normalize::events_detail
