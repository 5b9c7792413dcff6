"""The disk's cells of a candidate search alone (issue 20): `geo.cells_within` in CPU time, no database.

Run `python -m bench.cells` from a tree (its `app` is the one measured). The points are bench.candidates' query
points (the same seed, the same warm-up then timed queries); each "search" asks for the cells of three reads, as
wide as a search's first read (500 m) and two typical widenings (900 m, 1,500 m), with the slack the search adds.
Prints the CPU time per search (`time.thread_time`), p50 and mean, after a warm-up over other points. Compare two
trees by running it from each, alternating: on a shared machine CPU time moves much less than wall time.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time

import numpy as np

READS_M = (500, 900, 1500)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=500)
    args = parser.parse_args(argv)
    sys.path.insert(0, os.getcwd())
    from app import clock, geo
    from app.matching import search
    from bench import candidates

    layout = candidates.make_layout(np.random.default_rng(candidates.DEFAULT_SEED))
    clock.set_time(candidates.NOW)
    query_rng = np.random.default_rng([candidates.DEFAULT_SEED, 2])
    warmup = candidates.make_queries(layout, 1_000_000, 100_000, args.warmup, query_rng)
    queries = candidates.make_queries(layout, 1_000_000, 100_000, args.queries, query_rng)
    # The radius a read asks geo for, as search._Rings.read works it out from its reach.
    radii = [math.ceil((reach * (1 + search.FLAT_SLACK) + 1) * (1 + search.FLAT_SLACK) + 1) for reach in READS_M]

    def one(q):
        for radius in radii:
            geo.cells_within(q.req.lat, q.req.lng, radius)

    for q in warmup:
        one(q)
    cpu = []
    for q in queries:
        started = time.thread_time()
        one(q)
        cpu.append((time.thread_time() - started) * 1000)
    print(f"{os.getcwd()}: cells_within, {len(radii)} reads a search, {len(queries)} searches: "
          f"CPU p50 {np.percentile(cpu, 50):.3f} ms, mean {np.mean(cpu):.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
