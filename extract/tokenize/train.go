package tokenize

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// Training defaults, chosen on EWT dev (go run ./cmd/kg-train sent prints
// the dev figures).
const (
	// DefaultSentenceEpochs is how many passes the perceptron makes over
	// the training gaps; dev F1 is flat from about 8 on.
	DefaultSentenceEpochs = 10
	// DefaultSentenceSeed seeds the shuffling of the training gaps.
	DefaultSentenceSeed = 1
	// DefaultSentenceRuns is how many perceptrons (each with its own
	// shuffling) are averaged into the model: one alone moves dev F1 by
	// up to 0.008 from one seed to the next, ten keep it within about
	// 0.002, for a model of about 0.4 MB.
	DefaultSentenceRuns = 10
	// DefaultSentenceMargin is the score a gap must clear on its side of
	// zero before the perceptron leaves it alone (a margin perceptron):
	// over seeds 1, 11, 21 and 31, EWT dev sentence F1 is 0.9032 on
	// average with 3 and 0.9026 with the plain perceptron, and the default
	// seed moves from 0.9014 to 0.9030.
	DefaultSentenceMargin = 3
)

// SentenceTrainOptions configure TrainSentenceModel. The zero value uses
// the defaults.
type SentenceTrainOptions struct {
	Epochs int    // passes over the data; 0 means DefaultSentenceEpochs
	Seed   uint64 // shuffling seed of the first run; 0 means DefaultSentenceSeed
	Runs   int    // perceptrons averaged; 0 means DefaultSentenceRuns
	// Margin is the score margin of the updates; 0 means
	// DefaultSentenceMargin, a negative value the plain perceptron.
	Margin int
	// Tokenizer tokenises the rebuilt documents (its Model and RuleBased
	// fields are ignored); nil means the default.
	Tokenizer *Tokenizer
	Log       io.Writer // progress, or nil
	// Names are given names ("Debra", "Kay"); the lexicon marks them, so
	// that the model knows names it never saw in the treebank (e-mail
	// greetings and signatures). Nil marks none.
	Names []string
}

// gapCollector is the gapDecider used in training: it records the
// features of every candidate gap with its gold label and answers with the
// gold label, so that the sentence-so-far features follow the gold
// sentences.
type gapCollector struct {
	ends    map[int]bool // byte offsets where a gold sentence ends
	spans   []span
	feats   []uint64 // maxGapFeatures per gap
	labels  []bool
	lexicon hashtab.Table // the lexicon the current document's gaps see
}

func (c *gapCollector) lex() *hashtab.Table { return &c.lexicon }

// Lexicon thresholds: a word is put in a case class when it was seen at
// least lexMinCount times inside sentences and at least lexRatio times as
// often in that case as in the other; its ratioClass needs lexMinCount
// occurrences too.
const (
	lexMinCount = 3
	lexRatio    = 2
)

// lexFolds is how many parts the training documents are cut into for the
// lexicon their gaps see: the gaps of one part get the lexicon of the
// others, so that the model learns how far to trust the lexicon on words
// it did not learn it from (a word seen three times, always ending a
// sentence, would otherwise look certain).
const lexFolds = 10

