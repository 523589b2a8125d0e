package triples

import (
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/nlp"
)

// Options control Extract. The zero value gives graph triples: entity
// arguments only, every confidence.
type Options struct {
	// All also emits triples whose arguments are plain noun phrases.
	All bool
	// MinConfidence drops triples below this confidence.
	MinConfidence float64
}

// Base confidences per construction, before argument factors. They were set
// so that the ordering matches the precision we observed on the gold
// sentences in testdata: direct verb arguments are the most reliable,
// folded and nominal constructions the least.
const (
	confSVO       = 0.90 // subject–verb–object
	confPassive   = 0.85 // passive with a by-agent
	confSpeech    = 0.90 // X told Y
	confLight     = 0.85 // held a meeting with X → meet
	confRole      = 0.85 // LNA spokesman X → spokesman of
	confOblique   = 0.75 // verb + preposition + X
	confFolded    = 0.70 // verb + noun (+ preposition) + X
	confCopula    = 0.70 // X is the capital of Y
	confNominal   = 0.65 // X's visit to Y
	confPassiveNo = 0.60 // X was based in Y (no agent)
)

// Argument factors by how the argument refers to its entity.
var kindFactor = map[entities.Kind]float64{
	entities.KindName:    1.0,
	entities.KindDemonym: 0.85,
	entities.KindNominal: 0.85,
	entities.KindPronoun: 0.8,
}

// Extract returns the triples stated by the sentences of one article. doc
// must be parsed (Head, Deprel, Lemma) and ents made by entities.Resolve
// over the same sentences; art gives the article id, text offsets and the
// date relative dates are resolved against.
func Extract(doc []nlp.Sentence, ents *entities.Doc, art extract.Article, opts Options) []extract.Triple {
	x := &extractor{doc: doc, ents: ents, art: art, opts: opts}
	x.ref, _ = ParseArticleDate(art.Date)
	x.quoteSpeakers()
	for si := range doc {
		if len(doc[si].Tokens) == 0 || doc[si].Tokens[0].Head < 0 {
			continue // unparsed
		}
		x.sentence(si)
	}
	out := dedupe(x.out)
	kept := out[:0]
	for _, t := range out {
		if t.Confidence >= opts.MinConfidence {
			kept = append(kept, t)
		}
	}
	return kept
}

type extractor struct {
	doc  []nlp.Sentence
	ents *entities.Doc
	art  extract.Article
	opts Options
	ref  time.Time
	out  []extract.Triple

	// per sentence
	si         int
	toks       []nlp.Token
	children   [][]int
	reporter   []string  // per token: speaker of the reported speech it is in
	speakerEnt []int     // per token: the speaker's entity, -1 for none
	stative    bool      // emitting roles or states: no event date
	quoted     []speaker // per sentence: speaker of a multi-sentence quotation
}

// arg is one argument of a triple.
type arg struct {
	tok    int
	ent    int // entity index, -1 for a noun phrase
	text   string
	typ    string
	factor float64
	pre    string // words folded into the relation before the preposition ("assistance of")
}

func (x *extractor) sentence(si int) {
	x.si = si
	s := &x.doc[si]
	x.toks = s.Tokens
	x.children = s.Children()
	x.reporter = make([]string, len(x.toks))
	x.speakerEnt = make([]int, len(x.toks))
	for i := range x.speakerEnt {
		x.speakerEnt[i] = -1
	}
	x.markReported()
	firstOut := len(x.out)
	if q := x.quoted[si]; q.ent >= 0 {
		// a sentence inside a quotation whose speaker a later sentence
		// names
		for i := range x.reporter {
			if x.reporter[i] == "" {
				x.reporter[i], x.speakerEnt[i] = q.name, q.ent
			}
		}
	}
	for v := range x.toks {
		t := &x.toks[v]
		switch {
		case t.UPOS == "VERB" && t.Deprel != "amod" && t.Deprel != "compound" && !x.likelyNoun(v):
			x.verb(v)
		case t.UPOS == "VERB" && t.Deprel == "amod" && x.head(v) > v && x.subjectBefore(v):
			x.verbWith(v, x.head(v))
		case x.hasChild(v, "cop") && (t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "ADJ"):
			x.copula(v)
		}
		if t.UPOS == "NOUN" {
			x.nominalEvent(v)
		}
		if t.Deprel == "amod" && t.XPOS == "VBN" {
			n := len(x.out)
			x.basedIn(v)
			if len(x.out) == n && strings.EqualFold(t.Text, "based") {
				x.basedInSurface(v)
			}
		} else if strings.EqualFold(t.Text, "based") {
			x.basedInSurface(v)
		}
	}
	x.roles()
	x.inverseRoles()
	x.locatedIn()
	x.surfaceRoles(firstOut)
}

// locatedIn reads a named organisation or site modified by "in" and a
// named place: "the Sultan Qaboos Grand Mosque in Muscat" → located in
// Muscat, "al-Masirah TV in Yemen" → based in Yemen. Places inside places
// ("the city of Omsk in Siberia") are geography, not news, and left out.
func (x *extractor) locatedIn() {
	for mi := range x.ents.Mentions {
		m := &x.ents.Mentions[mi]
		if m.Sentence != x.si || m.Kind != entities.KindName || m.Entity < 0 {
			continue
		}
		e := x.ents.Entities[m.Entity]
		if e.Type != "ORG" && !(e.Type == "LOC" && facility(e.Name)) {
			continue
		}
		if d := x.toks[m.Head].Deprel; d == "obj" || d == "iobj" {
			// "told Reuters in La Paz": the place is where the verb
			// happened, whatever the parser hung it on
			if h := x.head(m.Head); h >= 0 && x.toks[h].UPOS == "VERB" && !facility(e.Name) {
				continue
			}
		}
		for _, c := range x.children[m.Head] {
			if x.toks[c].Deprel != "nmod" || x.prep(c) != "in" {
				continue
			}
			pm, ok := x.ents.MentionAt(x.si, c)
			if !ok || pm.Entity < 0 || pm.Entity == m.Entity || pm.Kind != entities.KindName || x.ents.Entities[pm.Entity].Type != "LOC" {
				continue
			}
			rel := "located in"
			if e.Type == "ORG" && !facility(e.Name) {
				rel = "based in"
			}
			x.stative = true
			x.emit(x.mentionArg(m, 1), rel, x.mentionArg(pm, 1), confPassiveNo, m.Head, 1)
			x.stative = false
		}
	}
}

