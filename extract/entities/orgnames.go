package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/latin"
)

// orgHeads are nouns that head the names of organisations: "Parliament of
// Iraq", "Cinema for Peace Foundation", "Court of Appeal".
var orgHeads = map[string]bool{
	"parliament": true, "ministry": true, "tribe": true, "nation": true, "council": true, "foundation": true, "commission": true, "confederation": true,
	"party": true, "agency": true, "court": true, "bank": true, "university": true, "institute": true,
	"committee": true, "subcommittee": true, "assembly": true, "senate": true, "congress": true, "department": true,
	"office": true, "organisation": true, "organization": true, "union": true, "federation": true,
	"association": true, "corporation": true, "authority": true, "corps": true, "tribunal": true,
	"academy": true, "fund": true, "trust": true, "alliance": true, "coalition": true, "directorate": true,
	"centre": true, "center": true, "exchange": true, "bourse": true, "boerse": true, "börse": true, "board": true,
	"bureau": true, "administration": true,
	"service": true, "college": true, "embassy": true, "consulate": true, "observatory": true, "telescope": true,
	"caucus": true, "society": true, "guards": true, "guard": true, "league": true, "club": true,
	// armed forces and armed groups: "Syrian Democratic Forces", "Syrian
	// Army", "People's Protection Units", "al-Nusra Front"
	"forces": true, "army": true, "units": true, "brigades": true, "brigade": true, "front": true,
	"militia": true, "navy": true, "police": true, "government": true,
}

// praiseWords praise or fault, and open the capitalised titles of reviews
// and adverts rather than names: "Great Service", "Poor Service", "Best
// Value Store".
var praiseWords = map[string]bool{
	"great": true, "good": true, "poor": true, "bad": true, "best": true, "worst": true, "excellent": true,
	"terrible": true, "awful": true, "horrible": true, "amazing": true, "wonderful": true, "fantastic": true,
	"outstanding": true, "superb": true, "friendly": true, "professional": true, "reliable": true, "quick": true,
}

// formerWords open a title, not a name, at a sentence's start: "Former
// Post Office boss Paula Vennells".
var formerWords = map[string]bool{"former": true, "outgoing": true, "ex": true}

// nameConnectors may stand between the capitalised words of a name.
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "on": true, "de": true}

// orgNames adds the organisation names the recogniser left untagged: a
// run of capitalised words, joined by "of", "for", "and" or "of the", with
// an organisation head among them ("the Parliament of Iraq" with only
// Iraq tagged, "Cinema for Peace Foundation", "Ministry of the
// Interior"). A tagged place after "of" may be part of it, and when it
// ends the name it becomes the name, so that no place is left inside it
// ("the Bank of England" with England tagged made England a place in 107
// Reuters articles); any other tagged word stops it.
func (r *resolver) orgNames() {
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for i := 0; i < len(toks); i++ {
			if r.d.at[si][i] != 0 || !capitalisedWord(toks[i].Text) {
				continue
			}
			end, caps, head, role := i, 0, false, false
			remit := false         // a head and "for" passed: "Federal Office for the Protection"
			inner, inners := -1, 0 // the tagged names inside, after "of"
			for j := i; j < len(toks); j++ {
				w := toks[j].Text
				lw := strings.ToLower(w)
				switch {
				case r.d.at[si][j] != 0:
					// a tagged place or organisation after "of": "of Iraq",
					// after a head and "of the" too: "Armed Forces of the
					// [Philippines]"
					// or after "of" and a compass word: "Sky Quality of
					// Northern [Chile]"
					if j > i && strings.EqualFold(toks[j-1].Text, "of") ||
						j > i+2 && toks[j-1].Text == "the" && toks[j-2].Text == "of" && orgHeads[strings.ToLower(toks[j-3].Text)] ||
						j > i+1 && compassWords[toks[j-1].Text] && toks[j-2].Text == "of" {
						m := &r.d.Mentions[r.d.at[si][j]-1]
						if m.Start == j && (m.Type == "LOC" || m.Type == "ORG") {
							inner, inners = int(r.d.at[si][j]-1), inners+1
							j = m.End - 1
							end, caps = m.End, caps+1
							continue
						}
					}
				case calendarWords[lw]:
					// "Parliament on Thursday"
				case capitalisedWord(w) && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN" || toks[j].UPOS == "ADJ" || toks[j].UPOS == "" ||
					// (an adverb inside: "Move Forward Party")
					j > i && toks[j].UPOS == "ADV" && j+1 < len(toks) && capitalisedWord(toks[j+1].Text) && r.d.at[si][j+1] == 0 ||
					// (a sentence's first word read as an imperative:
					// "Cook County Board President Toni Preckwinkle", not
					// a participle: "Joining TA Associates")
					j == 0 && toks[j].UPOS == "VERB" && toks[j].XPOS != "VBG" && j+1 < len(toks) && capitalisedWord(toks[j+1].Text) && r.d.at[si][j+1] == 0 ||
					j > i && toks[j].XPOS == "VBG" && j+1 < len(toks) && capitalisedWord(toks[j+1].Text) && r.d.at[si][j+1] == 0 &&
						!isTitleWord(toks[j+1].Text) && !RoleNoun(toks[j+1].Text)):
					// (a participle inside: "Party of Working People"; not
					// a title's: "Finance Managing Director Horst Schulmann")
					if j > i && head && orgHeads[strings.ToLower(toks[j-1].Text)] && isTitleWord(lw) && (honorifics[lw] || !titledRun(toks, i)) {
						break // "Palestinian Authority President Mahmoud Abbas": the title is the name's end
					}
					if RoleNoun(lemmaOf(&toks[j])) || RoleNoun(lw) || strings.HasPrefix(lw, "member") {
						role = true // "Members of Parliament" are people
					}
					if j == i && praiseWords[lw] {
						role = true // a review's title: "Great Service", "Poor Service"
					}
					caps++
					end = j + 1
					// a head ends the name or a part of it before a
					// connector: "Swiss Army Knife" is no organisation
					head = head || (orgHeads[lw] || clubRun(toks, i, j) || j > i && (companyHeads[w] || firmHeads[w] || isLegalForm(w)) && r.companyRun(si, i, j)) &&
						(j+1 == len(toks) || !capitalisedWord(toks[j+1].Text) || r.d.at[si][j+1] != 0 ||
							j > i && orgHeads[lw] && isTitleWord(toks[j+1].Text) && (honorifics[strings.ToLower(toks[j+1].Text)] || !titledRun(toks, i)))
					continue
				case nameConnectors[lw] && j+1 < len(toks) && (capitalisedWord(toks[j+1].Text) || r.d.at[si][j+1] != 0):
					remit = remit || lw == "for" && j > i && orgHeads[strings.ToLower(toks[j-1].Text)]
					continue
				case isHyphen(w) && j > i && !toks[j-1].SpaceAfter && !toks[j].SpaceAfter && j+1 < len(toks) && capitalisedWord(toks[j+1].Text):
					// "African Export–Import Bank", "Austro-Hungarian Bank"
					continue
				case lw == "the" && j > i && (toks[j-1].Text == "of" || toks[j-1].Text == "for") && j+1 < len(toks) && capitalisedWord(toks[j+1].Text) &&
					(r.d.at[si][j+1] == 0 || j > i+1 && orgHeads[strings.ToLower(toks[j-2].Text)]):
					// "Ministry of the Interior", "Department of the
					// Treasury", "Committee for the Protection of Royalty"
					continue
				case (lw == "of" || lw == "for") && j > i && orgHeads[strings.ToLower(toks[j-1].Text)] && j+2 < len(toks) && toks[j+1].Text == "the" &&
					capitalisedWord(toks[j+2].Text) && (r.d.at[si][j+2] == 0 || lw == "of" && r.d.Mentions[r.d.at[si][j+2]-1].Start == j+2):
					// only after a head: "Governor of the Bank of England"
					// is a title and a name
					remit = remit || lw == "for"
					continue
				case lw == "of" && remit && j+2 < len(toks) && toks[j+1].Text == "the" && r.d.at[si][j+2] == 0 && remitWordAt(toks, j+2) &&
					!holdsOrgHead(capitalisedRun(toks, j+2)):
					// or on a remit: "Federal Office for the Protection of
					// the Constitution"
					continue
				case (w == "'s" || w == "'") && j > i && !companyHeads[toks[j-1].Text] && !isLegalForm(toks[j-1].Text) &&
					j+1 < len(toks) && capitalisedWord(toks[j+1].Text) && r.d.at[si][j+1] == 0:
					// a possessive inside the name: "People's Protection
					// Units", "Kurdistan Workers' Party" (not after a
					// company's head: "Data Resources' Wyss" is the firm's
					// economist)
					continue
				}
				break
			}
			// trailing connectors ("Parliament on") are no part of it,
			// nor a people's or compass adjective before a common noun
			// ("the Paris Club of Western creditor nations", "the Senate
			// and Democratic leaders")
			for end > i && nameConnectors[strings.ToLower(toks[end-1].Text)] {
				end--
			}
			if end-i >= 3 && toks[end-1].UPOS == "ADJ" && (r.isDemonym(toks[end-1].Text) || compassWords[toks[end-1].Text] && strings.HasSuffix(toks[end-1].Text, "ern")) &&
				end < len(toks) && toks[end].UPOS == "NOUN" && nameConnectors[strings.ToLower(toks[end-2].Text)] {
				end -= 2
			}
			if possessiveOffice(toks, i, end) {
				role = false // an office named after its holder: "Governor's Office", "Prosecutor General's Office"
			}
			law := end < len(toks) && documentWords[strings.ToLower(toks[end].Text)] // "... and Police [Bill]"
			// (a document's word opens no name, "Act of Parliament", but
			// for a head right after it: "the Law Society of Kenya")
			opensDoc := documentWords[strings.ToLower(toks[i].Text)] && !(i+1 < end && orgHeads[strings.ToLower(toks[i+1].Text)])
			if end <= i || role || law || documentWords[strings.ToLower(toks[end-1].Text)] || opensDoc || isEventHead(toks[end-1].Text) {
				if end <= i {
					end = i + 1
				}
				i = end - 1
				continue
			}
			if formerWords[strings.ToLower(toks[i].Text)] && end-i >= 3 && (i == 0 || !strings.EqualFold(toks[i-1].Text, "the")) {
				i, caps = i+1, caps-1 // "Former Post Office boss" (not "the Former Yugoslav Republic")
			}
			// (or before an office's holder in the possessive: "[Creek
			// County] Sheriff's Office", "[Istanbul] Governor's Office")
			office := possessiveOffice(toks, i, end)
			if caps >= 2 && head && i > 0 && r.d.at[si][i-1] != 0 && (orgHeads[strings.ToLower(toks[i].Text)] || office) {
				// "the [Massachusetts] Institute of Technology": a place
				// right before the head is the first word of the name
				if pm := &r.d.Mentions[r.d.at[si][i-1]-1]; pm.End == i && (pm.Type == "LOC" || office && pm.Type == "ORG") && pm.Kind == KindName && pm.End-pm.Start <= 2 {
					r.widen(int(r.d.at[si][i-1]-1), pm.Start, end)
					pm.Type = "ORG"
					i = end - 1
					continue
				}
			}
			if caps >= 2 && head && r.ownerOpens(si, i, end) {
				i = end - 1
				continue
			}
			if caps >= 2 && head && r.unfinishedBeforeAnd(si, i, end) {
				i = end - 1
				continue
			}
			if caps >= 2 && head && !(i == 0 && caps == 2 && end-i == 2 && !orgHeads[strings.ToLower(toks[end-1].Text)] && !clubRun(toks, i, end-1)) {
				if inners == 1 && r.d.Mentions[inner].End == end {
					// the one tagged name is the name's last part: it
					// becomes the whole ("[Bank of England]", no place
					// England inside it)
					r.widen(inner, i, end)
					r.d.Mentions[inner].Type = "ORG"
				} else {
					e := r.remitListAfter(toks, r.d.at[si], i, end)
					r.dropWithin(si, end, e)
					end = e
					r.addName(si, i, end, "ORG")
				}
				i = end - 1
			}
		}
	}
}

// clubRun reports whether toks[j] is a club's head ending the capitalised
// run that toks[i] opens, a club's name: "Featherstone Rovers",
// "Birchfield Harriers", "Notts AC"; not two names ("Celtic and
// Rangers").
func clubRun(toks []nlp.Token, i, j int) bool {
	if j <= i || !clubHeads[toks[j].Text] {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].Text == "and" || toks[k].Text == "&" {
			return false
		}
	}
	return true
}

// titledRun reports whether the capitalised run that toks[i] opens is a
// title ("Deputy High Court Judge", "Ex-Welsh Office
// Minister", "Former Bank Governor", "Foreign Policy Centre Director"),
// whose words are no organisation's name; an honorific after the run
// ends a name whatever opens it ("the Foreign Policy Centre Mr Straw").
func titledRun(toks []nlp.Token, i int) bool {
	lw := strings.ToLower(toks[i].Text)
	return isTitleWord(lw) || lw == "ex" || strings.HasPrefix(lw, "ex-") || lw == "former"
}

// companyRun reports whether the capitalised run toks[i:j] of sentence
// si, before a company's head at j (Investments, Media, Records), names a
// company: one of its words is one the article never writes in lower case
// ("Standard Life Investments", "Factory Records"; not "Digital Rights
// Management" in an article on digital rights), it opens the capitalised
// run, it joins no two names with "and", "&" or "'s" and follows none
// ("Ogilvy & Mather and Cordiant Communications" are two firms, "MIT
// Media Lab's Smart Cities Group" one), and no "and", "of" or class noun
// follows the head ("U.S. Securities and Exchange Commission", "the Heavy
// Industries ministry").
func (r *resolver) companyRun(si, i, j int) bool {
	toks, at := r.doc[si].Tokens, r.d.at[si]
	if i > 0 && (at[i-1] != 0 || joinWords[toks[i-1].Text] || capitalisedWord(toks[i-1].Text) || toks[i-1].Text == "of" && i >= 2 && capitalisedWord(toks[i-2].Text)) {
		return false // the run is the end of a longer name (but "the owner of Sresan Pharmaceuticals")
	}
	if k := j + 1; k < len(toks) {
		if w := strings.ToLower(toks[k].Text); w == "and" || w == "&" || w == "of" || classNouns[w] != "" {
			return false
		}
	}
	lower := r.lowerWords()
	own := false
	for k := i; k < j; k++ {
		w := toks[k].Text
		if joinWords[w] {
			return false
		}
		own = own || capitalisedWord(w) && !lower[strings.ToLower(w)]
	}
	return own
}

// joinWords join two names into a list or a possession.
var joinWords = map[string]bool{"and": true, "&": true, "'s": true, "'": true}

// unfinishedBeforeAnd widens the organisation name mention that ends
// right before "and" at token i-1 of sentence si over the untagged name
// [i, end) after it, which ends in an organisation's head, when that
// mention is two or three words and cannot end there: its last word is no
// head, legal form, acronym, place or known organisation, and it has no
// connector ("Department of Health" is whole). The recogniser
// tags "[US Food] and Drug Administration", "[National Oceanic] and
// Atmospheric Administration". One-word names stay apart ("Toyota and
// General Motors Corporation").
func (r *resolver) unfinishedBeforeAnd(si, i, end int) bool {
	toks, at := r.doc[si].Tokens, r.d.at[si]
	if i < 2 || toks[i-1].Text != "and" || at[i-2] == 0 {
		return false
	}
	k := int(at[i-2]) - 1
	m := &r.d.Mentions[k]
	if m.End != i-1 || m.End-m.Start < 2 || m.Type != "ORG" || m.Kind != KindName {
		return false
	}
	last := toks[m.End-1].Text
	if m.End-m.Start > 3 || isAllCaps(last) || orgHeads[strings.ToLower(last)] || companyHeads[last] || clubHeads[last] ||
		legalForms[strings.ToLower(last)] || r.isPlace(last) || r.knownOrgWord(last) {
		return false
	}
	for _, t := range toks[m.Start:m.End] {
		if !capitalisedWord(t.Text) {
			return false // a whole name: "[Department of Health] and State University"
		}
	}
	r.widen(k, m.Start, end)
	return true
}

// remitInside reports whether the tokens [i, j) of a name hold "of" or
// "for" after their first word: the name has its remit ("University of
// Oxford") and a possessive after it makes it an owner.
func remitInside(toks []nlp.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].Text == "of" || toks[k].Text == "for" {
			return true
		}
	}
	return false
}

// possessiveOffice reports whether toks[i:end] name an office by its
// holder in the possessive: words, "'s" and a body's head ("Sheriff's
// Office", "Regional Prosecutor's Office"; not a plural's: "Leeds
// Magistrates' Court" is a place's court).
func possessiveOffice(toks []nlp.Token, i, end int) bool {
	if end-i < 3 {
		return false
	}
	p := toks[end-2].Text
	return (p == "'s" || p == "’s") && orgHeads[strings.ToLower(toks[end-1].Text)]
}

// ownerSplit returns spans with the organisations' spans that hold an
// owner with its remit, a possessive and a name with a head of its own
// cut in two: "[the University of Oxford]'s [Blavatnik School of
// Government]", which the recogniser spans as one.
func ownerSplit(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	var out []nlp.Span
	for _, sp := range spans {
		k := -1
		if TypeOf(sp.Type) == "ORG" {
			for j := sp.Start + 1; j+1 < sp.End; j++ {
				// (a plural's possessive is the name's: "Japan
				// Federation of Employers' Association")
				if (toks[j].Text == "'s" || toks[j].Text == "’s") && remitInside(toks, sp.Start, j) && headedAfter(toks, j+1, sp.End) {
					k = j
					break
				}
			}
		}
		if k < 0 {
			out = append(out, sp)
			continue
		}
		out = append(out, nlp.Span{Start: sp.Start, End: k, Type: sp.Type}, nlp.Span{Start: k + 1, End: sp.End, Type: sp.Type})
	}
	return out
}

// officeHolderSplit returns spans with the organisations' and places'
// spans that run a body's name, a title and a person's name together cut
// in two, the body's and the person's, the title left out: "[Bureau of
// Immigration Commissioner Norman Tansingco]" as the recogniser spans it
// at a sentence's start. The body's part holds a body's head word, and
// the person's opens with a given name and has a surname after it.
func (r *resolver) officeHolderSplit(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	var out []nlp.Span
	for _, sp := range spans {
		if t, j, ok := r.officeHolderAt(toks, sp); ok {
			out = append(out, nlp.Span{Start: sp.Start, End: t, Type: sp.Type}, nlp.Span{Start: j + 1, End: sp.End, Type: "PER"})
		} else {
			out = append(out, sp)
		}
	}
	return out
}

// officeHolderAt returns where the title inside body span sp starts (t)
// and its last word (j), the person's given name right after it, for
// officeHolderSplit.
func (r *resolver) officeHolderAt(toks []nlp.Token, sp nlp.Span) (t, j int, ok bool) {
	if TypeOf(sp.Type) == "PERSON" {
		return 0, 0, false
	}
	for j = sp.Start + 2; j+2 < sp.End; j++ {
		if !capitalisedWord(toks[j].Text) || !RoleNoun(toks[j].Text) || !r.isGivenName(toks[j+1].Text) {
			continue
		}
		t = j // the title's first word: "Deputy Minister"
		for t > sp.Start+2 && isTitleWord(toks[t-1].Text) {
			t--
		}
		if orgHeadIn(toks, sp.Start, t) {
			return t, j, true
		}
	}
	return 0, 0, false
}

// rangeHeads end the names of ranges of hills, mountains and islands,
// which news places in a larger place after "of".
var rangeHeads = map[string]bool{"Mountains": true, "Hills": true, "Highlands": true, "Islands": true, "Alps": true, "Ranges": true}

