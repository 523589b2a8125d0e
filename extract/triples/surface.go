package triples

import (
	"strings"

	"github.com/kg-project/kg/extract/entities"
)

// relationalNouns relate a person to another entity without being titles:
// "a critic of Putin", "an ally of Erdogan".
var relationalNouns = map[string]bool{
	"critic": true, "ally": true, "rival": true, "opponent": true, "supporter": true, "friend": true,
	"son": true, "daughter": true, "wife": true, "husband": true, "brother": true, "sister": true,
	"father": true, "mother": true, "widow": true, "successor": true, "predecessor": true,
	"deputy": true, "aide": true, "assistant": true, "partner": true, "co-founder": true,
	"cousin": true, "uncle": true, "aunt": true, "nephew": true, "niece": true, "grandson": true,
	"granddaughter": true, "grandfather": true, "grandmother": true, "stepson": true, "stepfather": true,
}

// rankWords are adjectives kept in a role: "prime minister", "chief
// executive", "former president".
var rankWords = map[string]bool{
	"prime": true, "foreign": true, "deputy": true, "vice": true, "chief": true, "former": true,
	"senior": true, "general": true, "interior": true, "defence": true, "defense": true, "finance": true,
	"caretaker": true, "acting": true, "interim": true, "executive": true, "supreme": true, "national": true,
	"first": true, "top": true, "longtime": true, "outgoing": true, "incoming": true, "opposition": true,
}

// beForms introduce a copular role: "X is a critic of Y".
var copulaForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "remains": true, "became": true, "becomes": true}

// surfaceRoles reads roles off the token sequence where the parse does not
// give them (parsers often misattach long appositions): "X, the chief
// executive of Y," and "X is an outspoken critic of Y". It only uses the
// recogniser's spans and part-of-speech tags, and emits a triple only for
// a pair the tree-based rules left unrelated in the sentence.
func (x *extractor) surfaceRoles(firstOut int) {
	if x.ents == nil {
		return
	}
	related := map[[2]int]bool{}
	for _, t := range x.out[firstOut:] {
		related[[2]int{x.entityIndex(t.Subject), x.entityIndex(t.Object)}] = true
	}
	for mi := range x.ents.Mentions {
		m := &x.ents.Mentions[mi]
		if m.Sentence != x.si || m.Kind != entities.KindName || m.Entity < 0 {
			continue
		}
		e := x.ents.Entities[m.Entity]
		if e.Type != "PERSON" {
			continue
		}
		i := m.End
		if i < len(x.toks) && x.toks[i].Text == "'s" {
			continue
		}
		base := 0.0
		switch {
		case i < len(x.toks) && x.toks[i].Text == ",":
			base = confRole * 0.85
			i++
		case i < len(x.toks) && copulaForms[strings.ToLower(x.toks[i].Text)]:
			base = confCopula
			i++
		case i+1 < len(x.toks) && (strings.EqualFold(x.toks[i].Text, "has") || strings.EqualFold(x.toks[i].Text, "had")) && strings.EqualFold(x.toks[i+1].Text, "been"):
			base = confCopula
			i += 2
		default:
			continue
		}
		rel, head, j, ok := x.surfaceRole(i)
		if !ok {
			continue
		}
		obj, ok := x.surfaceObject(j, head)
		if !ok || obj.ent == m.Entity || related[[2]int{m.Entity, obj.ent}] {
			continue
		}
		related[[2]int{m.Entity, obj.ent}] = true
		person := arg{tok: m.Head, ent: m.Entity, text: e.Name, typ: e.Type, factor: 1}
		x.stative = true
		x.emit(person, rel, obj, base, head, 1)
		x.stative = false
	}
	x.surfaceTitles(related)
	x.surfaceEvents(related)
	x.surfaceCapitals(related)
	x.surfaceTitleOf(related)
}

