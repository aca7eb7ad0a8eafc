#include "normalize/events/internal.h"

// Pay no rule event took: pay held for a person named later, stray amounts given to the person
// the text follows; the output order.

namespace hirewire::normalize::events_detail {

// Pay held for a person not yet named (Context::pending_pay) that no rule event took goes to a
// person event the pair pass found at that employer, named within two paragraphs after the pay
// ("SK hynix has offered $100 million to a senior TSMC engineer … Chen Wei-lun, 41, joins").
void GiveHeldPay(const Article& a, const std::vector<Context::PendingPay>& held, std::vector<Event>* out) {
  for (const Context::PendingPay& h : held) {
    const Amount& m = a.money[h.amount];
    for (Event& e : *out) {
      if (e.candidate_kind != CandidateKind::kPerson || e.type == EventType::kAcquisitionAttempt ||
          !SameOrUnit(h.employer, e.employer))
        continue;
      const bool near = std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) {
        return ev.paragraph >= h.paragraph && ev.paragraph - h.paragraph <= 2;
      });
      const bool have = std::any_of(e.offers.begin(), e.offers.end(), [&](const Offer& o) {
        return o.amount == h.amount ||
               (o.currency == m.currency && o.value == (m.value.empty() ? m.high : m.value));
      });
      if (!near || have) continue;
      Offer o = OfferFromAmount(a, h.amount);
      AddGlossPartner(a, h.amount, &o);
      e.offers.insert(e.offers.begin(), std::move(o));
      SettleType(&e, false);
      break;
    }
  }
}

// Output order: by first evidence (paragraph, offset).
void SortByEvidence(std::vector<Event>* out) {
  std::stable_sort(out->begin(), out->end(), [](const Event& x, const Event& y) {
    auto k = [](const Event& e) {
      return e.evidence.empty() ? std::make_pair(1 << 30, 0)
                                : std::make_pair(e.evidence[0].paragraph, e.evidence[0].start);
    };
    return k(x) < k(y);
  });
}

namespace {

// The article's pay amounts that no event holds after every pass, each with the sentence
// [start, end) of its paragraph. Not a headline's (its grammar is telegraphic), a gloss, quoted
// speech, an amount without a pay marker (AmountRole), or one of a sentence that negates or reports
// a rumour or statistic (cue rows negation / statistic).
struct StrayPay {
  int amount, start, end;
  bool retain = false;   // the sentence speaks of retention or a counter-offer
  bool offer = false;    // the sentence holds an offer, hiring or raise cue
  bool decline = false;  // … or a decline cue
};

std::vector<StrayPay> StrayPayAmounts(const Article& a, const std::vector<Event>& events) {
  std::set<int> held;
  std::set<std::pair<std::string, std::string>> held_values;
  for (const Event& e : events)
    for (const Offer& o : e.offers) {
      held.insert(o.amount);
      held_values.emplace(o.currency, o.value);
    }
  std::vector<StrayPay> out;
  ParagraphSource source(a);
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    const std::string& value = m.value.empty() ? m.high : m.value;
    // (Not a lower bound either: "more than $20 million a year", "payouts of $10 million or more"
    // without a hiring word are the market's going rate.)
    if (m.paragraph <= 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size() || m.glosses >= 0 ||
        held.count(static_cast<int>(i)) || held_values.count({m.currency, value}) || value.empty() ||
        m.kind == "lower_bound")
      continue;
    const std::string& para = a.paragraphs[m.paragraph];
    if (para.size() > kMaxParagraphBytes) continue;
    for (auto [b, e] : source.Sentences(static_cast<size_t>(m.paragraph))) {
      if (m.start < b || m.end > e) continue;
      SentenceCtx s;
      s.article = &a;
      s.para = m.paragraph;
      s.text = para;
      s.blank = BlankQuotes(para, source.Quotes(static_cast<size_t>(m.paragraph)));
      s.lower = ToLowerAscii(s.blank);
      s.start = s.ev_start = b;
      s.end = s.ev_end = e;
      // Quoted speech only when the quote names a person itself (a club's announcement: "강석진
      // 감독과 계약 기간 3년, 총액 18억원(계약금 6억원, 연봉 4억원)에 계약했다").
      bool quoted_unnamed = false;
      for (const TextSpan& q : source.Quotes(static_cast<size_t>(m.paragraph)))
        if (q.start <= m.start && q.end >= m.end)
          quoted_unnamed = std::none_of(a.entities.begin(), a.entities.end(), [&](const Entity& en) {
            return en.type == EntityType::kPerson &&
                   std::any_of(en.mentions.begin(), en.mentions.end(), [&](const Mention& mn) {
                     return mn.paragraph == m.paragraph && mn.start >= q.start && mn.end <= m.start;
                   });
          });
      // (A first-year part is pay by its own words: "included about $100 million in the first year".)
      const AmountRole role = AmountRoleIn(a, static_cast<int>(i), b, e);
      if (quoted_unnamed || (role != AmountRole::kPay &&
                             !(role == AmountRole::kUnknown && IsFirstYear(a, static_cast<int>(i)))))
        break;
      bool doubtful = false, offer = false, decline = false;
      for (const CueHit& h : FindCues(s)) {
        doubtful = doubtful || h.cue == Cue::kNegation || h.cue == Cue::kStatistic;
        offer = offer || h.cue == Cue::kOffer || h.cue == Cue::kIntent || h.cue == Cue::kHire ||
                h.cue == Cue::kJoin || h.cue == Cue::kRaise;
        decline = decline || h.cue == Cue::kDecline;
      }
      // A retention or counter-offer ("The ChatGPT maker offered a retention grant of $40 million")
      // is the current employer's, an event of its own (AttachStrayPay: only an unnamed recipient's,
      // "An offer of about 5 billion won … persuaded one of Japan's most experienced battery
      // engineers to switch sides").
      const std::string_view lower = std::string_view(s.lower).substr(b, e - b);
      bool retain = false;
      for (const std::string& w : CuePhrases("retain"))
        retain = retain || lower.find(w) != std::string_view::npos;
      if (!doubtful) out.push_back({static_cast<int>(i), b, e, retain, offer, decline});
      break;
    }
  }
  return out;
}

