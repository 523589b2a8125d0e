package pipeline

import (
	"errors"
	"io"
)

// WriteCaRB analyses one already tokenised sentence and writes its
// extractions in CaRB's format.
func (p *Pipeline) WriteCaRB(w io.Writer, sentence string, minConfidence float64) error {
	return errors.New("CaRB output is not available yet")
}
