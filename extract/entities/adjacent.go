package entities

import (
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// adjacentSpans joins, or cuts again, two names the recogniser tagged
// side by side, with no word between them and on one line: a news text
// rarely writes two names that way, so most such pairs are one name the
// recogniser cut in two ("[Queensland]LOC [University of
// Technology]ORG", "[Merrill Lynch]PER [Capital Markets]ORG", "[BBC]ORG
// [Wales]LOC"). See adjacentJoin for which pairs, and why the others
// ("the [US] [Department of Energy]", "[Toronto] [World Bank]") stay two.
func (r *resolver) adjacentSpans(s *nlp.Sentence, spans []nlp.Span) []nlp.Span {
	toks := s.Tokens
	if len(spans) < 2 || capsSentence(toks) {
		return spans
	}
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		for i+1 < len(spans) && spans[i+1].Start == sp.End && !lineBreakBefore(s, sp.End) {
			next := spans[i+1]
			if p, ok := r.personOfOrg(toks, sp, next); ok {
				// "[Sandra]PER [Taylor of Central Queensland
				// University]ORG": the surname goes to the person
				out = append(out, nlp.Span{Start: sp.Start, End: p, Type: sp.Type})
				sp = nlp.Span{Start: p + 1, End: next.End, Type: next.Type}
				i++
				break
			}
			typ, ok := r.adjacentJoin(toks, sp, next)
			if !ok {
				break
			}
			sp = nlp.Span{Start: sp.Start, End: next.End, Type: typ}
			i++
		}
		out = append(out, sp)
	}
	return out
}

// lineBreakBefore reports whether a line break stands between token k-1
// and token k of s: a name at the end of one line and a name at the start
// of the next ("Traci Warner / Enron Broadband Services") are two.
func lineBreakBefore(s *nlp.Sentence, k int) bool {
	a, b := s.Tokens[k-1].End-s.Start, s.Tokens[k].Start-s.Start
	return a >= 0 && a <= b && b <= len(s.Text) && strings.ContainsAny(s.Text[a:b], "\n\r")
}

// personOfOrg reads a person's name a and, right after it, an
// organisation span b that opens with one more capitalised word and "of"
// ("[Sandra] [Taylor of Central Queensland University]", "[Andre]
// [Morony of Bankers Trust Australia Ltd]"): the word is the person's
// surname. It returns the index of "of".
func (r *resolver) personOfOrg(toks []nlp.Token, a, b nlp.Span) (int, bool) {
	if TypeOf(a.Type) != "PERSON" || b.Type != "ORG" || b.End-b.Start < 3 || a.End-a.Start > 2 || toks[b.Start+1].Text != "of" {
		return 0, false
	}
	w := toks[b.Start].Text
	if !capitalisedWord(w) || isAllCaps(w) || orgHeads[strings.ToLower(w)] || companyHeads[w] || firmHeads[w] ||
		isTitleWord(w) || r.bigPlace(w) {
		return 0, false
	}
	return b.Start + 1, true
}

// governmentHeads head the bodies and the forces of a state, which a
// country's name before them does not open, nor after "of" close: "the US
// Department of Energy", "UK Ministry of Defence", "the Islamic
// Revolutionary Guard Corps of Iran" name the body and the country.
var governmentHeads = map[string]bool{
	"ministry": true, "department": true, "office": true, "agency": true, "administration": true,
	"commission": true, "committee": true, "senate": true, "congress": true, "parliament": true,
	"assembly": true, "government": true, "army": true, "navy": true, "police": true, "forces": true,
	"court": true, "authority": true, "bureau": true, "service": true, "council": true, "embassy": true,
	"corps": true, "guard": true, "brigade": true, "brigades": true, "units": true, "militia": true,
}

