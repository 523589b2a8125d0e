package input

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readAll(t *testing.T, paths []string, opts Options) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), paths, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var textCases = []struct {
	name, in, title string
}{
	{"title line", "Haftar visits Moscow\n\nKhalifa Haftar visited Russia.", "Haftar visits Moscow"},
	{"no blank line", "Haftar visits Moscow\nKhalifa Haftar visited Russia.", ""},
	{"first line is a sentence", "Khalifa Haftar visited Russia.\n\nHe met Lavrov.", ""},
	{"markdown heading", "# Haftar visits Moscow\n\nText here.", "Haftar visits Moscow"},
}

func TestParseText(t *testing.T) {
	for _, c := range textCases {
		t.Run(c.name, func(t *testing.T) {
			a := parseText(c.in)
			if a.Title != c.title {
				t.Errorf("title = %q, want %q", a.Title, c.title)
			}
			if a.Text != c.in {
				t.Errorf("text changed: %q", a.Text)
			}
		})
	}
}

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/two.txt", "Second\n\nBody two.")
	write(t, dir, "a.md", "First\n\nBody one.")
	write(t, dir, "skip.bin", "\x00\x01")
	write(t, dir, ".hidden/x.txt", "hidden")
	write(t, dir, "README.md", "About these files\n\nThey are articles.")
	write(t, dir, "c.jsonl", `{"id":"x1","title":"T","date":"26 October 2020","text":"Body three.","topics":["a"]}`+"\n\n"+`{"id":7,"text":"Body four."}`+"\n")
	items := readAll(t, []string{dir}, Options{})
	var ids []string
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("unexpected error %v", it.Err)
		}
		ids = append(ids, it.Article.ID)
	}
	if got, want := strings.Join(ids, ","), "a,two,x1,7"; got != want {
		t.Fatalf("ids = %s, want %s", got, want)
	}
	x1 := items[2].Article
	if x1.Date != "2020-10-26" || x1.Meta["topics"] != `["a"]` || x1.Source != filepath.Join(dir, "c.jsonl")+":1" {
		t.Errorf("jsonl article = %+v", x1)
	}
}

var badCases = []struct {
	name, content string
	format        string
	want          string // substring of the error
}{
	{"binary", "abc\x00def", "", "binary file"},
	{"bad utf8", "line one\nline \xff two", "", "t.txt:2: invalid UTF-8 at byte 14"},
	{"malformed json", "{\"text\":\"ok\"}\n{\"text\": nope}\n", "jsonl", "t.txt:2: malformed JSON line"},
	{"json without text", "{\"id\":\"a\"}\n", "jsonl", "t.txt:1: no text"},
	{"triples columns", "a\tb\n", "triples", "t.txt:1: want 3 or 4"},
	{"empty", "   \n", "", "no text"},
}

func TestBadInput(t *testing.T) {
	for _, c := range badCases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, "t.txt", c.content)
			items := readAll(t, []string{p}, Options{Format: c.format})
			var errs []string
			for _, it := range items {
				if it.Err != nil {
					var ie *Error
					if !errors.As(it.Err, &ie) {
						t.Errorf("error %v is not *Error", it.Err)
					}
					errs = append(errs, it.Err.Error())
				}
			}
			if len(errs) != 1 || !strings.Contains(errs[0], c.want) {
				t.Fatalf("errors = %q, want one containing %q", errs, c.want)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	items := readAll(t, []string{"/nonexistent/x.txt"}, Options{})
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "/nonexistent/x.txt: no such file") {
		t.Fatalf("items = %+v", items)
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "big.jsonl", `{"text":"`+strings.Repeat("a", 200)+`"}`+"\n"+`{"text":"small"}`+"\n")
	items := readAll(t, []string{p}, Options{MaxBytes: 100})
	if len(items) != 2 || items[0].Err == nil || !errors.Is(items[0].Err, ErrTooLarge) || items[1].Err != nil {
		t.Fatalf("items = %+v", items)
	}
}

func TestTriples(t *testing.T) {
	in := "# comment\nKhalifa Haftar\tvisit\tRussia\tart1\nSergei Lavrov\tmeet\tKhalifa Haftar\tart1\nA\tb\tC\tart2\n"
	items := readAll(t, []string{"-"}, Options{Format: FormatTriples, Stdin: strings.NewReader(in)})
	if len(items) != 2 || len(items[0].Triples) != 2 || items[1].Article.ID != "art2" {
		t.Fatalf("items = %+v", items)
	}
	if tr := items[0].Triples[1]; tr.Subject != "Sergei Lavrov" || tr.Relation != "meet" || tr.Object != "Khalifa Haftar" {
		t.Errorf("triple = %+v", tr)
	}
}

func TestHTML(t *testing.T) {
	items := readAll(t, []string{"testdata/page.html"}, Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	a := items[0].Article
	want := "The foreign ministers of France and Germany met in Paris on Sunday.\n\nThey discussed the crisis in Libya & the embargo."
	if a.Text != want {
		t.Errorf("text = %q\nwant %q", a.Text, want)
	}
	if a.Title != "Ministers meet in Paris" || a.Date != "2020-11-29" || a.URL != "https://example.org/a/1" {
		t.Errorf("meta = %q %q %q", a.Title, a.Date, a.URL)
	}
}

func TestHash(t *testing.T) {
	if Hash("a  b\n\nc ") != Hash(" a b c") {
		t.Error("white space should not change the hash")
	}
	if Hash("a b") == Hash("ab") {
		t.Error("hash ignores word boundaries")
	}
	long := strings.Repeat("word ", 3000)
	if Hash(long) != Hash(strings.ReplaceAll(long, " ", "\n")) {
		t.Error("long text hash differs")
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"hello"}` + "\n" + `{bad`))
	f.Add([]byte("\xff\x00{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Read(context.Background(), []string{"-"}, Options{Format: FormatJSONL, Stdin: strings.NewReader(string(data)), MaxBytes: 1 << 10},
			func(it Item) error {
				if it.Err == nil && strings.TrimSpace(it.Article.Text) == "" {
					t.Fatalf("article without text: %+v", it)
				}
				if it.Err != nil && !strings.HasPrefix(it.Err.Error(), "-:") {
					t.Fatalf("error without position: %v", it.Err)
				}
				return nil
			})
	})
}

func FuzzParseHTML(f *testing.F) {
	data, _ := os.ReadFile("testdata/page.html")
	f.Add(data)
	f.Add([]byte("<p>a<script>b</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := ParseHTML(data)
		if strings.Contains(a.Text, "\n\n\n") {
			t.Fatalf("untidy paragraphs: %q", a.Text)
		}
	})
}
