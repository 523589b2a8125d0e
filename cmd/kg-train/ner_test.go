package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNERCommandFlags(t *testing.T) {
	cmd := newNERCommand()
	if err := cmd.ParseFlags([]string{"--epochs", "3", "--folds", "-1", "--tag-folds", "0", "--test"}); err != nil {
		t.Fatal(err)
	}
	f := cmd.Flags()
	if v, _ := f.GetInt("epochs"); v != 3 {
		t.Errorf("epochs = %d", v)
	}
	if v, _ := f.GetInt("folds"); v != -1 {
		t.Errorf("folds = %d", v)
	}
	if v, _ := f.GetBool("test"); !v {
		t.Error("test not set")
	}
	if v, _ := f.GetString("out"); v != filepath.Join("extract", "ner", "model.bin.gz") {
		t.Errorf("out default = %q", v)
	}
}

// TestRunNER trains a small one-pass model on the dev file and checks it
// writes a model and a score table. It takes a few seconds.
func TestRunNER(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	data := filepath.Join("..", "..", "..", "shared", "data", "ud-ewt")
	if _, err := os.Stat(filepath.Join(data, "uner", "en_ewt-ud-dev.iob2")); err != nil {
		t.Skipf("UNER data absent: %v", err)
	}
	o := nerOptions{
		data: data, trainIOB: "en_ewt-ud-dev.iob2", devIOB: "en_ewt-ud-dev.iob2",
		out: filepath.Join(t.TempDir(), "m.bin.gz"),
	}
	o.train.Epochs, o.train.Folds, o.train.Augment, o.train.Headlines = 2, -1, -1, -1
	var out, log bytes.Buffer
	if err := runNER(context.Background(), o, &out, &log); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(o.out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "ner p=") {
		t.Errorf("no score line in output:\n%s", out.String())
	}
}
