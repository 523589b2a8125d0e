// Package pipeline joins kg's extraction stages into one Extractor:
// page cleaning, sentence splitting and tokenising, tagging, lemmatising,
// parsing, entity recognition, entity resolution and triple building.
//
// Each stage is a small interface defined here, so any stage can be
// replaced (a better parser, a rule-based tagger in tests) without touching
// the others. Default wires the trained models embedded in the binary.
package pipeline

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/clean"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tag"
)

// Tokenizer splits text into sentences of tokens with byte offsets.
type Tokenizer interface {
	SplitAppend(dst []nlp.Sentence, text string) []nlp.Sentence
}

// Tagger sets UPOS and XPOS on the tokens of a sentence.
type Tagger interface{ Tag(s *nlp.Sentence) }

// Lemmatizer sets Lemma on the tokens of a tagged sentence.
type Lemmatizer interface{ Lemmatize(s *nlp.Sentence) }

// Parser sets Head and Deprel on the tokens of a tagged sentence.
type Parser interface{ Parse(s *nlp.Sentence) }

// Recognizer sets Entity (IOB2) on the tokens of a whole document.
type Recognizer interface{ Recognize(doc []nlp.Sentence) }

// Builder turns an analysed document into entities and triples.
type Builder interface {
	Build(doc []nlp.Sentence, art extract.Article, opts BuildOptions) ([]extract.Entity, []extract.Triple)
}

// BuildOptions are passed to the Builder.
type BuildOptions struct {
	All           bool    // also triples whose arguments are plain noun phrases
	MinConfidence float64 // drop triples below this confidence
	// Beam, above 1, makes Default parse with the embedded model trained
	// with a beam (parse.DefaultBeam), searching with a beam of this
	// width: about one LAS point more accurate on EWT, and slower by the
	// width. 0 or 1 parses greedily with the fast default model.
	Beam int
	// Vote makes Default parse with the vote of four embedded parsers
	// (parse.DefaultVoter: beam models and greedy ones, each reading left
	// to right and right to left), the most accurate parse (EWT test UAS
	// and LAS about 1.4 points above Beam 16), the whole analysis about
	// three times as slow as with Beam 16; Beam is then ignored.
	Vote bool
}

// Stages are the parts of a pipeline. Nil stages are skipped.
type Stages struct {
	Tokenizer  Tokenizer
	Tagger     Tagger
	Lemmatizer Lemmatizer
	Parser     Parser
	Recognizer Recognizer
	Builder    Builder
}

// Pipeline extracts entities and triples from articles. It is safe for
// concurrent use when its stages are.
type Pipeline struct {
	st   Stages
	opts BuildOptions
}

// New returns a pipeline over the given stages.
func New(st Stages, opts BuildOptions) (*Pipeline, error) {
	if st.Tokenizer == nil {
		return nil, fmt.Errorf("pipeline: no tokenizer")
	}
	return &Pipeline{st: st, opts: opts}, nil
}

// Analyze cleans, splits and annotates an article's text. Token and
// sentence offsets are byte offsets into text.
func (p *Pipeline) Analyze(text string) []nlp.Sentence {
	var doc []nlp.Sentence
	for _, sp := range clean.Paragraphs(text) {
		n := len(doc)
		doc = p.st.Tokenizer.SplitAppend(doc, text[sp.Start:sp.End])
		for i := n; i < len(doc); i++ {
			shift(&doc[i], sp.Start)
			doc[i].Text = text[doc[i].Start:doc[i].End]
		}
	}
	p.annotate(doc)
	return doc
}

// AnalyzeSentences annotates already split sentences in place.
func (p *Pipeline) AnalyzeSentences(doc []nlp.Sentence) { p.annotate(doc) }

