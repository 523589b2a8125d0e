package tokenize

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/hashtab"
	"github.com/kg-project/kg/internal/modelio"
)

// SentenceModel is the learned part of the sentence splitter: a linear
// classifier (averaged perceptron) that decides, for each candidate gap
// between two tokens of one line, whether a sentence ends there. Its
// features are the words around the gap (lower-cased), their shapes
// (Xx, X.X., d/d/d, ...), the abbreviation class of the word before, how
// long the sentence and the line are so far, how many tokens have passed
// since the last punctuation, whether the gap has no whitespace, whether
// a round bracket opened in the sentence is still open, how the previous
// sentence ended, and what the lexicon says about the words around the
// gap: their usual case, how often they open or end a sentence, and
// whether they are given names. Line breaks, datelines and titles are
// still decided by the rules of the splitter; the model decides the rest.
//
// A SentenceModel is immutable once loaded and safe for concurrent use.
type SentenceModel struct {
	// weights maps a feature hash to its quantised weight plus
	// weightOffset, so that every stored value is non-negative and
	// hashtab's -1 means "unknown feature".
	weights hashtab.Table
	// lexicon maps the hash of a lower-cased word to what the training
	// text says about it (see lexCase, lexStartShift, lexEndShift and
	// lexName), learned with the weights.
	lexicon hashtab.Table
}

// Case classes of the lexicon: how a word is usually written when it does
// not start a sentence.
const (
	lexUnknown = 0
	lexLower   = 1 // a common word ("here", "thanks"): capitalised, it likely starts a sentence
	lexUpper   = 2 // a name ("Debra", "Enron")
)

// Layout of a lexicon value: the case class in the low bits, then the
// ratioClass of how often the word, capitalised, opens a sentence
// ("Thanks", "Please" against "Enron"), then the ratioClass of how often
// it is the last token of a sentence, with no punctuation after it
// ("Regards", a name in a signature), then whether it is a given name.
const (
	lexCase       = 3
	lexStartShift = 2
	lexEndShift   = 5
	lexRatioMask  = 7
	lexName       = 1 << 8
	lexMax        = 1<<9 - 1
)

// weightOffset shifts the int16 weights into the non-negative values that
// hashtab and modelio store.
const weightOffset = 1 << 15

// sentModelMagic starts every sentence model file; the digit is the
// version, to be raised whenever the features change.
const sentModelMagic = "KGSENT3\n"

// maxSentModelFeatures bounds what Load accepts.
const maxSentModelFeatures = 1 << 22

// ErrBadSentenceModel is returned by LoadSentenceModel for input that is
// not a sentence model.
var ErrBadSentenceModel = errors.New("not a kg sentence model")

//go:embed sent.bin.gz
var embeddedSentModel []byte

// DefaultSentenceModel returns the sentence model embedded in the binary,
// trained on UD English-EWT train and dev, with the 2,000 most frequent US
// given names marked in its lexicon, by `go run ./cmd/kg-train sent
// --with-dev`. It is loaded on first use and shared.
func DefaultSentenceModel() (*SentenceModel, error) { return loadDefaultSent() }

var loadDefaultSent = modelio.Embedded("sentence model", embeddedSentModel, LoadSentenceModel)

// Len returns the number of features with a weight.
func (m *SentenceModel) Len() int {
	n := 0
	m.weights.Range(func(uint64, int32) { n++ })
	return n
}

// Save writes m as gzip over varint-coded (feature, weight) pairs in key
// order, so the same model gives the same bytes.
func (m *SentenceModel) Save(w io.Writer) error {
	err := modelio.WriteGzip(w, sentModelMagic, func(e *modelio.Encoder) {
		e.Table(&m.weights)
		e.Table(&m.lexicon)
	})
	if err != nil {
		return fmt.Errorf("write sentence model: %w", err)
	}
	return nil
}

// LoadSentenceModel reads a model written by Save.
func LoadSentenceModel(r io.Reader) (*SentenceModel, error) {
	return modelio.ReadGzip(r, ErrBadSentenceModel, decodeSentenceModel)
}

