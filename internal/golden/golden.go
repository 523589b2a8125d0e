// Package golden compares test output with golden files under testdata,
// and rewrites them when a test runs with -update.
//
// A test keeps its own -update flag and calls Check with it:
//
//	var update = flag.Bool("update", false, "rewrite the golden files in testdata/")
//	...
//	golden.Check(t, filepath.Join("testdata", "seed.golden"), got, *update)
package golden

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// Check compares got with the golden file at path and reports the first
// line where they differ; with update it writes got to path instead.
func Check(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run the test with -update to write it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			tb.Errorf("%s differs at line %d:\n got: %s\nwant: %s\n(read the whole diff, then run the test with -update)", path, i+1, g, w)
			return
		}
	}
}
