package parse

import (
	"cmp"
	"fmt"
	"slices"
)

// weights is the frozen, quantised weight table used at parse time: a map
// from feature key to a run of (class, weight) entries, class<<16 |
// uint16(weight). Only classes with a non-zero weight are stored, so
// scoring costs one lookup plus a few adds per feature.
//
// The table is one stream of records in increasing key order, cut into
// buckets by the top bits of the key (keys are uniform hashes); idx[b] is
// where bucket b starts, or 0 for an empty bucket, where ents holds a
// sentinel that matches no key. A record is a header word, rem<<8 | flags
// | n, holding the key bits below the bucket number, whether it is the
// last of its bucket (lastFlag), and the number n of words that follow it,
// the entries, stored as uint16(weight)<<16 | class. So a lookup reads idx
// and then one or two cache lines holding both the keys and the entries
// of its bucket, and the whole table is barely larger than its entries.
//
// Features with weights for many classes (mostly tag features, which fire
// in every configuration) are stored as dense rows instead: their header
// has the denseFlag bit and n = 1, and the word that follows is the row
// number. A row packs two classes per uint64 as 32-bit lanes holding
// weight+denseBias, so one 64-bit add updates two scores. Lanes never
// carry into each other: a lane sums at most maxFeats values below 1<<16.
type weights struct {
	rbits  uint     // key bits below the bucket number, at most maxRemBits
	idx    []uint32 // start of each bucket in ents, 0 if empty
	ents   []uint32 // the sentinel, then the records
	dense  []uint64 // rows of nwords packed words, then densePad 0 words
	rows   []*[256]uint64
	nwords int // (nclass+1)/2
	nclass int
	nfeat  int
	last   uint64  // key of the last feature added
	lastAt int     // position of its header in ents
	scale  float32 // real weight = int16 weight * scale
}

const (
	denseFlag  = 0x80       // in a record header: the record is a dense row
	lastFlag   = 0x40       // in a record header: the last of its bucket
	lenMask    = 0x3f       // in a record header: the words that follow
	sentinel   = 0xffffff40 // ents[0]: rem above any, last
	denseBias  = 1 << 15
	densePad   = 256 // so that every row is a *[256]uint64
	maxRemBits = 23  // rem<<8 fits 31 bits, below the sentinel's
)

// newWeights returns an empty table for about nfeat features, with at
// least as many buckets (fewer records to step over than with two or four
// features a bucket, measured with BenchmarkParse).
func newWeights(nfeat, nclass int) *weights {
	bits := uint(keyBits - maxRemBits)
	for 1<<bits < nfeat && bits < keyBits-8 {
		bits++
	}
	w := &weights{rbits: keyBits - bits, nclass: nclass, nwords: (nclass + 1) / 2}
	w.idx = make([]uint32, 1<<bits)
	w.ents = []uint32{sentinel}
	return w
}

// add appends a feature and its entries (classes below nclass,
// increasing); keys must be added in increasing order.
func (w *weights) add(key uint64, ents []uint32) {
	if key <= w.last && w.nfeat > 0 || key == 0 || key >= 1<<keyBits {
		panic(fmt.Sprintf("parse: weights.add(%#x) after %#x", key, w.last))
	}
	b := key >> w.rbits
	if w.nfeat > 0 && w.last>>w.rbits == b {
		w.ents[w.lastAt] &^= lastFlag // key follows in the same bucket
	} else {
		w.idx[b] = uint32(len(w.ents))
	}
	w.last, w.lastAt = key, len(w.ents)
	rem := uint32(key & (1<<w.rbits - 1))
	if len(ents)*4 > w.nclass {
		w.dense = w.dense[:max(len(w.dense)-densePad, 0)]
		row := len(w.dense)
		w.ents = append(w.ents, rem<<8|denseFlag|lastFlag|1, uint32(len(w.rows)))
		for range w.nwords {
			w.dense = append(w.dense, denseBias|denseBias<<32)
		}
		d := w.dense[row:]
		for _, e := range ents {
			c, v := e>>16, uint64(int64(int16(uint16(e)))+denseBias)
			d[c/2] += (v - denseBias) << (32 * (c & 1))
		}
		w.dense = append(w.dense, make([]uint64, densePad)...)
		if len(w.rows) > 0 && w.rows[0] != (*[256]uint64)(w.dense) {
			w.rows = w.rows[:0] // dense moved
		}
		for off := len(w.rows) * w.nwords; off <= row; off += w.nwords {
			w.rows = append(w.rows, (*[256]uint64)(w.dense[off:]))
		}
	} else {
		if len(ents) >= lenMask {
			panic(fmt.Sprintf("parse: weights.add(%#x) with %d entries", key, len(ents)))
		}
		w.ents = append(w.ents, rem<<8|lastFlag|uint32(len(ents)))
		for _, e := range ents {
			w.ents = append(w.ents, swap(e))
		}
	}
	w.nfeat++
}

