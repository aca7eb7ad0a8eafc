// Small ASCII helpers for protocol text (HTTP and WARC headers) shared by corpus and fetch.
//
// Thread-safety: pure functions.
#pragma once

#include <cctype>
#include <string_view>

namespace hirewire {

// ASCII case-insensitive equality (header names).
inline bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// Drops leading spaces/tabs and trailing spaces/tabs/CR/LF (header lines and values).
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

}  // namespace hirewire
