package lemma

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// Case is how a rule changes the case of a form before rewriting its end.
type Case uint8

// The case changes of a Rule.
const (
	Keep  Case = iota // leave the form as written
	Lower             // lower-case the whole form
	Title             // upper-case the first letter (proper nouns written in lower case)
)

// Rule rewrites a word form into its lemma: change its case, then cut Strip
// bytes from its end and append Add.
type Rule struct {
	Case  Case
	Strip int
	Add   string
}

// Lemmatizer maps a token's form and Penn tag to its lemma, the way
// UD English-EWT writes lemmas. It is safe for concurrent use. Make one
// with Default, Load or Train; the zero value is not usable.
type Lemmatizer struct {
	xpos  []string       // tag id -> tag
	xid   map[string]int // tag -> id
	rules []Rule

	exact  hashtab.Table // hash(form, tag) -> index into lemmas
	lemmas []string      // lemmas of exact entries
	lower  hashtab.Table // hash(lower form, tag) -> rule, or lemmaFlag + index into lemmas
	suffix hashtab.Table // hash(lower suffix, tag, len) -> rule
	known  hashtab.Table // hash(lower-cased lemma) -> its word classes (classNoun...), lemmas seen in training or listed
	class  []uint8       // tag id -> the word class of its lemmas (0: none in particular)
	caps   hashtab.Table // hash(lower form, tag) -> index into lemmas, for forms in capitals
	maxSuf int           // longest suffix in runes with a rule

	pool sync.Pool
}

// Hash helpers. The lower-cased hash folds ASCII and Unicode case.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(x uint64) uint64 { return hashtab.Mix(x) }

func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

func hashExact(s string, tag int) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return mix(h ^ uint64(tag+1)<<48 ^ 0x1)
}

func hashLower(s string, tag int) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = (h ^ uint64(lowerRune(r))) * fnvPrime
	}
	return mix(h ^ uint64(tag+1)<<48 ^ 0x2)
}

// hashSuffix hashes the lower-cased last n runes of s (s has at least n).
func hashSuffix(s string, n, tag int) uint64 {
	end := len(s)
	for k := 0; k < n; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:end])
		end -= sz
	}
	h := uint64(fnvOffset)
	for _, r := range s[end:] {
		h = (h ^ uint64(lowerRune(r))) * fnvPrime
	}
	return mix(h ^ uint64(tag+1)<<48 ^ uint64(n)<<40 ^ 0x3)
}

// isLower reports whether lower-casing s leaves it unchanged.
func isLower(s string) bool {
	for _, r := range s {
		if lowerRune(r) != r {
			return false
		}
	}
	return true
}

// isAllCaps reports whether s has at least two letters and no lower-case
// letter.
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			n++
		}
	}
	return n >= 2
}

// isTitle reports whether the first rune of s is not a lower-case letter.
func isTitle(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r)
}

func appendTitle(b []byte, s string) []byte {
	r, sz := utf8.DecodeRuneInString(s)
	if sz == 0 {
		return b
	}
	b = utf8.AppendRune(b, unicode.ToUpper(r))
	return append(b, s[sz:]...)
}

func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, lowerRune(r))
	}
	return b
}

// lemmaFlag marks a value of the lower-case dictionary that indexes
// lemmas rather than rules: the lemma of a lower-casing rule does not
// depend on how the form was written, so it is stored ready-made.
const lemmaFlag = 1 << 30

// Word classes of known lemmas, the values of Lemmatizer.known: a lemma
// may be of several. A model without them (all 0) aims at any known
// lemma, as before they were kept.
const (
	classNoun uint8 = 1 << iota
	classVerb
	classAdj
	classAdv
	classOther
	classAll = classNoun | classVerb | classAdj | classAdv | classOther
)

// tagClass is the word class of the lemmas of a Penn tag's words: a
// verb's lemma is a verb ("faded" fade, not the noun "fad").
func tagClass(xpos string) uint8 {
	switch xpos {
	case "NN", "NNS":
		return classNoun
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		return classVerb
	case "JJ", "JJR", "JJS":
		return classAdj
	case "RB", "RBR", "RBS":
		return classAdv
	}
	return 0
}

