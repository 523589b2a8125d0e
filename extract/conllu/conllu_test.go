package conllu

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

const sample = `# newdoc id = d1
# sent_id = d1-0001
# text = Haftar's visit didn't end.
1	Haftar	Haftar	PROPN	NNP	Number=Sing	3	nmod:poss	3:nmod:poss	SpaceAfter=No
2	's	's	PART	POS	_	1	case	1:case	_
3	visit	visit	NOUN	NN	Number=Sing	6	nsubj	6:nsubj	_
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	Mood=Ind	6	aux	6:aux	SpaceAfter=No
5	n't	not	PART	RB	_	6	advmod	6:advmod	_
6	end	end	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	6:punct	_

# sent_id = d1-0002
# text = Yes
1	Yes	yes	INTJ	UH	_	0	root	0:root	_
`

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences", len(sents))
	}
	s := sents[0]
	if s.ID != "d1-0001" || s.Text != "Haftar's visit didn't end." || len(s.Tokens) != 7 {
		t.Fatalf("sentence = %+v", s)
	}
	want := []struct {
		text, lemma, upos, xpos, rel string
		head, start                  int
		space                        bool
	}{
		{"Haftar", "Haftar", "PROPN", "NNP", "nmod:poss", 3, 0, false},
		{"'s", "'s", "PART", "POS", "case", 1, 6, true},
		{"visit", "visit", "NOUN", "NN", "nsubj", 6, 9, true},
		{"did", "do", "AUX", "VBD", "aux", 6, 15, false},
		{"n't", "not", "PART", "RB", "advmod", 6, 18, true},
		{"end", "end", "VERB", "VB", "root", 0, 22, false},
		{".", ".", "PUNCT", ".", "punct", 6, 25, true},
	}
	for i, w := range want {
		tk := s.Tokens[i]
		if tk.Text != w.text || tk.Lemma != w.lemma || tk.UPOS != w.upos || tk.XPOS != w.xpos || tk.Deprel != w.rel ||
			tk.Head != w.head || tk.Start != w.start || tk.SpaceAfter != w.space || s.Text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %d = %+v, want %+v", i, tk, w)
		}
	}
}

func TestWriteRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, err := Read(&buf, "again")
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(sents) {
		t.Fatalf("round trip: %d sentences, want %d", len(again), len(sents))
	}
	for i := range sents {
		for j := range sents[i].Tokens {
			a, b := sents[i].Tokens[j], again[i].Tokens[j]
			if a != b {
				t.Errorf("sentence %d token %d: %+v != %+v", i, j, a, b)
			}
		}
	}
}

var badCoNLLU = []struct{ name, in, want string }{
	{"columns", "1\tx\n", "bad:1: want 10 tab-separated columns, got 2"},
	{"id", "2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n", `bad:1: bad token id "2"`},
	{"head", "1\ta\ta\tX\tX\t_\tz\troot\t_\t_\n", `bad:1: bad head "z"`},
}

func TestReadErrors(t *testing.T) {
	for _, c := range badCoNLLU {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(c.in), "bad")
			var e *Error
			if !errors.As(err, &e) || err.Error() != c.want {
				t.Errorf("err = %v, want %s", err, c.want)
			}
		})
	}
}

var iobCases = []struct {
	name, in string
	want     []string // tags per sentence, space-joined
}{
	{"two columns IOB2", "Khalifa B-PER\nHaftar I-PER\nvisited O\nRussia B-LOC\n\nUN B-ORG\n", []string{"B-PER I-PER O B-LOC", "B-ORG"}},
	{"IOB1 to IOB2", "Khalifa I-PER\nHaftar I-PER\nmet O\nLavrov I-PER\n", []string{"B-PER I-PER O B-PER"}},
	{"UNER with sent_id", "# sent_id = s1\n# text = Haftar met\n1\tHaftar\tB-PER\t-\t-\n2\tmet\tO\n", []string{"B-PER O"}},
	{"UNER artefacts", "1\tThe\tB-O\n2\tNBA\tB-OTH\n3\tFinals\tI-OTH\n", []string{"O O O"}},
	{"CoNLL-2003", "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n", []string{"B-ORG O O"}},
	{"CoNLL-2003 number", "LONDON NNP I-NP I-LOC\n1996-08-30 CD I-NP O\n\nWon VBD I-VP O\n1996 CD I-NP O\n", []string{"B-LOC O", "O O"}},
}

func TestReadIOB(t *testing.T) {
	tags := func(s nlp.Sentence) string {
		var tags []string
		for _, tk := range s.Tokens {
			tags = append(tags, tk.Entity)
		}
		return strings.Join(tags, " ")
	}
	for _, c := range iobCases {
		t.Run(c.name, func(t *testing.T) { checkIOB(t, c.in, c.want, tags) })
	}
}

