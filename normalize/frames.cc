#include "normalize/frames.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "corpus/bigram_filter.h"
#include "corpus/text.h"
#include "corpus/utf8.h"
#include "extract/entity_words.h"
#include "normalize/employer_names.h"

namespace hirewire::normalize {
namespace {

constexpr int kArgumentWindow = 100;    // bytes between a trigger and its candidate
constexpr int kAffiliationWindow = 40;  // bytes between an organization and the person it describes
constexpr int kTitleWindow = 30;        // bytes between a title and the person holding it
constexpr int kConjunctLead = 30;       // bytes of descriptor before the subject opening a Korean conjunct
// bytes between a slot conjunct's person and its comma (" 한솔화학 영업본부장(부사장)이")
constexpr int kSlotPersonTail = 48;
constexpr int kTimeWindow = 40;        // bytes between a trigger and a past-time word
constexpr size_t kSpanWindow = 45;     // bytes between a span's 부터 and its 까지
constexpr int kKoSubjectWindow = 300;  // Korean: bytes between a subject/topic and its verb
// English: bytes after a start verb within which its date may stand ("will become vice president of
// Ford's battery engineering and manufacturing organisation, known internally as …, in January").
constexpr size_t kStartDateWindow = 160;

bool IsWordAt(std::string_view s, size_t pos, size_t len) {
  return (pos == 0 || !IsAsciiAlnum(s[pos - 1])) && (pos + len >= s.size() || !IsAsciiAlnum(s[pos + len]));
}
// An English plural "s" closing the word at `pos` ("vice president" + "s", "managing director" + "s").
bool PluralAt(std::string_view s, size_t pos) {
  return pos < s.size() && s[pos] == 's' && pos > 0 && IsAsciiAlnum(s[pos - 1]) && s[pos - 1] != 's' &&
         (pos + 1 >= s.size() || !IsAsciiAlnum(s[pos + 1]));
}
bool IsHangulText(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xEA && c <= 0xED) return true;
  }
  return false;
}
// The position of " as " at `pos` of lower-case text s, or after at most four words of letters,
// digits and periods between (an adverbial: "on april 1", "next month", "in january"); npos when
// another word, a comma or the clause end comes first.
size_t AsAfterAdverbial(std::string_view s, size_t pos) {
  for (int words = 0; words <= 4; ++words) {
    if (StartsWith(s, pos, " as ")) return pos;
    if (!StartsWith(s, pos, " ")) return std::string_view::npos;
    size_t q = pos + 1;
    while (q < s.size() &&
           (IsAsciiAlnum(s[q]) || (s[q] == '.' && q + 1 < s.size() && IsAsciiAlnum(s[q + 1]))))
      ++q;
    if (q == pos + 1) return std::string_view::npos;
    pos = q;
  }
  return std::string_view::npos;
}
size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  return pos;
}

// A four-digit year (19xx/20xx) in [b, e); `reshuffle` (optional) says a year names a reshuffle.
template <class Names>
bool HasYear(std::string_view s, size_t b, size_t e, Names reshuffle) {
  for (size_t i = b; i + 4 <= e && i + 4 <= s.size(); ++i) {
    if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))) continue;
    if (!(s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')) continue;
    if (i > 0 && (IsAsciiAlnum(s[i - 1]) || s[i - 1] == '$' || s[i - 1] == '.')) continue;
    if (i + 4 < s.size() && (IsAsciiAlnum(s[i + 4]) || s[i + 4] == '%')) continue;
    if (i >= 6 && s.substr(i - 6, 6) == "since ")
      continue;                      // a tenure ("CFO since 2019"), not the move's date
    if (reshuffle(i + 4)) continue;  // "2027년 정기 임원 인사": the reshuffle's name, not a past date
    return true;
  }
  return false;
}

}  // namespace

// " 경영지원실장을 지낸 ", " 사장을 역임한 ": one or two words ending with an object particle (marker ko rows
// of value object), then a kind=past_post row (a verb of holding a post in its past adnominal form), right
// before the person.
namespace {
bool KoreanPastPost(std::string_view gap) {
  if (gap.size() < 2 || gap[0] != ' ' || gap.back() != ' ' || gap.find(',') != std::string_view::npos ||
      gap.find('.') != std::string_view::npos)
    return false;
  const FrameReader& f = FrameReader::Default();
  const std::string_view held = gap.substr(0, gap.size() - 1);  // " 경영지원실장을 지낸"
  const size_t verb = f.RowEnding("past_post", "ko", held);
  if (verb == 0 || held[held.size() - verb - 1] != ' ') return false;
  const std::string_view post = held.substr(1, held.size() - verb - 2);  // "경영지원실장을"
  for (const FrameReader::Row& r : f.rows()) {
    if (r.kind != "marker" || r.lang != "ko" || r.value != "object" || !post.ends_with(r.text)) continue;
    const std::string_view words = post.substr(0, post.size() - r.text.size());
    return !words.empty() && std::count(words.begin(), words.end(), ' ') <= 1;
  }
  return false;
}

// " 파트너 변호사였던 ", " 감사였던 ": one or two words of the post right after the organization, the last
// ending in a kind=past_copula row (a copula of the past in its adnominal form), right before the person: the
// post was held there.
bool KoreanPastCopulaPost(std::string_view gap) {
  if (gap.size() < 2 || gap[0] != ' ' || gap.back() != ' ' ||
      gap.find_first_of(",.()\"") != std::string_view::npos)
    return false;
  const std::string_view post = gap.substr(1, gap.size() - 2);  // "파트너 변호사였던"
  const size_t words = static_cast<size_t>(std::count(post.begin(), post.end(), ' ')) + 1;
  const size_t copula = FrameReader::Default().RowEnding("past_copula", "ko", post);
  return words <= 2 && copula > 0 && post[post.size() - copula - 1] != ' ';
}
// " 기획조정실장인 ", " 기획조정실장 ": one word of a post right after the organization, ending in a title
// row (past the present copula 인), right before the person: the person holds the post there now ("동서화학
// 기획조정실장인 A 부사장이").
bool KoreanPresentPost(std::string_view gap) {
  if (gap.size() < 2 || gap[0] != ' ' || gap.back() != ' ') return false;
  std::string_view post = gap.substr(1, gap.size() - 2);
  if (post.empty() || post.find_first_of(" ,.()\"") != std::string_view::npos) return false;
  if (post.ends_with("인")) post.remove_suffix(std::string_view("인").size());
  const FrameReader& f = FrameReader::Default();
  return !post.empty() && (f.IsRow("title", "ko", post) || f.RowEnding("title", "ko", post) > 0);
}
}  // namespace

bool KoreanRelativeOrigin(std::string_view text, int org_end, int person_start) {
  constexpr int kRelativeWindow = 110;
  if (org_end > person_start || person_start - org_end > kRelativeWindow) return false;
  size_t at = static_cast<size_t>(org_end);
  // "한빛화학 경영지원실장을 지낸 남궁현": the organization's post (one or two words, the object)
  // held before, by a verb of holding a post in its past adnominal form.
  if (KoreanPastPost(text.substr(at, static_cast<size_t>(person_start) - at))) return true;
  // "법무법인 다온 파트너 변호사였던 허은비": the post held there, by a copula of the past.
  if (KoreanPastCopulaPost(text.substr(at, static_cast<size_t>(person_start) - at))) return true;
  // One or two unit words may stand between ("구글 딥마인드 런던 연구소에서").
  for (int word = 0; word < 3 && !StartsWith(text, at, "에서 ") && !StartsWith(text, at, "에서도 "); ++word) {
    size_t sp = text.find(' ', at + 1);
    if (word == 2 || !StartsWith(text, at, " ") || sp == std::string_view::npos || sp - at > 16) return false;
    at = sp;
    if (EndsWithAt(text, at, "에서")) at -= std::string_view("에서").size();
  }
  std::string_view gap = text.substr(at, static_cast<size_t>(person_start) - at);
  if (gap.find(',') != std::string_view::npos || gap.find('.') != std::string_view::npos) return false;
  for (const char* past : {"던 ", "온 "})
    if (gap.find(past) != std::string_view::npos) return true;
  return false;
}

struct FrameReader::Hit {
  int row;
  int pos, end;
  bool appoint;
  char voice;            // 'a' active, 'p' passive, 's' self, 'r' renew (a reappointment)
  bool join = false;     // a move the candidate makes (join:self): its aspect sets the outcome
  bool future = false;   // an appointment designated or announced, not yet in office (":future")
  bool object = false;   // a departure verb of general sense ("leave"): it needs what is left (":object")
  bool inplace = false;  // a promotion (":inplace"): the post is at the organization the person is at now
  bool kept = false;     // (en) a reappointment (":kept"): the title by the name is the post kept
  bool serving = false;  // (en) ":serving": the row's future tells the term served, not a start to come
  bool owned = false;  // (en) ":owned": what is renewed is the person's own ("extended NAME's contract"): an
                       // owned_term row must follow the name's possessive
  bool succession = false;  // (en) ":succession": the subject is replaced by the object ("X will be succeeded
                            // by Y"): with no position named, the post is the one X leaves
  bool anaphor = false;  // (en) the move's object is an anaphor row ("will join the company as"): the story's
                         // organization
  bool causative = false;  // (ko) a stem with a causative ending (승진시켰다, 연임시켰다): the employer's act
  // (ko) a reappointment stem (":renew": 연임돼, 재선임되며): with no post named, the renew voice
  bool renew = false;
  // (ko) a noun of leaving accepted (":genitive": 사퇴를 수용했다): the person owns it (의)
  bool genitive = false;
  bool post = false;  // (ko) the post is the verb's object (":post": 사업부장을 맡겼다); the person the other
                      // object or the one given it (에게)
};

// A position slot: an organization followed by titles and a particle ("한빛화학 신임 대표이사에").
struct FrameReader::Slot {
  const FrameMention* org = nullptr;
  std::string role;
  bool goal = false;
  bool designated = false;  // a premod row marked future stands before the title (차기 총장에)
  bool carried = false;     // the organization is the subject's title's, carried onto a goal naming none
};

// Reading of one clause: the table, the clause and the rows used.
std::vector<std::string> FrameReader::Texts(std::string_view kind, std::string_view lang,
                                            std::string_view value) const {
  std::vector<std::string> out;
  for (const Row& r : rows_)
    if (r.kind == kind && r.lang == lang && r.value == value) out.push_back(r.text);
  return out;
}

class FrameReader::Scan {
 public:
  Scan(const FrameReader& r, const FrameClause& c, std::vector<int>* used)
      : r_(r), c_(c), used_(used), korean_(IsHangulText(c.text.substr(c.start, c.end - c.start))) {}

  // Korean conjuncts of the clause, each with one move: "윤 대표는 넷마블 AI게임연구소장을 맡고, 서 CTO는
  // 넷마블네오로 자리를 옮겼다", the gapped "김 부사장은 X본부장을, 이 전무는 Y연구소장을 각각 맡았다". A cut
  // stands at a comma closing a word that ends with a conjunct row (a connective ending: 맡고, 맡으며) or
  // an object particle, when the person opening the next conjunct and one in the conjunct before are
  // marked as topic or subject. A conjunct closed by the object particle has no verb of its own
  // (`gapped`): it takes the last conjunct's. Empty when the clause is one conjunct.
  struct Conjunct {
    int start, end;
    bool gapped;
  };
  std::vector<Conjunct> KoConjuncts() {
    std::vector<Conjunct> out;
    auto ends_with_row = [&](std::string_view word, std::string_view kind, std::string_view value) {
      for (int i : r_.RowsOf(kind, "ko")) {
        const Row& w = r_.rows_[i];
        if ((value.empty() || w.value == value) && word.size() > w.text.size() && word.ends_with(w.text)) {
          Use(i);
          return true;
        }
      }
      return false;
    };
    auto marked = [&](const FrameMention& p) {
      const std::string particle = KoParticle(static_cast<size_t>(p.end));
      if (particle == "topic" || particle == "subject") return true;
      // "문 CTO도": the additive particle closing the person's noun phrase (its next two words).
      for (size_t at = static_cast<size_t>(p.end), word = 0; word < 3 && at < static_cast<size_t>(c_.end);
           ++word) {
        size_t stop = std::min(c_.text.find_first_of(" ,.", at), static_cast<size_t>(c_.end));
        if (ends_with_row(c_.text.substr(at, stop - at), "marker", "additive")) return particle.empty();
        at = stop + 1;
      }
      return false;
    };
    int start = c_.start;
    for (size_t f = c_.text.find(", ", static_cast<size_t>(start));
         f != std::string_view::npos && f + 2 < static_cast<size_t>(c_.end); f = c_.text.find(", ", f + 1)) {
      const size_t space = c_.text.rfind(' ', f);
      const size_t word = space == std::string_view::npos || space < static_cast<size_t>(start)
                              ? static_cast<size_t>(start)
                              : space + 1;
      const std::string_view w = c_.text.substr(word, f - word);
      const bool connective = ends_with_row(w, "conjunct", "");
      // (The goal marker gaps too: "A는 X 상무로, B는 Y 수석연구원으로 각각 자리를 옮겼다".)
      const bool object =
          !connective && (ends_with_row(w, "marker", "object") || ends_with_row(w, "marker", "goal"));
      // (So does the subject marker of a passive slot list: "X본부장에는 A 부사장이, Y실장에는 B 부사장이
      // 각각 선임됐다"; only with the slots below.)
      const bool subject = !connective && !object && ends_with_row(w, "marker", "subject");
      if (!connective && !object && !subject) continue;
      const int next = static_cast<int>(f + 2);
      // The next conjunct opens with its subject, after at most a descriptor ("공동창업자인 서지민 이사는").
      const bool opens = std::any_of(c_.persons.begin(), c_.persons.end(), [&](const FrameMention& p) {
        return p.start >= next && p.start - next <= kConjunctLead && marked(p) &&
               c_.text.substr(static_cast<size_t>(next), static_cast<size_t>(p.start - next)).find(',') ==
                   std::string_view::npos;
      });
      const bool before = std::any_of(c_.persons.begin(), c_.persons.end(), [&](const FrameMention& p) {
        return p.start >= start && p.end <= static_cast<int>(f) && marked(p);
      });
      // "자산운용본부장에는 A 전무를, 리스크관리본부장에는 B 상무를 각각 영입했다", "CFO에 A를, 법무실장에
      // B를 선임했다": each conjunct names its post with a goal row before its person, who closes it as the
      // object (within a title's bytes), and the next conjunct opens with its post.
      const bool slots = (object || subject) && SlotOpensAt(static_cast<size_t>(next)) &&
                         std::any_of(c_.persons.begin(), c_.persons.end(),
                                     [&](const FrameMention& p) {
                                       return p.start >= start && p.end <= static_cast<int>(f) &&
                                              static_cast<int>(f) - p.end <= kSlotPersonTail &&
                                              SlotBefore(start, p.start);
                                     }) &&
                         std::any_of(c_.persons.begin(), c_.persons.end(),
                                     [&](const FrameMention& p) { return p.start > next; });
      if (((!opens || !before) && !slots &&
           !ObjectGoalCut(start, f, next, object && ends_with_row(w, "marker", "goal"))) ||
          (subject && !slots))
        continue;
      out.push_back({start, static_cast<int>(connective ? f + 1 : f), object || subject});
      start = next;
    }
    if (!out.empty()) out.push_back({start, c_.end, false});
    return out;
  }

  // "A 전무를 부사장으로, B·C 상무를 전무로 승진시키는": a conjunct closed by the goal marker (`goal`, the
  // comma at `comma`) whose person is the object before it, and the next conjunct opening (at `next`) with
  // its own object person, is a gapped item of a list of promotions: it takes the last conjunct's verb.
  bool ObjectGoalCut(int start, size_t comma, int next, bool goal) {
    if (!goal) return false;
    auto object = [&](const FrameMention& p) { return KoParticle(static_cast<size_t>(p.end)) == "object"; };
    const bool before = std::any_of(c_.persons.begin(), c_.persons.end(), [&](const FrameMention& p) {
      return p.start >= start && p.end <= static_cast<int>(comma) && object(p);
    });
    return before && std::any_of(c_.persons.begin(), c_.persons.end(), [&](const FrameMention& p) {
             return p.start >= next && p.start - next <= kConjunctLead && object(p) &&
                    c_.text.substr(static_cast<size_t>(next), static_cast<size_t>(p.start - next))
                            .find(',') == std::string_view::npos;
           });
  }

  // Korean: after an organization ending at byte `at`, one unit word (a source_unit row ending a Hangul word
  // of three syllables or more: "보험리스크제도실") and then an origin marker before byte `limit`:
  // "금융감독원 보험리스크제도실 출신 진하늘".
  bool SourceAfterUnit(size_t at, int limit) {
    const size_t w = SkipSpaces(c_.text, at);
    if (w == at || w >= static_cast<size_t>(limit)) return false;
    const size_t stop = c_.text.find(' ', w);
    if (stop == std::string_view::npos || stop >= static_cast<size_t>(limit)) return false;
    const std::string_view word = c_.text.substr(w, stop - w);
    if (!IsHangulText(word) || word.size() < 9) return false;  // (three syllables of three bytes)
    for (int i : r_.RowsOf("source_unit", "ko")) {
      if (!word.ends_with(r_.rows_[i].text)) continue;
      if (MarkerAt("marker", "source", SkipSpaces(c_.text, stop), false) < 0) return false;
      Use(i);
      return true;
    }
    return false;
  }

  // A conjunct opening at byte `at` with its post: a word ending with a goal row ("CFO에"), or an
  // organization and then that word ("한솔건설 대표에는": the post's organization first).
  bool SlotOpensAt(size_t at) {
    if (SlotTopicAt(at, false)) return true;
    for (const FrameMention& o : c_.orgs)
      if (o.start == static_cast<int>(at) && o.end < c_.end && c_.text[static_cast<size_t>(o.end)] == ' ')
        return SlotTopicAt(static_cast<size_t>(o.end) + 1, false);
    return false;
  }

  // A word of the clause in [from, to) ends with a goal row: the post a conjunct fills before its person.
  bool SlotBefore(int from, int to) {
    for (size_t at = static_cast<size_t>(from); at < static_cast<size_t>(to);) {
      if (SlotTopicAt(at, false)) return true;
      const size_t sp = c_.text.find(' ', at);
      if (sp == std::string_view::npos) break;
      at = sp + 1;
    }
    return false;
  }

  // The word at byte `at` of the clause ends with a goal marker closed by the topic particle ("본부장에는",
  // "대표로는"): a post the conjunct is about.
  // Without `topic`, any goal row ("최고재무책임자(CFO)에").
  bool SlotTopicAt(size_t at, bool topic = true) {
    const size_t stop = std::min(c_.text.find_first_of(" ,.", at), static_cast<size_t>(c_.end));
    const std::string_view w = c_.text.substr(at, stop - at);
    if (topic && !w.ends_with("는")) return false;
    for (int i : r_.RowsOf("marker", "ko")) {
      const Row& m = r_.rows_[i];
      if (m.value == "goal" && (!topic || m.text.ends_with("는")) && w.size() > m.text.size() &&
          w.ends_with(m.text)) {
        Use(i);
        return true;
      }
    }
    return false;
  }

  std::vector<FrameEvent> Run() {
    std::vector<FrameEvent> out;
    std::vector<bool> agent_employer;  // the employer is the acting organization, not the post's
    for (const Hit& h : FindTriggers()) {
      if (PastMove(h)) continue;
      FrameEvent e;
      agent_ = false;
      coordinated_.clear();
      inplace_fallback_.reset();
      ko_np_end_.clear();
      ko_slots_.clear();
      bool ok = h.voice == 'r' ? ReadRenew(h, &e) : h.appoint ? ReadAppoint(h, &e) : ReadDepart(h, out, &e);
      // "한빛화학은 최민석 대표이사 사장을 연임시켰다": a causative appointment naming no post keeps the
      // object in the post titled by their name; so does a reappointment stem ("김 사장은 연임돼 …").
      if (!ok && (h.causative || h.renew) && h.appoint) {
        e = FrameEvent();
        ok = ReadRenew(h, &e);
      }
      e.agreed = e.agreed || h.future;
      if (!ok || e.candidate.empty() || e.employer.empty() || e.employer == e.candidate) continue;
      bool seen = std::any_of(out.begin(), out.end(), [&](const FrameEvent& o) {
        return o.type == e.type && o.candidate == e.candidate;
      });
      // "A 대표를 경질하고 … 신임 대표로 선임": who leaves the post in this clause does not take it.
      bool left = e.type == EventType::kHire && std::any_of(out.begin(), out.end(), [&](const FrameEvent& o) {
                    return o.type == EventType::kDeparture && o.candidate == e.candidate;
                  });
      if (seen || left) continue;
      // "미래에셋증권 IB2부문 소속 김태준 전무와 이수연 상무, 박진호 이사 등 3명이 … 옮겼다": the origin
      // marked before the list's first member is every member's.
      const std::string list_source =
          korean_ && e.type == EventType::kHire
              ? ListSource(coordinated_.empty() ? e.candidate_start : coordinated_.back()->start)
              : std::string();
      if (!list_source.empty() && (e.previous_employer.empty() || IsUnitName(e.previous_employer)))
        e.previous_employer = list_source;
      // "새 사외이사로는 김앤장 법률사무소의 최민호 변호사를 선임했다": another organization's genitive right
      // before the candidate is where the candidate comes from.
      if (korean_ && e.type == EventType::kHire && e.previous_employer.empty())
        for (const FrameMention& o : c_.orgs)
          if (InClause(o) && o.name != e.employer && StartsWith(c_.text, static_cast<size_t>(o.end), "의 ") &&
              static_cast<size_t>(o.end) + std::string_view("의 ").size() ==
                  static_cast<size_t>(e.candidate_start))
            e.previous_employer = o.name;
      // A division ("박정훈 메모리사업부 부사장") is where the person works inside the company.
      if (e.previous_employer == e.employer || (korean_ && IsUnitName(e.previous_employer)))
        e.previous_employer.clear();
      FrameEvent first = e;
      const size_t first_at = out.size();
      out.push_back(std::move(e));
      agent_employer.push_back(agent_);
      for (size_t ci = 0; ci < coordinated_.size(); ++ci) {
        const FrameMention* p = coordinated_[ci];
        FrameEvent co = first;
        co.candidate = p->name;
        co.candidate_start = p->start;
        co.previous_employer =
            ci < ko_np_end_.size() ? OrgIn(p->end, static_cast<int>(ko_np_end_[ci])) : Affiliation(*p);
        if (inplace_fallback_) {
          const std::string own = CurrentOrg(*p);
          co.employer = own.empty() ? *inplace_fallback_ : own;
          co.list_employer = out[first_at].list_employer = *inplace_fallback_;
        }
        // "한결화학 A 부사장, 한결건설 B 부사장이 각각 사장으로 승진했다": each member is promoted where
        // their noun phrase places them, when the first one's promotion is at their own organization.
        if (korean_ && h.inplace && h.appoint)
          if (const FrameMention* own = KoOwnOrg(*p); own && KoOwnOrgOf(first) == first.employer)
            co.employer = own->name;
        if (ci < ko_slots_.size() && !ko_slots_[ci].role.empty()) {
          const Slot& own = ko_slots_[ci];
          co.role = own.org && IsUnit(*own.org) ? own.org->name + own.role : own.role;
          if (own.org && !IsUnit(*own.org)) co.employer = own.org->name;
        }
        // English: each member keeps the title by their own name ("COO A and CCO B have resigned").
        const FrameMention* np_org = nullptr;
        // (An appointment's members share the post taken: a title by the name is the one held before.)
        if (std::string own = korean_ ? "" : TitleBy(*p, &np_org);
            !own.empty() && co.type == EventType::kDeparture)
          co.role = own;
        if (co.type == EventType::kDeparture) {
          // "한울화학을 이끈 최동진 대표와 한울건설 김영태 대표는 용퇴": each leaves their own company.
          const FrameMention* o = OrgBefore(p->start, kAffiliationWindow);
          if (o && IsUnit(*o)) o = nullptr;
          if (!co.previous_employer.empty() && !IsUnitName(co.previous_employer))
            co.employer = co.previous_employer;
          else if (o)
            co.employer = o->name;
          co.previous_employer.clear();
        }
        if (!list_source.empty() && co.type == EventType::kHire &&
            (co.previous_employer.empty() || IsUnitName(co.previous_employer)))
          co.previous_employer = list_source;
        if (co.previous_employer == co.employer || (korean_ && IsUnitName(co.previous_employer)))
          co.previous_employer.clear();
        out.push_back(std::move(co));
        agent_employer.push_back(agent_);
      }
    }
    Succession(&out, agent_employer);
    return out;
  }

 private:
  const std::string& Lang() const {
    static const std::string kKo = "ko", kEn = "en";
    return korean_ ? kKo : kEn;
  }
  void Use(int row) {
    if (used_ && std::find(used_->begin(), used_->end(), row) == used_->end()) used_->push_back(row);
  }
  bool InClause(const FrameMention& m) const { return m.start >= c_.start && m.end <= c_.end; }

  // The first row of `kind` (and slot `value` when given) whose text starts at `pos`.
  int MarkerAt(std::string_view kind, std::string_view value, size_t pos, bool english) {
    std::string_view s = english ? c_.lower : c_.text;
    int best = -1;
    for (int i : r_.RowsOf(kind, Lang())) {
      const Row& w = r_.rows_[i];
      if ((!value.empty() && w.value != value) || !StartsWith(s, pos, w.text)) continue;
      if (english && !IsWordAt(s, pos, w.text.size()) &&
          !(kind == "title" && PluralAt(s, pos + w.text.size())))
        continue;
      if (best < 0 || w.text.size() > r_.rows_[best].text.size()) best = i;
    }
    if (best >= 0) Use(best);
    return best;
  }
  // A row of `kind`/`value` that ends right at `end` (English: "... was " before a trigger).
  int MarkerBefore(std::string_view kind, std::string_view value, size_t end) {
    std::string_view s = korean_ ? c_.text : c_.lower;
    for (int i : r_.RowsOf(kind, Lang())) {
      const Row& w = r_.rows_[i];
      if (!value.empty() && w.value != value) continue;
      std::string with_space = w.text + (korean_ ? "" : " ");
      if (EndsWithAt(s, end, with_space) &&
          (korean_ || IsWordAt(s, end - with_space.size(), w.text.size()))) {
        Use(i);
        return i;
      }
    }
    return -1;
  }

  // English: the passive auxiliary before a trigger, past the adverbs written between them or inside the
  // auxiliary ("was also promoted", "had subsequently been named", "has since been named", "were formally
  // appointed"): a word in -ly or an `adverb` row, at most three.
  int PassiveBefore(size_t end) {
    std::string_view been;  // "been" passed: the perfect's auxiliary ("has", "had", "have") must come next
    for (int guard = 0; guard < 5; ++guard) {
      if (been.empty()) {
        int m = MarkerBefore("marker", "passive", end);
        if (m >= 0) return m;
      }
      if (end < 2 || c_.lower[end - 1] != ' ') return -1;
      const size_t space = c_.lower.rfind(' ', end - 2);
      const size_t from = space == std::string_view::npos ? 0 : space + 1;
      if (from < static_cast<size_t>(c_.start)) return -1;
      const std::string_view word = c_.lower.substr(from, end - 1 - from);
      if (!been.empty() && (word == "has" || word == "had" || word == "have")) {
        for (int i : r_.RowsOf("marker", Lang()))
          if (r_.rows_[i].value == "passive" && r_.rows_[i].text == std::string(word) + " been")
            return Use(i), i;
        return -1;
      }
      bool adverb = word.size() > 4 && word.substr(word.size() - 2) == "ly";
      for (int i : r_.RowsOf("adverb", "en"))
        if (r_.rows_[i].text == word) adverb = true, Use(i);
      if (word == "been" && been.empty())
        been = word;
      else if (!adverb)
        return -1;
      end = from;
    }
    return -1;
  }