// suffixRule returns the rule for an unseen form: of the rules learned for
// its endings, longest ending first, the first one that makes a known
// lemma of a class in want (0: any), else the rule of the longest ending
// (-1 if none) and false.
func (l *Lemmatizer) suffixRule(form string, tag int, want uint8, tmp *[]byte) (int32, bool) {
	n := utf8.RuneCountInString(form)
	first, last := int32(-1), int32(-1)
	for k := min(n, l.maxSuf); k >= 1; k-- {
		r := l.suffix.Get(hashSuffix(form, k, tag))
		if r < 0 || r == last {
			continue
		}
		last = r
		if first < 0 {
			first = r
		}
		if l.known.Empty() {
			break
		}
		if l.makesKnown(form, l.rules[r], want, tmp) {
			return r, true
		}
	}
	return first, l.known.Empty()
}

// minKnown is the shortest known lemma a rule may make: the known
// lemmas hold symbols and abbreviations ("dy", "ho", "fl") that cutting
// an ending would find ("dyed", "hoed", "fled"); the words of one or
// two letters that inflect are irregular or in training (be, do, go).
const minKnown = 3

// makesKnown reports whether rule r makes a known lemma of form of a
// class in want (0: any).
func (l *Lemmatizer) makesKnown(form string, r Rule, want uint8, tmp *[]byte) bool {
	b := appendLower((*tmp)[:0], form)
	if r.Strip >= len(b) || len(b)-r.Strip+len(r.Add) < minKnown {
		return false
	}
	undone := r.Add == "" && (r.Strip == 2 && hasSuffixFold(form, "ed") || r.Strip == 3 && hasSuffixFold(form, "ing"))
	b = append(b[:len(b)-r.Strip], r.Add...)
	*tmp = b
	if undone && doublesLast(b) {
		// "fined" is no form of "fin" (finned), "hoping" none of
		// "hop" (hopping): their stems keep the silent e
		return false
	}
	c := l.known.Get(hashWord(b))
	return c >= 0 && (want == 0 || uint8(c)&want != 0)
}

// doublesLast reports whether the word w doubles its last consonant
// before -ed and -ing: one syllable ending in a consonant after a single
// vowel ("fin" finned, "hop" hopping, "plan" planned), not w, x or y
// ("rowed", "fixed", "played").
func doublesLast(w []byte) bool {
	n := len(w)
	if n < 3 || !consonant(w[n-1]) || w[n-1] == 'w' || w[n-1] == 'x' || w[n-1] == 'y' || consonant(w[n-2]) || !consonant(w[n-3]) {
		return false
	}
	for _, c := range w[:n-2] {
		if !consonant(c) {
			return false // a second syllable ("visit", "open")
		}
	}
	return true
}

// consonant reports whether c is an ASCII letter other than a vowel.
func consonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiou", rune(c))
}

// hasSuffixFold reports whether s ends in suffix, ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// inflections are the regular ways English inflects a word of each Penn
// tag, undone: a silent e dropped (making, timed, nicer), a consonant
// doubled (stopping, modelled, bigger), y turned to i (carried, happier),
// ie to y (dying), es after a sibilant (boxes).
var inflections = func() map[string][]Rule {
	ing := []Rule{{Lower, 3, ""}, {Lower, 3, "e"}, {Lower, 4, ""}, {Lower, 4, "ie"}}
	ed := []Rule{{Lower, 2, ""}, {Lower, 1, ""}, {Lower, 3, ""}, {Lower, 3, "y"}}
	s := []Rule{{Lower, 1, ""}, {Lower, 2, ""}, {Lower, 3, "y"}}
	return map[string][]Rule{
		"VBG": ing, "VBD": ed, "VBN": ed, "VBZ": s, "NNS": s,
		"JJR": {{Lower, 2, ""}, {Lower, 1, ""}, {Lower, 3, ""}, {Lower, 3, "y"}},
		"JJS": {{Lower, 3, ""}, {Lower, 2, ""}, {Lower, 4, ""}, {Lower, 4, "y"}},
	}
}()

// inflectionEnds are the endings of the tags of inflections.
var inflectionEnds = map[string]string{"VBG": "ing", "VBD": "ed", "VBN": "ed", "VBZ": "s", "NNS": "s", "JJR": "r", "JJS": "st"}

// inflection sets r to the first regular inflection of xpos undone that
// makes a known lemma of form ("provoking" provoke, "mimicking" mimic),
// for an unseen form whose suffix rules make none; it reports whether
// there was one. The endings must match: a rule strips the ending the tag
// adds (-ing, -ed, -s, -er, -est) and what the spelling changed before it.
func (l *Lemmatizer) inflection(form, xpos string, want uint8, r *Rule, tmp *[]byte) bool {
	end := inflectionEnds[xpos]
	if end == "" || len(form) < len(end)+3 || !hasSuffixFold(form, end) {
		return false
	}
	for _, c := range inflections[xpos] {
		if l.makesKnown(form, c, want, tmp) {
			*r = c
			return true
		}
	}
	return false
}

