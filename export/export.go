package export

import (
	"context"
	"fmt"
	"io"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// DefaultBaseIRI is the base of the RDF IRIs when Options.BaseIRI is empty.
// The .invalid top-level domain (RFC 2606) never resolves, so the IRIs are
// stable names that cannot collide with anybody's real ones; set BaseIRI to
// a domain you control to publish the graph.
const DefaultBaseIRI = "https://kg.invalid/"

// DefaultMaxDOTNodes is the node count above which Warnings advises against
// a dot layout: dot's layered layout rarely finishes on graphs of a few
// thousand nodes, while sfdp does.
const DefaultMaxDOTNodes = 2000

// TripleSource yields the per-sentence triples behind a graph, with their
// provenance. ForEachTriple calls fn once per triple mention, in a
// deterministic order (the store's key order), and stops at fn's first error.
type TripleSource interface {
	ForEachTriple(ctx context.Context, fn func(extract.Triple) error) error
}

// EntitySource yields the per-article entities behind a graph, in a
// deterministic order, stopping at fn's first error.
type EntitySource interface {
	ForEachEntity(ctx context.Context, fn func(extract.Entity) error) error
}

// Options tunes the exporters. The zero value is ready to use: no scores,
// no title, no provenance, DefaultBaseIRI.
type Options struct {
	// Scores holds node analytics indexed like the graph's Nodes; nil for
	// none. Present measures become node attributes and, for DOT and GEXF,
	// size (PageRank) and colour (community) hints.
	Scores *graph.Scores

	// Title names the graph (DOT label, GraphML desc, GEXF description).
	Title string

	// Triples gives the triple mentions for the provenance-level formats:
	// nquads states each in the named graph of its article, jsonl writes
	// each as a "triple" line. Without it nquads holds only the aggregated
	// graph and jsonl one triple line per edge, without provenance.
	Triples TripleSource

	// Entities gives the per-article entities for jsonl. Without it jsonl
	// writes one entity line per node, without an article.
	Entities EntitySource

	// BaseIRI is the prefix of every RDF IRI kg mints; DefaultBaseIRI when
	// empty. A "/" is added when it ends in neither "/" nor "#".
	BaseIRI string
}

// formats lists the export formats in the order Formats reports them.
var formats = []string{"dot", "graphml", "gexf", "csv", "neo4j", "nquads", "ntriples", "jsonl"}

// Formats returns the names of the export formats.
func Formats() []string {
	return append([]string(nil), formats...)
}

// Files returns the file names a two-file format writes (csv and neo4j:
// nodes.csv and edges.csv), and nil for the formats written to one stream.
func Files(format string) []string {
	switch format {
	case "csv", "neo4j":
		return []string{"nodes.csv", "edges.csv"}
	}
	return nil
}

// Extension returns the usual file name extension of a one-stream format,
// with its dot, or "" for an unknown or two-file format.
func Extension(format string) string {
	switch format {
	case "dot":
		return ".dot"
	case "graphml":
		return ".graphml"
	case "gexf":
		return ".gexf"
	case "nquads":
		return ".nq"
	case "ntriples":
		return ".nt"
	case "jsonl":
		return ".jsonl"
	}
	return ""
}

// Write writes g to w in the named one-stream format. The two-file formats
// csv and neo4j return ErrTwoFiles: use WriteCSV or WriteNeo4j.
func Write(ctx context.Context, w io.Writer, format string, g *graph.Graph, opts Options) error {
	switch format {
	case "dot":
		return WriteDOT(ctx, w, g, opts)
	case "graphml":
		return WriteGraphML(ctx, w, g, opts)
	case "gexf":
		return WriteGEXF(ctx, w, g, opts)
	case "nquads":
		return WriteNQuads(ctx, w, g, opts)
	case "ntriples":
		return WriteNTriples(ctx, w, g, opts)
	case "jsonl":
		return WriteJSONL(ctx, w, g, opts)
	case "csv", "neo4j":
		return fmt.Errorf("export %s: %w", format, ErrTwoFiles)
	}
	return fmt.Errorf("export %q: %w", format, ErrUnknownFormat)
}

// Warnings returns advice about exporting g in format, for the command to
// print on stderr; nil when there is none.
func Warnings(format string, g *graph.Graph) []string {
	if g == nil {
		return nil
	}
	var ws []string
	switch format {
	case "dot":
		if n := len(g.Nodes); n > DefaultMaxDOTNodes {
			ws = append(ws, fmt.Sprintf(
				"the graph has %d nodes: dot layouts rarely finish above %d; keep the strongest with --top N (e.g. --top 500) or lay it out with sfdp (sfdp -Tsvg graph.dot > graph.svg)",
				n, DefaultMaxDOTNodes))
		}
	}
	return ws
}
