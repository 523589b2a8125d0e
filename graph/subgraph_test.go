package graph

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
)

func nodeNames(g *Graph) []string {
	var s []string
	for _, n := range g.Nodes {
		s = append(s, n.Name)
	}
	return s
}

func TestAround(t *testing.T) {
	g := nxGraphs()[0].graph()
	tests := []struct {
		center string
		depth  int
		want   []string
		edges  int
	}{
		{"Sputnik", 0, []string{"Sputnik"}, 0},
		{"Sputnik", 1, []string{"Ahmed al-Mismari", "Khalifa Haftar", "Russia", "Sputnik"}, 7},
		{"Libya", 1, []string{"Libya", "Tripoli", "UN Security Council"}, 3},
		{"Benghazi", 3, []string{"Benghazi"}, 0},
		{"Atlantis", 2, nil, 0},
	}
	for _, tt := range tests {
		sub := g.Around(tt.center, tt.depth)
		if got := nodeNames(sub); !slices.Equal(got, tt.want) {
			t.Errorf("Around(%q, %d) nodes = %q, want %q", tt.center, tt.depth, got, tt.want)
		}
		if len(sub.Edges) != tt.edges {
			t.Errorf("Around(%q, %d) has %d edges, want %d", tt.center, tt.depth, len(sub.Edges), tt.edges)
		}
		for i := range sub.Edges { // ends re-indexed into the subgraph
			f, to, ok := sub.endpoints(i)
			if !ok || sub.Nodes[f].Name != sub.Edges[i].From || sub.Nodes[to].Name != sub.Edges[i].To {
				t.Errorf("Around(%q): edge %d endpoints wrong", tt.center, i)
			}
		}
	}
}

func TestFilterAndTop(t *testing.T) {
	g := nxGraphs()[0].graph()
	f := g.Filter(2)
	want := []string{"Ahmed al-Mismari", "Benghazi", "Khalifa Haftar", "Libya", "Russia", "Sergei Lavrov", "Sputnik", "Tripoli"}
	if got := nodeNames(f); !slices.Equal(got, want) {
		t.Errorf("Filter(2) nodes = %q, want %q", got, want)
	}
	for _, e := range f.Edges {
		if e.Weight < 2 {
			t.Errorf("Filter(2) kept %+v", e)
		}
	}
	if len(f.Edges) != 5 {
		t.Errorf("Filter(2) kept %d edges, want 5", len(f.Edges))
	}
	top := TopByPageRank(g, 3)
	pr := PageRank(g, 0, 0)
	if len(top.Nodes) != 3 {
		t.Fatalf("TopByPageRank(3) has %d nodes", len(top.Nodes))
	}
	minTop := 1.0
	for _, n := range top.Nodes {
		i, _ := g.Index(n.Name)
		minTop = min(minTop, pr[i])
	}
	for i, n := range g.Nodes {
		if _, ok := top.Index(n.Name); !ok && pr[i] > minTop {
			t.Errorf("%s (PageRank %.4f) left out of the top 3 (lowest %.4f)", n.Name, pr[i], minTop)
		}
	}
	if TopByPageRank(g, 0) != g {
		t.Error("TopByPageRank(0) should return g")
	}
}

