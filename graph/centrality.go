package graph

import (
	"math"
	"runtime"
	"sync"
)

// Defaults of the iterative measures.
const (
	// DefaultDamping is PageRank's damping factor, networkx's and igraph's default.
	DefaultDamping = 0.85
	// DefaultTol is the L1 norm of the change between two iterations below
	// which PageRank, eigenvector and HITS stop: tight enough that the
	// scores agree with networkx run to convergence within 1e-8.
	DefaultTol = 1e-10
	// DefaultMaxIter bounds the power iterations; reaching it gives a
	// *ConvergenceError along with the last iterate.
	DefaultMaxIter = 1000
	// chunkNodes is the fixed number of nodes per parallel work item.
	// Reductions are summed per chunk and then in chunk order, so results
	// are bitwise identical whatever the number of workers.
	chunkNodes = 4096
)

// workers returns w, or GOMAXPROCS when w <= 0.
func workers(w int) int {
	if w <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return w
}

// parallelChunks calls fn for each chunk [lo,hi) of n items split into
// chunks of size chunk, on up to w goroutines. fn gets the chunk number.
func parallelChunks(n, chunk, w int, fn func(c, lo, hi int)) {
	nc := (n + chunk - 1) / chunk
	if w > nc {
		w = nc
	}
	if w <= 1 {
		for c := 0; c < nc; c++ {
			fn(c, c*chunk, min((c+1)*chunk, n))
		}
		return
	}
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Go(func() {
			for c := k; c < nc; c += w {
				fn(c, c*chunk, min((c+1)*chunk, n))
			}
		})
	}
	wg.Wait()
}

// Degree returns the weighted in-, out- and total degree of every node of
// the entity graph: the sums of the Weights of the edges into, out of and
// at the node. A self-loop counts in all three, twice in total, as in
// networkx's DiGraph.degree(weight="weight").
func Degree(g *Graph) (in, out, total []float64) {
	n := len(g.Nodes)
	in, out, total = make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range g.Edges {
		f, t, ok := g.endpoints(i)
		if !ok {
			continue
		}
		w := g.Edges[i].Weight
		out[f] += w
		in[t] += w
	}
	for i := range total {
		total[i] = in[i] + out[i]
	}
	return in, out, total
}

// PageRank returns the PageRank of every node of the directed, weighted
// entity graph: the fixed point of networkx.pagerank(G, alpha=damping,
// weight="weight"), with the mass of dangling nodes (no out-weight)
// spread uniformly and uniform teleport. The scores sum to 1. damping <= 0
// means DefaultDamping; tol <= 0 means DefaultTol, the L1 error aimed at.
// It is solved as PRPACK (igraph) does, by Gauss–Seidel over the strongly
// connected components in topological order (see pageRankGS), which is
// deterministic and reaches the same fixed point as power iteration from
// the uniform vector, many times faster. Edges of weight <= 0 are ignored.
func PageRank(g *Graph, damping, tol float64) []float64 {
	pr, _ := pageRank(newAdjacency(g), damping, tol, 0)
	return pr
}

func pageRank(a *adjacency, damping, tol float64, _ int) ([]float64, error) {
	return pageRankGS(a, damping, tol)
}

// pageRankPower is networkx's power iteration, parallel over fixed node
// chunks; kept to check pageRankGS against.
func pageRankPower(a *adjacency, damping, tol float64, nw int) ([]float64, error) {
	if damping <= 0 || damping >= 1 {
		damping = DefaultDamping
	}
	if tol <= 0 {
		tol = DefaultTol
	}
	in, out := a.in, a.out
	n := in.n()
	if n == 0 {
		return []float64{}, nil
	}
	outW := make([]float64, n)
	for u := range n {
		_, ws := out.row(int32(u))
		for _, x := range ws {
			outW[u] += x
		}
	}
	// Transition weights on the in-rows: w(u→v)/outW(u).
	tw := make([]float64, len(in.w))
	for p, u := range in.adj {
		if outW[u] != 0 {
			tw[p] = in.w[p] / outW[u]
		}
	}
	x := make([]float64, n)
	xn := make([]float64, n)
	inv := 1 / float64(n)
	for i := range x {
		x[i] = inv
	}
	dangling := 0.0
	for u := range n {
		if outW[u] == 0 {
			dangling += x[u]
		}
	}
	nc := (n + chunkNodes - 1) / chunkNodes
	errs := make([]float64, nc)
	dang := make([]float64, nc)
	w := workers(nw)
	if len(in.adj) < 200000 {
		w = 1 // goroutine hand-off costs more than it saves on small graphs
	}
	var change float64
	for iter := 0; iter < DefaultMaxIter; iter++ {
		base := (1-damping)*inv + damping*dangling*inv
		parallelChunks(n, chunkNodes, w, func(c, lo, hi int) {
			var e, d float64
			off, adj := in.off, in.adj
			for v := lo; v < hi; v++ {
				s := 0.0
				for p := off[v]; p < off[v+1]; p++ {
					s += x[adj[p]] * tw[p]
				}
				y := base + damping*s
				xn[v] = y
				e += math.Abs(y - x[v])
				if outW[v] == 0 {
					d += y
				}
			}
			errs[c], dang[c] = e, d
		})
		change, dangling = 0, 0
		for c := range nc {
			change += errs[c]
			dangling += dang[c]
		}
		x, xn = xn, x
		if change < tol {
			return x, nil
		}
	}
	return x, &ConvergenceError{Measure: "pagerank", Iter: DefaultMaxIter, Change: change}
}

