package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
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
	names                string
	namesTop             int
}

// defaultSentNames is how many of the most frequent given names the
// sentence model's lexicon marks: over 5-fold cross-validation on EWT train
// + dev, 1,000, 2,000 and 5,000 names give the same sentence F1 (within
// 0.0005); 2,000 keeps the model small.
const defaultSentNames = 2000

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
the model decides becomes an example. The model's lexicon also marks the
most frequent given names of --names (the gazetteer's US given names), so
that it knows names the treebank lacks. Dev (and, when asked, test) figures
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
	f.StringVar(&opts.names, "names", "../shared/data/gazetteer/given-names.tsv", "given names (TSV, name in the first column, most frequent first) for the lexicon (\"\" for none)")
	f.IntVar(&opts.namesTop, "names-top", defaultSentNames, "how many of the first --names rows to use")
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
	var names []string
	if opts.names != "" {
		names, err = readGivenNames(trainResolve(root, opts.names), opts.namesTop)
		if err != nil {
			return err
		}
	}
	start := time.Now()
	m, err := tokenize.TrainSentenceModel(ctx, train, par, tokenize.SentenceTrainOptions{Epochs: opts.epochs, Runs: opts.runs, Seed: opts.seed, Margin: opts.margin, Names: names, Log: log})
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

// readGivenNames returns the distinct names of the first column of the
// first top data rows of a tab-separated file with a header line
// (gazetteer/given-names.tsv, sorted by frequency).
func readGivenNames(path string, top int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read given names: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	seen := make(map[string]bool)
	var names []string
	for header := true; sc.Scan() && len(names) < top; header = false {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		if header || name == "" || seen[name] {
			continue
		}
		seen[name] = true
		names = append(names, name)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read given names from %q: %w", path, err)
	}
	return names, nil
}

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

// readNewPar reads the paragraph starts of a CoNLL-U file.
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
