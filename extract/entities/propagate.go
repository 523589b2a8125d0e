package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
)

// propagate tags the names the recogniser found somewhere in the article
// wherever else they occur untagged: one name, one sense per article
// ("Bruno Parrilla, the foreign minister of Cuba" with Cuba tagged in other
// sentences only). A one-word name must be a proper noun where it recurs,
// and the match must not be part of a longer capitalised name.
func (r *resolver) propagate() {
	type form struct {
		words []string
		c     *cluster
		title bool // only after an honorific: "Ms [Hewitt]"
	}
	byFirst := map[string][]form{}
	seen := map[string]bool{}
	firstOf := map[string]*cluster{} // the first words of persons' full names (firstNameAlone)
	for _, c := range r.clusters {
		for _, mi := range c.mentions {
			m := &r.d.Mentions[mi]
			if m.Kind != KindName {
				continue
			}
			toks := r.doc[m.Sentence].Tokens
			words := make([]string, 0, m.End-m.Start)
			for t := m.Start; t < m.End; t++ {
				words = append(words, toks[t].Text)
			}
			if n := len(words); n > 1 && !capitalisedWord(words[n-1]) && !strings.HasSuffix(m.Text, " "+words[n-1]) {
				words = words[:n-1] // a noun the span holds but the name not: "[Golkar] party"
			}
			k := strings.Join(words, "\x00")
			if seen[k] {
				continue
			}
			seen[k] = true
			byFirst[words[0]] = append(byFirst[words[0]], form{words: words, c: c})
			if last := words[len(words)-1]; len(words) >= 2 && m.Type == "PERSON" && !seen["\x01"+last] {
				seen["\x01"+last] = true
				byFirst[last] = append(byFirst[last], form{words: []string{last}, c: c, title: true})
			}
			if f := words[0]; len(words) >= 2 && m.Type == "PERSON" && r.firstNameAlone(f) {
				if o, ok := firstOf[f]; ok && o != c {
					firstOf[f] = nil // two persons share it
				} else {
					firstOf[f] = c
				}
			}
		}
	}
	for f, c := range firstOf {
		if c != nil && !seen[f] {
			byFirst[f] = append(byFirst[f], form{words: []string{f}, c: c})
		}
	}
	for si := range r.doc {
		toks := r.doc[si].Tokens
		for i := 0; i < len(toks); i++ {
			fs := byFirst[toks[i].Text]
			if len(fs) == 0 || r.d.at[si][i] != 0 {
				continue
			}
			first, _ := utf8.DecodeRuneInString(toks[i].Text)
			if !unicode.IsUpper(first) {
				continue
			}
			var best *form
			for k := range fs {
				f := &fs[k]
				n := len(f.words)
				if i+n > len(toks) || (best != nil && n <= len(best.words)) {
					continue
				}
				ok := true
				for j, w := range f.words {
					if toks[i+j].Text != w || r.d.at[si][i+j] != 0 {
						ok = false
						break
					}
				}
				if ok && n == 1 && toks[i].UPOS != "PROPN" && toks[i].UPOS != "" {
					ok = false
				}
				if ok && f.title && (i == 0 || !honorifics[strings.ToLower(toks[i-1].Text)]) {
					ok = false
				}
				if ok {
					best = f
				}
			}
			if best == nil {
				continue
			}
			end := i + len(best.words)
			start := i
			if !best.title && len(best.words) == 1 && i > 0 && r.d.at[si][i-1] == 0 && vote(best.c.types) == "PERSON" && r.givenPieceBefore(si, i) {
				start = i - 1 // "Geert [Wilders]": the given name the parse joins to the surname
			} else if !best.title && r.capitalisedNeighbour(si, i-1, i > 0 && i-1 > 0) {
				continue
			}
			if r.capitalisedNeighbour(si, end, true) {
				continue
			}
			typ := vote(best.c.types)
			mi := r.addName(si, start, end, typ)
			best.c.mentions = append(best.c.mentions, mi)
			best.c.forms[r.d.Mentions[mi].Text]++
			best.c.types[typ]++
			i = end - 1
		}
	}
}

// givenPieceBefore reports whether the untagged word before token i of
// sentence si is a given name the recogniser missed: a capitalised proper
// noun the parse joins to the word at i (flat), no title, honorific,
// common word, place or month, with no capitalised word before it.
func (r *resolver) givenPieceBefore(si, i int) bool {
	toks := r.doc[si].Tokens
	if i < 1 || toks[i-1].UPOS != "PROPN" || !capitalisedWord(toks[i-1].Text) || !flatUnder(toks, i, i-1) && !flatUnder(toks, i-1, i) ||
		r.capitalisedNeighbour(si, i-2, i-2 > 0) {
		return false
	}
	w := toks[i-1].Text
	return !isAllCaps(w) && !isTitleWord(w) && !honorifics[strings.ToLower(w)] && !r.commonWord(w) && !r.isPlace(w) &&
		!nlp.IsMonth(w) && !calendarWords[strings.ToLower(w)] && r.lex != nil
}

