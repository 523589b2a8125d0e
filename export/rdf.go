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

// rdfWriter writes N-Triples or N-Quads statements with kg's IRIs. Each
// statement is assembled in buf and written in one call, so that writing
// allocates only the IRIs it mints, once per node and relation.
type rdfWriter struct {
	w    *bufio.Writer
	base string
	buf  []byte

	relIRI map[string]string // relation → IRI
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
	return &rdfWriter{w: bufio.NewWriter(w), base: baseOrDefault(base), relIRI: make(map[string]string)}, nil
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

func (rw *rdfWriter) entity(name string) string { return rw.base + "entity/" + pctEncode(name) }
func (rw *rdfWriter) class(typ string) string   { return rw.base + "type/" + slug(typ) }
func (rw *rdfWriter) vocab(term string) string  { return rw.base + "vocab/" + term }
func (rw *rdfWriter) article(id string) string  { return rw.base + "article/" + pctEncode(id) }

// relation returns the IRI of rel, minted once per relation.
func (rw *rdfWriter) relation(rel string) string {
	iri, ok := rw.relIRI[rel]
	if !ok {
		iri = rw.base + "relation/" + slug(rel)
		rw.relIRI[rel] = iri
	}
	return iri
}

// err returns the writer's sticky error: bufio.Writer reports it on any
// Write, even an empty one.
func (rw *rdfWriter) err() error {
	_, err := rw.w.Write(nil)
	return err
}

// begin starts a statement with its subject and predicate IRIs.
func (rw *rdfWriter) begin(s, p string) {
	rw.buf = append(rw.buf[:0], '<')
	rw.buf = append(rw.buf, s...)
	rw.buf = append(rw.buf, "> <"...)
	rw.buf = append(rw.buf, p...)
	rw.buf = append(rw.buf, "> "...)
}

// end closes the statement, in the named graph g or the default graph
// when g is "", and writes it.
func (rw *rdfWriter) end(g string) {
	if g != "" {
		rw.buf = append(rw.buf, " <"...)
		rw.buf = append(rw.buf, g...)
		rw.buf = append(rw.buf, '>')
	}
	rw.buf = append(rw.buf, " .\n"...)
	rw.w.Write(rw.buf)
}

// resource writes s p o, three IRIs, to graph g ("" for the default).
func (rw *rdfWriter) resource(s, p, o, g string) {
	rw.begin(s, p)
	rw.buf = append(rw.buf, '<')
	rw.buf = append(rw.buf, o...)
	rw.buf = append(rw.buf, '>')
	rw.end(g)
}

// text writes s p "text" to the default graph.
func (rw *rdfWriter) text(s, p, text string) {
	rw.begin(s, p)
	rw.buf = appendLiteral(rw.buf, text)
	rw.end("")
}

// integer writes s p "n"^^xsd:integer to the default graph.
func (rw *rdfWriter) integer(s, p string, n int) {
	rw.begin(s, p)
	rw.buf = append(rw.buf, '"')
	rw.buf = strconv.AppendInt(rw.buf, int64(n), 10)
	rw.buf = append(rw.buf, `"^^<`+xsdNS+`integer>`...)
	rw.end("")
}

// double writes s p "v"^^xsd:double to the default graph.
func (rw *rdfWriter) double(s, p string, v float64) {
	rw.begin(s, p)
	rw.buf = append(rw.buf, '"')
	rw.buf = append(rw.buf, formatXSDDouble(v)...)
	rw.buf = append(rw.buf, `"^^<`+xsdNS+`double>`...)
	rw.end("")
}

// date writes s p and the date d typed by its precision (see dateLiteral).
func (rw *rdfWriter) date(s, p, d string) {
	rw.begin(s, p)
	rw.buf = appendLiteral(rw.buf, d)
	rw.buf = append(rw.buf, dateType(d)...)
	rw.end("")
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
// mentions of one fact in one article are written once when they come one
// after another, as the store yields them (by fact, then article); RDF
// readers merge any others.
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
		var (
			in   map[string]int // nil: no filter
			iris []string       // entity IRIs of the nodes of g
		)
		if g != nil {
			t := newNodeTable(g)
			in = t.pos
			iris = make([]string, len(t.nodes))
			for i, n := range t.nodes {
				iris[i] = rw.entity(n.Name)
			}
		}
		entity := func(name string) string {
			if i, ok := in[name]; ok {
				return iris[i]
			}
			return rw.entity(name)
		}
		type fact struct{ s, r, o string }
		var (
			curArticle string
			articleIRI = rw.article("")
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
				curArticle, articleIRI = tr.Article, rw.article(tr.Article)
				clear(seen)
			}
			f := fact{tr.Subject, tr.Relation, tr.Object}
			if seen[f] {
				return nil
			}
			seen[f] = true
			rw.resource(entity(tr.Subject), rw.relation(tr.Relation), entity(tr.Object), articleIRI)
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
			rw.resource(iri, iriRDFType, iriRDFProperty, "")
		}
		if lab := [2]string{iri, literal(r)}; !labels[lab] {
			labels[lab] = true
			rw.text(iri, iriRDFSLabel, r)
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
			rw.resource(iri, iriRDFType, iriRDFSClass, "")
		}
		if lab := [2]string{iri, literal(typ)}; !labels[lab] {
			labels[lab] = true
			rw.text(iri, iriRDFSLabel, typ)
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
	eIRI := make([]string, len(t.nodes))
	classIRI := make(map[string]string)
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		e := rw.entity(n.Name)
		eIRI[i] = e
		if n.Type != "" {
			c, ok := classIRI[n.Type]
			if !ok {
				c = rw.class(n.Type)
				classIRI[n.Type] = c
			}
			rw.resource(e, iriRDFType, c, "")
		}
		name := fixUTF8(n.Name)
		rw.text(e, iriRDFSLabel, name)
		alts = alts[:0]
		for _, a := range n.Aliases {
			if a = fixUTF8(a); a != name {
				alts = append(alts, a)
			}
		}
		slices.Sort(alts)
		for _, a := range slices.Compact(alts) {
			rw.text(e, iriAltLabel, a)
		}
		if i >= len(g.Nodes) {
			continue // an edge endpoint missing from g.Nodes: no more to say
		}
		rw.integer(e, vMentions, n.Mentions)
		rw.integer(e, vArticles, n.Articles)
		if n.First != "" {
			rw.date(e, vFirst, n.First)
		}
		if n.Last != "" {
			rw.date(e, vLast, n.Last)
		}
		for k, c := range cols {
			if v, ok := c.value(i); ok {
				rw.double(e, vScore[k], v)
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
		from, to := t.endpoints(e)
		rw.resource(eIRI[from], r, eIRI[to], "")
	}
	return rw.err()
}

// fixUTF8 returns s with each invalid byte replaced by U+FFFD, as literal
// writes it; s itself when it is valid.
func fixUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// literal returns s as an N-Triples string literal (see appendLiteral).
func literal(s string) string {
	return string(appendLiteral(nil, s))
}

// appendLiteral appends s as an N-Triples string literal: invalid UTF-8
// becomes U+FFFD; quote, backslash, tab, newline and carriage return are
// escaped with a backslash, other control characters as \u00XX.
func appendLiteral(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F && c != '"' && c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b = append(b, `\"`...)
		case r == '\\':
			b = append(b, `\\`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r < 0x20 || (r >= 0x7F && r <= 0x9F):
			b = append(b, '\\', 'u', '0', '0', hex[r>>4], hex[r&15])
		default:
			b = utf8.AppendRune(b, r) // RuneError for an invalid byte: U+FFFD
		}
	}
	return append(b, '"')
}

// dateLiteral types a date by its precision: xsd:date, xsd:gYearMonth or
// xsd:gYear, and a plain literal when it is none of them.
func dateLiteral(d string) string {
	return literal(d) + dateType(d)
}

// dateType returns the datatype suffix of a date literal: ^^xsd:date,
// ^^xsd:gYearMonth, ^^xsd:gYear, or "" when d is none of them.
func dateType(d string) string {
	lo, _ := dateBounds(d)
	switch {
	case lo == "":
		return ""
	case len(d) == 10:
		return "^^<" + xsdNS + "date>"
	case len(d) == 7:
		return "^^<" + xsdNS + "gYearMonth>"
	}
	return "^^<" + xsdNS + "gYear>"
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
