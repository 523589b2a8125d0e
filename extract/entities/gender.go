package entities

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// Sex of a person as far as the article and the name lists tell.
type sex uint8

const (
	sexUnknown sex = iota
	sexMale
	sexFemale
)

// givenSexData is "name<TAB>M|F" per line, lower-case names sorted, for
// given names whose births are at least 90% one sex. It is built from the
// US Social Security Administration's baby names (public domain) and the
// YAGO given-name list of boberle/random-items (CC BY 3.0) in
// ../shared/data/gazetteer by TestGenerateGivenSex (KG_GEN_GIVENSEX=1).
//
//go:embed givensex.tsv.gz
var givenSexData []byte

var (
	givenSexOnce sync.Once
	givenSexMap  map[string]sex
	givenSexErr  error
)

// loadGivenSex parses the embedded table once.
func loadGivenSex() (map[string]sex, error) {
	givenSexOnce.Do(func() {
		givenSexMap, givenSexErr = readGivenSex(bytes.NewReader(givenSexData))
	})
	return givenSexMap, givenSexErr
}

func readGivenSex(r io.Reader) (map[string]sex, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read given-name sexes: %w", err)
	}
	defer zr.Close()
	m := make(map[string]sex, 1<<16)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		name, s, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		switch s {
		case "M":
			m[name] = sexMale
		case "F":
			m[name] = sexFemale
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read given-name sexes: %w", err)
	}
	return m, nil
}

// givenNameSex returns the usual sex of a given name, ignoring case.
func givenNameSex(w string) sex {
	m, err := loadGivenSex()
	if err != nil {
		return sexUnknown
	}
	return m[strings.ToLower(w)]
}

// sexWords are titles and role nouns that say a person's sex.
var sexWords = map[string]sex{
	"mr": sexMale, "mr.": sexMale, "sir": sexMale, "lord": sexMale, "king": sexMale, "prince": sexMale,
	"spokesman": sexMale, "chairman": sexMale, "congressman": sexMale, "businessman": sexMale, "sultan": sexMale,
	"emir": sexMale, "sheikh": sexMale, "pope": sexMale, "father": sexMale, "son": sexMale, "brother": sexMale,
	"husband": sexMale,
	"mrs":     sexFemale, "mrs.": sexFemale, "ms": sexFemale, "ms.": sexFemale, "miss": sexFemale, "lady": sexFemale,
	"queen": sexFemale, "princess": sexFemale, "spokeswoman": sexFemale, "chairwoman": sexFemale,
	"congresswoman": sexFemale, "businesswoman": sexFemale, "mother": sexFemale, "daughter": sexFemale,
	"sister": sexFemale, "wife": sexFemale, "dame": sexFemale, "daw": sexFemale,
}

// clusterSex tells a person's sex from the titles it was introduced with
// ("Mrs", "spokeswoman") and else from the first word of its names when
// that is a given name of one sex; conflicting evidence gives unknown.
func (r *resolver) clusterSex(c *cluster) sex {
	if c.sexDone {
		return c.sex
	}
	c.sexDone = true
	votes := [3]int{}
	for t := range c.titles {
		votes[sexWords[t]] += 2
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		if m.Start > 0 {
			votes[sexWords[strings.ToLower(toks[m.Start-1].Text)]] += 2
		}
		// the first word as written: "Jean-Claude", not "Jean"
		if f := strings.Fields(m.Text); len(f) >= 2 || (len(f) == 1 && len(c.keys[0]) == 1) {
			votes[givenNameSex(f[0])]++
		}
	}
	switch {
	case votes[sexMale] > 0 && votes[sexFemale] == 0:
		c.sex = sexMale
	case votes[sexFemale] > 0 && votes[sexMale] == 0:
		c.sex = sexFemale
	}
	return c.sex
}

// pronounSex is the sex a third-person pronoun asks for.
func pronounSex(w string) sex {
	w = strings.ToLower(w)
	switch {
	case malePronouns[w]:
		return sexMale
	case femalePronouns[w]:
		return sexFemale
	}
	return sexUnknown
}

// agrees reports whether entity e can be what pronoun w refers to.
func (r *resolver) agrees(e int, w string) bool {
	ps := pronounSex(w)
	if ps == sexUnknown {
		return true
	}
	es := r.clusterSex(r.clusters[e])
	return es == sexUnknown || es == ps
}

// placeHeads end names of places and organisations that start with a
// given name: "George Washington University", "Charles de Gaulle Airport".
var placeHeads = map[string]bool{
	"airport": true, "university": true, "college": true, "school": true, "institute": true, "hospital": true,
	"street": true, "avenue": true, "road": true, "square": true, "bridge": true, "park": true, "river": true,
	"lake": true, "mount": true, "mountain": true, "island": true, "islands": true, "county": true, "city": true,
	"foundation": true, "center": true, "centre": true, "museum": true, "stadium": true, "hall": true,
	"church": true, "cathedral": true, "mosque": true, "station": true, "port": true, "bay": true, "valley": true,
	"fund": true, "trust": true, "prize": true, "award": true, "group": true, "company": true, "inc": true,
	"inc.": true, "ltd": true, "corp": true, "corp.": true, "co": true, "co.": true, "bank": true, "party": true,
	"fc": true, "club": true, "house": true, "palace": true, "tower": true, "district": true, "province": true,
}

