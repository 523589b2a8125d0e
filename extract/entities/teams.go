package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// Sports news names a club by its town ("Fulham beat Portsmouth 2-1",
// "Liverpool have not won") and a party by a short name ("Tory leader");
// the functions here find the uses that make such a name an
// organisation's (see typeOf and knownOrg).

// cityClub reports whether name is a town's name and "City" that is no
// place itself: "Manchester City", "Leicester City"; not "Mexico City".
func (r *resolver) cityClub(name string) bool {
	town, ok := strings.CutSuffix(name, " City")
	return ok && r.isPlace(town) && !r.isPlace(name)
}

// teamRoles are the posts of a sports club that news puts after the
// club's name: "Fulham manager Chris Coleman", "Chelsea boss Jose
// Mourinho", "Portsmouth chairman Milan Mandaric".
var teamRoles = map[string]bool{
	"manager": true, "boss": true, "coach": true, "chairman": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "keeper": true, "winger": true, "skipper": true,
	"full-back": true, "fly-half": true, "scrum-half": true, "flanker": true,
	"captain": true, "batsman": true, "bowler": true, "spinner": true, "paceman": true, "all-rounder": true,
	"wicketkeeper": true, "opener": true, "quarterback": true, "pitcher": true, "shortstop": true,
	"left-back": true, "right-back": true, "centre-back": true, "centre-half": true, "playmaker": true,
}

// namedTeamRoles are club posts that are common words too ("centre",
// "wing"): they make a club's name only before a person's name, "Bath
// prop Duncan Bell", "Leicester centre Ollie Smith".
var namedTeamRoles = map[string]bool{
	"centre": true, "center": true, "prop": true, "lock": true, "hooker": true, "wing": true,
	"forward": true, "team-mate": true, "teammate": true, "guard": true,
}

// partyRoles are the posts of a party that news puts after its name:
// "Tory leader Michael Howard", "Labour MP Jean Corston".
var partyRoles = map[string]bool{
	"leader": true, "MP": true, "MPs": true, "MEP": true, "MEPs": true, "spokesman": true,
	"spokeswoman": true, "frontbencher": true, "frontbenchers": true, "backbencher": true,
	"backbenchers": true, "co-chairman": true, "candidate": true, "candidates": true,
	"activists": true, "peer": true, "peers": true, "councillor": true, "councillors": true,
}

// postNominals follow a person's name for an office or honour: "Michael
// Mansfield QC", "Kelly Holmes MBE".
var postNominals = map[string]bool{"QC": true, "KC": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true, "DBE": true}

// isPost reports whether w is a party's or club's post, or a person's
// office or honour after the name.
func isPost(w string) bool { return partyRoles[w] || teamRoles[w] || postNominals[w] }

func allCapitalised(toks []nlp.Token) bool {
	for i := range toks {
		if !capitalisedWord(toks[i].Text) {
			return false
		}
	}
	return len(toks) > 0
}

// teamRole reports whether a name of c that is no country or region is
// used as a team's:
//   - followed by a club post in lower case: a town or a person's name
//     before "manager" is a club's ("Fulham manager"; not "Fairford Coach
//     Action"); a party's posts ("Tory leader", "Labour MP") count only for
//     an entity of one-word names, so "Tony Blair", also written "Blair",
//     stays a person before "spokesman"; posts that are common words too
//     count only before a person's name ("Bath prop Duncan Bell", not
//     "the Colorado centre");
//   - for a town's name, one side of a fixture ("Chelsea v Arsenal") or the
//     subject or object of a result with a score ("Fulham beat Portsmouth
//     2-1"); persons play fixtures and win too, so this counts only for an
//     entity all of whose names are places (not "Lindsay Davenport", also
//     written "Davenport") and that the recogniser (typ) did not call a
//     person;
//   - for any one-word name, the subject of a verb in the plural
//     ("Liverpool have", "Arsenal are"; bands and companies too: "Muse
//     have"), which no single person takes.
//
// A town's name listed with a team's is a team's too ("title rivals
// Essex, Derbyshire and Surrey", Surrey's captain named elsewhere), and
// so is a one-word name the recogniser took for a person's that is no
// given name and no place ("Chelsea and Arsenal"). A given name that is
// also a town's, alone, is a club's in an article with other teams when
// it acts as no person does (townTeam: "catching Chelsea in the title
// race").
//
// Countries and the nations of the UK name their teams by the strongest
// cues only (nationTeam: "France beat Wales 41-28", "England coach Andy
// Robinson"), since news names them as places far more often.
func (r *resolver) teamRole(c *cluster, typ string) bool {
	if r.directTeam(c, typ) {
		return true
	}
	if r.regionOf(c) != notRegion {
		return false
	}
	// a one-word name that is no given name and no place the gazetteer
	// knows, which the recogniser took for a person's ("Arsenal"), is a
	// team's when listed with teams
	unknown := typ == "PERSON" && !r.longName(c) && !r.givenName(c) && !r.known(anyName(c))
	if typ == "PERSON" && !unknown && !r.givenPlace(c) {
		return false
	}
	if r.townTeam(c, typ) {
		return true
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || !r.isPlace(m.Text) && typ != "LOC" && !unknown {
			continue
		}
		for _, o := range r.listed(m) {
			if o.Entity < 0 || o.Entity == c.id {
				continue
			}
			// the other team is named by its town too: a company
			// ("Heathrow and BAA") is no club
			oc := r.clusters[o.Entity]
			ot := vote(oc.types)
			if (ot == "LOC" || r.isPlace(o.Text)) && r.directTeam(oc, ot) || isClubName(o.Text) || r.townTeam(oc, ot) {
				return true
			}
		}
	}
	return false
}

// townTeam reports whether c, a given name that is also a town's, alone,
// which the recogniser (typ) took for a person's, is used as a club's:
// it acts alone in its clauses in an article with other teams
// (actsAlone, teamPeer).
func (r *resolver) townTeam(c *cluster, typ string) bool {
	return typ == "PERSON" && r.givenPlace(c) && r.actsAlone(c) && r.teamPeer(c)
}

// anyName returns one of the names of c, the same every run (the first
// in byte order).
func anyName(c *cluster) string {
	name := ""
	for f := range c.forms {
		if name == "" || f < name {
			name = f
		}
	}
	return name
}

