package entities

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/nlp"
)

// TestFamilyFirstNames checks that East Asian names that open with a
// family name are persons whatever the recogniser made of them, and that
// names, places and firms that open with such a word keep their own.
func TestFamilyFirstNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"run", "cave", "well", "son", "shares"}, adjectives: []string{"young"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"with|O Chinese|O leader|O Xi|O|compound|4|NOUN Jinping|B-LOC during|O talks|O", "Xi Jinping", "PERSON"},
		{"replace|O the|O ousted|O Yoon|B-ORG Suk|I-ORG Yeol|I-ORG .|O|punct|1|PUNCT", "Yoon Suk Yeol", "PERSON"},
		{"captain|O Chen|B-PER Chieh|I-PER ^-|O|punct|1|PUNCT ^hsien|O followed|O", "Chen Chieh-hsien", "PERSON"},
		{"said|O Ko|O Fei|O ^-|O|punct|1|PUNCT ^Lo|O ,|O|punct|1|PUNCT a|O banker|O", "Ko Fei-Lo", "PERSON"},
		{"President|O Nguyen|O Phu|O Trong|O said|O", "Nguyen Phu Trong", "PERSON"},
		{"talks|O with|O Kem|O|compound|4|PROPN Sokha|O|obl|1|PROPN ended|O", "Kem Sokha", "PERSON"},
		{"talks|O with|O Sar|O|compound|4|PROPN Kheng|O|obl|1|PROPN ended|O", "Sar Kheng", "PERSON"},
		// a common word as a hyphenated given name's first syllable
		{"and|O Kwon|O Young|O ^-|O ^wan|O ,|O a|O professor|O", "Kwon Young-wan", "PERSON"},
		// the recogniser's place of the whole name stays one
		{"at|O Liang|B-LOC Bua|I-LOC ,|O|punct|1|PUNCT scientists|O said|O", "Liang Bua", "LOC"},
	})
	bad := func(e extract.Entity) bool { return e.Type == "PERSON" }
	for _, sent := range []string{
		"from|O Sara|O Lee|O Thomas|O today|O",                            // a capitalised word before it
		"the|O Song|O Dynasty|O ruled|O",                                  // a common word after it
		"flew|O to|O Long|O Island|O",                                     // ...
		"an|O unnamed|O Hong|O Kong|O Chinese|O investor|O",               // a place and a people
		"the|O Liu|O Hua|O 11-1-1|O|nummod|4|NUM well|O",                  // a number after it
		"at|O the|O Liang|O Bua|O cave|O",                                 // a place's noun after it
		"student|O Chien|O ^-|O|punct|1|PUNCT ^Liang|O Fok|O developed|O", // a syllable of a given name
		"his|O son|O Stephen|O",                                           // in lower case
	} {
		checkNoEntityLex(t, g, lex, sent, bad)
	}
	// a firm's name the article writes whole elsewhere
	for _, sents := range [][]string{
		{"Pan|B-ORG Am|I-ORG World|I-ORG Airways|I-ORG said|O", "Pan|O Am|O flights|O rose|O"},
		{"Pan|B-ORG Am|I-ORG Corp|I-ORG said|O", "analysts|O said|O Pan|O Am|O could|O fail|O"},
	} {
		s1, _ := sentenceOf(sents[0])
		s2, text := sentenceOf(sents[1])
		for _, e := range ResolveWith([]nlp.Sentence{s1, s2}, text, g, lex).Entities {
			if e.Type == "PERSON" {
				t.Errorf("%q: unwanted %+v", sents, e)
			}
		}
	}
}