// buildLexicon learns from gold sentences the usual case of words (from
// the tokens that do not start a sentence), how often a word opens a
// sentence when capitalised and how often it ends one with no punctuation
// after it, and marks the given names among names.
func buildLexicon(gold []nlp.Sentence, names []string) hashtab.Table {
	type counts struct{ lower, upper, starts, all, ends int }
	seen := make(map[uint64]*counts)
	var keys []uint64
	get := func(w string) *counts {
		k := lowerHash(w)
		c := seen[k]
		if c == nil {
			c = &counts{}
			seen[k] = c
			keys = append(keys, k)
		}
		return c
	}
	for _, s := range gold {
		for i, t := range s.Tokens {
			w := t.Text
			if len(w) > maxWordFeature {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				continue
			}
			c := get(w)
			c.all++
			if i == len(s.Tokens)-1 {
				c.ends++
			}
			switch {
			case i == 0:
				if unicode.IsUpper(r) {
					c.starts++
				}
			case unicode.IsUpper(r):
				c.upper++
			default:
				c.lower++
			}
		}
	}
	isName := make(map[uint64]bool, len(names))
	for _, nm := range names {
		if len(nm) <= maxWordFeature {
			isName[lowerHash(nm)] = true
			get(nm)
		}
	}
	n := 0
	value := make([]int32, len(keys))
	for i, k := range keys {
		c := seen[k]
		var v int32
		switch {
		case c.lower >= lexMinCount && c.lower >= lexRatio*c.upper:
			v = lexLower
		case c.upper >= lexMinCount && c.upper >= lexRatio*c.lower:
			v = lexUpper
		}
		v |= ratioClass(c.starts, c.starts+c.upper) << lexStartShift
		v |= ratioClass(c.ends, c.all) << lexEndShift
		if isName[k] {
			v |= lexName
		}
		if v != 0 {
			value[i] = v
			n++
		}
	}
	t := hashtab.New(n)
	for i, k := range keys {
		if value[i] != 0 {
			t.Put(k, value[i])
		}
	}
	return t
}

// ratioClass buckets the share k/n: 0 when n < lexMinCount, else 1 (under
// 5%), 2 (under 20%), 3 (under half) or 4.
func ratioClass(k, n int) int32 {
	switch {
	case n < lexMinCount:
		return 0
	case 20*k < n:
		return 1
	case 5*k < n:
		return 2
	case 2*k < n:
		return 3
	}
	return 4
}

func (c *gapCollector) decide(f []uint64, k int) bool {
	y := c.ends[c.spans[k].end]
	c.feats = append(c.feats, f...)
	c.labels = append(c.labels, y)
	return y
}

// TrainSentenceModel trains the sentence-boundary model on gold treebank
// sentences: each document is rebuilt as Evaluate does (see Documents),
// tokenised, and every gap the model would decide becomes a training
// example labelled by whether a gold sentence ends there. Training is an
// averaged perceptron over shuffled gaps and is deterministic for given
// inputs and options.
func TrainSentenceModel(ctx context.Context, gold []nlp.Sentence, newpar map[string]bool, opt SentenceTrainOptions) (*SentenceModel, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = DefaultSentenceEpochs
	}
	if opt.Seed == 0 {
		opt.Seed = DefaultSentenceSeed
	}
	if opt.Runs <= 0 {
		opt.Runs = DefaultSentenceRuns
	}
	switch {
	case opt.Margin == 0:
		opt.Margin = DefaultSentenceMargin
	case opt.Margin < 0:
		opt.Margin = 0
	}
	tz := Tokenizer{}
	if opt.Tokenizer != nil {
		tz.JoinHyphens = opt.Tokenizer.JoinHyphens
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	lex := buildLexicon(gold, opt.Names)
	c := collectGaps(gold, newpar, &tz, foldLexicons(gold, opt.Names))

	if len(c.labels) == 0 {
		return nil, fmt.Errorf("train sentence model: no candidate gaps in %d sentences", len(gold))
	}
	return learnGaps(ctx, c, lex, opt, logf)
}

// foldLexicons cuts the documents of gold into lexFolds parts by their
// order (document i goes to part i mod lexFolds) and returns for each part
// the lexicon of the others.
func foldLexicons(gold []nlp.Sentence, names []string) []hashtab.Table {
	part := make([]int, 0, len(gold))
	doc := 0
	Documents(gold, nil, func(d Document) { // the documents collectGaps sees
		for range d.Sentences {
			part = append(part, doc%lexFolds)
		}
		doc++
	})
	lexs := make([]hashtab.Table, lexFolds)
	var rest []nlp.Sentence
	for f := range lexs {
		rest = rest[:0]
		for i := range gold {
			if part[i] != f {
				rest = append(rest, gold[i])
			}
		}
		lexs[f] = buildLexicon(rest, names)
	}
	return lexs
}

