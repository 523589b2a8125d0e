package ner

import (
	"bufio"
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
	"github.com/kg-project/kg/internal/modelio"
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

// weights is one trained pass before packing: feature keys with their
// quantised weights (int16 times scale) and label-transition weights.
type weights struct {
	keys  []uint64
	w     [][nLabels]int16
	scale float32
	trans [nLabels + 1][nLabels]float32
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// fslot holds a feature's weights in both passes, so that the features
// the passes share cost one look-up.
type fslot struct {
	key    uint64
	w1, w2 [nLabels]int16
}

// fused is the run-time model: an open-addressing hash table of feature
// slots (key 0 marks an empty slot, so key 0 is stored as 1) with the
// weights of both passes, and each pass's transitions. The loader and the
// trainer fill slots; index then turns them into fast, which score reads.
type fused struct {
	slots          []fslot
	mask           uint64
	n              int
	scale1, scale2 float32
	trans1, trans2 [nLabels + 1][nLabels]float32
	twoPass        bool

	// fast is the same table with the weights packed, one cache line a
	// slot, at a load factor of at most 1/2 (a smaller table was slower).
	fast  []packedRow
	fmask uint64
}

// packedRow holds a feature's key (word 0; 0 = empty slot) and its 14
// weights as 32-bit lanes of
// weight+laneBias, two to a word, so that one 64-bit add sums two: lane l
// (w1[l], or w2[l-nLabels] from l = nLabels on) is bits 32*(l%2) up of
// word 1+l/2. Lanes do not carry into each other while fewer than 1<<16
// rows are summed. A row is one cache line.
type packedRow [8]uint64

const laneBias = 1 << 15

// lane returns the weight of label c in pass p (0 or 1) of row r.
func (r *packedRow) lane(p, c int) int32 {
	l := p*nLabels + c
	return int32(int64(r[1+l/2]>>(32*(l&1))&0xffffffff) - laneBias)
}

// index builds the look-up table and rows from slots, and drops slots.
func (f *fused) index() {
	slots := f.slots
	f.allocFast(f.n)
	for i := range slots {
		s := &slots[i]
		if s.key == 0 {
			continue
		}
		r := f.row(s.key)
		for c := range nLabels {
			r.setLane(c, s.w1[c])
			r.setLane(nLabels+c, s.w2[c])
		}
	}
	f.slots = nil
}

// emptyRow is the packed row of a feature with no weight in either pass:
// every lane holds laneBias.
var emptyRow = func() (r packedRow) {
	for i := 1; i < len(r); i++ {
		r[i] = laneBias | laneBias<<32
	}
	return r
}()

// setLane sets lane l (see packedRow) of r to weight w.
func (r *packedRow) setLane(l int, w int16) {
	shift := 32 * (l & 1)
	word := &r[1+l/2]
	*word = *word&^(0xffffffff<<shift) | uint64(int64(w)+laneBias)<<shift
}

// allocFast makes fast an empty look-up table with room for n features,
// for a loader that fills it directly with row.
func (f *fused) allocFast(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	f.fast = make([]packedRow, size)
	f.fmask = uint64(size - 1)
	f.n = 0
}

// row returns the row of key k in fast, claiming an empty one (no
// weights) if needed; the table doubles when a new row would take it
// past a load factor of 1/2.
func (f *fused) row(k uint64) *packedRow {
	k = fixKey(k)
	for i := k & f.fmask; ; i = (i + 1) & f.fmask {
		r := &f.fast[i]
		if r[0] == k {
			return r
		}
		if r[0] != 0 {
			continue
		}
		if 2*(f.n+1) > len(f.fast) {
			old := f.fast
			f.allocFast(len(old))
			for i := range old {
				if old[i][0] != 0 {
					*f.row(old[i][0]) = old[i]
				}
			}
			return f.row(k)
		}
		*r = emptyRow
		r[0] = k
		f.n++
		return r
	}
}

// unpacked returns the features as fslots, from the look-up table.
func (f *fused) unpacked() []fslot {
	out := make([]fslot, 0, f.n)
	for i := range f.fast {
		r := &f.fast[i]
		if r[0] == 0 {
			continue
		}
		fs := fslot{key: r[0]}
		for c := 0; c < nLabels; c++ {
			fs.w1[c], fs.w2[c] = int16(r.lane(0, c)), int16(r.lane(1, c))
		}
		out = append(out, fs)
	}
	return out
}

func newFused(n int) *fused {
	f := &fused{}
	f.alloc(n)
	return f
}

// alloc sizes the table for n features at a load factor under 0.7.
func (f *fused) alloc(n int) {
	size := 16
	for size*7 < n*10 {
		size <<= 1
	}
	f.slots = make([]fslot, size)
	f.mask = uint64(size - 1)
	f.n = 0
}

// slot returns the slot of key k, claiming an empty one if needed; the
// caller has reserved room.
func (f *fused) slot(k uint64) *fslot {
	k = fixKey(k)
	for i := k & f.mask; ; i = (i + 1) & f.mask {
		s := &f.slots[i]
		if s.key == k {
			return s
		}
		if s.key == 0 {
			s.key = k
			f.n++
			return s
		}
	}
}

// packFused builds the run-time model from trained passes (p2 may be nil).
func packFused(p1, p2 *weights) *fused {
	n := len(p1.keys)
	if p2 != nil {
		n += len(p2.keys)
	}
	f := newFused(n)
	f.scale1, f.trans1 = p1.scale, p1.trans
	for i, k := range p1.keys {
		f.slot(k).w1 = p1.w[i]
	}
	if p2 != nil {
		f.twoPass = true
		f.scale2, f.trans2 = p2.scale, p2.trans
		for i, k := range p2.keys {
			f.slot(k).w2 = p2.w[i]
		}
	}
	f.index()
	return f
}

// score adds the first-pass weights of keys to em1 and the second-pass
// weights to em2.
//
// The keys are looked up in chunks whose first probes are loaded in a
// pass with no data-dependent branches, so that their cache misses
// overlap; the rows found are summed lane-wise.
func (f *fused) score(keys []uint64, em1, em2 *[nLabels]float32) {
	var a1, a2 [nLabels]int32
	const chunk = 64
	var (
		at    [chunk]uint64 // slot of the first probe
		first [chunk]uint64 // key in that slot
	)
	fast, mask := f.fast, f.fmask
	for len(keys) > 0 {
		ks := keys[:min(len(keys), chunk)]
		keys = keys[len(ks):]
		for j, k := range ks {
			i := fixKey(k) & mask
			at[j], first[j] = i, fast[i][0]
		}
		var acc packedRow
		m := int64(0)
		for j, k := range ks {
			k = fixKey(k)
			i, sk := at[j], first[j]
			for sk != k && sk != 0 {
				i = (i + 1) & mask
				sk = fast[i][0]
			}
			if sk == 0 {
				continue
			}
			r := &fast[i]
			for w := 1; w < len(acc); w++ {
				acc[w] += r[w]
			}
			m++
		}
		for l := 0; l < 2*nLabels; l++ {
			v := int32(int64(acc[1+l/2]>>(32*(l&1))&0xffffffff) - m*laneBias)
			if l < nLabels {
				a1[l] += v
			} else {
				a2[l-nLabels] += v
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
	run    *fused
	gaz    *gazetteer.Gazetteer
	places *placeIndex // placesFor(gaz)
	pool   sync.Pool

	// scoreAll turns off the plain-token shortcut (markPlain), for tests.
	scoreAll bool
}

//go:embed model.bin.gz
var embedded []byte

// Default returns the embedded model, loading it on first use.
func Default() (*Recognizer, error) { return loadDefault() }

var loadDefault = modelio.Embedded("ner model", embedded, Load)

const modelMagic = "kg-ner\x001"

// ErrBadModel is returned by Load for data that is not a model file.
var ErrBadModel = errors.New("ner: not a model file")

// Save writes the model in its compact gzip format: per pass, the
// transitions, then the features with a non-zero weight, keys sorted and
// delta-coded, weights as 16-bit integers times a scale.
func (r *Recognizer) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, modelio.Level)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	f := r.run
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	f32 := func(x float32) {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(x))
		bw.Write(b[:])
	}
	slots := f.unpacked()
	order := make([]int, 0, len(slots))
	for i := range slots {
		order = append(order, i)
	}
	sort.Slice(order, func(i, j int) bool { return slots[order[i]].key < slots[order[j]].key })
	passes := 1
	if f.twoPass {
		passes = 2
	}
	uv(uint64(passes))
	for p := 0; p < passes; p++ {
		trans, scale := &f.trans1, f.scale1
		get := func(s *fslot) *[nLabels]int16 { return &s.w1 }
		if p == 1 {
			trans, scale = &f.trans2, f.scale2
			get = func(s *fslot) *[nLabels]int16 { return &s.w2 }
		}
		for i := range trans {
			for j := range trans[i] {
				f32(trans[i][j])
			}
		}
		f32(scale)
		var rows []int
		for _, i := range order {
			if *get(&slots[i]) != ([nLabels]int16{}) {
				rows = append(rows, i)
			}
		}
		uv(uint64(len(rows)))
		var prev uint64
		for _, i := range rows {
			s := &slots[i]
			uv(s.key - prev)
			prev = s.key
			for _, x := range get(s) {
				sv(int64(x))
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

// Load reads a model written by Save. It uses the embedded gazetteer,
// waiting for it only after decoding the weights, so that a program
// loading both in parallel is not held up by the gazetteer.
func Load(r io.Reader) (*Recognizer, error) {
	f, err := decode(r)
	if err != nil {
		return nil, err
	}
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return newRecognizer(f, g), nil
}

// LoadWith reads a model written by Save, using gazetteer g for features
// (it must be the gazetteer the model was trained with).
func LoadWith(r io.Reader, g *gazetteer.Gazetteer) (*Recognizer, error) {
	f, err := decode(r)
	if err != nil {
		return nil, err
	}
	return newRecognizer(f, g), nil
}

func newRecognizer(f *fused, g *gazetteer.Gazetteer) *Recognizer {
	return &Recognizer{run: f, gaz: g, places: placesFor(g)}
}

// decode reads the weights of a model written by Save.
func decode(r io.Reader) (*fused, error) {
	data, err := modelio.Unzip(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != modelMagic {
		return nil, ErrBadModel
	}
	d := decoder{b: data[len(modelMagic):]}
	np := d.uvarint()
	if d.err == nil && (np < 1 || np > 2) {
		return nil, fmt.Errorf("%w: %d passes", ErrBadModel, np)
	}
	f := &fused{twoPass: np == 2}
	for p := 0; p < int(np) && d.err == nil; p++ {
		trans, scale := &f.trans1, &f.scale1
		if p == 1 {
			trans, scale = &f.trans2, &f.scale2
		}
		for i := range trans {
			for j := range trans[i] {
				trans[i][j] = d.f32()
			}
		}
		*scale = d.f32()
		n := d.uvarint()
		if d.err != nil {
			break
		}
		if n > 1<<24 || n > uint64(len(d.b)) {
			return nil, fmt.Errorf("%w: %d rows", ErrBadModel, n)
		}
		// The rows go straight into the packed look-up table, sized for
		// the first pass: the second pass's features are mostly the
		// same, and row makes room for the others.
		if p == 0 {
			f.allocFast(int(n))
		}
		var k uint64
		for i := 0; i < int(n) && d.err == nil; i++ {
			k += d.uvarint()
			r := f.row(k)
			for c := range nLabels {
				x := d.varint()
				if x < math.MinInt16 || x > math.MaxInt16 {
					return nil, fmt.Errorf("%w: weight %d out of range", ErrBadModel, x)
				}
				r.setLane(p*nLabels+c, int16(x))
			}
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, d.err)
	}
	return f, nil
}

// decoder reads the model's numbers from the decompressed file,
// remembering the first error.
type decoder struct {
	b   []byte
	err error
}

var errTruncated = errors.New("truncated model")

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