// capitalisedNeighbour reports whether token j of sentence si is an
// untagged capitalised proper noun, that is, whether a match next to it
// may be part of a longer name. check false skips the test (sentence
// start, where every word is capitalised).
func (r *resolver) capitalisedNeighbour(si, j int, check bool) bool {
	toks := r.doc[si].Tokens
	if !check || j < 0 || j >= len(toks) || r.d.at[si][j] != 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(toks[j].Text)
	return unicode.IsUpper(first) && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "")
}

// splitPreps are lower-case words a recogniser sometimes swallows between
// two names: "[Trump on Twitter]". "of", "for" and "and" are left alone:
// they are common inside names ("Bank of Japan").
var splitPreps = map[string]bool{"on": true, "in": true, "at": true, "to": true, "from": true, "with": true, "via": true, "by": true}

// splitJoined undoes spans that join a name to what follows it: when the
// words before such a preposition are a name of exactly one other entity
// of the article, the mention shrinks to them and joins that entity.
// Entities left without mentions are dropped.
func (r *resolver) splitJoined() {
	changed := false
	for _, c := range r.clusters {
		kept := c.mentions[:0]
		for _, mi := range c.mentions {
			m := &r.d.Mentions[mi]
			toks := r.doc[m.Sentence].Tokens
			k := -1
			for t := m.Start + 1; t < m.End-1; t++ {
				if splitPreps[toks[t].Text] {
					k = t
					break
				}
			}
			var target *cluster
			if k > 0 {
				key := NameKey(spanText(toks, m.Start, k))
				for _, d := range r.clusters {
					if d == c || len(key) == 0 || !d.matches(key, vote(d.types), r) {
						continue
					}
					if target != nil {
						target = nil
						break
					}
					target = d
				}
			}
			if target == nil {
				kept = append(kept, mi)
				continue
			}
			for t := k; t < m.End; t++ {
				if r.d.at[m.Sentence][t] == int32(mi+1) {
					r.d.at[m.Sentence][t] = 0
				}
			}
			if c.forms[m.Text]--; c.forms[m.Text] <= 0 {
				delete(c.forms, m.Text)
			}
			c.types[m.Type]--
			m.End = k
			m.Text = spanText(toks, m.Start, k)
			m.Head = spanHead(toks, m.Start, k)
			m.Type = vote(target.types)
			target.mentions = append(target.mentions, mi)
			target.forms[m.Text]++
			target.types[m.Type]++
			changed = true
		}
		c.mentions = kept
	}
	if !changed {
		return
	}
	all := r.clusters
	r.clusters = r.clusters[:0]
	for _, c := range all {
		if len(c.mentions) == 0 {
			continue
		}
		c.id = len(r.clusters)
		r.clusters = append(r.clusters, c)
	}
	for k, c := range r.byKey {
		if len(c.mentions) == 0 {
			delete(r.byKey, k)
		}
	}
}

// firstNameAlone reports whether the first word w of a person's full name
// may name that person alone where it recurs untagged: "Xi" after "Xi
// Jinping" (surnames come first in Chinese and Korean names), "Rishi"
// after "Rishi Sunak". Not a title, honorific or particle, nor a place or
// anything else the gazetteer knows besides given names ("Jordan"), nor a
// demonym ("Briton Tim Henman"), an initial, letters in capitals ("DJ
// Norman") or a frequent common word ("Bill Cash", "Star Trek"); needs
// the lexicon. Nor a planet: "Venus Express" is a probe, "Venus" alone
// the planet.
func (r *resolver) firstNameAlone(w string) bool {
	lw := strings.ToLower(w)
	return r.lex != nil && capitalisedWord(w) && !isAllCaps(w) && utf8.RuneCountInString(w) >= 2 && allLetters(w) &&
		!isTitleWord(lw) && !honorifics[lw] && !nameParticles[lw] && !calendarWords[lw] && !planetNames[w] && !skyNames[w] &&
		!r.lex.FrequentWord(w) && !r.isPlace(w) && !r.isDemonym(w) && !r.knownBesidesGiven(w)
}

// allLetters reports whether w is made of letters only ("Xi", "Kar-Wai"
// is not; "S." is not).
func allLetters(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return w != ""
}
