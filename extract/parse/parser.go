package parse

import (
	_ "embed"
	"io"
	"math"
	"math/bits"
	"slices"
	"sync"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/modelio"
)

// modelFile is the embedded model, trained by `go run ./cmd/kg-train parse`.
//
//go:embed model.gz
var modelFile []byte

// ModelName is the file name of the embedded model inside this package.
const ModelName = "model.gz"

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels []string // dependency relations, index = label id
	root   int      // label id of "root"
	vocab  *hashSet // words seen often enough in training; others are shapes
	w      *weights
	cands  *candTable // labels allowed per (head UPOS, dependent UPOS, direction)
	pool   sync.Pool  // *scratch

	// fast is the fast model, nil if none: a perceptron trained alongside
	// w on the first fastFeats features only, which decides a
	// configuration alone when its best legal class leads the next by at
	// least fastMargin (fastT in its quantised units); w decides the
	// others. See TrainOptions.FastMargin.
	fast       *weights
	fastMargin float32
	fastT      int32

	beam    int   // width of the beam search, ≤ 1 for greedy decoding; see SetBeam
	beamCut int64 // beam pruning margin in quantised score units, 0 for none; see SetBeamMargin

	// reverse says the model reads sentences from right to left: Parse
	// reverses the tokens, parses and puts them back (TrainOptions.Reverse).
	reverse bool
}

// scratch holds the buffers one Parse call needs, reused across calls.
type scratch struct {
	st     state
	a      attrs
	f      [maxFeats]uint64
	scores [256]int32 // by class
	words  []uint8    // packed dense-row words holding the candidate classes
	beam   *beam[int64]
}

// Default returns the parser built from the embedded model. The model is
// decoded once, on first use; later calls return the same parser.
func Default() (*Parser, error) { return loadDefault() }

var loadDefault = modelio.Embedded("parse model "+ModelName, modelFile, Load)

// beamFile is the embedded model trained with a beam, by `go run
// ./cmd/kg-train parse --with-dev --beam 16 --ensemble 1 --epochs 19 --out
// extract/parse/beam.gz`.
//
//go:embed beam.gz
var beamFile []byte

// BeamModelName is the file name of the embedded beam model inside this
// package.
const BeamModelName = "beam.gz"

// DefaultBeam returns the parser built from the embedded model trained
// with a beam (see TrainOptions.Beam), pruning at DefaultBeamMargin: more
// accurate than Default's and slower, for ParseBeam. The model is decoded
// once, on first use.
func DefaultBeam() (*Parser, error) { return loadBeam() }

var loadBeam = modelio.Embedded("parse model "+BeamModelName, beamFile, loadPruned)

// loadPruned is Load for a beam model whose beam is pruned at
// DefaultBeamMargin.
func loadPruned(r io.Reader) (*Parser, error) {
	p, err := Load(r)
	if err == nil {
		p.SetBeamMargin(DefaultBeamMargin)
	}
	return p, err
}

// Labels returns the dependency relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Features returns the number of features in the weight table.
func (p *Parser) Features() int { return p.w.nfeat }

func (p *Parser) nclass() int { return 1 + 2*len(p.labels) }

func (p *Parser) getScratch() *scratch {
	if sc, ok := p.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{words: make([]uint8, 0, p.nclass()/2+1)}
}

// Parse sets Head (1-based, 0 for the root) and Deprel of every token of s
// in place. It reads the tokens' Text, UPOS and XPOS, so s should be tagged
// first. The result is always a single-rooted projective tree.
func (p *Parser) Parse(s *nlp.Sentence) { p.ParseBeam(s, p.beam) }

