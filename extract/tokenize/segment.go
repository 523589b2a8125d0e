package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// datelineMax is the most tokens a dateline ("LONDON, Jan 5 (Reuters) -")
// may have before its dash.
const datelineMax = 16

// gapDecider decides the candidate gaps that no rule settles: feats are
// the features of the gap after token k.
type gapDecider interface {
	decide(feats []uint64, k int) bool
	lex() *hashtab.Table
}

func (m *SentenceModel) lex() *hashtab.Table { return &m.lexicon }

// decide reports whether the model puts a sentence end at the gap.
func (m *SentenceModel) decide(feats []uint64, _ int) bool { return m.score(feats) > 0 }

// segment appends to bounds the index of the first token of each sentence
// of spans, then len(spans). With dec nil only the hand-written rules
// decide; otherwise dec decides the candidate gaps inside a line (see
// modelGap) and tf is scratch space for the per-token features.
func segment(bounds []int, spans []span, text string, dec gapDecider, fs *featScratch) []int {
	n := len(spans)
	if n == 0 {
		return bounds
	}
	bounds = append(bounds, 0)
	sentStart := 0
	// breakNL is how many newlines end a sentence by themselves: one,
	// unless the text is hard-wrapped, when only a blank line does.
	breakNL := 1
	if wrapped(spans, text) {
		breakNL = 2
	}
	cut := func(after int) {
		if after+1 < n && after+1 > sentStart {
			bounds = append(bounds, after+1)
			sentStart = after + 1
		}
	}
	if dec != nil {
		fs.tok, fs.style = tokenFeatures(fs.tok, spans, text)
	}
	for i := 0; i < n-1; i++ {
		if i == sentStart && (i == 0 || spans[i].nl > 0) {
			if d := dateline(spans, text, i); d > i {
				cut(d)
				i = d
				continue
			}
		}
		if spans[i+1].nl >= breakNL {
			cut(i)
			continue
		}
		if spans[i+1].nl == 0 && tokText(spans[i], text) == ":" {
			// a wire story quoted after a colon: "in this new contest:
			// TEHRAN (AFP) - An international contest ..."
			if d := dateline(spans, text, i+1); d > i+1 {
				cut(i)
				cut(d)
				i = d
				continue
			}
		}
		if dec != nil {
			switch modelGap(spans, fs.tok, fs.style, text, i, sentStart) {
			case gapCut:
				cut(i)
			case gapAsk:
				if initialEnds(spans, fs.tok, text, i, sentStart, dec.lex()) ||
					dec.decide(gapFeatures(&fs.gap, spans, fs.tok, text, i, sentStart, dec.lex()), i) {
					cut(i)
				}
			}
			continue
		}
		kind := terminal(spans[i], text)
		if kind == termNone {
			continue
		}
		// closing quotes and brackets attached to the terminal belong to
		// this sentence
		j := i + 1
		for j < n && !spans[j].space && spans[j].nl == 0 && isCloser(tokText(spans[j], text)) {
			j++
		}
		if j >= n {
			break
		}
		if spans[j].nl >= breakNL || endsSentence(kind, spans, text, i, j, sentStart) {
			cut(j - 1)
			i = j - 1
		}
	}
	return append(bounds, n)
}

// featScratch is reusable storage for the sentence model's features.
type featScratch struct {
	tok   []tokFeat
	style uint64 // styleOf the text
	gap   [maxGapFeatures]uint64
}

// gapRule is what the rules say about a gap inside a line when a model is
// in use.
type gapRule uint8

const (
	gapKeep gapRule = iota // the sentence goes on
	gapCut                 // a sentence ends
	gapAsk                 // the model decides
)

