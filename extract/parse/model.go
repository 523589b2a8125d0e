package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/kg-project/kg/internal/modelio"
)

// Model file layout, gzip-compressed:
//
//	magic    "KGPARSE\x01"
//	uvarint  number of labels, then each label as uvarint length + bytes
//	uvarint  id of the root label
//	uvarint  vocabulary size, then the word hashes in increasing order as
//	         uvarint deltas
//	uint32   weight scale (float32 bits, little endian)
//	uvarint  number of label-candidate keys, then each in increasing order:
//	         uvarint key delta, uvarint label mask
//	uvarint  number of features
//	features in increasing key order, each:
//	    uvarint key delta from the previous key
//	    byte    number of entries
//	    entries: byte class, varint (zigzag) weight
//	byte     1 if a fast model follows, 2 for a model trained with a
//	         beam, else 0; then, for 1:
//	uint32   its weight scale (float32 bits, little endian)
//	uint32   its margin (float32 bits, little endian), see Parser.fast
//	uvarint  number of features, and the features as above
//	         or, for 2:
//	uvarint  the beam width it decodes with (SetBeam)
//	byte     optional: 1 for a model that reads sentences from right to
//	         left (TrainOptions.Reverse); absent for one that reads them
//	         from left to right, so such files are those of earlier
//	         versions
const (
	magic       = "KGPARSE\x04"
	magicNoFast = "KGPARSE\x03" // the layout before the fast model, still read
)

// maxEntries is the largest number of (class, weight) entries a model can
// hold: run starts are packed in 24 bits.
const maxEntries = 1 << 24

// ErrFormat is returned by Load for input that is not a parse model.
var ErrFormat = errors.New("not a kg parse model")

func encode(w io.Writer, p *Parser) error {
	zw, err := gzip.NewWriterLevel(w, modelio.Level)
	if err != nil {
		return fmt.Errorf("save parse model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }

	bw.WriteString(magic)
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	uv(uint64(p.root))
	if p.vocab == nil {
		uv(0)
	} else {
		words := p.vocab.sorted()
		uv(uint64(len(words)))
		var prev uint64
		for _, w := range words {
			uv(w - prev)
			prev = w
		}
	}
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(p.w.scale))
	bw.Write(buf[:4])

	ckeys, cmasks := p.cands.sorted()
	uv(uint64(len(ckeys)))
	var prevKey uint64
	for i, k := range ckeys {
		uv(k - prevKey)
		prevKey = k
		uv(cmasks[i])
	}

	table := func(w *weights) {
		uv(uint64(w.nfeat))
		var prev uint64
		w.each(func(key uint64, run []uint32) {
			uv(key - prev)
			prev = key
			bw.WriteByte(byte(len(run)))
			for _, e := range run {
				bw.WriteByte(byte(e >> 16))
				sv(int64(int16(uint16(e))))
			}
		})
	}
	table(p.w)
	switch {
	case p.beam > 1:
		// a model trained with a beam decodes with one
		bw.WriteByte(2)
		uv(uint64(p.beam))
	case p.fast == nil:
		bw.WriteByte(0)
	default:
		bw.WriteByte(1)
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(p.fast.scale))
		bw.Write(buf[:4])
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(p.fastMargin))
		bw.Write(buf[:4])
		table(p.fast)
	}
	if p.reverse {
		bw.WriteByte(1)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save parse model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save parse model: %w", err)
	}
	return nil
}

// reader decodes varints from an in-memory model; after a failure every
// read returns 0 and err is set.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *reader) varint() int64 {
	x, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// float32 reads a float32 written as its bits, little endian; 0 after a
// failure.
func (r *reader) float32() float32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

func (r *reader) bytes(n int) []byte {
	if n > len(r.b) {
		r.fail()
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = io.ErrUnexpectedEOF
	}
	r.b = nil
}