// rangeOfPlace returns spans with the spans that join a range's name and
// the larger place it lies in, places' or (as the recogniser may type
// them) organisations', cut in two places' at the "of": "[Snowy
// Mountains] of [New South Wales]", "[Atlas Mountains] of [Morocco]" (not
// "Republic of Ireland", "Gulf of Mexico": one name).
func (r *resolver) rangeOfPlace(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	var out []nlp.Span
	for _, sp := range spans {
		if t := TypeOf(sp.Type); t == "LOC" || t == "ORG" {
			for j := sp.Start + 2; j+1 < sp.End; j++ {
				if toks[j].Text == "of" && rangeHeads[toks[j-1].Text] && r.isPlace(spanText(toks, j+1, sp.End)) {
					out = append(out, nlp.Span{Start: sp.Start, End: j, Type: "LOC"})
					sp = nlp.Span{Start: j + 1, End: sp.End, Type: "LOC"}
					break
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

// formSplit returns spans with the organisations' spans that join two
// companies' names, the first ending in its legal form, cut in two at the
// "and" or comma: "[Chemlawn Corp] and [Ecolab Inc]", "[NEC Corp],
// [Fujitsu Ltd]", which the recogniser spans as one (not "Aetna Life and
// Casualty Co", "Allen and Co Inc"; a legal form cut off alone, as in
// "Samsung Electronics Co, Ltd", goes back to the name later, and
// TestCompanyShortForms checks it does).
func formSplit(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	var out []nlp.Span
	for _, sp := range spans {
		if TypeOf(sp.Type) == "ORG" {
			for j := sp.Start + 2; j+1 < sp.End; j++ {
				if (toks[j].Text == "and" || toks[j].Text == ",") && isLegalForm(toks[j-1].Text) {
					out = append(out, nlp.Span{Start: sp.Start, End: j, Type: sp.Type})
					sp.Start = j + 1
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

// placeHyphenOrgs returns spans with a place's span glued by a hyphen to
// an organisation's span that ends in a body's head or a legal form made
// one organisation's: "[Toronto]LOC-[Dominion Bank]ORG", "[Seattle]-[First
// National Bank]".
func placeHyphenOrgs(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	var out []nlp.Span
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && TypeOf(sp.Type) == "LOC" && sp.End-sp.Start == 1 {
			next := spans[i+1]
			h := sp.End
			if last := toks[next.End-1].Text; TypeOf(next.Type) == "ORG" && next.Start == h+1 && toks[h].Text == "-" &&
				glued(toks, h) && glued(toks, h+1) && !toks[h-1].SpaceAfter && !toks[h].SpaceAfter && (orgHeadWord(last) || companyHeads[last] || isLegalForm(last)) &&
				!(sp.Start > 0 && capitalisedWord(toks[sp.Start-1].Text)) {
				out = append(out, nlp.Span{Start: sp.Start, End: next.End, Type: next.Type})
				i++
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// headedAfter reports whether toks[a:b] open with a capitalised word and
// hold an organisation's or a place's head: "Blavatnik School of
// Government".
func headedAfter(toks []nlp.Token, a, b int) bool {
	if a >= b || !capitalisedWord(toks[a].Text) {
		return false
	}
	for k := a; k < b; k++ {
		if lw := strings.ToLower(toks[k].Text); orgHeads[lw] || placeHeads[lw] {
			return true
		}
	}
	return false
}

// namedAfterPersons joins the names of institutions and buildings named
// after people to the person's name before them: a person's name right
// before a body's or a place's name that opens with its head ("[Max
// Planck] [Institute for Solid State Research]", "[Mohamed bin Zayed]
// [University of Artificial Intelligence]") becomes one name with it, and
// a name ending in such a head takes in a royal or honorific title right
// before it ("King [Faisal Hospital]", "Sir [Seretse Khama International
// Airport]"), and an adjective before the title ("Royal Prince [Alfred
// Hospital]").
func (r *resolver) namedAfterPersons() {
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
		if (m.Type == "ORG" || m.Type == "LOC") && institutionHead(toks[m.Start].Text) && m.Start > 0 && at[m.Start-1] != 0 {
			pi := int(at[m.Start-1] - 1)
			p := &r.d.Mentions[pi]
			if p.Kind == KindName && p.Type == "PERSON" && p.End == m.Start && p.End-p.Start <= 4 {
				start := p.Start
				r.drop(pi)
				r.widen(mi, start, m.End)
			}
		}
		if m.Type == "PERSON" && m.End-m.Start >= 2 {
			// "[Nilton Santos]PER Stadium", "[Kamuzu]PER International
			// Airport": the head the recogniser left after a person's
			// name, and one capitalised word between
			e := m.End
			if e+1 < len(toks) && at[e] == 0 && at[e+1] == 0 && capitalisedWord(toks[e].Text) && !isTitleWord(toks[e].Text) && institutionHead(toks[e+1].Text) {
				e++
			}
			if e < len(toks) && at[e] == 0 && institutionHead(toks[e].Text) && (e+1 == len(toks) || !capitalisedWord(toks[e+1].Text)) {
				r.widen(mi, m.Start, e+1)
			}
		}
		last := toks[m.End-1].Text
		if s := m.Start; s > 0 && at[s-1] == 0 && m.End-s >= 2 && institutionHead(last) &&
			(royalTitles[toks[s-1].Text] || toks[s-1].Text == "Sir" || toks[s-1].Text == "Sheikh") {
			s--
			if s > 1 && at[s-1] == 0 && toks[s-1].UPOS == "ADJ" && capitalisedWord(toks[s-1].Text) {
				s-- // "Royal Prince Alfred Hospital"
			}
			r.widen(mi, s, m.End)
		}
		if m.Type == "PERSON" && m.End-m.Start >= 2 && institutionHead(last) && !surnameHeads[last] && last != "Park" && last != "Bridge" {
			// no person's name ends in "Hospital" or "Airport" (some
			// end in "Park" or "Dam")
			m.Type = "ORG"
			if featureHeads[last] || hospitalHeads[last] {
				m.Type = "LOC"
			}
		}
		if m.Type == "PERSON" && m.End-m.Start >= 2 && last == "Hall" {
			// "reopened [David Geffen Hall]": a hall named after a
			// person (not "Michael C. Hall", "Mary Jane Hall", "Jerry
			// Hall": an initial or a given name before the surname, nor
			// "Wiremu Kereama-Hall")
			if mid := toks[m.End-2].Text; !glued(toks, m.End-1) && !isInitial(mid) && !r.isGivenName(mid) {
				m.Type = "LOC"
			}
		}
	}
}

// hospitalOpeners extends a hospital's name back over the capitalised
// words the recogniser left out before it, "General" among them, and
// over the place that opens it: "Kamituga General [Referral Hospital]",
// "[Massachusetts] [General Hospital]" (a place before a common word
// goes into the hospital's name). Not in a sentence of capitals or a title-cased
// headline, nor over a people's word, a title but "General", or a
// sentence's first word.
func (r *resolver) hospitalOpeners() {
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || m.Type == "PERSON" && m.End-m.Start > 1 || !hospitalHeads[r.doc[m.Sentence].Tokens[m.End-1].Text] {
			continue
		}
		toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
		if capsSentence(toks) || titleCased(toks) {
			continue
		}
		s := m.Start
		for s > 1 && m.Start-s < 3 && at[s-1] == 0 && capitalisedWord(toks[s-1].Text) && !isAllCaps(toks[s-1].Text) &&
			(!isTitleWord(toks[s-1].Text) || toks[s-1].Text == "General") && !r.isDemonym(toks[s-1].Text) &&
			!calendarWords[strings.ToLower(toks[s-1].Text)] {
			s--
		}
		if s > 0 && at[s-1] != 0 {
			// a place before a common word opens the name ("[Toronto]
			// General Hospital"; not "[Nairobi] Kenyatta National
			// Hospital")
			pi := int(at[s-1] - 1)
			if p := &r.d.Mentions[pi]; p.Kind == KindName && p.Type == "LOC" && p.End == s && p.End-p.Start <= 2 && r.commonWord(strings.ToLower(toks[s].Text)) {
				s = p.Start
				r.drop(pi)
			}
		} else if s > 0 && capitalisedWord(toks[s-1].Text) {
			continue // a longer run: a headline's or a name of the rules'
		}
		if s < m.Start {
			r.widen(mi, s, m.End)
			if m.Type == "PERSON" {
				m.Type = "LOC"
			}
		}
	}
}

// stationNumber widens organisation mention mi that ends in "Radio",
// "Channel" or "TV" over the station's number after it, which the
// recogniser leaves out: "BBC [Radio] 4", "[Channel] 4".
func (r *resolver) stationNumber(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	switch toks[e-1].Text {
	case "Radio", "Channel", "TV":
	default:
		return
	}
	if e < len(toks) && at[e] == 0 && smallNumber(toks[e].Text) {
		r.widen(mi, m.Start, e+1)
	}
}

// schoolOfPlace reports whether toks[start:end] is a school's name that
// ends in the place it stands in: "University College London", "Imperial
// College London", "Trinity College Dublin" (not the towns "College
// Station", "University Park").
func (r *resolver) schoolOfPlace(toks []nlp.Token, start, end int) bool {
	for k := start; k+1 < end; k++ {
		switch toks[k].Text {
		case "University", "College", "Institute", "Polytechnic":
			if r.isPlace(spanText(toks, k+1, end)) {
				return true
			}
		}
	}
	return false
}

// institutionHead reports whether w is the head of an institution's or
// a building's name that may be named after a person: "Institute",
// "University", "Hospital", "Airport", "Stadium", "Foundation".
func institutionHead(w string) bool {
	if !capitalisedWord(w) {
		return false
	}
	switch w {
	case "Institute", "University", "College", "School", "Academy", "Hospital", "Infirmary", "Airport", "Stadium",
		"Arena", "Foundation", "Centre", "Center", "Library", "Museum", "Observatory", "Laboratory", "Park",
		"Mosque", "Cathedral", "Bridge", "Dam":
		return true
	}
	return false
}

// demonymOpens widens the organisations' names the article writes two
// times or more, each time after the same demonym the recogniser left
// out, over it (a name typed once as an organisation's and elsewhere as
// a person's is the organisation's): "the ruling Georgian [Dream party]",
// "Georgian [Dream] has enough votes", "Georgian [Dream]'s founder" are
// Georgian Dream. Once is not enough: "the British [Labour Party]".
func (r *resolver) demonymOpens() {
	type group struct {
		before  string
		ids     []int
		ok, org bool
	}
	groups := map[string]*group{}
	var order []string
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || m.Type != "ORG" && m.Type != "PERSON" {
			continue
		}
		toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
		key := strings.TrimSuffix(m.Text, " party")
		g := groups[key]
		if g == nil {
			g = &group{ok: true}
			groups[key] = g
			order = append(order, key)
		}
		b := m.Start - 1
		if b < 0 || at[b] != 0 || !capitalisedWord(toks[b].Text) || !r.isDemonym(toks[b].Text) ||
			g.before != "" && toks[b].Text != g.before {
			g.ok = false
			continue
		}
		g.before = toks[b].Text
		g.ids = append(g.ids, mi)
		g.org = g.org || m.Type == "ORG"
	}
	for _, key := range order {
		if g := groups[key]; g.ok && g.org && len(g.ids) >= 2 {
			for _, mi := range g.ids {
				m := &r.d.Mentions[mi]
				r.widen(mi, m.Start-1, m.End)
				m.Type = "ORG"
			}
		}
	}
}

// widenNames completes the names the recogniser cut short: organisation
// names at either end (orgHeadBefore, orgTail), and any name before the
// rest of an event's name (eventTail).
func (r *resolver) widenNames() {
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName {
			continue
		}
		toks := r.doc[m.Sentence].Tokens
		if last := toks[m.End-1].Text; m.Type == "PERSON" &&
			(m.End-m.Start >= 2 && r.firmEnd(toks[m.Start:m.End]) && !nameParticles[strings.ToLower(toks[m.End-2].Text)] ||
				m.End-m.Start == 1 && (orgHeadWord(last) && !surnameOrgHeads[strings.ToLower(last)] || isLegalForm(last) && capitalisedWord(last))) {
			// "[Electric Co]PER", "[Salomon Brothers]PER", "[Reagan
			// Administration]PER", "the [Administration]PER": a
			// company's or an institution's name (after a particle the
			// word is a surname: "Rob Da Bank")
			m.Type = "ORG"
		}
		if m.Type == "LOC" && r.schoolOfPlace(toks, m.Start, m.End) {
			m.Type = "ORG" // "[University College London]LOC", "Trinity College Dublin": a school named with its city
		}
		if last := toks[m.End-1].Text; m.Type == "LOC" && m.End-m.Start >= 2 && (companyHeads[last] || isLegalForm(last)) {
			m.Type = "ORG" // "[Turquoise Hill Resources]LOC", "[Cathay Pacific Airways]LOC": a company's name by its trade or form
		}
		if m.Type == "PERSON" && m.End-m.Start >= 2 && toks[m.End-1].Text == "party" {
			// "the ruling Georgian [Dream party]PER": a party's name
			// before the lower-case word
			m.Type = "ORG"
		}
		r.legalTail(mi)
		r.clubPrefixAfter(mi)
		if m.Type == "ORG" {
			r.knownNameBefore(mi)
			r.hyphenBefore(mi)
			r.orgHeadBefore(mi)
			r.compassBefore(mi)
			r.wordBefore(mi)
			r.ownerBefore(mi)
			r.ownerAfter(mi)
			r.remitBefore(mi)
			r.legalFormFirst(mi)
			r.orgTail(mi)
			r.andTail(mi)
			r.commonTail(mi)
		}
		if m.Type == "ORG" || m.Type == "LOC" {
			r.clubPrefixBefore(mi)
			r.orgHeadAfter(mi)
		}
		if m.Type == "LOC" && (institutionHead(toks[m.End-1].Text) || featureHeads[toks[m.End-1].Text]) &&
			(m.End == len(toks) || !capitalisedWord(toks[m.End].Text)) {
			// (a place whose name goes on is no facility's: "the Royal
			// [Solomon Islands] Police Force")
			r.wordBefore(mi) // "Good [Samaritan Medical Center]LOC", "Bab [el-Mandeb Strait]"
			if m.End-m.Start >= 2 {
				r.hyphenBefore(mi) // "T-[Mobile Park]"
			}
		}
		if m.Type == "LOC" {
			r.compassPlace(mi)
			r.policeAfter(mi)
			r.teamAfter(mi)
			r.teamInside(mi)
		}
		if m.Type == "PERSON" {
			r.founderFirm(mi)
			r.functionWordSurname(mi)
			if orgHeadWord(r.doc[m.Sentence].Tokens[m.Start].Text) {
				r.wordBefore(mi) // "former Major [League Baseball]PER pitcher"
			}
		}
		if m.Type == "PERSON" || m.Type == "LOC" {
			r.pressName(mi)
		}
		if m.Type == "PERSON" || m.Type == "LOC" {
			r.geoHeadAfter(mi)
			r.adminHeadAfter(mi)
		}
		if last := toks[m.End-1].Text; m.Type == "PERSON" && m.End-m.Start >= 2 && geoHeads[last] && !surnameHeads[last] && toks[m.End-2].SpaceAfter {
			// "[Sabina Shoal]PER", "[Downing Street]PER": a street's or
			// a natural feature's head ends a place's name (not "Damon
			// Hill")
			m.Type = "LOC"
		}
		if m.Type == "LOC" {
			r.placeBefore(mi)
		}
		r.knownNameAfter(mi)
		if m.Type == "ORG" {
			r.stationNumber(mi)
		}
		r.eventTail(mi)
		r.stormBefore(mi)
	}
	r.gluedShortForms()
}

// gluedShortForms joins two one-word names glued by a hyphen that the
// recogniser tagged apart when the pair opens a longer name of the
// article: "[Allied]-[Lyons]" after "Allied-Lyons PLC".
func (r *resolver) gluedShortForms() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+2 < len(toks); i++ {
			a, b := at[i], at[i+2]
			if a == 0 || b == 0 || !isHyphen(toks[i+1].Text) || toks[i].SpaceAfter || toks[i+1].SpaceAfter {
				continue
			}
			ma, mb := &r.d.Mentions[a-1], &r.d.Mentions[b-1]
			if ma.Kind != KindName || mb.Kind != KindName || ma.Start != i || ma.End != i+1 || mb.Start != i+2 || mb.End != i+3 {
				continue
			}
			joined := spanText(toks, i, i+3)
			for k := range r.d.Mentions {
				if o := &r.d.Mentions[k]; o.Kind == KindName && strings.HasPrefix(o.Text, joined+" ") {
					r.drop(int(a - 1))
					r.widen(int(b-1), i, i+3)
					mb.Type = o.Type
					break
				}
			}
		}
	})
}

// stormBefore widens mention mi over the untagged word for a storm right
// before it, which the recogniser leaves out of a storm's name: "the
// remnants of Hurricane [Helene]PER", "Tropical Storm [Alberto]PER" (the
// name is an event's then, isEventName).
func (r *resolver) stormBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start
	if !stormWords[toks[s].Text] {
		s--
		if s < 0 || at[s] != 0 || !stormWords[toks[s].Text] || m.End-m.Start > 1 {
			return
		}
	}
	if s > 0 && at[s-1] == 0 && toks[s-1].Text == "Tropical" && toks[s].Text == "Storm" {
		s-- // ("[Storm Alberto]PER" as names widens it)
	}
	if s < m.Start {
		r.widen(mi, s, m.End)
	}
}

// pluralPlaceWords end places' names in the plural: "the Florida Keys",
// "Colorado Springs", "the Great Lakes".
var pluralPlaceWords = map[string]bool{
	"Keys": true, "Lakes": true, "Banks": true, "Springs": true, "Isles": true, "Fields": true,
	"Gardens": true, "Woods": true, "Downs": true, "Sands": true, "Flats": true, "Plains": true,
	"Rapids": true, "Highlands": true, "Lowlands": true, "Territories": true, "States": true,
	"Emirates": true, "Provinces": true, "Glades": true, "Dunes": true, "Docks": true, "Midlands": true,
}

// teamAfter extends place mention mi over the untagged plural nickname
// right after it, as American and Australian teams are named, and makes
// it an organisation: "the [Kansas City] Chiefs", "the [San Francisco]
// 49ers", "[Sydney] Swans". The nickname is capitalised or opens with
// digits, ends in "s" after three letters or more, and is no place's
// word ("Colorado Springs", "Niagara Falls"), no demonym, and not
// followed by another capitalised word or a possessive ("Leeds
// Magistrates' Court"); the whole is no place the gazetteer knows.
func (r *resolver) teamAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e >= len(toks) || at[e] != 0 || e+1 < len(toks) && (capitalisedWord(toks[e+1].Text) || isPossessive(toks[e+1].Text)) {
		return
	}
	w := toks[e].Text
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || isAllCaps(w) || utf8.RuneCountInString(w) < 4 || !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "'s") || geoHeads[w] || pluralPlaceWords[w] || toks[e].Start != toks[e-1].End+1 ||
		unicode.IsDigit(first) && !strings.ContainsFunc(w, unicode.IsLetter) {
		return
	}
	// (the look-ups and the sentence-wide tests last: most places have
	// no such word after them)
	if r.isDemonym(w) || r.isPlace(spanText(toks, m.Start, e+1)) || capsSentence(toks) || titleCased(toks) {
		return
	}
	if r.countryOrArea(m.Text) {
		return // teams are named after towns and states, not countries ("U.S. Dlrs", "U.K. Firms")
	}
	r.widen(mi, m.Start, e+1)
	m.Type = "ORG"
}

// functionWordSurname widens the one-word person mention mi over the
// capitalised word before it that English writes in lower case as a
// function word, as Vietnamese surnames are ("President To Lam",
// "Vietnam's To Lam", "Le Duan"), after a title, a role noun or a
// possessive (not "Obama Talks To Putin").
func (r *resolver) functionWordSurname(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start - 1
	if m.End-m.Start != 1 || s < 1 || at[s] != 0 || !capitalisedWord(toks[s].Text) || isAllCaps(toks[s].Text) || utf8.RuneCountInString(toks[s].Text) > 3 {
		return
	}
	switch toks[s].UPOS {
	case "ADP", "PART", "DET", "ADV", "SCONJ", "CCONJ":
	default:
		return
	}
	p := toks[s-1].Text
	if !isTitleWord(p) && !RoleNoun(strings.ToLower(p)) && !isPossessive(p) {
		return
	}
	r.widen(mi, s, m.End)
}

// knownNameBefore widens organisation mention mi over the capitalised
// word before it when the two make a name the gazetteer knows as an
// organisation's: "Rivals Advanced [Micro Devices]ORG".
func (r *resolver) knownNameBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start - 1
	if s < 0 || at[s] != 0 || !capitalisedWord(toks[s].Text) || toks[s].UPOS == "DET" || !r.gazetteerOrg(spanText(toks, s, m.End)) {
		return
	}
	r.widen(mi, s, m.End)
}

// knownNameAfter widens name mention mi over the untagged capitalised
// word after it when the two make a name the gazetteer knows as a
// company's, and types it so: "[Anglo]LOC American", which the recogniser
// cut before the demonym (demonyms become mentions later).
func (r *resolver) knownNameAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e >= len(toks) || !capitalisedWord(toks[e].Text) || !toks[e-1].SpaceAfter || m.Type == "ORG" && r.gazetteerCompany(m.Text) {
		return
	}
	if at[e] != 0 || !r.gazetteerCompany(spanText(toks, m.Start, e+1)) {
		return
	}
	r.widen(mi, m.Start, e+1)
	m.Type = "ORG"
	r.legalTail(mi) // "[Anglo] American plc": the form after the name the gazetteer knows
}

// teamInside types as a team the place mention mi that the recogniser
// tagged over a town and a plural nickname ("the [Los Angeles Lakers]LOC",
// as teamAfter reads "[Kansas City] Chiefs"): a capitalised plural of four
// letters or more, no place's word nor a demonym, after a place the
// gazetteer knows that is no country, the whole no place of its own.
func (r *resolver) teamInside(mi int) {
	m := &r.d.Mentions[mi]
	toks := r.doc[m.Sentence].Tokens
	e := m.End - 1
	if m.End-m.Start < 2 || m.Type != "LOC" {
		return
	}
	w := toks[e].Text
	if !capitalisedWord(w) || isAllCaps(w) || utf8.RuneCountInString(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "'s") ||
		geoHeads[w] || pluralPlaceWords[w] || !toks[e-1].SpaceAfter || capsSentence(toks) || titleCased(toks) {
		return
	}
	town := spanText(toks, m.Start, e)
	if compassWords[toks[m.Start].Text] || r.isDemonym(w) || r.isPlace(w) || r.isGivenName(w) || !r.isPlace(town) || r.isPlace(m.Text) || r.countryOrArea(town) {
		return // not "South Wales", "West Midlands", "Northern Philippines", "San Andreas"
	}
	m.Type = "ORG"
}

// countryOrArea reports whether the gazetteer knows name as a country, a
// continent or a world area.
func (r *resolver) countryOrArea(name string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup(name) {
		if e.Subtype == gazetteer.SubCountry || worldArea(e) {
			return true
		}
	}
	return false
}

// titleCasedOnce returns a test of whether the sentence toks is in title
// case (titleCased) that reads the sentence on its first call only.
func titleCasedOnce(toks []nlp.Token) func() bool {
	known, title := false, false
	return func() bool {
		if !known {
			known, title = true, titleCased(toks)
		}
		return title
	}
}

// titleCased reports whether most words of a sentence of four words or
// more open with a capital, as headlines in title case do ("U.S. Firms
// Seek Curbs On Imports").
func titleCased(toks []nlp.Token) bool {
	caps, words := countWords(toks, capitalisedWord)
	return words >= 4 && caps*3 > words*2
}

// compassBefore extends organisation mention mi back over the one or two
// untagged capitalised compass points the recogniser left before it: "the
// South West [Africa People's Organisation]", "West [German Finance
// Ministry]". Not over a sentence's first word, nor in a sentence of
// capitals.
func (r *resolver) compassBefore(mi int) {
	m := &r.d.Mentions[mi]
	if s := r.compassesBefore(m, 1); s < m.Start {
		r.widen(mi, s, m.End)
	}
}

// compassesBefore returns where mention m would start with the one or two
// untagged capitalised compass points right before it, none before token
// first, and m.Start in a sentence of capitals (read only when there are
// compass points: widenNames asks for every name).
func (r *resolver) compassesBefore(m *Mention, first int) int {
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start
	for s > first && m.Start-s < 2 && at[s-1] == 0 && compassWords[toks[s-1].Text] {
		s--
	}
	if s < m.Start && capsSentence(toks) {
		return m.Start
	}
	return s
}

// compassPlace extends place mention mi back over the one or two
// untagged capitalised compass points before it when the gazetteer knows
// the whole as a place: "West [Africa]'s largest textile hubs", where the
// recogniser, having tagged "Africa" elsewhere, tagged it alone (not
// "northern Syria", nor "East [Jerusalem]" unless the gazetteer knows it).
func (r *resolver) compassPlace(mi int) {
	m := &r.d.Mentions[mi]
	if s := r.compassesBefore(m, 0); s < m.Start && r.isPlace(spanText(r.doc[m.Sentence].Tokens, s, m.End)) {
		r.widen(mi, s, m.End)
	}
}

// wordBefore extends organisation mention mi back over the one untagged
// capitalised word right before it that the tree puts inside the name
// (a compound or a modifier of one of its words), as the recogniser
// leaves out a word it reads as common: "Direct [Line Insurance Group
// plc]", "King [County Superior Court]"; so too a facility's name typed a
// place ("Good [Samaritan Medical Center]", "Go [Media Stadium]"). Not a sentence's first word nor
// one after another capitalised word, nor a title, a people's word, a
// day's or month's name, an honorific or a word in capitals; not in a
// sentence of capitals or a title-cased headline.
func (r *resolver) wordBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start - 1
	if s < 1 || at[s] != 0 || capitalisedWord(toks[s-1].Text) || capsSentence(toks) || titleCased(toks) {
		return
	}
	t := &toks[s]
	w, lw := t.Text, strings.ToLower(t.Text)
	if h := t.Head - 1; h < m.Start || h >= m.End || t.Deprel != "compound" && t.Deprel != "amod" {
		return
	}
	// (a title before a place's or a body's head is a name's word: "King
	// County", "Major League Baseball")
	first := toks[m.Start].Text
	title := (isTitleWord(w) || givenTitles[w]) && !placeHeads[strings.ToLower(first)] && !orgHeadWord(first)
	if !capitalisedWord(w) || isAllCaps(w) || !glued(toks, s+1) && !t.SpaceAfter || title || honorifics[lw] ||
		r.isDemonym(w) || r.peopleWord(w) || calendarWords[lw] || nlp.IsMonth(w) || compassWords[w] ||
		m.End-m.Start == 1 && r.isGivenName(w) {
		return // (a given name before a one-word name is a person's: "Julian [White]ORG")
	}
	r.widen(mi, s, m.End)
}

// peoplesOwners are the plural nouns for people whose possessive opens
// bodies' and buildings' names: "Women's Tennis Association",
// "Children's Hospital", "People's Party".
var peoplesOwners = map[string]bool{"Women": true, "Men": true, "Children": true, "People": true}

// ownerBefore extends organisation or place mention mi back over an
// untagged plural noun for people and its "'s" right before it, which
// the recogniser leaves out: "The Women's [Tennis Association]".
func (r *resolver) ownerBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start - 2
	if s < 0 || at[s] != 0 || at[s+1] != 0 || !peoplesOwners[toks[s].Text] || !isPossessive(toks[s+1].Text) || !glued(toks, s+1) {
		return
	}
	if r.demonymPeople(toks, at, s) {
		s-- // "Chinese People's Political Consultative Conference"
	}
	r.widen(mi, s, m.End)
}

// ownerAfter extends organisation mention mi, which ends in a plural noun
// for people, over its "'s" and the one to three untagged capitalised
// words after it, where the recogniser ended the name too soon: "the
// [Supreme People]'s Procuratorate", "[National People]'s Congress".
func (r *resolver) ownerAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e+1 >= len(toks) || !peoplesOwners[toks[e-1].Text] || at[e] != 0 || !isPossessive(toks[e].Text) || !glued(toks, e) {
		return
	}
	if s := m.Start; m.End-s == 1 && r.demonymPeople(toks, at, s) {
		r.widen(mi, s-1, m.End) // "Chinese [People]'s Liberation Army"
	}
	k := e + 1
	for k < len(toks) && k-e <= 3 && at[k] == 0 && capitalisedWord(toks[k].Text) && !calendarWords[strings.ToLower(toks[k].Text)] {
		k++
	}
	if k > e+1 {
		r.widen(mi, m.Start, k)
	}
}

// clubPrefixAfter extends a mention mi of a club prefix alone, of any
// type, over the one untagged capitalised word after it, its club's town
// or name, and makes it a club: "[Atlético]PER Mineiro", "[Sporting]PER
// Lisbon".
func (r *resolver) clubPrefixAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e-m.Start == 1 && clubPrefixes[toks[m.Start].Text] && e < len(toks) && at[e] == 0 && capitalisedWord(toks[e].Text) &&
		!isAllCaps(toks[e].Text) && (e+1 == len(toks) || !capitalisedWord(toks[e+1].Text)) {
		r.widen(mi, m.Start, e+1)
		m.Type = "ORG"
	}
}

// demonymPeople reports whether token s is "People" after an untagged
// demonym, as Chinese and Korean institutions are named: "Chinese
// People's", "Korean People's".
func (r *resolver) demonymPeople(toks []nlp.Token, at []int32, s int) bool {
	return s > 0 && toks[s].Text == "People" && at[s-1] == 0 && r.isDemonym(toks[s-1].Text)
}

// clubPrefixBefore extends a place or organisation mention mi back over
// an untagged club prefix and makes it a club: the recogniser tags
// "Real [Madrid]", "Deportivo [Coruna]".
func (r *resolver) clubPrefixBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if s := m.Start - 1; s >= 0 && at[s] == 0 && clubPrefixes[toks[s].Text] {
		r.widen(mi, s, m.End)
		m.Type = "ORG"
	}
}