// Where the entity's name, canonical name or an alias is written in `text` (a whole word when it is
// ASCII), as [start, end) spans: mentions the recognizer did not list count too ("Rivian's package").
std::vector<std::pair<size_t, size_t>> NamedSpans(std::string_view text, const Entity& en) {
  std::vector<std::pair<size_t, size_t>> out;
  auto word = [](char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); };
  auto add = [&](std::string_view name) {
    if (name.size() < 2) return;
    for (size_t f = text.find(name); f != std::string_view::npos; f = text.find(name, f + 1)) {
      const size_t e = f + name.size();
      if (!IsAsciiAlpha(name[0]) || ((f == 0 || !word(text[f - 1])) && (e >= text.size() || !word(text[e]))))
        out.emplace_back(f, e);
    }
  };
  add(en.name);
  add(en.canonical);
  for (const std::string& al : en.aliases) add(al);
  return out;
}

// A bystander of pay in `sentence`: an organization that is no side of any event (`side` false) and
// whose every English mention stands after an article or a preposition that marks no payer ("filed with
// the Securities and Exchange Commission", "an SEC filing"; not "Rivian's package", "Acme paid", "a package
// from Acme"): the possessive after it, or any other word before it, makes it a possible payer.
bool PayBystander(std::string_view sentence, const std::vector<std::pair<size_t, size_t>>& spans, bool side) {
  if (side) return false;
  const std::string lower = ToLowerAscii(sentence);
  for (auto [b, e] : spans) {
    if (StartsWith(sentence, e, "'s") || StartsWith(sentence, e, "’s") || !IsAsciiAlpha(sentence[b]))
      return false;
    size_t at = b;
    if (EndsWithAt(lower, at, " the ")) at -= 4;
    static const std::vector<std::string> markers = [] {
      std::vector<std::string> out;
      for (const std::string& w : CueTextsOf("bystander_marker", "en")) out.push_back(" " + w + " ");
      return out;
    }();
    bool marked = false;
    for (const std::string& w : markers)
      marked = marked || EndsWithAt(lower, at, w) || EndsWithAt(lower, b, w);
    if (!marked) return false;
  }
  return !spans.empty();
}

