#!/usr/bin/python3
"""Compute networkx's values for kg's graph tests.

Reads JSON from stdin: a list of {"name", "nodes": [names], "edges":
[[from, to, weight], ...], "partition": [community id per node]} where edges
may repeat a pair (one per relation). It builds kg's entity graphs the way
graph/doc.go defines them:

  D: nx.DiGraph, weight(u→v) = sum of the weights of all edges u→v
  U: nx.Graph,   weight{u,v} = weight(u→v) + weight(v→u), self-loops dropped
  "dist" = 1/weight on both, the edge length of the weighted path measures

and writes JSON to stdout: {name: {measure: [value per node, in "nodes" order]
or null when networkx fails (e.g. no convergence)}}.
"""
import json
import sys

import networkx as nx


def build(spec):
    D = nx.DiGraph()
    D.add_nodes_from(spec["nodes"])
    for u, v, w in spec["edges"]:
        if D.has_edge(u, v):
            D[u][v]["weight"] += w
        else:
            D.add_edge(u, v, weight=w)
    U = nx.Graph()
    U.add_nodes_from(spec["nodes"])
    for u, v, d in D.edges(data=True):
        if u == v:
            continue
        if U.has_edge(u, v):
            U[u][v]["weight"] += d["weight"]
        else:
            U.add_edge(u, v, weight=d["weight"])
    for G in (D, U):
        for u, v, d in G.edges(data=True):
            d["dist"] = 1.0 / d["weight"]
    return D, U


def values(spec):
    D, U = build(spec)
    nodes = spec["nodes"]
    out = {}

    def put(name, fn):
        try:
            r = fn()
        except Exception as e:  # networkx raises on non-convergence
            print(f"{spec['name']} {name}: {e}", file=sys.stderr)
            out[name] = None
            return
        out[name] = [float(r[v]) for v in nodes]

    put("in_degree", lambda: dict(D.in_degree(weight="weight")))
    put("out_degree", lambda: dict(D.out_degree(weight="weight")))
    put("degree", lambda: dict(D.degree(weight="weight")))
    put("pagerank", lambda: nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000))
    put("betweenness", lambda: nx.betweenness_centrality(U))
    put("betweenness_weighted", lambda: nx.betweenness_centrality(U, weight="dist"))
    put("betweenness_directed", lambda: nx.betweenness_centrality(D))
    put("betweenness_directed_weighted", lambda: nx.betweenness_centrality(D, weight="dist"))
    put("closeness", lambda: nx.closeness_centrality(U))
    put("closeness_weighted", lambda: nx.closeness_centrality(U, distance="dist"))
    put("closeness_directed", lambda: nx.closeness_centrality(D))
    put("harmonic", lambda: nx.harmonic_centrality(U))
    put("harmonic_weighted", lambda: nx.harmonic_centrality(U, distance="dist"))
    put("harmonic_directed", lambda: nx.harmonic_centrality(D))
    put("eigenvector", lambda: nx.eigenvector_centrality(U, weight="weight", tol=1e-15, max_iter=100000))
    put("eigenvector_directed", lambda: nx.eigenvector_centrality(D, weight="weight", tol=1e-15, max_iter=100000))
    try:
        h, a = nx.hits(D, tol=1e-14, max_iter=100000)
        out["hub"] = [float(h[v]) for v in nodes]
        out["authority"] = [float(a[v]) for v in nodes]
    except Exception as e:
        print(f"{spec['name']} hits: {e}", file=sys.stderr)
        out["hub"] = out["authority"] = None
    if spec.get("partition"):
        groups = {}
        for v, c in zip(nodes, spec["partition"]):
            groups.setdefault(c, set()).add(v)
        out["modularity"] = [nx.community.modularity(U, list(groups.values()), weight="weight")]
    return out


def main():
    specs = json.load(sys.stdin)
    json.dump({s["name"]: values(s) for s in specs}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
