package lemma

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// Defaults of TrainOptions, chosen on EWT dev.
const (
	DefaultMaxSuffix      = 7 // longest word ending (in runes) a rule is learned for
	DefaultMinSuffixCount = 2 // word types that must share an ending and rule
)

// TrainOptions control Train. The zero value means the defaults above.
type TrainOptions struct {
	MaxSuffix      int
	MinSuffixCount int
	// Lemmas are further known lemmas (lower-cased), such as a
	// dictionary's headwords: an unseen form takes the rule of its
	// longest ending that makes a known lemma, of its tag's word class
	// if one does.
	Lemmas []KnownLemma
	// Irregular are inflected forms no rule makes, with their lemmas, as
	// a dictionary's exception lists give them ("fled" flee, "theses"
	// thesis). A form seen in training keeps what training says; an
	// unseen one tagged as such an inflection (see irregularTags) takes
	// the lemma, unless the list gives it two for its part of speech.
	Irregular []Irregular
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) setDefaults() {
	if o.MaxSuffix <= 0 {
		o.MaxSuffix = DefaultMaxSuffix
	}
	if o.MinSuffixCount <= 0 {
		o.MinSuffixCount = DefaultMinSuffixCount
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// KnownLemma is a dictionary's headword and its parts of speech: any of
// 'n' noun, 'v' verb, 'a' adjective, 'r' adverb ("" for none known).
type KnownLemma struct {
	Word string
	POS  string
}

// posClass is the word class of a part of speech of KnownLemma.
func posClass(p byte) uint8 {
	switch p {
	case 'n':
		return classNoun
	case 'v':
		return classVerb
	case 'a':
		return classAdj
	case 'r':
		return classAdv
	}
	return classOther
}

// Irregular is an inflected form (lower-cased) and its lemma for a part
// of speech: 'n' noun, 'v' verb, 'a' adjective, 'r' adverb.
type Irregular struct {
	Form  string
	POS   byte
	Lemma string
}

// irregularTags are the Penn tags of the inflections an irregular form of
// each part of speech can be: a verb's listed form is its past, participle,
// -ing or -s form, never its base (a base form is its own lemma).
var irregularTags = map[byte][]string{
	'n': {"NNS"},
	'v': {"VBD", "VBN", "VBG", "VBZ"},
	'a': {"JJR", "JJS"},
	'r': {"RBR", "RBS"},
}

// irregularLemmas returns the lemma of each (form, tag) pair the list irr
// settles: one lemma for the form's part of speech, a tag of l's.
func (l *Lemmatizer) irregularLemmas(irr []Irregular) map[formTag]string {
	type formPOS struct {
		form string
		pos  byte
	}
	lemmas := map[formPOS][]string{}
	for _, x := range irr {
		k := formPOS{x.Form, x.POS}
		if !slices.Contains(lemmas[k], x.Lemma) {
			lemmas[k] = append(lemmas[k], x.Lemma)
		}
	}
	out := map[formTag]string{}
	for k, ls := range lemmas {
		if len(ls) != 1 {
			continue
		}
		for _, x := range irregularTags[k.pos] {
			if tag, ok := l.xid[x]; ok {
				out[formTag{k.form, tag}] = ls[0]
			}
		}
	}
	return out
}

// ErrNoData is returned by Train when no token has a lemma and a tag.
var ErrNoData = errors.New("no lemmatised training tokens")

// deriveRule returns the shortest rule that turns form into lemma, from the
// form as written, lower-cased or title-cased. Ties go to lower-casing,
// except for proper nouns and addresses, which keep their case.
func deriveRule(form, lemma, xpos string) Rule {
	cands := [3]Rule{
		ruleFrom(form, lemma, Keep),
		ruleFrom(string(appendLower(nil, form)), lemma, Lower),
		ruleFrom(string(appendTitle(nil, form)), lemma, Title),
	}
	order := [3]int{1, 0, 2}
	switch xpos {
	case "NNP", "NNPS", "ADD":
		// Names and addresses keep their case; a name written in lower
		// case keeps it more often than not in EWT (307 to 128 in train).
		order = [3]int{0, 2, 1}
	}
	best := cands[order[0]]
	for _, i := range order[1:] {
		if c := cands[i]; c.Strip+len(c.Add) < best.Strip+len(best.Add) {
			best = c
		}
	}
	return best
}

func ruleFrom(form, lemma string, c Case) Rule {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(form) && !utf8.RuneStart(form[p]) {
		p--
	}
	return Rule{Case: c, Strip: len(form) - p, Add: lemma[p:]}
}

func ruleLess(a, b Rule) bool {
	if a.Case != b.Case {
		return a.Case < b.Case
	}
	if a.Strip != b.Strip {
		return a.Strip < b.Strip
	}
	return a.Add < b.Add
}

// commonTags are the Penn tags of words whose lemmas the suffix rules
// may aim at: open and closed classes, not names, addresses or foreign
// words.
var commonTags = map[string]bool{
	"NN": true, "NNS": true, "VB": true, "VBD": true, "VBG": true, "VBN": true, "VBP": true, "VBZ": true,
	"JJ": true, "JJR": true, "JJS": true, "RB": true, "RBR": true, "RBS": true, "IN": true, "RP": true,
	"DT": true, "PRP": true, "CC": true, "MD": true, "UH": true, "CD": true, "WDT": true, "WP": true, "WRB": true,
}

type formTag struct {
	form string
	tag  int
}

// Train learns a lemmatiser from sentences with gold XPOS and lemmas: a
// dictionary of seen (form, tag) pairs and suffix rules per tag for the
// rest. The result depends only on its inputs.
func Train(ctx context.Context, train []nlp.Sentence, opts TrainOptions) (*Lemmatizer, error) {
	opts.setDefaults()
	l := &Lemmatizer{xid: map[string]int{}, maxSuf: opts.MaxSuffix}
	for i := range train {
		for _, t := range train[i].Tokens {
			if t.XPOS != "" && t.Lemma != "" {
				if _, ok := l.xid[t.XPOS]; !ok {
					l.xid[t.XPOS] = 0
					l.xpos = append(l.xpos, t.XPOS)
				}
			}
		}
	}
	if len(l.xpos) == 0 {
		return nil, ErrNoData
	}
	sort.Strings(l.xpos)
	for i, x := range l.xpos {
		l.xid[x] = i
		l.class = append(l.class, tagClass(x))
	}

	exact := map[formTag]map[string]int{}
	lower := map[formTag]map[Rule]int{}
	lowerLemma := map[formTag]map[string]int{} // lemmas per lower-cased form
	for i := range train {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, t := range train[i].Tokens {
			if t.XPOS == "" || t.Lemma == "" {
				continue
			}
			tag := l.xid[t.XPOS]
			k := formTag{t.Text, tag}
			if exact[k] == nil {
				exact[k] = map[string]int{}
			}
			exact[k][t.Lemma]++
			lk := formTag{string(appendLower(nil, t.Text)), tag}
			if lower[lk] == nil {
				lower[lk] = map[Rule]int{}
			}
			lower[lk][deriveRule(t.Text, t.Lemma, t.XPOS)]++
			if lowerLemma[lk] == nil {
				lowerLemma[lk] = map[string]int{}
			}
			lowerLemma[lk][t.Lemma]++
		}
	}

	// Intern rules in sorted order.
	ruleSet := map[Rule]bool{}
	for _, m := range lower {
		for r := range m {
			ruleSet[r] = true
		}
	}
	for r := range ruleSet {
		l.rules = append(l.rules, r)
	}
	sort.Slice(l.rules, func(i, j int) bool { return ruleLess(l.rules[i], l.rules[j]) })
	ruleID := map[Rule]int32{}
	for i, r := range l.rules {
		ruleID[r] = int32(i)
	}

	// Dictionary of lower-cased forms: the most frequent rule.
	lowerKeys := sortedKeys(lower)
	bestRule := map[formTag]Rule{}
	for _, k := range lowerKeys {
		bestRule[k] = best(lower[k], ruleLess)
	}

	// Suffix rules from word types, for unseen words.
	type sufKey struct {
		suffix string
		n, tag int
	}
	sufCount := map[sufKey]map[Rule]int{}
	for _, k := range lowerKeys {
		r := bestRule[k]
		n := utf8.RuneCountInString(k.form)
		end := len(k.form)
		for j := 1; j <= min(n, opts.MaxSuffix); j++ {
			_, sz := utf8.DecodeLastRuneInString(k.form[:end])
			end -= sz
			if r.Strip > len(k.form)-end {
				continue
			}
			sk := sufKey{k.form[end:], j, k.tag}
			if sufCount[sk] == nil {
				sufCount[sk] = map[Rule]int{}
			}
			sufCount[sk][r]++
		}
	}
	var nsuf int
	l.suffix = hashtab.New(len(sufCount))
	for sk, m := range sufCount {
		r := best(m, ruleLess)
		if m[r] >= opts.MinSuffixCount {
			l.suffix.Put(hashSuffix(sk.suffix, sk.n, sk.tag), ruleID[r])
			nsuf++
		}
	}

	// Irregular forms training never saw with their tag.
	irregular := l.irregularLemmas(opts.Irregular)
	for k := range irregular {
		if _, seen := lower[k]; seen {
			delete(irregular, k)
		}
	}
	l.lower = hashtab.New(len(lowerKeys) + len(irregular))
	lemmaIdx := map[string]int32{}
	intern := func(s string) int32 {
		if i, ok := lemmaIdx[s]; ok {
			return i
		}
		l.lemmas = append(l.lemmas, s)
		lemmaIdx[s] = int32(len(l.lemmas) - 1)
		return lemmaIdx[s]
	}
	for _, k := range lowerKeys {
		r := bestRule[k]
		if r.Case != Lower {
			l.lower.Put(hashLower(k.form, k.tag), ruleID[r])
			continue
		}
		lem, buf, direct := apply(r, k.form, nil)
		if !direct {
			lem = string(buf)
		}
		l.lower.Put(hashLower(k.form, k.tag), lemmaFlag+intern(lem))
	}
	for _, k := range sortedKeys(irregular) {
		l.lower.Put(hashLower(k.form, k.tag), lemmaFlag+intern(irregular[k]))
	}
	// Lemmas for forms written in capitals (headlines, shouting), where the
	// rule of a case-keeping form would keep the capitals: EWT writes
	// GOD and GOODWYN as God and Goodwyn. Only forms whose rule keeps case.
	var capsEntries []exactEntry
	for _, k := range lowerKeys {
		if bestRule[k].Case != Lower {
			lem := best(lowerLemma[k], func(a, b string) bool { return a < b })
			capsEntries = append(capsEntries, exactEntry{hashLower(k.form, k.tag), intern(lem)})
		}
	}
	l.caps = hashtab.New(len(capsEntries))
	for _, e := range capsEntries {
		l.caps.Put(e.h, e.i)
	}
	// Exact forms whose lemma the lower-case dictionary gets wrong.
	var exactEntries []exactEntry
	for _, k := range sortedKeys(exact) {
		want := best(exact[k], func(a, b string) bool { return a < b })
		r := bestRule[formTag{string(appendLower(nil, k.form)), k.tag}]
		got, buf, direct := apply(r, k.form, nil)
		if !direct {
			got = string(buf)
		}
		if got != want {
			exactEntries = append(exactEntries, exactEntry{hashExact(k.form, k.tag), intern(want)})
		}
	}
	l.exact = hashtab.New(len(exactEntries))
	for _, e := range exactEntries {
		l.exact.Put(e.h, e.i)
	}
	// Lemmas seen in training, lower-cased, with the word classes of their
	// tags: the suffix rules prefer a rule that makes one of them, of the
	// class of the form's tag if one does.
	knownSet := map[uint64]uint8{}
	for k, m := range exact {
		x := l.xpos[k.tag]
		if !commonTags[x] {
			continue // names and addresses: "Tim" is no lemma of "timed"
		}
		c := l.class[k.tag]
		if c == 0 {
			c = classOther
		}
		for lem := range m {
			knownSet[hashWord(appendLower(nil, lem))] |= c
		}
	}
	for _, kl := range opts.Lemmas {
		c := classOther
		if kl.POS != "" {
			c = 0
			for _, p := range []byte(kl.POS) {
				c |= posClass(p)
			}
		}
		knownSet[hashWord(appendLower(nil, kl.Word))] |= c
	}
	l.known = hashtab.New(len(knownSet))
	for h, c := range knownSet {
		l.known.Put(h, int32(c))
	}
	fmt.Fprintf(opts.Log, "lemma: %d tags, %d rules, %d forms, %d irregular forms, %d exact exceptions, %d suffix rules, %d known lemmas\n",
		len(l.xpos), len(l.rules), len(lowerKeys), len(irregular), len(exactEntries), nsuf, len(knownSet))
	return l, nil
}

type exactEntry struct {
	h uint64
	i int32
}

func sortedKeys[V any](m map[formTag]V) []formTag {
	keys := make([]formTag, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].form != keys[j].form {
			return keys[i].form < keys[j].form
		}
		return keys[i].tag < keys[j].tag
	})
	return keys
}

// best returns the key with the highest count, ties to the smallest key.
func best[K comparable](m map[K]int, less func(a, b K) bool) K {
	var bk K
	bc := -1
	for k, c := range m {
		if c > bc || c == bc && less(k, bk) {
			bk, bc = k, c
		}
	}
	return bk
}
