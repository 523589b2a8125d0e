package graph

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// induced returns the subgraph of the nodes with keep set and the edges
// with keepEdge set (both endpoints must be kept). It stays sorted.
func (g *Graph) induced(keep []bool, keepEdge func(i int) bool) *Graph {
	pos := make([]int32, len(g.Nodes))
	sub := &Graph{index: make(map[string]int)}
	for i, nd := range g.Nodes {
		pos[i] = -1
		if keep[i] {
			pos[i] = int32(len(sub.Nodes))
			sub.index[nd.Name] = len(sub.Nodes)
			sub.Nodes = append(sub.Nodes, nd)
		}
	}
	for i := range g.Edges {
		f, t, ok := g.endpoints(i)
		if !ok || !keep[f] || !keep[t] || (keepEdge != nil && !keepEdge(i)) {
			continue
		}
		sub.Edges = append(sub.Edges, g.Edges[i])
		sub.ends = append(sub.ends, pos[f], pos[t])
	}
	return sub
}

// Around returns the ego network of center: the nodes at most depth hops
// away from it, edges followed in either direction, and every edge among
// them. A center not in g gives an empty graph.
func (g *Graph) Around(center string, depth int) *Graph {
	keep := make([]bool, len(g.Nodes))
	c, ok := g.Index(center)
	if !ok {
		return g.induced(keep, nil)
	}
	und := newAdjacency(g).und
	dist := make([]int32, len(g.Nodes))
	for i := range dist {
		dist[i] = -1
	}
	queue := []int32{int32(c)}
	dist[c] = 0
	for head := 0; head < len(queue); head++ {
		v := queue[head]
		keep[v] = true
		if int(dist[v]) >= depth {
			continue
		}
		adj, _ := und.row(v)
		for _, w := range adj {
			if dist[w] < 0 {
				dist[w] = dist[v] + 1
				queue = append(queue, w)
			}
		}
	}
	return g.induced(keep, nil)
}

// Filter returns the subgraph of the edges whose Weight is at least
// minWeight. Nodes left without any edge are dropped, except nodes that
// had no edge in g to begin with.
func (g *Graph) Filter(minWeight float64) *Graph {
	had := make([]bool, len(g.Nodes))
	keep := make([]bool, len(g.Nodes))
	for i := range g.Edges {
		f, t, ok := g.endpoints(i)
		if !ok {
			continue
		}
		had[f], had[t] = true, true
		if g.Edges[i].Weight >= minWeight {
			keep[f], keep[t] = true, true
		}
	}
	for i := range keep {
		keep[i] = keep[i] || !had[i]
	}
	return g.induced(keep, func(i int) bool { return g.Edges[i].Weight >= minWeight })
}

// Connected returns the subgraph without the nodes that have no edge:
// entities an article named but that take part in no stored fact.
func (g *Graph) Connected() *Graph {
	keep := make([]bool, len(g.Nodes))
	for i := range g.Edges {
		if f, t, ok := g.endpoints(i); ok {
			keep[f], keep[t] = true, true
		}
	}
	return g.induced(keep, nil)
}

// TopByPageRank returns the subgraph induced by the n nodes of highest
// PageRank (ties by name); n <= 0 or n >= len(g.Nodes) returns g.
func TopByPageRank(g *Graph, n int) *Graph {
	if n <= 0 || n >= len(g.Nodes) {
		return g
	}
	pr := PageRank(g, 0, 0)
	order := make([]int, len(g.Nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(pr[y], pr[x]) })
	keep := make([]bool, len(g.Nodes))
	for _, i := range order[:n] {
		keep[i] = true
	}
	return g.induced(keep, nil)
}

// Path is a shortest path between two entities.
type Path struct {
	Nodes []string // From, ..., To
	Hops  []Hop    // len(Nodes)-1 steps
}

// Hop is one step of a Path and the relations that join its two nodes.
type Hop struct {
	From, To string // consecutive nodes of the path, in path order
	Relation string // relation of the heaviest edge joining them (ties: first in Edges order)
	Forward  bool   // whether that edge points From→To (false: To→From)
	Edges    []Edge // every edge joining the two nodes, either direction, heaviest first
}

// ShortestPath returns a path of fewest hops from one entity to another,
// edges followed in either direction; each hop reports the relations and
// their direction. Among equal paths it picks the one found first by a
// breadth-first search visiting neighbours in name order. The error wraps
// ErrNodeNotFound or ErrNoPath.
func ShortestPath(g *Graph, from, to string) (Path, error) {
	s, ok := g.Index(from)
	if !ok {
		return Path{}, fmt.Errorf("path from %q: %w", from, ErrNodeNotFound)
	}
	t, ok := g.Index(to)
	if !ok {
		return Path{}, fmt.Errorf("path to %q: %w", to, ErrNodeNotFound)
	}
	und := newAdjacency(g).und
	parent := make([]int32, len(g.Nodes))
	for i := range parent {
		parent[i] = -1
	}
	parent[s] = int32(s)
	queue := []int32{int32(s)}
	for head := 0; head < len(queue) && parent[t] < 0; head++ {
		v := queue[head]
		adj, _ := und.row(v)
		for _, w := range adj {
			if parent[w] < 0 {
				parent[w] = v
				queue = append(queue, w)
			}
		}
	}
	if parent[t] < 0 {
		return Path{}, fmt.Errorf("path from %q to %q: %w", from, to, ErrNoPath)
	}
	var rev []int32
	for v := int32(t); ; v = parent[v] {
		rev = append(rev, v)
		if v == int32(s) {
			break
		}
	}
	p := Path{Nodes: make([]string, len(rev))}
	for i, v := range rev {
		p.Nodes[len(rev)-1-i] = g.Nodes[v].Name
	}
	for i := 0; i+1 < len(p.Nodes); i++ {
		a, b := p.Nodes[i], p.Nodes[i+1]
		es := append(g.edgesFromTo(a, b), g.edgesFromTo(b, a)...)
		slices.SortStableFunc(es, func(x, y Edge) int { return cmp.Compare(y.Weight, x.Weight) })
		h := Hop{From: a, To: b, Edges: es}
		if len(es) > 0 {
			h.Relation, h.Forward = es[0].Relation, es[0].From == a
		}
		p.Hops = append(p.Hops, h)
	}
	return p, nil
}

// edgesFromTo returns a copy of the edges from→to, by relation.
func (g *Graph) edgesFromTo(from, to string) []Edge {
	less := func(e Edge) bool { return e.From < from || (e.From == from && e.To < to) }
	lo := sort.Search(len(g.Edges), func(i int) bool { return !less(g.Edges[i]) })
	var out []Edge
	for i := lo; i < len(g.Edges) && g.Edges[i].From == from && g.Edges[i].To == to; i++ {
		out = append(out, g.Edges[i])
	}
	return out
}
