package pipeline

import (
	"fmt"

	"github.com/kg-project/kg/extract/entities"
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

// Resolver is a Builder that can also resolve a document's entities on
// their own, for kg eval ner.
type Resolver interface {
	Resolve(doc []nlp.Sentence) *entities.Doc
}

// GoldNames returns copies of pred, sentences analysed by AnalyzeGold,
// whose Entity tags are the names kg's entities are made of rather than
// the recogniser's spans: every name mention of a resolved entity (not
// its pronouns, demonyms or descriptions), labelled with the entity's
// type (PERSON as PER, the recogniser's label; ORG, LOC, EVENT ...). So
// kg eval ner scores the names that kg extract reports, after the
// entity rules have widened, joined, dropped and retyped the
// recogniser's spans. It fails if the pipeline's Builder is no Resolver.
func (p *Pipeline) GoldNames(pred []nlp.Sentence) ([]nlp.Sentence, error) {
	res, ok := p.st.Builder.(Resolver)
	if !ok {
		return nil, fmt.Errorf("pipeline: the builder does not resolve entities")
	}
	out := make([]nlp.Sentence, len(pred))
	for i := range pred {
		out[i] = pred[i]
		out[i].Tokens = append([]nlp.Token(nil), pred[i].Tokens...)
		for j := range out[i].Tokens {
			out[i].Tokens[j].Entity = "O"
		}
	}
	off := 0
	for _, doc := range ner.Documents(pred) {
		d := res.Resolve(doc)
		for _, m := range d.Mentions {
			if m.Kind != entities.KindName || m.Entity < 0 {
				continue
			}
			label := d.Entities[m.Entity].Type
			if label == "PERSON" {
				label = "PER"
			}
			toks := out[off+m.Sentence].Tokens
			for k := m.Start; k < m.End && k < len(toks); k++ {
				toks[k].Entity = "I-" + label
			}
			if m.Start < len(toks) {
				toks[m.Start].Entity = "B-" + label
			}
		}
		off += len(doc)
	}
	return out, nil
}
