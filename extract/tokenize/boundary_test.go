package tokenize

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

func TestDefaultSentenceModel(t *testing.T) {
	m, err := DefaultSentenceModel()
	if err != nil {
		t.Fatal(err)
	}
	// go run ./cmd/kg-train sent reports the feature count it wrote
	if n := m.Len(); n < 1000 {
		t.Errorf("embedded model has %d features, want thousands", n)
	}
	if m.lexicon.Empty() {
		t.Error("embedded model has no case lexicon")
	}
}

// TestSentenceModelRoundTrip saves the embedded model and checks that the
// bytes reload to a model that saves to the same bytes and splits alike.
func TestSentenceModelRoundTrip(t *testing.T) {
	m, err := DefaultSentenceModel()
	if err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := LoadSentenceModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("save, load, save changed the model bytes")
	}
	for _, c := range splitCases {
		w1 := strings.Join(words((&Tokenizer{Model: m}).Split(c.in)), "|")
		w2 := strings.Join(words((&Tokenizer{Model: m2}).Split(c.in)), "|")
		if w1 != w2 {
			t.Errorf("%s: reloaded model splits %q, embedded %q", c.name, w2, w1)
		}
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

var badSentModels = []struct {
	name string
	in   []byte
}{
	{"empty", nil},
	{"not gzip", []byte("KGSENT3\n")},
	{"wrong magic", gzipped([]byte("KGLEM3\n\x00\x00"))},
	{"short magic", gzipped([]byte("KGS"))},
	{"truncated table", gzipped([]byte("KGSENT3\n\x05\x01"))},
	{"huge count", gzipped([]byte("KGSENT3\n\xff\xff\xff\xff\x0f"))},
	{"weight out of range", gzipped([]byte("KGSENT3\n\x01\x07\xff\xff\x7f"))},
	{"half the embedded model", embeddedSentModel[:len(embeddedSentModel)/2]},
}

func TestLoadSentenceModelErrors(t *testing.T) {
	for _, c := range badSentModels {
		t.Run(c.name, func(t *testing.T) {
			m, err := LoadSentenceModel(bytes.NewReader(c.in))
			if err == nil {
				t.Fatalf("loaded a model (%d features) from bad input", m.Len())
			}
			if !errors.Is(err, ErrBadSentenceModel) {
				t.Errorf("error %v is not ErrBadSentenceModel", err)
			}
		})
	}
}

func FuzzLoadSentenceModel(f *testing.F) {
	for _, c := range badSentModels {
		f.Add(c.in)
	}
	f.Add(gzipped([]byte("KGSENT3\n\x01\x07\x80\x80\x02\x00")))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := LoadSentenceModel(bytes.NewReader(b))
		if err != nil {
			return
		}
		// whatever loads must split without panicking
		text := "See you there. -- Posted by Ann\nTRIPOLI (Reuters) - He left the U.S. The end"
		checkInvariants(t, text, (&Tokenizer{Model: m}).Split(text))
	})
}

// trainDocs is a tiny treebank: two documents whose sentences end with and
// without punctuation.
var trainDocs = []nlp.Sentence{
	{ID: "d1-0001", Text: "Thanks for the link.", Tokens: []nlp.Token{{Text: "Thanks", SpaceAfter: true}, {Text: "for", SpaceAfter: true}, {Text: "the", SpaceAfter: true}, {Text: "link", SpaceAfter: false}, {Text: ".", SpaceAfter: false}}},
	{ID: "d1-0002", Text: "Regards,", Tokens: []nlp.Token{{Text: "Regards", SpaceAfter: false}, {Text: ",", SpaceAfter: true}}},
	{ID: "d1-0003", Text: "Debra Smith", Tokens: []nlp.Token{{Text: "Debra", SpaceAfter: true}, {Text: "Smith", SpaceAfter: true}}},
	{ID: "d2-0001", Text: "Sales fell 3%", Tokens: []nlp.Token{{Text: "Sales", SpaceAfter: true}, {Text: "fell", SpaceAfter: true}, {Text: "3", SpaceAfter: false}, {Text: "%", SpaceAfter: true}}},
	{ID: "d2-0002", Text: "The shop closed.", Tokens: []nlp.Token{{Text: "The", SpaceAfter: true}, {Text: "shop", SpaceAfter: true}, {Text: "closed", SpaceAfter: false}, {Text: ".", SpaceAfter: false}}},
}

