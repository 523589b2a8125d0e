package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, format)
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	Check(t, path, []byte("a\nb\n"), true) // writes
	if b, err := os.ReadFile(path); err != nil || string(b) != "a\nb\n" {
		t.Fatalf("update wrote %q, %v", b, err)
	}
	Check(t, path, []byte("a\nb\n"), false) // equal: no report
	r := &recorder{TB: t}
	Check(r, path, []byte("a\nc\n"), false)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "line %d") {
		t.Errorf("a changed line: reports %q, want one", r.errs)
	}
	r = &recorder{TB: t}
	Check(r, path, []byte("a\nb\nc\n"), false)
	if len(r.errs) != 1 {
		t.Errorf("an added line: reports %q, want one", r.errs)
	}
}
