package tag

import "github.com/kg-project/kg/extract/nlp"

// Metrics are tagging accuracies over the tokens of a gold corpus.
type Metrics struct {
	Tokens int     // tokens with a gold tag
	UPOS   float64 // share of tokens whose UPOS is right
	XPOS   float64 // share of tokens whose XPOS is right
	Both   float64 // share of tokens with both right
}

// Evaluate tags a copy of every gold sentence with t and compares the tags
// with the gold ones. gold is not modified.
func Evaluate(t *Tagger, gold []nlp.Sentence) Metrics {
	pred := make([]nlp.Sentence, len(gold))
	for i := range gold {
		pred[i] = nlp.Sentence{Tokens: append([]nlp.Token(nil), gold[i].Tokens...)}
		t.Tag(&pred[i])
	}
	return Compare(gold, pred)
}

// Compare scores the tags of pred against those of gold, sentence by
// sentence and token by token (the two must have the same tokens). Tokens
// without a gold tag are not counted.
func Compare(gold, pred []nlp.Sentence) Metrics {
	var m Metrics
	var u, x, b int
	for i := range gold {
		for j, g := range gold[i].Tokens {
			if g.UPOS == "" && g.XPOS == "" {
				continue
			}
			m.Tokens++
			p := pred[i].Tokens[j]
			if p.UPOS == g.UPOS {
				u++
			}
			if p.XPOS == g.XPOS {
				x++
			}
			if p.UPOS == g.UPOS && p.XPOS == g.XPOS {
				b++
			}
		}
	}
	if m.Tokens > 0 {
		n := float64(m.Tokens)
		m.UPOS, m.XPOS, m.Both = float64(u)/n, float64(x)/n, float64(b)/n
	}
	return m
}
