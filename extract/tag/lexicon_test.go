package tag

import (
	"bytes"
	"compress/gzip"
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestInflections(t *testing.T) {
	for _, tc := range []struct {
		word, suf string
		want      []string
	}{
		{"visit", "ed", []string{"visited", "visitted"}}, // stress decides; a form nobody writes is harmless
		{"stop", "ed", []string{"stoped", "stopped"}},
		{"stop", "ing", []string{"stoping", "stopping"}},
		{"make", "ing", []string{"making"}},
		{"free", "ing", []string{"freeing"}},
		{"free", "ed", []string{"freed"}},
		{"die", "ing", []string{"dying"}},
		{"carry", "ed", []string{"carried"}},
		{"carry", "ing", []string{"carrying"}},
		{"play", "ed", []string{"played"}},
		{"big", "est", []string{"bigest", "biggest"}},
		{"happy", "er", []string{"happier"}},
		{"fix", "ed", []string{"fixed"}},
		{"go", "ing", []string{"going"}},
	} {
		if got := suffixForms(tc.word, tc.suf); !slices.Equal(got, tc.want) {
			t.Errorf("suffixForms(%q, %q) = %q, want %q", tc.word, tc.suf, got, tc.want)
		}
	}
	for word, want := range map[string][]string{
		"box": {"boxes"}, "fly": {"flies"}, "day": {"days"}, "cat": {"cats"},
		"church": {"churches"}, "hero": {"heros", "heroes"}, "bus": {"buses"},
	} {
		if got := sForms(word); !slices.Equal(got, want) {
			t.Errorf("sForms(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestBuildLexicon builds the lexicon of a small WordNet in testdata and
// checks every class it should give, then the file's round trip.
func TestBuildLexicon(t *testing.T) {
	lex, err := BuildLexicon(filepath.Join("testdata", "wordnet"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"ferry":    "n,v,most=v",
		"ferries":  "pl,3sg",
		"ferried":  "ed",
		"ferrying": "ing",
		"plumbing": "n,ing,low",
		"paris":    "n,cap,low",
		"stopped":  "ed",
		"went":     "ed",
		"gone":     "ed",
		"mice":     "pl",
		"better":   "er",
		"scarce":   "a,r,most=a",
		"biggest":  "er",
		"freer":    "er",
		"boxes":    "pl",
		"dying":    "ing",
	}
	for w, c := range want {
		if got := FormatLexClasses(lex[w]); got != c {
			t.Errorf("%s: classes %q, want %q", w, got, c)
		}
	}
	for _, w := range []string{"ice_cream", "ice", "city_of_light", "the"} {
		if c, ok := lex[w]; ok {
			t.Errorf("%s: in the lexicon as %q", w, FormatLexClasses(c))
		}
	}
	irr, err := BuildIrregular(filepath.Join("testdata", "wordnet"))
	if err != nil {
		t.Fatal(err)
	}
	wantIrr := map[string][]Irregular{
		"mice":   {{'n', "mouse"}},
		"went":   {{'v', "go"}},
		"gone":   {{'v', "go"}},
		"better": {{'a', "good"}, {'r', "well"}},
	}
	if !maps.EqualFunc(irr, wantIrr, slices.Equal) {
		t.Errorf("irregular forms %v, want %v", irr, wantIrr)
	}
	var buf bytes.Buffer
	if err := WriteLexicon(&buf, lex, irr); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lex.tsv.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := ReadLexicon(path)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(lex, back) {
		t.Errorf("ReadLexicon(WriteLexicon(lex)) differs: %d words, want %d", len(back), len(lex))
	}
	_, backIrr, err := ReadLexiconFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.EqualFunc(irr, backIrr, slices.Equal) {
		t.Errorf("ReadLexiconFile(WriteLexicon(lex, irr)) lemmas = %v, want %v", backIrr, irr)
	}
}

func TestBuildLexiconMissing(t *testing.T) {
	_, err := BuildLexicon(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "index.noun") {
		t.Errorf("BuildLexicon(empty dir) = %v, want an error naming index.noun", err)
	}
}

func TestReadLexiconBadLine(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteLexicon(&buf, map[string]uint16{"cat": LexNoun}, nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"noTab":     "cat n\n",
		"unknown":   "cat\tn\ndog\tnoun\n",
		"noPOS":     "cat\tn\nmice\tpl\tmouse\n",
		"badPOS":    "mice\tpl\tq:mouse\n",
		"noLemma":   "mice\tpl\tn:\n",
		"emptyList": "mice\tpl\t\n",
	} {
		var z bytes.Buffer
		if err := writeGzip(&z, body); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadLexicon(path); err == nil || !strings.Contains(err.Error(), path+":") {
			t.Errorf("%s: ReadLexicon = %v, want an error naming the file and line", name, err)
		}
	}
}

// TestLexiconRoundTrip trains a small tagger with a lexicon and checks that
// Save and Load keep it.
func TestLexiconRoundTrip(t *testing.T) {
	train := readEWT(t, "dev")[:300]
	lex := map[string]uint16{"cat": LexNoun, "ran": LexPast, "quickly": LexAdv}
	tg, err := Train(context.Background(), train, TrainOptions{Epochs: 2, Ensemble: 1, Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	back := reload(t, tg)
	if got := back.lex.Get(lowerHash("Ran")); got != LexPast {
		t.Errorf("reloaded lexicon: ran = %d, want %d", got, LexPast)
	}
	test := readEWT(t, "dev")[300:500]
	if a, b := Evaluate(tg, test), Evaluate(back, test); a != b {
		t.Errorf("trained %+v, reloaded %+v", a, b)
	}
}

// writeGzip writes s gzipped to w.
func writeGzip(w *bytes.Buffer, s string) error {
	zw := gzip.NewWriter(w)
	if _, err := zw.Write([]byte(s)); err != nil {
		return err
	}
	return zw.Close()
}

// TestModelLexicon checks that the embedded model holds the committed
// lexicon file, word for word, as kg-train tag put it there.
func TestModelLexicon(t *testing.T) {
	lex, err := ReadLexicon("lexicon.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	tg.lex.Range(func(uint64, int32) { n++ })
	if n != len(lex) {
		t.Errorf("model lexicon has %d words, lexicon.tsv.gz %d", n, len(lex))
	}
	for w, c := range lex {
		if got := tg.lex.Get(lowerHash(w)); got != int32(c) {
			t.Fatalf("%s: model classes %q, file %q", w, FormatLexClasses(uint16(got)), FormatLexClasses(c))
		}
	}
}

// TestLexiconMatchesWordNet rebuilds the lexicon from WordNet where Debian's
// wordnet-base is installed and checks it equals the committed file.
func TestLexiconMatchesWordNet(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dir, "index.noun")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("WordNet not installed: .ci/run installs Debian's wordnet-base")
		}
		t.Skip("WordNet not installed (apt-get install wordnet-base)")
	}
	lex, err := BuildLexicon(dir)
	if err != nil {
		t.Fatal(err)
	}
	irr, err := BuildIrregular(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteLexicon(&buf, lex, irr); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("lexicon.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Error("lexicon built from WordNet differs from lexicon.tsv.gz: run go run ./cmd/kg-train lexicon")
	}
}

// FuzzReadLexicon: any bytes, gzipped, read without a panic, and what
// reads back writes back the same.
func FuzzReadLexicon(f *testing.F) {
	f.Add("cat\tn,low,most=n\nran\ted\n")
	f.Add("x\t\n")
	f.Add("a\tmost=q\n")
	f.Add("better\ter\ta:good,r:well\nfled\ted\tv:flee\n")
	f.Fuzz(func(t *testing.T, body string) {
		var z bytes.Buffer
		if err := writeGzip(&z, body); err != nil {
			t.Fatal(err)
		}
		lex, irr, err := readLexicon(&z, "fuzz")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteLexicon(&out, lex, irr); err != nil {
			t.Fatal(err)
		}
		back, backIrr, err := readLexicon(&out, "again")
		if err != nil {
			t.Fatalf("lexicon written from %q does not read back: %v", body, err)
		}
		if !maps.Equal(lex, back) || !maps.EqualFunc(irr, backIrr, slices.Equal) {
			t.Fatalf("round trip of %q changed the lexicon", body)
		}
	})
}
