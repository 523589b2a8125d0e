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
func Evaluate(p *Parser, gold []nlp.Sentence) Metrics { return evaluate(gold, p.Parse) }

// EvaluateBeam is Evaluate with a beam of width k (ParseBeam).
func EvaluateBeam(p *Parser, gold []nlp.Sentence, k int) Metrics {
	return evaluate(gold, func(s *nlp.Sentence) { p.ParseBeam(s, k) })
}

// EvaluateWith is Evaluate for any function that parses a sentence in
// place, such as a Voter's Parse.
func EvaluateWith(parse func(*nlp.Sentence), gold []nlp.Sentence) Metrics {
	return evaluate(gold, parse)
}

func evaluate(gold []nlp.Sentence, parse func(*nlp.Sentence)) Metrics {
	pred := make([]nlp.Sentence, len(gold))
	for i := range gold {
		pred[i] = nlp.Sentence{Tokens: append([]nlp.Token(nil), gold[i].Tokens...)}
		for j := range pred[i].Tokens {
			pred[i].Tokens[j].Head, pred[i].Tokens[j].Deprel = -1, ""
		}
		parse(&pred[i])
	}
	return Compare(gold, pred)
}

// Compare scores the trees of pred against those of gold, sentence by
// sentence and token by token (the two must have the same tokens).
// Tokens without a gold head are not counted.
func Compare(gold, pred []nlp.Sentence) Metrics {
	var (
		m                      Metrics
		uas, las, base, labels int
	)
	for i := range gold {
		m.Sentences++
		for j, gt := range gold[i].Tokens {
			if gt.Head < 0 {
				continue
			}
			pt := pred[i].Tokens[j]
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
