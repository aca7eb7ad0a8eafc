// Fuzz target for the pure text utilities of extract: DecodeToUtf8 (with a transport label
// picked by the first byte), ParseDate, CleanAuthors/FindBylineInText/IsBylineParagraph and
// DetectLanguage. Invariants: decoded text is valid UTF-8; a parsed date formats and
// round-trips through its own parser.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/bylines.h"
#include "extract/dates.h"
#include "extract/decode.h"
#include "extract/language.h"

namespace {
constexpr size_t kMaxInput = 256u << 10;
constexpr const char* kLabels[] = {"",
                                   "text/html; charset=utf-8",
                                   "text/html; charset=euc-kr",
                                   "text/html; charset=shift_jis",
                                   "text/html; charset=gb18030",
                                   "text/html; charset=big5",
                                   "text/html; charset=iso-8859-1",
                                   "text/html; charset=utf-16"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace hirewire::extract;
  if (size == 0 || size > kMaxInput) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const char* label = kLabels[data[0] % (sizeof(kLabels) / sizeof(kLabels[0]))];
  auto decoded = DecodeToUtf8(bytes.substr(1), label);
  if (!decoded.ok() || !IsValidUtf8(decoded->text)) std::abort();
  const std::string& text = decoded->text;

  if (auto d = ParseDate(text)) {
    std::string iso = d->FormatIso();
    auto again = ParseDate(iso);
    if (!again || again->FormatIso() != iso) std::abort();
  }
  (void)CleanAuthors({text}, "site");
  (void)FindBylineInText(text);
  (void)IsBylineParagraph(text);
  (void)StripLeadingByline(text);
  (void)DetectLanguage(text, "ko-KR");
  return 0;
}
