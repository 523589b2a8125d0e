package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/extract/gazetteer"
)

func TestGazetteerCommandFlags(t *testing.T) {
	cmd := newGazetteerCommand()
	if err := cmd.ParseFlags([]string{"--min-given-count", "500", "--out", "x.gz"}); err != nil {
		t.Fatal(err)
	}
	f := cmd.Flags()
	if v, _ := f.GetInt("min-given-count"); v != 500 {
		t.Errorf("min-given-count = %d", v)
	}
	if v, _ := f.GetString("out"); v != "x.gz" {
		t.Errorf("out = %q", v)
	}
	if v, _ := f.GetString("data"); v != filepath.Join("..", "shared", "data", "gazetteer") {
		t.Errorf("data default = %q", v)
	}
}

func TestRunGazetteer(t *testing.T) {
	src := filepath.Join("..", "..", "..", "shared", "data", "gazetteer")
	if _, err := os.Stat(filepath.Join(src, "countries.tsv")); err != nil {
		t.Skipf("gazetteer sources absent: %v", err)
	}
	dir := t.TempDir()
	out, img := filepath.Join(dir, "g.tsv.gz"), filepath.Join(dir, "g.bin.gz")
	var log bytes.Buffer
	if err := runGazetteer(context.Background(), gazetteerOptions{src: src, out: out, img: img}, &log); err != nil {
		t.Fatal(err)
	}
	// The data file and its image load into gazetteers that agree.
	for _, path := range []string{out, img} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		g, err := gazetteer.Load(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if es := g.Lookup("Tripoli"); len(es) == 0 || es[0].Country != "LY" {
			t.Errorf("%s: Lookup(Tripoli) = %v", filepath.Base(path), es)
		}
	}
	if log.Len() == 0 {
		t.Error("no progress message")
	}
}
