package nlp

// Token is one word or punctuation mark of a sentence.
//
// Offsets are byte offsets into the text the tokenizer was given
// (Start inclusive, End exclusive), so text[Start:End] == Text for tokens
// made by the tokenizer. Tokens read from CoNLL-U have offsets into the
// sentence's "# text" line where they can be aligned, else -1.
type Token struct {
	Text  string // surface form
	Start int    // byte offset of the first byte
	End   int    // byte offset just past the last byte

	UPOS  string // Universal POS tag (NOUN, VERB, PROPN, ...), "" if unknown
	XPOS  string // Penn Treebank tag (NN, VBD, NNP, ...), "" if unknown
	Lemma string // lemma, "" if unknown

	// Head is the 1-based index of this token's syntactic head within the
	// sentence, 0 for the root, -1 when the sentence is not parsed.
	Head   int
	Deprel string // Universal Dependencies relation (nsubj, obj, obl, ...)

	// Entity is the IOB2 entity tag: "O", "B-PER", "I-PER", "B-ORG",
	// "I-ORG", "B-LOC", "I-LOC" (other types may appear), "" if not tagged.
	Entity string

	SpaceAfter bool // whether whitespace follows the token in the source
}

// Sentence is a run of tokens with its span in the source text.
type Sentence struct {
	ID     string  // sent_id from a treebank, "" for raw text
	Text   string  // the sentence text (source[Start:End] for raw text)
	Start  int     // byte offset of the sentence in the document
	End    int     // byte offset just past the sentence
	Tokens []Token // tokens in order
}

// Words returns the token surface forms of s.
func (s *Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		w[i] = s.Tokens[i].Text
	}
	return w
}

// Children returns, for each token (0-based index), the 0-based indexes of
// its dependents in order. Tokens with Head <= 0 have no parent.
func (s *Sentence) Children() [][]int {
	ch := make([][]int, len(s.Tokens))
	for i := range s.Tokens {
		h := s.Tokens[i].Head
		if h > 0 && h <= len(s.Tokens) {
			ch[h-1] = append(ch[h-1], i)
		}
	}
	return ch
}

// Span is a half-open range [Start, End) of token indexes in a sentence,
// with the entity type it was tagged with.
type Span struct {
	Start, End int
	Type       string // PER, ORG, LOC, ...
}

// EntitySpans decodes the IOB2 Entity tags of s into spans. An I- tag that
// does not continue a span of the same type starts a new one (the lenient
// reading of IOB2 used by conlleval).
func (s *Sentence) EntitySpans() []Span {
	return SpansFromIOB(s.Tokens, func(t *Token) string { return t.Entity })
}

// SpansFromIOB decodes IOB2 tags read by tag from toks into spans.
func SpansFromIOB(toks []Token, tag func(*Token) string) []Span {
	var spans []Span
	cur := -1
	for i := range toks {
		t := tag(&toks[i])
		switch {
		case len(t) > 2 && t[0] == 'B' && t[1] == '-':
			spans = append(spans, Span{Start: i, End: i + 1, Type: t[2:]})
			cur = len(spans) - 1
		case len(t) > 2 && t[0] == 'I' && t[1] == '-':
			if cur >= 0 && spans[cur].End == i && spans[cur].Type == t[2:] {
				spans[cur].End = i + 1
			} else {
				spans = append(spans, Span{Start: i, End: i + 1, Type: t[2:]})
				cur = len(spans) - 1
			}
		default:
			cur = -1
		}
	}
	return spans
}