// hyphenBefore extends organisation mention mi back over a capitalised
// word glued to it by a hyphen or dash and the untagged capitalised words
// before that: the recogniser tags "African Export–[Import Bank]".
func (r *resolver) hyphenBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start
	if _, ok := apState(toks, m.Start, m.End); ok && s >= 2 && partyInitial(toks[s-2].Text) {
		return // "D-N.Y.": a member of Congress's state
	}
	// One-word names glued on, which a name of two words or more takes
	// in: "[Franco]PER-[Nevada Corp.]", "[Borg]PER-[Warner Corp]"; not an
	// organisation's or a nation's, nor before a name that stands alone
	// elsewhere, parties to something both do ("[Fiat]-[GM] deal",
	// "[U.S.]-[EC] talks", "the [Dome]-[Amoco] takeover").
	var glue []int
	for s >= 2 && isHyphen(toks[s-1].Text) && !toks[s-1].SpaceAfter && !toks[s-2].SpaceAfter && capitalisedWord(toks[s-2].Text) {
		if k := at[s-2]; k != 0 {
			o := &r.d.Mentions[k-1]
			if m.End-m.Start < 2 || o.Kind != KindName || o.Start != s-2 || o.End != s-1 || r.orgNamed(o.Text) || r.nameRegion(o.Text) == nation || r.standsAlone(m) {
				break
			}
			glue = append(glue, int(k-1))
		}
		s -= 2
	}
	if s == m.Start || capsSentence(toks) {
		return
	}
	for _, k := range glue {
		r.drop(k)
	}
	for s > 1 && at[s-1] == 0 && capitalisedWord(toks[s-1].Text) && (toks[s-1].UPOS == "PROPN" || toks[s-1].UPOS == "ADJ") && !isTitleWord(toks[s-1].Text) {
		s--
	}
	r.widen(mi, s, m.End)
}

// standsAlone reports whether another name mention of the article has
// the text of mention m and no word glued before it by a hyphen: m names
// an entity of its own ("Amoco" in "the Dome-Amoco takeover", after
// "Amoco Corp said").
func (r *resolver) standsAlone(m *Mention) bool {
	for i := range r.d.Mentions {
		o := &r.d.Mentions[i]
		if o == m || o.Kind != KindName || o.Text != m.Text {
			continue
		}
		if toks := r.doc[o.Sentence].Tokens; o.Start < 2 || !isHyphen(toks[o.Start-1].Text) || toks[o.Start-2].SpaceAfter || toks[o.Start-1].SpaceAfter {
			return true
		}
	}
	return false
}

// orgNamed reports whether a name mention of the article with the text
// name is typed an organisation.
func (r *resolver) orgNamed(name string) bool {
	for i := range r.d.Mentions {
		if m := &r.d.Mentions[i]; m.Kind == KindName && m.Type == "ORG" && m.Text == name {
			return true
		}
	}
	return false
}

// andTail extends organisation mention mi, a head and "of" or "for" and
// the words of its remit, over "and" and the one or two untagged
// capitalised nouns after it that end the remit: the recogniser tags
// "[Department for Education] and Skills", "[Department of Trade] and
// Industry" (not "[Ministry of Defence] and Nato", a name of its own,
// nor over a given name, a place, a post or a demonym: "[University of
// Melbourne] and Chair", "[Bank of Japan] and European"). A head may be
// plural: "[Africa Centres for Disease Control] and Prevention".
func (r *resolver) andTail(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e+1 >= len(toks) || toks[e].Text != "and" || capsSentence(toks) {
		return
	}
	remit := false
	for k := m.Start + 1; k < e-1; k++ {
		if lw := strings.ToLower(toks[k-1].Text); (toks[k].Text == "of" || toks[k].Text == "for") && (orgHeads[lw] || orgHeads[strings.TrimSuffix(lw, "s")]) {
			remit = true
		}
	}
	if !remit {
		return
	}
	end := e + 1
	for end < len(toks) && end < e+3 && at[end] == 0 && capitalisedWord(toks[end].Text) && !isAllCaps(toks[end].Text) &&
		(toks[end].UPOS == "PROPN" || toks[end].UPOS == "NOUN") && !r.isGivenName(toks[end].Text) && !r.isPlace(toks[end].Text) &&
		!RoleNoun(strings.ToLower(toks[end].Text)) && !isTitleWord(toks[end].Text) && !r.isDemonym(toks[end].Text) {
		end++
	}
	if end == e+1 {
		// capitalised common words the recogniser tagged apart or the
		// tagger read as adjectives: "[Office of Disaster Preparedness]
		// and [Emergency Management]", "[Ministry of Agriculture] and
		// Rural Affairs"
		end = e + 1 + r.remitPiece(toks, e+1, true)
		if end == e+1 || end < len(toks) && (toks[end].Text == "of" || toks[end].Text == "for") {
			return
		}
		for k := e + 1; k < end; k++ {
			if w := toks[k].Text; at[k] != 0 && !r.mentionWithin(at[k]-1, e+1, end) || RoleNoun(strings.ToLower(w)) || r.isPlace(w) || r.isDemonym(w) || r.isGivenName(w) {
				return
			}
		}
		r.dropWithin(m.Sentence, e+1, end)
	}
	if end < len(toks) && capitalisedWord(toks[end].Text) {
		return
	}
	r.widen(mi, m.Start, end)
}

// isDemonym reports whether the gazetteer knows w as a demonym.
func (r *resolver) isDemonym(w string) bool {
	if r.gaz == nil {
		return false
	}
	_, ok := r.gaz.Demonym(w)
	return ok
}

// commonTail extends organisation mention mi over the capitalised common
// nouns the recogniser left after it when the name ends in a capitalised
// common word that cannot end it ("[Ministry of Foreign] Affairs",
// "[Department of Homeland] Security"): both words' lemmas are lower
// case, the last is no organisation head, and nothing is tagged there.
func (r *resolver) commonTail(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	last := &toks[m.End-1]
	common := func(t *nlp.Token) bool {
		l := lemmaOf(t)
		return capitalisedWord(t.Text) && l != "" && !capitalisedWord(l) && !isAllCaps(t.Text)
	}
	if capsSentence(toks) || !common(last) || orgHeads[strings.ToLower(last.Text)] || last.UPOS == "NUM" {
		return
	}
	end := m.End
	for end < len(toks) && end < m.End+2 && at[end] == 0 && common(&toks[end]) && (toks[end].UPOS == "NOUN" || toks[end].UPOS == "PROPN") {
		end++
	}
	if end > m.End {
		r.widen(mi, m.Start, end)
	}
}

// companyHeads end companies' names after a place or a founder's name:
// "[Texas] Instruments", "[Nortel] Networks", "[Cathay] Pacific Airways".
var companyHeads = map[string]bool{
	"Airways": true, "Airlines": true, "Industries": true, "Systems": true, "Networks": true,
	"Communications": true, "Technologies": true, "Electronics": true, "Motors": true,
	"Instruments": true, "Foods": true, "Pharmaceuticals": true, "Records": true, "Pictures": true,
	"Studios": true, "Entertainment": true, "Telecom": true, "Insurance": true, "Holdings": true,
	"Media": true, "Theatres": true, "Theaters": true, "Cinemas": true,
	// trades no surname shares ("Smit Salvage", "Nirvana Comics", "First
	// Quantum Minerals"; not "Steel": David Steel)
	"Salvage": true, "Shipping": true, "Shipmanagement": true, "Logistics": true, "Comics": true, "Books": true,
	"Publishing": true, "Energy": true, "Mining": true, "Minerals": true, "Resources": true, "Petroleum": true,
	"Chemicals": true, "Breweries": true, "Construction": true, "Engineering": true, "Healthcare": true,
	"Aerospace": true, "Global": true,
}

// firmHeads end the names of firms after their founders' names:
// "[Merrill Lynch] Capital Markets", "[Salomon] Brothers", "[Philip
// Crosby] Associates".
var firmHeads = map[string]bool{
	"Markets": true, "Partners": true, "Associates": true, "Securities": true, "Investments": true,
	"Capital": true, "Management": true, "Enterprises": true, "Ventures": true, "Brothers": true,
	"Bros": true, "Bros.": true, "Group": true, "Research": true, "Economics": true, "Advisors": true, "Advisers": true,
}

// possessiveHeads end, with firmHeads and companyHeads, the names of firms
// named in their founder's possessive: "[Moody]'s Investors Service",
// "[Claire]'s Stores".
var possessiveHeads = map[string]bool{"Investors": true, "Service": true, "Services": true, "Stores": true}

// pressHeads end the names of newspapers, magazines and news sites after
// a place's name or a demonym: "Cyprus Mail", "Nevada Independent",
// "Greek Reporter", "Sydney Morning Herald".
var pressHeads = map[string]bool{
	"Mail": true, "Times": true, "Post": true, "Herald": true, "Gazette": true, "Telegraph": true,
	"Tribune": true, "Journal": true, "Independent": true, "Reporter": true, "Observer": true,
	"Chronicle": true, "Examiner": true, "Express": true, "Mirror": true, "Courier": true,
	"Enquirer": true, "Inquirer": true, "Bulletin": true, "Monitor": true, "Dispatch": true,
	"Sentinel": true, "Advertiser": true, "Argus": true, "Daily": true, "News": true,
}

// pressTimes may stand between a place and a press head: "Sydney
// Morning Herald", "Manchester Evening News".
var pressTimes = map[string]bool{"Morning": true, "Evening": true, "Sunday": true, "Daily": true, "Weekly": true, "Free": true}

// pressName makes a person or place mention mi a newspaper's name when a
// press head ends it or follows it, untagged, and the words before the
// head are a place's name or a demonym: the recogniser tags "[Nevada
// Independent]PER", "[Cyprus]LOC Mail". Not where the name goes on
// (nameGoesOn: "the Times Square", "the American Journal of Medicine").
func (r *resolver) pressName(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if capsSentence(toks) {
		return
	}
	owner := func(start, end int) bool {
		text := spanText(toks, start, end)
		return end > start && (r.isPlace(text) || end == start+1 && r.isDemonym(text))
	}
	last := toks[m.End-1].Text
	if pressHeads[last] && m.End-m.Start >= 2 && owner(m.Start, m.End-1) {
		m.Type = "ORG"
		return
	}
	e := m.End
	for e < len(toks) && e < m.End+1 && at[e] == 0 && pressTimes[toks[e].Text] {
		e++
	}
	if e >= len(toks) || at[e] != 0 || !pressHeads[toks[e].Text] || !owner(m.Start, m.End) || nameGoesOn(toks, e+1) {
		return
	}
	r.widen(mi, m.Start, e+1)
	m.Type = "ORG"
}

// nameGoesOn reports whether a name may go on at toks[k]: a capitalised
// word, or "of", "and" or "&" ("the American Journal of Medicine",
// "Nippon Telegraph and Telephone", "Globe and Mail").
func nameGoesOn(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Text
	return capitalisedWord(w) || w == "of" || w == "and" || w == "&"
}

// founderFirm extends person mention mi over the untagged capitalised
// words after it, or after its possessive, that end in a company's or
// firm's head, and makes it an organisation: a firm named after its
// founder ("[Merrill Lynch] Capital Markets", "[Salomon] Brothers",
// "[Walt Disney] Pictures", "[Moody]'s Investors Service"), with the
// legal form or "International" after the head ("[Morgan Grenfell] Group
// Plc").
func (r *resolver) founderFirm(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if capsSentence(toks) {
		return
	}
	from := m.End
	possessive := m.End-m.Start == 1 && from+1 < len(toks) && at[from] == 0 && toks[from].XPOS == "POS" && isPossessive(toks[from].Text)
	if possessive {
		// (a one-word name: "Robert Sillerman's Sports Entertainment
		// Enterprises" is the person's company)
		from++
	}
	end := headAfter(toks, at, from, func(string) bool { return false }, func(w string) bool {
		return companyHeads[w] || firmHeads[w] || possessive && possessiveHeads[w]
	})
	// the name's legal form and "International" after the head:
	// "[Shearson Lehman] Brothers International", "[Salomon] Brothers Inc"
	for end > 0 && end < len(toks) && end < from+5 && at[end] == 0 && (toks[end].Text == "International" || isLegalForm(toks[end].Text) && capitalisedWord(toks[end].Text)) {
		end++
	}
	if end == 0 || end < len(toks) && capitalisedWord(toks[end].Text) && at[end] == 0 {
		return // a longer name goes on
	}
	r.widen(mi, m.Start, end)
	m.Type = "ORG"
}

// headAfter returns the end of the last head (isHead) among the up to
// three untagged capitalised nouns or proper nouns from toks[from] on
// (any tag for the words anyTag accepts), or 0 if there is none.
func headAfter(toks []nlp.Token, at []int32, from int, anyTag, isHead func(w string) bool) int {
	end := 0
	for j := from; j < len(toks) && j < from+3; j++ {
		w := toks[j].Text
		if at[j] != 0 || !capitalisedWord(w) || toks[j].UPOS != "PROPN" && toks[j].UPOS != "NOUN" && !anyTag(w) {
			break
		}
		if isHead(w) {
			end = j + 1
		}
	}
	return end
}

// stationHeads end the names of broadcasters named after their town or
// emirate: "[Abu Dhabi] TV", "[Dubai] Television" (not "US TV" nor "[BBC]
// Radio 4", a station of a broadcaster the text names alone too).
var stationHeads = map[string]bool{"TV": true, "Television": true, "Radio": true}

// orgHeadAfter extends an organisation or place mention mi over the
// untagged capitalised words after it that end in an organisation's or
// club's head, and makes it an organisation: the recogniser tags "[Home]
// Office", "[Kent] Police", "[Basildon] AC", "[Birmingham] City Council".
func (r *resolver) orgHeadAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if capsSentence(toks) {
		return
	}
	// a club's head whatever its tag ("Cambridge United 4 1 2"); the
	// last head ("[San Francisco] Police Department")
	end := headAfter(toks, at, m.End, func(w string) bool { return clubHeads[w] }, func(w string) bool {
		return orgHeads[strings.ToLower(w)] || clubHeads[w] || companyHeads[w] ||
			stationHeads[w] && m.Type == "LOC" && !r.hasSubtype(m.Text, gazetteer.SubCountry)
	})
	if end == 0 {
		return
	}
	// Capitalised words the recogniser left before the place belong to
	// the name too: "South [Wales] Police", "Greater [Manchester] Police".
	start := m.Start
	for start > 1 && at[start-1] == 0 && capitalisedWord(toks[start-1].Text) &&
		(toks[start-1].UPOS == "PROPN" || toks[start-1].UPOS == "ADJ") {
		start--
	}
	r.widen(mi, start, end)
	m.Type = "ORG"
	r.orgTail(mi) // "[California Institute] of Technology"
}

// policeAfter extends place mention mi over "police" written in lower
// case right after it, which British news writes so for a force's name
// ("Northamptonshire police said", "San Francisco police"), and makes it
// an organisation; not before another noun ("Surrey police officers"
// name the officers).
func (r *resolver) policeAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks := r.doc[m.Sentence].Tokens
	e := m.End
	if e >= len(toks) || toks[e].Text != "police" || r.d.at[m.Sentence][e] != 0 || e+1 < len(toks) && toks[e+1].UPOS == "NOUN" ||
		isAllCaps(toks[e-1].Text) {
		return // (nor "UK police", "US police": no force of that name)
	}
	r.widen(mi, m.Start, e+1)
	m.Type = "ORG"
}

// eventTail extends name mention mi over the untagged capitalised words
// after it that end in an event head: the recogniser tags "[Davis] Cup"
// and "[Uefa] Cup" as a person and "[Birmingham] Indoor Grand Prix" as a
// place, and the whole name is the event's.
func (r *resolver) eventTail(mi int) {
	m := &r.d.Mentions[mi]
	toks := r.doc[m.Sentence].Tokens
	at := r.d.at[m.Sentence]
	for j := m.End; j < len(toks) && j < m.End+3; j++ {
		t := &toks[j]
		if at[j] != 0 || !capitalisedWord(t.Text) || t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ" {
			return
		}
		if _, ok := eventHeads[t.Text]; ok {
			r.widen(mi, m.Start, j+1)
			return
		}
	}
}

// orgTail extends organisation mention mi, which the recogniser ended on
// its head noun, over an "of" or "for" and the capitalised words after it
// that it left untagged: "[National Directorate] for Security",
// "[Ministry] of Defence", and on over the "of" chains of a remit: "the
// [American Association] for the Advancement of Science", "[Joint
// Council] for the Welfare of Immigrants". A tagged name after the
// connector stays apart ("Federal Aviation Office of [Germany]").
func (r *resolver) orgTail(mi int) {
	m := &r.d.Mentions[mi]
	toks := r.doc[m.Sentence].Tokens
	at := r.d.at[m.Sentence]
	e := m.End
	if e+1 >= len(toks) || !orgHeads[strings.ToLower(toks[e-1].Text)] || (toks[e].Text != "of" && toks[e].Text != "for") &&
		(toks[e].Text != "on" || !onHeads[strings.ToLower(toks[e-1].Text)]) {
		return
	}
	var word func(j int) bool
	word = func(j int) bool {
		if j >= len(toks) || at[j] != 0 || !capitalisedWord(toks[j].Text) || calendarWords[strings.ToLower(toks[j].Text)] {
			return false
		}
		switch toks[j].UPOS {
		case "PROPN", "NOUN", "ADJ":
			return true
		case "VERB":
			// a participle the tagger read as a verb inside the name, a
			// noun after it: "Progressive Party of Working People"
			return toks[j].XPOS == "VBG" && word(j+1) && !isTitleWord(toks[j+1].Text) && !RoleNoun(toks[j+1].Text)
		}
		return false
	}
	// Capitalised words, and a list of them closed by "and": "for
	// Work and Pensions", "for Culture, Media and Sport".
	run := func(j int) int {
		end := j
		for word(j) {
			j++
			end = j
			if j+1 < len(toks) && toks[j].Text == "and" && word(j+1) {
				j++
			} else if j+1 < len(toks) && toks[j].Text == "," && word(j+1) {
				k := j + 1
				for word(k) || (k < len(toks) && toks[k].Text == "," && word(k+1)) {
					k++
				}
				if k+1 >= len(toks) || toks[k].Text != "and" || !word(k+1) {
					break
				}
				j++
			}
		}
		return end
	}
	// ("the" after "for" opens a remit: "for the Advancement of
	// Science"; "of the" only goes on one, below)
	start := e + 1
	if toks[e].Text == "for" && toks[start].Text == "the" && remitWordAt(toks, start+1) {
		start++
	}
	end := run(start)
	if end == start || documentWords[strings.ToLower(toks[end-1].Text)] {
		return
	}
	if start > e+1 {
		// a remit goes on over "of", "of the": "for the Protection of
		// the Constitution", "for the Study of Animal Behaviour"; not
		// over another body's name ("Centre for Economic Research of the
		// Federal Institute of Technology")
		chained := false
		for end+1 < len(toks) && toks[end].Text == "of" {
			k := end + 1
			if toks[k].Text == "the" && remitWordAt(toks, k+1) {
				k++
			}
			e2 := run(k)
			if e2 == k || documentWords[strings.ToLower(toks[e2-1].Text)] || holdsOrgHead(toks[k:e2]) {
				break
			}
			end, chained = e2, true
		}
		if !chained && end-start < 2 {
			return // one word after "for the" is no remit: "voted by Congress for the Contras"
		}
	}
	if end < len(toks) && r.personAt(m.Sentence, end) && r.isGivenName(toks[end-1].Text) {
		// a person's given name before the rest of the name, which
		// it opens: "the Republican Party of [José] [Antonio Kast]"
		if end == e+2 {
			pi := int(at[end] - 1)
			r.widen(pi, end-1, r.d.Mentions[pi].End)
		}
		return
	}
	r.widen(mi, m.Start, end)
}

// holdsOrgHead reports whether one of toks is an organisation's head
// word.
func holdsOrgHead(toks []nlp.Token) bool {
	return slices.ContainsFunc(toks, func(t nlp.Token) bool { return orgHeads[strings.ToLower(t.Text)] })
}

// capitalisedRun returns the run of capitalised words from toks[k].
func capitalisedRun(toks []nlp.Token, k int) []nlp.Token {
	e := k
	for e < len(toks) && capitalisedWord(toks[e].Text) {
		e++
	}
	return toks[k:e]
}

// remitWordAt reports whether token k is a capitalised noun or proper
// noun: a remit's word after "the" ("for the Welfare", not "for the
// Lebanese").
func remitWordAt(toks []nlp.Token, k int) bool {
	if k < len(toks) && toks[k].UPOS == "ADJ" && capitalisedWord(toks[k].Text) {
		k++ // "of the Private Sector"
	}
	return nounAt(toks, k) && capitalisedWord(toks[k].Text)
}

// gazetteerOrgs adds the organisations the gazetteer knows that the
// recogniser left untagged: acronyms (G8, NATO, OPEC) and the names of
// its news organisations, social networks, NGOs, agencies and other
// bodies (Twitter, Amnesty International, Federal Reserve, Securities
// and Exchange Commission), where the tagger reads their words as nouns
// or adjectives ("Federal", "European") and the sentence is not written
// in capitals. The longest name wins.
func (r *resolver) gazetteerOrgs() {
	if r.gaz == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		word := func(i int) bool {
			t := &toks[i]
			// (a word with a capital inside or in capitals is a name
			// whatever the tagger read: "OpenAI," opening a sentence was
			// an interjection)
			return at[i] == 0 && (t.UPOS == "PROPN" || t.UPOS == "NOUN" || t.UPOS == "ADJ" || t.UPOS == "X" || camelWord(t.Text) || acronymWord(t.Text)) && capitalisedWord(t.Text)
		}
		// a connector inside a name: "Securities and Exchange
		// Commission", "Bank of England"
		inside := func(i int) bool {
			return at[i] == 0 && innerConnectors[toks[i].Text] && i+1 < len(toks) && word(i+1)
		}
		// one word opening a longer name of capitalised untagged words is
		// none ("Fed Tax ID", "Adobe Acrobat Reader"), but for a title
		// after it ("Citibank Chairman") or a company's name ending in a
		// legal form ("Unilever Plc", "Citibank NA", "Hyundai Motor Co")
		opens := func(i int) bool {
			if i+1 >= len(toks) || !word(i+1) || isTitleWord(toks[i+1].Text) {
				return false
			}
			e := i + 1
			for e < len(toks) && word(e) {
				e++
			}
			return !isLegalForm(toks[e-1].Text) && !isBankForm(toks[e-1].Text)
		}
		for i := 0; i < len(toks); i++ {
			if !word(i) || i > 0 && word(i-1) && !acronymWord(toks[i].Text) {
				continue // names start a run; acronyms stand alone too
			}
			n := 0
			for i+n < len(toks) && n < 6 && (word(i+n) || n > 0 && inside(i+n)) {
				n++
			}
			noun := false // the span ends in a common noun
			if i+n < len(toks) && at[i+n] == 0 && toks[i+n].UPOS == "NOUN" && !capitalisedWord(toks[i+n].Text) {
				n++ // a name that ends in one: "the Houthi movement"
				noun = true
			}
			for ; n > 0; n, noun = n-1, false {
				if n == 1 && !acronymWord(toks[i].Text) && (!r.knownOrgWord(toks[i].Text) && !r.theOrgName(toks, i) || opens(i)) || innerConnectors[toks[i+n-1].Text] {
					continue
				}
				text := spanText(toks, i, i+n)
				if n == 1 && r.theOrgName(toks, i) {
					text = "The " + text
				}
				if es := r.gaz.Lookup(text); len(es) > 0 && isOrgEntry(es[0]) && capitalisedWord(es[0].Name) && (!noun || strings.HasSuffix(es[0].Name, " "+toks[i+n-1].Text)) {
					// (the noun written so by the gazetteer too: not "the
					// Labour party" for the Labour Party; and the name
					// written with a capital, not the term "developed
					// countries")
					if n == 1 && es[0].Subtype == gazetteer.SubCompany && productUse(toks, i) {
						continue // "a Saab", "an Airbus A380": the maker's product
					}
					// (and the legal form after it: "Tesco plc")
					id := r.addName(si, i, i+n, "ORG")
					r.legalTail(id)
					i = r.d.Mentions[id].End - 1
					break
				}
			}
		}
	})
}

// possessiveCompanies adds the companies named in the possessive that
// the gazetteer lists so ("at a McDonald's in Altoona", "Sainsbury's
// shares"): a capitalised word and "'s" make the company's name, over the
// recogniser's span of the word (a place "McDonald" in that story) or
// none.
func (r *resolver) possessiveCompanies() {
	if r.gaz == nil {
		return
	}
	for si := range r.doc {
		toks, at := r.doc[si].Tokens, r.d.at[si]
		for i := 0; i+1 < len(toks); i++ {
			if !isPossessive(toks[i+1].Text) || toks[i+1].Text == "'" || toks[i+1].Text == "’" || !capitalisedWord(toks[i].Text) || at[i+1] != 0 || toks[i].SpaceAfter {
				continue
			}
			// the longest run of up to four words ending at i, joined by
			// "and" or "&", that the gazetteer knows with "'s"
			// ("Standard and Poor's")
			start := -1
			for k := max(i-3, 0); k <= i && start < 0; k++ {
				if !capitalisedWord(toks[k].Text) {
					continue
				}
				name := spanText(toks, k, i+1) + "'s"
				es := r.gaz.Lookup(name)
				if len(es) > 0 && es[0].Subtype == gazetteer.SubCompany {
					start = k
				}
			}
			if start < 0 {
				continue
			}
			if r.untagged(si, start, i+1) {
				r.addName(si, start, i+2, "ORG")
			} else if k := at[i]; k != 0 {
				if m := &r.d.Mentions[k-1]; m.End == i+1 && m.Start >= start && m.Kind == KindName {
					r.widen(int(k-1), start, i+2)
					m.Type = "ORG"
				}
			}
		}
	}
}

