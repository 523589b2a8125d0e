package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kg-project/kg/extract/pipeline"
)

// benchCorpus writes the first n BBC articles to a JSON Lines file and
// returns its path and word count.
func benchCorpus(b *testing.B, n int) (string, int) {
	b.Helper()
	src := filepath.Join("..", "..", "..", "shared", "data", "news", "bbc.jsonl")
	f, err := os.Open(src)
	if err != nil {
		b.Skip("shared data not present")
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(lines) < n {
		lines = append(lines, sc.Text())
	}
	p := filepath.Join(b.TempDir(), "bbc.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, l := range lines {
		var a struct{ Text string }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			b.Fatal(err)
		}
		words += pipeline.WordCount(a.Text)
	}
	return p, words
}

func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KiB
}

// BenchmarkIngest ingests BBC articles into a fresh on-disk store with all
// cores: words/s, articles/s and the process's peak resident memory.
func BenchmarkIngest(b *testing.B) {
	n := 500
	path, words := benchCorpus(b, n)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		app, _, _ := testApp(b, "")
		app.Workers = 0
		app.db = filepath.Join(b.TempDir(), "kg.db")
		b.StartTimer()
		if err := runIngest(context.Background(), ingestOptions{paths: []string{path}, quiet: true}, app); err != nil {
			b.Fatal(err)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(words*b.N)/secs, "words/s")
	b.ReportMetric(float64(n*b.N)/secs, "articles/s")
	b.ReportMetric(peakRSSMB(), "peakRSS-MB")
}

// BenchmarkExtractCommand runs kg extract --format jsonl over the same
// articles, writing to a discarded buffer.
func BenchmarkExtractCommand(b *testing.B) {
	n := 500
	path, words := benchCorpus(b, n)
	b.ResetTimer()
	for range b.N {
		app, _, _ := testApp(b, "")
		app.Workers = 0
		if err := runExtract(context.Background(), extractOptions{paths: []string{path}, format: "jsonl"}, app); err != nil {
			b.Fatal(err)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(words*b.N)/secs, "words/s")
	b.ReportMetric(float64(n*b.N)/secs, "articles/s")
	b.ReportMetric(peakRSSMB(), "peakRSS-MB")
}
