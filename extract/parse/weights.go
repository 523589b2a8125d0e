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
//
// Features with weights for many classes (mostly tag features, which fire
// in every configuration) are stored as dense rows instead: the run header
// is denseFlag | row number, and the row packs two classes per uint64 as
// 32-bit lanes holding weight+denseBias, so one 64-bit add updates two
// scores. Lanes never carry into each other: a lane sums at most maxFeats
// values below 1<<16.
type weights struct {
	mask   uint64
	shift  uint     // slot of a key: its top bits, key >> shift
	slots  []uint64 // 0 = empty
	ents   []uint32
	dense  []uint64 // rows of nwords packed words
	nwords int      // (nclass+1)/2
	nclass int
	nfeat  int
	scale  float32 // real weight = int16 weight * scale
}

const (
	denseFlag = 1 << 31
	denseBias = 1 << 15
)

func newWeights(nfeat, nclass int) *weights {
	bits := uint(4)
	for 1<<bits < nfeat*2 {
		bits++
	}
	size := 1 << bits
	return &weights{mask: uint64(size - 1), shift: keyBits - bits, slots: make([]uint64, size), nclass: nclass, nwords: (nclass + 1) / 2}
}

// slot returns the home slot of key. Keys are uniform hashes, so their top
// bits serve as the index, and features added in key order fill the table
// front to back, which makes loading cache-friendly.
func (w *weights) slot(key uint64) uint64 { return key >> w.shift & w.mask }

func slotOf(key, mask uint64) uint64 { return (key * 0x9e3779b97f4a7c15 >> 24) & mask }

// add appends a feature and its entries (classes below nclass, increasing);
// keys must be unique and len(ents) must stay below maxEntries.
func (w *weights) add(key uint64, ents []uint32) {
	start := uint64(len(w.ents))
	if len(ents)*4 > w.nclass {
		row := len(w.dense) / w.nwords
		w.ents = append(w.ents, denseFlag|uint32(row))
		for range w.nwords {
			w.dense = append(w.dense, denseBias|denseBias<<32)
		}
		d := w.dense[row*w.nwords:]
		for _, e := range ents {
			c, v := e>>16, uint64(int64(int16(uint16(e)))+denseBias)
			d[c/2] += (v - denseBias) << (32 * (c & 1))
		}
	} else {
		w.ents = append(w.ents, uint32(len(ents)))
		w.ents = append(w.ents, ents...)
	}
	i := w.slot(key)
	for w.slots[i] != 0 {
		i = (i + 1) & w.mask
	}
	w.slots[i] = key<<24 | start
	w.nfeat++
}

// run returns the entries of the feature in slot value v.
func (w *weights) run(v uint64) []uint32 {
	start := uint32(v & (1<<24 - 1))
	h := w.ents[start]
	if h&denseFlag == 0 {
		return w.ents[start+1 : start+1+h]
	}
	d := w.dense[int(h&^denseFlag)*w.nwords:][:w.nwords]
	var out []uint32
	for c := 0; c < w.nclass; c++ {
		q := int64(d[c/2]>>(32*(c&1))&0xffffffff) - denseBias
		if q != 0 {
			out = append(out, uint32(c)<<16|uint32(uint16(int16(q))))
		}
	}
	return out
}

// score sets scores (one element per class) to the sum of the weights of
// features f (at most maxFeats).
//
// The lookups are done in passes with no data-dependent branches in the
// first, so that the processor can have many cache misses in flight: the
// table is much larger than the cache and each probe is a random access.
func (w *weights) score(f []uint64, scores []int32) {
	slots, ents, mask, shift := w.slots, w.ents, w.mask, w.shift
	var (
		vs     [maxFeats]uint64
		starts [maxFeats]uint32
		heads  [maxFeats]uint32
		packed [64]uint64
	)
	f = f[:min(len(f), maxFeats)]
	for j, key := range f {
		vs[j] = slots[key>>shift&mask]
	}
	m := 0
	for j, key := range f {
		v := vs[j]
		if v>>24 != key {
			if v == 0 {
				continue
			}
			for i := key >> shift & mask; ; {
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
		heads[j] = ents[starts[j]]
	}
	clear(scores)
	nw := w.nwords
	pk := packed[:nw]
	ndense := 0
	for j := 0; j < m; j++ {
		h := heads[j]
		if h&denseFlag != 0 {
			row := w.dense[int(h&^denseFlag)*nw:][:len(pk)]
			for q := range pk {
				pk[q] += row[q]
			}
			ndense++
			continue
		}
		start := starts[j] + 1
		for _, e := range ents[start : start+h] {
			c := e >> 16
			if c < uint32(len(scores)) {
				scores[c] += int32(int16(uint16(e)))
			}
		}
	}
	if ndense > 0 {
		bias := int64(ndense) * denseBias
		for c := range scores {
			scores[c] += int32(int64(pk[c/2]>>(32*(c&1))&0xffffffff) - bias)
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
	out := newWeights(len(kept), w.nclass)
	out.scale = w.scale
	for i, k := range kept {
		out.add(k, runs[i])
	}
	return out
}