  std::vector<Hit> FindTriggers() {
    std::vector<Hit> hits;
    for (int row : r_.triggers_) {
      const Row& w = r_.rows_[row];
      if (w.lang != Lang()) continue;
      std::string_view s = korean_ ? c_.text : c_.lower;
      size_t len = w.text.size();
      auto next = [&](size_t from) {
        return korean_ ? r_.FindKoreanTrigger(s, w.text, from, &len, used_) : s.find(w.text, from);
      };
      for (size_t f = next(static_cast<size_t>(c_.start));
           f != std::string_view::npos && f + len <= static_cast<size_t>(c_.end); f = next(f + 1)) {
        if (!korean_ && !IsWordAt(s, f, w.text.size())) continue;
        int b = static_cast<int>(f), e = b + static_cast<int>(len);
        bool overlap =
            std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return b < h.end && e > h.pos; });
        if (overlap) continue;
        const bool join = w.value.rfind("join", 0) == 0;
        if (!korean_ && join && OfferPurposeBefore(w.text, b)) continue;
        if (korean_ && w.value.find(":slot") != std::string::npos) {
          if (SubjectOrgBefore(b)) continue;
          const Slot slot = KoSlot(c_.start, b, false);
          if (!slot.goal || (!slot.org && !KoTopicalizedPost(b))) continue;
        }
        Use(row);
        bool future = w.value.find(":future") != std::string::npos;
        bool object = w.value.find(":object") != std::string::npos;
        bool inplace = w.value.find(":inplace") != std::string::npos;
        hits.push_back({row, b, e, join || w.value.rfind("appoint", 0) == 0, w.value[w.value.find(':') + 1],
                        join, future, object, inplace});
        hits.back().kept = w.value.find(":kept") != std::string::npos;
        hits.back().serving = !korean_ && w.value.find(":serving") != std::string::npos;
        hits.back().owned = !korean_ && w.value.find(":owned") != std::string::npos;
        hits.back().succession = !korean_ && w.value.find(":succession") != std::string::npos;
        hits.back().genitive = korean_ && w.value.find(":genitive") != std::string::npos;
        hits.back().post = korean_ && w.value.find(":post") != std::string::npos;
      }
      if (!korean_ && w.value.rfind("join", 0) == 0) AnaphorJoinHits(row, &hits);
    }
    if (korean_) {
      AddStemHits(&hits);
      AddMotionHits(&hits);
      AddNomineeHits(&hits);
    } else {
      AddNounHits(&hits);
      AddAdverbialAsHits(&hits);
    }
    if (korean_ && c_.gap_start >= 0) AddGapHit(&hits);
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.pos < b.pos; });
    if (korean_) DropLeadingAppointHits(&hits);
    return hits;
  }

  // (ko) A self-voice appointment verb of a trigger row in a connective form right before another ("류 사장이
  // 자리를 옮겨 선임됐다"): one move, told by the second verb, whose slot and voice the clause is built on;
  // the first is dropped. ("연임 후보로 추천했다", a renewal, keeps its own reading.)
  void DropLeadingAppointHits(std::vector<Hit>* hits) const {
    for (size_t i = 0; i + 1 < hits->size();) {
      const Hit& h = (*hits)[i];
      const Hit& next = (*hits)[i + 1];
      const bool adjacent =
          next.pos > h.end && next.pos - h.end <= 1 && c_.text[static_cast<size_t>(h.end)] == ' ';
      const bool verb_row = h.row >= 0 && r_.rows_[static_cast<size_t>(h.row)].kind == "trigger";
      if (verb_row && h.voice == 's' && h.appoint && next.appoint && !h.join && !next.join && adjacent)
        hits->erase(hits->begin() + static_cast<std::ptrdiff_t>(i));
      else
        ++i;
    }
  }

  // (en) The join trigger `text` at `pos` is an infinitive ("to join as") of an offer verb earlier in the
  // clause (offer_verb: "Meta offered Wen Li $12 million to join as head of …"): the purpose of the offer, no
  // move. A second verb of the offer's object between them ("was offered a post and agreed to join as CTO")
  // keeps it.
  bool OfferPurposeBefore(std::string_view text, int pos) {
    const std::string_view s = c_.lower;
    // "has agreed to join as": an aspect row closed by the infinitive's "to" makes it the person's own move.
    if (!text.starts_with("to ") || r_.RowEndsAt("aspect", "en", s, static_cast<size_t>(pos) + 2))
      return false;
    for (int i : r_.RowsOf("offer_verb", "en")) {
      const std::string& v = r_.rows_[i].text;
      for (size_t f = s.find(v, static_cast<size_t>(c_.start));
           f != std::string_view::npos && f + v.size() <= static_cast<size_t>(pos); f = s.find(v, f + 1)) {
        if (!IsWordAt(s, f, v.size())) continue;
        if (s.substr(f, static_cast<size_t>(pos) - f).find(" and ") != std::string_view::npos) continue;
        Use(i);
        return true;
      }
    }
    return false;
  }

  // (ko) An organization of the sentence before `pos` marked as its subject or topic (ORG은/는/이/가): the
  // side that hires is named, the sentence is the cue reading's.
  bool SubjectOrgBefore(int pos) const {
    for (const FrameMention& o : c_.orgs) {
      if (o.start < std::min(c_.start, c_.sentence_start) || o.end > pos) continue;
      for (const char* particle : {"은 ", "는 ", "이 ", "가 ", "은,", "는,"})
        if (StartsWith(c_.text, static_cast<size_t>(o.end), particle)) return true;
    }
    return false;
  }

  // A gapped conjunct ("김 부사장은 X본부장을, | 이 전무는 Y연구소장을 각각 맡았다"): the last trigger of the
  // clause's last conjunct, read as standing where this conjunct ends.
  void AddGapHit(std::vector<Hit>* hits) {
    FrameClause verb = c_;
    verb.start = c_.gap_start;
    verb.end = c_.gap_end;
    verb.gap_start = verb.gap_end = -1;
    std::vector<Hit> found = Scan(r_, verb, used_).FindTriggers();
    if (found.empty()) return;
    Hit h = found.back();
    h.pos = h.end = c_.end;
    hits->push_back(h);
  }

  // English: a join row "VERB as" with an anaphor row between ("will join the company as", "joined
  // the division as", also with a short time or place adverbial before "as": "will join the company
  // on April 1 as"): the same move into the organization the anaphor names (Hit::anaphor).
  void AnaphorJoinHits(int row, std::vector<Hit>* hits) {
    const Row& w = r_.rows_[row];
    if (!EndsWithAt(w.text, w.text.size(), " as")) return;
    const std::string verb = w.text.substr(0, w.text.size() - 3);
    for (size_t f = c_.lower.find(verb, static_cast<size_t>(c_.start));
         f != std::string_view::npos && f < static_cast<size_t>(c_.end); f = c_.lower.find(verb, f + 1)) {
      if (!IsWordAt(c_.lower, f, verb.size()) || !StartsWith(c_.lower, f + verb.size(), " ")) continue;
      const size_t at = f + verb.size() + 1;
      int a = MarkerAt("anaphor", "", at, true);
      const size_t as =
          a < 0 ? std::string_view::npos : AsAfterAdverbial(c_.lower, at + r_.rows_[a].text.size());
      if (as == std::string_view::npos) continue;
      int b = static_cast<int>(f), e = static_cast<int>(as + 3);
      if (e > c_.end ||
          std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
        continue;
      Use(row);
      Hit h{row, b, e, true, 's', true, w.value.find(":future") != std::string::npos};
      h.anaphor = true;
      hits->push_back(h);
    }
  }

  // English moves told as nouns (kind=move_noun): a verb of announcing (kind=noun_verb) and a
  // possessive (kind=noun_det) before the noun ("Hollis announced her retirement", "tendered his
  // resignation"): the subject's own move, read like "Hollis retired". Hits of whole trigger rows
  // keep their bytes.
  void AddNounHits(std::vector<Hit>* hits) {
    for (int row : r_.RowsOf("move_noun", "en")) {
      const Row& w = r_.rows_[row];
      for (size_t f = c_.lower.find(w.text, c_.start);
           f != std::string_view::npos && f + w.text.size() <= static_cast<size_t>(c_.end);
           f = c_.lower.find(w.text, f + 1)) {
        if (!IsWordAt(c_.lower, f, w.text.size()) || f < 2) continue;
        int det = -1, verb = -1;
        for (int dr : r_.RowsOf("noun_det", "en"))
          if (EndsWithAt(c_.lower, f - 1, r_.rows_[dr].text) &&
              IsWordAt(c_.lower, f - 1 - r_.rows_[dr].text.size(), r_.rows_[dr].text.size()))
            det = dr;
        if (det < 0) {
          // "Okafor's appointment as chief financial officer was confirmed": the person's own move,
          // a noun_verb row after "was" later in the clause.
          if (!(EndsWithAt(c_.lower, f, "'s ") || EndsWithAt(c_.lower, f, "’s "))) continue;
          const size_t was = c_.lower.find(" was ", f);
          if (was == std::string_view::npos || was + 5 >= static_cast<size_t>(c_.end)) continue;
          int verb = -1;
          for (int vr : r_.RowsOf("noun_verb", "en"))
            if (StartsWith(c_.lower, was + 5, r_.rows_[vr].text) &&
                IsWordAt(c_.lower, was + 5, r_.rows_[vr].text.size()))
              verb = vr;
          if (verb < 0) continue;
          int b = static_cast<int>(f), e = static_cast<int>(f + w.text.size());
          if (std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
            continue;
          Use(row);
          Use(verb);
          hits->push_back({row, b, e, w.value.rfind("appoint", 0) == 0, 's', false, false});
          continue;
        }
        const size_t det_start = f - 1 - r_.rows_[det].text.size();
        if (det_start < 2) continue;
        for (int vr : r_.RowsOf("noun_verb", "en")) {
          const std::string& v = r_.rows_[vr].text;
          if (EndsWithAt(c_.lower, det_start - 1, v) &&
              IsWordAt(c_.lower, det_start - 1 - v.size(), v.size()) &&
              (verb < 0 || v.size() > r_.rows_[verb].text.size()))
            verb = vr;
        }
        if (verb < 0) continue;
        int b = static_cast<int>(det_start - 1 - r_.rows_[verb].text.size()),
            e = static_cast<int>(f + w.text.size());
        if (b < c_.start ||
            std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
          continue;
        Use(row);
        Use(det);
        Use(verb);
        hits->push_back({row, b, e, w.value.rfind("appoint", 0) == 0, 's', false, false});
      }
    }
  }

  // Korean: a move decided as a motion (kind=motion_noun, kind=motion, kind=decision): "홍기철 대표의
  // 연임안을 의결했다", "연임 안건이 원안대로 통과됐다", "연임을 승인했다". The noun, an optional motion word
  // (glued or after a space), a particle, optional adverb rows, then a decision verb with a verb ending after
  // it. Hits of whole trigger rows already found keep their bytes.
  void AddMotionHits(std::vector<Hit>* hits) {
    const std::string_view s = c_.text;
    const size_t limit = static_cast<size_t>(c_.end);
    for (int row : r_.RowsOf("motion_noun", "ko")) {
      const Row& w = r_.rows_[row];
      for (size_t f = s.find(w.text, c_.start); f != std::string_view::npos && f + w.text.size() < limit;
           f = s.find(w.text, f + 1)) {
        if (f > 0 && s[f - 1] != ' ' && s[f - 1] != '(' && (static_cast<unsigned char>(s[f - 1]) & 0x80) == 0)
          continue;
        std::vector<int> rows = {row};
        size_t at = f + w.text.size();
        for (int m : r_.RowsOf("motion", "ko")) {
          const std::string& t = r_.rows_[m].text;
          const size_t g = StartsWith(s, at, t)         ? at
                           : StartsWith(s, at, " " + t) ? at + 1
                                                        : std::string_view::npos;
          if (g != std::string_view::npos && KoCaseParticleAt(g + t.size())) {
            at = g + t.size();
            rows.push_back(m);
            break;
          }
        }
        if (!KoCaseParticleAt(at)) continue;
        at += std::string_view("을").size();
        if (!StartsWith(s, at, " ")) continue;
        ++at;
        for (int guard = 0; guard < 2; ++guard) {
          int adv = -1;
          for (int i : r_.RowsOf("adverb", "ko"))
            if (StartsWith(s, at, r_.rows_[i].text + " ")) adv = i;
          if (adv < 0) break;
          rows.push_back(adv);
          at += r_.rows_[adv].text.size() + 1;
        }
        int decision = -1;
        for (int i : r_.RowsOf("decision", "ko"))
          if (StartsWith(s, at, r_.rows_[i].text)) decision = i;
        if (decision < 0) continue;
        const size_t verb_end = at + r_.rows_[decision].text.size();
        size_t ending_end = std::string_view::npos;
        for (const char* e : {"했", "하", "됐", "되", "시켰", "시키", "시킨"})
          if (ending_end == std::string_view::npos && StartsWith(s, verb_end, e))
            ending_end = verb_end + std::string_view(e).size();
        if (ending_end == std::string_view::npos || verb_end > limit) continue;
        const int b = static_cast<int>(f), e = static_cast<int>(verb_end);
        if (std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
          continue;
        rows.push_back(decision);
        // A conditional ending ("안건이 통과되면": if it passes) leaves the motion undecided: designated, not
        // in office.
        int conditional = -1;
        for (int i : r_.RowsOf("conditional", "ko"))
          if (StartsWith(s, ending_end, r_.rows_[i].text)) conditional = i;
        if (conditional >= 0) rows.push_back(conditional);
        for (int u : rows) Use(u);
        hits->push_back(
            {row, b, e, true, 'r', false, r_.rows_[decision].value == "future" || conditional >= 0});
      }
    }
  }
  // Korean: a nominee decided ("차기 대표이사 최종 후보로 배경민 사장을 확정했다", "… 대표이사 후보로
  // 의결했다"): a nominee_noun row closed by a goal marker (후보로), then, later in the clause and with no
  // word closed by a topic marker between, a word opening with a decision row and a verb ending (했/하:
  // active, 됐/되: passive). An appointment designated, not yet in office, whose post is the title before the
  // noun (KoSlot reads "대표이사 최종 후보로" as the goal). Hits already found keep their bytes.
  void AddNomineeHits(std::vector<Hit>* hits) {
    const std::string_view s = c_.text;
    const size_t limit = static_cast<size_t>(c_.end);
    for (int row : r_.RowsOf("nominee_noun", "ko")) {
      const std::string& noun = r_.rows_[row].text;
      for (size_t f = s.find(noun, c_.start); f != std::string_view::npos && f + noun.size() < limit;
           f = s.find(noun, f + 1)) {
        size_t at = f + noun.size();
        const int goal = MarkerAt("marker", "goal", at, false);
        if (goal < 0 || !StartsWith(s, at + r_.rows_[goal].text.size(), " ")) continue;
        // The decision verb: the first word after the noun that opens with a decision row and a verb ending
        // (the candidate may stand between: "후보로 배경민 사장을 확정했다").
        int decision = -1;
        char voice = 0;
        for (at = s.find(' ', at); at != std::string_view::npos && at < limit && decision < 0;
             at = s.find(' ', at + 1)) {
          // A word closed by a topic marker between opens another predication ("후보로 거론되는 박 부사장은 …
          // 확정했다").
          if (std::any_of(r_.RowsOf("marker", "ko").begin(), r_.RowsOf("marker", "ko").end(), [&](int m) {
                return r_.rows_[m].value == "topic" && EndsWithAt(s, at, r_.rows_[m].text);
              }))
            break;
          const size_t w = at + 1;
          for (int i : r_.RowsOf("decision", "ko")) {
            if (!StartsWith(s, w, r_.rows_[i].text)) continue;
            const size_t verb_end = w + r_.rows_[i].text.size();
            for (const char* e : {"했", "하"})
              if (!voice && StartsWith(s, verb_end, e)) voice = 'a';
            for (const char* e : {"됐", "되"})
              if (!voice && StartsWith(s, verb_end, e)) voice = 'p';
            if (voice && verb_end < limit)
              decision = i;
            else
              voice = 0;
            if (decision >= 0) break;
          }
          if (decision >= 0) break;
        }
        if (decision < 0) continue;
        const int b = static_cast<int>(at + 1);
        const int e = b + static_cast<int>(r_.rows_[decision].text.size() + std::string_view("했").size());
        if (std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
          continue;
        Use(row);
        Use(goal);
        Use(decision);
        hits->push_back({decision, b, e, true, voice, false, true});
      }
    }
  }
  // (ko) A post topicalized at the head of the clause ("최고재무책임자(CFO)에는 김태윤 전 삼성전자 상무를
  // 영입했다", "연구소장에는"): the word opening the clause, before `limit`, is a title (or a word a compound
  // title closes) and ends in a goal marker then a topic marker (에는, 로는). The subject left out is the one
  // the context gives.
  bool KoTopicalizedPost(int limit) {
    const size_t b = SkipSpaces(c_.text, static_cast<size_t>(c_.start));
    const size_t stop = c_.text.find(' ', b);
    if (stop == std::string_view::npos || stop >= static_cast<size_t>(limit)) return false;
    if (TitleRun(b) == b && CompoundTitleEnd(b) == b) return false;
    for (int t : r_.RowsOf("marker", "ko")) {
      if (r_.rows_[t].value != "topic" || !EndsWithAt(c_.text, stop, r_.rows_[t].text)) continue;
      const size_t before = stop - r_.rows_[t].text.size();
      for (int g : r_.RowsOf("marker", "ko"))
        if (r_.rows_[g].value == "goal" && before > b + r_.rows_[g].text.size() &&
            EndsWithAt(c_.text, before, r_.rows_[g].text)) {
          Use(t);
          Use(g);
          return true;
        }
    }
    return false;
  }
  // A case particle closing the motion noun: object, subject or additive (을/를/이/가/도).
  bool KoCaseParticleAt(size_t at) const {
    for (int m : r_.RowsOf("marker", "ko")) {
      const Row& p = r_.rows_[m];
      if ((p.value == "object" || p.value == "subject" || p.value == "additive") &&
          StartsWith(c_.text, at, p.text) && StartsWith(c_.text, at + p.text.size(), " "))
        return true;
    }
    return false;
  }

  // English: an appointment row "VERB as" of the self voice whose verb takes no object ("took office as",
  // "took over as", "will serve as") with a short time adverbial before "as": "took office Monday as
  // chairwoman", "will take over next month as chief executive" (AsAfterAdverbial: at most four words).
  // A join row of the self voice so ("joined this week as", "joins on Monday as"), its adverbial opening
  // with a lower-case word (a capitalized one is the joined organization: "joined Zentrix in 2019 as").
  void AddAdverbialAsHits(std::vector<Hit>* hits) {
    for (int row : r_.triggers_) {
      const Row& w = r_.rows_[row];
      const bool join = w.value.rfind("join:self", 0) == 0;
      if (w.lang != "en" || (!join && w.value.rfind("appoint:self", 0) != 0) ||
          !EndsWithAt(w.text, w.text.size(), " as"))
        continue;
      const std::string verb = w.text.substr(0, w.text.size() - 3);
      for (size_t f = c_.lower.find(verb, static_cast<size_t>(c_.start));
           f != std::string_view::npos && f < static_cast<size_t>(c_.end); f = c_.lower.find(verb, f + 1)) {
        if (!IsWordAt(c_.lower, f, verb.size())) continue;
        const size_t as = AsAfterAdverbial(c_.lower, f + verb.size());
        if (as == std::string_view::npos || as == f + verb.size()) continue;
        const size_t gap = f + verb.size() + 1;
        if (join && !(gap < c_.text.size() && c_.text[gap] >= 'a' && c_.text[gap] <= 'z')) continue;
        const int b = static_cast<int>(f), e = static_cast<int>(as + 3);
        if (e > c_.end ||
            std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
          continue;
        Use(row);
        hits->push_back({row, b, e, true, 's', join, w.value.find(":future") != std::string::npos});
      }
    }
  }

  // Korean verb stems with their endings (kind=stem, kind=ending): "선임" + "됐" is a passive
  // appointment, "사임" + "할 예정" a departure; a stem marked self takes the ending's tense only.
  // Hits of whole trigger rows already found keep their bytes.
  void AddStemHits(std::vector<Hit>* hits) {
    for (int row : r_.RowsOf("stem", "ko")) {
      const Row& w = r_.rows_[row];
      for (size_t f = c_.text.find(w.text, c_.start);
           f != std::string_view::npos && f + w.text.size() < static_cast<size_t>(c_.end);
           f = c_.text.find(w.text, f + 1)) {
        int end_row = -1;
        size_t at = f + w.text.size();
        for (int er : r_.RowsOf("ending", "ko")) {
          const Row& x = r_.rows_[er];
          if (StartsWith(c_.text, at, x.text) && at + x.text.size() <= static_cast<size_t>(c_.end) &&
              (end_row < 0 || x.text.size() > r_.rows_[end_row].text.size()))
            end_row = er;
        }
        if (end_row < 0) continue;
        int b = static_cast<int>(f), e = static_cast<int>(at + r_.rows_[end_row].text.size());
        if (std::any_of(hits->begin(), hits->end(), [&](const Hit& h) { return b < h.end && e > h.pos; }))
          continue;
        Use(row);
        Use(end_row);
        const std::string& ending = r_.rows_[end_row].value;
        // A causative ending (승진시켰다, 연임시켰다) makes even a self stem the employer's act.
        bool causative = ending.rfind("causative", 0) == 0;
        bool self = w.value.find(":self") != std::string::npos && !causative;
        char voice = self ? 's' : ending.rfind("passive", 0) == 0 ? 'p' : 'a';
        bool future =
            w.value.find(":future") != std::string::npos || ending.find(":future") != std::string::npos;
        Hit hit{row, b, e, w.value.rfind("appoint", 0) == 0, voice, false, future};
        hit.causative = causative;
        hit.renew = w.value.find(":renew") != std::string::npos;
        hit.inplace = self && w.value.find(":inplace") != std::string::npos;
        hits->push_back(hit);
      }
    }
  }

  // A past-time word or a year next to the trigger (before it, or after it up to the next
  // comma): background, not this article's move.
  bool PastMove(const Hit& h) {
    size_t b = static_cast<size_t>(std::max(c_.start, h.pos - kTimeWindow));
    size_t e = static_cast<size_t>(std::min(c_.end, h.end + kTimeWindow));
    size_t comma = c_.text.find(',', static_cast<size_t>(h.end));
    if (comma != std::string_view::npos && comma < e) e = comma;
    // English: a comma closing an apposition or relative clause right before the trigger (at most
    // three lowercase words between: "Richard Amble, who has run its London office since 2016,
    // will retire") ends what dates the person's past, not this move.
    size_t closing = korean_ ? std::string_view::npos : c_.text.rfind(',', static_cast<size_t>(h.pos));
    if (closing != std::string_view::npos && closing >= b) {
      int words = 0;
      bool lower_only = true;
      for (size_t k = closing + 1; k < static_cast<size_t>(h.pos); ++k) {
        char ch = c_.text[k];
        if (ch != ' ' && (ch < 'a' || ch > 'z')) lower_only = false;
        if (ch != ' ' && c_.text[k - 1] == ' ') ++words;
      }
      if (lower_only && words <= 3) b = closing + 1;
    }
    if (HasYear(c_.text, b, e, [&](size_t end) {
          std::vector<int> rows;
          bool names = korean_ && r_.YearNamesReshuffle(c_.text, end, &rows);
          for (int row : rows) Use(row);
          return names;
        }))
      return true;
    std::string_view s = korean_ ? c_.text : c_.lower;
    for (int i : r_.RowsOf("time", Lang())) {
      const Row& w = r_.rows_[i];
      for (size_t f = s.find(w.text, b); f != std::string_view::npos && f + w.text.size() <= e;
           f = s.find(w.text, f + 1))
        if (w.value == "before" && f >= static_cast<size_t>(h.end)) {
          continue;  // (an adverb after the trigger modifies a later verb)
        } else if (korean_ ? !r_.OpensSpan(s, f + w.text.size(), used_) : IsWordAt(s, f, w.text.size())) {
          Use(i);
          return true;
        }
    }
    return false;
  }

  // "그룹은 장민철 SSG닷컴 대표를 경질하고 배수현 씨를 신임 대표로 선임": an appointment whose
  // employer is only the acting organization fills the post a departure of the same clause
  // left, at the departing person's company.
  static void Succession(std::vector<FrameEvent>* out, const std::vector<bool>& agent_employer) {
    for (size_t i = 0; i < out->size(); ++i) {
      FrameEvent& hire = (*out)[i];
      if (hire.type != EventType::kHire || !agent_employer[i]) continue;
      for (size_t j = 0; j < out->size(); ++j) {
        const FrameEvent& dep = (*out)[j];
        if (dep.type == EventType::kDeparture && !agent_employer[j] && dep.employer != hire.employer) {
          hire.employer = dep.employer;
          break;
        }
      }
    }
  }

  // English apposition right after a name (", a former executive at X,"): its end, or `end`.
  // An age alone (", 66,") may be followed by a relative clause saying what the person heads
  // (a relative_lead marker right before an organization: "Cho Hyun-woo, 66, who has run Daewon
  // Chemical for seven years,"): the apposition reaches its end.
  size_t AppositionEnd(size_t end) {
    if (korean_ || !StartsWith(c_.text, end, ", ")) return end;
    size_t close = c_.text.find(',', end + 2);
    if (close == std::string_view::npos || close > static_cast<size_t>(c_.end) || close - end > 110)
      return end;
    bool age = close > end + 2 && close - end <= 5;
    for (size_t k = end + 2; k < close; ++k) age = age && c_.text[k] >= '0' && c_.text[k] <= '9';
    const int lead = age ? MarkerAt("marker", "relative_lead", close + 2, true) : -1;
    size_t org_at = lead >= 0 ? SkipSpaces(c_.lower, close + 2 + r_.rows_[lead].text.size()) : 0;
    if (lead >= 0 && StartsWith(c_.lower, org_at, "the ")) org_at += 4;
    if (lead >= 0 && std::any_of(c_.orgs.begin(), c_.orgs.end(), [&](const FrameMention& o) {
          return o.start == static_cast<int>(org_at);
        })) {
      size_t next = c_.text.find(',', close + 2);
      if (next != std::string_view::npos && next <= static_cast<size_t>(c_.end) && next - close <= 110)
        return next + 1;
    }
    return close + 1;
  }

  // English: the name stands between two commas with a goal marker after the second ("its head of sales, Tom
  // Becker, as interim CEO"): an apposition of the title before it.
  bool NameInCommas(const FrameMention& p) {
    const size_t b = static_cast<size_t>(p.start), e = static_cast<size_t>(p.end);
    if (b < 2 || c_.text.substr(b - 2, 2) != ", " || !StartsWith(c_.text, e, ", ")) return false;
    return MarkerAt("marker", "goal", e + 2, true) >= 0;
  }

  // The person speaks in this clause: en said/told/according to around the name; ko a
  // topic (은/는) with a speech verb later in the clause.
  bool IsSpeaker(const FrameMention& p) {
    if (!korean_) {
      size_t after = SkipSpaces(c_.lower, AppositionEnd(static_cast<size_t>(p.end)));
      if (MarkerAt("marker", "speaker", after, true) >= 0) return true;
      int before = MarkerBefore("marker", "speaker", static_cast<size_t>(p.start));
      if (before < 0) return false;
      // '", said X' speaks; "ORG said X will …" reports X as the subject of what was said.
      size_t at = static_cast<size_t>(p.start) - r_.rows_[before].text.size() - 1;
      while (at > static_cast<size_t>(c_.sentence_start) && c_.text[at - 1] == ' ') --at;
      // "Corvina Bio, a Seoul-based developer of …, said Laura Kim … will join": the comma closes the
      // reporting organization's apposition.
      if (at > static_cast<size_t>(c_.sentence_start) && c_.text[at - 1] == ',' &&
          r_.rows_[before].text == "said" &&
          std::any_of(c_.orgs.begin(), c_.orgs.end(), [&](const FrameMention& o) {
            return o.start >= c_.sentence_start && AppositionEnd(static_cast<size_t>(o.end)) == at;
          }))
        return false;
      // "The group's credit card unit, Hanmi Card, said Park Ji-won took office …": the organization closing
      // an apposition reports.
      if (at > static_cast<size_t>(c_.sentence_start) && c_.text[at - 1] == ',' &&
          r_.rows_[before].text == "said" &&
          std::any_of(c_.orgs.begin(), c_.orgs.end(), [&](const FrameMention& o) {
            return o.end + 1 == static_cast<int>(at) &&
                   EndsWithAt(c_.text, static_cast<size_t>(o.start), ", ");
          }))
        return false;
      // "Harlow & Finch Inc. said Michael Brennan … will join": an organization's name ending in a
      // full stop reports, as a name ending in a letter does.
      if (at > static_cast<size_t>(c_.sentence_start) && c_.text[at - 1] == '.' &&
          r_.rows_[before].text == "said" &&
          std::any_of(c_.orgs.begin(), c_.orgs.end(),
                      [&](const FrameMention& o) { return o.end == static_cast<int>(at); }))
        return false;
      return at <= static_cast<size_t>(c_.sentence_start) || r_.rows_[before].text != "said" ||
             !IsAsciiAlnum(c_.text[at - 1]);
    }
    if (KoParticle(static_cast<size_t>(p.end)) != "topic") return false;
    for (size_t f = static_cast<size_t>(p.end); f < static_cast<size_t>(c_.end); ++f)
      if (MarkerAt("marker", "speaker", f, false) >= 0) return true;
    return false;
  }

  // The slot marked by the first Korean particle closing the noun phrase at `end` (within
  // three words): subject, object, goal, source, or "".
  std::string KoParticle(size_t end, size_t* particle_end = nullptr, int words = 4) {
    std::string_view s = c_.text;
    size_t pos = end;
    for (int word = 0; word < words && pos < static_cast<size_t>(c_.end); ++word) {
      size_t stop = s.find_first_of(" ,.", pos);
      if (stop == std::string_view::npos || stop > static_cast<size_t>(c_.end))
        stop = static_cast<size_t>(c_.end);
      // Particles are at most two syllables at the end of a word.
      for (size_t cut = stop > pos + 6 ? stop - 6 : pos; cut < stop; ++cut) {
        if ((static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) continue;
        int row = -1;
        for (const char* slot : {"goal", "source", "subject", "topic", "object"}) {
          int m = MarkerAt("marker", slot, cut, false);
          if (m >= 0 && cut + r_.rows_[m].text.size() == stop &&
              (row < 0 || r_.rows_[m].text.size() > r_.rows_[row].text.size()))
            row = m;
        }
        if (row >= 0 && (word == 0 || cut > pos)) {
          if (particle_end) *particle_end = stop;
          return r_.rows_[row].value;
        }
      }
      if (stop >= static_cast<size_t>(c_.end) || s[stop] != ' ') break;
      pos = stop + 1;
    }
    return "";
  }

  // The longest run of titles starting at `pos` (words separated by spaces); its end, or
  // pos. Titles marked "glued" count only right after a name (`glued`: "한결은행" + "장").
  size_t TitleRun(size_t pos, bool glued = false) {
    size_t at = pos;
    for (int guard = 0; guard < 4; ++guard) {
      int t = MarkerAt("title", "", at, !korean_);
      if (t >= 0 && r_.rows_[t].value == "glued" && !(glued && at == pos)) t = -1;
      size_t end = t >= 0 ? at + r_.rows_[t].text.size() : at;
      if (!korean_ && t >= 0 && PluralAt(c_.lower, end)) ++end;
      if (!korean_) end = std::max(end, EnCompoundTitleEnd(at));
      if (end == at) break;
      at = end;
      size_t next = SkipSpaces(c_.text, at);
      if (MarkerAt("title", "", next, !korean_) < 0) break;
      at = next;
    }
    return at;
  }

  // English: a position written as one to three modifier words before a title ("youth academy
  // manager", "group chief executive"): the end of that title, or `pos`. Modifiers are words of letters and
  // hyphens that are not a "stop" row (articles, prepositions, conjunctions, possessives).
  size_t EnCompoundTitleEnd(size_t pos) {
    size_t at = pos;
    for (int word = 0; word < 4; ++word) {
      if (word > 0) {
        int head = MarkerAt("title", "", at, true);
        if (head >= 0)
          return at + r_.rows_[head].text.size() +
                 (PluralAt(c_.lower, at + r_.rows_[head].text.size()) ? 1 : 0);
      }
      size_t e = at;
      while (e < static_cast<size_t>(c_.end) &&
             ((c_.lower[e] >= 'a' && c_.lower[e] <= 'z') || (c_.lower[e] == '-' && e > at)))
        ++e;
      if (e == at || e >= static_cast<size_t>(c_.end) || c_.text[e] != ' ') return pos;
      int stop = MarkerAt("stop", "", at, true);
      if (stop >= 0 && at + r_.rows_[stop].text.size() == e) return pos;
      at = e + 1;
    }
    return pos;
  }

  // A word ending in a title marked "compound" ("배터리개발센터장에"), or in one marked "glued" right
  // after a bare head word ("스튜디오장을", "연구소장으로": a post named after what it heads, the
  // head word a Korean company or organization head standing alone): the end of that title, or pos.
  // `head` (when given) is set to the head word a glued title closes.
  size_t CompoundTitleEnd(size_t pos, std::string_view* head = nullptr) {
    size_t stop = c_.text.find_first_of(" ,.", pos);
    if (stop == std::string_view::npos || stop > static_cast<size_t>(c_.end))
      stop = static_cast<size_t>(c_.end);
    for (size_t cut = pos + 1; cut < stop; ++cut) {
      if ((static_cast<unsigned char>(c_.text[cut]) & 0xC0) == 0x80) continue;
      int t = MarkerAt("title", "compound", cut, false);
      const std::string_view before = c_.text.substr(pos, cut - pos);
      const bool headed = t < 0 && KoreanHeadWord(before);
      if (headed) t = MarkerAt("title", "glued", cut, false);
      if (t < 0 || cut + r_.rows_[t].text.size() >= stop) continue;
      if (headed && head) *head = before;
      return cut + r_.rows_[t].text.size();
    }
    return pos;
  }
  static bool KoreanHeadWord(std::string_view word) {
    const auto& words = extract::EntityWords::Default();
    return words.Has(extract::WordList::kKoCompanySuffix, word) ||
           words.Has(extract::WordList::kKoOrgSuffix, word);
  }

  // A premod row of value future right before `title_start` ("차기 총장에": designated, not yet
  // in office).
  bool PremodBefore(size_t title_start) {
    for (int i : r_.RowsOf("premod", "ko"))
      if (r_.rows_[i].value == "future" && EndsWithAt(c_.text, title_start, r_.rows_[i].text + " ")) {
        Use(i);
        return true;
      }
    return false;
  }

  // The number of words in [b, e) of the text.
  int WordsBetween(size_t b, size_t e) const {
    int words = 0;
    for (size_t k = b; k < e && k < c_.text.size(); ++k)
      if (c_.text[k] != ' ' && (k == b || c_.text[k - 1] == ' ')) ++words;
    return words;
  }

  // Korean position slots in [from, limit): [ORG [word]] [신임|차기] TITLE… + particle. A goal
  // (에/으로; a topic with an organization: "한빛물산 대표는 … 맡는다"; the object for frames
  // whose position is the object: "대표를 맡는다") outranks a subject ("ORG 부사장이", the
  // person's present title); then a slot with an organization; then the one nearest the trigger.
  Slot KoSlot(int from, int limit, bool object) {
    Slot best;
    int best_pos = -1;
    const bool moves =
        from < limit &&
        c_.text.substr(static_cast<size_t>(from), static_cast<size_t>(limit - from)).find("옮") !=
            std::string_view::npos;
    auto consider = [&](const FrameMention* org, size_t title_start) {
      size_t title_end = TitleRun(title_start, org && title_start == static_cast<size_t>(org->end));
      std::string_view head;
      if (title_end == title_start && (!org || title_start != static_cast<size_t>(org->end)))
        title_end = CompoundTitleEnd(title_start, &head);
      if (title_end == title_start) return;
      // The post heads the organization named before it ("공정거래그룹 공동 그룹장을", "AI스튜디오의
      // 스튜디오장을"): that one is the unit, not the employer.
      if (org && !head.empty() && EndsWithAt(c_.text, static_cast<size_t>(org->end), head)) org = nullptr;
      size_t pe = 0;
      // The particle closes the title word or one of the two words after it ("사장 후보로",
      // "CTO 직무를"), not a noun phrase further on ("넥슨의 대표 흥행작 '던전 크로니클'을").
      std::string slot = KoParticle(title_end, &pe, 3);
      // The post as the object of the verb (맡았다) stands right before it, at most one word between
      // ("연구소장을 각각 맡았다"); an object further on is another verb's ("개발실장을 지낸 …").
      const bool governed = object && slot == "object" && WordsBetween(pe, static_cast<size_t>(limit)) <= 1;
      bool goal = slot == "goal" || governed || (org && slot == "topic");
      if (!(goal || (org && slot == "subject")) || pe > static_cast<size_t>(limit)) return;
      Slot s{org, std::string(c_.text.substr(title_start, title_end - title_start)), goal,
             PremodBefore(title_start)};
      int pos = static_cast<int>(title_start);
      auto rank = [](const Slot& x) { return (x.goal ? 2 : 0) + (x.org ? 1 : 0); };
      if (best.role.empty() || rank(s) > rank(best) || (rank(s) == rank(best) && pos > best_pos)) {
        // "ORG 부사장이 사장으로": the employer stays; not when the clause writes a move (옮기다: "그룹
        // 계열사인 한빛전자의 류정민 사장이 자리를 옮겨 선임됐다"), where the titling organization is where
        // the mover was.
        if (!s.org && best.org && !best.goal && !moves) {
          s.org = best.org;
          s.carried = true;
        }
        best = s;
        best_pos = pos;
      }
    };
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.start < from || o.end > limit || FormerOrGloss(o)) continue;
      size_t at = static_cast<size_t>(o.end);
      if (TitleRun(at, true) > at) {
        consider(&o, at);
        continue;
      }
      // "ORG(K-water) 신임 사장에", "ORG의 신임 행장에": a closing parenthesis or the genitive.
      if (StartsWith(c_.text, at, ")")) ++at;
      if (StartsWith(c_.text, at, "의 ")) at += std::string_view("의").size();
      size_t spaced = SkipSpaces(c_.text, at);
      for (int i : r_.RowsOf("premod", "ko"))
        if (StartsWith(c_.text, spaced, r_.rows_[i].text + " ")) {
          Use(i);
          spaced = SkipSpaces(c_.text, spaced + r_.rows_[i].text.size());
        }
      if (TitleRun(spaced) > spaced || (spaced > at && CompoundTitleEnd(spaced) > spaced)) {
        consider(&o, spaced);  // "ORG 사장에", "ORG AI신약센터장을"
        continue;
      }
      // One unit word between ("대성전자 이사회 의장에").
      size_t next = c_.text.find(' ', spaced);
      if (next == std::string_view::npos || !KoParticle(spaced, nullptr, 1).empty()) continue;
      const size_t second = SkipSpaces(c_.text, next);
      // Or a unit named by a word and a spaced unit row ("신세계인터내셔날 패션·라이프스타일 부문
      // 대표이사로").
      const int unit = MarkerAt("unit", "", second, false);
      if (unit >= 0 && next - spaced <= 30 && StartsWith(c_.text, second + r_.rows_[unit].text.size(), " "))
        consider(&o, SkipSpaces(c_.text, second + r_.rows_[unit].text.size()));
      else if (next - spaced <= 15)
        consider(&o, second);
    }
    // Titles without an organization ("최고경영자로", "사장으로").
    for (int b = from; b < limit; ++b)
      if (b == 0 || c_.text[b - 1] == ' ') consider(nullptr, static_cast<size_t>(b));
    return best;
  }

  // Korean: an organization marked as former ("전 SK하이닉스 부사장이": where the person comes from)
  // or glossing the phrase before it in parentheses ("미주 반도체 총괄(DSA) 사장으로"): no post's
  // employer.
  bool FormerOrGloss(const FrameMention& o) const {
    if (!korean_) return false;
    size_t b = static_cast<size_t>(o.start);
    for (std::string_view former : {"전 ", "前 "})
      if (EndsWithAt(c_.text, b, former) && (b == former.size() || c_.text[b - former.size() - 1] == ' ' ||
                                             c_.text[b - former.size() - 1] == '('))
        return true;
    if (b == 0 || c_.text[b - 1] != '(' || !StartsWith(c_.text, static_cast<size_t>(o.end), ")"))
      return false;
    // "한국수자원공사(K-water) 사장에": the other spelling of the organization before it is no gloss.
    return std::none_of(c_.orgs.begin(), c_.orgs.end(),
                        [&](const FrameMention& x) { return x.end + 1 == o.start; });
  }

  // English: up to three lowercase words closed by 's at `pos` ("state-run utility's "): the
  // position after it, or `pos`.
  size_t GenitiveEnd(size_t pos) {
    size_t at = pos;
    for (int word = 0; word < 3 && at < static_cast<size_t>(c_.end); ++word) {
      size_t e = at;
      while (e < static_cast<size_t>(c_.end) &&
             ((c_.text[e] >= 'a' && c_.text[e] <= 'z') || c_.text[e] == '-'))
        ++e;
      if (e == at) return pos;
      for (const char* gen : {"'s ", "\xE2\x80\x99s "})
        if (StartsWith(c_.text, e, gen)) return e + std::string_view(gen).size();
      if (e >= static_cast<size_t>(c_.end) || c_.text[e] != ' ') return pos;
      at = e + 1;
    }
    return pos;
  }

  // English: the length of a term told between the verb and the post ("agreed to serve a further
  // three-year term as chair", "will serve another term as president"): up to five lowercase words
  // ending in "term" or "terms", then a goal marker. Returns where the marker starts, else `at`.
  size_t SkipTermPhrase(size_t at) {
    size_t e = at;
    for (int word = 0; word < 5 && e < static_cast<size_t>(c_.end); ++word) {
      const size_t b = e;
      while (e < static_cast<size_t>(c_.end) && (IsAsciiAlnum(c_.text[e]) || c_.text[e] == '-')) ++e;
      const bool lower_or_digit =
          (c_.text[b] >= 'a' && c_.text[b] <= 'z') || (c_.text[b] >= '0' && c_.text[b] <= '9');
      if (e == b || !lower_or_digit) return at;
      const std::string_view w = c_.lower.substr(b, e - b);
      if (e >= static_cast<size_t>(c_.end) || c_.text[e] != ' ') return at;
      ++e;
      if (word > 0 && (w == "term" || w == "terms")) return MarkerAt("marker", "goal", e, true) >= 0 ? e : at;
    }
    return at;
  }

  // English position after `pos`: [as|to|its new] TITLE… [of|at ORG].
  void EnRole(size_t pos, std::string* role, std::string* employer) {
    size_t at = SkipTermPhrase(SkipSpaces(c_.lower, pos));
    int goal = MarkerAt("marker", "goal", at, true);
    if (goal >= 0) at = SkipSpaces(c_.lower, at + r_.rows_[goal].text.size());
    // A control verb's infinitive ("nominated X, a former deputy governor, to head the Korea Financial
    // Consumer Agency", "tapped X to lead its cloud unit"): the appointee is the subject of the verb of
    // leading, and what it leads is the post.
    if (goal >= 0 && r_.rows_[goal].text == "to" && LeadVerbRole(at, role, employer)) return;
    const FrameMention* owner = nullptr;
    // "X, chief operating officer of Daesan Construction, was named that company's CEO": a demonstrative
    // owner (marker back_owner rows) is the organization named last before it in the clause.
    if (const int back = MarkerAt("marker", "back_owner", at, true); back >= 0) {
      for (const FrameMention& o : c_.orgs)
        if (InClause(o) && o.end <= static_cast<int>(at) && !IsUnit(o) && (!owner || o.start > owner->start))
          owner = &o;
      if (owner) at = SkipSpaces(c_.lower, at + r_.rows_[back].text.size());
    }
    for (const char* det :
         {"its ", "their ", "the ", "a ", "an ", "next ", "new ", "permanent ", "interim ", "acting "})
      if (StartsWith(c_.lower, at, det)) at += std::string_view(det).size();
    // A genitive determiner: "the state-run utility's new CEO", "the insurer's next group chief";
    // an organization's ("as Rio Grande's interim coach") names the employer.
    for (const FrameMention& o : c_.orgs)
      for (const char* gen : {"'s ", "\xE2\x80\x99s "})
        if (o.start == static_cast<int>(at) && InClause(o) &&
            StartsWith(c_.text, static_cast<size_t>(o.end), gen)) {
          owner = &o;
          at = static_cast<size_t>(o.end) + std::string_view(gen).size();
        }
    size_t gen = owner ? at : GenitiveEnd(at);
    if (gen > at) {
      at = gen;
      for (const char* det : {"next ", "new ", "permanent ", "interim ", "acting "})
        if (StartsWith(c_.lower, at, det)) at += std::string_view(det).size();
    }
    size_t end = TitleRun(at);
    if (end == at) return;
    *role = std::string(c_.text.substr(at, end - at));
    if (owner && !IsUnit(*owner)) *employer = owner->name;
    // "to president and CEO of Daeyang Chemical": both titles are posts of the organization after them.
    // (A title row right after "and", no compound: "promoted to president and named head of X" is another
    // post.)
    if (const size_t also = SkipSpaces(c_.lower, end);
        StartsWith(c_.lower, also, "and ") && MarkerAt("title", "", also + 4, true) >= 0) {
      const size_t second = TitleRun(also + 4);
      if (second > also + 4) end = second;
    }
    size_t after = SkipSpaces(c_.lower, end);
    int of = MarkerAt("marker", "of", after, true);
    if (of < 0) return;
    size_t org_at = SkipSpaces(c_.lower, after + r_.rows_[of].text.size());
    if (StartsWith(c_.lower, org_at, "the ")) org_at += 4;
    // "as president of the state-run Korea Institute of …": one or two lower-case modifiers may stand
    // before the name, as after a verb of leading.
    for (const FrameMention& o : c_.orgs)
      if (!IsUnit(o) && LedNameAt(org_at, o.start)) {
        *employer = o.name;
        break;
      }
  }

  // English: a lead_verb row at `pos` right after an infinitive's "to" ("to head", "to lead", "to
  // run"): the role is the row's value; an organization as its object ("to head the Korea Financial
  // Consumer Agency", "to lead Vela's battery unit") is the employer. A verb of leading with nothing
  // led (a clause end or a preposition after it) is no post.
  bool LeadVerbRole(size_t pos, std::string* role, std::string* employer) {
    int verb = MarkerAt("lead_verb", "", pos, true);
    if (verb < 0) return false;
    size_t at = SkipSpaces(c_.lower, pos + r_.rows_[verb].text.size());
    if (at >= static_cast<size_t>(c_.end) || !std::isalpha(static_cast<unsigned char>(c_.lower[at])))
      return false;
    bool determiner = false;
    for (const char* det : {"the ", "a ", "an ", "its ", "their ", "his ", "her ", "our ", "this ", "next "})
      determiner = determiner || StartsWith(c_.lower, at, det);
    if (!determiner && MarkerAt("stop", "", at, true) >= 0) return false;
    *role = r_.rows_[verb].value;
    if (StartsWith(c_.lower, at, "the ")) at += 4;
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && !IsUnit(o) && LedNameAt(at, o.start)) *employer = o.name;
    return true;
  }

  // An organization starting at byte `start` is the object of a verb of leading whose object starts at `at`:
  // right there, or after one or two lower-case modifiers ("to lead the federal Office of …", "to head the
  // state-run Korea Development Bank"), no stop word among them.
  bool LedNameAt(size_t at, int start) {
    for (int words = 0; words <= 2; ++words) {
      if (static_cast<int>(at) == start) return true;
      if (at >= c_.lower.size() || c_.text[at] != c_.lower[at] ||
          !std::isalpha(static_cast<unsigned char>(c_.text[at])) || MarkerAt("stop", "", at, true) >= 0)
        return false;
      const size_t sp = c_.text.find(' ', at);
      if (sp == std::string_view::npos || static_cast<int>(sp) >= start) return false;
      // A modifier ends in a letter: "of the steelmaker. Daesung Energy …" names no Daesung Energy.
      if (!std::isalnum(static_cast<unsigned char>(c_.text[sp - 1]))) return false;
      at = sp + 1;
    }
    return false;
  }

  // English: a self trigger whose last word is a lead_verb row ("will lead", "will head"): the post and the
  // employer that LeadVerbRole reads from that word; false (no post) when no organization is led ("will lead
  // the talks", "will lead Oriel's work on …"). A trigger of another last word leaves the role to the rest of
  // the reading (true).
  bool SelfLeadRole(const Hit& h, std::string* role, std::string* employer) {
    const std::string& t = r_.rows_[h.row].text;
    const size_t sp = t.rfind(' ');
    if (sp == std::string::npos) return true;
    const size_t verb = static_cast<size_t>(h.end) - (t.size() - sp - 1);
    if (MarkerAt("lead_verb", "", verb, true) < 0) return true;
    std::string r, org;
    if (!LeadVerbRole(verb, &r, &org) || org.empty()) return false;
    // "will lead Oriel's work on …": a part of the organization is led, no post at its head.
    for (const FrameMention& o : c_.orgs)
      if (o.name == org && o.start > static_cast<int>(verb) &&
          (StartsWith(c_.text, static_cast<size_t>(o.end), "'s") ||
           StartsWith(c_.text, static_cast<size_t>(o.end), "\xE2\x80\x99s")))
        return false;
    *role = r;
    *employer = org;
    return true;
  }

  // The nearest organization before `pos` that describes what stands there: not across
  // another person ("Citi's Priya Raman CEO as Tom Hale"), and not one marked as someone's
  // origin ("삼성바이오 출신 윤정석 전 부사장 내정…김태섭 대표").
  // An organization named as a division of a company ("파운드리사업부", "Cloud Unit").
  // Korean: "박 CTO는 네이버클라우드에서 음성AI 리더를 맡았다": the organization closed by 에서 before a self
  // move whose post names no organization is where the post is, when nothing but plain words (no other
  // organization or person, no comma) stands between it and the trigger at `limit`, and no time closed by
  // 까지 before it. Empty otherwise.
  std::string LocativeOrg(int limit) {
    const FrameMention* best = nullptr;
    for (const FrameMention& o : c_.orgs)
      if (o.start >= c_.start && o.end < limit && (!best || o.start > best->start)) best = &o;
    if (!best || !StartsWith(c_.text, static_cast<size_t>(best->end), "에서 ")) return "";
    // "최근까지 라이엇게임즈에서 … 총괄 프로듀서를 맡았다": a post held until a time is a past one, not this
    // move's.
    const std::string_view lead =
        c_.text.substr(static_cast<size_t>(c_.start), static_cast<size_t>(best->start - c_.start));
    if (lead.find("까지 ") != std::string_view::npos) return "";
    const size_t from = static_cast<size_t>(best->end) + std::string_view("에서 ").size();
    if (from > static_cast<size_t>(limit)) return "";
    const std::string_view between = c_.text.substr(from, static_cast<size_t>(limit) - from);
    if (between.find_first_of(",.") != std::string_view::npos) return "";
    for (const FrameMention& p : c_.persons)
      if (p.start >= static_cast<int>(from) && p.start < limit) return "";
    return best->name;
  }

  bool IsUnit(const FrameMention& o) { return NameEndsWith(o, "unit", false); }
  bool IsUnitName(const std::string& name) {
    for (const FrameMention& o : c_.orgs)
      if (o.name == name) return IsUnit(o);
    return false;
  }
  // The organization the person joins earlier in the clause (a `joined_at` row right after it:
  // "네이버에 합류해", "쿠팡에 입사해") when `role`, glued to `org`, heads a unit (a
  // `unit_head` row ends it: 센터장, 연구소장); else null.
  const FrameMention* UnitOfJoined(const FrameMention& org, const std::string& role) {
    int head = -1;
    for (int i : r_.RowsOf("unit_head", "ko"))
      if (EndsWithAt(role, role.size(), r_.rows_[i].text)) head = i;
    if (head < 0) return nullptr;
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.end > org.start || o.name == org.name) continue;
      for (int i : r_.RowsOf("joined_at", "ko"))
        if (StartsWith(c_.text, static_cast<size_t>(o.end), r_.rows_[i].text)) {
          Use(head);
          Use(i);
          return &o;
        }
    }
    return nullptr;
  }
  // A company's deciding body ("임원후보추천위원회", "이사회"): it acts, the company employs.
  bool IsBody(const FrameMention& o) { return NameEndsWith(o, "body", true); }
  bool NameEndsWith(const FrameMention& o, std::string_view kind, bool whole_ok) {
    std::string lower = korean_ ? o.name : AsciiLower(o.name);
    for (int i : r_.RowsOf(kind, Lang())) {
      const Row& w = r_.rows_[i];
      if ((lower.size() > w.text.size() || (whole_ok && lower.size() == w.text.size())) &&
          EndsWithAt(lower, lower.size(), w.text)) {
        Use(i);
        return true;
      }
    }
    return false;
  }

  const FrameMention* OrgBefore(int pos, int window) {
    const FrameMention* best = nullptr;
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.end > pos || pos - o.end > window || (korean_ && IsUnit(o))) continue;
      bool crossed = std::any_of(c_.persons.begin(), c_.persons.end(),
                                 [&](const FrameMention& p) { return p.start >= o.end && p.end <= pos; });
      // English: an organization in another person's apposition ("named Karen Whitlock, a
      // senior executive at Applied Materials, … and said current CEO Richard Hollis") is theirs.
      if (!korean_)
        for (const FrameMention& p : c_.persons)
          crossed = crossed || (p.end <= o.start && p.end < pos - 1 &&
                                AppositionEnd(static_cast<size_t>(p.end)) >= static_cast<size_t>(o.end));
      size_t after = SkipSpaces(c_.text, static_cast<size_t>(o.end));
      if (crossed ||
          MarkerAt("marker", "source", korean_ ? after : SkipSpaces(c_.lower, after), !korean_) >= 0)
        continue;
      best = &o;
    }
    return best;
  }

  // The organization the clause opens with as its subject, for a frame whose own arguments
  // name none: "데이터나무는 … COO가 새 대표를 맡는다", "Kinetiq, which …, under its head, X, who
  // has been named chief executive".
  // English: the organization opens the sentence past "The" and a wire dateline ("NORTHBRIDGE, Ohio
  // (AP) — The University of Northbridge hired …").
  bool OpensSentence(const FrameMention& o) const {
    const size_t from = static_cast<size_t>(c_.sentence_start);
    if (o.start < c_.sentence_start || static_cast<size_t>(o.start) - from > 80) return false;
    std::string_view before = c_.lower.substr(from, static_cast<size_t>(o.start) - from);
    if (EndsWithAt(before, before.size(), "the ")) before.remove_suffix(4);
    if (before.empty()) return true;
    for (const char* dash : {"-- ", "- ", "\xE2\x80\x94 ", "\xE2\x80\x93 "})
      if (EndsWithAt(before, before.size(), dash)) return before.find(". ") == std::string_view::npos;
    return false;
  }

  std::string OpeningSubject(const Hit& h) {
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.end > h.pos || IsBody(o)) continue;
      if (o.start != c_.start && o.start != c_.sentence_start && (korean_ || !OpensSentence(o))) continue;
      if (!korean_ && SpeaksOfOtherSubject(o, h.pos)) continue;
      if (!korean_) return StartsWith(c_.text, static_cast<size_t>(o.end), "'s") ? "" : o.name;
      std::string slot = KoParticle(static_cast<size_t>(o.end), nullptr, 1);
      if (slot == "subject" || slot == "topic") return o.name;
    }
    return "";
  }

  // English: the organization opening the sentence stands before a title and a person's name
  // ("Tessellate Chief Executive Kevin Zhou", "Google researcher Ann Lee"): it titles that person.
  bool OpenerTitlesPerson(const Hit& h) const {
    for (const FrameMention& p : c_.persons)
      if (p.end <= h.pos && OpenerTitling(p)) return true;
    return false;
  }

  // The organization opening the sentence that titles person `p` ("NordFuel co-founder and CEO
  // Ingrid Solberg"), or nullptr: title words (joined by "and") between them.
  const FrameMention* OpenerTitling(const FrameMention& p) const {
    for (const FrameMention& o : c_.orgs) {
      if (o.start != c_.start && o.start != c_.sentence_start) continue;
      if (p.start <= o.end || p.start - o.end > 60) continue;
      std::string between(c_.lower.substr(static_cast<size_t>(o.end), static_cast<size_t>(p.start - o.end)));
      for (size_t f = between.find(" and "); f != std::string::npos; f = between.find(" and "))
        between.erase(f, 4);
      if (PrenominalTitle(between)) return &o;
    }
    return nullptr;
  }

  // "At ORG, …" opening the sentence.
  std::string ContextOpener() {
    size_t s = static_cast<size_t>(c_.sentence_start);
    if (MarkerAt("marker", "context", s, true) < 0) return "";
    size_t at = SkipSpaces(c_.lower, s + 2);
    for (const FrameMention& o : c_.orgs)
      if (o.start == static_cast<int>(at) && StartsWith(c_.text, static_cast<size_t>(o.end), ","))
        return o.name;
    return "";
  }

  // An organization describing the person: in an English apposition or right after it
  // ("from X"); in Korean before the particle closing the person's noun phrase, or marked
  // as the origin before the person ("X 출신 Y", "X에서 … Y").
  // "dean of the School of Law at Yale University": a unit (a unit row ending its name, a unit_front row
  // opening it) followed by "at" and another organization of the apposition (ending by `end`) is part of that
  // one, where the person works; else the unit itself.
  const FrameMention& ParentAfterUnit(const FrameMention& o, size_t end) {
    std::string lower = AsciiLower(o.name);
    bool unit = IsUnit(o);
    for (int i : r_.RowsOf("unit_front", "en"))
      if (!unit && StartsWith(lower, 0, r_.rows_[i].text)) {
        Use(i);
        unit = true;
      }
    if (!unit || !StartsWith(c_.lower, static_cast<size_t>(o.end), " at ")) return o;
    for (const FrameMention& q : c_.orgs)
      if (q.start == o.end + 4 && static_cast<size_t>(q.end) <= end && InClause(q)) return q;
    return o;
  }

  std::string Affiliation(const FrameMention& p) {
    if (!korean_) {
      size_t end = AppositionEnd(static_cast<size_t>(p.end));
      // In the apposition, the organization of a position ("Asia chief executive at Prudential")
      // outranks one that only modifies the title.
      const FrameMention* first = nullptr;
      for (const FrameMention& o : c_.orgs) {
        if (!InClause(o) || o.start < p.end || static_cast<size_t>(o.end) > end) continue;
        if (!first) first = &o;
        std::string_view before =
            c_.lower.substr(static_cast<size_t>(p.end), static_cast<size_t>(o.start - p.end));
        // "at Prudential", "at rival Prudential": the marker, then at most one word.
        for (int i : r_.RowsOf("marker", "en")) {
          if (r_.rows_[i].value != "of") continue;
          size_t f = before.rfind(" " + r_.rows_[i].text + " ");
          if (f == std::string_view::npos) continue;
          std::string_view rest = before.substr(f + r_.rows_[i].text.size() + 2);
          if (rest.empty() ||
              (rest.find(' ') == rest.size() - 1 && rest.find(',') == std::string_view::npos)) {
            Use(i);
            return ParentAfterUnit(o, end).name;
          }
        }
      }
      if (first) return first->name;
      size_t after = SkipSpaces(c_.lower, end);
      int from = MarkerAt("marker", "source", after, true);
      // "Citi's Priya Raman": the possessor right before the name.
      for (const FrameMention& o : c_.orgs)
        if (from < 0 && InClause(o) && (o.end + 3 == p.start || o.end + 5 == p.start) &&
            (StartsWith(c_.text, static_cast<size_t>(o.end), "'s ") ||
             StartsWith(c_.text, static_cast<size_t>(o.end), "’s ")))
          return o.name;
      if (from < 0) return "";
      size_t at = SkipSpaces(c_.lower, after + r_.rows_[from].text.size());
      for (const FrameMention& o : c_.orgs)
        if (o.start == static_cast<int>(at)) return o.name;
      return "";
    }
    size_t end = static_cast<size_t>(p.end) + kAffiliationWindow, pe = 0;
    if (!KoParticle(static_cast<size_t>(p.end), &pe).empty()) end = pe;
    // The person's noun phrase ends at a comma; an organization marked as someone's origin
    // there describes who follows ("최형준 부회장 용퇴, 보쉬 출신 … 영입").
    size_t comma = c_.text.find(',', static_cast<size_t>(p.end));
    if (comma != std::string_view::npos && comma < end) end = comma;
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && o.start >= p.end && static_cast<size_t>(o.end) <= end &&
          MarkerAt("marker", "source", SkipSpaces(c_.text, static_cast<size_t>(o.end)), false) < 0)
        return o.name;
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.end > p.start || p.start - o.end > kAffiliationWindow) continue;
      size_t at = static_cast<size_t>(o.end);
      if (MarkerAt("marker", "source", SkipSpaces(c_.text, at), false) >= 0) return o.name;
      if (SourceAfterUnit(at, p.start)) return o.name;
    }
    // "서울대 배성호 교수를": an organization standing right before the name (no particle) is
    // where the person works now.
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && o.end + 1 == p.start && c_.text[o.end] == ' ') return o.name;
    // "동서화학 기획조정실장인 명지훈 부사장이": the post the person holds there written between.
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && o.end < p.start && p.start - o.end <= kAffiliationWindow &&
          KoreanPresentPost(c_.text.substr(static_cast<size_t>(o.end), static_cast<size_t>(p.start - o.end))))
        return o.name;
    // "삼성바이오로직스에서 제조 부문을 이끌던 윤정석": a past relative clause before the name.
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && o.end <= p.start && KoreanRelativeOrigin(c_.text, o.end, p.start)) return o.name;
    return "";
  }

  // A title within a few words before or after the person ("Chief Executive Richard Aldous",
  // "이상훈 대표", "김현우 딥파인 대표").
  bool HasTitleNear(const FrameMention& p) {
    // (A sentence topic before the clause, SentenceTopicBefore, is read in its own clause.)
    const int from = p.start < c_.start ? c_.sentence_start : c_.start;
    int lo = std::max(from, p.start - kTitleWindow), hi = std::min(c_.end, p.end + kTitleWindow);
    for (int b = lo; b < hi; ++b) {
      if (b >= p.start && b < p.end) continue;
      bool word_start = b == 0 || c_.text[b - 1] == ' ' || c_.text[b - 1] == ',' || c_.text[b - 1] == '(';
      if (word_start && TitleRun(static_cast<size_t>(b)) > static_cast<size_t>(b)) return true;
      // A Korean compound post ("영업본부장은", "보도국장이"): a word closed by a compound title row.
      if (word_start && korean_ && CompoundTitleEnd(static_cast<size_t>(b)) > static_cast<size_t>(b))
        return true;
      // The head of a named organization, its name and the post written as one word ("정현수 우성은행장은"):
      // a glued title row right after an organization mention that opens the word.
      if (word_start && korean_ && GluedPostAfterOrg(b)) return true;
    }
    return false;
  }

  bool GluedPostAfterOrg(int word_start) {
    for (const FrameMention& o : c_.orgs)
      if (o.start == word_start && TitleRun(static_cast<size_t>(o.end), true) > static_cast<size_t>(o.end))
        return true;
    return false;
  }

  // The candidate before the trigger (nearest; Korean active frames: marked as object). A
  // speaker is not the candidate of an appointment, but may announce their own departure.
  const FrameMention* PersonBefore(const Hit& h, bool want_object) {
    const FrameMention* best = nullptr;
    for (const FrameMention& p : c_.persons) {
      if (!InClause(p) || p.end > h.pos) continue;
      // A Korean subject or topic governs the verb however long the clause ("김상혁 현 대표는
      // 지난 10월 … 사태에 책임을 지고 사의를 표명했다"); other arguments stand near it.
      const bool ko_additive =
          korean_ && !want_object && h.voice != 'a' && KoAdditive(static_cast<size_t>(p.end));
      bool ko_subject = korean_ && !want_object && h.voice != 'a' &&
                        (KoParticle(static_cast<size_t>(p.end)) == "topic" ||
                         KoParticle(static_cast<size_t>(p.end)) == "subject" || ko_additive);
      // A Korean object is measured from the particle closing its noun phrase: the titles in apposition
      // ("박정훈 메모리사업부 D램개발실장(부사장)을 … 임명하고") are no distance to the verb.
      size_t object_end = 0;
      const bool ko_object = korean_ && want_object &&
                             KoParticle(static_cast<size_t>(p.end), &object_end, 5) == "object" &&
                             object_end <= static_cast<size_t>(h.pos);
      const int from = ko_object ? static_cast<int>(object_end) : p.end;
      // "서지훈 상무에게 자산운용본부장을 맡겼다": a person given something (에게) is no object; the object
      // is what is given.
      if (ko_object && KoDativeEnd(static_cast<size_t>(p.end), object_end) > 0) continue;
      if (h.pos - from > (ko_subject ? kKoSubjectWindow : kArgumentWindow)) continue;
      if (h.appoint && IsSpeaker(p)) continue;
      // A self move's mover is never the object ("윤 대표는 라온게임즈 신작 총괄 부사장을 맡으며": the post).
      if (korean_ && h.voice == 's' && !ko_additive &&
          KoParticle(static_cast<size_t>(p.end), nullptr, 3) == "object")
        continue;
      if (want_object && KoParticle(static_cast<size_t>(p.end), nullptr, 5) != "object") continue;
      // "정 교수는 … 이석진 교수의 후임으로 … 맡는다": a name in the genitive (its title or the name
      // itself closed by 의) owns a noun; it is no argument of the verb.
      if (korean_ && !want_object && KoGenitive(static_cast<size_t>(p.end))) continue;
      best = &p;
    }
    if (!best && korean_ && !want_object && h.voice != 'a') best = SentenceTopicBefore(h);
    return best;
  }
  // Korean: the person given the post of a ":post" verb ("최성민 수석코치에게 감독대행을 맡겼다"): a dative
  // row closes the person's noun phrase (the name or one of the two words after it), near the verb.
  const FrameMention* DativeBefore(const Hit& h) {
    const FrameMention* best = nullptr;
    for (const FrameMention& p : c_.persons)
      if (InClause(p) && p.end <= h.pos && h.pos - p.end <= kArgumentWindow && !IsSpeaker(p) &&
          KoDativeEnd(static_cast<size_t>(p.end), static_cast<size_t>(h.pos)) > 0)
        best = &p;
    return best;
  }
  // Where a dative row closes the noun phrase starting at `end` (the name or one of the two words after it),
  // before `limit`; 0 when none does.
  size_t KoDativeEnd(size_t end, size_t limit) {
    for (int word = 0; word < 3 && end < limit; ++word) {
      const size_t stop = std::min(c_.text.find_first_of(" ,.", end), limit);
      if (stop > end && MarkerBefore("marker", "dative", stop) >= 0) return stop;
      if (stop >= limit || c_.text[stop] != ' ') break;
      end = stop + 1;
    }
    return 0;
  }
  // Korean: the person whose genitive (의, glued to the name or to one word after it) stands right before
  // the trigger, past adverb rows ("김대호 감독의 사퇴를 공식 수용했다" reads the adverb inside the trigger).
  const FrameMention* GenitiveOwnerBefore(const Hit& h) const {
    const FrameMention* best = nullptr;
    for (const FrameMention& p : c_.persons) {
      if (!InClause(p) || p.end > h.pos || !KoGenitive(static_cast<size_t>(p.end))) continue;
      const size_t own = StartsWith(c_.text, static_cast<size_t>(p.end), "의 ")
                             ? static_cast<size_t>(p.end) + std::string_view("의").size()
                             : c_.text.find(' ', static_cast<size_t>(p.end) + 1);
      if (own != std::string_view::npos && SkipSpaces(c_.text, own) == static_cast<size_t>(h.pos)) best = &p;
    }
    return best;
  }
  // Korean: the additive particle 도 (a marker row) closes the person's noun phrase ending at `end` (the
  // name's word or one of the two after it, before any other particle): "누리전자 한도윤 대표도 … 사의를
  // 표명했다" is a subject too ("also"), as the topic would be; the particle search must not run on to
  // "사의를" (an object).
  bool KoAdditive(size_t end) {
    std::string_view s = c_.text;
    for (size_t at = end, word = 0; word < 3 && at < static_cast<size_t>(c_.end); ++word) {
      size_t stop = std::min(s.find_first_of(" ,.", at), static_cast<size_t>(c_.end));
      for (int m : r_.RowsOf("marker", "ko")) {
        const Row& w = r_.rows_[m];
        const bool fits = word == 0 ? stop - at == w.text.size() : stop - at > w.text.size();
        if (w.value == "additive" && fits && s.substr(stop - w.text.size(), w.text.size()) == w.text) {
          Use(m);
          return true;
        }
      }
      if (!KoParticle(at, nullptr, 1).empty() || stop >= static_cast<size_t>(c_.end) || s[stop] != ' ')
        return false;
      at = stop + 1;
    }
    return false;
  }
  // The name ending at `end`, or the one word written after it, closes with the genitive 의.
  bool KoGenitive(size_t end) const {
    std::string_view t = c_.text;
    if (StartsWith(t, end, "의 ")) return true;
    if (!StartsWith(t, end, " ")) return false;
    const size_t w = t.find(' ', end + 1);
    return w != std::string_view::npos && w > end + 1 && EndsWithAt(t, w, "의") && w - end - 1 <= 4 * 3;
  }
  // Korean: a clause naming no one, cut from its sentence at a contrast ending ("전임 이재원 사장은
  // 지난 10월 임기가 끝났지만 | 후임 인선이 늦어지면서 … 이날 퇴임했다"): the topic (은/는) opening the
  // sentence is its subject too. The last person before the clause, when marked as the topic.
  const FrameMention* SentenceTopicBefore(const Hit& h) {
    if (!EndsWithAt(c_.text, static_cast<size_t>(c_.start), "지만 ") &&
        !EndsWithAt(c_.text, static_cast<size_t>(c_.start), "으나 "))
      return nullptr;
    const FrameMention* last = nullptr;
    for (const FrameMention& p : c_.persons) {
      if (p.start >= c_.start && p.start < h.pos) return nullptr;  // the clause names someone
      if (p.start >= c_.sentence_start && p.end <= c_.start) last = &p;
    }
    if (!last || h.pos - last->end > kKoSubjectWindow) return nullptr;
    // The topic particle closes the person's noun phrase (read over the whole sentence).
    FrameClause whole = c_;
    whole.start = c_.sentence_start;
    Scan sentence(r_, whole, used_);
    if (sentence.KoParticle(static_cast<size_t>(last->end)) != "topic" || sentence.IsSpeaker(*last))
      return nullptr;
    return last;
  }
  const FrameMention* PersonAfter(const Hit& h) {
    for (const FrameMention& p : c_.persons)
      if (InClause(p) && p.start >= h.end && p.start - h.end <= kArgumentWindow && !IsSpeaker(p)) return &p;
    return nullptr;
  }

  // The organization acting in an active frame: en the nearest one before the trigger; ko the
  // nearest one before it marked as subject or topic.
  std::string SubjectOrg(const Hit& h) {
    std::string found;
    for (const FrameMention& o : c_.orgs) {
      // English: the subject heads its own apposition ("Verity Labs, a startup backed by venture firm
      // Lattice Capital, has hired …"): the organization closing it is the subject's, not the verb's.
      // Korean: the subject may open a long clause ("X가 … 출신 Y(47) 전 … 본부장을 … 내정했다").
      if (!InClause(o) || o.end > h.pos || (!korean_ && h.pos - o.end > kArgumentWindow)) continue;
      if (IsBody(o)) {
        // "한빛생명 임원후보추천위원회는 …": a body named with its company first acts for that company.
        const std::string owner = korean_ ? BodyOwner(o) : "";
        const std::string slot = owner.empty() ? "" : KoParticle(static_cast<size_t>(o.end));
        if (slot == "subject" || slot == "topic") found = owner;
        continue;
      }
      if (!korean_ && SpeaksOfOtherSubject(o, h.pos)) continue;
      if (const FrameMention* owner = korean_ ? nullptr : OwnerOfApposition(o, h.pos)) {
        if (!IsBody(*owner)) found = owner->name;
        continue;
      }
      std::string slot = korean_ ? KoParticle(static_cast<size_t>(o.end)) : "";
      if (!korean_ || slot == "subject" || slot == "topic") found = o.name;
    }
    return found;
  }

  // English: organization `o` speaks (a speaker marker after it: "said", "told") a "that" clause before `pos`
  // whose subject is a definite noun phrase of its own ("The White House said Friday that the president had
  // nominated …"): the verb's actor is that subject, not the speaker. A pronoun or an anaphor row for the
  // speaker ("said it had hired", "said that the company had hired") keeps the speaker the actor.
  bool SpeaksOfOtherSubject(const FrameMention& o, int pos) {
    const size_t after = SkipSpaces(c_.lower, static_cast<size_t>(o.end));
    if (MarkerAt("marker", "speaker", after, true) < 0 || StartsWith(c_.lower, after, "according"))
      return false;
    const size_t that = c_.lower.find(" that the ", after);
    if (that == std::string_view::npos || that >= static_cast<size_t>(pos)) return false;
    const size_t subj = that + 6;
    if (MarkerAt("anaphor", "", subj, true) >= 0) return false;
    const size_t word = subj + 4;
    return word < c_.text.size() && c_.text[word] >= 'a' && c_.text[word] <= 'z';
  }

  // Korean: the company a deciding body's name opens with, written apart ("한빛생명 임원후보추천위원회",
  // one name to the recognizer): the first word, unless it is a body or a unit itself, or a holding,
  // whose committees choose the heads of its subsidiaries ("한빛금융지주 자회사최고경영자후보추천위원회는
  // … 한빛은행장 후보로"); else empty.
  std::string BodyOwner(const FrameMention& body) {
    const size_t space = body.name.find(' ');
    if (space == std::string::npos || space == 0) return "";
    const std::string first = body.name.substr(0, space);
    return r_.KoreanBody(first) || r_.KoreanUnit(first) || r_.HoldingName(first, nullptr, used_) ? "" : first;
  }

  // English: the organization whose apposition or "of" phrase holds `o`, closed before `limit`
  // ("X, a startup backed by Y, has hired", "X, a unit of Y,", "X of the Korea Baseball
  // Organization hired"), or nullptr. An organization there describes X; it never acts for it.
  const FrameMention* OwnerOfApposition(const FrameMention& o, int limit) {
    for (const FrameMention& x : c_.orgs) {
      if (&x == &o || !InClause(x) || x.end >= o.start) continue;
      // (Not an organization closing a person's apposition: "X, a trader at Balyasny, …".)
      if (MarkerBefore("marker", "of", static_cast<size_t>(x.start)) >= 0 ||
          MarkerBefore("marker", "source", static_cast<size_t>(x.start)) >= 0)
        continue;
      std::string_view mid =
          c_.lower.substr(static_cast<size_t>(x.end), static_cast<size_t>(o.start - x.end));
      if (mid == " of " || mid == " of the ") return &x;
      const size_t close = AppositionEnd(static_cast<size_t>(x.end));
      if (close > static_cast<size_t>(o.end) && close <= static_cast<size_t>(limit) &&
          mid.find(',', 1) == std::string_view::npos)
        return &x;
    }
    return nullptr;
  }

  // The first organization inside [b, e) of the clause, or "".
  // Korean: an organization marked as an origin (a source marker row: 출신, 소속) right before the
  // person starting at `head` ("딥로직스 소속 강도윤", "미래에셋증권 IB2부문 소속 김태준 …"): its name;
  // a division stands for its company (the words before its last one, the clause's spelling of
  // that company when the clause names it). "" when none.
  std::string ListSource(int head) {
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.end > head || head - o.end > kAffiliationWindow) continue;
      size_t at = SkipSpaces(c_.text, static_cast<size_t>(o.end));
      int m = MarkerAt("marker", "source", at, false);
      if (m < 0 || at == static_cast<size_t>(o.end)) continue;
      if (SkipSpaces(c_.text, at + r_.rows_[m].text.size()) != static_cast<size_t>(head)) continue;
      if (!IsUnit(o)) return o.name;
      std::string_view surface =
          c_.text.substr(static_cast<size_t>(o.start), static_cast<size_t>(o.end - o.start));
      size_t sp = surface.rfind(' ');
      if (sp == std::string_view::npos) return "";
      std::string_view parent = surface.substr(0, sp);
      for (const FrameMention& other : c_.orgs)
        if (c_.text.substr(static_cast<size_t>(other.start), static_cast<size_t>(other.end - other.start)) ==
            parent)
          return other.name;
      return std::string(parent);
    }
    return "";
  }

  std::string OrgIn(int b, int e) const {
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && o.start >= b && o.end <= e) return o.name;
    return "";
  }

  // Korean coordination before the candidate: "정민수(52) 메모리사업부 실장과 이하나(49) 부사장을
  // 각각 …", "최동진(64) 대표와 한울건설 김영태(66) 대표는 …". A person whose noun phrase closes
  // with 과/와 (no other particle, no comma between) goes to `coordinated_`, and so on backwards.
  void KoCoordinated(const FrameMention& cand) {
    const FrameMention* next = &cand;
    for (int guard = 0; guard < 6; ++guard) {
      const FrameMention* prev = nullptr;
      for (const FrameMention& p : c_.persons)
        if (InClause(p) && p.end <= next->start && next->start - p.end <= 90) prev = &p;
      size_t np_end = 0;
      bool slotted = false;
      if (!prev ||
          !(KoLinkedByAnd(static_cast<size_t>(prev->end), static_cast<size_t>(next->start), &np_end) ||
            KoLinkedByDot(static_cast<size_t>(prev->end), static_cast<size_t>(next->start), &np_end) ||
            KoLinkedByComma(static_cast<size_t>(prev->end), static_cast<size_t>(next->start), &np_end,
                            &slotted)))
        return;
      coordinated_.push_back(prev);
      ko_np_end_.push_back(np_end);
      // Pairs of position and person ("A 사장에 X …, B 이사장에 Y …"): each person has the slot
      // standing between the comma before them and their name.
      Slot own;
      if (slotted) {
        size_t comma = c_.text.rfind(", ", static_cast<size_t>(prev->start));
        int from = comma == std::string_view::npos || static_cast<int>(comma) < c_.start
                       ? c_.start
                       : static_cast<int>(comma) + 2;
        own = KoSlot(from, prev->start, false);
      }
      ko_slots_.push_back(own.goal ? own : Slot{});
      next = prev;
    }
  }
  // English: the people coordinated before the subject of a self departure ("Chief Operating
  // Officer Brian Holt and Chief Creative Officer Aiko Tanaka have resigned", "Holt, Ito and Tanaka
  // left the company") leave too; they go to `coordinated_`. The link nearest the subject is
  // " and " (", and "), earlier ones may be ", "; between a link and the next name stand at most
  // four descriptor words (letters and hyphens, no stop row but a leading its/the/their).
  void EnCoordinatedBefore(const FrameMention& cand) {
    const FrameMention* next = &cand;
    for (int guard = 0; guard < 6; ++guard) {
      const FrameMention* prev = nullptr;
      for (const FrameMention& p : c_.persons)
        if (InClause(p) && p.end <= next->start && next->start - p.end <= 90) prev = &p;
      if (!prev || IsSpeaker(*prev)) return;
      size_t at = AppositionEnd(static_cast<size_t>(prev->end));
      if (at > static_cast<size_t>(next->start)) at = static_cast<size_t>(prev->end);
      // The comma closing an apposition is the list's link ("A, CEO of X, B, head of Y, and C").
      else if (at > static_cast<size_t>(prev->end))
        --at;
      std::string_view gap = c_.lower.substr(at, static_cast<size_t>(next->start) - at);
      size_t link = 0;
      for (const char* l : {", and ", " and ", ", "})
        if (StartsWith(gap, 0, l) && (guard > 0 || std::string_view(l) != ", ")) {
          link = std::string_view(l).size();
          break;
        }
      if (link == 0 || !DescriptorWords(gap.substr(link))) return;
      coordinated_.push_back(prev);
      next = prev;
    }
  }
  // `words` (lowercase, each followed by a space, or empty) are at most four descriptor words.
  bool DescriptorWords(std::string_view words) {
    int n = 0;
    for (size_t b = 0; b < words.size(); ++n) {
      size_t sp = words.find(' ', b);
      if (sp == std::string_view::npos || n >= 4) return false;
      std::string_view w = words.substr(b, sp - b);
      if (w.empty()) return false;
      for (char ch : w)
        if (!((ch >= 'a' && ch <= 'z') || ch == '-')) return false;
      const bool determiner = n == 0 && (w == "its" || w == "the" || w == "their");
      for (int i : r_.RowsOf("stop", "en"))
        if (!determiner && r_.rows_[i].text == w) return false;
      b = sp + 1;
    }
    return true;
  }
  // `w` is a spaced source marker ("출신" of "메타 출신"): the origin of the noun phrase after it.
  bool KoOriginWord(std::string_view w) {
    for (int i : r_.RowsOf("marker", "ko"))
      if (r_.rows_[i].value == "source" && r_.rows_[i].text == w && w.size() > 3) return true;
    return false;
  }
  // [from, to) is the rest of one noun phrase closed by 과/와, then modifiers of the next one.
  bool KoLinkedByAnd(size_t from, size_t to, size_t* np_end) {
    std::string_view gap = c_.text.substr(from, to - from);
    if (gap.find(',') != std::string_view::npos) return false;
    bool linked = false;
    for (size_t b = 0; b < gap.size();) {
      size_t sp = gap.find(' ', b);
      if (sp == std::string_view::npos) sp = gap.size();
      std::string_view w = gap.substr(b, sp - b);
      b = sp + 1;
      if (w.empty()) continue;
      bool and_word = EndsWithAt(w, w.size(), "과") || EndsWithAt(w, w.size(), "와");
      if (and_word && linked) return false;
      if (and_word) {
        linked = true;
        *np_end = from + static_cast<size_t>(w.data() - gap.data()) + w.size();
        continue;
      }
      // The next person's own origin ("A 박사와 메타 출신 B 박사가"): a modifier of the next noun phrase.
      if (linked && KoOriginWord(w)) continue;
      if (!KoParticle(from + static_cast<size_t>(w.data() - gap.data()), nullptr, 1).empty()) return false;
    }
    return linked;
  }

  // [from, to) is only a list mark between two names (frames.tsv marker rows of value list: "유서진·강하늘
  // 상무보를").
  bool KoLinkedByDot(size_t from, size_t to, size_t* np_end) {
    const std::string_view gap = c_.text.substr(from, to - from);
    for (int i : r_.RowsOf("marker", "ko"))
      if (r_.rows_[i].value == "list" && gap == r_.rows_[i].text) {
        Use(i);
        *np_end = from;
        return true;
      }
    return false;
  }

  // [from, to) is the rest of one noun phrase closed by a comma (no particle), then either
  // modifiers of the next one ("이혜원 전무, 박상철 전무 등 3명이") or the next person's own
  // position slot ("A 사장에 서다은 … 교수, B 이사장에 남기철 … 실장, … 각각 임명"): `slotted`.
  bool KoLinkedByComma(size_t from, size_t to, size_t* np_end, bool* slotted) {
    std::string_view gap = c_.text.substr(from, to - from);
    size_t comma = gap.find(", ");
    if (comma == std::string_view::npos || gap.find(',', comma + 1) != std::string_view::npos ||
        gap.find('.') != std::string_view::npos)
      return false;
    for (size_t b = 0; b < comma;) {
      size_t sp = gap.find(' ', b);
      if (sp == std::string_view::npos || sp > comma) sp = comma;
      if (sp > b && !KoParticle(from + b, nullptr, 1).empty()) return false;
      b = sp + 1;
    }
    *np_end = from + comma;
    size_t rest = from + comma + 2;
    if (rest >= to) return true;
    Slot slot = KoSlot(static_cast<int>(rest), static_cast<int>(to), false);
    if (!slot.goal) {
      // Modifiers only: no particle between the comma and the next name.
      for (size_t b = rest; b < to;) {
        size_t sp = c_.text.find(' ', b);
        if (sp == std::string_view::npos || sp > to) sp = to;
        if (sp > b && !KoParticle(b, nullptr, 1).empty()) return false;
        b = sp + 1;
      }
      return true;
    }
    *slotted = true;
    return true;
  }

  // A succession phrase shortly after `at` naming the predecessor ("to succeed Park", ", succeeding Tom
  // Hale"); `employer` receives the employer the predecessor was read as leaving, if any.
  bool Succeeds(size_t at, std::string* employer) {
    for (const char* w : {" to succeed ", " succeeding ", " to replace ", " replacing "}) {
      size_t f = c_.lower.find(w, at > 0 ? at - 1 : 0);
      if (f == std::string_view::npos || f > at + 120 || f + 1 > static_cast<size_t>(c_.end)) continue;
      size_t name_at = f + std::string_view(w).size();
      for (const FrameMention& p : c_.persons) {
        if (p.start != static_cast<int>(name_at)) continue;
        for (const auto& [who, org] : c_.departed)
          if (who == p.name) *employer = org;
        return true;
      }
    }
    return false;
  }

  // "named X, its COO, and Y, a former head at Z, as co-CEOs": the people coordinated after the
  // first candidate (ending at `at`, past its apposition) go to `coordinated_`; returns the end
  // of the list.
  size_t Coordinated(size_t at) {
    for (int guard = 0; guard < 6; ++guard) {
      size_t next = at;
      for (const char* link : {", and ", " and ", ", "})
        if (StartsWith(c_.lower, at, link)) {
          next = at + std::string_view(link).size();
          break;
        }
      if (next == at) break;
      const FrameMention* other = nullptr;
      for (const FrameMention& p : c_.persons)
        if (p.start == static_cast<int>(next) && !IsSpeaker(p)) other = &p;
      if (!other) break;
      coordinated_.push_back(other);
      at = AppositionEnd(static_cast<size_t>(other->end));
    }
    return at;
  }

  bool ReadAppoint(const Hit& h, FrameEvent* e) {
    char voice = h.voice;
    if (!korean_ && voice == 'a' && PassiveBefore(static_cast<size_t>(h.pos)) >= 0) voice = 'p';
    const FrameMention* cand = nullptr;
    if (korean_) {
      cand = voice == 'a' ? PersonBefore(h, true) : nullptr;
      if (!cand && h.post) cand = DativeBefore(h);
      if (!cand) cand = PersonBefore(h, false);
    } else {
      cand = voice == 'a' ? PersonAfter(h) : PersonBefore(h, false);
    }
    if (!cand) return false;
    // ("Brandt's contract was extended by only a year last spring": a passive ":owned" row is background.)
    if (h.owned && (voice != 'a' || !OwnedTermAfter(*cand))) return false;
    e->type = EventType::kHire;
    e->candidate = cand->name;
    e->candidate_start = cand->start;
    // "Mei Tanaka and Daniel Osei have become vice presidents at Orbis": the people coordinated
    // before the subject take the post too.
    // So do the people listed before a passive subject ("A, CEO of X, B, head of Y, and C were each promoted
    // to president").
    if (!korean_ && voice != 'a') EnCoordinatedBefore(*cand);
    if (korean_) {
      KoCoordinated(*cand);
      Slot s = KoSlot(c_.start, h.pos, voice == 's' || h.post);
      // A self move names the post it takes (에/로, 을/를 맡는다); a subject's title is the
      // one held now ("우아한형제들의 김도현 CTO가 쿠팡으로 자리를 옮긴다").
      if (voice == 's' && !s.goal) return false;
      // A division ("파운드리사업부장에") is part of the role; the employer is the company. So is an
      // organization a unit head's post is glued to after the person joined another one in the
      // clause ("네이버에 합류해 신설되는 비전AI 센터장을 맡는다": a centre of Naver).
      const FrameMention* joined = s.org && !IsUnit(*s.org) ? UnitOfJoined(*s.org, s.role) : nullptr;
      if (s.org && IsUnit(*s.org))
        e->role = s.org->name + s.role;
      else if (joined)
        e->role = s.org->name + " " + s.role, e->employer = joined->name;
      else if (s.org)
        e->employer = KoCarriedEmployer(h, s, voice);
      else if (voice == 's')
        e->employer = LocativeOrg(h.pos);
      if (e->role.empty()) e->role = s.role;
      e->agreed = e->agreed || s.designated;
      // "한결화학 김도윤 부사장이 사장으로 승진했다": a promotion whose post names no organization is at the
      // one the person's noun phrase names before the name (KoOwnOrg); so is each listed member's (Run).
      if (h.inplace && e->employer.empty())
        if (const FrameMention* own = KoOwnOrg(*cand)) e->employer = own->name;
    } else {
      size_t at = voice == 'a' ? AppositionEnd(static_cast<size_t>(cand->end)) : static_cast<size_t>(h.end);
      if (voice == 'a') at = Coordinated(at);
      // "has named its head of sales, Tom Becker, as interim CEO": the name is itself the apposition of the
      // object's title, closed by a comma before the position.
      if (voice == 'a' && NameInCommas(*cand)) at = static_cast<size_t>(cand->end) + 1;
      // "named X from Y as CFO": the origin stands before the position.
      size_t from_at = SkipSpaces(c_.lower, at);
      int from = voice == 'a' ? MarkerAt("marker", "source", from_at, true) : -1;
      for (const FrameMention& o : c_.orgs)
        if (from >= 0 &&
            o.start == static_cast<int>(SkipSpaces(c_.lower, from_at + r_.rows_[from].text.size())))
          at = static_cast<size_t>(o.end);
      // "named Kim Min-jun of Daehan Chemical head of …": the person's organization before the position.
      for (const FrameMention& o : c_.orgs)
        if (voice == 'a' && from < 0 && StartsWith(c_.lower, from_at, "of ") &&
            o.start == static_cast<int>(SkipSpaces(c_.lower, from_at + 3)))
          at = static_cast<size_t>(o.end);
      EnRole(at, &e->role, &e->employer);
      // "succeeds John Hale as CEO": the predecessor stands between the trigger and the position, with
      // a relative clause of theirs too ("replaces Carol Whitby, who retires at the end of the month, as
      // CFO").
      for (const FrameMention& p : c_.persons)
        if (e->role.empty() && voice != 'a' && p.start == static_cast<int>(SkipSpaces(c_.text, at))) {
          size_t after = static_cast<size_t>(p.end);
          if (StartsWith(c_.lower, after, ", who "))
            if (const size_t comma = c_.lower.find(", ", after + 6); comma < static_cast<size_t>(c_.end))
              after = comma + 1;
          EnRole(after, &e->role, &e->employer);
        }
      // "X, a senior vice president, will lead Harbor Freightways": a self trigger closed by a verb of
      // leading (lead_verb) takes what it leads as the post, as after "to"; only an organization led is a
      // post.
      if (voice == 's' && e->role.empty() && !SelfLeadRole(h, &e->role, &e->employer)) return false;
    }
    // "nominated X, a former vice minister, to succeed Park": the post is the predecessor's.
    std::string predecessor_employer;
    bool succeeds =
        !korean_ && voice == 'a' && Succeeds(static_cast<size_t>(cand->end), &predecessor_employer);
    // "has taken the helm at Kestrel Mobile, …, succeeding Mark Haldane": a self move at the
    // organization right after the trigger, into the predecessor's post.
    if (!korean_ && voice == 's' && e->role.empty() &&
        EndsWithAt(r_.rows_[h.row].text, r_.rows_[h.row].text.size(), " at"))
      for (const FrameMention& o : c_.orgs)
        if (o.start == static_cast<int>(SkipSpaces(c_.text, static_cast<size_t>(h.end))) && !IsUnit(o) &&
            Succeeds(static_cast<size_t>(o.end), &predecessor_employer)) {
          e->employer = o.name;
          succeeds = true;
        }
    // "… would retire, and that Helen Okafor … would succeed him": the post just left.
    if (!korean_ && voice == 's' &&
        MarkerAt("marker", "pronoun", SkipSpaces(c_.lower, static_cast<size_t>(h.end)), true) >= 0)
      succeeds = true;
    // "its chief executive, X, who will step down in June, will be succeeded by Y": the post X leaves.
    if (h.succession && e->role.empty()) {
      succeeds = true;
      if (!c_.departed.empty()) predecessor_employer = c_.departed.back().second;
    }
    // "has been appointed as her successor": the post the latest departure left.
    if (!korean_ && !succeeds && e->role.empty()) {
      size_t at = SkipSpaces(c_.lower, voice == 'a' ? AppositionEnd(static_cast<size_t>(cand->end))
                                                    : static_cast<size_t>(h.end));
      if (StartsWith(c_.lower, at, "as ")) at += 3;
      if (MarkerAt("marker", "successor", at, true) >= 0) {
        succeeds = true;
        if (!c_.departed.empty()) predecessor_employer = c_.departed.back().second;
      }
    }
    // "has reappointed chief executive Helen Marsh": a reappointment keeps the post titled by the name.
    const FrameMention* kept_org = nullptr;
    if (!korean_ && e->role.empty() && h.kept) e->role = TitleBy(*cand, &kept_org);
    // "extended Thomas Baird's contract": the renewed term is the post, whatever its title.
    if (e->role.empty() && h.owned) e->role = "contract";
    if (e->role.empty() && !succeeds) return false;  // an appointment names its position
    if (e->employer.empty()) e->employer = predecessor_employer;
    // "will join the company as …": the organization the story is about.
    if (e->employer.empty() && h.anaphor) e->employer = c_.story_employer;
    if (e->employer.empty() && voice == 'a') {
      e->employer = SubjectOrg(h);
      agent_ = !e->employer.empty();
      // A group promoting the head of one of its affiliates: the post is at the affiliate.
      if (const std::string affiliate = GroupAffiliate(h, *cand, e->role); !affiliate.empty())
        e->employer = affiliate;
    }
    // "Kim, head of the battery division at Daesung Chemical, was promoted to chief executive": a
    // promotion is at the organization the person's apposition places them now.
    if (e->employer.empty() && !korean_ && voice != 'a' && h.inplace) {
      e->employer = CurrentOrg(*cand);
      if (!coordinated_.empty()) {
        FrameEvent fallback;
        FallBackEmployer(h, &fallback);
        inplace_fallback_ = fallback.employer;
      }
    }
    FallBackEmployer(h, e);
    e->previous_employer = h.kept ? "" : Affiliation(*cand);  // a reappointed person comes from nowhere
    // A move the person makes, titled by the organization opening the sentence: where they come from.
    if (e->previous_employer.empty() && !korean_ && voice == 's')
      if (const FrameMention* o = OpenerTitling(*cand); o && o->name != e->employer)
        e->previous_employer = o->name;
    if (e->previous_employer.empty() && !korean_ && voice == 's' && h.join)
      e->previous_employer = FromAfterPost(h, *e);
    if (!korean_ && EffectiveLater(static_cast<size_t>(h.end))) e->agreed = true;
    // "will appoint", "is set to appoint", "said it would appoint" (the employer announces a decision still
    // to be carried out), "will become chairman", "is expected to succeed" (the person's own move still to
    // come): the tense of the trigger's verb group, an aspect row right before it or opening the row, makes
    // it agreed.
    if (!korean_ && !h.join && FutureVerbGroup(h)) e->agreed = true;
    // "will join as", "agreed to join as": agreed, not yet done.
    if (h.join) e->agreed = FutureVerbGroup(h);
    return true;
  }

  // English: the trigger's verb group is in the future aspect, an aspect row of value future standing right
  // before the trigger ("will appoint", "is set to become") or opening the trigger row itself ("will
  // become").
  bool FutureVerbGroup(const Hit& h) const {
    if (h.serving)
      return false;  // "will serve as interim CEO while the board searches": in the post from now on
    if (r_.MoveAspect(c_.text, c_.lower, h.pos, h.end) == Aspect::kFuture) return true;
    const Row& w = r_.rows_[h.row];
    for (int i : r_.RowsOf("aspect", Lang()))
      if (r_.rows_[i].value == "future" && StartsWith(w.text, 0, r_.rows_[i].text + " ")) return true;
    return false;
  }

  // The employer an appointment clause leaves unnamed: the organization opening the context
  // (English), the sentence's opening subject, the reporting organization (English), else the
  // article's context employer.
  void FallBackEmployer(const Hit& h, FrameEvent* e) {
    if (e->employer.empty() && !korean_) e->employer = ContextOpener();
    // A move the person makes ("has joined as chief scientist") in a sentence opened by an
    // organization that only titles a person ("Tessellate Chief Executive Kevin Zhou has become …,
    // and co-founder Maya Patel has joined as …"): that organization is where the titled person
    // comes from, not the slot's filler; the empty slot takes the story's organization.
    if (e->employer.empty() && !korean_ && h.voice == 's' && OpenerTitlesPerson(h))
      e->employer = c_.story_employer;
    if (e->employer.empty()) e->employer = OpeningSubject(h);
    if (e->employer.empty() && !korean_) e->employer = ReportingOrg(h.pos);
    if (e->employer.empty()) {
      e->employer = c_.context_employer;
      e->context_employer = true;
    }
  }

  // Korean: the employer of a slot. A passive whose subject's title names an organization and whose goal
  // names none
  // ("김도윤 한결화학 부사장이 사장으로 선임됐다") is at the subject's organization, unless the sentence
  // opens with another organization as its topic or subject, not a holding ("한빛공단은 제3대 이사장에 김도윤
  // 서울대 교수가 임명됐다고 밝혔다"): that one appoints, the subject's is where the person comes from.
  std::string KoCarriedEmployer(const Hit& h, const Slot& s, char voice) {
    if (!s.carried || voice != 'p') return s.org->name;
    const FrameMention* topic = nullptr;
    for (const FrameMention& o : c_.orgs) {
      if (o.start < std::min(c_.start, c_.sentence_start) || o.end > s.org->start || o.end > h.pos ||
          IsBody(o))
        continue;
      if (KoreanSubjectParticleAt(c_.text, static_cast<size_t>(o.end), false) > 0) topic = &o;
    }
    if (!topic || topic->name == s.org->name || IsUnit(*topic) || r_.HoldingName(topic->name, nullptr, used_))
      return s.org->name;
    return topic->name;
  }

  // A reappointment (voice "renew": 연임에 성공했다, 연임을 결정했다, "for a second term"): the person
  // before the trigger keeps their post for another term, a hire with the title by their name at
  // the organization of their noun phrase, else the acting or context organization.
  bool ReadRenew(const Hit& h, FrameEvent* e) {
    const FrameMention* cand = nullptr;
    for (const FrameMention& p : c_.persons)
      if (InClause(p) && p.end <= h.pos && h.pos - p.end <= (korean_ ? kKoSubjectWindow : kArgumentWindow) &&
          !IsSpeaker(p))
        cand = &p;
    if (!cand) return false;
    const FrameMention* np_org = nullptr;
    e->role = TitleBy(*cand, &np_org);
    // "Choi Won-il, CEO of Daesung Life Insurance, was reappointed": the title in the apposition.
    if (e->role.empty() && !korean_ &&
        AppositionEnd(static_cast<size_t>(cand->end)) > static_cast<size_t>(cand->end))
      EnRole(static_cast<size_t>(cand->end) + 1, &e->role, &e->employer);
    if (e->role.empty() && !korean_) e->role = TitleBeforeComma(*cand);
    if (e->role.empty()) return false;
    e->type = EventType::kHire;
    e->candidate = cand->name;
    e->candidate_start = cand->start;
    for (const FrameMention& o : c_.orgs)
      if (!np_org && InClause(o) && o.end + 1 == cand->start && c_.text[o.end] == ' ' && !IsBody(o))
        np_org = &o;
    // "한결홀딩스를 이끄는 최정민 부회장은 연임이 결정됐다": the organization the person leads now.
    if (!np_org && korean_) np_org = KoOwnOrg(*cand);
    if (np_org && !IsUnit(*np_org) && e->employer.empty()) e->employer = np_org->name;
    if (e->employer.empty()) e->employer = SubjectOrg(h);
    FallBackEmployer(h, e);
    // "was reappointed for a second term, subject to approval at the shareholders' meeting".
    if (!korean_ && EffectiveLater(static_cast<size_t>(h.end))) e->agreed = true;
    return true;
  }

  // Korean: the organization the noun phrase of person `p` names before the name, where the person works now:
  // glued by a space or 의 ("한결화학 김도윤 부사장", "한결화학의 김도윤 부사장") or by a present relative
  // clause of leading (leads_now rows: "한결홀딩스를 이끄는 최정민 부회장"); not a unit or an approving body.
  // nullptr when none.
  const FrameMention* KoOwnOrg(const FrameMention& p) {
    const FrameMention* own = nullptr;
    for (const FrameMention& o : c_.orgs) {
      if (!InClause(o) || o.end >= p.start || p.start - o.end > 30) continue;
      const std::string_view glue =
          c_.text.substr(static_cast<size_t>(o.end), static_cast<size_t>(p.start - o.end));
      bool glued = glue == " " || glue == "의 ";
      for (int i : r_.RowsOf("leads_now", "ko"))
        if (!glued && glue == r_.rows_[i].text + " ") {
          Use(i);
          glued = true;
        }
      if (glued) own = &o;
    }
    return own && !IsBody(*own) && !IsUnit(*own) ? own : nullptr;
  }
  // The name of KoOwnOrg of the event's candidate (found by its start), or "".
  std::string KoOwnOrgOf(const FrameEvent& e) {
    for (const FrameMention& p : c_.persons)
      if (p.start == e.candidate_start)
        if (const FrameMention* own = KoOwnOrg(p)) return own->name;
    return "";
  }

  // A holding (frames.tsv holding rows) as the subject of an appointment whose post names no organization,
  // and the candidate placed at one of its affiliates: the affiliate, where the post is ("대한그룹은
  // 대한화학의 김민준 부사장을 배터리사업부장으로 선임했다", "Daeyang Group promoted Park, executive vice
  // president of Daeyang Chemical, to president"; docs/events.md, evemp25); else empty. Korean: the
  // organization right before the name (glued by 의 or a space), not when the clause writes a move (옮기다:
  // the affiliate is where the mover was). English: a promotion (":inplace") and the apposition's
  // organization (CurrentOrg). Not a post of the group itself (a role opening with 그룹 / 지주 / group) nor a
  // holding, body or unit.
  std::string GroupAffiliate(const Hit& h, const FrameMention& cand, const std::string& role) {
    if (!r_.HoldingName(SubjectOrg(h), nullptr, used_)) return "";
    for (std::string_view own : {"그룹", "지주", "group ", "Group "})
      if (StartsWith(role, 0, own)) return "";
    const FrameMention* affiliate = nullptr;
    if (korean_) {
      // (Nor a post the clause names the group's: "… 오지훈 전무를 그룹 전략기획실장으로".)
      const std::string_view post =
          c_.text.substr(static_cast<size_t>(cand.end), static_cast<size_t>(std::max(0, h.pos - cand.end)));
      if (c_.text.substr(static_cast<size_t>(c_.start), static_cast<size_t>(h.pos - c_.start)).find("옮") !=
              std::string_view::npos ||
          post.find(" 그룹") != std::string_view::npos || post.find(" 지주") != std::string_view::npos)
        return "";
      for (const FrameMention& o : c_.orgs) {
        if (!InClause(o) || o.end >= cand.start) continue;
        const std::string_view glue =
            c_.text.substr(static_cast<size_t>(o.end), static_cast<size_t>(cand.start - o.end));
        if (glue == " " || glue == "의 ") affiliate = &o;
      }
    } else if (h.inplace) {
      const std::string now = CurrentOrg(cand);
      for (const FrameMention& o : c_.orgs)
        if (o.name == now && InClause(o) && o.start > cand.end) affiliate = &o;
    }
    if (!affiliate || IsBody(*affiliate) || IsUnit(*affiliate) ||
        r_.HoldingName(affiliate->name, nullptr, used_))
      return "";
    return affiliate->name;
  }

  // English: the organization where the apposition after a person places them now ("Kim, head of
  // the battery division at Daesung Chemical,", "Choi, CEO of Daesung Life,"), not one named as
  // an origin ("a former executive at X", "who came from X"); empty when there is none.
  std::string CurrentOrg(const FrameMention& p) {
    if (AppositionEnd(static_cast<size_t>(p.end)) == static_cast<size_t>(p.end) || OriginApposition(p))
      return "";
    return Affiliation(p);
  }
  // English: the apposition after a person holds a source marker or "former" ("who came to Wrenfield from
  // Ohio State University", "a former Ohio State dean"): its organization is where the person was, not is.
  bool OriginApposition(const FrameMention& p) {
    size_t end = AppositionEnd(static_cast<size_t>(p.end));
    if (korean_ || end == static_cast<size_t>(p.end)) return false;
    std::string_view app = c_.lower.substr(static_cast<size_t>(p.end), end - static_cast<size_t>(p.end));
    for (int i : r_.RowsOf("marker", "en"))
      if (r_.rows_[i].value == "source") {
        const std::string& w = r_.rows_[i].text;
        for (size_t f = app.find(w); f != std::string_view::npos; f = app.find(w, f + 1))
          if (IsWordAt(app, f, w.size())) return true;
      }
    return app.find("former") != std::string_view::npos;
  }

  // The title a person holds by their name: Korean after it, past an age in parentheses and one
  // organization ("정해룡(63) 사장의", "구태성 KB손해보험 대표를": `*org` receives it); English right
  // before it ("CEO Park Sung-min").
  // English: "joined this week as chief operating officer from Texas Instruments": a source marker ("from")
  // right after the post a self join names, before any comma, and an organization right after it other than
  // the employer: where the person comes from (thirty-second session). "" when none.
  std::string FromAfterPost(const Hit& h, const FrameEvent& e) {
    const size_t stop = std::min(static_cast<size_t>(c_.end), static_cast<size_t>(h.end) + 90);
    for (size_t f = c_.lower.find(" from ", static_cast<size_t>(h.end));
         f != std::string_view::npos && f < stop; f = c_.lower.find(" from ", f + 1)) {
      const std::string_view between =
          c_.lower.substr(static_cast<size_t>(h.end), f - static_cast<size_t>(h.end));
      if (between.find_first_of(",;") != std::string_view::npos) return "";
      if (MarkerAt("marker", "source", f + 1, true) < 0) continue;
      for (const FrameMention& o : c_.orgs)
        if (InClause(o) && o.start == static_cast<int>(f + 6) && o.name != e.employer) return o.name;
    }
    return "";
  }

  // English: the title a person's name stands in apposition to, between commas ("its chairman, Hugh Pell, was
  // reappointed"): a title run right before ", NAME," (thirty-second session); "" when none.
  std::string TitleBeforeComma(const FrameMention& p) {
    int start = p.start;  // (past an honorific row: "its chairman, Sir Hugh Pell,")
    const size_t sp = start > 1 ? c_.text.rfind(' ', static_cast<size_t>(start - 2)) : std::string_view::npos;
    if (sp != std::string_view::npos && sp > 0 && c_.text[sp - 1] == ',') {
      const int h = MarkerAt("marker", "honorific", sp + 1, true);
      if (h >= 0 && sp + 1 + r_.rows_[h].text.size() + 1 == static_cast<size_t>(start))
        start = static_cast<int>(sp + 1);
    }
    if (start < 2 || c_.text.substr(static_cast<size_t>(start - 2), 2) != ", " ||
        !StartsWith(c_.text, p.end, ","))
      return "";
    for (int b = std::max(c_.start, start - kTitleWindow); b + 2 < start; ++b) {
      const bool word_start = b == 0 || c_.text[b - 1] == ' ';
      if (word_start && MarkerAt("title", "", static_cast<size_t>(b), true) >= 0 &&
          TitleRun(static_cast<size_t>(b)) + 2 == static_cast<size_t>(start))
        return std::string(c_.text.substr(static_cast<size_t>(b), static_cast<size_t>(start - 2 - b)));
    }
    return "";
  }

  std::string TitleBy(const FrameMention& p, const FrameMention** org) {
    if (!korean_) {
      for (int b = std::max(c_.start, p.start - kTitleWindow); b + 1 < p.start; ++b) {
        bool word_start = b == 0 || c_.text[b - 1] == ' ';
        if (word_start && MarkerAt("title", "", static_cast<size_t>(b), true) >= 0 &&
            TitleRun(static_cast<size_t>(b)) + 1 == static_cast<size_t>(p.start))
          return std::string(c_.text.substr(static_cast<size_t>(b), static_cast<size_t>(p.start - 1 - b)));
      }
      return "";
    }
    size_t at = static_cast<size_t>(p.end);
    if (StartsWith(c_.text, at, "(")) {
      size_t close = c_.text.find(')', at);
      if (close == std::string_view::npos || close - at > 8) return "";
      at = close + 1;
    }
    at = SkipSpaces(c_.text, at);
    for (const FrameMention& o : c_.orgs)
      if (o.start == static_cast<int>(at) && InClause(o)) {
        *org = &o;
        at = SkipSpaces(c_.text, static_cast<size_t>(o.end));
      }
    size_t end = TitleRun(at);
    return std::string(c_.text.substr(at, end - at));
  }

  // English: the employer of the successor in a succession clause ("Okafor succeeds Tom Brandt, who will
  // retire", "Shah replaces Gary Olsen"): a person of the clause before the one replaced whose hire or
  // offer the article has read; the post left is at the organization that hired the successor, not at
  // the successor's previous employer. Empty when there is none.
  std::string SuccessorEmployer(const FrameMention& replaced) const {
    for (const FrameMention& p : c_.persons) {
      if (p.start >= replaced.start || p.start < c_.start || p.name == replaced.name) continue;
      for (size_t k = c_.hired.size(); k-- > 0;)
        if (c_.hired[k].first == p.name) return c_.hired[k].second;
    }
    return {};
  }

  // English: the person is named as the one replaced ("replacing X", "succeeds Dr. X", "replaces
  // X"): a predecessor marker row right before the name, past an honorific row.
  bool Replaced(const FrameMention& p) {
    std::vector<int> rows;
    const bool replaced = r_.PredecessorBefore(c_.lower, static_cast<size_t>(p.start), &rows);
    for (int row : rows) Use(row);  // a stopgap row is used when it says no
    return replaced;
  }

  // What a departure verb of general sense leaves (":object" triggers): en an organization or a
  // leave_object row right after it ("is leaving the network", "leaves Riot Games", "will leave at
  // the end of the year"); ko an organization marked 을/를 or a leave_object row right before it
  // ("회사를 떠난다"). `*org` receives the organization, if one.
  bool LeaveObject(const Hit& h, const FrameMention** org) {
    if (!korean_) {
      size_t at = SkipSpaces(c_.lower, static_cast<size_t>(h.end));
      if (MarkerAt("leave_object", "", at, true) >= 0) return true;
      size_t past_the = StartsWith(c_.lower, at, "the ") ? at + 4 : at;
      for (const FrameMention& o : c_.orgs)
        if (InClause(o) && (o.start == static_cast<int>(at) || o.start == static_cast<int>(past_the)))
          *org = &o;
      return *org != nullptr;
    }
    if (h.pos > 0 && c_.text[h.pos - 1] == ' ' &&
        MarkerBefore("leave_object", "", static_cast<size_t>(h.pos) - 1) >= 0)
      return true;
    for (const FrameMention& o : c_.orgs)
      for (const char* obj : {"을 ", "를 "})
        if (InClause(o) &&
            static_cast<size_t>(o.end) + std::string_view(obj).size() == static_cast<size_t>(h.pos) &&
            StartsWith(c_.text, static_cast<size_t>(o.end), obj))
          *org = &o;
    return *org != nullptr;
  }

  // The rest of the sentence after a departure verb of general sense names where the person goes
  // (onward rows: "left Apple for Meta", "leaves … and will join", "떠나 … 합류한다"): the first half
  // of a move, not a departure. A row of value "org" counts only before an organization ("for
  // Meta", not "for 14 years"). `joins_only` (a self departure of no general sense: "resigned and
  // joined Microsoft AI"): only rows that join; "will step back to become an adviser" still leaves.
  bool Onward(const Hit& h, bool joins_only = false) {
    if (!korean_ && RelativeBeforeMove(h)) return true;
    std::string_view s = korean_ ? c_.text : c_.lower;
    size_t end = korean_ ? static_cast<size_t>(c_.end)
                         : std::min(EnglishSentenceEnd(c_.lower, static_cast<size_t>(h.end), c_.lower.size()),
                                    static_cast<size_t>(c_.end));
    for (int i : r_.RowsOf("onward", Lang())) {
      const Row& w = r_.rows_[i];
      if (w.value == "relative" || (joins_only && w.text.find("join") == std::string::npos)) continue;
      for (size_t f = s.find(w.text, static_cast<size_t>(h.end));
           f != std::string_view::npos && f + w.text.size() <= end; f = s.find(w.text, f + 1)) {
        if (!korean_ && !IsWordAt(s, f, w.text.size())) continue;
        if (w.value == "org") {
          size_t at = SkipSpaces(s, f + w.text.size());
          if (StartsWith(s, at, "the ")) at += 4;
          if (std::none_of(c_.orgs.begin(), c_.orgs.end(),
                           [&](const FrameMention& o) { return o.start == static_cast<int>(at); }))
            continue;
        }
        Use(i);
        return true;
      }
    }
    return false;
  }

  // English: the departure stands in a person's relative clause (", who left X in June,") and the main
  // clause goes on with the person's move right after the clause's closing comma (an onward row of value
  // "relative": "joined Y this month", "was hired by Y"): where the person was, the first half of that move.
  bool RelativeBeforeMove(const Hit& h) {
    if (!EndsWithAt(c_.lower, static_cast<size_t>(h.pos), ", who ")) return false;
    const size_t end = std::min(EnglishSentenceEnd(c_.lower, static_cast<size_t>(h.end), c_.lower.size()),
                                static_cast<size_t>(c_.end));
    const size_t comma = c_.lower.find(", ", static_cast<size_t>(h.end));
    if (comma == std::string_view::npos || comma >= end) return false;
    const size_t at = comma + 2;
    for (int i : r_.RowsOf("onward", "en")) {
      const Row& w = r_.rows_[i];
      if (w.value == "relative" && StartsWith(c_.lower, at, w.text) &&
          IsWordAt(c_.lower, at, w.text.size()) && at + w.text.size() <= end) {
        Use(i);
        return true;
      }
    }
    return false;
  }

  // Korean: the organization a resignation is handed to, marked 에 right before the trigger
  // ("한국투자증권에 사의를 표명했다"): the employer left.
  const FrameMention* KoHandedTo(const Hit& h) {
    for (const FrameMention& o : c_.orgs)
      if (InClause(o) && StartsWith(c_.text, static_cast<size_t>(o.end), "에 ") &&
          static_cast<size_t>(o.end) + std::string_view("에 ").size() == static_cast<size_t>(h.pos))
        return &o;
    return nullptr;
  }

  // English: the person is the subject of a self departure with no title by the name ("Choi
  // Min-seok, who headed the North American business, retired", "Kirkland said Richard Amble, who
  // has run its London office since 2016, will retire"): the sentence opens with the name (past an
  // opener closed by a comma, a reporting clause "X said", honorific rows), and the trigger follows
  // the name or its apposition past at most three lowercase words. A speaker is none.
  // English: the name is followed by its possessive and an owned_term row ("Thomas Baird's contract", "Ana
  // Ruiz's term"): the object of a ":owned" trigger ("extended chief executive Thomas Baird's contract").
  bool OwnedTermAfter(const FrameMention& p) {
    size_t at = static_cast<size_t>(p.end);
    if (StartsWith(c_.lower, at, "'s "))
      at += 3;
    else if (StartsWith(c_.lower, at, "\xE2\x80\x99s "))
      at += 5;
    else
      return false;
    return MarkerAt("owned_term", "", at, true) >= 0;
  }

  // English: the bytes [from, name) are a title phrase of one to three words written in lower case but for
  // the sentence's first letter, the first or the last a title_opener row ("Chief designer", "Senior
  // economist", "Design chief"), no stop row among them: the name after it is the sentence's subject.
  bool TitlePhraseBefore(size_t from, size_t name) {
    std::string_view before = c_.text.substr(from, name - from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.empty()) return false;
    std::vector<size_t> starts;
    for (size_t k = 0; k < before.size(); ++k) {
      const char ch = before[k];
      if (ch == ' ') continue;
      if (!((ch >= 'a' && ch <= 'z') || ch == '-' || (k == 0 && ch >= 'A' && ch <= 'Z'))) return false;
      if (k == 0 || before[k - 1] == ' ') starts.push_back(from + k);
    }
    if (starts.size() > 3) return false;
    for (size_t s : starts)
      if (MarkerAt("stop", "", s, true) >= 0) return false;
    auto opener = [&](size_t s) {
      const int t = MarkerAt("title_opener", "", s, true);
      return t >= 0 && (s + r_.rows_[t].text.size() >= from + before.size() ||
                        c_.text[s + r_.rows_[t].text.size()] == ' ');
    };
    if (opener(starts.front()) || opener(starts.back())) return true;
    // A phrase closed by a title row ("Executive editor", "Evening anchor"): the last word is the title.
    const int title = MarkerAt("title", "", starts.back(), true);
    return title >= 0 && starts.back() + r_.rows_[title].text.size() == from + before.size();
  }

  bool SelfSubject(const FrameMention& p, const Hit& h) {
    if (korean_ || h.voice != 's' || IsSpeaker(p)) return false;
    // "succeeds Martin Kessler, who is retiring": the relative clause's subject is the name. A
    // past form there ("who was fired on Jan. 6", "who resigned") is background.
    const std::string& verb = r_.rows_[h.row].text;
    const bool past = StartsWith(verb, 0, "was ") || EndsWithAt(verb, verb.size(), "ed");
    // An apposition may stand between the name and its clause ("Mark Delaney, 67, who is retiring",
    // "Paul Ortega, the company's founder, who retires in May").
    size_t at = AppositionEnd(static_cast<size_t>(p.end));
    auto who_at = [&](size_t comma) {
      return comma + std::string_view(", who ").size() == static_cast<size_t>(h.pos) &&
             StartsWith(c_.text, comma, ", who ");
    };
    if (!past && (who_at(static_cast<size_t>(p.end)) || (at > static_cast<size_t>(p.end) && who_at(at - 1))))
      return true;
    if (at > static_cast<size_t>(h.pos)) return false;
    int words = 0;
    for (size_t k = at; k < static_cast<size_t>(h.pos); ++k) {
      char ch = c_.text[k];
      if (ch == ' ') continue;
      if (ch < 'a' || ch > 'z') return false;
      if (k == at || c_.text[k - 1] == ' ') ++words;
    }
    if (words > 3) return false;
    // "Paul Hume, Rita Moss and Gary Fenn resigned": the list the name closes opens the sentence.
    size_t name = static_cast<size_t>(coordinated_.empty() ? p.start : coordinated_.back()->start);
    for (int guard = 0; guard < 2; ++guard) {
      int hon = MarkerBefore("marker", "honorific", name);
      if (hon < 0) break;
      name -= r_.rows_[hon].text.size() + 1;
    }
    size_t from = static_cast<size_t>(std::max(c_.start, c_.sentence_start));
    if (name <= from) return true;
    std::string_view before = c_.lower.substr(from, name - from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.empty() || (before.back() == ',' && before.find(',') == before.size() - 1)) return true;
    // A lower-case title opening the sentence before the name ("Chief designer Igor Vasquez also retired").
    if (TitlePhraseBefore(from, name)) return true;
    // The second conjunct of a sentence opens with the name, or a title phrase before it ("Paul Hume retired
    // last week, and evening anchor Rita Moss resigned on Monday").
    if (const size_t and_at = c_.lower.substr(from, name - from).rfind(", and ");
        and_at != std::string_view::npos) {
      const size_t conjunct = from + and_at + std::string_view(", and ").size();
      if (conjunct >= name || TitlePhraseBefore(conjunct, name)) return true;
    }
    // A reporting clause before it: "X said", "X said on Monday that".
    const bool reported_that =
        EndsWithAt(before, before.size(), " that") &&
        (before.find(" said ") != std::string_view::npos || before.find(" says ") != std::string_view::npos);
    return EndsWithAt(before, before.size(), " said") || EndsWithAt(before, before.size(), " says") ||
           reported_that;
  }

  bool ReadDepart(const Hit& h, const std::vector<FrameEvent>& before, FrameEvent* e) {
    // Korean adnominal: the person the relative clause modifies ("지난달 사임한 조현택 부원장의 후임").
    const FrameMention* head = korean_ && h.voice != 'a' ? KoAdnominalHead(h) : nullptr;
    // Korean active: the object before the trigger ("장민철 대표를 경질하고"), or the owner of a noun of
    // leaving ("김대호 감독의 사퇴를 수용했다").
    const FrameMention* cand = head             ? head
                               : h.voice != 'a' ? PersonBefore(h, false)
                               : h.genitive     ? GenitiveOwnerBefore(h)
                               : korean_        ? PersonBefore(h, true)
                                                : PersonAfter(h);
    if (!cand) return false;
    const FrameMention* left = nullptr;
    if (h.object && !LeaveObject(h, &left)) return false;
    // "resigned and joined Microsoft AI", "left Nomura to join Mizuho": where the person goes next
    // makes the verb the first half of a move (English: any self departure; Korean: ":object" only).
    if ((h.object || (!korean_ && h.voice == 's')) && Onward(h, !h.object)) return false;
    e->general = h.object;
    if (korean_ && !left) left = KoHandedTo(h);
    if (korean_)
      KoCoordinated(*cand);
    else if (h.voice == 's')
      EnCoordinatedBefore(*cand);
    e->type = EventType::kDeparture;
    e->candidate = cand->name;
    e->candidate_start = cand->start;
    // "replacing X, who steps down": X leaves the position just filled.
    bool replaced = !korean_ && Replaced(*cand);
    // "replaces Richard Lamb, who was fired on Jan. 6": a dismissal dated to a day is background, an
    // earlier act of the employer; a predecessor's own leaving ("who resigned on Nov. 30", "who resigned
    // last month") leaves the post just filled.
    const std::string& verb = r_.rows_[h.row].text;
    if (replaced && StartsWith(verb, 0, "was ")) {
      int when = MarkerAt("when", "", SkipSpaces(c_.lower, static_cast<size_t>(h.end)), true);
      if (when >= 0 && StartsWith(r_.rows_[when].text, 0, "on ") && r_.rows_[when].value != "weekday")
        return false;
    }
    if (replaced) {
      e->employer = before.empty() ? SuccessorEmployer(*cand) : before.back().employer;
      if (e->employer.empty()) e->employer = c_.context_employer;
      return true;
    }
    // A departure is from a position: "as CEO of X" after the trigger, or a title by the name;
    // else the person is the subject of a self departure, or the person right after an active
    // trigger whose subject is an organization ("Baltimore fired Rick Dunleavy").
    if (!korean_) EnRole(static_cast<size_t>(h.end), &e->role, &e->employer);
    // The acting organization: the subject before the trigger, else the one opening the sentence
    // ("Bay City FC has agreed …, a week after firing Ben Ashworth"); a noun trigger ("the firing
    // of X") names none, the context does.
    const bool right_after =
        !korean_ && h.voice == 'a' &&
        cand->start == static_cast<int>(SkipSpaces(c_.text, static_cast<size_t>(h.end))) &&
        !StartsWith(c_.text, static_cast<size_t>(cand->end), "'");
    // A gerund adjunct ("two days after firing X") has the sentence's subject as its own.
    const std::string& trigger = r_.rows_[h.row].text;
    const bool gerund = EndsWithAt(trigger, trigger.size(), "ing");
    std::string acting = right_after && gerund ? OpeningSubject(h) : "";
    if (right_after && acting.empty()) acting = SubjectOrg(h);
    if (right_after && acting.empty()) acting = OpeningSubject(h);
    const bool noun_trigger =
        right_after && EndsWithAt(r_.rows_[h.row].text, r_.rows_[h.row].text.size(), " of");
    const bool fired_by_org = right_after && (!acting.empty() || noun_trigger);
    if (e->role.empty() && !HasTitleNear(*cand) && !SelfSubject(*cand, h) && !fired_by_org) return false;
    if (e->employer.empty() && left && !IsUnit(*left)) e->employer = left->name;
    if (e->employer.empty() && fired_by_org) e->employer = acting;
    // A passive's agent right after the trigger ("has been fired by Bay City FC").
    if (e->employer.empty() && !korean_ && h.voice == 's' &&
        StartsWith(c_.lower, static_cast<size_t>(h.end), " by "))
      for (const FrameMention& o : c_.orgs)
        if (o.start == static_cast<int>(h.end) + 4 && !IsUnit(o)) e->employer = o.name;
    // What a self departure leaves, after "from" ("have resigned from Kaizen Games", "retired from
    // the bank's board" names none).
    if (e->employer.empty() && !korean_ && h.voice == 's' &&
        StartsWith(c_.lower, static_cast<size_t>(h.end), " from ")) {
      size_t at = static_cast<size_t>(h.end) + 6;
      if (StartsWith(c_.lower, at, "the ")) at += 4;
      for (const FrameMention& o : c_.orgs)
        if (o.start == static_cast<int>(at) && !IsUnit(o)) e->employer = o.name;
    }
    // (An apposition telling where the person came from names no post left: "X, who came to Wrenfield from
    // Ohio State University, said he was stepping down".)
    if (e->employer.empty() && !OriginApposition(*cand)) e->employer = Affiliation(*cand);
    // "한강FC는 김 감독의 사퇴를 수용했다": the organization accepting it.
    if (e->employer.empty() && h.genitive)
      if (std::string org = SubjectOrg(h); !r_.KoreanBody(org)) e->employer = org;
    // "김태섭 메모리사업부장(사장)은 … 물러난다": a division is where the post was, not the employer.
    if (korean_ && !e->employer.empty() && IsUnitName(e->employer)) e->employer.clear();
    if (e->employer.empty()) {
      // "X 대표 Y", "Grafton Foods CEO Richard Aldous"; English also "X said its CFO, Y, resigned".
      const FrameMention* o = OrgBefore(cand->start, korean_ ? kAffiliationWindow : kArgumentWindow);
      if (o) e->employer = o->name;
    }
    // "딥파인 공동창업자인 김현우 CTO와 박소연 CPO는 사임했다": the company of the people listed with them.
    for (const FrameMention* p : coordinated_) {
      const FrameMention* o = e->employer.empty() ? OrgBefore(p->start, kAffiliationWindow) : nullptr;
      if (o) e->employer = o->name;
    }
    // "names X CEO as Y prepares to retire": Y leaves the post the clause just filled.
    if (e->employer.empty() && !before.empty() && before.back().type == EventType::kHire)
      e->employer = before.back().employer;
    if (e->employer.empty() && !korean_) e->employer = ReportingOrg();
    // "Vice Chairman Choi Man-ki, who has overseen the group's manufacturing affiliates, stepped
    // down": the group is the story's organization, not the latest appointment's.
    if (e->employer.empty() && !korean_ && HasAnaphor()) e->employer = c_.story_employer;
    if (e->employer.empty()) {
      e->employer = c_.context_employer;
      e->context_employer = true;
    }
    return true;
  }

  // Korean: a departure verb closed by a modifier ending (marker adnominal: 사임한, 물러난, 경질된) right
  // before a person: the relative clause's head leaves ("지난달 사임한 조현택 부원장의 후임", "자진 사퇴한
  // 양만수 전 감독 이후"). A head that is the topic or subject of the sentence's own verb is described,
  // not moved ("사임한 김현우 대표는 딥파인을 창업했다"): none.
  const FrameMention* KoAdnominalHead(const Hit& h) {
    const size_t end = static_cast<size_t>(h.end);
    if (end >= static_cast<size_t>(c_.end) || c_.text[end] != ' ') return nullptr;
    bool adnominal = false;
    for (int i : r_.RowsOf("marker", "ko")) {
      const Row& w = r_.rows_[i];
      if (w.value == "adnominal" && EndsWithAt(c_.text, end, w.text)) {
        Use(i);
        adnominal = true;
      }
    }
    if (!adnominal) return nullptr;
    for (const FrameMention& p : c_.persons) {
      if (p.start != static_cast<int>(end) + 1) continue;
      if (KoGenitive(static_cast<size_t>(p.end))) return &p;
      const std::string particle = KoParticle(static_cast<size_t>(p.end), nullptr, 3);
      return particle == "topic" || particle == "subject" ? nullptr : &p;
    }
    return nullptr;
  }

  // English: the clause holds an anaphor row as whole words ("the group's", "the agency").
  bool HasAnaphor() {
    if (c_.story_employer.empty()) return false;
    std::string_view clause =
        c_.lower.substr(static_cast<size_t>(c_.start), static_cast<size_t>(c_.end - c_.start));
    for (int i : r_.RowsOf("anaphor", "en")) {
      const std::string& t = r_.rows_[i].text;
      for (size_t f = clause.find(t); f != std::string_view::npos; f = clause.find(t, f + 1)) {
        const size_t e = f + t.size();
        if ((f == 0 || clause[f - 1] == ' ') &&
            (e >= clause.size() || !std::isalpha(static_cast<unsigned char>(clause[e])))) {
          Use(i);
          return true;
        }
      }
    }
    return false;
  }

  // English: the organization reporting the sentence ("Acme said X will …", "…, Acme said."):
  // an organization right before or right after a speech marker. It announces the move of its
  // own people.
  // (`pos`: the trigger, when given; a speaker of a clause with a subject of its own is skipped.)
  std::string ReportingOrg(int pos = -1) {
    for (const FrameMention& o : c_.orgs) {
      if (o.start < c_.sentence_start || IsBody(o) || (pos >= 0 && SpeaksOfOtherSubject(o, pos))) continue;
      // In this sentence: no sentence end (a lowercase word, ". ", a capital) before the organization.
      bool ended = false;
      for (size_t f = c_.text.find(". ", static_cast<size_t>(c_.start));
           f != std::string_view::npos && f < static_cast<size_t>(o.start); f = c_.text.find(". ", f + 1))
        ended = ended || (f > 0 && c_.text[f - 1] >= 'a' && c_.text[f - 1] <= 'z' && f + 2 < c_.text.size() &&
                          c_.text[f + 2] >= 'A' && c_.text[f + 2] <= 'Z');
      if (ended) continue;
      size_t after = SkipSpaces(c_.lower, static_cast<size_t>(o.end));
      // "The group's credit card unit, Hanmi Card, said …": the organization closing an apposition speaks.
      if (EndsWithAt(c_.text, static_cast<size_t>(o.start), ", ") && StartsWith(c_.text, after, ", "))
        after += 2;
      if (MarkerAt("marker", "speaker", after, true) >= 0 && !StartsWith(c_.lower, after, "according"))
        return o.name;
    }
    return "";
  }

  // English: "effective Jan. 1", "starting next month" after the trigger, in the same
  // sentence: the appointment takes effect later (accepted). "effective immediately" is no date.
  bool EffectiveLater(size_t from) {
    const size_t end =
        std::min(EnglishSentenceEnd(c_.lower, from, c_.lower.size()), static_cast<size_t>(c_.end));
    return r_.EffectiveDate(c_.lower, from, end, used_);
  }

  const FrameReader& r_;
  const FrameClause& c_;
  std::vector<int>* used_;
  bool korean_;
  bool agent_ = false;  // the event just read took the acting organization as its employer
  std::vector<const FrameMention*> coordinated_;  // further candidates of the appointment just read
  std::vector<size_t> ko_np_end_;  // Korean: where each coordinated person's noun phrase ends (과/와)
  std::vector<Slot> ko_slots_;     // Korean: a coordinated person's own position slot, if any
  // English: a promotion of a listed passive subject ("A, CEO of X, and B, head of Y, were promoted to
  // president"): each member's post is at the organization of their own apposition, else this one.
  std::optional<std::string> inplace_fallback_;
};