func TestShortestPath(t *testing.T) {
	g := nxGraphs()[0].graph()
	tests := []struct {
		from, to string
		nodes    []string
		hops     []Hop // Edges not compared
		err      error
	}{
		{from: "Aguila Saleh", to: "Ahmed al-Mismari",
			nodes: []string{"Aguila Saleh", "Russia", "Khalifa Haftar", "Ahmed al-Mismari"},
			hops: []Hop{
				{From: "Aguila Saleh", To: "Russia", Relation: "visit", Forward: true},
				{From: "Russia", To: "Khalifa Haftar", Relation: "visit", Forward: false},
				{From: "Khalifa Haftar", To: "Ahmed al-Mismari", Relation: "speak for", Forward: false},
			}},
		{from: "Khalifa Haftar", to: "Sergei Lavrov",
			nodes: []string{"Khalifa Haftar", "Sergei Lavrov"},
			hops:  []Hop{{From: "Khalifa Haftar", To: "Sergei Lavrov", Relation: "meet", Forward: false}}},
		{from: "Russia", to: "Russia", nodes: []string{"Russia"}},
		{from: "Russia", to: "Libya", err: ErrNoPath},
		{from: "Atlantis", to: "Libya", err: ErrNodeNotFound},
		{from: "Libya", to: "Atlantis", err: ErrNodeNotFound},
	}
	for _, tt := range tests {
		p, err := ShortestPath(g, tt.from, tt.to)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ShortestPath(%q, %q) err = %v, want %v", tt.from, tt.to, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("ShortestPath(%q, %q): %v", tt.from, tt.to, err)
		}
		if !slices.Equal(p.Nodes, tt.nodes) {
			t.Errorf("ShortestPath(%q, %q) = %q, want %q", tt.from, tt.to, p.Nodes, tt.nodes)
		}
		var hops []Hop
		for _, h := range p.Hops {
			if len(h.Edges) == 0 {
				t.Errorf("hop %v has no edges", h)
			}
			h.Edges = nil
			hops = append(hops, h)
		}
		if !reflect.DeepEqual(hops, tt.hops) {
			t.Errorf("ShortestPath(%q, %q) hops\n got %+v\nwant %+v", tt.from, tt.to, hops, tt.hops)
		}
	}
	// The Haftar–Lavrov hop lists both directions, heaviest first.
	p, _ := ShortestPath(g, "Khalifa Haftar", "Sergei Lavrov")
	if es := p.Hops[0].Edges; len(es) != 2 || es[0].Weight != 2 || es[1].From != "Khalifa Haftar" {
		t.Errorf("hop edges = %+v", es)
	}
}

// TestGonumViews checks the gonum adapters and that gonum's own
// algorithms agree with ours on them.
func TestGonumViews(t *testing.T) {
	g := nxGraphs()[0].graph()
	d := g.Directed()
	u := g.Undirected()
	hi, _ := g.Index("Khalifa Haftar")
	ru, _ := g.Index("Russia")
	lv, _ := g.Index("Sergei Lavrov")
	if w, ok := d.Weight(int64(hi), int64(ru)); !ok || w != 3 {
		t.Errorf("directed Weight(Haftar, Russia) = %v, %v", w, ok)
	}
	if _, ok := d.Weight(int64(ru), int64(hi)); ok {
		t.Error("directed Weight(Russia, Haftar) exists")
	}
	if w, ok := u.Weight(int64(lv), int64(hi)); !ok || w != 3 {
		t.Errorf("undirected Weight(Lavrov, Haftar) = %v, %v; want 1+2", w, ok)
	}
	if !d.HasEdgeFromTo(int64(ru), int64(ru)) || u.HasEdgeBetween(int64(ru), int64(ru)) {
		t.Error("self-loop: kept in directed view, dropped in undirected")
	}
	if n := d.Nodes().Len(); n != len(g.Nodes) {
		t.Errorf("Nodes().Len() = %d", n)
	}
	var from []int64
	for it := d.From(int64(hi)); it.Next(); {
		from = append(from, it.Node().ID())
	}
	if len(from) != 3 {
		t.Errorf("From(Haftar) = %v", from)
	}
	var to []int64
	for it := d.To(int64(hi)); it.Next(); {
		to = append(to, it.Node().ID())
	}
	if len(to) != 2 {
		t.Errorf("To(Haftar) = %v", to)
	}
	if d.Node(-1) != nil || d.Node(int64(len(g.Nodes))) != nil || d.Edge(int64(ru), int64(hi)) != nil {
		t.Error("out-of-range lookups should give nil")
	}
	var _ gg.WeightedEdge = d.WeightedEdge(int64(hi), int64(ru))

	// gonum's PageRank on our view matches ours.
	ours := PageRank(g, 0.85, 1e-14)
	theirs := network.PageRank(d, 0.85, 1e-12)
	for i := range ours {
		if diff := ours[i] - theirs[int64(i)]; diff > 1e-6 || diff < -1e-6 {
			t.Errorf("gonum PageRank[%s] = %.8f, ours %.8f", g.Nodes[i].Name, theirs[int64(i)], ours[i])
		}
	}
}

func TestConnected(t *testing.T) {
	b := NewBuilder()
	b.AddNode(Node{Name: "lonely", Type: "PERSON"})
	b.AddEdge(Edge{From: "a", To: "b", Relation: "meet", Weight: 1})
	g := b.Graph().Connected()
	if len(g.Nodes) != 2 || len(g.Edges) != 1 {
		t.Fatalf("Connected kept %d nodes, %d edges; want 2, 1", len(g.Nodes), len(g.Edges))
	}
	if _, ok := g.Index("lonely"); ok {
		t.Error("isolated node kept")
	}
}
