// The people a failed bid was for (docs/events.md, "Failed bids and groups, twenty-ninth session"):
// the Korean team written after the target ("에이비랩의 항체 연구팀 8명", "마린디자인랩이 보유한 설계
// 엔지니어 42명", "소리마루의 연구팀 확보"), the bid's team repeated as a group move at the bidder, and the
// founders a bid was aimed at.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/events/internal.h"

namespace hirewire::normalize::events_detail {
namespace {

// words between the target's link and the team noun ("항체", "거대언어모델(LLM)")
constexpr int kTeamModifiers = 2;

// The word of `p` from `at` to the next space, comma or full stop.
size_t WordEnd(std::string_view p, size_t at) {
  const size_t we = p.find_first_of(" ,.\n", at);
  return we == std::string_view::npos ? p.size() : we;
}

// Whether the word [at, we) ends in a Korean object, subject or topic particle or a verb ending: no modifier
// of a team noun ("주주들과", "인수를", "보유한").
bool ClosedWord(std::string_view p, size_t at, size_t we) {
  for (const char* tail :
       {"을", "를", "이", "가", "은", "는", "과", "와", "에", "로", "한", "된", "던", "고", "며", "서"})
    if (we >= at + std::string_view(tail).size() && EndsWithAt(p, we, tail)) return true;
  return false;
}

// Whether every sentence of `g` lies inside a sentence of `t` (the team read again from the sentence that
// told the bid's aim: "코어텍은 … 연구진 20명을 확보하는 것을 인수의 핵심 조건으로", a group hire with no
// origin).
bool ToldWithin(const Event& g, const Event& t) {
  return !g.evidence.empty() && std::all_of(g.evidence.begin(), g.evidence.end(), [&](const Evidence& x) {
    return std::any_of(t.evidence.begin(), t.evidence.end(), [&](const Evidence& y) {
      return x.paragraph == y.paragraph && x.start >= y.start && x.end <= y.end;
    });
  });
}

}  // namespace

int KoreanTeamAfter(std::string_view p, size_t end, std::string* label, bool* found) {
  *found = false;
  static const std::vector<std::string> links = CueRowsOf("bid_team", "link");
  static const std::vector<std::string> nouns = CueRowsOf("bid_team", "noun");
  size_t at = end;
  bool linked = false;
  for (const std::string& l : links)
    if (!linked && StartsWith(p, at, l)) {
      at += l.size();
      linked = true;
    }
  if (!linked && !StartsWith(p, at, " ")) return -1;
  if (StartsWith(p, at, " ")) ++at;
  for (int word = 0; word <= kTeamModifiers && at < p.size(); ++word) {
    const size_t we = WordEnd(p, at);
    if (we == at) return -1;
    // A group noun closing the word ("연구진", "소프트웨어 엔지니어") with its count.
    for (const GroupNoun& g : GroupNouns()) {
      if (g.english) continue;
      for (size_t tail = 0; tail <= 6 && we >= at + tail + g.text.size();
           tail += 3) {  // a particle or two after it
        const size_t stem = we - tail;
        if (EndsWithAt(p, stem, g.text)) {
          const int n = ParseKoreanCount(p, stem - g.text.size(), stem);
          if (n > 0) {
            *label = g.label;
            *found = true;
            return n;
          }
        }
      }
    }
    // A team word ("연구팀", "설계팀"), counted or not.
    for (const std::string& t : nouns)
      for (size_t tail = 0; tail <= 3 && we >= at + tail + t.size(); tail += 3)
        if (EndsWithAt(p, we - tail, t)) {
          const int n = ParseKoreanCount(p, we - tail - t.size(), we - tail);
          *label = "team";
          *found = true;
          return n > 0 ? n : 0;
        }
    if (ClosedWord(p, at, we) || we >= p.size() || p[we] != ' ') return -1;
    at = we + 1;
  }
  return -1;
}

void PlannedTeamMoves(std::vector<Event>* events) {
  std::vector<bool> drop(events->size(), false);
  std::vector<Evidence> planned;  // the sentences that told the bid's team
  for (const Event& t : *events) {
    if (t.type != EventType::kAcquisitionAttempt || t.candidate_kind != CandidateKind::kGroup ||
        t.candidate_count <= 0 || t.previous_employer.empty())
      continue;
    const std::string from = " from " + t.previous_employer;
    for (size_t i = 0; i < events->size(); ++i) {
      const Event& g = (*events)[i];
      if (&g == &t || g.candidate_kind != CandidateKind::kGroup ||
          (g.type != EventType::kHire && g.type != EventType::kOffer) ||
          g.candidate_count != t.candidate_count || !SameOrUnit(g.employer, t.employer) ||
          !(SameOrUnit(g.previous_employer, t.previous_employer) || g.candidate.ends_with(from) ||
            (g.previous_employer.empty() && ToldWithin(g, t))))
        continue;
      drop[i] = true;
      planned.insert(planned.end(), g.evidence.begin(), g.evidence.end());
    }
    // A person the team's sentence names ("강민석 대표를 포함한 … 자문 인력 9명") with no sentence of their
    // own.
    for (size_t i = 0; i < events->size(); ++i) {
      const Event& p = (*events)[i];
      if (p.candidate_kind != CandidateKind::kPerson ||
          (p.type != EventType::kHire && p.type != EventType::kOffer) ||
          !SameOrUnit(p.employer, t.employer) || p.evidence.empty() ||
          !(p.previous_employer.empty() || SameOrUnit(p.previous_employer, t.previous_employer)))
        continue;
      drop[i] = std::all_of(p.evidence.begin(), p.evidence.end(), [&](const Evidence& x) {
        return std::find(planned.begin(), planned.end(), x) != planned.end();
      });
    }
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
}

namespace {

constexpr size_t kFounderListSpan = 100;  // bytes from a founder row to the last founder it lists
constexpr size_t kFounderOwnerSpan = 24;  // bytes before the row that name whose founders they are

// The sentence of paragraph `p` around byte `at` (". " and "다. " end sentences), as an Evidence.
Evidence SentenceAround(std::string_view p, int paragraph, size_t at) {
  size_t b = p.rfind(". ", at);
  b = b == std::string_view::npos ? 0 : b + 2;
  size_t e = p.find(". ", at);
  e = e == std::string_view::npos ? p.size() : e + 1;
  return Evidence{paragraph, static_cast<int>(b), static_cast<int>(e)};
}

// Whether the sentence before byte `r` of the lowercased paragraph states a bid's goal (cues.tsv bid_team
// goal rows: "aimed at bringing", "mainly to bring in", "노리고"), not a move made ("has instead hired the
// startup's co-founder").
bool GoalBefore(std::string_view lo, size_t r) {
  static const std::vector<std::string> goals = CueRowsOf("bid_team", "goal");
  size_t b = lo.rfind(". ", r);
  b = b == std::string_view::npos ? 0 : b + 2;
  const std::string_view before = lo.substr(b, r - b);
  for (const std::string& g : goals) {
    std::vector<size_t> at;
    FindAll(before, g, IsAsciiText(g), &at);
    if (!at.empty()) return true;
  }
  return false;
}

// The persons paragraph `p` lists after a founder row of the bid's target ("bringing the startup's
// co-founders Maya Feldstein and Tomas Ruiz into Orbis", "Kinetiq's co-founders, chief scientist Priya Raman
// and chief executive Daniel Osei"): the row's owner (the bytes before it) is the target or a company word's
// possessive, and the persons follow within kFounderListSpan bytes in its sentence, no other organization
// between.
std::vector<const Entity*> FoundersListed(const Article& a, int para,
                                          const std::vector<std::string>& target) {
  std::vector<const Entity*> out;
  const std::string& p = a.paragraphs[static_cast<size_t>(para)];
  const std::string lo = ToLowerAscii(p);
  for (const std::string& row : CuePhrases("founder")) {
    std::vector<size_t> at;
    FindAll(lo, row, IsAsciiText(row), &at);
    for (size_t r : at) {
      const size_t from = r > kFounderOwnerSpan ? r - kFounderOwnerSpan : 0;
      const std::string_view owner = std::string_view(p).substr(from, r - from);
      const bool of_target = std::any_of(target.begin(), target.end(),
                                         [&](const std::string& n) {
                                           return !n.empty() && owner.find(n) != std::string_view::npos;
                                         }) ||
                             std::string_view(lo).substr(from, r - from).ends_with("startup's ") ||
                             std::string_view(lo).substr(from, r - from).ends_with("company's ");
      if (!of_target || !GoalBefore(lo, r)) continue;
      const size_t row_end = r + row.size();
      size_t stop = p.find_first_of(".;", row_end);
      if (stop == std::string::npos) stop = p.size();
      stop = std::min(stop, row_end + kFounderListSpan);
      for (const Entity& en : a.entities) {
        const bool org = en.type != EntityType::kPerson;
        for (const Mention& m : en.mentions) {
          if (m.paragraph != para || static_cast<size_t>(m.start) < row_end ||
              static_cast<size_t>(m.end) > stop)
            continue;
          if (org) stop = std::min(stop, static_cast<size_t>(m.start));
        }
      }
      for (const Entity& en : a.entities)
        if (en.type == EntityType::kPerson)
          for (const Mention& m : en.mentions)
            if (m.paragraph == para && static_cast<size_t>(m.start) >= row_end &&
                static_cast<size_t>(m.end) <= stop && std::find(out.begin(), out.end(), &en) == out.end())
              out.push_back(&en);
    }
  }
  return out;
}

}  // namespace

void FoundersOfBids(const Article& a, std::vector<Event>* events) {
  std::vector<Event> added;
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& t = (*events)[i];
    if (t.type != EventType::kAcquisitionAttempt || t.candidate_kind != CandidateKind::kCompany ||
        t.outcome != Outcome::kFailed)
      continue;
    std::vector<std::string> target = OwnSpellings(a, t.candidate);
    target.push_back(t.candidate);
    struct Found {
      const Entity* entity;
      Evidence sentence;
      int at;  // the mention's start in the sentence's paragraph
    };
    std::vector<Found> founders;
    for (size_t para = 0; para < a.paragraphs.size(); ++para) {
      const bool near = std::any_of(t.evidence.begin(), t.evidence.end(), [&](const Evidence& x) {
        return static_cast<int>(para) == x.paragraph || static_cast<int>(para) == x.paragraph + 1;
      });
      if (!near) continue;
      for (const Entity* en : FoundersListed(a, static_cast<int>(para), target)) {
        size_t at = 0;
        for (const Mention& m : en->mentions)
          if (m.paragraph == static_cast<int>(para)) at = static_cast<size_t>(m.start);
        founders.push_back(
            {en, SentenceAround(a.paragraphs[para], static_cast<int>(para), at), static_cast<int>(at)});
      }
    }
    std::vector<Event> mine;
    for (const auto& [en, sentence, at] : founders) {
      const std::string& name = en->canonical.empty() ? en->name : en->canonical;
      bool elsewhere = false;
      for (size_t j = 0; j < events->size(); ++j) {
        const Event& o = (*events)[j];
        if (o.candidate_kind != CandidateKind::kPerson ||
            !(SamePersonName(o.candidate, name) || SamePersonName(o.candidate, en->name)))
          continue;
        // Their own move somewhere else, or told in a sentence of its own, stays theirs.
        const bool told_here = std::all_of(o.evidence.begin(), o.evidence.end(), [&](const Evidence& x) {
          return x.paragraph == sentence.paragraph && x.start <= at && at < x.end;
        });
        if (SameOrUnit(o.employer, t.employer) && told_here && o.type != EventType::kDeparture)
          drop[j] = true;
        else if (o.type != EventType::kDeparture)
          elsewhere = true;
      }
      if (elsewhere) continue;
      Event f = t;
      f.previous_employer = t.candidate;
      f.previous_employer_aliases = OwnSpellings(a, t.candidate);
      f.candidate = name;
      f.candidate_aliases.clear();
      f.candidate_kind = CandidateKind::kPerson;
      f.candidate_count = -1;
      f.offers.clear();
      f.evidence.push_back(sentence);
      mine.push_back(std::move(f));
    }
    if (mine.empty()) continue;
    drop[i] = true;
    for (Event& f : mine) added.push_back(std::move(f));
  }
  size_t k = 0;
  std::erase_if(*events, [&](const Event&) { return drop[k++]; });
  for (Event& f : added) events->push_back(std::move(f));
}

}  // namespace hirewire::normalize::events_detail
