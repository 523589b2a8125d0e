package tag

import (
	"math/bits"
	"slices"
	"sync"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// Label is one joint tag: a Universal POS tag and the Penn Treebank tag
// it goes with in the training data.
type Label struct {
	UPOS, XPOS string
}

// Tagger is an averaged-perceptron tagger over joint UPOS+XPOS labels. It
// tags in one or two greedy passes: the second pass sees the tags the
// first pass chose for the words to the right and re-tags the words the
// first pass was least sure of. It is safe for
// concurrent use: per-call scratch space comes from a sync.Pool. Make one
// with Default, Load or Train; the zero value is not usable.
type Tagger struct {
	labels []Label

	first  *weights // pass 1, nil for a one-pass tagger
	second *weights // the final pass

	// recheck is the pass-1 score margin (in pass-1 weight units) below
	// which the second pass re-tags a position; 0 means every position.
	recheck int32
	// reverse is set when pass 1 tags right to left, so that the second
	// pass sees tags to the right that were chosen knowing their own
	// right context.
	reverse bool

	amb     hashtab.Table // lower-cased word hash -> ambiguity class id | word classes<<24
	tagdict hashtab.Table // exact word hash -> label for frequent unambiguous words
	lex     hashtab.Table // lower-cased word hash -> lexicon classes (Lex* bits), from WordNet

	// cands maps the formHash of a word seen often in training
	// (TrainOptions.CandMinCount) to the labels it was seen with, as an
	// index from 1 into candSets; such a word is only scored, and only
	// tagged, with those labels. Other words may take any label.
	cands    hashtab.Table
	candSets []candSet

	pool sync.Pool
}

// weights are the sparse averaged weights of one pass, rounded to 16-bit
// integers (stored in 24 bits) with one scale.
type weights struct {
	keys  []uint64 // feature keys in increasing order; row i is keys[i]
	start []uint32 // row i holds ent[start[i]:start[i+1]]
	ent   []uint32 // label | weight<<8 (weight a signed 24-bit integer)
	scale float64  // weight = int24 * scale

	// slots is the lookup index: an open-addressing table whose non-zero
	// entries are fingerprint<<32 | start<<8 | count, or fingerprint<<32 |
	// row<<8 for a row with more than denseMin entries, stored as dense
	// row number row (from 1) instead.
	slots []uint64
	mask  uint64

	// dense holds the long rows, nwords words each, after an unused row
	// 0: two labels per uint64 as 32-bit lanes holding weight+denseBias,
	// so that one add updates two scores; lanes do not carry into each
	// other (a lane sums at most maxFeats values below 1<<16). The words
	// are padded to a multiple of 4 with bias-only lanes.
	dense  []uint64
	nwords int
}

// candSet is a set of labels a word may take: the bit mask, and the
// packed dense-row words (labels 2q and 2q+1 in word q) that hold them.
type candSet struct {
	mask  [2]uint64
	words []uint8
}

// setCands sets t.candSets from label masks.
func (t *Tagger) setCands(masks [][2]uint64) {
	t.candSets = make([]candSet, len(masks))
	for i, m := range masks {
		cs := &t.candSets[i]
		cs.mask = m
		for l := range 128 {
			if m[l/64]>>(l%64)&1 != 0 {
				if q := uint8(l / 2); len(cs.words) == 0 || cs.words[len(cs.words)-1] != q {
					cs.words = append(cs.words, q)
				}
			}
		}
	}
}

// maxEntries bounds the entries of one pass so that start fits 24 bits.
const maxEntries = 1 << 24

// Rows longer than denseMin entries are summed as packed dense rows, four
// words (eight labels) an add pass; below that the sparse entries cost
// less (BenchmarkTag: 8 and 1000 were slower than 16, 24 and 32).
const (
	denseMin  = 16
	denseBias = 1 << 15
)

// index builds w.slots from keys and start, and the dense rows.
func (w *weights) index() {
	size := 16
	for size < 2*len(w.keys) {
		size <<= 1
	}
	w.slots = make([]uint64, size)
	w.mask = uint64(size - 1)
	nl := 0
	for _, e := range w.ent {
		nl = max(nl, int(e&0xff)+1)
	}
	w.nwords = (nl + 7) / 8 * 4
	w.dense = make([]uint64, w.nwords) // row 0: unused
	ndense := 0
	for r, k := range w.keys {
		fp := uint64(uint32(k>>32) | 1)
		v := fp<<32 | uint64(w.start[r])<<8 | uint64(w.start[r+1]-w.start[r])
		if ent := w.ent[w.start[r]:w.start[r+1]]; len(ent) > denseMin && ndense+1 < 1<<24 {
			if row, ok := packRow(ent, w.nwords); ok {
				ndense++
				v = fp<<32 | uint64(ndense)<<8
				w.dense = append(w.dense, row...)
			}
		}
		for i := k & w.mask; ; i = (i + 1) & w.mask {
			if w.slots[i] == 0 {
				w.slots[i] = v
				break
			}
		}
	}
}

// packRow returns the entries ent as a dense row of nwords words, or false
// if a label's weight is outside the 16 bits a lane may hold.
func packRow(ent []uint32, nwords int) ([]uint64, bool) {
	vals := make([]int64, 2*nwords)
	for _, e := range ent {
		vals[e&0xff] += int64(int32(e) >> 8)
	}
	row := make([]uint64, nwords)
	for c, v := range vals {
		if v < -denseBias || v >= denseBias {
			return nil, false
		}
		row[c/2] |= uint64(v+denseBias) << (32 * (c & 1))
	}
	return row, true
}

// score adds the weights of the features keys (at most maxFeats) to
// scores. If words is not nil, the dense rows are added for the packed
// words words only (labels 2q and 2q+1 for each q), and the scores of
// other labels are incomplete.
//
// The first probes of all keys are loaded in a pass with no data-dependent
// branches, so that their cache misses overlap.
func (w *weights) score(keys []uint64, scores *[256]int32, words []uint8) {
	slots, mask := w.slots, w.mask
	var (
		first [maxFeats]uint64
		runs  [maxFeats]uint32 // start<<8 | count of the sparse rows found
		rows  [maxFeats]uint32 // dense rows found
	)
	keys = keys[:min(len(keys), maxFeats)]
	for j, k := range keys {
		first[j] = slots[k&mask]
	}
	n, nd := 0, 0
	for j, k := range keys {
		fp := uint32(k>>32) | 1
		s := first[j]
		for i := k & mask; s != 0 && uint32(s>>32) != fp; {
			i = (i + 1) & mask
			s = slots[i]
		}
		switch {
		case s == 0:
		case s&0xff != 0:
			runs[n] = uint32(s)
			n++
		case s>>8&0xffffff != 0:
			rows[nd] = uint32(s>>8&0xffffff) * uint32(w.nwords)
			nd++
		}
	}
	addRuns(scores, w.ent, runs[:n])
	switch {
	case nd == 0:
	case words == nil:
		addDense(scores, w.dense, rows[:nd], w.nwords)
	default:
		addDenseWords(scores, w.dense, rows[:nd], words, w.nwords)
	}
}

// addDenseWords adds to scores the packed words words of the dense rows
// starting at offsets rows of dense, nwords words each (words beyond hold
// labels without dense weights).
func addDenseWords(scores *[256]int32, dense []uint64, rows []uint32, words []uint8, nwords int) {
	bias := int64(len(rows)) * denseBias
	sc := scores[:]
	for _, q := range words {
		if int(q) >= nwords {
			break
		}
		var a uint64
		for _, off := range rows {
			a += dense[int(off)+int(q)]
		}
		c := 2 * int(q)
		sc[uint8(c)] += int32(int64(a&0xffffffff) - bias)
		sc[uint8(c+1)] += int32(int64(a>>32) - bias)
	}
}

// addDense adds to scores the packed dense rows starting at offsets rows
// of dense, nwords (a multiple of 4) words each.
//
//go:noinline
func addDense(scores *[256]int32, dense []uint64, rows []uint32, nwords int) {
	bias := int64(len(rows)) * denseBias
	sc := scores[:]
	for q := 0; q+3 < nwords && q+3 < 128; q += 4 {
		var a0, a1, a2, a3 uint64
		for _, off := range rows {
			d := (*[4]uint64)(dense[int(off)+q:])
			a0 += d[0]
			a1 += d[1]
			a2 += d[2]
			a3 += d[3]
		}
		for j, a := range [4]uint64{a0, a1, a2, a3} {
			c := 2 * (q + j)
			sc[uint8(c)] += int32(int64(a&0xffffffff) - bias)
			sc[uint8(c+1)] += int32(int64(a>>32) - bias)
		}
	}
}

// addRuns adds to scores the entries of the rows runs (start<<8 | count).
// It is kept out of line: inlined, its loop spills registers.
//
//go:noinline
func addRuns(scores *[256]int32, ent []uint32, runs []uint32) {
	sc := scores[:] // one nil check, not one per entry
	for _, r := range runs {
		lo := r >> 8
		for _, e := range ent[lo : lo+r&0xff] {
			sc[uint8(e)] += int32(e) >> 8
		}
	}
}

type scratch struct {
	toks   []tokFeats
	tags   []int16
	right  []int16
	margin []int32
	keys   [maxFeats]uint64
	scores [256]int32 // by label
}

// Labels returns the joint labels the tagger predicts, in id order.
func (t *Tagger) Labels() []Label { return t.labels }

// LexClasses returns the lexicon classes (the Lex* bits) of word, read in
// lower case, from the WordNet lexicon the tagger carries; 0 for a word
// the lexicon lacks or a tagger without one.
func (t *Tagger) LexClasses(word string) uint16 {
	return uint16(max(t.lex.Get(lowerHash(word)), 0))
}

// CommonWord reports whether WordNet writes word in lower case: a common
// noun ("newcomer", "theater") or a verb, adjective or adverb lemma; the
// lexicon gives inflected forms ("motors") only their inflection. Names
// that are also words ("Stone", "Hope") are common words too.
func (t *Tagger) CommonWord(word string) bool {
	return t.LexClasses(word)&(LexCommon|LexVerb|LexAdj|LexAdv) != 0
}

// LowerOnly reports whether WordNet writes word in lower case and never
// with a capital ("electric", "accident"; not "grant", a name too).
func (t *Tagger) LowerOnly(word string) bool {
	c := t.LexClasses(word)
	return c&(LexCommon|LexVerb|LexAdj|LexAdv) != 0 && c&LexProper == 0
}

// FrequentWord reports whether word is a common word of everyday text:
// WordNet writes it in lower case and counts it in its sense-tagged texts
// ("star", "bill", "will"; not "xi", "lee", the Greek letter and the
// screen of a sail).
func (t *Tagger) FrequentWord(word string) bool {
	c := t.LexClasses(word)
	return c&(LexCommon|LexVerb|LexAdj|LexAdv) != 0 && c&LexTagged != 0
}

// CommonNoun reports whether WordNet writes word in lower case as a noun
// and uses it mostly as one ("newcomer"; not "motley", mostly an
// adjective, nor "Paris").
func (t *Tagger) CommonNoun(word string) bool {
	c := t.LexClasses(word)
	return c&LexCommon != 0 && (c&LexTagged == 0 || c>>lexMostShift&3 == lexMostNoun)
}

func (t *Tagger) getScratch() *scratch {
	if s, ok := t.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

// prepare fills the per-token features of words.
func (t *Tagger) prepare(sc *scratch, n int, word func(int) string) {
	if cap(sc.toks) < n {
		sc.toks = make([]tokFeats, n+n/2)
		sc.tags = make([]int16, n+n/2)
		sc.right = make([]int16, n+n/2)
		sc.margin = make([]int32, n+n/2)
	}
	sc.toks = sc.toks[:n]
	sc.tags = sc.tags[:n]
	sc.right = sc.right[:n]
	sc.margin = sc.margin[:n]
	for i := 0; i < n; i++ {
		w := word(i)
		tf := &sc.toks[i]
		tf.fill(w)
		v := uint64(max(t.amb.Get(tf.lower), 0))
		tf.amb, tf.gaz = v&0xffffff, v>>24
		tf.lex = uint64(max(t.lex.Get(tf.lower), 0))
		tf.fixed = int16(t.tagdict.Get(tf.form)) // tf.form is formHash(w)
		tf.aux = auxClass(tf.lower)
		tf.cand = max(t.cands.Get(tf.form), 0)
	}
}

// pass tags every position left to right with w; right holds the previous
// pass's tags or is nil. With right set and t.recheck > 0 it re-tags only
// the positions whose pass-1 margin in sc.margin is below t.recheck.
func (t *Tagger) pass(sc *scratch, w *weights, right []int16) {
	nl := len(t.labels)
	scores := sc.scores[:nl]
	for i := range sc.toks {
		if f := sc.toks[i].fixed; f >= 0 {
			sc.tags[i] = f
			sc.margin[i] = 1 << 30
			continue
		}
		if right != nil && t.recheck > 0 && sc.margin[i] >= t.recheck {
			continue
		}
		n := features(sc.keys[:], sc.toks, sc.tags, right, i, !t.lex.Empty())
		clear(scores)
		var best int
		var margin int32
		if c := sc.toks[i].cand; c > 0 {
			cs := &t.candSets[c-1]
			w.score(sc.keys[:n], &sc.scores, cs.words)
			best, margin = bestOf(scores, cs.mask)
		} else {
			w.score(sc.keys[:n], &sc.scores, nil)
			best, margin = bestAll(scores)
		}
		sc.tags[i] = int16(best)
		sc.margin[i] = margin
	}
}

// bestAll returns the best-scoring label, the first on ties, and its lead
// over the second.
func bestAll(scores []int32) (int, int32) {
	best, second := 0, int32(-1<<31)
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			second = scores[best]
			best = c
		} else if scores[c] > second {
			second = scores[c]
		}
	}
	return best, scores[best] - second
}

