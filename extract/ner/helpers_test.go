package ner

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/kg-project/kg/internal/modelio"
)

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	out, err := modelio.Unzip(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
