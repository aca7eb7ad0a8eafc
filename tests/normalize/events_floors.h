// Quality floors for hiring events on tests/data/events/ (events_golden_test.cc).
// Lowering a floor is a deliberate, reviewed commit.
#pragma once

namespace hirewire::normalize::floors {

inline constexpr double kEventPrecision = 0.95;
inline constexpr double kEventRecall = 0.95;
// Share of checked fields (previous employer, outcome, stated USD amounts, group size) right
// on matched events.
inline constexpr double kEventFieldAccuracy = 0.80;

// First blind batch (tests/data/events-b1; events_golden_test BlindBatchOneHoldsItsFloors).
// First run on the old code: pair F1 0.554, strict F1 0.257. After the generalization session
// (frames, succession, lists, origins from appositions): 0.768 / 0.649; with the Korean pass of
// the fourth session: 0.821 / 0.689.
// Lowered to 0.66 (2026-12-02, evt-en): b1's gold writes an announced appointment with a start
// date ("will take over on Jan. 1") as joined, b2/b3 (and issue 10, error class 7) as accepted;
// the code follows b2/b3 (AnnouncedHires: a future start with a date), which costs b1 one strict
// match (en-04) and gains b2 three and b3 five. Strict 0.689 -> 0.675.
// the fourth session: 0.821 / 0.689; with the fifth session's Korean pass (evt-ko, docs/events.md):
// 0.853 / 0.747.
// Fifth session, evt-en + evt-ko + evt-ja merged (pair / strict): 0.853 / 0.733.
inline constexpr double kBlindBatch1PairF1 = 0.84;
// Korean pass of 2026-12-02 (evt6ko: stems/endings, lists, announced starts): 0.853 / 0.747.
// Lowered to 0.72 (2026-12-02, evrank): the learned pair pass (normalize/event_pairs.h) adds two
// right pairs the rules missed (b1 en-06, ko-07: pair 0.832 -> 0.848 in this test) but gives new
// events the default outcome "joined" where b1's gold has "accepted", and one rule offer it drops
// was a strict match: strict 0.738 -> 0.728. Across all batches left out in turn the pass gains
// pair F1 on the sets the rules were not tuned on (d4 0.642 -> 0.663, b5 0.654 -> 0.667) at equal
// strict F1 (docs/events_model.md); the outcome of new events is the outcome model's (evroles).
inline constexpr double kBlindBatch1StrictF1 = 0.72;

// Second blind batch (tests/data/events-b2), scored once at the end of the session that
// rebuilt events: first run pair F1 0.477 (P 0.574 R 0.408), strict 0.246; the code before that
// session scored 0.450 / 0.202 on it. Learned from in the fourth session (English and Korean
// passes): 0.884 / 0.653.
// English pass of 2026-12-02 (evt-en: dated announced starts accepted, stays without a
// counter-offer, departures by removal): 0.884 / 0.694.
// passes): 0.884 / 0.653; fifth session's Korean pass: 0.884 / 0.667.
// Fifth session, evt-en + evt-ko + evt-ja merged (pair / strict): 0.884 / 0.707.
// Korean pass of 2026-12-02 (evt6ko): 0.898 / 0.721.
inline constexpr double kBlindBatch2PairF1 = 0.89;
inline constexpr double kBlindBatch2StrictF1 = 0.71;

// Third blind batch (tests/data/events-b3: 40 articles, 65 gold events, written by a helper that
// saw no code), scored once before and once after the fourth session's work, never learned from:
// first run on the session's final code pair F1 0.521 (P 0.574 R 0.477), strict 0.269; the code
// before the session 0.468 / 0.198. Later figures are learned from it: with the employer's own
// spellings (employer_aliases, 삼성전자 beside Samsung Electronics) 0.756 (P 0.833 R 0.692) / 0.353;
// with the Korean nomination trigger (후보로 추천했다) 0.787 (P 0.842 R 0.738) / 0.377.
// English pass of 2026-12-02 (evt-en; see docs/events.md): 0.817 (P 0.891 R 0.754) / 0.467.
// with the Korean nomination trigger (후보로 추천했다) 0.787 (P 0.842 R 0.738) / 0.377; with the
// fifth session's Korean pass (previous_employer_aliases, body rows, departures, groups, past moves)
// 0.873 (P 0.902 R 0.846) / 0.619.
// Fifth session, evt-en + evt-ko + evt-ja merged (pair / strict): 0.894 / 0.715.
// Korean pass of 2026-12-02 (evt6ko): 0.912 / 0.736.
inline constexpr double kBlindBatch3PairF1 = 0.90;
inline constexpr double kBlindBatch3StrictF1 = 0.72;

// Blind batch 4 (tests/data/events-b4: 40 articles, 20 ko / 20 en, 61 gold events, 17 appointments
// or reshuffles; written at the start of the fifth session by a helper that never saw the code).
// First run on the code before that session (7cfbe7a): pair F1 0.667 (P 0.678 R 0.656), strict
// 0.450, typed 0.600, amounts 1/3; first run on the session's final code (ea9d477): pair 0.689
// (P 0.707 R 0.672), strict 0.521, typed 0.639, amounts 1/3.
// Learned from it (branch evb4; docs/events.md "Learned from b4"): pair 0.741 (P 0.782 R 0.705),
// strict 0.552, typed 0.690. These floors are learned figures; the first run stays 0.689 / 0.521.
// Sixth session, English pass (evt6en: titles of modifier words, appointment triggers, dated
// effect, nominations, predecessors, counted groups; learned from events-d2 en): 0.752 / 0.564.
// Korean pass of 2026-12-02 (evt6ko): 0.769 / 0.581.
inline constexpr double kBlindBatch4PairF1 = 0.75;
inline constexpr double kBlindBatch4StrictF1 = 0.56;

// Blind batch 5 (tests/data/events-b5: 40 articles, 20 ko / 20 en, 88 gold events: 54 hire, 15
// departure, 15 offer, 2 acqui-hire, 2 failed acquisitions; six articles without events; written at
// the start of the sixth session by a helper that never saw the code). First run on the code before
// that session (1fc13f6): pair F1 0.636 (P 0.742 R 0.557), strict 0.325, typed 0.597, amounts 5/6;
// first run on the session's final code (330b41d): pair 0.654 (P 0.732 R 0.591), strict 0.365,
// typed 0.616, amounts 5/6 (Korean 0.541 -> 0.597, English 0.725 -> 0.707). Floors at that first
// run (this test's matcher, which also accepts the article's own spellings of organizations).
// Learned from it (branch evb5ko, Korean: the origin in a relative clause before the name, "X를
// 이끌던 / X에서 … 이끌어온 NAME"): pair 0.654, strict 0.377 (Korean strict 0.312 -> 0.338).
// And from its English articles (branch evb5en, issue 10: origins from a title before the
// name, "would" as a future aspect, coordinated subjects of an announced start): pair 0.654, strict
// 0.390 (English 0.707 / 0.415 -> 0.707 / 0.463). Both merged: pair 0.654, strict 0.403. The first run
// stays 0.654 / 0.365.
// Session 8 (branch even8, English announced starts and replaced predecessors): pair 0.684 -> 0.708, strict
// 0.532 -> 0.547 (scripts/score_events.py); floors just under.
inline constexpr double kBlindBatch5PairF1 = 0.68;
inline constexpr double kBlindBatch5StrictF1 = 0.52;

// Development batches d1 and d2 (tests/data/events-d1, -d2: 40 articles each, 20 ko / 20 en, 67 and
// 92 gold events), written at the start of the sixth session by helpers that never saw the code.
// First runs on the code before that session (1fc13f6), pair / strict: d1 ko 0.613 / 0.419, en 0.679
// / 0.340; d2 ko 0.550 / 0.325, en 0.595 / 0.486. During the session d2 was learned from and d1 was
// only scored in aggregate (the helpers' generalization check): final d1 ko 0.645 / 0.419, en 0.750
// / 0.357; d2 ko 0.894 / 0.681, en 0.675 / 0.597.
// d1 then learned from (evb5en, English articles: split declines "turned the offer down",
// coordinated subjects of an announced start): pair 0.695, strict 0.390 -> 0.424 (en 0.750 / 0.357
// -> 0.750 / 0.429).
// Session 8 (branch even8, English announced starts and replaced predecessors): d2 strict 0.690 -> 0.714.
// Korean pass of session 8 (evko8): 0.797 / 0.578 (ko 0.656 / 0.492 -> 0.812 / 0.609).
inline constexpr double kDevBatch1PairF1 = 0.78;
inline constexpr double kDevBatch1StrictF1 = 0.56;
inline constexpr double kDevBatch2PairF1 = 0.78;
inline constexpr double kDevBatch2StrictF1 = 0.69;

// Development batch d4 (tests/data/events-d4: 40 articles, 20 ko / 20 en, 104 gold events; hard
// structure: several moves per sentence, title+surname references, passives, corrections), written at
// the start of the seventh session by a helper that never saw the code; training data for the learned
// event models from then on. First run on the code before that session (b4bb844): pair 0.642
// (P 0.723 R 0.577), strict 0.406; ko 0.629 / 0.449, en 0.653 / 0.367.
// Branch amounts7 (counter-offers at the current employer, with their acceptance): 0.649 / 0.426.
// Session 8 (branch even8, English announced starts and replaced predecessors): pair 0.696 -> 0.710, strict
// 0.541 -> 0.568.
// Korean pass of session 8 (evko8): 0.731 / 0.548 (ko 0.667 / 0.571 -> 0.742 / 0.584).
inline constexpr double kDevBatch4PairF1 = 0.72;
inline constexpr double kDevBatch4StrictF1 = 0.54;

// Development batch d5 (tests/data/events-d5: 40 articles, 20 ko / 20 en, 90 gold events; leans to
// reshuffle lists with several people per sentence, 출신/전 previous employers, "succeeds"/"replaces",
// poaching of several named people, departures), written at the start of the eighth session by a
// helper that never saw the code; training data from then on. First run on the code before that
// session (38677e3): pair 0.679 (P 0.783 R 0.600), strict 0.428, typed 0.629, amounts 2/6.
// Korean pass of session 8 (evko8, d5 used as development data): 0.756 / 0.537 (ko 0.602 / 0.410
// -> 0.750 / 0.614).
inline constexpr double kDevBatch5PairF1 = 0.74;
inline constexpr double kDevBatch5StrictF1 = 0.52;

// Sixth blind batch (tests/data/events-b6: 40 articles, 20 ko / 20 en, 88 gold events: wire briefs,
// features with multi-move biographies, press-release personnel lists, sports, public sector, law
// firms, hard negatives), written at the start of the seventh session by a helper that never saw the
// code. First runs: the code before that session (b4bb844) pair 0.680 (P 0.823 R 0.580), strict 0.373,
// typed 0.613, amounts 5/7; the session's final code (f14b621: learned pair, previous-employer and
// outcome models, amount roles) pair 0.720 (P 0.871 R 0.614), strict 0.453, typed 0.680, amounts 7/7
// (ko 0.711 / 0.500, en 0.730 / 0.405). Floors just under the final first run.
// Session 8 (branch even8, English announced starts and replaced predecessors): strict 0.453 -> 0.493.
// Korean pass of session 8 (evko8: press-release lists, reshuffle years, 승진시키다, divisions,
// reshuffles taking effect later; docs/events.md): 0.769 / 0.513 (ko 0.711 / 0.500 -> 0.805 / 0.610).
// Session 9 (evemp9, employer names): 0.792 / 0.616 -> 0.802 / 0.630.
inline constexpr double kBlindBatch6PairF1 = 0.79;
inline constexpr double kBlindBatch6StrictF1 = 0.61;

// Seventh blind batch (tests/data/events-b7: 40 articles, 20 ko / 20 en, 70 gold events: a third
// appointments, reshuffles and departures; offers with KRW glosses, lists, groups, reported speech,
// background moves, 5 hard negatives), written at the start of the eighth session by a helper that
// never saw the code. First runs: the code before that session (38677e3) pair 0.667 (P 0.729 R 0.614),
// strict 0.605, typed 0.651, amounts USD 2/4, KRW 4/4; the session's final code (Korean lists and
// reshuffle dates, English announced starts and predecessors, stray pay, retrained tables) pair
// 0.692 (P 0.750 R 0.643), strict 0.631, typed 0.677, amounts USD 3/4, KRW 4/4 (ko 0.687 / 0.627,
// en 0.698 / 0.635). Floors just under the final first run.
// Session 9 (evemp9: employer names the recognizer missed, source phrases, Hangul names, docs/events.md):
// 0.708 / 0.631 -> 0.782 / 0.677 (learned from b7's error classes: not a first run).
// Session 10 (departures, announced starts, previous employers, amounts, company-named people): 0.861 /
// 0.788.
inline constexpr double kBlindBatch7PairF1 = 0.85;
inline constexpr double kBlindBatch7StrictF1 = 0.77;

// Development batch d6 (tests/data/events-d6: 20 ko / 20 en, 71 events, written at the start of
// the ninth session by a helper that had not seen the code, leaning to unknown employers, source
// lines, apposition and passive appointments, reappointments and look-alike names). First run on
// the code before that session (88e43f4): pair 0.667 (P 0.816 R 0.563), strict 0.550, typed 0.567,
// amounts USD 3/4, KRW 4/4 (a gold group listing the start-up's name matches that company, as
// scripts/score_events.py scores it since then; with the earlier scorer 0.650 / 0.533).
// Session 9 (evemp9, employer names): 0.667 / 0.550 -> 0.694 / 0.579.
// Session 10 (merged branches evdepart10, evprev10, evamt10, evpair10): 0.781 / 0.703.
// Session 13 (entner13, the tagger retrained on the entity batches' news pages; events pooled over
// every batch unchanged, strict 0.704 -> 0.702): 0.781 / 0.703 -> 0.794 / 0.687, strict floor 0.69 -> 0.68;
// after the session's merges (d80bb84) 0.794 / 0.702: floor back to 0.69.
inline constexpr double kDevBatch6PairF1 = 0.77;
inline constexpr double kDevBatch6StrictF1 = 0.69;

// Eighth blind batch (tests/data/events-b8: 40 articles, 20 ko / 20 en, 71 gold events: appointments,
// reshuffles, departures, offers with KRW glosses, groups, acqui-hires, 8 hard negatives), written at
// the start of the ninth session by a helper that never saw the code. First runs: the code before
// that session (88e43f4) pair 0.876 (P 0.909 R 0.845), strict 0.642, typed 0.788, amounts USD 4/8,
// KRW 4/5 (ko 0.889 / 0.762, en 0.865 / 0.541); the session's final code (58f596c: employer names,
// appointment forms, stays, reappointments, dated starts, paying organizations, retrained tables)
// pair 0.884 (P 0.910 R 0.859), strict 0.652, typed 0.797, amounts USD 4/8, KRW 4/5 (ko 0.903 /
// 0.774, en 0.868 / 0.553). Floors just under the final first run.
// Session 10 (learned from its error classes in docs/blind_errors.md, so no first run): 0.891 / 0.657 ->
// 0.957 / 0.900, amounts USD 4/8 -> 9/9 matched events with stated USD, KRW 4/5 -> 5/5.
inline constexpr double kBlindBatch8PairF1 = 0.94;
inline constexpr double kBlindBatch8StrictF1 = 0.88;

// Development batch d7 (tests/data/events-d7: 20 ko / 20 en, 82 events, written at the start of
// the tenth session by a helper that had not seen the code, leaning to departures written many
// ways, announced starts, previous employers in appositions, pay away from the name, acqui-hires
// and job descriptions before the name). First run on the code before that session (bf164e0):
// pair 0.735 (P 0.831 R 0.659), strict 0.503, typed 0.599, amounts USD 2/4, KRW 4/5. Floors just
// under the first run.
// After learning (session 10, merged branches): pair 0.855, strict 0.604, amounts 6/6.
inline constexpr double kDevBatch7PairF1 = 0.84;
inline constexpr double kDevBatch7StrictF1 = 0.59;

// Ninth blind batch (tests/data/events-b9: 40 articles, 20 ko / 20 en, 79 gold events: appointments,
// reshuffles, departures, offers with pay, acqui-hires, attempts, groups, 6 hard negatives), written
// at the start of the tenth session by a helper that never saw the code. First runs: the code before
// that session (bf164e0) pair 0.792 (P 0.843 R 0.747), strict 0.604, typed 0.698, amounts USD 4/4,
// KRW 5/5 (ko 0.816 / 0.553, en 0.767 / 0.658); the session's final code (041cb66: departures,
// announced starts, previous employers from title owners and appositions, amounts away from the
// name, attempts for teams, company-named people) pair 0.821 (P 0.861 R 0.785), strict 0.623, typed
// 0.728, amounts USD 4/4, KRW 5/5 (ko 0.816 / 0.553, en 0.827 / 0.693). Floors just under.
// Session 11 (learned from: employer choice, Korean forms, 소속 origins, acqui-hire deals): 0.848 /
// 0.636 -> 0.955 / 0.774, typed 0.890, amounts USD 5/5.
// Session 13 (entner13, the tagger retrained on the entity batches' news pages; events pooled over
// every batch unchanged): strict 0.787 -> 0.748, pair 0.968 unchanged; strict floor 0.76 -> 0.74;
// after the session's merges (d80bb84, with evko13's list-member origins) 0.968 / 0.787: floor back to 0.76.
inline constexpr double kBlindBatch9PairF1 = 0.94;
inline constexpr double kBlindBatch9StrictF1 = 0.76;

// Tenth blind batch (tests/data/events-b10: 40 articles, 20 ko / 20 en, 79 gold events: appointments,
// reshuffles, departures, offers with pay, acqui-hires, attempts, groups, 6 hard negatives), written
// at the start of the eleventh session by a helper that never saw the code. First runs: the code
// before that session (946b029) pair 0.853 (P 0.901 R 0.810), strict 0.640, typed 0.853, amounts USD
// 7/7, KRW 8/8 (ko 0.880 / 0.667, en 0.827 / 0.613); the session's final code (employer choice,
// datelines, Korean forms and 소속 origins, acqui-hire deals, rank and unit fixes) pair 0.853 (P 0.901
// R 0.810), strict 0.680, typed 0.853, amounts USD 7/7, KRW 8/8 (ko 0.880 / 0.720, en 0.827 / 0.640).
// Floors just under. Session 12 (learned from: English forms, Korean employers and groups, outcomes,
// previous employers; the failed-bid gold harmonized): 0.975 / 0.873. Floors raised.
// Session 13: 0.969 / 0.843. ko-19 gains a group, and ko-20's "남궁 전무" now links to 남궁현 (a right
// entity link) so "사표를 냈으며, 다음 달 초 … 합류할 예정이다" makes his accepted hire joined (an outcome
// error the link exposes, noted in the closing note); strict floor 0.85 -> 0.84.
inline constexpr double kBlindBatch10PairF1 = 0.96;
inline constexpr double kBlindBatch10StrictF1 = 0.84;

// Eleventh blind batch (tests/data/events-b11: 40 articles, 20 ko / 20 en, 56 gold events, 9 with no
// event; appointments, departures, offers with pay, acqui-hires, failed bids, groups), written at the
// start of the twelfth session by a helper that never saw the code, from a brief that states the
// acqui-hire and failed-bid conventions. First runs: the code before that session (45c8e3a) pair 0.862
// (P 0.833 R 0.893), strict 0.586, typed 0.793, amounts 9/9 (ko 0.852 / 0.459, en 0.873 / 0.727); the
// session's final code (b60dda8: English forms, Korean employers and groups, outcomes and previous
// employers, the failed-bid convention) pair 0.872 (P 0.836 R 0.911), strict 0.598, typed 0.803,
// amounts 9/9 (ko 0.852 / 0.459, en 0.893 / 0.750). Floors just under.
inline constexpr double kBlindBatch11PairF1 = 0.86;
inline constexpr double kBlindBatch11StrictF1 = 0.58;

// Development batch d8 (tests/data/events-d8: 20 ko / 20 en, 104 events, written at the start of
// the eleventh session by a helper that had not seen the code, leaning to datelines, employers in
// appositions and relative clauses, Korean forms (연임, 품었다, 은퇴, 소속, biographies), Hangul foreign
// names, list members with their own previous employers, acqui-hires, postponed starts and English
// appointment phrasing). First run on the code before that session (946b029): pair 0.655 (P 0.814
// R 0.548), strict 0.483, typed 0.598, amounts USD 5/6, KRW 8/8 (ko 0.698 / 0.512, en 0.614 /
// 0.455). Floors just under the first run.
// After session 11's merged branches (d8 was scored once on each branch, then little learned from):
// 0.690 / 0.529.
inline constexpr double kDevBatch8PairF1 = 0.68;
inline constexpr double kDevBatch8StrictF1 = 0.52;

// Development batch d9 (tests/data/events-d9: 20 ko / 20 en, 69 events, 7 with no event, written at
// the start of the twelfth session by a helper that had not seen the code, leaning to Korean employers
// with no company head word, English forms (fired, would succeed, did not seek a second term), group
// nouns, outcomes easy to misread and previous employers written many ways). First run on the code
// before that session (45c8e3a): pair 0.775 (P 0.833 R 0.725), strict 0.450, typed 0.760, amounts USD
// 5/5, KRW 4/5 (ko 0.818 / 0.485, en 0.730 / 0.413). Floors just under the first run.
// After session 12's merged branches (scored once on each branch first: 0.775 to 0.791): 0.806 / 0.527.
inline constexpr double kDevBatch9PairF1 = 0.79;
inline constexpr double kDevBatch9StrictF1 = 0.51;

// Development batch d10 (tests/data/events-d10: 20 ko / 20 en, 87 events, 8 with no event, written at
// the start of the thirteenth session by a helper that had not seen the code, leaning to list members
// with their own background sentences, current employers in apposition, holding companies naming a
// bank head, effective-today announcements, appointee nouns, English biographies and obituaries that
// are no event, bylines, pay stated with a hire, units of a parent as previous employers). First run on
// the code before that session (2d8233f): pair 0.731 (P 0.762 R 0.701), strict 0.443, typed 0.647,
// amounts USD 6/6, KRW 6/6 (ko 0.787 / 0.427, en 0.667 / 0.462). Floors just under the first run.
inline constexpr double kDevBatch10PairF1 = 0.72;
inline constexpr double kDevBatch10StrictF1 = 0.43;

// Blind batch b12 (tests/data/events-b12: 20 ko / 20 en, 67 events, 7 with no event, written at the
// start of the thirteenth session by a helper that had not seen the code; hidden from every helper
// until the final score). First run on the code before that session (2d8233f): pair 0.788 (P 0.800
// R 0.776), strict 0.697, typed 0.727, amounts 10/10 (ko 0.758 / 0.667, en 0.818 / 0.727). First run
// on the session's final code (d80bb84): pair 0.851 (P 0.851 R 0.851), strict 0.746, typed 0.791,
// amounts 9/9 (ko 0.899 / 0.754, en 0.800 / 0.738). Floors just under the final first run.
inline constexpr double kBlindBatch12PairF1 = 0.84;
inline constexpr double kBlindBatch12StrictF1 = 0.73;

// Development batch d11 (tests/data/events-d11: 20 ko / 20 en, 79 events, 7 with no event, written at
// the start of the fourteenth session by a helper that had not seen the code, leaning to headlines that
// name people and bids, role nouns and anaphors as employers, hires beside a dismissal, counter-offers as
// nouns, "report to" and team-lead relations, holding companies naming a unit head, appointee nouns, -고
// clauses, 정년퇴임, 임용/위촉, resignations with a later start, trailing appositions as previous
// employers). First run on the code before that session (ed2edeb): pair 0.770 (P 0.826 R 0.722), strict
// 0.635, typed 0.716, amounts USD 8/8, KRW 5/6 (ko 0.800 / 0.667, en 0.740 / 0.603). Floors just under.
inline constexpr double kDevBatch11PairF1 = 0.76;
inline constexpr double kDevBatch11StrictF1 = 0.62;

// Development batch d12 (tests/data/events-d12: 20 ko / 20 en, 85 events, 8 with no event, written at
// the start of the fifteenth session by a helper that had not seen the code, leaning to the fourteenth
// session's error classes: employers named by an anaphor or a dropped subject after the lead, hiring
// companies with another organization in their apposition, headlines the body tells more fully, bids
// and acqui-hires aimed at counted teams, sports teams with no company word, moves told as nouns,
// hyphenated names in lists, relative-clause hires, trailing appositions and units as previous
// employers, 연임, -고 clauses, 정년퇴임). First run on the code before that session (d26e969): pair
// 0.722 (P 0.881 R 0.612), strict 0.569, typed 0.694, amounts USD 2/3, KRW 4/4 (ko 0.765 / 0.617,
// en 0.667 / 0.508). Floors just under.
inline constexpr double kDevBatch12PairF1 = 0.71;
inline constexpr double kDevBatch12StrictF1 = 0.56;

// Blind batch b13 (tests/data/events-b13: 20 ko / 20 en, 67 events, 9 with no event, written at the
// start of the fourteenth session by a helper that had not seen the code; hidden from every helper
// until the final score). First run on the code before that session (ed2edeb): pair 0.778 (P 0.831
// R 0.731), strict 0.667, typed 0.730, amounts 12/12 (ko 0.901 / 0.761, en 0.618 / 0.545). First run
// on the session's final code (711f888): pair 0.787 (P 0.833 R 0.746), strict 0.677, typed 0.740,
// amounts 13/13 (ko 0.901 / 0.761, en 0.643 / 0.571). Floors just under the final first run.
inline constexpr double kBlindBatch13PairF1 = 0.78;
inline constexpr double kBlindBatch13StrictF1 = 0.67;

// Blind batch b14 (tests/data/events-b14: 20 ko / 20 en, 79 events, 7 with no event, written at the
// start of the fifteenth session by a helper that had not seen the code; hidden from every helper
// until the final score). First run on the code before that session (d26e969): pair 0.680 (P 0.735
// R 0.633), strict 0.585, typed 0.639, amounts USD 3/4, KRW 4/5 (ko 0.732 / 0.563, en 0.632 / 0.605).
// First run on the session's final code (710f3d6): pair 0.680 (P 0.718 R 0.646), strict 0.573, typed
// 0.640, amounts USD 3/4, KRW 4/5 (ko 0.722 / 0.556, en 0.641 / 0.590). Floors just under the final
// first run.
inline constexpr double kBlindBatch14PairF1 = 0.67;
inline constexpr double kBlindBatch14StrictF1 = 0.56;

// Development batch d13 (tests/data/events-d13: 20 ko / 20 en, 77 events, 7 with no event, written at
// the start of the sixteenth session by a helper that had not seen the code, leaning to the fifteenth
// session's error classes: employers with no company word named by their role, empty or anaphoric
// employer slots, headlines the body tells differently, negation, staying and denials, moves inside time
// frames (its gold treats "comes days after Y hired Z" as background; events-b14's gold counts it),
// Korean particles and role nouns on employers, nominating committees, lists in the next sentence,
// recruiting executives, future start dates). First run on the code before that session (bfc58e5):
// pair 0.806 (P 0.903 R 0.727), strict 0.647, typed 0.806, amounts USD 3/4, KRW 5/5 (ko 0.822 / 0.658,
// en 0.788 / 0.636). Floors just under.
inline constexpr double kDevBatch13PairF1 = 0.79;
inline constexpr double kDevBatch13StrictF1 = 0.63;

// Blind batch b16 (tests/data/events-b16: 20 ko / 20 en, 75 events, 7 with no event, written at the
// start of the seventeenth session by a helper that had not seen the code, from the brief of events-b15
// (docs/blind_briefs/events-b15.md, batch name changed); hidden from every helper until the final
// score). First run on the code before that session (363c6dc, code of bfc58e5): pair 0.811 (P 0.853
// R 0.773), strict 0.629, typed 0.741, amounts USD 5/6, KRW 5/5 (ko 0.783 / 0.522, en 0.838 / 0.730).
// First run on the session's final code (a7757fb): pair 0.819 (P 0.855 R 0.787), strict 0.625, typed
// 0.750, amounts USD 5/6, KRW 6/6 (ko 0.800 / 0.514, en 0.838 / 0.730). Floors just under the final
// first run.
inline constexpr double kBlindBatch16PairF1 = 0.81;
inline constexpr double kBlindBatch16StrictF1 = 0.61;

// Blind batch b17 (tests/data/events-b17: 20 ko / 20 en, 72 events, 7 with no event, written at the
// start of the eighteenth session by a helper that had not seen the code, from the brief of events-b15
// (docs/blind_briefs/events-b15.md, batch name changed); hidden from every helper until the final
// score). First run on the code before that session (6f580f1): pair 0.815 (P 0.873 R 0.764), strict
// 0.681, typed 0.726, amounts USD 4/7, KRW 7/8 (ko 0.870 / 0.725, en 0.758 / 0.636). First run on the
// session's final code (b0f80cd): pair 0.815, strict 0.681, typed 0.770, amounts the same. Floors just
// under the final first run.
inline constexpr double kBlindBatch17PairF1 = 0.80;
inline constexpr double kBlindBatch17StrictF1 = 0.67;

// Blind batches b18 and b19 (tests/data/events-b18: 20 ko / 20 en, 78 events, 6 with no event;
// tests/data/events-b19: 20 ko / 20 en, 65 events, 6 with no event), both written at the start of the
// nineteenth session by two helpers that had not seen the code, from the brief of events-b15
// (docs/blind_briefs/events-b15.md, batch name changed); hidden from every helper until the final score.
// First runs on the code before that session (bec3890): b18 pair 0.865 (P 0.914 R 0.821), strict 0.703,
// typed 0.824, amounts USD 7/8, KRW 6/6 (ko 0.842 / 0.763, en 0.889 / 0.639); b19 pair 0.797 (P 0.810
// R 0.785), strict 0.688, typed 0.781, amounts USD 8/9, KRW 6/6 (ko 0.769 / 0.646, en 0.825 / 0.730). The
// session's final code (694e02a) scores the same on both (four articles changed in fields the scorer
// does not count). Floors just under.
inline constexpr double kBlindBatch18PairF1 = 0.85;
inline constexpr double kBlindBatch18StrictF1 = 0.69;
inline constexpr double kBlindBatch19PairF1 = 0.78;
inline constexpr double kBlindBatch19StrictF1 = 0.67;

// Blind batches b20 and b21 (tests/data/events-b20: 20 ko / 20 en, 66 events, 8 with no event;
// tests/data/events-b21: 20 ko / 20 en, 71 events, 6 with no event), both written at the start of the
// twentieth session by two helpers that had not seen the code, from the brief of events-b15
// (docs/blind_briefs/events-b15.md, batch name changed); hidden from every helper until the final score.
// First runs on the code before that session (943bd6b): b20 pair 0.859 (P 0.887 R 0.833), strict 0.703,
// typed 0.750, amounts USD 8/9, KRW 7/7 (ko 0.812 / 0.562, en 0.906 / 0.844); b21 pair 0.800 (P 0.812
// R 0.789), strict 0.714, typed 0.800, amounts USD 5/5, KRW 5/5 (ko 0.824 / 0.794, en 0.778 / 0.639).
// The session's final code (dd4811c): b20 pair 0.884 (P 0.905 R 0.864), strict 0.729, typed 0.775 (ko
// 0.862 / 0.615); b21 pair 0.814 (P 0.826 R 0.803), strict 0.743, typed 0.814 (en 0.806 / 0.694).
// Read and learned from in the twenty-first session (its final code: b20 0.940 / 0.836 / 0.881, b21
// 0.930 / 0.859 / 0.915): floors raised just under that.
inline constexpr double kBlindBatch20PairF1 = 0.93;
inline constexpr double kBlindBatch20StrictF1 = 0.82;
inline constexpr double kBlindBatch21PairF1 = 0.92;
inline constexpr double kBlindBatch21StrictF1 = 0.84;

// Blind batch b22 (tests/data/events-b22: 20 ko / 20 en, 71 events, 9 with no event), written in the
// middle of the twentieth session, after its first round of branches was merged, by a helper that had
// not seen the code (brief of events-b15, batch name changed); hidden from the second round's helpers.
// First run on that code (dd4811c): pair 0.873 (P 0.873 R 0.873), strict 0.704, typed 0.845, amounts
// USD 10/10, KRW 6/6 (ko 0.904 / 0.767, en 0.841 / 0.638). The same on the code before the session
// (943bd6b) and after the second round (abccb8d). Floors just under.
inline constexpr double kBlindBatch22PairF1 = 0.86;
inline constexpr double kBlindBatch22StrictF1 = 0.69;

// Blind batches b23 and b24 (tests/data/events-b23: 20 ko / 20 en, 65 events, 9 with no event;
// events-b24: 40 articles, 75 events, 7 with none), written at the start of the twenty-first session by
// helpers that had not seen the code (brief of events-b15, batch name changed) and hidden from every
// helper of that session. First run on the start code (d96f585): b23 pair 0.877 (P 0.877 R 0.877),
// strict 0.785, typed 0.831, amounts 9/13; b24 pair 0.808 (P 0.831 R 0.787), strict 0.616, typed 0.767,
// amounts 10/11. On the session's final code: b23 0.901 / 0.809 / 0.855, b24 0.816 / 0.626 / 0.776.
// Read in the twenty-second session (classified in docs/blind_errors.md): its final code gives b23 0.962 /
// 0.872 / 0.917, b24 0.940 / 0.805 / 0.913 (fresh batches of that session moved +0.033 and 0). Floors just
// under the twenty-second session's final run.
inline constexpr double kBlindBatch23PairF1 = 0.95;
inline constexpr double kBlindBatch23StrictF1 = 0.86;
inline constexpr double kBlindBatch24PairF1 = 0.93;
inline constexpr double kBlindBatch24StrictF1 = 0.79;

// Blind batches b25 and b26 (tests/data/events-b25: 20 ko / 20 en, 76 events, 6 with no event;
// events-b26: 40 articles, 79 events, 8 with none), written at the start of the twenty-second session by
// helpers that had not seen the code (brief of events-b15, batch name changed) and hidden from every
// developer helper of that session. First run on the start code (5881642): b25 pair 0.717 (P 0.754
// R 0.684), strict 0.552, typed 0.717, amounts 6/7 (English pair 0.576: four articles lose all nine of their
// events to an employer misread, docs/blind_errors.md); b26 pair 0.853 (P 0.901 R 0.810), strict 0.787,
// typed 0.827, amounts 13/14. On the session's final code: b25 0.750 / 0.583 / 0.750, b26 unchanged.
// Read by the twenty-third session's helpers: its final code gives b25 0.878 / 0.757, b26 0.911 / 0.835
// (the fresh b27 / b28 of that session did not move; the in-repo scorer gives b26 pair 0.899). Floors just
// under.
inline constexpr double kBlindBatch25PairF1 = 0.87;
inline constexpr double kBlindBatch25StrictF1 = 0.75;
inline constexpr double kBlindBatch26PairF1 = 0.89;
inline constexpr double kBlindBatch26StrictF1 = 0.82;

// Blind batches b27 and b28 (tests/data/events-b27: 20 ko / 20 en, 69 events, 7 with no event;
// events-b28: 40 articles, 60 events, 9 with none), written at the start of the twenty-third session by
// helpers that had not seen the code (brief of events-b15, batch name changed) and hidden from every
// developer helper of that session. First run on the start code (7bd69ee): b27 pair 0.809 (P 0.855
// R 0.768), strict 0.718, typed 0.794, amounts 8/10 (two articles give 12 of its 25 pair errors,
// docs/blind_errors.md); b28 pair 0.904 (P 0.945 R 0.867), strict 0.835, typed 0.887, amounts 11/13. The
// session's final code gives the same output on all 80 articles; after the score, a leading "First" kept in a
// company name ("First Meridian Bancorp", b27 en-03) gives b27 0.840 / 0.748. Read by the twenty-fourth
// session's helpers (region-opened team names, the mover's former affiliate no employer, reappointment
// motions, listed groups, "took office as"): b27 0.933 / 0.830, b28 0.949 / 0.864; after the b29 score, a
// plural announcement noun ("All appointments take effect Jan. 1.") dates every earlier hire: b27 strict
// 0.874. Floors just under.
inline constexpr double kBlindBatch27PairF1 = 0.92;
inline constexpr double kBlindBatch27StrictF1 = 0.86;
inline constexpr double kBlindBatch28PairF1 = 0.94;
inline constexpr double kBlindBatch28StrictF1 = 0.85;

// Blind batches b29 and b30 (tests/data/events-b29, -b30: 40 articles each, 20 ko / 20 en, 73 gold events
// each, 8 articles without one), written at the start of the twenty-fourth session by helpers that saw no
// code, from the brief of b16 (batch name changed); hidden from the session's developers. First runs on the
// start code (8525c14): b29 pair 0.899 (P 0.954 R 0.849), strict 0.768, typed 0.870, amounts 12/13; b30 pair
// 0.909 (P 0.929 R 0.890), strict 0.797, typed 0.909, amounts 13/13 — both meet issue 10's three targets on
// the first run. The session's final code: b29 0.913 / 0.783, amounts 13/14; b30 0.937 / 0.825 (four articles
// change: a region-opened team name, a duty word no employer, a whole "… Bancorp" name). After that score
// (learned from b29 en-13, not a first-run or final figure): a plural announcement noun ("All appointments
// take effect on Jan. 1.") dates every hire the article named before it: b29 strict 0.826. Floors just under.
inline constexpr double kBlindBatch29PairF1 = 0.90;
inline constexpr double kBlindBatch29StrictF1 = 0.81;
inline constexpr double kBlindBatch30PairF1 = 0.92;
inline constexpr double kBlindBatch30StrictF1 = 0.81;

// Blind batches b31 and b32 (tests/data/events-b31: 40 articles, 20 ko / 20 en, 64 gold events, 9 articles
// without one; events-b32: 40 articles, 63 events, 8 without one), written at the start of the twenty-fifth
// session by helpers that saw no code (brief of events-b15, batch name changed; docs/blind_briefs) and hidden
// from the session's developers. First runs on the start code (9ad7b3b): b31 pair 0.821 (P 0.906 R 0.750),
// strict 0.684, typed 0.769, amounts 10/12 — below all three of issue 10's targets, recall lost on Korean
// list and subjectless appointment shapes (docs/blind_errors.md, twenty-fifth section); b32 pair 0.889 (P
// 0.889 R 0.889), strict 0.778, typed 0.857, amounts 10/10. The session's final code (bc07539): b31 unchanged
// (no line of its output changes), b32 0.898 / 0.803 (two articles change). Floors just under.
inline constexpr double kBlindBatch31PairF1 = 0.81;
inline constexpr double kBlindBatch31StrictF1 = 0.67;
inline constexpr double kBlindBatch32PairF1 = 0.88;
inline constexpr double kBlindBatch32StrictF1 = 0.79;

// Blind batches b33 and b34 (tests/data/events-b33: 40 articles, 20 ko / 20 en, 74 gold events, 7 articles
// without one; events-b34: 40 articles, 91 events, 8 without one; both with obituaries, denied poaching
// reports, salary surveys, earnings stories and hiring plans as hard negatives), written at the start of the
// twenty-sixth session by helpers that saw no code (brief of events-b15, batch name changed;
// docs/blind_briefs) and hidden from the session's developers. First runs on the start code (5e2e645): b33
// pair 0.889 (P 0.914 R 0.865), strict 0.819, typed 0.875, amounts 9/9 (meets issue 10's targets); b34 pair
// 0.802 (P 0.882 R 0.736), strict 0.695, typed 0.802, amounts 10/12 — below all three, English recall lost on
// sentence shapes (docs/blind_errors.md, twenty-sixth section). The session's final code: b33 unchanged (no
// line of its output changes), b34 0.814 / 0.695 (one article: the school foundation's university as
// employer). Floors just under.
inline constexpr double kBlindBatch33PairF1 = 0.88;
inline constexpr double kBlindBatch33StrictF1 = 0.81;
inline constexpr double kBlindBatch34PairF1 = 0.80;
inline constexpr double kBlindBatch34StrictF1 = 0.68;

// Blind batches b35 and b36 (tests/data/events-b35: 40 articles, 20 ko / 20 en, 80 gold events, 7 articles
// without one; events-b36: 40 articles, 78 events, 8 without one; obituaries, denied poaching reports, salary
// surveys, earnings stories and hiring plans as hard negatives), written at the start of the twenty-seventh
// session by helpers that saw no code (brief of events-b15, batch name changed; docs/blind_briefs) and hidden
// from the session's developers. First runs on the start code (2eec917): b35 pair 0.865 (P 0.941 R 0.800),
// strict 0.838, typed 0.865, amounts 12/12; b36 pair 0.893 (P 0.931 R 0.859), strict 0.827, typed 0.893,
// amounts 14/15 — both meet issue 10's three targets (docs/blind_errors.md, twenty-seventh section). The
// session's final code: b35 0.895 / 0.868, b36 0.915 / 0.837. The twenty-eighth session's final code (after
// learning from them: evemp28, eveng28): b35 0.936 / 0.910, b36 0.962 / 0.910. Floors just under.
inline constexpr double kBlindBatch35PairF1 = 0.92;
inline constexpr double kBlindBatch35StrictF1 = 0.90;
inline constexpr double kBlindBatch36PairF1 = 0.95;
inline constexpr double kBlindBatch36StrictF1 = 0.90;

// Blind batches b37 and b38 (tests/data/events-b37: 40 articles, 20 ko / 20 en, 70 gold events, 8 articles
// without one; events-b38: 40 articles, 76 events, 7 without one; salary surveys, obituaries, denied moves,
// hiring plans and earnings stories as hard negatives), written at the start of the twenty-eighth session by
// helpers that saw no code (brief of events-b15, batch name changed; docs/blind_briefs) and hidden from the
// session's developers until scored. First runs on the start code (bfab791): b37 pair 0.868 (P 0.894 R
// 0.843), strict 0.779, typed 0.838, amounts 14/14 (meets issue 10's three targets); b38 pair 0.838 (P 0.861
// R 0.816), strict 0.635, typed 0.784, amounts 12/12 (under the pair and strict targets: Korean, failed bids,
// previous employers; docs/blind_errors.md, twenty-eighth section). The session's final code, after learning
// from them (evlearn28, evnew28): b37 0.910 / 0.821, b38 0.877 / 0.685; after the twenty-ninth session (read
// for its error analysis and rules, so not blind) 0.933 / 0.844 and 0.947 / 0.800. Floors just under.
inline constexpr double kBlindBatch37PairF1 = 0.92;
inline constexpr double kBlindBatch37StrictF1 = 0.83;
inline constexpr double kBlindBatch38PairF1 = 0.93;
inline constexpr double kBlindBatch38StrictF1 = 0.79;

// Blind batches b39 and b40 (tests/data/events-b39: 40 articles, 20 ko / 20 en, 79 gold events, 8 articles
// without one; events-b40: 40 articles, 73 events, 8 without one; salary surveys, obituaries, denied moves,
// hiring plans and earnings stories as hard negatives), written at the start of the twenty-ninth session by
// helpers that saw no code (brief of events-b15, batch name changed; docs/blind_briefs) and hidden from the
// session's developers until scored. First runs on the start code (1a95d83b, binary of fb273061): b39 pair
// 0.915 (P 0.946 R 0.886), strict 0.863, typed 0.902, amounts 11/11; b40 pair 0.909 (P 0.929 R 0.890), strict
// 0.853, typed 0.881, amounts 9/9 (both meet issue 10's three targets; docs/blind_errors.md, twenty-ninth
// section). The session's final code, after learning from them (evlearn29): b39 0.922 / 0.883, b40 0.958 /
// 0.958. Floors just under.
inline constexpr double kBlindBatch39PairF1 = 0.91;
inline constexpr double kBlindBatch39StrictF1 = 0.87;
inline constexpr double kBlindBatch40PairF1 = 0.95;
inline constexpr double kBlindBatch40StrictF1 = 0.95;

// Blind batches b41 and b42 (tests/data/events-b41: 40 articles, 20 ko / 20 en, 87 gold events, 8 articles
// without one; events-b42: 40 articles, 77 events, 6 without one; salary surveys, denied moves, obituaries,
// hiring plans and earnings stories as hard negatives), written at the start of the thirtieth session by
// helpers that saw no code (brief of events-b15, batch name changed; docs/blind_briefs) and hidden from the
// session's developers until scored. First runs on the start code (dd2dc886): b41 pair 0.855 (P 0.944 R
// 0.782), strict 0.755, typed 0.843, amounts 11/11 (meets issue 10's three targets); b42 pair 0.855 (P 0.912
// R 0.805), strict 0.703, typed 0.841, amounts 10/13 (misses strict and amounts; docs/blind_errors.md,
// thirtieth section). The session's final code, after learning from them (evlearn30, evlearnen30, entorg30):
// b41 0.929 / 0.810, b42 0.892 / 0.811 (not blind); the thirty-first session's final code (eveng31, evko31
// worked from their analysis): b41 0.940 / 0.857, b42 0.945 / 0.877. Floors just under.
inline constexpr double kBlindBatch41PairF1 = 0.93;
inline constexpr double kBlindBatch41StrictF1 = 0.85;
inline constexpr double kBlindBatch42PairF1 = 0.94;
inline constexpr double kBlindBatch42StrictF1 = 0.87;

// Blind batches b43 and b44 (tests/data/events-b43: 40 articles, 20 ko / 20 en, 81 gold events, 9 articles
// without one; events-b44: 40 articles, 83 events, 7 without one), written at the start of the thirty-first
// session by helpers that saw no code (brief of events-b15, batch name changed, a line on settled renewals
// added; docs/blind_briefs) and hidden from the session's developers until scored. First runs on the start
// code (bce55d36): b43 pair 0.881 (P 0.897 R 0.864), strict 0.717, typed 0.868, amounts 13/13; b44 pair 0.857
// (P 0.885 R 0.831), strict 0.696, typed 0.857, amounts 13/13 (both meet pair and amounts, miss strict;
// docs/blind_errors.md, thirty-first section). The session's final code, after learning from them (evlearn31,
// evlearnen31): b43 0.937 / 0.848, b44 0.945 / 0.824 (not blind). Floors just under.
inline constexpr double kBlindBatch43PairF1 = 0.93;
inline constexpr double kBlindBatch43StrictF1 = 0.84;
inline constexpr double kBlindBatch44PairF1 = 0.94;
inline constexpr double kBlindBatch44StrictF1 = 0.82;

// Blind batches b45 and b46 (tests/data/events-b45: 40 articles, 20 ko / 20 en, 68 gold events, 7 articles
// without one; events-b46: 40 articles, 65 events, 8 without one), written at the start of the thirty-second
// session by helpers that saw no code (docs/blind_briefs/events-b45.md: the b43 brief with a line on guessed
// follow-on moves) and sealed until the session's merged code (merge32) was scored on them once. First runs
// on that code: b45 pair 0.948 (P 0.955 R 0.941), strict 0.756, typed 0.904, amounts 14/15 (ko 0.906 / 0.688,
// en 0.986 / 0.817); b46 pair 0.857 (P 0.885 R 0.831), strict 0.683, typed 0.825, amounts 11/11 (ko 0.862 /
// 0.738, en 0.852 / 0.623). The start code (c074db9c): b45 0.941 / 0.750, b46 0.857 / 0.683. After the first
// runs two helpers learned from them (evlearn32, evlearnen32): the session's final code gives b45 0.948 /
// 0.770, b46 0.889 / 0.746 (not blind). Floors just under. The thirty-third session's final code (evout33,
// evko33 and the learners of b47/b48): b45 0.963 / 0.830, b46 0.921 / 0.841 (not blind).
inline constexpr double kBlindBatch45PairF1 = 0.96;
inline constexpr double kBlindBatch45StrictF1 = 0.82;
inline constexpr double kBlindBatch46PairF1 = 0.92;
inline constexpr double kBlindBatch46StrictF1 = 0.83;

// Blind batches b47 and b48 (tests/data/events-b47: 40 articles, 20 ko / 20 en, 67 gold events, 7 articles
// without one; events-b48: 40 articles, 69 events, 8 without one), written at the start of the thirty-third
// session by helpers that saw no code (docs/blind_briefs/events-b45.md with the batch name changed) and
// sealed until the session's merged code (merge33: evout33, evko33, models33, enteng33) was scored on them
// once. First runs on that code: b47 pair 0.928 (P 0.901 R 0.955), strict 0.870, typed 0.913, amounts 11/12
// (ko 0.933 / 0.880, en 0.921 / 0.857); b48 pair 0.861 (P 0.868 R 0.855), strict 0.715, typed 0.861, amounts
// 9/11 (ko 0.845 / 0.704, en 0.879 / 0.727). The start code (96560b7c) scored the same on both. After the
// first runs two helpers learned from them (evlearn33, evlearnen33): the session's final code gives b47 0.928
// / 0.870, b48 0.861 / 0.788 (ko 0.845 / 0.732, en 0.879 / 0.848; not blind). Floors just under.
inline constexpr double kBlindBatch47PairF1 = 0.92;
inline constexpr double kBlindBatch47StrictF1 = 0.86;
inline constexpr double kBlindBatch48PairF1 = 0.86;
inline constexpr double kBlindBatch48StrictF1 = 0.82;

// Blind batches b49 and b50 (tests/data/events-b49: 40 articles, 20 ko / 20 en, 63 gold events, 8 articles
// without one; events-b50: 40 articles, 82 events, 8 without one), written at the start of the thirty-fourth
// session by helpers that saw no code (docs/blind_briefs/events-b45.md with the batch name changed) and
// sealed until the session's merged code (merge34: tidy34, evprevko34, evpreven34, ent34, evoutcome34) was
// scored on them once. First runs on that code: b49 pair 0.929 (P 0.922 R 0.937), strict 0.835, typed 0.929,
// amounts 8/9 (ko 0.921 / 0.825, en 0.938 / 0.844); b50 pair 0.828 (P 0.867 R 0.793), strict 0.764, typed
// 0.815, amounts 12/12 (ko 0.829 / 0.780, en 0.827 / 0.747). The start code (589c40f2) scored the same on b49
// and strict 0.752 on b50 (one previous employer fewer). After the first runs two helpers learned from them
// (learnko34, learnalias34 without its commit 11e2e253): the session's final code gives b49 0.929 / 0.835
// (unchanged), b50 0.890 / 0.826 (ko 0.925 / 0.875, en 0.853 / 0.773) and b48 0.868 / 0.824 (not blind).
// Floors just under.
inline constexpr double kBlindBatch49PairF1 = 0.92;
inline constexpr double kBlindBatch49StrictF1 = 0.83;
inline constexpr double kBlindBatch50PairF1 = 0.88;
inline constexpr double kBlindBatch50StrictF1 = 0.82;

// Blind batches b51 and b52 (tests/data/events-b51: 40 articles, 20 ko / 20 en, 74 gold events, 8 articles
// without one; events-b52: 40 articles, 65 events, 8 without one), written at the start of the thirty-fifth
// session by helpers that saw no code (docs/blind_briefs/events-b45.md with the batch name changed) and
// sealed until the session's merged code (merge35: tidy35, evdecline35, evlists35, evrecur35, evorigin35) was
// scored on them once. First runs on that code: b51 pair 0.912 (P 0.918 R 0.905), strict 0.776, typed 0.884,
// amounts 13/13 (ko 0.933 / 0.827, en 0.889 / 0.722); b52 pair 0.939 (P 0.925 R 0.954), strict 0.879, typed
// 0.939, amounts 8/9 (ko 0.941 / 0.853, en 0.937 / 0.906). The start code (64645ee3) scored the same on b51
// and pair 0.932, strict 0.857 on b52. After the first runs one row was learned from b52 (a Korean contract
// offer's amount is pay: amounts 9/9, pair and strict unchanged). Floors just under.
inline constexpr double kBlindBatch51PairF1 = 0.90;
inline constexpr double kBlindBatch51StrictF1 = 0.77;
inline constexpr double kBlindBatch52PairF1 = 0.93;
inline constexpr double kBlindBatch52StrictF1 = 0.87;

// Blind batches b53 and b54 (tests/data/events-b53: 40 articles, 20 ko / 20 en, 72 gold events, 8 articles
// without one; events-b54: 40 articles, 78 events, 7 without one), written at the start of the thirty-sixth
// session by helpers that saw no code (docs/blind_briefs/events-b45.md with the batch name changed) and
// sealed until the session's merged code (merge36: evamount36, evpair36, evprev36, ent36, tidy36) was scored
// on them once. First runs on that code: b53 pair 0.853 (P 0.906 R 0.806), strict 0.735, typed 0.838, amounts
// 13/13 (ko 0.824 / 0.765, en 0.882 / 0.706); b54 pair 0.934 (P 0.959 R 0.910), strict 0.868, typed 0.921,
// amounts 12/12 (ko 0.899 / 0.812, en 0.964 / 0.916). The start code (6b593fa7) scored pair 0.844, strict
// 0.726 on b53 and pair 0.934, strict 0.855 on b54. Floors just under.
inline constexpr double kBlindBatch53PairF1 = 0.85;
inline constexpr double kBlindBatch53StrictF1 = 0.73;
inline constexpr double kBlindBatch54PairF1 = 0.93;
inline constexpr double kBlindBatch54StrictF1 = 0.86;

// Blind batches b55 and b56 (tests/data/events-b55: 40 articles, 20 ko / 20 en, 80 gold events, 8 articles
// without one; events-b56: 40 articles, 76 events, 7 without one), written at the start of the thirty-seventh
// session by helpers that saw no code (docs/blind_briefs/events-b45.md with the batch name changed) and
// sealed until the session's merged code (merge37: tidy37, ent37, evprev37, evorg37, evpair37) was scored on
// them once. First runs on that code: b55 pair 0.915 (P 0.959 R 0.875), strict 0.784, typed 0.889, amounts
// 19/19 (ko 0.921 / 0.789, en 0.909 / 0.779); b56 pair 0.925 (P 0.958 R 0.895), strict 0.762, typed 0.912,
// amounts 11/13 (ko 0.904 / 0.740, en 0.946 / 0.784). The start code (095eef16) scored the same on b55 and
// pair 0.925, strict 0.748 on b56. Floors just under.
inline constexpr double kBlindBatch55PairF1 = 0.91;
inline constexpr double kBlindBatch55StrictF1 = 0.78;
inline constexpr double kBlindBatch56PairF1 = 0.92;
inline constexpr double kBlindBatch56StrictF1 = 0.76;
// events-b57 and events-b58: written at the start of the thirty-eighth session from
// docs/blind_briefs/events-b45.md (batch name changed) by helpers that saw no code, sealed until the
// session's merged code (merge38) was scored on them once. First runs: b57 pair 0.896 / strict 0.836 / typed
// 0.881, amounts 9/9 (the start code the same); b58 pair 0.836 / strict 0.746 / typed 0.806, amounts 8/9 (the
// start code 0.836 / 0.716). Floors just under.
inline constexpr double kBlindBatch57PairF1 = 0.89;
inline constexpr double kBlindBatch57StrictF1 = 0.83;
inline constexpr double kBlindBatch58PairF1 = 0.83;
inline constexpr double kBlindBatch58StrictF1 = 0.74;
// events-b59 and events-b60: written at the start of the thirty-ninth session from
// docs/blind_briefs/events-b45.md (batch name changed) by helpers that saw no code, sealed until the
// session's merged code (merge39) was scored on them once. First runs: b59 pair 0.948 / strict 0.889 / typed
// 0.919, amounts 12/12 (the start code 0.933 / 0.874); b60 pair 0.945 / strict 0.904 / typed 0.932, amounts
// 14/15 (the start code 0.932 / 0.890). Floors just under.
inline constexpr double kBlindBatch59PairF1 = 0.94;
inline constexpr double kBlindBatch59StrictF1 = 0.88;
inline constexpr double kBlindBatch60PairF1 = 0.94;
inline constexpr double kBlindBatch60StrictF1 = 0.90;
// Blind batches events-b61 (40 articles, 20 ko / 20 en, 78 gold events, 7 articles without one) and events-b62
// (40 articles, 72 gold events, 8 without one), written at the start of the fortieth session by helpers that saw
// no code (docs/blind_briefs/events-b45.md, batch name changed) and sealed until the session's merged code
// (merge40) was scored on them once. First runs: b61 pair 0.877 (P 0.883 R 0.872), strict 0.839, typed 0.852,
// amounts 13/13; b62 pair 0.908 (P 0.928 R 0.889), strict 0.837, typed 0.908, amounts 10/11. The start code
// (b44f745c) scored the same on both. Floors just under.
inline constexpr double kBlindBatch61PairF1 = 0.87;
inline constexpr double kBlindBatch61StrictF1 = 0.83;
inline constexpr double kBlindBatch62PairF1 = 0.90;
inline constexpr double kBlindBatch62StrictF1 = 0.83;
// Blind batches events-b63 (40 articles, 20 ko / 20 en, 77 gold events, 8 articles without one) and events-b64
// (40 articles, 76 gold events, 8 without one), written at the start of the forty-first session by helpers that
// saw no code (docs/blind_briefs/events-b45.md, batch name changed) and sealed until the session's merged code
// (merge41) was scored on them once. First runs: b63 pair 0.851 (P 0.887 R 0.818), strict 0.757, typed 0.851,
// amounts 13/16; b64 pair 0.867 (P 0.878 R 0.855), strict 0.787, typed 0.853, amounts 10/10. The start code
// (5b8efeb1) scored the same on b63 and one pair more on b64 (0.880). Floors just under what this test's scorer
// read then (b63 0.838 / 0.743: it missed candidate_aliases, fixed in the forty-second session).
inline constexpr double kBlindBatch63PairF1 = 0.83;
inline constexpr double kBlindBatch63StrictF1 = 0.74;
inline constexpr double kBlindBatch64PairF1 = 0.86;
inline constexpr double kBlindBatch64StrictF1 = 0.78;
// Blind batches events-b65 (40 articles, 20 ko / 20 en, 76 gold events, 7 articles without one) and events-b66
// (40 articles, 80 gold events, 7 without one), written at the start of the forty-second session by helpers that
// saw no code (docs/blind_briefs/events-b45.md, batch name changed) and sealed until the session's merged code
// (merge42) was scored on them once. First runs: b65 pair 0.903 (P 0.886 R 0.921), strict 0.865, typed 0.903,
// amounts 10/10; b66 pair 0.894 (P 0.889 R 0.900), strict 0.832, typed 0.882, amounts 9/10. The start code
// (c27a698c) scored the same on b65 and one false event more on b66 (0.889 / 0.827). Floors just under.
inline constexpr double kBlindBatch65PairF1 = 0.90;
inline constexpr double kBlindBatch65StrictF1 = 0.86;
inline constexpr double kBlindBatch66PairF1 = 0.89;
inline constexpr double kBlindBatch66StrictF1 = 0.83;

// Development batch d3 (tests/data/events-d3: 40 articles, 90 gold events; startups, consulting,
// telecoms, energy, defence, media, state banks), written at the start of the seventh session and
// only ever scored in aggregate during it (the helpers' generalization check, never trained on):
// code before the session (b4bb844) pair 0.692 (P 0.797 R 0.611), strict 0.415; final (f14b621)
// pair 0.704 (P 0.812 R 0.622), strict 0.478. Floors just under.
// Session 8 (branch even8, English announced starts and replaced predecessors): strict 0.478 -> 0.516.
// Korean pass of session 8 (evko8; d3 ko articles read as development data): 0.736 / 0.515 (ko 0.667
// / 0.476 -> 0.727 / 0.545).
inline constexpr double kDevBatch3PairF1 = 0.72;
inline constexpr double kDevBatch3StrictF1 = 0.50;

// Offer amounts over the learnable batches together (b1-b7, d1, d2, d4-d6; events_golden_test
// OfferAmountsOverTheBatches): share of matched gold events with stated USD amounts whose every
// amount is among the event's offers. Before branch amounts7 (10f6428): 37 of 50 (0.74); with
// amount roles (pay / non-pay / price), counter-offers and pay held for the person named later:
// 46 of 52 (0.885). Merged with main's pair model (evrank), which matches more gold events, some
// of them with amounts the offer reading does not attach (their events come from the pair pass):
// 46 of 57 (0.807). Held pay given to the pair pass's events too (GiveHeldPay): 47 of 57 (0.825).
// Pay no clause attached given to the person the text follows (AttachStrayPay, branch amounts8):
// 50 of 57 (0.877).
// Session 8 merge (evko8 + even8 + amounts8, tables retrained with b6 and d5, which joined the tally):
// USD 62 of 71 (0.873), KRW 43 of 52 (0.827), USD+KRW 85 of 101 (0.842).
// Session 9 (branch amounts9: the offering organization's amount, Korean counter-offers and
// recipients, held pay by the subject of "offered", first-year parts; the scorers count an offer's
// first_year_usd): over the same ten batches USD 63 of 71 -> 67 of 72 (0.931), KRW 43 of 52 -> 47 of
// 52 (0.904), USD+KRW 86 of 101 -> 93 of 102 (0.912). b7 (USD 4/4, KRW 4/4) and d6 (USD 3/4, KRW 4/4)
// joined the tally: USD 74 of 80 (0.925), KRW 55 of 60 (0.917), USD+KRW 106 of 116 (0.914).
// Session 9 merged (employers, appointment forms, outcomes, amounts) and the event tables
// retrained with b7 and d6: USD 74 of 81 (0.914; the retrained pair table moves one b4 and one b5
// match), KRW 58 of 63 (0.921), USD+KRW 109 of 120 (0.908).
inline constexpr double kBatchOfferAmountsShare = 0.91;
// The same for the gold events' KRW amounts (offers_krw: KRW offers and KRW glosses of USD
// offers, found among the offers' KRW values), and for USD and KRW together. First measured
// (851b1ef): KRW 33 of 43 (0.767), USD+KRW 64 of 82 (0.780); with AttachStrayPay: KRW 34 of 43
// (0.791), USD+KRW 67 of 82 (0.817); with announced pay quoted by name and markers inside an
// amount's surface ("연봉 4억원"): KRW 36 of 43 (0.837), USD+KRW 69 of 82 (0.841).
// Nineteenth session (branch enmove19): 63 of 69 (0.913) -> 63 of 70 (0.900). No event lost a KRW
// amount; a contract agreed "with" a club is now read (ContractCues) and brings d2 en-02 into the
// tally, whose KRW restatement in the next paragraph ("The deal, worth about 49.3 billion won, …")
// no clause attaches ("deal" is no pay word: it also names acquisitions).
inline constexpr double kBatchOfferKrwAmountsShare = 0.90;
inline constexpr double kBatchOfferAllAmountsShare = 0.90;

}  // namespace hirewire::normalize::floors
