package entities

import (
	"strings"

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
				free := true
				for t := k; t < end; t++ {
					free = free && r.d.at[si][t] == 0
				}
				if free && !owner {
					r.add(Mention{Sentence: si, Start: k, End: end, Head: spanHead(toks, k, end), Text: spanText(toks, k, end), Type: typ, Kind: KindName, Entity: -1})
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
	if t, plural := classNounType(toks[noun]); plural {
		return t, start
	}
	return "", 0
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
	default:
		return ""
	}
	if toks[noun].UPOS != "NOUN" {
		return ""
	}
	// Only a plural class names a list: "a club like Michael Owen" does
	// not make him a club.
	if t, plural := classNounType(toks[noun]); plural {
		return t
	}
	return ""
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
