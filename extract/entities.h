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

class EntityRecognizer {
 public:
  static Result<std::unique_ptr<EntityRecognizer>> Create();
  ~EntityRecognizer();

  // One Entity per distinct entity in the article's paragraphs.
  std::vector<Entity> Recognize(const Article& article) const;

 private:
  EntityRecognizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hirewire::extract