// Eigenvector returns the eigenvector centrality of every node, as
// networkx.eigenvector_centrality(G, weight="weight"): power iteration
// on A+I from the uniform vector, normalised to unit Euclidean length.
// A is the undirected entity graph (self-loops dropped) unless directed,
// in which case it is the directed entity graph and a node's score sums
// its in-neighbours' scores, as networkx does on a DiGraph. It stops when
// the L1 change falls below tol (DefaultTol if tol <= 0); after
// DefaultMaxIter iterations it returns the last iterate and a
// *ConvergenceError.
func Eigenvector(g *Graph, directed bool, tol float64) ([]float64, error) {
	return eigenvector(newAdjacency(g), directed, tol)
}

func eigenvector(a *adjacency, directed bool, tol float64) ([]float64, error) {
	if tol <= 0 {
		tol = DefaultTol
	}
	c := a.und
	if directed {
		c = a.in
	}
	n := c.n()
	x := make([]float64, n)
	xn := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	var change float64
	for iter := 0; iter < DefaultMaxIter; iter++ {
		var ss float64
		for v := range n {
			s := x[v]
			for p := c.off[v]; p < c.off[v+1]; p++ {
				s += x[c.adj[p]] * c.w[p]
			}
			xn[v] = s
			ss += s * s
		}
		norm := math.Sqrt(ss)
		if norm == 0 {
			norm = 1
		}
		change = 0
		for v := range n {
			xn[v] /= norm
			change += math.Abs(xn[v] - x[v])
		}
		x, xn = xn, x
		if change < tol {
			return x, nil
		}
	}
	return x, &ConvergenceError{Measure: "eigenvector", Iter: DefaultMaxIter, Change: change}
}

// HITS returns the hub and authority scores of every node of the
// directed, weighted entity graph: the dominant left and right singular
// vectors of its adjacency matrix A, each normalised to sum 1, as
// networkx.hits(G). Power iteration from the uniform hub vector
// (a = Aᵀh, h = Aa) stops when the L1 change of the hub vector falls
// below tol (DefaultTol if tol <= 0); after 20 times DefaultMaxIter
// iterations it returns the last iterate and a *ConvergenceError. A graph without
// edges gets uniform scores.
func HITS(g *Graph, tol float64) (hub, authority []float64, err error) {
	return hits(newAdjacency(g), tol)
}

func hits(a *adjacency, tol float64) (hub, auth []float64, err error) {
	if tol <= 0 {
		tol = DefaultTol
	}
	n := a.out.n()
	h := make([]float64, n)
	hn := make([]float64, n)
	au := make([]float64, n)
	for i := range h {
		h[i] = 1 / float64(n)
	}
	normalize := func(x []float64) bool {
		var s float64
		for _, v := range x {
			s += v
		}
		if s == 0 {
			return false
		}
		for i := range x {
			x[i] /= s
		}
		return true
	}
	var change float64
	for iter := 0; iter < hitsMaxIter; iter++ {
		for v := range n {
			s := 0.0
			for p := a.in.off[v]; p < a.in.off[v+1]; p++ {
				s += h[a.in.adj[p]] * a.in.w[p]
			}
			au[v] = s
		}
		for u := range n {
			s := 0.0
			for p := a.out.off[u]; p < a.out.off[u+1]; p++ {
				s += au[a.out.adj[p]] * a.out.w[p]
			}
			hn[u] = s
		}
		if !normalize(hn) || !normalize(au) {
			for i := range h {
				h[i], au[i] = 1/float64(n), 1/float64(n)
			}
			return h, au, nil
		}
		change = 0
		for i := range h {
			change += math.Abs(hn[i] - h[i])
		}
		h, hn = hn, h
		if change < tol {
			return h, au, nil
		}
	}
	return h, au, &ConvergenceError{Measure: "hits", Iter: hitsMaxIter, Change: change}
}

// hitsMaxIter bounds the HITS iterations. Power iteration on AAᵀ converges
// as (σ₂/σ₁)² per step, slowly when the two largest singular values are
// close, as in entity graphs whose two biggest stars have almost the same
// weight: the nine example articles need 1,386 iterations, each
// O(edges).
const hitsMaxIter = 20 * DefaultMaxIter
