package tokenize

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
)

// PRF holds precision, recall and F1 with the counts they come from.
type PRF struct {
	Gold, Pred, Correct int
	P, R, F1            float64
}

func newPRF(gold, pred, correct int) PRF {
	m := PRF{Gold: gold, Pred: pred, Correct: correct}
	if pred > 0 {
		m.P = float64(correct) / float64(pred)
	}
	if gold > 0 {
		m.R = float64(correct) / float64(gold)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
	return m
}

// Metrics are the scores of the splitter against gold sentences.
type Metrics struct {
	Documents int
	Sentences PRF // a predicted sentence is correct when its byte span equals a gold one
	Tokens    PRF // a predicted token is correct when its byte span equals a gold word's
}

// String formats m as a table followed by a key=value line.
func (m Metrics) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %8s %8s %8s %7s %7s %7s\n", "", "gold", "pred", "correct", "P", "R", "F1")
	for _, r := range []struct {
		name string
		p    PRF
	}{{"sentences", m.Sentences}, {"tokens", m.Tokens}} {
		fmt.Fprintf(&b, "%-10s %8d %8d %8d %7.4f %7.4f %7.4f\n", r.name, r.p.Gold, r.p.Pred, r.p.Correct, r.p.P, r.p.R, r.p.F1)
	}
	fmt.Fprintf(&b, "docs=%d sent_f1=%.4f token_f1=%.4f", m.Documents, m.Sentences.F1, m.Tokens.F1)
	return b.String()
}

// EvalOptions configure Evaluate.
type EvalOptions struct {
	// Tokenizer is the splitter under test; nil means the default.
	Tokenizer *Tokenizer
	// NewPar holds the sent_ids of sentences that start a paragraph
	// (CoNLL-U "# newpar" comments, see ReadNewPar). Paragraphs are joined
	// with a blank line, the sentences inside one with a space. Nil joins
	// every sentence of a document with a space.
	NewPar map[string]bool
}

// DocID returns the document part of a treebank sentence id: the id without
// its final "-NNNN" sentence number.
func DocID(sentID string) string {
	if i := strings.LastIndexByte(sentID, '-'); i > 0 {
		return sentID[:i]
	}
	return sentID
}

// Evaluate rebuilds each document's raw text from the gold sentences' Text
// (documents are runs of sentences with the same DocID, see Documents),
// splits it, and scores sentence spans and token spans against the gold
// ones. Gold tokens are the syntactic words of CoNLL-U (as read by
// extract/conllu), with offsets into their sentence's Text; words that
// could not be aligned count as missed.
func Evaluate(gold []nlp.Sentence, opt EvalOptions) Metrics {
	tz := opt.Tokenizer
	if tz == nil {
		tz = New()
	}
	var (
		m                      Metrics
		gs, ps, sc, gt, pt, tc int
		predSpans              [][2]int
		pred                   []nlp.Sentence
	)
	Documents(gold, opt.NewPar, func(d Document) {
		pred = tz.SplitAppend(pred[:0], d.Text)
		predSpans = predSpans[:0]
		for _, s := range pred {
			predSpans = append(predSpans, [2]int{s.Start, s.End})
		}
		gs += len(d.Sentences)
		ps += len(predSpans)
		sc += matchSpans(d.Sentences, predSpans)
		predSpans = predSpans[:0]
		for _, s := range pred {
			for _, t := range s.Tokens {
				predSpans = append(predSpans, [2]int{t.Start, t.End})
			}
		}
		gt += len(d.Tokens)
		pt += len(predSpans)
		tc += matchSpans(d.Tokens, predSpans)
		m.Documents++
	})
	m.Sentences = newPRF(gs, ps, sc)
	m.Tokens = newPRF(gt, pt, tc)
	return m
}

// Document is the raw text of one treebank document rebuilt from its gold
// sentences, with the gold sentence and word spans in it.
type Document struct {
	Text      string
	Sentences [][2]int // byte spans of the gold sentences
	Tokens    [][2]int // byte spans of the gold words, {-1, -1} when unaligned
}

