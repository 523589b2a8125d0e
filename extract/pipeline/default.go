package pipeline

import (
	"fmt"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lemma"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/triples"
)

// Default returns the pipeline over the models embedded in the binary. The
// models are loaded once per process, on first use.
func Default(opts BuildOptions) (*Pipeline, error) {
	tg, err := tag.Default()
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	lm, err := lemma.Default()
	if err != nil {
		return nil, fmt.Errorf("lemmatiser: %w", err)
	}
	ps, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	nr, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("entity recogniser: %w", err)
	}
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return New(Stages{
		Tokenizer:  tokenize.New(),
		Tagger:     tg,
		Lemmatizer: lm,
		Parser:     ps,
		Recognizer: nr,
		Builder:    TreeBuilder{Gazetteer: gz},
	}, opts)
}

// TreeBuilder resolves entities (canonical names, acronyms, coreference)
// and reads triples off the dependency trees.
type TreeBuilder struct {
	Gazetteer entities.Gazetteer
}

// Build implements Builder.
func (b TreeBuilder) Build(doc []nlp.Sentence, art extract.Article, opts BuildOptions) ([]extract.Entity, []extract.Triple) {
	ents := entities.Resolve(doc, art.Text, b.Gazetteer)
	ts := triples.Extract(doc, ents, art, triples.Options{All: opts.All, MinConfidence: opts.MinConfidence})
	return ents.Entities, ts
}
