package graph

import (
	"reflect"
	"slices"
	"testing"
)

var builderTests = []struct {
	name  string
	nodes []Node
	edges []Edge
	want  *Graph // index and ends are not compared
}{
	{
		name: "merge nodes",
		nodes: []Node{
			{Name: "Haftar", Type: "PERSON", Aliases: []string{"Khalifa"}, Mentions: 2, Articles: 1, First: "2019-05-02", Last: "2019-05-02"},
			{Name: "Haftar", Subtype: "X", Aliases: []string{"Field Marshal", "Khalifa"}, Mentions: 3, Articles: 2, First: "2019-01-01", Last: ""},
			{Name: "Aguila Saleh", Type: "PERSON"},
		},
		want: &Graph{Nodes: []Node{
			{Name: "Aguila Saleh", Type: "PERSON"},
			{Name: "Haftar", Type: "PERSON", Subtype: "X", Aliases: []string{"Field Marshal", "Khalifa"}, Mentions: 5, Articles: 3, First: "2019-01-01", Last: "2019-05-02"},
		}},
	},
	{
		name:  "merge edges and create endpoints",
		nodes: []Node{{Name: "Russia", Type: "LOC"}},
		edges: []Edge{
			{From: "Haftar", To: "Russia", Relation: "visit", Weight: 1, Articles: 1, First: "2019-03-01", Last: "2019-03-01"},
			{From: "Haftar", To: "Russia", Relation: "meet", Weight: 2, Articles: 1},
			{From: "Haftar", To: "Russia", Relation: "visit", Weight: 2, Articles: 2, First: "2019-01-01", Last: "2019-02-01"},
			{From: "Aguila Saleh", To: "Russia", Relation: "visit", Weight: 1},
		},
		want: &Graph{
			Nodes: []Node{{Name: "Aguila Saleh"}, {Name: "Haftar"}, {Name: "Russia", Type: "LOC"}},
			Edges: []Edge{
				{From: "Aguila Saleh", To: "Russia", Relation: "visit", Weight: 1},
				{From: "Haftar", To: "Russia", Relation: "meet", Weight: 2, Articles: 1},
				{From: "Haftar", To: "Russia", Relation: "visit", Weight: 3, Articles: 3, First: "2019-01-01", Last: "2019-03-01"},
			},
		},
	},
	{
		name:  "edge before node keeps the node's type",
		edges: []Edge{{From: "b", To: "a", Relation: "r", Weight: 1}},
		nodes: []Node{{Name: "a", Type: "ORG"}},
		want: &Graph{
			Nodes: []Node{{Name: "a", Type: "ORG"}, {Name: "b"}},
			Edges: []Edge{{From: "b", To: "a", Relation: "r", Weight: 1}},
		},
	},
}

func TestBuilder(t *testing.T) {
	for _, tt := range builderTests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder()
			for _, e := range tt.edges { // edges first: endpoints created untyped
				b.AddEdge(e)
			}
			for _, n := range tt.nodes {
				b.AddNode(n)
			}
			g := b.Graph()
			if !reflect.DeepEqual(g.Nodes, tt.want.Nodes) {
				t.Errorf("nodes\n got %+v\nwant %+v", g.Nodes, tt.want.Nodes)
			}
			if len(g.Edges) != 0 || len(tt.want.Edges) != 0 {
				if !reflect.DeepEqual(g.Edges, tt.want.Edges) {
					t.Errorf("edges\n got %+v\nwant %+v", g.Edges, tt.want.Edges)
				}
			}
			for i, n := range g.Nodes {
				if j, ok := g.Index(n.Name); !ok || j != i {
					t.Errorf("Index(%q) = %d, %v; want %d", n.Name, j, ok, i)
				}
			}
			if _, ok := g.Index("nobody"); ok {
				t.Error("Index(nobody) found")
			}
		})
	}
}

// TestBuilderOrderIndependent checks that the same edges in another order
// give the same Graph.
func TestBuilderOrderIndependent(t *testing.T) {
	src, dst, w := baEdges(300, 3, 4)
	rels := []string{"visit", "meet", "tell"}
	var edges []Edge
	for i := range src {
		edges = append(edges, Edge{From: baName(src[i]), To: baName(dst[i]), Relation: rels[i%3], Weight: w[i]})
		edges = append(edges, Edge{From: baName(src[i]), To: baName(dst[i]), Relation: rels[(i+1)%3], Weight: 1})
	}
	g1 := New(nil, edges)
	rev := slices.Clone(edges)
	slices.Reverse(rev)
	g2 := New(nil, rev)
	if !reflect.DeepEqual(g1.Nodes, g2.Nodes) || !reflect.DeepEqual(g1.Edges, g2.Edges) || !slices.Equal(g1.ends, g2.ends) {
		t.Fatal("graphs differ with edge order")
	}
	if !slices.IsSortedFunc(g1.Edges, func(a, b Edge) int {
		if a.From != b.From {
			return cmpStr(a.From, b.From)
		}
		if a.To != b.To {
			return cmpStr(a.To, b.To)
		}
		return cmpStr(a.Relation, b.Relation)
	}) {
		t.Error("edges not sorted by (From, To, Relation)")
	}
	// A literal copy without index or ends gives the same analytics.
	lit := &Graph{Nodes: g1.Nodes, Edges: g1.Edges}
	if !slices.Equal(PageRank(g1, 0, 0), PageRank(lit, 0, 0)) {
		t.Error("PageRank differs on a Graph literal")
	}
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// FuzzBuilder feeds arbitrary edges to the Builder and every measure: no
// panic, scores finite, PageRank sums to 1.
func FuzzBuilder(f *testing.F) {
	f.Add([]byte("abcabd\x00\x01"), uint8(3))
	f.Add([]byte("aaaa"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		b := NewBuilder()
		for i := 0; i+2 < len(data); i += 3 {
			b.AddEdge(Edge{
				From:     string(rune('a' + data[i]%16)),
				To:       string(rune('a' + data[i+1]%16)),
				Relation: string(rune('r' + data[i+2]%3)),
				Weight:   float64(int(data[i+2]%5) - 1), // includes 0 and -1
			})
		}
		g := b.Graph()
		s, err := Compute(t.Context(), g, Measures, Options{Weighted: k%2 == 1, Directed: k%4 >= 2, Samples: int(k % 5)})
		if err != nil && s == nil {
			t.Fatal(err)
		}
		_ = g.Around("a", int(k%3)).Filter(1)
		_ = TopByPageRank(g, int(k%7))
		_, _ = ShortestPath(g, "a", "b")
	})
}
