#!/usr/bin/env bash
# Trains the PER/ORG tagger from ../shared/ner/ and writes extract/models/ner.bin (embedded into
# the library at build time). Reproducible: fixed seed, no network; trains twice and checks the
# two model files are byte-identical. See docs/ner.md.
#
#   scripts/train_ner.sh [BUILD_DIR]        (default: build)
# Needs the Debian package wamerican-large (/usr/share/dict/american-english-large).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SHARED="${HIREWIRE_SHARED_DIR:-$ROOT/../shared}"
if [[ ! -f "$BUILD/build.ninja" && ! -f "$BUILD/Makefile" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja >/dev/null
fi
cmake --build "$BUILD" --target hirewire-train-ner -- -j2
TOOL="$BUILD/extract/hirewire-train-ner"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
# News sentences from the entity batches (gold surfaces projected onto spans; docs/ner.md). The
# held-out batches are never listed here: every batch until the session that measured it blind
# has passed (entities-fundus never). Korean and Japanese train on NEWS_BATCHES, Chinese on
# NEWS_BATCHES_ZH, English on NEWS_BATCHES_EN: more English news lowered EWT PER and lost an
# apposition probe (docs/ner.md, twenty-second session), more Chinese news lowered zh PER under its
# floor (twenty-fifth session). All three are the fourteenth session's list, so the script gives the
# shipped model. Each can be set from the environment to measure a retrain, with TRAIN_NER_ARGS for
# the tool (a longer list needs `--prune-ko 1.2` to keep the model's size); the retrains with the news
# up to entities-b25 (twenty-fourth session) and up to entities-b29 without b22/b23 (twenty-fifth)
# were measured that way and not shipped (docs/ner.md).
SHIPPED_NEWS="entities-b2 entities-b3 entities-b4 entities-b5 entities-b6 entities-b7 entities-b8 entities-b9
              entities-b10 entities-b11 entities-d7 entities-d8 entities-d9 entities-d10 entities-d11"
NEWS_BATCHES="${NEWS_BATCHES:-$SHIPPED_NEWS}"
NEWS_BATCHES_ZH="${NEWS_BATCHES_ZH:-$NEWS_BATCHES}"
NEWS_BATCHES_EN="${NEWS_BATCHES_EN:-$SHIPPED_NEWS}"
read -r -a EXTRA_ARGS <<< "${TRAIN_NER_ARGS:-}"
project() {  # project OUT BATCH...
  local out="$1"
  shift
  python3 scripts/project_entity_batches.py "$out" $(for b in "$@"; do echo "tests/data/$b"; done)
}
project "$TMP/news" $NEWS_BATCHES
project "$TMP/news-zh" $NEWS_BATCHES_ZH
project "$TMP/news-en" $NEWS_BATCHES_EN
cp "$TMP/news-zh/zh.bio" "$TMP/news/zh.bio"
cp "$TMP/news-en/en.bio" "$TMP/news/en.bio"
"$TOOL" --shared "$SHARED" --out "$TMP/a.bin" --news "$TMP/news" "${EXTRA_ARGS[@]}"
"$TOOL" --shared "$SHARED" --out "$TMP/b.bin" --news "$TMP/news" "${EXTRA_ARGS[@]}" --no-eval 2>/dev/null
if ! cmp -s "$TMP/a.bin" "$TMP/b.bin"; then
  echo "train_ner: two runs gave different model bytes" >&2
  exit 1
fi
echo "train_ner: reproducible ($(sha256sum "$TMP/a.bin" | cut -c1-16), $(stat -c %s "$TMP/a.bin") bytes)"
cp "$TMP/a.bin" "$ROOT/extract/models/ner.bin"
echo "wrote extract/models/ner.bin; rebuild to embed it"
