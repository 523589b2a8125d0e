// Package clean finds the prose of a news page: it drops the lines a reader
// skips — timestamps, player and share widgets ("Listen Live", "Get short
// URL"), photo credits and the captions beside them, repeated lines,
// related-headline lists, comma-separated tag lists and other short lines
// that are not sentences, though not a sports fixture ("Chelsea v
// Scunthorpe") — and returns the paragraphs that remain as byte
// spans of the original text, so that offsets found later still point into
// the article as stored.
//
// The rules look at the shape of a line (punctuation, length, case,
// commas, repetition), never at the words of a particular site.
package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of the text.
type Span struct{ Start, End int }

type line struct {
	start, end int // trimmed content
	kind       kind
}

type kind uint8

const (
	blank kind = iota
	prose
	noise
	credit
)

// Paragraphs returns the prose paragraphs of text as spans of text, in
// order. Hard-wrapped paragraphs come back as one span. When nothing looks
// like prose (a short note, a list), every non-blank line is returned, so
// that some input never yields nothing.
func Paragraphs(text string) []Span {
	lines := splitLines(text)
	if len(lines) == 0 {
		return nil
	}
	// Join hard-wrapped lines into paragraphs first.
	paras := joinWrapped(text, lines)
	counts := make(map[string]int, len(paras))
	for _, p := range paras {
		if p.end-p.start >= 40 {
			counts[normalize(text[p.start:p.end])]++
		}
	}
	for i := range paras {
		p := &paras[i]
		s := text[p.start:p.end]
		switch {
		case isCredit(s):
			p.kind = credit
		case p.end-p.start >= 40 && counts[normalize(s)] > 1:
			p.kind = noise // repeated verbatim: a caption or a widget
		case isProse(s):
			p.kind = prose
		default:
			p.kind = noise
		}
	}
	// A caption sits next to its photo credit.
	for i := range paras {
		if paras[i].kind != credit {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(paras) && paras[j].kind == prose && paras[j].gapTo(paras, i) {
				paras[j].kind = noise
			}
		}
	}
	var out []Span
	for _, p := range paras {
		if p.kind == prose {
			out = append(out, Span{p.start, p.end})
		}
	}
	if len(out) == 0 {
		for _, p := range paras {
			out = append(out, Span{p.start, p.end})
		}
	}
	return out
}

type para struct {
	start, end int
	kind       kind
	blankAfter bool // a blank line follows
}

// gapTo reports whether p and paras[k] are adjacent without a blank line
// between them (a caption and its credit form one block).
func (p *para) gapTo(paras []para, k int) bool {
	i := 0
	for ; i < len(paras); i++ {
		if &paras[i] == p {
			break
		}
	}
	if i < k {
		return !paras[i].blankAfter
	}
	return !paras[k].blankAfter
}

func splitLines(text string) []line {
	var out []line
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		k := prose
		if s == e {
			k = blank
		}
		out = append(out, line{s, e, k})
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// joinWrapped groups lines into paragraphs: a line continues the previous
// one when the previous has no final punctuation and either this line
// starts in lower case or the previous is long running text.
func joinWrapped(text string, lines []line) []para {
	var out []para
	for i, l := range lines {
		if l.kind == blank {
			if len(out) > 0 {
				out[len(out)-1].blankAfter = true
			}
			continue
		}
		if len(out) > 0 && i > 0 && lines[i-1].kind != blank {
			prev := &out[len(out)-1]
			ps := text[prev.start:prev.end]
			cur := text[l.start:l.end]
			if !endsSentence(ps) && !isCredit(ps) && !isCredit(cur) &&
				(startsLower(cur) || (len(ps) >= 60 && !titleCase(ps) && !isTagList(ps))) {
				prev.end = l.end
				continue
			}
		}
		out = append(out, para{start: l.start, end: l.end})
	}
	return out
}

var creditRE = regexp.MustCompile(`(?i)^(©|\(c\)|copyright\b|photo\s*(credit)?\s*[:/]|image\s*(credit|copyright|source)?\s*[:/]|picture\s*[:/]|credit\s*[:/]|getty images|reuters\s*/|ap photo)`)

func isCredit(s string) bool {
	return creditRE.MatchString(s) || (strings.Contains(s, "©") && len(s) < 120)
}

// endsSentence reports whether s ends like a sentence or a colon-led list
// intro, allowing closing quotes and brackets after the mark.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]", r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// titleCase reports whether most longer words of s are capitalised, as in
// headlines and menus.
func titleCase(s string) bool {
	caps, n := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return n > 0 && caps*10 >= n*8
}

// isTagList reports whether s is a comma-separated list of short items
// without a final mark, like a page's topic tags.
func isTagList(s string) bool {
	items := strings.Split(s, ",")
	if len(items) < 4 || endsSentence(s) {
		return false
	}
	words := 0
	for _, it := range items {
		words += len(strings.Fields(it))
	}
	return words <= 3*len(items)
}

var timestampRE = regexp.MustCompile(`(?i)^(updated|published|posted|last updated)?[:\s]*([0-9]{1,2}[:.][0-9]{2}\s*(am|pm|gmt|utc|bst|cet|est|edt|msk)?|[0-9]{1,4}[-/. ][0-9]{1,2}[-/. ][0-9]{1,4}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s)`)

// fixtureRE matches a sports fixture on a line of its own: a side, "v" or
// "vs", another side and perhaps a bracket ("Everton v Manchester
// United", "Reading v Stockport/Swansea", "Derby v Watford or Fulham").
var fixtureRE = regexp.MustCompile(`^` + fixtureSide + ` (?:v|vs)\.? ` + fixtureSide + `(?: \([^()]*\))?\.?$`)

// resultRE matches a result line: two sides, each with its score
// ("Featherstone Rovers 22 York Knights 20"), or the score between them
// ("Chelsea 2-1 Arsenal").
var resultRE = regexp.MustCompile(`^` + fixtureSide + ` (?:\d{1,3} ` + fixtureSide + ` \d{1,3}|\d{1,3}[-–]\d{1,3} ` + fixtureSide + `)$`)

// fixtureSide is one side of a fixture: a name of one to four capitalised
// words, or two such names joined by "or" for a tie not yet decided
// ("Derby v Watford or Fulham").
const fixtureSide = `\p{Lu}[\pL'.&/-]*(?: \p{Lu}[\pL'.&/-]*){0,3}(?: or \p{Lu}[\pL'.&/-]*(?: \p{Lu}[\pL'.&/-]*){0,3})?`

// isProse reports whether a paragraph reads as sentences rather than page
// furniture, or is a fixture.
func isProse(s string) bool {
	if fixtureRE.MatchString(s) || strings.ContainsAny(s, "0123456789") && resultRE.MatchString(s) {
		return true // "Chelsea v Scunthorpe", "Featherstone Rovers 22 York Knights 20": a fixture or a result is content, if no sentence
	}
	if isTagList(s) {
		return false
	}
	words := len(strings.Fields(s))
	if timestampRE.MatchString(s) && words <= 8 {
		return false
	}
	if endsSentence(s) {
		return words >= 4 || strings.ContainsAny(s, "\"“”")
	}
	return words >= 7 && !titleCase(s)
}

func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
