package parse

import "slices"

// weights is the frozen, quantised weight table used at parse time: an
// open-addressing hash table from feature key to a run of (class, weight)
// entries. Only classes with a non-zero weight are stored, so scoring costs
// one probe plus a few adds per feature.
//
// A slot packs the 40-bit key and the 24-bit start of its run in ents
// (key<<24 | start), so a probe touches one word; the run begins with its
// length, followed by class<<16 | uint16(weight) entries.
type weights struct {
	mask  uint64
	slots []uint64 // 0 = empty
	ents  []uint32
	nfeat int
	scale float32 // real weight = int16 weight * scale
}

func newWeights(nfeat int) *weights {
	size := 16
	for size < nfeat*4 {
		size <<= 1
	}
	return &weights{mask: uint64(size - 1), slots: make([]uint64, size)}
}

func slotOf(key, mask uint64) uint64 { return (key * 0x9e3779b97f4a7c15 >> 24) & mask }

// add appends a feature and its entries; keys must be unique and
// len(ents) must stay below maxEntries.
func (w *weights) add(key uint64, ents []uint32) {
	start := uint64(len(w.ents))
	w.ents = append(w.ents, uint32(len(ents)))
	w.ents = append(w.ents, ents...)
	i := slotOf(key, w.mask)
	for w.slots[i] != 0 {
		i = (i + 1) & w.mask
	}
	w.slots[i] = key<<24 | start
	w.nfeat++
}

// run returns the entries of the feature in slot value v.
func (w *weights) run(v uint64) []uint32 {
	start := uint32(v & (1<<24 - 1))
	n := w.ents[start]
	return w.ents[start+1 : start+1+n]
}

// score adds the weights of features f (at most maxFeats) into scores,
// which must have one element per class.
//
// The lookups are done in passes with no data-dependent branches in the
// first, so that the processor can have many cache misses in flight: the
// table is much larger than the cache and each probe is a random access.
func (w *weights) score(f []uint64, scores []int32) {
	slots, ents, mask := w.slots, w.ents, w.mask
	var (
		vs     [maxFeats]uint64
		starts [maxFeats]uint32
		lens   [maxFeats]uint32
	)
	f = f[:min(len(f), maxFeats)]
	for j, key := range f {
		vs[j] = slots[slotOf(key, mask)]
	}
	m := 0
	for j, key := range f {
		v := vs[j]
		if v>>24 != key {
			if v == 0 {
				continue
			}
			for i := slotOf(key, mask); ; {
				i = (i + 1) & mask
				v = slots[i]
				if v>>24 == key || v == 0 {
					break
				}
			}
			if v == 0 {
				continue
			}
		}
		starts[m] = uint32(v & (1<<24 - 1))
		m++
	}
	for j := 0; j < m; j++ {
		lens[j] = ents[starts[j]]
	}
	for j := 0; j < m; j++ {
		start := starts[j] + 1
		for _, e := range ents[start : start+lens[j]] {
			c := e >> 16
			if c < uint32(len(scores)) {
				scores[c] += int32(int16(uint16(e)))
			}
		}
	}
}

// pruned returns a copy of w without the entries whose quantised weight
// magnitude is below minQ, and without features left empty.
func (w *weights) pruned(minQ int) *weights {
	var keys []uint64
	for _, v := range w.slots {
		if v != 0 {
			keys = append(keys, v)
		}
	}
	slices.Sort(keys)
	var runs [][]uint32
	var kept []uint64
	for _, v := range keys {
		var run []uint32
		for _, e := range w.run(v) {
			q := int(int16(uint16(e)))
			if q >= minQ || q <= -minQ {
				run = append(run, e)
			}
		}
		if len(run) > 0 {
			kept = append(kept, v>>24)
			runs = append(runs, run)
		}
	}
	out := newWeights(len(kept))
	out.scale = w.scale
	for i, k := range kept {
		out.add(k, runs[i])
	}
	return out
}
