// Statistical named-entity tagger (persons and organizations) for Korean, English, Japanese and
// Chinese sentences.
//
// An averaged structured perceptron over BIO tags with hashed features (character n-grams,
// word shape, cue words, gazetteer hits) and first-order Viterbi decoding. Korean is tagged per
// character (KLUE-NER style), Japanese and Chinese per character, English per whitespace/punctuation token
// (Universal NER style). The model is a flat binary blob (sorted feature hashes + quantized weights), built
// into the library at compile time (see Embedded()) so the CLI needs no data path; loading points into the
// blob and builds a 512 KB gazetteer presence filter (about 4 ms).
//
// Thread-safety: a NerTagger is immutable after Load(); Tag() is const and may be called from any
// number of threads at once. Each thread that tags keeps a 1 MB cache of recently used weight rows
// (thread_local; exact, emptied when the thread switches to another model).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::extract {

// One entity span found by the tagger.
struct TaggedSpan {
  int start = 0;       // UTF-8 byte offset into the tagged text (inclusive)
  int end = 0;         // UTF-8 byte offset (exclusive)
  std::string type;    // "PER" or "ORG"
  double score = 0.0;  // confidence in (0, 1]: a margin-based squash of the span's Viterbi score
};

class NerTagger {
 public:
  // Parses a model blob (the format written by Serialize()/hirewire-train-ner). The bytes must
  // outlive the tagger when `copy` is false (e.g. the embedded model, an mmap).
  static Result<std::unique_ptr<NerTagger>> Load(std::string_view model_bytes, bool copy = true);

  // The model built into the library (extract/models/ner.bin), or nullptr if none was built in
  // or it failed to load. Loaded once, lazily, thread-safe.
  static const NerTagger* Embedded();

  ~NerTagger();

  // Tags one sentence or paragraph. `lang` is "ko", "en", "ja" or "zh" (anything else: the Korean
  // model). Text longer than kMaxInputBytes is tagged in chunks. Invalid UTF-8
  // bytes are treated as single opaque characters. Output spans are sorted, non-overlapping.
  std::vector<TaggedSpan> Tag(std::string_view text_utf8, std::string_view lang) const;

  static constexpr size_t kMaxInputBytes = 1 << 16;

  // Model introspection (for tools/tests).
  size_t NumFeatures() const;

  // Gazetteer classes of a Korean surface form as built into the model from KoNNE's form/label
  // table (ner::GazClass bits, plus ner::kGazStrongPer << class when the form is frequent and
  // nearly always of that class; see extract/ner_features.h); 0 if the form is not listed.
  uint32_t KoreanGazetteerClasses(std::string_view form) const;
  // Classes (ner::GazClass bits) of an English form (words joined by one space, any ASCII case)
  // in the English gazetteer built into the model (extract/models/en_gazetteer.tsv: first and last
  // names, companies, organizations, places); 0 if not listed.
  uint32_t EnglishGazetteerClasses(std::string_view form) const;
  // What the model knows of one English word (any ASCII case): whether the word list
  // (wamerican-large) holds it in lower case (a common word) and/or capitalized (a name), and the
  // embedding-based type guess of its cluster (extract/models/en_clusters.tsv.gz: kind 0 common
  // word, 1 person, 2 organization, 3 place; confidence 0-3; known false when not clustered).
  struct EnglishWord {
    bool lower = false, cap = false, known = false;
    int kind = 0, confidence = 0;
  };
  EnglishWord EnglishWordInfo(std::string_view word) const;

 private:
  NerTagger();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend class NerTrainer;
};

}  // namespace hirewire::extract