// TestTrainSentenceModel trains on trainDocs twice: the same inputs must
// give the same model bytes.
func TestTrainSentenceModel(t *testing.T) {
	var saved [2][]byte
	var m *SentenceModel
	for i := range saved {
		var err error
		m, err = TrainSentenceModel(context.Background(), trainDocs, nil, SentenceTrainOptions{Runs: 2})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		saved[i] = b.Bytes()
	}
	if !bytes.Equal(saved[0], saved[1]) {
		t.Error("training twice gave different model bytes")
	}
	if m.Len() == 0 || m.lexicon.Empty() {
		t.Errorf("trained model has %d features and an empty lexicon %v", m.Len(), m.lexicon.Empty())
	}
	got := Evaluate(trainDocs, EvalOptions{Tokenizer: &Tokenizer{Model: m}})
	if got.Documents != 2 || got.Sentences.Gold != len(trainDocs) {
		t.Errorf("evaluation with the trained model:\n%s", got)
	}
	if _, err := TrainSentenceModel(context.Background(), nil, nil, SentenceTrainOptions{}); err == nil {
		t.Error("training on nothing gave no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := TrainSentenceModel(ctx, trainDocs, nil, SentenceTrainOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled training: %v", err)
	}
}

// TestDocuments checks the rebuilt text: paragraphs, SpaceAfter=No
// between sentences, spaces otherwise.
func TestDocuments(t *testing.T) {
	newpar := map[string]bool{"d1-0003": true}
	var got []string
	Documents(trainDocs, newpar, func(d Document) {
		got = append(got, d.Text)
		for _, s := range d.Sentences {
			if s[0] < 0 || s[1] > len(d.Text) || s[0] >= s[1] {
				t.Errorf("sentence span %v out of %q", s, d.Text)
			}
		}
	})
	want := []string{"Thanks for the link.Regards,\n\nDebra Smith", "Sales fell 3% The shop closed."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Documents = %q, want %q", got, want)
	}
}