// modelGap says who decides the gap after token i (inside a line) when a
// model is in use. The rules keep a sentence going
//
//   - inside a double quotation opened earlier in the line, unless
//     sentence punctuation comes before the gap ("[Libyan National Army]
//     General ...", "the following: 'We ...");
//   - in edited text (editedStyle: nearly every line ends in sentence
//     punctuation, as in news) after anything but sentence punctuation or
//     a colon before a capital, so that "the (U.S.) Treasury", "to \"reduce or eliminate\"
//     Mifeprex" or "Cia. Vale Do Rio" stay whole, unless a date, a time,
//     a rule of symbols or an address is next to the gap (layoutToken: the
//     headers of a forwarded e-mail; a title run into its text, "Lovely
//     Cottage This cottage is ...", is left to the model only outside
//     edited text: in news the model split "Paula ‖ Radcliffe has ..."
//     and "Ex-Home Secretary ‖ David Blunkett has ..."), and after an ellipsis before
//     a lower-case word (an elision: "not known ... because");
//   - before an emoticon that follows sentence punctuation ("each year!
//     ;-)"), which EWT always leaves in the sentence it follows;
//   - after a bullet opening a line, a dash opening a sentence in the
//     middle of a line ("there. -- Posted by Ann"), a bracket opened in
//     the middle of the sentence (midBracket), a title (Mr., Gen., Dr without a period), an
//     initial or abbreviation opening the sentence ("C. Itoh Finance",
//     "P.S. I am"), the period of a list number ("1. First point"), a dash
//     before the same dash ("- - - -" in a table);
//   - after an abbreviation before a lower-case word ("Exxon U.S.A. unit");
//   - between the parts of a date ("26 October 2020", "Oct 26", "11:19
//     GMT26 October 2020": inDate);
//   - without whitespace, except after . ! ? ... before a capital
//     ("quality.The") and after ! ? before a lower-case word
//     ("foreigners?thanks");
//   - in edited text, before a lower-case word, except after sentence
//     punctuation, a closing quote or bracket, a colon, semicolon, dash,
//     asterisk or an address (in other text the model decides: "it may
//     sound like a bad idea but in the end ...", "good luck");
//
// and end one after an abbreviation before a typical sentence opener
// ("the U.S. The talks") or an emoticon before a capital ("Great game :)
// See you"), layouts too rare in the training data for the model to learn.
// The model decides every other gap.
func modelGap(spans []span, tf []tokFeat, style uint64, text string, i, sentStart int) gapRule {
	if tf[i+1].inQuote && ruleView(spans, text, i, sentStart) == 0 {
		return gapKeep
	}
	if style >= editedStyle {
		if j, kind := punctBefore(spans, text, i, sentStart); kind == termNone {
			switch tokText(spans[j], text) {
			case ":", ";":
				// EWT ends sentences at colons in edited text too, but
				// not before a lower-case word ("humans lived: in Africa")
				r, _ := utf8.DecodeRuneInString(tokText(spans[i+1], text))
				if unicode.IsLower(r) {
					return gapKeep
				}
			default:
				if !layoutToken(spans, text, i) && !layoutToken(spans, text, i+1) {
					return gapKeep
				}
			}
		}
	}
	if i == sentStart && spans[i].nl > 0 || i == 0 {
		switch tokText(spans[i], text) {
		case "•", "·", "*", "◦", "▪", "-", "–", "—":
			return gapKeep // a bullet opens its list line
		}
	}
	if midBracket(spans, text, i, sentStart) || quotedNickname(spans, text, i, sentStart) {
		return gapKeep
	}
	next := tokText(spans[i+1], text)
	if i == sentStart && spans[i].nl == 0 && i > 0 {
		if nlp.IsDash(tokText(spans[i], text)) {
			// a dash after a sentence in the same line is no sentence by
			// itself: it opens the next one ("there. -- Posted by Ann")
			return gapKeep
		}
	}
	if isEmoticon(next) && spans[i+1].space {
		if _, kind := punctBefore(spans, text, i, sentStart); kind != termNone && kind != termEmoticon {
			return gapKeep // an emoticon after a sentence belongs to it ("year! ;-)")
		}
	}
	r, _ := utf8.DecodeRuneInString(next)
	if i == sentStart && spans[i].abbr != notAbbrev {
		// an initial or abbreviation is no sentence by itself ("C. Itoh
		// Finance", "P.S. I am moving")
		return gapKeep
	}
	if spans[i+1].space && unicode.IsUpper(r) && bareTitles[tokText(spans[i], text)] {
		return gapKeep // a title without its period ("Dr Paula Bouldin")
	}
	switch spans[i].abbr {
	case abbrTitle:
		return gapKeep
	case abbrGeneral:
		if unicode.IsLower(r) {
			return gapKeep // "Exxon U.S.A. unit", "M.D.C. has"
		}
		if spans[i+1].space && (sentenceOpeners[next] || next == "\"" || next == "“") {
			return gapCut
		}
	}
	kind := terminal(spans[i], text)
	if kind == termEmoticon && spans[i+1].space && unicode.IsUpper(r) {
		return gapCut // "Great game :) See you there."
	}
	if !spans[i+1].space {
		if (kind == termStop || kind == termEllipsis) && unicode.IsUpper(r) {
			return gapAsk
		}
		if kind == termStop && unicode.IsLower(r) && tokText(spans[i], text) != "." {
			return gapAsk // "foreigners?thanks"
		}
		return gapKeep
	}
	if i == sentStart+1 && tokText(spans[i], text) == "." && isNumber(tokText(spans[sentStart], text)) {
		return gapKeep
	}
	if kind == termNone && inDate(tokText(spans[i], text), next) {
		return gapKeep // "26 October 2020", "Oct 26 2020", "11:19 GMT26 October"
	}
	if unicode.IsLower(r) && kind == termEllipsis && style >= editedStyle {
		return gapKeep // an elision in edited text ("not known ... because we")
	}
	if nlp.IsDash(tokText(spans[i], text)) && next == tokText(spans[i], text) {
		return gapKeep // a row of dashes ("- - - -") in a table
	}
	if unicode.IsLower(r) && kind == termNone {
		if style < editedStyle {
			return gapAsk
		}
		w := tokText(spans[i], text)
		switch w {
		case ":", ";", "-", "--", "*":
			return gapAsk
		}
		if isCloser(w) && i > sentStart {
			// a quoted question or exclamation inside a sentence
			if j, k := punctBefore(spans, text, i, sentStart); k == termStop && tokText(spans[j], text) != "." {
				return gapKeep // "\"Why?\" he asked."
			}
		}
		if isCloser(w) || len(w) >= 5 && isURL(w) {
			return gapAsk
		}
		return gapKeep
	}
	return gapAsk
}

