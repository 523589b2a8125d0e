// Package hashtab is the open-addressing hash table from 64-bit keys to
// int32 values that kg's tagger and lemmatiser use for feature and word
// lookups: flat arrays, no allocation on lookup.
package hashtab

// Table is an open-addressing hash table from 64-bit keys to int32 values.
// Key 0 marks an empty slot, so keys are stored with 0 remapped to 1 (a
// collision of probability 2^-64 that costs nothing in practice).
type Table struct {
	keys []uint64
	vals []int32
	mask uint64
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// New returns a table sized for n entries at a load factor of at most 1/2.
func New(n int) Table {
	s := size(n)
	return Table{keys: make([]uint64, s), vals: make([]int32, s), mask: uint64(s - 1)}
}

// Home returns the slot where a table made by New(n) starts probing
// for k. Keys put in the order of their home slots fill the table front
// to back, which is much faster than at random when it is larger than
// the processor's caches.
func Home(k uint64, n int) uint64 {
	return fixKey(k) & uint64(size(n)-1)
}

// size is the number of slots of a table for n entries.
func size(n int) int {
	s := 16
	for s < 2*n {
		s <<= 1
	}
	return s
}

// Put sets the value of k.
func (t *Table) Put(k uint64, v int32) {
	k = fixKey(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			t.keys[i] = k
			t.vals[i] = v
			return
		}
	}
}

// Insert sets the value of k if k is not in the table yet and reports
// whether it was not.
func (t *Table) Insert(k uint64, v int32) bool {
	k = fixKey(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case 0:
			t.keys[i] = k
			t.vals[i] = v
			return true
		case k:
			return false
		}
	}
}

// Get returns the value of k, or -1.
func (t *Table) Get(k uint64) int32 {
	if len(t.keys) == 0 {
		return -1
	}
	k = fixKey(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return -1
		}
	}
}

// Empty reports whether the table has no slots (the zero Table).
func (t *Table) Empty() bool { return len(t.keys) == 0 }

// Range calls fn for every entry, in slot order, with the key as stored.
func (t *Table) Range(fn func(k uint64, v int32)) {
	for i, k := range t.keys {
		if k != 0 {
			fn(k, t.vals[i])
		}
	}
}

// Mix is the splitmix64 finaliser: it spreads the bits of x over all 64,
// so that the low bits a Table probes with depend on every input bit.
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