namespace {
// The kinds of rows a frames file may hold (the first column).
const std::set<std::string, std::less<>>& FrameKinds() {
  static const std::set<std::string, std::less<>> kKinds = {
      "trigger",
      "marker",
      "title",
      "time",
      "aspect",
      "unit",
      "start",
      "when",
      "body",
      "stem",
      "ending",
      "stop",
      "effective",
      "premod",
      "title_prefix",
      "bio_copula",
      "bio_adverb",
      "referent",
      "dated_noun",
      "list_head",
      "reshuffle_start",
      "today",
      "future_time",
      "date_part",
      "dated_start",
      "not_trigger",
      "leave_object",
      "onward",
      "not_org",
      "adverb",
      "unit_head",
      "source_unit",
      "joined_at",
      "bio_place",
      "move_from",
      "holding",
      "unit_noun",
      "anaphor",
      "term_end",
      "byline",
      "topic_particle",
      "name_particle",
      "appointee_noun",
      "move_noun",
      "noun_det",
      "noun_verb",
      "lead_verb",
      "start_noun",
      "progressive",
      "conjunct",
      "begun",
      "undated_year",
      "span_from",
      "span_to",
      "motion_noun",
      "motion",
      "decision",
      "conditional",
      "offer_verb",
      "foundation",
      "foundation_post",
      "nominee_noun",
      "renew_verb",
      "appointer",
      "league_word",
      "term_noun",
      "title_opener",
      "owned_term",
      "leads_now",
      "unit_front",
      "past_post",
      "past_copula",
      "joined_earlier",
      "pending",
      "approval",
      "same_time",
      "list_sep",
      "list_bar",
      "list_gap",
      "career_latest",
      "career_since",
      "list_topic",
      "list_close",
  };
  return kKinds;
}
}  // namespace

