#!/usr/bin/python3
"""Time igraph's PageRank and betweenness on kg's benchmark graphs.

Write the edge lists first (seeded Barabási–Albert graphs, the same ones
the Go benchmarks use):

    mkdir -p /tmp/kg-bench
    KG_GRAPH_EDGELIST_DIR=/tmp/kg-bench go test ./graph -run TestWriteBenchEdgeLists
    /usr/bin/python3 graph/testdata/bench_igraph.py /tmp/kg-bench/ba10k.txt /tmp/kg-bench/ba100k.txt

Each file holds "# N nodes" then "from to weight" lines. Timings are medians
of several runs, in milliseconds. Exact betweenness on the large graph would
run for many minutes, so there (as in the Go benchmark) it is timed from the
first SAMPLES sources with igraph's subset betweenness; the full time is
that times N/SAMPLES.
"""
import statistics
import sys
import time

import igraph

SAMPLES = 1000


def load(path):
    with open(path) as f:
        n = int(f.readline().split()[1])
        edges, weights = [], []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    g = igraph.Graph(n=n, edges=edges, directed=True)
    g.es["weight"] = weights
    g.es["dist"] = [1.0 / w for w in weights]
    return g


def median_ms(fn, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(paths):
    print("igraph", igraph.__version__)
    for path in paths:
        g = load(path)
        n = g.vcount()
        small = n <= 20000
        print(f"{path}: {n} nodes, {g.ecount()} edges")
        pr = median_ms(lambda: g.pagerank(weights="weight", damping=0.85), 21 if small else 7)
        print(f"  pagerank (weighted, PRPACK)         {pr:10.2f} ms")
        for weights, label in ((None, "unweighted"), ("dist", "weighted")):
            if small:
                ms = median_ms(lambda: g.betweenness(directed=False, weights=weights), 3)
                print(f"  betweenness exact {label:10s}         {ms:10.2f} ms")
            else:
                src = list(range(SAMPLES))
                ms = median_ms(lambda: g.betweenness(directed=False, weights=weights, sources=src), 3)
                print(f"  betweenness {SAMPLES} sources {label:10s}  {ms:10.2f} ms (exact ≈ {ms * n / SAMPLES / 1000:.1f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
