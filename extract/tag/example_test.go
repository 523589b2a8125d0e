package tag_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tag"
)

func ExampleTagger_Tag() {
	tagger, err := tag.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := nlp.Sentence{}
	for _, w := range strings.Fields("The minister visited Tripoli on Monday .") {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w})
	}
	tagger.Tag(&s)
	var out []string
	for _, t := range s.Tokens {
		out = append(out, t.Text+"/"+t.UPOS+"/"+t.XPOS)
	}
	fmt.Println(strings.Join(out, " "))
	// Output: The/DET/DT minister/NOUN/NN visited/VERB/VBD Tripoli/PROPN/NNP on/ADP/IN Monday/PROPN/NNP ./PUNCT/.
}
