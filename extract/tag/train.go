package tag

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// Defaults of TrainOptions, chosen on EWT dev.
const (
	DefaultEpochs       = 10   // dev accuracy flattens out after about ten passes
	DefaultSeed         = 1    // any fixed value: training is deterministic
	DefaultMinFeatCount = 2    // features seen once in training are mostly noise
	DefaultCaseAugment  = 0.05 // share of sentences added again in UPPER and Title Case
	DefaultMinWeight    = 1.0  // dropping smaller averaged weights halves the model for -0.03 dev UPOS
	DefaultDictMinCount = 20   // a word must be seen this often to enter the tag dictionary
	DefaultDictMinShare = 0.99 // ... with this share of its occurrences under one label
	DefaultAmbMinCount  = 3    // words seen less often get no ambiguity class
	DefaultCandMinCount = 20   // words seen this often are only given labels they were seen with
	DefaultEnsemble     = 3    // summing 3 shuffled runs gave +0.1 to +0.2 dev UPOS over one
	DefaultFolds        = 1    // one pass, so that jackknifing the tagger for other models stays cheap
	DefaultRecheck      = 6.0  // pass-1 margin below which pass 2 re-tags: 2-3% of EWT dev words, all of its gain
)

// ModelFolds are the jackknife folds of the embedded two-pass model
// (kg-train tag --folds, with --reverse): a right-to-left first pass and a
// left-to-right second pass gave +0.35 dev UPOS over one pass.
const ModelFolds = 4