// decodeSentenceModel reads the uncompressed model format.
func decodeSentenceModel(d *modelio.Decoder) (*SentenceModel, error) {
	if magic := d.Bytes(len(sentModelMagic)); string(magic) != sentModelMagic {
		if d.Err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadSentenceModel, d.Err)
		}
		return nil, ErrBadSentenceModel
	}
	m := &SentenceModel{weights: d.Table(maxSentModelFeatures, 2*weightOffset-1)}
	m.lexicon = d.Table(maxSentModelFeatures, lexMax)
	if d.Err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadSentenceModel, d.Err)
	}
	return m, nil
}

// score returns the classifier's score for the features f (positive: a
// sentence ends at the gap).
func (m *SentenceModel) score(f []uint64) int32 {
	var s int32
	for _, k := range f {
		if v := m.weights.Get(k); v >= 0 {
			s += v - weightOffset
		}
	}
	return s
}

// tokFeat holds the per-token values the gap features are built from.
type tokFeat struct {
	word  uint64 // hash of the lower-cased word (its shape for numbers and URLs)
	shape uint64 // hash of the word's shape
	plain bool   // word is the hash of the lower-cased word (else of its shape)
	// inQuote says that a double quotation opened earlier in the line is
	// still open before this token
	inQuote bool
	// nextTerm is the index of the first token at or after this one that
	// is sentence punctuation (. ! ? ...) in the same line, or the line's
	// last token
	nextTerm int32
	// lineStart and lineEnd are the indexes of the first and last token of
	// the token's line.
	lineStart, lineEnd int32
	// lastPunct is the index of the last punctuation token at or before
	// this one, or -1
	lastPunct int32
	// openBracket is the index of the innermost round bracket opened
	// before this token in its line and not yet closed, or -1;
	// nextClose is the index of the first closing round bracket at or
	// after this token in its line, or the line's last token.
	openBracket, nextClose int32
}

// Feature templates. Each feature hash mixes the template with its parts,
// so templates never collide by construction (only by hash accident).
const (
	fBias uint64 = iota + 1
	fW0
	fW1
	fWm1
	fW2
	fS0
	fS1
	fSm1
	fS2
	fW0S1
	fS0W1
	fW0W1
	fSm1S0S1
	fS0S1S2
	fS0S1
	fAbbr
	fLenS0
	fLenS1
	fRestS1
	fPosRest
	fGap
	fWm1W0
	fW1W2
	fFirstS1
	fOpenerS0
	fLex1S0
	fLex0Lex1
	fLex1W0
	fRule
	fTermS1
	fWm1W0S1
	fPunctRun
	fStart1Case
	fStart1End0
	fEnd0Rule
	fStart1S0
	fBracket
	fNames
	fName1Wm1W0
	fName0Lex1
	fHead
	fPrevEnd
	fPrevEndS0
)

// maxGapFeatures is the number of features of one gap.
const maxGapFeatures = 43

// boundary and line-edge markers for neighbours outside the line
var (
	hashBOL = hashString(0x62, "<bol>")
	hashEOL = hashString(0x62, "<eol>")
)

