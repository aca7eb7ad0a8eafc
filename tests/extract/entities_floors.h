// Quality floors for the entity recognizer on tests/data/entities/ (hand-written Korean and
// English hiring articles with gold annotations). Lowering a floor is a deliberate commit.
#pragma once

namespace hirewire::extract::floors {

// Share of gold people, companies and publications found with the right kind (person vs not).
inline constexpr double kEntityRecall = 0.95;
// Share of gold people, companies and publications found AND linked: every gold surface in one
// predicted entity, and the predicted canonical equal to the gold one when the gold gives one.
inline constexpr double kEntityLinked = 0.93;
// Share of predicted people/companies/publications whose surfaces match a gold entity.
inline constexpr double kEntityPrecision = 0.95;
// The same measures on the unseen_* articles alone (written after the rules were first tuned, to
// watch generalization; they are part of the set above too). Measured 0.99 / 0.97 / 1.00 after
// the rules were improved on 8 of them; their first run scored 0.86 / 0.79 / 0.92.
inline constexpr double kUnseenRecall = 0.92;
inline constexpr double kUnseenLinked = 0.90;
inline constexpr double kUnseenPrecision = 0.92;

// System level on general Korean news: the 800 held-out KLUE sentences scored against KoNNE
// (tests/extract/entities_konne_golden_test.cc for the mapping), in percent. Measured with the
// embedded tagger of this commit: persons P 90.3 R 58.0, organizations P 80.9 R 53.9 (before the
// cue/gazetteer rules: 90.2 / 51.1 and 75.9 / 33.1). A retrained tagger moves these; re-pin then.
// Re-pinned with the Korean stem clusters (issue 11): persons P 92.1 R 58.6, organizations P 79.8
// R 60.1 (organization recall +6, precision -1). Merged with the fifth session's entity and Korean
// event word lists (entprec, evt-ko): persons P 92.4 R 58.6, organizations P 80.3 R 59.4.
// Lowered deliberately in the tenth session (entprec10): a parent and a numbered panel or a
// university department written as one phrase are one organization ("서울중앙지법 형사합의25부",
// "부산대 도시공학과"), as the annotation guide of the written batches asks (entities-b6 on;
// docs/blind_briefs/entities-b8.md), where KoNNE marks the parent alone: organizations P 79.9 R 59.1
// -> P 79.1 R 57.6 (5 parents of 323 become whole phrases).
// Lowered deliberately in the eighteenth session (person18): an anonymized name (family name + 모)
// before 씨 or a title is a person, as the written batches annotate it (entities-b15 "정모(52)씨");
// KoNNE marks "안모 씨", "이모 씨" as persons but not "김모(33)씨", "박모 교수", "박모씨": persons
// P 91.9 R 59.1 (tp 331 fp 29) -> P 91.3 R 59.8 (tp 335 fp 32), F1 72.0 -> 72.3.
inline constexpr double kKonnePersonPrecision = 91.2;
// Raised in the thirteenth session (entkeep13): the keep table keeps the tagger's low-score spans
// from probability 0.9 on (persons P 92.4 R 58.6 -> P 92.3 R 60.2, organizations P 80.0 R 58.2 ->
// P 79.6 R 59.1).
// Lowered in the fourteenth session (59.5 -> 59.0): the keep table retrained on the merged recognizer
// and all 19 written batches (mean typed F1 over them 0.907 -> 0.908) keeps six fewer KoNNE persons
// (persons P 91.6 R 60.2 F1 72.6 -> P 91.9 R 59.1 F1 72.0; organizations F1 68.3 -> 68.7); the blind
// batch entities-b12 was scored with this table.
inline constexpr double kKonnePersonRecall = 59.0;
inline constexpr double kKonneOrgPrecision = 79.0;
inline constexpr double kKonneOrgRecall = 57.5;

// General news of 20 countries (tests/extract/entities_fundus_golden_test.cc; the target
// is typed F1 0.80 at precision 0.90). First run before the ja/zh tagger and languages: F1 0.397,
// P 0.708; before the world alias dictionary and the multilingual rules (issue 11, second part)
// F1 0.613, P 0.740; after them F1 0.899, P 0.939 — the dictionary was written after the errors on
// these pages were seen, so these figures are optimistic for unseen pages. After the precision work
// of issue 11 (error classes of this set and entities-b2: linking of inflected spellings, places and
// platforms as non-names, organization spans and heads, Korean/Japanese generic bodies): F1 0.925,
// P 0.978. Pinned just under. Sixth session: the English tagger retrained without WNUT17 (EWT ORG
// 45.0 -> 47.8) adds two false spans on non-English pages ("Weitere Mitglieder" as a person, "DALLA
// NOSTRA" as a company): F1 0.925, P 0.968; the precision floor follows. Thirteenth session: the
// tagger retrained on the entity batches' news pages (held-out entity batches typed F1 0.825 -> 0.844)
// costs precision here: F1 0.935 -> 0.928, P 0.971 -> 0.956 (R 0.901 unchanged); the floor follows.
// Fourteenth session: the new false spans analysed (docs/ner.md) and five removed by general signals
// (a Hangul body cut inside its head, a short form glossed by its body in brackets, a dateline's
// reporter, a katakana reading in brackets), with the tagger retrained on b10-d11 too: F1 0.934,
// P 0.964, R 0.906.
inline constexpr double kFundusTypedF1 = 0.93;
inline constexpr double kFundusPrecision = 0.96;

}  // namespace hirewire::extract::floors
