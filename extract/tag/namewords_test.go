package tag

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

// TestRetagNameWords checks which function words RetagNameWords makes
// proper nouns, and each guard.
func TestRetagNameWords(t *testing.T) {
	for _, c := range []struct {
		name, spec string // "word/XPOS/UPOS" items
		want       string // the words made NNP, in order
	}{
		{"inside a name", "tycoon/NN/NOUN Truong/NNP/PROPN My/PRP$/PRON Lan/NNP/PROPN was/VBD/AUX sentenced/VBN/VERB", "My"},
		{"before a word read as a noun", "met/VBD/VERB Nguyen/NNP/PROPN Thi/NNP/PROPN My/PRP$/PRON Hanh/NN/NOUN and/CC/CCONJ Ho/NNP/PROPN Van/NNP/PROPN Long/RB/ADV in/IN/ADP Hanoi/NNP/PROPN", "My"},
		{"an auxiliary in a name", "Pan/NNP/PROPN Am/VBP/AUX World/NNP/PROPN Airways/NNPS/PROPN said/VBD/VERB", "Am"},
		{"opening a statement", "Will/MD/AUX Smith/NNP/PROPN said/VBD/VERB on/IN/ADP Monday/NNP/PROPN ././PUNCT", "Will"},
		{"opening with an apposition", "Do/VBP/AUX Van/NNP/PROPN Hung/NNP/PROPN ,/,/PUNCT a/DT/DET farmer/NN/NOUN ,/,/PUNCT said/VBD/VERB so/RB/ADV", "Do"},
		{"an auxiliary after a lower-case word", "Buckland/NNP/PROPN and/CC/CCONJ Will/MD/AUX Champion/NNP/PROPN played/VBD/VERB", "Will"},
		{"an auxiliary after a colon", "question/NN/NOUN :/:/PUNCT Will/MD/AUX Congress/NNP/PROPN act/VB/VERB", ""},
		{"an auxiliary before a common noun", "and/CC/CCONJ Will/MD/AUX power/NN/NOUN grow/VB/VERB", ""},
		{"a question", "Will/MD/AUX Smith/NNP/PROPN say/VB/VERB so/RB/ADV ?/./PUNCT", ""},
		{"two in a row", "met/VBD/VERB Nguyen/NNP/PROPN Do/VBP/AUX My/PRP$/PRON Hanh/NNP/PROPN in/IN/ADP Hue/NNP/PROPN", "Do My"},
		{"a condition", "Should/MD/AUX Citicorp/NNP/PROPN actually/RB/ADV place/VB/VERB loans/NNS/NOUN", ""},
		{"a question without its mark", "Do/VBP/AUX Americans/NNPS/PROPN want/VBP/VERB this/DT/PRON", ""},
		{"a possessive opening a sentence", "Our/PRP$/PRON Lady/NNP/PROPN of/IN/ADP Lourdes/NNP/PROPN was/VBD/AUX closed/VBN/VERB", ""},
		{"lower case", "Truong/NNP/PROPN my/PRP$/PRON Lan/NNP/PROPN said/VBD/VERB so/RB/ADV", ""},
		{"one letter", "Peter/NNP/PROPN I/PRP/PRON Said/NNP/PROPN it/PRP/PRON yesterday/NN/NOUN", ""},
		{"no name before", "when/WRB/ADV My/PRP$/PRON Lan/NNP/PROPN said/VBD/VERB so/RB/ADV", ""},
		{"an apostrophe inside a name", "President/NNP/PROPN Ma'ruf/NN/NOUN Amin/NNP/PROPN said/VBD/VERB", "Ma'ruf"},
		{"an adjective with an apostrophe", "the/DT/DET Shi'ite/JJ/ADJ militias/NNS/NOUN", ""},
		{"a possessive", "met/VBD/VERB Smith's/NN/NOUN staff/NN/NOUN", ""},
		{"a title in quotes", "the/DT/DET episode/NN/NOUN \"/``/PUNCT So/RB/ADV in/IN/ADP Louvre/NNP/PROPN Are/VBP/AUX We/PRP/PRON Two/CD/NUM \"/''/PUNCT", ""},
		{"title case", "Vietnam/NNP/PROPN Sentences/VBZ/VERB Tycoon/NNP/PROPN Truong/NNP/PROPN My/PRP$/PRON Lan/NNP/PROPN to/IN/ADP Death/NN/NOUN", ""},
		{"a name-dense sentence is no title", "He/PRP/PRON met/VBD/VERB Truong/NNP/PROPN My/PRP$/PRON Lan/NNP/PROPN and/CC/CCONJ Ho/NNP/PROPN Van/NNP/PROPN Long/RB/ADV in/IN/ADP Hanoi/NNP/PROPN", "My"},
	} {
		checkRetag(t, c.name, c.spec, c.want, RetagNameWords)
	}
}

