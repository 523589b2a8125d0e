package entities

import (
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"

	"github.com/kg-project/kg/extract/nlp"
)

// classPatterns types the names the text itself classes, whatever the
// recogniser said: "the port town of Mokha" (a place), "German firms
// including Deutsche Bahn, Deutsche Telekom and Siemens", "countries such
// as Iran and Iraq" (Hearst's patterns: the class noun gives the type of
// every name in the list). The type then holds for every mention of the
// same name in the article.
func (r *resolver) classPatterns() {
	typed := map[string]string{}
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		if t := r.classOf(m.Sentence, m.Start); t != "" {
			typed[joinKey(NameKey(m.Text))] = t
		} else if r.mediaAfter(m) {
			typed[joinKey(NameKey(m.Text))] = "ORG"
		} else if m.Type != "LOC" && r.placeNounAfter(m) {
			typed[joinKey(NameKey(m.Text))] = "LOC"
		}
	}
	if len(typed) == 0 {
		return
	}
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if t, ok := typed[joinKey(NameKey(m.Text))]; ok && m.Kind == KindName {
			m.Type = t
		}
	}
}

// appositionClass returns the type of the class noun that heads an
// apposition right after name mention m and its comma, in lower case with
// a determiner: "NM Rothschild, the investment bank,", "Solidere, the
// Lebanese company founded by ..."; "" if there is none. The words between
// the comma and the noun must all be its own ("Lewis Johnson, chief
// executive of Tactical Language, a California-based company" is no
// company), and the noun must end its phrase ("the country and western
// singer" is no country).
func (r *resolver) appositionClass(m *Mention) string {
	toks := r.doc[m.Sentence].Tokens
	if m.End >= len(toks) || toks[m.End].Text != "," {
		return ""
	}
	for _, c := range r.spanChildren(m) {
		t := &toks[c]
		if t.Deprel != "appos" || c <= m.End || r.d.at[m.Sentence][c] != 0 || capitalisedWord(t.Text) {
			continue
		}
		if c+1 < len(toks) && toks[c+1].UPOS == "CCONJ" {
			continue
		}
		typ, plural := classNounType(*t)
		if typ == "" || plural {
			continue
		}
		own, det := true, false
		for k := m.End + 1; k < c; k++ {
			h := toks[k].Head - 1
			own = own && h > m.End && h <= c
			det = det || toks[k].Deprel == "det" && h == c
		}
		// "Shun Takeda, the ministry of transport official leading ...":
		// a role noun later in the phrase heads it
		for k := c + 1; k < len(toks) && toks[k].UPOS != "PUNCT" && toks[k].UPOS != "VERB" && toks[k].UPOS != "AUX"; k++ {
			own = own && !RoleNoun(lemmaOf(&toks[k]))
		}
		if own && det {
			return typ
		}
	}
	return ""
}

// nounNames reports whether the noun at toks[n] can name mention m: they
// are one phrase in the tree (one heads the other: "newspaper ←appos
// Kathimerini"), or at least the noun heads no prepositional phrase of its
// own ("On live television Erdogan said": television is the object of On,
// Erdogan the subject of said). An unparsed sentence gives no evidence.
func nounNames(toks []nlp.Token, n int, m *Mention) bool {
	if toks[n].Head < 0 || toks[m.Head].Head < 0 {
		return true
	}
	if h := toks[n].Head - 1; h >= m.Start && h < m.End || toks[m.Head].Head-1 == n {
		return true
	}
	for i := range toks[:n] {
		if toks[i].Head-1 == n && toks[i].Deprel == "case" {
			return false
		}
	}
	return true
}

// pressAdjective reports whether token k is "daily" or "weekly" that the
// tagger read as an adjective where it names a newspaper, after a
// determiner or a noun and not before a noun of its own: "the government
// daily Izvestia", "the weekly Ekonomicheskaya Gazeta".
func pressAdjective(toks []nlp.Token, k int) bool {
	w := strings.ToLower(toks[k].Text)
	if toks[k].UPOS != "ADJ" || w != "daily" && w != "weekly" || k == 0 ||
		toks[k-1].UPOS != "DET" && (toks[k-1].UPOS != "NOUN" || capitalisedWord(toks[k-1].Text)) {
		return false
	}
	// not an adjective of a noun after the name: "the weekly Nairobi
	// coffee auction"
	h := toks[k].Head - 1
	return h <= k || h >= len(toks) || toks[h].UPOS != "NOUN" || capitalisedWord(toks[h].Text)
}

