"""Check a GraphML file written by `kg export --format graphml` with networkx.

Usage: check_graphml.py FILE NODES EDGES

Loads the file, checks the node and edge counts, and recomputes PageRank
(weighted, directed, parallel edges summed) and betweenness (undirected hops,
normalised) to compare with the values kg wrote. Prints one line per check and
exits non-zero on the first mismatch.
"""
import sys

import networkx as nx


def main():
    path, nodes, edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    g = nx.read_graphml(path)
    if g.number_of_nodes() != nodes or g.number_of_edges() != edges:
        sys.exit(f"counts: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; want {nodes}, {edges}")
    for n, d in g.nodes(data=True):
        for key in ("label", "type", "mentions", "degree", "pagerank", "betweenness"):
            if key not in d:
                sys.exit(f"node {n} lacks attribute {key}")
    for u, v, d in g.edges(data=True):
        for key in ("label", "weight", "articles"):
            if key not in d:
                sys.exit(f"edge {u}->{v} lacks attribute {key}")
    pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    worst = max(abs(pr[n] - float(d["pagerank"])) for n, d in g.nodes(data=True))
    if worst > 1e-6:
        sys.exit(f"pagerank differs from networkx by {worst:.3g}")
    print(f"pagerank ok (max diff {worst:.2g})")
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes())
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    bc = nx.betweenness_centrality(simple, normalized=True)
    worst = max(abs(bc[n] - float(d["betweenness"])) for n, d in g.nodes(data=True))
    if worst > 1e-6:
        sys.exit(f"betweenness differs from networkx by {worst:.3g}")
    print(f"betweenness ok (max diff {worst:.2g})")


if __name__ == "__main__":
    main()