// adjacentJoin returns the type of the one name that the spans a and b,
// side by side, make, and whether they make one:
//   - a name ending in "of" or an abbreviation's dot goes on ("[University
//     of] [New South Wales]", "[First National Bank of St.] [Paul]");
//   - legal forms alone are the company's before them ("[Morgan
//     Stanley] [Co Ltd]");
//   - a place or an organisation before an organisation that opens with
//     its head and "of" ("[Queensland] [University of Technology]",
//     "[London] [School of Economics]"), but not a country before a body
//     of the state;
//   - any name before an organisation that ends in a head, made of common
//     words or one name at most before it ("[France] [Telecom]",
//     "[Florida] [State University]", "[Merrill Lynch] [Capital
//     Markets]", "[Walt] [Disney Studios]"; not "[Toronto] [World Bank]",
//     a name the gazetteer knows, nor "[US] [Disney Corporation]", a
//     country before a company's own name);
//   - an organisation before a place, its branch or unit there ("[BBC]
//     [Wales]", "[IBM] [Canada]", "[University of California] [Los
//     Angeles]"), unless the organisation is a party ("Tory");
//   - an organisation before a region's company ("[BP] [North America
//     Inc]");
//   - a place and a feature's word, or compass words and a place
//     ("[Tampa] [Bay]", "[Mississippi] [Delta]", "[South East] [Asia]");
//   - two person's names of which one is a single word ("[Hans]
//     [Christian Andersen]", "[Gassim Ali] [Abu-Nawar]").
func (r *resolver) adjacentJoin(toks []nlp.Token, a, b nlp.Span) (string, bool) {
	ta, tb := TypeOf(a.Type), TypeOf(b.Type)
	if !keptTypes[ta] || !keptTypes[tb] {
		return "", false
	}
	place := func(t string) bool { return t == "LOC" }
	if es := r.lookup(spanText(toks, a.Start, b.End)); len(es) > 0 && isOrgEntry(es[0]) && (ta != "ORG" || tb != "ORG") {
		return "ORG", true // "[Paris]LOC [Saint-Germain]PER": a body the gazetteer knows
	}
	last := toks[a.End-1].Text
	if ta == "ORG" && (last == "of" || strings.HasSuffix(last, ".") && len(last) <= 4 && !isLegalForm(last)) {
		return "ORG", true
	}
	// b without its legal forms (and a US bank's "NA", national
	// association)
	end := b.End
	for end > b.Start && (isLegalForm(toks[end-1].Text) || toks[end-1].Text == "," || isBankForm(toks[end-1].Text)) {
		end--
	}
	if end == b.Start && b.End > b.Start {
		return "ORG", true
	}
	country := place(ta) && r.hasSubtype(spanText(toks, a.Start, a.End), gazetteer.SubCountry)
	first := toks[b.Start].Text
	if tb == "ORG" && (place(ta) || ta == "ORG") && end-b.Start >= 3 && toks[b.Start+1].Text == "of" && orgHeads[strings.ToLower(first)] {
		if country && governmentHeads[strings.ToLower(first)] {
			return "", false
		}
		return "ORG", true
	}
	if tb == "ORG" && end-b.Start <= 4 && unitHead(toks[end-1].Text) && !r.gazetteerOrg(spanText(toks, b.Start, b.End)) &&
		!isTitleWord(last) && !isPossessive(last) {
		names := 0
		for k := b.Start; k < end-1; k++ {
			w := toks[k].Text
			if toks[k].Text == "of" || !capitalisedWord(w) {
				return "", false
			}
			if r.ownName(toks[k]) {
				names++
			}
		}
		if country && (names > 0 || governmentHeads[strings.ToLower(toks[end-1].Text)]) || names > 1 {
			return "", false
		}
		return "ORG", true
	}
	if (ta == "ORG" || orgHeads[strings.ToLower(last)]) && place(tb) && b.End-b.Start <= 3 && !partyNames[spanText(toks, a.Start, a.End)] &&
		r.isPlace(spanText(toks, b.Start, b.End)) {
		return "ORG", true
	}
	if place(ta) && place(tb) && (b.End-b.Start == 1 && (featureHeads[first] || placeTails[first]) || allCompass(toks[a.Start:a.End])) {
		return "LOC", true
	}
	if (place(ta) || ta == "PERSON") && place(tb) && a.End-a.Start == 1 && b.End-b.Start == 1 && flatUnder(toks, b.Start, a.Start) &&
		r.isGivenName(toks[a.Start].Text) && !r.bigPlace(toks[a.Start].Text) && !isAllCaps(toks[a.Start].Text) && !isAllCaps(toks[b.Start].Text) &&
		!r.countryOrRegionNamed(toks[b.Start].Text, ta == "PERSON") {
		// "[Anna] [Holland], 20", "[Vladimir] [Girin]", "Sheriff
		// [Adan]PER [Mendoza]": a given name and a surname that both
		// name places (not "Bell Canada", "Franklin Pennsylvania")
		return "PERSON", true
	}
	if ta == "ORG" && tb == "ORG" && end < b.End && r.isPlace(spanText(toks, b.Start, end)) {
		return "ORG", true
	}
	if ta == "PERSON" && tb == "PERSON" && (a.End-a.Start == 1 || b.End-b.Start == 1) && b.End-a.Start <= 4 &&
		!isTitleWord(toks[a.Start].Text) && !isTitleWord(first) {
		if unitHead(toks[b.End-1].Text) {
			return "ORG", true // "[Anderson] [Clayton Foods]"
		}
		return "PERSON", true
	}
	if ta == "PERSON" && tb != "PERSON" && a.End-a.Start >= 2 && b.End-b.Start >= 2 && b.End-b.Start <= 4 && b.End-a.Start <= 6 && r.flatPieces(toks, a, b) {
		// "[Nana Addo]PER [Dankwa Akufo-Addo]ORG", "[Jigme
		// Khesar]PER [Namgyel Wangchuck]ORG": the parse makes the words
		// of a second name the recogniser typed otherwise flat parts of
		// the first's (a second person's name, or one word, may be
		// another entity in a list or a signature: "Kevin A. Boone
		// Accenture")
		return "PERSON", true
	}
	return "", false
}

