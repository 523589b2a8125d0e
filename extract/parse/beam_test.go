package parse

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

// fullModel returns p without its fast model, decoding greedily.
func fullModel(p *Parser) *Parser {
	return &Parser{labels: p.labels, root: p.root, vocab: p.vocab, w: p.w, cands: p.cands}
}

// cleared returns a copy of sents without heads and relations.
func cleared(sents []nlp.Sentence) []nlp.Sentence {
	out := make([]nlp.Sentence, len(sents))
	for i := range sents {
		out[i].Tokens = slices.Clone(sents[i].Tokens)
		for j := range out[i].Tokens {
			out[i].Tokens[j].Head, out[i].Tokens[j].Deprel = -1, ""
		}
	}
	return out
}

// TestBeamOneIsGreedy checks that a beam of width one makes the same trees
// as greedy decoding with the full model, on EWT dev.
func TestBeamOneIsGreedy(t *testing.T) {
	sents := tiny(t)
	if !testing.Short() {
		sents = append(sents, readTreebank(t, "en_ewt-ud-dev.conllu")...)
	}
	p := fullModel(mustDefault(t))
	greedy, beam := cleared(sents), cleared(sents)
	for i := range sents {
		p.parseTransitions(&greedy[i], nil)
		p.parseBeam(&beam[i], 1)
		if !slices.Equal(greedy[i].Tokens, beam[i].Tokens) {
			t.Fatalf("sentence %d (%s): beam of one differs from greedy", i, sents[i].ID)
		}
	}
}

// TestBeamValidTree checks that beam search always makes a single-rooted
// projective tree, on odd input, a long sentence and EWT dev.
func TestBeamValidTree(t *testing.T) {
	q := fullModel(mustDefault(t))
	q.SetBeam(8)
	rng := rand.New(rand.NewPCG(1, 2))
	var sents []nlp.Sentence
	for _, text := range oddSentences {
		words := strings.Fields(text)
		sents = append(sents, nlp.Sentence{Tokens: tokens(words, func(int) string { return tagSet[rng.IntN(len(tagSet))] })})
	}
	words := make([]string, 300)
	for i := range words {
		words[i] = []string{"a", "dog", "ran", ",", "and", "the", "cat"}[rng.IntN(7)]
	}
	sents = append(sents, nlp.Sentence{Tokens: tokens(words, func(int) string { return tagSet[rng.IntN(len(tagSet))] })})
	if !testing.Short() {
		sents = append(sents, cleared(readTreebank(t, "en_ewt-ud-dev.conllu"))[:500]...)
	}
	for i := range sents {
		q.Parse(&sents[i])
		checkTree(t, &sents[i])
		checkProjective(t, &sents[i])
	}
}

// checkProjective fails unless every arc of s's tree is projective.
func checkProjective(t *testing.T, s *nlp.Sentence) {
	t.Helper()
	heads := make([]int, len(s.Tokens)+1)
	for i, tok := range s.Tokens {
		heads[i+1] = tok.Head
	}
	for d := 1; d < len(heads); d++ {
		if h := heads[d]; h != 0 && !projectiveArc(heads, h, d) {
			t.Fatalf("arc %d → %d is not projective: heads %v", h, d, heads[1:])
		}
	}
}

func TestPushCand(t *testing.T) {
	cands := make([]cand[int64], 0, 3)
	for i, s := range []int64{5, 7, 5, 1, 9, 7} {
		cands = pushCand(cands, 3, cand[int64]{score: s, class: int32(i)})
	}
	// 9 (class 4), then the first 7 (class 1) before the later one (5).
	want := []int32{4, 1, 5}
	var got []int32
	for _, c := range cands {
		got = append(got, c.class)
	}
	if !slices.Equal(got, want) {
		t.Errorf("classes %v, want %v", got, want)
	}
}

