package entities

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract/nlp"
)

// kindsOfWork name kinds of creative works; the name right after one is a
// work's title ("the film Vera Drake", "Eastwood's boxing drama Million
// Dollar Baby", "his album Hopes and Fears"), no person, organisation or
// place.
var kindsOfWork = map[string]bool{
	"film": true, "movie": true, "biopic": true, "drama": true, "comedy": true, "thriller": true,
	"documentary": true, "cartoon": true, "sitcom": true, "soap": true, "musical": true, "opera": true,
	"play": true, "album": true, "single": true, "song": true, "novel": true, "book": true,
	"memoir": true, "autobiography": true, "videogame": true, "epic": true, "blockbuster": true,
	"sequel": true, "remake": true, "series": true, "painting": true, "poem": true, "ballet": true,
}

// workSpans returns the spans of sentence s with the title after a work
// noun (kindsOfWork) made one span of type WORK, over the names the
// recogniser tagged inside it or none (see workTitle). Not when the title
// is a letter or function words ("series A preferred stock"), an award
// ("the best film Oscar"), cut short by the tokenizer, modifies a noun
// after it ("the film Oscar nominations"), opens a relative clause ("the
// play Hughes wrote") or a new clause ("in that painting Leonardo
// tried"), nor in a sentence of capitals.
func (r *resolver) workSpans(s *nlp.Sentence, spans []nlp.Span) []nlp.Span {
	toks := s.Tokens
	if capsSentence(toks) {
		return spans
	}
	for k := 0; k+1 < len(toks); k++ {
		t := &toks[k]
		noun := kindsOfWork[t.Text] && (t.UPOS == "NOUN" || t.UPOS == "ADJ" && adjectiveWorks[t.Text])
		if !noun && !titleCue(toks, k+1) {
			continue
		}
		start, end := r.workTitle(spans, toks, k+1)
		if end == start || !hasTitleWord(toks[start:end]) || awardNames[toks[start].Text] || r.knownOrgWord(spanText(toks, start, end)) {
			continue // not "this movie Google": a known organisation's name
		}
		if !noun && !slices.ContainsFunc(spans, func(sp nlp.Span) bool { return sp.Start >= start && sp.End <= end }) {
			continue // a quoted title after a lesser cue retypes the recogniser's names, it adds none
		}
		if end < len(toks) && !toks[end-1].SpaceAfter && !isPunct(toks[end].Text) {
			continue // "Sometimes You Ca|n't": a title cut short
		}
		next := end // the word after the title (after its closing quote on the weaker cues)
		if !noun && next < len(toks) && isQuote(toks[next].Text) {
			next++
		}
		if next < len(toks) && toks[next].UPOS == "NOUN" && !capitalisedWord(toks[next].Text) {
			continue // "the film Oscar nominations", `the country's "Iran Cartoon" association`
		}
		if t.Deprel != "compound" && relativeSubject(toks, start, end) || end < len(toks) && finiteVerb(toks[end]) && afterPreposition(toks, k) {
			continue // "the play Hughes wrote", "in that painting Leonardo tried"
		}
		var out []nlp.Span
		crossed, at := false, -1
		for _, sp := range spans {
			switch {
			case sp.End <= start:
				out = append(out, sp)
			case sp.Start >= end:
				if at < 0 {
					at = len(out)
					out = append(out, nlp.Span{Start: start, End: end, Type: "WORK"})
				}
				out = append(out, sp)
			case sp.Start < start || sp.End > end:
				crossed = true // a name across the title's edge: leave it
			}
		}
		if crossed {
			continue
		}
		if at < 0 {
			out = append(out, nlp.Span{Start: start, End: end, Type: "WORK"})
		}
		spans = out
		k = end - 1
	}
	return r.describedWorks(toks, spans)
}