// surfaceTitleOf reads a title before a name whose organisation or
// country follows it: "President Abdel Fattah el-Sisi of Egypt",
// "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
// (the plural title covers each name of the list); and an organisation's
// person, "BBC's Jonathan Marcus" → work for BBC.
func (x *extractor) surfaceTitleOf(related map[[2]int]bool) {
	for mi := range x.ents.Mentions {
		m := &x.ents.Mentions[mi]
		if m.Sentence != x.si || m.Kind != entities.KindName || m.Entity < 0 || x.ents.Entities[m.Entity].Type != "PERSON" {
			continue
		}
		person := x.mentionArg(m, 1)
		if j := m.Start - 1; j >= 1 && (x.toks[j].Text == "'s" || x.toks[j].Text == "’s") {
			if om, ok := x.entityMentionAt(j-1, false); ok && om.End == j && x.ents.Entities[om.Entity].Type == "ORG" {
				o := x.mentionArg(om, 1)
				if !related[[2]int{person.ent, o.ent}] {
					related[[2]int{person.ent, o.ent}] = true
					x.stative = true
					x.emit(person, "work for", o, confRole*0.7, m.Head, 1)
					x.stative = false
				}
			}
			continue
		}
		i := m.End
		if i+1 >= len(x.toks) || !strings.EqualFold(x.toks[i].Text, "of") {
			continue
		}
		k := i + 1
		if isArticle(x.toks[k].Text) {
			k++
		}
		om, ok := x.entityMentionAt(k, false)
		if !ok || om.Start != k {
			continue
		}
		rel, head := x.titleBefore(m.Start-1, 0)
		if rel == "" {
			continue
		}
		o := x.mentionArg(om, 1)
		if related[[2]int{person.ent, o.ent}] {
			continue
		}
		related[[2]int{person.ent, o.ent}] = true
		x.stative = true
		x.emit(person, rel+" of", o, confRole*0.85, head, 1)
		x.stative = false
	}
}

// titleBefore reads the title words ending at token j ("President",
// "Foreign Minister") and returns them lower case, the role noun in its
// singular, with the role token; through "and" or "," it looks past an
// earlier "NAME of PLACE" of the same list, up to three times.
func (x *extractor) titleBefore(j, hops int) (string, int) {
	var ws []string
	head := -1
	for ; j >= 0 && len(ws) < 4; j-- {
		if _, ok := x.ents.MentionAt(x.si, j); ok {
			break
		}
		role, ok := x.isTitleToken(j)
		if !ok {
			break
		}
		w := strings.ToLower(x.toks[j].Text)
		if role && head < 0 {
			head = j
			w = strings.ToLower(x.lemma(j))
		}
		ws = append([]string{w}, ws...)
	}
	if head >= 0 {
		return strings.Join(ws, " "), head
	}
	if len(ws) > 0 || hops >= 3 || j < 3 {
		return "", -1
	}
	if w := x.toks[j].Text; w != "and" && w != "," {
		return "", -1
	}
	// "... Buhari of Nigeria and": the place, "of", the earlier name
	pm, ok := x.entityMentionAt(j-1, false)
	if !ok || pm.End != j || pm.Start < 2 || !strings.EqualFold(x.toks[pm.Start-1].Text, "of") {
		return "", -1
	}
	nm, ok := x.ents.MentionAt(x.si, pm.Start-2)
	if !ok || nm.Entity < 0 || nm.Kind != entities.KindName || x.ents.Entities[nm.Entity].Type != "PERSON" {
		return "", -1
	}
	return x.titleBefore(nm.Start-1, hops+1)
}

// surfaceCapitals reads which place is the capital of which: "the Serbian
// capital Belgrade", "Serbia's capital, Belgrade", "Belgrade, the capital
// of Serbia", "Belgrade is the capital of Serbia".
func (x *extractor) surfaceCapitals(related map[[2]int]bool) {
	isCapital := func(i int) bool {
		return i >= 0 && i < len(x.toks) && x.toks[i].UPOS != "VERB" && strings.ToLower(x.lemma(i)) == "capital"
	}
	for mi := range x.ents.Mentions {
		m := &x.ents.Mentions[mi]
		if m.Sentence != x.si || m.Kind != entities.KindName || m.Entity < 0 || x.ents.Entities[m.Entity].Type != "LOC" {
			continue
		}
		city := x.mentionArg(m, 1)
		var owner *entities.Mention
		// before the name
		j := m.Start - 1
		if j >= 0 && x.toks[j].Text == "," {
			j--
		}
		if isCapital(j) {
			k := j - 1
			for k >= 0 && x.toks[k].UPOS == "ADJ" {
				if _, ok := x.ents.MentionAt(x.si, k); ok {
					break
				}
				k-- // "the Serbian historic capital"
			}
			if k >= 0 && (x.toks[k].Text == "'s" || x.toks[k].Text == "’s" || x.toks[k].Text == "'") {
				k--
			}
			if om, ok := x.entityMentionAt(k, false); ok && om.End == k+1 {
				owner = om
			}
		}
		// after the name: "Niamey, Niger's capital"
		if owner == nil && m.End+3 < len(x.toks) && x.toks[m.End].Text == "," {
			if om, ok := x.entityMentionAt(m.End+1, false); ok && om.Start == m.End+1 && om.End+1 < len(x.toks) &&
				(x.toks[om.End].Text == "'s" || x.toks[om.End].Text == "’s") && isCapital(om.End+1) {
				owner = om
			}
		}
		if owner == nil {
			i := m.End
			if i < len(x.toks) && (x.toks[i].Text == "," || copulaForms[strings.ToLower(x.toks[i].Text)]) {
				i++
			}
			if i < len(x.toks) && isArticle(x.toks[i].Text) {
				i++
			}
			for i < len(x.toks) && x.toks[i].UPOS == "ADJ" {
				i++
			}
			if isCapital(i) && i+2 < len(x.toks) && strings.EqualFold(x.toks[i+1].Text, "of") {
				k := i + 2
				if isArticle(x.toks[k].Text) {
					k++
				}
				if om, ok := x.entityMentionAt(k, false); ok && om.Start == k {
					owner = om
				}
			}
		}
		if owner == nil || owner.Entity == m.Entity || x.ents.Entities[owner.Entity].Type != "LOC" {
			continue
		}
		o := x.mentionArg(owner, 1)
		if related[[2]int{city.ent, o.ent}] {
			continue
		}
		related[[2]int{city.ent, o.ent}] = true
		x.stative = true
		x.emit(city, "capital of", o, confRole*0.85, m.Head, 1)
		x.stative = false
	}
}

