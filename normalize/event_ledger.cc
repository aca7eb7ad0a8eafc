#include "normalize/event_ledger.h"

#include <algorithm>
#include <set>

#include "normalize/minhash.h"

namespace hirewire::normalize {
namespace {

bool SameOffer(const Offer& a, const Offer& b) {
  return a.currency == b.currency && a.value == b.value && a.derivation.empty() == b.derivation.empty();
}

template <typename T>
void AppendNew(const std::vector<T>& from, std::vector<T>* into) {
  for (const T& x : from)
    if (std::find(into->begin(), into->end(), x) == into->end()) into->push_back(x);
}

// Identity as first seen: offers, hires and acqui-hires of one candidate by one employer
// share a kind.
std::string IdentityKey(const Event& e) {
  std::string_view kind = e.type == EventType::kAcquisitionAttempt ? "acquisition_attempt"
                          : e.type == EventType::kDeparture        ? "departure"
                                                                   : "hire";
  return std::string(kind) + "\x1f" + e.employer + "\x1f" + e.candidate;
}

}  // namespace

// Light edits of a near copy may change how an employer or type was read.
void AlignWithOriginal(const std::vector<Event>& original, std::vector<Event>* events) {
  for (Event& e : *events)
    for (const Event& o : original) {
      if (o.candidate != e.candidate || o.type == EventType::kAcquisitionAttempt) continue;
      if (e.type == EventType::kAcquisitionAttempt || SameEvent(o, e)) continue;
      e.employer = o.employer;
      if (e.previous_employer.empty()) e.previous_employer = o.previous_employer;
      if (e.type == EventType::kDeparture || o.type == EventType::kDeparture) e.type = o.type;
    }
}

int OutcomeRank(Outcome o) {
  switch (o) {
    case Outcome::kNone: return -1;
    case Outcome::kOffered: return 0;
    case Outcome::kDeclined: return 1;
    case Outcome::kAccepted: return 2;
    case Outcome::kJoined:
    case Outcome::kLeft:
    case Outcome::kFailed: return 3;
  }
  return -1;
}

bool SameEvent(const Event& a, const Event& b) {
  if (a.candidate != b.candidate) return false;
  if (!a.employer.empty() && !b.employer.empty() && a.employer != b.employer) return false;
  if ((a.type == EventType::kAcquisitionAttempt) != (b.type == EventType::kAcquisitionAttempt)) return false;
  if ((a.type == EventType::kDeparture) != (b.type == EventType::kDeparture)) return false;
  if (!a.previous_employer.empty() && !b.previous_employer.empty() &&
      a.previous_employer != b.previous_employer)
    return false;
  return true;
}

void MergeEvent(const Event& e, Event* into) {
  Event& m = *into;
  for (auto [have, v] : {std::pair{&m.employer, &e.employer},
                         {&m.previous_employer, &e.previous_employer},
                         {&m.role, &e.role},
                         {&m.team, &e.team},
                         {&m.reported_by, &e.reported_by}})
    if (have->empty()) *have = *v;
  if (m.candidate_count < 0) m.candidate_count = e.candidate_count;
  for (const Offer& o : e.offers) {
    auto same =
        std::find_if(m.offers.begin(), m.offers.end(), [&](const Offer& x) { return SameOffer(x, o); });
    if (same == m.offers.end()) {
      m.offers.push_back(o);
      continue;
    }
    // A later report may state what an earlier one left open.
    if (same->first_year_usd.empty()) same->first_year_usd = o.first_year_usd;
    if (same->response.empty()) same->response = o.response;
  }
  if (OutcomeRank(e.outcome) >= OutcomeRank(m.outcome)) m.outcome = e.outcome;
  AppendNew(e.timeline, &m.timeline);
  if (e.type == EventType::kHire || m.type == EventType::kHire) m.type = EventType::kHire;
  if (m.type == EventType::kOffer && e.type == EventType::kAcquihire) m.type = EventType::kAcquihire;
  // Merging is idempotent: a report seen again (a resumed run re-merging an article it had already
  // stored) adds nothing; only a source not seen before corroborates the event.
  const size_t sources_before = m.sources.size();
  AppendNew(e.sources, &m.sources);
  const double corroboration = m.sources.size() > sources_before ? 0.02 : 0.0;
  m.confidence = std::min(0.99, std::max(m.confidence, e.confidence) + corroboration);
}

void EventLedger::Seed(std::vector<Event> events, std::vector<std::string> keys) {
  for (size_t i = 0; i < events.size(); ++i) {
    events_.push_back(std::move(events[i]));
    keys_.push_back(i < keys.size() ? std::move(keys[i]) : IdentityKey(events_.back()));
    paragraphs_.push_back(nullptr);
  }
}

size_t EventLedger::Merge(Event e, const std::shared_ptr<const std::vector<std::string>>& paragraphs) {
  for (size_t i = 0; i < events_.size(); ++i)
    if (SameEvent(events_[i], e)) {
      MergeEvent(e, &events_[i]);
      return i;
    }
  std::string key = IdentityKey(e);
  const std::string base = key;
  for (int n = 2; std::find(keys_.begin(), keys_.end(), key) != keys_.end(); ++n)
    key = base + "\x1f#" + std::to_string(n);
  events_.push_back(std::move(e));
  keys_.push_back(std::move(key));
  paragraphs_.push_back(paragraphs);
  return events_.size() - 1;
}

size_t EventLedger::Add(Event event) { return Merge(std::move(event), nullptr); }

std::vector<size_t> EventLedger::AddArticle(const Article& article) {
  std::vector<Event> evs = ReadArticle(article);
  auto paragraphs = std::make_shared<const std::vector<std::string>>(article.paragraphs);
  std::set<size_t> touched;
  for (Event& e : evs) touched.insert(Merge(std::move(e), paragraphs));
  return {touched.begin(), touched.end()};
}

std::vector<Event> EventLedger::ReadArticle(const Article& article) { return ReadArticle(article, nullptr); }

std::vector<Event> EventLedger::ReadArticle(const Article& article, std::vector<uint64_t>* signature) {
  std::vector<Event> evs = article.events;
  const std::string src = article.url.empty() ? article.source : article.url;
  for (Event& e : evs)
    if (e.sources.empty()) e.sources.push_back(src);
  std::vector<uint64_t> sig = DocumentSignature(article.paragraphs);
  for (const Doc& d : docs_)
    if (MinHashSimilarity(sig, d.signature) >= kSyndicatedThreshold) {
      AlignWithOriginal(d.events, &evs);
      break;
    }
  if (signature) *signature = sig;
  docs_.push_back({std::move(sig), evs});
  return evs;
}

const std::vector<std::string>& EventLedger::paragraphs(size_t i) const {
  static const std::vector<std::string> kNone;
  return paragraphs_[i] ? *paragraphs_[i] : kNone;
}

std::vector<Event> MergeEvents(std::vector<Event> events) {
  EventLedger ledger;
  for (Event& e : events) ledger.Add(std::move(e));
  return ledger.events();
}

}  // namespace hirewire::normalize
