package graph

import (
	"fmt"
	"testing"
)

// TestHITSSlowConvergence: two stars of almost the same weight make the
// two largest singular values close, so the power iteration needs more
// than DefaultMaxIter steps (as the example articles' graph does); HITS
// must still converge, and the heavier star's centre lead the hubs.
func TestHITSSlowConvergence(t *testing.T) {
	var edges []Edge
	for i := range 3 {
		edges = append(edges,
			Edge{From: "A", To: fmt.Sprint("a", i), Relation: "r", Weight: 1},
			Edge{From: "B", To: fmt.Sprint("b", i), Relation: "r", Weight: 1.002})
	}
	g := New(nil, edges)
	hub, _, err := HITS(g, 0)
	if err != nil {
		t.Fatalf("HITS: %v", err)
	}
	best := 0
	for i := range hub {
		if hub[i] > hub[best] {
			best = i
		}
	}
	if g.Nodes[best].Name != "B" {
		t.Errorf("top hub %s, want B", g.Nodes[best].Name)
	}
}
