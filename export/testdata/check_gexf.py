"""Load a kg GEXF 1.3 export with networkx (and igraph through networkx);
print a JSON summary.

Usage: /usr/bin/python3 check_gexf.py FILE...

It prints a JSON list with one summary per file, in order, or {"error": ...}
for a file a reader fails on.

networkx 2.8 knows GEXF 1.1draft and 1.2draft only; 1.3 differs from 1.2 in
the namespace and in details kg does not use, so the script registers the
1.3 namespace with networkx's reader. igraph has no GEXF reader: it gets the
graph through Graph.from_networkx.
"""
import json
import sys

import igraph as ig
import networkx as nx
from networkx.readwrite import gexf


def register_13():
    versions = gexf.GEXF.versions
    if "1.3" not in versions:
        versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }


def summary(path):
    try:
        return load(path)
    except Exception as err:  # reported per file, for the Go test to show
        return {"error": "%s: %r" % (type(err).__name__, err)}


def main():
    register_13()
    json.dump([summary(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)


def load(path):
    g = nx.read_gexf(path, version="1.3")
    assert g.is_directed(), "graph is not directed"
    assert g.graph.get("mode") == "dynamic", "graph is not dynamic"
    spans = {}
    for n, d in g.nodes(data=True):
        spans[d["label"]] = [d.get("start"), d.get("end")]
    edge_spans = sorted([d.get("start", ""), d.get("end", "")] for *_, d in g.edges(data=True))
    for *_, d in g.edges(data=True):
        assert isinstance(d["weight"], float), "weight is not a float"
    for _, d in g.nodes(data=True):
        assert isinstance(d.get("mentions", 0), int), "mentions is not an int"
    h = ig.Graph.from_networkx(g)
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "labels": sorted(d["label"] for _, d in g.nodes(data=True)),
        "node_attrs": sorted({k for _, d in g.nodes(data=True) for k in d}),
        "edge_attrs": sorted({k for *_, d in g.edges(data=True) for k in d}),
        "spans": spans,
        "edge_spans": edge_spans,
        "igraph_nodes": h.vcount(),
        "igraph_edges": h.ecount(),
    }


if __name__ == "__main__":
    main()
