package export

// Reader checks: the exports are loaded by the tools users open them with.
// Each test skips when its tool is missing, unless CI=true, where it fails.
// Install them with
//
//	apt-get install -y graphviz python3-networkx python3-igraph python3-rdflib
//
// Debian's Python packages are seen by /usr/bin/python3 only.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// systemPython is the interpreter that sees Debian's python3-* packages.
const systemPython = "/usr/bin/python3"

// requireTool skips the test when ok is false, or fails it under CI=true.
func requireTool(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing and CI=true: install graphviz python3-networkx python3-igraph python3-rdflib", what)
	}
	t.Skipf("%s is missing", what)
}

// requirePython requires systemPython with the given modules.
func requirePython(t *testing.T, modules ...string) {
	t.Helper()
	_, err := os.Stat(systemPython)
	requireTool(t, err == nil, systemPython)
	for _, m := range modules {
		err := exec.Command(systemPython, "-c", "import "+m).Run()
		requireTool(t, err == nil, "python module "+m+" for "+systemPython)
	}
}

// runReader runs a testdata script once over files (after the arguments
// pre) and returns its JSON summary of each file, in order.
func runReader(t *testing.T, script string, pre, files []string) []json.RawMessage {
	t.Helper()
	args := append([]string{filepath.Join("testdata", script)}, pre...)
	cmd := exec.Command(systemPython, append(args, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, stderr.Bytes())
	}
	var sums []json.RawMessage
	if err := json.Unmarshal(out, &sums); err != nil || len(sums) != len(files) {
		t.Fatalf("%s: output %q: %v (want %d summaries)", script, out, err, len(files))
	}
	return sums
}

// decodeSummary fails the test when the reader reported an error for the
// file, and decodes its summary into v otherwise.
func decodeSummary(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatalf("summary %s: %v", raw, err)
	}
	if e.Error != "" {
		t.Fatalf("the reader fails: %s", e.Error)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("summary %s: %v", raw, err)
	}
}

// exportAll writes every reader case in each format to a temp dir and
// returns the paths, case by case, format by format.
func exportAll(t *testing.T, cases []readerCase, formats ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i, c := range cases {
		for _, format := range formats {
			path := filepath.Join(dir, fmt.Sprintf("%d-%s%s", i, c.name, Extension(format)))
			if err := os.WriteFile(path, render(t, format, c.g, c.opts).main, 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, path)
		}
	}
	return paths
}

// readerCase is a graph the reader tests export.
type readerCase struct {
	name string
	g    *graph.Graph
	opts Options
}

func readerCases() []readerCase {
	return []readerCase{
		{"small", smallGraph(), smallOptions()},
		{"bare", smallGraph(), Options{}},
		{"empty", &graph.Graph{}, Options{}},
		{"hostile", hostileGraph(), Options{Title: "]]>\x00\"", Scores: &graph.Scores{Community: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}}}},
	}
}

// hostileGraph has names and relations made of what breaks exporters:
// markup, escapes, controls, invalid UTF-8, non-characters, an empty name
// and names that clean to the same id.
func hostileGraph() *graph.Graph {
	names := []string{"", "\xff\xfe", "\u2028\uFFFE x", "]]> <!-- --> &#0;", "a\x00b", "ab", "\\", "\"",
		"edge\\\"case\\", "new\nline", "tab\there", "{ } [ ] ; -> --", "graph"}
	var nodes []graph.Node
	for i, n := range names {
		nodes = append(nodes, graph.Node{Name: n, Type: []string{"PERSON", "ORG", "LOC", "X Y"}[i%4], Aliases: []string{n, "alias;" + n}, Mentions: i})
	}
	rels := []string{"\r\n", "", "]]>", "\\\"", "-> x [", "say \"hi\""}
	var edges []graph.Edge
	for i := range names {
		edges = append(edges, graph.Edge{From: names[i], To: names[(i*5+1)%len(names)], Relation: rels[i%len(rels)], Weight: float64(i) / 3, Articles: i})
	}
	return newGraph(nodes, edges)
}

// writeTemp writes b to a file named name in a test temp dir.
func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// cleanLabels returns the labels a reader should see for g's nodes.
func cleanLabels(g *graph.Graph) []string {
	var labels []string
	for _, n := range g.Nodes {
		labels = append(labels, cleanText(n.Name))
	}
	slices.Sort(labels)
	if labels == nil {
		labels = []string{}
	}
	return labels
}

func TestReaderGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	requireTool(t, err == nil, "graphviz (dot)")
	nodeRE := regexp.MustCompile(`<g id="node\d+" class="node">`)
	edgeRE := regexp.MustCompile(`<g id="edge\d+" class="edge">`)
	for _, c := range readerCases() {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, "g.dot", render(t, "dot", c.g, c.opts).main)
			cmd := exec.Command(dot, "-Tsvg", path)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			svg, err := cmd.Output()
			if err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.Bytes())
			}
			if stderr.Len() > 0 {
				t.Errorf("dot -Tsvg warns:\n%s", stderr.Bytes())
			}
			if n := len(nodeRE.FindAll(svg, -1)); n != len(c.g.Nodes) {
				t.Errorf("svg has %d nodes, want %d", n, len(c.g.Nodes))
			}
			if n := len(edgeRE.FindAll(svg, -1)); n != len(c.g.Edges) {
				t.Errorf("svg has %d edges, want %d", n, len(c.g.Edges))
			}
		})
	}
}

// readerSummary is what check_graphml.py reports per reader.
type readerSummary struct {
	Nodes, Edges    int
	Labels          []string
	NodeAttrs       []string           `json:"node_attrs"`
	EdgeAttrs       []string           `json:"edge_attrs"`
	PageRankMaxDiff *float64           `json:"pagerank_maxdiff"`
	BetweenMaxDiff  map[string]float64 `json:"betweenness_maxdiff"` // by definition: directed, undirected, ...
}

func TestReaderGraphML(t *testing.T) {
	requirePython(t, "networkx", "igraph")
	cases := readerCases()
	sums := runReader(t, "check_graphml.py", nil, exportAll(t, cases, "graphml"))
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got map[string]readerSummary
			decodeSummary(t, sums[i], &got)
			for _, reader := range []string{"networkx", "igraph"} {
				s := got[reader]
				if s.Nodes != len(c.g.Nodes) || s.Edges != len(c.g.Edges) {
					t.Errorf("%s: %d nodes, %d edges; want %d, %d", reader, s.Nodes, s.Edges, len(c.g.Nodes), len(c.g.Edges))
				}
				if !slices.Equal(s.Labels, cleanLabels(c.g)) {
					t.Errorf("%s: labels %q, want %q", reader, s.Labels, cleanLabels(c.g))
				}
				if len(c.g.Nodes) == 0 {
					continue
				}
				want := []string{"label", "type", "mentions", "articles", "degree"}
				if hasPageRank(c.opts) {
					want = append(want, "pagerank", "betweenness", "community")
				}
				for _, a := range want {
					if !slices.Contains(s.NodeAttrs, a) {
						t.Errorf("%s: no node attribute %q in %q", reader, a, s.NodeAttrs)
					}
				}
				for _, a := range []string{"label", "weight", "articles"} {
					if !slices.Contains(s.EdgeAttrs, a) {
						t.Errorf("%s: no edge attribute %q in %q", reader, a, s.EdgeAttrs)
					}
				}
				switch {
				case !hasPageRank(c.opts) && s.PageRankMaxDiff != nil:
					t.Errorf("%s: pagerank without scores", reader)
				case hasPageRank(c.opts) && (s.PageRankMaxDiff == nil || *s.PageRankMaxDiff > 1e-6):
					t.Errorf("%s: its PageRank differs from the exported one by %v, want ≤ 1e-6", reader, s.PageRankMaxDiff)
				case hasPageRank(c.opts) && !(s.BetweenMaxDiff["directed"] <= 1e-9):
					// smallScores holds networkx's directed, unweighted betweenness.
					t.Errorf("%s: its directed betweenness differs from the exported one by %v, want ≤ 1e-9", reader, s.BetweenMaxDiff)
				}
			}
		})
	}
}