Result<FrameReader> FrameReader::FromTsv(std::string_view tsv) {
  FrameReader r;
  int line_no = 0;
  for (std::string_view rest = tsv; !rest.empty();) {
    std::string_view line = NextLine(rest);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    static const std::set<std::string, std::less<>> kNeedsValue = {
        "trigger",   "marker",    "aspect",    "stem",        "ending",     "referent",  "list_head",
        "unit_noun", "move_noun", "lead_verb", "motion_noun", "foundation", "list_topic"};
    const std::set<std::string, std::less<>>& kKinds = FrameKinds();
    const bool needs_value = !f.empty() && kNeedsValue.count(f[0]) > 0;
    const char* fault = f.size() < 3                                   ? "fewer than three columns"
                        : !kKinds.count(f[0])                          ? "unknown kind"
                        : f[1] != "en" && f[1] != "ko" && f[1] != "ja" ? "unknown language"
                        : f[2].empty()                                 ? "empty text"
                        : needs_value && f.size() < 4                  ? "kind needs a value column"
                                                                       : nullptr;
    if (fault)
      return Status::InvalidArgument("frames table line " + std::to_string(line_no) + ": malformed row (" +
                                     fault + (f.empty() ? "" : ": " + f[0]) + ")");
    if (f[0] == "trigger") {
      // An appointment may be marked ":future" (designated, not yet in office: 내정했다).
      std::string v = f[3];
      if (v.size() > 7 && v.compare(v.size() - 7, 7, ":future") == 0 && v.rfind("appoint:", 0) == 0)
        v.resize(v.size() - 7);
      // A departure verb of general sense ("leave", 떠나다) counts only with what is left (":object").
      if (v == "depart:self:object") v.resize(v.size() - 7);
      // A noun of leaving the employer accepts, owned by the person's genitive (":genitive", Korean).
      if (v == "depart:active:genitive" && f[1] == "ko") v.resize(v.size() - 9);
      // A promotion (":inplace"): the post is at the organization the person is at now.
      if (v.size() > 8 && v.compare(v.size() - 8, 8, ":inplace") == 0 && v.rfind("appoint:", 0) == 0)
        v.resize(v.size() - 8);
      // What is renewed is the person's own (":owned", English, after ":kept": "extended NAME's contract").
      if (v.size() > 6 && v.compare(v.size() - 6, 6, ":owned") == 0 && f[1] == "en") v.resize(v.size() - 6);
      // A reappointment (":kept"): the post is the one titled by the name.
      if (v.size() > 5 && v.compare(v.size() - 5, 5, ":kept") == 0 && v.rfind("appoint:", 0) == 0)
        v.resize(v.size() - 5);
      // (en) A term served from now on (":serving": "will serve as interim CEO"), no start to come.
      if (v == "appoint:self:serving" && f[1] == "en") v.resize(v.size() - 8);
      // A verb of hiring in general (":slot"): an appointment only with a position slot naming an
      // organization.
      if (v.size() > 5 && v.compare(v.size() - 5, 5, ":slot") == 0 && v.rfind("appoint:", 0) == 0)
        v.resize(v.size() - 5);
      // (en) The subject replaced by the object (":succession": "will be succeeded by").
      if (v == "appoint:active:succession" && f[1] == "en") v.resize(v.size() - 11);
      // (ko) The post as the verb's object (":post": 사업부장을 맡겼다).
      if (v == "appoint:active:post" && f[1] == "ko") v.resize(v.size() - 5);
      bool ok = v == "appoint:active" || v == "appoint:passive" || v == "appoint:self" ||
                v == "appoint:renew" || v == "join:self" || v == "depart:self" || v == "depart:active";
      if (!ok)
        return Status::InvalidArgument("frames table line " + std::to_string(line_no) + ": unknown frame " +
                                       v);
    }
    if (f[0] == "motion_noun" && f[3] != "appoint:renew")
      return Status::InvalidArgument("frames table line " + std::to_string(line_no) +
                                     ": unknown motion_noun " + f[3]);
    if (f[0] == "move_noun" && f[3] != "depart:self" && f[3] != "appoint:self")
      return Status::InvalidArgument("frames table line " + std::to_string(line_no) + ": unknown move_noun " +
                                     f[3]);
    if (f[0] == "list_head" && f[3] != "appoint" && f[3] != "designate" && f[3] != "depart")
      return Status::InvalidArgument("frames table line " + std::to_string(line_no) + ": unknown list_head " +
                                     f[3]);
    if (f[0] == "list_topic" && f[3] != "appoint" && f[3] != "promote" && f[3] != "designate" &&
        f[3] != "depart" && f[3] != "bar")
      return Status::InvalidArgument("frames table line " + std::to_string(line_no) +
                                     ": unknown list_topic " + f[3]);
    if (f[0] == "stem" || f[0] == "ending") {
      std::string v = f[3];
      if (v.size() > 7 && v.compare(v.size() - 7, 7, ":future") == 0) v.resize(v.size() - 7);
      // A reappointment stem (":renew": 연임, 재선임): a form naming no post is read as the renew voice.
      if (f[0] == "stem" && v.size() > 6 && v.compare(v.size() - 6, 6, ":renew") == 0 &&
          v.rfind("appoint", 0) == 0)
        v.resize(v.size() - 6);
      // A promotion stem (":inplace": 승진): the post is at the organization the person is at now.
      if (f[0] == "stem" && v == "appoint:self:inplace") v.resize(v.size() - 8);
      bool ok = f[0] == "stem"
                    ? (v == "appoint" || v == "appoint:self" || v == "depart" || v == "depart:self")
                    : (v == "active" || v == "passive" || v == "causative");
      if (!ok)
        return Status::InvalidArgument("frames table line " + std::to_string(line_no) + ": unknown " + f[0] +
                                       " " + f[3]);
    }
    r.rows_.push_back({f[0], f[1], f[2], f.size() > 3 ? f[3] : ""});
  }
  for (size_t i = 0; i < r.rows_.size(); ++i) {
    const Row& w = r.rows_[i];
    if (w.kind == "trigger") r.triggers_.push_back(static_cast<int>(i));
    std::string k = w.kind + "/" + w.lang;
    auto it = std::find_if(r.by_kind_.begin(), r.by_kind_.end(), [&](const auto& x) { return x.first == k; });
    if (it == r.by_kind_.end()) it = r.by_kind_.insert(r.by_kind_.end(), {k, {}});
    it->second.push_back(static_cast<int>(i));
  }
  std::stable_sort(r.triggers_.begin(), r.triggers_.end(),
                   [&](int a, int b) { return r.rows_[a].text.size() > r.rows_[b].text.size(); });
  return r;
}

