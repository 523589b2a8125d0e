// Package export writes kg's entity graph in the formats other graph tools
// read: Graphviz DOT, GraphML and GEXF for Gephi, networkx and igraph, CSV
// for spreadsheets and neo4j-admin import, N-Triples and N-Quads for RDF
// triple stores (Dgraph, Neptune, rdflib, ...), and JSON Lines in the schema
// of `kg extract --format jsonl`.
//
// Every exporter streams to an io.Writer and is deterministic: the same
// graph, scores and sources give the same bytes. Nodes and edges are written
// in the order of the graph (sorted by the graph package), numbers are
// formatted with strconv's shortest representation, and no map is ranged
// over while writing.
//
// Text is made safe for each format: invalid UTF-8 becomes U+FFFD, control
// characters that XML 1.0 forbids are dropped, DOT strings and N-Triples
// literals are escaped, and RDF IRIs are percent-encoded.
//
// The RDF exports are the route for graphs that outgrow one machine: load
// the N-Quads into Dgraph (`dgraph live -f graph.nq`), Neptune or any triple
// store. Entities get stable IRIs, BaseIRI + "entity/" + the percent-encoded
// canonical name, relations BaseIRI + "relation/" + a slug of the lemma, and
// each triple mention is stated in the named graph of its article,
// BaseIRI + "article/" + the article id.
//
// How each export is opened:
//
//	dot       dot -Tsvg g.dot > g.svg (sfdp -Tsvg above a few thousand nodes)
//	graphml   Gephi: File › Open; networkx.read_graphml; igraph.Graph.Read_GraphML
//	gexf      Gephi: File › Open, then the timeline plays first/last dates
//	csv       spreadsheets; Gephi's Data Laboratory › Import Spreadsheet
//	neo4j     neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv
//	ntriples  dgraph live -f g.nt (Dgraph reads a fourth N-Quads term as a namespace)
//	nquads    rdflib Dataset.parse(format="nquads"), Jena/Fuseki, Neptune bulk loader
//	jsonl     the same lines as kg extract --format jsonl
//
// export reads only the types of package graph and extract; it must not
// import the store or compute analytics. Per-sentence triples and
// per-article entities come through the TripleSource and EntitySource
// interfaces, which the caller (cmd) implements over the store.
package export
