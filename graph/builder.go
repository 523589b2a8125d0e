package graph

import (
	"cmp"
	"slices"
)

// Builder accumulates nodes and edges and produces a sorted, deterministic
// Graph. The zero value is not usable; call NewBuilder.
//
// Builder is not safe for concurrent use.
type Builder struct {
	nodes  []Node
	byName map[string]int32

	rels  []string
	relID map[string]int32

	dates  []string // interned dates; dates[0] is ""
	dateID map[string]int32

	edges []builderEdge // as added, unmerged; pointer-free, so the collector does not scan it

	lastName string // the most recent name looked up and its id: edges
	lastID   int32  // often arrive grouped by subject
}

type builderEdge struct {
	from, to, rel int32
	first, last   int32 // indexes into Builder.dates
	articles      int
	weight        float64
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		byName: make(map[string]int32),
		relID:  make(map[string]int32),
		dates:  []string{""},
		dateID: map[string]int32{"": 0},
	}
}

// Grow sizes the Builder for about nodes more nodes and edges more
// edges, sparing rehashing and copying when the counts are known.
func (b *Builder) Grow(nodes, edges int) {
	if nodes > 0 {
		b.nodes = slices.Grow(b.nodes, nodes)
		m := make(map[string]int32, len(b.byName)+nodes)
		for k, v := range b.byName {
			m[k] = v
		}
		b.byName = m
	}
	if edges > 0 {
		b.edges = slices.Grow(b.edges, edges)
	}
}

// node returns the id of the node named name, creating an untyped node.
func (b *Builder) node(name string) int32 {
	if name == b.lastName && len(b.nodes) > 0 {
		return b.lastID
	}
	if id, ok := b.byName[name]; ok {
		b.lastName, b.lastID = name, id
		return id
	}
	id := int32(len(b.nodes))
	b.nodes = append(b.nodes, Node{Name: name})
	b.byName[name] = id
	return id
}

func (b *Builder) date(d string) int32 {
	if d == "" {
		return 0
	}
	if id, ok := b.dateID[d]; ok {
		return id
	}
	id := int32(len(b.dates))
	b.dates = append(b.dates, d)
	b.dateID[d] = id
	return id
}

// AddNode adds n. A node with the same Name merges into the existing one:
// Mentions and Articles are summed, First/Last widened, Aliases united,
// and Type/Subtype kept from the first non-empty value.
func (b *Builder) AddNode(n Node) {
	id, ok := b.byName[n.Name]
	if !ok {
		id = int32(len(b.nodes))
		n.Aliases = slices.Clone(n.Aliases)
		b.nodes = append(b.nodes, n)
		b.byName[n.Name] = id
		return
	}
	m := &b.nodes[id]
	if m.Type == "" {
		m.Type = n.Type
	}
	if m.Subtype == "" {
		m.Subtype = n.Subtype
	}
	m.Aliases = append(m.Aliases, n.Aliases...)
	m.Mentions += n.Mentions
	m.Articles += n.Articles
	m.First = minDate(m.First, n.First)
	m.Last = maxDate(m.Last, n.Last)
}

// AddEdge adds e, creating missing endpoint nodes with Type "". Edges
// with the same (From, Relation, To) are merged by Graph: Weight and
// Articles summed (in the order added) and First/Last widened.
func (b *Builder) AddEdge(e Edge) {
	from := b.node(e.From)
	to := b.node(e.To)
	rel, ok := b.relID[e.Relation]
	if !ok {
		rel = int32(len(b.rels))
		b.rels = append(b.rels, e.Relation)
		b.relID[e.Relation] = rel
	}
	b.edges = append(b.edges, builderEdge{
		from: from, to: to, rel: rel,
		first: b.date(e.First), last: b.date(e.Last),
		articles: e.Articles, weight: e.Weight,
	})
}

// Len returns the number of nodes so far and of AddEdge calls (edges
// before merging).
func (b *Builder) Len() (nodes, edges int) { return len(b.nodes), len(b.edges) }

