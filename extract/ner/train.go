package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// Training defaults, tuned on UNER EWT dev.
const (
	// DefaultEpochs is the number of passes over the training data.
	DefaultEpochs = 12
	// DefaultFolds is the number of jackknife folds that give the second
	// pass realistic first-pass output to learn from.
	DefaultFolds = 5
	// DefaultMinWeight drops features whose averaged weights are all
	// smaller than this: it keeps the ensemble's model small at no cost
	// in accuracy on UNER EWT dev (trained on UNER train and the listed
	// stories: 0.5 gave 6.6 MB and F1 0.772, 1.5 gives 3.4 MB and 0.771).
	DefaultMinWeight = 1.5
	// DefaultWordDropout hides word identities of this share of training
	// tokens per epoch.
	DefaultWordDropout = 0.2
	// DefaultEnsemble is the number of differently shuffled perceptrons
	// averaged into each pass.
	DefaultEnsemble = 5
	// DefaultHeadlines is the share of training sentences added again in
	// headline case.
	DefaultHeadlines = 0.05
	// DefaultAugment is the number of copies of the training documents
	// with every name replaced by another of its type.
	DefaultAugment = 1
	// DefaultMinCount is the number of training occurrences a feature
	// needs to be learnt.
	DefaultMinCount = 1
)

// TrainOptions controls Train. The zero value uses the defaults.
type TrainOptions struct {
	Epochs    int     // 0 means DefaultEpochs
	Folds     int     // 0 means DefaultFolds; < 0 trains a one-pass model
	MinWeight float64 // 0 means DefaultMinWeight; < 0 keeps every feature
	Seed      uint64  // shuffling seed; the same seed gives the same model
	Ensemble  int     // perceptrons averaged per pass; 0 means DefaultEnsemble
	Headlines float64 // share of sentences added again in headline case; 0 means DefaultHeadlines, < 0 none
	Augment   int     // augmented copies of the data with names replaced; 0 means DefaultAugment, < 0 none
	MinCount  int     // features seen fewer times are not learnt; 0 means DefaultMinCount
	// Gazetteer for features; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// WordDropout is the probability that a token's word-identity
	// features are hidden during a training epoch, so that the model
	// learns from shape, context and gazetteer too. 0 means
	// DefaultWordDropout; < 0 disables it.
	WordDropout float64
	// Progress, if set, receives one line per stage.
	Progress io.Writer
}

