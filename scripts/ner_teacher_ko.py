#!/usr/bin/python3
"""A slower Korean NER teacher for uptraining the perceptron tagger (docs/ner.md, issue 11).

Character-level BiLSTM-CRF over KLUE-NER tags (PS, OG, LC, DT, TI, QT in BIO). Inputs per character:
an embedding of the character (initialised from fastText skip-gram vectors trained on the unlabelled
ko-raw sentences, characters as tokens), embeddings of the left and right character bigrams, and a
one-hot character class. Training-only tool: needs Debian's python3-torch and fasttext; nothing at
extraction time uses it.

Folds follow hirewire-train-ner: KLUE sentence i with i % 5 == 4 is the held-out set (never read
here beyond skipping it); the training sentences are indexed j = 0.. in order, and --fold K scores
j % 5 == K and trains on the rest. --fold -1 trains on every training sentence.

  LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-serial \
  nice -n 19 /usr/bin/python3 scripts/ner_teacher_ko.py --fold 3 --label OUT.tsv
writes the teacher's fold-3 scores (PS/OG P/R/F1 on the scored fold) and, with --label, the ko-raw
sentences tagged in the KLUE format that hirewire-train-ner --extra-ko reads ("## id<TAB>conf"
header, one "char<TAB>tag" line per character, blank line after each sentence; conf is the
probability of the whole Viterbi path, for confidence filtering).

Debian's python3-torch links the generic reference BLAS (libblas.so.3): its LSTM is ~20x slower than
with OpenBLAS. Install libopenblas0-serial and point LD_LIBRARY_PATH at its directory (as above) rather
than switching the system-wide libblas alternative.
"""
import argparse
import collections
import math
import os
import random
import subprocess
import sys
import tempfile
import time

import torch
import torch.nn as nn

TYPES = ["PS", "OG", "LC", "DT", "TI", "QT"]
TAGS = ["O"] + [p + "-" + t for t in TYPES for p in ("B", "I")]
TAG_ID = {t: i for i, t in enumerate(TAGS)}


def read_klue(path):
    """Sentences of the KLUE file as (id, chars, tag ids), in file order."""
    out, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("## "):
                if cur and cur[1]:
                    out.append(cur)
                cur = (line[3:].split("\t")[0], [], [])
                continue
            if not line:
                if cur and cur[1]:
                    out.append(cur)
                cur = None
                continue
            if cur is None:
                continue
            tab = line.rfind("\t")
            ch, tag = line[:tab] or " ", line[tab + 1:]
            cur[1].append(ch)
            cur[2].append(TAG_ID.get(tag, 0))
    if cur and cur[1]:
        out.append(cur)
    return out