// givenName reports whether a name of c is a given name.
func (r *resolver) givenName(c *cluster) bool {
	for f := range c.forms {
		if r.isGivenName(f) {
			return true
		}
	}
	return false
}

// Kinds of places whose names clubs may take (regionOf).
const (
	notRegion = iota // a town's name, or none the gazetteer knows
	region           // also a region's: a state, a province ("Texas", "Moscow")
	nation           // a country's, a continent's or a nation's of the UK
)

// regionOf returns whether a name of c is a nation's (a country, a
// continent, or one of the nations of the United Kingdom, which field
// teams under their own names, "England v Wales": never a club's), else
// a region's (a state's or a province's, also many capitals' and big
// towns', "sanctions against Tehran"; a club's only in a fixture or a
// line of results, "TEXAS 5 Boston 3"), else notRegion.
func (r *resolver) regionOf(c *cluster) int {
	if r.gaz == nil {
		return notRegion
	}
	kind := notRegion
	for _, mi := range c.mentions {
		if m := &r.d.Mentions[mi]; m.Kind == KindName {
			kind = max(kind, r.nameRegion(m.Text))
		}
	}
	return kind
}

// nameRegion returns whether name is a nation's, a region's or neither
// (regionOf).
func (r *resolver) nameRegion(name string) int {
	if r.gaz == nil {
		return notRegion
	}
	kind := notRegion
	for _, e := range r.gaz.Lookup(name) {
		switch {
		case e.Subtype == gazetteer.SubCountry || e.Subtype == gazetteer.SubRegion && (e.Country == "GB" || e.Country == ""):
			return nation
		case e.Subtype == gazetteer.SubRegion:
			kind = region
		}
	}
	return kind
}

// listed returns the other name mentions of the list that name mention m
// stands in: names separated by commas, "and" or "or", at least one of
// them a conjunction ("Essex, Derbyshire and Surrey"; not "At Heathrow,
// BAA said").
func (r *resolver) listed(m *Mention) []*Mention {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	sep := func(i int) bool {
		switch toks[i].Text {
		case ",", "and", "or", "&":
			return true
		}
		return false
	}
	name := func(i int) *Mention {
		if i < 0 || i >= len(toks) || at[i] == 0 {
			return nil
		}
		if o := &r.d.Mentions[at[i]-1]; o.Kind == KindName {
			return o
		}
		return nil
	}
	var out []*Mention
	conj := false
	for i := m.Start - 1; i > 0 && sep(i); {
		o := name(i - 1)
		if o == nil {
			break
		}
		conj = conj || toks[i].Text != ","
		out = append(out, o)
		i = o.Start - 1
	}
	for i := m.End; i < len(toks)-1 && sep(i); {
		o := name(i + 1)
		if o == nil {
			break
		}
		conj = conj || toks[i].Text != ","
		out = append(out, o)
		i = o.End
	}
	if !conj {
		return nil
	}
	return out
}

// directTeam reports whether c is used as a team's by the cues of
// teamRole other than a list.
func (r *resolver) directTeam(c *cluster, typ string) bool {
	k := teamKey{c.id, typ}
	if v, ok := r.teams[k]; ok {
		return v
	}
	if r.teams == nil {
		r.teams = map[teamKey]bool{}
	}
	v := r.directTeamCues(c, typ)
	r.teams[k] = v
	return v
}

func (r *resolver) directTeamCues(c *cluster, typ string) bool {
	oneWord, town := true, true
	for f := range c.forms {
		oneWord = oneWord && !strings.Contains(f, " ")
		town = town && r.isPlace(f)
	}
	// A name the recogniser took for a place is a town's or a county's
	// for these cues even when the gazetteer does not know it
	// ("Leicestershire beat Somerset").
	town = town || typ == "LOC"
	// A given name that is also a place, alone, which the recogniser
	// took for a person's, takes the cues of a town ("face Chelsea") and
	// owns a team's parts as a town's name does ("Chelsea's defeat").
	ownerType := typ
	if typ == "PERSON" && oneWord && r.givenPlace(c) {
		ownerType = "LOC"
	}
	townCues := town && ownerType != "PERSON"
	switch r.regionOf(c) {
	case nation:
		return r.nationTeam(c)
	case region:
		for _, mi := range c.mentions {
			if m := &r.d.Mentions[mi]; m.Kind == KindName && typ != "PERSON" && (r.fixture(m) || r.scoreLine(m) || recordAfter(r.doc[m.Sentence].Tokens, m.End) || r.matchAgainst(m) ||
				// (a result with a score, as for nations: "Oregon beat No.
				// 2 Ohio State 32-31")
				!r.nationality(m) && (r.result(m) || r.rivalPair(m) && hasScore(r.doc[m.Sentence].Tokens))) {
				return true
			}
		}
		return false
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		if r.teamPost(m, oneWord) || townCues && (r.fixture(m) || r.result(m) || r.rivalPair(m) || r.scoreLine(m) || r.opponent(m) || r.playerClub(m) || r.townFans(m) || r.joinsClub(m) || r.matchAgainst(m) ||
			recordAfter(r.doc[m.Sentence].Tokens, m.End)) ||
			oneWord && r.pluralTeam(m) ||
			oneWord && len(c.titles) == 0 && (r.possessiveTeam(m, typ) || ownerType != typ && r.possessiveTeam(m, ownerType) || typ == "PERSON" && (r.atName(m) || r.clubMove(m))) {
			return true
		}
	}
	return false
}

// teamPeer reports whether c, a given name that is also a town's, alone,
// which the recogniser took for a person's (givenPlace), stands in an
// article where another name is used as a team's and no person's name
// opens with it: the club named by its town, "catching Chelsea in the
// title race" after "Manchester United reduced the lead". News introduces
// a person by the full name and goes on with the surname, so a given name
// alone beside clubs is a club's (not "Chelsea" after "Chelsea Clinton").
func (r *resolver) teamPeer(c *cluster) bool {
	peer := false
	for _, oc := range r.clusters {
		if oc == c {
			continue
		}
		ot := vote(oc.types)
		town := false
		for f := range oc.forms {
			if ot == "PERSON" && strings.Contains(f, " ") {
				first, _, _ := strings.Cut(f, " ")
				if c.forms[first] > 0 {
					return false
				}
			}
			peer = peer || isClubName(f)
			town = town || r.isPlace(f)
		}
		// a town or a one-word name used as a team's ("Fulham beat
		// Portsmouth", "Arsenal have"), not a body before a post
		// ("Federal Reserve chairman")
		peer = peer || (town || !r.longName(oc)) && ot != "PERSON" && r.directTeam(oc, ot)
	}
	return peer
}

