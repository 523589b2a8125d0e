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
	d := &Decoder{R: bufio.NewReader(&buf)}
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
	d := &Decoder{R: bufio.NewReader(&buf)}
	if d.Count(10); d.Err == nil || !strings.Contains(d.Err.Error(), "exceeds") {
		t.Fatalf("Count over its limit: err = %v", d.Err)
	}
	if d.Uvarint() != 0 || d.Bytes(3) != nil {
		t.Error("reads after an error should return zero values")
	}
	d = &Decoder{R: bufio.NewReader(strings.NewReader(""))}
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
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	d := &Decoder{R: bufio.NewReader(zr)}
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
	decode := func(r *bufio.Reader) (uint64, error) {
		d := &Decoder{R: r}
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
