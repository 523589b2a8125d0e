package parse

import (
	"math/bits"

	"github.com/kg-project/kg/extract/nlp"
)

// Beam search keeps the k best transition sequences of equal length
// instead of one: at every step each hypothesis is scored once, all its
// legal successors compete on the sum of their transition scores, and
// the k best go on. Every arc-hybrid derivation of an n-token sentence
// takes 2n transitions, so the hypotheses finish together. Forced moves
// (SHIFT onto an empty stack, the final LEFT onto the root) add nothing
// to a score, as in greedy decoding. See Parser.SetBeam.

// DefaultBeamMargin is the margin DefaultBeam's parser prunes its beam
// with (SetBeamMargin). Chosen on EWT dev with a beam-16 model trained on
// train alone (LAS / parse time of dev): no margin 83.11 / 1.26 s; 250:
// 83.11 / 1.08 s; 200: 83.20 / 0.95 s; 150: 83.08 / 0.67 s; 100: 82.20
// / 0.39 s. With a beam of 8: none 82.92 / 0.68 s, 150: 82.84 / 0.46 s.
const DefaultBeamMargin = 150

// MaxBeam is the widest beam SetBeam and TrainOptions.Beam accept.
const MaxBeam = 64

// hyp is one hypothesis of the beam: a configuration and its score.
type hyp[S int64 | float64] struct {
	st    state
	score S
	gold  bool // every transition so far is the oracle's (training only)
}

// cand is a successor of hypothesis from by class, with its score.
type cand[S int64 | float64] struct {
	score S
	from  int32
	class int32
}

// pushCand inserts c into cands, kept sorted by decreasing score and at
// most k long, and returns the result. Among equal scores the earlier
// candidate stays ahead, so a beam of one chooses as bestLegal does.
func pushCand[S int64 | float64](cands []cand[S], k int, c cand[S]) []cand[S] {
	n := len(cands)
	if n == k {
		if c.score <= cands[n-1].score {
			return cands
		}
		n--
	} else {
		cands = cands[:n+1]
	}
	i := n
	for i > 0 && c.score > cands[i-1].score {
		i--
	}
	copy(cands[i+1:n+1], cands[i:n])
	cands[i] = c
	return cands
}

// expand pushes onto cands the successors of hypothesis h (number from),
// among the legal classes of its configuration, with the scores in
// scores. It enumerates them in bestLegal's order and falls back on the
// same class when none qualifies.
func expand[S int64 | float64, T int32 | float32](cands []cand[S], k int, h *hyp[S], from int32, scores []T, nlab int, mL, mR uint64) []cand[S] {
	st := &h.st
	legal := 0
	push := func(c int) {
		cands = pushCand(cands, k, cand[S]{h.score + S(scores[c]), from, int32(c)})
		legal++
	}
	if st.canShift() {
		push(actShift)
	}
	if st.canLeft() {
		for m := mL; m != 0; m &= m - 1 {
			push(1 + bits.TrailingZeros64(m))
		}
	}
	if st.canRight() {
		for m := mR; m != 0; m &= m - 1 {
			push(1 + nlab + bits.TrailingZeros64(m))
		}
	}
	if legal == 0 {
		push(bestLegal(scores, st, nlab, 0, 0))
	}
	return cands
}

// forcedClass returns the class of the forced move of st and true, or
// false if st has a choice (see state.run).
func forcedClass(st *state, root int) (int, bool) {
	switch {
	case st.forced():
		return 1 + root, true
	case len(st.stack) == 0:
		return actShift, true
	}
	return 0, false
}

// copyFrom makes st a copy of o, reusing st's buffers.
func (st *state) copyFrom(o *state) {
	st.n, st.b = o.n, o.b
	st.stack = append(st.stack[:0], o.stack...)
	st.head = append(st.head[:0], o.head...)
	st.lab = append(st.lab[:0], o.lab...)
	st.lc1 = append(st.lc1[:0], o.lc1...)
	st.lc2 = append(st.lc2[:0], o.lc2...)
	st.rc1 = append(st.rc1[:0], o.rc1...)
	st.rc2 = append(st.rc2[:0], o.rc2...)
	st.nl = append(st.nl[:0], o.nl...)
	st.nr = append(st.nr[:0], o.nr...)
	st.lset = append(st.lset[:0], o.lset...)
	st.rset = append(st.rset[:0], o.rset...)
}

