//go:build race

package tokenize

// raceEnabled is true under the race detector, where sync.Pool drops
// items at random and allocation counts are not meaningful.
const raceEnabled = true
