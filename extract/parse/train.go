package parse

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/kg-project/kg/extract/nlp"
)

// Training defaults, chosen on EWT dev.
const (
	// DefaultEpochs is the number of passes over the training data; with
	// jackknifed tags, dev LAS stops improving after 10 to 12 (see
	// TrainOptions.KeepBest).
	DefaultEpochs = 12
	// DefaultExploreFrom is the first epoch (0-based) in which the dynamic
	// oracle follows the model's own predictions, so that it learns to
	// recover from its mistakes (Goldberg and Nivre 2012).
	DefaultExploreFrom = 1
	// DefaultExploreP is the probability of following the prediction rather
	// than the best zero-cost transition once exploring.
	DefaultExploreP = 0.9
	// DefaultPrune drops averaged weights smaller than this in magnitude.
	// One perceptron update is 1, so this removes every weight a single
	// update could have produced and more: on EWT dev (predicted tags) 1.5
	// keeps 713k of 2.06M features for -0.05 LAS; 2.0 keeps 379k for -0.55.
	DefaultPrune = 1.5
	// DefaultMinWordFreq is how often a word must occur in training to be
	// a feature by itself; rarer words are represented by their shape, which
	// generalises better and keeps the weight table small and fast. On EWT
	// dev (predicted tags) 3 scores as well as 2 with 10% fewer features.
	DefaultMinWordFreq = 3
	// DefaultFastMargin is the lead, in weight units, by which the fast
	// model's best class must beat its second for the fast model to decide
	// alone (TrainOptions.FastMargin), and DefaultFastPrune the fast
	// model's DefaultPrune. Chosen on EWT dev (predicted tags from the
	// train-only tagger, parser trained on train alone): the fast model
	// then takes 64% of the decisions (full model alone: LAS 82.16;
	// margin 40: 58% for 82.12; margin 35: 64% for 82.09; margin 30: 70%
	// for 82.05), and the whole analysis of BBC news runs about 4% faster
	// than at margin 40. Pruning at 3 keeps 153k entries of the fast
	// model's 406k for no loss.
	DefaultFastMargin = 35
	DefaultFastPrune  = 3.0
	// DefaultSeed seeds the shuffles and the exploration.
	DefaultSeed = 1
	// DefaultEnsemble is the number of perceptrons averaged into a model:
	// on EWT dev three give about +0.15 LAS over one (82.05 against a best
	// epoch of 81.86) and vary less from epoch to epoch; five, no more.
	DefaultEnsemble = 3
)