// mediaNouns follow the name of a newspaper, a news agency or a
// broadcaster: "Le Matin newspaper", "Itar-Tass news agency", "Zycie
// Warszawy daily".
var mediaNouns = map[string]bool{
	"newspaper": true, "daily": true, "weekly": true, "magazine": true, "agency": true, "radio": true,
	"television": true, "tv": true, "broadcaster": true, "network": true, "channel": true, "tabloid": true,
}

// mediaAfter reports whether name mention m, no place's name, is followed
// by a media noun in lower case ("Le Matin newspaper", "PAP news agency";
// not "the Moscow daily"). Before "news agency" only a country's name is
// a place's ("Fars news agency" is named after a province).
func (r *resolver) mediaAfter(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	j := m.End
	if j+1 < len(toks) && toks[j].Text == "news" && toks[j+1].Text == "agency" {
		return !r.hasSubtype(m.Text, gazetteer.SubCountry)
	}
	if j >= len(toks) || capitalisedWord(toks[j].Text) || !mediaNouns[strings.ToLower(toks[j].Text)] {
		return false
	}
	return !r.isPlace(m.Text)
}

// placeNouns follow a place's name as the head of its phrase: "the
// disputed Nagorno-Karabakh region", "the Jiangsu province".
var placeNouns = map[string]bool{
	"region": true, "province": true, "district": true, "county": true, "village": true, "town": true,
	"city": true, "island": true, "valley": true, "enclave": true, "oblast": true, "governorate": true,
	"rainforest": true, "basin": true, "delta": true, "peninsula": true, "desert": true,
}

// placeNounAfter reports whether name mention m is followed by a place
// noun in lower case that heads the phrase (no noun after it: "the
// Moscow city council" is a council's) and is no person's name opening
// with a given name.
func (r *resolver) placeNounAfter(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	j := m.End
	if j >= len(toks) || !placeNouns[toks[j].Text] {
		return false
	}
	if j+1 < len(toks) && (toks[j+1].UPOS == "NOUN" || toks[j+1].UPOS == "PROPN") {
		return false
	}
	return !(m.Type == "PERSON" && r.isGivenName(toks[m.Start].Text))
}

// listNames adds the names the recogniser missed in a list after a plural
// class noun: "firms including Deutsche Bahn, Daimler and Siemens" with
// Siemens untagged. A list item is a run of capitalised proper nouns
// (with "of" or "&" inside); items are separated by commas, "and" and
// "or"; an item's owner ("France's Dassault") is no item; the list ends
// at any other word.
func (r *resolver) listNames() {
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for j := 1; j < len(toks); j++ {
			typ, start := listStart(toks, j)
			if typ == "" {
				continue
			}
			k := start
			for k < len(toks) {
				w := strings.ToLower(toks[k].Text)
				if w == "," || w == "and" || w == "or" || w == "the" {
					k++
					continue
				}
				end := k
				for end < len(toks) && (isListWord(toks[end]) ||
					(end > k && end+1 < len(toks) && (toks[end].Text == "of" || toks[end].Text == "&") && isListWord(toks[end+1]))) {
					end++
				}
				if end == k {
					break
				}
				owner := end < len(toks) && isPossessive(toks[end].Text)
				if r.untagged(si, k, end) && !owner {
					r.addName(si, k, end, typ)
				}
				k = end
				if owner {
					k++
				}
			}
			j = k
		}
	}
}

// listStart returns the type of the plural class noun before a list
// opening with "including", "like" or "such as" at token j, and where the
// list's first item starts; "" if there is none.
func listStart(toks []nlp.Token, j int) (string, int) {
	noun, start := j-1, j+1
	switch w := strings.ToLower(toks[j].Text); {
	case w == "including" || w == "like":
	case w == "such" && j+1 < len(toks) && strings.EqualFold(toks[j+1].Text, "as"):
		start = j + 2
	default:
		return "", 0
	}
	if toks[noun].UPOS != "NOUN" {
		return "", 0
	}
	return pluralClass(toks[noun]), start
}

// pluralClass returns the type of a plural class noun that opens a list
// ("countries", "firms", "lenders", "shipping giants"), or "".
func pluralClass(t nlp.Token) string {
	if typ, plural := classNounType(t); plural {
		return typ
	}
	return listClass(t)
}

func isListWord(t nlp.Token) bool { return t.UPOS == "PROPN" && capitalisedWord(t.Text) }

