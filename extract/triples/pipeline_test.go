package triples

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/extract/lemma"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/extract/tag"
)

// analyzer runs kg's trained tagger, lemmatiser and parser.
type analyzer struct {
	tg *tag.Tagger
	lm *lemma.Lemmatizer
	ps *parse.Parser
}

func newAnalyzer(t testing.TB) *analyzer {
	t.Helper()
	tg, err := tag.Default()
	if err != nil {
		t.Fatalf("tagger: %v", err)
	}
	lm, err := lemma.Default()
	if err != nil {
		t.Fatalf("lemmatiser: %v", err)
	}
	ps, err := parse.Default()
	if err != nil {
		t.Fatalf("parser: %v", err)
	}
	return &analyzer{tg, lm, ps}
}

func (a *analyzer) analyze(s *nlp.Sentence) {
	a.tg.Tag(s)
	a.lm.Lemmatize(s)
	a.ps.Parse(s)
}

// TestCaRBDev runs the trained tagger, lemmatiser and parser and
// ExtractCaRB over CaRB's dev sentences and scores the result with
// ScoreCaRB; it fails below the target F1 of 0.45.
func TestCaRBDev(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: parses 641 sentences")
	}
	dir := filepath.Join(sharedData(t), "carb")
	a := newAnalyzer(t)
	f, err := os.Open(filepath.Join(dir, "dev-sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sys bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		s := TokenizedSentence(sc.Text())
		if len(s.Tokens) == 0 {
			continue
		}
		a.analyze(&s)
		if err := WriteCaRB(&sys, sc.Text(), ExtractCaRB(&s)); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if out := os.Getenv("KG_CARB_OUT"); out != "" {
		os.WriteFile(out, sys.Bytes(), 0o644)
	}
	g, err := os.Open(filepath.Join(dir, "dev-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	gold, err := ReadCaRBGold(g)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := ReadCaRBSystem(&sys)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreCaRB(gold, pred)
	t.Logf("CaRB dev (%d sentences): AUC %.3f  P %.3f  R %.3f  F1 %.3f at confidence >= %.3f", n, s.AUC, s.Precision, s.Recall, s.F1, s.Threshold)
	if s.F1 < 0.45 {
		t.Errorf("CaRB dev F1 %.3f < 0.45", s.F1)
	}
}
