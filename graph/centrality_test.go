package graph

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"
)

// TestNetworkxTable compares every measure with the networkx values
// pasted in nxvalues_test.go (no Python needed).
func TestNetworkxTable(t *testing.T) {
	for _, tg := range nxGraphs() {
		t.Run(tg.name, func(t *testing.T) {
			want, ok := nxValues[tg.name]
			if !ok {
				t.Fatalf("no networkx values for %s; run go test ./graph -run TestNetworkx -update", tg.name)
			}
			ours := ourValues(t, tg.graph())
			compareValues(t, tg.name, ours, want, 1e-9)
		})
	}
}

// TestComputeMatchesFunctions checks that Compute fills the Scores from
// the per-measure functions and leaves the rest nil.
func TestComputeMatchesFunctions(t *testing.T) {
	g := nxGraphs()[0].graph()
	ctx := context.Background()
	tests := []struct {
		measures []string
		opts     Options
		check    func(t *testing.T, s *Scores)
	}{
		{[]string{"pagerank"}, Options{}, func(t *testing.T, s *Scores) {
			if !reflect.DeepEqual(s.PageRank, PageRank(g, 0, 0)) || s.Betweenness != nil || s.Community != nil {
				t.Errorf("pagerank only: %+v", s)
			}
		}},
		{[]string{"betweenness", "degree"}, Options{Weighted: true, Workers: 3}, func(t *testing.T, s *Scores) {
			bc, _ := Betweenness(ctx, g, Options{Weighted: true, Workers: 1})
			in, out, tot := Degree(g)
			if !reflect.DeepEqual(s.Betweenness, bc) || !reflect.DeepEqual(s.InDegree, in) ||
				!reflect.DeepEqual(s.OutDegree, out) || !reflect.DeepEqual(s.Degree, tot) || s.PageRank != nil {
				t.Errorf("betweenness+degree: %+v", s)
			}
		}},
		{[]string{"harmonic"}, Options{Directed: true}, func(t *testing.T, s *Scores) {
			_, h, _ := Closeness(ctx, g, Options{Directed: true})
			if !reflect.DeepEqual(s.Harmonic, h) || s.Closeness != nil {
				t.Errorf("harmonic: %+v", s)
			}
		}},
		{[]string{"communities", "hits", "eigenvector"}, Options{Seed: 3}, func(t *testing.T, s *Scores) {
			ids, _, q := Communities(g, 1, 3)
			if !reflect.DeepEqual(s.Community, ids) || s.Modularity != q || s.Hub == nil || s.Eigenvector == nil || s.PageRank != nil {
				t.Errorf("communities: %+v", s)
			}
		}},
	}
	for _, tt := range tests {
		s, err := Compute(ctx, g, tt.measures, tt.opts)
		if err != nil {
			t.Fatalf("Compute(%v): %v", tt.measures, err)
		}
		tt.check(t, s)
	}
	if _, err := Compute(ctx, g, []string{"fame"}, Options{}); !errors.Is(err, ErrUnknownMeasure) {
		t.Errorf("unknown measure: err = %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Compute(cancelled, g, []string{"betweenness"}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

// TestBetweennessDeterministic checks that results do not depend on the
// number of workers, bit for bit, and that sampling is seeded.
func TestBetweennessDeterministic(t *testing.T) {
	g := baGraph(800, 3, 5)
	ctx := context.Background()
	for _, weighted := range []bool{false, true} {
		var first []float64
		for _, w := range []int{1, 2, 3, 16} {
			bc, err := Betweenness(ctx, g, Options{Weighted: weighted, Workers: w})
			if err != nil {
				t.Fatal(err)
			}
			if first == nil {
				first = bc
			} else if !slices.Equal(bc, first) {
				t.Errorf("weighted=%v workers=%d differs from workers=1", weighted, w)
			}
		}
		s1, _ := Betweenness(ctx, g, Options{Weighted: weighted, Samples: 100, Seed: 9, Workers: 1})
		s2, _ := Betweenness(ctx, g, Options{Weighted: weighted, Samples: 100, Seed: 9, Workers: 2})
		s3, _ := Betweenness(ctx, g, Options{Weighted: weighted, Samples: 100, Seed: 10, Workers: 2})
		if !slices.Equal(s1, s2) || slices.Equal(s1, s3) {
			t.Errorf("weighted=%v: sampling not seeded deterministically", weighted)
		}
		// The sampled estimate is unbiased: top nodes keep their rank roughly.
		var exactSum, sampledSum float64
		for i := range first {
			exactSum += first[i]
			sampledSum += s1[i]
		}
		if r := sampledSum / exactSum; r < 0.8 || r > 1.2 {
			t.Errorf("weighted=%v: sampled total %.4g vs exact %.4g", weighted, sampledSum, exactSum)
		}
	}
}

// TestEmptyAndTinyGraphs checks that no measure panics or divides by
// zero on graphs of 0, 1 and 2 nodes.
func TestEmptyAndTinyGraphs(t *testing.T) {
	graphs := map[string]*Graph{
		"empty":    NewBuilder().Graph(),
		"one":      New([]Node{{Name: "a"}}, nil),
		"selfloop": New(nil, []Edge{e("a", "r", "a", 1)}),
		"two":      New(nil, []Edge{e("a", "r", "b", 1)}),
		"literal":  {Nodes: []Node{{Name: "a"}, {Name: "b"}}, Edges: []Edge{e("a", "r", "b", 2), e("b", "r", "zz", 1)}},
	}
	for name, g := range graphs {
		s, err := Compute(context.Background(), g, Measures, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, xs := range [][]float64{s.PageRank, s.Betweenness, s.Closeness, s.Harmonic, s.Eigenvector, s.Hub, s.Authority, s.Degree} {
			if len(xs) != len(g.Nodes) {
				t.Errorf("%s: %d scores for %d nodes", name, len(xs), len(g.Nodes))
			}
			for _, x := range xs {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Errorf("%s: score %v", name, x)
				}
			}
		}
	}
}

// TestBetweennessRelabelled checks that the breadth-first relabelling of
// large graphs gives the same scores as the original labels.
func TestBetweennessRelabelled(t *testing.T) {
	g := baGraphBothWays(600, 3, 8)
	for _, opts := range []Options{{}, {Weighted: true}, {Directed: true}, {Samples: 200, Seed: 4}} {
		relabelNodes = 1 << 30
		plain, _ := Betweenness(context.Background(), g, opts)
		relabelNodes = 1
		relabelled, _ := Betweenness(context.Background(), g, opts)
		relabelNodes = 20000
		for i := range plain {
			if math.Abs(plain[i]-relabelled[i]) > 1e-12 {
				t.Fatalf("%+v: node %d: %.15g relabelled %.15g", opts, i, plain[i], relabelled[i])
			}
		}
	}
}
