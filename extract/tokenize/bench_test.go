package tokenize

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"

	"github.com/kg-project/kg/internal/cputime"
)

// benchArticles is how many BBC articles the benchmark splits.
const benchArticles = 500

func loadBBC(b *testing.B) []string {
	path := filepath.Join(dataDir(b), "news", "bbc.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("open %s: %v", path, err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(texts) < benchArticles {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts
}

// BenchmarkSplit splits the first 500 BBC articles per iteration, reusing
// the sentence slice. words/s counts whitespace-separated words of the
// input; tokens/s counts the tokens produced (clitics and punctuation split
// off, so about 1.2 per word).
func BenchmarkSplit(b *testing.B) { benchSplit(b, New()) }

// BenchmarkSplitRules is BenchmarkSplit without the sentence model.
func BenchmarkSplitRules(b *testing.B) { benchSplit(b, &Tokenizer{RuleBased: true}) }

func benchSplit(b *testing.B, tz *Tokenizer) {
	texts := loadBBC(b)
	words, bytes := 0, 0
	for _, t := range texts {
		words += len(strings.Fields(t))
		bytes += len(t)
	}
	var buf []nlp.Sentence
	tokens := 0
	for _, t := range texts {
		buf = tz.SplitAppend(buf[:0], t)
		for _, s := range buf {
			tokens += len(s.Tokens)
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			buf = tz.SplitAppend(buf[:0], t)
		}
	}
	cpu := (cputime.Used() - cpu0).Seconds()
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(words)*float64(b.N)/sec, "words/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/sec, "tokens/s")
	if cpu > 0 {
		// throughput per CPU second of this process (GC included), which
		// other jobs on a shared machine do not distort
		b.ReportMetric(float64(words)*float64(b.N)/cpu, "words/cpu-s")
	}
}

// BenchmarkSplitFresh is Split without reuse: one token slice and one
// sentence slice per article.
func BenchmarkSplitFresh(b *testing.B) {
	texts := loadBBC(b)
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
	}
	tz := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			_ = tz.Split(t)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoadSentenceModel decodes the embedded sentence model, the
// start-up cost of the first Split (about 15 ms).
func BenchmarkLoadSentenceModel(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := LoadSentenceModel(bytes.NewReader(embeddedSentModel)); err != nil {
			b.Fatal(err)
		}
	}
}
