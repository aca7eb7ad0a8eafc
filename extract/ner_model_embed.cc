// The NER model file (extract/models/ner.bin) assembled into the library with .incbin, so the
// CLI needs no data path. extract/CMakeLists.txt defines HIREWIRE_NER_MODEL_PATH when the file
// exists and makes this object depend on it.
#include <string_view>

namespace hirewire::extract::ner {
std::string_view EmbeddedModelBytes();
}

#ifdef HIREWIRE_NER_MODEL_PATH
__asm__(
    ".section .rodata.hirewire_ner,\"a\",@progbits\n"
    ".balign 16\n"
    ".globl hirewire_ner_model_begin\n"
    "hirewire_ner_model_begin:\n"
    ".incbin \"" HIREWIRE_NER_MODEL_PATH
    "\"\n"
    ".globl hirewire_ner_model_end\n"
    "hirewire_ner_model_end:\n"
    ".byte 0\n"
    ".previous\n");
extern "C" const char hirewire_ner_model_begin[];
extern "C" const char hirewire_ner_model_end[];

std::string_view hirewire::extract::ner::EmbeddedModelBytes() {
  return std::string_view(hirewire_ner_model_begin,
                          static_cast<size_t>(hirewire_ner_model_end - hirewire_ner_model_begin));
}
#else
std::string_view hirewire::extract::ner::EmbeddedModelBytes() { return {}; }
#endif
