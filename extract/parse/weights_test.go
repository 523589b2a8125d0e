package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWeightsLookup checks the weight table against a map, for keys in
// it and keys not in it (many falling in empty buckets), as built by add
// and as read back by Load, and that Save writes what was added.
func TestWeightsLookup(t *testing.T) {
	const nclass = 21
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint64][]uint32{}
	var keys []uint64
	for len(keys) < 3000 {
		k := rng.Uint64N(1<<keyBits-1) + 1
		if _, ok := want[k]; ok {
			continue
		}
		keys = append(keys, k)
		var run []uint32
		n := 1 + rng.IntN(nclass) // some runs long enough to be dense
		for _, c := range rng.Perm(nclass)[:n] {
			v := rng.IntN(1000) + 1 // never 0: dense rows drop zeros
			if rng.IntN(2) == 0 {
				v = -v
			}
			run = append(run, uint32(c)<<16|uint32(uint16(int16(v))))
		}
		slices.Sort(run)
		want[k] = run
	}
	slices.Sort(keys)
	w := newWeights(len(keys), nclass)
	w.scale = 1
	for _, k := range keys {
		w.add(k, want[k])
	}
	p := &Parser{labels: make([]string, (nclass-1)/2), w: w, cands: newCandTable(0)}
	for i := range p.labels {
		p.labels[i] = string(rune('a' + i))
	}
	q := loaded(t, saved(t, p))
	for name, w := range map[string]*weights{"built": p.w, "loaded": q.w} {
		for _, k := range keys {
			if got, ok := w.lookup(k); !ok || !slices.Equal(got, want[k]) {
				t.Fatalf("%s: lookup(%#x) = %v, %v; want %v", name, k, got, ok, want[k])
			}
		}
		// Keys with the low bits of the first key in other buckets, most
		// of them empty, and random keys.
		var absent []uint64
		for b := uint64(0); b < 1<<(keyBits-w.rbits); b += 97 {
			absent = append(absent, b<<w.rbits|keys[0]&(1<<w.rbits-1))
		}
		for range 100000 {
			absent = append(absent, rng.Uint64N(1<<keyBits-1)+1)
		}
		for _, k := range absent {
			if _, in := want[k]; in || k == 0 {
				continue
			}
			if got, ok := w.lookup(k); ok {
				t.Fatalf("%s: lookup(%#x) = %v, want none", name, k, got)
			}
			// scoreSome must not find it either.
			var s [256]int32
			w.scoreSome([]uint64{k}, &s, nil)
			if s != ([256]int32{}) {
				t.Fatalf("%s: scoreSome(%#x) = %v, want zeros", name, k, s[:nclass])
			}
		}
		var got []uint64
		w.each(func(k uint64, run []uint32) {
			got = append(got, k)
			if !slices.Equal(run, want[k]) {
				t.Fatalf("%s: each(%#x) = %v, want %v", name, k, run, want[k])
			}
		})
		if !slices.Equal(got, keys) {
			t.Fatalf("%s: each gave %d keys, want %d in order", name, len(got), len(keys))
		}
	}
}