// TrainOptions control Train. The zero value means the defaults above.
type TrainOptions struct {
	Epochs       int
	Seed         uint64
	MinFeatCount int
	// CaseAugment is the share of training sentences added a second time
	// in upper case and a third time in title case, so that headlines tag
	// well. Negative disables it.
	CaseAugment  float64
	MinWeight    float64
	DictMinCount int
	DictMinShare float64
	AmbMinCount  int
	// CandMinCount is how often a word must be seen in training, in the
	// same case, for the tagger to consider only the labels it was seen
	// with (see Tagger.cands); negative considers every label for every
	// word.
	CandMinCount int
	// Ensemble is the number of perceptrons, trained on differently
	// shuffled data, whose averaged weights are summed into the model.
	Ensemble int
	// Folds is the number of jackknife folds that produce the first-pass
	// tags the second pass learns from; below 2 means one pass only.
	Folds int
	// Recheck is the pass-1 score margin, in perceptron update units,
	// below which the second pass re-tags a word; negative re-tags every
	// word.
	Recheck float64
	// Reverse makes pass 1 of a two-pass tagger tag right to left.
	Reverse bool

	// WordClasses are gazetteer classes (Class* bits) of lower-cased words,
	// from ReadWordClasses; nil means none. They are stored in the model.
	WordClasses map[string]uint8
	// Lexicon holds the lexicon classes (Lex* bits) of lower-cased words,
	// from ReadLexicon; nil means none. It is stored in the model.
	Lexicon map[string]uint16

	// Dev, if set, is tagged after every epoch and its accuracy logged.
	Dev []nlp.Sentence
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) setDefaults() {
	if o.Epochs <= 0 {
		o.Epochs = DefaultEpochs
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.MinFeatCount <= 0 {
		o.MinFeatCount = DefaultMinFeatCount
	}
	if o.CaseAugment == 0 {
		o.CaseAugment = DefaultCaseAugment
	}
	if o.MinWeight <= 0 {
		o.MinWeight = DefaultMinWeight
	}
	if o.DictMinCount <= 0 {
		o.DictMinCount = DefaultDictMinCount
	}
	if o.DictMinShare <= 0 {
		o.DictMinShare = DefaultDictMinShare
	}
	if o.AmbMinCount <= 0 {
		o.AmbMinCount = DefaultAmbMinCount
	}
	if o.CandMinCount == 0 {
		o.CandMinCount = DefaultCandMinCount
	}
	if o.Ensemble <= 0 {
		o.Ensemble = DefaultEnsemble
	}
	if o.Folds <= 0 {
		o.Folds = DefaultFolds
	}
	if o.Recheck == 0 {
		o.Recheck = DefaultRecheck
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// ErrNoData is returned by Train when no sentence has gold tags.
var ErrNoData = errors.New("no tagged training sentences")

type trainSent struct {
	orig   int // index of the sentence this one was made from
	words  []string
	labels []int16
}

// Train fits a tagger on sentences with gold UPOS and XPOS. The result
// depends only on train and opts: shuffling uses opts.Seed.
func Train(ctx context.Context, train []nlp.Sentence, opts TrainOptions) (*Tagger, error) {
	opts.setDefaults()
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6b67746167))

	// Labels, most frequent first (ties by name).
	labelCount := map[Label]int{}
	for i := range train {
		for _, tk := range train[i].Tokens {
			if tk.UPOS != "" && tk.XPOS != "" {
				labelCount[Label{tk.UPOS, tk.XPOS}]++
			}
		}
	}
	if len(labelCount) == 0 {
		return nil, ErrNoData
	}
	if len(labelCount) > 255 {
		return nil, fmt.Errorf("train tagger: %d labels, at most 255 supported", len(labelCount))
	}
	t := &Tagger{}
	for l := range labelCount {
		t.labels = append(t.labels, l)
	}
	sort.Slice(t.labels, func(i, j int) bool {
		a, b := t.labels[i], t.labels[j]
		if labelCount[a] != labelCount[b] {
			return labelCount[a] > labelCount[b]
		}
		return a.UPOS+" "+a.XPOS < b.UPOS+" "+b.XPOS
	})
	labelID := map[Label]int16{}
	for i, l := range t.labels {
		labelID[l] = int16(i)
	}

	// Training sentences, plus case-augmented copies.
	var sents []trainSent
	for i := range train {
		s := trainSent{orig: len(sents)}
		ok := true
		for _, tk := range train[i].Tokens {
			id, found := labelID[Label{tk.UPOS, tk.XPOS}]
			if !found {
				ok = false
				break
			}
			s.words = append(s.words, tk.Text)
			s.labels = append(s.labels, id)
		}
		if ok && len(s.words) > 0 {
			sents = append(sents, s)
		}
	}
	base := len(sents)
	if opts.CaseAugment > 0 {
		for i := 0; i < base; i++ {
			if rng.Float64() < opts.CaseAugment {
				sents = append(sents, recase(sents[i], strings.ToUpper))
			}
			if rng.Float64() < opts.CaseAugment {
				sents = append(sents, recase(sents[i], titleCase))
			}
		}
	}
	fmt.Fprintf(opts.Log, "tag: %d sentences (%d with augmentation), %d labels\n", base, len(sents), len(t.labels))

	if opts.Folds < 2 {
		buildLexicon(t, sents[:base], opts)
		w, err := trainPass(ctx, t, sents, nil, opts, rng)
		if err != nil {
			return nil, err
		}
		t.second = w
		logDev(t, opts)
		return t, nil
	}

	// Jackknife: tag each fold with a first-pass model trained on the
	// others, so the second pass learns from realistic first-pass tags.
	right := make([][]int16, len(sents))
	for f := 0; f < opts.Folds; f++ {
		var in, out, inBase []trainSent
		var outIdx []int
		for i, s := range sents {
			if s.orig%opts.Folds == f {
				out = append(out, s)
				outIdx = append(outIdx, i)
			} else {
				in = append(in, s)
				if i < base {
					inBase = append(inBase, s)
				}
			}
		}
		ft := &Tagger{labels: t.labels}
		buildLexicon(ft, inBase, opts)
		// The fold taggers consider every label: the candidates save
		// time at run time and cost nothing on dev, but a change in
		// the first-pass tags the second pass learns from moves dev
		// accuracy by ±0.05 from one training to the next, so the
		// weights are kept independent of them.
		ft.cands, ft.candSets = hashtab.Table{}, nil
		w, err := trainPass(ctx, ft, maybeReverse(in, opts.Reverse), nil, opts, rng)
		if err != nil {
			return nil, err
		}
		ft.second = w
		sc := ft.getScratch()
		for j, s := range maybeReverse(out, opts.Reverse) {
			ft.prepare(sc, len(s.words), func(i int) string { return s.words[i] })
			ft.run(sc)
			tags := append([]int16(nil), sc.tags...)
			if opts.Reverse {
				slices.Reverse(tags)
			}
			right[outIdx[j]] = tags
		}
		fmt.Fprintf(opts.Log, "tag: fold %d/%d done\n", f+1, opts.Folds)
	}
	buildLexicon(t, sents[:base], opts)
	w1, err := trainPass(ctx, t, maybeReverse(sents, opts.Reverse), nil, opts, rng)
	if err != nil {
		return nil, err
	}
	w2, err := trainPass(ctx, t, sents, right, opts, rng)
	if err != nil {
		return nil, err
	}
	t.first, t.second = w1, w2
	t.reverse = opts.Reverse
	if opts.Recheck > 0 {
		t.recheck = int32(min(math.Ceil(opts.Recheck/w1.scale), math.MaxInt32))
	}
	logDev(t, opts)
	return t, nil
}

func logDev(t *Tagger, opts TrainOptions) {
	if len(opts.Dev) > 0 {
		m := Evaluate(t, opts.Dev)
		fmt.Fprintf(opts.Log, "tag: dev upos %.4f xpos %.4f\n", m.UPOS, m.XPOS)
	}
}

// trainPass trains the weights of one pass. right holds the first-pass
// tags of each sentence for a second pass, or is nil.
func trainPass(ctx context.Context, t *Tagger, sents []trainSent, right [][]int16, opts TrainOptions, rng *rand.Rand) (*weights, error) {
	nl := len(t.labels)
	var rightOf func(int) []int16
	if right != nil {
		rightOf = func(i int) []int16 { return right[i] }
	} else {
		rightOf = func(int) []int16 { return nil }
	}
	// Feature set: every key produced with gold history, seen often enough.
	sc := &scratch{}
	counts := map[uint64]int32{}
	for si, s := range sents {
		t.prepare(sc, len(s.words), func(i int) string { return s.words[i] })
		copy(sc.tags, s.labels)
		for i := range s.words {
			if sc.toks[i].fixed >= 0 {
				continue
			}
			n := features(sc.keys[:], sc.toks, sc.tags, rightOf(si), i, !t.lex.Empty())
			for _, k := range sc.keys[:n] {
				counts[k]++
			}
		}
	}
	var keys []uint64
	for k, c := range counts {
		if int(c) >= opts.MinFeatCount {
			keys = append(keys, k)
		}
	}
	counts = nil
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	featIdx := hashtab.New(len(keys))
	for i, k := range keys {
		featIdx.Put(k, int32(i))
	}

	var sum []float64 // averaged weights summed over the ensemble runs
	for run := 0; run < max(opts.Ensemble, 1); run++ {
		p := &perceptron{nl: nl, w: make([]float32, len(keys)*nl), wa: make([]float64, len(keys)*nl)}
		order := make([]int, len(sents))
		for i := range order {
			order[i] = i
		}
		scores := make([]float32, nl)
		rows := make([]int32, maxFeats)
		for epoch := 1; epoch <= opts.Epochs; epoch++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			correct, total := 0, 0
			for _, si := range order {
				s := sents[si]
				r := rightOf(si)
				t.prepare(sc, len(s.words), func(i int) string { return s.words[i] })
				for i := range s.words {
					gold := s.labels[i]
					if f := sc.toks[i].fixed; f >= 0 {
						sc.tags[i] = f
						continue
					}
					n := features(sc.keys[:], sc.toks, sc.tags, r, i, !t.lex.Empty())
					m := 0
					for _, k := range sc.keys[:n] {
						if r := featIdx.Get(k); r >= 0 {
							rows[m] = r
							m++
						}
					}
					pred := p.predict(rows[:m], scores)
					p.c++
					if pred != gold {
						p.update(rows[:m], gold, pred)
					} else {
						correct++
					}
					total++
					sc.tags[i] = pred
				}
			}
			fmt.Fprintf(opts.Log, "tag: pass %d epoch %d: %d features, train acc %.4f\n", 1+min(len(right), 1), epoch, len(keys), float64(correct)/float64(max(total, 1)))
		}
		if sum == nil {
			sum = make([]float64, len(p.w))
		}
		for i := range sum {
			sum[i] += float64(p.w[i]) - p.wa[i]/math.Max(p.c, 1)
		}
	}
	for i := range sum {
		sum[i] /= float64(max(opts.Ensemble, 1))
	}
	return finish(sum, nl, keys, opts.MinWeight), nil
}

