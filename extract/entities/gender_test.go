package entities

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/shareddata"
)

// TestGenerateGivenSex rebuilds givensex.tsv.gz from the gazetteer's name
// lists when KG_GEN_GIVENSEX=1.
func TestGenerateGivenSex(t *testing.T) {
	if os.Getenv("KG_GEN_GIVENSEX") == "" {
		t.Skip("set KG_GEN_GIVENSEX=1 to rebuild givensex.tsv.gz")
	}
	dir := filepath.Join(sharedDataDir(t), "gazetteer")
	counts := map[string][2]int{} // name → births M, F
	read := func(file string, row func([]string)) {
		f, err := os.Open(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Scan() // header
		for sc.Scan() {
			row(strings.Split(sc.Text(), "\t"))
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	read("given-names.tsv", func(c []string) {
		if len(c) < 3 {
			return
		}
		n, _ := strconv.Atoi(c[2])
		k := strings.ToLower(c[0])
		v := counts[k]
		if c[1] == "M" {
			v[0] += n
		} else {
			v[1] += n
		}
		counts[k] = v
	})
	out := map[string]string{}
	for k, v := range counts {
		total := v[0] + v[1]
		switch {
		case total < 20: // too rare to say
		case float64(v[0]) >= 0.9*float64(total):
			out[k] = "M"
		case float64(v[1]) >= 0.9*float64(total):
			out[k] = "F"
		}
	}
	yago := map[string]string{}
	read("given-names-yago.tsv", func(c []string) {
		if len(c) < 2 {
			return
		}
		k := strings.ToLower(c[0])
		if s, ok := yago[k]; ok && s != c[1] {
			yago[k] = "?"
			return
		}
		yago[k] = c[1]
	})
	for k, s := range yago {
		if _, ok := out[k]; !ok && (s == "M" || s == "F") {
			if _, known := counts[k]; !known {
				out[k] = s
			}
		}
	}
	names := make([]string, 0, len(out))
	for k := range out {
		names = append(names, k)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, k := range names {
		fmt.Fprintf(zw, "%s\t%s\n", k, out[k])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("givensex.tsv.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d names, %d bytes", len(names), buf.Len())
}

func sharedDataDir(t testing.TB) string {
	t.Helper()
	return shareddata.Path(t)
}

// givenSexCases: names from the SSA list with a clear majority (counts in
// ../shared/data/gazetteer/given-names.tsv), and one it does not decide.
var givenSexCases = []struct {
	name string
	want sex
}{
	{"Carrie", sexFemale}, {"Joshua", sexMale}, {"ANGELA", sexFemale}, {"Sergei", sexMale},
	{"Morgan", sexUnknown}, // 83% F: not clear enough
	{"Xqzw", sexUnknown},
}

func TestGivenNameSex(t *testing.T) {
	for _, c := range givenSexCases {
		if got := givenNameSex(c.name); got != c.want {
			t.Errorf("givenNameSex(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}

func TestReadGivenSexBad(t *testing.T) {
	if _, err := readGivenSex(strings.NewReader("not gzip")); err == nil {
		t.Error("no error on bad data")
	}
}

// sent builds a parsed sentence from "word/UPOS/head/deprel/entity" items
// (head 1-based as in nlp.Token, 0 for the root, entity "" for O).
func sent(items ...string) nlp.Sentence {
	var s nlp.Sentence
	for _, it := range items {
		f := strings.Split(it, "/")
		h, _ := strconv.Atoi(f[2])
		tag := "O"
		if f[4] != "" {
			tag = f[4]
		}
		s.Tokens = append(s.Tokens, nlp.Token{Text: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], Head: h, Deprel: f[3], Entity: tag, SpaceAfter: true})
	}
	return s
}

// pronounCase is a sentence, the indexes of pronouns in it and the names
// of the entities they should stand for ("" = unresolved).
type pronounCase struct {
	name string
	s    nlp.Sentence
	at   []int
	want []string
}

// nameAt returns the name of the entity at token ti of sentence si, or "".
func nameAt(d *Doc, si, ti int) string {
	if e, ok := d.EntityAt(si, ti); ok {
		return d.Entities[e].Name
	}
	return ""
}

// checkPronouns resolves each case's sentence alone and checks its
// pronouns.
func checkPronouns(t *testing.T, cases []pronounCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := Resolve([]nlp.Sentence{tt.s}, "", nil)
			for i, k := range tt.at {
				if got := nameAt(d, 0, k); got != tt.want[i] {
					t.Errorf("%s (token %d) → %q, want %q", tt.s.Tokens[k].Text, k, got, tt.want[i])
				}
			}
		})
	}
}

// TestPossessiveSubject: a possessive refers to its clause's subject
// before a person named nearer in a phrase, but not past a person object
// nor out of a list it is in.
func TestPossessiveSubject(t *testing.T) {
	tests := []pronounCase{
		{"a person in a phrase between", sent("Anelka/PROPN/2/nsubj/B-PER", "played/VERB/0/root/", "under/ADP/4/case/",
			"Houllier/PROPN/2/obl/B-PER", "before/SCONJ/6/mark/", "sealing/VERB/2/advcl/", "his/PRON/8/nmod:poss/",
			"switch/NOUN/6/obj/", "./PUNCT/2/punct/"), []int{6}, []string{"Anelka"}},
		{"a person object", sent("Duncan/PROPN/2/nsubj/B-PER", "accused/VERB/0/root/", "Mr/PROPN/2/obj/",
			"Brown/PROPN/3/flat/B-PER", "of/SCONJ/6/mark/", "missing/VERB/3/acl/", "his/PRON/8/nmod:poss/",
			"target/NOUN/6/obj/", "./PUNCT/2/punct/"), []int{6}, []string{"Brown"}},
		{"listed with a person", sent("McNulty/PROPN/2/nsubj/B-PER", "said/VERB/0/root/", "Sankus/PROPN/2/ccomp/B-PER",
			"and/CCONJ/6/cc/", "his/PRON/6/nmod:poss/", "gang/NOUN/3/conj/", "operated/VERB/6/acl/", "./PUNCT/2/punct/"), []int{4}, []string{"Sankus"}},
	}
	checkPronouns(t, tests)
}

// TestObjectNotSubject: "him" or "her" as a verb's object is not its
// subject; the possessive "her" may be, whatever the parse.
func TestObjectNotSubject(t *testing.T) {
	tests := []pronounCase{
		{"object", sent("Rooney/PROPN/4/obl/B-PER", "missed/VERB/0/root/", ",/PUNCT/5/punct/", "Taylor/PROPN/5/nsubj/B-PER",
			"showed/VERB/2/conj/", "him/PRON/5/obj/", "how/ADV/5/advmod/"), []int{5}, []string{"Rooney"}},
		{"a possessive read as an object", sent("Britney/PROPN/3/nsubj/B-PER", "Spears/PROPN/1/flat/I-PER", "won/VERB/0/root/",
			"her/PRON/3/obj/", "first/ADV/6/advmod/", "Grammy/PROPN/3/obl/", "./PUNCT/3/punct/"), []int{3}, []string{"Britney Spears"}},
	}
	checkPronouns(t, tests)
}

// TestQuoteSpeaker: a pronoun in a quotation is not its speaker.
func TestQuoteSpeaker(t *testing.T) {
	said := func(s nlp.Sentence, k int) nlp.Sentence {
		s.Tokens[k].Lemma = "say"
		return s
	}
	checkPronouns(t, []pronounCase{
		{"speaker after", said(sent("Keegan/PROPN/2/nsubj/B-PER", "praised/VERB/0/root/", "Ferdinand/PROPN/2/obj/B-PER",
			":/PUNCT/2/punct/", "\"/PUNCT/7/punct/", "He/PRON/7/nsubj/", "worked/VERB/2/parataxis/", ",/PUNCT/7/punct/",
			"\"/PUNCT/7/punct/", "Keegan/PROPN/11/nsubj/B-PER", "said/VERB/7/parataxis/", "./PUNCT/2/punct/"), 10), []int{5}, []string{"Ferdinand"}},
		{"speaker before", said(sent("Souness/PROPN/2/nsubj/B-PER", "said/VERB/0/root/", "of/ADP/4/case/", "Bellamy/PROPN/2/obl/B-PER",
			":/PUNCT/2/punct/", "\"/PUNCT/7/punct/", "He/PRON/7/nsubj/", "left/VERB/2/parataxis/", "./PUNCT/7/punct/",
			"\"/PUNCT/7/punct/"), 1), []int{6}, []string{"Bellamy"}},
		{"a reported clause quoted after its subject", said(sent("Kelly/PROPN/2/nsubj/B-PER", "said/VERB/0/root/", "she/PRON/6/nsubj/",
			"\"/PUNCT/6/punct/", "would/AUX/6/aux/", "leave/VERB/2/ccomp/", "before/SCONJ/9/mark/", "she/PRON/9/nsubj/",
			"ate/VERB/6/advcl/", "\"/PUNCT/6/punct/", "./PUNCT/2/punct/"), 1), []int{7}, []string{"Kelly"}},
	})
}

// TestPronounSex: a pronoun skips the nearer person of the other sex.
func TestPronounSex(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Joshua/PROPN/3/nsubj/B-PER", "Wong/PROPN/1/flat/I-PER", "met/VERB/0/root/", "Carrie/PROPN/3/obj/B-PER", "Lam/PROPN/4/flat/I-PER", "./PUNCT/3/punct/"),
		sent("She/PRON/2/nsubj/", "left/VERB/0/root/", "./PUNCT/2/punct/"),
		sent("Carrie/PROPN/3/nsubj/B-PER", "Lam/PROPN/1/flat/I-PER", "thanked/VERB/0/root/", "Joshua/PROPN/3/obj/B-PER", "Wong/PROPN/4/flat/I-PER", "./PUNCT/3/punct/"),
		sent("He/PRON/2/nsubj/", "left/VERB/0/root/", "./PUNCT/2/punct/"),
	}
	d := Resolve(doc, "", nil)
	for _, c := range []struct {
		sent int
		want string
	}{{1, "Carrie Lam"}, {3, "Joshua Wong"}} {
		e, ok := d.EntityAt(c.sent, 0)
		if !ok || d.Entities[e].Name != c.want {
			t.Errorf("pronoun of sentence %d: got %v %v, want %s", c.sent, e, ok, c.want)
		}
	}
}

// TestNeuterPronouns: "its" goes to the subject organisation or place, a
// fronted "its" to the following subject, an expletive "it" nowhere.
func TestNeuterPronouns(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Germany/PROPN/2/nsubj/B-LOC", "banned/VERB/0/root/", "Iran/PROPN/2/obj/B-LOC", "./PUNCT/2/punct/"),
		sent("Its/PRON/2/nmod:poss/", "army/NOUN/3/nsubj/", "left/VERB/0/root/", "./PUNCT/3/punct/"),
		sent("It/PRON/2/nsubj/", "seems/VERB/0/root/", "odd/ADJ/2/xcomp/", "./PUNCT/2/punct/"),
		sent("Because/ADP/4/case/", "of/ADP/1/fixed/", "its/PRON/4/nmod:poss/", "drilling/NOUN/0/root/", ",/PUNCT/7/punct/",
			"Iran/PROPN/7/nsubj/B-LOC", "left/VERB/4/conj/", "Germany/PROPN/7/obj/B-LOC", "./PUNCT/4/punct/"),
	}
	d := Resolve(doc, "", nil)
	for _, c := range []struct {
		sent, tok int
		want      string
	}{{1, 0, "Germany"}, {2, 0, ""}, {3, 2, "Iran"}} {
		got := ""
		if e, ok := d.EntityAt(c.sent, c.tok); ok {
			got = d.Entities[e].Name
		}
		if got != c.want {
			t.Errorf("pronoun s%d t%d: got %q, want %q", c.sent, c.tok, got, c.want)
		}
	}
}

// TestPersonNames: a place span after a person's title, or starting with a
// given name, is a person; a place named after one ("Golan Heights") and a
// company ("Philip Morris" as ORG) are not.
func TestPersonNames(t *testing.T) {
	doc := []nlp.Sentence{
		sent("president/NOUN/2/nmod:desc/", "Vladimir/PROPN/0/root/B-LOC", "Putin/PROPN/2/flat/I-LOC"),
		sent("Carrie/PROPN/0/root/B-LOC", "Lam/PROPN/1/flat/I-LOC"),
		sent("Philip/PROPN/0/root/B-ORG", "Morris/PROPN/1/flat/I-ORG"),
	}
	doc = append(doc, sent("Golan/PROPN/0/root/B-LOC", "Heights/PROPN/1/flat/I-LOC"))
	doc[3].Tokens[1].XPOS = "NNPS"
	doc = append(doc, sent("London-based/ADJ/2/amod/", "Al-Araby/PROPN/0/root/B-PER", "Al-Jadeed/PROPN/2/flat/I-PER"))
	d := Resolve(doc, "", nil)
	for _, c := range []struct {
		sent int
		want string
	}{{0, "PERSON"}, {1, "PERSON"}, {2, "ORG"}, {3, "LOC"}, {4, "ORG"}} {
		e, ok := d.EntityAt(c.sent, 1)
		if !ok || d.Entities[e].Type != c.want {
			t.Errorf("sentence %d: %v %v, want %s", c.sent, e, ok, c.want)
		}
	}
}

// TestPropagate: a name tagged once is a mention wherever it recurs
// untagged, but not inside a longer capitalised name.
func TestPropagate(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Cuba/PROPN/2/nsubj/B-LOC", "protested/VERB/0/root/", "./PUNCT/2/punct/"),
		sent("The/DET/2/det/", "minister/NOUN/0/root/", "of/ADP/4/case/", "Cuba/PROPN/2/nmod/", "left/VERB/2/acl/"),
		sent("The/DET/3/det/", "Cuba/PROPN/3/compound/", "Libre/PROPN/0/root/"),
	}
	d := Resolve(doc, "", nil)
	if e, ok := d.EntityAt(1, 3); !ok || d.Entities[e].Name != "Cuba" {
		t.Errorf("untagged Cuba not propagated: %v %v", e, ok)
	}
	if _, ok := d.EntityAt(2, 1); ok {
		t.Error("Cuba inside Cuba Libre tagged")
	}
}

// TestSplitJoined: "[Trump on Twitter]" tagged as one name is Donald Trump.
func TestSplitJoined(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Donald/PROPN/3/nsubj/B-PER", "Trump/PROPN/1/flat/I-PER", "left/VERB/0/root/"),
		sent("Bolton/PROPN/2/nsubj/B-PER", "thanked/VERB/0/root/", "Trump/PROPN/2/obj/B-ORG", "on/ADP/5/case/I-ORG", "Twitter/PROPN/3/nmod/I-ORG"),
	}
	d := Resolve(doc, "", nil)
	if e, ok := d.EntityAt(1, 2); !ok || d.Entities[e].Name != "Donald Trump" {
		t.Errorf("Trump on Twitter: %v %v", e, ok)
	}
	for _, e := range d.Entities {
		if e.Name == "Trump on Twitter" || e.Name == "" {
			t.Errorf("entity %q left over", e.Name)
		}
	}
}

// TestHonorifics: "[Ms Hewitt]" tagged as an organisation, and an untagged
// "Ms Hewitt", are Patricia Hewitt.
func TestHonorifics(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Patricia/PROPN/3/nsubj/B-PER", "Hewitt/PROPN/1/flat/I-PER", "spoke/VERB/0/root/"),
		sent("Ms/PROPN/3/nsubj/B-ORG", "Hewitt/PROPN/1/flat/I-ORG", "said/VERB/0/root/"),
		sent("Ms/NOUN/3/nsubj/", "Hewitt/PROPN/1/flat/", "left/VERB/0/root/"),
	}
	d := Resolve(doc, "", nil)
	for s := 1; s <= 2; s++ {
		if e, ok := d.EntityAt(s, 1); !ok || d.Entities[e].Name != "Patricia Hewitt" || d.Entities[e].Type != "PERSON" {
			t.Errorf("sentence %d: Hewitt is %v %v", s, e, ok)
		}
		if _, ok := d.EntityAt(s, 0); ok {
			t.Errorf("sentence %d: the honorific is part of the name", s)
		}
	}
}