// Documents rebuilds the raw text of each document of gold (runs of
// sentences with the same DocID) and calls fn with it; the slices of the
// Document are reused between calls.
//
// The treebank keeps the original layout only in part: "# newpar" marks
// paragraphs, which are joined with a blank line (newpar nil joins every
// sentence with a space), and a sentence whose last word has SpaceAfter=No
// is followed directly by the next one ("quality.The"), as in the source.
// Any other two sentences of a paragraph are joined with one space; line
// breaks inside a paragraph (e-mail headers, signatures) are not recorded
// by EWT and so cannot be rebuilt. Nothing else about the gold boundaries
// reaches the text.
func Documents(gold []nlp.Sentence, newpar map[string]bool, fn func(Document)) {
	var (
		doc strings.Builder
		d   Document
	)
	for i := 0; i < len(gold); {
		id := DocID(gold[i].ID)
		j := i
		doc.Reset()
		d.Sentences, d.Tokens = d.Sentences[:0], d.Tokens[:0]
		for ; j < len(gold) && (j == i || DocID(gold[j].ID) == id && gold[i].ID != ""); j++ {
			s := &gold[j]
			if j > i {
				prev := gold[j-1].Tokens
				switch {
				case newpar != nil && newpar[s.ID]:
					doc.WriteString("\n\n")
				case len(prev) > 0 && !prev[len(prev)-1].SpaceAfter:
					// glued to the previous sentence in the source
				default:
					doc.WriteByte(' ')
				}
			}
			off := doc.Len()
			doc.WriteString(s.Text)
			d.Sentences = append(d.Sentences, [2]int{off, off + len(s.Text)})
			for _, t := range s.Tokens {
				if t.Start >= 0 {
					d.Tokens = append(d.Tokens, [2]int{off + t.Start, off + t.End})
				} else {
					d.Tokens = append(d.Tokens, [2]int{-1, -1})
				}
			}
		}
		d.Text = doc.String()
		fn(d)
		i = j
	}
}

// EvaluateFile scores tz (nil: the default Tokenizer) against a CoNLL-U
// file, keeping its paragraph breaks; it is what "kg eval sent" runs.
func EvaluateFile(path string, tz *Tokenizer) (Metrics, error) {
	gold, err := conllu.ReadFile(path)
	if err != nil {
		return Metrics{}, fmt.Errorf("evaluate sentences on %q: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return Metrics{}, fmt.Errorf("evaluate sentences on %q: %w", path, err)
	}
	defer f.Close()
	par, err := ReadNewPar(f)
	if err != nil {
		return Metrics{}, fmt.Errorf("evaluate sentences on %q: %w", path, err)
	}
	return Evaluate(gold, EvalOptions{Tokenizer: tz, NewPar: par}), nil
}

// matchSpans counts spans present in both lists.
func matchSpans(gold, pred [][2]int) int {
	set := make(map[[2]int]int, len(gold))
	for _, g := range gold {
		if g[0] >= 0 {
			set[g]++
		}
	}
	n := 0
	for _, p := range pred {
		if set[p] > 0 {
			set[p]--
			n++
		}
	}
	return n
}

// ReadNewPar reads CoNLL-U from r and returns the sent_ids of sentences
// that start a paragraph ("# newpar" before or after their "# sent_id").
func ReadNewPar(r io.Reader) (map[string]bool, error) {
	out := make(map[string]bool)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var id string
	par := false
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "" || l == "\r":
			if par && id != "" {
				out[id] = true
			}
			id, par = "", false
		case strings.HasPrefix(l, "# sent_id"):
			if k := strings.IndexByte(l, '='); k > 0 {
				id = strings.TrimSpace(l[k+1:])
			}
		case strings.HasPrefix(l, "# newpar") || strings.HasPrefix(l, "# newdoc"):
			par = true
		}
	}
	if par && id != "" {
		out[id] = true
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("read newpar: %w", err)
	}
	return out, nil
}
