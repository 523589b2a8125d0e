package tag

import (
	"strings"

	"github.com/kg-project/kg/extract/nlp"
)

// prepositionVerbs are prepositions and particles that are verbs too
// ("like", "near", "save", "following"): tagged IN, they stay so.
var prepositionVerbs = map[string]bool{
	"like": true, "near": true, "save": true, "round": true, "bar": true, "down": true, "up": true,
	"off": true, "out": true, "past": true, "except": true, "following": true, "including": true,
	"regarding": true, "concerning": true, "considering": true, "given": true, "pending": true,
	"excluding": true, "barring": true, "opposite": true, "worth": true, "plus": true, "minus": true,
	"over": true, "under": true, "about": true, "through": true,
}

// nameParticles join the words of names and are English verbs too:
// "Banco do Brasil", "Rio Grande do Sul", "Orlando dos Santos".
var nameParticles = map[string]bool{
	"do": true, "dos": true, "da": true, "das": true, "den": true, "der": true, "ten": true, "ter": true,
	"bin": true, "van": true, "von": true, "al": true, "el": true, "e": true, "y": true, "i": true,
}

// clauseMarks open a clause as well as a noun phrase ("as France beat
// Poland", "after Arsenal beat Chelsea").
var clauseMarks = map[string]bool{
	"as": true, "after": true, "before": true, "since": true, "until": true, "till": true,
}

// RetagVerbsBetweenNames makes a verb of a lower-case word the tagger
// read as a proper noun or a preposition between a name and what can
// open an object ("France beat Poland 3-1" tagged France/NNP beat/NNP,
// "Arsenal beat/IN Chelsea"), or as a base form right after a name that
// opens the sentence or a clause ("Liverpool beat/VB Everton", which
// has no modal or "to"): the word must be mostly a verb in WordNet
// (or a verb's past or -s form), no preposition that is a verb too
// ("like", "near"), after a proper noun or pronoun and before a proper
// noun, determiner, pronoun or number. EWT has few such sentences; news
// reports results in them every day. A -s form becomes VBZ, any other
// VBD (news tells what happened). A word the recogniser put inside a name
// (Entity I-...) stays. It reports whether it changed a tag. Needs the
// lexicon; a tagger without one changes nothing.
func (t *Tagger) RetagVerbsBetweenNames(s *nlp.Sentence) bool {
	toks := s.Tokens
	changed := false
	for i := 1; i+1 < len(toks); i++ {
		tk := &toks[i]
		switch tk.XPOS {
		case "NNP", "NNPS", "IN":
		case "VB":
			// a base form after a name, with no modal, "to" or
			// auxiliary before it ("Liverpool beat Everton")
			if i > 1 && toks[i-2].UPOS != "PUNCT" {
				continue
			}
		default:
			continue
		}
		w := tk.Text
		if w != strings.ToLower(w) || prepositionVerbs[w] || nameParticles[w] || strings.HasPrefix(tk.Entity, "I-") {
			continue // (a word the recogniser put inside a name stays)
		}
		c := t.LexClasses(w)
		if c&(LexPast|LexThird) == 0 && !(c&LexVerb != 0 && c&LexTagged != 0 && c>>lexMostShift&3 == lexMostVerb) {
			continue
		}
		switch p := &toks[i-1]; {
		case p.UPOS == "PROPN", p.UPOS == "PRON" && tk.XPOS != "VB":
		case p.UPOS == "NOUN" && nameCased(p.Text):
			// a club named by a common noun ("Arsenal beat Chelsea")
		default:
			continue
		}
		switch n := toks[i+1].UPOS; n {
		case "PROPN", "DET", "PRON", "NUM":
		default:
			continue
		}
		tk.UPOS, tk.XPOS = "VERB", "VBD"
		if c&LexThird != 0 {
			tk.XPOS = "VBZ"
		}
		if i > 1 && toks[i-2].UPOS == "ADP" && clauseMarks[strings.ToLower(toks[i-2].Text)] {
			// "as France beat Poland": the word before the subject
			// opens a clause, no noun phrase
			toks[i-2].UPOS = "SCONJ"
		}
		changed = true
	}
	return changed
}