// gapFeatures writes the features of the gap after token k (sentence
// started at token s) into out and returns them.
func gapFeatures(out *[maxGapFeatures]uint64, spans []span, tf []tokFeat, text string, k, s int, lex *hashtab.Table) []uint64 {
	t0, t1 := &tf[k], &tf[k+1]
	wm1, sm1 := hashBOL, hashBOL
	if k-1 >= int(t0.lineStart) && k-1 >= 0 {
		wm1, sm1 = tf[k-1].word, tf[k-1].shape
	}
	w2, s2 := hashEOL, hashEOL
	if k+2 <= int(t1.lineEnd) && k+2 < len(tf) {
		w2, s2 = tf[k+2].word, tf[k+2].shape
	}
	w0, s0, w1, s1 := t0.word, t0.shape, t1.word, t1.shape
	sentLen := uint64(bucket(k - s + 1))
	rest := uint64(bucket(int(t1.lineEnd) - k))
	pos := uint64(bucket(k - int(t0.lineStart) + 1))
	gap := uint64(min(spans[k+1].nl, 2))
	if !spans[k+1].space {
		gap = 3
	}
	r, _ := utf8.DecodeRuneInString(tokText(spans[k+1], text))
	var cs uint64
	switch {
	case unicode.IsUpper(r):
		cs = 1
	case unicode.IsLower(r):
		cs = 2
	case unicode.IsDigit(r):
		cs = 3
	}
	opener := uint64(0)
	if sentenceOpeners[tokText(spans[k+1], text)] {
		opener = 1
	}
	first := tf[s].word
	lv0, lv1 := lexValue(lex, t0), lexValue(lex, t1)
	lex0, lex1 := lv0&lexCase, lv1&lexCase
	start1 := lv1 >> lexStartShift & lexRatioMask
	end0 := lv0 >> lexEndShift & lexRatioMask
	name0, name1 := lv0&lexName>>8, lv1&lexName>>8
	rule := ruleView(spans, text, k, s)
	out[0] = mix(fBias, 0, 0)
	out[1] = mix(fW0, w0, 0)
	out[2] = mix(fW1, w1, 0)
	out[3] = mix(fWm1, wm1, 0)
	out[4] = mix(fW2, w2, 0)
	out[5] = mix(fS0, s0, 0)
	out[6] = mix(fS1, s1, 0)
	out[7] = mix(fSm1, sm1, 0)
	out[8] = mix(fS2, s2, 0)
	out[9] = mix(fW0S1, w0, s1)
	out[10] = mix(fS0W1, s0, w1)
	out[11] = mix(fW0W1, w0, w1)
	out[12] = mix(fSm1S0S1, sm1, mix(s0, s1, 0))
	out[13] = mix(fS0S1S2, s0, mix(s1, s2, 0))
	out[14] = mix(fS0S1, s0, s1)
	out[15] = mix(fAbbr, uint64(spans[k].abbr)<<8|cs<<4|opener, 0)
	out[16] = mix(fLenS0, sentLen, s0)
	out[17] = mix(fLenS1, sentLen, s1)
	out[18] = mix(fRestS1, rest, s1)
	out[19] = mix(fPosRest, pos, rest)
	out[20] = mix(fGap, gap, s0)
	out[21] = mix(fWm1W0, wm1, w0)
	out[22] = mix(fW1W2, w1, w2)
	out[23] = mix(fFirstS1, first, s1)
	out[24] = mix(fOpenerS0, opener, s0)
	out[25] = mix(fLex1S0, lex1, s0)
	out[26] = mix(fLex0Lex1, lex0, lex1)
	out[27] = mix(fLex1W0, lex1, w0)
	out[28] = mix(fRule, rule, s1)
	out[29] = mix(fTermS1, uint64(bucket(int(t1.nextTerm)-k)), s1)
	out[30] = mix(fWm1W0S1, wm1, mix(w0, s1, 0))
	out[31] = mix(fPunctRun, uint64(bucket(k-max(int(t0.lastPunct), s-1))), cs)
	out[32] = mix(fStart1Case, start1, cs)
	out[33] = mix(fStart1End0, start1, end0<<4|cs)
	out[34] = mix(fEnd0Rule, end0, rule)
	out[35] = mix(fStart1S0, start1<<4|cs, s0)
	out[36] = mix(fBracket, bracketView(spans, tf, text, k, s), cs)
	out[37] = mix(fNames, name0<<1|name1, rule<<4|cs)
	out[38] = mix(fName1Wm1W0, name1, mix(wm1, w0, 0))
	out[39] = mix(fName0Lex1, name0, lex1<<4|cs)
	var head uint64
	if s == 0 && t0.lastPunct < 0 {
		head = 1 + uint64(bucket(k))
	}
	out[40] = mix(fHead, head, lex1<<4|cs)
	prev := prevEnd(spans, text, s)
	out[41] = mix(fPrevEnd, prev, rule<<4|cs)
	out[42] = mix(fPrevEndS0, prev<<4|cs, s0)
	return out[:]
}

