package pipeline

import (
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
)

// AnalyzeGold analyses the sentences of a treebank whose tokens are given,
// as kg analyses an article: each document (sentences grouped by their
// ids, see ner.Documents) is tagged, lemmatised and searched for names,
// the names correct the tags, and then every sentence is parsed (and its
// clause-heading participles retagged, tag.RetagFinite). It returns copies of gold that carry only
// kg's predictions (tags, lemmas, trees and entities); gold is not
// modified. kg eval scores them against gold.
func (p *Pipeline) AnalyzeGold(gold []nlp.Sentence) []nlp.Sentence {
	pred := make([]nlp.Sentence, len(gold))
	for i := range gold {
		pred[i] = gold[i]
		pred[i].Tokens = append([]nlp.Token(nil), gold[i].Tokens...)
		for j := range pred[i].Tokens {
			t := &pred[i].Tokens[j]
			t.UPOS, t.XPOS, t.Lemma, t.Deprel, t.Entity = "", "", "", "", ""
			t.Head = -1
		}
	}
	for _, doc := range ner.Documents(pred) {
		p.annotate(doc)
	}
	return pred
}
