"""Run in the Translate Toolkit's own virtualenv ($TTK_VENV) only (the Translate Toolkit is GPL: never imported by workbench).

Reads {"memory": [[source, target], ...], "queries": [...], "cutoff": N} from the JSON file
given as argument; prints {"build": seconds, "median": seconds} for translate.search.match.
"""

import json
import statistics
import sys
import time

from translate.search import match
from translate.storage import po


def main() -> None:
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    store = po.pofile()
    for source, target in data["memory"]:
        unit = store.addsourceunit(source)
        unit.target = target
    started = time.perf_counter()
    matcher = match.matcher(store, max_candidates=5, min_similarity=data["cutoff"], max_length=2000)
    build = time.perf_counter() - started
    timings = []
    for text in data["queries"]:
        started = time.perf_counter()
        matcher.matches(text)
        timings.append(time.perf_counter() - started)
    print(json.dumps({"build": build, "median": statistics.median(timings)}))


main()
