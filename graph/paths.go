package graph

import (
	"context"
	"math"
	"math/rand/v2"
	"sync"
	"sync/atomic"
)

// betweennessParts is the fixed number of source partitions of Brandes'
// algorithm. Each has its own accumulator, merged in partition order, so
// the scores are bitwise identical for any number of workers (at most
// this many run at once).
const betweennessParts = 8

// relabelNodes is the node count from which betweenness relabels nodes in
// breadth-first order: below it the search state fits in cache anyway.
var relabelNodes = 20000

// runParallel runs work(worker, item) for items 0..items-1 on up to w
// goroutines, each item once; worker is in [0, w). It stops early and
// returns ctx.Err() when ctx is cancelled.
func runParallel(ctx context.Context, items, w int, work func(worker, item int)) error {
	if w > items {
		w = items
	}
	var next atomic.Int64
	run := func(k int) {
		for {
			i := int(next.Add(1)) - 1
			if i >= items || ctx.Err() != nil {
				return
			}
			work(k, i)
		}
	}
	if w <= 1 {
		run(0)
	} else {
		var wg sync.WaitGroup
		for k := 0; k < w; k++ {
			wg.Go(func() { run(k) })
		}
		wg.Wait()
	}
	return ctx.Err()
}

// spBuf holds the per-worker buffers of single-source shortest paths.
// Per-node state is kept in one struct per node, so that visiting a
// neighbour touches one cache line. Between sources only the visited
// entries are reset.
type spBuf struct {
	hop   []hopState // unweighted searches
	wt    []wtState  // weighted searches
	order []int32    // nodes in order of non-decreasing distance
	heap  distHeap
}

// hopState is 16 bytes: sigma first holds σ, the number of shortest
// paths from the source, and once the node's dependency δ is known
// (Brandes' backward pass) (1+δ)/σ, the only value its predecessors need.
type hopState struct {
	sigma float64
	dist  int32 // hops from the source, -1 unvisited
}

type wtState struct {
	dist    float64 // distance from the source, +Inf unvisited
	sigma   float64 // σ, then (1+δ)/σ, as in hopState
	settled bool
}

func newSPBuf(n int, weighted bool) *spBuf {
	b := &spBuf{order: make([]int32, 0, n)}
	if weighted {
		b.wt = make([]wtState, n)
		for i := range b.wt {
			b.wt[i].dist = math.Inf(1)
		}
	} else {
		b.hop = make([]hopState, n)
		for i := range b.hop {
			b.hop[i].dist = -1
		}
	}
	return b
}

func (b *spBuf) reset() {
	if b.hop != nil {
		for _, v := range b.order {
			b.hop[v] = hopState{dist: -1}
		}
	} else {
		for _, v := range b.order {
			b.wt[v] = wtState{dist: math.Inf(1)}
		}
	}
	b.order = b.order[:0]
}

// dist returns the distance of a reached node.
func (b *spBuf) dist(v int32) float64 {
	if b.hop != nil {
		return float64(b.hop[v].dist)
	}
	return b.wt[v].dist
}

// bfs fills order, dist and sigma from s over c.
func (b *spBuf) bfs(c *csr, s int32) {
	off, adj, st := c.off, c.adj, b.hop
	order := append(b.order, s)
	st[s].dist = 0
	st[s].sigma = 1
	for head := 0; head < len(order); head++ {
		v := order[head]
		dv := st[v].dist + 1
		sv := st[v].sigma
		for _, w := range adj[off[v]:off[v+1]] {
			x := &st[w]
			if x.dist < 0 {
				x.dist = dv
				order = append(order, w)
			}
			if x.dist == dv {
				x.sigma += sv
			}
		}
	}
	b.order = order
}

// dijkstra fills order, dist and sigma from s over c with arc lengths
// cost (all positive). Equal distances are compared exactly, as networkx
// does.
func (b *spBuf) dijkstra(c *csr, cost []float64, s int32) {
	off, adj, st := c.off, c.adj, b.wt
	order := b.order
	h := b.heap[:0]
	st[s].dist = 0
	st[s].sigma = 1
	h = h.push(0, s)
	for len(h) > 0 {
		var d float64
		var v int32
		h, d, v = h.pop()
		if st[v].settled {
			continue
		}
		st[v].settled = true
		order = append(order, v)
		sv := st[v].sigma
		for p := off[v]; p < off[v+1]; p++ {
			x := &st[adj[p]]
			nd := d + cost[p]
			switch {
			case x.settled:
			case nd < x.dist:
				x.dist = nd
				x.sigma = sv
				h = h.push(nd, adj[p])
			case nd == x.dist:
				x.sigma += sv
			}
		}
	}
	b.order = order
	b.heap = h
}

