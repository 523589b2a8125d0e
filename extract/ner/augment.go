package ner

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// namePools are the names augmentation draws replacements from.
type namePools struct {
	mentions [nTypes][][]nlp.Token // mentions of each type in the training data
	gaz      [nTypes][]string      // gazetteer names of each type
	given    []string              // common given names
	surnames []string              // last words of multi-word PER mentions
}

func newNamePools(train []nlp.Sentence, g *gazetteer.Gazetteer) *namePools {
	p := &namePools{}
	for i := range train {
		s := &train[i]
		for _, sp := range s.EntitySpans() {
			typ := typeID(sp.Type)
			if typ == 0 {
				continue
			}
			toks := append([]nlp.Token(nil), s.Tokens[sp.Start:sp.End]...)
			p.mentions[typ] = append(p.mentions[typ], toks)
			if typ == typPER && sp.End-sp.Start >= 2 {
				if w := toks[len(toks)-1].Text; len(w) > 1 && startsUpper(w) {
					p.surnames = append(p.surnames, w)
				}
			}
		}
	}
	for i := 0; i < g.Len(); i++ {
		e := g.Entry(i)
		switch e.Subtype {
		case gazetteer.SubCountry, gazetteer.SubRegion:
			p.gaz[typLOC] = append(p.gaz[typLOC], e.Name)
		case gazetteer.SubCity:
			if e.Population >= 100000 {
				p.gaz[typLOC] = append(p.gaz[typLOC], e.Name)
			}
		case gazetteer.SubOrg:
			p.gaz[typORG] = append(p.gaz[typORG], e.Name)
		case gazetteer.SubGiven:
			if e.Population >= 5000 {
				p.given = append(p.given, e.Name)
			}
		}
	}
	return p
}

func typeID(t string) uint8 {
	switch t {
	case "PER":
		return typPER
	case "ORG":
		return typORG
	case "LOC":
		return typLOC
	}
	return 0
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// draw returns a replacement name of type typ as tokens with POS tags.
func (p *namePools) draw(typ uint8, rng *rand.Rand) []nlp.Token {
	if typ == typPER && len(p.given) > 0 && len(p.surnames) > 0 {
		switch rng.IntN(4) {
		case 0, 1:
			return nameTokens(p.given[rng.IntN(len(p.given))] + " " + p.surnames[rng.IntN(len(p.surnames))])
		case 2:
			return nameTokens(p.given[rng.IntN(len(p.given))])
		}
	}
	if typ != typPER && len(p.gaz[typ]) > 0 && rng.IntN(2) == 0 {
		return nameTokens(p.gaz[typ][rng.IntN(len(p.gaz[typ]))])
	}
	if m := p.mentions[typ]; len(m) > 0 {
		return append([]nlp.Token(nil), m[rng.IntN(len(m))]...)
	}
	return nil
}

// nameTokens tokenises a name and tags its words as a tagger would
// (proper nouns, with function words and punctuation tagged as such).
func nameTokens(name string) []nlp.Token {
	words := gazetteer.SplitName(name)
	toks := make([]nlp.Token, len(words))
	for i, w := range words {
		t := nlp.Token{Text: w, UPOS: "PROPN", XPOS: "NNP", Head: -1, SpaceAfter: true}
		switch strings.ToLower(w) {
		case "of", "for", "on", "in", "de":
			t.UPOS, t.XPOS = "ADP", "IN"
		case "and", "&":
			t.UPOS, t.XPOS = "CCONJ", "CC"
		case "the":
			t.UPOS, t.XPOS = "DET", "DT"
		case "'s":
			t.UPOS, t.XPOS = "PART", "POS"
		default:
			if !isAlnum(w[0]) {
				t.UPOS, t.XPOS = "PUNCT", w
			}
		}
		toks[i] = t
	}
	return toks
}

// augment returns `copies` copies of every document of train that has
// entities, with each PER, ORG and LOC name replaced by another name of
// its type (the same replacement for every mention of a name within a
// copy), drawn from the gazetteer and from other mentions. The model so
// sees many more names in the contexts that signal them, which helps it
// on names it has never seen.
func augment(train []nlp.Sentence, g *gazetteer.Gazetteer, copies int, seed uint64) []nlp.Sentence {
	if copies <= 0 || g == nil {
		return nil
	}
	pools := newNamePools(train, g)
	rng := rand.New(rand.NewPCG(seed, 0x617567))
	var out []nlp.Sentence
	for k := 1; k <= copies; k++ {
		prefix := "aug" + strconv.Itoa(k) + "-"
		for _, doc := range Documents(train) {
			has := false
			for i := range doc {
				if len(doc[i].EntitySpans()) > 0 {
					has = true
					break
				}
			}
			if !has {
				continue
			}
			repl := map[string][]nlp.Token{}
			for i := range doc {
				s := &doc[i]
				ns := nlp.Sentence{ID: prefix + s.ID}
				prev := 0
				for _, sp := range s.EntitySpans() {
					ns.Tokens = append(ns.Tokens, s.Tokens[prev:sp.Start]...)
					prev = sp.End
					typ := typeID(sp.Type)
					if typ == 0 {
						ns.Tokens = append(ns.Tokens, s.Tokens[sp.Start:sp.End]...)
						continue
					}
					var key strings.Builder
					key.WriteString(sp.Type)
					for _, t := range s.Tokens[sp.Start:sp.End] {
						key.WriteByte(' ')
						key.WriteString(strings.ToLower(t.Text))
					}
					r, ok := repl[key.String()]
					if !ok {
						r = pools.draw(typ, rng)
						repl[key.String()] = r
					}
					if len(r) == 0 {
						ns.Tokens = append(ns.Tokens, s.Tokens[sp.Start:sp.End]...)
						continue
					}
					for j, t := range r {
						t.Entity = "I-" + sp.Type
						if j == 0 {
							t.Entity = "B-" + sp.Type
						}
						ns.Tokens = append(ns.Tokens, t)
					}
				}
				ns.Tokens = append(ns.Tokens, s.Tokens[prev:]...)
				out = append(out, ns)
			}
		}
	}
	return out
}

// headlineSmall are the words headline style leaves in lower case.
var headlineSmall = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "for": true, "and": true, "but": true, "or": true, "by": true, "as": true,
}

// headlines returns copies of about share of the sentences of train,
// chosen at random, in headline case ("Army Prepares Offensive on
// Tripoli"), with their labels, so that capitals in headlines are not
// taken for names. Copies keep their sentence's ID, and so its document.
func headlines(train []nlp.Sentence, share float64, seed uint64) []nlp.Sentence {
	if share <= 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, 0x68656164))
	var out []nlp.Sentence
	for i := range train {
		if rng.Float64() >= share {
			continue
		}
		s := train[i]
		s.Tokens = append([]nlp.Token(nil), s.Tokens...)
		for j := range s.Tokens {
			t := &s.Tokens[j]
			if j > 0 && headlineSmall[strings.ToLower(t.Text)] {
				continue
			}
			r, size := utf8.DecodeRuneInString(t.Text)
			if unicode.IsLower(r) {
				t.Text = string(unicode.ToUpper(r)) + t.Text[size:]
			}
		}
		out = append(out, s)
	}
	return out
}
