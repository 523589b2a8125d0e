package parse

import (
	"slices"

	"github.com/kg-project/kg/extract/nlp"
)

// Features are hashed: every template mixes a template number with small
// attribute values (word and tag hashes, labels, distances, valencies) into
// a 64-bit hash, and the top keyBits bits become the feature key looked up
// in the weight table. Nothing is interned per sentence and nothing is
// allocated: token attributes are hashed once per sentence into reusable
// slices.

const keyBits = 40

const (
	hNone = 0x6e6f6e655f5f5f5f // attribute value of the "no token" sentinel
	hRoot = 0x726f6f745f5f5f5f // attribute value of the root
)

func mix(h, x uint64) uint64 {
	h ^= x
	h *= 0x9e3779b97f4a7c15
	h ^= h >> 31
	return h
}

func fin(h uint64) uint64 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	k := h >> (64 - keyBits)
	if k == 0 {
		k = 1
	}
	return k
}

// fnv hashes s; if lower, ASCII letters are lowercased and digits mapped to 0.
func fnv(s string, lower bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c >= '0' && c <= '9' {
				c = '0'
			}
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// attrs holds the hashed attributes of the tokens of one sentence, indexed
// like state (0 = none, n+1 = root).
type attrs struct {
	w, p, wp []uint64
	u        []uint64 // UPOS alone: robust to XPOS errors of the tagger
}

// wordShape hashes the shape class of a word outside the vocabulary.
func wordShape(s string) uint64 {
	const unk = 0x756e6b5f5f5f5f5f
	if s == "" {
		return mix(unk, 0)
	}
	var upper, lower, digit, hyphen, other int
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			digit++
		case c == '-':
			hyphen++
		default:
			other++
		}
	}
	var shape uint64
	switch c := s[0]; {
	case digit > 0:
		shape = 1
	case upper > 0 && lower == 0:
		shape = 2
	case c >= 'A' && c <= 'Z':
		shape = 3
	case hyphen > 0:
		shape = 4
	case lower > 0:
		shape = 5
	case c >= 0x80:
		shape = 6
	default:
		shape = 7
	}
	return mix(unk, shape)
}

func (a *attrs) set(toks []nlp.Token, vocab *hashSet) {
	m := len(toks) + 2
	a.w = grow64(a.w, m)
	a.p = grow64(a.p, m)
	a.wp = grow64(a.wp, m)
	a.u = grow64(a.u, m)
	a.w[0], a.p[0], a.wp[0], a.u[0] = hNone, hNone, hNone, hNone
	a.w[m-1], a.p[m-1], a.wp[m-1], a.u[m-1] = hRoot, hRoot, hRoot, hRoot
	for i := range toks {
		t := &toks[i]
		w := fnv(t.Text, true)
		if !vocab.has(w) {
			w = wordShape(t.Text)
		}
		u := fnv(t.UPOS, false)
		p := mix(u, fnv(t.XPOS, false))
		a.w[i+1], a.p[i+1], a.wp[i+1], a.u[i+1] = w, p, mix(w, p), u
	}
}

func dist(a, b int32) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 10:
		return 6
	default:
		return 7
	}
}

func val(v uint8) uint64 {
	if v > 6 {
		return 6
	}
	return uint64(v)
}

// Arc directions, for the label candidates.
const (
	dirLeft  = 0 // LEFT: b0 → s0, the head to the right of the dependent
	dirRight = 1 // RIGHT: s1 → s0, the head to the left
)

// maxFeats bounds the number of features per configuration.
const maxFeats = 128

// fastFeats is the number of features, the first that extract writes, that
// the fast model reads (Parser.fast).
const fastFeats = 33

// Parts of the features extract writes.
const (
	featAll  = iota // all features
	featFast        // the fast model's: f[:fastFeats]
	featRest        // the others: f[fastFeats:]
)

