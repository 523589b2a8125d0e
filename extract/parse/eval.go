package parse

import (
	"strings"

	"github.com/kg-project/kg/extract/nlp"
)

// Metrics are attachment scores in percent, CoNLL 2018 style: every token
// counts, punctuation included.
type Metrics struct {
	Sentences int
	Tokens    int
	UAS       float64 // correct heads
	LAS       float64 // correct heads and full relations (nmod:poss ≠ nmod)
	LASBase   float64 // correct heads and relations without subtypes
	LabelAcc  float64 // correct full relations, head ignored
}

// Evaluate parses copies of the gold sentences (keeping their tags) with p
// and scores the result against the gold trees. Tokens without a gold head
// are not counted.
func Evaluate(p *Parser, gold []nlp.Sentence) Metrics {
	var (
		m                      Metrics
		uas, las, base, labels int
		cp                     nlp.Sentence
	)
	for i := range gold {
		g := &gold[i]
		cp.Tokens = append(cp.Tokens[:0], g.Tokens...)
		for j := range cp.Tokens {
			cp.Tokens[j].Head, cp.Tokens[j].Deprel = -1, ""
		}
		p.Parse(&cp)
		m.Sentences++
		for j, gt := range g.Tokens {
			if gt.Head < 0 {
				continue
			}
			pt := cp.Tokens[j]
			m.Tokens++
			lab := pt.Deprel == gt.Deprel
			if lab {
				labels++
			}
			if pt.Head != gt.Head {
				continue
			}
			uas++
			if lab {
				las++
			}
			if baseRel(pt.Deprel) == baseRel(gt.Deprel) {
				base++
			}
		}
	}
	if m.Tokens > 0 {
		d := float64(m.Tokens) / 100
		m.UAS, m.LAS, m.LASBase, m.LabelAcc = float64(uas)/d, float64(las)/d, float64(base)/d, float64(labels)/d
	}
	return m
}

// baseRel strips a relation subtype: "nmod:poss" → "nmod".
func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}
