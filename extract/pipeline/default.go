package pipeline

import (
	"fmt"

	"golang.org/x/sync/errgroup"

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
// models are decoded once per process, on first use, in parallel.
func Default(opts BuildOptions) (*Pipeline, error) {
	var (
		tg *tag.Tagger
		lm *lemma.Lemmatizer
		ps *parse.Parser
		nr *ner.Recognizer
		gz *gazetteer.Gazetteer
		g  errgroup.Group
	)
	load := func(what string, f func() error) {
		g.Go(func() error {
			if err := f(); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			return nil
		})
	}
	load("tagger", func() (err error) { tg, err = tag.Default(); return })
	load("lemmatiser", func() (err error) { lm, err = lemma.Default(); return })
	var parser Parser
	load("parser", func() (err error) {
		switch {
		case opts.Vote:
			parser, err = parse.DefaultVoter()
		case opts.Beam > 1:
			ps, err = parse.DefaultBeam()
			parser = beamParser{ps, opts.Beam}
		default:
			ps, err = parse.Default()
			parser = ps
		}
		return
	})
	load("entity recogniser", func() (err error) { nr, err = ner.Default(); return })
	load("gazetteer", func() (err error) { gz, err = gazetteer.Default(); return })
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return New(Stages{
		Tokenizer:  tokenize.New(),
		Tagger:     tg,
		Lemmatizer: lm,
		Parser:     parser,
		Recognizer: nr,
		Builder:    TreeBuilder{Gazetteer: gz, Lexicon: tg},
	}, opts)
}

// beamParser parses with a beam of width k.
type beamParser struct {
	p *parse.Parser
	k int
}

// Parse implements Parser.
func (b beamParser) Parse(s *nlp.Sentence) { b.p.ParseBeam(s, b.k) }

// TreeBuilder resolves entities (canonical names, acronyms, coreference)
// and reads triples off the dependency trees.
type TreeBuilder struct {
	Gazetteer entities.Gazetteer
	Lexicon   entities.Lexicon // common words; may be nil
}

// Resolve implements Resolver.
func (b TreeBuilder) Resolve(doc []nlp.Sentence) *entities.Doc {
	return entities.ResolveWith(doc, "", b.Gazetteer, b.Lexicon)
}

// Build implements Builder.
func (b TreeBuilder) Build(doc []nlp.Sentence, art extract.Article, opts BuildOptions) ([]extract.Entity, []extract.Triple) {
	ents := entities.ResolveWith(doc, art.Text, b.Gazetteer, b.Lexicon)
	ts := triples.Extract(doc, ents, art, triples.Options{All: opts.All, MinConfidence: opts.MinConfidence})
	return ents.Entities, ts
}
