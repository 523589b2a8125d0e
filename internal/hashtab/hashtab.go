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
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return Table{keys: make([]uint64, size), vals: make([]int32, size), mask: uint64(size - 1)}
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