func (o *TrainOptions) setDefaults() error {
	if o.Epochs == 0 {
		o.Epochs = DefaultEpochs
	}
	if o.Folds == 0 {
		o.Folds = DefaultFolds
	}
	if o.Ensemble == 0 {
		o.Ensemble = DefaultEnsemble
	}
	if o.Headlines == 0 {
		o.Headlines = DefaultHeadlines
	}
	if o.Augment == 0 {
		o.Augment = DefaultAugment
	}
	if o.MinCount == 0 {
		o.MinCount = DefaultMinCount
	}
	if o.WordDropout == 0 {
		o.WordDropout = DefaultWordDropout
	}
	if o.MinWeight == 0 {
		o.MinWeight = DefaultMinWeight
	}
	if o.Gazetteer == nil {
		g, err := gazetteer.Default()
		if err != nil {
			return err
		}
		o.Gazetteer = g
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	return nil
}

// corpus is the training data in flat arrays.
type corpus struct {
	toks  []tokInfo
	words []string
	gold  []int8
	sents [][2]int // token range of each sentence
	doc   []int    // document number of each sentence
	group []int    // number of the original document (augmented copies share it)
	ndocs int
}

func labelID(e string) int8 {
	for i, l := range Labels {
		if l == e {
			return int8(i)
		}
	}
	return 0
}

func newCorpus(train []nlp.Sentence, g *gazetteer.Gazetteer) *corpus {
	c := &corpus{}
	places := placesFor(g)
	docs := Documents(train)
	groups := map[string]int{}
	for d, sents := range docs {
		base := DocumentKey(sents[0].ID)
		if strings.HasPrefix(base, "aug") {
			if i := strings.IndexByte(base, '-'); i > 0 {
				base = base[i+1:]
			}
		}
		gr, ok := groups[base]
		if !ok {
			gr = len(groups)
			groups[base] = gr
		}
		for i := range sents {
			s := &sents[i]
			a := len(c.toks)
			n := len(s.Tokens)
			c.toks = append(c.toks, make([]tokInfo, n)...)
			for j := range s.Tokens {
				c.words = append(c.words, s.Tokens[j].Text)
				c.gold = append(c.gold, labelID(s.Tokens[j].Entity))
			}
			fillTokens(c.toks[a:a+n], c.words[a:a+n], s, g, places)
			fixIOB(c.gold[a : a+n])
			c.sents = append(c.sents, [2]int{a, a + n})
			c.doc = append(c.doc, d)
			c.group = append(c.group, gr)
		}
	}
	c.ndocs = len(docs)
	return c
}

// fixIOB turns an I- label that does not continue its type into B-.
func fixIOB(l []int8) {
	prev := 0
	for i := range l {
		if !allowed(prev, int(l[i])) {
			l[i]--
		}
		prev = int(l[i])
	}
}

// index interns feature keys as rows.
type index struct {
	ids   map[uint64]int32
	keys  []uint64
	count []int32
}

func (x *index) row(k uint64) int32 {
	if id, ok := x.ids[k]; ok {
		x.count[id]++
		return id
	}
	id := int32(len(x.keys))
	x.ids[k] = id
	x.keys = append(x.keys, k)
	x.count = append(x.count, 1)
	return id
}

// prune points the rows of features seen fewer than minCount times at
// the extra row len(x.keys), which training never updates.
func (x *index) prune(fr *featRows, minCount int) {
	dump := int32(len(x.keys))
	for i, r := range fr.rows {
		if int(x.count[r]) < minCount {
			fr.rows[i] = dump
		}
	}
}

// featRows are the feature rows of every token: rows[off[t]:off[t+1]].
type featRows struct {
	off  []int32
	rows []int32
}

func (f *featRows) of(t int) []int32 { return f.rows[f.off[t]:f.off[t+1]] }

// buildRows computes the feature rows of every token of c; l1, if not
// nil, are first-pass labels for the document features.
func buildRows(c *corpus, x *index, l1 []int8) featRows {
	var fr featRows
	fr.off = make([]int32, 1, len(c.toks)+1)
	var keys []uint64
	var d docInfo
	for si := 0; si < len(c.sents); {
		// One document at a time.
		sj := si
		for sj < len(c.sents) && c.doc[sj] == c.doc[si] {
			sj++
		}
		if l1 != nil {
			d.reset()
			for s := si; s < sj; s++ {
				a, b := c.sents[s][0], c.sents[s][1]
				d.addSentence(c.toks[a:b], c.words[a:b], l1[a:b])
			}
		}
		for s := si; s < sj; s++ {
			a, b := c.sents[s][0], c.sents[s][1]
			toks := c.toks[a:b]
			for i := range toks {
				keys = baseFeatures(keys[:0], toks, i)
				if l1 != nil {
					keys = docFeatures(keys, toks, c.words[a:b], l1[a:b], i, &d)
				}
				for _, k := range keys {
					fr.rows = append(fr.rows, x.row(k))
				}
				fr.off = append(fr.off, int32(len(fr.rows)))
			}
		}
		si = sj
	}
	return fr
}

// perceptron is an averaged structured perceptron over label sequences.
type perceptron struct {
	w, u   []float32 // weights and step-weighted update sums, row*nLabels+label
	tw, tu [nLabels + 1][nLabels]float32
	step   float32
}

func newPerceptron(nrows int) *perceptron {
	nrows++ // the dump row
	return &perceptron{w: make([]float32, nrows*nLabels), u: make([]float32, nrows*nLabels)}
}

func (p *perceptron) emissions(fr *featRows, a, b int, em []float32, drop []bool) {
	for t := a; t < b; t++ {
		e := em[(t-a)*nLabels : (t-a+1)*nLabels]
		clear(e)
		rows := fr.of(t)
		if drop != nil && drop[t-a] {
			rows = rows[nLexical:]
		}
		for _, r := range rows {
			row := p.w[int(r)*nLabels : int(r)*nLabels+nLabels]
			for c := range e {
				e[c] += row[c]
			}
		}
	}
}

func (p *perceptron) upd(r int32, l int8, d float32) {
	if int(r)*nLabels >= len(p.w)-nLabels {
		return // the dump row of pruned features
	}
	i := int(r)*nLabels + int(l)
	p.w[i] += d
	p.u[i] += d * p.step
}

// trainPass trains p on the sentences of c for which use is true.
func trainPass(ctx context.Context, c *corpus, fr *featRows, nrows int, use func(s int) bool, epochs int, seed uint64, dropout float64) (*perceptron, error) {
	p := newPerceptron(nrows)
	var order []int
	for s := range c.sents {
		if use(s) {
			order = append(order, s)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x6b67))
	var em []float32
	var back, pred []int8
	var drop []bool
	p.step = 1
	for ep := 0; ep < epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, s := range order {
			a, b := c.sents[s][0], c.sents[s][1]
			n := b - a
			if n == 0 {
				continue
			}
			em = grow(em, n*nLabels)
			back = grow(back, n*nLabels)
			pred = grow(pred, n)
			drop = grow(drop, n)
			for i := range drop {
				drop[i] = dropout > 0 && rng.Float64() < dropout
			}
			p.emissions(fr, a, b, em, drop)
			viterbi(em, n, &p.tw, pred, back)
			gold := c.gold[a:b]
			pg, pp := int8(startLabel), int8(startLabel)
			for i := 0; i < n; i++ {
				g, q := gold[i], pred[i]
				if g != q {
					rows := fr.of(a + i)
					if drop[i] {
						rows = rows[nLexical:]
					}
					for _, r := range rows {
						p.upd(r, g, 1)
						p.upd(r, q, -1)
					}
				}
				if g != q || pg != pp {
					p.tw[pg][g]++
					p.tu[pg][g] += p.step
					p.tw[pp][q]--
					p.tu[pp][q] -= p.step
				}
				pg, pp = g, q
			}
			p.step++
		}
	}
	// Average: w - u/step.
	for i := range p.w {
		p.w[i] -= p.u[i] / p.step
	}
	for i := range p.tw {
		for j := range p.tw[i] {
			p.tw[i][j] -= p.tu[i][j] / p.step
		}
	}
	p.u = nil
	return p, nil
}