// bracketView says whether a round bracket opened in the sentence is still
// open before the gap after token k (0: no) and, if so, how far ahead in
// the line it closes (maxBucket+2: not in the line): EWT keeps a bracketed
// aside in the sentence it interrupts ("(yes, I had to come back after
// the play... I love my job!)").
func bracketView(spans []span, tf []tokFeat, text string, k, s int) uint64 {
	t1 := &tf[k+1]
	if ob := int(t1.openBracket); ob < 0 || ob < s {
		return 0
	}
	if tokText(spans[t1.nextClose], text) != ")" {
		return maxBucket + 2
	}
	return 1 + uint64(bucket(int(t1.nextClose)-k))
}

// prevEnd says how the sentence before the one starting at token s ended:
// 0 at the start of the text, 2 or 3 at a line break or blank line,
// otherwise 4 plus the kind of sentence punctuation before s (termNone: a
// sentence that ended without any, as in lists and e-mail signatures).
func prevEnd(spans []span, text string, s int) uint64 {
	switch {
	case s == 0:
		return 0
	case spans[s].nl > 0:
		return 1 + uint64(min(spans[s].nl, 2))
	}
	_, kind := punctBefore(spans, text, s-1, 0)
	return 4 + uint64(kind)
}

// lexValue returns the lexicon value of the token t, 0 when it has none.
func lexValue(lex *hashtab.Table, t *tokFeat) uint64 {
	if !t.plain {
		return 0
	}
	if v := lex.Get(t.word); v > 0 {
		return uint64(v)
	}
	return 0
}

// maxBucket is the largest value of bucket.
const maxBucket = 9

// bucket maps a count to one of a few ranges.
func bucket(n int) int {
	switch {
	case n <= 4:
		return n
	case n <= 6:
		return 5
	case n <= 9:
		return 6
	case n <= 14:
		return 7
	case n <= 24:
		return 8
	}
	return maxBucket
}

// mix combines a template and two values into one 64-bit feature key
// (splitmix64 finaliser over a simple combination).
func mix(t, a, b uint64) uint64 {
	x := t*0x9e3779b97f4a7c15 ^ a
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x ^= b * 0xc2b2ae3d27d4eb4f
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString hashes salt and s with FNV-1a.
func hashString(salt byte, s string) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ uint64(salt)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// maxWordFeature is the longest word (bytes) that is a feature by itself;
// longer words are represented by their shape.
const maxWordFeature = 20

// tokenFeatures fills tf (grown as needed) with the per-token values of
// spans.
func tokenFeatures(tf []tokFeat, spans []span, text string) ([]tokFeat, uint64) {
	tf = tf[:0]
	lineStart := 0
	lines, closed := 0, 0
	endLine := func(end int) {
		if end-lineStart >= minStyleLine {
			lines++
			if _, kind := punctBefore(spans, text, end-1, lineStart); kind != termNone {
				closed++
			}
		}
		next, closer := int32(end-1), int32(end-1)
		for j := end - 1; j >= lineStart; j-- {
			if terminal(spans[j], text) != termNone {
				next = int32(j)
			}
			if sp := spans[j]; sp.end-sp.start == 1 && text[sp.start] == ')' {
				closer = int32(j)
			}
			tf[j].lineEnd = int32(end - 1)
			tf[j].nextTerm = next
			tf[j].nextClose = closer
		}
	}
	quote := false
	lastPunct := int32(-1)
	// opens holds the innermost maxOpen round brackets open in the line
	var opens [maxOpen]int32
	depth := 0
	for k := range spans {
		if k > 0 && spans[k].nl > 0 {
			endLine(k)
			lineStart = k
			quote = false
			depth = 0
		}
		inQuote := quote
		open := int32(-1)
		if depth > 0 {
			open = opens[min(depth, maxOpen)-1]
		}
		w := tokText(spans[k], text)
		switch w {
		case "(":
			if depth < maxOpen {
				opens[depth] = int32(k)
			}
			depth++
		case ")":
			depth = max(depth-1, 0)
		case "\"", "''", "``":
			quote = !quote
		case "“":
			quote = true
		case "”":
			quote = false
		}
		if isAllPunct(w) {
			lastPunct = int32(k)
		}
		url := len(w) >= 5 && isURL(w)
		sh, digits := shapeHash(w, url)
		word := sh
		plain := !digits && !url && len(w) <= maxWordFeature
		if plain {
			word = lowerHash(w)
		}
		tf = append(tf, tokFeat{word: word, shape: sh, plain: plain, inQuote: inQuote, lineStart: int32(lineStart), lastPunct: lastPunct, openBracket: open})
	}
	endLine(len(tf))
	return tf, styleOf(lines, closed)
}

// maxOpen is how many nested round brackets tokenFeatures tracks.
const maxOpen = 4

// editedStyle is the styleOf edited prose, where at least 85% of the lines
// end in sentence punctuation (95% left science news with a few unpunctuated
// lines unedited, and split "Associate ‖ Professor John Pandolfi").
const editedStyle = 3

// minStyleLine is the fewest tokens a line needs to count for styleOf.
const minStyleLine = 4

// styleOf buckets the share of a text's lines (of minStyleLine tokens or
// more) that end in sentence punctuation: edited prose such as news ends
// nearly every line so, e-mail and chat text often does not, and whether
// a sentence may end without punctuation depends on it.
func styleOf(lines, closed int) uint64 {
	switch {
	case lines == 0:
		return 0
	case 20*closed >= 19*lines:
		return 4
	case 20*closed >= 17*lines:
		return 3
	case 10*closed >= 7*lines:
		return 2
	}
	return 1
}

// lowerHash hashes w with ASCII letters lower-cased.
func lowerHash(w string) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ 'w') * fnvPrime
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// maxShape is how many character classes a shape keeps.
const maxShape = 6

