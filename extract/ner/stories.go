package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// ListedName is one line of a story's name list: the type (PER, ORG or
// LOC) and the fullest name the story gives the entity, as written there.
type ListedName struct {
	Type, Name string
}

// ReadNameList reads a story's name list: one entity a line, its type
// and its name separated by a tab. name is the file's name for errors.
func ReadNameList(r io.Reader, name string) ([]ListedName, error) {
	var out []ListedName
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		typ, n, ok := strings.Cut(l, "\t")
		if !ok || n == "" {
			return nil, fmt.Errorf("%s:%d: want TYPE<tab>name", name, line)
		}
		if typeID(typ) == 0 {
			return nil, fmt.Errorf("%s:%d: type %q, want PER, ORG or LOC", name, line, typ)
		}
		out = append(out, ListedName{typ, n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	return out, nil
}

// Project sets the IOB2 entity tags of doc, the analysed sentences of a
// story whose token offsets point into text, from the story's name list,
// so that news written and listed for kg's tests can train the
// recogniser. A list names each entity once, by its fullest name, so the
// mentions it does not spell out are found as a reader would find them:
//
//   - every whole-word occurrence of a listed name, longest names first,
//     and of its capitals ("LONDON" in a dateline for London);
//   - the names the gazetteer gives the same entity ("U.S." for the
//     United States);
//   - an acronym in brackets after a listed name ("Kenya Power (KPLC)");
//   - a person's last word or last two words ("Ruto", "da Silva");
//   - a capitalised word of one listed name standing alone ("Adani" for
//     Adani Group), unless several types share it or it is a common
//     word of names ("National", "Bank"); outside persons, not at the
//     start of a sentence, where any word is capitalised;
//   - last, countries the list leaves out, as places: the lists skip a
//     country named only as a modifier ("U.S. envoy"), which UNER types
//     as a place.
//
// Everything else is O. Projected mentions never overlap: a mention is
// only taken where no earlier one lies.
func Project(text string, doc []nlp.Sentence, names []ListedName, g *gazetteer.Gazetteer) {
	p := projection{text: text, lab: make([]uint8, len(text)), start: map[int]bool{}}
	forms := make([]ListedName, len(names))
	copy(forms, names)
	sort.SliceStable(forms, func(a, b int) bool { return len(forms[a].Name) > len(forms[b].Name) })
	for _, f := range forms {
		p.markAll(f.Name, typeID(f.Type), false)
	}
	for _, f := range forms {
		if u := strings.ToUpper(f.Name); u != f.Name {
			p.markAll(u, typeID(f.Type), false)
		}
	}
	if g != nil {
		p.gazetteerNames(forms, g, false)
	}
	var derived []ListedName
	for _, f := range forms {
		derived = append(derived, p.bracketed(f)...)
	}
	for _, f := range forms {
		if ws := strings.Fields(f.Name); f.Type == "PER" && len(ws) >= 2 {
			derived = append(derived, ListedName{"PER", strings.Join(ws[len(ws)-2:], " ")}, ListedName{"PER", ws[len(ws)-1]})
		}
	}
	sort.SliceStable(derived, func(a, b int) bool { return len(derived[a].Name) > len(derived[b].Name) })
	for _, f := range derived {
		p.markAll(f.Name, typeID(f.Type), false)
	}
	for _, f := range loneWords(forms) {
		p.markAll(f.Name, typeID(f.Type), f.Type != "PER")
	}
	if g != nil {
		p.gazetteerNames(forms, g, true)
	}
	p.tag(doc)
}

// projection holds a story's text and a type for each of its bytes.
type projection struct {
	text  string
	lab   []uint8      // typPER, typORG, typLOC or 0 for each byte
	start map[int]bool // first bytes of the mentions
}

// markAll labels every whole-word occurrence of s that no mention covers
// yet; midSentence skips occurrences that open a sentence or a quote.
func (p *projection) markAll(s string, typ uint8, midSentence bool) {
	if s == "" || typ == 0 {
		return
	}
	for off := 0; ; {
		k := strings.Index(p.text[off:], s)
		if k < 0 {
			return
		}
		i, j := off+k, off+k+len(s)
		off = j
		if !wholeWord(p.text, i, j) || midSentence && opensSentence(p.text, i) {
			continue
		}
		p.mark(i, j, typ)
	}
}

// mark labels text[i:j] as a mention of type typ if no mention covers
// any of it.
func (p *projection) mark(i, j int, typ uint8) bool {
	for x := i; x < j; x++ {
		if p.lab[x] != 0 {
			return false
		}
	}
	for x := i; x < j; x++ {
		p.lab[x] = typ
	}
	p.start[i] = true
	return true
}

// gazetteerNames labels runs of up to four capitalised words that the
// gazetteer, written as it writes them, resolves to a listed entity, or
// with countries set to any country.
func (p *projection) gazetteerNames(forms []ListedName, g *gazetteer.Gazetteer, countries bool) {
	canon := map[string]uint8{}
	for _, f := range forms {
		canon[f.Name] = typeID(f.Type)
		if es := g.Lookup(f.Name); len(es) > 0 {
			canon[es[0].Name] = typeID(f.Type)
		}
	}
	words := capitalWords(p.text)
	for i := 0; i < len(words); i++ {
		for n := min(4, len(words)-i); n >= 1; n-- {
			run := words[i : i+n]
			if !allCapitalised(run) {
				continue
			}
			a, b := run[0].start, run[n-1].end
			if strings.ContainsAny(p.text[a:b], "\n,;") {
				continue
			}
			es := g.LookupWritten(p.text[a:b])
			if len(es) == 0 {
				continue
			}
			typ, ok := canon[es[0].Name]
			if countries {
				typ, ok = typLOC, es[0].Subtype == gazetteer.SubCountry
			}
			if ok && p.mark(a, b, typ) {
				i += n - 1
				break
			}
		}
	}
}

// bracketed returns the acronyms written in brackets right after f's
// name ("Kenya Power (KPLC)", "(FEWS NET)"), as names of f's type; not
// ages or counts ("(54)").
func (p *projection) bracketed(f ListedName) []ListedName {
	var out []ListedName
	for off := 0; ; {
		k := strings.Index(p.text[off:], f.Name+" (")
		if k < 0 {
			return out
		}
		i := off + k + len(f.Name) + 2
		off = i
		e := strings.IndexByte(p.text[i:], ')')
		if e <= 0 || e > 12 {
			continue
		}
		acr := p.text[i : i+e]
		if strings.IndexFunc(acr, unicode.IsUpper) >= 0 && (!strings.Contains(acr, " ") || strings.ToUpper(acr) == acr) {
			out = append(out, ListedName{f.Type, acr})
		}
	}
}

// loneWords returns the capitalised words of at least three letters of
// the listed names that may stand alone for their entity: not shared by
// names of different types and not common words of names.
func loneWords(forms []ListedName) []ListedName {
	types := map[string]string{}
	for _, f := range forms {
		for _, w := range strings.Fields(f.Name) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(w) < 3 || commonNameWords[strings.ToLower(w)] {
				continue
			}
			if t, ok := types[w]; ok && t != f.Type {
				types[w] = ""
				continue
			}
			types[w] = f.Type
		}
	}
	var out []ListedName
	for w, t := range types {
		if t != "" {
			out = append(out, ListedName{t, w})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// commonNameWords are words of names that do not name anything alone.
var commonNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the of and for new national united state states city county
		council court university party ministry department bank group company international world
		south north east west central republic people's democratic federal royal general high
		supreme league club association union institute minister president house street road river
		lake mount port airport hospital stadium park bridge centre center district province region
		island islands sea ocean bay gulf coast valley station church school college agency
		authority commission committee board service services force forces army police office
		foundation trust fund corporation corp inc ltd limited holdings energy power oil gas water
		health public social security development african american european asian`) {
		m[w] = true
	}
	return m
}()

// tag sets the tokens' IOB2 tags from the byte labels.
func (p *projection) tag(doc []nlp.Sentence) {
	for si := range doc {
		prev := uint8(0)
		for j := range doc[si].Tokens {
			tk := &doc[si].Tokens[j]
			typ := uint8(0)
			if tk.Start >= 0 && tk.Start < len(p.lab) {
				typ = p.lab[tk.Start]
			}
			switch {
			case typ == 0:
				tk.Entity = "O"
			case typ != prev || p.start[tk.Start]:
				tk.Entity = "B-" + typeName(typ)
			default:
				tk.Entity = "I-" + typeName(typ)
			}
			prev = typ
		}
	}
}

// typeName is typeID's inverse.
func typeName(t uint8) string {
	switch t {
	case typPER:
		return "PER"
	case typORG:
		return "ORG"
	case typLOC:
		return "LOC"
	}
	return ""
}

// wholeWord reports whether text[i:j] is bounded by non-letters.
func wholeWord(text string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// opensSentence reports whether the word at text[i:] opens a sentence, a
// line, a quote or a clause after a colon or dash.
func opensSentence(text string, i int) bool {
	b := strings.TrimRight(text[:i], " \t(")
	if b == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	return strings.ContainsRune(".!?\"\n:-—“‘", r)
}

// capitalWord is a space-separated word of a text, without trailing
// punctuation or possessive, and whether it starts with a capital.
type capitalWord struct {
	start, end int
	capital    bool
}

// capitalWords splits text at white space into words.
func capitalWords(text string) []capitalWord {
	var out []capitalWord
	for i := 0; i < len(text); {
		for i < len(text) && strings.IndexByte(" \n\t\r(\"", text[i]) >= 0 {
			i++
		}
		j := i
		for j < len(text) && strings.IndexByte(" \n\t\r", text[j]) < 0 {
			j++
		}
		if j == i {
			break
		}
		w := strings.TrimRight(text[i:j], ",;:)\"'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) > 1 && strings.Count(w, ".") == 1 && strings.HasSuffix(w, ".") {
			w = w[:len(w)-1]
		}
		r, _ := utf8.DecodeRuneInString(w)
		out = append(out, capitalWord{i, i + len(w), w != "" && unicode.IsUpper(r)})
		i = j
	}
	return out
}

// allCapitalised reports whether every word of run starts with a capital.
func allCapitalised(run []capitalWord) bool {
	for _, w := range run {
		if !w.capital {
			return false
		}
	}
	return true
}
