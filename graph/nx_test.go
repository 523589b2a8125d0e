package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite nxvalues_test.go from networkx")

// nxTestGraph is a small graph checked against networkx.
type nxTestGraph struct {
	name  string
	nodes []Node // extra nodes, e.g. isolated ones
	edges []Edge
}

func e(from, rel, to string, w float64) Edge {
	return Edge{From: from, To: to, Relation: rel, Weight: w, Articles: 1}
}

// nxGraphs are the graphs of the networkx checks. "news" has parallel
// relations, a 2-cycle, a self-loop, three components and an isolated
// node; "ring" is strongly connected; "ba40" is a seeded BA graph.
func nxGraphs() []nxTestGraph {
	gs := []nxTestGraph{
		{
			name:  "news",
			nodes: []Node{{Name: "Benghazi", Type: "LOC"}},
			edges: []Edge{
				e("Khalifa Haftar", "visit", "Russia", 3),
				e("Khalifa Haftar", "meet", "Sergei Lavrov", 1),
				e("Sergei Lavrov", "meet", "Khalifa Haftar", 2),
				e("Aguila Saleh", "visit", "Russia", 1),
				e("Aguila Saleh", "meet", "Sergei Lavrov", 1),
				e("Ahmed al-Mismari", "tell", "Sputnik", 2),
				e("Khalifa Haftar", "interview", "Sputnik", 1),
				e("Khalifa Haftar", "give interview to", "Sputnik", 1),
				e("Ahmed al-Mismari", "speak for", "Khalifa Haftar", 2),
				e("Russia", "support", "Russia", 1),
				e("Sputnik", "report on", "Russia", 1),
				e("UN Security Council", "impose sanctions on", "Libya", 1),
				e("Libya", "include", "Tripoli", 2),
				e("UN Security Council", "meet in", "Tripoli", 1),
			},
		},
		{
			name: "ring",
			edges: []Edge{
				e("a", "r", "b", 1), e("b", "r", "c", 2), e("c", "r", "d", 1),
				e("d", "r", "e", 3), e("e", "r", "f", 1), e("f", "r", "a", 2),
				e("a", "s", "d", 1), e("c", "s", "a", 1), e("e", "s", "b", 2),
				e("b", "t", "a", 1),
			},
		},
	}
	src, dst, w := baEdges(40, 2, 11)
	ba := nxTestGraph{name: "ba40"}
	for i := range src {
		ba.edges = append(ba.edges, e(baName(src[i]), "r", baName(dst[i]), w[i]))
	}
	// A few reverse edges make cycles.
	for i := 0; i < len(src); i += 7 {
		ba.edges = append(ba.edges, e(baName(dst[i]), "back", baName(src[i]), 1))
	}
	return append(gs, ba)
}

func (tg nxTestGraph) graph() *Graph { return New(tg.nodes, tg.edges) }

// ourValues computes every measure under the names nx_check.py uses.
func ourValues(t *testing.T, g *Graph) map[string][]float64 {
	t.Helper()
	ctx := context.Background()
	v := map[string][]float64{}
	v["in_degree"], v["out_degree"], v["degree"] = Degree(g)
	v["pagerank"] = PageRank(g, 0.85, 1e-14)
	for _, o := range []struct {
		suffix string
		opts   Options
	}{
		{"", Options{}},
		{"_weighted", Options{Weighted: true}},
		{"_directed", Options{Directed: true}},
		{"_directed_weighted", Options{Directed: true, Weighted: true}},
	} {
		bc, err := Betweenness(ctx, g, o.opts)
		if err != nil {
			t.Fatal(err)
		}
		v["betweenness"+o.suffix] = bc
		c, h, err := Closeness(ctx, g, o.opts)
		if err != nil {
			t.Fatal(err)
		}
		v["closeness"+o.suffix], v["harmonic"+o.suffix] = c, h
	}
	var err error
	if v["eigenvector"], err = Eigenvector(g, false, 1e-14); err != nil {
		t.Logf("eigenvector: %v", err)
	}
	if v["eigenvector_directed"], err = Eigenvector(g, true, 1e-14); err != nil {
		t.Logf("eigenvector directed: %v", err)
	}
	if v["hub"], v["authority"], err = HITS(g, 1e-14); err != nil {
		t.Logf("hits: %v", err)
	}
	ids, _, q := Communities(g, 1, 1)
	v["modularity"] = []float64{q}
	v["partition"] = make([]float64, len(ids))
	for i, c := range ids {
		v["partition"][i] = float64(c)
	}
	return v
}

