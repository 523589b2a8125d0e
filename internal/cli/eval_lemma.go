package cli

import (
	"errors"

	"github.com/kg-project/kg/extract/nlp"
)

func evalLemma(gold []nlp.Sentence, app *App) error {
	return errors.New("the lemmatiser is not built yet")
}