// personNames retypes as PERSON the place or organisation spans that read
// as a person's name, whatever the recogniser said: a span right after a
// person's title ("president Vladimir Putin"), a place span opening with
// an initial ("K. Chandrashekar Rao"), the subject of a verb that puts it
// in an office ("Bola Tinubu was sworn in as president"), or a place span
// of two to
// four capitalised words starting with a given name of one clear sex that
// the gazetteer does not know and not ending with a place head word. It
// also retypes as organisations the person spans that cannot be people:
// names opening with an acronym, "London-based" names and names given
// alternative acronyms in brackets.
func (r *resolver) personNames() {
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if first, last := strings.ToLower(toks[m.Start].Text), toks[m.End-1].Text; m.Kind == KindName && m.End-m.Start >= 2 && honorifics[first] && !r.isPlace(m.Text) &&
			!possessiveOffice(toks, m.Start, m.End) && (!institutionHead(last) || m.End-m.Start == 2 && personalHonorifics[first]) &&
			!(m.End-m.Start == 2 && !personalHonorifics[first] && (featureHeads[last] || geoHeads[last])) {
			// (not "the Lord Chancellor's Department", "Sir Seretse Khama
			// International Airport", "Lord Street", but "Mr Park", a
			// Korean surname)
			// "[Ms Hewitt]" tagged as an organisation: a person, and the
			// honorific is no part of the name (but "DR Congo" is a
			// country's)
			r.narrow(mi, m.Start+1, m.End)
			m.Type = "PERSON"
			continue
		}
		if m.Kind == KindName && m.Type != "PERSON" && m.End-m.Start >= 3 && m.End-m.Start <= 4 && officeOpeners[strings.ToLower(toks[m.Start].Text)] &&
			capitalisedWord(toks[m.Start].Text) && r.nameAfterTitle(toks, m.Start+1, m.End) {
			// "[Speaker Nabih Berri]ORG", "[Senator Tarvo Zenvia]LOC": an
			// office's title opening a span of a name's words is a
			// person's title, no part of the name
			r.narrow(mi, m.Start+1, m.End)
			m.Type = "PERSON"
			continue
		}
		if m.Kind == KindName && m.Type == "PERSON" && m.End-m.Start >= 2 {
			// "RAF Croughton", "NHS Lothian": a name opening with an
			// acronym of three or more letters is an organisation or a
			// place, not a person ("JK Rowling" has two)
			if f := toks[m.Start].Text; isAllCaps(f) && utf8.RuneCountInString(f) >= 3 && !strings.ContainsAny(f, ".-") {
				m.Type = "ORG"
				continue
			}
		}
		if m.Kind == KindName && m.Type == "PERSON" && m.End < len(toks) && facilityNouns[toks[m.End].Text] && m.Start > 0 &&
			(strings.EqualFold(toks[m.Start-1].Text, "the") || isPossessive(toks[m.Start-1].Text) || toks[m.Start-1].Text == "own") {
			// "Iran's [Shahid Rajaee] port", "the [Mubarak al-Kabeer]
			// port": a name between a determiner and a facility's noun
			// names the facility, after whoever it honours
			m.Type = "LOC"
			continue
		}
		if m.Kind == KindName && m.Type == "PERSON" && m.Start > 0 && strings.EqualFold(toks[m.Start-1].Text, "the") && m.End < len(toks) &&
			memberNouns[toks[m.End].Text] && (!r.isGivenName(toks[m.Start].Text) || frenchArticles[toks[m.Start].Text]) {
			// "the [Les Engagés]PER leader", "the [EH Bildu]PER
			// lawmakers": a name between "the" and its members' noun is
			// a party's or a body's
			m.Type = "ORG"
			continue
		}
		if m.Kind == KindName && m.Type == "PERSON" && m.End-m.Start == 2 && compassWords[toks[m.End-1].Text] &&
			(r.isPlace(toks[m.Start].Text) || strings.HasSuffix(toks[m.Start].Text, "shire")) && !r.isGivenName(toks[m.Start].Text) {
			// "[Perthshire North]PER": a place (or a shire) and a compass
			// word, a constituency or a district ("Austin North" opens
			// with a given name)
			m.Type = "LOC"
			continue
		}
		if m.Kind == KindName && m.Type == "PERSON" && r.slashAlternatives(toks, m.End) != nil {
			// "Daesh (ISIS/ISIL)": people are not given alternative
			// all-capitals names in brackets, groups are
			m.Type = "ORG"
			continue
		}
		if m.Kind == KindName && m.Type == "PERSON" && m.End+1 < len(toks) && toks[m.End].Text == "-" && toks[m.End].Start == toks[m.End-1].End &&
			strings.EqualFold(toks[m.End+1].Text, "based") {
			// "[Montreal]PER-based Alcan": what something is based in is
			// a place
			m.Type = "LOC"
			continue
		}
		if m.Kind == KindName && m.Type == "PERSON" && m.Start > 0 {
			// "London-based [Al-Araby Al-Jadeed]": people are not based
			// somewhere, organisations are
			if p := strings.ToLower(toks[m.Start-1].Text); p == "based" || strings.HasSuffix(p, "-based") {
				m.Type = "ORG"
				continue
			}
		}
		if m.Kind != KindName || (m.Type != "LOC" && m.Type != "ORG") {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) < 2 {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		// (a firm's word ends a company's name, however a title before
		// it reads: "Formula One owner Liberty Media"; a street's or a
		// feature's word opens a place's: "Jalan Sudirman", "Calle San
		// Antonio", "Calle" a given name too)
		if placeHeads[last] || geoHeads[words[len(words)-1]] || classNouns[last] != "" || r.known(m.Text) ||
			m.Type == "LOC" && (featureOpeners[words[0]] || streetOpeners[words[0]]) ||
			companyHeads[words[len(words)-1]] || firmHeads[words[len(words)-1]] {
			continue
		}
		allCaps := true
		for k, w := range words {
			// (a particle inside a person's name is no span error:
			// "Frans de Waal")
			allCaps = allCaps && (capitalisedWord(w) || k > 0 && k < len(words)-1 && nameParticles[w])
		}
		if !allCaps || len(words) > 4 || (toks[m.End-1].XPOS == "NNPS" || toks[m.End-1].XPOS == "NNS") && r.commonPlural(toks[m.End-1].Text) {
			continue // "Trump on Twitter" is a span error, not a name; "United States" a plural
		}
		titled := m.Start > 0 && (RoleNoun(lemmaOf(&toks[m.Start-1])) && !strings.HasSuffix(strings.ToLower(toks[m.Start-1].Text), "s") ||
			honorifics[strings.ToLower(toks[m.Start-1].Text)])
		// "K. Chandrashekar Rao": places open with no initial (but for a
		// compass point's: "N. Korea")
		initial := m.Type == "LOC" && len(words[0]) == 2 && words[0][1] == '.' && capitalisedWord(words[0]) && !strings.ContainsAny(words[0][:1], "NSEW")
		// companies are often named after people ("Philip Morris"): the
		// given-name test only retypes places
		if titled || initial || r.servesAs(m) || (m.Type == "LOC" && givenNameSex(words[0]) != sexUnknown && !r.known(words[0])) ||
			(m.Type == "LOC" && r.isGivenName(words[0]) && !r.knownBesidesGiven(words[0]) && (r.describedAsPerson(m) || r.noCommonWord(words) && !placeContext(toks, m))) ||
			(m.Type == "LOC" && whoAfter(toks, m) && !slices.ContainsFunc(words, r.known)) ||
			(m.Type == "LOC" && r.describedAsPerson(m) || m.Type == "ORG" && (r.roleApposed(m) || r.bareRoleAfter(m))) && !slices.ContainsFunc(words, r.knownBesidesGiven) && r.noCommonWord(words) ||
			// (in apposition to the role right before or after it, a
			// name is a person's though a word of it names a place: "the
			// Federal District's governor, Ibaneis Rocha", "Bharat
			// Masrani, TD's chief executive,")
			// (the surname no common word, the given name may be one:
			// "Taco Dibbits, the museum's general director,")
			(m.Type == "LOC" || m.Type == "ORG") && len(words) >= 2 && (r.roleApposed(m) || r.roleAfter(m)) && r.noCommonWord(words[len(words)-1:]) && !r.isPlace(m.Text) ||
			r.kinApposition(m) ||
			// (listed with a person, a name the gazetteer does not know
			// and of no common word is a person's: "Ajinkya Rahane,
			// Shivam Dube and Ambati Rayudu")
			m.Type == "LOC" && len(words) <= 3 && r.headConjoinedWithPerson(m) && r.noCommonWord(words) ||
			m.Start > 0 && toks[m.Start-1].Text == "born" && !slices.ContainsFunc(words, r.isPlace) ||
			(m.Type == "LOC" && r.familyName(words)) ||
			(m.Type == "ORG" && whoAfter(toks, m) && !slices.ContainsFunc(words, r.knownBesidesGiven) && r.noCommonWord(words)) ||
			// (an age in commas after it: "Sushmita Gurung-Tamang, 24, a
			// master's student")
			// (so is a name of two or three words, one a place's, but no
			// place's whole: "Yorgelis Pérez, 29, a hairdresser")
			ageAt(toks, m.End) && r.noCommonWord(words) &&
				(!slices.ContainsFunc(words, r.knownBesidesGiven) || len(words) >= 2 && len(words) <= 3 && !r.isPlace(m.Text)) {
			// (a relative's noun before it and a comma, or "born"
			// before it, make a person: "his mother, Bose Ogulu", "born
			// Damini Ebunoluwa Ogulu"; ", who" after it makes a person even of a given name the
			// gazetteer lacks, "Viktar Babaryka, who was arrested", when
			// none of its words is a place or anything else it knows; of
			// an organisation's span only when the gazetteer knows none of
			// its words but as a given name and none is a common word:
			// "Fumio Kishida, who announced", not "Aston Villa, who")
			m.Type = "PERSON"
		}
	}
}