// ParseBeam parses s as Parse does, with a beam of width k (at most
// MaxBeam) whatever the width the parser was set to; k ≤ 1 decodes
// greedily. It lets one parser serve callers that want different widths.
func (p *Parser) ParseBeam(s *nlp.Sentence, k int) {
	if p.reverse {
		reverseTokens(s.Tokens)
	}
	if k > 1 {
		p.parseBeam(s, min(k, MaxBeam))
	} else {
		p.parseTransitions(s, nil)
	}
	if p.reverse {
		reverseTokens(s.Tokens)
	}
	punctLeaves(s.Tokens)
}

// Reverse reports whether the parser reads sentences from right to left
// (TrainOptions.Reverse).
func (p *Parser) Reverse() bool { return p.reverse }

// reverseTokens reverses the order of ts in place and renumbers the heads
// that are set (those above 0) to point at the same tokens.
func reverseTokens(ts []nlp.Token) {
	slices.Reverse(ts)
	n := len(ts)
	for i := range ts {
		if h := ts[i].Head; h > 0 && h <= n {
			ts[i].Head = n + 1 - h
		}
	}
}

// SetFastMargin sets the margin above which the fast model decides alone
// (TrainOptions.FastMargin); a very large margin turns the fast model off.
// It is not safe to call while the parser is in use.
func (p *Parser) SetFastMargin(m float32) {
	p.fastMargin = m
	if p.fast != nil {
		p.fastT = int32(min(float64(m)/float64(p.fast.scale), math.MaxInt32))
	}
}

// FastShare parses copies of sents and returns the share of the parser's
// decisions the fast model took alone.
func (p *Parser) FastShare(sents []nlp.Sentence) float64 {
	var n [2]int
	for i := range sents {
		s := nlp.Sentence{Tokens: slices.Clone(sents[i].Tokens)}
		if p.reverse {
			reverseTokens(s.Tokens)
		}
		p.parseTransitions(&s, &n)
	}
	return float64(n[0]) / float64(max(n[0]+n[1], 1))
}

// parseTransitions sets the tree the transition system builds. If count
// is not nil, count[0] counts the decisions of the fast model and
// count[1] those of the full one.
func (p *Parser) parseTransitions(s *nlp.Sentence, count *[2]int) {
	toks := s.Tokens
	if len(toks) == 0 {
		return
	}
	sc := p.getScratch()
	st, a := &sc.st, &sc.a
	a.set(toks, p.vocab)
	st.reset(len(toks))
	nlab := len(p.labels)
	st.run(p.root, nlab, func() int {
		mL, mR := p.allowed(st, a)
		words := candWords(sc.words[:0], st, nlab, mL, mR)
		part := featAll
		if p.fast != nil {
			extract(st, a, &sc.f, featFast)
			part = featRest
			p.fast.scoreSome(sc.f[:fastFeats], &sc.scores, words)
			if c, margin := bestLegalMargin(sc.scores[:], st, nlab, mL, mR); margin >= float64(p.fastT) {
				if count != nil {
					count[0]++
				}
				return c
			}
		}
		if count != nil {
			count[1]++
		}
		k := extract(st, a, &sc.f, part)
		p.w.scoreSome(sc.f[:k], &sc.scores, words)
		return bestLegal(sc.scores[:], st, nlab, mL, mR)
	})
	st.write(toks, p.labels)
	p.pool.Put(sc)
}

// punctLeaves hangs a word the parser attached to a punctuation mark on
// the mark's own head: punctuation has no dependents in UD, and a word
// under a comma ("The Italian foreign minister, Luigi Di Maio," with the
// name under the second comma) is lost to every rule that reads the tree.
// On EWT dev (train-only models) 91 words hang on a mark: the
// grandparent is right for 16 of them, the mark for 8. The grandparent
// dominates the word already, so the tree stays single-rooted and
// projective.
func punctLeaves(toks []nlp.Token) {
	for i := range toks {
		h := toks[i].Head
		if h <= 0 || toks[h-1].UPOS != "PUNCT" {
			continue
		}
		if g := toks[h-1].Head; g > 0 && g != i+1 {
			toks[i].Head = g
		}
	}
}