// hashWord hashes a lower-cased lemma for the known-lemma set.
func hashWord(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return mix(h ^ 0x4)
}

// fallback is the rule for words nothing is known about: proper nouns,
// symbols and unknown tags keep their form, the rest are lower-cased.
func (l *Lemmatizer) fallback(xpos string) Rule {
	switch xpos {
	case "NNP", "NNPS", "", "ADD", "GW", "FW", "SYM", "LS":
		return Rule{}
	}
	return Rule{Case: Lower}
}

// plan says how one token's lemma is made: str, or when inBuf the bytes
// buf[lo:hi] of the sentence's byte buffer.
type plan struct {
	str    string
	lo, hi int
	inBuf  bool
}

type scratch struct {
	plans []plan
	buf   []byte
	tmp   []byte
}

// apply returns the lemma of form under rule r as a substring of form
// (direct), or appends it to buf when it needs new bytes.
func apply(r Rule, form string, buf []byte) (lemma string, out []byte, direct bool) {
	if r.Case == Keep || r.Case == Lower && isLower(form) || r.Case == Title && isTitle(form) {
		if r.Strip > len(form) {
			return form, buf, true
		}
		cut := len(form) - r.Strip
		if cut < len(form) && !utf8.RuneStart(form[cut]) {
			return form, buf, true
		}
		if r.Add == "" {
			if cut == 0 {
				return form, buf, true
			}
			return form[:cut], buf, true
		}
		buf = append(buf, form[:cut]...)
		return "", append(buf, r.Add...), false
	}
	start := len(buf)
	if r.Case == Lower {
		buf = appendLower(buf, form)
	} else {
		buf = appendTitle(buf, form)
	}
	if r.Strip > len(buf)-start || r.Strip == len(buf)-start && r.Add == "" {
		return "", buf, false
	}
	cut := len(buf) - r.Strip
	if cut < len(buf) && !utf8.RuneStart(buf[cut]) {
		return "", buf, false
	}
	return "", append(buf[:cut], r.Add...), false
}

// uposTags lists, per Universal POS tag, the Penn tags it covers in EWT,
// most frequent first, for tokens that come without a Penn tag.
var uposTags = map[string][]string{
	"NOUN":  {"NN", "NNS"},
	"PROPN": {"NNP", "NNPS"},
	"VERB":  {"VB", "VBD", "VBN", "VBG", "VBZ", "VBP"},
	"AUX":   {"VBZ", "VBD", "VBP", "MD", "VB", "VBN", "VBG"},
	"ADJ":   {"JJ", "JJR", "JJS"},
	"ADV":   {"RB", "RBR", "RBS", "WRB"},
	"PRON":  {"PRP", "PRP$", "WP", "DT", "NN"},
	"DET":   {"DT", "PRP$", "WDT", "PDT"},
	"ADP":   {"IN", "RP"},
	"SCONJ": {"IN", "WRB"},
	"CCONJ": {"CC"},
	"PART":  {"RB", "TO", "POS"},
	"NUM":   {"CD"},
	"INTJ":  {"UH"},
	"PUNCT": {".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"},
	"SYM":   {"SYM", "$", "NFP"},
	"X":     {"FW", "ADD", "GW", "LS"},
}

// tagFromUPOS picks a Penn tag id for a token that has only a UPOS: the
// first of the tag's Penn tags the form was seen with in training, else
// the one with a suffix rule for the longest ending of the form (the
// earlier tag on a tie). It returns -1 for an unknown UPOS.
func (l *Lemmatizer) tagFromUPOS(form, upos string) int {
	best, bestLen := -1, -1
	n := min(utf8.RuneCountInString(form), l.maxSuf)
	for _, x := range uposTags[upos] {
		id, ok := l.xid[x]
		if !ok {
			continue
		}
		if l.exact.Get(hashExact(form, id)) >= 0 || l.lower.Get(hashLower(form, id)) >= 0 {
			return id
		}
		k := n
		for ; k >= 1 && l.suffix.Get(hashSuffix(form, k, id)) < 0; k-- {
		}
		if k > bestLen {
			best, bestLen = id, k
		}
	}
	return best
}

