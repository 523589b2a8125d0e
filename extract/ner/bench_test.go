package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
)

// benchArticles is the size of the fixed slice of the BBC corpus the
// benchmark runs on.
const benchArticles = 200

// loadBench tokenises and tags the first benchArticles BBC articles.
func loadBench(b *testing.B) (docs [][]nlp.Sentence, tokens int) {
	b.Helper()
	f, err := os.Open(sharedData(b, filepath.Join("news", "bbc.jsonl")))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	tg, err := tag.Default()
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	tok := tokenize.New()
	for sc.Scan() && len(docs) < benchArticles {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		doc := tok.Split(a.Text)
		for i := range doc {
			tg.Tag(&doc[i])
			tokens += len(doc[i].Tokens)
		}
		docs = append(docs, doc)
	}
	return docs, tokens
}

// BenchmarkRecognize measures recognition alone (input already tokenised
// and tagged) over 200 BBC articles; tokens/s is the throughput.
func BenchmarkRecognize(b *testing.B) {
	docs, tokens := loadBench(b)
	r := mustDefault(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			r.Recognize(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures loading the embedded model (the gazetteer is
// loaded once, outside the timer).
func BenchmarkLoad(b *testing.B) {
	r := mustDefault(b)
	for b.Loop() {
		if _, err := LoadWith(bytesReader(embedded), r.gaz); err != nil {
			b.Fatal(err)
		}
	}
}
