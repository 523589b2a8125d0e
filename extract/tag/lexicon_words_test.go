package tag

import "testing"

// TestCommonWord checks the embedded tagger's answers about common words,
// which the entity rules read (entities.Lexicon).
func TestCommonWord(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word         string
		common, noun bool
	}{
		{"Theater", true, true},
		{"newcomer", true, true},
		{"Stone", true, true},  // a name, and a word
		{"Urban", true, false}, // an adjective
		{"Barack", false, false},
		{"Shevchenko", false, false},
		{"Paris", false, false}, // only written with a capital
	} {
		if got := tg.CommonWord(tc.word); got != tc.common {
			t.Errorf("CommonWord(%q) = %v, want %v", tc.word, got, tc.common)
		}
		if got := tg.CommonNoun(tc.word); got != tc.noun {
			t.Errorf("CommonNoun(%q) = %v, want %v", tc.word, got, tc.noun)
		}
	}
}