// flatNames adds as persons the names the recogniser left untagged that
// the parse makes one name (a proper noun and one or two others flat under
// it) and that open with a given name the gazetteer knows: "economist
// Bernd Weidensteiner said", "bassist Krist Novoselic" (rarer given names,
// "Aurélien", "Remigijus", are below the gazetteer's threshold). No word may
// be a common word, a place's, a people's, a title, a month or a body's
// head, the words around may not be capitalised (no longer name), and the
// name may not be one the gazetteer knows.
func (r *resolver) flatNames() {
	if r.lex == nil || r.gaz == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			end := i + 1
			for end < len(toks) && end-i < 3 && toks[end].Deprel == "flat" && toks[end].Head-1 == i {
				end++
			}
			if end-i < 2 || end < len(toks) && (capitalisedWord(toks[end].Text) || nameParticles[toks[end].Text]) ||
				i > 0 && capitalisedWord(toks[i-1].Text) && !sentenceOpener(toks, i-1) {
				continue
			}
			if !r.givenAsWritten(toks[i].Text) || r.bigPlace(toks[i].Text) || toks[i].Deprel == "compound" {
				// (a modifier names a thing: "the Dow Jones industrial
				// average"; a word given names have only without its
				// accents is none: "Dáil Éireann")
				continue
			}
			ok := true
			for j := i; j < end && ok; j++ {
				t := &toks[j]
				w, lw := t.Text, strings.ToLower(t.Text)
				ok = at[j] == 0 && (t.Entity == "O" || t.Entity == "") && t.UPOS == "PROPN" && t.XPOS != "NNPS" && capitalisedWord(w) && !isAllCaps(w) &&
					utf8.RuneCountInString(w) >= 2 && !r.commonWord(w) && !r.isPlace(w) && !r.isDemonym(w) && !isTitleWord(w) &&
					!honorifics[lw] && !nlp.IsMonth(w) && !calendarWords[lw] && !orgHeads[lw] && !placeHeads[lw] && !geoHeads[w]
			}
			if last := strings.ToLower(toks[end-1].Text); !ok || r.known(spanText(toks, i, end)) || strings.HasSuffix(last, "s") && r.commonWord(strings.TrimSuffix(last, "s")) {
				continue // ("Dow Industrials")
			}
			if e := hyphenChain(toks, end); e > end && at[e-1] == 0 {
				end = e // "Tevita Fifita-Moala": a double surname
			}
			r.addName(si, i, end, "PERSON")
			i = end - 1
		}
	})
}

// particleNames adds as persons the untagged names of a given name, a
// Dutch or German particle and a surname ("Dutch conductor Jaap van der
// Velde", "Marieke van der Linden-Bos, 44,"), which the tagger and the
// parser read as nouns and adjectives; and retypes as persons the place
// and organisation spans of three words with such a particle, capitalised
// as Flemish names write it, in the middle ("to [Ine Van Wymersch]LOC").
// The given name is no common word, place, people's word, title or month
// and no capitalised word stands before it.
func (r *resolver) particleNames() {
	if r.lex == nil {
		return
	}
	first := func(t *nlp.Token) bool {
		w, lw := t.Text, strings.ToLower(t.Text)
		return capitalisedWord(w) && !isAllCaps(w) && nameLetters(w) && utf8.RuneCountInString(w) >= 2 && !r.commonWord(w) && !r.isPlace(w) &&
			!r.isDemonym(w) && !isTitleWord(w) && !honorifics[lw] && !monthLike(w) && !orgHeads[lw] && !placeHeads[lw] && !geoHeads[w]
	}
	surnames := map[string]bool{}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+2 < len(toks); i++ {
			if at[i] != 0 || !first(&toks[i]) || i > 0 && (at[i-1] != 0 || capitalisedWord(toks[i-1].Text) && !sentenceOpener(toks, i-1)) {
				continue
			}
			k := particlesAt(toks, i+1)
			if k == i+1 || k >= len(toks) || at[k] != 0 || !capitalisedWord(toks[k].Text) || !nameLetters(toks[k].Text) || monthLike(toks[k].Text) ||
				r.knownBesidesGiven(toks[i].Text) {
				continue
			}
			end := hyphenChain(toks, k+1)
			if end < len(toks) && (capitalisedWord(toks[end].Text) || at[end] != 0) || slices.ContainsFunc(toks[i+1:end], func(t nlp.Token) bool { return t.Entity != "O" && t.Entity != "" }) {
				continue
			}
			r.addName(si, i, end, "PERSON")
			surnames[spanText(toks, i+1, end)] = true
			i = end - 1
		}
	})
	// the surname alone after its particle: "says ter Meulen"
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 1; i+1 < len(toks); i++ {
			k := particlesAt(toks, i)
			if k == i || k >= len(toks) || at[i] != 0 || capitalisedWord(toks[i-1].Text) || at[i-1] != 0 {
				continue
			}
			end := hyphenChain(toks, k+1)
			if at[k] == 0 && surnames[spanText(toks, i, end)] && (end == len(toks) || !capitalisedWord(toks[end].Text) && at[end] == 0) {
				r.addName(si, i, end, "PERSON")
			}
			i = end - 1
		}
	})
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || m.Type != "LOC" && m.Type != "ORG" || m.End-m.Start != 3 {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		if mid := toks[m.Start+1].Text; (mid == "Van" || mid == "Von") && particlesAt(toks, m.Start+1) == m.Start+2 && first(&toks[m.Start]) &&
			!orgHeads[strings.ToLower(toks[m.End-1].Text)] && !placeHeads[strings.ToLower(toks[m.End-1].Text)] && !r.isPlace(m.Text) && !r.known(m.Text) {
			m.Type = "PERSON"
		}
	}
}