// trainEnsemble trains n perceptrons with different shuffles and
// averages their weights, which lowers the variance of a single run.
func trainEnsemble(ctx context.Context, c *corpus, fr *featRows, nrows int, use func(s int) bool, epochs int, seed uint64, dropout float64, n int) (*perceptron, error) {
	var sum *perceptron
	for k := 0; k < max(n, 1); k++ {
		p, err := trainPass(ctx, c, fr, nrows, use, epochs, seed+uint64(k)*1000, dropout)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			sum = p
			continue
		}
		for i := range sum.w {
			sum.w[i] += p.w[i]
		}
		for i := range sum.tw {
			for j := range sum.tw[i] {
				sum.tw[i][j] += p.tw[i][j]
			}
		}
	}
	if n > 1 {
		f := 1 / float32(n)
		for i := range sum.w {
			sum.w[i] *= f
		}
		for i := range sum.tw {
			for j := range sum.tw[i] {
				sum.tw[i][j] *= f
			}
		}
	}
	return sum, nil
}

// predictPass labels the sentences of c for which use is true into out.
func predictPass(c *corpus, fr *featRows, p *perceptron, use func(s int) bool, out []int8) {
	var em []float32
	var back []int8
	for s := range c.sents {
		if !use(s) {
			continue
		}
		a, b := c.sents[s][0], c.sents[s][1]
		n := b - a
		if n == 0 {
			continue
		}
		em = grow(em, n*nLabels)
		back = grow(back, n*nLabels)
		p.emissions(fr, a, b, em, nil)
		viterbi(em, n, &p.tw, out[a:b], back)
	}
}

// finish prunes p and packs it as a model pass with weights quantised to
// 16 bits.
func finish(p *perceptron, keys []uint64, minWeight float64) *weights {
	keep := make([]int32, 0, len(keys))
	var maxAbs float64
	for r := range keys {
		row := p.w[r*nLabels : r*nLabels+nLabels]
		big := false
		for _, x := range row {
			a := math.Abs(float64(x))
			if a >= minWeight {
				big = true
			}
			maxAbs = max(maxAbs, a)
		}
		if big {
			keep = append(keep, int32(r))
		}
	}
	scale := float32(maxAbs / math.MaxInt16)
	if scale == 0 {
		scale = 1
	}
	m := &weights{scale: scale, trans: p.tw}
	for _, r := range keep {
		var w [nLabels]int16
		for c := range w {
			w[c] = int16(math.Round(float64(p.w[int(r)*nLabels+c] / scale)))
		}
		if w != ([nLabels]int16{}) {
			m.keys = append(m.keys, keys[r])
			m.w = append(m.w, w)
		}
	}
	return m
}

