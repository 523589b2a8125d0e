package cli

import (
	"fmt"

	"github.com/kg-project/kg/extract/lemma"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tag"
)

// evalLemma scores the lemmatiser on gold tokens with predicted tags.
func evalLemma(gold []nlp.Sentence, app *App) error {
	tg, err := tag.Default()
	if err != nil {
		return err
	}
	lm, err := lemma.Default()
	if err != nil {
		return err
	}
	m := lemma.Evaluate(lm, gold, tg)
	fmt.Fprintf(app.Out, "tokens  %d\nlemma   %.2f%%\n", m.Tokens, 100*m.Lemma)
	fmt.Fprintf(app.Out, "lemma=%.4f\n", m.Lemma)
	return nil
}
