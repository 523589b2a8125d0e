package parse

import (
	_ "embed"
	"math"
	"slices"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/modelio"
)

// The embedded models that read from right to left, for DefaultVoter:
// reverseFile greedy, trained by `go run ./cmd/kg-train parse --with-dev
// --reverse --out extract/parse/reverse.gz`; reverseBeamFile with a beam,
// by `go run ./cmd/kg-train parse --with-dev --reverse --beam 16
// --ensemble 1 --epochs 19 --out extract/parse/reverse-beam.gz`.
var (
	//go:embed reverse.gz
	reverseFile []byte
	//go:embed reverse-beam.gz
	reverseBeamFile []byte
)

// File names of the embedded right-to-left models inside this package.
const (
	ReverseModelName     = "reverse.gz"
	ReverseBeamModelName = "reverse-beam.gz"
)

// VoteBeam is the width the beam models of DefaultVoter search with.
const VoteBeam = 16

// DefaultVoter returns the Voter over the four embedded models: the beam
// models reading left to right (beam.gz) and right to left
// (reverse-beam.gz), searching VoteBeam wide (the second pruned, see
// below), and the greedy ones (model.gz, reverse.gz). The left-to-right
// beam model's vote weighs 1.5, the others' 1: on EWT dev, with the four trained on train
// alone and dev tagged by the train-only tagger, the vote scores UAS 87.47
// and LAS 84.37 against 86.32 and 83.10 for that beam model alone (its
// weight from 1.3 to 1.6, or the others' from 0.8 to 1.2, moves either by
// at most 0.07; all four at 1, 86.96 / 83.63 with the labels of the
// heaviest member, before labels were voted on). Three members (no
// right-to-left beam) reach 86.93 / 83.64.
// The models are decoded once, on first use, in parallel.
func DefaultVoter() (*Voter, error) { return loadVoter() }

var loadVoter = sync.OnceValues(func() (*Voter, error) {
	var (
		ps [4]*Parser
		g  errgroup.Group
	)
	g.Go(func() (err error) { ps[0], err = loadVoteBeam(); return })
	g.Go(func() (err error) { ps[1], err = Default(); return })
	g.Go(func() (err error) { ps[2], err = loadReverseBeam(); return })
	g.Go(func() (err error) { ps[3], err = loadReverse(); return })
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return NewVoter(
		VoteMember{Parser: ps[0], Beam: VoteBeam, Weight: 1.5},
		VoteMember{Parser: ps[1], Weight: 1},
		VoteMember{Parser: ps[2], Beam: VoteBeam, Weight: 1},
		VoteMember{Parser: ps[3], Weight: 1},
	), nil
})

// The vote's left-to-right beam model searches the full beam: pruned at
// DefaultBeamMargin it loses the vote 0.16 UAS on dev (at 250 or 300,
// nothing, but it is then hardly faster), so it is decoded apart from
// DefaultBeam's parser, which prunes. The right-to-left beam model is
// pruned at DefaultBeamMargin: alone it loses 1.1 UAS, but the vote
// nothing (dev UAS / LAS 87.47 / 84.39), and it takes half the time
// (at 100 the vote loses 0.09).
var (
	loadVoteBeam    = modelio.Embedded("parse model "+BeamModelName, beamFile, Load)
	loadReverseBeam = modelio.Embedded("parse model "+ReverseBeamModelName, reverseBeamFile, loadPruned)
	loadReverse     = modelio.Embedded("parse model "+ReverseModelName, reverseFile, Load)
)

// MaxVoteTokens is the longest sentence a Voter votes on: the vote costs
// time cubic and memory square in the sentence's length, so a longer one
// (a table or a list the splitter could not cut) keeps the tree of the
// Voter's first member.
const MaxVoteTokens = 200

// VoteMember is one parser of a Voter: the model, the beam width it parses
// with (ParseBeam; 1 or less is greedy) and the weight of its arcs.
type VoteMember struct {
	Parser *Parser
	Beam   int
	Weight float64
}

// Voter parses a sentence with several parsers and keeps the tree their
// votes prefer (reparsing, Sagae and Lavie 2006): every arc a member
// proposes scores that member's weight, and Eisner's algorithm finds the
// single-rooted projective tree with the highest total. Each word's label
// is voted on in the same way by the members that gave it the chosen
// head. Parsers that read in opposite directions, or search differently,
// make different mistakes, so the vote corrects those on which the others
// agree.
//
// A Voter is safe for concurrent use.
type Voter struct {
	members []VoteMember
	pool    sync.Pool // *voteScratch
}

// NewVoter returns a Voter over members, the first of which decides the
// sentences too long to vote on (MaxVoteTokens); members with a nil
// parser or a weight not above zero are left out.
func NewVoter(members ...VoteMember) *Voter {
	v := &Voter{}
	for _, m := range members {
		if m.Parser != nil && m.Weight > 0 {
			v.members = append(v.members, m)
		}
	}
	return v
}

// voteScratch holds one Parse call's buffers.
type voteScratch struct {
	trees [][]nlp.Token // each member's copy of the sentence, parsed
	score []float64     // (n+1)×(n+1) arc scores, [head*(n+1)+dependent]
	eis   eisner
}