// find returns the position of the header of key's record in ents, or -1.
func (w *weights) find(key uint64) int {
	rem := uint32(key & (1<<w.rbits - 1))
	for p := w.idx[key>>w.rbits]; ; p += 1 + w.ents[p]&lenMask {
		switch h := w.ents[p]; {
		case h>>8 == rem:
			return int(p)
		case h>>8 > rem || h&lastFlag != 0:
			return -1
		}
	}
}

// swap turns an entry class<<16 | uint16(weight) into uint16(weight)<<16 |
// class, the order in ents (cheaper to add up), and back.
func swap(e uint32) uint32 { return e<<16 | e>>16 }

// runAt returns the entries of the record at p.
func (w *weights) runAt(p int) []uint32 {
	h := w.ents[p]
	if h&denseFlag == 0 {
		var out []uint32
		for _, e := range w.ents[p+1 : p+1+int(h&lenMask)] {
			out = append(out, swap(e))
		}
		return out
	}
	d := w.rows[w.ents[p+1]][:w.nwords]
	var out []uint32
	for c := 0; c < w.nclass; c++ {
		q := int64(d[c/2]>>(32*(c&1))&0xffffffff) - denseBias
		if q != 0 {
			out = append(out, uint32(c)<<16|uint32(uint16(int16(q))))
		}
	}
	return out
}

// lookup returns the entries of key, and whether it is in the table.
func (w *weights) lookup(key uint64) ([]uint32, bool) {
	p := w.find(key)
	if p < 0 {
		return nil, false
	}
	return w.runAt(p), true
}

// each calls fn for every feature in increasing key order.
func (w *weights) each(fn func(key uint64, run []uint32)) {
	for b, p := range w.idx {
		for p != 0 {
			h := w.ents[p]
			fn(uint64(b)<<w.rbits|uint64(h>>8), w.runAt(int(p)))
			if h&lastFlag != 0 {
				break
			}
			p += 1 + h&lenMask
		}
	}
}

// score sets scores (one element per class) to the sum of the weights of
// features f (at most maxFeats).
func (w *weights) score(f []uint64, scores []int32) {
	var all [256]int32
	w.scoreSome(f, &all, nil)
	copy(scores, all[:w.nclass])
}

// scoreSome is score restricted to some classes: if words is not nil, the
// dense rows are summed over the packed words words[i] only, classes
// 2*words[i] and 2*words[i]+1, and the scores of the other classes are
// left without the dense rows' weights. Parse asks only for the classes
// it may choose, a fifth of them. Scores above nclass are left at 0.
//
// The lookups are done in two first passes with no data-dependent
// branches, bucket starts then first headers, so that the processor can
// have many cache misses in flight: the table is larger than the cache and
// each bucket is a random access. (One pass doing both holds more
// instructions per miss, and fewer misses fit in the reorder window.)
func (w *weights) scoreSome(f []uint64, scores *[256]int32, words []uint8) {
	var (
		pos  [maxFeats]uint32
		hdr  [maxFeats]uint32
		runs [maxFeats]uint32       // positions of the sparse records
		rows [maxFeats]*[256]uint64 // the dense rows
	)
	f = f[:min(len(f), maxFeats)]
	idx, ents, rbits := w.idx, w.ents, w.rbits
	for j, key := range f {
		pos[j] = idx[key>>rbits]
	}
	for j := range f {
		hdr[j] = ents[pos[j]]
	}
	nruns, ndense := 0, 0
	rmask := uint32(1)<<rbits - 1
	for j, key := range f {
		rem := uint32(key) & rmask
		p, h := pos[j], hdr[j]
		for h>>8 < rem && h&lastFlag == 0 {
			p += 1 + h&lenMask
			h = ents[p]
		}
		if h>>8 != rem {
			continue
		}
		if h&denseFlag == 0 {
			runs[nruns&(maxFeats-1)] = p
			nruns++
		} else {
			rows[ndense&(maxFeats-1)] = w.rows[ents[p+1]]
			ndense++
		}
	}
	clear(scores[:w.nclass])
	addRuns(scores, ents, runs[:nruns])
	if ndense == 0 {
		return
	}
	if words == nil {
		for q := range w.nwords {
			addDense(scores, rows[:ndense], uint8(q))
		}
		return
	}
	i := 0
	for ; i+3 < len(words); i += 4 {
		addDense4(scores, rows[:ndense], (*[4]uint8)(words[i:]))
	}
	for ; i+1 < len(words); i += 2 {
		addDense2(scores, rows[:ndense], words[i], words[i+1])
	}
	if i < len(words) {
		addDense(scores, rows[:ndense], words[i])
	}
}