// quotedNickname reports whether token i closes a nickname in double
// quotes inside a person's name, one to three capitalised words or
// initials glued to their quotes, between a capitalised given name and a
// capitalised surname: `Mayor Clarence "C.J." Whitlock III said`, where
// the initials' period before the quote is no sentence end.
func quotedNickname(spans []span, text string, i, sentStart int) bool {
	isWord := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(tokText(spans[k], text))
		return unicode.IsUpper(r)
	}
	switch tokText(spans[i], text) {
	case "\"", "”":
	default:
		return false
	}
	if spans[i].space || !spans[i+1].space || spans[i+1].nl > 0 || !isWord(i+1) {
		return false
	}
	for o := i - 1; o > sentStart && o >= i-4; o-- {
		switch tokText(spans[o], text) {
		case "\"", "“":
			w := tokText(spans[o-1], text)
			return o < i-1 && spans[o].space && !spans[o+1].space && isWord(o-1) && !strings.HasSuffix(w, ".")
		}
		if !isWord(o) {
			return false
		}
	}
	return false
}

// nameParticles are the lower-case words inside persons' names before an
// initial ("Juan de A. Ruiz").
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true, "le": true, "la": true,
	"du": true, "bin": true, "bint": true, "ibn": true, "al": true, "el": true, "y": true, "e": true,
}

// initialEnds reports whether the gap after token i, a capital letter and
// its period after a lower-case word, ends a sentence because the word
// after it is an acronym or a common word the lexicon knows, capitalised:
// "wrote on X. Supporters danced", "on X. NASA said" (the platform, in
// 2020s news; EWT has no such sentence end for the model to learn), "not
// rated by S and P. About 65 mln". Not "led by F. W. de Klerk" nor "by J.
// Edgar Hoover", where a name follows, nor initials joined by "and" ("E.D.
// and F. Man").
func initialEnds(spans []span, tf []tokFeat, text string, i, sentStart int, lex *hashtab.Table) bool {
	w := tokText(spans[i], text)
	if len(w) != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] != '.' || i <= sentStart {
		return false
	}
	prev := tokText(spans[i-1], text)
	if len(prev) < 2 || nameParticles[prev] || !spans[i].space || !spans[i+1].space || spans[i+1].nl > 0 {
		return false
	}
	for _, r := range prev {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if (prev == "and" || prev == "or") && i-2 >= sentStart && strings.HasSuffix(tokText(spans[i-2], text), ".") {
		return false // initials joined: "bought S. and A. Truck Tire", "E.D. and F. Man"
	}
	next := tokText(spans[i+1], text)
	if isCapsWord(next) && !strings.ContainsAny(next, ".'’") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	v := lexValue(lex, &tf[i+1])
	return unicode.IsUpper(r) && v&lexCase == lexLower && v&lexName == 0
}

