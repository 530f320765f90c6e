#!/usr/bin/env python3
"""A place-resolution report: every place name of a document, the place chosen and the alternatives.

usage: tools/eval/place_report.py ENTITIES.jsonl [JUDGEMENTS.tsv] > REPORT.md
ENTITIES.jsonl is the output of `parallax entities FILE`. One row per distinct (name, chosen place) with
the number of mentions, the chosen gazetteer entry (id, name, feature, country, coordinates, confidence)
and up to three alternatives. JUDGEMENTS.tsv (name<TAB>verdict<TAB>why, written by a reader of the
report, one row per `name@geonameid` or `name@unresolved`) marks readings as `wrong` or `ok`; a
reading that changes is not judged until a reader looks at it again; the report ends with the count of mentions judged wrong.
"""
import collections
import json
import sys


def main(argv):
    judged = {}
    if len(argv) > 2:
        for line in open(argv[2], encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            name, verdict, why = (line.rstrip('\n').split('\t') + ['', ''])[:3]
            judged[name] = (verdict, why)
    rows = collections.OrderedDict()
    doc = None
    for line in open(argv[1], encoding='utf-8'):
        d = json.loads(line)
        if d.get('kind') != 'place':
            continue
        doc = d['doc']
        key = (d['name'], d.get('geonameid'))
        row = rows.setdefault(key, {'n': 0, 'd': d})
        row['n'] += 1
    print(f'# Place resolution report: {doc}\n')
    print('| mentions | name | chosen | feature | country | lat, lon | confidence | alternatives | judgement |')
    print('|---:|---|---|---|---|---|---:|---|---|')
    wrong = unresolved = total = 0
    for (name, gid), row in sorted(rows.items(), key=lambda kv: kv[0][0].casefold()):
        d = row['d']
        total += row['n']
        alts = '; '.join(f"{a['name']} ({a['feature']} {a.get('country') or '-'})" for a in d.get('alternatives', [])[:3])
        if gid is None:
            unresolved += row['n']
            chosen, feature, country, where, conf = 'unresolved', '', '', '', ''
        else:
            chosen, feature, country = f"{d['resolved']} ({gid})", d['feature'], d.get('country') or '-'
            where, conf = f"{d['lat']:.3f}, {d['lon']:.3f}", f"{d['confidence']:.2f}"
        verdict, why = judged.get(f"{name}@{'unresolved' if gid is None else gid}", ('', ''))
        if verdict == 'wrong':
            wrong += row['n']
        print(f"| {row['n']} | {name} | {chosen} | {feature} | {country} | {where} | {conf} | {alts} | {verdict} {why} |")
    print(f'\n{total} place mentions, {len(rows)} distinct readings, {unresolved} mentions unresolved; '
          f'{wrong} mentions judged wrong by the reader.')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
