// PLACEHOLDER until paragraph dedup lands (issue 5).
#include "normalize/dedup.h"
namespace hirewire::normalize {
void DedupParagraphs(Article*, const DedupOptions&) {}
}  // namespace hirewire::normalize