// describedWorks returns spans with the names a work noun describes
// typed WORK: the noun in apposition to the name ("Vera Drake - Leigh's
// 1950s drama about ...", "Small Island, Levy's fourth novel,") or its
// predicate ("Sideways is a comedy"), read off the tree. An untagged
// name there gets a span over its capitalised words.
func (r *resolver) describedWorks(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	for j := range toks {
		t := &toks[j]
		if !kindsOfWork[t.Text] || t.UPOS != "NOUN" {
			continue
		}
		h := -1
		if t.Deprel == "appos" && j > 0 && (toks[j-1].UPOS == "DET" || toks[j-1].UPOS == "ADJ" || toks[j-1].UPOS == "NUM" || isPossessive(toks[j-1].Text)) {
			h = t.Head - 1
		} else if hasChild(toks, j, "cop") {
			for k := range toks {
				if toks[k].Head == j+1 && toks[k].Deprel == "nsubj" && k+1 < len(toks) && toks[k+1].Deprel == "cop" {
					h = k // "Sideways is a comedy", the copula right after the name
				}
			}
		}
		if h < 0 || h >= j || h >= len(toks) || !capitalisedWord(toks[h].Text) || !toks[h].SpaceAfter && toks[h+1].Text == "-" {
			continue // "Oscar-nominated movie The Aviator"
		}
		if t.Deprel == "appos" && !appositionAt(toks, h, j) {
			continue // "Joey, starring Matt LeBlanc, was best new comedy"
		}
		if i := slices.IndexFunc(spans, func(sp nlp.Span) bool { return sp.Start <= h && h < sp.End }); i >= 0 {
			if e := spans[i].End; e == j || possessiveAfter(toks, e) {
				continue // "Oliver Stone's epic", "Mark Dornford-May's first feature film": the maker; "New Bruce Willis movie"
			}
			spans[i].Type = "WORK"
			continue
		}
		if toks[h].UPOS != "PROPN" {
			continue
		}
		start, end := h, h+1
		name := func(k int) bool { return toks[k].UPOS == "PROPN" && capitalisedWord(toks[k].Text) && !inSpan(spans, k) }
		for start > 0 && h-start < 5 && name(start-1) {
			start--
		}
		for end < len(toks) && end-h < 5 && name(end) {
			end++
		}
		if possessiveAfter(toks, end) || honorifics[strings.ToLower(strings.TrimSuffix(toks[start].Text, "."))] || end == j {
			continue
		}
		if start > 0 && (capitalisedWord(toks[start-1].Text) || start > 1 && titleConnectors[strings.ToLower(toks[start-1].Text)] && capitalisedWord(toks[start-2].Text)) {
			continue // "Small Island", "Uses of Blogs": more of the title before it, not a name
		}
		i := slices.IndexFunc(spans, func(sp nlp.Span) bool { return sp.Start >= end })
		if i < 0 {
			i = len(spans)
		}
		spans = slices.Insert(spans, i, nlp.Span{Start: start, End: end, Type: "WORK"})
	}
	return spans
}

// appositionAt reports whether the noun toks[j] heads an apposition that
// opens right after the capitalised words around toks[h], with a comma,
// a dash or a bracket, and holds only the words of a noun phrase before
// the noun ("Small Island, Levy's fourth novel").
func appositionAt(toks []nlp.Token, h, j int) bool {
	e := h + 1
	for e < j && (capitalisedWord(toks[e].Text) || !toks[e-1].SpaceAfter && !isPunct(toks[e].Text)) {
		e++
	}
	if e >= j {
		return false
	}
	switch toks[e].Text {
	case ",", "-", "–", "—", "(":
	default:
		return false
	}
	for k := e + 1; k < j; k++ {
		switch toks[k].UPOS {
		case "DET", "ADJ", "NUM", "PROPN", "NOUN", "PART":
		default:
			return false
		}
	}
	return true
}

// possessiveAfter reports whether a possessive follows toks[:e], right
// after it or after the rest of a hyphenated word ("Dornford-May's").
func possessiveAfter(toks []nlp.Token, e int) bool {
	for k := e; k < len(toks) && k < e+3; k++ {
		if isPossessive(toks[k].Text) {
			return true
		}
		if k > e && toks[k-1].SpaceAfter || toks[k-1].SpaceAfter && k == e {
			return false
		}
	}
	return false
}

