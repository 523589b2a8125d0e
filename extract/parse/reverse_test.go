package parse

import (
	"bytes"
	"compress/gzip"
	"context"
	"slices"
	"testing"

	"github.com/kg-project/kg/internal/modelio"
)

func TestReverseModel(t *testing.T) {
	train := tiny(t)
	p, err := Train(context.Background(), train, TrainOptions{Epochs: 10, Prune: -1, Reverse: true})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Reverse() {
		t.Fatal("TrainOptions.Reverse trained a left-to-right model")
	}
	if m := Evaluate(p, train); m.LAS < 90 {
		t.Errorf("training-set LAS %.1f, want ≥ 90 on three memorisable trees", m.LAS)
	}
	b := saved(t, p)
	q := loaded(t, b)
	if !q.Reverse() || !bytes.Equal(b, saved(t, q)) {
		t.Fatalf("loaded model: reverse %v, same bytes %v", q.Reverse(), bytes.Equal(b, saved(t, q)))
	}
	for i := range train {
		s := cleared(train[i : i+1])[0]
		q.Parse(&s)
		checkTree(t, &s)
		for j, tok := range s.Tokens {
			if tok.Text != train[i].Tokens[j].Text {
				t.Fatalf("sentence %d: word %d is %q after parsing, was %q", i, j+1, tok.Text, train[i].Tokens[j].Text)
			}
		}
	}
	// The reverse model ends in its direction byte; the embedded
	// left-to-right models save as they were written, without one. (The
	// content is compared: beam.gz was written at best compression, and
	// Save now writes stored blocks, modelio.Level.)
	rb := unzip(t, b)
	if rb[len(rb)-1] != 1 {
		t.Fatalf("reverse model ends %v, want the direction byte 1", rb[len(rb)-1:])
	}
	for name, file := range map[string][]byte{ModelName: modelFile, BeamModelName: beamFile} {
		m := loaded(t, file)
		if m.Reverse() || !bytes.Equal(unzip(t, saved(t, m)), unzip(t, file)) {
			t.Errorf("%s: reverse %v, or save changed its content", name, m.Reverse())
		}
	}
	// Another direction byte, or anything after it, is an error.
	for _, bad := range [][]byte{append(slices.Clone(rb[:len(rb)-1]), 2), append(slices.Clone(rb), 0)} {
		if _, err := Load(zipped(bad)); err == nil {
			t.Errorf("a model ending %v loaded", bad[len(bad)-2:])
		}
	}
}

func unzip(t *testing.T, b []byte) []byte {
	t.Helper()
	raw, err := modelio.Unzip(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// zipped returns raw model bytes as a gzip stream, for Load.
func zipped(raw []byte) *bytes.Buffer {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	return &z
}