// actsAlone reports whether a name mention of c acts in its clause (a
// subject, an object, an oblique or an owner) outside a team sheet, and
// none stands as persons' names do: with a title or beside another
// capitalised word or a name's brackets ("Dr Arnold", "referee Graham
// Poll", "A J P (AJP) Taylor"), in an "X of" name ("Treaty of Baden"),
// with an age ("Adrian, 13") or a state ("Ely, Nev."), after a heading
// ("Subs not used: Harper"), or listed with a person's given or full
// name ("Zoe, Chrissie and Sam"; one-word names beside it may be clubs:
// "Arsenal and Chelsea").
func (r *resolver) actsAlone(c *cluster) bool {
	acts := false
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
		if m.End < len(toks) && capitalisedWord(toks[m.End].Text) || capitalisedBefore(toks, m.Start) ||
			m.Start > 0 && (toks[m.Start-1].Text == ":" || toks[m.Start-1].Text == ")") ||
			m.Start > 1 && ofWords[toks[m.Start-1].Text] && capitalisedWord(toks[m.Start-2].Text) {
			return false
		}
		if j := m.End + 1; j < len(toks) && toks[m.End].Text == "," &&
			(toks[j].UPOS == "NUM" || capitalisedWord(toks[j].Text) && (at[j] == 0 || r.d.Mentions[at[j]-1].Type == "LOC")) {
			return false
		}
		// the separator and the name beyond it, on either side
		for _, p := range [2][2]int{{m.Start - 1, m.Start - 2}, {m.End, m.End + 1}} {
			sep, j := p[0], p[1]
			if j < 0 || j >= len(toks) || at[j] == 0 {
				continue
			}
			o := &r.d.Mentions[at[j]-1]
			if w := toks[sep].Text; (w == "," || w == "and" || w == "or") && o.Type == "PERSON" &&
				(strings.Contains(o.Text, " ") || r.isGivenName(o.Text) || o.Entity >= 0 && r.longName(r.clusters[o.Entity])) {
				return false
			}
		}
		if items, _ := rosterItems(toks); len(items) >= 6 || subsHeading(toks) {
			continue // a team sheet's
		}
		// a conjunct acts as the first of its list does
		h := m.Head
		for range len(toks) { // bounded: a malformed tree may loop
			if toks[h].Deprel != "conj" || toks[h].Head < 1 || toks[h].Head > len(toks) {
				break
			}
			h = toks[h].Head - 1
		}
		switch toks[h].Deprel {
		case "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss":
			acts = true
		}
	}
	return acts
}

// longName reports whether a name of c has two words or more.
func (r *resolver) longName(c *cluster) bool {
	for f := range c.forms {
		if strings.Contains(f, " ") {
			return true
		}
	}
	return false
}

// givenPlace reports whether the one-word names of c are all both a
// given name and a place ("Chelsea"): news calls a person by the surname
// or the full name, so such a name alone, which the recogniser may take
// for a person's, takes the sports cues of a town.
func (r *resolver) givenPlace(c *cluster) bool {
	for f := range c.forms {
		if !r.isGivenName(f) || !r.isPlace(f) {
			return false
		}
	}
	return len(c.forms) > 0
}

// teamPost reports whether name mention m is followed by a club's post in
// lower case ("Fulham manager"), or, for oneWord names, by a party's post
// ("Tory leader").
func (r *resolver) teamPost(m *Mention, oneWord bool) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.End >= len(toks) {
		return false
	}
	// "left-back", split by the tokenizer and often mistagged ("left" a
	// verb): the words decide
	if m.End+2 < len(toks) && toks[m.End+1].Text == "-" {
		post := toks[m.End].Text + "-" + toks[m.End+2].Text
		return teamRoles[post] || namedTeamRoles[post] && r.personAt(m.Sentence, m.End+3)
	}
	if toks[m.End].UPOS != "NOUN" && toks[m.End].UPOS != "PROPN" {
		return false
	}
	// The post is in lower case, so a common noun even where the
	// tagger, seeing a name after it, said proper noun ("Surrey captain
	// Chris Lewis").
	post := toks[m.End].Text
	if namedTeamRoles[post] {
		return r.personAt(m.Sentence, m.End+1)
	}
	return teamRoles[post] || oneWord && partyRoles[post]
}

// personAt reports whether a person's name, as the recogniser typed it,
// starts at token k of sentence si: "Bath prop Duncan Bell", "his
// Newcastle team-mate Noon"; not "Colorado centre", "the party's
// Christian Democratic wing".
func (r *resolver) personAt(si, k int) bool {
	toks, at := r.doc[si].Tokens, r.d.at[si]
	return k < len(toks) && at[k] != 0 && capitalisedWord(toks[k].Text) && r.d.Mentions[at[k]-1].Type == "PERSON"
}

// fixture reports whether name mention m is one side of a fixture or a
// result line, "Chelsea v Arsenal", "Leicester vs Bath", "Chelsea 2-1
// Liverpool": a name next to "v", "vs" or a score with another name on
// the other side.
func (r *resolver) fixture(m *Mention) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	named := func(i int) bool { return i >= 0 && i < len(toks) && at[i] != 0 && capitalisedWord(toks[i].Text) }
	// beside "v" any capitalised word names the other side: "Milton
	// Keynes Dons v Peterborough" with "Dons" untagged
	side := func(i int) bool {
		return named(i) || i >= 0 && i < len(toks) && capitalisedWord(toks[i].Text) && !isAllCaps(toks[i].Text) // not "Shr N.A. vs N.A."
	}
	versus := func(i int) bool {
		return i >= 0 && i < len(toks) && (toks[i].Text == "v" || toks[i].Text == "vs" || toks[i].Text == "vs.")
	}
	if versus(m.End) && side(m.End+1) || versus(m.Start-1) && side(m.Start-2) {
		return true
	}
	// A result line: "Chelsea 2-1 Liverpool".
	if n := scoreAt(toks, m.End); n > 0 && named(m.End+n) {
		return true
	}
	for n := 1; n <= 3; n++ {
		if scoreAt(toks, m.Start-n) == n && named(m.Start-n-1) {
			return true
		}
	}
	return false
}