// allowed returns the labels the parser considers for the LEFT arc
// b0 → s0 and the RIGHT arc s1 → s0 of st: those training saw between
// tokens with the same coarse tags in the same direction (all labels for
// unseen tag pairs), never root.
func (p *Parser) allowed(st *state, a *attrs) (left, right uint64) {
	all := labelMask(len(p.labels), p.root)
	if p.cands == nil {
		return all, all
	}
	s0 := st.s(0)
	if st.canLeft() {
		if left = p.cands.get(candKey(a.u[st.b], a.u[s0], dirLeft)) & all; left == 0 {
			left = all
		}
	}
	if st.canRight() {
		if right = p.cands.get(candKey(a.u[st.s(1)], a.u[s0], dirRight)) & all; right == 0 {
			right = all
		}
	}
	return left, right
}

// candWords appends to words the indices of the packed words (two classes
// each, see weights) that hold the classes bestLegal considers in st, in
// increasing order without repeats.
func candWords(words []uint8, st *state, nlab int, mL, mR uint64) []uint8 {
	add := func(c int) {
		q := uint8(c / 2)
		if n := len(words); n == 0 || words[n-1] != q {
			words = append(words, q)
		}
	}
	if st.canShift() {
		add(actShift)
	}
	if st.canLeft() {
		for m := mL; m != 0; m &= m - 1 {
			add(1 + bits.TrailingZeros64(m))
		}
	}
	if st.canRight() {
		for m := mR; m != 0; m &= m - 1 {
			add(1 + nlab + bits.TrailingZeros64(m))
		}
	}
	return words
}

// labelMask is the set of labels an arc may take: all but root.
func labelMask(nlab, root int) uint64 {
	m := ^uint64(0)
	if nlab < 64 {
		m = 1<<nlab - 1
	}
	return m &^ (1 << root)
}

// bestLegal returns the highest-scoring class that is legal in st, the
// first on ties, among SHIFT, LEFT with a label in mL and RIGHT with a
// label in mR. If no class qualifies (a model whose only label is root),
// it returns the first legal arc with label 0.
func bestLegal[T int32 | float32](scores []T, st *state, nlab int, mL, mR uint64) int {
	best := -1
	var bs T
	if st.canShift() {
		best, bs = actShift, scores[actShift]
	}
	if st.canLeft() {
		for m := mL; m != 0; m &= m - 1 {
			if c := 1 + bits.TrailingZeros64(m); best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	if st.canRight() {
		for m := mR; m != 0; m &= m - 1 {
			if c := 1 + nlab + bits.TrailingZeros64(m); best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	if best < 0 {
		best = 1
		if !st.canLeft() {
			best = 1 + nlab
		}
	}
	return best
}

// bestLegalMargin is bestLegal for int32 scores, with the lead of the best
// class over the second (+Inf when only one class is legal).
func bestLegalMargin(scores []int32, st *state, nlab int, mL, mR uint64) (int, float64) {
	best := bestLegal(scores, st, nlab, mL, mR)
	bs := scores[best]
	second, n := int64(math.MinInt64), 0
	if st.canShift() && best != actShift {
		second, n = int64(scores[actShift]), 1
	}
	if st.canLeft() {
		for m := mL; m != 0; m &= m - 1 {
			if c := 1 + bits.TrailingZeros64(m); c != best {
				second, n = max(second, int64(scores[c])), n+1
			}
		}
	}
	if st.canRight() {
		for m := mR; m != 0; m &= m - 1 {
			if c := 1 + nlab + bits.TrailingZeros64(m); c != best {
				second, n = max(second, int64(scores[c])), n+1
			}
		}
	}
	if n == 0 {
		return best, math.Inf(1)
	}
	return best, float64(int64(bs) - second)
}

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	return decode(r)
}

// Save writes the parser's model to w (gzip-compressed binary).
func (p *Parser) Save(w io.Writer) error {
	return encode(w, p)
}
