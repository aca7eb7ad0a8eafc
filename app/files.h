// File helpers for the commands that keep state on disk (`hirewire nightly`): atomic writes
// of whole strings, whole-file reads,
// directory listing and an exclusive lock on a directory.
//
// Thread-safety: functions are reentrant; a DirLock is owned by one thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::app {

// Writes `data` through app/cli.h's OutputFile (a temp name beside `path`, fsynced, renamed
// over it), then fsyncs the directory. Readers see the old file or the new one, never a mix.
Status WriteFileAtomic(const std::string& path, std::string_view data);

Result<std::string> ReadFile(const std::string& path);
bool FileExists(const std::string& path);

// Creates the directory and its parents (mode 0755). Ok when it exists.
Status MakeDirs(const std::string& path);

// Names (not paths) of the entries of a directory, sorted; hidden entries skipped.
Result<std::vector<std::string>> ListDir(const std::string& dir);

// An exclusive advisory lock (flock) on `dir`/.lock, held until destruction. The kernel drops
// it when the process dies, so a killed run never leaves a stale lock.
class DirLock {
 public:
  // Unavailable naming the lock file when another process holds it.
  static Result<std::unique_ptr<DirLock>> Acquire(const std::string& dir);
  ~DirLock();

 private:
  explicit DirLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace hirewire::app