func TestReaderGEXF(t *testing.T) {
	requirePython(t, "networkx", "igraph")
	cases := readerCases()
	sums := runReader(t, "check_gexf.py", nil, exportAll(t, cases, "gexf"))
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got struct {
				Nodes, Edges int
				Labels       []string
				NodeAttrs    []string `json:"node_attrs"`
				EdgeAttrs    []string `json:"edge_attrs"`
				Spans        map[string][2]*string
				EdgeSpans    [][2]string `json:"edge_spans"`
				IgraphNodes  int         `json:"igraph_nodes"`
				IgraphEdges  int         `json:"igraph_edges"`
			}
			decodeSummary(t, sums[i], &got)
			if got.Nodes != len(c.g.Nodes) || got.Edges != len(c.g.Edges) ||
				got.IgraphNodes != len(c.g.Nodes) || got.IgraphEdges != len(c.g.Edges) {
				t.Errorf("networkx %d nodes, %d edges; igraph %d, %d; want %d, %d",
					got.Nodes, got.Edges, got.IgraphNodes, got.IgraphEdges, len(c.g.Nodes), len(c.g.Edges))
			}
			if !slices.Equal(got.Labels, cleanLabels(c.g)) {
				t.Errorf("labels %q, want %q", got.Labels, cleanLabels(c.g))
			}
			if len(c.g.Nodes) == 0 {
				return
			}
			want := []string{"label", "type", "mentions", "degree"}
			edgeWant := []string{"label", "weight", "relation", "articles"}
			if slices.ContainsFunc(c.g.Nodes, func(n graph.Node) bool { return n.First != "" }) {
				want = append(want, "start", "end")
				edgeWant = append(edgeWant, "start", "end")
			}
			if c.opts.Scores != nil {
				want = append(want, "community", "viz")
			}
			if hasPageRank(c.opts) {
				want = append(want, "pagerank", "betweenness")
			}
			for _, a := range want {
				if !slices.Contains(got.NodeAttrs, a) {
					t.Errorf("no node attribute %q in %q", a, got.NodeAttrs)
				}
			}
			for _, a := range edgeWant {
				if !slices.Contains(got.EdgeAttrs, a) {
					t.Errorf("no edge attribute %q in %q", a, got.EdgeAttrs)
				}
			}
			for _, n := range c.g.Nodes {
				start, end := spanDates(n.First, n.Last)
				span := got.Spans[cleanText(n.Name)]
				if deref(span[0]) != start || deref(span[1]) != end {
					t.Errorf("%q spans %s..%s, want %s..%s", n.Name, deref(span[0]), deref(span[1]), start, end)
				}
			}
			var edgeSpans [][2]string
			for _, e := range c.g.Edges {
				start, end := spanDates(e.First, e.Last)
				edgeSpans = append(edgeSpans, [2]string{start, end})
			}
			slices.SortFunc(edgeSpans, func(a, b [2]string) int { return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1])) })
			if !slices.Equal(got.EdgeSpans, edgeSpans) {
				t.Errorf("edge spans %q, want %q", got.EdgeSpans, edgeSpans)
			}
		})
	}
}

// hasPageRank reports whether opts carry PageRank scores.
func hasPageRank(opts Options) bool {
	return opts.Scores != nil && opts.Scores.PageRank != nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestReaderRDFLib(t *testing.T) {
	requirePython(t, "rdflib")
	cases := readerCases()
	formats := []string{"ntriples", "nquads"}
	sums := runReader(t, "check_rdf.py", []string{DefaultBaseIRI}, exportAll(t, cases, formats...))
	for i, c := range cases {
		for k, format := range formats {
			t.Run(c.name+"/"+format, func(t *testing.T) {
				b := render(t, format, c.g, c.opts).main
				stmts := parseNQuads(t, b)
				var named int
				for _, s := range stmts {
					if len(s) == 4 {
						named++
					}
				}
				var got struct {
					Statements, Named, Graphs int
					Labels                    []string
				}
				decodeSummary(t, sums[i*len(formats)+k], &got)
				if got.Statements != len(stmts) || got.Named != named {
					t.Errorf("rdflib reads %d statements (%d in article graphs), want %d (%d)", got.Statements, got.Named, len(stmts), named)
				}
				if format == "nquads" && c.opts.Triples != nil && (got.Named != smallTripleQuads || got.Graphs != 2) {
					t.Errorf("rdflib reads %d quads in %d article graphs, want %d in 2", got.Named, got.Graphs, smallTripleQuads)
				}
				if !slices.Equal(got.Labels, cleanLabelsRDF(c.g)) {
					t.Errorf("labels %q, want %q", got.Labels, cleanLabelsRDF(c.g))
				}
			})
		}
	}
}

// cleanLabelsRDF returns the labels rdflib should read for g's entities:
// literals keep every valid character, invalid bytes become U+FFFD.
func cleanLabelsRDF(g *graph.Graph) []string {
	labels := []string{}
	for _, n := range g.Nodes {
		var b strings.Builder
		for i := 0; i < len(n.Name); {
			r, size := utf8.DecodeRuneInString(n.Name[i:])
			b.WriteRune(r) // RuneError for each invalid byte
			i += size
		}
		labels = append(labels, b.String())
	}
	slices.Sort(labels)
	return labels
}
