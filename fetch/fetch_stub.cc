// PLACEHOLDER until the crawler lands (issue 6).
namespace hirewire::fetch {
int FetchLibraryLinked() { return 1; }
}  // namespace hirewire::fetch
