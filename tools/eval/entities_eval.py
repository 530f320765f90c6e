#!/usr/bin/env python3
"""Recall of gold places, actors and figures in the gold sentences of a timeline file.

usage: tools/eval/entities_eval.py GOLD.jsonl CORPUS_FILE ENTITIES.jsonl [PLACE_REFERENCE.tsv]
ENTITIES.jsonl is the output of `parallax entities CORPUS_FILE`. A gold place counts when a resolved
place mention of the sentence has the same folded name (or contains it) and, when a place reference is given (tools/eval/place-reference.tsv), is
resolved within 50 km of the reference coordinates or to one of the readings the reference accepts
(a country, a division of that name); a gold place missing from the reference counts as wrong. A gold
actor counts when an actor mention of the sentence has the same folded name or one is a word-suffix of
the other; a gold figure when a figure of the sentence, or of a later sentence of its paragraph, has the same
value and unit.
"""
import json, math, re, sys, unicodedata

def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'[\s\-_]+', ' ', s).strip()

gold_path, corpus, system = sys.argv[1:4]
reference = None
if len(sys.argv) > 4:
    reference = {}
    for row in open(sys.argv[4], encoding='utf-8'):
        if row.startswith('#') or not row.strip():
            continue
        f = row.rstrip('\n').split('\t')
        reference[fold(f[0])] = (float(f[1]), float(f[2]), f[3].split() if len(f) > 3 else [])


def km(a, b, c, d):
    p1, p2, dl = math.radians(a), math.radians(c), math.radians(d - b)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def right_place(gold_name, x):
    if reference is None:
        return True
    ref = reference.get(fold(gold_name))
    if ref is None:
        return False
    lat, lon, also = ref
    if km(lat, lon, x['lat'], x['lon']) <= 50:
        return True
    return any(a == f"{x['feature']}:{x.get('country') or ''}" for a in also)


def names(x):
    return [fold(x['name'])] + ([fold(x['refers_to'])] if x.get('refers_to') else [])
text = open(corpus, encoding='utf-8').read()
places, figures, actors = [], [], []
for line in open(system, encoding='utf-8'):
    d = json.loads(line)
    if d['kind'] == 'place':
        places.append(d)
    elif d['kind'] == 'figure':
        figures.append(d)
    else:
        for m in d['mentions']:
            actors.append((m['span'][0], m['span'][1], m['text']))

counts = {k: [0, 0] for k in ('places', 'actors', 'figures')}
misses = []
for line in open(gold_path, encoding='utf-8'):
    g = json.loads(line)
    start = text.find(g['sentence'])
    if start < 0:
        start = text.find(g['sentence'][:60])  # the gold sentence may differ in spacing further on
    if start < 0:
        print('  sentence not found:', g['sentence'][:60])
        continue
    end = start + len(g['sentence'])
    inside = lambda s: start <= s[0] and s[1] <= end
    for p in g['places']:
        counts['places'][1] += 1
        ok = any(inside(x['span']) and x.get('geonameid') is not None and right_place(p, x)
                 and any(fold(p) in n or n in fold(p) for n in names(x)) for x in places)
        counts['places'][0] += ok
        ok or misses.append(('place', p, [(x['name'], x.get('resolved'), x.get('lat'), x.get('lon')) for x in places if inside(x['span'])]))
    for a in g['actors']:
        counts['actors'][1] += 1
        ok = any(inside((s, e)) and (fold(t) == fold(a) or fold(a).endswith(' ' + fold(t)) or fold(t).endswith(' ' + fold(a)))
                 for s, e, t in actors)
        counts['actors'][0] += ok
        ok or misses.append(('actor', a))
    # A gold figure may be written in a later sentence of the paragraph ("The French suffered 476 casualties").
    para_end = text.find('\n', end)
    para_end = len(text) if para_end < 0 else para_end
    for f in g['figures']:
        counts['figures'][1] += 1
        ok = any(start <= x['span'][0] and x['span'][1] <= para_end and abs(x['value'] - f['value']) < 1e-6 and x['unit'] == f['unit'] for x in figures)
        counts['figures'][0] += ok
        ok or misses.append(('figure', f['text'], f['unit']))
for k, (hit, total) in counts.items():
    print(f"{k}: {hit}/{total} = {100.0 * hit / max(total, 1):.1f}%")
for m in misses:
    print('  missed', *m)
