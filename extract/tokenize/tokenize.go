package tokenize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
)

// Tokenizer splits raw text into sentences of tokens with byte offsets.
//
// The zero value is ready to use and follows UD English-EWT v2.16
// conventions. A Tokenizer holds only configuration, so one value may be
// used from many goroutines at once.
type Tokenizer struct {
	// JoinHyphens keeps every word-internal hyphen inside its word
	// ("al-Mismari", "UN-backed" as one token). The default (false) splits
	// hyphens as EWT v2.16 does ("al - Mismari"), keeping only bound
	// prefixes such as "non-", "anti-", "e-" attached, because the tagger,
	// parser and entity recogniser are trained on EWT tokens.
	JoinHyphens bool

	// RuleBased splits sentences with the hand-written rules only, without
	// the learned SentenceModel (lower sentence F1 on web text; kept for
	// comparison and as the fallback should the model fail to load).
	RuleBased bool

	// Model is the sentence-boundary model; nil means the embedded one
	// (DefaultSentenceModel).
	Model *SentenceModel
}

// New returns a Tokenizer with the default (EWT) conventions.
func New() *Tokenizer { return &Tokenizer{} }

// span is a token under construction: byte offsets plus the layout of the
// whitespace before it.
type span struct {
	start, end int
	nl         int  // newlines in the whitespace before the token
	space      bool // whitespace before the token
	abbr       abbrevClass
	// split marks an abbreviation whose period becomes its own token when it
	// ends a sentence ("U.K." -> "U.K" ".").
	split bool
}

type scratch struct {
	spans  []span
	bounds []int       // index of the first token of each sentence, then len(spans)
	feats  featScratch // features for the sentence model
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Split splits text into sentences of tokens. Token and sentence offsets are
// byte offsets into text; Text fields are substrings of text.
func (t *Tokenizer) Split(text string) []nlp.Sentence {
	return t.SplitAppend(nil, text)
}

// SplitAppend is Split that appends to dst. Token storage of elements in
// dst[len(dst):cap(dst)] is reused when large enough, so a caller that
// passes dst[:0] of a previous result allocates little in steady state.
func (t *Tokenizer) SplitAppend(dst []nlp.Sentence, text string) []nlp.Sentence {
	if t == nil {
		t = &Tokenizer{}
	}
	sc := scratchPool.Get().(*scratch)
	sc.spans = t.tokenize(sc.spans[:0], text)
	sc.bounds = segment(sc.bounds[:0], sc.spans, text, t.decider(), &sc.feats)
	dst = build(dst, text, sc.spans, sc.bounds)
	scratchPool.Put(sc)
	return dst
}

// decider returns the sentence model to use, or nil for the rules only.
func (t *Tokenizer) decider() gapDecider {
	if t.RuleBased {
		return nil
	}
	if t.Model != nil {
		return t.Model
	}
	if m, err := DefaultSentenceModel(); err == nil {
		return m
	}
	return nil
}

// build turns spans and sentence bounds into nlp.Sentences appended to dst.
func build(dst []nlp.Sentence, text string, spans []span, bounds []int) []nlp.Sentence {
	if len(bounds) < 2 {
		return dst
	}
	nsent := len(bounds) - 1
	// Tokens still needed from a fresh buffer, counted lazily.
	var fresh []nlp.Token
	need := func(from int) int {
		n := 0
		for s := from; s < nsent; s++ {
			n += bounds[s+1] - bounds[s] + 1
		}
		return n
	}
	for s := 0; s < nsent; s++ {
		a, b := bounds[s], bounds[s+1]
		n := b - a
		last := spans[b-1]
		extra := 0
		if last.split {
			extra = 1
		}
		var toks []nlp.Token
		if len(dst) < cap(dst) {
			dst = dst[:len(dst)+1]
			if c := dst[len(dst)-1].Tokens; cap(c) >= n+extra {
				toks = c[:0]
			}
		} else {
			dst = append(dst, nlp.Sentence{})
		}
		if toks == nil {
			if cap(fresh)-len(fresh) < n+extra {
				fresh = make([]nlp.Token, 0, need(s))
			}
			toks = fresh[len(fresh) : len(fresh) : len(fresh)+n+extra]
			fresh = fresh[:len(fresh)+n+extra]
		}
		for i := a; i < b; i++ {
			sp := spans[i]
			end := sp.end
			if i == b-1 && sp.split {
				end--
			}
			toks = append(toks, nlp.Token{
				Text:       text[sp.start:end],
				Start:      sp.start,
				End:        end,
				Head:       -1,
				SpaceAfter: i+1 < len(spans) && spans[i+1].space || i+1 == len(spans) && end < len(text),
			})
		}
		if extra == 1 {
			toks[len(toks)-1].SpaceAfter = false
			toks = append(toks, nlp.Token{
				Text:       text[last.end-1 : last.end],
				Start:      last.end - 1,
				End:        last.end,
				Head:       -1,
				SpaceAfter: b < len(spans) && spans[b].space || b == len(spans) && last.end < len(text),
			})
		}
		st, en := spans[a].start, last.end
		dst[len(dst)-1] = nlp.Sentence{Text: text[st:en], Start: st, End: en, Tokens: toks}
	}
	return dst
}

// tokenize appends the tokens of text to out.
func (t *Tokenizer) tokenize(out []span, text string) []span {
	i := 0
	nl := 0
	space := false
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c == '\n' {
					nl++
				}
				space = true
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				if r == 0x2028 || r == 0x2029 || r == 0x85 {
					nl++
				}
				space = true
				i += size
				continue
			}
		}
		// A chunk runs to the next whitespace.
		j := i
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpaceRune(r) {
				break
			}
			j += size
		}
		first := len(out)
		out = t.chunk(out, text, i, j)
		if len(out) > first {
			out[first].nl = nl
			out[first].space = space
		}
		nl = 0
		space = false
		i = j
	}
	return out
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

