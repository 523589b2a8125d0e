package tag

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/kg-project/kg/internal/modelio"
)

// modelMagic starts every tagger model file; the digit is the format
// version. Version 5 added the lexicon, version 4 the label candidates; a
// tagger without them is written in the older version, which still loads.
const (
	modelMagic   = "KGTAG5\n"
	modelMagicV4 = "KGTAG4\n"
	modelMagicV3 = "KGTAG3\n"
)

// ErrBadModel is returned by Load for input that is not a tagger model.
var ErrBadModel = errors.New("not a kg tagger model")

//go:embed model.bin.gz
var embedded []byte

// Default returns the tagger embedded in the binary, trained on UD
// English-EWT. It is loaded on first use and shared; later calls return the
// same value.
func Default() (*Tagger, error) { return loadDefault() }

var loadDefault = modelio.Embedded("tagger model", embedded, Load)

// Save writes t in kg's compact model format: gzip over varint-coded
// tables, with the weights as the 16-bit integers Train rounded them to
// and one scale per pass.
func (t *Tagger) Save(w io.Writer) error {
	magic := modelMagic
	switch {
	case len(t.candSets) == 0 && t.lex.Empty():
		magic = modelMagicV3 // the same file as before candidates
	case t.lex.Empty():
		magic = modelMagicV4 // the same file as before the lexicon
	}
	err := modelio.WriteGzip(w, magic, func(e *modelio.Encoder) {
		e.Uvarint(uint64(len(t.labels)))
		for _, l := range t.labels {
			e.Str(l.UPOS)
			e.Str(l.XPOS)
		}
		e.Table(&t.amb)
		e.Table(&t.tagdict)
		if magic != modelMagicV3 {
			e.Uvarint(uint64(len(t.candSets)))
			for _, cs := range t.candSets {
				e.U64(cs.mask[0])
				e.U64(cs.mask[1])
			}
			e.Table(&t.cands)
		}
		if magic == modelMagic {
			e.Table(&t.lex)
		}
		if t.first != nil {
			e.Uvarint(2)
			encodeWeights(e, t.first)
			e.Uvarint(uint64(t.recheck))
			e.Uvarint(uint64(b2i(t.reverse)))
		} else {
			e.Uvarint(1)
		}
		encodeWeights(e, t.second)
	})
	if err != nil {
		return fmt.Errorf("write tagger model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	return modelio.ReadGzip(r, ErrBadModel, decode)
}

// decode reads the uncompressed model format.
func decode(d *modelio.Decoder) (*Tagger, error) {
	magic := d.Bytes(len(modelMagic))
	version := map[string]int{modelMagicV3: 3, modelMagicV4: 4, modelMagic: 5}[string(magic)]
	if d.Err != nil || version == 0 {
		return nil, ErrBadModel
	}
	t := &Tagger{}
	nl := d.Count(256)
	for i := 0; i < nl && d.Err == nil; i++ {
		t.labels = append(t.labels, Label{UPOS: d.Str(1 << 10), XPOS: d.Str(1 << 10)})
	}
	t.amb = d.Table(maxTableLen, math.MaxInt32)
	t.tagdict = d.Table(maxTableLen, nl-1)
	if version >= 4 {
		masks := make([][2]uint64, d.Count(min(maxTableLen, nl*nl)))
		for i := range masks {
			masks[i] = [2]uint64{d.U64(), d.U64()}
			if !validCands(masks[i], nl) {
				d.Err = errors.New("label candidates out of range")
				break
			}
		}
		t.cands = d.Table(maxTableLen, len(masks))
		t.cands.Range(func(_ uint64, v int32) {
			if v < 1 {
				d.Err = errors.New("label candidates of a word out of range")
			}
		})
		t.setCands(masks)
	}
	if version >= 5 {
		t.lex = d.Table(maxTableLen, 1<<16-1)
	}
	passes := d.Count(2)
	if passes == 2 {
		t.first = decodeWeights(d, nl)
		t.recheck = int32(d.Count(math.MaxInt32))
		t.reverse = d.Count(1) == 1
	}
	t.second = decodeWeights(d, nl)
	if d.Err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, d.Err)
	}
	if passes == 0 {
		return nil, fmt.Errorf("%w: no weights", ErrBadModel)
	}
	if len(t.labels) == 0 {
		return nil, fmt.Errorf("%w: no labels", ErrBadModel)
	}
	return t, nil
}

// validCands reports whether m is a non-empty set of labels below nl.
func validCands(m [2]uint64, nl int) bool {
	if m == [2]uint64{} {
		return false
	}
	for l := nl; l < 128; l++ {
		if m[l/64]>>(l%64)&1 != 0 {
			return false
		}
	}
	return true
}

// weights writes one pass: scale, then each feature row in key order as a
// key delta, an entry count and (label, weight) pairs.
func encodeWeights(e *modelio.Encoder, w *weights) {
	e.U64(math.Float64bits(w.scale))
	e.Uvarint(uint64(len(w.keys)))
	var prev uint64
	for r, k := range w.keys {
		e.Uvarint(k - prev)
		prev = k
		ent := w.ent[w.start[r]:w.start[r+1]]
		e.Uvarint(uint64(len(ent)))
		for _, x := range ent {
			e.Uvarint(uint64(x & 0xff))
			e.Varint(int64(int32(x) >> 8))
		}
	}
}

func decodeWeights(d *modelio.Decoder, nl int) *weights {
	w := &weights{scale: math.Float64frombits(d.U64())}
	nf := d.Count(maxTableLen)
	if d.Err != nil {
		return w
	}
	// Sized at once from what the rest of the file can hold (a row takes
	// at least two bytes, an entry two), not grown by copies; the unused
	// end of ent is never written, so fresh from the system it takes no
	// memory pages.
	w.keys = make([]uint64, 0, min(nf, len(d.B)/2))
	w.start = make([]uint32, 1, cap(w.keys)+1)
	w.ent = make([]uint32, 0, len(d.B)/2)
	var k uint64
	for i := 0; i < nf && d.Err == nil; i++ {
		delta := d.Uvarint()
		if i > 0 && delta == 0 {
			d.Err = errors.New("feature keys not increasing")
			break
		}
		k += delta
		w.keys = append(w.keys, k)
		n := d.Count(nl)
		for j := 0; j < n && d.Err == nil; j++ {
			c := d.Count(nl - 1)
			q := d.Varint()
			if q < -(1<<23) || q >= 1<<23 {
				d.Err = fmt.Errorf("weight %d out of range", q)
			}
			w.ent = append(w.ent, uint32(c)|uint32(int32(q)<<8))
		}
		if len(w.ent) >= maxEntries {
			d.Err = errors.New("too many weights")
		}
		w.start = append(w.start, uint32(len(w.ent)))
	}
	if d.Err == nil {
		w.index()
	}
	return w
}

// maxTableLen bounds the entries of any table in a model file, so that a
// corrupt file cannot make Load allocate gigabytes (the shipped models
// hold well under a million).
const maxTableLen = 1 << 22

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
