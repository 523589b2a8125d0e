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

// TestMainParticiple checks which past participle MainParticiple finds
// heading a sentence the parser hung on its subject, and its guards.
func TestMainParticiple(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       int
	}{
		{"object", "Musk/NN/NOUN/0/root sued/VBN/VERB/1/acl OpenAI/NNP/PROPN/2/obj ./././1/punct", 1},
		{"name read as a complement", "Biden/NNP/PROPN/0/root named/VBN/VERB/1/acl Yellen/NNP/PROPN/2/xcomp", 1},
		{"under the subject's apposition", "Siemens/NNP/PROPN/0/root ,/,/PUNCT/4/punct the/DT/DET/4/det group/NN/NOUN/1/appos ,/,/PUNCT/6/punct bought/VBN/VERB/4/acl Alstom/NNP/PROPN/6/obj", 5},
		{"no object", "company/NN/NOUN/0/root owned/VBN/VERB/1/acl in/IN/ADP/4/case Texas/NNP/PROPN/2/obl", -1},
		{"by after it", "Kamentsev/NNP/PROPN/0/root flanked/VBN/VERB/1/acl by/IN/ADP/4/case Aristov/NNP/PROPN/2/obj", -1},
		{"a finite verb elsewhere", "figure/NN/NOUN/3/nsubj was/VBD/AUX/3/cop ahead/RB/ADV/0/root of/IN/ADP/5/case rate/NN/NOUN/3/obl recorded/VBN/VERB/5/acl it/PRP/PRON/6/obj", -1},
		{"an auxiliary", "Photos/NNS/NOUN/0/root being/VBG/AUX/3/aux:pass taken/VBN/VERB/1/acl them/PRP/PRON/3/obj", -1},
		{"before the root", "sued/VBN/VERB/2/acl Musk/NNP/PROPN/0/root OpenAI/NNP/PROPN/1/obj", -1},
		{"two candidates", "Musk/NNP/PROPN/0/root sued/VBN/VERB/1/acl OpenAI/NNP/PROPN/2/obj and/CC/CCONJ/5/cc named/VBN/VERB/1/acl Altman/NNP/PROPN/5/obj", -1},
	} {
		s := parsed(t, c.spec)
		if got := MainParticiple(&s); got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, got, c.want)
		}
	}
}