// checkRetag runs retag over the sentence spec ("word/XPOS/UPOS" items)
// and checks that it made proper nouns of the words want lists, in order,
// and of no other.
func checkRetag(t *testing.T, name, spec, want string, retag func(*nlp.Sentence) bool) {
	t.Helper()
	var s nlp.Sentence
	for _, item := range strings.Fields(spec) {
		f := strings.Split(item, "/")
		if len(f) != 3 {
			t.Fatalf("%s: bad item %q", name, item)
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], XPOS: f[1], UPOS: f[2]})
	}
	before := make([]string, len(s.Tokens))
	for i, tk := range s.Tokens {
		before[i] = tk.XPOS
	}
	changed := retag(&s)
	var got []string
	for i, tk := range s.Tokens {
		if tk.XPOS != before[i] {
			if tk.XPOS != "NNP" || tk.UPOS != "PROPN" {
				t.Errorf("%s: %s became %s/%s", name, tk.Text, tk.XPOS, tk.UPOS)
			}
			got = append(got, tk.Text)
		}
	}
	if g := strings.Join(got, " "); g != want {
		t.Errorf("%s: retagged %q, want %q", name, g, want)
	}
	if changed != (want != "") {
		t.Errorf("%s: changed %v", name, changed)
	}
}

// TestRetagUnknownNames checks which words RetagUnknownNames makes proper
// nouns, and each guard.
func TestRetagUnknownNames(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, spec, want string
	}{
		{"a given name read as an adverb", "beat/VBD/VERB Anatoly/RB/ADV Karpov/NNP/PROPN in/IN/ADP 1985/CD/NUM", "Anatoly"},
		{"read as a noun", "lawyer/NN/NOUN Majeed/NN/NOUN Memon/NNP/PROPN said/VBD/VERB", "Majeed"},
		{"a word the lexicon knows", "China/NNP/PROPN 's/POS/PART Ding/NN/NOUN Liren/NNP/PROPN lost/VBD/VERB", ""},
		{"no proper noun after", "I/PRP/PRON get/VBP/VERB Microdermabrasions/NNS/NOUN regularly/RB/ADV", ""},
		{"a plural", "most/JJS/ADJ Salafis/NNS/NOUN Smith/NNP/PROPN met/VBD/VERB", ""},
		{"a wh-word", "Online/NNP/PROPN ,/,/PUNCT How/WRB/ADV Kodak/NNP/PROPN works/VBZ/VERB", ""},
		{"opening a sentence", "Anatoly/RB/ADV Karpov/NNP/PROPN lost/VBD/VERB", ""},
		{"after a colon", "said/VBD/VERB :/:/PUNCT Anatoly/RB/ADV Karpov/NNP/PROPN lost/VBD/VERB", ""},
		{"title case", "Kasparov/NNP/PROPN Beats/VBZ/VERB Anatoly/RB/ADV Karpov/NNP/PROPN In/IN/ADP Moscow/NNP/PROPN", ""},
	} {
		checkRetag(t, c.name, c.spec, c.want, tg.RetagUnknownNames)
	}
}