// classOf returns the type the words before a name starting at token
// start of sentence si give it: a place noun and "of" ("the town of X"),
// or a class noun and "including", "like" or "such as" before a list of
// names the name is in ("firms including A, B and X"); "" otherwise.
func (r *resolver) classOf(si, start int) string {
	toks := r.doc[si].Tokens
	if m := r.d.at[si][start]; m != 0 {
		if end := r.d.Mentions[m-1].End; end < len(toks) && isPossessive(toks[end].Text) {
			// "firms including Russia's OAO Mobile Telesystems": Russia
			// owns a member of the list, it is not one
			return ""
		}
		if t := r.appositionClass(&r.d.Mentions[m-1]); t != "" {
			return t
		}
		// "Milei's party, La Libertad Avanza,": a name in apposition to
		// an organisation's class noun before it, closed by punctuation
		// ("newspaper, Goldfine added" is no apposition), and no person's
		// name opening with a given name ("the land reform movement, Joao
		// Pedro.")
		mm := &r.d.Mentions[m-1]
		closed := mm.End == len(toks) || toks[mm.End].UPOS == "PUNCT"
		if n := start - 2; n >= 0 && closed && toks[start-1].Text == "," && toks[mm.Head].Deprel == "appos" && toks[mm.Head].Head-1 == n &&
			!capitalisedWord(toks[n].Text) && !(mm.Type == "PERSON" && r.isGivenName(toks[start].Text)) {
			if t, plural := classNounType(toks[n]); t == "ORG" && !plural && !r.placeNamedAt(si, start) {
				return t
			}
		}
	}
	if start >= 1 && (toks[start-1].UPOS == "NOUN" || toks[start-1].UPOS == "PROPN" || pressAdjective(toks, start-1)) && !capitalisedWord(toks[start-1].Text) {
		// (a word in lower case is a common noun even where the tagger,
		// misled by the names around it, called it a proper one: "US
		// bank Wells Fargo")
		// "anti-virus firm Sophos", "games giant Electronic Arts": a
		// company noun right before a name classes it
		w := strings.ToLower(toks[start-1].Text)
		if t, plural := classNounType(toks[start-1]); (t == "ORG" && !plural || companyNouns[w]) && !r.placeNamedAt(si, start) && !r.nicknamed(si, start) {
			return "ORG"
		}
		// "technology companies Dell, Samsung and Matsushita", "GM's
		// European units Opel and Saab": a plural class noun right
		// before a list of names classes them all
		if t := listClass(toks[start-1]); t != "" && !r.placeNamedAt(si, start) && listGoesOn(toks, r.d.at[si], start) {
			return t
		}
		// "its largest moon Charon", "the supercontinent Gondwana": a
		// body of the sky or the Earth's past right before a name
		if bodyNouns[w] {
			return "LOC"
		}
		// "news agency Fars", "broadcaster Rudaw", "newspaper
		// Kathimerini": media are often named after provinces and towns
		// (not "broadcaster Cyril Fletcher": a person's name stays one)
		// (nor "On live television Erdogan said": the noun and the name
		// must be one phrase in the tree)
		if k := r.d.at[si][start]; mediaNouns[w] && w != "broadcaster" && k != 0 {
			if m := &r.d.Mentions[k-1]; !r.hasSubtype(m.Text, gazetteer.SubCountry) && !(m.Type == "PERSON" && r.isGivenName(toks[start].Text)) && nounNames(toks, start-1, m) {
				return "ORG"
			}
		}
	}
	if start >= 2 && strings.EqualFold(toks[start-1].Text, "of") && toks[start-2].UPOS == "NOUN" {
		if t, plural := classNounType(toks[start-2]); t == "LOC" && !plural {
			return t
		}
	}
	j := start - 1
	for j >= 0 {
		if w := strings.ToLower(toks[j].Text); w == "," || w == "and" || w == "or" {
			j--
			continue
		}
		if isPossessive(toks[j].Text) && j > 0 {
			// a member's owner: "such as France's Dassault Aviation"
			j--
		}
		if mj := r.d.at[si][j]; mj != 0 && r.d.Mentions[mj-1].Start < j+1 {
			j = r.d.Mentions[mj-1].Start - 1
			continue
		}
		break
	}
	if j < 1 {
		return ""
	}
	noun := j - 1
	switch w := strings.ToLower(toks[j].Text); {
	case w == "including" || w == "like":
	case w == "as" && j >= 2 && strings.EqualFold(toks[j-1].Text, "such"):
		noun = j - 2
	case j+1 < start && listClass(toks[j]) != "" && r.d.at[si][j+1] != 0 && listGoesOn(toks, r.d.at[si], j+1):
		// "technology companies Dell, Samsung and Matsushita": the
		// later names of a list right after a plural class noun
		if r.placeNamedAt(si, start) {
			return ""
		}
		return listClass(toks[j])
	default:
		return ""
	}
	if toks[noun].UPOS != "NOUN" {
		return ""
	}
	// Only a plural class names a list: "a club like Michael Owen" does
	// not make him a club.
	return pluralClass(toks[noun])
}

