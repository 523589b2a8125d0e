package ner

import (
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/extract/nlp"
)

// EvalTypes are the entity types Evaluate scores; others are ignored.
var EvalTypes = []string{"PER", "ORG", "LOC"}

// Score is precision, recall and F1 with the counts they come from.
type Score struct {
	TP, FP, FN int
	P, R, F1   float64
}

func (s *Score) finish() {
	if s.TP+s.FP > 0 {
		s.P = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.R = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
}

// Metrics is the entity-level exact-match evaluation of a recogniser.
type Metrics struct {
	Micro  Score
	ByType map[string]Score // keyed by EvalTypes
	Tokens int
}

// Write prints a table of m and, as its last line, "ner p=… r=… f1=…".
func (m Metrics) Write(w io.Writer) error {
	if err := m.WriteTable(w); err != nil {
		return err
	}
	s := m.Micro
	_, err := fmt.Fprintf(w, "ner p=%.3f r=%.3f f1=%.3f\n", s.P, s.R, s.F1)
	return err
}

// WriteTable writes the table of Write without its key=value line.
func (m Metrics) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %7s %7s %7s %6s %6s %6s\n", "type", "P", "R", "F1", "TP", "FP", "FN")
	for _, t := range EvalTypes {
		s := m.ByType[t]
		fmt.Fprintf(&b, "%-6s %7.4f %7.4f %7.4f %6d %6d %6d\n", t, s.P, s.R, s.F1, s.TP, s.FP, s.FN)
	}
	s := m.Micro
	fmt.Fprintf(&b, "%-6s %7.4f %7.4f %7.4f %6d %6d %6d\n", "micro", s.P, s.R, s.F1, s.TP, s.FP, s.FN)
	_, err := io.WriteString(w, b.String())
	return err
}

// Evaluate runs r over copies of gold (grouped into documents by
// DocumentKey of their IDs; Token.UPOS/XPOS are used as given) and scores
// the predicted entity spans against the gold Token.Entity tags:
// entity-level exact match over PER, ORG and LOC.
func Evaluate(r *Recognizer, gold []nlp.Sentence) Metrics {
	pred := make([]nlp.Sentence, len(gold))
	for i := range gold {
		pred[i] = gold[i]
		pred[i].Tokens = append([]nlp.Token(nil), gold[i].Tokens...)
	}
	for _, d := range Documents(pred) {
		r.Recognize(d)
	}
	return Compare(gold, pred)
}

// Compare scores the entity spans of pred against those of gold, which
// must have the same sentences and tokens.
func Compare(gold, pred []nlp.Sentence) Metrics {
	m := Metrics{ByType: map[string]Score{}}
	keep := func(t string) bool {
		for _, e := range EvalTypes {
			if e == t {
				return true
			}
		}
		return false
	}
	for i := range gold {
		m.Tokens += len(gold[i].Tokens)
		g := gold[i].EntitySpans()
		var p []nlp.Span
		if i < len(pred) {
			p = pred[i].EntitySpans()
		}
		gs := map[nlp.Span]bool{}
		for _, s := range g {
			if keep(s.Type) {
				gs[s] = true
			}
		}
		for _, s := range p {
			if !keep(s.Type) {
				continue
			}
			sc := m.ByType[s.Type]
			if gs[s] {
				sc.TP++
				delete(gs, s)
			} else {
				sc.FP++
			}
			m.ByType[s.Type] = sc
		}
		for s := range gs {
			sc := m.ByType[s.Type]
			sc.FN++
			m.ByType[s.Type] = sc
		}
	}
	for _, t := range EvalTypes {
		s := m.ByType[t]
		s.finish()
		m.ByType[t] = s
		m.Micro.TP += s.TP
		m.Micro.FP += s.FP
		m.Micro.FN += s.FN
	}
	m.Micro.finish()
	return m
}

// DocumentKey returns the document part of a treebank sentence ID: the
// ID without a final "-NNNN" sentence number
// ("email-enronsent01_01-0004" → "email-enronsent01_01").
func DocumentKey(id string) string {
	i := strings.LastIndexByte(id, '-')
	if i < 0 {
		return id
	}
	for _, c := range id[i+1:] {
		if c < '0' || c > '9' {
			return id
		}
	}
	return id[:i]
}

// Documents splits sents into runs of consecutive sentences with the same
// DocumentKey. The runs share sents' backing array.
func Documents(sents []nlp.Sentence) [][]nlp.Sentence {
	var out [][]nlp.Sentence
	start := 0
	for i := 1; i <= len(sents); i++ {
		if i == len(sents) || DocumentKey(sents[i].ID) != DocumentKey(sents[start].ID) || sents[i].ID == "" {
			out = append(out, sents[start:i])
			start = i
		}
	}
	return out
}
