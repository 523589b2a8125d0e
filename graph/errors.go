package graph

import (
	"errors"
	"fmt"
)

// ErrNodeNotFound is returned when a named node is not in the graph.
var ErrNodeNotFound = errors.New("node not found")

// ErrNoPath is returned by ShortestPath when the two nodes are not connected.
var ErrNoPath = errors.New("no path")

// ErrUnknownMeasure is returned by Compute for a measure it does not know.
var ErrUnknownMeasure = errors.New("unknown measure")

// ErrNotConverged is wrapped by the error of an iterative measure that
// did not reach its tolerance within its iteration limit.
var ErrNotConverged = errors.New("did not converge")

// ConvergenceError reports an iterative measure that stopped at its
// iteration limit. Its result is the last iterate, still usable.
type ConvergenceError struct {
	Measure string
	Iter    int
	Change  float64 // L1 change of the last iteration
}

func (e *ConvergenceError) Error() string {
	return fmt.Sprintf("%s: power iteration %v after %d iterations (change %.3g)", e.Measure, ErrNotConverged, e.Iter, e.Change)
}

// Unwrap returns ErrNotConverged.
func (e *ConvergenceError) Unwrap() error { return ErrNotConverged }
