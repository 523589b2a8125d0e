package export

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// output is what one format writes: one stream, or nodes and edges files.
type output struct {
	main, nodes, edges []byte
}

// render writes g in format to memory.
func render(t testing.TB, format string, g *graph.Graph, opts Options) output {
	t.Helper()
	ctx := context.Background()
	var out output
	var a, b bytes.Buffer
	var err error
	switch format {
	case "csv":
		err = WriteCSV(ctx, &a, &b, g, opts)
		out.nodes, out.edges = a.Bytes(), b.Bytes()
	case "neo4j":
		err = WriteNeo4j(ctx, &a, &b, g, opts)
		out.nodes, out.edges = a.Bytes(), b.Bytes()
	default:
		err = Write(ctx, &a, format, g, opts)
		out.main = a.Bytes()
	}
	if err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return out
}

// goldenCases are the inputs of the golden files testdata/CASE.FORMAT*.
var goldenCases = []struct {
	name string
	g    func() *graph.Graph
	opts func() Options
}{
	{"small", smallGraph, smallOptions},
	{"bare", smallGraph, func() Options { return Options{} }},
	{"empty", func() *graph.Graph { return &graph.Graph{} }, func() Options { return Options{} }},
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		for _, format := range Formats() {
			t.Run(c.name+"/"+format, func(t *testing.T) {
				out := render(t, format, c.g(), c.opts())
				files := map[string][]byte{c.name + "." + format: out.main}
				if Files(format) != nil {
					files = map[string][]byte{
						c.name + "." + format + ".nodes.csv": out.nodes,
						c.name + "." + format + ".edges.csv": out.edges,
					}
				}
				for name, got := range files {
					path := filepath.Join("testdata", name)
					if *update {
						if err := os.WriteFile(path, got, 0o644); err != nil {
							t.Fatal(err)
						}
						continue
					}
					want, err := os.ReadFile(path)
					if err != nil {
						t.Fatalf("%v (run go test ./export -update)", err)
					}
					if !bytes.Equal(got, want) {
						t.Errorf("%s differs from the golden file; got:\n%s", path, got)
					}
				}
				// Deterministic bytes: a second run gives the same.
				if again := render(t, format, c.g(), c.opts()); !bytes.Equal(again.main, out.main) ||
					!bytes.Equal(again.nodes, out.nodes) || !bytes.Equal(again.edges, out.edges) {
					t.Errorf("%s: two runs differ", format)
				}
			})
		}
	}
}

