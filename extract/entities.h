// People, companies, organizations and publications in Korean and English text, linked to
// canonical names.
//
// Thread-safety: an EntityRecognizer is immutable after Create(); share it across threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire::extract {

class EntityKeepModel;

struct EntityOptions {
  // The learned last step (extract/entity_keep.h): keep/drop and person/organization per entity.
  // Off for measurement (`hirewire entities --no-keep-model`).
  bool keep_model = true;
  // The model to apply; nullptr: the compiled-in table. Must outlive the recognizer.
  const EntityKeepModel* model = nullptr;
  // With the keep step: also offer it the tagger's spans under its score floor, which the passes
  // otherwise discard (leave-one-set-out: recall +0.2..1.1 points on the general-news sets).
  bool offer_low = true;
  // ... and the candidates an article-level check dropped (measured: mean held-out F1 -0.004,
  // the model keeps too many of them back; off).
  bool revive_dropped = false;
};

class EntityRecognizer {
 public:
  static Result<std::unique_ptr<EntityRecognizer>> Create(EntityOptions options = {});
  ~EntityRecognizer();

  // One Entity per distinct entity in the article's paragraphs.
  std::vector<Entity> Recognize(const Article& article) const;

  // Every entity the passes propose, before the keep step, and the keep features of each
  // (`(*features)[i]` for entity i): what hirewire-train-entities learns from.
  std::vector<Entity> Candidates(const Article& article,
                                 std::vector<std::vector<std::string>>* features) const;

 private:
  EntityRecognizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hirewire::extract
