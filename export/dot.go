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
	var line strings.Builder
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		line.Reset()
		line.WriteByte('\t')
		line.WriteString(dotQuote(t.ids[i]))
		line.WriteString(" [label=")
		line.WriteString(dotQuote(cleanText(n.Name)))
		if n.Type != "" {
			line.WriteString(", type=")
			line.WriteString(dotQuote(cleanLine(n.Type)))
		}
		line.WriteString(", mentions=")
		line.WriteString(strconv.Itoa(n.Mentions))
		for _, c := range cols {
			if v, ok := c.value(i); ok {
				line.WriteString(", ")
				line.WriteString(c.name)
				line.WriteString("=")
				line.WriteString(dotQuote(formatFloat(v)))
			}
		}
		if c, ok := community(opts.Scores, i); ok {
			line.WriteString(", community=")
			line.WriteString(strconv.Itoa(c))
		}
		if s, ok := z.size(i); ok {
			fmt.Fprintf(&line, ", width=%.2f, fontsize=%.1f", 0.75+1.25*s, 10+14*s)
		}
		line.WriteString(", fillcolor=\"")
		line.WriteString(nodeColor(opts.Scores, t, i).hex())
		line.WriteString("\"];\n")
		bw.WriteString(line.String())
	}
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			wt := dotWeight(e.Weight)
			line.Reset()
			line.WriteByte('\t')
			line.WriteString(dotQuote(t.ids[from]))
			line.WriteString(" -> ")
			line.WriteString(dotQuote(t.ids[to]))
			line.WriteString(" [label=")
			line.WriteString(dotQuote(cleanText(e.Relation)))
			line.WriteString(", weight=")
			line.WriteString(strconv.Itoa(wt))
			fmt.Fprintf(&line, ", penwidth=%.2f", min(1+math.Log2(float64(wt)), 8))
			line.WriteString(", articles=")
			line.WriteString(strconv.Itoa(e.Articles))
			line.WriteString("];\n")
			bw.WriteString(line.String())
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
