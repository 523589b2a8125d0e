package graph

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// baEdges returns a seeded Barabási–Albert graph of n nodes: node m
// links to nodes 0..m-1, and every later node links to m distinct earlier
// nodes drawn with probability proportional to their degree. Edges point
// from the new node to the old one and weigh 1, 2 or 3.
func baEdges(n, m int, seed uint64) (src, dst []int32, w []float64) {
	rng := rand.New(rand.NewPCG(seed, 1))
	rep := make([]int32, 0, 2*n*m) // every endpoint of every edge so far
	add := func(u, v int32) {
		src = append(src, u)
		dst = append(dst, v)
		w = append(w, float64(1+rng.IntN(3)))
		rep = append(rep, u, v)
	}
	for v := 0; v < m; v++ {
		add(int32(m), int32(v))
	}
	chosen := make([]int32, 0, m)
	for u := m + 1; u < n; u++ {
		chosen = chosen[:0]
		for len(chosen) < m {
			t := rep[rng.IntN(len(rep))]
			dup := false
			for _, c := range chosen {
				dup = dup || c == t
			}
			if !dup {
				chosen = append(chosen, t)
			}
		}
		for _, t := range chosen {
			add(int32(u), t)
		}
	}
	return src, dst, w
}

// baName names BA node i so that names sort like numbers.
func baName(i int32) string { return fmt.Sprintf("n%07d", i) }

// baGraph returns baEdges(n, m, seed) as a Graph; node i is g.Nodes[i].
func baGraph(n, m int, seed uint64) *Graph {
	src, dst, w := baEdges(n, m, seed)
	b := NewBuilder()
	for i := 0; i < n; i++ {
		b.AddNode(Node{Name: baName(int32(i)), Type: "PERSON", Mentions: 1})
	}
	for i := range src {
		b.AddEdge(Edge{From: baName(src[i]), To: baName(dst[i]), Relation: "rel", Weight: w[i]})
	}
	return b.Graph()
}

// Bench graph sizes of issue 5: 10k nodes/30k edges and 100k/500k.
var benchSizes = []struct {
	name string
	n, m int
}{
	{"ba10k", 10000, 3},
	{"ba100k", 100000, 5},
}

// TestWriteBenchEdgeLists writes the benchmark graphs as edge lists
// ("from to weight", node positions) into $KG_GRAPH_EDGELIST_DIR for
// testdata/bench_igraph.py; it is skipped when that variable is unset.
func TestWriteBenchEdgeLists(t *testing.T) {
	dir := os.Getenv("KG_GRAPH_EDGELIST_DIR")
	if dir == "" {
		t.Skip("KG_GRAPH_EDGELIST_DIR not set")
	}
	for _, s := range benchSizes {
		g := baGraph(s.n, s.m, 1)
		if err := writeEdgeList(filepath.Join(dir, s.name+".txt"), g); err != nil {
			t.Fatal(err)
		}
	}
}

func writeEdgeList(path string, g *Graph) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write edge list: %w", err)
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# %d nodes\n", len(g.Nodes))
	for i, e := range g.Edges {
		u, v, _ := g.endpoints(i)
		fmt.Fprintf(bw, "%d %d %g\n", u, v, e.Weight)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write edge list: %w", err)
	}
	return f.Close()
}