// scoreAt returns the number of tokens of the score that starts at token
// i ("2-1" is one, "2 - 1" three), or 0.
func scoreAt(toks []nlp.Token, i int) int {
	switch {
	case i < 0 || i >= len(toks):
		return 0
	case isScore(toks[i].Text):
		return 1
	case i+2 < len(toks) && smallNumber(toks[i].Text) && isHyphen(toks[i+1].Text) && smallNumber(toks[i+2].Text):
		return 3
	}
	return 0
}

// result reports whether name mention m is the subject or object of a
// verb of sports results ("Fulham beat Portsmouth", "lost to Chelsea") in
// a sentence that gives a score ("2-1").
func (r *resolver) result(m *Mention) bool {
	return hasScore(r.doc[m.Sentence].Tokens) && r.resultSlot(m)
}

// resultSlot reports whether name mention m is the subject or object of a
// verb of sports results, with or without a score (result).
func (r *resolver) resultSlot(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	h, verb, ok := r.governor(m)
	if !ok {
		return false
	}
	if scoreAt(toks, verb) > 0 && toks[verb].Head > 0 && toks[verb].Head <= len(toks) {
		// "beating [England] 29-16": the parser hangs the name on the
		// score, the score on the verb
		h, verb = verb, toks[verb].Head-1
	}
	if toks[h].Deprel == "nsubj" && verb < len(r.children[m.Sentence]) {
		// "Ireland won the title, beating England 29-16", "Boise State
		// pulled away to beat Wyoming 38-17": the subject of a clause
		// whose participle or infinitive reports the result
		for _, j := range r.children[m.Sentence][verb] {
			if (toks[j].Deprel == "advcl" || toks[j].Deprel == "xcomp") && toks[j].UPOS == "VERB" && resultVerbs[lemmaOf(&toks[j])] {
				return true
			}
			// "Qatar retained the Asian Cup with a 3-1 win over Jordan":
			// the subject of a clause that a win qualifies (or that needs one)
			if toks[j].UPOS == "NOUN" && winNouns[lemmaOf(&toks[j])] {
				return true
			}
		}
	}
	switch toks[h].Deprel {
	case "nsubj", "nsubj:pass", "obj", "obl:unmarked":
	case "obl", "obl:agent":
		if b := m.Start - 1; b < 0 || toks[b].Text != "to" && toks[b].Text != "against" && toks[b].Text != "with" && toks[b].Text != "by" {
			return false
		}
	default:
		return false
	}
	return resultVerbs[lemmaOf(&toks[verb])]
}

// winNouns name a side's win over another.
var winNouns = map[string]bool{"win": true, "victory": true, "triumph": true}

// strongResult are the result verbs that say a contest was won even
// without a score: a town does not beat another town, its team does.
var strongResult = map[string]bool{"beat": true, "defeat": true, "thrash": true, "rout": true, "trounce": true, "hammer": true}

// rivalPair reports whether name mention m and another name that the
// recogniser took for a place or an organisation stand right on either
// side of such a verb: "Leicestershire beat Somerset by an innings".
// It reads the words, not the tree, which news full of numbers often
// gets wrong.
func (r *resolver) rivalPair(m *Mention) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	rival := func(i int) bool {
		if i < 0 || i >= len(toks) || at[i] == 0 {
			return false
		}
		o := &r.d.Mentions[at[i]-1]
		return o != m && o.Kind == KindName && (o.Type == "LOC" || o.Type == "ORG")
	}
	verb := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].UPOS == "VERB" && strongResult[lemmaOf(&toks[i])]
	}
	return verb(m.End) && rival(m.End+1) || verb(m.Start-1) && rival(m.Start-2)
}

// governor returns the token heading name mention m and the token that
// governs it in the tree, and whether both lie in the sentence.
func (r *resolver) governor(m *Mention) (h, gov int, ok bool) {
	toks := r.doc[m.Sentence].Tokens
	h = m.Head
	if h < 0 || h >= len(toks) {
		return 0, 0, false
	}
	gov = toks[h].Head - 1
	return h, gov, gov >= 0 && gov < len(toks)
}

// nounAt reports whether toks[i] is a noun or a proper noun: after a
// name, the noun the name modifies ("Hollywood actors").
func nounAt(toks []nlp.Token, i int) bool {
	return i >= 0 && i < len(toks) && (toks[i].UPOS == "NOUN" || toks[i].UPOS == "PROPN")
}

// hasScore reports whether toks hold a score: "2-1" as one token, or as
// a number, a hyphen or dash, and a number.
func hasScore(toks []nlp.Token) bool {
	for i := range toks {
		if scoreAt(toks, i) > 0 {
			return true
		}
	}
	return false
}

// pluralTeam reports whether name mention m, one word not ending in s,
// is the whole subject of a verb in the plural, as British news writes of
// a team, a band or a company ("Liverpool have not won", "Chelsea are
// top"); a town or a person takes the singular.
func (r *resolver) pluralTeam(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.End-m.Start != 1 || strings.HasSuffix(m.Text, "s") {
		return false
	}
	h, verb, ok := r.governor(m)
	if !ok || verb <= h || toks[h].Deprel != "nsubj" && toks[h].Deprel != "nsubj:pass" {
		return false
	}
	for _, j := range r.children[m.Sentence][h] {
		if toks[j].Deprel == "conj" || toks[j].Deprel == "cc" {
			return false // "Liverpool and Manchester are", a list
		}
	}
	// The name must be the whole subject: "Hollywood actors ... have",
	// "both from Keighley, were", "Basingstoke and west London are" are
	// not a team's.
	if b := m.Start - 1; b >= 0 {
		switch toks[b].UPOS {
		case "NOUN", "PROPN", "ADJ", "ADP", "NUM", "DET", "CCONJ":
			return false
		}
		switch strings.ToLower(toks[b].Text) {
		case ",", ")", "if":
			return false // "if Turkey were to reconsider": a subjunctive; "(West) Germany have", a list's
		}
	}
	if nounAt(toks, m.End) {
		return false
	}
	plural := func(j int) bool {
		if j-m.End > 1 || j-m.End == 1 && toks[m.End].UPOS != "ADV" {
			return false // right after the name, or after one adverb; "Phil should have" is no plural
		}
		switch strings.ToLower(toks[j].Text) {
		case "have", "are":
			return true
		case "were":
			return j+1 >= len(toks) || toks[j+1].Text != "to" // not "were to": a subjunctive
		}
		return false
	}
	if plural(verb) {
		return true
	}
	for _, j := range r.children[m.Sentence][verb] {
		if j > h && j < verb && auxiliary(toks[j].Deprel) && plural(j) {
			return true
		}
	}
	return false
}

