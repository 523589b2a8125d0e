package graph

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortRow(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 10, 48, 49, 200} {
		adj := make([]int32, n)
		w := make([]float64, n)
		for i := range adj {
			adj[i] = int32(rng.IntN(20))
			w[i] = float64(i) // input position: checks stability
		}
		want := make([]int, n)
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(a, b int) int { return int(adj[a]) - int(adj[b]) })
		orig := slices.Clone(adj)
		sortRow(adj, w)
		for i, j := range want {
			if adj[i] != orig[j] || w[i] != float64(j) {
				t.Fatalf("n=%d: position %d has (%d, %v), want (%d, %d)", n, i, adj[i], w[i], orig[j], j)
			}
		}
	}
}

// TestAdjacency checks the three views on a graph literal with unsorted,
// duplicated edges, a self-loop and an edge to an unknown node.
func TestAdjacency(t *testing.T) {
	g := &Graph{
		Nodes: []Node{{Name: "a"}, {Name: "b"}, {Name: "c"}},
		Edges: []Edge{
			e("c", "r", "a", 1), e("a", "r", "c", 2), e("a", "s", "c", 3),
			e("a", "r", "b", 1), e("b", "r", "b", 5), e("b", "r", "zz", 1), e("b", "r", "a", 4),
		},
	}
	a := newAdjacency(g)
	tests := []struct {
		name string
		c    *csr
		off  []int32
		adj  []int32
		w    []float64
	}{
		{"out", a.out, []int32{0, 2, 4, 5}, []int32{1, 2, 0, 1, 0}, []float64{1, 5, 4, 5, 1}},
		{"in", a.in, []int32{0, 2, 4, 5}, []int32{1, 2, 0, 1, 0}, []float64{4, 1, 1, 5, 5}},
		{"und", a.und, []int32{0, 2, 3, 4}, []int32{1, 2, 0, 0}, []float64{5, 6, 5, 6}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.c.off, tt.off) || !slices.Equal(tt.c.adj, tt.adj) || !slices.Equal(tt.c.w, tt.w) {
			t.Errorf("%s: off %v adj %v w %v; want %v %v %v", tt.name, tt.c.off, tt.c.adj, tt.c.w, tt.off, tt.adj, tt.w)
		}
	}
}