// accumulate adds the dependencies of the last search from s to bc
// (Brandes: δ(v) = Σ_{w: v precedes w} σ(v)/σ(w)·(1+δ(w))), visiting nodes
// by decreasing distance and the successors of each through its row.
// (1+δ(w))/σ(w) replaces σ(w) once w is done, so the inner loop has no
// division.
func (b *spBuf) accumulate(c *csr, cost []float64, bc []float64) {
	off, adj, order := c.off, c.adj, b.order
	if b.hop != nil {
		st := b.hop
		for i := len(order) - 1; i > 0; i-- {
			v := order[i]
			dv := st[v].dist + 1
			var sum float64
			for _, w := range adj[off[v]:off[v+1]] {
				if x := &st[w]; x.dist == dv {
					sum += x.sigma // (1+δ)/σ of a successor
				}
			}
			sv := st[v].sigma
			bc[v] += sv * sum
			st[v].sigma = 1/sv + sum
		}
		return
	}
	st := b.wt
	for i := len(order) - 1; i > 0; i-- {
		v := order[i]
		dv := st[v].dist
		var sum float64
		for p := off[v]; p < off[v+1]; p++ {
			if x := &st[adj[p]]; x.dist == dv+cost[p] {
				sum += x.sigma
			}
		}
		sv := st[v].sigma
		bc[v] += sv * sum
		st[v].sigma = 1/sv + sum
	}
}

// distHeap is a binary min-heap of tentative distances; stale entries
// are skipped when popped.
type distHeap []heapItem

type heapItem struct {
	d float64
	v int32
}

func (h distHeap) push(d float64, v int32) distHeap {
	h = append(h, heapItem{d, v})
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h[p].d <= d {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = heapItem{d, v}
	return h
}

func (h distHeap) pop() (distHeap, float64, int32) {
	top := h[0]
	last := h[len(h)-1]
	h = h[:len(h)-1]
	n := len(h)
	i := 0
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		if r := l + 1; r < n && h[r].d < h[l].d {
			l = r
		}
		if last.d <= h[l].d {
			break
		}
		h[i] = h[l]
		i = l
	}
	if n > 0 {
		h[i] = last
	}
	return h, top.d, top.v
}

// pathGraph returns the adjacency the path measures traverse from a
// source and the arc lengths (nil when unweighted): the undirected entity
// graph, or the directed one (reversed when incoming is set) when
// opts.Directed. Weighted lengths are 1/weight; arcs of weight <= 0 are
// absent.
func pathGraph(a *adjacency, opts Options, incoming bool) (*csr, []float64) {
	c := a.und
	if opts.Directed {
		c = a.out
		if incoming {
			c = a.in
		}
	}
	if !opts.Weighted {
		return c, nil
	}
	positive := true
	for _, w := range c.w {
		positive = positive && w > 0
	}
	if !positive {
		c = dropNonPositive(c)
	}
	cost := make([]float64, len(c.w))
	for p, w := range c.w {
		cost[p] = 1 / w
	}
	return c, cost
}

// dropNonPositive returns c without its arcs of weight <= 0.
func dropNonPositive(c *csr) *csr {
	d := &csr{off: make([]int32, len(c.off))}
	for v := range c.n() {
		adj, w := c.row(int32(v))
		for i := range adj {
			if w[i] > 0 {
				d.adj = append(d.adj, adj[i])
				d.w = append(d.w, w[i])
			}
		}
		d.off[v+1] = int32(len(d.adj))
	}
	return d
}

// Betweenness returns the betweenness centrality of every node, exact
// (Brandes' algorithm) or, when 0 < opts.Samples < N, estimated from
// opts.Samples source nodes drawn with opts.Seed. It matches
// networkx.betweenness_centrality(G, k, normalized=True, weight) on the
// undirected entity graph, or on the directed one when opts.Directed;
// with opts.Weighted the length of an edge is 1/weight, otherwise every
// edge has length 1. Scores are normalised by 1/((N-1)(N-2)) (times
// N/Samples when sampled). Sources run on opts.Workers goroutines.
func Betweenness(ctx context.Context, g *Graph, opts Options) ([]float64, error) {
	return betweenness(ctx, newAdjacency(g), opts)
}

