package triples

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/entities"
)

// TestScanEWT prints the triples found in UD English-EWT with its gold
// trees and entity tags (KG_SCAN_EWT=1); it is a tool for finding test
// sentences, not a test.
func TestScanEWT(t *testing.T) {
	if os.Getenv("KG_SCAN_EWT") == "" {
		t.Skip("set KG_SCAN_EWT=1")
	}
	d := sharedData(t)
	for _, split := range []string{"train", "dev", "test"} {
		trees, err := conllu.ReadFile(filepath.Join(d, "ud-ewt", "en_ewt-ud-"+split+".conllu"))
		if err != nil {
			t.Fatal(err)
		}
		pat := filepath.Join(d, "ud-ewt", "uner", "en_ewt-ud-"+split+"*.iob2")
		files, _ := filepath.Glob(pat)
		ner, err := conllu.ReadIOBFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		conllu.JoinEntities(trees, ner)
		for i := range trees {
			doc := trees[i : i+1]
			ents := entities.Resolve(doc, doc[0].Text, nil)
			for _, tr := range Extract(doc, ents, extract.Article{}, Options{}) {
				fmt.Printf("%s\t%.2f\t%s\t%s\t%s\tneg=%v\thed=%v\t%s\n", doc[0].ID, tr.Confidence, tr.Subject, tr.Relation, tr.Object, tr.Negated, tr.Hedged, doc[0].Text)
			}
		}
	}
}
