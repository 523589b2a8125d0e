package triples

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract/nlp"
)

// Confidences of CaRB extractions by construction.
const (
	carbVerbObj   = 0.90 // subject + verb + object
	carbVerbObl   = 0.85 // subject + verb + prepositional argument
	carbVerbClaus = 0.75 // subject + verb + that-clause
	carbCopula    = 0.80 // subject + be + predicate
	carbInherited = 0.85 // factor: subject taken from a governing clause
	carbAppos     = 0.55 // X , the N  →  X be the N
	carbIntrans   = 0.45 // subject + verb, no complement
	carbTitle     = 0.45 // President Bush  →  Bush is President
	carbPossess   = 0.45 // X 's Y  →  X has Y
)

// Long arguments are less often right: past carbLongArgs words in all,
// each word lowers the confidence by carbLongPenalty (relative).
var (
	carbLongArgs    = 20
	carbLongPenalty = 0.005
)

// ExtractCaRB returns n-ary Open IE extractions for one parsed sentence,
// with noun-phrase arguments made of the sentence's own tokens, for CaRB.
// The relation holds the verb with its auxiliaries, negation and
// particles, plus the preposition of its first oblique when the verb has
// no object ("taught at"); arguments are the subject, the object or first
// oblique, then further obliques with their prepositions.
func ExtractCaRB(s *nlp.Sentence) []CaRBTuple {
	if len(s.Tokens) == 0 || s.Tokens[0].Head < 0 {
		return nil
	}
	x := &extractor{doc: []nlp.Sentence{*s}, opts: Options{All: true}}
	x.si = 0
	x.toks = s.Tokens
	x.children = s.Children()
	var out []CaRBTuple
	for v := range x.toks {
		t := &x.toks[v]
		switch {
		case t.UPOS == "VERB" && t.Deprel != "amod" && t.Deprel != "compound" && !x.hasChild(v, "cop"):
			out = append(out, x.carbVerb(v)...)
		case x.hasChild(v, "cop"):
			out = append(out, x.carbCopula(v)...)
		}
		out = append(out, x.carbNominal(v)...)
		if t.Deprel == "appos" && isNominal(t.UPOS) {
			if h := x.head(v); h >= 0 && isNominal(x.toks[h].UPOS) {
				out = append(out, CaRBTuple{Relation: "is", Args: []string{x.carbPhrase(h), x.carbPhrase(v)}, Confidence: carbAppos})
			}
		}
	}
	return dedupeCaRB(out)
}

// carbSkip are dependents left out of argument phrases.
var carbSkip = map[string]bool{
	"acl:relcl": true, "appos": false, "parataxis": true, "advcl": true, "punct": false,
	"dep": true, "discourse": true, "vocative": true, "reparandum": true,
}

// carbPhrase is the words of i's subtree without relative and adverbial
// clauses, trimmed of edge punctuation.
func (x *extractor) carbPhrase(i int) string {
	return x.words(x.subtree(i, carbSkip))
}

// carbPhraseNoCase is carbPhrase without the leading case marker.
func (x *extractor) carbPhraseNoCase(i int) (prep string, phrase string) {
	idx := x.subtree(i, carbSkip)
	var cs []int
	for _, c := range x.children[i] {
		if x.toks[c].Deprel == "case" || x.toks[c].Deprel == "mark" {
			cs = append(cs, c)
			for _, f := range x.children[c] {
				if x.toks[f].Deprel == "fixed" {
					cs = append(cs, f)
				}
			}
		}
	}
	if len(cs) == 0 {
		return "", x.words(idx)
	}
	drop := map[int]bool{}
	var pw []string
	sort.Ints(cs)
	for _, c := range cs {
		if c < i {
			drop[c] = true
			pw = append(pw, x.toks[c].Text)
		}
	}
	var rest []int
	for _, k := range idx {
		if !drop[k] {
			rest = append(rest, k)
		}
	}
	return strings.Join(pw, " "), x.words(rest)
}

