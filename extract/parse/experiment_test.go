package parse

import (
	"bytes"
	"math"
	"os"
	"strconv"

	"github.com/kg-project/kg/extract/conllu"
	"testing"
	"time"
)

// TestPruneExperiment evaluates a model at several pruning levels. It runs
// only with KG_PARSE_MODEL set to a model file:
//
//	KG_PARSE_MODEL=/tmp/m.gz go test ./extract/parse -run PruneExperiment -v
func TestPruneExperiment(t *testing.T) {
	path := os.Getenv("KG_PARSE_MODEL")
	if path == "" {
		t.Skip("KG_PARSE_MODEL not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	dev := readTreebank(t, "en_ewt-ud-dev.conllu")
	if path := os.Getenv("KG_PARSE_DEV"); path != "" {
		if dev, err = conllu.ReadFile(path); err != nil {
			t.Fatal(err)
		}
	}
	for _, minW := range []float64{1, 1.5, 2, 3, 4} {
		minQ := int(math.Ceil(minW / float64(p.w.scale)))
		q := &Parser{labels: p.labels, root: p.root, vocab: p.vocab, cands: p.cands, w: p.w.pruned(minQ)}
		start := time.Now()
		m := Evaluate(q, dev)
		d := time.Since(start)
		t.Logf("min weight %.1f (q %d): %8d features %9d entries  UAS %.2f LAS %.2f  %.0f tok/s",
			minW, minQ, q.w.nfeat, len(q.w.ents), m.UAS, m.LAS, float64(m.Tokens)/d.Seconds())
	}
}

func BenchmarkPruned(b *testing.B) {
	path := os.Getenv("KG_PARSE_MODEL")
	if path == "" {
		b.Skip("KG_PARSE_MODEL not set")
	}
	f, _ := os.Open(path)
	p, err := Load(f)
	if err != nil {
		b.Fatal(err)
	}
	q := &Parser{labels: p.labels, root: p.root, vocab: p.vocab, cands: p.cands, w: p.w.pruned(512)}
	dev := readTreebank(b, "en_ewt-ud-dev.conllu")
	ntok := 0
	for _, s := range dev {
		ntok += len(s.Tokens)
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range dev {
			q.Parse(&dev[i])
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestScaleExperiment(t *testing.T) {
	path := os.Getenv("KG_PARSE_MODEL")
	if path == "" {
		t.Skip("KG_PARSE_MODEL not set")
	}
	f, _ := os.Open(path)
	p, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("scale %g: q 384 = weight %.3f", p.w.scale, 384*p.w.scale)
}

func TestEntryExperiment(t *testing.T) {
	if os.Getenv("KG_PARSE_EXP") == "" {
		t.Skip("KG_PARSE_EXP not set")
	}
	p := mustDefault(t)
	dev := readTreebank(t, "en_ewt-ud-dev.conllu")
	var configs, feats, hits, ents, dense int
	for i := range dev {
		toks := dev[i].Tokens
		var st state
		var a attrs
		var f [maxFeats]uint64
		a.set(toks, p.vocab)
		st.reset(len(toks))
		scores := make([]int32, p.nclass())
		nlab := len(p.labels)
		st.run(p.root, nlab, func() int {
			k := extract(&st, &a, &f, featAll)
			configs++
			feats += k
			for _, key := range f[:k] {
				if run, ok := p.w.lookup(key); ok {
					hits++
					ents += len(run)
					if len(run) > 32 {
						dense++
					}
				}
			}
			clear(scores)
			p.w.score(f[:k], scores)
			mL, mR := p.allowed(&st, &a)
			return bestLegal(scores, &st, nlab, mL, mR)
		})
	}
	t.Logf("%d configs: %.1f features, %.1f hits, %.1f entries, %.1f runs > 32 per config",
		configs, float64(feats)/float64(configs), float64(hits)/float64(configs), float64(ents)/float64(configs), float64(dense)/float64(configs))
}

// TestPruneModel writes the model at KG_PARSE_MODEL pruned to minimum
// weight KG_PARSE_PRUNE to KG_PARSE_OUT; the result is the model Train
// would have written with that Prune option.
func TestPruneModel(t *testing.T) {
	path, out := os.Getenv("KG_PARSE_MODEL"), os.Getenv("KG_PARSE_OUT")
	if path == "" || out == "" {
		t.Skip("KG_PARSE_MODEL or KG_PARSE_OUT not set")
	}
	minW, err := strconv.ParseFloat(os.Getenv("KG_PARSE_PRUNE"), 64)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	q := &Parser{labels: p.labels, root: p.root, vocab: p.vocab, cands: p.cands, w: p.w.pruned(int(math.Ceil(minW / float64(p.w.scale))))}
	var b bytes.Buffer
	if err := q.Save(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s: %d bytes, %d features", out, b.Len(), q.w.nfeat)
}

func TestDenseCount(t *testing.T) {
	if os.Getenv("KG_PARSE_EXP") == "" {
		t.Skip("KG_PARSE_EXP not set")
	}
	p := mustDefault(t)
	t.Logf("%d features, %d dense rows (%d KB), %d words of records, %d buckets", p.w.nfeat, len(p.w.dense)/p.w.nwords, len(p.w.dense)*8/1024, len(p.w.ents), len(p.w.idx))
}
