package lemma

import (
	_ "embed"
	"errors"
	"fmt"
	"io"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/modelio"
)

// modelMagic starts every lemmatiser model file; the digit is the version.
const modelMagic = "KGLEM3\n"

// ErrBadModel is returned by Load for input that is not a lemmatiser model.
var ErrBadModel = errors.New("not a kg lemmatiser model")

//go:embed model.bin.gz
var embedded []byte

// Default returns the lemmatiser embedded in the binary, trained on UD
// English-EWT. It is loaded on first use and shared.
func Default() (*Lemmatizer, error) { return loadDefault() }

var loadDefault = modelio.Embedded("lemmatiser model", embedded, Load)

// Save writes l as gzip over varint-coded tables, in a fixed order so that
// the same model gives the same bytes.
func (l *Lemmatizer) Save(w io.Writer) error {
	err := modelio.WriteGzip(w, modelMagic, func(e *modelio.Encoder) {
		e.Uvarint(uint64(l.maxSuf))
		e.Uvarint(uint64(len(l.xpos)))
		for _, x := range l.xpos {
			e.Str(x)
		}
		e.Uvarint(uint64(len(l.rules)))
		for _, r := range l.rules {
			e.Uvarint(uint64(r.Strip)<<2 | uint64(r.Case))
			e.Str(r.Add)
		}
		e.Uvarint(uint64(len(l.lemmas)))
		for _, s := range l.lemmas {
			e.Str(s)
		}
		e.Table(&l.exact)
		e.Table(&l.lower)
		e.Table(&l.suffix)
		e.Table(&l.known)
		e.Table(&l.caps)
	})
	if err != nil {
		return fmt.Errorf("write lemmatiser model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Lemmatizer, error) {
	return modelio.ReadGzip(r, ErrBadModel, decode)
}

// decode reads the uncompressed model format.
func decode(d *modelio.Decoder) (*Lemmatizer, error) {
	if string(d.Bytes(len(modelMagic))) != modelMagic {
		return nil, ErrBadModel
	}
	l := &Lemmatizer{xid: map[string]int{}}
	l.maxSuf = d.Count(64)
	nx := d.Count(1 << 10)
	for i := 0; i < nx && d.Err == nil; i++ {
		x := d.Str(1 << 12)
		l.xpos = append(l.xpos, x)
		l.class = append(l.class, tagClass(x))
		l.xid[x] = i
	}
	nr := d.Count(1 << 20)
	for i := 0; i < nr && d.Err == nil; i++ {
		v := d.Uvarint()
		if v>>2 > 1<<10 || Case(v&3) > Title {
			d.Err = fmt.Errorf("bad rule %d", v)
		}
		l.rules = append(l.rules, Rule{Case: Case(v & 3), Strip: int(v >> 2), Add: d.Str(1 << 12)})
	}
	nlm := d.Count(maxTableLen)
	for i := 0; i < nlm && d.Err == nil; i++ {
		l.lemmas = append(l.lemmas, d.Str(1<<12))
	}
	l.exact = d.Table(maxTableLen, len(l.lemmas)-1)
	l.lower = d.Table(maxTableLen, lemmaFlag+len(l.lemmas)-1)
	l.suffix = d.Table(maxTableLen, len(l.rules)-1)
	l.known = d.Table(maxTableLen, int(classAll))
	l.caps = d.Table(maxTableLen, len(l.lemmas)-1)
	if d.Err == nil {
		d.Err = l.check()
	}
	if d.Err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, d.Err)
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

// maxTableLen bounds the entries of any table in a model file, so that a
// corrupt file cannot make Load allocate gigabytes (the shipped models
// hold well under a million).
const maxTableLen = 1 << 22

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