func betweenness(ctx context.Context, a *adjacency, opts Options) ([]float64, error) {
	c, cost := pathGraph(a, opts, false)
	n := c.n()
	bc := make([]float64, n)
	if n == 0 {
		return bc, nil
	}
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	k := n
	if opts.Samples > 0 && opts.Samples < n {
		k = opts.Samples
		if opts.firstSources {
			sources = sources[:k]
		}
		rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
		for i := 0; i < k && !opts.firstSources; i++ { // partial Fisher–Yates
			j := i + rng.IntN(n-i)
			sources[i], sources[j] = sources[j], sources[i]
		}
		sources = sources[:k]
	}
	// Large graphs are relabelled in breadth-first order for locality.
	var perm []int32
	if n >= relabelNodes {
		var inv []int32
		perm, inv = bfsOrder(c)
		c = permute(c, perm, inv)
		if cost != nil {
			cost = make([]float64, len(c.w))
			for p, w := range c.w {
				cost[p] = 1 / w
			}
		}
		for i, s := range sources {
			sources[i] = inv[s]
		}
	}
	parts := min(betweennessParts, k)
	acc := make([][]float64, parts)
	w := min(workers(opts.Workers), parts)
	bufs := make([]*spBuf, w)
	err := runParallel(ctx, parts, w, func(wk, p int) {
		if bufs[wk] == nil {
			bufs[wk] = newSPBuf(n, cost != nil)
		}
		b := bufs[wk]
		acc[p] = make([]float64, n)
		for i := p; i < k; i += parts {
			if i%64 == p && ctx.Err() != nil {
				return
			}
			s := sources[i]
			if cost == nil {
				b.bfs(c, s)
			} else {
				b.dijkstra(c, cost, s)
			}
			b.accumulate(c, cost, acc[p])
			b.reset()
		}
	})
	if err != nil {
		return nil, err
	}
	for p := range parts {
		for v, x := range acc[p] {
			bc[v] += x
		}
	}
	if perm != nil {
		orig := make([]float64, n)
		for nv, v := range perm {
			orig[v] = bc[nv]
		}
		bc = orig
	}
	if n > 2 {
		scale := 1 / float64((n-1)*(n-2))
		if k < n {
			scale *= float64(n) / float64(k)
		}
		for v := range bc {
			bc[v] *= scale
		}
	} else {
		clear(bc)
	}
	return bc, nil
}

// Closeness returns the closeness and harmonic centrality of every node,
// as networkx.closeness_centrality(G, distance, wf_improved=True) and
// networkx.harmonic_centrality(G, distance): for a node u with r nodes
// reachable (u included) at total distance D, closeness is
// (r-1)/D · (r-1)/(N-1) (0 if D is 0), and harmonic is the sum of 1/d
// over the other reachable nodes. Distances are on the undirected entity
// graph, or incoming distances (from v to u) on the directed one when
// opts.Directed; lengths are 1/weight with opts.Weighted, else 1.
func Closeness(ctx context.Context, g *Graph, opts Options) (closeness, harmonic []float64, err error) {
	return closenessHarmonic(ctx, newAdjacency(g), opts)
}

// Harmonic returns the harmonic centrality of every node; see Closeness,
// which computes it along with closeness at no extra cost.
func Harmonic(ctx context.Context, g *Graph, opts Options) ([]float64, error) {
	_, h, err := closenessHarmonic(ctx, newAdjacency(g), opts)
	return h, err
}

func closenessHarmonic(ctx context.Context, a *adjacency, opts Options) (closeness, harmonic []float64, err error) {
	c, cost := pathGraph(a, opts, true)
	n := c.n()
	closeness, harmonic = make([]float64, n), make([]float64, n)
	const chunk = 64
	w := workers(opts.Workers)
	bufs := make([]*spBuf, w)
	err = runParallel(ctx, (n+chunk-1)/chunk, w, func(wk, ch int) {
		if bufs[wk] == nil {
			bufs[wk] = newSPBuf(n, cost != nil)
		}
		b := bufs[wk]
		for s := ch * chunk; s < min(n, (ch+1)*chunk); s++ {
			var tot, harm float64
			if cost == nil {
				b.bfs(c, int32(s))
				for _, v := range b.order[1:] {
					d := float64(b.hop[v].dist)
					tot += d
					harm += 1 / d
				}
			} else {
				b.dijkstra(c, cost, int32(s))
				for _, v := range b.order[1:] {
					d := b.wt[v].dist
					tot += d
					harm += 1 / d
				}
			}
			r := float64(len(b.order) - 1)
			if tot > 0 && n > 1 {
				closeness[s] = r / tot * r / float64(n-1)
			}
			harmonic[s] = harm
			b.reset()
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return closeness, harmonic, nil
}