type perceptron struct {
	nl int
	w  []float32 // current weights, feature-major
	wa []float64 // sum of c*delta, for averaging
	c  float64   // number of predictions made
}

func (p *perceptron) predict(rows []int32, scores []float32) int16 {
	clear(scores)
	for _, r := range rows {
		w := p.w[int(r)*p.nl : int(r)*p.nl+p.nl]
		for c, x := range w {
			scores[c] += x
		}
	}
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return int16(best)
}

func (p *perceptron) update(rows []int32, gold, pred int16) {
	for _, r := range rows {
		g := int(r)*p.nl + int(gold)
		b := int(r)*p.nl + int(pred)
		p.w[g]++
		p.wa[g] += p.c
		p.w[b]--
		p.wa[b] -= p.c
	}
}

// finish turns the averaged weights into a pass, dropping weights below
// minWeight and rounding the rest to a 16-bit grid.
func finish(sum []float64, nl int, keys []uint64, minWeight float64) *weights {
	avg := func(i int) float64 { return sum[i] }
	p := struct {
		w  []float64
		nl int
	}{sum, nl}
	var maxAbs float64
	for i := range p.w {
		maxAbs = math.Max(maxAbs, math.Abs(avg(i)))
	}
	w := &weights{scale: maxAbs / 32767}
	if w.scale == 0 {
		w.scale = 1
	}
	minQ := math.Max(1, math.Round(minWeight/w.scale))
	w.start = []uint32{0}
	for f, k := range keys {
		n0 := len(w.ent)
		for c := 0; c < p.nl; c++ {
			q := math.Round(avg(f*p.nl+c) / w.scale)
			if math.Abs(q) >= minQ {
				w.ent = append(w.ent, uint32(c)|uint32(int32(q)<<8))
			}
		}
		if len(w.ent) > n0 {
			w.keys = append(w.keys, k)
			w.start = append(w.start, uint32(len(w.ent)))
		}
	}
	w.index()
	return w
}