def read_raw(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" not in line:
                continue
            sid, text = line.split("\t", 1)
            if text:
                out.append((sid, list(text)))
    return out


def char_class(c):
    o = ord(c)
    if c == " ":
        return 0
    if 0xAC00 <= o <= 0xD7A3:
        return 1
    if "A" <= c <= "Z":
        return 2
    if "a" <= c <= "z":
        return 3
    if "0" <= c <= "9":
        return 4
    if 0x4E00 <= o <= 0x9FFF:
        return 5
    if c in "()[]{}<>\"'“”‘’《》「」『』【】":
        return 6
    if c in ".,!?·~…:;":
        return 7
    if c in "-&+_/":
        return 8
    return 9


NUM_CLASSES = 10
GAZ_CLASSES = ["PER", "ORG", "LOC", "OTHER"]
GAZ_DIM = len(GAZ_CLASSES) * 4 + 1  # B/I/E/S per class, and "starts a word"
MAX_FORM = 12


def gaz_class(label):
    if label.startswith("PS_NAME") or label.startswith("PS_CHARACTER"):
        return 0
    if label.startswith("OGG"):
        return 1
    if label.startswith("LC"):
        return 2
    return 3


def read_gazetteer(path):
    """konne's form/label/frequency table: form -> classes holding >= 25% of its uses (as the tagger's)."""
    freq = collections.defaultdict(lambda: [0, 0, 0, 0])
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[0]:
                continue
            freq[parts[0]][gaz_class(parts[1])] += int(parts[2])
    out = {}
    for form, counts in freq.items():
        total = sum(counts)
        classes = [k for k in range(4) if counts[k] * 4 >= total]
        if classes and len(form) <= MAX_FORM:
            out[form] = classes
    return out


def gaz_features(chars, gaz):
    """Per character: longest gazetteer match per class starting at a word start, marked B/I/E/S."""
    n = len(chars)
    feats = [[0.0] * GAZ_DIM for _ in range(n)]
    text = "".join(chars)
    for i in range(n):
        start = i == 0 or chars[i - 1] == " " or char_class(chars[i - 1]) in (6, 7)
        if not start or chars[i] == " ":
            continue
        feats[i][GAZ_DIM - 1] = 1.0
        best = {}
        for L in range(1, min(MAX_FORM, n - i) + 1):
            for k in gaz.get(text[i:i + L], ()):
                best[k] = L
        for k, L in best.items():
            if L == 1:
                feats[i][4 * k + 3] = 1.0
                continue
            feats[i][4 * k] = 1.0
            for j in range(i + 1, i + L - 1):
                feats[j][4 * k + 1] = 1.0
            feats[i + L - 1][4 * k + 2] = 1.0
    return feats


def spans(tags):
    """Exact (start, end, type) spans of a BIO tag-id sequence (an I after another type starts one)."""
    out, start, typ = [], None, None
    for i, t in enumerate(list(tags) + [0]):
        name = TAGS[t]
        if start is not None and (name == "O" or name.startswith("B-") or name[2:] != typ):
            out.append((start, i, typ))
            start = None
        if name != "O" and start is None:
            start, typ = i, name[2:]
    return out


def score(golds, preds):
    res = {}
    for typ in ("PS", "OG"):
        tp = fp = fn = 0
        for g, p in zip(golds, preds):
            gs = {s for s in spans(g) if s[2] == typ}
            ps = {s for s in spans(p) if s[2] == typ}
            tp += len(gs & ps)
            fp += len(ps - gs)
            fn += len(gs - ps)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        res[typ] = (100 * pr, 100 * rc, 100 * f1, tp + fn)
    return res


def fasttext_vectors(raw, dim, workdir, seed):
    """fastText skip-gram vectors of characters (spaces as ▁) over the unlabelled sentences."""
    txt = os.path.join(workdir, "chars.txt")
    with open(txt, "w", encoding="utf-8") as f:
        for _, chars in raw:
            f.write(" ".join("▁" if c == " " else c for c in chars) + "\n")
    out = os.path.join(workdir, "chars")
    subprocess.run(["fasttext", "skipgram", "-input", txt, "-output", out, "-dim", str(dim), "-ws", "3",
                    "-epoch", "5", "-minCount", "2", "-minn", "0", "-maxn", "0", "-thread", "1", "-seed",
                    str(seed), "-verbose", "0"], check=True)
    vecs = {}
    with open(out + ".vec", encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip().split(" ")
            if len(parts) != dim + 1:
                continue
            vecs[" " if parts[0] == "▁" else parts[0]] = [float(x) for x in parts[1:]]
    return vecs


class Vocab:
    def __init__(self, counts, min_count):
        self.ids = {"<unk>": 0}
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= min_count:
                self.ids[k] = len(self.ids)

    def get(self, k):
        return self.ids.get(k, 0)

    def __len__(self):
        return len(self.ids)


def bigrams(chars):
    padded = ["<s>"] + chars + ["</s>"]
    return [padded[i] + padded[i + 1] for i in range(len(padded) - 1)]  # n + 1 bigrams


class Encoder:
    def __init__(self, cv, bv, gaz):
        self.cv, self.bv, self.gaz = cv, bv, gaz
        self.cache = {}

    def encode(self, chars):
        key = id(chars)
        if key in self.cache:
            return self.cache[key]
        bg = bigrams(chars)
        out = ([self.cv.get(c) for c in chars], [self.bv.get(b) for b in bg[:-1]],
               [self.bv.get(b) for b in bg[1:]], [char_class(c) for c in chars],
               gaz_features(chars, self.gaz) if self.gaz is not None else [[0.0] * GAZ_DIM] * len(chars))
        self.cache[key] = out
        return out


class BiLstmCrf(nn.Module):
    def __init__(self, n_chars, n_bigrams, char_dim, bigram_dim, hidden, dropout):
        super().__init__()
        self.char = nn.Embedding(n_chars, char_dim)
        self.bigram = nn.Embedding(n_bigrams, bigram_dim)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(char_dim + 2 * bigram_dim + NUM_CLASSES + GAZ_DIM, hidden, batch_first=True,
                            bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        n = len(TAGS)
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        allowed = torch.ones(n, n, dtype=torch.bool)
        start_ok = torch.ones(n, dtype=torch.bool)
        for j, tj in enumerate(TAGS):
            if tj.startswith("I-"):
                start_ok[j] = False
                for i, ti in enumerate(TAGS):
                    allowed[i, j] = ti != "O" and ti[2:] == tj[2:]
        self.register_buffer("mask_trans", torch.where(allowed, 0.0, -1e4))
        self.register_buffer("mask_start", torch.where(start_ok, 0.0, -1e4))

    def emissions(self, c, bl, br, cls, gz, lengths):
        x = torch.cat([self.char(c), self.bigram(bl), self.bigram(br),
                       nn.functional.one_hot(cls, NUM_CLASSES).float(), gz], dim=-1)
        x = self.drop(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=c.shape[1])
        return self.out(self.drop(h))

    def _trans(self):
        return self.trans + self.mask_trans, self.start + self.mask_start

    def log_z(self, em, mask):
        trans, start = self._trans()
        alpha = start + em[:, 0]
        for t in range(1, em.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, t]
            m = mask[:, t].unsqueeze(1)
            alpha = torch.where(m, nxt, alpha)
        return torch.logsumexp(alpha, dim=1)

    def path_score(self, em, tags, mask):
        trans, start = self._trans()
        emit = (em.gather(2, tags.unsqueeze(2)).squeeze(2) * mask).sum(dim=1)
        steps = trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]
        return start[tags[:, 0]] + emit + steps.sum(dim=1)

    def viterbi(self, em, lengths):
        trans, start = self._trans()
        b, n, k = em.shape
        score = start + em[:, 0]
        back = []
        for t in range(1, n):
            cand = score.unsqueeze(2) + trans.unsqueeze(0)
            best, arg = cand.max(dim=1)
            nxt = best + em[:, t]
            m = torch.tensor([t < L for L in lengths]).unsqueeze(1)
            score = torch.where(m, nxt, score)
            back.append(arg)
        paths = []
        for i in range(b):
            L = lengths[i]
            last = int(score[i].argmax())
            path = [last]
            for t in range(L - 1, 0, -1):
                last = int(back[t - 1][i, last])
                path.append(last)
            paths.append(path[::-1])
        return paths, score.max(dim=1).values


def batchify(items, enc, with_tags):
    lengths = [len(x[1]) for x in items]
    n = max(lengths)
    b = len(items)
    c = torch.zeros(b, n, dtype=torch.long)
    bl = torch.zeros(b, n, dtype=torch.long)
    br = torch.zeros(b, n, dtype=torch.long)
    cls = torch.zeros(b, n, dtype=torch.long)
    tags = torch.zeros(b, n, dtype=torch.long)
    mask = torch.zeros(b, n, dtype=torch.bool)
    gz = torch.zeros(b, n, GAZ_DIM)
    for i, it in enumerate(items):
        ci, bli, bri, cli, gzi = enc.encode(it[1])
        L = len(ci)
        c[i, :L] = torch.tensor(ci)
        bl[i, :L] = torch.tensor(bli)
        br[i, :L] = torch.tensor(bri)
        cls[i, :L] = torch.tensor(cli)
        mask[i, :L] = True
        gz[i, :L] = torch.tensor(gzi)
        if with_tags:
            tags[i, :L] = torch.tensor(it[2])
    return c, bl, br, cls, gz, tags, mask, lengths


def length_batches(items, size, rng):
    order = sorted(range(len(items)), key=lambda i: (len(items[i][1]), rng.random()))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    return groups


def train(model, data, enc, args):
    rng = random.Random(args.seed)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    for epoch in range(args.epochs):
        model.train()
        total, t0 = 0.0, time.time()
        for group in length_batches(data, args.batch, rng):
            c, bl, br, cls, gz, tags, mask, lengths = batchify([data[i] for i in group], enc, True)
            em = model.emissions(c, bl, br, cls, gz, lengths)
            loss = (model.log_z(em, mask) - model.path_score(em, tags, mask)).sum() / len(group)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss) * len(group)
        print(f"epoch {epoch + 1}: loss {total / len(data):.3f} ({time.time() - t0:.0f} s)", file=sys.stderr,
              flush=True)


def predict(model, items, enc, batch=64):
    """Viterbi paths and the probability of each path (exp(path score - log Z))."""
    model.eval()
    paths, probs = [None] * len(items), [0.0] * len(items)
    order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
    with torch.no_grad():
        for k in range(0, len(order), batch):
            group = order[k:k + batch]
            c, bl, br, cls, gz, _, mask, lengths = batchify([items[i] for i in group], enc, False)
            em = model.emissions(c, bl, br, cls, gz, lengths)
            ps, best = model.viterbi(em, lengths)
            logz = model.log_z(em, mask)
            for j, i in enumerate(group):
                paths[i] = ps[j]
                probs[i] = math.exp(min(0.0, float(best[j] - logz[j])))
    return paths, probs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--fold", type=int, default=3, help="scored fold of the training sentences; -1 = none")
    ap.add_argument("--label", default="", help="write ko-raw tagged by the teacher to this file")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--hidden", type=int, default=150)
    ap.add_argument("--char-dim", type=int, default=100)
    ap.add_argument("--bigram-dim", type=int, default=50)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--no-pretrain", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true", help="no konne gazetteer features")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save-pred", default="", help="write the scored fold's predictions (KLUE format)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    random.seed(args.seed)

    ner = os.path.join(args.shared, "ner")
    every = read_klue(os.path.join(ner, "klue-ner", "klue-ner-v1.1-dev-train-split.tsv"))
    training = [s for i, s in enumerate(every) if i % 5 != 4]  # i % 5 == 4: held out, never used
    fit = [s for j, s in enumerate(training) if j % 5 != args.fold]
    dev = [s for j, s in enumerate(training) if j % 5 == args.fold]
    raw = read_raw(os.path.join(ner, "ko-raw", "klue-train-raw-sentences.txt"))
    print(f"fit {len(fit)}, scored {len(dev)}, raw {len(raw)}", file=sys.stderr)

    cc, bc = collections.Counter(), collections.Counter()
    for s in fit + raw:
        cc.update(s[1])
        bc.update(bigrams(s[1]))
    cv, bv = Vocab(cc, 2), Vocab(bc, 2)
    gaz = None if args.no_gazetteer else read_gazetteer(os.path.join(ner, "konne", "ne_form_label_train_freq.tsv"))
    enc = Encoder(cv, bv, gaz)
    model = BiLstmCrf(len(cv), len(bv), args.char_dim, args.bigram_dim, args.hidden, args.dropout)
    if not args.no_pretrain:
        with tempfile.TemporaryDirectory() as tmp:
            vecs = fasttext_vectors(raw, args.char_dim, tmp, args.seed)
        with torch.no_grad():
            hit = 0
            for ch, i in cv.ids.items():
                if ch in vecs:
                    model.char.weight[i] = torch.tensor(vecs[ch])
                    hit += 1
        print(f"chars {len(cv)} ({hit} pretrained), bigrams {len(bv)}", file=sys.stderr)
    t0 = time.time()
    train(model, fit, enc, args)
    print(f"training: {time.time() - t0:.0f} s, {len(fit) * args.epochs / (time.time() - t0):.1f} sentences/s",
          file=sys.stderr)
    if dev:
        t0 = time.time()
        preds, _ = predict(model, dev, enc)
        dt = time.time() - t0
        res = score([s[2] for s in dev], preds)
        for typ in ("PS", "OG"):
            p, r, f, n = res[typ]
            print(f"teacher fold {args.fold} {typ}: P {p:.1f} R {r:.1f} F1 {f:.1f} ({n} gold)")
        print(f"tagging: {len(dev) / dt:.0f} sentences/s", file=sys.stderr)
        if args.save_pred:
            write_klue(args.save_pred, dev, preds, [1.0] * len(dev))
    if args.label:
        t0 = time.time()
        preds, probs = predict(model, raw, enc)
        print(f"labelled {len(raw)} raw sentences in {time.time() - t0:.0f} s", file=sys.stderr)
        write_klue(args.label, raw, preds, probs)


def write_klue(path, items, preds, probs):
    with open(path, "w", encoding="utf-8") as f:
        for it, p, pr in zip(items, preds, probs):
            f.write(f"## {it[0]}\t{pr:.4f}\n")
            for ch, t in zip(it[1], p):
                f.write(f"{ch}\t{TAGS[t]}\n")
            f.write("\n")


if __name__ == "__main__":
    main()
