package modelio

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/hashtab"
)

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	e := &Encoder{W: bw}
	tb := hashtab.New(2)
	tb.Put(5, 1)
	tb.Put(3, 2)
	e.Bytes([]byte("MAGIC"))
	e.Uvarint(300)
	e.Varint(-7)
	e.U64(1 << 60)
	e.Str("héllo")
	e.Table(&tb)
	if e.Err != nil || bw.Flush() != nil {
		t.Fatal(e.Err)
	}
	d := &Decoder{B: buf.Bytes()}
	if string(d.Bytes(5)) != "MAGIC" || d.Uvarint() != 300 || d.Varint() != -7 || d.U64() != 1<<60 || d.Str(16) != "héllo" {
		t.Fatalf("fields did not round-trip: %v", d.Err)
	}
	got := d.Table(10, 10)
	if d.Err != nil || got.Get(5) != 1 || got.Get(3) != 2 || got.Get(4) != -1 {
		t.Fatalf("table did not round-trip: %v", d.Err)
	}
}

func TestDecoderLimits(t *testing.T) {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	e := &Encoder{W: bw}
	e.Uvarint(1000)
	bw.Flush()
	d := &Decoder{B: buf.Bytes()}
	if d.Count(10); d.Err == nil || !strings.Contains(d.Err.Error(), "exceeds") {
		t.Fatalf("Count over its limit: err = %v", d.Err)
	}
	if d.Uvarint() != 0 || d.Bytes(3) != nil {
		t.Error("reads after an error should return zero values")
	}
	d = &Decoder{}
	if d.Str(10) != "" || d.Err == nil {
		t.Error("reading past the end should fail")
	}
}

func TestEmbedded(t *testing.T) {
	calls := 0
	load := func(r io.Reader) (string, error) {
		calls++
		b, err := io.ReadAll(r)
		if string(b) == "bad" {
			return "", errors.New("corrupt")
		}
		return string(b), err
	}
	get := Embedded("test model", []byte("weights"), load)
	for range 3 {
		if v, err := get(); v != "weights" || err != nil {
			t.Fatalf("get() = %q, %v", v, err)
		}
	}
	if calls != 1 {
		t.Errorf("decoded %d times, want once", calls)
	}
	if _, err := Embedded("test model", []byte("bad"), load)(); err == nil || !strings.Contains(err.Error(), "load embedded test model: corrupt") {
		t.Errorf("error %v, want it to name the model and wrap the cause", err)
	}
}

func TestWriteGzip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGzip(&buf, "MAGIC\n", func(e *Encoder) { e.Uvarint(300); e.Str("x") }); err != nil {
		t.Fatal(err)
	}
	raw, err := Unzip(&buf)
	if err != nil {
		t.Fatal(err)
	}
	d := &Decoder{B: raw}
	if m := string(d.Bytes(6)); m != "MAGIC\n" {
		t.Errorf("magic %q", m)
	}
	if n, s := d.Uvarint(), d.Str(10); n != 300 || s != "x" || d.Err != nil {
		t.Errorf("read back %d %q %v", n, s, d.Err)
	}
	bad := errors.New("full")
	if err := WriteGzip(io.Discard, "M", func(e *Encoder) { e.Err = bad }); !errors.Is(err, bad) {
		t.Errorf("encoder error %v, want %v", err, bad)
	}
}

func TestReadGzip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGzip(&buf, "MAGIC\n", func(e *Encoder) { e.Uvarint(300) }); err != nil {
		t.Fatal(err)
	}
	decode := func(d *Decoder) (uint64, error) {
		if m := string(d.Bytes(6)); m != "MAGIC\n" {
			return 0, errors.New("magic")
		}
		return d.Uvarint(), d.Err
	}
	if n, err := ReadGzip(&buf, errBad, decode); n != 300 || err != nil {
		t.Errorf("ReadGzip = %d, %v; want 300", n, err)
	}
	if _, err := ReadGzip(strings.NewReader("not gzip"), errBad, decode); !errors.Is(err, errBad) {
		t.Errorf("plain text: error %v, want one wrapping %v", err, errBad)
	}
}

