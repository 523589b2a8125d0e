package graph

import "sort"

// Node is an entity of the graph, as loaded from the store.
type Node struct {
	Name     string   // canonical name; unique in a Graph
	Type     string   // PERSON, ORG, LOC, ...
	Subtype  string   // finer type such as GPE, may be ""
	Aliases  []string // other names, sorted
	Mentions int      // mentions over all articles
	Articles int      // number of distinct articles mentioning it
	First    string   // earliest date seen (YYYY-MM-DD or ""), from article and triple dates
	Last     string   // latest date seen
}

// Edge is one relation between two entities, aggregated over all the
// sentences that state it: one Edge per (From, Relation, To).
type Edge struct {
	From, To string  // canonical node names
	Relation string  // lemmatised relation phrase, e.g. "visit", "impose sanctions on"
	Weight   float64 // number of distinct supporting sentences
	Articles int     // number of distinct supporting articles
	First    string  // earliest date (YYYY-MM-DD or "")
	Last     string  // latest date
}

// Scores holds per-node analytics, indexed like Graph.Nodes.
// A nil slice means the measure was not computed.
type Scores struct {
	InDegree, OutDegree, Degree []float64 // weighted degrees
	PageRank                    []float64
	Betweenness                 []float64
	Closeness, Harmonic         []float64
	Eigenvector                 []float64
	Hub, Authority              []float64 // HITS
	Community                   []int     // community id per node, -1 if not computed
	Modularity                  float64
}

// Graph is an entity graph: nodes sorted by Name, edges sorted by
// (From, To, Relation). Build one with a Builder; do not modify the slices.
//
// A Graph literal with sorted Nodes also works: lookups then fall back
// to binary search, and edges whose endpoints are not nodes are ignored
// by the analytics.
type Graph struct {
	Nodes []Node
	Edges []Edge

	index map[string]int // node name → position in Nodes
	ends  []int32        // From and To node positions of Edges[i] at 2i and 2i+1, set by Builder; nil if unknown
}

// Index returns the position of the node named name in g.Nodes.
func (g *Graph) Index(name string) (int, bool) {
	if g.index != nil {
		i, ok := g.index[name]
		return i, ok
	}
	i := sort.Search(len(g.Nodes), func(i int) bool { return g.Nodes[i].Name >= name })
	if i < len(g.Nodes) && g.Nodes[i].Name == name {
		return i, true
	}
	return 0, false
}

// endpoints returns the node positions of edge i, ok false when an
// endpoint is not a node of g.
func (g *Graph) endpoints(i int) (from, to int32, ok bool) {
	if len(g.ends) == 2*len(g.Edges) {
		return g.ends[2*i], g.ends[2*i+1], true
	}
	f, ok1 := g.Index(g.Edges[i].From)
	t, ok2 := g.Index(g.Edges[i].To)
	return int32(f), int32(t), ok1 && ok2
}