// initialsNames adds as persons the untagged names that open with a
// token of two or three initials, as South Asian news writes them, when
// the words after them say a person is named ("P.R. Pandian, president
// of", personAfter), and takes such initials into the person's name right
// after them ("K.P. [Sharma Oli]"): one or two capitalised proper nouns,
// no common word, no capitalised word after; the initials no place's or
// name the gazetteer knows ("U.S. Steel").
func (r *resolver) initialsNames() {
	if r.lex == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			if at[i] != 0 || !initialsToken(toks[i].Text) ||
				i > 0 && (capitalisedWord(toks[i-1].Text) && !sentenceOpener(toks, i-1) && !isTitleWord(toks[i-1].Text) || at[i-1] != 0) {
				continue
			}
			known := r.known(toks[i].Text) // "U.S.", "P.R." (Puerto Rico): a new name only before a role
			if k := at[i+1]; k != 0 && !known {
				if m := &r.d.Mentions[k-1]; m.Start == i+1 && m.Kind == KindName && m.Type == "PERSON" && m.End-m.Start <= 3 {
					r.widen(int(k-1), i, m.End) // "K.P. [Sharma Oli]"
				}
				continue
			}
			end := i + 1
			for end < len(toks) && end-i <= 2 && at[end] == 0 && toks[end].UPOS == "PROPN" && capitalisedWord(toks[end].Text) && !isAllCaps(toks[end].Text) &&
				!r.commonWord(toks[end].Text) && !r.isPlace(toks[end].Text) && !monthLike(toks[end].Text) {
				end++
			}
			if end == i+1 || end < len(toks) && (capitalisedWord(toks[end].Text) || at[end] != 0) || !personAfter(toks, end) {
				continue
			}
			r.addName(si, i, end, "PERSON")
			i = end - 1
		}
	})
}

// regnalNames adds as persons the untagged names of two capitalised
// proper nouns followed by a regnal number ("Muhammadu Sanusi II"; one
// word is a product's or a law's as often: "LaserJet II", "Hartz IV",
// but for a royal title before it: "King Tupou VI"): no
// common word, place or month among them, no capitalised word before
// (but a title) or after them ("World War II" holds common words); and
// widens a person's name of two words or more over the number after it.
func (r *resolver) regnalNames() {
	if r.lex == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			if k := at[i]; k != 0 {
				// "[Muhammadu Sanusi] II": the number the recogniser left out
				if m := &r.d.Mentions[k-1]; m.Start == i && m.Kind == KindName && m.Type == "PERSON" && (m.End-m.Start >= 2 || royalBefore(toks, i)) && m.End < len(toks) &&
					regnalNumber(toks[m.End].Text) && (m.End+1 == len(toks) || !capitalisedWord(toks[m.End+1].Text) && at[m.End+1] == 0) {
					// "[King Mohammed] [VI]LOC": a number the recogniser
					// typed alone (the Virgin Islands' code) is the monarch's
					if n := at[m.End]; n != 0 {
						if o := &r.d.Mentions[n-1]; o.Kind != KindName || o.Start != m.End || o.End != m.End+1 {
							continue
						}
						r.drop(int(n - 1))
					}
					r.widen(int(k-1), m.Start, m.End+1)
				}
				continue
			}
			if i > 0 && (at[i-1] != 0 || capitalisedWord(toks[i-1].Text) && !sentenceOpener(toks, i-1) && !isTitleWord(toks[i-1].Text)) {
				continue
			}
			end := i
			for end < len(toks) && end-i < 2 && at[end] == 0 && toks[end].UPOS == "PROPN" && capitalisedWord(toks[end].Text) && upperLetters(toks[end].Text) == 1 &&
				!r.commonWord(toks[end].Text) && !r.isPlace(toks[end].Text) && !monthLike(toks[end].Text) && !isTitleWord(toks[end].Text) {
				end++
			}
			if end-i < 2 && !(end-i == 1 && royalBefore(toks, i)) || end >= len(toks) || at[end] != 0 || !regnalNumber(toks[end].Text) ||
				end+1 < len(toks) && (capitalisedWord(toks[end+1].Text) || at[end+1] != 0) {
				continue
			}
			r.addName(si, i, end+1, "PERSON")
			i = end
		}
	})
}

// royalTitles stand before a monarch's or a pope's name and its regnal
// number: "King Tupou VI", "Pope Leo XIV".
var royalTitles = map[string]bool{
	"King": true, "Queen": true, "Pope": true, "Emperor": true, "Empress": true, "Sultan": true, "Tsar": true,
	"Prince": true, "Princess": true, "Emir": true, "Shah": true,
}

// royalBefore reports whether a royal title stands right before token i:
// then one name and a regnal number name a monarch.
func royalBefore(toks []nlp.Token, i int) bool { return i > 0 && royalTitles[toks[i-1].Text] }

// regnalNumber reports whether w is a regnal number from II to XX.
func regnalNumber(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && romanNumeral(w) && !strings.ContainsAny(w, "LCDM")
}

// personAfter reports whether the words from toks[k] describe the name
// before them as a person's: a comma and a role noun, with "the", "a" or
// "an" before it if any ("P.R. Pandian, president of"), ", who", or an
// age in commas. Firms are named after people's initials too ("L.F.
// Rothschild", "H.J. Heinz"), and analysts work at them.
func personAfter(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Text != "," {
		return false
	}
	if ageAt(toks, k) || strings.EqualFold(toks[k+1].Text, "who") {
		return true
	}
	j := k + 1
	switch strings.ToLower(toks[j].Text) {
	case "the", "a", "an":
		j++
	}
	return j < len(toks) && !capitalisedWord(toks[j].Text) && RoleNoun(lemmaOf(&toks[j]))
}

