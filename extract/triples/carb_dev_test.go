package triples

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/extract/conllu"
)

// TestCaRBDevParsed scores ExtractCaRB on CaRB's dev split from a CoNLL-U
// file of the dev sentences already parsed (KG_CARB_CONLLU=FILE); it writes
// the extractions to KG_CARB_OUT when set.
func TestCaRBDevParsed(t *testing.T) {
	path := os.Getenv("KG_CARB_CONLLU")
	if path == "" {
		t.Skip("set KG_CARB_CONLLU to a parsed copy of the CaRB dev sentences")
	}
	data := sharedData(t)
	doc, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var sys bytes.Buffer
	for i := range doc {
		if err := WriteCaRB(&sys, doc[i].Text, ExtractCaRB(&doc[i])); err != nil {
			t.Fatal(err)
		}
	}
	if out := os.Getenv("KG_CARB_OUT"); out != "" {
		os.WriteFile(out, sys.Bytes(), 0o644)
	}
	f, err := os.Open(filepath.Join(data, "carb", "dev-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadCaRBGold(f)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := ReadCaRBSystem(&sys)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreCaRB(gold, pred)
	t.Logf("CaRB dev: AUC %.3f  P %.3f  R %.3f  F1 %.3f  (threshold %.3f, %d sentences)", s.AUC, s.Precision, s.Recall, s.F1, s.Threshold, len(doc))
}