namespace {

// Where `w` stands in `text` as whole words (no letter or digit glued before or after), the last time; npos
// when not.
size_t WordsAt(std::string_view text, std::string_view w) {
  size_t found = std::string_view::npos;
  for (size_t f = text.find(w); f != std::string_view::npos; f = text.find(w, f + 1)) {
    const bool open = f == 0 || !IsAsciiAlnum(text[f - 1]);
    const size_t e = f + w.size();
    if (open && (e == text.size() || !IsAsciiAlnum(text[e]))) found = f;
  }
  return found;
}

// `text` (trimmed, a comma off its end) ends with `w` as whole words, or with `w` and at most four lower-case
// words after it, none of them in `stops` (text, row index; the row that stops it goes to `used_rows`).
bool EndsWithWordsBut(std::string_view text, std::string_view w,
                      const std::vector<std::pair<std::string_view, int>>& stops,
                      std::vector<int>* used_rows) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
  for (int extra = 0; extra <= 4; ++extra) {
    if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w &&
        (text.size() == w.size() || text[text.size() - w.size() - 1] == ' '))
      return true;
    const size_t sp = text.rfind(' ');
    if (sp == std::string_view::npos) return false;
    const std::string_view last = text.substr(sp + 1);
    for (const auto& [stop, row] : stops)
      if (last == stop) {
        if (used_rows) used_rows->push_back(row);
        return false;
      }
    if (last.empty() ||
        !std::all_of(last.begin(), last.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
      return false;
    text = text.substr(0, sp);
  }
  return false;
}

}  // namespace