// flatPieces reports whether every word of span b is a flat dependent of
// a word of span a, of b, or of the word a's first word is flat under
// (a title: "King [Jigme Khesar] [Namgyel Wangchuck]"), and reads as a
// name's piece: capitalised, no title, common word, legal form or head of
// a body or a place, and no name the gazetteer knows (headedName).
func (r *resolver) flatPieces(toks []nlp.Token, a, b nlp.Span) bool {
	if r.lex == nil || r.headedName(toks, b.Start, b.End) {
		return false
	}
	for k := b.Start; k < b.End; k++ {
		t := &toks[k]
		if t.Text == "-" && k > b.Start && glued(toks, k) {
			continue // "Akufo-Addo"
		}
		h := t.Head - 1
		shared := toks[a.Start].Deprel == "flat" && toks[a.Start].Head-1 == h
		if t.Deprel != "flat" || !shared && (h < a.Start || h >= a.End && (h < b.Start || h >= b.End)) || !capitalisedWord(t.Text) ||
			isAllCaps(t.Text) || isTitleWord(t.Text) || isLegalForm(t.Text) || r.commonWord(t.Text) {
			return false
		}
	}
	return true
}

// countryOrRegionNamed reports whether w is the name the gazetteer gives a country
// or, unless countryOnly, a region first: "Canada", "Pennsylvania", not
// "Holland", one of the Netherlands' other names, which is also a
// surname. (A region's name after a given name the recogniser read as a
// person's is the surname: "Adan Mendoza".)
func (r *resolver) countryOrRegionNamed(w string, countryOnly bool) bool {
	for _, e := range r.lookup(w) {
		if (e.Subtype == gazetteer.SubCountry || e.Subtype == gazetteer.SubRegion && !countryOnly) && sameName(e.Name, w) {
			return true
		}
	}
	return false
}

// placeTails end the names of places after a place's name, as
// featureHeads do: "[Tampa] [Bay]", "[Mississippi] [Delta]".
var placeTails = map[string]bool{
	"Bay": true, "Delta": true, "River": true, "Valley": true, "Lake": true, "Coast": true, "Hills": true,
	"Heights": true, "Basin": true, "Plains": true,
}

// allCompass reports whether every token of toks is a compass word
// ("South East").
func allCompass(toks []nlp.Token) bool {
	for _, t := range toks {
		if !compassWords[t.Text] {
			return false
		}
	}
	return len(toks) > 0
}

// unitHead reports whether w ends the name of an organisation or a unit
// of one: "Council", "Bank", "Telecom", "Markets", "United".
func unitHead(w string) bool {
	return orgHeads[strings.ToLower(w)] || companyHeads[w] || firmHeads[w] || clubHeads[w]
}

// ownName reports whether t is a name of its own rather than a common
// word written with a capital in a name: a word the gazetteer knows, or
// that the recogniser tagged alone somewhere in the article ("Disney" in
// "Disney Corporation", not "Construction" in "China Construction Bank").
func (r *resolver) ownName(t nlp.Token) bool {
	if unitHead(t.Text) {
		return false
	}
	return r.soloName(t.Text) || r.gaz != nil && len(r.gaz.Lookup(t.Text)) > 0
}

// soloName reports whether the recogniser tagged the word w alone as a
// name somewhere in the article.
func (r *resolver) soloName(w string) bool {
	r.indexSpans()
	return r.solo[w]
}

// joinParticles are the lower-case words that join the parts of a
// person's or a place's name in many languages: "Ursula von der Leyen",
// "Osama bin Laden", "Punta del Este", "Leonardo da Vinci".
var joinParticles = map[string]bool{
	"de": true, "del": true, "della": true, "delle": true, "di": true, "da": true, "das": true, "do": true,
	"dos": true, "du": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "zu": true,
	"la": true, "le": true, "las": true, "los": true, "bin": true, "ibn": true, "bint": true, "al": true,
	"delos": true, "dela": true, // Filipino: "Kian delos Santos", "Juan dela Cruz"
	"ould": true, "Ould": true, "Ag": true, // Mauritanian and Tuareg: "Mohamed Lemine Ould Bouh", "Iyad Ag Ghaly"
}

