package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/nlp"
)

// RetagNameWords makes proper nouns (NNP, PROPN) the capitalised function
// words (pronouns, determiners, auxiliaries) that are parts of names, and
// reports whether it changed a tag. Names in many languages hold words
// that English spells as function words: the Vietnamese "Truong My Lan",
// the Chinese "He Kang", "Pan Am", and, opening a sentence, "Will Smith
// said", "Can Dündar fled", "Do Van Hung, a farmer, said". The tagger,
// which has seen those words thousands of times as function words and
// almost never as names, keeps them function words, and the recogniser
// and the parser then cut the name at them ("Lan", "Van Hung").
//
// Inside a sentence, such a word is a name's part when it is capitalised
// and stands between a capitalised proper noun and another capitalised
// word (which the tagger may have read as a common noun: "Thi My Hanh"),
// or, an auxiliary, between a word in lower case and a proper noun ("and
// Will Champion"). At the start of a
// sentence, an auxiliary ("Will", "Can", "Do") is one when proper nouns
// follow it and the sentence asks nothing: no question mark at its end
// and no base or present verb right after the names ("Do Americans want
// this" stays a question without its mark, "Should Citicorp actually
// place" a condition). Sentences in title case ("Vietnam Sentences My
// Lan", "Will Smith Return?") and titles in quotes are left alone, and
// so are one-letter words ("I", "A"), and possessives opening a sentence
// ("My Mum", "His Majesty", "Our Lady"), which are rarely names.
//
// A capitalised word inside a sentence with an apostrophe inside it that
// the tagger read as a common noun is a name too ("Vice President Ma'ruf
// Amin"); adjectives keep their tag ("Shi'ite militias").
//
// UD English-EWT train and dev hold no sentence where the first two rules
// would fire on the gold tags, and one word the third would change
// ("O'clock"); with the tagger's tags, they change no word of dev and
// test; over the BBC, ABC and Reuters articles, the rule
// mends names such as "F Du Preez", "Hung Wo Ching", "Pan Am World
// Airways" and "He Kang". It must run after tagging and before
// lemmatising, so that the word keeps its case as a lemma.
func RetagNameWords(s *nlp.Sentence) bool {
	toks := s.Tokens
	if len(toks) < 2 {
		return false
	}
	changed, title, checked := false, false, false
	for i := 1; i < len(toks); i++ {
		if toks[i].XPOS == "NN" && apostropheName(toks[i].Text) {
			toks[i].XPOS, toks[i].UPOS = "NNP", "PROPN"
			changed = true
		}
	}
	for i := range len(toks) - 1 {
		if !functionWord(&toks[i]) {
			continue
		}
		if i == 0 {
			if toks[0].UPOS != "AUX" || !properNoun(&toks[1]) || question(toks) {
				continue
			}
		} else if !(properNoun(&toks[i-1]) && nameCased(toks[i+1].Text) || auxBeforeName(toks, i)) || quoted(toks, i) {
			continue
		}
		if !checked {
			title, checked = titleCaseSentence(toks), true
		}
		if title {
			return false
		}
		toks[i].XPOS, toks[i].UPOS = "NNP", "PROPN"
		changed = true
	}
	return changed
}

// apostropheName reports whether w is a capitalised word with an
// apostrophe after its first letter and two letters or more after the
// apostrophe: "Ma'ruf", "Sha'lan", "Qa'ida". (A capitalised "O'clock"
// inside a sentence passes too; EWT shows it once.)
func apostropheName(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	k := strings.IndexAny(w, "'’")
	if k < n {
		return false
	}
	rest := w[k:]
	_, a := utf8.DecodeRuneInString(rest)
	rest = rest[a:]
	letters := 0
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			return false
		}
		letters++
	}
	return letters >= 2
}

// auxBeforeName reports whether the auxiliary at i, inside a sentence,
// stands after a word in lower case and before a proper noun: "Chris
// Martin and Will Champion", "backed by Can Holdings" (a capitalised
// auxiliary inside prose is a name; EWT shows none but after quotes).
func auxBeforeName(toks []nlp.Token, i int) bool {
	if toks[i].UPOS != "AUX" || !properNoun(&toks[i+1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i-1].Text)
	return unicode.IsLower(r)
}

// functionWord reports whether t is a capitalised pronoun, determiner or
// auxiliary of two letters or more ("My", "He", "Do", "Will").
func functionWord(t *nlp.Token) bool {
	switch t.UPOS {
	case "PRON", "DET", "AUX":
	default:
		return false
	}
	return len(t.Text) > 1 && nameCased(t.Text)
}

