// Package modelio is the varint encoding kg's tagger, lemmatiser,
// sentence model and gazetteer image are written in: an Encoder and a
// Decoder with sticky errors, so that a model's Save and Load read as a
// list of fields, and a Decoder fed corrupt or hostile input fails with an
// error after reading only what is there. Every model file is gzip at
// Level (stored blocks) and is read whole by Unzip, into one buffer the
// Decoder (or a package's own reader) works from. Embedded gives every
// model package its load-once Default.
package modelio

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/kg-project/kg/internal/hashtab"
)

// Encoder writes model fields; the first write error sticks in Err and
// later writes do nothing.
type Encoder struct {
	W   *bufio.Writer
	Err error
	buf [binary.MaxVarintLen64]byte
}

// Bytes writes b as it is.
func (e *Encoder) Bytes(b []byte) {
	if e.Err == nil {
		_, e.Err = e.W.Write(b)
	}
}

// Uvarint writes x as an unsigned varint.
func (e *Encoder) Uvarint(x uint64) { e.Bytes(e.buf[:binary.PutUvarint(e.buf[:], x)]) }

// Varint writes x as a signed varint.
func (e *Encoder) Varint(x int64) { e.Bytes(e.buf[:binary.PutVarint(e.buf[:], x)]) }

// U64 writes x as 8 little-endian bytes.
func (e *Encoder) U64(x uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], x)
	e.Bytes(e.buf[:8])
}

// Str writes a length-prefixed string.
func (e *Encoder) Str(s string) {
	e.Uvarint(uint64(len(s)))
	e.Bytes([]byte(s))
}

// Table writes the entries of t in key order as key deltas and values
// (values must be non-negative).
func (e *Encoder) Table(t *hashtab.Table) {
	type kv struct {
		k uint64
		v int32
	}
	var all []kv
	t.Range(func(k uint64, v int32) { all = append(all, kv{k, v}) })
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	e.Uvarint(uint64(len(all)))
	var prev uint64
	for _, x := range all {
		e.Uvarint(x.k - prev)
		prev = x.k
		e.Uvarint(uint64(x.v))
	}
}

// Decoder reads model fields from the decompressed file in memory; the
// first error sticks in Err and later reads return zero values.
type Decoder struct {
	B   []byte // what is still to be read
	Err error
}

// errOverflow is the error of a varint longer than 64 bits, as
// encoding/binary words it.
var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// fail records the error of a read that found n bytes unusable: the end
// of the data (io.EOF before a field, io.ErrUnexpectedEOF inside one) or,
// for n < 0, a varint overflow.
func (d *Decoder) fail(n int) {
	switch {
	case n < 0:
		d.Err = errOverflow
	case len(d.B) == 0:
		d.Err = io.EOF
	default:
		d.Err = io.ErrUnexpectedEOF
	}
	d.B = nil
}

// Uvarint reads an unsigned varint.
func (d *Decoder) Uvarint() uint64 {
	if d.Err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.B)
	if n <= 0 {
		d.fail(n)
		return 0
	}
	d.B = d.B[n:]
	return x
}

// Varint reads a signed varint.
func (d *Decoder) Varint() int64 {
	if d.Err != nil {
		return 0
	}
	x, n := binary.Varint(d.B)
	if n <= 0 {
		d.fail(n)
		return 0
	}
	d.B = d.B[n:]
	return x
}

// Count reads an unsigned varint that must not exceed limit.
func (d *Decoder) Count(limit int) int {
	x := d.Uvarint()
	if d.Err == nil && x > uint64(max(limit, 0)) {
		d.Err = fmt.Errorf("value %d exceeds %d", x, limit)
		return 0
	}
	return int(x)
}

// Bytes reads n bytes. The slice shares the decoder's memory: copy what
// you keep and change.
func (d *Decoder) Bytes(n int) []byte {
	if d.Err != nil {
		return nil
	}
	if n > len(d.B) {
		d.fail(0)
		return nil
	}
	b := d.B[:n:n]
	d.B = d.B[n:]
	return b
}

// U64 reads 8 little-endian bytes.
func (d *Decoder) U64() uint64 {
	b := d.Bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// Str reads a length-prefixed string of at most limit bytes.
func (d *Decoder) Str(limit int) string { return string(d.Bytes(d.Count(limit))) }

// Table reads what Encoder.Table wrote: at most maxLen entries with values
// at most maxVal. An entry takes at least two bytes, so a corrupt count
// costs only as much memory as the data actually present.
func (d *Decoder) Table(maxLen, maxVal int) hashtab.Table {
	n := d.Count(maxLen)
	if d.Err != nil {
		return hashtab.Table{}
	}
	keys := make([]uint64, 0, min(n, len(d.B)/2))
	vals := make([]int32, 0, cap(keys))
	var k uint64
	for i := 0; i < n && d.Err == nil; i++ {
		k += d.Uvarint()
		keys = append(keys, k)
		vals = append(vals, int32(d.Count(maxVal)))
	}
	if d.Err != nil {
		return hashtab.Table{}
	}
	t := hashtab.New(len(keys))
	for i, k := range keys {
		t.Put(k, vals[i])
	}
	return t
}

// WriteGzip writes a model file: gzip (at Level) over the magic
// line and the fields body encodes, so that the same model always gives
// the same bytes. The first error of the encoder, the buffer or the gzip
// stream is returned.
func WriteGzip(w io.Writer, magic string, body func(e *Encoder)) error {
	zw, err := gzip.NewWriterLevel(w, Level)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &Encoder{W: bw}
	e.Bytes([]byte(magic))
	body(e)
	if e.Err == nil {
		e.Err = bw.Flush()
	}
	if e.Err == nil {
		e.Err = zw.Close()
	}
	return e.Err
}

// ReadGzip reads a model file WriteGzip wrote: it decompresses the file
// (Unzip) and hands decode a Decoder over its content, magic first. A
// stream that is not gzip, or breaks, gives an error wrapping bad.
func ReadGzip[T any](r io.Reader, bad error, decode func(*Decoder) (T, error)) (T, error) {
	data, err := Unzip(r)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%w: %w", bad, err)
	}
	return decode(&Decoder{B: data})
}
