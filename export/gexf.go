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
		fmt.Fprintf(bw, "    <attributes class=%q mode=\"static\">\n", class.name)
		for _, a := range class.attrs {
			fmt.Fprintf(bw, "      <attribute id=%q title=%q type=%q/>\n", a.id, a.id, a.typ)
		}
		bw.WriteString("    </attributes>\n")
	}

	var b strings.Builder
	attvalue := func(key, val string) {
		if val == "" {
			return
		}
		b.WriteString("          <attvalue for=\"")
		b.WriteString(key)
		b.WriteString("\" value=\"")
		b.WriteString(xmlEscape(val))
		b.WriteString("\"/>\n")
	}
	span := func(first, last string) {
		start, end := spanDates(first, last)
		if start != "" {
			b.WriteString(" start=\"" + start + "\"")
		}
		if end != "" {
			b.WriteString(" end=\"" + end + "\"")
		}
	}

	bw.WriteString("    <nodes>\n")
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		b.Reset()
		b.WriteString("      <node id=\"")
		b.WriteString(xmlEscape(t.ids[i]))
		b.WriteString("\" label=\"")
		b.WriteString(xmlEscape(n.Name))
		b.WriteString("\"")
		span(n.First, n.Last)
		b.WriteString(">\n        <attvalues>\n")
		attvalue("type", n.Type)
		attvalue("subtype", n.Subtype)
		attvalue("aliases", strings.Join(n.Aliases, aliasSep))
		attvalue("mentions", strconv.Itoa(n.Mentions))
		attvalue("articles", strconv.Itoa(n.Articles))
		for _, c := range cols {
			if v, ok := c.value(i); ok {
				attvalue(c.name, formatFloat(v))
			}
		}
		if c, ok := community(opts.Scores, i); ok {
			attvalue("community", strconv.Itoa(c))
		}
		b.WriteString("        </attvalues>\n")
		if opts.Scores != nil {
			col := nodeColor(opts.Scores, t, i)
			fmt.Fprintf(&b, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", col.r, col.g, col.b)
			if s, ok := z.size(i); ok {
				fmt.Fprintf(&b, "        <viz:size value=\"%.2f\"/>\n", 10+40*s)
			}
		}
		b.WriteString("      </node>\n")
		bw.WriteString(b.String())
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			b.Reset()
			b.WriteString("      <edge id=\"e")
			b.WriteString(strconv.Itoa(i))
			b.WriteString("\" source=\"")
			b.WriteString(xmlEscape(t.ids[from]))
			b.WriteString("\" target=\"")
			b.WriteString(xmlEscape(t.ids[to]))
			b.WriteString("\" label=\"")
			b.WriteString(xmlEscape(e.Relation))
			b.WriteString("\" weight=\"")
			b.WriteString(formatFloat(e.Weight))
			b.WriteString("\"")
			span(e.First, e.Last)
			b.WriteString(">\n        <attvalues>\n")
			attvalue("relation", e.Relation)
			attvalue("articles", strconv.Itoa(e.Articles))
			b.WriteString("        </attvalues>\n      </edge>\n")
			bw.WriteString(b.String())
		}
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}