// ownAreaName reports whether w, as written, is the gazetteer's own name of
// one of kg's areas (seas, rivers, ranges): "Seine".
func (r *resolver) ownAreaName(w string) bool {
	for _, e := range r.lookup(w) {
		if e.Subtype == gazetteer.SubArea && e.Name == w {
			return true
		}
	}
	return false
}

// innerConnectors are the lower-case words inside the names
// gazetteerOrgs looks up.
var innerConnectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true}

// gazetteerPlaces adds the countries and big cities the recogniser left
// untagged ("talks in Jerusalem", "Aliuska Lopez (Cuba)"): a run of one
// to three capitalised proper nouns standing alone, not written in a
// sentence of capitals, whose best gazetteer place is a country or a city
// of half a million people, and which is no common given name (fewer than
// 30,000 US births, or a place a hundred times as populous: Israel,
// Houston; not Jordan, Chad, Sydney) nor the last word of a person the
// article names ("Whitney Houston").
func (r *resolver) gazetteerPlaces() {
	if r.gaz == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		titled := titleCasedOnce(toks)
		word := func(i int) bool {
			if at[i] != 0 || !capitalisedWord(toks[i].Text) || isAllCaps(toks[i].Text) {
				return false
			}
			// an adjective may open the name: "the Far East"; a word
			// the tagger read as a common noun inside a sentence not in
			// title case is one when no common word is written so ("the
			// Thames"), or when it is an area's own name as written ("the
			// Seine", a net's name too; not "Sale" for Salé, "Island" for
			// Iceland)
			return toks[i].UPOS == "PROPN" || toks[i].UPOS == "ADJ" && i+1 < len(toks) && toks[i+1].UPOS == "PROPN" ||
				toks[i].UPOS == "NOUN" && i > 0 && !titled() && r.lex != nil &&
					(!r.commonWord(toks[i].Text) && !r.commonWord(lemmaOf(&toks[i])) || r.ownAreaName(toks[i].Text))
		}
		for i := 0; i < len(toks); i++ {
			if !word(i) {
				continue
			}
			n := 1
			for i+n < len(toks) && word(i+n) {
				n++
			}
			start := i
			i += n - 1
			if n > 3 || i+1 < len(toks) && capitalisedWord(toks[i+1].Text) ||
				capitalisedBefore(toks, start) {
				continue // part of a longer name
			}
			if b := start - 1; b > 0 && ofWords[toks[b].Text] && capitalisedWord(toks[b-1].Text) ||
				b > 1 && toks[b].Text == "the" && ofWords[toks[b-1].Text] && capitalisedWord(toks[b-2].Text) {
				continue // "Bank of Italy", "Democratic Republic of the Congo"; not "Iraq and Iran"
			}
			text := spanText(toks, start, i+1)
			// (a place the gazetteer writes with "The" after a
			// lower-case "the": "judges in the Hague")
			if !r.bigPlace(text) && !(start > 0 && toks[start-1].Text == "the" && r.nameWithThe(text, "LOC")) {
				continue
			}
			if r.surnameInDoc(text) {
				continue
			}
			r.addName(si, start, i+1, "LOC")
		}
	})
}

// prepPlaces adds the small places the recogniser left untagged after
// "in" or "near", or "to" or "from" on a journey (travelBefore): "In
// Albay, lahar washed down", "floods near Guinobatan", "flights to
// Heraklion".
// The name is one to three capitalised proper nouns, none a common word,
// a given name, a demonym, a title, a day or month (also misspelt, "in
// Feburary"), initials ("IDNs") or a word of another name of the article
// ("in Quantum" after "Quantum Fund"), standing alone (no capitalised
// word, name, possessive or noun after it: "in Comex trading"), in an article that
// writes names with capitals, and not after what one holds or plays in
// ("a stake in Sperry", "starred in Robocop") nor listed with a
// people's word ("in Tagalog, Cebuano and German"). News names a town
// there far more often than anything else; products ("in Excel") are the
// known misses.
func (r *resolver) prepPlaces() {
	if r.lex == nil || !r.casedText() {
		return
	}
	// the words of the article's names: "a stake in Wurlitzer" after
	// "Wurlitzer Co" is the company's short name
	named := r.nameWords()
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		word := func(i int) bool { return r.smallPlaceWord(toks, at, i, named) }
		for i := 1; i < len(toks); i++ {
			if p := strings.ToLower(toks[i-1].Text); p != "in" && p != "near" && !((p == "to" || p == "from") && r.travelBefore(toks, i)) || !word(i) {
				continue
			}
			n := 1
			for i+n < len(toks) && n <= 3 && word(i+n) {
				n++
			}
			e := i + n
			// (no name going on, no noun it modifies: "in Comex trading",
			// "in Amsouth stock")
			if n > 3 || e < len(toks) && (capitalisedWord(toks[e].Text) || isPossessive(toks[e].Text) || at[e] != 0 ||
				toks[e].UPOS == "NOUN" || toks[e].UPOS == "PROPN" || toks[e].UPOS == "ADJ" || toks[e].UPOS == "NUM") {
				i = e
				continue
			}
			// (not what one holds or plays in: "a stake in Sperry",
			// "starred in Robocop")
			if h := toks[e-1].Head - 1; h >= 0 && h < len(toks) && notPlaceWord(&toks[h]) || i >= 2 && notPlaceWord(&toks[i-2]) ||
				r.listedWithDemonym(toks, e) {
				i = e
				continue
			}
			r.addName(si, i, e, "LOC")
			i = e
		}
	})
}

// nameWords returns the words of the article's names, in lower case.
func (r *resolver) nameWords() map[string]bool {
	named := map[string]bool{}
	for _, m := range r.d.Mentions {
		if m.Kind == KindName {
			for _, w := range strings.Fields(m.Text) {
				named[strings.ToLower(w)] = true
			}
		}
	}
	return named
}

// smallPlaceWord reports whether toks[i], untagged, can be a word of a
// small place's name the recogniser missed: a capitalised proper noun of
// letters with one capital, no word of the article's names (named), no
// common word, given name, people's word, title, role, day or month.
func (r *resolver) smallPlaceWord(toks []nlp.Token, at []int32, i int, named map[string]bool) bool {
	t := &toks[i]
	lw := strings.ToLower(t.Text)
	return at[i] == 0 && t.UPOS == "PROPN" && capitalisedWord(t.Text) && upperLetters(t.Text) == 1 && nameLetters(t.Text) && !named[lw] &&
		!r.commonWord(t.Text) && !r.commonWord(lemmaOf(t)) && !r.isGivenName(t.Text) && !r.isDemonym(t.Text) &&
		!isTitleWord(t.Text) && !monthLike(t.Text) && !RoleNoun(lw)
}

// listPlaces adds as places the untagged words (smallPlaceWord) listed
// with places only, one at least a country, region or city of the
// gazetteer: "residents of Phoenix and Verulam", "the delta districts of
// Thanjavur, Tiruvarur and Nagapattinam", "camps at Sululta and Sebeta".
// A preposition of place opens the list (listPlacePreps), whose last
// separator and only it is "and" or "or"; no capitalised word,
// possessive or noun follows the word and no item of the list owns
// anything ("the UK's Corus and France's Arcelor").
func (r *resolver) listPlaces() {
	if r.lex == nil || !r.casedText() {
		return
	}
	named := r.nameWords()
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		word := func(i int) bool { return i >= 0 && i < len(toks) && r.smallPlaceWord(toks, at, i, named) }
		sep := func(i int) bool {
			if i < 0 || i >= len(toks) {
				return false
			}
			switch toks[i].Text {
			case ",", "and", "or":
				return true
			}
			return false
		}
		for i := 1; i < len(toks); i++ {
			if !word(i) || word(i-1) {
				continue
			}
			e := i + 1
			if word(e) {
				e++
			}
			if e < len(toks) && !sep(e) && (capitalisedWord(toks[e].Text) || isPossessive(toks[e].Text) || at[e] != 0 || toks[e].UPOS == "NOUN" || toks[e].UPOS == "PROPN") {
				i = e
				continue
			}
			places, others, first := 0, 0, i
			item := func(k int, left bool) (next int, ok bool) {
				if k < 0 || k >= len(toks) {
					return k, false
				}
				if at[k] != 0 {
					m := &r.d.Mentions[at[k]-1]
					if m.Kind != KindName {
						return k, false
					}
					if m.End < len(toks) && isPossessive(toks[m.End].Text) {
						others++ // "Creditanstalt and Girozentrale, Austria's two largest banks"
					}
					first = min(first, m.Start)
					if m.Type == "LOC" {
						if r.gazetteerPlace(m.Text) {
							places++
						}
					} else {
						others++
					}
					if left {
						return m.Start - 1, true
					}
					return m.End, true
				}
				if !word(k) {
					return k, false
				}
				if left {
					if word(k - 1) {
						k--
					}
					first = min(first, k)
					return k - 1, true
				}
				if word(k + 1) {
					k++
				}
				return k + 1, true
			}
			var seps []int
			for k := i - 1; sep(k); {
				seps = append(seps, k)
				n, ok := item(k-1, true)
				if !ok {
					break
				}
				k = n
			}
			for k := e; sep(k); {
				seps = append(seps, k)
				n, ok := item(k+1, false)
				if !ok {
					break
				}
				k = n
			}
			// one "and" or "or", the last separator: "A, B and C"; not
			// "America and Argentinosaurus and Puertasaurus"
			slices.Sort(seps)
			ands := 0
			for _, k := range seps {
				if toks[k].Text != "," {
					ands++
				}
			}
			conj := ands == 1 && toks[seps[len(seps)-1]].Text != ","
			if conj && places > 0 && others == 0 && first > 0 && listPlacePreps[strings.ToLower(toks[first-1].Text)] {
				r.addName(si, i, e, "LOC")
			}
			i = e - 1
		}
	})
}

// adminPlaces adds as places the untagged names (one or two words that
// smallPlaceWord accepts) before a lower-case noun for a country's parts
// (adminNouns: "the Arsi zone", "the Ksar district", "Ungogo local
// government area", "the Dadaab refugee complex"), the untagged name
// after such a noun and "of" ("the Arsi zone of Oromia"), and the untagged
// name of one word before a governor's or a mayor's title and a name
// ("Kirinyaga Governor Anne Waiguru").
func (r *resolver) adminPlaces() {
	if r.lex == nil || !r.casedText() {
		return
	}
	named := r.nameWords()
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		word := func(i int) bool { return i >= 0 && i < len(toks) && r.smallPlaceWord(toks, at, i, named) }
		for i := 1; i < len(toks); i++ {
			if !word(i) || capitalisedWord(toks[i-1].Text) || at[i-1] != 0 || joinParticles[toks[i-1].Text] {
				continue // (not the end of a longer name: "the Engenho de Dentro district")
			}
			e := i + 1
			if word(e) {
				e++
			}
			if e+1 < len(toks) && e == i+1 && placeRulers[toks[e].Text] && at[e] == 0 &&
				(at[e+1] != 0 && r.d.Mentions[at[e+1]-1].Type == "PERSON" || at[e+1] == 0 && r.isGivenName(toks[e+1].Text)) {
				// "Kirinyaga Governor Anne Waiguru": what a governor or a
				// mayor before a name governs is a place
				r.addName(si, i, e, "LOC")
				i = e
				continue
			}
			n := adminNounAt(toks, e)
			if n == e {
				i = e
				continue
			}
			r.addName(si, i, e, "LOC")
			if n+1 < len(toks) && toks[n].Text == "of" && word(n+1) && !word(n+2) && (n+2 == len(toks) || !capitalisedWord(toks[n+2].Text) && at[n+2] == 0) {
				r.addName(si, n+1, n+2, "LOC")
			}
			i = n - 1
		}
	})
}

// placeRulers are the titles of those who run a place, written before
// the place's name and a person's: "Kirinyaga Governor Anne Waiguru".
var placeRulers = map[string]bool{"Governor": true, "Mayor": true, "Premier": true, "Governor-elect": true, "Mayor-elect": true}

// adminNounAt returns the end of the noun for a country's part at
// toks[i:] ("district", "local government area", "refugee camp"), in lower
// case; i when there is none.
func adminNounAt(toks []nlp.Token, i int) int {
	if i >= len(toks) {
		return i
	}
	switch toks[i].Text {
	case "district", "zone", "province", "governorate", "prefecture", "municipality", "township", "oblast", "canton",
		"subdistrict", "sub-county", "county", "ward", "commune", "parish", "region":
		return i + 1
	case "refugee":
		if i+1 < len(toks) && (toks[i+1].Text == "camp" || toks[i+1].Text == "complex" || toks[i+1].Text == "settlement") {
			return i + 2
		}
	case "local":
		if i+2 < len(toks) && toks[i+1].Text == "government" && toks[i+2].Text == "area" {
			return i + 3
		}
	}
	return i
}

// listPlacePreps open the lists of places listPlaces reads.
var listPlacePreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "of": true, "across": true, "around": true,
	"between": true, "including": true, "into": true, "outside": true, "through": true, "via": true,
}

// monthLike reports whether the word w is a day or a month, in full,
// short ("Aug", nlp.IsMonth) or with two letters swapped ("Feburary",
// "Jnauary", as wire copy misspells them).
func monthLike(w string) bool {
	lw := strings.ToLower(w)
	if calendarWords[lw] || nlp.IsMonth(w) {
		return true
	}
	for c := range calendarWords {
		if len(c) == len(lw) && c[0] == lw[0] && sortedLetters(c) == sortedLetters(lw) {
			return true
		}
	}
	return false
}

// sortedLetters returns the bytes of w in order.
func sortedLetters(w string) string {
	b := []byte(w)
	slices.Sort(b)
	return string(b)
}

// nameLetters reports whether w is made of letters, hyphens and
// apostrophes ("Saint-Luc"; not "Janua~y", "1985/86.He").
func nameLetters(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return true
}

// upperLetters counts the capital letters of w: "IDNs" and "VoIP" are
// initials or a brand's way of writing, not a town's.
func upperLetters(w string) int {
	n := 0
	for _, c := range w {
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n
}

// listedWithDemonym reports whether a list that toks[e] goes on with
// holds a people's word, as lists of languages do ("readings in Tagalog,
// Cebuano and German").
func (r *resolver) listedWithDemonym(toks []nlp.Token, e int) bool {
	for k := e; k < len(toks) && k < e+6; k++ {
		switch w := toks[k].Text; {
		case w == "," || w == "and" || w == "or" || capitalisedWord(w) && !r.isDemonym(w):
		case r.isDemonym(w):
			return k > e
		default:
			return false
		}
	}
	return false
}

// travelBefore reports whether the proper noun at toks[i], after "to" or
// "from", is where a journey goes or starts: the word before the
// preposition or the noun's head is one of travelWords ("flights to
// Heraklion", "fly from Athens to Santorini").
func (r *resolver) travelBefore(toks []nlp.Token, i int) bool {
	if i >= 2 && travelWords[strings.ToLower(lemmaOf(&toks[i-2]))] {
		return true
	}
	h := toks[i].Head - 1
	return h >= 0 && h < len(toks) && travelWords[strings.ToLower(lemmaOf(&toks[h]))]
}

// travelWords go or carry somewhere.
var travelWords = map[string]bool{
	"fly": true, "flight": true, "travel": true, "sail": true, "ferry": true, "route": true,
	"trip": true, "journey": true, "evacuate": true, "flee": true, "deport": true, "return": true,
}

// notPlaceWord reports whether t takes "in" before a firm, a work or a
// language rather than a place: a holding's word ("a stake in Sperry",
// holdingWords) or one of notPlaceIn.
func notPlaceWord(t *nlp.Token) bool {
	l := strings.ToLower(lemmaOf(t))
	return holdingWords[l] || notPlaceIn[l]
}

// notPlaceIn are the words besides a holding's that take "in" before a
// work or a language rather than a place: "starred in Robocop", "written
// in Tagalog", "ownership in Rigolleau".
var notPlaceIn = map[string]bool{
	"role": true, "part": true, "star": true, "appear": true, "feature": true, "cast": true,
	"act": true, "play": true, "appearance": true, "character": true, "ownership": true, "shareholder": true,
	"stakeholder": true, "write": true, "speak": true, "reading": true, "fluent": true, "translate": true,
}

// lowerPlaces adds the countries, states and big cities written in lower
// case that the recogniser left untagged, as informal text writes them
// ("flights to florida", "pizza from chicago"): a run of one to three
// lower-case words the tagger read as proper nouns (NNP; it tags a word
// WordNet knows as a common one, "turkey", "china", as a noun) after a
// preposition of place and before no capitalised proper noun, that
// lowerPlace finds. Not elsewhere: "the number 10 jersey", "a science
// centre" are words the tagger may still take for names.
func (r *resolver) lowerPlaces() {
	if r.gaz == nil {
		return
	}
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		word := func(i int) bool {
			t := &toks[i]
			return at[i] == 0 && t.XPOS == "NNP" && allLowerLetters(t.Text)
		}
		for i := 0; i < len(toks); i++ {
			if !word(i) {
				continue
			}
			start := i
			for i+1 < len(toks) && word(i+1) {
				i++
			}
			if i+1-start > 3 || start == 0 || !placePreps[strings.ToLower(toks[start-1].Text)] ||
				i+1 < len(toks) && toks[i+1].UPOS == "PROPN" && capitalisedWord(toks[i+1].Text) {
				continue
			}
			if name := r.lowerPlace(spanText(toks, start, i+1)); name != "" && !r.surnameInDoc(name) {
				r.addName(si, start, i+1, "LOC")
			}
		}
	})
}

// lowerPlace returns the name of the place text names in lower case: a
// place of the gazetteer's whose name it is, but for the case, and which
// bigPlace takes or is a first-level region ("florida", "punjab") no common
// given name; or "".
func (r *resolver) lowerPlace(text string) string {
	if utf8.RuneCountInString(text) < 4 {
		return "" // "la", "sf": codes and words
	}
	for _, e := range r.gaz.Lookup(text) {
		if e.Type != "LOC" || !strings.EqualFold(e.Name, text) {
			continue
		}
		if r.bigPlace(e.Name) {
			return e.Name
		}
		if _, given := r.placeSize(e.Name); e.Subtype == gazetteer.SubRegion && given < 30_000 {
			return e.Name
		}
	}
	return ""
}

// allLowerLetters reports whether w is made of lower-case letters only.
func allLowerLetters(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}

// basedNames adds the untagged names after "X-based" as organisations:
// "Ohio-based KeyCorp", "Paris-based Euronext". A run of capitalised
// proper nouns (joined by "&") that opens with no given name ("US-based
// Alistair Cooke" is a person's).
func (r *resolver) basedNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 1; i < len(toks); i++ {
			if !afterBased(toks, i) || at[i] != 0 || toks[i].UPOS != "PROPN" || !capitalisedWord(toks[i].Text) || r.isGivenName(toks[i].Text) {
				continue
			}
			end := i + 1
			for end < len(toks) && at[end] == 0 {
				if capitalisedWord(toks[end].Text) && toks[end].UPOS == "PROPN" {
					end++
					continue
				}
				if toks[end].Text == "&" && end+1 < len(toks) && at[end+1] == 0 &&
					capitalisedWord(toks[end+1].Text) && toks[end+1].UPOS == "PROPN" {
					end += 2
					continue
				}
				break
			}
			r.addName(si, i, end, "ORG")
			i = end - 1
		}
	})
}

// staffWords follow a company's or body's name in lower case and name
// its people: "WorldCom executives", "Former WorldCom chief", "Yukos
// shareholders".
var staffWords = map[string]bool{
	"chief": true, "boss": true, "bosses": true, "executive": true, "executives": true, "chairman": true,
	"shareholders": true, "employees": true, "staff": true, "workers": true, "directors": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "founder": true, "co-founder": true,
}

// followerWords follow a campaign's or a movement's name and name its
// people ("Just Stop Oil supporters"); after a person's name they name
// the person's ("Trump supporters"), so they take only campaignName's
// longer names.
var followerWords = map[string]bool{
	"activists": true, "supporters": true, "protesters": true, "campaigners": true, "members": true,
}

// staffNames adds the untagged names before a word for a body's people
// as organisations ("six WorldCom executives", "WorldCom's accounts" then
// follow the entity): one or two capitalised proper nouns, not opening
// the sentence nor in a sentence of capitals, no place, given name,
// demonym, calendar word or title, no word the article also writes in
// lower case ("Sport chief" in an article about sport), and not after
// another capitalised word.
func (r *resolver) staffNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for j := 2; j < len(toks); j++ {
			if followerWords[toks[j].Text] && at[j] == 0 {
				if k := campaignName(toks, at, j); k > 0 {
					r.addName(si, k, j, "ORG") // "other Just Stop Oil supporters"
				}
				continue
			}
			if !staffWords[toks[j].Text] || at[j] != 0 {
				continue
			}
			i := j
			for i > 1 && j-i < 2 && at[i-1] == 0 && toks[i-1].UPOS == "PROPN" && capitalisedWord(toks[i-1].Text) {
				i--
			}
			if i == j || capitalisedWord(toks[i-1].Text) || i == 1 && toks[0].UPOS == "PROPN" {
				continue
			}
			text := spanText(toks, i, j)
			if r.known(text) || r.isGivenName(toks[i].Text) || isTitleWord(toks[j-1].Text) || calendarWords[strings.ToLower(toks[i].Text)] ||
				termAcronyms[toks[j-1].Text] { // "TV executives"
				continue
			}
			if r.gaz != nil {
				if _, ok := r.gaz.Demonym(toks[i].Text); ok {
					continue
				}
			}
			if lower := r.lowerWords(); lower[strings.ToLower(toks[i].Text)] || lower[strings.ToLower(toks[j-1].Text)] {
				continue // a common word capitalised: "Sport chief", "TV bosses"
			}
			r.addName(si, i, j, "ORG")
		}
	})
}

// campaignName returns where a run of three or four capitalised words
// before token j (a word of followerWords) starts, whatever their tags, when nothing capitalised
// stands before it and it does not open the sentence: a campaign's or a
// group's name made of common words ("Just Stop Oil supporters", "Black
// Lives Matter protesters"); else 0.
func campaignName(toks []nlp.Token, at []int32, j int) int {
	i := j
	for i > 1 && j-i < 4 && at[i-1] == 0 && capitalisedWord(toks[i-1].Text) && !isAllCaps(toks[i-1].Text) && lettersOnly(toks[i-1].Text) {
		i--
	}
	if j-i < 3 || capitalisedWord(toks[i-1].Text) || titleCased(toks) {
		return 0
	}
	return i
}

// lowerWords returns the words the article writes in lower case, found
// once per article.
func (r *resolver) lowerWords() map[string]bool {
	if r.lower != nil {
		return r.lower
	}
	r.lower = map[string]bool{}
	for si := range r.doc {
		for _, t := range r.doc[si].Tokens {
			if c, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(c) {
				r.lower[t.Text] = true
			}
		}
	}
	return r.lower
}

// kindNouns, in lower case, put the untagged name of an organisation
// right after them: "UK think-tank Demos", "net provider AOL", "pressure
// group Liberty", "the band Muse".
var kindNouns = map[string]bool{
	"firm": true, "company": true, "group": true, "giant": true, "retailer": true, "carrier": true,
	"manufacturer": true, "supplier": true, "insurer": true, "lender": true, "chain": true,
	"conglomerate": true, "think-tank": true, "provider": true, "maker": true, "operator": true,
	"charity": true, "watchdog": true, "regulator": true, "publisher": true, "developer": true,
	"airline": true, "network": true, "band": true, "label": true, "agency": true, "bank": true,
	"studio": true, "broadcaster": true, "newspaper": true, "magazine": true, "website": true,
	"drugmaker": true, "carmaker": true, "automaker": true, "chipmaker": true, "brewer": true,
	"startup": true, "start-up": true, "exchange": true, "union": true,
}

// thingName reports whether the name at toks[i] opens a longer name,
// or is one the article writes before a noun of thingNouns, as the names
// of pipelines, products and projects are: "the EastMed pipeline",
// "EastMed gas pipeline", "the EuroAsia Interconnector".
func (r *resolver) thingName(toks []nlp.Token, i int) bool {
	if i+1 < len(toks) && capitalisedWord(toks[i+1].Text) {
		return true // (a company's longer name other rules find: "PaineWebber Group", "GenCorp Inc")
	}
	if r.things == nil {
		r.things = map[string]bool{}
		for si := range r.doc {
			ts := r.doc[si].Tokens
			for k := 0; k+1 < len(ts); k++ {
				n := k + 1
				if n+1 < len(ts) && ts[n].UPOS == "NOUN" && thingNouns[ts[n+1].Text] {
					n++ // "EastMed gas pipeline"
				}
				if thingNouns[ts[n].Text] && capitalisedWord(ts[k].Text) {
					r.things[ts[k].Text] = true
				}
			}
		}
	}
	return r.things[toks[i].Text]
}

