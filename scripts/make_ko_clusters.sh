#!/usr/bin/env bash
# Regenerates extract/models/ko_clusters.tsv.gz (Korean word clusters for the NER tagger): the
# eojeol stems of KLUE's unlabelled train sentences (../shared/ner/ko-raw, CC BY-SA 4.0), cut by
# the tagger's own word/stem split, get fastText skip-gram vectors with character n-grams (Debian
# package fasttext, one thread and a fixed seed: reproducible), clustered by
# hirewire-make-clusters into 4-level paths. The labelled KLUE sentences are left out of the text
# (--ko-stems-klue 1 adds the training ones): with them every training stem has a cluster while
# unseen text has unknown stems, and tune CV OG fell 71.0 -> 69.1 (docs/ner.md). The output is
# committed, so scripts/train_ner.sh needs no fastText.
#
#   scripts/make_ko_clusters.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SHARED="${HIREWIRE_SHARED_DIR:-$ROOT/../shared}"
if ! command -v fasttext >/dev/null; then
  echo "make_ko_clusters: needs the Debian package fasttext (scripts/setup.sh)" >&2
  exit 1
fi
if [[ ! -f "$BUILD/build.ninja" && ! -f "$BUILD/Makefile" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja >/dev/null
fi
cmake --build "$BUILD" --target hirewire-train-ner hirewire-make-clusters -- -j2
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
"$BUILD/extract/hirewire-train-ner" --shared "$SHARED" --write-ko-stems "$TMP/stems.txt"
fasttext skipgram -input "$TMP/stems.txt" -output "$TMP/ko" -dim 100 -ws 5 -epoch 10 -minCount 1 \
  -minn 1 -maxn 3 -bucket 200000 -thread 1 -seed 0 -verbose 1
"$BUILD/extract/hirewire-make-clusters" --vec "$TMP/ko.vec" --out extract/models/ko_clusters.tsv.gz \
  --words 1000000 --comment "stem<TAB>4-level cluster path (hex); fastText skip-gram vectors of the stems of KLUE NER train-split sentences (ko-raw, CC BY-SA 4.0); see extract/models/NOTICE.md"
echo "wrote extract/models/ko_clusters.tsv.gz; run scripts/train_ner.sh to retrain the tagger"