func isSpaceRune(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// nextWordStart returns the first byte of the chunk after position j
// (skipping whitespace), or 0 when there is none.
func nextWordStart(text string, j int) byte {
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && asciiSpace[c] {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpaceRune(r) {
				j += size
				continue
			}
		}
		return c
	}
	return 0
}

// chunk splits the whitespace-free text[a:b] into tokens.
func (t *Tokenizer) chunk(out []span, text string, a, b int) []span {
	// an address in angle brackets glued to a name: "Reynolds"<ryan@example.com>
	if p := strings.IndexByte(text[a+1:b], '<'); p >= 0 && isURL(text[a+1+p:b]) {
		out = t.chunk(out, text, a, a+1+p)
		return urlChunk(out, text, a+1+p, b)
	}
	if isURL(text[a:b]) {
		return urlChunk(out, text, a, b)
	}
	// Leading punctuation.
	for a < b {
		n := openerLen(text, a, b)
		if n == 0 {
			break
		}
		out = append(out, span{start: a, end: a + n})
		a += n
	}
	// Trailing punctuation, collected right to left then appended in order.
	var tail [16]span
	nt := 0
	abbr := notAbbrev
	for a < b && nt < len(tail) {
		n, cls := closerLen(text, a, b)
		if cls != notAbbrev {
			abbr = cls
			break
		}
		if n == 0 {
			break
		}
		tail[nt] = span{start: b - n, end: b}
		nt++
		b -= n
	}
	if a < b {
		first := len(out)
		out = t.word(out, text, a, b)
		if abbr != notAbbrev && len(out) > first {
			l := &out[len(out)-1]
			l.abbr = abbr
			l.split = true
		}
	}
	for k := nt - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// isURL reports whether w looks like a URL or an e-mail address.
func isURL(w string) bool {
	if len(w) < 5 {
		return false
	}
	// Skip leading brackets and quotes.
	for len(w) > 0 && (w[0] == '(' || w[0] == '<' || w[0] == '[' || w[0] == '"' || w[0] == '\'') {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	switch w[0] | 0x20 {
	case 'h', 'w', 'f', 'm':
		if hasPrefixFold(w, "http://") || hasPrefixFold(w, "https://") || hasPrefixFold(w, "www.") ||
			hasPrefixFold(w, "ftp://") || hasPrefixFold(w, "mailto:") {
			return true
		}
	}
	at := strings.IndexByte(w, '@')
	if at > 0 && at < len(w)-3 {
		dot := strings.IndexByte(w[at:], '.')
		// Google Groups hides part of the name: "franz371...@gmail.com"
		before := isWordByte(w[at-1]) || at >= 4 && w[at-3:at] == "..." && isWordByte(w[at-4])
		return dot > 1 && dot < len(w[at:])-2 && before && isWordByte(w[at+1])
	}
	// bare domains such as "example.com/page"
	return strings.IndexByte(w, '/') > 0 && strings.Contains(w, ".com/")
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// urlChunk emits a URL or e-mail address as one token, with brackets,
// quotes and sentence punctuation around it split off.
func urlChunk(out []span, text string, a, b int) []span {
	for a < b && strings.IndexByte("(<[\"'", text[a]) >= 0 {
		out = append(out, span{start: a, end: a + 1})
		a++
	}
	var tail [8]span
	nt := 0
	for b > a+1 && nt < len(tail) && strings.IndexByte(".,;:!?)>]\"'", text[b-1]) >= 0 {
		// keep a closing parenthesis that belongs to the URL
		if text[b-1] == ')' && strings.IndexByte(text[a:b], '(') >= 0 {
			break
		}
		tail[nt] = span{start: b - 1, end: b}
		nt++
		b--
	}
	out = append(out, span{start: a, end: b})
	for k := nt - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// openerLen returns the length of the leading punctuation token of
// text[a:b], or 0.
func openerLen(text string, a, b int) int {
	c := text[a]
	if c < utf8.RuneSelf {
		switch c {
		case '"', '(', '[', '{', '<', '*', '$', '#', '~', '|', '^', '+', '=', '\\', '@', '&', ';', ',', '!', '?', ':', '%', '/', '>', ')', ']', '}':
			if b-a == 1 {
				return 0 // a lone symbol is a token by itself
			}
			if (c == '<' || c == '>' || c == '*' || c == '=' || c == '|' || c == '+' || c == '~' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == '/') && !isWordStart(text, a+1, b) {
				// runs such as "<<", "**", "==", ":)" stay whole
				if isAllPunct(text[a:b]) {
					return 0
				}
				return runLen(text, a, b, c)
			}
			if c == '+' && a+1 < b && text[a+1] >= '0' && text[a+1] <= '9' {
				return 0 // "+44", "+5"
			}
			if c == '&' || c == '@' {
				return 1
			}
			return 1
		case '`':
			return runLen(text, a, b, '`')
		case '\'':
			if b-a == 1 {
				return 0
			}
			if text[a+1] == '\'' {
				return 2 // ''
			}
			// 's, 'll, '90s, 'em, 'til stay whole
			if isLeadingClitic(text[a:b]) {
				return 0
			}
			return 1
		case '-':
			n := runLen(text, a, b, '-')
			if n == b-a {
				return 0
			}
			if n == 1 && a+1 < b && text[a+1] >= '0' && text[a+1] <= '9' {
				return 1 // "-5" -> - 5
			}
			return n
		case '.':
			n := runLen(text, a, b, '.')
			if n == b-a {
				return 0
			}
			if n == 1 && text[a+1] >= '0' && text[a+1] <= '9' {
				return 0 // ".5"
			}
			return n
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[a:b])
	switch r {
	case '“', '‘', '«', '‹', '„', '‚', '”', '’', '¿', '¡', '£', '€', '¥', '₹', '—', '–', '―', '•', '·', '…', '¢', '§', '©', '®', '°':
		if size == b-a {
			return 0
		}
		if r == '’' && isLeadingClitic(text[a:b]) {
			return 0
		}
		return size
	}
	if r == utf8.RuneError && size == 1 {
		if size == b-a {
			return 0
		}
		return 1
	}
	return 0
}

func isWordStart(text string, i, b int) bool {
	if i >= b {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return isWordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:b])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isAllPunct(w string) bool {
	for i := 0; i < len(w); i++ {
		if isWordByte(w[i]) || w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func runLen(text string, a, b int, c byte) int {
	n := 0
	for a+n < b && text[a+n] == c {
		n++
	}
	return n
}

// isLeadingClitic reports whether w, starting with an apostrophe, is a word
// EWT keeps whole: a clitic ('s, 'll, n't), an elided year ('90s) or 'em.
func isLeadingClitic(w string) bool {
	_, size := utf8.DecodeRuneInString(w)
	rest := w[size:]
	// strip trailing punctuation for the test
	for len(rest) > 0 && !isWordByte(rest[len(rest)-1]) && rest[len(rest)-1] < utf8.RuneSelf {
		rest = rest[:len(rest)-1]
	}
	if rest == "" {
		return false
	}
	if rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	switch strings.ToLower(rest) {
	case "s", "ll", "re", "ve", "m", "d", "em", "til", "cause", "n":
		return true
	}
	return false
}

// closerLen returns the length of the trailing punctuation token of
// text[a:b], or 0. When the word ends in an abbreviation's period it
// returns the abbreviation's class and 0.
func closerLen(text string, a, b int) (int, abbrevClass) {
	c := text[b-1]
	if c == ')' || c == '(' || c == 'D' || c == 'P' {
		if n := emoticonLen(text[a:b]); n > 0 && n < b-a {
			return n, notAbbrev
		}
	}
	if c < utf8.RuneSelf {
		switch c {
		case '"', ')', ']', '}', '>', ',', ';', '*', '%', '\'', '`', '|':
			if b-a == 1 {
				return 0, notAbbrev
			}
			if c == '\'' || c == '`' {
				if b-a >= 2 && text[b-2] == c {
					return 2, notAbbrev // '' or ``
				}
				return 1, notAbbrev
			}
			if c == ')' && isAllPunct(text[a:b]) {
				return 0, notAbbrev // emoticons ":)" ";)"
			}
			if c == '*' || c == '>' || c == ',' {
				n := 0
				for b-n > a && text[b-n-1] == c {
					n++
				}
				if n == b-a {
					return 0, notAbbrev
				}
				return n, notAbbrev
			}
			return 1, notAbbrev
		case ':':
			if b-a == 1 {
				return 0, notAbbrev
			}
			return 1, notAbbrev
		case '-':
			n := 0
			for b-n > a && text[b-n-1] == '-' {
				n++
			}
			if n == b-a {
				return 0, notAbbrev
			}
			return n, notAbbrev
		case '.', '!', '?':
			n := 0
			for b-n > a && (text[b-n-1] == '.' || text[b-n-1] == '!' || text[b-n-1] == '?') {
				n++
			}
			if n == b-a {
				return 0, notAbbrev
			}
			if n == 1 && c == '.' {
				if cls := abbrevOf(text, a, b-1); cls != notAbbrev {
					return 0, cls
				}
			}
			return n, notAbbrev
		}
		return 0, notAbbrev
	}
	r, size := utf8.DecodeLastRuneInString(text[a:b])
	switch r {
	case '”', '’', '“', '‘', '»', '›', '…', '—', '–', '―', '°', '™', '®', '©':
		if size == b-a {
			return 0, notAbbrev
		}
		if r == '’' || r == '‘' {
			return size, notAbbrev
		}
		return size, notAbbrev
	}
	if r == utf8.RuneError && size == 1 && b-a > 1 {
		return 1, notAbbrev
	}
	return 0, notAbbrev
}

// abbrevOf classifies text[a:b], a word followed by a period at b.
func abbrevOf(text string, a, b int) abbrevClass {
	w := text[a:b]
	if w == "" {
		return notAbbrev
	}
	// single letter: an initial or a letter abbreviation
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrGeneral
	}
	if cls, ok := abbrevs[w]; ok {
		if cls == abbrNumber {
			c := nextWordStart(text, b+1)
			if c >= '0' && c <= '9' {
				return abbrGeneral
			}
			return notAbbrev
		}
		return cls
	}
	// a party's initial and a hyphen before a state's abbreviation, as
	// news writes a member of Congress's party and state: "R-Fla.",
	// "D-N.Y.", "R-Ill." (which stands alone before a number only)
	if len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' {
		if _, ok := abbrevs[w[2:]]; ok || abbrevOf(text, a+2, b) == abbrGeneral {
			return abbrGeneral
		}
		return notAbbrev
	}
	// letters with inner periods: U.S, e.g, a.m, Ph.D
	dots, letters := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if i > 0 && w[i-1] == '.' {
				return notAbbrev
			}
			dots++
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letters++
		default:
			return notAbbrev
		}
	}
	if dots > 0 && letters <= 2*(dots+1) {
		return abbrGeneral
	}
	return notAbbrev
}

// word splits the core of a chunk (no leading or trailing punctuation) at
// clitics, hyphens, slashes and number-unit joints.
func (t *Tokenizer) word(out []span, text string, a, b int) []span {
	if b-a <= 4 && isAllPunct(text[a:b]) {
		return append(out, span{start: a, end: b}) // ":)", "?!", "$$$"
	}
	// Clitic at the end: n't 's 'm 'd 'll 've 're (straight or curly).
	if cl := cliticLen(text, a, b); cl > 0 && cl < b-a {
		out = t.inner(out, text, a, b-cl)
		return append(out, span{start: b - cl, end: b})
	}
	// Contractions written without an apostrophe (all end in t, a, m, e or s).
	if n := b - a; n >= 2 && n <= 8 && nakedLast[text[b-1]] {
		var buf [8]byte
		ok := true
		for i := 0; i < n; i++ {
			c := text[a+i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				ok = false
				break
			}
			buf[i] = c
		}
		if ok {
			if k, found := nakedContractions[string(buf[:n])]; found {
				return append(out, span{start: a, end: a + k}, span{start: a + k, end: b})
			}
		}
	}
	return t.inner(out, text, a, b)
}

// cliticLen returns the length of a clitic ending text[a:b], or 0.
func cliticLen(text string, a, b int) int {
	w := text[a:b]
	n := len(w)
	if n < 3 {
		return 0
	}
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	// apostrophe forms: ' (1 byte), ’ (3 bytes), ` (1 byte)
	apos := func(end int) int { // length of an apostrophe ending at end, or 0
		if end >= 1 && (w[end-1] == '\'' || w[end-1] == '`') {
			return 1
		}
		if end >= 3 && w[end-3:end] == "’" {
			return 3
		}
		return 0
	}
	// n't
	if lower(w[n-1]) == 't' {
		if k := apos(n - 1); k > 0 && n-1-k >= 2 && lower(w[n-1-k-1]) == 'n' && isLetter(w[n-1-k-2]) {
			return 2 + k
		}
	}
	// 's 'm 'd
	switch lower(w[n-1]) {
	case 's', 'm', 'd':
		if k := apos(n - 1); k > 0 && n-1-k >= 1 && isClitHost(w[n-1-k-1]) {
			return 1 + k
		}
	}
	// 'll 've 're
	if n >= 4 {
		l2, l1 := lower(w[n-2]), lower(w[n-1])
		if l2 == 'l' && l1 == 'l' || l2 == 'v' && l1 == 'e' || l2 == 'r' && l1 == 'e' {
			if k := apos(n - 2); k > 0 && n-2-k >= 1 && isClitHost(w[n-2-k-1]) {
				return 2 + k
			}
		}
	}
	return 0
}

// isClitHost reports whether c may precede a clitic: a letter or a
// non-ASCII byte (EWT keeps "50's" and "AK-47's" whole).
func isClitHost(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf || c == '.'
}

// inner splits text[a:b] at internal hyphens, dashes, ellipses, slashes
// and number-unit joints.
func (t *Tokenizer) inner(out []span, text string, a, b int) []span {
	start := a
	i := a
	for i < b {
		c := text[i]
		switch {
		case c == '-':
			n := runLen(text, i, b, '-')
			if n == 1 && i > start && i+1 < b && t.keepHyphen(text, start, i, b) {
				i++
				continue
			}
			if i > start {
				out = append(out, span{start: start, end: i})
			}
			if i+n == b && i == start {
				out = append(out, span{start: i, end: b})
				return out
			}
			out = append(out, span{start: i, end: i + n})
			i += n
			start = i
			continue
		case c == '.' && i > a && i+2 < b && missingSpace(text, a, i, b):
			// "example).This": a sentence period with the space missing
			if i > start {
				out = append(out, span{start: start, end: i})
			}
			out = append(out, span{start: i, end: i + 1})
			i++
			start = i
			continue
		case c == '.' && i+1 < b && text[i+1] == '.':
			n := runLen(text, i, b, '.')
			if i > start {
				out = append(out, span{start: start, end: i})
			}
			out = append(out, span{start: i, end: i + n})
			i += n
			start = i
			continue
		case c == '/' && i > start && i+1 < b:
			if splitSlash(text, start, i, b) {
				out = append(out, span{start: start, end: i}, span{start: i, end: i + 1})
				i++
				start = i
				continue
			}
		case (c == '?' || c == '!') && i-start >= 2 && text[i-1] >= 'a' && text[i-1] <= 'z' && isLetterByte(text[i-2]):
			// "foreigners?thanks": sentence punctuation with the space
			// missing, between words (not "Y!A")
			n := i + 1
			for n < b && (text[n] == '?' || text[n] == '!') {
				n++
			}
			if n < b && isLetterByte(text[n]) {
				out = append(out, span{start: start, end: i}, span{start: i, end: n})
				i = n
				start = i
				continue
			}
			i = n
			continue
		case c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' ||
			c == '$' && i > start && i+1 < b && isDigit(text[i+1]):
			if i > start {
				out = append(out, span{start: start, end: i})
			}
			out = append(out, span{start: i, end: i + 1})
			i++
			start = i
			continue
		case c == ',' && i > start && i+1 < b && isLetterByte(text[i-1]) &&
			(isLetterByte(text[i+1]) || isDigit(text[i+1]) && !strings.ContainsAny(text[start:i], "0123456789")):
			// "however,the", "Appleton,31": the space after a comma
			// missing (not in "B52,3")
			out = append(out, span{start: start, end: i}, span{start: i, end: i + 1})
			i++
			start = i
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:b])
			if r == '—' || r == '–' || r == '―' || r == '…' {
				if i > start {
					out = append(out, span{start: start, end: i})
				}
				out = append(out, span{start: i, end: i + size})
				i += size
				start = i
				continue
			}
			i += size
			continue
		}
		i++
	}
	if start < b {
		out = numberUnit(out, text, start, b)
	}
	return out
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// keepHyphen decides whether the hyphen at h inside text[start:b] stays in
// the word.
func (t *Tokenizer) keepHyphen(text string, start, h, b int) bool {
	prev, next := text[h-1], text[h+1]
	if t.JoinHyphens {
		return isWordByte(prev) || prev >= utf8.RuneSelf || prev == '.'
	}
	// bound prefixes: the segment before the hyphen, unless it is inside a
	// chain and a capital follows, as in a French place's name
	// ("Île-de-France", "Saint-Jean-de-Maurienne": no "de-France")
	seg := text[start:h]
	inChain := start > 0 && text[start-1] == '-'
	if k := strings.LastIndexByte(seg, '-'); k >= 0 {
		seg = seg[k+1:]
	}
	if len(seg) <= 8 && !(inChain && next >= 'A' && next <= 'Z') {
		var buf [8]byte
		ok := true
		for i := 0; i < len(seg); i++ {
			c := seg[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				ok = false
				break
			}
			buf[i] = c
		}
		if ok && hyphenPrefixes[string(buf[:len(seg)])] && isWordByte(next) && !isCapsWord(seg) {
			return true
		}
	}
	// Numbers: phone numbers (713-654-0365, 555-1234, 3-5213) stay whole;
	// ranges (1969-1970, 400-500) split. Only the digit groups around the
	// hyphen are looked at, so long runs stay linear.
	if isDigit(prev) && isDigit(next) {
		l := h
		for l > start && isDigit(text[l-1]) {
			l--
		}
		r := h + 1
		for r < b && isDigit(text[r]) {
			r++
		}
		if l > start && text[l-1] == '-' || r < b && text[r] == '-' && r+1 < b && isDigit(text[r+1]) {
			return true // three or more groups
		}
		if l > start || r < b {
			return true // part of a code such as "A4-200x"
		}
		return h-l <= 3 && r-h-1 == 4
	}
	// letters and digits mixed codes like "AK-47", "F-16" split in EWT; words split.
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// splitSlash decides whether the slash at i in text[start:b] separates two
// words ("and/or") rather than forming a date, fraction or code.
func splitSlash(text string, start, i, b int) bool {
	l, r := text[start:i], text[i+1:b]
	k := 0
	for k < len(r) && isLetterByte(r[k]) {
		k++
	}
	if k < len(r) && isDigit(r[k]) {
		return false
	}
	return len(l) >= 2 && k >= 2 && isLetters(l)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetterByte(s[i]) {
			return false
		}
	}
	return true
}

// numberUnit appends text[a:b], split into number and unit when it is
// digits followed by a unit ("5pm", "65k", "1.13bn").
func numberUnit(out []span, text string, a, b int) []span {
	i := a
	for i < b && (isDigit(text[i]) || (text[i] == '.' || text[i] == ',') && i > a && i+1 < b && isDigit(text[i+1])) {
		i++
	}
	if i == a || i == b || b-i > 7 {
		return append(out, span{start: a, end: b})
	}
	var buf [8]byte
	for k := i; k < b; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return append(out, span{start: a, end: b})
		}
		buf[k-i] = c
	}
	if unitSuffixes[string(buf[:b-i])] {
		return append(out, span{start: a, end: i}, span{start: i, end: b})
	}
	return append(out, span{start: a, end: b})
}

