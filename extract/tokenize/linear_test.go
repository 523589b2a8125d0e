package tokenize

import (
	"strings"
	"testing"
	"time"
)

// linearInputs are long whitespace-free runs that once made the splitter
// quadratic (a 200 KB "1-1-1-..." took 40 s) or stress one rule each.
var linearInputs = []string{"1-", "a-", "ab.", "ab.Cd", "'", "(", ".", "a/b/", "x,y", "\xff", "—",
	"a'", "ab-cd-", "’s", "e-", "1.", "A. ", "U.S. ", "? ", "\n", "-\n", "$", "1,", "a...", ":)"}

// TestLinearTime splits 200 KB of each input; each must take well under a
// second (about 0.1 s on the development machine). Skipped with -short.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test skipped with -short")
	}
	for _, unit := range linearInputs {
		text := strings.Repeat(unit, 200000/len(unit))
		st := time.Now()
		sents := New().Split(text)
		if d := time.Since(st); d > 2*time.Second {
			t.Errorf("%q x %d: %v", unit, len(text)/len(unit), d)
		}
		checkInvariants(t, text, sents)
	}
}
