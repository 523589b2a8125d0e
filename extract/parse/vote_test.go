package parse

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

// bestTree finds, by trying every head assignment, the single-rooted
// projective tree over n ≤ 6 tokens with the highest score, and returns
// that score.
func bestTree(score []float64, n int) float64 {
	heads := make([]int, n+1)
	best := -1.0
	var try func(d int)
	try = func(d int) {
		if d > n {
			if tree := heads; isProjectiveTree(tree) {
				var sum float64
				for i := 1; i <= n; i++ {
					sum += score[tree[i]*(n+1)+i]
				}
				best = max(best, sum)
			}
			return
		}
		for h := 0; h <= n; h++ {
			if h != d {
				heads[d] = h
				try(d + 1)
			}
		}
	}
	try(1)
	return best
}

// isProjectiveTree reports whether heads[1:] is a single-rooted, acyclic
// and projective tree.
func isProjectiveTree(heads []int) bool {
	n := len(heads) - 1
	roots := 0
	for d := 1; d <= n; d++ {
		if heads[d] == 0 {
			roots++
		}
	}
	if roots != 1 || hasCycle(heads) {
		return false
	}
	for d := 1; d <= n; d++ {
		lo, hi := min(d, heads[d]), max(d, heads[d])
		for k := lo + 1; k < hi; k++ {
			// every word between a head and its dependent descends from the head
			a := k
			for a != 0 && a != heads[d] {
				a = heads[a]
			}
			if a != heads[d] {
				return false
			}
		}
	}
	return true
}

func TestEisnerIsBestProjectiveTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var e eisner
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(6)
		score := make([]float64, (n+1)*(n+1))
		for i := range score {
			score[i] = float64(rng.IntN(4)) // ties are common, as in a vote
		}
		heads := slices.Clone(e.tree(score, n))
		if !isProjectiveTree(heads) {
			t.Fatalf("n=%d: heads %v are no single-rooted projective tree", n, heads[1:])
		}
		var got float64
		for d := 1; d <= n; d++ {
			got += score[heads[d]*(n+1)+d]
		}
		if want := bestTree(score, n); got != want {
			t.Fatalf("n=%d: tree %v scores %g, the best projective tree %g", n, heads[1:], got, want)
		}
	}
}

func TestVoter(t *testing.T) {
	dev := readTreebank(t, "en_ewt-ud-dev.conllu")[:300]
	greedy := mustDefault(t)
	beam, err := DefaultBeam()
	if err != nil {
		t.Fatal(err)
	}
	rev, err := Train(context.Background(), tiny(t), TrainOptions{Epochs: 3, Prune: -1, Reverse: true})
	if err != nil {
		t.Fatal(err)
	}
	members := []VoteMember{{Parser: beam, Beam: 4, Weight: 1}, {Parser: greedy, Weight: 0.9}, {Parser: rev, Weight: 0.8}}
	three := NewVoter(members...)
	// One member gives its own trees, and so do two whose second is
	// lighter; members without a parser or weight are left out.
	one := NewVoter(VoteMember{Parser: greedy, Weight: 1}, VoteMember{Weight: 1}, VoteMember{Parser: beam})
	two := NewVoter(VoteMember{Parser: greedy, Weight: 1}, VoteMember{Parser: rev, Weight: 0.5})
	NewVoter().Parse(&nlp.Sentence{Tokens: []nlp.Token{{Text: "a", UPOS: "X"}}}) // no member: no panic
	for i := range dev {
		want := cleared(dev[i : i+1])[0]
		greedy.Parse(&want)
		for name, v := range map[string]*Voter{"one": one, "two": two} {
			got := cleared(dev[i : i+1])[0]
			v.Parse(&got)
			for j := range got.Tokens {
				if g, w := got.Tokens[j], want.Tokens[j]; g.Head != w.Head || g.Deprel != w.Deprel {
					t.Fatalf("%s: sentence %d word %d: %d %s, the first member %d %s", name, i, j+1, g.Head, g.Deprel, w.Head, w.Deprel)
				}
			}
		}
		// Three: a valid tree, whose votes are at least those of every
		// member's own tree.
		got := cleared(dev[i : i+1])[0]
		three.Parse(&got)
		checkTree(t, &got)
		checkProjective(t, &got)
		n := len(got.Tokens)
		trees := make([][]nlp.Token, len(members))
		score := make([]float64, (n+1)*(n+1))
		for k, m := range members {
			s := cleared(dev[i : i+1])[0]
			m.Parser.ParseBeam(&s, m.Beam)
			trees[k] = s.Tokens
			for d, tok := range s.Tokens {
				score[tok.Head*(n+1)+d+1] += m.Weight
			}
		}
		votes := func(ts []nlp.Token) (v float64) {
			for d, tok := range ts {
				v += score[tok.Head*(n+1)+d+1]
			}
			return v
		}
		for k, tr := range trees {
			if n <= MaxVoteTokens && votes(got.Tokens) < votes(tr)-1e-9 {
				t.Errorf("sentence %d: the vote's tree has %g votes, member %d's %g", i, votes(got.Tokens), k, votes(tr))
			}
		}
	}
}

// TestVoterConcurrent parses the same sentences from several goroutines
// with one Voter (as kg ingest's workers do) and wants the trees of a
// sequential run.
func TestVoterConcurrent(t *testing.T) {
	dev := readTreebank(t, "en_ewt-ud-dev.conllu")[:100]
	greedy := mustDefault(t)
	v := NewVoter(VoteMember{Parser: greedy, Beam: 4, Weight: 1.5}, VoteMember{Parser: greedy, Weight: 1}, VoteMember{Parser: reversed(greedy), Weight: 1})
	want := cleared(dev)
	for i := range want {
		v.Parse(&want[i])
	}
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			got := cleared(dev)
			for i := range got {
				v.Parse(&got[i])
				for j := range got[i].Tokens {
					if a, b := got[i].Tokens[j], want[i].Tokens[j]; a.Head != b.Head || a.Deprel != b.Deprel {
						errs <- fmt.Sprintf("sentence %d word %d: %d %s, sequentially %d %s", i, j+1, a.Head, a.Deprel, b.Head, b.Deprel)
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