// extract writes the feature keys of st of the given part (featAll,
// featFast, featRest) into f, at their places, and returns the end of
// what it wrote.
func extract(st *state, a *attrs, f *[maxFeats]uint64, part int) int {
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0 := st.b
	var b1, b2 int32
	if int(b0)+1 <= st.n+1 {
		b1 = b0 + 1
	}
	if int(b0)+2 <= st.n+1 {
		b2 = b0 + 2
	}
	s0l, s0l2, s0r, s0r2 := st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
	s1l, s1r, s1r2 := st.lc1[s1], st.rc1[s1], st.rc2[s1]
	b0l, b0l2 := st.lc1[b0], st.lc2[b0]
	if s0 == 0 {
		s0l, s0l2, s0r, s0r2 = 0, 0, 0, 0
	}
	if s1 == 0 {
		s1l, s1r, s1r2 = 0, 0, 0
	}

	w, p, wp := a.w, a.p, a.wp
	lab := st.lab
	var d1, d2 uint64 = 8, 8
	if s0 != 0 {
		d1 = dist(s0, b0)
	}
	if s1 != 0 {
		d2 = dist(s1, s0)
	}

	k := 0
	add := func(h uint64) {
		f[k] = fin(h)
		k++
	}
	t := func(id uint64) uint64 { return id * 0x2545f4914f6cdd1d }
	m2 := func(id, x, y uint64) uint64 { return mix(mix(t(id), x), y) }
	m3 := func(id, x, y, z uint64) uint64 { return mix(mix(mix(t(id), x), y), z) }

	vl0, vr0, vlb, vr1, vl1 := val(st.nl[s0]), val(st.nr[s0]), val(st.nl[b0]), val(st.nr[s1]), val(st.nl[s1])
	l := func(i int32) uint64 { return uint64(lab[i]) }
	u := a.u

	if part == featRest {
		k = fastFeats
		goto rest
	}
	// The fast model's features: the first fastFeats (see Parser.fast).
	// Unigrams, pairs and triples of tags, distance, valency, the
	// labels of the nearest children, coarse tags, bias.
	add(mix(t(1), wp[s0]))
	add(mix(t(2), w[s0]))
	add(mix(t(3), p[s0]))
	add(mix(t(4), wp[b0]))
	add(mix(t(5), w[b0]))
	add(mix(t(6), p[b0]))
	add(mix(t(8), w[b1]))
	add(mix(t(9), p[b1]))
	add(mix(t(12), p[b2]))
	add(mix(t(14), w[s1]))
	add(mix(t(15), p[s1]))
	add(m2(26, p[s0], p[b0]))
	add(m2(27, p[b0], p[b1]))
	add(m2(32, p[s1], p[s0]))
	add(m2(36, p[s1], w[s0]))
	add(m3(40, p[b0], p[b1], p[b2]))
	add(m3(41, p[s0], p[b0], p[b1]))
	add(m3(42, p[s1], p[s0], p[b0]))
	add(m3(43, p[s2], p[s1], p[s0]))
	add(m3(44, p[s0], p[s0l], p[b0]))
	add(m3(45, p[s0], p[s0r], p[b0]))
	add(m3(46, p[s0], p[b0], p[b0l]))
	add(m2(61, p[s0], d1))
	add(m3(65, p[s0], p[b0], d1))
	add(m2(81, p[s0], vr0))
	add(m2(83, p[s0], vl0))
	add(mix(t(92), l(s0l)))
	add(mix(t(95), l(s0r)))
	add(mix(t(98), l(b0l)))
	add(m2(130, u[s0], u[b0]))
	add(m2(131, u[s1], u[s0]))
	add(m3(132, u[s1], u[s0], u[b0]))
	add(t(200))
	if part == featFast {
		return k
	}

	// The other features of the full model.
rest:
	// Unigrams.
	add(mix(t(7), wp[b1]))
	add(mix(t(10), wp[b2]))
	add(mix(t(11), w[b2]))
	add(mix(t(17), p[s2]))
	// Triples of tags.
	add(m3(47, p[s1], p[s1r], p[s0]))
	add(m3(48, p[s1], p[s0], p[s0l]))
	add(m3(49, p[s1], p[s0], p[s0r]))
	add(m3(50, p[s1], p[s1l], p[s0]))
	add(m3(51, w[s0], p[b0], p[b1]))
	// Distance.
	add(m2(60, w[s0], d1))
	add(m2(63, p[b0], d1))
	add(m2(67, p[s1], d2))
	add(m2(69, p[s0], d2))
	// Valency.
	add(m2(80, w[s0], vr0))
	add(m2(82, w[s0], vl0))
	add(m2(84, w[b0], vlb))
	add(m2(85, p[b0], vlb))
	add(m2(86, w[s1], vr1))
	add(m2(87, p[s1], vr1))
	add(m2(88, p[s1], vl1))
	// Children.
	add(mix(t(90), w[s0l]))
	add(mix(t(91), p[s0l]))
	add(mix(t(93), w[s0r]))
	add(mix(t(94), p[s0r]))
	add(mix(t(96), w[b0l]))
	add(mix(t(97), p[b0l]))
	add(mix(t(99), p[s1l]))
	add(mix(t(100), l(s1l)))
	add(mix(t(102), p[s1r]))
	add(mix(t(103), l(s1r)))
	add(mix(t(104), w[s0l2]))
	add(mix(t(105), p[s0l2]))
	add(mix(t(106), l(s0l2)))
	add(mix(t(107), w[s0r2]))
	add(mix(t(108), p[s0r2]))
	add(mix(t(109), l(s0r2)))
	add(mix(t(111), p[b0l2]))
	add(mix(t(112), l(b0l2)))
	add(m3(113, p[s0], p[s0l], p[s0l2]))
	add(m3(114, p[s0], p[s0r], p[s0r2]))
	add(m3(115, p[b0], p[b0l], p[b0l2]))
	add(m3(116, p[s1], p[s1r], p[s1r2]))
	add(m3(117, p[s0], l(s0l), l(s0r)))
	add(m3(118, p[s1], l(s1r), p[s0]))
	add(m3(119, p[b0], l(b0l), p[s0]))
	// Label sets.
	add(m2(120, w[s0], st.rset[s0]))
	add(m2(121, p[s0], st.rset[s0]))
	add(m2(122, w[s0], st.lset[s0]))
	add(m2(123, p[s0], st.lset[s0]))
	add(m2(124, w[b0], st.lset[b0]))
	add(m2(125, p[b0], st.lset[b0]))
	add(m2(127, p[s1], st.rset[s1]))
	add(m2(128, p[s1], st.lset[s1]))
	// Coarse tags.
	add(m3(133, u[s0], u[b0], u[b1]))
	add(m3(134, w[s0], u[b0], d1))
	return k
}

// hashSet is a set of word hashes (open addressing, 0 = empty); a nil set
// contains every word.
type hashSet struct {
	mask  uint64
	slots []uint64
	n     int
}

func newHashSet(n int) *hashSet {
	size := 16
	for size < n*2 {
		size <<= 1
	}
	return &hashSet{mask: uint64(size - 1), slots: make([]uint64, size)}
}

func (h *hashSet) add(x uint64) {
	if x == 0 {
		return
	}
	i := slotOf(x, h.mask)
	for h.slots[i] != 0 {
		if h.slots[i] == x {
			return
		}
		i = (i + 1) & h.mask
	}
	h.slots[i] = x
	h.n++
}

func (h *hashSet) has(x uint64) bool {
	if h == nil || x == 0 {
		return true
	}
	for i := slotOf(x, h.mask); ; i = (i + 1) & h.mask {
		switch h.slots[i] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// sorted returns the members in increasing order.
func (h *hashSet) sorted() []uint64 {
	out := make([]uint64, 0, h.n)
	for _, x := range h.slots {
		if x != 0 {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}