// addRuns adds to scores the entries of the sparse records at runs. It is
// kept out of line: inlined into scoreSome, its loop spills registers.
//
//go:noinline
func addRuns(scores *[256]int32, ents []uint32, runs []uint32) {
	sc := scores[:] // one nil check, not one per entry
	for _, p := range runs {
		n := ents[p] & lenMask
		for _, e := range ents[p+1 : p+1+n] {
			sc[uint8(e)] += int32(e) >> 16
		}
	}
}

// addDense adds the sum of the packed word q of rows to scores.
func addDense(scores *[256]int32, rows []*[256]uint64, q uint8) {
	var acc uint64
	for _, r := range rows {
		acc += r[q]
	}
	bias := int64(len(rows)) * denseBias
	c := 2 * int(q)
	scores[uint8(c)] += int32(int64(acc&0xffffffff) - bias)
	scores[uint8(c+1)] += int32(int64(acc>>32) - bias)
}

// addDense4 is addDense for the words q in one pass over rows.
func addDense4(scores *[256]int32, rows []*[256]uint64, q *[4]uint8) {
	i0, i1, i2, i3 := int(q[0]), int(q[1]), int(q[2]), int(q[3])
	var acc0, acc1, acc2, acc3 uint64
	for _, r := range rows {
		acc0 += r[i0]
		acc1 += r[i1]
		acc2 += r[i2]
		acc3 += r[i3]
	}
	bias := int64(len(rows)) * denseBias
	for j, acc := range [4]uint64{acc0, acc1, acc2, acc3} {
		c := 2 * int(q[j])
		scores[uint8(c)] += int32(int64(acc&0xffffffff) - bias)
		scores[uint8(c+1)] += int32(int64(acc>>32) - bias)
	}
}

// addDense2 is addDense for the words q0 and q1 in one pass over rows.
func addDense2(scores *[256]int32, rows []*[256]uint64, q0, q1 uint8) {
	var acc0, acc1 uint64
	for _, r := range rows {
		acc0 += r[q0]
		acc1 += r[q1]
	}
	bias := int64(len(rows)) * denseBias
	c0, c1 := 2*int(q0), 2*int(q1)
	scores[uint8(c0)] += int32(int64(acc0&0xffffffff) - bias)
	scores[uint8(c0+1)] += int32(int64(acc0>>32) - bias)
	scores[uint8(c1)] += int32(int64(acc1&0xffffffff) - bias)
	scores[uint8(c1+1)] += int32(int64(acc1>>32) - bias)
}

// pruned returns a copy of w without the entries whose quantised weight
// magnitude is below minQ, and without features left empty.
func (w *weights) pruned(minQ int) *weights {
	out := newWeights(w.nfeat, w.nclass)
	out.scale = w.scale
	w.each(func(key uint64, run []uint32) {
		var kept []uint32
		for _, e := range run {
			q := int(int16(uint16(e)))
			if q >= minQ || q <= -minQ {
				kept = append(kept, e)
			}
		}
		if len(kept) > 0 {
			out.add(key, kept)
		}
	})
	return out
}

// candTable maps a (head UPOS, dependent UPOS, direction) key to the set of
// labels training saw on such arcs, as a bit mask; only those labels are
// scored. Keys absent from the table allow every label.
type candTable struct {
	mask  uint64
	keys  []uint64
	masks []uint64
}

func candKey(uh, ud uint64, dir int) uint64 {
	k := mix(mix(uh*0x2545f4914f6cdd1d, ud), uint64(dir+1))
	if k == 0 {
		k = 1
	}
	return k
}

func newCandTable(n int) *candTable {
	size := 16
	for size < n*2 {
		size <<= 1
	}
	return &candTable{mask: uint64(size - 1), keys: make([]uint64, size), masks: make([]uint64, size)}
}

func slotOf(key, mask uint64) uint64 { return (key * 0x9e3779b97f4a7c15 >> 24) & mask }

// or adds the labels m to key.
func (c *candTable) or(key, m uint64) {
	i := slotOf(key, c.mask)
	for c.keys[i] != 0 && c.keys[i] != key {
		i = (i + 1) & c.mask
	}
	c.keys[i] = key
	c.masks[i] |= m
}

// get returns the labels allowed for key, all ones if key is unknown.
func (c *candTable) get(key uint64) uint64 {
	for i := slotOf(key, c.mask); ; i = (i + 1) & c.mask {
		switch c.keys[i] {
		case key:
			return c.masks[i]
		case 0:
			return ^uint64(0)
		}
	}
}

// sorted returns the keys and masks in increasing key order.
func (c *candTable) sorted() (keys, masks []uint64) {
	type km struct{ k, m uint64 }
	var all []km
	for i, k := range c.keys {
		if k != 0 {
			all = append(all, km{k, c.masks[i]})
		}
	}
	slices.SortFunc(all, func(a, b km) int { return cmp.Compare(a.k, b.k) })
	for _, x := range all {
		keys = append(keys, x.k)
		masks = append(masks, x.m)
	}
	return keys, masks
}