// hasChild reports whether toks[j] has a dependent with relation rel.
func hasChild(toks []nlp.Token, j int, rel string) bool {
	for k := range toks {
		if toks[k].Head == j+1 && toks[k].Deprel == rel {
			return true
		}
	}
	return false
}

// inSpan reports whether token k lies in one of spans.
func inSpan(spans []nlp.Span, k int) bool {
	return slices.ContainsFunc(spans, func(sp nlp.Span) bool { return sp.Start <= k && k < sp.End })
}

// titleConnectors may stand between the capitalised words of a title:
// "Lord of the Rings", "Man to Man", "Christmas with the Kranks", "Hopes
// and Fears"; not before a date, nor a person's name or a big place after
// any but "of" ("the film Vera Drake on Sunday", "the play Hamlet in
// London", "the film Vera Drake and Mike Leigh"; "The Life of David
// Gale", "Pirates of the Caribbean"). After "and" one word ends the title
// unless "the" follows ("Angels and Demons", "Harry Potter and the
// Goblet of Fire", not "Meet The Fockers and Shall We Dance", nor "this
// movie Google and Amazon", an organisation after "and").
var titleConnectors = map[string]bool{
	"of": true, "the": true, "and": true, "&": true, "a": true, "an": true, "to": true, "with": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "by": true,
}

// adjectiveWorks are the kinds of work taggers often read as adjectives
// ("the biopic Ray"); the others must be nouns ("a single Boeing 767" is
// one aircraft).
var adjectiveWorks = map[string]bool{"biopic": true, "documentary": true, "sitcom": true, "thriller": true}

// workTitle returns the title that opens at toks[i] in sentence s: the
// words between quotes, or a run of capitalised words and numbers with
// connectors between them; start == end for none.
func (r *resolver) workTitle(spans []nlp.Span, toks []nlp.Token, i int) (start, end int) {
	if q := toks[i].Text; isQuote(q) {
		for j := i + 1; j < len(toks) && j <= i+10; j++ {
			if isQuote(toks[j].Text) {
				if j > i+1 && capitalisedWord(toks[i+1].Text) {
					return i + 1, j
				}
				break
			}
		}
		return i, i
	}
	word := func(j int) bool {
		w := toks[j].Text
		return capitalisedWord(w) && !isTitleWord(w) && !calendarWords[strings.ToLower(w)] || toks[j].UPOS == "NUM" && j > i
	}
	personAt := func(j int) bool { // a person's or, after "and", an organisation's name opens at j
		for _, sp := range spans {
			if sp.Start == j && (TypeOf(sp.Type) == "PERSON" || TypeOf(sp.Type) == "ORG" && j > 0 && (toks[j-1].Text == "and" || toks[j-1].Text == "&")) {
				return true
			}
		}
		return false
	}
	end = i
	afterAnd, andEnd := 0, 0 // capitalised words since an "and", the end before it
	for j := i; j < len(toks) && j < i+10; j++ {
		w := toks[j].Text
		lw := strings.ToLower(w)
		switch {
		case word(j):
			if afterAnd > 0 {
				if afterAnd++; afterAnd > 2 {
					return i, andEnd // "Meet The Fockers and Shall We Dance": two titles
				}
			}
			end = j + 1
		case j > i && !toks[j-1].SpaceAfter && (w == "/" || w == "-" || isPossessive(w) || w == "'") && j+1 < len(toks):
			// "Nip/Tuck", "Footballers' Wives": glued to the word before
		case j > i && titleConnectors[lw] && r.titleGoesOn(spans, toks, j, personAt):
			if lw == "and" || lw == "&" {
				if j+1 < len(toks) && strings.EqualFold(toks[j+1].Text, "the") {
					afterAnd = 0 // "Harry Potter and the Goblet of Fire"
				} else {
					afterAnd, andEnd = 1, end
				}
			}
		default:
			return i, end
		}
	}
	return i, end
}

