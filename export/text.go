package export

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// ctxEvery is how many nodes or edges an exporter writes between checks of
// its context: often enough for Ctrl-C to feel immediate, rarely enough to
// cost nothing.
const ctxEvery = 1024

// checkCtx returns ctx's error every ctxEvery-th call of i.
func checkCtx(ctx context.Context, i int) error {
	if i%ctxEvery == 0 {
		return ctx.Err()
	}
	return nil
}

// textChar reports whether r may appear in exported text: the characters
// XML 1.0 allows, without the C0 and C1 controls other than tab, newline
// and carriage return.
func textChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0x7F && r <= 0x9F:
		return false
	case r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= utf8.MaxRune:
		return true
	}
	return false
}

// cleanText returns s as valid UTF-8 with invalid bytes replaced by U+FFFD
// and the characters textChar rejects dropped.
func cleanText(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !textChar(r) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			continue
		}
		if textChar(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanLine is cleanText with tabs, newlines and carriage returns turned
// into spaces, for ids and one-line fields.
func cleanLine(s string) string {
	s = cleanText(s)
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}

// formatFloat formats v in the shortest form that reads back exactly, with
// NaN and infinities spelled the way Java (Gephi, Neo4j) and Python parse.
func formatFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// nodeTable is the node list an exporter writes: the graph's nodes, then
// any edge endpoint missing from them (sorted by name), each with a unique
// one-line id.
type nodeTable struct {
	nodes []graph.Node   // g.Nodes followed by bare nodes for missing endpoints
	ids   []string       // unique, cleaned ids, parallel to nodes
	pos   map[string]int // node name → index in nodes (first occurrence)
}

// newNodeTable builds the node table of g; g may be nil.
func newNodeTable(g *graph.Graph) *nodeTable {
	t := &nodeTable{pos: make(map[string]int)}
	if g == nil {
		return t
	}
	t.nodes = make([]graph.Node, 0, len(g.Nodes))
	for i, n := range g.Nodes {
		t.nodes = append(t.nodes, n)
		if _, ok := t.pos[n.Name]; !ok {
			t.pos[n.Name] = i
		}
	}
	var missing []string
	seen := make(map[string]bool)
	for _, e := range g.Edges {
		for _, name := range [2]string{e.From, e.To} {
			if _, ok := t.pos[name]; !ok && !seen[name] {
				seen[name] = true
				missing = append(missing, name)
			}
		}
	}
	slices.Sort(missing)
	for _, name := range missing {
		t.pos[name] = len(t.nodes)
		t.nodes = append(t.nodes, graph.Node{Name: name})
	}
	t.ids = make([]string, len(t.nodes))
	used := make(map[string]bool, len(t.nodes))
	for i, n := range t.nodes {
		id := cleanLine(n.Name)
		if id == "" {
			id = "_"
		}
		if used[id] {
			for k := 2; ; k++ {
				cand := id + " #" + strconv.Itoa(k)
				if !used[cand] {
					id = cand
					break
				}
			}
		}
		used[id] = true
		t.ids[i] = id
	}
	return t
}

// endpoints returns the node indexes of e's ends.
func (t *nodeTable) endpoints(e graph.Edge) (from, to int) {
	return t.pos[e.From], t.pos[e.To]
}

// scoreColumn is one per-node measure of Scores.
type scoreColumn struct {
	name string
	vals []float64
}

// value returns the measure of node i, false when it has none.
func (c scoreColumn) value(i int) (float64, bool) {
	if i < len(c.vals) {
		return c.vals[i], true
	}
	return 0, false
}

// scoreColumns returns the measures present in s, in a fixed order.
// "degree" is always present: when s lacks it, it is the weighted total
// degree computed from g's edges.
func scoreColumns(s *graph.Scores, g *graph.Graph, t *nodeTable) []scoreColumn {
	var sc graph.Scores
	if s != nil {
		sc = *s
	}
	if sc.Degree == nil {
		sc.Degree = weightedDegree(g, t)
	}
	all := []scoreColumn{
		{"in_degree", sc.InDegree},
		{"out_degree", sc.OutDegree},
		{"degree", sc.Degree},
		{"pagerank", sc.PageRank},
		{"betweenness", sc.Betweenness},
		{"closeness", sc.Closeness},
		{"harmonic", sc.Harmonic},
		{"eigenvector", sc.Eigenvector},
		{"hub", sc.Hub},
		{"authority", sc.Authority},
	}
	cols := all[:0]
	for _, c := range all {
		if c.vals != nil {
			cols = append(cols, c)
		}
	}
	return cols
}

// weightedDegree returns the sum of the weights of the edges at each node
// of t, in and out.
func weightedDegree(g *graph.Graph, t *nodeTable) []float64 {
	deg := make([]float64, len(t.nodes))
	if g == nil {
		return deg
	}
	for _, e := range g.Edges {
		f, to := t.endpoints(e)
		deg[f] += e.Weight
		deg[to] += e.Weight
	}
	return deg
}

// community returns the community of node i, false when not computed.
func community(s *graph.Scores, i int) (int, bool) {
	if s == nil || i >= len(s.Community) || s.Community[i] < 0 {
		return 0, false
	}
	return s.Community[i], true
}

// hasCommunities reports whether s holds any community id.
func hasCommunities(s *graph.Scores) bool {
	if s == nil {
		return false
	}
	for _, c := range s.Community {
		if c >= 0 {
			return true
		}
	}
	return false
}

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

func (c rgb) hex() string {
	const digits = "0123456789abcdef"
	return string([]byte{'#',
		digits[c.r>>4], digits[c.r&15],
		digits[c.g>>4], digits[c.g&15],
		digits[c.b>>4], digits[c.b&15]})
}

// palette colours communities: ColorBrewer's Set3, light enough for black
// labels. Community c gets palette[c % 12].
var palette = []rgb{
	{0x8d, 0xd3, 0xc7}, {0xff, 0xff, 0xb3}, {0xbe, 0xba, 0xda}, {0xfb, 0x80, 0x72},
	{0x80, 0xb1, 0xd3}, {0xfd, 0xb4, 0x62}, {0xb3, 0xde, 0x69}, {0xfc, 0xcd, 0xe5},
	{0xd9, 0xd9, 0xd9}, {0xbc, 0x80, 0xbd}, {0xcc, 0xeb, 0xc5}, {0xff, 0xed, 0x6f},
}

// typeColor colours nodes by entity type when there are no communities.
func typeColor(typ string) rgb {
	switch typ {
	case "PERSON":
		return rgb{0x80, 0xb1, 0xd3}
	case "ORG":
		return rgb{0xfd, 0xb4, 0x62}
	case "LOC", "GPE":
		return rgb{0xb3, 0xde, 0x69}
	}
	return rgb{0xd9, 0xd9, 0xd9}
}

// nodeColor returns the fill colour of node i: its community's colour when
// communities were computed, else its type's.
func nodeColor(s *graph.Scores, t *nodeTable, i int) rgb {
	if hasCommunities(s) {
		c, ok := community(s, i)
		if !ok {
			return rgb{0xd9, 0xd9, 0xd9}
		}
		return palette[c%len(palette)]
	}
	return typeColor(t.nodes[i].Type)
}

// sizer maps PageRank to a relative node size in [0, 1]: the square root of
// the min–max scaled value, so that areas grow with rank.
type sizer struct {
	pr       []float64
	min, max float64
}

func newSizer(s *graph.Scores) sizer {
	if s == nil || len(s.PageRank) == 0 {
		return sizer{}
	}
	z := sizer{pr: s.PageRank, min: math.Inf(1), max: math.Inf(-1)}
	for _, v := range s.PageRank {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		z.min = min(z.min, v)
		z.max = max(z.max, v)
	}
	return z
}

// size returns the relative size of node i and whether there is one.
func (z sizer) size(i int) (float64, bool) {
	if i >= len(z.pr) {
		return 0, false
	}
	v := z.pr[i]
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	if !(z.max > z.min) {
		return 0, true
	}
	return math.Sqrt((v - z.min) / (z.max - z.min)), true
}

// spanDates returns the xsd:date bounds of the period from first to last,
// which are YYYY-MM-DD, YYYY-MM or YYYY: a month or year spans from its
// first to its last day. A date that does not parse gives "".
func spanDates(first, last string) (start, end string) {
	start, _ = dateBounds(first)
	_, end = dateBounds(last)
	if start != "" && end != "" && end < start {
		start, end = end, start
	}
	return start, end
}

// dateBounds returns the first and last day of the period d names.
func dateBounds(d string) (lo, hi string) {
	const day = "2006-01-02"
	switch len(d) {
	case 10:
		if t, err := time.Parse(day, d); err == nil && t.Format(day) == d {
			return d, d
		}
	case 7:
		if t, err := time.Parse("2006-01", d); err == nil {
			return t.Format(day), t.AddDate(0, 1, -1).Format(day)
		}
	case 4:
		if t, err := time.Parse("2006", d); err == nil {
			return t.Format(day), t.AddDate(1, 0, -1).Format(day)
		}
	}
	return "", ""
}

// appendFloat appends v formatted as formatFloat formats it.
func appendFloat(b []byte, v float64) []byte {
	switch {
	case math.IsNaN(v):
		return append(b, "NaN"...)
	case math.IsInf(v, 1):
		return append(b, "Infinity"...)
	case math.IsInf(v, -1):
		return append(b, "-Infinity"...)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64)
}

// appendXML appends s cleaned as cleanText cleans it and escaped for XML
// text and attribute values, with the escapes of xml.EscapeText.
func appendXML(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			switch c {
			case '&':
				b = append(b, "&amp;"...)
			case '<':
				b = append(b, "&lt;"...)
			case '>':
				b = append(b, "&gt;"...)
			case '"':
				b = append(b, "&#34;"...)
			case '\'':
				b = append(b, "&#39;"...)
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b = utf8.AppendRune(b, utf8.RuneError)
		case r == '\t':
			b = append(b, "&#x9;"...)
		case r == '\n':
			b = append(b, "&#xA;"...)
		case r == '\r':
			b = append(b, "&#xD;"...)
		case textChar(r):
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// appendDOT appends s cleaned as cleanText cleans it and quoted as
// dotQuote quotes it.
func appendDOT(b []byte, s string) []byte {
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
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\t':
			b = append(b, ' ')
		case r == '\r':
		case r == utf8.RuneError && size == 1:
			b = utf8.AppendRune(b, utf8.RuneError)
		case textChar(r):
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}