// TestGenericGroup: "the group" refers back to the salient organisation
// even when none was introduced as a group.
func TestGenericGroup(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Troops/NOUN/2/nsubj/", "fought/VERB/0/root/", "ISIS/PROPN/2/obj/B-ORG", "./PUNCT/2/punct/"),
		sent("The/DET/2/det/", "group/NOUN/3/nsubj/", "retreated/VERB/0/root/", "./PUNCT/3/punct/"),
	}
	d := Resolve(doc, "", nil)
	if e, ok := d.EntityAt(1, 1); !ok || d.Entities[e].Name != "ISIS" {
		t.Errorf("the group: %v %v", e, ok)
	}
}

// TestOrgNames: untagged organisation names are found; people, laws and
// dates are kept out of them; a parliament's name alone is its own
// organisation ("Members of Parliament", "addressed Parliament on
// Thursday"), not a law's part ("the Parliament Act").
func TestOrgNames(t *testing.T) {
	doc := []nlp.Sentence{
		sent("The/DET/2/det/", "Parliament/NOUN/5/nsubj/", "of/ADP/4/case/", "Iraq/PROPN/2/nmod/B-LOC", "voted/VERB/0/root/"),
		sent("Cinema/NOUN/0/root/", "for/ADP/4/case/", "Peace/NOUN/4/compound/", "Foundation/NOUN/1/nmod/"),
		sent("Members/NOUN/0/root/", "of/ADP/3/case/", "Parliament/NOUN/1/nmod/"),
		sent("He/PRON/2/nsubj/", "addressed/VERB/0/root/", "Parliament/PROPN/2/obj/", "on/ADP/5/case/", "Thursday/PROPN/2/obl/"),
		sent("The/DET/3/det/", "Parliament/PROPN/3/compound/", "Act/PROPN/0/root/"),
		sent("The/DET/2/det/", "Office/PROPN/0/root/", "of/ADP/6/case/", "the/DET/6/det/", "UN/PROPN/6/compound/B-ORG", "Rights/PROPN/2/nmod/I-ORG"),
		sent("Neaptide/PROPN/0/root/", "for/ADP/5/case/", "the/DET/5/det/", "National/PROPN/5/compound/B-ORG", "Theatre/PROPN/1/nmod/I-ORG"),
		sent("The/DET/2/det/", "Ministry/PROPN/6/nsubj/", "of/ADP/5/case/", "the/DET/5/det/", "Interior/PROPN/2/nmod/", "said/VERB/0/root/"),
		sent("Governor/PROPN/0/root/", "of/ADP/4/case/", "the/DET/4/det/", "Bank/PROPN/1/nmod/", "of/ADP/6/case/", "England/PROPN/4/nmod/B-LOC"),
		sent("The/DET/2/det/", "Ministry/PROPN/6/nsubj/B-ORG", "of/ADP/5/case/I-ORG", "Foreign/ADJ/5/amod/I-ORG", "Affairs/NOUN/2/nmod/", "said/VERB/0/root/"),
		sent("People/PROPN/4/nmod:poss/B-ORG", "'s/PART/1/case/", "Protection/PROPN/4/compound/", "Units/PROPN/0/root/"),
		sent("Microsoft/PROPN/5/nmod:poss/B-ORG", "'s/PART/1/case/", "Media/PROPN/4/compound/", "Center/PROPN/0/root/"),
		sent("The/DET/2/det/", "Fed/PROPN/3/nsubj/", "held/VERB/0/root/", "rates/NOUN/3/obj/"),
	}
	doc[10].Tokens[0].XPOS = "NNPS" // a plural word opens the name; a company's name owns
	doc[10].Tokens[0].SpaceAfter = false
	d := Resolve(doc, "", nil)
	for _, c := range []struct {
		sent, tok int
		want      string
	}{{0, 1, "Parliament of Iraq"}, {1, 0, "Cinema for Peace Foundation"}, {2, 2, "Parliament"}, {3, 2, "Parliament"}, {4, 1, ""}, {5, 1, "Office of the UN Rights"}, {6, 0, ""}, {7, 1, "Ministry of the Interior"}, {8, 0, ""}, {8, 3, "Bank of England"}, {9, 4, "Ministry of Foreign Affairs"}, {10, 3, "People's Protection Units"}, {11, 0, "Microsoft"}, {12, 1, "Fed"}} {
		got := ""
		if e, ok := d.EntityAt(c.sent, c.tok); ok {
			got = d.Entities[e].Name
		}
		if got != c.want {
			t.Errorf("sentence %d token %d: %q, want %q", c.sent, c.tok, got, c.want)
		}
	}
}