// Graph returns the graph built so far: nodes sorted by Name, edges by
// (From, To, Relation), node aliases sorted and deduplicated. The Builder
// may be used further; the Graph does not share memory with it.
func (b *Builder) Graph() *Graph {
	n := len(b.nodes)
	perm := make([]int32, n) // new position → builder id
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(x, y int32) int { return cmp.Compare(b.nodes[x].Name, b.nodes[y].Name) })
	rank := make([]int32, n) // builder id → new position
	g := &Graph{
		Nodes: make([]Node, n),
		index: make(map[string]int, n),
	}
	for pos, id := range perm {
		rank[id] = int32(pos)
		nd := b.nodes[id]
		if len(nd.Aliases) > 0 {
			a := slices.Clone(nd.Aliases)
			slices.Sort(a)
			nd.Aliases = slices.Compact(a)
		}
		g.Nodes[pos] = nd
		g.index[nd.Name] = pos
	}

	relPerm := make([]int32, len(b.rels))
	for i := range relPerm {
		relPerm[i] = int32(i)
	}
	slices.SortFunc(relPerm, func(x, y int32) int { return cmp.Compare(b.rels[x], b.rels[y]) })
	relRank := make([]int32, len(b.rels))
	for pos, id := range relPerm {
		relRank[id] = int32(pos)
	}

	// Bucket the edges by the rank of their From node (in the order added),
	// sort each bucket by (To rank, relation rank, order added) and merge
	// runs of the same (To, relation).
	type key struct{ to, rel, idx int32 }
	off := make([]int32, n+1)
	for i := range b.edges {
		off[rank[b.edges[i].from]+1]++
	}
	for i := 0; i < n; i++ {
		off[i+1] += off[i]
	}
	fill := slices.Clone(off[:n])
	keys := make([]key, len(b.edges))
	for i := range b.edges {
		be := &b.edges[i]
		f := rank[be.from]
		keys[fill[f]] = key{rank[be.to], relRank[be.rel], int32(i)}
		fill[f]++
	}
	g.Edges = make([]Edge, 0, len(keys))
	g.ends = make([]int32, 0, 2*len(keys))
	for f := 0; f < n; f++ {
		bucket := keys[off[f]:off[f+1]]
		if len(bucket) > 1 {
			slices.SortFunc(bucket, func(x, y key) int {
				if c := cmp.Compare(x.to, y.to); c != 0 {
					return c
				}
				if c := cmp.Compare(x.rel, y.rel); c != 0 {
					return c
				}
				return cmp.Compare(x.idx, y.idx)
			})
		}
		for i := 0; i < len(bucket); {
			k := bucket[i]
			be := &b.edges[k.idx]
			out := Edge{
				From:     g.Nodes[f].Name,
				To:       g.Nodes[k.to].Name,
				Relation: b.rels[be.rel],
				Weight:   be.weight,
				Articles: be.articles,
			}
			first, last := be.first, be.last
			j := i + 1
			for ; j < len(bucket) && bucket[j].to == k.to && bucket[j].rel == k.rel; j++ {
				d := &b.edges[bucket[j].idx]
				out.Weight += d.weight
				out.Articles += d.articles
				if d.first != 0 && (first == 0 || b.dates[d.first] < b.dates[first]) {
					first = d.first
				}
				if b.dates[d.last] > b.dates[last] {
					last = d.last
				}
			}
			out.First, out.Last = b.dates[first], b.dates[last]
			g.Edges = append(g.Edges, out)
			g.ends = append(g.ends, int32(f), k.to)
			i = j
		}
	}
	if len(g.Edges) < cap(g.Edges)/2 { // many merged: do not hold the spare capacity
		g.Edges = slices.Clone(g.Edges)
		g.ends = slices.Clone(g.ends)
	}
	return g
}

// New returns a Graph of the given nodes and edges, as a Builder would
// make it: nodes with the same name and edges with the same
// (From, Relation, To) merged, endpoints created, everything sorted.
func New(nodes []Node, edges []Edge) *Graph {
	b := NewBuilder()
	for _, n := range nodes {
		b.AddNode(n)
	}
	for _, e := range edges {
		b.AddEdge(e)
	}
	return b.Graph()
}

// minDate returns the earlier of two YYYY-MM-DD dates, ignoring "".
func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

// maxDate returns the later of two YYYY-MM-DD dates, ignoring "".
func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}