// properNoun reports whether t is a capitalised proper noun.
func properNoun(t *nlp.Token) bool {
	return (t.XPOS == "NNP" || t.XPOS == "NNPS") && nameCased(t.Text)
}

// nameCased reports whether w opens with a capital letter and has no
// other: "Lan", not "lan", "LAN" or "McKay" (a capital inside a word is
// a mark of names too, but never of function words).
func nameCased(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// quoted reports whether token i stands inside double quotation marks,
// where titles of works are written in title case ("the episode \"So in
// Louvre Are We Two\"").
func quoted(toks []nlp.Token, i int) bool {
	open := false
	for _, t := range toks[:i] {
		switch t.Text {
		case "\"", "``", "''":
			open = !open
		case "“":
			open = true
		case "”":
			open = false
		}
	}
	return open
}

// question reports whether a sentence opening with an auxiliary and
// proper nouns reads as a question: it ends with a question mark, or the
// names are followed, maybe after adverbs, by a base or present verb ("Do
// Americans want", "Should Citicorp actually place").
func question(toks []nlp.Token) bool {
	if toks[len(toks)-1].Text == "?" {
		return true
	}
	j := 1
	for j < len(toks) && properNoun(&toks[j]) {
		j++
	}
	for j < len(toks) && toks[j].UPOS == "ADV" {
		j++
	}
	return j < len(toks) && (toks[j].XPOS == "VB" || toks[j].XPOS == "VBP")
}

// titleCaseSentence reports whether a sentence is written in title case,
// as headlines are: of four words or more, most open with a capital, and
// a capitalised word after the first is tagged a verb (not an
// auxiliary, which may be the name word in question) or a plural noun
// ("Vietnam Sentences Tycoon ..."). A sentence dense with names ("He met
// Nguyen Thi My Hanh and Ho Van Long in Hanoi") capitalises only names.
func titleCaseSentence(toks []nlp.Token) bool {
	caps, words, common := 0, 0, 0
	for i := range toks {
		r, _ := utf8.DecodeRuneInString(toks[i].Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if !unicode.IsUpper(r) {
			continue
		}
		caps++
		if i > 0 && commonTags[toks[i].XPOS] && toks[i].UPOS != "AUX" {
			common++
		}
	}
	return words >= 4 && caps*3 > words*2 && common > 0
}

// commonTags are the Penn tags of verbs and plural common nouns (a
// singular noun may be a name the tagger missed).
var commonTags = map[string]bool{
	"NNS": true, "VB": true, "VBD": true, "VBG": true, "VBN": true, "VBP": true, "VBZ": true,
}

// RetagUnknownNames makes proper nouns (NNP, PROPN) the capitalised
// words inside a sentence, before a proper noun, that the tagger's
// lexicon does not know in any case and that it tagged as an adverb, a
// verb or a singular common noun, as it does for foreign given names by
// their endings ("beat Anatoly Karpov", "-ly" read as an adverb's), and
// reports whether it changed a tag. A word counts when it opens with a
// capital followed by lower-case letters only, stands after a word that
// opens no quotation and no clause after a colon, is no wh-word, and the
// sentence is not in title case. Needs the lexicon; a
// tagger without one changes nothing.
func (t *Tagger) RetagUnknownNames(s *nlp.Sentence) bool {
	toks := s.Tokens
	changed, title, checked := false, false, false
	for i := 1; i < len(toks); i++ {
		tk := &toks[i]
		switch tk.UPOS {
		case "ADV", "VERB", "NOUN":
		default:
			continue
		}
		if tk.XPOS == "NNS" || tk.XPOS == "VBZ" || strings.HasPrefix(tk.XPOS, "W") || i+1 == len(toks) || !properNoun(&toks[i+1]) {
			continue // plurals ("Salafis", "Megapixels"), "How"; a name's first word
		}
		if !capitalisedLetters(tk.Text) || utf8.RuneCountInString(tk.Text) < 3 || t.LexClasses(tk.Text) != 0 {
			continue
		}
		if p := toks[i-1].Text; p == ":" || p == "\"" || p == "“" || p == "'" || p == "‘" || p == "(" {
			continue
		}
		if !checked {
			title, checked = titleCaseSentence(toks), true
		}
		if title {
			return false
		}
		tk.XPOS, tk.UPOS = "NNP", "PROPN"
		changed = true
	}
	return changed
}

// capitalisedLetters reports whether w is a capital letter followed by
// lower-case letters only: "Anatoly", not "McKay", "O'Neill" or "R2".
func capitalisedLetters(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
