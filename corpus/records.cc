#include "corpus/records.h"

namespace hirewire {

std::string Article::Text() const {
  std::string out;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) out += "\n\n";
    out += paragraphs[i];
  }
  return out;
}

}  // namespace hirewire
