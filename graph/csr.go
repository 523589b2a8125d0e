package graph

import (
	"slices"
	"sort"
)

// csr is a compressed sparse row adjacency: the neighbours of node v are
// adj[off[v]:off[v+1]], sorted ascending, with weights w at the same
// positions. Parallel edges are merged (weights summed).
type csr struct {
	off []int32
	adj []int32
	w   []float64
}

func (c *csr) n() int { return len(c.off) - 1 }

// row returns the neighbours and weights of v.
func (c *csr) row(v int32) ([]int32, []float64) {
	lo, hi := c.off[v], c.off[v+1]
	return c.adj[lo:hi], c.w[lo:hi]
}

// adjacency holds the three views of the entity graph the kernels use.
// The entity graph has a node per Graph node and an arc u→v whose weight
// is the sum of the Weights of all Edges u→v.
type adjacency struct {
	out, in *csr // directed, self-loops kept
	und     *csr // undirected: weight{u,v} = w(u→v)+w(v→u), self-loops dropped
}

// newAdjacency builds the entity graph of g. Edges whose endpoints are
// not nodes of g are skipped.
func newAdjacency(g *Graph) *adjacency {
	n := len(g.Nodes)
	m := len(g.Edges)
	src := make([]int32, 0, m)
	dst := make([]int32, 0, m)
	wt := make([]float64, 0, m)
	for i := range g.Edges {
		f, t, ok := g.endpoints(i)
		if !ok {
			continue
		}
		src = append(src, f)
		dst = append(dst, t)
		wt = append(wt, g.Edges[i].Weight)
	}
	out := buildCSR(n, src, dst, wt)
	in := transpose(out)
	return &adjacency{out: out, in: in, und: symmetrize(out, in)}
}

// buildCSR makes a CSR from arcs, merging duplicates.
func buildCSR(n int, src, dst []int32, wt []float64) *csr {
	off := make([]int32, n+1)
	for _, s := range src {
		off[s+1]++
	}
	for i := 0; i < n; i++ {
		off[i+1] += off[i]
	}
	pos := slices.Clone(off[:n])
	adj := make([]int32, len(src))
	w := make([]float64, len(src))
	for i, s := range src {
		p := pos[s]
		adj[p] = dst[i]
		w[p] = wt[i]
		pos[s]++
	}
	// Sort each row by target and merge duplicates, compacting in place.
	var k int32
	for v := 0; v < n; v++ {
		lo, hi := off[v], off[v+1]
		if !slices.IsSorted(adj[lo:hi]) {
			sortRow(adj[lo:hi], w[lo:hi])
		}
		start := k
		for p := lo; p < hi; p++ {
			if k > start && adj[k-1] == adj[p] {
				w[k-1] += w[p]
				continue
			}
			adj[k], w[k] = adj[p], w[p]
			k++
		}
		off[v] = start
	}
	off[n] = k
	return &csr{off: off, adj: adj[:k:k], w: w[:k:k]}
}

// sortRow sorts a row's targets, carrying the weights along (stable, so
// merged weights are summed in input order). Rows are short: insertion
// sort, and a stable interface sort for long ones.
func sortRow(adj []int32, w []float64) {
	if len(adj) > 48 {
		sort.Stable(rowSorter{adj, w})
		return
	}
	for i := 1; i < len(adj); i++ {
		a, x := adj[i], w[i]
		j := i
		for ; j > 0 && adj[j-1] > a; j-- {
			adj[j], w[j] = adj[j-1], w[j-1]
		}
		adj[j], w[j] = a, x
	}
}

type rowSorter struct {
	adj []int32
	w   []float64
}

func (r rowSorter) Len() int           { return len(r.adj) }
func (r rowSorter) Less(i, j int) bool { return r.adj[i] < r.adj[j] }
func (r rowSorter) Swap(i, j int) {
	r.adj[i], r.adj[j] = r.adj[j], r.adj[i]
	r.w[i], r.w[j] = r.w[j], r.w[i]
}

