package triples

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

var (
	fuzzWords  = []string{"Haftar", "visited", "Russia", "the", "meeting", "with", "he", "said", "not", "in", "November", "spokesman", "LNA", "(", ")", "'s", "and", "to", "was", "by", "based", "-", "I", "who", "Ms", ",", "killing", "of", "critic", "is", "its", "it", "Today", "on", "Twitter", "she", "Carrie", "generals", "city", "'", "Chancellor", "reported", "capital", "movement", "/", "ISIS", "as", "but", "also", "only", "from", "President", "RAF", "Mosque", "Ministry", "Defence", "G8", "Nokia", "United", "Twitter", "Rights", "Watch", "Inc", "Corp", "<", ">", "NYSE", ":", "N.J.", "Oscar", "Major", "Securities", "Commission", "Moody", "BT", "Mass", "Co", "John", "beat", "22", "4-1", "captain", "Norway", "&", "W", "Surrey", "7.", "1996-08-31", "Street", "v", "firm", "executives", "Jerusalem", "Sun", "planet", "disease", "analyst", "Real", "Madrid", "Exchange", "Kremlin", "Balkans", "Food", "Administration", "Sons", "S", "P", "Ltd", "Capital", "Markets", "Chelsea", "join", "side", "moon", "Airport", "DNA", "Calif.", "QC", "Lords", "College", "Savings", "Dam", "EDISON", "midfielder", "film", "drama", "Bay", "University", "'", "/", "Department", "NA", "frontman", "Bono", "Million", "Dollar", "Mittal", "RIO", "JANEIRO", "HAGUE", "companies", "Dell", "L.P.", "Toshiba", "Bundesbank", "Banque", "Reporter", "Greek", "MHC", "Tehran", "Sydney", "Embassy", "album", "Old", "Count", "NA", "del", "von", "der", "chicago", "House", "Commons", "Jeremy", "Irons", "Punta", "Este", "Cross"}
	fuzzLemmas = []string{"Haftar", "visit", "Russia", "the", "meeting", "with", "he", "say", "not", "in", "November", "spokesman", "LNA", "(", ")", "'s", "and", "to", "be", "by", "base", "-", "I", "who", "Ms", ",", "kill", "of", "critic", "be", "its", "it", "today", "on", "Twitter", "she", "Carrie", "general", "city", "'", "Chancellor", "report", "capital", "movement", "/", "ISIS", "as", "but", "also", "only", "from", "President", "RAF", "Mosque", "Ministry", "Defence", "G8", "Nokia", "United", "Twitter", "Rights", "Watch", "Inc", "Corp", "<", ">", "NYSE", ":", "N.J.", "Oscar", "Major", "Securities", "Commission", "Moody", "BT", "Mass", "Co", "John", "beat", "22", "4-1", "captain", "Norway", "&", "W", "Surrey", "7.", "1996-08-31", "Street", "v", "firm", "executive", "Jerusalem", "Sun", "planet", "disease", "analyst", "Real", "Madrid", "Exchange", "Kremlin", "Balkans", "Food", "Administration", "Sons", "S", "P", "Ltd", "Capital", "Markets", "Chelsea", "join", "side", "moon", "Airport", "DNA", "Calif.", "QC", "Lords", "College", "Savings", "Dam", "EDISON", "midfielder", "film", "drama", "Bay", "University", "'", "/", "Department", "NA", "frontman", "Bono", "Million", "Dollar", "Mittal", "RIO", "JANEIRO", "HAGUE", "company", "Dell", "L.P.", "Toshiba", "Bundesbank", "Banque", "Reporter", "Greek", "MHC", "Tehran", "Sydney", "Embassy", "album", "Old", "Count", "NA", "del", "von", "der", "chicago", "House", "Commons", "Jeremy", "iron", "Punta", "Este", "Cross"}
	fuzzUPOS   = []string{"PROPN", "VERB", "PROPN", "DET", "NOUN", "ADP", "PRON", "VERB", "PART", "ADP", "PROPN", "NOUN", "PROPN", "PUNCT", "PUNCT", "PART", "CCONJ", "PART", "AUX", "ADP", "VERB", "PUNCT", "PRON", "PRON", "PROPN", "PUNCT", "VERB", "ADP", "NOUN", "AUX", "PRON", "PRON", "NOUN", "ADP", "PROPN", "PRON", "PROPN", "NOUN", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN", "NOUN", "PUNCT", "PROPN", "ADP", "CCONJ", "ADV", "ADV", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NUM", "NUM", "NOUN", "PROPN", "CCONJ", "PROPN", "PROPN", "NUM", "NUM", "PROPN", "ADP", "NOUN", "NOUN", "PROPN", "PROPN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "NOUN", "PROPN", "NUM", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "NOUN", "ADJ", "NOUN", "PROPN", "X", "PROPN", "ADJ", "PROPN", "NOUN", "NOUN", "PROPN", "NOUN", "PROPN", "PROPN", "NOUN"}
	fuzzXPOS   = map[string]string{"'s": "POS", "chicago": "NNP", "Irons": "NNS", "said": "VBD", "is": "VBZ", "was": "VBD"}
	fuzzRels   = []string{"nsubj", "obj", "obl", "case", "det", "conj", "appos", "compound", "nmod", "nmod:poss", "advmod", "aux:pass", "nsubj:pass", "ccomp", "xcomp", "parataxis", "acl:relcl", "cop", "flat", "root", "mark", "amod", "obl:agent", "iobj"}
	fuzzTags   = []string{"O", "B-PER", "I-PER", "B-ORG", "B-LOC", "I-LOC", "O", "O"}
)

// sentenceFromBytes builds a sentence of arbitrary words, tags, heads
// (cycles and out-of-range heads included) and relations.
func sentenceFromBytes(b []byte) nlp.Sentence {
	var s nlp.Sentence
	for i := 0; i+3 < len(b) && len(s.Tokens) < 40; i += 4 {
		w := int(b[i]) % len(fuzzWords)
		s.Tokens = append(s.Tokens, nlp.Token{
			Text: fuzzWords[w], Lemma: fuzzLemmas[w], UPOS: fuzzUPOS[w], XPOS: fuzzXPOS[fuzzWords[w]],
			Head: int(b[i+1]) % 45, Deprel: fuzzRels[int(b[i+2])%len(fuzzRels)],
			Entity: fuzzTags[int(b[i+3])%len(fuzzTags)], SpaceAfter: true,
		})
	}
	s.Text = "x"
	s.End = 1
	return s
}

var fuzzGaz = func() entities.Gazetteer {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	return g
}()

// fuzzLexicon calls a few of the fuzz words common nouns.
type fuzzLexicon struct{}

func (fuzzLexicon) CommonWord(w string) bool {
	switch w {
	case "meeting", "city", "capital", "movement", "firm", "film", "drama", "Street", "Bay", "House", "Cross", "Old", "Count", "Sun":
		return true
	}
	return false
}
func (l fuzzLexicon) CommonNoun(w string) bool   { return w != "Old" && l.CommonWord(w) }
func (l fuzzLexicon) LowerOnly(w string) bool    { return w != "Sun" && l.CommonWord(w) }
func (l fuzzLexicon) FrequentWord(w string) bool { return w != "Count" && l.CommonWord(w) }

// fuzzLex returns the fuzz lexicon, or nil.
func fuzzLex(on bool) entities.Lexicon {
	if on {
		return fuzzLexicon{}
	}
	return nil
}

// FuzzExtract: no panic and valid confidences on any tree, however
// malformed.
func FuzzExtract(f *testing.F) {
	f.Add([]byte{0, 2, 0, 1, 1, 0, 19, 0, 2, 2, 1, 4})
	f.Add([]byte{1, 1, 0, 0, 2, 2, 1, 1, 3, 3, 2, 2, 4, 1, 5, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		half := len(b) / 2
		doc := []nlp.Sentence{sentenceFromBytes(b[:half]), sentenceFromBytes(b[half:])}
		var gaz entities.Gazetteer // half of the inputs with the gazetteer's organisations
		if len(b)%2 == 1 {
			gaz = fuzzGaz
		}
		ents := entities.ResolveWith(doc, "x", gaz, fuzzLex(len(b)%3 == 0))
		for _, opts := range []Options{{}, {All: true}} {
			for _, tr := range Extract(doc, ents, extract.Article{Date: "2020-10-26"}, opts) {
				if tr.Confidence < 0 || tr.Confidence > 1 {
					t.Fatalf("confidence %v", tr.Confidence)
				}
			}
		}
		for i := range doc {
			for _, c := range ExtractCaRB(&doc[i]) {
				if c.Confidence < 0 || c.Confidence > 1 {
					t.Fatalf("CaRB confidence %v", c.Confidence)
				}
			}
		}
	})
}