// TestPatronymic: "Qaboos" alone is "Qaboos bin Said".
func TestPatronymic(t *testing.T) {
	doc := []nlp.Sentence{
		sent("Qaboos/PROPN/4/nsubj/B-PER", "bin/PROPN/1/flat/I-PER", "Said/PROPN/1/flat/I-PER", "died/VERB/0/root/"),
		sent("Qaboos/PROPN/2/nsubj/B-PER", "ruled/VERB/0/root/"),
	}
	d := Resolve(doc, "", nil)
	if e, ok := d.EntityAt(1, 0); !ok || d.Entities[e].Name != "Qaboos bin Said" {
		t.Errorf("Qaboos: %v %v", e, ok)
	}
}

// TestPluralOrganisation: "they" and "their" refer to an organisation the
// article names with a verb in the plural ("Bolton were"), as the subject
// before them in their sentence or of the sentence before; not to one
// named in the singular, nor to one of a list, nor past a subject after
// "their".
func TestPluralOrganisation(t *testing.T) {
	bolton := sent("Bolton/PROPN/3/nsubj/B-ORG", "were/AUX/3/aux/", "creating/VERB/0/root/", "little/ADJ/3/obj/",
		"and/CCONJ/7/cc/", "they/PRON/7/nsubj/", "seemed/VERB/3/conj/", "content/ADJ/7/xcomp/", "./PUNCT/3/punct/")
	acme := sent("Acme/PROPN/2/nsubj/B-ORG", "said/VERB/0/root/", "they/PRON/5/nsubj/", "would/AUX/5/aux/",
		"appeal/VERB/2/ccomp/", "./PUNCT/2/punct/")
	fiat := sent("Fiat/PROPN/5/nsubj/B-ORG", "and/CCONJ/3/cc/", "GM/PROPN/1/conj/B-ORG", "were/AUX/5/aux/",
		"ending/VERB/0/root/", "their/PRON/7/nmod:poss/", "alliance/NOUN/5/obj/", "./PUNCT/5/punct/")
	checkPronouns(t, []pronounCase{
		{"a plural verb before", bolton, []int{5}, []string{"Bolton"}},
		{"in the singular", acme, []int{2}, []string{""}},
		{"in a list", fiat, []int{5}, []string{""}},
	})
	newcastle := sent("Newcastle/PROPN/3/nsubj/B-ORG", "were/AUX/3/aux/", "fined/VERB/0/root/", "./PUNCT/3/punct/")
	for _, tc := range []struct {
		name string
		next nlp.Sentence
		at   int
		want string
	}{
		{"the previous sentence's subject", sent("They/PRON/2/nsubj/", "appealed/VERB/0/root/", "./PUNCT/2/punct/"), 0, "Newcastle"},
		{"a subject after their", sent("To/PART/2/mark/", "keep/VERB/8/advcl/", "their/PRON/4/nmod:poss/", "players/NOUN/2/obj/",
			",/PUNCT/2/punct/", "some/DET/7/det/", "clubs/NOUN/8/nsubj/", "paid/VERB/0/root/", "./PUNCT/8/punct/"), 2, ""},
	} {
		d := Resolve([]nlp.Sentence{newcastle, tc.next}, "", nil)
		if got := nameAt(d, 1, tc.at); got != tc.want {
			t.Errorf("%s: %s → %q, want %q", tc.name, tc.next.Tokens[tc.at].Text, got, tc.want)
		}
	}
}