// classNounType is the entity type of a class noun, singular or plural
// ("firm", "countries"), or "", and whether the word is plural.
func classNounType(t nlp.Token) (typ string, plural bool) {
	w := strings.ToLower(t.Text)
	if c := classNouns[w]; c != "" {
		return c, false
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok && classNouns[s+"y"] != "" {
		return classNouns[s+"y"], true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && classNouns[s] != "" {
		return classNouns[s], true
	}
	return "", false
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// rosters types the names of a team sheet, "Cech, Ferreira, Carvalho,
// Terry, Gallas, Tiago, Makelele, Lampard (Cole 61), Drogba": a sentence
// that is a list of at least six short capitalised names, most of those
// the recogniser typed being persons (three in four, or half with a
// substitution in brackets), lists persons, so its other names are
// persons too (the recogniser calls some players places or
// organisations, and misses others). Names of places, clubs and known
// organisations keep their type (a list of clubs is no team sheet). A
// heading before a colon ("Chelsea:", "Subs not used:") is no part of
// the list, and a substitution in brackets is a name of its own.
func (r *resolver) rosters() {
	for si := range r.doc {
		toks := r.doc[si].Tokens
		items, others := rosterItems(toks)
		subs := subsHeading(toks)
		if !subs && (len(items) < 6 || others*4 > len(items)) || subs && (len(items) == 0 || others > 0) {
			continue
		}
		persons, typed := 0, 0
		for _, it := range items {
			if m, ok := r.nameMentionAt(si, it[0], it[1]); ok {
				typed++
				// a place the gazetteer does not know counts as a
				// surname: "Sheahan, Horan, O'Callaghan, Miller" with
				// Horan a place to the recogniser (an unknown
				// organisation does not: "Piper, Jaffray, Sutro" are
				// brokers)
				if m.Type == "PERSON" || m.Type == "LOC" && !r.known(m.Text) {
					persons++
				}
			}
		}
		if !subs && (typed < 3 || persons*2 <= typed || !substitution(toks) && persons*4 < typed*3) {
			continue
		}
		sheet := substitution(toks) // "(Quinn 97)": a team sheet's players
		for _, it := range items {
			text := spanText(toks, it[0], it[1])
			if it[0] > 0 && toks[it[0]-1].Text == "(" && (it[1] >= len(toks) || toks[it[1]].UPOS != "NUM") {
				continue // a player's club in brackets: "J Bonnaire (Bourgoin)"
			}
			if subs && r.hasSubtype(text, gazetteer.SubCountry, gazetteer.SubRegion) {
				continue
			}
			if !subs && (r.isPlace(text) && !(sheet && !r.bigPlace(text)) || isClubName(text) || r.gaz != nil && r.knownOrgWord(text)) {
				continue // a list of clubs: "Castres, Perpignan, Newcastle"; in a team sheet a small place is a surname ("Liddell, Montgomery, Jagielka")
			}
			if m, ok := r.nameMentionAt(si, it[0], it[1]); ok {
				m.Type = "PERSON"
				continue
			}
			if r.untagged(si, it[0], it[1]) {
				r.addName(si, it[0], it[1], "PERSON")
			}
		}
	}
}

// subsHeading reports whether toks open with the heading of a team
// sheet's substitutes, "Subs:", "Subs not used:", "Replacements:": the
// names after it are players, however few.
func subsHeading(toks []nlp.Token) bool {
	for i := range toks {
		if toks[i].Text == ":" {
			return false
		}
		switch strings.ToLower(toks[i].Text) {
		case "subs", "substitutes", "replacements":
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if toks[j].Text == ":" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// substitution reports whether toks hold a substitution of a team sheet,
// a name and a minute in brackets: "(Cole 61)".
func substitution(toks []nlp.Token) bool {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Text == "(" && capitalisedWord(toks[i+1].Text) && toks[i+2].UPOS == "NUM" && toks[i+3].Text == ")" {
			return true
		}
	}
	return false
}

// rosterItems splits toks at commas, semicolons, brackets and "and" into
// items, drops the headings before a colon and the numbers that end an
// item ("Cole 61"), and returns the items that are one to three
// capitalised words, and how many other items there were.
func rosterItems(toks []nlp.Token) (items [][2]int, others int) {
	start := 0
	flush := func(end int) {
		for end > start && (toks[end-1].UPOS == "NUM" || isPunct(toks[end-1].Text)) {
			end--
		}
		if end == start {
			return
		}
		ok := end-start <= 3
		for t := start; t < end && ok; t++ {
			ok = capitalisedWord(toks[t].Text) && !isPunct(toks[t].Text)
		}
		if ok {
			items = append(items, [2]int{start, end})
		} else {
			others++
		}
	}
	for i := range toks {
		switch toks[i].Text {
		case ",", ";", "(", ")", "and", ".":
			flush(i)
			start = i + 1
		case ":":
			start = i + 1 // a heading
		}
	}
	flush(len(toks))
	return items, others
}

// untagged reports whether no mention covers any of the tokens [start,
// end) of sentence si.
func (r *resolver) untagged(si, start, end int) bool {
	for t := start; t < end; t++ {
		if r.d.at[si][t] != 0 {
			return false
		}
	}
	return true
}

// nameMentionAt returns the name mention of sentence si that covers
// exactly the tokens [start, end), or one that covers them.
func (r *resolver) nameMentionAt(si, start, end int) (*Mention, bool) {
	for t := start; t < end; t++ {
		if k := r.d.at[si][t]; k != 0 {
			if m := &r.d.Mentions[k-1]; m.Kind == KindName && m.Start >= start && m.End <= end {
				return m, true
			}
		}
	}
	return nil, false
}

// companyNouns are the words news puts right before a company's name:
// "chip giant Intel", "mobile operator Vodafone", "retailer Marks and
// Spencer".
// Words that also stand before persons ("film-maker Spike Lee", "games
// developer Peter Molyneux", "broadcaster Cyril Fletcher") are left out.
// tradeNouns name a firm by its trade before its name, as a sentence
// may open: "Jeweller Zale", "Miner Highland Gold", "Insurer Allianz"
// (not nouns that open names: "Bank Negara", "Giant Bay Resources").
var tradeNouns = map[string]bool{
	"jeweller": true, "jeweler": true, "miner": true, "carmaker": true, "automaker": true, "chipmaker": true,
	"drugmaker": true, "brewer": true, "publisher": true, "broadcaster": true, "bookseller": true,
	"grocer": true, "insurer": true, "retailer": true, "lender": true,
}

var companyNouns = map[string]bool{
	"giant": true, "retailer": true, "carrier": true, "manufacturer": true,
	"supplier": true, "insurer": true, "lender": true, "chain": true, "conglomerate": true,
	"fund": true, "exchange": true, "shipper": true, "brokerage": true,
	"automaker": true, "carmaker": true, "drugmaker": true, "chipmaker": true,
}

// listClass returns the type a plural organisations' class noun gives
// the list of names right after it ("companies", "banks", "units",
// "brands"), or "".
func listClass(t nlp.Token) string {
	if t.UPOS != "NOUN" || capitalisedWord(t.Text) {
		return ""
	}
	if typ, plural := classNounType(t); plural && typ == "ORG" {
		return typ
	}
	w := strings.ToLower(t.Text)
	if s, ok := strings.CutSuffix(w, "s"); ok && (companyNouns[s] || s == "unit" || s == "brand") {
		return "ORG"
	}
	return ""
}

// listGoesOn reports whether the name that starts at toks[k] is followed
// by a comma, "and" or "or" and another name: the first of a list.
func listGoesOn(toks []nlp.Token, at []int32, k int) bool {
	if at[k] == 0 {
		return false
	}
	e := k
	for e < len(toks) && at[e] == at[k] {
		e++
	}
	if e+1 >= len(toks) {
		return false
	}
	w := toks[e].Text
	return (w == "," || w == "and" || w == "or") && capitalisedWord(toks[e+1].Text)
}

// placeNamedAt reports whether the mention at token start of sentence si
// names a country or region ("team France" stays a place).
func (r *resolver) placeNamedAt(si, start int) bool {
	m := r.d.at[si][start]
	return m != 0 && r.hasSubtype(r.d.Mentions[m-1].Text, gazetteer.SubCountry, gazetteer.SubRegion)
}

// nicknamed reports whether the person's name at token start of sentence
// si holds a nickname in double quotes, which no firm's does: "letter
// carrier Gurpreet "Gary" Sandhu-MacLeod".
func (r *resolver) nicknamed(si, start int) bool {
	m := r.d.at[si][start]
	if m == 0 || r.d.Mentions[m-1].Type != "PERSON" {
		return false
	}
	toks := r.doc[si].Tokens
	for k := start + 1; k+2 < r.d.Mentions[m-1].End; k++ {
		if w := toks[k].Text; (w == "\"" || w == "“") && capitalisedWord(toks[k+1].Text) {
			return true
		}
	}
	return false
}