func TestWriteErrors(t *testing.T) {
	ctx := context.Background()
	g := smallGraph()
	tests := []struct {
		format string
		opts   Options
		want   error
	}{
		{"csv", Options{}, ErrTwoFiles},
		{"neo4j", Options{}, ErrTwoFiles},
		{"svg", Options{}, ErrUnknownFormat},
		{"ntriples", Options{BaseIRI: "http://a b/"}, ErrBadBaseIRI},
		{"nquads", Options{BaseIRI: "http://x/<y>"}, ErrBadBaseIRI},
	}
	for _, tt := range tests {
		err := Write(ctx, &bytes.Buffer{}, tt.format, g, tt.opts)
		if !errors.Is(err, tt.want) {
			t.Errorf("Write(%q) = %v, want %v", tt.format, err, tt.want)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	g, s := randomGraph(3000, 5000, 1)
	for _, format := range Formats() {
		var err error
		switch format {
		case "csv":
			err = WriteCSV(ctx, &bytes.Buffer{}, &bytes.Buffer{}, g, Options{Scores: s})
		case "neo4j":
			err = WriteNeo4j(ctx, &bytes.Buffer{}, &bytes.Buffer{}, g, Options{Scores: s})
		default:
			err = Write(ctx, &bytes.Buffer{}, format, g, Options{Scores: s})
		}
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s on a cancelled context: %v, want context.Canceled", format, err)
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

var errWrite = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriterError(t *testing.T) {
	ctx := context.Background()
	g := smallGraph()
	for _, format := range Formats() {
		var err error
		switch format {
		case "csv":
			err = WriteCSV(ctx, failWriter{}, &bytes.Buffer{}, g, smallOptions())
		case "neo4j":
			err = WriteNeo4j(ctx, &bytes.Buffer{}, failWriter{}, g, smallOptions())
		default:
			err = Write(ctx, failWriter{}, format, g, smallOptions())
		}
		if !errors.Is(err, errWrite) {
			t.Errorf("%s to a failing writer: %v, want %v", format, err, errWrite)
		}
	}
}

func TestFormatsAndFiles(t *testing.T) {
	want := []string{"dot", "graphml", "gexf", "csv", "neo4j", "nquads", "ntriples", "jsonl"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %q, want %q", got, want)
	}
	for _, f := range want {
		two := Files(f) != nil
		if two != (Extension(f) == "") {
			t.Errorf("%s: Files %q and Extension %q disagree", f, Files(f), Extension(f))
		}
	}
}

func TestWarnings(t *testing.T) {
	big, _ := randomGraph(DefaultMaxDOTNodes+1, 10, 2)
	tests := []struct {
		format string
		g      *graph.Graph
		want   string // substring of the only warning; "" for none
	}{
		{"dot", smallGraph(), ""},
		{"dot", big, "--top"},
		{"graphml", big, ""},
		{"dot", nil, ""},
	}
	for _, tt := range tests {
		ws := Warnings(tt.format, tt.g)
		switch {
		case tt.want == "" && len(ws) != 0:
			t.Errorf("Warnings(%s) = %q, want none", tt.format, ws)
		case tt.want != "" && (len(ws) != 1 || !strings.Contains(ws[0], tt.want) || !strings.Contains(ws[0], "sfdp")):
			t.Errorf("Warnings(%s) = %q, want one naming %q and sfdp", tt.format, ws, tt.want)
		}
	}
}

// TestMissingEndpoint: an edge whose end is not among the nodes gets a
// bare node, so every reader sees a consistent graph.
func TestMissingEndpoint(t *testing.T) {
	g := newGraph([]graph.Node{{Name: "A", Type: "PERSON"}},
		[]graph.Edge{{From: "A", To: "B", Relation: "meet", Weight: 1}})
	out := render(t, "graphml", g, Options{})
	doc := parseGraphML(t, out.main)
	if n := len(doc.Graph.Nodes); n != 2 {
		t.Fatalf("graphml has %d nodes, want 2 (A and the bare B)", n)
	}
	out = render(t, "csv", g, Options{})
	if !bytes.Contains(out.nodes, []byte("\nB,B,")) {
		t.Errorf("nodes.csv lacks the bare node B:\n%s", out.nodes)
	}
}

// TestDuplicateIDs: names that clean to the same id stay distinct nodes.
func TestDuplicateIDs(t *testing.T) {
	g := newGraph([]graph.Node{{Name: "A\x01"}, {Name: "A\x02"}, {Name: "A"}}, []graph.Edge{{From: "A\x01", To: "A\x02", Weight: 1}})
	tab := newNodeTable(g)
	if !slices.Equal(tab.ids, []string{"A", "A #2", "A #3"}) {
		t.Errorf("ids = %q", tab.ids)
	}
	doc := parseGraphML(t, render(t, "graphml", g, Options{}).main)
	if e := doc.Graph.Edges[0]; e.Source != "A #2" || e.Target != "A #3" {
		t.Errorf("edge %s → %s, want A #2 → A #3", e.Source, e.Target)
	}
}

func TestHelpers(t *testing.T) {
	strs := []struct{ fn, in, got, want string }{
		{"cleanText", "a\x00b\x7fc\u0085d\tе\xffz\uFFFE", cleanText("a\x00b\x7fc\u0085d\tе\xffz\uFFFE"), "abcd\tе\uFFFDz"},
		{"cleanLine", "a\r\nb\tc", cleanLine("a\r\nb\tc"), "a  b c"},
		{"dotQuote", "a\"b\\c\nd\re", dotQuote("a\"b\\c\nd\re"), `"a\"b\\c\nde"`},
		{"literal", "a\"\\\t\n\r\x01\xff", literal("a\"\\\t\n\r\x01\xff"), `"a\"\\\t\n\r\u0001` + "\uFFFD\""},
		{"pctEncode", "Zürich a/b%", pctEncode("Zürich a/b%"), "Z%C3%BCrich%20a%2Fb%25"},
		{"slug", " impose  sanctions_on ", slug(" impose  sanctions_on "), "impose_sanctions%5Fon"},
		{"slug", "", slug(""), "_"},
		{"neo4jName", "impose sanctions on", neo4jName("impose sanctions on", "R"), "IMPOSE_SANCTIONS_ON"},
		{"neo4jName", "  say \"hi\"!", neo4jName("  say \"hi\"!", "R"), "SAY_HI"},
		{"neo4jName", "3-way", neo4jName("3-way", "REL"), "REL_3_WAY"},
		{"neo4jName", "--", neo4jName("--", "ENTITY"), "ENTITY"},
		{"formatFloat", "1e-7", formatFloat(1e-7), "1e-07"},
		{"dateLiteral", "2019-11", dateLiteral("2019-11"), `"2019-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`},
		{"dateLiteral", "late 2019", dateLiteral("late 2019"), `"late 2019"`},
		{"EntityIRI", "Khalifa Haftar", EntityIRI("", "Khalifa Haftar"), "https://kg.invalid/entity/Khalifa%20Haftar"},
		{"RelationIRI", "visit", RelationIRI("http://ex.org/kg", "visit"), "http://ex.org/kg/relation/visit"},
		{"ArticleIRI", "bbc/1", ArticleIRI("", "bbc/1"), "https://kg.invalid/article/bbc%2F1"},
	}
	for _, s := range strs {
		if s.got != s.want {
			t.Errorf("%s(%q) = %q, want %q", s.fn, s.in, s.got, s.want)
		}
	}
	spans := []struct{ first, last, start, end string }{
		{"2019-11-25", "2019-12-01", "2019-11-25", "2019-12-01"},
		{"2019-11", "2020", "2019-11-01", "2020-12-31"},
		{"2024-02", "2024-02", "2024-02-01", "2024-02-29"},
		{"2019-12-01", "2019-01-01", "2019-01-01", "2019-12-01"}, // reversed: swapped
		{"", "nonsense", "", ""},
		{"2019-13-01", "2019-02-30", "", ""},
	}
	for _, s := range spans {
		if start, end := spanDates(s.first, s.last); start != s.start || end != s.end {
			t.Errorf("spanDates(%q, %q) = %q, %q, want %q, %q", s.first, s.last, start, end, s.start, s.end)
		}
	}
	if got := dotWeight(1.5); got != 2 {
		t.Errorf("dotWeight(1.5) = %d, want 2", got)
	}
	if got := dotWeight(0.2); got != 1 {
		t.Errorf("dotWeight(0.2) = %d, want 1", got)
	}
}

func BenchmarkWrite(b *testing.B) {
	g, s := randomGraph(10000, 30000, 3)
	opts := Options{Scores: s}
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			var size int64
			for b.Loop() {
				cw := &countWriter{}
				var err error
				switch format {
				case "csv":
					err = WriteCSV(context.Background(), cw, cw, g, opts)
				case "neo4j":
					err = WriteNeo4j(context.Background(), cw, cw, g, opts)
				default:
					err = Write(context.Background(), cw, format, g, opts)
				}
				if err != nil {
					b.Fatal(err)
				}
				size = cw.n
			}
			b.SetBytes(size)
		})
	}
}

// countWriter counts and discards.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// TestAppendersMatch: the append-style escapers give what the string ones do.
func TestAppendersMatch(t *testing.T) {
	inputs := []string{"", "plain", trickyName, "a\tb\r\nc", "\xff\xfe\u2028\uFFFE\u0085'\"<>&", "Zürich – café", "\\\\\""}
	for _, s := range inputs {
		if got, want := string(appendXML(nil, s)), xmlEscape(s); got != want {
			t.Errorf("appendXML(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendDOT(nil, s)), dotQuote(cleanText(s)); got != want {
			t.Errorf("appendDOT(%q) = %q, want %q", s, got, want)
		}
	}
	for _, v := range []float64{0, 1, -2.5, 1e-7, 1e21, math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got, want := string(appendFloat(nil, v)), formatFloat(v); got != want {
			t.Errorf("appendFloat(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestBuilderGraph: a graph made by graph.New (the Builder) exports to the
// same bytes as the hand-sorted fixture, in every format.
func TestBuilderGraph(t *testing.T) {
	lit := smallGraph()
	built := graph.New(lit.Nodes, lit.Edges)
	for _, format := range Formats() {
		a, b := render(t, format, lit, smallOptions()), render(t, format, built, smallOptions())
		if !bytes.Equal(a.main, b.main) || !bytes.Equal(a.nodes, b.nodes) || !bytes.Equal(a.edges, b.edges) {
			t.Errorf("%s: the Builder's graph exports differently from the literal one", format)
		}
	}
}
