package tag

import (
	"sync"

	"github.com/kg-project/kg/extract/nlp"
)

// Label is one joint tag: a Universal POS tag and the Penn Treebank tag
// it goes with in the training data.
type Label struct {
	UPOS, XPOS string
}

// Tagger is a greedy left-to-right averaged-perceptron tagger over joint
// UPOS+XPOS labels. It is safe for concurrent use: per-call scratch space
// comes from a sync.Pool.
type Tagger struct {
	labels []Label

	feats table    // feature key -> row
	start []uint32 // row r holds entries start[r]:start[r+1]
	cls   []uint8  // entry label
	w     []float32

	amb     table // lower-cased word hash -> ambiguity class id (>0)
	tagdict table // exact word hash -> label for frequent unambiguous words

	pool sync.Pool
}

type scratch struct {
	toks   []tokFeats
	tags   []int16
	keys   [maxFeats]uint64
	scores []float32
}

// Labels returns the joint labels the tagger predicts, in id order.
func (t *Tagger) Labels() []Label { return t.labels }

func (t *Tagger) getScratch() *scratch {
	if s, ok := t.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, len(t.labels))}
}

// prepare fills the per-token features of words.
func (t *Tagger) prepare(sc *scratch, n int, word func(int) string) {
	if cap(sc.toks) < n {
		sc.toks = make([]tokFeats, n+n/2)
		sc.tags = make([]int16, n+n/2)
	}
	sc.toks = sc.toks[:n]
	sc.tags = sc.tags[:n]
	for i := 0; i < n; i++ {
		w := word(i)
		tf := &sc.toks[i]
		tf.fill(w)
		tf.amb = uint64(max(t.amb.get(tf.lower), 0))
		tf.fixed = int16(t.tagdict.get(formHash(w)))
	}
}

// predict returns the best label of position i given the tags so far.
func (t *Tagger) predict(sc *scratch, i int) int16 {
	if f := sc.toks[i].fixed; f >= 0 {
		return f
	}
	n := features(sc.keys[:], sc.toks, sc.tags, i)
	scores := sc.scores
	clear(scores)
	for _, k := range sc.keys[:n] {
		r := t.feats.get(k)
		if r < 0 {
			continue
		}
		lo, hi := t.start[r], t.start[r+1]
		cls, w := t.cls[lo:hi], t.w[lo:hi]
		for j, c := range cls {
			scores[c] += w[j]
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

// Tag sets Token.UPOS and Token.XPOS of every token of s from Token.Text.
func (t *Tagger) Tag(s *nlp.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	sc := t.getScratch()
	toks := s.Tokens
	t.prepare(sc, len(toks), func(i int) string { return toks[i].Text })
	for i := range toks {
		l := t.predict(sc, i)
		sc.tags[i] = l
		toks[i].UPOS = t.labels[l].UPOS
		toks[i].XPOS = t.labels[l].XPOS
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
	for i := range words {
		l := t.predict(sc, i)
		sc.tags[i] = l
		out[i] = t.labels[l]
	}
	t.pool.Put(sc)
	return out
}
