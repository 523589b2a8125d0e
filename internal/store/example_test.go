package store_test

import (
	"context"
	"fmt"
	"log"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/store"
)

func Example() {
	ctx := context.Background()
	s, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	w := s.NewWriter(ctx)
	_, err = w.Add(extract.Result{
		Article: extract.Article{ID: "seed", Date: "2019-11-29"},
		Hash:    "5d41402abc4b2a76b9719d911017c592",
		Entities: []extract.Entity{
			{Name: "Khalifa Haftar", Type: "PERSON", Aliases: []string{"Haftar", "Khalifa Haftar"}, Mentions: 7},
			{Name: "Russia", Type: "LOC", Aliases: []string{"Russia"}, Mentions: 2},
		},
		Triples: []extract.Triple{{
			Subject: "Khalifa Haftar", Relation: "visit", Object: "Russia",
			Sentence: 3, Start: 410, End: 480, Text: "Haftar visited Russia.", Confidence: 0.9,
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}

	err = s.Query(ctx, store.Pattern{Subject: "haftar"}, func(f store.Fact) error {
		fmt.Printf("%s -%s-> %s (%d sentence, confidence %.1f)\n", f.Subject, f.Relation, f.Object, f.Weight, f.Confidence)
		return s.Evidence(ctx, f.Subject, f.Relation, f.Object, func(t extract.Triple) error {
			fmt.Printf("  %s:%d %q\n", t.Article, t.Sentence, t.Text)
			return nil
		})
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// Khalifa Haftar -visit-> Russia (1 sentence, confidence 0.9)
	//   seed:3 "Haftar visited Russia."
}
