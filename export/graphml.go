package export

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kg-project/kg/graph"
)

// aliasSep joins a node's aliases in the one-string attributes of GraphML,
// GEXF and CSV.
const aliasSep = "; "

// graphmlKey is one <key> declaration.
type graphmlKey struct {
	id, forWhat, name, typ string
}

// WriteGraphML writes g as a directed GraphML graph that Gephi, networkx and
// igraph open as is: every key is declared for "node" or "edge" with a
// descriptive id and a type. Nodes carry label, type, subtype, aliases,
// mentions, articles, first, last, degree and every measure present in
// opts.Scores (pagerank, betweenness, ..., community); edges carry label
// (the relation), weight, articles, first and last.
func WriteGraphML(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	t := newNodeTable(g)
	cols := scoreColumns(opts.Scores, g, t)
	comm := hasCommunities(opts.Scores)

	keys := []graphmlKey{
		{"label", "node", "label", "string"},
		{"type", "node", "type", "string"},
		{"subtype", "node", "subtype", "string"},
		{"aliases", "node", "aliases", "string"},
		{"mentions", "node", "mentions", "int"},
		{"articles", "node", "articles", "int"},
		{"first", "node", "first", "string"},
		{"last", "node", "last", "string"},
	}
	for _, c := range cols {
		keys = append(keys, graphmlKey{c.name, "node", c.name, "double"})
	}
	if comm {
		keys = append(keys, graphmlKey{"community", "node", "community", "int"})
	}
	keys = append(keys,
		graphmlKey{"relation", "edge", "label", "string"},
		graphmlKey{"weight", "edge", "weight", "double"},
		graphmlKey{"edge_articles", "edge", "articles", "int"},
		graphmlKey{"edge_first", "edge", "first", "string"},
		graphmlKey{"edge_last", "edge", "last", "string"},
	)

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range keys {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.forWhat, k.name, k.typ)
	}
	bw.WriteString(`  <graph id="G" edgedefault="directed">` + "\n")
	if opts.Title != "" {
		bw.WriteString("    <desc>" + xmlEscape(opts.Title) + "</desc>\n")
	}
	v := &xmlValues{open: "      <data key=\"", mid: "\">", close: "</data>\n"}
	escaped := make([]string, len(t.nodes)) // escaped ids, for the edges
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		escaped[i] = xmlEscape(t.ids[i])
		v.b = append(v.b[:0], "    <node id=\""...)
		v.b = append(v.b, escaped[i]...)
		v.b = append(v.b, "\">\n"...)
		v.str("label", n.Name)
		v.entity(n)
		v.str("first", n.First)
		v.str("last", n.Last)
		v.scores(cols, opts.Scores, i)
		v.b = append(v.b, "    </node>\n"...)
		bw.Write(v.b)
	}
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			v.b = appendEdgeStart(v.b[:0], "    ", i, escaped[from], escaped[to])
			v.b = append(v.b, "\">\n"...)
			v.str("relation", e.Relation)
			v.double("weight", e.Weight)
			v.integer("edge_articles", e.Articles)
			v.str("edge_first", e.First)
			v.str("edge_last", e.Last)
			v.b = append(v.b, "    </edge>\n"...)
			bw.Write(v.b)
		}
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// xmlEscape returns s cleaned and escaped for XML text and attribute values.
// appendEdgeStart appends the opening of edge i of GraphML and GEXF,
// indented, up to the closing quote of its target (from and to are
// escaped node ids): `<edge id="e7" source="…" target="…`.
func appendEdgeStart(b []byte, indent string, i int, from, to string) []byte {
	b = append(b, indent...)
	b = append(b, "<edge id=\"e"...)
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, "\" source=\""...)
	b = append(b, from...)
	b = append(b, "\" target=\""...)
	return append(b, to...)
}

func xmlEscape(s string) string {
	s = cleanText(s)
	if !strings.ContainsAny(s, "<>&'\"\t\n\r") {
		return s
	}
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder: cannot fail
	return b.String()
}