// collectGaps rebuilds the documents of gold, tokenises them and collects
// the features and gold labels of every gap the model decides; document i
// sees the lexicon lexs[i mod len(lexs)].
func collectGaps(gold []nlp.Sentence, newpar map[string]bool, tz *Tokenizer, lexs []hashtab.Table) *gapCollector {
	c := &gapCollector{ends: make(map[int]bool)}
	var (
		spans  []span
		bounds []int
		fs     featScratch
	)
	doc := 0
	Documents(gold, newpar, func(d Document) {
		c.lexicon = lexs[doc%len(lexs)]
		doc++
		clear(c.ends)
		for _, s := range d.Sentences {
			c.ends[s[1]] = true
		}
		spans = tz.tokenize(spans[:0], d.Text)
		c.spans = spans
		bounds = segment(bounds[:0], spans, d.Text, c, &fs)
	})
	return c
}

// learnGaps trains the averaged perceptrons on the collected gaps.
func learnGaps(ctx context.Context, c *gapCollector, lex hashtab.Table, opt SentenceTrainOptions, logf func(string, ...any)) (*SentenceModel, error) {
	n := len(c.labels)
	pos := 0
	for _, y := range c.labels {
		if y {
			pos++
		}
	}
	logf("sent: %d candidate gaps, %d sentence ends\n", n, pos)

	// Intern the features in order of first use.
	index := make(map[uint64]int32)
	keys := []uint64{}
	ids := make([]int32, len(c.feats))
	for i, k := range c.feats {
		id, ok := index[k]
		if !ok {
			id = int32(len(keys))
			index[k] = id
			keys = append(keys, k)
		}
		ids[i] = id
	}
	// Several perceptrons, each over its own shuffling of the gaps; their
	// averaged weights are averaged again, which steadies the rare
	// features that one shuffle alone leaves to chance.
	avg := make([]float64, len(keys))
	w := make([]int32, len(keys))
	acc := make([]int64, len(keys))
	last := make([]int64, len(keys))
	order := make([]int, n)
	margin := int32(opt.Margin)
	for run := 0; run < opt.Runs; run++ {
		clear(w)
		clear(acc)
		clear(last)
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(opt.Seed+uint64(run), 0x5e47))
		var step int64
		for ep := 0; ep < opt.Epochs; ep++ {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("train sentence model: %w", err)
			}
			rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs := 0
			for _, g := range order {
				step++
				f := ids[g*maxGapFeatures : (g+1)*maxGapFeatures]
				var s int32
				for _, id := range f {
					s += w[id]
				}
				y := c.labels[g]
				if y && s > margin || !y && s <= -margin {
					continue
				}
				errs++
				d := int32(-1)
				if y {
					d = 1
				}
				for _, id := range f {
					acc[id] += (step - last[id]) * int64(w[id])
					last[id] = step
					w[id] += d
				}
			}
			if ep == opt.Epochs-1 {
				logf("sent: run %d: %d errors in the last epoch (%.4f)\n", run+1, errs, float64(errs)/float64(n))
			}
		}
		for i := range keys {
			avg[i] += float64(acc[i]+(step-last[i])*int64(w[i])) / float64(step) / float64(opt.Runs)
		}
	}
	// Quantise to int16 and drop the weights that round to zero.
	maxAbs := 0.0
	for i := range keys {
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	scale := 64.0
	if maxAbs*scale > weightOffset-1 {
		scale = (weightOffset - 1) / maxAbs
	}
	kept := 0
	for i := range keys {
		if math.Round(avg[i]*scale) != 0 {
			kept++
		}
	}
	m := &SentenceModel{weights: hashtab.New(kept), lexicon: lex}
	for i, k := range keys {
		if q := int32(math.Round(avg[i] * scale)); q != 0 {
			m.weights.Put(k, q+weightOffset)
		}
	}
	logf("sent: %d features, %d kept (scale %.2f)\n", len(keys), kept, scale)
	return m, nil
}