// Parse sets Head and Deprel of every token of s, as Parser.Parse does.
func (v *Voter) Parse(s *nlp.Sentence) {
	if len(v.members) == 0 {
		return
	}
	n := len(s.Tokens)
	if len(v.members) == 1 || n > MaxVoteTokens || n < 2 {
		m := v.members[0]
		m.Parser.ParseBeam(s, m.Beam)
		return
	}
	sc, _ := v.pool.Get().(*voteScratch)
	if sc == nil {
		sc = &voteScratch{}
	}
	defer v.pool.Put(sc)
	for len(sc.trees) < len(v.members) {
		sc.trees = append(sc.trees, nil)
	}
	sc.score = slices.Grow(sc.score[:0], (n+1)*(n+1))[:(n+1)*(n+1)]
	clear(sc.score)
	for k, m := range v.members {
		sc.trees[k] = append(sc.trees[k][:0], s.Tokens...)
		t := nlp.Sentence{ID: s.ID, Text: s.Text, Start: s.Start, End: s.End, Tokens: sc.trees[k]}
		m.Parser.ParseBeam(&t, m.Beam)
		for d, tok := range t.Tokens {
			if h := tok.Head; h >= 0 && h <= n {
				sc.score[h*(n+1)+d+1] += m.Weight
			}
		}
	}
	heads := sc.eis.tree(sc.score, n)
	for d := range s.Tokens {
		h := heads[d+1]
		s.Tokens[d].Head = h
		s.Tokens[d].Deprel = v.label(sc.trees, d, h)
	}
	punctLeaves(s.Tokens)
}

// label returns the label of word d under head h: of the labels the
// members that gave d this head chose, the one with the most weight (ties
// go to the earlier member); "root" for the root. For an arc no member
// proposed (the vote may need one to keep the tree projective), the
// label of the heaviest member, or "dep" where that is "root".
func (v *Voter) label(trees [][]nlp.Token, d, h int) string {
	if h == 0 {
		return "root"
	}
	var (
		label string
		best  float64
	)
	for k := range v.members {
		t := trees[k][d]
		if t.Head != h || t.Deprel == label {
			continue
		}
		var w float64
		for j, m := range v.members {
			if u := trees[j][d]; u.Head == h && u.Deprel == t.Deprel {
				w += m.Weight
			}
		}
		if w > best {
			label, best = t.Deprel, w
		}
	}
	if label == "" {
		for k, m := range v.members {
			if m.Weight > best {
				label, best = trees[k][d].Deprel, m.Weight
			}
		}
	}
	if label == "root" || label == "" {
		return "dep"
	}
	return label
}

// eisner holds the charts of Eisner's algorithm, reused across sentences.
type eisner struct {
	comp, inc   []float64 // best scores of complete and incomplete spans
	compB, incB []int32   // their split points
	heads       []int
}

// tree returns the heads (1-based, 0 for the root; index 0 unused) of the
// single-rooted projective tree over tokens 1..n with the highest sum of
// score[h*(n+1)+d] over its arcs h → d.
//
// Spans cover tokens s..t; direction 0 has its head at t, direction 1 at
// s. The root takes exactly one dependent r, whose subtree is the left
// complete span 1..r and the right one r..n.
func (e *eisner) tree(score []float64, n int) []int {
	w := n + 1
	size := w * w * 2
	e.comp = slices.Grow(e.comp[:0], size)[:size]
	e.inc = slices.Grow(e.inc[:0], size)[:size]
	e.compB = slices.Grow(e.compB[:0], size)[:size]
	e.incB = slices.Grow(e.incB[:0], size)[:size]
	at := func(s, t, d int) int { return (s*w+t)*2 + d }
	for s := 1; s <= n; s++ {
		e.comp[at(s, s, 0)], e.comp[at(s, s, 1)] = 0, 0
	}
	neg := math.Inf(-1)
	for k := 1; k < n; k++ {
		for s := 1; s+k <= n; s++ {
			t := s + k
			best, br := neg, s
			for r := s; r < t; r++ {
				if x := e.comp[at(s, r, 1)] + e.comp[at(r+1, t, 0)]; x > best {
					best, br = x, r
				}
			}
			e.inc[at(s, t, 0)], e.incB[at(s, t, 0)] = best+score[t*w+s], int32(br)
			e.inc[at(s, t, 1)], e.incB[at(s, t, 1)] = best+score[s*w+t], int32(br)
			best, br = neg, s
			for r := s; r < t; r++ {
				if x := e.comp[at(s, r, 0)] + e.inc[at(r, t, 0)]; x > best {
					best, br = x, r
				}
			}
			e.comp[at(s, t, 0)], e.compB[at(s, t, 0)] = best, int32(br)
			best, br = neg, t
			for r := s + 1; r <= t; r++ {
				if x := e.inc[at(s, r, 1)] + e.comp[at(r, t, 1)]; x > best {
					best, br = x, r
				}
			}
			e.comp[at(s, t, 1)], e.compB[at(s, t, 1)] = best, int32(br)
		}
	}
	e.heads = slices.Grow(e.heads[:0], w)[:w]
	best, root := neg, 1
	for r := 1; r <= n; r++ {
		if x := e.comp[at(1, r, 0)] + e.comp[at(r, n, 1)] + score[r]; x > best {
			best, root = x, r
		}
	}
	e.heads[0], e.heads[root] = 0, 0
	e.complete(1, root, 0)
	e.complete(root, n, 1)
	return e.heads
}

// complete sets the heads inside the complete span s..t of direction d.
func (e *eisner) complete(s, t, d int) {
	if s == t {
		return
	}
	w := len(e.heads)
	r := int(e.compB[(s*w+t)*2+d])
	if d == 0 {
		e.complete(s, r, 0)
		e.incomplete(r, t, 0)
	} else {
		e.incomplete(s, r, 1)
		e.complete(r, t, 1)
	}
}

// incomplete sets the head of the incomplete span s..t of direction d and
// the heads inside it.
func (e *eisner) incomplete(s, t, d int) {
	w := len(e.heads)
	r := int(e.incB[(s*w+t)*2+d])
	if d == 0 {
		e.heads[s] = t
	} else {
		e.heads[t] = s
	}
	e.complete(s, r, 1)
	e.complete(r+1, t, 0)
}