// checkIOB reads in with ReadIOB and checks what field says of each
// sentence against want.
func checkIOB(t *testing.T, in string, want []string, field func(nlp.Sentence) string) {
	t.Helper()
	sents, err := ReadIOB(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sents {
		got = append(got, field(s))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestReadIOBDocuments checks that the sentences after each -DOCSTART- get
// IDs naming their document, and that files without it keep empty IDs.
func TestReadIOBDocuments(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"two documents", "-DOCSTART- -X- -X- O\n\nLONDON NNP B-NP B-LOC\n\nHe PRP B-NP O\n\n-DOCSTART- -X- -X- O\n\nParis NNP B-NP B-LOC\n",
			[]string{"docstart-1-0001", "docstart-1-0002", "docstart-2-0001"}},
		{"no -DOCSTART-", "London B-LOC\n\nParis B-LOC\n", []string{"", ""}},
		{"sent_id kept", "-DOCSTART- O\n\n# sent_id = a-1\nLondon B-LOC\n", []string{"a-1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkIOB(t, c.in, c.want, func(s nlp.Sentence) string { return s.ID }) })
	}
}

// TestReadIOBOffsets checks that tokens get offsets into the sentence text,
// the "# text" comment or the tokens joined by spaces, and that a token
// followed by another without a space in the text has no SpaceAfter.
func TestReadIOBOffsets(t *testing.T) {
	cases := []struct {
		name, in, text string
		spans          [][2]int
		space          []bool
	}{
		{"joined", "Romania B-LOC\n- O\nContra B-PER\n", "Romania - Contra", [][2]int{{0, 7}, {8, 9}, {10, 16}}, []bool{true, true, true}},
		{"text comment", "# text = Jean-Paul left.\n1\tJean\tB-PER\n2\t-\tI-PER\n3\tPaul\tI-PER\n4\tleft\tO\n5\t.\tO\n",
			"Jean-Paul left.", [][2]int{{0, 4}, {4, 5}, {5, 9}, {10, 14}, {14, 15}}, []bool{false, false, true, false, true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sents, err := ReadIOB(strings.NewReader(c.in), "x")
			if err != nil || len(sents) != 1 {
				t.Fatalf("%d sentences, err %v", len(sents), err)
			}
			s := sents[0]
			if s.Text != c.text {
				t.Errorf("text %q, want %q", s.Text, c.text)
			}
			for i, tk := range s.Tokens {
				if got := [2]int{tk.Start, tk.End}; got != c.spans[i] || tk.SpaceAfter != c.space[i] {
					t.Errorf("token %d %q: span %v space %v, want %v %v", i, tk.Text, got, tk.SpaceAfter, c.spans[i], c.space[i])
				}
			}
		})
	}
}

func TestReadIOBErrors(t *testing.T) {
	_, err := ReadIOB(strings.NewReader("a B-PER\nb X-PER\n"), "f.iob")
	if err == nil || err.Error() != `f.iob:2: bad IOB tag "X-PER"` {
		t.Errorf("err = %v", err)
	}
}

func TestJoinEntities(t *testing.T) {
	trees, _ := Read(strings.NewReader(sample), "t")
	ner, _ := ReadIOB(strings.NewReader("# sent_id = d1-0001\n1\tHaftar\tB-PER\n2\t's\tO\n3\tvisit\tO\n4\tdid\tO\n5\tn't\tO\n6\tend\tO\n7\t.\tO\n\n# sent_id = d1-0002\n1\tNo\tO\n"), "n")
	if n := JoinEntities(trees, ner); n != 1 {
		t.Errorf("joined %d sentences, want 1 (the second differs in its token)", n)
	}
	if trees[0].Tokens[0].Entity != "B-PER" || trees[1].Tokens[0].Entity != "" {
		t.Errorf("entities = %q, %q", trees[0].Tokens[0].Entity, trees[1].Tokens[0].Entity)
	}
}

// TestEWT reads the shared treebank files and checks their published sizes.
func TestEWT(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ud-ewt")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared data not present")
	}
	// Sizes from ../shared/data/ud-ewt/README.md.
	for _, c := range []struct {
		file         string
		sents, words int
	}{{"en_ewt-ud-dev.conllu", 2001, 25147}, {"en_ewt-ud-test.conllu", 2077, 25094}} {
		s, err := ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		words := 0
		for _, x := range s {
			words += len(x.Tokens)
		}
		if len(s) != c.sents || words != c.words {
			t.Errorf("%s: %d sentences, %d words; want %d, %d", c.file, len(s), words, c.sents, c.words)
		}
	}
	ner, err := ReadIOBFile(filepath.Join(dir, "uner", "en_ewt-ud-test.iob2"))
	if err != nil || len(ner) != 2077 {
		t.Errorf("UNER test: %d sentences, %v", len(ner), err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\n\n#x")
	f.Add("-DOCSTART- -X- -X- O\n\nLONDON NNP I-NP I-LOC\n1996 CD I-NP O\n\n# text = a-b\n1\ta\tO\n2\t-\tO\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _ := Read(strings.NewReader(in), "f")
		for _, s := range sents {
			checkOffsets(t, s)
		}
		sents, _ = ReadIOB(strings.NewReader(in), "f")
		for _, s := range sents {
			checkOffsets(t, s)
		}
	})
}

func checkOffsets(t *testing.T, s nlp.Sentence) {
	for _, tk := range s.Tokens {
		if tk.Start >= 0 && (tk.End > len(s.Text) || s.Text[tk.Start:tk.End] != tk.Text) {
			t.Fatalf("token %+v out of its sentence %q", tk, s.Text)
		}
	}
}
