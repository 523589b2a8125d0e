package triples_test

import (
	"fmt"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/triples"
)

// tok makes a parsed, tagged token: head is 1-based, 0 for the root.
func tok(text, lemma, upos string, head int, rel, ent string) nlp.Token {
	return nlp.Token{Text: text, Lemma: lemma, UPOS: upos, Head: head, Deprel: rel, Entity: ent, SpaceAfter: true}
}

func ExampleExtract() {
	// "On November 29 Sergei Lavrov held a meeting with Haftar."
	s := nlp.Sentence{Text: "On November 29 Sergei Lavrov held a meeting with Haftar.", Tokens: []nlp.Token{
		tok("On", "on", "ADP", 2, "case", "O"),
		tok("November", "November", "PROPN", 6, "obl", "O"),
		tok("29", "29", "NUM", 2, "nummod", "O"),
		tok("Sergei", "Sergei", "PROPN", 6, "nsubj", "B-PER"),
		tok("Lavrov", "Lavrov", "PROPN", 4, "flat", "I-PER"),
		tok("held", "hold", "VERB", 0, "root", "O"),
		tok("a", "a", "DET", 8, "det", "O"),
		tok("meeting", "meeting", "NOUN", 6, "obj", "O"),
		tok("with", "with", "ADP", 10, "case", "O"),
		tok("Haftar", "Haftar", "PROPN", 8, "nmod", "B-PER"),
		tok(".", ".", "PUNCT", 6, "punct", "O"),
	}}
	s.End = len(s.Text)
	doc := []nlp.Sentence{s}
	ents := entities.Resolve(doc, s.Text, nil)
	art := extract.Article{ID: "example", Date: "2016-12-05", Text: s.Text}
	for _, t := range triples.Extract(doc, ents, art, triples.Options{}) {
		fmt.Printf("%s | %s | %s | %s | %.2f\n", t.Subject, t.Relation, t.Object, t.Date, t.Confidence)
	}
	// Output:
	// Sergei Lavrov | meet | Haftar | 2016-11-29 | 0.85
}

func ExampleScoreCaRB() {
	gold := triples.CaRBSet{"Mr. Baker found an opening .": {
		{Relation: "found", Args: []string{"Mr. Baker", "an opening"}},
	}}
	pred := triples.CaRBSet{"Mr. Baker found an opening .": {
		{Relation: "found", Args: []string{"Mr. Baker", "an opening"}, Confidence: 0.9},
	}}
	s := triples.ScoreCaRB(gold, pred)
	fmt.Printf("P %.2f R %.2f F1 %.2f\n", s.Precision, s.Recall, s.F1)
	// Output:
	// P 1.00 R 1.00 F1 1.00
}
