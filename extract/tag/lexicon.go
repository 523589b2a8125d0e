package tag

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Lexicon classes of a lower-cased word form, from WordNet 3.0: the parts
// of speech its lemma has and the inflection that makes the form. They tell
// the tagger what a word it never saw in training can be ("scarce" is an
// adjective, "plumbing" a noun and a verb's -ing form), the other half of
// what separates the open classes for new words.
const (
	LexNoun   = 1 << iota // a noun lemma
	LexVerb               // a verb lemma
	LexAdj                // an adjective lemma
	LexAdv                // an adverb lemma
	LexPlural             // a noun's plural
	LexThird              // a verb's third person singular (-s)
	LexPast               // a verb's past tense or participle (-ed, irregular)
	LexGerund             // a verb's -ing form
	LexGraded             // an adjective's comparative or superlative
	LexProper             // written with a capital in a noun synset (Paris)
	LexCommon             // written in lower case in a noun synset
)

// lexMostShift places two bits above the classes: the part of speech the
// lemma is most used as in WordNet's tagged texts.
const lexMostShift = 11

// Parts of speech in the lexMost bits, with LexTagged set when WordNet's
// semantic concordance counts the lemma at all.
const (
	lexMostNoun = iota
	lexMostVerb
	lexMostAdj
	lexMostAdv
	LexTagged = 1 << (lexMostShift + 2)
)

var lexNames = []string{"n", "v", "a", "r", "pl", "3sg", "ed", "ing", "er", "cap", "low"}

// FormatLexClasses spells the classes c, as the lexicon file writes them:
// names joined by commas, then the most used part of speech as "most=n".
func FormatLexClasses(c uint16) string {
	var parts []string
	for i, n := range lexNames {
		if c&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if c&LexTagged != 0 {
		parts = append(parts, "most="+lexNames[c>>lexMostShift&3])
	}
	return strings.Join(parts, ",")
}

// parseLexClasses reads what FormatLexClasses writes.
func parseLexClasses(s string) (uint16, error) {
	var c uint16
	for _, p := range strings.Split(s, ",") {
		if most, ok := strings.CutPrefix(p, "most="); ok {
			i := slices.Index(lexNames[:4], most)
			if i < 0 {
				return 0, fmt.Errorf("unknown part of speech %q", most)
			}
			c |= LexTagged | uint16(i)<<lexMostShift
			continue
		}
		i := slices.Index(lexNames, p)
		if i < 0 {
			return 0, fmt.Errorf("unknown class %q", p)
		}
		c |= 1 << i
	}
	return c, nil
}

// ReadLexicon reads the classes of a lexicon file written by WriteLexicon
// (gzip over lines "word TAB classes", and for irregular forms "TAB
// lemmas") for TrainOptions.Lexicon.
func ReadLexicon(path string) (map[string]uint16, error) {
	lex, _, err := ReadLexiconFile(path)
	return lex, err
}

// ReadLexiconFile reads both parts of a lexicon file written by
// WriteLexicon: the classes, and the lemmas of the irregular forms, which
// the lemmatiser learns.
func ReadLexiconFile(path string) (map[string]uint16, map[string][]Irregular, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read lexicon: %w", err)
	}
	defer f.Close()
	return readLexicon(f, path)
}