// pastSibling returns the id of VBN for VBD and of VBD for VBN, else -1:
// the two past tags share most irregular forms (won, held, made).
func (l *Lemmatizer) pastSibling(tag int) int {
	var sib string
	switch l.xpos[tag] {
	case "VBD":
		sib = "VBN"
	case "VBN":
		sib = "VBD"
	default:
		return -1
	}
	if id, ok := l.xid[sib]; ok {
		return id
	}
	return -1
}

// Lemmatize sets Token.Lemma of every token of s from its Text and XPOS
// (or, for tokens without a Penn tag, its UPOS).
// Words the model has not seen get the suffix rule learned for their tag;
// proper nouns keep their case, other words are lower-cased as in EWT.
func (l *Lemmatizer) Lemmatize(s *nlp.Sentence) {
	toks := s.Tokens
	if len(toks) == 0 {
		return
	}
	sc, _ := l.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	if cap(sc.plans) < len(toks) {
		sc.plans = make([]plan, len(toks)+len(toks)/2)
	}
	plans := sc.plans[:len(toks)]
	buf := sc.buf[:0]
	for i := range toks {
		form := toks[i].Text
		xpos := toks[i].XPOS
		tag, ok := l.xid[xpos]
		if !ok {
			tag = -1
			if toks[i].UPOS != "" {
				if tag = l.tagFromUPOS(form, toks[i].UPOS); tag >= 0 {
					xpos = l.xpos[tag]
				}
			}
		}
		if tag >= 0 {
			if e := l.exact.Get(hashExact(form, tag)); e >= 0 {
				plans[i] = plan{str: l.lemmas[e]}
				continue
			}
		}
		if tag >= 0 && isAllCaps(form) {
			if e := l.caps.Get(hashLower(form, tag)); e >= 0 {
				plans[i] = plan{str: l.lemmas[e]}
				continue
			}
		}
		var r Rule
		switch {
		case tag < 0:
			r = l.fallback(xpos)
		default:
			v := l.lower.Get(hashLower(form, tag))
			if v < 0 {
				// A past form seen only as the other past tag ("have
				// won" with won seen only as VBD) is the same verb's.
				if sib := l.pastSibling(tag); sib >= 0 {
					if w := l.lower.Get(hashLower(form, sib)); w >= lemmaFlag {
						v = w
					}
				}
			}
			if v >= lemmaFlag {
				plans[i] = plan{str: l.lemmas[v-lemmaFlag]}
				continue
			}
			known, infl := true, false
			if v < 0 {
				// First a lemma of the tag's class ("faded" fade, not
				// the noun "fad"; "lining" line), by an ending's rule
				// or an inflection undone; then one of any class
				// ("showcased" showcase, a noun only in WordNet).
				known = false
				if want := l.class[tag]; want != 0 {
					if w, ok := l.suffixRule(form, tag, want, &sc.tmp); ok {
						v, known = w, true
					} else {
						infl = l.inflection(form, xpos, want, &r, &sc.tmp)
					}
				}
				if !known && !infl {
					v, known = l.suffixRule(form, tag, 0, &sc.tmp)
				}
			}
			switch {
			case infl:
				// r is the inflection undone
			case !known && l.inflection(form, xpos, 0, &r, &sc.tmp):
			case !known && l.makesKnown(form, Rule{Case: Lower}, 0, &sc.tmp):
				// A known lemma no ending's rule undoes is its own
				// lemma: "series", "headquarters" as plurals.
				r = Rule{Case: Lower}
			case v >= 0:
				r = l.rules[v]
			default:
				r = l.fallback(xpos)
			}
		}
		lo := len(buf)
		str, nb, direct := apply(r, form, buf)
		buf = nb
		if direct {
			plans[i] = plan{str: str}
		} else {
			plans[i] = plan{lo: lo, hi: len(buf), inBuf: true}
		}
	}
	var all string
	if len(buf) > 0 {
		all = string(buf)
	}
	for i := range toks {
		if p := plans[i]; p.inBuf {
			toks[i].Lemma = all[p.lo:p.hi]
		} else {
			toks[i].Lemma = p.str
		}
	}
	sc.buf = buf
	l.pool.Put(sc)
}

// Lemma returns the lemma of one word with Penn tag xpos.
func (l *Lemmatizer) Lemma(form, xpos string) string {
	s := nlp.Sentence{Tokens: []nlp.Token{{Text: form, XPOS: xpos}}}
	l.Lemmatize(&s)
	return s.Tokens[0].Lemma
}