// resultVerbs are the verbs of sports results.
var resultVerbs = map[string]bool{
	"beat": true, "defeat": true, "draw": true, "lose": true, "thrash": true, "edge": true, "hold": true,
	"hammer": true, "overcome": true, "rout": true, "stun": true, "trounce": true, "sweep": true, "crush": true,
}

// isScore reports whether w is a score: digits, a hyphen or dash, digits
// ("2-1", "24–17").
func isScore(w string) bool {
	i := strings.IndexAny(w, "-–")
	if i <= 0 || i == len(w)-1 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return smallNumber(w[:i]) && smallNumber(w[i+size:])
}

// scoreLine reports whether name mention m stands in a line of results
// or a table of standings: a line with no verb where the name is followed
// by a score or a small number, and so is another name of the line
// ("Leicestershire 22 points, Somerset 4", "NEW YORK 4 Cleveland 2"), or
// two other lines of the article open the same way ("NEW YORK 74 58
// .561"). Prices and rates have decimals, populations commas: no small
// numbers. A name in brackets with a number is a player's ("Reyes
// (Clichy 82)", "(P. Simmons 4-38)").
func (r *resolver) scoreLine(m *Mention) bool {
	scored := func(si int, mm *Mention) bool {
		toks := r.doc[si].Tokens
		if mm.End >= len(toks) || mm.Start > 0 && toks[mm.Start-1].Text == "(" {
			return false // "Reyes (Clichy 82)": a substitute and his minute
		}
		w := toks[mm.End].Text
		return smallNumber(w) || isScore(w)
	}
	verbless := func(si int) bool { return verblessLine(r.doc[si].Tokens) }
	if !scored(m.Sentence, m) || !verbless(m.Sentence) {
		return false
	}
	at := r.d.at[m.Sentence]
	for i, k := range at {
		if k != 0 && i != m.Start {
			if o := &r.d.Mentions[k-1]; o.Start == i && o.Kind == KindName && o != m && scored(m.Sentence, o) {
				return true
			}
		}
	}
	if r.rowOpeners == nil {
		// once per article: the question is asked for every mention
		r.rowOpeners = make([]bool, len(r.doc))
		for si := range r.doc {
			if len(r.d.at[si]) == 0 || r.d.at[si][0] == 0 {
				continue
			}
			o := &r.d.Mentions[r.d.at[si][0]-1]
			if o.Kind == KindName && o.Start == 0 && scored(si, o) && verbless(si) {
				r.rowOpeners[si] = true
				r.rowCount++
			}
		}
	}
	rows := r.rowCount
	if r.rowOpeners[m.Sentence] {
		rows--
	}
	return rows >= 2
}

// smallNumber reports whether s is one to three digits.
func smallNumber(s string) bool { return len(s) <= 3 && allDigits(s) }

// possessiveTeam reports whether name mention m owns a team's member or
// part ("Tottenham's players", "Llanelli's player of the season"), or,
// for a name the recogniser called a person, a player by position
// ("Arsenal's Brazilian midfielder") or a person's full name
// ("Arsenal's Thierry Henry", "Zeppelin's Jimmy Page"): a person is
// hardly ever written as owning another by full name, while a manager
// owns his side and players ("Souness's side"), so those count only for
// other names. A country owns its people ("Spain's Rafael Nadal") and
// stays a place, as countries are never teams here. Works that name
// their makers ("Million Dollar Baby's Hilary Swank") are typed wrong
// either way.
func (r *resolver) possessiveTeam(m *Mention, typ string) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	p := m.End
	if p+1 >= len(toks) || toks[p].Text != "'s" && toks[p].Text != "’s" {
		return false
	}
	if typ != "PERSON" {
		// a manager's side and players are his: "Souness's side"
		return teamParts[toks[p+1].Text]
	}
	// "Arsenal's Brazilian midfielder Edu": a player's position, after
	// adjectives, is a club's (a manager's "side" and "players" are not)
	for j := p + 1; j < len(toks); j++ {
		if playerRoles[toks[j].Text] {
			return true
		}
		if toks[j].UPOS != "ADJ" {
			break
		}
	}
	k := at[p+1]
	if k == 0 {
		return false
	}
	pm := &r.d.Mentions[k-1]
	return pm.Type == "PERSON" && pm.Start == p+1 && pm.End-pm.Start >= 2
}

// playerRoles are the positions of players on a team that name nothing
// else (not "centre", "forward", "wing").
var playerRoles = map[string]bool{
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "keeper": true, "winger": true,
	"full-back": true, "fly-half": true, "scrum-half": true, "flanker": true, "left-back": true,
	"right-back": true, "centre-back": true, "centre-half": true, "playmaker": true, "wicketkeeper": true,
	"quarterback": true, "pitcher": true, "shortstop": true, "defenseman": true, "defenceman": true,
	"goaltender": true, "goalie": true, "linebacker": true, "outfielder": true, "batsman": true,
}

// teamParts are the members and parts of a team that news writes as the
// club's: "Chelsea's players", "Llanelli's player of the season".
var teamParts = map[string]bool{
	"player": true, "players": true, "side": true, "squad": true, "fans": true, "supporters": true,
	"manager": true, "boss": true, "coach": true, "striker": true, "midfielder": true, "defender": true,
	"goalkeeper": true, "keeper": true, "captain": true, "stadium": true, "ground": true,
	"defeat": true, "win": true, "victory": true, "lead": true, "goal": true, "goals": true, "title": true,
	"defence": true, "midfield": true, "attack": true, "league": true,
}

// atName reports whether name mention m stands right after "at" and owns
// nothing: "honours won at Chelsea", "his spell at Arsenal". One meets a
// person, not "at" one ("at Smith's home" owns the home).
func (r *resolver) atName(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.Start == 0 || !strings.EqualFold(toks[m.Start-1].Text, "at") {
		return false
	}
	return m.End >= len(toks) || toks[m.End].Text != "'s" && toks[m.End].Text != "’s"
}

