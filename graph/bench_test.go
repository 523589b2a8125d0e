package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/cputime"
)

// loopCPU runs f in a b.Loop and reports CPU milliseconds per op.
func loopCPU(b *testing.B, f func()) {
	b.ReportAllocs()
	start := cputime.Used()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	b.ReportMetric(float64(cputime.Used()-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
}

var benchGraphs = map[string]*Graph{}

func benchGraph(b *testing.B, name string, n, m int) *Graph {
	b.Helper()
	g, ok := benchGraphs[name]
	if !ok {
		g = baGraph(n, m, 1)
		benchGraphs[name] = g
	}
	return g
}

func BenchmarkPageRank(b *testing.B) {
	for _, s := range benchSizes {
		b.Run(s.name, func(b *testing.B) {
			g := benchGraph(b, s.name, s.n, s.m)
			a := newAdjacency(g)
			loopCPU(b, func() {
				if _, err := pageRank(a, 0, 0, 0); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

func BenchmarkBetweenness(b *testing.B) {
	for _, s := range benchSizes {
		for _, weighted := range []bool{false, true} {
			name := fmt.Sprintf("%s/weighted=%v", s.name, weighted)
			b.Run(name, func(b *testing.B) {
				if s.n > 10000 && testing.Short() {
					b.Skip("short")
				}
				g := benchGraph(b, s.name, s.n, s.m)
				a := newAdjacency(g)
				opts := Options{Weighted: weighted}
				if s.n > 10000 {
					// Exact would run for many minutes: time the first 1000
					// sources, as bench_igraph.py does; exact ≈ N/1000 times this.
					opts.Samples = 1000
					opts.firstSources = true
				}
				loopCPU(b, func() {
					if _, err := betweenness(context.Background(), a, opts); err != nil {
						b.Fatal(err)
					}
				})
			})
		}
	}
}

func BenchmarkCloseness(b *testing.B) {
	g := benchGraph(b, "ba10k", 10000, 3)
	a := newAdjacency(g)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := closenessHarmonic(context.Background(), a, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCommunities(b *testing.B) {
	for _, s := range benchSizes {
		b.Run(s.name, func(b *testing.B) {
			g := benchGraph(b, s.name, s.n, s.m)
			a := newAdjacency(g)
			pr, _ := pageRank(a, 0, 0, 0)
			loopCPU(b, func() { communities(g, a, pr, 1, 1) })
		})
	}
}

func BenchmarkAdjacency(b *testing.B) {
	g := benchGraph(b, "ba100k", 100000, 5)
	loopCPU(b, func() { newAdjacency(g) })
}

// BenchmarkBuild1M builds a Graph from one million distinct edges over
// 200k entity names and 50 relations.
func BenchmarkBuild1M(b *testing.B) {
	const nEdges, nNames, nRels = 1_000_000, 200_000, 50
	names := make([]string, nNames)
	for i := range names {
		names[i] = fmt.Sprintf("Entity %d", (i*7919)%nNames)
	}
	rels := make([]string, nRels)
	for i := range rels {
		rels[i] = fmt.Sprintf("relation %d", i)
	}
	src, dst, _ := baEdges(nNames, 5, 2) // ~1M edges
	edges := make([]Edge, 0, nEdges)
	for i := 0; len(edges) < nEdges; i++ {
		j := i % len(src)
		edges = append(edges, Edge{From: names[src[j]], To: names[dst[j]], Relation: rels[i%nRels], Weight: 1, Articles: 1})
	}
	for _, grow := range []bool{false, true} {
		b.Run(fmt.Sprintf("grow=%v", grow), func(b *testing.B) {
			loopCPU(b, func() {
				bl := NewBuilder()
				if grow {
					bl.Grow(nNames, nEdges)
				}
				for _, e := range edges {
					bl.AddEdge(e)
				}
				g := bl.Graph()
				if len(g.Edges) != nEdges {
					b.Fatalf("edges = %d", len(g.Edges))
				}
			})
		})
	}
}
