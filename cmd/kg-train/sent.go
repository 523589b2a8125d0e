package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/spf13/cobra"
)

// sentOptions are the flags of `kg-train sent`.
type sentOptions struct {
	treebankFlags
	epochs, runs, margin int
	seed                 uint64
	withDev              bool
}

// newSentCommand builds `kg-train sent`, which trains the sentence-boundary
// model of extract/tokenize on UD English-EWT and writes the embedded model.
func newSentCommand() *cobra.Command {
	opts := sentOptions{}
	cmd := &cobra.Command{
		Use:   "sent",
		Short: "Train the sentence-boundary model on UD English-EWT",
		Long: `Train the averaged-perceptron sentence-boundary classifier of package
extract/tokenize and write it to the model file that package embeds. Each
training document is rebuilt from its sentences as "kg eval sent" does
(paragraphs from "# newpar", SpaceAfter=No kept), tokenised, and every gap
the model decides becomes an example. Dev (and, when asked, test) figures
are printed for the rules alone and with the new model. Relative paths are
taken from the repository root. Training is deterministic and takes a few
seconds.`,
		Example: `  GOMAXPROCS=1 go run ./cmd/kg-train sent
  go run ./cmd/kg-train sent --epochs 8 --out /tmp/sent.bin.gz
  GOMAXPROCS=1 go run ./cmd/kg-train sent --with-dev   # the embedded model`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSent(cmd.Context(), opts, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	opts.register(cmd, "extract/tokenize/sent.bin.gz")
	f.BoolVar(&opts.withDev, "with-dev", false, withDevHelp)
	f.IntVar(&opts.epochs, "epochs", tokenize.DefaultSentenceEpochs, "perceptron passes over the training gaps")
	f.IntVar(&opts.runs, "runs", tokenize.DefaultSentenceRuns, "perceptrons (each with its own shuffling) averaged into the model")
	f.Uint64Var(&opts.seed, "seed", tokenize.DefaultSentenceSeed, "shuffling seed of the first run")
	f.IntVar(&opts.margin, "margin", tokenize.DefaultSentenceMargin, "score margin of the perceptron updates (-1: the plain perceptron)")
	return cmd
}

func runSent(ctx context.Context, opts sentOptions, log io.Writer) error {
	root, err := trainRepoRoot()
	if err != nil {
		return err
	}
	train, par, err := readParagraphs(trainResolve(root, opts.train))
	if err != nil {
		return fmt.Errorf("read training data: %w", err)
	}
	if opts.withDev {
		if opts.dev == "" {
			return fmt.Errorf("--with-dev needs --dev")
		}
		dev, dpar, err := readParagraphs(trainResolve(root, opts.dev))
		if err != nil {
			return fmt.Errorf("read dev data: %w", err)
		}
		train = append(train, dev...)
		for id, v := range dpar {
			par[id] = v
		}
		fmt.Fprintf(log, "sent: training on --train and --dev (%d sentences); the dev figures below are not held out\n", len(train))
	}
	start := time.Now()
	m, err := tokenize.TrainSentenceModel(ctx, train, par, tokenize.SentenceTrainOptions{Epochs: opts.epochs, Runs: opts.runs, Seed: opts.seed, Margin: opts.margin, Log: log})
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "sent: trained in %s\n", time.Since(start).Round(time.Millisecond))
	out := trainResolve(root, opts.out)
	loaded, size, err := saveAndReload(out, m.Save, tokenize.LoadSentenceModel)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "sent: wrote %s (%d bytes, %d features)\n", out, size, loaded.Len())
	for _, ev := range []struct{ name, path string }{{"dev", opts.dev}, {"test", opts.test}} {
		if ev.path == "" {
			continue
		}
		p := trainResolve(root, ev.path)
		rules, err := tokenize.EvaluateFile(p, &tokenize.Tokenizer{RuleBased: true})
		if err != nil {
			return err
		}
		model, err := tokenize.EvaluateFile(p, &tokenize.Tokenizer{Model: loaded})
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "sent: %s rules only: sent_f1=%.4f token_f1=%.4f\n", ev.name, rules.Sentences.F1, rules.Tokens.F1)
		fmt.Fprintf(log, "sent: %s with model: sent_f1=%.4f (P %.4f R %.4f) token_f1=%.4f\n", ev.name,
			model.Sentences.F1, model.Sentences.P, model.Sentences.R, model.Tokens.F1)
	}
	return nil
}

// readNewPar reads the paragraph starts of a CoNLL-U file.
// readParagraphs reads a treebank and the sent_ids of the sentences that
// start its paragraphs.
func readParagraphs(path string) ([]nlp.Sentence, map[string]bool, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	par, err := readNewPar(path)
	if err != nil {
		return nil, nil, err
	}
	return sents, par, nil
}

func readNewPar(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read paragraphs: %w", err)
	}
	defer f.Close()
	par, err := tokenize.ReadNewPar(f)
	if err != nil {
		return nil, fmt.Errorf("read paragraphs of %q: %w", path, err)
	}
	return par, nil
}
