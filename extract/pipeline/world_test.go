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
		if b := filepath.Base(f); b == "heldout.txt" || b == "untrained.txt" {
			continue // lists of stories, not stories
		}
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
// gives, written by writers who listed what a reader sees before kg ran
// on them). The lists follow their writers' conventions, not kg's:
// national teams are organisations, hospitals and museums places, and (in
// the first sixty) bylines and photo credits, which kg drops as page
// furniture, persons; so the figures are lower than kg's own agreement
// with a reader. -v lists the misses, the wrongly typed and the spurious
// entities.
//
// Since session 32 the recogniser learns from the listed stories too
// (`kg-train ner`, ner.Project), except those named in
// testdata/world/heldout.txt: the figure over all stories is then mostly
// a fit to training data and guards the entity rules; the held-out
// stories give the figure for news kg has not seen, and, as their events
// recur in other stories, the recall of the held-out entities whose
// names no trained-on list holds.
func TestWorldGold(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "world", "*.gold"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold lists in testdata/world: %v", err)
	}
	// heldout.txt only grows, at its end: its first heldBefore36 names are
	// the stories held out before session 36, whose floor stays apart.
	const heldBefore36 = 172
	heldOut, early := map[string]bool{}, map[string]bool{}
	data, err := os.ReadFile(filepath.Join("testdata", "world", "heldout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range strings.Fields(string(data)) {
		heldOut[name] = true
		if i < heldBefore36 {
			early[name] = true
		}
	}
	// untrained.txt names the stories read for rules since the recogniser
	// was last trained, which it has not learnt from either
	untrained := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join("testdata", "world", "untrained.txt")); err == nil {
		for _, name := range strings.Fields(string(data)) {
			untrained[name] = true
		}
	} else if !os.IsNotExist(err) {
		t.Fatal(err)
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	golds := map[string][]goldEntity{}
	trainedNames := map[string]bool{}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".gold")
		golds[id] = readWorldGold(t, f, id)
		if !heldOut[id] && !untrained[id] {
			for _, g := range golds[id] {
				trainedNames[g.names[0]] = true
			}
		}
	}
	var all, held, heldEarly, unseen, read entityScores
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".gold")
		text, err := os.ReadFile(strings.TrimSuffix(f, ".gold") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Extract(context.Background(), extract.Article{ID: id, Text: string(text)})
		if err != nil {
			t.Fatal(err)
		}
		all.add(golds[id], res.Entities)
		if untrained[id] {
			read.add(golds[id], res.Entities)
		}
		if !heldOut[id] {
			continue
		}
		held.add(golds[id], res.Entities)
		if early[id] {
			heldEarly.add(golds[id], res.Entities)
		}
		var novel []goldEntity
		for _, g := range golds[id] {
			if !trainedNames[g.names[0]] {
				novel = append(novel, g)
			}
		}
		unseen.add(novel, res.Entities)
	}
	all.logDetails(t)
	pt, rt := ratio(all.predTypedOK, all.pred), ratio(all.foundTyped, all.gold)
	t.Logf("%d stories, %d gold entities, %d kg entities", len(files), all.gold, all.pred)
	t.Logf("found and typed: P %.3f R %.3f F1 %.3f; typed right %.3f of those found", pt, rt, f1(pt, rt), ratio(all.foundTyped, all.found))
	hp, hr := ratio(held.predTypedOK, held.pred), ratio(held.foundTyped, held.gold)
	t.Logf("held out (%d stories, %d gold entities): P %.3f R %.3f F1 %.3f; recall of the %d whose names no trained-on list holds %.3f",
		len(heldOut), held.gold, hp, hr, f1(hp, hr), unseen.gold, ratio(unseen.foundTyped, unseen.gold))
	ep, er := ratio(heldEarly.predTypedOK, heldEarly.pred), ratio(heldEarly.foundTyped, heldEarly.gold)
	t.Logf("the first %d of them, held out before session 36: P %.3f R %.3f F1 %.3f", len(early), ep, er, f1(ep, er))
	if len(untrained) > 0 {
		up, ur := ratio(read.predTypedOK, read.pred), ratio(read.foundTyped, read.gold)
		t.Logf("read for rules, not trained on (%d stories, %d gold entities): P %.3f R %.3f F1 %.3f", len(untrained), read.gold, up, ur, f1(up, ur))
	}
	// Floors: the figures when they were set, less a margin. All stories:
	// 0.83 until session 31 (0.862 then, with a recogniser that had not
	// seen them), 0.956 in session 32, when the recogniser learnt from
	// them. The fifty-two held out then (session 31's thirty-two and
	// session 32's twenty of sport): 0.841 with session 31's recogniser,
	// 0.918 with session 32's (the recall of the 410 entities whose names
	// no trained-on list holds 0.761, then 0.885). Session 33 added
	// forty more held out (sport and culture, world politics), 0.872 and
	// 0.925 when they came, before any rule of that session; all ninety-two
	// then scored 0.913 with the recogniser retrained in session 33.
	// Session 34 added forty more held out (sport and culture 0.866,
	// world, business and local news 0.888 when they came), which took
	// the held-out figure to 0.903, and forty read for rules but not
	// trained on (untrained.txt: sport 0.836, culture 0.827 when they
	// came), which took the figure over all stories to 0.946. Session 35
	// added forty more held out (science and environment 0.897, business,
	// transport and local news 0.885 when they came), which took the
	// held-out figure to 0.902, and forty more read (courts, crime and
	// health 0.925, politics in Asia, Latin America and Africa 0.934
	// when they came). Session 36 added forty more held out (sport and
	// the arts 0.852; science, technology and health 0.854 when they
	// came), which took the held-out figure from 0.902 to 0.893: those
	// forty have a floor of their own in the figure over all held out
	// (floorHeldOut, 0.893 less the margin the older floor had), and the
	// 172 held out before them keep theirs (floorHeldEarly, 0.902 then).
	// Before session 32
	// every batch was scored before and after the rules it led to: 0.780
	// to 0.878 when added, 0.799 to 0.891 after. Raise them when kg
	// improves.
	const floorTypedF1, floorHeldOut, floorHeldEarly = 0.94, 0.89, 0.90
	if got := f1(pt, rt); got < floorTypedF1 {
		t.Errorf("typed entity F1 %.3f, below %.2f", got, floorTypedF1)
	}
	if got := f1(hp, hr); got < floorHeldOut {
		t.Errorf("held-out typed entity F1 %.3f, below %.2f", got, floorHeldOut)
	}
	if got := f1(ep, er); got < floorHeldEarly {
		t.Errorf("typed entity F1 of the stories held out before session 36 %.3f, below %.2f", got, floorHeldEarly)
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
