package graph

import (
	"context"
	"errors"
	"fmt"
)

// Measure names accepted by Compute.
const (
	MeasureDegree      = "degree"
	MeasurePageRank    = "pagerank"
	MeasureBetweenness = "betweenness"
	MeasureCloseness   = "closeness"
	MeasureHarmonic    = "harmonic"
	MeasureEigenvector = "eigenvector"
	MeasureHITS        = "hits"
	MeasureCommunities = "communities"
)

// Measures lists every measure Compute knows, in a stable order.
var Measures = []string{
	MeasureDegree, MeasurePageRank, MeasureBetweenness, MeasureCloseness,
	MeasureHarmonic, MeasureEigenvector, MeasureHITS, MeasureCommunities,
}

// Options tunes Compute and the per-measure functions. The zero value
// gives the documented defaults (see the package documentation).
type Options struct {
	// Weighted makes the path measures (betweenness, closeness,
	// harmonic) use 1/weight as the length of an edge instead of one hop.
	// Degree, PageRank, eigenvector, HITS and communities always use the
	// weights.
	Weighted bool
	// Directed makes betweenness, closeness, harmonic and eigenvector
	// follow edge directions; by default they see the undirected graph.
	// PageRank and HITS are always directed, communities always undirected.
	Directed bool
	// Samples, when 0 < Samples < N, estimates betweenness from that many
	// random sources instead of all N.
	Samples int
	// Seed seeds the source sampling and the community search.
	Seed uint64
	// Resolution is the modularity resolution of the community search;
	// 0 means 1.
	Resolution float64
	// Workers is the number of goroutines of betweenness, closeness and
	// PageRank; 0 means GOMAXPROCS. Results do not depend on it.
	Workers int
	// Damping is PageRank's damping factor; 0 means DefaultDamping.
	Damping float64
	// Tol is the convergence tolerance of PageRank, eigenvector and HITS;
	// 0 means DefaultTol.
	Tol float64

	firstSources bool // benchmarks: sample sources 0..Samples-1, as igraph's subset betweenness
}

// Compute computes the named measures (see Measures) of g and returns
// them in a Scores; slices of measures not asked for stay nil.
// "closeness" and "harmonic" are computed together, as are in-, out- and
// total degree, and hub and authority.
//
// If an iterative measure stops at its iteration limit, Compute still
// fills every score and returns them with an error wrapping
// ErrNotConverged. An unknown measure or a cancelled ctx gives a nil
// Scores and an error.
func Compute(ctx context.Context, g *Graph, measures []string, opts Options) (*Scores, error) {
	want := make(map[string]bool, len(measures))
	for _, m := range measures {
		known := false
		for _, k := range Measures {
			known = known || k == m
		}
		if !known {
			return nil, fmt.Errorf("compute %q: %w", m, ErrUnknownMeasure)
		}
		want[m] = true
	}
	a := newAdjacency(g)
	s := &Scores{}
	var soft []error
	var err error
	if want[MeasureDegree] {
		s.InDegree, s.OutDegree, s.Degree = Degree(g)
	}
	if want[MeasurePageRank] || want[MeasureCommunities] {
		var pr []float64
		pr, err = pageRank(a, opts.Damping, opts.Tol, opts.Workers)
		soft = appendSoft(soft, err)
		if want[MeasurePageRank] {
			s.PageRank = pr
		}
		if want[MeasureCommunities] {
			s.Community, _, s.Modularity = communities(g, a, pr, opts.Resolution, opts.Seed)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if want[MeasureBetweenness] {
		if s.Betweenness, err = betweenness(ctx, a, opts); err != nil {
			return nil, fmt.Errorf("betweenness: %w", err)
		}
	}
	if want[MeasureCloseness] || want[MeasureHarmonic] {
		c, h, err := closenessHarmonic(ctx, a, opts)
		if err != nil {
			return nil, fmt.Errorf("closeness: %w", err)
		}
		if want[MeasureCloseness] {
			s.Closeness = c
		}
		if want[MeasureHarmonic] {
			s.Harmonic = h
		}
	}
	if want[MeasureEigenvector] {
		s.Eigenvector, err = eigenvector(a, opts.Directed, opts.Tol)
		soft = appendSoft(soft, err)
	}
	if want[MeasureHITS] {
		s.Hub, s.Authority, err = hits(a, opts.Tol)
		soft = appendSoft(soft, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return s, errors.Join(soft...)
}

func appendSoft(errs []error, err error) []error {
	if err != nil {
		errs = append(errs, err)
	}
	return errs
}