// Byte offsets in `para` where a person's surname stands alone ("Vasquez-Hart spent 12 years",
// "Whitfield said"): the last word of an English name (3 letters at least), as a whole word, not
// inside an organization's mention.
std::vector<int> SurnameAt(const Article& a, const Entity& person, int paragraph) {
  std::vector<int> out;
  std::string_view name = person.canonical;
  const size_t sp = name.rfind(' ');
  if (sp == std::string_view::npos || name.size() - sp - 1 < 3 || !IsAsciiAlpha(name[sp + 1])) return out;
  const std::string_view last = name.substr(sp + 1);
  std::string_view para = a.paragraphs[paragraph];
  auto word = [](char c) { return IsAsciiAlpha(c) || c == '-' || (c >= '0' && c <= '9'); };
  for (size_t f = para.find(last); f != std::string_view::npos; f = para.find(last, f + 1)) {
    const size_t e = f + last.size();
    if ((f > 0 && word(para[f - 1])) || (e < para.size() && word(para[e]))) continue;
    const bool in_org = std::any_of(a.entities.begin(), a.entities.end(), [&](const Entity& en) {
      return en.type != EntityType::kPerson &&
             std::any_of(en.mentions.begin(), en.mentions.end(), [&](const Mention& mn) {
               return mn.paragraph == paragraph && mn.start <= static_cast<int>(f) &&
                      mn.end >= static_cast<int>(e);
             });
    });
    if (!in_org) out.push_back(static_cast<int>(f));
  }
  return out;
}

// The one the text follows at byte `pos` of paragraph `para`: the latest anchor before it in that
// paragraph or the one before, a person's mention or surname (`person`, canonical name) or an
// event's evidence (`events`, the indices of the events stated there).
void FollowedAt(const Article& a, const std::vector<Event>& events, int para, int pos, std::string* person,
                std::vector<size_t>* by) {
  const std::pair<int, int> at{para, pos};
  std::pair<int, int> best{-1, -1};
  auto in_window = [&](int pa, int po) { return pa >= para - 1 && std::make_pair(pa, po) < at; };
  for (const Entity& en : a.entities) {
    if (en.type != EntityType::kPerson) continue;
    std::vector<std::pair<int, int>> anchors;
    for (const Mention& mn : en.mentions) anchors.emplace_back(mn.paragraph, mn.start);
    for (int pa = std::max(para - 1, 0); pa <= para; ++pa)
      for (int f : SurnameAt(a, en, pa)) anchors.emplace_back(pa, f);
    for (auto [pa, po] : anchors)
      if (in_window(pa, po) && std::make_pair(pa, po) > best) {
        best = {pa, po};
        *person = en.canonical;
      }
  }
  for (size_t k = 0; k < events.size(); ++k)
    for (const Evidence& ev : events[k].evidence)
      if (in_window(ev.paragraph, ev.start) && std::make_pair(ev.paragraph, ev.start) >= best) {
        if (std::make_pair(ev.paragraph, ev.start) > best) by->clear();
        best = {ev.paragraph, ev.start};
        person->clear();
        if (std::find(by->begin(), by->end(), k) == by->end()) by->push_back(k);
      }
}

// The person a lead amount is offered to before the text names them ("A salary of $395,000 a year
// will make the next head of the Cascadia Regional Transit Authority …", "An offer of about 5 billion
// won … persuaded one of Japan's most experienced battery engineers to switch sides"): when no
// person is named anywhere before the amount, the first one named after it, in its paragraph or the
// next one. Empty otherwise.
std::string UnnamedRecipient(const Article& a, int para, int pos) {
  const std::pair<int, int> at{para, pos};
  std::pair<int, int> first{1 << 30, 0};
  std::string person;
  for (const Entity& en : a.entities) {
    if (en.type != EntityType::kPerson) continue;
    for (const Mention& mn : en.mentions) {
      const std::pair<int, int> m{mn.paragraph, mn.start};
      if (m < at) return "";
      if (mn.paragraph <= para + 1 && m < first) {
        first = m;
        person = en.canonical;
      }
    }
  }
  return person;
}

// Every mention of organization `en` in [start, end) of paragraph `para` stands in the apposition
// of a person named before it in that span ("Daniel Whitcombe, who leads a team at Google DeepMind,",
// "Jonathan Reyes, Ford's vice president of engineering,"). False when it has no mention there.
bool InPersonApposition(const Article& a, const Entity& en, int para, int start, int end,
                        std::string_view p) {
  bool any = false;
  for (const Mention& om : en.mentions) {
    if (om.paragraph != para || om.start < start || om.end > end) continue;
    any = true;
    bool after_person = false;
    for (const Entity& pe : a.entities) {
      if (pe.type != EntityType::kPerson) continue;
      for (const Mention& pm : pe.mentions) {
        if (pm.paragraph != para || pm.start < start || pm.end > om.start || om.start - pm.end > 100)
          continue;
        const std::string_view gap =
            p.substr(static_cast<size_t>(pm.end), static_cast<size_t>(om.start - pm.end));
        after_person = after_person || (StartsWith(gap, 0, ", ") && gap.find(". ") == std::string_view::npos);
      }
    }
    if (!after_person) return false;
  }
  return any;
}

