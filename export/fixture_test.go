package export

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// trickyName exercises every escaping path: quotes, a backslash, markup,
// an entity reference, a newline, a control character and an invalid byte.
const trickyName = "Tricky \"Q\" \\ <b>&amp;\nline\x01\xff"

// newGraph returns a Graph of nodes and edges sorted as graph.Builder sorts
// them (nodes by Name, edges by From, To, Relation). It sets only the
// exported fields: the exporters must not rely on Graph.Index.
func newGraph(nodes []graph.Node, edges []graph.Edge) *graph.Graph {
	nodes = slices.Clone(nodes)
	edges = slices.Clone(edges)
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(edges, func(a, b graph.Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Relation, b.Relation))
	})
	return &graph.Graph{Nodes: nodes, Edges: edges}
}

// smallGraph is the fixture of the golden and reader tests: the seed
// article's facts plus one node and one edge full of characters to escape.
func smallGraph() *graph.Graph {
	return newGraph([]graph.Node{
		{Name: "Aguila Saleh", Type: "PERSON", Aliases: []string{"Aguila Saleh", "Saleh"}, Mentions: 3, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{Name: "Khalifa Haftar", Type: "PERSON", Aliases: []string{"Haftar", "Khalifa Haftar"}, Mentions: 7, Articles: 2, First: "2019-11-20", Last: "2019-12-01"},
		{Name: "Libya", Type: "LOC", Subtype: "GPE", Mentions: 4, Articles: 2, First: "2011-02-26", Last: "2019-12-01"},
		{Name: "Russia", Type: "LOC", Subtype: "GPE", Mentions: 5, Articles: 2, First: "2019-11-20", Last: "2019-12-01"},
		{Name: "Sergei Lavrov", Type: "PERSON", Aliases: []string{"Lavrov", "Sergei Lavrov"}, Mentions: 2, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{Name: "Sputnik", Type: "ORG", Mentions: 2, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{Name: trickyName, Type: "ORG", Aliases: []string{"Tricky", "tricky;alias"}, Mentions: 1, Articles: 1},
		{Name: "UN Security Council", Type: "ORG", Mentions: 1, Articles: 1, First: "2011-02-26", Last: "2011-02-26"},
		{Name: "Zürich – café", Type: "LOC", Mentions: 1, Articles: 1, First: "2020", Last: "2020"},
	}, []graph.Edge{
		{From: "Aguila Saleh", To: "Russia", Relation: "visit", Weight: 2, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{From: "Khalifa Haftar", To: "Russia", Relation: "visit", Weight: 3, Articles: 2, First: "2019-11", Last: "2019-12-01"},
		{From: "Khalifa Haftar", To: "Sergei Lavrov", Relation: "meet", Weight: 1, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{From: "Khalifa Haftar", To: "Sputnik", Relation: "interview", Weight: 1, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{From: "Russia", To: "Libya", Relation: "support", Weight: 1, Articles: 1},
		{From: "Sergei Lavrov", To: "Khalifa Haftar", Relation: "meet", Weight: 2, Articles: 1, First: "2019-11-25", Last: "2019-11-25"},
		{From: trickyName, To: "Zürich – café", Relation: "say \"hi\"\t\\", Weight: 1, Articles: 1},
		{From: "UN Security Council", To: "Libya", Relation: "impose sanctions on", Weight: 1.5, Articles: 1, First: "2011-02", Last: "2011"},
	})
}

// smallScores are analytics for smallGraph, in its node order. PageRank and
// betweenness are networkx 2.8.8's:
//
//	nx.pagerank(G, weight="weight", tol=1e-12, max_iter=1000)
//	nx.betweenness_centrality(G, normalized=True)
//
// on the DiGraph of smallGraph's edges with their weights (Debian's
// python3-networkx); testdata/check_graphml.py recomputes PageRank from the
// exported GraphML and compares.
var smallScores = &graph.Scores{
	PageRank: []float64{0.05861486496600014, 0.126753360827246, 0.2555569572658254, 0.17308171420866356,
		0.0801629363063994, 0.0801629363063994, 0.05861486496600014, 0.05861486496600014, 0.10843750018746581},
	Betweenness: []float64{0, 0.05357142857142857, 0, 0.05357142857142857, 0, 0, 0, 0, 0},
	Degree:      []float64{2, 7, 2.5, 6, 3, 1, 1, 1.5, 1},
	Community:   []int{0, 0, 1, 0, 0, 0, 2, 1, 2},
	Modularity:  0.42,
}

// smallTriples are triple mentions behind smallGraph, in store order (by
// article). The repeated Haftar–visit–Russia in "seed" must give one quad;
// the mention of "Tripoli", which is not a node, must be left out.
var smallTriples = []extract.Triple{
	{Subject: "Khalifa Haftar", SubjectType: "PERSON", Relation: "visit", Object: "Russia", ObjectType: "LOC",
		Article: "seed", Sentence: 0, Start: 0, End: 61, Text: "Haftar and Aguila Saleh visited Russia in late November.", Confidence: 0.9},
	{Subject: "Aguila Saleh", SubjectType: "PERSON", Relation: "visit", Object: "Russia", ObjectType: "LOC",
		Article: "seed", Sentence: 0, Start: 0, End: 61, Text: "Haftar and Aguila Saleh visited Russia in late November.", Confidence: 0.9},
	{Subject: "Khalifa Haftar", SubjectType: "PERSON", Relation: "visit", Object: "Russia", ObjectType: "LOC",
		Article: "seed", Sentence: 3, Start: 300, End: 350, Text: "Haftar's visit to Russia was his second.", Confidence: 0.7, Hedged: true},
	{Subject: "Sergei Lavrov", SubjectType: "PERSON", Relation: "meet", Object: "Khalifa Haftar", ObjectType: "PERSON",
		Article: "seed", Sentence: 1, Start: 62, End: 120, Text: "Lavrov met Haftar \"in Moscow\".", Confidence: 0.8, Date: "2019-11"},
	{Subject: "Khalifa Haftar", SubjectType: "PERSON", Relation: "visit", Object: "Tripoli", ObjectType: "LOC",
		Article: "seed", Sentence: 4, Start: 351, End: 380, Text: "Haftar visited Tripoli.", Confidence: 0.5, Negated: true},
	{Subject: "UN Security Council", SubjectType: "ORG", Relation: "impose sanctions on", Object: "Libya", ObjectType: "LOC",
		Article: "wikinews/2011 02#1", Sentence: 2, Start: 10, End: 90, Text: "The UN Security Council imposed sanctions on Libya.", Confidence: 1, Date: "2011-02-26"},
	{Subject: "Khalifa Haftar", SubjectType: "PERSON", Relation: "visit", Object: "Russia", ObjectType: "LOC",
		Article: "wikinews/2011 02#1", Sentence: 5, Start: 100, End: 140, Text: "Haftar went\tto Russia.", Confidence: 0.6, ReportedBy: "Ahmed al-Mismari"},
}

// smallTripleQuads is the number of named-graph quads WriteNQuads makes of
// smallTriples: 6 in graph, less one repeated in its article.
const smallTripleQuads = 5

// smallEntities are per-article entities behind smallGraph.
var smallEntities = []extract.Entity{
	{Name: "Aguila Saleh", Type: "PERSON", Aliases: []string{"Aguila Saleh", "Saleh"}, Mentions: 3, Article: "seed"},
	{Name: "Khalifa Haftar", Type: "PERSON", Aliases: []string{"Haftar", "Khalifa Haftar"}, Mentions: 5, Article: "seed"},
	{Name: "Tripoli", Type: "LOC", Mentions: 1, Article: "seed"},
	{Name: "Khalifa Haftar", Type: "PERSON", Aliases: []string{"Haftar"}, Mentions: 2, Article: "wikinews/2011 02#1"},
	{Name: "Libya", Type: "LOC", Subtype: "GPE", Mentions: 2, Article: "wikinews/2011 02#1"},
}

// tripleSlice is a TripleSource over a slice.
type tripleSlice []extract.Triple

func (s tripleSlice) ForEachTriple(ctx context.Context, fn func(extract.Triple) error) error {
	for _, t := range s {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}

// entitySlice is an EntitySource over a slice.
type entitySlice []extract.Entity

func (s entitySlice) ForEachEntity(ctx context.Context, fn func(extract.Entity) error) error {
	for _, e := range s {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

var (
	_ TripleSource = tripleSlice(nil)
	_ EntitySource = entitySlice(nil)
)

// smallOptions are the full options of the golden "small" case.
func smallOptions() Options {
	return Options{
		Scores:   smallScores,
		Title:    "Seed <article> & co",
		Triples:  tripleSlice(smallTriples),
		Entities: entitySlice(smallEntities),
	}
}

// randomGraph returns a seeded random graph of n nodes and m edges with
// scores, for benchmarks.
func randomGraph(n, m int, seed uint64) (*graph.Graph, *graph.Scores) {
	r := rand.New(rand.NewPCG(seed, seed))
	types := []string{"PERSON", "ORG", "LOC", "NORP"}
	nodes := make([]graph.Node, n)
	for i := range nodes {
		nodes[i] = graph.Node{Name: fmt.Sprintf("Entity %06d", i), Type: types[r.IntN(len(types))],
			Mentions: 1 + r.IntN(50), Articles: 1 + r.IntN(10), First: "2019-01-02", Last: "2020-03-04"}
	}
	seen := make(map[[2]int]bool)
	var edges []graph.Edge
	for len(edges) < m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		edges = append(edges, graph.Edge{From: nodes[a].Name, To: nodes[b].Name, Relation: "meet with",
			Weight: float64(1 + r.IntN(5)), Articles: 1 + r.IntN(3), First: "2019-05-06", Last: "2019-07"})
	}
	g := newGraph(nodes, edges)
	s := &graph.Scores{PageRank: make([]float64, n), Betweenness: make([]float64, n), Community: make([]int, n)}
	for i := range n {
		s.PageRank[i] = r.Float64() / float64(n)
		s.Betweenness[i] = r.Float64()
		s.Community[i] = r.IntN(20)
	}
	return g, s
}
