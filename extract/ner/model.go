package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	"github.com/kg-project/kg/extract/gazetteer"
)

// Labels are the IOB2 tags the recogniser assigns, in label-id order.
var Labels = [nLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nLabels = 7

// startLabel is the row of the transition matrix for "before the first
// token".
const startLabel = nLabels

// allowed reports whether label cur may follow label prev in IOB2: an I-X
// continues a B-X or I-X.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 {
		return true
	}
	return prev != startLabel && prev != 0 && (prev+1)/2 == (cur+1)/2
}

// slot is one feature of a model pass: its key and its quantised weight
// per label, together in 24 bytes so that a look-up touches one cache
// line.
type slot struct {
	key uint64
	w   [nLabels]int16
	_   int16
}

// weights is one pass of the model: an open-addressing hash table of
// feature slots (key 0 marks an empty slot, so key 0 is stored as 1) and
// label-transition weights. Feature weights are int16 times scale.
type weights struct {
	slots []slot
	mask  uint64
	scale float32
	trans [nLabels + 1][nLabels]float32
	nrows int
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// newWeights returns an empty pass sized for n features at a load factor
// of at most 1/2.
func newWeights(n int, scale float32) *weights {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &weights{slots: make([]slot, size), mask: uint64(size - 1), scale: scale}
}

func (m *weights) put(k uint64, w [nLabels]int16) {
	k = fixKey(k)
	for i := k & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.key == 0 {
			m.nrows++
		}
		if s.key == 0 || s.key == k {
			s.key = k
			s.w = w
			return
		}
	}
}

