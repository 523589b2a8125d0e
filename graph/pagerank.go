package graph

import "math"

// pageRankGS computes PageRank as the solution of a linear system, the
// way PRPACK (igraph's solver) does. With dangling mass and teleport both
// uniform, the PageRank vector is proportional to the solution y of
//
//	y = 1 + d·Pᵀy
//
// where P is the transition matrix with zero rows at dangling nodes.
// Nodes are grouped into strongly connected components, taken in
// topological order (every in-neighbour's component is solved first), and
// each component is solved by Gauss–Seidel sweeps: exact in one pass for
// acyclic parts, geometric with ratio at most d inside cycles. The
// result is y/Σy, the fixed point networkx's power iteration approaches.
func pageRankGS(a *adjacency, damping, tol float64) ([]float64, error) {
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
		for _, x := range out.w[out.off[u]:out.off[u+1]] {
			outW[u] += max(x, 0) // weights <= 0: no edge
		}
	}
	// Transition weights d·w(u→v)/outW(u) on the in-rows, self-loops
	// moved to the diagonal: y[v] = (1 + Σ_{u≠v} t·y[u]) / (1 - t_vv).
	tw := make([]float64, len(in.w))
	diag := make([]float64, n)
	for v := range n {
		for p := in.off[v]; p < in.off[v+1]; p++ {
			u := in.adj[p]
			if outW[u] == 0 || in.w[p] <= 0 {
				continue
			}
			t := damping * in.w[p] / outW[u]
			if u == int32(v) {
				diag[v] += t
			} else {
				tw[p] = t
			}
		}
	}
	for v := range diag {
		diag[v] = 1 / (1 - diag[v])
	}
	order, compEnd := sccOrder(in)
	y := make([]float64, n)
	for i := range y {
		y[i] = 1
	}
	// Stopping rule: Gauss–Seidel's error is at most change·d/(1-d); Σy ≥ n
	// turns an error on y into one n times smaller on y/Σy.
	eps := tol * float64(n) * (1 - damping)
	var change float64
	start := 0
	for _, end := range compEnd {
		comp := order[start:end]
		start = end
		sweep := func() float64 {
			var c float64
			for _, v := range comp {
				s := 1.0
				for p := in.off[v]; p < in.off[v+1]; p++ {
					s += tw[p] * y[in.adj[p]]
				}
				s *= diag[v]
				c += math.Abs(s - y[v])
				y[v] = s
			}
			return c
		}
		sweep()
		if len(comp) == 1 {
			continue // exact: its in-neighbours are final
		}
		converged := false
		for iter := 1; iter < DefaultMaxIter; iter++ {
			if change = sweep(); change < eps {
				converged = true
				break
			}
		}
		if !converged {
			return normalizeSum(y), &ConvergenceError{Measure: "pagerank", Iter: DefaultMaxIter, Change: change}
		}
	}
	return normalizeSum(y), nil
}

func normalizeSum(x []float64) []float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	if s != 0 {
		for i := range x {
			x[i] /= s
		}
	}
	return x
}

// sccOrder returns the nodes grouped by strongly connected component of
// the graph whose arcs are u→v for u in the in-row of v (the original
// graph): Tarjan's algorithm run on the reversed graph emits components
// whose in-neighbours' components came earlier. compEnd[i] is the end of
// component i in order. Iterative, so deep graphs do not grow the stack.
func sccOrder(in *csr) (order []int32, compEnd []int) {
	n := in.n()
	index := make([]int32, n) // 0: unvisited; else discovery index+1
	low := make([]int32, n)
	onStack := make([]bool, n)
	stack := make([]int32, 0, 64)
	order = make([]int32, 0, n)
	type frame struct {
		v int32
		p int32 // next in-row position to explore
	}
	call := make([]frame, 0, 64)
	var next int32 = 1
	for root := range n {
		if index[root] != 0 {
			continue
		}
		call = append(call, frame{int32(root), in.off[root]})
		index[root], low[root] = next, next
		next++
		stack = append(stack, int32(root))
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.p < in.off[v+1] {
				w := in.adj[f.p]
				f.p++
				if index[w] == 0 {
					index[w], low[w] = next, next
					next++
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, frame{w, in.off[w]})
				} else if onStack[w] && index[w] < low[v] {
					low[v] = index[w]
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				u := call[len(call)-1].v
				if low[v] < low[u] {
					low[u] = low[v]
				}
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					order = append(order, w)
					if w == v {
						break
					}
				}
				compEnd = append(compEnd, len(order))
			}
		}
	}
	return order, compEnd
}