// modelCases are layouts the rules settle even with a model in use.
var modelCases = []splitCase{
	{"letter ending a sentence", "Modi thanked them on X. NASA said so. Abbott wrote on X. Supporters danced.",
		[]string{"Modi thanked them on X .", "NASA said so .", "Abbott wrote on X .", "Supporters danced ."}},
	{"initials inside a sentence", "It was led by F. W. de Klerk and J. Edgar Hoover. It bought S. and A. Truck Tire.",
		[]string{"It was led by F. W. de Klerk and J. Edgar Hoover .", "It bought S. and A. Truck Tire ."}},
	{"bracket mid sentence", "The Fed (Federal Reserve Board) and the (U.S.) Treasury met the United Nations (UN) General Assembly.",
		[]string{"The Fed ( Federal Reserve Board ) and the ( U.S. ) Treasury met the United Nations ( UN ) General Assembly ."}},
	{"bracket with period inside", "Sen. David Boren (D-Okla.) said so.",
		[]string{"Sen. David Boren ( D - Okla. ) said so ."}},
	{"quote continues", "\"Every Libyan must respond. [Libyan National Army] General Haftar will act,\" he said.",
		[]string{"\" Every Libyan must respond .", "[ Libyan National Army ] General Haftar will act , \" he said ."}},
	{"colon in quote", "\"He told us: 'We will win,'\" he said.",
		[]string{"\" He told us : ' We will win , ' \" he said ."}},
	{"edited text keeps unpunctuated words", "Officials urged doctors to \"reduce or eliminate\" Mifeprex use. Miners Rio Tinto and CVRD Vale Do Rio Dolce agreed.\nSales rose.",
		[]string{"Officials urged doctors to \" reduce or eliminate \" Mifeprex use .", "Miners Rio Tinto and CVRD Vale Do Rio Dolce agreed .", "Sales rose ."}},
	{"colon before a lower-case word", "The study dates when the ancestral Eve of all humans lived: in Africa, about 180,000 years ago. It was long.",
		[]string{"The study dates when the ancestral Eve of all humans lived : in Africa , about 180,000 years ago .", "It was long ."}},
	{"bullet list", "Funding:\n• A$3 million for Questacon\n• A$1.5 million a year",
		[]string{"Funding :", "• A $ 3 million for Questacon", "• A $ 1.5 million a year"}},
	{"emoticon after a sentence", "It was like visiting family each year! ;-) I loved it. Great food =) I will be back.",
		[]string{"It was like visiting family each year ! ;-)", "I loved it .", "Great food =)", "I will be back ."}},
	{"postscript", "Work hard and retire early.\n\nChris\n\nP.S. I am moving back to Calgary.",
		[]string{"Work hard and retire early .", "Chris", "P.S. I am moving back to Calgary ."}},
	{"e-mail signature", "Please call me tomorrow Thanks Debra",
		nil}, // no fixed answer: the model decides; checked for invariants only
	{"date in a page header", "11:19 GMT26 October 2020\nListen Live\n\nThe army is ready, a spokesman said on 26 October 2020 in Benghazi.",
		[]string{"11:19 GMT26 October 2020", "Listen Live", "The army is ready , a spokesman said on 26 October 2020 in Benghazi ."}},
	{"titles without a period", "Australian researcher Dr Paula Bouldin says so. Mr Kok agreed.",
		[]string{"Australian researcher Dr Paula Bouldin says so .", "Mr Kok agreed ."}},
	{"initials as a quoted nickname", "A storm hit the town.\n\nMost of them work on farms and at aquaculture ponds that surround the town. Mayor Clarence \"C.J.\" Whitlock III said the storm destroyed the store.",
		[]string{"A storm hit the town .", "Most of them work on farms and at aquaculture ponds that surround the town .", "Mayor Clarence \" C.J. \" Whitlock III said the storm destroyed the store ."}},
	{"a quotation ending a sentence", "A storm hit the town.\n\nMost of them work on farms. Crowds chanted \"U.S.A.\" Police came.",
		[]string{"A storm hit the town .", "Most of them work on farms .", "Crowds chanted \" U.S.A. \"", "Police came ."}},
	{"unpunctuated lines", "i have two options using the metro or the bus\n\nthanks",
		nil},
}

var layoutTokenCases = []struct {
	in   string
	want bool // of the last token
}{
	{"02/13/2001", true},
	{"08:02", true},
	{"=====", true},
	{"****", true},
	{"---", true},
	{"<jo@example.com>", true},
	{"2004", false},
	{"3.4%", false},
	{"50", false},
	{"-", false},
	{"--", false},
	{"\"", false},
	{"a > b", false},
	{"Cent", false},
}

