// Edges of entity names the recognizer's passes cut (extract/entities.cc): small rules on the
// words around a candidate, each keyed on a closed list of extract/data/entity_words.tsv.
//
// Thread-safety: pure functions.
#pragma once

#include <span>
#include <string_view>

#include "corpus/records.h"

namespace hirewire::extract {

// `w` is written in hiragana only (U+3041-U+309F), and not empty.
bool AllHiragana(std::string_view w);

// The start of a Japanese organization name whose front is written in hiragana before the kanji
// the character model tagged ("ひかり" + "坂法律事務所", "あおば" + "監査法人"). `toks` are the
// paragraph's words, `first` the first word of the tagged span, `free` whether a word is unclaimed.
// The front is the free all-hiragana words right before `first`, back to a boundary: punctuation,
// a word with kanji or katakana, a listed function word (ja_hiragana_stop: する, この, また), a verb
// form (a word ending in a ja_verb_final row: "つくる", "していた", "として"), or a one-character
// particle (ja_particle) written after a word. Two to eight code points; `first`'s start when there
// is none or the span opens with a Latin word.
int JapaneseHiraganaFrontStart(std::string_view text, std::span<const TextToken> toks, int first,
                               std::span<const int> owner);

// German: word `t` is a kind of firm written before a partners' name joined by "&" ("die
// Traditionsbäckerei Krause & Söhne", "das Privatbankhaus Kessler & Strobl"): a capitalized word
// ending in a de_firm_kind row, or a compound ending in a de_shop_head row, then a capitalized word,
// "&" and a capitalized word. Such a name stands alone: the kind is no part of it.
bool GermanFirmKindBeforeAmpersandName(std::string_view text, std::span<const TextToken> toks, int t);

// Korean: the end of a name in `word` (one eojeol) that a tagger cut at byte `cut` before 이 right after
// an open syllable ("루미나페" + "이", "그린페" + "이가"). The particle 이 only follows a final consonant
// (이/가), so that 이 is the name's last syllable: the end is the word without its whole particle
// (KoreanWholeParticleStem: "루미나페이", "그린페이" of "그린페이가"). `cut` otherwise.
int KoreanOpenSyllableNameEnd(std::string_view word, int cut);

}  // namespace hirewire::extract
