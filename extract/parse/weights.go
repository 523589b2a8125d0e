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
	w.scoreSome(f, scores, nil)
}

// scoreSome is score restricted to some classes: if words is not nil, the
// dense rows are summed over the packed words words[i] only, classes
// 2*words[i] and 2*words[i]+1, and the scores of the other classes are
// left without the dense rows' weights. Parse asks only for the classes
// it may choose, a fifth of them.
func (w *weights) scoreSome(f []uint64, scores []int32, words []uint8) {
	slots, ents, mask, shift := w.slots, w.ents, w.mask, w.shift
	var (
		vs     [maxFeats]uint64
		starts [maxFeats]uint32
		heads  [maxFeats]uint32
		rows   [maxFeats]int32 // offsets of the dense rows in w.dense
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
	ndense := 0
	for j := 0; j < m; j++ {
		h := heads[j]
		if h&denseFlag != 0 {
			rows[ndense] = int32(h&^denseFlag) * int32(nw)
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
	if ndense == 0 {
		return
	}
	// Each packed word is summed over the dense rows in a register.
	bias := int64(ndense) * denseBias
	dense := w.dense
	add := func(q int) {
		var acc uint64
		for _, off := range rows[:ndense] {
			acc += dense[int(off)+q]
		}
		c := 2 * q
		scores[c] += int32(int64(acc&0xffffffff) - bias)
		if c+1 < len(scores) {
			scores[c+1] += int32(int64(acc>>32) - bias)
		}
	}
	if words == nil {
		for q := range nw {
			add(q)
		}
		return
	}
	for _, q := range words {
		add(int(q))
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

// len returns the number of features.
func (w *weights) len() int { return w.nfeat }

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
	slices.SortFunc(all, func(a, b km) int {
		if a.k < b.k {
			return -1
		}
		if a.k > b.k {
			return 1
		}
		return 0
	})
	for _, x := range all {
		keys = append(keys, x.k)
		masks = append(masks, x.m)
	}
	return keys, masks
}
