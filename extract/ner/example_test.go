package ner_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
)

func Example() {
	r, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	// Normally extract/tokenize and extract/tag make these tokens.
	words := []struct{ text, upos, xpos string }{
		{"Russian", "ADJ", "JJ"}, {"Foreign", "PROPN", "NNP"}, {"Minister", "PROPN", "NNP"},
		{"Sergei", "PROPN", "NNP"}, {"Lavrov", "PROPN", "NNP"}, {"met", "VERB", "VBD"},
		{"Khalifa", "PROPN", "NNP"}, {"Haftar", "PROPN", "NNP"}, {"in", "ADP", "IN"},
		{"Moscow", "PROPN", "NNP"}, {".", "PUNCT", "."},
	}
	var s nlp.Sentence
	for _, w := range words {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w.text, UPOS: w.upos, XPOS: w.xpos, Head: -1})
	}
	doc := []nlp.Sentence{s}
	r.Recognize(doc)
	for _, sp := range doc[0].EntitySpans() {
		name := ""
		for i, t := range doc[0].Tokens[sp.Start:sp.End] {
			if i > 0 {
				name += " "
			}
			name += t.Text
		}
		fmt.Println(sp.Type, name)
	}
	// Output:
	// PER Sergei Lavrov
	// PER Khalifa Haftar
	// LOC Moscow
}