// Train trains a recogniser on sentences with gold Token.Entity tags
// (IOB2; types other than PER, ORG and LOC are ignored) and, ideally,
// UPOS/XPOS tags like those the tagger gives at run time. Sentences are
// grouped into documents by DocumentKey of their IDs for the
// document-level second pass, which learns from jackknifed first-pass
// output. Training is deterministic for a given Seed.
func Train(ctx context.Context, train []nlp.Sentence, opts TrainOptions) (*Recognizer, error) {
	if err := opts.setDefaults(); err != nil {
		return nil, err
	}
	if opts.Headlines > 0 {
		// Headline copies go next to their originals, in the same document.
		hl := headlines(train, opts.Headlines, opts.Seed)
		fmt.Fprintf(opts.Progress, "ner: %d headline-case sentences\n", len(hl))
		all := make([]nlp.Sentence, 0, len(train)+len(hl))
		j := 0
		for i := range train {
			all = append(all, train[i])
			for j < len(hl) && hl[j].ID == train[i].ID {
				all = append(all, hl[j])
				j++
			}
		}
		train = all
	}
	if opts.Augment > 0 {
		aug := augment(train, opts.Gazetteer, opts.Augment, opts.Seed)
		fmt.Fprintf(opts.Progress, "ner: %d augmented sentences\n", len(aug))
		train = append(train[:len(train):len(train)], aug...)
	}
	c := newCorpus(train, opts.Gazetteer)
	if len(c.toks) == 0 {
		return nil, fmt.Errorf("train ner: no tokens")
	}
	x1 := &index{ids: make(map[uint64]int32, 1<<20)}
	fr1 := buildRows(c, x1, nil)
	x1.prune(&fr1, opts.MinCount)
	fmt.Fprintf(opts.Progress, "ner: %d sentences, %d tokens, %d documents, %d first-pass features\n",
		len(c.sents), len(c.toks), c.ndocs, len(x1.keys))
	var pass2 *weights
	all := func(int) bool { return true }
	if opts.Folds > 0 {
		l1 := make([]int8, len(c.toks))
		for f := 0; f < opts.Folds; f++ {
			in := func(s int) bool { return c.group[s]%opts.Folds != f }
			p, err := trainPass(ctx, c, &fr1, len(x1.keys), in, opts.Epochs, opts.Seed+uint64(f)+1, opts.WordDropout)
			if err != nil {
				return nil, err
			}
			predictPass(c, &fr1, p, func(s int) bool { return !in(s) }, l1)
			fmt.Fprintf(opts.Progress, "ner: fold %d/%d done\n", f+1, opts.Folds)
		}
		fmt.Fprintf(opts.Progress, "ner: jackknifed first pass token accuracy %.4f\n", tokenAccuracy(c.gold, l1))
		x2 := &index{ids: make(map[uint64]int32, 1<<20)}
		fr2 := buildRows(c, x2, l1)
		x2.prune(&fr2, opts.MinCount)
		p2, err := trainEnsemble(ctx, c, &fr2, len(x2.keys), all, opts.Epochs, opts.Seed, opts.WordDropout, opts.Ensemble)
		if err != nil {
			return nil, err
		}
		pass2 = finish(p2, x2.keys, opts.MinWeight)
		fmt.Fprintf(opts.Progress, "ner: second pass %d of %d features kept\n", len(pass2.keys), len(x2.keys))
	}
	p1, err := trainEnsemble(ctx, c, &fr1, len(x1.keys), all, opts.Epochs, opts.Seed, opts.WordDropout, opts.Ensemble)
	if err != nil {
		return nil, err
	}
	pass1 := finish(p1, x1.keys, opts.MinWeight)
	fmt.Fprintf(opts.Progress, "ner: first pass %d of %d features kept\n", len(pass1.keys), len(x1.keys))
	return newRecognizer(packFused(pass1, pass2), opts.Gazetteer), nil
}

func tokenAccuracy(gold, pred []int8) float64 {
	ok := 0
	for i := range gold {
		if gold[i] == pred[i] {
			ok++
		}
	}
	return float64(ok) / float64(max(len(gold), 1))
}