// carbSubject returns the subject phrases of v (one per conjunct),
// following coordination, control and relative clauses.
func (x *extractor) carbSubject(v, depth int) ([]string, float64) {
	for _, c := range x.children[v] {
		if strings.HasPrefix(x.toks[c].Deprel, "nsubj") || strings.HasPrefix(x.toks[c].Deprel, "csubj") {
			if relPronouns[strings.ToLower(x.toks[c].Text)] && (x.toks[c].XPOS == "WP" || x.toks[c].XPOS == "WDT") {
				if h := x.head(v); h >= 0 && isNominal(x.toks[h].UPOS) {
					return x.carbSplitExcept(h, true, v), 0.95
				}
			}
			return x.carbSplit(c, false), 1
		}
	}
	if depth > 3 {
		return nil, 0
	}
	h := x.head(v)
	if h < 0 {
		return nil, 0
	}
	switch x.toks[v].Deprel {
	case "conj", "xcomp", "advcl":
		if x.toks[v].Deprel == "xcomp" {
			if o := x.child(h, "obj"); o >= 0 {
				return x.carbSplitExcept(o, false, v), carbInherited
			}
		}
		s, f := x.carbSubject(h, depth+1)
		return s, f * carbInherited
	case "acl", "acl:relcl", "advcl:relcl":
		if isNominal(x.toks[h].UPOS) {
			return x.carbSplitExcept(h, true, v), carbInherited
		}
	}
	return nil, 0
}

// carbRel returns the relation words of predicate v: auxiliaries,
// negation and adverbs between them, the verb, particles.
func (x *extractor) carbRel(v int) []int {
	idx := []int{v}
	for _, c := range x.children[v] {
		d := x.toks[c].Deprel
		switch {
		case d == "aux" || d == "aux:pass" || d == "cop" || d == "compound:prt":
			idx = append(idx, c)
		case d == "advmod" && negAdverbs[x.lemma(c)]:
			idx = append(idx, c)
		}
	}
	sort.Ints(idx)
	return idx
}

func (x *extractor) carbVerb(v int) []CaRBTuple {
	subjs, sf := x.carbSubject(v, 0)
	if len(subjs) == 0 {
		return nil
	}
	subj := subjs[0]
	relIdx := x.carbRel(v)
	var objs []string
	type oblArg struct {
		prep, np string
		tok      int
	}
	var obls []oblArg
	var clause string
	var clauseMark string
	var objSplit []string
	for _, c := range x.children[v] {
		d := x.toks[c].Deprel
		switch {
		case d == "obj" || d == "iobj" || (d == "xcomp" && x.toks[c].UPOS != "VERB"):
			if d == "obj" && objSplit == nil {
				objSplit = x.carbSplit(c, false)
			}
			objs = append(objs, x.carbPhrase(c))
		case d == "obl" || d == "obl:agent" || d == "obl:unmarked" || d == "obl:tmod" || d == "obl:npmod":
			p, np := x.carbPhraseNoCase(c)
			obls = append(obls, oblArg{p, np, c})
		case d == "ccomp":
			m, cl := x.carbPhraseNoCase(c)
			clause, clauseMark = cl, m
		case d == "xcomp" && x.toks[c].UPOS == "VERB":
			// "wants to leave": the complement clause as argument
			m, cl := x.carbPhraseNoCase(c)
			clause, clauseMark = cl, m
		}
	}
	rel := x.words(relIdx)
	var args []string
	conf := carbIntrans
	switch {
	case len(objs) > 0:
		args = append(args, subj, objs[0])
		args = append(args, objs[1:]...)
		for _, o := range obls {
			args = append(args, strings.TrimSpace(o.prep+" "+o.np))
		}
		conf = carbVerbObj
	case len(obls) > 0:
		first := obls[0]
		// prefer a real prepositional argument over a bare temporal one
		for _, o := range obls {
			if o.prep != "" {
				first = o
				break
			}
		}
		rel = strings.TrimSpace(rel + " " + first.prep)
		args = append(args, subj, first.np)
		for _, o := range obls {
			if o.tok != first.tok {
				args = append(args, strings.TrimSpace(o.prep+" "+o.np))
			}
		}
		conf = carbVerbObl
	case clause != "":
		rel = strings.TrimSpace(rel + " " + clauseMark)
		args = append(args, subj, clause)
		conf = carbVerbClaus
	default:
		return nil
	}
	if clause != "" && len(objs) > 0 {
		args = append(args, strings.TrimSpace(clauseMark+" "+clause))
	}
	conf *= sf
	// long arguments are less often right
	n := 0
	for _, a := range args {
		n += len(strings.Fields(a))
	}
	if n > carbLongArgs {
		conf *= 1 - carbLongPenalty*float64(n-carbLongArgs)
		if conf < 0.3 {
			conf = 0.3
		}
	}
	conf = round3(conf)
	// one tuple per coordinated subject and object: CaRB's gold splits
	// "A and B met C" into A met C, B met C
	var out []CaRBTuple
	arg2s := []string{args[1]}
	if len(objs) > 0 && len(objSplit) > 1 && len(objs) == 1 {
		arg2s = objSplit
	}
	// (splitting subjects too scored lower on dev: 0.487 against 0.489)
	for _, s := range subjs[:1] {
		for _, o := range arg2s {
			a := append([]string{s, o}, args[2:]...)
			out = append(out, CaRBTuple{Relation: rel, Args: a, Confidence: conf})
		}
	}
	return out
}

