package triples

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
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

// TestCaRBConfidenceHalves checks on CaRB's dev split that confidence
// means something: the more confident half of a system's extractions
// (KG_CARB_SYS, made by `kg extract --format carb --sentences`) is more
// precise than the less confident half, each half scored as carb.py
// scores a whole system.
func TestCaRBConfidenceHalves(t *testing.T) {
	path := os.Getenv("KG_CARB_SYS")
	if path == "" {
		t.Skip("set KG_CARB_SYS to kg's extractions of the CaRB dev sentences")
	}
	data := sharedData(t)
	gf, err := os.Open(filepath.Join(data, "carb", "dev-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	gold, err := ReadCaRBGold(gf)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer sf.Close()
	pred, err := ReadCaRBSystem(sf)
	if err != nil {
		t.Fatal(err)
	}
	var confs []float64
	for _, ts := range pred {
		for _, tu := range ts {
			confs = append(confs, tu.Confidence)
		}
	}
	sort.Float64s(confs)
	median := confs[len(confs)/2]
	top, bottom := CaRBSet{}, CaRBSet{}
	for s, ts := range pred {
		for _, tu := range ts {
			hi := tu.Confidence >= median
			tu.Confidence = 1 // score each half whole, not at its best threshold
			if hi {
				top[s] = append(top[s], tu)
			} else {
				bottom[s] = append(bottom[s], tu)
			}
		}
	}
	st, sb := ScoreCaRB(gold, top), ScoreCaRB(gold, bottom)
	t.Logf("CaRB dev: median confidence %.3f; top half P %.3f R %.3f, bottom half P %.3f R %.3f", median, st.Precision, st.Recall, sb.Precision, sb.Recall)
	if st.Precision <= sb.Precision {
		t.Errorf("top half by confidence (%.3f) is not more precise than the bottom half (%.3f)", st.Precision, sb.Precision)
	}
}