// emoticonLen returns the length of an emoticon ending w (":)", ":-(",
// ";)", ":D"), or 0.
func emoticonLen(w string) int {
	for _, e := range [...]string{":-)", ":-(", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ";-)"} {
		if strings.HasSuffix(w, e) {
			return len(e)
		}
	}
	return 0
}

// missingSpace reports whether the period at i in text[start:b] ends a
// sentence whose following space is missing: a lower-case word (or a
// closing bracket or quote) before it and a capitalised word after it,
// as in "goal.This". Abbreviations, numbers and domains have other shapes.
func missingSpace(text string, start, i, b int) bool {
	p, n1, n2 := text[i-1], text[i+1], text[i+2]
	if !(p >= 'a' && p <= 'z' || p == ')' || p == '"') || !(n1 >= 'A' && n1 <= 'Z') || !(n2 >= 'a' && n2 <= 'z') {
		return false
	}
	if strings.IndexByte(text[start:i], '.') >= 0 || strings.IndexByte(text[i+1:b], '.') >= 0 {
		return false
	}
	// domains written with capitals ("Newsfeed.Com")
	e := i + 1
	for e < b && isLetterByte(text[e]) {
		e++
	}
	switch strings.ToLower(text[i+1 : e]) {
	case "com", "org", "net", "gov", "edu", "info", "biz", "int", "mil", "news", "co", "uk":
		return false
	}
	// the word before must be at least two letters ("e.Coli" is not prose)
	k := i - 1
	for k >= start && isLetterByte(text[k]) {
		k--
	}
	return p == ')' || p == '"' || i-1-k >= 2
}

// nakedLast holds the last letters of the keys of nakedContractions, to
// skip the map lookup for most words.
var nakedLast = [256]bool{'t': true, 'T': true, 'a': true, 'A': true, 'm': true, 'M': true, 'e': true, 'E': true, 's': true, 'S': true}
