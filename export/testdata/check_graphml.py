"""Load a kg GraphML export with networkx and igraph; print a JSON summary.

Usage: /usr/bin/python3 check_graphml.py FILE...

It prints a JSON list with one summary per file, in order: {"error": ...}
when a reader fails, else, per reader, node and edge counts, node labels, the
attribute names seen on nodes and edges, the largest difference between the
pagerank attribute kg wrote and the reader's own PageRank over the exported
edge weights (parallel edges summed; damping 0.85), and the largest
difference between the betweenness attribute and the reader's normalised
betweenness (parallel edges merged) under each of kg's definitions:
directed or undirected, unweighted or (networkx only) with 1/weight as the
length of an edge; null when the file lacks the attribute. export's readers_test.go compares.
"""
import json
import sys

import igraph as ig
import networkx as nx


def undirected(d):
    """The undirected graph of d: weights of both directions summed, each
    edge's length 1/weight."""
    u = nx.Graph()
    u.add_nodes_from(d.nodes)
    for a, b, data in d.edges(data=True):
        w = u.get_edge_data(a, b, {"weight": 0.0})["weight"]
        u.add_edge(a, b, weight=w + data["weight"])
    for a, b, data in u.edges(data=True):
        data["length"] = 1 / data["weight"] if data["weight"] > 0 else float("inf")
    return u


def nx_summary(path):
    g = nx.read_graphml(path)
    assert g.is_directed(), "graph is not directed"
    node_attrs = sorted({k for _, d in g.nodes(data=True) for k in d})
    edge_attrs = sorted({k for *_, d in g.edges(data=True) for k in d})
    for _, d in g.nodes(data=True):
        assert isinstance(d.get("mentions", 0), int), "mentions is not an int"
        for k in ("degree", "pagerank", "betweenness"):
            assert isinstance(d.get(k, 0.0), float), k + " is not a float"
    for *_, d in g.edges(data=True):
        assert isinstance(d["weight"], float), "weight is not a float"
        assert isinstance(d["articles"], int), "articles is not an int"
    simple = nx.DiGraph()
    simple.add_nodes_from(g.nodes)
    for u, v, d in g.edges(data=True):
        w = simple.get_edge_data(u, v, {"weight": 0.0})["weight"]
        simple.add_edge(u, v, weight=w + d["weight"])
    for u, v, d in simple.edges(data=True):
        d["length"] = 1 / d["weight"] if d["weight"] > 0 else float("inf")
    diff = bdiff = None
    if g.number_of_nodes() and all("pagerank" in d for _, d in g.nodes(data=True)):
        pr = nx.pagerank(simple, weight="weight", tol=1e-12, max_iter=10000)
        diff = max(abs(pr[n] - d["pagerank"]) for n, d in g.nodes(data=True))
    if g.number_of_nodes() and all("betweenness" in d for _, d in g.nodes(data=True)):
        bdiff = {}
        for name, h in (("directed", simple), ("undirected", undirected(simple))):
            for weighted in (False, True):
                bc = nx.betweenness_centrality(h, normalized=True, weight="length" if weighted else None)
                key = name + ("_weighted" if weighted else "")
                bdiff[key] = max(abs(bc[n] - d["betweenness"]) for n, d in g.nodes(data=True))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "labels": sorted(d.get("label", "") for _, d in g.nodes(data=True)),
        "node_attrs": node_attrs,
        "edge_attrs": edge_attrs,
        "pagerank_maxdiff": diff,
        "betweenness_maxdiff": bdiff,
    }


def ig_summary(path):
    g = ig.Graph.Read_GraphML(path)
    assert g.is_directed(), "graph is not directed"
    diff = bdiff = None
    if g.vcount() and "pagerank" in g.vs.attributes():
        pr = g.pagerank(weights="weight", damping=0.85, directed=True)
        diff = max(abs(a - b) for a, b in zip(pr, g.vs["pagerank"]))
    n = g.vcount()
    if n > 2 and "betweenness" in g.vs.attributes():
        simple = g.copy()
        simple.simplify(multiple=True, loops=False, combine_edges="first")
        und = simple.as_undirected(mode="collapse", combine_edges="first")
        bdiff = {}
        for name, h, directed, pairs in (
            ("directed", simple, True, (n - 1) * (n - 2)),
            ("undirected", und, False, (n - 1) * (n - 2) / 2),
        ):
            bc = [b / pairs for b in h.betweenness(directed=directed)]
            bdiff[name] = max(abs(a - b) for a, b in zip(bc, g.vs["betweenness"]))
    return {
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "labels": sorted(g.vs["label"]) if g.vcount() else [],
        "node_attrs": sorted(g.vs.attributes()),
        "edge_attrs": sorted(g.es.attributes()),
        "pagerank_maxdiff": diff,
        "betweenness_maxdiff": bdiff,
    }


def summary(path):
    try:
        return {"networkx": nx_summary(path), "igraph": ig_summary(path)}
    except Exception as err:  # reported per file, for the Go test to show
        return {"error": "%s: %r" % (type(err).__name__, err)}


def main():
    json.dump([summary(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
