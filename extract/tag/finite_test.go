package tag

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

// parsed builds a sentence from "word/XPOS/UPOS/head/deprel" items.
func parsed(t *testing.T, spec string) nlp.Sentence {
	t.Helper()
	var s nlp.Sentence
	for _, item := range strings.Fields(spec) {
		f := strings.Split(item, "/")
		if len(f) != 5 {
			t.Fatalf("bad item %q", item)
		}
		h := 0
		for _, c := range f[3] {
			h = 10*h + int(c-'0')
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], XPOS: f[1], UPOS: f[2], Head: h, Deprel: f[4]})
	}
	return s
}

// TestRetagFinite checks both rules of RetagFinite and each guard: the
// verbs' Penn tags after it, and whether it reports a change.
func TestRetagFinite(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // XPOS of the verbs, in order
	}{
		{"subject and object", "guerrillas/NNS/NOUN/2/nsubj detonated/VBN/VERB/0/root a/DT/DET/5/det car/NN/NOUN/5/compound bomb/NN/NOUN/2/obj", "VBD"},
		{"relative clause", "people/NNS/NOUN/0/root who/WP/PRON/3/nsubj suffered/VBN/VERB/1/acl:relcl", "VBD"},
		{"amount after by", "China/NNP/PROPN/2/nsubj raised/VBN/VERB/0/root rates/NNS/NOUN/2/obj by/IN/ADP/5/case 0.27/CD/NUM/2/obl", "VBD"},
		{"auxiliary", "they/PRP/PRON/3/nsubj have/VBP/AUX/3/aux fired/VBN/VERB/0/root", "VBN"},
		{"passive", "bomb/NN/NOUN/3/nsubj:pass was/VBD/AUX/3/aux:pass detonated/VBN/VERB/0/root", "VBN"},
		{"agent", "politicians/NNS/NOUN/2/nsubj led/VBN/VERB/0/root out/RP/ADP/2/compound:prt by/IN/ADP/5/case Prescott/NNP/PROPN/2/obl", "VBN"},
		{"reduced relative", "farmland/NN/NOUN/0/root owned/VBN/VERB/1/acl by/IN/ADP/4/case firm/NN/NOUN/2/obl:agent", "VBN"},
		{"no subject", "Subs/NNS/NOUN/0/root not/RB/PART/3/advmod used/VBN/VERB/1/acl", "VBN"},
		{"subject after", "said/VBN/VERB/0/root Smith/NNP/PROPN/1/nsubj", "VBN"},
		{"past tense kept", "she/PRP/PRON/2/nsubj declined/VBD/VERB/0/root", "VBD"},
		{"plain subject", "These/DT/PRON/2/nsubj look/VB/VERB/0/root fine/JJ/ADJ/2/xcomp", "VBP"},
		{"after a mandative verb", "I/PRP/PRON/2/nsubj suggest/VBP/VERB/0/root you/PRP/PRON/4/nsubj go/VB/VERB/2/ccomp", "VBP VB"},
		{"with a modal", "you/PRP/PRON/3/nsubj will/MD/AUX/3/aux love/VB/VERB/0/root", "VB"},
		{"imperative", "Simply/RB/ADV/2/advmod type/VB/VERB/0/root it/PRP/PRON/2/obj", "VB"},
		{"a noun subject", "Israel/NNP/PROPN/2/nsubj leave/VB/VERB/0/root", "VB"},
	} {
		s := parsed(t, c.spec)
		var before []string
		for i, tk := range s.Tokens {
			s.Tokens[i].Lemma = strings.ToLower(tk.Text)
			if tk.UPOS == "VERB" {
				before = append(before, tk.XPOS)
			}
		}
		changed := RetagFinite(&s)
		var got []string
		for _, tk := range s.Tokens {
			if tk.UPOS == "VERB" {
				got = append(got, tk.XPOS)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: verbs %s, want %s", c.name, g, c.want)
		}
		if want := strings.Join(before, " ") != c.want; changed != want {
			t.Errorf("%s: changed %v, want %v", c.name, changed, want)
		}
	}
}