// TrainOptions configures Train. The zero value uses the defaults above.
type TrainOptions struct {
	Epochs      int
	ExploreFrom int     // -1 disables exploration
	ExploreP    float64 // 0 means DefaultExploreP
	Prune       float64 // minimum |weight| kept; 0 means DefaultPrune, negative keeps all
	Seed        uint64  // 0 means DefaultSeed
	MinWordFreq int     // 0 means DefaultMinWordFreq; rarer words are replaced by their shape

	// Dev, if set, is parsed after every epoch and the scores logged.
	Dev []nlp.Sentence
	// KeepBest, with Dev set, makes Train return the model of the epoch
	// with the highest LAS on Dev rather than that of the last epoch: the
	// dev score of the last epochs varies by about ±0.15 from one epoch to
	// the next.
	KeepBest bool
	// Ensemble is the number of perceptrons, trained in step on
	// differently shuffled data, whose averaged weights are averaged into
	// the model; 0 or 1 trains one.
	Ensemble int
	// FastMargin is the margin of the fast model (see Parser): a
	// perceptron on the first fastFeats features, trained alongside the
	// full model on the same configurations, which decides alone when its
	// best class leads by at least FastMargin. 0 means DefaultFastMargin;
	// negative trains no fast model.
	FastMargin float64
	// FastPrune is Prune for the fast model; 0 means DefaultFastPrune.
	FastPrune float64
	// Beam, above 1, trains the model globally: each sentence is searched
	// with a beam of this width and the weights are updated, as a
	// structured perceptron, at the step where the best hypothesis leads
	// the oracle's transitions by the most (max-violation update, Huang
	// et al. 2012). No fast model is trained, and the parser returned
	// decodes with the same beam (SetBeam), also after Save and Load:
	// such a model decoded greedily is much worse (EWT dev LAS 79.0
	// against 82.5 with beam 8).
	// 0 or 1 trains greedily with the dynamic oracle; at most MaxBeam.
	Beam int
	// Reverse trains a model that reads sentences from right to left: the
	// training sentences are reversed (heads renumbered), and so is every
	// sentence the model parses, before and after (Parser.Reverse). Such
	// a model makes other mistakes than one reading from left to right,
	// which is what a Voter needs.
	Reverse bool
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// ErrNoData is returned by Train when no training sentence has a usable tree.
var ErrNoData = errors.New("no training sentences with complete trees")

// Train trains a parser on gold trees. Non-projective trees are
// projectivised by lifting arcs; sentences whose trees are incomplete or
// invalid are skipped. Training is deterministic for given options.
func Train(ctx context.Context, train []nlp.Sentence, opts TrainOptions) (*Parser, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = DefaultEpochs
	}
	if opts.ExploreFrom == 0 {
		opts.ExploreFrom = DefaultExploreFrom
	}
	if opts.ExploreP == 0 {
		opts.ExploreP = DefaultExploreP
	}
	if opts.Prune == 0 {
		opts.Prune = DefaultPrune
	}
	if opts.Seed == 0 {
		opts.Seed = DefaultSeed
	}
	if opts.MinWordFreq == 0 {
		opts.MinWordFreq = DefaultMinWordFreq
	}
	if opts.FastMargin == 0 {
		opts.FastMargin = DefaultFastMargin
	}
	if opts.FastPrune == 0 {
		opts.FastPrune = DefaultFastPrune
	}
	if opts.Beam > MaxBeam {
		return nil, fmt.Errorf("train parser: beam %d, at most %d supported", opts.Beam, MaxBeam)
	}
	if opts.Beam > 1 {
		opts.FastMargin = -1 // beam search scores with the full model alone
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format+"\n", args...)
		}
	}

	// Labels, sorted for determinism.
	labelSet := map[string]bool{"root": true}
	for i := range train {
		for _, t := range train[i].Tokens {
			if t.Deprel != "" {
				labelSet[t.Deprel] = true
			}
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > 64 {
		return nil, fmt.Errorf("train parser: %d labels, at most 64 supported", len(labels))
	}
	labelID := make(map[string]int, len(labels))
	for i, l := range labels {
		labelID[l] = i
	}
	root := labelID["root"]

	if opts.Reverse {
		rev := make([]nlp.Sentence, len(train))
		for i := range train {
			rev[i] = train[i]
			rev[i].Tokens = slices.Clone(train[i].Tokens)
			reverseTokens(rev[i].Tokens)
		}
		train = rev
	}
	var golds []*gold
	nonProj := 0
	for i := range train {
		g, lifted, ok := newGold(&train[i], labelID)
		if !ok {
			continue
		}
		if lifted {
			nonProj++
		}
		golds = append(golds, g)
	}
	if len(golds) == 0 {
		return nil, ErrNoData
	}
	logf("train: %d sentences (%d projectivised, %d skipped), %d labels",
		len(golds), nonProj, len(train)-len(golds), len(labels))

	freq := map[uint64]int{}
	for _, g := range golds {
		for _, t := range g.s.Tokens {
			freq[fnv(t.Text, true)]++
		}
	}
	vocab := newHashSet(len(freq))
	for w, n := range freq {
		if n >= opts.MinWordFreq {
			vocab.add(w)
		}
	}
	logf("vocabulary: %d of %d words occur at least %d times", vocab.n, len(freq), opts.MinWordFreq)

	nlab := len(labels)
	nclass := 1 + 2*nlab
	var a attrs
	// Labels seen per (head UPOS, dependent UPOS, direction): the only
	// labels the parser will consider for such arcs.
	candSeen := map[uint64]uint64{}
	for _, g := range golds {
		a.set(g.s.Tokens, nil)
		for d := 1; d <= g.n; d++ {
			h := g.head[d]
			if int(h) > g.n {
				continue
			}
			dir := dirRight
			if h > int32(d) {
				dir = dirLeft
			}
			candSeen[candKey(a.u[h], a.u[d], dir)] |= 1 << g.label[d]
		}
	}
	cands := newCandTable(len(candSeen))
	for k, m := range candSeen {
		cands.or(k, m)
	}
	logf("label candidates: %d (head, dependent, direction) tag triples", len(candSeen))
	cp := &Parser{labels: labels, root: root, cands: cands}
	nens := max(opts.Ensemble, 1)
	members := make([]*member, nens)
	for k := range members {
		seed := opts.Seed + uint64(k)
		members[k] = &member{tt: newTTable(), rng: rand.New(rand.NewPCG(seed, seed^0x5eed)), order: make([]int, len(golds)), now: 1}
		for i := range members[k].order {
			members[k].order[i] = i
		}
		if opts.FastMargin > 0 {
			members[k].fast = newTTable()
		}
	}
	ts := &trainer{golds: golds, cp: cp, vocab: vocab, nlab: nlab, root: root, opts: &opts,
		scores: make([]float32, nclass), fast: make([]float32, nclass), costs: make([]int32, nclass)}
	// freezeTable returns the weights the members make now of the full
	// model (or, with fast set, of the fast one): the averaged weights of
	// one perceptron, or the mean of several's. freeze returns the model.
	freezeTable := func(fast bool) *Parser {
		table := func(m *member) *ttable {
			if fast {
				return m.fast
			}
			return m.tt
		}
		prune := opts.Prune
		if fast {
			prune = opts.FastPrune
		}
		if nens == 1 {
			m := members[0]
			return table(m).freeze(labels, root, m.now, prune)
		}
		sum := newTTable()
		for _, m := range members {
			sum.addAveraged(table(m), m.now, 1/float64(nens))
		}
		return sum.freeze(labels, root, 1, prune)
	}
	freeze := func() *Parser {
		p := freezeTable(false)
		p.vocab, p.cands = vocab, cands
		if opts.FastMargin > 0 {
			p.fast = freezeTable(true).w
			p.SetFastMargin(float32(opts.FastMargin))
		}
		p.SetBeam(opts.Beam)
		p.reverse = opts.Reverse
		return p
	}
	var (
		best      *Parser
		bestLAS   float64
		bestEpoch int
	)
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		start := time.Now()
		explore := opts.ExploreFrom >= 0 && epoch >= opts.ExploreFrom
		var steps, errs, nfeat int
		for _, m := range members {
			var (
				st, er int
				err    error
			)
			if opts.Beam > 1 {
				st, er, err = ts.beamEpoch(ctx, m) // steps are sentences, wrong ones updates
			} else {
				st, er, err = ts.epoch(ctx, m, explore)
			}
			if err != nil {
				return nil, err
			}
			steps, errs, nfeat = steps+st, errs+er, nfeat+m.tt.n
		}
		msg := fmt.Sprintf("epoch %d: %d steps, %.2f%% wrong, %d features, %s",
			epoch+1, steps, 100*float64(errs)/float64(max(steps, 1)), nfeat, time.Since(start).Round(time.Millisecond))
		if len(opts.Dev) > 0 {
			p := freeze()
			m := Evaluate(p, opts.Dev)
			msg += fmt.Sprintf(", dev UAS %.2f LAS %.2f (%d features)", m.UAS, m.LAS, p.w.nfeat)
			if opts.KeepBest && (best == nil || m.LAS > bestLAS) {
				best, bestLAS, bestEpoch = p, m.LAS, epoch+1
			}
		}
		logf("%s", msg)
	}
	p := best
	if p == nil {
		p = freeze()
	} else {
		logf("keeping epoch %d: dev LAS %.2f", bestEpoch, bestLAS)
	}
	logf("model: %d features, %d entries", p.w.nfeat, len(p.w.ents))
	return p, nil
}