// clubMove reports whether name mention m is where a player plays or
// moves: the object of join or leave, or the name after "for" with a
// head such as play, sign, score, a goal, an appearance or a debut ("110
// appearances for Chelsea", "before joining Everton").
func (r *resolver) clubMove(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	h, head, ok := r.governor(m)
	if !ok {
		return false
	}
	lemma := lemmaOf(&toks[head])
	switch toks[h].Deprel {
	case "obj":
		// "before joining Everton", "left Newcastle"; not "join Cragg
		// in the European Championships", a person joined in something
		if lemma != "join" && lemma != "leave" {
			return false
		}
		return m.End >= len(toks) || toks[m.End].UPOS != "ADP"
	case "obl", "nmod":
		if m.Start == 0 || !strings.EqualFold(toks[m.Start-1].Text, "for") {
			return false
		}
		switch lemma {
		case "play", "sign", "score", "goal", "appearance", "debut", "start":
			return true
		}
	}
	return false
}

// joinsClub reports whether name mention m, a town's, is the object of
// "join" ("left the club to join Newcastle"; clubMove for a town, without
// "leave" nor "for", which persons and parties do to a town too: "left
// Newcastle", "a deal for Brighton to host the conference").
func (r *resolver) joinsClub(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	h, head, ok := r.governor(m)
	return ok && toks[h].Deprel == "obj" && lemmaOf(&toks[head]) == "join" && r.clubMove(m)
}

// opponent reports whether name mention m is named as an opponent:
// "against Barcelona", "victory over Liverpool", "clash with Barcelona",
// "Chelsea face Barcelona", "United host Chelsea", "take on Barcelona", "defeat to Chelsea",
// "beaten by Arsenal", "at the hands of Sevilla".
func (r *resolver) opponent(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.Start == 0 || nounAt(toks, m.End) {
		return false // "against Hollywood imports": a modifier
	}
	// the side's standing may come between: "face defending champion
	// France", "knocked out holders Senegal"
	b := m.Start
	for b > 1 && sideStandings[strings.ToLower(toks[b-1].Text)] {
		b--
	}
	prev := strings.ToLower(toks[b-1].Text)
	switch prev {
	case "against":
		return true
	case "over", "with":
		if b >= 2 {
			switch strings.ToLower(lemmaOf(&toks[b-2])) {
			case "victory", "win", "triumph", "clash", "draw", "tie", "match", "game", "fixture":
				return true
			}
		}
	case "face", "faces", "faced", "facing", "host", "hosts", "hosted", "hosting":
		return true
	case "on":
		return b >= 2 && strings.EqualFold(lemmaOf(&toks[b-2]), "take")
	case "to", "by":
		// "a 2-1 defeat to Chelsea", "beaten by Arsenal"
		if b >= 2 {
			switch strings.ToLower(lemmaOf(&toks[b-2])) {
			case "defeat", "loss", "lose", "beat", "thrash", "knock":
				return true
			}
		}
	case "of":
		// "at the hands of Sevilla"
		return b >= 3 && strings.EqualFold(toks[b-2].Text, "hands") && strings.EqualFold(toks[b-3].Text, "the")
	}
	return false
}

// sideStandings are the words of a side's standing that stand between a
// verb or a preposition and the side's name: "defending champion France".
var sideStandings = map[string]bool{
	"defending": true, "champion": true, "champions": true, "holders": true, "hosts": true, "title-holders": true,
}

// playerClub reports whether name mention m is in brackets right after a
// person's name, as squad lists give a player's club: "Bellamy
// (Newcastle)", "Savage (Blackburn)".
func (r *resolver) playerClub(m *Mention) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if m.Start < 2 || m.End >= len(toks) || toks[m.Start-1].Text != "(" || toks[m.End].Text != ")" {
		return false
	}
	k := at[m.Start-2]
	return k != 0 && r.d.Mentions[k-1].Type == "PERSON"
}

// townFans reports whether name mention m is followed by the fans or
// players of a team, or the team itself: "the Liverpool fans", "the
// Newcastle players", "a Portsmouth side" (not "Hollywood player Howard
// Hughes", "Independence stadium"). It counts for towns only (not "the
// Olympic squad").
func (r *resolver) townFans(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if m.End >= len(toks) {
		return false
	}
	switch toks[m.End].Text {
	case "fans", "supporters", "players", "side", "squad":
		return true
	}
	return false
}

// tableWords head the rows of tables that are no names: "Round 2",
// "Group 4", "Week 3".
var tableWords = map[string]bool{
	"round": true, "group": true, "game": true, "games": true, "race": true, "stage": true, "week": true,
	"division": true, "day": true, "heat": true, "match": true, "set": true, "leg": true, "lap": true,
	"hole": true, "pool": true, "section": true, "table": true, "total": true, "totals": true, "may": true,
}

// tableRow is a name at the head of a row of a results or standings
// table: a run of capitalised words [start, end) of sentence si.
type tableRow struct{ si, start, end int }

