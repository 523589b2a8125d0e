package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/kg-project/kg/extract"
)

func openMem(t testing.TB) *Store {
	t.Helper()
	s, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// ent is an article entity: name, type, aliases.
func ent(name, typ string, aliases ...string) extract.Entity {
	return extract.Entity{Name: name, Type: typ, Aliases: append([]string{name}, aliases...), Mentions: 1 + len(aliases)}
}

// tri is a triple in sentence sent.
func tri(s, r, o string, sent int, conf float64) extract.Triple {
	return extract.Triple{Subject: s, Relation: r, Object: o, Sentence: sent, Start: sent * 100, End: sent*100 + 50,
		Text: s + " " + r + " " + o + ".", Confidence: conf}
}

func result(id, date string, ents []extract.Entity, triples []extract.Triple) extract.Result {
	for i := range ents {
		ents[i].Article = id
	}
	for i := range triples {
		triples[i].Article = id
	}
	return extract.Result{
		Article: extract.Article{ID: id, Title: "title " + id, Date: date, Text: "text of " + id},
		Hash:    hashOf(id), Sentences: 10, Words: 200, Entities: ents, Triples: triples,
	}
}

func add(t testing.TB, s *Store, results ...extract.Result) {
	t.Helper()
	w := s.NewWriter(context.Background())
	for _, r := range results {
		if _, err := w.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// seedArticles are two small articles in the style of the seed article.
func seedArticles() []extract.Result {
	return []extract.Result{
		result("a1", "2019-11-29", []extract.Entity{
			ent("Khalifa Haftar", "PERSON", "Haftar"),
			ent("Russia", "LOC"),
			ent("Sergei Lavrov", "PERSON", "Lavrov"),
			ent("Libyan National Army", "ORG", "LNA"),
		}, []extract.Triple{
			tri("Khalifa Haftar", "visit", "Russia", 0, 0.9),
			tri("Sergei Lavrov", "meet", "Khalifa Haftar", 1, 0.8),
			tri("Khalifa Haftar", "visit", "Russia", 2, 0.7),
		}),
		result("a2", "2019-12-02", []extract.Entity{
			ent("Haftar", "PERSON"),
			ent("Russia", "LOC"),
			ent("LNA", "ORG"),
		}, []extract.Triple{
			tri("Haftar", "visit", "Russia", 0, 0.6),
			tri("LNA", "fight", "Russia", 3, 0.4),
		}),
	}
}