// TestGlobalTraining trains with a beam on the tiny treebank: the model
// fits it, training is deterministic, and the parser decodes with the
// beam it was trained with.
func TestGlobalTraining(t *testing.T) {
	train := tiny(t)
	opts := TrainOptions{Epochs: 10, Prune: -1, Beam: 4}
	p, err := Train(context.Background(), train, opts)
	if err != nil {
		t.Fatal(err)
	}
	if p.Beam() != 4 || p.fast != nil {
		t.Errorf("beam %d, fast model %v; want 4 and none", p.Beam(), p.fast != nil)
	}
	if m := Evaluate(p, train); m.LAS < 90 {
		t.Errorf("training-set LAS %.1f, want ≥ 90 on three memorisable trees", m.LAS)
	}
	p2, err := Train(context.Background(), train, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(saved(t, p), saved(t, p2)) {
		t.Error("global training is not deterministic")
	}
	// the model file keeps the width it decodes with
	lp, err := Load(bytes.NewReader(saved(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	if lp.Beam() != 4 {
		t.Errorf("loaded beam %d, want 4", lp.Beam())
	}
	if m, lm := Evaluate(p, train), Evaluate(lp, train); m != lm {
		t.Errorf("loaded model scores %+v, trained %+v", lm, m)
	}
	if _, err := Train(context.Background(), train, TrainOptions{Beam: MaxBeam + 1}); err == nil {
		t.Errorf("beam %d accepted", MaxBeam+1)
	}
}

// TestBeamOracle checks that the oracle's transitions rebuild the gold
// trees of the tiny treebank.
func TestBeamOracle(t *testing.T) {
	sents := tiny(t)
	labelID := map[string]int{}
	for _, s := range sents {
		for _, tok := range s.Tokens {
			if _, ok := labelID[tok.Deprel]; !ok {
				labelID[tok.Deprel] = len(labelID)
			}
		}
	}
	nlab, root := len(labelID), labelID["root"]
	costs := make([]int32, 1+2*nlab)
	var st state
	for _, s := range sents {
		g, _, ok := newGold(&s, labelID)
		if !ok {
			t.Fatalf("sentence %s: no gold tree", s.ID)
		}
		seq := g.oracle(&st, nlab, root, costs, nil)
		if len(seq) != 2*g.n {
			t.Errorf("sentence %s: %d transitions for %d tokens", s.ID, len(seq), g.n)
		}
		st.reset(g.n)
		for _, c := range seq {
			st.apply(int(c), nlab)
		}
		for i := 1; i <= g.n; i++ {
			if st.head[i] != g.head[i] || int(st.lab[i])-1 != g.label[i] {
				t.Fatalf("sentence %s token %d: head %d label %d, gold %d %d", s.ID, i, st.head[i], st.lab[i]-1, g.head[i], g.label[i])
			}
		}
	}
}

// BenchmarkParseBeam parses EWT dev greedily, with and without the fast
// model, and with beams of 2 to 16, with the embedded model or the one at
// KG_PARSE_MODEL:
//
//	GOMAXPROCS=1 go test ./extract/parse -run XXX -bench ParseBeam -count 5
func BenchmarkParseBeam(b *testing.B) {
	dev := readTreebank(b, "en_ewt-ud-dev.conllu")
	p := mustDefault(b)
	if path := os.Getenv("KG_PARSE_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if p, err = Load(f); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("greedy-fast", func(b *testing.B) { benchParse(b, p, dev) })
	for _, k := range []int{1, 2, 4, 8, 16} {
		q := fullModel(p)
		q.SetBeam(k)
		b.Run(fmt.Sprintf("beam-%d", k), func(b *testing.B) { benchParse(b, q, dev) })
	}
}

// TestDefaultBeam checks the embedded beam model: it decodes with the
// beam it was trained with, parses odd input into valid trees, and on EWT
// dev (which it learned from, so a guard against a broken model, not a
// held-out figure) with gold tags beats the greedy model.
func TestDefaultBeam(t *testing.T) {
	p, err := DefaultBeam()
	if err != nil {
		t.Fatal(err)
	}
	if p.Beam() < 2 || p.fast != nil {
		t.Fatalf("beam model: width %d, fast model %v", p.Beam(), p.fast != nil)
	}
	for _, text := range oddSentences {
		words := strings.Fields(text)
		s := nlp.Sentence{Tokens: tokens(words, func(i int) string { return tagSet[i%len(tagSet)] })}
		p.ParseBeam(&s, 4)
		checkTree(t, &s)
	}
	if testing.Short() {
		return
	}
	dev := readTreebank(t, "en_ewt-ud-dev.conllu")
	g, b := Evaluate(mustDefault(t), dev), Evaluate(p, dev)
	t.Logf("EWT dev, gold tags: greedy UAS %.2f LAS %.2f, beam %d UAS %.2f LAS %.2f", g.UAS, g.LAS, p.Beam(), b.UAS, b.LAS)
	if b.LAS < g.LAS {
		t.Errorf("beam model LAS %.2f below the greedy model's %.2f", b.LAS, g.LAS)
	}
}

// TestBeamMargin checks that a margin no candidate falls behind by keeps
// the full beam's trees, and any margin gives valid trees.
func TestBeamMargin(t *testing.T) {
	p, err := DefaultBeam()
	if err != nil {
		t.Fatal(err)
	}
	if p.beamCut <= 0 {
		t.Fatalf("DefaultBeam prunes with cut %d, want DefaultBeamMargin", p.beamCut)
	}
	full, err := Load(bytes.NewReader(beamFile))
	if err != nil {
		t.Fatal(err)
	}
	wide, _ := Load(bytes.NewReader(beamFile))
	wide.SetBeamMargin(1e12)
	narrow, _ := Load(bytes.NewReader(beamFile))
	narrow.SetBeamMargin(1)
	for _, text := range oddSentences {
		words := strings.Fields(text)
		mk := func() nlp.Sentence {
			return nlp.Sentence{Tokens: tokens(words, func(i int) string { return tagSet[i%len(tagSet)] })}
		}
		a, b, c := mk(), mk(), mk()
		full.Parse(&a)
		wide.Parse(&b)
		narrow.Parse(&c)
		checkTree(t, &c)
		for i := range a.Tokens {
			if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Deprel != b.Tokens[i].Deprel {
				t.Errorf("%q: token %d differs with a margin nothing falls behind by", text, i+1)
			}
		}
	}
}
