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
)

// Model file layout, gzip-compressed:
//
//	magic    "KGPARSE\x01"
//	uvarint  number of labels, then each label as uvarint length + bytes
//	uvarint  id of the root label
//	uvarint  vocabulary size, then the word hashes in increasing order as
//	         uvarint deltas
//	uint32   weight scale (float32 bits, little endian)
//	uvarint  number of features
//	features in increasing key order, each:
//	    uvarint key delta from the previous key
//	    byte    number of entries
//	    entries: byte class, varint (zigzag) weight
const magic = "KGPARSE\x02"

// maxEntries is the largest number of (class, weight) entries a model can
// hold: run starts are packed in 24 bits.
const maxEntries = 1 << 24

// ErrFormat is returned by Load for input that is not a parse model.
var ErrFormat = errors.New("not a kg parse model")

func encode(w io.Writer, p *Parser) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
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

	wt := p.w
	order := make([]uint64, 0, wt.nfeat)
	for _, v := range wt.slots {
		if v != 0 {
			order = append(order, v)
		}
	}
	slices.Sort(order) // by key: the key is in the high bits
	uv(uint64(len(order)))
	var prev uint64
	for _, v := range order {
		key := v >> 24
		uv(key - prev)
		prev = key
		run := wt.run(v)
		bw.WriteByte(byte(len(run)))
		for _, e := range run {
			bw.WriteByte(byte(e >> 16))
			sv(int64(int16(uint16(e))))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save parse model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save parse model: %w", err)
	}
	return nil
}

func decode(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load parse model: %w: %w", ErrFormat, err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	fail := func(what string, err error) (*Parser, error) {
		if err == nil {
			err = ErrFormat
		} else if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("load parse model: %s: %w", what, err)
	}
	var m [len(magic)]byte
	if _, err := io.ReadFull(br, m[:]); err != nil || string(m[:]) != magic {
		return fail("magic", ErrFormat)
	}
	nlab, err := binary.ReadUvarint(br)
	if err != nil || nlab == 0 || nlab > 127 {
		return fail("label count", err)
	}
	p := &Parser{labels: make([]string, nlab)}
	for i := range p.labels {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 256 {
			return fail("label", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail("label", err)
		}
		p.labels[i] = string(b)
	}
	root, err := binary.ReadUvarint(br)
	if err != nil || root >= nlab {
		return fail("root label", err)
	}
	p.root = int(root)
	nvocab, err := binary.ReadUvarint(br)
	if err != nil || nvocab > maxEntries {
		return fail("vocabulary size", err)
	}
	if nvocab > 0 {
		p.vocab = newHashSet(int(nvocab))
		var word uint64
		for i := uint64(0); i < nvocab; i++ {
			d, err := binary.ReadUvarint(br)
			if err != nil || d == 0 {
				return fail("vocabulary", err)
			}
			word += d
			p.vocab.add(word)
		}
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return fail("scale", err)
	}
	nfeat, err := binary.ReadUvarint(br)
	if err != nil || nfeat > maxEntries {
		return fail("feature count", err)
	}
	nclass := uint32(p.nclass())
	w := newWeights(int(nfeat), int(nclass))
	w.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	w.ents = make([]uint32, 0, nfeat*4)
	var (
		key uint64
		run []uint32
	)
	for i := uint64(0); i < nfeat; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil || (d == 0 && i > 0) {
			return fail("feature key", err)
		}
		key += d
		if key == 0 || key >= 1<<keyBits {
			return fail("feature key", nil)
		}
		n, err := br.ReadByte()
		if err != nil {
			return fail("entry count", err)
		}
		if len(w.ents)+int(n)+1 > maxEntries {
			return fail("too many entries", nil)
		}
		run = run[:0]
		for j := 0; j < int(n); j++ {
			c, err := br.ReadByte()
			if err != nil || uint32(c) >= nclass {
				return fail("entry class", err)
			}
			v, err := binary.ReadVarint(br)
			if err != nil || v < math.MinInt16 || v > math.MaxInt16 {
				return fail("entry weight", err)
			}
			run = append(run, uint32(c)<<16|uint32(uint16(int16(v))))
		}
		w.add(key, run)
	}
	p.w = w
	return p, nil
}
