package triples

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/clean"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tokenize"
)

// fullPipeline runs kg's whole analysis (cleaning, tokenising, tagging,
// lemmatising, parsing, entity recognition) on an article's text, as
// extract/pipeline does, and then Resolve and Extract.
func fullPipeline(t testing.TB, a *analyzer, nr *ner.Recognizer, art extract.Article, opts Options) (*entities.Doc, []extract.Triple) {
	t.Helper()
	return fullPipelineDoc(t, a, nr, art, opts, nil)
}

// fullPipelineDoc is fullPipeline that also writes the analysed sentences
// as CoNLL-U to dump when dump is not nil.
func fullPipelineDoc(t testing.TB, a *analyzer, nr *ner.Recognizer, art extract.Article, opts Options, dump *[]string) (*entities.Doc, []extract.Triple) {
	t.Helper()
	text := art.Text
	tk := tokenize.New()
	var doc []nlp.Sentence
	for _, sp := range clean.Paragraphs(text) {
		n := len(doc)
		doc = tk.SplitAppend(doc, text[sp.Start:sp.End])
		for i := n; i < len(doc); i++ {
			s := &doc[i]
			s.Start += sp.Start
			s.End += sp.Start
			for k := range s.Tokens {
				s.Tokens[k].Start += sp.Start
				s.Tokens[k].End += sp.Start
			}
			s.Text = text[s.Start:s.End]
		}
	}
	for i := range doc {
		a.analyze(&doc[i])
	}
	nr.Recognize(doc)
	for i := range doc {
		// names the recogniser found are proper nouns; extract/pipeline
		// parses after retagging, which gives the same trees as parsing
		// the retagged sentences again
		if entities.RetagNames(&doc[i]) {
			a.ps.Parse(&doc[i])
		}
	}
	if dump != nil {
		var b strings.Builder
		writeGold(&b, doc)
		*dump = append(*dump, b.String())
	}
	ents := entities.Resolve(doc, text, testGazetteer(t))
	return ents, Extract(doc, ents, art, opts)
}

func newRecognizer(t testing.TB) *ner.Recognizer {
	t.Helper()
	nr, err := ner.Default()
	if err != nil {
		t.Fatalf("entity recogniser: %v", err)
	}
	return nr
}

