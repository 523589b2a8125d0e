package lemma

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
	"sort"
	"sync"

	"github.com/kg-project/kg/extract/nlp"
)

// modelMagic starts every lemmatiser model file; the digit is the version.
const modelMagic = "KGLEM3\n"

// ErrBadModel is returned by Load for input that is not a lemmatiser model.
var ErrBadModel = errors.New("not a kg lemmatiser model")

//go:embed model.bin.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultLem  *Lemmatizer
	defaultErr  error
)

// Default returns the lemmatiser embedded in the binary, trained on UD
// English-EWT. It is loaded on first use and shared.
func Default() (*Lemmatizer, error) {
	defaultOnce.Do(func() {
		defaultLem, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("load embedded lemmatiser model: %w", defaultErr)
		}
	})
	return defaultLem, defaultErr
}

// Save writes l as gzip over varint-coded tables, in a fixed order so that
// the same model gives the same bytes.
func (l *Lemmatizer) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.bytes([]byte(modelMagic))
	e.uvarint(uint64(l.maxSuf))
	e.uvarint(uint64(len(l.xpos)))
	for _, x := range l.xpos {
		e.str(x)
	}
	e.uvarint(uint64(len(l.rules)))
	for _, r := range l.rules {
		e.uvarint(uint64(r.Strip)<<2 | uint64(r.Case))
		e.str(r.Add)
	}
	e.uvarint(uint64(len(l.lemmas)))
	for _, s := range l.lemmas {
		e.str(s)
	}
	e.table(&l.exact)
	e.table(&l.lower)
	e.table(&l.suffix)
	e.table(&l.known)
	e.table(&l.caps)
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	if e.err != nil {
		return fmt.Errorf("write lemmatiser model: %w", e.err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Lemmatizer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	return decode(bufio.NewReader(zr))
}

// decode reads the uncompressed model format.
func decode(r *bufio.Reader) (*Lemmatizer, error) {
	d := &decoder{r: r}
	if string(d.bytes(len(modelMagic))) != modelMagic {
		return nil, ErrBadModel
	}
	l := &Lemmatizer{xid: map[string]int{}}
	l.maxSuf = d.count(64)
	nx := d.count(1 << 10)
	for i := 0; i < nx && d.err == nil; i++ {
		x := d.str()
		l.xpos = append(l.xpos, x)
		l.xid[x] = i
	}
	nr := d.count(1 << 20)
	for i := 0; i < nr && d.err == nil; i++ {
		v := d.uvarint()
		if v>>2 > 1<<10 || Case(v&3) > Title {
			d.err = fmt.Errorf("bad rule %d", v)
		}
		l.rules = append(l.rules, Rule{Case: Case(v & 3), Strip: int(v >> 2), Add: d.str()})
	}
	nlm := d.count(maxTableLen)
	for i := 0; i < nlm && d.err == nil; i++ {
		l.lemmas = append(l.lemmas, d.str())
	}
	l.exact = d.table(len(l.lemmas) - 1)
	l.lower = d.table(lemmaFlag + len(l.lemmas) - 1)
	l.suffix = d.table(len(l.rules) - 1)
	l.known = d.table(0)
	l.caps = d.table(len(l.lemmas) - 1)
	if d.err == nil {
		d.err = l.check()
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, d.err)
	}
	return l, nil
}

// check verifies that every rule index in the lower-case dictionary is in
// range (values at or above lemmaFlag index lemmas, checked by the reader).
func (l *Lemmatizer) check() error {
	var err error
	l.lower.Range(func(_ uint64, v int32) {
		if err == nil && v < lemmaFlag && int(v) >= len(l.rules) {
			err = fmt.Errorf("rule %d out of range", v)
		}
	})
	return err
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
func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.bytes([]byte(s))
}

// table writes the entries of t in key order as key deltas and values.
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

// count reads a uvarint that must not exceed limit.
func (d *decoder) count(limit int) int {
	x := d.uvarint()
	if d.err == nil && x > uint64(max(limit, 0)) {
		d.err = fmt.Errorf("value %d exceeds %d", x, limit)
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

func (d *decoder) str() string { return string(d.bytes(d.count(1 << 12))) }

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

// Tagger sets the UPOS and XPOS of a sentence's tokens; *tag.Tagger is one.
type Tagger interface {
	Tag(s *nlp.Sentence)
}

// Metrics are lemma accuracies over the tokens of a gold corpus.
type Metrics struct {
	Tokens int     // tokens with a gold lemma
	Lemma  float64 // share of tokens whose lemma is right (case-sensitive)
}

// Evaluate lemmatises a copy of every gold sentence and compares the
// lemmas with the gold ones. With a tagger, the tags are predicted from
// the words first (the realistic setting); with nil, the gold tags are
// used. gold is not modified.
func Evaluate(l *Lemmatizer, gold []nlp.Sentence, tagger Tagger) Metrics {
	var m Metrics
	var ok int
	var buf []nlp.Token
	for i := range gold {
		buf = append(buf[:0], gold[i].Tokens...)
		s := nlp.Sentence{Tokens: buf}
		if tagger != nil {
			for j := range buf {
				buf[j].UPOS, buf[j].XPOS, buf[j].Lemma = "", "", ""
			}
			tagger.Tag(&s)
		}
		l.Lemmatize(&s)
		for j, g := range gold[i].Tokens {
			if g.Lemma == "" {
				continue
			}
			m.Tokens++
			if s.Tokens[j].Lemma == g.Lemma {
				ok++
			}
		}
	}
	if m.Tokens > 0 {
		m.Lemma = float64(ok) / float64(m.Tokens)
	}
	return m
}
