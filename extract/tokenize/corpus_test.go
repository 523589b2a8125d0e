package tokenize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestNewsCorpora checks the offset contract on every article of the
// shared news corpora and that none of them is taken for hard-wrapped text
// (their paragraphs are single lines). Skipped with -short.
func TestNewsCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test skipped with -short")
	}
	dir := dataDir(t)
	tz := New()
	for _, name := range []string{"wikinews/articles.jsonl", "news/bbc.jsonl", "news/reuters21578.jsonl", "news/abc-science.jsonl"} {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if err != nil {
			t.Logf("skip %s: %v", path, err)
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		var sp []span
		docs, sents := 0, 0
		for sc.Scan() {
			var a struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			docs++
			ss := tz.Split(a.Text)
			checkInvariants(t, a.Text, ss)
			sents += len(ss)
			sp = tz.tokenize(sp[:0], a.Text)
			if wrapped(sp, a.Text) {
				t.Errorf("%s: article %d taken for hard-wrapped text", path, docs)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		t.Logf("%s: %d articles, %d sentences", name, docs, sents)
	}
}