// thingNouns are the things news names with a capital inside: "the
// EastMed pipeline", "the TurkStream project".
var thingNouns = map[string]bool{
	"pipeline": true, "project": true, "console": true, "game": true, "show": true, "series": true,
	"software": true, "system": true, "device": true, "app": true, "programme": true, "program": true,
	"vaccine": true, "drug": true, "cable": true, "interconnector": true, "satellite": true, "mission": true,
}

// ownerOpens widens the name the recogniser tagged right before a
// possessive and the untagged organisation name toks[start:end] after it
// over that name, as an organisation, and reports whether it did: a
// company named in the possessive, its name going on with a plural noun
// ("[Moody]'s Investors Service", as joinSpans reads it with a legal form
// after it), or the one plural word the recogniser tagged before the
// possessive ("[People]'s Protection Units"; "[Microsoft]'s Media Center"
// is an owner's unit).
func (r *resolver) ownerOpens(si, start, end int) bool {
	toks := r.doc[si].Tokens
	if start < 2 || !isPossessive(toks[start-1].Text) || r.d.at[si][start-2] == 0 {
		return false
	}
	k := int(r.d.at[si][start-2]) - 1
	m := &r.d.Mentions[k]
	if m.End != start-1 || m.Kind != KindName || r.isPlace(m.Text) {
		return false
	}
	founder := m.Type == "PERSON" && pluralNoun(toks[start])
	plural := m.Start == start-2 && pluralNoun(toks[start-2]) && !acronymWord(toks[start-2].Text)
	if !founder && !plural {
		return false
	}
	r.widen(k, m.Start, end)
	m.Type = "ORG"
	return true
}

// kindNames adds the untagged names right after a singular noun of
// kindNouns as organisations: one to three capitalised proper nouns, not
// in a sentence of capitals, no place or given name opening them; the
// untagged name that such a noun is in apposition to ("Demos, a
// think-tank,"); and, with coordinatedOrgs and demonymPress, the names
// joined to an organisation's and the newspapers named by a demonym.
func (r *resolver) kindNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		r.coordinatedOrgs(si, toks, at)
		r.demonymPress(si, toks, at)
		r.groupOfNumber(si, toks, at)
		word := func(j int) bool {
			if j >= len(toks) || at[j] != 0 {
				return false
			}
			t := toks[j].Text
			return toks[j].UPOS == "PROPN" && capitalisedWord(t) && !isAllCaps(t) || acronymWord(t)
		}
		for i := 1; i < len(toks); i++ {
			k := i - 1
			noun := toks[k].Text
			if k >= 2 && toks[k].Text == "tank" && toks[k-1].Text == "-" {
				noun = toks[k-2].Text + "-tank" // split "think-tank"
			}
			if !kindNouns[noun] || toks[k].UPOS != "NOUN" {
				continue
			}
			end := i
			for end < i+3 && word(end) {
				end++
			}
			if end == i || end < len(toks) && capitalisedWord(toks[end].Text) || end == i+1 && utf8.RuneCountInString(toks[i].Text) == 1 {
				continue // "group F" is a letter
			}
			text := spanText(toks, i, end)
			if r.isPlace(text) || r.isGivenName(toks[i].Text) || calendarWords[strings.ToLower(toks[i].Text)] {
				continue
			}
			r.addName(si, i, end, "ORG")
			i = end - 1
		}
		// "PSG president Nasser Al-Khelaifi", "BMA chief Phil Banfield":
		// an untagged acronym before a role noun and a person's name is
		// the organisation the person serves (not a place's code:
		// "PR chief", public relations, is no Puerto Rico)
		for i := 0; i+2 < len(toks); i++ {
			if at[i] != 0 || !acronymWord(toks[i].Text) || utf8.RuneCountInString(toks[i].Text) > 5 || i > 0 && capitalisedWord(toks[i-1].Text) ||
				capitalisedWord(toks[i+1].Text) || !RoleNoun(lemmaOf(&toks[i+1])) || !r.personAt(si, i+2) || r.isPlace(toks[i].Text) {
				continue
			}
			start := i
			if i >= 2 && isHyphen(toks[i-1].Text) && !toks[i-1].SpaceAfter && !toks[i-2].SpaceAfter {
				start = i - 2 // "AFL-CIO president Lane Kirkland"
				if at[start] != 0 || !acronymWord(toks[start].Text) {
					continue
				}
			}
			r.addName(si, start, i+1, "ORG")
		}
		// "Elon Musk's SpaceX has flown", "a SpaceX Dragon capsule": a
		// word with a capital inside that the recogniser left out is a
		// company's name (camelWord: not "McCain", "DeSantis"; of six
		// letters or more, not a term: "WiFi", "VoIP", "DDoS"; nor a
		// thing's name, thingName)
		for i := range toks {
			if at[i] == 0 && len(toks[i].Text) >= 6 && camelWord(toks[i].Text) && lettersOnly(toks[i].Text) && utf8.RuneCountInString(toks[i].Text) >= 6 && toks[i].UPOS != "VERB" && (i == 0 || !capitalisedWord(toks[i-1].Text)) &&
				!r.known(toks[i].Text) && !r.thingName(toks, i) {
				r.addName(si, i, i+1, "ORG")
			}
		}
		// "Demos, a think-tank,": the name before an apposition headed
		// by such a noun
		for j := range toks {
			if !kindNouns[toks[j].Text] || toks[j].Deprel != "appos" {
				continue
			}
			h := tokHead(toks, j)
			if h < 0 || h >= j || at[h] != 0 || toks[h].UPOS != "PROPN" || !capitalisedWord(toks[h].Text) {
				continue
			}
			start, end := h, h+1
			for start > 0 && h-start < 2 && at[start-1] == 0 && toks[start-1].UPOS == "PROPN" && capitalisedWord(toks[start-1].Text) {
				start--
			}
			if end >= len(toks) || toks[end].Text != "," || capitalisedBefore(toks, start) {
				continue
			}
			text := spanText(toks, start, end)
			if r.isPlace(text) || r.isGivenName(toks[start].Text) {
				continue
			}
			r.add(Mention{Sentence: si, Start: start, End: end, Head: h, Text: text, Type: "ORG", Kind: KindName, Entity: -1})
		}
	})
}

// coordinatedOrgs adds the untagged proper nouns of sentence si joined
// by "and" or "or" to an organisation's name before them as
// organisations: "American Airlines and JetBlue" (not a given name, a
// place, a post, a person's surname, a word the article writes in lower
// case, a letter or a credit rating: "rated B-2 by Moody's Investors and
// B by", "Moody's Investors Service and BBB by"; not in an
// organisation's remit: "Centers for Disease Control and Prevention").
func (r *resolver) coordinatedOrgs(si int, toks []nlp.Token, at []int32) {
	// "American Airlines and JetBlue": one untagged proper noun
	// joined by "and" or "or" to an organisation's name is one too
	// (not a given name, a place, a post or a person's surname)
	for i := 2; i < len(toks); i++ {
		c := toks[i-1].Text
		if at[i] != 0 || at[i-2] == 0 || c != "and" && c != "or" || toks[i].UPOS != "PROPN" || !capitalisedWord(toks[i].Text) ||
			i+1 < len(toks) && (capitalisedWord(toks[i+1].Text) || isPossessive(toks[i+1].Text) || !toks[i].SpaceAfter) {
			continue
		}
		if o := &r.d.Mentions[at[i-2]-1]; o.Type != "ORG" || o.Kind != KindName || o.End != i-1 || o.Start > 0 && toks[o.Start-1].Text == "," ||
			slices.ContainsFunc(toks[o.Start:o.End], func(t nlp.Token) bool { return t.Text == "of" || t.Text == "for" || t.Text == "on" }) {
			continue // "Centers for Disease Control and Prevention", "College of Allergy, Asthma and Immunology": the remit goes on
		}
		w := toks[i].Text
		if len(w) == 1 || creditGrade(w) || r.isGivenName(w) || r.isPlace(w) || r.isDemonym(w) || isTitleWord(w) || RoleNoun(strings.ToLower(w)) ||
			r.surnameInDoc(w) || calendarWords[strings.ToLower(w)] || r.lowerWords()[strings.ToLower(w)] {
			continue
		}
		r.addName(si, i, i+1, "ORG")
	}
}

// groupOfNumber makes "Group of" and a number an organisation's name:
// "the Group of Seven", "Group of 77", which the recogniser leaves out or
// reads as a person named "Seven".
func (r *resolver) groupOfNumber(si int, toks []nlp.Token, at []int32) {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Text != "Group" || toks[i+1].Text != "of" || at[i] != 0 || at[i+1] != 0 || !numberName(toks[i+2].Text) {
			continue
		}
		switch k := at[i+2]; {
		case k == 0:
			r.addName(si, i, i+3, "ORG")
		case r.d.Mentions[k-1].Start == i+2 && r.d.Mentions[k-1].End == i+3:
			r.widen(int(k-1), i, i+3)
			r.d.Mentions[k-1].Type = "ORG"
		}
	}
}

// numberName reports whether w is a number in figures or a capitalised
// number word, as the names of groups of countries end: "Seven", "20".
func numberName(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return len(w) <= 3
	}
	return capitalisedWord(w) && numberWords[strings.ToLower(w)]
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true,
}

// creditGrade reports whether w is a credit rating written in capitals,
// one letter A, B or C up to three times: "AAA", "BBB", "CC".
func creditGrade(w string) bool {
	if len(w) == 0 || len(w) > 3 || w[0] < 'A' || w[0] > 'C' {
		return false
	}
	return strings.Count(w, w[:1]) == len(w)
}

// demonymPress adds an untagged demonym and a press head of sentence si
// as a newspaper's name: "Greek Reporter", "Arab News" (pressName reads
// the names the recogniser tagged).
func (r *resolver) demonymPress(si int, toks []nlp.Token, at []int32) {
	// "Greek Reporter", "Arab News": an untagged demonym and a
	// press head (pressName reads the names the recogniser tagged)
	for i := 0; i+1 < len(toks); i++ {
		e := i + 1
		if e < len(toks) && pressTimes[toks[e].Text] {
			e++
		}
		if e < len(toks) && at[i] == 0 && at[e] == 0 && pressHeads[toks[e].Text] && r.isDemonym(toks[i].Text) &&
			capitalisedWord(toks[i].Text) && !nameGoesOn(toks, e+1) {
			r.addName(si, i, e+1, "ORG")
			i = e
		}
	}
}

// afterBased reports whether token i follows "X-based", one token or
// three ("Ohio", "-", "based").
func afterBased(toks []nlp.Token, i int) bool {
	p := strings.ToLower(toks[i-1].Text)
	return strings.HasSuffix(p, "-based") || p == "based" && i >= 3 && toks[i-2].Text == "-" && !toks[i-3].SpaceAfter
}

// geoHeads end the names of streets, squares and natural features:
// "Downing Street", "Capitol Hill", "Silicon Valley", "Red Sea", "Golan
// Heights".
var geoHeads = map[string]bool{
	"Street": true, "Avenue": true, "Square": true, "Hill": true, "Valley": true, "Sea": true, "Ocean": true,
	"Strait": true, "Straits": true, "Mountains": true, "Desert": true, "Peninsula": true, "River": true,
	"Lake": true, "Island": true, "Islands": true, "Canal": true, "Heights": true, "Hills": true, "Falls": true,
	"Coast": true, "Reef": true, "Glacier": true, "Basin": true, "Arena": true, "Stadium": true, "Garden": true, "Gardens": true,
	"Shoal": true, "Atoll": true, "Creek": true, "Terrace": true, "Boulevard": true, "Harbour": true, "Harbor": true,
	"Canyon": true, "Gorge": true, "Plateau": true, "Prison": true, "Road": true, "Highway": true, "Lane": true,
	"Cenotaph": true, "Monument": true, "Oval": true, "Parade": true, "Esplanade": true, "Promenade": true,
	"Drive": true, "Pass": true, "Dock": true, "Quay": true, "Wharf": true, "Lagoon": true, "Pier": true, "Fjord": true, "Bay": true,
	"Volcano": true, "Dam": true, "Airport": true, "Tunnel": true,
	// short forms after the name ("George St", "Castle Rd"; "St Anne's"
	// opens one, before a capital)
	"St": true, "St.": true, "Rd": true, "Rd.": true, "Ave": true, "Ave.": true,
}

// streetAbbrevs are the short forms of streets' heads, which addresses
// write after a house number ("220 South Michigan Ave", no place's name).
var streetAbbrevs = map[string]bool{"St": true, "St.": true, "Rd": true, "Rd.": true, "Ave": true, "Ave.": true}

// townNouns, with "of" after them, put the name of a place: "the
// historic town of Lahaina", "the port city of Odesa".
var townNouns = map[string]bool{
	"town": true, "city": true, "village": true, "port": true, "province": true, "region": true,
	"district": true, "island": true, "county": true, "state": true, "capital": true, "suburb": true,
}

// listedTowns makes places of the persons' names of one or two words
// listed, with a place among them, after a plural of townNouns and "of",
// "such as", "including" or "like": "the towns of Claremore, [Vinita]PER
// and Sallisaw". The list runs back from the name over names, commas and
// "and"/"or" to the class noun.
func (r *resolver) listedTowns() {
	for mi := range r.d.Mentions {
		m := &r.d.Mentions[mi]
		if m.Kind != KindName || m.Type != "PERSON" || m.End-m.Start > 2 || !r.headConjoinedWith(m, "LOC") {
			continue
		}
		toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
		k := m.Start - 1
		for k >= 0 && (at[k] != 0 || toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or") {
			k--
		}
		if k < 1 {
			continue
		}
		intro := strings.ToLower(toks[k].Text)
		n := k - 1
		if intro == "as" && n >= 0 && strings.EqualFold(toks[n].Text, "such") {
			n--
		} else if intro != "of" && intro != "including" && intro != "like" {
			continue
		}
		if n < 0 || !townNouns[strings.TrimSuffix(strings.ToLower(toks[n].Text), "s")] || !strings.HasSuffix(toks[n].Text, "s") {
			continue
		}
		m.Type = "LOC"
	}
}

// stateTowns makes places of the names of one or two words the
// recogniser typed a person's or a body's that stand before a comma, a
// region or country the gazetteer knows and a comma or the sentence's
// end, as news writes a town with its state: "the Dawsonville, Georgia,
// native", "Tuba City, Arizona". Not a name opening with a given name
// ("John Jones, Georgia, 10.2" in a results line), nor one after another
// capitalised word, nor in a sentence of capitals.
func (r *resolver) stateTowns() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		if capsSentence(toks) {
			return
		}
		for i := 1; i+3 < len(toks); i++ {
			if toks[i].Text != "," || at[i-1] == 0 || at[i+1] == 0 {
				continue
			}
			m, st := &r.d.Mentions[at[i-1]-1], &r.d.Mentions[at[i+1]-1]
			if m.Kind != KindName || m.End != i || m.End-m.Start > 2 || m.Type != "PERSON" && m.Type != "ORG" ||
				st.Kind != KindName || st.Start != i+1 || st.Type != "LOC" || !r.hasSubtype(st.Text, gazetteer.SubRegion, gazetteer.SubCountry) {
				continue
			}
			if e := st.End; e < len(toks) && toks[e].Text != "," && toks[e].UPOS != "PUNCT" {
				continue
			}
			if r.isGivenName(toks[m.Start].Text) || m.Start > 0 && capitalisedWord(toks[m.Start-1].Text) {
				continue
			}
			m.Type = "LOC"
		}
	})
}

// townNames adds as places the untagged names the recogniser left out
// where news writes a town: one to three capitalised proper nouns after
// a noun of townNouns and "of", standing alone ("the historic town of
// Lahaina"; not "the state of New York Bank"), or before an apposition
// such a noun heads ("Gondokusuman, a district of Yogyakarta"), and the town in capitals
// opening a dateline before a comma and a place the gazetteer knows
// ("LAHAINA, Hawaii —").
func (r *resolver) townNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		run := func(i int) int {
			end := i
			for end < len(toks) && end-i < 3 && at[end] == 0 && toks[end].UPOS == "PROPN" && capitalisedWord(toks[end].Text) && !isAllCaps(toks[end].Text) &&
				!calendarWords[strings.ToLower(toks[end].Text)] {
				end++
			}
			return end
		}
		for i := 2; i < len(toks); i++ {
			if toks[i-1].Text != "of" || !townNouns[toks[i-2].Text] {
				continue
			}
			end := run(i)
			if end == i || end < len(toks) && (capitalisedWord(toks[end].Text) && !calendarWords[strings.ToLower(toks[end].Text)] ||
				toks[end].Text == "-" || isPossessive(toks[end].Text)) {
				continue
			}
			r.add(Mention{Sentence: si, Start: i, End: end, Head: end - 1, Text: spanText(toks, i, end), Type: "LOC", Kind: KindName, Entity: -1})
		}
		// "Gondokusuman, a district of Yogyakarta", "Kamituga, a
		// gold-mining town in": the name before an apposition a noun of
		// townNouns heads, with "of", "in" or "near" after it
		for i := 0; i < len(toks); i++ {
			end := run(i)
			if end == i || capitalisedBefore(toks, i) || !townApposition(toks, end) {
				i = max(i, end-1)
				continue
			}
			r.add(Mention{Sentence: si, Start: i, End: end, Head: end - 1, Text: spanText(toks, i, end), Type: "LOC", Kind: KindName, Entity: -1})
			i = end
		}
	})
	for si := range r.doc {
		toks, at := r.doc[si].Tokens, r.d.at[si]
		end := 0
		for end < len(toks) && end < 3 && at[end] == 0 && isAllCaps(toks[end].Text) && lettersOnly(toks[end].Text) && utf8.RuneCountInString(toks[end].Text) > 2 {
			end++
		}
		if end == 0 || end+2 >= len(toks) || toks[end].Text != "," || at[end+1] == 0 && !r.isPlace(toks[end+1].Text) {
			continue
		}
		r.add(Mention{Sentence: si, Start: 0, End: end, Head: end - 1, Text: spanText(toks, 0, end), Type: "LOC", Kind: KindName, Entity: -1})
	}
}

// townApposition reports whether an apposition a noun of townNouns heads
// opens at token k, a comma, "a" or "the", at most two modifiers in lower
// case, the noun, then "of", "in" or "near".
func townApposition(toks []nlp.Token, k int) bool {
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+1].Text != "a" && toks[k+1].Text != "the" {
		return false
	}
	for j := k + 2; j < len(toks)-1 && j <= k+4; j++ {
		w := toks[j].Text
		if townNouns[w] {
			switch toks[j+1].Text {
			case "of", "in", "near":
				return true
			}
			return false
		}
		if strings.ToLower(w) != w {
			return false
		}
	}
	return false
}

// hyphenPlaces adds as places the untagged words joined by hyphens that
// the gazetteer knows as a country, a region or a city
// ("Port-au-Prince", "Guinea-Bissau", "Baden-Württemberg", and in a
// dateline's capitals "PORT-AU-PRINCE"), which the tokenizer cuts at the
// hyphens, so that no word inside is taken alone ("AU" for the African
// Union). The first word is capitalised and no word is tagged.
func (r *resolver) hyphenPlaces() {
	if r.gaz == nil {
		return
	}
	for si := range r.doc {
		toks, at := r.doc[si].Tokens, r.d.at[si]
		for i := 0; i+2 < len(toks); i++ {
			if at[i] != 0 || !capitalisedWord(toks[i].Text) || toks[i].SpaceAfter || i > 0 && !toks[i-1].SpaceAfter && isHyphen(toks[i-1].Text) {
				continue
			}
			end := i + 1
			for end+1 < len(toks) && end-i < 7 && isHyphen(toks[end].Text) && !toks[end].SpaceAfter && at[end+1] == 0 && lettersOnly(toks[end+1].Text) {
				end += 2
				if !toks[end-1].SpaceAfter {
					continue
				}
				break
			}
			if end == i+1 || end < len(toks) && !toks[end-1].SpaceAfter && (isHyphen(toks[end].Text) || lettersOnly(toks[end].Text)) {
				continue // not a whole word: "Port-au-Prince-based" is one too long
			}
			if compassWords[toks[i].Text] || end < len(toks) && capitalisedWord(toks[end].Text) {
				i = end - 1
				continue // "South-East Asia", "the South-West of England"
			}
			if text := spanText(toks, i, end); r.gazetteerPlace(text) {
				r.addName(si, i, end, "LOC")
			}
			i = end - 1
		}
	}
}

// originWords follow a place's name and a hyphen to say where someone
// or something comes from or sits: "Hereford-born", "Texas-based".
var originWords = map[string]bool{
	"born": true, "based": true, "bred": true, "raised": true, "headquartered": true,
}

// originPlaces adds as places the untagged names, one to three
// capitalised words the gazetteer knows as a country's, a region's or a
// city's, written close before a hyphen and an origin word: "the
// Hereford-born nurse", "a Cardiff-based charity" (not a people's
// adjective: "German-born", which demonyms reads).
func (r *resolver) originPlaces() {
	for si := range r.doc {
		toks, at := r.doc[si].Tokens, r.d.at[si]
		for h := 1; h+1 < len(toks); h++ {
			if !isHyphen(toks[h].Text) || toks[h-1].SpaceAfter || toks[h].SpaceAfter || !originWords[strings.ToLower(toks[h+1].Text)] {
				continue
			}
			for start := max(h-3, 0); start < h; start++ {
				if !capitalisedWord(toks[start].Text) || slices.ContainsFunc(at[start:h], func(k int32) bool { return k != 0 }) {
					continue
				}
				if text := spanText(toks, start, h); r.gazetteerPlace(text) && !r.isDemonym(text) {
					r.addName(si, start, h, "LOC")
					break
				}
			}
		}
	}
}

// gazetteerPlace reports whether the gazetteer's first entry for name, in
// any case and with its accents or without, is a country, a region or a
// city written so; false without a gazetteer.
func (r *resolver) gazetteerPlace(name string) bool {
	if r.gaz == nil {
		return false
	}
	es := r.gaz.Lookup(name)
	if len(es) == 0 && !asciiOnly(name) {
		es = r.gaz.Lookup(latin.Fold(name)) // "Bielsko-Biała"
	}
	if len(es) == 0 || es[0].Type != "LOC" || !sameName(es[0].Name, name) {
		return false
	}
	switch es[0].Subtype {
	case gazetteer.SubCountry, gazetteer.SubRegion, gazetteer.SubCity:
		return true
	}
	return false
}

func isHyphen(w string) bool { return w == "-" || w == "–" }

// partyNouns adds the names of political parties written before a
// lower-case "party" ("the Morena party", "the ruling Pheu Thai party",
// "the far-right Vox party"): one to three capitalised words not opening
// a longer name, untagged or one place or organisation the recogniser
// found, after a definite determiner or a possessive (not "a Eurosceptic
// party"), which are no demonym ("the Irish party") nor a holiday ("a
// Christmas party"). The name is the words alone, or, when they are all
// common words, the words and "Party" ("the Left party", the Left Party).
func (r *resolver) partyNouns() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for j := 1; j < len(toks); j++ {
			if toks[j].Text != "party" {
				continue
			}
			i := j
			for i > 0 && j-i < 3 && capitalisedWord(toks[i-1].Text) && !isPossessive(toks[i-1].Text) &&
				(toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "ADJ" || toks[i-1].UPOS == "NOUN" || toks[i-1].UPOS == "VERB") {
				i--
			}
			if i < j && i >= 2 && toks[i-1].Text == "of" && capitalisedWord(toks[i-2].Text) && at[i-2] == 0 {
				// "Brothers of Italy party": a name with "of" inside,
				// the place after it the recogniser's
				k := i - 2
				for k > 0 && i-k < 3 && capitalisedWord(toks[k-1].Text) && at[k-1] == 0 {
					k--
				}
				if m, ok := r.nameMentionAt(si, i, j); ok && m.Start == i && m.End == j && m.Type == "LOC" || r.untagged(si, i, j) {
					i = k
				}
			}
			if i == j || i > 0 && (capitalisedWord(toks[i-1].Text) && !(i == 1 && toks[0].UPOS == "DET") || isHyphen(toks[i-1].Text) && !toks[i-1].SpaceAfter) {
				continue // none, or part of a longer name
			}
			m, tagged := r.nameMentionAt(si, i, j)
			if tagged && (m.End != j || m.Type != "LOC" && m.Type != "ORG" || m.Start != i && toks[m.Start-1].Text != "of") || !tagged && !r.untagged(si, i, j) {
				continue
			}
			common, definite, feast := true, false, false
			for k := i; k < j; k++ {
				lw := strings.ToLower(toks[k].Text)
				feast = feast || calendarWords[lw] || holidayWords[lw] || r.isDemonym(toks[k].Text) && j-i == 1
				common = common && r.lex != nil && r.lex.CommonWord(lw)
			}
			if feast {
				continue
			}
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				lw := strings.ToLower(toks[k].Text)
				if lw == "a" || lw == "an" || lw == "another" || lw == "one" || lw == "every" || lw == "any" {
					definite = false
					break
				}
				if lw == "the" || isPossessive(toks[k].Text) || lw == "his" || lw == "her" || lw == "their" || lw == "its" || lw == "whose" {
					definite = true
					break
				}
			}
			if !definite || common && j-i == 1 && !politicalWords[strings.ToLower(toks[i].Text)] || !common && j-i == 1 && (toks[i].UPOS == "ADJ" || adjectiveEnding(toks[i].Text)) {
				continue // "the Northern party" touring; "a Eurosceptic party"
			}
			switch {
			case common && politicalWords[strings.ToLower(toks[j-1].Text)]:
				// "the Left party", "the Social Democratic party": the
				// Left Party, the Social Democratic Party
				id := r.addName(si, i, j+1, "ORG")
				r.d.Mentions[id].Text = spanText(toks, i, j) + " Party"
			case tagged:
				// (the place inside the name becomes the name:
				// "Brothers of [Italy]")
				r.widen(int(r.d.at[si][m.Start]-1), i, j+1)
				m.Type, m.Text = "ORG", spanText(toks, i, j)
			default:
				// "the Popular Force party": the mention spans the noun,
				// so that the phrase names the party ("leads the Popular
				// Force party"), and is named without it
				id := r.addName(si, i, j+1, "ORG")
				r.d.Mentions[id].Text = spanText(toks, i, j)
			}
		}
	})
}