// venueOpeners open the names of stadiums in French, Spanish, Italian
// and Portuguese, a particle and a place's or a person's name after them:
// "Stade de France", "Estadio Santiago Bernabéu", "Stadio Olimpico".
var venueOpeners = map[string]bool{"Stade": true, "Estadio": true, "Estádio": true, "Stadio": true}

// particleSpans joins a name to the capitalised words after the particles
// that follow it, where the tagger or the recogniser cut the name at a
// particle it did not know ("[Punta] del [Este]", "[Mario de] las Casas", "[Ursula von] der
// Leyen"): one or two particles, the first maybe the span's own last
// word, then a name the recogniser tagged with the same type (any type
// after a stadium's opener: "[Stade] de [France]"), or, after
// a person's name, capitalised words it left untagged ("[Luiz Inácio
// Lula] da Silva"). Not across
// a line break, nor in a sentence of capitals.
func particleSpans(s *nlp.Sentence, spans []nlp.Span) []nlp.Span {
	toks := s.Tokens
	if len(spans) == 0 || capsSentence(toks) {
		return spans
	}
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		// the spans are in order and apart: the words from sp.End up to
		// the next span's start are untagged
		free := len(toks)
		if i+1 < len(spans) {
			free = spans[i+1].Start
		}
		typ := TypeOf(sp.Type)
		venue := venueOpeners[toks[sp.Start].Text]
		if venue {
			typ = "LOC" // "[Stade]ORG de [France]LOC"
		}
		if typ != "PERSON" && typ != "LOC" {
			out = append(out, sp)
			continue
		}
		if e := hyphenChain(toks, sp.End); typ == "PERSON" && e < free && e > sp.End && joinParticles[toks[e].Text] {
			sp.End = e // "[Bart]-Jan van den Heuvel": a hyphenated given name before the particles
		}
		own := 0 // the span's own particles at its end ("Ursula von")
		for k := sp.End - 1; k > sp.Start && joinParticles[toks[k].Text]; k-- {
			own++
		}
		j := sp.End
		for j < free && j-sp.End < 2 && joinParticles[toks[j].Text] {
			j++
		}
		if own+j-sp.End == 0 || own+j-sp.End > 2 || j >= len(toks) || !capitalisedWord(toks[j].Text) || lineBreakBefore(s, j) {
			out = append(out, sp)
			continue
		}
		switch {
		case i+1 < len(spans) && spans[i+1].Start == j && (TypeOf(spans[i+1].Type) == typ || venue):
			sp.End = spans[i+1].End
			if venue {
				sp.Type = "LOC"
			}
			i++
		case typ == "PERSON" && j < free && surnameWord(&toks[j]):
			for j < free && surnameWord(&toks[j]) {
				j++
			}
			sp.End = j
		}
		out = append(out, sp)
	}
	return out
}

// surnameWord reports whether t may be a word of a surname after a
// particle: a capitalised proper noun, or a capitalised noun the tagger
// took for a common one ("Lula da [Silva]"), not in capitals.
func surnameWord(t *nlp.Token) bool {
	return capitalisedWord(t.Text) && (t.UPOS == "PROPN" || t.UPOS == "NOUN" && !isAllCaps(t.Text))
}

// surnameTag reports whether the tagger's reading of t, after a given
// name, may hide a surname that is also a word: a common noun ("[Kate]
// Moss"), a verb, which news never capitalises inside a sentence
// ("[Justin] Rose"), or a people's adjective ("[Mark] Cuban").
func surnameTag(t *nlp.Token, r *resolver) bool {
	switch t.UPOS {
	case "NOUN", "VERB":
		return true
	case "ADJ":
		return r.isDemonym(t.Text)
	}
	return false
}

// awardHeads end the names of awards, cups and contests, which often
// open with a person's given name: "Victoria Cross", "Davis Cup".
var awardHeads = map[string]bool{
	"cross": true, "medal": true, "cup": true, "trophy": true, "shield": true, "awards": true, "prizes": true,
	"games": true, "open": true, "classic": true, "championship": true, "championships": true, "stakes": true,
}

// surnameGivenMin is how many US births a given name must count for
// surnameSpans: "Sky", "Baby" and "Cosby" are rarely given.
const surnameGivenMin = 20_000

