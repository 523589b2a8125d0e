package triples

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// CaRBTuple is one n-ary Open IE extraction: a relation phrase and its
// arguments, each a string of the sentence's tokens joined by spaces.
type CaRBTuple struct {
	Relation   string
	Args       []string
	Confidence float64
}

// CaRBSet maps a sentence (as written in the input) to its extractions.
type CaRBSet map[string][]CaRBTuple

// WriteCaRB writes the extractions of one sentence in CaRB's tab-separated
// system format: SENTENCE, CONFIDENCE, RELATION, ARG1, ARG2, ... Tabs and
// newlines inside fields are replaced by spaces.
func WriteCaRB(w io.Writer, sentence string, ts []CaRBTuple) error {
	bw := bufio.NewWriter(w)
	for _, t := range ts {
		bw.WriteString(cleanField(sentence))
		fmt.Fprintf(bw, "\t%.4f\t%s", t.Confidence, cleanField(t.Relation))
		for _, a := range t.Args {
			bw.WriteByte('\t')
			bw.WriteString(cleanField(a))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func cleanField(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
}

// ReadCaRBGold reads CaRB's gold format, SENTENCE, RELATION, ARG1, ARG2, ...
// one tuple per line. Arguments that are context markers (they contain
// "C: ") are dropped, as CaRB's documentation of the data says.
func ReadCaRBGold(r io.Reader) (CaRBSet, error) {
	return readCaRB(r, false)
}

// ReadCaRBSystem reads CaRB's system format, SENTENCE, CONFIDENCE,
// RELATION, ARG1, ARG2, ... as written by WriteCaRB.
func ReadCaRBSystem(r io.Reader) (CaRBSet, error) {
	return readCaRB(r, true)
}

func readCaRB(r io.Reader, withConf bool) (CaRBSet, error) {
	out := CaRBSet{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		min := 2
		if withConf {
			min = 3
		}
		if len(f) < min {
			return out, fmt.Errorf("carb line %d: want at least %d tab-separated fields, got %d", line, min, len(f))
		}
		t := CaRBTuple{Confidence: 1}
		rest := f[1:]
		if withConf {
			c, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
			if err != nil {
				return out, fmt.Errorf("carb line %d: bad confidence %q: %w", line, f[1], err)
			}
			t.Confidence = c
			rest = f[2:]
		}
		t.Relation = strings.TrimSpace(rest[0])
		for _, a := range rest[1:] {
			a = strings.TrimSpace(a)
			if !withConf && strings.Contains(a, "C: ") {
				continue
			}
			t.Args = append(t.Args, a)
		}
		s := strings.TrimSpace(f[0])
		out[s] = append(out[s], t)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("carb line %d: %w", line, err)
	}
	return out, nil
}

// CaRBScore is the result of scoring extractions against CaRB's gold.
type CaRBScore struct {
	AUC       float64 // area under the precision–recall curve
	Precision float64 // at the confidence threshold with the best F1
	Recall    float64
	F1        float64
	Threshold float64 // that confidence threshold
}

// ScoreCaRB scores predicted extractions against gold ones the way CaRB's
// carb.py does with its default matcher (binary_linient_tuple_match):
//
//   - sentences are matched after removing spaces, ASCII punctuation and
//     PTB bracket escapes; predictions for sentences without gold are
//     ignored;
//   - tuples are made binary: arguments after the first are joined into
//     one; for a gold relation containing said/told/added/adds/says the
//     predicted arguments are also tried in swapped order;
//   - a pair scores token precision and recall over relation and
//     arguments (case-sensitive bag-of-words overlap, "be" in the
//     prediction matching any form of be in the gold); a pair scores zero
//     when the relations share no word or the prediction lacks one of the
//     gold's two arguments;
//   - at each confidence threshold, recall counts for every gold tuple its
//     best recall over the predictions kept (several gold tuples may use
//     the same prediction); precision matches gold and predictions one to
//     one, greedily by best precision, and divides by the number of
//     predictions kept;
//   - F1 is the best over thresholds; AUC is the area under the
//     precision–recall points plus (recall 0, precision 1).
func ScoreCaRB(gold, pred CaRBSet) CaRBScore {
	g := normalizeSet(gold)
	p := normalizeSet(pred)
	confSet := map[float64]bool{}
	for _, ts := range p {
		for _, t := range ts {
			confSet[t.Confidence] = true
		}
	}
	var thresholds []float64
	for c := range confSet {
		thresholds = append(thresholds, c)
	}
	sort.Float64s(thresholds)
	n := len(thresholds)
	if n == 0 {
		return CaRBScore{}
	}
	index := make(map[float64]int, n)
	for i, c := range thresholds {
		index[c] = i
	}
	pn, pd, rn, rd := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		golds := g[k]
		preds := p[k]
		scores := make([][][2]float64, len(golds))
		for i := range golds {
			scores[i] = make([][2]float64, len(preds))
			for j := range preds {
				scores[i][j] = binaryLenientMatch(golds[i], preds[j])
			}
		}
		confs := make([]float64, len(preds))
		for j := range preds {
			confs[j] = preds[j].Confidence
		}
		sort.Float64s(confs)
		prev := 0
		for _, conf := range confs {
			c := index[conf]
			var ext []int
			for j := range preds {
				if preds[j].Confidence >= conf {
					ext = append(ext, j)
				}
			}
			recall := 0.0
			for i := range scores {
				best := 0.0
				for _, j := range ext {
					best = math.Max(best, scores[i][j][1])
				}
				recall += best
			}
			precision := 0.0
			usedRow := make([]bool, len(golds))
			usedCol := make([]bool, len(preds))
			matches := len(golds)
			if len(ext) < matches {
				matches = len(ext)
			}
			for t := 0; t < matches; t++ {
				br, bc, bp := -1, -1, -1.0
				for i := range scores {
					if usedRow[i] {
						continue
					}
					for _, j := range ext {
						if usedCol[j] {
							continue
						}
						if scores[i][j][0] > bp {
							br, bc, bp = i, j, scores[i][j][0]
						}
					}
				}
				usedRow[br], usedCol[bc] = true, true
				precision += bp
			}
			for x := prev; x <= c; x++ {
				pn[x] += precision
				pd[x] += float64(len(ext))
				rn[x] += recall
				rd[x] += float64(len(golds))
			}
			if c+1 > prev {
				prev = c + 1
			}
		}
		for x := prev; x < n; x++ {
			rd[x] += float64(len(golds))
		}
	}
	precs, recs := make([]float64, n), make([]float64, n)
	best := CaRBScore{F1: -1}
	for i := 0; i < n; i++ {
		precs[i] = 1
		if pd[i] > 0 {
			precs[i] = pn[i] / pd[i]
		}
		if rd[i] > 0 {
			recs[i] = rn[i] / rd[i]
		}
		f := 0.0
		if precs[i]+recs[i] > 0 {
			f = 2 * precs[i] * recs[i] / (precs[i] + recs[i])
		}
		if f > best.F1 {
			best = CaRBScore{Precision: precs[i], Recall: recs[i], F1: f, Threshold: thresholds[i]}
		}
	}
	// trapezoidal area over the points in threshold order, plus (0, 1)
	xs := append(append([]float64{}, recs...), 0)
	ys := append(append([]float64{}, precs...), 1)
	area := 0.0
	for i := 1; i < len(xs); i++ {
		area += (xs[i] - xs[i-1]) * (ys[i] + ys[i-1]) / 2
	}
	best.AUC = math.Abs(area)
	return best
}

var ptbEscapes = [][2]string{{"(", "-LRB-"}, {")", "-RRB-"}, {"[", "-LSB-"}, {"]", "-RSB-"}, {"{", "-LCB-"}, {"}", "-RCB-"}}

// normalizeKey is carb.py's sentence key: spaces removed, PTB escapes
// undone, ASCII punctuation removed.
func normalizeKey(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	for _, e := range ptbEscapes {
		s = strings.ReplaceAll(s, e[1], e[0])
	}
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func normalizeSet(s CaRBSet) CaRBSet {
	out := make(CaRBSet, len(s))
	for k, v := range s {
		nk := normalizeKey(k)
		out[nk] = append(out[nk], v...)
	}
	return out
}

func binarize(t CaRBTuple) CaRBTuple {
	if len(t.Args) >= 2 {
		return CaRBTuple{Relation: t.Relation, Args: []string{t.Args[0], strings.Join(t.Args[1:], " ")}, Confidence: t.Confidence}
	}
	return t
}

var saidWords = []string{"said", "told", "added", "adds", "says", "adds"}

// binaryLenientMatch is CaRB's binary_linient_tuple_match: [precision, recall].
func binaryLenientMatch(ref, ex CaRBTuple) [2]float64 {
	r := binarize(ref)
	e := binarize(ex)
	straight := lenientMatch(r, e)
	said := false
	for _, w := range saidWords {
		if strings.Contains(ref.Relation, w) {
			said = true
			break
		}
	}
	if !said {
		return straight
	}
	if len(ex.Args) >= 2 {
		e = CaRBTuple{Relation: ex.Relation, Args: []string{strings.Join(ex.Args[1:], " "), ex.Args[0]}}
	}
	rev := lenientMatch(r, e)
	// Python's max over [p, r] lists compares element by element
	if rev[0] > straight[0] || (rev[0] == straight[0] && rev[1] > straight[1]) {
		return rev
	}
	return straight
}

var beForms = []string{"be", "is", "am", "are", "was", "were", "been", "being"}

// lenientMatch is CaRB's linient_tuple_match ("stricter match" version).
func lenientMatch(ref, ex CaRBTuple) [2]float64 {
	var pNum, pDen, rNum, rDen int
	pw := strings.Fields(ex.Relation)
	gw := strings.Fields(ref.Relation)
	pDen += len(pw)
	rDen += len(gw)
	m, pw := overlap(gw, pw)
	if containsWord(pw, "be") {
		for _, f := range beForms {
			if containsWord(gw, f) {
				m++
				pw = removeWord(pw, "be")
				break
			}
		}
	}
	if m == 0 {
		return [2]float64{}
	}
	pNum += m
	rNum += m
	for i := range ref.Args {
		g := strings.Fields(ref.Args[i])
		rDen += len(g)
		if len(ex.Args) <= i {
			if i < 2 {
				return [2]float64{}
			}
			continue
		}
		p := strings.Fields(ex.Args[i])
		pDen += len(p)
		m, _ := overlap(g, p)
		pNum += m
		rNum += m
	}
	var out [2]float64
	if pDen > 0 {
		out[0] = float64(pNum) / float64(pDen)
	}
	if rDen > 0 {
		out[1] = float64(rNum) / float64(rDen)
	}
	return out
}

// overlap counts gold words found in pred, each pred word used once, and
// returns the pred words left.
func overlap(gold, pred []string) (int, []string) {
	left := append([]string(nil), pred...)
	m := 0
	for _, w := range gold {
		for k, p := range left {
			if p == w {
				m++
				left = append(left[:k], left[k+1:]...)
				break
			}
		}
	}
	return m, left
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func removeWord(ws []string, w string) []string {
	for k, x := range ws {
		if x == w {
			return append(ws[:k:k], ws[k+1:]...)
		}
	}
	return ws
}
