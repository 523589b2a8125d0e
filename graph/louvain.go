package graph

import (
	"math/rand/v2"
	"slices"
)

// louvain partitions an undirected weighted graph (positive weights, no
// self-loops) by the Louvain method of Blondel et al. (2008) at the given
// resolution γ: repeated local moving of single nodes to the neighbouring
// community of largest modularity gain, in a seeded random order, then
// aggregation of communities into nodes, until no node moves. It returns
// a community per node, numbered 0..K-1 in order of first member.
//
// It works on CSR arrays with dense per-community accumulators, so one
// pass costs O(edges); gonum's community.Modularize does the same search
// over gonum interfaces and maps, which is too slow for 100k-node graphs.
func louvain(c *csr, resolution float64, seed uint64) []int32 {
	n := c.n()
	member := make([]int32, n) // original node → node of the current level
	for i := range member {
		member[i] = int32(i)
	}
	if n == 0 {
		return member
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc909))
	lv := &level{csr: c, self: make([]float64, n)}
	for {
		comm, moved := lv.localMoving(resolution, rng)
		k := renumber(comm)
		for i, m := range member {
			member[i] = comm[m]
		}
		if !moved || k == lv.n() {
			break
		}
		lv = lv.aggregate(comm, k)
	}
	return member
}

// level is the graph of one Louvain level: nodes are communities of the
// level below; self holds each node's internal weight (each internal
// edge counted once).
type level struct {
	*csr
	self []float64
}

// localMoving moves nodes between communities until a pass moves none.
// It returns the community of each node (not renumbered) and whether any
// node moved.
func (lv *level) localMoving(resolution float64, rng *rand.Rand) ([]int32, bool) {
	n := lv.n()
	k := make([]float64, n) // weighted degree, self-loops counted twice
	var m2 float64          // 2m
	for i := range n {
		_, ws := lv.row(int32(i))
		for _, w := range ws {
			k[i] += w
		}
		k[i] += 2 * lv.self[i]
		m2 += k[i]
	}
	comm := make([]int32, n)
	tot := make([]float64, n) // Σ k over each community
	for i := range comm {
		comm[i] = int32(i)
		tot[i] = k[i]
	}
	if m2 == 0 {
		return comm, false
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	wTo := make([]float64, n) // weight from the current node to each community
	mark := make([]bool, n)   // community is in touched
	touched := make([]int32, 0, 64)
	movedAny := false
	const eps = 1e-12
	for pass := 0; pass < 1000; pass++ {
		moves := 0
		for _, i := range order {
			adj, ws := lv.row(i)
			ci := comm[i]
			touched = append(touched[:0], ci)
			mark[ci] = true
			for p, j := range adj {
				cj := comm[j]
				if !mark[cj] {
					mark[cj] = true
					touched = append(touched, cj)
				}
				wTo[cj] += ws[p]
			}
			tot[ci] -= k[i]
			scale := resolution * k[i] / m2
			best, bestGain := ci, wTo[ci]-scale*tot[ci]
			for _, cj := range touched[1:] {
				if g := wTo[cj] - scale*tot[cj]; g > bestGain+eps {
					best, bestGain = cj, g
				}
			}
			tot[best] += k[i]
			if best != ci {
				comm[i] = best
				moves++
			}
			for _, cj := range touched {
				wTo[cj], mark[cj] = 0, false
			}
		}
		if moves == 0 {
			break
		}
		movedAny = true
	}
	return comm, movedAny
}

// renumber maps community labels to 0..K-1 in order of first node and
// returns K.
func renumber(comm []int32) int {
	id := make(map[int32]int32, 64)
	for i, c := range comm {
		nc, ok := id[c]
		if !ok {
			nc = int32(len(id))
			id[c] = nc
		}
		comm[i] = nc
	}
	return len(id)
}

// aggregate returns the level whose nodes are the k communities of comm.
func (lv *level) aggregate(comm []int32, k int) *level {
	n := lv.n()
	// Members of each community, by counting sort.
	start := make([]int32, k+1)
	for _, c := range comm {
		start[c+1]++
	}
	for c := range k {
		start[c+1] += start[c]
	}
	members := make([]int32, n)
	fill := slices.Clone(start[:k])
	for i, c := range comm {
		members[fill[c]] = int32(i)
		fill[c]++
	}
	next := &level{csr: &csr{off: make([]int32, k+1)}, self: make([]float64, k)}
	acc := make([]float64, k)
	seen := make([]bool, k)
	var row []int32
	for c := range k {
		row = row[:0]
		for _, i := range members[start[c]:start[c+1]] {
			next.self[c] += lv.self[i]
			adj, ws := lv.row(i)
			for p, j := range adj {
				cj := comm[j]
				if cj == int32(c) {
					next.self[c] += ws[p] / 2 // seen from both ends
					continue
				}
				if !seen[cj] {
					seen[cj] = true
					row = append(row, cj)
				}
				acc[cj] += ws[p]
			}
		}
		slices.Sort(row)
		for _, cj := range row {
			next.adj = append(next.adj, cj)
			next.w = append(next.w, acc[cj])
			acc[cj], seen[cj] = 0, false
		}
		next.off[c+1] = int32(len(next.adj))
	}
	return next
}
