package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/kg-project/kg/graph"
)

// WriteDOT writes g as a Graphviz digraph. Every id is a quoted string,
// labels are escaped, an edge's label is its relation and its weight the
// rounded number of supporting sentences (an integer ≥ 1, as dot requires).
// With opts.Scores, node width and font size grow with PageRank and the
// fill colour is the community's (else the entity type's).
func WriteDOT(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	t := newNodeTable(g)
	bw := bufio.NewWriter(w)
	name := opts.Title
	if name == "" {
		name = "kg"
	}
	fmt.Fprintf(bw, "digraph %s {\n", dotQuote(cleanLine(name)))
	if opts.Title != "" {
		fmt.Fprintf(bw, "\tgraph [label=%s, labelloc=t];\n", dotQuote(cleanText(opts.Title)))
	}
	bw.WriteString("\tgraph [overlap=false, outputorder=edgesfirst];\n")
	bw.WriteString("\tnode [shape=ellipse, style=filled, fillcolor=\"#d9d9d9\", fontname=\"Helvetica\"];\n")
	bw.WriteString("\tedge [fontname=\"Helvetica\", fontsize=10, color=\"#00000080\"];\n")

	cols := scoreColumns(opts.Scores, g, t)
	z := newSizer(opts.Scores)
	quoted := make([]string, len(t.nodes)) // quoted ids, for the edges
	var b []byte
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		quoted[i] = dotQuote(t.ids[i])
		b = append(b[:0], '\t')
		b = append(b, quoted[i]...)
		b = append(b, " [label="...)
		b = appendDOT(b, n.Name)
		if n.Type != "" {
			b = append(b, ", type="...)
			b = appendDOT(b, cleanLine(n.Type))
		}
		b = append(b, ", mentions="...)
		b = strconv.AppendInt(b, int64(n.Mentions), 10)
		for _, c := range cols {
			if v, ok := c.value(i); ok {
				b = append(b, ", "...)
				b = append(b, c.name...)
				b = append(b, "=\""...)
				b = appendFloat(b, v)
				b = append(b, '"')
			}
		}
		if c, ok := community(opts.Scores, i); ok {
			b = append(b, ", community="...)
			b = strconv.AppendInt(b, int64(c), 10)
		}
		if s, ok := z.size(i); ok {
			b = append(b, ", width="...)
			b = strconv.AppendFloat(b, 0.75+1.25*s, 'f', 2, 64)
			b = append(b, ", fontsize="...)
			b = strconv.AppendFloat(b, 10+14*s, 'f', 1, 64)
		}
		b = append(b, ", fillcolor=\""...)
		b = append(b, nodeColor(opts.Scores, t, i).hex()...)
		b = append(b, "\"];\n"...)
		bw.Write(b)
	}
	if g != nil {
		relQuoted := make(map[string]string) // relation → quoted label
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			label, ok := relQuoted[e.Relation]
			if !ok {
				label = dotQuote(cleanText(e.Relation))
				relQuoted[e.Relation] = label
			}
			wt := dotWeight(e.Weight)
			b = append(b[:0], '\t')
			b = append(b, quoted[from]...)
			b = append(b, " -> "...)
			b = append(b, quoted[to]...)
			b = append(b, " [label="...)
			b = append(b, label...)
			b = append(b, ", weight="...)
			b = strconv.AppendInt(b, int64(wt), 10)
			b = append(b, ", penwidth="...)
			b = strconv.AppendFloat(b, min(1+math.Log2(float64(wt)), 8), 'f', 2, 64)
			b = append(b, ", articles="...)
			b = strconv.AppendInt(b, int64(e.Articles), 10)
			b = append(b, "];\n"...)
			bw.Write(b)
		}
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// dotWeight rounds an edge weight to the integer ≥ 1 dot requires.
func dotWeight(w float64) int {
	if math.IsNaN(w) || w < 1 {
		return 1
	}
	if w > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(math.Round(w))
}

// dotQuote returns s as a DOT double-quoted string: quotes and backslashes
// escaped, newlines written as \n (a line break in labels), carriage
// returns dropped. s must already be cleaned.
func dotQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		case '\t':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