// wrapped reports whether text is hard-wrapped prose: most single line
// breaks that follow no sentence punctuation lead into a lower-case word.
// Headlines and list lines are followed by capitalised lines, so news
// layouts are not mistaken for wrapped text.
func wrapped(spans []span, text string) bool {
	open, lower := 0, 0
	for k := 1; k < len(spans); k++ {
		if spans[k].nl != 1 {
			continue
		}
		if terminal(spans[k-1], text) != termNone || isCloser(tokText(spans[k-1], text)) {
			continue
		}
		open++
		r, _ := utf8.DecodeRuneInString(tokText(spans[k], text))
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 3 && 2*lower >= open
}

type termKind uint8

const (
	termNone     termKind = iota
	termStop              // . ! ? and runs of them
	termEllipsis          // ... … ..
	termAbbrev            // an abbreviation ending in a period
	termEmoticon          // :) ;-) and the like, which often end web sentences
)

func tokText(s span, text string) string { return text[s.start:s.end] }

func terminal(s span, text string) termKind {
	if s.abbr != notAbbrev {
		return termAbbrev
	}
	if s.end > s.start {
		if c := text[s.start]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return termNone // the common case: a word or number
		}
	}
	w := tokText(s, text)
	switch w {
	case ".", "!", "?":
		return termStop
	case "...", "..", "…", "....", ".....":
		return termEllipsis
	}
	if isEmoticon(w) {
		return termEmoticon
	}
	if len(w) > 1 {
		dots := 0
		for i := 0; i < len(w); i++ {
			switch w[i] {
			case '.':
				dots++
			case '!', '?':
			default:
				return termNone
			}
		}
		if dots == len(w) {
			return termEllipsis
		}
		return termStop
	}
	return termNone
}

// isCloser reports whether w closes a quotation or bracket.
func isCloser(w string) bool {
	switch w {
	case "\"", "'", ")", "]", "}", "”", "’", "»", "''", "›":
		return true
	}
	return false
}

