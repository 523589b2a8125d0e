package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestReadGivenNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "names.tsv")
	data := "name\tsex\tcount\nJames\tM\t9\nMary\tF\t8\nJames\tF\t7\n\nKay\tF\t6\nDebra\tF\t5\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	names, err := readGivenNames(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"James", "Mary", "Kay"}; !slices.Equal(names, want) {
		t.Errorf("readGivenNames(top 3) = %q, want %q (header skipped, duplicates and blank lines ignored)", names, want)
	}
	if _, err := readGivenNames(filepath.Join(t.TempDir(), "absent.tsv"), 3); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestSentCommandFlags(t *testing.T) {
	cmd := newSentCommand()
	if err := cmd.ParseFlags([]string{"--names", "", "--names-top", "10"}); err != nil {
		t.Fatal(err)
	}
	f := cmd.Flags()
	if v, _ := f.GetString("names"); v != "" {
		t.Errorf("names = %q", v)
	}
	if v, _ := f.GetInt("names-top"); v != 10 {
		t.Errorf("names-top = %d", v)
	}
}
