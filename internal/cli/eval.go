package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
)

func newEvalCommand(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "eval sent|pos|lemma|parse FILE.conllu | eval ner FILE | eval carb GOLD.tsv [SYSTEM.tsv]",
		Short: "Measure the NLP core on treebank or NER files",
		Long: `Eval runs one stage of kg's analysis on gold data and scores it. Each
prints a table and, as its last line, space-separated key=value pairs.

  sent   sentence and token boundaries: each document's text is rebuilt from the
         CoNLL-U "# text" lines and split again (F1 over exact spans)
  pos    UPOS and XPOS accuracy on gold tokens
  lemma  lemma accuracy on gold tokens with predicted tags
  parse  UAS and LAS (all tokens, punctuation included) with predicted tags
  ner    entity-level exact-match precision, recall and F1 over PER, ORG and LOC
         (MISC and other types ignored); FILE is two-column IOB/IOB2, UNER's
         .iob2 or the four-column CoNLL-2003 layout; tags are predicted first
  carb   open extraction against CaRB gold tuples (SENTENCE, RELATION, ARG1, ...),
         scored like CaRB's carb.py (token overlap per part, best-F1 threshold,
         AUC); kg's own extractions of the gold sentences unless SYSTEM.tsv
         (kg extract --format carb output) is given

Never tune on the test files.`,
		Example: `  kg eval pos ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  kg eval parse ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  kg eval ner ../shared/data/ud-ewt/uner/en_ewt-ud-test.iob2
  kg eval carb ../shared/data/carb/dev-gold.tsv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 3 && args[0] == "carb" {
				return nil
			}
			return exactArgs(2, "a stage (sent, pos, lemma, parse, ner or carb) and a FILE")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] == "carb" {
				return runEvalCaRB(args[1:], app)
			}
			return runEval(args[0], args[1], app)
		},
	}
}

func runEval(stage, file string, app *App) error {
	if stage == "ner" {
		gold, err := conllu.ReadIOBFile(file)
		if err != nil {
			return fmt.Errorf("read %s: %w", file, err)
		}
		tg, err := tag.Default()
		if err != nil {
			return err
		}
		r, err := ner.Default()
		if err != nil {
			return err
		}
		tagged := copySentences(gold)
		for i := range tagged {
			tg.Tag(&tagged[i])
		}
		return ner.Evaluate(r, tagged).Write(app.Out)
	}
	gold, err := conllu.ReadFile(file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	switch stage {
	case "sent":
		f, err := os.Open(file)
		if err != nil {
			return err
		}
		defer f.Close()
		np, err := tokenize.ReadNewPar(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", file, err)
		}
		fmt.Fprintln(app.Out, tokenize.Evaluate(gold, tokenize.EvalOptions{NewPar: np}).String())
	case "pos":
		tg, err := tag.Default()
		if err != nil {
			return err
		}
		m := tag.Evaluate(tg, gold)
		fmt.Fprintf(app.Out, "tokens  %d\nUPOS    %.2f%%\nXPOS    %.2f%%\nboth    %.2f%%\n", m.Tokens, 100*m.UPOS, 100*m.XPOS, 100*m.Both)
		fmt.Fprintf(app.Out, "upos=%.4f xpos=%.4f\n", m.UPOS, m.XPOS)
	case "lemma":
		return evalLemma(gold, app)
	case "parse":
		tg, err := tag.Default()
		if err != nil {
			return err
		}
		p, err := parse.Default()
		if err != nil {
			return err
		}
		tagged := copySentences(gold)
		for i := range tagged {
			tg.Tag(&tagged[i])
		}
		m := parse.Evaluate(p, tagged)
		// parse.Metrics are percentages.
		fmt.Fprintf(app.Out, "sentences  %d\ntokens     %d\nUAS        %.2f%%\nLAS        %.2f%%\nLAS (no subtypes) %.2f%%\nlabels     %.2f%%\n",
			m.Sentences, m.Tokens, m.UAS, m.LAS, m.LASBase, m.LabelAcc)
		fmt.Fprintf(app.Out, "uas=%.4f las=%.4f\n", m.UAS/100, m.LAS/100)
	default:
		return usageError("unknown stage %q (want %s)", stage, strings.Join([]string{"sent", "pos", "lemma", "parse", "ner", "carb"}, ", "))
	}
	return nil
}

// copySentences copies sentences and their tokens, so that predicted tags
// can be set without touching the gold.
func copySentences(in []nlp.Sentence) []nlp.Sentence {
	out := make([]nlp.Sentence, len(in))
	for i := range in {
		out[i] = in[i]
		out[i].Tokens = append([]nlp.Token(nil), in[i].Tokens...)
	}
	return out
}
