package export

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

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

	v := &xmlValues{open: "          <attvalue for=\"", mid: "\" value=\"", close: "\"/>\n"}
	spans := make(map[[2]string][2]string) // (first, last) → (start, end): dates repeat
	span := func(first, last string) {
		se, ok := spans[[2]string{first, last}]
		if !ok {
			se[0], se[1] = spanDates(first, last)
			spans[[2]string{first, last}] = se
		}
		start, end := se[0], se[1]
		if start != "" {
			v.b = append(v.b, " start=\""...)
			v.b = append(v.b, start...)
			v.b = append(v.b, '"')
		}
		if end != "" {
			v.b = append(v.b, " end=\""...)
			v.b = append(v.b, end...)
			v.b = append(v.b, '"')
		}
	}

	bw.WriteString("    <nodes>\n")
	escaped := make([]string, len(t.nodes)) // escaped ids, for the edges
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		escaped[i] = xmlEscape(t.ids[i])
		v.b = append(v.b[:0], "      <node id=\""...)
		v.b = append(v.b, escaped[i]...)
		v.b = append(v.b, "\" label=\""...)
		v.b = appendXML(v.b, n.Name)
		v.b = append(v.b, '"')
		span(n.First, n.Last)
		v.b = append(v.b, ">\n        <attvalues>\n"...)
		v.entity(n)
		v.scores(cols, opts.Scores, i)
		v.b = append(v.b, "        </attvalues>\n"...)
		if opts.Scores != nil {
			col := nodeColor(opts.Scores, t, i)
			v.b = append(v.b, "        <viz:color r=\""...)
			v.b = strconv.AppendInt(v.b, int64(col.r), 10)
			v.b = append(v.b, "\" g=\""...)
			v.b = strconv.AppendInt(v.b, int64(col.g), 10)
			v.b = append(v.b, "\" b=\""...)
			v.b = strconv.AppendInt(v.b, int64(col.b), 10)
			v.b = append(v.b, "\"/>\n"...)
			if s, ok := z.size(i); ok {
				v.b = append(v.b, "        <viz:size value=\""...)
				v.b = strconv.AppendFloat(v.b, 10+40*s, 'f', 2, 64)
				v.b = append(v.b, "\"/>\n"...)
			}
		}
		v.b = append(v.b, "      </node>\n"...)
		bw.Write(v.b)
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			v.b = appendEdgeStart(v.b[:0], "      ", i, escaped[from], escaped[to])
			v.b = append(v.b, "\" label=\""...)
			v.b = appendXML(v.b, e.Relation)
			v.b = append(v.b, "\" weight=\""...)
			v.b = appendFloat(v.b, e.Weight)
			v.b = append(v.b, '"')
			span(e.First, e.Last)
			v.b = append(v.b, ">\n        <attvalues>\n"...)
			v.str("relation", e.Relation)
			v.integer("articles", e.Articles)
			v.b = append(v.b, "        </attvalues>\n      </edge>\n"...)
			bw.Write(v.b)
		}
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}
