package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// IRIs of the standard vocabularies the RDF exports use.
const (
	iriRDFType     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	iriRDFProperty = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property"
	iriRDFSLabel   = "http://www.w3.org/2000/01/rdf-schema#label"
	iriRDFSClass   = "http://www.w3.org/2000/01/rdf-schema#Class"
	iriAltLabel    = "http://www.w3.org/2004/02/skos/core#altLabel"
	xsdNS          = "http://www.w3.org/2001/XMLSchema#"
)

// rdfWriter writes N-Triples or N-Quads statements with kg's IRIs.
type rdfWriter struct {
	w    *bufio.Writer
	base string
	line strings.Builder
}

// newRDFWriter checks opts.BaseIRI and returns a writer on w.
func newRDFWriter(w io.Writer, opts Options) (*rdfWriter, error) {
	base := opts.BaseIRI
	if base == "" {
		base = DefaultBaseIRI
	}
	for _, r := range base {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) || r == utf8.RuneError {
			return nil, fmt.Errorf("base IRI %q: %w", base, ErrBadBaseIRI)
		}
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return &rdfWriter{w: bufio.NewWriter(w), base: base}, nil
}

// EntityIRI returns the IRI of the entity with canonical name name under
// base (DefaultBaseIRI when ""): base + "entity/" + the percent-encoded name.
func EntityIRI(base, name string) string {
	return baseOrDefault(base) + "entity/" + pctEncode(name)
}

// RelationIRI returns the IRI of a relation under base: base + "relation/"
// + a slug of the relation (spaces as "_", other characters outside
// [A-Za-z0-9-.~] percent-encoded).
func RelationIRI(base, relation string) string {
	return baseOrDefault(base) + "relation/" + slug(relation)
}

// ArticleIRI returns the IRI of the named graph of an article under base:
// base + "article/" + the percent-encoded id.
func ArticleIRI(base, id string) string {
	return baseOrDefault(base) + "article/" + pctEncode(id)
}

