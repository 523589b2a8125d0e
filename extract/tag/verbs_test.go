package tag

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

// TestRetagVerbsBetweenNames checks which words become verbs, with which
// tag, and each guard.
func TestRetagVerbsBetweenNames(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, spec, want string // want: "word/XPOS" of the retagged words
	}{
		{"read as a proper noun", "France/NNP/PROPN beat/NNP/PROPN Poland/NNP/PROPN 3-1/CD/NUM", "beat/VBD"},
		{"read as a preposition", "Arsenal/NN/NOUN beat/IN/ADP Chelsea/NNP/PROPN ./././PUNCT", "beat/VBD"},
		{"a base form opening the clause", "Liverpool/NNP/PROPN beat/VB/VERB Everton/NNP/PROPN", "beat/VBD"},
		{"a -s form", "Siemens/NNP/PROPN buys/NNP/PROPN Alstom/NNP/PROPN", "buys/VBZ"},
		{"a preposition that is a verb too", "Ministers/NNP/PROPN like/IN/ADP Smith/NNP/PROPN", ""},
		{"a name's particle", "Banco/NNP/PROPN do/NNP/PROPN Brasil/NNP/PROPN", ""},
		{"a base form after a modal", "he/PRP/PRON will/MD/AUX Liverpool/NNP/PROPN beat/VB/VERB Everton/NNP/PROPN", ""},
		{"after a pronoun, a base form stays", "They/PRP/PRON beat/VB/VERB Everton/NNP/PROPN", ""},
		{"no object after it", "France/NNP/PROPN beat/NNP/PROPN in/IN/ADP Paris/NNP/PROPN", ""},
		{"a capitalised word", "France/NNP/PROPN Beat/NNP/PROPN Poland/NNP/PROPN", ""},
		{"a noun", "Paris/NNP/PROPN table/NNP/PROPN Poland/NNP/PROPN", ""},
	} {
		var s nlp.Sentence
		for _, item := range strings.Fields(c.spec) {
			f := strings.Split(item, "/")
			s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], XPOS: f[1], UPOS: f[2]})
		}
		before := make([]string, len(s.Tokens))
		for i, tk := range s.Tokens {
			before[i] = tk.XPOS
		}
		changed := tg.RetagVerbsBetweenNames(&s)
		var got []string
		for i, tk := range s.Tokens {
			if tk.XPOS != before[i] {
				if tk.UPOS != "VERB" {
					t.Errorf("%s: %s became %s", c.name, tk.Text, tk.UPOS)
				}
				got = append(got, tk.Text+"/"+tk.XPOS)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: retagged %q, want %q", c.name, g, c.want)
		}
		if changed != (c.want != "") {
			t.Errorf("%s: changed %v", c.name, changed)
		}
	}
	// the word before the subject opens the clause
	s := nlp.Sentence{Tokens: []nlp.Token{
		{Text: "scored", XPOS: "VBD", UPOS: "VERB"},
		{Text: "as", XPOS: "IN", UPOS: "ADP"},
		{Text: "France", XPOS: "NNP", UPOS: "PROPN"},
		{Text: "beat", XPOS: "NNP", UPOS: "PROPN"},
		{Text: "Poland", XPOS: "NNP", UPOS: "PROPN"},
	}}
	if !tg.RetagVerbsBetweenNames(&s) || s.Tokens[1].UPOS != "SCONJ" || s.Tokens[3].XPOS != "VBD" {
		t.Errorf("as France beat Poland: %s/%s ... %s", s.Tokens[1].XPOS, s.Tokens[1].UPOS, s.Tokens[3].XPOS)
	}
	// a word the recogniser put inside a name stays
	s = nlp.Sentence{Tokens: []nlp.Token{
		{Text: "Hakan", XPOS: "NNP", UPOS: "PROPN", Entity: "B-PER"},
		{Text: "met", XPOS: "NNP", UPOS: "PROPN", Entity: "I-PER"},
		{Text: "Sharaa", XPOS: "NNP", UPOS: "PROPN", Entity: "I-PER"},
	}}
	if tg.RetagVerbsBetweenNames(&s) || s.Tokens[1].XPOS != "NNP" {
		t.Errorf("a word inside a name was retagged %s", s.Tokens[1].XPOS)
	}
}
