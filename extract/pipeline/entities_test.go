package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/kg-project/kg/extract"
)

// goldEntity is one row of testdata/wikinews-entities.tsv: a person,
// organisation or place a reader sees in a Wikinews article.
type goldEntity struct {
	article, typ string
	names        []string // canonical name first, then the other spellings
}

func readEntityGold(t *testing.T) []goldEntity {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "wikinews-entities.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldEntity
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 3 {
			t.Fatalf("wikinews-entities.tsv:%d: want 3 or 4 columns, got %d", line, len(cols))
		}
		g := goldEntity{article: cols[0], typ: cols[1], names: []string{cols[2]}}
		if len(cols) > 3 && cols[3] != "" {
			g.names = append(g.names, strings.Split(cols[3], "|")...)
		}
		switch g.typ {
		case "PER", "ORG", "LOC":
		default:
			t.Fatalf("wikinews-entities.tsv:%d: type %q, want PER, ORG or LOC", line, g.typ)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// normName folds the differences a reader ignores when comparing names:
// case, curly quotes, a leading "the", dots in acronyms and runs of spaces.
func normName(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "`", "'", ".", "").Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// goldType is the gold label of a kg entity type.
func goldType(t string) string {
	if t == "PERSON" {
		return "PER"
	}
	return t
}

// entityScores counts how kg's entities of one article compare with the
// gold: an entity matches a gold row when one of its names (canonical or
// alias) is one of the row's names.
type entityScores struct {
	gold, pred           int                // gold rows; kg entities typed PERSON, ORG or LOC
	found, foundTyped    int                // gold rows matched by some entity / by one of the right type
	predOK, predTypedOK  int                // kg entities matching some gold row / one of their own type
	perType              map[string]*[4]int // kg typed right, kg, gold, gold found typed
	misses, wrong, typed []string
}

func (s *entityScores) add(gold []goldEntity, pred []extract.Entity) {
	if s.perType == nil {
		s.perType = map[string]*[4]int{"PER": {}, "ORG": {}, "LOC": {}}
	}
	names := func(e extract.Entity) []string {
		out := []string{normName(e.Name)}
		for _, a := range e.Aliases {
			out = append(out, normName(a))
		}
		return out
	}
	matches := func(g goldEntity, e extract.Entity) bool {
		pn := names(e)
		for _, n := range g.names {
			if slices.Contains(pn, normName(n)) {
				return true
			}
		}
		return false
	}
	var kept []extract.Entity
	for _, e := range pred {
		switch e.Type {
		case "PERSON", "ORG", "LOC":
			kept = append(kept, e)
			s.perType[goldType(e.Type)][1]++
		}
	}
	s.pred += len(kept)
	for _, g := range gold {
		s.gold++
		s.perType[g.typ][2]++
		found, typed := false, false
		var got []string
		for _, e := range kept {
			if matches(g, e) {
				found = true
				got = append(got, goldType(e.Type))
				if goldType(e.Type) == g.typ {
					typed = true
				}
			}
		}
		switch {
		case typed:
			s.foundTyped++
			s.found++
			s.perType[g.typ][3]++
		case found:
			s.found++
			s.typed = append(s.typed, fmt.Sprintf("%s %s: kg says %s", g.typ, g.names[0], strings.Join(got, ",")))
		default:
			s.misses = append(s.misses, g.typ+" "+g.names[0])
		}
	}
	for _, e := range kept {
		ok, typed := false, false
		for _, g := range gold {
			if matches(g, e) {
				ok = true
				if g.typ == goldType(e.Type) {
					typed = true
				}
			}
		}
		if ok {
			s.predOK++
		} else {
			s.wrong = append(s.wrong, goldType(e.Type)+" "+e.Name)
		}
		if typed {
			s.predTypedOK++
			s.perType[goldType(e.Type)][0]++
		}
	}
}

// logDetails lists, with -v, the gold entities kg missed or typed
// otherwise, and kg's entities the gold lacks.
func (s *entityScores) logDetails(t *testing.T) {
	t.Helper()
	for _, m := range s.misses {
		t.Logf("missed  %s", m)
	}
	for _, m := range s.typed {
		t.Logf("type    %s", m)
	}
	for _, m := range s.wrong {
		t.Logf("not in gold  %s", m)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestWikinewsEntities measures the people, organisations and places kg
// finds in the 37 Wikinews articles against a hand-made list
// (testdata/wikinews-entities.tsv, written by an annotator who never ran
// kg): how many the reader sees kg finds, how many it types as the reader
// does, and how many of kg's entities are real. It fails when a figure
// drops below the floor measured when the list was made; -v lists the
// misses, the wrongly typed and the spurious entities.
func TestWikinewsEntities(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	gold := readEntityGold(t)
	byArticle := map[string][]goldEntity{}
	for _, g := range gold {
		byArticle[g.article] = append(byArticle[g.article], g)
	}
	f, err := os.Open(sharedData(t, "wikinews/articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var s entityScores
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a extract.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		g, ok := byArticle[a.ID]
		if !ok {
			continue
		}
		seen[a.ID] = true
		if a.Title != "" {
			a.Text = a.Title + "\n\n" + a.Text
		}
		res, err := p.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		s.add(g, res.Entities)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for id := range byArticle {
		if !seen[id] {
			t.Errorf("gold article %s is not in articles.jsonl", id)
		}
	}
	s.logDetails(t)
	p1, r1 := ratio(s.predOK, s.pred), ratio(s.found, s.gold)
	pt, rt := ratio(s.predTypedOK, s.pred), ratio(s.foundTyped, s.gold)
	t.Logf("%d articles, %d gold entities, %d kg entities", len(seen), s.gold, s.pred)
	t.Logf("found (any type): P %.3f R %.3f F1 %.3f", p1, r1, f1(p1, r1))
	t.Logf("found and typed:  P %.3f R %.3f F1 %.3f; typed right %.3f of those found", pt, rt, f1(pt, rt), ratio(s.foundTyped, s.found))
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		c := s.perType[typ]
		tp, tr := ratio(c[0], c[1]), ratio(c[3], c[2])
		t.Logf("  %s  P %.3f R %.3f F1 %.3f (%d kg, %d gold)", typ, tp, tr, f1(tp, tr), c[1], c[2])
	}
	// Floors: the figures measured when the gold list was made, less a
	// margin for small changes elsewhere. Raise them when kg improves.
	const floorTypedF1 = 0.88 // 0.824 when the list was made, 0.837 with the models trained on train + dev, 0.895 after session 11's entity rules
	if got := f1(pt, rt); got < floorTypedF1 {
		t.Errorf("typed entity F1 %.3f, below %.2f", got, floorTypedF1)
	}
}