// buildLexicon fills the ambiguity classes, the tag dictionary and the
// label candidates of frequent words.
func buildLexicon(t *Tagger, sents []trainSent, opts TrainOptions) {
	nl := len(t.labels)
	lower := map[uint64][]int32{}
	form := map[string][]int32{}
	for _, s := range sents {
		for i, w := range s.words {
			h := lowerHash(w)
			if lower[h] == nil {
				lower[h] = make([]int32, nl)
			}
			lower[h][s.labels[i]]++
			if form[w] == nil {
				form[w] = make([]int32, nl)
			}
			form[w][s.labels[i]]++
		}
	}
	// Ambiguity class: the set of labels that make up at least 5% of a
	// word's occurrences, interned in sorted order of the set's spelling.
	classOf := map[uint64]string{}
	classes := map[string]bool{}
	for h, cnt := range lower {
		total := 0
		for _, c := range cnt {
			total += int(c)
		}
		if total < opts.AmbMinCount {
			continue
		}
		var b strings.Builder
		for l, c := range cnt {
			if float64(c) >= 0.05*float64(total) {
				fmt.Fprintf(&b, "%d,", l)
			}
		}
		classOf[h] = b.String()
		classes[b.String()] = true
	}
	names := make([]string, 0, len(classes))
	for c := range classes {
		names = append(names, c)
	}
	sort.Strings(names)
	id := map[string]int32{}
	for i, c := range names {
		id[c] = int32(i + 1)
	}
	// The lexicon holds ambiguity class | word classes<<24 per word.
	lex := map[uint64]int32{}
	for h, c := range classOf {
		lex[h] = id[c]
	}
	for w, c := range opts.WordClasses {
		h := lowerHash(w)
		lex[h] |= int32(c&0x3f) << 24
	}
	t.amb = hashtab.New(len(lex))
	for h, v := range lex {
		t.amb.Put(h, v)
	}
	t.lex = hashtab.Table{}
	if len(opts.Lexicon) > 0 {
		t.lex = hashtab.New(len(opts.Lexicon))
		for w, c := range opts.Lexicon {
			t.lex.Put(lowerHash(w), int32(c))
		}
	}
	var dict []struct {
		h uint64
		l int32
	}
	for w, cnt := range form {
		total, best := 0, 0
		for l, c := range cnt {
			total += int(c)
			if c > cnt[best] {
				best = l
			}
		}
		if total >= opts.DictMinCount && float64(cnt[best]) >= opts.DictMinShare*float64(total) {
			dict = append(dict, struct {
				h uint64
				l int32
			}{formHash(w), int32(best)})
		}
	}
	t.tagdict = hashtab.New(len(dict))
	for _, d := range dict {
		t.tagdict.Put(d.h, d.l)
	}
	byForm := make(map[uint64][]int32, len(form))
	for w, cnt := range form {
		byForm[formHash(w)] = cnt
	}
	nc := buildCands(t, byForm, opts.CandMinCount)
	fmt.Fprintf(opts.Log, "tag: %d ambiguity classes over %d words, %d words in the tag dictionary, %d with label candidates\n", len(names), len(classOf), len(dict), nc)
}

