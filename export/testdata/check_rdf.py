"""Parse a kg N-Triples or N-Quads export with rdflib; print a JSON summary.

Usage: /usr/bin/python3 check_rdf.py FILE nt|nq BASE

The summary holds the number of distinct statements (for N-Quads, quads over
all graphs), the number of them in named graphs under BASE + "article/", the
number of such graphs, and the rdfs:label of every entity IRI.
"""
import json
import sys

import rdflib
from rdflib.namespace import RDFS


def main():
    path, fmt, base = sys.argv[1], sys.argv[2], sys.argv[3]
    if fmt == "nt":
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
    json.dump({
        "statements": len(quads),
        "named": len(named),
        "graphs": len({str(q[3].identifier) for q in named}),
        "labels": labels,
    }, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
