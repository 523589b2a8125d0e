package cli

import (
	"bytes"
	"fmt"
	"os"
	"sort"

	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/triples"
)

// runEvalCaRB scores open extractions against CaRB gold tuples: those in
// files[1] when given, else kg's own for every gold sentence.
func runEvalCaRB(files []string, app *App) error {
	gf, err := os.Open(files[0])
	if err != nil {
		return err
	}
	defer gf.Close()
	gold, err := triples.ReadCaRBGold(gf)
	if err != nil {
		return fmt.Errorf("read %s: %w", files[0], err)
	}
	var pred triples.CaRBSet
	if len(files) > 1 {
		pf, err := os.Open(files[1])
		if err != nil {
			return err
		}
		defer pf.Close()
		if pred, err = triples.ReadCaRBSystem(pf); err != nil {
			return fmt.Errorf("read %s: %w", files[1], err)
		}
	} else {
		ex, err := newExtractor(pipeline.BuildOptions{All: true})
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		sents := make([]string, 0, len(gold))
		for s := range gold {
			sents = append(sents, s)
		}
		sort.Strings(sents)
		for _, s := range sents {
			if err := ex.WriteCaRB(&buf, s, 0); err != nil {
				return err
			}
		}
		if pred, err = triples.ReadCaRBSystem(&buf); err != nil {
			return err
		}
	}
	sc := triples.ScoreCaRB(gold, pred)
	fmt.Fprintf(app.Out, "sentences  %d\nAUC        %.4f\nprecision  %.4f\nrecall     %.4f\nF1         %.4f (at confidence >= %.3f)\n",
		len(gold), sc.AUC, sc.Precision, sc.Recall, sc.F1, sc.Threshold)
	fmt.Fprintf(app.Out, "carb p=%.3f r=%.3f f1=%.3f auc=%.3f\n", sc.Precision, sc.Recall, sc.F1, sc.AUC)
	return nil
}
