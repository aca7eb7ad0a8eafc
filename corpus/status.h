// Status and Result<T>: errors as values. No exceptions cross library boundaries.
//
// Thread-safety: values; copy freely.
#pragma once

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace hirewire {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the caller's input is malformed
  kNotFound,           // a file, record or key does not exist
  kIoError,            // the OS refused a read/write
  kCorrupt,            // data is present but damaged (torn gzip, bad WARC header)
  kUnsupported,        // a valid input we do not handle (unknown charset, ...)
  kResourceExhausted,  // a limit was hit (size, depth, overflow)
  kUnavailable,        // a network peer or service is not reachable now
  kInternal,           // a bug
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corrupt: truncated gzip member" or "ok".
  std::string ToString() const;

  bool operator==(const Status&) const = default;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result needs a non-ok Status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace hirewire

#define HW_RETURN_IF_ERROR(expr)        \
  do {                                  \
    ::hirewire::Status _hw_st = (expr); \
    if (!_hw_st.ok()) return _hw_st;    \
  } while (0)

namespace hirewire {

// A table compiled into the binary that does not parse is a build defect, not an input error:
// name it and abort. Used by the Default() instances of the embedded data tables.
template <typename T>
T EmbeddedOrDie(Result<T> parsed, const char* what) {
  if (!parsed.ok()) {
    std::fprintf(stderr, "hirewire: embedded %s: %s\n", what, parsed.status().ToString().c_str());
    std::abort();
  }
  return std::move(parsed).value();
}

}  // namespace hirewire
