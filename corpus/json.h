// JSON (JSON Lines) form of the records. Field names are a public contract: see docs/json.md.
// Offsets are written as Unicode code point offsets into the paragraph (records hold bytes).
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "corpus/records.h"
#include "corpus/status.h"

namespace hirewire {

// One line of JSON, no trailing newline. Keys in a fixed order; output is deterministic.
std::string ArticleToJson(const Article& article);
std::string AmountToJson(const Amount& amount, const std::vector<std::string>& paragraphs);
std::string EntityToJson(const Entity& entity, const std::vector<std::string>& paragraphs);
std::string EventToJson(const Event& event, const std::vector<std::string>& paragraphs);

// Parses one line written by ArticleToJson (code point offsets back to bytes).
// InvalidArgument when `json` is not an object with a "paragraphs" array (not an article).
Result<Article> ArticleFromJson(std::string_view json);

// Offset conversions for a UTF-8 string. Out-of-range inputs are clamped.
int ByteToCodePointOffset(std::string_view utf8, int byte_offset);
int CodePointToByteOffset(std::string_view utf8, int cp_offset);

}  // namespace hirewire