// shapeHash hashes the shape of w: runs of upper-case letters become X,
// lower-case x, digits d, other characters stand for themselves; a URL or
// e-mail address is one class of its own. It also reports whether w has a
// digit.
func shapeHash(w string, url bool) (uint64, bool) {
	h := uint64(fnvOffset)
	h = (h ^ 's') * fnvPrime
	if url {
		return (h ^ '@') * fnvPrime, false
	}
	var prev rune = -1
	n := 0
	digits := false
	for i := 0; i < len(w); {
		c := rune(w[i])
		size := 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		var cl rune
		switch {
		case c >= 'a' && c <= 'z':
			cl = 'x'
		case c >= 'A' && c <= 'Z':
			cl = 'X'
		case c >= '0' && c <= '9':
			cl = 'd'
			digits = true
		case c < utf8.RuneSelf:
			cl = c
		case unicode.IsUpper(c):
			cl = 'X'
		case unicode.IsLetter(c):
			cl = 'x'
		case unicode.IsDigit(c):
			cl = 'd'
			digits = true
		default:
			cl = c
		}
		if cl == prev {
			continue
		}
		prev = cl
		n++
		if n > maxShape {
			h = (h ^ '+') * fnvPrime
			break
		}
		h = (h ^ uint64(cl)) * fnvPrime
	}
	return h, digits
}

// maxClosers is how many attached closing quotes and brackets ruleView
// looks through, which keeps runs such as "" linear.
const maxClosers = 4

// ruleView is what the hand-written rules say about the gap after token k:
// the kind of sentence punctuation before it (looking through attached
// closing quotes and brackets) and whether endsSentence would cut there.
func ruleView(spans []span, text string, k, s int) uint64 {
	i, kind := punctBefore(spans, text, k, s)
	if kind == termNone {
		return 0
	}
	v := uint64(kind) << 1
	if endsSentence(kind, spans, text, i, k+1, s) {
		v |= 1
	}
	return v
}

// punctBefore looks back from token k through at most maxClosers attached
// closing quotes and brackets (not past token s) and returns the token
// reached and its kind of sentence punctuation.
func punctBefore(spans []span, text string, k, s int) (int, termKind) {
	i := k
	for i > s && k-i < maxClosers && spans[i].nl == 0 && !spans[i].space && isCloser(tokText(spans[i], text)) {
		i--
	}
	return i, terminal(spans[i], text)
}
