package triples

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"sort"
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
	top, bottom := confidenceHalves(gold, pred)
	t.Logf("CaRB dev confidence check: mean token precision of the top half by confidence %.3f, bottom half %.3f", top, bottom)
	if top <= bottom {
		t.Errorf("top half by confidence (%.3f) is not more precise than the bottom half (%.3f)", top, bottom)
	}
}

// confidenceHalves splits the predictions by confidence and returns the
// mean, over each half, of a prediction's best token precision against the
// gold tuples of its sentence (CaRB's matching).
func confidenceHalves(gold, pred CaRBSet) (top, bottom float64) {
	g := normalizeSet(gold)
	type sp struct{ conf, prec float64 }
	var all []sp
	for k, ps := range normalizeSet(pred) {
		for _, p := range ps {
			best := 0.0
			for _, gt := range g[k] {
				if m := binaryLenientMatch(gt, p); m[0] > best {
					best = m[0]
				}
			}
			all = append(all, sp{p.Confidence, best})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].conf != all[j].conf {
			return all[i].conf > all[j].conf
		}
		return all[i].prec < all[j].prec // ties count against the top half
	})
	half := len(all) / 2
	for i, x := range all {
		if i < half {
			top += x.prec
		} else {
			bottom += x.prec
		}
	}
	return top / float64(max(1, half)), bottom / float64(max(1, len(all)-half))
}
