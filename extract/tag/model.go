package tag

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
)

// modelMagic starts every tagger model file; the digit is the format version.
const modelMagic = "KGTAG1\n"

// ErrBadModel is returned by Load for input that is not a tagger model.
var ErrBadModel = errors.New("not a kg tagger model")

//go:embed model.bin.gz
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger embedded in the binary, trained on UD
// English-EWT. It is loaded on first use and shared; later calls return the
// same value.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("load embedded tagger model: %w", defaultErr)
		}
	})
	return defaultTagger, defaultErr
}

// Save writes t in kg's compact model format: gzip over varint-coded
// tables, weights quantised to 16-bit integers with one scale.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.bytes([]byte(modelMagic))
	e.uvarint(uint64(len(t.labels)))
	for _, l := range t.labels {
		e.str(l.UPOS)
		e.str(l.XPOS)
	}
	e.table(&t.amb)
	e.table(&t.tagdict)

	var maxAbs float64
	for _, x := range t.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	e.u64(math.Float64bits(scale))
	// Features in key order so that the same model gives the same bytes.
	type fr struct {
		k uint64
		r int32
	}
	var rows []fr
	for i, k := range t.feats.keys {
		if k != 0 {
			rows = append(rows, fr{k, t.feats.vals[i]})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].k < rows[j].k })
	e.uvarint(uint64(len(rows)))
	var prev uint64
	for _, x := range rows {
		e.uvarint(x.k - prev)
		prev = x.k
		lo, hi := t.start[x.r], t.start[x.r+1]
		e.uvarint(uint64(hi - lo))
		for j := lo; j < hi; j++ {
			e.uvarint(uint64(t.cls[j]))
			e.varint(int64(math.Round(float64(t.w[j]) / scale)))
		}
	}
	if e.err != nil {
		return fmt.Errorf("write tagger model: %w", e.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write tagger model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write tagger model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	d := &decoder{r: bufio.NewReader(zr)}
	magic := d.bytes(len(modelMagic))
	if d.err != nil || string(magic) != modelMagic {
		return nil, ErrBadModel
	}
	t := &Tagger{}
	nl := d.count(256)
	for i := 0; i < nl && d.err == nil; i++ {
		t.labels = append(t.labels, Label{UPOS: d.str(), XPOS: d.str()})
	}
	t.amb = d.table(math.MaxInt32)
	t.tagdict = d.table(nl)
	scale := math.Float64frombits(d.u64())
	nf := d.count(1 << 26)
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, d.err)
	}
	t.feats = newTable(nf)
	t.start = make([]uint32, 1, nf+1)
	var k uint64
	for i := 0; i < nf && d.err == nil; i++ {
		k += d.uvarint()
		t.feats.put(k, int32(i))
		n := d.count(nl)
		for j := 0; j < n && d.err == nil; j++ {
			c := d.count(nl - 1)
			t.cls = append(t.cls, uint8(c))
			t.w = append(t.w, float32(float64(d.varint())*scale))
		}
		t.start = append(t.start, uint32(len(t.cls)))
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, d.err)
	}
	if len(t.labels) == 0 {
		return nil, fmt.Errorf("%w: no labels", ErrBadModel)
	}
	return t, nil
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) uvarint(x uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], x)]) }
func (e *encoder) varint(x int64)   { e.bytes(e.buf[:binary.PutVarint(e.buf[:], x)]) }
func (e *encoder) u64(x uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], x)
	e.bytes(e.buf[:8])
}
func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.bytes([]byte(s))
}

// table writes the non-empty entries of t in key order.
func (e *encoder) table(t *table) {
	type kv struct {
		k uint64
		v int32
	}
	var all []kv
	for i, k := range t.keys {
		if k != 0 {
			all = append(all, kv{k, t.vals[i]})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	e.uvarint(uint64(len(all)))
	var prev uint64
	for _, x := range all {
		e.uvarint(x.k - prev)
		prev = x.k
		e.uvarint(uint64(x.v))
	}
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = err
	}
	return x
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadVarint(d.r)
	if err != nil {
		d.err = err
	}
	return x
}

// count reads a uvarint that must not exceed limit.
func (d *decoder) count(limit int) int {
	x := d.uvarint()
	if d.err == nil && x > uint64(limit) {
		d.err = fmt.Errorf("count %d exceeds %d", x, limit)
		return 0
	}
	return int(x)
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
		return nil
	}
	return b
}

func (d *decoder) u64() uint64 {
	b := d.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (d *decoder) str() string { return string(d.bytes(d.count(1 << 10))) }

func (d *decoder) table(maxVal int) table {
	n := d.count(1 << 26)
	if d.err != nil {
		return table{}
	}
	t := newTable(n)
	var k uint64
	for i := 0; i < n && d.err == nil; i++ {
		k += d.uvarint()
		t.put(k, int32(d.count(maxVal)))
	}
	return t
}