func (x *extractor) carbCopula(p int) []CaRBTuple {
	subjs, sf := x.carbSubject(p, 0)
	if len(subjs) == 0 {
		return nil
	}
	var relIdx []int
	for _, c := range x.children[p] {
		d := x.toks[c].Deprel
		if d == "cop" || d == "aux" || (d == "advmod" && negAdverbs[x.lemma(c)]) {
			relIdx = append(relIdx, c)
		}
	}
	sort.Ints(relIdx)
	// the predicate without its subject, copula, auxiliaries, clauses
	skip := map[int]bool{}
	for _, c := range x.children[p] {
		d := x.toks[c].Deprel
		if strings.HasPrefix(d, "nsubj") || strings.HasPrefix(d, "csubj") || d == "cop" || d == "aux" || d == "mark" ||
			d == "advcl" || d == "parataxis" || d == "conj" || d == "cc" || d == "acl:relcl" || d == "ccomp" ||
			(d == "advmod" && negAdverbs[x.lemma(c)]) || d == "punct" {
			for _, k := range x.subtree(c, nil) {
				skip[k] = true
			}
			skip[c] = true
		}
	}
	var idx []int
	for _, k := range x.subtree(p, carbSkip) {
		if !skip[k] {
			idx = append(idx, k)
		}
	}
	pred := x.words(idx)
	if pred == "" {
		return nil
	}
	var out []CaRBTuple
	for _, s := range subjs {
		out = append(out, CaRBTuple{Relation: x.words(relIdx), Args: []string{s, pred}, Confidence: round3(carbCopula * sf)})
	}
	return out
}