bool FrameReader::EnglishCareerLatest(std::string_view before, bool after_from,
                                      std::vector<int>* used_rows) const {
  std::vector<std::pair<std::string_view, int>> stops;
  std::vector<int> places;
  for (int i : RowsOf("career_latest", "en")) {
    const Row& r = rows_[static_cast<size_t>(i)];
    if (r.value == "stop") stops.push_back({r.text, i});
    if (r.value == "place") places.push_back(i);
  }
  // The words after a cue end in a place row, no stop row after it ("has been an operating partner at private
  // equity firm"; "most recently overseeing its products used in" is none).
  auto placed = [&](std::string_view tail) {
    for (int i : places)
      if (EndsWithWordsBut(tail, rows_[static_cast<size_t>(i)].text, stops, nullptr)) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
    return false;
  };
  for (int i : RowsOf("career_latest", "en")) {
    const Row& r = rows_[static_cast<size_t>(i)];
    bool hit = false;
    if (r.value == "cue") {
      const size_t at = WordsAt(before, r.text);
      hit = at != std::string_view::npos && placed(before.substr(at + r.text.size()));
    } else if (r.value == "dest") {
      std::vector<int> stopped;
      hit = EndsWithWordsBut(before, r.text, stops, &stopped);
      if (used_rows && !hit) used_rows->insert(used_rows->end(), stopped.begin(), stopped.end());
    } else if (r.value == "from_to") {
      hit = after_from && (before == " " + r.text + " " || before == r.text);
    }
    if (hit) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  }
  return false;
}

