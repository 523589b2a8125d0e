package entities

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/latin"
)

// Gazetteer is what Resolve needs from a gazetteer; extract/gazetteer's
// *Gazetteer satisfies it. A nil Gazetteer is allowed: no demonyms, no
// well-known acronyms, no country check.
type Gazetteer interface {
	// Demonym maps a demonym or national adjective ("Russian", "Libyans")
	// to its country ("Russia").
	Demonym(word string) (country string, ok bool)
	// Lookup returns the entries named name (official names, acronyms,
	// alternative names), best first.
	Lookup(name string) []gazetteer.Entry
}

var _ Gazetteer = (*gazetteer.Gazetteer)(nil)

// Kind says how a mention names its entity.
type Kind uint8

// Mention kinds.
const (
	KindName    Kind = iota // a named span tagged by the recogniser
	KindDemonym             // a demonym or national adjective ("Russian")
	KindPronoun             // he, his, him, she, her, ...
	KindNominal             // a definite description ("the General")
)

var kindNames = [...]string{"name", "demonym", "pronoun", "nominal"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Mention is one place in the article that refers to an entity.
type Mention struct {
	Sentence   int    // sentence index
	Start, End int    // token span [Start, End) in the sentence
	Head       int    // token index of the span's syntactic head
	Text       string // surface text of the span (possessive removed)
	Type       string // PERSON, ORG, LOC or another type, as tagged
	Kind       Kind
	Entity     int // index into Doc.Entities, -1 when unresolved
}

// Doc is the result of Resolve: the article's entities and its mentions,
// with a map from tokens to mentions for the triple extractor.
type Doc struct {
	Entities []extract.Entity
	Mentions []Mention

	// Titles holds, per entity, the role and class nouns it was introduced
	// with (lower-case lemmas: "spokesman", "minister", "country").
	Titles [][]string

	at [][]int32 // per sentence, per token: mention index + 1, 0 for none
}

// MentionAt returns the mention that covers token tok of sentence sent.
func (d *Doc) MentionAt(sent, tok int) (*Mention, bool) {
	if d == nil || sent < 0 || sent >= len(d.at) || tok < 0 || tok >= len(d.at[sent]) {
		return nil, false
	}
	m := d.at[sent][tok]
	if m == 0 {
		return nil, false
	}
	return &d.Mentions[m-1], true
}

// EntityAt returns the index of the entity that token tok of sentence sent
// refers to, if any.
func (d *Doc) EntityAt(sent, tok int) (int, bool) {
	m, ok := d.MentionAt(sent, tok)
	if !ok || m.Entity < 0 {
		return -1, false
	}
	return m.Entity, true
}

// Entity returns entity i; it panics if i is out of range.
func (d *Doc) Entity(i int) extract.Entity { return d.Entities[i] }

// TypeOf maps recogniser labels to kg's entity types: PER becomes PERSON,
// GPE and FAC become LOC; other labels are returned unchanged.
func TypeOf(label string) string {
	switch label {
	case "PER", "PERSON":
		return "PERSON"
	case "GPE", "LOC", "FAC":
		return "LOC"
	case "ORG", "NORP_ORG":
		return "ORG"
	}
	return label
}

// keptTypes are the recogniser labels that become entities.
var keptTypes = map[string]bool{"PERSON": true, "ORG": true, "LOC": true}

// Resolve finds the entities of one article. doc is the article's parsed,
// entity-tagged sentences; text is the article text (unused today, kept so
// that offsets can be checked); gaz may be nil.
func Resolve(doc []nlp.Sentence, text string, gaz Gazetteer) *Doc {
	return ResolveWith(doc, text, gaz, nil)
}

// Lexicon tells which words English writes in lower case: common nouns,
// verbs, adjectives and adverbs ("newcomer", "theater", "stone"). The
// tagger's WordNet lexicon is one (tag.Tagger).
type Lexicon interface {
	// CommonWord reports whether word is written in lower case as any
	// part of speech.
	CommonWord(word string) bool
	// CommonNoun reports whether word is mostly a common noun
	// ("newcomer", not "motley").
	CommonNoun(word string) bool
	// LowerOnly reports whether word is written in lower case and never
	// with a capital ("electric"; not "grant").
	LowerOnly(word string) bool
	// FrequentWord reports whether word is a common word of everyday
	// text ("star", "bill"; not "xi", a rare one).
	FrequentWord(word string) bool
}

// ResolveWith is Resolve with a lexicon of common words, which lets a few
// rules tell a name's words from common ones: a common noun opening the
// sentence before a given name is no part of the name ("Newcomer Ciara"),
// and a place span of a given name and words that are no common words is
// a person's ("Barack Obama", not "Alex Theater"). lex may be nil.
func ResolveWith(doc []nlp.Sentence, text string, gaz Gazetteer, lex Lexicon) *Doc {
	_ = text
	r := &resolver{doc: doc, gaz: gaz, lex: lex, d: &Doc{}, tickered: map[int]bool{}}
	r.d.at = make([][]int32, len(doc))
	for i := range doc {
		r.d.at[i] = make([]int32, len(doc[i].Tokens))
	}
	r.children = make([][][]int, len(doc))
	for i := range doc {
		r.children[i] = doc[i].Children()
	}
	r.names()
	r.widenNames()
	r.legalFormNames()
	r.familyFirstNames()
	r.hyphenPlaces()
	r.originPlaces()
	r.orgNames()
	r.namedAfterPersons()
	r.hospitalOpeners()
	r.possessiveCompanies()
	r.gazetteerOrgs()
	r.partyNouns()
	r.pluralParties()
	r.bracketNames()
	r.gazetteerPlaces()
	r.syllableNames()
	r.numberedRoads()
	r.ordinalStreets()
	r.citySides()
	r.sharedHeads()
	r.featureOfNames()
	r.seatNames()
	r.oceans()
	r.acronymCountryOrgs()
	r.datelineAgencies()
	r.stateAbbreviations()
	r.lowerPlaces()
	r.geoNames()
	r.openedPlaces()
	r.nicknameResults()
	r.venueNames()
	r.townNames()
	r.stateTowns()
	r.listedTowns()
	r.prepPlaces()
	r.listPlaces()
	r.adminPlaces()
	r.basedNames()
	r.staffNames()
	r.kindNames()
	r.titledNames()
	r.particleNames()
	r.initialsNames()
	r.regnalNames()
	r.flatNames()
	r.legislatureNames()
	r.whoNames()
	r.personNames()
	r.listNames()
	r.classPatterns()
	r.rosters()
	r.tables()
	r.tickers()
	r.commonLegalNames()
	r.demonymOpens()
	r.cluster()
	r.splitJoined()
	r.propagate()
	r.demonyms()
	r.titles()
	r.coref()
	r.finish()
	return r.d
}

type resolver struct {
	doc      []nlp.Sentence
	gaz      Gazetteer
	lex      Lexicon // nil knows no word
	d        *Doc
	children [][][]int
	caps     []bool // sentences written in capitals (capsSentence), filled by textSentences

	acronyms map[string]string // acronym → key of the defined name
	tickered map[int]bool      // mentions followed by a stock ticker
	clusters []*cluster
	lower    map[string]bool // the words the article writes in lower case (lowerWords)
	solo     map[string]bool // the words the recogniser tagged as names alone (soloName, indexSpans)
	terms    map[string]bool // acronyms of terms the article defines (termInitials)
	things   map[string]bool // names the article writes before a noun for a thing (thingName)
	byKey    map[string]*cluster

	plural     map[int]bool     // pluralOrg's answers by cluster
	cased      int8             // whether the article writes names with capitals (casedText): 0 not known yet, 1 yes, -1 no
	surnames   map[string]bool  // last words of the recogniser's full person names (surnameInDoc, indexSpans)
	sky        int8             // whether the article is about the sky (astronomy): 0 not known yet, 1 yes, -1 no
	rowOpeners []bool           // per sentence, whether it opens a row of results (scoreLine), once computed
	rowCount   int              // how many do
	teams      map[teamKey]bool // directTeam's answers
	// nationMatches says whether the article reports a match between
	// nations (nationMatch): 0 not known yet, 1 yes, -1 no
	nationMatches int8
	// kinds holds, per cluster, its type as typeOf gives it before
	// coreference, which coreference asks for (the recogniser's vote
	// may say PERSON for a company the entity rules type ORG)
	kinds []string
	// rolesSeen holds the words of every person's title (roleWords)
	rolesSeen map[string]bool
	// quoted says, per sentence and token, whether the token stands in a
	// quotation (quotedTokens)
	quoted [][]bool
}

// teamKey is a question to directTeam: cluster id and type.
type teamKey struct {
	id  int
	typ string
}

type cluster struct {
	id       int
	keys     [][]string // content-word keys of the names in it
	mentions []int
	forms    map[string]int // surface form → count
	types    map[string]int
	titles   map[string]bool
	first    int // first mention index
	sex      sex // of a person, once sexDone
	sexDone  bool
	// roles holds a person's titles as written, in lower case, with the
	// words before the role noun: "deputy prime minister", "shadow home
	// secretary" (titles holds the nouns alone)
	roles map[string]bool
	// possessive: a firm named in the possessive ("Moody's"), found by
	// typeOf
	possessive bool
}

// names adds one mention per recognised span.
func (r *resolver) names() {
	things := r.thingWords()
	for si := range r.doc {
		s := &r.doc[si]
		for _, sp := range r.workSpans(s, r.adjacentSpans(s, r.givenSpans(s, r.surnameSpans(s, particleSpans(s, r.joinSpans(s.Tokens, r.andFirmSpans(s.Tokens, r.ampersandSpans(s.Tokens, bracketedForms(s.Tokens, r.nicknameSpans(s.Tokens, placeHyphenOrgs(s.Tokens, ownerSplit(s.Tokens, formSplit(s.Tokens, r.rangeOfPlace(s.Tokens, r.officeHolderSplit(s.Tokens, r.remitLists(s.Tokens, r.ofThePlace(s.Tokens, romanceOrgs(s.Tokens, trimEnds(s.Tokens, s.EntitySpans()))))))))))))))))))) {
			typ := TypeOf(sp.Type)
			start, end := trimSpan(s.Tokens, sp.Start, sp.End)
			if start+1 < end && discourseOpener(s.Tokens, start) {
				start++ // "[Instead Australia]'s captain": the sentence's adverb, no comma after it
			}
			if start >= end {
				continue
			}
			if typ == "WORK" {
				r.addName(si, start, end, typ)
				continue
			}
			if k := r.d.at[si][start]; k != 0 && r.d.Mentions[k-1].End >= end {
				continue // "[SAINT]-[DENIS]": the span before took it (hyphenChain)
			}
			if !keptTypes[typ] {
				continue // demonyms tagged MISC/NORP are handled by demonyms()
			}
			start, end = wholeWords(s.Tokens, start, end)
			if r.demonymCompound(s.Tokens, start, end) {
				continue // "the [Russo-Libyan] collaboration": an adjective (demonyms() reads its demonym)
			}
			if start > 0 && saintPrefixes[s.Tokens[start-1].Text] && r.d.at[si][start-1] == 0 && (start == 1 || !capitalisedWord(s.Tokens[start-2].Text)) {
				start-- // "St. [Francis Xavier University]", "St [Mary's Hospital]": the saint's title opens the name
			}
			if typ == "PERSON" && end-start >= 2 && start > 0 && calendarWords[strings.ToLower(s.Tokens[start].Text)] &&
				timeWords[strings.ToLower(s.Tokens[start-1].Text)] {
				start++ // "late on [Sunday Prabowo] announced": a day, then the name
			}
			start = r.namePiecesBefore(s.Tokens, start)
			if e := r.hyphenGivenName(s.Tokens, start, end); e > end {
				end, typ = e, "PERSON" // "Tsai [Ing]-wen", "[Lai] Ching-te"
			}
			if typ == "PERSON" && r.hyphenGivenBefore(s.Tokens, start) && r.d.at[si][start-3] == 0 {
				start -= 3 // "Man-kei [Tam]": a given name of two syllables before the surname
			}
			if typ == "PERSON" {
				start, end = r.flatNamePieces(s.Tokens, start, end) // "[Bassirou Diomaye] Faye", "Yoon Suk [Yeol]"
			}
			if typ == "PERSON" && start > 0 && r.d.at[si][start-1] == 0 && apostropheGiven(s.Tokens, start-1) {
				start-- // "Da'Vine [Joy Randolph]", "Ja'Marr [Chase]": a given name with an apostrophe inside
			}
			if r.givenNameBefore(s.Tokens, start, end, typ) {
				start, typ = start-1, "PERSON" // "World number one Lindsay [Davenport]"
			}
			if typ == "PERSON" {
				start = r.givenParticlesBefore(s.Tokens, start)
			}
			for k := start + 1; k < end; k++ {
				if s.Tokens[k].Text == "<" {
					end = k // "Jiffy Lube International Inc <LUBE>": a ticker ends the name
				}
			}
			if end-start >= 2 && termAcronyms[s.Tokens[end-1].Text] && s.Tokens[end-2].SpaceAfter && r.hasSubtype(spanText(s.Tokens, start, end-1), gazetteer.SubCountry) {
				// "US TV", "UK DVD sales": a country and a term's
				// initials (not "Fox TV", "China Central TV")
				end--
				typ = "LOC"
			}
			if w := strings.ToLower(s.Tokens[start].Text); end-start == 1 && start > 0 && strings.EqualFold(s.Tokens[start-1].Text, "the") && classNouns[w] != "" && !selfNamedClasses[w] &&
				!(end+1 < len(s.Tokens) && (s.Tokens[end].Text == "of" || s.Tokens[end].Text == "for") && capitalisedWord(s.Tokens[end+1].Text)) {
				continue // "the Bank", "the Ministry": a description of a body named before (coref); not "the [Department] of Justice"
			}
			if end-start == 1 && r.noName(s.Tokens, start) || letters(s.Tokens[start:end]) || r.lowerCommon(s.Tokens, start, end) {
				continue
			}
			if end-start == 2 && (typ == "LOC" || typ == "ORG") && r.gaz != nil && s.Tokens[start].SpaceAfter {
				if place, ok := r.gaz.Demonym(spanText(s.Tokens, start, end)); ok && !sameName(place, spanText(s.Tokens, start, end)) &&
					(end == len(s.Tokens) || !capitalisedWord(s.Tokens[end].Text)) {
					continue // "North American operations": a people's adjective, which demonyms() reads
				}
			}
			if typ == "LOC" && start > 0 && (s.Tokens[start-1].Entity == "O" || s.Tokens[start-1].Entity == "") &&
				(s.Tokens[start-1].Text == "Air" || nounBeforeCountry(s.Tokens, start, end)) && r.isCountry(spanText(s.Tokens, start, end)) {
				// "former [Air] [New Zealand] chief executive": a national
				// airline; "[Credit] [Suisse]", "[Tennis] [Australia]": a
				// body named by its trade and its country
				start--
				typ = "ORG"
			}
			if typ == "LOC" && end-start >= 2 && s.Tokens[start].Text == "Air" && r.isCountry(spanText(s.Tokens, start+1, end)) {
				typ = "ORG" // "Air Jamaica", "Air Mauritius"
			}
			if typ == "PERSON" && end-start == 2 && r.isCountry(s.Tokens[start+1].Text) && (!r.isGivenName(s.Tokens[start].Text) || r.givenCount(s.Tokens[start].Text) < 5000 && asciiOnly(s.Tokens[start].Text)) && !isInitial(s.Tokens[start].Text) &&
				!isTitleWord(s.Tokens[start].Text) && s.Tokens[start].SpaceAfter {
				typ = "ORG" // "[Parks Canada]PER said": a body named by its trade and its country (not "Michael Jordan")
			}
			if typ == "PERSON" && end < len(s.Tokens) && placeNounAfter(s.Tokens[end].Text) && s.Tokens[end].UPOS == "NOUN" {
				typ = "LOC" // "the [Phong Châu]PER bridge", "at the foot of [Con Voi]PER mountain"
			}
			if typ == "LOC" && end-start >= 2 && townNouns[s.Tokens[end-1].Text] && capitalisedWord(s.Tokens[end-2].Text) &&
				!r.known(spanText(s.Tokens, start, end)) {
				end-- // "[Hatay province]LOC": the place is Hatay, the noun says what it is (not "Mexico city")
			}
			if typ != "ORG" && saintHyphen(s.Tokens, start) && !r.saintSurname(s.Tokens[start+2].Text) {
				// "[Saint-Jean]PER-de-Maurienne", "[Saint-Vulbas]PER": a
				// saint's name joined by hyphens names a place, as French
				// towns are named
				end, typ = hyphenChain(s.Tokens, end), "LOC"
			}
			if start > 0 && (featureOpeners[s.Tokens[start-1].Text] || streetOpeners[s.Tokens[start-1].Text]) && typ == "PERSON" &&
				(s.Tokens[start-1].Entity == "O" || s.Tokens[start-1].Entity == "") &&
				(start == 1 || !capitalisedWord(s.Tokens[start-2].Text)) && r.d.at[si][start-1] == 0 {
				start, typ = start-1, "LOC" // "Avenue [Gamal Abdel Nasser]PER": a street named after a person
			}
			if end-start >= 2 && (featureOpeners[s.Tokens[start].Text] || typ == "PERSON" && (natureOpeners[s.Tokens[start].Text] || streetOpeners[s.Tokens[start].Text])) {
				typ = "LOC" // "[Wadi Derna]PER": a valley's name, whatever its last word names too; "[Lake Kariba]PER"
			}
			if end-start >= 2 && typ != "ORG" && exchangeName(s.Tokens[start:end]) {
				typ = "ORG" // "the [Korea Exchange]LOC", "[Borsa Istanbul]LOC", "[Kettle Moraine School District]LOC"
			}
			if end-start >= 2 && typ == "ORG" && foreignOpener(s.Tokens[start].Text) && !orgHeadIn(s.Tokens, start+1, end) {
				typ = "LOC" // "at [Puerto Obaldía]ORG" (not "Puerto Rico Electric Power Authority")
			}
			if end-start >= 2 && typ == "PERSON" && start > 0 && spanishArticles[s.Tokens[start].Text] &&
				insidePreps[s.Tokens[start-1].Text] && s.Tokens[start].SpaceAfter {
				typ = "LOC" // "a strong draw in [El Alto]PER", "inside [El Teniente]PER": a Spanish article opens a place's name, not a person's
			}
			if typ == "PERSON" && end-start == 1 && craftName(s.Tokens, end) {
				continue // "the Vikram lander", "Russia's Luna-25": a craft's name, no person
			}
			if end-start == 1 && things[s.Tokens[start].Text] {
				continue // "Brent rose 1.6 pct" after "Brent crude": an oil's grade, no name; "Novichok", a poison
			}
			if end-start == 1 && start > 0 && end < len(s.Tokens) && s.Tokens[start-1].Text == "<" && s.Tokens[end].Text == ">" &&
				isTickerSymbol(s.Tokens[start].Text) && (start < 2 || r.d.at[si][start-2] != 0 || capitalisedWord(s.Tokens[start-2].Text)) {
				continue // a Reuters ticker after a name, "Manufacturers Hanover Trust Co <MHC>", is no name of its own
			}
			if typ == "PERSON" && end-start == 1 && r.commonWordsBefore(s.Tokens, start) {
				continue // "Million Dollar [Baby]": the last word of a title, no person
			}
			if typ == "PERSON" && end+1 < len(s.Tokens) && isPossessive(s.Tokens[end].Text) && eponymNouns[strings.ToLower(s.Tokens[end+1].Text)] {
				continue // "Parkinson's disease", "Moore's law": named after a person, no person
			}
			if end < len(s.Tokens) && diseaseNouns[s.Tokens[end].Text] {
				continue // "Lassa fever", "the Marburg virus": a disease named after a place, no mention of it
			}
			if lw := strings.ToLower(s.Tokens[end-1].Text); typ == "PERSON" && end-start >= 2 && documentWords[lw] && lw != "bill" && lw != "law" &&
				capitalisedWord(s.Tokens[end-1].Text) {
				continue // "the Marshall Plan", "the Kyoto Accord": named after a person or a place, no person ("Jude Law" is one)
			}
			if typ == "PERSON" && end-start == 1 && start > 0 && documentWords[strings.ToLower(s.Tokens[start].Text)] &&
				capitalisedWord(s.Tokens[start-1].Text) && !honorifics[strings.ToLower(strings.TrimSuffix(s.Tokens[start-1].Text, "."))] {
				continue // "the Mental Capacity [Bill]": a law's last word, no person
			}
			// "the Houthi movement", "the Taliban militia": a name the
			// recogniser stopped before a lower-case group noun is the
			// group's name (a country before it is not: "a Russia party",
			// nor a group the gazetteer knows by that name and not with
			// the noun: "the YPG militia", nor initials: "ELN rebels")
			if text := spanText(s.Tokens, start, end); end < len(s.Tokens) && groupHeads[s.Tokens[end].Text] && end-start <= 2 &&
				(!r.isPlace(text) || s.Tokens[end].Text == "cartel") && (!r.gazetteerOrg(text) || r.gazetteerOrg(text+" "+s.Tokens[end].Text)) && !isAllCaps(text) {
				end++
				typ = "ORG"
			}
			// "US Ambassador", "Prime Minister": a short span ending with a
			// title word is a title, not an organisation or a person; but
			// a given name and a surname that is a title word are a
			// person's ("John Major", "Larry King", "Howard Dean"), and a
			// body's head, "of" and a title word a body's ("the Department
			// of Justice", "Ministry of Justice")
			if end-start <= 3 && isTitleWord(s.Tokens[end-1].Text) && RoleNoun(s.Tokens[end-1].Text) &&
				!(end-start == 3 && s.Tokens[start+1].Text == "of" && orgHeads[strings.ToLower(s.Tokens[start].Text)]) &&
				!(typ == "PERSON" && end-start >= 2 && r.isGivenName(s.Tokens[start].Text) && !isTitleWord(s.Tokens[start].Text) && capitalisedWord(s.Tokens[end-1].Text)) &&
				!(typ == "PERSON" && end-start == 1 && r.surnameInDoc(s.Tokens[start].Text)) {
				continue
			}
			// "the President of the United States Donald Trump": a
			// country and a person's full name run together in one span
			if k := r.countryThenPerson(s.Tokens, start, end, typ); k > 0 {
				r.addName(si, start, k, "LOC")
				start, typ = k, "PERSON"
			}
			// "the magazine [Le Point]", "[Le Figaro] reported": a French
			// article and one word are a paper's or a firm's name, not a
			// person's, unless a person's fuller name ends in the word
			// ("Marine Le Pen")
			if typ == "PERSON" && end-start == 2 && (s.Tokens[start].Text == "Le" || s.Tokens[start].Text == "La") && capitalisedWord(s.Tokens[start+1].Text) {
				if _, fuller := r.personsEnding(si, start, s.Tokens[start].Text, s.Tokens[start+1].Text); !fuller {
					typ = "ORG"
				}
			}
			// "the [Catholic Church]", "the [Russian Orthodox Church]": a
			// church named by its denomination alone is the body, not a
			// building (not "First Missionary Baptist Church")
			if r.denominationChurch(s.Tokens, start, end) {
				typ = "ORG"
			}
			// "Islamists in [Tripoli al-Mismari] stressed": a place and
			// the surname of a person the article names in full, run
			// together where a comma is missing
			if r.placeThenSurname(si, start, end, typ) {
				r.addName(si, start, start+1, "LOC")
				start, typ = start+1, "PERSON"
			}
			// "[Dr Takahiro Hiroi of Brown University]", "[Alan Rose of
			// First Interstate Bank]": a person's full name and "of"
			// before an organisation's, run together in one span
			if p, k := r.fullNameOfOrg(s.Tokens, start, end); k > 0 {
				r.addName(si, p, k, "PERSON")
				start, typ = k+1, "ORG"
			}
			// "the Kremlin said": one word after "the", heading its
			// phrase, is no person's name (a given name there is no name
			// at all, see theGivenName)
			if typ == "PERSON" && end-start == 1 && r.theName(s.Tokens, start) {
				typ = "ORG"
			}
			// "PS Group Inc's Pacific Southwest Airlines": a company's
			// name ends at its legal form, and the possessive after it
			// opens the name of what it owns
			if typ == "ORG" {
				for k := start + 2; k < end-1; k++ {
					if isPossessive(s.Tokens[k].Text) && isLegalForm(s.Tokens[k-1].Text) {
						r.addName(si, start, k, "ORG")
						start = k + 1
						break
					}
				}
			}
			// "Tory Liam Fox": a party's short name before a person's full
			// name is the party's
			if typ == "PERSON" && end-start >= 3 && partyNames[s.Tokens[start].Text] && capitalisedWord(s.Tokens[start+1].Text) {
				r.add(Mention{Sentence: si, Start: start, End: start + 1, Head: start, Text: s.Tokens[start].Text, Type: "ORG", Kind: KindName, Entity: -1})
				start++
			}
			// "[Winger Nitoglia]", "[Jeweller Zale]", "[Insurer Allianz]",
			// "[Rival Honda]": a player's position, a firm's trade or its
			// rivalry opening the sentence before a name is no part of it,
			// and (but the rivalry) says whose name it is
			if start == 0 && end-start >= 2 && capitalisedWord(s.Tokens[1].Text) {
				switch w := strings.ToLower(s.Tokens[0].Text); {
				case playerRoles[w]:
					start, typ = 1, "PERSON"
				case tradeNouns[w]:
					start, typ = 1, "ORG"
				case w == "rival" || w == "competitor":
					start = 1 // "[Rival Honda] Motor Co.": whose rival, not a name's word
				case sideNouns[w]:
					start, typ = 1, "ORG" // "[Holders Manchester United] were held": a side's standing
				}
			}
			// "District [Attorney Mary Carmack-Altwies]ORG": a title
			// before a given name opens a person's name, unless a head
			// word or the gazetteer makes it a place's or a body's
			// ("Prince Edward Island", "King Abdullah University")
			// ("[Council Delegate Wilfred Begaye]ORG", "[County Commissioner
			// Jane Doe]": a body's head word before the title is the
			// office's, no part of the name)
			if typ != "PERSON" && end-start >= 4 && r.bodyTitleAt(s.Tokens, start) && !r.headedName(s.Tokens, start+1, end) {
				start++
			}
			if typ != "PERSON" && end-start >= 3 && (isTitleWord(s.Tokens[start].Text) || givenTitles[s.Tokens[start].Text]) && r.isGivenName(s.Tokens[start+1].Text) &&
				!r.headedName(s.Tokens, start, end) {
				typ = "PERSON"
			}
			// "[Singer Joss Stone]ORG won": a role noun opening the
			// sentence before a given name opens a person's name, whatever
			// the recogniser typed the span
			if typ != "PERSON" && start == 0 && end-start >= 3 && r.roleOpens(s.Tokens[0]) && r.isGivenName(s.Tokens[1].Text) {
				typ = "PERSON"
			}
			// "[Lawyer Ravneel Chand]PER told reporters": a job's noun
			// opening the sentence before two names is no part of the
			// person's name, whatever given name the gazetteer lacks, and
			// though 1,021 boys were named Lawyer (a title so cut off is
			// still read as the person's: "Coach")
			if w := s.Tokens[0].Text; typ == "PERSON" && start == 0 && end-start >= 3 && capitalisedWord(w) && !isAllCaps(w) &&
				RoleNoun(w) && capitalisedWord(s.Tokens[1].Text) {
				start = 1
			}
			// "[General Electric]PER", "General [Accident]PER": "General"
			// before a word that is never a name is a company's name
			// (other titles are not: "President Trump", "Prince Harry")
			if typ == "PERSON" && r.generalCompany(s.Tokens, start, end) {
				start = end - 2
				typ = "ORG"
			}
			if typ == "PERSON" && end-start >= 2 && isTitleWord(s.Tokens[start].Text) && geoHeads[s.Tokens[end-1].Text] && !surnameHeads[s.Tokens[end-1].Text] {
				typ = "LOC" // "on [Queen St]PER", "[King Street]PER": a street named with a title
			}
			// Titles the recogniser put inside a person span ("General X")
			// are not part of the name, nor is a common noun opening the
			// sentence before a given name ("[Newcomer Ciara]"; initials
			// are none: "[Mistral AI]").
			if typ == "PERSON" {
				for start < end-2 && honorificPair(s.Tokens[start].Text, s.Tokens[start+1].Text) {
					start += 2 // "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar"
				}
				for start < end-1 && (isTitleWord(s.Tokens[start].Text) || start == 0 && r.roleOpens(s.Tokens[start]) ||
					start+2 < end && r.bodyTitleAt(s.Tokens, start) ||
					givenTitles[s.Tokens[start].Text] && r.isGivenName(s.Tokens[start+1].Text) ||
					// "[Briton Tim Henman]", "[Dutchman Patrick van Balkom]"
					nameWordsIn(s.Tokens, start+1, end) >= 2 && r.peopleWord(s.Tokens[start].Text) && capitalisedWord(s.Tokens[start+1].Text) ||
					start == 0 && r.commonOpens(s.Tokens[0]) && capitalisedWord(s.Tokens[1].Text) && !isAllCaps(s.Tokens[1].Text) && r.isGivenName(s.Tokens[1].Text) &&
						(end == len(s.Tokens) || s.Tokens[end].UPOS != "NOUN")) {
					// (not "[Motley Crue] guitarist Mick Mars": a band's)
					start++
				}
				// "[Ray star Jamie Foxx]", "[Keane frontman Tom Chaplin]":
				// a common noun in lower case inside the span ends a
				// description, and the name follows it ("[TV channel
				// Five]": a class noun gives its type); particles are
				// short or no nouns ("van", "bin", "della"), nor are words inside
				// hyphenated names ("Pei-yuan Chia") or a company's ("K
				// mart Corp"), and posts are splitPost's ("Tory leader")
				for k := end - 2; k > start && r.lex != nil; k-- {
					if w := s.Tokens[k].Text; strings.ToLower(w) == w && utf8.RuneCountInString(w) > 3 && r.lex.CommonNoun(w) &&
						!isPost(w) && s.Tokens[k].SpaceAfter && s.Tokens[k-1].SpaceAfter &&
						capitalisedWord(s.Tokens[k+1].Text) && !isLegalForm(s.Tokens[k+1].Text) {
						start = k + 1
						if ct := classNouns[w]; ct != "" {
							typ = ct
						}
						break
					}
				}
				var ok bool
				if start, end, ok = r.splitPost(si, start, end); !ok {
					continue
				}
			}
			r.addName(si, start, end, typ)
		}
	}
}

// nameWordsIn counts the words of toks[start:end], punctuation aside and
// hyphenated words one ("Finn [McAllister-Tui]" has one after "Finn").
func nameWordsIn(toks []nlp.Token, start, end int) int {
	n := 0
	for k := start; k < end; k++ {
		if !isPunct(toks[k].Text) && !(k >= 2 && isHyphen(toks[k-1].Text) && glued(toks, k-1) && glued(toks, k)) {
			n++
		}
	}
	return n
}

// givenTitles are titles only before a given name, as they name bodies
// and places otherwise: "Garda Aoife McEnroe" (not "Garda Síochána"),
// "Superintendent Renee Okonkwo" (not "Office of the Superintendent of
// Financial Institutions"), "Sheriff Adan Mendoza" (not "Sheriff's
// Office"), "Kaumatua Wiremu Kereama", "Constable Ann Lee" (not "John
// Constable").
var givenTitles = map[string]bool{
	"Garda": true, "Gda": true, "Superintendent": true, "Sheriff": true, "Kaumatua": true, "Constable": true,
}

// peopleWord reports whether w names one of a people: a demonym the
// gazetteer knows as a noun ("Briton", "Dane", "Dutchman", "Spaniard") or
// one of the British and Irish words it lacks ("Scot", "Welshman").
func (r *resolver) peopleWord(w string) bool {
	if britishPeoples[w] {
		return true
	}
	if r.gaz == nil || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "man") {
		return false // the adjectives: "British", "Chinese", "Italian" (a name may follow them: "Italian Job")
	}
	_, ok := r.gaz.Demonym(w)
	return ok
}

// britishPeoples are the words for the peoples of Britain and Ireland,
// and the colloquial ones for New Zealanders and Australians.
var britishPeoples = map[string]bool{
	"Scot": true, "Scotsman": true, "Scotswoman": true, "Welshman": true, "Welshwoman": true, "Englishman": true,
	"Englishwoman": true, "Irishman": true, "Irishwoman": true, "Ulsterman": true, "Kiwi": true, "Aussie": true,
}

// thingWords returns the capitalised words the article shows to name
// things, no person's, place's or company's, wherever it writes them
// alone: grades of oil before "crude" or "blend" in lower case ("Brent
// crude", "Urals blend"; news goes on "Brent fell 30 cents"), not a
// country's, region's or people's ("Kuwait crude", "Saudi crude"); and
// poisons (poisonAt). One pass over the article.
func (r *resolver) thingWords() map[string]bool {
	var out map[string]bool
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for k := range toks {
			w := toks[k].Text
			if !capitalisedWord(w) || isAllCaps(w) || !r.crudeAt(toks, k) && !r.poisonAt(toks, k) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[w] = true
		}
	}
	return out
}

// crudeAt reports whether toks[k] names a grade of oil (thingWords).
func (r *resolver) crudeAt(toks []nlp.Token, k int) bool {
	w := toks[k].Text
	if k+1 >= len(toks) || toks[k+1].Text != "crude" && toks[k+1].Text != "blend" {
		return false
	}
	return (k == 0 || !capitalisedWord(toks[k-1].Text) || k == 1) && !r.countryOrArea(w) && !r.isDemonym(w) &&
		!r.hasSubtype(w, gazetteer.SubRegion)
}

// poisonAt reports whether toks[k] names what someone was poisoned with
// ("Navalny was poisoned with Novichok") or stands next to "nerve agent"
// ("the nerve agent Novichok", "a Novichok nerve agent"); not a given
// name ("Sarah's help"), nor a maker's before its product or the first
// word of a longer name ("contaminated with Monsanto chemicals", "with
// Bayer Crop Science waste").
func (r *resolver) poisonAt(toks []nlp.Token, k int) bool {
	if k == 0 {
		return false
	}
	// (the name alone after "with": not "Monsanto chemicals")
	alone := k+1 == len(toks) || !capitalisedWord(toks[k+1].Text) && !(toks[k+1].UPOS == "NOUN" && allLowerLetters(toks[k+1].Text))
	poisoned := alone && k >= 2 && toks[k-1].Text == "with" && poisonVerbs[strings.ToLower(lemmaOf(&toks[k-2]))]
	agent := k+2 < len(toks) && toks[k+1].Text == "nerve" && strings.HasPrefix(toks[k+2].Text, "agent") ||
		k >= 2 && toks[k-2].Text == "nerve" && toks[k-1].Text == "agent"
	return (poisoned || agent) && !r.isGivenName(toks[k].Text)
}

// poisonVerbs take the poison after "with" (lemmas, and the participles
// for text not lemmatised).
var poisonVerbs = map[string]bool{
	"poison": true, "lace": true, "contaminate": true, "spike": true, "taint": true,
	"poisoned": true, "laced": true, "contaminated": true, "spiked": true, "tainted": true,
}

// lowerCommon reports whether the span [start, end) is written in lower
// case, but for a sentence's first capital, and made of common words
// ("developed countries", "opera", "rugby league") in an article that
// writes names with capitals: no name, whatever the recogniser says ("eBay"
// has a capital; "alan garcia" is no common word; a country's name is
// kept, "britain, japan and spain"; a text in lower case keeps its names).
func (r *resolver) lowerCommon(toks []nlp.Token, start, end int) bool {
	if r.lex == nil {
		return false
	}
	words := 0
	for i := start; i < end; i++ {
		t := &toks[i]
		if strings.ToLower(t.Text) != t.Text && !(i == 0 && end-start >= 2 && len(t.Text) > 1 && strings.ToLower(t.Text[1:]) == t.Text[1:]) {
			return false // (but the capital opening a sentence: "Developed countries")
		}
		if isPunct(t.Text) {
			continue
		}
		if !r.commonWord(t.Text) && !r.commonWord(lemmaOf(t)) {
			return false
		}
		words++
	}
	return words > 0 && !r.isCountry(spanText(toks, start, end)) && r.casedText()
}

// casedText reports whether the article writes names with capitals: some
// word not opening a sentence is capitalised and not in capitals ("i think
// bush lied" does not).
func (r *resolver) casedText() bool {
	if r.cased == 0 {
		r.cased = -1
	scan:
		for si := range r.doc {
			toks := r.doc[si].Tokens
			for i := 1; i < len(toks); i++ {
				if capitalisedWord(toks[i].Text) && !isAllCaps(toks[i].Text) {
					r.cased = 1
					break scan
				}
			}
		}
	}
	return r.cased == 1
}

// commonWordsBefore reports whether the one-word person's span at toks[start]
// follows, right before it, one or two capitalised common words or
// numbers the recogniser left out, not opening the sentence and no post
// or title: the name then ends a longer one ("Million Dollar [Baby]").
func (r *resolver) commonWordsBefore(toks []nlp.Token, start int) bool {
	k := start
	for k > 0 && start-k < 2 {
		t := &toks[k-1]
		lw := strings.ToLower(t.Text)
		if !capitalisedWord(t.Text) || isAllCaps(t.Text) || t.UPOS != "NOUN" && t.UPOS != "NUM" && t.UPOS != "ADJ" ||
			isTitleWord(t.Text) || isTitleWord(strings.TrimSuffix(lw, "s")) || RoleNoun(lw) || addressWords[lw] ||
			r.isGivenName(t.Text) || r.isPlace(t.Text) {
			break
		}
		k--
	}
	return k < start && k > 0 && !capitalisedWord(toks[k-1].Text)
}

// saintPrefixes open the names of places and bodies named after saints.
var saintPrefixes = map[string]bool{"St.": true, "St": true, "Ste.": true, "Ste": true, "Saint": true, "Sainte": true}

// timeWords put a day or a month after them: "on Sunday", "last May"
// (not "by", "from" or "after", which put persons there too: "replaced by
// August Busch").
var timeWords = map[string]bool{
	"on": true, "until": true, "till": true, "since": true, "last": true, "next": true, "this": true,
	"every": true, "early": true, "late": true,
}

// addressWords name a person before the name as kin or nobility do:
// "Count Olaf", "Uncle Toby", "Sister Wendy".
var addressWords = map[string]bool{
	"count": true, "countess": true, "duke": true, "duchess": true, "earl": true, "uncle": true,
	"aunt": true, "auntie": true, "sister": true, "brother": true, "father": true, "mother": true,
	"saint": true, "grandpa": true, "grandma": true, "granny": true,
}

// roleOpens reports whether t, a sentence's first word inside a person's
// span, is a role noun and no given name: "[Striker Thierry Henry]
// scored", not "[Dean Richards]".
func (r *resolver) roleOpens(t nlp.Token) bool {
	return capitalisedWord(t.Text) && !isAllCaps(t.Text) && RoleNoun(strings.ToLower(t.Text)) && !r.isGivenName(t.Text)
}

// generalCompany reports whether the person span [start, end) is
// "General" and one word, or that word after an untagged "General", that
// is written in lower case and never with a capital: a company's name
// ("General Electric", "General Accident", "General Dynamics"), not a
// general's ("General Grant").
func (r *resolver) generalCompany(toks []nlp.Token, start, end int) bool {
	if r.lex == nil || end-start > 2 || end-start == 2 && toks[start].Text != "General" {
		return false
	}
	if end-start == 1 && (start == 0 || toks[start-1].Text != "General" || toks[start-1].Entity != "O" && toks[start-1].Entity != "") {
		return false
	}
	return r.lex.LowerOnly(toks[end-1].Text)
}

// commonOpens reports whether t, a sentence's first word, is a common
// word that is no given name and no name's word the article writes
// elsewhere with a capital: "[Newcomer Ciara] was nominated".
func (r *resolver) commonOpens(t nlp.Token) bool {
	return capitalisedWord(t.Text) && utf8.RuneCountInString(t.Text) >= 3 && !isAllCaps(t.Text) && r.lex != nil && r.lex.CommonNoun(t.Text) &&
		!r.isGivenName(t.Text) && !r.isPlace(t.Text)
}

// surnameInDoc reports whether w is the last word of a person's name of
// two words or more that the recogniser found in the article and that
// opens with a given name: "King" alone is Billie Jean King's, not a
// title, in an article that names her.
func (r *resolver) surnameInDoc(w string) bool {
	r.indexSpans()
	return r.surnames[w]
}

// saintSurname reports whether the article writes a given name before
// "Saint-" and w (accents aside): the name is a person's surname there
// ("Philippe Saint-Andre ... Saint-André believes").
func (r *resolver) saintSurname(w string) bool {
	f := latin.Fold(w)
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for i := 1; i+2 < len(toks); i++ {
			if saintHyphen(toks, i) && latin.Fold(toks[i+2].Text) == f && capitalisedWord(toks[i-1].Text) && r.isGivenName(toks[i-1].Text) {
				return true
			}
		}
	}
	return false
}

// indexSpans reads the recogniser's spans of the article once for
// soloName and surnameInDoc: the words tagged alone as names, and the
// last words of the persons' names of two words or more that open with a
// given name.
func (r *resolver) indexSpans() {
	if r.solo != nil {
		return
	}
	r.solo, r.surnames = map[string]bool{}, map[string]bool{}
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for _, sp := range r.doc[si].EntitySpans() {
			if sp.End == sp.Start+1 {
				r.solo[toks[sp.Start].Text] = true
			}
			if TypeOf(sp.Type) == "PERSON" && sp.End-sp.Start >= 2 && r.isGivenName(toks[sp.Start].Text) && !saintHyphen(toks, sp.Start) {
				r.surnames[toks[sp.End-1].Text] = true
			}
		}
	}
}

// countryThenPerson returns where a person's name starts in the place or
// person span [start, end) of type typ when the span is a country's name
// followed by a given name and at least one more word, none of them a
// place ("United States Donald Trump"), else 0. It looks nothing up for
// the spans that cannot be such (most): other types, fewer than three or
// more than six words.
func (r *resolver) countryThenPerson(toks []nlp.Token, start, end int, typ string) int {
	if typ != "LOC" && typ != "PERSON" || end-start < 3 || end-start > 6 {
		return 0
	}
	for k := start + 1; k+1 < end && k <= start+4; k++ {
		if end-k > 3 || !r.hasSubtype(spanText(toks, start, k), gazetteer.SubCountry) {
			continue
		}
		if givenNameSex(toks[k].Text) == sexUnknown || isTitleWord(toks[k].Text) || r.isPlace(toks[k].Text) || r.isPlace(spanText(toks, k, end)) {
			return 0
		}
		for j := k; j < end; j++ {
			if w := strings.ToLower(toks[j].Text); !capitalisedWord(toks[j].Text) || placeHeads[w] || orgHeads[w] || orgDesignators[toks[j].Text] {
				return 0
			}
		}
		return k
	}
	return 0
}

// denominations name churches as bodies: "the Catholic Church", "the
// Russian Orthodox Church", "the Seventh Day Adventist Church".
var denominations = map[string]bool{
	"catholic": true, "anglican": true, "orthodox": true, "methodist": true, "lutheran": true,
	"presbyterian": true, "baptist": true, "episcopal": true, "coptic": true, "protestant": true,
	"evangelical": true, "adventist": true, "pentecostal": true, "unification": true, "reformed": true,
	"apostolic": true, "mormon": true, "maronite": true, "mennonite": true, "scientology": true,
}

// denominationChurch reports whether the span [start, end) is a church
// named by a denomination and nothing else but demonyms or "Roman" before
// it: "Catholic Church", "Roman Catholic Church", "Russian Orthodox
// Church", "Unification Church".
func (r *resolver) denominationChurch(toks []nlp.Token, start, end int) bool {
	if end-start < 2 || toks[end-1].Text != "Church" && toks[end-1].Text != "Churches" || !denominations[strings.ToLower(toks[end-2].Text)] {
		return false
	}
	for k := start; k < end-2; k++ {
		if w := toks[k].Text; w != "Roman" && !denominations[strings.ToLower(w)] && !r.isDemonym(w) {
			return false
		}
	}
	return true
}

// apostropheGiven reports whether toks[k] is a given name of the shape
// "Da'Vine", "Ja'Marr", "De'Aaron": letters, an apostrophe and a
// capitalised part (not "O'Brien" after a given name: it opens no name
// when a capitalised word stands before it), opening a name.
func apostropheGiven(toks []nlp.Token, k int) bool {
	w := toks[k].Text
	i := strings.IndexAny(w, "'’")
	if i < 1 || !capitalisedWord(w) || k > 0 && capitalisedWord(toks[k-1].Text) {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	rest := w[i+size:]
	return utf8.RuneCountInString(rest) >= 2 && capitalisedWord(rest)
}

// placeThenSurname reports whether the place or person span [start, end)
// is a one-word place's name followed by the surname of a person whose
// fuller name the recogniser found in the article (surnameInDoc), run
// together where a comma is missing after an opening adverbial: "in
// [Tripoli al-Mismari] stressed", "In [Paris Macron] said". The span
// follows a preposition of place and comes before a verb, the person's
// part is one word and no given name, or two glued by a hyphen
// ("al-Mismari"), and no person's span of the article opens with the place's
// word ("sent to [Martin Mubanga] said").
func (r *resolver) placeThenSurname(si, start, end int, typ string) bool {
	toks := r.doc[si].Tokens
	if typ != "LOC" && typ != "PERSON" || start == 0 || end >= len(toks) ||
		!placePreps[strings.ToLower(toks[start-1].Text)] || toks[end].UPOS != "VERB" && toks[end].UPOS != "AUX" {
		return false
	}
	switch end - start {
	case 2:
		if r.isGivenName(toks[start+1].Text) {
			return false
		}
	case 4:
		if !isHyphen(toks[start+2].Text) || !glued(toks, start+2) || !glued(toks, start+3) {
			return false // "al-Mismari", "Lloyd-Webber" are three tokens
		}
	default:
		return false
	}
	place, last := toks[start].Text, toks[end-1].Text
	if !capitalisedWord(place) || !r.isPlace(place) || !r.surnameInDoc(last) {
		return false
	}
	same, other := r.personsEnding(si, start, place, last)
	return !same && other // not "a letter sent to [Martin Mubanga] said": his own name
}

// personsEnding reads the recogniser's persons' spans of two words or more
// that end in the word last, but for the one starting at token start of
// sentence si, and reports whether one opens with the word first and
// whether one opens with another word.
func (r *resolver) personsEnding(si, start int, first, last string) (same, other bool) {
	for sj := range r.doc {
		d := r.doc[sj].Tokens
		for _, sp := range r.doc[sj].EntitySpans() {
			if sp.End-sp.Start < 2 || TypeOf(sp.Type) != "PERSON" || d[sp.End-1].Text != last || sj == si && sp.Start == start {
				continue
			}
			if d[sp.Start].Text == first {
				same = true
			} else {
				other = true
			}
		}
	}
	return same, other
}

// givenNameBefore reports whether the one-word place or person span
// [start, end) follows a given name the recogniser left out, which makes
// the two a person's full name: "World number one Lindsay [Davenport]LOC".
// The word before must be a capitalised proper noun, untagged, no title,
// common word ("West", "May"), month or day, no big place's name and not
// opening the sentence (where "Jordan", "Chelsea" are places and clubs as
// often); the span no country's name, nor part of a longer name.
func (r *resolver) givenNameBefore(toks []nlp.Token, start, end int, typ string) bool {
	if typ != "LOC" && typ != "PERSON" || end-start != 1 || start < 2 {
		return false
	}
	g := &toks[start-1]
	if end < len(toks) && capitalisedWord(toks[end].Text) {
		return false // the name goes on: "Needham [Harper] Worldwide", "Hughes [Tool] Co"
	}
	lw := strings.ToLower(g.Text)
	return g.Entity == "O" && g.UPOS == "PROPN" && g.SpaceAfter && capitalisedWord(g.Text) && !isAllCaps(g.Text) &&
		r.isGivenName(g.Text) && !isTitleWord(g.Text) && !r.bigPlace(g.Text) && (!r.isCountry(toks[start].Text) || flatUnder(toks, start, start-1)) &&
		capitalisedWord(toks[start].Text) && !r.commonWord(g.Text) && !nlp.IsMonth(g.Text) && !calendarWords[lw]
}

// givenParticlesBefore returns the start of a person's span widened back
// over the one or two lower-case particles before it and the untagged
// given name before them, which the recogniser left out: "Chief
// Executive Jan van de [Winkel]" ("Jan" read as January), "Ursula von
// der [Leyen]". The given name is one the gazetteer knows, whatever else
// it is (a month's abbreviation, a common word), and no title.
func (r *resolver) givenParticlesBefore(toks []nlp.Token, start int) int {
	k := start
	for k > 0 && start-k < 2 && joinParticles[toks[k-1].Text] {
		k--
	}
	if k == start || k == 0 {
		return start
	}
	g := &toks[k-1]
	if (g.Entity != "O" && g.Entity != "") || !capitalisedWord(g.Text) || isAllCaps(g.Text) || isTitleWord(g.Text) || !r.isGivenName(g.Text) {
		return start
	}
	return k - 1
}

// flatUnder reports whether the parse makes token i a part of the name
// token h heads (flat): "Luís [Montenegro]", a surname that is a country's
// name.
func flatUnder(toks []nlp.Token, i, h int) bool {
	return toks[i].Deprel == "flat" && toks[i].Head-1 == h
}

// fullNameOfOrg returns where a person's name starts and ends (at "of") in
// one span [start, end) when the span is a person's full name, after any
// titles, then "of" and an organisation's name: the person's name is a
// given name and a surname, with a middle initial or not, or two or three
// capitalised words after a title, none a company's, a firm's or an
// organisation's head or a legal form, and no place's name; what follows
// "of" has an organisation's head or a legal form and a word that is no
// place's. Else it returns 0, 0. (personOfOrg reads the same when the
// recogniser cut the span in two.)
func (r *resolver) fullNameOfOrg(toks []nlp.Token, start, end int) (int, int) {
	p := start
	for p < end && isTitleWord(toks[p].Text) {
		p++
	}
	k := p + 2
	for k < end-1 && k <= p+4 && toks[k].Text != "of" {
		k++
	}
	if k >= end-1 || k > p+4 || toks[k].Text != "of" || r.isPlace(spanText(toks, p, k)) {
		return 0, 0
	}
	if p == start && !(r.isGivenName(toks[p].Text) && (k-p == 2 || k-p == 3 && isInitial(toks[p+1].Text))) {
		return 0, 0 // (not "[Keller Graduate School of Management Inc]")
	}
	for j := p; j < k; j++ {
		if w := toks[j].Text; !capitalisedWord(w) || orgHeadWord(w) || isLegalForm(w) {
			return 0, 0
		}
	}
	head, own := false, false // an organisation's head or legal form; a word of its own name
	for j := k + 1; j < end; j++ {
		w := toks[j].Text
		switch {
		case orgHeadWord(w) || isLegalForm(w):
			head = true
		case capitalisedWord(w) && !r.isPlace(w):
			own = true
		}
	}
	if !head || !own {
		return 0, 0 // (not "[Richardson Greenshields of Canada Ltd]", a firm's name)
	}
	for j := p; j < k; j++ {
		if w := toks[j].Text; companyHeads[w] || firmHeads[w] {
			return 0, 0 // "[Florida National Banks of Florida Inc]"
		}
	}
	return p, k
}

// letters reports whether toks, two or more, are single capital letters
// and slashes, as a table's header writes its columns ("W D L G / F",
// "W L PCT"): no name.
func letters(toks []nlp.Token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if t.Text != "/" && (len(t.Text) != 1 || t.Text[0] < 'A' || t.Text[0] > 'Z') {
			return false
		}
	}
	return true
}

// tickers marks the names followed by a stock ticker ("Citicorp <CCI>",
// "Tesla (NASDAQ: TSLA)"), which knownOrg makes organisations: of the
// mentions that end right before a ticker the widest is the company's
// ("Bank of New York <BK>", not "New York"), and a place is none.
func (r *resolver) tickers() {
	best := map[[2]int]int{} // (sentence, end) → widest mention
	for mi, m := range r.d.Mentions {
		k := [2]int{m.Sentence, m.End}
		if b, ok := best[k]; !ok || m.Start < r.d.Mentions[b].Start {
			best[k] = mi
		}
	}
	for k, mi := range best {
		toks := r.doc[k[0]].Tokens
		end := k[1]
		if end < len(toks) && (toks[end].Text == "'s" || toks[end].Text == "’s") {
			end++ // "Borg-Warner Corp's <BOR>"
		}
		if tickerAfter(toks, end) && !r.isPlace(r.d.Mentions[mi].Text) {
			r.tickered[mi] = true
		}
	}
}

// theGivenName reports whether toks[i] is a given name alone after "the",
// the head of its phrase, and so names no person: "the Bill" is a bill
// before parliament, "the Oscar" an award; a person is not called "the
// John". A name that goes on ("the Bill Gates Foundation") or modifies a
// noun ("the Reagan administration") is not one.
func (r *resolver) theGivenName(toks []nlp.Token, i int) bool {
	if i == 0 || !strings.EqualFold(toks[i-1].Text, "the") || toks[i-1].Head != i+1 || !r.isGivenName(toks[i].Text) {
		return false
	}
	if i+1 < len(toks) && (capitalisedWord(toks[i+1].Text) || toks[i+1].UPOS == "NOUN" || toks[i+1].UPOS == "PROPN") {
		return false
	}
	return toks[i].Entity == "B-PER" || toks[i].Entity == "B-PERSON"
}

// theName reports whether the capitalised word at toks[i] follows "the"
// that depends on it, heads its phrase (no capitalised word or noun
// after it), acts as a subject or an owner, and is no surname of a person
// the article names in full: "the Kremlin said", "the Kremlin's wish",
// not "the Reagan administration".
func (r *resolver) theName(toks []nlp.Token, i int) bool {
	if i == 0 || !strings.EqualFold(toks[i-1].Text, "the") || toks[i-1].Head != i+1 {
		return false
	}
	if i+1 < len(toks) && (capitalisedWord(toks[i+1].Text) || toks[i+1].UPOS == "NOUN" || toks[i+1].UPOS == "PROPN") {
		return false
	}
	if d := toks[i].Deprel; d != "nsubj" && d != "nmod:poss" || !capitalisedWord(toks[i].Text) {
		return false
	}
	return !r.surnameInDoc(toks[i].Text)
}

// noName reports whether the one-word span at toks[i] is no name
// whatever the recogniser said: a function word ("of", which a town in
// the gazetteer is called), a lone post ("An MP has", "Tory MP"), a
// term's initials ("DNA"), a
// compass word opening a demonym ("South Korean", see compassDemonym), or the
// head of a phrase after "a" or "an" ("a Scot living in England"), which
// names a kind ("a Texas court" keeps Texas, a modifier).
func (r *resolver) noName(toks []nlp.Token, i int) bool {
	t := &toks[i]
	switch t.UPOS {
	case "ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART":
		return true
	}
	if isPost(t.Text) || stylesOfAddress[strings.ToLower(t.Text)] {
		return true // "Her Majesty", "His Holiness": a style, no name
	}
	if termAcronyms[t.Text] || r.termInitials()[t.Text] {
		return true // "DNA", "PC sales", "the major histocompatibility complex (MHC)": a term's initials
	}
	if _, _, ok := r.compassDemonym(toks, i+1); ok || r.regionAdjective(toks, i) {
		return true // "the South Korean market", "the Middle Eastern nation": the word opens a demonym
	}
	if compassWords[t.Text] && i+2 < len(toks) && (toks[i+1].Text == "and" || toks[i+1].Text == "or") && compassWords[toks[i+2].Text] {
		return true // "West and Central Africa", "North and South Korea": the first place's name is cut short
	}
	if r.theGivenName(toks, i) {
		return true
	}
	if calendarWords[strings.ToLower(t.Text)] {
		return true // "December and January's figures": a month alone is no name
	}
	if earningsAbbrevs[t.Text] && i+1 < len(toks) && allLowerLetters(toks[i+1].Text) {
		return true // "Oper shr loss two cts": an earnings table's abbreviation
	}
	if i > 0 && (toks[i-1].Text == "a" || toks[i-1].Text == "an") && toks[i-1].Head == i+1 {
		switch t.Deprel {
		case "compound", "amod", "nmod", "flat", "nmod:poss":
			return false
		}
		return i+1 >= len(toks) || toks[i+1].UPOS != "NOUN" && toks[i+1].UPOS != "PROPN" && toks[i+1].UPOS != "ADJ" && toks[i+1].UPOS != "NUM"
	}
	return false
}

// earningsAbbrevs are the abbreviations that open the lines of wire
// services' earnings tables ("Oper shr 27 cts", "Avg shrs 12.4 mln",
// "Qtr net").
var earningsAbbrevs = map[string]bool{"Oper": true, "Opr": true, "Avg": true, "Qtr": true, "Shr": true, "Shrs": true, "Revs": true}

// nameWord reports whether w, capitalised at a sentence's start, may be
// a name's word there: the article never writes it in lower case and it
// is no date's word ("Sears, Roebuck and Co", not "Yesterday, ...").
func (r *resolver) nameWord(w string) bool {
	lw := strings.ToLower(w)
	return capitalisedWord(w) && !r.lowerWords()[lw] && !calendarWords[lw] && !dayWords[lw]
}

// dayWords name days relative to the article's.
var dayWords = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true}

// termInitials returns the acronyms the article defines by words in
// lower case before them in brackets, which are terms and no names:
// "the major histocompatibility complex (MHC)", "gross domestic product
// (GDP)".
func (r *resolver) termInitials() map[string]bool {
	if r.terms != nil {
		return r.terms
	}
	r.terms = map[string]bool{}
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for i := 1; i+2 < len(toks); i++ {
			acr := toks[i+1].Text
			if toks[i].Text != "(" || toks[i+2].Text != ")" || !isAllCaps(acr) || len(acr) < 2 || len(acr) > 6 || i < len(acr) {
				continue
			}
			var b strings.Builder
			for _, t := range toks[i-len(acr) : i] {
				if capitalisedWord(t.Text) || t.UPOS == "PUNCT" {
					b.Reset()
					break
				}
				b.WriteString(t.Text[:1])
			}
			if strings.EqualFold(b.String(), acr) {
				r.terms[acr] = true
			}
		}
	}
	return r.terms
}

// termAcronyms are the initials of things, substances, diseases and
// jobs, which the recogniser reads as organisations' or places': "the
// PC division", "HIV drugs", "R&B star".
var termAcronyms = map[string]bool{
	"PC": true, "PCs": true, "TV": true, "TVs": true, "DVD": true, "DVDs": true, "CD": true, "CDs": true,
	"MP3": true, "SMS": true, "GPS": true, "PDA": true, "PDAs": true, "HDTV": true, "PVR": true, "GSM": true,
	"LCD": true, "USB": true, "RAM": true, "CPU": true, "DNA": true, "RNA": true, "HIV": true, "IVF": true,
	"BSE": true, "CJD": true, "MRI": true, "UV": true, "GDP": true, "CEO": true, "IPO": true, "VAT": true,
	"R&B": true, "R&D": true, "DJ": true, "DJs": true, "CCTV": true, "ISP": true, "ISPs": true, "TB": true,
	"GP": true, "GPs": true, "MMR": true, "HRT": true, "AI": true, "EV": true, "EVs": true, "VR": true,
	"LED": true, "LEDs": true, "SUV": true, "SUVs": true, "ATM": true, "ATMs": true,
}

// awardNames are the prizes of film, television and music news names
// alone, and their ceremonies.
var awardNames = map[string]bool{
	"Oscar": true, "Oscars": true, "Bafta": true, "Baftas": true, "Emmy": true, "Emmys": true,
	"Grammy": true, "Grammys": true, "Golden Globe": true, "Golden Globes": true,
}

// awardCues are the words next to a prize's name that show it is one:
// "Oscar nominations", "an Oscar-winning film", "won the Bafta".
var awardCues = map[string]bool{
	"nomination": true, "nominations": true, "nominee": true, "nominees": true, "nominated": true,
	"winner": true, "winners": true, "winning": true, "ceremony": true, "award": true, "awards": true,
	"won": true, "win": true, "wins": true, "best": true, "statuette": true, "race": true, "glory": true,
	"hopes": true, "contender": true, "contenders": true, "night": true,
}

// award reports whether every name of c is a prize's and one of its
// mentions is plural ("the Oscars") or stands by an award cue ("Oscar
// nominations", "won an Oscar", "an Oscar-winning film").
func (r *resolver) award(c *cluster) bool {
	if !allForms(c, awardNames) {
		return false
	}
	for f := range c.forms {
		if strings.HasSuffix(f, "s") {
			return true
		}
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		for _, j := range []int{m.Start - 1, m.Start - 2, m.End, m.End + 1} {
			if j >= 0 && j < len(toks) && awardCues[strings.ToLower(toks[j].Text)] {
				return true
			}
		}
	}
	return false
}

// listedWithOrgs reports whether c is one word and one of its mentions is
// listed with organisations and no person ("Sony, IBM and Toshiba"): news
// names a person in full, or by the surname among persons. Not a name
// after a person's title ("President Reagan and Treasury Secretary James
// Baker").
func (r *resolver) listedWithOrgs(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") {
			return false
		}
	}
	return !r.titleBefore(c) && r.listedWith(c, func(persons, orgs, _ int) bool { return orgs > 0 && persons == 0 })
}

// unknownListedWithOrgs reports whether every name of c has two words or
// more, none of them, nor the name, a place's name or a feature's head,
// the gazetteer knows none of the names, and a name mention of c stands in
// a list with organisations and nothing else.
func (r *resolver) unknownListedWithOrgs(c *cluster) bool {
	for f := range c.forms {
		if r.isPlace(f) || r.known(f) || skyNames[f] || !strings.Contains(f, " ") {
			return false
		}
		for _, w := range strings.Fields(f) {
			if r.isPlace(w) || geoHeads[w] || placeHeads[strings.ToLower(w)] {
				return false
			}
		}
	}
	return len(c.forms) > 0 && r.listedWith(c, func(persons, orgs, others int) bool { return orgs > 0 && persons == 0 && others == 0 })
}

// bigPlaceListed reports whether the one-word name of c is a big place
// (bigPlace), no surname of the article's persons, and a mention of c
// stands in a list with places and no person.
func (r *resolver) bigPlaceListed(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") || !r.bigPlace(f) || r.surnameInDoc(f) {
			return false
		}
	}
	return r.listedWith(c, func(persons, _, others int) bool { return others > 0 && persons == 0 })
}

// listedWith reports whether a name mention of c stands in a list (listed)
// whose other names' types pass ok, given as counts of persons,
// organisations and the rest.
func (r *resolver) listedWith(c *cluster, ok func(persons, orgs, others int) bool) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		var persons, orgs, others int
		for _, o := range r.listed(m) {
			typ := o.Type
			if typ != "ORG" && o.Kind == KindName && r.gazetteerCompany(o.Text) {
				typ = "ORG" // "supplies [Tesla]PER and Ford": a company the gazetteer knows
			}
			switch typ {
			case "PERSON":
				persons++
			case "ORG":
				orgs++
			default:
				others++
			}
		}
		if ok(persons, orgs, others) {
			return true
		}
	}
	return false
}

// orgInCountry reports whether every name of c is a company's or a body's
// name and a country's after it (with "of" or "de" between or not): the
// words before the country hold an organisation's head, a legal form or a
// company the gazetteer knows.
func (r *resolver) orgInCountry(c *cluster) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		ok := false
		for k := len(w) - 1; k >= 1 && !ok; k-- {
			if !r.isCountry(strings.Join(w[k:], " ")) {
				continue
			}
			pre := w[:k]
			if n := len(pre); n > 1 && pre[n-1] == "the" {
				pre = pre[:n-1]
			}
			if n := len(pre); n > 1 && (pre[n-1] == "of" || pre[n-1] == "de") {
				pre = pre[:n-1]
			}
			if compassWords[pre[0]] || r.isPlace(strings.Join(pre, " ")) {
				continue // "West Bank of the Jordan"
			}
			for _, x := range pre {
				ok = ok || unitHead(x) || isLegalForm(x)
			}
			ok = ok || r.gazetteerCompany(strings.Join(pre, " "))
		}
		if !ok {
			return false
		}
	}
	return len(c.forms) > 0
}

// agedName reports whether a name mention of c stands before an age in
// commas, a number between 15 and 110 ("Montenegro, 51, told"), with a
// verb after it.
func (r *resolver) agedName(c *cluster) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind != KindName || m.End+3 >= len(toks) || toks[m.End].Text != "," || toks[m.End+2].Text != "," {
			continue
		}
		if n, err := strconv.Atoi(toks[m.End+1].Text); err == nil && n >= 15 && n <= 110 && toks[m.End+1].UPOS == "NUM" &&
			(toks[m.End+3].UPOS == "VERB" || toks[m.End+3].UPOS == "AUX") {
			return true
		}
	}
	return false
}

// bodyHeads end the names of bodies and of nothing else: no building,
// district or region shares them (not "Centre", "Union", "Office").
var bodyHeads = map[string]bool{
	"Alliance": true, "Coalition": true, "Party": true, "Ministry": true, "Council": true,
	"Commission": true, "Committee": true, "Agency": true, "Authority": true, "Federation": true,
	"Association": true, "Orchestra": true, "Philharmonic": true, "Philharmonia": true,
}

// bodyHeaded reports whether every name of c has two words or more and
// ends in a body's head (bodyHeads).
func bodyHeaded(c *cluster) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) < 2 || !bodyHeads[w[len(w)-1]] {
			return false
		}
	}
	return len(c.forms) > 0
}

// listedWithClubs reports whether c is one word, no country's or
// region's name, and a name mention of c stands in a list of
// organisations only, one of them a club: named so ("Manchester City",
// "Real Madrid") or a club the gazetteer knows by a name of one word
// ("Arsenal", "Juventus"). A national side keeps its country's name and
// type ("Arsenal and England defender Ashley Cole").
func (r *resolver) listedWithClubs(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") || r.countryOrArea(f) || r.hasSubtype(f, gazetteer.SubRegion) {
			return false
		}
	}
mentions:
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		clubs := 0
		for _, o := range r.listed(m) {
			club := isClubName(o.Text) || r.cityClub(o.Text) || r.gazetteerClub(o.Text)
			if !club && o.Type != "ORG" {
				continue mentions
			}
			if club {
				clubs++
			}
		}
		if clubs > 0 {
			return true
		}
	}
	return false
}

// gazetteerClub reports whether name is one word, no acronym, that the
// gazetteer knows as a body's and no place's: the clubs it lists by names
// no town has ("Arsenal", "Benfica").
func (r *resolver) gazetteerClub(name string) bool {
	if strings.Contains(name, " ") || isAllCaps(name) {
		return false
	}
	return r.primarySubtype(name) == gazetteer.SubBody
}

// listedWithPersons reports whether every name of c has two words or
// more, opens with a given name, ends in no place's or group's head and is
// no place the gazetteer knows, whole or by its last word, nor a club's
// name, and a mention of c stands in a list with persons and no place or
// organisation.
func (r *resolver) listedWithPersons(c *cluster) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) < 2 || r.isPlace(f) || r.isPlace(w[len(w)-1]) || !r.isGivenName(w[0]) || isClubName(f) {
			return false
		}
		if _, ok := r.gaz.Demonym(w[0]); ok {
			return false // "British Raj"
		}
		last := strings.ToLower(w[len(w)-1])
		if placeHeads[last] || geoHeads[w[len(w)-1]] || classNouns[last] != "" {
			return false
		}
		for _, x := range w {
			if !capitalisedWord(x) || functionWords[strings.ToLower(x)] {
				return false
			}
		}
	}
	return r.listedWith(c, func(persons, orgs, others int) bool { return persons > 0 && orgs == 0 && others == 0 })
}

// planetNames are the planets news names alone.
var planetNames = map[string]bool{
	"Mercury": true, "Venus": true, "Mars": true, "Jupiter": true, "Saturn": true, "Uranus": true,
	"Neptune": true, "Pluto": true,
}

// eponymNouns follow a person's name in the possessive to name a thing
// after them: "Parkinson's disease", "Down's syndrome", "Moore's law".
var eponymNouns = map[string]bool{
	"disease": true, "syndrome": true, "law": true, "theorem": true, "principle": true, "constant": true,
	"equation": true, "paradox": true, "conjecture": true,
}

// sideNouns say what a side is in a competition, opening a sentence
// before its name as British sports news writes: "Holders Manchester
// United", "Leaders Chelsea", "Hosts France" ("Champions" is left out:
// "Champions League", "Champions Cup").
var sideNouns = map[string]bool{
	"holders": true, "leaders": true, "hosts": true, "visitors": true,
	"favourites": true, "underdogs": true, "debutants": true, "newcomers": true,
}

// diseaseNouns, in lower case after a name, make it a disease's: "Lassa
// fever", "Ebola virus", "Spanish flu", "Lyme disease".
var diseaseNouns = map[string]bool{"fever": true, "virus": true, "flu": true, "disease": true, "syndrome": true}

// skyNames are the sun, moon and galaxy news names alone; they are
// places in an article about the sky (astronomy).
var skyNames = map[string]bool{"Sun": true, "Moon": true, "Milky Way": true}

// skyWords show that an article is about the sky.
var skyWords = map[string]bool{
	"planet": true, "planets": true, "orbit": true, "orbits": true, "solar": true, "telescope": true,
	"astronomer": true, "astronomers": true, "galaxy": true, "galaxies": true, "comet": true,
	"asteroid": true, "spacecraft": true, "star": true, "stars": true,
}

// namesSomethingElse reports whether a name mention of c follows "The"
// inside a sentence ("he told The Sun": a title) or the article has a
// longer name that opens with one of c's ("Sun Microsystems").
func (r *resolver) namesSomethingElse(c *cluster) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if toks := r.doc[m.Sentence].Tokens; m.Kind == KindName && m.Start > 1 && toks[m.Start-1].Text == "The" {
			return true
		}
	}
	for i := range r.d.Mentions {
		m := &r.d.Mentions[i]
		if first, _, ok := strings.Cut(m.Text, " "); ok && m.Kind == KindName && c.forms[first] > 0 {
			return true
		}
	}
	return false
}

// pressWords are the words of an article that writes of newspapers.
var pressWords = map[string]bool{
	"newspaper": true, "newspapers": true, "tabloid": true, "tabloids": true, "editor": true, "columnist": true,
	"paper": true, "daily": true,
}

// pressArticle reports whether the article writes one of pressWords.
func (r *resolver) pressArticle() bool {
	lower := r.lowerWords()
	for w := range pressWords {
		if lower[w] {
			return true
		}
	}
	return false
}

// astronomy reports whether the article writes two or more of skyWords.
func (r *resolver) astronomy() bool {
	if r.sky == 0 {
		r.sky = -1
		n := 0
		for si := range r.doc {
			for _, t := range r.doc[si].Tokens {
				if skyWords[t.Text] {
					n++
				}
			}
		}
		if n >= 2 {
			r.sky = 1
		}
	}
	return r.sky > 0
}

// worldRegion reports whether every name of c is one the gazetteer knows
// as a continent, world region or area of kg's own list, as it writes it
// or with a space for its hyphen (no country's region: "Asia",
// "Scandinavia", "Siberia", "Middle East", "Asia Pacific").
func (r *resolver) worldRegion(c *cluster) bool {
	if r.gaz == nil || len(c.forms) == 0 {
		return false
	}
	for f := range c.forms {
		ok := false
		for _, e := range r.gaz.Lookup(f) {
			ok = ok || worldArea(e) &&
				(e.Name == f || strings.Contains(f, " ") && strings.ReplaceAll(e.Name, "-", " ") == f)
		}
		if !ok {
			return false
		}
	}
	return true
}

// townOfState reports whether every name mention of c is followed by a
// comma and a state's or province's abbreviation with its dot, or, after
// a town in capitals as datelines write it, its abbreviation or name
// ("EDISON, N.J.", "Belmont, Calif.", "BOSTON, Mass", "CANTON, Ohio"; not
// "La Boheme, La Traviata"), and no name of c is an organisation's
// ("First Union Bank of Augusta, Ga."), a country's or a state's.
func (r *resolver) townOfState(c *cluster) bool {
	n := 0
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		if m.End+1 >= len(toks) || toks[m.End].Text != "," {
			return false
		}
		k := m.End + 1
		end := k + 1
		if k+1 < len(toks) && toks[k+1].Text == "." && !toks[k].SpaceAfter {
			end++ // "Calif" "." split by the tokenizer
		}
		abbr := spanText(toks, k, end)
		if _, ok := apState(toks, k, end); !ok || !strings.HasSuffix(abbr, ".") && !isAllCaps(m.Text) {
			if !isAllCaps(m.Text) || !r.northAmericanState(toks[k].Text) {
				return false // not "La Boheme, La Traviata"
			}
		}
		for _, w := range strings.Fields(m.Text) {
			if w == "of" || orgHeads[strings.ToLower(w)] || legalForms[strings.ToLower(w)] {
				return false // "First Union Bank of Augusta, Ga."
			}
		}
		if r.hasSubtype(m.Text, gazetteer.SubCountry, gazetteer.SubRegion) {
			return false // "the US, Alaska and Canada"
		}
		n++
	}
	return n > 0
}

// northAmericanState reports whether the gazetteer knows w as a state of
// the United States or a province of Canada ("CANTON, Ohio").
func (r *resolver) northAmericanState(w string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(w) {
		if e.Subtype == gazetteer.SubRegion && (e.Country == "US" || e.Country == "CA") && e.Name == w {
			return true
		}
	}
	return false
}

// northAmericanTown returns the gazetteer's name of a town of the United
// States or Canada named name or one of forms, or name in title case if
// it is written in capitals ("CLAYMONT" is Claymont), or name.
func (r *resolver) northAmericanTown(name string, forms []string) string {
	if r.gaz != nil {
		for _, f := range append([]string{name}, forms...) {
			for _, e := range r.gaz.Lookup(f) {
				if e.Subtype == gazetteer.SubCity && (e.Country == "US" || e.Country == "CA") && strings.EqualFold(e.Name, f) {
					return e.Name
				}
			}
		}
	}
	if !isAllCaps(name) {
		return name
	}
	b := []rune(strings.ToLower(name))
	for i := range b {
		if i == 0 || b[i-1] == ' ' || b[i-1] == '-' {
			b[i] = unicode.ToUpper(b[i])
		}
	}
	return string(b)
}

// featureHeads end the names of built and natural features, and of
// nothing else: "Three Gorges Dam", "Beirut International Airport".
var featureHeads = map[string]bool{
	"Airport": true, "Dam": true, "Tunnel": true, "Canal": true, "Ocean": true, "Sea": true, "Strait": true,
	"Straits": true, "Desert": true, "Peninsula": true, "Glacier": true, "Reef": true, "Island": true,
	"Islands": true, "Mountains": true, "Volcano": true, "Garden": true, "Gardens": true,
	"Mosque": true, "Cathedral": true, "Temple": true, "Basilica": true, "Shrine": true,
	"Stadium": true, "Arena": true, "Prison": true, "Highway": true, "Road": true, "Street": true, "Avenue": true,
	"Square": true, "Bridge": true, "Racecourse": true, "Park": true, "Station": true, "Base": true,
	"Reservoir": true, "Complex": true, "Speedway": true, "Raceway": true, "Pond": true, "Butte": true,
	"Mesa": true, "Peaks": true, "Boulevard": true, "Metropark": true, "Dome": true, "Hotel": true,
	// South Asian buildings, roads and squares: "Raj Bhavan", "Anna
	// Salai", "Janpath Marg", "D-Chowk"
	"Bhavan": true, "Bhawan": true, "Salai": true, "Marg": true, "Chowk": true,
}

// stationKinds, right before a feature's head, name a building of a
// service, though the service is a body: "Central Police Station".
var stationKinds = map[string]bool{"Police": true, "Fire": true, "Ambulance": true, "Lifeboat": true, "Garda": true}

// unnamedHeads are feature heads no person is named after, so that a
// given name may open the feature's name ("Truman Sports Complex",
// "Barton Pond"; not "Jan van Dam").
var unnamedHeads = map[string]bool{
	"Airport": true, "Stadium": true, "Arena": true, "Complex": true, "Speedway": true, "Raceway": true,
	"Racecourse": true, "Reservoir": true, "Metropark": true, "Pond": true, "Butte": true, "Dome": true,
	"Tunnel": true, "Glacier": true, "Cathedral": true, "Basilica": true, "Mosque": true,
	"Bhavan": true, "Bhawan": true, "Salai": true, "Marg": true, "Chowk": true,
}

// venueCentres, before "Centre" or "Center", make a building's name, not a
// body's: "Brisbane Entertainment Centre", "Estcourt Correctional Centre"
// (not "Pew Research Center", "Carter Center").
var venueCentres = map[string]bool{
	"Entertainment": true, "Recreation": true, "Convention": true, "Exhibition": true, "Aquatic": true,
	"Aquatics": true, "Civic": true, "Leisure": true, "Community": true, "Shopping": true, "Conference": true,
	"Sports": true, "Expo": true, "Correctional": true, "Detention": true, "Trade": true,
}

// featureName reports whether every name of c but its initials has two
// words or more, ends in a feature's head, holds no organisation's head
// but a service's right before it ("University of Rhode Island" is a
// body, "Central Police Station" a building) and does not open with a
// common given name that is no place but before a head no one is named
// after ("Jan van Dam"; not "Washington International Airport", "Truman
// Sports Complex").
func (r *resolver) featureName(c *cluster) bool {
	full := 0
	for f := range c.forms {
		w := strings.Fields(f)
		n := len(w)
		if n == 1 && isAllCaps(f) {
			continue // its initials: "Grand Ethiopian Renaissance Dam (GERD)"
		}
		full++
		if n < 2 || r.givenCount(w[0]) >= 1000 && !r.isPlace(w[0]) && !unnamedHeads[w[n-1]] {
			return false
		}
		if n >= 3 && venueCentres[w[n-2]] && (w[n-1] == "Centre" || w[n-1] == "Center") {
			w = w[:n-1]
		} else if !featureHeads[w[n-1]] {
			return false
		}
		if sponsoredHeads[w[len(w)-1]] {
			continue // "Queensland Country Bank Stadium": a sponsor's name before a venue's head
		}
		for i, x := range w {
			if orgHeads[strings.ToLower(x)] && !(i == len(w)-2 && stationKinds[x]) {
				return false // (but "Central Police Station", a building)
			}
		}
	}
	return full > 0
}

// sponsoredHeads end the names of venues that sponsors name, a body's
// head among their words ("HFC Bank Stadium", "Co-op Live Arena").
var sponsoredHeads = map[string]bool{"Stadium": true, "Arena": true, "Dome": true, "Speedway": true, "Raceway": true, "Racecourse": true}

// seatName reports whether every name of c is the name of a building a
// government sits in (seatOpeners, seatHeads: "Parliament House",
// "Government Palace"), which the recogniser may have typed a body.
func seatName(c *cluster) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) != 2 || !seatOpeners[w[0]] || !seatHeads[w[1]] {
			return false
		}
	}
	return len(c.forms) > 0
}

// hospitalHeads end the names of hospitals.
var hospitalHeads = map[string]bool{"Hospital": true, "Infirmary": true}

// hospitalName reports whether c names a hospital: each of its names of
// two words or more ends in a hospital's head or "Medical Centre"
// ("Kenyatta National Hospital", "Monash Medical Centre"), or has the head
// before the place it serves ("University Hospital Galway", "University
// Hospital of Wales"); its names in capitals are its short forms ("KNH").
// A head inside a body's name is no hospital ("Hospital Authority",
// "Hospital Corporation of America").
func (r *resolver) hospitalName(c *cluster) bool {
	seen := false
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) == 1 && isAllCaps(f) {
			continue
		}
		if len(w) < 2 || !r.hospitalWords(w) {
			return false
		}
		seen = true
	}
	return seen
}

// museumHeads head the names of museums and galleries (not
// observatories, which science news writes as research bodies, and space
// telescopes: "the Lowell Observatory", "NASA's X-Ray Observatory").
var museumHeads = map[string]bool{"Museum": true, "Gallery": true}

// museumName reports whether every name of c of two words or more holds a
// museum's head and no other body's head ("National Gallery of Art"; not
// "Museum Board", "Museums Association"); its one-word names are short
// forms ("the Rijksmuseum" stays what it is).
func museumName(c *cluster) bool {
	seen := false
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) < 2 {
			continue
		}
		heads := 0
		for _, x := range w {
			switch {
			case museumHeads[x]:
				heads++
			case orgHeads[strings.ToLower(x)]:
				return false
			}
		}
		if heads != 1 {
			return false
		}
		seen = true
	}
	return seen
}

// hospitalWords reports whether the words w of a name end in a hospital's
// head, or in one and the place it serves.
func (r *resolver) hospitalWords(w []string) bool {
	n := len(w)
	switch {
	case hospitalHeads[w[n-1]]:
		return true
	case n >= 3 && w[n-2] == "Medical" && (w[n-1] == "Centre" || w[n-1] == "Center"):
		return true
	}
	for i := 1; i < n-1; i++ {
		if !hospitalHeads[w[i]] {
			continue
		}
		rest := w[i+1:]
		if rest[0] == "of" {
			rest = rest[1:]
		}
		for _, x := range rest {
			if orgHeads[strings.ToLower(x)] {
				// "Premier Hospital Alliance" (Alliance, Ohio)
				return false
			}
		}
		return len(rest) > 0 && r.isPlace(strings.Join(rest, " "))
	}
	return false
}

// nounBeforeCountry reports whether the word before the country name at
// start is a capitalised singular common noun, which makes the two a
// body's name: "buy Credit Suisse", "Football Australia said", "by Bank
// Indonesia". A plural names a team by its standing ("Holders Spain",
// "Hosts Qatar"), and a title a person's office ("Ambassador", "Deputy").
func nounBeforeCountry(toks []nlp.Token, start, end int) bool {
	if start < 1 || start >= 2 && capitalisedWord(toks[start-2].Text) || isAllCaps(toks[start].Text) {
		// (after another capitalised word the name is longer, "Chrysler
		// Credit Canada Ltd"; "Deputy U.S. Trade Representative", "Mining
		// NL" hold initials)
		return false
	}
	if start == 1 && (timeNouns[strings.ToLower(toks[0].Text)] || end >= len(toks) || toks[end].UPOS != "VERB" && toks[end].UPOS != "AUX") {
		// a sentence's first word may be any capitalised noun: only as
		// the subject of the verb after the country ("Football Australia
		// said"; not "Yesterday Argentina said")
		return false
	}
	t := &toks[start-1]
	return t.XPOS == "NN" && capitalisedWord(t.Text) && !isAllCaps(t.Text) && t.SpaceAfter && !isTitleWord(t.Text)
}

// timeNouns are nouns for a time that open sentences as adverbs do.
var timeNouns = map[string]bool{"yesterday": true, "today": true, "tonight": true, "tomorrow": true}

// featureOpeners open the names of natural features in the languages news
// keeps them in: Arabic valleys and mountains ("Wadi Derna", "Jebel
// Marra", "Jabal Akhdar").
var featureOpeners = map[string]bool{
	"Wadi": true, "Jebel": true, "Jabal": true, "Djebel": true,
	// and streets and squares named first ("Rue de Rivoli", "Boulevard
	// Valéry Giscard d'Estaing", "Avenida 9 de Julio", "Jalan Tun Razak",
	// "Praça dos Três Poderes")
	"Rue": true, "Boulevard": true, "Avenida": true, "Calle": true, "Jalan": true, "Piazza": true, "Praça": true,
}

// streetOpeners open the names of streets named after a person, before
// the person's name: "Avenue Habib Bourguiba", "Carrer de Lepant", "Rua
// Augusta" (a name they open may be a firm's: "Avenue Capital").
var streetOpeners = map[string]bool{"Avenue": true, "Carrer": true, "Rua": true, "Viale": true, "Strada": true, "Calea": true}

// openedPlaces adds as places the untagged names that a word of
// featureOpeners, streetOpeners or natureOpeners opens, in the languages
// that name streets, roads and features first: "along Avenida Monseñor
// Rivero", "Avenida 18 de Julio", "Ruta Nacional 14", "Jalan Sudirman".
// The name runs over capitalised words, numbers and particles ("de",
// "do") to a capitalised word or a number; an opener the recogniser
// tagged is its call ("[Avenue Capital]ORG") but for a place of the opener
// alone, and a name of its inside this one widens to it.
func (r *resolver) openedPlaces() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			w := toks[i].Text
			if !featureOpeners[w] && !streetOpeners[w] && !natureOpeners[w] && !roadOpeners[w] || i > 0 && capitalisedWord(toks[i-1].Text) {
				continue // (inside a longer name: "the 300 Sixth Avenue Building")
			}
			mi := -1
			if at[i] != 0 {
				// the opener alone, the recogniser's place: "[Palacio]LOC
				// Legislativo"
				mi = int(at[i] - 1)
				if m := &r.d.Mentions[mi]; m.Start != i || m.End != i+1 || m.Type != "LOC" || m.Kind != KindName {
					continue
				}
			}
			end := i + 1
			for k := i + 1; k < len(toks) && k-i <= 5; k++ {
				t := toks[k].Text
				if calendarWords[strings.ToLower(t)] || nlp.IsMonth(t) {
					break // "Punta Morales Monday"
				}
				if capitalisedWord(t) && !isAllCaps(t) || allDigits(t) && len(t) <= 3 {
					end = k + 1
				} else if !joinParticles[t] {
					break
				}
			}
			if end == i+1 || end < len(toks) && toks[end].Text == "-" || toks[end-1].UPOS == "ADJ" || r.isDemonym(spanText(toks, i, end)) ||
				strings.HasSuffix(toks[end-1].Text, "ean") || strings.HasSuffix(toks[end-1].Text, "ian") {
				continue // a people's word: "Puerto Rican", "the Cape Verdean centre"
			}
			ok := true
			for k := i + 1; k < end && ok; k++ {
				if at[k] == 0 {
					continue
				}
				m := int(at[k] - 1)
				mm := &r.d.Mentions[m]
				ok = mm.End <= end && (mi < 0 || mi == m) && mm.Kind == KindName
				mi = m
			}
			if !ok {
				continue
			}
			if mi < 0 {
				r.addName(si, i, end, "LOC")
			} else {
				r.widen(mi, i, end)
				r.d.Mentions[mi].Type = "LOC"
			}
			i = end - 1
		}
	})
}

// roadOpeners open the names of roads and buildings in Spanish and
// Portuguese: "Ruta Nacional 14", "Carretera Panamericana", "Palacio
// Legislativo", "Paseo de la Reforma".
var roadOpeners = map[string]bool{"Ruta": true, "Carretera": true, "Rodovia": true, "Paseo": true, "Palacio": true, "Palácio": true}

// craftName reports whether a name ending before token end names a craft:
// a noun for a spacecraft follows it ("the Vikram lander", "the Pragyan
// rover"), or a hyphen and a number glued to it ("Luna-25", "Soyuz-2"),
// as no person's name is written.
func craftName(toks []nlp.Token, end int) bool {
	if end >= len(toks) {
		return false
	}
	switch toks[end].Text {
	case "lander", "rover", "probe", "spacecraft", "capsule", "module", "orbiter":
		return true
	}
	return end+1 < len(toks) && isHyphen(toks[end].Text) && glued(toks, end) && glued(toks, end+1) && allDigits(toks[end+1].Text)
}

// placeNounAfter reports whether w, in lower case after a name, says the
// name is a place's: "the Phong Châu bridge", "Con Voi mountain", "Hatay
// province".
func placeNounAfter(w string) bool {
	switch w {
	case "bridge", "river", "mountain", "volcano", "lake", "dam", "valley", "island", "province", "district",
		"county", "village", "town", "airport", "stadium", "highway", "square", "neighbourhood", "neighborhood":
		return true
	}
	return false
}

// saintHyphen reports whether the name at start opens with "Saint",
// "Sainte" or "St" glued to a hyphen and a capitalised word, also in
// capitals as datelines write them ("SAINT-DENIS, France").
func saintHyphen(toks []nlp.Token, start int) bool {
	switch toks[start].Text {
	case "Saint", "Sainte", "St", "SAINT", "SAINTE", "ST":
	default:
		return false
	}
	return start+2 < len(toks) && isHyphen(toks[start+1].Text) && glued(toks, start+1) && glued(toks, start+2) && capitalisedWord(toks[start+2].Text)
}

// hyphenChain returns where a name ending at end ends once the words glued
// to it by hyphens are added: "Saint-Jean[-de-Maurienne]".
func hyphenChain(toks []nlp.Token, end int) int {
	for end+1 < len(toks) && isHyphen(toks[end].Text) && glued(toks, end) && glued(toks, end+1) {
		ok := true
		for _, w := range strings.Split(toks[end+1].Text, "-") {
			ok = ok && (capitalisedWord(w) || placeWords[w] || joinParticles[w]) // ("de-Maurienne" is one token)
		}
		if !ok {
			break
		}
		end += 2
	}
	return end
}

// glued reports whether token i follows token i-1 with no space.
func glued(toks []nlp.Token, i int) bool { return i > 0 && toks[i].Start == toks[i-1].End }

// natureOpeners open the names of lakes, mountains and capes in English
// ("Lake Kariba", "Mount Kenya", "Cape Horn"), which no person's name
// opens; a name they open may still be a body's ("Lake Forest College"),
// so they only undo a person.
var natureOpeners = map[string]bool{
	"Lake": true, "Mount": true, "Mt": true, "Mt.": true, "Cape": true,
	// and in other languages: "Cerro Rico", "Lago Maggiore", "Puerto
	// Coloso", "Castello Tesino", "Torre Ejecutiva" (not "Monte", a given
	// name: "Monte Kwinter")
	"Cerro": true, "Pico": true, "Lago": true, "Isla": true, "Puerto": true, "Castello": true, "Torre": true,
	"Paso": true, "Playa": true, "Punta": true, "Bahía": true, "Ciudad": true,
}

// foreignOpener reports whether w opens a place's name in a language that
// names the feature first, Spanish, Portuguese or Italian ("Puerto
// Obaldía", "Paso Canoas", "Lago Agrio"): English ones open bodies'
// names too ("Mount Sinai School of Medicine", "Lake States
// Transportation").
func foreignOpener(w string) bool {
	return natureOpeners[w] && w != "Lake" && w != "Mount" && w != "Mt" && w != "Mt." && w != "Cape"
}

// spanishArticles open Spanish places' names, which no person's but a
// nickname's ("El Chapo") opens ("La" opens Italian and French names of
// bodies too: "La Scala").
var spanishArticles = map[string]bool{"El": true, "Los": true, "Las": true}

// exchangeName reports whether toks name a stock exchange ("Korea
// Exchange", "Borsa Istanbul", "Bolsa de Madrid") or a school district,
// bodies the recogniser reads as places.
func exchangeName(toks []nlp.Token) bool {
	n := len(toks)
	switch toks[0].Text {
	case "Borsa", "Bolsa", "Bourse":
		return true
	}
	return toks[n-1].Text == "Exchange" || n >= 3 && toks[n-2].Text == "School" && toks[n-1].Text == "District"
}

// bodyTitleAt reports whether a body's head word, a title and a given
// name stand from token k: the office and its holder, "Council Delegate
// Wilfred Begaye", "County Commissioner Jane Doe".
func (r *resolver) bodyTitleAt(toks []nlp.Token, k int) bool {
	return k+2 < len(toks) && orgHeads[strings.ToLower(toks[k].Text)] && isTitleWord(toks[k+1].Text) && r.isGivenName(toks[k+2].Text)
}

// insidePreps put what follows them inside or beside a place: "in El
// Alto", "inside El Teniente" ("from" and "to" take persons too).
var insidePreps = map[string]bool{"in": true, "at": true, "inside": true, "outside": true, "near": true, "into": true, "across": true, "around": true}

// orgHeadIn reports whether one of the tokens [start, end) is an
// organisation's head word.
func orgHeadIn(toks []nlp.Token, start, end int) bool {
	for k := start; k < end; k++ {
		if orgHeadWord(toks[k].Text) || companyHeads[toks[k].Text] || firmHeads[toks[k].Text] || isLegalForm(toks[k].Text) {
			return true
		}
	}
	return false
}

// planets reports whether every name of c is a planet's: such a name
// alone is no person ("Venus" who is Venus Williams goes with her full
// name).
func planets(c *cluster) bool { return allForms(c, planetNames) }

// allForms reports whether c has names and all of them are in set.
func allForms(c *cluster, set map[string]bool) bool {
	for f := range c.forms {
		if !set[f] {
			return false
		}
	}
	return len(c.forms) > 0
}

// stylesOfAddress stand for a person after "His", "Her" or "Your" and are
// no names.
var stylesOfAddress = map[string]bool{
	"majesty": true, "highness": true, "excellency": true, "holiness": true, "lordship": true,
	"ladyship": true, "eminence": true,
}

// joinSpans joins two names the recogniser tagged side by side when they
// are one: a place or organisation and a lone organisation or club head
// after it ("[Manchester]LOC [United]ORG", "[Kent]LOC [Police]ORG") make
// an organisation; two places make one place when a compass word opens
// the pair or the gazetteer knows the pair ("[South]LOC [Asia]LOC",
// "[South]LOC [Africa]LOC"); any name and an organisation ending in a
// legal form after it are one company ("[Drexel Burnham]PER [Lambert
// Inc]ORG"); a lone organisation head, "of" and a name make an
// organisation ("[University] of [Delaware]").
func (r *resolver) joinSpans(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	out := spans[:0:0]
	place := func(t string) bool { return t == "LOC" || t == "GPE" }
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && hyphenName(toks, sp, spans[i+1]) {
			// "[Jean]-[Philippe Cotis]": a hyphenated given name the
			// recogniser cut at its hyphen; "[Amnesty International
			// Man]-[kei Tam]": the person's first part went to the name
			// before
			next := spans[i+1]
			if TypeOf(sp.Type) == "PERSON" {
				sp = nlp.Span{Start: sp.Start, End: next.End, Type: sp.Type}
				i++
			} else {
				spans[i+1] = nlp.Span{Start: sp.End - 1, End: next.End, Type: next.Type}
				sp.End--
			}
		}
		if i+1 < len(spans) && r.hyphenSurname(toks, sp, spans[i+1]) {
			if TypeOf(sp.Type) != "PERSON" {
				sp.Type = spans[i+1].Type // "[Arnon Bar]LOC-[David]PER"
			}
			sp.End = spans[i+1].End
			i++
		}
		if i+1 < len(spans) && r.hyphenPlacePair(toks, sp, spans[i+1]) {
			// "[Schleswig]LOC-[Holstein]LOC", "[Szabolcs-Szatmár]ORG-[Bereg
			// County]LOC": the gazetteer's place the recogniser cut at a
			// hyphen
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "LOC"}
			i++
		} else if TypeOf(sp.Type) != "LOC" && hyphenInside(toks, sp) && (TypeOf(sp.Type) != "PERSON" || sp.Start > 0 && placePreps[strings.ToLower(toks[sp.Start-1].Text)]) &&
			r.gazetteerPlace(spanText(toks, sp.Start, sp.End)) {
			// "Boulogne-Billancourt" typed an organisation's, "to
			// [Bielsko-Biała]PER": a person's only after a preposition
			// of place, for surnames name towns too ("Philippe
			// Saint-André")
			sp.Type = "LOC"
		}
		if i+1 < len(spans) && r.stateCampus(toks, sp, spans[i+1]) {
			// "the [University of California], [Los Angeles]": a state
			// university's campus after a comma
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "ORG"}
			i++
		}
		if i+1 < len(spans) && spans[i+1].Start == sp.End && spans[i+1].End == sp.End+1 && sp.End-sp.Start <= 2 &&
			TypeOf(sp.Type) != "PERSON" && isEventHead(toks[sp.End].Text) && isEventName(spanText(toks, sp.Start, sp.End+1)) {
			// "the [Kentucky]LOC [Derby]LOC": a race named after its
			// place, the head tagged apart
			sp.End++
			i++
		}
		if i+1 < len(spans) && r.townNickname(toks, sp, spans[i+1]) {
			// "the [Toronto]LOC [Blue Jays]ORG beat": a town and a
			// team's plural nickname right after it
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "ORG"}
			i++
		}
		if TypeOf(sp.Type) == "PERSON" && syllableAfter(toks, sp.End) {
			// "[Kim Jong]-un", "[Moon Jae]-in": the tokenizer splits the
			// hyphen of a Korean given name and the recogniser keeps the
			// capitalised part
			sp.End += 2
		} else if TypeOf(sp.Type) == "PERSON" {
			sp.End = syllableChain(toks, sp.End) // "[Prayuth Chan]-o-cha"
		}
		if sp.Type == "ORG" {
			// "Securities and [Exchange Commission]": the words before
			// "and" are the name's too
			sp.Start = r.andBefore(toks, sp, out)
			if n := len(out); n > 0 && out[n-1].End > sp.Start {
				out = out[:n-1] // the place that opens it
			}
			if n := len(out); n > 0 && r.andHalves(toks, out[n-1], sp) {
				sp.Start = out[n-1].Start
				out = out[:n-1]
			}
		}
		if i+1 < len(spans) && spans[i+1].Start == sp.End+1 && sp.End == sp.Start+1 && isPossessive(toks[sp.End].Text) &&
			TypeOf(sp.Type) == "PERSON" && !r.isPlace(toks[sp.Start].Text) && pluralNoun(toks[spans[i+1].Start]) &&
			spans[i+1].Type == "ORG" && isLegalForm(toks[spans[i+1].End-1].Text) {
			// "[Moody]'s [Investors Service Inc]", "[Oliver]'s [Stores
			// Inc]": a company named in the possessive, its name going on
			// with a plural noun ("[Japan]'s [Fujitsu Ltd]", "[PepsiCo]'s
			// [Taco Bell Corp]" are a place's and a parent's company)
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "ORG"}
			i++
		} else if i+1 < len(spans) && spans[i+1].Start == sp.End {
			next := spans[i+1]
			w := toks[next.Start].Text
			switch {
			case (place(sp.Type) || sp.Type == "ORG") && next.Type == "ORG" && next.End == next.Start+1 &&
				(clubHeads[w] || orgHeads[strings.ToLower(w)]) && capitalisedWord(w):
				sp = nlp.Span{Start: sp.Start, End: next.End, Type: "ORG"}
				i++
			case place(sp.Type) && next.Type == "ORG" &&
				acronymAfter(toks, next.End) == initials(NameKey(spanText(toks, sp.Start, next.End))):
				// "[London]LOC [School of Economics]ORG (LSE)": the
				// acronym after them spells the initials of both
				sp = nlp.Span{Start: sp.Start, End: next.End, Type: "ORG"}
				i++
			case place(sp.Type) && place(next.Type) &&
				(sp.End == sp.Start+1 && compassWords[toks[sp.Start].Text] || r.isPlace(spanText(toks, sp.Start, next.End))):
				sp = nlp.Span{Start: sp.Start, End: next.End, Type: sp.Type}
				i++
			case place(sp.Type) && place(next.Type) && sp.End == sp.Start+1 && next.End == next.Start+1 && r.clubBeforeCity(toks[sp.Start].Text, toks[next.Start].Text):
				// "[Borussia]LOC [Dortmund]LOC": a word no place and a
				// city's name, side by side, are a club's name
				sp = nlp.Span{Start: sp.Start, End: next.End, Type: "ORG"}
				i++
			case next.Type == "ORG" && isLegalForm(toks[next.End-1].Text) &&
				TypeOf(sp.Type) != "EVENT" && !(sp.End == sp.Start+1 && isAllCaps(toks[sp.Start].Text) && place(sp.Type)) &&
				(next.End-next.Start < 2 || toks[next.Start+1].Text != "of") && shortBeforeLegalForm(toks, next):
				// "[Drexel Burnham]PER [Lambert Inc]ORG": a company's
				// name runs on to its legal form (not "the [US] [Disney
				// Corporation]", "[Andre Morony] [of Bankers Trust Ltd]",
				// nor a whole company's name after a person's, "[Traci
				// Warner] [Enron Broadband Services, Inc.]")
				sp = nlp.Span{Start: sp.Start, End: next.End, Type: "ORG"}
				i++
			}
		} else if i+1 < len(spans) && spans[i+1].Start == sp.End+1 && (toks[sp.End].Text == "in" || toks[sp.End].Text == "for") &&
			sp.Type == "ORG" && place(spans[i+1].Type) &&
			acronymAfter(toks, spans[i+1].End) == initials(NameKey(spanText(toks, sp.Start, spans[i+1].End))) {
			// "[Board of Control for Cricket] in [India] (BCCI)": the
			// acronym after them spells the initials of both
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "ORG"}
			i++
		} else if i+1 < len(spans) && spans[i+1].Start == sp.End+1 && toks[sp.End].Text == "," && spans[i+1].Type == "ORG" &&
			acronymAfter(toks, spans[i+1].End) == initials(NameKey(spanText(toks, sp.Start, spans[i+1].End))) {
			// "[United Nations Educational], [Scientific and Cultural
			// Organization] (UNESCO)": the acronym after them spells the
			// initials of both, so the comma is the name's
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "ORG"}
			i++
		} else if i+1 < len(spans) && spans[i+1].Start == sp.End+1 && toks[sp.End].Text == "of" &&
			orgHeads[strings.ToLower(toks[sp.End-1].Text)] && capitalisedWord(toks[sp.End-1].Text) &&
			(sp.End == sp.Start+1 || (sp.Type == "ORG" || place(sp.Type) && !r.isPlace(spanText(toks, sp.Start, sp.End))) && place(spans[i+1].Type) && spans[i+1].End-spans[i+1].Start <= 3 &&
				(spans[i+1].End == len(toks) || !capitalisedWord(toks[spans[i+1].End].Text)) &&
				!(governmentHeads[strings.ToLower(toks[sp.End-1].Text)] && r.isCountry(spanText(toks, spans[i+1].Start, spans[i+1].End)) &&
					acronymAfter(toks, spans[i+1].End) == "-")) {
			// "[University] of [Delaware]", "[Bank] of [England]": a
			// lone organisation head and the name after "of" are one
			// organisation; so are an organisation ending in its head
			// and the place after "of" ("[National Bank] of [Kuwait]",
			// "[Muslim Association] of [Britain]", "[Central Bank]LOC of
			// [Nigeria]"; not "[West Bank] of [Jordan]", a place the
			// gazetteer knows), but for a body of a
			// country's state ("the [Federal Aviation Office] of
			// [Germany]", as adjacentJoin) with no acronym after it
			// ("the [Electoral Commission] of [South Africa] (IEC)" is
			// one name)
			sp = nlp.Span{Start: sp.Start, End: spans[i+1].End, Type: "ORG"}
			i++
		}
		out = append(out, sp)
	}
	return out
}

// clubBeforeCity reports whether a, a capitalised word the gazetteer
// does not know, and b, a city's name, make a club's name as sports news
// writes many ("Borussia Dortmund", "Werder Bremen", "Dynamo Kiev").
func (r *resolver) clubBeforeCity(a, b string) bool {
	if !capitalisedWord(a) || isAllCaps(a) || r.known(a) || compassWords[a] || r.lex != nil && r.lex.CommonWord(strings.ToLower(a)) {
		return false
	}
	es := r.lookup(b)
	return len(es) > 0 && es[0].Subtype == gazetteer.SubCity && es[0].Population >= 100_000
}

// acronymAfter returns the bracketed all-capitals word at toks[i:i+3], "(
// ACR )", in lower case; "-" (no initials) if there is none.
func acronymAfter(toks []nlp.Token, i int) string {
	if i+2 < len(toks) && toks[i].Text == "(" && toks[i+2].Text == ")" && isAllCaps(toks[i+1].Text) {
		return strings.ToLower(toks[i+1].Text)
	}
	return "-"
}

// shortBeforeLegalForm reports whether span sp has one or two words
// before its legal forms: the tail of a company's name ("Lambert Inc",
// "Steam Navigation Co Plc").
func shortBeforeLegalForm(toks []nlp.Token, sp nlp.Span) bool {
	end := sp.End
	for end > sp.Start && (isLegalForm(toks[end-1].Text) || toks[end-1].Text == ",") {
		end--
	}
	return end > sp.Start && end-sp.Start <= 2
}

// bracketedForms returns spans with the companies whose legal form
// follows a bracketed word made whole: "Morgan Stanley (Jersey) Ltd",
// "Industrial Equity (Pacific) Ltd", which the recogniser cuts at the
// brackets ("[Morgan Stanley] ([Jersey]) [Ltd]", "Jersey) Ltd"). The
// name takes the legal forms, the bracket (one to three words) and the
// capitalised words before it (one to four), with any names they hold.
func bracketedForms(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	legal := func(k int) bool { return isLegalForm(toks[k].Text) }
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if !legal(sp.End - 1) {
			continue
		}
		k := sp.End - 2
		for k > 0 && legal(k) {
			k-- // "Co Ltd"
		}
		if k < 2 || toks[k].Text != ")" {
			continue
		}
		o := k - 2
		for o > 0 && k-o < 4 && toks[o].Text != "(" {
			o--
		}
		if toks[o].Text != "(" {
			continue
		}
		start := o
		for start > 0 && o-start < 4 && capitalisedWord(toks[start-1].Text) {
			start--
		}
		if start == o || sp.Start < start {
			continue
		}
		// the names the longer one takes in go, unless one runs across
		// its start
		spans = orgSpan(spans, start, sp.End)
		i = slices.IndexFunc(spans, func(x nlp.Span) bool { return x.End >= sp.End })
	}
	return spans
}

// ampersandSpans returns spans with the names joined by "&" made one
// organisation's: "Procter & Gamble", "Douglas & Lomason Co", "Edward D.
// Jones & Co", which the recogniser leaves untagged or cuts at the "&".
// Each side is a run of capitalised words (one to four before, one to
// three after, a legal form or "Sons" alone after); the name must have
// a side the recogniser tagged, a legal form at its end, or act as a
// subject or owner ("Marks & Spencer said"); "R&D" and "M&A", single
// letters on both sides, two common given names ("Bonnie & Clyde", not
// "Ernst & Young"), two countries or big cities ("Serbia & Montenegro",
// not "Bradford & Bingley") and lines in capitals are left alone.
func (r *resolver) ampersandSpans(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	if capsSentence(toks) {
		return spans
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text != "&" {
			continue
		}
		a, b := i, i+1
		for a > 0 && i-a < 4 && capitalisedWord(toks[a-1].Text) {
			a--
		}
		if a == 0 && i > 1 && toks[0].UPOS != "PROPN" {
			a = 1 // "Yesterday Procter & Gamble"
		}
		for b < len(toks) && b-i-1 < 3 && capitalisedWord(toks[b].Text) {
			b++
		}
		if b < len(toks) && isLegalForm(toks[b].Text) {
			b++
		}
		if a == i || b == i+1 || i-a == 1 && b-i == 2 && utf8.RuneCountInString(toks[a].Text) == 1 && utf8.RuneCountInString(toks[i+1].Text) == 1 {
			continue
		}
		if i-a == 1 && b-i == 2 && r.givenCount(toks[a].Text) >= 10_000 && r.givenCount(toks[i+1].Text) >= 10_000 ||
			r.bigPlace(spanText(toks, a, i)) && r.bigPlace(spanText(toks, i+1, b)) {
			continue // two persons, "Bonnie & Clyde"; two places, "Serbia & Montenegro"
		}
		last := strings.ToLower(strings.TrimSuffix(toks[b-1].Text, "."))
		ok := legalForms[last] || last == "sons"
		for _, sp := range spans {
			ok = ok || sp.Start < b && a < sp.End
		}
		if !ok {
			for k := a; k < b; k++ {
				if h := tokHead(toks, k); (h < a || h >= b) && (toks[k].Deprel == "nsubj" || toks[k].Deprel == "nmod:poss") {
					ok = true
				}
			}
		}
		if !ok {
			continue
		}
		spans = orgSpan(spans, a, b)
		i = b - 1
	}
	return spans
}

// orgSpan returns spans with the tokens a..b-1 made one organisation's
// name in place of the names within them, unless a longer name holds
// them.
func orgSpan(spans []nlp.Span, a, b int) []nlp.Span {
	out := spans[:0:0]
	added := false
	for _, sp := range spans {
		if sp.Start < b && a < sp.End {
			if sp.Start < a || sp.End > b {
				return spans // a longer name holds it: leave it be
			}
			continue
		}
		if !added && sp.Start >= b {
			out = append(out, nlp.Span{Start: a, End: b, Type: "ORG"})
			added = true
		}
		out = append(out, sp)
	}
	if !added {
		out = append(out, nlp.Span{Start: a, End: b, Type: "ORG"})
	}
	return out
}

// andFirmSpans returns spans with the firms whose names are joined by
// "and" made one organisation's, which the recogniser reads as persons
// (partners' surnames): a name before "and Co", "and Company" or "and
// Sons", commas and all ("Merrill Lynch and Co Inc", "Goldman, Sachs and
// Co", "Smith Barney, Harris Upham and Co"); two words joined by "and"
// with a possessive after the second that owns nothing or a legal form
// ("Standard and Poor's Corp", "rated A by Standard and Poor's."); and two
// single capitals joined by "and" ("S and P", as "S&P").
func (r *resolver) andFirmSpans(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	if capsSentence(toks) {
		return spans
	}
	legal := func(k int) bool {
		return k < len(toks) && isLegalForm(toks[k].Text)
	}
	letter := func(k int) bool {
		return k >= 0 && k < len(toks) && len(toks[k].Text) == 1 && toks[k].Text[0] >= 'A' && toks[k].Text[0] <= 'Z'
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text != "and" || !capitalisedWord(toks[i-1].Text) {
			continue
		}
		a, b := i-1, 0
		switch next := toks[i+1].Text; {
		case next == "Co" || next == "Co." || next == "Company" || next == "Sons":
			b = i + 2
			// capitalised runs of up to three words, up to three of
			// them, joined by commas
			for runs := 0; runs < 3; runs++ {
				k := a
				for k > 0 && a-k < 2 && capitalisedWord(toks[k-1].Text) {
					k--
				}
				a = k
				if a < 2 || toks[a-1].Text != "," || !capitalisedWord(toks[a-2].Text) {
					break
				}
				a -= 2
			}
			if a == 0 && toks[0].UPOS != "PROPN" && a+1 < i && !(toks[1].Text == "," && r.nameWord(toks[0].Text)) {
				a = 1 // "Yesterday Merrill Lynch and Co"; not "Sears, Roebuck and Co"
			}
		case letter(i-1) && letter(i+1) && !capitalisedBefore(toks, i-1) && (i+2 >= len(toks) || !capitalisedWord(toks[i+2].Text)) &&
			r.initialsNamed(toks[i-1].Text[0], toks[i+1].Text[0]):
			b = i + 2
		case capitalisedWord(next) && i+2 < len(toks) && (toks[i+2].XPOS == "POS" && (legal(i+3) || ownsNothing(toks, i+3)) ||
			misreadPossessive(&toks[i+2]) && i+3 < len(toks) && toks[i+3].XPOS == "VBN" && toks[i+3].UPOS == "VERB"):
			// (the verb after a misread possessive is read as a
			// participle: "Standard and Poor's said")
			b = i + 3
			if a > 0 && capitalisedWord(toks[a-1].Text) && (a > 1 || toks[0].UPOS == "PROPN") {
				a--
			}
			if w := toks[max(a-1, 0)].Text; a > 0 && !legal(i+3) && (w == "," || w == "-" || w == "–" || w == ":") {
				continue // the end of a list: "the agencies - Standard & Poor's, Fitch and Moody's"
			}
		default:
			continue
		}
		for legal(b) {
			b++
		}
		spans = orgSpan(spans, a, b)
		i = b - 1
	}
	return spans
}

// initialsNamed reports whether the article names something "X and Y"
// or "X & Y", two capitalised words with initials x and y ("S and P"
// where "Standard and Poor's" is written; not "C and F", cost and
// freight).
func (r *resolver) initialsNamed(x, y byte) bool {
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for i := 1; i+1 < len(toks); i++ {
			if (toks[i].Text == "and" || toks[i].Text == "&") && len(toks[i-1].Text) > 1 && len(toks[i+1].Text) > 1 &&
				toks[i-1].Text[0] == x && toks[i+1].Text[0] == y && capitalisedWord(toks[i-1].Text) && capitalisedWord(toks[i+1].Text) {
				return true
			}
		}
	}
	return false
}

// misreadPossessive reports whether t is a possessive the tagger read as
// "is" or "has" ("Standard and Poor's said").
func misreadPossessive(t *nlp.Token) bool { return t.UPOS == "AUX" && isPossessive(t.Text) }

// ownsNothing reports whether the token at k, after a possessive, shows
// that the possessive owns nothing: a finite verb, "of", a conjunction, a
// comma, a full stop or the end of the sentence.
func ownsNothing(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch t := &toks[k]; t.UPOS {
	case "VERB", "AUX":
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD": // not "Bush's proposed spending"
			return true
		case "VBN":
			// "said" after a possessive is a past tense the tagger took
			// for a participle: "cut by 15.9 mln dlrs, Moody's said";
			// other participles may modify a noun ("Bush's proposed
			// spending") or open a title ("Akon's Locked Up")
			return t.Text == "said"
		}
	case "CCONJ":
		// not "Paabo's and Rubin's genetic work"
		return k+2 >= len(toks) || toks[k+2].XPOS != "POS"
	case "ADP":
		return t.Text == "of"
	case "PUNCT":
		switch t.Text {
		case ",", ".", ";", ":", ")":
			return true
		}
	}
	return false
}

// compassWords open the names of regions: "South Asia", "Central Europe".
var compassWords = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Central": true,
	"Northern": true, "Southern": true, "Eastern": true, "Western": true,
}

// pluralNoun reports whether t is tagged a plural noun ("Investors").
func pluralNoun(t nlp.Token) bool { return t.XPOS == "NNPS" || t.XPOS == "NNS" }

// hyphenName reports whether a person span of two words or more, b, is
// glued by a hyphen to the span a before it, which is one word and a
// person's itself (a hyphenated given name: "Jean-Philippe Cotis") or two
// words or more and of another type (its last word is the person's:
// "Amnesty International Man-kei Tam").
func hyphenName(toks []nlp.Token, a, b nlp.Span) bool {
	if b.Start != a.End+1 || b.End-b.Start < 2 || TypeOf(b.Type) != "PERSON" {
		return false
	}
	h := a.End
	if toks[h].Text != "-" || toks[h].Start != toks[h-1].End || toks[h+1].Start != toks[h].End {
		return false
	}
	if TypeOf(a.Type) == "PERSON" {
		return a.End-a.Start == 1
	}
	return a.End-a.Start >= 2
}

// hyphenSurname reports whether the one-word span b is glued by a hyphen
// to the person span a of two words or more before it: the second half
// of a double surname the recogniser cut at its hyphen ("[Nana
// Akufo]-[Addo]"), also when typed a place's or an organisation's but
// for a country's, a region's or a big city's ("[Marisol
// Quintero]-[Nakamura]LOC"; not "[Tony Blair]-[Washington]").
func (r *resolver) hyphenSurname(toks []nlp.Token, a, b nlp.Span) bool {
	if b.Start != a.End+1 || a.End-a.Start < 2 || !isHyphen(toks[a.End].Text) || !glued(toks, a.End) || !glued(toks, a.End+1) {
		return false
	}
	if TypeOf(b.Type) == "PERSON" && b.End-b.Start <= 3 {
		switch TypeOf(a.Type) {
		case "PERSON":
			// "[Eli Ben]-[Dror Shaked]": a surname with a hyphen cut
			// the name in two persons' (not "the [Kim Jong Un]-[Donald
			// Trump] summit", a noun after it)
			if b.End-b.Start >= 2 && a.End-a.Start == 2 && (b.End == len(toks) || toks[b.End].UPOS != "NOUN") {
				return true
			}
		case "LOC":
			// "headed by [Arnon Bar]LOC-[David]PER": the first half two
			// words, no name the gazetteer knows, none a big place's
			// (an organisation's is not: "[Security Pacific]-[Rainer]")
			if b.End-b.Start == 1 && a.End-a.Start == 2 && !r.known(spanText(toks, a.Start, a.End)) &&
				!slices.ContainsFunc(toks[a.Start:a.End], func(t nlp.Token) bool { return r.bigPlace(t.Text) || strings.Contains(t.Text, "-") }) {
				return true
			}
		}
	}
	if b.End-b.Start != 1 || TypeOf(a.Type) != "PERSON" {
		return false
	}
	if bt := TypeOf(b.Type); bt != "PERSON" && (bt != "LOC" && bt != "ORG" || r.bigPlace(toks[b.Start].Text)) {
		return false
	}
	h := a.End
	return toks[h].Text == "-" && glued(toks, h) && glued(toks, h+1)
}

// hyphenPlacePair reports whether span b follows span a across a hyphen
// glued to both and the two make a place the gazetteer knows (a
// country's, a region's or a city's), with or without a place's head
// ending b ("Szabolcs-Szatmár-Bereg County").
func (r *resolver) hyphenPlacePair(toks []nlp.Token, a, b nlp.Span) bool {
	if b.Start != a.End+1 || !isHyphen(toks[a.End].Text) || !glued(toks, a.End) || !glued(toks, b.Start) {
		return false
	}
	if r.gazetteerPlace(spanText(toks, a.Start, b.End)) {
		return true
	}
	return b.End-b.Start >= 2 && placeHeads[strings.ToLower(toks[b.End-1].Text)] && r.gazetteerPlace(spanText(toks, a.Start, b.End-1))
}

// stateCampus reports whether organisation span a, "University of" and a
// North American state, is followed by a comma and span b, a city of one
// or two words, and no capitalised word after it: the campus, as "the
// University of California, Berkeley" names it.
func (r *resolver) stateCampus(toks []nlp.Token, a, b nlp.Span) bool {
	if TypeOf(a.Type) != "ORG" || a.End-a.Start < 3 || toks[a.Start].Text != "University" || toks[a.Start+1].Text != "of" ||
		b.Start != a.End+1 || toks[a.End].Text != "," || TypeOf(b.Type) != "LOC" || b.End-b.Start > 2 ||
		b.End < len(toks) && capitalisedWord(toks[b.End].Text) {
		return false
	}
	if !r.northAmericanState(spanText(toks, a.Start+2, a.End)) {
		return false
	}
	es := r.lookup(spanText(toks, b.Start, b.End))
	return len(es) > 0 && es[0].Type == "LOC" && es[0].Subtype == gazetteer.SubCity
}

// townNickname reports whether span a, a town's or a region's of one or two
// words the gazetteer knows, is followed right away by span b, an
// organisation's of one or two words ending in a plural proper noun, no
// place's head, and nothing capitalised after it: a team's town and
// nickname, "[Toronto]LOC [Blue Jays]ORG".
func (r *resolver) townNickname(toks []nlp.Token, a, b nlp.Span) bool {
	if TypeOf(a.Type) != "LOC" || b.Start != a.End || TypeOf(b.Type) != "ORG" || a.End-a.Start > 2 || b.End-b.Start > 2 ||
		!r.isPlace(spanText(toks, a.Start, a.End)) || b.End < len(toks) && capitalisedWord(toks[b.End].Text) {
		return false
	}
	last := &toks[b.End-1]
	return last.XPOS == "NNPS" && capitalisedWord(last.Text) && !placeHeads[strings.ToLower(last.Text)] && !geoHeads[last.Text] &&
		!orgHeads[strings.ToLower(last.Text)] && !r.known(spanText(toks, b.Start, b.End))
}

// hyphenInside reports whether span sp holds a hyphen glued to the words
// either side.
func hyphenInside(toks []nlp.Token, sp nlp.Span) bool {
	for k := sp.Start + 1; k < sp.End-1; k++ {
		if isHyphen(toks[k].Text) && glued(toks, k) && glued(toks, k+1) {
			return true
		}
	}
	return false
}

// syllableChain returns the end of the two or three short lower-case
// syllables glued by hyphens that toks[i:] open with, as Thai surnames are
// written ("Chan-o-cha"), or i: each of one to four letters and no English
// word ("son-in-law", "up-to-date").
func syllableChain(toks []nlp.Token, i int) int {
	end, n := i, 0
	for end+1 < len(toks) && n < 3 && toks[end].Text == "-" && glued(toks, end) && glued(toks, end+1) {
		w := toks[end+1].Text
		if len(w) > 4 || hyphenSuffixes[w] || chainWords[w] || strings.ToLower(w) != w || !lettersOnly(w) {
			break
		}
		end += 2
		n++
	}
	if n < 2 || end < len(toks) && glued(toks, end) && (toks[end].Text == "-" || lettersOnly(toks[end].Text)) {
		return i
	}
	return end
}

// chainWords are English words that hyphens join into compounds after a
// name: "in-law", "up-to-date", "one-on-one".
var chainWords = map[string]bool{
	"in": true, "of": true, "the": true, "to": true, "be": true, "a": true, "on": true, "at": true,
	"and": true, "or": true, "by": true, "for": true, "law": true, "date": true, "all": true, "so": true,
}

// syllableAfter reports whether toks[i:] open with a glued hyphen and a
// short lower-case word glued to it that ends the name before it, as the
// second syllable of a Korean given name does ("Jong-un", "Ki-moon",
// "Geun-hye"), and is no English word made with a hyphen ("Smith-led",
// "Blair-style", "mother-in-law").
func syllableAfter(toks []nlp.Token, i int) bool {
	if i+1 >= len(toks) || i == 0 || toks[i].Text != "-" || toks[i].Start != toks[i-1].End || toks[i+1].Start != toks[i].End || toks[i].Start < 0 {
		return false
	}
	w := toks[i+1].Text
	if len(w) < 2 || len(w) > 6 || len(w) >= 5 && !romanSyllable(w) || strings.HasSuffix(w, "ed") || hyphenSuffixes[w] {
		return false // (of five letters or six only one syllable: "Lee Jae-myung", "Chen Chieh-hsien")
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return i+2 >= len(toks) || toks[i+2].Text != "-" || toks[i+2].Start != toks[i+1].End
}

// romanSyllable reports whether w, in lower case, is one syllable as
// Chinese and Korean names are romanised: an initial of up to two
// consonants ("hs", "ch", "m"), a glide, one to three vowels and a final
// "n", "ng", "m", "h", "k" or "l" ("hsien", "myung", "chiung", "hsuan",
// "hyeok", "cheol").
func romanSyllable(w string) bool {
	i := 0
	for i < len(w) && i < 2 && !strings.ContainsRune("aeiouwy", rune(w[i])) {
		i++
	}
	if i < len(w) && (w[i] == 'w' || w[i] == 'y') {
		i++
	}
	v := i
	for i < len(w) && i-v < 3 && strings.ContainsRune("aeiou", rune(w[i])) {
		i++
	}
	if i == v {
		return false
	}
	switch w[i:] {
	case "", "n", "ng", "m", "h", "k", "l":
		return true
	}
	return false
}

// acronymCountryOrgs makes one organisation's name of a body's acronym
// and the untagged name of a country or region right after it, as
// national branches are named: "figures published by NHS England", "BBC
// Scotland reported". The acronym is no place's ("US", "UK") and the two
// stand apart from other capitalised words.
func (r *resolver) acronymCountryOrgs() {
	if r.gaz == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			a, c := toks[i].Text, toks[i+1].Text
			if at[i+1] != 0 || !acronymWord(a) || !lettersOnly(a) || len(a) > 5 || !capitalisedWord(c) || isAllCaps(c) ||
				!r.hasSubtype(c, gazetteer.SubCountry, gazetteer.SubRegion) || r.isPlace(a) ||
				i+2 < len(toks) && capitalisedWord(toks[i+2].Text) || capitalisedBefore(toks, i) {
				continue
			}
			switch k := at[i]; {
			case k == 0:
				r.addName(si, i, i+2, "ORG")
			case r.d.Mentions[k-1].Start == i && r.d.Mentions[k-1].End == i+1 && r.d.Mentions[k-1].Type == "ORG":
				r.widen(int(k-1), i, i+2)
			default:
				continue
			}
			i++
		}
	})
}

// featureOfHeads open the names of natural features before "of" and a
// name: "the Cape of Good Hope", "the Isle of Dogs", and of ports: "the
// Port of Baltimore".
var featureOfHeads = map[string]bool{
	"Cape": true, "Isle": true, "Isles": true, "Bay": true, "Gulf": true, "Sea": true, "Strait": true,
	"Straits": true, "Lake": true, "Mount": true, "Islands": true, "Bight": true, "Port": true,
}

// featureOfNames adds as places the untagged names of natural features a
// head of featureOfHeads, "of" and one to three capitalised words make,
// which the tagger may read as common words ("around the Cape of Good
// Hope", "Hope" a verb), inside a sentence not in title case, apart from
// other capitalised words. A port's name takes in the place the
// recogniser tagged after "of" ("the Port of [Baltimore]"; a body's head
// after it has made that a body's name already: "[Rotterdam Authority]").
func (r *resolver) featureOfNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		titled := titleCasedOnce(toks)
		for i := 1; i+2 < len(toks); i++ {
			if at[i] != 0 || !featureOfHeads[toks[i].Text] || toks[i+1].Text != "of" || capitalisedBefore(toks, i) {
				continue
			}
			if k := at[i+2]; toks[i].Text == "Port" && k != 0 {
				m := &r.d.Mentions[k-1]
				if m.Start == i+2 && m.Type == "LOC" && m.Kind == KindName && m.End-m.Start <= 3 && !titled() {
					r.widen(int(k-1), i, m.End)
					i = m.End - 1
				}
				continue
			}
			end := i + 2
			for end < len(toks) && end-i-2 < 3 && at[end] == 0 && capitalisedWord(toks[end].Text) && !isAllCaps(toks[end].Text) {
				end++
			}
			if end == i+2 || end < len(toks) && capitalisedWord(toks[end].Text) || titled() {
				continue
			}
			r.addName(si, i, end, "LOC")
			i = end - 1
		}
	})
}

// oceanNames are the oceans news names by one word after "the": "across
// the Pacific", "a rail route to the Atlantic".
var oceanNames = map[string]bool{"Pacific": true, "Atlantic": true}

// oceans adds as places the untagged oceans written "the Pacific" or
// "the Atlantic" (a lower-case "the": "The Atlantic" is a magazine) before
// no capitalised word ("the Pacific Rim", "the Atlantic Council"), and
// not after one ("Security Pacific", "Union Pacific", companies whose
// short forms news writes alone).
func (r *resolver) oceans() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 1; i < len(toks); i++ {
			if at[i] != 0 || !oceanNames[toks[i].Text] || toks[i-1].Text != "the" ||
				i+1 < len(toks) && (capitalisedWord(toks[i+1].Text) || toks[i+1].Text == "'s" || toks[i+1].Text == "-") {
				continue
			}
			r.addName(si, i, i+1, "LOC")
		}
	})
}

// seatOpeners and seatHeads make the names of the buildings that house a
// government, written with common words: "State House", "Parliament
// Buildings", "Government Palace".
var (
	seatOpeners = map[string]bool{"State": true, "Parliament": true, "Government": true, "Presidential": true, "Legislative": true}
	seatHeads   = map[string]bool{"House": true, "Palace": true, "Buildings": true, "Building": true, "Capitol": true, "Lodge": true, "Mansion": true}
)

// seatNames adds as places the untagged two-word names of the buildings
// a government sits in ("the inauguration at State House", "outside
// Parliament Buildings"), inside a sentence not in title case, apart from
// other capitalised words ("State House Speaker Ron Mariano" is a
// title's).
func (r *resolver) seatNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		titled := titleCasedOnce(toks)
		for i := 1; i+1 < len(toks); i++ {
			if at[i] != 0 || at[i+1] != 0 || !seatOpeners[toks[i].Text] || !seatHeads[toks[i+1].Text] || capitalisedBefore(toks, i) ||
				i+2 < len(toks) && capitalisedWord(toks[i+2].Text) || titled() {
				continue
			}
			r.addName(si, i, i+2, "LOC")
			i++
		}
	})
}

// sharedHeadWords are the plural heads a list of places shares ("Lane,
// Marion and Clackamas counties"), with the singular each place's name
// ends in ("Lane County"), or "" where the name alone names the place
// ("Helmand and Kandahar provinces").
var sharedHeadWords = map[string]string{
	"counties": "County", "rivers": "River", "streets": "Street", "avenues": "Avenue", "roads": "Road",
	"creeks": "Creek", "provinces": "", "states": "", "districts": "", "regions": "", "islands": "",
	"towns": "", "villages": "", "cities": "", "neighbourhoods": "", "neighborhoods": "", "suburbs": "",
}

// sharedHeads makes places of the names listed before a plural head they
// share: "from Lane, Marion and Clackamas counties" (Lane County, Marion
// County, Clackamas County), "along the Nolichucky and Pigeon rivers",
// "in Helmand and Kandahar provinces". A list is two names or more, of
// one to three capitalised words each, parted by commas and one "and" or
// "or", the last; a name the recogniser tagged must be one of them, whole.
func (r *resolver) sharedHeads() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for h := 3; h < len(toks); h++ {
			suffix, ok := sharedHeadWords[toks[h].Text]
			if !ok {
				continue
			}
			type item struct{ start, end int }
			var items []item
			ands, k := 0, h-1
			for {
				end := k + 1
				for k >= 0 && end-k <= 3 && capitalisedWord(toks[k].Text) && !isAllCaps(toks[k].Text) {
					k--
				}
				start := k + 1
				if start == end || start == 0 {
					break
				}
				if m := at[start]; m != 0 && r.d.Mentions[m-1].Start < start || at[end-1] != 0 && r.d.Mentions[at[end-1]-1].End > end {
					items = nil // a longer name ("the Kansas City and Topeka streets")
					break
				}
				if end-start == 1 && (toks[start].UPOS == "ADJ" || r.isDemonym(toks[start].Text) || allCompass(toks[start:end])) {
					items = nil // "the Southern and Midwestern states", "in Antarctic and Southern Ocean regions"
					break
				}
				items = append(items, item{start, end})
				switch toks[k].Text {
				case "and", "or":
					if ands++; ands > 1 || len(items) > 1 {
						// one conjunction, the last separator (the walk
						// goes leftwards from the head)
						items = nil
					}
				case ",":
				default:
					k = -1
				}
				if items == nil || k < 0 {
					break
				}
				k--
			}
			if len(items) < 2 || ands != 1 {
				continue
			}
			for _, it := range items {
				text := spanText(toks, it.start, it.end)
				if suffix != "" {
					text += " " + suffix
				}
				mi := -1
				if m := at[it.start]; m != 0 {
					mi = int(m - 1)
					if mm := &r.d.Mentions[mi]; mm.Start != it.start || mm.End != it.end {
						continue
					}
				} else {
					mi = r.addName(si, it.start, it.end, "LOC")
				}
				m := &r.d.Mentions[mi]
				m.Type, m.Text = "LOC", text
			}
		}
	})
}

// roadWords name roads by their number after them: "Interstate 17",
// "Loop 303", "Highway 401", "Route 66".
var roadWords = map[string]bool{
	"Interstate": true, "Highway": true, "Route": true, "Loop": true, "Motorway": true, "Freeway": true, "Expressway": true,
}

// roadPrefixes say whose a numbered road is before its road word: "U.S.
// Highway 20", "State Route 161", "National Route 249".
var roadPrefixes = map[string]bool{
	"U.S.": true, "US": true, "State": true, "National": true, "County": true, "Provincial": true, "Federal": true,
}

// numberedRoads adds as places the roads named by a road word and a
// number the recogniser left untagged: "north of Loop 303 and
// Interstate 17". The number is one to four digits, with a letter after
// them or none ("U.S. Highway 49W"), and no noun, name or number follows
// it ("a Route 66 diner"). An untagged prefix of roadPrefixes is the
// road's name's ("State Highway 16"), and so is one the recogniser tagged
// with the road word alone: "[National Route]ORG 249".
func (r *resolver) numberedRoads() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			if at[i+1] != 0 || !roadWords[toks[i].Text] {
				continue
			}
			n := toks[i+1].Text
			if k := len(n) - 1; k > 0 && n[k] >= 'A' && n[k] <= 'Z' {
				n = n[:k] // "49W", "1A"
			}
			if len(n) > 4 || !allDigits(n) || i+2 < len(toks) && (toks[i+2].UPOS == "NOUN" || toks[i+2].UPOS == "PROPN" || toks[i+2].UPOS == "NUM") {
				continue // "Route 66 diner", "Highway 1 2 3"
			}
			prefixed := i > 0 && roadPrefixes[toks[i-1].Text]
			if at[i] != 0 {
				// "[National Route]ORG 249"
				if m := at[i] - 1; prefixed && r.d.Mentions[m].Kind == KindName && r.d.Mentions[m].Start == i-1 && r.d.Mentions[m].End == i+1 {
					r.widen(int(m), i-1, i+2)
					r.d.Mentions[m].Type = "LOC"
				}
				continue
			}
			start := i
			if prefixed && at[i-1] == 0 {
				start = i - 1
			}
			r.addName(si, start, i+2, "LOC")
			i++
		}
	})
}

// streetWords end the names of streets numbered by an ordinal before
// them: "60th Street", "5th Avenue".
var streetWords = map[string]bool{
	"Street": true, "St.": true, "Avenue": true, "Ave.": true, "Road": true, "Boulevard": true, "Drive": true,
}

// ordinalStreets adds as places the streets named by an ordinal number
// and a street word the recogniser left untagged or tagged alone:
// "traffic on 60th Street", "at 42nd Street". A name or noun after an
// untagged one makes it part of another name ("the 42nd Street station"
// is the station's).
func (r *resolver) ordinalStreets() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			if at[i] != 0 || !streetWords[toks[i+1].Text] || !ordinalNumber(toks[i].Text) {
				continue
			}
			switch m := at[i+1] - 1; {
			case m >= 0 && r.d.Mentions[m].Kind == KindName && r.d.Mentions[m].Start == i+1 && r.d.Mentions[m].End == i+2:
				// "60th [Street]LOC", "the 19th [Street]LOC protest"
				r.widen(int(m), i, i+2)
				r.d.Mentions[m].Type = "LOC"
			case m < 0 && (i+2 == len(toks) || toks[i+2].UPOS != "NOUN" && toks[i+2].UPOS != "PROPN"):
				r.addName(si, i, i+2, "LOC")
			}
			i++
		}
	})
}

// ordinalNumber reports whether w is an ordinal in digits: "1st", "42nd",
// "60th".
func ordinalNumber(w string) bool {
	n := len(w) - 2
	if n < 1 || !allDigits(w[:n]) {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// citySides adds as places the parts of a city named by a compass word
// and "Side" the recogniser left untagged: "the South Side", "the Upper
// East Side". A name or noun after them makes them part of another name
// ("West Side Story").
func (r *resolver) citySides() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 1; i < len(toks); i++ {
			if toks[i].Text != "Side" || at[i] != 0 || !compassWords[toks[i-1].Text] ||
				i+1 < len(toks) && (toks[i+1].UPOS == "NOUN" || toks[i+1].UPOS == "PROPN") {
				continue
			}
			if m := at[i-1] - 1; m >= 0 {
				// "the [Upper East]LOC Side"
				if mm := &r.d.Mentions[m]; mm.Kind == KindName && mm.Type == "LOC" && mm.End == i {
					r.widen(int(m), mm.Start, i+1)
				}
				continue
			}
			start := i - 1
			if start > 0 && at[start-1] == 0 && (toks[start-1].Text == "Upper" || toks[start-1].Text == "Lower") {
				start--
			}
			r.addName(si, start, i+1, "LOC")
		}
	})
}

// allDigits reports whether w is one or more ASCII digits.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// syllableNames adds as persons the untagged names written as East Asian
// given names are, a surname and a given name of two syllables joined by
// a hyphen, the second in lower case: "succeeding Tsai Ing-wen", "Ko
// Wen-je". The surname and the first syllable are short capitalised
// words (two to five letters), no title or place, after no capitalised
// word but a title, and no common word unless after a title ("Speaker
// Woo Won-shik"); the second syllable is syllableAfter's.
func (r *resolver) syllableNames() {
	if r.lex == nil {
		return
	}
	// (a common word too after a title: "Speaker Woo Won-shik", both
	// words English ones; not "the New Year-end rush")
	short := func(t *nlp.Token, common bool) bool {
		n := utf8.RuneCountInString(t.Text)
		return n >= 2 && n <= 5 && capitalisedWord(t.Text) && !isAllCaps(t.Text) && lettersOnly(t.Text) &&
			(common || !r.commonWord(t.Text)) && !isTitleWord(t.Text) && !r.isPlace(t.Text)
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+3 < len(toks); i++ {
			titled := i > 0 && isTitleWord(toks[i-1].Text)
			if at[i] != 0 || at[i+1] != 0 || at[i+2] != 0 || at[i+3] != 0 || !syllableAfter(toks, i+2) ||
				!short(&toks[i], titled) || !short(&toks[i+1], titled) || capitalisedBefore(toks, i) && !titled {
				continue
			}
			r.addName(si, i, i+4, "PERSON")
			i += 3
		}
	})
}

// hyphenSuffixes are short words English glues to a name with a hyphen.
var hyphenSuffixes = map[string]bool{
	"led": true, "run": true, "born": true, "bred": true, "made": true, "like": true, "type": true,
	"era": true, "year": true, "old": true, "free": true, "wise": true, "less": true, "ish": true,
	"time": true, "day": true, "off": true, "up": true, "out": true, "ite": true, "ites": true,
	"ism": true, "isms": true, "ist": true, "ists": true, "esque": true, "rich": true, "poor": true, "only": true,
	"held": true, "won": true, "lost": true, "bill": true, "law": true, "plan": true, "deal": true,
}

// andBefore returns the start of the capitalised words and "and" before
// the organisation span sp, which ends in an organisation's head, when
// they belong to no other name ("Securities and Exchange Commission",
// "Food and Drug Administration", "Valley Federal Savings and Loan
// Association"), or sp.Start; out holds the spans kept before sp.
func (r *resolver) andBefore(toks []nlp.Token, sp nlp.Span, out []nlp.Span) int {
	a := sp.Start - 2
	if a < 0 || toks[sp.Start-1].Text != "and" || !capitalisedWord(toks[a].Text) || !orgHeads[strings.ToLower(toks[sp.End-1].Text)] {
		return sp.Start
	}
	prev := 0 // the end of the name kept before sp
	if n := len(out); n > 0 {
		prev = out[n-1].End
	}
	// runs of up to three capitalised words, up to three of them
	// joined by commas: "New York Coffee, Sugar and Cocoa Exchange"
	for runs, k := 0, a; runs < 3; runs++ {
		for end := k; k > end-3 && k >= 0 && capitalisedWord(toks[k].Text); k-- {
			if w := toks[k].Text; isAllCaps(w) || strings.ToLower(w[1:]) != w[1:] {
				return sp.Start // a name of its own: "FECOM and [Stabilisation Fund]"
			}
			if prev == k+1 && (runs > 0 || k < a) && TypeOf(out[len(out)-1].Type) == "LOC" && out[len(out)-1].End-out[len(out)-1].Start <= 2 {
				// a place opens the name: "[Kenya] Medical Practitioners,
				// Pharmacists and [Dentists Union]", "[Queensland] Sport
				// and [Athletics Centre]" (not right before "and":
				// "[Britain] and [European Commission]")
				return out[len(out)-1].Start
			}
			if prev > k || orgHeads[strings.ToLower(toks[k].Text)] || isEventHead(toks[k].Text) {
				return sp.Start // "Britain and [European Commission]", "Finance Ministry and [Central Bank]", "Heineken Cup and [Celtic League]"
			}
			if k > 1 && toks[k-1].Text == "," && capitalisedWord(toks[k-2].Text) && prev < k-1 {
				k -= 2 // the run before the comma
				break
			}
			if k == 0 || !capitalisedWord(toks[k-1].Text) || toks[k-1].UPOS == "DET" {
				return k
			}
		}
	}
	return sp.Start
}

// andHalves reports whether organisation spans a and b, "and" between
// them, are the halves of one name: b is a common word and an
// organisation's head, a ends in no head or class noun of its own
// ("[Valley Federal Savings] and [Loan Association]", "[House Ways] and
// [Means Committee]"; not "[Apple] and [Microsoft Corp]", "[Ford Motor Co]
// and [Trade Commission]", "[Black Rebel Motorcycle Club] and [Bloc
// Party]"), and b opens with no adjective ("[First Bank Minneapolis] and
// [First Bank] Saint Paul").
func (r *resolver) andHalves(toks []nlp.Token, a, b nlp.Span) bool {
	if a.Type != "ORG" || a.End != b.Start-1 || toks[a.End].Text != "and" || b.End-b.Start != 2 ||
		!orgHeads[strings.ToLower(toks[b.End-1].Text)] || !r.commonWord(toks[b.Start].Text) || toks[b.Start].UPOS == "ADJ" {
		return false
	}
	last := toks[a.End-1].Text
	return !unitHead(last) && !isLegalForm(last) && !isAllCaps(last) && classNouns[strings.ToLower(last)] == "" &&
		!r.known(spanText(toks, a.Start, a.End))
}

// splitPost takes a party's or club's post out of the person span
// [start, end) of sentence si ("Tory MP Patrick Mercer", "Tory
// frontbencher Andrew Tyrie MP"): the person is the name after it, and the
// capitalised words before it, added as a mention of their own, name the
// party or club. It returns the person's span, and false when the span is
// a post and no name ("the Labour MP for Birkenhead").
func (r *resolver) splitPost(si, start, end int) (int, int, bool) {
	toks := r.doc[si].Tokens
	for end-1 > start && isPost(toks[end-1].Text) {
		end--
	}
	if end-start == 1 && isPost(toks[start].Text) {
		return start, end, false
	}
	k := end - 2
	for k >= start && !isPost(toks[k].Text) {
		k--
	}
	if k < start || !capitalisedWord(toks[k+1].Text) {
		return start, end, true
	}
	if k > start && allCapitalised(toks[start:k]) {
		typ := "ORG"
		if r.isPlace(spanText(toks, start, k)) {
			typ = "LOC"
		}
		r.addName(si, start, k, typ)
	}
	return k + 1, end, true
}

// RetagNames makes PROPN the capitalised words inside a recognised name
// that the tagger read as verbs, adverbs or common nouns ("Speaking to
// Sputnik" with Sputnik a verb, a sentence-initial "Netanyahu" a noun)
// or, written in capitals, as pronouns ("The WHO chief", where "who" made
// a relative clause), and reports whether it changed any, so that the caller can parse the
// sentence again with the better tags. The recogniser sees the whole
// document, so its spans are the better evidence. Adjectives stay
// adjectives ("Libyan" in "Libyan National Army" is an adjective in UD
// too), but inside a name of several words they take the Penn tag of a
// name part, NNP, as in the treebanks; plural nouns become NNPS.
func RetagNames(s *nlp.Sentence) bool {
	changed := false
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Entity == "" || t.Entity == "O" || !capitalisedWord(t.Text) {
			continue
		}
		switch t.UPOS {
		case "VERB", "AUX", "ADV", "NOUN", "PRON":
			if t.UPOS == "PRON" && !isAllCaps(t.Text) {
				continue // ("He Kang": tag.RetagNameWords decides)
			}
			if i == 0 && t.UPOS != "NOUN" && t.UPOS != "PRON" {
				continue
			}
			xpos := "NNP"
			if t.XPOS == "NNS" {
				xpos = "NNPS"
			}
			t.UPOS, t.XPOS, t.Lemma = "PROPN", xpos, t.Text
			changed = true
		case "ADJ":
			multi := strings.HasPrefix(t.Entity, "I-") || i+1 < len(s.Tokens) && strings.HasPrefix(s.Tokens[i+1].Entity, "I-")
			if multi && t.XPOS == "JJ" {
				t.XPOS = "NNP"
				changed = true
			}
		}
	}
	return changed
}

// gazetteerOrg reports whether the gazetteer lists name, as written, as
// an organisation's name or acronym.
func (r *resolver) gazetteerOrg(name string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(name) {
		if isOrgEntry(e) {
			return true
		}
	}
	return false
}

// groupHeads are lower-case nouns that complete a group's name when they
// follow it directly; a cartel's is its place's ("the Medellín cartel",
// "the Sinaloa cartel").
var groupHeads = map[string]bool{"movement": true, "militia": true, "rebels": true, "cartel": true}

// combiningForms are the first parts of compound adjectives of peoples
// ("Russo-Libyan", "Sino-Japanese", "Anglo-Irish", "Austro-Hungarian").
var combiningForms = map[string]bool{
	"afro": true, "anglo": true, "austro": true, "euro": true, "franco": true, "gallo": true, "germano": true,
	"graeco": true, "greco": true, "hispano": true, "indo": true, "italo": true, "judeo": true, "luso": true,
	"nippo": true, "russo": true, "serbo": true, "sino": true, "slavo": true, "turco": true,
}

// demonymCompound reports whether the span [start, end) is a compound
// adjective of peoples before a noun: combining forms or demonyms glued by
// hyphens, ending in a demonym that modifies a word ("the Russo-Libyan
// collaboration", "a Franco-German candidate"), no name; not a name of
// that form ("Jeddah-based Saudi-French ... agreed", a bank).
func (r *resolver) demonymCompound(toks []nlp.Token, start, end int) bool {
	if end-start < 3 || (end-start)%2 == 0 || toks[end-1].Deprel != "amod" && toks[end-1].Deprel != "compound" || !r.isDemonym(toks[end-1].Text) {
		return false
	}
	for k := start; k < end-1; k += 2 {
		if !isHyphen(toks[k+1].Text) || !glued(toks, k+1) || !glued(toks, k+2) ||
			!combiningForms[strings.ToLower(toks[k].Text)] && !r.isDemonym(toks[k].Text) {
			return false
		}
	}
	return true
}

// hyphenParticles are the lower-case particles that open a hyphenated
// surname: al-Qaeda, el-Sisi, bin-Laden.
var hyphenParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "an": true, "as": true, "ash": true, "at": true, "az": true,
	"abu": true, "ibn": true, "bin": true, "ben": true,
}

// izafat are the linking particles of Persian, Urdu and Arabic names
// written between hyphens: "Tehreek-i-Insaf", "Jamaat-e-Islami",
// "Hizb-ut-Tahrir", "Jamiat Ulema-e-Islam".
var izafat = map[string]bool{"i": true, "e": true, "ul": true, "ut": true, "ud": true, "ur": true, "us": true, "uz": true}

// wholeWords widens a name span [start, end) that stops inside a
// hyphenated word, as recognisers do at the hyphens of "Abdel Fattah
// el-Sisi": forward over "-Capitalised" pieces written without spaces
// and over a linking particle and its name ("-i-Insaf"), and
// back over a name particle ("al-" of "al-Mismari"). "Yemen-based" stays
// "Yemen": lower-case pieces after a hyphen are not part of a name; nor is
// a piece the recogniser tagged as another name ("Paris-London").
func wholeWords(toks []nlp.Token, start, end int) (int, int) {
	for end+1 < len(toks) && toks[end].Text == "-" && glued(toks, end) && glued(toks, end+1) {
		if capitalisedWord(toks[end+1].Text) && !strings.HasPrefix(toks[end+1].Entity, "B-") { // "Paris-London": two names
			end += 2
			continue
		}
		if end+3 < len(toks) && izafat[toks[end+1].Text] && toks[end+2].Text == "-" && glued(toks, end+2) && glued(toks, end+3) &&
			capitalisedWord(toks[end+3].Text) {
			end += 4 // "Pakistan Tehreek-i-Insaf", "Aiwan-i-Sadr", "Hizb-ut-Tahrir"
			continue
		}
		break
	}
	if end < len(toks) && end-1 >= start && toks[end-1].Text == "-" {
		return start, end
	}
	for start >= 2 && toks[start-1].Text == "-" && glued(toks, start) && glued(toks, start-1) && hyphenParticles[toks[start-2].Text] {
		start -= 2
	}
	return start, end
}

// hyphenGivenName returns the end of a name span [start, end) of one or
// two words widened over the hyphenated given name the recogniser left
// out or typed as no person's, or end: a capitalised piece of two to five
// letters glued to a second syllable (syllableAfter) that the lexicon
// knows as no frequent word ("[Lai] Ching-te" with "Ching" untagged, "[Ko
// Wen]-je" typed as a place, "[Tsai Ing]-wen" as an organisation; not
// "New York-area"). Persons' spans ending in the capitalised piece are
// widened by joinSpans (syllableAfter). Needs the lexicon.
func (r *resolver) hyphenGivenName(toks []nlp.Token, start, end int) int {
	if r.lex == nil || end-start > 2 {
		return end
	}
	p := end - 1 // the capitalised piece: the span's last word, or an untagged word after it
	if end-start == 1 && end+1 < len(toks) && toks[end+1].Start == toks[end].End && (toks[end].Entity == "O" || toks[end].Entity == "") {
		p = end
	}
	if p == end-1 && end-start != 2 {
		return end
	}
	first := toks[p].Text
	if n := utf8.RuneCountInString(first); !capitalisedWord(first) || isAllCaps(first) || n < 2 || n > 5 ||
		!syllableAfter(toks, p+1) || r.lex.FrequentWord(toks[p+2].Text) {
		return end
	}
	return p + 3
}

// hyphenGivenBefore reports whether the three tokens before a person's
// span, start, are a given name of two romanised syllables joined by a
// hyphen, the second in lower case, as Cantonese and Korean names are
// written before the surname: "Man-kei [Tam]", "Chi-hoon [Park]" (not
// "Post-war [Britain]": the second piece is a word).
func (r *resolver) hyphenGivenBefore(toks []nlp.Token, start int) bool {
	if r.lex == nil || start < 3 || !syllableAfter(toks, start-2) || r.lex.FrequentWord(toks[start-1].Text) || glued(toks, start) {
		return false
	}
	first := toks[start-3].Text
	n := utf8.RuneCountInString(first)
	return capitalisedWord(first) && !isAllCaps(first) && n >= 2 && n <= 5
}

// flatNamePieces widens a person's span [start, end) over the untagged
// capitalised proper nouns next to it that the parse makes parts of the
// same name (flat): the recogniser left out two given names in
// "[Bassirou Diomaye] Faye" and a syllable in "Yoon Suk [Yeol]". A piece
// is a word of letters, no title, common word, month, day, place's name
// or demonym, and no owner ("ITV1's"). Pieces before the span follow a
// common noun in lower case ("candidate [Bassirou Diomaye] Faye") or
// open the name with a given name after a title or a word that is no
// capitalised one (not "New Yorker [Dick Morris]", "Welshman [Jimmy
// Watkins]"); pieces after it follow a name that opens with a given name
// or is made of syllables ("Yoon Suk [Yeol]"), and are no plural and no
// organisation's head (not "Parmalat Finanziaria", "Gynex Labs").
func (r *resolver) flatNamePieces(toks []nlp.Token, start, end int) (int, int) {
	if r.lex == nil {
		return start, end
	}
	piece := func(i int) bool {
		t := &toks[i]
		if i+1 < len(toks) && isPossessive(toks[i+1].Text) || !nameLetters(t.Text) {
			return false
		}
		return (t.Entity == "O" || t.Entity == "") && t.UPOS == "PROPN" && capitalisedWord(t.Text) && !isAllCaps(t.Text) &&
			!isTitleWord(t.Text) && !honorifics[strings.ToLower(t.Text)] && !r.commonWord(t.Text) && !nlp.IsMonth(t.Text) &&
			!calendarWords[strings.ToLower(t.Text)] && !r.isPlace(t.Text) && !r.isDemonym(t.Text)
	}
	// joined reports whether token i is flat under a token of [a, b), one
	// of them is flat under it, or both are flat under the same word
	joined := func(i, a, b int) bool {
		if h := toks[i].Head - 1; toks[i].Deprel == "flat" && h >= a && h < b {
			return true
		}
		for k := a; k < b; k++ {
			if toks[k].Deprel == "flat" && (toks[k].Head-1 == i || toks[i].Deprel == "flat" && toks[k].Head == toks[i].Head) {
				return true
			}
		}
		return false
	}
	common := true
	for k := start; k < end && common; k++ {
		common = !capitalisedWord(toks[k].Text) || r.commonWord(toks[k].Text)
	}
	if common {
		return start, end // "Barrick [Gold]": a name of common words is no person's to widen
	}
	s := start
	for s > 0 && piece(s-1) && joined(s-1, s, end) {
		s--
	}
	if s < start && s > 0 {
		prev := &toks[s-1]
		lowerNoun := prev.UPOS == "NOUN" && !capitalisedWord(prev.Text)
		// (or, one piece, after a preposition in lower case, before a
		// given name that opens the span: "the fall of Pushpa [Kamal
		// Dahal]"; not a people's noun, "for Welshman [Jimmy Watkins]")
		afterPrep := start-s == 1 && prev.UPOS == "ADP" && !capitalisedWord(prev.Text) && r.isGivenName(toks[start].Text) &&
			!peopleNounEnding(toks[s].Text)
		if lowerNoun || afterPrep || r.isGivenName(toks[s].Text) && (!capitalisedWord(prev.Text) || isTitleWord(prev.Text)) {
			start = s
		}
	}
	if s == 0 && start == 1 && toks[1].Deprel == "flat" && toks[1].Head == 1 && end < len(toks) && toks[end].Text == "," {
		// "Romdhane [Ben Amor], spokesman for": the sentence's first word,
		// which heads the name in the tree, before an apposition
		start = 0
	}
	if !r.isGivenName(toks[start].Text) && !syllableName(toks[start:end]) {
		return start, end
	}
	for end < len(toks) && piece(end) && joined(end, start, end) && toks[end].XPOS != "NNPS" &&
		!unitHead(toks[end].Text) && !isLegalForm(toks[end].Text) && !companyNouns[strings.ToLower(toks[end].Text)] {
		end++
	}
	return start, end
}

// peopleNounEnding reports whether w ends as nouns for a people or a
// follower do, which stand before names as titles do ("Welshman Jimmy
// Watkins", "Blairite Alan Milburn").
func peopleNounEnding(w string) bool {
	for _, e := range []string{"man", "men", "woman", "ite", "ist", "ian", "ese"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// syllableName reports whether toks, two words or more, are all short
// capitalised words, as East Asian names are written ("Yoon Suk", "Lai
// Ching").
func syllableName(toks []nlp.Token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if n := utf8.RuneCountInString(t.Text); n > 5 || !capitalisedWord(t.Text) {
			return false
		}
	}
	return true
}

// namePiecesBefore widens the start of a name span [start, end) back over
// the capitalised pieces glued to it by hyphens that begin the name:
// "Rolls-[Royce]", "Allis-[Chalmers]". A piece is none when the
// recogniser tagged it, or it is short, all capitals ("R-Kan"), a common
// word ("Near-Earth", "Sci-Fi"), a place's name or a demonym
// ("Neath-Swansea", "German-US"), or a combining form ("Anglo-").
func (r *resolver) namePiecesBefore(toks []nlp.Token, start int) int {
	for start >= 2 && toks[start-1].Text == "-" && glued(toks, start) && glued(toks, start-1) {
		t := toks[start-2]
		lw := strings.ToLower(t.Text)
		if !capitalisedWord(t.Text) || isAllCaps(t.Text) || utf8.RuneCountInString(t.Text) < 3 || t.Entity != "O" && t.Entity != "" ||
			r.lex == nil || r.commonWord(t.Text) || r.isPlace(t.Text) || r.isDemonym(t.Text) || strings.HasSuffix(lw, "o") && len(lw) <= 6 {
			break
		}
		start -= 2
	}
	return start
}

// widen grows mention mi to [start, end), which contains its span, and
// marks the added tokens as its own.
func (r *resolver) widen(mi, start, end int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	for t := start; t < end; t++ {
		if t < m.Start || t >= m.End {
			at[t] = int32(mi + 1)
		}
	}
	m.Start, m.End = start, end
	m.Text = spanText(toks, start, end)
	m.Head = spanHead(toks, start, end)
}

// kindDropped marks a mention another name took in (drop): it joins no
// entity, and the passes that read names skip it as they skip every kind
// but KindName.
const kindDropped Kind = 255

// drop removes mention mi: its tokens point to no mention any more.
func (r *resolver) drop(mi int) {
	m := &r.d.Mentions[mi]
	at := r.d.at[m.Sentence]
	for t := m.Start; t < m.End; t++ {
		if at[t] == int32(mi+1) {
			at[t] = 0
		}
	}
	m.Kind, m.Text, m.Type = kindDropped, "", ""
}

// narrow cuts mention mi to the tokens [start, end) inside it.
func (r *resolver) narrow(mi, start, end int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	for t := m.Start; t < m.End; t++ {
		if (t < start || t >= end) && at[t] == int32(mi+1) {
			at[t] = 0
		}
	}
	m.Start, m.End = start, end
	m.Text = spanText(toks, start, end)
	m.Head = spanHead(toks, start, end)
}

// addName adds a name mention of type typ over the tokens [start, end) of
// sentence si and returns its index.
func (r *resolver) addName(si, start, end int, typ string) int {
	toks := r.doc[si].Tokens
	return r.add(Mention{Sentence: si, Start: start, End: end, Head: spanHead(toks, start, end), Text: spanText(toks, start, end), Type: typ, Kind: KindName, Entity: -1})
}

func (r *resolver) add(m Mention) int {
	r.d.Mentions = append(r.d.Mentions, m)
	id := len(r.d.Mentions)
	for t := m.Start; t < m.End; t++ {
		if r.d.at[m.Sentence][t] == 0 {
			r.d.at[m.Sentence][t] = int32(id)
		}
	}
	return id - 1
}

// trimEnds cuts the punctuation off the ends of the recogniser's spans
// before they are joined ("[Lambert Inc .]" ends in its legal form),
// and drops the spans that were nothing else.
func trimEnds(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	out := spans[:0]
	for _, sp := range spans {
		for sp.End > sp.Start && isPunct(toks[sp.End-1].Text) && toks[sp.End-1].Text != ")" {
			sp.End--
		}
		if sp.End > sp.Start {
			out = append(out, sp)
		}
	}
	return out
}

// nicknameSpans makes one person's span of a given name, a nickname in
// double quotes and a surname, which the recogniser cuts at the quotes:
// `Nemat "Minouche" Shafik`, `Joaquín "El Chapo" Guzmán`. The given name
// and the surname are capitalised proper nouns next to the quotes, one of
// the three parts at least is tagged as a person's, and none as anything
// else; the given name is tagged or one the gazetteer knows; the nickname
// is one to three capitalised words.
func (r *resolver) nicknameSpans(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	spanAt := func(i int) int {
		for k, sp := range spans {
			if sp.Start <= i && i < sp.End {
				return k
			}
		}
		return -1
	}
	for i := 1; i+4 < len(toks); i++ {
		if !isDoubleQuote(toks[i].Text) || toks[i].End != toks[i+1].Start || toks[i-1].End == toks[i].Start {
			continue // an opening quote: space before, glued to the word after
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 && capitalisedWord(toks[j].Text) {
			j++
		}
		if j == i+1 || j+1 >= len(toks) || j-i > 3 || !isDoubleQuote(toks[j].Text) || toks[j-1].End != toks[j].Start ||
			toks[j].End == toks[j+1].Start {
			continue // a closing quote: glued to the nickname, space after
		}
		given, sur := &toks[i-1], &toks[j+1]
		if given.UPOS != "PROPN" || sur.UPOS != "PROPN" || !capitalisedWord(given.Text) || !capitalisedWord(sur.Text) {
			continue
		}
		start, end, person := i-1, j+2, false
		ok := true
		for _, k := range []int{i - 1, i + 1, j + 1} {
			sk := spanAt(k)
			if sk < 0 {
				continue
			}
			if k == j+1 && spans[sk].Start == k && spans[sk].End <= k+2 && spanAt(i-1) >= 0 && spanAt(i-1) == spanAt(i+1) && person {
				// the recogniser's person ends after the nickname and its
				// surname is typed anything: `[Francesca "Frankie]PER
				// [Warrington]LOC`
				end = max(end, spans[sk].End)
				continue
			}
			if spans[sk].Type != "PER" && spans[sk].Type != "PERSON" {
				ok = false
				break
			}
			person = true
			start, end = min(start, spans[sk].Start), max(end, spans[sk].End)
		}
		if !ok || !person || spanAt(i-1) < 0 && !r.isGivenName(given.Text) {
			continue // (not `Americanised "Jimmy" Bond`)
		}
		out := spans[:0:0]
		added := false
		for _, sp := range spans {
			if sp.End <= start || sp.Start >= end {
				out = append(out, sp)
				continue
			}
			if !added {
				out = append(out, nlp.Span{Start: start, End: end, Type: "PER"})
				added = true
			}
		}
		spans = out
		i = end
	}
	return spans
}

// discourseWords open a sentence and link it to the one before; a writer
// may leave out the comma after them ("Instead Australia's captain ...",
// "Meanwhile Germany's coach ..."). Words that also open names ("Now TV",
// "Still Game", "Once") are not among them.
var discourseWords = map[string]bool{
	"however": true, "meanwhile": true, "instead": true, "nevertheless": true, "nonetheless": true,
	"moreover": true, "furthermore": true, "additionally": true, "consequently": true, "subsequently": true,
	"thus": true, "hence": true, "elsewhere": true, "indeed": true, "while": true, "although": true,
	"though": true, "whereas": true, "because": true, "unless": true, "whether": true, "despite": true,
}

// discourseOpener reports whether toks[k] is a discourse word opening its
// sentence or a quotation.
func discourseOpener(toks []nlp.Token, k int) bool {
	if k > 0 && !isQuote(toks[k-1].Text) {
		return false
	}
	return discourseWords[strings.ToLower(toks[k].Text)]
}

// trimSpan drops determiners, possessive markers, brackets and punctuation
// at the edges of an entity span.
func trimSpan(toks []nlp.Token, start, end int) (int, int) {
	for start < end {
		w := toks[start].Text
		if strings.EqualFold(w, "the") || isPunct(w) {
			start++
			continue
		}
		break
	}
	for end > start {
		w := toks[end-1].Text
		if w == "'s" || w == "’s" || w == "'" || w == "’" || isPunct(w) {
			end--
			continue
		}
		break
	}
	return start, end
}

func isPunct(w string) bool {
	if w == "" {
		return true
	}
	for _, r := range w {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}

// spanHead returns the token of [start, end) whose head lies outside the
// span (the first one if several do), or end-1 for an unparsed sentence.
func spanHead(toks []nlp.Token, start, end int) int {
	for i := start; i < end; i++ {
		h := toks[i].Head - 1
		if toks[i].Head < 0 {
			return end - 1
		}
		if h < start || h >= end {
			return i
		}
	}
	return end - 1
}

// spanText joins the tokens of [start, end) as they were written, removing
// a trailing possessive clitic glued to the last token.
func spanText(toks []nlp.Token, start, end int) string {
	var b strings.Builder
	for i := start; i < end; i++ {
		w := toks[i].Text
		if i == end-1 {
			w = stripPossessive(w)
		}
		b.WriteString(w)
		if i < end-1 && toks[i].SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// nameParticles are name parts ignored when comparing person names.
var nameParticles = map[string]bool{"al": true, "el": true, "al'": true, "bin": true, "ibn": true, "von": true, "van": true, "der": true, "de": true, "da": true, "la": true, "le": true}

// NameKey returns the comparison key of a name: lower-case words with
// their accents folded ("Erdoğan" and "Erdogan" are one), split at spaces
// and hyphens, possessives and the particles al-, el-, bin, von, van, de
// removed. Two names with the same key are the same name.
func NameKey(name string) []string {
	name = stripPossessive(strings.TrimSpace(name))
	f := strings.FieldsFunc(latin.Fold(name), func(r rune) bool {
		return r == ' ' || r == '-' || r == '‐' || r == '–' || r == '.' || r == ',' || r == '\u00a0' ||
			r == '"' || r == '“' || r == '”' // a nickname's quotes: `Nemat "Minouche" Shafik`
	})
	if len(f) == 1 && nameParticles[f[0]] && f[0] != "al" && f[0] != "el" && isAllCaps(name) {
		// an acronym, not a particle: "DA" for the Democratic Alliance,
		// "LA" (but "AL" and "EL" are most often an Arabic article in
		// capitals, or a ticker: "Alcan Aluminium Ltd <AL>")
		return f
	}
	out := f[:0]
	for _, w := range f {
		if nameParticles[w] || w == "the" {
			continue
		}
		out = append(out, w)
	}
	// "U.S.", "U.K.": a dotted acronym is one word, as "US" is
	if len(out) >= 2 && strings.Contains(name, ".") {
		single := true
		for _, w := range out {
			single = single && utf8.RuneCountInString(w) == 1
		}
		if single {
			out = []string{strings.Join(out, "")}
		}
	}
	return out
}

// romanceArticles open place names in Spanish and Italian ("La Paz", "El
// Alto", "Las Vegas", "La Spezia").
// NameKey drops those that are name particles too.
var romanceArticles = map[string]bool{"la": true, "el": true, "las": true, "los": true}

// mentionKey is the NameKey of mention m, but for a place the gazetteer
// knows by a name a Spanish or Italian article opens, whose key keeps the
// article: "La Paz" is no "Paz", the president's surname, nor "El Paso"
// the "Paso" of another name (a person's "El Guerrouj" stays
// "Guerrouj", as in "Hicham El Guerrouj").
func (r *resolver) mentionKey(m *Mention) []string {
	k := NameKey(m.Text)
	if m.Type != "LOC" || len(k) == 0 {
		return k
	}
	f := strings.Fields(latin.Fold(m.Text))
	if len(f) >= 2 && romanceArticles[f[0]] && k[0] != f[0] && r.isPlace(m.Text) {
		return append([]string{f[0]}, k...)
	}
	return k
}

func joinKey(k []string) string { return strings.Join(k, " ") }

// cluster groups the name mentions into entities.
func (r *resolver) cluster() {
	r.byKey = map[string]*cluster{}
	r.acronyms = r.definedAcronyms()
	type group struct {
		key      []string
		mentions []int
	}
	groups := map[string]*group{}
	var order []string
	for i := range r.d.Mentions {
		k := r.mentionKey(&r.d.Mentions[i])
		if len(k) == 0 || onlyLegalForms(k) {
			continue // "Co", "Co Inc": the rest of a name cut off
		}
		ks := joinKey(k)
		g := groups[ks]
		if g == nil {
			g = &group{key: k}
			groups[ks] = g
			order = append(order, ks)
		}
		g.mentions = append(g.mentions, i)
	}
	// Longer names first so that shorter ones can join them.
	sort.SliceStable(order, func(a, b int) bool {
		ka, kb := groups[order[a]].key, groups[order[b]].key
		if len(ka) != len(kb) {
			return len(ka) > len(kb)
		}
		return groups[order[a]].mentions[0] < groups[order[b]].mentions[0]
	})
	for _, ks := range order {
		g := groups[ks]
		typ := r.majorityType(g.mentions)
		var target *cluster
		if full, ok := r.acronyms[ks]; ok {
			target = r.byKey[full]
		}
		// a dateline's agency, "AUCKLAND (AP) —", is no acronym of a
		// name of the story ("ACT Party")
		agency := len(g.key) == 1 && r.agencyMentions(g.mentions)
		if target == nil && !agency {
			// whether the group may be the first words of a longer
			// name (orgPrefix): not a person's with an honorific, nor a
			// place's after a preposition of place unless no place has
			// the word
			prefix := typ == "ORG" || typ == "PERSON" && !r.honoured(g.mentions) ||
				typ == "LOC" && (!r.afterPlacePrep(g.mentions) || r.noPlaceWord(r.d.Mentions[g.mentions[0]].Text))
			caps := r.capitalsAmong(g.mentions)
			var cands []*cluster
			for _, c := range r.clusters {
				if c.matches(g.key, typ, r) || prefix && c.orgPrefix(g.key, typ, caps, r) {
					cands = append(cands, c)
				}
			}
			if len(cands) > 1 && typ == "PERSON" && len(g.key) == 1 {
				cands = r.introducedBefore(cands, r.firstBodyMention(g.mentions))
			}
			if len(cands) > 1 {
				cands = shortestCompany(withoutTradeNamed(cands))
			}
			if len(cands) == 0 && typ == "PERSON" && len(g.key) == 1 {
				cands = r.shortFormOf(g.key[0])
			}
			if len(cands) == 0 && typ == "ORG" && len(g.key) == 1 {
				if c := r.personOpenedBy(g.key[0], g.mentions); c != nil {
					cands = []*cluster{c}
					for _, mi := range g.mentions {
						r.d.Mentions[mi].Type = "PERSON"
					}
				}
			}
			if len(cands) == 1 {
				target = cands[0]
			}
		}
		if target == nil && typ == "LOC" {
			if target = r.surnameOf(g.key, g.mentions); target != nil {
				for _, mi := range g.mentions {
					r.d.Mentions[mi].Type = "PERSON"
				}
			}
		}
		if target == nil {
			target = &cluster{id: len(r.clusters), forms: map[string]int{}, types: map[string]int{}, titles: map[string]bool{}, first: g.mentions[0]}
			r.clusters = append(r.clusters, target)
		}
		target.keys = append(target.keys, g.key)
		r.byKey[ks] = target
		// a company's short forms read as persons ("Orion Capital said"
		// after "Orion Capital Corp") are the company's mentions, and
		// pronouns may take them up as such
		company := hasLegalForm(target.keys[0])
		for _, mi := range g.mentions {
			target.mentions = append(target.mentions, mi)
			m := &r.d.Mentions[mi]
			if company && m.Type == "PERSON" {
				m.Type = "ORG"
			}
			target.forms[m.Text]++
			target.types[m.Type]++
			if mi < target.first {
				target.first = mi
			}
		}
	}
}

// surnameOf returns the one person of the article, named with two words
// or more, whose surname is key, a word the recogniser called a place
// alone ("Unfortunately, Trump is behaving ..." after "President Donald
// Trump"); nil if there is none or several, or if the word names a
// country, a region or a city of half a million people the gazetteer knows
// ("Washington" after "George Washington"; not "Davenport said" after
// "Lindsay Davenport") and stands in no list with a person, or follows a
// preposition of place.
func (r *resolver) surnameOf(key []string, ms []int) *cluster {
	if w := r.d.Mentions[ms[0]].Text; len(key) != 1 || r.isPlace(w) && !r.townsBelow(w, 500_000) && !r.conjoinedWithPerson(ms) || r.afterPlacePrep(ms) {
		return nil
	}
	var found *cluster
	for _, c := range r.clusters {
		long := c.keys[0]
		if len(long) < 2 || long[len(long)-1] != key[0] || vote(c.types) != "PERSON" {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// conjoinedWithPerson reports whether one of the one-word mentions ms is
// conjoined with a person's name ("jailed Plummer for two years and
// Holland for 20 months"): then it is a person's surname, whatever place
// it names.
func (r *resolver) conjoinedWithPerson(ms []int) bool {
	for _, mi := range ms {
		if m := &r.d.Mentions[mi]; m.End-m.Start == 1 && r.headConjoinedWithPerson(m) {
			return true
		}
	}
	return false
}

// headConjoinedWithPerson reports whether the head of mention m is
// conjoined in the tree with a person's name: "before [Ajinkya
// Rahane]LOC, [Shivam Dube]PER and [Ambati Rayudu]LOC kept".
func (r *resolver) headConjoinedWithPerson(m *Mention) bool { return r.headConjoinedWith(m, "PERSON") }

// headConjoinedWith reports whether the head of mention m is conjoined
// in the tree with a name of type typ.
func (r *resolver) headConjoinedWith(m *Mention, typ string) bool {
	person := func(k int) bool {
		pm, ok := r.d.MentionAt(m.Sentence, k)
		return ok && pm.Kind == KindName && pm.Type == typ
	}
	toks := r.doc[m.Sentence].Tokens
	if t := &toks[m.Head]; t.Deprel == "conj" && t.Head > 0 && person(t.Head-1) {
		return true
	}
	for _, c := range r.children[m.Sentence][m.Head] {
		if toks[c].Deprel == "conj" && person(c) {
			return true
		}
	}
	return false
}

// bankFormWords returns how many of the last words of key are a US
// bank's "NA" as NameKey writes it: "na" (1), "n a" (2), or none (0).
func bankFormWords(key []string) int {
	n := len(key)
	switch {
	case n >= 1 && key[n-1] == "na":
		return 1
	case n >= 2 && key[n-2] == "n" && key[n-1] == "a":
		return 2
	}
	return 0
}

// partnerInitials reports whether key is the initials of the two
// partners' names that long joins with "and" or "&", joined the same way
// or not: "s and p", "s & p" or "s&p" for "standard and poor".
func partnerInitials(key, long []string) bool {
	if len(long) != 3 || long[1] != "and" && long[1] != "&" {
		return false
	}
	a, b := long[0][:1], long[2][:1]
	switch len(key) {
	case 1:
		return key[0] == a+"&"+b
	case 3:
		return (key[1] == "and" || key[1] == "&") && key[0] == a && key[2] == b
	}
	return false
}

// backHeads are the organisations' heads that refer back, alone and
// capitalised, to the one institution of the article named with them.
var backHeads = map[string]bool{
	"administration": true, "bank": true, "commission": true, "fund": true, "institute": true,
	"foundation": true, "agency": true, "authority": true, "corporation": true, "university": true,
	"college": true, "court": true, "board": true, "council": true, "department": true, "ministry": true,
	"committee": true, "bureau": true, "federation": true, "association": true, "union": true, "bourse": true,
	"boerse": true,
}

// tradeNamed reports whether a name key is a word and a trade's: "Mahan
// Air", "Cairn Energy", "Lucent Technologies". Its first word alone, even
// one the recogniser took for a small town's, is the company's short form.
func tradeNamed(long []string) bool {
	return len(long) == 2 && (companyHeads[keyWord(long[1])] || long[1] == "air")
}

// withoutTradeNamed drops from cands the names tradeNamed knows for
// companies when another candidate remains: a word shared by "Piedmont
// Airlines" and "Piedmont Aviation Inc", or "Greenwood Holdings" and
// "Greenwood Resources Inc", is the legal form's as before, or no one's.
func withoutTradeNamed(cands []*cluster) []*cluster {
	var out []*cluster
	for _, c := range cands {
		if !tradeNamed(c.keys[0]) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// shortestCompany returns, when every candidate is a company named with
// its legal form, the one whose name is shortest without it, if only one
// is ("Ford" is Ford Motor Co, not Ford Motor Credit Co), or the first
// named of those whose names differ only in their forms (a dual
// listing's "Rio Tinto plc" and "Rio Tinto Ltd", a parent's "Norton Co"
// and its unit's "Norton Co Pty Ltd"); else cands.
func shortestCompany(cands []*cluster) []*cluster {
	best, n, ties := -1, 0, 0
	var bestBase []string
	sameBase := true
	for i, c := range cands {
		long := c.keys[0]
		base := withoutLegalForm(long[:len(long)-bankFormWords(long)])
		if len(base) == len(long) {
			return cands
		}
		switch {
		case best < 0 || len(base) < n:
			best, n, ties, bestBase, sameBase = i, len(base), 0, base, true
		case len(base) == n:
			ties++
			sameBase = sameBase && slices.Equal(base, bestBase)
			if c.first < cands[best].first {
				best = i
			}
		}
	}
	if ties > 0 && !sameBase {
		return cands
	}
	return cands[best : best+1]
}

// introducedBefore keeps the candidate persons whose full name the
// article gave before mention mi. News names the main person by surname
// and the relatives who come later by full or first name: after "Robert
// Mugabe", a later "Grace Mugabe" does not make "Mugabe" ambiguous.
// firstBodyMention returns the first of mentions ms outside the article's
// headline (a first sentence with no final punctuation, which names
// people by the surname the story introduces later: "Navalny buried" over
// "Alexei Navalny was buried"), or the first of ms.
func (r *resolver) firstBodyMention(ms []int) int {
	for _, mi := range ms {
		if !r.headline(r.d.Mentions[mi].Sentence) {
			return mi
		}
	}
	return ms[0]
}

// headline reports whether sentence si is the article's headline: its
// first sentence, ending in no sentence punctuation.
func (r *resolver) headline(si int) bool {
	if si != 0 || len(r.doc) < 2 {
		return false
	}
	toks := r.doc[0].Tokens
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].Text {
	case ".", "!", "?", "\"", "”", "'":
		return false
	}
	return true
}

func (r *resolver) introducedBefore(cands []*cluster, mi int) []*cluster {
	at := &r.d.Mentions[mi]
	var out []*cluster
	for _, c := range cands {
		f := &r.d.Mentions[c.first]
		if f.Sentence < at.Sentence || (f.Sentence == at.Sentence && f.Start < at.Start) {
			out = append(out, c)
		}
	}
	return out
}

func (r *resolver) majorityType(ms []int) string {
	count := map[string]int{}
	for _, mi := range ms {
		count[r.d.Mentions[mi].Type]++
	}
	return vote(count)
}

func vote(count map[string]int) string {
	best, bn := "", -1
	for _, t := range []string{"PERSON", "ORG", "LOC"} {
		if count[t] > bn {
			best, bn = t, count[t]
		}
	}
	for t, n := range count {
		if n > bn {
			best, bn = t, n
		}
	}
	return best
}

// matches reports whether a shorter name key (of type typ) can name the
// entity of cluster c.
func (c *cluster) matches(key []string, typ string, r *resolver) bool {
	long := c.keys[0]
	ctyp := vote(c.types)
	if hasLegalForm(long) {
		// a company's, even when its short forms, read as persons,
		// outvote it ("Borg-Warner" for "Borg-Warner Corp")
		ctyp = "ORG"
	}
	for _, ck := range c.keys {
		if len(key) == len(ck) && joinKey(key) == joinKey(ck) {
			return true
		}
	}
	if (ctyp == "ORG" || typ == "ORG") && (partnerInitials(key, long) || partnerInitials(long, key)) {
		// "S and P" or "S&P" and "Standard and Poor's": the partners'
		// initials, whichever comes first
		return true
	}
	if len(key) >= len(long) {
		return false
	}
	// An acronym made of the initials of the cluster's name.
	if len(key) == 1 && (ctyp == "ORG" || ctyp == "LOC") && r.isAcronymOf(key[0], long) &&
		(ctyp == "LOC" || !r.hasSubtype(strings.ToUpper(key[0]), gazetteer.SubCountry)) {
		// (not a country's acronym for an organisation's name: "US"
		// beside "University of Sydney")
		return true
	}
	// "Salomon Brothers" for "Salomon Brothers Inc", "Merrill Lynch" for
	// "Merrill Lynch and Co": the company's name without its legal form,
	// whatever the recogniser called it (firms named after their founders
	// read as persons)
	// (not a country's name: "Venezuela" beside "[Petroleos de]
	// Venezuela S.A.")
	if base := withoutLegalForm(long); len(base) < len(long) && joinKey(base) == joinKey(key) && !(typ == "LOC" && r.isCountry(keyWord(joinKey(key)))) {
		return true
	}
	// "Chase Manhattan" for "Chase Manhattan Bank N.A.": a US national
	// bank's name without "Bank" and its "N.A."
	if n := len(long) - bankFormWords(long); n < len(long) && n >= 2 && long[n-1] == "bank" && joinKey(long[:n-1]) == joinKey(key) {
		return true
	}
	// "Thai Raksa Chart" for "Thai Raksa Chart Party", "Houthi" (which the
	// recogniser may call a place) for "Houthi movement": the name without
	// its generic last word
	if ctyp == "ORG" && typ != "PERSON" && len(key) == len(long)-1 && droppableHeads[long[len(long)-1]] && joinKey(long[:len(key)]) == joinKey(key) {
		return true
	}
	// Names of different types name different entities, but for a
	// person's surname and a name the recogniser typed a place that reads
	// as a person's ("Courtois" for "[Thibaut Courtois]LOC"; typeOf then
	// makes it the person's, see surnameAlone).
	if typ != ctyp && !(typ == "PERSON" && ctyp == "LOC" && r.personLike(c)) {
		return false
	}
	switch typ {
	case "PERSON":
		// "John" for "John R. Bolton": a known given name alone (only
		// when one person in the article has it, like every short form)
		// (not a city of a million people: "Sydney" beside "Sydney
		// YIMBY")
		if len(key) == 1 && key[0] == long[0] && (r.isGivenName(key[0]) && !r.millionCity(key[0]) || r.patronymic(c) || r.sameTitle(c, key[0])) {
			return true
		}
		// "Haftar" or "Khalifa Haftar" for "Khalifa Belqasim Haftar":
		// an in-order subsequence ending with the surname.
		if key[len(key)-1] != long[len(long)-1] {
			return c.beforeParticle(key) || c.doubleSurnameStart(key) || r.firstOfTwoSurnames(key, long)
		}
		return subsequence(key, long)
	case "ORG":
		// "Security Council" for "UN Security Council": a contiguous
		// suffix of at least two words; "Bank" for "World Bank" and
		// "Administration" for "Reagan Administration": the head alone,
		// as news names an institution again ("the Bank has loaned"),
		// but not the heads that name a country's own institutions alone
		// ("Congress", "Parliament", "the Army").
		if len(key) < 2 {
			// (and a club's last word, as sports news names it again:
			// "United" for "Manchester United", "Villa" for "Aston Villa")
			return len(key) == 1 && len(long) >= 2 && key[0] == long[len(long)-1] && (backHeads[key[0]] || clubShortForms[key[0]])
		}
		return joinKey(long[len(long)-len(key):]) == joinKey(key)
	case "LOC":
		// "Route 20" for "U.S. Route 20", "Highway 16" for "State
		// Highway 16": a numbered road without whose it is
		n := len(long) - len(key)
		pre := joinKey(long[:n])
		return len(key) == 2 && roadWords[keyWord(key[0])] && joinKey(long[n:]) == joinKey(key) &&
			(roadPrefixes[keyWord(pre)] || pre == "u s" || pre == "us")
	}
	return false
}

// firstWordAlone reports whether the first word of the name of person
// cluster c, as the article writes it, may name the person alone
// (firstNameAlone): "Yoon" for "Yoon Suk Yeol", whose surname comes
// first.
func (c *cluster) firstWordAlone(r *resolver) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) < 2 || len(c.keys[0]) == 0 || !slices.Equal(NameKey(w[0]), c.keys[0][:1]) || !r.firstNameAlone(w[0]) {
			continue
		}
		// a name of capitalised words and particles ("Xbox frontman J.
		// Allard" is none) and no frequent word or organisation's head
		// after the first, nor its plural ("Lavalin Bell Geomat" is a
		// company's, "Argonaut Games" too)
		proper := true
		for _, x := range w[1:] {
			proper = proper && (capitalisedWord(x) && !r.lex.FrequentWord(x) && !r.lex.FrequentWord(strings.TrimSuffix(x, "s")) && !orgHeadWord(x) || joinParticles[x])
		}
		if proper {
			return true
		}
	}
	return false
}

// personOpenedBy returns the person whose name opens with w when the
// recogniser called w alone an organisation's ("Qaboos was born in 1940"
// after "Qaboos bin Said"): the one person cluster named so before the
// mentions, when no other name opens with w and the gazetteer
// knows w as nothing but a given name.
func (r *resolver) personOpenedBy(w string, mentions []int) *cluster {
	if r.knownBesidesGiven(r.d.Mentions[mentions[0]].Text) {
		return nil
	}
	var found *cluster
	for _, c := range r.clusters {
		long := c.keys[0]
		if len(long) < 2 || long[0] != w {
			continue
		}
		if vote(c.types) != "PERSON" || c.first > mentions[0] || found != nil {
			return nil
		}
		found = c
	}
	return found
}

// shortFormOf returns the clusters whose longest name a one-word person's
// name w (a key word) may shorten when no name fits it otherwise, trying
// in turn: the first word of one person's name ("Yoon" for "Yoon Suk
// Yeol"); the first of two surnames ("Sheinbaum" for "Claudia Sheinbaum
// Pardo"), as Spanish names are shortened; and the surname of a name the
// recogniser called an organisation's that reads as a person's ("Assefa,
// who ran alone" for "Ethiopia's [Tigst Assefa]ORG").
func (r *resolver) shortFormOf(w string) []*cluster {
	for _, fits := range []func(c *cluster) bool{
		func(c *cluster) bool {
			long := c.keys[0]
			return len(long) >= 2 && long[0] == w && vote(c.types) == "PERSON" && c.firstWordAlone(r)
		},
		func(c *cluster) bool { return c.firstSurname(w, r) },
		func(c *cluster) bool {
			long := c.keys[0]
			return len(long) >= 2 && long[len(long)-1] == w && vote(c.types) == "ORG" && r.personLike(c)
		},
	} {
		var cands []*cluster
		for _, c := range r.clusters {
			if fits(c) {
				cands = append(cands, c)
			}
		}
		if len(cands) > 0 {
			return cands
		}
	}
	return nil
}

// firstSurname reports whether w is the last but one word of the longest
// name of person cluster c, a given name and two surnames or more, or a
// surname and a suffix ("sheinbaum" of "Claudia Sheinbaum Pardo", "lópez"
// of "Andrés Manuel López Obrador", "gerstner" of "Louis Gerstner Jr."):
// not a big place's name ("Flora London Marathon"), nor in a firm's
// ("Sanders Rogers Associates").
func (c *cluster) firstSurname(w string, r *resolver) bool {
	long := c.keys[0]
	if len(long) < 3 || long[len(long)-2] != w || vote(c.types) != "PERSON" || joinParticles[w] {
		return false
	}
	words := strings.Fields(longestForm(c))
	last := words[len(words)-1]
	// (before a generational suffix, whatever opens the name: "Mixon" of
	// "A. Malachi Mixon III")
	suffix := regnalNumber(last) || last == "Jr" || last == "Jr." || last == "Sr" || last == "Sr."
	return len(words) == len(long) && (r.isGivenName(words[0]) || suffix) && !orgHeadWord(last) && !firmHeads[last] && !r.bigPlace(words[len(words)-2])
}

// placeBesidePlace reports whether a name mention of c, after a
// preposition of place or before a compass point, stands before a comma
// and a place the gazetteer knows that ends the phrase ("from Lambeth,
// south London,"), or, one word, after a preposition of place, a place and
// a comma, ending the phrase ("in Port of Spain, Trinidad."); no name of c
// of two words or more opens with a given name.
func (r *resolver) placeBesidePlace(c *cluster) bool {
	for f := range c.forms {
		if w := strings.Fields(f); len(w) >= 2 && r.isGivenName(w[0]) {
			return false
		}
	}
	place := func(si, k int) (*Mention, bool) {
		if k < 0 || k >= len(r.doc[si].Tokens) || r.d.at[si][k] == 0 {
			return nil, false
		}
		m := &r.d.Mentions[r.d.at[si][k]-1]
		return m, m.Type == "LOC" && m.Kind == KindName && r.isPlace(m.Text)
	}
	closes := func(toks []nlp.Token, k int) bool {
		return k >= len(toks) || isPunct(toks[k].Text) && toks[k].Text != "-" && toks[k].Text != "'s"
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind != KindName {
			continue
		}
		afterPrep := m.Start > 0 && placePreps[strings.ToLower(toks[m.Start-1].Text)]
		if k := m.End + 1; m.End < len(toks) && toks[m.End].Text == "," {
			compass := k < len(toks) && compassWords[titleWord(toks[k].Text)]
			if compass {
				k++
			}
			// (a compass point, a preposition of place or a state or
			// country after the comma says so, out of a list: a list of
			// names holds places too, "Byrne, Hayes, O'Kelly",
			// "Weaver, Onuoha, Jordan")
			listed := m.Start > 0 && (toks[m.Start-1].Text == "," || toks[m.Start-1].Text == ";") || capitalisedBefore(toks, m.Start)
			if p, ok := place(m.Sentence, k); ok && p.Start == k && closes(toks, p.End) &&
				(compass || afterPrep || !listed && r.countryOrRegionNamed(p.Text, false)) && !legalFormSoon(toks, p.End) {
				return true
			}
		}
		if m.End-m.Start == 1 && m.Start >= 2 && toks[m.Start-1].Text == "," && endsPhrase(toks, m.End) {
			if p, ok := place(m.Sentence, m.Start-2); ok && p.Start > 0 && placePreps[strings.ToLower(toks[p.Start-1].Text)] {
				return true
			}
		}
	}
	return false
}

// legalFormSoon reports whether a legal form stands among the four tokens
// from k: the names before it are a firm's ("in Brown, Baldwin, Nisker
// Ltd").
func legalFormSoon(toks []nlp.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if isLegalForm(toks[j].Text) {
			return true
		}
	}
	return false
}

// endsPhrase reports whether the phrase before token k ends there: at the
// sentence's end or its last punctuation, before a bracket or a
// semicolon, or before a comma and a verb ("in Shannon, Ireland, is
// managed"; not "in Athens, Akiman, the envoy,").
func endsPhrase(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].Text {
	case ".", "!", "?", ")", ";":
		return true
	case ",":
		return k+1 < len(toks) && (toks[k+1].UPOS == "VERB" || toks[k+1].UPOS == "AUX")
	}
	return false
}

// titleWord returns w with its first letter a capital ("south" is
// "South").
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// surnameAlone reports whether a one-word name mention of c, typed as a
// person's, is the last word of its longest name.
func (r *resolver) surnameAlone(c *cluster) bool {
	long := c.keys[0]
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if k := NameKey(m.Text); m.Kind == KindName && m.Type == "PERSON" && len(k) == 1 && len(long) >= 2 && k[0] == long[len(long)-1] {
			return true
		}
	}
	return false
}

// personLike reports whether the longest name of c reads as a person's:
// two or three capitalised words, no head of a body, a firm or a place,
// no legal form, title, month or day, no common word, none a place's, no
// name the gazetteer knows, and introduced by no noun for a kind of body.
func (r *resolver) personLike(c *cluster) bool {
	w := strings.Fields(longestForm(c))
	if len(w) < 2 || len(w) > 3 || r.known(strings.Join(w, " ")) || !r.noCommonWord(w) {
		return false
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if toks := r.doc[m.Sentence].Tokens; m.Kind == KindName && m.Start > 0 && classNouns[strings.ToLower(lemmaOf(&toks[m.Start-1]))] == "ORG" {
			return false // "building products group James Hardie"
		}
	}
	for _, x := range w {
		lx := strings.ToLower(x)
		if !capitalisedWord(x) || isAllCaps(x) || orgHeads[lx] || placeHeads[lx] || geoHeads[x] || companyHeads[x] || firmHeads[x] ||
			isLegalForm(x) || r.isPlace(x) || r.isDemonym(x) || calendarWords[lx] || nlp.IsMonth(x) || isTitleWord(x) {
			return false
		}
	}
	return true
}

// firstOfTwoSurnames reports whether key is a given name and the first
// of two surnames of the name long, of three words, as news shortens
// such names: "Ali Bongo" for "Ali Bongo Ondimba", "Claudia Sheinbaum"
// for "Claudia Sheinbaum Pardo" (or before a suffix: "Louis Gerstner"
// for "Louis Gerstner Jr."); not when the last word is a common word or
// a body's head ("Jimi Hendrix Experience", "Adam Smith Lecture").
func (r *resolver) firstOfTwoSurnames(key, long []string) bool {
	return len(key) == 2 && len(long) == 3 && key[0] == long[0] && key[1] == long[1] && r.isGivenName(key[0]) &&
		!joinParticles[key[1]] && !r.commonWord(long[2]) && !orgHeadWord(long[2])
}

// doubleSurnameStart reports whether key is one word, the first half of
// the hyphenated surname that ends a name of person cluster c: "Kilroy"
// for "Robert Kilroy-Silk", as news names such a person again.
func (c *cluster) doubleSurnameStart(key []string) bool {
	if len(key) != 1 {
		return false
	}
	for f := range c.forms {
		words := strings.Fields(f)
		if len(words) < 2 || !strings.Contains(words[len(words)-1], "-") {
			continue
		}
		last := words[len(words)-1]
		if first := NameKey(last[:strings.Index(last, "-")]); len(first) == 1 && first[0] == key[0] {
			return true
		}
	}
	return false
}

// beforeParticle reports whether key is an in-order subsequence of the
// words before the particle of a name of person cluster c, ending with the
// word right before it: "Lula" for "Luiz Inácio Lula da Silva", as
// Portuguese, Spanish and Italian names go by the name before "da", "de"
// or "di" ("Leonardo" for "Leonardo da Vinci").
func (c *cluster) beforeParticle(key []string) bool {
	for f := range c.forms {
		words := strings.Fields(f)
		for p := 1; p+1 < len(words); p++ {
			if !joinParticles[words[p]] {
				continue
			}
			pre := NameKey(strings.Join(words[:p], " "))
			if len(pre) > 0 && len(key) <= len(pre) && key[len(key)-1] == pre[len(pre)-1] && subsequence(key, pre) {
				return true
			}
			break
		}
	}
	return false
}

// clubShortForms are the last words of clubs' names that sports news
// names them by alone.
var clubShortForms = map[string]bool{
	"united": true, "city": true, "rovers": true, "athletic": true, "wanderers": true, "albion": true,
	"villa": true, "rangers": true, "town": true, "county": true, "forest": true, "palace": true,
}

// droppableHeads are generic last words of organisation names that a
// second mention may leave out.
var droppableHeads = map[string]bool{
	"party": true, "movement": true, "group": true, "company": true, "corporation": true,
	"corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "co": true, "organization": true,
	"organisation": true, "foundation": true, "association": true, "network": true,
}

// orgPrefix reports whether key is the first word of an organisation's
// longer name ("Mahan" for "Mahan Air"), a short form the recogniser often
// types as a person (demonyms and places are not short forms), or the
// first words of a company's ("Jiffy Lube" for "Jiffy Lube International
// Inc"), or another short form its shape allows ("Evergrande" for "China
// Evergrande Group", "Penguins" for "Pittsburgh Penguins", "Toyota" for
// "Toyota Motor Corp."); caps says whether a mention of key is written in
// capitals, as a dateline's town is.
func (c *cluster) orgPrefix(key []string, typ string, caps bool, r *resolver) bool {
	long := c.keys[0]
	// a legal form, or a founder's name in the possessive ("Moody's
	// Investors Service"), a company's, and so do partners' names joined by an
	// ampersand ("Marsh & McLennan", "Fairmont Hotels & Resorts")
	company := hasLegalForm(long) || len(long) >= 2 && stripPossessive(long[0]) != long[0] || firmTail(long) || slices.Contains(long[1:], "&") ||
		tradeNamed(long)
	if !company && len(key) == 1 && len(long) >= 2 && stripPossessive(long[0]) == key[0] {
		// a company the gazetteer knows by its full name: "Anglo" for
		// Anglo American
		for f := range c.forms {
			company = company || len(NameKey(f)) == len(long) && r.gazetteerCompany(f)
		}
	}
	if len(key) >= 2 {
		// "Jiffy Lube" for "Jiffy Lube International Inc": the first
		// words of a company's name; not a place's name ("Kansas City" beside "Kansas City
		// Southern Industries Inc")
		// a person's full name opening a firm's name without a legal
		// form stays the person's when the article names the person by
		// the surname alone too ("Stan Lee ... Lee" beside "Stan Lee
		// Media"; not "Wells Fargo" beside "Wells Fargo Bank NA")
		personal := typ == "PERSON" && !hasLegalForm(long) && r.soloName(keyWord(key[len(key)-1]))
		// (a body's name before "of" or its remit: "Supreme Court" for
		// "Supreme Court of the United Kingdom", "Medical Foundation"
		// for "Medical Foundation for the Care of Victims of Torture")
		body := len(long) > len(key)+1 && (long[len(key)] == "of" || long[len(key)] == "for") && orgHeads[key[len(key)-1]]
		return (company || body) && typ != "LOC" && !personal && len(key) < len(withoutLegalForm(long)) && slices.Equal(key, long[:len(key)]) &&
			!functionWords[key[len(key)-1]] && !r.isPlace(joinKey(key))
	}
	if len(key) == 1 && typ != "LOC" && vote(c.types) == "ORG" && r.countryFirmWord(long, key[0]) {
		return true // "Evergrande" for "China Evergrande Group"
	}
	if len(key) == 1 && typ == "ORG" && len(long) == 2 && long[1] == key[0] && strings.HasSuffix(key[0], "s") &&
		r.isPlace(keyWord(long[0])) && !r.commonWord(long[0]) && vote(c.types) == "ORG" {
		return true // "Penguins" for "Pittsburgh Penguins": a team's nickname after its town
	}
	if len(key) == 1 && typ == "ORG" && !caps && len(long) == 2 && long[0] == key[0] && strings.HasSuffix(long[1], "s") &&
		r.isPlace(keyWord(key[0])) && vote(c.types) == "ORG" && r.lex != nil && r.lex.CommonNoun(strings.TrimSuffix(long[1], "s")) {
		return true // "York" for "York Knights", "Piedmont" for "Piedmont Airlines": a town's name typed an organisation
	}
	if len(key) != 1 || vote(c.types) != "ORG" && !company || typ == "LOC" && !company {
		return false
	}
	if len(long) < 2 || stripPossessive(long[0]) != key[0] || functionWords[long[1]] && long[1] != "&" {
		return false // ("Moody" for "Moody's Investors Service Inc"; "Bank" for "Bank of England", not "Marsh" for "Marsh & McLennan")
	}
	if r.gaz != nil {
		if _, ok := r.gaz.Demonym(key[0]); ok {
			return false
		}
		// a place's name is no short form ("Texas" for Texas
		// Instruments; a given name is: "Jet" for Jet Airways), unless the word, read as a person's, is a
		// company's founder ("Ford said" after "Ford Motor Co"), or
		// read as a place's, is a small town's ("Magna was up 1/8"
		// after "Magna International Inc"), or read as an organisation's,
		// is a town's and no country's or region's ("Toyota said" after
		// "Toyota Motor Corp."; not where a dateline writes it in
		// capitals, "BETHLEHEM, Pa.")
		if r.knownBesidesGiven(key[0]) && !(company && typ == "PERSON") && !(company && typ == "LOC" && r.smallPlace(key[0])) &&
			!(company && typ == "ORG" && r.townOnly(key[0]) && !caps) {
			return false
		}
	}
	return true
}

// capitalsAmong reports whether one of the mentions ms is written in
// capitals, as datelines write their towns.
func (r *resolver) capitalsAmong(ms []int) bool {
	for _, mi := range ms {
		if t := r.d.Mentions[mi].Text; isAllCaps(t) && len(t) > 3 {
			return true
		}
	}
	return false
}

// townOnly reports whether the gazetteer knows the lower-case word w as a
// town's name and not as a country's or a region's.
func (r *resolver) townOnly(w string) bool {
	name := keyWord(w)
	return r.hasSubtype(name, gazetteer.SubCity) && !r.hasSubtype(name, gazetteer.SubCountry, gazetteer.SubRegion)
}

// keyWord returns the word w of a name's key (lower case, NameKey) with
// a capital first letter, as a name writes it: "toyota" Toyota.
func keyWord(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// countryFirmWord reports whether long, a name's key, is a country's name,
// the word w, and heads or legal forms only: "China Evergrande Group",
// "Japan Tobacco Inc", whose short form is w.
func (r *resolver) countryFirmWord(long []string, w string) bool {
	if len(long) < 3 || long[1] != w || !r.isCountry(keyWord(long[0])) {
		return false
	}
	for _, x := range long[2:] {
		t := keyWord(x)
		if !orgHeads[x] && !companyHeads[t] && !firmHeads[t] && !isLegalForm(t) {
			return false
		}
	}
	return true
}

// firmTail reports whether the name key of three words or more ends, but
// for a bank's "NA", in a company's or a firm's head: "Merrill Lynch
// Capital Partners", "Wells Fargo Bank NA".
func firmTail(key []string) bool {
	n := len(key)
	if n > 0 && isBankForm(key[n-1]) {
		n--
	}
	if n < 3 {
		return false
	}
	w := key[n-1]
	if w == "bank" {
		return true
	}
	t := keyWord(w)
	return companyHeads[t] || firmHeads[t]
}

// honoured reports whether a style of address stands before one of the
// mentions ms: "Mr Mittal" is the person, not Mittal Steel.
func (r *resolver) honoured(ms []int) bool {
	for _, mi := range ms {
		m := &r.d.Mentions[mi]
		if toks := r.doc[m.Sentence].Tokens; m.Start > 0 && honorifics[strings.ToLower(strings.TrimSuffix(toks[m.Start-1].Text, "."))] {
			return true
		}
	}
	return false
}

// placePreps put a place after them: "in Korea", "ship it to Korea".
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "into": true, "across": true}

// afterPlacePrep reports whether one of the mentions ms follows a
// preposition of place or a dateline's town and a comma, so names a place
// rather than a company ("ship it to Korea" beside "Korea Petrochemical
// Industries Corp", "HOUSTON, Texas" beside "Texas Air Corp").
func (r *resolver) afterPlacePrep(ms []int) bool {
	for _, mi := range ms {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Start > 0 && placePreps[strings.ToLower(toks[m.Start-1].Text)] {
			return true
		}
		if m.Start > 1 && toks[m.Start-1].Text == "," && r.d.at[m.Sentence][m.Start-2] != 0 {
			if pm := &r.d.Mentions[r.d.at[m.Sentence][m.Start-2]-1]; pm.Type == "LOC" && (pm.Start == 0 || isAllCaps(pm.Text)) {
				return true // "HOUSTON, Texas, March 6": a town and its state
			}
		}
	}
	return false
}

// noPlaceWord reports whether w names no place the gazetteer knows, alone
// or after a compass point ("Korea" in South Korea): the short form of a
// company's name may then follow a preposition of place too ("a proposal
// to Anglo" for Anglo American, "ship it to Korea" not for Korea
// Petrochemical Industries Corp).
func (r *resolver) noPlaceWord(w string) bool {
	if r.isPlace(w) {
		return false
	}
	for c := range compassWords {
		if r.isPlace(c + " " + w) {
			return false
		}
	}
	return true
}

// smallPlace reports whether the gazetteer's places named w are all
// towns of fewer than 100,000 people, no country or region.
func (r *resolver) smallPlace(w string) bool { return r.townsBelow(w, 100_000) }

// townsBelow reports whether the gazetteer's places named w are all towns
// of fewer than n people, no country or region.
func (r *resolver) townsBelow(w string, n int) bool {
	for _, e := range r.gaz.Lookup(w) {
		if e.Subtype == gazetteer.SubCountry || worldArea(e) || e.Subtype == gazetteer.SubCity && e.Population >= n {
			return false
		}
	}
	return true
}

func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// isAcronymOf reports whether acr (lower case) is made of the initials of
// the content words of name, with or without its legal form, or is a
// well-known acronym of it.
func (r *resolver) isAcronymOf(acr string, name []string) bool {
	if es := r.lookup(strings.ToUpper(acr)); len(es) > 0 && !strings.EqualFold(es[0].Name, acr) && !slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
		return strings.EqualFold(e.Name, acr) && (e.Subtype == gazetteer.SubCountry || e.Subtype == gazetteer.SubRegion)
	}) {
		// (a word the gazetteer names first as itself, or a country or
		// region so named, is no acronym of another of its entries:
		// "Mexico", one of Mexico City's names, "Oklahoma" one of
		// Oklahoma City's)
		for _, e := range es {
			if joinKey(NameKey(e.Name)) == joinKey(name) {
				return true
			}
		}
	}
	// "ICI" for "Imperial Chemical Industries PLC": a legal form has no
	// letter in the acronym
	return initials(name) == acr || len(acr) >= 2 && initials(withoutLegalForm(name)) == acr
}

// gazetteerCompany reports whether the gazetteer's first entry for name
// is one of kg's companies.
func (r *resolver) gazetteerCompany(name string) bool {
	return r.primarySubtype(name) == gazetteer.SubCompany
}

// primarySubtype returns the subtype of the gazetteer's first entry named
// name, "" for none.
func (r *resolver) primarySubtype(name string) string {
	if es := r.lookup(name); len(es) > 0 {
		return es[0].Subtype
	}
	return ""
}

// lookup is the gazetteer's Lookup, none without a gazetteer.
func (r *resolver) lookup(name string) []gazetteer.Entry {
	if r.gaz == nil {
		return nil
	}
	return r.gaz.Lookup(name)
}

var functionWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "on": true, "in": true}

func initials(name []string) string {
	var b strings.Builder
	for _, w := range name {
		if functionWords[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// definedAcronyms finds "Full Name (ACR)" definitions: a name span followed
// by a bracketed all-capitals word whose letters are the name's initials.
// A bracketed list of two or more all-capitals names separated by slashes,
// "Daesh (ISIS/ISIL)", gives alternative names of the span before it,
// unless one of them is a place the gazetteer knows ("(US/UK)" says where,
// not what). It returns acronym key → full-name key.
func (r *resolver) definedAcronyms() map[string]string {
	out := map[string]string{}
	for mi := range r.d.Mentions {
		toks := r.doc[r.d.Mentions[mi].Sentence].Tokens
		i := r.d.Mentions[mi].End
		if i+2 < len(toks) && toks[i].Text == "(" && toks[i+2].Text == ")" && isAllCaps(toks[i+1].Text) {
			// "the Securities and Exchange Commission (SEC)" with only
			// "Exchange Commission" tagged: the acronym shows where the
			// name starts
			r.widenToAcronym(mi, strings.ToLower(toks[i+1].Text))
		}
		m := r.d.Mentions[mi]
		if i+2 < len(toks) && toks[i].Text == "(" && toks[i+2].Text == ")" {
			acr := toks[i+1].Text
			// An organisation's acronym may come from another language
			// ("Kurdistan Workers' Party (PKK)"): right after an
			// organisation's name, any all-capitals word that is not a
			// place is taken as its short form.
			if (isAllCaps(acr) || m.Type == "ORG" && shortForm(acr)) && (initials(NameKey(m.Text)) == strings.ToLower(acr) ||
				(m.Type == "ORG" && (utf8.RuneCountInString(acr) <= 6 || syllabicAcronym(strings.ToLower(acr), NameKey(m.Text))) &&
					!r.isPlace(acr) && !datelineAgency(toks, m.Start, i))) {
				out[strings.ToLower(acr)] = joinKey(NameKey(m.Text))
			}
			continue
		}
		if a, b := r.knownAs(toks, i); b > a && m.Kind == KindName {
			// "Mohamed Hamdan Dagalo, known as Hemedti": the name after
			// it is another of the entity's, tagged or not
			if alias := joinKey(NameKey(spanText(toks, a, b))); alias != "" && alias != joinKey(NameKey(m.Text)) {
				out[alias] = joinKey(NameKey(m.Text))
				if r.untagged(m.Sentence, a, b) {
					r.add(Mention{Sentence: m.Sentence, Start: a, End: b, Head: spanHead(toks, a, b), Text: spanText(toks, a, b), Type: m.Type, Kind: KindName, Entity: -1})
				}
			}
			continue
		}
		if alts := r.slashAlternatives(toks, i); len(alts) > 0 {
			full := joinKey(NameKey(m.Text))
			for _, a := range alts {
				if a != full {
					out[a] = full
				}
			}
			// The alternatives name the entity there even when the
			// recogniser left them out.
			for k := range alts {
				if j := i + 1 + 2*k; r.d.at[m.Sentence][j] == 0 {
					r.add(Mention{Sentence: m.Sentence, Start: j, End: j + 1, Head: j, Text: toks[j].Text, Type: m.Type, Kind: KindName, Entity: -1})
				}
			}
		}
	}
	return out
}

// syllabicAcronym reports whether acr (lower case) is made of the opening
// letters of words of key in order, each word's piece two letters at
// least but for the last word's, and the first word's piece first:
// "KETRACO" for Kenya Electricity Transmission Company (ke-tra-co),
// "PETRONAS" for Petroliam Nasional (petro-nas).
func syllabicAcronym(acr string, key []string) bool {
	if len(key) == 0 || acr == "" || acr[0] != key[0][0] {
		return false
	}
	var match func(a string, k []string, first bool) bool
	match = func(a string, k []string, first bool) bool {
		if a == "" {
			return true
		}
		for wi, w := range k {
			if first && wi > 0 {
				return false
			}
			for n := min(len(w), len(a)); n >= 1; n-- {
				if w[:n] != a[:n] || n < 2 && len(a) > n {
					continue
				}
				if match(a[n:], k[wi+1:], false) {
					return true
				}
			}
		}
		return false
	}
	return match(acr, key, true)
}

// datelineAgency reports whether the bracketed word at i+1 of toks (the
// bracket opening at i), after a name starting at start near the
// sentence's start, is the news agency of a dateline: "ASHEVILLE, N.C.
// (AP) —", no short form of the name before it.
func datelineAgency(toks []nlp.Token, start, i int) bool {
	return start <= 3 && closedBeforeDash(toks, i+2)
}

// datelineAgencies adds the news agency in brackets of a dateline as an
// organisation when the recogniser left it untagged: "ANTWERP, Belgium
// (Belga) —", "Brno, July 11 (ČTK) —", "KITZBÜHEL, Austria (dpa) -",
// "(ANSA) - Oropa, May 5 -". The dateline is one of the article's first
// three sentences; what stands before the bracket is capitalised words,
// numbers and commas only; the agency is one or two words, capitalised
// or of up to four lower-case letters, no common word (but in capitals),
// place or month.
func (r *resolver) datelineAgencies() {
	for si := 0; si < len(r.doc) && si < 3; si++ {
		toks, at := r.doc[si].Tokens, r.d.at[si]
		for o := 0; o < len(toks) && o <= 8; o++ {
			if toks[o].Text != "(" {
				continue
			}
			c := o + 1
			for c < len(toks) && c <= o+2 && toks[c].Text != ")" {
				c++
			}
			if c == o+1 || c >= len(toks) || toks[c].Text != ")" || !closedBeforeDash(toks, c) {
				break
			}
			ok := true
			for k := 0; k < o && ok; k++ {
				w := toks[k].Text
				ok = w == "," || capitalisedWord(w) || allDigits(w)
			}
			for k := o + 1; k < c && ok; k++ {
				w := toks[k].Text
				ok = at[k] == 0 && nameLetters(w) && (capitalisedWord(w) || allLowerLetters(w) && utf8.RuneCountInString(w) <= 4) &&
					(isAllCaps(w) || !r.commonWord(w)) && !r.isPlace(w) && !monthLike(w)
			}
			if ok {
				r.addName(si, o+1, c, "ORG")
			}
			break
		}
	}
}

// closedBeforeDash reports whether a bracket closes at toks[c] and a dash
// follows it, as after a dateline's agency: "(Reuters) -".
func closedBeforeDash(toks []nlp.Token, c int) bool {
	return c >= 0 && c+1 < len(toks) && toks[c].Text == ")" && dashWords[toks[c+1].Text]
}

// widenToAcronym moves the start of mention mi back over up to five
// untagged capitalised words and connectors when the longer name's
// initials spell acr and the tagged span's do not.
func (r *resolver) widenToAcronym(mi int, acr string) {
	m := &r.d.Mentions[mi]
	toks := r.doc[m.Sentence].Tokens
	if initials(NameKey(m.Text)) == acr {
		return
	}
	for k := m.Start - 1; k >= 0 && k >= m.Start-5; k-- {
		if r.d.at[m.Sentence][k] != 0 {
			return
		}
		w := toks[k].Text
		if !capitalisedWord(w) {
			if nameConnectors[strings.ToLower(w)] || w == "&" {
				continue
			}
			return
		}
		if key := NameKey(spanText(toks, k, m.End)); initials(key) == acr || everyInitial(key) == acr && toks[k].UPOS != "DET" {
			r.widen(mi, k, m.End)
			return
		}
	}
}

// everyInitial is the first letters of every word of name, function words
// too, as some acronyms spell them: "COSLA" for the Convention of Scottish
// Local Authorities, "ECOWAS" for the Economic Community of West African
// States.
func everyInitial(name []string) string {
	var b strings.Builder
	for _, w := range name {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// slashAlternatives reads "( A / B [/ C…] )" starting at toks[i], where each
// name is an all-capitals word and none is a gazetteer place, and returns
// their lower-case keys; nil otherwise.
func (r *resolver) slashAlternatives(toks []nlp.Token, i int) []string {
	if i >= len(toks) || toks[i].Text != "(" {
		return nil
	}
	var alts []string
	for j := i + 1; j < len(toks); j += 2 {
		w := toks[j].Text
		if !isAllCaps(w) || r.isPlace(w) {
			return nil
		}
		alts = append(alts, strings.ToLower(w))
		if j+1 >= len(toks) {
			return nil
		}
		switch toks[j+1].Text {
		case "/":
			continue
		case ")":
			if len(alts) < 2 {
				return nil
			}
			return alts
		default:
			return nil
		}
	}
	return nil
}

// knownAsWords may stand before "known as" after a name.
var knownAsWords = map[string]bool{"also": true, "better": true, "popularly": true, "commonly": true, "widely": true, "locally": true}

// knownAs returns the span [a, b) of the one to three capitalised words
// that ", known as" (or ", also known as", ", better known as", and so
// after a short apposition: ", the state energy giant better known as")
// at toks[i] puts after a name; a == b when there is none, or when the words
// go on as a longer name.
func (r *resolver) knownAs(toks []nlp.Token, i int) (a, b int) {
	if i+3 >= len(toks) || toks[i].Text != "," {
		return 0, 0
	}
	j := i + 1
	if strings.EqualFold(toks[j].Text, "the") {
		// an apposition before it: "Saudi Arabian Oil Co., the state
		// energy giant better known as Aramco"
		k := j + 1
		for k < len(toks) && k-j <= 4 && toks[k].Text != "known" && !knownAsWords[toks[k].Text] && !capitalisedWord(toks[k].Text) &&
			(toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ") {
			k++
		}
		if k > j+1 && k < len(toks) {
			j = k
		}
	}
	if knownAsWords[strings.ToLower(toks[j].Text)] {
		j++
	}
	if j+2 >= len(toks) || toks[j].Text != "known" || toks[j+1].Text != "as" {
		return 0, 0
	}
	a, b = j+2, j+2
	for b < len(toks) && b-a < 4 && capitalisedWord(toks[b].Text) {
		b++
	}
	if b-a > 3 || b == a || b+1 < len(toks) && nameConnectors[toks[b].Text] &&
		(capitalisedWord(toks[b+1].Text) || b+2 < len(toks) && toks[b+1].Text == "the" && capitalisedWord(toks[b+2].Text)) {
		return 0, 0 // "known as Queen of the Sky" is no name of hers
	}
	return a, b
}

// isPlace reports whether the gazetteer knows w as a place name.
func (r *resolver) isPlace(w string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(w) {
		if e.Type == "LOC" {
			return true
		}
	}
	return false
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// demonyms adds a mention of a country for each demonym or national
// adjective outside named spans ("Russian assistance" → Russia).
// twoWordDemonym returns the demonym of two words the gazetteer knows that
// token ti of sentence si ends, the word before it untagged ("Latin
// American", "Central American"), or "".
func (r *resolver) twoWordDemonym(si, ti int) string {
	toks := r.doc[si].Tokens
	if ti == 0 || r.d.at[si][ti-1] != 0 || !capitalisedWord(toks[ti-1].Text) || !toks[ti-1].SpaceAfter {
		return ""
	}
	full := toks[ti-1].Text + " " + toks[ti].Text
	if _, ok := r.gaz.Demonym(full); ok {
		return full
	}
	return ""
}

func (r *resolver) demonyms() {
	if r.gaz == nil {
		return
	}
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for ti := range toks {
			if r.d.at[si][ti] != 0 {
				continue
			}
			t := &toks[ti]
			first, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsUpper(first) {
				continue
			}
			switch t.UPOS {
			case "ADJ", "PROPN", "NOUN", "":
			default:
				continue
			}
			// "Libyans" are people, not the country
			if t.XPOS == "NNS" || t.XPOS == "NNPS" || (t.UPOS != "ADJ" && strings.HasSuffix(t.Text, "s")) {
				continue
			}
			start, text := ti, t.Text
			country, ok := "", false
			if c, full, cok := r.compassDemonym(toks, ti); cok && r.d.at[si][ti-1] == 0 {
				start, text, country, ok = ti-1, full, c, true
			} else if full := r.twoWordDemonym(si, ti); full != "" {
				// "the first Latin American pope": Latin America, not
				// the United States of "American"
				country, _ = r.gaz.Demonym(full)
				start, text, ok = ti-1, full, true
			} else {
				country, ok = r.gaz.Demonym(t.Text)
			}
			if !ok {
				continue
			}
			key := joinKey(NameKey(country))
			c := r.byKey[key]
			if c == nil {
				// "British" with only "UK" named: the acronym's entity
				for _, cc := range r.clusters {
					if k := cc.keys[0]; len(k) == 1 && vote(cc.types) == "LOC" && r.isAcronymOf(k[0], NameKey(country)) {
						c = cc
						r.byKey[key] = cc
						break
					}
				}
			}
			if c == nil {
				c = &cluster{id: len(r.clusters), forms: map[string]int{}, types: map[string]int{}, titles: map[string]bool{}, first: len(r.d.Mentions)}
				c.keys = append(c.keys, NameKey(country))
				c.forms[country] = 0 // the name, though the article only uses the demonym
				r.clusters = append(r.clusters, c)
				r.byKey[key] = c
			}
			if r.isCountry(country) {
				// "African" names a continent, not "the country"
				c.titles["country"] = true
			}
			mi := r.add(Mention{Sentence: si, Start: start, End: ti + 1, Head: ti, Text: text, Type: "LOC", Kind: KindDemonym, Entity: -1})
			c.mentions = append(c.mentions, mi)
			c.types["LOC"]++
		}
	}
}

// compassDemonym reads toks[i-1:i+1] as a compass word and a demonym
// ("South African", "North Korean") and returns the place it names and
// the two words: the gazetteer's demonym of the pair, or the compass word
// put before the demonym's place when the gazetteer knows that place
// ("Korean" is South Korea's and North Korea's: North + Korea).
func (r *resolver) compassDemonym(toks []nlp.Token, i int) (place, text string, ok bool) {
	if r.gaz == nil || i < 1 || i >= len(toks) || !compassWords[toks[i-1].Text] {
		return "", "", false
	}
	w := toks[i].Text
	if first, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(first) {
		return "", "", false
	}
	text = toks[i-1].Text + " " + w
	if c, ok := r.gaz.Demonym(text); ok {
		return c, text, true
	}
	c, ok := r.gaz.Demonym(w)
	if !ok {
		return "", "", false
	}
	base := c
	if f := strings.Fields(c); len(f) > 1 && compassWords[f[0]] {
		base = strings.Join(f[1:], " ")
	}
	if cand := toks[i-1].Text + " " + base; r.isCountry(cand) {
		return cand, text, true
	}
	return "", "", false
}

// regionAdjective reports whether toks[i] opens the adjective of a
// region's name, toks[i:i+2]: one the gazetteer knows ("Middle
// Eastern", "Latin American"), or a compass word before the demonym of a
// continent whose compass part the gazetteer knows as a place ("West
// African": West Africa).
func (r *resolver) regionAdjective(toks []nlp.Token, i int) bool {
	if r.gaz == nil || i+1 >= len(toks) || !toks[i].SpaceAfter || !capitalisedWord(toks[i+1].Text) || isAllCaps(toks[i+1].Text) {
		return false
	}
	w := toks[i].Text + " " + toks[i+1].Text
	if _, ok := r.gaz.Demonym(w); ok {
		return true
	}
	if !compassWords[toks[i].Text] {
		return false
	}
	c, ok := r.gaz.Demonym(toks[i+1].Text)
	return ok && !r.isCountry(c) && r.isPlace(toks[i].Text+" "+c)
}

// titleWords are role nouns that precede a person's name as a title.
var titleWords = map[string]bool{
	"president": true, "minister": true, "barrister": true, "general": true, "gen": true, "gen.": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "prime": true, "secretary": true, "chairman": true,
	"leader": true, "king": true, "queen": true, "prince": true, "princess": true, "sheikh": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "lord": true, "senator": true, "sen.": true, "governor": true, "gov.": true, "mayor": true,
	"speaker": true, "commander": true, "colonel": true, "col.": true, "marshal": true, "field": true,
	"chief": true, "ambassador": true, "envoy": true, "director": true, "judge": true, "justice": true,
	"pope": true, "archbishop": true, "bishop": true, "emir": true, "sultan": true, "chancellor": true,
	"premier": true, "representative": true, "rep.": true, "lieutenant": true, "lt.": true, "captain": true,
	"capt.": true, "major": true, "admiral": true, "sergeant": true, "sgt.": true, "officer": true,
	"ayatollah": true, "grand": true, "foreign": true, "defense": true, "defence": true, "deputy": true,
	"vice": true, "head": true, "chairwoman": true, "ceo": true, "coach": true, "professor": true, "prof.": true,
	"attorney": true,
	// Malaysian honorifics: "Datuk Seri Anwar Ibrahim", "Tun Mahathir"
	"datuk": true, "dato": true, "dato'": true, "datin": true, "tun": true,
	// police, councils and courts: "Inspector Mark Fahy", "Councillor Ann
	// Smith", "Commissioner Willy De Clercq" ("Sheriff" and
	// "Superintendent" head bodies' names too: "Sheriff's Office",
	// "Office of the Superintendent of Financial Institutions")
	"inspector": true, "detective": true, "councillor": true, "councilor": true, "coroner": true, "commissioner": true,
	// American councils and legislatures: "Councilmember Mike Bonin",
	// "Assemblywoman Cecilia Aguiar-Curry", "Congressman John Lewis"
	"councilmember": true, "councilwoman": true, "councilman": true, "alderman": true, "alderwoman": true, "alderperson": true,
	"assemblymember": true, "assemblywoman": true, "assemblyman": true, "congressman": true, "congresswoman": true,
	// religious offices: "Patriarch Kirill", "Mufti Akhmad Abdulaev"
	"patriarch": true, "mufti": true, "rabbi": true, "imam": true,
	// "Council Delegate Wilfred Begaye", "Delegate Eleanor Holmes Norton"
	"delegate": true,
}

// shortRanks are ranks and offices written short, as written (in capitals
// they are initials: "Windows PC", "CPL Real Estate"): "Pc Sarah Jones",
// "Supt Fergal Ó Conghaile", "Cllr Ann Smith", "Rev. Al Sharpton".
var shortRanks = map[string]bool{
	"Pc": true, "Sgt": true, "Supt": true, "Supt.": true, "Insp": true, "Insp.": true, "Det": true, "Det.": true,
	"Cpl": true, "Pte": true, "Cllr": true, "Cllr.": true, "Rev": true, "Rev.": true, "Cr": true, "Cr.": true,
}

func isTitleWord(w string) bool { return titleWords[strings.ToLower(w)] || shortRanks[w] }

// headedName reports whether the span [start, end) holds an
// organisation's, a place's or a natural feature's head word or is a
// name the gazetteer knows.
func (r *resolver) headedName(toks []nlp.Token, start, end int) bool {
	for k := start; k < end; k++ {
		w := toks[k].Text
		if lw := strings.ToLower(w); orgHeads[lw] || placeHeads[lw] || geoHeads[w] || featureHeads[w] || companyHeads[w] || firmHeads[w] {
			return true
		}
	}
	return r.known(spanText(toks, start, end))
}

// honorificPair reports whether a and b make a Malaysian honorific of two
// words, whose words alone are a surname ("Tan") or a given name ("Sri
// Mulyani"): "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Seri".
func honorificPair(a, b string) bool {
	switch b {
	case "Sri":
		return a == "Tan" || a == "Puan"
	case "Seri":
		return a == "Datuk" || a == "Dato" || a == "Dato'" || a == "Datin"
	}
	return false
}

// TitleWord reports whether w, in any case, is a word of a person's title
// before a name ("President", "Prime", "Minister", "Gen.").
func TitleWord(w string) bool { return isTitleWord(w) }

// RoleNoun reports whether lemma is a role or title noun: a person noun
// that can head a description such as "the spokesman" or "the General".
func RoleNoun(lemma string) bool {
	l := strings.ToLower(lemma)
	if titleWords[l] && !modifierOnly[l] {
		return true
	}
	return roleNouns[l]
}

// modifierOnly title words never head a description on their own.
var modifierOnly = map[string]bool{"prime": true, "foreign": true, "defense": true, "defence": true, "deputy": true, "vice": true, "field": true, "grand": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "sir": true}

var roleNouns = map[string]bool{
	"spokesperson": true, "official": true, "founder": true, "aide": true, "member": true, "head": true, "chief": true,
	"adviser": true, "advisor": true, "analyst": true, "correspondent": true, "editor": true, "reporter": true,
	"owner": true, "manager": true, "executive": true, "lawyer": true, "attorney": true, "candidate": true,
	"politician": true, "diplomat": true, "negotiator": true, "mediator": true, "player": true, "striker": true,
	"actor": true, "singer": true, "rapper": true, "writer": true, "author": true, "citizen": true, "resident": true,
	"commissioner": true, "president-elect": true, "chair": true, "ruler": true, "warlord": true, "strongman": true,
}

// classNouns are nouns that refer back to an entity of a type:
// "the group", "the country", "the city".
var classNouns = map[string]string{
	"group": "ORG", "organisation": "ORG", "organization": "ORG", "company": "ORG", "firm": "ORG",
	"party": "ORG", "army": "ORG", "agency": "ORG", "movement": "ORG", "militia": "ORG", "council": "ORG",
	"ministry": "ORG", "department": "ORG", "government": "ORG", "airline": "ORG", "bank": "ORG", "club": "ORG", "team": "ORG",
	"network": "ORG", "channel": "ORG", "newspaper": "ORG", "university": "ORG", "court": "ORG", "band": "ORG",
	"coalition": "ORG", "alliance": "ORG", "bloc": "ORG", "federation": "ORG", "association": "ORG", "charity": "ORG",
	"country": "LOC", "nation": "LOC", "state": "LOC", "city": "LOC", "town": "LOC", "capital": "LOC",
	"region": "LOC", "province": "LOC", "village": "LOC", "island": "LOC", "district": "LOC", "county": "LOC",
	"suburb": "LOC", "neighbourhood": "LOC", "neighborhood": "LOC", "municipality": "LOC", "port": "LOC",
	"river": "LOC", "lake": "LOC", "crossing": "LOC",
}

// selfNamedClasses are class nouns that, capitalised after "the", are
// the name of one body: "the Coalition" (in Iraq, in Britain's or
// Australia's politics), not a description of the coalition named before
// ("the Coalition Provisional Authority" is another body).
var selfNamedClasses = map[string]bool{"coalition": true}

// bodyNouns name the bodies of the sky and of the Earth's past, which
// class the name right after them as a place: "its largest moon Charon",
// "the supercontinent Gondwana".
var bodyNouns = map[string]bool{
	"planet": true, "moon": true, "asteroid": true, "comet": true, "galaxy": true, "continent": true,
	"supercontinent": true, "satellite": true,
}

// genericClassNouns may refer back to any entity of their type, not only
// to one introduced with them.
var genericClassNouns = map[string]bool{"group": true, "organisation": true, "organization": true, "company": true, "firm": true}

// ClassNoun returns the entity type a class noun refers back to ("group"
// → ORG, "country" → LOC), or "".
func ClassNoun(lemma string) string { return classNouns[strings.ToLower(lemma)] }

// titles records the role and class nouns each entity is introduced with:
// "LNA spokesman Ahmed al-Mismari", "Ahmed al-Mismari, a spokesman",
// "General Khalifa Haftar", "the Libyan National Army" (army).
func (r *resolver) titles() {
	for _, c := range r.clusters {
		typ := vote(c.types)
		for _, mi := range c.mentions {
			m := &r.d.Mentions[mi]
			if m.Kind != KindName {
				continue
			}
			toks := r.doc[m.Sentence].Tokens
			if typ == "PERSON" {
				// title words the recogniser included or that precede the span
				roled := false
				for i := m.Start - 1; i >= 0 && i >= m.Start-4; i-- {
					if r.d.at[m.Sentence][i] != 0 {
						break
					}
					w := strings.ToLower(lemmaOf(&toks[i]))
					if RoleNoun(w) {
						c.titles[w] = true
						if !roled {
							// the role nearest the name, with the words
							// before it: "Attorney General Lord Goldsmith"
							r.addRole(c, m.Sentence, i, roleWordsBefore(toks, r.d.at[m.Sentence], i))
							roled = true
						}
						continue
					}
					if !isTitleWord(toks[i].Text) {
						break
					}
				}
				for _, ch := range r.spanChildren(m) {
					t := &toks[ch]
					switch t.Deprel {
					case "compound", "nmod:desc", "appos", "nmod:npmod", "nmod":
						w := strings.ToLower(lemmaOf(t))
						if (t.UPOS == "NOUN" || t.UPOS == "PROPN") && RoleNoun(w) && r.d.at[m.Sentence][ch] == 0 {
							c.titles[w] = true
							mods := r.roleModifiers(m.Sentence, ch)
							if ch < m.Start {
								// the words before, whatever the parse:
								// "[Deputy]obl Prime Minister John Prescott"
								mods = roleWordsBefore(toks, r.d.at[m.Sentence], ch)
							}
							r.addRole(c, m.Sentence, ch, mods)
						}
					}
				}
			}
			if typ == "ORG" || typ == "LOC" {
				// the head word of the name: "army" in "Libyan National Army"
				k := NameKey(m.Text)
				if len(k) > 1 {
					if ct, ok := classNouns[k[len(k)-1]]; ok && ct == typ {
						c.titles[k[len(k)-1]] = true
					}
				}
				// or a class noun the mention spans after it: "the Golkar
				// party"
				if w := strings.ToLower(toks[m.End-1].Text); m.End-m.Start > len(k) && classNouns[w] == typ {
					c.titles[w] = true
				}
			}
			if typ == "LOC" && r.isCountry(m.Text) {
				c.titles["country"] = true
			}
		}
	}
}

// addRole records the title of person cluster c whose role noun is token
// k of sentence si, with the words before it (mods).
func (r *resolver) addRole(c *cluster, si, k int, mods []string) {
	if c.roles == nil {
		c.roles = map[string]bool{}
	}
	c.roles[strings.Join(append(mods, strings.ToLower(lemmaOf(&r.doc[si].Tokens[k]))), " ")] = true
}

// roleWordsBefore returns, in lower case, the up to three words before
// the role noun at token k that qualify it ("Deputy Prime Minister",
// "shadow home secretary"): adjectives and nouns that are no mention.
func roleWordsBefore(toks []nlp.Token, at []int32, k int) []string {
	i := k
	for i > 0 && i > k-3 && at[i-1] == 0 && (toks[i-1].UPOS == "ADJ" || toks[i-1].UPOS == "NOUN" || toks[i-1].UPOS == "PROPN") {
		i--
	}
	var out []string
	for j := i; j < k; j++ {
		out = append(out, strings.ToLower(toks[j].Text))
	}
	return out
}

// roleModifiers returns, in lower case and in order, the adjectives and
// nouns that qualify the role noun at token k of sentence si and are no
// mention: "prime" in "the prime minister", "shadow home" in "the shadow
// home secretary".
func (r *resolver) roleModifiers(si, k int) []string {
	toks := r.doc[si].Tokens
	var out []string
	for _, c := range r.children[si][k] {
		if d := toks[c].Deprel; c < k && (d == "amod" || d == "compound") && r.d.at[si][c] == 0 {
			out = append(out, strings.ToLower(toks[c].Text))
		}
	}
	return out
}

// rankWords make a title another office than the same title without them:
// a deputy prime minister is no prime minister.
var rankWords = map[string]bool{
	"deputy": true, "shadow": true, "vice": true, "assistant": true, "junior": true, "acting": true,
	"former": true, "ex": true, "under": true,
}

// roleFits reports whether person cluster c holds the title that a
// description with role noun lem and qualifiers mods names ("the prime
// minister"): some title of c has every qualifier, and no rank word the
// description lacks. Qualifiers no title in the article has ("the
// embattled minister") say nothing.
func (r *resolver) roleFits(c *cluster, lem string, mods []string) bool {
	var known []string
	for _, w := range mods {
		if r.roleWords()[w] {
			known = append(known, w)
		}
	}
	if len(known) == 0 {
		return true
	}
	for t := range c.roles {
		// the words before the role noun ("attorney general" in
		// "Attorney General Lord Goldsmith", recorded whole)
		words := strings.Fields(t)
		i := slices.Index(words, lem)
		if i < 0 {
			continue
		}
		words = words[:i]
		fits := true
		for _, w := range known {
			fits = fits && slices.Contains(words, w)
		}
		for _, w := range words {
			fits = fits && (!rankWords[w] || slices.Contains(known, w))
		}
		if fits {
			return true
		}
	}
	return false
}

// roleWords returns the words of every title in the article.
func (r *resolver) roleWords() map[string]bool {
	if r.rolesSeen == nil {
		r.rolesSeen = map[string]bool{}
		for _, c := range r.clusters {
			for t := range c.roles {
				for _, w := range strings.Fields(t) {
					r.rolesSeen[w] = true
				}
			}
		}
	}
	return r.rolesSeen
}

// commonWord reports whether the lexicon knows w as a common word; false
// without a lexicon.
func (r *resolver) commonWord(w string) bool { return r.lex != nil && r.lex.CommonWord(w) }

// isGivenName reports whether the gazetteer knows w as a given name.
func (r *resolver) isGivenName(w string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(w) {
		if e.Subtype == gazetteer.SubGiven {
			return true
		}
	}
	// "Luís", "Zoë", "Micheál": the gazetteer's US births write many
	// names without their accents (an ASCII word has none to fold)
	if !asciiOnly(w) {
		if f := latin.Fold(w); f != strings.ToLower(w) && f != "" {
			first, size := utf8.DecodeRuneInString(f)
			return r.isGivenName(string(unicode.ToUpper(first)) + f[size:])
		}
	}
	return false
}

// asciiOnly reports whether s is made of ASCII bytes only.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// givenCount returns the number of US births with the given name w, 0
// for a word that is no given name.
func (r *resolver) givenCount(w string) int {
	if r.gaz == nil {
		return 0
	}
	for _, e := range r.gaz.Lookup(w) {
		if e.Subtype == gazetteer.SubGiven {
			return e.Population
		}
	}
	return 0
}

// isCountry reports whether the gazetteer knows name as a country.
func (r *resolver) isCountry(name string) bool { return r.hasSubtype(name, gazetteer.SubCountry) }

// worldArea reports whether gazetteer entry e is a continent (a region of
// no country) or a world region, sea or mountain range of kg's own list.
func worldArea(e gazetteer.Entry) bool {
	return e.Subtype == gazetteer.SubRegion && e.Country == "" || e.Subtype == gazetteer.SubArea
}

// hasSubtype reports whether the gazetteer knows name with one of the
// subtypes subs.
func (r *resolver) hasSubtype(name string, subs ...string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(name) {
		if slices.Contains(subs, e.Subtype) {
			return true
		}
	}
	return false
}

func lemmaOf(t *nlp.Token) string {
	if t.Lemma != "" && t.Lemma != "_" {
		return t.Lemma
	}
	return t.Text
}

// spanChildren returns dependents of the span's tokens that lie outside it.
func (r *resolver) spanChildren(m *Mention) []int {
	var out []int
	ch := r.children[m.Sentence]
	for t := m.Start; t < m.End; t++ {
		for _, c := range ch[t] {
			if c < m.Start || c >= m.End {
				out = append(out, c)
			}
		}
	}
	return out
}

var malePronouns = map[string]bool{"he": true, "him": true, "his": true, "himself": true}
var femalePronouns = map[string]bool{"she": true, "her": true, "hers": true, "herself": true}

// neuterPronouns refer to organisations and places: "the ministry said it
// would", "Iran and its allies".
var neuterPronouns = map[string]bool{"it": true, "its": true, "itself": true}

// pluralPronouns refer to sports teams and other organisations that
// British English names in the plural: "Newcastle have fined their
// striker", "Bolton were creating little and they seemed content".
var pluralPronouns = map[string]bool{"they": true, "their": true}

// inList reports whether name mention m stands in a list, by its words
// (listed, or "and" next to it past brackets and a ticker: "Lloyds Bank
// Plc <LLOY.LON> and the Royal Bank of Canada") or by its parse (a
// conjunct, or with a conjunct below it).
func (r *resolver) inList(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if toks[m.Head].Deprel == "conj" || len(r.listed(m)) > 0 {
		return true
	}
	// "and" next to the name, past brackets and a ticker: "it and
	// Merrill Lynch", "<Campeau Corp> and the <Edward J. DeBartolo Corp>"
	skip := func(i int) bool {
		w := toks[i].Text
		return w == "<" || w == ">" || w == "(" || w == ")" || strings.EqualFold(w, "the") || isTickerSymbol(strings.SplitN(w, ".", 2)[0]) && i > 0 && toks[i-1].Text == "<"
	}
	i := m.Start - 1
	for i >= 0 && skip(i) {
		i--
	}
	j := m.End
	for j < len(toks) && skip(j) {
		j++
	}
	conj := func(k int) bool { w := toks[k].Text; return w == "and" || w == "&" || w == "or" }
	if i >= 0 && conj(i) || j < len(toks) && conj(j) {
		return true
	}
	// a conjunct anywhere below the name: "Mellon Bank NA of Pittsburgh
	// and Republic Bank of Dallas have both raised"
	stack := append([]int(nil), r.children[m.Sentence][m.Head]...)
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if toks[c].Deprel == "conj" {
			return true
		}
		stack = append(stack, r.children[m.Sentence][c]...)
	}
	return false
}

// pluralOrg reports whether the article treats organisation c as plural:
// a name of c, in no list, is the subject of a verb in the plural
// ("Newcastle have fined", "Arsenal were struggling"), where the verb or
// its auxiliary is a present plural or "were".
func (r *resolver) pluralOrg(c *cluster) bool {
	if v, ok := r.plural[c.id]; ok {
		return v
	}
	plural := false
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind != KindName || !strings.HasPrefix(toks[m.Head].Deprel, "nsubj") || toks[m.Head].Head <= 0 || r.inList(m) {
			continue // (a list's verb is plural whatever its members: "Mellon Bank and Republic Bank have")
		}
		v := toks[m.Head].Head - 1
		verbs := []int{v}
		for _, ch := range r.children[m.Sentence][v] {
			if auxiliary(toks[ch].Deprel) {
				verbs = append(verbs, ch)
			}
		}
		for _, k := range verbs {
			if toks[k].XPOS == "VBP" || strings.EqualFold(toks[k].Text, "were") {
				plural = true
			}
		}
	}
	if r.plural == nil {
		r.plural = map[int]bool{}
	}
	r.plural[c.id] = plural
	return plural
}

// pluralAntecedent returns the organisation a plural pronoun outside a
// quotation refers to (see pluralOrg): the one that is the subject
// before it in its sentence, or, when no subject stands before it there, the subject of
// the previous sentence's main clause. Any other subject there (players,
// fans, a person) stops the search, and so does a team named with a
// plural noun after it ("Labour MPs") or in a list ("Fiat and GM"); a
// subject after "their", not the noun it owns, takes it up instead of
// the previous sentence's.
func (r *resolver) pluralAntecedent(si, ti int) (int, bool) {
	if r.quoted[si][ti] {
		return -1, false
	}
	orgAt := func(s, k int) (int, bool) {
		m, ok := r.d.MentionAt(s, k)
		if !ok || m.Entity < 0 || m.Kind == KindPronoun || r.kinds[m.Entity] != "ORG" || !r.pluralOrg(r.clusters[m.Entity]) {
			return -1, false
		}
		toks := r.doc[s].Tokens
		if m.End < len(toks) && pluralNoun(toks[m.End]) {
			return -1, false // "Labour MPs", "United footballers": the members, not the organisation
		}
		if r.inList(m) {
			return -1, false // "Fiat and GM ... their alliance": both
		}
		return m.Entity, true
	}
	toks := r.doc[si].Tokens
	for j := ti - 1; j >= 0; j-- {
		if strings.HasPrefix(toks[j].Deprel, "nsubj") {
			return orgAt(si, j)
		}
	}
	if si == 0 {
		return -1, false
	}
	for j := ti + 1; j < len(toks) && strings.EqualFold(toks[ti].Text, "their"); j++ {
		if strings.HasPrefix(toks[j].Deprel, "nsubj") && j+1 != toks[ti].Head {
			return -1, false // "To broaden their base, some Japanese banks have ...": a subject after it
		}
	}
	prev := r.doc[si-1].Tokens
	for k := range prev {
		if strings.HasPrefix(prev[k].Deprel, "nsubj") && prev[k].Head > 0 && prev[prev[k].Head-1].Deprel == "root" {
			return orgAt(si-1, k)
		}
	}
	return -1, false
}

// raisingVerbs take an expletive "it": "it seems", "it remains unclear".
var raisingVerbs = map[string]bool{
	"seem": true, "appear": true, "happen": true, "remain": true, "matter": true, "take": true,
	"mean": true, "emerge": true, "become": true, "rain": true, "follow": true, "turn": true,
}

// referentialIt reports whether "it"/"its" at ti can refer to an entity:
// "its" always can; "it" only as the subject of a verb that is not
// copular and takes no clausal subject or complement ("it is likely
// that", "it seems", "it is thought that" are expletive).
func (r *resolver) referentialIt(si, ti int) bool {
	toks := r.doc[si].Tokens
	t := &toks[ti]
	if strings.EqualFold(t.Text, "its") {
		return true
	}
	switch t.Deprel {
	case "nsubj", "nsubj:pass":
	default:
		return false // an object "it" is mostly a thing or an event: "tendered it"
	}
	h := tokHead(toks, ti)
	if h < 0 || toks[h].UPOS != "VERB" || raisingVerbs[strings.ToLower(lemmaOf(&toks[h]))] {
		return false
	}
	for _, c := range r.children[si][h] {
		switch toks[c].Deprel {
		case "cop", "expl", "csubj", "csubj:pass", "ccomp":
			// "it is thought that", "It amazes me that": "it" stands for
			// the clause (losing "it said that" of an organisation)
			return false
		}
	}
	// "it" followed by a clause it stands for: "make it possible to"
	if ti+1 < len(toks) && toks[ti+1].UPOS == "ADJ" {
		return false
	}
	return true
}

// neuterAntecedent finds the organisation or place "it"/"its" refers to:
// the only candidate before it in its own sentence, else the subject or
// only candidate of one of the two sentences before; competing candidates, demonyms ("the Cuban
// government's ... its") included, leave it unresolved. A possessive in a
// phrase fronted before the subject ("Because of its drilling, Turkey
// ...") is the subject's. A bare "it" looks back one sentence only, and
// there only at the subject: "It follows ..." often stands for an event.
func (r *resolver) neuterAntecedent(si, ti int) (int, bool) {
	if r.quoted[si][ti] && !r.quotedNameBefore(si, ti) {
		// a quotation's "it" is the speaker's thing, seldom the
		// organisation the article named before: "'At the moment it
		// can't even service the interest on its debt,' he said"
		return -1, false
	}
	possessive := !strings.EqualFold(r.doc[si].Tokens[ti].Text, "it")
	if possessive {
		if e, ok := r.frontedSubject(si, ti); ok {
			return e, true
		}
	}
	if e, ok := r.reporter(si, ti); ok {
		return e, true
	}
	if possessive {
		if e, ok := r.ownerSubject(si, ti); ok {
			return e, true
		}
	}
	maxBack := 2
	if !possessive {
		maxBack = 1
	}
	for back := 0; back <= maxBack && si-back >= 0; back++ {
		s := si - back
		limit := -1
		if back == 0 {
			limit = ti
		}
		ents, subj := r.neuterCandidates(s, limit)
		switch {
		case back == 0 && len(ents) > 1:
			// "Tripoli is the LNA's objective in its operation"
			return -1, false
		case subj >= 0 && !possessive && back > 0 && !r.rootSubjectIs(s, subj):
			// "G7 ... is a group of seven countries, though the EU is
			// also involved. It grew out of ...": a subject "it" takes
			// up the main clause's subject, not a subordinate one's
			return -1, false
		case subj >= 0:
			return subj, true
		case len(ents) == 1 && possessive && r.d.Mentions[ents[0]].Kind == KindName:
			return r.d.Mentions[ents[0]].Entity, true
		case len(ents) == 1 && back == 0 && r.d.Mentions[ents[0]].Kind == KindName:
			// a subject "it" after a lone name in its own sentence: an
			// organisation, unless a thing was the subject before it
			// ("The centre belongs to the Directorate; it was
			// targeted") or the name is a place ("in London ... it was
			// extended": places are seldom "it")
			e := r.d.Mentions[ents[0]].Entity
			if r.kinds[e] != "ORG" || r.thingSubjectBefore(s, ti) {
				return -1, false
			}
			return e, true
		case len(ents) >= 1:
			return -1, false
		}
	}
	return -1, false
}

// quotedNameBefore reports whether an organisation's or place's name
// stands before token ti in the quotation that holds it, in its sentence:
// "'Apple has unlawfully bundled its monopoly ...'".
func (r *resolver) quotedNameBefore(si, ti int) bool {
	for k := ti - 1; k >= 0 && r.quoted[si][k]; k-- {
		if _, ok := r.orgOrPlaceAt(si, k); ok {
			return true
		}
	}
	return false
}

// reporter returns the organisation or place whose words a neuter
// pronoun stands in: "Datapower Inc said it failed to meet the
// requirements, but it received an exemption which will allow its common
// stock to be quoted", "Endotronics Inc, halted on Nasdaq, said it
// expected losses"; or the name it is listed with ("a suit against
// PepsiCo Inc and its unit"). From the pronoun (token ti of sentence si)
// up the tree to a clausal complement, the clauses passed have no subject of
// their own but the pronoun, "it" or a relative pronoun; the verb that
// takes the complement comes before the pronoun, with no quotation mark
// between, and has a named organisation or place, in the singular, as its
// subject. Not "Acme said the bank would raise its rates" (the bank's),
// "'It might sound great,' said ...", "the Liberal Democrats said it was
// misdirected", "NAFCO Financial Group Inc's Naples Federal said it" (the
// unit's), "warned the European Community it will face retaliation".
func (r *resolver) reporter(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	for j, steps := ti, 0; steps < 16; steps++ {
		h := tokHead(toks, j)
		if h < 0 {
			return -1, false
		}
		if toks[j].Deprel == "conj" {
			// "a suit against PepsiCo Inc and its unit": the name the
			// pronoun's phrase is listed with
			if m, ok := r.orgOrPlaceAt(si, h); ok && m.End <= ti && listedNext(toks, m.End, ti) {
				return m.Entity, true
			}
		}
		for _, c := range r.children[si][h] {
			if c == j || !strings.HasPrefix(toks[c].Deprel, "nsubj") {
				continue
			}
			if toks[j].Deprel == "ccomp" {
				m, ok := r.orgOrPlaceAt(si, c)
				if !ok || pluralNoun(toks[c]) || h > ti || quoteBetween(toks, h, ti) || dashBetween(toks, m.End, h) ||
					m.End < len(toks) && isPossessive(toks[m.End].Text) || r.namedObject(si, h) {
					return -1, false
				}
				return m.Entity, true
			}
			switch strings.ToLower(toks[c].Text) {
			case "it", "which", "that":
			default:
				return -1, false // a subject of its own: "the bank would raise its rates"
			}
		}
		if toks[j].Deprel == "ccomp" {
			return -1, false // a complement with no subject to report it
		}
		j = h
	}
	return -1, false
}

// ownerSubject returns the organisation or place that "its" (token ti of
// sentence si) belongs to when that is the subject of its clause, named
// or taken up by a relative pronoun: "Ford, which has sold 4,000 of its
// first hybrid", "Reuters also beat its savings target". The nearest
// clause above the pronoun with a subject decides: a subject that is no
// such name ("the film opened, bringing its takings") leaves it to the
// other cues, and so does one that holds the pronoun.
func (r *resolver) ownerSubject(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	for j, steps := ti, 0; steps < 12; steps++ {
		h := tokHead(toks, j)
		if h < 0 {
			return -1, false
		}
		if j != ti && toks[j].UPOS == "NOUN" && classNouns[strings.ToLower(lemmaOf(&toks[j]))] != "" {
			return -1, false // "to meet a country in the midst of its first Golden Age"
		}
		if d := toks[j].Deprel; (d == "appos" || d == "conj") && r.d.at[si][h] != 0 {
			return -1, false // "suing Gazprom, its unit Gazpromneft, ..."
		}
		for _, c := range r.children[si][h] {
			if toks[c].Deprel == "cop" {
				return -1, false // "Aguas de Barcelona is its second biggest shareholder"
			}
		}
		for _, c := range r.children[si][h] {
			if c >= ti || !strings.HasPrefix(toks[c].Deprel, "nsubj") {
				continue
			}
			if c == j {
				return -1, false // the pronoun is in the subject
			}
			k := c
			if w := strings.ToLower(toks[c].Text); (w == "which" || w == "that") && toks[h].Deprel == "acl:relcl" {
				k = tokHead(toks, h) // the name the clause describes
			}
			m, ok := r.orgOrPlaceAt(si, k)
			if !ok || m.End < len(toks) && (toks[m.End].UPOS == "NOUN" || toks[m.End].UPOS == "PROPN") {
				// (not a name that qualifies the subject: "UK telco BT",
				// "BBC comedy Coupling")
				return -1, false
			}
			return m.Entity, true
		}
		j = h
	}
	return -1, false
}

// orgOrPlaceAt returns the name mention headed by token k of sentence si
// when its entity is an organisation or a place.
func (r *resolver) orgOrPlaceAt(si, k int) (*Mention, bool) {
	m, ok := r.d.MentionAt(si, k)
	if !ok || m.Kind != KindName || m.Entity < 0 || k != m.Head {
		return nil, false
	}
	switch r.kinds[m.Entity] {
	case "ORG", "LOC":
		return m, true
	}
	return nil, false
}

// quoteBetween reports whether a quotation mark stands between tokens i
// and j: a quotation is the speaker's words, in which "it" is seldom the
// speaker.
func quoteBetween(toks []nlp.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if isQuote(toks[k].Text) {
			return true
		}
	}
	return false
}

// listedNext reports whether token j comes right after a list's "and"
// or "or" that follows token i-1: "PepsiCo Inc and its unit", "Nuclad
// Inc, and its subsidiaries".
func listedNext(toks []nlp.Token, i, j int) bool {
	if j-i < 1 || j-i > 2 || toks[j-1].Text != "and" && toks[j-1].Text != "or" {
		return false
	}
	return j-i == 1 || toks[i].Text == ","
}

// namedObject reports whether verb h of sentence si has a named
// organisation or place as its object: "warned the European Community it
// will face retaliation", whose "it" may be either.
func (r *resolver) namedObject(si, h int) bool {
	for _, c := range r.children[si][h] {
		switch r.doc[si].Tokens[c].Deprel {
		case "obj", "iobj":
			if _, ok := r.orgOrPlaceAt(si, c); ok {
				return true
			}
		}
	}
	return false
}

// dashBetween reports whether a dash stands between tokens i (included)
// and j: a dateline's place before the story's subject ("CALGARY,
// Alberta, March 6 - Canterra Energy Ltd said it"), which the parser may
// take for the subject.
func dashBetween(toks []nlp.Token, i, j int) bool {
	for k := i; k < j; k++ {
		switch toks[k].Text {
		case "-", "--", "–", "—":
			return true
		}
	}
	return false
}

// rootSubjectIs reports whether entity e is the subject of sentence s's
// root predicate.
func (r *resolver) rootSubjectIs(s, e int) bool {
	toks := r.doc[s].Tokens
	for j := range toks {
		if !strings.HasPrefix(toks[j].Deprel, "nsubj") {
			continue
		}
		if h := tokHead(toks, j); h < 0 || toks[h].Deprel != "root" {
			continue
		}
		if m, ok := r.d.MentionAt(s, j); ok && m.Entity == e {
			return true
		}
	}
	return false
}

// thingSubjectBefore reports whether sentence s has, before token limit,
// a singular common noun as a subject that names no entity: the likelier
// antecedent of a following "it".
func (r *resolver) thingSubjectBefore(s, limit int) bool {
	toks := r.doc[s].Tokens
	for j := 0; j < limit && j < len(toks); j++ {
		t := &toks[j]
		if (t.Deprel == "nsubj" || t.Deprel == "nsubj:pass") && t.UPOS == "NOUN" && t.XPOS != "NNS" && r.d.at[s][j] == 0 && !RoleNoun(lemmaOf(t)) {
			return true
		}
	}
	return false
}

// neuterCandidates returns one mention per distinct organisation or place
// in sentence s before token limit (all if limit < 0), and the entity of
// the nearest named subject among them (-1 if none).
func (r *resolver) neuterCandidates(s, limit int) (ments []int, subj int) {
	subj = -1
	seen := map[int]bool{}
	toks := r.doc[s].Tokens
	for j := range toks {
		if limit >= 0 && j >= limit {
			break
		}
		mi := r.d.at[s][j] - 1
		if mi < 0 {
			continue
		}
		m := &r.d.Mentions[mi]
		if m.Entity < 0 || (m.Kind != KindName && m.Kind != KindDemonym) || datelineAgencyMention(toks, m) {
			continue
		}
		switch r.kinds[m.Entity] {
		case "ORG", "LOC":
		default:
			continue
		}
		if !seen[m.Entity] {
			seen[m.Entity] = true
			ments = append(ments, int(mi))
		}
		if m.Kind == KindName && j == m.Head && strings.HasPrefix(toks[j].Deprel, "nsubj") {
			subj = m.Entity
		}
	}
	return ments, subj
}

// frontedSubject: a possessive before the main clause's subject refers to
// that subject when it is a named organisation or place.
func (r *resolver) frontedSubject(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	for j := ti + 1; j < len(toks); j++ {
		if !strings.HasPrefix(toks[j].Deprel, "nsubj") {
			continue
		}
		// the main clause's subject, or one after a comma closing a
		// fronted phrase (robust to a parser that roots the phrase)
		h := tokHead(toks, j)
		comma := false
		for k := ti + 1; k < j; k++ {
			comma = comma || toks[k].Text == ","
		}
		if h < 0 || (tokHead(toks, h) >= 0 && !comma) {
			return -1, false
		}
		m, ok := r.d.MentionAt(si, j)
		if !ok || m.Entity < 0 || m.Kind != KindName {
			return -1, false
		}
		switch r.kinds[m.Entity] {
		case "ORG", "LOC":
			// the pronoun must not sit inside the subject itself
			for k, n := ti, 0; k >= 0 && n < len(toks); k, n = tokHead(toks, k), n+1 {
				if k == j {
					return -1, false
				}
			}
			return m.Entity, true
		}
		return -1, false
	}
	return -1, false
}

// coref resolves pronouns and definite descriptions, in text order, so that
// a resolved mention can serve as antecedent for later ones.
func (r *resolver) coref() {
	// entity of each name/demonym mention
	r.kinds = make([]string, len(r.clusters))
	r.quoted = quotedTokens(r.doc)
	for _, c := range r.clusters {
		for _, mi := range c.mentions {
			r.d.Mentions[mi].Entity = c.id
		}
		r.kinds[c.id] = r.typeOf(c)
	}
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for ti := range toks {
			if r.d.at[si][ti] != 0 {
				continue
			}
			t := &toks[ti]
			w := strings.ToLower(t.Text)
			if (malePronouns[w] || femalePronouns[w]) && (t.UPOS == "PRON" || t.UPOS == "" || t.UPOS == "DET") {
				if e, ok := r.pronounAntecedent(si, ti); ok {
					mi := r.add(Mention{Sentence: si, Start: ti, End: ti + 1, Head: ti, Text: t.Text, Type: "PERSON", Kind: KindPronoun, Entity: e})
					r.clusters[e].mentions = append(r.clusters[e].mentions, mi)
				}
				continue
			}
			if pluralPronouns[w] && (t.UPOS == "PRON" || t.UPOS == "DET") {
				if e, ok := r.pluralAntecedent(si, ti); ok {
					mi := r.add(Mention{Sentence: si, Start: ti, End: ti + 1, Head: ti, Text: t.Text, Type: r.kinds[e], Kind: KindPronoun, Entity: e})
					r.clusters[e].mentions = append(r.clusters[e].mentions, mi)
				}
				continue
			}
			if neuterPronouns[w] && (t.UPOS == "PRON" || t.UPOS == "" || t.UPOS == "DET") && r.referentialIt(si, ti) {
				if e, ok := r.neuterAntecedent(si, ti); ok {
					mi := r.add(Mention{Sentence: si, Start: ti, End: ti + 1, Head: ti, Text: t.Text, Type: r.kinds[e], Kind: KindPronoun, Entity: e})
					r.clusters[e].mentions = append(r.clusters[e].mentions, mi)
				}
				continue
			}
			if t.UPOS == "NOUN" || t.UPOS == "PROPN" {
				if e, ok := r.nominalAntecedent(si, ti); ok {
					mi := r.add(Mention{Sentence: si, Start: ti, End: ti + 1, Head: ti, Text: t.Text, Type: r.kinds[e], Kind: KindNominal, Entity: e})
					r.clusters[e].mentions = append(r.clusters[e].mentions, mi)
				}
			}
		}
	}
}

// nameHasWord reports whether a name of c of two words or more has the
// word w.
func nameHasWord(c *cluster, w string) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") && slices.Contains(strings.Fields(f), w) {
			return true
		}
	}
	return false
}

// personsIn returns the distinct person entities mentioned in sentence si
// before token limit (all tokens if limit < 0), in order, and which of them
// is a subject.
func (r *resolver) personsIn(si, limit int) (ents []int, subj map[int]bool) {
	subj = map[int]bool{}
	toks := r.doc[si].Tokens
	seen := map[int]bool{}
	for ti := range toks {
		if limit >= 0 && ti >= limit {
			break
		}
		m, ok := r.d.MentionAt(si, ti)
		if !ok || m.Entity < 0 || r.kinds[m.Entity] != "PERSON" {
			continue
		}
		if !seen[m.Entity] {
			seen[m.Entity] = true
			ents = append(ents, m.Entity)
		}
		if ti == m.Head && strings.HasPrefix(toks[ti].Deprel, "nsubj") {
			subj[m.Entity] = true
		}
	}
	return ents, subj
}

// clauseSubject returns the entity of the subject of the nearest clause
// above token ti of sentence si that has one, a name or a pronoun already
// resolved before ti: "Anelka played under Gerard Houllier before sealing
// his switch" is Anelka's. A subject that holds the token stands for a
// coordinated clause only ("Gray ran free, and his cross left Tonge"),
// and a person as object of a clause passed leaves the answer open
// ("accused Mr Brown of missing his target").
func (r *resolver) clauseSubject(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	inSubject := false
	for j, steps := ti, 0; steps < 12; steps++ {
		h := tokHead(toks, j)
		if h < 0 {
			return -1, false
		}
		if inSubject && toks[j].Deprel != "conj" {
			// "Lord Goldsmith's admission that his answer ... suggested":
			// the subject holding the pronoun is no coordinated clause's
			return -1, false
		}
		if toks[j].Deprel == "conj" && r.personPhrase(si, h) {
			return -1, false // "John Sankus and his gang"
		}
		inSubject = false
		for _, c := range r.children[si][h] {
			if c >= ti {
				continue
			}
			switch d := toks[c].Deprel; {
			case c == j && d != "obj" && d != "iobj":
				inSubject = strings.HasPrefix(d, "nsubj")
			case d == "obj" || d == "iobj" || d == "nmod:poss":
				// "accused Mr Brown of missing his target", "hailed
				// Gerrard for his strike", "Lord Goldsmith's admission
				// that his answer": an object or owner may be meant
				if r.personPhrase(si, c) {
					return -1, false
				}
			}
		}
		for _, c := range r.children[si][h] {
			if c == j || c >= ti || !strings.HasPrefix(toks[c].Deprel, "nsubj") {
				continue
			}
			m, ok := r.d.MentionAt(si, c)
			if !ok || m.Entity < 0 || c != m.Head && m.Kind == KindName {
				return -1, false
			}
			return m.Entity, true
		}
		j = h
	}
	return -1, false
}

// personPhrase reports whether token k of sentence si, or a word of its
// name ("Mr Brown", with "Brown" the name), is a person's name mention.
func (r *resolver) personPhrase(si, k int) bool {
	isPerson := func(k int) bool {
		m, ok := r.d.MentionAt(si, k)
		return ok && m.Kind == KindName && m.Entity >= 0 && r.kinds[m.Entity] == "PERSON"
	}
	if isPerson(k) {
		return true
	}
	for _, c := range r.children[si][k] {
		if d := r.doc[si].Tokens[c].Deprel; (d == "flat" || d == "compound") && isPerson(c) {
			return true
		}
	}
	return false
}

// ownSubject returns the entity of the subject of the verb whose object
// token ti of sentence si is, when ti is "him" or "her" (not the
// possessive "her") and the subject came before it.
func (r *resolver) ownSubject(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	if w := strings.ToLower(toks[ti].Text); w != "him" && w != "her" || toks[ti].XPOS == "PRP$" || toks[ti].Deprel != "obj" && toks[ti].Deprel != "iobj" {
		return -1, false
	}
	// "picked up her first ever Grammy", "had her first starring role",
	// whatever the tags and parse say: modifiers and a noun after "her"
	k := ti + 1
	for k < len(toks) && (toks[k].UPOS == "ADV" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "NUM" || toks[k].XPOS == "VBG" && k > ti+1) {
		k++
	}
	if k < len(toks) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
		return -1, false
	}
	h := tokHead(toks, ti)
	if h < 0 {
		return -1, false
	}
	for _, c := range r.children[si][h] {
		if c < ti && strings.HasPrefix(toks[c].Deprel, "nsubj") && toks[c].Deprel != "nsubj:pass" {
			if m, ok := r.d.MentionAt(si, c); ok && m.Entity >= 0 {
				return m.Entity, true
			}
		}
	}
	return -1, false
}

// quoteVerbs introduce a quotation: its speaker is their subject.
var quoteVerbs = map[string]bool{
	"say": true, "tell": true, "add": true, "insist": true, "explain": true, "claim": true,
	"argue": true, "warn": true, "reply": true, "write": true, "admit": true, "ask": true,
	"answer": true, "declare": true, "continue": true, "conclude": true, "recall": true,
}

// quotedTokens marks the tokens of doc that stand in a quotation: after an
// opening mark and before its closing one. A quotation left open at the
// end of a sentence goes on into the next only if that sentence closes
// it before opening another ("... he said. \"It is over. We go home,\"
// he added" opens once); a mark left unclosed closes at the sentence's
// end.
func quotedTokens(doc []nlp.Sentence) [][]bool {
	out := make([][]bool, len(doc))
	open := false
	for si := range doc {
		out[si] = make([]bool, len(doc[si].Tokens))
		for k, t := range doc[si].Tokens {
			switch t.Text {
			case "\"":
				open = !open
				continue
			case "“", "``":
				open = true
				continue
			case "”", "''":
				open = false
				continue
			}
			out[si][k] = open
		}
		if open && si+1 < len(doc) && !closesFirst(doc[si+1].Tokens) {
			open = false
		}
	}
	return out
}

// closesFirst reports whether the first quotation mark of toks closes a
// quotation: a closing mark, or a straight one that does not open the
// sentence.
func closesFirst(toks []nlp.Token) bool {
	for k, t := range toks {
		switch t.Text {
		case "\"":
			return k > 0
		case "”", "''":
			return true
		case "“", "``":
			return false
		}
	}
	return false
}

// quoteSpeakers returns the entities that speak the quotation token ti of
// sentence si stands in: the subjects, already resolved, of the verbs
// of saying outside the quotation in the sentence ("\"He is down for the
// job,\" Ms Jowell said", "The Tory leader went on: \"He ...\"").
func (r *resolver) quoteSpeakers(si, ti int) []int {
	if !r.quoted[si][ti] {
		return nil
	}
	toks := r.doc[si].Tokens
	for q := ti - 1; q > 0; q-- {
		if !r.quoted[si][q] {
			// the opening mark at q: after a subject it opens the words
			// of a reported clause, where the speaker is "she" ("Ms
			// Kelly said she \"would not trust him as far as she could
			// throw him\"")
			if strings.HasPrefix(toks[q-1].Deprel, "nsubj") {
				return nil
			}
			break
		}
	}
	var out []int
	for k := range toks {
		if r.quoted[si][k] || toks[k].UPOS != "VERB" || !quoteVerbs[strings.ToLower(lemmaOf(&toks[k]))] && !wentOn(toks, r.children[si], k) {
			continue
		}
		for _, c := range r.children[si][k] {
			if strings.HasPrefix(toks[c].Deprel, "nsubj") && !r.quoted[si][c] {
				if e, ok := r.d.EntityAt(si, c); ok {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// wentOn reports whether verb k is "go on" or "went on", which introduces
// a quotation.
func wentOn(toks []nlp.Token, children [][]int, k int) bool {
	if strings.ToLower(lemmaOf(&toks[k])) != "go" {
		return false
	}
	for _, c := range children[k] {
		if toks[c].Deprel == "compound:prt" && strings.EqualFold(toks[c].Text, "on") {
			return true
		}
	}
	return false
}

// pronounAntecedent finds the person a third-person pronoun refers to.
// It looks first earlier in the same sentence, then (for a possessive in a
// fronted phrase) at the sentence's subject, then back up to three
// sentences; two competing persons leave the pronoun unresolved.
func (r *resolver) pronounAntecedent(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	w := toks[ti].Text
	// persons of the other sex are not candidates: "Carrie Lam ... Joshua
	// Wong ... she" is Lam
	// in a quotation, not its speaker: "The Tory leader went on: \"He
	// doesn't stop there\"" is another man
	speakers := r.quoteSpeakers(si, ti)
	keep := func(ents []int, subj map[int]bool) ([]int, map[int]bool) {
		out := ents[:0:0]
		for _, e := range ents {
			if r.agrees(e, w) && !slices.Contains(speakers, e) {
				out = append(out, e)
			} else {
				delete(subj, e)
			}
		}
		return out, subj
	}
	ents, subj := keep(r.personsIn(si, ti))
	if e, ok := r.ownSubject(si, ti); ok {
		// "Taylor showed him how it should be done" after Rooney's
		// miss: an object pronoun is not its own verb's subject
		ents = slices.DeleteFunc(ents, func(x int) bool { return x == e })
		delete(subj, e)
	}
	if len(ents) > 0 {
		// "He was an associate of Ferdinand Marcos, and he left the
		// country": a subject pronoun after an earlier subject in its
		// sentence continues that subject
		if strings.HasPrefix(toks[ti].Deprel, "nsubj") && len(subj) == 1 {
			for _, e := range ents {
				if subj[e] {
					return e, true
				}
			}
		}
		// "Williams, Sidoli's team-mate, is set to win his 50th cap": a
		// possessive refers to its clause's subject when that is a
		// person named before it
		if toks[ti].Deprel == "nmod:poss" {
			if e, ok := r.clauseSubject(si, ti); ok && slices.Contains(ents, e) {
				return e, true
			}
		}
		// nearest preceding person in the sentence
		for j := ti - 1; j >= 0; j-- {
			if m, ok := r.d.MentionAt(si, j); ok && m.Entity >= 0 && slices.Contains(ents, m.Entity) {
				return m.Entity, true
			}
		}
	}
	// cataphora: "In the course of his visit Haftar gave ..."
	if toks[ti].Deprel == "nmod:poss" {
		all, subj := keep(r.personsIn(si, -1))
		if len(subj) == 1 {
			for _, e := range all {
				if subj[e] {
					return e, true
				}
			}
		}
	}
	for back := 1; back <= 3 && si-back >= 0; back++ {
		ents, subj := keep(r.personsIn(si-back, -1))
		switch {
		case len(ents) == 0:
			continue
		case len(ents) == 1:
			return ents[0], true
		case len(subj) == 1:
			for _, e := range ents {
				if subj[e] {
					return e, true
				}
			}
		}
		return -1, false
	}
	return -1, false
}

// nominalAntecedent resolves a definite description "the N" whose head
// noun N is a title or class noun of an entity mentioned earlier.
func (r *resolver) nominalAntecedent(si, ti int) (int, bool) {
	toks := r.doc[si].Tokens
	t := &toks[ti]
	lem := strings.ToLower(lemmaOf(t))
	if !RoleNoun(lem) && classNouns[lem] == "" {
		return -1, false
	}
	// descriptions attached to a name ("X, the LNA spokesman", "LNA
	// spokesman X") describe it rather than refer back
	switch t.Deprel {
	case "appos", "nmod:desc", "compound", "flat", "amod":
		return -1, false
	}
	// only singular descriptions: "the country", not "our two countries"
	if strings.HasSuffix(t.XPOS, "S") || (t.XPOS == "" && strings.HasSuffix(strings.ToLower(t.Text), "s") && !strings.HasSuffix(lem, "s")) {
		return -1, false
	}
	if teamWords[lem] && ti+1 < len(toks) && toks[ti+1].Text == "-" {
		return -1, false // "Liverpool team-mate Mark Wright"
	}
	definite := false
	var modEnt = -1
	for _, c := range r.children[si][ti] {
		ct := &toks[c]
		switch {
		case teamWords[lem] && (ct.Deprel == "compound" && capitalisedWord(ct.Text) || ct.Deprel == "nmod:poss" && ct.UPOS == "PRON" ||
			ct.Deprel == "amod" && otherTeam[strings.ToLower(ct.Text)]):
			// another team named ("the Tampa Bay Buccaneers team"),
			// someone's ("put me in his team") or another side ("the
			// home team")
			return -1, false
		case ct.Deprel == "det" && strings.EqualFold(ct.Text, "the"):
			definite = true
		case ct.Deprel == "compound" || ct.Deprel == "nmod:poss" || ct.Deprel == "amod":
			if e, ok := r.d.EntityAt(si, c); ok {
				modEnt = e
				definite = definite || ct.Deprel != "amod"
			}
		case ct.Deprel == "nmod" || ct.Deprel == "acl:relcl" || ct.Deprel == "acl":
			return -1, false // restrictive modifiers introduce a new referent
		case (ct.Deprel == "appos" || ct.Deprel == "flat") && r.d.at[si][c] != 0:
			return -1, false // a name's description: "Agassi's coach Darren Cahill"
		case ct.Deprel == "case" && strings.EqualFold(ct.Text, "as"):
			return -1, false // a role given: "restored him as England captain"
		}
	}
	if !definite {
		return -1, false
	}
	// Candidates: entities having that title, scored by salience (recency
	// decayed mention counts) so that the most salient one wins; an entity
	// modifier ("the LNA spokesman") must not itself be the antecedent.
	best, bestScore, second := -1, 0.0, 0.0
	// "the group", "the company": any organisation when none was
	// introduced with that noun
	generic := genericClassNouns[lem]
	if generic {
		for _, c := range r.clusters {
			if c.titles[lem] {
				generic = false
				break
			}
		}
	}
	for _, c := range r.clusters {
		if c.id == modEnt || generic && r.agencyOnly(c) {
			continue
		}
		// "the Bank" after "the Bank of Japan": a capitalised noun of
		// the name stands for it
		named := capitalisedWord(t.Text) && nameHasWord(c, t.Text)
		if !c.titles[lem] && !(generic && r.kinds[c.id] == classNouns[lem] && !(companyWords[lem] && r.publicBody(c))) && !named &&
			!(teamWords[lem] && r.isTeam(c) && (lem == "team" || r.regionOf(c) != nation)) {
			continue
		}
		if c.titles[lem] && RoleNoun(lem) && !r.roleFits(c, lem, r.roleModifiers(si, ti)) {
			continue // "the prime minister" is not the deputy prime minister
		}
		score := 0.0
		for _, mi := range c.mentions {
			m := &r.d.Mentions[mi]
			if m.Sentence > si || (m.Sentence == si && m.Start >= ti) {
				continue
			}
			d := si - m.Sentence
			w := 1.0
			for k := 0; k < d; k++ {
				w *= 0.8
			}
			score += w
		}
		if score <= 0 {
			continue
		}
		if score > bestScore {
			second = bestScore
			best, bestScore = c.id, score
		} else if score > second {
			second = score
		}
	}
	if best < 0 || second >= bestScore*0.8 {
		return -1, false // no candidate, or two about equally salient
	}
	return best, true
}

// otherTeam qualify "team" for a side the article may not have named.
var otherTeam = map[string]bool{
	"home": true, "away": true, "visiting": true, "opposing": true, "rival": true, "other": true,
	"national": true, "youth": true, "reserve": true,
}

// teamWords refer back to a sports team, whatever its name: "the club",
// "the team" after "Chelsea" used as a club's name (a nation's team is no
// club).
var teamWords = map[string]bool{"club": true, "team": true}

// isTeam reports whether c is an organisation used as a sports team's
// (a club's name, a town's name as a club's, see teamRole).
func (r *resolver) isTeam(c *cluster) bool {
	if r.kinds[c.id] != "ORG" {
		return false
	}
	for f := range c.forms {
		if isClubName(f) || r.cityClub(f) {
			return true
		}
	}
	return r.teamRole(c, "ORG")
}

// chamberNames name a parliament's chambers by their rank.
var chamberNames = map[string]bool{
	"Lower House": true, "Upper House": true, "Lower Chamber": true, "Upper Chamber": true,
}

// companyWords are the generic class nouns that name a business.
var companyWords = map[string]bool{"company": true, "firm": true}

// publicHeads end the names of public bodies, courts, parties, unions and
// universities, which no "the company" or "the firm" refers back to.
var publicHeads = map[string]bool{
	"parliament": true, "ministry": true, "council": true, "commission": true, "party": true,
	"agency": true, "court": true, "university": true, "institute": true, "committee": true,
	"assembly": true, "senate": true, "congress": true, "department": true, "office": true,
	"union": true, "federation": true, "authority": true, "tribunal": true, "academy": true,
	"bureau": true, "administration": true, "college": true, "embassy": true, "consulate": true,
	"forces": true, "army": true, "militia": true, "navy": true, "police": true, "government": true,
}

// publicBody reports whether cluster c names a public body: the SEC
// after "the Securities and Exchange Commission said", not "the firm"
// it fined.
func (r *resolver) publicBody(c *cluster) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		if publicHeads[strings.ToLower(w[len(w)-1])] || r.hasSubtype(f, gazetteer.SubBody) {
			return true
		}
	}
	return false
}

// typeOf votes the type of a cluster over the mentions of its longest
// name, which say most about it, then over all its mentions.
func (r *resolver) typeOf(c *cluster) string {
	long := joinKey(c.keys[0])
	count := map[string]int{}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind == KindName && joinKey(NameKey(m.Text)) == long {
			count[m.Type]++
		}
	}
	if count["WORK"] > 0 {
		// "the film Vera Drake": a title once is the title wherever
		// else the name stands alone
		return "WORK"
	}
	var typ string
	if len(count) == 0 {
		typ = vote(c.types)
	} else {
		typ = vote(count)
	}
	for f := range c.forms {
		if isEventName(f) && !hasLegalForm(c.keys[0]) && !r.gazetteerPlace(f) {
			// "Athens Olympics", "US Open": an event, whatever the
			// recogniser says, and no person, organisation or place
			// (but "First Marathon" for "First Marathon Securities
			// Ltd", a company's, and "Lee's Summit", a town).
			return "EVENT"
		}
	}
	if r.award(c) {
		// "his first Oscar", "Oscar nominations", "the Baftas": a
		// prize and its ceremony, no person, place or organisation
		return "EVENT"
	}
	if allForms(c, partyNames) {
		return "ORG" // "the Tory plans": a party's short name
	}
	if allForms(c, chamberNames) {
		return "ORG" // "138 seats in the Lower House": a parliament's chamber, a body
	}
	if typ == "PERSON" && r.placeBesidePlace(c) {
		// "from Lambeth, south London", "in Port of Spain, Trinidad.":
		// a place in a place, or the place a place is in
		return "LOC"
	}
	if (typ == "ORG" || typ == "LOC") && r.surnameAlone(c) && r.personLike(c) {
		// "Ethiopia's [Tigst Assefa]ORG ... Assefa, who ran alone": a
		// name that reads as a person's, whose surname the recogniser
		// found alone as a person's, is that person
		return "PERSON"
	}
	if typ == "PERSON" && r.worldRegion(c) {
		// "markets including Asia": a continent alone, whatever given
		// name it also is
		return "LOC"
	}
	if (typ == "LOC" || typ == "ORG") && r.afterPersonNoun(c) && !r.bigPlaceAlone(c) && !r.knownOrg(c, typ) {
		// "U2 frontman Bono", "Chelsea left-back Wayne Bridge": a name
		// right after a noun for a person is a person's
		return "PERSON"
	}
	if typ == "ORG" && r.regionAlone(c) && r.afterPlacePrep(c.mentions) && !r.knownOrg(c, typ) {
		// "lawmakers in Texas" beside "Texas Commerce Bancshares Inc",
		// where the recogniser spread the company's type to the state:
		// a state's or province's name alone, after a preposition of
		// place, is the place
		return "LOC"
	}
	if typ == "ORG" && r.townAlone(c) && r.inTown(c.mentions) && !r.knownOrg(c, typ) {
		// "building jobs in Ennis", "a rally near Brixton": a town the
		// gazetteer knows, named alone after "in" or "near" (not "a
		// stake in Corning"), is the town, however small
		return "LOC"
	}
	if typ == "ORG" && r.bigPlaceAlone(c) && !r.knownOrg(c, typ) {
		// "Tehran said": a country's or a big city's name alone is the
		// place, as news writes a government's by its capital (not a
		// club named so: "Milan", "Madrid")
		return "LOC"
	}
	if typ == "PERSON" && r.cityAlone(c) && !r.knownOrg(c, typ) {
		// "bushfire in Sydney", "Sydney's fire risk": a city of a
		// million people or more named alone, once after a preposition
		// of place, whatever given name it also is (a club named so is
		// a club: "get past Milan")
		return "LOC"
	}
	if long := longestForm(c); typ == "PERSON" && endsInAcronym(long) && !r.knownOrgWord(long[strings.LastIndexByte(long, ' ')+1:]) {
		// "Sydney YIMBY", "Hutton LBO" (but a known body's acronym
		// after a name is another name: "Maria NATO")
		return "ORG"
	}
	if typ == "PERSON" && r.whichNotWho(c) {
		// "rule by Frelimo, which has governed since": a one-word name
		// the article takes up with "which" and never with "who", no
		// given name, is no person's
		if r.isPlace(longestForm(c)) {
			return "LOC"
		}
		return "ORG"
	}
	if typ == "PERSON" && r.bracketInitials(c) {
		// "Samagi Jana Balawegaya (SJB)": a name whose initials the
		// article gives in brackets after it, opening with no given name,
		// is a body's (persons rarely have one: "Andrés Manuel López
		// Obrador (AMLO)" opens with a given name)
		return "ORG"
	}
	if typ == "PERSON" && r.afterFirmPlural(c) {
		// "a report from analysts Gartner", "telecom analysts Ovum": a
		// name alone after a plural noun for a trade's people, no given
		// name and no other name with it, is their firm's
		return "ORG"
	}
	if typ == "PERSON" && romanceArticleName(longestForm(c)) {
		// "La Scala", "La Repubblica", "Los Chapitos": a name the
		// article of a Romance language opens is no person's (the
		// Vietnamese "Le", the English given name "Les" and the "El" of
		// nicknames, "El Chapo", are left out)
		if r.isPlace(longestForm(c)) {
			return "LOC"
		}
		return "ORG"
	}
	if typ != "ORG" && r.airlineName(c) {
		// "Air Busan", "Air Seoul": an airline named after its place
		return "ORG"
	}
	if typ != "ORG" && partyName(c) {
		// "Frente Amplio", "Fuerza Patria", "Alianza para el Progreso":
		// a name a party's word opens in Spanish, Portuguese, Italian or
		// French; "Lashkar-e-Taiba", "Hizb-ut-Tahrir" in Urdu or Arabic
		return "ORG"
	}
	if typ == "PERSON" && r.countryAlone(c) && !r.knownOrg(c, typ) {
		// "Georgia's parliament" beside "the ruling Georgian Dream
		// party": a country's own name alone, in an article that also
		// writes its demonym or names it after a preposition of place,
		// whatever given name it also is
		return "LOC"
	}
	if typ != "LOC" && allForms(c, skyNames) && (r.astronomy() || !r.pressArticle() && !r.namesSomethingElse(c)) {
		// "the Sun" and "the Milky Way" where the article is about the
		// sky, or writes of no newspaper and no company of the name
		// (not the newspaper "The Sun", nor "Sun" for Sun Microsystems)
		return "LOC"
	}
	if typ != "LOC" && allForms(c, planetNames) && r.astronomy() && !r.namesSomethingElse(c) {
		// "distant Pluto has remained shrouded in mystery" in an
		// article about the sky (not Jupiter Research, nor Venus
		// Williams elsewhere)
		return "LOC"
	}
	if typ != "LOC" && foldedForms(c) == 1 && r.datelineTown(c) && !r.knownOrg(c, typ) {
		// "Montreal, March 17 - Shr 26 cts": a dateline's town, in
		// any case, named so alone (not "Chicago" in "Chicago Corp";
		// not the "UNITED NATIONS" datelines write for the UN)
		return "LOC"
	}
	if typ != "LOC" && r.townOfState(c) {
		// "EDISON, N.J., April 13": a town before its state's
		// abbreviation, as datelines write it
		return "LOC"
	}
	if typ != "LOC" && r.featureName(c) {
		// "Three Gorges Dam", "Beirut International Airport", "the
		// Channel Tunnel": a built or natural feature is a place
		return "LOC"
	}
	if typ == "ORG" && r.hospitalName(c) {
		// "Kenyatta National Hospital", "University Hospital Galway",
		// "Monash Medical Centre": a hospital is a building patients are
		// taken to, a place as prisons, stadiums and airports are
		return "LOC"
	}
	if typ == "ORG" && seatName(c) {
		// "Parliament House", "State House": the building, as the
		// rules that find them untagged type them
		return "LOC"
	}
	if typ == "ORG" && museumName(c) {
		// "National Museum of Denmark", "National Gallery of Art": a
		// building visitors go to, a place as hospitals are
		return "LOC"
	}
	if typ == "PERSON" && planets(c) {
		// "Mars", "Saturn" alone: the planets, places as Earth is
		return "LOC"
	}
	if typ == "PERSON" && foldedForms(c) == 1 && r.bigPlaceListed(c) {
		// "between Lake Ontario and Montreal": a big city's name listed
		// with places and no person
		return "LOC"
	}
	if typ == "PERSON" && r.listedWithOrgs(c) {
		// "Sony, IBM and Toshiba": one word listed with organisations
		// and no person is one too
		return "ORG"
	}
	if typ != "PERSON" && r.agedName(c) {
		// "Montenegro, 51, told supporters": places and organisations
		// have no ages, persons do
		return "PERSON"
	}
	if typ == "LOC" && r.orgInCountry(c) {
		// "Esso South Africa", "HongKong Bank Canada", "College de
		// France": a company or a body named with its country is the
		// company or the body
		return "ORG"
	}
	if typ == "PERSON" && bodyHeaded(c) {
		// "Saudi Arabia's [General Entertainment Authority]PER": no
		// person's name ends in a body's head
		return "ORG"
	}
	if typ == "LOC" && bodyHeaded(c) && !r.placeNamed(c) {
		// "the Congo River Alliance (AFC)": a name a body's head word
		// ends is the body's, whatever place it names first
		return "ORG"
	}
	if typ == "LOC" && r.unknownListedWithOrgs(c) {
		// "led by General Catalyst and Andreessen Horowitz": a name no
		// word of which names a place, listed with organisations only,
		// is one too
		return "ORG"
	}
	if typ == "LOC" && r.listedWithClubs(c) {
		// "Arsenal and Liverpool finished second": a town's name listed
		// with clubs and nothing else is a club's
		return "ORG"
	}
	if typ == "LOC" && r.listedWithPersons(c) {
		// "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le
		// Drian": a name of two words or more that no place has, listed
		// with persons only, is one too
		return "PERSON"
	}
	if (typ == "PERSON" || typ == "LOC" && !r.placeNamed(c)) && r.workplace(c) {
		// "analyst with Merrill Lynch", "an economist at Morgan
		// Stanley": firms named after their founders read as persons,
		// and "an analyst at Renaissance Capital" as a place
		return "ORG"
	}
	if typ == "ORG" && r.allPossessive(c) && r.possessiveFirm(c) {
		// "fast-food giant McDonald's", "for McDonald's.": an
		// organisation always written in the possessive, once owning
		// nothing, is named with it
		c.possessive = true
		return "ORG"
	}
	if typ == "PERSON" && r.possessiveFirm(c) {
		// "rated by Moody's and S and P", "Sainsbury's said": a
		// name in the possessive that owns nothing is a firm's, as
		// shops and agencies are named, and is so written
		c.possessive = true
		return "ORG"
	}
	if typ == "LOC" && r.actingInitials(c) {
		// "BT said", "EA's games": two capitals that name no place
		// the gazetteer knows and act are a company's initials (the
		// recogniser reads short capitals as "US" and "UK")
		return "ORG"
	}
	if typ != "ORG" && bankShaped(c) || typ == "LOC" && bankNamed(c) {
		// "Bundesbank", "Banque Nationale de Paris", "Central Bank": a
		// bank by its name's shape, in any language
		return "ORG"
	}
	if typ != "ORG" && camelCased(c) && !r.knownBesidesOrg(c) && r.camelFirm(c, typ) {
		// "OpenAI", "YouTube", "Spirit AeroSystems": a capital inside
		// the last word of a name, after a lower-case letter, is a
		// company's or a product's way of writing, no person's or
		// place's ("McCain", "DeSantis", "LeBron" open with a prefix)
		return "ORG"
	}
	if typ != "ORG" && r.knownOrg(c, typ) {
		// The gazetteer's organisations and sports clubs are
		// organisations whatever the recogniser says: "Nokia", "Apple"
		// and "Manchester United" are no places.
		return "ORG"
	}
	if (typ == "PERSON" || typ == "ORG" && !r.longName(c) && !r.knownOrg(c, typ)) && r.listedWithPlaces(c) ||
		typ == "PERSON" && r.placeListAfterPrep(c) {
		// "the Americas, Europe and Asia Pacific", "the smaller ports
		// that serve Andros, [Tinos]ORG and Kea": a name listed with two
		// places or more and nothing else is a place's, and so is one
		// listed with places after "in" or "near" ("in Eldoret and
		// Kaptagat", "camps near El Amra and Jebeniana")
		return "LOC"
	}
	if typ == "PERSON" && r.allMentions(c, constituencyBefore) {
		// "elected MP for Clacton": a constituency, a place
		return "LOC"
	}
	if typ == "LOC" && r.allMentions(c, corporateTitleAfter) && !r.hasSubtype(anyName(c), gazetteer.SubCountry, gazetteer.SubRegion) {
		// "Quora CEO Adam D'Angelo": places have no chief executives
		// (but "UK CEO" is a company's in the country)
		return "ORG"
	}
	if typ == "PERSON" && r.personAsPlace(c) {
		// "a camp at Ain Issa", "fighting near Tell Tamer": a name
		// with no given name and no title in it, after "at", "near" or
		// a verb's "in", is a place's
		return "LOC"
	}
	if len(count) == 0 {
		return typ
	}
	if typ == "PERSON" {
		// A person is hardly ever also written as an acronym: with one
		// among the names ("Daesh (ISIS/ISIL)"), all mentions vote and
		// PERSON must win outright.
		for f := range c.forms {
			if isAllCaps(f) && !strings.Contains(f, " ") {
				alt := "ORG"
				if c.types["LOC"] > c.types["ORG"] {
					alt = "LOC"
				}
				if c.types[alt] >= c.types["PERSON"] {
					return alt
				}
				return "PERSON"
			}
		}
	}
	return typ
}

// camelPrefixes open surnames and given names written with a capital
// inside: "McCain", "MacArthur", "DeSantis", "DiCaprio", "LeBron",
// "LaGuardia", "VanderMeer", "FitzGerald", "DuPont".
var camelPrefixes = []string{"Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "Le", "La", "Lo", "Van", "Vander", "Von", "Ja", "Fitz", "St"}

// camelCased reports whether the last word of each name of c has a
// capital after a lower-case letter that no name prefix explains
// ("OpenAI", "PayPal", "AeroSystems"; not "McDonald").
func camelCased(c *cluster) bool {
	if len(c.forms) == 0 {
		return false
	}
	for f := range c.forms {
		w := f[strings.LastIndexByte(f, ' ')+1:]
		if !camelWord(w) {
			return false
		}
	}
	return true
}

// camelWord reports whether w, of four letters or more and capitalised,
// has a capital after a small letter from its third letter on that no
// name prefix explains ("OpenAI", "PayPal"; not "McDonald"). It runs
// for every untagged word (kindNames), so it allocates nothing.
func camelWord(w string) bool {
	if first, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(first) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	n, prev := 0, rune(0)
	for off, c := range w {
		if n >= 2 && unicode.IsUpper(c) && unicode.IsLower(prev) {
			return !slices.Contains(camelPrefixes, w[:off])
		}
		prev = c
		n++
	}
	return false
}

// camelFirm reports whether camel-cased cluster c of type typ reads as a
// firm's name rather than a person's written so ("David SyCip", "Lomana
// LuaLua"): one word, or no person's type, or a first word the lexicon
// knows as frequent ("Spirit AeroSystems"); never after a given name.
func (r *resolver) camelFirm(c *cluster, typ string) bool {
	words := c.keys[0]
	if len(words) == 1 {
		return true
	}
	if r.isGivenName(words[0]) {
		return false
	}
	return typ != "PERSON" || r.lex != nil && r.lex.FrequentWord(words[0])
}

// knownBesidesOrg reports whether the gazetteer knows a name of c as a
// place or a given name.
func (r *resolver) knownBesidesOrg(c *cluster) bool {
	if r.gaz == nil {
		return false
	}
	for f := range c.forms {
		for _, e := range r.gaz.Lookup(f) {
			if e.Type != "ORG" {
				return true
			}
		}
	}
	return false
}

// placeNamed reports whether a name of c is a place the gazetteer knows
// or ends in the head of a place's name ("Wall Street").
func (r *resolver) placeNamed(c *cluster) bool {
	for f := range c.forms {
		w := strings.Fields(f)
		if r.isPlace(f) || len(w) > 1 && geoHeads[w[len(w)-1]] {
			return true
		}
	}
	return false
}

// officeTitle reports whether the words before the job noun make a
// post's title with it rather than a job at a firm: "(John Bond) chief
// executive officer".
func officeTitle(before []nlp.Token, job string) bool {
	if job != "officer" {
		return false
	}
	for _, t := range before {
		switch strings.ToLower(t.Text) {
		case "executive", "financial", "operating", "information", "technology", "chief", "commanding", "police":
			return true
		}
	}
	return false
}

// workNouns are jobs news names with the firm after "at" ("an economist
// at Morgan Stanley", "a partner at Tods Murray"), true for those it also
// names after "with" ("analyst with Merrill Lynch"; a "partner with" or a
// "player with" someone is no firm's).
var workNouns = map[string]bool{
	"analyst": true, "economist": true, "strategist": true, "trader": true, "dealer": true, "broker": true,
	"banker": false, "partner": false, "consultant": false, "researcher": false, "executive": false,
	"director": false, "manager": false, "spokesman": false, "spokeswoman": false, "official": false,
	"lawyer": false, "attorney": false, "engineer": false, "scientist": false, "officer": true,
	"employee": false, "staffer": false,
}

// workplace reports whether a name mention of c is where someone works:
// the object of "at" after a job noun (workNouns), or of "with" or "for"
// after an analyst's ("analyst for Shearson Lehman"), or before one
// ("Merrill Lynch analyst Jane Smith").
func (r *resolver) workplace(c *cluster) bool {
	// a person named in full whose surname opens a partnership is not
	// where one works: "trader for Chapmann and Graham" after "Gary
	// Chapmann" (but "analyst with Hambrecht and Quist")
	person := len(c.keys[0]) >= 2 && r.isGivenName(c.keys[0][0])
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		// "Merrill Lynch analyst Jane Smith", "Shearson Lehman livestock
		// analyst Chuck Levitt", "Salomon chief economist": a firm's
		// staff (up to two lower-case words between)
		for k := m.End; k < len(toks) && k <= m.End+2; k++ {
			if workNouns[toks[k].Text] && (k+1 == len(toks) || !isPossessive(toks[k+1].Text)) && !officeTitle(toks[m.End:k], toks[k].Text) {
				return true
			}
			if t := &toks[k]; capitalisedWord(t.Text) || t.UPOS != "NOUN" && t.UPOS != "ADJ" {
				break
			}
		}
		h := &toks[m.Head]
		if h.Deprel != "nmod" && h.Deprel != "obl" || h.Head < 1 || h.Head > len(toks) ||
			person && m.End+1 < len(toks) && (toks[m.End].Text == "and" || toks[m.End].Text == "&") && capitalisedWord(toks[m.End+1].Text) {
			continue
		}
		if h.Deprel == "nmod" && vote(c.types) == "PERSON" && r.fullPersonAt(m.Sentence, h.Head-1) && !r.sharesWord(m, h.Head-1) {
			// "analyst Charles Schelke of Smith Barney", "Joseph Doyle
			// at Smith Barney": a person's firm after the person's full
			// name, which the recogniser read as a person's too (a
			// place after it is named as one: "Tim Henman of Britain";
			// not "Malcolm Shipley, of Shipley")
			for _, k := range r.children[m.Sentence][m.Head] {
				if w := strings.ToLower(toks[k].Text); toks[k].Deprel == "case" && (w == "of" || w == "at") && r.fullPersonAt(m.Sentence, k-1) {
					return true // (right after the name: not "Li Wenxian, 31, of Hongshan")
				}
			}
		}
		job := strings.ToLower(lemmaOf(&toks[h.Head-1]))
		withToo, ok := workNouns[job]
		if !ok {
			continue
		}
		for _, k := range r.children[m.Sentence][m.Head] {
			// (officers are posted "at" places: "officers at Embakasi
			// Garrison"; an officer "with" a body is its)
			if w := strings.ToLower(toks[k].Text); toks[k].Deprel == "case" && (w == "at" && job != "officer" || (w == "with" || w == "for") && withToo) {
				return true
			}
		}
	}
	return false
}

// sharesWord reports whether name mention m has a word of the name
// mention at token k of its sentence.
func (r *resolver) sharesWord(m *Mention, k int) bool {
	o, ok := r.d.MentionAt(m.Sentence, k)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(m.Text) {
		if slices.Contains(strings.Fields(o.Text), w) {
			return true
		}
	}
	return false
}

// fullPersonAt reports whether token k of sentence si is in a person's
// name of two words or more that the recogniser tagged.
func (r *resolver) fullPersonAt(si, k int) bool {
	m, ok := r.d.MentionAt(si, k)
	return ok && m.Kind == KindName && m.Type == "PERSON" && m.End-m.Start >= 2
}

// listedWithPlaces reports whether a person cluster c, introduced with no
// role noun and named with no title, is listed with two places or more
// and no person nor organisation ("Recife, Salvador and Porto Alegre").
func (r *resolver) listedWithPlaces(c *cluster) bool {
	if len(c.titles) > 0 {
		return false
	}
	for f := range c.forms {
		w := strings.Fields(f)
		if isTitleWord(w[0]) || honorifics[strings.ToLower(w[0])] || len(w) >= 2 && r.isGivenName(w[0]) {
			return false // ("Bobby Robson": a person's full name)
		}
	}
	if r.titleBefore(c) {
		return false // "Sir Bobby Robson"
	}
	return r.listedWith(c, func(persons, orgs, others int) bool { return others >= 2 && persons == 0 && orgs == 0 })
}

// placeListAfterPrep reports whether a name mention of c, a cluster
// named by no title and no given name before a surname (as for
// listedWithPlaces), stands in a list of places only that "in", "near",
// "across", "around" or "outside" opens, no possessive after it: "in
// Eldoret and Kaptagat", "near El Amra and Jebeniana".
func (r *resolver) placeListAfterPrep(c *cluster) bool {
	if len(c.titles) > 0 || r.titleBefore(c) {
		return false
	}
	for f := range c.forms {
		if w := strings.Fields(f); isTitleWord(w[0]) || honorifics[strings.ToLower(w[0])] || len(w) >= 2 && r.isGivenName(w[0]) ||
			strings.HasSuffix(f, "ese") {
			return false // (nor a language: "in Mandarin and Cantonese")
		}
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		list := r.listed(m)
		if len(list) == 0 || m.End < len(toks) && isPossessive(toks[m.End].Text) {
			continue
		}
		first, places := m.Start, true
		for _, o := range list {
			first = min(first, o.Start)
			places = places && o.Type == "LOC"
		}
		if !places || first == 0 {
			continue
		}
		switch strings.ToLower(toks[first-1].Text) {
		case "in", "near", "across", "around", "outside":
			return true
		}
	}
	return false
}

// personAsPlace reports whether a person cluster c names a place: no
// name of c opens with a given name or a title, c was introduced with no
// role noun, and a name mention of c follows "at" or "near", or "in" that
// attaches it to a verb ("fighting in Ain Issa"; not "confidence in
// Blair"), with no possessive after it ("at Smith's home").
func (r *resolver) personAsPlace(c *cluster) bool {
	if len(c.titles) > 0 {
		return false
	}
	for f := range c.forms {
		if w := strings.Fields(f); r.isGivenName(w[0]) || isTitleWord(w[0]) || honorifics[strings.ToLower(w[0])] {
			return false
		}
	}
	return r.anyNameAfterWord(c.mentions, func(toks []nlp.Token, m *Mention) bool {
		if m.End < len(toks) && isPossessive(toks[m.End].Text) {
			return false
		}
		switch strings.ToLower(toks[m.Start-1].Text) {
		case "at", "near":
			return true
		case "in":
			h := toks[m.Head].Head
			return toks[m.Head].Deprel == "obl" && h >= 1 && h <= len(toks) && toks[h-1].UPOS == "VERB"
		}
		return false
	})
}

// anyNameAfterWord reports whether f holds of one of the name mentions
// ms that has a word before it in its sentence, given the sentence's
// tokens (a rule that reads the word before a name: personAsPlace,
// afterFirmPlural, inTown).
func (r *resolver) anyNameAfterWord(ms []int, f func(toks []nlp.Token, m *Mention) bool) bool {
	for _, mi := range ms {
		m := &r.d.Mentions[mi]
		if m.Kind == KindName && m.Start > 0 && f(r.doc[m.Sentence].Tokens, m) {
			return true
		}
	}
	return false
}

// allMentions reports whether c has name mentions and f holds of each,
// given its sentence's tokens.
func (r *resolver) allMentions(c *cluster, f func(toks []nlp.Token, m *Mention) bool) bool {
	n := 0
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		if !f(r.doc[m.Sentence].Tokens, m) {
			return false
		}
		n++
	}
	return n > 0
}

// constituencyPosts are the members a constituency elects, as British
// news writes them before "for" and the seat: "MP for Clacton".
var constituencyPosts = map[string]bool{"mp": true, "mps": true, "msp": true, "mep": true, "am": true, "member": true}

// constituencyBefore reports whether a post and "for" stand before name
// mention m ("MP for Clacton", "member for Bolsover").
func constituencyBefore(toks []nlp.Token, m *Mention) bool {
	return m.Start >= 2 && toks[m.Start-1].Text == "for" && constituencyPosts[strings.ToLower(toks[m.Start-2].Text)]
}

// corporateTitles are the titles only companies' officers bear, in lower
// case.
var corporateTitles = map[string]bool{"ceo": true, "cfo": true, "coo": true}

// corporateTitleAfter reports whether a company officer's title follows
// name mention m ("Quora CEO Adam D'Angelo"; not "founder": "Singapore
// founder Lee Kuan Yew").
func corporateTitleAfter(toks []nlp.Token, m *Mention) bool {
	if m.End >= len(toks) {
		return false
	}
	return corporateTitles[strings.ToLower(toks[m.End].Text)]
}

// possessiveFirm reports whether c is named by one word, no big place's,
// and a name mention of c stands in the possessive (tagged so, not
// "Smith's running", which is "Smith is") with nothing after it to own:
// a finite verb, "of", a conjunction, a comma or the end of the sentence
// ("Moody's said", "by Moody's and S and P", "Lloyd's of London", "stores
// like Macy's, Bloomingdale's"); not after "be" ("it is Bach's").
func (r *resolver) possessiveFirm(c *cluster) bool {
	if pop, _ := r.placeSize(anyName(c)); r.longName(c) || pop > 0 {
		return false // "Sydney's have been burned"
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind != KindName || m.End >= len(toks) || toks[m.End].XPOS != "POS" ||
			m.Start > 0 && (lemmaOf(&toks[m.Start-1]) == "be" || toks[m.Start-1].Deprel == "cop") {
			continue
		}
		if ownsNothing(toks, m.End+1) {
			return true
		}
	}
	return false
}

// actingInitials reports whether every name of c is two capitals that
// the gazetteer knows as no place, and a mention of c is a subject or a
// possessor.
func (r *resolver) actingInitials(c *cluster) bool {
	for f := range c.forms {
		if len(f) != 2 || !isAllCaps(f) || r.isPlace(f) {
			return false
		}
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		switch r.doc[m.Sentence].Tokens[m.Head].Deprel {
		case "nsubj", "nmod:poss":
			return true
		}
	}
	return false
}

// knownOrg reports whether one of the names of c, whose mentions voted
// typ, is an organisation the gazetteer lists, a sports club's or one
// ending in an organisation's designator (isDesignatedOrg), or c is used
// as a team's (teamRole).
func (r *resolver) knownOrg(c *cluster, typ string) bool {
	// a known organisation's name types the entity, but for the last
	// word of a person's longest name: "Roche" alone after "Barbara
	// Roche" is hers (not after "Hoffman-La Roche", nor "Fiat" before
	// "Fiat Spa")
	long := longestForm(c)
	lw := strings.Fields(long)
	for f := range c.forms {
		// (a city named with "City" after "in": "in Toyota City, Aichi
		// Prefecture", or listed with places: "Tuba City, Kayenta and
		// Chinle", no club)
		if isClubName(f) || isDesignatedOrg(f) || r.cityClub(f) && !r.inTown(c.mentions) && !r.listedWithPlace(c.mentions) || legislatures[f] {
			return true
		}
		if r.gaz == nil || !r.knownOrgWord(f) {
			continue
		}
		if f == long || strings.HasPrefix(long, f+" ") || len(lw) < 2 || isAllCaps(lw[0]) || !r.isGivenName(lw[0]) {
			return true
		}
	}
	// a known company's name opening a longer one: "Philips
	// Gloeilampenfabrieken", "Toshiba America"
	if r.gaz != nil && len(lw) >= 2 && !r.isGivenName(lw[0]) && r.knownOrgWord(lw[0]) &&
		!geoHeads[lw[len(lw)-1]] {
		// (not a place named after it: "Allianz Arena")
		return true
	}
	for _, mi := range c.mentions {
		if r.tickered[mi] {
			return true
		}
	}
	return r.teamRole(c, typ)
}

// longestForm returns the form of c with the most words (the first in
// order among equals).
func longestForm(c *cluster) string {
	best := ""
	for f := range c.forms {
		if n, m := len(strings.Fields(f)), len(strings.Fields(best)); n > m || n == m && f < best {
			best = f
		}
	}
	return best
}

// andName reports whether name is two words joined by "and" or "&".
func andName(name string) bool {
	f := strings.Fields(name)
	return len(f) == 3 && (f[1] == "and" || f[1] == "&")
}

// allPossessive reports whether every name mention of c is followed by a
// possessive (which the tagger may read as "is"), but for the partners'
// initials and its shorter names, and one such possessive owns nothing: "Standard and Poor's
// said", a firm whose name holds one, also written "S and P"; not
// "Marsh & McLennan's chief executive".
func (r *resolver) allPossessive(c *cluster) bool {
	seen := false
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if key := NameKey(m.Text); m.Kind != KindName || partnerInitials(key, c.keys[0]) || len(key) < len(c.keys[0]) {
			continue // "S and P" or "Standard" for "Standard and Poor's"
		}
		misread := m.End < len(toks) && misreadPossessive(&toks[m.End])
		if m.End >= len(toks) || toks[m.End].XPOS != "POS" && !misread {
			return false
		}
		seen = seen || ownsNothing(toks, m.End+1) || misread
	}
	return seen
}

// finish builds the extract.Entity records.
func (r *resolver) finish() {
	r.d.Entities = make([]extract.Entity, len(r.clusters))
	r.d.Titles = make([][]string, len(r.clusters))
	for _, c := range r.clusters {
		name := ""
		var aliases []string
		for f := range c.forms {
			aliases = append(aliases, f)
			if betterName(f, name) {
				name = f
			}
		}
		sort.Strings(aliases)
		var titles []string
		for t := range c.titles {
			titles = append(titles, t)
		}
		sort.Strings(titles)
		typ := r.typeOf(c)
		sub := ""
		if typ == "LOC" && c.titles["country"] {
			sub = "GPE"
		}
		if state, ok := r.stateOf(c); ok {
			// "NEWARK, N.J.": New Jersey, not an organisation called
			// N.J. (nor the gazetteer's biggest place of the name:
			// "N.Y." is the state, not New York City)
			typ, sub, name = "LOC", "GPE", state
			aliases = append(aliases, state)
			sort.Strings(aliases)
		} else if typ == "LOC" && r.townOfState(c) {
			// "CANTON, Ohio": the North American town, not the
			// gazetteer's biggest place of the name (Guangzhou)
			if town := r.northAmericanTown(name, aliases); town != name {
				name = town
				aliases = append(aliases, name)
				sort.Strings(aliases)
			}
			sub = "GPE"
		} else if gname, gsub, ok := r.gazetteerName(name, aliases, typ, func() bool { return r.placeUse(c) }); ok {
			if gname != name {
				name = gname
				if i := sort.SearchStrings(aliases, name); i == len(aliases) || aliases[i] != name {
					aliases = append(aliases, name)
					sort.Strings(aliases)
				}
			}
			if gsub != "" {
				sub = gsub
			}
		}
		if typ == "ORG" && !strings.HasSuffix(name, "'s") && (c.possessive || andName(name) && r.allPossessive(c)) {
			name += "'s"
			aliases = append(aliases, name)
			sort.Strings(aliases)
		}
		r.d.Entities[c.id] = extract.Entity{Name: name, Type: typ, Subtype: sub, Aliases: aliases, Mentions: len(c.mentions)}
		r.d.Titles[c.id] = titles
	}
	r.bareCountryNames()
	r.mergeSameNames()
}

// personNouns are nouns for artists' and sportsmen's jobs that, like the
// players' positions (playerRoles), put a person's name right after them:
// "U2 frontman Bono", "animator Hayao Miyazaki", "Chelsea left-back Wayne
// Bridge" (not "producer Endemol", "owner Menatep Group", "member EU":
// firms and states produce, own and join too).
var personNouns = map[string]bool{
	"frontman": true, "frontwoman": true, "rapper": true, "guitarist": true, "drummer": true,
	"bassist": true, "presenter": true, "comedian": true, "musician": true, "novelist": true,
	"playwright": true, "poet": true, "artist": true, "photographer": true, "designer": true,
	"animator": true, "composer": true, "conductor": true, "singer": true, "actor": true, "actress": true,
	"footballer": true, "batsman": true, "bowler": true, "jockey": true,
}

// afterPersonNoun reports whether every name mention of c has one to
// three words, one stands right after a noun for an artist's or a
// player's job in lower case (personNouns; a noun, not an adjective),
// and no name of c holds an organisation's head.
func (r *resolver) afterPersonNoun(c *cluster) bool {
	after := false
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		if m.End-m.Start > 3 {
			return false
		}
		toks := r.doc[m.Sentence].Tokens
		if m.Start == 0 {
			continue
		}
		t := &toks[m.Start-1]
		w := strings.ToLower(lemmaOf(t))
		if lw := strings.ToLower(t.Text); t.UPOS == "NOUN" && !capitalisedWord(t.Text) && (personNouns[w] || personNouns[lw] || playerRoles[lw]) {
			after = true
		}
	}
	return after && !orgWordIn(c)
}

// firmPlurals are plural nouns for people of a trade that British news
// writes before their firm's name: "analysts Gartner", "pollsters
// Mori", "brokers Kleinwort Grieveson", "lawyers Clifford Chance".
var firmPlurals = map[string]bool{
	"analysts": true, "consultants": true, "brokers": true, "stockbrokers": true, "accountants": true,
	"auditors": true, "advisers": true, "advisors": true, "researchers": true, "pollsters": true,
	"bankers": true, "lawyers": true, "solicitors": true, "agents": true, "specialists": true,
	"forecasters": true, "economists": true, "architects": true, "engineers": true,
}

// afterFirmPlural reports whether a name mention of c stands right
// after a plural of firmPlurals in lower case, with no other name
// coordinated after it (not "actors Bob Hoskins and Brenda Blethyn"),
// and no name of c opens with a given name (not "said analysts Paul
// Smith", a list's first item: "brokers James Capel" stays a person).
func (r *resolver) afterFirmPlural(c *cluster) bool {
	for f := range c.forms {
		first, _, _ := strings.Cut(f, " ")
		if r.isGivenName(first) {
			return false
		}
	}
	return r.anyNameAfterWord(c.mentions, func(toks []nlp.Token, m *Mention) bool {
		if t := toks[m.Start-1]; t.UPOS != "NOUN" || !firmPlurals[t.Text] {
			return false
		}
		if m.End < len(toks) {
			switch toks[m.End].Text {
			case "and", ",", "&", "/":
				return false
			}
		}
		return true
	})
}

// orgWordIn reports whether a name of c holds an organisation's,
// company's or club's head or a legal form ("Illuminations Television
// Limited").
func orgWordIn(c *cluster) bool {
	for f := range c.forms {
		for _, w := range strings.Fields(f) {
			if unitHead(w) || isLegalForm(w) || pressHeads[w] || stationHeads[w] {
				return true
			}
		}
	}
	return false
}

// regionAlone reports whether every name of c is one word the gazetteer
// knows as a region's (a state's, a province's).
func (r *resolver) regionAlone(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") || !r.hasSubtype(f, gazetteer.SubRegion) {
			return false
		}
	}
	return len(c.forms) > 0
}

// townAlone reports whether every name of c is one word that is the
// gazetteer's own name of a town or city.
func (r *resolver) townAlone(c *cluster) bool {
	if r.gaz == nil {
		return false
	}
	for f := range c.forms {
		if strings.Contains(f, " ") || !r.ownCity(f, 0) {
			return false
		}
	}
	return len(c.forms) > 0
}

// inTown reports whether one of the name mentions ms follows "in" or
// "near", not after a word for a holding ("a stake in", "shares in"),
// and ends its phrase (no possessive, slash or noun after it: "in
// Fleet's home state").
func (r *resolver) inTown(ms []int) bool {
	return r.anyNameAfterWord(ms, func(toks []nlp.Token, m *Mention) bool {
		if p := strings.ToLower(toks[m.Start-1].Text); p != "in" && p != "near" {
			return false
		}
		if m.Start >= 2 && holdingWords[strings.ToLower(lemmaOf(&toks[m.Start-2]))] {
			return false
		}
		// not "in Fleet's home state", "dilution in Fleet/Norstar earnings"
		return m.End >= len(toks) || !isPossessive(toks[m.End].Text) && toks[m.End].Text != "/" && toks[m.End].UPOS != "NOUN" && toks[m.End].UPOS != "PROPN"
	})
}

// listedWithPlace reports whether one of the name mentions ms is
// conjoined in the tree with a place's name.
func (r *resolver) listedWithPlace(ms []int) bool {
	for _, mi := range ms {
		if m := &r.d.Mentions[mi]; m.Kind == KindName && r.headConjoinedWith(m, "LOC") {
			return true
		}
	}
	return false
}

// holdingWords put a company after "in": "a stake in", "shares in",
// "invested in".
var holdingWords = map[string]bool{
	"stake": true, "share": true, "interest": true, "investment": true, "holding": true, "invest": true,
	"position": true, "bid": true, "unit": true, "subsidiary": true, "partner": true,
}

// bigPlaceAlone reports whether every name of c is one word naming a
// big place (bigPlace).
func (r *resolver) bigPlaceAlone(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") || !r.bigPlace(f) {
			return false
		}
	}
	return len(c.forms) > 0
}

// bankHeads open the names of banks and companies in other languages:
// "Banque Nationale de Paris", "Banco Santander", "Groupe Danone",
// "Credit Lyonnais", "Cie Financiere de Paribas", fashion houses,
// publishers and studios ("Maison Margiela", "Editions Gallimard",
// "Studio Ghibli"), and the national
// adjectives that open companies' names ("Deutsche Boerse", "Norsk
// Hydro", "Svenska Cellulosa", "Nippon Steel").
var bankHeads = map[string]bool{
	"banque": true, "banco": true, "banca": true, "bankhaus": true, "compagnie": true, "compania": true,
	"compañía": true, "société": true, "societe": true, "groupe": true, "grupo": true, "gruppo": true,
	"credit": true, "crédit": true, "caisse": true, "cie": true, "kreditanstalt": true,
	"deutsche": true, "norsk": true, "norske": true, "svenska": true, "dansk": true, "danske": true,
	"koninklijke": true, "nippon": true, "maison": true, "editions": true, "éditions": true,
	"studio": true, "studios": true,
}

// bankShaped reports whether c is named as a bank or a company is in
// any language: its names of two words or more open with a bank's or a
// company's head in another language (bankHeads) or hold a bank's word
// (bankWord), and its names of one word end in "bank" ("Bundesbank",
// "Commerzbank", "Citibank") or are a word of one of those longer names
// ("Indosuez" for "Banque Indosuez").
func bankShaped(c *cluster) bool {
	long := map[string]bool{}
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) < 2 {
			continue
		}
		if !bankHeads[strings.ToLower(w[0])] && !bankWord(w) {
			return false
		}
		for _, x := range w {
			long[x] = true
		}
	}
	for f := range c.forms {
		if strings.Contains(f, " ") {
			continue
		}
		if !long[f] && !(len(f) > 6 && strings.HasSuffix(f, "bank")) {
			return false
		}
	}
	return len(c.forms) > 0
}

// bankNamed reports whether c is named as a bank is in English: every
// name of two words or more ends in "Bank" or opens with it before
// another capitalised word ("Central Bank", "Vista Bank", "Bank Negara",
// "Bank Indonesia") or holds "Bank of" ("State Bank of Vietnam"), but for a compass point or a side of a river before
// it ("South Bank", "Left Bank", "West Bank" are places) or a name's
// particle ("Rob Da Bank"). (A person's name ending in "Bank" is a firm's
// already, see firmEnd.)
func bankNamed(c *cluster) bool {
	n := 0
	for f := range c.forms {
		w := strings.Fields(f)
		if len(w) < 2 {
			continue
		}
		last := len(w) - 1
		before := strings.ToLower(w[last-1])
		switch {
		case w[last] == "Bank" && !bankSides[before] && !nameParticles[before]:
		case w[0] == "Bank" && len(w) == 2 && capitalisedWord(w[1]):
		case bankOf(w):
		default:
			return false
		}
		n++
	}
	return n > 0
}

// bankOf reports whether the name's words hold "Bank of" but for after a
// compass point or a side of a river: "State Bank of Vietnam", "Reserve
// Bank of India", "Bank of Japan" (not "West Bank of the Jordan").
func bankOf(w []string) bool {
	for k := 0; k+1 < len(w); k++ {
		if w[k] == "Bank" && w[k+1] == "of" && (k == 0 || !bankSides[strings.ToLower(w[k-1])]) {
			return true
		}
	}
	return false
}

// bankSides are the words before "Bank" in the names of places: a
// compass point or a side of a river.
var bankSides = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "left": true, "right": true,
}

// bankWord reports whether one of the words of a name of two words or
// more is a bank's: a word ending in "bank" ("Rabobank Nederland") or a
// bank holding's ("Rainier Bancorp", "First Union Bancshares").
func bankWord(w []string) bool {
	if len(w) < 2 {
		return false
	}
	bank := false
	for _, x := range w {
		lx := strings.ToLower(x)
		if len(lx) == 2 && lx[1] == '.' {
			return false // an initial: "Thomas E. Swithenbank"
		}
		bank = bank || len(lx) > 6 && strings.HasSuffix(lx, "bank") || bankHoldings[lx]
	}
	return bank
}

var bankHoldings = map[string]bool{"bancorp": true, "bancorporation": true, "bancshares": true, "bankshares": true, "banc": true}

// cityAlone reports whether every name of c is one word that names a
// city of a million people or more, one mention follows a preposition
// of place, and no mention has a title before it or a possessive
// pronoun of a person's after it in its sentence ("Sydney said her").
func (r *resolver) cityAlone(c *cluster) bool {
	if !r.afterPlacePrep(c.mentions) {
		return false
	}
	for f := range c.forms {
		if strings.Contains(f, " ") || !r.millionCity(f) {
			return false
		}
	}
	return !r.titleBefore(c)
}

// millionCity reports whether w is the gazetteer's own name of a city of
// a million people or more.
func (r *resolver) millionCity(w string) bool { return r.ownCity(w, 1_000_000) }

// ownCity reports whether w is the gazetteer's own name (but for case
// and accents) of a town or city of min people or more.
func (r *resolver) ownCity(w string, min int) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(w) {
		if e.Subtype == gazetteer.SubCity && sameName(e.Name, w) && e.Population >= min {
			return true
		}
	}
	return false
}

// whichNotWho reports whether every name of c is one word, no given name
// the gazetteer knows, and a name mention of c stands before a comma and
// "which", none before a comma and "who" (a name of two words may be a
// person's before a "which" that takes up more: "a book by S Hussain
// Zaidi, which").
func (r *resolver) whichNotWho(c *cluster) bool {
	which := false
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		if m.End-m.Start > 1 || r.isGivenName(toks[m.Start].Text) || whoAfter(toks, m) {
			return false
		}
		which = which || relativeAfter(toks, m, "which")
	}
	return which
}

// bracketInitials reports whether a name mention of c of three words or
// more, opening with no given name the gazetteer knows, stands before its
// initials in capitals in brackets.
func (r *resolver) bracketInitials(c *cluster) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		i := m.End
		if m.Kind != KindName || m.End-m.Start < 3 || i+2 >= len(toks) || toks[i].Text != "(" || toks[i+2].Text != ")" {
			continue
		}
		acr := toks[i+1].Text
		if isAllCaps(acr) && len(acr) >= 3 && initials(NameKey(m.Text)) == strings.ToLower(acr) && !r.isGivenName(toks[m.Start].Text) {
			return true
		}
	}
	return false
}

// airlineName reports whether every name of c is "Air" and a place the
// gazetteer knows, or a word and "Air", as airlines are named ("Air
// Busan", "Air Canada", "Jin Air").
func (r *resolver) airlineName(c *cluster) bool {
	for f := range c.forms {
		rest, ok := strings.CutPrefix(f, "Air ")
		if ok && r.isPlace(rest) {
			continue
		}
		// "Jin Air", "Jeju Air": a word and "Air" name an airline, as no
		// person is named
		if w := strings.Fields(f); len(w) == 2 && w[1] == "Air" && capitalisedWord(w[0]) {
			continue
		}
		return false
	}
	return len(c.forms) > 0
}

// romanceParties open the names of parties and movements in Spanish,
// Portuguese, Italian and French: "Frente Amplio", "Movimento 5 Stelle",
// "Rassemblement National".
var romanceParties = map[string]bool{
	"Frente": true, "Fuerza": true, "Alianza": true, "Aliança": true, "Movimiento": true, "Movimento": true,
	"Partido": true, "Partito": true, "Parti": true, "Pacto": true, "Coalición": true, "Bloque": true,
	"Rassemblement": true, "Mouvement": true,
}

// movementWords open the names of parties, fronts, armed groups and
// movements in Urdu, Persian and Arabic, joined to the rest by a hyphen or
// a space: "Lashkar-e-Taiba", "Jaish-e-Mohammed", "Hizb-ut-Tahrir",
// "Tehreek-e-Labbaik Pakistan", "Jamiat Ulema-e-Islam".
var movementWords = map[string]bool{
	"Lashkar": true, "Jaish": true, "Hizb": true, "Hezb": true, "Tehreek": true, "Tehrik": true,
	"Jamaat": true, "Jamiat": true, "Majlis": true, "Harkat": true, "Harakat": true, "Sipah": true,
	"Ittehad": true, "Ittihad": true, "Anjuman": true, "Tanzeem": true, "Jabhat": true,
}

// partyName reports whether every name of c has two words or more and
// opens with a word of romanceParties, or of movementWords before a
// space or a hyphen.
func partyName(c *cluster) bool {
	for f := range c.forms {
		first, rest, ok := strings.Cut(f, " ")
		if ok && rest != "" && romanceParties[first] {
			continue
		}
		if i := strings.IndexAny(f, " -"); i < 0 || i+1 == len(f) || !movementWords[f[:i]] {
			return false
		}
	}
	return len(c.forms) > 0
}

// romanceArticleName reports whether name is two words or more opening
// with a definite article of Spanish or Italian (La, Il, Los, Las, Gli).
func romanceArticleName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return false
	}
	switch first {
	case "La", "Il", "Los", "Las", "Gli":
		return true
	}
	return false
}

// countryAlone reports whether every name of c is one word that is a
// country's own name in the gazetteer, after no title, and the article
// names it after a preposition of place or writes the country's demonym
// ("Georgian").
func (r *resolver) countryAlone(c *cluster) bool {
	if r.gaz == nil {
		return false
	}
	country := ""
	for f := range c.forms {
		if strings.Contains(f, " ") {
			return false
		}
		own := false
		for _, e := range r.gaz.Lookup(f) {
			if e.Subtype == gazetteer.SubCountry && sameName(e.Name, f) {
				own, country = true, e.Name
			}
		}
		if !own {
			return false
		}
	}
	if country == "" || r.titleBefore(c) {
		return false
	}
	if r.afterPlacePrep(c.mentions) {
		return true
	}
	for si := range r.doc {
		for ti := range r.doc[si].Tokens {
			t := &r.doc[si].Tokens[ti]
			if t.UPOS != "ADJ" && t.UPOS != "PROPN" || !capitalisedWord(t.Text) {
				continue
			}
			if d, ok := r.gaz.Demonym(t.Text); ok && sameName(d, country) {
				return true
			}
		}
	}
	return false
}

// titleBefore reports whether a name mention of c follows a title word or
// an honorific ("General", "Sir", "Dr.").
func (r *resolver) titleBefore(c *cluster) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind == KindName && m.Start > 0 && (isTitleWord(toks[m.Start-1].Text) || honorifics[strings.ToLower(strings.TrimSuffix(toks[m.Start-1].Text, "."))]) {
			return true
		}
	}
	return false
}

// placeUse reports whether the article uses a name mention of c as a
// place's: after a preposition of place (afterPlacePrep) or as a
// dateline's town ("BOMBAY, March 3 -").
func (r *resolver) placeUse(c *cluster) bool {
	if r.afterPlacePrep(c.mentions) {
		return true
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind == KindName && m.Start == 0 && isAllCaps(m.Text) && m.End < len(toks) && toks[m.End].Text == "," {
			return true
		}
	}
	return false
}

// datelineTown reports whether a name mention of c opens a sentence
// before a comma and a month's name, as a dateline's town does
// ("Montreal, March 17 -"), or, in capitals, before a slash and another
// town in capitals or before a bracketed agency and a dash
// ("WASHINGTON/SANAA (Reuters) -", "PARIS (AFP) -"), or alone before a
// dash ending its sentence ("MONTE CARLO —").
func (r *resolver) datelineTown(c *cluster) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		toks := r.doc[m.Sentence].Tokens
		if m.Kind == KindName && m.Start == 0 && m.End == len(toks)-1 && dashWords[toks[m.End].Text] && isAllCaps(m.Text) &&
			slices.ContainsFunc(strings.Fields(m.Text), func(w string) bool { return utf8.RuneCountInString(strings.ReplaceAll(w, ".", "")) >= 3 }) {
			return true // "MONTE CARLO —": a dateline of the town alone, cut off whole (not a table's "N.A. -")
		}
		if m.Kind != KindName || m.Start != 0 || m.End+1 >= len(toks) {
			continue
		}
		if toks[m.End].Text == "," && nlp.IsMonth(strings.TrimSuffix(toks[m.End+1].Text, ".")) {
			return true
		}
		if !isAllCaps(m.Text) {
			continue
		}
		if toks[m.End].Text == "/" && isAllCaps(toks[m.End+1].Text) ||
			toks[m.End].Text == "(" && closedBeforeDash(toks, m.End+2) ||
			toks[m.End].Text == "," && dashWords[toks[len(toks)-1].Text] && len(toks) <= m.End+10 {
			// (or a dateline the splitter cut off whole: "MUAN, South
			// Korea (AP) —")
			return true
		}
	}
	return false
}

// datelineAgencyMention reports whether m is the bracketed news agency of
// a dateline, "WASHINGTON/SANAA (Reuters) -", which no pronoun or "the
// group" of the story takes up.
func datelineAgencyMention(toks []nlp.Token, m *Mention) bool {
	return m.Start > 0 && m.Start <= 6 && toks[m.Start-1].Text == "(" && closedBeforeDash(toks, m.End)
}

// agencyMentions reports whether every name mention of ms is a
// dateline's news agency.
func (r *resolver) agencyMentions(ms []int) bool {
	for _, mi := range ms {
		m := &r.d.Mentions[mi]
		if m.Kind == KindName && !datelineAgencyMention(r.doc[m.Sentence].Tokens, m) {
			return false
		}
	}
	return len(ms) > 0
}

// agencyOnly reports whether every name mention of c is a dateline's
// news agency.
func (r *resolver) agencyOnly(c *cluster) bool { return r.agencyMentions(c.mentions) }

// foldedForms returns how many names c has, case aside ("MONTREAL" in
// a dateline and "Montreal" are one).
func foldedForms(c *cluster) int {
	seen := map[string]bool{}
	for f := range c.forms {
		seen[strings.ToUpper(f)] = true
	}
	return len(seen)
}

// dashWords are the dashes that end a dateline.
var dashWords = map[string]bool{"-": true, "--": true, "–": true, "—": true}

// spellingOf reports whether a is another spelling of the name b or of
// one of its words: one opens the other or they share their first four
// letters, case and diacritics aside ("Antwerp", "Antwerpen"; "Basra",
// "Basrah"; "Raqqa", "Ar Raqqah").
func spellingOf(a, b string) bool {
	a, b = latin.Fold(a), latin.Fold(b)
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	for _, w := range strings.Fields(b) { // "Raqqa", "Ar Raqqah"
		n := 0
		for n < len(a) && n < len(w) && a[n] == w[n] {
			n++
		}
		if n >= 4 || n >= 3 && (n == len(a) || n == len(w)) {
			return true
		}
	}
	return false
}

// isCode reports whether w looks like a code: two to four capital
// letters without dots ("ICO", "KAN"; not "L.A." nor "PEKING").
func isCode(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && isAllCaps(w) && !strings.Contains(w, ".")
}

// sameName reports whether a and b are one name but for case and
// diacritics ("Cancún", "Cancun").
func sameName(a, b string) bool { return latin.Fold(a) == latin.Fold(b) }

// stateOf returns the state or province every name mention of c
// abbreviates as news datelines do (apState), if there is one.
func (r *resolver) stateOf(c *cluster) (string, bool) {
	state := ""
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		s, ok := apState(r.doc[m.Sentence].Tokens, m.Start, m.End)
		if !ok || state != "" && s != state {
			return "", false
		}
		state = s
	}
	return state, state != ""
}

// bareCountryNames renames a place named only by a bare word that is
// another name of the country the gazetteer gives it and the last word of
// the name of one other place of the article: "Congo", which the gazetteer
// gives the Democratic Republic of the Congo, is the Republic of the Congo
// in an article that names that ("the Lossi Sanctuary in northwest
// Republic of Congo ... Congo"). A country whose own name is the word
// keeps it ("Guinea" beside "Papua New Guinea", "Sudan" beside "South
// Sudan").
func (r *resolver) bareCountryNames() {
	for i := range r.d.Entities {
		e := &r.d.Entities[i]
		if e.Type != "LOC" {
			continue
		}
		// the forms the article wrote, the gazetteer's name aside
		w, bare := "", true
		for _, a := range e.Aliases {
			switch {
			case a == e.Name:
			case w == "" || strings.EqualFold(a, w):
				w = a
			default:
				bare = false
			}
		}
		if !bare || w == "" || strings.Contains(w, " ") || !strings.HasSuffix(strings.ToLower(e.Name), " "+strings.ToLower(w)) {
			continue
		}
		other := ""
		for j := range r.d.Entities {
			o := &r.d.Entities[j]
			if j == i || o.Type != "LOC" || o.Name == e.Name || !strings.HasSuffix(strings.ToLower(o.Name), " "+strings.ToLower(w)) {
				continue
			}
			if other != "" && other != o.Name {
				other = ""
				break
			}
			other = o.Name
		}
		if other != "" {
			e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == e.Name })
			e.Name = other
		}
	}
}

// mergeSameNames makes one entity of those that ended with the same name
// and type: the gazetteer names "UK" and "Britain" United Kingdom, which
// the article's names did not tell apart as one. Mentions are renumbered;
// the entities keep the order of their first occurrence.
func (r *resolver) mergeSameNames() {
	type nameType struct{ name, typ string }
	first := map[nameType]int{}
	remap := make([]int, len(r.d.Entities))
	var ents []extract.Entity
	var titles [][]string
	for i, e := range r.d.Entities {
		k := nameType{e.Name, e.Type}
		j, ok := first[k]
		if !ok {
			first[k] = len(ents)
			remap[i] = len(ents)
			ents = append(ents, e)
			titles = append(titles, r.d.Titles[i])
			continue
		}
		remap[i] = j
		m := &ents[j]
		m.Mentions += e.Mentions
		m.Aliases = sortedUnion(m.Aliases, e.Aliases)
		if m.Subtype == "" {
			m.Subtype = e.Subtype
		}
		titles[j] = sortedUnion(titles[j], r.d.Titles[i])
	}
	if len(ents) == len(r.d.Entities) {
		return
	}
	for mi := range r.d.Mentions {
		if e := r.d.Mentions[mi].Entity; e >= 0 {
			r.d.Mentions[mi].Entity = remap[e]
		}
	}
	r.d.Entities, r.d.Titles = ents, titles
}

// sortedUnion returns the sorted strings of a and b without repeats.
func sortedUnion(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// gazetteerName returns the gazetteer's own name for an entity that the
// gazetteer knows as a country, city, region or organisation of the same
// type ("U.S." and "Islamic Republic of Iran" are United States and Iran,
// "NEW YORK" in a dateline is New York), so that articles naming a place or
// body differently still meet in one node. The canonical name is tried
// first, then the other names in order. Organisations are renamed only from
// a bare acronym ("UN" is United Nations): a full name the article spells
// out is kept as written, but for the other names of kg's bodies ("Fed"
// is the Federal Reserve) and parties' short names ("Tories" is the
// Conservative Party). Persons are never renamed. placeUse tells, when
// asked, whether the article uses the entity as a place (see placeUse);
// it is asked only of a city's other one-word names.
func (r *resolver) gazetteerName(name string, forms []string, typ string, placeUse func() bool) (string, string, bool) {
	if r.gaz == nil || (typ != "LOC" && typ != "ORG") {
		return "", "", false
	}
	try := func(f string) (string, string, bool) {
		es := r.gaz.Lookup(f)
		if len(es) == 0 || es[0].Type != typ {
			return "", "", false
		}
		e := es[0]
		if typ == "ORG" && (strings.ContainsAny(f, " -") || !isAllCaps(strings.ReplaceAll(f, ".", ""))) && !(e.Subtype == gazetteer.SubBody && r.bodyName(f)) {
			return "", "", false // (a body's other names: "Fed" is the Federal Reserve, "Uefa" UEFA)
		}
		if e.Type == "LOC" && !sameName(e.Name, f) {
			// a place called so before one of another name whose
			// alternative name it is ("Montgomery" is no Sahiwal,
			// "Garden City" no Singapore, "Quito" no Ecuador,
			// "Cancun" no Changchun)
			for _, o := range es[1:] {
				if o.Type == "LOC" && sameName(o.Name, f) && o.Subtype != gazetteer.SubArea &&
					(e.Subtype != gazetteer.SubCity || o.Subtype == gazetteer.SubCity ||
						o.Subtype == gazetteer.SubRegion && strings.HasPrefix(e.Name, o.Name+" ") && e.Population < 3_000_000) &&
					(e.Subtype != gazetteer.SubCountry || o.Population*20 >= e.Population) {
					// not a state of a big city's name ("New York" is the
					// city; "Oklahoma" is no Oklahoma City), nor a small
					// town named as a country is otherwise ("Holland" is
					// the Netherlands)
					e = o
					break
				}
			}
		}
		if e.Subtype == gazetteer.SubCity && !sameName(e.Name, f) {
			if strings.Contains(f, " ") && !shareWord(f, e.Name) {
				// an alternative name of several words that shares none
				// with the city's is most often a translation ("White
				// House" is one of Casablanca's) or a nickname ("Big
				// Apple"); "New York" is New York City's
				return "", "", false
			}
			if abbr := strings.Contains(f, "."); !strings.Contains(f, " ") && (isCode(f) || !abbr && r.isGivenName(f) || r.lowerWords()[strings.ToLower(f)] ||
				!spellingOf(f, e.Name) && e.Population < 3_000_000 && !abbr && !placeUse()) {
				// one word, another name of a city, is not one when it
				// is a code, a given name or a word the article also
				// writes in lower case; and it names a city that is not
				// one of the biggest ("Bombay", "Peking") only as another
				// spelling ("Antwerp", "Basra"), an abbreviation ("L.A.")
				// or where the article uses it as a place ("offices in
				// Kiev"): "Homo sapiens" is no Qom, "Stalin" no Donetsk,
				// "Vladimir Girin" no Jilin
				return "", "", false
			}
		}
		switch e.Subtype {
		case gazetteer.SubCountry, gazetteer.SubCity, gazetteer.SubRegion:
			return e.Name, "GPE", true
		case gazetteer.SubOrg, gazetteer.SubCompany, gazetteer.SubBody:
			return e.Name, "", true
		}
		return "", "", false
	}
	if typ == "ORG" && (partyNames[name] || partyNames[strings.TrimSuffix(name, " Party")]) {
		// a party's short name is the gazetteer's party of that name, in
		// the plural, or with "Party": "Tories" (the Tory Party) is the
		// Conservative Party, "Lib Dem" the Liberal Democrats, "Labour"
		// the Labour Party
		for _, f := range []string{name, name + "s", name + " Party", partyOf[name]} {
			if es := r.gaz.Lookup(f); len(es) > 0 && es[0].Type == "ORG" && es[0].Subtype == gazetteer.SubOrg {
				return es[0].Name, "", true
			}
		}
	}
	if (typ == "ORG" || typ == "LOC") && !strings.HasPrefix(name, "The ") && r.nameWithThe(name, typ) {
		// "Times", "Guardian": The Times, The Guardian; "the Hague": The
		// Hague
		if typ == "LOC" {
			return try("The " + name)
		}
		return "The " + name, "", true
	}
	if n, sub, ok := try(name); ok || typ == "ORG" {
		return n, sub, ok
	}
	for _, f := range forms {
		if f == name {
			continue
		}
		if n, sub, ok := try(f); ok {
			return n, sub, true
		}
	}
	return "", "", false
}

// partyOf names the parties whose members' plural is no form of the
// party's name.
var partyOf = map[string]string{"Democrats": "Democratic Party", "Republicans": "Republican Party"}

// shareWord reports whether names a and b have a word in common, in any
// case.
func shareWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		for _, x := range strings.Fields(b) {
			if strings.EqualFold(w, x) {
				return true
			}
		}
	}
	return false
}

// betterName reports whether name a is a better canonical name than b:
// more words, then more letters, then capitalised particles last, then
// alphabetical order for determinism.
func betterName(a, b string) bool {
	if b == "" {
		return true
	}
	ka, kb := NameKey(a), NameKey(b)
	if len(ka) != len(kb) {
		return len(ka) > len(kb)
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	// prefer "al-Mismari" (as written mid-sentence) over "Al-Mismari"
	la, lb := lowerCount(a), lowerCount(b)
	if la != lb {
		return la > lb
	}
	return a < b
}

func lowerCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// tokHead returns the 0-based index of token i's head (nlp.Token.Head is
// 1-based), or -1 for the root or an out-of-range head.
func tokHead(toks []nlp.Token, i int) int {
	h := toks[i].Head - 1
	if h < 0 || h >= len(toks) {
		return -1
	}
	return h
}

// patronymic reports whether a person's names are of the "X bin Y" kind,
// whose short form is the given name X ("Qaboos" for "Qaboos bin Said").
// sameTitle reports whether the one-word name w stands after the same
// title word somewhere as the cluster's full name does ("Princess
// Ubolratana" and "Princess Ubolratana Mahidol"): royals and people of
// cultures without surnames are named by their first name with a title.
func (r *resolver) sameTitle(c *cluster, w string) bool {
	before := map[string]bool{}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind == KindName && m.Start > 0 {
			if t := strings.ToLower(r.doc[m.Sentence].Tokens[m.Start-1].Text); titleWords[t] {
				before[t] = true
			}
		}
	}
	if len(before) == 0 {
		return false
	}
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || m.Start == 0 || m.End-m.Start != 1 || !strings.EqualFold(m.Text, w) {
			continue
		}
		if before[strings.ToLower(r.doc[m.Sentence].Tokens[m.Start-1].Text)] {
			return true
		}
	}
	return false
}

func (r *resolver) patronymic(c *cluster) bool {
	for f := range c.forms {
		for _, w := range strings.Fields(strings.ToLower(f)) {
			switch w {
			case "bin", "ibn", "bint", "ben":
				return true
			}
		}
	}
	return false
}

// isInitial reports whether w is one capital letter, with a full stop or
// not: a middle initial ("David D. Halbert", "John M Henske").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// auxiliary reports whether deprel attaches an auxiliary or a copula to
// its verb, which carries the verb's number: "Arsenal were struggling".
func auxiliary(deprel string) bool { return deprel == "aux" || deprel == "aux:pass" || deprel == "cop" }
