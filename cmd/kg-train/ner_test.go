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

// TestReadStories checks that the listed stories are read, analysed and
// tagged from their lists, that held-out ones are skipped, and that a bad
// list names its file and line.
func TestReadStories(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "President William Ruto spoke in Nairobi. Ruto left.\n")
	write("a.gold", "PER\tWilliam Ruto\nLOC\tNairobi\n")
	write("b.txt", "Held out: Ann Lee spoke.\n")
	write("b.gold", "PER\tAnn Lee\n")
	write("c.txt", "No list here.\n")
	write("e.txt", "Read, not yet trained on: Bo Kim spoke.\n")
	write("e.gold", "PER\tBo Kim\n")
	write("heldout.txt", "b\n")
	if got := defaultHeldOut(dir); len(got) != 1 {
		t.Errorf("held-out files %q, want heldout.txt alone", got)
	}
	write("untrained.txt", "e\n")
	sents, n, err := readStories(dir, defaultHeldOut(dir))
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || len(sents) != 2 {
		t.Fatalf("%d stories, %d sentences; want 1 and 2", n, len(sents))
	}
	var tags []string
	for _, s := range sents {
		if s.ID == "" || s.Tokens[0].UPOS == "" {
			t.Errorf("sentence %q: no id or tags", s.Text)
		}
		for _, tk := range s.Tokens {
			if tk.Entity != "O" {
				tags = append(tags, tk.Text+"/"+tk.Entity)
			}
		}
	}
	if got, want := strings.Join(tags, " "), "William/B-PER Ruto/I-PER Nairobi/B-LOC Ruto/B-PER"; got != want {
		t.Errorf("tags %q, want %q", got, want)
	}
	if _, _, err := readStories(dir, []string{filepath.Join(dir, "none.txt")}); err == nil {
		t.Error("no error for a missing held-out file")
	}
	write("d.gold", "PER William Ruto\n")
	write("d.txt", "William Ruto.\n")
	if _, _, err := readStories(dir, defaultHeldOut(dir)); err == nil || !strings.Contains(err.Error(), "d.gold:1:") {
		t.Errorf("err = %v, want one naming d.gold:1", err)
	}
}
