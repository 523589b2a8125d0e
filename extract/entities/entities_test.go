package entities

import (
	"bufio"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

var nameKeyTests = []struct {
	in   string
	want []string
}{
	{"Ahmed al-Mismari", []string{"ahmed", "mismari"}},
	{`Nemat "Minouche" Shafik`, []string{"nemat", "minouche", "shafik"}},
	{"Al-Mismari", []string{"mismari"}},
	{"Haftar's", []string{"haftar"}},
	{"the Libyan National Army", []string{"libyan", "national", "army"}},
	{"U.S.", []string{"us"}}, // a dotted acronym is one word, as "US" is
	{"George W. Bush", []string{"george", "w", "bush"}},
	{"Jean-Claude Paye", []string{"jean", "claude", "paye"}},
	{"Recep Tayyip Erdoğan", []string{"recep", "tayyip", "erdogan"}}, // accents folded
}

func TestNameKey(t *testing.T) {
	for _, tc := range nameKeyTests {
		if got := NameKey(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NameKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// readTagged reads a CoNLL-U file whose MISC column carries Entity=TAG.
func readTagged(t *testing.T, path string) ([]nlp.Sentence, string) {
	t.Helper()
	doc, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	si, ti := 0, 0
	for sc.Scan() {
		l := sc.Text()
		if l == "" {
			if ti > 0 {
				si, ti = si+1, 0
			}
			continue
		}
		if l[0] == '#' {
			continue
		}
		cols := strings.Split(l, "\t")
		tag := "O"
		for _, kv := range strings.Split(cols[9], "|") {
			if v, ok := strings.CutPrefix(kv, "Entity="); ok {
				tag = v
			}
		}
		doc[si].Tokens[ti].Entity = tag
		ti++
	}
	var b strings.Builder
	for i := range doc {
		doc[i].Start = b.Len()
		b.WriteString(doc[i].Text + " ")
		doc[i].End = b.Len() - 1
	}
	return doc, b.String()
}

func resolveFile(t *testing.T, name string) *Doc {
	t.Helper()
	g := defaultGazetteer(t)
	doc, text := readTagged(t, filepath.Join("..", "triples", "testdata", name))
	return Resolve(doc, text, g)
}

func entityNamed(d *Doc, name string) (int, bool) {
	for i, e := range d.Entities {
		if e.Name == name {
			return i, true
		}
	}
	return -1, false
}

// canonicalTests: for each test document, names that must be one entity
// under the given canonical name and type.
var canonicalTests = []struct {
	file, name, typ string
	aliases         []string
}{
	// longest full name; surname, case and "al-" variants join it
	{"seed.conllu", "Ahmed al-Mismari", "PERSON", []string{"Al-Mismari", "al-Mismari"}},
	{"seed.conllu", "Khalifa Haftar", "PERSON", []string{"Haftar"}},
	// acronym defined in the text: "Libyan National Army (LNA)"
	{"seed.conllu", "Libyan National Army", "ORG", []string{"LNA"}},
	// acronym defined after a long name with function words
	{"doc-reuters21578-351.conllu", "Organization for Economic Cooperation and Development", "ORG", []string{"OECD"}},
	// a country named only by its demonym
	{"constructions-ewt.conllu", "Norway", "LOC", nil},
	// alternative names in brackets: "Daesh (ISIS/ISIL)"
	{"seed.conllu", "Daesh", "ORG", []string{"ISIS", "ISIL"}},
}

func TestCanonicalNames(t *testing.T) {
	for _, tc := range canonicalTests {
		d := resolveFile(t, tc.file)
		i, ok := entityNamed(d, tc.name)
		if !ok {
			t.Errorf("%s: no entity %q", tc.file, tc.name)
			continue
		}
		e := d.Entities[i]
		if e.Type != tc.typ {
			t.Errorf("%s: %q type %s, want %s", tc.file, tc.name, e.Type, tc.typ)
		}
		for _, a := range tc.aliases {
			found := false
			for _, x := range e.Aliases {
				found = found || x == a
			}
			if !found {
				t.Errorf("%s: %q aliases %v lack %q", tc.file, tc.name, e.Aliases, a)
			}
		}
	}
}

// corefTests: pronouns and descriptions in the seed article and what they
// must (or must not) resolve to. Sentence and token indexes are 0-based.
var corefTests = []struct {
	file      string
	sent, tok int
	want      string // "" = must stay unresolved
}{
	{"seed.conllu", 1, 2, "Ahmed al-Mismari"},              // "The LNA spokesman underscored"
	{"seed.conllu", 8, 19, "Khalifa Haftar"},               // "therefore he ordered"
	{"seed.conllu", 11, 4, "Khalifa Haftar"},               // "In the course of his visit Haftar gave"
	{"seed.conllu", 12, 1, "Khalifa Haftar"},               // "The General pointed out"
	{"seed.conllu", 10, 9, "Libya"},                        // "the speaker of the country's parliament"
	{"seed.conllu", 25, 8, "Aguila Saleh"},                 // "in his Friday interview"
	{"seed.conllu", 21, 0, "Ahmed al-Mismari"},             // "He called attention"
	{"seed.conllu", 19, 3, ""},                             // "Our two countries": plural, unresolved
	{"doc-bbc-politics-292.conllu", 1, 6, "Mike Nattrass"}, // "he denied"
	{"doc-reuters21578-351.conllu", 2, 0, "Jean-Claude Paye"},
}

func TestCoreference(t *testing.T) {
	docs := map[string]*Doc{}
	for _, tc := range corefTests {
		d := docs[tc.file]
		if d == nil {
			d = resolveFile(t, tc.file)
			docs[tc.file] = d
		}
		e, ok := d.EntityAt(tc.sent, tc.tok)
		got := ""
		if ok {
			got = d.Entities[e].Name
		}
		if got != tc.want {
			m, _ := d.MentionAt(tc.sent, tc.tok)
			t.Errorf("%s s%d t%d (%+v): resolved to %q, want %q", tc.file, tc.sent, tc.tok, m, got, tc.want)
		}
	}
}

func TestResolveEmpty(t *testing.T) {
	d := Resolve(nil, "", nil)
	if len(d.Entities) != 0 {
		t.Errorf("entities from nothing: %v", d.Entities)
	}
	if _, ok := d.EntityAt(3, 4); ok {
		t.Error("EntityAt out of range reported an entity")
	}
	// unparsed, untagged sentence with a nil gazetteer
	s := nlp.Sentence{Tokens: []nlp.Token{{Text: "He", Head: -1}, {Text: "left", Head: -1}}}
	Resolve([]nlp.Sentence{s}, "He left", nil)
	// every rule that asks the gazetteer, with none
	for _, sent := range []string{
		"Marks|O &|O Spencer|B-ORG said|O in|O Jerusalem|O",
		"six|O WorldCom|O executives|O and|O the|O firm|O Demos|O , Ohio|B-LOC -|O based|O KeyCorp|O",
		"US|B-ORG Food|I-ORG and|O Drug|O Administration|O on|O Wall|O Street|O",
	} {
		s, text := sentenceOf(sent)
		Resolve([]nlp.Sentence{s}, text, nil)
	}
}

// gluedTokens builds tokens from words; "_" before a word glues it to the
// previous one (no space), "|TAG" after it sets its entity tag.
func gluedTokens(ws ...string) []nlp.Token {
	var out []nlp.Token
	off := 0
	for _, w := range ws {
		glue := strings.HasPrefix(w, "_")
		w = strings.TrimPrefix(w, "_")
		tag := "O"
		if i := strings.Index(w, "|"); i > 0 {
			w, tag = w[:i], w[i+1:]
		}
		if !glue && off > 0 {
			off++
		}
		out = append(out, nlp.Token{Text: w, Start: off, End: off + len(w), Entity: tag})
		off += len(w)
	}
	return out
}

// TestNamePiecesBefore checks that a name span grows back over the
// capitalised pieces hyphenated to it, and only over those that can open
// a name.
func TestNamePiecesBefore(t *testing.T) {
	r := &resolver{gaz: defaultGazetteer(t), lex: wordList{nouns: []string{"near"}}}
	for _, tc := range []struct {
		toks        []nlp.Token
		start, want int
	}{
		{gluedTokens("Rolls", "_-", "_Royce|B-PER", "said"), 2, 0},
		{gluedTokens("Hart", "_-", "_Scott", "_-", "_Rodino|B-PER", "act"), 4, 0},
		{gluedTokens("Near", "_-", "_Earth|B-LOC", "objects"), 2, 2}, // a common word
		{gluedTokens("German", "_-", "_Busch|B-PER", "talks"), 2, 2}, // a demonym
		{gluedTokens("R", "_-", "_Kan|B-LOC", "said"), 2, 2},         // a party's letter
		{gluedTokens("Anglo", "_-", "_Dutch|B-ORG", "group"), 2, 2},  // a combining form
		{gluedTokens("Paris", "_-", "_London|B-LOC", "route"), 2, 2}, // a place
		{gluedTokens("Smith", "-", "Jones|B-PER", "said"), 2, 2},     // spaced
		{gluedTokens("Moet|B-ORG", "_-", "_Hennessy|B-ORG"), 2, 2},   // tagged
	} {
		if got := r.namePiecesBefore(tc.toks, tc.start); got != tc.want {
			t.Errorf("%v: start %d, want %d", tc.toks, got, tc.want)
		}
	}
}

// TestWholeWords checks that a name span widens over the pieces of a
// hyphenated name written close, capitalised or after a linking particle
// ("Tehreek-i-Insaf"), and over a particle before it.
func TestWholeWords(t *testing.T) {
	toks := gluedTokens
	tests := []struct {
		name               string
		toks               []nlp.Token
		start, end         int
		wantStart, wantEnd int
	}{
		{"hyphenated surname", toks("Abdel", "Fattah", "el", "_-", "_Sisi", "said"), 0, 3, 0, 5},
		{"particle before", toks("spokesman", "al", "_-", "_Mismari", "said"), 3, 4, 1, 4},
		{"lower-case piece stays out", toks("Yemen", "_-", "_based", "group"), 0, 1, 0, 1},
		{"another name stays out", toks("Paris", "_-", "_London|B-LOC", "route"), 0, 1, 0, 1},
		{"spaced hyphen stays out", toks("Smith", "-", "Jones"), 0, 1, 0, 1},
		{"a linking particle and its name", toks("Pakistan", "Tehreek", "_-", "_i", "_-", "_Insaf", "said"), 0, 2, 0, 6},
		{"two linked names", toks("Hizb", "_-", "_ut", "_-", "_Tahrir", "_-", "_Islami"), 0, 1, 0, 7},
		{"a lower-case word after the particle", toks("Tehreek", "_-", "_i", "_-", "_insaf"), 0, 1, 0, 1},
		{"no linking particle", toks("Tehreek", "_-", "_in", "_-", "_Insaf"), 0, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := wholeWords(tt.toks, tt.start, tt.end)
			if s != tt.wantStart || e != tt.wantEnd {
				t.Errorf("wholeWords(%d, %d) = %d, %d, want %d, %d", tt.start, tt.end, s, e, tt.wantStart, tt.wantEnd)
			}
		})
	}
}

// sentenceOf builds one analysed sentence from "word" or "word|IOB-TAG"
// items separated by spaces, with true offsets into the returned text.
func sentenceOf(items string) (nlp.Sentence, string) {
	var s nlp.Sentence
	var b strings.Builder
	for _, it := range strings.Fields(items) {
		// word[|TAG[|DEPREL|HEAD|UPOS[|XPOS]]]; a word written ^word is
		// glued to the one before
		glued := strings.HasPrefix(it, "^") && len(it) > 1
		f := strings.Split(strings.TrimPrefix(it, "^"), "|")
		w, tag := f[0], "O"
		if len(f) > 1 && f[1] != "" {
			tag = f[1]
		}
		if glued && len(s.Tokens) > 0 {
			s.Tokens[len(s.Tokens)-1].SpaceAfter = false
		} else if b.Len() > 0 {
			b.WriteByte(' ')
		}
		upos := "NOUN"
		if capitalisedWord(w) {
			upos = "PROPN"
		}
		tk := nlp.Token{Text: w, Lemma: w, UPOS: upos, Start: b.Len(), End: b.Len() + len(w), Entity: tag, Head: -1, SpaceAfter: true}
		if len(f) >= 4 {
			tk.Deprel = f[2]
			tk.Head, _ = strconv.Atoi(f[3])
		}
		if len(f) >= 5 {
			tk.UPOS = f[4]
		}
		if len(f) >= 6 {
			tk.XPOS = f[5]
		}
		s.Tokens = append(s.Tokens, tk)
		b.WriteString(w)
	}
	s.End = b.Len()
	s.Text = b.String()
	return s, b.String()
}

func TestClassPatterns(t *testing.T) {
	tests := []docTypesCase{
		{"place noun and of", []string{
			"a|O|det|3|DET bomb|O|nsubj|3|NOUN hit|O|root|0|VERB the|O|det|6|DET port|O|compound|6|NOUN town|O|obj|3|NOUN of|O|case|8|ADP Mokha|B-PER|nmod|6|PROPN",
			"Mokha|B-PER|nsubj|2|PROPN is|O|root|0|AUX calm|O|xcomp|2|ADJ",
		}, map[string]string{"Mokha": "LOC"}},
		{"a list after a class noun and including", []string{
			"German|O|amod|2|ADJ firms|O|nsubj|9|NOUN including|O|case|4|VERB Deutsche|B-PER|nmod|2|PROPN Bahn|I-PER|flat|4|PROPN ,|O|punct|7|PUNCT Daimler|B-ORG|conj|4|PROPN and|O|cc|9|CCONJ Siemens|B-PER|conj|4|PROPN left|O|root|0|VERB",
		}, map[string]string{"Deutsche Bahn": "ORG", "Daimler": "ORG", "Siemens": "ORG"}},
		{"a list item the recogniser missed", []string{
			"German|O|amod|2|ADJ firms|O|nsubj|8|NOUN including|O|case|4|VERB Deutsche|B-ORG|nmod|2|PROPN Bahn|I-ORG|flat|4|PROPN ,|O|punct|6|PUNCT Daimler|B-ORG|conj|4|PROPN and|O|cc|8|CCONJ Siemens|O|conj|4|PROPN left|O|root|0|VERB",
			"Siemens|O|nsubj|2|PROPN grew|O|root|0|VERB",
		}, map[string]string{"Deutsche Bahn": "ORG", "Daimler": "ORG", "Siemens": "ORG"}},
		{"an owner is no member", []string{
			"firms|O|nsubj|6|NOUN including|O|case|3|VERB Russia|B-LOC|nmod:poss|5|PROPN 's|O|case|3|PART Telesystems|B-ORG|nmod|1|PROPN rose|O|root|0|VERB",
			"firms|O|nsubj|6|NOUN such|O|case|4|ADJ as|O|fixed|2|ADP France|B-LOC|nmod:poss|6|PROPN 's|O|case|4|PART Dassault|B-PER|nmod|1|PROPN rose|O|root|0|VERB",
		}, map[string]string{"Russia": "LOC", "France": "LOC", "Telesystems": "ORG", "Dassault": "ORG"}},
		{"a list right after a plural class noun", []string{
			"technology|O|compound|2|NOUN companies|O|nsubj|8|NOUN Dell|B-PER|appos|2|PROPN ,|O|punct|5|PUNCT Samsung|B-ORG|conj|3|PROPN and|O|cc|7|CCONJ Matsushita|B-LOC|conj|3|PROPN joined|O|root|0|VERB",
			"poorer|O|amod|2|ADJ countries|O|obl|5|NOUN Gordon|B-PER|nsubj|5|PROPN Brown|I-PER|flat|3|PROPN will|O|aux|5|AUX say|O|root|0|VERB",
		}, map[string]string{"Dell": "ORG", "Samsung": "ORG", "Matsushita": "ORG", "Gordon Brown": "PERSON"}},
		{"such as", []string{
			"countries|O|nsubj|6|NOUN such|O|case|4|ADJ as|O|fixed|2|ADP Chad|B-PER|nmod|1|PROPN agreed|O|root|0|VERB",
		}, map[string]string{"Chad": "LOC"}},
		{"a place noun after the name", []string{
			"peace|O|obj|2|NOUN to|O|case|6|ADP the|O|det|6|DET disputed|O|amod|6|ADJ Nagorno-Karabakh|B-ORG|compound|6|PROPN region|O|obl|1|NOUN",
			"the|O|det|4|DET Moscow|B-ORG|compound|4|PROPN city|O|compound|4|NOUN council|O|nsubj|5|NOUN met|O|root|0|VERB",
		}, map[string]string{"Nagorno-Karabakh": "LOC", "Moscow": "ORG"}},
		{"government of stays a name's", []string{
			"the|O|det|2|DET government|O|nsubj|5|NOUN of|O|case|4|ADP Iraq|B-LOC|nmod|2|PROPN said|O|root|0|VERB",
		}, map[string]string{"Iraq": "LOC"}},
		{"a media noun names the name it heads or is headed by", []string{
			"news|O|compound|2|NOUN agency|O|compound|3|NOUN Fars|B-LOC|nsubj|4|PROPN reported|O|root|0|VERB",
		}, map[string]string{"Fars": "ORG"}},
		{"a media noun of a prepositional phrase names nobody", []string{
			"On|O|case|3|ADP live|O|amod|3|ADJ television|O|obl|6|NOUN Erdogan|B-PER|nsubj|6|PROPN also|O|advmod|6|ADV attacked|O|root|0|VERB it|O|obj|6|PRON",
			"President|O|compound|2|PROPN Erdogan|B-PER|nsubj|3|PROPN said|O|root|0|VERB so|O|obj|3|ADV",
		}, map[string]string{"Erdogan": "PERSON"}},
		{"a company noun in lower case the tagger called a proper noun", []string{
			"talks|O|root|0|NOUN with|O|case|5|ADP US|B-LOC|compound|4|PROPN bank|O|compound|5|PROPN Wells|B-PER|nmod|1|PROPN Fargo|I-PER|flat|5|PROPN",
		}, map[string]string{"Wells Fargo": "ORG"}},
		{"a class noun heading an apposition", []string{
			"NM|B-PER|nsubj|8|PROPN Rothschild|I-PER|flat|1|PROPN ,|O|punct|6|PUNCT the|O|det|6|DET investment|O|compound|6|NOUN bank|O|appos|1|NOUN ,|O|punct|6|PUNCT advises|O|root|0|VERB",
			"Nola|B-PER|obj|0|PROPN ,|O|punct|4|PUNCT a|O|det|4|DET village|O|appos|1|NOUN near|O|case|6|ADP Naples|B-LOC|nmod|4|PROPN",
			"Sumud|B-PER|nsubj|0|PROPN ,|O|punct|5|PUNCT a|O|det|5|DET civilian|O|amod|5|ADJ coalition|O|appos|1|NOUN ,|O|punct|5|PUNCT",
		}, map[string]string{"NM Rothschild": "ORG", "Nola": "LOC", "Sumud": "ORG"}},
		{"a capitalised class noun after \"the\" describes a body named before, but a coalition names itself", []string{
			"the|O|det|3|DET Coalition|B-ORG|compound|3|PROPN decision|O|nsubj|4|NOUN stood|O|root|0|VERB",
			"the|O|det|2|DET Ministry|B-ORG|nsubj|3|PROPN said|O|root|0|VERB so|O|obj|3|ADV",
		}, map[string]string{"Coalition": "ORG", "Ministry": ""}},
		{"an apposition of another name, or headed by a role noun, is none", []string{
			"Lewis|B-PER|nsubj|0|PROPN Johnson|I-PER|flat|1|PROPN ,|O|punct|4|PUNCT chief|O|appos|1|NOUN of|O|case|6|ADP Tactical|B-ORG|nmod|4|PROPN ,|O|punct|9|PUNCT a|O|det|9|DET company|O|appos|1|NOUN",
			"Shun|B-PER|nsubj|0|PROPN Takeda|I-PER|flat|1|PROPN ,|O|punct|5|PUNCT the|O|det|5|DET ministry|O|appos|1|NOUN of|O|case|7|ADP transport|O|nmod|5|NOUN official|O|compound|5|NOUN",
		}, map[string]string{"Lewis Johnson": "PERSON", "Shun Takeda": "PERSON"}},
		{"a role noun is no class", []string{
			"leaders|O|nsubj|5|NOUN including|O|case|3|VERB Trump|B-PER|nmod|1|PROPN met|O|root|0|VERB",
		}, map[string]string{"Trump": "PERSON"}},
	}
	checkDocTypes(t, nil, tests)
}

func TestOrgTails(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		sent string
		want []string // entity names, in any order
		not  []string
	}{
		{"the National|B-ORG Directorate|I-ORG for Security said", []string{"National Directorate for Security"}, []string{"National Directorate"}},
		{"the Department|B-ORG for Work and Pensions said", []string{"Department for Work and Pensions"}, nil},
		// a station named after its emirate; not a country's, not a broadcaster's station
		{"Abu|B-LOC Dhabi|I-LOC TV|O|x|0|PROPN reported", []string{"Abu Dhabi TV"}, []string{"Abu Dhabi"}},
		{"US|B-LOC TV|O|x|0|PROPN networks", []string{"United States"}, []string{"US TV"}},
		{"BBC|B-ORG Radio|O|x|0|PROPN 4", []string{"BBC"}, []string{"BBC Radio"}},
		{"the Department|B-ORG for Culture , Media and Sport said", []string{"Department for Culture , Media and Sport"}, nil}, // spanText keeps the source spacing
		// a remit after "for the", and its "of" chain
		{"the American|B-ORG Association|I-ORG for the Advancement of Science said", []string{"American Association for the Advancement of Science"}, []string{"American Association"}},
		{"the Joint|B-ORG Council|I-ORG for the Welfare of Immigrants said", []string{"Joint Council for the Welfare of Immigrants"}, nil},
		{"the Islamic|B-ORG Corporation|I-ORG for the Development of the Private|O|x|0|ADJ Sector ( ICD )", []string{"Islamic Corporation for the Development of the Private Sector"}, nil},
		{"voted by Congress|B-ORG for the Contras , and", []string{"Congress"}, []string{"Congress for the Contras"}},
		{"the Centre|B-ORG for the Study of Economics of the Federal Institute of Technology", []string{"Centre for the Study of Economics"}, nil},
		// the remit's run, untagged, and a place inside it
		{"the Federal Office for the Protection of the Constitution ( BfV ) said", []string{"Federal Office for the Protection of the Constitution"}, nil},
		{"the Agency for Protection of the Environment said", []string{"Agency for Protection of the Environment"}, nil},
		{"the Centre for Economic Research of the Federal Institute of Technology said", []string{"Centre for Economic Research"}, []string{"Centre for Economic Research of the Federal Institute of Technology"}},
		{"the Office for the Protection of the Sky Quality of Northern|O|x|0|ADJ Chile|B-LOC said", []string{"Office for the Protection of the Sky Quality of Northern Chile"}, []string{"Chile"}},
		// a list not closed by "and" is no part of the name
		{"the Department|B-ORG for Transport , Network Rail and others", []string{"Department for Transport"}, nil},
		// a tagged name after "of" stays apart
		{"the Federal|B-ORG Aviation|I-ORG Office|I-ORG of Germany|B-LOC said", []string{"Federal Aviation Office", "Germany"}, nil},
		// only after an organisation head
		{"Google|B-ORG for Android said", []string{"Google"}, []string{"Google for Android"}},
		// no calendar words or laws
		{"the Commission|B-ORG of Monday", []string{"Commission"}, nil},
		{"the Office|B-ORG for Budget Act", []string{"Office"}, nil},
		// back over "for" to the words the recogniser left out
		{"by Berlin|B-LOC non-profit Cinema|O|obl|0|PROPN for|O Peace|B-ORG Foundation|I-ORG .", []string{"Cinema for Peace Foundation"}, []string{"Peace Foundation"}},
		{"a poll by ICM|O|nmod|0|PROPN for|O BBC|B-ORG", []string{"BBC"}, []string{"ICM for BBC"}},
		{"the Chairman|O|nsubj|0|PROPN of|O Microsoft|B-ORG", []string{"Microsoft"}, []string{"Chairman of Microsoft"}},
		{"the Users|O|nsubj|0|PROPN of|O Acme|B-ORG", []string{"Acme"}, []string{"Users of Acme"}},
		// forward over the head the recogniser left out
		{"Home|B-ORG Office|O approval", []string{"Home Office"}, []string{"Home"}},
		{"K Wall|B-PER ( Basildon|B-LOC AC|O )", []string{"Basildon AC"}, []string{"Basildon"}},
		{"game with Real|O Madrid|B-LOC after", []string{"Real Madrid"}, []string{"Madrid"}},
		{"beat FC|O Barcelona|B-LOC 78-66 on Friday", []string{"FC Barcelona"}, []string{"Barcelona"}},
		{"Botafogo|B-ORG beat Atlético|B-PER Mineiro|O 3-1", []string{"Atlético Mineiro"}, []string{"Atlético"}},
		{"Cambridge|B-LOC United|O|x|0|VERB 4 1 2 1", []string{"Cambridge United"}, []string{"Cambridge"}},
		{"Queens|B-LOC Park|O Rangers|O v Bolton|B-ORG", []string{"Queens Park Rangers"}, []string{"Queens"}},
		{"the San|B-LOC Francisco|I-LOC Police|O Department|O said", []string{"San Francisco Police Department"}, nil},
		{"said South|O|amod|2|PROPN Wales|B-LOC Police|O", []string{"South Wales Police"}, []string{"Wales"}},
		{"the California|B-LOC Institute|O of|O Technology|O said", []string{"California Institute of Technology"}, nil},
		{"London|B-LOC Mayor|O said", []string{"London"}, nil}, // no head
		{"on the New|B-LOC York|I-LOC Stock|O Exchange|O today", []string{"New York Stock Exchange"}, []string{"New York"}},
		{"Great|O|amod|2|ADJ Service|O and hairstyles that last", nil, []string{"Great Service"}}, // a review's title
		{"the Federal|B-ORG Reserve|I-ORG Board|O said", []string{"Federal Reserve Board"}, []string{"Federal Reserve"}},
		{"the Scottish|B-ORG Prison|I-ORG Service|O said", []string{"Scottish Prison Service"}, nil},
		{"developed|O by|O Texas|B-LOC Instruments|O", []string{"Texas Instruments"}, []string{"Texas"}},
		// back over a word glued by a hyphen or dash
		{"shares of Anheuser|O -|O Busch|B-ORG Companies|I-ORG Inc|I-ORG rose", []string{"Anheuser-Busch Companies Inc"}, []string{"Busch Companies Inc"}},
		{"the Long|O -|O Term|B-ORG Credit|I-ORG Bank|I-ORG said", []string{"Long-Term Credit Bank"}, nil},
		// a lone head, "of" and a name the recogniser tagged apart
		{"the University|B-LOC of|O Delaware|B-LOC said", []string{"University of Delaware"}, []string{"Delaware", "University"}},
		{"the Bank|B-LOC of|O England|B-LOC said", []string{"Bank of England"}, []string{"England"}},
	}
	for _, tt := range tests {
		s, text := sentenceOf(tt.sent)
		for k := 1; k+1 < len(s.Tokens); k++ {
			if s.Tokens[k].Text == "-" { // glued: "Anheuser-Busch"
				s.Tokens[k-1].SpaceAfter, s.Tokens[k].SpaceAfter = false, false
			}
		}
		d := Resolve([]nlp.Sentence{s}, text, g)
		for _, name := range tt.want {
			if _, ok := entityNamed(d, name); !ok {
				t.Errorf("%q: no entity %q in %+v", tt.sent, name, d.Entities)
			}
		}
		for _, name := range tt.not {
			if _, ok := entityNamed(d, name); ok {
				t.Errorf("%q: unwanted entity %q", tt.sent, name)
			}
		}
	}
}

// TestHyphenGlued checks that a one-word name glued by a hyphen before a
// company's or a facility's name is the name's first word, unless it or
// the name after it stands alone in the article; and that the two
// one-word halves of such a name, tagged apart, join it again.
func TestHyphenGlued(t *testing.T) {
	g := defaultGazetteer(t)
	glue := func(sents ...string) ([]nlp.Sentence, string) {
		doc, text := docOf(sents...)
		for si := range doc {
			toks := doc[si].Tokens
			for k := 1; k+1 < len(toks); k++ {
				if toks[k].Text == "-" { // glued: "Borg-Warner"
					toks[k-1].SpaceAfter, toks[k].SpaceAfter = false, false
				}
			}
		}
		return doc, text
	}
	for _, tt := range []struct {
		sents     []string
		want, not []string
	}{
		{[]string{"shares|O of|O Borg|B-PER -|O Warner|B-ORG Corp|I-ORG rose|O"}, []string{"Borg-Warner Corp"}, []string{"Borg", "Warner Corp"}},
		{[]string{"the|O Mariners|B-ORG play|O at|O T|O -|O Mobile|B-LOC Park|I-LOC today|O"}, []string{"T-Mobile Park"}, []string{"Mobile Park"}},
		// two companies: the second stands alone in the article
		{[]string{"Amoco|B-ORG Corp|I-ORG agreed|O .|O", "the|O Dome|B-PER -|O Amoco|B-ORG Corp|I-ORG deal|O closed|O"}, []string{"Dome"}, []string{"Dome-Amoco Corp"}},
		// nor an organisation's name
		{[]string{"the|O IMF|B-ORG -|O World|B-ORG Bank|I-ORG Development|I-ORG Committee|I-ORG met|O"}, []string{"World Bank Development Committee"}, []string{"IMF-World Bank Development Committee"}},
		// a nation is no company's first word
		{[]string{"the|O U.S.|B-LOC -|O Japan|B-ORG Trade|I-ORG Council|I-ORG met|O"}, []string{"United States"}, nil},
		// the halves tagged apart join the name they open
		{[]string{"Allied|B-PER -|O Lyons|B-ORG PLC|I-ORG grew|O .|O", "Allied|B-PER -|O Lyons|B-LOC said|O so|O"}, []string{"Allied-Lyons PLC"}, []string{"Allied", "Lyons", "Lyon"}},
	} {
		doc, text := glue(tt.sents...)
		d := Resolve(doc, text, g)
		for _, name := range tt.want {
			if _, ok := entityNamed(d, name); !ok {
				t.Errorf("%q: no entity %q in %+v", tt.sents, name, d.Entities)
			}
		}
		for _, name := range tt.not {
			if _, ok := entityNamed(d, name); ok {
				t.Errorf("%q: unwanted entity %q in %+v", tt.sents, name, d.Entities)
			}
		}
	}
}

func TestAcronymWidensName(t *testing.T) {
	s, text := sentenceOf("a lawsuit by the Securities and Exchange|B-ORG Commission|I-ORG ( SEC ) . The SEC|B-ORG said")
	d := Resolve([]nlp.Sentence{s}, text, nil)
	i, ok := entityNamed(d, "Securities and Exchange Commission")
	if !ok {
		t.Fatalf("no entity named Securities and Exchange Commission: %+v", d.Entities)
	}
	found := false
	for _, a := range d.Entities[i].Aliases {
		found = found || a == "SEC"
	}
	if !found {
		t.Errorf("aliases %v lack SEC", d.Entities[i].Aliases)
	}
	// an acronym that spells "of" too; not a determiner before the name
	for _, c := range []struct{ sent, want string }{
		{"talks|O by|O the|O Convention|O|nsubj|0|NOUN of|O Scottish|B-ORG Local|I-ORG Authorities|I-ORG (|O COSLA|O )|O ended|O", "Convention of Scottish Local Authorities"},
		{"The|O|det|2|DET Chicago|B-ORG Board|I-ORG of|I-ORG Trade|I-ORG (|O CBOT|O )|O rose|O", "Chicago Board of Trade"},
	} {
		s, text := sentenceOf(c.sent)
		if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, nil), c.want); !ok {
			t.Errorf("%q: no entity %q", c.sent, c.want)
		}
	}
}

// TestAcronymJoinsCommaSpans checks that two organisation spans either
// side of a comma are one name when the acronym after them spells the
// initials of both, and stay two otherwise.
func TestAcronymJoinsCommaSpans(t *testing.T) {
	s, text := sentenceOf("the|O United|B-ORG Nations|I-ORG Educational|I-ORG ,|O Scientific|B-ORG and|I-ORG Cultural|I-ORG Organization|I-ORG (|O UNESCO|B-ORG )|O said|O")
	d := Resolve([]nlp.Sentence{s}, text, nil)
	i, ok := entityNamed(d, "United Nations Educational , Scientific and Cultural Organization")
	if !ok {
		t.Fatalf("no entity named United Nations Educational, Scientific and Cultural Organization: %+v", d.Entities)
	}
	if !slices.Contains(d.Entities[i].Aliases, "UNESCO") || d.Entities[i].Type != "ORG" {
		t.Errorf("got %+v, want an organisation also named UNESCO", d.Entities[i])
	}
	s, text = sentenceOf("the|O Red|B-ORG Cross|I-ORG ,|O World|B-ORG Food|I-ORG Programme|I-ORG (|O WFP|O )|O said|O")
	d = Resolve([]nlp.Sentence{s}, text, nil)
	for _, name := range []string{"Red Cross", "World Food Programme"} {
		if _, ok := entityNamed(d, name); !ok {
			t.Errorf("no entity named %s: %+v", name, d.Entities)
		}
	}
}

func TestRetagNames(t *testing.T) {
	tok := func(text, upos, ent string) nlp.Token {
		return nlp.Token{Text: text, UPOS: upos, XPOS: "VB", Lemma: strings.ToLower(text), Entity: ent}
	}
	tests := []struct {
		name    string
		toks    []nlp.Token
		want    bool
		wantPOS []string
	}{
		{"verb inside a name", []nlp.Token{tok("Speaking", "VERB", "O"), tok("to", "PART", "O"), tok("Sputnik", "VERB", "B-ORG")}, true, []string{"VERB", "PART", "PROPN"}},
		{"sentence-initial noun", []nlp.Token{tok("Netanyahu", "NOUN", "B-PER"), tok("called", "VERB", "O")}, true, []string{"PROPN", "VERB"}},
		{"sentence-initial verb kept", []nlp.Token{tok("Sputnik", "VERB", "B-ORG"), tok("said", "VERB", "O")}, false, []string{"VERB", "VERB"}},
		{"lower-case word kept", []nlp.Token{tok("the", "DET", "O"), tok("running", "VERB", "I-ORG")}, false, []string{"DET", "VERB"}},
		{"adjectives kept", []nlp.Token{tok("the", "DET", "O"), tok("Libyan", "ADJ", "B-ORG"), tok("Army", "PROPN", "I-ORG")}, false, []string{"DET", "ADJ", "PROPN"}},
		{"acronym read as a pronoun", []nlp.Token{tok("The", "DET", "O"), tok("WHO", "PRON", "B-ORG"), tok("chief", "ADJ", "O")}, true, []string{"DET", "PROPN", "ADJ"}},
		{"sentence-initial acronym", []nlp.Token{tok("WHO", "PRON", "B-ORG"), tok("said", "VERB", "O")}, true, []string{"PROPN", "VERB"}},
		{"pronoun in lower case kept", []nlp.Token{tok("He", "PRON", "B-PER"), tok("Kang", "PROPN", "I-PER")}, false, []string{"PRON", "PROPN"}},
		{"outside a name", []nlp.Token{tok("They", "PRON", "O"), tok("Run", "VERB", "O")}, false, []string{"PRON", "VERB"}},
	}
	// Penn tags inside names of several words, as in the treebanks.
	xtok := func(text, upos, xpos, ent string) nlp.Token {
		t := tok(text, upos, ent)
		t.XPOS = xpos
		return t
	}
	xtests := []struct {
		name     string
		toks     []nlp.Token
		wantXPOS []string
	}{
		{"adjective in a name is NNP", []nlp.Token{xtok("the", "DET", "DT", "O"), xtok("Libyan", "ADJ", "JJ", "B-ORG"), xtok("Army", "PROPN", "NNP", "I-ORG")}, []string{"DT", "NNP", "NNP"}},
		{"one-word adjective name stays JJ", []nlp.Token{xtok("Libyan", "ADJ", "JJ", "B-LOC"), xtok("troops", "NOUN", "NNS", "O")}, []string{"JJ", "NNS"}},
		{"plural noun is NNPS", []nlp.Token{xtok("the", "DET", "DT", "O"), xtok("Muslim", "ADJ", "NNP", "B-ORG"), xtok("Scholars", "NOUN", "NNS", "I-ORG")}, []string{"DT", "NNP", "NNPS"}},
	}
	for _, tt := range xtests {
		t.Run(tt.name, func(t *testing.T) {
			s := nlp.Sentence{Tokens: tt.toks}
			RetagNames(&s)
			for i, w := range tt.wantXPOS {
				if s.Tokens[i].XPOS != w {
					t.Errorf("token %d %q: XPOS %s, want %s", i, s.Tokens[i].Text, s.Tokens[i].XPOS, w)
				}
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := nlp.Sentence{Tokens: tt.toks}
			if got := RetagNames(&s); got != tt.want {
				t.Errorf("RetagNames = %v, want %v", got, tt.want)
			}
			for i, w := range tt.wantPOS {
				if s.Tokens[i].UPOS != w {
					t.Errorf("token %d %q: UPOS %s, want %s", i, s.Tokens[i].Text, s.Tokens[i].UPOS, w)
				}
			}
		})
	}
}

// docOf builds a document of sentences written as for sentenceOf.
// TestGivenNameShortForm checks that a company's first word that is also
// a given name is a short form of the company ("Jet" for Jet Airways), as
// a place's name is not ("Texas" for Texas Instruments).
func TestGivenNameShortForm(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Indian|O airline|O Jet|B-ORG Airways|I-ORG rose|O .|O",
		"Jet|B-PER began|O flying|O in|O 1993|O .|O",
	)
	d := Resolve(doc, text, g)
	i, ok := entityNamed(d, "Jet Airways")
	if !ok || !slices.Contains(d.Entities[i].Aliases, "Jet") {
		t.Errorf("want Jet Airways also named Jet, got %+v", d.Entities)
	}
	doc, text = docOf(
		"Texas|B-ORG Instruments|I-ORG Inc|I-ORG rose|O .|O",
		"Prices|O fell|O in|O Texas|B-LOC .|O",
	)
	d = Resolve(doc, text, g)
	if _, ok := entityNamed(d, "Texas"); !ok {
		t.Errorf("want Texas apart from Texas Instruments Inc, got %+v", d.Entities)
	}
}

func TestSurnameTypedAsPlace(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []docTypesCase{
		{"the surname alone joins the person", []string{
			"President|O Donald|B-PER Trump|I-PER spoke|O .|O",
			"Unfortunately|O ,|O Trump|B-LOC is|O behaving|O badly|O .|O",
		}, map[string]string{"Donald Trump": "PERSON", "Trump": ""}},
		{"a known place keeps its name", []string{
			"George|B-PER Washington|I-PER spoke|O .|O",
			"Washington|B-LOC is|O calm|O .|O",
		}, map[string]string{"George Washington": "PERSON", "Washington": "LOC"}},
		{"a town's name is a surname still", []string{
			"World|O number|O one|O Lindsay|B-PER Davenport|I-PER spoke|O .|O",
			"Davenport|B-LOC said|O it|O was|O wrong|O .|O",
		}, map[string]string{"Lindsay Davenport": "PERSON", "Davenport": ""}},
		{"after a preposition of place", []string{
			"Frank|B-PER Kiole|I-PER spoke|O .|O",
			"He|O lives|O in|O Kiole|B-LOC .|O",
		}, map[string]string{"Frank Kiole": "PERSON", "Kiole": "LOC"}},
	}
	checkDocTypes(t, g, tests)
}

func docOf(sents ...string) ([]nlp.Sentence, string) {
	var doc []nlp.Sentence
	var b strings.Builder
	for _, it := range sents {
		s, text := sentenceOf(it)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		off := b.Len()
		for i := range s.Tokens {
			s.Tokens[i].Start += off
			s.Tokens[i].End += off
		}
		s.Start, s.End = off, off+len(text)
		b.WriteString(text)
		doc = append(doc, s)
	}
	return doc, b.String()
}

func TestNewsNamingConventions(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Robert|B-PER Mugabe|I-PER died .",
		"Mugabe|B-PER ruled for decades .",
		"His wife Grace|B-PER Mugabe|I-PER was there .",
		"Cde|B-PER Mugabe|I-PER was buried .",
		"The base RAF|B-PER Croughton|I-PER is near .",
		"They fought Daesh|B-PER ( ISIS / ISIL ) there .",
	)
	d := Resolve(doc, text, g)
	i, ok := entityNamed(d, "Robert Mugabe")
	if !ok {
		t.Fatalf("no Robert Mugabe in %+v", d.Entities)
	}
	for _, m := range d.Mentions {
		if m.Kind == KindName && (m.Text == "Mugabe") && m.Entity != i {
			t.Errorf("bare surname after the main person's full name: %q (sentence %d) → %+v, want Robert Mugabe", m.Text, m.Sentence, d.Entities[m.Entity])
		}
	}
	if j, ok := entityNamed(d, "Grace Mugabe"); !ok || j == i {
		t.Errorf("Grace Mugabe must stay apart")
	}
	if j, ok := entityNamed(d, "RAF Croughton"); !ok || d.Entities[j].Type == "PERSON" {
		t.Errorf("RAF Croughton typed as a person")
	}
	if j, ok := entityNamed(d, "Daesh"); !ok || d.Entities[j].Type != "ORG" {
		t.Errorf("Daesh (ISIS/ISIL) not typed ORG")
	} else if a := d.Entities[j].Aliases; !slices.Contains(a, "ISIS") || !slices.Contains(a, "ISIL") {
		t.Errorf("Daesh aliases %v, want ISIS and ISIL (untagged alternatives)", a)
	}
	if _, ok := entityNamed(d, "there"); ok {
		t.Errorf("the word after the alternatives became a name")
	}
}

func TestSubjectIt(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string // "" = "it" stays unresolved
	}{
		{"a thing was the subject before it", []string{
			"The|O|det|2|DET centre|O|nsubj|3|NOUN belongs|O|root|0|VERB to|O|case|6|ADP the|O|det|6|DET Directorate|B-ORG|obl|3|PROPN ;|O|punct|3|PUNCT it|O|nsubj|10|PRON was|O|aux|10|AUX hit|O|parataxis|3|VERB",
		}, ""},
		{"a subordinate clause's subject", []string{
			"G7|O|nsubj|3|PROPN is|O|cop|3|AUX group|O|root|0|NOUN ,|O|punct|8|PUNCT though|O|mark|8|SCONJ the|O|det|7|DET Union|B-ORG|nsubj|8|PROPN joins|O|advcl|3|VERB",
			"It|O|nsubj|2|PRON grew|O|root|0|VERB",
		}, ""},
		{"the main clause's named subject", []string{
			"The|O|det|2|DET Commission|B-ORG|nsubj|3|PROPN ruled|O|root|0|VERB",
			"It|O|nsubj|2|PRON found|O|root|0|VERB",
		}, "Commission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, text := docOf(tt.sents...)
			d := Resolve(doc, text, nil)
			got := ""
			for _, m := range d.Mentions {
				if m.Kind == KindPronoun && strings.EqualFold(m.Text, "it") && m.Entity >= 0 {
					got = d.Entities[m.Entity].Name
				}
			}
			if got != tt.want {
				t.Errorf("it → %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReporterPronoun: a neuter pronoun in what a named organisation
// says stands for it, and one listed right after a name stands for that
// name, even when another name stands nearer.
func TestReporterPronoun(t *testing.T) {
	tests := []pronounCase{
		{"in the complement, through a conjunct and a relative clause", sent(
			"Datapower/PROPN/2/compound/B-ORG", "Inc/PROPN/3/nsubj/I-ORG", "said/VERB/0/root/", "it/PRON/5/nsubj/",
			"failed/VERB/3/ccomp/", "to/PART/7/mark/", "meet/VERB/5/xcomp/", "the/DET/10/det/", "Nasdaq/PROPN/10/compound/B-ORG",
			"requirements/NOUN/7/obj/", ",/PUNCT/14/punct/", "but/CCONJ/14/cc/", "it/PRON/14/nsubj/", "received/VERB/5/conj/",
			"an/DET/16/det/", "exemption/NOUN/14/obj/", "which/PRON/19/nsubj/", "will/AUX/19/aux/", "allow/VERB/16/acl:relcl/",
			"its/PRON/21/nmod:poss/", "stock/NOUN/19/obj/", "./PUNCT/3/punct/"),
			[]int{3, 12, 19}, []string{"Datapower Inc", "Datapower Inc", "Datapower Inc"}},
		{"a complement with a subject of its own, whose its", sent(
			"Acme/PROPN/2/compound/B-ORG", "Corp/PROPN/3/nsubj/I-ORG", "said/VERB/0/root/", "Beta/PROPN/5/compound/B-ORG",
			"Corp/PROPN/7/nsubj/I-ORG", "would/AUX/7/aux/", "raise/VERB/3/ccomp/", "its/PRON/9/nmod:poss/", "rates/NOUN/7/obj/"),
			[]int{7}, []string{"Beta Corp"}},
		{"a dateline's place taken for the subject", sent(
			"Calgary/PROPN/5/nsubj/B-LOC", "-/PUNCT/4/punct/", "Canterra/PROPN/4/compound/B-ORG", "Ltd/PROPN/1/appos/I-ORG",
			"said/VERB/0/root/", "it/PRON/7/nsubj/", "drills/VERB/5/ccomp/"),
			[]int{5}, []string{""}},
		{"a named object beside the subject", sent(
			"Washington/PROPN/2/nsubj/B-LOC", "warned/VERB/0/root/", "Brussels/PROPN/2/obj/B-LOC", "it/PRON/5/nsubj/",
			"faces/VERB/2/ccomp/", "tariffs/NOUN/5/obj/"),
			[]int{3}, []string{""}},
		{"its clause's subject", sent(
			"Ford/PROPN/9/nsubj/B-ORG", ",/PUNCT/5/punct/", "which/PRON/5/nsubj/", "has/AUX/5/aux/", "sold/VERB/1/acl:relcl/",
			"more/ADJ/6/amod/", "than/ADP/8/case/", "Honda/PROPN/5/obl/B-ORG", "launched/VERB/0/root/", "its/PRON/11/nmod:poss/",
			"hybrid/NOUN/9/obj/"),
			[]int{9}, []string{"Ford"}},
		{"a quotation's it, with no name before it in the quotation", sent(
			"Apple/PROPN/2/nsubj/B-ORG", "fell/VERB/0/root/", ":/PUNCT/2/punct/", "\"/PUNCT/8/punct/", "At/ADP/6/case/",
			"present/NOUN/8/obl/", "it/PRON/8/nsubj/", "pays/VERB/2/parataxis/", "\"/PUNCT/8/punct/"),
			[]int{6}, []string{""}},
		{"a quotation's its after a name in it", sent(
			"\"/PUNCT/3/punct/", "Apple/PROPN/3/nsubj/B-ORG", "bundled/VERB/0/root/", "its/PRON/5/nmod:poss/", "monopoly/NOUN/3/obj/",
			"\"/PUNCT/3/punct/"),
			[]int{3}, []string{"Apple"}},
		{"listed right after a name", sent(
			"Calny/PROPN/2/compound/B-ORG", "Inc/PROPN/3/nsubj/I-ORG", "sued/VERB/0/root/", "PepsiCo/PROPN/5/compound/B-ORG",
			"Inc/PROPN/3/obj/I-ORG", "and/CCONJ/8/cc/", "its/PRON/8/nmod:poss/", "unit/NOUN/5/conj/"),
			[]int{6}, []string{"PepsiCo Inc"}},
	}
	checkPronouns(t, tests)
}

// TestUnclosedQuotation: a quotation mark left unclosed closes at the end
// of its sentence, so the next sentences are no quotation.
func TestUnclosedQuotation(t *testing.T) {
	doc := []nlp.Sentence{
		sent("He/PRON/2/nsubj/", "said/VERB/0/root/", "\"/PUNCT/4/punct/", "yes/INTJ/2/obj/"),
		sent("Acme/PROPN/2/nsubj/B-ORG", "grew/VERB/0/root/", "./PUNCT/2/punct/"),
		sent("It/PRON/2/nsubj/", "rose/VERB/0/root/", "./PUNCT/2/punct/"),
	}
	if got := nameAt(Resolve(doc, "", nil), 2, 0); got != "Acme" {
		t.Errorf("It → %q, want Acme", got)
	}
}

// TestNominalCompany: "the firm" refers back to a company, not to the
// regulator named after it.
func TestNominalCompany(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Acme/PROPN/2/compound/B-ORG", "Corp/PROPN/4/nsubj:pass/I-ORG", "was/AUX/4/aux:pass/", "fined/VERB/0/root/", "./PUNCT/4/punct/"),
		sent("The/DET/3/det/", "Trade/PROPN/3/compound/B-ORG", "Commission/PROPN/4/nsubj/I-ORG", "said/VERB/0/root/", "so/ADV/4/advmod/", "./PUNCT/4/punct/"),
		sent("The/DET/2/det/", "firm/NOUN/3/nsubj/", "denied/VERB/0/root/", "it/PRON/3/obj/", "./PUNCT/3/punct/"),
	}
	d := Resolve(doc, "", nil)
	if got := nameAt(d, 2, 1); got != "Acme Corp" {
		t.Errorf("the firm → %q, want Acme Corp", got)
	}
}

// TestCorefTypes: coreference asks for an entity's type as the entity
// rules give it, not the recogniser's: a company the recogniser took for
// a person is "the company" and no "he".
func TestCorefTypes(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Unilever/PROPN/2/nsubj/B-PER", "grew/VERB/0/root/", "./PUNCT/2/punct/"),
		sent("The/DET/2/det/", "company/NOUN/3/nsubj/", "said/VERB/0/root/", "so/ADV/3/advmod/", "./PUNCT/3/punct/"),
		sent("He/PRON/2/nsubj/", "left/VERB/0/root/", "./PUNCT/2/punct/"),
	}
	d := Resolve(doc, "", defaultGazetteer(t))
	for _, c := range []struct {
		sent, tok int
		want      string
	}{{0, 0, "Unilever ORG"}, {1, 1, "Unilever ORG"}, {2, 0, ""}} {
		got := ""
		if e, ok := d.EntityAt(c.sent, c.tok); ok {
			got = d.Entities[e].Name + " " + d.Entities[e].Type
		}
		if got != c.want {
			t.Errorf("sentence %d token %d → %q, want %q", c.sent, c.tok, got, c.want)
		}
	}
}

// TestDescriptionNotReference: a role noun with a name of its own, or
// given as a role ("as captain"), refers back to nobody.
func TestDescriptionNotReference(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Federer/PROPN/2/nsubj/B-PER", "hired/VERB/0/root/", "coach/NOUN/4/compound/", "Tony/PROPN/2/obj/B-PER",
			"Roche/PROPN/4/flat/I-PER", "and/CCONJ/8/cc/", "captain/NOUN/8/compound/", "Johnson/PROPN/4/conj/B-PER", "./PUNCT/2/punct/"),
		sent("He/PRON/2/nsubj/", "wanted/VERB/0/root/", "Agassi/PROPN/5/nmod:poss/B-PER", "'s/PART/3/case/", "coach/NOUN/2/obj/",
			"Darren/PROPN/5/appos/B-PER", "Cahill/PROPN/6/flat/I-PER", "./PUNCT/2/punct/"),
		sent("Woodward/PROPN/2/nsubj/B-PER", "named/VERB/0/root/", "Dallaglio/PROPN/2/obj/B-PER", "as/ADP/6/case/",
			"England/PROPN/6/compound/B-LOC", "captain/NOUN/2/obl/", "./PUNCT/2/punct/"),
	}
	d := Resolve(doc, "", nil)
	for _, at := range [][2]int{{1, 4}, {2, 5}} {
		if e, ok := d.EntityAt(at[0], at[1]); ok {
			t.Errorf("%q in sentence %d refers to %s", doc[at[0]].Tokens[at[1]].Text, at[0], d.Entities[e].Name)
		}
	}
}

// TestRoleFits: a description with qualifiers ("the prime minister",
// "the home secretary") refers to a person who holds that title, not to
// the deputy or the shadow.
func TestRoleFits(t *testing.T) {
	doc := []nlp.Sentence{
		sent("dinner/NOUN/0/root/", "hosted/VERB/1/acl/", "by/ADP/4/case/", "Deputy/NOUN/2/obl:agent/", "Prime/ADJ/6/amod/",
			"Minister/PROPN/7/nmod:desc/", "John/PROPN/4/appos/B-PER", "Prescott/PROPN/7/flat/I-PER"),
		sent("the/DET/3/det/", "prime/ADJ/3/amod/", "minister/NOUN/4/nsubj/", "said/VERB/0/root/", "so/ADV/4/advmod/"),
		sent("Home/PROPN/2/compound/", "Secretary/PROPN/3/compound/", "Charles/PROPN/6/nsubj/B-PER", "Clarke/PROPN/3/flat/I-PER",
			"and/CCONJ/13/cc/", "met/VERB/0/root/", "shadow/NOUN/10/compound/", "home/NOUN/10/compound/",
			"secretary/NOUN/11/compound/", "David/PROPN/6/obj/B-PER", "Davis/PROPN/11/flat/I-PER"),
		sent("the/DET/3/det/", "home/NOUN/3/compound/", "secretary/NOUN/4/nsubj/", "said/VERB/0/root/", "so/ADV/4/advmod/"),
	}
	d := Resolve(doc, "", nil)
	for _, c := range []struct {
		sent, tok int
		want      string
	}{{1, 2, ""}, {3, 2, "Charles Clarke"}} {
		if got := nameAt(d, c.sent, c.tok); got != c.want {
			t.Errorf("sentence %d: %q → %q, want %q", c.sent, doc[c.sent].Tokens[c.tok].Text, got, c.want)
		}
	}
}

// TestTeamWords: "the club" and "the team" refer back to the sports team
// the article names, not to another organisation nor to a team named
// beside them.
func TestTeamWords(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Leeds/PROPN/3/nsubj/B-ORG", "United/PROPN/1/flat/I-ORG", "won/VERB/0/root/", "./PUNCT/3/punct/"),
		sent("Fifa/PROPN/2/nsubj/B-ORG", "fined/VERB/0/root/", "the/DET/4/det/", "club/NOUN/2/obj/", "./PUNCT/2/punct/"),
		sent("The/DET/2/det/", "team/NOUN/5/nsubj/", "-/PUNCT/4/punct/", "mate/NOUN/2/flat/", "left/VERB/0/root/", "./PUNCT/5/punct/"),
	}
	d := Resolve(doc, "", nil)
	if got := nameAt(d, 1, 3); got != "Leeds United" {
		t.Errorf("the club → %q, want Leeds United", got)
	}
	if e, ok := d.EntityAt(2, 1); ok {
		t.Errorf("team in team-mate → %s", d.Entities[e].Name)
	}
}

func TestGroupNameHead(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tt := range []struct{ sent, want, typ string }{
		{"The Houthi|B-LOC movement claimed the attack .", "Houthi movement", "ORG"},
		{"A Russia|B-LOC movement grew .", "Russia", "LOC"},                    // a country stays itself
		{"The YPG|B-ORG militia fought .", "People's Protection Units", "ORG"}, // a group the gazetteer names alone
	} {
		doc, text := docOf(tt.sent, "Houthi|B-LOC spokesperson Yahya|B-PER Sarea|I-PER said .")
		d := Resolve(doc, text, g)
		i, ok := entityNamed(d, tt.want)
		if !ok {
			t.Errorf("%q: no entity %q in %+v", tt.sent, tt.want, d.Entities)
			continue
		}
		if d.Entities[i].Type != tt.typ {
			t.Errorf("%q: %s typed %s, want %s", tt.sent, tt.want, d.Entities[i].Type, tt.typ)
		}
		if tt.want == "Houthi movement" && !slices.Contains(d.Entities[i].Aliases, "Houthi") {
			t.Errorf("a later bare Houthi (tagged LOC) stays apart from the Houthi movement: %+v", d.Entities)
		}
	}
}

func TestSubjectPronounContinuesSubject(t *testing.T) {
	doc, text := docOf(
		"Ramon|B-PER|compound|2|PROPN Sy|I-PER|nsubj|3|PROPN resigned|O|root|0|VERB",
		"He|O|nsubj|3|PRON was|O|cop|3|AUX associate|O|root|0|NOUN of|O|case|5|ADP Marcos|B-PER|nmod|3|PROPN and|O|cc|8|CCONJ he|O|nsubj|8|PRON left|O|conj|3|VERB",
	)
	for _, s := range doc {
		for i := range s.Tokens {
			if strings.EqualFold(s.Tokens[i].Text, "he") {
				s.Tokens[i].UPOS = "PRON"
			}
		}
	}
	d := Resolve(doc, text, nil)
	want, _ := entityNamed(d, "Ramon Sy")
	n := 0
	for _, m := range d.Mentions {
		if m.Kind == KindPronoun {
			n++
			if m.Entity != want {
				t.Errorf("%q at sentence %d token %d → %+v, want Ramon Sy", m.Text, m.Sentence, m.Start, d.Entities[m.Entity])
			}
		}
	}
	if n != 2 {
		t.Errorf("%d pronouns resolved, want 2", n)
	}
}

func TestOrgAcronyms(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		sent string
		want string // entity name, "" for none
	}{
		{"leaders of the G8|O|nmod|3|PROPN met", "G8"},
		{"a G8|O|compound|3|NOUN aid|O|compound|4|NOUN package", "G8"},
		{"NATO|O|nsubj|2|PROPN said", "North Atlantic Treaty Organization"}, // the gazetteer names it
		{"G8 LEADERS MEET IN LONDON", ""},                                   // a headline in capitals
		{"the XQZ|O|nsubj|3|PROPN said", ""},                                // not in the gazetteer
		{"he wrote on Twitter|O|obl|2|PROPN", "Twitter"},
		{"Human|O|compound|3|PROPN Rights|O|compound|3|PROPN Watch|O|nsubj|4|PROPN said", "Human Rights Watch"},
		{"at|O|case|2|ADP Times|O|obl|0|NOUN", ""}, // one word must be the whole name: The Times
		{"Maria|B-PER NATO|I-PER said", ""},        // part of another name
		// an adjective and a connector inside the name
		{"the|O|det|3|DET Federal|O|amod|3|ADJ Reserve|O|nsubj|4|PROPN said", "Federal Reserve"},
		{"the|O|det|5|DET Securities|O|compound|5|PROPN and|O|cc|4|CCONJ Exchange|O|conj|2|PROPN Commission|O|nsubj|6|PROPN said", "Securities and Exchange Commission"},
		{"claimed|O by|O the|O|det|5|DET Houthi|O|compound|5|PROPN movement|O|obl|1|NOUN", "Houthi movement"}, // a name ending in a common noun
		{"the|O Fed|B-ORG said|O", "Federal Reserve"},                                                         // a body's other name is renamed too
		{"the|O Cia|B-ORG unit|O said|O", "Cia"},                                                              // but not a name written otherwise
		{"loans|O from|O Citibank|O|nmod|1|PROPN NA|O|flat|3|PROPN", "Citibank"},                              // but before a legal form
		{"said|O Citibank|O|compound|3|PROPN Chairman|O|compound|4|PROPN John|B-PER Reed|I-PER", "Citibank"},  // or a title
		{"the|O|det|2|DET Houthis|O|nsubj|3|PROPN attacked|O", "Houthi movement"},                             // a body's other name
		{"a|O Fed|O|compound|4|ADJ Tax|O|compound|4|PROPN ID|O|obj|0|PROPN", ""},                              // one word opening a longer name
	}
	for _, tt := range tests {
		checkOrganisation(t, tt.sent, g, tt.want)
	}
}

// TestKnownOrganisationsTyped: names the gazetteer lists as
// organisations, clubs, and names before a club's or party's post are
// organisations whatever the recogniser said.
func TestKnownOrganisationsTyped(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []typedCase{
		{"Nokia|B-LOC said", "Nokia", "ORG"},
		// a company's one-word name that is a given name too
		{"Shell|B-PER said", "Shell", "ORG"},
		{"Art|B-PER Shell|I-PER said . Shell|B-PER left", "Art Shell", "PERSON"},
		{"Leeds|B-LOC United|I-LOC won", "Leeds United", "ORG"},
		{"Warner|B-PER Brothers|I-PER said", "Warner Brothers", "ORG"},
		{"United|B-LOC States|I-LOC said", "United States", "LOC"},
		{"Paris|B-LOC said", "Paris", "LOC"},
		// posts of a club or party after the name
		{"Fulham|B-LOC manager|O|compound|3|NOUN Chris|B-PER Coleman|I-PER said", "Fulham", "ORG"},
		{"Chelsea|B-PER boss|O|compound|3|NOUN Jose|B-PER Mourinho|I-PER said", "Chelsea", "ORG"},
		{"England|B-LOC coach|O|compound|3|NOUN Andy|B-PER Robinson|I-PER said", "England", "ORG"}, // the national team
		{"Fulham|B-LOC is|O a|O town", "Fulham", "LOC"},
		// posts that are common words too count before a person's name
		{"Bath|B-LOC prop|O|compound|3|NOUN Duncan|B-PER Bell|I-PER said", "Bath", "ORG"},
		{"his|O Newcastle|B-LOC team|O -|O mate|O|compound|5|NOUN Noon|B-PER played", "Newcastle", "ORG"},
		{"the|O Colorado|B-LOC centre|O|compound|3|NOUN said", "Colorado", "LOC"},
		{"the|O Bath|B-LOC centre|O|compound|3|NOUN opened", "Bath", "LOC"},
		{"Tory|B-PER leader|O|compound|3|NOUN Michael|B-PER Howard|I-PER said", "Tory", "ORG"},
		{"138|O seats|O in|O the|O Lower|B-LOC House|I-LOC", "Lower House", "ORG"}, // a parliament's chamber
		{"at|O Lower|B-LOC House|I-LOC Farm|I-LOC", "Lower House Farm", "LOC"},
		{"Tony|B-PER Blair|I-PER spoke . Blair|B-PER spokesman|O|compound|3|NOUN Tom|B-PER Kelly|I-PER said", "Tony Blair", "PERSON"},
	}
	checkTypedCases(t, g, tests)
}

// typedCase is a sentence written as for sentenceOf, a name in it and
// the type its entity should have.
type typedCase struct{ sent, name, want string }

// docTypesCase is a document, its sentences written as for sentenceOf,
// and the types of the entities it must have ("" for no such entity).
type docTypesCase struct {
	name  string
	sents []string
	want  map[string]string
}

// checkDocTypes resolves the document of each case and checks the types
// of its entities.
func checkDocTypes(t *testing.T, g Gazetteer, cases []docTypesCase) {
	t.Helper()
	checkDocTypesLex(t, g, nil, cases)
}

// checkDocTypesLex is checkDocTypes with lexicon lex (nil for none).
func checkDocTypesLex(t *testing.T, g Gazetteer, lex Lexicon, cases []docTypesCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc, text := docOf(tt.sents...)
			d := ResolveWith(doc, text, g, lex)
			for name, typ := range tt.want {
				var got string
				if i, ok := entityNamed(d, name); ok {
					got = d.Entities[i].Type
				}
				if got != typ {
					t.Errorf("entity %q typed %q, want %q; entities %+v", name, got, typ, d.Entities)
				}
			}
		})
	}
}

// checkTypedCases runs checkTyped on each case.
func checkTypedCases(t *testing.T, g Gazetteer, cases []typedCase) {
	t.Helper()
	for _, c := range cases {
		checkTyped(t, g, c.sent, c.name, c.want)
	}
}

// checkTypedLex resolves each case's sentence with gazetteer g and lexicon
// lex and checks that the entity it names has the wanted type.
func checkTypedLex(t *testing.T, g Gazetteer, lex Lexicon, cases []typedCase) {
	t.Helper()
	for _, tc := range cases {
		s, text := sentenceOf(tc.sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Type != tc.want {
			t.Errorf("%q: want %s %q, got %+v", tc.sent, tc.want, tc.name, d.Entities)
		}
	}
}

// checkNoEntity resolves each sentence, written as for sentenceOf, and
// fails for every entity that bad reports.
func checkNoEntity(t *testing.T, g Gazetteer, sents []string, bad func(extract.Entity) bool) {
	t.Helper()
	for _, sent := range sents {
		s, text := sentenceOf(sent)
		for _, e := range Resolve([]nlp.Sentence{s}, text, g).Entities {
			if bad(e) {
				t.Errorf("%q: unwanted %+v", sent, e)
			}
		}
	}
}

// isType returns a test of an entity's type.
func isType(typ string) func(extract.Entity) bool {
	return func(e extract.Entity) bool { return e.Type == typ }
}

// checkTyped resolves the sentence written as for sentenceOf and checks
// that the entity named (or also written) name is typed want.
func checkTyped(t *testing.T, g Gazetteer, sent, name, want string) {
	t.Helper()
	s, text := sentenceOf(sent)
	d := Resolve([]nlp.Sentence{s}, text, g)
	found := false
	for _, e := range d.Entities {
		if e.Name == name || slices.Contains(e.Aliases, name) {
			found = true
			if e.Type != want {
				t.Errorf("%q: %s typed %s, want %s", sent, name, e.Type, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: no entity %s in %+v", sent, name, d.Entities)
	}
}

func TestEventNames(t *testing.T) {
	tests := []typedCase{
		{"at|O the|O Athens|B-ORG Olympics|I-ORG", "Athens Olympics", "EVENT"},
		{"won|O the|O US|B-ORG Open|I-ORG", "US Open", "EVENT"},
		{"the|O Grand|B-LOC Slam|I-LOC", "Grand Slam", "EVENT"},
		{"won|O a|O Brit|B-PER Award|I-PER", "Brit Award", "EVENT"},
		{"shown|O at|O the|O Berlin|B-LOC Film|I-LOC Festival|I-LOC", "Berlin Film Festival", "EVENT"},
		{"models|O at|O Paris|B-ORG Fashion|I-ORG Week|I-ORG", "Paris Fashion Week", "EVENT"},
		{"leaders|O at|O the|O Venice|B-LOC Summit|I-LOC", "Venice Summit", "EVENT"},
		{"at|O the|O British|B-LOC Comedy|I-LOC Awards|I-LOC", "British Comedy Awards", "EVENT"},
		{"won|O the|O Prix|B-ORG Goncourt|I-ORG", "Prix Goncourt", "EVENT"},
		{"won|O the|O Belmont|B-ORG Stakes|I-ORG", "Belmont Stakes", "EVENT"},
		{"won|O the|O Epsom|B-LOC Derby|I-LOC", "Epsom Derby", "EVENT"},
		{"won|O the|O Kentucky|B-LOC Derby|B-LOC on|O Saturday|O", "Kentucky Derby", "EVENT"},
		{"the|O Olympics|B-ORG", "Olympics", "EVENT"},
		{"at|O the|O Athens|B-LOC Games|O", "Athens Games", "EVENT"},
		// awards: a prize named with a cue, or in the plural
		{"his|O first|O Oscar|B-PER nomination|O", "Oscar", "EVENT"},
		{"at|O the|O Baftas|B-LOC", "Baftas", "EVENT"},
		{"Oscar|B-PER said|O", "Oscar", "PERSON"},
		// the recogniser stopped before the head
		{"in|O the|O Davis|B-PER Cup|O final|O", "Davis Cup", "EVENT"},
		{"the|O Birmingham|B-LOC Indoor|O Grand|O Prix|O", "Birmingham Indoor Grand Prix", "EVENT"},
		// a head alone, or one inside the name, is no event
		{"Open|B-ORG said", "Open", "ORG"},
		{"the|O Open|B-ORG University|I-ORG said", "Open University", "ORG"},
		{"Davis|B-PER said|O", "Davis", "PERSON"},
		// a company's name whose short form ends in an event's head
		{"First|B-ORG Marathon|I-ORG Securities|I-ORG Ltd|I-ORG analyst|O said|O ;|O First|B-ORG Marathon|I-ORG said|O", "First Marathon Securities Ltd", "ORG"},
	}
	checkTypedCases(t, nil, tests)
	// a town the gazetteer knows named so
	checkTyped(t, defaultGazetteer(t), "voters|O in|O Lee|B-LOC ^'s|I-LOC Summit|I-LOC backed|O it|O", "Lee's Summit", "LOC")
}

// TestTeams checks the cues that a town's name stands for its club.
func TestTeams(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []typedCase{
		// a fixture
		{"Chelsea|B-LOC v|O Arsenal|B-ORG", "Chelsea", "ORG"},
		{"Chelsea|B-ORG 2-1|O Liverpool|B-LOC", "Liverpool", "ORG"},
		{"Chelsea|B-ORG 2|O -|O 1|O Liverpool|B-LOC", "Liverpool", "ORG"},
		// a result with a score, as one token or three
		{"Fulham|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB Portsmouth|B-LOC|obj|2|PROPN 2-1|O|obl|2|NUM", "Portsmouth", "ORG"},
		{"Fulham|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB Portsmouth|B-LOC|obj|2|PROPN 2|O|obl|2|NUM -|O|case|6|SYM 1|O|nmod|4|NUM", "Fulham", "ORG"},
		// no score, but a town does not beat another town: its team does,
		// whatever the tree says of the words
		{"Fulham|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB Portsmouth|B-LOC|obj|2|PROPN easily|O|advmod|2|ADV", "Fulham", "ORG"},
		{"as|O|case|3|ADP Leicestershire|B-LOC|amod|3|PROPN beat|O|root|0|VERB Somerset|B-LOC|obj|3|PROPN by|O|case|6|ADP innings|O|obl|3|NOUN", "Somerset", "ORG"},
		{"Fulham|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB the|O|det|4|DET odds|O|obj|2|NOUN", "Fulham", "LOC"},
		// the plural, as British news writes of a team
		{"Liverpool|B-LOC|nsubj|4|PROPN have|O|aux|4|AUX not|O|advmod|4|PART won|O|root|0|VERB", "Liverpool", "ORG"},
		{"Liverpool|B-LOC|nsubj|4|PROPN has|O|aux|4|AUX not|O|advmod|4|PART changed|O|root|0|VERB", "Liverpool", "LOC"},
		{"Phil|B-PER|nsubj|3|PROPN should|O|aux|3|AUX have|O|root|0|VERB it|O|obj|3|PRON", "Phil", "PERSON"}, // a modal, no plural
		{"Arsenal|B-PER|nsubj|3|PROPN are|O|cop|3|AUX top|O|root|0|ADJ", "Arsenal", "ORG"},                   // no town, but a plural
		{"Tony|B-PER Blair|I-PER|nsubj|4|PROPN have|O|aux|4|AUX won|O|root|0|VERB", "Tony Blair", "PERSON"},
		{"Leeds|B-LOC|conj|3|PROPN and|O|cc|3|CCONJ Hull|B-LOC|nsubj|5|PROPN are|O|cop|5|AUX cities|O|root|0|NOUN", "Hull", "LOC"},
		// persons win and play fixtures too
		{"Davenport|B-PER|nsubj|2|PROPN beat|O|root|0|VERB Dulko|B-PER|obj|2|PROPN 6-4|O|obl|2|NUM", "Davenport", "PERSON"},
		// club names
		{"Real|B-LOC Madrid|I-LOC won", "Real Madrid", "ORG"},
		{"Manchester|B-LOC City|I-LOC won", "Manchester City", "ORG"},
		{"Mexico|B-LOC City|I-LOC is|O big", "Mexico City", "LOC"},
		// an opponent, a player's club, a team's fans
		{"played|O against|O Barcelona|B-LOC on|O|case|5|ADP Wednesday|O", "Barcelona", "ORG"},
		{"a|O 3-2|O victory|O over|O Liverpool|B-LOC", "Liverpool", "ORG"},
		{"Craig|B-PER Bellamy|I-PER (|O Newcastle|B-LOC )|O", "Newcastle", "ORG"},
		{"hush|O the|O Liverpool|B-LOC fans|O", "Liverpool", "ORG"},
		{"turned|O against|O Hollywood|B-LOC imports|O", "Hollywood", "LOC"},
		{"a|O 1-0|O defeat|O at|O the|O hands|O of|O Sevilla|B-LOC", "Sevilla", "ORG"},
		// owning a person's full name, or a team's part
		{"Arsenal|B-PER 's|O Thierry|B-PER Henry|I-PER scored|O", "Arsenal", "ORG"},
		{"Tottenham|B-LOC 's|O players|O won|O", "Tottenham", "ORG"},
		{"Souness|B-PER 's|O side|O won|O", "Souness", "PERSON"},
		{"Spain|B-LOC 's|O Rafael|B-PER Nadal|I-PER won|O", "Spain", "LOC"},
		{"honours|O won|O at|O Chelsea|B-PER would|O be|O cheapened|O", "Chelsea", "ORG"},
		{"a|O party|O at|O Smith|B-PER 's|O home|O", "Smith", "PERSON"},
		{"his|O first|O goal|O|root|0|NOUN for|O|case|5|ADP Chelsea|B-PER|nmod|3|PROPN", "Chelsea", "ORG"},
		{"he|O would|O join|O|root|0|VERB Cragg|B-PER|obj|3|PROPN in|O|case|6|ADP Madrid|B-LOC", "Cragg", "PERSON"},
		// a club the recogniser cut in two
		{"Manchester|B-LOC United|B-ORG winger|O Cristiano|B-PER Ronaldo|I-PER", "Manchester United", "ORG"},
		// a place the recogniser cut in two
		{"relief|O in|O South|B-LOC Asia|B-LOC", "South Asia", "LOC"},
		// a nation's team by the strongest cues (TestNationTeams)
		{"England|B-LOC v|O Wales|B-LOC", "England", "ORG"},
		{"GB|B-LOC captain|O Jeremy|B-PER Bates|I-PER led|O Great|B-LOC Britain|I-LOC", "Great Britain", "ORG"},
		// a town listed with a team
		{"Essex|B-LOC ,|O Derbyshire|B-LOC and|O Surrey|B-LOC won|O ;|O Surrey|B-LOC captain|O Chris|B-PER Lewis|I-PER scored|O", "Essex", "ORG"},
		{"At|O Heathrow|B-LOC ,|O Fulham|B-LOC manager|O Chris|B-PER Coleman|I-PER said|O", "Heathrow", "LOC"},
		// a given name that is also a town, alone, takes the town's cues
		{"they|O face|O Chelsea|B-PER in|O|case|6|ADP the|O final|O", "Chelsea", "ORG"},
		{"United|B-ORG host|O Chelsea|B-PER on|O|case|6|ADP Sunday|O", "Chelsea", "ORG"},
		// ... and beside other teams, acting on its own
		{"Manchester|B-ORG United|I-ORG reduced|O|root|0|VERB the|O lead|O of|O Chelsea|B-PER|nmod|5|PROPN", "Chelsea", "ORG"},
		{"Manchester|B-ORG United|I-ORG trail|O|root|0|VERB Chelsea|B-PER|obj|3|PROPN", "Chelsea", "ORG"},
		{"a|O Chelsea|B-PER side|O", "Chelsea", "ORG"},
		// ... not as persons stand: listed with persons, with a title or
		// an age, after a heading, or with a person of that given name
		{"Manchester|B-ORG United|I-ORG won|O ;|O Zoe|B-PER ,|O Chrissie|B-PER and|O Chelsea|B-PER|obj|3|PROPN", "Chelsea", "PERSON"},
		{"Manchester|B-ORG United|I-ORG won|O ;|O he|O met|O|root|0|VERB Dr|O Chelsea|B-PER|obj|6|PROPN", "Chelsea", "PERSON"},
		{"Manchester|B-ORG United|I-ORG won|O ;|O he|O met|O|root|0|VERB Chelsea|B-PER|obj|6|PROPN ,|O 13|O|appos|7|NUM", "Chelsea", "PERSON"},
		{"Manchester|B-ORG United|I-ORG won|O ;|O Subs|O not|O used|O :|O Chelsea|B-PER|obj|7|PROPN", "Chelsea", "PERSON"},
		{"Chelsea|B-PER Clinton|I-PER watched|O Manchester|B-ORG United|I-ORG ;|O Chelsea|B-PER|nsubj|8|PROPN smiled|O|root|0|VERB", "Chelsea", "PERSON"},
		// a one-word name no given name or place has, listed with a team
		{"Manchester|B-ORG United|I-ORG trail|O|root|0|VERB Chelsea|B-PER|obj|3|PROPN and|O Arsenal|B-PER|conj|4|PROPN", "Arsenal", "ORG"},
		// a town a player joins; not one a party signs a deal for
		{"he|O left|O to|O join|O|root|0|VERB Newcastle|B-LOC|obj|4|PROPN", "Newcastle", "ORG"},
		{"they|O signed|O|root|0|VERB a|O deal|O|obj|2|NOUN for|O|case|6|ADP Brighton|B-LOC|obl|2|PROPN", "Brighton", "LOC"},
		// a player by position
		{"Arsenal|B-PER 's|O Brazilian|O|amod|4|ADJ midfielder|O Edu|B-PER", "Arsenal", "ORG"},
		// the other side of a fixture, tagged or not
		{"Milton|B-LOC Keynes|I-LOC Dons|O v|O Peterborough|B-LOC", "Peterborough", "ORG"},
		{"they|O face|O Davenport|B-PER in|O|case|6|ADP the|O final|O", "Davenport", "PERSON"},
		// ... and is a team listed with a club named as one
		{"the|O top|O three|O of|O Chelsea|B-PER ,|O Manchester|B-ORG United|I-ORG and|O Arsenal|B-ORG", "Chelsea", "ORG"},
		// a post the tokenizer split at its hyphen
		{"Chelsea|B-PER left|O -|O back|O Wayne|B-PER Bridge|I-PER", "Chelsea", "ORG"},
		// a club's post in lower case, even if tagged a proper noun
		{"Surrey|B-LOC|nsubj|5|PROPN captain|O|flat|1|PROPN Chris|B-PER|flat|1|PROPN Lewis|I-PER|flat|1|PROPN scored|O|root|0|VERB", "Surrey", "ORG"},
	}
	checkTypedCases(t, g, tests)
}

// TestRosters checks that the names of a team sheet are persons.
func TestRosters(t *testing.T) {
	g := defaultGazetteer(t)
	sheet := "Chelsea|B-ORG : Cech|B-PER , Ferreira|B-PER , Carvalho|B-ORG , Terry|O , Gallas|B-PER , Tiago|B-PER , Makelele|B-LOC , Lampard|B-PER ( Cole|B-PER 61 ) , Drogba|B-PER ."
	for name, want := range map[string]string{"Carvalho": "PERSON", "Makelele": "PERSON", "Terry": "PERSON", "Chelsea": "ORG"} {
		checkTyped(t, g, sheet, name, want)
	}
	// a list of clubs keeps its places and clubs
	clubs := "Pool|O 1|O : Castres|B-PER , Perpignan|B-PER , Leeds|B-ORG United|I-ORG , Blackburn|B-ORG Rovers|I-ORG , Ulster|B-PER , Smith|B-PER ( Jones|B-PER 3 )"
	checkTyped(t, g, clubs, "Castres", "PERSON") // a place keeps the recogniser's type, right or wrong
	checkTyped(t, g, clubs, "Leeds United", "ORG")
	// substitutes after their heading, however few
	checkTyped(t, g, "Subs|O Not|O Used|O :|O Jaidi|B-LOC ,|O Poole|B-LOC .|O", "Poole", "PERSON")
	// places the gazetteer does not know count as surnames; unknown
	// organisations do not
	bench := "Sheahan|B-PER , Horan|B-LOC , O'Callaghan|B-LOC , Miller|B-PER , G|B-PER Easterby|I-PER , Humphreys|B-LOC , Dempsey|B-PER ."
	checkTyped(t, g, bench, "Horan", "PERSON")
	// in a team sheet, a small place is a surname too
	subsSheet := "Kenny|B-PER , Geary|B-PER , Morgan|B-PER , Liddell|B-PER , Montgomery|B-LOC , Jagielka|B-PER , Tonge|B-PER ( Quinn|B-PER 97|O|nummod|9|NUM ) , Gray|B-PER ."
	checkTyped(t, g, subsSheet, "Montgomery", "PERSON")
	brokers := "Piper|B-ORG , Jaffray|B-ORG , Sutro|B-ORG , Hutton|B-ORG , Smith|B-PER , Jones|B-PER , Brown|B-PER ."
	checkTyped(t, g, brokers, "Piper", "ORG")
	// too few names, or too few of them persons
	checkTyped(t, g, "Paris|B-LOC , Rome|B-LOC , Madrid|B-LOC , Berlin|B-LOC , Vienna|B-LOC , Smith|B-PER , Lisbon|B-LOC .", "Lisbon", "LOC")
}

// TestCompanyNoun checks that a company noun right before a name makes it
// an organisation, and a noun for a body of the sky a place.
func TestCompanyNoun(t *testing.T) {
	g := defaultGazetteer(t)
	checkTyped(t, g, "anti-virus|O|amod|2|ADJ firm|O|compound|3|NOUN Sophos|B-PER|nsubj|4|PROPN said|O|root|0|VERB", "Sophos", "ORG")
	checkTyped(t, g, "chip|O|compound|2|NOUN giant|O|compound|3|NOUN Intel|B-LOC|nsubj|4|PROPN said|O|root|0|VERB", "Intel", "ORG")
	checkTyped(t, g, "broadcaster|O|compound|3|NOUN Cyril|B-PER Fletcher|I-PER|nsubj|4|PROPN died|O|root|0|VERB", "Cyril Fletcher", "PERSON")
	checkTyped(t, g, "the|O team|O|compound|3|NOUN France|B-LOC|nsubj|4|PROPN won|O|root|0|VERB", "France", "LOC")
	// a body of the sky or of the Earth's past classes the name as a place
	checkTyped(t, g, "its|O largest|O moon|O|compound|4|NOUN Charon|B-PER|obj|0|PROPN", "Charon", "LOC")
	checkTyped(t, g, "the|O supercontinent|O|compound|3|NOUN Gondwana|B-PER|nmod|0|PROPN", "Gondwana", "LOC")
}

// TestDesignatedOrg checks that a name ending in a company's legal form or
// an organisation-only head is an organisation whatever the recogniser
// typed it, and that heads shared with surnames or countries are not such
// designators.
func TestDesignatedOrg(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Ford|B-PER Motor|I-PER Co|I-PER|nsubj|4|PROPN said|O|root|0|VERB", "Ford Motor Co", "ORG"},
		{"Hoechst|B-PER AG|I-PER|nsubj|3|PROPN said|O|root|0|VERB", "Hoechst AG", "ORG"},
		{"astronomers|O|nsubj|0|NOUN at|O Lowell|B-LOC Observatory|I-LOC|obl|1|PROPN", "Lowell Observatory", "ORG"},
		{"a|O fellow|O at|O Clare|B-LOC College|I-LOC ,|O Cambridge|B-LOC", "Clare College", "ORG"},
		{"Tyra|B-PER Banks|I-PER|nsubj|3|PROPN said|O|root|0|VERB", "Tyra Banks", "PERSON"},
		{"Simon|B-PER Hall|I-PER|nsubj|3|PROPN said|O|root|0|VERB", "Simon Hall", "PERSON"},
		{"the|O Russian|B-LOC Federation|I-LOC|nsubj|4|PROPN said|O|root|0|VERB", "Russian Federation", "LOC"},
		{"Douglas|B-PER &|I-PER Lomason|I-PER|nsubj|4|PROPN said|O|root|0|VERB", "Douglas & Lomason", "ORG"},
		// a newspaper, an agency, a broadcaster; not a place's paper
		{"Le|B-PER Matin|I-PER newspaper|O said|O", "Le Matin", "ORG"},
		{"the|O Tanjug|B-PER news|O agency|O said|O", "Tanjug", "ORG"},
		{"the|O Moscow|B-LOC daily|O said|O", "Moscow", "LOC"},
		{"news|O agency|O|compound|3|NOUN Fars|B-LOC reported|O", "Fars", "ORG"}, // a province's name
		{"the|O Fars|B-LOC news|O agency|O reported|O", "Fars", "ORG"},
		{"broadcaster|O Cyril|B-PER Fletcher|I-PER died|O", "Cyril Fletcher", "PERSON"},
	})
}

// TestCountryThenPerson checks that a country and a person's name run
// together in one place span are split, and that names of bodies are not.
func TestCountryThenPerson(t *testing.T) {
	g := defaultGazetteer(t)
	checkTyped(t, g, "the|O President|O of|O the|O United|B-LOC States|I-LOC Donald|I-LOC Trump|I-LOC said|O", "Donald Trump", "PERSON")
	checkTyped(t, g, "the|O President|O of|O the|O United|B-LOC States|I-LOC Donald|I-LOC Trump|I-LOC said|O", "United States", "LOC")
	checkTyped(t, g, "the|O US|B-ORG Secret|I-ORG Service|I-ORG said|O", "US Secret Service", "ORG")
}

// TestPlaceThenSurname checks that a place's name run into the surname of
// a person the article names in full, where a comma is missing after an
// opening adverbial, makes two names, and that a person's own full name
// after such a preposition stays whole.
func TestPlaceThenSurname(t *testing.T) {
	g := defaultGazetteer(t)
	checkDocTypes(t, g, []docTypesCase{
		{"particle", []string{
			"Ahmed|B-PER al|I-PER ^-|I-PER ^Mismari|I-PER spoke|O|root|0|VERB .",
			"Islamists|O in|O Tripoli|B-LOC al|I-LOC ^-|I-LOC ^Mismari|I-LOC stressed|O|root|0|VERB that|O",
		}, map[string]string{"Tripoli": "LOC", "Ahmed al-Mismari": "PERSON", "Tripoli al-Mismari": ""}},
		{"one word", []string{
			"Emmanuel|B-PER Macron|I-PER arrived|O|root|0|VERB .",
			"In|O Paris|B-PER Macron|I-PER said|O|root|0|VERB the|O deal|O was|O done|O",
		}, map[string]string{"Paris": "LOC", "Emmanuel Macron": "PERSON", "Paris Macron": ""}},
		{"not before a noun", []string{
			"Emmanuel|B-PER Macron|I-PER arrived|O|root|0|VERB .",
			"In|O Paris|B-PER Macron|I-PER supporters|O|root|0|NOUN cheered|O",
		}, map[string]string{"Paris Macron": "PERSON"}},
		{"no adverbial", []string{
			"John|B-PER Kowalczyk|I-PER arrived|O|root|0|VERB .",
			"and|O Georgia|B-PER Kowalczyk|I-PER said|O|root|0|VERB the|O deal|O was|O done|O",
		}, map[string]string{"Georgia Kowalczyk": "PERSON"}},
		{"a given name after the place", []string{
			"Michael|B-PER Jackson|I-PER died|O|root|0|VERB .",
			"in|O Paris|B-PER Jackson|I-PER said|O|root|0|VERB she|O",
		}, map[string]string{"Paris Jackson": "PERSON"}},
		{"a firm named after its founder", []string{
			"Anna|B-PER Kowalczyk|I-PER founded|O|root|0|VERB it|O .",
			"staff|O at|O Dublin|B-ORG Kowalczyk|I-ORG said|O|root|0|VERB they|O",
		}, map[string]string{"Dublin Kowalczyk": "ORG"}},
		{"his own name", []string{
			"John|B-PER Mubanga|I-PER arrived|O|root|0|VERB .",
			"a|O letter|O sent|O to|O Martin|B-PER Mubanga|I-PER said|O|root|0|VERB his|O passport|O",
			"Martin|B-PER Mubanga|I-PER left|O|root|0|VERB .",
		}, map[string]string{"Martin Mubanga": "PERSON", "Martin": ""}},
		{"a middle name", []string{
			"John|B-PER Kowalczyk|I-PER arrived|O|root|0|VERB .",
			"in|O Florence|B-PER Mae|I-PER Kowalczyk|I-PER said|O|root|0|VERB she|O",
		}, map[string]string{"Florence Mae Kowalczyk": "PERSON"}},
		{"two middle names", []string{
			"John|B-PER Kowalczyk|I-PER arrived|O|root|0|VERB .",
			"in|O Florence|B-PER Mae|I-PER Ann|I-PER Kowalczyk|I-PER said|O|root|0|VERB she|O",
		}, map[string]string{"Florence Mae Ann Kowalczyk": "PERSON"}},
		{"no full name elsewhere", []string{
			"Mr|O Kowalczyk|B-PER arrived|O|root|0|VERB .",
			"In|O Georgia|B-PER Kowalczyk|I-PER said|O|root|0|VERB the|O deal|O was|O done|O",
		}, map[string]string{"Georgia Kowalczyk": "PERSON"}},
	})
}

// TestDiscourseOpener checks that a sentence's linking adverb, written
// without its comma, does not open the name after it, while a name
// opening with a word that also opens names stays whole.
func TestDiscourseOpener(t *testing.T) {
	g := defaultGazetteer(t)
	checkDocTypes(t, g, []docTypesCase{
		{"adverb", []string{"Instead|B-ORG Australia|I-ORG ^'s|O captain|O hit|O|root|0|VERB the|O runs|O"},
			map[string]string{"Instead Australia": "", "Australia": "LOC"}},
		{"after a quote", []string{"\"|O However|B-ORG Kowalczyk|I-ORG spoke|O|root|0|VERB"},
			map[string]string{"However Kowalczyk": "", "Kowalczyk": "ORG"}},
		{"a name", []string{"Now|B-ORG TV|I-ORG said|O|root|0|VERB"}, map[string]string{"Now TV": "ORG"}},
		{"inside a sentence", []string{"the|O While|B-ORG Away|I-ORG Club|I-ORG met|O|root|0|VERB"},
			map[string]string{"While Away Club": "ORG"}},
	})
}

// TestFrenchArticleNames checks that a French article and one word typed a
// person's name are a paper's or a firm's, unless a person's fuller name
// ends in the word.
func TestFrenchArticleNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkDocTypes(t, g, []docTypesCase{
		{"a paper", []string{"Le|B-PER Figaro|I-PER reported|O|root|0|VERB it|O"}, map[string]string{"Le Figaro": "ORG"}},
		{"a surname", []string{
			"Marine|B-PER Le|I-PER Pen|I-PER spoke|O|root|0|VERB .",
			"Le|B-PER Pen|I-PER said|O|root|0|VERB it|O",
		}, map[string]string{"Marine Le Pen": "PERSON", "Le Pen": ""}},
	})
}

// TestApostropheGiven checks that a given name with an apostrophe inside,
// which the recogniser leaves out, opens the person's name after it.
func TestApostropheGiven(t *testing.T) {
	g := defaultGazetteer(t)
	checkDocTypes(t, g, []docTypesCase{
		{"given name", []string{"Da'Vine|O Joy|B-PER Randolph|I-PER won|O|root|0|VERB"},
			map[string]string{"Da'Vine Joy Randolph": "PERSON"}},
		{"curly apostrophe", []string{"De’Aaron|O Fox|B-PER scored|O|root|0|VERB"},
			map[string]string{"De’Aaron Fox": "PERSON"}},
		{"after a capitalised word", []string{"Patrick|O Da'Silva|O Ferreira|B-PER scored|O|root|0|VERB"},
			map[string]string{"Da'Silva Ferreira": ""}},
		{"a possessive", []string{"Jo's|O Smith|B-PER scored|O|root|0|VERB"},
			map[string]string{"Jo's Smith": ""}},
		{"another name's word", []string{"De'Aaron|B-ORG Fox|B-PER scored|O|root|0|VERB"},
			map[string]string{"De'Aaron Fox": "", "Fox": "PERSON"}},
	})
}

// TestSurnameOfPlaceTyped checks that a full name the recogniser typed a
// place and that reads as a person's takes in its surname found alone as
// a person's, and is that person.
func TestSurnameOfPlaceTyped(t *testing.T) {
	g := defaultGazetteer(t)
	checkDocTypesLex(t, g, wordList{nouns: []string{"ball", "kick"}}, []docTypesCase{
		{"person", []string{
			"the|O ball|O went|O wide|O of|O Thibaut|B-LOC Courtois|I-LOC .|O",
			"Courtois|B-PER saved|O|root|0|VERB the|O kick|O .|O",
		}, map[string]string{"Thibaut Courtois": "PERSON", "Courtois": ""}},
		{"a place's word", []string{
			"fans|O went|O to|O Lake|B-LOC Courtois|I-LOC .|O",
			"Courtois|B-PER saved|O|root|0|VERB the|O kick|O .|O",
		}, map[string]string{"Courtois": "PERSON"}},
		{"another surname", []string{
			"the|O ball|O went|O wide|O of|O Thibaut|B-LOC Courtois|I-LOC .|O",
			"Kovac|B-PER saved|O|root|0|VERB the|O kick|O .|O",
		}, map[string]string{"Kovac": "PERSON"}},
	})
}

// TestDemonymCompound checks that a compound adjective of peoples before a
// noun is no name, and that a name of that form heading its phrase is.
func TestDemonymCompound(t *testing.T) {
	g := defaultGazetteer(t)
	checkDocTypes(t, g, []docTypesCase{
		{"adjective", []string{
			"the|O Russo|B-LOC ^-|I-LOC ^Libyan|I-LOC|amod|4|ADJ collaboration|O|root|0|NOUN",
		}, map[string]string{"Russo-Libyan": ""}},
		{"two demonyms", []string{
			"a|O Franco|B-PER ^-|I-PER ^German|I-PER|amod|4|ADJ candidate|O|root|0|NOUN",
		}, map[string]string{"Franco-German": ""}},
		{"a demonym first", []string{
			"a|O Saudi|B-LOC ^-|I-LOC ^French|I-LOC|amod|5|ADJ venture|O|root|0|NOUN",
		}, map[string]string{"Saudi-French": ""}},
		{"a bank", []string{
			"Saudi|B-LOC ^-|I-LOC ^French|I-LOC|nsubj|4|PROPN agreed|O|root|0|VERB",
		}, map[string]string{"Saudi-French": "LOC"}},
	})
}

// TestDescribedAsPerson checks that a place span opening with a given name
// (or, before ", who", made of words the gazetteer does not know) is a
// person's name when the words around it describe a person, and that
// another name in apposition is no description.
func TestDescribedAsPerson(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"during|O the|O presidency|O of|O Barack|B-LOC Obama|I-LOC", "Barack Obama", "PERSON"},
		{"the|O campaign|O of|O Andriy|B-LOC Kovalenko|I-LOC ,|O who|O was|O arrested|O", "Andriy Kovalenko", "PERSON"},
		// (sentenceOf gives every word itself as its lemma: "aide" stands
		// for "aides" lemmatised)
		{"met|O|root|0|VERB Andriy|B-LOC|obj|1|PROPN Yermak|I-LOC|flat|2|PROPN ,|O|punct|5|PUNCT one|O|appos|2|NUM of|O|case|9|ADP President|O|nmod:desc|8|PROPN Zelensky|B-PER|nmod:poss|9|PROPN 's|O|case|8|PART aide|O|nmod|5|NOUN",
			"Andriy Yermak", "PERSON"},
		{"on|O|case|3|ADP the|O|det|3|DET Commodore|B-LOC|obl|0|PROPN Amiga|I-LOC|flat|3|PROPN ,|O|punct|6|PUNCT Prince|O|appos|3|PROPN of|O|case|8|ADP Persia|O|nmod|6|PROPN",
			"Commodore Amiga", "LOC"},
		{"the|O town|O of|O Jordan|B-LOC Valley|I-LOC ,|O who|O", "Jordan Valley", "LOC"},
		// ", who" describes a person whose given name the gazetteer lacks,
		// in a name none of whose words it knows
		{"the|O campaign|O of|O Viktar|B-LOC Babaryka|I-LOC ,|O who|O was|O arrested|O", "Viktar Babaryka", "PERSON"},
		{"fans|O in|O Northern|B-LOC Ireland|I-LOC ,|O who|O cheered|O", "Northern Ireland", "LOC"},
		// a role noun opening the sentence inside the span
		{"Singer|B-ORG Joss|I-ORG Stone|I-ORG won|O", "Joss Stone", "PERSON"},
		{"Rapper|B-PER Eminem|I-PER has|O won|O", "Eminem", "PERSON"},
		// before two names the gazetteer knows no given name of, though
		// a few were given the noun as a name ("Lawyer")
		{"Lawyer|B-PER Ravneel|I-PER Chand|I-PER told|O reporters|O", "Ravneel Chand", "PERSON"},
		{"Analyst|B-PER Ravneel|I-PER Chand|I-PER told|O reporters|O", "Ravneel Chand", "PERSON"},
		{"Teodoro|B-PER Ravneel|I-PER Chand|I-PER told|O reporters|O", "Teodoro Ravneel Chand", "PERSON"},
		// an honorific before the span, a particle inside it
		{"says|O Dr|O Frans|B-LOC de|I-LOC Waal|I-LOC", "Frans de Waal", "PERSON"},
		{"says|O Dr|O Yuelian|B-ORG Sun|I-ORG", "Yuelian Sun", "PERSON"},
	})
}

// wordList is a Lexicon over a few words, in lower case; nouns are common
// nouns, adjectives only common words.
type wordList struct{ nouns, adjectives, rare []string }

func (l wordList) CommonWord(w string) bool {
	return l.CommonNoun(w) || slices.Contains(l.adjectives, strings.ToLower(w))
}
func (l wordList) CommonNoun(w string) bool { return slices.Contains(l.nouns, strings.ToLower(w)) }
func (l wordList) LowerOnly(w string) bool  { return l.CommonWord(w) }
func (l wordList) FrequentWord(w string) bool {
	return l.CommonWord(w) && !slices.Contains(l.rare, strings.ToLower(w))
}

// TestLexiconRules checks the rules that read a lexicon of common words: a
// common noun opening the sentence before a given name is no part of the
// name, and a place span of a given name and no common word is a person's.
func TestLexiconRules(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"newcomer", "theater", "guitarist", "motley"}, adjectives: []string{"urban"}}
	tests := []struct {
		sent, name, typ string
	}{
		{"Newcomer|B-PER Ciara|I-PER was|O|aux|4|AUX nominated|O|root|0|VERB", "Ciara", "PERSON"},
		{"Motley|B-PER Crue|I-PER guitarist|O|compound|4|NOUN Mick|B-PER Mars|I-PER spoke|O", "Motley Crue", "PERSON"},
		{"he|O scored|O for|O Andriy|B-LOC Shevchenko|I-LOC", "Andriy Shevchenko", "PERSON"},
		{"he|O went|O to|O the|O Alex|B-LOC Theater|I-LOC", "Alex Theater", "LOC"},
		{"the|O Dow|B-LOC Jones|I-LOC ,|O Standard|B-ORG and|I-ORG Poor|I-ORG 's|I-ORG 500|I-ORG", "Dow Jones", "LOC"},
	}
	for _, tc := range tests {
		s, text := sentenceOf(tc.sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex)
		i, ok := entityNamed(d, tc.name)
		if !ok {
			t.Errorf("%q: no entity %s in %+v", tc.sent, tc.name, d.Entities)
			continue
		}
		if d.Entities[i].Type != tc.typ {
			t.Errorf("%q: %s typed %s, want %s", tc.sent, tc.name, d.Entities[i].Type, tc.typ)
		}
	}
	// "General" before a word that is never a name: a company
	lex2 := wordList{adjectives: []string{"electric"}}
	for _, tc := range []struct{ sent, name, typ string }{
		{"with|O the|O General|O Electric|B-PER group|O", "General Electric", "ORG"},
		{"General|B-PER Electric|I-PER rose|O", "General Electric", "ORG"},
		{"General|O Grant|B-PER spoke|O", "Grant", "PERSON"},
		{"President|O Electric|B-PER spoke|O", "Electric", "PERSON"}, // only "General"
	} {
		s, text := sentenceOf(tc.sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex2)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Type != tc.typ {
			t.Errorf("%q: want %s %s, got %+v", tc.sent, tc.typ, tc.name, d.Entities)
		}
	}
	// common words in lower case are no name in a text that writes names
	// with capitals; a lower-case text keeps its names
	lex3 := wordList{nouns: []string{"country", "countries", "opera", "bush", "k", "mart", "japan"}, adjectives: []string{"developed"}}
	for _, tc := range []struct {
		sent, name string
		found      bool
	}{
		{"Aid|O for|O developed|B-ORG countries|I-ORG ,|O Oxfam|B-ORG said|O", "developed countries", false},
		{"Developed|B-ORG countries|I-ORG pay|O ,|O Oxfam|B-ORG said|O", "Developed countries", false},
		{"an|O opera|B-LOC by|O Verdi|B-PER", "opera", false},
		{"rebels|O went|O back|O into|O the|O bush|B-PER ,|O Reuters|B-ORG said|O", "bush", false},
		{"K|B-ORG mart|I-ORG said|O it|O rose|O in|O Texas|B-LOC", "K mart", true},
		{"i|O think|O bush|B-PER lied|O", "bush", true},
		{"banks|O from|O Britain|B-LOC ,|O japan|B-LOC and|O Spain|B-LOC", "Japan", true},
	} {
		s, text := sentenceOf(tc.sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex3)
		if _, ok := entityNamed(d, tc.name); ok != tc.found {
			t.Errorf("%q: entity %q found %v, want %v (%+v)", tc.sent, tc.name, ok, tc.found, d.Entities)
		}
	}
	// a common noun in lower case inside a person's span ends a
	// description before the name; particles and a company's words do not
	lex4 := wordList{nouns: []string{"star", "channel", "mart", "van", "tennis"}}
	for _, tc := range []struct{ sent, name, typ, not string }{
		{"Tennis|B-PER star|I-PER Kim|I-PER Clijsters|I-PER won|O", "Kim Clijsters", "PERSON", "Tennis star Kim Clijsters"},
		{"the|O TV|B-PER channel|I-PER Five|I-PER said|O", "Five", "ORG", "TV channel Five"},
		{"K|B-PER mart|I-PER Corp|I-PER said|O", "K mart Corp", "ORG", "Corp"},
		{"Robin|B-PER van|I-PER Persie|I-PER scored|O", "Robin van Persie", "PERSON", "Persie"},
	} {
		s, text := sentenceOf(tc.sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex4)
		i, ok := entityNamed(d, tc.name)
		if _, bad := entityNamed(d, tc.not); !ok || d.Entities[i].Type != tc.typ || bad {
			t.Errorf("%q: want %s %q and no %q, got %+v", tc.sent, tc.typ, tc.name, tc.not, d.Entities)
		}
	}
	// a given name the recogniser left out before a one-word place or
	// person opens a person's full name; not a common word, a day or a
	// name going on
	checkTypedLex(t, g, wordList{nouns: []string{"west", "number"}}, []typedCase{
		{"World|O number|O one|O Lindsay|O Davenport|B-LOC has|O criticised|O Wimbledon|B-LOC", "Lindsay Davenport", "PERSON"},
		{"talks|O in|O West|O Berlin|B-LOC ended|O", "Berlin", "LOC"},
		{"said|O on|O Tuesday|O Mitsotakis|B-PER ,|O", "Mitsotakis", "PERSON"},
		{"the|O deal|O of|O Baker|O and|O Hughes|O Tool|B-PER Co|O ended|O", "Hughes Tool Co", "ORG"},
	})
	// without a lexicon, neither rule applies
	s, text := sentenceOf("he|O scored|O for|O Andriy|B-LOC Shevchenko|I-LOC")
	if d := Resolve([]nlp.Sentence{s}, text, g); d.Entities[0].Type != "LOC" {
		t.Errorf("without a lexicon: %+v", d.Entities)
	}
}

// TestPersonAsPlace checks that a name typed as a person's is a place's
// after "at", "near" or a verb's "in", unless a given name, a title or a
// possessive says otherwise.
func TestPersonAsPlace(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"a|O|det|2|DET camp|O|root|0|NOUN at|O|case|4|ADP Ain|B-PER|nmod|2|PROPN Issa|I-PER|flat|4|PROPN", "Ain Issa", "LOC"},
		{"troops|O|nsubj|2|NOUN fought|O|root|0|VERB in|O|case|4|ADP Tell|B-PER|obl|2|PROPN Tamer|I-PER|flat|4|PROPN", "Tell Tamer", "LOC"},
		{"confidence|O|root|0|NOUN in|O|case|3|ADP Blair|B-PER|nmod|1|PROPN", "Blair", "PERSON"},
		{"they|O|nsubj|2|PRON met|O|root|0|VERB at|O|case|4|ADP Kovacs|B-PER|obl|2|PROPN 's|O|case|4|PART home|O|obl|2|NOUN", "Kovacs", "PERSON"},
		{"they|O|nsubj|2|PRON met|O|root|0|VERB at|O|case|4|ADP John|B-PER|obl|2|PROPN Kovacs|I-PER|flat|4|PROPN", "John Kovacs", "PERSON"},
		// a dateline's town, in any case, but not a company named after it
		{"Montreal|B-PER ,|O March|O 17|O -|O", "Montreal", "LOC"},
		{"Chicago|B-ORG Corp|I-ORG ,|O March|O 17|O -|O", "Chicago Corp", "ORG"},
		// listed with two places and nothing else
		{"Recife|B-LOC ,|O Moonachie|B-PER and|O Porto|B-LOC Alegre|I-LOC", "Moonachie", "LOC"},
		{"Sir|O Bobby|B-PER Robson|I-PER ,|O Leeds|B-LOC and|O Paris|B-LOC", "Bobby Robson", "PERSON"},
	})
}

// TestWorkplaceTypedAsPlace checks that a place span where someone works
// ("an analyst at Renaissance Capital") is an organisation, unless it is
// a place's name ("Wall Street").
func TestWorkplaceTypedAsPlace(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"said|O|root|0|VERB an|O|det|3|DET analyst|O|nsubj|1|NOUN at|O|case|5|ADP Renaissance|B-LOC|nmod|3|PROPN Capital|I-LOC|flat|5|PROPN", "Renaissance Capital", "ORG"},
		{"said|O|root|0|VERB a|O|det|5|DET Wall|B-LOC|compound|3|PROPN Street|I-LOC|compound|5|PROPN analyst|O|nsubj|1|NOUN", "Wall Street", "LOC"},
		// a firm read as a person: "for" after an analyst's noun, a
		// job noun after a lower-case word
		{"Chuck|B-PER|nsubj|7|PROPN Levitt|I-PER|flat|1|PROPN ,|O|punct|4|PUNCT analyst|O|appos|1|NOUN for|O|case|6|ADP Shearson|B-PER|nmod|4|PROPN Lehman|I-PER|flat|6|PROPN said|O|root|0|VERB", "Shearson Lehman", "ORG"},
		{"Shearson|B-PER|compound|4|PROPN Lehman|I-PER|flat|1|PROPN livestock|O|compound|4|NOUN analyst|O|nsubj|7|NOUN Chuck|B-PER|appos|4|PROPN Levitt|I-PER|flat|5|PROPN said|O|root|0|VERB", "Shearson Lehman", "ORG"},
	})
	// a person named in full whose surname opens a partnership is no
	// workplace
	doc, text := docOf(
		"Gary|B-PER|nsubj|0|PROPN Chapmann|I-PER|flat|1|PROPN spoke|O|root|0|VERB .|O",
		"Gary|B-PER|nsubj|9|PROPN Chapmann|I-PER|flat|1|PROPN ,|O|punct|5|PUNCT a|O|det|5|DET trader|O|appos|1|NOUN for|O|case|7|ADP Chapmann|B-PER|nmod|5|PROPN and|O|cc|9|CCONJ Graham|B-PER|conj|7|PROPN said|O|root|0|VERB .|O",
	)
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Gary Chapmann"); !ok || d.Entities[i].Type != "PERSON" {
		t.Errorf("Gary Chapmann: %+v", d.Entities)
	}
}

// TestLetters checks that a table header's single capitals are no name,
// nor a style of address ("Her Majesty").
func TestLetters(t *testing.T) {
	g := defaultGazetteer(t)
	if d := Resolve([]nlp.Sentence{mustSentence("advised|O Her|O Majesty|B-PER to|O act|O")}, "", g); len(d.Entities) != 0 {
		t.Errorf("Her Majesty: %+v, want no entity", d.Entities)
	}
	for _, sent := range []string{"W|B-PER D|I-PER L|I-PER G|I-PER /|I-PER F|I-PER", "W|B-ORG L|I-ORG PCT|O GB|O"} {
		s, text := sentenceOf(sent)
		if d := Resolve([]nlp.Sentence{s}, text, g); len(d.Entities) != 0 {
			t.Errorf("%q: entities %+v, want none", sent, d.Entities)
		}
	}
	checkTyped(t, g, "J|B-PER K|I-PER Rowling|I-PER wrote|O", "J K Rowling", "PERSON")
	// a law's last word is no person; a surname after a title is
	if d := Resolve([]nlp.Sentence{mustSentence("the|O Mental|O Capacity|O Bill|B-PER passed|O")}, "", g); len(d.Entities) != 0 {
		t.Errorf("the Mental Capacity Bill: %+v, want no entity", d.Entities)
	}
	checkTyped(t, g, "Mr|O Law|B-PER said|O", "Law", "PERSON")
	// a planet alone is a place; a player named after one is a person
	checkTyped(t, g, "life|O on|O Mars|B-PER is|O unlikely|O", "Mars", "LOC")
	checkTyped(t, g, "Venus|B-PER Williams|I-PER won|O ;|O Venus|B-PER served|O", "Venus Williams", "PERSON")
	// one word listed with organisations and no person
	checkTyped(t, g, "Sony|B-ORG ,|O IBM|B-ORG and|O Toshiba|B-PER unveiled|O", "Toshiba", "ORG")
	checkTyped(t, g, "Blair|B-PER ,|O Brown|B-PER and|O Prescott|B-PER met|O", "Prescott", "PERSON")
	// a party's short name alone, or before a person's full name
	checkTyped(t, g, "the|O Tory|B-PER plans|O", "Tory", "ORG")
	checkTyped(t, g, "Tory|B-PER Liam|I-PER Fox|I-PER said|O", "Liam Fox", "PERSON")
	checkTyped(t, g, "Tory|B-PER Liam|I-PER Fox|I-PER said|O", "Tory", "ORG")
}

// TestCompassDemonyms checks that a compass word and a demonym name the
// place of the pair: the gazetteer's demonym of both words, or the compass
// word before the place of the demonym, and never the compass word alone.
func TestCompassDemonyms(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct{ sent, want, not string }{
		{"the|O South|B-LOC Korean|O|amod|4|ADJ market|O", "South Korea", "South"},
		{"a|O North|O Korean|O|amod|4|ADJ missile|O", "North Korea", ""},
		{"the|O South|O African|O|amod|4|ADJ bank|O", "South Africa", "Africa"},
		{"the|O Korean|O|amod|3|ADJ market|O", "South Korea", ""}, // the gazetteer's choice
		// a region's: the gazetteer's two-word demonym, or a compass word
		// and a continent's
		{"the|O Middle|B-LOC Eastern|O|amod|4|ADJ nation|O", "Middle East", "Middle"},
		{"the|O West|B-LOC African|O|amod|4|ADJ country|O", "", "West"},
	} {
		s, text := sentenceOf(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		var names []string
		for _, e := range d.Entities {
			names = append(names, e.Name)
		}
		if tc.want != "" && !slices.Contains(names, tc.want) || tc.not != "" && slices.Contains(names, tc.not) {
			t.Errorf("%q: entities %q, want %q and not %q", tc.sent, names, tc.want, tc.not)
		}
	}
}

// TestNoName checks one-word spans that are no names.
func TestNoName(t *testing.T) {
	for _, sent := range []string{
		"one|O|nummod|3|NUM of|B-LOC|case|3|ADP the|O|det|4|DET directors|O",
		"An|O|det|2|DET MP|B-LOC|nsubj|3|PROPN has|O|root|0|VERB",
		"a|O|det|2|DET Scot|B-PER|nsubj|3|PROPN living|O|acl|2|VERB in|O England|O",
		"December|B-PER and|O January|B-PER 's|O figures|O",
		"across|O West|B-LOC and|O Central|O Europe|O",
	} {
		s, text := sentenceOf(sent)
		if d := Resolve([]nlp.Sentence{s}, text, nil); len(d.Entities) != 0 {
			t.Errorf("%q: entities %+v, want none", sent, d.Entities)
		}
	}
	// a modifier after "a" is a name
	checkTyped(t, nil, "a|O|det|3|DET Texas|B-LOC|compound|3|PROPN court|O|nsubj|4|NOUN ruled|O|root|0|VERB", "Texas", "LOC")
	// a compass word's region before "and" another's
	checkTyped(t, nil, "in|O West|B-LOC and|O Mali|B-LOC", "West", "LOC")
}

// TestBankNamed checks that a name ending in "Bank", or opening with it,
// is a bank's whatever the recogniser typed it, but for the places and
// the people so named.
func TestBankNamed(t *testing.T) {
	checkTypedCases(t, defaultGazetteer(t), []typedCase{
		{"the|O Central|B-LOC Bank|I-LOC of|O Ceylon|B-LOC", "Central Bank of Ceylon", "ORG"}, // the place after "of" is the name's
		{"the|O Central|B-LOC Bank|I-LOC said|O", "Central Bank", "ORG"},
		{"Sanwa|B-PER Bank|I-PER said|O", "Sanwa Bank", "ORG"},
		{"Bank|B-LOC Negara|I-LOC said|O", "Bank Negara", "ORG"},
		{"London|B-LOC 's|O South|B-LOC Bank|I-LOC", "South Bank", "LOC"},
		{"at|O the|O State|B-LOC Bank|I-LOC of|I-LOC Vietnam|I-LOC ,|O", "State Bank of Vietnam", "ORG"},
		{"the|O West|B-LOC Bank|I-LOC of|I-LOC the|I-LOC Jordan|I-LOC", "West Bank of the Jordan", "LOC"},
		{"DJ|O Rob|B-PER Da|I-PER Bank|I-PER played|O", "Rob Da Bank", "PERSON"},
	})
}

// TestPlaceInsideOrgName checks that a tagged place ending a name that
// orgNames reads whole is no place of its own there.
func TestPlaceInsideOrgName(t *testing.T) {
	checkOrgNotName(t, []orgNotNameCase{
		{"the|O Bank|O of|O England|B-LOC said|O", "Bank of England", "England"},
		{"a|O University|O of|O Rhode|B-LOC Island|I-LOC professor|O", "University of Rhode Island", "Rhode Island"},
		{"the|O Federal|O Aviation|O Office|O of|O Germany|B-LOC said|O", "Federal Aviation Office of Germany", "Germany"},
	})
}

// TestFullNameOfOrg checks that a person's full name and "of" before an
// organisation's, recognised as one span, are two names, and that firms
// named so are not cut.
func TestFullNameOfOrg(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct {
		sent string
		want map[string]string
	}{
		{"said|O Alan|B-ORG Rose|I-ORG of|I-ORG First|I-ORG Interstate|I-ORG Bank|I-ORG .|O",
			map[string]string{"Alan Rose": "PERSON", "First Interstate Bank": "ORG"}},
		{"says|O Dr|B-ORG Takahiro|I-ORG Hiroi|I-ORG of|I-ORG Brown|I-ORG University|I-ORG .|O",
			map[string]string{"Takahiro Hiroi": "PERSON", "Brown University": "ORG"}},
		{"said|O David|B-ORG D.|I-ORG Wyss|I-ORG of|I-ORG Data|I-ORG Resources|I-ORG Inc|I-ORG .|O",
			map[string]string{"David D. Wyss": "PERSON", "Data Resources Inc": "ORG"}},
		{"Richardson|B-ORG Greenshields|I-ORG of|I-ORG Canada|I-ORG Ltd|I-ORG said|O",
			map[string]string{"Richardson Greenshields of Canada Ltd": "ORG"}},
		{"Morgan|B-ORG Grenfell|I-ORG of|I-ORG Canada|I-ORG Ltd|I-ORG said|O",
			map[string]string{"Morgan Grenfell of Canada Ltd": "ORG"}},
		{"the|O Keller|B-ORG Graduate|I-ORG School|I-ORG of|I-ORG Management|I-ORG Inc|I-ORG said|O",
			map[string]string{"Keller Graduate School of Management Inc": "ORG"}},
	} {
		s, text := sentenceOf(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		got := map[string]string{}
		for _, e := range d.Entities {
			got[e.Name] = e.Type
		}
		if !maps.Equal(got, tc.want) {
			t.Errorf("%q: entities %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// TestRemitBefore checks that a name the recogniser began at an
// organisation's head noun takes the capitalised words before it that the
// parse attaches to the name, and that "the Department" before "of" and a
// name is the start of a name, not a description.
func TestRemitBefore(t *testing.T) {
	checkOrgNotName(t, []orgNotNameCase{
		{"the|O|det|3|DET Justice|O|compound|3|PROPN Department|B-ORG|nsubj|4|PROPN said|O|root|0|VERB", "Justice Department", "Department"},
		{"the|O|det|3|DET Chinese|O|amod|3|ADJ Academy|B-ORG|nsubj|6|PROPN of|I-ORG|case|5|ADP Sciences|I-ORG|nmod|3|PROPN said|O|root|0|VERB",
			"Chinese Academy of Sciences", "Academy of Sciences"},
		// a word the parse attaches elsewhere opens no name
		{"on|O|case|2|ADP Monday|O|obl|5|PROPN Department|B-ORG|compound|4|PROPN officials|O|nsubj|5|NOUN said|O|root|0|VERB", "Department", "Monday Department"},
		{"he|O|nsubj|2|PRON told|O|root|0|VERB Reuters|O|iobj|2|PROPN Department|B-ORG|compound|5|PROPN officials|O|nsubj|6|NOUN left|O|ccomp|2|VERB", "Department", "Reuters Department"},
		{"paid|O|root|0|VERB the|O|det|3|DET Department|B-ORG|obj|1|PROPN of|O|case|5|ADP Justice|O|nmod|3|PROPN", "Department of Justice", "Department"},
	})
}

func TestOrgNameHeads(t *testing.T) {
	tests := []struct {
		sent string
		want string // organisation expected, "" for none
	}{
		{"the Syrian|O|amod|4|ADJ Democratic|O|amod|4|PROPN Forces|O|nsubj|5|PROPN said", "Syrian Democratic Forces"},
		{"the Metropolitan|O|amod|3|PROPN Police|O|nsubj|4|PROPN said", "Metropolitan Police"},
		{"a Swiss|O|amod|4|ADJ Army|O|compound|4|PROPN Knife|O|obj|0|PROPN", ""}, // the head must end the name
		{"the Academy|O|compound|3|PROPN Awards|O|obj|0|PROPN", ""},              // an event
		{"the Serious|O Organised|O Crime|O and|O Police|O Bill|O", ""},          // a law
		{"the Welsh|O|amod|4|ADJ Assembly|O|compound|4|PROPN Government|O|nsubj|5|PROPN said", "Welsh Assembly Government"},
		{"the People|O|nmod:poss|4|PROPN 's|O|case|2|PART Protection|O|compound|5|PROPN Units|O|nsubj|6|PROPN said", "People 's Protection Units"}, // spanText keeps the test's spacing
	}
	for _, tt := range tests {
		checkOrganisation(t, tt.sent, nil, tt.want)
	}
}

// checkOrganisation resolves the sentence written as for sentenceOf and
// checks that want is among its organisations, or that there are none
// when want is "".
func checkOrganisation(t *testing.T, sent string, g Gazetteer, want string) {
	t.Helper()
	s, text := sentenceOf(sent)
	d := Resolve([]nlp.Sentence{s}, text, g)
	var orgs []string
	for _, e := range d.Entities {
		if e.Type == "ORG" {
			orgs = append(orgs, e.Name)
		}
	}
	if want == "" && len(orgs) > 0 || want != "" && !slices.Contains(orgs, want) {
		t.Errorf("%q: organisations %q, want %q", sent, orgs, want)
	}
}

func TestPostInsidePersonSpan(t *testing.T) {
	tests := []struct {
		sent      string
		person    string
		org, none string
	}{
		{"Tory|B-PER MP|I-PER Patrick|I-PER Mercer|I-PER said", "Patrick Mercer", "Tory", "Tory MP Patrick Mercer"},
		{"Frank|B-PER Field|I-PER MP|I-PER said", "Frank Field", "", "Frank Field MP"},
		{"the Labour|O MP|B-PER for Birkenhead|B-LOC said", "", "", "MP"},
	}
	for _, tt := range tests {
		s, text := sentenceOf(tt.sent)
		d := Resolve([]nlp.Sentence{s}, text, nil)
		if tt.person != "" {
			if i, ok := entityNamed(d, tt.person); !ok || d.Entities[i].Type != "PERSON" {
				t.Errorf("%q: no person %q in %+v", tt.sent, tt.person, d.Entities)
			}
		}
		if tt.org != "" {
			if i, ok := entityNamed(d, tt.org); !ok || d.Entities[i].Type != "ORG" {
				t.Errorf("%q: no organisation %q in %+v", tt.sent, tt.org, d.Entities)
			}
		}
		if _, ok := entityNamed(d, tt.none); ok {
			t.Errorf("%q: unwanted entity %q", tt.sent, tt.none)
		}
	}
}

// defaultGazetteer returns the embedded gazetteer.
func defaultGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCompanyShortForms checks that a company's name without its legal
// form, and its first word read as a person's, name the company; that a
// stock ticker after a name makes it an organisation, but not a place
// inside a longer name; and that a legal form alone is no entity.
func TestCompanyShortForms(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct {
		name  string
		sents []string
		want  string   // entity name
		typ   string   // its type
		alias []string // names it must also have
		not   []string // names that must not be entities
	}{
		{"without the legal form", []string{
			"Salomon|B-ORG Brothers|I-ORG Inc|I-ORG said|O",
			"Salomon|B-PER Brothers|I-PER bought|O",
			"Salomon|B-PER said|O",
		}, "Salomon Brothers Inc", "ORG", []string{"Salomon Brothers", "Salomon"}, nil},
		{"and Co", []string{
			"Merrill|B-PER Lynch|I-PER and|I-PER Co|I-PER said|O",
			"Merrill|B-PER Lynch|I-PER agreed|O",
		}, "Merrill Lynch and Co", "ORG", []string{"Merrill Lynch"}, nil},
		{"the shortest company", []string{
			"Ford|B-PER Motor|I-PER Co|I-PER said|O its|O Ford|B-ORG Motor|I-ORG Credit|I-ORG Co|I-ORG will|O",
			"Ford|B-PER said|O",
		}, "Ford Motor Co", "ORG", []string{"Ford"}, nil},
		{"a small town's name", []string{
			"acquired|O by|O Magna|B-ORG International|I-ORG Inc|I-ORG",
			"Magna|B-LOC was|O up|O 1/8|O",
		}, "Magna International Inc", "ORG", []string{"Magna"}, nil},
		{"a place after a preposition of place", []string{
			"Korea|B-ORG Petrochemical|I-ORG Industries|I-ORG Corp|I-ORG said|O",
			"ship|O it|O to|O Korea|B-LOC",
		}, "Korea", "LOC", nil, nil},
		{"a region's name", []string{
			"takeover|O of|O Piedmont|B-ORG Aviation|I-ORG Inc|I-ORG",
			"offer|O for|O Piedmont|B-LOC ,|O USAir|B-ORG said|O",
		}, "Piedmont Aviation Inc", "ORG", []string{"Piedmont"}, nil},
		{"a dateline's state", []string{
			"HOUSTON|B-LOC ,|O Texas|B-LOC ,|O March|O 6|O -|O Continental|B-ORG Airlines|I-ORG Inc|I-ORG said|O",
			"a|O unit|O of|O Texas|B-ORG Air|I-ORG Corp|I-ORG",
		}, "Texas Air Corp", "ORG", nil, nil},
		{"a ticker tagged as a name", []string{
			"Manufacturers|B-ORG Hanover|I-ORG Trust|I-ORG Co|I-ORG <|O MHC|B-PER >|O said|O",
		}, "Manufacturers Hanover Trust Co", "ORG", nil, []string{"MHC"}},
		{"a private company in brackets", []string{
			"<|O Phoenix|B-ORG Steel|I-ORG Corp|I-ORG >|O said|O",
		}, "Phoenix Steel Corp", "ORG", nil, nil},
		{"corp spelt in", []string{"Citicorp|B-PER said|O"}, "Citicorp", "ORG", nil, nil},
		{"Reuters ticker", []string{"Swissair|B-PER <|O SWSZ|O >|O said|O"}, "Swissair", "ORG", nil, nil},
		{"Reuters instrument code", []string{"Moet-Hennessy|B-PER <|O MHSP.PA|O >|O said|O"}, "Moet-Hennessy", "ORG", nil, nil},
		{"exchange ticker", []string{"Tesla|B-PER (|O NASDAQ|O :|O TSLA|O )|O fell|O"}, "Tesla", "ORG", nil, nil},
		{"a place inside a company's name", []string{
			"loans|O from|O Bank|O of|O New|B-LOC York|I-LOC <|O BK|O >|O",
		}, "Bank of New York", "ORG", nil, []string{"New York", "New York City"}},
		{"a legal form alone", []string{
			"Acme|B-ORG Widgets|I-ORG Co|I-ORG Inc|I-ORG said|O",
			"the|O Co|B-ORG Inc|I-ORG unit|O",
		}, "Acme Widgets Co Inc", "ORG", nil, []string{"Co Inc"}},
		// Central and Eastern European forms, dotted or in capitals
		{"a dotted form the recogniser left", []string{
			"a|O subcontractor|O ,|O Starting|O|appos|2|VERB d.o.o.|O|flat|4|NOUN ,|O said|O",
		}, "Starting d.o.o.", "ORG", nil, nil},
		{"a form in capitals after an untagged name", []string{
			"sanctions|O on|O Belaruskali|O|nmod|1|PROPN OAO|O|flat|3|PROPN ,|O the|O producer|O",
		}, "Belaruskali OAO", "ORG", nil, nil},
		{"a form opening the name", []string{
			"firms|O including|O Russia|B-LOC ^'s|O OAO|B-ORG Mobile|O Telesystems|O raised|O",
		}, "OAO Mobile Telesystems", "ORG", nil, nil},
		{"a dotted form after a tagged name", []string{
			"Naftna|B-ORG Industrija|I-ORG Srbije|I-ORG a.d.|O (|O NIS|O )|O said|O",
			"NIS|B-ORG is|O owned|O by|O Gazprom|B-ORG",
		}, "Naftna Industrija Srbije a.d.", "ORG", []string{"NIS"}, nil},
		{"two forms after a comma", []string{
			"and|O Sumitomo|O|compound|4|PROPN Metal|O|compound|4|NOUN Mining|O|conj|1|PROPN Co.|B-PER ^,|O Ltd|B-ORG (|O SMM|O )|O",
		}, "Sumitomo Metal Mining Co., Ltd", "ORG", nil, nil},
		{"a second form the recogniser tagged alone", []string{
			"a|O label|O under|O HYBE|B-ORG Co.|I-ORG ^,|O Ltd|B-ORG ^,|O won|O",
		}, "HYBE Co., Ltd", "ORG", nil, nil},
		{"a place opening an untagged company's name", []string{
			"Long|B-LOC Island|I-LOC Lighting|O Co|O <|O LIL|O >|O and|O others|O",
		}, "Long Island Lighting Co", "ORG", nil, nil},
		{"a name before a legal form the recogniser tagged alone", []string{
			"with|O ANR|B-ORG Pipeline|O|compound|3|PROPN Co|B-ORG in|O the|O deal|O",
		}, "ANR Pipeline Co", "ORG", nil, nil},
		{"an untagged company's name", []string{
			"talks|O with|O Acme|O|compound|3|PROPN Widget|O|compound|4|PROPN Co|O|obl|2|PROPN ended|O",
		}, "Acme Widget Co", "ORG", nil, nil},
		{"a British plc in lower case", []string{
			"competing|O with|O Admiral|O|compound|3|PROPN Group|O|compound|4|PROPN plc|O|obl|1|NOUN of|O Cardiff|B-LOC",
		}, "Admiral Group plc", "ORG", nil, nil},
		{"the rest of a name joined by and", []string{
			"supplies|O Bozrah|B-ORG Light|O and|O Power|O Co|O with|O gas|O",
		}, "Bozrah", "ORG", nil, []string{"Power Co"}},
		{"a company's name after another's and its form", []string{
			"owned|O by|O Fingrid|B-ORG Oyj|I-ORG and|O Elering|O|conj|3|PROPN AS|O|flat|5|PROPN ,|O a|O line|O",
		}, "Elering AS", "ORG", nil, nil},
		{"two companies' names joined by and in one span", []string{
			"Chemlawn|B-ORG Corp|I-ORG and|I-ORG Ecolab|I-ORG Inc|I-ORG agreed|O",
			"Ecolab|B-ORG said|O",
		}, "Ecolab Inc", "ORG", []string{"Ecolab"}, []string{"Chemlawn Corp and Ecolab Inc"}},
		{"... the first's name is one too", []string{
			"Chemlawn|B-ORG Corp|I-ORG and|I-ORG Ecolab|I-ORG Inc|I-ORG agreed|O",
		}, "Chemlawn Corp", "ORG", nil, nil},
		{"... or by a comma", []string{
			"NEC|B-ORG Corp|I-ORG ,|I-ORG Fujitsu|I-ORG Ltd|I-ORG and|O others|O",
		}, "Fujitsu Ltd", "ORG", nil, []string{"NEC Corp, Fujitsu Ltd"}},
		{"... not before another form", []string{
			"Samsung|B-ORG Electronics|I-ORG Co|I-ORG ,|I-ORG Ltd|I-ORG said|O",
		}, "Samsung Electronics Co , Ltd", "ORG", nil, []string{"Samsung Electronics Co"}},
		{"a partners' firm and its forms is one", []string{
			"Allen|B-ORG and|I-ORG Co|I-ORG Inc|I-ORG said|O",
		}, "Allen and Co Inc", "ORG", nil, []string{"Allen", "Co Inc"}},
		{"... and so is a firm's of two trades", []string{
			"Aetna|B-ORG Life|I-ORG and|I-ORG Casualty|I-ORG Co|I-ORG said|O",
		}, "Aetna Life and Casualty Co", "ORG", nil, []string{"Aetna Life", "Casualty Co"}},
		{"a dual listing's name without its forms is the first named", []string{
			"Rio|B-ORG Tinto|I-ORG plc|I-ORG and|O Rio|B-ORG Tinto|I-ORG Ltd|I-ORG reported|O",
			"Rio|B-ORG Tinto|I-ORG said|O",
		}, "Rio Tinto plc", "ORG", []string{"Rio Tinto"}, nil},
		{"... whichever form is longer", []string{
			"Norton|B-ORG Co|I-ORG and|O its|O unit|O Norton|B-ORG Co|I-ORG Pty|I-ORG Ltd|I-ORG reported|O",
			"Norton|B-ORG said|O",
		}, "Norton Co", "ORG", []string{"Norton"}, nil},
		{"... but no other company's", []string{
			"Ford|B-ORG Motor|I-ORG Co|I-ORG and|O Ford|B-ORG Credit|I-ORG Corp|I-ORG reported|O",
			"Ford|B-ORG Motor|I-ORG said|O",
		}, "Ford Motor Co", "ORG", []string{"Ford Motor"}, nil},
		{"a capital form's name without it", []string{
			"Equinor|B-ORG ASA|O said|O",
			"Equinor|B-ORG agreed|O",
		}, "Equinor ASA", "ORG", []string{"Equinor"}, nil},
		{"a country's name beside a company's", []string{
			"its|O unit|O Venezuela|B-ORG S.A.|I-ORG chose|O",
			"Venezuela|B-LOC 's|O oil|O",
		}, "Venezuela", "LOC", nil, nil},
	} {
		doc, text := docOf(tc.sents...)
		d := Resolve(doc, text, g)
		var found *extract.Entity
		for i, e := range d.Entities {
			if e.Name == tc.want {
				found = &d.Entities[i]
			}
			for _, n := range tc.not {
				if e.Name == n {
					t.Errorf("%s: %q is an entity", tc.name, n)
				}
			}
		}
		if found == nil {
			t.Errorf("%s: no entity %q in %+v", tc.name, tc.want, d.Entities)
			continue
		}
		if found.Type != tc.typ {
			t.Errorf("%s: %s typed %s, want %s", tc.name, tc.want, found.Type, tc.typ)
		}
		for _, a := range tc.alias {
			if !slices.Contains(found.Aliases, a) {
				t.Errorf("%s: %s has aliases %q, want %q among them", tc.name, tc.want, found.Aliases, a)
			}
		}
	}
}

// TestMergeSameNames checks that names the gazetteer gives one name ("UK"
// and "Britain" are United Kingdom) make one entity, with the mentions of
// both pointing at it.
func TestMergeSameNames(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("UK|B-LOC ministers|O said|O", "Britain|B-LOC agreed|O")
	d := Resolve(doc, text, g)
	if len(d.Entities) != 1 {
		t.Fatalf("entities %+v, want one", d.Entities)
	}
	e := d.Entities[0]
	if e.Name != "United Kingdom" || e.Mentions != 2 || !slices.Contains(e.Aliases, "UK") || !slices.Contains(e.Aliases, "Britain") {
		t.Errorf("entity %+v, want United Kingdom with UK and Britain, 2 mentions", e)
	}
	if len(d.Titles) != 1 {
		t.Errorf("%d title lists, want 1", len(d.Titles))
	}
	for _, m := range d.Mentions {
		if m.Entity != 0 {
			t.Errorf("mention %q points at entity %d", m.Text, m.Entity)
		}
	}
}

// TestTheGivenName checks that a given name alone after "the" names no
// person ("won the Oscar", "the Bill was passed"), unless it modifies a
// noun ("the Reagan administration") or goes on as a name.
func TestTheGivenName(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct {
		sent, name string
		want       bool
	}{
		{"she|O|nsubj|2|PRON won|O|root|0|VERB the|O|det|4|DET Oscar|B-PER|obj|2|PROPN", "Oscar", false},
		{"the|O|det|2|DET Bill|B-PER|nsubj:pass|4|PROPN was|O|aux:pass|4|AUX passed|O|root|0|VERB", "Bill", false},
		{"the|O|det|3|DET Reagan|B-PER|compound|3|PROPN administration|O|nsubj|4|NOUN said|O|root|0|VERB", "Reagan", true},
		{"Oscar|B-PER|nsubj|2|PROPN said|O|root|0|VERB", "Oscar", true},
	} {
		s, text := sentenceOf(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		found := false
		for _, e := range d.Entities {
			found = found || e.Name == tc.name
		}
		if found != tc.want {
			t.Errorf("%q: entity %s found %v, want %v", tc.sent, tc.name, found, tc.want)
		}
	}
}

// TestTitleSurnames checks that a given name and a surname that is also a
// title word name a person ("John Major", "Mervyn King"), and a body's
// head, "of" and a title word a body ("Department of Justice"), while a
// short span ending in a title is still a title ("Prime Minister",
// "Minister of Justice").
func TestTitleSurnames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"John|B-PER Major|I-PER|nsubj|3|PROPN said|O|root|0|VERB", "John Major", "PERSON"},
		{"Mervyn|B-PER King|I-PER|nsubj|3|PROPN said|O|root|0|VERB", "Mervyn King", "PERSON"},
		// a body's head, "of" and a title word name the body
		{"the|O|det|2|DET Department|B-ORG|nsubj|5|PROPN of|I-ORG|case|4|ADP Justice|I-ORG|nmod|2|PROPN said|O|root|0|VERB", "Department of Justice", "ORG"},
	})
	for _, title := range []string{"the|O Prime|B-PER Minister|I-PER said|O", "the|O Minister|B-ORG of|I-ORG Justice|I-ORG said|O"} {
		s, text := sentenceOf(title)
		if d := Resolve([]nlp.Sentence{s}, text, g); len(d.Entities) != 0 {
			t.Errorf("%s: entities %+v, want none", title, d.Entities)
		}
	}
	// the surname alone, in an article that names her in full
	s, text := sentenceOf("Billie|B-PER Jean|I-PER King|I-PER said|O that|O King|B-PER is|O counting|O on|O Seles|B-PER")
	d := Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "Billie Jean King"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("King alone: entities %+v, want two mentions of Billie Jean King", d.Entities)
	}
	s, text = sentenceOf("King|B-PER Abdullah|B-PER said|O that|O King|B-PER was|O ill|O")
	if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, g), "King"); ok {
		t.Error("King alone: a title typed as a person")
	}
}

// TestActingInitials checks that two capitals the gazetteer knows as no
// place, typed a place by the recogniser, are an organisation when they
// act ("BT said"), and that "US" stays a place.
func TestActingInitials(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"BT|B-LOC|nsubj|2|PROPN said|O|root|0|VERB", "BT", "ORG"},
		{"US|B-LOC|nsubj|2|PROPN said|O|root|0|VERB", "United States", "LOC"},
		{"the|O EA|B-LOC|compound|3|PROPN market|O|root|0|NOUN", "EA", "LOC"},
	})
}

// TestStateAbbreviations checks that a dateline's state abbreviation is
// the state ("NEWARK, N.J.", "BOSTON, Mass"), and that a dotless one
// elsewhere is left to the recogniser.
func TestStateAbbreviations(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"NEWARK|B-LOC ,|O N.J.|B-ORG ,|O March|O 3|O", "New Jersey", "LOC"},
		{"BOSTON|B-LOC ,|O Mass|B-LOC ,|O March|O 3|O", "Massachusetts", "LOC"},
		{"ALBANY|B-LOC ,|O N.Y.|B-ORG ,|O March|O 3|O", "New York", "LOC"},
	})
	s, text := sentenceOf("Mass|B-ORG was|O held|O")
	for _, e := range Resolve([]nlp.Sentence{s}, text, g).Entities {
		if e.Name == "Massachusetts" {
			t.Errorf("a dotless Mass outside a dateline became %+v", e)
		}
	}
}

// TestNamesWithAndOrPossessive checks organisation names the recogniser
// cuts at "and" or at a possessive: "Securities and Exchange Commission",
// "Moody's Investors Service Inc"; a place before "and" and a parent
// company before "'s" stay apart.
func TestNamesWithAndOrPossessive(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O Securities|O and|O Exchange|B-ORG Commission|I-ORG said|O", "Securities and Exchange Commission", "ORG"},
		{"Britain|B-LOC and|O European|B-ORG Commission|I-ORG officials|O", "European Commission", "ORG"},
		// the recogniser's name cannot end before "and"
		{"by the US|B-ORG Food|I-ORG and|O Drug|O Administration|O for|O", "US Food and Drug Administration", "ORG"},
		{"National|B-ORG Oceanic|I-ORG and|O Atmospheric|O Administration|O said", "National Oceanic and Atmospheric Administration", "ORG"},
		// a whole name or a one-word name before "and" stays apart
		{"Department|B-ORG of|I-ORG Health|I-ORG and|O State|O University|O said", "State University", "ORG"},
		{"Toyota|B-ORG and|O General|O Motors|O Corporation|O said", "General Motors Corporation", "ORG"}, // with its legal form
		// names joined by "&": a side tagged, a legal form, or a subject
		{"Douglas|B-PER &|O Lomason|O Co|O said|O", "Douglas & Lomason Co", "ORG"},
		{"Edward|B-PER D.|I-PER Jones|I-PER &|O Co|O analysts|O", "Edward D. Jones & Co", "ORG"},
		{"Marks|O|nsubj|4|PROPN &|O|cc|3|CCONJ Spencer|O|conj|1|PROPN said|O|root|0|VERB sales|O fell|O", "Marks & Spencer", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"spending|O on|O R|O &|O D|O rose|O",
		"Bonnie|B-PER &|O Clyde|B-PER said|O",
		"Serbia|B-LOC &|O Montenegro|B-LOC said|O",
	}, func(e extract.Entity) bool { return strings.Contains(e.Name, "&") })
	s, text := sentenceOf("Moody|B-PER 's|O Investors|B-ORG Service|I-ORG Inc|I-ORG said|O")
	s.Tokens[0].SpaceAfter = false
	s.Tokens[2].XPOS = "NNPS"
	d := Resolve([]nlp.Sentence{s}, text, g)
	if len(d.Entities) != 1 || d.Entities[0].Name != "Moody's Investors Service Inc" || d.Entities[0].Type != "ORG" {
		t.Errorf("Moody's Investors Service Inc: entities %+v", d.Entities)
	}
	s, text = sentenceOf("PS|B-ORG Group|I-ORG Inc|I-ORG 's|I-ORG Pacific|I-ORG Southwest|I-ORG Airlines|I-ORG said|O")
	s.Tokens[2].SpaceAfter = false
	if d := Resolve([]nlp.Sentence{s}, text, g); len(d.Entities) != 2 {
		t.Errorf("PS Group Inc's Pacific Southwest Airlines: entities %+v, want two", d.Entities)
	}
	s, text = sentenceOf("PepsiCo|B-ORG 's|O Taco|B-ORG Bell|I-ORG Corp|I-ORG said|O")
	if d := Resolve([]nlp.Sentence{s}, text, g); len(d.Entities) != 2 {
		t.Errorf("PepsiCo's Taco Bell Corp: entities %+v, want two", d.Entities)
	}
}

// TestHyphenatedGivenNames checks names the recogniser cut at the hyphen
// of a given name: "Jean-Philippe Cotis" is one person, and the first part
// of "Man-kei Tam" is his, not the organisation's before it.
func TestHyphenatedGivenNames(t *testing.T) {
	g := defaultGazetteer(t)
	glue := func(s *nlp.Sentence, at ...int) {
		for _, i := range at {
			s.Tokens[i].SpaceAfter = false
			s.Tokens[i+1].Start = s.Tokens[i].End
			s.Tokens[i+1].End = s.Tokens[i+1].Start + len(s.Tokens[i+1].Text)
		}
	}
	for _, tc := range []struct {
		sent string
		glue []int
		want []string
	}{
		{"said|O Jean|B-PER -|O Philippe|B-PER Cotis|I-PER", []int{1, 2}, []string{"Jean-Philippe Cotis"}},
		{"of|O Amnesty|B-ORG International|I-ORG Man|I-ORG -|O kei|B-PER Tam|I-PER said|O", []int{3, 4}, []string{"Amnesty International", "Man-kei Tam"}},
		{"the|O Paris|B-LOC -|O London|B-LOC route|O", []int{1, 2}, []string{"Paris", "London"}},
	} {
		s, _ := sentenceOf(tc.sent)
		glue(&s, tc.glue...)
		// rebuild the text from the glued offsets
		var b strings.Builder
		for i, tk := range s.Tokens {
			for b.Len() < tk.Start {
				b.WriteByte(' ')
			}
			b.WriteString(tk.Text)
			s.Tokens[i].SpaceAfter = i+1 < len(s.Tokens) && s.Tokens[i+1].Start > tk.End
		}
		d := Resolve([]nlp.Sentence{s}, b.String(), g)
		var names []string
		for _, e := range d.Entities {
			names = append(names, e.Name)
		}
		for _, w := range tc.want {
			if !slices.Contains(names, w) {
				t.Errorf("%q: entities %q, want %q among them", tc.sent, names, w)
			}
		}
	}
}

// TestWorkplace checks that a name after "analyst with" or "economist
// at" is the firm's, and that a "partner with" someone stays a person.
func TestWorkplace(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"said|O|root|0|VERB Cohn|B-PER|nsubj|1|PROPN ,|O analyst|O|appos|2|NOUN with|O|case|6|ADP Merrill|B-PER|nmod|4|PROPN Lynch|I-PER|flat|6|PROPN", "Merrill Lynch", "ORG"},
		{"an|O|det|2|DET economist|O|root|0|NOUN at|O|case|4|ADP Morgan|B-PER|nmod|2|PROPN Stanley|I-PER|flat|4|PROPN", "Morgan Stanley", "ORG"},
		{"a|O|det|2|DET partner|O|root|0|NOUN with|O|case|4|ADP David|B-PER|nmod|2|PROPN Walliams|I-PER|flat|4|PROPN", "David Walliams", "PERSON"},
	})
}

// TestScoreLines checks that towns in lines of results and tables of
// standings are teams, and towns with numbers elsewhere are not.
func TestScoreLines(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Leicestershire|B-LOC 22|O points|O ,|O Somerset|B-LOC 4|O", "Somerset", "ORG"},
		{"NEW|B-LOC YORK|I-LOC 4|O Cleveland|B-LOC 2|O", "Cleveland", "ORG"},
		// a verb: no results line
		{"London|B-LOC 15|O ,|O Paris|B-LOC 18|O were|O|cop|0|VERB the|O temperatures|O", "London", "LOC"},
		// substitutes and their minutes
		{"Reyes|B-PER (|O Clichy|B-LOC 82|O )|O ,|O Bergkamp|B-PER (|O Persie|B-LOC 82|O )|O", "Clichy", "LOC"},
		// one line of numbers is no table
		{"BOSTON|B-LOC 67|O 66|O .504|O", "BOSTON", "LOC"},
	})
	standings := resolveLines(g, "NEW|B-LOC YORK|I-LOC 74|O 58|O .561|O", "BALTIMORE|B-LOC 70|O 62|O .530|O", "BOSTON|B-LOC 67|O 66|O .504|O")
	for name, typ := range standings {
		if typ != "ORG" {
			t.Errorf("standings: %s typed %s, want ORG", name, typ)
		}
	}
	if len(standings) != 3 {
		t.Errorf("standings: %v, want 3 entities", standings)
	}
}

// resolveLines resolves a document of sentences written as for
// sentenceOf and returns the types of its entities by name.
func resolveLines(g Gazetteer, lines ...string) map[string]string {
	var doc []nlp.Sentence
	var text string
	for _, line := range lines {
		s, tx := sentenceOf(line)
		doc = append(doc, s)
		text += tx
	}
	types := map[string]string{}
	for _, e := range Resolve(doc, text, g).Entities {
		types[e.Name] = e.Type
	}
	return types
}

// TestTables checks the names of results and standings tables: teams in
// a table of teams, persons in a table of persons, athletes before their
// country.
func TestTables(t *testing.T) {
	g := defaultGazetteer(t)
	resolve := func(lines ...string) map[string]string { return resolveLines(g, lines...) }
	teams := resolve("Exeter 4 1 2 1", "Hull|B-LOC 4 2 2 0", "Livingston|B-ORG 3 3 0 0")
	if teams["Exeter"] != "ORG" || teams["Hull"] != "ORG" {
		t.Errorf("standings: %v, want Exeter and Hull ORG", teams)
	}
	scots := resolve("Montrose|B-PER 3 1 0 2 3", "Clyde|B-PER 3 1 0 2 2", "Ayr 3 1 2 0 8", "Hull|B-LOC 4 2 2 0", "Livingston|B-ORG 3 3 0 0")
	if scots["Montrose"] != "ORG" || scots["Ayr"] != "ORG" {
		t.Errorf("standings of one-word names: %v, want Montrose and Ayr ORG", scots)
	}
	money := resolve("Shr 12 cts vs 10 cts", "Net 1.2 mln vs 1.1 mln", "Revs 15 mln vs 12 mln", "Oct 1 record")
	if len(money) != 0 {
		t.Errorf("financial table: %v, want no entities", money)
	}
	golf := resolve("Phillip|B-PER Price|I-PER 72 76", "Retief Goosen 70 68", "Ernie|B-PER Els|I-PER 69 70")
	if typ, ok := golf["Retief Goosen"]; ok && typ != "PERSON" {
		t.Errorf("golf: Retief Goosen %s, want no organisation", typ)
	}
	athletes := resolve("6. Sigurd Njerve ( Norway|B-LOC ) 16.41", "7. Andreas|B-LOC Seelig ( Germany|B-LOC ) 16.50")
	if athletes["Sigurd Njerve"] != "PERSON" || athletes["Andreas Seelig"] != "PERSON" || athletes["Norway"] != "LOC" {
		t.Errorf("athletes: %v, want Sigurd Njerve and Andreas Seelig PERSON, Norway LOC", athletes)
	}
	itinerary := resolve("May 13 Arrive in London|B-LOC", "May 14 Practice at Lord|B-LOC", "May 15 v Durham|B-ORG")
	if _, ok := itinerary["May"]; ok {
		t.Errorf("itinerary: %v, want no May", itinerary)
	}
}

// TestSyllableAfter checks that a person's name the tokenizer cut at the
// hyphen of a Korean given name is whole, and that English words made
// with a hyphen stay out of names.
func TestSyllableAfter(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct{ text, want string }{
		{"Kim Jong-un met", "Kim Jong-un"},
		{"Ban Ki-moon met", "Ban Ki-moon"},
		{"a Blair-led government", "Blair"},
		{"his Smith-in-law", "Smith"},
	} {
		var s nlp.Sentence
		s.Text = tc.text
		pos := 0
		for _, w := range strings.FieldsFunc(tc.text, func(r rune) bool { return r == ' ' }) {
			for _, part := range splitHyphen(w) {
				tk := nlp.Token{Text: part, Lemma: part, UPOS: "NOUN", Start: pos, End: pos + len(part), Head: -1, Entity: "O"}
				if capitalisedWord(part) {
					tk.UPOS, tk.Entity = "PROPN", "I-PER"
					if len(s.Tokens) == 0 || s.Tokens[len(s.Tokens)-1].Entity == "O" {
						tk.Entity = "B-PER"
					}
				}
				s.Tokens = append(s.Tokens, tk)
				pos += len(part)
			}
			s.Tokens[len(s.Tokens)-1].SpaceAfter = true
			pos++
		}
		d := Resolve([]nlp.Sentence{s}, tc.text, g)
		if len(d.Entities) != 1 || d.Entities[0].Name != tc.want {
			t.Errorf("%q: entities %+v, want %s", tc.text, d.Entities, tc.want)
		}
	}
}

// splitHyphen splits w at its hyphens, keeping them as tokens.
func splitHyphen(w string) []string {
	var out []string
	for {
		i := strings.IndexByte(w, '-')
		if i < 0 {
			return append(out, w)
		}
		if i > 0 {
			out = append(out, w[:i])
		}
		out = append(out, "-")
		w = w[i+1:]
	}
}

// mustSentence is sentenceOf without the text.
func mustSentence(items string) nlp.Sentence {
	s, _ := sentenceOf(items)
	return s
}

// TestGazetteerPlaces checks the countries, big cities, streets and
// natural features the recogniser left untagged, and the names that stay
// out: common given names, a person's surname, parts of longer names.
func TestGazetteerPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"peace talks in Jerusalem .", "Jerusalem", "LOC"},
		{"3. Aliuska|B-PER Lopez|I-PER ( Cuba ) 12.92", "Cuba", "LOC"},
		{"troops left Israel on Monday", "Israel", "LOC"},
		{"prices rose in the Far|O|amod|6|ADJ East|O|obl|2|PROPN and the Midwest on Monday", "Far East", "LOC"},
		{"prices rose in the Far|O|amod|6|ADJ East|O|obl|2|PROPN and the Midwest on Monday", "Midwest", "LOC"},
		{"For|O|case|3|ADP Wall Street , this is", "Wall Street", "LOC"},
		{"a Downing Street spokesman said", "Downing Street", "LOC"},
		{"protests in Tiananmen Square in 1989", "Tiananmen Square", "LOC"},
		{"the proclamation of Golan Heights as Israeli territory", "Golan Heights", "LOC"},
	})
	checkNoEntity(t, g, []string{
		"Jordan said no", // a common given name
		"singer Whitney|B-PER Houston|I-PER said Houston was", // a person's surname
		"the Bank of Italy said",                              // part of a longer name
		"the Cuba Libre bar",
		"HAVANA AND CUBA",
		"read the Wall Street Journal today", // the head inside a longer name
		"Janet Street-Porter said",
	}, isType("LOC"))
	// a possessive glued to the head is no hyphen
	s, text := sentenceOf("Downing Street 's plans")
	s.Tokens[1].SpaceAfter = false
	if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, g), "Downing Street"); !ok {
		t.Error("Downing Street's plans: no Downing Street")
	}
}

// TestLowerPlaces checks that a country, region or big city written in
// lower case after a preposition of place is a place where the tagger
// read it as a proper noun, and not elsewhere nor as a common noun.
func TestLowerPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	nnp := func(w string) string { return w + "|O||0|PROPN|NNP" }
	checkTypedCases(t, g, []typedCase{
		{"i buy pizza from " + nnp("chicago") + " every week", "Chicago", "LOC"},
		{"birds in " + nnp("punjab") + " are rare", "Punjab", "LOC"},
		{"we flew to " + nnp("florida") + " .", "Florida", "LOC"},
		{"i am from " + nnp("new") + " " + nnp("zealand"), "New Zealand", "LOC"},
	})
	checkNoEntity(t, g, []string{
		"the number 10 " + nnp("jersey") + " is his",                   // no preposition of place
		"a trip to " + nnp("paris") + " Hilton|O||0|PROPN|NNP tonight", // a longer name
		"a trip to turkey|O||0|NOUN|NN farms",                          // a common noun
	}, isType("LOC"))
}

// TestBasedNames checks that the untagged name after "X-based" is an
// organisation's, not when it opens with a given name, and so is the
// name before a word for a body's people ("WorldCom chief").
func TestBasedNames(t *testing.T) {
	g := defaultGazetteer(t)
	s, text := sentenceOf("Ohio|B-LOC -|O based|O KeyCorp would not comment")
	s.Tokens[0].SpaceAfter, s.Tokens[1].SpaceAfter = false, false
	d := Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "KeyCorp"); !ok || d.Entities[i].Type != "ORG" {
		t.Errorf("Ohio-based KeyCorp: entities %+v", d.Entities)
	}
	checkTyped(t, g, "the Paris-based Euronext said", "Euronext", "ORG")
	// a name after a noun for its kind
	checkTyped(t, g, "commissioned|O by|O net|O provider|O AOL|O .|O", "AOL", "ORG")
	checkTyped(t, g, "the|O band|O Muse|O said|O", "Muse", "ORG")
	checkTyped(t, g, "Solidere|O|nsubj|6|PROPN ,|O|punct|4|PUNCT a|O|det|4|DET company|O|appos|1|NOUN ,|O|punct|4|PUNCT said|O|root|0|VERB", "Solidere", "ORG")
	checkNoEntity(t, g, []string{"top of group|O F|O", "the firm|O Paris|O office|O"}, func(extract.Entity) bool { return true })
	// a body's people after its name
	checkTyped(t, g, "former WorldCom chief Bernie|B-PER Ebbers|I-PER denied it", "WorldCom", "ORG")
	checkNoEntity(t, g, []string{
		"the Sport chief said that sport was fun", // a common word, written in lower case too
		"the London chief said",
	}, isType("ORG"))
	s, text = sentenceOf("the US-based Alistair Cooke said")
	if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, g), "Alistair Cooke"); ok {
		t.Error("US-based Alistair Cooke: a person's name typed as an organisation")
	}
}

// TestTheName checks that one word after "the" acting as a subject or an
// owner is no person's name.
func TestTheName(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O|det|2|DET Elysee|B-PER|nsubj|3|PROPN said|O|root|0|VERB", "Elysee", "ORG"},
		{"the|O|det|2|DET Reagan|B-PER|compound|3|PROPN administration|O|nsubj|4|NOUN said|O|root|0|VERB", "Reagan", "PERSON"},
		{"the|O|det|2|DET Elysee|B-PER|obj|0|PROPN", "Elysee", "PERSON"}, // no cue: the recogniser's word stands (the gazetteer knows the Kremlin)
	})
}

func TestWorldRegion(t *testing.T) {
	g := defaultGazetteer(t)
	checkTyped(t, g, "overseas|O markets|O ,|O including|O Asia|B-PER .|O", "Asia", "LOC")
	checkTyped(t, g, "actress|O Asia|B-PER Argento|I-PER said|O", "Asia Argento", "PERSON")
	checkTyped(t, g, "war|O in|O Darfur|B-PER .|O", "Darfur", "LOC")
	checkTyped(t, g, "cold|O in|O Siberia|O .|O", "Siberia", "LOC")
	// names of several words, and a hyphen written as a space
	checkTyped(t, g, "in|O Japan|B-LOC and|O Asia|B-PER Pacific|I-PER ,|O", "Asia Pacific", "LOC")
	checkTyped(t, g, "talks|O in|O the|O Middle|B-PER East|I-PER .|O", "Middle East", "LOC")
}

// TestDatelineStateStaysPlace checks that a state named in a dateline
// does not join the company named after it.
func TestDatelineStateStaysPlace(t *testing.T) {
	doc, text := docOf(
		"HOUSTON|B-LOC ,|O Texas|B-LOC ,|O March|O 6|O -|O Continental|B-ORG Airlines|I-ORG Inc|I-ORG said|O",
		"a|O unit|O of|O Texas|B-ORG Air|I-ORG Corp|I-ORG",
	)
	d := Resolve(doc, text, defaultGazetteer(t))
	for _, e := range d.Entities {
		if e.Name == "Texas Air Corp" && slices.Contains(e.Aliases, "Texas") {
			t.Errorf("the dateline's Texas joined %+v", e)
		}
	}
}

// TestSkyNames checks that the Sun is a place in an article about the
// sky or about no newspaper or company of the name, and the newspaper or
// company elsewhere; and a planet's name a place in an article about the
// sky.
func TestSkyNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"planets|O orbit|O the|O Sun|B-ORG like|O other|O stars|O", "Sun", "LOC"},
		{"the|O process|O that|O powers|O the|O Sun|B-ORG", "Sun", "LOC"},
		{"he|O told|O the|O Sun|B-ORG newspaper|O", "Sun", "ORG"},
		{"he|O told|O The|O Sun|B-ORG .|O", "Sun", "ORG"},
		{"Sun|B-ORG Microsystems|I-ORG said|O ;|O Sun|B-ORG sold|O it|O", "Sun", "ORG"},
		// a planet in an article about the sky, whatever it is typed
		{"distant|O Pluto|B-ORG orbits|O beyond|O the|O planets|O", "Pluto", "LOC"},
		{"analysts|O at|O Jupiter|B-ORG said|O ;|O Jupiter|B-ORG Research|I-ORG tracks|O stars|O", "Jupiter", "ORG"},
		{"Mars|B-ORG sold|O more|O chocolate|O", "Mars", "ORG"},
		{"they|O drove|O The|O Saturn|B-ORG under|O the|O stars|O and|O planets|O", "Saturn", "ORG"},
	})
}

// TestListedWithPersons checks that a name the recogniser took for a
// place is a person's when listed with persons only.
func TestListedWithPersons(t *testing.T) {
	g := defaultGazetteer(t)
	checkTyped(t, g, "Nikos|B-PER Dendias|I-PER ,|O Nikos|B-LOC Christodoulides|I-LOC and|O Jean-Yves|B-PER Le|I-PER Drian|I-PER", "Nikos Christodoulides", "PERSON")
	checkTyped(t, g, "Wayne|B-PER Rooney|I-PER ,|O Manchester|B-LOC United|I-LOC and|O Steven|B-PER Gerrard|I-PER", "Manchester United", "ORG")
}

// TestFirmBeforeJob checks that a name before a finance job noun is a
// firm's.
func TestFirmBeforeJob(t *testing.T) {
	checkTyped(t, defaultGazetteer(t), "said|O Smith|B-PER Barney|I-PER analyst|O Jane|B-PER Doe|I-PER", "Smith Barney", "ORG")
}

// TestEponyms checks that a disease or law named after a person, or a
// disease named after a place, names no person or place.
func TestEponyms(t *testing.T) {
	for _, sent := range []string{"people|O with|O Parkinson|B-PER 's|O disease|O", "cases|O of|O Lassa|B-LOC fever|O rose|O"} {
		s, text := sentenceOf(sent)
		if d := Resolve([]nlp.Sentence{s}, text, defaultGazetteer(t)); len(d.Entities) != 0 {
			t.Errorf("%s: entities %+v, want none", sent, d.Entities)
		}
	}
	checkTyped(t, defaultGazetteer(t), "Parkinson|B-PER 's|O comments|O", "Parkinson", "PERSON")
	checkTyped(t, defaultGazetteer(t), "cases|O in|O Lassa|B-LOC rose|O", "Lassa", "LOC")
}

func TestAcronymOf(t *testing.T) {
	for _, tt := range []struct {
		w, name string
		want    bool
	}{
		{"Opec", "Organization of Petroleum Exporting Countries", true},
		{"OPEC", "Organization of Petroleum Exporting Countries", true},
		{"Nato", "North Atlantic Treaty Organization", true},
		{"Emu", "Economic and Monetary Union", false}, // three letters: a word
		{"Times", "The Times", false},
	} {
		if got := acronymOf(tt.w, tt.name); got != tt.want {
			t.Errorf("acronymOf(%q, %q) = %v", tt.w, tt.name, got)
		}
	}
	checkTyped(t, defaultGazetteer(t), "demand|O for|O Opec|B-PER 's|O crude|O", "Opec", "ORG")
}

// TestFirmNames checks the names of firms the recogniser cuts or reads as
// persons': a name run on to a legal form, a bracket before the legal
// form, a name in the possessive that owns nothing, and names joined by
// "and".
func TestFirmNames(t *testing.T) {
	g := defaultGazetteer(t)
	// untagged, a company's head after the words the tagger read as nouns
	checkTypedCases(t, g, []typedCase{
		{"head|O of|O equities|O for|O Standard|O|amod|0|ADJ Life|O|compound|0|NOUN Investments|O|nmod|0|NOUN ,|O said|O", "Standard Life Investments", "ORG"},
		{"signed|O to|O Factory|O|compound|0|NOUN Records|O|obl|0|NOUN in|O 1979|O", "Factory Records", "ORG"},
		{"the|O owner|O of|O Sresan|O|amod|0|ADJ Pharmaceuticals|O|nmod|0|NOUN was|O arrested|O", "Sresan Pharmaceuticals", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"digital|O rights|O management|O ,|O or|O Digital|O Rights|O Management|O",    // words the article writes in lower case
		"in|O a|O U.S.|O Securities|O and|O Exchange|B-ORG Commission|I-ORG filing|O", // the name goes on
		"moved|O to|O the|O Heavy|O Industries|O ministry|O",                          // a modifier
		"Ogilvy|B-ORG &|I-ORG Mather|I-ORG and|O Cordiant|O Communications|O",         // no "and" inside
		"the|O Fund|O of|O Cordiant|O Communications|O",                               // the end of a longer name
	}, func(e extract.Entity) bool {
		return e.Name == "Digital Rights Management" || e.Name == "U.S. Securities" || e.Name == "Heavy Industries" ||
			strings.Contains(e.Name, "Mather and") || e.Name == "Cordiant Communications"
	})
	checkTypedCases(t, g, []typedCase{
		// a name and a legal form's tail
		{"Drexel|B-PER Burnham|I-PER Lambert|B-ORG Inc|I-ORG said|O", "Drexel Burnham Lambert Inc", "ORG"},
		// not a person's name before a whole company's
		{"Traci|B-PER Warner|I-PER Enron|B-ORG Broadband|I-ORG Services|I-ORG Inc|I-ORG", "Traci Warner", "PERSON"},
		// untagged proper nouns before a short name and its legal form
		{"said|O Chase|O|compound|3|PROPN Manhattan|B-ORG Corp|I-ORG said|O", "Chase Manhattan Corp", "ORG"},
		{"said|O Tuesday|O|obl|1|PROPN Manhattan|B-ORG Corp|I-ORG said|O", "Manhattan Corp", "ORG"},
		{"target|O of|O General|O|amod|4|ADJ Electric|B-ORG Co|I-ORG", "General Electric Co", "ORG"},
		// capitalised words and "and" before an organisation's head
		{"Valley|O Federal|O Savings|O and|O Loan|B-ORG Association|I-ORG said|O", "Valley Federal Savings and Loan Association", "ORG"},
		{"the|O Finance|B-ORG Ministry|I-ORG and|O Central|B-ORG Bank|I-ORG", "Central Bank", "ORG"},
		{"the|O Science|O ,|O Engineering|O and|O Innovation|B-ORG Council|I-ORG", "Science , Engineering and Innovation Council", "ORG"},
		// a bracket before the legal form
		{"Morgan|B-PER Stanley|I-PER (|O Jersey|B-LOC )|O Ltd|B-ORG is|O issuing|O warrants|O", "Morgan Stanley ( Jersey ) Ltd", "ORG"},
		// a possessive that owns nothing
		{"Moody|B-PER 's|O|case|1|PART|POS said|O|root|0|VERB|VBD", "Moody's", "ORG"},
		{"rated|O by|O Macy|B-PER 's|O|case|3|PART|POS .|O|punct|3|PUNCT", "Macy's", "ORG"},
		{"it|O is|O|cop|3|AUX|VBZ Bach|B-PER 's|O|case|3|PART|POS .|O|punct|3|PUNCT", "Bach", "PERSON"},
		{"Bush|B-PER 's|O|case|1|PART|POS proposed|O|amod|4|VERB|VBN spending|O", "Bush", "PERSON"},
		// ... and a company's name after it
		{"Moody|B-PER 's|O|nmod:poss|4|PROPN|NNP Investors|O|compound|4|NOUN|NNS Service|O|nsubj|5|PROPN|NNP said|O|root|0|VERB|VBD", "Moody 's Investors Service", "ORG"},
		// a founder's name and a firm's head
		{"through|O Merrill|B-PER Lynch|I-PER Capital|O|compound|5|PROPN Markets|O|obl|1|PROPN ,|O", "Merrill Lynch Capital Markets", "ORG"},
		{"Smith|B-PER Capital|O|compound|3|PROPN Markets|O|compound|4|PROPN Index|O|root|0|PROPN", "Smith", "PERSON"},
		// names joined by "and"
		{"Merrill|B-PER Lynch|I-PER and|O Co|O Inc|O said|O", "Merrill Lynch and Co Inc", "ORG"},
		{"through|O Goldman|B-PER ,|O Sachs|B-LOC and|O Co|O", "Goldman , Sachs and Co", "ORG"},
		{"Sears|O|nsubj|6|NOUN ,|O Roebuck|O and|O Co|O said|O|root|0|VERB", "Sears , Roebuck and Co", "ORG"},
		// the first words of a firm's name ending in its head are its
		// short form, but a person's full name stays the person's
		// a company of the gazetteer, not a person's surname
		{"competition|O from|O Toshiba|B-PER and|O Intel|B-ORG", "Toshiba", "ORG"},
		{"Barbara|B-PER Roche|I-PER said|O ;|O Roche|B-PER added|O", "Barbara Roche", "PERSON"},
		{"by|O Philips|B-PER Gloeilampenfabrieken|I-PER said|O", "Philips Gloeilampenfabrieken", "ORG"},
		// a bank by its name's shape
		{"the|O Bundesbank|B-PER said|O|root|0|VERB", "Bundesbank", "ORG"},
		{"by|O Banque|B-PER Nationale|I-PER de|I-PER Paris|I-PER", "Banque Nationale de Paris", "ORG"},
		{"founder|O of|O Maison|B-PER Orée|I-PER said|O", "Maison Orée", "ORG"},
		{"by|O Editions|B-PER Gallimard|I-PER in|O Paris|B-LOC", "Editions Gallimard", "ORG"},
		{"Rabobank|B-PER Nederland|I-PER said|O", "Rabobank Nederland", "ORG"},
		{"Rainier|B-PER Bancorp|I-PER said|O", "Rainier Bancorp", "ORG"},
		{"Thomas|B-PER E.|I-PER Swithenbank|I-PER said|O", "Thomas E. Swithenbank", "PERSON"},
		// one proper noun joined to an organisation's name
		{"American|B-ORG Airlines|I-ORG and|O|cc|4|CCONJ JetBlue|O|conj|2|PROPN are|O|cop|7|AUX", "JetBlue", "ORG"},
		{"Yesterday|O|obl|4|NOUN Merrill|B-PER Lynch|I-PER and|O Co|O said|O|root|0|VERB", "Merrill Lynch and Co", "ORG"},
		{"by|O Upland|B-ORG Associates|I-ORG L.P.|O said|O|root|0|VERB", "Upland Associates L.P.", "ORG"},
		{"against|O Rio|B-LOC Tinto|I-LOC plc|O grew|O|root|0|VERB", "Rio Tinto plc", "ORG"}, // British style
		{"chains|O such|O as|O Aldi|O and|O Tesco|O plc|O ,|O", "Tesco plc", "ORG"},          // a company the gazetteer knows
		{"Standard|B-ORG and|O Poor|B-PER 's|O|case|3|PART|POS Corp|O said|O", "Standard and Poor 's Corp", "ORG"},
		{"rated|O A|O by|O Standard|O and|O Poor|B-PER 's|O|case|3|PART|POS .|O S|B-PER and|O P|B-PER said|O", "S and P", "ORG"},
	})
	// the first words of a firm's name ending in its head are its short
	// form, but a person's full name stays the person's where the
	// surname stands alone too
	firm := resolveLines(g, "Wells|B-ORG Fargo|I-ORG Bank|I-ORG NA|I-ORG agreed|O", "Wells|B-PER Fargo|I-PER has|O|aux|3|AUX committed|O|root|0|VERB")
	if _, ok := firm["Wells Fargo"]; ok || firm["Wells Fargo Bank NA"] != "ORG" {
		t.Errorf("Wells Fargo: %v, want one organisation Wells Fargo Bank NA", firm)
	}
	steel := resolveLines(g, "Mittal|B-ORG Steel|I-ORG said|O", "Lakshmi|B-PER Mittal|I-PER spoke|O|root|0|VERB", "Mr|O Mittal|B-PER told|O|root|0|VERB investors|O")
	if _, ok := steel["Mittal"]; ok || steel["Lakshmi Mittal"] != "PERSON" {
		t.Errorf("Mr Mittal: %v, want him to be Lakshmi Mittal", steel)
	}
	media := resolveLines(g, "Stan|B-ORG Lee|I-ORG Media|I-ORG said|O", "Stan|B-PER Lee|I-PER wrote|O|root|0|VERB", "Lee|B-PER said|O|root|0|VERB")
	if media["Stan Lee"] != "PERSON" {
		t.Errorf("Stan Lee: %v, want a person Stan Lee", media)
	}
	// a comma inside a firm's name is no part of its words: "Goldman
	// Sachs" is "Goldman, Sachs and Co"
	s, text := sentenceOf("Goldman|B-PER ,|O Sachs|B-LOC and|O Co|O advised|O ;|O Goldman|B-ORG Sachs|I-ORG said|O")
	d := Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "Goldman , Sachs and Co"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("Goldman Sachs: entities %+v, want two mentions of Goldman, Sachs and Co", d.Entities)
	}
	// the first words of a company's name are its short form; a place's
	// name is not; a ticker is no part of the name
	s, text = sentenceOf("Jiffy|B-ORG Lube|I-ORG International|I-ORG Inc|I-ORG <|I-ORG LUBE|I-ORG >|O said|O ;|O Jiffy|B-PER Lube|I-PER said|O")
	d = Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "Jiffy Lube International Inc"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("Jiffy Lube: entities %+v, want two mentions of Jiffy Lube International Inc", d.Entities)
	}
	s, text = sentenceOf("Kansas|B-ORG City|I-ORG Southern|I-ORG Industries|I-ORG Inc|I-ORG said|O ;|O in|O Kansas|B-LOC City|I-LOC")
	if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, g), "Kansas City"); !ok {
		t.Error("Kansas City: the place went into the company's name")
	}
	// single capitals no name in the article stands for, and two firms
	// ending a list
	checkNoEntity(t, g, []string{
		"prices|O C|O and|O F|O rose|O",
		"agencies|O -|O Fitch|O and|O Moody|B-PER 's|O|case|4|PART|POS have|O|aux|6|AUX|VBP",
	}, func(e extract.Entity) bool { return strings.Contains(e.Name, " and ") })
}

// TestLegislatures checks that parliaments named alone or as houses are
// organisations, whatever the recogniser says.
func TestLegislatures(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O House|B-LOC of|I-LOC Lords|I-LOC ruled|O", "House of Lords", "ORG"},
		{"debated|O in|O the|O Lords|O on|O Thursday|O", "Lords", "ORG"},
		{"passed|O by|O the|O Knesset|O", "Knesset", "ORG"},
		// untagged, the tagger reading its words as nouns
		{"go|O before|O the|O House|O|nmod|0|NOUN of|O Commons|O|nmod|0|NOUN on|O Monday|O", "House of Commons", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"the|O House|O|nmod|0|NOUN of|O Commons|O|nmod|0|NOUN Select|O|nmod|0|PROPN Committee|O|nmod|0|PROPN", // a longer name
	}, func(e extract.Entity) bool { return e.Name == "House of Commons" })
}

// TestTermAcronyms checks that the initials of things are no names, and
// that a country before them stays a place.
func TestTermAcronyms(t *testing.T) {
	g := defaultGazetteer(t)
	checkNoEntity(t, g, []string{
		"Chinese|O PC|B-LOC sales|O rose|O",
		"HIV|B-ORG drugs|O",
		"R&B|B-ORG star|O Usher|B-PER",
	}, func(e extract.Entity) bool { return e.Name == "PC" || e.Name == "HIV" || e.Name == "R&B" })
	checkNoEntity(t, g, []string{"censored|O on|O US|B-ORG TV|I-ORG"}, func(e extract.Entity) bool { return strings.Contains(e.Name, "TV") })
	checkTyped(t, g, "censored|O on|O US|B-ORG TV|I-ORG", "United States", "LOC")
	checkTyped(t, g, "Mersey|B-ORG TV|I-ORG made|O it|O", "Mersey TV", "ORG")
	// initials the article spells out in lower case are a term's
	checkNoEntity(t, g, []string{
		"the|O major|O|amod|3|ADJ histocompatibility|O complex|O (|O|punct|6|PUNCT MHC|B-ORG )|O|punct|6|PUNCT ;|O the|O MHC|B-ORG genes|O",
	}, func(e extract.Entity) bool { return e.Name == "MHC" })
	checkTyped(t, g, "the|O Food|B-ORG and|I-ORG Drug|I-ORG Administration|I-ORG (|O|punct|6|PUNCT FDA|B-ORG )|O|punct|6|PUNCT ;|O the|O FDA|B-ORG said|O", "FDA", "ORG")
}

// TestFeatureNames checks that built and natural features are places
// whatever the recogniser says, and persons named like them stay persons.
func TestFeatureNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O Three|B-ORG Gorges|I-ORG Dam|I-ORG", "Three Gorges Dam", "LOC"},
		{"the|O Three|B-ORG Gorges|I-ORG Dam|I-ORG (|O TGD|B-ORG )|O ;|O TGD|B-ORG fills|O", "Three Gorges Dam", "LOC"}, // its initials
		{"the|O TGD|B-ORG fills|O", "TGD", "ORG"},                                                                       // initials alone
		// an orchestra is a body, whatever place opens its name; a studio
		// opens a company's
		{"conducts|O the|O New|B-LOC York|I-LOC Philharmonic|I-LOC now|O", "New York Philharmonic", "ORG"},
		{"made|O by|O Studio|B-PER Ghibli|I-PER in|O Tokyo|B-LOC", "Studio Ghibli", "ORG"},
		{"booked|O at|O Central|B-ORG Police|I-ORG Station|I-ORG ,|O where|O", "Central Police Station", "LOC"},
		{"the|O Central|B-ORG Police|I-ORG Service|I-ORG said|O", "Central Police Service", "ORG"},
		{"assaulted|O at|O the|O Beacon|B-PER Hotel|I-PER in|O Sandyford|B-LOC", "Beacon Hotel", "LOC"},
		{"at|O Beirut|B-ORG International|I-ORG Airport|I-ORG", "Beirut International Airport", "LOC"},
		{"escaped|O from|O Maputo|B-ORG Central|I-ORG Prison|I-ORG", "Maputo Central Prison", "LOC"},
		{"cut|O the|O Indus|B-ORG Highway|I-ORG near|O Sehwan|B-LOC", "Indus Highway", "LOC"},
		{"Jan|B-PER van|I-PER Dam|I-PER said|O", "Jan van Dam", "PERSON"},
		{"at|O the|O David|B-PER Memorial|I-PER Gardens|I-PER", "David Memorial Gardens", "LOC"},
		{"the|O University|B-ORG of|I-ORG Rhode|I-ORG Island|I-ORG", "University of Rhode Island", "ORG"},
		{"landed|O at|O Villamor|B-ORG Air|I-ORG Base|I-ORG", "Villamor Air Base", "LOC"},
		{"won|O at|O Flemington|B-ORG Racecourse|I-ORG", "Flemington Racecourse", "LOC"},
		{"won|O at|O Daytona|B-ORG International|I-ORG Speedway|I-ORG on|O Sunday|O", "Daytona International Speedway", "LOC"},
		{"fans|O at|O the|O Taipei|B-ORG Dome|I-ORG chanted|O", "Taipei Dome", "LOC"},
		// an office named after its holder, with its place
		{"the|O Creek|B-LOC County|I-LOC Sheriff|O|nmod:poss|5|PROPN ^'s|O Office|O|nsubj|7|PROPN was|O flooded|O", "Creek County Sheriff's Office", "ORG"},
		{"The|O Istanbul|B-LOC Governor|O|nmod:poss|4|PROPN ^'s|O Office|O|nsubj|5|PROPN banned|O|root|0|VERB rallies|O", "Istanbul Governor's Office", "ORG"},
		{"a|O review|O by|O the|O Lord|O Chancellor|O ^'s|O Department|O .|O", "Lord Chancellor's Department", "ORG"},
		// stock exchanges and school districts are bodies
		{"shares|O fell|O on|O the|O Korea|B-LOC Exchange|I-LOC on|O Monday|O", "Korea Exchange", "ORG"},
		{"and|O on|O Borsa|B-LOC Istanbul|I-LOC ,|O traders|O said|O", "Borsa Istanbul", "ORG"},
		{"the|O Kettle|B-LOC Moraine|I-LOC School|I-LOC District|I-LOC board|O met|O", "Kettle Moraine School District", "ORG"},
		// clubs' designators in other languages, airlines named "X Air"
		{"the|O hosts|O Qarabağ|B-PER FK|I-PER won|O", "Qarabağ FK", "ORG"},
		{"budget|O carrier|O Jin|B-PER Air|I-PER will|O merge|O", "Jin Air", "ORG"},
		{"the|O merger|O of|O Jin|B-PER Air|I-PER and|O Air|B-ORG Busan|I-ORG", "Jin Air", "ORG"},
		// a town written with its state
		{"Elliott|B-PER ,|O the|O Dawsonville|B-ORG ,|O Georgia|B-LOC ,|O native|O ,|O finished|O third|O", "Dawsonville", "LOC"},
		{"1.|O John|B-PER Jones|I-PER ,|O Georgia|B-LOC ,|O 10.2|O", "John Jones", "PERSON"},
		// a given name may open a feature's name no one is named after
		{"at|O the|O Truman|B-ORG Sports|I-ORG Complex|I-ORG ,|O home|O of|O the|O team|O", "Truman Sports Complex", "LOC"},
		{"the|O outflow|O at|O Barton|B-PER Pond|I-PER rose|O", "Barton Pond", "LOC"},
		// a storm's word opens a body's name that ends in a body's head
		{"The|O Storm|B-ORG Prediction|I-ORG Center|I-ORG issued|O a|O warning|O", "Storm Prediction Center", "ORG"},
		{"when|O Storm|B-PER Ciarán|I-PER hit|O the|O coast|O", "Storm Ciarán", "EVENT"},
		// a plural noun for people and its "'s" open a body's name
		{"The|O Women|O ^'s|O Tennis|B-ORG Association|I-ORG said|O", "Women's Tennis Association", "ORG"},
		{"the|O People|O ^'s|O Daily|B-ORG said|O", "People's Daily", "ORG"},
		{"the|O Supreme|B-ORG People|I-ORG ^'s|O Procuratorate|O announced|O", "Supreme People's Procuratorate", "ORG"},
		{"the|O Korean|O People|B-ORG ^'s|O Army|O marched|O", "Korean People's Army", "ORG"},
		{"the|O Chinese|O People|O ^'s|O Liberation|B-ORG Army|I-ORG drilled|O", "Chinese People's Liberation Army", "ORG"},
		// a Burmese honorific is no part of the name
		{"resident|O ,|O Daw|B-PER Tin|I-PER Tin|I-PER Aye|I-PER ,|O 67|O ,|O was|O", "Tin Tin Aye", "PERSON"},
		// nations and tribes that govern themselves are bodies
		{"the|O Cherokee|B-PER Nation|I-PER sued|O the|O state|O", "Cherokee Nation", "ORG"},
		{"the|O Hopi|B-PER Tribe|I-PER voted|O", "Hopi Tribe", "ORG"},
		{"trucks|O on|O Southwest|B-ORG Boulevard|I-ORG were|O stuck|O", "Southwest Boulevard", "LOC"},
		{"inside|O Murchison|B-ORG Falls|I-ORG National|I-ORG Park|I-ORG", "Murchison Falls National Park", "LOC"},
		// venues named "Centre" by what is held there, not bodies
		{"at|O the|O Brisbane|B-ORG Entertainment|I-ORG Centre|I-ORG", "Brisbane Entertainment Centre", "LOC"},
		{"in|O Estcourt|B-ORG Correctional|I-ORG Centre|I-ORG", "Estcourt Correctional Centre", "LOC"},
		{"the|O Pew|B-ORG Research|I-ORG Center|I-ORG said|O", "Pew Research Center", "ORG"},
		// a feature's head the recogniser left after the name
		{"the|O Murray-Darling|B-PER Basin|O|obj|1|PROPN .|O|punct|1|PUNCT", "Murray-Darling Basin", "LOC"},
		{"driver|O Damon|B-PER Hill|O|flat|2|PROPN said|O|root|0|VERB", "Damon", "PERSON"},
	})
}

// TestHospitalNames checks that hospitals are places, as the buildings
// patients are taken to, and that bodies named after them stay bodies.
func TestHospitalNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"taken|O to|O Kenyatta|B-ORG National|I-ORG Hospital|I-ORG", "Kenyatta National Hospital", "LOC"},
		// South Asian buildings and roads; streets a given name's word
		// opens
		{"Ravi|B-PER ^'s|O office|O at|O Raj|B-PER Bhavan|I-PER did|O not|O respond|O", "Raj Bhavan", "LOC"},
		{"fans|O poured|O on|O to|O Anna|B-PER Salai|I-PER and|O gathered|O", "Anna Salai", "LOC"},
		// a sponsor's name in a venue's; a government's building the
		// recogniser typed a body
		{"at|O the|O Queensland|B-ORG Country|I-ORG Bank|I-ORG Stadium|I-ORG in|O Townsville|B-LOC", "Queensland Country Bank Stadium", "LOC"},
		{"outside|O Parliament|B-ORG House|I-ORG in|O Canberra|B-LOC", "Parliament House", "LOC"},
		// museums, galleries and observatories
		{"at|O the|O National|B-ORG Museum|I-ORG of|I-ORG Denmark|I-ORG ,|O", "National Museum of Denmark", "LOC"},
		{"loans|O from|O the|O National|B-ORG Gallery|I-ORG of|I-ORG Art|I-ORG in|O Washington|B-LOC", "National Gallery of Art", "LOC"},
		{"the|O Museums|B-ORG Association|I-ORG said|O", "Museums Association", "ORG"},
		{"the|O Gallery|B-ORG Board|I-ORG said|O", "Gallery Board", "ORG"},
		{"at|O University|B-ORG Hospital|I-ORG Galway|I-ORG", "University Hospital Galway", "LOC"},
		{"at|O the|O University|B-ORG Hospital|I-ORG of|I-ORG Wales|I-ORG", "University Hospital of Wales", "LOC"},
		{"at|O Monash|B-ORG Medical|I-ORG Centre|I-ORG", "Monash Medical Centre", "LOC"},
		{"the|O Royal|B-ORG Infirmary|I-ORG", "Royal Infirmary", "LOC"},
		// a body named after hospitals, and one whose head follows a
		// place's name ("Alliance", Ohio)
		{"the|O Hospital|B-ORG Authority|I-ORG said|O", "Hospital Authority", "ORG"},
		{"the|O Premier|B-ORG Hospital|I-ORG Alliance|I-ORG said|O", "Premier Hospital Alliance", "ORG"},
		{"the|O Hospital|B-ORG Corporation|I-ORG of|I-ORG America|I-ORG said|O", "Hospital Corporation of America", "ORG"},
	})
}

// TestSharedHeads checks that names listed before a plural head they
// share are places, named with the head where it ends their names.
func TestSharedHeads(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"crews|O from|O Lane|B-PER ,|O Marion|B-PER and|O Clackamas|O counties|O", "Lane County", "LOC"},
		{"crews|O from|O Lane|B-PER ,|O Marion|B-PER and|O Clackamas|O counties|O", "Marion County", "LOC"},
		{"crews|O from|O Lane|B-PER ,|O Marion|B-PER and|O Clackamas|O counties|O", "Clackamas County", "LOC"},
		{"along|O the|O Nolichucky|O and|O Pigeon|B-ORG rivers|O", "Pigeon River", "LOC"},
		{"in|O Nyarugenge|O and|O Kicukiro|B-PER districts|O", "Kicukiro", "LOC"},
	})
	bad := func(e extract.Entity) bool {
		return e.Name == "Antarctic" || strings.HasSuffix(e.Name, "County") || e.Name == "Midwestern"
	}
	// people's and compass adjectives, and a list with no "and"
	checkNoEntity(t, g, []string{
		"in|O Antarctic|O|amod|3|ADJ and|O Southern|B-LOC Ocean|I-LOC regions|O",
		"the|O Southern|O|amod|3|ADJ and|O Midwestern|O|amod|3|ADJ states|O",
		"the|O Lane|O ,|O Marion|O counties|O",
		"the|O Lane|O and|O Marion|O ,|O Clackamas|O counties|O",
	}, bad)
}

// TestOpenedPlaces checks that untagged names a street's, a road's or a
// feature's word opens are places, and that the recogniser's names that
// the word opens keep their types.
func TestOpenedPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"honked|O along|O Avenida|O Monseñor|O Rivero|O well|O into|O the|O night|O", "Avenida Monseñor Rivero", "LOC"},
		{"marched|O along|O Avenida|O 18|O de|O Julio|B-PER on|O Wednesday|O", "Avenida 18 de Julio", "LOC"},
		{"closed|O Ruta|O Nacional|O 14|O ,|O the|O highway|O", "Ruta Nacional 14", "LOC"},
		{"sworn|O in|O at|O the|O Palacio|B-LOC Legislativo|O shortly|O", "Palacio Legislativo", "LOC"},
		{"shares|O in|O Avenue|B-ORG Capital|I-ORG fell|O", "Avenue Capital", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"cleaned|O the|O 300|O Sixth|O Avenue|O Building|O in|O Pittsburgh|B-LOC", // inside a longer name
		"a|O Puerto|O Rican|O singer|O",                                           // a people's word
		"the|O Cape|O Verdean|O|nmod|3|PROPN centre|O",                            // ...
	}, func(e extract.Entity) bool {
		return e.Name == "Avenue Building" || e.Name == "Puerto Rican" || e.Name == "Cape Verdean"
	})
}

// TestAirlineNames checks that "Air" and a place name an airline.
func TestAirlineNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"merged|O Air|B-LOC Busan|I-LOC into|O it|O", "Air Busan", "ORG"},
	})
}

// TestRomanceParties checks that names a party's word opens in a Romance
// language, or a movement's in Urdu or Arabic, are organisations,
// whatever the recogniser typed them.
func TestRomanceParties(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O leftist|O Frente|B-PER Amplio|I-PER won|O", "Frente Amplio", "ORG"},
		{"backed|O by|O Alianza|B-LOC para|I-LOC el|I-LOC Progreso|I-LOC", "Alianza para el Progreso", "ORG"},
		{"Frente|B-PER said|O", "Frente", "PERSON"}, // one word
		// and in Urdu or Arabic, joined by a hyphen or a space
		{"blamed|O Lashkar-e-Taiba|B-LOC for|O it|O", "Lashkar-e-Taiba", "ORG"},
		{"the|O Jamiat|B-PER Ulema|I-PER won|O", "Jamiat Ulema", "ORG"},
		{"Jamaat|B-PER said|O", "Jamaat", "PERSON"}, // one word
		{"met|O Jamal|B-PER Khashoggi|I-PER", "Jamal Khashoggi", "PERSON"},
	})
}

// TestDatelineTowns checks that a town before a state's abbreviation is a
// place, named as the North American town, whatever the recogniser said.
func TestDatelineTowns(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"EDISON|B-ORG ,|O N.J.|B-ORG ,|O April|O 13|O -|O", "Edison", "LOC"},
		{"CANTON|B-ORG ,|O Ohio|B-LOC ,|O March|O 2|O", "Canton", "LOC"},
		{"Canton|B-ORG ,|O Ohio|B-LOC", "Canton", "ORG"}, // not a dateline's capitals: left to the recogniser
		{"CANTON|B-ORG ,|O Mass|O .|O ,|O March|O 2|O", "Canton", "LOC"},
		{"CLAYMONT|B-PER ,|O Del.|O ,|O March|O 2|O", "Claymont", "LOC"},
		{"First|B-ORG Union|I-ORG Bank|I-ORG of|I-ORG Augusta|I-ORG ,|O Ga.|O", "First Union Bank of Augusta", "ORG"},
		// (no town before its state: an opera, which its article makes an organisation's)
		{"followed|O by|O La|B-PER Boheme|I-PER ,|O La|B-PER Traviata|I-PER", "La Boheme", "ORG"},
	})
}

// TestGazetteerNames checks the names entities end with: a place is named
// as the gazetteer's place of that very name before one whose alternative
// name it is ("Montgomery" was Sahiwal, "Victoria" Hong Kong), not by an
// alternative name that translates another's ("White House"); a country's
// acronym is no organisation's; an honour is no part of a person's name.
func TestGazetteerNames(t *testing.T) {
	g := defaultGazetteer(t)
	// a big city the recogniser took for a person, but not a club
	checkTyped(t, g, "bushfire|O in|O Sydney|B-PER ;|O Sydney|B-PER 's|O risk|O", "Sydney", "LOC")
	checkTyped(t, g, "Chelsea|B-ORG v|O Milan|B-PER ;|O a|O loss|O to|O Milan|B-PER", "Milan", "ORG")
	// a capital for its government is the place
	checkTyped(t, g, "Tehran|B-ORG|nsubj|2 denied|O|root|0|VERB it|O", "Tehran", "LOC")
	for _, tt := range []struct{ sent, name string }{
		{"in|O Montgomery|B-LOC", "Montgomery"},
		{"in|O Victoria|B-LOC", "Victoria"},
		{"in|O Islamabad|B-LOC", "Islamabad"},
		{"in|O Garden|B-LOC City|I-LOC", "Garden City"},
		{"at|O the|O White|B-LOC House|I-LOC", "White House"}, // an alternative name of Casablanca
		// a country's acronym is no organisation's: "US" is no
		// University of Sydney
		{"the|O University|B-ORG of|I-ORG Sydney|I-ORG and|O the|O US|B-LOC", "United States"},
		// a person's honour is no name: the person is
		{"said|O Philippe|B-PER Sands|I-PER QC|I-PER", "Philippe Sands"},
		// a city's official name before a country's other name
		// ("Quito" is the capital, not Ecuador), diacritics aside
		{"in|O Quito|B-LOC", "Quito"},
		{"in|O Cancun|B-LOC", "Cancún"},
		// the words of a place's name the recogniser left out
		{"RIO|O DE|O JANEIRO|B-LOC ,|O March|O 3|O", "Rio de Janeiro"},
		{"a|O court|O in|O The|O Hague|B-LOC ruled|O", "The Hague"},
		// another name of a city, where the article uses it as a
		// place, or of one of the biggest, or another spelling
		{"offices|O in|O Kiev|B-LOC", "Kyiv"},
		{"the|O Bombay|B-LOC market|O", "Mumbai"},
		{"the|O Basra|B-LOC oil|O fields|O", "Basrah"},
		{"the|O Raqqa|B-LOC battle|O", "Ar Raqqah"},
		// not a word used as no place: "Homo sapiens" is no Qom, nor
		// a given name
		{"Homo|B-LOC sapiens|O evolved|O", "Homo"},
		{"Pax|B-LOC said|O", "Pax"},
	} {
		s, text := sentenceOf(tt.sent)
		if d := Resolve([]nlp.Sentence{s}, text, g); !slices.ContainsFunc(d.Entities, func(e extract.Entity) bool { return e.Name == tt.name }) {
			t.Errorf("%s: entities %+v", tt.name, d.Entities)
		}
	}
}

// TestClassNounNames checks that a capitalised class noun after "the" is
// a description of the body named before ("the Bank" after "the Bank of
// Japan"), not a name of its own, and names nothing when no body of its
// words was named ("the Court ruled": no entity "Court").
func TestClassNounNames(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"The|O|det|2|DET Bank|B-ORG|nsubj|5|PROPN of|I-ORG|case|4|ADP Japan|I-ORG|nmod|2|PROPN intervened|O|root|0|VERB",
		"The|O|det|2|DET Bank|B-ORG|nsubj|3|PROPN intervened|O|root|0|VERB again|O|advmod|3|ADV",
	)
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Bank of Japan"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("entities %+v, want two mentions of Bank of Japan", d.Entities)
	}
	checkNoEntity(t, g, []string{"The|O|det|2|DET Court|B-ORG|nsubj|3|PROPN ruled|O|root|0|VERB"},
		func(e extract.Entity) bool { return e.Name == "Court" })
}

// TestAdjacentNames checks two names tagged side by side: most are one
// name cut in two; a country before a body of its state, a name the
// gazetteer knows and names on two lines stay two; a surname cut from
// its person goes back to it.
func TestAdjacentNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"at|O Queensland|B-LOC University|B-ORG of|I-ORG Technology|I-ORG", "Queensland University of Technology", "ORG"},
		{"the|O US|B-LOC Department|B-ORG of|I-ORG Energy|I-ORG said|O", "Department of Energy", "ORG"},
		{"the|O US|B-LOC Department|B-ORG of|I-ORG Energy|I-ORG said|O", "US", "LOC"},
		{"through|O Merrill|B-PER Lynch|I-PER Capital|B-ORG Markets|I-ORG .|O", "Merrill Lynch Capital Markets", "ORG"},
		{"by|O Wells|B-PER Fargo|I-PER Bank|B-ORG NA|I-ORG .|O", "Wells Fargo Bank NA", "ORG"},
		{"by|O Morgan|B-PER Stanley|I-PER Co|B-ORG Ltd|I-ORG .|O", "Morgan Stanley Co Ltd", "ORG"},
		{"told|O BBC|B-ORG Wales|B-LOC .|O", "BBC Wales", "ORG"},
		{"the|O University|B-ORG of|I-ORG New|B-LOC South|I-LOC Wales|I-LOC", "University of New South Wales", "ORG"},
		{"said|O Sandra|B-PER Taylor|B-ORG of|I-ORG Central|I-ORG Queensland|I-ORG University|I-ORG", "Sandra Taylor", "PERSON"},
		{"said|O Sandra|B-PER Taylor|B-ORG of|I-ORG Central|I-ORG Queensland|I-ORG University|I-ORG", "Central Queensland University", "ORG"},
		{"in|O Tampa|B-LOC Bay|B-LOC waters|O", "Tampa Bay", "LOC"},
		{"at|O University|B-LOC College|I-LOC London|B-LOC .|O", "University College London", "ORG"},
		{"author|O Hans|B-PER Christian|B-PER Andersen|I-PER wrote|O", "Hans Christian Andersen", "PERSON"},
		{"in|O Toronto|B-LOC World|B-ORG Bank|I-ORG officials|O", "World Bank", "ORG"},
		// an organisation ending in its head, "of" and a place
		{"the|O National|B-ORG Bank|I-ORG of|O Kuwait|B-LOC bought|O", "National Bank of Kuwait", "ORG"},
		// the rest of a remit after "and"
		{"the|O Department|B-ORG for|I-ORG Education|I-ORG and|O Skills|O said|O|root|0|VERB", "Department for Education and Skills", "ORG"},
		{"the|O University|B-ORG of|I-ORG Melbourne|I-ORG and|O Chair|O of|O", "University of Melbourne", "ORG"},
		{"the|O Foreign|B-ORG Ministry|I-ORG of|O Kuwait|B-LOC Investment|O", "Foreign Ministry", "ORG"},
		// a name cut at its particles
		{"met|O in|O Punta|B-LOC del|O Este|B-LOC today|O", "Punta del Este", "LOC"},
		{"gathered|O on|O Avenue|O Gamal|B-PER Abdel|I-PER Nasser|I-PER today|O", "Avenue Gamal Abdel Nasser", "LOC"},
		{"outside|O Carrer|B-PER de|I-PER Lepant|I-PER today|O", "Carrer de Lepant", "LOC"},
		{"a|O fund|O ,|O Avenue|B-ORG Capital|I-ORG ,|O said|O", "Avenue Capital", "ORG"},
		{"the|O novelist|O Mohamed|B-PER Lemine|I-PER Ould|O Bouh|B-PER won|O", "Mohamed Lemine Ould Bouh", "PERSON"},
		{"said|O Ursula|B-PER von|I-PER der|O Leyen|O|nsubj|0|PROPN today|O", "Ursula von der Leyen", "PERSON"},
		{"keeper|O Edwin|B-PER van|O der|O Sar|O|flat|2|PROPN saved|O", "Edwin van der Sar", "PERSON"},
		{"President|O Luiz|B-PER Inacio|I-PER Lula|I-PER da|O Silva|B-PER said|O", "Luiz Inacio Lula da Silva", "PERSON"},
		// a surname the tagger read as a common noun
		{"from|O actor|O Jeremy|B-PER Irons|O|nmod|0|NOUN .|O", "Jeremy Irons", "PERSON"},
		{"Jamie|B-PER Noon|O|nmod|0|NOUN starts|O", "Jamie Noon", "PERSON"},
		// ... as a verb or a people's adjective
		{"McIlroy|B-PER beat|O Justin|B-PER Rose|O|ccomp|2|VERB on|O Sunday|O", "Justin Rose", "PERSON"},
		{"the|O franchise|O from|O Mark|B-PER Cuban|O|amod|0|ADJ in|O 2023|O", "Mark Cuban", "PERSON"},
	})
	checkNoEntity(t, g, []string{
		"Victoria|B-PER Cross|O|nmod|0|NOUN winner|O",                // an award's head
		"the|O Sky|B-PER Movies|O|nmod|0|NOUN channel|O",             // a rare given name
		"the|O Cosby|B-PER Show|O|nmod|0|NOUN is|O a|O show|O",       // written in lower case too
		"Jeremy|B-PER Irons|O|nmod|0|NOUN Ltd|O|nmod|0|PROPN said|O", // a longer name
		"Jeremy|B-PER Smart|O|amod|0|ADJ said|O",                     // an adjective, no people's
	}, func(e extract.Entity) bool { return strings.Contains(e.Name, " ") && e.Type == "PERSON" })
	checkNoEntity(t, g, []string{
		"flights|O from|O Paris|B-LOC to|O Rome|B-LOC", // "to" is no particle
		"Paris|B-LOC de|O la|O la|O Rome|B-LOC",        // three particles
	}, func(e extract.Entity) bool { return strings.Contains(e.Name, " ") })
	// a name at the end of a line and one at the start of the next
	s := nlp.Sentence{Text: "Traci Warner\nEnron Bank"}
	for i, w := range []string{"Traci", "Warner", "Enron", "Bank"} {
		start := strings.Index(s.Text, w)
		tag := map[int]string{0: "B-PER", 1: "I-PER", 2: "B-ORG", 3: "I-ORG"}[i]
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Lemma: w, UPOS: "PROPN", Start: start, End: start + len(w), Entity: tag, Head: -1, SpaceAfter: true})
	}
	s.End = len(s.Text)
	if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, s.Text, g), "Traci Warner"); !ok {
		t.Error("Traci Warner / Enron Bank: the names on two lines were joined")
	}
}

// TestWorks checks that a title after a noun for its kind of work, or
// described by one, is a WORK, with the words of the title around the
// names inside it, and that verbs, letters, awards, makers and new
// subjects are not.
func TestWorks(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"for|O the|O film|O|obl|1|NOUN Vera|B-PER Drake|I-PER on|O|case|7|ADP Sunday|O", "Vera Drake", "WORK"},
		{"Eastwood|B-PER 's|O boxing|O drama|O|compound|6|NOUN Million|O|nummod|6|NUM Dollar|O Baby|B-PER won|O|root|0|VERB|VBD", "Million Dollar Baby", "WORK"},
		{"the|O comedy|O|obl|1|NOUN Christmas|B-PER with|O|case|6|ADP the|O|det|6|DET Kranks|O .|O|punct|1|PUNCT", "Christmas with the Kranks", "WORK"},
		{"the|O film|O|obl|1|NOUN Pirates|O of|O|case|6|ADP the|O|det|6|DET Caribbean|B-LOC .|O|punct|1|PUNCT", "Pirates of the Caribbean", "WORK"},
		{"his|O album|O|obl|1|NOUN Hopes|O and|O|cc|5|CCONJ Fears|O topped|O|root|0|VERB|VBD", "Hopes and Fears", "WORK"},
		{"the|O comedy|O|obl|1|NOUN Meet|O The|O|det|4|DET Fockers|O and|O|cc|7|CCONJ Shall|O|aux|8|AUX We|O|nsubj|8|PRON Dance|O", "Meet The Fockers", "WORK"},
		{"the|O film|O|obl|1|NOUN Vera|B-PER Drake|I-PER and|O|cc|6|CCONJ Mike|B-PER Leigh|I-PER", "Mike Leigh", "PERSON"},
		{"Vera|B-PER|nsubj|9 Drake|I-PER|flat|1 -|O|punct|7 Leigh|B-PER|nmod:poss|7 's|O|case|4|PART 1950s|O|amod|7|ADJ drama|O|appos|1|NOUN won|O|root|0|VERB", "Vera Drake", "WORK"},
		{"Sideways|O|nsubj|4|PROPN is|O|cop|4|AUX a|O|det|4|DET comedy|O|root|0|NOUN", "Sideways", "WORK"},
		// not the verb, the maker, a new subject, an award
		{"they|O play|O|root|0|VERB England|B-LOC on|O|case|5|ADP Sunday|O", "England", "LOC"},
		{"Oliver|B-PER Stone|I-PER 's|O|case|2|PART epic|O|appos|1|NOUN Alexander|B-PER", "Oliver Stone", "PERSON"},
		{"in|O|case|3|ADP that|O|det|3|DET painting|O|obl|5|NOUN Leonardo|B-PER|nsubj|5 tried|O|root|0|VERB|VBD", "Leonardo", "PERSON"},
		{"the|O best|O|amod|3|ADJ film|O|compound|4|NOUN Oscar|B-PER for|O|case|6|ADP", "Oscar", "EVENT"},
		{"in|O this|O|det|3|DET movie|O|obl|6|NOUN Google|B-ORG and|O|cc|6|CCONJ Amazon|B-ORG create|O|root|0|VERB", "Google", "ORG"},
	})
	// a letter is no title
	checkNoEntity(t, g, []string{"its|O series|O|compound|3|NOUN A|O preferred|O|amod|5|ADJ stock|O"}, isType("WORK"))
	// a quoted title after a possessive, "including", a list of titles
	q, c := `"|O|punct|1|PUNCT`, `,|O|punct|1|PUNCT`
	checkTypedCases(t, g, []typedCase{
		{"in|O Nagisa|B-PER Oshima|I-PER ^'s|O " + q + " ^Merry|B-PER Christmas|I-PER ^" + c + " Mr.|O Lawrence|B-PER ^" + c + " ^" + q + " for|O|case|1|ADP", "Merry Christmas, Mr. Lawrence", "WORK"},
		{"roles|O including|O " + q + " ^Cyrano|B-PER de|I-PER Bergerac|I-PER ^" + c + " ^" + q + " " + q + " ^Jean|B-PER de|I-PER Florette|I-PER ^" + q, "Jean de Florette", "WORK"},
		{"roles|O including|O " + q + " ^Cyrano|B-PER de|I-PER Bergerac|I-PER ^" + c + " ^" + q + " " + q + " ^Jean|B-PER de|I-PER Florette|I-PER ^" + q, "Cyrano de Bergerac", "WORK"},
		{"roles|O including|O " + q + " ^Danton|B-PER ^" + q + " and|O " + q + " ^Jean|B-PER de|I-PER Florette|I-PER ^" + q, "Jean de Florette", "WORK"},
		{"films|O such|O as|O " + q + " ^Jean|B-PER de|I-PER Florette|I-PER ^" + q, "Jean de Florette", "WORK"},
		{"his|O latest|O album|O|obl|1|NOUN ^" + c + " " + q + " ^Debí|B-PER Tirar|I-PER Más|I-PER Fotos|I-PER ^.|O|punct|1|PUNCT ^" + q, "Debí Tirar Más Fotos", "WORK"},
		// not a quotation after "as" alone, nor a name after a possessive without quotes
		{"as|O " + q + " ^Jean|B-PER de|I-PER Florette|I-PER ^" + q, "Jean de Florette", "PERSON"},
		{"Oliver|B-PER Stone|I-PER ^'s|O Alexander|B-PER Salkind|I-PER won|O|root|0|VERB", "Alexander Salkind", "PERSON"},
		// after a kind of work a quoted title stays one though the tagger
		// reads the verb after it as a noun
		{"her|O novel|O|obl|1|NOUN " + q + " ^We|O Do|O Not|O Part|O ^" + q + " deals|O with|O|case|1|ADP war|O", "We Do Not Part", "WORK"},
		// nor a quoted name before a noun it modifies
		{"the|O country|O ^'s|O " + q + " ^Iran|B-ORG Cartoon|I-ORG ^" + q + " association|O said|O|root|0|VERB", "Iran Cartoon", "ORG"},
	})
	// nor a quotation the recogniser found no name in
	checkNoEntity(t, g, []string{"Reagan|B-PER ^'s|O " + q + " ^Star|O Wars|O ^" + q + " plan|O"}, isType("WORK"))
}

// TestRoleOpensName checks that a role noun opening a sentence is no part
// of the person's name after it, and that a given name is kept; and that
// one word after capitalised common words is the end of a longer name, no
// person, unless a word of address stands before it.
func TestRoleOpensName(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Striker|B-PER Thierry|I-PER Henry|I-PER scored|O|root|0|VERB", "Thierry Henry", "PERSON"},
		{"Dean|B-PER Richards|I-PER said|O|root|0|VERB", "Dean Richards", "PERSON"},
		{"uncle|O Count|O|compound|3|NOUN Olaf|B-PER schemes|O|root|0|VERB", "Olaf", "PERSON"},
		// a name right after a noun for an artist's or a player's job
		{"U2|O frontman|O|compound|3|NOUN Bono|B-LOC said|O|root|0|VERB", "Bono", "PERSON"},
		{"television|O producer|O|compound|3|NOUN Endemol|B-ORG said|O|root|0|VERB", "Endemol", "ORG"},
	})
	checkNoEntity(t, g, []string{"convicted|O at|O the|O Old|O|amod|5|ADJ Bailey|B-PER .|O|punct|1|PUNCT"}, isType("PERSON"))
}

// TestPressNames checks that a place's name or a demonym and a press head
// name a newspaper, and that a name going on is left alone.
func TestPressNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O Cyprus|B-LOC Mail|O reported|O|root|0|VERB", "Cyprus Mail", "ORG"},
		{"the|O Nevada|B-PER Independent|I-PER said|O|root|0|VERB", "Nevada Independent", "ORG"},
		{"according|O to|O Greek|O Reporter|O ,|O|punct|1|PUNCT", "Greek Reporter", "ORG"},
		{"the|O Sydney|B-LOC Morning|O Herald|O said|O|root|0|VERB", "Sydney Morning Herald", "ORG"},
		{"in|O the|O American|O Journal|O of|O Medicine|O", "United States", "LOC"},
		// "daily" read as an adjective names a newspaper before its name,
		// not when it goes with a noun after the name
		{"The|O|det|2|DET government|O|compound|3|NOUN daily|O|amod|4|ADJ Izvestia|B-PER|nsubj|5|PROPN said|O|root|0|VERB", "Izvestia", "ORG"},
		{"lower|O|root|0|ADJ at|O|case|7|ADP the|O|det|7|DET weekly|O|amod|7|ADJ Nairobi|B-LOC|compound|7|PROPN coffee|O|compound|7|NOUN auction|O|obl|1|NOUN", "Nairobi", "LOC"},
	})
}

// TestFirmNamedAfterPerson: a name the recogniser read as a person's is a
// firm's or an institution's when it ends in "Brothers", a legal form or
// an organisation's head, and the head alone, capitalised, refers back to
// the one institution named with it (Reuters' 1987 wire).
func TestFirmNamedAfterPerson(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []docTypesCase{
		{"Brothers", []string{
			"a|O share|O block|O crossed|O today|O by|O Salomon|B-PER Brothers|I-PER .|O",
		}, map[string]string{"Salomon Brothers": "ORG"}},
		{"a person's firm after the person's full name", []string{
			"analyst|O|compound|2|NOUN Charles|B-PER|nsubj|7|PROPN Schelke|I-PER|flat|2|PROPN of|O|case|5|ADP Smith|B-PER|nmod|2|PROPN Barney|I-PER|flat|5|PROPN upgraded|O|root|0|VERB it|O|obj|7|PRON",
			"Li|B-PER|nsubj|9|PROPN Wenxian|I-PER|flat|1|PROPN ,|O|punct|4|PUNCT 31|O|appos|1|NUM ,|O|punct|4|PUNCT of|O|case|7|ADP Hongshan|B-PER|nmod|1|PROPN ,|O|punct|1|PUNCT said|O|root|0|VERB so|O|advmod|9|ADV",
		}, map[string]string{"Smith Barney": "ORG", "Hongshan": "PERSON"}},
		{"a firm's head, then its legal form or International", []string{
			"dealers|O are|O Shearson|B-PER Lehman|I-PER Brothers|O International|O and|O Swiss|B-ORG Bank|I-ORG Corp|I-ORG .|O",
			"Morgan|B-PER Grenfell|I-PER Group|O Plc|O said|O .|O",
		}, map[string]string{"Shearson Lehman Brothers International": "ORG", "Morgan Grenfell Group Plc": "ORG"}},
		{"an organisation's head, and the head alone after it", []string{
			"Sprinkel|B-PER reiterated|O the|O Reagan|B-PER Administration|I-PER 's|O opposition|O .|O",
			"Sprinkel|B-PER said|O the|O Administration|B-PER still|O looks|O for|O growth|O .|O",
		}, map[string]string{"Reagan Administration": "ORG", "Administration": ""}},
		{"a station's number", []string{
			"he|O told|O BBC|B-ORG Radio|I-ORG 4|O on|O Monday|O ,|O and|O Radio|B-ORG 2|O|nummod|2|NUM later|O .|O",
			"Radio|B-ORG stations|O played|O 3|O songs|O .|O",
		}, map[string]string{"BBC Radio 4": "ORG", "Radio 2": "ORG"}},
		{"a school named with its city", []string{
			"Dr|O Singer|B-PER of|O University|B-LOC College|I-LOC London|I-LOC and|O team|O reported|O .|O",
			"they|O met|O in|O College|B-LOC Station|I-LOC ,|O Texas|B-LOC .|O",
		}, map[string]string{"University College London": "ORG", "College Station": "LOC"}},
		{"a range of hills in a larger place", []string{
			"built|O in|O the|O Snowy|B-LOC Mountains|I-LOC of|I-LOC New|I-LOC South|I-LOC Wales|I-LOC .|O",
			"the|O Southern|B-ORG Alps|I-ORG of|I-ORG New|I-ORG Zealand|I-ORG rose|O ,|O as|O did|O the|O Bank|B-ORG of|I-ORG England|I-ORG .|O",
			"the|O Supreme|B-ORG Court|I-ORG of|I-ORG India|I-ORG and|O the|O Ten|B-LOC Thousand|I-LOC Islands|I-LOC of|I-LOC Adventure|I-LOC opened|O .|O",
		}, map[string]string{"Snowy Mountains": "LOC", "New South Wales": "LOC", "Southern Alps": "LOC", "New Zealand": "LOC", "Bank of England": "ORG",
			"Supreme Court of India": "ORG", "Ten Thousand Islands of Adventure": "LOC"}},
		{"a place's name ending in a trade or a legal form", []string{
			"the|O takeover|O of|O Turquoise|B-LOC Hill|I-LOC Resources|I-LOC ended|O .|O",
			"Gemina|B-LOC Spa|I-LOC bought|O it|O ,|O and|O the|O West|B-LOC Bank|I-LOC protested|O .|O",
			"It|O was|O buried|O in|O 79|O A.D.|B-LOC .|O",
		}, map[string]string{"Turquoise Hill Resources": "ORG", "Gemina Spa": "ORG", "Palestinian Territory": "LOC", "A.D.": "LOC"}},
		{"Nordic and Dutch legal forms", []string{
			"mining|O concern|O Boliden|B-PER AB|I-PER said|O .|O",
			"Arcalex|B-PER B.V.|I-PER and|O Norsk|B-ORG Hydro|I-ORG A/S|O agreed|O .|O",
		}, map[string]string{"Boliden AB": "ORG", "Arcalex B.V.": "ORG", "Norsk Hydro A/S": "ORG"}},
		{"a country's name alone before a legal form", []string{
			"Costa|B-LOC Rica|I-LOC SHB|O 113|O ,|O Kenya|B-LOC AB|O FAQ|O 142|O .|O",
			"the|O first|O U.K.|B-LOC Company|O to|O do|O so|O .|O",
			"the|O Reichmanns|O '|O Gulf|O|compound|0|PROPN Canada|B-LOC Corp|O acquired|O it|O .|O",
		}, map[string]string{"Kenya": "LOC", "Kenya AB": "", "United Kingdom": "LOC", "U.K. Company": "", "Gulf Canada Corp": "ORG"}},
		{"a bank's or a company's head in another language, and the short form", []string{
			"Saudi-French|O ,|O owned|O by|O Banque|B-PER Indosuez|I-PER ,|O will|O sign|O .|O",
			"It|O signs|O with|O Indosuez|B-PER in|O Riyadh|B-LOC .|O",
			"Shares|O in|O Deutsche|B-PER Boerse|I-PER have|O risen|O .|O",
		}, map[string]string{"Banque Indosuez": "ORG", "Deutsche Boerse": "ORG"}},
		{"partners' names in the possessive, the tagger reading it as is", []string{
			"Standard|O|nsubj|5|PROPN|NNP and|O Poor|B-PER|conj|1|PROPN|NNP 's|O|aux|5|AUX|VBZ said|O|root|0|VERB|VBN it|O is|O reviewing|O it|O .|O",
			"S|O and|O P|O said|O it|O would|O act|O .|O",
		}, map[string]string{"Standard and Poor's": "ORG", "Poor": "", "S and P": ""}},
		{"partners' initials", []string{
			"Marks|B-ORG &|I-ORG Spencer|I-ORG said|O .|O",
			"M&S|B-ORG shares|O rose|O .|O",
		}, map[string]string{"Marks & Spencer": "ORG", "M&S": ""}},
		{"a possessive that owns something is no part of the name", []string{
			"Marsh|B-ORG &|I-ORG McLennan|I-ORG 's|O|case|3|PART|POS chief|O executive|O resigned|O .|O",
		}, map[string]string{"Marsh & McLennan": "ORG", "Marsh & McLennan's": ""}},
		{"partners' firm and the first partner's name alone", []string{
			"broker|O Marsh|B-ORG &|I-ORG McLennan|I-ORG said|O .|O",
			"Marsh|B-PER|nsubj|2|PROPN said|O|root|0|VERB it|O|nsubj|4|PRON co-operated|O|ccomp|2|VERB .|O",
			"stakes|O in|O Fairmont|B-ORG Hotels|I-ORG &|I-ORG Resorts|I-ORG .|O",
			"Fairmont|B-PER said|O it|O planned|O to|O invest|O .|O",
		}, map[string]string{"Marsh & McLennan": "ORG", "Marsh": "", "Fairmont Hotels & Resorts": "ORG", "Fairmont": ""}},
		{"partners' firm in the possessive and its short names", []string{
			"Standard|B-ORG &|I-ORG Poor|I-ORG 's|O|case|3|PART|POS said|O|root|0|VERB|VBD .|O",
			"Standard|B-PER said|O it|O would|O act|O .|O",
		}, map[string]string{"Standard & Poor's": "ORG", "Standard": "", "Standard & Poor": ""}},
		{"a firm named in the possessive says", []string{
			"rates|O were|O cut|O ,|O Moody|B-PER|nsubj|5|PROPN|NNP 's|O|case|3|PART|POS said|O|root|0|VERB|VBN .|O",
		}, map[string]string{"Moody's": "ORG", "Moody": ""}},
		{"a one-word name, its possessive and a firm's head", []string{
			"rated|O B-2|O by|O Moody|B-PER 's|O|case|3|PART|POS Investors|O|nmod|0|NOUN|NNS and|O B|O|conj|4|PROPN|NNP by|O S&P|B-ORG .|O",
			"Robert|B-PER Sillerman|I-PER 's|O|case|3|PART|POS Sports|O|compound|0|PROPN|NNPS Services|O|nmod|0|PROPN|NNPS bid|O .|O",
		}, map[string]string{"Moody 's Investors": "ORG", "B": "", "Robert Sillerman": "PERSON"}}, // spanText keeps the source spacing
		{"a participle after a possessive opens a title", []string{
			"performer|O Akon|B-PER 's|O|case|3|PART|POS Locked|O|root|0|VERB|VBN Up|O is|O at|O number|O five|O .|O",
		}, map[string]string{"Akon": "PERSON"}},
		{"a US bank's name without Bank N.A.", []string{
			"Chase|B-ORG Manhattan|I-ORG Bank|I-ORG N.A.|I-ORG is|O expanding|O .|O",
			"a|O Chase|B-PER Manhattan|I-PER official|O said|O .|O",
		}, map[string]string{"Chase Manhattan Bank N.A.": "ORG", "Chase Manhattan": ""}},
		{"a short form of two words goes to the company named shortest without its legal form", []string{
			"Goldman|B-ORG Sachs|I-ORG and|I-ORG Co|I-ORG Inc|I-ORG and|O Goldman|B-ORG Sachs|I-ORG International|I-ORG Corp|I-ORG said|O .|O",
			"Goldman|B-PER Sachs|I-PER said|O .|O",
		}, map[string]string{"Goldman Sachs and Co Inc": "ORG", "Goldman Sachs": ""}},
		{"a stock exchange in another language", []string{
			"shares|O were|O suspended|O on|O the|O Paris|B-PER Bourse|I-PER .|O",
			"The|O Bourse|B-ORG said|O it|O would|O reopen|O .|O",
		}, map[string]string{"Paris Bourse": "ORG", "Bourse": ""}},
		{"a group of countries", []string{
			"ministers|O of|O the|O Group|O of|O Seven|B-PER met|O .|O",
			"the|O Group|O of|O 77|O developing|O countries|O",
		}, map[string]string{"Group of Seven": "ORG", "Seven": "", "Group of 77": "ORG"}},
		{"a head word alone is the surname of a person named in full", []string{
			"Margaret|B-PER Court|I-PER won|O in|O 1970|O .|O",
			"Court|B-PER beat|O her|O .|O",
		}, map[string]string{"Margaret Court": "PERSON", "Court": ""}},
		{"a plan or an act named after a person is no person", []string{
			"Gordon|B-PER Brown|I-PER wants|O a|O Marshall|B-PER Plan|I-PER for|O Africa|B-LOC .|O",
			"the|O Glass|O -|O Steagall|B-PER Act|I-PER ,|O Jude|B-PER Law|I-PER said|O .|O",
		}, map[string]string{"Gordon Brown": "PERSON", "Marshall Plan": "", "Steagall Act": "", "Jude Law": "PERSON"}},
		{"after a particle the head word is a surname", []string{
			"DJ|O Rob|B-PER Da|I-PER Bank|I-PER played|O .|O",
		}, map[string]string{"Rob Da Bank": "PERSON"}},
		{"a country's own institutions stay apart", []string{
			"the|O Mississippi|B-ORG Senate|I-ORG voted|O .|O",
			"the|O Senate|B-ORG in|O Washington|B-LOC voted|O .|O",
		}, map[string]string{"Mississippi Senate": "ORG", "Senate": "ORG"}},
		{"the one commission of the article", []string{
			"the|O Arbitration|B-ORG Commission|I-ORG ruled|O .|O",
			"The|O Commission|B-ORG said|O it|O would|O meet|O .|O",
		}, map[string]string{"Arbitration Commission": "ORG", "Commission": ""}},
	}
	checkDocTypes(t, g, tests)
}

// TestCongressmanState: a party's initial and a state's abbreviation
// after a congressman's name name the state ("Sen. David Boren
// (D-Okla.)"), not a person or an organisation named "D-Okla".
func TestCongressmanState(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		sent     string
		want     map[string]string // entity name → type; "" for no such entity
		notAlias string            // a name no entity may have
	}{
		{"Sen.|O David|B-PER Boren|I-PER (|O D|B-PER -|I-PER Okla|I-PER .|O )|O said|O", map[string]string{"Oklahoma": "LOC", "D-Okla": "", "David Boren": "PERSON"}, ""},
		{"Sen.|O Rudy|B-PER Boschwitz|I-PER ,|O R|O -|O Minn|B-PER ,|O said|O", map[string]string{"Minnesota": "LOC", "Minn": ""}, ""},
		{"in|O Durham|B-LOC ,|O N.C.|B-ORG semiconductor|O operation|O", map[string]string{"North Carolina": "LOC"}, ""},
		// untagged: "Rep. Matt Gaetz, R-Fla., filed"
		{"Rep.|O Matt|B-PER Gaetz|I-PER ,|O R|O -|O Fla.|O ,|O filed|O", map[string]string{"Florida": "LOC", "Matt Gaetz": "PERSON"}, ""},
		// after a dateline's town: "NEWARK, N.J. (AP) —"
		{"NEWARK|B-LOC ,|O N.J.|O (|O AP|B-ORG )|O —|O", map[string]string{"New Jersey": "LOC", "Newark": "LOC"}, ""},
		// tagged as an organisation, not widened over the initial
		{"Hakeem|B-PER Jeffries|I-PER ,|O D|O -|O N.Y.|B-ORG ,|O said|O", map[string]string{"New York": "LOC", "D-N.Y.": ""}, "D-N.Y."},
	}
	for _, tt := range tests {
		s, text := sentenceOf(tt.sent)
		for k := 1; k+1 < len(s.Tokens); k++ {
			if s.Tokens[k].Text == "-" || s.Tokens[k+1].Text == "." { // glued: "D-Okla."
				s.Tokens[k-1].SpaceAfter, s.Tokens[k].SpaceAfter = false, false
			}
		}
		d := Resolve([]nlp.Sentence{s}, text, g)
		for name, typ := range tt.want {
			var got string
			if i, ok := entityNamed(d, name); ok {
				got = d.Entities[i].Type
			}
			if got != typ {
				t.Errorf("%q: entity %q typed %q, want %q; entities %+v", tt.sent, name, got, typ, d.Entities)
			}
		}
		for _, e := range d.Entities {
			if tt.notAlias != "" && slices.Contains(e.Aliases, tt.notAlias) {
				t.Errorf("%q: %q is a name of %q", tt.sent, tt.notAlias, e.Name)
			}
		}
	}
}

// TestBandNames: a band is an organisation, whatever person its name
// reads as ("Scottish band Franz Ferdinand").
func TestBandNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTyped(t, g, "Scottish|O|amod|2|ADJ band|O|compound|4|NOUN Franz|B-PER|nsubj|5|PROPN Ferdinand|I-PER|flat|3|PROPN won|O|root|0|VERB", "Franz Ferdinand", "ORG")
}

// TestTradeOpens: a player's position or a firm's trade opening the
// sentence before a name is no part of the name and says whose it is.
func TestTradeOpens(t *testing.T) {
	g := defaultGazetteer(t)
	// a firm named after a person by its research ("Hindenburg Research")
	checkTypedLex(t, g, wordList{}, []typedCase{{"short|O seller|O Hindenburg|B-PER Research|I-PER said|O", "Hindenburg Research", "ORG"}})
	checkTypedCases(t, g, []typedCase{
		{"Winger|B-PER Nitoglia|I-PER scored|O twice|O", "Nitoglia", "PERSON"},
		{"Jeweller|B-PER Zale|I-PER said|O sales|O fell|O", "Zale", "ORG"},
		{"Bank|B-ORG Negara|I-ORG said|O rates|O fell|O", "Bank Negara", "ORG"},
		{"Rival|B-LOC Honda|I-LOC Motor|O Co.|O said|O so|O", "Honda Motor Co.", "ORG"},
		{"Holders|B-PER Manchester|I-PER United|I-PER were|O held|O", "Manchester United", "ORG"},
		{"Leaders|B-LOC Chelsea|I-LOC won|O again|O", "Chelsea", "ORG"},
	})
}

// orgNotNameCase is a sentence written as for sentenceOf, the organisation
// it names and a name it must not give.
type orgNotNameCase struct{ sent, want, not string }

// checkOrgNotName resolves each case's sentence alone and checks that it
// gives the organisation want and no entity named not.
func checkOrgNotName(t *testing.T, cases []orgNotNameCase) {
	t.Helper()
	for _, tc := range cases {
		s, text := sentenceOf(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, nil)
		var names, typed []string
		for _, e := range d.Entities {
			names, typed = append(names, e.Name), append(typed, e.Type+" "+e.Name)
		}
		if !slices.Contains(typed, "ORG "+tc.want) || slices.Contains(names, tc.not) {
			t.Errorf("%q: entities %q, want ORG %q and no %q", tc.sent, names, tc.want, tc.not)
		}
	}
}

// TestTitledNames checks that an untagged name right after a person's
// title is a person's, when its last word is no common word, no plural and
// no abbreviation, no particle or capitalised word goes on after it, and
// "leader" is no company's rank.
func TestTitledNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"xi", "motor", "motors", "partner", "league", "baseball", "dav", "sen", "pepper", "world"}}
	for _, tc := range []struct {
		sent, name string
		found      bool
	}{
		{"Chinese|O President|O Xi|O|compound|4|NOUN Jinping|O spoke|O", "Xi Jinping", true},
		{"Chinese|O leader|O Xi|O Jinping|O spoke|O", "Xi Jinping", true},
		{"said|O Prime|O Minister|O Tony|O Blair|O", "Tony Blair", true},
		{"said|O Mr|O Davies|O", "Davies", true},
		{"shares|O of|O General|O Motors|O rose|O", "Motors", false},
		{"a|O letter|O from|O General|O Partners|O", "Partners", false},
		{"chairman|O Cor|O van|O der|O Klugt|O spoke|O", "Cor", false},
		{"sector|O leader|O Omnicom|O rose|O", "Omnicom", false},
		{"expected|O Dr.|O Ing|O .|O|punct|2|PUNCT H.C.F.|O Porsche|B-ORG AG|I-ORG to|O fall|O", "Ing", false},
		{"the|O President|O Xi|O|compound|4|NOUN Jinping|O Foundation|O gave|O", "Xi Jinping", false},
		{"the|O new|O President|O Xi|O spoke|O", "Xi", false},
		// after an honorific, a common word may end a name of two words
		{"addressed|O Mr|O Hun|O Sen|O as|O uncle|O", "Hun Sen", true},
		{"he|O drank|O Dr|O Pepper|O daily|O", "Pepper", false},
		{"the|O Miss|O World|O crown|O", "World", false},
		{"said|O Datuk|B-ORG Mohd|I-ORG Firuz|I-ORG Jaffril|I-ORG", "Mohd Firuz Jaffril", true},
	} {
		s, text := sentenceOf(tc.sent)
		if tc.name == "Ing" {
			s.Tokens[2].SpaceAfter = false
		}
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex)
		i, ok := entityNamed(d, tc.name)
		if ok != tc.found || ok && d.Entities[i].Type != "PERSON" {
			t.Errorf("%q: person %q found %v, want %v (%+v)", tc.sent, tc.name, ok, tc.found, d.Entities)
		}
	}
}

// TestFirstNameAlone checks that the first word of a person's full name,
// recurring untagged, is a mention of that person ("Xi" after "Xi
// Jinping"), unless it is a frequent common word, a planet, a demonym,
// an initial, letters in capitals, or the first word of two persons.
func TestFirstNameAlone(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"xi", "bill", "bell"}, rare: []string{"xi"}}
	checkMentions(t, g, lex, []mentionCase{
		{[]string{"Chinese|O leader|O Xi|B-PER Jinping|I-PER arrived|O", "Biden|B-PER told|O Xi|O|obj|2|PROPN that|O"}, "Xi Jinping", 2},
		{[]string{"Bill|B-PER Cash|I-PER spoke|O", "the|O Bill|O|nsubj|3|PROPN passed|O"}, "Bill Cash", 1},
		{[]string{"the|O Venus|B-PER Express|I-PER flew|O", "it|O reached|O Venus|O|obj|2|PROPN"}, "Venus Express", 1},
		{[]string{"Briton|B-PER Tim|I-PER Henman|I-PER won|O", "the|O Briton|O|nsubj|3|PROPN lost|O"}, "Tim Henman", 1},
		{[]string{"DJ|B-PER Norman|I-PER played|O", "a|O DJ|O|nsubj|3|PROPN played|O"}, "DJ Norman", 1},
		{[]string{"Xi|B-PER Jinping|I-PER and|O Xi|B-PER Mingze|I-PER came|O", "Xi|O|nsubj|2|PROPN spoke|O"}, "Xi Jinping", 1},
		{[]string{"Xi|B-PER Jinping|I-PER and|O Xi|B-PER Mingze|I-PER came|O", "Xi|O|nsubj|2|PROPN spoke|O"}, "Xi Mingze", 1},
		// tagged alone, where no other name fits
		{[]string{"President|O Yoon|B-PER Suk|I-PER Yeol|I-PER flew|O", "Yoon|B-PER and|O Kishida|B-PER agreed|O"}, "Yoon Suk Yeol", 2},
		{[]string{"Lavalin|B-PER Bell|I-PER Geomat|I-PER grew|O", "Lavalin|B-PER said|O"}, "Lavalin Bell Geomat", 1},
	})
}

// TestPartyNames checks that a party's short name standing alone is an
// organisation named as the gazetteer's party, so that an article's
// "Tories", "Tory" and "Conservatives" are one entity; not a common noun
// opening a sentence nor the last word of a longer name.
func TestPartyNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Labour|O|nmod:poss|3|PROPN 's|O|case|0|PART shadow|O home|O secretary|O spoke|O", "Labour Party", "ORG"},
		{"the|O Tories|B-ORG lost|O", "Conservative Party", "ORG"},
		{"a|O Lib|B-ORG Dem|I-ORG win|O", "Liberal Democrats", "ORG"},
		{"the|O Tory|B-ORG Party|I-ORG won|O", "Conservative Party", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"Labour|O costs|O|nsubj|3|NOUN rose|O",
		"\"|O Labour|O markets|O|nsubj|3|NOUN firmed|O",
		"the|O Institute|O for|O the|O Study|O of|O Labour|O spoke|O",
		"the|O Office|O of|O Industry|O ,|O Trade|O and|O Labour|O said|O",
	}, func(e extract.Entity) bool { return e.Name == "Labour Party" })
	checkTypedCases(t, g, []typedCase{
		{"Michael|B-PER Howard|I-PER and|O Liberal|O Democrat|O leader|O Charles|B-PER Kennedy|I-PER", "Liberal Democrats", "ORG"},
		{"a|O fight|O of|O Conservative|O and|O Labour|O|conj|3|PROPN ended|O", "Labour Party", "ORG"},
	})
	checkTypedCases(t, g, []typedCase{{"Labour|O leader|O|compound|3|NOUN Neil|B-PER Kinnock|I-PER spoke|O", "Labour Party", "ORG"}})
	// opening a sentence in an article that names it inside one
	checkMentions(t, g, nil, []mentionCase{
		{[]string{"Labour|O costs|O|nsubj|3|NOUN rose|O", "a|O Labour|O|compound|3|PROPN win|O"}, "Labour Party", 2},
	})
	doc, text := docOf("the|O Tories|B-ORG lost|O", "the|O Conservatives|B-ORG said|O", "a|O Tory|B-ORG MP|O spoke|O")
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Conservative Party"); !ok || d.Entities[i].Mentions != 3 || len(d.Entities) != 1 {
		t.Errorf("Tories, Conservatives, Tory: want one Conservative Party of three mentions, got %+v", d.Entities)
	}
}

// TestTheNewspapers checks that a newspaper the gazetteer writes with "The"
// is found after a lower-case "the" and named with its "The", so that
// "the Times" and "The Times" are one node; not after another word.
func TestTheNewspapers(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"an|O article|O for|O the|O Times|O|nmod|0|PROPN in|O which|O", "The Times", "ORG"},
		{"he|O told|O the|O Independent|O|obj|2|PROPN that|O", "The Independent", "ORG"},
		{"the|O Guardian|B-ORG said|O", "The Guardian", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"an|O Independent|O|amod|3|PROPN candidate|O won|O",
	}, func(e extract.Entity) bool { return e.Name == "The Independent" })
}

// TestNamesOfWorldNews checks names of kinds news from outside the corpora
// shows: "AI" is a term; a place and capitalised words before a legal form
// make a company; a person's name goes on after a particle and is named
// by the words before it; a place span opening with an initial is a
// person's; an acronym leaves out a legal form.
func TestNamesOfWorldNews(t *testing.T) {
	g := defaultGazetteer(t)
	checkNoEntity(t, g, []string{"the|O AI|B-ORG chip|O boom|O"}, func(e extract.Entity) bool { return e.Name == "AI" })
	checkNoEntity(t, g, []string{"Labour|O Minister|O Ghazi|B-PER Gosaibi|I-PER said|O"}, func(e extract.Entity) bool { return e.Name == "Labour Party" })
	checkNoEntity(t, g, []string{
		"Deputy|O Central|O Bank|O Governor|O Ali|B-PER Khan|I-PER spoke|O",
		"Foreign|O Policy|O Centre|O Director|O Ali|B-PER Khan|I-PER spoke|O",
	}, func(e extract.Entity) bool { return e.Type == "ORG" })
	checkTypedCases(t, g, []typedCase{
		{"working|O with|O Taiwan|O Semiconductor|O Manufacturing|O Co|O to|O grow|O", "Taiwan Semiconductor Manufacturing Co", "ORG"},
		{"K.|B-LOC Chandrashekar|I-LOC Rao|I-LOC spoke|O", "K. Chandrashekar Rao", "PERSON"},
		// telescopes and observatories are organisations, even named after
		// a person
		{"the|O James|B-PER Webb|I-PER Space|I-PER Telescope|I-PER found|O", "James Webb Space Telescope", "ORG"},
		{"using|O the|O Hubble|O Space|O Telescope|O ,|O they|O", "Hubble Space Telescope", "ORG"},
		// an organisation's name before a person's title ends there
		{"Palestinian|O Authority|O President|O Mahmoud|B-PER Abbas|I-PER met|O", "Palestinian Authority", "ORG"},
		{"objections|O|root|0|NOUN from|O|case|5|ADP conservatives|O|nmod|1|NOUN in|O|case|6|ADP the|O|det|6|DET Freedom|O|compound|7|NOUN Caucus|O|nmod|3|NOUN .|O|punct|1|PUNCT", "Freedom Caucus", "ORG"},
		{"he|O urged|O Republicans|O|obj|2|PROPN to|O act|O", "Republican Party", "ORG"},
		{"according|O to|O AMC|O Theatres|O ,|O which|O", "AMC Theatres", "ORG"},
		{"The|O Central|B-LOC Bank|I-LOC of|O Nigeria|B-LOC said|O", "Central Bank of Nigeria", "ORG"},
		// an office only persons hold, after "as"
		{"Bola|B-ORG|nsubj:pass|4|PROPN Tinubu|I-ORG|flat|1|PROPN was|O|aux:pass|4|AUX sworn|O|root|0|VERB as|O|case|6|ADP president|O|obl|4|NOUN", "Bola Tinubu", "PERSON"},
		{"Acme|B-ORG|nsubj|3|PROPN Tools|I-ORG|flat|1|PROPN served|O|root|0|VERB as|O|case|5|ADP supplier|O|obl|3|NOUN", "Acme Tools", "ORG"},
		{"the|O West|B-LOC Bank|I-LOC of|O Jordan|B-LOC", "West Bank", "LOC"},
		{"Fed|O Chair|O Jerome|B-PER Powell|I-PER said|O", "Federal Reserve", "ORG"},
		// a participle inside an organisation's name, not a title's
		{"the|O Progressive|O|amod|2|ADJ Party|O|nsubj|7|PROPN of|O Working|O|amod|5|VERB|VBG People|O|nmod|2|NOUN said|O|root|0|VERB", "Progressive Party of Working People", "ORG"},
		{"Institute|O of|O International|O Finance|O Managing|O|amod|6|VERB|VBG Director|O Horst|B-PER Schulmann|I-PER said|O", "Institute of International Finance", "ORG"},
		{"the|O Progressive|B-ORG Party|I-ORG of|O Working|O|amod|5|VERB|VBG People|O|nmod|2|NOUN said|O|root|0|VERB", "Progressive Party of Working People", "ORG"},
		{"only|O|advmod|3|ADV President|O|nmod:desc|3|PROPN Reagan|B-PER|nsubj|8|PROPN and|O|cc|5|CCONJ Treasury|O|conj|3|PROPN Secretary|O|flat|5|PROPN James|B-PER|nsubj|8|PROPN Baker|I-PER|flat|7|PROPN spoke|O|root|0|VERB", "Reagan", "PERSON"},
		{"Sony|B-ORG|nsubj|6|PROPN and|O|cc|4|CCONJ Toshiba|B-ORG|conj|1|PROPN and|O|cc|6|CCONJ Reagan|B-PER|conj|1|PROPN agreed|O|root|0|VERB", "Reagan", "ORG"},
		{"a|O speech|O to|O the|O Foreign|O|amod|7|ADJ Policy|O Centre|O Mr|O Straw|B-PER said|O", "Foreign Policy Centre", "ORG"},
	})
	checkMentions(t, g, nil, []mentionCase{
		{[]string{"President|O Luiz|B-PER Inácio|I-PER Lula|I-PER da|O Silva|O|appos|2|NOUN urged|O", "Lula|B-PER said|O"}, "Luiz Inácio Lula da Silva", 2},
		{[]string{"Imperial|B-ORG Chemical|I-ORG Industries|I-ORG PLC|I-ORG said|O", "ICI|B-ORG rose|O"}, "Imperial Chemical Industries PLC", 2},
	})
}

// TestKnownAs checks that the name after ", known as" is another name of
// the entity before it, tagged or not; not the first words of a longer
// title ("known as Queen of the Sky").
func TestKnownAs(t *testing.T) {
	g := defaultGazetteer(t)
	checkMentions(t, g, nil, []mentionCase{
		{[]string{"Mohamed|B-PER Hamdan|I-PER Dagalo|I-PER ,|O known|O as|O Hemedti|O ,|O leads|O", "Hemedti|O|nsubj|2|PROPN said|O"}, "Mohamed Hamdan Dagalo", 3},
		{[]string{"Mahmoud|B-PER Abbas|I-PER ,|O also|O known|O as|O Abu|B-PER Mazen|I-PER ,|O spoke|O"}, "Mahmoud Abbas", 2},
		{[]string{"Ellen|B-PER Simonetti|I-PER ,|O known|O as|O Queen|O of|O the|O Sky|O ,|O wrote|O"}, "Ellen Simonetti", 1},
		// after a short apposition
		{[]string{"shares|O in|O Saudi|B-ORG Arabian|I-ORG Oil|I-ORG Co.|I-ORG ,|O the|O state|O|compound|9|NOUN energy|O|compound|9|NOUN giant|O|appos|3|NOUN better|O known|O as|O Aramco|B-ORG ,|O rose|O", "Aramco|B-ORG|nsubj|2|PROPN said|O"}, "Saudi Arabian Oil Co.", 3},
	})
}

// TestClubShortForms checks that a club's last word alone names the one
// club of the article that ends in it ("United" for "Manchester United"),
// and neither of two ("Manchester United", "Sheffield United").
func TestClubShortForms(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("Manchester|B-ORG United|I-ORG won|O", "United|B-ORG were|O better|O")
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Manchester United"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("United after Manchester United: %+v", d.Entities)
	}
	doc, text = docOf("Manchester|B-ORG United|I-ORG beat|O Sheffield|B-ORG United|I-ORG", "United|B-ORG were|O better|O")
	d = Resolve(doc, text, g)
	if i, ok := entityNamed(d, "United"); !ok || d.Entities[i].Mentions != 1 {
		t.Errorf("United after two clubs named so: %+v", d.Entities)
	}
}

// TestPoliceAfter checks that a place's name and "police" in lower case
// name a force, but not before another noun nor after initials.
func TestPoliceAfter(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Northamptonshire|B-LOC police|O|nsubj|3|NOUN said|O|root|0|VERB", "Northamptonshire police", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"Surrey|B-LOC police|O|compound|3|NOUN officers|O|nsubj|4|NOUN came|O|root|0|VERB",
		"UK|B-LOC police|O|nsubj|3|NOUN said|O|root|0|VERB",
	}, func(e extract.Entity) bool { return e.Type == "ORG" })
}

// mentionCase is an article of sentences (docOf) and the number of
// mentions the entity called name must have in it.
type mentionCase struct {
	sents    []string
	name     string
	mentions int
}

// checkMentions resolves each case with gazetteer g and lexicon lex (nil
// for none) and checks the mentions of its entity.
func checkMentions(t *testing.T, g Gazetteer, lex Lexicon, cases []mentionCase) {
	t.Helper()
	for _, tc := range cases {
		doc, text := docOf(tc.sents...)
		d := ResolveWith(doc, text, g, lex)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Mentions != tc.mentions {
			t.Errorf("%q: want %d mentions of %q, got %+v", tc.sents, tc.mentions, tc.name, d.Entities)
		}
	}
}

// TestWorldNewsNames checks rules written for the stories of
// ../pipeline/testdata/world: names the recogniser typed or cut wrong
// there, and the cases each rule must leave alone.
func TestWorldNewsNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedLex(t, g, wordList{nouns: []string{"villa", "motley", "tobacco", "valley", "mistral", "seine", "sale"}}, []typedCase{
		// a name in apposition to an organisation's class noun before
		// it, closed by punctuation; not a person's
		{"Milei|B-PER|nmod:poss|3|PROPN 's|O|case|1|PART party|O|root|0|NOUN ,|O|punct|5|PUNCT La|B-LOC|appos|3|PROPN Libertad|I-LOC|flat|5|PROPN Avanza|I-LOC|flat|5|PROPN ,|O|punct|5|PUNCT holds|O", "La Libertad Avanza", "ORG"},
		{"the|O newspaper|O|root|0|NOUN ,|O|punct|4|PUNCT Goldfine|B-LOC|appos|2|PROPN added|O|acl|4|VERB", "Goldfine", "LOC"},
		{"the|O movement|O|root|0|NOUN ,|O|punct|4|PUNCT Joao|B-PER|appos|2|PROPN Pedro|I-PER|flat|4|PROPN .|O|punct|2|PUNCT", "Joao Pedro", "PERSON"},
		// a place the gazetteer writes with "The", after "the"
		{"judges|O in|O the|O Hague|O|obl|1|PROPN said|O", "The Hague", "LOC"},
		// a constituency after "MP for"; a company before "CEO", not a
		// country; a place span ending with the surname of a person
		// named in full, with no common word
		{"Nigel|B-PER Farage|I-PER was|O elected|O MP|O for|O Clacton|B-PER .|O", "Clacton", "LOC"},
		{"said|O Quora|B-LOC CEO|O Adam|B-PER D'Angelo|I-PER .|O", "Quora", "ORG"},
		{"said|O UK|B-LOC CEO|O Adam|B-PER Smith|I-PER .|O", "United Kingdom", "LOC"},
		{"Barack|B-PER Obama|I-PER 's|O half-sister|O ,|O Auma|B-LOC Obama|I-LOC ,|O was|O there|O", "Auma Obama", "PERSON"},
		{"Reynolds|B-PER Tobacco|I-PER and|O Lorillard|B-LOC Tobacco|I-LOC sued|O", "Lorillard Tobacco", "LOC"},
		// a town's or state's team by its plural nickname; not a
		// country's plural noun, a place's plural word or a headline's
		{"the|O Kansas|B-LOC City|I-LOC Chiefs|O beat|O the|O champions|O", "Kansas City Chiefs", "ORG"},
		{"the|O San|B-LOC Francisco|I-LOC 49ers|O lost|O", "San Francisco 49ers", "ORG"},
		{"rose|O to|O six|O billion|O U.S.|B-LOC Dlrs|O at|O end|O", "United States", "LOC"},
		{"near|O Kansas|B-LOC Springs|O today|O", "Kansas", "LOC"},
		{"Record|O Profits|O At|O Ohio|B-LOC Firms|O .|O", "Ohio", "LOC"},
		{"he|O will|O appear|O before|O Leeds|B-LOC Magistrates|O '|O Court|O on|O Friday|O", "Leeds", "LOC"},
		// a sentence's first word the tagger read as a verb opens a name
		{"Cook|O|root|0|VERB|VB County|O|obj|1|PROPN Board|O|flat|2|PROPN President|O Toni|B-PER Preckwinkle|I-PER said|O", "Cook County Board", "ORG"},
		// storms are events, not persons
		{"Typhoon|B-PER Haiyan|I-PER struck|O", "Typhoon Haiyan", "EVENT"},
		{"Tropical|B-PER Storm|I-PER Dora|I-PER passed|O", "Tropical Storm Dora", "EVENT"},
		{"presenter|O Hannah|B-PER Storm|I-PER said|O", "Hannah Storm", "PERSON"},
		// a word before a span that makes a name the gazetteer knows
		{"Rivals|O Advanced|O|amod|4|ADJ Micro|B-ORG Devices|I-ORG and|O Intel|B-ORG", "Advanced Micro Devices", "ORG"},
		// a club the gazetteer knows, whatever the recogniser said
		{"Arsenal|B-PER and|O Liverpool|B-LOC finished|O second|O", "Arsenal", "ORG"},
		// a word no place and a city, tagged side by side, are a club
		{"beating|O Borussia|B-LOC Dortmund|B-LOC 2|O -|O 0|O", "Borussia Dortmund", "ORG"},
		{"from|O Bavaria|B-LOC Munich|B-LOC today|O", "Munich", "LOC"},
		// untagged words the parse makes parts of a person's name
		{"Opposition|O|compound|2|NOUN candidate|O|nmod|3|NOUN Bassirou|O|nsubj|7|PROPN Diomaye|O|flat|3|PROPN Faye|B-PER|flat|3|PROPN was|O|cop|7|AUX ahead|O|root|0|ADV", "Bassirou Diomaye Faye", "PERSON"},
		{"the|O fall|O|nsubj|7|NOUN of|O|case|4|ADP Pushpa|O|nmod|2|PROPN Kamal|B-PER|flat|4|PROPN Dahal|I-PER|flat|4|PROPN came|O|root|0|VERB", "Pushpa Kamal Dahal", "PERSON"},
		{"Chief|O Executive|O Jan|O van|O de|O Winkel|B-PER told|O analysts|O", "Jan van de Winkel", "PERSON"},
		{"chairman|O Barrister|B-PER Gohar|I-PER Ali|I-PER Khan|I-PER told|O reporters|O", "Gohar Ali Khan", "PERSON"},
		{"a|O run|O|root|0|NOUN for|O|case|4|ADP Welshman|O|nmod|2|PROPN Jimmy|B-PER|flat|4|PROPN Watkins|I-PER|flat|4|PROPN", "Jimmy Watkins", "PERSON"},
		{"President|O|compound|2|PROPN Yoon|B-PER|nsubj|5|PROPN Suk|I-PER|flat|2|PROPN Yeol|O|flat|2|PROPN plans|O|root|0|VERB", "Yoon Suk Yeol", "PERSON"},
		{"New|O|amod|2|ADJ Yorker|O|flat|3|PROPN Dick|B-PER|nsubj|5|PROPN Morris|I-PER|flat|3|PROPN said|O|root|0|VERB", "Dick Morris", "PERSON"},
		{"by|O|case|2|ADP Kim|B-PER|obl|0|PROPN Wilsons|O|flat|2|PROPN|NNPS", "Kim", "PERSON"},
		{"Labour|O|amod|2|PROPN Ella|O|flat|3|PROPN Mary|B-PER|nsubj|5|PROPN Smith|I-PER|flat|3|PROPN said|O|root|0|VERB", "Mary Smith", "PERSON"},
		// a place and an organisation whose acronym spells both
		{"ran|O the|O London|B-LOC School|B-ORG of|I-ORG Economics|I-ORG (|O LSE|O )|O", "London School of Economics", "ORG"},
		// initials before a group noun are the group's name without it
		{"ceasefire|O with|O ELN|B-ORG rebels|O after|O", "ELN", "ORG"},
		// a cartel is named after its place
		{"kidnapped|O by|O the|O Medellín|B-LOC cartel|O of|O Pablo|B-PER Escobar|I-PER", "Medellín cartel", "ORG"},
		{"fighting|O in|O the|O Medellín|B-LOC militia|O", "Medellín", "LOC"},
		// a two-word demonym tagged as a place is the place it names
		{"its|O North|B-LOC American|I-LOC operations|O", "North America", "LOC"},
		// what something is based in is a place
		{"for|O Montreal|B-PER ^-|O ^based|O Alcan|B-ORG said|O", "Montréal", "LOC"},
		// a given name the gazetteer writes without its accent, before a
		// surname that is a country's name the parse joins to it
		{"led|O|root|0|VERB by|O|case|3|ADP Luís|O|obl|1|PROPN Montenegro|B-LOC|flat|3|PROPN of|O|case|7|ADP the|O|det|7|DET PSD|B-ORG|nmod|3|PROPN", "Luís Montenegro", "PERSON"},
		// an age in commas makes a person
		{"Montenegro|B-LOC|nsubj|6|PROPN ,|O|punct|3|PUNCT 51|O|appos|1|NUM ,|O|punct|3|PUNCT told|O|root|0|VERB supporters|O|obj|6|NOUN", "Montenegro", "PERSON"},
		// a valley's name, whatever its last word names too
		{"dam|O in|O the|O Wadi|B-PER Derna|I-PER burst|O ,|O and|O Derna|B-LOC flooded|O", "Wadi Derna", "LOC"},
		// a birth name
		{"The|O singer|O ,|O born|O Damini|B-ORG Ebunoluwa|I-ORG Ogulu|I-ORG in|O Port|B-LOC Harcourt|I-LOC", "Damini Ebunoluwa Ogulu", "PERSON"},
		// an officer's employer; a chief executive officer's title is no firm
		{"an|O information|O officer|O|nsubj|0|NOUN with|O|case|5|ADP Alberta|B-PER|nmod|3|PROPN Wildfire|I-PER|flat|5|PROPN", "Alberta Wildfire", "ORG"},
		{"named|O John|B-PER Bond|I-PER chief|O executive|O officer|O", "John Bond", "PERSON"},
		// a place named after a company
		{"pressure|O at|O the|O Allianz|B-LOC Arena|I-LOC .|O", "Allianz Arena", "LOC"},
		{"with|O the|O Board|B-ORG of|I-ORG Control|I-ORG for|I-ORG Cricket|I-ORG in|O India|B-LOC (|O BCCI|O )|O", "Board of Control for Cricket in India", "ORG"},
		// national airlines
		{"former|O Air|O New|B-LOC Zealand|I-LOC chief|O executive|O", "Air New Zealand", "ORG"},
		{"flights|O on|O Air|B-LOC China|I-LOC rose|O", "Air China", "ORG"},
		// a body named by its trade and its country; not a sentence's
		// first word, nor a longer name's word, nor before initials
		{"agreed|O to|O buy|O Credit|O|compound|5|NOUN|NN Suisse|B-LOC|obj|3|PROPN on|O Sunday|O", "Credit Suisse", "ORG"},
		{"Yesterday|O|obl|3|NOUN|NN Argentina|B-LOC|nsubj|3|PROPN said|O|root|0|VERB", "Argentina", "LOC"},
		{"Football|O|compound|2|NOUN|NN Australia|B-LOC|nsubj|3|PROPN said|O|root|0|VERB the|O", "Football Australia", "ORG"},
		{"Music|O|nsubj|3|NOUN|NN Germany|B-LOC|obj|1|PROPN today|O", "Germany", "LOC"},
		{"rated|O Chrysler|B-ORG Credit|O|compound|4|NOUN|NN Canada|B-LOC ,|O a|O unit|O", "Canada", "LOC"},
		{"said|O Deputy|O|compound|3|NOUN|NN Kenya|B-LOC police|O chief|O", "Kenya", "LOC"},
		{"shares|O of|O Mining|O|compound|4|NOUN|NN NL|B-LOC fell|O", "Netherlands", "LOC"},
		// a given name and a surname that both name places, joined by
		// the parse; not a company named with its country
		{"and|O Anna|B-LOC|conj|1|PROPN Holland|B-LOC|flat|2|PROPN ,|O 20|O ,|O", "Anna Holland", "PERSON"},
		{"shares|O of|O Bell|B-LOC|nmod|1|PROPN Canada|B-LOC|flat|3|PROPN rose|O", "Canada", "LOC"},
		// initials after a common noun opening the sentence are no given name
		{"Mistral|B-PER AI|I-PER said|O|root|0|VERB on|O Tuesday|O", "Mistral AI", "ORG"},
		// a name in apposition to the role before it
		{"Mongolia|B-LOC|nmod:poss|4|PROPN ^'s|O|case|1|PART prime|O|amod|4|ADJ minister|O|nsubj|9|NOUN ,|O|punct|6|PUNCT Luvsannamsrain|B-ORG|appos|4|PROPN Oyun-Erdene|I-ORG|flat|6|PROPN ,|O|punct|6|PUNCT lost|O|root|0|VERB", "Luvsannamsrain Oyun-Erdene", "PERSON"},
		{"the|O|det|2|DET lender|O|nsubj|8|NOUN ,|O|punct|4|PUNCT Tarvo|B-ORG|appos|2|PROPN Zenvia|I-ORG|flat|4|PROPN ,|O|punct|4|PUNCT said|O|root|0|VERB", "Tarvo Zenvia", "ORG"},
		// institutions and buildings named after people
		{"researchers|O at|O the|O Max|B-PER Planck|I-PER Institute|B-ORG for|I-ORG Solid|I-ORG State|I-ORG Research|I-ORG grew|O", "Max Planck Institute for Solid State Research", "ORG"},
		{"home|O to|O the|O Mohamed|B-PER bin|I-PER Zayed|I-PER University|B-ORG of|I-ORG Artificial|I-ORG Intelligence|I-ORG ,|O", "Mohamed bin Zayed University of Artificial Intelligence", "ORG"},
		{"staff|O at|O King|O Faisal|B-PER Hospital|I-PER ,|O the|O main|O centre|O", "King Faisal Hospital", "LOC"},
		{"the|O final|O at|O the|O Nilton|B-PER Santos|I-PER Stadium|O in|O Rio|B-LOC", "Nilton Santos Stadium", "LOC"},
		{"the|O orchestra|O reopened|O David|B-PER Geffen|I-PER Hall|I-PER at|O", "David Geffen Hall", "LOC"},
		{"then|O Michael|B-PER C.|I-PER Hall|I-PER said|O", "Michael C. Hall", "PERSON"},
		{"then|O Mary|B-PER Jane|I-PER Hall|I-PER said|O", "Mary Jane Hall", "PERSON"},
		{"then|O Jerry|B-PER Hall|I-PER said|O", "Jerry Hall", "PERSON"},
		{"then|O Wiremu|B-PER Kereama|I-PER ^-|I-PER ^Hall|I-PER said|O", "Wiremu Kereama-Hall", "PERSON"},
		{"then|O Tammany|B-ORG Hall|I-ORG said|O", "Tammany Hall", "ORG"},
		{"donors|O to|O the|O Tarvo|B-PER Zenvia|I-PER Foundation|O said|O", "Tarvo Zenvia Foundation", "ORG"},
		{"beside|O Tarvo|B-PER Zenvia|I-PER Stadium|O Sarah|B-PER Smith|I-PER said|O", "Tarvo Zenvia", "PERSON"},
		{"of|O the|O Royal|O|amod|4|ADJ Prince|O Alfred|B-PER Hospital|I-PER in|O Sydney|B-LOC", "Royal Prince Alfred Hospital", "LOC"},
		{"landed|O at|O Sir|O Seretse|B-LOC Khama|I-LOC International|I-LOC Airport|I-LOC on|O Monday|O", "Sir Seretse Khama International Airport", "LOC"},
		{"told|O Tarvo|B-PER Zenvia|I-PER ^'s|O University|B-ORG of|I-ORG Lagos|I-ORG colleagues|O", "Tarvo Zenvia", "PERSON"},
		{"the|O mayor|O Jan|B-PER van|I-PER Dam|I-PER said|O", "Jan van Dam", "PERSON"},
		// a street named after a lord is a street; "Mr" names a person
		// whatever his name is ("Park", a Korean surname)
		{"On|O Lord|B-LOC Street|I-LOC ,|O residents|O tied|O ribbons|O", "Lord Street", "LOC"},
		{"in|O Macquarie|B-LOC Street|I-LOC ,|O Mr|B-LOC Park|I-LOC said|O", "Park", "PERSON"},
		{"said|O Lord|B-LOC Smith|I-LOC of|O Kew|B-LOC", "Smith", "PERSON"},
		// an office's title opening a body's or a place's span of a name
		{"Parliament|O Speaker|B-ORG Tarvo|I-ORG Zenvia|I-ORG adjourned|O the|O session|O", "Tarvo Zenvia", "PERSON"},
		{"said|O Governor|B-LOC Tarvo|I-LOC Zenvia|I-LOC on|O Monday|O", "Tarvo Zenvia", "PERSON"},
		{"shares|O of|O President|B-ORG Zenvia|I-ORG Holdings|I-ORG rose|O", "President Zenvia Holdings", "ORG"},
		{"a|O deal|O with|O General|B-ORG Tarvo|I-ORG Zenvia|I-ORG said|O", "General Tarvo Zenvia", "ORG"},
		// (the role read as an adjective: "The WHO chief, Tedros ...")
		{"The|O|det|3|DET WHO|B-ORG|compound|3|PROPN chief|O|nsubj|9|ADJ ,|O|punct|5|PUNCT Tarvo|B-ORG|appos|3|PROPN Zenvia|I-ORG|flat|5|PROPN ,|O|punct|5|PUNCT said|O|root|0|VERB", "Tarvo Zenvia", "PERSON"},
		{"met|O|root|0|VERB Tarvo|B-ORG|obj|1|PROPN Zenvia|I-ORG|flat|2|PROPN ,|O|punct|5|PUNCT director|O|appos|2|NOUN of|O|case|8|ADP the|O|det|8|DET bank|O|nmod|5|NOUN", "Tarvo Zenvia", "PERSON"},
		{"met|O|root|0|VERB Tarvo|B-ORG|obj|1|PROPN Zenvia|I-ORG|flat|2|PROPN ,|O|punct|6|PUNCT a|O|det|6|DET director|O|appos|2|NOUN of|O|case|9|ADP the|O|det|9|DET bank|O|nmod|6|NOUN", "Tarvo Zenvia", "ORG"},
		// streets, roads and features named with common words, or with
		// a compass point after the head; not after a company's name
		{"gathered|O in|O Parliament|O|compound|4|NOUN Square|O|obl|1|PROPN on|O Friday|O", "Parliament Square", "LOC"},
		{"closed|O the|O Western|O|amod|4|ADJ Highway|O|obj|1|PROPN near|O Stawell|B-LOC", "Western Highway", "LOC"},
		{"homes|O on|O Kennet|O|compound|4|PROPN Road|O|obl|1|PROPN East|O were|O hit|O", "Kennet Road East", "LOC"},
		{"outside|O parliament|O on|O Victoria|B-PER Parade|I-PER in|O Suva|B-LOC", "Victoria Parade", "LOC"},
		{"closed|O the|O Yellowhead|B-PER Pass|I-PER to|O traffic|O", "Yellowhead Pass", "LOC"},
		{"debut|O at|O PNC|O Arena|O|obl|1|PROPN in|O Raleigh|B-LOC", "PNC Arena", "LOC"},
		{"won|O at|O TD|O Garden|O|obl|1|PROPN on|O Monday|O", "TD Garden", "LOC"},
		{"the|O Blue|O|amod|3|ADJ Lagoon|O|nsubj|4|PROPN spa|O closed|O", "Blue Lagoon", "LOC"},
		// big rivers named alone, even when the tagger reads a common noun
		{"banks|O of|O the|O Seine|O|nmod|2|PROPN today|O", "Seine", "LOC"},
		{"crowds|O lined|O the|O Thames|O|obj|2|NOUN|NNS .|O", "Thames", "LOC"},
		{"the|O banks|O of|O the|O Seine|O|nmod|2|NOUN|NN .|O", "Seine", "LOC"},
		// Spanish particles in the plural
		{"said|O Mario|B-PER de|I-PER las|O Casas|O|flat|2|PROPN ,|O a|O manager|O", "Mario de las Casas", "PERSON"},
		// Malaysian honorifics are no part of the name
		{"Minister|O Tan|B-PER Sri|I-PER Muhyiddin|I-PER Yassin|I-PER said|O", "Muhyiddin Yassin", "PERSON"},
		{"Minister|O Datuk|B-PER Seri|I-PER Anwar|I-PER Ibrahim|I-PER said|O", "Anwar Ibrahim", "PERSON"},
		{"Minister|O Datuk|B-PER Armizan|I-PER Mohd|I-PER Ali|I-PER said|O", "Armizan Mohd Ali", "PERSON"},
		{"Minister|O Sri|B-PER Mulyani|I-PER Indrawati|I-PER said|O", "Sri Mulyani Indrawati", "PERSON"},
		// a title before a given name opens a person's name, not a place's
		{"District|O Attorney|B-ORG Mary|I-ORG Carmack-Altwies|I-ORG said|O", "Mary Carmack-Altwies", "PERSON"},
		{"on|O Prince|B-LOC Edward|I-LOC Island|I-LOC today|O", "Prince Edward Island", "LOC"},
		// a given name the recogniser read as a person's and a region's
		// name joined by the parse; not initials
		{"Sheriff|O|compound|2|PROPN Adan|B-PER|nsubj|4|PROPN Mendoza|B-LOC|flat|2|PROPN said|O|root|0|VERB", "Adan Mendoza", "PERSON"},
		{"name|O|root|0|VERB Shad|B-PER|obj|1|PROPN U.S.|B-LOC|flat|2|PROPN ambassador|O", "United States", "LOC"},
		// a lake's name, which no person has
		{"drought|O drains|O Lake|B-PER Kariba|I-PER .|O", "Lake Kariba", "LOC"},
		{"the|O climb|O to|O Castello|B-PER Tesino|I-PER began|O", "Castello Tesino", "LOC"},
		{"ships|O at|O Puerto|B-PER Coloso|I-PER waited|O", "Puerto Coloso", "LOC"},
		// a company or a body named with its country
		{"at|O the|O College|B-LOC de|I-LOC France|I-LOC in|O Paris|B-LOC", "College de France", "ORG"},
		{"said|O Shell|B-LOC Canada|I-LOC ,|O a|O unit|O", "Shell Canada", "ORG"},
		{"at|O the|O Stade|B-LOC de|I-LOC France|I-LOC in|O Paris|B-LOC", "Stade de France", "LOC"},
		// a body's head ends a body's name
		{"the|O Congo|B-LOC River|I-LOC Alliance|I-LOC said|O", "Congo River Alliance", "ORG"},
		// a utility and a party the gazetteer knows; a prison is a place
		{"utility|O Eskom|B-PER said|O", "Eskom", "ORG"},
		{"the|O Shiv|B-PER Sena|I-PER split|O", "Shiv Sena", "ORG"},
		{"held|O in|O Stanley|B-PER Prison|I-PER since|O", "Stanley Prison", "LOC"},
		// firms and clubs named after people and places the gazetteer knows
		{"analyst|O at|O Smith|B-PER Barney|I-PER said|O", "Smith Barney", "ORG"},
		{"Aston|B-PER Villa|I-PER beat|O West|B-LOC Ham|I-LOC", "Aston Villa", "ORG"},
		// companies of 2020s news the gazetteer knows
		{"Red|B-PER Bull|I-PER team|O principal|O Christian|B-PER Horner|I-PER", "Red Bull", "ORG"},
		{"against|O Meta|B-PER Platforms|I-PER was|O dismissed|O", "Meta Platforms", "ORG"},
		{"sold|O at|O Sotheby|B-LOC ^'s|O|case|3|PART|POS new|O rooms|O", "Sotheby's", "ORG"},
		{"Everton|B-PER added|O a|O second|O goal|O", "Everton", "ORG"},
		{"troops|O of|O the|O Bundeswehr|B-PER arrived|O", "Bundeswehr", "ORG"},
		{"a|O short|O walk|O from|O the|O Hobart|B-PER Cenotaph|I-PER ,|O a|O location|O", "Hobart Cenotaph", "LOC"},
		// a trade's noun ends a firm's name, not a person's
		{"tugs|O from|O Smit|B-PER Salvage|I-PER pulled|O", "Smit Salvage", "ORG"},
		{"owner|O of|O Nirvana|B-PER Comics|I-PER in|O Knoxville|B-LOC", "Nirvana Comics", "ORG"},
		{"merger|O with|O Paramount|O Global|O on|O Thursday|O", "Paramount Global", "ORG"},
		{"ad|O agency|O Grey|B-PER Global|I-PER said|O", "Grey Global", "ORG"},
		{"the|O Catholic|B-LOC Church|I-LOC said|O", "Catholic Church", "ORG"},
		{"at|O St|B-LOC Mary|I-LOC ^'s|I-LOC Church|I-LOC in|O", "St Mary's Church", "LOC"},
		{"the|O Russian|B-LOC Orthodox|I-LOC Church|I-LOC said|O", "Russian Orthodox Church", "ORG"},
		{"the|O English|B-LOC Church|I-LOC in|O Paris|B-LOC", "English Church", "LOC"},
		{"at|O First|B-LOC Missionary|I-LOC Baptist|I-LOC Church|I-LOC in|O", "First Missionary Baptist Church", "LOC"},
		// a lower-case noun for the kind of place is no part of its name
		{"the|O capital|O of|O Hatay|B-LOC province|I-LOC ,|O where|O", "Hatay", "LOC"},
		{"in|O Mexico|B-LOC city|I-LOC today|O", "Mexico City", "LOC"},
		// a name of no place listed with organisations only is one; a
		// country stays a place
		{"led|O by|O General|B-ORG Catalyst|I-ORG and|O Andreessen|B-LOC Horowitz|I-LOC .|O", "Andreessen Horowitz", "ORG"},
		{"deals|O with|O Exxon|B-ORG Corp|I-ORG and|O Saudi|B-LOC Arabia|I-LOC .|O", "Saudi Arabia", "LOC"},
		{"the|O Phong|B-PER Châu|I-PER bridge|O|nsubj|5|NOUN gave|O way|O", "Phong Châu", "LOC"},
		{"fans|O lined|O Boulevard|B-ORG Valéry|I-ORG Giscard|I-ORG today|O", "Boulevard Valéry Giscard", "LOC"},
		{"heads|O the|O Confederation|O|obj|1|NOUN of|O African|O Football|O (|O CAF|O )|O now|O", "Confederation of African Football", "ORG"},
		// parliaments named alone
		{"speaker|O of|O the|O Seimas|O|nmod|1|PROPN said|O", "Seimas", "ORG"},
		// places classed by their district's or river's noun
		{"in|O neighborhoods|O such|O as|O Kotagede|B-PER and|O Gondokusuman|B-PER ,|O returning|O", "Gondokusuman", "LOC"},
		// in apposition to the role before it, a name is a person's
		// though a word of it names a place
		{"the|O|det|4|DET District|O|nmod:poss|4|PROPN ^'s|O|case|2|PART governor|O|obj|0|NOUN ,|O|punct|6|PUNCT Ibaneis|B-LOC|appos|4|PROPN Rocha|I-LOC|flat|6|PROPN ,|O|punct|6|PUNCT was|O removed|O", "Ibaneis Rocha", "PERSON"},
		// a legal form alone takes the capitalised words before it; a
		// body's head ends no person's name
		{"owned|O by|O Japan|B-LOC ^'s|O Shoei|O|conj|1|PROPN Kisen|O|flat|4|PROPN Kaisha|B-PER|flat|4|PROPN and|O others|O", "Shoei Kisen Kaisha", "ORG"},
		{"Saudi|B-LOC Arabia|I-LOC ^'s|O General|B-PER Entertainment|I-PER Authority|I-PER paid|O", "Entertainment Authority", "ORG"},
		// an untagged name before an age in commas and a verb
		{"Wilders|O|root|0|NOUN|NNS ,|O 60|O|conj|1|NUM|CD ,|O has|O|appos|3|AUX|VBZ called|O for|O bans|O", "Wilders", "PERSON"},
		// a campaign's name of common words before its followers
		{"other|O Just|O|advmod|3|ADV Stop|O|amod|4|VERB Oil|O|compound|5|NOUN supporters|O|nsubj|6|NOUN sprayed|O|root|0|VERB", "Just Stop Oil", "ORG"},
		// known bodies the tagger or the recogniser cut or missed
		{"OpenAI|O|discourse|4|INTJ ,|O backed|O by|O Microsoft|B-ORG ,|O grew|O", "OpenAI", "ORG"},
		{"teammate|O at|O Paris|B-LOC Saint|B-PER ^-|I-PER ^Germain|I-PER .|O", "Paris Saint-Germain", "ORG"},
		{"the|O Russian|B-MISC agency|O Roscosmos|B-PER said|O", "Roscosmos", "ORG"},
		// parties the gazetteer knows by names that are no "X Party"
		{"for|O Fine|B-LOC Gael|I-LOC and|O Fianna|B-PER Fáil|I-PER", "Fine Gael", "ORG"},
		{"the|O far-right|O Chega|B-PER won|O", "Chega", "ORG"},
		// a nickname in quotes inside a person's name
		{`Columbia|B-ORG University|I-ORG President|O Nemat|B-PER "|I-PER ^Minouche|I-PER ^"|O Shafik|B-PER resigned|O`, `Nemat "Minouche" Shafik`, "PERSON"},
		{`boss|O Joaquín|B-PER "|I-PER ^El|I-PER Chapo|I-PER ^"|O Guzmán|B-PER ,|O`, `Joaquín "El Chapo" Guzmán`, "PERSON"},
		{`the|O Americanised|O|amod|3|PROPN "|O ^Jimmy|B-PER ^"|I-PER Bond|I-PER films|O`, `Jimmy" Bond`, "PERSON"},
		{`Mayor|O Francesca|B-PER "|I-PER ^Frankie|I-PER ^"|O Warrington|B-LOC told|O reporters|O`, `Francesca "Frankie" Warrington`, "PERSON"},
		{`said|O letter|O|compound|3|NOUN|NN carrier|O|nsubj|1|NOUN|NN Gurpreet|B-PER "|I-PER ^Gary|I-PER ^"|I-PER Sandhu|I-PER ,|O 47|O`, `Gurpreet "Gary" Sandhu`, "PERSON"},
		// a body's word before a title is the office's
		{"Council|B-ORG Delegate|I-ORG Wilfred|I-ORG Begaye|I-ORG said|O no|O", "Wilfred Begaye", "PERSON"},
		{"said|O Council|B-PER Delegate|I-PER Wilfred|I-PER Begaye|I-PER ,|O who|O", "Wilfred Begaye", "PERSON"},
		// a name in apposition to a role or a relative is a person's
		{"Irungu|B-LOC|nsubj|11|PROPN Houghton|I-LOC|flat|1|PROPN ,|O|punct|5|PUNCT executive|O|amod|5|ADJ director|O|appos|1|NOUN of|O|case|7|ADP Amnesty|B-ORG|nmod|5|PROPN ,|O|punct|1|PUNCT called|O|root|0|VERB", "Irungu Houghton", "PERSON"},
		{"managed|O|root|0|VERB by|O|case|4|ADP his|O|nmod:poss|4|PRON mother|O|obl|1|NOUN ,|O|punct|6|PUNCT Bose|B-LOC|appos|4|PROPN Ogulu|I-LOC|flat|6|PROPN", "Bose Ogulu", "PERSON"},
		{"managed|O|root|0|VERB by|O|case|4|ADP its|O|nmod:poss|4|PRON successor|O|obl|1|NOUN ,|O|punct|6|PUNCT Bose|B-LOC|appos|4|PROPN Ogulu|I-LOC|flat|6|PROPN", "Bose Ogulu", "LOC"},
		// a town's name listed with clubs only is a club's; a country's
		// is its team's by its own cues only
		{"Arsenal|B-ORG and|O Liverpool|B-LOC finished|O second|O", "Liverpool", "ORG"},
		{"between|O Juventus|B-ORG and|O Fiorentina|B-LOC .|O", "Fiorentina", "ORG"},
		{"Arsenal|B-ORG and|O England|B-LOC defender|O Ashley|B-PER Cole|I-PER", "England", "ORG"},
		{"Arsenal|B-ORG and|O England|B-LOC met|O", "England", "LOC"},
		{"Arsenal|B-ORG and|O Liverpool|B-LOC and|O Paris|B-LOC", "Liverpool", "LOC"},
		// a big city listed with places (the gazetteer writes it with an accent)
		{"between|O Lake|B-LOC Ontario|I-LOC and|O Montreal|B-PER is|O open|O", "Montréal", "LOC"},
		// a Vietnamese surname English writes as a function word
		{"named|O President|O To|O|case|4|ADP Lam|B-PER as|O", "To Lam", "PERSON"},
		// "for the" inside a body's name
		{"the|O Royal|O Society|O for|O the|O Protection|O of|O Birds|O said|O", "Royal Society for the Protection of Birds", "ORG"},
		// a word with a capital inside is a company's name
		{"Elon|B-PER Musk|I-PER 's|O SpaceX|O|nsubj|5|PROPN has|O flown|O", "SpaceX", "ORG"},
		{"a|O RocketLab|O|amod|3|ADJ rocket|O rose|O", "RocketLab", "ORG"},
		// guards head a body's name
		{"Iran|B-LOC 's|O Revolutionary|O Guards|O said|O", "Revolutionary Guards", "ORG"},
		// a town and a plural nickname the recogniser tagged as one place
		// are a team; not a region, a person, nor a compass word's place
		{"with|O the|O Los|B-LOC Angeles|I-LOC Lakers|I-LOC for|O", "Los Angeles Lakers", "ORG"},
		{"in|O the|O West|B-LOC Midlands|I-LOC today|O", "West Midlands", "LOC"},
		{"in|O South|B-LOC Wales|I-LOC today|O", "South Wales", "LOC"},
		// a feature's head ends a place's name the recogniser took for a
		// person's
		{"near|O Sabina|B-PER Shoal|I-PER in|O", "Sabina Shoal", "LOC"},
		{"Abasand|B-LOC ,|O Prairie|B-PER Creek|I-PER and|O Grayling|B-LOC Terrace|I-LOC", "Prairie Creek", "LOC"},
		{"crossing|O Sydney|B-PER Harbour|I-PER on|O", "Sydney Harbour", "LOC"},
		{"driver|O Damon|B-PER Hill|I-PER won|O", "Damon Hill", "PERSON"},
		// an acronym after a body's name and its country makes them one
		{"the|O Electoral|B-ORG Commission|I-ORG of|O South|B-LOC Africa|I-LOC (|O IEC|B-ORG )|O said|O", "Electoral Commission of South Africa", "ORG"},
		// "Former" opening a sentence opens a title, not the name after it
		{"Former|O|amod|4|ADJ Post|O|compound|3|PROPN Office|O|compound|4|PROPN boss|O Paula|B-PER Vennells|I-PER said|O", "Post Office", "ORG"},
		{"Former|O Guinness|O Plc|O chairman|O Ernest|B-PER Saunders|I-PER said|O", "Guinness Plc", "ORG"},
		// and the storm's word the recogniser left out opens the name
		{"remnants|O of|O Hurricane|O Helene|B-PER caused|O", "Hurricane Helene", "EVENT"},
		{"as|O Tropical|O Storm|O Alberto|B-PER passed|O", "Tropical Storm Alberto", "EVENT"},
		// "Society" heads a body's name, also after a document's word
		{"and|O the|O Law|O Society|O of|O Kenya|B-LOC called|O", "Law Society of Kenya", "ORG"},
		{"the|O Geological|O Society|O of|O America|B-LOC met|O", "Geological Society of America", "ORG"},
		// towns the recogniser left out: after a town's noun and "of",
		// and opening a dateline
		{"the|O historic|O town|O of|O Lahaina|O|nmod|3|PROPN rose|O", "Lahaina", "LOC"},
		{"in|O the|O city|O of|O Punta|O|nmod|3|PROPN Morales|O|flat|5|PROPN Monday|O|obl|3|PROPN", "Punta Morales", "LOC"},
		{"LAHAINA|O|root|0|PROPN ,|O Hawaii|B-LOC —|O The|O toll|O rose|O", "Lahaina", "LOC"},
		// a capital inside a name's last word: a company's
		{"Microsoft|B-ORG invested|O in|O OpenAI|B-PER .|O", "OpenAI", "ORG"},
		{"McCain|B-PER spoke|O .|O", "McCain", "PERSON"},
		{"in|O Ray|B-LOC S.|I-LOC AbuZayyad|I-LOC ,|O the|O town|O", "Ray S. AbuZayyad", "LOC"}, // after a given name the rule leaves the type alone
		{"he|O met|O David|B-PER SyCip|I-PER .|O", "David SyCip", "PERSON"},
		// an organisation's span, ", who" after it: a person's name when
		// it holds no common word and nothing the gazetteer knows
		{"he|O replaced|O Fumio|B-ORG Kishida|I-ORG ,|O who|O quit|O", "Fumio Kishida", "PERSON"},
		{"Head|B-PER and|O Marnus|B-ORG Labuschagne|I-ORG ,|O who|O made|O 58|O", "Marnus Labuschagne", "PERSON"},
		{"they|O beat|O Motley|B-ORG Crue|I-ORG ,|O who|O lost|O", "Motley Crue", "ORG"},
		{"they|O beat|O Aston|B-ORG Martin|I-ORG ,|O who|O lost|O", "Aston Martin", "ORG"},
		// a firm's word ends a company's name after a title
		{"Formula|O One|O owner|O Liberty|B-ORG Media|I-ORG spent|O", "Liberty Media", "ORG"},
		{"Formula|O One|O owner|O Liberty|B-ORG Jones|I-ORG spent|O", "Liberty Jones", "PERSON"},
		// a party's name the recogniser began one word late
		{"leader|O of|O the|O New|O|amod|6|ADJ Democratic|B-ORG|amod|6|ADJ Party|I-ORG|nmod|1|PROPN", "New Democratic Party", "ORG"},
		{"leader|O of|O the|O British|O|amod|6|ADJ Labour|B-ORG|compound|6|PROPN Party|I-ORG|nmod|1|PROPN", "Labour Party", "ORG"},
		// a country's abbreviated name is no honorific's
		{"DR|B-LOC Congo|I-LOC 's|O Alain|B-PER Masudi|I-PER played|O", "Democratic Republic of the Congo", "LOC"},
		{"the|O Democratic|O Republic|B-LOC of|O Congo|O said|O", "Democratic Republic of the Congo", "LOC"},
		{"Dr|B-PER Jones|I-PER said|O", "Jones", "PERSON"},
		// a plural head and "of" or "for" go on over "and"
		{"the|O Africa|B-ORG Centres|I-ORG for|I-ORG Disease|I-ORG Control|I-ORG and|O Prevention|O said|O", "Africa Centres for Disease Control and Prevention", "ORG"},
		// a maker's noun before a company's name
		{"Danish|O drugmaker|O Bavarian|O Nordic|O ,|O which|O makes|O", "Bavarian Nordic", "ORG"},
	})
}

// TestHyphenGivenName checks that a name span of one or two words grows
// over a hyphenated given name the recogniser left out or typed as no
// person's ("Lai Ching-te", "Ko Wen-je", "Tsai Ing-wen"; "wen" is a rare
// word), and not over a modifier made with a hyphen or a frequent word.
func TestHyphenGivenName(t *testing.T) {
	r := &resolver{gaz: defaultGazetteer(t), lex: wordList{nouns: []string{"area", "wen"}, rare: []string{"wen"}}}
	for _, tc := range []struct {
		toks             []nlp.Token
		start, end, want int
	}{
		{gluedTokens("elects", "Lai|B-PER", "Ching", "_-", "_te", "as"), 1, 2, 5},
		{gluedTokens("and", "Ko|B-LOC", "Wen|I-LOC", "_-", "_je", "of"), 1, 3, 5},
		{gluedTokens("Tsai|B-ORG", "Ing|I-ORG", "_-", "_wen", "."), 0, 2, 4},
		{gluedTokens("a", "New|B-LOC", "York|I-LOC", "_-", "_area", "bank"), 1, 3, 3},  // a frequent word
		{gluedTokens("the", "Kremlin|B-ORG", "_-", "_led", "push"), 1, 2, 2},           // a modifier, and one word
		{gluedTokens("Lai|B-PER", "Ching", "-", "te"), 0, 1, 1},                        // spaced
		{gluedTokens("Lai|B-PER", "Chingdao", "_-", "_te"), 0, 1, 1},                   // a long piece
		{gluedTokens("the", "Blue|B-ORG", "Bird|I-ORG", "Gold", "_-", "_te"), 1, 3, 3}, // three words
	} {
		if got := r.hyphenGivenName(tc.toks, tc.start, tc.end); got != tc.want {
			t.Errorf("%v: end %d, want %d", tc.toks, got, tc.want)
		}
	}
	// a given name of two syllables before the surname
	for _, tc := range []struct {
		toks  []nlp.Token
		start int
		want  bool
	}{
		{gluedTokens("of", "Man", "_-", "_kei", "Tam|B-PER", "said"), 4, true},
		{gluedTokens("of", "Man", "_-", "_kei", "_Tam|B-PER", "said"), 4, false},   // glued to the surname
		{gluedTokens("a", "New", "_-", "_area", "Tam|B-PER", "said"), 4, false},    // a frequent word
		{gluedTokens("of", "MAN", "_-", "_kei", "Tam|B-PER", "said"), 4, false},    // capitals
		{gluedTokens("of", "Manchu", "_-", "_kei", "Tam|B-PER", "said"), 4, false}, // a long piece
		{gluedTokens("Man", "_-", "_kei", "Tam|B-PER", "said"), 3, true},
		{gluedTokens("Man", "-", "kei", "Tam|B-PER", "said"), 3, false}, // spaced
	} {
		if got := r.hyphenGivenBefore(tc.toks, tc.start); got != tc.want {
			t.Errorf("%v: %v, want %v", tc.toks, got, tc.want)
		}
	}
	// not over another name: "[Osaka]-jin [Park]"
	toks := gluedTokens("in", "Osaka|B-LOC", "_-", "_jin", "Park|B-PER", "said")
	text0 := "in Osaka-jin Park said"
	for i := range toks {
		toks[i].Head = -1
	}
	d0 := ResolveWith([]nlp.Sentence{{Tokens: toks, Text: text0, End: len(text0)}}, text0, r.gaz, r.lex)
	if _, ok := entityNamed(d0, "Park"); !ok {
		t.Errorf("no Park apart from Osaka: %+v", d0.Entities)
	}
	// the span is a person's then
	s, text := sentenceOf("and|O Ko|B-LOC Wen|I-LOC")
	s.Tokens = append(s.Tokens[:3:3], nlp.Token{Text: "-", Start: s.Tokens[2].End, End: s.Tokens[2].End + 1, Entity: "O", Head: -1},
		nlp.Token{Text: "je", Start: s.Tokens[2].End + 1, End: s.Tokens[2].End + 3, Entity: "O", Head: -1})
	s.Tokens[2].SpaceAfter = false
	text += "-je"
	s.Text, s.End = text, len(text)
	d := ResolveWith([]nlp.Sentence{s}, text, r.gaz, r.lex)
	if i, ok := entityNamed(d, "Ko Wen-je"); !ok || d.Entities[i].Type != "PERSON" {
		t.Errorf("Ko Wen-je: %+v", d.Entities)
	}
}

// TestDocumentNames checks that a document's word opening a run of
// capitals makes no organisation of it ("an Act of Parliament"), nor
// does a participle opening a sentence ("Joining TA Associates").
func TestDocumentNames(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"under|O an|O Act|O of|O Parliament|O passed|O",
		"Joining|O|root|0|VERB|VBG TA|O|compound|3|PROPN Associates|O|obj|1|PROPN Inc|O|flat|3|PROPN was|O",
	}, func(e extract.Entity) bool {
		return strings.HasPrefix(e.Name, "Act") || strings.HasPrefix(e.Name, "Joining")
	})
}

// TestTheCommonWord checks that a common word after "the" is no place
// the gazetteer writes with "The" ("the Valley" is no The Valley, the
// capital of Anguilla).
func TestTheCommonWord(t *testing.T) {
	s, text := sentenceOf("farms|O in|O the|O Valley|O|obl|1|PROPN flooded|O")
	d := ResolveWith([]nlp.Sentence{s}, text, defaultGazetteer(t), wordList{nouns: []string{"valley"}})
	for _, e := range d.Entities {
		if e.Name == "The Valley" {
			t.Errorf("the Valley taken for The Valley: %+v", d.Entities)
		}
	}
}

// TestVenueAfterName checks that "Arena" or "Stadium" after a name the
// recogniser typed as a person's ends a place's name, also before a full
// stop glued to it.
func TestVenueAfterName(t *testing.T) {
	s, text := sentenceOf("at|O Rod|B-PER Laver|I-PER Arena|O .|O")
	s.Tokens[3].SpaceAfter = false
	d := Resolve([]nlp.Sentence{s}, text, defaultGazetteer(t))
	if i, ok := entityNamed(d, "Rod Laver Arena"); !ok || d.Entities[i].Type != "LOC" {
		t.Errorf("Rod Laver Arena: %+v", d.Entities)
	}
}

// TestSyllableChain checks that a person's name goes on over two or three
// short lower-case syllables glued by hyphens ("Chan-o-cha"), not over an
// English compound or one syllable (syllableAfter's).
func TestSyllableChain(t *testing.T) {
	for _, tc := range []struct {
		toks    []nlp.Token
		i, want int
	}{
		{gluedTokens("Chan|B-PER", "_-", "_o", "_-", "_cha", "said"), 1, 5},
		{gluedTokens("Smith|B-PER", "_-", "_in", "_-", "_law", "said"), 1, 1},
		{gluedTokens("Smith|B-PER", "_-", "_led", "talks"), 1, 1},
		{gluedTokens("Chan|B-PER", "-", "o", "-", "cha"), 1, 1},               // spaced
		{gluedTokens("Smith|B-PER", "_-", "_on", "_-", "_one", "game"), 1, 1}, // "one-on-one"
	} {
		if got := syllableChain(tc.toks, tc.i); got != tc.want {
			t.Errorf("%v: end %d, want %d", tc.toks, got, tc.want)
		}
	}
	// the person's span takes them
	s, text := sentenceOf("Prayuth|B-PER Chan|I-PER")
	s.Tokens[1].SpaceAfter = false
	end := s.Tokens[1].End
	for _, w := range []string{"-", "o", "-", "cha"} {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Lemma: w, UPOS: "X", Start: end, End: end + len(w), Entity: "O", Head: -1})
		end += len(w)
		text += w
	}
	s.Text, s.End = text, len(text)
	d := Resolve([]nlp.Sentence{s}, text, defaultGazetteer(t))
	if _, ok := entityNamed(d, "Prayuth Chan-o-cha"); !ok {
		t.Errorf("Prayuth Chan-o-cha: %+v", d.Entities)
	}
}

// gluedSentence is sentenceOf for items of which those written with a
// leading "_" follow the one before with no space: "Port _- _au".
func gluedSentence(items string) (nlp.Sentence, string) {
	var words []string
	glued := map[int]bool{}
	for i, it := range strings.Fields(items) {
		if strings.HasPrefix(it, "_") {
			glued[i] = true
			it = it[1:]
		}
		words = append(words, it)
	}
	s, _ := sentenceOf(strings.Join(words, " "))
	var b strings.Builder
	for i := range s.Tokens {
		if i > 0 && !glued[i] {
			b.WriteByte(' ')
		}
		if i+1 < len(s.Tokens) && glued[i+1] {
			s.Tokens[i].SpaceAfter = false
		}
		s.Tokens[i].Start = b.Len()
		b.WriteString(s.Tokens[i].Text)
		s.Tokens[i].End = b.Len()
	}
	s.Text, s.Start, s.End = b.String(), 0, b.Len()
	return s, b.String()
}

// TestDatelines checks the places and agencies of news datelines: a town
// whose name the tokenizer cuts at its hyphens is one place, with no
// organisation inside ("PORT-AU-PRINCE" holds "AU"); a town in capitals
// before a slash or a bracketed agency and a dash is a place; the agency
// in brackets after a state's abbreviation is no short name of it, and
// "the group" of the story is not the agency.
func TestDatelines(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct {
		sent, name, typ string
	}{
		{"PORT|O _-|O _AU|O _-|O _PRINCE|O ,|O Haiti|B-LOC (|O AP|B-ORG )|O —|O Gangs|O attacked|O", "Port-au-Prince", "LOC"},
		{"gangs|O in|O Port|O _-|O _au|O _-|O _Prince|O ,|O flanked|O", "Port-au-Prince", "LOC"},
		{"talks|O in|O Guinea|O _-|O _Bissau|O ended|O", "Guinea-Bissau", "LOC"},
	} {
		s, text := gluedSentence(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Type != tc.typ {
			t.Errorf("%q: want %s %q, got %+v", tc.sent, tc.typ, tc.name, d.Entities)
		}
		for _, e := range d.Entities {
			if e.Name == "African Union" {
				t.Errorf("%q: the AU of a town's name taken alone: %+v", tc.sent, e)
			}
		}
	}
	for _, sent := range []string{
		"South|O _-|O _East|O Asia|B-LOC grew|O",                    // a longer name
		"the|O South|O _-|O _East|O of|O England|B-LOC",             // a compass word's
		"at|O Winston|O _-|O _Salem|O State|O University|O",         // a longer name
		"a|O Port|O _-|O _au|O _-|O _Prince|O _-|O _based|O firm|O", // not the whole word
	} {
		s, text := gluedSentence(sent)
		for _, e := range Resolve([]nlp.Sentence{s}, text, g).Entities {
			if e.Name == "South-East" || e.Name == "Port-au-Prince" || e.Name == "Winston-Salem" {
				t.Errorf("%q: unwanted %+v", sent, e)
			}
		}
	}
	checkDocTypes(t, g, []docTypesCase{
		{"slash", []string{"WASHINGTON|B-ORG /|O SANAA|B-LOC (|O Reuters|B-ORG )|O -|O", "Strikes|O hit|O Yemen|B-LOC ."}, map[string]string{"Washington": "LOC"}},
		{"agency", []string{"DALLAS|B-ORG (|O Reuters|B-ORG )|O -|O", "Sales|O rose|O ."}, map[string]string{"Dallas": "LOC"}},
		{"cut off", []string{"MUAN|B-ORG ,|O South|B-LOC Korea|I-LOC (|O AP|B-ORG )|O —|O", "A|O jet|O crashed|O ."}, map[string]string{"Muan": "LOC"}},
		{"in capitals and not", []string{"HARTFORD|B-PER ,|O March|O 2|O -|O Sales|O rose|O in|O Hartford|B-PER .|O"}, map[string]string{"Hartford": "LOC"}},
		{"alone", []string{"MONTE|B-ORG CARLO|I-ORG —|O", "Charles|B-PER Leclerc|I-PER won|O ."}, map[string]string{"MONTE CARLO": "LOC"}},
		{"a table's letters", []string{"N.A.|B-ORG -|O", "Not|O available|O ."}, map[string]string{"N.A.": "ORG"}},
		{"a sign-off", []string{"Paul|B-PER Kowalczyk|I-PER —|O", "He|O won|O ."}, map[string]string{"Paul Kowalczyk": "PERSON"}},
	})
	doc, text := docOf("ASHEVILLE|B-LOC ,|O N.C.|B-ORG (|O AP|B-ORG )|O —|O", "Floods|O hit|O North|B-LOC Carolina|I-LOC .")
	d := Resolve(doc, text, g)
	for _, e := range d.Entities {
		if e.Name != "Associated Press" && slices.Contains(e.Aliases, "AP") {
			t.Errorf("AP a short name of %+v", e)
		}
	}
	doc, text = docOf("WASHINGTON|B-LOC (|O Reuters|B-ORG )|O -|O",
		"The|O|det|2|DET group|O|nsubj|3|NOUN said|O|root|0|VERB it|O would|O fight|O .")
	d = Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Reuters"); !ok || d.Entities[i].Mentions != 1 {
		t.Errorf("the group taken for the dateline's agency: %+v", d.Entities)
	}
}

// TestPartyNounsAndPlurals checks parties named before a lower-case "party" and by
// their members' plural: "the Morena party", "the ruling Pheu Thai
// party", "the Left party" (the Left Party), "the Social Democrats", "the
// Greens"; not "a Eurosceptic party", "the Northern party" touring, "a
// Christmas party", "House Democrats".
func TestPartyNounsAndPlurals(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{adjectives: []string{"left", "northern", "popular", "social", "democratic"}, nouns: []string{"force"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"Meloni|B-PER 's|O Brothers|O of|O Italy|B-LOC party|O won|O", "Brothers of Italy", "ORG"},
		{"leads|O the|O Popular|O|amod|3|ADJ Force|O|compound|4|PROPN party|O and|O", "Popular Force", "ORG"},
		{"the|O Social|O|amod|3|ADJ Democratic|O|amod|4|ADJ party|O won|O", "Social Democratic Party", "ORG"},
		{"whose|O Morena|B-LOC party|O won|O", "Morena", "ORG"},
		{"the|O ruling|O Pheu|O|compound|4|NOUN Thai|O|amod|4|ADJ party|O won|O", "Pheu Thai", "ORG"},
		{"The|O|det|3|DET Left|O|amod|3|VERB party|O took|O", "Left Party", "ORG"},
		{"Scholz|B-PER 's|O Social|O|amod|4|ADJ Democrats|O|nsubj|5|PROPN slumped|O", "Social Democrats", "ORG"},
		{"while|O the|O Free|O|amod|4|ADJ Democrats|O of|O Lindner|B-PER fell|O", "Free Democrats", "ORG"},
		{"the|O Greens|O|nsubj|3|PROPN won|O", "Greens", "ORG"},
		// an adverb inside a name with a head
		{"dissolved|O the|O opposition|O Move|O|compound|6|NOUN Forward|O|advmod|4|ADV Party|O ,|O which|O won|O", "Move Forward Party", "ORG"},
	})
	for _, sent := range []string{
		"leader|O of|O a|O Eurosceptic|O party|O",
		"the|O man|O formed|O a|O Veritas|O party|O", // indefinite
		"As|O the|O main|O Eurosceptic|O|amod|5|PROPN party|O",
		"in|O the|O Northern|O|amod|4|ADJ party|O",
		"at|O the|O Christmas|O party|O",
		"House|O Democrats|O|nsubj|3|PROPN voted|O",
		"Most|O Republicans|O|nsubj|3|PROPN voted|O",
		"he|O ate|O Greens|O",
	} {
		checkNoEntityLex(t, g, lex, sent, isType("ORG"))
	}
}

// checkNoEntityLex resolves the sentence, written as for sentenceOf, with
// gazetteer g and lexicon lex, and fails for every entity bad reports.
func checkNoEntityLex(t *testing.T, g Gazetteer, lex Lexicon, sent string, bad func(extract.Entity) bool) {
	t.Helper()
	s, text := sentenceOf(sent)
	for _, e := range ResolveWith([]nlp.Sentence{s}, text, g, lex).Entities {
		if bad(e) {
			t.Errorf("%q: unwanted %+v", sent, e)
		}
	}
}

// TestCompanyClasses checks the nouns for a firm's kind that class the
// names after them: "his hedge fund Alameda Research" (the recogniser said
// place), "the cryptocurrency exchange FTX" (untagged), and the members
// of lists after "lenders such as" and "shipping giants including"; not
// "miner Larry Knight", a person.
func TestCompanyClasses(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"ran|O his|O hedge|O fund|O|compound|5|NOUN Alameda|B-LOC Research|I-LOC ,|O testified|O", "Alameda Research", "ORG"},
		{"the|O bankrupt|O cryptocurrency|O exchange|O|compound|5|NOUN FTX|O|nmod|0|PROPN ,|O was|O", "FTX", "ORG"},
		{"the|O metalworkers|O union|O|compound|4|NOUN Metall|O|nsubj|5|PROPN said|O", "Metall", "ORG"},
		{"downfall|O of|O lenders|O|nmod|1|NOUN such|O as|O BlockFi|O|nmod|3|PROPN and|O Genesis|B-PER|conj|7|PROPN .|O", "Genesis", "ORG"},
		{"Shipping|O giants|O|nsubj|9|NOUN including|O Maersk|O|nmod|2|PROPN and|O Hapag|B-PER -|I-PER Lloyd|I-PER have|O diverted|O", "Hapag - Lloyd", "ORG"},
		{"took|O the|O life|O of|O miner|O|compound|6|NOUN Larry|B-PER Knight|I-PER and|O", "Larry Knight", "PERSON"},
	})
}

// TestCountryNotCityShortForm checks that a country's name is no short
// form of a city named after it, though the gazetteer lists it among the
// city's names: Mexico and Mexico City, El Salvador and San Salvador,
// Oklahoma and Oklahoma City stay two places; the storm's name alone is
// the storm's.
func TestCountryNotCityShortForm(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("MEXICO|B-LOC CITY|I-LOC (|O AP|B-ORG )|O —|O She|O won|O .", "She|O won|O Mexico|B-LOC 's|O election|O .")
	d := Resolve(doc, text, g)
	for _, name := range []string{"Mexico City", "Mexico"} {
		if i, ok := entityNamed(d, name); !ok || d.Entities[i].Mentions != 1 {
			t.Errorf("want %s of one mention, got %+v", name, d.Entities)
		}
	}
	// nor is a state's name, one of a city's names too
	doc, text = docOf("Floods|O hit|O Oklahoma|B-LOC City|I-LOC .|O", "The|O governor|O of|O Oklahoma|B-LOC spoke|O .|O")
	d = Resolve(doc, text, g)
	for _, name := range []string{"Oklahoma City", "Oklahoma"} {
		if i, ok := entityNamed(d, name); !ok || d.Entities[i].Mentions != 1 {
			t.Errorf("want %s of one mention, got %+v", name, d.Entities)
		}
	}
	doc, text = docOf("the|O remnants|O of|O Hurricane|O Helene|B-PER caused|O floods|O .", "Helene|B-PER made|O landfall|O .")
	d = Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Hurricane Helene"); !ok || d.Entities[i].Mentions != 2 || d.Entities[i].Type != "EVENT" {
		t.Errorf("want the event Hurricane Helene of two mentions, got %+v", d.Entities)
	}
}

// TestWhoNames checks that an untagged name before ", who" is a person's
// ("Beyoncé, who has won"), and that "the Scot, who", "U2, who",
// "Americans, who" and a word the lexicon knows are not.
func TestWhoNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"band", "bank", "president", "planemaker", "chief", "executive", "taco", "bell"}, adjectives: []string{"general"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"Beyoncé|O|nsubj|5|PROPN ,|O who|O has|O won|O", "Beyoncé", "PERSON"},
		// a role after a name of two words, its owner in lower case
		{"Olarn|O|nsubj|7|PROPN Chaipravat|O|flat|1|PROPN ,|O the|O bank|O ^'s|O president|O ,|O said|O", "Olarn Chaipravat", "PERSON"},
		{"said|O Juninho|O|nsubj|1|PROPN ,|O who|O joined|O", "Juninho", "PERSON"},
		// an age before "who" or an apposition, a double surname
		{"Libuše|O|nsubj|7|PROPN Dvořáková|O|flat|1|PROPN ,|O 74|O|amod|1|NUM ,|O who|O heads|O it|O", "Libuše Dvořáková", "PERSON"},
		{"said|O Sushmita|B-ORG Gurung|I-ORG ^-|I-ORG ^Tamang|I-ORG ,|O 24|O|amod|2|NUM ,|O a|O student|O", "Sushmita Gurung-Tamang", "PERSON"},
		{"said|O Yorgelis|B-LOC Pérez|I-LOC ,|O 29|O|amod|2|NUM ,|O a|O hairdresser|O", "Yorgelis Pérez", "PERSON"},
		{"said|O Erzsébet|O|nsubj|1|PROPN Horváth|O|flat|2|PROPN ^-|O ^Tóth|O|flat|2|PROPN ,|O 61|O|amod|2|NUM ,|O a|O retired|O band|O", "Erzsébet Horváth-Tóth", "PERSON"},
		// a hospital's name opened by words the recogniser left out, a
		// place before a common word
		{"At|O the|O Kamituga|O General|O Referral|B-ORG Hospital|I-ORG ,|O a|O building|O", "Kamituga General Referral Hospital", "LOC"},
		{"treated|O at|O Massachusetts|B-LOC General|O Hospital|B-PER in|O Boston|B-LOC", "Massachusetts General Hospital", "LOC"},
		{"flown|O from|O Nairobi|B-LOC Kenyatta|B-LOC National|I-LOC Hospital|I-LOC staff|O", "Nairobi", "LOC"},
		// a street's word opening a name, a given name too ("Calle")
		{"she|O|nsubj|2|PRON embraced|O|root|0|VERB a|O|det|4|DET woman|O|obj|2|NOUN on|O|case|7|ADP Calle|B-LOC|compound|7|PROPN San|I-LOC|nmod|4|PROPN Antonio|I-LOC|flat|7|PROPN .|O|punct|2|PUNCT", "Calle San Antonio", "LOC"},
		{"people|O|nsubj|2|NOUN lined|O|root|0|VERB Jalan|B-PER|obj|2|PROPN Sudirman|I-PER|flat|3|PROPN and|O|cc|6|CCONJ Jalan|B-PER|conj|3|PROPN MH|I-PER|flat|6|PROPN Thamrin|I-PER|flat|6|PROPN as|O|mark|10|SCONJ", "Jalan Sudirman", "LOC"},
		// a name between a determiner and a facility's noun
		{"at|O Iran|B-LOC ^'s|O largest|O port|O ,|O the|O Shahid|B-PER Rajaee|I-PER port|O ,|O near|O", "Shahid Rajaee", "LOC"},
		{"building|O its|O own|O Mubarak|B-PER Kabeer|I-PER port|O on|O Bubiyan|B-LOC", "Mubarak Kabeer", "LOC"},
		{"said|O Tarvo|B-PER Zenvia|I-PER port|O officials|O", "Tarvo Zenvia", "PERSON"},
		// a role after a name whose given name is a common word
		{"said|O Taco|B-LOC Dibbits|I-LOC ,|O the|O museum|O ^'s|O general|O director|O ,|O said|O", "Taco Dibbits", "PERSON"},
		{"said|O Taco|B-LOC Bell|I-LOC ,|O the|O museum|O ^'s|O general|O director|O ,|O said|O", "Taco Bell", "LOC"},
		// (a surname the tagger read as a plural)
		{"said|O Taco|B-LOC Dibbits|I-LOC|x|0|PROPN|NNPS ,|O the|O museum|O ^'s|O general|O director|O ,|O said|O", "Taco Dibbits", "PERSON"},
		{"said|O Taco|B-LOC Bells|I-LOC|x|0|PROPN|NNPS ,|O the|O museum|O ^'s|O general|O director|O ,|O said|O", "Taco Bells", "LOC"},
		{"in|O Juliaca|B-LOC ,|O near|O Lake|B-LOC Titicaca|I-LOC ,|O while|O|mark|0|SCONJ his|O former|O prime|O minister|O ,|O Betssy|B-PER", "Lake Titicaca", "LOC"},
		// a second name the parse makes flat pieces of the first
		{"President|O Nana|B-PER|obj|0|PROPN Addo|I-PER|flat|2|PROPN Dankwa|B-ORG|flat|2|PROPN Akufo|I-ORG|flat|2|PROPN ^-|I-ORG|punct|7|PUNCT ^Addo|I-ORG|flat|2|PROPN ,|O", "Nana Addo Dankwa Akufo-Addo", "PERSON"},
		{"by|O King|O|obl|0|PROPN Jigme|B-PER|flat|2|PROPN Khesar|I-PER|flat|2|PROPN Namgyel|B-ORG|flat|2|PROPN Wangchuck|I-ORG|flat|2|PROPN in|O", "Jigme Khesar Namgyel Wangchuck", "PERSON"},
		{"by|O Tarvo|B-PER|obl|0|PROPN Zenvia|I-PER|flat|2|PROPN Kenya|B-LOC|flat|2|PROPN in|O", "Kenya", "LOC"},
		{"Kevin|B-PER|root|0|PROPN A.|I-PER|flat|1|PROPN Boone|I-PER|flat|1|PROPN Accenture|B-ORG|flat|1|PROPN", "Accenture", "ORG"},
		{"cc|O Kim|B-PER|root|0|PROPN Ward|I-PER|flat|2|PROPN Sara|B-PER|flat|2|PROPN Shackleton|I-PER|flat|2|PROPN", "Sara Shackleton", "PERSON"},
		// a name between "the" and its members' noun
		{"Maxime|B-PER Prévot|I-PER ,|O the|O Les|B-PER Engagés|I-PER leader|O ,|O will|O", "Les Engagés", "ORG"},
		{"told|O the|O Tarvo|B-PER Zenvia|I-PER supporters|O", "Tarvo Zenvia", "ORG"},
		{"told|O the|O Sarah|B-PER Zenvia|I-PER supporters|O", "Sarah Zenvia", "PERSON"},
		// a place and a compass word
		{"Swinney|B-PER ,|O who|O represents|O Perthshire|B-PER North|I-PER ,|O served|O", "Perthshire North", "LOC"},
		{"said|O Austin|B-PER North|I-PER ,|O who|O served|O", "Austin North", "PERSON"},
		// a job only people have after an indefinite article, an
		// accented name
		{"said|O Benedikt|B-LOC Ófeigsson|I-LOC ,|O a|O geophysicist|O at|O the|O IMO|B-ORG ,|O speaking|O", "Benedikt Ófeigsson", "PERSON"},
		{"said|O Taaniela|B-LOC Kula|I-LOC ,|O a|O senior|O official|O with|O the|O agency|O ,|O told|O", "Taaniela Kula", "PERSON"},
		{"said|O Tarvo|B-LOC Zenvia|I-LOC ,|O a|O research|O volcanologist|O in|O Oslo|B-LOC", "Tarvo Zenvia", "PERSON"},
		// (not a role firms have too)
		{"bought|O Tarvo|B-LOC Zenvia|I-LOC ,|O a|O bank|O president|O at|O home|O ,|O and|O", "Tarvo Zenvia", "LOC"},
	})
	for _, sent := range []string{
		"the|O Scot|O|nsubj|5|PROPN ,|O who|O won|O",
		"U2|O|nsubj|5|PROPN ,|O who|O played|O",
		"Americans|O|nsubj|5|PROPN|NNPS ,|O who|O voted|O",
		"Band|O|nsubj|4|PROPN ,|O who|O played|O",
		"Gunners|O|nsubj|4|PROPN|NNPS ,|O who|O lost|O",
		"Wednesday|O|nsubj|5|PROPN ,|O who|O lost|O",
		"Olarn|O|nsubj|7|PROPN ,|O the|O bank|O ^'s|O president|O ,|O said|O", // one word before a role
	} {
		checkNoEntityLex(t, g, lex, sent, isType("PERSON"))
	}
}

// TestAcronymBeforeRole checks that an untagged acronym before a role
// noun and a person's name is an organisation ("PSG president Nasser
// Al-Khelaifi", "AFL-CIO president Lane Kirkland"), and not a place's
// ("US president Joe Biden") nor one inside a longer name.
func TestAcronymBeforeRole(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct{ sent, name string }{
		{"PSG|O president|O Nasser|B-PER Al|I-PER _-|I-PER _Khelaifi|I-PER had|O", "PSG"},
		{"by|O AFL|O _-|O _CIO|O president|O Lane|B-PER Kirkland|I-PER .|O", "AFL-CIO"},
	} {
		s, text := gluedSentence(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Type != "ORG" {
			t.Errorf("%q: want ORG %q, got %+v", tc.sent, tc.name, d.Entities)
		}
	}
	for _, sent := range []string{
		"US|O president|O Joe|B-PER Biden|I-PER said|O",
		"its|O PR|O chief|O Jim|B-PER Smith|I-PER said|O",
		"the|O Big|O ABC|O president|O Jim|B-PER Smith|I-PER said|O",
		"ABC|O rose|O Jim|B-PER Smith|I-PER said|O",
	} {
		s, text := sentenceOf(sent)
		for _, e := range Resolve([]nlp.Sentence{s}, text, g).Entities {
			if e.Type == "ORG" || e.Name == "Puerto Rico" {
				t.Errorf("%q: unwanted %+v", sent, e)
			}
		}
	}
}

// TestParticleAcronym checks that an acronym spelt like a name's particle
// is a name of its own: "DA" for the Democratic Alliance (a particle "da"
// had left it no key, and no entity).
func TestParticleAcronym(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("The|O Democratic|B-ORG Alliance|I-ORG came|O second|O .", "DA|B-ORG leader|O John|B-PER Steenhuisen|I-PER said|O .")
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Democratic Alliance"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want the Democratic Alliance of two mentions, got %+v", d.Entities)
	}
	if k := NameKey("Lula da Silva"); joinKey(k) != "lula silva" {
		t.Errorf("NameKey(Lula da Silva) = %q", k)
	}
}

// TestTwoWordDemonyms checks that a demonym of two words names its place,
// not the place of its last word: "Latin American" is Latin America, not
// the United States; "Sri Lankan" Sri Lanka.
func TestTwoWordDemonyms(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct{ sent, want, not string }{
		{"the|O first|O Latin|O|amod|5|ADJ American|O|amod|5|ADJ pope|O", "Latin America", "United States"},
		{"a|O Sri|O|amod|4|ADJ Lankan|O|amod|4|ADJ firm|O", "Sri Lanka", ""},
	} {
		s, text := sentenceOf(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		if _, ok := entityNamed(d, tc.want); !ok {
			t.Errorf("%q: no %s in %+v", tc.sent, tc.want, d.Entities)
		}
		if _, ok := entityNamed(d, tc.not); ok && tc.not != "" {
			t.Errorf("%q: unwanted %s in %+v", tc.sent, tc.not, d.Entities)
		}
	}
}

// TestBracketNames checks organisations named with a short form in
// brackets after them that the recogniser left out: a translated name
// ("Law and Justice (PiS)") or one holding a place ("Alternative for
// Germany (AfD)", "Transport for London (TfL)"); not a term whose
// initials the short form spells, nor the end of a longer name.
func TestBracketNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"law", "justice", "product", "alternative"}, adjectives: []string{"gross", "domestic"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"rule|O by|O the|O nationalist|O Law|O and|O Justice|O (|O PiS|O )|O party|O", "Law and Justice", "ORG"},
		{"the|O far|O -|O right|O Alternative|O|nsubj|9|NOUN for|O Germany|B-LOC (|O AfD|O )|O came|O second|O", "Alternative for Germany", "ORG"},
	})
	doc, text := docOf("the|O far|O -|O right|O Alternative|O|nsubj|9|NOUN for|O Germany|B-LOC (|O AfD|O )|O came|O second|O .", "The|O AfD|O|nsubj|3|PROPN won|O .")
	if d := ResolveWith(doc, text, g, lex); !hasEntity(d, "Alternative for Germany", 3) {
		t.Errorf("want Alternative for Germany of three mentions, got %+v", d.Entities)
	}
	for _, sent := range []string{
		"the|O Gross|O Domestic|O Product|O (|O GDP|O )|O rose|O",
		"the|O French|O Gross|O Domestic|O Product|O (|O GDP|O )|O rose|O",
		"the|O Office|O of|O the|O Deputy|O Prime|O Minister|O (|O ODPM|O )|O said|O",
		"the|O National|O Hi|O _-|O _Tech|O Crime|O Unit|O (|O NHTCU|O )|O said|O",
		"the|O African|O ,|O Caribbean|O and|O Pacific|O (|O ACP|O )|O states|O",
	} {
		s, text := gluedSentence(sent)
		for _, e := range ResolveWith([]nlp.Sentence{s}, text, g, lex).Entities {
			if e.Type == "ORG" && e.Name != "Office of the Deputy Prime Minister" && e.Name != "National Hi-Tech Crime Unit" {
				t.Errorf("%q: unwanted %+v", sent, e)
			}
		}
	}
}

// hasEntity reports whether d has an entity named name with n mentions.
func hasEntity(d *Doc, name string, n int) bool {
	i, ok := entityNamed(d, name)
	return ok && d.Entities[i].Mentions == n
}

// TestCamelWordsNoTerm checks that words with a capital inside are no
// company's name when they are short terms, persons' names, e-mail
// addresses or verbs.
func TestCamelWordsNoTerm(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"over|O WiFi|O|obl|1|PROPN networks|O",
		"a|O VoIP|O|amod|3|PROPN call|O",
		"said|O DeSantis|O|nsubj|1|PROPN today|O",
		"mail|O BlackBa...@excite.com|O|obj|1|PROPN now|O",
		"the|O EastMed|O|compound|3|PROPN pipeline|O|obj|0|NOUN ran|O",
		"the|O EuroAsia|O|compound|3|PROPN Interconnector|O|obj|0|PROPN ran|O",
	}, isType("ORG"))
	checkTypedCases(t, defaultGazetteer(t), []typedCase{{"a|O PaineWebber|O|compound|3|PROPN Group|O|compound|4|PROPN analyst|O said|O", "PaineWebber Group", "ORG"}})
}

// TestDoubleSurnames checks names the tokenizer cut at a hyphen: a double
// surname the recogniser split ("[Nana Akufo]-[Addo]") is one name, whose
// first half names the person again ("Kilroy" for Robert Kilroy-Silk);
// a Korean given name's last syllable of five letters ending in "ng"
// belongs to it ("Lee Jae-myung"); "New" opening a sentence opens the New
// Democratic Party.
func TestDoubleSurnames(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct{ sent, name string }{
		{"President|O Nana|B-PER Akufo|I-PER _-|O _Addo|B-PER has|O served|O", "Nana Akufo-Addo"},
		{"leader|O Lee|B-PER Jae|I-PER _-|O _myung|O called|O", "Lee Jae-myung"},
	} {
		s, text := gluedSentence(tc.sent)
		if _, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, g), tc.name); !ok {
			t.Errorf("%q: no %s", tc.sent, tc.name)
		}
	}
	s1, _ := gluedSentence("Robert|B-PER Kilroy|I-PER _-|I-PER _Silk|I-PER quit|O .")
	s2, _ := gluedSentence("Kilroy|B-PER said|O so|O .")
	doc, text := docOf("x", "y")
	doc[0], doc[1] = s1, s2
	shiftTokens(&doc[1], len(s1.Text)+1)
	text = s1.Text + " " + s2.Text
	if d := Resolve(doc, text, g); !hasEntity(d, "Robert Kilroy-Silk", 2) {
		t.Errorf("Kilroy: want Robert Kilroy-Silk of two mentions, got %+v", d.Entities)
	}
	checkTypedCases(t, g, []typedCase{
		{"New|O|amod|3|ADJ Democratic|B-ORG|amod|3|ADJ Party|I-ORG|compound|4|PROPN leader|O Jagmeet|B-PER Singh|I-PER said|O", "New Democratic Party", "ORG"},
	})
	checkNoEntity(t, g, []string{"Senior|O|amod|3|ADJ Democratic|B-ORG|amod|3|ADJ Party|I-ORG|compound|4|PROPN officials|O said|O"},
		func(e extract.Entity) bool { return e.Name == "Senior Democratic Party" })
}

// shiftTokens moves the offsets of s's tokens and span by off.
func shiftTokens(s *nlp.Sentence, off int) {
	for i := range s.Tokens {
		s.Tokens[i].Start += off
		s.Tokens[i].End += off
	}
	s.Start += off
	s.End += off
}

// TestPossessiveCompanies checks companies the gazetteer names in the
// possessive: "at a McDonald's" (the recogniser's place), "Sainsbury's
// shares" (untagged).
func TestPossessiveCompanies(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []struct{ sent, name string }{
		{"at|O a|O McDonald|B-LOC _'s|O in|O Altoona|B-LOC", "McDonald's"},
		{"Sainsbury|O _'s|O shares|O fell|O", "Sainsbury's"},
		{"in|O Standard|O and|O Poor|B-PER _'s|O 500|O index|O", "Standard and Poor's"},
	} {
		s, text := gluedSentence(tc.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Type != "ORG" {
			t.Errorf("%q: want ORG %q, got %+v", tc.sent, tc.name, d.Entities)
		}
	}
}

// TestPartyNounPhrase checks that a party named before "party" is
// mentioned by the whole phrase, so that a verb's object names it
// ("leads the Popular Force party"), is named without the noun, and is
// found alone again; "the party" later takes it up.
func TestPartyNounPhrase(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("the|O ruling|O Golkar|O|compound|4|PROPN party|O|obj|0|NOUN gained|O .", "Golkar|O|nsubj|2|PROPN won|O .", "The|O|det|2|DET party|O|nsubj|3|NOUN said|O .")
	d := Resolve(doc, text, g)
	if !hasEntity(d, "Golkar", 3) {
		t.Errorf("want Golkar of three mentions, got %+v", d.Entities)
	}
	if m, ok := d.MentionAt(0, 3); !ok || m.Text != "Golkar" {
		t.Errorf("the noun after the name: want a mention of Golkar at it, got %+v %v", m, ok)
	}
}

// TestPartyOfPerson checks that an organisation's name does not run over
// the given name of the person after "of" ("the Republican Party of José
// Antonio Kast"), which opens the person's name.
func TestPartyOfPerson(t *testing.T) {
	g := defaultGazetteer(t)
	s, text := sentenceOf("led|O by|O the|O Republican|B-ORG Party|I-ORG of|O José|O Antonio|B-PER Kast|I-PER and|O")
	d := Resolve([]nlp.Sentence{s}, text, g)
	if _, ok := entityNamed(d, "José Antonio Kast"); !ok {
		t.Errorf("no José Antonio Kast in %+v", d.Entities)
	}
	for _, e := range d.Entities {
		if strings.Contains(e.Name, "of José") {
			t.Errorf("unwanted %+v", e)
		}
	}
}

// TestCamelThings checks that a camel-case name the article writes
// before a noun for a thing is no company anywhere in it: "the planned
// EastMed gas pipeline", then "EastMed countries".
func TestCamelThings(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("the|O planned|O EastMed|O|compound|5|PROPN gas|O|compound|5|NOUN pipeline|O|obj|0|NOUN .", "EastMed|O|compound|2|PROPN countries|O|nsubj|3|NOUN met|O .")
	for _, e := range Resolve(doc, text, g).Entities {
		if e.Name == "EastMed" {
			t.Errorf("unwanted %+v", e)
		}
	}
}

// TestListedWithCompanies checks that a one-word name listed with a
// company the gazetteer knows is a company too, whatever the recogniser
// called that company: "CATL supplies Tesla and Ford".
func TestListedWithCompanies(t *testing.T) {
	checkTypedCases(t, defaultGazetteer(t), []typedCase{
		{"CATL|B-ORG supplies|O Tesla|B-PER|obj|2|PROPN and|O Ford|B-PER|conj|3|PROPN .|O", "Ford", "ORG"},
	})
}

// TestFunctionWordNotSurname checks that a function word before a person's
// name is no part of it when no title, role or possessive stands before
// it, nor in a headline of capitalised words.
func TestFunctionWordNotSurname(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"he|O spoke|O To|O|case|4|ADP Lam|B-PER today|O",
		"Obama|B-PER Talks|O|root|0|VERB To|O|case|4|ADP Putin|B-PER",
	}, func(e extract.Entity) bool { return strings.HasPrefix(e.Name, "To ") })
}

// TestCamelWord pins camelWord, which runs for every untagged word.
func TestCamelWord(t *testing.T) {
	for w, want := range map[string]bool{
		"OpenAI": true, "PayPal": true, "BenQ": true, "SpaceX": true, "ÉcoleNet": true,
		"McDonald": false, "MacArthur": false, "DeSantis": false, "LeBron": false, "Open": false,
		"IBM": false, "AbC": false, "eBay": false, "": false,
	} {
		if got := camelWord(w); got != want {
			t.Errorf("camelWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestKnownCompanyShortForm checks that a company the gazetteer knows is found
// when the recogniser cut its name before a demonym, and that its first
// word alone joins it, after a preposition of place too, unless the word
// names a place ("Korea", of South Korea); and that a legal form after it
// is the name's.
func TestKnownCompanyShortForm(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Anglo|B-LOC American|O rejected|O a|O bid|O .|O",
		"BHP|B-ORG made|O a|O proposal|O to|O Anglo|B-LOC .|O",
		"Korea|B-ORG Petrochemical|I-ORG Industries|I-ORG Corp|I-ORG will|O buy|O ethylene|O .|O",
		"Japan|B-LOC will|O ship|O it|O to|O Korea|B-LOC .|O",
	)
	d := Resolve(doc, text, g)
	wantEntity(t, d, "Anglo American", "ORG", 2)
	wantEntity(t, d, "Korea Petrochemical Industries Corp", "ORG", 1)
	// and its legal form after the demonym, British style in lower case
	doc, text = docOf("BHP|B-ORG pursued|O Anglo|B-ORG American|O plc|O on|O Wednesday|O .|O")
	wantEntity(t, Resolve(doc, text, g), "Anglo American plc", "ORG", 1)
}

// TestCrudeNames checks that a grade of oil named before "crude" is no
// entity, there or alone, and that a country before "crude" stays a place.
func TestCrudeNames(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Brent|B-PER crude|O rose|O in|O London|B-LOC .|O",
		"Brent|B-PER fell|O 30|O cents|O ,|O and|O Kuwait|B-LOC crude|O rose|O .|O",
	)
	d := Resolve(doc, text, g)
	if _, ok := entityNamed(d, "Brent"); ok {
		t.Errorf("Brent, a grade of oil, is an entity: %+v", d.Entities)
	}
	if i, ok := entityNamed(d, "Kuwait"); !ok || d.Entities[i].Type != "LOC" {
		t.Errorf("want place Kuwait, got %+v", d.Entities)
	}
}

// TestSubstanceNames checks that a poison's name is no entity, where the
// article says someone was poisoned with it or calls it a nerve agent,
// and wherever it names it again; a country or a person so placed stays.
func TestSubstanceNames(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		sents    []string
		not, has string
	}{
		{[]string{"he|O was|O poisoned|O with|O Novichok|B-ORG ,|O a|O neurotoxin|O .|O", "tests|O found|O Novichok|B-LOC .|O"}, "Novichok", ""},
		{[]string{"the|O nerve|O agent|O Sarin|B-PER was|O|aux:pass|6|AUX used|O|root|0|VERB .|O"}, "Sarin", ""},
		{[]string{"a|O Novichok|B-ORG nerve|O agent|O was|O used|O .|O"}, "Novichok", ""},
		{[]string{"wine|O laced|O with|O Russia|B-LOC 's|O poison|O .|O"}, "", "Russia"},
		{[]string{"he|O was|O poisoned|O with|O Vladimir|B-PER Putin|I-PER 's|O help|O .|O"}, "", "Vladimir Putin"},
		{[]string{"he|O was|O poisoned|O with|O Sarah|B-PER 's|O help|O .|O"}, "", "Sarah"},
		{[]string{"soil|O contaminated|O with|O Monsanto|B-ORG chemicals|O .|O"}, "", "Monsanto"},
		{[]string{"soil|O contaminated|O with|O Zorvex|B-ORG Crop|I-ORG Science|I-ORG waste|O .|O", "Zorvex|B-ORG said|O so|O .|O"}, "", "Zorvex"},
	} {
		doc, text := docOf(c.sents...)
		d := Resolve(doc, text, g)
		if _, ok := entityNamed(d, c.not); c.not != "" && ok {
			t.Errorf("%q: %s is an entity: %+v", c.sents, c.not, d.Entities)
		}
		found := false
		for _, e := range d.Entities {
			found = found || e.Name == c.has || slices.Contains(e.Aliases, c.has)
		}
		if c.has != "" && !found {
			t.Errorf("%q: no entity named %s: %+v", c.sents, c.has, d.Entities)
		}
	}
}

// TestRegionAfterPlacePrep checks that a state's name the recogniser typed
// as the company named after it is the state after a preposition of place.
func TestRegionAfterPlacePrep(t *testing.T) {
	checkDocTypes(t, defaultGazetteer(t), []docTypesCase{
		{"state beside a company", []string{
			"Texas|B-ORG Commerce|I-ORG Bancshares|I-ORG Inc|I-ORG said|O .|O",
			"It|O will|O expand|O in|O Texas|B-ORG .|O",
		}, map[string]string{"Texas": "LOC", "Texas Commerce Bancshares Inc": "ORG"}},
	})
}

// TestEarningsTable checks that the abbreviations opening the lines of an
// earnings table are no names.
func TestEarningsTable(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"Oper|B-PER shr|O loss|O two|O cts|O vs|O profit|O",
		"Avg|B-PER shrs|O 12.4|O mln|O",
	}, func(extract.Entity) bool { return true })
}

// TestAndHalves checks that two organisation spans around "and" are one
// name when the second is a common word and a head and the first has no
// head of its own.
func TestAndHalves(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedLex(t, g, wordList{nouns: []string{"loan", "bloc"}}, []typedCase{
		{"Valley|B-ORG Federal|I-ORG Savings|I-ORG and|O Loan|B-ORG Association|I-ORG said|O", "Valley Federal Savings and Loan Association", "ORG"},
		// a place opening the name
		{"The|O Kenya|B-LOC Medical|O Practitioners|O ^,|O Pharmacists|O and|O Dentists|B-ORG Union|I-ORG said|O", "Kenya Medical Practitioners, Pharmacists and Dentists Union", "ORG"},
		{"the|O Fujian|B-LOC Investment|O and|O Enterprise|B-ORG Corporation|I-ORG said|O", "Fujian Investment and Enterprise Corporation", "ORG"},
		{"the|O New|B-LOC York|I-LOC Coffee|O ^,|O Sugar|O and|O Cocoa|B-ORG Exchange|I-ORG rose|O", "New York Coffee, Sugar and Cocoa Exchange", "ORG"},
		{"Black|B-ORG Rebel|I-ORG Motorcycle|I-ORG Club|I-ORG and|O Bloc|B-ORG Party|I-ORG played|O", "Bloc Party", "ORG"},
	})
	checkNoEntity(t, g, []string{"the|O New|B-LOC York|I-LOC Coffee|O ^,|O Sugar|O and|O Cocoa|B-ORG Exchange|I-ORG rose|O"}, isType("LOC"))
}

// TestDatelineAgencyNoAcronym checks that a dateline's agency is no
// acronym of a name of the story whose initials it spells.
func TestDatelineAgencyNoAcronym(t *testing.T) {
	doc, text := docOf(
		"AUCKLAND|B-LOC ,|O New|B-LOC Zealand|I-LOC (|O AP|B-ORG )|O —|O The|O ACT|B-ORG Party|I-ORG won|O seats|O .|O",
	)
	d := Resolve(doc, text, defaultGazetteer(t))
	if i, ok := entityNamed(d, "ACT Party"); !ok || slices.Contains(d.Entities[i].Aliases, "AP") {
		t.Errorf("AP joined ACT Party: %+v", d.Entities)
	}
}

// TestDatelineAgencies checks that an untagged agency in a dateline's
// brackets is an organisation, and a common word or a bracket later in
// the sentence is none.
func TestDatelineAgencies(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"update"}}
	for _, tc := range []struct{ sent, name string }{
		{"ANTWERP|B-LOC ,|O Belgium|B-LOC (|O Belga|O )|O —|O", "Belga"},
		{"Brno|B-LOC ,|O July|O 11|O (|O ČTK|O )|O —|O The|O court|O ruled|O .|O", "ČTK"},
		{"KITZBÜHEL|B-LOC ,|O Austria|B-LOC (|O dpa|O )|O -|O Cyprien|B-PER Sarrazin|I-PER won|O .|O", "dpa"},
		{"(|O Hina|O )|O -|O Croatia|B-LOC opened|O the|O bridge|O .|O", "Hina"},
	} {
		doc, text := docOf(tc.sent)
		wantEntity(t, ResolveWith(doc, text, g, lex), tc.name, "ORG", 1)
	}
	for _, sent := range []string{
		"LONDON|B-LOC (|O Update|O )|O -|O Shares|O fell|O .|O",
		"Shares|O fell|O sharply|O (|O Bolsa|O )|O -|O traders|O said|O .|O",
	} {
		checkNoEntityLex(t, g, lex, sent, isType("ORG"))
	}
}

// TestHyphenatedPlaces checks that a place the gazetteer knows, which the
// recogniser cut at a hyphen or typed otherwise, is one place, and that
// a person's surname that names a town and two places on a route stay
// what they are.
func TestHyphenatedPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"a|O factory|O in|O Schleswig|B-LOC ^-|O ^Holstein|B-LOC will|O close|O", "Schleswig-Holstein", "LOC"},
		{"moved|O to|O Szabolcs|B-ORG ^-|I-ORG ^Szatmár|I-ORG ^-|O ^Bereg|B-LOC County|I-LOC last|O year|O", "Szabolcs-Szatmár-Bereg County", "LOC"},
		{"the|O line|O south|O to|O Bielsko|B-PER ^-|I-PER ^Biała|I-PER ,|O he|O said|O", "Bielsko-Biała", "LOC"},
		{"the|O Paris|B-LOC ^-|O ^Berlin|B-LOC route|O reopened|O", "Berlin", "LOC"},
	})
	doc, text := docOf("Philippe|B-PER Saint|I-PER ^-|I-PER ^Andre|I-PER spoke|O .|O", "Unless|O it|O changes|O ,|O Saint|B-PER ^-|I-PER ^Andre|I-PER believes|O it|O .|O")
	wantEntity(t, Resolve(doc, text, g), "Philippe Saint-Andre", "PERSON", 2)
}

// TestListPlaces checks that an untagged word listed with places after a
// preposition of place is a place, and that owned names, lists without a
// preposition and lists of two "and"s are not read so.
func TestListPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"residents", "tyres", "banks", "districts"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"residents|O of|O Phoenix|B-LOC and|O Verulam|O burned|O|x|0|VERB tyres|O", "Verulam", "LOC"},
		{"the|O districts|O of|O Paris|B-LOC ,|O Tiruvarur|O and|O Lyon|B-LOC dried|O|x|0|VERB", "Tiruvarur", "LOC"},
	})
	for _, sent := range []string{
		"the|O UK|B-LOC 's|O Corus|O and|O France|B-LOC 's|O Arcelor|O fell|O|x|0|VERB",
		"Leicester|B-LOC and|O Gloucester|B-LOC and|O Saracens|O are|O|x|0|AUX top|O",
		"so|O Leicester|B-LOC and|O Saracens|O are|O|x|0|AUX top|O",
		"lived|O|x|0|VERB in|O Zorgulia|B-LOC and|O Puertasaurus|O .|O|punct|1|PUNCT",
		"exports|O to|O Saracens|O and|O Austria|B-LOC 's|O neighbours|O rose|O|x|0|VERB",
		"the|O UK|B-LOC 's|O Saracens|O and|O Paris|B-LOC fell|O|x|0|VERB",
		"lived|O|x|0|VERB in|O North|B-LOC America|I-LOC and|O Argentinosaurus|O and|O Puertasaurus|O lived|O|x|0|VERB",
		"dealers|O at|O Creditanstalt|O and|O Girozentrale|O ,|O Austria|B-LOC 's|O two|O banks|O",
	} {
		checkNoEntityLex(t, g, lex, sent, func(e extract.Entity) bool {
			return e.Type == "LOC" && slices.Contains([]string{"Corus", "Arcelor", "Saracens", "Argentinosaurus", "Puertasaurus", "Creditanstalt", "Girozentrale"}, e.Name)
		})
	}
}

// TestAdminPlaces checks that an untagged name before a noun for a
// country's part is a place, and the name after it and "of" too.
func TestAdminPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"runner", "support", "arrivals"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"a|O runner|O from|O the|O Arsi|O zone|O of|O Oromia|O won|O|x|0|VERB", "Arsi", "LOC"},
		{"a|O runner|O from|O the|O Arsi|O zone|O of|O Oromia|O won|O|x|0|VERB", "Oromia", "LOC"},
		{"support|O in|O Ungogo|O local|O government|O area|O ,|O where|O", "Ungogo", "LOC"},
		{"arrivals|O at|O the|O Dadaab|O refugee|O complex|O grew|O|x|0|VERB", "Dadaab", "LOC"},
		{"chaired|O by|O Kirinyaga|O Governor|O Anne|B-PER Waiguru|I-PER ,|O it|O", "Kirinyaga", "LOC"},
	})
	for _, sent := range []string{
		"fireworks|O lit|O|x|0|VERB the|O Engenho|O de|O Dentro|O district|O",
		"the|O Mayor|O Smith|O district|O voted|O|x|0|VERB",
		"a|O trip|O to|O Ryman|O Premier|O League|O leaders|O",
	} {
		checkNoEntityLex(t, g, lex, sent, isType("LOC"))
	}
}

// TestInitialsNames checks names that open with a token of initials: a
// person's when a role follows, the initials taken into a person's name
// after them, and no name of a firm or after a place's initials.
func TestInitialsNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"president", "shares", "analyst"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"P.R.|O Pandian|O ,|O president|O of|O the|O committee|O ,|O said|O|x|0|VERB so|O", "P.R. Pandian", "PERSON"},
		{"Prime|O Minister|O K.P.|O Sharma|B-PER Oli|I-PER won|O|x|0|VERB", "K.P. Sharma Oli", "PERSON"},
	})
	for _, sent := range []string{
		"an|O analyst|O at|O L.F.|O Rothschild|O said|O|x|0|VERB so|O",
		"U.S.|O Steel|O ,|O the|O firm|O ,|O said|O|x|0|VERB so|O",
	} {
		checkNoEntityLex(t, g, lex, sent, isType("PERSON"))
	}
	checkNoEntityLex(t, g, lex, "the|O U.S.|O Carlucci|B-PER said|O|x|0|VERB so|O", func(e extract.Entity) bool { return e.Name == "U.S. Carlucci" })
	checkNoEntityLex(t, g, lex, "P.S.|O Tom|B-PER ,|O please|O call|O|x|0|VERB", func(e extract.Entity) bool { return e.Name == "P.S. Tom" })
}

// TestHeadlineSurname checks that a surname two persons of the story
// share goes to the one introduced before its first use in the body,
// though the headline uses it first.
func TestHeadlineSurname(t *testing.T) {
	doc, text := docOf(
		"Thousands|O mourn|O Navalny|B-PER in|O Moscow|B-LOC",
		"Alexei|B-PER Navalny|I-PER was|O buried|O on|O Friday|O .|O",
		"Navalny|B-PER died|O in|O February|O .|O",
		"His|O father|O Anatoly|B-PER Navalny|I-PER wept|O .|O",
	)
	wantEntity(t, Resolve(doc, text, defaultGazetteer(t)), "Alexei Navalny", "PERSON", 3)
}

// wantEntity fails unless d has an entity name of type typ with n
// mentions.
func wantEntity(t *testing.T, d *Doc, name, typ string, n int) {
	t.Helper()
	if i, ok := entityNamed(d, name); !ok || d.Entities[i].Type != typ || d.Entities[i].Mentions != n {
		t.Errorf("want %s %q of %d mentions, got %+v", typ, name, n, d.Entities)
	}
}

// TestSurnameListedWithPerson checks that a surname that names a country,
// alone, is the person's when it is conjoined with another person.
func TestSurnameListedWithPerson(t *testing.T) {
	doc, text := docOf(
		"Phoebe|B-PER|nsubj|0|PROPN Plummer|I-PER|flat|1|PROPN and|O|cc|4|CCONJ Anna|B-PER|conj|1|PROPN Holland|I-PER|flat|4|PROPN were|O arrested|O .|O",
		"Plummer|B-PER|nsubj:pass|5|PROPN and|O|cc|3|CCONJ Holland|B-LOC|conj|1|PROPN were|O jailed|O .|O",
	)
	wantEntity(t, Resolve(doc, text, defaultGazetteer(t)), "Anna Holland", "PERSON", 2)
}

// TestGeoNamesAfterName checks that a street's name with a common word in
// it is no place after a proper noun, which makes a longer name ("Saks
// Fifth Avenue" stores), nor a people's adjective before a head a name.
func TestGeoNamesAfterName(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"shoppers|O at|O Saks|O|compound|4|PROPN Fifth|O|amod|4|ADJ Avenue|O|obl|1|PROPN stores|O",
		"in|O the|O African|O|amod|3|ADJ Mountains|O|obl|1|PROPN there|O",
	}, func(e extract.Entity) bool {
		return strings.Contains(e.Name, "Avenue") || strings.Contains(e.Name, "Mountains")
	})
}

// TestGivenPieceBefore checks that a person's surname found again widens
// over the untagged given name the parse joins to it, but not over a
// title or a common word.
func TestGivenPieceBefore(t *testing.T) {
	g, lex := defaultGazetteer(t), wordList{nouns: []string{"court"}}
	doc, text := docOf(
		"Wilders|B-PER told|O|root|0|VERB supporters|O .|O",
		"Geert|O|nsubj|3|PROPN Wilders|O|flat|1|PROPN won|O|root|0|VERB .|O",
	)
	wantEntity(t, ResolveWith(doc, text, g, lex), "Geert Wilders", "PERSON", 2)
	doc, text = docOf(
		"Wilders|B-PER told|O|root|0|VERB supporters|O .|O",
		"the|O Court|O|nsubj|3|PROPN Wilders|O|flat|2|PROPN won|O|root|0|VERB .|O",
	)
	wantEntity(t, ResolveWith(doc, text, g, lex), "Wilders", "PERSON", 1)
}

// TestCampaignNamesNeedThreeWords checks that a one- or two-word name
// before "supporters" is no campaign's: "Navalny supporters" are a
// person's.
func TestCampaignNamesNeedThreeWords(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"thousands|O of|O Navalny|O|compound|4|PROPN supporters|O|nmod|1|NOUN marched|O",
		"angry|O Make|O|compound|4|VERB Votes|O|compound|4|NOUN supporters|O|nsubj|5|NOUN marched|O",
	}, isType("ORG"))
}

// TestCommonNounPlaces checks that a capitalised word the tagger read as
// a common noun is no place the gazetteer knows by a name written
// otherwise when a common word is written so ("Sale" the rugby club is no
// Salé).
func TestCommonNounPlaces(t *testing.T) {
	s, text := sentenceOf("beat|O Sale|O|obj|1|NOUN|NN and|O drew|O")
	d := ResolveWith([]nlp.Sentence{s}, text, defaultGazetteer(t), wordList{nouns: []string{"sale"}})
	for _, e := range d.Entities {
		if e.Type == "LOC" {
			t.Errorf("unwanted place %+v", e)
		}
	}
}

// TestPossessiveAfterCompanyHead checks that a possessive after a
// company's head ends the company's name: the name after it is what the
// company owns or employs.
func TestPossessiveAfterCompanyHead(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"said|O Data|O|compound|2|PROPN Resources|O|nmod:poss|4|PROPN ^'|O|case|2|PART Wyss|O|nsubj|5|PROPN agreed|O|root|0|VERB",
	}, func(e extract.Entity) bool { return strings.Contains(e.Name, "Wyss") && e.Type == "ORG" })
}

// TestCraftNames checks that a name before a noun for a spacecraft, or
// glued to a number by a hyphen, is no person.
func TestCraftNames(t *testing.T) {
	checkNoEntity(t, defaultGazetteer(t), []string{
		"The|O Vikram|B-PER lander|O touched|O down|O",
		"Russia|B-LOC ^'s|O Luna|B-PER ^-|O ^25|O crashed|O",
	}, isType("PERSON"))
	checkTyped(t, defaultGazetteer(t), "Commander|O Vikram|B-PER Singh|I-PER landed|O", "Vikram Singh", "PERSON")
	checkTyped(t, defaultGazetteer(t), "said|O Guzman|B-PER ^-|O ^loera|O today|O", "Guzman", "PERSON")
}

// TestFlatNames checks that an untagged name the parse makes one and that
// opens with a given name is a person's, but not a modifier of a noun nor
// a plural of a common word.
func TestFlatNames(t *testing.T) {
	g, lex := defaultGazetteer(t), wordList{nouns: []string{"industrial"}}
	for _, c := range []struct {
		sent, name string
		want       bool
	}{
		{"economist|O Bernd|O|appos|1|PROPN Weidensteiner|O|flat|2|PROPN said|O|root|0|VERB", "Bernd Weidensteiner", true},
		{"the|O Dow|O|compound|4|PROPN Jones|O|flat|2|PROPN industrial|O|amod|5|ADJ average|O|nsubj|6|NOUN fell|O|root|0|VERB", "Dow Jones", false},
		{"the|O Dow|O|nsubj|3|PROPN Industrials|O|flat|2|PROPN fell|O|root|0|VERB", "Dow Industrials", false},
		{"met|O Bernd|O|obj|1|PROPN Weidensteiner|O|flat|2|PROPN Zoltek|O|appos|2|PROPN today|O", "Bernd Weidensteiner", false},
		{"in|O Dáil|O|obl|1|PROPN Éireann|O|flat|2|PROPN today|O", "Dáil Éireann", false},
	} {
		s, text := sentenceOf(c.sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex)
		if i, ok := entityNamed(d, c.name); ok != c.want || ok && d.Entities[i].Type != "PERSON" {
			t.Errorf("%q: %s found %v, want %v: %+v", c.sent, c.name, ok, c.want, d.Entities)
		}
	}
}

// TestBareCountryNames checks that "Congo" alone is the Democratic
// Republic of the Congo, as news writes it, but the Republic of the Congo
// in an article that names that, and that a country named by its own name
// keeps it beside a longer one.
func TestBareCountryNames(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("fighting|O in|O eastern|O Congo|B-LOC .|O")
	wantEntity(t, Resolve(doc, text, g), "Democratic Republic of the Congo", "LOC", 1)
	doc, text = docOf(
		"gorillas|O in|O the|O Republic|B-LOC of|I-LOC Congo|I-LOC .|O",
		"Congo|B-LOC has|O forests|O .|O",
	)
	d := Resolve(doc, text, g)
	wantEntity(t, d, "Republic of the Congo", "LOC", 2)
	if i, _ := entityNamed(d, "Republic of the Congo"); slices.Contains(d.Entities[i].Aliases, "Democratic Republic of the Congo") {
		t.Errorf("the other country's name stays an alias: %v", d.Entities[i].Aliases)
	}
	doc, text = docOf(
		"flights|O from|O Papua|B-LOC New|I-LOC Guinea|I-LOC .|O",
		"Guinea|B-LOC voted|O .|O",
	)
	wantEntity(t, Resolve(doc, text, g), "Guinea", "LOC", 1)
	doc, text = docOf(
		"farms|O near|O New|B-LOC Holland|I-LOC .|O",
		"Holland|B-LOC exports|O tulips|O .|O",
	)
	wantEntity(t, Resolve(doc, text, g), "Netherlands", "LOC", 1)
}

// TestOrgReadAsPerson checks that a name the recogniser called an
// organisation's joins its surname alone, typed a person's, and becomes a
// person, unless a noun for a kind of body introduced it.
func TestOrgReadAsPerson(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Ethiopia|B-LOC ^'s|O Tigst|B-ORG Assefa|I-ORG broke|O the|O record|O .|O",
		"Assefa|B-PER ,|O who|O ran|O alone|O ,|O won|O .|O",
	)
	lex := wordList{nouns: []string{"record", "group", "product"}}
	wantEntity(t, ResolveWith(doc, text, g, lex), "Tigst Assefa", "PERSON", 2)
	doc, text = docOf(
		"building|O products|O group|O James|B-ORG Hardie|I-ORG agreed|O to|O pay|O .|O",
		"Hardie|B-PER said|O so|O .|O",
	)
	wantEntity(t, ResolveWith(doc, text, g, lex), "James Hardie", "ORG", 1)
}

// TestPlaceBesidePlace checks the places typed so by a place beside them
// after a comma, and the lists, persons and firms that stay.
func TestPlaceBesidePlace(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct{ sent, name, want string }{
		{"she|O comes|O from|O Lambeth|B-PER ,|O south|O London|B-LOC ,|O and|O left|O", "Lambeth", "LOC"},
		{"the|O Test|O is|O in|O Port|B-LOC of|I-LOC Spain|I-LOC ,|O Trinidad|B-PER .|O", "Trinidad", "LOC"},
		{"operations|O in|O Ohio|B-LOC and|O Lachine|B-PER ,|O Quebec|B-LOC ,|O Canada|B-LOC .|O", "Lachine", "LOC"},
		{"Subs|O :|O Weaver|B-PER ,|O Onuoha|B-PER ,|O Jordan|B-LOC .|O", "Onuoha", "PERSON"},
		{"in|O Paris|B-LOC ,|O Macron|B-PER ,|O the|O president|O ,|O spoke|O", "Macron", "PERSON"},
		{"a|O stake|O in|O Brown|B-PER ,|O Baldwin|B-LOC ,|O Nisker|B-ORG Ltd|I-ORG .|O", "Brown", "PERSON"},
		{"the|O stage|O from|O Saint|B-PER ^-|I-PER ^Jean|I-PER ^-|O ^de-Maurienne|O to|O Valloire|B-LOC", "Saint-Jean-de-Maurienne", "LOC"},
		{"cases|O rose|O in|O Gondokusuman|O|obl|2|PROPN ,|O a|O district|O of|O Yogyakarta|B-LOC .|O", "Gondokusuman", "LOC"},
		{"in|O Kamituga|O|obl|2|PROPN ,|O a|O gold-mining|O town|O in|O South|B-LOC Kivu|I-LOC", "Kamituga", "LOC"},
	} {
		s, text := sentenceOf(c.sent)
		d := Resolve([]nlp.Sentence{s}, text, g)
		if i, ok := entityNamed(d, c.name); !ok || d.Entities[i].Type != c.want {
			t.Errorf("%q: want %s %q, got %+v", c.sent, c.want, c.name, d.Entities)
		}
	}
	doc, text := docOf(
		"coach|O Philippe|B-PER Saint|I-PER ^-|O ^Andre|B-PER spoke|O .|O",
		"Saint|B-PER ^-|I-PER ^Andre|I-PER added|O more|O .|O",
	)
	wantEntity(t, Resolve(doc, text, g), "Philippe Saint-Andre", "PERSON", 2)
}

// TestFirstSurname checks that the first of two surnames, or a surname
// before a suffix, alone joins the person named in full, but not a big
// place's name or a word of a firm's.
func TestFirstSurname(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Claudia|B-PER Sheinbaum|I-PER Pardo|I-PER won|O the|O vote|O .|O",
		"Sheinbaum|B-PER thanked|O voters|O .|O",
		"Louis|B-PER Gerstner|I-PER Jr.|I-PER spoke|O .|O",
		"Gerstner|B-PER said|O so|O .|O",
	)
	d := Resolve(doc, text, g)
	wantEntity(t, d, "Claudia Sheinbaum Pardo", "PERSON", 2)
	wantEntity(t, d, "Louis Gerstner Jr.", "PERSON", 2)
	doc, text = docOf(
		"Paula|B-PER London|I-PER Marathon|I-PER ran|O .|O",
		"London|B-PER was|O calm|O .|O",
		"Sanders|B-PER Rogers|I-PER Associates|I-PER sold|O .|O",
		"Rogers|B-PER said|O so|O .|O",
	)
	d = Resolve(doc, text, g)
	for _, name := range []string{"London", "Rogers"} {
		if _, ok := entityNamed(d, name); !ok {
			t.Errorf("%s joined a longer name: %+v", name, d.Entities)
		}
	}
}

// TestPersonOpenedBy checks that a one-word name the recogniser called an
// organisation's joins the person introduced before it whose name it
// opens, but not when an organisation's name opens with it too, when the
// gazetteer knows the word as a place, when it comes first, or when the
// name it opens is a place's.
func TestPersonOpenedBy(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Qaboos|B-PER bin|I-PER Said|I-PER died|O .|O",
		"Qaboos|B-ORG was|O born|O in|O 1940|O .|O",
	)
	wantEntity(t, Resolve(doc, text, g), "Qaboos bin Said", "PERSON", 2)
	for _, c := range []struct {
		name, typ string
		sents     []string
	}{
		{"Qaboos bin Said", "PERSON", []string{"Qaboos|B-PER bin|I-PER Said|I-PER died|O .|O", "Qaboos|B-ORG Airways|I-ORG flew|O .|O", "Qaboos|B-ORG was|O sold|O .|O"}},
		{"Qaboos bin Said", "PERSON", []string{"Qaboos|B-ORG was|O born|O in|O 1940|O .|O", "Qaboos|B-PER bin|I-PER Said|I-PER died|O .|O"}},
		{"Lagos Smith", "PERSON", []string{"Lagos|B-PER Smith|I-PER spoke|O .|O", "Lagos|B-ORG grew|O .|O"}},
		{"Qaboos Street", "LOC", []string{"Qaboos|B-LOC Street|I-LOC was|O shut|O .|O", "Qaboos|B-ORG said|O so|O .|O"}},
	} {
		doc, text := docOf(c.sents...)
		wantEntity(t, Resolve(doc, text, g), c.name, c.typ, 1)
	}
}

// TestSyllabicAcronym checks the acronyms made of the opening syllables
// of a name's words, and that one defined in brackets joins the name.
func TestSyllabicAcronym(t *testing.T) {
	doc, text := docOf(
		"a|O deal|O with|O the|O Kenya|B-ORG Electricity|I-ORG Transmission|I-ORG Company|I-ORG (|O KETRACO|B-LOC )|O .|O",
		"KETRACO|B-LOC said|O nothing|O .|O",
	)
	wantEntity(t, Resolve(doc, text, defaultGazetteer(t)), "Kenya Electricity Transmission Company", "ORG", 3)
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"ketraco", "Kenya Electricity Transmission Company", true},
		{"euratom", "European Atomic Energy Community", true},
		{"suralco", "Surinam Aluminum Company", true},
		{"petronas", "Petroliam Nasional", true},
		{"kfc", "Kentucky Fried Chicken", false}, // plain initials are initials()'s
		{"nato", "Kenya Electricity Transmission Company", false},
		{"ketraco", "Electricity Transmission Company of Kenya", false}, // the first word opens it
		{"kxtraco", "Kenya Electricity Transmission Company", false},
	} {
		if got := syllabicAcronym(c.acr, NameKey(c.name)); got != c.want {
			t.Errorf("syllabicAcronym(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}

// TestLeagues: "League" heads an organisation's name, whatever the
// recogniser makes of the word before it ("the first Premier League
// match", Premier read as a title), but a cup is an event's: "six League
// and Cup games" names nothing, and "Heineken Cup and Celtic League" are
// two names.
func TestLeagues(t *testing.T) {
	g := defaultGazetteer(t)
	checkTyped(t, g, "in|O the|O first|O Premier|O|compound|5|NOUN League|B-PER|compound|6|PROPN match|O|obl|0|NOUN", "Premier League", "ORG")
	checkNoEntity(t, g, []string{
		"in|O six|O League|O|obl|0|PROPN and|O Cup|O|conj|3|NOUN games|O",
		"in|O the|O Heineken|O|compound|4|PROPN Cup|O|obl|0|PROPN and|O Celtic|B-ORG League|I-ORG",
	}, func(e extract.Entity) bool { return strings.Contains(e.Name, " and ") })
}

// TestCountryReadAsPerson: a country's name that is also a given name
// ("Georgia"), typed a person's by the recogniser wherever it stands, is
// the country in an article that writes its demonym; and a party's name
// the article writes after the same demonym each time opens with it.
func TestCountryReadAsPerson(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf(
		"Georgia|B-PER|nmod:poss|3|PROPN 's|O parliament|O|nsubj|4|NOUN passed|O|root|0|VERB the|O law|O .|O",
		"The|O ruling|O|amod|5|VERB Georgian|O|compound|5|PROPN Dream|B-PER|flat|3|PROPN party|I-PER|nsubj|6|NOUN backed|O|root|0|VERB it|O .|O",
		"Georgian|O|nsubj|3|PROPN Dream|B-PER|flat|1|PROPN has|O|root|0|VERB the|O votes|O .|O",
		"It|O would|O protect|O Georgia|B-PER|nmod:poss|6|PROPN 's|O sovereignty|O .|O",
	)
	d := Resolve(doc, text, g)
	wantEntity(t, d, "Georgia", "LOC", 2)
	wantEntity(t, d, "Georgian Dream party", "ORG", 2)
	// a given name alone, with no demonym nor place: a person's
	doc, text = docOf(
		"Georgia|B-PER|nsubj|2|PROPN said|O|root|0|VERB no|O .|O",
		"Georgia|B-PER|nsubj|2|PROPN left|O|root|0|VERB .|O",
	)
	wantEntity(t, Resolve(doc, text, g), "Georgia", "PERSON", 2)
}

// TestRoleAfterName: a name followed by a comma and a phrase a role noun
// ends is a person's, though the recogniser typed it a place's for a word
// that names one and the tagger read the role as adjectives ("Bharat
// Masrani, TD's chief executive, said"); a second half of a double
// surname glued by a hyphen is the person's whatever its type
// ("Marisol Quintero-[Nakamura]LOC").
func TestRoleAfterName(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"executive", "champion", "time", "world", "police", "captain", "adviser"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"Bharat|B-LOC|nsubj|9|PROPN Masrani|I-LOC|flat|1|PROPN ,|O TD|B-ORG 's|O chief|O|amod|7|ADJ executive|O|list|1|ADJ ,|O said|O|root|0|VERB .|O", "Bharat Masrani", "PERSON"},
		{"Viswanathan|B-LOC Anand|I-LOC ,|O the|O five|O ^-|O ^time|O world|O champion|O whose|O academy|O trained|O him|O", "Viswanathan Anand", "PERSON"},
		// listed with a person, a name whose words name no place
		{"before|O Ajinkya|B-LOC|obl|8|PROPN Rahane|I-LOC|flat|2|PROPN ,|O Shivam|B-PER|conj|2|PROPN Dube|I-PER|flat|5|PROPN kept|O|root|0|VERB it|O", "Ajinkya Rahane", "PERSON"},
		{"visited|O Buenos|B-LOC|obj|1|PROPN Aires|I-LOC|flat|2|PROPN and|O Shivam|B-PER|conj|2|PROPN Dube|I-PER|flat|5|PROPN", "Buenos Aires", "LOC"},
		// an indefinite role, taken up with "who"; not without
		{"mate|O ,|O Edmand|B-LOC Lara|I-LOC ,|O a|O former|O police|O captain|O who|O built|O", "Edmand Lara", "PERSON"},
		{"bought|O Edmand|B-LOC Lara|I-LOC ,|O a|O former|O police|O captain|O ,|O today|O", "Edmand Lara", "LOC"},
	})
	s, text := sentenceOf("Marisol|B-PER Quintero|I-PER ^-|O ^Nakamura|B-LOC said|O so|O .|O")
	wantEntity(t, Resolve([]nlp.Sentence{s}, text, g), "Marisol Quintero-Nakamura", "PERSON", 1)
}

// TestForeignNameForms: a saint's town in a dateline's capitals
// ("SAINT-DENIS, France"), a stadium named in French ("[Stade]ORG de
// [France]LOC"), names a Romance article opens ("La Scala", "La
// Repubblica": no persons; but "El" opens nicknames, "El Chapo") and the
// Pacific's El Niño and La Niña (events).
func TestForeignNameForms(t *testing.T) {
	g := defaultGazetteer(t)
	s, text := sentenceOf("SAINT|B-PER ^-|O ^DENIS|B-PER ,|O France|B-LOC (|O AP|B-ORG )|O —|O")
	d := Resolve([]nlp.Sentence{s}, text, g)
	wantEntity(t, d, "Saint-Denis", "LOC", 1)
	if _, ok := entityNamed(d, "DENIS"); ok {
		t.Errorf("DENIS is an entity of its own: %+v", d.Entities)
	}
	checkTypedCases(t, g, []typedCase{
		{"at|O the|O Stade|B-ORG de|O France|B-LOC on|O Saturday|O", "Stade de France", "LOC"},
		{"premiere|O at|O La|B-PER Scala|I-PER in|O Milan|B-LOC", "La Scala", "ORG"},
		{"the|O newspaper|O La|B-PER Repubblica|I-PER said|O", "La Repubblica", "ORG"},
		{"a|O strong|O El|B-PER Niño|I-PER brought|O rain|O", "El Niño", "EVENT"},
		{"Le|B-PER Duc|I-PER Tho|I-PER said|O", "Le Duc Tho", "PERSON"},
		{"arrest|O of|O El|B-PER Chapo|I-PER in|O 2016|O", "El Chapo", "PERSON"},
		// regions the country and region lists lack (kg's areas)
		{"Azerbaijan|B-LOC retook|O Nagorno|B-ORG ^-|I-ORG ^Karabakh|I-ORG in|O 2023|O", "Nagorno-Karabakh", "LOC"},
	})
}

// TestTownReadAsOrg: a town the gazetteer knows, which the recogniser
// typed an organisation's, is the town after "in" or "near" ("building
// jobs in Ennis"), but not after a word for a holding ("a stake in") nor
// before a possessive ("in Ennis's home state").
func TestTownReadAsOrg(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"building|O jobs|O in|O Ennis|B-ORG and|O|cc|6|CCONJ Limerick|B-LOC", "Ennis", "LOC"},
		{"bought|O a|O stake|O in|O Ennis|B-ORG last|O|amod|7|ADJ year|O", "Ennis", "ORG"},
		{"a|O change|O in|O Ennis|B-ORG 's|O home|O state|O", "Ennis", "ORG"},
	})
}

// TestCompassBeforeOrg: the compass points the recogniser left before an
// organisation's name are the name's ("the South West [Africa People's
// Organisation]", "the West [German Finance Ministry]").
func TestCompassBeforeOrg(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"in|O the|O South|O West|O Africa|B-ORG People|I-ORG ^'s|I-ORG Organisation|I-ORG (|O Swapo|O )|O", "South West Africa People's Organisation", "ORG"},
		{"the|O West|O German|B-ORG Finance|I-ORG Ministry|I-ORG said|O", "West German Finance Ministry", "ORG"},
	})
}

// TestNameEndingInAcronym: a name the recogniser typed a person's that
// ends in an acronym is a body's ("Sydney YIMBY", "Hutton LBO"), but not
// for the letters of a legislator or an honour, nor a regnal number.
func TestNameEndingInAcronym(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"a|O group|O from|O Sydney|B-PER YIMBY|I-PER argued|O", "Sydney YIMBY", "ORG"},
		{"said|O Tom|B-PER McCabe|I-PER MSP|I-PER today|O", "Tom McCabe MSP", "PERSON"},
		{"by|O Henry|B-PER VIII|I-PER of|O England|B-LOC", "Henry VIII", "PERSON"},
	})
	// and a city of a million people named alone is no short form of it,
	// whatever given name the city's is
	doc, text := docOf("a|O group|O from|O Sydney|B-PER YIMBY|I-PER argued|O .|O", "homes|O in|O Sydney|B-PER rose|O .|O")
	wantEntity(t, Resolve(doc, text, g), "Sydney", "LOC", 1)
}

// TestOwnerSplit: an organisation's span holding an owner with its remit,
// "'s" and a headed name is two names ("the University of Oxford's
// Blavatnik School of Government"); a plural's possessive stays inside
// ("Japan Federation of Employers' Association").
func TestOwnerSplit(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"at|O the|O University|B-ORG of|I-ORG Oxford|I-ORG ^'s|I-ORG Blavatnik|I-ORG School|I-ORG of|I-ORG Government|I-ORG ,|O", "University of Oxford", "ORG"},
		{"at|O the|O University|B-ORG of|I-ORG Oxford|I-ORG ^'s|I-ORG Blavatnik|I-ORG School|I-ORG of|I-ORG Government|I-ORG ,|O", "Blavatnik School of Government", "ORG"},
		{"the|O Japan|B-ORG Federation|I-ORG of|I-ORG Employers|I-ORG ^'|I-ORG Association|I-ORG said|O", "Japan Federation of Employers' Association", "ORG"},
	})
}

// TestSyllableNames: an untagged surname and a given name of two
// syllables joined by a hyphen is a person ("succeeding Tsai Ing-wen"),
// not two names before an English word glued by a hyphen ("-based");
// and Taiwan's "Legislative Yuan" named alone.
func TestSyllableNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"year", "woo", "won"}, adjectives: []string{"new"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"succeeding|O Tsai|O Ing|O ^-|O ^wen|O ,|O who|O served|O", "Tsai Ing-wen", "PERSON"},
		// English words after a title
		{"Speaker|O Woo|O Won|O ^-|O ^shik|O declared|O it|O void|O", "Woo Won-shik", "PERSON"},
	})
	// (but not English words opening a sentence)
	checkNoEntity(t, g, []string{"Woo|O Won|O ^-|O ^shik|O declared|O it|O void|O"}, func(e extract.Entity) bool { return e.Name == "Woo Won-shik" })
	for _, sent := range []string{"a|O Sung|O Tae|O ^-|O ^based|O firm|O", "the|O New|O Year|O ^-|O ^end|O rush|O"} {
		s, text := sentenceOf(sent)
		if d := ResolveWith([]nlp.Sentence{s}, text, g, lex); len(d.Entities) > 0 && d.Entities[0].Type == "PERSON" {
			t.Errorf("%q: unwanted %+v", sent, d.Entities)
		}
	}
	checkTypedLex(t, g, lex, []typedCase{
		{"scuffles|O in|O the|O Legislative|O|amod|5|ADJ Yuan|O|obl|1|PROPN began|O", "Legislative Yuan", "ORG"},
	})
}

// TestPlaceHyphenOrg: a place glued by a hyphen to an organisation's name
// that ends in a body's head or a legal form is the organisation's
// ("Toronto-Dominion Bank", "Ciba-Geigy Corp"); a place before another
// name stays a place.
func TestPlaceHyphenOrg(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"a|O unit|O of|O Toronto|B-LOC ^-|O ^Dominion|B-ORG Bank|I-ORG ,|O", "Toronto-Dominion Bank", "ORG"},
		{"the|O Toronto|B-LOC ^-|O ^Dominion|B-ORG talks|O ended|O", "Toronto", "LOC"},
	})
}

// TestNumberedRoads: a road word and a number name a road ("Loop 303",
// "Interstate 17", "U.S. Highway 49W"), but not before a noun ("a Route
// 66 diner").
func TestNumberedRoads(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"north|O of|O Loop|O 303|O|nummod|3|NUM and|O|cc|6|CCONJ Interstate|O 17|O|nummod|6|NUM", "Interstate 17", "LOC"},
		{"north|O of|O Loop|O 303|O|nummod|3|NUM and|O|cc|6|CCONJ Interstate|O 17|O|nummod|6|NUM", "Loop 303", "LOC"},
		// whose road it is, and a letter after its number
		{"closed|O U.S.|O Highway|O 49W|O .|O|punct|1|PUNCT", "U.S. Highway 49W", "LOC"},
		{"closed|O State|O Highway|O 16|O near|O|case|6|ADP Beggs|O", "State Highway 16", "LOC"},
		{"stretches|O of|O National|B-ORG Route|I-ORG 249|O ,|O|punct|1|PUNCT", "National Route 249", "LOC"},
	})
	checkNoEntity(t, g, []string{"a|O Route|O 66|O|nummod|2|NUM diner|O|obj|0|NOUN"}, func(e extract.Entity) bool { return true })
	// the road named again without whose it is
	doc, text := docOf("closed|O U.S.|O Route|O 20|O .|O|punct|1|PUNCT", "Route|O 20|O reopened|O|root|0|VERB .|O|punct|3|PUNCT")
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "U.S. Route 20"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want U.S. Route 20 with 2 mentions, got %+v", d.Entities)
	}
}

// TestOrdinalStreets: an ordinal and a street word name a street ("60th
// Street", also when the recogniser tagged the street word alone), but
// not before a noun or name when untagged ("the 42nd Street station").
func TestOrdinalStreets(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"traffic|O on|O 60th|O|amod|4|ADJ Street|O fell|O|root|0|VERB", "60th Street", "LOC"},
		{"the|O 19th|O|amod|3|ADJ Street|B-LOC protest|O|nsubj|5|NOUN ended|O|root|0|VERB", "19th Street", "LOC"},
		{"west|O of|O 2nd|O|amod|4|ADJ Avenue|O .|O|punct|1|PUNCT", "2nd Avenue", "LOC"},
	})
	checkNoEntity(t, g, []string{"the|O 42nd|O|amod|3|ADJ Street|O station|O|root|0|NOUN"}, func(e extract.Entity) bool { return true })
}

// TestCitySides: a compass word and "Side" name a part of a city ("the
// South Side", "the Upper East Side", also when the recogniser tagged
// "Upper East" alone), but not before a name ("West Side Story").
func TestCitySides(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"wards|O on|O the|O South|O Side|O .|O|punct|1|PUNCT", "South Side", "LOC"},
		{"lives|O on|O the|O Upper|B-LOC East|I-LOC Side|O .|O|punct|1|PUNCT", "Upper East Side", "LOC"},
	})
	checkNoEntity(t, g, []string{"they|O saw|O the|O film|O of|O West|O|amod|8|ADJ Side|O|compound|8|NOUN Story|O|nmod|4|NOUN in|O the|O park|O"}, func(e extract.Entity) bool { return e.Name == "West Side" })
}

// TestAcronymCountryOrgs: a body's acronym and a country's or region's
// name after it name a national branch ("NHS England", "BBC Scotland"),
// not a country's acronym ("UK Scotland") nor inside a longer name.
func TestAcronymCountryOrgs(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"published|O by|O NHS|O England|O .|O", "NHS England", "ORG"},
		{"BBC|B-ORG Scotland|O reported|O it|O", "BBC Scotland", "ORG"},
	})
	checkNoEntity(t, g, []string{"the|O UK|O Scotland|O split|O", "the|O BBC|O Scotland|O Trophy|O went|O"}, func(e extract.Entity) bool {
		return e.Name == "UK Scotland" || e.Name == "BBC Scotland"
	})
}

// TestAdminHeads: a county's, prefecture's or province's head after a
// name the recogniser cut before it is the place's ("Kagoshima
// Prefecture", "Maricopa County Supervisor Rosalind Peete"), but not
// inside a longer name ("Orange County Register").
func TestAdminHeads(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O site|O in|O Kagoshima|B-LOC Prefecture|O .|O", "Kagoshima Prefecture", "LOC"},
		{"officials|O in|O Maricopa|B-PER County|O said|O", "Maricopa County", "LOC"},
	})
	checkNoEntity(t, g, []string{"the|O Orange|B-LOC County|O Register|O said|O"}, func(e extract.Entity) bool { return e.Name == "Orange County" })
}

// TestKnownOrgReadAsAffix: a company the gazetteer knows is found though
// the tagger read its first word as an affix ("Anglo|X American plc").
func TestKnownOrgReadAsAffix(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"its|O parent|O ,|O Anglo|O|amod|5|X American|O|amod|5|ADJ plc|O|appos|2|NOUN ,|O is|O selling|O", "Anglo American plc", "ORG"},
	})
}

// TestFirstOfTwoSurnames: a given name and the first of two surnames is
// the person named with both ("Ali Bongo" for "Ali Bongo Ondimba"), not
// when the last word is a common one ("Jimi Hendrix" is no short form of
// "Jimi Hendrix Experience").
func TestFirstOfTwoSurnames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"experience"}}
	doc, text := docOf("after|O Ali|B-PER Bongo|I-PER Ondimba|I-PER won|O .|O", "Ali|B-PER Bongo|I-PER succeeded|O him|O .|O")
	wantEntity(t, ResolveWith(doc, text, g, lex), "Ali Bongo Ondimba", "PERSON", 2)
	doc, text = docOf("the|O Jimi|B-PER Hendrix|I-PER Experience|I-PER played|O .|O", "Jimi|B-PER Hendrix|I-PER sang|O .|O")
	wantEntity(t, ResolveWith(doc, text, g, lex), "Jimi Hendrix", "PERSON", 1)
}

// TestBracketInitials: a name the recogniser typed a person's whose
// initials follow it in brackets is a body's ("Samagi Jana Balawegaya
// (SJB)"), unless it opens with a given name ("Andrés Manuel López
// Obrador (AMLO)").
func TestBracketInitials(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"leader|O of|O the|O Samagi|B-PER Jana|I-PER Balawegaya|I-PER (|O SJB|O )|O", "Samagi Jana Balawegaya", "ORG"},
		{"President|O Andrés|B-PER Manuel|I-PER López|I-PER Obrador|I-PER (|O AMLO|O )|O said|O", "Andrés Manuel López Obrador", "PERSON"},
	})
}

// TestWhichNotWho: a one-word name the recogniser typed a person's that
// the article takes up with "which" is no person's ("rule by Frelimo,
// which has governed"), but a person's name with "who" elsewhere is.
func TestWhichNotWho(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"rule|O by|O Frelimo|B-PER ,|O which|O has|O governed|O", "Frelimo", "ORG"},
	})
	doc, text := docOf("rule|O by|O Frelimo|B-PER ,|O which|O has|O governed|O .|O", "Frelimo|B-PER ,|O who|O spoke|O ,|O left|O .|O")
	wantEntity(t, Resolve(doc, text, g), "Frelimo", "PERSON", 2)
}

// TestFeatureOfNames: a natural feature's head, "of" and a name make a
// place though the tagger read the words as common ones ("around the
// Cape of Good Hope"), but not in a title-case sentence; so do ports
// ("the Port of Baltimore") and the buildings of a government ("State
// House").
func TestFeatureOfNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"ships|O sail|O around|O the|O Cape|O|obl|2|NOUN of|O Good|O|amod|8|ADJ Hope|O|nmod|5|VERB .|O", "Cape of Good Hope", "LOC"},
		// a port takes in the place after "of", not before a body's head
		{"resumed|O at|O the|O Port|O of|O Baltimore|B-LOC on|O Monday|O", "Port of Baltimore", "LOC"},
		// a compass point the recogniser left before a place it tagged
		{"one|O of|O West|O Africa|B-LOC ^'s|O largest|O hubs|O", "West Africa", "LOC"},
		{"in|O northern|O Syria|B-LOC today|O", "Syria", "LOC"},
		// oceans named by one word after "the"
		{"corridor|O that|O runs|O down|O to|O the|O Pacific|O .|O", "Pacific", "LOC"},
		// the buildings a government sits in
		{"sworn|O in|O at|O State|O House|O in|O Nairobi|B-LOC", "State House", "LOC"},
		{"gathered|O outside|O Parliament|O Buildings|O on|O Tuesday|O", "Parliament Buildings", "LOC"},
	})
	checkNoEntity(t, g, []string{"Ships|O Sail|O Around|O the|O Cape|O of|O Good|O Hope|O .|O"}, func(e extract.Entity) bool { return true })
	checkNoEntity(t, g, []string{"the|O Government|O House|O Leader|O said|O so|O"}, func(e extract.Entity) bool { return e.Name == "Government House" })
	checkNoEntity(t, g, []string{"across|O the|O Pacific|O Rim|O ,|O", "he|O told|O The|O Atlantic|O .|O", "the|O Pacific|O ^'s|O chairman|O"}, func(e extract.Entity) bool { return e.Type == "LOC" })
}

// TestRemitLists checks that a body's name that lists its remits runs to
// the list's end, whether the recogniser tagged it or not, and that names
// listed after a body's name stay apart.
func TestRemitLists(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"economy", "trade", "industry", "lands", "housing", "development", "health", "labour", "welfare", "money", "reserve", "treasury", "finance", "board", "communities", "heritage", "fire", "protection", "forestry", "safety", "mining", "petroleum", "energy", "education", "labor", "pensions", "investigations"},
		adjectives: []string{"local", "urban", "standard", "chartered", "virgin", "federal", "european"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"He|O wrote|O to|O the|O Ministry|B-ORG of|I-ORG Lands|I-ORG ^,|O Housing|B-ORG and|I-ORG Urban|I-ORG Development|I-ORG on|O Monday|O .|O", "Ministry of Lands, Housing and Urban Development", "ORG"},
		{"Officials|O at|O the|O Ministry|O of|O Economy|O ^,|O Trade|O and|O Industry|O said|O so|O .|O", "Ministry of Economy, Trade and Industry", "ORG"},
		{"The|O Ministry|B-ORG of|I-ORG Health|I-ORG ^,|O Labour|O and|O Welfare|O Minister|O Keizo|B-PER Takemi|I-PER spoke|O .|O", "Ministry of Health, Labour and Welfare", "ORG"},
		{"The|O Ministry|B-ORG of|I-ORG Housing|I-ORG ^,|O Communities|O and|O Local|O Government|O sent|O them|O .|O", "Ministry of Housing, Communities and Local Government", "ORG"},
		{"The|O Department|B-ORG of|I-ORG Housing|I-ORG ^,|O Local|O Government|O and|O Heritage|O sent|O them|O .|O", "Department of Housing, Local Government and Heritage", "ORG"},
		{"The|O Department|B-ORG of|I-ORG Forestry|I-ORG and|O Fire|B-ORG Protection|I-ORG said|O so|O .|O", "Department of Forestry and Fire Protection", "ORG"},
		// the list's pieces tagged apart from a name the rules found
		{"Officials|O at|O the|O Ministry|O of|O Economy|O ^,|O Trade|B-ORG and|I-ORG Industry|I-ORG said|O so|O .|O", "Ministry of Economy, Trade and Industry", "ORG"},
		// a head after the name's first word
		{"the|O National|B-ORG Society|I-ORG of|I-ORG Mining|I-ORG ^,|O Petroleum|B-ORG and|I-ORG Energy|I-ORG said|O so|O .|O", "National Society of Mining, Petroleum and Energy", "ORG"},
		// "on" after a committee's head
		{"the|O Senate|B-ORG Committee|I-ORG on|I-ORG Health|I-ORG ^,|O Education|B-ORG ^,|O Labor|O and|O Pensions|O said|O so|O .|O", "Senate Committee on Health, Education, Labor and Pensions", "ORG"},
		{"the|O Senate|B-ORG Subcommittee|I-ORG on|O Investigations|O said|O so|O .|O", "Senate Subcommittee on Investigations", "ORG"},
		// the last remit an adjective and a noun
		{"the|O Ministry|B-ORG of|I-ORG Housing|I-ORG and|O Local|O|amod|6|ADJ Development|O said|O so|O .|O", "Ministry of Housing and Local Development", "ORG"},
	})
	checkTypedLex(t, g, lex, []typedCase{
		{"The|O Bank|B-ORG of|I-ORG Japan|I-ORG and|O European|O|amod|6|ADJ central|O banks|O met|O .|O", "Bank of Japan", "ORG"},
		{"The|O Bank|B-ORG of|I-ORG Japan|I-ORG and|O Japan|B-LOC met|O .|O", "Bank of Japan", "ORG"},
		{"Officials|O at|O the|O Ministry|O of|O Economy|O ^,|O Standard|B-ORG Chartered|I-ORG and|O Virgin|B-ORG Money|I-ORG met|O .|O", "Ministry of Economy", "ORG"},
		{"The|O Ministry|B-ORG of|I-ORG Finance|I-ORG and|O Standard|B-ORG Chartered|I-ORG Bank|I-ORG met|O .|O", "Ministry of Finance", "ORG"},
		{"The|O Ministry|B-ORG of|I-ORG Finance|I-ORG and|O Fire|B-ORG Safety|I-ORG of|O Boston|B-LOC met|O .|O", "Ministry of Finance", "ORG"},
	})
	checkTypedLex(t, g, lex, []typedCase{
		{"The|O Bank|B-ORG of|I-ORG England|I-ORG ^,|O Barclays|B-ORG and|O Lloyds|B-ORG agreed|O .|O", "Bank of England", "ORG"},
		{"The|O Bank|B-ORG of|I-ORG England|I-ORG ^,|O Standard|B-ORG Chartered|I-ORG and|O Virgin|B-ORG Money|I-ORG met|O .|O", "Bank of England", "ORG"},
		{"The|O Bank|B-ORG of|I-ORG Japan|I-ORG ^,|O Federal|O Reserve|O Board|O and|O Bank|B-ORG of|I-ORG England|I-ORG met|O .|O", "Bank of Japan", "ORG"},
		{"Officials|O at|O the|O Bank|O of|O Japan|O ^,|O Trade|O and|O Bank|O of|O England|O met|O .|O", "Bank of Japan", "ORG"},
		{"Officials|O at|O the|O Ministry|O of|O Economy|O ^,|O and|O Trade|O met|O .|O", "Ministry of Economy", "ORG"},
		{"Officials|O at|O the|O Ministry|O of|O Finance|O ^,|O Federal|O Reserve|O Board|O and|O Treasury|O met|O .|O", "Ministry of Finance", "ORG"},
	})
	// the pieces taken in are no mentions of their own
	for _, sent := range []string{
		"Officials|O at|O the|O Ministry|O of|O Economy|O ^,|O Trade|B-ORG and|I-ORG Industry|I-ORG said|O so|O .|O",
		"the|O Office|B-ORG of|O Housing|O and|O Local|B-ORG Development|I-ORG said|O so|O .|O",
	} {
		s, text := sentenceOf(sent)
		for _, e := range ResolveWith([]nlp.Sentence{s}, text, g, lex).Entities {
			if e.Mentions != 1 || len(e.Aliases) != 1 {
				t.Errorf("%q: %+v, want one mention of one name", sent, e)
			}
		}
	}
}

// TestNationTeams checks that a nation's name names its team by a result
// with a score, a fixture against another nation, a match against it or a
// player's post, and
// stays a place for a person's country, a chairman, a court's case and a
// war's rivals.
func TestNationTeams(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		// parsed: the score hangs on the verb, the name on the score
		{"they|O|nsubj|2|PRON won|O|root|0|VERB ,|O beat|O|advcl|2|VERB England|B-LOC|nmod:unmarked|6|PROPN 29-16|O|obj|4|NUM", "England", "ORG"},
		// the subject of a clause whose participle reports the result
		{"Ireland|B-LOC|nsubj|2|PROPN won|O|root|0|VERB ,|O beat|O|advcl|2|VERB|VBG them|O|obj|4|PRON 29-16|O|obl|4|NUM", "Ireland", "ORG"},
		// not parsed: a rival each side of "beat", and a score
		{"Argentina|B-LOC|root|0|PROPN beat|O|parataxis|1|VERB France|B-LOC|nmod|4|PROPN 4-2|O|obl|2|NUM", "France", "ORG"},
		{"England|B-LOC manager|O|compound|3|NOUN Sarina|B-PER Wiegman|I-PER said", "England", "ORG"},
		{"Wales|B-LOC captain|O Ken|B-PER Owens|I-PER", "Wales", "ORG"},
		// a person's country
		{"Sabalenka|B-PER|nsubj|2|PROPN beat|O|root|0|VERB China|B-LOC|nmod:poss|5|PROPN 's|O|case|3|PART Zheng|B-PER|obj|2|PROPN 6-3|O|obl|2|NUM", "China", "LOC"},
		{"Lyles|B-PER|nsubj|5|PROPN of|O|case|4|ADP the|O|det|4|DET Netherlands|B-LOC|nmod|1|PROPN beat|O|root|0|VERB Kenya|B-LOC|obj|5|PROPN 2-1|O|obl|5|NUM", "Netherlands", "LOC"},
		{"her|O U.S.|B-LOC teammate|O Sunisa|B-PER Lee|I-PER", "U.S.", "LOC"},
		// other posts, cases and wars
		{"the|O Taiwan|B-LOC manager|O of|O Standard|B-ORG Chartered|I-ORG Bank|I-ORG said", "Taiwan", "LOC"},
		{"Canada|B-LOC chairman|O Marshall|B-PER Cohen|I-PER said", "Canada", "LOC"},
		{"United|B-LOC States|I-LOC v|O Microsoft|B-ORG", "United States", "LOC"},
		{"Russia|B-LOC|nsubj|2|PROPN defeated|O|root|0|VERB Ukraine|B-LOC|obj|2|PROPN", "Ukraine", "LOC"},
		{"Russia|B-LOC beat|O|root|0|VERB Ukraine|B-LOC back|O", "Ukraine", "LOC"},
		// the whole subject of a verb in the plural, as British news
		// writes of a side; not a subjunctive's
		{"Australia|B-LOC|nsubj|3|PROPN were|O|aux:pass|3|AUX skittled|O|root|0|VERB for|O|case|5|ADP 104|O|obl|3|NUM", "Australia", "ORG"},
		{"Turkey|B-LOC|nsubj|2|PROPN were|O|root|0|VERB to|O|mark|4|PART reconsider|O|xcomp|2|VERB", "Turkey", "LOC"},
		{"if|O|mark|3|SCONJ Turkey|B-LOC|nsubj|3|PROPN were|O|root|0|AUX right|O|xcomp|3|ADJ", "Turkey", "LOC"},
		{"of|O|case|3|ADP (|O|punct|3|PUNCT West|O|amod|3|ADJ )|O|punct|3|PUNCT Germany|B-LOC|nsubj|6|PROPN have|O|root|0|VERB fed|O", "Germany", "LOC"},
		// a line of its own with two nations and their scores, a result;
		// not a table's figures
		{"Ireland|B-LOC 17|O Scotland|B-LOC 13|O", "Ireland", "ORG"},
		{"Ireland|B-LOC 17|O Scotland|B-LOC 13|O points|O", "Ireland", "LOC"},
		{"Denmark|B-LOC 69|O (|O 69|O )|O ,|O France|B-LOC 419|O", "Denmark", "LOC"},
		{"in|O Ireland|B-LOC 17|O Scotland|B-LOC 13|O", "Ireland", "LOC"},
		{"Ireland|B-LOC and|O Scotland|B-LOC 13|O", "Ireland", "LOC"},
		// a match against the nation, or against a list it is in
		{"for|O qualifiers|O against|O Rwanda|B-LOC and|O Zimbabwe|B-LOC next|O week|O", "Zimbabwe", "ORG"},
		{"its|O opener|O against|O Japan|B-LOC on|O Sunday|O", "Japan", "ORG"},
		{"new|O sanctions|O against|O Iran|B-LOC and|O Syria|B-LOC today|O", "Syria", "LOC"},
		{"they|O lost|O the|O final|O to|O France|B-LOC in|O 2022|O", "France", "ORG"},
		{"they|O moved|O the|O final|O to|O France|B-LOC in|O 2022|O", "France", "LOC"},
		{"a|O match|O against|O Tasmania|B-LOC starts|O today|O", "Tasmania", "ORG"},
		// a region's team by a result with a score, not a voter's state
		{"Oregon|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB Michigan|B-LOC|obj|2|PROPN 13-10|O|obl|2|NUM", "Michigan", "ORG"},
		{"Smith|B-PER of|O|case|3|ADP Michigan|B-LOC|nmod|1|PROPN won|O|root|0|VERB 13-10|O|obl|4|NUM", "Michigan", "LOC"},
	})
}

// TestNationMatch checks that in an article reporting a match between
// nations, a nation is a team by a result without a score or an
// opponent's place, and not in other news.
func TestNationMatch(t *testing.T) {
	g := defaultGazetteer(t)
	match := "Morocco|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB Portugal|B-LOC|obj|2|PROPN 1-0|O|obl|2|NUM ."
	for _, tt := range []struct {
		sents      []string
		name, want string
	}{
		{[]string{match, "the|O run|O included|O a|O win|O over|O Belgium|B-LOC .|O|punct|3|PUNCT"}, "Belgium", "ORG"},
		{[]string{match, "they|O will|O face|O defending|O champion|O France|B-LOC .|O|punct|3|PUNCT"}, "France", "ORG"},
		{[]string{match, "Mali|B-LOC|nsubj|2|PROPN beat|O|root|0|VERB Zambia|B-LOC|obj|2|PROPN in|O the|O group|O ."}, "Zambia", "ORG"},
		// no match between nations reported
		{[]string{"the|O vote|O was|O held|O .", "Russia|B-LOC|nsubj|2|PROPN defeated|O|root|0|VERB Ukraine|B-LOC|obj|2|PROPN there|O ."}, "Ukraine", "LOC"},
		{[]string{"the|O vote|O was|O held|O .", "it|O claimed|O a|O win|O over|O Belgium|B-LOC .|O|punct|2|PUNCT"}, "Belgium", "LOC"},
		// a player's country stays a place
		{[]string{match, "she|O played|O against|O China|B-LOC ^'s|O|case|4|PART Zheng|B-PER|obl|2|PROPN .|O|punct|2|PUNCT"}, "China", "LOC"},
	} {
		doc, text := docOf(tt.sents...)
		d := Resolve(doc, text, g)
		if i, ok := entityNamed(d, tt.name); !ok || d.Entities[i].Type != tt.want {
			t.Errorf("%q: want %s %q, got %+v", tt.sents, tt.want, tt.name, d.Entities)
		}
	}
}

// TestStateCampus checks that a state university's campus after a comma
// is part of its name, and that a country's or a region's name after a
// university's is not.
func TestStateCampus(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"at|O the|O University|B-ORG of|I-ORG California|I-ORG ^,|O Los|B-LOC Angeles|I-LOC ,|O found|O", "University of California, Los Angeles", "ORG"},
		{"at|O the|O University|B-ORG of|I-ORG Toronto|I-ORG ^,|O Canada|B-LOC ,|O found|O", "University of Toronto", "ORG"},
		{"at|O the|O University|B-ORG of|I-ORG Queensland|I-ORG ^,|O Brisbane|B-LOC ,|O found|O", "University of Queensland", "ORG"},
		{"at|O the|O University|B-ORG of|I-ORG Texas|I-ORG ^,|O Mexico|B-LOC ,|O and|O", "University of Texas", "ORG"},
	})
}

// TestTownNickname checks that a town and a plural nickname the
// recogniser tagged apart are one team, and that a place's plural head
// stays the place's.
func TestTownNickname(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"and|O the|O Toronto|B-LOC Blue|B-ORG Jays|I-ORG|x|3|PROPN|NNPS beat|O Seattle|B-LOC", "Toronto Blue Jays", "ORG"},
	})
	checkNoEntity(t, g, []string{"the|O Toronto|B-LOC Blue|B-ORG Jays|I-ORG|x|3|PROPN|NNP beat|O them|O"}, func(e extract.Entity) bool { return e.Name == "Toronto Blue Jays" })
}

// TestClubRuns checks that a run of capitalised words ending in a club's
// head names a club, also opening a results line, but two clubs joined by
// "and" do not.
func TestClubRuns(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"kept|O Featherstone|O Rovers|O ^'|O promotion|O hopes|O alive|O", "Featherstone Rovers", "ORG"},
		{"Featherstone|O Rovers|O 22|O York|O Knights|O 20|O", "Featherstone Rovers", "ORG"},
	})
	checkNoEntity(t, g, []string{"fans|O of|O Celtic|O and|O Rangers|O sang|O"}, func(e extract.Entity) bool { return e.Name == "Celtic and Rangers" })
}

// TestPrepPlaces checks that an untagged proper noun after "in" or "near"
// is a small place, and that names of firms, works, languages, months and
// initials there are not.
func TestPrepPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"lahar", "floods", "stake", "trading", "readings", "road"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"In|O Albay|O ^,|O|punct|2|PUNCT lahar|O cut|O the|O road|O .|O", "Albay", "LOC"},
		{"floods|O near|O Guinobatan|O and|O|cc|5|CCONJ Naga|B-LOC .|O", "Guinobatan", "LOC"},
		// after "to" or "from" on a journey
		{"one|O more|O flight|O to|O Heraklion|O .|O|punct|3|PUNCT", "Heraklion", "LOC"},
	})
	bad := map[string]bool{"Sperry": true, "Robocop": true, "Comex": true, "Feburary": true, "IDNs": true, "Tagalog": true, "Quantum": true, "Smith": true, "Gencorp": true, "Shakespeare": true, "Welbury": true}
	for _, sent := range []string{
		"they|O bought|O a|O stake|O in|O Sperry|O .|O|punct|2|PUNCT",
		"he|O|nsubj|2|PRON star|O|root|0|VERB again|O|advmod|2|ADV in|O|case|5|ADP Robocop|O|obl|2|PROPN .|O|punct|2|PUNCT",
		"prices|O rose|O in|O Comex|O trading|O .|O",
		"prices|O rose|O in|O Feburary|O ^,|O|punct|2|PUNCT Smith|B-PER said|O .|O",
		"demand|O rose|O in|O IDNs|O .|O|punct|2|PUNCT",
		"readings|O in|O Tagalog|O ^,|O|punct|2|PUNCT Cebuano|O and|O|cc|5|CCONJ German|O .|O",
		"Quantum|B-ORG Fund|I-ORG said|O its|O assets|O rose|O ^.|O Demand|O rose|O in|O Quantum|O .|O|punct|2|PUNCT",
		"the|O rise|O in|O Gencorp|O 's|O|case|4|PART shares|O .|O",
		"a|O letter|O to|O Welbury|O .|O|punct|2|PUNCT",
		"a|O role|O was|O cast|O ^,|O as|O in|O Shakespeare|O 's|O|case|8|PART day|O .|O",
	} {
		s, text := sentenceOf(sent)
		d := ResolveWith([]nlp.Sentence{s}, text, g, lex)
		for _, e := range d.Entities {
			if bad[e.Name] && e.Type == "LOC" {
				t.Errorf("%q: %s typed a place", sent, e.Name)
			}
		}
	}
}

// TestVolcanoesAndAirports checks the heads of built and natural features
// that end a place's name untagged ("Mayon Volcano") and a place's
// international airport.
func TestVolcanoesAndAirports(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O slopes|O of|O Mayon|O Volcano|O are|O steep|O", "Mayon Volcano", "LOC"},
		{"fly|O from|O Athens|B-LOC International|O Airport|O to|O Crete|B-LOC", "Athens International Airport", "LOC"},
	})
}

// TestOrgListedWithPlaces checks that one word the recogniser took for an
// organisation's, listed with two places and nothing else, is a place,
// unless it is a known organisation's or a longer name.
func TestOrgListedWithPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"ports|O that|O serve|O Andros|B-LOC ^,|O Tinos|B-ORG and|O Kea|B-LOC .|O", "Tinos", "LOC"},
		{"ports|O that|O serve|O Andros|B-LOC ^,|O Nokia|B-ORG and|O Kea|B-LOC .|O", "Nokia", "ORG"},
		{"ports|O that|O serve|O Andros|B-LOC ^,|O Tinos|B-ORG Ferries|I-ORG and|O Kea|B-LOC .|O", "Tinos Ferries", "ORG"},
	})
}

// TestStreetAbbreviations checks that "St", "Rd" and "Ave" after a name
// end a street's name, but not in an address after a house number.
func TestStreetAbbreviations(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"a|O meeting|O on|O Queen|O St|O ^.|O", "Queen St", "LOC"},
		{"shops|O on|O George|B-PER St|I-PER closed|O ^.|O", "George St", "LOC"},
		{"a|O meeting|O on|O Queen|B-PER St|I-PER ^.|O", "Queen St", "LOC"}, // a street named with a title
	})
	checkNoEntity(t, g, []string{"close|O to|O the|O hall|O (|O 220|O South|O Michigan|O Ave|O ^.|O ^)|O"}, func(e extract.Entity) bool { return e.Name == "South Michigan Ave" })
}

// TestClubHeads checks that "Club" heads an organisation's name, and that
// a people's or compass adjective after "of" or "and" before a common noun
// ends an untagged name before the connector.
func TestClubHeads(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O Sierra|B-PER Club|I-PER said|O", "Sierra Club", "ORG"},
		{"won|O at|O the|O Warrnambool|O Racing|O Club|O today|O", "Warrnambool Racing Club", "ORG"},
		{"the|O Yorkshire|B-LOC County|I-LOC Cricket|I-LOC Club|I-LOC said|O", "Yorkshire County Cricket Club", "ORG"},
		{"members|O of|O the|O Paris|O Club|O of|O Western|O|amod|9|ADJ creditor|O|compound|9|NOUN nations|O", "Paris Club", "ORG"},
		{"ties|O between|O the|O Commission|O and|O European|O|amod|8|ADJ governments|O|obl|1|NOUN", "Commission", "ORG"},
	})
}

// TestPlaceListAfterPrep checks that a name the recogniser took for a
// person's, listed with places after "in" or "near", is a place, but not
// a person's full name, a language, or a list after another word.
func TestPlaceListAfterPrep(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"coaches|O in|O Eldoret|B-LOC and|O Kaptagat|B-PER must|O help|O", "Kaptagat", "LOC"},
		{"moved|O to|O homes|O in|O Kelowna|B-LOC and|O Vernon|B-PER today|O", "Vernon", "LOC"},
		{"songs|O in|O Mandarin|B-LOC and|O Cantonese|B-PER today|O", "Cantonese", "PERSON"},
		{"letters|O from|O Eldoret|B-LOC and|O Kaptagat|B-PER came|O", "Kaptagat", "PERSON"},
		{"met|O in|O Paris|B-LOC and|O Tom|B-PER Kaptagat|I-PER came|O", "Tom Kaptagat", "PERSON"},
	})
}

// TestNamesAfterDaysAndHyphens checks that a day after "on" opens no
// person's name, a month after "by" may, and that hyphenated given names
// and surnames stay whole.
func TestNamesAfterDaysAndHyphens(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Late|O on|O Sunday|B-PER Prabowo|I-PER announced|O his|O cabinet|O", "Prabowo", "PERSON"},
		{"he|O was|O replaced|O by|O August|B-PER Busch|I-PER today|O", "August Busch", "PERSON"},
		{"His|O lawyer|O ^,|O Bart|B-PER ^-|O ^Jan|O van|O den|O Heuvel|O ^,|O said|O so|O", "Bart-Jan van den Heuvel", "PERSON"},
		// a double surname cut between two persons, or a place and a person
		{"its|O chief|O ,|O Eli|B-PER Ben|I-PER ^-|O ^Dror|B-PER Shaked|I-PER ,|O|punct|4|PUNCT had|O offered|O", "Eli Ben-Dror Shaked", "PERSON"},
		{"headed|O by|O Arnon|B-LOC Bar|I-LOC ^-|O ^David|B-PER ,|O backed|O them|O", "Arnon Bar-David", "PERSON"},
		{"the|O Joe|B-PER Biden|I-PER ^-|O ^Xi|B-PER Jinping|I-PER summit|O ended|O", "Joe Biden", "PERSON"},
		{"the|O Security|B-ORG Pacific|I-ORG ^-|O ^Rainer|B-PER deal|O closed|O", "Security Pacific", "ORG"},
	})
	checkTypedLex(t, g, wordList{nouns: []string{"end", "yards"}}, []typedCase{
		{"he|O found|O tight|O end|O Tevita|O|appos|4|PROPN Fifita|O|flat|5|PROPN ^-|O ^Moala|O from|O 3|O yards|O", "Tevita Fifita-Moala", "PERSON"},
	})
}

// TestParticleNames checks names with a Dutch or German particle the
// recogniser missed or typed a place's, and the surname alone after its
// particle.
func TestParticleNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"conductor", "fleet", "researcher", "ford"}, adjectives: []string{"royal"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"Dutch|O conductor|O Jaap|O van|O der|O Velde|O ,|O 61|O ,|O said|O so|O", "Jaap van der Velde", "PERSON"},
		{"resources|O to|O Ine|B-LOC Van|I-LOC Wymersch|I-LOC ,|O appointed|O", "Ine Van Wymersch", "PERSON"},
	})
	doc, text := docOf("it|O was|O led|O by|O Bastiaan|O ter|O Meulen|O .|O", "it|O works|O ,|O says|O ter|O Meulen|O ,|O a|O researcher|O .|O")
	d := ResolveWith(doc, text, g, lex)
	if i, ok := entityNamed(d, "Bastiaan ter Meulen"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Bastiaan ter Meulen of two mentions, got %+v", d.Entities)
	}
	for _, sent := range []string{
		"the|O Royal|O van|O Ommeren|O fleet|O sailed|O",
		"a|O Ford|O van|O Transit|O crashed|O",
	} {
		checkNoEntityLex(t, g, lex, sent, isType("PERSON"))
	}
}

// TestRegnalNames checks names with a regnal or generational number: an
// untagged given name and surname before it, a person span widened over
// it, the surname alone joining the name, and no product's name.
func TestRegnalNames(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"war", "governor"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"to|O reinstate|O Muhammadu|O Sanusi|O II|O|flat|3|NUM ,|O a|O former|O governor|O", "Muhammadu Sanusi II", "PERSON"},
		{"to|O reinstate|O Muhammadu|B-PER Sanusi|I-PER II|O|flat|3|NUM ,|O a|O former|O governor|O", "Muhammadu Sanusi II", "PERSON"},
	})
	doc, text := docOf("A.|B-PER Malachi|I-PER Mixon|I-PER III|O said|O so|O .|O", "Mixon|B-PER agreed|O .|O")
	wantEntity(t, ResolveWith(doc, text, g, lex), "A. Malachi Mixon III", "PERSON", 2)
	for _, sent := range []string{
		"the|O new|O LaserJet|O II|O|flat|3|NUM printer|O",
		"since|O World|O War|O II|O|flat|3|NUM ended|O",
		"the|O Hartz|O IV|O|flat|2|NUM reforms|O",
	} {
		checkNoEntityLex(t, g, lex, sent, isType("PERSON"))
	}
}

// TestPeopleWordOpens checks that a word for one of a people opening a
// person's span is no part of the name, and that a given name spelt so
// stays one.
func TestPeopleWordOpens(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Briton|B-PER Tim|I-PER Henman|I-PER won|O", "Tim Henman", "PERSON"},
		{"with|O Scot|B-PER Kathy|I-PER Butler|I-PER second|O", "Kathy Butler", "PERSON"},
		{"Dutchman|B-PER Patrick|I-PER van|I-PER Balkom|I-PER ran|O", "Patrick van Balkom", "PERSON"},
		{"Finn|B-PER Russell|I-PER kicked|O", "Finn Russell", "PERSON"},
		{"Finn|B-PER McAllister|I-PER ^-|I-PER ^Tui|I-PER scored|O", "Finn McAllister-Tui", "PERSON"},
	})
}

// TestNameOpeningPieces checks Filipino particles and a sentence's first
// word heading a name the recogniser began one word late.
func TestNameOpeningPieces(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"whose|O nephew|O Kian|B-PER delos|O Santos|B-PER ^,|O 17|O ^,|O was|O shot|O", "Kian delos Santos", "PERSON"},
	})
	checkTypedLex(t, g, wordList{nouns: []string{"spokesman"}}, []typedCase{
		{"Romdhane|O|nsubj|0|PROPN Ben|B-PER|flat|1|PROPN Amor|I-PER|flat|1|PROPN ^,|O spokesman|O for|O FTDES|B-ORG ^,|O said|O", "Romdhane Ben Amor", "PERSON"},
		// a rank written short is no name's first word
		{"Pc|O|nsubj|0|PROPN Sarah|B-PER|flat|1|PROPN Jones|I-PER|flat|1|PROPN ^,|O 29|O ^,|O was|O hurt|O", "Sarah Jones", "PERSON"},
		{"Supt|B-PER Mick|I-PER Deats|I-PER said|O so|O", "Mick Deats", "PERSON"},
		{"Councillor|B-ORG Hemi|I-ORG Tuhiwai|I-ORG ^-|I-ORG ^Ngata|I-ORG said|O so|O", "Hemi Tuhiwai-Ngata", "PERSON"},
		{"Cr|B-PER Gavin|I-PER Butterworth|I-PER said|O so|O", "Gavin Butterworth", "PERSON"},
		{"Det|O Garda|B-PER Aoife|I-PER McEnroe|I-PER told|O them|O", "Aoife McEnroe", "PERSON"},
		{"Superintendent|B-ORG Renee|I-ORG Okonkwo|I-ORG said|O so|O", "Renee Okonkwo", "PERSON"},
		{"the|O Garda|B-ORG Síochána|I-ORG said|O so|O", "Garda Síochána", "ORG"},
		{"Commissioner|B-PER Willy|I-PER De|I-PER Clercq|I-PER said|O so|O", "Willy De Clercq", "PERSON"},
		{"Councilmember|B-PER Mike|I-PER Bonin|I-PER said|O so|O", "Mike Bonin", "PERSON"},
		// religious offices
		{"Patriarch|B-PER Kirill|I-PER described|O it|O", "Kirill", "PERSON"},
		{"Mufti|B-PER Akhmad|I-PER Abdulaev|I-PER said|O so|O", "Akhmad Abdulaev", "PERSON"},
	})
}

// TestBodyOfThePlace checks that a body's name runs over "of the" and the
// place's name that ends it, tagged or not, and that the body's name
// before "of" is its short form.
func TestBodyOfThePlace(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"The|O Central|B-ORG Bank|I-ORG of|O the|O Republic|B-LOC of|I-LOC Turkey|I-LOC held|O rates|O", "Central Bank of the Republic of Turkey", "ORG"},
		{"loans|O from|O the|O Development|B-ORG Bank|I-ORG of|O the|O Philippines|B-LOC rose|O", "Development Bank of the Philippines", "ORG"},
		{"a|O team|O at|O the|O University|B-ORG of|I-ORG Science|I-ORG and|O Technology|O of|O China|B-LOC in|O Hefei|B-LOC", "University of Science and Technology of China", "ORG"},
		{"staff|O of|O the|O Guard|B-ORG Services|I-ORG Division|I-ORG of|I-ORG Security|I-ORG Services|I-ORG of|O America|B-LOC of|I-LOC Wayne|I-LOC quit|O", "Guard Services Division of Security Services", "ORG"},
		{"soldiers|O of|O the|O Armed|O Forces|O of|O the|O Philippines|B-LOC came|O", "Armed Forces of the Philippines", "ORG"},
		// two places of one kind after "of"
		{"The|O High|B-ORG Court|I-ORG of|I-ORG England|I-ORG and|O Wales|B-LOC also|O|advmod|8|ADV ruled|O|root|0|VERB", "High Court of England and Wales", "ORG"},
		{"the|O Transplantation|B-ORG Society|I-ORG of|I-ORG Australia|I-ORG and|O New|B-LOC Zealand|I-LOC said|O|root|0|VERB", "Transplantation Society of Australia and New Zealand", "ORG"},
		{"the|O Hebrew|B-ORG University|I-ORG of|I-ORG Jerusalem|I-ORG and|O Germany|B-LOC said|O|root|0|VERB", "Hebrew University of Jerusalem", "ORG"},
		{"the|O Bank|B-ORG of|I-ORG Japan|I-ORG and|O Japan|B-LOC said|O|root|0|VERB", "Bank of Japan", "ORG"},
		{"the|O Bank|B-ORG of|I-ORG England|I-ORG and|O Scotland|B-LOC Yard|O said|O", "Bank of England", "ORG"},
		{"the|O Bank|B-ORG of|I-ORG Canada|I-ORG and|O U.S.|B-LOC officials|O|nsubj|9|NOUN said|O", "Bank of Canada", "ORG"},
	})
	s, text := sentenceOf("the|O Supreme|B-ORG Court|I-ORG of|I-ORG the|I-ORG United|I-ORG Kingdom|I-ORG ruled|O and|O the|O Supreme|B-ORG Court|I-ORG agreed|O")
	d := Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "Supreme Court of the United Kingdom"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Supreme Court of the United Kingdom with 2 mentions, got %+v", d.Entities)
	}
	// so is it before its remit
	s, text = sentenceOf("the|O Medical|B-ORG Foundation|I-ORG for|I-ORG the|I-ORG Care|I-ORG of|I-ORG Victims|I-ORG said|O and|O the|O Medical|B-ORG Foundation|I-ORG agreed|O")
	d = Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "Medical Foundation for the Care of Victims"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Medical Foundation for the Care of Victims with 2 mentions, got %+v", d.Entities)
	}
}

// TestRomanceOrgs checks that an organisation's span takes back the words
// of its name in a Romance language, or its German article, that the
// recogniser left out.
func TestRomanceOrgs(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"lithium|O producer|O Sociedad|O Química|O y|O Minera|B-ORG de|I-ORG Chile|I-ORG SA|I-ORG signed|O", "Sociedad Química y Minera de Chile SA", "ORG"},
		// a German name's article, read as a verb opening the sentence
		{"Die|O|root|0|VERB Linke|B-ORG ,|O the|O party|O ,|O fell|O", "Die Linke", "ORG"},
		{"the|O regulator|O ^,|O the|O Comisión|O para|O el|O Mercado|B-ORG Financiero|I-ORG ^,|O said|O", "Comisión para el Mercado Financiero", "ORG"},
		{"the|O sale|O of|O Banque|O du|O Batiment|O et|O des|O Travaux|B-ORG Publics|I-ORG ended|O", "Banque du Batiment et des Travaux Publics", "ORG"},
	})
}

// TestVenueNames checks stadiums named first by their head, and French
// clubs named "Stade" and their people's adjective.
func TestVenueNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"won|O 3-1|O at|O the|O Estadio|O Monumental|O on|O Saturday|O", "Estadio Monumental", "LOC"},
		{"the|O pitch|O at|O Arena|O do|O Grêmio|O ^,|O home|O to|O fans|O", "Arena do Grêmio", "LOC"},
		{"supporters|O at|O the|O new|O Arena|O MRV|O left|O", "Arena MRV", "LOC"},
		{"they|O beat|O Stade|O Toulousain|O in|O the|O final|O", "Stade Toulousain", "ORG"},
	})
	checkNoEntity(t, g, []string{"sold|O at|O Arena|O Pinto|O Sousa|O Lima|O Costa|O today|O ^.|O"}, func(e extract.Entity) bool { return strings.HasPrefix(e.Name, "Arena") && e.Type == "LOC" })
}

// TestCountryFirmShortForm checks that the word between a country's name
// and a company's heads is the company's short form.
func TestCountryFirmShortForm(t *testing.T) {
	g := defaultGazetteer(t)
	s, text := sentenceOf("China|B-ORG Evergrande|I-ORG Group|I-ORG was|O wound|O up|O ^,|O and|O Evergrande|B-PER said|O so|O")
	d := Resolve([]nlp.Sentence{s}, text, g)
	if i, ok := entityNamed(d, "China Evergrande Group"); !ok || d.Entities[i].Mentions != 2 || d.Entities[i].Type != "ORG" {
		t.Errorf("want China Evergrande Group (ORG) with 2 mentions, got %+v", d.Entities)
	}
}

// TestTownNamedFirm checks that a town's name, typed an organisation, is
// the short form of a company named after it ("Toyota said" after "Toyota
// Motor Corp."), but not the town a dateline writes in capitals.
func TestTownNamedFirm(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("Toyota|B-ORG Motor|I-ORG Corp.|I-ORG recalled|O trucks|O .|O", "Toyota|B-ORG said|O owners|O would|O be|O told|O .|O")
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Toyota Motor Corp."); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Toyota Motor Corp. with 2 mentions, got %+v", d.Entities)
	}
	doc, text = docOf("TOYOTA|B-ORG ^,|O Japan|B-LOC -|O Toyota|B-ORG Motor|I-ORG Corp.|I-ORG recalled|O trucks|O .|O")
	d = Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Toyota Motor Corp."); !ok || d.Entities[i].Mentions != 1 {
		t.Errorf("want Toyota Motor Corp. with 1 mention, got %+v", d.Entities)
	}
}

// TestTeamNicknames checks that a team's plural nickname alone is the
// short form of the team named with its town, and that a position in
// North American sports opening the sentence is no part of a name.
func TestTeamNicknames(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("the|O Pittsburgh|B-ORG Penguins|I-ORG traded|O him|O .|O", "The|O Penguins|B-ORG won|O .|O")
	d := ResolveWith(doc, text, g, wordList{nouns: []string{"liberal"}})
	if i, ok := entityNamed(d, "Pittsburgh Penguins"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Pittsburgh Penguins with 2 mentions, got %+v", d.Entities)
	}
	// (not after a common word that is a town's name too: Liberal, Kansas)
	doc, text = docOf("the|O Liberal|B-ORG Democrats|I-ORG won|O .|O", "The|O Democrats|B-ORG lost|O .|O")
	d = ResolveWith(doc, text, g, wordList{adjectives: []string{"liberal"}})
	if i, ok := entityNamed(d, "Liberal Democrats"); !ok || d.Entities[i].Mentions != 1 {
		t.Errorf("want Liberal Democrats with 1 mention, got %+v", d.Entities)
	}
	// a town's name typed an organisation before a plural noun
	doc, text = docOf("the|O York|B-ORG Knights|I-ORG lost|O .|O", "York|B-ORG led|O at|O half-time|O .|O")
	d = ResolveWith(doc, text, g, wordList{nouns: []string{"knight"}})
	if i, ok := entityNamed(d, "York Knights"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want York Knights with 2 mentions, got %+v", d.Entities)
	}
	checkTypedCases(t, g, []typedCase{
		{"Defenseman|B-PER Ty|I-PER Smith|I-PER joined|O the|O team|O", "Ty Smith", "PERSON"},
	})
}

// TestCityAfterIn checks that a town's name and "City" after "in" or
// listed with places is a place, not a club as "Manchester City" is.
func TestCityAfterIn(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"communities|O such|O as|O Tuba|B-LOC|obj|1|PROPN City|I-LOC|flat|4|PROPN ,|O Kayenta|B-LOC|conj|4|PROPN and|O Chinle|B-LOC|conj|4|PROPN", "Tuba City", "LOC"},
		{"officials|O in|O Cotabato|B-LOC City|I-LOC ^,|O|punct|3|PUNCT the|O capital|O said|O so|O", "Cotabato City", "LOC"},
		{"he|O joined|O Leicester|B-ORG City|I-ORG in|O May|O", "Leicester City", "ORG"},
	})
}

// TestTradeAndCountry checks that a person's span of a rare given name or
// a word and a country's name is a body's ("Parks Canada"), but not a
// common given name's ("Michael Jordan") nor an initial's.
func TestTradeAndCountry(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Parks|B-PER Canada|I-PER said|O the|O fire|O grew|O", "Parks Canada", "ORG"},
		{"Michael|B-PER Jordan|I-PER said|O so|O", "Michael Jordan", "PERSON"},
		{"Luís|B-PER Montenegro|I-PER said|O so|O", "Luís Montenegro", "PERSON"}, // (an accented given name)
	})
}

// TestSaintPrefix checks that a saint's title the recogniser left out
// opens the name of a body or place named after the saint.
func TestSaintPrefix(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"a|O degree|O from|O St.|O Francis|B-ORG Xavier|I-ORG University|I-ORG in|O 1990|O", "St. Francis Xavier University", "ORG"},
		{"shares|O of|O St.|O Jude|B-ORG Medical|I-ORG Inc|I-ORG rose|O", "St. Jude Medical Inc", "ORG"},
	})
	checkTypedCases(t, g, []typedCase{
		{"Rep.|O Fernand|B-PER St.|O Germain|B-PER said|O", "Germain", "PERSON"}, // (a capital before it: a surname's piece, left alone)
	})
}

// TestRecordsAndInfinitives checks a team's record in brackets after its
// name and the subject of a clause whose infinitive reports a result.
func TestRecordsAndInfinitives(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"Boise|B-LOC State|I-LOC (|O 7-2|O ^,|O 5-0|O ^)|O won|O again|O", "Boise State", "ORG"},
		{"Boise|B-LOC State|I-LOC|nsubj|3|PROPN pulled|O|root|0|VERB away|O|advmod|3|ADV to|O|mark|6|PART beat|O|xcomp|3|VERB them|O|obj|6|PRON 38-17|O|obl|6|NUM", "Boise State", "ORG"},
		{"Boise|B-LOC State|I-LOC (|O Idaho|B-LOC ^)|O grew|O", "Boise State", "LOC"},
		// the subject of a clause that a win qualifies
		{"Boise|B-LOC State|I-LOC|nsubj|3|PROPN clinched|O|root|0|VERB it|O|obj|3|PRON with|O|case|8|ADP a|O|det|8|DET 38-17|O|nummod|8|NUM win|O|obl|3|NOUN", "Boise State", "ORG"},
		{"Boise|B-LOC State|I-LOC|nsubj|3|PROPN clinched|O|root|0|VERB it|O|obj|3|PRON with|O|case|8|ADP a|O|det|8|DET 38-17|O|nummod|8|NUM vote|O|obl|3|NOUN", "Boise State", "LOC"},
	})
}

// TestNicknameResults checks that nicknames either side of a result verb
// with a score after them are teams, and that without a score they are
// not.
func TestNicknameResults(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"the|O Lakers|O beat|O|root|0|VERB|VBD the|O Mavericks|O 112-97|O", "Lakers", "ORG"},
		{"the|O Lakers|O beat|O|root|0|VERB|VBD the|O Mavericks|O 112-97|O", "Mavericks", "ORG"},
		{"Toronto|B-LOC beat|O|root|0|VERB|VBD the|O Oilers|O 4-2|O on|O Sunday|O", "Oilers", "ORG"},
	})
	checkNoEntity(t, g, []string{
		"the|O Lakers|O beat|O|root|0|VERB|VBD the|O Mavericks|O on|O Sunday|O",
		"the|O Lakers|O beat|O|root|0|VERB|VBD them|O 112-97|O at|O home|O",
	}, func(e extract.Entity) bool { return e.Name == "Lakers" || e.Name == "Mavericks" })
}

// TestRoyalRegnal checks that a royal title before one name and a regnal
// number names a monarch ("King Charles III"); one name and a number
// alone name a product as often ("LaserJet II").
func TestRoyalRegnal(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedLex(t, g, wordList{}, []typedCase{
		{"King|O Charles|B-PER III|O|flat|2|NUM said|O so|O", "Charles III", "PERSON"},
		{"King|O Tupou|O|nsubj|4|PROPN VI|O|flat|2|NUM attended|O|root|0|VERB", "Tupou VI", "PERSON"},
		{"King|O Mohammed|B-PER|nsubj|4|PROPN VI|B-LOC|flat|2|NUM phoned|O|root|0|VERB him|O", "Mohammed VI", "PERSON"},
	})
}

// TestListedTowns checks that a person's name listed with places after
// "the towns of" is a place, and after another plural noun stays a
// person's.
func TestListedTowns(t *testing.T) {
	g := defaultGazetteer(t)
	lex := wordList{nouns: []string{"town", "guest", "ruling"}}
	checkTypedLex(t, g, lex, []typedCase{
		{"the|O ruling|O covers|O the|O towns|O of|O Claremore|B-LOC|nmod|5|PROPN ,|O Vinita|B-PER|conj|7|PROPN and|O Sallisaw|O|conj|7|PROPN .|O", "Vinita", "LOC"},
		{"the|O ruling|O covers|O the|O guests|O of|O Claremore|B-LOC|nmod|5|PROPN ,|O Vinita|B-PER|conj|7|PROPN and|O Sallisaw|O|conj|7|PROPN .|O", "Vinita", "PERSON"},
	})
}

// TestGivenSpans checks that an untagged given name the tree joins to a
// one-word person's name opens it, and a hyphenated given name's
// untagged part joins the two spans; not a common word's surname.
func TestGivenSpans(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"voters|O had|O backed|O|root|0|VERB Sławomir|O|obj|3|PROPN Mentzen|B-PER|flat|4|PROPN .|O|punct|3|PUNCT", "Sławomir Mentzen", "PERSON"},
		{"beat|O|root|0|VERB No.|O 1|O Aryna|O|compound|5|PROPN Sabalenka|B-PER|obj|1|PROPN .|O|punct|1|PUNCT", "Aryna Sabalenka", "PERSON"},
		{"said|O|root|0|VERB President|O|nmod|3|PROPN Kassym|B-PER|nsubj|1|PROPN ^-|O|punct|5|PUNCT ^Jomart|O|flat|3|PROPN Tokayev|B-PER|flat|3|PROPN .|O|punct|1|PUNCT", "Kassym-Jomart Tokayev", "PERSON"},
	})
	checkNoEntityLex(t, g, wordList{nouns: []string{"book"}},
		"the|O Whitbread|O|compound|3|PROPN Book|B-PER|nsubj|4|PROPN won|O|root|0|VERB",
		func(e extract.Entity) bool { return e.Name == "Whitbread Book" })
}

// TestArticlePlaceKeys checks that a place the gazetteer knows by a name a
// Spanish article opens keeps the article in its key: "La Paz" and the
// president Paz are two entities; a person's "El Guerrouj", even typed a
// place, is still "Hicham El Guerrouj".
func TestArticlePlaceKeys(t *testing.T) {
	g := defaultGazetteer(t)
	doc, text := docOf("LA|B-LOC PAZ|I-LOC ,|O Bolivia|B-LOC —|O Rodrigo|B-PER Paz|I-PER won|O .|O", "Paz|B-PER thanked|O voters|O in|O La|B-LOC Paz|I-LOC .|O")
	d := Resolve(doc, text, g)
	if i, ok := entityNamed(d, "La Paz"); !ok || d.Entities[i].Mentions != 2 || d.Entities[i].Type != "LOC" {
		t.Errorf("want the place La Paz of two mentions, got %+v", d.Entities)
	}
	if i, ok := entityNamed(d, "Rodrigo Paz"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Rodrigo Paz of two mentions, got %+v", d.Entities)
	}
	doc, text = docOf("Hicham|B-PER El|I-PER Guerrouj|I-PER won|O .|O", "El|B-LOC Guerrouj|I-LOC smiled|O .|O")
	d = Resolve(doc, text, g)
	if i, ok := entityNamed(d, "Hicham El Guerrouj"); !ok || d.Entities[i].Mentions != 2 {
		t.Errorf("want Hicham El Guerrouj of two mentions, got %+v", d.Entities)
	}
}

// TestSpanishPlaceNames checks that a name a Spanish word for a feature
// opens is a place though the recogniser typed it an organisation, but
// for a body's head in it; that a person's name a Spanish article opens
// is a place's after "in" or "inside"; and that an opened place stops
// before a day's name.
func TestSpanishPlaceNames(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"boats|O stop|O at|O Puerto|B-ORG Obaldía|I-ORG ,|O the|O last|O town|O", "Puerto Obaldía", "LOC"},
		{"entering|O at|O Paso|B-ORG Canoas|I-ORG .|O", "Paso Canoas", "LOC"},
		{"shares|O of|O Cerro|B-ORG Verde|I-ORG Holdings|I-ORG rose|O", "Cerro Verde Holdings", "ORG"},
		{"a|O strong|O draw|O in|O El|B-PER Alto|I-PER and|O other|O areas|O", "El Alto", "LOC"},
		{"collapsed|O deep|O inside|O El|B-PER Teniente|I-PER ,|O the|O mine|O", "El Teniente", "LOC"},
		{"said|O El|B-PER Chapo|I-PER ,|O the|O boss|O", "El Chapo", "PERSON"},
		{"arrived|O in|O Punta|O Morales|O Monday|O .|O", "Punta Morales", "LOC"},
	})
}

// TestBecomesOffice checks that the subject of "become" with an office
// only persons hold is a person's name, and with another noun is not.
func TestBecomesOffice(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tc := range []typedCase{
		{"after|O Xi|B-LOC|nsubj|4|PROPN Jinping|I-LOC|flat|2|PROPN became|O|root|0|VERB general|O|amod|6|ADJ secretary|O|obj|4|NOUN", "Xi Jinping", "PERSON"},
		{"after|O Acme|B-ORG|nsubj|4|PROPN Tools|I-ORG|flat|2|PROPN became|O|root|0|VERB the|O|det|6|DET supplier|O|obj|4|NOUN", "Acme Tools", "ORG"},
	} {
		s, text := sentenceOf(tc.sent)
		s.Tokens[3].Lemma = "become"
		d := Resolve([]nlp.Sentence{s}, text, g)
		if i, ok := entityNamed(d, tc.name); !ok || d.Entities[i].Type != tc.want {
			t.Errorf("%q: want %s %q, got %+v", tc.sent, tc.want, tc.name, d.Entities)
		}
	}
}

// TestWordBefore checks that an untagged capitalised word the tree puts
// inside an organisation's name, or a facility's the recogniser typed a
// place, right after it opens the name, a title before a place's head
// too, but not a people's word nor a given name before a name of one
// word.
func TestWordBefore(t *testing.T) {
	g := defaultGazetteer(t)
	checkTypedCases(t, g, []typedCase{
		{"agreed|O to|O buy|O Direct|O|amod|5|ADJ Line|B-ORG|compound|7|PROPN Insurance|I-ORG|compound|7|PROPN Group|I-ORG|obj|3|PROPN plc|I-ORG .|O", "Direct Line Insurance Group plc", "ORG"},
		{"Within|O hours|O ,|O King|O|compound|5|PROPN County|B-ORG|compound|7|PROPN Superior|I-ORG|amod|7|ADJ Court|I-ORG|nsubj|8|PROPN ruled|O|root|0|VERB on|O the|O merger|O case|O", "King County Superior Court", "ORG"},
		{"shares|O in|O German|O|amod|4|ADJ Siemens|B-ORG|obl|1|PROPN rose|O", "Siemens", "ORG"},
		// a facility's name the recogniser typed a place
		{"taken|O over|O Good|O|amod|6|ADJ Samaritan|B-LOC|compound|6|PROPN Medical|I-LOC|amod|6|ADJ Center|I-LOC|obl|1|PROPN in|O Brockton|B-LOC", "Good Samaritan Medical Center", "LOC"},
		{"along|O with|O former|O Major|O|amod|6|ADJ League|B-PER|compound|7|PROPN Baseball|I-PER|compound|7|PROPN pitcher|O|nmod|2|NOUN Octavio|B-PER Dotel|I-PER", "Major League Baseball", "ORG"},
	})
	checkNoEntity(t, g, []string{"the|O work|O of|O Julian|O|compound|5|PROPN White|B-ORG|nmod|2|PROPN ,|O"},
		func(e extract.Entity) bool { return e.Name == "Julian White" && e.Type == "ORG" })
}

// TestTradeNamed checks that a word the recogniser took for a small
// town's joins the company whose two-word name it opens with a trade,
// and that a legal form's name keeps it when both are in the article.
func TestTradeNamed(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		name, typ string
		n         int
		sents     []string
	}{
		{"Mahan Air", "ORG", 2, []string{"Germany|B-LOC banned|O Mahan|B-ORG Air|I-ORG .|O", "Mahan|B-LOC flies|O to|O Syria|B-LOC .|O"}},
		{"Cairn Energy", "ORG", 2, []string{"Cairn|B-ORG Energy|I-ORG rose|O .|O", "Cairn|B-LOC said|O so|O .|O"}},
		// not after a preposition of place
		{"Asahi Breweries", "ORG", 2, []string{"Asahi|B-ORG Breweries|I-ORG grew|O .|O", "Asahi|B-LOC said|O so|O .|O"}},
		{"Asahi Breweries", "ORG", 1, []string{"Asahi|B-ORG Breweries|I-ORG grew|O .|O", "They|O met|O in|O Asahi|B-LOC .|O"}},
		// a legal form's name first
		{"Greenwood Resources Inc", "ORG", 2, []string{"Greenwood|B-ORG Resources|I-ORG Inc|I-ORG and|O Greenwood|B-ORG Holdings|I-ORG grew|O .|O", "Greenwood|B-LOC said|O so|O .|O"}},
	} {
		doc, text := docOf(c.sents...)
		wantEntity(t, Resolve(doc, text, g), c.name, c.typ, c.n)
	}
}

// TestAfterFirmPlural checks that a name alone after a plural noun for
// people of a trade is their firm, not a person: not a list of names,
// nor a name opening with a given name, nor one after a singular noun.
func TestAfterFirmPlural(t *testing.T) {
	tests := []docTypesCase{
		{"a firm after its trade's people", []string{
			"a|O|det|2|DET report|O|root|0|NOUN from|O|case|4|ADP analysts|O|nmod|2|NOUN Gartner|B-PER|flat|4|PROPN",
			"telecom|O|compound|2|NOUN analysts|O|root|0|NOUN Ovum|B-PER|nsubj|4|PROPN welcomed|O|acl:relcl|2|VERB it|O|obj|4|PRON",
		}, map[string]string{"Gartner": "ORG", "Ovum": "ORG"}},
		{"a list of persons", []string{
			"consultants|O|nsubj|4|NOUN Hoskins|B-PER|appos|1|PROPN and|O|cc|4|CCONJ Blethyn|B-PER|conj|2|PROPN left|O|root|0|VERB",
		}, map[string]string{"Hoskins": "PERSON", "Blethyn": "PERSON"}},
		{"a given name", []string{
			"said|O|root|0|VERB analysts|O|nsubj|1|NOUN Paul|B-PER|appos|2|PROPN Giamatti|I-PER|flat|3|PROPN",
		}, map[string]string{"Paul Giamatti": "PERSON"}},
		{"a singular noun, or a verb", []string{
			"said|O|root|0|VERB analyst|O|nsubj|1|NOUN Giamatti|B-PER|appos|2|PROPN",
			"he|O|nsubj|2|PRON engineers|O|root|0|VERB Sidoli|B-PER|nmod:poss|4|PROPN comeback|O|obj|2|NOUN",
		}, map[string]string{"Giamatti": "PERSON", "Sidoli": "PERSON"}},
	}
	checkDocTypes(t, defaultGazetteer(t), tests)
}

// TestOfficeHolderSplit checks that one span running a body's name, a
// title and a person's name together names the body and the person, and
// that a span with no body's head, or no given name after the title,
// stays whole.
func TestOfficeHolderSplit(t *testing.T) {
	tests := []docTypesCase{
		{"a body, a title and a person", []string{
			"Bureau|B-ORG|nsubj:pass|8|PROPN of|I-ORG|case|3|ADP Immigration|I-ORG|nmod|1|PROPN Commissioner|I-ORG|flat|3|PROPN Norman|I-ORG|amod|6|ADJ Tansingco|I-ORG|nsubj:pass|8|PROPN was|O|aux:pass|8|AUX relieved|O|root|0|VERB",
			"Bank|B-ORG|nsubj|7|PROPN of|I-ORG|case|3|ADP England|I-ORG|nmod|1|PROPN Deputy|I-ORG|compound|5|PROPN Governor|I-ORG|compound|6|PROPN Ben|I-ORG|compound|7|PROPN Broadbent|I-ORG|nsubj|8|PROPN said|O|root|0|VERB",
		}, map[string]string{"Bureau of Immigration": "ORG", "Norman Tansingco": "PERSON", "Bank of England": "ORG", "Ben Broadbent": "PERSON"}},
		{"no body's head, or no given name", []string{
			"Lake|B-LOC|nsubj|7|PROPN of|I-LOC|case|3|ADP Geneva|I-LOC|nmod|1|PROPN Commissioner|I-LOC|flat|3|PROPN Norman|I-LOC|flat|3|PROPN Tansingco|I-LOC|flat|3|PROPN said|O|root|0|VERB",
			"Bureau|B-ORG|nsubj|7|PROPN of|I-ORG|case|3|ADP Immigration|I-ORG|nmod|1|PROPN Commissioner|I-ORG|flat|3|PROPN Awards|I-ORG|flat|3|PROPN Scheme|I-ORG|flat|3|PROPN said|O|root|0|VERB",
		}, map[string]string{"Lake of Geneva Commissioner Norman Tansingco": "LOC", "Bureau of Immigration Commissioner Awards Scheme": "ORG"}},
	}
	checkDocTypes(t, defaultGazetteer(t), tests)
}

// TestOriginPlaces checks that a known place's name written close before
// a hyphen and an origin word is a place, and that neither a name the
// gazetteer does not know as a place, nor another word after the hyphen,
// nor a spaced dash makes one.
func TestOriginPlaces(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tt := range []struct {
		sent, name  string
		close, want bool
	}{
		{"the|O Hereford|O -|O born|O nurse|O", "Hereford", true, true},
		{"a|O Tamil|O Nadu|O -|O based|O firm|O", "Tamil Nadu", true, true},
		{"the|O Hereford|O -|O trained|O nurse|O", "Hereford", true, false},
		{"a|O Hollyoaks|O -|O born|O star|O", "Hollyoaks", true, false},
		{"the|O Hereford|O -|O born|O nurse|O", "Hereford", false, false},
		{"the|O German|O -|O born|O nurse|O", "German", true, false},
	} {
		s, text := sentenceOf(tt.sent)
		for i := range s.Tokens {
			if tt.close && i+1 < len(s.Tokens) && (s.Tokens[i+1].Text == "-" || s.Tokens[i].Text == "-") {
				s.Tokens[i].SpaceAfter = false // "Hereford-born"
			}
		}
		_, ok := entityNamed(Resolve([]nlp.Sentence{s}, text, g), tt.name)
		if ok != tt.want {
			t.Errorf("%q (close %v): entity %q found %v, want %v", tt.sent, tt.close, tt.name, ok, tt.want)
		}
	}
}
