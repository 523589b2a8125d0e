package pipeline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/world.golden")

// TestWorldNews runs the whole extraction over the stories of
// testdata/world (news of kinds the shared corpora lack) and compares the
// entities found, with their types and mention counts, with
// testdata/world.golden; -update rewrites the golden file.
func TestWorldNews(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "world", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories in testdata/world: %v", err)
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		res, err := p.Extract(context.Background(), extract.Article{ID: id, Text: string(text)})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Entities {
			fmt.Fprintf(&got, "%s\t%s\t%s\t%d\n", id, e.Type, e.Name, e.Mentions)
		}
	}
	golden.Check(t, filepath.Join("testdata", "world.golden"), got.Bytes(), *update)
}

// TestWorldGold measures the people, organisations and places kg finds in
// the stories of testdata/world that have a hand-made list beside them
// (NAME.gold: "PER", "ORG" or "LOC", a tab and the fullest name the story
// gives; sixty stories written in session 24 and eighty in session 25 by
// writers who listed what a reader sees before kg ran on them). The lists
// follow their writers' conventions, not kg's: national teams are
// organisations, hospitals and museums places, and (in the first sixty)
// bylines and photo credits, which kg drops as page furniture, persons;
// so the figures are lower than kg's own agreement with a reader. It fails when the typed F1 drops below the floor
// measured when the lists were added; -v lists the misses, the wrongly
// typed and the spurious entities.
func TestWorldGold(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "world", "*.gold"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold lists in testdata/world: %v", err)
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var s entityScores
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".gold")
		gold := readWorldGold(t, f, id)
		text, err := os.ReadFile(strings.TrimSuffix(f, ".gold") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Extract(context.Background(), extract.Article{ID: id, Text: string(text)})
		if err != nil {
			t.Fatal(err)
		}
		s.add(gold, res.Entities)
	}
	s.logDetails(t)
	pt, rt := ratio(s.predTypedOK, s.pred), ratio(s.foundTyped, s.gold)
	t.Logf("%d stories, %d gold entities, %d kg entities", len(files), s.gold, s.pred)
	t.Logf("found and typed: P %.3f R %.3f F1 %.3f; typed right %.3f of those found", pt, rt, f1(pt, rt), ratio(s.foundTyped, s.found))
	// Floor: the figure when the lists were added, less a margin. The
	// first sixty: 0.801 with session 23's kg, before the rules they led
	// to, 0.842 after (0.851 at the end of session 25); the second sixty:
	// 0.806 with session 24's kg, 0.839 after; twenty more held out, 0.819
	// before and 0.830 after those rules; all 140: 0.843. Session 26's
	// sixty: 0.803 with session 25's kg, 0.828 after; twenty more held
	// out, 0.840 before and 0.862 after; all 220: 0.831 before, 0.848
	// after. Session 27's eighty: 0.780 with session 26's kg, 0.799
	// after; twenty more held out, 0.840 before and 0.842 after; all 320:
	// 0.836. Sessions 28-29's hundred: 0.822 with session 27's kg, 0.860
	// after; twenty more held out, 0.878 before and 0.891 after; all 440:
	// 0.852. Session 30's eighty: 0.852 with session 29's kg, 0.865
	// after; twenty more held out, 0.870 before and 0.872 after (0.876 at
	// the end); twenty of sport, held out, 0.809 before and after; all
	// 560: 0.856. Session 31's hundred: 0.873 with session 30's kg, 0.879
	// after; the 560 before them 0.856 then 0.859; thirty-two more held
	// out, 0.852 before and 0.854 after; all 692: 0.862. Raise it when kg
	// improves.
	const floorTypedF1 = 0.83
	if got := f1(pt, rt); got < floorTypedF1 {
		t.Errorf("typed entity F1 %.3f, below %.2f", got, floorTypedF1)
	}
}

// readWorldGold reads a story's gold list: one entity a line, its type and
// its name separated by a tab.
func readWorldGold(t *testing.T, path, id string) []goldEntity {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldEntity
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		typ, name, ok := strings.Cut(line, "\t")
		if !ok || name == "" {
			t.Fatalf("%s:%d: want TYPE<tab>name", path, i+1)
		}
		switch typ {
		case "PER", "ORG", "LOC":
		default:
			t.Fatalf("%s:%d: type %q, want PER, ORG or LOC", path, i+1, typ)
		}
		out = append(out, goldEntity{article: id, typ: typ, names: []string{name}})
	}
	return out
}
