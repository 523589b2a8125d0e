package parse

import "github.com/kg-project/kg/extract/nlp"

// The transition system is arc-hybrid (Kuhlmann et al. 2011) with the root
// at the end of the buffer (Ballesteros and Nivre 2013):
//
//	SHIFT      (σ, b|β)    ⇒ (σ|b, β)
//	LEFT(l)    (σ|s, b|β)  ⇒ (σ, b|β)    adds b →l s
//	RIGHT(l)   (σ|t|s, β)  ⇒ (σ|t, β)    adds t →l s
//
// Tokens are numbered 1..n; n+1 is the artificial root, which starts at the
// end of the buffer and is never shifted. LEFT onto the root is allowed
// only when the stack holds a single token, so every parse has exactly one
// root and, the system being projective, no cycles.

const (
	actShift = 0 // class 0; LEFT(l) is 1+l, RIGHT(l) is 1+L+l
)

// state is a parser configuration together with the per-token bookkeeping
// the features read. All slices are indexed by token number: 0 is the
// "no token" sentinel, 1..n the words, n+1 the root.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; the buffer is b..n+1

	head []int32 // assigned head, 0 if none (n+1 = root)
	lab  []uint8 // label+1 of the arc to the head, 0 if none
	lc1  []int32 // leftmost child
	lc2  []int32 // second leftmost child
	rc1  []int32 // rightmost child
	rc2  []int32 // second rightmost child
	nl   []uint8 // number of left children
	nr   []uint8 // number of right children
	lset []uint64
	rset []uint64
}

func (st *state) reset(n int) {
	st.n = n
	st.stack = st.stack[:0]
	st.b = 1
	m := n + 2
	st.head = grow32(st.head, m)
	st.lc1 = grow32(st.lc1, m)
	st.lc2 = grow32(st.lc2, m)
	st.rc1 = grow32(st.rc1, m)
	st.rc2 = grow32(st.rc2, m)
	st.lab = grow8(st.lab, m)
	st.nl = grow8(st.nl, m)
	st.nr = grow8(st.nr, m)
	st.lset = grow64(st.lset, m)
	st.rset = grow64(st.rset, m)
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/2)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n, n+n/2)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n, n+n/2)
	}
	s = s[:n]
	clear(s)
	return s
}

func (st *state) root() int32 { return int32(st.n + 1) }

// run drives st from its start to the terminal configuration: it makes
// the forced moves itself (the final LEFT onto the root, SHIFT onto an
// empty stack) and applies the class next chooses for every other one.
func (st *state) run(root, nlab int, next func() int) {
	for !st.terminal() {
		c, ok := forcedClass(st, root)
		if !ok {
			c = next()
		}
		st.apply(c, nlab)
	}
}

func (st *state) terminal() bool {
	return st.b == st.root() && len(st.stack) == 0
}

// forced reports whether the only legal move is the final LEFT onto the
// root.
func (st *state) forced() bool {
	return st.b == st.root() && len(st.stack) == 1
}

func (st *state) canShift() bool { return st.b <= int32(st.n) }

func (st *state) canLeft() bool {
	return len(st.stack) > 0 && (st.b != st.root() || len(st.stack) == 1)
}

func (st *state) canRight() bool { return len(st.stack) > 1 }

func (st *state) s(i int) int32 {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return 0
}

func (st *state) addArc(h, d int32, l int) {
	st.head[d] = h
	st.lab[d] = uint8(l + 1)
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		if st.lc1[h] == 0 || d < st.lc1[h] {
			st.lc2[h] = st.lc1[h]
			st.lc1[h] = d
		} else if st.lc2[h] == 0 || d < st.lc2[h] {
			st.lc2[h] = d
		}
		if st.nl[h] < 255 {
			st.nl[h]++
		}
		st.lset[h] |= bit
	} else {
		if st.rc1[h] == 0 || d > st.rc1[h] {
			st.rc2[h] = st.rc1[h]
			st.rc1[h] = d
		} else if st.rc2[h] == 0 || d > st.rc2[h] {
			st.rc2[h] = d
		}
		if st.nr[h] < 255 {
			st.nr[h]++
		}
		st.rset[h] |= bit
	}
}

// apply performs class c (see actShift) with nl labels.
func (st *state) apply(c, nlab int) {
	switch {
	case c == actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case c <= nlab: // LEFT
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.b, s0, c-1)
	default: // RIGHT
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.stack[len(st.stack)-1], s0, c-1-nlab)
	}
}

// write copies the finished parse into the tokens.
func (st *state) write(toks []nlp.Token, labels []string) {
	root := st.root()
	for i := range toks {
		h := st.head[i+1]
		l := int(st.lab[i+1]) - 1
		switch {
		case h == root || h == 0:
			toks[i].Head = 0
		default:
			toks[i].Head = int(h)
		}
		if l >= 0 && l < len(labels) {
			toks[i].Deprel = labels[l]
		} else {
			toks[i].Deprel = "dep"
		}
	}
}
