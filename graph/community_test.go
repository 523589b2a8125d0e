package graph

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/graph/community"
)

// TestLouvainQuality compares our Louvain with gonum's community.Modularize
// on seeded BA graphs with planted groups: modularity within 2% of gonum's
// (or better), same result for the same seed.
func TestLouvainQuality(t *testing.T) {
	tests := []struct {
		name string
		g    *Graph
	}{
		{"ba1000", baGraph(1000, 3, 2)},
		{"planted", plantedGraph(600, 6, 3)},
		{"news", nxGraphs()[0].graph()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, comms, q := Communities(tt.g, 1, 42)
			ids2, comms2, q2 := Communities(tt.g, 1, 42)
			if !reflect.DeepEqual(ids, ids2) || !reflect.DeepEqual(comms, comms2) || q != q2 {
				t.Fatal("same seed, different communities")
			}
			if got := Modularity(tt.g, ids, 1); got != q {
				t.Errorf("Modularity = %v, Communities said %v", got, q)
			}
			total := 0
			for i, c := range comms {
				total += c.Size
				if c.ID != i || c.Size != len(c.Members) || (i > 0 && c.Size > comms[i-1].Size) {
					t.Errorf("community %d: %+v", i, c)
				}
			}
			if total != len(tt.g.Nodes) {
				t.Errorf("communities cover %d of %d nodes", total, len(tt.g.Nodes))
			}
			red := community.Modularize(tt.g.Undirected(), 1, rand.NewPCG(42, 0))
			gq := community.Q(red, nil, 1)
			t.Logf("%s: ours Q=%.4f (%d communities), gonum Q=%.4f", tt.name, q, len(comms), gq)
			if q < gq-0.02*gq {
				t.Errorf("modularity %.4f below gonum's %.4f", q, gq)
			}
		})
	}
}

// plantedGraph has k groups of n/k nodes, dense inside (weight 3) and
// sparse between (weight 1).
func plantedGraph(n, k int, seed uint64) *Graph {
	rng := rand.New(rand.NewPCG(seed, 2))
	b := NewBuilder()
	for i := range n {
		for range 4 {
			j := rng.IntN(n)
			w := 1.0
			if rng.IntN(10) < 8 {
				j = (i/(n/k))*(n/k) + rng.IntN(n/k)
				w = 3
			}
			if j != i {
				b.AddEdge(Edge{From: baName(int32(i)), To: baName(int32(j)), Relation: "r", Weight: w})
			}
		}
	}
	return b.Graph()
}
