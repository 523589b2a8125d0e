package modelio

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Level is the gzip level kg's model files are written at: stored blocks,
// no compression. A model is mostly delta-coded keys and quantised
// weights, which deflate shrinks by about a tenth, while inflating them
// was a third of the time a program spends loading its models; stored
// blocks read back at the speed of a copy. The gzip framing stays for its
// checksum, and files written at any other level still load. (Git
// compresses what it stores, so the repository does not grow by the
// difference.)
const Level = gzip.NoCompression

// ErrNotGzip is wrapped by Unzip's error for a stream that does not open
// as gzip (empty, or another format), as against one that breaks later.
var ErrNotGzip = errors.New("not a gzip stream")

// maxUnzipped bounds the size a gzip trailer may announce before Unzip
// trusts it for the buffer it allocates (the stream is read to its end
// either way).
const maxUnzipped = 1 << 30

// sized is a reader that knows its length and can be read at an offset
// without moving: *bytes.Reader (what Embedded passes), *strings.Reader,
// *io.SectionReader.
type sized interface {
	io.ReaderAt
	Size() int64
}

// Unzip returns the whole decompressed content of the gzip stream r.
// When r is sized, the buffer is allocated once at the length the gzip
// trailer gives, instead of growing by copies as io.ReadAll's does: a
// model of several megabytes then costs one allocation and no garbage.
func Unzip(r io.Reader) ([]byte, error) {
	hint := 0
	if s, ok := r.(sized); ok {
		hint = sizeHint(s)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotGzip, err)
	}
	defer zr.Close()
	// One byte more than announced, so that the read that finds the end
	// of the stream has room and does not grow the buffer.
	buf := make([]byte, 0, hint+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := zr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// sizeHint returns the uncompressed length recorded in the last four
// bytes of the gzip stream s (ISIZE, RFC 1952), or 0 when it cannot be
// read or is not plausible. A stream of several members, or one with
// bytes after it, gives a wrong hint and only a worse-sized buffer.
func sizeHint(s sized) int {
	n := s.Size()
	if n < 18 { // the smallest gzip stream: a header and a trailer
		return 0
	}
	var b [4]byte
	if _, err := s.ReadAt(b[:], n-4); err != nil {
		return 0
	}
	size := int64(binary.LittleEndian.Uint32(b[:]))
	// Deflate can shrink data about 1032 to 1, but no model comes near:
	// a trailer announcing more than 64 times the stream (and a megabyte)
	// is not trusted, so that a corrupt one costs no huge allocation.
	if size > maxUnzipped || size > 64*n+1<<20 {
		return 0
	}
	return int(size)
}