func baseOrDefault(base string) string {
	if base == "" {
		return DefaultBaseIRI
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return base
}

func (rw *rdfWriter) entity(name string) string  { return rw.base + "entity/" + pctEncode(name) }
func (rw *rdfWriter) relation(rel string) string { return rw.base + "relation/" + slug(rel) }
func (rw *rdfWriter) class(typ string) string    { return rw.base + "type/" + slug(typ) }
func (rw *rdfWriter) vocab(term string) string   { return rw.base + "vocab/" + term }
func (rw *rdfWriter) article(id string) string   { return rw.base + "article/" + pctEncode(id) }

// err returns the writer's sticky error: bufio.Writer reports it on any
// Write, even an empty one.
func (rw *rdfWriter) err() error {
	_, err := rw.w.Write(nil)
	return err
}

// resource writes the statement s p o between three IRIs, in the default graph.
func (rw *rdfWriter) resource(s, p, o string) { rw.quad(s, p, "<"+o+">", "") }

// integer writes s p n as an xsd:integer, in the default graph.
func (rw *rdfWriter) integer(s, p string, n int) {
	rw.quad(s, p, literal(strconv.Itoa(n))+"^^<"+xsdNS+"integer>", "")
}

// quad writes one statement; s and p are IRIs, o a term in N-Triples
// syntax, g an IRI or "" for the default graph.
func (rw *rdfWriter) quad(s, p, o, g string) {
	rw.line.Reset()
	rw.line.WriteByte('<')
	rw.line.WriteString(s)
	rw.line.WriteString("> <")
	rw.line.WriteString(p)
	rw.line.WriteString("> ")
	rw.line.WriteString(o)
	if g != "" {
		rw.line.WriteString(" <")
		rw.line.WriteString(g)
		rw.line.WriteByte('>')
	}
	rw.line.WriteString(" .\n")
	rw.w.WriteString(rw.line.String())
}

// WriteNTriples writes the aggregated graph g as N-Triples: for each
// relation an rdf:Property with its rdfs:label; for each entity type an
// rdfs:Class; for each entity its rdf:type, rdfs:label, skos:altLabel per
// alias, kg mentions, articles, first and last dates and the measures of
// opts.Scores (BaseIRI + "vocab/" + name); for each edge the statement
// subject–relation–object. Edge weights are not stated: RDF 1.1 has no
// place for them without reification (use graphml or csv for weights).
func WriteNTriples(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	rw, err := newRDFWriter(w, opts)
	if err != nil {
		return err
	}
	if err := rw.graph(ctx, g, opts); err != nil {
		return err
	}
	if err := rw.w.Flush(); err != nil {
		return fmt.Errorf("write ntriples: %w", err)
	}
	return nil
}

// WriteNQuads writes what WriteNTriples writes, in the default graph, then,
// when opts.Triples is set, every triple mention whose subject and object
// are nodes of g (all mentions when g is nil) as a statement in the named
// graph of its article, BaseIRI + "article/" + the article id. Repeated
// mentions of one fact in one article are written once.
//
// Dgraph (v21.03 and later) reads the fourth term of an N-Quad as a
// namespace number: load the ntriples export into Dgraph, and the N-Quads
// into triple stores that keep named graphs (Neptune, Fuseki, rdflib).
func WriteNQuads(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	rw, err := newRDFWriter(w, opts)
	if err != nil {
		return err
	}
	if g != nil {
		if err := rw.graph(ctx, g, opts); err != nil {
			return err
		}
	}
	if opts.Triples != nil {
		var in map[string]int
		if g != nil {
			in = newNodeTable(g).pos
		}
		type fact struct{ s, r, o string }
		var (
			curArticle string
			seen       = make(map[fact]bool)
			n          int
		)
		err := opts.Triples.ForEachTriple(ctx, func(tr extract.Triple) error {
			if in != nil {
				if _, ok := in[tr.Subject]; !ok {
					return nil
				}
				if _, ok := in[tr.Object]; !ok {
					return nil
				}
			}
			if tr.Article != curArticle {
				curArticle = tr.Article
				clear(seen)
			}
			f := fact{tr.Subject, tr.Relation, tr.Object}
			if seen[f] {
				return nil
			}
			seen[f] = true
			rw.quad(rw.entity(tr.Subject), rw.relation(tr.Relation), "<"+rw.entity(tr.Object)+">", rw.article(tr.Article))
			n++
			if err := checkCtx(ctx, n); err != nil {
				return err
			}
			return rw.err()
		})
		if err != nil {
			return fmt.Errorf("write nquads: triples: %w", err)
		}
	}
	if err := rw.w.Flush(); err != nil {
		return fmt.Errorf("write nquads: %w", err)
	}
	return nil
}

// graph writes the aggregated statements of g to the default graph.
func (rw *rdfWriter) graph(ctx context.Context, g *graph.Graph, opts Options) error {
	if g == nil {
		g = &graph.Graph{}
	}
	t := newNodeTable(g)

	// Relations, each IRI typed once and labelled once per distinct label.
	var rels []string
	for _, e := range g.Edges {
		rels = append(rels, e.Relation)
	}
	slices.Sort(rels)
	rels = slices.Compact(rels)
	declared := make(map[string]bool)
	labels := make(map[[2]string]bool)
	for _, r := range rels {
		iri := rw.relation(r)
		if !declared[iri] {
			declared[iri] = true
			rw.resource(iri, iriRDFType, iriRDFProperty)
		}
		if lab := [2]string{iri, literal(r)}; !labels[lab] {
			labels[lab] = true
			rw.quad(iri, iriRDFSLabel, lab[1], "")
		}
	}

	// Entity types.
	var types []string
	for _, n := range t.nodes {
		if n.Type != "" {
			types = append(types, n.Type)
		}
	}
	slices.Sort(types)
	types = slices.Compact(types)
	clear(declared)
	clear(labels)
	for _, typ := range types {
		iri := rw.class(typ)
		if !declared[iri] {
			declared[iri] = true
			rw.resource(iri, iriRDFType, iriRDFSClass)
		}
		if lab := [2]string{iri, literal(typ)}; !labels[lab] {
			labels[lab] = true
			rw.quad(iri, iriRDFSLabel, lab[1], "")
		}
	}

	// Entities.
	cols := scoreColumns(opts.Scores, g, t)
	var (
		vMentions  = rw.vocab("mentions")
		vArticles  = rw.vocab("articles")
		vFirst     = rw.vocab("first")
		vLast      = rw.vocab("last")
		vCommunity = rw.vocab("community")
		vScore     = make([]string, len(cols))
		alts       []string
	)
	for k, c := range cols {
		vScore[k] = rw.vocab(c.name)
	}
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		e := rw.entity(n.Name)
		if n.Type != "" {
			rw.resource(e, iriRDFType, rw.class(n.Type))
		}
		name := literal(n.Name)
		rw.quad(e, iriRDFSLabel, name, "")
		alts = alts[:0]
		for _, a := range n.Aliases {
			if l := literal(a); l != name {
				alts = append(alts, l)
			}
		}
		slices.Sort(alts)
		for _, l := range slices.Compact(alts) {
			rw.quad(e, iriAltLabel, l, "")
		}
		if i >= len(g.Nodes) {
			continue // an edge endpoint missing from g.Nodes: no more to say
		}
		rw.integer(e, vMentions, n.Mentions)
		rw.integer(e, vArticles, n.Articles)
		if n.First != "" {
			rw.quad(e, vFirst, dateLiteral(n.First), "")
		}
		if n.Last != "" {
			rw.quad(e, vLast, dateLiteral(n.Last), "")
		}
		for k, c := range cols {
			if v, ok := c.value(i); ok {
				rw.quad(e, vScore[k], literal(formatXSDDouble(v))+"^^<"+xsdNS+"double>", "")
			}
		}
		if c, ok := community(opts.Scores, i); ok {
			rw.integer(e, vCommunity, c)
		}
	}

	// Edges; relations whose slugs collide give one statement.
	var groupFrom, groupTo string
	group := make(map[string]bool)
	for i, e := range g.Edges {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		if i == 0 || e.From != groupFrom || e.To != groupTo {
			groupFrom, groupTo = e.From, e.To
			clear(group)
		}
		r := rw.relation(e.Relation)
		if group[r] {
			continue
		}
		group[r] = true
		rw.resource(rw.entity(e.From), r, rw.entity(e.To))
	}
	return rw.err()
}

