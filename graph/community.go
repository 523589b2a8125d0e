package graph

import (
	"cmp"
	"slices"
)

// Community is one community of the entity graph.
type Community struct {
	ID      int      // position in the list Communities returns
	Members []string // node names by PageRank, highest first (ties by name)
	Size    int      // len(Members)
}

// Communities partitions the undirected, weighted entity graph with the
// Louvain algorithm (see louvain; node order shuffled by a PCG source
// seeded with seed) at the given resolution (1 if <= 0). It returns
// the community ID of every node (indexed like g.Nodes), the communities
// ordered by size, largest first (ties by the position of their first
// member), and the modularity of the partition at that resolution, as
// networkx.community.modularity(G, communities, weight="weight",
// resolution=resolution) on the undirected entity graph. The same graph
// and seed give the same result.
func Communities(g *Graph, resolution float64, seed uint64) ([]int, []Community, float64) {
	a := newAdjacency(g)
	pr, _ := pageRank(a, 0, 0, 0)
	return communities(g, a, pr, resolution, seed)
}

func communities(g *Graph, a *adjacency, pr []float64, resolution float64, seed uint64) ([]int, []Community, float64) {
	if resolution <= 0 {
		resolution = 1
	}
	n := len(g.Nodes)
	ids := make([]int, n)
	if n == 0 {
		return ids, nil, 0
	}
	und := a.und
	for _, w := range und.w {
		if w <= 0 { // Louvain needs positive weights; such edges do not count
			und = dropNonPositive(a.und)
			break
		}
	}
	label := louvain(und, resolution, seed)
	var groups [][]int32
	for v, c := range label {
		for int(c) >= len(groups) {
			groups = append(groups, nil)
		}
		groups[c] = append(groups[c], int32(v))
	}
	slices.SortFunc(groups, func(x, y []int32) int {
		if c := cmp.Compare(len(y), len(x)); c != 0 {
			return c
		}
		return cmp.Compare(x[0], y[0])
	})
	comms := make([]Community, len(groups))
	for id, m := range groups {
		for _, v := range m {
			ids[v] = id
		}
		slices.SortStableFunc(m, func(x, y int32) int { return cmp.Compare(pr[y], pr[x]) })
		names := make([]string, len(m))
		for i, v := range m {
			names[i] = g.Nodes[v].Name
		}
		comms[id] = Community{ID: id, Members: names, Size: len(m)}
	}
	return ids, comms, modularity(und, ids, len(groups), resolution)
}

// Modularity returns the modularity of the partition of g's undirected,
// weighted entity graph given by community (an ID per node, indexed like
// g.Nodes, IDs in [0, N)), as networkx.community.modularity with
// weight="weight": Σ_c L_c/m − γ(d_c/2m)², where m is the total edge
// weight, L_c the weight inside c and d_c the weighted degree of c.
// Edges of weight <= 0 do not count.
func Modularity(g *Graph, community []int, resolution float64) float64 {
	k := 0
	for _, c := range community {
		k = max(k, c+1)
	}
	if len(community) != len(g.Nodes) {
		return 0
	}
	return modularity(dropNonPositive(newAdjacency(g).und), community, k, resolution)
}

func modularity(c *csr, comm []int, k int, resolution float64) float64 {
	inside := make([]float64, k)
	deg := make([]float64, k)
	var total float64
	for u := range c.n() {
		adj, w := c.row(int32(u))
		cu := comm[u]
		for i, v := range adj {
			total += w[i]
			deg[cu] += w[i]
			if comm[v] == cu {
				inside[cu] += w[i]
			}
		}
	}
	if total == 0 {
		return 0
	}
	// total = 2m; inside counts each internal edge twice.
	var q float64
	for i := range k {
		f := deg[i] / total
		q += inside[i]/total - resolution*f*f
	}
	return q
}
