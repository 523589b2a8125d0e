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

	edges []builderEdge
	byKey map[edgeKey]int32
}

type edgeKey struct{ from, to, rel int32 }

type builderEdge struct {
	edgeKey
	weight   float64
	articles int
	first    string
	last     string
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		byName: make(map[string]int32),
		relID:  make(map[string]int32),
		byKey:  make(map[edgeKey]int32),
	}
}

// node returns the id of the node named name, creating an untyped node.
func (b *Builder) node(name string) int32 {
	if id, ok := b.byName[name]; ok {
		return id
	}
	id := int32(len(b.nodes))
	b.nodes = append(b.nodes, Node{Name: name})
	b.byName[name] = id
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

// AddEdge adds e, creating missing endpoint nodes with Type "". An edge
// with the same (From, Relation, To) merges into the existing one:
// Weight and Articles are summed and First/Last widened.
func (b *Builder) AddEdge(e Edge) {
	from := b.node(e.From)
	to := b.node(e.To)
	rel, ok := b.relID[e.Relation]
	if !ok {
		rel = int32(len(b.rels))
		b.rels = append(b.rels, e.Relation)
		b.relID[e.Relation] = rel
	}
	k := edgeKey{from, to, rel}
	if i, ok := b.byKey[k]; ok {
		be := &b.edges[i]
		be.weight += e.Weight
		be.articles += e.Articles
		be.first = minDate(be.first, e.First)
		be.last = maxDate(be.last, e.Last)
		return
	}
	b.byKey[k] = int32(len(b.edges))
	b.edges = append(b.edges, builderEdge{k, e.Weight, e.Articles, e.First, e.Last})
}

// Len returns the number of nodes and edges added so far.
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

	keys := make([]edgeKey, len(b.edges)) // sort key: ranks; rel field holds the builder index
	for i, be := range b.edges {
		keys[i] = edgeKey{rank[be.from], rank[be.to], int32(i)}
	}
	slices.SortFunc(keys, func(x, y edgeKey) int {
		if c := cmp.Compare(x.from, y.from); c != 0 {
			return c
		}
		if c := cmp.Compare(x.to, y.to); c != 0 {
			return c
		}
		return cmp.Compare(relRank[b.edges[x.rel].rel], relRank[b.edges[y.rel].rel])
	})
	g.Edges = make([]Edge, len(keys))
	g.ends = make([]int32, 2*len(keys))
	for i, k := range keys {
		be := &b.edges[k.rel]
		g.Edges[i] = Edge{
			From:     g.Nodes[k.from].Name,
			To:       g.Nodes[k.to].Name,
			Relation: b.rels[be.rel],
			Weight:   be.weight,
			Articles: be.articles,
			First:    be.first,
			Last:     be.last,
		}
		g.ends[2*i], g.ends[2*i+1] = k.from, k.to
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