// literal returns s as an N-Triples string literal: invalid UTF-8 becomes
// U+FFFD; quote, backslash, tab, newline and carriage return are escaped
// with a backslash, other control characters as \u00XX.
func literal(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || (r >= 0x7F && r <= 0x9F):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r) // RuneError for an invalid byte: U+FFFD
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dateLiteral types a date by its precision: xsd:date, xsd:gYearMonth or
// xsd:gYear, and a plain literal when it is none of them.
func dateLiteral(d string) string {
	lo, _ := dateBounds(d)
	switch {
	case lo == "":
		return literal(d)
	case len(d) == 10:
		return literal(d) + "^^<" + xsdNS + "date>"
	case len(d) == 7:
		return literal(d) + "^^<" + xsdNS + "gYearMonth>"
	}
	return literal(d) + "^^<" + xsdNS + "gYear>"
}

// formatXSDDouble spells v as an xsd:double lexical form.
func formatXSDDouble(v float64) string {
	switch s := formatFloat(v); s {
	case "Infinity":
		return "INF"
	case "-Infinity":
		return "-INF"
	default:
		return s
	}
}

// pctEncode percent-encodes every byte of s outside the IRI unreserved set
// [A-Za-z0-9-._~], so that the result is a safe IRI path segment that
// decodes back to s.
func pctEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// slug turns a relation or type into an IRI path segment: surrounding
// space trimmed, each run of white space one "_", an "_" of the input
// percent-encoded (so distinct space-normalised inputs keep distinct
// slugs), other bytes percent-encoded as in pctEncode. "" gives "_".
func slug(s string) string {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return "_"
	}
	for i, f := range fields {
		fields[i] = strings.ReplaceAll(pctEncode(f), "_", "%5F")
	}
	return strings.Join(fields, "_")
}
