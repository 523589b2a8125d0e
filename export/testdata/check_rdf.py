"""Parse a kg N-Triples or N-Quads export with rdflib; print a JSON summary.

Usage: /usr/bin/python3 check_rdf.py BASE FILE...

FILE is N-Triples when it ends in .nt, N-Quads when it ends in .nq. It
prints a JSON list with one summary per file, in order, or {"error": ...}
for a file rdflib rejects. A summary holds the number of distinct statements (for N-Quads, quads over
all graphs), the number of them in named graphs under BASE + "article/", the
number of such graphs, and the rdfs:label of every entity IRI.
"""
import json
import sys

import rdflib
from rdflib.namespace import RDFS


def main():
    base = sys.argv[1]
    json.dump([summary(p, base) for p in sys.argv[2:]], sys.stdout, ensure_ascii=False)


def summary(path, base):
    try:
        return load(path, base)
    except Exception as err:  # reported per file, for the Go test to show
        return {"error": "%s: %r" % (type(err).__name__, err)}


def load(path, base):
    if path.endswith(".nt"):
        g = rdflib.Graph()
        g.parse(path, format="nt")
        quads = [(s, p, o, None) for s, p, o in g]
    else:
        g = rdflib.ConjunctiveGraph()
        g.parse(path, format="nquads")
        quads = list(g.quads((None, None, None, None)))
    article = base + "article/"
    named = [q for q in quads if q[3] is not None and str(q[3].identifier).startswith(article)]
    labels = sorted(
        str(o) for s, p, o, _ in quads if p == RDFS.label and str(s).startswith(base + "entity/")
    )
    return {
        "statements": len(quads),
        "named": len(named),
        "graphs": len({str(q[3].identifier) for q in named}),
        "labels": labels,
    }


if __name__ == "__main__":
    main()