func decode(rd io.Reader) (*Parser, error) {
	data, err := modelio.Unzip(rd)
	if errors.Is(err, modelio.ErrNotGzip) {
		return nil, fmt.Errorf("load parse model: %w: %w", ErrFormat, err)
	}
	if err != nil {
		return nil, fmt.Errorf("load parse model: %w", err)
	}
	r := &reader{b: data}
	fail := func(what string) (*Parser, error) {
		err := r.err
		if err == nil {
			err = ErrFormat
		}
		return nil, fmt.Errorf("load parse model: %s: %w", what, err)
	}
	version := string(r.bytes(len(magic)))
	if version != magic && version != magicNoFast {
		r.err = ErrFormat
		return fail("magic")
	}
	nlab := r.uvarint()
	if r.err != nil || nlab == 0 || nlab > 64 {
		return fail("label count")
	}
	p := &Parser{labels: make([]string, nlab)}
	for i := range p.labels {
		n := r.uvarint()
		if n > 256 {
			return fail("label")
		}
		p.labels[i] = string(r.bytes(int(n)))
	}
	root := r.uvarint()
	if r.err != nil || root >= nlab {
		return fail("root label")
	}
	p.root = int(root)
	nvocab := r.uvarint()
	if r.err != nil || nvocab > uint64(len(r.b)) {
		return fail("vocabulary size")
	}
	if nvocab > 0 {
		p.vocab = newHashSet(int(nvocab))
		var word uint64
		for i := uint64(0); i < nvocab; i++ {
			d := r.uvarint()
			if d == 0 {
				return fail("vocabulary")
			}
			word += d
			p.vocab.add(word)
		}
	}
	scale := r.float32()
	ncand := r.uvarint()
	if r.err != nil || ncand > uint64(len(r.b)) {
		return fail("candidate count")
	}
	p.cands = newCandTable(int(ncand))
	var ckey uint64
	for i := uint64(0); i < ncand; i++ {
		d := r.uvarint()
		if d == 0 {
			return fail("candidate key")
		}
		ckey += d
		p.cands.or(ckey, r.uvarint())
	}
	w, what := r.table(p.nclass())
	if w == nil {
		return fail(what)
	}
	w.scale = scale
	p.w = w
	var after byte
	if version == magic {
		after = r.byte()
	}
	if after == 2 {
		beam := r.uvarint()
		if r.err != nil || beam < 2 || beam > MaxBeam {
			return fail("beam width")
		}
		p.SetBeam(int(beam))
	}
	if after == 1 {
		scale := r.float32()
		margin := r.float32()
		if r.err != nil || !(scale > 0) || !(margin >= 0) {
			return fail("fast model")
		}
		fw, what := r.table(p.nclass())
		if fw == nil {
			return fail("fast model " + what)
		}
		fw.scale = scale
		p.fast = fw
		p.SetFastMargin(margin)
	}
	if r.err == nil && len(r.b) > 0 {
		if r.byte() != 1 {
			r.err = ErrFormat
			return fail("direction")
		}
		p.reverse = true
	}
	if r.err != nil || len(r.b) > 0 {
		return fail("end")
	}
	return p, nil
}

// table reads a weight table written by encode's table, or returns nil
// and what was wrong.
func (r *reader) table(nclass int) (*weights, string) {
	nfeat := r.uvarint()
	if r.err != nil || nfeat > maxEntries || nfeat > uint64(len(r.b)) {
		return nil, "feature count"
	}
	w := newWeights(int(nfeat), nclass)
	w.ents = slices.Grow(w.ents, int(nfeat)*5)
	var (
		key uint64
		run []uint32
	)
	for i := uint64(0); i < nfeat; i++ {
		d := r.uvarint()
		if r.err != nil || (d == 0 && i > 0) {
			return nil, "feature key"
		}
		key += d
		if key == 0 || key >= 1<<keyBits {
			return nil, "feature key"
		}
		n := int(r.byte())
		if len(w.ents)+n+1 > maxEntries {
			return nil, "too many entries"
		}
		run = run[:0]
		prev := -1
		for j := 0; j < n; j++ {
			c := int(r.byte())
			v := r.varint()
			if r.err != nil || c >= nclass || c <= prev || v < math.MinInt16 || v > math.MaxInt16 {
				return nil, "entry"
			}
			prev = c
			run = append(run, uint32(c)<<16|uint32(uint16(int16(v))))
		}
		w.add(key, run)
	}
	if r.err != nil {
		return nil, "features"
	}
	return w, ""
}