// member is one perceptron of an ensemble, with its own weights, shuffling
// and exploration.
type member struct {
	tt    *ttable
	fast  *ttable // the fast model's weights, nil if none
	rng   *rand.Rand
	order []int
	now   int32
}

// trainer holds what the members of an ensemble share during training.
type trainer struct {
	golds  []*gold
	cp     *Parser // labels and candidates, for allowed
	vocab  *hashSet
	nlab   int
	root   int
	opts   *TrainOptions
	st     state
	a      attrs
	f      [maxFeats]uint64
	scores []float32
	fast   []float32 // the fast model's scores
	costs  []int32
	bt     beamTrainer
}

// epoch trains m for one pass over the shuffled training sentences and
// returns the number of transitions and of wrong predictions.
func (ts *trainer) epoch(ctx context.Context, m *member, explore bool) (steps, errs int, err error) {
	nlab, root, nclass := ts.nlab, ts.root, len(ts.scores)
	st, a, f, scores, costs := &ts.st, &ts.a, &ts.f, ts.scores, ts.costs
	tt := m.tt
	err = ts.shuffled(ctx, m, func(g *gold) {
		a.set(g.s.Tokens, ts.vocab)
		st.reset(g.n)
		st.run(root, nlab, func() int {
			k := extract(st, a, f, featAll)
			clear(scores)
			tt.score(f[:k], scores)
			mL, mR := ts.cp.allowed(st, a)
			pred := bestLegal(scores, st, nlab, mL, mR)
			g.costs(st, nlab, root, costs)
			for l := 0; l < nlab; l++ {
				if mL&(1<<l) == 0 {
					costs[1+l] = -1
				}
				if mR&(1<<l) == 0 {
					costs[1+nlab+l] = -1
				}
			}
			best := -1
			for c := 0; c < nclass; c++ {
				if costs[c] < 0 {
					continue
				}
				if best < 0 || costs[c] < costs[best] || (costs[c] == costs[best] && scores[c] > scores[best]) {
					best = c
				}
			}
			if m.fast != nil {
				// The fast model learns from the same configurations,
				// towards the same zero-cost class.
				clear(ts.fast)
				m.fast.score(f[:fastFeats], ts.fast)
				if fp := bestLegal(ts.fast, st, nlab, mL, mR); costs[fp] > costs[best] {
					m.fast.update(f[:fastFeats], best, 1, m.now)
					m.fast.update(f[:fastFeats], fp, -1, m.now)
				}
			}
			steps++
			if costs[pred] > costs[best] {
				errs++
				tt.update(f[:k], best, 1, m.now)
				tt.update(f[:k], pred, -1, m.now)
			}
			m.now++
			if explore && m.rng.Float64() < ts.opts.ExploreP {
				return pred
			}
			return best
		})
	})
	return steps, errs, err
}

