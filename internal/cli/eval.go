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
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
)

// evalOptions are the flags of kg eval.
type evalOptions struct {
	beam int  // parse with the beam model and this width (pipeline.BuildOptions.Beam)
	vote bool // parse with the vote of the four parsers (pipeline.BuildOptions.Vote)
}

func newEvalCommand(app *App) *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval sent|pos|lemma|parse FILE.conllu | eval ner FILE | eval carb GOLD.tsv [SYSTEM.tsv]",
		Short: "Measure the NLP core on treebank or NER files",
		Long: `Eval runs one stage of kg's analysis on gold data and scores it. Each
prints a table and, as its last line, space-separated key=value pairs.

  sent   sentence and token boundaries: each document's text is rebuilt from the
         CoNLL-U "# text" lines and split again (F1 over exact spans)
  pos    UPOS and XPOS accuracy on gold tokens: of the tagger alone, and of kg's
         tags after the whole analysis (function words inside names, "Truong My
         Lan", become proper nouns; names the recogniser finds in a document
         correct the tags of their words; the parse turns participles that head
         a clause with a subject into past tenses, and base forms after "they"
         into present ones), which the key=value line reports as upos and xpos
  lemma  lemma accuracy on gold tokens with predicted tags
  parse  UAS and LAS (all tokens, punctuation included) with predicted tags: of
         the parser on the tagger's tags, and of kg's trees after the whole
         analysis (names found in the document correct the tags first)
  ner    entity-level exact-match precision, recall and F1 over PER, ORG and LOC
         (MISC and other types ignored); FILE is two-column IOB/IOB2, UNER's
         .iob2 or the four-column CoNLL-2003 layout (sentences are grouped into
         documents by sent_id or -DOCSTART-): of the recogniser alone on the
         tagger's tags, and of the names of the entities kg extract reports
         after the whole analysis (the entity rules widen, join, drop and
         retype the recogniser's spans, and type every name of an entity as
         the entity), which the key=value line reports as p, r and f1
  carb   open extraction against CaRB gold tuples (SENTENCE, RELATION, ARG1, ...),
         scored like CaRB's carb.py (token overlap per part, best-F1 threshold,
         AUC); kg's own extractions of the gold sentences unless SYSTEM.tsv
         (kg extract --format carb output) is given

--beam K parses with the model trained with a beam, searching K-wide (pos,
parse and ner run the whole analysis, so it counts there too): more
accurate, and slower (the whole analysis about 4 times with --beam 8, 5
with --beam 16). --vote parses with the vote of four parsers (the beam
models and the greedy ones, each reading left to right and right to left):
the most accurate parse, the whole analysis about three times as slow as
--beam 16.

Never tune on the test files.`,
		Example: `  kg eval pos ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  kg eval parse ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  kg eval parse --beam 16 ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  kg eval parse --vote ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  kg eval ner ../shared/data/ud-ewt/uner/en_ewt-ud-test.iob2
  kg eval carb ../shared/data/carb/dev-gold.tsv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 3 && args[0] == "carb" {
				return nil
			}
			return exactArgs(2, "a stage (sent, pos, lemma, parse, ner or carb) and a FILE")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkBeam(opts.beam); err != nil {
				return err
			}
			if args[0] == "carb" {
				return runEvalCaRB(args[1:], app)
			}
			return runEval(args[0], args[1], opts, app)
		},
	}
	cmd.Flags().IntVar(&opts.beam, "beam", 0, "parse with the beam model, searching this wide (0: greedy)")
	cmd.Flags().BoolVar(&opts.vote, "vote", false, "parse with the vote of four parsers (most accurate, slowest; overrides --beam)")
	return cmd
}

func runEval(stage, file string, opts evalOptions, app *App) error {
	bo := pipeline.BuildOptions{Beam: opts.beam, Vote: opts.vote}
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
		alone := ner.Evaluate(r, tagged)
		p, err := pipeline.Default(bo)
		if err != nil {
			return err
		}
		names, err := p.GoldNames(p.AnalyzeGold(gold))
		if err != nil {
			return err
		}
		m := ner.Compare(gold, names)
		fmt.Fprintln(app.Out, "recogniser alone:")
		if err := alone.WriteTable(app.Out); err != nil {
			return err
		}
		fmt.Fprintln(app.Out, "kg (the names of the entities kg extract reports):")
		if err := m.WriteTable(app.Out); err != nil {
			return err
		}
		_, err = fmt.Fprintf(app.Out, "ner p=%.3f r=%.3f f1=%.3f recogniser_p=%.3f recogniser_r=%.3f recogniser_f1=%.3f\n",
			m.Micro.P, m.Micro.R, m.Micro.F1, alone.Micro.P, alone.Micro.R, alone.Micro.F1)
		return err
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
		alone := tag.Evaluate(tg, gold)
		pred, err := analyzeGold(gold, bo)
		if err != nil {
			return err
		}
		m := tag.Compare(gold, pred)
		fmt.Fprintf(app.Out, "tokens  %d\n        tagger   kg\nUPOS    %6.2f%%  %6.2f%%\nXPOS    %6.2f%%  %6.2f%%\nboth    %6.2f%%  %6.2f%%\n",
			m.Tokens, 100*alone.UPOS, 100*m.UPOS, 100*alone.XPOS, 100*m.XPOS, 100*alone.Both, 100*m.Both)
		fmt.Fprintf(app.Out, "upos=%.4f xpos=%.4f tagger_upos=%.4f tagger_xpos=%.4f\n", m.UPOS, m.XPOS, alone.UPOS, alone.XPOS)
	case "lemma":
		return evalLemma(gold, app)
	case "parse":
		tg, err := tag.Default()
		if err != nil {
			return err
		}
		tagged := copySentences(gold)
		for i := range tagged {
			tg.Tag(&tagged[i])
		}
		alone, err := evalParser(tagged, opts)
		if err != nil {
			return err
		}
		pred, err := analyzeGold(gold, bo)
		if err != nil {
			return err
		}
		m := parse.Compare(gold, pred)
		// parse.Metrics are percentages.
		fmt.Fprintf(app.Out, "sentences  %d\ntokens     %d\n           parser   kg\nUAS        %6.2f%%  %6.2f%%\nLAS        %6.2f%%  %6.2f%%\nLAS (no subtypes) %6.2f%%  %6.2f%%\nlabels     %6.2f%%  %6.2f%%\n",
			m.Sentences, m.Tokens, alone.UAS, m.UAS, alone.LAS, m.LAS, alone.LASBase, m.LASBase, alone.LabelAcc, m.LabelAcc)
		fmt.Fprintf(app.Out, "uas=%.4f las=%.4f parser_uas=%.4f parser_las=%.4f\n", m.UAS/100, m.LAS/100, alone.UAS/100, alone.LAS/100)
	default:
		return usageError("unknown stage %q (want %s)", stage, strings.Join([]string{"sent", "pos", "lemma", "parse", "ner", "carb"}, ", "))
	}
	return nil
}

// evalParser scores the parser opts choose (greedy, beam or vote) on
// tagged, whose tags are predicted and whose trees are gold.
func evalParser(tagged []nlp.Sentence, opts evalOptions) (parse.Metrics, error) {
	switch {
	case opts.vote:
		v, err := parse.DefaultVoter()
		if err != nil {
			return parse.Metrics{}, err
		}
		return parse.EvaluateWith(v.Parse, tagged), nil
	case opts.beam > 1:
		p, err := parse.DefaultBeam()
		if err != nil {
			return parse.Metrics{}, err
		}
		return parse.EvaluateBeam(p, tagged, opts.beam), nil
	}
	p, err := parse.Default()
	if err != nil {
		return parse.Metrics{}, err
	}
	return parse.Evaluate(p, tagged), nil
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

// analyzeGold runs kg's whole analysis on the gold tokens of a treebank,
// document by document, and returns the predictions.
func analyzeGold(gold []nlp.Sentence, bo pipeline.BuildOptions) ([]nlp.Sentence, error) {
	p, err := pipeline.Default(bo)
	if err != nil {
		return nil, err
	}
	return p.AnalyzeGold(gold), nil
}
