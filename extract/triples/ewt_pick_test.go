package triples

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
)

// ewtPicks are the UD English-EWT sentences (gold trees, gold UNER entity
// tags) that testdata/constructions.conllu holds, one or more per
// construction tested in TestConstructions.
var ewtPicks = []string{
	"weblog-blogspot.com_rigorousintuition_20060511134300_ENG_20060511_134300-0114",
	"weblog-blogspot.com_alaindewitt_20060924104100_ENG_20060924_104100-0020",
	"weblog-juancole.com_juancole_20051126063000_ENG_20051126_063000-0034",
	"weblog-blogspot.com_rigorousintuition_20050518101500_ENG_20050518_101500-0047",
	"weblog-blogspot.com_dakbangla_20041016151002_ENG_20041016_151002-0027",
	"newsgroup-groups.google.com_misc.consumers_a534e32067078b08_ENG_20060116_030800-0019",
	"weblog-juancole.com_juancole_20041111060900_ENG_20041111_060900-0005",
	"weblog-juancole.com_juancole_20041018060600_ENG_20041018_060600-0006",
	"weblog-blogspot.com_dakbangla_20041119231111_ENG_20041119_231111-0016",
	"weblog-blogspot.com_dakbangla_20041119231111_ENG_20041119_231111-0013",
}

// TestWriteEWTPicks rewrites testdata/constructions-ewt.conllu from the
// shared EWT data (KG_WRITE_PICKS=1).
func TestWriteEWTPicks(t *testing.T) {
	if os.Getenv("KG_WRITE_PICKS") == "" {
		t.Skip("set KG_WRITE_PICKS=1")
	}
	d := sharedData(t)
	want := map[string]bool{}
	for _, id := range ewtPicks {
		want[id] = true
	}
	found := map[string]nlp.Sentence{}
	for _, split := range []string{"train", "dev", "test"} {
		trees, err := conllu.ReadFile(filepath.Join(d, "ud-ewt", "en_ewt-ud-"+split+".conllu"))
		if err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(d, "ud-ewt", "uner", "en_ewt-ud-"+split+"*.iob2"))
		ner, err := conllu.ReadIOBFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		conllu.JoinEntities(trees, ner)
		for _, s := range trees {
			if want[s.ID] {
				found[s.ID] = s
			}
		}
	}
	var b strings.Builder
	var doc []nlp.Sentence
	for _, id := range ewtPicks {
		s, ok := found[id]
		if !ok {
			t.Fatalf("sentence %s not found", id)
		}
		doc = append(doc, s)
	}
	writeGold(&b, doc)
	if err := os.WriteFile("testdata/constructions-ewt.conllu", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
