package gazetteer

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/kg-project/kg/internal/modelio"
)

func gzipWriter(w io.Writer) *gzip.Writer { return gzip.NewWriter(w) }

// unzipped returns the decompressed content of the gzip file b.
func unzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	raw, err := modelio.Unzip(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