// score adds the weights of keys to em (one score per label).
func (m *weights) score(keys []uint64, em *[nLabels]float32) {
	var acc [nLabels]int32
	slots, mask := m.slots, m.mask
	for _, k := range keys {
		if k == 0 {
			k = 1
		}
		for i := k & mask; ; i = (i + 1) & mask {
			s := &slots[i]
			if s.key == k {
				for c := range acc {
					acc[c] += int32(s.w[c])
				}
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	for c := range em {
		em[c] += float32(acc[c]) * m.scale
	}
}

// fslot holds a feature's weights in both passes, so that the features
// the passes share cost one look-up.
type fslot struct {
	key    uint64
	w1, w2 [nLabels]int16
}

// fused is the run-time table of a two-pass model.
type fused struct {
	slots          []fslot
	mask           uint64
	scale1, scale2 float32
}

func newFused(p1, p2 *weights) *fused {
	n := p1.nrows
	if p2 != nil {
		n += p2.nrows
	}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	f := &fused{slots: make([]fslot, size), mask: uint64(size - 1), scale1: p1.scale}
	find := func(k uint64) *fslot {
		for i := k & f.mask; ; i = (i + 1) & f.mask {
			s := &f.slots[i]
			if s.key == 0 || s.key == k {
				s.key = k
				return s
			}
		}
	}
	for i := range p1.slots {
		if k := p1.slots[i].key; k != 0 {
			find(k).w1 = p1.slots[i].w
		}
	}
	if p2 != nil {
		f.scale2 = p2.scale
		for i := range p2.slots {
			if k := p2.slots[i].key; k != 0 {
				find(k).w2 = p2.slots[i].w
			}
		}
	}
	return f
}

// score adds the first-pass weights of keys to em1 and the second-pass
// weights to em2.
func (f *fused) score(keys []uint64, em1, em2 *[nLabels]float32) {
	var a1, a2 [nLabels]int32
	slots, mask := f.slots, f.mask
	for _, k := range keys {
		if k == 0 {
			k = 1
		}
		for i := k & mask; ; i = (i + 1) & mask {
			s := &slots[i]
			if s.key == k {
				for c := range a1 {
					a1[c] += int32(s.w1[c])
					a2[c] += int32(s.w2[c])
				}
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	for c := range em1 {
		em1[c] += float32(a1[c]) * f.scale1
		em2[c] += float32(a2[c]) * f.scale2
	}
}

// Recognizer tags people, organisations and places. It is read-only after
// loading and safe for concurrent use.
type Recognizer struct {
	pass1 *weights
	pass2 *weights // nil for a one-pass model
	run   *fused   // both passes in one table, for Recognize
	gaz   *gazetteer.Gazetteer
	pool  sync.Pool
}

//go:embed model.bin.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultRec  *Recognizer
	defaultErr  error
)

// Default returns the embedded model, loading it on first use.
func Default() (*Recognizer, error) {
	defaultOnce.Do(func() {
		defaultRec, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("load embedded ner model: %w", defaultErr)
		}
	})
	return defaultRec, defaultErr
}

const modelMagic = "kg-ner\x001"

// ErrBadModel is returned by Load for data that is not a model file.
var ErrBadModel = errors.New("ner: not a model file")

// Save writes the model in its compact gzip format: feature keys sorted
// and delta-coded, weights quantised to 16 bits per pass.
func (r *Recognizer) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	passes := []*weights{r.pass1}
	if r.pass2 != nil {
		passes = append(passes, r.pass2)
	}
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	f32 := func(x float32) {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(x))
		bw.Write(b[:])
	}
	uv(uint64(len(passes)))
	for _, p := range passes {
		for i := range p.trans {
			for j := range p.trans[i] {
				f32(p.trans[i][j])
			}
		}
		// Slots sorted by key.
		keys := make([]int, 0, p.nrows)
		for i := range p.slots {
			if p.slots[i].key != 0 {
				keys = append(keys, i)
			}
		}
		sort.Slice(keys, func(i, j int) bool { return p.slots[keys[i]].key < p.slots[keys[j]].key })
		f32(p.scale)
		uv(uint64(len(keys)))
		var prev uint64
		for _, i := range keys {
			s := &p.slots[i]
			uv(s.key - prev)
			prev = s.key
			for c := 0; c < nLabels; c++ {
				sv(int64(s.w[c]))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	return nil
}

// Load reads a model written by Save. It uses the embedded gazetteer.
func Load(r io.Reader) (*Recognizer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return LoadWith(r, g)
}

// LoadWith reads a model written by Save, using gazetteer g for features
// (it must be the gazetteer the model was trained with).
func LoadWith(r io.Reader, g *gazetteer.Gazetteer) (*Recognizer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, ErrBadModel
	}
	d := decoder{b: data[len(modelMagic):]}
	np := d.uvarint()
	if d.err == nil && (np < 1 || np > 2) {
		return nil, fmt.Errorf("%w: %d passes", ErrBadModel, np)
	}
	rec := &Recognizer{gaz: g}
	for p := 0; p < int(np) && d.err == nil; p++ {
		var trans [nLabels + 1][nLabels]float32
		for i := range trans {
			for j := range trans[i] {
				trans[i][j] = d.f32()
			}
		}
		scale := d.f32()
		n := d.uvarint()
		if d.err != nil {
			break
		}
		if n > uint64(len(d.b)) { // every row takes at least one byte
			return nil, fmt.Errorf("%w: %d rows", ErrBadModel, n)
		}
		m := newWeights(int(n), scale)
		m.trans = trans
		var k uint64
		for i := 0; i < int(n) && d.err == nil; i++ {
			k += d.uvarint()
			var w [nLabels]int16
			for c := range w {
				x := d.varint()
				if x < math.MinInt16 || x > math.MaxInt16 {
					return nil, fmt.Errorf("%w: weight %d out of range", ErrBadModel, x)
				}
				w[c] = int16(x)
			}
			m.put(k, w)
		}
		if p == 0 {
			rec.pass1 = m
		} else {
			rec.pass2 = m
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, d.err)
	}
	rec.run = newFused(rec.pass1, rec.pass2)
	return rec, nil
}

type decoder struct {
	b   []byte
	err error
}

var errTruncated = errors.New("truncated")

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) f32() float32 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 4 {
		d.err = errTruncated
		return 0
	}
	x := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return x
}