// The organization the latest sentence of paragraph `para` before byte `before` opens with as its
// subject ("네이버는 …", "Google responded …"), or null.
const Entity* ParagraphTopicBefore(const Article& a, int para, int before) {
  std::string_view p = a.paragraphs[para];
  const Entity* best = nullptr;
  int best_start = -1;
  for (const Entity& en : a.entities) {
    if (!IsOrgType(en.type)) continue;
    for (const Mention& mn : en.mentions) {
      if (mn.paragraph != para || mn.end > before || mn.start <= best_start) continue;
      const size_t st = static_cast<size_t>(mn.start), e = static_cast<size_t>(mn.end);
      if (st != 0 && !EndsWithAt(p, st, ". ")) continue;
      bool subject = false;
      for (const char* particle : {"는 ", "은 ", "가 ", "이 ", "도 "})
        subject = subject || StartsWith(p, e, particle);
      subject =
          subject || (e + 1 < p.size() && p[e] == ' ' && std::islower(static_cast<unsigned char>(p[e + 1])));
      if (subject) {
        best = &en;
        best_start = mn.start;
      }
    }
  }
  return best;
}

}  // namespace

// Pay no event took ("Her contract pays a base salary of $975,000 a year", "He received a sign-on
// grant of stock options valued at $2.4 million"): the event of the one the text follows there,
// the latest person named (or event stated) up to the amount in its paragraph or the one before.
// Only a person or group event that moves someone (no departure, no acquisition attempt) takes it,
// when the sentence names no other organization than its employer; of several events of that
// person, the one whose employer the sentence names.
void AttachStrayPay(const Article& a, std::vector<Event>* out) {
  if (out->empty()) return;
  for (const StrayPay& sp : StrayPayAmounts(a, *out)) {
    const Amount& m = a.money[sp.amount];
    std::string person;      // the person named last, or empty
    std::vector<size_t> by;  // the events stated last (by evidence) when no person is named later
    FollowedAt(a, *out, m.paragraph, m.start, &person, &by);
    const bool lead =
        person.empty() && by.empty() && !(person = UnnamedRecipient(a, m.paragraph, m.start)).empty();
    if (sp.retain && !lead) continue;
    std::vector<size_t> takers;
    for (size_t k = 0; k < out->size(); ++k) {
      const Event& e = (*out)[k];
      if (e.type == EventType::kDeparture || e.type == EventType::kAcquisitionAttempt) continue;
      const bool named =
          !person.empty() && e.candidate_kind == CandidateKind::kPerson &&
          EntityNamed(a, e.candidate, NamedClass::kPerson) == EntityNamed(a, person, NamedClass::kPerson);
      if (named || (person.empty() && std::find(by.begin(), by.end(), k) != by.end())) takers.push_back(k);
    }
    // The organizations the sentence names: an event takes the pay only when they are its employer
    // ("Rivian's package included a $1.5 million annual salary" is not Tesla's counter-offer).
    // (A publication counts when it is an employer of the article's events: "Northlight Media hired
    // CNN executive Vanessa Ortiz … with a contract paying about $3.5 million a year".)
    auto employer_of_some = [&](const Entity& en) {
      return std::any_of(out->begin(), out->end(), [&](const Event& e) {
        return en.canonical == e.employer || en.canonical == e.previous_employer;
      });
    };
    std::vector<const Entity*> orgs;
    const std::string_view sentence =
        std::string_view(a.paragraphs[m.paragraph]).substr(sp.start, sp.end - sp.start);
    std::vector<size_t> org_first;  // where each of `orgs` is first named in the sentence
    for (const Entity& en : a.entities) {
      if (!IsOrgType(en.type) && !(en.type == EntityType::kPublication && employer_of_some(en))) continue;
      const auto spans = NamedSpans(sentence, en);
      if (spans.empty() || PayBystander(sentence, spans, employer_of_some(en))) continue;
      orgs.push_back(&en);
      org_first.push_back(std::min_element(spans.begin(), spans.end())->first);
    }
    auto employs = [&](const Event& e, const Entity& en) {
      return !e.employer.empty() &&
             (SameOrUnit(en.canonical, e.employer) || SameOrUnit(en.name, e.employer) ||
              EntityNamed(a, e.employer, NamedClass::kOrganization) ==
                  static_cast<int>(&en - a.entities.data()));
    };
    // (Not an organization in a person's apposition, the person's current employer: "The offer to
    // Daniel Whitcombe, who leads a team at Google DeepMind, included about $100 million in the first
    // year"; unless the sentence speaks of a counter-offer.)
    const std::string_view para = a.paragraphs[m.paragraph];
    const bool retain = RetainWordIn(ToLowerAscii(sentence));
    // (A lead amount's sentence describes the person it does not name yet: "구글 딥마인드에서 일하는
    // 한국인 AI 연구자에게 …".)
    // (Nor the person's previous employer named only after the amount: what the pay makes up for, "… a
    // sign-on equity award valued at $4 million, intended to compensate her for stock awards she is
    // forfeiting at Costco".)
    const size_t amount_end = static_cast<size_t>(m.end - sp.start);
    auto describes = [&](const Event& e, const Entity& en) {
      const size_t first =
          org_first[static_cast<size_t>(std::find(orgs.begin(), orgs.end(), &en) - orgs.begin())];
      return !retain && !e.previous_employer.empty() &&
             (SameOrUnit(en.canonical, e.previous_employer) || SameOrUnit(en.name, e.previous_employer)) &&
             (lead || first >= amount_end || InPersonApposition(a, en, m.paragraph, sp.start, sp.end, para));
    };
    std::erase_if(takers, [&](size_t k) {
      return std::any_of(orgs.begin(), orgs.end(), [&](const Entity* en) {
        return !employs((*out)[k], *en) && !describes((*out)[k], *en);
      });
    });
    // A lead amount is an offer's when its sentence says so (an offer or hiring cue) or names the
    // employer ("A salary of $395,000 a year will make the next head of the Cascadia Regional Transit
    // Authority …"); not the market's going rate ("인재 쟁탈전이 연봉 10억원대로 치닫고 있다").
    if (lead && !sp.offer)
      std::erase_if(takers, [&](size_t k) {
        return std::none_of(orgs.begin(), orgs.end(),
                            [&](const Entity* en) { return employs((*out)[k], *en); });
      });
    // An offer turned down in the sentence ("he had turned down a larger offer from Saudi club Al-Ahli
    // — reportedly worth $15 million a year") is not the pay of the move the person made.
    if (sp.decline)
      std::erase_if(takers, [&](size_t k) {
        return (*out)[k].outcome == Outcome::kJoined || (*out)[k].outcome == Outcome::kAccepted;
      });
    // A lead amount with several events of its person: the one no pay was stated for yet.
    if (lead && takers.size() > 1) std::erase_if(takers, [&](size_t k) { return !(*out)[k].offers.empty(); });
    // Several events of the person: the one whose employer the sentence names, else the one whose
    // employer an earlier sentence of the paragraph opened with ("네이버는 곧바로 역제안에 나섰다.
    // 연봉을 두 배 가까이 올리고 30억원 상당의 … 주식을 추가로 부여하는 조건이었다").
    if (takers.size() > 1 && orgs.empty())
      if (const Entity* topic = ParagraphTopicBefore(a, m.paragraph, sp.start)) {
        orgs.push_back(topic);
        org_first.push_back(0);
      }
    if (takers.size() > 1)
      std::erase_if(takers, [&](size_t k) {
        return std::none_of(orgs.begin(), orgs.end(),
                            [&](const Entity* en) { return employs((*out)[k], *en); });
      });
    if (takers.size() != 1) continue;
    Event& e = (*out)[takers[0]];
    // A first-year part ("The offer … included about $100 million in the first year") is the part of
    // the event's offer stated before it, never an offer of its own.
    if (IsFirstYear(a, sp.amount)) {
      if (!e.offers.empty() && e.offers.back().first_year_usd.empty()) {
        e.offers.back().first_year_usd = m.currency == "USD" ? (m.value.empty() ? m.high : m.value) : m.usd;
        AddTerms(&e.offers.back(), "first_year");
      }
      continue;
    }
    Offer o = OfferFromAmount(a, sp.amount);
    AddGlossPartner(a, sp.amount, &o);
    e.offers.push_back(std::move(o));
  }
}

}  // namespace hirewire::normalize::events_detail
