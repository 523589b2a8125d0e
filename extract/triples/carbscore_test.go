package triples

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var lenientTests = []struct {
	name      string
	gold, ext CaRBTuple
	want      [2]float64
}{
	// exact match
	{"exact", CaRBTuple{Relation: "taught at", Args: []string{"Gideon Rodan", "the University"}},
		CaRBTuple{Relation: "taught at", Args: []string{"Gideon Rodan", "the University"}}, [2]float64{1, 1}},
	// relation shares no word: no match at all
	{"no relation word", CaRBTuple{Relation: "taught at", Args: []string{"A", "B"}},
		CaRBTuple{Relation: "joined", Args: []string{"A", "B"}}, [2]float64{0, 0}},
	// a missing second argument: no match
	{"missing arg", CaRBTuple{Relation: "is", Args: []string{"A", "B"}},
		CaRBTuple{Relation: "is", Args: []string{"A"}}, [2]float64{0, 0}},
	// partial: relation 1/1, arg1 2/3 predicted words, arg2 1/1;
	// precision 4/5, recall 4/4
	{"partial", CaRBTuple{Relation: "found", Args: []string{"Mr. Baker", "an opening"}},
		CaRBTuple{Relation: "found", Args: []string{"Mr. Baker himself", "an opening"}}, [2]float64{5.0 / 6, 1}},
	// "be" matches a form of be in the gold relation
	{"be", CaRBTuple{Relation: "is", Args: []string{"A", "B"}},
		CaRBTuple{Relation: "be", Args: []string{"A", "B"}}, [2]float64{1, 1}},
	// n-ary arguments are joined after the first
	{"binary", CaRBTuple{Relation: "joined", Args: []string{"Tom", "the company", "in 1941"}},
		CaRBTuple{Relation: "joined", Args: []string{"Tom", "the company in 1941"}}, [2]float64{1, 1}},
	// said-type relations accept swapped arguments
	{"said swap", CaRBTuple{Relation: "said", Args: []string{"the minister", "prices rose"}},
		CaRBTuple{Relation: "said", Args: []string{"prices rose", "the minister"}}, [2]float64{1, 1}},
}

func TestBinaryLenientMatch(t *testing.T) {
	for _, tc := range lenientTests {
		got := binaryLenientMatch(tc.gold, tc.ext)
		if math.Abs(got[0]-tc.want[0]) > 1e-9 || math.Abs(got[1]-tc.want[1]) > 1e-9 {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestScoreCaRBGoldAgainstItself: the gold scored as a system is perfect.
func TestScoreCaRBGoldAgainstItself(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedData(t), "carb", "dev-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadCaRBGold(f)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreCaRB(gold, gold)
	if s.F1 < 0.999 || s.Precision < 0.999 || s.Recall < 0.999 {
		t.Errorf("gold vs gold: %+v, want 1", s)
	}
}

func TestScoreCaRBThresholds(t *testing.T) {
	gold := CaRBSet{"A saw B .": {{Relation: "saw", Args: []string{"A", "B"}}}}
	pred := CaRBSet{"A saw B .": {
		{Relation: "saw", Args: []string{"A", "B"}, Confidence: 0.9},
		{Relation: "saw", Args: []string{"B", "C"}, Confidence: 0.1},
	}}
	s := ScoreCaRB(gold, pred)
	// at threshold 0.9 only the right tuple is kept: P = R = 1
	if s.F1 != 1 || s.Threshold != 0.9 {
		t.Errorf("got %+v, want F1 1 at threshold 0.9", s)
	}
}

func TestWriteReadCaRB(t *testing.T) {
	var b strings.Builder
	ts := []CaRBTuple{{Relation: "taught at", Args: []string{"Gideon Rodan", "the University", "From 1970"}, Confidence: 0.85}}
	if err := WriteCaRB(&b, "From 1970 , Gideon Rodan taught at the University .", ts); err != nil {
		t.Fatal(err)
	}
	want := "From 1970 , Gideon Rodan taught at the University .\t0.8500\ttaught at\tGideon Rodan\tthe University\tFrom 1970\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	got, err := ReadCaRBSystem(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	g := got["From 1970 , Gideon Rodan taught at the University ."]
	if len(g) != 1 || g[0].Relation != "taught at" || len(g[0].Args) != 3 || g[0].Confidence != 0.85 {
		t.Errorf("round trip: %+v", got)
	}
}

func FuzzReadCaRBSystem(f *testing.F) {
	f.Add("s\t0.5\tr\ta\tb\n")
	f.Add("s\tx\tr\n")
	f.Add("\t\t\t\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		set, err := ReadCaRBSystem(strings.NewReader(in))
		if err != nil {
			return
		}
		ScoreCaRB(set, set)
	})
}
