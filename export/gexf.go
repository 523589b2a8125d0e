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

// gexfAttr is one <attribute> declaration.
type gexfAttr struct {
	id, typ string
}

// WriteGEXF writes g as GEXF 1.3 for Gephi: a directed, dynamic graph whose
// nodes and edges span from their first to their last date (start and end
// are left out when unknown), so that Gephi's timeline plays the graph.
// Node attributes are type, subtype, aliases, mentions, articles and the
// measures of opts.Scores; edges have the relation as label, their weight
// and an articles attribute. With opts.Scores, viz:size follows PageRank and
// viz:color the community.
func WriteGEXF(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	t := newNodeTable(g)
	cols := scoreColumns(opts.Scores, g, t)
	comm := hasCommunities(opts.Scores)
	z := newSizer(opts.Scores)

	nodeAttrs := []gexfAttr{
		{"type", "string"}, {"subtype", "string"}, {"aliases", "string"},
		{"mentions", "integer"}, {"articles", "integer"},
	}
	for _, c := range cols {
		nodeAttrs = append(nodeAttrs, gexfAttr{c.name, "double"})
	}
	if comm {
		nodeAttrs = append(nodeAttrs, gexfAttr{"community", "integer"})
	}
	edgeAttrs := []gexfAttr{{"relation", "string"}, {"articles", "integer"}}

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	bw.WriteString("  <meta>\n    <creator>kg</creator>\n")
	if opts.Title != "" {
		bw.WriteString("    <description>" + xmlEscape(opts.Title) + "</description>\n")
	}
	bw.WriteString("  </meta>\n")
	bw.WriteString(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">` + "\n")
	for _, class := range []struct {
		name  string
		attrs []gexfAttr
	}{{"node", nodeAttrs}, {"edge", edgeAttrs}} {
		fmt.Fprintf(bw, "    <attributes class=%q>\n", class.name)
		for _, a := range class.attrs {
			fmt.Fprintf(bw, "      <attribute id=%q title=%q type=%q/>\n", a.id, a.id, a.typ)
		}
		bw.WriteString("    </attributes>\n")
	}

	var b []byte
	value := func(key string) { // opens an <attvalue>; the caller appends the value
		b = append(b, "          <attvalue for=\""...)
		b = append(b, key...)
		b = append(b, "\" value=\""...)
	}
	str := func(key, val string) {
		if val != "" {
			value(key)
			b = appendXML(b, val)
			b = append(b, "\"/>\n"...)
		}
	}
	integer := func(key string, n int) {
		value(key)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, "\"/>\n"...)
	}
	double := func(key string, v float64) {
		value(key)
		b = appendFloat(b, v)
		b = append(b, "\"/>\n"...)
	}
	spans := make(map[[2]string][2]string) // (first, last) → (start, end): dates repeat
	span := func(first, last string) {
		se, ok := spans[[2]string{first, last}]
		if !ok {
			se[0], se[1] = spanDates(first, last)
			spans[[2]string{first, last}] = se
		}
		start, end := se[0], se[1]
		if start != "" {
			b = append(b, " start=\""...)
			b = append(b, start...)
			b = append(b, '"')
		}
		if end != "" {
			b = append(b, " end=\""...)
			b = append(b, end...)
			b = append(b, '"')
		}
	}

	bw.WriteString("    <nodes>\n")
	escaped := make([]string, len(t.nodes)) // escaped ids, for the edges
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		escaped[i] = xmlEscape(t.ids[i])
		b = append(b[:0], "      <node id=\""...)
		b = append(b, escaped[i]...)
		b = append(b, "\" label=\""...)
		b = appendXML(b, n.Name)
		b = append(b, '"')
		span(n.First, n.Last)
		b = append(b, ">\n        <attvalues>\n"...)
		str("type", n.Type)
		str("subtype", n.Subtype)
		if len(n.Aliases) > 0 {
			str("aliases", strings.Join(n.Aliases, aliasSep))
		}
		integer("mentions", n.Mentions)
		integer("articles", n.Articles)
		for _, c := range cols {
			if v, ok := c.value(i); ok {
				double(c.name, v)
			}
		}
		if c, ok := community(opts.Scores, i); ok {
			integer("community", c)
		}
		b = append(b, "        </attvalues>\n"...)
		if opts.Scores != nil {
			col := nodeColor(opts.Scores, t, i)
			b = append(b, "        <viz:color r=\""...)
			b = strconv.AppendInt(b, int64(col.r), 10)
			b = append(b, "\" g=\""...)
			b = strconv.AppendInt(b, int64(col.g), 10)
			b = append(b, "\" b=\""...)
			b = strconv.AppendInt(b, int64(col.b), 10)
			b = append(b, "\"/>\n"...)
			if s, ok := z.size(i); ok {
				b = append(b, "        <viz:size value=\""...)
				b = strconv.AppendFloat(b, 10+40*s, 'f', 2, 64)
				b = append(b, "\"/>\n"...)
			}
		}
		b = append(b, "      </node>\n"...)
		bw.Write(b)
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			b = append(b[:0], "      <edge id=\"e"...)
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, "\" source=\""...)
			b = append(b, escaped[from]...)
			b = append(b, "\" target=\""...)
			b = append(b, escaped[to]...)
			b = append(b, "\" label=\""...)
			b = appendXML(b, e.Relation)
			b = append(b, "\" weight=\""...)
			b = appendFloat(b, e.Weight)
			b = append(b, '"')
			span(e.First, e.Last)
			b = append(b, ">\n        <attvalues>\n"...)
			str("relation", e.Relation)
			integer("articles", e.Articles)
			b = append(b, "        </attvalues>\n      </edge>\n"...)
			bw.Write(b)
		}
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}