// givenSpans adds to a person's span of one word the untagged given
// name right before it that the recogniser, not knowing it, left out:
// "backed Sławomir [Mentzen]", "No. 1 Aryna [Sabalenka]". The word is a
// capitalised proper noun the tree makes one name with the surname (the
// surname flat under it or it a compound of the surname), after no other
// capitalised word but a title, and no common word, title, place,
// people's word or head of a name; the surname is no common word either
// ("Whitbread [Book] Awards"). A given name of two parts joined by a
// hyphen, its first part the recogniser's, joins the two spans:
// "[Kassym]-Jomart [Tokayev]".
func (r *resolver) givenSpans(s *nlp.Sentence, spans []nlp.Span) []nlp.Span {
	toks := s.Tokens
	if capsSentence(toks) {
		return spans
	}
	out := spans[:0:0]
	for n, sp := range spans {
		i := sp.Start
		if TypeOf(sp.Type) != "PERSON" || sp.End-i != 1 || i == 0 || n > 0 && spans[n-1].End == i {
			out = append(out, sp)
			continue
		}
		g := &toks[i-1]
		// the given name's first part, before a hyphen, is the
		// recogniser's
		k := i - 2
		hyphen := k >= 1 && toks[k].Text == "-" && glued(toks, k) && glued(toks, i-1) && len(out) > 0 &&
			out[len(out)-1].End == k && TypeOf(out[len(out)-1].Type) == "PERSON"
		linked := toks[i].Head-1 == i-1 && toks[i].Deprel == "flat" || g.Head-1 == i && (g.Deprel == "compound" || g.Deprel == "flat") ||
			hyphen && toks[i].Head-1 == k-1 && toks[i].Deprel == "flat"
		lw := strings.ToLower(g.Text)
		if !linked || g.UPOS != "PROPN" || r.commonWord(toks[i].Text) || !capitalisedWord(g.Text) || isAllCaps(g.Text) || isTitleWord(g.Text) || givenTitles[g.Text] || honorifics[lw] ||
			r.commonWord(g.Text) || r.isPlace(g.Text) || r.isDemonym(g.Text) || r.peopleWord(g.Text) || nlp.IsMonth(g.Text) ||
			orgHeads[lw] || placeHeads[lw] || geoHeads[g.Text] || lineBreakBefore(s, i) {
			out = append(out, sp)
			continue
		}
		if hyphen {
			out[len(out)-1].End = sp.End // "[Kassym]-Jomart [Tokayev]"
			continue
		}
		if k >= 0 && capitalisedWord(toks[k].Text) && !isTitleWord(toks[k].Text) || len(out) > 0 && out[len(out)-1].End == i-1 {
			out = append(out, sp)
			continue
		}
		sp.Start = i - 1
		out = append(out, sp)
	}
	return out
}

// surnameSpans adds to a person's span of one common given name the
// capitalised word right after it that the tagger read as a common noun,
// a verb or a people's adjective ("[Jeremy] Irons", "[Jamie] Noon",
// "[Kate] Moss", "[Justin] Rose", "[Mark] Cuban"): a surname that is
// also a word, which the tagger's lexicon knows as one, and the
// recogniser then leaves out. Not an adjective ("[Rainey] Senior"). Not a head of places, bodies, awards or
// titles ("[Victoria] Cross", "[Oscar] Award", "[Reagan]
// Administration"), not a word the article also writes in lower case
// ("[Cosby] Show" beside "the show"), not a word that a capitalised word
// continues, nor across a line break.
func (r *resolver) surnameSpans(s *nlp.Sentence, spans []nlp.Span) []nlp.Span {
	toks := s.Tokens
	for i, sp := range spans {
		j := sp.End
		if TypeOf(sp.Type) != "PERSON" || sp.End-sp.Start != 1 || j >= len(toks) ||
			i+1 < len(spans) && spans[i+1].Start == j {
			continue
		}
		next := &toks[j]
		if !surnameTag(next, r) || !capitalisedWord(next.Text) || isAllCaps(next.Text) ||
			j+1 < len(toks) && capitalisedWord(toks[j+1].Text) || lineBreakBefore(s, j) || !toks[sp.Start].SpaceAfter {
			continue
		}
		w := strings.ToLower(next.Text)
		if placeHeads[w] || awardHeads[w] || geoHeads[next.Text] || classNouns[w] != "" || titleWords[w] || calendarWords[w] ||
			RoleNoun(w) || unitHead(next.Text) || r.lowerWords()[w] || r.givenCount(toks[sp.Start].Text) < surnameGivenMin {
			continue
		}
		spans[i].End = j + 1
	}
	return spans
}