// titleGoesOn reports whether the title goes on over the connector at
// toks[j] (and "the", "a" or "an" after it) to a capitalised word: after
// "of", "the", "a" or "an" any; after others not a person's name nor a
// big place, nor "and" a person's.
func (r *resolver) titleGoesOn(spans []nlp.Span, toks []nlp.Token, j int, personAt func(int) bool) bool {
	lw := strings.ToLower(toks[j].Text)
	n := j + 1
	if n < len(toks) && lw != "the" && lw != "a" && lw != "an" {
		switch strings.ToLower(toks[n].Text) {
		case "the", "a", "an":
			n++
		}
	}
	if n >= len(toks) || !capitalisedWord(toks[n].Text) || isTitleWord(toks[n].Text) || calendarWords[strings.ToLower(toks[n].Text)] {
		return false
	}
	switch lw {
	case "of", "the", "a", "an":
		return true
	case "and", "&":
		return !personAt(n)
	}
	return !personAt(n) && !r.bigPlace(toks[n].Text)
}

// notTitles are the function words that are no title alone: "the single
// I", "a book How".
var notTitles = map[string]bool{
	"i": true, "a": true, "an": true, "the": true, "what": true, "how": true, "who": true, "why": true,
	"when": true, "where": true, "it": true, "we": true, "you": true, "he": true, "she": true, "they": true,
	"this": true, "that": true, "my": true, "our": true, "his": true, "her": true, "their": true, "its": true,
	"in": true, "on": true, "by": true, "to": true, "of": true, "and": true, "me": true,
}

// hasTitleWord reports whether toks hold a word of two letters or more that
// is no function word (notTitles): "I", "What", "An" alone are not a
// title.
func hasTitleWord(toks []nlp.Token) bool {
	for _, t := range toks {
		if len(t.Text) >= 2 && !notTitles[strings.ToLower(t.Text)] && !isPunct(t.Text) {
			return true
		}
	}
	return false
}

// finiteVerb reports whether t is a finite verb or a modal.
func finiteVerb(t nlp.Token) bool {
	switch t.XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// afterPreposition reports whether the noun toks[k] is the object of a
// preposition before it, only determiners, pronouns and adjectives
// between: "in that painting".
func afterPreposition(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].UPOS {
		case "ADP":
			return true
		case "DET", "PRON", "ADJ":
			continue
		}
		return false
	}
	return false
}

// isQuote reports whether w is a quotation mark.
func isQuote(w string) bool {
	switch w {
	case "'", "\"", "‘", "’", "“", "”", "``", "''":
		return true
	}
	return false
}

// relativeSubject reports whether the run toks[start:end] heads the
// subject of a relative clause ("the play [Hughes] wrote").
func relativeSubject(toks []nlp.Token, start, end int) bool {
	for j := start; j < end; j++ {
		h := toks[j].Head - 1
		if toks[j].Deprel == "nsubj" && h >= end && h < len(toks) && strings.HasPrefix(toks[h].Deprel, "acl") {
			return true
		}
	}
	return false
}

// titleCue reports whether token q opens a double quotation (glued to the
// word after it) that the words before introduce as a work's title: a
// possessive ("Oshima's", "Wenders'"), a noun of kindsOfWork, maybe before
// a comma ("his latest album,"), another quoted title before a space or
// "and" ("including "Cyrano de Bergerac," "Jean de Florette""), or
// "including", "starring" or "such as".
func titleCue(toks []nlp.Token, q int) bool {
	if q < 1 || q+1 >= len(toks) || !isDoubleQuote(toks[q].Text) || !glued(toks, q+1) {
		return false
	}
	k := q - 1
	if (toks[k].Text == "," || toks[k].Text == "and") && k > 0 {
		k--
	}
	w := toks[k].Text
	switch {
	case isPossessive(w) || w == "'" || w == "’":
		return true
	case kindsOfWork[strings.ToLower(w)] && toks[k].UPOS == "NOUN":
		return true
	case isDoubleQuote(w) && !glued(toks, k+1):
		return true // a list of titles
	}
	switch strings.ToLower(w) {
	case "including", "starring":
		return true
	case "as":
		return k > 0 && strings.EqualFold(toks[k-1].Text, "such")
	}
	return false
}

// isDoubleQuote reports whether w is a double quotation mark.
func isDoubleQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}
