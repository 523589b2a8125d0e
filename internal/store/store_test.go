package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/kg-project/kg/extract"
)

// facts returns the facts matching p as "S -R-> O w=W a=A" lines, sorted.
func facts(t *testing.T, s *Store, p Pattern) []string {
	t.Helper()
	var out []string
	err := s.Query(context.Background(), p, func(f Fact) error {
		out = append(out, fmt.Sprintf("%s -%s-> %s w=%d a=%d", f.Subject, f.Relation, f.Object, f.Weight, f.Articles))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func triples(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.ForEachTriple(context.Background(), func(tr extract.Triple) error {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%d|%d-%d|%q|%v|%v", tr.Subject, tr.Relation, tr.Object, tr.Article, tr.Sentence, tr.Start, tr.End, tr.Text, tr.Confidence, tr.Negated))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func edges(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.ForEachEdge(context.Background(), 0, func(e EdgeInfo) error {
		out = append(out, fmt.Sprintf("%s -%s-> %s w=%d a=%d m=%d %s..%s c=%v", e.Subject, e.Relation, e.Object, e.Weight, e.Articles, e.Mentions, e.First, e.Last, e.MaxConfidence))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestAddIdempotent(t *testing.T) {
	arts := seedArticles()
	tests := []struct {
		name    string
		batches [][]extract.Result // each batch is one Writer
		added   []bool
	}{
		{"once", [][]extract.Result{{arts[0], arts[1]}}, []bool{true, true}},
		{"twice in one batch", [][]extract.Result{{arts[0], arts[0], arts[1]}}, []bool{true, false, true}},
		{"twice in two writers", [][]extract.Result{{arts[0], arts[1]}, {arts[1], arts[0]}}, []bool{true, true, false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openMem(t)
			var got []bool
			for _, b := range tc.batches {
				w := s.NewWriter(context.Background())
				for _, r := range b {
					ok, err := w.Add(r)
					if err != nil {
						t.Fatal(err)
					}
					got = append(got, ok)
				}
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
			}
			if !slices.Equal(got, tc.added) {
				t.Errorf("added = %v, want %v", got, tc.added)
			}
			st, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.Articles != 2 || st.Mentions != 5 || st.Triples != 3 {
				t.Errorf("stats = %+v, want 2 articles, 5 mentions, 3 triples", st)
			}
			for _, h := range []string{arts[0].Hash, arts[1].Hash} {
				if ok, err := s.HasArticle(h); !ok || err != nil {
					t.Errorf("HasArticle(%s) = %v, %v", h, ok, err)
				}
			}
			if ok, _ := s.HasArticle(hashOf("nope")); ok {
				t.Error("HasArticle of an unknown hash = true")
			}
		})
	}
}

// Expected facts of seedArticles: "Haftar" in a2 joins "Khalifa Haftar"
// (bare surname, one candidate, same type); "LNA" joins "Libyan National
// Army" through a1's alias.
var queryTests = []struct {
	name string
	p    Pattern
	want []string
}{
	{"subject", Pattern{Subject: "Khalifa Haftar"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
	{"subject alias any case", Pattern{Subject: "HAFTAR"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
	{"subject acronym alias", Pattern{Subject: "lna"}, []string{"Libyan National Army -fight-> Russia w=1 a=1"}},
	{"relation", Pattern{Relation: "Visit"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
	{"object", Pattern{Object: "russia"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2", "Libyan National Army -fight-> Russia w=1 a=1"}},
	{"object alias", Pattern{Object: "Haftar"}, []string{"Sergei Lavrov -meet-> Khalifa Haftar w=1 a=1"}},
	{"entity", Pattern{Entity: "haftar"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2", "Sergei Lavrov -meet-> Khalifa Haftar w=1 a=1"}},
	{"subject and object", Pattern{Subject: "Lavrov", Object: "Khalifa Haftar"}, []string{"Sergei Lavrov -meet-> Khalifa Haftar w=1 a=1"}},
	{"subject and relation", Pattern{Subject: "Haftar", Relation: "meet"}, nil},
	{"relation and object", Pattern{Relation: "fight", Object: "Russia"}, []string{"Libyan National Army -fight-> Russia w=1 a=1"}},
	{"all three", Pattern{Subject: "Haftar", Relation: "visit", Object: "Russia"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
	{"entity and relation", Pattern{Entity: "Russia", Relation: "visit"}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
	{"min confidence", Pattern{Object: "Russia", MinConfidence: 0.5}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
	{"unknown name", Pattern{Subject: "Nobody"}, nil},
	{"unknown relation", Pattern{Relation: "eat"}, nil},
	{"no field", Pattern{}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2", "Libyan National Army -fight-> Russia w=1 a=1", "Sergei Lavrov -meet-> Khalifa Haftar w=1 a=1"}},
	{"limit", Pattern{Limit: 1}, []string{"Khalifa Haftar -visit-> Russia w=3 a=2"}},
}

func TestQuery(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	for _, tc := range queryTests {
		t.Run(tc.name, func(t *testing.T) {
			got := facts(t, s, tc.p)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Query(%+v) =\n%q\nwant\n%q", tc.p, got, tc.want)
			}
		})
	}
}

func TestFactFields(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	var got []Fact
	if err := s.Query(context.Background(), Pattern{Relation: "visit"}, func(f Fact) error {
		got = append(got, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []Fact{{Subject: "Khalifa Haftar", SubjectType: "PERSON", Relation: "visit", Object: "Russia", ObjectType: "LOC",
		Weight: 3, Articles: 2, Mentions: 3, Confidence: 0.9, First: "2019-11-29", Last: "2019-12-02"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestEvidenceAndWhy(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	ctx := context.Background()
	collect := func(f func(func(extract.Triple) error) error) []string {
		var out []string
		if err := f(func(tr extract.Triple) error {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%d|%s", tr.Subject, tr.Relation, tr.Object, tr.Article, tr.Sentence, tr.Text))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	tests := []struct {
		name string
		f    func(func(extract.Triple) error) error
		want []string
	}{
		{"evidence", func(fn func(extract.Triple) error) error {
			return s.Evidence(ctx, "Khalifa Haftar", "visit", "Russia", fn)
		}, []string{
			"Khalifa Haftar|visit|Russia|a1|0|Khalifa Haftar visit Russia.",
			"Khalifa Haftar|visit|Russia|a1|2|Khalifa Haftar visit Russia.",
			"Khalifa Haftar|visit|Russia|a2|0|Haftar visit Russia.",
		}},
		{"why a b", func(fn func(extract.Triple) error) error { return s.Why(ctx, "Haftar", "lavrov", fn) },
			[]string{"Sergei Lavrov|meet|Khalifa Haftar|a1|1|Sergei Lavrov meet Khalifa Haftar."}},
		{"why b a", func(fn func(extract.Triple) error) error { return s.Why(ctx, "Russia", "LNA", fn) },
			[]string{"Libyan National Army|fight|Russia|a2|3|LNA fight Russia."}},
		{"why none", func(fn func(extract.Triple) error) error { return s.Why(ctx, "Lavrov", "Russia", fn) }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := collect(tc.f); !slices.Equal(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestEntity(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	ctx := context.Background()
	tests := []struct {
		name    string
		want    string // canonical name
		typ     string
		aliases []string
		arts    []string
		err     error
	}{
		{"khalifa haftar", "Khalifa Haftar", "PERSON", []string{"Haftar", "Khalifa Haftar"}, []string{"a1", "a2"}, nil},
		{"Haftar's", "Khalifa Haftar", "PERSON", []string{"Haftar", "Khalifa Haftar"}, []string{"a1", "a2"}, nil},
		{"LNA", "Libyan National Army", "ORG", []string{"LNA", "Libyan National Army"}, []string{"a1", "a2"}, nil},
		{"Lavrov", "Sergei Lavrov", "PERSON", []string{"Lavrov", "Sergei Lavrov"}, []string{"a1"}, nil},
		{"Putin", "", "", nil, nil, ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := s.Entity(ctx, tc.name)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if e.Name != tc.want || e.Type != tc.typ || !slices.Equal(e.Aliases, tc.aliases) || !slices.Equal(e.Articles, tc.arts) {
				t.Errorf("Entity(%q) = %+v", tc.name, e)
			}
			if c, err := s.Resolve(ctx, tc.name); c != tc.want || err != nil {
				t.Errorf("Resolve(%q) = %q, %v", tc.name, c, err)
			}
		})
	}
	var names []string
	if err := s.ForEachEntity(ctx, func(e EntityInfo) error {
		names = append(names, fmt.Sprintf("%s/%s/m=%d/a=%d", e.Name, e.Type, e.Mentions, e.ArticleCount))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// Mentions: a1 gives 1 + aliases, a2 gives 1 per entity (see ent).
	want := []string{"Khalifa Haftar/PERSON/m=3/a=2", "Russia/LOC/m=2/a=2", "Sergei Lavrov/PERSON/m=2/a=1", "Libyan National Army/ORG/m=3/a=2"}
	if !slices.Equal(names, want) {
		t.Errorf("ForEachEntity = %q, want %q", names, want)
	}
}

func TestStats(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Counted by hand from seedArticles.
	want := Stats{Articles: 2, Entities: 4, Triples: 3, Mentions: 5, EntityMentions: 10, Sentences: 20, Words: 400, Relations: 3, SizeBytes: st.SizeBytes}
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	for _, key := range []string{"a1", hashOf("a1")} {
		if a, err := s.Article(context.Background(), key); err != nil || a.ID != "a1" || a.Hash != hashOf("a1") || a.Words != 200 {
			t.Errorf("Article(%s) = %+v, %v", key, a, err)
		}
	}
	if _, err := s.Article(context.Background(), "zz"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(zz) err = %v", err)
	}
	var ids []string
	if err := s.ForEachArticle(context.Background(), func(a ArticleInfo) error {
		ids = append(ids, a.ID+"/"+a.Date+"/"+a.Title)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	if want := []string{"a1/2019-11-29/title a1", "a2/2019-12-02/title a2"}; !slices.Equal(ids, want) {
		t.Errorf("articles = %q, want %q", ids, want)
	}
}

func TestEdgesAndTriples(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	want := []string{
		"Khalifa Haftar -visit-> Russia w=3 a=2 m=3 2019-11-29..2019-12-02 c=0.9",
		"Libyan National Army -fight-> Russia w=1 a=1 m=1 2019-12-02..2019-12-02 c=0.4",
		"Sergei Lavrov -meet-> Khalifa Haftar w=1 a=1 m=1 2019-11-29..2019-11-29 c=0.8",
	}
	if got := edges(t, s); !slices.Equal(got, want) {
		t.Errorf("edges =\n%q\nwant\n%q", got, want)
	}
	if got := triples(t, s); len(got) != 5 {
		t.Errorf("triples = %q, want 5", got)
	}
	var n int
	if err := s.ForEachEdge(context.Background(), 0.5, func(EdgeInfo) error { n++; return nil }); err != nil || n != 2 {
		t.Errorf("ForEachEdge(0.5) = %d edges, %v; want 2", n, err)
	}
}

func TestNegatedAndFlags(t *testing.T) {
	s := openMem(t)
	r := result("n1", "2020-01-01", []extract.Entity{ent("Khalifa Haftar", "PERSON"), ent("Russia", "LOC")},
		[]extract.Triple{tri("Khalifa Haftar", "visit", "Russia", 0, 0.9), tri("Khalifa Haftar", "visit", "Russia", 1, 0.5)})
	r.Triples[1].Negated, r.Triples[1].Hedged, r.Triples[1].Date, r.Triples[1].ReportedBy = true, true, "2019-11", "Russia"
	add(t, s, r)
	want := []string{"Khalifa Haftar -not visit-> Russia w=1 a=1", "Khalifa Haftar -visit-> Russia w=1 a=1"}
	if got := facts(t, s, Pattern{Subject: "Khalifa Haftar"}); !slices.Equal(got, want) {
		t.Errorf("facts = %q, want %q", got, want)
	}
	var got []extract.Triple
	if err := s.Evidence(context.Background(), "Khalifa Haftar", "not visit", "Russia", func(tr extract.Triple) error {
		got = append(got, tr)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	w := r.Triples[1]
	w.SubjectType, w.ObjectType = "PERSON", "LOC"
	if len(got) != 1 || got[0] != w {
		t.Errorf("evidence = %+v\nwant %+v", got, w)
	}
}

func TestAliasMergeUnmerge(t *testing.T) {
	ctx := context.Background()
	s := openMem(t)
	arts := seedArticles()
	// A third article about "Field Marshal Haftar", a distinct multi-token
	// name, and a separate "Moscow".
	arts = append(arts, result("a3", "2019-12-05", []extract.Entity{
		ent("Field Marshal Haftar", "PERSON"), ent("Moscow", "LOC"), ent("Sergei Lavrov", "PERSON")},
		[]extract.Triple{tri("Field Marshal Haftar", "visit", "Moscow", 0, 0.8), tri("Sergei Lavrov", "meet", "Field Marshal Haftar", 1, 0.9)}))
	add(t, s, arts...)
	beforeEdges, beforeTriples := edges(t, s), triples(t, s)
	beforeStats, _ := s.Stats(ctx)

	if err := s.Merge(ctx, "Khalifa Haftar", "Field Marshal Haftar", "same person"); err != nil {
		t.Fatal(err)
	}
	wantMerged := []string{
		"Khalifa Haftar -visit-> Moscow w=1 a=1",
		"Khalifa Haftar -visit-> Russia w=3 a=2",
		"Sergei Lavrov -meet-> Khalifa Haftar w=2 a=2",
	}
	if got := facts(t, s, Pattern{Entity: "Field Marshal Haftar"}); !slices.Equal(got, wantMerged) {
		t.Errorf("after merge: %q\nwant %q", got, wantMerged)
	}
	e, err := s.Entity(ctx, "field marshal haftar")
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Khalifa Haftar" || !slices.Equal(e.MergedFrom, []string{"Field Marshal Haftar"}) ||
		!slices.Equal(e.MergeReasons, []string{"same person"}) || len(e.Articles) != 3 {
		t.Errorf("merged entity = %+v", e)
	}
	if err := s.ForEachEntity(ctx, func(e EntityInfo) error {
		if e.Name == "Khalifa Haftar" && (e.ArticleCount != 3 || e.Mentions != 4 || !slices.Contains(e.Aliases, "Field Marshal Haftar")) {
			t.Errorf("ForEachEntity after merge: %+v", e)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	if st.Entities != beforeStats.Entities-1 || st.Triples != beforeStats.Triples-1 || st.Mentions != beforeStats.Mentions {
		t.Errorf("stats after merge = %+v, before %+v", st, beforeStats)
	}
	if err := s.Merge(ctx, "Haftar", "Field Marshal Haftar", ""); err == nil {
		t.Error("merging one entity with itself succeeded")
	}

	// Moscow as an alias of Russia (wrong, but the user's call) merges the
	// stored Moscow entity; unmerge restores it.
	if err := s.AddAlias(ctx, "Russia", "Moscow"); err != nil {
		t.Fatal(err)
	}
	if c, err := s.Resolve(ctx, "moscow"); c != "Russia" || err != nil {
		t.Errorf("Resolve(moscow) after alias = %q, %v", c, err)
	}
	if got := facts(t, s, Pattern{Relation: "visit"}); !slices.Equal(got, []string{"Khalifa Haftar -visit-> Russia w=4 a=3"}) {
		t.Errorf("after alias: %q", got)
	}

	// Undo both, in either order of names.
	if err := s.Unmerge(ctx, "Moscow"); err != nil {
		t.Fatal(err)
	}
	if err := s.Unmerge(ctx, "Khalifa Haftar"); err != nil {
		t.Fatal(err)
	}
	if got := edges(t, s); !slices.Equal(got, beforeEdges) {
		t.Errorf("edges after unmerge =\n%q\nwant\n%q", got, beforeEdges)
	}
	if got := triples(t, s); !slices.Equal(got, beforeTriples) {
		t.Errorf("triples after unmerge =\n%q\nwant\n%q", got, beforeTriples)
	}
	if st, _ := s.Stats(ctx); st.Entities != beforeStats.Entities || st.Triples != beforeStats.Triples {
		t.Errorf("stats after unmerge = %+v, want %+v", st, beforeStats)
	}
	if err := s.Unmerge(ctx, "Sergei Lavrov"); err == nil {
		t.Error("Unmerge of an entity never merged succeeded")
	}
	// The user alias stays: Moscow articles ingested from now on go to Russia.
	add(t, s, result("a4", "", []extract.Entity{ent("Moscow", "LOC"), ent("Sergei Lavrov", "PERSON")},
		[]extract.Triple{tri("Sergei Lavrov", "leave", "Moscow", 0, 0.9)}))
	if got := facts(t, s, Pattern{Relation: "leave"}); !slices.Equal(got, []string{"Sergei Lavrov -leave-> Russia w=1 a=1"}) {
		t.Errorf("after alias, new article: %q", got)
	}
}

func TestMergeChain(t *testing.T) {
	for _, n := range []int{relocateBatch, 1} {
		t.Run(fmt.Sprintf("batch %d", n), func(t *testing.T) {
			defer func(old int) { relocateBatchSize = old }(relocateBatchSize)
			relocateBatchSize = n
			testMergeChain(t)
		})
	}
}

func testMergeChain(t *testing.T) {
	ctx := context.Background()
	s := openMem(t)
	add(t, s, result("c1", "", []extract.Entity{ent("Alpha One", "ORG"), ent("Beta Two", "ORG"), ent("Gamma Three", "ORG"), ent("Delta Four", "ORG")},
		[]extract.Triple{tri("Alpha One", "fund", "Delta Four", 0, 1), tri("Beta Two", "fund", "Delta Four", 1, 1), tri("Gamma Three", "fund", "Beta Two", 2, 1)}))
	before := edges(t, s)
	steps := []struct{ keep, other string }{{"Alpha One", "Beta Two"}, {"Gamma Three", "Alpha One"}}
	for _, st := range steps {
		if err := s.Merge(ctx, st.keep, st.other, "test"); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := edges(t, s), []string{"Gamma Three -fund-> Delta Four w=2 a=1 m=2 .. c=1", "Gamma Three -fund-> Gamma Three w=1 a=1 m=1 .. c=1"}; !slices.Equal(got, want) {
		t.Errorf("after merges %q, want %q", got, want)
	}
	if err := s.Unmerge(ctx, "Alpha One"); err != nil {
		t.Fatal(err)
	}
	if got, want := edges(t, s), []string{"Alpha One -fund-> Delta Four w=2 a=1 m=2 .. c=1", "Gamma Three -fund-> Alpha One w=1 a=1 m=1 .. c=1"}; !slices.Equal(got, want) {
		t.Errorf("after unmerge of the chain's middle %q, want %q", got, want)
	}
	if err := s.Unmerge(ctx, "Beta Two"); err != nil {
		t.Fatal(err)
	}
	if got := edges(t, s); !slices.Equal(got, before) {
		t.Errorf("after both unmerges %q, want %q", got, before)
	}
}

// Cross-article merge rules. Each case stores the first article, then the
// second, and lists the canonical names of the entities then stored.
var crossTests = []struct {
	name   string
	first  []extract.Entity
	second []extract.Entity
	want   []string
}{
	{"same full name", []extract.Entity{ent("Khalifa Haftar", "PERSON")}, []extract.Entity{ent("khalifa haftar", "PERSON")}, []string{"Khalifa Haftar"}},
	{"same full name, other type: vote", []extract.Entity{ent("Khalifa Haftar", "PERSON")}, []extract.Entity{ent("Khalifa Haftar", "ORG")}, []string{"Khalifa Haftar"}},
	{"hyphen and al- variants", []extract.Entity{ent("Ahmed al-Mismari", "PERSON")}, []extract.Entity{ent("Ahmed Al Mismari", "PERSON")}, []string{"Ahmed al-Mismari"}},
	{"diacritics", []extract.Entity{ent("Recep Tayyip Erdoğan", "PERSON")}, []extract.Entity{ent("Recep Tayyip Erdogan", "PERSON")}, []string{"Recep Tayyip Erdoğan"}},
	{"bare surname, one candidate", []extract.Entity{ent("Khalifa Haftar", "PERSON")}, []extract.Entity{ent("Haftar", "PERSON")}, []string{"Khalifa Haftar"}},
	{"bare surname with particle", []extract.Entity{ent("Ahmed al-Mismari", "PERSON")}, []extract.Entity{ent("al-Mismari", "PERSON")}, []string{"Ahmed al-Mismari"}},
	{"bare surname, type disagrees", []extract.Entity{ent("Khalifa Haftar", "PERSON")}, []extract.Entity{ent("Haftar", "ORG")}, []string{"Haftar", "Khalifa Haftar"}},
	{"bare surname, two candidates", []extract.Entity{ent("Khalifa Haftar", "PERSON"), ent("Saddam Haftar", "PERSON")}, []extract.Entity{ent("Haftar", "PERSON")}, []string{"Haftar", "Khalifa Haftar", "Saddam Haftar"}},
	{"different full names share a surname", []extract.Entity{ent("Khalifa Haftar", "PERSON")}, []extract.Entity{ent("Saddam Haftar", "PERSON")}, []string{"Khalifa Haftar", "Saddam Haftar"}},
	{"single token, same name, other type", []extract.Entity{ent("Jordan", "LOC")}, []extract.Entity{ent("Jordan", "PERSON")}, []string{"Jordan", "Jordan"}},
	{"single token, same name", []extract.Entity{ent("Russia", "LOC")}, []extract.Entity{ent("RUSSIA", "LOC")}, []string{"Russia"}},
	{"acronym alias", []extract.Entity{ent("Libyan National Army", "ORG", "LNA")}, []extract.Entity{ent("LNA", "ORG")}, []string{"Libyan National Army"}},
	{"a place's last word is another place", []extract.Entity{ent("Northern Syria", "LOC")}, []extract.Entity{ent("Syria", "LOC")}, []string{"Northern Syria", "Syria"}},
	{"a place after its region", []extract.Entity{ent("Syria", "LOC"), ent("Northern Syria", "LOC")}, []extract.Entity{ent("Syria", "LOC")}, []string{"Northern Syria", "Syria"}},
	{"a body's last word", []extract.Entity{ent("Libyan National Army", "ORG")}, []extract.Entity{ent("Army", "ORG")}, []string{"Army", "Libyan National Army"}},
}

func TestCrossArticleMerge(t *testing.T) {
	for _, tc := range crossTests {
		t.Run(tc.name, func(t *testing.T) {
			s := openMem(t)
			add(t, s, result("x1", "", tc.first, nil), result("x2", "", tc.second, nil))
			var got []string
			if err := s.ForEachEntity(context.Background(), func(e EntityInfo) error {
				got = append(got, e.Name)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("entities = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAmbiguous(t *testing.T) {
	s := openMem(t)
	add(t, s, result("x1", "", []extract.Entity{ent("Khalifa Haftar", "PERSON"), ent("Saddam Haftar", "PERSON")}, nil))
	_, err := s.Resolve(context.Background(), "Haftar")
	var ae *AmbiguousError
	if !errors.Is(err, ErrAmbiguous) || !errors.As(err, &ae) || !slices.Equal(ae.Candidates, []string{"Khalifa Haftar", "Saddam Haftar"}) {
		t.Errorf("Resolve(Haftar) err = %v", err)
	}
}

func TestSchemaNewer(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(keySchema, []byte{0, 0, 0, 9}) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(dir, Options{})
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	if want := "store " + dir + " was written by a newer kg (schema 9 > 1)"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
}

func TestLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, ro := range []bool{false, true} {
		_, err = Open(dir, Options{ReadOnly: ro})
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("read-only %v: err = %v, want ErrLocked", ro, err)
		}
		if want := "store " + dir + " is in use by another kg process"; err.Error() != want {
			t.Errorf("err = %q, want %q", err, want)
		}
	}
}

func TestNoStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	_, err := Open(dir, Options{ReadOnly: true})
	if !errors.Is(err, ErrNoStore) {
		t.Fatalf("err = %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("read-only Open created %s", dir)
	}
	// Created, closed, reopened read-only: the data is there.
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	add(t, s, seedArticles()...)
	s.Close()
	s, err = Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, err := s.Stats(context.Background()); err != nil || st.Articles != 2 {
		t.Errorf("read-only stats = %+v, %v", st, err)
	}
	if err := s.Merge(context.Background(), "Russia", "Haftar", ""); err == nil {
		t.Error("Merge on a read-only store succeeded")
	}
}

// manyArticles returns n articles a0..an-1 with three triples each.
func manyArticles(n int) []extract.Result {
	var rs []extract.Result
	for i := range n {
		p := fmt.Sprintf("Person Number%d", i)
		rs = append(rs, result(fmt.Sprintf("a%d", i), "2020-01-01",
			[]extract.Entity{ent(p, "PERSON"), ent("Russia", "LOC")},
			[]extract.Triple{tri(p, "visit", "Russia", 0, 0.9), tri(p, "leave", "Russia", 1, 0.9), tri("Russia", "expel", p, 2, 0.9)}))
	}
	return rs
}

func TestCrashSafety(t *testing.T) {
	tests := []struct {
		name      string
		flush     int    // articles per batch
		n         int    // articles added
		failOn    string // article whose Add fails halfway
		wantStore int    // articles found after reopening
	}{
		{"store closed with an open batch", 2, 5, "", 4},
		{"article fails halfway, batch kept", 10, 5, "a3", 4},
		{"article fails halfway in a later batch", 2, 7, "a5", 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			w := s.NewWriter(context.Background())
			w.FlushArticles = tc.flush
			w.failAfterMentions = func(id string) error {
				if id == tc.failOn {
					return errors.New("injected failure")
				}
				return nil
			}
			for _, r := range manyArticles(tc.n) {
				_, err := w.Add(r)
				if (err != nil) != (r.Article.ID == tc.failOn) {
					t.Fatalf("Add(%s) err = %v", r.Article.ID, err)
				}
			}
			if tc.failOn != "" {
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
			}
			// Without failOn the writer is never closed: the open batch is lost.
			s.Close()
			s, err = Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			st, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.Articles != tc.wantStore || st.Mentions != 3*tc.wantStore || st.Triples != 3*tc.wantStore || st.Entities != tc.wantStore+1 {
				t.Errorf("stats = %+v, want %d articles with 3 triples each", st, tc.wantStore)
			}
			stored := map[string]bool{}
			s.ForEachArticle(context.Background(), func(a ArticleInfo) error { stored[a.ID] = true; return nil })
			if tc.failOn != "" && stored[tc.failOn] {
				t.Errorf("failed article %s stored", tc.failOn)
			}
			for _, tr := range triples(t, s) {
				if art := strings.Split(tr, "|")[3]; !stored[art] {
					t.Errorf("mention of unstored article %s: %s", art, tr)
				}
			}
			// Re-adding everything adds exactly the missing articles.
			w = s.NewWriter(context.Background())
			n := 0
			for _, r := range manyArticles(tc.n) {
				if ok, err := w.Add(r); err != nil {
					t.Fatal(err)
				} else if ok {
					n++
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if n != tc.n-tc.wantStore {
				t.Errorf("re-run added %d, want %d", n, tc.n-tc.wantStore)
			}
		})
	}
}

func TestWriterExclusive(t *testing.T) {
	s := openMem(t)
	ctx := context.Background()
	w := s.NewWriter(ctx)
	w2 := s.NewWriter(ctx)
	if _, err := w2.Add(seedArticles()[0]); !errors.Is(err, ErrWriterOpen) {
		t.Errorf("second writer Add err = %v", err)
	}
	if err := s.AddAlias(ctx, "x", "y"); !errors.Is(err, ErrWriterOpen) {
		t.Errorf("AddAlias with an open writer err = %v", err)
	}
	w2.Close()
	add := func() error { _, err := w.Add(seedArticles()[0]); return err }
	if err := add(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := add(); !errors.Is(err, ErrClosed) {
		t.Errorf("Add after Close err = %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	w = s.NewWriter(cctx)
	if _, err := w.Add(seedArticles()[1]); !errors.Is(err, context.Canceled) {
		t.Errorf("Add with cancelled context err = %v", err)
	}
	w.Close()
}

// TestCrashReopen kills a process mid-batch: the store's helper process
// (this test binary, re-run with KG_STORE_CRASH_DIR set) commits three
// articles, adds a fourth to an open batch and exits without closing
// anything. Reopening finds exactly the three.
func TestCrashReopen(t *testing.T) {
	if dir := os.Getenv("KG_STORE_CRASH_DIR"); dir != "" {
		s, err := Open(dir, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		w := s.NewWriter(context.Background())
		w.FlushArticles = 3
		for _, r := range manyArticles(4) {
			if _, err := w.Add(r); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
		}
		os.Exit(0) // no Close: the fourth article's batch is never committed
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashReopen$")
	cmd.Env = append(os.Environ(), "KG_STORE_CRASH_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	for _, ro := range []bool{true, false} {
		s, err := Open(dir, Options{ReadOnly: ro})
		if err != nil {
			t.Fatalf("reopen (read-only %v): %v", ro, err)
		}
		st, err := s.Stats(context.Background())
		s.Close()
		if err != nil || st.Articles != 3 || st.Mentions != 9 || st.Triples != 9 {
			t.Errorf("after crash (read-only %v): %+v, %v; want 3 articles, 9 mentions", ro, st, err)
		}
	}
}

// TestMergeInterrupted merges in batches of one mention and stops after the
// first batch, as a crash would; reopening the store finishes the move.
func TestMergeInterrupted(t *testing.T) {
	ctx := context.Background()
	defer func(n int) { relocateBatchSize, failAfterRelocated = n, false }(relocateBatchSize)
	relocateBatchSize = 1
	arts := manyArticles(4) // Person Number0..3, each with 3 triples with Russia
	want := func() []string {
		s := openMem(t)
		add(t, s, arts...)
		if err := s.Merge(ctx, "Person Number0", "Person Number1", ""); err != nil {
			t.Fatal(err)
		}
		return edges(t, s)
	}()

	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	add(t, s, arts...)
	failAfterRelocated = true
	if err := s.Merge(ctx, "Person Number0", "Person Number1", ""); err == nil {
		t.Fatal("interrupted merge reported no error")
	}
	failAfterRelocated = false
	if got := edges(t, s); slices.Equal(got, want) {
		t.Fatal("merge finished despite the interruption; the test proves nothing")
	}
	s.Close()
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := edges(t, s); !slices.Equal(got, want) {
		t.Errorf("after reopen:\n%q\nwant\n%q", got, want)
	}
	if err := s.Unmerge(ctx, "Person Number1"); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Triples != 12 || st.Entities != 5 {
		t.Errorf("after unmerge: %+v", st)
	}
}

// TestConcurrentReads reads while the writer commits batches, as kg ingest's
// workers call HasArticle while its writer adds (run with -race).
func TestConcurrentReads(t *testing.T) {
	s := openMem(t)
	ctx := context.Background()
	arts := manyArticles(200)
	done := make(chan struct{})
	errs := make(chan error, 1)
	go func() {
		defer close(errs)
		for {
			select {
			case <-done:
				return
			default:
			}
			for _, a := range arts[:20] {
				if _, err := s.HasArticle(a.Hash); err != nil {
					errs <- err
					return
				}
			}
			if err := s.Query(ctx, Pattern{Entity: "Russia", Limit: 10}, func(Fact) error { return nil }); err != nil {
				errs <- err
				return
			}
			if err := s.ForEachEdge(ctx, 0, func(EdgeInfo) error { return nil }); err != nil {
				errs <- err
				return
			}
		}
	}()
	w := s.NewWriter(ctx)
	w.FlushArticles = 7
	for _, a := range arts {
		if _, err := w.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	close(done)
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 200 || st.Triples != 600 {
		t.Errorf("stats = %+v", st)
	}
}

// TestTxnTooBig lifts the writer's batch limits so that Badger refuses a
// transaction: the writer commits what it has and goes on, losing nothing.
func TestTxnTooBig(t *testing.T) {
	if testing.Short() {
		t.Skip("writes ~1,500 articles")
	}
	s := openMem(t)
	w := s.NewWriter(context.Background())
	w.FlushArticles, w.FlushEntries, w.FlushBytes = 1<<30, 1<<30, 1<<40
	arts := synth(1500, 7)
	for _, a := range arts {
		if ok, err := w.Add(a); err != nil || !ok {
			t.Fatalf("Add(%s) = %v, %v", a.Article.ID, ok, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1500 || st.Mentions != 1500*30 {
		t.Errorf("stats = %+v, want 1500 articles, 45000 mentions", st)
	}
	mentions := 0
	if err := s.ForEachEdge(context.Background(), 0, func(e EdgeInfo) error { mentions += e.Mentions; return nil }); err != nil || mentions != 45000 {
		t.Errorf("edges hold %d mentions, %v; want 45000", mentions, err)
	}
}