// bestOf is bestAll over the labels in mask (at least one).
func bestOf(scores []int32, mask [2]uint64) (int, int32) {
	best, bs, second := -1, int32(0), int32(-1<<31)
	for h, m := range mask {
		for ; m != 0; m &= m - 1 {
			c := 64*h + bits.TrailingZeros64(m)
			switch {
			case best < 0:
				best, bs = c, scores[c]
			case scores[c] > bs:
				second = bs
				best, bs = c, scores[c]
			case scores[c] > second:
				second = scores[c]
			}
		}
	}
	if second == -1<<31 {
		return best, 1 << 30 // the only candidate
	}
	return best, bs - second
}

// run tags the prepared sentence in sc.tags.
func (t *Tagger) run(sc *scratch) {
	if t.first != nil {
		if t.reverse {
			slices.Reverse(sc.toks)
			t.pass(sc, t.first, nil)
			slices.Reverse(sc.toks)
			slices.Reverse(sc.tags)
			slices.Reverse(sc.margin)
		} else {
			t.pass(sc, t.first, nil)
		}
		copy(sc.right, sc.tags)
		t.pass(sc, t.second, sc.right)
		return
	}
	t.pass(sc, t.second, nil)
}

// Tag sets Token.UPOS and Token.XPOS of every token of s from Token.Text.
func (t *Tagger) Tag(s *nlp.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	sc := t.getScratch()
	toks := s.Tokens
	t.prepare(sc, len(toks), func(i int) string { return toks[i].Text })
	t.run(sc)
	for i := range toks {
		l := &t.labels[sc.tags[i]]
		toks[i].UPOS = l.UPOS
		toks[i].XPOS = l.XPOS
	}
	t.pool.Put(sc)
}

// TagWords returns the labels of a sentence given as words.
func (t *Tagger) TagWords(words []string) []Label {
	out := make([]Label, len(words))
	if len(words) == 0 {
		return out
	}
	sc := t.getScratch()
	t.prepare(sc, len(words), func(i int) string { return words[i] })
	t.run(sc)
	for i := range words {
		out[i] = t.labels[sc.tags[i]]
	}
	t.pool.Put(sc)
	return out
}
