package tokenize

import (
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
)

// ptbForms maps Penn Treebank escapes and quote forms to the characters
// UD English-EWT writes.
var ptbForms = map[string]string{
	"``": "\"", "''": "\"", "`": "'",
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}",
}

// SplitTokens reads one already-tokenised sentence (tokens separated by
// whitespace, as in CaRB or the Penn Treebank) without re-tokenising it.
//
// Offsets are byte offsets into line and Text is line[Start:End], except
// for the PTB bracket escapes (-LRB- -RRB- -LSB- -RSB- -LCB- -RCB-) and
// the PTB quote forms (two backquotes, two apostrophes, one backquote),
// whose Text is the character EWT uses ( ) [ ] { } " ' while Start and
// End still cover the escape in line.
func SplitTokens(line string) nlp.Sentence {
	var s nlp.Sentence
	n := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && isSpaceRune(r) {
			i += size
			continue
		}
		n++
		for i < len(line) {
			r, size := utf8.DecodeRuneInString(line[i:])
			if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && isSpaceRune(r) {
				break
			}
			i += size
		}
	}
	if n == 0 {
		return s
	}
	s.Tokens = make([]nlp.Token, 0, n)
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && isSpaceRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(line) {
			r, size := utf8.DecodeRuneInString(line[j:])
			if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && isSpaceRune(r) {
				break
			}
			j += size
		}
		w := line[i:j]
		if f, ok := ptbForms[w]; ok {
			w = f
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: i, End: j, Head: -1, SpaceAfter: j < len(line)})
		i = j
	}
	s.Start = s.Tokens[0].Start
	s.End = s.Tokens[len(s.Tokens)-1].End
	s.Text = line[s.Start:s.End]
	return s
}
