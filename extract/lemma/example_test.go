package lemma_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract/lemma"
	"github.com/kg-project/kg/extract/nlp"
)

func ExampleLemmatizer_Lemmatize() {
	l, err := lemma.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := nlp.Sentence{Tokens: []nlp.Token{
		{Text: "Libyan", XPOS: "JJ"},
		{Text: "forces", XPOS: "NNS"},
		{Text: "were", XPOS: "VBD"},
		{Text: "holding", XPOS: "VBG"},
		{Text: "better", XPOS: "JJR"},
		{Text: "talks", XPOS: "NNS"},
	}}
	l.Lemmatize(&s)
	var out []string
	for _, t := range s.Tokens {
		out = append(out, t.Lemma)
	}
	fmt.Println(strings.Join(out, " "))
	// Output: Libyan force be hold good talk
}
