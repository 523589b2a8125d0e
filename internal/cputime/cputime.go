// Package cputime reads the CPU time the process has used, for benchmarks
// that report throughput per CPU second: on a machine shared with other
// jobs, wall time varies with their load and CPU time does not.
package cputime