// buildCands fills t.cands and t.candSets: every word seen at least
// minCount times in training, in the same case (counts by label in
// counts, keyed by formHash), may only take the labels it was seen with.
// The case matters: "Media" in "Abu Dhabi Media" is a name, which "media"
// never is. On EWT dev (train-only models) this costs nothing from 20
// occurrences up and takes 60% of the scored words, whose dense rows are
// then summed over four packed words on average instead of all 52.
// It returns the number of such words.
func buildCands(t *Tagger, counts map[uint64][]int32, minCount int) int {
	t.cands, t.candSets = hashtab.Table{}, nil
	if minCount < 0 || len(t.labels) > 128 {
		return 0
	}
	setID := map[[2]uint64]int32{}
	words := map[uint64]int32{}
	for h, cnt := range counts {
		var m [2]uint64
		total := 0
		for l, c := range cnt {
			total += int(c)
			if c > 0 {
				m[l/64] |= 1 << (l % 64)
			}
		}
		if total < minCount {
			continue
		}
		id, ok := setID[m]
		if !ok {
			id = int32(len(setID) + 1)
			setID[m] = id
		}
		words[h] = id
	}
	// Number the sets in a fixed order: the same data gives the same model.
	sets := make([][2]uint64, 0, len(setID))
	for m := range setID {
		sets = append(sets, m)
	}
	slices.SortFunc(sets, func(a, b [2]uint64) int {
		if c := cmp.Compare(a[1], b[1]); c != 0 {
			return c
		}
		return cmp.Compare(a[0], b[0])
	})
	renum := map[int32]int32{}
	for i, m := range sets {
		renum[setID[m]] = int32(i + 1)
	}
	t.cands = hashtab.New(len(words))
	for h, id := range words {
		t.cands.Put(h, renum[id])
	}
	t.setCands(sets)
	return len(words)
}

// maybeReverse returns sents with their words in reverse order if rev is
// set, and sents itself otherwise.
func maybeReverse(sents []trainSent, rev bool) []trainSent {
	if !rev {
		return sents
	}
	out := make([]trainSent, len(sents))
	for i, s := range sents {
		out[i] = trainSent{orig: s.orig, words: slices.Clone(s.words), labels: slices.Clone(s.labels)}
		slices.Reverse(out[i].words)
		slices.Reverse(out[i].labels)
	}
	return out
}

func recase(s trainSent, f func(string) string) trainSent {
	out := trainSent{orig: s.orig, words: make([]string, len(s.words)), labels: s.labels}
	for i, w := range s.words {
		out.words[i] = f(w)
	}
	return out
}

// titleCase capitalises the first letter of words as headline writers do,
// leaving short function words alone.
func titleCase(w string) string {
	switch strings.ToLower(w) {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from":
		return w
	}
	r, sz := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[sz:]
}
