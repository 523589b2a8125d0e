package tokenize

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/conllu"
)

func TestZZErrors(t *testing.T) {
	path := os.Getenv("ZZ_FILE")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(os.Getenv("ZZ_MODEL"))
	m, err := LoadSentenceModel(f)
	if err != nil {
		t.Fatal(err)
	}
	tz := &Tokenizer{Model: m}
	gold, _ := conllu.ReadFile(path)
	pf, _ := os.Open(path)
	par, _ := ReadNewPar(pf)
	Documents(gold, par, func(d Document) {
		pred := tz.Split(d.Text)
		gb := map[int]bool{}
		for _, s := range d.Sentences {
			gb[s[0]] = true
		}
		pb := map[int]bool{}
		for _, s := range pred {
			pb[s.Start] = true
		}
		show := func(kind string, at int) {
			lo, hi := max(0, at-60), min(len(d.Text), at+40)
			fmt.Printf("%s\t%q ‖ %q\n", kind, d.Text[lo:at], d.Text[at:hi])
		}
		for b := range gb {
			if b > 0 && !pb[b] {
				show("MISS", b)
			}
		}
		for b := range pb {
			if b > 0 && !gb[b] {
				show("SPUR", b)
			}
		}
	})
	_ = strings.TrimSpace
}