// facility reports whether an organisation's name ends with a word for a
// building or site ("Grand Mosque", "Gleneagles Hospital") or holds a
// museum's or a gallery's ("National Museum of Natural Sciences").
func facility(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if facilityHeads[strings.ToLower(name[i+1:])] {
		return true
	}
	// a museum's or a gallery's head may open its name: "National
	// Museum of Natural Sciences"
	for w := range strings.FieldsSeq(name) {
		if w == "Museum" || w == "Gallery" {
			return true
		}
	}
	return false
}

// lemma returns the lower-case lemma of token i.
func (x *extractor) lemma(i int) string {
	t := &x.toks[i]
	if t.Lemma != "" && t.Lemma != "_" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

func (x *extractor) hasChild(i int, rel string) bool {
	for _, c := range x.children[i] {
		if x.toks[c].Deprel == rel {
			return true
		}
	}
	return false
}

func (x *extractor) child(i int, rels ...string) int {
	for _, c := range x.children[i] {
		for _, r := range rels {
			if x.toks[c].Deprel == r {
				return c
			}
		}
	}
	return -1
}

func (x *extractor) head(i int) int {
	h := x.toks[i].Head - 1
	if h < 0 || h >= len(x.toks) {
		return -1
	}
	return h
}

func baseRel(d string) string {
	if i := strings.IndexByte(d, ':'); i >= 0 {
		return d[:i]
	}
	return d
}

// conjuncts returns i and the nominal conjuncts coordinated with it.
func (x *extractor) conjuncts(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		for _, c := range x.children[out[k]] {
			if x.toks[c].Deprel == "conj" && isNominal(x.toks[c].UPOS) {
				// (not a "conjunct" behind a preposition of its own:
				// "to the UN under former president George W. Bush")
				if mp := x.markedPrep(c); mp == "" || mp == x.prep(out[k]) {
					out = append(out, c)
				}
			}
			// "US President Donald Trump and Turkish President Recep
			// Tayyip Erdoğan" parsed as an apposition: a second name
			// whose phrase opens with "and" is a conjunct
			if x.toks[c].Deprel == "appos" && x.toks[c].UPOS == "PROPN" {
				if f := x.leftmost(c); f > out[k] && x.toks[f].UPOS == "CCONJ" && strings.EqualFold(x.toks[f].Text, "and") {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// dominates reports whether token i is in the subtree of token a.
func (x *extractor) dominates(a, i int) bool {
	for depth := 0; i >= 0 && depth < len(x.toks); depth++ {
		if i == a {
			return true
		}
		i = x.head(i)
	}
	return false
}

// leftmost returns the first token of i's subtree.
func (x *extractor) leftmost(i int) int {
	first := i
	for _, c := range x.children[i] {
		if c < first {
			if f := x.leftmost(c); f < first {
				first = f
			}
		}
	}
	return first
}

func isNominal(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "":
		return true
	}
	return false
}

// argsOf resolves the arguments a nominal token (and its conjuncts) stands
// for. object says whether noun heads may fold into the relation
// ("Russia's assistance" → assistance of Russia).
func (x *extractor) argsOf(i int, object bool) []arg {
	var out []arg
	if ex := x.examples(i); len(ex) > 0 {
		// "allies such as Germany", "German firms including Deutsche
		// Bahn, Daimler and Siemens": the named examples stand for the
		// noun
		for _, c := range ex {
			for k, cj := range x.conjuncts(c) {
				if a, ok := x.argOf(cj, false); ok && a.ent >= 0 {
					a.factor *= 0.8
					if k > 0 {
						a.factor *= 0.95
					}
					out = append(out, a)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	conj := x.conjuncts(i)
	if len(conj) >= 2 && x.ownerBefore(conj[0], conj[1]) {
		// "beat [Italy]'s Jasmine Paolini" parsed with the name a
		// conjunct of its owner: the owner is no argument
		conj = conj[1:]
	}
	for k, c := range conj {
		a, ok := x.argOf(c, object)
		if !ok {
			continue
		}
		if k > 0 {
			a.factor *= 0.95
		}
		out = append(out, a)
	}
	return out
}

// ownerBefore reports whether token i, with a possessive "'s" of its own
// right before the phrase of token c, owns c rather than is listed with it.
func (x *extractor) ownerBefore(i, c int) bool {
	f := x.leftmost(c)
	if f < 1 || f-1 <= i || x.head(f-1) != i {
		return false
	}
	w := x.toks[f-1].Text
	return x.toks[f-1].Deprel == "case" && (w == "'s" || w == "’s" || w == "'")
}

func (x *extractor) argOf(i int, object bool) (arg, bool) {
	// relative pronoun → the noun the clause modifies
	if relPronouns[strings.ToLower(x.toks[i].Text)] && x.toks[i].UPOS == "PRON" {
		if v := x.clauseHead(i); v >= 0 && baseRel(x.toks[v].Deprel) == "acl" {
			// (a malformed tree may lead back to a relative pronoun)
			if h := x.head(v); h >= 0 && h != i && !relPronouns[strings.ToLower(x.toks[h].Text)] {
				a, ok := x.argOf(h, object)
				a.factor *= 0.9
				return a, ok
			}
		}
	}
	if m, ok := x.ents.MentionAt(x.si, i); ok && m.Entity >= 0 {
		if m.Kind == entities.KindDemonym && demonymArg[baseRel(x.toks[i].Deprel)] {
			// "German Chancellor Olaf Scholz" parsed with the demonym as
			// the head of the argument: the person named after it, not
			// Germany (a demonym modifying a title is the title's
			// country: "French President Emmanuel Macron")
			if a, ok := x.nameInApposition(i); ok {
				return a, true
			}
			if a, ok := x.personAfterTitle(m); ok {
				return a, true
			}
		}
		if m.Kind == entities.KindName && clauseArg[baseRel(x.toks[i].Deprel)] && x.ents.Entities[m.Entity].Type != "PERSON" {
			// so is an organisation's or a place's name before a title
			// and a person's as a clause's subject or object ("U.N.
			// Secretary-General Antonio Guterres urged", parsed with two
			// subjects); not as a conjunct, which may be the person's
			// employer ("United chief executive David Gill and Arsenal
			// vice-chairman David Dein")
			if a, ok := x.personAfterTitle(m); ok {
				return a, true
			}
		}
		e := x.ents.Entities[m.Entity]
		f := kindFactor[m.Kind]
		// The recogniser and the parser disagree when the span is not
		// a subtree: lower confidence.
		if !x.isSubtree(m.Start, m.End) {
			f *= 0.85
		}
		return arg{tok: i, ent: m.Entity, text: e.Name, typ: e.Type, factor: f}, true
	}
	t := &x.toks[i]
	if t.UPOS == "PRON" && x.speakerEnt != nil && x.speakerEnt[i] >= 0 {
		// "I informed John Bolton," Trump wrote: the first person in
		// reported speech is the speaker
		switch strings.ToLower(t.Text) {
		case "i", "me", "my", "myself":
			e := x.ents.Entities[x.speakerEnt[i]]
			return arg{tok: i, ent: x.speakerEnt[i], text: e.Name, typ: e.Type, factor: 0.8}, true
		}
	}
	if ct := entities.ClassNoun(x.lemma(i)); ct != "" && t.UPOS == "NOUN" {
		// "the city of Omsk" is Omsk
		for _, c := range x.children[i] {
			if x.toks[c].Deprel != "nmod" || c < i || x.prep(c) != "of" {
				continue
			}
			if m, ok := x.ents.MentionAt(x.si, c); ok && m.Entity >= 0 && m.Kind == entities.KindName {
				if e := x.ents.Entities[m.Entity]; e.Type == ct {
					return arg{tok: c, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.9}, true
				}
			}
		}
	}
	if t.UPOS == "NOUN" || t.UPOS == "PROPN" {
		if a, ok := x.nameInApposition(i); ok {
			return a, true
		}
	}
	if !object && t.UPOS == "NOUN" && (memberBodies[x.lemma(i)] || (memberNouns[x.lemma(i)] && x.plural(i))) {
		// "Russian generals asked ...", "Iraqi authorities said": people
		// or bodies of a country or organisation act for it (issue #4's
		// affiliation); the argument is the country, less confidently
		for _, c := range x.children[i] {
			d := x.toks[c].Deprel
			if d != "nmod:poss" && d != "amod" && d != "compound" {
				continue
			}
			m, ok := x.ents.MentionAt(x.si, c)
			if !ok || m.Entity < 0 || (m.Kind != entities.KindName && m.Kind != entities.KindDemonym) {
				continue
			}
			e := x.ents.Entities[m.Entity]
			if e.Type != "LOC" && e.Type != "ORG" {
				continue
			}
			return arg{tok: c, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.6 * kindFactor[m.Kind]}, true
		}
	}
	if object && t.UPOS == "NOUN" && !stopNouns[x.lemma(i)] {
		// "Russia's assistance", "Russian assistance": the entity stands
		// for the argument and the noun joins the relation.
		for _, c := range x.children[i] {
			d := x.toks[c].Deprel
			if d != "nmod:poss" && d != "amod" && d != "compound" {
				continue
			}
			m, ok := x.ents.MentionAt(x.si, c)
			if !ok || m.Entity < 0 || (m.Kind != entities.KindName && m.Kind != entities.KindDemonym) {
				continue
			}
			e := x.ents.Entities[m.Entity]
			if d == "compound" {
				// "the Associated Press news agency": a class noun after
				// a name of its type is that name
				if entities.ClassNoun(x.lemma(i)) == e.Type {
					return arg{tok: c, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.9 * kindFactor[m.Kind]}, true
				}
				continue // "the Kashmir groups" is not Kashmir
			}
			if d == "amod" && countryNouns[x.lemma(i)] {
				// "the Middle Eastern nation", "the Gulf state": a
				// country described, not one of the place's
				continue
			}
			return arg{tok: c, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.7 * kindFactor[m.Kind], pre: x.lemma(i) + " of"}, true
		}
	}
	if !x.opts.All {
		return arg{}, false
	}
	if t.UPOS == "PRON" && x.ents != nil {
		return arg{}, false // unresolved pronoun
	}
	return arg{tok: i, ent: -1, text: x.phraseNoCase(i), factor: 0.7}, true
}

// demonymArg are the relations of a demonym parsed as the head of a
// clause's argument rather than a modifier.
var demonymArg = map[string]bool{
	"nsubj": true, "obj": true, "iobj": true, "obl": true, "conj": true, "list": true, "appos": true, "root": true, "nmod": true,
}

// clauseArg are the relations of a clause's subject and objects.
var clauseArg = map[string]bool{"nsubj": true, "obj": true, "iobj": true, "obl": true}

// personAfterTitle returns the person named right after demonym or name
// mention m and the words of a title ("Polish Prime Minister Donald Tusk",
// "South African President Cyril Ramaphosa", "U.N. Secretary-General
// Antonio Guterres"), whatever the parse made of them (the name a
// conjunct or a list item under the demonym, or a second subject).
func (x *extractor) personAfterTitle(m *entities.Mention) (arg, bool) {
	j := m.End
	for j < len(x.toks) && (entities.TitleWord(x.toks[j].Text) ||
		x.toks[j].Text == "-" && j > m.End && j+1 < len(x.toks) && entities.TitleWord(x.toks[j+1].Text)) {
		j++ // ("Secretary - General", split at its hyphen)
	}
	if j == m.End || j >= len(x.toks) {
		return arg{}, false
	}
	p, ok := x.ents.MentionAt(x.si, j)
	if !ok || p.Entity < 0 || p.Kind != entities.KindName || p.Start != j {
		return arg{}, false
	}
	e := x.ents.Entities[p.Entity]
	if e.Type != "PERSON" {
		return arg{}, false
	}
	return arg{tok: j, ent: p.Entity, text: e.Name, typ: e.Type, factor: 0.85}, true
}

// nameInApposition returns the name in apposition to, or run on from,
// the noun at i: "Mr [Howard]" headed by the title, "Iranian airline Mahan
// Air", "Mahan's director, Hamid Arabnejad Khanooki", "German Chancellor
// Olaf Scholz" with the demonym as head; a noun with such a name is that
// name.
func (x *extractor) nameInApposition(i int) (arg, bool) {
	for _, c := range x.children[i] {
		switch x.toks[c].Deprel {
		case "appos", "nmod:unmarked", "nmod:npmod", "flat":
		default:
			continue
		}
		if c < i || x.caseMarked(c) {
			continue // "a conversation with President X": not the noun itself
		}
		// the name, or a name compounded into it ("Mahan Air" with
		// only "Mahan" recognised)
		for _, k := range append([]int{c}, x.children[c]...) {
			if k != c && x.toks[k].Deprel != "compound" && x.toks[k].Deprel != "flat" {
				continue
			}
			if m, ok := x.ents.MentionAt(x.si, k); ok && m.Entity >= 0 && m.Kind == entities.KindName {
				e := x.ents.Entities[m.Entity]
				return arg{tok: k, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.9}, true
			}
		}
	}
	return arg{}, false
}

// phraseNoCase is phrase without the head's own preposition: the
// relation already holds it ("be concentrated in" + "the city").
func (x *extractor) phraseNoCase(i int) string {
	idx := x.subtree(i, map[string]bool{"acl:relcl": true, "appos": true, "parataxis": true, "conj": true, "cc": true, "advcl": true})
	out := idx[:0]
	for _, k := range idx {
		if k < i && x.head(k) == i && (x.toks[k].Deprel == "case" || x.toks[k].Deprel == "mark") {
			continue
		}
		out = append(out, k)
	}
	return x.words(out)
}

// dateLike reports whether the phrase headed by c is a time expression
// ("in late November", "on Monday"), resolvable or not.
func (x *extractor) dateLike(c int) bool {
	idx := x.subtree(c, map[string]bool{"acl:relcl": true, "acl": true, "nmod": true})
	if len(idx) > 8 {
		return false
	}
	for _, k := range idx {
		if isDateWord(x.toks[k].Text) {
			return true
		}
	}
	return false
}

// clauseHead returns the predicate whose dependent token i is.
func (x *extractor) clauseHead(i int) int { return x.head(i) }

// isSubtree reports whether [start, end) has exactly one token whose head
// lies outside it.
func (x *extractor) isSubtree(start, end int) bool {
	n := 0
	for i := start; i < end; i++ {
		h := x.head(i)
		if h < start || h >= end {
			n++
		}
	}
	return n == 1
}

func (x *extractor) subtree(i int, skip map[string]bool) []int {
	var out []int
	seen := make(map[int]bool, 8)
	var walk func(int)
	walk = func(j int) {
		if seen[j] {
			return // a cycle in a malformed parse
		}
		seen[j] = true
		out = append(out, j)
		for _, c := range x.children[j] {
			if skip[x.toks[c].Deprel] {
				continue
			}
			walk(c)
		}
	}
	walk(i)
	sort.Ints(out)
	// trim punctuation at both ends
	for len(out) > 0 && x.toks[out[0]].UPOS == "PUNCT" {
		out = out[1:]
	}
	for len(out) > 0 && x.toks[out[len(out)-1]].UPOS == "PUNCT" {
		out = out[:len(out)-1]
	}
	return out
}

func (x *extractor) words(idx []int) string {
	var b strings.Builder
	for k, i := range idx {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.toks[i].Text)
	}
	return b.String()
}

// prepositional reports whether the subject the parser gave predicate v
// at token c has a preposition of its own after a relative pronoun of v,
// and so is a prepositional phrase it misread, the pronoun being the
// subject: "Iran, which with Russia and Lebanon's Hezbollah had kept
// Assad in power" has no subject "Russia" (but "with Greenspan heading
// the Fed" has one).
func (x *extractor) prepositional(v, c int) bool {
	prep := false
	for _, k := range x.children[c] {
		prep = prep || x.toks[k].Deprel == "case" && x.toks[k].UPOS == "ADP" && k < c
	}
	if !prep {
		return false
	}
	for _, k := range x.children[v] {
		if k < c && x.toks[k].UPOS == "PRON" && relativePronouns[strings.ToLower(x.toks[k].Text)] {
			return true
		}
	}
	return false
}

var relativePronouns = map[string]bool{"which": true, "who": true, "that": true}

// commaSubject reports whether subject c of predicate v is followed, past
// a comma and before v, by another subject of v in a headline (no final
// stop): two clauses joined by a comma, "Syrian rebels seize Damascus,
// Assad flees to Moscow", which the parser read as two subjects of
// "flees". (In a sentence the first is more often right: "Philippe
// Sands, a lawyer, warned".)
func (x *extractor) commaSubject(v, c int) bool {
	if n := len(x.toks); n == 0 || x.toks[n-1].UPOS == "PUNCT" {
		return false
	}
	for _, d := range x.children[v] {
		if d <= c || d > v || !strings.HasPrefix(x.toks[d].Deprel, "nsubj") {
			continue
		}
		comma := false
		for k := c + 1; k < d; k++ {
			switch x.toks[k].Text {
			case ",":
				comma = true
			case "and", "or":
				return false
			}
		}
		return comma
	}
	return false
}

// subjects returns the subjects of predicate v, following coordination,
// control and relative clauses when v has none of its own. passive reports
// whether the subject is a passive one.
func (x *extractor) subjects(v int, depth int) (subj []arg, passive bool) {
	passive = x.hasChild(v, "aux:pass") || x.hasChild(v, "nsubj:pass")
	for _, c := range x.children[v] {
		switch x.toks[c].Deprel {
		case "nsubj", "nsubj:pass", "nsubj:outer":
			if x.prepositional(v, c) || x.commaSubject(v, c) {
				continue
			}
			if isDateWord(x.toks[c].Text) {
				// "Today, Russian opposition leader X was airlifted"
				// parsed with the date as subject and X its apposition
				found := false
				for _, k := range x.children[c] {
					if x.toks[k].Deprel == "appos" {
						for _, a := range x.argsOf(k, false) {
							a.factor *= 0.9
							subj = append(subj, a)
							found = true
						}
					}
				}
				if !found {
					// "on Tuesday Mitsotakis met": the name hangs on the date
					subj = append(subj, x.argsOf(c, false)...)
				}
				continue
			}
			subj = append(subj, x.argsOf(c, false)...)
		}
	}
	if len(subj) > 0 || depth > 3 {
		return subj, passive
	}
	if a, ok := x.nameBefore(v); ok {
		// (also when the parser gave the verb a far "what" for subject:
		// "What we need is the UN to lift the ban")
		return []arg{a}, passive
	}
	for _, c := range x.children[v] {
		if strings.HasPrefix(x.toks[c].Deprel, "nsubj") && !x.prepositional(v, c) || x.toks[c].Deprel == "expl" && strings.EqualFold(x.toks[c].Text, "there") {
			// has a subject, just not one we resolve (or an expletive:
			// "but there have been no sightings of Ferguson" takes no
			// subject from the clause before)
			return nil, passive
		}
	}
	if a, ok := x.nameBefore(v); ok {
		// "NPR reported Abdul-Mahdi, the caretaker Prime Minister,
		// recommended ...": a name right before a finite verb without a
		// subject is its subject, whatever the parser attached it to
		return []arg{a}, passive
	}
	h := x.head(v)
	if h < 0 {
		return nil, passive
	}
	inherit := func(as []arg, f float64) []arg {
		out := make([]arg, len(as))
		for i, a := range as {
			a.factor *= f
			out[i] = a
		}
		return out
	}
	switch x.toks[v].Deprel {
	case "parataxis":
		// "Putin, speaking in Moscow, warned NATO" parsed with the name
		// as the root and the verb beside it: a finite verb after a
		// comma, with no subject of its own, has the name for subject
		switch x.toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
			if x.toks[h].Deprel == "root" && isNominal(x.toks[h].UPOS) && h < v && x.toks[v-1].Text == "," {
				return inherit(x.listedArgs(h), 0.8), passive
			}
		}
	case "conj":
		s, _ := x.subjects(h, depth+1)
		return inherit(s, 0.9), passive
	case "xcomp":
		// object control: "asked X to leave"; else subject control
		if o := x.child(h, "obj"); o >= 0 && x.toks[h].UPOS == "VERB" {
			return inherit(x.argsOf(o, false), 0.85), passive
		}
		s, _ := x.subjects(h, depth+1)
		return inherit(s, 0.9), passive
	case "advcl":
		// "..., adding that ...", "Speaking to X, Y said", "by using":
		// participial clauses without a subject share the main clause's;
		// "accusing Germany of using" does not
		if m := x.child(v, "mark"); m < 0 || sharedSubjectMarks[x.lemma(m)] {
			s, _ := x.subjects(h, depth+1)
			f := 0.85
			if m >= 0 && x.lemma(m) == "to" {
				// a purpose clause states an aim, not a deed, and its
				// attachment is often a guess: "ready to contribute
				// to the process to settle the crisis"
				f = 0.7
			}
			return inherit(s, f), passive
		}
		// a gerund after a preposition that completes the verb
		// shares its subject ("plans on leaving"), or its object if
		// it has one ("congratulated her on winning")
		if m := x.child(v, "mark"); m >= 0 && gerundMarks[x.lemma(m)] && x.toks[v].XPOS == "VBG" && x.toks[h].UPOS == "VERB" {
			if o := x.child(h, "obj"); o >= 0 {
				return inherit(x.argsOf(o, false), 0.8), passive
			}
			s, _ := x.subjects(h, depth+1)
			return inherit(s, 0.8), passive
		}
	case "acl":
		if m := x.child(v, "mark"); m >= 0 && x.lemma(m) == "to" && controlNouns[x.lemma(h)] {
			if s, ok := x.planOwner(h, v, depth); ok {
				return inherit(s, 0.8), passive
			}
		}
		// "militants captured during ...": the noun is the object of a
		// past participle, the subject of a present one; not a gerund
		// after a preposition ("banned the airline from flying": what
		// it says did not happen)
		if m := x.child(v, "mark"); isNominal(x.toks[h].UPOS) && (m < 0 || x.lemma(m) == "to" || x.lemma(m) == "for") {
			a := inherit(x.argsOf(h, false), 0.85)
			if x.toks[v].XPOS == "VBN" && m < 0 && x.child(v, "obj") >= 0 &&
				x.child(v, "aux") < 0 && x.child(v, "aux:pass") < 0 && x.child(v, "obl:agent") < 0 && !x.byAgent(v) {
				// "Yingluck Shinawatra, the sister of Thaksin, fled
				// Thailand": a participle with an object under a name
				// that heads the sentence, or under its apposition, is
				// its verb, the tagger's past tense read as a participle
				// (a participle of a reduced relative takes no object:
				// "a company owned by X")
				switch r := x.head(h); {
				case x.toks[h].Deprel == "root":
					return inherit(x.listedArgs(h), 0.9), passive
				case x.toks[h].Deprel == "appos" && r >= 0 && x.toks[r].Deprel == "root" && x.child(v, "punct") >= 0:
					return inherit(x.listedArgs(r), 0.9), passive
				}
			}
			return a, x.toks[v].XPOS == "VBN" || passive
		}
	}
	return nil, passive
}

// planOwner returns who has the plan, offer or decision h that the
// infinitive v after it carries out, and whether it found one:
//
//   - the name before h that the parser made its compound when h is a
//     verb read as a plural noun ("said IBM plans to use PostScript",
//     "Toyota vows to cut"); a compound before h names nobody otherwise;
//   - h's owner ("Reagan's decision to sell arms to Iran");
//   - its agent ("an attempt by Santa Fe to reopen the merger");
//   - the subject of the verb h is the object of ("Siemens signed an
//     agreement to acquire Alstom", "announced plans to pull out of
//     Iran"), unless that verb judges another's plan ("defended the
//     decision to give Hoddle a contract") or has an indirect object.
func (x *extractor) planOwner(h, v, depth int) ([]arg, bool) {
	if c := x.child(h, "compound"); c >= 0 {
		if c == h-1 && x.toks[h].XPOS == "NNS" && x.toks[c].UPOS == "PROPN" {
			return x.argsOf(c, false), true
		}
		return nil, false
	}
	if o := x.child(h, "nmod:poss"); o >= 0 {
		return x.argsOf(o, false), true
	}
	for _, c := range x.children[h] {
		if x.toks[c].Deprel == "nmod" && c < v && x.prep(c) == "by" {
			return x.argsOf(c, false), true
		}
	}
	if g := x.head(h); g >= 0 && x.toks[h].Deprel == "obj" && x.toks[g].UPOS == "VERB" && x.child(g, "iobj") < 0 && !judgingVerbs[x.lemma(g)] {
		s, _ := x.subjects(g, depth+1)
		return s, true
	}
	return nil, false
}

// listedArgs returns the arguments of nominal n and of its conjuncts
// when each of those is joined by a conjunction, else of n alone: a
// conjunct after a comma or dash in a sentence the parser could not read
// is none ("The Syrian Army - whose commander-in-chief is [Bashar
// al-Assad]conj - entered").
func (x *extractor) listedArgs(n int) []arg {
	for _, c := range x.conjuncts(n)[1:] {
		if x.child(c, "cc") < 0 {
			if a, ok := x.argOf(n, false); ok {
				return []arg{a}
			}
			return nil
		}
	}
	return x.argsOf(n, false)
}

// byAgent reports whether verb v has an oblique with "by" ("flanked by
// ministers"), the agent of a passive, or "by" right after it, wherever
// the parser hung it ("flanked by Trade Minister Boris Aristov").
func (x *extractor) byAgent(v int) bool {
	if v+1 < len(x.toks) && strings.EqualFold(x.toks[v+1].Text, "by") {
		return true
	}
	for _, c := range x.children[v] {
		if strings.HasPrefix(x.toks[c].Deprel, "obl") && x.prep(c) == "by" {
			return true
		}
	}
	return false
}

// prep returns the preposition of an oblique or nominal modifier c,
// multiword ones included ("out of", "according to"), lower case.
func (x *extractor) prep(c int) string {
	for i, k := range x.children[c] {
		if x.toks[k].Deprel == "case" {
			p := x.lemma(k)
			for _, f := range x.children[k] {
				if x.toks[f].Deprel == "fixed" {
					p += " " + x.lemma(f)
				}
			}
			// "out of", "ahead of": "of" right after an adverb the
			// parser also made a case marker ("pulled out of Iran")
			if i+1 < len(x.children[c]) {
				if n := x.children[c][i+1]; n == k+1 && x.toks[n].Deprel == "case" && x.lemma(n) == "of" && ofAdverbs[p] {
					p += " of"
				}
			}
			return p
		}
	}
	return ""
}

// ofAdverbs make a preposition with "of" after them: "out of", "ahead
// of", "inside of".
var ofAdverbs = map[string]bool{"out": true, "ahead": true, "inside": true, "outside": true, "off": true}

// particles returns the verb particles of v ("out", "up").
func (x *extractor) particles(v int) string {
	var ps []string
	for _, c := range x.children[v] {
		if x.toks[c].Deprel == "compound:prt" {
			ps = append(ps, x.lemma(c))
		}
	}
	return strings.Join(ps, " ")
}

// flags computes negation, hedging and reported speech for predicate p.
type flags struct {
	negated, hedged bool
	reportedBy      string
	date            string
}

func (x *extractor) flagsOf(p int) flags {
	var f flags
	f.reportedBy = x.reporter[p]
	cur := p
	// own negation, hedging adverbs and modals; a coordinated verb without
	// its own subject and auxiliaries shares those of the first conjunct
	// ("did not invade Kuwait, endanger Saudi Arabia and ...")
	x.ownFlags(p, &f)
	if x.toks[p].Deprel == "conj" && !x.hasSubject(p) && x.child(p, "aux") < 0 {
		if h := x.head(p); h >= 0 {
			x.ownFlags(h, &f)
			cur = h
		}
	}
	// governors: a negative governor ("denied visiting") negates its
	// clausal complements and what hangs off them; a negated governor
	// negates an infinitival complement ("will not allow troops to be
	// deployed") and makes a that-clause unasserted; hedging governors
	// ("speculate that", "prepared to") make complements hedged
	for depth := 0; depth < 6; depth++ {
		d := x.toks[cur].Deprel
		if d != "xcomp" && d != "ccomp" && d != "csubj" && d != "advcl" {
			break
		}
		g := x.head(cur)
		if g < 0 {
			break
		}
		gl := x.lemma(g)
		if negGovernors[gl] && d != "advcl" {
			f.negated = true
		}
		if hedgeGovernors[gl] && d != "advcl" {
			f.hedged = true
		}
		var gf flags
		x.ownFlags(g, &gf)
		if gf.negated {
			if d == "xcomp" {
				f.negated = true
			} else if d == "ccomp" {
				f.hedged = true
			}
		}
		if gf.hedged && d != "advcl" {
			f.hedged = true
		}
		cur = g
	}
	if x.toks[p].UPOS == "VERB" {
		// infinitival clauses state intentions, needs and plans, not
		// facts: "the decision to liberate Tripoli", "the UN to lift the
		// ban" (except after verbs that imply the event)
		for _, c := range x.children[p] {
			if x.toks[c].Deprel == "mark" && x.lemma(c) == "to" {
				if h := x.head(p); h < 0 || !implicatives[x.lemma(h)] {
					f.hedged = true
				}
			}
		}
	}
	f.date = x.dateOf(p)
	return f
}

// ownFlags sets negation and hedging from p's own dependents.
func (x *extractor) ownFlags(p int, f *flags) {
	for _, c := range x.children[p] {
		t := &x.toks[c]
		l := x.lemma(c)
		switch baseRel(t.Deprel) {
		case "advmod":
			if negAdverbs[l] {
				f.negated = true
			}
			if hedgeAdverbs[l] {
				f.hedged = true
			}
		case "aux":
			if hedgeModals[l] {
				f.hedged = true
			}
		case "mark":
			if l == "if" || l == "unless" || l == "whether" {
				f.hedged = true
			}
		}
	}
}

func (x *extractor) hasSubject(p int) bool {
	for _, c := range x.children[p] {
		if strings.HasPrefix(x.toks[c].Deprel, "nsubj") || strings.HasPrefix(x.toks[c].Deprel, "csubj") {
			return true
		}
	}
	return false
}

// dateOf finds the date a predicate's own temporal modifiers give, else the
// sentence's single date if it has exactly one.
func (x *extractor) dateOf(p int) string {
	for cur, depth := p, 0; cur >= 0 && depth < 3; depth++ {
		for _, c := range x.children[cur] {
			switch x.toks[c].Deprel {
			case "obl", "obl:tmod", "obl:unmarked", "obl:npmod", "nmod:tmod", "nmod:unmarked", "advmod", "compound", "amod", "nmod":
				if d := x.dateIn(c); d != "" {
					return d
				}
			}
		}
		d := x.toks[cur].Deprel
		if d != "conj" && d != "xcomp" && d != "advcl" && d != "ccomp" {
			break
		}
		cur = x.head(cur)
	}
	// the sentence's only date — unless p sits in a subordinate clause
	// the date is outside of: "having lost it in 1972 upon her marriage
	// to a man she met while studying at MIT" does not date the studies
	sub := -1
	for cur, depth := p, 0; cur >= 0 && sub < 0 && depth < 20; depth++ {
		switch x.toks[cur].Deprel {
		case "advcl", "acl", "acl:relcl", "csubj", "ccomp":
			sub = cur // the innermost one
		}
		cur = x.head(cur)
	}
	found := ""
	for i := range x.toks {
		if sub >= 0 && !x.dominates(sub, i) {
			continue
		}
		if isDateWord(x.toks[i].Text) {
			h := x.head(i)
			if h >= 0 && isDateWord(x.toks[h].Text) {
				continue // part of a larger date
			}
			d := x.dateIn(i)
			if d == "" {
				continue
			}
			if found != "" && found != d {
				return ""
			}
			found = d
		}
	}
	return found
}

// dateIn resolves the date expression headed by c, if it is one.
func (x *extractor) dateIn(c int) string {
	idx := x.subtree(c, map[string]bool{"acl:relcl": true, "acl": true, "nmod": true, "appos": true, "conj": true})
	if len(idx) > 8 {
		return ""
	}
	has := false
	ws := make([]string, len(idx))
	for k, i := range idx {
		ws[k] = x.toks[i].Text
		if isDateWord(ws[k]) {
			has = true
		}
	}
	if !has {
		return ""
	}
	return resolveDate(ws, x.ref, x.isPast(x.head(c)))
}

// isPast reports whether predicate p (or the clause a noun sits in) speaks
// of the past: news reports the past unless a future auxiliary says
// otherwise.
func (x *extractor) isPast(p int) bool {
	for depth := 0; p >= 0 && depth < 3; depth++ {
		for _, c := range x.children[p] {
			if baseRel(x.toks[c].Deprel) == "aux" {
				if l := x.lemma(c); l == "will" || l == "shall" {
					return false
				}
			}
		}
		if x.toks[p].UPOS == "VERB" {
			return true
		}
		p = x.head(p)
	}
	return true
}

// basedIn reads "London-based Al-Araby" (a participle modifying a name,
// itself modified by a place) as Al-Araby be based in London.
func (x *extractor) basedIn(v int) {
	h := x.head(v)
	if h < 0 {
		return
	}
	if _, ok := x.ents.MentionAt(x.si, h); !ok {
		// "Rudaw, a Kurdish-based news agency": the participle modifies
		// the name's apposition
		if x.toks[h].Deprel != "appos" {
			return
		}
		h = x.head(h)
		if m, ok := x.ents.MentionAt(x.si, h); !ok || m.Entity < 0 || x.ents.Entities[m.Entity].Type == "PERSON" {
			return
		}
	}
	x.stative = true
	defer func() { x.stative = false }()
	for _, c := range x.children[v] {
		if c > v {
			continue
		}
		if m, ok := x.ents.MentionAt(x.si, c); ok && m.Entity >= 0 && x.ents.Entities[m.Entity].Type == "LOC" {
			for _, s := range x.argsOf(h, false) {
				for _, o := range x.argsOf(c, false) {
					x.emit(s, "be "+strings.ToLower(x.toks[v].Text)+" in", o, confPassiveNo, v, 1)
				}
			}
		}
	}
}

// basedInSurface reads "PLACE-based NAME" from the words alone when the
// parse does not make the participle a modifier of the name.
func (x *extractor) basedInSurface(v int) {
	if v < 2 || v+1 >= len(x.toks) || x.toks[v-1].Text != "-" {
		return
	}
	pm, ok := x.ents.MentionAt(x.si, v-2)
	if !ok || pm.Entity < 0 || x.ents.Entities[pm.Entity].Type != "LOC" {
		return
	}
	k := v + 1
	nm, ok := x.ents.MentionAt(x.si, k)
	if !ok || nm.Entity < 0 || nm.Start != k {
		// "NAME, a PLACE-based company": the name before the apposition
		// (with an article: "The Jacksonville, Florida-based firm" is
		// one place inside another); places are not based anywhere
		k = v - 3
		if k < 2 || !isArticle(x.toks[k].Text) || x.toks[k-1].Text != "," {
			return
		}
		k -= 2
		nm, ok = x.ents.MentionAt(x.si, k)
		if !ok || nm.Entity < 0 || nm.End != k+1 || x.ents.Entities[nm.Entity].Type != "ORG" {
			return
		}
		k = nm.Head
	}
	x.stative = true
	defer func() { x.stative = false }()
	pe, ne := x.ents.Entities[pm.Entity], x.ents.Entities[nm.Entity]
	x.emit(arg{tok: k, ent: nm.Entity, text: ne.Name, typ: ne.Type, factor: 0.9},
		"be based in", arg{tok: v - 2, ent: pm.Entity, text: pe.Name, typ: pe.Type, factor: 0.9}, confPassiveNo, v, 1)
}

func isArticle(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the":
		return true
	}
	return false
}

// bareInfinitiveVerbs take a complement verb without "to": "let them go".
var bareInfinitiveVerbs = map[string]bool{
	"make": true, "let": true, "help": true, "see": true, "hear": true, "watch": true,
	"have": true, "bid": true, "feel": true, "notice": true, "do": true,
}

// titleBetween reports whether token v, tagged as a present-tense verb,
// is a title's plural between an organisation's or a place's name and a
// person's: "FDP ministers Marco Buschmann and ...", read as "the FDP
// ministers (to) Marco Buschmann".
func (x *extractor) titleBetween(v int) bool {
	t := &x.toks[v]
	if t.XPOS != "VBZ" && t.XPOS != "VBP" || v == 0 || v+1 >= len(x.toks) || !entities.RoleNoun(x.lemma(v)) {
		return false
	}
	before, ok1 := x.ents.MentionAt(x.si, v-1)
	after, ok2 := x.ents.MentionAt(x.si, v+1)
	return ok1 && ok2 && before.Kind == entities.KindName && after.Kind == entities.KindName &&
		before.Type != "PERSON" && after.Type == "PERSON"
}

// likelyNoun reports whether a token tagged as a verb is more likely a
// noun the tagger got wrong: a base-form complement without "to" after a
// verb that never takes one ("connected with Haftar's November visit").
func (x *extractor) likelyNoun(v int) bool {
	t := &x.toks[v]
	if x.titleBetween(v) {
		return true
	}
	if t.Deprel != "xcomp" || t.XPOS != "VB" {
		return false
	}
	for _, c := range x.children[v] {
		if d := x.toks[c].Deprel; d == "mark" || baseRel(d) == "aux" || strings.HasPrefix(d, "nsubj") {
			return false
		}
	}
	h := x.head(v)
	return h >= 0 && !bareInfinitiveVerbs[x.lemma(h)]
}

// subjectBefore reports whether v has a nominal subject before it.
func (x *extractor) subjectBefore(v int) bool {
	for _, c := range x.children[v] {
		if c < v && strings.HasPrefix(x.toks[c].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// examplePreps introduce named examples of a plural noun.
var examplePreps = map[string]bool{"such as": true, "including": true, "include": true, "like": true}

// examples returns the nominal modifiers of common noun i that name
// examples of it ("allies such as Germany").
func (x *extractor) examples(i int) []int {
	if x.toks[i].UPOS != "NOUN" {
		return nil
	}
	if _, ok := x.ents.MentionAt(x.si, i); ok {
		return nil
	}
	var out []int
	for _, c := range x.children[i] {
		if x.toks[c].Deprel != "nmod" {
			continue
		}
		if examplePreps[x.prep(c)] {
			if _, ok := x.ents.MentionAt(x.si, c); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// speaker is who said something: a name and its entity index.
type speaker struct {
	name string
	ent  int
}

func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''", "«", "»":
		return true
	}
	return false
}

// quoteSpeakers finds quotations that span sentences:
//
//	"I informed John Bolton last night. I disagreed with him," wrote Trump.
//
// The sentence naming the speaker (a speech verb with a named subject after
// a closing quote) gives its speaker to the earlier sentences of the same
// quotation, back to the one that opens it (at most three).
func (x *extractor) quoteSpeakers() {
	x.quoted = make([]speaker, len(x.doc))
	for i := range x.quoted {
		x.quoted[i].ent = -1
	}
	if x.ents == nil {
		return
	}
	// whether a double quotation is open where each sentence starts
	openAt := make([]bool, len(x.doc))
	open := false
	for si := range x.doc {
		openAt[si] = open
		for _, t := range x.doc[si].Tokens {
			if isQuote(t.Text) {
				open = !open
			}
		}
	}
	for si := range x.doc {
		toks := x.doc[si].Tokens
		if len(toks) == 0 || toks[0].Head < 0 {
			continue
		}
		x.si, x.toks, x.children = si, toks, x.doc[si].Children()
		sp := speaker{ent: -1}
		sawQuote := false
		verb := -1
		for v := range toks {
			if isQuote(toks[v].Text) {
				sawQuote = true
				continue
			}
			if !sawQuote || toks[v].UPOS != "VERB" || !speechVerbs[x.lemma(v)] {
				continue
			}
			sp, verb = x.speakerOf(v), v
			break
		}
		if sp.ent < 0 {
			continue
		}
		// '..., wrote Trump, "and therefore ... ': a quotation reopened
		// after the speech verb goes on in the next sentences until it
		// closes
		after, total := 0, 0
		for k := range toks {
			if isQuote(toks[k].Text) {
				total++
				if k > verb {
					after++
				}
			}
		}
		// (only if the quotation is still open at the sentence's end:
		// 'Bolton: "I offered ... and President Trump said, ... "' closes
		// its own)
		if after%2 == 1 && (openAt[si] != (total%2 == 1)) {
			for next := si + 1; next < len(x.doc) && next <= si+5; next++ {
				x.quoted[next] = sp
				closes := false
				for _, t := range x.doc[next].Tokens {
					closes = closes || isQuote(t.Text)
				}
				if closes {
					break
				}
			}
		}
		if isQuote(toks[0].Text) {
			continue // the quotation opens in this sentence
		}
		for back := 1; back <= 3 && si-back >= 0; back++ {
			prev := x.doc[si-back].Tokens
			if len(prev) == 0 {
				break
			}
			opens := isQuote(prev[0].Text)
			quotes := 0
			for _, t := range prev {
				if isQuote(t.Text) {
					quotes++
				}
			}
			if opens && quotes%2 == 1 {
				// the quotation opens here and stays open
				for k := si - back; k < si; k++ {
					x.quoted[k] = sp
				}
				break
			}
			if quotes > 0 {
				break // another quotation: not ours
			}
		}
	}
}

// nameBefore returns the entity named right before finite verb v, past an
// apposition between commas, when the parser made it some other word's
// dependent (an object of a speech verb, typically).
func (x *extractor) nameBefore(v int) (arg, bool) {
	infinitive := false
	switch x.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	case "VB":
		// "what we need is the UN to lift the ban": an object right
		// before "to" + verb is the infinitive's subject
		infinitive = v >= 2 && strings.EqualFold(x.toks[v-1].Text, "to")
		if !infinitive {
			return arg{}, false
		}
	default:
		return arg{}, false
	}
	j := v - 1
	if infinitive {
		j = v - 2
	}
	if j >= 0 && x.toks[j].Text == "," {
		k := j - 1
		for ; k >= 0 && k >= j-8 && x.toks[k].Text != ","; k-- {
		}
		if k < 0 || x.toks[k].Text != "," {
			return arg{}, false
		}
		j = k - 1
	}
	if j < 0 {
		return arg{}, false
	}
	m, ok := x.ents.MentionAt(x.si, j)
	if !ok || m.Entity < 0 || m.End != j+1 || m.Kind == entities.KindPronoun {
		return arg{}, false
	}
	switch baseRel(x.toks[m.Head].Deprel) {
	case "obj", "iobj":
	case "obl":
		if infinitive {
			return arg{}, false // "went to Moscow to meet X"
		}
		for _, c := range x.children[m.Head] {
			if x.toks[c].Deprel == "case" && x.toks[c].UPOS == "ADP" && x.ents.Entities[m.Entity].Type == "LOC" {
				// "which is based in Austin, Texas, fell 11%": a
				// place after its preposition is no subject (a person
				// may be: "a group led by Thompson acquired")
				return arg{}, false
			}
		}
	default:
		return arg{}, false
	}
	e := x.ents.Entities[m.Entity]
	return arg{tok: m.Head, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.85 * kindFactor[m.Kind]}, true
}

// plural reports whether noun i is plural ("generals").
func (x *extractor) plural(i int) bool {
	t := &x.toks[i]
	if t.XPOS != "" && t.XPOS != "_" {
		return t.XPOS == "NNS" || t.XPOS == "NNPS"
	}
	return !strings.EqualFold(t.Text, x.lemma(i)) && strings.HasSuffix(strings.ToLower(t.Text), "s")
}
