package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgHeads are nouns that head the names of organisations: "Parliament of
// Iraq", "Cinema for Peace Foundation", "Court of Appeal".
var orgHeads = map[string]bool{
	"parliament": true, "ministry": true, "council": true, "foundation": true, "commission": true,
	"party": true, "agency": true, "court": true, "bank": true, "university": true, "institute": true,
	"committee": true, "assembly": true, "senate": true, "congress": true, "department": true,
	"office": true, "organisation": true, "organization": true, "union": true, "federation": true,
	"association": true, "corporation": true, "authority": true, "corps": true, "tribunal": true,
	"academy": true, "fund": true, "trust": true, "alliance": true, "coalition": true, "directorate": true,
}

// nameConnectors may stand between the capitalised words of a name.
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "on": true, "de": true}

// orgNames adds the organisation names the recogniser left untagged: a
// run of capitalised words, joined by "of", "for", "and", with an
// organisation head among them ("the Parliament of Iraq" with only Iraq
// tagged, "Cinema for Peace Foundation"). A tagged place after "of" may be
// part of it; any other tagged word stops it.
func (r *resolver) orgNames() {
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for i := 0; i < len(toks); i++ {
			if r.d.at[si][i] != 0 || !capitalisedWord(toks[i].Text) {
				continue
			}
			end, caps, head, role := i, 0, false, false
			for j := i; j < len(toks); j++ {
				w := toks[j].Text
				lw := strings.ToLower(w)
				switch {
				case r.d.at[si][j] != 0:
					// a tagged place or organisation after "of": "of Iraq"
					if j > i && strings.EqualFold(toks[j-1].Text, "of") {
						m := &r.d.Mentions[r.d.at[si][j]-1]
						if m.Start == j && (m.Type == "LOC" || m.Type == "ORG") {
							j = m.End - 1
							end, caps = m.End, caps+1
							continue
						}
					}
				case calendarWords[lw]:
					// "Parliament on Thursday"
				case capitalisedWord(w) && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN" || toks[j].UPOS == "ADJ" || toks[j].UPOS == ""):
					if RoleNoun(lemmaOf(&toks[j])) || RoleNoun(lw) || strings.HasPrefix(lw, "member") {
						role = true // "Members of Parliament" are people
					}
					caps++
					end = j + 1
					head = head || orgHeads[lw]
					continue
				case nameConnectors[lw] && j+1 < len(toks) && (capitalisedWord(toks[j+1].Text) || r.d.at[si][j+1] != 0):
					continue
				}
				break
			}
			// trailing connectors ("Parliament on") are no part of it
			for end > i && nameConnectors[strings.ToLower(toks[end-1].Text)] {
				end--
			}
			if end <= i || role || documentWords[strings.ToLower(toks[end-1].Text)] || documentWords[strings.ToLower(toks[i].Text)] {
				if end <= i {
					end = i + 1
				}
				i = end - 1
				continue
			}
			if caps >= 2 && head && i > 0 && r.d.at[si][i-1] != 0 && orgHeads[strings.ToLower(toks[i].Text)] {
				// "the [Massachusetts] Institute of Technology": a place
				// right before the head is the first word of the name
				if pm := &r.d.Mentions[r.d.at[si][i-1]-1]; pm.End == i && pm.Type == "LOC" && pm.Kind == KindName && pm.End-pm.Start <= 2 {
					for k := i; k < end; k++ {
						r.d.at[si][k] = r.d.at[si][i-1]
					}
					pm.End, pm.Type = end, "ORG"
					pm.Text = spanText(toks, pm.Start, end)
					pm.Head = spanHead(toks, pm.Start, end)
					i = end - 1
					continue
				}
			}
			if caps >= 2 && head && !(i == 0 && caps == 2 && end-i == 2 && !orgHeads[strings.ToLower(toks[end-1].Text)]) {
				r.add(Mention{Sentence: si, Start: i, End: end, Head: spanHead(toks, i, end), Text: spanText(toks, i, end), Type: "ORG", Kind: KindName, Entity: -1})
				i = end - 1
			}
		}
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
