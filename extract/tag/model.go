package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/kg-project/kg/internal/hashtab"
	"io"
	"math"
	"sort"
	"sync"
)

// modelMagic starts every tagger model file; the digit is the format version.
const modelMagic = "KGTAG2\n"

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
// tables, with the weights as the 16-bit integers Train rounded them to
// and one scale per pass.
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
	if t.first != nil {
		e.uvarint(2)
		e.weights(t.first)
	} else {
		e.uvarint(1)
	}
	e.weights(t.second)
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
	return decode(bufio.NewReader(zr))
}

// decode reads the uncompressed model format.
func decode(r *bufio.Reader) (*Tagger, error) {
	d := &decoder{r: r}
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
	t.tagdict = d.table(nl - 1)
	passes := d.count(2)
	if passes == 2 {
		t.first = d.weights(nl)
	}
	t.second = d.weights(nl)
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, d.err)
	}
	if passes == 0 {
		return nil, fmt.Errorf("%w: no weights", ErrBadModel)
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
func (e *encoder) table(t *hashtab.Table) {
	type kv struct {
		k uint64
		v int32
	}
	var all []kv
	t.Range(func(k uint64, v int32) { all = append(all, kv{k, v}) })
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	e.uvarint(uint64(len(all)))
	var prev uint64
	for _, x := range all {
		e.uvarint(x.k - prev)
		prev = x.k
		e.uvarint(uint64(x.v))
	}
}

// weights writes one pass: scale, then each feature row in key order as a
// key delta, an entry count and (label, weight) pairs.
func (e *encoder) weights(w *weights) {
	e.u64(math.Float64bits(w.scale))
	e.uvarint(uint64(len(w.keys)))
	var prev uint64
	for r, k := range w.keys {
		e.uvarint(k - prev)
		prev = k
		ent := w.ent[w.start[r]:w.start[r+1]]
		e.uvarint(uint64(len(ent)))
		for _, x := range ent {
			e.uvarint(uint64(x & 0xff))
			e.varint(int64(int32(x) >> 8))
		}
	}
}

func (d *decoder) weights(nl int) *weights {
	w := &weights{scale: math.Float64frombits(d.u64())}
	nf := d.count(maxTableLen)
	if d.err != nil {
		return w
	}
	w.start = []uint32{0}
	var k uint64
	for i := 0; i < nf && d.err == nil; i++ {
		delta := d.uvarint()
		if i > 0 && delta == 0 {
			d.err = errors.New("feature keys not increasing")
			break
		}
		k += delta
		w.keys = append(w.keys, k)
		n := d.count(nl)
		for j := 0; j < n && d.err == nil; j++ {
			c := d.count(nl - 1)
			q := d.varint()
			if q < -(1<<23) || q >= 1<<23 {
				d.err = fmt.Errorf("weight %d out of range", q)
			}
			w.ent = append(w.ent, uint32(c)|uint32(int32(q)<<8))
		}
		if len(w.ent) >= maxEntries {
			d.err = errors.New("too many weights")
		}
		w.start = append(w.start, uint32(len(w.ent)))
	}
	if d.err == nil {
		w.index()
	}
	return w
}

// maxTableLen bounds the entries of any table in a model file, so that a
// corrupt file cannot make Load allocate gigabytes (the shipped models
// hold well under a million).
const maxTableLen = 1 << 22

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

func (d *decoder) table(maxVal int) hashtab.Table {
	n := d.count(maxTableLen)
	if d.err != nil {
		return hashtab.Table{}
	}
	// Read the entries before sizing the table, so that a corrupt count
	// costs only as much memory as the data actually present.
	var keys []uint64
	var vals []int32
	var k uint64
	for i := 0; i < n && d.err == nil; i++ {
		k += d.uvarint()
		keys = append(keys, k)
		vals = append(vals, int32(d.count(maxVal)))
	}
	if d.err != nil {
		return hashtab.Table{}
	}
	t := hashtab.New(len(keys))
	for i, k := range keys {
		t.Put(k, vals[i])
	}
	return t
}
