package graph_test

import (
	"context"
	"fmt"

	"github.com/kg-project/kg/graph"
)

func Example() {
	b := graph.NewBuilder()
	b.AddNode(graph.Node{Name: "Khalifa Haftar", Type: "PERSON", Mentions: 7})
	b.AddEdge(graph.Edge{From: "Khalifa Haftar", To: "Russia", Relation: "visit", Weight: 2})
	b.AddEdge(graph.Edge{From: "Aguila Saleh", To: "Russia", Relation: "visit", Weight: 1})
	b.AddEdge(graph.Edge{From: "Sergei Lavrov", To: "Khalifa Haftar", Relation: "meet", Weight: 1})
	g := b.Graph()

	s, err := graph.Compute(context.Background(), g, []string{"pagerank", "betweenness"}, graph.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, n := range g.Nodes {
		fmt.Printf("%-15s pagerank %.3f betweenness %.3f\n", n.Name, s.PageRank[i], s.Betweenness[i])
	}
	p, err := graph.ShortestPath(g, "Sergei Lavrov", "Aguila Saleh")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range p.Hops {
		arrow := "->"
		if !h.Forward {
			arrow = "<-"
		}
		fmt.Printf("%s %s[%s] %s\n", h.From, arrow, h.Relation, h.To)
	}
	// The scores are networkx's: nx.pagerank(D), nx.betweenness_centrality(U).

	// Output:
	// Aguila Saleh    pagerank 0.138 betweenness 0.000
	// Khalifa Haftar  pagerank 0.254 betweenness 0.667
	// Russia          pagerank 0.471 betweenness 0.667
	// Sergei Lavrov   pagerank 0.138 betweenness 0.000
	// Sergei Lavrov ->[meet] Khalifa Haftar
	// Khalifa Haftar ->[visit] Russia
	// Russia <-[visit] Aguila Saleh
}
