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
	var b []byte
	data := func(key string) { // opens a <data> element; the caller appends the value
		b = append(b, "      <data key=\""...)
		b = append(b, key...)
		b = append(b, "\">"...)
	}
	str := func(key, val string) {
		if val != "" {
			data(key)
			b = appendXML(b, val)
			b = append(b, "</data>\n"...)
		}
	}
	integer := func(key string, n int) {
		data(key)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, "</data>\n"...)
	}
	double := func(key string, v float64) {
		data(key)
		b = appendFloat(b, v)
		b = append(b, "</data>\n"...)
	}
	escaped := make([]string, len(t.nodes)) // escaped ids, for the edges
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		escaped[i] = xmlEscape(t.ids[i])
		b = append(b[:0], "    <node id=\""...)
		b = append(b, escaped[i]...)
		b = append(b, "\">\n"...)
		str("label", n.Name)
		str("type", n.Type)
		str("subtype", n.Subtype)
		if len(n.Aliases) > 0 {
			str("aliases", strings.Join(n.Aliases, aliasSep))
		}
		integer("mentions", n.Mentions)
		integer("articles", n.Articles)
		str("first", n.First)
		str("last", n.Last)
		for _, c := range cols {
			if v, ok := c.value(i); ok {
				double(c.name, v)
			}
		}
		if c, ok := community(opts.Scores, i); ok {
			integer("community", c)
		}
		b = append(b, "    </node>\n"...)
		bw.Write(b)
	}
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			b = append(b[:0], "    <edge id=\"e"...)
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, "\" source=\""...)
			b = append(b, escaped[from]...)
			b = append(b, "\" target=\""...)
			b = append(b, escaped[to]...)
			b = append(b, "\">\n"...)
			str("relation", e.Relation)
			double("weight", e.Weight)
			integer("edge_articles", e.Articles)
			str("edge_first", e.First)
			str("edge_last", e.Last)
			b = append(b, "    </edge>\n"...)
			bw.Write(b)
		}
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// xmlEscape returns s cleaned and escaped for XML text and attribute values.
func xmlEscape(s string) string {
	s = cleanText(s)
	if !strings.ContainsAny(s, "<>&'\"\t\n\r") {
		return s
	}
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder: cannot fail
	return b.String()
}
