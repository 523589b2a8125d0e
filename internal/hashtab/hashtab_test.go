package hashtab

import "testing"

func TestTable(t *testing.T) {
	tb := New(3)
	if !(&Table{}).Empty() || tb.Empty() {
		t.Fatal("Empty wrong")
	}
	// in this order (a map's order is random, and the test depends on it)
	for _, kv := range []struct {
		k uint64
		v int32
	}{{0, 7}, {1, 8}, {17, 9}, {1 << 40, 10}} {
		tb.Put(kv.k, kv.v)
	}
	// Key 0 is stored as 1, so Put(1, 8) overwrote it.
	for _, c := range []struct {
		k    uint64
		want int32
	}{{0, 8}, {1, 8}, {17, 9}, {1 << 40, 10}, {5, -1}} {
		if got := tb.Get(c.k); got != c.want {
			t.Errorf("Get(%d) = %d, want %d", c.k, got, c.want)
		}
	}
	n := 0
	tb.Range(func(uint64, int32) { n++ })
	if n != 3 {
		t.Errorf("Range visited %d entries, want 3", n)
	}
	var zero Table
	if zero.Get(1) != -1 {
		t.Error("zero table found a key")
	}
}

// TestMix checks that sequential keys spread over the low bits a Table
// probes with.
func TestMix(t *testing.T) {
	const n = 1 << 12
	seen := make(map[uint64]bool, n)
	low := make(map[uint64]bool, n)
	for i := uint64(0); i < n; i++ {
		h := Mix(i)
		seen[h] = true
		low[h&(n-1)] = true
	}
	if len(seen) != n {
		t.Errorf("Mix collides on %d sequential keys", n-len(seen))
	}
	if len(low) < n/2 {
		t.Errorf("the low 12 bits of Mix take %d values over %d keys", len(low), n)
	}
}

func TestInsertAndHome(t *testing.T) {
	const n = 1000
	tb := New(n)
	for i := range n {
		k := Mix(uint64(i))
		if h := Home(k, n); h >= uint64(len(tb.keys)) || h != fixKey(k)&tb.mask {
			t.Fatalf("Home(%x, %d) = %d, table of %d slots probes from %d", k, n, h, len(tb.keys), fixKey(k)&tb.mask)
		}
		if !tb.Insert(k, int32(i)) {
			t.Fatalf("Insert of new key %d reported it present", i)
		}
	}
	if tb.Insert(Mix(7), 99) || tb.Get(Mix(7)) != 7 {
		t.Errorf("Insert of a present key: value now %d, want 7 kept", tb.Get(Mix(7)))
	}
	if tb.Insert(1, 5); tb.Insert(0, 6) {
		t.Error("key 0 is key 1, already present")
	}
}
