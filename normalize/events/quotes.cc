#include "normalize/events/internal.h"

// Quoted speech read for denials and for the candidate's refusals.

namespace hirewire::normalize::events_detail {

namespace {

// The cue reading of quoted speech: a clause context over paragraph `pi` with nothing blanked (the quote is
// what is read), and the cues of one quote in it.
SentenceCtx QuoteContext(const Article& article, size_t pi) {
  SentenceCtx q;
  q.article = &article;
  q.para = static_cast<int>(pi);
  q.text = article.paragraphs[pi];
  q.blank = article.paragraphs[pi];
  q.lower = ToLowerAscii(q.blank);
  return q;
}

std::vector<CueHit> QuoteCues(const TextSpan& quote, SentenceCtx* q) {
  q->start = q->ev_start = quote.start;
  q->end = q->ev_end = quote.end;
  return FindCues(*q);
}

}  // namespace

// A denial in quoted speech ("LG유플러스 관계자는 "정 전무 영입을 검토하거나 제안한 사실이 전혀
// 없다"고 말했다"; "We have not made any offer to Mr. Sandoval," a Hyundai spokesman said): a quote
// holding a negation cue and a move word (or a rumour word) that names a person denies that person's
// moves to the organizations its sentence names outside the quote (the speaker's). Quoted speech
// is otherwise not read for events; a pending decision ("아직", "not yet") denies nothing.
void DenyQuotedDenials(const Article& article, const ParagraphSource& source, size_t np,
                       const MentionsByParagraph& persons, const MentionsByParagraph& orgs, Context* ctx) {
  for (size_t pi = 0; pi < np; ++pi) {
    if (persons[pi].empty() || orgs[pi].empty()) continue;
    SentenceCtx q = QuoteContext(article, pi);
    const std::vector<std::pair<int, int>> sentences = source.Sentences(pi);
    for (const TextSpan& quote : source.Quotes(pi)) {
      const std::vector<CueHit> hits = QuoteCues(quote, &q);
      if (!Has(hits, Cue::kNegation)) continue;
      bool move = false;
      for (const CueHit& h : hits) move = move || (h.cue != Cue::kNegation && h.cue != Cue::kDecline);
      std::string_view text = std::string_view(q.lower).substr(static_cast<size_t>(quote.start),
                                                               static_cast<size_t>(quote.end - quote.start));
      if (!move || PendingDecision(text, text)) continue;
      int sb = quote.start, se = quote.end;  // the quote's sentences
      for (auto [b, e] : sentences)
        if (b < quote.end && quote.start < e) sb = std::min(b, sb), se = std::max(e, se);
      for (const auto& [pm, pe] : persons[pi]) {
        if (pm->start < quote.start || pm->end > quote.end) continue;
        for (const auto& [om, oe] : orgs[pi])
          if (oe->type != EntityType::kPublication && om->start >= sb && om->end <= se &&
              (om->end <= quote.start || om->start >= quote.end))
            ctx->denied_at.emplace(pe->canonical, oe->canonical);
      }
    }
  }
}

namespace {

// The candidate `person` is named in `outside` (the words of a quote's sentence outside the quote):
// the full name, the English surname as a word, or a Korean surname with a title ("이 수석연구원은").
bool NamesSpeaker(std::string_view outside, const std::string& person) {
  if (person.empty()) return false;
  if (outside.find(person) != std::string_view::npos) return true;
  if (static_cast<unsigned char>(person[0]) >= 0xEA) {
    if (person.size() < 6) return false;
    const std::string surname = person.substr(0, 3);
    for (size_t f = outside.find(surname); f != std::string_view::npos; f = outside.find(surname, f + 1)) {
      if (f > 0 && outside[f - 1] != ' ' && outside[f - 1] != '(') continue;
      if (StartsWith(outside, f + 3, " ") && f + 4 < outside.size() &&
          static_cast<unsigned char>(outside[f + 4]) >= 0xEA)
        return true;  // a title after the surname
    }
    return false;
  }
  const size_t sp = person.rfind(' ');
  if (sp == std::string::npos) return false;
  const std::string surname = person.substr(sp + 1);
  std::vector<size_t> found;
  FindAll(outside, surname, true, &found);
  return !found.empty();
}

}  // namespace

// A refusal in quoted speech by the candidate ("이 수석연구원은 … "제안을 받은 것은 사실이지만 정중히
// 거절했다"며", ""I turned it down," Okafor said"): a quote holding a decline cue (an offer word may
// stand beside it), no negation, no pending decision and no word of a move made or accepted, whose sentence
// names the candidate of an open offer read before it outside the quote, turns that offer down. Quoted speech
// is otherwise not read for events.
void QuotedRefusals(const Article& article, const ParagraphSource& source, size_t np, Context* ctx) {
  for (size_t pi = 0; pi < np; ++pi) {
    const std::string& para = article.paragraphs[pi];
    SentenceCtx q = QuoteContext(article, pi);
    const std::vector<std::pair<int, int>> sentences = source.Sentences(pi);
    for (const TextSpan& quote : source.Quotes(pi)) {
      const std::vector<CueHit> hits = QuoteCues(quote, &q);
      bool decline = false, other = false;
      for (const CueHit& h : hits) {
        decline = decline || h.cue == Cue::kDecline;
        other = other || h.cue == Cue::kNegation || h.cue == Cue::kJoin || h.cue == Cue::kHire ||
                h.cue == Cue::kAccept || h.cue == Cue::kDesignate;
      }
      const std::string_view inside = std::string_view(q.lower).substr(
          static_cast<size_t>(quote.start), static_cast<size_t>(quote.end - quote.start));
      if (!decline || other || PendingDecision(inside, inside)) continue;
      int sb = quote.start, se = quote.end;  // the quote's sentences
      for (auto [b, e] : sentences)
        if (b < quote.end && quote.start < e) sb = std::min(b, sb), se = std::max(e, se);
      const std::string outside =
          para.substr(static_cast<size_t>(sb), static_cast<size_t>(quote.start - sb)) + " " +
          para.substr(static_cast<size_t>(quote.end), static_cast<size_t>(se - quote.end));
      for (Event& e : ctx->events) {
        if (e.type != EventType::kOffer || e.candidate_kind != CandidateKind::kPerson ||
            (e.outcome != Outcome::kOffered && e.outcome != Outcome::kNone) || e.evidence.empty() ||
            e.evidence.front().paragraph > static_cast<int>(pi) || !NamesSpeaker(outside, e.candidate))
          continue;
        e.outcome = Outcome::kDeclined;
        AddTimeline(&e, "declined");
        for (Offer& o : e.offers)
          if (o.response.empty()) o.response = "declined";
      }
    }
  }
}

}  // namespace hirewire::normalize::events_detail
