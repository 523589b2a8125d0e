package parse

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/kg-project/kg/extract/nlp"
)

// modelFile is the embedded model, trained by `go run ./cmd/kg-train parse`.
//
//go:embed model.gz
var modelFile []byte

// ModelName is the file name of the embedded model inside this package.
const ModelName = "model.gz"

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels []string // dependency relations, index = label id
	root   int      // label id of "root"
	vocab  *hashSet // words seen often enough in training; others are shapes
	w      *weights
	pool   sync.Pool // *scratch
}

// scratch holds the buffers one Parse call needs, reused across calls.
type scratch struct {
	st     state
	a      attrs
	f      [maxFeats]uint64
	scores []int32
}

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the parser built from the embedded model. The model is
// decoded once, on first use; later calls return the same parser.
func Default() (*Parser, error) {
	defaultOnce.Do(func() {
		defaultParser, defaultErr = Load(bytes.NewReader(modelFile))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("load embedded parse model %s: %w", ModelName, defaultErr)
		}
	})
	return defaultParser, defaultErr
}

// Labels returns the dependency relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Features returns the number of features in the weight table.
func (p *Parser) Features() int { return p.w.nfeat }

func (p *Parser) nclass() int { return 1 + 2*len(p.labels) }

func (p *Parser) getScratch() *scratch {
	if sc, ok := p.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{scores: make([]int32, p.nclass())}
}

// Parse sets Head (1-based, 0 for the root) and Deprel of every token of s
// in place. It reads the tokens' Text, UPOS and XPOS, so s should be tagged
// first. The result is always a single-rooted projective tree.
func (p *Parser) Parse(s *nlp.Sentence) {
	toks := s.Tokens
	if len(toks) == 0 {
		return
	}
	sc := p.getScratch()
	st, a := &sc.st, &sc.a
	a.set(toks, p.vocab)
	st.reset(len(toks))
	nlab := len(p.labels)
	for !st.terminal() {
		if st.forced() {
			st.apply(1+p.root, nlab)
			continue
		}
		if len(st.stack) == 0 {
			st.apply(actShift, nlab)
			continue
		}
		k := extract(st, a, &sc.f)
		p.w.score(sc.f[:k], sc.scores)
		st.apply(bestLegal(sc.scores, st, nlab, p.root), nlab)
	}
	st.write(toks, p.labels)
	p.pool.Put(sc)
}

// bestLegal returns the highest-scoring class that is legal in st, the
// first on ties. The root label is reserved for the final arc onto the root.
func bestLegal[T int32 | float32](scores []T, st *state, nlab, root int) int {
	best := -1
	var bs T
	if st.canShift() {
		best, bs = actShift, scores[actShift]
	}
	if st.canLeft() {
		for l := 0; l < nlab; l++ {
			if l == root {
				continue
			}
			if c := 1 + l; best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	if st.canRight() {
		for l := 0; l < nlab; l++ {
			if l == root {
				continue
			}
			if c := 1 + nlab + l; best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	return best
}

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	return decode(r)
}

// Save writes the parser's model to w (gzip-compressed binary).
func (p *Parser) Save(w io.Writer) error {
	return encode(w, p)
}