// endsSentence decides whether the terminal token i, followed (after any
// attached closers) by token j, ends a sentence.
func endsSentence(kind termKind, spans []span, text string, i, j, sentStart int) bool {
	next := tokText(spans[j], text)
	r, _ := utf8.DecodeRuneInString(next)
	switch kind {
	case termStop:
		if unicode.IsLower(r) && j > i+1 {
			return false // "Why?" he asked.
		}
		switch r {
		case ',', ';', ':', '%', ')', ']', '}':
			return false
		}
		// "1. First item": a list number on its own is not a sentence
		if i == sentStart+1 && tokText(spans[i], text) == "." {
			p := tokText(spans[sentStart], text)
			if isNumber(p) {
				return false
			}
		}
		return true
	case termEllipsis:
		return unicode.IsUpper(r) || r == '"' || r == '“'
	case termEmoticon:
		return unicode.IsUpper(r)
	case termAbbrev:
		if spans[i].abbr == abbrTitle {
			return false
		}
		if sentenceOpeners[next] {
			return true
		}
		if next == "\"" || next == "“" {
			return true
		}
		return false
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// dateline returns the index of the dash ending a dateline that starts at
// token s ("TRIPOLI (Reuters) -", "LONDON, Jan 5 (Reuters) -",
// "SALVADOR, Feb 26 -"), or -1.
func dateline(spans []span, text string, s int) int {
	if !isCapsWord(tokText(spans[s], text)) {
		return -1
	}
	paren := false
	afterComma := false
	// A bare caps word before a dash ("PS --") is not a dateline: ask for
	// a place name of four or more letters, a comma (date), a bracket
	// (agency), or a name of two words before a long dash ("NEW DELHI —").
	long := len(tokText(spans[s], text)) >= 4
	sawParen, multi := false, false
	for k := s + 1; k < len(spans) && k <= s+datelineMax; k++ {
		if spans[k].nl > 0 {
			return -1
		}
		w := tokText(spans[k], text)
		if w == "-" && !spans[k].space && k+1 < len(spans) && !spans[k+1].space && !paren && !afterComma {
			// a hyphen inside the town's name: "PORT-AU-PRINCE, Haiti (AP) —"
			long = true
			continue
		}
		switch w {
		case "-", "--", "—", "–", "―":
			if paren || !spans[k].space || !long && !afterComma && !sawParen && !(multi && w != "-") {
				return -1
			}
			return k
		case "(":
			paren = true
			sawParen = true
			continue
		case ")":
			paren = false
			continue
		case ",", "/", ".":
			afterComma = true
			continue
		}
		if isCapsWord(w) || isNumber(w) {
			// a place of several words before a long dash is long
			// enough: "NEW DELHI —" (not a table's "FOB RIVER -")
			multi = multi || isCapsWord(w) && !paren && !afterComma
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && (paren || afterComma) {
			continue
		}
		return -1
	}
	return -1
}

// isCapsWord reports whether w is an upper-case word of two or more
// letters (a dateline place name).
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 2
}

// maxBracket is how many tokens midBracket looks back for an opening
// bracket.
const maxBracket = 24

// midBracket reports whether token i closes a bracket opened after the
// first token of the sentence: "the United Nations (UN) General
// Assembly", "Sen. David Boren (D-Okla.) said", "Dow Chemical Co's <DOW>
// Merrell Dow". A bracket that opens the sentence ("(BBC) The militants"),
// one that holds the end of a sentence or only an address may still end
// it.
func midBracket(spans []span, text string, i, sentStart int) bool {
	var open string
	switch tokText(spans[i], text) {
	case ")":
		open = "("
	case "]":
		open = "["
	case ">":
		open = "<"
	case "}":
		open = "{"
	default:
		return false
	}
	for p := i - 1; p > sentStart && p >= i-maxBracket; p-- {
		if spans[p+1].nl > 0 {
			return false
		}
		if tokText(spans[p], text) == open {
			// a sentence ending inside ("(but not execution.) You") or
			// an address (e-mail headers) leave it to the model
			switch terminal(spans[i-1], text) {
			case termStop, termEllipsis:
				if i+1 < len(spans) {
					r, _ := utf8.DecodeRuneInString(tokText(spans[i+1], text))
					return unicode.IsLower(r)
				}
				return false
			}
			return !(i-p == 2 && isURL(tokText(spans[p+1], text)))
		}
	}
	return false
}

// isEmoticon reports whether w is a sideways face: an optional brow (>),
// eyes (: ; =), an optional nose (- ^ ') and a mouth (":)", ";-)",
// "=)", ">:(", ":D", ":P").
func isEmoticon(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	if w[0] == '>' {
		w = w[1:]
	}
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case ':', ';', '=':
	default:
		return false
	}
	w = w[1:]
	if len(w) == 2 && (w[0] == '-' || w[0] == '^' || w[0] == '\'') {
		w = w[1:]
	}
	if len(w) != 1 {
		return false
	}
	switch w[0] {
	case ')', '(', 'D', 'P', 'p', ']', '[', '/', '|', 'O', 'o', '3', '*':
		return true
	}
	return false
}

// layoutToken reports whether token k is e-mail or web layout rather than
// prose: a date or time ("02/13/2001", "08:02"), a rule of three or more
// symbols ("=====", "****", "----") or the bracket closing an address
// ("<jo@example.com>").
func layoutToken(spans []span, text string, k int) bool {
	w := tokText(spans[k], text)
	if w == ">" {
		return k > 0 && isURL(tokText(spans[k-1], text))
	}
	digits, sep, other := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digits++
		case c == ':' || c == '/':
			sep++
		case isWordByte(c) || c >= utf8.RuneSelf:
			return false
		default:
			other++
		}
	}
	if digits > 0 {
		return sep > 0 && other == 0
	}
	return len(w) >= 3 && sep == 0 && isAllPunct(w)
}

// inDate reports whether the tokens a and b, with only whitespace between
// them, are two parts of one date: a day (the digits ending a, so that a
// time zone glued to the day counts: "GMT26") before a month, or a month
// before a day or a year.
func inDate(a, b string) bool {
	switch {
	case nlp.IsMonth(b):
		i := len(a)
		for i > 0 && isDigit(a[i-1]) {
			i--
		}
		if d := len(a) - i; d == 0 || d > 2 {
			return false
		}
		day := 0
		for _, c := range a[i:] {
			day = 10*day + int(c-'0')
		}
		return day >= 1 && day <= 31
	case nlp.IsMonth(a) && isNumber(b):
		return len(b) <= 2 || len(b) == 4
	}
	return false
}

// bareTitles are the personal titles that British and Australian news
// write without a period ("Mr Kok", "Dr Paula Bouldin"); like the titles
// of abbrevs they never end a sentence before a capitalised word.
var bareTitles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Messrs": true, "Mme": true,
	"MR": true, "MRS": true, "MS": true, "DR": true, "Drs": true,
}
