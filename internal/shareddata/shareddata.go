// Package shareddata finds the team's shared corpora for tests and
// benchmarks: ../shared/data beside the repository root (the folder holding
// go.mod). Tests that need it skip when it is absent, as on a bare clone.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns ../shared/data joined with elems, relative to the repository
// root found by walking up from the working directory to go.mod. It skips
// tb when there is no go.mod above, or the path does not exist.
func Path(tb testing.TB, elems ...string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared", "data"}, elems...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data absent: %v", err)
	}
	return p
}