func dedupeCaRB(ts []CaRBTuple) []CaRBTuple {
	seen := map[string]bool{}
	out := ts[:0]
	for _, t := range ts {
		if t.Relation == "" || len(t.Args) < 2 || t.Args[0] == "" || t.Args[1] == "" {
			continue
		}
		k := t.Relation + "\x00" + strings.Join(t.Args, "\x00")
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}

// carbNominal extracts the facts noun phrases state: a common-noun title
// before a name ("President Bush" → Bush is President) and a possessor
// ("Connecticut 's school" → Connecticut has school).
func (x *extractor) carbNominal(n int) []CaRBTuple {
	t := &x.toks[n]
	var out []CaRBTuple
	if t.UPOS == "PROPN" {
		var title []int
		for _, c := range x.children[n] {
			d := x.toks[c].Deprel
			if c < n && (d == "compound" || d == "nmod:desc") && x.toks[c].UPOS == "NOUN" {
				title = append(title, x.subtree(c, nil)...)
			}
		}
		if len(title) > 0 {
			drop := map[int]bool{}
			for _, k := range title {
				drop[k] = true
			}
			var name []int
			for _, k := range x.subtree(n, carbSkip) {
				if !drop[k] && x.toks[k].Deprel != "det" && (k >= n || x.toks[k].UPOS == "PROPN") {
					name = append(name, k)
				}
			}
			sort.Ints(title)
			out = append(out, CaRBTuple{Relation: "is", Args: []string{x.words(name), x.words(title)}, Confidence: carbTitle})
		}
	}
	if isNominal(t.UPOS) {
		for _, c := range x.children[n] {
			if x.toks[c].Deprel != "nmod:poss" || x.toks[c].UPOS == "PRON" {
				continue
			}
			owner := x.subtree(c, carbSkip)
			drop := map[int]bool{}
			for _, k := range owner {
				drop[k] = true
			}
			var owned []int
			for _, k := range x.subtree(n, carbSkip) {
				if !drop[k] && !(k < n && x.toks[k].Deprel == "det") && x.toks[k].UPOS != "PART" {
					owned = append(owned, k)
				}
			}
			var ow []int
			for _, k := range owner {
				if x.toks[k].Deprel != "case" || x.head(k) != c {
					ow = append(ow, k)
				}
			}
			out = append(out, CaRBTuple{Relation: "has", Args: []string{x.words(ow), x.words(owned)}, Confidence: carbPossess})
		}
	}
	return out
}

// TokenizedSentence makes an unparsed sentence from an already tokenised
// line (tokens separated by spaces, as in CaRB's input): each token keeps
// its byte offsets in line, and the sentence text is line itself.
func TokenizedSentence(line string) nlp.Sentence {
	s := nlp.Sentence{Text: line, End: len(line)}
	i := 0
	for i < len(line) {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if j > i {
			s.Tokens = append(s.Tokens, nlp.Token{Text: line[i:j], Start: i, End: j, Head: -1, SpaceAfter: j < len(line)})
		}
		i = j
	}
	return s
}

// carbSplit returns the phrases of i and of each nominal conjunct of i,
// each without the others: "John Buchan and Ken Follett" → "John Buchan",
// "Ken Follett". A phrase without conjuncts is returned alone.
func (x *extractor) carbSplit(i int, dropCase bool) []string {
	return x.carbSplitExcept(i, dropCase, -1)
}

// carbSplitExcept is carbSplit leaving out the subtree of token except
// (the clause whose antecedent i is).
func (x *extractor) carbSplitExcept(i int, dropCase bool, except int) []string {
	var conj []int
	for _, c := range x.children[i] {
		if x.toks[c].Deprel == "conj" && isNominal(x.toks[c].UPOS) && isNominal(x.toks[i].UPOS) {
			conj = append(conj, c)
		}
	}
	phrase := func(h int, skipConj bool) string {
		skip := map[string]bool{}
		for k, v := range carbSkip {
			skip[k] = v
		}
		if skipConj {
			skip["conj"] = true
			skip["cc"] = true
		}
		idx := x.subtree(h, skip)
		var drop map[int]bool
		if except >= 0 {
			drop = map[int]bool{}
			for _, k := range x.subtree(except, nil) {
				drop[k] = true
			}
		}
		var out []int
		for _, k := range idx {
			if drop[k] {
				continue
			}
			d := x.toks[k].Deprel
			if d == "cc" && x.head(k) == h {
				continue
			}
			if dropCase && (d == "case" || d == "mark") && x.head(k) == h && k < h {
				continue
			}
			out = append(out, k)
		}
		return x.words(out)
	}
	if len(conj) == 0 {
		return []string{phrase(i, false)}
	}
	out := []string{phrase(i, true)}
	for _, c := range conj {
		out = append(out, phrase(c, true))
	}
	return out
}
