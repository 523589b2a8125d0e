package parse_test

import (
	"fmt"
	"log"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/parse"
)

func Example() {
	p, err := parse.Default()
	if err != nil {
		log.Fatal(err)
	}
	// Tokens as the tagger leaves them: text and tags.
	s := nlp.Sentence{Tokens: []nlp.Token{
		{Text: "The", UPOS: "DET", XPOS: "DT"},
		{Text: "rebels", UPOS: "NOUN", XPOS: "NNS"},
		{Text: "attacked", UPOS: "VERB", XPOS: "VBD"},
		{Text: "Tripoli", UPOS: "PROPN", XPOS: "NNP"},
		{Text: ".", UPOS: "PUNCT", XPOS: "."},
	}}
	p.Parse(&s)
	for i, t := range s.Tokens {
		fmt.Println(i+1, t.Text, t.Head, t.Deprel)
	}
	// Output:
	// 1 The 2 det
	// 2 rebels 3 nsubj
	// 3 attacked 0 root
	// 4 Tripoli 3 obj
	// 5 . 3 punct
}
