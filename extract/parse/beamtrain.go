package parse

import "context"

// Global training (TrainOptions.Beam): a structured perceptron over whole
// transition sequences (Zhang and Nivre 2011). Each training sentence is
// searched with the beam the parser will decode with, alongside the
// oracle's sequence; at the step where the best hypothesis leads the
// oracle's prefix by the most, the weights move towards the oracle's
// prefix and away from that hypothesis's (max-violation update, Huang,
// Fayong and Guo 2012). The oracle's sequence takes at every step the
// first zero-cost transition of the dynamic oracle, which rebuilds the
// projectivised gold tree (TestOracle).

// beamTrainer holds the buffers of global training, reused across
// sentences.
type beamTrainer struct {
	bm   beam[float64]
	gseq []int32         // the oracle's transitions
	pseq []int32         // the violating hypothesis's transitions
	hist []cand[float64] // hist[t*k+i]: how hypothesis i after step t was made
	gold state           // the oracle's configuration during the search
	rep  [2]state        // the configurations replayed by update
}

// beamEpoch trains m for one pass over the shuffled training sentences
// with beam search and returns the number of sentences and of updates.
func (ts *trainer) beamEpoch(ctx context.Context, m *member) (sents, updates int, err error) {
	err = ts.shuffled(ctx, m, func(g *gold) {
		ts.a.set(g.s.Tokens, ts.vocab)
		if ts.beamSentence(g, m.tt, m.now) {
			updates++
		}
		sents++
		m.now++
	})
	return sents, updates, err
}

// beamSentence searches the sentence of g with the beam and, if the best
// hypothesis is not the oracle's prefix at some step, updates tt at the
// step where it leads that prefix by the most. It reports whether it
// updated.
func (ts *trainer) beamSentence(g *gold, tt *ttable, now int32) bool {
	bt, k, nlab := &ts.bt, ts.opts.Beam, ts.nlab
	bt.gseq = g.oracle(&ts.st, nlab, ts.root, ts.costs, bt.gseq[:0])
	steps := len(bt.gseq)
	if cap(bt.hist) < steps*k {
		bt.hist = make([]cand[float64], steps*k)
	}
	bt.hist = bt.hist[:steps*k]
	bm := &bt.bm
	bm.ensure(k)
	cur := bm.cur[:1]
	cur[0].st.reset(g.n)
	cur[0].score, cur[0].gold = 0, true
	bt.gold.reset(g.n)
	goldScore, maxViol := 0.0, -1.0
	at := -1
	for t, gc := range bt.gseq {
		bm.cands = bm.cands[:0]
		for i := range cur {
			bm.cands = ts.expandTrain(bm.cands, k, &cur[i], int32(i), tt)
		}
		copy(bt.hist[t*k:], bm.cands)
		goldScore += ts.classScore(&bt.gold, tt, int(gc))
		bt.gold.apply(int(gc), nlab)
		next := bm.advance(cur, nlab)
		for j, c := range bm.cands {
			next[j].gold = cur[c.from].gold && c.class == gc
		}
		cur = next
		// Unless the oracle's prefix leads the beam, the violation is
		// at least 0: the prefix is in the beam below the first or
		// has fallen out. The first of equal violations is updated
		// at, so that a model with zero weights learns.
		if v := cur[0].score - goldScore; !cur[0].gold && v > maxViol {
			maxViol, at = v, t
		}
	}
	if at < 0 {
		return false
	}
	ts.update(g, tt, k, at, now)
	return true
}

// expandTrain scores hypothesis h (number from) with tt and pushes its
// successors onto cands.
func (ts *trainer) expandTrain(cands []cand[float64], k int, h *hyp[float64], from int32, tt *ttable) []cand[float64] {
	st := &h.st
	if c, ok := forcedClass(st, ts.root); ok {
		return pushCand(cands, k, cand[float64]{h.score, from, int32(c)})
	}
	mL, mR := ts.cp.allowed(st, &ts.a)
	n := extract(st, &ts.a, &ts.f, featAll)
	clear(ts.scores)
	tt.score(ts.f[:n], ts.scores)
	return expand(cands, k, h, from, ts.scores, ts.nlab, mL, mR)
}

// classScore returns the score tt gives class c in st, 0 for a forced
// move, computed as expandTrain computes it so that the oracle's prefix
// and an identical hypothesis score the same.
func (ts *trainer) classScore(st *state, tt *ttable, c int) float64 {
	if _, ok := forcedClass(st, ts.root); ok {
		return 0
	}
	n := extract(st, &ts.a, &ts.f, featAll)
	clear(ts.scores)
	tt.score(ts.f[:n], ts.scores)
	return float64(ts.scores[c])
}

// update moves tt towards the oracle's transitions up to step at and away
// from those of the best hypothesis after that step. The common prefix of
// the two sequences is skipped: its updates would cancel.
func (ts *trainer) update(g *gold, tt *ttable, k, at int, now int32) {
	bt, nlab := &ts.bt, ts.nlab
	bt.pseq = append(bt.pseq[:0], bt.gseq[:at+1]...)
	for t, slot := at, int32(0); t >= 0; t-- {
		c := bt.hist[t*k+int(slot)]
		bt.pseq[t], slot = c.class, c.from
	}
	d := 0
	for d <= at && bt.pseq[d] == bt.gseq[d] {
		d++
	}
	gst, pst := &bt.rep[0], &bt.rep[1]
	gst.reset(g.n)
	for _, c := range bt.gseq[:d] {
		gst.apply(int(c), nlab)
	}
	pst.copyFrom(gst)
	ts.replay(gst, tt, bt.gseq[d:at+1], 1, now)
	ts.replay(pst, tt, bt.pseq[d:at+1], -1, now)
}

// replay applies seq to st, adding delta to the weights of each chosen
// class for the features of its configuration (forced moves have none).
func (ts *trainer) replay(st *state, tt *ttable, seq []int32, delta float32, now int32) {
	for _, c := range seq {
		if _, ok := forcedClass(st, ts.root); !ok {
			n := extract(st, &ts.a, &ts.f, featAll)
			tt.update(ts.f[:n], int(c), delta, now)
		}
		st.apply(int(c), ts.nlab)
	}
}

// oracle appends to seq the transitions from the initial configuration
// that build g's tree, taking at every step the first zero-cost class
// (st and costs are scratch space), and returns the result.
func (g *gold) oracle(st *state, nlab, root int, costs []int32, seq []int32) []int32 {
	st.reset(g.n)
	for !st.terminal() {
		c, ok := forcedClass(st, root)
		if !ok {
			g.costs(st, nlab, root, costs)
			for c = range costs {
				if costs[c] == 0 {
					break
				}
			}
		}
		seq = append(seq, int32(c))
		st.apply(c, nlab)
	}
	return seq
}