bool FrameReader::KoreanCareerLatest(std::string_view clause, std::vector<int>* used_rows) const {
  for (int i : RowsOf("career_latest", "ko"))
    if (clause.find(rows_[static_cast<size_t>(i)].text) != std::string_view::npos) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

bool FrameReader::RowStartsAt(std::string_view kind, std::string_view lang, std::string_view text, size_t pos,
                              std::vector<int>* used_rows) const {
  for (int i : RowsOf(kind, lang)) {
    const std::string& t = rows_[static_cast<size_t>(i)].text;
    if (pos <= text.size() && text.size() - pos >= t.size() && text.compare(pos, t.size(), t) == 0) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  }
  return false;
}

bool FrameReader::RowEndsAt(std::string_view kind, std::string_view lang, std::string_view text, size_t pos,
                            std::vector<int>* used_rows) const {
  for (int i : RowsOf(kind, lang)) {
    const std::string& t = rows_[static_cast<size_t>(i)].text;
    if (pos <= text.size() && pos >= t.size() && text.compare(pos - t.size(), t.size(), t) == 0) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  }
  return false;
}

size_t FrameReader::RowEnding(std::string_view kind, std::string_view lang, std::string_view text,
                              std::vector<int>* used_rows) const {
  for (int i : RowsOf(kind, lang)) {
    const std::string& t = rows_[static_cast<size_t>(i)].text;
    if (text.size() > t.size() && text.compare(text.size() - t.size(), t.size(), t) == 0) {
      if (used_rows) used_rows->push_back(i);
      return t.size();
    }
  }
  return 0;
}

bool FrameReader::IsRow(std::string_view kind, std::string_view lang, std::string_view text,
                        std::vector<int>* used_rows) const {
  for (int i : RowsOf(kind, lang))
    if (rows_[static_cast<size_t>(i)].text == text) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

bool FrameReader::HoldingName(std::string_view name, std::string* stem, std::vector<int>* used_rows) const {
  for (const char* lang : {"en", "ko"})
    for (int i : RowsOf("holding", lang)) {
      const std::string& t = rows_[static_cast<size_t>(i)].text;
      if (name.size() <= t.size() || !EndsWithAt(name, name.size(), t)) continue;
      size_t cut = name.size() - t.size();
      if (std::string_view(lang) == "en" && name[cut - 1] != ' ') continue;
      while (cut > 0 && name[cut - 1] == ' ') --cut;
      if (cut == 0) continue;
      if (stem) *stem = std::string(name.substr(0, cut));
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

std::vector<std::string> FrameReader::FoundationInstitutions(std::string_view name, std::string* stem,
                                                             std::vector<int>* used_rows) const {
  std::string_view rest = name;
  std::vector<std::string> kinds;
  for (int i : RowsOf("foundation", "ko")) {
    const Row& w = rows_[static_cast<size_t>(i)];
    bool first = rest.size() > w.text.size() && StartsWith(rest, 0, w.text + " ");
    bool last = !first && rest.size() > w.text.size() && EndsWithAt(rest, rest.size(), w.text) &&
                rest[rest.size() - w.text.size() - 1] != ' ';
    if (!first && !last) continue;
    if (used_rows) used_rows->push_back(i);
    for (size_t b = 0; b < w.value.size();) {
      size_t e = w.value.find('|', b);
      if (e == std::string::npos) e = w.value.size();
      std::string k = w.value.substr(b, e - b);
      if (!k.empty() && std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
      b = e + 1;
    }
    rest = first ? rest.substr(w.text.size() + 1) : rest.substr(0, rest.size() - w.text.size());
  }
  if (stem) *stem = std::string(rest.substr(0, rest.find(' ')));
  return kinds;
}

bool FrameReader::FoundationPost(std::string_view role, std::vector<int>* used_rows) const {
  for (int i : RowsOf("foundation_post", "ko"))
    if (EndsWithAt(role, role.size(), rows_[static_cast<size_t>(i)].text)) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

bool FrameReader::AppointerName(std::string_view name, std::vector<int>* used_rows) const {
  // Korean: the row ends the name after two syllables or more, and no unit row does ("교육부", not
  // "반도체사업부").
  if (!name.empty() && static_cast<unsigned char>(name[0]) >= 0x80 && !KoreanUnit(name))
    for (int i : RowsOf("appointer", "ko")) {
      const std::string& w = rows_[static_cast<size_t>(i)].text;
      if (name.size() >= w.size() + 6 && EndsWithAt(name, name.size(), w) &&
          name[name.size() - w.size() - 1] != ' ') {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
    }
  // English: the row as a whole word of the name that ends it or opens its "of" phrase ("Ministry of Science
  // and ICT", "the Science Ministry", "Energy Department"; not "Lotte Department Store", "Government Pension
  // Fund").
  for (int i : RowsOf("appointer", "en")) {
    const std::string& w = rows_[static_cast<size_t>(i)].text;
    for (size_t f = name.find(w); f != std::string_view::npos; f = name.find(w, f + 1)) {
      const size_t e = f + w.size();
      if ((f == 0 || name[f - 1] == ' ') &&
          (e == name.size() || name[e] == ',' || name.substr(e).starts_with(" of "))) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
    }
  }
  return false;
}

bool FrameReader::LeagueName(std::string_view name, std::vector<int>* used_rows) const {
  for (int i : RowsOf("league_word", "en")) {
    const std::string& w = rows_[static_cast<size_t>(i)].text;
    for (size_t f = name.find(w); f != std::string_view::npos; f = name.find(w, f + 1)) {
      const size_t e = f + w.size();
      if ((f == 0 || name[f - 1] == ' ') && (e == name.size() || name[e] == ' ')) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
    }
  }
  return false;
}

std::string FrameReader::UnitWordIn(std::string_view post, bool english, std::vector<int>* used_rows) const {
  for (int i : RowsOf("unit_noun", english ? "en" : "ko")) {
    const Row& w = rows_[static_cast<size_t>(i)];
    for (size_t f = post.find(w.text); f != std::string_view::npos; f = post.find(w.text, f + 1)) {
      size_t e = f + w.text.size();
      auto letter = [&](size_t k) { return std::isalnum(static_cast<unsigned char>(post[k])) != 0; };
      if (english &&
          ((f > 0 && letter(f - 1)) || (e < post.size() && letter(e) && !StartsWith(post, e, "'s"))))
        continue;
      if (used_rows) used_rows->push_back(i);
      return w.value;
    }
  }
  return "";
}

const std::vector<int>& FrameReader::RowsOf(std::string_view kind, std::string_view lang) const {
  static const std::vector<int> kNone;
  for (const auto& [k, rows] : by_kind_)
    if (k.size() == kind.size() + 1 + lang.size() && k.compare(0, kind.size(), kind) == 0 &&
        k.compare(kind.size() + 1, lang.size(), lang) == 0)
      return rows;
  return kNone;
}

const FrameReader& FrameReader::Default() {
  static const FrameReader* r = new FrameReader(EmbeddedOrDie(FromTsv(EmbeddedFramesTsv()), "frames table"));
  return *r;
}

const std::vector<std::string>& KoreanSubjectTopicParticles() {
  static const std::vector<std::string> particles = [] {
    std::vector<std::string> out;
    for (const FrameReader::Row& r : FrameReader::Default().rows())
      if (r.kind == "marker" && r.lang == "ko" && (r.value == "subject" || r.value == "topic"))
        out.push_back(r.text);
    return out;
  }();
  return particles;
}

size_t KoreanSubjectParticleAt(std::string_view text, size_t at, bool additive) {
  static const std::vector<std::string> additives = [] {
    std::vector<std::string> out;
    for (const FrameReader::Row& r : FrameReader::Default().rows())
      if (r.kind == "marker" && r.lang == "ko" && r.value == "additive") out.push_back(r.text);
    return out;
  }();
  auto at_particle = [&](const std::string& particle) {
    return StartsWith(text, at, particle) && StartsWith(text, at + particle.size(), " ");
  };
  for (const std::string& particle : KoreanSubjectTopicParticles())
    if (at_particle(particle)) return particle.size() + 1;
  if (additive)
    for (const std::string& particle : additives)
      if (at_particle(particle)) return particle.size() + 1;
  return 0;
}

bool KoreanParticleAfterConsonant(std::string_view particle) {
  size_t len = 0;
  const char32_t first = particle.empty() ? 0 : DecodeUtf8At(particle, 0, &len);
  constexpr char32_t kSyllables = 0xAC00, kIeung = 11, kPerInitial = 588;  // the initial ㅇ of 은, 이, 을
  return first >= kSyllables && first <= 0xD7A3 && (first - kSyllables) / kPerInitial == kIeung;
}

bool HoldsKoreanPassiveSyllable(std::string_view text) {
  static const std::vector<std::string> syllables = [] {
    std::vector<std::string> out;
    for (const FrameReader::Row& r : FrameReader::Default().rows()) {
      if (r.kind != "ending" || r.lang != "ko" || !r.value.starts_with("passive") || r.text.size() < 3)
        continue;
      const std::string first = r.text.substr(0, Utf8SequenceLength(r.text, 0));
      if (std::find(out.begin(), out.end(), first) == out.end()) out.push_back(first);
    }
    return out;
  }();
  return std::any_of(syllables.begin(), syllables.end(),
                     [&](const std::string& s) { return text.find(s) != std::string_view::npos; });
}

FrameReader::Aspect FrameReader::MoveAspect(std::string_view text, std::string_view lower, int pos, int end,
                                            std::vector<int>* used_rows) const {
  // Korean and Japanese rows stand right after the move word, English ones right before it.
  const bool korean = pos < static_cast<int>(text.size()) && (static_cast<unsigned char>(text[pos]) & 0x80);
  const bool hangul = korean && IsHangulText(text.substr(static_cast<size_t>(pos), 3));
  int best = -1;
  for (int i : RowsOf("aspect", !korean ? "en" : hangul ? "ko" : "ja")) {
    const Row& w = rows_[i];
    bool at = korean ? StartsWith(text, static_cast<size_t>(end), w.text)
                     : EndsWithAt(lower, static_cast<size_t>(pos), w.text + " ") &&
                           IsWordAt(lower, static_cast<size_t>(pos) - w.text.size() - 1, w.text.size());
    // "'ll" is glued to the word before it.
    if (!korean && !at && w.text[0] == '\'') at = EndsWithAt(lower, static_cast<size_t>(pos), w.text + " ");
    if (at && (best < 0 || w.text.size() > rows_[best].text.size())) best = i;
  }
  if (best < 0) return Aspect::kDone;
  if (used_rows) used_rows->push_back(best);
  return rows_[best].value == "near" ? Aspect::kNear : Aspect::kFuture;
}

namespace {
// Past the adverbs between an auxiliary and its verb: "also" and words in -ly ("will formally take
// office", "is expected to officially join", "will also eventually become"), up to two.
size_t PastVerbAdverbs(std::string_view lower, size_t at) {
  for (int n = 0; n < 2; ++n) {
    if (StartsWith(lower, at, "also ")) {
      at += 5;
      continue;
    }
    const size_t sp = lower.find(' ', at);
    if (sp == std::string_view::npos || sp < at + 4 || lower.substr(sp - 2, 2) != "ly") break;
    bool word = true;
    for (size_t k = at; k < sp; ++k) word = word && lower[k] >= 'a' && lower[k] <= 'z';
    if (!word) break;
    at = sp + 1;
  }
  return at;
}
}  // namespace

bool FrameReader::FutureStart(std::string_view lower, size_t pos, std::vector<int>* used_rows) const {
  for (int p : RowsOf("progressive", "en"))
    if (StartsWith(lower, pos, rows_[p].text) && IsWordAt(lower, pos, rows_[p].text.size())) {
      if (used_rows) used_rows->push_back(p);
      return true;
    }
  for (int a : RowsOf("aspect", "en")) {
    const Row& w = rows_[a];
    if (w.value != "future" || w.text[0] == '\'' || !StartsWith(lower, pos, w.text + " ") ||
        !IsWordAt(lower, pos, w.text.size()))
      continue;
    size_t at = pos + w.text.size() + 1;
    at = PastVerbAdverbs(lower, at);
    std::vector<int> used;
    if (!DatedStartAt(lower, at, &used)) continue;
    if (used_rows) {
      used_rows->push_back(a);
      used_rows->insert(used_rows->end(), used.begin(), used.end());
    }
    return true;
  }
  // A start told in the present tense right after the subject, dated later in the sentence ("Raman
  // starts in January", "joins the bank on March 3"): the present of a scheduled start.
  return DatedStartAt(lower, PastVerbAdverbs(lower, pos), used_rows, /*present=*/true);
}

bool FrameReader::DatedStartAt(std::string_view lower, size_t at, std::vector<int>* used_rows,
                               bool present) const {
  for (int v : RowsOf("start", "en")) {
    if ((rows_[v].value == "present") != present) continue;
    if (!StartsWith(lower, at, rows_[v].text) || !IsWordAt(lower, at, rows_[v].text.size())) continue;
    // The rest of the sentence ("Jan. 1" does not end it) must say when.
    const size_t from = at + rows_[v].text.size();
    const size_t end = EnglishSentenceEnd(lower, from, std::min(lower.size(), from + kStartDateWindow));
    std::string_view rest = lower.substr(from, end - from);
    for (int t : RowsOf("when", "en")) {
      const std::string& when = rows_[t].text;
      for (size_t f = rest.find(when); f != std::string_view::npos; f = rest.find(when, f + 1)) {
        if (f > 0 && rest[f - 1] >= 'a' && rest[f - 1] <= 'z') continue;
        // A weekday dates only a start told in the present, in its own clause ("Kim starts on Monday"; not
        // "will take charge of training on Saturday", nor "joins from Moderna, started on Monday").
        // A start of a term of office announced for later is dated by a weekday too ("will begin his
        // three-year term on Friday": a term_noun row between).
        if (rows_[t].value == "weekday" && ((!present && !TermNounIn(rest.substr(0, f), used_rows)) ||
                                            rest.substr(0, f).find(',') != std::string_view::npos))
          continue;
        size_t e = f + when.size();
        if (when.back() != '.' && e < rest.size() && rest[e] >= 'a' && rest[e] <= 'z') continue;
        if (used_rows) used_rows->insert(used_rows->end(), {v, t});
        return true;
      }
    }
  }
  return false;
}

bool FrameReader::WordRowIn(std::string_view kind, std::string_view lang, std::string_view lower,
                            std::vector<int>* used_rows) const {
  for (int i : RowsOf(kind, lang))
    for (size_t f = lower.find(rows_[i].text); f != std::string_view::npos;
         f = lower.find(rows_[i].text, f + 1))
      if (IsWordAt(lower, f, rows_[i].text.size())) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
  return false;
}

bool FrameReader::TermNounIn(std::string_view lower, std::vector<int>* used_rows) const {
  return WordRowIn("term_noun", "en", lower, used_rows);
}

bool FrameReader::FutureStartInClause(std::string_view lower, size_t pos, std::vector<int>* used_rows) const {
  if (FutureStart(lower, pos, used_rows)) return true;
  size_t end = EnglishSentenceEnd(lower, pos, lower.size());
  const size_t comma = lower.find(", ", pos);
  if (comma != std::string_view::npos && comma < end) end = comma;
  for (size_t f = lower.find(" and ", pos); f != std::string_view::npos && f < end;
       f = lower.find(" and ", f + 1))
    if (FutureStart(lower, f + 5, used_rows)) return true;
  return false;
}

int FrameReader::ReferentStart(std::string_view lower, std::vector<int>* used_rows) const {
  for (int i : RowsOf("referent", "en")) {
    const Row& r = rows_[i];
    size_t at = r.text.size() + 1;
    // (No string built per row: this runs at many words of every English paragraph.)
    if (!lower.starts_with(r.text)) continue;
    const std::string_view rest = lower.substr(r.text.size());
    // An inclusion between commas after the referent ("the changes, including Brenner's appointment, take
    // effect Jan. 1"): the start follows it.
    if (rest.starts_with(", including ")) {
      const size_t close = lower.find(", ", r.text.size() + 12);
      if (close == std::string_view::npos) continue;
      at = close + 2;
    } else if (!rest.starts_with(' ')) {
      continue;
    }
    std::vector<int> used;
    // A noun of the announcement ("The appointments take effect Jan. 1") dates the start in the
    // present tense too.
    const bool present = r.value.ends_with(":present");
    if (!FutureStartInClause(lower, at, &used) && !(present && DatedStartAt(lower, at, &used))) continue;
    if (used_rows) {
      used_rows->push_back(i);
      used_rows->insert(used_rows->end(), used.begin(), used.end());
    }
    return !r.value.starts_with("plural") ? 1 : present ? 3 : 2;
  }
  return 0;
}

bool FrameReader::PredecessorBefore(std::string_view lower, size_t name_start,
                                    std::vector<int>* used_rows) const {
  // The marker row (with its space) that ends right at `end`, as a whole word; -1 if none.
  auto before = [&](std::string_view value, size_t end) {
    for (int i : RowsOf("marker", "en")) {
      const Row& w = rows_[i];
      const size_t n = w.text.size() + 1;
      if (w.value == value && end >= n && EndsWithAt(lower, end, w.text + " ") &&
          IsWordAt(lower, end - n, w.text.size()))
        return i;
    }
    return -1;
  };
  size_t at = name_start;
  std::vector<int> used;
  for (int guard = 0; guard < 2; ++guard) {
    int hon = before("honorific", at);
    if (hon < 0) break;
    used.push_back(hon);
    at -= rows_[hon].text.size() + 1;
  }
  // "replaces founder Mark Delaney", "succeeds longtime chief Paul Ortega": up to three descriptor
  // words (letters and hyphens, no stop row) stand between the marker and the name.
  int row = before("predecessor", at);
  for (int words = 0; row < 0 && words < 3; ++words) {
    size_t w = at > 0 ? at - 1 : 0;  // the space before the name or the last descriptor word
    if (w == 0 || lower[w] != ' ') return false;
    size_t b = w;
    while (b > 0 && ((lower[b - 1] >= 'a' && lower[b - 1] <= 'z') || lower[b - 1] == '-')) --b;
    if (b == w || (b > 0 && lower[b - 1] != ' ')) return false;
    const std::string_view word = lower.substr(b, w - b);
    // "to replace the retiring Martin Greaves": a determiner row opens the described name, right
    // after the marker; anywhere else a stop row ends the search.
    if (words > 0)
      for (int i : RowsOf("marker", "en"))
        if (rows_[i].value == "determiner" && rows_[i].text == word &&
            (row = before("predecessor", b)) >= 0) {
          used.push_back(i);
          break;
        }
    if (row >= 0) break;
    for (int i : RowsOf("stop", "en"))
      if (rows_[i].text == word) return false;
    // "replaces interim coach Derek Shaw": a stopgap holder hands the post back, no departure.
    for (int i : RowsOf("marker", "en"))
      if (rows_[i].value == "stopgap" && rows_[i].text == word) {
        if (used_rows) used_rows->push_back(i);
        return false;
      }
    at = b;
    row = before("predecessor", at);
  }
  if (row < 0) return false;
  if (used_rows) {
    used_rows->insert(used_rows->end(), used.begin(), used.end());
    used_rows->push_back(row);
  }
  return true;
}

bool FrameReader::HasPastTime(std::string_view lower, std::vector<int>* used_rows) const {
  for (int i : RowsOf("time", "en")) {
    const std::string& t = rows_[i].text;
    for (size_t f = lower.find(t); f != std::string_view::npos; f = lower.find(t, f + 1))
      if (IsWordAt(lower, f, t.size())) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
  }
  return false;
}

bool FrameReader::KoreanPredecessorAfter(std::string_view text, size_t name_end,
                                         std::vector<int>* used_rows) const {
  size_t at = name_end;
  if (StartsWith(text, at, "의 ")) at += std::string_view("의").size();
  for (int words = 0; words < 3 && StartsWith(text, at, " "); ++words) {
    const size_t b = at + 1;
    for (int i : RowsOf("marker", "ko"))
      if (rows_[i].value == "predecessor" && StartsWith(text, b, rows_[i].text)) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
    const size_t e = std::min(text.find_first_of(" ,.", b), text.size());
    std::string_view word = text.substr(b, e - b);
    const bool genitive = EndsWithAt(word, word.size(), "의");
    if (genitive) word.remove_suffix(std::string_view("의").size());
    if (words == 2 || word.empty() || KoreanTitleEnding(word, used_rows) == 0) return false;
    at = e;
  }
  return false;
}

size_t FrameReader::KoreanTitleEnding(std::string_view word, std::vector<int>* used_rows) const {
  int best = -1;
  for (int i : RowsOf("title", "ko")) {
    const std::string& t = rows_[i].text;
    if (rows_[i].value == "glued" || !EndsWithAt(word, word.size(), t)) continue;
    if (best < 0 || t.size() > rows_[best].text.size()) best = i;
  }
  if (best < 0) return 0;
  if (used_rows) used_rows->push_back(best);
  return rows_[best].text.size();
}

bool FrameReader::OpensSpan(std::string_view text, size_t at, std::vector<int>* used_rows) const {
  for (int i : RowsOf("span_from", "ko")) {
    if (!StartsWith(text, at, rows_[i].text)) continue;
    // The span's end in the same clause, a few words on ("부터 올해 상반기까지"); "2020년부터 X에
    // 합류했고" dates the join itself.
    const size_t from = at + rows_[i].text.size();
    size_t stop = std::min(text.size(), from + kSpanWindow);
    const size_t cut = text.find_first_of(",.", from);
    if (cut != std::string_view::npos && cut < stop) stop = cut;
    for (int j : RowsOf("span_to", "ko")) {
      const size_t f = text.find(rows_[j].text, from);
      if (f == std::string_view::npos || f + rows_[j].text.size() > stop) continue;
      if (used_rows) {
        used_rows->push_back(i);
        used_rows->push_back(j);
      }
      return true;
    }
  }
  return false;
}

bool FrameReader::YearNamesReshuffle(std::string_view text, size_t digits_end,
                                     std::vector<int>* used_rows) const {
  size_t at = digits_end;
  if (!StartsWith(text, at, "년")) return false;
  at += std::string_view("년").size();
  // "1980년대생 4명", "1990년생": a birth year or generation glued to 년 dates no move; nor does the
  // start of a span running on ("지난해부터 올해 상반기까지 … 채용했다": OpensSpan).
  for (int i : RowsOf("undated_year", "ko"))
    if (StartsWith(text, at, rows_[i].text)) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  if (OpensSpan(text, at, used_rows)) return true;
  if (StartsWith(text, at, "도")) at += std::string_view("도").size();
  if (!StartsWith(text, at, " ")) return false;
  ++at;
  for (int i : RowsOf("dated_noun", "ko"))
    if (StartsWith(text, at, rows_[i].text)) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

bool FrameReader::KoreanReshuffleLater(std::string_view sentence, std::vector<int>* used_rows) const {
  size_t topic = sentence.find("인사는 ");
  if (topic == std::string_view::npos) return false;
  for (int i : RowsOf("reshuffle_start", "ko")) {
    const size_t at = sentence.find(rows_[i].text, topic);
    if (at == std::string_view::npos) continue;
    if (used_rows) used_rows->push_back(i);
    // The article's own day before it ("인사는 이날 자로 시행된다") is no later start.
    const std::string_view between = sentence.substr(topic, at - topic);
    for (int d : RowsOf("today", "ko"))
      if (between.find(rows_[d].text) != std::string_view::npos) {
        if (used_rows) used_rows->push_back(d);
        return false;
      }
    return true;
  }
  return false;
}

bool FrameReader::KoreanUnit(std::string_view name) const {
  for (int i : RowsOf("unit", "ko"))
    if (name.size() > rows_[i].text.size() && EndsWithAt(name, name.size(), rows_[i].text)) return true;
  return false;
}

bool FrameReader::KoreanBody(std::string_view name) const {
  for (int i : RowsOf("body", "ko"))
    if (name.size() >= rows_[i].text.size() && EndsWithAt(name, name.size(), rows_[i].text)) return true;
  return false;
}

FrameReader::ListMove FrameReader::KoreanListHead(std::string_view text, size_t* at,
                                                  std::vector<int>* used_rows) const {
  auto word_edge = [&](size_t i) {
    return i == 0 || i >= text.size() || text[i - 1] == ' ' || text[i] == ' ' || text[i] == '(' ||
           text[i] == ')' || text[i] == ',' || text[i] == '=' || StartsWith(text, i, "\xC2\xB7") ||
           EndsWithAt(text, i, "\xC2\xB7");
  };
  size_t best_at = std::string_view::npos;
  int best = -1;
  for (int i : RowsOf("list_head", "ko")) {
    const std::string& w = rows_[i].text;
    for (size_t f = text.find(w); f != std::string_view::npos; f = text.find(w, f + 1)) {
      bool starts = f == 0 || text[f - 1] == ' ' || text[f - 1] == '(' ||
                    EndsWithAt(text, f, "\xE2\x96\xB2") || EndsWithAt(text, f, "\xE2\x97\x87");
      if (!starts || !word_edge(f + w.size())) continue;
      if (f < best_at) {
        best_at = f;
        best = i;
      }
      break;
    }
  }
  if (best < 0) return ListMove::kNone;
  if (used_rows) used_rows->push_back(best);
  if (at) *at = best_at;
  const std::string& v = rows_[best].value;
  return v == "depart" ? ListMove::kDepart : v == "designate" ? ListMove::kDesignate : ListMove::kAppoint;
}

bool FrameReader::KoreanBegun(std::string_view sentence, std::vector<int>* used_rows) const {
  for (int i : RowsOf("begun", "ko"))
    if (sentence.find(rows_[i].text) != std::string_view::npos) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

bool FrameReader::EnglishBegun(std::string_view lower, std::vector<int>* used_rows) const {
  return WordRowIn("begun", "en", lower, used_rows);
}

bool FrameReader::PendingApproval(std::string_view lower, std::vector<int>* used_rows) const {
  // bytes after the pending row: "approval by the university's board", "a shareholder vote"
  constexpr size_t kReach = 60;
  for (int i : RowsOf("pending", "en"))
    for (size_t f = lower.find(rows_[i].text); f != std::string_view::npos;
         f = lower.find(rows_[i].text, f + 1)) {
      if (!IsWordAt(lower, f, rows_[i].text.size())) continue;
      const size_t from = f + rows_[i].text.size();
      const size_t stop = std::min({lower.size(), from + kReach, lower.find_first_of(",;.", from)});
      for (int a : RowsOf("approval", "en"))
        for (size_t g = lower.find(rows_[a].text, from); g != std::string_view::npos && g < stop;
             g = lower.find(rows_[a].text, g + 1))
          if (IsWordAt(lower, g, rows_[a].text.size())) {
            if (used_rows) used_rows->insert(used_rows->end(), {i, a});
            return true;
          }
    }
  return false;
}

bool FrameReader::KoreanStart(std::string_view sentence, std::vector<int>* used_rows) const {
  for (int i : RowsOf("start", "ko")) {
    const std::string& w = rows_[i].text;
    for (size_t f = sentence.find(w); f != std::string_view::npos; f = sentence.find(w, f + 1)) {
      size_t e = f + w.size();
      if (StartsWith(sentence, e, "이었") || StartsWith(sentence, e, "였")) continue;
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  }
  return false;
}

namespace {
// Korean: the word at `at` or the word after it is told as past ("합류하기로 했던", "취임했다"):
// a plan that was, not a start to come.
bool PastPlan(std::string_view s, size_t at) {
  const size_t e1 = s.find(' ', at);
  const size_t e2 = e1 == std::string_view::npos ? e1 : s.find(' ', e1 + 1);
  const std::string_view word = s.substr(at, e1 == std::string_view::npos ? e1 : e1 - at);
  const std::string_view words = s.substr(at, e2 == std::string_view::npos ? e2 : e2 - at);
  for (std::string_view past : {"했다", "됐다", "했고", "했으며"})
    if (word.find(past) != std::string_view::npos) return true;
  for (std::string_view past : {"던", "었", "였"})
    if (words.find(past) != std::string_view::npos) return true;
  return false;
}
}  // namespace

bool FrameReader::KoreanDatedStart(std::string_view sentence, std::vector<int>* used_rows) const {
  // A row of `kind` at `at` (the longest); -1 if none.
  auto row_at = [&](std::string_view kind, size_t at) {
    int best = -1;
    for (int i : RowsOf(kind, "ko"))
      if (StartsWith(sentence, at, rows_[i].text) &&
          (best < 0 || rows_[i].text.size() > rows_[best].text.size()))
        best = i;
    return best;
  };
  // "이날부터 … 출근했으며, 다음 달부터 뉴스를 진행한다": the person started on the article's day (a today
  // row glued to 부터, then a past verb before the time to come); the later time dates a task, not the start.
  auto started_today = [&](size_t f) {
    for (int t : RowsOf("today", "ko")) {
      const size_t at = sentence.find(rows_[t].text + "부터 ");
      if (at == std::string_view::npos || at >= f) continue;
      const std::string_view between = sentence.substr(at, f - at);
      for (std::string_view past : {"했으며", "했고", "했다", "됐으며", "됐고"})
        if (between.find(past) != std::string_view::npos) {
          if (used_rows) used_rows->push_back(t);
          return true;
        }
    }
    return false;
  };
  for (int w : RowsOf("future_time", "ko")) {
    const std::string& when = rows_[w].text;
    for (size_t f = sentence.find(when); f != std::string_view::npos; f = sentence.find(when, f + 1)) {
      if (f > 0 && sentence[f - 1] != ' ' && sentence[f - 1] != '(' && sentence[f - 1] != '"')
        continue;  // a word of its own
      if (started_today(f)) continue;
      std::vector<int> used{w};
      size_t at = f + when.size();
      for (int steps = 0; at < sentence.size() && steps < 6; ++steps) {
        if (sentence[at] == ' ') {
          ++at;
          continue;
        }
        const int s = row_at("dated_start", at);
        if (s >= 0 && !PastPlan(sentence, at)) {
          used.push_back(s);
          if (used_rows) used_rows->insert(used_rows->end(), used.begin(), used.end());
          return true;
        }
        // A day or month number ("1일", "3월") or a date_part row as a whole word ("초", "공식").
        size_t d = at;
        while (d < sentence.size() && sentence[d] >= '0' && sentence[d] <= '9') ++d;
        if (d > at && (StartsWith(sentence, d, "월") || StartsWith(sentence, d, "일"))) {
          at = d + 3;
          continue;
        }
        const int p = row_at("date_part", at);
        if (p < 0) break;
        const size_t e = at + rows_[p].text.size();
        if (e < sentence.size() && sentence[e] != ' ' && row_at("dated_start", e) < 0) break;
        used.push_back(p);
        at = e;
      }
    }
  }
  return false;
}

bool FrameReader::KoreanTopicStart(std::string_view sentence, size_t at, std::vector<int>* used_rows) const {
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  int noun = -1;
  for (int i : RowsOf("start_noun", "ko"))
    if (StartsWith(sentence, at, rows_[i].text) &&
        (noun < 0 || rows_[i].text.size() > rows_[noun].text.size()))
      noun = i;
  if (noun < 0) return false;
  // The noun is the topic or subject: a particle glued to it, then a space. The motion of it may stand
  // between, glued or after a space ("연임안은 내년 3월 정기 주주총회를 거쳐 최종 확정된다", "연임 안건은").
  size_t after = at + rows_[noun].text.size();
  size_t motion_end = after;  // the longest motion row (안건 before 안)
  for (int m : RowsOf("motion", "ko"))
    for (size_t at_m : {after, after + 1})
      if ((at_m == after || StartsWith(sentence, after, " ")) && StartsWith(sentence, at_m, rows_[m].text))
        motion_end = std::max(motion_end, at_m + rows_[m].text.size());
  after = motion_end;
  const size_t particle = KoreanSubjectParticleAt(sentence, after, false);
  const bool topic = particle > 0;
  after += particle;
  if (!topic) return false;
  const std::string_view rest = sentence.substr(after);
  // Told as past ("합류 시점은 지난달 1일이었다", "… 확정됐다"): no start to come.
  for (std::string_view past : {"었다", "였다", "됐다", "했다"})
    if (rest.find(past) != std::string_view::npos) return false;
  for (int w : RowsOf("future_time", "ko")) {
    const std::string& when = rows_[w].text;
    for (size_t f = rest.find(when); f != std::string_view::npos; f = rest.find(when, f + 1)) {
      if (f > 0 && rest[f - 1] != ' ' && rest[f - 1] != '(') continue;  // a word of its own
      // The end of a term ("임기는 내년 3월까지다", "내년 2월 끝난다"), not its start.
      for (int t : RowsOf("term_end", "ko"))
        if (rest.find(rows_[t].text, f) != std::string_view::npos) {
          if (used_rows) used_rows->push_back(t);
          return false;
        }
      if (used_rows) used_rows->insert(used_rows->end(), {noun, w});
      return true;
    }
  }
  // "문 신임 총장의 임기는 3월 1일부터 4년이다": a month (and day) with no year before it, glued to a
  // dated_start row
  // ("3월 1일부터", "3월 1일자로"): a start to come as after a future_time row (a term begun is told in the
  // past).
  for (size_t f = rest.find("월"); f != std::string_view::npos; f = rest.find("월", f + 1)) {
    size_t d = f;
    while (d > 0 && rest[d - 1] >= '0' && rest[d - 1] <= '9') --d;
    if (d == f || f - d > 2 || (d > 0 && rest[d - 1] != ' ') ||
        (d >= 4 && rest.substr(0, d).ends_with("년 ")))
      continue;
    size_t at = f + std::string_view("월").size();
    if (StartsWith(rest, at, " ")) {
      size_t e = at + 1;
      while (e < rest.size() && rest[e] >= '0' && rest[e] <= '9') ++e;
      if (e > at + 1 && e - at <= 3 && StartsWith(rest, e, "일")) at = e + std::string_view("일").size();
    }
    for (int i : RowsOf("dated_start", "ko"))
      if (StartsWith(rest, at, rows_[i].text)) {
        if (used_rows) used_rows->insert(used_rows->end(), {noun, i});
        return true;
      }
  }
  return false;
}

size_t EnglishSentenceEnd(std::string_view lower, size_t from, size_t limit) {
  for (size_t dot = lower.find(". ", from); dot != std::string_view::npos && dot < limit;
       dot = lower.find(". ", dot + 1)) {
    size_t w = dot;
    while (w > from && lower[w - 1] >= 'a' && lower[w - 1] <= 'z') --w;
    if (dot - w > 4) return dot;
  }
  return limit;
}

bool FrameReader::EffectiveDate(std::string_view lower, size_t from, size_t end,
                                std::vector<int>* used_rows) const {
  for (size_t f = from; f < end && f < lower.size(); ++f) {
    int eff = -1;
    for (int i : RowsOf("effective", "en"))
      if (StartsWith(lower, f, rows_[i].text) && IsWordAt(lower, f, rows_[i].text.size())) eff = i;
    if (eff < 0) continue;
    size_t at = SkipSpaces(lower, f + rows_[eff].text.size());
    if (StartsWith(lower, at, "on ") || StartsWith(lower, at, "from "))
      at = SkipSpaces(lower, at + (lower[at] == 'o' ? 3 : 5));
    if (StartsWith(lower, at, ", ")) at += 2;  // "to a second four-year term, pending approval"
    // A month after "in" or "next" too ("starting in August", "with her term starting next August"; "in may"
    // and "next month" are rows of their own).
    for (size_t lead : {size_t{0}, StartsWith(lower, at, "in ")     ? size_t{3}
                                   : StartsWith(lower, at, "next ") ? size_t{5}
                                                                    : size_t{0}})
      for (int i : RowsOf("when", "en"))
        if (StartsWith(lower, at + lead, rows_[i].text) &&
            (lead == 0 || IsWordAt(lower, at + lead, rows_[i].text.size()))) {
          if (used_rows) used_rows->insert(used_rows->end(), {eff, i});
          return true;
        }
  }
  return false;
}

bool FrameReader::HasTrigger(std::string_view text, std::string_view lower) const {
  const bool hangul = IsHangulText(text);
  // (A trigger with a byte pair the text lacks is not searched for.)
  const BigramFilter text_pairs(text), lower_pairs(lower);
  for (int row : triggers_) {
    const Row& w = rows_[row];
    if (w.lang == "ko" && !hangul) continue;
    std::string_view s = w.lang == "en" ? lower : text;
    if (w.lang == "ko") {
      // (Korean rows may match with an adverb between their words: each word must be there.)
      const size_t space = w.text.find(' ');
      std::string_view t(w.text);
      if (!text_pairs.MayContain(t.substr(0, space)) ||
          (space != std::string_view::npos && !text_pairs.MayContain(t.substr(space))))
        continue;
      size_t len = 0;
      if (FindKoreanTrigger(s, w.text, 0, &len) != std::string_view::npos) return true;
      continue;
    }
    if (!(w.lang == "en" ? lower_pairs : text_pairs).MayContain(w.text)) continue;
    for (size_t f = s.find(w.text); f != std::string_view::npos; f = s.find(w.text, f + 1))
      if (w.lang != "en" || IsWordAt(s, f, w.text.size())) return true;
  }
  if (!hangul) {
    // A self appointment "VERB as" with an adverbial before "as" (Scan::AddAdverbialAsHits).
    for (int row : triggers_) {
      const Row& w = rows_[row];
      if (w.lang != "en" || (w.value.rfind("appoint:self", 0) != 0 && w.value.rfind("join:self", 0) != 0) ||
          !w.text.ends_with(" as"))
        continue;
      const std::string_view verb = std::string_view(w.text).substr(0, w.text.size() - 3);
      for (size_t f = lower.find(verb); f != std::string_view::npos; f = lower.find(verb, f + 1))
        if (IsWordAt(lower, f, verb.size())) return true;
    }
    // English moves told as nouns (Scan::AddNounHits).
    for (int row : RowsOf("move_noun", "en"))
      for (size_t f = lower.find(rows_[row].text); f != std::string_view::npos;
           f = lower.find(rows_[row].text, f + 1))
        if (IsWordAt(lower, f, rows_[row].text.size())) return true;
    return false;
  }
  // (A motion noun is read with its decision verb, Scan::AddMotionHits; a nominee noun so,
  // Scan::AddNomineeHits.)
  for (int row : RowsOf("motion_noun", "ko"))
    if (text.find(rows_[row].text) != std::string_view::npos) return true;
  for (int row : RowsOf("nominee_noun", "ko"))
    if (text.find(rows_[row].text) != std::string_view::npos) return true;
  for (int row : RowsOf("stem", "ko"))
    for (size_t f = text.find(rows_[row].text); f != std::string_view::npos;
         f = text.find(rows_[row].text, f + 1))
      for (int er : RowsOf("ending", "ko"))
        if (StartsWith(text, f + rows_[row].text.size(), rows_[er].text)) return true;
  return false;
}

size_t FrameReader::FindKoreanTrigger(std::string_view text, std::string_view trigger, size_t from,
                                      size_t* len, std::vector<int>* used_rows) const {
  size_t best = text.find(trigger, from);
  *len = trigger.size();
  const size_t space = trigger.find(' ');
  if (space == std::string_view::npos) return best;
  // "연임을 사실상 확정했다": an adverb row between the trigger's words.
  const std::string_view head = trigger.substr(0, space + 1), tail = trigger.substr(space + 1);
  for (int i : RowsOf("adverb", "ko")) {
    std::string variant = std::string(head) + rows_[i].text + " " + std::string(tail);
    size_t f = text.find(variant, from);
    if (f == std::string_view::npos || f >= best) continue;
    best = f;
    *len = variant.size();
    if (used_rows && std::find(used_rows->begin(), used_rows->end(), i) == used_rows->end())
      used_rows->push_back(i);
  }
  return best;
}

std::vector<FrameEvent> FrameReader::Read(const FrameClause& clause, std::vector<int>* used_rows) const {
  if (clause.persons.empty()) return {};
  if (IsHangulText(clause.text.substr(clause.start, clause.end - clause.start))) {
    const std::vector<Scan::Conjunct> parts = Scan(*this, clause, used_rows).KoConjuncts();
    if (!parts.empty()) {
      std::vector<FrameEvent> out;
      std::string context = clause.context_employer;
      for (const Scan::Conjunct& part : parts) {
        FrameClause own = clause;
        own.start = part.start;
        own.end = part.end;
        // A conjunct naming no employer continues the one before ("서 대표는 X연구소장으로 합류했고, 김
        // CTO는 연구소 부소장을 맡았다"): its context is the employer read there.
        own.context_employer = context;
        if (part.gapped) own.gap_start = parts.back().start, own.gap_end = parts.back().end;
        for (FrameEvent& e : Scan(*this, own, used_rows).Run()) {
          if (e.type == EventType::kHire && !e.context_employer) context = e.employer;
          out.push_back(std::move(e));
        }
      }
      return out;
    }
  }
  // "Current CEO Bae Jong-kook": a not_org row ("current", "outgoing") the recognizer took for an
  // organization names none.
  auto adjective = [&](const FrameMention& o) {
    for (int i : RowsOf("not_org", "en"))
      if (AsciiLower(o.name) == rows_[i].text) {
        if (used_rows) used_rows->push_back(i);
        return true;
      }
    return false;
  };
  // "Outgoing Daesung Display CEO Bang Jong-il": the row glued to the front of a name is no part of it.
  auto glued = [&](const FrameMention& o) {
    for (int i : RowsOf("not_org", "en"))
      if (AsciiLower(o.name).starts_with(rows_[i].text + " ")) return i;
    return -1;
  };
  if (std::none_of(clause.orgs.begin(), clause.orgs.end(), adjective) &&
      std::none_of(clause.orgs.begin(), clause.orgs.end(),
                   [&](const FrameMention& o) { return glued(o) >= 0; }))
    return Scan(*this, clause, used_rows).Run();
  FrameClause own = clause;
  std::erase_if(own.orgs, adjective);
  for (FrameMention& o : own.orgs)
    if (int i = glued(o); i >= 0) {
      const size_t cut = rows_[i].text.size() + 1;
      if (used_rows) used_rows->push_back(i);
      o.name = o.name.substr(cut);
      if (StartsWith(AsciiLower(clause.text.substr(static_cast<size_t>(o.start), cut)), 0,
                     rows_[i].text + " "))
        o.start += static_cast<int>(cut);
    }
  return Scan(*this, own, used_rows).Run();
}

}  // namespace hirewire::normalize

namespace hirewire::normalize {
namespace {

// The words of `text` split at spaces; a comma is a word of its own (English).
std::vector<std::string_view> ListWords(std::string_view text, bool comma_word) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const bool comma = comma_word && i < text.size() && text[i] == ',';
    if (i < text.size() && text[i] != ' ' && !comma) continue;
    if (i > b) out.push_back(text.substr(b, i - b));
    if (comma) out.push_back(text.substr(i, 1));
    b = i + 1;
  }
  return out;
}

constexpr size_t kListOwnWords = 10;    // words of the first member's apposition or post
constexpr size_t kListPremodWords = 4;  // English words of the second member's own before the name

}  // namespace

bool FrameReader::ListJoins(std::string_view between, bool korean, std::vector<int>* used_rows) const {
  // Quoted words, an ellipsis or a semicolon between two names (a headline's "A 사임…\"건강상 이유, B") list
  // nobody.
  for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6", ";", ":"})
    if (between.find(mark) != std::string_view::npos) return false;
  if (korean) return KoreanListJoins(between, used_rows);
  const std::string lower = AsciiLower(between);
  std::string_view lo = lower;
  auto barred = [&](std::string_view seg) {
    for (std::string_view w : ListWords(seg, true))
      if (IsRow("list_bar", "en", w, used_rows)) return true;
    return false;
  };
  // The first member's own words: a parenthesis, an apposition between commas, a post after "as".
  size_t at = 0;
  if (StartsWith(lo, 0, " (")) {
    at = lo.find(')');
    if (at == std::string_view::npos) return false;
    ++at;
  } else if (StartsWith(lo, 0, ", ") && lo.find(',', 2) != std::string_view::npos) {
    at = lo.find(',', 2);
  } else if (StartsWith(lo, 0, " as ")) {
    at = std::min(lo.find(','), lo.find(" and "));
    if (at == std::string_view::npos) return false;
  }
  const std::string_view own = lo.substr(0, at);
  if (ListWords(own, true).size() > kListOwnWords + 2 || barred(own)) return false;
  // The separator, then the second member's own words.
  const std::vector<std::string_view> rest = ListWords(lo.substr(at), true);
  size_t i = 0;
  while (i < rest.size() && i < 2 && IsRow("list_sep", "en", rest[i], used_rows)) ++i;
  if (i == 0 || rest.size() - i > kListPremodWords) return false;
  // After the first member's own words a comma alone opens no member ("hired A as CTO, analysts said"): "and"
  // does.
  if (at > 0 && rest[i - 1] == ",") return false;
  for (; i < rest.size(); ++i) {
    const std::string_view w = rest[i];
    if (w == "," || IsRow("list_bar", "en", w, used_rows) || IsRow("stop", "en", w)) return false;
    if (w.size() > 3 && EndsWithAt(w, w.size(), "ed")) return false;  // a verb of its own ("and promoted B")
  }
  return true;
}

std::string FrameReader::KoreanListTopic(std::string_view text, size_t* at,
                                         std::vector<int>* used_rows) const {
  int best = -1;
  for (int i : RowsOf("list_topic", "ko")) {
    const size_t f = text.find(rows_[static_cast<size_t>(i)].text);
    if (f != std::string_view::npos && rows_[static_cast<size_t>(i)].value == "bar") {
      // People only spoken of ("영입 후보로 거론되는 인물은"): no move, wherever the bar row stands.
      if (used_rows) used_rows->push_back(i);
      return "";
    }
    if (f != std::string_view::npos && (best < 0 || f < *at)) {
      best = i;
      *at = f;
    }
  }
  if (best < 0) return "";
  if (used_rows) used_rows->push_back(best);
  return rows_[static_cast<size_t>(best)].value;
}

bool FrameReader::KoreanListClose(std::string_view tail, std::vector<int>* used_rows) const {
  for (int i : RowsOf("list_close", "ko"))
    if (tail.find(rows_[static_cast<size_t>(i)].text) != std::string_view::npos) {
      if (used_rows) used_rows->push_back(i);
      return true;
    }
  return false;
}

bool FrameReader::KoreanListJoins(std::string_view between, std::vector<int>* used_rows) const {
  std::string_view rest = between;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!rest.empty() && rest.front() == '(') {
    const size_t close = rest.find(')');
    if (close == std::string_view::npos) return false;
    rest.remove_prefix(close + 1);
  }
  const std::vector<std::string_view> words = ListWords(rest, false);
  if (words.empty() || words.size() > kListOwnWords) return false;
  size_t k = 0;
  while (k < words.size() && !IsRow("list_sep", "ko", words[k], used_rows) &&
         !RowEnding("list_sep", "ko", words[k], used_rows))
    ++k;
  if (k == words.size()) return false;
  const bool gapped = RowEnding("list_gap", "ko", words[k], used_rows) > 0;
  auto object = [&](std::string_view w) {
    for (int r : RowsOf("marker", "ko"))
      if (rows_[static_cast<size_t>(r)].value == "object" &&
          w.size() > rows_[static_cast<size_t>(r)].text.size() &&
          EndsWithAt(w, w.size(), rows_[static_cast<size_t>(r)].text))
        return true;
    return false;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    if (i == k) continue;
    if (IsRow("list_bar", "ko", words[i], used_rows) || RowEnding("list_bar", "ko", words[i], used_rows))
      return false;
    // Before the separator an object closes the first member's phrase only in the gapped list.
    if (i < k && object(words[i]) && !gapped) return false;
  }
  return true;
}

}  // namespace hirewire::normalize