func TestLayoutToken(t *testing.T) {
	for _, c := range layoutTokenCases {
		spans := New().tokenize(nil, c.in)
		if got := layoutToken(spans, c.in, len(spans)-1); got != c.want {
			t.Errorf("layoutToken(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestModelRules(t *testing.T) {
	for _, c := range modelCases {
		t.Run(c.name, func(t *testing.T) {
			got := New().Split(c.in)
			checkInvariants(t, c.in, got)
			if c.want == nil {
				return
			}
			if w := words(got); strings.Join(w, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("Split(%q)\n got: %q\nwant: %q", c.in, w, c.want)
			}
		})
	}
}

// TestRuleBased checks that the rules alone still split the news layouts.
func TestRuleBased(t *testing.T) {
	tz := &Tokenizer{RuleBased: true}
	for _, c := range splitCases {
		got := tz.Split(c.in)
		checkInvariants(t, c.in, got)
		if w := words(got); strings.Join(w, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: Split(%q)\n got: %q\nwant: %q", c.name, c.in, w, c.want)
		}
	}
}

var emoticonCases = []struct {
	in   string
	want bool
}{
	{":)", true}, {":-)", true}, {";)", true}, {";-)", true}, {"=)", true}, {">:(", true},
	{":D", true}, {":P", true}, {":-P", true}, {":/", true}, {":'(", true},
	{"8)", false}, {"1)", false}, {":", false}, {"::", false}, {"://", false}, {":-", false},
	{">:-((", false}, {"", false}, {"=", false}, {"(:", false}, {"a:)", false},
}

func TestIsEmoticon(t *testing.T) {
	for _, c := range emoticonCases {
		if got := isEmoticon(c.in); got != c.want {
			t.Errorf("isEmoticon(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

var inDateCases = []struct {
	a, b string
	want bool
}{
	{"26", "October", true}, {"GMT26", "October", true}, {"1", "May", true}, {"09", "Sept", true},
	{"October", "2020", true}, {"Oct", "26", true}, {"May", "5", true},
	{"32", "October", false}, {"0", "May", false}, {"2020", "October", false}, {"GMT", "October", false},
	{"October", "123", false}, {"said", "October", false}, {"October", "Sales", false}, {"", "May", false},
}

func TestInDate(t *testing.T) {
	for _, c := range inDateCases {
		if got := inDate(c.a, c.b); got != c.want {
			t.Errorf("inDate(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestBuildLexicon checks the case, sentence-start and sentence-end classes
// and the given-name mark of the lexicon.
func TestBuildLexicon(t *testing.T) {
	sent := func(ws ...string) nlp.Sentence {
		s := nlp.Sentence{}
		for _, w := range ws {
			s.Tokens = append(s.Tokens, nlp.Token{Text: w})
		}
		return s
	}
	var gold []nlp.Sentence
	for range 4 {
		gold = append(gold,
			sent("Thanks", "for", "the", "call", "."),
			sent("I", "met", "Enron", "people", "thanks", "to", "Kay"),
			sent("Regards"))
	}
	lex := buildLexicon(gold, []string{"Kay", "Debra"})
	get := func(w string) uint64 { return lexValue(&lex, &tokFeat{word: lowerHash(w), plain: true}) }
	for _, c := range []struct {
		w               string
		cas, start, end uint64
		name            bool
	}{
		// "thanks" is lower-case inside sentences, opens 4 of its 4
		// capitalised uses and never ends a sentence
		{"thanks", lexLower, 4, 1, false},
		{"enron", lexUpper, 1, 1, false},
		{"kay", lexUpper, 1, 4, true},
		{"regards", lexUnknown, 4, 4, false},
		{"debra", lexUnknown, 0, 0, true},
		{"unseen", lexUnknown, 0, 0, false},
	} {
		v := get(c.w)
		got := [...]uint64{v & lexCase, v >> lexStartShift & lexRatioMask, v >> lexEndShift & lexRatioMask}
		if want := [...]uint64{c.cas, c.start, c.end}; got != want || (v&lexName != 0) != c.name {
			t.Errorf("%s: case, start, end = %v, name %v; want %v, %v", c.w, got, v&lexName != 0, want, c.name)
		}
	}
}

// TestGapContext checks the bracket and previous-sentence views of gaps.
func TestGapContext(t *testing.T) {
	text := "Call me (after the game. Then we go) now.\nSee (it.) Next\nThanks Kay (see it"
	spans := New().tokenize(nil, text)
	tf, _ := tokenFeatures(nil, spans, text)
	at := func(w string) int {
		for k := range spans {
			if tokText(spans[k], text) == w {
				return k
			}
		}
		t.Fatalf("no token %q in %q", w, text)
		return -1
	}
	for _, c := range []struct {
		after string
		s     int
		want  uint64
	}{
		{"game", 0, 1 + uint64(bucket(at(")")-at("game")))}, // open, closes after "Then we go"
		{"game", at("after"), 0},                            // opened before the sentence
		{"now", 0, 0},                                       // closed
		{"see", at("Thanks"), maxBucket + 2},                // open to the end of the line
	} {
		if got := bracketView(spans, tf, text, at(c.after), c.s); got != c.want {
			t.Errorf("bracketView after %q = %d, want %d", c.after, got, c.want)
		}
	}
	for _, c := range []struct {
		at   int
		want uint64
	}{
		{0, 0},                             // start of the text
		{at("See"), 2},                     // after a line break
		{at("Kay"), 4 + uint64(termNone)},  // after an unpunctuated word
		{at("Next"), 4 + uint64(termStop)}, // after a period and a closing bracket
		{at("Then"), 4 + uint64(termStop)}, // after a period
	} {
		if got := prevEnd(spans, text, c.at); got != c.want {
			t.Errorf("prevEnd at %q = %d, want %d", tokText(spans[c.at], text), got, c.want)
		}
	}
}
