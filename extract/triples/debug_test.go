package triples

import (
	"fmt"
	"os"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/entities"
	"github.com/kg-project/kg/extract/gazetteer"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("KG_DUMP")
	if path == "" {
		t.Skip()
	}
	doc, text := readGold(t, path)
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	ents := entities.Resolve(doc, text, gz)
	for _, e := range ents.Entities {
		fmt.Printf("E %s [%s] %v %d %v\n", e.Name, e.Type, e.Aliases, e.Mentions, ents.Titles)
	}
	for _, m := range ents.Mentions {
		if m.Kind >= entities.KindPronoun {
			name := "-"
			if m.Entity >= 0 {
				name = ents.Entities[m.Entity].Name
			}
			fmt.Printf("M s%d %q %s -> %s\n", m.Sentence, m.Text, m.Kind, name)
		}
	}
	ts := Extract(doc, ents, extract.Article{ID: "a", Date: os.Getenv("KG_DATE")}, Options{All: os.Getenv("KG_ALL") != ""})
	for _, tr := range ts {
		fmt.Printf("T s%d %.2f %s | %s | %s neg=%v hed=%v rep=%q date=%s\n", tr.Sentence, tr.Confidence, tr.Subject, tr.Relation, tr.Object, tr.Negated, tr.Hedged, tr.ReportedBy, tr.Date)
	}
}
