// PLACEHOLDER until the entity recognizer lands (issue 4).
#include "extract/entities.h"

namespace hirewire::extract {
struct EntityRecognizer::Impl {};
EntityRecognizer::EntityRecognizer() : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Create() {
  return std::unique_ptr<EntityRecognizer>(new EntityRecognizer());
}
std::vector<Entity> EntityRecognizer::Recognize(const Article&) const { return {}; }
}  // namespace hirewire::extract
