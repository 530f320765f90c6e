#!/usr/bin/env python3
"""How many gold event dates `parallax timex` finds with the gold value.

Usage: eval/timeline_dates.py GOLD.jsonl ARTICLE.txt [--verbose]

For each gold line, the `date_text` is located inside its `sentence` in the article; it counts as found
when a timex printed by `./parallax timex ARTICLE` overlaps those characters and has the gold value
(a range {"from","to"} is compared as "from/to"). Gold dates whose words are not a time expression
("Upon hearing of the fall of Puebla") count as misses: the figure is a plain share of all gold lines.
"""
import json
import subprocess
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    gold_path, article = argv[1], argv[2]
    verbose = "--verbose" in argv
    text = open(article, encoding="utf-8").read()
    out = subprocess.run(["./parallax", "timex", article], capture_output=True, text=True, check=True).stdout
    timexes = [json.loads(line) for line in out.splitlines() if line.strip()]
    found = total = 0
    for line in open(gold_path, encoding="utf-8"):
        gold = json.loads(line)
        total += 1
        value = gold["date"] if isinstance(gold["date"], str) else gold["date"]["from"] + "/" + gold["date"]["to"]
        s = text.find(gold["sentence"])
        d = gold["sentence"].find(gold["date_text"]) if s >= 0 else -1
        if d < 0:
            if verbose:
                print("NOT LOCATED", gold["date_text"], "|", gold["sentence"][:80])
            continue
        start = s + d
        end = start + len(gold["date_text"])
        hits = [t for t in timexes if t["start"] < end and start < t["end"]]
        if any(t["value"] == value for t in hits):
            found += 1
        elif verbose:
            print("MISS", value, "|", gold["date_text"], "|", [(t["text"], t["value"]) for t in hits])
    print(f"timeline dates: {found}/{total} = {found / total:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
