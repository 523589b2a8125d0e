package modelio

import (
	"bytes"
	"fmt"
	"io"
	"sync"
)

// Embedded returns a function that decodes the model embedded as data with
// load on its first call and returns the same value (or error) on every
// call after. name says what the model is in the error.
func Embedded[T any](name string, data []byte, load func(io.Reader) (T, error)) func() (T, error) {
	return sync.OnceValues(func() (T, error) {
		v, err := load(bytes.NewReader(data))
		if err != nil {
			var zero T
			return zero, fmt.Errorf("load embedded %s: %w", name, err)
		}
		return v, nil
	})
}