// initialsToken reports whether w is two or three capital initials, each
// with its dot: "S.K.", "P.R.", "M.K."; not an abbreviation of a letter's
// or a time's ("P.S. Tom, please call", "A.M.").
func initialsToken(w string) bool {
	n := len(w)
	if n != 4 && n != 6 || notInitials[w] {
		return false
	}
	for k := 0; k < n; k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// notInitials are abbreviations written like a name's initials.
var notInitials = map[string]bool{"P.S.": true, "I.E.": true, "E.G.": true, "N.B.": true, "A.M.": true, "P.M.": true, "A.D.": true, "B.C.": true}

// particlesAt returns the end of the Dutch or German name particles at
// toks[i:]: "van", "von", "ter", "ten", "zu", and "der", "den", "de" or
// "dem" after "van" or "von" ("van der", "van de", "von dem"), in lower
// case or capitalised; i when none.
func particlesAt(toks []nlp.Token, i int) int {
	if i >= len(toks) {
		return i
	}
	switch strings.ToLower(toks[i].Text) {
	case "van", "von":
		if i+1 < len(toks) {
			switch strings.ToLower(toks[i+1].Text) {
			case "der", "den", "de", "dem":
				return i + 2
			}
		}
		return i + 1
	case "ter", "ten", "zu":
		return i + 1
	}
	return i
}

// givenAsWritten reports whether the gazetteer has w, as written, as a
// given name (isGivenName also folds accents).
func (r *resolver) givenAsWritten(w string) bool {
	for _, e := range r.lookup(w) {
		if e.Subtype == gazetteer.SubGiven {
			return true
		}
	}
	return false
}

// ageAt reports whether token k opens an age in commas (a number between
// 15 and 110) before a verb, ", who" or an apposition with an article:
// ", 60, has", ", 74, who heads", ", 61, a retired teacher".
func ageAt(toks []nlp.Token, k int) bool {
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+2].Text != "," || toks[k+1].UPOS != "NUM" {
		return false
	}
	n, err := strconv.Atoi(toks[k+1].Text)
	if err != nil || n < 15 || n > 110 {
		return false
	}
	switch next := &toks[k+3]; strings.ToLower(next.Text) {
	case "who", "a", "an":
		return true
	default:
		return next.UPOS == "VERB" || next.UPOS == "AUX"
	}
}

// sentenceOpener reports whether token k opens its sentence, after any
// opening quotation marks or brackets: its capital says nothing.
func sentenceOpener(toks []nlp.Token, k int) bool {
	for j := 0; j < k; j++ {
		if !isPunct(toks[j].Text) {
			return false
		}
	}
	return true
}

// whoNames adds as persons the names the recogniser left untagged before
// ", who", an age in commas and a verb, or (names of two words or three) a
// role after a comma (roleAfter: "Mats Malm, the academy's permanent
// secretary, said"): one to three capitalised proper
// nouns, not inside a longer name, none a common word nor a word the
// gazetteer knows but as a given name, nor a plural (but before an age,
// any capitalised noun: "Wilders, 60, has", which the tagger reads as a
// plural noun), after no "the" ("Beyoncé, who has now won 35 Grammys";
// not "Americans, who", "Aston Villa, who", "the Scot, who", "U2, who").
func (r *resolver) whoNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for k := 1; k+1 < len(toks); k++ {
			aged := ageAt(toks, k)
			if toks[k].Text != "," {
				continue
			}
			who := strings.EqualFold(toks[k+1].Text, "who")
			i, n := k, 0
			for i > 0 && n < 3 && at[i-1] == 0 && (toks[i-1].UPOS == "PROPN" || aged && toks[i-1].UPOS == "NOUN") && capitalisedWord(toks[i-1].Text) &&
				!isAllCaps(toks[i-1].Text) && (toks[i-1].XPOS != "NNPS" || aged) {
				i--
				n++
				if i >= 2 && isHyphen(toks[i-1].Text) && glued(toks, i-1) && glued(toks, i) && at[i-2] == 0 && capitalisedWord(toks[i-2].Text) {
					i -= 2 // a double surname: "Erzsébet Horváth-Tóth, 61,"
				}
			}
			if i == k || i > 0 && (capitalisedWord(toks[i-1].Text) || at[i-1] != 0 || strings.EqualFold(toks[i-1].Text, "the") || joinParticles[toks[i-1].Text] || toks[i-1].Text == "i") {
				continue // a longer name; "the Scot, who"; "Núria Puig i Ferrer, who"
			}
			var words []string
			for t := i; t < k; t++ {
				words = append(words, toks[t].Text)
			}
			if !who && !aged && (k-i < 2 || !r.roleAfter(&Mention{Sentence: si, Start: i, End: k})) {
				continue // (a role after a name of two words or more: "Mats Malm, the academy's permanent secretary,")
			}
			if !r.noCommonWord(words) || slices.ContainsFunc(words, r.knownBesidesGiven) || slices.ContainsFunc(words, r.isDemonym) ||
				!slices.ContainsFunc(words, lettersOnly) || calendarWords[strings.ToLower(words[0])] {
				continue // ("U2, who", "Wednesday, who")
			}
			r.addName(si, i, k, "PERSON")
		}
	})
}

// familyName reports whether words, two or three, end with the surname
// of a person the recogniser typed as one in full in the article, hold no
// common word and open with no place's name ("Former President Barack
// Obama's half-sister, Auma Obama", with "Auma Obama" tagged a place).
func (r *resolver) familyName(words []string) bool {
	if len(words) < 2 || len(words) > 3 || !r.noCommonWord(words) || slices.ContainsFunc(words[:len(words)-1], r.knownBesidesGiven) {
		return false
	}
	last := words[len(words)-1]
	for i := range r.d.Mentions {
		p := &r.d.Mentions[i]
		if p.Kind != KindName || p.Type != "PERSON" || p.End-p.Start < 2 || p.Text == strings.Join(words, " ") {
			continue
		}
		if toks := r.doc[p.Sentence].Tokens; toks[p.End-1].Text == last {
			return true
		}
	}
	return false
}

// placeContext reports whether the words either side of name mention m use
// it as a place or a thing: a preposition of place or "the" before it
// ("at Mont Belvieu", "the Dow Jones, Standard and Poor's 500") or a
// common noun after it ("the Ras Tanurah and Ju'aymah terminals").
func placeContext(toks []nlp.Token, m *Mention) bool {
	if p := strings.ToLower(toks[max(m.Start-1, 0)].Text); m.Start > 0 && (placePreps[p] || p == "the") {
		return true
	}
	return m.End < len(toks) && toks[m.End].UPOS == "NOUN" && !capitalisedWord(toks[m.End].Text)
}