// shuffled shuffles m's order of the training sentences and calls fn with
// each in that order, checking ctx every 256 sentences.
func (ts *trainer) shuffled(ctx context.Context, m *member, fn func(g *gold)) error {
	m.rng.Shuffle(len(m.order), func(i, j int) { m.order[i], m.order[j] = m.order[j], m.order[i] })
	for si, oi := range m.order {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		fn(ts.golds[oi])
	}
	return nil
}

// gold is a training sentence with its (projectivised) tree in the
// numbering of state: heads 1..n, n+1 for the root.
type gold struct {
	s      *nlp.Sentence
	n      int
	head   []int32
	label  []int
	kids   []int32 // children of each token, grouped by head
	kstart []int32 // kids[kstart[h]:kstart[h+1]] are h's children
}

func newGold(s *nlp.Sentence, labelID map[string]int) (*gold, bool, bool) {
	n := len(s.Tokens)
	if n == 0 || n > 10000 {
		return nil, false, false
	}
	heads := make([]int, n+1) // 1-based, 0 = root
	roots := 0
	for i, t := range s.Tokens {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return nil, false, false
		}
		if _, ok := labelID[t.Deprel]; !ok {
			return nil, false, false
		}
		heads[i+1] = t.Head
		if t.Head == 0 {
			roots++
		}
	}
	if roots != 1 || hasCycle(heads) {
		return nil, false, false
	}
	lifted := projectivize(heads)
	g := &gold{
		s:      s,
		n:      n,
		head:   make([]int32, n+2),
		label:  make([]int, n+2),
		kstart: make([]int32, n+3),
	}
	for i := 1; i <= n; i++ {
		h := heads[i]
		if h == 0 {
			h = n + 1
		}
		g.head[i] = int32(h)
		g.label[i] = labelID[s.Tokens[i-1].Deprel]
		g.kstart[h+1]++
	}
	for h := 1; h <= n+2; h++ {
		g.kstart[h] += g.kstart[h-1]
	}
	g.kids = make([]int32, n)
	fill := slices.Clone(g.kstart)
	for i := 1; i <= n; i++ {
		h := g.head[i]
		g.kids[fill[h]] = int32(i)
		fill[h]++
	}
	return g, lifted, true
}