// readLexicon reads the gzipped lexicon r, naming it path in errors.
func readLexicon(r io.Reader, path string) (map[string]uint16, map[string][]Irregular, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read lexicon %s: %w", path, err)
	}
	lex := map[string]uint16{}
	irr := map[string][]Irregular{}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		word, rest, ok := strings.Cut(sc.Text(), "\t")
		if !ok || word == "" {
			return nil, nil, fmt.Errorf("read lexicon %s:%d: want word TAB classes", path, line)
		}
		classes, lemmas, hasLemmas := strings.Cut(rest, "\t")
		c, err := parseLexClasses(classes)
		if err != nil {
			return nil, nil, fmt.Errorf("read lexicon %s:%d: %w", path, line, err)
		}
		lex[word] = c
		if hasLemmas {
			if irr[word], err = parseIrregular(lemmas); err != nil {
				return nil, nil, fmt.Errorf("read lexicon %s:%d: %w", path, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read lexicon %s: %w", path, err)
	}
	return lex, irr, nil
}

// WriteLexicon writes lex in sorted order, gzipped, as ReadLexicon reads
// it, with the lemmas irr gives a form after its classes. Only forms of
// lex are written.
func WriteLexicon(w io.Writer, lex map[string]uint16, irr map[string][]Irregular) error {
	words := make([]string, 0, len(lex))
	for x := range lex {
		words = append(words, x)
	}
	sort.Strings(words)
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, x := range words {
		if lemmas := irr[x]; len(lemmas) > 0 {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", x, FormatLexClasses(lex[x]), formatIrregular(lemmas))
			continue
		}
		fmt.Fprintf(bw, "%s\t%s\n", x, FormatLexClasses(lex[x]))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// BuildLexicon reads the WordNet 3.0 database in dir (index.*, data.noun,
// the *.exc exception lists and cntlist.rev, as Debian's wordnet-base
// installs them in /usr/share/wordnet) and returns the lexicon classes of
// every one-word lemma and of the inflected forms regular rules and the
// exception lists make of it. Rules over-generate ("stoped" beside
// "stopped"); a form nobody writes costs nothing.
func BuildLexicon(dir string) (map[string]uint16, error) {
	lex := map[string]uint16{}
	oneWord := func(w string) bool { return w != "" && !strings.ContainsAny(w, "_ ") }
	poses := []struct {
		file  string
		class uint16
	}{{"noun", LexNoun}, {"verb", LexVerb}, {"adj", LexAdj}, {"adv", LexAdv}}
	lemmas := make([][]string, len(poses))
	for i, p := range poses {
		err := eachLine("WordNet", filepath.Join(dir, "index."+p.file), func(line string) error {
			if strings.HasPrefix(line, " ") {
				return nil // the licence at the top
			}
			w, _, _ := strings.Cut(line, " ")
			if oneWord(w) {
				lex[w] |= p.class
				lemmas[i] = append(lemmas[i], w)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// Inflected forms: regular rules, then the exception lists.
	for _, w := range lemmas[0] {
		for _, f := range sForms(w) {
			lex[f] |= LexPlural
		}
	}
	for _, w := range lemmas[1] {
		for _, f := range sForms(w) {
			lex[f] |= LexThird
		}
		for _, f := range suffixForms(w, "ed") {
			lex[f] |= LexPast
		}
		for _, f := range suffixForms(w, "ing") {
			lex[f] |= LexGerund
		}
	}
	for _, w := range lemmas[2] {
		if len(w) > 7 || strings.Contains(w, "-") {
			continue // long adjectives grade with more and most
		}
		for _, suf := range []string{"er", "est"} {
			for _, f := range suffixForms(w, suf) {
				lex[f] |= LexGraded
			}
		}
	}
	excs := []struct {
		file  string
		class func(form string) uint16
	}{
		{"noun.exc", func(string) uint16 { return LexPlural }},
		{"verb.exc", func(f string) uint16 {
			switch {
			case strings.HasSuffix(f, "ing"):
				return LexGerund
			case strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"):
				return LexThird
			}
			return LexPast
		}},
		{"adj.exc", func(string) uint16 { return LexGraded }},
	}
	for _, e := range excs {
		err := eachLine("WordNet", filepath.Join(dir, e.file), func(line string) error {
			fields := strings.Fields(line)
			if len(fields) >= 2 && oneWord(fields[0]) {
				lex[fields[0]] |= e.class(fields[0])
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// Capitals: how noun synsets write the lemma.
	err := eachLine("WordNet", filepath.Join(dir, "data.noun"), func(line string) error {
		if strings.HasPrefix(line, " ") {
			return nil
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil
		}
		n, err := strconv.ParseUint(f[3], 16, 8)
		if err != nil {
			return fmt.Errorf("word count %q: %w", f[3], err)
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if !oneWord(w) {
				continue
			}
			lw := strings.ToLower(w)
			if w != lw {
				lex[lw] |= LexProper
			} else {
				lex[lw] |= LexCommon
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The part of speech most used: tag counts of the lemma's senses.
	counts := map[string]*[4]int{}
	err = eachLine("WordNet", filepath.Join(dir, "cntlist.rev"), func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" || !oneWord(lemma) {
			return nil
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("tag count %q: %w", f[2], err)
		}
		p := map[byte]int{'1': lexMostNoun, '2': lexMostVerb, '3': lexMostAdj, '5': lexMostAdj, '4': lexMostAdv}[rest[0]]
		if counts[lemma] == nil {
			counts[lemma] = new([4]int)
		}
		counts[lemma][p] += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	for lemma, c := range counts {
		best := 0
		for p := range c {
			if c[p] > c[best] {
				best = p
			}
		}
		if c[best] > 0 && lex[lemma] != 0 {
			lex[lemma] |= LexTagged | uint16(best)<<lexMostShift
		}
	}
	return lex, nil
}

// Irregular is what WordNet's exception lists give for an inflected form
// that no regular rule makes: the lemma it is a form of, for one part of
// speech ('n', 'v', 'a' or 'r'): "fled" is v flee, "theses" n thesis,
// "better" a good and r well.
type Irregular struct {
	POS   byte
	Lemma string
}

// irregularPOS are the parts of speech of the exception lists, in the
// order the lexicon file lists a form's lemmas.
var irregularPOS = []struct {
	file string
	pos  byte
}{{"noun.exc", 'n'}, {"verb.exc", 'v'}, {"adj.exc", 'a'}, {"adv.exc", 'r'}}

// BuildIrregular reads the exception lists of the WordNet 3.0 database in
// dir (noun.exc, verb.exc, adj.exc, adv.exc) and returns, for every
// one-word form, its lemmas: by part of speech, then in the lists' order.
func BuildIrregular(dir string) (map[string][]Irregular, error) {
	irr := map[string][]Irregular{}
	oneWord := func(w string) bool { return w != "" && !strings.ContainsAny(w, "_ ") }
	for _, e := range irregularPOS {
		err := eachLine("WordNet", filepath.Join(dir, e.file), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 2 || !oneWord(f[0]) {
				return nil
			}
			for _, lemma := range f[1:] {
				x := Irregular{e.pos, lemma}
				if oneWord(lemma) && !slices.Contains(irr[f[0]], x) {
					irr[f[0]] = append(irr[f[0]], x)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return irr, nil
}

// formatIrregular spells a form's lemmas as the lexicon file writes them:
// "pos:lemma" joined by commas.
func formatIrregular(irr []Irregular) string {
	parts := make([]string, len(irr))
	for i, x := range irr {
		parts[i] = string(x.POS) + ":" + x.Lemma
	}
	return strings.Join(parts, ",")
}

// parseIrregular reads what formatIrregular writes.
func parseIrregular(s string) ([]Irregular, error) {
	var out []Irregular
	for _, p := range strings.Split(s, ",") {
		pos, lemma, ok := strings.Cut(p, ":")
		if !ok || len(pos) != 1 || !strings.Contains("nvar", pos) || lemma == "" {
			return nil, fmt.Errorf("bad lemma %q (want pos:lemma)", p)
		}
		out = append(out, Irregular{pos[0], lemma})
	}
	return out, nil
}

// eachLine calls fn for every line of the file at path, a file of what
// ("WordNet", "gazetteer") for the errors, which name the file and line.
func eachLine(what, path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(sc.Text()); err != nil {
			return fmt.Errorf("read %s %s:%d: %w", what, path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s %s: %w", what, path, err)
	}
	return nil
}

// isVowel reports whether b is a, e, i, o or u.
func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// sForms returns the -s forms of w: plural of a noun, third person of a
// verb (boxes, flies, cats).
func sForms(w string) []string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return []string{w + "es"}
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return []string{w[:n-1] + "ies"}
	case n > 1 && w[n-1] == 'o' && !isVowel(w[n-2]):
		return []string{w + "s", w + "es"}
	}
	return []string{w + "s"}
}

// suffixForms returns the forms of w with a suffix that starts with a
// vowel (-ed, -ing, -er, -est): a silent e dropped, y after a consonant
// turned to i (not before -ing), and a final consonant after one vowel
// both kept single and doubled (visited, stopped).
func suffixForms(w, suf string) []string {
	n := len(w)
	if n < 2 {
		return []string{w + suf}
	}
	last, prev := w[n-1], w[n-2]
	switch {
	case suf == "ing" && strings.HasSuffix(w, "ie"):
		return []string{w[:n-2] + "ying"}
	case last == 'e' && suf != "ing":
		return []string{w + suf[1:]}
	case last == 'e' && (prev == 'e' || prev == 'y' || prev == 'o'):
		return []string{w + suf}
	case last == 'e':
		return []string{w[:n-1] + suf}
	case last == 'y' && !isVowel(prev) && suf != "ing":
		return []string{w[:n-1] + "i" + suf}
	case !isVowel(last) && isVowel(prev) && strings.IndexByte("wxy", last) < 0 &&
		(n < 3 || !isVowel(w[n-3])):
		return []string{w + suf, w + string(last) + suf}
	}
	return []string{w + suf}
}

// LexiconLemmas returns the words of lex that are lemmas (a noun, verb,
// adjective or adverb of WordNet's), sorted, for lemma.TrainOptions.
func LexiconLemmas(lex map[string]uint16) []string {
	var out []string
	for w, c := range lex {
		if c&(LexNoun|LexVerb|LexAdj|LexAdv) != 0 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// LexiconPOS returns the parts of speech of a lemma's lexicon classes c
// as letters, in the order n v a r (noun, verb, adjective, adverb), the
// way lemma.KnownLemma gives them.
func LexiconPOS(c uint16) string {
	var b []byte
	for _, p := range []struct {
		bit uint16
		pos byte
	}{{LexNoun, 'n'}, {LexVerb, 'v'}, {LexAdj, 'a'}, {LexAdv, 'r'}} {
		if c&p.bit != 0 {
			b = append(b, p.pos)
		}
	}
	return string(b)
}
