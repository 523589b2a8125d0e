package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
)

func sharedData(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skip("shared data not present")
	}
	return p
}

// bbc reads the first n articles of the BBC corpus.
func bbc(tb testing.TB, n int) []extract.Article {
	tb.Helper()
	f, err := os.Open(sharedData(tb, "news/bbc.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []extract.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(out) < n {
		var a extract.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func TestAnalyzeOffsets(t *testing.T) {
	p, err := New(Stages{Tokenizer: tokenize.New()}, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Listen Live\n\nKhalifa Haftar visited Russia in late November. He met Sergei Lavrov.\n\n© REUTERS / X\n"
	doc := p.Analyze(text)
	if len(doc) != 2 {
		t.Fatalf("got %d sentences, want 2", len(doc))
	}
	for _, s := range doc {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence span %d:%d is %q, Text %q", s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		for _, tk := range s.Tokens {
			if text[tk.Start:tk.End] != tk.Text {
				t.Errorf("token span %d:%d is %q, Text %q", tk.Start, tk.End, text[tk.Start:tk.End], tk.Text)
			}
		}
	}
}

func TestDefaultSeed(t *testing.T) {
	data, err := os.ReadFile(sharedData(t, "seed/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Extract(context.Background(), extract.Article{ID: "seed", Text: string(data)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sentences < 30 || res.Words < 700 || len(res.Entities) == 0 || len(res.Triples) == 0 {
		t.Errorf("seed: %d sentences, %d words, %d entities, %d triples", res.Sentences, res.Words, len(res.Entities), len(res.Triples))
	}
	for _, e := range res.Entities {
		if strings.Contains(e.Name, "Listen Live") || strings.Contains(e.Name, "short URL") {
			t.Errorf("boilerplate entity %q", e.Name)
		}
	}
	// The page shows its date only in the header line "11:19 GMT26
	// October 2020"; dates in the text resolve against it.
	if res.Article.Date != "2020-10-26" {
		t.Errorf("article date %q, want the page's 2020-10-26", res.Article.Date)
	}
	// "Speaking to Sputnik the LNA spokesman ...": the tagger reads
	// Sputnik as a verb, the recogniser as a name; the sentence is parsed
	// again with the name's tag.
	speak := false
	for _, tr := range res.Triples {
		speak = speak || (tr.Subject == "Ahmed al-Mismari" && tr.Relation == "speak to" && tr.Object == "Sputnik")
	}
	if !speak {
		t.Error("no Ahmed al-Mismari speak to Sputnik")
	}
	found := false
	for _, tr := range res.Triples {
		if tr.Subject == "Sergei Lavrov" && tr.Relation == "meet" {
			found = true
			if tr.Date != "2019-11-29" {
				t.Errorf("Lavrov meet Haftar dated %q, want 2019-11-29 (\"On November 29\", before the page date)", tr.Date)
			}
		}
	}
	if !found {
		t.Error("no Sergei Lavrov meet triple")
	}
}

// BenchmarkAnalyze measures the NLP core (clean, split, tag, parse, NER) on
// one core over BBC articles, in words per second.
func BenchmarkAnalyze(b *testing.B) { benchAnalyze(b, BuildOptions{}) }

// BenchmarkAnalyzeBeam8 is BenchmarkAnalyze parsing with the beam model,
// 8 wide (kg extract --beam 8).
func BenchmarkAnalyzeBeam8(b *testing.B) { benchAnalyze(b, BuildOptions{Beam: 8}) }

// BenchmarkAnalyzeBeam16 parses 16 wide (kg extract --beam 16).
func BenchmarkAnalyzeBeam16(b *testing.B) { benchAnalyze(b, BuildOptions{Beam: 16}) }

// BenchmarkAnalyzeVote parses with the vote of four parsers (kg extract
// --vote).
func BenchmarkAnalyzeVote(b *testing.B) { benchAnalyze(b, BuildOptions{Vote: true}) }

func benchAnalyze(b *testing.B, opts BuildOptions) {
	arts := bbc(b, 300)
	p, err := Default(opts)
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, a := range arts {
		words += WordCount(a.Text)
	}
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			p.Analyze(a.Text)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtract adds entity resolution and triple building to
// BenchmarkAnalyze.
func BenchmarkExtract(b *testing.B) {
	arts := bbc(b, 300)
	p, err := Default(BuildOptions{})
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, a := range arts {
		words += WordCount(a.Text)
	}
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			if _, err := p.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

type panicky struct{}

func (panicky) Tag(*nlp.Sentence) { panic("boom") }

func TestExtractRecovers(t *testing.T) {
	p, err := New(Stages{Tokenizer: tokenize.New(), Tagger: panicky{}}, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Extract(context.Background(), extract.Article{ID: "a", Text: "Some text here, it said."})
	if err == nil || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("err = %v", err)
	}
}

// TestGazetteerNames checks that places and acronyms take the gazetteer's
// name, so that articles that spell them differently meet in one entity.
func TestGazetteerNames(t *testing.T) {
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := "NEW YORK, March 3 - The U.S. Treasury said the U.S. economy grew in February, and the UN welcomed the figures."
	res, err := p.Extract(context.Background(), extract.Article{ID: "a", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range res.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"New York City", "United States", "United Nations"} { // GeoNames calls the city New York City
		if !names[want] {
			t.Errorf("no entity %q in %v", want, names)
		}
	}
	for _, bad := range []string{"NEW YORK", "UN"} {
		if names[bad] {
			t.Errorf("entity %q kept its surface name", bad)
		}
	}
}

// TestModelMemory reports the heap in use with every model loaded (an upper
// bound of what the models hold, since other tests may have left live data);
// issue 3 asks for under 300 MB resident.
func TestModelMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	// The default models, then the vote's parsers on top of them (the
	// greedy parser and the rest are shared).
	for _, c := range []struct {
		name string
		opts BuildOptions
	}{{"default", BuildOptions{}}, {"default and --vote", BuildOptions{Vote: true}}} {
		p, err := Default(c.opts)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mb := float64(ms.HeapAlloc) / (1 << 20)
		t.Logf("heap in use with the %s models loaded: %.1f MB", c.name, mb)
		if mb > 300 {
			t.Errorf("heap in use with the %s models loaded is %.1f MB, want under 300", c.name, mb)
		}
		runtime.KeepAlive(p)
	}
}

// TestAnalyzeGold: the whole analysis of treebank sentences returns
// copies carrying kg's predictions and leaves the gold alone.
func TestAnalyzeGold(t *testing.T) {
	gold, err := conllu.ReadFile(sharedData(t, "ud-ewt/en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	gold = gold[:200]
	before := make([]nlp.Sentence, len(gold))
	for i := range gold {
		before[i] = gold[i]
		before[i].Tokens = slices.Clone(gold[i].Tokens)
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pred := p.AnalyzeGold(gold)
	for i := range gold {
		if !slices.Equal(gold[i].Tokens, before[i].Tokens) {
			t.Fatalf("sentence %s: gold modified", gold[i].ID)
		}
		for j, tk := range pred[i].Tokens {
			if tk.Text != gold[i].Tokens[j].Text || tk.UPOS == "" || tk.Head < 0 || tk.Entity == "" {
				t.Fatalf("sentence %s token %d: %+v lacks predictions", gold[i].ID, j, tk)
			}
		}
	}
	if m := tag.Compare(gold, pred); m.UPOS < 0.9 {
		t.Errorf("UPOS %.3f of the whole analysis on dev, want ≥ 0.9", m.UPOS)
	}
	if m := parse.Compare(gold, pred); m.UAS < 80 {
		t.Errorf("UAS %.2f of the whole analysis on dev, want ≥ 80", m.UAS)
	}
}

// TestGoldNames checks that kg eval ner's names are those of the resolved
// entities: typed as their entity, a possessive left out, the sentences of
// one -DOCSTART- document read together.
func TestGoldNames(t *testing.T) {
	const in = "-DOCSTART- O\n\n" +
		"Fulham O\nmanager O\nChris B-PER\nColeman I-PER\nsaid O\nthe O\nteam O\nwas O\ntired O\n. O\n\n" +
		"Fulham B-ORG\n's O\nplayers O\nflew O\nto O\nParis B-LOC\n. O\n"
	gold, err := conllu.ReadIOB(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	names := goldNames(t, gold)
	var got []string
	for _, s := range names {
		for _, sp := range s.EntitySpans() {
			got = append(got, fmt.Sprintf("%s/%s", spanText(s, sp), sp.Type))
		}
	}
	want := "Fulham/ORG Chris Coleman/PER Fulham/ORG Paris/LOC"
	if strings.Join(got, " ") != want {
		t.Errorf("names %q, want %q", strings.Join(got, " "), want)
	}
	q, _ := New(Stages{Tokenizer: tokenize.New()}, BuildOptions{})
	if _, err := q.GoldNames(gold); err == nil {
		t.Error("GoldNames without a resolving builder: no error")
	}
}

// goldNames runs kg eval ner's whole analysis on gold with the default
// pipeline.
func goldNames(t *testing.T, gold []nlp.Sentence) []nlp.Sentence {
	t.Helper()
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	names, err := p.GoldNames(p.AnalyzeGold(gold))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func spanText(s nlp.Sentence, sp nlp.Span) string {
	var w []string
	for _, tk := range s.Tokens[sp.Start:sp.End] {
		w = append(w, tk.Text)
	}
	return strings.Join(w, " ")
}

// devNamesFloor is the entity F1 of kg's names (GoldNames) on UNER EWT dev
// with the embedded models, which learned from dev: a guard against
// entity rules that break web text, not a held-out figure. It was 0.957
// when set and 0.947 in session 31; since session 32 the recogniser also
// learns from the listed news stories (300,000 tokens beside UNER's
// 230,000), so it fits dev less closely: 0.938, while the recogniser alone
// on dev held out (trained on train alone) rose from 0.755 to 0.769, the
// mean of three seeds.
const devNamesFloor = 0.938 - 0.01

// TestGoldNamesDev runs kg eval ner's whole analysis on UNER EWT dev.
func TestGoldNamesDev(t *testing.T) {
	gold, err := conllu.ReadIOBFile(sharedData(t, "ud-ewt/uner/en_ewt-ud-dev.iob2"))
	if err != nil {
		t.Fatal(err)
	}
	m := ner.Compare(gold, goldNames(t, gold))
	t.Logf("UNER dev, kg's names: P %.3f R %.3f F1 %.3f", m.Micro.P, m.Micro.R, m.Micro.F1)
	if m.Micro.F1 < devNamesFloor {
		t.Errorf("F1 %.4f, want >= %.4f", m.Micro.F1, devNamesFloor)
	}
}

// TestMainParticipleReparsed: a past tense the tagger read as a
// participle, which the parser hung on the subject, heads the sentence
// once retagged and parsed again (tag.MainParticiple); when the new parse
// still does not make it the root, the first parse is kept (and the
// triple extractor reads such a participle as the verb all the same).
func TestMainParticipleReparsed(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj string }{
		{"Musk sued OpenAI.", "sued", "Musk"},
		{"Yingluck Shinawatra, the sister of Thaksin Shinawatra, fled Thailand.", "fled", "Yingluck"},
		{"The company named Lazard Freres and Co as lead underwriter of the offering.", "named", "company"},
	} {
		s := p.Analyze(c.text)[0]
		for _, tk := range s.Tokens {
			switch tk.Text {
			case c.verb:
				if tk.Head != 0 || tk.XPOS != "VBD" {
					t.Errorf("%q: %s is %s/%s of %d, want the VBD root", c.text, tk.Text, tk.XPOS, tk.Deprel, tk.Head)
				}
			case c.subj:
				if tk.Deprel != "nsubj" {
					t.Errorf("%q: %s is %s, want nsubj", c.text, tk.Text, tk.Deprel)
				}
			}
		}
	}
	s := p.Analyze("Siemens, the German engineering group, bought Alstom.")[0]
	if v := s.Tokens[7]; v.Text != "bought" || v.XPOS != "VBN" || v.Deprel != "acl" {
		t.Errorf("a reparse that does not make the verb the root is kept: bought is %s/%s", v.XPOS, v.Deprel)
	}
}

// TestVerbsBetweenNames: a verb the tagger read as a proper noun between
// two names is a past tense for the parser, with its verb's lemma
// (tag.Tagger.RetagVerbsBetweenNames, relemmatizeVerbs).
func TestVerbsBetweenNames(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, lemma string }{
		{"Wayne Rooney met Gary Neville in Manchester.", "met", "meet"},
		{"Fowler overtook Les Ferdinand on Tuesday evening.", "overtook", "overtake"},
		{"Liverpool beat Everton.", "beat", "beat"},
	} {
		for _, tk := range p.Analyze(c.text)[0].Tokens {
			if tk.Text == c.verb && (tk.UPOS != "VERB" || tk.Lemma != c.lemma || tk.Head != 0) {
				t.Errorf("%q: %s is %s/%s %q of %d, want the VERB root with lemma %q", c.text, tk.Text, tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, c.lemma)
			}
		}
	}
	// in a clause opened by "as", the name before the verb is its subject
	toks := p.Analyze("Mbappe scored twice as France beat Poland.")[0].Tokens
	if toks[4].Text != "France" || toks[4].Deprel != "nsubj" || toks[4].Head != 6 || toks[3].Deprel != "mark" {
		t.Errorf("as France beat Poland: France %s of %d, as %s", toks[4].Deprel, toks[4].Head, toks[3].Deprel)
	}
}
