#!/usr/bin/env python3
"""Builds extract/data/ko_common_words.txt: Korean dictionary words of two to four Hangul
syllables (배터리, 시리즈, 이사회), from the Debian package hunspell-ko (hunspell-dict-ko, MPL-1.1 /
GPL-2+ / LGPL-2.1+; used here under the MPL-1.1). The entity recognizer does not take such a word
for a person's name on its shape alone, nor for the family name of a foreign name. The spelling dictionary also lists famous people (박근혜, 이순신): forms that KoNNE's
form table (../shared/ner) labels as a person, or that the alias dictionary lists as a person,
are left out. The output is committed; building needs neither the package nor this script.

    extract/tools/make_ko_common_words.py [ko.dic [ne_form_label_train_freq.tsv]] > extract/data/ko_common_words.txt
"""
import os, re, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
dic = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/hunspell/ko.dic'
konne = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', '..', '..', 'shared', 'ner', 'konne',
                                                           'ne_form_label_train_freq.tsv')
people = set()
with open(konne, encoding='utf-8') as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        if len(parts) >= 2 and parts[1].startswith('PS_'):
            people.add(parts[0])
with open(os.path.join(here, '..', 'data', 'aliases.tsv'), encoding='utf-8') as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        if len(parts) == 3 and parts[0] == 'person':
            people.update(parts[2].split('|'))
words = set()
with open(dic, encoding='utf-8') as f:
    next(f)  # the first line is the entry count
    for line in f:
        w = unicodedata.normalize('NFC', line.split('/')[0].strip())
        if re.fullmatch('[가-힣]{2,4}', w) and w not in people:
            words.add(w)
sys.stdout.write('# Korean dictionary words (2-4 syllables), from hunspell-dict-ko '
                 '(Debian hunspell-ko, MPL-1.1); built by extract/tools/make_ko_common_words.py; '
                 'see extract/models/NOTICE.md\n')
for w in sorted(words):
    sys.stdout.write(w + '\n')
