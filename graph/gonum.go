package graph

import (
	"slices"

	gg "gonum.org/v1/gonum/graph"
)

// NodeID is a gonum graph.Node whose ID is the node's position in
// Graph.Nodes.
type NodeID int64

// ID returns the position of the node in Graph.Nodes.
func (n NodeID) ID() int64 { return int64(n) }

// WeightedEdge is a gonum graph.WeightedEdge of the entity graph.
type WeightedEdge struct {
	F, T NodeID
	W    float64
}

// From returns the from node of e.
func (e WeightedEdge) From() gg.Node { return e.F }

// To returns the to node of e.
func (e WeightedEdge) To() gg.Node { return e.T }

// ReversedEdge returns e with its ends swapped.
func (e WeightedEdge) ReversedEdge() gg.Edge { return WeightedEdge{e.T, e.F, e.W} }

// Weight returns the weight of e.
func (e WeightedEdge) Weight() float64 { return e.W }

// nodeIter iterates over a slice of node positions.
type nodeIter struct {
	ids []int32
	pos int
}

func (it *nodeIter) Next() bool {
	if it.pos >= len(it.ids) {
		return false
	}
	it.pos++
	return true
}

func (it *nodeIter) Len() int { return len(it.ids) - it.pos }

func (it *nodeIter) Reset() { it.pos = 0 }

func (it *nodeIter) Node() gg.Node {
	if it.pos == 0 || it.pos > len(it.ids) {
		return nil
	}
	return NodeID(it.ids[it.pos-1])
}

// rangeIter iterates over the nodes 0..n-1.
type rangeIter struct{ n, pos int }

func (it *rangeIter) Next() bool {
	if it.pos >= it.n {
		return false
	}
	it.pos++
	return true
}

func (it *rangeIter) Len() int { return it.n - it.pos }

func (it *rangeIter) Reset() { it.pos = 0 }

func (it *rangeIter) Node() gg.Node {
	if it.pos == 0 || it.pos > it.n {
		return nil
	}
	return NodeID(it.pos - 1)
}

// gonumGraph is the read-only gonum view of one adjacency.
type gonumGraph struct {
	out, in *csr // in == out when undirected
}

var (
	_ gg.WeightedDirected   = directedView{}
	_ gg.WeightedUndirected = undirectedView{}
)

type directedView struct{ gonumGraph }

type undirectedView struct{ gonumGraph }

// Directed returns a read-only gonum view of the directed, weighted
// entity graph of g: node IDs are positions in g.Nodes and the weight of
// u→v is the sum of the Weights of all Edges u→v. Self-loops are kept.
// Weight reports (0, false) for absent edges.
func (g *Graph) Directed() gg.WeightedDirected {
	a := newAdjacency(g)
	return directedView{gonumGraph{out: a.out, in: a.in}}
}

// Undirected returns a read-only gonum view of the undirected, weighted
// entity graph of g: the weight of {u,v} is the sum of the Weights of all
// Edges u→v and v→u; self-loops are dropped.
func (g *Graph) Undirected() gg.WeightedUndirected {
	a := newAdjacency(g)
	return undirectedView{gonumGraph{out: a.und, in: a.und}}
}

func (v gonumGraph) valid(id int64) bool { return id >= 0 && id < int64(v.out.n()) }

func (v gonumGraph) Node(id int64) gg.Node {
	if !v.valid(id) {
		return nil
	}
	return NodeID(id)
}

func (v gonumGraph) Nodes() gg.Nodes { return &rangeIter{n: v.out.n()} }

func (v gonumGraph) From(id int64) gg.Nodes {
	if !v.valid(id) {
		return &nodeIter{}
	}
	adj, _ := v.out.row(int32(id))
	return &nodeIter{ids: adj}
}

func (v gonumGraph) To(id int64) gg.Nodes {
	if !v.valid(id) {
		return &nodeIter{}
	}
	adj, _ := v.in.row(int32(id))
	return &nodeIter{ids: adj}
}

// weight returns the weight of the arc u→v in c.
func weightOf(c *csr, u, v int64) (float64, bool) {
	if u < 0 || v < 0 || u >= int64(c.n()) || v >= int64(c.n()) {
		return 0, false
	}
	adj, w := c.row(int32(u))
	i, ok := slices.BinarySearch(adj, int32(v))
	if !ok {
		return 0, false
	}
	return w[i], true
}

func (v gonumGraph) HasEdgeFromTo(uid, vid int64) bool {
	_, ok := weightOf(v.out, uid, vid)
	return ok
}

func (v gonumGraph) HasEdgeBetween(xid, yid int64) bool {
	return v.HasEdgeFromTo(xid, yid) || v.HasEdgeFromTo(yid, xid)
}

func (v gonumGraph) Weight(xid, yid int64) (float64, bool) { return weightOf(v.out, xid, yid) }

func (v gonumGraph) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	w, ok := weightOf(v.out, uid, vid)
	if !ok {
		return nil
	}
	return WeightedEdge{NodeID(uid), NodeID(vid), w}
}

func (v gonumGraph) Edge(uid, vid int64) gg.Edge {
	e := v.WeightedEdge(uid, vid)
	if e == nil {
		return nil
	}
	return e
}

func (v undirectedView) EdgeBetween(xid, yid int64) gg.Edge { return v.Edge(xid, yid) }

func (v undirectedView) WeightedEdgeBetween(xid, yid int64) gg.WeightedEdge {
	return v.WeightedEdge(xid, yid)
}