func (p *Pipeline) annotate(doc []nlp.Sentence) {
	for i := range doc {
		s := &doc[i]
		if p.st.Tagger != nil {
			p.st.Tagger.Tag(s)
			// Function words inside names ("Truong My Lan") are names.
			tag.RetagNameWords(s)
			// Capitalised words the tagger's lexicon lacks are names
			// ("beat Anatoly Karpov").
			if r, ok := p.st.Tagger.(lexiconRetagger); ok {
				r.RetagUnknownNames(s)
			}
		}
		if p.st.Lemmatizer != nil {
			p.st.Lemmatizer.Lemmatize(s)
		}
	}
	// The recogniser reads tags and lemmas but not the trees, so it runs
	// before the parser: the words of the names it finds are retagged
	// first and every sentence is parsed once, on its final tags.
	if p.st.Recognizer != nil {
		p.st.Recognizer.Recognize(doc)
		for i := range doc {
			entities.RetagNames(&doc[i])
		}
	}
	if p.st.Parser != nil {
		r, retag := p.st.Tagger.(lexiconRetagger)
		for i := range doc {
			if retag {
				// Verbs read as names or prepositions between two
				// names ("France beat Poland"), retagged for the
				// parser only: the recogniser learnt from the
				// tagger's own tags, and kg-train ner analyses its
				// stories without a parser, so that what it learns
				// from is what it sees here.
				if r.RetagVerbsBetweenNames(&doc[i]) {
					p.relemmatizeVerbs(&doc[i])
				}
			}
			p.st.Parser.Parse(&doc[i])
			// A past tense read as a participle and hung on its subject
			// ("Musk sued OpenAI"): retagged, the sentence is parsed
			// again, and the new tree kept if the verb now heads it.
			if v := tag.MainParticiple(&doc[i]); v >= 0 {
				p.reparseFinite(&doc[i], v)
			}
			// The tree sees whole clauses: a participle heading one
			// with a subject and no auxiliary is a past tense, a base
			// form after "they" a present one.
			tag.RetagFinite(&doc[i])
		}
	}
}

// lexiconRetagger is a Tagger whose lexicon lets it correct its own
// tags: capitalised words it lacks as proper nouns
// (tag.Tagger.RetagUnknownNames), verbs read as names between names
// (tag.Tagger.RetagVerbsBetweenNames).
type lexiconRetagger interface {
	RetagUnknownNames(s *nlp.Sentence) bool
	RetagVerbsBetweenNames(s *nlp.Sentence) bool
}

func shift(s *nlp.Sentence, off int) {
	s.Start += off
	s.End += off
	for j := range s.Tokens {
		s.Tokens[j].Start += off
		s.Tokens[j].End += off
	}
}

// Extract runs the whole pipeline on one article. A panic inside a stage
// (a bug, not bad input) becomes an error for this article, so that one
// article cannot stop a batch.
func (p *Pipeline) Extract(ctx context.Context, a extract.Article) (res extract.Result, err error) {
	if err := ctx.Err(); err != nil {
		return extract.Result{}, err
	}
	defer func() {
		if r := recover(); r != nil {
			res = extract.Result{}
			err = fmt.Errorf("internal error while extracting (please report it with this article): %v", r)
		}
	}()
	if a.Date == "" {
		// A pasted page often shows its date only in a header line.
		a.Date = clean.PageDate(a.Text)
	}
	res = extract.Result{Article: a, Hash: input.Hash(a.Text)}
	doc := p.Analyze(a.Text)
	res.Sentences = len(doc)
	res.Words = CountWords(doc)
	if p.st.Builder != nil {
		res.Entities, res.Triples = p.st.Builder.Build(doc, a, p.opts)
	}
	for i := range res.Entities {
		res.Entities[i].Article = a.ID
	}
	for i := range res.Triples {
		res.Triples[i].Article = a.ID
	}
	return res, nil
}

// CountWords counts the tokens of doc that hold a letter or digit.
func CountWords(doc []nlp.Sentence) int {
	n := 0
	for i := range doc {
		for j := range doc[i].Tokens {
			if isWord(doc[i].Tokens[j].Text) {
				n++
			}
		}
	}
	return n
}

func isWord(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		s = s[size:]
	}
	return false
}

// WordCount counts the white-space separated words of s that hold a
// letter or digit; it is the cheap measure used for throughput figures.
func WordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if isWord(f) {
			n++
		}
	}
	return n
}

// reparseFinite retags the participle v of s a past tense and parses s
// again, keeping the new tree only if v heads it; otherwise s is left as
// it was.
func (p *Pipeline) reparseFinite(s *nlp.Sentence, v int) {
	old := append([]nlp.Token(nil), s.Tokens...)
	s.Tokens[v].XPOS = "VBD"
	p.st.Parser.Parse(s)
	if s.Tokens[v].Head != 0 {
		copy(s.Tokens, old)
	}
}

// wordLemmatizer lemmatises one word form with its Penn tag.
type wordLemmatizer interface {
	Lemma(form, xpos string) string
}

// relemmatizeVerbs gives the past tenses and -s forms of s that kept
// their form as lemma, as a proper noun's does, the verb's lemma: the
// words RetagVerbsBetweenNames retagged after lemmatising ("met" meet).
func (p *Pipeline) relemmatizeVerbs(s *nlp.Sentence) {
	lm, ok := p.st.Lemmatizer.(wordLemmatizer)
	if !ok {
		return
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ") && t.Lemma == t.Text {
			t.Lemma = lm.Lemma(t.Text, t.XPOS)
		}
	}
}
