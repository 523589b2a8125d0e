package tokenize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/shareddata"
)

// dataDir returns ../shared/data relative to the module root, or skips.
func dataDir(t testing.TB) string {
	t.Helper()
	return shareddata.Path(t)
}

func loadEWT(t testing.TB, split string) ([]nlp.Sentence, map[string]bool) {
	t.Helper()
	path := filepath.Join(dataDir(t), "ud-ewt", "en_ewt-ud-"+split+".conllu")
	gold, err := conllu.ReadFile(path)
	if err != nil {
		t.Skipf("read %s: %v", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	par, err := ReadNewPar(f)
	if err != nil {
		t.Fatal(err)
	}
	return gold, par
}

// Floors measured on EWT dev with the committed tokenizer and sentence
// model, minus 0.01 (go test ./extract/tokenize -run TestEWTDev -v prints
// the figures; the rules alone measure 0.8640). The embedded model has
// learnt dev too (kg-train sent --with-dev), so the sentence floor guards
// the rules and the model's fit, not held-out quality: a model trained on
// train alone measures 0.9024 there.
const (
	devSentF1Floor  = 0.966 // measured 0.9763 (0.9030 before the model learnt dev)
	devTokenF1Floor = 0.982 // measured 0.9921
)

func TestEWTDev(t *testing.T) {
	gold, par := loadEWT(t, "dev")
	m := Evaluate(gold, EvalOptions{NewPar: par})
	t.Logf("EWT dev, paragraphs kept:\n%s", m)
	if m.Sentences.F1 < devSentF1Floor {
		t.Errorf("sentence F1 %.4f < floor %.4f", m.Sentences.F1, devSentF1Floor)
	}
	if m.Tokens.F1 < devTokenF1Floor {
		t.Errorf("token F1 %.4f < floor %.4f", m.Tokens.F1, devTokenF1Floor)
	}
	mr := Evaluate(gold, EvalOptions{NewPar: par, Tokenizer: &Tokenizer{RuleBased: true}})
	t.Logf("EWT dev, rules only:\n%s", mr)
	mj := Evaluate(gold, EvalOptions{NewPar: par, Tokenizer: &Tokenizer{JoinHyphens: true}})
	t.Logf("EWT dev, JoinHyphens:\n%s", mj)
	mf := Evaluate(gold, EvalOptions{})
	t.Logf("EWT dev, one paragraph per document:\n%s", mf)
	if os.Getenv("KG_TOKENIZE_DEBUG") != "" {
		dumpErrors(t, gold, par, &Tokenizer{})
	}
}

// dumpErrors prints token and sentence disagreements, for development.
func dumpErrors(t *testing.T, gold []nlp.Sentence, par map[string]bool, tz *Tokenizer) {
	var b strings.Builder
	Documents(gold, par, func(d Document) {
		text := d.Text
		gs := d.Sentences
		gt := map[[2]int]bool{}
		for _, tk := range d.Tokens {
			if tk[0] >= 0 {
				gt[tk] = true
			}
		}
		pred := tz.Split(text)
		ps := map[[2]int]bool{}
		pt := map[[2]int]bool{}
		for _, s := range pred {
			ps[[2]int{s.Start, s.End}] = true
			for _, tk := range s.Tokens {
				pt[[2]int{tk.Start, tk.End}] = true
				if !gt[[2]int{tk.Start, tk.End}] {
					lo, hi := max(tk.Start-15, 0), min(tk.End+15, len(text))
					fmt.Fprintf(&b, "TOK+ %q in %q\n", tk.Text, text[lo:hi])
				}
			}
		}
		gsm := map[[2]int]bool{}
		for _, g := range gs {
			gsm[g] = true
		}
		for _, s := range pred {
			if !gsm[[2]int{s.Start, s.End}] {
				fmt.Fprintf(&b, "SENT+ %q\n", s.Text[:min(len(s.Text), 200)])
			}
		}
		gend := map[int]bool{}
		for _, g := range gs {
			gend[g[1]] = true
		}
		for _, s := range pred[:max(len(pred)-1, 0)] {
			if !gend[s.End] {
				lo, hi := max(s.End-50, 0), min(s.End+30, len(text))
				fmt.Fprintf(&b, "BAD-END %q || %q\n", text[lo:s.End], text[s.End:hi])
			}
		}
		pend := map[int]bool{}
		for _, s := range pred {
			pend[s.End] = true
		}
		for _, g := range gs[:max(len(gs)-1, 0)] {
			if !pend[g[1]] {
				lo, hi := max(g[1]-50, 0), min(g[1]+30, len(text))
				fmt.Fprintf(&b, "MISSED-END %q || %q\n", text[lo:g[1]], text[g[1]:hi])
			}
		}
		for k := range gt {
			if !pt[k] {
				fmt.Fprintf(&b, "TOK- %q\n", text[k[0]:k[1]])
			}
		}
		for _, g := range gs {
			if !ps[g] {
				lo := max(g[0]-40, 0)
				fmt.Fprintf(&b, "SENT- ...%q || %q\n", text[lo:g[0]], text[g[0]:min(g[1], g[0]+60)])
			}
		}
	})
	if err := os.WriteFile(os.Getenv("KG_TOKENIZE_DEBUG"), []byte(b.String()), 0o644); err != nil {
		t.Error(err)
	}
}

// TestEWTTest reports the figures on the EWT test file. It runs only with
// KG_EVAL_TEST=1 so that nobody tunes against it by accident.
func TestEWTTest(t *testing.T) {
	if os.Getenv("KG_EVAL_TEST") == "" {
		t.Skip("set KG_EVAL_TEST=1 to score EWT test")
	}
	gold, par := loadEWT(t, "test")
	t.Logf("EWT test, paragraphs kept:\n%s", Evaluate(gold, EvalOptions{NewPar: par}))
	t.Logf("EWT test, rules only:\n%s", Evaluate(gold, EvalOptions{NewPar: par, Tokenizer: &Tokenizer{RuleBased: true}}))
	t.Logf("EWT test, JoinHyphens:\n%s", Evaluate(gold, EvalOptions{NewPar: par, Tokenizer: &Tokenizer{JoinHyphens: true}}))
	t.Logf("EWT test, one paragraph per document:\n%s", Evaluate(gold, EvalOptions{}))
}