// partyPlurals are the plural nouns that name parties by their members:
// "the Greens", "the Social Democrats", "the Sweden Democrats".
var partyPlurals = map[string]bool{
	"Democrats": true, "Greens": true, "Socialists": true, "Communists": true, "Liberals": true,
	"Nationalists": true, "Unionists": true, "Progressives": true, "Republicans": true,
}

// chamberWords name the chambers and committees whose members a party's
// plural names: "House Democrats", "Senate Republicans".
var chamberWords = map[string]bool{
	"house": true, "senate": true, "congressional": true, "committee": true, "assembly": true, "parliamentary": true,
}

// pluralParties adds the parties named by their members that the
// recogniser left untagged: one or two capitalised words and a plural of
// partyPlurals ("Scholz's Social Democrats", "the Free Democrats of
// Christian Lindner"), or such a plural alone after "the" ("the Greens",
// "the Liberals"; "Democrats" and "Republicans" alone are the US parties,
// see legislatureNames), not inside a longer name.
func (r *resolver) pluralParties() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for j := range toks {
			if !partyPlurals[toks[j].Text] || at[j] != 0 || j+1 < len(toks) && capitalisedWord(toks[j+1].Text) {
				continue
			}
			i := j
			for i > 0 && j-i < 2 && at[i-1] == 0 && capitalisedWord(toks[i-1].Text) && !isAllCaps(toks[i-1].Text) && toks[i-1].UPOS != "DET" &&
				(toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "ADJ" || toks[i-1].UPOS == "NOUN") {
				i--
			}
			if i > 0 && capitalisedWord(toks[i-1].Text) && toks[i-1].UPOS != "DET" {
				continue // a longer name
			}
			if i == j && (partyNames[toks[j].Text] || j == 0 || !strings.EqualFold(toks[j-1].Text, "the")) ||
				i < j && (i == 0 || chamberWords[strings.ToLower(toks[i].Text)]) {
				continue // not "Most Republicans", "House Democrats"
			}
			if text := spanText(toks, i, j+1); i < j && r.gaz != nil && len(r.gaz.Lookup(text)) > 0 {
				continue // the gazetteer's: "Liberal Democrats"
			}
			r.addName(si, i, j+1, "ORG")
		}
	})
}

// adjectiveEnding reports whether w ends as adjectives of a creed do:
// "Eurosceptic", "Marxist", "Gaullist".
func adjectiveEnding(w string) bool {
	return strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ist")
}

// politicalWords are the common words that name parties before "party":
// "the Left party", "the Green party".
var politicalWords = map[string]bool{
	"left": true, "green": true, "labour": true, "labor": true, "liberal": true, "socialist": true,
	"communist": true, "conservative": true, "democratic": true, "republican": true, "national": true,
	"nationalist": true, "progressive": true, "reform": true, "centre": true, "center": true,
	"pirate": true, "justice": true, "freedom": true, "unity": true, "workers": true, "people's": true,
}

// bracketNames adds the organisations the recogniser left out that the
// article names with a short form in brackets after them: "Alternative
// for Germany (AfD)", "Law and Justice (PiS)", "uMkhonto we Sizwe (MK)".
// The name is a run of two to six words before the bracket, capitalised
// but for connectors inside, untagged or holding one place after "for" or
// "of", that opens no sentence of capitals and is no person's; the short
// form is two to six letters with two capitals or more, and spells other
// words than the run's (it comes from another language, and the run is a
// translated name: "Law and Justice (PiS)") or the run holds a place. A
// run whose initials it spells is a term as often as a name ("Gross
// Domestic Product (GDP)", "Digital Rights Management (DRM)"), and
// organisations among them have a head that orgNames reads.
func (r *resolver) bracketNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for b := 2; b+2 < len(toks); b++ {
			acr := toks[b+1].Text
			if toks[b].Text != "(" || toks[b+2].Text != ")" || !shortForm(acr) || at[b+1] != 0 && r.d.Mentions[at[b+1]-1].Type == "PERSON" {
				continue
			}
			i, words, inner := r.runBefore(toks, at, b)
			if words < 2 || i >= b || !capitalisedWord(toks[i].Text) || i > 0 && capitalisedWord(toks[i-1].Text) && toks[i-1].UPOS != "DET" || r.cutShort(toks, i) {
				continue
			}
			var ws []string
			for k := i; k < b; k++ {
				ws = append(ws, toks[k].Text)
			}
			if (spelt(acr, ws) || spelt(acr, ws[1:])) && inner < 0 {
				continue // a term ("Gross Domestic Product (GDP)"), or a name other rules find by its head
			}
			if inner >= 0 {
				r.widen(inner, i, b)
				r.d.Mentions[inner].Type = "ORG"
			} else if r.untagged(si, i, b) {
				r.addName(si, i, b, "ORG")
			} else {
				continue
			}
			if at[b+1] == 0 {
				r.addName(si, b+1, b+2, "ORG") // the short form, which then names it wherever it recurs
			}
		}
	})
}

// runBefore reads back from token b of a sentence (its tokens and
// mention index) the run of up to six tokens bracketNames takes for a
// name: capitalised words, connectors between them, and one place after
// "for" or "of". It returns where the run starts, how many words it has
// and the mention of the place inside, -1 for none.
func (r *resolver) runBefore(toks []nlp.Token, at []int32, b int) (start, words, inner int) {
	i, inner := b, -1
	for i > 0 && b-i < 6 {
		w := toks[i-1].Text
		switch {
		case at[i-1] != 0:
			m := &r.d.Mentions[at[i-1]-1]
			if inner >= 0 || m.Type != "LOC" || m.End != i || m.Start < 2 || toks[m.Start-1].Text != "for" && toks[m.Start-1].Text != "of" {
				return i, words, inner
			}
			inner, i, words = int(at[i-1]-1), m.Start, words+1
			continue
		case capitalisedWord(w) && (toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "NOUN" || toks[i-1].UPOS == "ADJ"):
			words++
		case (innerConnectors[w] || w == "we") && words > 0 && i-2 >= 0 && capitalisedWord(toks[i-2].Text):
		default:
			return i, words, inner
		}
		i--
	}
	return i, words, inner
}

// spelt reports whether the letters of short form acr (less a plural
// "s") are, in order, the initials of words ws, connectors in or out
// ("GDP", "TfL", "SDRs"), or their capitals ("PlayStation Portable
// (PSP)"). (bracketNames also asks without the first word: "French Gross
// Domestic Product (GDP)".)
func spelt(acr string, ws []string) bool {
	var all, content, caps strings.Builder
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		all.WriteRune(unicode.ToLower(r))
		if !innerConnectors[w] {
			content.WriteRune(unicode.ToLower(r))
		}
		for _, c := range w {
			if unicode.IsUpper(c) {
				caps.WriteRune(unicode.ToLower(c))
			}
		}
	}
	a := strings.ToLower(acr)
	if len(acr) > 2 && strings.HasSuffix(acr, "s") {
		a = a[:len(a)-1]
	}
	return a == all.String() || a == content.String() || a == caps.String()
}

// cutShort reports whether the capitalised run that opens at toks[i]
// may be the end of a longer name: after a glued hyphen ("National
// Hi-[Tech Crime Unit]") or a lower-case word after a capitalised one
// ("Office of the [Deputy Prime Minister]", "Commission on [Good
// Government]").
func (r *resolver) cutShort(toks []nlp.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1].Text
	if isHyphen(p) && !toks[i-1].SpaceAfter {
		return true
	}
	if capitalisedWord(p) || isPunct(p) && p != "," {
		return false
	}
	k := i - 2
	if k >= 0 && p == "the" && (innerConnectors[toks[k].Text] || toks[k].Text == "on") {
		k--
	}
	// (and after a comma in a list of capitalised words: "Board for
	// Margarine, [Fats and Oils]", "African, [Caribbean and Pacific]")
	return k >= 0 && capitalisedWord(toks[k].Text) && toks[k].UPOS != "DET"
}

// shortForm reports whether w looks like an organisation's short form:
// two to six letters, two of them or more capitals ("PiS", "AfD", "MK").
func shortForm(w string) bool {
	n, caps := 0, 0
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
		n++
		if unicode.IsUpper(c) {
			caps++
		}
	}
	return n >= 2 && n <= 6 && caps >= 2 && unicode.IsUpper([]rune(w)[0])
}

// partyOpeners open parties' names before a name the recogniser took
// for a whole one: "[New] Democratic Party", "[Social] Democratic Party".
var partyOpeners = map[string]bool{
	"new": true, "social": true, "liberal": true, "christian": true, "free": true, "popular": true,
	"progressive": true, "national": true, "united": true,
}

// holidayWords name feasts and days people hold parties on.
var holidayWords = map[string]bool{
	"christmas": true, "halloween": true, "easter": true, "eve": true, "year": true, "years": true,
	"birthday": true, "thanksgiving": true, "hanukkah": true, "diwali": true, "eid": true,
}

// lettersOnly reports whether w is made of letters alone.
func lettersOnly(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return w != ""
}

// geoNames adds the names of streets, squares and natural features the
// recogniser left untagged as places: one to three capitalised proper
// nouns or acronyms and a head of geoHeads ("Wall Street", "Tiananmen
// Square", "PNC Arena"), not
// inside a longer name ("Wall Street Journal") nor in a sentence of
// capitals.
func (r *resolver) geoNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		titled := titleCasedOnce(toks)
		for i := range toks {
			if !geoHeads[toks[i].Text] || at[i] != 0 {
				continue
			}
			end := compassAfter(toks, at, i+1)
			if end < len(toks) && (capitalisedWord(toks[end].Text) || !toks[end-1].SpaceAfter && isHyphen(toks[end].Text)) {
				continue // "Wall Street Journal", "Janet Street-Porter"
			}
			// the words before: proper nouns, or, inside a sentence not in
			// title case, capitalised common nouns and adjectives
			// ("Parliament Square", "the Western Highway")
			common := false // a common word joined: no proper noun before it ("Saks Fifth Avenue")
			name := func(k int) bool {
				t := &toks[k]
				if at[k] != 0 || !capitalisedWord(t.Text) {
					return false
				}
				if isAllCaps(t.Text) {
					// a sponsor's initials: "PNC Arena", "PPG Paints Arena"
					return acronymWord(t.Text)
				}
				if t.UPOS == "PROPN" {
					return !common
				}
				if k == 0 || t.UPOS != "NOUN" && t.UPOS != "ADJ" || r.isDemonym(t.Text) {
					return false // (a people's adjective: "the African mountains")
				}
				common = true
				return !titled()
			}
			start := i
			for start > 0 && i-start < 3 && name(start-1) {
				start--
			}
			if start == i || capitalisedBefore(toks, start) {
				continue
			}
			if streetAbbrevs[toks[i].Text] && start > 0 && allDigits(toks[start-1].Text) {
				continue // "220 South Michigan Ave": an address
			}
			r.add(Mention{Sentence: si, Start: start, End: end, Head: i, Text: spanText(toks, start, end), Type: "LOC", Kind: KindName, Entity: -1})
		}
	})
}

// venueNames adds the stadiums named first by their head, in Spanish,
// Portuguese, French or Italian, that the recogniser left untagged: "at
// the Estadio Monumental", "at Arena do Grêmio", "the club's new Arena
// MRV". The head (venueOpeners, or "Arena") is followed by one to three
// capitalised words or initials, maybe after a joining word ("do", "de",
// "del"), and no capitalised word after them.
func (r *resolver) venueNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		for i := 0; i+1 < len(toks); i++ {
			if at[i] != 0 || !venueOpeners[toks[i].Text] && toks[i].Text != "Arena" || capitalisedBefore(toks, i) {
				continue
			}
			e := i + 1
			if e < len(toks) && joinParticles[toks[e].Text] {
				e++
			}
			n := 0
			for e < len(toks) && n < 3 && at[e] == 0 && capitalisedWord(toks[e].Text) {
				e, n = e+1, n+1
			}
			if n == 0 || e < len(toks) && (capitalisedWord(toks[e].Text) || at[e] != 0) {
				continue
			}
			typ := "LOC"
			if lw := strings.ToLower(toks[e-1].Text); e == i+2 && toks[i].Text == "Stade" &&
				(strings.HasSuffix(lw, "ais") || strings.HasSuffix(lw, "ois") || strings.HasSuffix(lw, "ain")) {
				typ = "ORG" // "Stade Toulousain", "Stade Français": a club, named by its people's adjective
			}
			r.addName(si, i, e, typ)
			i = e - 1
		}
	})
}

// compassAfter returns where a street's or a feature's name that may end
// at token k ends: after a compass point that closes it ("Parnell Square
// East"), else at k.
func compassAfter(toks []nlp.Token, at []int32, k int) int {
	if k < len(toks) && at[k] == 0 && compassWords[toks[k].Text] && (k+1 == len(toks) || !capitalisedWord(toks[k+1].Text)) {
		return k + 1
	}
	return k
}

// geoHeadAfter extends a person or place mention mi over the untagged
// head of a street's or a natural feature's name right after it, which
// no surname is, and a compass point closing it, and makes it a place
// ("[Athens] International Airport" too):
// the recogniser tags "[Murray-Darling]PER Basin", "[Downing]PER Street",
// "[Parnell]PER Square East" (not "Damon Hill",
// a given name alone before it, nor "Wall Street Journal", a longer
// name).
func (r *resolver) geoHeadAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e+1 < len(toks) && toks[e].Text == "International" && at[e] == 0 && toks[e+1].Text == "Airport" {
		e++ // "[Athens] International Airport"
	}
	if e >= len(toks) || at[e] != 0 || !geoHeads[toks[e].Text] || surnameHeads[toks[e].Text] || capsSentence(toks) {
		return
	}
	end := compassAfter(toks, at, e+1)
	if end < len(toks) && (capitalisedWord(toks[end].Text) || !toks[end-1].SpaceAfter && isHyphen(toks[end].Text)) ||
		m.Type == "PERSON" && m.End-m.Start == 1 && r.isGivenName(toks[m.Start].Text) {
		return
	}
	r.widen(mi, m.Start, end)
	m.Type = "LOC"
}

// adminHeads end the names of counties, prefectures and provinces, in
// capitals after the name: "Maricopa County", "Kagoshima Prefecture".
var adminHeads = map[string]bool{
	"County": true, "Prefecture": true, "Province": true, "Oblast": true, "Governorate": true, "Parish": true,
	"Borough": true, "Township": true,
}

// adminHeadAfter extends person or place mention mi over the untagged
// head of a county's, prefecture's or province's name right after it
// and makes it a place, also before the title of its officer:
// "[Multnomah]PER County Chair Jessica Vega Pederson", "in [Kagoshima]
// Prefecture" (not "Orange County Register" or "Kildare County
// Council", longer names, nor a given name alone before it).
func (r *resolver) adminHeadAfter(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	e := m.End
	if e >= len(toks) || at[e] != 0 || !adminHeads[toks[e].Text] || capsSentence(toks) ||
		m.Type == "PERSON" && m.End-m.Start == 1 && r.isGivenName(toks[m.Start].Text) {
		return
	}
	if n := e + 1; n < len(toks) && capitalisedWord(toks[n].Text) && !isTitleWord(toks[n].Text) && !RoleNoun(strings.ToLower(toks[n].Text)) {
		return
	}
	r.widen(mi, m.Start, e+1)
	m.Type = "LOC"
}

// placeWords may open or join the words of a place's name: "Rio de
// Janeiro", "The Hague", "La Paz".
var placeWords = map[string]bool{
	"de": true, "del": true, "da": true, "do": true, "of": true, "the": true, "la": true, "le": true,
	"los": true, "las": true, "el": true, "al": true,
}

// placeBefore extends a place mention mi back over the one to three
// untagged words before it when they and the mention make the name of a
// place the gazetteer knows and the mention alone is none: a dateline's
// "RIO DE [JANEIRO]", "THE [HAGUE]", "in The [Hague]".
func (r *resolver) placeBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if r.isPlace(m.Text) || utf8.RuneCountInString(m.Text) < 3 {
		return // not "The [D]"
	}
	start := 0
	for k := m.Start - 1; k >= 0 && k >= m.Start-3 && at[k] == 0; k-- {
		w := toks[k].Text
		if !capitalisedWord(w) && !placeWords[strings.ToLower(w)] {
			break
		}
		if capitalisedWord(w) || strings.EqualFold(w, "the") {
			if text := spanText(toks, k, m.End); r.isPlace(text) && text != m.Text {
				start = k + 1
			}
		}
	}
	if start > 0 {
		r.widen(mi, start-1, m.End)
	}
}

// surnameHeads are the geoHeads that are surnames too: "Damon Hill",
// "Bill Lake", "Jayne Valley".
var surnameHeads = map[string]bool{"Hill": true, "Hills": true, "Island": true, "Lake": true, "Valley": true, "Coast": true, "Falls": true, "Lane": true, "Bay": true, "Dam": true}

// capitalisedBefore reports whether the word before token start is
// capitalised other than as the sentence's first word (a proper noun
// there counts), so that a name found at start may be the end of a
// longer one.
func capitalisedBefore(toks []nlp.Token, start int) bool {
	return start > 0 && capitalisedWord(toks[start-1].Text) && (start > 1 || toks[0].UPOS == "PROPN")
}

// ofWords join a name to the rest of a longer one: "Bank of Italy",
// "Republic of the Congo", "Rio de Janeiro".
var ofWords = map[string]bool{"of": true, "de": true}

// bigPlace reports whether the gazetteer's best place named name is a
// country, a world region of kg's own list ("Balkans", "Siberia") or a
// city of half a million people or more, named so and not
// by one of its alternative names ("Whitehall" is one of Atlanta's), and
// name is no common given name (see gazetteerPlaces).
func (r *resolver) bigPlace(name string) bool {
	pop, given := r.placeSize(name)
	return pop > 0 && (given < 30_000 || pop >= 100*given)
}

// placeSize returns the population of the big place bigPlace finds named
// name (1 for a region or a country of unknown population), or 0 or less
// for none, and the number of births the gazetteer counts for name as a
// given name.
func (r *resolver) placeSize(name string) (pop, given int) {
	if r.gaz == nil {
		return 0, 0
	}
	pop = -1
	for _, e := range r.gaz.Lookup(name) {
		switch {
		case e.Subtype == gazetteer.SubGiven:
			given = e.Population
		case e.Type == "LOC" && pop < 0:
			pop = 0
			if e.Subtype == gazetteer.SubCountry || e.Subtype == gazetteer.SubCity && e.Population >= 500_000 && sameName(e.Name, name) {
				pop = max(e.Population, 1)
			}
			if worldArea(e) {
				pop = 1 // a continent, world region, sea or mountain range of kg's own list
			}
		case e.Type != "LOC" && pop < 0:
			return 0, given // an organisation's name first
		}
	}
	return pop, given
}

// acronymOf reports whether the one word w of four letters or more, in
// any case, is made of the initials of the words of name, "of" and "for"
// included or not ("Opec" for Organization of Petroleum Exporting
// Countries, "Nato" for North Atlantic Treaty Organization).
func acronymOf(w, name string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false // "Emu", "Las" are words
	}
	var all, content strings.Builder
	for _, f := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(f)
		all.WriteRune(unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			content.WriteRune(r)
		}
	}
	u := strings.ToUpper(w)
	return u == all.String() || u == content.String()
}

// textSentences calls f with each sentence of the article not written in
// capitals (a headline in capitals is no place to find names by their
// capitals), its tokens and its mention index.
func (r *resolver) textSentences(f func(si int, toks []nlp.Token, at []int32)) {
	if r.caps == nil {
		// (a sentence's capitals are counted once: a dozen passes ask)
		r.caps = make([]bool, len(r.doc))
		for si := range r.doc {
			r.caps[si] = capsSentence(r.doc[si].Tokens)
		}
	}
	for si := range r.doc {
		if !r.caps[si] {
			f(si, r.doc[si].Tokens, r.d.at[si])
		}
	}
}

// legislatures are the names news gives a country's parliament alone,
// capitalised: "passed by Parliament", "the Knesset", "the Duma" (not the
// Syrian town).
var legislatures = map[string]bool{
	"Parliament": true, "Congress": true, "Senate": true, "Knesset": true, "Duma": true, "Bundestag": true,
	"Bundesrat": true, "Majlis": true, "Sejm": true, "Storting": true, "Riksdag": true, "Folketing": true,
	"Eduskunta": true, "Althing": true, "Oireachtas": true, "Dail": true, "Seanad": true, "Verkhovna Rada": true,
	"Rada": true, "Lok Sabha": true, "Rajya Sabha": true, "Cortes": true, "Bundesversammlung": true,
	"House of Lords": true, "House of Commons": true, "House of Representatives": true,
	"House of Councillors": true, "House of Delegates": true, "Lords": true,
	"Seimas": true, "Saeima": true, "Riigikogu": true, "Sabor": true, "Skupstina": true,
	"Dáil": true, "Jatiya Sangsad": true, "Dewan Rakyat": true, "Great Khural": true, "State Great Khural": true,
	"Grand National Assembly": true, "Mazhilis": true, "Oliy Majlis": true, "Legislative Yuan": true, "Executive Yuan": true,
}

// partyNames are the short names news gives political parties alone:
// "the Tory plans", "a GOP senator".
var partyNames = map[string]bool{
	"Tory": true, "Tories": true, "Conservatives": true, "GOP": true, "Lib Dem": true, "Lib Dems": true,
	"Liberal Democrat": true, "Labour": true, "SNP": true, "DUP": true, "UKIP": true, "Ukip": true,
	"Democrats": true, "Republicans": true,
}

// bodyNames are the short names news gives a few state bodies alone:
// "the Fed", "the Treasury".
var bodyNames = map[string]bool{"Fed": true, "Treasury": true}

// legislatureNames adds the capitalised names of parliaments, of a few
// state bodies and the short names of parties the recogniser left
// untagged, standing alone ("Parliament rejected the deal", "approved by
// the Knesset", "before the House of Commons", "the Fed", "Labour's
// shadow home secretary"; not "Labour costs rose"), as organisations.
func (r *resolver) legislatureNames() {
	r.textSentences(func(si int, toks []nlp.Token, _ []int32) {
		for i := range toks {
			if !legislatureFirst[toks[i].Text] {
				continue
			}
			for n := min(3, len(toks)-i); n >= 1; n-- {
				text := spanText(toks, i, i+n)
				if !legislatures[text] && !bodyNames[text] && !partyNames[text] || !r.untagged(si, i, i+n) {
					continue
				}
				if i > 0 && capitalisedWord(toks[i-1].Text) && !strings.EqualFold(toks[i-1].Text, "the") ||
					i+n < len(toks) && capitalisedWord(toks[i+n].Text) && (partyNames[text] || !titleBeforeName(toks, i+n)) {
					// part of a longer name: "European Parliament", "Congress
					// Party"; not a body's before a title, "Fed Chair Jerome
					// Powell" (but "Labour Minister Ghazi al-Gosaibi" is one)
					break
				}
				if partyNames[text] && (opening(toks, i) && i+n < len(toks) && toks[i+n].UPOS == "NOUN" && !titleBeforeName(toks, i+n) && !r.namedMidSentence(text) ||
					i > 0 && toks[i-1].Text == "of" || inOrgName(toks, i)) {
					// a common noun: "Labour costs rose" opening a sentence
					// of an article that names no party inside one (but
					// "Labour leader Neil Kinnock"), "the Study of Labour",
					// "Office of Industry, Trade and Labour"
					break
				}
				r.add(Mention{Sentence: si, Start: i, End: i + n, Head: i, Text: text, Type: "ORG", Kind: KindName, Entity: -1})
				break
			}
		}
	})
}

// opening reports whether toks[i] opens its sentence, after punctuation
// only ("\"Labour is").
func opening(toks []nlp.Token, i int) bool {
	for k := 0; k < i; k++ {
		if !isPunct(toks[k].Text) {
			return false
		}
	}
	return true
}