// noCommonWord reports whether the lexicon knows none of words as a common
// word ("Barack Obama", not "Alex Theater" nor "Stone Roses"); false
// without a lexicon. (Nor a place's name was tried: surnames name towns,
// "Nobuo Ito", "Zhao Ziyang".)
func (r *resolver) noCommonWord(words []string) bool {
	if r.lex == nil {
		return false
	}
	for _, w := range words {
		if r.commonWord(w) {
			return false
		}
	}
	return true
}

// officeNouns are the periods of a person's office: "the presidency of
// Barack Obama".
var officeNouns = map[string]bool{
	"presidency": true, "premiership": true, "chancellorship": true, "reign": true, "tenure": true,
}

// whoAfter reports whether ", who" follows name mention m.
func whoAfter(toks []nlp.Token, m *Mention) bool { return relativeAfter(toks, m, "who") }

// relativeAfter reports whether name mention m is followed by a comma
// and the relative pronoun rel ("who", "whose", "which").
func relativeAfter(toks []nlp.Token, m *Mention, rel string) bool {
	return m.End+1 < len(toks) && toks[m.End].Text == "," && strings.EqualFold(toks[m.End+1].Text, rel)
}

// describedAsPerson reports whether the words around name mention m say
// it names a person: a relative "who" after it ("Viktar Babaryka, who was
// arrested"), an apposition headed by a role noun ("Andriy Yermak, one of
// President Zelensky's aides"), a relative's noun it is in apposition to
// ("his successor, Vo Van Thuong", see kinApposition), or the period of an
// office before it ("the presidency of Barack Obama").
func (r *resolver) describedAsPerson(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if whoAfter(toks, m) || relativeAfter(toks, m, "whose") {
		return true
	}
	if m.Start >= 2 && strings.EqualFold(toks[m.Start-1].Text, "of") && officeNouns[strings.ToLower(lemmaOf(&toks[m.Start-2]))] {
		return true
	}
	if r.kinApposition(m) || r.roleApposed(m) {
		return true
	}
	for _, c := range r.spanChildren(m) {
		if toks[c].Deprel != "appos" || r.d.at[m.Sentence][c] != 0 || capitalisedWord(toks[c].Text) {
			// (a capitalised word is another name: "the Commodore Amiga,
			// Prince of Persia has")
			continue
		}
		if RoleNoun(lemmaOf(&toks[c])) {
			return true
		}
		if strings.EqualFold(toks[c].Text, "one") {
			// "one of the president's aides"
			for _, g := range r.children[m.Sentence][c] {
				if toks[g].Deprel == "nmod" && RoleNoun(lemmaOf(&toks[g])) {
					return true
				}
			}
		}
	}
	return false
}

// roleApposed reports whether name mention m stands after a comma in
// apposition to a role noun before it: "Mongolia's prime minister,
// Luvsannamsrain Oyun-Erdene".
func (r *resolver) roleApposed(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	h := toks[m.Head].Head - 1
	if m.Start < 2 || toks[m.Start-1].Text != "," || toks[m.Head].Deprel != "appos" || h < 0 || h != m.Start-2 {
		return false
	}
	t := &toks[h]
	// (an adjective with a name in apposition is a noun the tagger
	// misread: "The WHO chief, Tedros Adhanom Ghebreyesus,")
	return (t.UPOS == "NOUN" || t.UPOS == "ADJ") && !capitalisedWord(t.Text) && RoleNoun(lemmaOf(t))
}

// roleAfter reports whether name mention m is followed by a comma and a
// phrase of up to six lower-case words that a role noun (or "champion":
// no RoleNoun, which would undo the "Champions League") ends before a
// comma, "of", "at", "for", "who" or "whose" ("Viswanathan Anand, the
// five-time world champion whose academy"), after an owner's name and its
// possessive or a determiner if any (after an indefinite one, which may
// describe a firm, only before "who" or "whose": "Edmand Lara, a former
// police captain who built"), read off the words whatever the parse made of them: "Bharat
// Masrani, TD's chief executive, said" (the tagger read "chief executive"
// as adjectives).
func (r *resolver) roleAfter(m *Mention) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	k := m.End
	if k >= len(toks) || toks[k].Text != "," {
		return false
	}
	k++
	indefinite := false
	if k < len(toks) && (at[k] != 0 || capitalisedWord(toks[k].Text)) {
		// an owner: "TD's", "the Federal Reserve's"
		j := k
		for j < len(toks) && j < k+4 && (at[j] != 0 || capitalisedWord(toks[j].Text)) {
			j++
		}
		if j >= len(toks) || !isPossessive(toks[j].Text) {
			return false
		}
		k = j + 1
	} else if k < len(toks) {
		switch strings.ToLower(toks[k].Text) {
		case "the", "its", "his", "her", "their":
			k++
		case "a", "an":
			// "Harris Associates L.P., a Chicago investment advisor": a
			// firm may be; not one "who" ("Edmand Lara, a former police
			// captain who built")
			indefinite = true
			k++
		}
	}
	ends := func(w string) bool {
		return w == "," || w == "of" || w == "at" || w == "for" || w == "who" || w == "whose" ||
			indefinite && (w == "with" || w == "in" || w == "from")
	}
	if k < len(toks) {
		switch toks[k].UPOS {
		case "SCONJ", "CCONJ", "ADP", "VERB", "AUX", "PRON":
			return false // a clause goes on: "near Lake Titicaca, while his former prime minister,"
		}
	}
	n := 0
	for ; k < len(toks) && n < 6 && !ends(toks[k].Text); k, n = k+1, n+1 {
		if w := toks[k].Text; !allLowerLetters(w) && w != "-" && w != "'s" && w != "’s" {
			return false // (an owner in lower case may be: "the academy's permanent secretary")
		}
	}
	if n == 0 || k >= len(toks) || !ends(toks[k].Text) {
		return false
	}
	last := &toks[k-1]
	if indefinite && toks[k].Text != "who" && toks[k].Text != "whose" {
		// only a person is "a geophysicist at the IMO" or "a senior
		// official with the agency"
		return humanNouns[strings.ToLower(lemmaOf(last))] || strings.HasSuffix(strings.ToLower(last.Text), "ologist")
	}
	return RoleNoun(last.Text) || RoleNoun(lemmaOf(last)) || last.Text == "champion" || last.Text == "grandmaster"
}