// entityIndex returns the index of the entity named name, or -2.
func (x *extractor) entityIndex(name string) int {
	for i := range x.ents.Entities {
		if x.ents.Entities[i].Name == name {
			return i
		}
	}
	return -2
}

// surfaceRole reads "[the|a|an] (rank adjective | noun)* ROLE (of|for|to|at)"
// from token i and returns the relation ("chief executive of"), the role
// token and the token after the preposition.
func (x *extractor) surfaceRole(i int) (rel string, head, next int, ok bool) {
	if i < len(x.toks) && isArticle(x.toks[i].Text) {
		i++
	}
	var ws []string
	head = -1
	for ; i < len(x.toks) && len(ws) < 5; i++ {
		t := &x.toks[i]
		if _, isEnt := x.ents.MentionAt(x.si, i); isEnt {
			// an entity inside the role ("the Hong Kong director of")
			if head >= 0 {
				return "", -1, 0, false
			}
			continue
		}
		lem := strings.ToLower(x.lemma(i))
		switch {
		case t.UPOS == "NOUN" || t.UPOS == "PROPN" || (t.UPOS == "ADJ" && entities.RoleNoun(lem)):
			ws = append(ws, lem)
			head = i
			continue
		case t.UPOS == "ADJ" && rankWords[lem] && head < 0:
			ws = append(ws, lem)
			continue
		case t.UPOS == "ADJ" && head < 0:
			continue // "an outspoken critic": the adjective is no part of the role
		case head < 0 && (t.XPOS == "VBG" || t.XPOS == "VBN" || t.UPOS == "ADV"):
			continue // "the long-serving Sultan", "the newly elected president"
		case head < 0 && t.Text == "-" && i > 0 && i+1 < len(x.toks) && x.toks[i-1].End == t.Start && t.End == x.toks[i+1].Start:
			continue // the hyphen of "long-serving"
		}
		break
	}
	if head < 0 || i >= len(x.toks) {
		return "", -1, 0, false
	}
	hl := strings.ToLower(x.lemma(head))
	if !entities.RoleNoun(hl) && !relationalNouns[hl] {
		return "", -1, 0, false
	}
	pr := strings.ToLower(x.toks[i].Text)
	switch pr {
	case "of":
	case "for", "at":
		pr = "of"
	case "to":
		if hl != "ambassador" && hl != "envoy" && hl != "adviser" && hl != "advisor" && hl != "successor" {
			return "", -1, 0, false
		}
	default:
		return "", -1, 0, false
	}
	return strings.Join(ws, " ") + " " + pr, head, i + 1, true
}

