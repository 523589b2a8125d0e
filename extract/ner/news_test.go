package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
)

// analyse tokenises, tags and recognises text as one article and returns
// its entities as "TYPE\ttext" with their counts.
func analyse(t *testing.T, text string) map[string]int {
	t.Helper()
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := tokenize.New().Split(text)
	for i := range doc {
		tg.Tag(&doc[i])
	}
	mustDefault(t).Recognize(doc)
	return entityCounts(text, doc)
}

func entityCounts(text string, doc []nlp.Sentence) map[string]int {
	out := map[string]int{}
	for _, s := range doc {
		for _, sp := range s.EntitySpans() {
			a, b := s.Tokens[sp.Start].Start, s.Tokens[sp.End-1].End
			if a < 0 || b > len(text) || a > b {
				continue
			}
			out[sp.Type+"\t"+text[a:b]]++
		}
	}
	return out
}

// seedWant are the entities a reader of the reference article sees, with
// their types (issue #3). Each must be found, and never with another type.
var seedWant = []struct{ typ, name string }{
	{"LOC", "Tripoli"},
	{"ORG", "Sputnik"},
	{"PER", "Khalifa Haftar"},
	{"PER", "Haftar"},
	{"ORG", "Libyan National Army"},
	{"ORG", "LNA"},
	{"PER", "Ahmed al-Mismari"},
	{"PER", "al-Mismari"},
	{"PER", "Aguila Saleh"},
	{"PER", "Sergei Lavrov"},
	{"LOC", "Russia"},
	{"LOC", "Libya"},
	{"ORG", "UN Security Council"},
	{"LOC", "Moscow"},
	{"LOC", "Tobruk"},
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(sharedData(t, filepath.Join("seed", "article.txt")))
	if err != nil {
		t.Fatal(err)
	}
	checkEntities(t, analyse(t, string(b)), seedWant, nil)
}

// checkEntities checks that every wanted name is found with its type and
// never with another, and that none of the unwanted spans appear.
func checkEntities(t *testing.T, got map[string]int, want []struct{ typ, name string }, unwanted []string) {
	t.Helper()
	for _, w := range want {
		if got[w.typ+"\t"+w.name] == 0 {
			t.Errorf("%s %q not found", w.typ, w.name)
		}
		for _, other := range EvalTypes {
			if other != w.typ && got[other+"\t"+w.name] > 0 {
				t.Errorf("%q typed %s %d times, want %s", w.name, other, got[other+"\t"+w.name], w.typ)
			}
		}
	}
	for _, u := range unwanted {
		if got[u] > 0 {
			t.Errorf("unwanted entity %q", u)
		}
	}
	if t.Failed() {
		var all []string
		for k, n := range got {
			all = append(all, strings.ReplaceAll(k, "\t", " ")+"×"+strconv.Itoa(n))
		}
		t.Logf("entities: %s", strings.Join(all, "; "))
	}
}

// wikinewsWant are hand-checked entities of Wikinews articles
// (../shared/data/wikinews/articles.jsonl, CC BY 2.5), by article id.
var wikinewsWant = map[string][]struct{ typ, name string }{
	"wikinews-germany-bans-mahan-air-of-iran-citing-security": {
		{"LOC", "Germany"}, {"LOC", "Iran"}, {"ORG", "Mahan Air"}, {"PER", "Angela Merkel"},
		{"PER", "Bashar al-Assad"}, {"PER", "Mike Pompeo"}, {"ORG", "European Union"},
		{"LOC", "Syria"}, {"LOC", "United States"},
	},
	"wikinews-car-bomb-ramming-attack-kills-dozens-at-military-base-in-maidan-wardak": {
		{"LOC", "Afghanistan"}, {"LOC", "Kabul"}, {"ORG", "Taliban"}, {"LOC", "Qatar"},
		{"PER", "Zabiullah Mujahid"}, {"PER", "Zalmay Khalilzad"},
	},
	"wikinews-hong-kong-leader-announces-withdrawal-of-extradition-bill": {
		{"LOC", "Hong Kong"}, {"LOC", "China"}, {"LOC", "Beijing"}, {"PER", "Carrie Lam"},
		{"PER", "Lam"}, {"PER", "Joshua Wong"},
	},
	"wikinews-irans-president-rouhani-tells-foreign-powers-to-leave-persian-gulf": {
		{"PER", "Hassan Rouhani"}, {"PER", "Rouhani"}, {"LOC", "Iran"}, {"LOC", "Saudi Arabia"},
		{"LOC", "Strait of Hormuz"}, {"LOC", "Persian Gulf"}, {"ORG", "United Nations General Assembly"},
	},
}

func TestWikinews(t *testing.T) {
	f, err := os.Open(sharedData(t, filepath.Join("wikinews", "articles.jsonl")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	seen := 0
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		want, ok := wikinewsWant[a.ID]
		if !ok {
			continue
		}
		seen++
		t.Run(a.ID, func(t *testing.T) { checkEntities(t, analyse(t, a.Text), want, nil) })
	}
	if seen != len(wikinewsWant) {
		t.Errorf("found %d of %d articles", seen, len(wikinewsWant))
	}
}
