package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
)

// placeTests are lower-case-insensitive place look-ups: the rank and
// position (gazB, gazI, gazE, gazS) of each word, from the permissive
// GeoNames and Factbook files the gazetteer embeds.
var placeTests = []struct {
	text  string
	ranks []uint8
	pos   []uint8
}{
	{"florida", []uint8{placeRegion}, []uint8{gazS}},
	{"afghanistan", []uint8{placeCountry}, []uint8{gazS}},
	{"san francisco", []uint8{placeCity100, placeCity100}, []uint8{gazB, gazE}},
	{"flew to San Francisco", []uint8{0, 0, placeCity100, placeCity100}, []uint8{0, 0, gazB, gazE}},
	{"the", []uint8{0}, []uint8{0}},
}

func TestPlaceIndex(t *testing.T) {
	p := placesFor(mustDefault(t).gaz)
	for _, tt := range placeTests {
		words := strings.Fields(tt.text)
		toks := make([]tokInfo, len(words))
		for i, w := range words {
			toks[i].lower = hashLower(w)
		}
		p.mark(toks)
		for i := range toks {
			if toks[i].placeRank != tt.ranks[i] || toks[i].placePos != tt.pos[i] {
				t.Errorf("%q word %d: rank %d pos %d, want %d %d", tt.text, i, toks[i].placeRank, toks[i].placePos, tt.ranks[i], tt.pos[i])
			}
		}
	}
}

// splitTests give the place positions of a LOC span and whether
// splitPlaces cuts it into one entity per place name.
var splitTests = []struct {
	name  string
	pos   []uint8
	split bool
}{
	{"city region", []uint8{gazS, gazS}, true},
	{"two-word city region", []uint8{gazB, gazE, gazS}, true},
	{"one name", []uint8{gazB, gazE}, false},
	{"unknown word", []uint8{gazS, 0}, false},
	{"name cut short", []uint8{gazS, gazB}, false},
	{"connector", []uint8{gazS, gazS, gazS}, false},         // "University of Michigan": towns University and Of
	{"prefix", []uint8{gazS, gazS}, false},                  // "San Andreas": San is a town too
	{"prefix city region", []uint8{gazB, gazE, gazS}, true}, // "San Francisco California"
}

func TestSplitPlaces(t *testing.T) {
	for _, tt := range splitTests {
		toks := make([]tokInfo, len(tt.pos))
		labels := make([]int8, len(tt.pos))
		for i, p := range tt.pos {
			toks[i].placePos = p
			labels[i] = 6 // I-LOC
		}
		labels[0] = 5 // B-LOC
		switch tt.name {
		case "connector":
			toks[1].lower = hashLower("of")
		case "prefix", "prefix city region":
			toks[0].lower = hashLower("san")
		}
		splitPlaces(toks, labels)
		begins := 0
		for _, l := range labels {
			if l == 5 {
				begins++
			}
		}
		if got := begins > 1; got != tt.split {
			t.Errorf("%s: labels %v, split %v, want %v", tt.name, labels, got, tt.split)
		}
	}
}

// datelineTests are sentence openings with the labels the model gave
// their words (all O when in is nil) and the labels after dateline.
var datelineTests = []struct {
	words    []string
	in, want []int8
}{
	{[]string{"NEW", "YORK", ",", "March", "3"}, nil, []int8{5, 6, 0, 0, 0}},
	{[]string{"TRIPOLI", "(", "Reuters", ")", "-"}, nil, []int8{5, 0, 0, 0, 0}},
	{[]string{"New", "York", ",", "March", "3"}, nil, []int8{0, 0, 0, 0, 0}},   // not in capitals
	{[]string{"NEW", "YORK", "CITY", "HALL", "-"}, nil, []int8{0, 0, 0, 0, 0}}, // not one place name
	{[]string{"TRIPOLI"}, nil, []int8{0}},                                      // nothing after it
	// a colon after the town, as Australian and Indian papers write it;
	// the model's person there gives way; a word no place's stays
	{[]string{"HOBART", ":", "Tasmania", "'s"}, []int8{1, 0, 5, 0}, []int8{5, 0, 5, 0}},
	{[]string{"UPDATE", ":", "Police", "said"}, nil, []int8{0, 0, 0, 0}},
	// the model's person gives way, and its organisation before a date
	// or an agency; an organisation before anything else stays
	{[]string{"PARIS", ",", "Feb", "26", "-"}, []int8{1, 0, 0, 0, 0}, []int8{5, 0, 0, 0, 0}},
	{[]string{"NEW", "YORK", ",", "March", "3"}, []int8{1, 2, 0, 0, 0}, []int8{5, 6, 0, 0, 0}},
	{[]string{"PARIS", ",", "Feb", "26", "-"}, []int8{3, 0, 0, 0, 0}, []int8{5, 0, 0, 0, 0}},
	{[]string{"ROME", "(", "Reuters", ")", "-"}, []int8{3, 0, 0, 0, 0}, []int8{5, 0, 0, 0, 0}},
	{[]string{"PARIS", ",", "LONDON", "AND", "ROME"}, []int8{3, 0, 0, 0, 0}, []int8{3, 0, 0, 0, 0}},
	{[]string{"NEW", "YORK", ",", "March", "3"}, []int8{1, 0, 0, 0, 0}, []int8{1, 0, 0, 0, 0}}, // a span over part of it
	// a date written year-month-day, right away or after the country
	{[]string{"ISTANBUL", "1996-08-31"}, nil, []int8{5, 0}},
	{[]string{"MADRID", "1996-08-31"}, []int8{3, 0}, []int8{5, 0}},
	{[]string{"VENICE", ",", "Italy", "1996-08-31"}, []int8{1, 0, 5, 0}, []int8{5, 0, 5, 0}},
	{[]string{"ISTANBUL", "1996"}, []int8{3, 0}, []int8{3, 0}}, // a year is no date
}

