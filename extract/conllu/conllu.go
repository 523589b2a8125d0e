package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract/nlp"
)

// Error is a syntax error in an input file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ReadFile reads a CoNLL-U file.
func ReadFile(path string) ([]nlp.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads CoNLL-U from r; name is used in error messages.
//
// Multi-word token ranges (IDs like 3-4) and empty nodes (IDs like 5.1) are
// skipped: tokens are the syntactic words. Token offsets are aligned to the
// "# text" comment where possible, else left at -1.
func Read(r io.Reader, name string) ([]nlp.Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		out  []nlp.Sentence
		cur  nlp.Sentence
		line int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			align(&cur)
			out = append(out, cur)
		}
		cur = nlp.Sentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			flush()
			continue
		}
		if l[0] == '#' {
			if v, ok := comment(l, "sent_id"); ok {
				cur.ID = v
			} else if v, ok := comment(l, "text"); ok {
				cur.Text = v
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 10 {
			return out, &Error{name, line, fmt.Sprintf("want 10 tab-separated columns, got %d", len(cols))}
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return out, &Error{name, line, fmt.Sprintf("bad token id %q", cols[0])}
		}
		head := -1
		if cols[6] != "_" {
			h, err := strconv.Atoi(cols[6])
			if err != nil {
				return out, &Error{name, line, fmt.Sprintf("bad head %q", cols[6])}
			}
			head = h
		}
		tok := nlp.Token{
			Text:       cols[1],
			Lemma:      undash(cols[2]),
			UPOS:       undash(cols[3]),
			XPOS:       undash(cols[4]),
			Head:       head,
			Deprel:     undash(cols[7]),
			Start:      -1,
			End:        -1,
			SpaceAfter: !strings.Contains(cols[9], "SpaceAfter=No"),
		}
		// "_" as a lemma of the token "_" is a real lemma.
		if cols[2] == "_" && cols[1] == "_" {
			tok.Lemma = "_"
		}
		cur.Tokens = append(cur.Tokens, tok)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	flush()
	return out, nil
}

func undash(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func comment(l, key string) (string, bool) {
	rest := strings.TrimLeft(l[1:], " ")
	if !strings.HasPrefix(rest, key) {
		return "", false
	}
	rest = strings.TrimLeft(rest[len(key):], " ")
	if !strings.HasPrefix(rest, "=") {
		return "", false
	}
	return strings.TrimSpace(rest[1:]), true
}

// align sets token offsets into s.Text by searching forward for each form.
func align(s *nlp.Sentence) {
	pos := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		j := strings.Index(s.Text[pos:], t.Text)
		if j < 0 {
			continue
		}
		t.Start = pos + j
		t.End = t.Start + len(t.Text)
		pos = t.End
	}
	s.Start, s.End = 0, len(s.Text)
}

// Write writes sentences as CoNLL-U. Empty fields are written as "_".
func Write(w io.Writer, sents []nlp.Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
		}
		if s.Text != "" {
			fmt.Fprintf(bw, "# text = %s\n", s.Text)
		}
		for i, t := range s.Tokens {
			head := "_"
			if t.Head >= 0 {
				head = strconv.Itoa(t.Head)
			}
			misc := "_"
			if !t.SpaceAfter {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n",
				i+1, dash(t.Text), dash(t.Lemma), dash(t.UPOS), dash(t.XPOS), head, dash(t.Deprel), misc)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// ReadIOBFile reads an IOB/IOB2 NER file; see ReadIOB.
func ReadIOBFile(path string) ([]nlp.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadIOB(f, path)
}

// ReadIOB reads named-entity annotations, one token per line, sentences
// separated by blank lines, in any of these layouts:
//
//   - two columns: TOKEN TAG
//   - UNER: INDEX TOKEN TAG [ANNOTATION ANNOTATOR]
//   - CoNLL-2003: TOKEN POS CHUNK TAG (space separated; -DOCSTART- lines skipped)
//
// Tags may be IOB1 or IOB2; they are converted to IOB2 in Token.Entity.
// Token offsets are aligned to the "# text" comment, or to the tokens
// joined by single spaces when there is none (so that a hyphen between two
// names is glued to neither, as in "Romania - Cosmin Contra").
// The UNER pre-release artefacts B-O, B-OTH and I-OTH, and MISC, are mapped
// to O. Comment lines "# sent_id = X" set Sentence.ID so that the layer can
// be joined to CoNLL-U trees. In a file with -DOCSTART- lines, a sentence
// without a sent_id gets the ID "docstart-D-NNNN" (D counts the
// -DOCSTART- lines from 1, NNNN the sentences of that document from 1),
// so that the sentences of one article are read as one document, as
// sent_ids group them.
func ReadIOB(r io.Reader, name string) ([]nlp.Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		out       []nlp.Sentence
		cur       nlp.Sentence
		line      int
		doc, nDoc int // -DOCSTART- lines so far; sentences of the current document
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			toIOB2(cur.Tokens)
			if cur.Text == "" {
				cur.Text = joinTokens(cur.Tokens)
			}
			align(&cur)
			for i := range cur.Tokens[:len(cur.Tokens)-1] {
				if t, next := &cur.Tokens[i], cur.Tokens[i+1]; t.End >= 0 && next.Start == t.End {
					t.SpaceAfter = false
				}
			}
			if cur.ID == "" && doc > 0 {
				nDoc++
				cur.ID = fmt.Sprintf("docstart-%d-%04d", doc, nDoc)
			}
			out = append(out, cur)
		}
		cur = nlp.Sentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if l[0] == '#' {
			if v, ok := comment(l, "sent_id"); ok {
				cur.ID = v
			} else if v, ok := comment(l, "text"); ok {
				cur.Text = v
			}
			continue
		}
		var cols []string
		if strings.Contains(l, "\t") {
			cols = strings.Split(l, "\t")
		} else {
			cols = strings.Fields(l)
		}
		if cols[0] == "-DOCSTART-" {
			flush()
			doc, nDoc = doc+1, 0
			continue
		}
		var tok, tag string
		switch {
		case len(cols) == 2:
			tok, tag = cols[0], cols[1]
		case len(cols) == 4 && (!isInt(cols[0]) || isTag(normTag(cols[3]))):
			// CoNLL-2003, also for a number ("1996 CD I-NP O"), which
			// UNER's INDEX TOKEN TAG would otherwise read as token CD.
			tok, tag = cols[0], cols[3]
		case len(cols) >= 3 && isInt(cols[0]):
			tok, tag = cols[1], cols[2]
		default:
			return out, &Error{name, line, fmt.Sprintf("cannot read IOB line with %d columns", len(cols))}
		}
		tag = normTag(tag)
		if !isTag(tag) {
			return out, &Error{name, line, fmt.Sprintf("bad IOB tag %q", tag)}
		}
		cur.Tokens = append(cur.Tokens, nlp.Token{Text: tok, Entity: tag, Head: -1, Start: -1, End: -1, SpaceAfter: true})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	flush()
	return out, nil
}

// isTag reports whether t, after normTag, is an IOB tag: O, B-X or I-X.
func isTag(t string) bool {
	return t == "O" || len(t) >= 3 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}

func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func normTag(t string) string {
	switch t {
	case "O", "B-O", "B-OTH", "I-OTH", "B-MISC", "I-MISC", "_", "":
		return "O"
	}
	if strings.HasSuffix(t, "-PERSON") {
		return t[:2] + "PER"
	}
	return t
}

// toIOB2 rewrites IOB1 tags (I- starting an entity) as B-.
func toIOB2(toks []nlp.Token) {
	prev := "O"
	for i := range toks {
		t := toks[i].Entity
		if t[0] == 'I' && (prev == "O" || prev[2:] != t[2:]) {
			toks[i].Entity = "B-" + t[2:]
		}
		prev = toks[i].Entity
	}
}

func joinTokens(toks []nlp.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// JoinEntities copies the Entity tags of ner into trees, matching sentences
// by ID and requiring identical token sequences. It returns how many tree
// sentences received tags. Sentences without a match keep their tags.
func JoinEntities(trees, ner []nlp.Sentence) int {
	byID := make(map[string]*nlp.Sentence, len(ner))
	for i := range ner {
		if ner[i].ID != "" {
			byID[ner[i].ID] = &ner[i]
		}
	}
	n := 0
	for i := range trees {
		s := byID[trees[i].ID]
		if s == nil || len(s.Tokens) != len(trees[i].Tokens) {
			continue
		}
		same := true
		for j := range s.Tokens {
			if s.Tokens[j].Text != trees[i].Tokens[j].Text {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		for j := range s.Tokens {
			trees[i].Tokens[j].Entity = s.Tokens[j].Entity
		}
		n++
	}
	return n
}