// surfaceObject reads the entity after a role's preposition: "[the]
// Amnesty International", or a person after up to three describing words
// for relational nouns ("a critic of Russian president Vladimir Putin").
func (x *extractor) surfaceObject(i, head int) (arg, bool) {
	if i < len(x.toks) && strings.EqualFold(x.toks[i].Text, "the") {
		i++
	}
	relational := relationalNouns[strings.ToLower(x.lemma(head))]
	for skipped := 0; i < len(x.toks) && skipped <= 3; i++ {
		m, ok := x.ents.MentionAt(x.si, i)
		if ok && m.Entity >= 0 && m.Kind == entities.KindName {
			e := x.ents.Entities[m.Entity]
			if e.Type == "PERSON" && !relational && skipped > 0 {
				return arg{}, false
			}
			if skipped > 0 && !(e.Type == "PERSON" && relational) {
				return arg{}, false
			}
			return arg{tok: m.Head, ent: m.Entity, text: e.Name, typ: e.Type, factor: 1}, true
		}
		t := &x.toks[i]
		if t.UPOS != "ADJ" && t.UPOS != "NOUN" && !ok {
			return arg{}, false
		}
		skipped++
	}
	return arg{}, false
}

// entityMentionAt returns the named or demonym mention covering token i
// with its entity, if it is an organisation or place (or, with person, a
// person).
func (x *extractor) entityMentionAt(i int, person bool) (*entities.Mention, bool) {
	if i < 0 || i >= len(x.toks) {
		return nil, false
	}
	m, ok := x.ents.MentionAt(x.si, i)
	if !ok || m.Entity < 0 || (m.Kind != entities.KindName && m.Kind != entities.KindDemonym) {
		return nil, false
	}
	switch x.ents.Entities[m.Entity].Type {
	case "ORG", "LOC":
		return m, true
	case "PERSON":
		return m, person
	}
	return nil, false
}

func (x *extractor) mentionArg(m *entities.Mention, factor float64) arg {
	e := x.ents.Entities[m.Entity]
	if m.Kind == entities.KindDemonym {
		factor *= kindFactor[entities.KindDemonym]
	}
	return arg{tok: m.Head, ent: m.Entity, text: e.Name, typ: e.Type, factor: factor}
}

// isTitleToken: a role noun or rank word of a title before a name, in any
// case ("Chancellor", "Foreign", "ambassador").
func (x *extractor) isTitleToken(i int) (role bool, ok bool) {
	t := &x.toks[i]
	if t.UPOS == "PUNCT" || t.UPOS == "DET" || t.UPOS == "ADP" {
		return false, false
	}
	l := strings.ToLower(x.lemma(i))
	w := strings.ToLower(t.Text)
	if entities.RoleNoun(l) || entities.RoleNoun(w) {
		return true, true
	}
	return false, rankWords[l] || rankWords[w] || w == "minister" || w == "affairs" || w == "security" || w == "state"
}

