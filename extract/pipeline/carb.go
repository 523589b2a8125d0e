package pipeline

import (
	"io"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/triples"
)

// WriteCaRB analyses one already tokenised sentence (tokens separated by
// spaces, Penn Treebank escapes allowed) and writes its open extractions in
// CaRB's format: SENTENCE, CONFIDENCE, RELATION, ARG1, ARG2... separated by
// tabs, copying the input sentence unchanged.
func (p *Pipeline) WriteCaRB(w io.Writer, sentence string, minConfidence float64) error {
	doc := []nlp.Sentence{triples.TokenizedSentence(sentence)}
	p.AnalyzeSentences(doc)
	var keep []triples.CaRBTuple
	for _, t := range triples.ExtractCaRB(&doc[0]) {
		if t.Confidence >= minConfidence {
			keep = append(keep, t)
		}
	}
	return triples.WriteCaRB(w, sentence, keep)
}
