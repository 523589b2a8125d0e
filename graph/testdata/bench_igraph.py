#!/usr/bin/python3
"""Time igraph's PageRank and betweenness on kg's benchmark graphs.

Write the edge lists first (seeded Barabási–Albert graphs, the same ones
the Go benchmarks use), then time igraph on them:

    mkdir -p /tmp/kg-bench
    KG_GRAPH_EDGELIST_DIR=/tmp/kg-bench go test ./graph -run TestWriteBenchEdgeLists
    /usr/bin/python3 graph/testdata/bench_igraph.py /tmp/kg-bench/ba10k.txt
    /usr/bin/python3 graph/testdata/bench_igraph.py --pagerank-only /tmp/kg-bench/ba100k.txt
    /usr/bin/python3 graph/testdata/bench_igraph.py --runs 1 --unweighted-only /tmp/kg-bench/ba100k.txt

Each file holds "# N nodes" then "from to weight" lines. The graph is
directed; betweenness treats it as undirected (directed=False), weighted
betweenness uses 1/weight as the edge length, as kg does. Each timing is
the median over the runs, as wall and as CPU (process) milliseconds: the
machine is shared, and CPU time varies less with its load than wall time.
"""
import argparse
import statistics
import time

import igraph


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
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--runs", type=int, default=3, help="runs of each betweenness timing")
    ap.add_argument("--pagerank-only", action="store_true")
    ap.add_argument("--unweighted-only", action="store_true")
    args = ap.parse_args()
    print("igraph", igraph.__version__, flush=True)
    for path in args.files:
        g = load(path)
        print(f"{path}: {g.vcount()} nodes, {g.ecount()} edges", flush=True)
        wall, cpu = median_ms(lambda: g.pagerank(weights="weight", damping=0.85), 21)
        print(f"  pagerank weighted (PRPACK)  wall {wall:10.2f} ms  cpu {cpu:10.2f} ms", flush=True)
        if args.pagerank_only:
            continue
        cases = [(None, "unweighted")] if args.unweighted_only else [(None, "unweighted"), ("dist", "weighted")]
        for weights, label in cases:
            wall, cpu = median_ms(lambda: g.betweenness(directed=False, weights=weights), args.runs)
            print(f"  betweenness exact {label:10s} wall {wall:10.2f} ms  cpu {cpu:10.2f} ms", flush=True)


if __name__ == "__main__":
    main()