// transpose returns the reverse of c; rows come out sorted.
func transpose(c *csr) *csr {
	n := c.n()
	off := make([]int32, n+1)
	for _, t := range c.adj {
		off[t+1]++
	}
	for i := 0; i < n; i++ {
		off[i+1] += off[i]
	}
	pos := slices.Clone(off[:n])
	adj := make([]int32, len(c.adj))
	w := make([]float64, len(c.adj))
	for u := 0; u < n; u++ {
		for p := c.off[u]; p < c.off[u+1]; p++ {
			t := c.adj[p]
			q := pos[t]
			adj[q] = int32(u)
			w[q] = c.w[p]
			pos[t]++
		}
	}
	return &csr{off: off, adj: adj, w: w}
}

// symmetrize merges the sorted rows of out and in, summing the weights of
// u→v and v→u and dropping self-loops.
func symmetrize(out, in *csr) *csr {
	n := out.n()
	off := make([]int32, n+1)
	adj := make([]int32, 0, len(out.adj)+len(in.adj))
	w := make([]float64, 0, len(out.adj)+len(in.adj))
	for v := 0; v < n; v++ {
		a, aw := out.row(int32(v))
		b, bw := in.row(int32(v))
		i, j := 0, 0
		for i < len(a) || j < len(b) {
			var t int32
			var x float64
			switch {
			case j == len(b) || (i < len(a) && a[i] < b[j]):
				t, x = a[i], aw[i]
				i++
			case i == len(a) || b[j] < a[i]:
				t, x = b[j], bw[j]
				j++
			default:
				t, x = a[i], aw[i]+bw[j]
				i++
				j++
			}
			if t != int32(v) {
				adj = append(adj, t)
				w = append(w, x)
			}
		}
		off[v+1] = int32(len(adj))
	}
	return &csr{off: off, adj: adj, w: w}
}

// bfsOrder returns a relabelling of c's nodes in breadth-first order
// (Cuthill–McKee without the degree sort), starting from the node of
// highest degree and continuing with the lowest unvisited node of each
// further component: perm[new] = old, inv[old] = new. Neighbours get
// nearby labels, so searches touch fewer cache lines.
func bfsOrder(c *csr) (perm, inv []int32) {
	n := c.n()
	perm = make([]int32, 0, n)
	inv = make([]int32, n)
	for i := range inv {
		inv[i] = -1
	}
	start := int32(0)
	for v := range n {
		if c.off[v+1]-c.off[v] > c.off[start+1]-c.off[start] {
			start = int32(v)
		}
	}
	next := 0
	for len(perm) < n {
		if inv[start] >= 0 {
			for inv[next] >= 0 {
				next++
			}
			start = int32(next)
		}
		inv[start] = int32(len(perm))
		perm = append(perm, start)
		for head := len(perm) - 1; head < len(perm); head++ {
			v := perm[head]
			for _, w := range c.adj[c.off[v]:c.off[v+1]] {
				if inv[w] < 0 {
					inv[w] = int32(len(perm))
					perm = append(perm, w)
				}
			}
		}
	}
	return perm, inv
}

// permute returns c with node v renamed inv[v], rows sorted.
func permute(c *csr, perm, inv []int32) *csr {
	n := c.n()
	p := &csr{off: make([]int32, n+1), adj: make([]int32, 0, len(c.adj)), w: make([]float64, 0, len(c.w))}
	for nv := range n {
		adj, w := c.row(perm[nv])
		lo := len(p.adj)
		for i, t := range adj {
			p.adj = append(p.adj, inv[t])
			p.w = append(p.w, w[i])
		}
		if !slices.IsSorted(p.adj[lo:]) {
			sortRow(p.adj[lo:], p.w[lo:])
		}
		p.off[nv+1] = int32(len(p.adj))
	}
	return p
}
