package cputime

import (
	"runtime"
	"testing"
)

func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" {
		t.Skip("CPU time not measured here")
	}
	start := Used()
	x := 0
	for i := range 50_000_000 {
		x += i & 3
	}
	if x < 0 {
		t.Log(x)
	}
	if d := Used() - start; d <= 0 {
		t.Errorf("CPU time did not grow over a busy loop: %v", d)
	}
}
