package entities_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/nlp"
)

func tok(text, upos string, head int, rel, ent string) nlp.Token {
	return nlp.Token{Text: text, Lemma: text, UPOS: upos, Head: head, Deprel: rel, Entity: ent, SpaceAfter: true}
}

func ExampleResolve() {
	doc := []nlp.Sentence{
		// "The Libyan National Army ( LNA ) backs Khalifa Haftar ."
		{Tokens: []nlp.Token{
			tok("The", "DET", 4, "det", "O"),
			tok("Libyan", "ADJ", 4, "amod", "B-ORG"),
			tok("National", "ADJ", 4, "amod", "I-ORG"),
			tok("Army", "PROPN", 8, "nsubj", "I-ORG"),
			tok("(", "PUNCT", 6, "punct", "O"),
			tok("LNA", "PROPN", 4, "appos", "B-ORG"),
			tok(")", "PUNCT", 6, "punct", "O"),
			tok("backs", "VERB", 0, "root", "O"),
			tok("Khalifa", "PROPN", 8, "obj", "B-PER"),
			tok("Haftar", "PROPN", 9, "flat", "I-PER"),
			tok(".", "PUNCT", 8, "punct", "O"),
		}},
		// "Haftar said he trusts the LNA ."
		{Tokens: []nlp.Token{
			tok("Haftar", "PROPN", 2, "nsubj", "B-PER"),
			tok("said", "VERB", 0, "root", "O"),
			tok("he", "PRON", 4, "nsubj", "O"),
			tok("trusts", "VERB", 2, "ccomp", "O"),
			tok("the", "DET", 6, "det", "O"),
			tok("LNA", "PROPN", 4, "obj", "B-ORG"),
			tok(".", "PUNCT", 2, "punct", "O"),
		}},
	}
	d := entities.Resolve(doc, "", nil)
	for _, e := range d.Entities {
		fmt.Printf("%s (%s) %v mentions=%d\n", e.Name, e.Type, e.Aliases, e.Mentions)
	}
	e, _ := d.EntityAt(1, 2) // "he"
	fmt.Println("he →", d.Entities[e].Name)
	// Output:
	// Libyan National Army (ORG) [LNA Libyan National Army] mentions=3
	// Khalifa Haftar (PERSON) [Haftar Khalifa Haftar] mentions=3
	// he → Khalifa Haftar
}
