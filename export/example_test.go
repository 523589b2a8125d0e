package export_test

import (
	"context"
	"fmt"
	"os"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
)

func ExampleWriteDOT() {
	g := &graph.Graph{
		Nodes: []graph.Node{
			{Name: "Khalifa Haftar", Type: "PERSON", Mentions: 7},
			{Name: "Russia", Type: "LOC", Mentions: 5},
		},
		Edges: []graph.Edge{{From: "Khalifa Haftar", To: "Russia", Relation: "visit", Weight: 3, Articles: 2}},
	}
	if err := export.WriteDOT(context.Background(), os.Stdout, g, export.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph "kg" {
	// 	graph [overlap=false, outputorder=edgesfirst];
	// 	node [shape=ellipse, style=filled, fillcolor="#d9d9d9", fontname="Helvetica"];
	// 	edge [fontname="Helvetica", fontsize=10, color="#00000080"];
	// 	"Khalifa Haftar" [label="Khalifa Haftar", type="PERSON", mentions=7, degree="3", fillcolor="#80b1d3"];
	// 	"Russia" [label="Russia", type="LOC", mentions=5, degree="3", fillcolor="#b3de69"];
	// 	"Khalifa Haftar" -> "Russia" [label="visit", weight=3, penwidth=2.58, articles=2];
	// }
}

func ExampleEntityIRI() {
	fmt.Println(export.EntityIRI("", "Khalifa Haftar"))
	fmt.Println(export.RelationIRI("", "impose sanctions on"))
	fmt.Println(export.ArticleIRI("https://news.example/kg", "bbc/123"))
	// Output:
	// https://kg.invalid/entity/Khalifa%20Haftar
	// https://kg.invalid/relation/impose_sanctions_on
	// https://news.example/kg/article/bbc%2F123
}
