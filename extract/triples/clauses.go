package triples

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/entities"
)

// markReported finds speech verbs and marks the tokens of what they report
// with the speaker's name.
func (x *extractor) markReported() {
	for v := range x.toks {
		if x.toks[v].UPOS != "VERB" || !speechVerbs[x.lemma(v)] {
			continue
		}
		sp := x.speakerOf(v)
		speaker, spk := sp.name, sp.ent
		if spk < 0 {
			continue
		}
		mark := func(root int, except int) {
			seen := map[int]bool{}
			var walk func(int)
			walk = func(j int) {
				if j == except || seen[j] {
					return
				}
				seen[j] = true
				if x.reporter[j] == "" {
					x.reporter[j] = speaker
					x.speakerEnt[j] = spk
				}
				for _, c := range x.children[j] {
					walk(c)
				}
			}
			walk(root)
		}
		for _, c := range x.children[v] {
			if x.toks[c].Deprel == "ccomp" || (x.toks[c].Deprel == "parataxis" && x.toks[c].UPOS != "PUNCT") {
				mark(c, -1)
			}
		}
		// "Tripoli is the goal, X told Sputnik": the speech verb hangs as
		// parataxis (or, misparsed, as an adverbial clause) off the
		// content clause
		if d := x.toks[v].Deprel; d == "parataxis" || (d == "advcl" && x.quoteBefore(v)) {
			if h := x.head(v); h >= 0 {
				mark(h, v)
			}
		}
	}
}

