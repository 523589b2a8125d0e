// Package cputime reads the CPU time the process has used, for benchmarks
// that report throughput per CPU second: on a machine shared with other
// jobs, wall time varies with their load and CPU time does not.
package cputime

import (
	"testing"
	"time"
)

// ReportThroughput reports items processed per op as unit/s of wall time
// and, when CPU time is measured, as unit/cpu-s: what one core delivers
// when the machine is shared and wall time overstates the cost. cpu0 is
// Used() taken when the timed loop started.
func ReportThroughput(b *testing.B, items int, unit string, cpu0 time.Duration) {
	cpu := Used() - cpu0
	total := float64(items) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), unit+"/s")
	if cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), unit+"/cpu-s")
	}
}