// humanNouns name jobs and stations that only people have, which may
// describe a name after an indefinite article ("Benedikt Ófeigsson, a
// geophysicist at the IMO,"), where a role that firms have too ("an
// investment adviser", "a lender") may not.
// (Any noun ending in "-ologist" is one too: roleAfter reads the ending.)
var humanNouns = map[string]bool{
	"official": true, "scientist": true, "researcher": true, "professor": true, "lecturer": true, "student": true,
	"teacher": true, "doctor": true, "nurse": true, "physician": true, "surgeon": true, "engineer": true,
	"economist": true, "physicist": true, "chemist": true, "geophysicist": true, "historian": true,
	"journalist": true, "activist": true, "lawmaker": true, "legislator": true, "politician": true,
	"diplomat": true, "lawyer": true, "farmer": true, "fisherman": true, "resident": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "mother": true, "father": true, "widow": true, "pensioner": true,
	"veteran": true, "survivor": true, "villager": true, "priest": true, "pastor": true, "writer": true,
	"novelist": true, "poet": true, "artist": true, "musician": true, "singer": true, "actor": true,
	"actress": true, "athlete": true, "player": true, "striker": true, "midfielder": true, "defender": true,
	"goalkeeper": true, "footballer": true, "cricketer": true, "analyst": true, "astronomer": true,
	"mathematician": true, "entrepreneur": true, "campaigner": true,
}

// bareRoleAfter reports whether name mention m is followed by a comma and
// an apposition a role noun heads with no determiner: "Olugbile Holloway,
// director-general of Nigeria's museums commission" (not "Harris
// Associates L.P., a Chicago investment advisor", which a firm may be).
func (r *resolver) bareRoleAfter(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.End >= len(toks) || toks[m.End].Text != "," {
		return false
	}
	for _, c := range r.spanChildren(m) {
		t := &toks[c]
		if t.Deprel != "appos" || c <= m.End || capitalisedWord(t.Text) || !RoleNoun(lemmaOf(t)) {
			continue
		}
		det := false
		for _, g := range r.children[m.Sentence][c] {
			det = det || toks[g].Deprel == "det" || toks[g].Deprel == "nmod:poss"
		}
		if !det {
			return true
		}
	}
	return false
}

// kinNouns are nouns for a person's relatives and the persons who stand
// in for or beside someone, which name a person in apposition after a
// possessive pronoun: "his deputy, Dhony Rahajoe", "her niece, Truong Hue
// Van", "his mother, Bose Ogulu".
var kinNouns = map[string]bool{
	"mother": true, "father": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "niece": true, "nephew": true, "uncle": true, "aunt": true,
	"cousin": true, "grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true,
	"widow": true, "widower": true, "spouse": true, "partner": true, "girlfriend": true, "boyfriend": true,
	"fiancee": true, "fiancée": true, "fiance": true, "fiancé": true, "stepson": true, "stepdaughter": true,
	"successor": true, "predecessor": true, "deputy": true,
}

// kinApposition reports whether name mention m follows a kin noun
// (kinNouns) after a personal pronoun and a comma: "his successor, Vo Van
// Thuong" (not "its successor, Nvidia"). The parse is not asked: it often
// hangs the name on an earlier noun ("X and his deputy, Dhony Rahajoe").
func (r *resolver) kinApposition(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.Start < 3 || toks[m.Start-1].Text != "," {
		return false
	}
	t := &toks[m.Start-2]
	if t.UPOS != "NOUN" || capitalisedWord(t.Text) || !kinNouns[strings.ToLower(lemmaOf(t))] {
		return false
	}
	switch strings.ToLower(toks[m.Start-3].Text) {
	case "his", "her", "their":
		return true
	}
	return false
}

// known reports whether the gazetteer has an entry named name.
func (r *resolver) known(name string) bool {
	return r.gaz != nil && len(r.gaz.Lookup(name)) > 0
}

// knownBesidesGiven reports whether the gazetteer has an entry named name
// other than a given name: a place or an organisation ("Jordan").
func (r *resolver) knownBesidesGiven(name string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(name) {
		if e.Subtype != gazetteer.SubGiven {
			return true
		}
	}
	return false
}

// frenchArticles open parties' names, not given names, after "the": "the
// Les Engagés leader", "the Les Républicains candidate".
var frenchArticles = map[string]bool{"Les": true, "La": true, "Le": true, "L'": true}

// memberNouns, after "the" and a name, make it a body's: "the Likud
// leader", "the Labour MPs".
var memberNouns = map[string]bool{
	"leader": true, "leaders": true, "leadership": true, "chairman": true, "chairwoman": true, "candidate": true,
	"candidates": true, "lawmaker": true, "lawmakers": true, "legislator": true, "legislators": true, "MP": true,
	"MPs": true, "member": true, "members": true, "membership": true, "deputies": true, "activists": true,
	"supporters": true, "voters": true, "manifesto": true,
}

// facilityNouns, in lower case after a name, make it a facility's or a
// feature's: "the Shahid Rajaee port", "the Kakhovka dam".
var facilityNouns = map[string]bool{
	"port": true, "airport": true, "dam": true, "mine": true, "prison": true, "stadium": true, "bridge": true,
	"hospital": true, "canal": true, "reservoir": true, "lake": true, "river": true, "glacier": true,
	"volcano": true, "crater": true, "peninsula": true, "island": true, "valley": true,
}

// commonPlural reports whether w, read as a plural, is one of a common
// word ("States", "Airlines"; not the surnames "Dibbits", "Jones"), or
// whether no lexicon tells.
func (r *resolver) commonPlural(w string) bool {
	if r.lex == nil {
		return true
	}
	l := strings.ToLower(w)
	return r.commonWord(l) || r.commonWord(strings.TrimSuffix(l, "s")) || r.commonWord(strings.TrimSuffix(l, "es"))
}

// officeOpeners are the titles of offices only persons hold that may
// open the recogniser's span of a body or a place (not "General",
// "Major", "Chief", "King", "Justice": "General Motors", "Major League",
// "King Faisal Hospital", "Justice Department").
var officeOpeners = map[string]bool{
	"speaker": true, "senator": true, "sen.": true, "governor": true, "gov.": true, "mayor": true, "minister": true,
	"president": true, "judge": true, "chancellor": true, "premier": true, "ambassador": true, "envoy": true,
	"councillor": true, "councilor": true, "commissioner": true, "inspector": true, "detective": true, "rabbi": true,
	"imam": true, "mufti": true, "patriarch": true, "professor": true, "coach": true, "captain": true,
	"colonel": true, "lieutenant": true, "sergeant": true, "admiral": true, "commander": true,
}