// TestSeedFullPipeline: the six triples issue #2 requires come out of the
// reference article through the trained models, with canonical entities
// and no PERSON named Tripoli.
func TestSeedFullPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	raw, err := os.ReadFile(filepath.Join(sharedData(t), "seed", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ents, ts := fullPipeline(t, newAnalyzer(t), newRecognizer(t), extract.Article{ID: "seed", Text: string(raw)}, Options{})
	for _, tr := range ts {
		t.Logf("%s", tripleString(tr))
	}
	// and, beyond the six, facts whose sentences the models misparse:
	// "the LNA is now facing fierce resistance not only from Daesh
	// (ISIS/ISIL) but also from al-Qaeda" (Daesh parsed as the object,
	// al-Qaeda hung on "also")
	extra := []wantTriple{
		{subject: "Libyan National Army", relation: "face", object: "Daesh"},
		{subject: "Libyan National Army", relation: "face", object: "al-Qaeda"},
		{subject: "Ahmed al-Mismari", relation: "spokesman of", object: "Libyan National Army"},
		{subject: "Sergei Lavrov", relation: "foreign minister of", object: "Russia"},
		{subject: "Al-Araby Al-Jadeed", relation: "be based in", object: "London"},
	}
	for _, w := range append(append([]wantTriple{}, seedRequired...), extra...) {
		if _, ok := findTriple(ts, -1, w); !ok {
			t.Errorf("missing %s | %s | %s", w.subject, w.relation, w.object)
		}
	}
	for _, e := range ents.Entities {
		if e.Name == "Daesh" && e.Type != "ORG" {
			t.Errorf("Daesh (ISIS/ISIL) typed %s", e.Type)
		}
		if e.Name == "Tripoli" && e.Type == "PERSON" {
			t.Error("Tripoli is a PERSON")
		}
		for _, a := range e.Aliases {
			if (a == "Haftar" && e.Name != "Khalifa Haftar") || (a == "LNA" && e.Name != "Libyan National Army") {
				t.Errorf("alias %q under %q", a, e.Name)
			}
		}
	}
}

type goldFact struct {
	article, subject string
	relations        []string
	object           string
	heldOut          string // "" for the tuning set, else the held-out set's label
}

func readWikinewsGold(t testing.TB) []goldFact {
	f, err := os.Open(filepath.Join("testdata", "wikinews-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldFact
	heldOut := "" // label of the last "# Held-out ..." line
	final := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "# Held-out") {
			heldOut, _, _ = strings.Cut(strings.TrimPrefix(l, "# "), ",")
			// a set kept for the final measurement is read only when
			// asked for, so that nobody tunes on it by accident
			final = strings.Contains(l, "final measurement") && os.Getenv("KG_GOLD_FINAL") == ""
		}
		if l == "" || l[0] == '#' || final {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 4 {
			t.Fatalf("bad gold line %q", l)
		}
		out = append(out, goldFact{c[0], c[1], strings.Split(c[2], "|"), c[3], heldOut})
	}
	return out
}

// nameMatches reports whether a gold name names the predicted entity.
func nameMatches(gold, pred string, ents *entities.Doc) bool {
	if strings.EqualFold(gold, pred) {
		return true
	}
	for _, e := range ents.Entities {
		if e.Name != pred {
			continue
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, gold) {
				return true
			}
		}
	}
	return false
}

// relMatches: the predicted relation has the gold relation's words in
// order ("former president of" has "president of"), or the same head word.
func relMatches(golds []string, pred string) bool {
	pf := strings.Fields(pred)
	for _, g := range golds {
		gf := strings.Fields(g)
		if len(gf) > 0 && len(pf) > 0 && gf[0] == pf[0] {
			return true
		}
		j := 0
		for _, w := range pf {
			if j < len(gf) && gf[j] == w {
				j++
			}
		}
		if j == len(gf) {
			return true
		}
	}
	return false
}

// TestWikinewsGold measures precision and recall of the graph triples on
// the hand-written gold facts of testdata/wikinews-gold.tsv, and checks
// that confidence means something: the more confident half of the
// predictions is more precise than the less confident half.
func TestWikinewsGold(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	gold := readWikinewsGold(t)
	want := map[string][]goldFact{}
	for _, g := range gold {
		want[g.article] = append(want[g.article], g)
	}
	f, err := os.Open(filepath.Join(sharedData(t), "wikinews", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, nr := newAnalyzer(t), newRecognizer(t)
	type scored struct {
		conf    float64
		correct bool
		heldOut string
	}
	var preds []scored
	found := 0
	heldFound, heldGold := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var art extract.Article
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			t.Fatal(err)
		}
		facts := want[art.ID]
		if facts == nil {
			continue
		}
		ents, ts := fullPipeline(t, a, nr, art, Options{})
		hit := make([]bool, len(facts))
		seen := map[string]bool{}
		for _, tr := range ts {
			k := tr.Subject + "\x00" + tr.Relation + "\x00" + tr.Object
			if seen[k] {
				continue
			}
			seen[k] = true
			ok := false
			for i, g := range facts {
				if nameMatches(g.subject, tr.Subject, ents) && nameMatches(g.object, tr.Object, ents) && relMatches(g.relations, tr.Relation) {
					hit[i], ok = true, true
				}
			}
			preds = append(preds, scored{tr.Confidence, ok, facts[0].heldOut})
			mark := "  "
			if ok {
				mark = "ok"
			}
			t.Logf("%s %s", mark, tripleString(tr))
		}
		for i, g := range facts {
			if g.heldOut != "" {
				heldGold[g.heldOut]++
				if hit[i] {
					heldFound[g.heldOut]++
				}
			}
			if hit[i] {
				found++
			} else {
				t.Logf("missed %s | %s | %s", g.subject, strings.Join(g.relations, "/"), g.object)
			}
		}
	}
	correct := 0
	for _, p := range preds {
		if p.correct {
			correct++
		}
	}
	prec := float64(correct) / float64(max(1, len(preds)))
	rec := float64(found) / float64(len(gold))
	t.Logf("Wikinews gold: %d predicted, %d correct, precision %.3f; %d gold, %d found, recall %.3f", len(preds), correct, prec, len(gold), found, rec)
	sets := make([]string, 0, len(heldGold))
	for h := range heldGold {
		sets = append(sets, h)
	}
	sort.Strings(sets)
	for _, h := range sets {
		pred, corr := 0, 0
		for _, p := range preds {
			if p.heldOut == h {
				pred++
				if p.correct {
					corr++
				}
			}
		}
		t.Logf("%s: %d predicted, %d correct, precision %.3f; %d gold, %d found, recall %.3f",
			h, pred, corr, float64(corr)/float64(max(1, pred)), heldGold[h], heldFound[h], float64(heldFound[h])/float64(max(1, heldGold[h])))
	}
	sort.SliceStable(preds, func(i, j int) bool { return preds[i].conf > preds[j].conf })
	half := len(preds) / 2
	var top, bottom int
	for i, p := range preds {
		if p.correct {
			if i < half {
				top++
			} else {
				bottom++
			}
		}
	}
	pt := float64(top) / float64(max(1, half))
	pb := float64(bottom) / float64(max(1, len(preds)-half))
	t.Logf("confidence check: precision of the top half %.3f, bottom half %.3f", pt, pb)
	if pt <= pb {
		t.Errorf("top half by confidence (%.3f) is not more precise than the bottom half (%.3f)", pt, pb)
	}
}

// BenchmarkAnalyzeSeed times the analysis kg does before extraction
// (tokenising, tagging, lemmatising, parsing, entity recognition) on the
// reference article, to compare with BenchmarkExtractSeed.
func BenchmarkAnalyzeSeed(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(sharedData(b), "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	a, nr := newAnalyzer(b), newRecognizer(b)
	tk := tokenize.New()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var doc []nlp.Sentence
		for _, sp := range clean.Paragraphs(text) {
			doc = tk.SplitAppend(doc, text[sp.Start:sp.End])
		}
		for k := range doc {
			a.analyze(&doc[k])
		}
		nr.Recognize(doc)
	}
}