// namedMidSentence reports whether the article writes text inside a
// sentence after a word, where its capitals make it a name, and not inside
// a longer name ("the Higher Labour Tribunal").
func (r *resolver) namedMidSentence(text string) bool {
	words := strings.Fields(text)
	for si := range r.doc {
		toks := r.doc[si].Tokens
	next:
		for j := 1; j+len(words) <= len(toks); j++ {
			for k, w := range words {
				if toks[j+k].Text != w {
					continue next
				}
			}
			if !opening(toks, j) && !capitalisedWord(toks[j-1].Text) && (j+len(words) == len(toks) || !capitalisedWord(toks[j+len(words)].Text)) {
				return true
			}
		}
	}
	return false
}

// titleBeforeName reports whether toks[k] is a person's title before a
// capitalised word: "Labour leader Neil Kinnock" (not "Labour leaders
// said", "Labour minister, Alfredo Franco").
func titleBeforeName(toks []nlp.Token, k int) bool {
	return RoleNoun(lemmaOf(&toks[k])) && k+1 < len(toks) && capitalisedWord(toks[k+1].Text)
}

// inOrgName reports whether the capitalised words, commas and
// connectors right before toks[i] hold an organisation's head, so that
// toks[i] ends that organisation's name: "the Federal Office of
// Industry, Trade and Labour"; not "Michael Howard and Liberal Democrat
// leader Charles Kennedy".
func inOrgName(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := toks[k].Text
		switch {
		case nameConnectors[w] || w == ",":
		case capitalisedWord(w):
			if orgHeads[strings.ToLower(w)] {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// legislatureFirst holds the first words of legislatures, bodyNames and
// partyNames.
var legislatureFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, names := range []map[string]bool{legislatures, bodyNames, partyNames} {
		for n := range names {
			w, _, _ := strings.Cut(n, " ")
			m[w] = true
		}
	}
	return m
}()

// productUse reports whether the one-word maker's name at toks[i] names
// one of its products: after "a" or "an" ("I have a Saab"), or before a
// model number ("Volvo XC90", "Airbus A380").
func productUse(toks []nlp.Token, i int) bool {
	if i > 0 && (strings.EqualFold(toks[i-1].Text, "a") || strings.EqualFold(toks[i-1].Text, "an")) {
		return true
	}
	return i+1 < len(toks) && strings.ContainsAny(toks[i+1].Text, "0123456789") && capitalisedWord(toks[i+1].Text)
}

// isOrgEntry reports whether gazetteer entry e is an organisation's, a
// company's or a body's.
func isOrgEntry(e gazetteer.Entry) bool {
	return e.Subtype == gazetteer.SubOrg || e.Subtype == gazetteer.SubCompany || e.Subtype == gazetteer.SubBody
}

// knownOrgWord reports whether the gazetteer knows w, written with its
// capitals, as the name of an organisation (Twitter, Greenpeace, Warner
// Brothers): a one-word name must be the entry's own name, its acronym
// in any case ("Opec", "Uefa"), a hyphenated other name ("Wal-Mart") or
// another name of a body ("Houthis", "Nasa"), not a looser key ("Times"
// is not The Times, "Office" not the Met Office).
func (r *resolver) knownOrgWord(w string) bool {
	if r.gaz == nil {
		return false
	}
	oneWord := !strings.Contains(w, " ")
	org := false
	for _, e := range r.gaz.Lookup(w) {
		if !isOrgEntry(e) {
			continue
		}
		if e.Name == w || !oneWord || acronymOf(w, e.Name) || strings.Contains(w, "-") {
			return true
		}
		org = true
	}
	return org && r.bodyName(w) // (looked up again only for an organisation's name)
}

// theOrgName reports whether the one word toks[i], after "the", makes with
// it the name of an organisation the gazetteer writes with "The": "an
// article for the Times", "told the Independent" (The Times, The
// Independent).
func (r *resolver) theOrgName(toks []nlp.Token, i int) bool {
	return i > 0 && strings.EqualFold(toks[i-1].Text, "the") && r.nameWithThe(toks[i].Text, "ORG")
}

// nameWithThe reports whether the gazetteer has an organisation (typ
// "ORG") or a place ("LOC") whose own name is "The " and name: "Times"
// (The Times), "Independent", "Hague" (The Hague; not "Valley", a common
// word, for The Valley in Anguilla).
func (r *resolver) nameWithThe(name, typ string) bool {
	if r.gaz == nil {
		return false
	}
	for _, e := range r.gaz.Lookup("The " + name) {
		if (typ == "ORG" && isOrgEntry(e) || typ == "LOC" && e.Type == "LOC" && !r.commonWord(name)) && e.Name == "The "+name {
			return true
		}
	}
	return false
}

// bodyName reports whether name, written as it is, is one of the other
// names kg's list gives one of its bodies ("Fed", "Houthis", "Uefa"),
// not a word of the body's name ("Office" for the Met Office) nor a
// name written otherwise ("Cia", a company's abbreviation in Portuguese,
// is no CIA). The other names of bodies are kg's own and no former
// names, so that they may name the body alone. It needs a gazetteer that
// can look names up as written (LookupWritten).
func (r *resolver) bodyName(name string) bool {
	g, ok := r.gaz.(interface {
		LookupWritten(name string) []gazetteer.Entry
	})
	if !ok {
		return false
	}
	for _, e := range g.LookupWritten(name) {
		if e.Subtype == gazetteer.SubBody && !slices.Contains(strings.Fields(e.Name), name) {
			return true
		}
	}
	return false
}

// clubHeads end the names of sports clubs: "Manchester United", "Blackburn
// Rovers", "Paris Saint-Germain FC".
var clubHeads = map[string]bool{
	"United": true, "Rovers": true, "Athletic": true, "Wanderers": true, "Albion": true,
	"Hotspur": true, "FC": true, "AFC": true, "AC": true, "AAC": true, "Harriers": true, "Rangers": true,
	// clubs' designators in other languages: "Qarabağ FK", "Rosenborg BK"
	// (not "SC", a Senior Counsel's: "Nanette Rogers SC")
	"FK": true, "BK": true, "SK": true, "NK": true, "IF": true, "CF": true,
}

// isClubName reports whether a name of two words or more ends in a club
// head ("Leeds United"; not "United States") or starts with a club's
// prefix ("Real Madrid", "Inter Milan", "Bayern Munich").
func isClubName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && (f[0] != "United" && clubHeads[f[len(f)-1]] || clubPrefixes[f[0]])
}

// orgDesignators end the names of organisations and nothing else: legal
// forms of companies ("Ford Motor Co", "Hoechst AG", "Pearson Plc") and
// heads no surname or place shares ("Lowell Observatory", "Jet Propulsion
// Laboratory", "Emory University", "Delta Airlines"). Heads that are also
// surnames or name buildings (Bank, Court, Hall, Church, House) are not
// among them.
var orgDesignators = map[string]bool{
	"Co": true, "Co.": true, "Corp": true, "Corp.": true, "Inc": true, "Inc.": true, "Ltd": true,
	"Ltd.": true, "Plc": true, "PLC": true, "plc": true, "LLC": true, "LLP": true, "AG": true, "SA": true,
	"S.A.": true, "NV": true, "N.V.": true, "GmbH": true, "SpA": true, "Bros": true, "Bros.": true,
	"University": true, "Observatory": true, "Laboratory": true, "Laboratories": true, "Institute": true,
	"Industries": true, "Airlines": true, "Airways": true, "Committee": true, "Commission": true,
	"Ministry": true, "Agency": true, "Association": true, "Corporation": true, "Foundation": true,
	"Council": true, "International": true, "College": true, "Club": true,
}

// isDesignatedOrg reports whether name has two or more words and ends in
// one of orgDesignators, or is one capitalised word ending in "corp"
// ("Citicorp", "Bancorp": American companies spell their legal form into
// the name).
func isDesignatedOrg(name string) bool {
	f := strings.Fields(name)
	if len(f) == 1 {
		w := f[0]
		r, _ := utf8.DecodeRuneInString(w)
		return len(w) >= 6 && unicode.IsUpper(r) && strings.HasSuffix(strings.ToLower(w), "corp")
	}
	// "Douglas & Lomason", "Procter & Gamble": partners, a firm
	return len(f) >= 2 && orgDesignators[f[len(f)-1]] || len(f) >= 3 && slices.Contains(f[1:len(f)-1], "&")
}

// legalForms are the words of a company's legal form as NameKey writes
// them ("Co." is co): a name is the same company's without them.
var legalForms = map[string]bool{
	"co": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "llp": true,
	"ag": true, "sa": true, "nv": true, "gmbh": true, "spa": true, "corporation": true,
	"company": true, "cos": true, "kk": true, "bhd": true, "pty": true, "lp": true, "l.p": true,
	// Nordic, Dutch, Singaporean and German forms, and dotted ones as
	// isLegalForm sees a token ("S.A." s.a; NameKey splits it)
	"ab": true, "oy": true, "oyj": true, "a/s": true, "bv": true, "b.v": true, "pte": true, "kgaa": true,
	"s.a": true, "n.v": true, "s.p.a": true,
	// Japanese: "Shoei Kisen Kaisha", "Nippon Yusen Kabushiki Kaisha"
	"kaisha": true,
	// Russian, Central and Eastern European: "Belaruskali OAO", "Lukoil
	// PJSC", "Starting d.o.o.", "Eustream, a.s.", "MOL Nyrt"
	"oao": true, "ojsc": true, "pjsc": true, "jsc": true, "zao": true, "ooo": true, "eood": true,
	"a.d": true, "d.d": true, "d.o.o": true, "doo": true, "a.s": true, "s.r.o": true, "kft": true,
	"zrt": true, "nyrt": true, "srl": true, "s.r.l": true, "sarl": true,
}

// rareLegalForms are the legal forms the recogniser, trained on English
// text, rarely saw, after which legalFormNames finds untagged names.
var rareLegalForms = map[string]bool{
	"oao": true, "ojsc": true, "pjsc": true, "jsc": true, "zao": true, "ooo": true, "eood": true,
	"doo": true, "kft": true, "zrt": true, "nyrt": true, "srl": true, "sarl": true,
}

// capitalLegalForms are legal forms written in capitals only, as they are
// words in lower case: "Lukoil Neftohim Burgas AD", "Equinor ASA" (not
// the European company's "SE", also a model's: "Macintosh SE", "FT-SE").
var capitalLegalForms = map[string]bool{"AD": true, "EAD": true, "AS": true, "ASA": true}

// isLegalForm reports whether the word w is a company's legal form, in
// any case, with or without its dot ("Inc", "Corp.", "PLC").
func isLegalForm(w string) bool {
	return legalForms[strings.ToLower(strings.TrimSuffix(w, "."))] || capitalLegalForms[w]
}

// dottedForm reports whether the word w is a legal form written with
// inner dots, in lower case as such forms are: "d.o.o.", "a.s.".
func dottedForm(w string) bool {
	return isLegalForm(w) && strings.Contains(strings.TrimSuffix(w, "."), ".")
}

// firmEnd reports whether toks, a name of two words or more, is a
// company's or an institution's whoever it is named after, by its last
// word: a legal form ("Electric Co"), a firm's head ("Salomon Brothers",
// "Warner Bros", "Sequoia Capital", "Hindenburg Research"), a company's
// head or an organisation's head in capitals ("Reagan
// Administration", "Royal Bank", "Walter Reed Army Institute"), but for
// the heads that are also surnames after a common given name ("Margaret
// Court").
func (r *resolver) firmEnd(toks []nlp.Token) bool {
	w := toks[len(toks)-1].Text
	return isLegalForm(w) || firmHeads[w] || companyHeads[w] ||
		orgHeadWord(w) && !(surnameOrgHeads[strings.ToLower(w)] && len(toks) == 2 && r.givenCount(toks[0].Text) >= surnameGivenMin)
}

// orgHeadWord reports whether w is an organisation's head in capitals.
func orgHeadWord(w string) bool { return capitalisedWord(w) && orgHeads[strings.ToLower(w)] }

// surnameOrgHeads are the organisations' heads that are also surnames
// ("Margaret Court", "Robert Service").
var surnameOrgHeads = map[string]bool{"court": true, "service": true}

// isBankForm reports whether w is a US bank's "NA" (national
// association), in any case, with or without dots: "Wells Fargo Bank NA",
// "Citibank N.A.". It is no legal form elsewhere ("NA" also stands for
// "not available").
func isBankForm(w string) bool { return strings.EqualFold(strings.ReplaceAll(w, ".", ""), "na") }

// withoutLegalForm returns the name key without the legal form at its end
// and the "and" or "&" that joins it ("merrill lynch and co" is merrill
// lynch, "salomon brothers inc" salomon brothers), or key itself.
func withoutLegalForm(key []string) []string {
	n := len(key)
	for n > 1 {
		if legalForms[key[n-1]] || capitalLegalForms[strings.ToUpper(key[n-1])] {
			n--
		} else if m := dottedTail(key[:n]); m > 0 {
			n -= m // "s a" of "S.A.", "d o o" of "d.o.o."
		} else {
			break
		}
	}
	if n < len(key) && n > 1 && (key[n-1] == "and" || key[n-1] == "&") {
		n--
	}
	return key[:n]
}

// dottedTail returns how many single letters, two to four, end key
// (after the first word) and make a dotted legal form, as NameKey splits
// "S.A." or "d.o.o."; 0 if none do.
func dottedTail(key []string) int {
	for m := 4; m >= 2; m-- {
		if len(key)-m < 1 {
			continue
		}
		tail := key[len(key)-m:]
		single := true
		for _, w := range tail {
			single = single && len(w) == 1
		}
		if single && legalForms[strings.Join(tail, ".")] {
			return m
		}
	}
	return 0
}

// hasLegalForm reports whether the name key ends in a company's legal
// form ("salomon brothers inc").
func hasLegalForm(key []string) bool { return len(withoutLegalForm(key)) < len(key) }

// onlyLegalForms reports whether every word of key is a legal form.
func onlyLegalForms(key []string) bool {
	for _, w := range key {
		if !legalForms[w] {
			return false
		}
	}
	return true
}

// tickerAfter reports whether the tokens from i on are a stock ticker in
// brackets, which only follows a company's name: Reuters' "Citicorp <CCI>",
// "Moet-Hennessy <MHSP.PA>", "Apple Inc (AAPL.O)", "Tesla (NASDAQ: TSLA)", "IBM (NYSE:IBM)".
func tickerAfter(toks []nlp.Token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	open, closer := toks[i].Text, ""
	switch open {
	case "<":
		closer = ">"
	case "(":
		closer = ")"
	default:
		return false
	}
	j := i + 1
	if open == "(" && j+2 < len(toks) && stockExchanges[strings.ToUpper(toks[j].Text)] && toks[j+1].Text == ":" {
		j += 2 // "(NASDAQ: TSLA)"
	}
	if j+1 >= len(toks) || toks[j+1].Text != closer {
		return false
	}
	sym := toks[j].Text
	if open == "(" && j == i+1 {
		// a bare symbol in round brackets is an acronym as often as a
		// ticker: only an exchange's prefix or suffix makes it one
		if k := strings.IndexByte(sym, ':'); k > 0 && stockExchanges[strings.ToUpper(sym[:k])] {
			sym = sym[k+1:]
		} else if k := strings.LastIndexByte(sym, '.'); k > 0 && k >= len(sym)-2 {
			sym = sym[:k]
		} else {
			return false
		}
	} else if k := strings.LastIndexByte(sym, '.'); open == "<" && k > 0 && k < len(sym)-1 && k >= len(sym)-3 {
		sym = sym[:k] // a Reuters instrument code, "<MHSP.PA>": the exchange's suffix
	}
	return isTickerSymbol(sym)
}

// stockExchanges prefix tickers: "(NYSE: IBM)".
var stockExchanges = map[string]bool{
	"NYSE": true, "NASDAQ": true, "AMEX": true, "LSE": true, "TSX": true, "ASX": true,
	"NYSEARCA": true, "OTC": true, "TSE": true, "HKEX": true, "SGX": true, "NSE": true, "BSE": true,
}

// isTickerSymbol reports whether s is one to five capital letters.
func isTickerSymbol(s string) bool {
	if len(s) == 0 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// clubPrefixes start the names of sports clubs on the continent.
var clubPrefixes = map[string]bool{
	"Real": true, "Inter": true, "AC": true, "Atletico": true, "Atlético": true, "Bayern": true,
	"Borussia": true, "Sporting": true, "Dynamo": true, "Dinamo": true, "Olympique": true,
	"Deportivo": true, "Racing": true, "Steaua": true, "Lokomotiv": true, "Spartak": true, "CSKA": true,
	"Partizan": true, "Slavia": true, "Sparta": true, "Legia": true, "Werder": true, "Hertha": true,
	"Eintracht": true, "Bayer": true, "Schalke": true,
	// clubs' initials before a town's name: "FC Barcelona", "AS Monaco",
	// "RC Lens", "VfB Stuttgart", "FK Partizan" ("US" is a country's)
	"FC": true, "AS": true, "CF": true, "CD": true, "RC": true, "SD": true, "UD": true, "SC": true,
	"SV": true, "VfB": true, "VfL": true, "TSG": true, "FK": true, "NK": true,
}

// eventHeads end the names of sporting events and competitions, which
// news writes like organisations or places ("the Athens Olympics", "the
// US Open", "the London Marathon", "the Grand Slam"). The value is the
// least number of words the name needs: "Olympics" alone names the event,
// "Open" and "Cup" alone do not.
var eventHeads = map[string]int{
	"Olympics": 1, "Paralympics": 1, "Olympiad": 1, "Championship": 2, "Championships": 1,
	"Open": 2, "Cup": 2, "Trophy": 2, "Tournament": 2, "Prix": 2, "Marathon": 2, "Slam": 2,
	"Regatta": 2, "Games": 2, // "Commonwealth Games", "Asian Games"
	"Derby": 2, "Stakes": 2, // "Kentucky Derby", "Belmont Stakes" (not "Derby" alone, a town)
	"Award": 2, "Awards": 2, // "Academy Award", "Brit Awards": prizes and their ceremonies
	"Week": 2, "Festival": 2, "Summit": 2, // "Paris Fashion Week", "Cannes Film Festival", "the Venice Summit"
}

// stormWords open the names of storms, which are events: "Hurricane
// Katrina", "Storm Ciarán", "Tropical Storm Dora".
var stormWords = map[string]bool{"Hurricane": true, "Storm": true, "Typhoon": true, "Cyclone": true}

// isEventHead reports whether w ends the names of events: "Cup".
func isEventHead(w string) bool {
	_, ok := eventHeads[w]
	return ok
}

// climateEvents are the warmings and coolings of the Pacific news names
// like persons, folded: "El Niño", "La Niña".
var climateEvents = map[string]bool{"el nino": true, "la nina": true, "el ninos": true, "la ninas": true}

// isEventName reports whether name ends in an event head and has the words
// the head needs ("Athens Olympics", "French Open"; not "Open"), or is a
// storm's ("Typhoon Haiyan"; not "Hannah Storm").
func isEventName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	if len(f) >= 2 && (stormWords[f[0]] || len(f) >= 3 && f[0] == "Tropical" && f[1] == "Storm") && !orgHeadWord(f[len(f)-1]) {
		return true // (not "Storm Prediction Center", "Hurricane Research Division")
	}
	if climateEvents[latin.Fold(name)] {
		return true // "El Niño", "La Niña"
	}
	if len(f) >= 2 && f[0] == "Prix" {
		return true // "Prix Goncourt", "Prix de l'Arc de Triomphe": a prize or a race
	}
	n, ok := eventHeads[f[len(f)-1]]
	return ok && len(f) >= n
}

// romanNumeral reports whether w is written only with the letters of
// Roman numerals, as regnal and generational numbers are ("III", "XVI").
func romanNumeral(w string) bool {
	for _, c := range w {
		if !strings.ContainsRune("IVXLCDM", c) {
			return false
		}
	}
	return w != ""
}

// endsInAcronym reports whether name, two words or more, ends in an
// acronym of three letters or more that is no Roman numeral and no
// letters after a person's name ("MSP", "OBE"): "Sydney YIMBY", "Hutton
// LBO" name bodies, not persons.
func endsInAcronym(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || isAllCaps(f[0]) {
		return false
	}
	last := f[len(f)-1]
	return acronymWord(last) && len(last) >= 3 && !romanNumeral(last) && !isPost(last) && !legislatorLetters[last]
}

// legislatorLetters are written after the names of members of
// parliaments and assemblies other than "MP" (a party role: isPost), and
// of fellows of the Royal Society: "Tom McCabe MSP".
var legislatorLetters = map[string]bool{"MSP": true, "MEP": true, "MLA": true, "MPP": true, "MHA": true, "MNA": true, "FRS": true}

// acronymWord reports whether w is two or more capitals and digits
// starting with a capital: G8, NATO.
func acronymWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// capsSentence reports whether most words of a sentence are written in
// capitals, as headlines and shouted text are.
func capsSentence(toks []nlp.Token) bool {
	caps, words := countWords(toks, isAllCaps)
	return words > 0 && caps*2 > words
}

// countWords returns the number of words of toks (tokens opening with a
// letter) and of those of them that is reports true for.
func countWords(toks []nlp.Token, is func(string) bool) (yes, words int) {
	for i := range toks {
		w := toks[i].Text
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			continue
		}
		words++
		if is(w) {
			yes++
		}
	}
	return yes, words
}

// legalTail extends a name mention mi over the untagged, capitalised
// legal forms the recogniser left after it, and makes it an
// organisation: "[Upland Associates] L.P.", "[Merrill Lynch] Inc". A
// country's name alone is a company's only after a capitalised word
// that may open it (legalFormFirst: "Gulf [Canada] Corp"): not "Kenya
// AB FAQ" (a coffee's grade), "the first [U.K.] Company".
func (r *resolver) legalTail(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	if m.End-m.Start == 1 && r.isCountry(m.Text) && (m.Start == 0 || !capitalisedWord(toks[m.Start-1].Text)) {
		return
	}
	e := m.End
	// (British style writes "plc" in lower case: "Rio Tinto plc")
	for e < len(toks) && at[e] == 0 && isLegalForm(toks[e].Text) && (capitalisedWord(toks[e].Text) || toks[e].Text == "plc" || dottedForm(toks[e].Text)) {
		e++
	}
	if isLegalForm(toks[e-1].Text) {
		e = r.secondForm(toks, at, e) // "[Hybe Co.], Ltd"
	}
	if e > m.End && !capsSentence(toks) {
		r.widen(mi, m.Start, e)
		m.Type = "ORG"
	}
}

// legalFormFirst extends organisation mention mi, one or two words and a
// legal form, back over the one or two untagged capitalised proper nouns
// or adjectives (or nouns inside the run: "Sumitomo Metal [Mining Co.,
// Ltd]") the recogniser left before it: "Chase [Manhattan Corp]",
// "General [Electric Co]" (General a title elsewhere). Not over a date's
// word, nor a sentence's first word unless a proper noun.
func (r *resolver) legalFormFirst(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	// (a legal form alone, "Shoei Kisen [Kaisha]PER", takes the words
	// before it as well)
	bare := m.End-m.Start == 1 || onlyLegalForms(NameKey(m.Text))
	if capsSentence(toks) || !isLegalForm(toks[m.End-1].Text) ||
		!bare && !shortBeforeLegalForm(toks, nlp.Span{Start: m.Start, End: m.End}) {
		return
	}
	s, most := m.Start, 2
	if bare {
		most = 3 // "[Jardine Fleming Securities] Ltd"
	}
	for s > 0 && m.Start-s < most && at[s-1] == 0 && capitalisedWord(toks[s-1].Text) &&
		(toks[s-1].UPOS == "PROPN" || toks[s-1].UPOS == "ADJ" || toks[s-1].UPOS == "NOUN" && s > 1 && capitalisedWord(toks[s-2].Text)) &&
		!calendarWords[strings.ToLower(toks[s-1].Text)] && (s > 1 || toks[0].UPOS == "PROPN") {
		s--
	}
	if bare && r.widenBefore(m.Sentence, s, m.End) {
		return // "[Long Island]LOC Lighting [Co]ORG": one company
	}
	if s < m.Start {
		r.widen(mi, s, m.End)
	}
}

// widenBefore widens the name mention of sentence si that ends at token s,
// a place's, a body's or a person's, to end, as a company's name: the
// recogniser cut "[Whippany]LOC Paper Board Co Inc", "[ANR]ORG Pipeline
// Co". It reports whether there was one to widen.
func (r *resolver) widenBefore(si, s, end int) bool {
	toks, at := r.doc[si].Tokens, r.d.at[si]
	if s == 0 || at[s-1] == 0 || !capitalisedWord(toks[s-1].Text) || glued(toks, s) {
		return false
	}
	p := int(at[s-1] - 1)
	if pm := &r.d.Mentions[p]; pm.End != s || pm.Kind != KindName || !keptTypes[pm.Type] {
		return false
	}
	r.widen(p, r.d.Mentions[p].Start, end)
	r.d.Mentions[p].Type = "ORG"
	return true
}