// surfaceTitles reads titles before a person's name off the tokens:
// "German Chancellor Angela Merkel" → Merkel chancellor of Germany; "US
// Ambassador to Germany Richard Grenell" → Grenell ambassador to Germany
// and ambassador of United States; "Angela Merkel's spokesperson, Steffen
// Seibert" → Seibert spokesperson of Merkel.
func (x *extractor) surfaceTitles(related map[[2]int]bool) {
	for mi := range x.ents.Mentions {
		m := &x.ents.Mentions[mi]
		if m.Sentence != x.si || m.Kind != entities.KindName || m.Entity < 0 || x.ents.Entities[m.Entity].Type != "PERSON" {
			continue
		}
		person := x.mentionArg(m, 1)
		j := m.Start - 1
		comma := false
		if j >= 0 && x.toks[j].Text == "," {
			j--
			comma = true
		}
		// "to Germany" between the title and the name
		var inner *entities.Mention
		innerPrep := ""
		if im, ok := x.entityMentionAt(j, false); ok && !comma && im.Start >= 1 {
			p := strings.ToLower(x.toks[im.Start-1].Text)
			if p == "to" || p == "of" {
				inner, innerPrep = im, p
				j = im.Start - 2
			}
		}
		var ws []string
		hasRole, head := false, -1
		for ; j >= 0 && len(ws) < 5; j-- {
			if _, ok := x.ents.MentionAt(x.si, j); ok {
				break
			}
			if strings.EqualFold(x.toks[j].Text, "of") && len(ws) > 0 && j > 0 {
				// "Secretary of State", "Minister of Foreign Affairs"
				if r, ok := x.isTitleToken(j - 1); ok && r {
					ws = append([]string{"of"}, ws...)
					continue
				}
			}
			role, ok := x.isTitleToken(j)
			if !ok && comma && head < 0 && relationalNouns[strings.ToLower(x.lemma(j))] {
				// "Qaboos's cousin, Haitham", "his successor, Haitham"
				role, ok = true, true
			}
			if !ok {
				break
			}
			if role && head < 0 {
				head = j
			}
			hasRole = hasRole || role
			w := strings.ToLower(x.toks[j].Text)
			if j == head && (x.toks[j].XPOS == "NNS" || x.toks[j].XPOS == "VBZ") {
				w = x.lemma(j) // "FDP ministers Marco Buschmann and ...": each is a minister (tagged as a verb too)
			}
			ws = append([]string{w}, ws...)
		}
		if !hasRole {
			continue
		}
		rel := strings.Join(ws, " ")
		poss := j >= 0 && (x.toks[j].Text == "'s" || x.toks[j].Text == "’s" || x.toks[j].Text == "'")
		if poss {
			j--
		}
		if comma && !poss {
			// "his successor, Haitham": a possessive pronoun resolved to
			// its person
			if pm, ok := x.ents.MentionAt(x.si, j); ok && j >= 0 && pm.Kind == entities.KindPronoun && pm.Entity >= 0 && pm.Entity != person.ent && x.toks[j].XPOS == "PRP$" {
				o := x.mentionArg(pm, kindFactor[entities.KindPronoun])
				if !related[[2]int{person.ent, o.ent}] {
					related[[2]int{person.ent, o.ent}] = true
					x.stative = true
					x.emit(person, rel+" of", o, confRole*0.8, head, 1)
					x.stative = false
				}
			}
			// "X, Y": only "Z's spokesperson, Y" and "Iranian general, Y"
			// are titles — an affiliation by demonym or organisation,
			// not "its Paris lawyer, Y" (a city says where, and "its"
			// whose)
			om, ok := x.entityMentionAt(j, false)
			if !ok || om.End != j+1 || (j+1 < len(x.toks) && x.toks[j+1].Text == "'s") ||
				(om.Kind != entities.KindDemonym && x.ents.Entities[om.Entity].Type != "ORG") ||
				(om.Start > 0 && x.toks[om.Start-1].XPOS == "PRP$") {
				continue
			}
		}
		x.stative = true
		if inner != nil {
			o := x.mentionArg(inner, 1)
			if !related[[2]int{person.ent, o.ent}] {
				related[[2]int{person.ent, o.ent}] = true
				x.emit(person, rel+" "+innerPrep, o, confRole*0.85, head, 1)
			}
		}
		if om, ok := x.entityMentionAt(j, poss); ok {
			// "Britain's Europe Director X": the owner, not the portfolio
			if !poss && om.Start >= 2 && x.toks[om.Start-1].Text == "'s" {
				if owner, ok := x.entityMentionAt(om.Start-2, false); ok {
					om = owner
				}
			}
			o := x.mentionArg(om, 1)
			if !related[[2]int{person.ent, o.ent}] {
				related[[2]int{person.ent, o.ent}] = true
				x.emit(person, roleOf(om, person, rel, x.lemma(head)), o, confRole*0.85, head, 1)
			}
		}
		x.stative = false
	}
}

// surfaceEvents reads "A's EVENT PREP B" off the tokens where the parser
// did not make the event a noun: "the United States' killing of Qasem
// Soleimani" → United States kill Qasem Soleimani.
func (x *extractor) surfaceEvents(related map[[2]int]bool) {
	for n := 2; n+2 < len(x.toks); n++ {
		w := strings.ToLower(x.toks[n].Text)
		ev, ok := eventNouns[w]
		if !ok {
			ev, ok = eventNouns[strings.ToLower(x.lemma(n))]
		}
		if !ok || x.toks[n].UPOS == "NOUN" {
			continue // nouns are the tree rules' job
		}
		if p := x.toks[n-1].Text; p != "'s" && p != "'" && p != "’s" && p != "’" {
			continue
		}
		am, ok := x.entityMentionAt(n-2, true)
		if !ok || am.Kind != entities.KindName {
			continue
		}
		pr := strings.ToLower(x.toks[n+1].Text)
		if !contains(ev.preps, pr) {
			continue
		}
		j := n + 2
		if strings.EqualFold(x.toks[j].Text, "the") {
			j++
		}
		om, ok := x.entityMentionAt(j, true)
		if !ok || om.Kind != entities.KindName || om.Start != j {
			continue
		}
		a, o := x.mentionArg(am, 1), x.mentionArg(om, 1)
		if related[[2]int{a.ent, o.ent}] {
			continue
		}
		related[[2]int{a.ent, o.ent}] = true
		x.emit(a, ev.verb, o, confNominal*0.9, n, 1)
	}
}