// hasCycle reports whether heads (1-based, 0 = root) contain a cycle.
func hasCycle(heads []int) bool {
	n := len(heads) - 1
	for i := 1; i <= n; i++ {
		j, steps := i, 0
		for j != 0 {
			j = heads[j]
			steps++
			if steps > n {
				return true
			}
		}
	}
	return false
}

// projectivize lifts non-projective arcs (reattaches the dependent to its
// grandparent, shortest arc first) until the tree is projective, and
// reports whether anything changed.
func projectivize(heads []int) bool {
	changed := false
	for {
		best, bestLen := -1, 0
		for d := 1; d < len(heads); d++ {
			h := heads[d]
			if h == 0 || projectiveArc(heads, h, d) {
				continue
			}
			l := h - d
			if l < 0 {
				l = -l
			}
			if best < 0 || l < bestLen {
				best, bestLen = d, l
			}
		}
		if best < 0 {
			return changed
		}
		heads[best] = heads[heads[best]]
		changed = true
	}
}

// projectiveArc reports whether every token strictly between h and d
// descends from h.
func projectiveArc(heads []int, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		j := k
		for j != 0 && j != h {
			j = heads[j]
		}
		if j != h {
			return false
		}
	}
	return true
}

// costs fills c with the number of gold arcs each class would make
// unreachable from st (Goldberg and Nivre 2013, arc-hybrid), plus one for a
// wrong label on a correct arc; -1 marks illegal classes.
func (g *gold) costs(st *state, nlab, root int, c []int32) {
	for i := range c {
		c[i] = -1
	}
	s0, s1 := st.s(0), st.s(1)
	b := st.b
	inStack := func(x int32) bool {
		return slices.Contains(st.stack, x)
	}
	// Gold dependents of x still in the buffer.
	depsInBuffer := func(x int32) int32 {
		var n int32
		for _, d := range g.kids[g.kstart[x]:g.kstart[x+1]] {
			if d >= b {
				n++
			}
		}
		return n
	}
	if st.canShift() {
		var cost int32
		if h := g.head[b]; h != s0 && inStack(h) {
			cost++
		}
		for _, d := range g.kids[g.kstart[b]:g.kstart[b+1]] {
			if inStack(d) {
				cost++
			}
		}
		c[actShift] = cost
	}
	if st.canLeft() {
		var cost int32
		h := g.head[s0]
		if h != b && ((s1 != 0 && h == s1) || h > b) {
			cost++
		}
		cost += depsInBuffer(s0)
		for l := 0; l < nlab; l++ {
			if l == root {
				continue
			}
			c[1+l] = cost
			if h == b && l != g.label[s0] {
				c[1+l]++
			}
		}
	}
	if st.canRight() {
		var cost int32
		h := g.head[s0]
		if h != s1 && h >= b {
			cost++
		}
		cost += depsInBuffer(s0)
		for l := 0; l < nlab; l++ {
			if l == root {
				continue
			}
			c[1+nlab+l] = cost
			if h == s1 && l != g.label[s0] {
				c[1+nlab+l]++
			}
		}
	}
}

// ttable holds the weights during training: feature key → feature index,
// and per feature the classes it has weights for, with the bookkeeping of
// lazy averaging.
type ttable struct {
	mask  uint64
	keys  []uint64
	idx   []int32
	feats [][]tentry
	n     int
}

type tentry struct {
	cls uint8
	ts  int32   // time of the last change of w
	w   float32 // current weight
	tot float64 // sum of w over time up to ts
}

func newTTable() *ttable {
	const size = 1 << 20
	return &ttable{mask: size - 1, keys: make([]uint64, size), idx: make([]int32, size)}
}

func (t *ttable) slot(key uint64) uint64 {
	i := (key * 0x9e3779b97f4a7c15 >> 20) & t.mask
	for t.keys[i] != 0 && t.keys[i] != key {
		i = (i + 1) & t.mask
	}
	return i
}

func (t *ttable) score(f []uint64, scores []float32) {
	for _, key := range f {
		i := t.slot(key)
		if t.keys[i] == 0 {
			continue
		}
		for _, e := range t.feats[t.idx[i]] {
			scores[e.cls] += e.w
		}
	}
}