// compareValues reports measures of ours that differ from want by more
// than tol, and returns the largest difference.
func compareValues(t *testing.T, graph string, ours, want map[string][]float64, tol float64) float64 {
	t.Helper()
	worst := 0.0
	names := make([]string, 0, len(want))
	for m := range want {
		names = append(names, m)
	}
	sort.Strings(names)
	for _, m := range names {
		w := want[m]
		if w == nil {
			continue // networkx did not converge
		}
		got, ok := ours[m]
		if !ok || len(got) != len(w) {
			t.Errorf("%s %s: have %d values, networkx %d", graph, m, len(got), len(w))
			continue
		}
		for i := range w {
			d := math.Abs(got[i] - w[i])
			worst = max(worst, d)
			if d > tol || math.IsNaN(got[i]) {
				t.Errorf("%s %s[%d] = %.12g, networkx %.12g", graph, m, i, got[i], w[i])
			}
		}
	}
	return worst
}

// TestNetworkx runs testdata/nx_check.py with /usr/bin/python3 and
// compares every measure; it skips when networkx is missing, unless
// CI=true. With -update it rewrites nxvalues_test.go.
func TestNetworkx(t *testing.T) {
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import networkx, scipy").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %s cannot import networkx and scipy: %v", py, err)
		}
		t.Skipf("%s with networkx and scipy not available: %v", py, err)
	}
	type spec struct {
		Name      string   `json:"name"`
		Nodes     []string `json:"nodes"`
		Edges     [][3]any `json:"edges"`
		Partition []int    `json:"partition"`
		ours      map[string][]float64
	}
	var specs []*spec
	for _, tg := range nxGraphs() {
		g := tg.graph()
		s := &spec{Name: tg.name, ours: ourValues(t, g)}
		for _, n := range g.Nodes {
			s.Nodes = append(s.Nodes, n.Name)
		}
		for _, ed := range g.Edges {
			s.Edges = append(s.Edges, [3]any{ed.From, ed.To, ed.Weight})
		}
		for _, c := range s.ours["partition"] {
			s.Partition = append(s.Partition, int(c))
		}
		specs = append(specs, s)
	}
	in, err := json.Marshal(specs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "testdata/nx_check.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nx_check.py: %v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Logf("nx_check.py: %s", stderr.String())
	}
	var want map[string]map[string][]float64
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for _, s := range specs {
		worst := compareValues(t, s.Name, s.ours, want[s.Name], 1e-6)
		t.Logf("%s: largest difference from networkx %.3g", s.Name, worst)
	}
	if *update {
		ver, _ := exec.Command(py, "-c", "import networkx; print(networkx.__version__)").Output()
		if err := writeNXValues("nxvalues_test.go", strings.TrimSpace(string(ver)), want); err != nil {
			t.Fatal(err)
		}
	}
}

// writeNXValues writes networkx's values as a Go table so that the
// default test run needs no Python.
func writeNXValues(path, version string, want map[string]map[string][]float64) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by go test ./graph -run TestNetworkx -update; DO NOT EDIT.

package graph

// nxValues holds networkx %s's values for nxGraphs, per graph and measure,
// one value per node in name order. They come from testdata/nx_check.py,
// which builds D (nx.DiGraph, summed weights) and U (nx.Graph, both
// directions summed, dist = 1/weight) and calls:
//
//	in_degree, out_degree, degree: D.in_degree(weight="weight"), ...
//	pagerank: nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000)
//	betweenness[_weighted]: nx.betweenness_centrality(U[, weight="dist"])
//	betweenness_directed[_weighted]: nx.betweenness_centrality(D[, weight="dist"])
//	closeness[_weighted|_directed]: nx.closeness_centrality(U[, distance="dist"]|D)
//	harmonic[_weighted|_directed]: nx.harmonic_centrality(U[, distance="dist"]|D)
//	eigenvector[_directed]: nx.eigenvector_centrality(U|D, weight="weight", tol=1e-15, max_iter=100000)
//	hub, authority: nx.hits(D, tol=1e-14, max_iter=100000)
//	modularity: nx.community.modularity(U, <our partition>, weight="weight")
//
// A nil slice means networkx did not converge.
var nxValues = map[string]map[string][]float64{
`, version)
	graphs := make([]string, 0, len(want))
	for g := range want {
		graphs = append(graphs, g)
	}
	sort.Strings(graphs)
	for _, g := range graphs {
		fmt.Fprintf(&b, "\t%q: {\n", g)
		ms := make([]string, 0, len(want[g]))
		for m := range want[g] {
			ms = append(ms, m)
		}
		sort.Strings(ms)
		for _, m := range ms {
			vs := want[g][m]
			if vs == nil {
				fmt.Fprintf(&b, "\t\t%q: nil,\n", m)
				continue
			}
			parts := make([]string, len(vs))
			for i, x := range vs {
				parts[i] = fmt.Sprintf("%.17g", x)
			}
			fmt.Fprintf(&b, "\t\t%q: {%s},\n", m, strings.Join(parts, ", "))
		}
		fmt.Fprintf(&b, "\t},\n")
	}
	fmt.Fprintf(&b, "}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("format %s: %w", path, err)
	}
	return os.WriteFile(path, src, 0o644)
}