// emit adds a triple with predicate token p.
func (x *extractor) emit(s arg, rel string, o arg, base float64, p int, extra float64) {
	if s.ent >= 0 && s.ent == o.ent {
		return
	}
	if !x.opts.All && (s.ent < 0 || o.ent < 0) {
		return
	}
	if s.text == "" || o.text == "" || rel == "" {
		return
	}
	f := x.flagsOf(p)
	if x.stative {
		f.date = "" // roles and states are not events of the sentence's date
		if f.reportedBy == s.text || f.reportedBy == o.text {
			f.reportedBy = "" // a description of the speaker, not its claim
		}
	}
	c := base * s.factor * o.factor * extra
	// distance between the predicate and its arguments
	dist := abs(s.tok-p) + abs(o.tok-p)
	if dist > 10 {
		pen := 1 - 0.01*float64(dist-10)
		if pen < 0.75 {
			pen = 0.75
		}
		c *= pen
	}
	if f.hedged {
		c *= 0.9
	}
	if !x.stative {
		// every content word folded into an event's relation beyond two
		// is another guess about what the clause means: "add members to
		// council of"
		n := 0
		for _, w := range strings.Fields(rel) {
			if w != "be" && !simplePreps[w] && w != "out" && w != "away" && w != "back" {
				n++
			}
		}
		for ; n > 2; n-- {
			c *= 0.9
		}
	}
	if f.reportedBy != "" && f.reportedBy != s.text && f.reportedBy != o.text {
		c *= 0.95 // second-hand, about someone else
	}
	if c > 1 {
		c = 1
	}
	sent := &x.doc[x.si]
	x.out = append(x.out, extract.Triple{
		Subject: s.text, SubjectType: s.typ,
		Relation: strings.Join(strings.Fields(rel), " "),
		Object:   o.text, ObjectType: o.typ,
		Article: x.art.ID, Sentence: x.si, Start: sent.Start, End: sent.End, Text: sent.Text,
		Confidence: round3(c), Negated: f.negated, Hedged: f.hedged,
		ReportedBy: f.reportedBy, Date: f.date,
	})
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// oblique is a prepositional argument of a verb.
type oblique struct {
	prep string
	args []arg
	tok  int
}

// verb extracts the triples of a verbal predicate.
func (x *extractor) verb(v int) { x.verbWith(v, -1) }

// verbWith is verb with an extra object token (-1 for none), for repaired
// parses: "the UN Security Council imposed sanctions" parsed as a
// participle modifying "sanctions" with its own subject reads as the
// active clause it is.
func (x *extractor) verbWith(v, extraObj int) {
	subj, passive := x.subjects(v, 0)
	if extraObj >= 0 {
		passive = false
		subj = subj[:0]
		for _, c := range x.children[v] {
			if strings.HasPrefix(x.toks[c].Deprel, "nsubj") {
				subj = append(subj, x.argsOf(c, false)...)
			}
		}
	}
	lem := x.lemma(v)
	rel := lem
	if p := x.particles(v); p != "" {
		rel += " " + p
	}
	var agents, objs []arg
	var obls []oblique
	objNoun := -1
	kids := x.children[v]
	if extraObj >= 0 {
		kids = append(append([]int(nil), kids...), extraObj)
	}
	for _, c := range kids {
		t := &x.toks[c]
		d := t.Deprel
		if c == extraObj {
			d = "obj"
		}
		switch d {
		case "obj", "iobj":
			if c != extraObj && x.caseMarked(c) {
				// "has died, according to current president X": an
				// object with a preposition is a misparsed oblique
				if p := x.markedPrep(c); simplePreps[p] && !x.dateLike(c) {
					if _, ok := x.ents.MentionAt(x.si, c); ok {
						// "facing fierce resistance from Daesh" with
						// the name as the object and the noun hung on
						// it: the noun is the object, the name the
						// oblique
						obls = append(obls, oblique{prep: p, args: x.argsOf(c, true), tok: c})
						for _, k := range x.children[c] {
							if k < c && x.toks[k].UPOS == "NOUN" && (x.toks[k].Deprel == "nmod:desc" || x.toks[k].Deprel == "nmod" || x.toks[k].Deprel == "compound") {
								if _, ok := x.ents.MentionAt(x.si, k); !ok {
									objNoun = k
								}
							}
						}
					}
				}
				continue
			}
			for _, a := range x.argsOf(c, true) {
				// the repaired object's phrase would hold the verb itself
				if c != extraObj || a.ent >= 0 {
					objs = append(objs, a)
				}
			}
			if d == "obj" && t.UPOS == "NOUN" {
				if _, ok := x.ents.MentionAt(x.si, c); !ok {
					objNoun = c
				}
			}
		case "obl:agent":
			agents = append(agents, x.argsOf(c, false)...)
		case "obl":
			p := x.prep(c)
			if p == "by" && passive {
				agents = append(agents, x.argsOf(c, false)...)
				continue
			}
			if p == "as" && x.toks[c].UPOS == "NOUN" && entities.RoleNoun(x.lemma(c)) {
				// "Bolton served as the US ambassador to the UN", "was
				// appointed as foreign minister of X": a role of the
				// subject
				for _, s := range subj {
					if s.ent >= 0 && s.typ == "PERSON" {
						x.role(s, c)
					}
				}
				continue
			}
			if !simplePreps[p] || x.dateLike(c) {
				continue
			}
			if prepDropVerbs[lem] == p {
				// "met with X" → meet X
				objs = append(objs, x.argsOf(c, true)...)
				continue
			}
			obls = append(obls, oblique{prep: p, args: x.argsOf(c, true), tok: c})
			if directionPreps[p] {
				obls = x.directions(obls, c, p, 0)
			}
		}
	}
	for k := range obls {
		obls[k].args = append(obls[k].args, x.correlative(obls[k])...)
	}
	// "pulled out of X": an adverbial particle before the oblique's case
	for _, c := range x.children[v] {
		if x.toks[c].Deprel == "advmod" {
			if l := x.lemma(c); l == "out" || l == "away" || l == "back" {
				for k := range obls {
					if obls[k].tok > c {
						obls[k].prep = l + " " + obls[k].prep
					}
				}
			}
		}
	}

	// Light verb + event noun: "held a meeting with X" → meet X.
	if objNoun >= 0 && !passive {
		nl := x.lemma(objNoun)
		if ev, ok := eventNouns[nl]; ok && isLightFor(lem, nl) {
			var pats []arg
			for _, o := range obls {
				if contains(ev.preps, o.prep) {
					pats = append(pats, o.args...)
				}
			}
			for _, c := range x.children[objNoun] {
				if x.toks[c].Deprel == "nmod" && contains(ev.preps, x.prep(c)) {
					pats = append(pats, x.argsOf(c, false)...)
				}
				// "a conversation with Turkish President X" with the
				// name parsed as the noun's apposition
				if x.toks[c].Deprel == "appos" && contains(ev.preps, x.markedPrep(c)) {
					pats = append(pats, x.argsOf(c, false)...)
				}
			}
			for _, s := range subj {
				for _, o := range pats {
					x.emit(s, ev.verb, o, confLight, v, 1)
				}
			}
			if len(pats) > 0 {
				return
			}
		}
	}

	if passive {
		for _, a := range agents {
			for _, o := range subj {
				x.emit(a, rel, o, confPassive, v, 1)
			}
			for _, o := range obls {
				for _, oa := range o.args {
					x.emit(a, rel+" "+o.prep, oa, confOblique*0.9, v, 1)
				}
			}
		}
		if len(agents) == 0 {
			form := strings.ToLower(x.toks[v].Text)
			for _, s := range subj {
				for _, o := range obls {
					for _, oa := range o.args {
						if oa.pre == "" {
							x.emit(s, "be "+form+" "+o.prep, oa, confPassiveNo, v, 1)
						}
					}
				}
			}
		}
		return
	}

	// "Trump and Erdoğan spoke on the phone": a reciprocal verb with
	// coordinated subjects and no object relates the subjects
	if reciprocalVerbs[lem] && len(objs) == 0 && len(subj) >= 2 {
		with := false
		for _, o := range obls {
			// (speaking "at a hearing" or "to reporters" is not
			// speaking with each other; "on the phone" is)
			with = with || o.prep == "with" || ((lem == "speak" || lem == "talk") && o.prep != "on" && o.prep != "by" && o.prep != "over")
		}
		if !with {
			for i := 1; i < len(subj); i++ {
				if subj[0].ent != subj[i].ent {
					x.emit(subj[0], rel+" with", subj[i], confSVO*0.9, v, 1)
				}
			}
		}
	}
	for _, s := range subj {
		for _, o := range objs {
			r := rel
			base := confSVO
			if speechVerbs[lem] {
				base = confSpeech
				if x.subjectOfNextVerb(o.tok) {
					// "NPR reported Abdul-Mahdi recommended ...": the
					// name is the subject of the reported clause
					continue
				}
			}
			if o.pre != "" {
				r += " " + o.pre
				base = confFolded
			}
			x.emit(s, r, o, base, v, 1)
		}
		for _, o := range obls {
			r := rel
			base := confOblique
			if objNoun >= 0 {
				// "imposed sanctions against X" → impose sanctions on X
				p := o.prep
				if np, ok := prepNorm[x.lemma(objNoun)][p]; ok {
					p = np
				}
				r += " " + x.nounWords(objNoun) + " " + p
				base = confFolded
			} else {
				r += " " + o.prep
			}
			for _, oa := range o.args {
				rr := r
				if oa.pre != "" {
					rr = r + " " + oa.pre
				}
				x.emit(s, rr, oa, base, v, 1)
			}
		}
		// entities inside the object: "imposed sanctions against Libya"
		// with the oblique on the noun, "lift the ban on arms supplies to
		// Libya"
		if objNoun >= 0 {
			x.nounChain(s, rel+" "+x.nounWords(objNoun), objNoun, v, 0)
		}
	}
}

// correlative returns the second half of "not only PREP X but also PREP
// Y" for oblique o (PREP X), which parsers rarely coordinate: Y's entity
// takes the same relation as X.
func (x *extractor) correlative(o oblique) []arg {
	if len(o.args) == 0 {
		return nil
	}
	first := o.tok
	for _, k := range x.children[o.tok] {
		if k < first {
			first = k
		}
	}
	only := false
	for i := o.tok - 1; i >= 0 && i >= first-3; i-- {
		if strings.EqualFold(x.toks[i].Text, "only") {
			only = true
		}
	}
	if !only {
		return nil
	}
	for i := o.tok + 1; i+3 < len(x.toks); i++ {
		if !strings.EqualFold(x.toks[i].Text, "but") || !strings.EqualFold(x.toks[i+1].Text, "also") {
			continue
		}
		j := i + 2
		if !strings.EqualFold(x.toks[j].Text, o.prep) {
			return nil
		}
		j++
		if j < len(x.toks) && isArticle(x.toks[j].Text) {
			j++
		}
		if m, ok := x.entityMentionAt(j, true); ok && m.Start == j {
			return []arg{x.mentionArg(m, 0.9)}
		}
		return nil
	}
	return nil
}

// directionPreps open a path phrase: "from X to Y".
var directionPreps = map[string]bool{"from": true, "to": true, "into": true, "toward": true, "towards": true}

// directions adds to obls the other ends of a path the parser hung inside
// oblique c (preposition p) instead of on the verb: "airlifted from the
// city of Omsk in Siberia to Berlin", "transferred from the hospital in
// Omsk to Charité". A place is not modified by "to" or "from"; the verb is.
func (x *extractor) directions(obls []oblique, c int, p string, depth int) []oblique {
	if depth > 2 {
		return obls
	}
	for _, k := range x.children[c] {
		if x.toks[k].Deprel != "nmod" {
			continue
		}
		kp := x.prep(k)
		if directionPreps[kp] && kp != p {
			obls = append(obls, oblique{prep: kp, args: x.argsOf(k, true), tok: k})
			continue
		}
		obls = x.directions(obls, k, p, depth+1)
	}
	return obls
}

// nounChain follows nominal modifiers of a non-entity noun down to
// entities, folding the nouns on the way into the relation.
func (x *extractor) nounChain(s arg, rel string, n, p, depth int) {
	if depth > 1 {
		return
	}
	for _, c := range x.children[n] {
		if x.toks[c].Deprel == "nmod:poss" && x.isPersonNoun(n) {
			// "expelled Libya's ambassador to Greece": the owner
			// names the person; "to Greece" describes the post, not
			// the expulsion
			return
		}
	}
	for _, c := range x.children[n] {
		// (an "apposition" with a preposition of its own is a misparsed
		// modifier: "resistance not only from Daesh")
		if d := x.toks[c].Deprel; d != "nmod" && !(d == "appos" && x.caseMarked(c)) {
			continue
		}
		pr := x.prep(c)
		if !simplePreps[pr] {
			continue
		}
		np := pr
		if v, ok := prepNorm[x.lemma(n)][pr]; ok {
			np = v
		}
		if _, ok := x.ents.MentionAt(x.si, c); ok {
			args := x.argsOf(c, false)
			args = append(args, x.correlative(oblique{prep: pr, args: args, tok: c})...)
			for _, a := range args {
				x.emit(s, rel+" "+np, a, confFolded*(1-0.1*float64(depth)), p, 1)
			}
			continue
		}
		pr = np
		if x.toks[c].UPOS == "NOUN" {
			x.nounChain(s, rel+" "+pr+" "+x.nounWords(c), c, p, depth+1)
		}
	}
}

// isPersonNoun reports whether common noun n names a person by role or
// relation ("ambassador", "ally").
func (x *extractor) isPersonNoun(n int) bool {
	l := strings.ToLower(x.lemma(n))
	return entities.RoleNoun(l) || relationalNouns[l]
}

// nounWords returns a noun with its compound modifiers, as written, lower
// case: "sanctions", "arms supplies"; amounts are no part of it ("its $69
// billion acquisition", "a 10 percent stake").
func (x *extractor) nounWords(n int) string {
	var ws []string
	for _, c := range x.children[n] {
		if c < n && x.toks[c].Deprel == "compound" {
			if _, ok := x.ents.MentionAt(x.si, c); ok {
				continue
			}
			if u := x.toks[c].UPOS; u == "NUM" || u == "SYM" || x.hasChild(c, "nummod") {
				continue
			}
			ws = append(ws, strings.ToLower(x.toks[c].Text))
		}
	}
	ws = append(ws, strings.ToLower(x.toks[n].Text))
	return strings.Join(ws, " ")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// copula extracts "X is the N of Y" → X N of Y for role nouns, X be N of Y
// otherwise, and "X is ready for Y" → X be ready for Y.
func (x *extractor) copula(p int) {
	var subj []arg
	for _, c := range x.children[p] {
		if strings.HasPrefix(x.toks[c].Deprel, "nsubj") {
			subj = x.argsOf(c, false)
		}
	}
	if len(subj) == 0 {
		return
	}
	x.stative = true
	defer func() { x.stative = false }()
	if pr := x.prep(p); pr != "" && len(subj) >= 2 && x.toks[p].UPOS == "NOUN" {
		// "Trump and Bolton have been at odds": a reciprocal state
		for i := 1; i < len(subj); i++ {
			x.emit(subj[0], "be "+pr+" "+strings.ToLower(x.toks[p].Text)+" with", subj[i], confCopula, p, 1)
		}
		return
	}
	if x.toks[p].UPOS == "ADJ" {
		for _, c := range x.children[p] {
			if x.toks[c].Deprel == "obl" {
				if pr := x.prep(c); simplePreps[pr] {
					for _, s := range subj {
						for _, o := range x.argsOf(c, false) {
							x.emit(s, "be "+x.lemma(p)+" "+pr, o, confCopula, p, 1)
						}
					}
				}
			}
		}
		return
	}
	if _, ok := x.ents.MentionAt(x.si, p); ok {
		// "Paye has been in Japan": a place or organisation as predicate
		// with a preposition; "X is Y" between two names is an identity
		if pr := x.prep(p); simplePreps[pr] {
			for _, s := range subj {
				for _, o := range x.argsOf(p, false) {
					x.emit(s, "be "+pr, o, confCopula, p, 1)
				}
			}
		}
		return
	}
	rel := "be " + x.nounWords(p)
	extra := 0.85 // "Mahan Air has been the subject of US sanctions": a vague noun
	pr := x.prep(p)
	if entities.RoleNoun(x.lemma(p)) && pr == "" {
		rel = x.roleWords(p)
		extra = 1
	} else if entities.ClassNoun(x.lemma(p)) != "" {
		extra = 1
	}
	if pr != "" {
		// "Turkey is already under EU sanctions": the predicate's own
		// preposition is part of the relation
		if !simplePreps[pr] {
			return
		}
		rel = "be " + pr + " " + x.nounWords(p)
	}
	for _, s := range subj {
		s.factor *= extra
		x.nounChain(s, rel, p, p, 0)
		// "X is Russia's ally", "X is the LNA's objective"
		for _, c := range x.children[p] {
			d := x.toks[c].Deprel
			if d != "nmod:poss" && d != "amod" && d != "compound" {
				continue
			}
			if m, ok := x.ents.MentionAt(x.si, c); ok && m.Entity >= 0 {
				r := strings.TrimPrefix(rel, "be ")
				if pr != "" {
					r = rel
				}
				for _, o := range x.argsOf(c, false) {
					x.emit(s, r+" of", o, confCopula, p, 1)
				}
			}
		}
	}
}

// roleWords returns a role noun with its non-entity modifiers, lower case:
// "foreign minister", "spokesman".
func (x *extractor) roleWords(n int) string {
	var ws []string
	for _, c := range x.children[n] {
		if c >= n {
			continue
		}
		d := x.toks[c].Deprel
		if d != "compound" && d != "amod" {
			continue
		}
		if _, ok := x.ents.MentionAt(x.si, c); ok {
			continue
		}
		if xp := x.toks[c].XPOS; xp == "VBN" || xp == "VBG" || strings.EqualFold(x.toks[c].Text, "based") {
			continue // "a Zurich-based property tycoon", "the long-serving Sultan"
		}
		if u := x.toks[c].UPOS; u == "ADP" || u == "ADV" || u == "X" || u == "SCONJ" {
			continue // the parse's misreadings: "alongside NBA commissioner", "de facto leader"
		}
		if x.namedTitle(c) {
			continue // another person's title run into this one by the parse
		}
		ws = append(ws, strings.ToLower(x.toks[c].Text))
	}
	ws = append(ws, x.lemma(n))
	return strings.Join(ws, " ")
}

// nationalityRoles are occupations a demonym before them gives the
// nationality of, not a post held for the country: "Norwegian author",
// "French writer", "Brazilian footballer" (but "Russian foreign minister").
var nationalityRoles = map[string]bool{
	"author": true, "writer": true, "novelist": true, "playwright": true, "poet": true, "singer": true,
	"songwriter": true, "actor": true, "actress": true, "artist": true, "painter": true, "composer": true,
	"musician": true, "rapper": true, "filmmaker": true, "photographer": true, "journalist": true,
	"scientist": true, "physicist": true, "chemist": true, "architect": true, "designer": true,
	"comedian": true, "athlete": true, "cyclist": true, "swimmer": true, "skier": true, "golfer": true,
	"boxer": true, "sprinter": true, "footballer": true, "philosopher": true, "historian": true,
	"dancer": true, "chef": true, "billionaire": true, "businessman": true, "businesswoman": true,
	"entrepreneur": true, "tycoon": true, "activist": true, "blogger": true, "model": true, "tennis": true,
}

// roleOf is the relation between person and the entity of mention m
// whose role rel, headed by the noun lemma noun, the person holds: "rel
// of", or "citizen of" for a demonym before an occupation ("Norwegian
// author Jon Fosse" is Norway's citizen, no author of Norway).
func roleOf(m *entities.Mention, person arg, rel, noun string) string {
	if m.Kind == entities.KindDemonym && person.typ == "PERSON" && nationalityRoles[strings.ToLower(noun)] {
		return "citizen of"
	}
	return rel + " of"
}

// namedTitle reports whether title word c has a person's name of its own
// hanging on it ("former U.S. Treasury Secretary Larry Summers and Quora
// CEO Adam D'Angelo" parsed with "Secretary" a compound of "CEO").
func (x *extractor) namedTitle(c int) bool {
	for _, k := range x.children[c] {
		if d := x.toks[k].Deprel; k > c && (d == "flat" || d == "appos") {
			if m, ok := x.ents.MentionAt(x.si, k); ok && m.Entity >= 0 && x.ents.Entities[m.Entity].Type == "PERSON" {
				return true
			}
		}
	}
	return false
}

// nominalEvent extracts events named by nouns: "Haftar's visit to Russia"
// → Haftar visit Russia; "the meeting between A and B" → A meet B.
func (x *extractor) nominalEvent(n int) {
	ev, ok := eventNouns[x.lemma(n)]
	if !ok {
		return
	}
	var agents, pats, between []arg
	for _, c := range x.children[n] {
		d := x.toks[c].Deprel
		switch {
		case d == "nmod:poss" || ((d == "amod" || d == "compound") && c < n):
			if _, ok := x.ents.MentionAt(x.si, c); ok {
				agents = append(agents, x.argsOf(c, false)...)
			}
		case d == "nmod":
			p := x.prep(c)
			switch {
			case p == "between":
				between = append(between, x.argsOf(c, false)...)
			case p == "by":
				agents = append(agents, x.argsOf(c, false)...)
			case contains(ev.preps, p):
				pats = append(pats, x.argsOf(c, false)...)
			}
		}
	}
	// (not for events of an "of" patient: "Iran vowed revenge after the
	// killing of Soleimani" does not say who killed him)
	if len(agents) == 0 && len(pats) > 0 && baseRel(x.toks[n].Deprel) == "obl" && !x.isObjOfLight(n) && !contains(ev.preps, "of") {
		// "Zelensky said in a meeting with Honcharuk": the event noun
		// in an oblique of a verb has that verb's subject as agent
		if h := x.head(n); h >= 0 && x.toks[h].UPOS == "VERB" {
			s, _ := x.subjects(h, 0)
			for _, a := range s {
				a.factor *= 0.85
				agents = append(agents, a)
			}
		}
	}
	for _, a := range agents {
		for _, o := range pats {
			x.emit(a, ev.verb, o, confNominal, n, 1)
		}
	}
	for i := 0; i+1 < len(between); i++ {
		for j := i + 1; j < len(between); j++ {
			x.emit(between[i], ev.verb, between[j], confNominal, n, 1)
		}
	}
}

// caseInside reports whether the preposition of token c lies inside
// mention m of c: it belongs to the name, not to a phrase.
func (x *extractor) caseInside(c int, m *entities.Mention) bool {
	for _, k := range x.children[c] {
		if x.toks[k].Deprel == "case" && k >= m.Start && k < m.End {
			return true
		}
	}
	return false
}

// roles extracts titles and appositions of named persons: "LNA spokesman
// Ahmed al-Mismari" → Ahmed al-Mismari spokesman of LNA; "Aguila Saleh,
// the speaker of the parliament in Tobruk" → speaker of parliament in
// Tobruk.
func (x *extractor) roles() {
	if x.ents == nil {
		return
	}
	for mi := range x.ents.Mentions {
		m := &x.ents.Mentions[mi]
		if m.Sentence != x.si || m.Kind != entities.KindName || m.Entity < 0 {
			continue
		}
		e := x.ents.Entities[m.Entity]
		if e.Type != "PERSON" && e.Type != "ORG" {
			continue
		}
		person := arg{tok: m.Head, ent: m.Entity, text: e.Name, typ: e.Type, factor: 1}
		for t := m.Start; t < m.End; t++ {
			for _, c := range x.children[t] {
				if c >= m.Start && c < m.End {
					continue
				}
				d := x.toks[c].Deprel
				if d != "compound" && d != "nmod:desc" && d != "appos" && d != "nmod:npmod" {
					continue
				}
				if x.toks[c].UPOS != "NOUN" && x.toks[c].UPOS != "PROPN" {
					continue
				}
				if m, ok := x.ents.MentionAt(x.si, c); ok && m.Kind == entities.KindName {
					continue
				}
				if e.Type == "ORG" {
					// an organisation's apposition or the noun before it
					// says what it is: "Alcatel Cit, a subsidiary of
					// Alcatel NV", "the Saudi Arabian oil company Saudi
					// Aramco"
					if l := x.lemma(c); !orgRoleNouns[l] && !orgRelations[l] && entities.ClassNoun(l) != "ORG" {
						continue
					}
				} else if d != "appos" && !entities.RoleNoun(x.lemma(c)) {
					continue
				}
				if k := x.conjBefore(t, c); k >= 0 {
					// "Haftar and Aguila Saleh, the speaker of ...": the
					// apposition describes the nearer conjunct (parsers
					// often attach it to the first)
					if d == "appos" {
						if km, ok := x.ents.MentionAt(x.si, k); ok && km.Entity >= 0 && x.ents.Entities[km.Entity].Type == "PERSON" {
							ke := x.ents.Entities[km.Entity]
							x.role(arg{tok: k, ent: km.Entity, text: ke.Name, typ: ke.Type, factor: 0.9}, c)
						}
						continue
					}
				}
				x.role(person, c)
			}
		}
	}
}

// orgRoleNouns say what an organisation is, in an apposition to its name:
// "Nokia, Finland's handset maker". Besides these, the relation nouns
// (orgRelations: "X, a subsidiary of Y") and the class nouns of
// organisations (entities.ClassNoun) do.
var orgRoleNouns = map[string]bool{
	"maker": true, "producer": true, "regulator": true, "sponsor": true, "agency": true, "bank": true,
	"insurer": true, "carrier": true, "retailer": true, "broker": true, "lender": true, "daily": true,
}

// orgRelations are the nouns that relate an organisation to another; a place modifying them says where, not whose ("the U.S. unit
// of DaimlerChrysler").
var orgRelations = map[string]bool{
	"subsidiary": true, "unit": true, "division": true, "affiliate": true, "arm": true, "parent": true,
	"owner": true, "member": true, "shareholder": true, "partner": true, "rival": true, "supplier": true,
	"customer": true, "operator": true, "branch": true, "wing": true, "offshoot": true,
}

// conjBefore returns the last conjunct of name token h between h and its
// dependent c, or -1.
func (x *extractor) conjBefore(h, c int) int {
	last := -1
	for _, k := range x.children[h] {
		if x.toks[k].Deprel == "conj" && k > h && k < c {
			last = k
		}
	}
	return last
}

// inverseRoles handles a role noun with the person's name in apposition:
// "Angela Merkel's spokesperson, Steffen Seibert", "Mahan's director,
// Hamid Arabnejad Khanooki".
func (x *extractor) inverseRoles() {
	for r := range x.toks {
		if (x.toks[r].UPOS != "NOUN" && x.toks[r].UPOS != "PROPN") || !entities.RoleNoun(x.lemma(r)) {
			continue
		}
		if m, ok := x.ents.MentionAt(x.si, r); ok && m.Kind == entities.KindName {
			continue
		}
		for _, c := range x.children[r] {
			if x.toks[c].Deprel != "appos" || x.caseMarked(c) {
				// "ambassador to the UN under former president George
				// W. Bush": a name behind a preposition is no apposition
				continue
			}
			m, ok := x.ents.MentionAt(x.si, c)
			if !ok || m.Entity < 0 || m.Kind != entities.KindName || x.ents.Entities[m.Entity].Type != "PERSON" {
				continue
			}
			e := x.ents.Entities[m.Entity]
			x.role(arg{tok: c, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.95}, r)
		}
	}
}

// role emits the triples of one role noun r describing person.
func (x *extractor) role(person arg, r int) {
	x.stative = true
	defer func() { x.stative = false }()
	rel := x.roleWords(r)
	found := false
	defer func() {
		if found || x.toks[r].Deprel == "appos" {
			return
		}
		// "[Libyan National Army] General X" parsed without the link: an
		// organisation or country named right before the title
		k := r - 1
		for k >= 0 && (x.toks[k].Deprel == "compound" || x.toks[k].Deprel == "amod") && x.head(k) == r {
			if _, ok := x.ents.MentionAt(x.si, k); ok {
				break
			}
			k--
		}
		for k >= 0 && (x.toks[k].Text == "]" || x.toks[k].Text == ")") {
			k--
		}
		if k < 0 {
			return
		}
		if m, ok := x.ents.MentionAt(x.si, k); ok && m.Entity >= 0 && m.End == k+1 {
			if e := x.ents.Entities[m.Entity]; e.Type == "ORG" || e.Type == "LOC" {
				x.emit(person, rel+" of", arg{tok: k, ent: m.Entity, text: e.Name, typ: e.Type, factor: 0.85 * kindFactor[m.Kind]}, confRole, r, 1)
			}
		}
	}()
	// organisation or country as a modifier: "LNA spokesman", "Russian
	// Foreign Minister" (the adjective may hang on the role's compound)
	mods := append([]int{}, x.children[r]...)
	for _, c := range x.children[r] {
		if x.toks[c].Deprel == "compound" {
			mods = append(mods, x.children[c]...)
		}
	}
	// "Britain's Europe director X": with an owner, a compounded place is
	// the role's portfolio, not its affiliation; so it is with an
	// organisation after "for", "at" or "of" ("chief Turkish economist for
	// Deutsche Bank")
	owned := false
	for _, c := range x.children[r] {
		if pr := x.prep(c); x.toks[c].Deprel == "nmod" && (pr == "for" || pr == "at" || pr == "of") {
			if m, ok := x.ents.MentionAt(x.si, c); ok && m.Entity >= 0 && x.ents.Entities[m.Entity].Type == "ORG" {
				owned = true
			}
		}
	}
	for _, c := range mods {
		if x.toks[c].Deprel == "nmod:poss" {
			if m, ok := x.ents.MentionAt(x.si, c); ok && m.Entity >= 0 {
				owned = true
			}
		}
	}
	for _, c := range mods {
		d := x.toks[c].Deprel
		if d != "compound" && d != "amod" && d != "nmod:poss" {
			continue
		}
		if owned && d != "nmod:poss" {
			continue
		}
		if d != "nmod:poss" && person.typ == "ORG" && orgRelations[x.lemma(r)] {
			continue // "the U.S. unit of DaimlerChrysler": where the unit is, not whose
		}
		if d == "nmod:poss" {
			// "German Chancellor Angela Merkel's spokesperson" parsed
			// with the demonym as the owner: the person named in the
			// owner's phrase owns the role
			if o, ok := x.personIn(c); ok {
				x.emit(person, rel+" of", o, confRole, r, 1)
				found = true
				continue
			}
		}
		if m, ok := x.ents.MentionAt(x.si, c); ok && m.Entity >= 0 {
			if d == "compound" && x.placeOfOrg(m, mods) {
				continue
			}
			for _, o := range x.argsOf(c, false) {
				x.emit(person, roleOf(m, person, rel, x.lemma(r)), o, confRole, r, 1)
				found = true
			}
		}
	}
	// "a spokesman for LNA", "the speaker of the parliament in Tobruk"
	for _, c := range x.children[r] {
		if x.toks[c].Deprel != "nmod" {
			continue
		}
		pr := x.prep(c)
		if pr == "for" || pr == "at" {
			pr = "of"
		}
		if !simplePreps[pr] {
			continue
		}
		if m, ok := x.ents.MentionAt(x.si, c); ok {
			if x.caseInside(c, m) {
				// the parser hung a word of the body's name on the role
				// ("secretary of the Commission on Good Government"): the
				// role is of the body, not "on" it
				pr = "of"
			}
			for _, o := range x.argsOf(c, false) {
				x.emit(person, rel+" "+pr, o, confRole, r, 1)
			}
			continue
		}
		if x.toks[c].UPOS != "NOUN" {
			continue
		}
		if x.opts.All {
			x.emit(person, rel+" "+pr, arg{tok: c, ent: -1, text: x.phraseNoCase(c), factor: 0.8}, confRole, r, 1)
		}
		inner := rel + " " + pr + " " + x.nounWords(c)
		x.nounChain(person, inner, c, r, 1)
		for _, k := range x.children[c] {
			if x.toks[k].Deprel != "nmod:poss" {
				continue
			}
			if _, ok := x.ents.MentionAt(x.si, k); ok {
				for _, o := range x.argsOf(k, false) {
					x.emit(person, inner+" of", o, confRole*0.9, r, 1)
				}
			}
		}
	}
}

// placeOfOrg reports whether place mention m, a compound before a role
// noun, is right before an organisation's name among the role's
// modifiers mods: the place says where the organisation is, and the role
// is the organisation's alone ("Africa CDC head Jean Kaseya" is no head
// of Africa).
func (x *extractor) placeOfOrg(m *entities.Mention, mods []int) bool {
	if x.ents.Entities[m.Entity].Type != "LOC" || !slices.Contains(mods, m.End) {
		return false
	}
	o, ok := x.ents.MentionAt(x.si, m.End)
	return ok && o.Entity >= 0 && o.Start == m.End && x.ents.Entities[o.Entity].Type == "ORG"
}

// personIn returns the named person in the phrase of token c when c
// itself is not one ("German Chancellor Angela Merkel's" headed by
// "German").
func (x *extractor) personIn(c int) (arg, bool) {
	if m, ok := x.ents.MentionAt(x.si, c); ok && m.Kind == entities.KindName && m.Entity >= 0 && x.ents.Entities[m.Entity].Type == "PERSON" {
		return arg{}, false
	}
	for _, k := range x.children[c] {
		if d := x.toks[k].Deprel; d != "flat" && d != "compound" && d != "appos" {
			continue
		}
		if m, ok := x.ents.MentionAt(x.si, k); ok && m.Kind == entities.KindName && m.Entity >= 0 && x.ents.Entities[m.Entity].Type == "PERSON" {
			return x.mentionArg(m, 1), true
		}
	}
	return arg{}, false
}

// dedupe keeps one triple per (sentence, subject, relation, object,
// negation, hedging), the most confident, and orders them by sentence.
func dedupe(ts []extract.Triple) []extract.Triple {
	type key struct {
		s        int
		a, r, b  string
		neg, hed bool
	}
	idx := map[key]int{}
	var out []extract.Triple
	for _, t := range ts {
		k := key{t.Sentence, t.Subject, t.Relation, t.Object, t.Negated, t.Hedged}
		if i, ok := idx[k]; ok {
			if t.Confidence > out[i].Confidence {
				out[i] = t
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sentence < out[j].Sentence })
	return out
}

// isObjOfLight reports whether event noun n is the object of a light verb
// (handled by verb()).
func (x *extractor) isObjOfLight(n int) bool {
	h := x.head(n)
	return h >= 0 && x.toks[n].Deprel == "obj" && isLightFor(x.lemma(h), x.lemma(n))
}

// speakerOf returns the named speaker of speech verb v: its subject, or
// in "...," wrote Trump the name right after the verb that a parser took
// for an object.
func (x *extractor) speakerOf(v int) speaker {
	subj, _ := x.subjects(v, 0)
	for _, a := range subj {
		if a.ent >= 0 {
			return speaker{a.text, a.ent}
		}
	}
	if len(subj) == 0 && v+1 < len(x.toks) && x.quoteBefore(v) {
		if m, ok := x.ents.MentionAt(x.si, v+1); ok && m.Entity >= 0 && m.Start == v+1 {
			if e := x.ents.Entities[m.Entity]; e.Type == "PERSON" || e.Type == "ORG" {
				return speaker{e.Name, m.Entity}
			}
		}
	}
	return speaker{ent: -1}
}

// quoteBefore reports whether a quotation mark closes right before v
// (allowing a comma): the verb reports the quotation.
func (x *extractor) quoteBefore(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if isQuote(x.toks[k].Text) {
			return true
		}
		if x.toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	return false
}

// subjectOfNextVerb reports whether the entity mention at token i is
// directly followed by a finite verb, that is, whether it is the subject
// of a clause the parser took for an object.
func (x *extractor) subjectOfNextVerb(i int) bool {
	m, ok := x.ents.MentionAt(x.si, i)
	if !ok {
		return false
	}
	j := m.End
	if j < len(x.toks) && x.toks[j].Text == "," {
		// past an apposition: "X, the caretaker Prime Minister, recommended"
		for k := j + 1; k < len(x.toks) && k <= j+8; k++ {
			if x.toks[k].Text == "," {
				j = k + 1
				break
			}
		}
	}
	if j >= len(x.toks) {
		return false
	}
	switch x.toks[j].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// caseMarked reports whether nominal c, or a modifier before it, has a
// preposition of its own ("according to current president X").
func (x *extractor) caseMarked(c int) bool { return x.markedPrep(c) != "" }

// markedPrep returns the preposition of nominal c found on it or on a
// modifier before it, lower case, or "".
func (x *extractor) markedPrep(c int) string {
	for _, k := range x.children[c] {
		d := x.toks[k].Deprel
		if d == "case" && k < c {
			return strings.ToLower(x.toks[k].Text)
		}
		if k < c && (d == "nmod:desc" || d == "compound" || d == "amod") {
			for _, kk := range x.children[k] {
				if x.toks[kk].Deprel == "case" && kk < k {
					return strings.ToLower(x.toks[kk].Text)
				}
			}
		}
	}
	return ""
}