// feature returns the entries of key, adding the feature if it is new.
func (t *ttable) feature(key uint64) *[]tentry {
	i := t.slot(key)
	if t.keys[i] == 0 {
		if (t.n+1)*2 > len(t.keys) {
			t.grow()
			i = t.slot(key)
		}
		t.keys[i] = key
		t.idx[i] = int32(len(t.feats))
		t.feats = append(t.feats, nil)
		t.n++
	}
	return &t.feats[t.idx[i]]
}

func (t *ttable) update(f []uint64, cls int, delta float32, now int32) {
	for _, key := range f {
		fe := t.feature(key)
		j := -1
		for k := range *fe {
			if int((*fe)[k].cls) == cls {
				j = k
				break
			}
		}
		if j < 0 {
			*fe = append(*fe, tentry{cls: uint8(cls), ts: now})
			j = len(*fe) - 1
		}
		e := &(*fe)[j]
		e.tot += float64(e.w) * float64(now-e.ts)
		e.ts = now
		e.w += delta
	}
}

// addAveraged adds f times the averaged weights of o, at time now, to the
// current weights of t (whose lazy-averaging bookkeeping it leaves at
// zero: freeze t with now 1 to read the current weights).
func (t *ttable) addAveraged(o *ttable, now int32, f float64) {
	for i, key := range o.keys {
		if key == 0 {
			continue
		}
		fe := t.feature(key)
	entries:
		for _, e := range o.feats[o.idx[i]] {
			v := float32(f * (e.tot + float64(e.w)*float64(now-e.ts)) / float64(now))
			for k := range *fe {
				if (*fe)[k].cls == e.cls {
					(*fe)[k].w += v
					continue entries
				}
			}
			*fe = append(*fe, tentry{cls: e.cls, w: v})
		}
	}
}

func (t *ttable) grow() {
	old, oldIdx := t.keys, t.idx
	t.keys = make([]uint64, 2*len(old))
	t.idx = make([]int32, 2*len(old))
	t.mask = uint64(len(t.keys) - 1)
	for i, k := range old {
		if k != 0 {
			j := t.slot(k)
			t.keys[j] = k
			t.idx[j] = oldIdx[i]
		}
	}
}

// freeze averages, quantises to int16 and prunes the weights into a Parser.
func (t *ttable) freeze(labels []string, root int, now int32, prune float64) *Parser {
	type kv struct {
		key uint64
		fi  int32
	}
	feats := make([]kv, 0, t.n)
	for i, k := range t.keys {
		if k != 0 {
			feats = append(feats, kv{k, t.idx[i]})
		}
	}
	slices.SortFunc(feats, func(a, b kv) int { return cmp.Compare(a.key, b.key) })
	avg := func(e *tentry) float64 {
		return (e.tot + float64(e.w)*float64(now-e.ts)) / float64(now)
	}
	var maxAbs float64
	for _, fe := range t.feats {
		for k := range fe {
			maxAbs = math.Max(maxAbs, math.Abs(avg(&fe[k])))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	minQ := 1.0
	if prune > 0 {
		minQ = math.Max(1, math.Ceil(prune/scale))
	}
	var (
		kept []kv
		runs [][]uint32
		tmp  []tentry
		nent int
	)
	for _, kv := range feats {
		tmp = append(tmp[:0], t.feats[kv.fi]...)
		slices.SortFunc(tmp, func(a, b tentry) int { return int(a.cls) - int(b.cls) })
		var run []uint32
		for k := range tmp {
			q := math.Round(avg(&tmp[k]) / scale)
			if math.Abs(q) < minQ {
				continue
			}
			run = append(run, uint32(tmp[k].cls)<<16|uint32(uint16(int16(q))))
		}
		if len(run) == 0 {
			continue
		}
		if nent+len(run)+1 >= maxEntries {
			break
		}
		nent += len(run) + 1
		kept = append(kept, kv)
		runs = append(runs, run)
	}
	w := newWeights(len(kept), 1+2*len(labels))
	w.ents = slices.Grow(w.ents, nent)
	w.scale = float32(scale)
	for i, kv := range kept {
		w.add(kv.key, runs[i])
	}
	return &Parser{labels: slices.Clone(labels), root: root, w: w}
}