// nameAfterTitle reports whether toks[a:b] read as a person's name after
// a title: capitalised words, none a common word, a title or the head
// of a body, a firm or a place, and no name the gazetteer knows.
func (r *resolver) nameAfterTitle(toks []nlp.Token, a, b int) bool {
	words := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		w := toks[k].Text
		if !capitalisedWord(w) || isAllCaps(w) || isTitleWord(w) || isLegalForm(w) || calendarWords[strings.ToLower(w)] {
			return false
		}
		words = append(words, w)
	}
	return !r.headedName(toks, a, b) && r.noCommonWord(words) && !r.known(strings.Join(words, " ")) && !r.isPlace(strings.Join(words, " "))
}

// honorifics stand before a person's name and are no part of it.
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true,
	"dr": true, "dr.": true, "drs": true, "drs.": true, "sir": true, "dame": true, "lord": true, "lady": true, "baroness": true,
	"baron": true, "mx": true, "prof": true, "prof.": true, "cde": true, "comrade": true,
	// West African and southern African ones: "Alhaji Aliko Dangote",
	// "Malam Sani Garba Danbatta", "Gogo Thembisile Ndlovu"
	"alhaji": true, "alhaja": true, "hajia": true, "malam": true, "mallam": true, "gogo": true,
	// Burmese: "Daw Tin Tin Aye"
	"daw": true,
	// Malaysian: "Datuk Mohd Firuz Jaffril" ("Tun" is also a name's
	// word: "Najib Tun Razak")
	"datuk": true, "dato": true, "dato'": true, "datin": true,
}

// personalHonorifics are the honorifics no street or building is named
// after: "Mr Park" is a person, "Lord Street" a street.
var personalHonorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true, "mx": true,
}

// titledNames adds as persons the untagged names right after a person's
// title that the recogniser missed, often because the tagger read a word
// of the name as a common noun ("Chinese President [Xi Jinping]"): one to
// three capitalised words, not in a sentence of capitals, with no
// capitalised word after them, that are no place or name the gazetteer
// knows, hold no calendar word or head of a place's or an organisation's
// name, and whose last word the lexicon knows as no common word (so not
// "General Motors", "Major League Baseball", "Chief Executive Officer").
// A title word inside the run ("Prime Minister Tony Blair") opens it
// after itself. Needs the lexicon.
func (r *resolver) titledNames() {
	if r.lex == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for k := 0; k+1 < len(toks); k++ {
			title := strings.ToLower(toks[k].Text)
			if !isTitleWord(title) && !honorifics[title] || toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" {
				continue
			}
			i := k + 1
			if isTitleWord(toks[i].Text) || honorifics[strings.ToLower(toks[i].Text)] {
				continue // the run starts after the last title word
			}
			end := i
			for end < len(toks) && end-i < 4 && at[end] == 0 && capitalisedWord(toks[end].Text) &&
				(toks[end].UPOS == "PROPN" || toks[end].UPOS == "NOUN") && !isAllCaps(toks[end].Text) {
				end++
			}
			if end == i || end-i > 3 || end < len(toks) && (capitalisedWord(toks[end].Text) || nameParticles[toks[end].Text]) {
				continue // ("Cor van der Klugt" goes on)
			}
			if end+1 < len(toks) && toks[end].Text == "." && !toks[end-1].SpaceAfter {
				continue // an abbreviation: "Dr. Ing. H.C.F. Porsche AG"
			}
			if last := strings.ToLower(toks[end-1].Text); !honorifics[title] && strings.HasSuffix(last, "s") && r.commonWord(strings.TrimSuffix(last, "s")) {
				continue // "General Partners", "Bishop Buffets"; not "Mr Davies"
			}
			if k > 0 && title == "leader" && marketWords[strings.ToLower(toks[k-1].Text)] {
				continue // "sector leader Omnicom" is a company
			}
			words := make([]string, 0, end-i)
			ok := true
			for j := i; j < end; j++ {
				w := toks[j].Text
				lw := strings.ToLower(w)
				if calendarWords[lw] || placeHeads[lw] || orgHeads[lw] || geoHeads[w] || classNouns[lw] != "" ||
					isTitleWord(w) || utf8.RuneCountInString(w) < 2 || strings.ContainsAny(w, ".") {
					ok = false
					break
				}
				words = append(words, w)
			}
			text := strings.Join(words, " ")
			// (after an honorific, a name whose first word is no common
			// word may end in one: "Mr Hun Sen", "Ms Ann Rich"; not "Dr
			// Pepper", "Miss World")
			if !ok || r.commonWord(words[len(words)-1]) && !(honorifics[title] && !r.commonWord(words[0])) || r.known(text) || r.isPlace(text) {
				continue
			}
			r.addName(si, i, end, "PERSON")
			k = end - 1
		}
	})
}

// marketWords before "leader" make it a company's rank, not a person's
// title: "market leader Intel".
var marketWords = map[string]bool{"market": true, "sector": true, "industry": true, "category": true}

// officeTitles are the offices only persons hold, as a verb's "as" gives
// them: "sworn in as president", "took office as prime minister".
var officeTitles = map[string]bool{
	"president": true, "minister": true, "chancellor": true, "premier": true, "governor": true,
	"mayor": true, "senator": true, "king": true, "queen": true, "pope": true, "chairman": true,
	"chairwoman": true, "ambassador": true, "envoy": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "coach": true, "captain": true, "judge": true, "president-elect": true,
}

// servesAs reports whether name mention m is the subject of a verb with an
// "as" phrase headed by an office only persons hold: "Bola Tinubu was
// sworn in as Nigeria's president", "X took office as prime minister"; or
// of "become" with such an office: "after Xi Jinping became general
// secretary".
func (r *resolver) servesAs(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.Head < 0 || m.Head >= len(toks) || !strings.HasPrefix(toks[m.Head].Deprel, "nsubj") {
		return false
	}
	v := tokHead(toks, m.Head)
	if v < 0 {
		return false
	}
	become := lemmaOf(&toks[v]) == "become"
	for _, c := range r.children[m.Sentence][v] {
		d := toks[c].Deprel
		if d != "obl" && d != "xcomp" && d != "advcl" && d != "obj" || !officeTitles[strings.ToLower(lemmaOf(&toks[c]))] {
			continue
		}
		if become && (d == "xcomp" || d == "obj") {
			return true // "after Xi Jinping became general secretary"
		}
		for _, g := range r.children[m.Sentence][c] {
			if strings.EqualFold(toks[g].Text, "as") && (toks[g].Deprel == "case" || toks[g].Deprel == "mark") {
				return true
			}
		}
	}
	return false
}
