package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
)

// synth makes n articles of realistic size: 15 entities (with a surname
// alias for people) and 30 triples each, sentences of ~150 bytes, entities
// and relations drawn Zipf-like from pools of 50,000 and 300 so that most
// articles reuse stored entities. The seed fixes the output.
func synth(n int, seed uint64) []extract.Result {
	rng := rand.New(rand.NewPCG(seed, 1))
	ez := rand.NewZipf(rng, 1.1, 1, 49_999)
	rz := rand.NewZipf(rng, 1.2, 1, 299)
	types := []string{"PERSON", "ORG", "LOC"}
	pad := "................................................................................................................"
	out := make([]extract.Result, 0, n)
	for a := range n {
		id := fmt.Sprintf("synth-%d-%d", seed, a)
		seen := map[uint64]bool{}
		var ents []extract.Entity
		for len(ents) < 15 {
			e := ez.Uint64()
			if seen[e] {
				continue
			}
			seen[e] = true
			typ := types[e%3]
			name := fmt.Sprintf("Given%d Family%d", e, e)
			var aliases []string
			if typ == "PERSON" {
				aliases = []string{fmt.Sprintf("Family%d", e)}
			}
			ents = append(ents, extract.Entity{Name: name, Type: typ, Aliases: append(aliases, name), Mentions: 1 + int(e%4), Article: id})
		}
		var ts []extract.Triple
		for i := range 30 {
			s, o := ents[rng.IntN(len(ents))], ents[rng.IntN(len(ents))]
			rel := fmt.Sprintf("relate%d", rz.Uint64())
			sent := i * 2 / 3
			ts = append(ts, extract.Triple{
				Subject: s.Name, SubjectType: s.Type, Relation: rel, Object: o.Name, ObjectType: o.Type,
				Article: id, Sentence: sent, Start: sent * 150, End: sent*150 + 149,
				Text:       s.Name + " " + rel + " " + o.Name + pad[:100],
				Confidence: float64(rng.IntN(100)) / 100,
			})
		}
		out = append(out, extract.Result{
			Article:   extract.Article{ID: id, Title: "Title of " + id, URL: "https://example.org/" + id, Date: fmt.Sprintf("2020-%02d-%02d", 1+a%12, 1+a%28)},
			Hash:      hashOf(id),
			Sentences: 25, Words: 600, Entities: ents, Triples: ts,
		})
	}
	return out
}

// BenchmarkAdd measures ingest into an in-memory store, 30 triples per
// article, after 2,000 articles are already stored.
func BenchmarkAdd(b *testing.B) {
	s := openMem(b)
	add(b, s, synth(2000, 1)...)
	arts := synth(b.N, 2)
	w := s.NewWriter(context.Background())
	b.ResetTimer()
	start, cpu := time.Now(), cpuSeconds()
	for i := range arts {
		if _, err := w.Add(arts[i]); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)/(cpuSeconds()-cpu), "articles/cpu-s")
}

var (
	million     *Store
	millionDir  string
	millionOnce sync.Once
	millionErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if million != nil {
		million.Close()
		os.RemoveAll(millionDir)
	}
	os.Exit(code)
}

// loadMillion stores 33,334 synthetic articles (1,000,020 triple mentions)
// in a store on disk, closes it and reopens it read-only, as kg rank or
// kg export would find it.
func loadMillion(b *testing.B) *Store {
	millionOnce.Do(func() {
		millionDir, millionErr = os.MkdirTemp("", "kg-store-bench")
		if millionErr != nil {
			return
		}
		s, err := Open(millionDir, Options{})
		if err != nil {
			millionErr = err
			return
		}
		w := s.NewWriter(context.Background())
		start, cpu := time.Now(), cpuSeconds()
		const n, chunk = 33_334, 2000
		for i := 0; i < n; i += chunk {
			for _, r := range synth(min(chunk, n-i), uint64(100+i)) {
				if _, err := w.Add(r); err != nil {
					millionErr = err
					return
				}
			}
		}
		if millionErr = w.Close(); millionErr != nil {
			return
		}
		load, loadCPU := time.Since(start), cpuSeconds()-cpu
		if millionErr = s.Close(); millionErr != nil {
			return
		}
		if million, millionErr = Open(millionDir, Options{ReadOnly: true}); millionErr != nil {
			return
		}
		st, _ := million.Stats(context.Background())
		b.Logf("loaded %d articles, %d mentions, %d edges, %d entities in %v (%.1f cpu-s), %d MB on disk",
			st.Articles, st.Mentions, st.Triples, st.Entities, load.Round(time.Millisecond), loadCPU, st.SizeBytes>>20)
	})
	if millionErr != nil {
		b.Fatal(millionErr)
	}
	return million
}

// BenchmarkForEachEdge1M times a full ForEachEdge over a store holding one
// million triple mentions (target: ≤ 1 s).
func BenchmarkForEachEdge1M(b *testing.B) {
	s := loadMillion(b)
	b.ResetTimer()
	n := 0
	cpu := cpuSeconds()
	for range b.N {
		n = 0
		if err := s.ForEachEdge(context.Background(), 0, func(EdgeInfo) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(n), "edges")
}

// BenchmarkQuerySubject1M times an indexed query on the same store.
func BenchmarkQuerySubject1M(b *testing.B) {
	s := loadMillion(b)
	b.ResetTimer()
	facts := 0
	for i := range b.N {
		// Entities 0..99 are the most mentioned (Zipf): hubs of the graph.
		name := fmt.Sprintf("Given%d Family%d", i%100, i%100)
		if err := s.Query(context.Background(), Pattern{Entity: name}, func(Fact) error { facts++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(facts)/float64(b.N), "facts/op")
}

// cpuSeconds returns the user+system CPU time of the process so far; the
// machine is shared, so CPU time is steadier than wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// BenchmarkStats1M times Stats on the million-mention store.
func BenchmarkStats1M(b *testing.B) {
	s := loadMillion(b)
	b.ResetTimer()
	for range b.N {
		if _, err := s.Stats(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkForEachTriple1M times reading every provenance record with its
// sentence, as the jsonl and N-Quads exports do.
func BenchmarkForEachTriple1M(b *testing.B) {
	s := loadMillion(b)
	b.ResetTimer()
	cpu := cpuSeconds()
	n := 0
	for range b.N {
		n = 0
		if err := s.ForEachTriple(context.Background(), func(extract.Triple) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(n), "mentions")
}

// BenchmarkForEachEntity1M times listing every entity with its counts.
func BenchmarkForEachEntity1M(b *testing.B) {
	s := loadMillion(b)
	b.ResetTimer()
	for range b.N {
		if err := s.ForEachEntity(context.Background(), func(EntityInfo) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMergeHub merges the third most mentioned entity into the second
// and undoes it, in a fresh store of 100,020 triple mentions per iteration.
func BenchmarkMergeHub(b *testing.B) {
	ctx := context.Background()
	arts := synth(3334, 42)
	moved := 0
	for range b.N {
		b.StopTimer()
		s := openMem(b)
		add(b, s, arts...)
		moved = 0
		if err := s.Query(ctx, Pattern{Entity: "Given2 Family2"}, func(f Fact) error { moved += f.Mentions; return nil }); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.Merge(ctx, "Given1 Family1", "Given2 Family2", "bench"); err != nil {
			b.Fatal(err)
		}
		if err := s.Unmerge(ctx, "Given2 Family2"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(moved), "mentions-moved")
}
