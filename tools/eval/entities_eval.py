#!/usr/bin/env python3
"""Recall of gold places, actors and figures in the gold sentences of a timeline file.

usage: tools/eval/entities_eval.py GOLD.jsonl CORPUS_FILE ENTITIES.jsonl
ENTITIES.jsonl is the output of `parallax entities CORPUS_FILE`. A gold place counts when a resolved
place mention of the sentence has the same folded name (or contains it); a gold actor when an actor
mention of the sentence has the same folded name or one is a word-suffix of the other; a gold figure
when a figure of the sentence has the same value and unit. Coordinates are not checked here.
"""
import json, re, sys, unicodedata

def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'[\s\-_]+', ' ', s).strip()

gold_path, corpus, system = sys.argv[1:4]
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
        ok = any(inside(x['span']) and x.get('geonameid') is not None and fold(p) in fold(x['name']) or
                 inside(x['span']) and x.get('geonameid') is not None and fold(x['name']) in fold(p) for x in places)
        counts['places'][0] += ok
        ok or misses.append(('place', p))
    for a in g['actors']:
        counts['actors'][1] += 1
        ok = any(inside((s, e)) and (fold(t) == fold(a) or fold(a).endswith(' ' + fold(t)) or fold(t).endswith(' ' + fold(a)))
                 for s, e, t in actors)
        counts['actors'][0] += ok
        ok or misses.append(('actor', a))
    for f in g['figures']:
        counts['figures'][1] += 1
        ok = any(inside(x['span']) and abs(x['value'] - f['value']) < 1e-6 and x['unit'] == f['unit'] for x in figures)
        counts['figures'][0] += ok
        ok or misses.append(('figure', f['text'], f['unit']))
for k, (hit, total) in counts.items():
    print(f"{k}: {hit}/{total} = {100.0 * hit / max(total, 1):.1f}%")
for m in misses:
    print('  missed', *m)