// beam holds the hypotheses and candidates of one beam search, reused
// across sentences.
type beam[S int64 | float64] struct {
	cur, next []hyp[S]
	cands     []cand[S]
}

// ensure makes room for a beam of width k.
func (b *beam[S]) ensure(k int) {
	if len(b.cur) < k {
		b.cur, b.next = make([]hyp[S], k), make([]hyp[S], k)
		b.cands = make([]cand[S], 0, k)
	}
}

// advance builds the next beam from the candidates: each is a copy of
// its hypothesis with its class applied. It returns the new beam.
func (b *beam[S]) advance(cur []hyp[S], nlab int) []hyp[S] {
	next := b.next[:len(b.cands)]
	for j, c := range b.cands {
		h := &next[j]
		h.st.copyFrom(&cur[c.from].st)
		h.st.apply(int(c.class), nlab)
		h.score = c.score
	}
	b.cur, b.next = b.next, b.cur
	return next
}

// SetBeam sets the width of the beam Parse searches with: k ≤ 1 decodes
// greedily (with the fast model, if any), k > 1 keeps the k best
// transition sequences and scores them with the full model alone. A
// model trained with a beam saves its width and decodes with it after
// Load. It is not safe to call while the parser is in use.
func (p *Parser) SetBeam(k int) {
	p.beam = min(max(k, 1), MaxBeam)
}

// SetBeamMargin makes beam search drop, at every step, the candidates
// whose score is more than m below the best one's (m in the units of the
// model's weights; 0, the default of Load, keeps the beam full): the
// search narrows where the model is sure, and runs about twice as fast at
// DefaultBeamMargin for the same accuracy. It is not safe to call while
// the parser is in use.
func (p *Parser) SetBeamMargin(m float64) {
	p.beamCut = 0
	if m > 0 {
		p.beamCut = int64(m / float64(p.w.scale))
	}
}

// Beam returns the width of the beam Parse searches with (1: greedy).
func (p *Parser) Beam() int { return max(p.beam, 1) }

// parseBeam sets the best tree a beam of width k finds, with the full
// model.
func (p *Parser) parseBeam(s *nlp.Sentence, k int) {
	toks := s.Tokens
	if len(toks) == 0 {
		return
	}
	sc := p.getScratch()
	if sc.beam == nil {
		sc.beam = new(beam[int64])
	}
	bm := sc.beam
	bm.ensure(k)
	a := &sc.a
	a.set(toks, p.vocab)
	nlab := len(p.labels)
	cur := bm.cur[:1]
	cur[0].st.reset(len(toks))
	cur[0].score = 0
	for !cur[0].st.terminal() {
		bm.cands = bm.cands[:0]
		for i := range cur {
			bm.cands = p.expandHyp(sc, bm.cands, k, &cur[i], int32(i))
		}
		if p.beamCut > 0 {
			// hypotheses far behind the best are dropped: the beam
			// narrows where the model is sure
			n := 1
			for n < len(bm.cands) && bm.cands[0].score-bm.cands[n].score <= p.beamCut {
				n++
			}
			bm.cands = bm.cands[:min(n, len(bm.cands))]
		}
		cur = bm.advance(cur, nlab)
	}
	cur[0].st.write(toks, p.labels)
	p.pool.Put(sc)
}

// expandHyp scores hypothesis h (number from) with the full model and
// pushes its successors onto cands.
func (p *Parser) expandHyp(sc *scratch, cands []cand[int64], k int, h *hyp[int64], from int32) []cand[int64] {
	st, nlab := &h.st, len(p.labels)
	if c, ok := forcedClass(st, p.root); ok {
		return pushCand(cands, k, cand[int64]{h.score, from, int32(c)})
	}
	mL, mR := p.allowed(st, &sc.a)
	sc.words = candWords(sc.words[:0], st, nlab, mL, mR)
	n := extract(st, &sc.a, &sc.f, featAll)
	p.w.scoreSome(sc.f[:n], &sc.scores, sc.words)
	return expand(cands, k, h, from, sc.scores[:], nlab, mL, mR)
}