// tables reads the rows of the results and standings tables sports news
// prints as lines with no verb: a run of one to three capitalised words
// at the start of the line or after a number, a rank or a separator, and
// followed by a score or a small number ("Wigan 4 Chester 2", "Exeter 4 1
// 2 1", "291 Phillip Price 72 76 74"). When the article has two such rows
// or more, two of them names of places or organisations, and most of
// them do not name a person in full (a given name or a person's mention,
// and a surname), the table is one of teams: its other names, untagged
// or typed as persons, are organisations. Separately, a name followed by
// a country in brackets in such a line is an athlete ("6. Sigurd Njerve
// (Norway) 16.41").
func (r *resolver) tables() {
	var rows []tableRow
	for si := range r.doc {
		toks := r.doc[si].Tokens
		if !verblessLine(toks) {
			continue
		}
		for i := 0; i < len(toks); {
			if !tableName(toks[i].Text) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && tableName(toks[j].Text) {
				j++
			}
			lead := i == 0 || rowBoundary(toks[i-1].Text)
			if lead && j-i <= 3 && j < len(toks) && (smallNumber(toks[j].Text) || isScore(toks[j].Text)) {
				rows = append(rows, tableRow{si, i, j})
			}
			if lead && j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" && r.hasSubtype(toks[j+1].Text, gazetteer.SubCountry) {
				r.athlete(si, i, j)
			}
			i = j
		}
	}
	if len(rows) < 2 {
		return
	}
	// A person's row names the person in full ("Ian Woosnam 70 76"), a
	// team's mostly in one word ("Montrose 3 1 0 2 3", which the
	// recogniser may take for a person's name).
	personRow := func(row tableRow) bool {
		if row.end-row.start < 2 {
			return false
		}
		if m, ok := r.nameMentionAt(row.si, row.start, row.end); ok && m.Type == "PERSON" {
			return true
		}
		return r.isGivenName(r.doc[row.si].Tokens[row.start].Text)
	}
	// A team's row the recogniser or the gazetteer knows as a place or
	// an organisation; financial tables ("Shr 12 cts", "Revs 1.2 mln")
	// have none.
	teamRow := func(row tableRow) bool {
		if m, ok := r.nameMentionAt(row.si, row.start, row.end); ok {
			return m.Type == "LOC" || m.Type == "ORG"
		}
		return r.isPlace(spanText(r.doc[row.si].Tokens, row.start, row.end))
	}
	persons, teams := 0, 0
	for _, row := range rows {
		switch {
		case personRow(row):
			persons++
		case teamRow(row):
			teams++
		}
	}
	if teams < 2 || persons*2 >= len(rows) {
		return
	}
	for _, row := range rows {
		toks := r.doc[row.si].Tokens
		if personRow(row) || tableWords[strings.ToLower(toks[row.start].Text)] {
			continue
		}
		if m, ok := r.nameMentionAt(row.si, row.start, row.end); ok {
			if m.Type == "PERSON" && m.Start == row.start && m.End == row.end {
				m.Type = "ORG"
			}
			continue
		}
		if r.untagged(row.si, row.start, row.end) {
			r.addName(row.si, row.start, row.end, "ORG")
		}
	}
}

// athlete makes the name [start, end) of sentence si, followed by a
// country in brackets in a line of results, a person's: a new mention
// when untagged, a retyped one when one mention covers it exactly.
func (r *resolver) athlete(si, start, end int) {
	toks := r.doc[si].Tokens
	if tableWords[strings.ToLower(toks[start].Text)] {
		return
	}
	if m, ok := r.nameMentionAt(si, start, end); ok {
		if m.Start == start && m.End == end && !r.isPlace(m.Text) {
			m.Type = "PERSON"
		} else if mi := int(r.d.at[si][m.Start]) - 1; r.onlyMention(si, start, end, mi) {
			// the recogniser cut the name: "[Andreas] Seelig (Germany)"
			r.widen(mi, start, end)
			r.d.Mentions[mi].Type = "PERSON"
		}
		return
	}
	if r.untagged(si, start, end) {
		r.addName(si, start, end, "PERSON")
	}
}

// onlyMention reports whether the tokens [start, end) of sentence si
// belong to mention mi or to none.
func (r *resolver) onlyMention(si, start, end, mi int) bool {
	for t := start; t < end; t++ {
		if k := int(r.d.at[si][t]); k != 0 && k != mi+1 {
			return false
		}
	}
	return true
}

// verblessLine reports whether toks hold no verb: a line of a table.
func verblessLine(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.UPOS == "VERB" {
			return false
		}
	}
	return len(toks) > 0
}

// tableName reports whether w can be a word of a name in a table: it
// starts with a capital and is no month.
func tableName(w string) bool {
	return capitalisedWord(w) && !isPunct(w) && !calendarWords[strings.ToLower(w)] && !nlp.IsMonth(strings.TrimSuffix(w, "."))
}

// rowBoundary reports whether w can stand before the name at the head of
// a row: a number, a rank ("7."), a separator or "v".
func rowBoundary(w string) bool {
	switch w {
	case ",", ";", ":", "-", "--", ".", "v", "vs":
		return true
	}
	return smallNumber(strings.TrimSuffix(w, ".")) || isScore(w)
}

// nationTeam reports whether c, a nation's name (regionOf), names its
// team by the strongest cues only: a result with a score ("France beat
// Wales 41-28", "beating England 29-16"), a fixture against another
// nation ("England v Wales"; not a court's "United States v Microsoft"),
// a player's post ("Ireland captain Johnny Sexton"), or a rival on either
// side of "beat" in a sentence with a score ("Argentina beat France 4-2",
// parsed or not); never as a player's country (nationality). A country
// also takes the plural and rivals in other news ("Japan have agreed",
// "Russia defeated Ukraine"), so those alone do not count.
//
// In an article that reports a match between nations by those cues
// (nationMatch), a nation is a team by weaker ones too: a result without
// a score ("Morocco beat Zambia in the final group game") and an
// opponent's place ("a 2-0 win over Belgium", "heavy defeats to India",
// "will face defending champion France").
func (r *resolver) nationTeam(c *cluster) bool {
	if r.nationTeamStrong(c) {
		return true
	}
	if !r.nationMatch() {
		return false
	}
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind == KindName && !r.nationality(m) && (r.resultSlot(m) || r.opponent(m)) {
			return true
		}
	}
	return false
}

// resultPair reports whether name mention m and another name after it
// each have a score right after them and make up a line of their own, a
// result: "Ireland 17 Scotland 13" (not a table's "Denmark 69 (69),
// France 419 (421)").
func (r *resolver) resultPair(m *Mention) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if m.Start != 0 || m.End+1 >= len(toks) || !smallNumber(toks[m.End].Text) || at[m.End+1] == 0 {
		return false
	}
	o := &r.d.Mentions[at[m.End+1]-1]
	if o.Start != m.End+1 || o.Kind != KindName {
		return false
	}
	last := len(toks)
	if toks[last-1].Text == "." {
		last--
	}
	return o.End+1 == last && smallNumber(toks[o.End].Text)
}

// nationTeamStrong reports whether c, a nation's name, names its team by
// the strongest cues (nationTeam).
func (r *resolver) nationTeamStrong(c *cluster) bool {
	for _, mi := range c.mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || r.nationality(m) {
			continue
		}
		if r.result(m) || r.nationPost(m) || r.fixture(m) && r.nationBeside(m) || r.matchAgainst(m) || r.pluralTeam(m) ||
			r.rivalPair(m) && hasScore(r.doc[m.Sentence].Tokens) || r.resultPair(m) {
			return true
		}
	}
	return false
}

