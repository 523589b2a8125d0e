package graph

import (
	"math"
	"testing"
)

// TestPageRankGSMatchesPower checks the Gauss–Seidel solver against
// networkx-style power iteration on BA graphs and on a graph with cycles,
// self-loops and dangling nodes.
func TestPageRankGSMatchesPower(t *testing.T) {
	cyc := NewBuilder()
	for i := range 300 {
		cyc.AddEdge(Edge{From: baName(int32(i)), To: baName(int32((i*7 + 3) % 300)), Relation: "r", Weight: float64(1 + i%4)})
		if i%5 == 0 {
			cyc.AddEdge(Edge{From: baName(int32(i)), To: baName(int32(i)), Relation: "self", Weight: 2})
		}
		if i%3 == 0 {
			cyc.AddEdge(Edge{From: baName(int32(i)), To: baName(int32(300 + i)), Relation: "dangling", Weight: 1})
		}
	}
	tests := []struct {
		name string
		g    *Graph
	}{
		{"ba2k", baGraph(2000, 3, 7)},
		{"ba-undirected-cycles", baGraphBothWays(500, 2, 3)},
		{"cycles-selfloops-dangling", cyc.Graph()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAdjacency(tt.g)
			gs, err := pageRankGS(a, 0.85, 1e-12)
			if err != nil {
				t.Fatal(err)
			}
			pw, err := pageRankPower(a, 0.85, 1e-13, 1)
			if err != nil {
				t.Fatal(err)
			}
			var l1 float64
			for i := range gs {
				l1 += math.Abs(gs[i] - pw[i])
			}
			if l1 > 1e-10 {
				t.Errorf("L1(gs - power) = %g", l1)
			}
		})
	}
}

// baGraphBothWays is a BA graph with every edge also reversed (weight 1),
// so that it is one strongly connected component.
func baGraphBothWays(n, m int, seed uint64) *Graph {
	src, dst, w := baEdges(n, m, seed)
	b := NewBuilder()
	for i := range src {
		b.AddEdge(Edge{From: baName(src[i]), To: baName(dst[i]), Relation: "r", Weight: w[i]})
		b.AddEdge(Edge{From: baName(dst[i]), To: baName(src[i]), Relation: "back", Weight: 1})
	}
	return b.Graph()
}