// legalFormNames adds as organisations the untagged names of one to four
// capitalised words before a legal form the recogniser rarely saw
// (rareLegalForms, capitalLegalForms, dotted ones), untagged too: "sanctions on Belaruskali OAO",
// "through Electric Power Plants OJSC", "Kazakhstan Nuclear Power Plants
// LLP", "a subcontractor, Starting d.o.o.,". Not where a name or a
// capitalised word the run does not take comes right before it, nor
// after a hyphen ("Accu-Weather"), nor from
// a sentence's first word unless a proper noun, nor in a sentence in
// capitals. A form in capitals opening a name takes the name after it:
// "Russia's OAO Mobile Telesystems".
func (r *resolver) legalFormNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		if capsSentence(toks) {
			return
		}
		for k := 0; k < len(toks); k++ {
			w := toks[k].Text
			if isAllCaps(w) && rareLegalForms[strings.ToLower(w)] && k+1 < len(toks) && at[k+1] == 0 {
				// Russian style puts the form first: "Russia's OAO
				// Mobile Telesystems", "PJSC Lukoil"
				e := k + 1
				for e < len(toks) && e-k <= 3 && at[e] == 0 && capitalisedWord(toks[e].Text) && !isLegalForm(toks[e].Text) {
					e++
				}
				if e > k+1 {
					if m := at[k]; m == 0 {
						r.addName(si, k, e, "ORG")
					} else if r.d.Mentions[m-1].Start == k && r.d.Mentions[m-1].End == k+1 {
						r.widen(int(m-1), k, e)
						r.d.Mentions[m-1].Type = "ORG"
					}
					k = e - 1
					continue
				}
			}
			if dottedForm(w) || capitalLegalForms[w] || capitalisedWord(w) && rareLegalForms[strings.ToLower(w)] {
				r.nameBeforeForm(si, toks, at, k)
			}
		}
	})
}

// commonLegalNames adds as companies the untagged names of one to four
// capitalised words before a common legal form written short, after
// every other pass has named what it knows: "and Sumitomo Metal Mining
// Co., Ltd". As legalFormNames, not where a name or another capitalised
// word comes right before the run.
func (r *resolver) commonLegalNames() {
	r.textSentences(func(si int, toks []nlp.Token, at []int32) {
		if capsSentence(toks) {
			return
		}
		for k := 1; k < len(toks); k++ {
			if w := strings.TrimSuffix(toks[k].Text, "."); (capitalisedWord(w) || w == "plc") && isLegalForm(w) && len(w) <= 4 {
				r.nameBeforeForm(si, toks, at, k)
			}
		}
	})
}

// nameBeforeForm adds as a company the untagged run of one to four
// capitalised words before the legal form at token k, itself untagged,
// with a second form after a comma ("Hybe Co., Ltd"), or widens the name
// right before the run to the form (widenBefore); no determiner,
// legal form or word glued after a hyphen in the run, no name, other
// capitalised word or word joining names (nameJoiners) right before it,
// and a sentence's first word only if a proper noun.
func (r *resolver) nameBeforeForm(si int, toks []nlp.Token, at []int32, k int) {
	if k == 0 || at[k] != 0 {
		return
	}
	s := k
	for s > 0 && k-s < 4 && at[s-1] == 0 && capitalisedWord(toks[s-1].Text) && toks[s-1].UPOS != "DET" && !isLegalForm(toks[s-1].Text) {
		s--
	}
	end := r.secondForm(toks, at, k+1)
	if s < k && r.widenBefore(si, s, end) {
		return // "[Long Island]LOC Lighting Co"
	}
	// (a company's name ending in its own legal form before "and" is
	// no part of this one: "[Fingrid Oyj] and Elering AS")
	joined := s > 0 && nameJoiners[toks[s-1].Text] && !(s >= 2 && at[s-2] != 0 && isLegalForm(toks[s-2].Text))
	if s == k || s > 0 && (at[s-1] != 0 || capitalisedWord(toks[s-1].Text) || glued(toks, s) || joined) ||
		s == 0 && toks[0].UPOS != "PROPN" {
		return // (the rest of a longer name: "Bozrah Light and [Power Co]", "Cable and [Wireless Plc]")
	}
	r.addName(si, s, end, "ORG")
}

// nameJoiners join the parts of one company's name: "Smith and Nephew",
// "Marsh & McLennan", "Bank of Boston", "Banco de Bilbao".
var nameJoiners = map[string]bool{"and": true, "&": true, "of": true, "de": true, "für": true}

// secondForm returns the end of a company's name ending before token e
// in a legal form, past a comma and a second form after it, untagged
// ("Co., Ltd"), or e.
func (r *resolver) secondForm(toks []nlp.Token, at []int32, e int) int {
	if e+1 < len(toks) && toks[e].Text == "," && at[e] == 0 && isLegalForm(toks[e+1].Text) && capitalisedWord(toks[e+1].Text) &&
		isLegalForm(toks[e-1].Text) {
		// (the recogniser may tag the second form alone: "[Ltd]ORG")
		if m := at[e+1]; m == 0 || r.d.Mentions[m-1].Start == e+1 && r.d.Mentions[m-1].End == e+2 {
			return e + 2
		}
	}
	return e
}

// orgHeadBefore extends organisation mention mi back over "for" or "of"
// and the untagged capitalised words before it when the recogniser began
// the name after them: "Cinema for [Peace Foundation]", "Office for
// [National Statistics]", "Office of the [UN High Commissioner for Human
// Rights]". A title or role before the connector is no part
// of a name ("Chairman of [Microsoft]"), "of" joins only after an
// organisation head ("Users of Apple"), and a name the gazetteer knows
// whole stays as it is ("ICM for BBC").
func (r *resolver) orgHeadBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks := r.doc[m.Sentence].Tokens
	at := r.d.at[m.Sentence]
	s := m.Start
	if s >= 3 && toks[s-1].Text == "the" && toks[s-2].Text == "of" && m.Type == "ORG" {
		s-- // "Office of the [UN High Commissioner for Human Rights]"; not "for the"
	}
	if s < 2 || (toks[s-1].Text != "for" && toks[s-1].Text != "of") {
		return
	}
	word := func(j int) bool {
		t := &toks[j]
		return at[j] == 0 && capitalisedWord(t.Text) && (t.UPOS == "PROPN" || t.UPOS == "NOUN") &&
			!RoleNoun(lemmaOf(t)) && !isTitleWord(t.Text) && !calendarWords[strings.ToLower(t.Text)]
	}
	j := s - 1
	for j > 0 && word(j-1) {
		j--
	}
	if j == s-1 || j == 0 && (capsSentence(toks) || s-1-j == 1) {
		return // none, a headline, or one word opening the sentence ("Unions for ...")
	}
	if toks[s-1].Text == "of" && !orgHeads[strings.ToLower(toks[s-2].Text)] {
		return // "Users of Apple", "Prisoner of Azkaban": "of" joins a name only after a head
	}
	if r.gaz != nil && r.knownOrgWord(m.Text) {
		return // "ICM for [BBC]": the name is whole already
	}
	r.widen(mi, j, m.End)
}

// remitBefore extends organisation mention mi, which the recogniser began
// at an organisation's head noun, back over the untagged capitalised words
// before it that the parse attaches inside the name: the recogniser tags
// "the Justice [Department]", "an Agriculture [Department]", "the Central
// [Bureau] of Statistics", where the words before the head name its remit.
// A title word counts ("Justice"), a tagged word does not ("the [U.S.]
// [Department]" keeps its place), nor does a headline's.
//
// A name ending in a head noun that the recogniser began one word late
// takes that word when "the" stands before it and it is no place,
// demonym or title: "the New [Democratic Party]".
func (r *resolver) remitBefore(mi int) {
	m := &r.d.Mentions[mi]
	toks, at := r.doc[m.Sentence].Tokens, r.d.at[m.Sentence]
	s := m.Start
	if !orgHeadWord(toks[m.Start].Text) {
		s = m.Start - 1
		// (after "the", or opening the sentence for a word that opens
		// parties' names: "New Democratic Party leader Jagmeet Singh")
		if s < 0 || m.End-m.Start < 2 || !orgHeadWord(toks[m.End-1].Text) ||
			s == 0 && !partyOpeners[strings.ToLower(toks[s].Text)] || s > 0 && !strings.EqualFold(toks[s-1].Text, "the") ||
			at[s] != 0 || !capitalisedWord(toks[s].Text) || isAllCaps(toks[s].Text) || toks[s].UPOS != "ADJ" && toks[s].UPOS != "PROPN" ||
			toks[s].Head-1 < m.Start || toks[s].Head-1 >= m.End || r.isDemonym(toks[s].Text) || r.isPlace(toks[s].Text) ||
			isTitleWord(toks[s].Text) || calendarWords[strings.ToLower(toks[s].Text)] {
			return
		}
	} else {
		for s > 0 && m.Start-s < 3 && at[s-1] == 0 && toks[s-1].SpaceAfter && capitalisedWord(toks[s-1].Text) && !isAllCaps(toks[s-1].Text) &&
			(toks[s-1].UPOS == "PROPN" || toks[s-1].UPOS == "NOUN" || toks[s-1].UPOS == "ADJ") &&
			toks[s-1].Head-1 >= s && toks[s-1].Head-1 < m.End && !calendarWords[strings.ToLower(toks[s-1].Text)] {
			s--
		}
	}
	// (not in a headline of capitals; asked last, since it reads the
	// whole sentence)
	if s < m.Start && !capsSentence(toks) {
		r.widen(mi, s, m.End)
	}
}

func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// calendarWords end a name: "Parliament on Thursday".
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// documentWords end names of laws and texts, not organisations: "Parliament
// Act", "Act of Parliament" (the first word is checked too).
var documentWords = map[string]bool{
	"act": true, "bill": true, "treaty": true, "agreement": true, "resolution": true, "report": true,
	"plan": true, "accord": true, "convention": true, "declaration": true, "charter": true, "law": true,
}

// apStates are the abbreviations news agencies write after a town for
// the American state or Canadian province it is in ("NEWARK, N.J.",
// "BOSTON, Mass", "TORONTO, Ont."), keyed without their final dot, with
// the full names.
var apStates = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Cal": "California",
	"Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia",
	"Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky",
	"La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
	"Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
	"Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
	"N.J": "New Jersey", "N.M": "New Mexico", "N.Mex": "New Mexico", "N.Y": "New York",
	"N.C": "North Carolina", "N.D": "North Dakota", "N.Dak": "North Dakota", "Okla": "Oklahoma",
	"Ore": "Oregon", "Oreg": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania",
	"R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "S.Dak": "South Dakota",
	"Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
	"W.Va": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
	"Ont": "Ontario", "Que": "Quebec", "Alta": "Alberta",
	"B.C": "British Columbia", "Man": "Manitoba", "Sask": "Saskatchewan", "N.S": "Nova Scotia",
	"N.B": "New Brunswick", "Nfld": "Newfoundland",
}

// apState returns the state or province an abbreviation names: written
// with its dot ("N.J.", "Calif."), or without it right after "Town ,"
// ("BOSTON, Mass"), where no other word fits.
//
// A party's initial before it makes it a congressman's state ("Sen. David
// Boren (D-Okla.)", "R-Minn", "D-W. Va."), with or without the dot.
func apState(toks []nlp.Token, start, end int) (string, bool) {
	text := strings.ReplaceAll(spanText(toks, start, end), " ", "")
	party := start >= 2 && toks[start-1].Text == "-" && partyInitial(toks[start-2].Text)
	if len(text) > 2 && partyInitial(text[:1]) && text[1] == '-' {
		text, party = text[2:], true // "D-Okla" as one name
	}
	dotted := strings.HasSuffix(text, ".") || end < len(toks) && toks[end].Text == "." && !toks[end-1].SpaceAfter
	name, ok := apStates[strings.TrimSuffix(text, ".")]
	if !ok {
		return "", false
	}
	if dotted || party || start >= 2 && toks[start-1].Text == "," && capitalisedWord(toks[start-2].Text) {
		return name, true
	}
	return "", false
}

// stateAbbreviations adds the states and provinces news writes as
// abbreviations (apState) that the recogniser left untagged: after a
// member of Congress's party initial and a hyphen ("Rep. Matt Gaetz,
// R-Fla.,", "Sen. Ron Wyden, D-Ore."), and with its dot after a comma
// and a town ("NEWARK, N.J. (AP) —", "in Santa Fe, N.M., where").
func (r *resolver) stateAbbreviations() {
	for si := range r.doc {
		toks, at := r.doc[si].Tokens, r.d.at[si]
		for i := 2; i < len(toks); i++ {
			if at[i] != 0 {
				continue
			}
			party := toks[i-1].Text == "-" && !toks[i-2].SpaceAfter && !toks[i-1].SpaceAfter && partyInitial(toks[i-2].Text)
			town := toks[i-1].Text == "," && at[i-2] != 0 && r.d.Mentions[at[i-2]-1].Type == "LOC" && strings.HasSuffix(toks[i].Text, ".")
			if !party && !town {
				continue
			}
			if _, ok := apState(toks, i, i+1); ok {
				r.addName(si, i, i+1, "LOC")
			}
		}
	}
}

// partyInitial reports whether w is the initial of a US party as news
// writes it before a congressman's state: D, R or I.
func partyInitial(w string) bool { return w == "D" || w == "R" || w == "I" }

// remitLists returns spans with a body's name that lists its remits
// carried to the list's end: "[Ministry of Economy], Trade and Industry",
// "[Department for Levelling] Up, Housing and Communities", "[Ministry of
// Lands], [Housing and Urban Development]". The span opens with a body's
// head and holds "of" or "for"; the words after it are pieces of one to
// three capitalised common words, each after a comma, the last after
// "and"; spans inside the list are absorbed. Names after the comma are no
// remits ("the Bank of England, Barclays and HSBC").
func (r *resolver) remitLists(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	if r.lex == nil {
		return spans
	}
	var out []nlp.Span
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if TypeOf(sp.Type) == "ORG" && i+1 < len(spans) && r.remitAnd(toks, sp, spans[i+1]) {
			// "[Department of Forestry] and [Fire Protection]": the
			// second remit the recogniser tagged apart
			sp.End = spans[i+1].End
			i++
		} else if TypeOf(sp.Type) == "ORG" {
			// (the recogniser's spans inside: none, or one, "[Housing
			// and Urban Development]"; two are names, "[Standard
			// Chartered] and [Virgin Money]")
			e := r.remitListAfter(toks, nil, sp.Start, sp.End)
			n := i + 1
			for n < len(spans) && spans[n].End <= e {
				n++
			}
			if e > sp.End && n <= i+2 {
				sp.End = e
				i = n - 1
			}
		}
		out = append(out, sp)
	}
	return out
}

// remitAnd reports whether organisation span a, a body named by its remit
// ("Department of Forestry": "of" or "for" after its head), is followed
// by "and" and span b, one to three capitalised common words with no
// head (remitPiece) and no "of" or capitalised word after them: b is a
// second remit ("and Fire Protection"; not "and Bank of England", "and
// Barclays").
func (r *resolver) remitAnd(toks []nlp.Token, a, b nlp.Span) bool {
	if b.Start != a.End+1 || toks[a.End].Text != "and" || !remitInside(toks, a.Start, a.End) || TypeOf(b.Type) != "ORG" {
		return false
	}
	if b.End < len(toks) && (capitalisedWord(toks[b.End].Text) || toks[b.End].Text == "of" || toks[b.End].Text == "for") {
		return false
	}
	head := slices.ContainsFunc(toks[a.Start:a.End], func(t nlp.Token) bool { return orgHeads[strings.ToLower(t.Text)] })
	return head && r.remitPiece(toks, b.Start, false) == b.End-b.Start
}

// ofThePlace returns spans with a body's name joined to the place's name
// after "of the" that ends it: "[Central Bank] of the [Republic of
// Turkey]", "[Armed Forces] of the [Philippines]" (the body's span ends in
// an organisation's head), or after "of" when the body is named by its
// remit, maybe and one more, and no place ends it yet: "[University of
// Science] and Technology of [China]", a place the gazetteer knows.
func (r *resolver) ofThePlace(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	var out []nlp.Span
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && r.ofPlaces(toks, sp, spans[i+1]) {
			sp.End = spans[i+1].End
			i++
		} else if i+1 < len(spans) && TypeOf(sp.Type) == "ORG" && orgHeadWord(toks[sp.End-1].Text) && sp.End+2 < len(toks) &&
			toks[sp.End].Text == "of" && toks[sp.End+1].Text == "the" && spans[i+1].Start == sp.End+2 && TypeOf(spans[i+1].Type) == "LOC" {
			sp.End = spans[i+1].End
			i++
		} else if i+1 < len(spans) && TypeOf(sp.Type) == "ORG" && orgHeadWord(toks[sp.Start].Text) && remitInside(toks, sp.Start, sp.End) &&
			!r.isPlace(toks[sp.End-1].Text) && TypeOf(spans[i+1].Type) == "LOC" && r.isPlace(spanText(toks, spans[i+1].Start, spans[i+1].End)) {
			// "[University of Science] and Technology of [China]": a body
			// named by its remit (and one more), then the place it serves
			k := sp.End
			if k+1 < len(toks) && toks[k].Text == "and" && capitalisedWord(toks[k+1].Text) {
				k += 2
			}
			if k < len(toks) && toks[k].Text == "of" && spans[i+1].Start == k+1 {
				sp.End = spans[i+1].End
				i++
			}
		}
		out = append(out, sp)
	}
	return out
}

// ofPlaces reports whether the organisation span a ends in "of" and a
// place, and the place span b after "and" names the second place of its
// remit: "[High Court of England] and [Wales]", "[Law Society of England]
// and [Wales]".
func (r *resolver) ofPlaces(toks []nlp.Token, a, b nlp.Span) bool {
	if TypeOf(a.Type) != "ORG" || TypeOf(b.Type) != "LOC" || b.Start != a.End+1 || toks[a.End].Text != "and" {
		return false
	}
	if b.End < len(toks) && (capitalisedWord(toks[b.End].Text) || toks[b.End].UPOS == "NOUN") {
		return false // ("the Bank of England and U.S. officials")
	}
	k := a.End - 1
	for k > a.Start && toks[k].Text != "of" {
		k--
	}
	if k == a.Start {
		return false
	}
	// two places of one kind, as a remit joins them (not "University of
	// Jerusalem and Germany", a city and a country)
	ep, eq := r.lookup(spanText(toks, k+1, a.End)), r.lookup(spanText(toks, b.Start, b.End))
	return len(ep) > 0 && len(eq) > 0 && ep[0].Subtype == eq[0].Subtype && ep[0].Name != eq[0].Name
}

// romanceJoins join the words of names in Spanish, Portuguese, Italian
// and French: "Sociedad Química y Minera de Chile", "Comisión para el
// Mercado Financiero".
var romanceJoins = map[string]bool{
	"y": true, "e": true, "et": true, "para": true, "pour": true, "per": true, "el": true, "la": true, "los": true,
	"las": true, "le": true, "les": true, "del": true, "de": true, "da": true, "do": true, "dos": true, "das": true,
	"di": true, "della": true, "des": true, "du": true,
}

// germanArticles open the names of German parties and papers.
var germanArticles = map[string]bool{"Die": true, "Der": true, "Das": true}

// romanceOrgs returns spans with an organisation's span widened back over
// a German article before it ("Die Linke") and over the words of its
// name in a Romance language that the recogniser left out: "Sociedad
// Química y [Minera de Chile SA]", "Comisión para el [Mercado
// Financiero]". Before the span stand one to three joining words
// and, before them, one to three capitalised untagged words opening the
// name (after a word in lower case or at the sentence's start).
func romanceOrgs(toks []nlp.Token, spans []nlp.Span) []nlp.Span {
	prevEnd := 0
	for i := range spans {
		sp := &spans[i]
		if TypeOf(sp.Type) == "ORG" && sp.Start > prevEnd && germanArticles[toks[sp.Start-1].Text] {
			// "[Linke]", "Die" opening the sentence read as the verb:
			// a German name's article is the name's ("Die Linke", "Der
			// Spiegel")
			sp.Start--
		}
		// (twice: "[Banque] du Batiment et des [Travaux Publics]")
		for round := 0; round < 2 && TypeOf(sp.Type) == "ORG"; round++ {
			k := sp.Start
			for k > prevEnd && sp.Start-k < 3 && romanceJoins[toks[k-1].Text] {
				k--
			}
			s := k
			for s > prevEnd && k-s < 3 && capitalisedWord(toks[s-1].Text) && !isAllCaps(toks[s-1].Text) &&
				(toks[s-1].UPOS == "PROPN" || toks[s-1].UPOS == "NOUN" || toks[s-1].UPOS == "ADJ") {
				s--
			}
			if k == sp.Start || s == k || s > 0 && capitalisedWord(toks[s-1].Text) && !romanceJoins[toks[s-1].Text] {
				break
			}
			sp.Start = s
		}
		prevEnd = sp.End
	}
	return spans
}

// remitListAfter returns the end of the name toks[start:end] of a body
// with its list of remits (remitLists), or end; with at, the words of the
// list must be no mention's.
func (r *resolver) remitListAfter(toks []nlp.Token, at []int32, start, end int) int {
	if !headedRemit(toks, start, end) {
		return end
	}
	e := r.remitListEnd(toks, end)
	// the recogniser's names inside: none, or one ("[Trade and
	// Industry]", "on Health, [Education], Labor and Pensions"); two are
	// names ("[Standard Chartered] and [Virgin Money]")
	var inside int32
	for k := end; at != nil && k < e; k++ {
		if at[k] != 0 && (!r.mentionWithin(at[k]-1, end, e) || inside != 0 && at[k] != inside) {
			return end
		}
		inside = max(inside, at[k])
	}
	return e
}

// headedRemit reports whether the tokens [i, j) of a name hold a body's
// head and, after it, "of" or "for" and its remit: "Ministry of
// Economy", "National Society of Mining".
func headedRemit(toks []nlp.Token, i, j int) bool {
	head := false
	for k := i; k < j; k++ {
		switch {
		case orgHeads[strings.ToLower(toks[k].Text)]:
			head = true
		case toks[k].Text == "of" || toks[k].Text == "for":
			return head
		case toks[k].Text == "on":
			return k > i && onHeads[strings.ToLower(toks[k-1].Text)]
		}
	}
	return false
}

// onHeads are the heads of bodies whose remit follows "on": "Senate
// Committee on Health, Education, Labor and Pensions", "Council on Foreign
// Relations", "Framework Convention on Climate Change".
var onHeads = map[string]bool{
	"committee": true, "subcommittee": true, "commission": true, "council": true, "convention": true, "panel": true,
	"conference": true, "caucus": true,
}

// mentionWithin reports whether mention mi is a name whose tokens lie in
// [start, end) of its sentence.
func (r *resolver) mentionWithin(mi int32, start, end int) bool {
	m := &r.d.Mentions[mi]
	return m.Kind == KindName && m.Start >= start && m.End <= end
}

// dropWithin drops the name mentions that lie in the tokens [start, end)
// of sentence si, which a longer name takes in.
func (r *resolver) dropWithin(si, start, end int) {
	at := r.d.at[si]
	for k := start; k < end; k++ {
		if at[k] != 0 && r.mentionWithin(at[k]-1, start, end) {
			r.drop(int(at[k] - 1))
		}
	}
}

// remitListEnd returns the end of a list of remits starting at k, or k:
// the rest of the last remit named ("Up"), then ", Trade" pieces and an
// "and Industry" piece that closes the list (", and" too).
func (r *resolver) remitListEnd(toks []nlp.Token, k int) int {
	j := k + r.remitPiece(toks, k, false)
	if j-k > 2 {
		return k
	}
	for pieces := 0; j < len(toks) && toks[j].Text == ","; pieces++ {
		j++
		last := j < len(toks) && toks[j].Text == "and"
		if last {
			if pieces == 0 {
				return k // ", and" closes a list of three or more
			}
			j++
		}
		n := r.remitPiece(toks, j, true)
		if n == 0 {
			return k
		}
		j += n
		if !last && j < len(toks) && toks[j].Text == "and" {
			if n = r.remitPiece(toks, j+1, true); n == 0 {
				return k
			}
			j, last = j+1+n, true
		}
		if last {
			if j < len(toks) && (toks[j].Text == "of" || toks[j].Text == "for") {
				return k // "and Bank of England": a name of its own
			}
			return j
		}
	}
	return k
}

// remitPiece returns how many capitalised common words, up to three, open
// toks[k:]; a title word ends them ("and Welfare Minister Keizo Takemi"),
// and a body's head makes them none ("Federal Reserve Board"), but for
// "Government" after them in a remit after a list's comma or "and"
// (listed): "Housing, Communities and Local Government", "Housing, Local
// Government and Heritage".
func (r *resolver) remitPiece(toks []nlp.Token, k int, listed bool) int {
	n := 0
	for ; k+n < len(toks) && n < 3; n++ {
		t := &toks[k+n]
		if !capitalisedWord(t.Text) || isAllCaps(t.Text) || isTitleWord(t.Text) || orgHeadWord(t.Text) || !r.commonWord(t.Text) && !r.commonWord(lemmaOf(t)) {
			break
		}
	}
	if listed && n >= 1 && k+n < len(toks) && strings.EqualFold(toks[k+n].Text, "Government") {
		n++ // "Housing, Communities and Local Government"
	}
	if k+n < len(toks) && capitalisedWord(toks[k+n].Text) && !isTitleWord(toks[k+n].Text) {
		return 0 // a fourth capitalised word, or a name after common words
	}
	return n
}