func TestDateline(t *testing.T) {
	r := mustDefault(t)
	for _, tt := range datelineTests {
		s := nlp.Sentence{}
		for _, w := range tt.words {
			s.Tokens = append(s.Tokens, nlp.Token{Text: w})
		}
		toks := make([]tokInfo, len(tt.words))
		fillTokens(toks, tt.words, &s, r.gaz, r.places)
		labels := make([]int8, len(tt.words))
		copy(labels, tt.in)
		dateline(toks, tt.words, labels)
		if !slices.Equal(labels, tt.want) {
			t.Errorf("%v: labels %v, want %v", tt.words, labels, tt.want)
		}
	}
}

// TestOrgOfSpans checks that a place span opening with an organisation's
// head and "of" becomes an organisation, and that other place spans stay.
func TestOrgOfSpans(t *testing.T) {
	r := mustDefault(t)
	for _, tt := range []struct {
		words    []string
		in, want []int8
	}{
		{[]string{"the", "University", "of", "Michigan", "said"}, []int8{0, 5, 6, 6, 0}, []int8{0, 3, 4, 4, 0}},
		{[]string{"Bank", "of", "England"}, []int8{5, 6, 6}, []int8{3, 4, 4}},
		{[]string{"Republic", "of", "Ireland"}, []int8{5, 6, 6}, []int8{5, 6, 6}}, // a place head
		{[]string{"City", "of", "London"}, []int8{5, 6, 6}, []int8{5, 6, 6}},
		// a lone head: before "of" and a name it opens the name, else it goes
		{[]string{"Bank", "of", "England"}, []int8{5, 0, 5}, []int8{3, 4, 4}},
		{[]string{"the", "Centre", "for", "Policy", "Studies"}, []int8{0, 5, 0, 0, 0}, []int8{0, 0, 0, 0, 0}},
		{[]string{"the", "Bank", "of", "Smith"}, []int8{0, 5, 0, 1}, []int8{0, 0, 0, 1}},
		{[]string{"Hull", "City"}, []int8{5, 0}, []int8{5, 0}},                       // a place
		{[]string{"university", "of", "michigan"}, []int8{5, 6, 6}, []int8{5, 6, 6}}, // no capital
	} {
		s := nlp.Sentence{}
		for _, w := range tt.words {
			s.Tokens = append(s.Tokens, nlp.Token{Text: w})
		}
		toks := make([]tokInfo, len(tt.words))
		fillTokens(toks, tt.words, &s, r.gaz, r.places)
		labels := slices.Clone(tt.in)
		orgOfSpans(toks, labels)
		if !slices.Equal(labels, tt.want) {
			t.Errorf("%v: labels %v, want %v", tt.words, labels, tt.want)
		}
	}
}

// dashTests are labelled words, "_" marking a word written close to the
// next and "/" a proper noun, and the labels after cutAtDashes.
var dashTests = []struct {
	text     string
	in, want []int8
}{
	// a lower-case word after a spaced dash leaves the name with the rest
	{"against Xavier Malisse - winner in", []int8{0, 1, 2, 2, 2, 0}, []int8{0, 1, 2, 0, 0, 0}},
	{"Ken - he was", []int8{1, 2, 2, 0}, []int8{1, 0, 0, 0}},
	// a proper noun opens a name of the span's type, a capitalised common
	// word does not
	{"the Sega - ESPN/ range", []int8{0, 3, 4, 4, 0}, []int8{0, 3, 0, 3, 0}},
	{"in Rosario - Wheat/ Board/", []int8{0, 5, 6, 6, 6}, []int8{0, 5, 0, 5, 6}},
	{"Uno Restaurant Corp - Initial public", []int8{3, 4, 4, 4, 4, 0}, []int8{3, 4, 4, 0, 0, 0}},
	// a dash written close is the name's own; one opening a name is not in it
	{"Wilkes_ -_ Barre", []int8{5, 6, 6}, []int8{5, 6, 6}},
	{"Wilkes_ - Barre", []int8{5, 6, 6}, []int8{5, 6, 6}},
	// the sides of a match, however written
	{"Everton v Manchester/ United", []int8{3, 4, 4, 4}, []int8{3, 0, 3, 4}},
	{"Everton_ v Manchester/", []int8{3, 4, 4}, []int8{3, 0, 3}},
	// a dash the span ends in leaves the next name as it is
	{"Brown - Acme/ said", []int8{1, 2, 3, 0}, []int8{1, 0, 3, 0}},
	{"said - Brown", []int8{0, 0, 1}, []int8{0, 0, 1}},
}

func TestCutAtDashes(t *testing.T) {
	for _, tt := range dashTests {
		var toks []nlp.Token
		for _, w := range strings.Fields(tt.text) {
			tok := nlp.Token{SpaceAfter: !strings.HasSuffix(w, "_")}
			w = strings.TrimSuffix(w, "_")
			if strings.HasSuffix(w, "/") {
				tok.UPOS = "PROPN"
			}
			tok.Text = strings.TrimSuffix(w, "/")
			toks = append(toks, tok)
		}
		labels := slices.Clone(tt.in)
		cutAtDashes(toks, labels)
		if !slices.Equal(labels, tt.want) {
			t.Errorf("%q: labels %v, want %v", tt.text, labels, tt.want)
		}
	}
}