// nationMatch reports whether a nation's name in the article names its
// team by the strongest cues (nationTeamStrong): the article reports a
// match between nations.
func (r *resolver) nationMatch() bool {
	if r.nationMatches == 0 {
		r.nationMatches = -1
		for _, c := range r.clusters {
			if r.regionOf(c) == nation && r.nationTeamStrong(c) {
				r.nationMatches = 1
				break
			}
		}
	}
	return r.nationMatches > 0
}

// matchAgainst reports whether name mention m, or the list it stands in,
// follows "against" after a noun for a match ("back-to-back qualifiers
// against Rwanda and Zimbabwe", "a friendly against Brazil"; not
// "sanctions against Iran"), or "to" after one lost ("lost last year's
// semi-final to Limerick").
func (r *resolver) matchAgainst(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	k := m.Start
	for _, o := range r.listed(m) {
		k = min(k, o.Start)
	}
	if k < 2 || toks[k-1].Text != "against" && toks[k-1].Text != "to" {
		return false
	}
	l := strings.ToLower(lemmaOf(&toks[k-2]))
	if !matchNouns[l] && !matchNouns[strings.TrimSuffix(l, "s")] {
		return false
	}
	if toks[k-1].Text == "to" {
		// "lost last year's semi-final to Limerick": only after losing
		for j := k - 3; j >= 0 && j >= k-7; j-- {
			if lemmaOf(&toks[j]) == "lose" || toks[j].Text == "lost" {
				return true
			}
		}
		return false
	}
	return true
}

// matchNouns name a game between two sides.
var matchNouns = map[string]bool{
	"match": true, "game": true, "qualifier": true, "friendly": true, "fixture": true, "clash": true, "tie": true,
	"final": true, "semi-final": true, "semifinal": true, "quarter-final": true, "quarterfinal": true, "opener": true,
	"showdown": true, "test": true, "decider": true, "play-off": true, "playoff": true,
}

// recordAfter reports whether a team's record in brackets follows token
// k-1, as American sports news writes it after a team's name: "Boise
// State (7-2, 5-0 Mountain West)", "Wyoming (3-6, 2-3)".
func recordAfter(toks []nlp.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Text == "(" && isScore(toks[k+1].Text) && (toks[k+2].Text == "," || toks[k+2].Text == ")")
}

// nationality reports whether name mention m gives a person's country,
// in the possessive before a name or after a person's name and "of":
// "China's Zheng Qinwen", "Barbora Krejčíková of the Czech Republic",
// where a player, not the nation's team, plays.
func (r *resolver) nationality(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if at := r.d.at[m.Sentence]; m.End+1 < len(toks) && isPossessive(toks[m.End].Text) && capitalisedWord(toks[m.End+1].Text) &&
		(at[m.End+1] != 0 || toks[m.End+1].UPOS == "PROPN") {
		return true
	}
	k := m.Start - 1
	if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 1 || toks[k].Text != "of" {
		return false
	}
	at := r.d.at[m.Sentence]
	return at[k-1] != 0 && r.d.Mentions[at[k-1]-1].Type == "PERSON"
}

// nationPost reports whether name mention m of a nation is followed by a
// player's or coach's post (teamPost): no chairman's or team-mate's, and a manager or
// boss only before the person's name ("England manager Sarina Wiegman";
// not "the Taiwan manager of Standard Chartered").
func (r *resolver) nationPost(m *Mention) bool {
	toks := r.doc[m.Sentence].Tokens
	if !r.teamPost(m, false) || m.End >= len(toks) {
		return false
	}
	switch toks[m.End].Text {
	case "chairman", "teammate", "team-mate":
		return false // "her U.S. teammate Sunisa Lee": a player's country
	case "manager", "boss":
		return r.personAt(m.Sentence, m.End+1)
	}
	return true
}

// nationBeside reports whether a name mention beside name mention m,
// across "v", "vs" or a score, is a nation's: the other side of a
// fixture.
func (r *resolver) nationBeside(m *Mention) bool {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	for _, i := range []int{m.End + 1, m.End + 2, m.End + 3, m.Start - 2, m.Start - 3, m.Start - 4} {
		if i < 0 || i >= len(toks) || at[i] == 0 {
			continue
		}
		if o := &r.d.Mentions[at[i]-1]; o != m && o.Kind == KindName && r.nameRegion(o.Text) == nation {
			return true
		}
	}
	return false
}

// nicknameResults adds as organisations the teams named by their
// nicknames, untagged, either side of a verb of strongResult with a
// score after them: "the Lakers beat the Mavericks 112-97", "the Heat
// edged the Celtics 101-99". A side is "the" and one or two capitalised
// words, or a name of the recogniser's typed a place or an organisation
// ("Toronto beat the Oilers 4-2"); one side at least is a nickname.
func (r *resolver) nicknameResults() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		// the nickname's words run from start to end; "the" before them
		nick := func(start, end int) bool {
			if start < 1 || end-start < 1 || end-start > 2 || !strings.EqualFold(toks[start-1].Text, "the") {
				return false
			}
			for k := start; k < end; k++ {
				if at[k] != 0 || !capitalisedWord(toks[k].Text) || isAllCaps(toks[k].Text) {
					return false
				}
			}
			return true
		}
		named := func(k int) bool {
			return k >= 0 && k < len(toks) && at[k] != 0 && r.d.Mentions[at[k]-1].Kind == KindName &&
				(r.d.Mentions[at[k]-1].Type == "ORG" || r.d.Mentions[at[k]-1].Type == "LOC")
		}
		for v := 1; v+3 < len(toks); v++ {
			if toks[v].UPOS != "VERB" || !strongResult[lemmaOf(&toks[v])] {
				continue
			}
			ls := v - 1
			for ls > v-2 && ls > 1 && capitalisedWord(toks[ls-1].Text) && at[ls-1] == 0 {
				ls--
			}
			re := v + 2
			for re < len(toks) && re < v+4 && capitalisedWord(toks[re].Text) && at[re] == 0 {
				re++
			}
			if re >= len(toks) || scoreAt(toks, re) == 0 {
				continue
			}
			left, right := nick(ls, v), nick(v+2, re)
			if !left && !right || !left && !named(v-1) || !right && !named(v+1) {
				continue
			}
			if left {
				r.addName(si, ls, v, "ORG")
			}
			if right {
				r.addName(si, v+2, re, "ORG")
			}
		}
	})
}