var errBad = errors.New("not a model")

func TestDecoderErrors(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		read func(d *Decoder)
		want error
	}{
		{nil, func(d *Decoder) { d.Uvarint() }, io.EOF},
		{[]byte{0x80}, func(d *Decoder) { d.Uvarint() }, io.ErrUnexpectedEOF},
		{[]byte{0x80}, func(d *Decoder) { d.Varint() }, io.ErrUnexpectedEOF},
		{bytes.Repeat([]byte{0xff}, 11), func(d *Decoder) { d.Uvarint() }, errOverflow},
		{[]byte{1, 2}, func(d *Decoder) { d.Bytes(3) }, io.ErrUnexpectedEOF},
		{nil, func(d *Decoder) { d.U64() }, io.EOF},
		{[]byte{3, 'a'}, func(d *Decoder) { d.Str(10) }, io.ErrUnexpectedEOF},
		{[]byte{4, 1, 1}, func(d *Decoder) { d.Table(10, 10) }, io.EOF},
	} {
		d := &Decoder{B: c.in}
		c.read(d)
		if !errors.Is(d.Err, c.want) {
			t.Errorf("reading % x: error %v, want %v", c.in, d.Err, c.want)
		}
		if d.Uvarint() != 0 || len(d.B) != 0 {
			t.Errorf("reading % x: a read after the error returned data", c.in)
		}
	}
	// Bytes shares the decoder's memory and moves on.
	d := &Decoder{B: []byte("abcdef")}
	if b := d.Bytes(2); string(b) != "ab" || cap(b) != 2 || string(d.B) != "cdef" {
		t.Errorf("Bytes(2) = %q (cap %d), rest %q", b, cap(b), d.B)
	}
}

func TestUnzip(t *testing.T) {
	payload := bytes.Repeat([]byte("kg model bytes "), 10000)
	for _, level := range []int{Level, gzip.BestCompression} {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, level)
		zw.Write(payload)
		zw.Close()
		for name, r := range map[string]io.Reader{
			"bytes.Reader": bytes.NewReader(z.Bytes()),                 // sized: one exact buffer
			"plain reader": io.MultiReader(bytes.NewReader(z.Bytes())), // grows
		} {
			got, err := Unzip(r)
			if err != nil || !bytes.Equal(got, payload) {
				t.Errorf("level %d, %s: %d bytes, %v; want the %d bytes written", level, name, len(got), err, len(payload))
			}
			if name == "bytes.Reader" && cap(got) != len(payload)+1 {
				t.Errorf("level %d: buffer of %d bytes for %d, want one allocation of the announced size", level, cap(got), len(payload))
			}
		}
		// A trailer announcing far more than the stream can hold is not
		// trusted for the buffer.
		huge := bytes.Clone(z.Bytes())
		copy(huge[len(huge)-4:], []byte{0xff, 0xff, 0xff, 0x3f})
		if h := sizeHint(bytes.NewReader(huge)); h != 0 {
			t.Errorf("level %d: a trailer announcing 1 GB of a %d-byte stream sized the buffer at %d", level, len(huge), h)
		}
		// A trailer that lies about the size only sizes the buffer wrongly;
		// the checksum still catches a changed length.
		lied := bytes.Clone(z.Bytes())
		lied[len(lied)-4] ^= 0xff
		if _, err := Unzip(bytes.NewReader(lied)); err == nil {
			t.Errorf("level %d: a wrong length in the trailer went unnoticed", level)
		}
		cut := z.Bytes()[:z.Len()-9]
		if _, err := Unzip(bytes.NewReader(cut)); err == nil {
			t.Errorf("level %d: a truncated stream unzipped", level)
		}
	}
	for _, in := range []string{"", "not gzip"} {
		if _, err := Unzip(strings.NewReader(in)); !errors.Is(err, ErrNotGzip) {
			t.Errorf("Unzip(%q): error %v, want ErrNotGzip", in, err)
		}
	}
}
