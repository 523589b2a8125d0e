package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/tag"
	"github.com/spf13/cobra"
)

// tagOptions are the flags of `kg-train tag`.
type tagOptions struct {
	treebankFlags
	gazetteer     string
	lexicon       string
	epochs, folds int
	ensemble      int
	minFeatCount  int
	recheck       float64
	reverse       bool
	caseAugment   float64
	candMinCount  int
	withDev       bool
}

// newTagCommand builds `kg-train tag`, which trains the part-of-speech
// tagger on UD English-EWT and writes the embedded model.
func newTagCommand() *cobra.Command {
	opts := tagOptions{}
	cmd := &cobra.Command{
		Use:   "tag",
		Short: "Train the part-of-speech tagger on UD English-EWT",
		Long: `Train the averaged-perceptron UPOS+XPOS tagger and write it to the model
file that package extract/tag embeds: a right-to-left first pass and a
left-to-right second pass that re-tags the words the first was unsure of,
jackknifed over --folds folds (about 6 one-pass trainings in all). Relative
paths are taken from the repository root (the directory holding go.mod).
Training is deterministic. Set GOMAXPROCS=1 on a shared machine.`,
		Example: `  GOMAXPROCS=1 go run ./cmd/kg-train tag
  go run ./cmd/kg-train tag --folds 1 --out /tmp/tag.bin.gz   # one pass, quicker
  GOMAXPROCS=1 go run ./cmd/kg-train tag --with-dev           # the embedded model`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTag(cmd.Context(), opts, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	opts.register(cmd, "extract/tag/model.bin.gz")
	f.StringVar(&opts.gazetteer, "gazetteer", "../shared/data/gazetteer", "gazetteer folder for word-class features (\"\" for none)")
	f.StringVar(&opts.lexicon, "lexicon", "extract/tag/lexicon.tsv.gz", "WordNet lexicon for the lexicon features, from kg-train lexicon (\"\" for none)")
	f.IntVar(&opts.epochs, "epochs", tag.DefaultEpochs, "training passes")
	f.IntVar(&opts.ensemble, "ensemble", tag.DefaultEnsemble, "perceptron runs on differently shuffled data, summed")
	f.IntVar(&opts.folds, "folds", tag.ModelFolds, "jackknife folds for a second tagging pass (1: one pass)")
	f.Float64Var(&opts.recheck, "recheck", tag.DefaultRecheck, "pass-1 score margin below which the second pass re-tags a word (negative: every word)")
	f.BoolVar(&opts.reverse, "reverse", true, "tag right to left in the first pass (with --folds > 1)")
	f.IntVar(&opts.minFeatCount, "min-feat-count", tag.DefaultMinFeatCount, "drop features seen fewer times in training")
	f.Float64Var(&opts.caseAugment, "case-augment", tag.DefaultCaseAugment, "share of sentences added in UPPER and Title Case (negative: none)")
	f.IntVar(&opts.candMinCount, "cand-min-count", tag.DefaultCandMinCount, "words seen this often are tagged only with labels they were seen with (negative: any label)")
	f.BoolVar(&opts.withDev, "with-dev", false, withDevHelp)
	return cmd
}

func runTag(ctx context.Context, opts tagOptions, log io.Writer) error {
	root, err := trainRepoRoot()
	if err != nil {
		return err
	}
	train, err := conllu.ReadFile(trainResolve(root, opts.train))
	if err != nil {
		return fmt.Errorf("read training data: %w", err)
	}
	topts := tag.TrainOptions{Epochs: opts.epochs, CaseAugment: opts.caseAugment, Folds: opts.folds, Ensemble: opts.ensemble, MinFeatCount: opts.minFeatCount, Recheck: opts.recheck, Reverse: opts.reverse, CandMinCount: opts.candMinCount, Log: log}
	if opts.gazetteer != "" {
		wc, err := tag.ReadWordClasses(trainResolve(root, opts.gazetteer))
		if err != nil {
			return err
		}
		topts.WordClasses = wc
	}
	if opts.lexicon != "" {
		lex, err := tag.ReadLexicon(trainResolve(root, opts.lexicon))
		if err != nil {
			return err
		}
		topts.Lexicon = lex
	}
	if opts.dev != "" {
		d, err := conllu.ReadFile(trainResolve(root, opts.dev))
		if err != nil {
			return fmt.Errorf("read dev data: %w", err)
		}
		topts.Dev = d
		if opts.withDev {
			train = append(train, d...)
			fmt.Fprintf(log, "tag: training on --train and --dev (%d sentences); the dev figures below are not held out\n", len(train))
		}
	} else if opts.withDev {
		return fmt.Errorf("--with-dev needs --dev")
	}
	start := time.Now()
	t, err := tag.Train(ctx, train, topts)
	if err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	fmt.Fprintf(log, "tag: trained in %s\n", time.Since(start).Round(time.Millisecond))
	out := trainResolve(root, opts.out)
	// Evaluate the saved bytes, as the binary will use them.
	loaded, size, err := saveAndReload(out, t.Save, tag.Load)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "tag: wrote %s (%d bytes)\n", out, size)
	if topts.Dev != nil {
		m := tag.Evaluate(loaded, topts.Dev)
		fmt.Fprintf(log, "tag: dev tokens=%d upos=%.4f xpos=%.4f\n", m.Tokens, m.UPOS, m.XPOS)
	}
	if opts.test != "" {
		test, err := conllu.ReadFile(trainResolve(root, opts.test))
		if err != nil {
			return fmt.Errorf("read test data: %w", err)
		}
		m := tag.Evaluate(loaded, test)
		fmt.Fprintf(log, "tag: test tokens=%d upos=%.4f xpos=%.4f\n", m.Tokens, m.UPOS, m.XPOS)
	}
	return nil
}

// trainRepoRoot returns the nearest directory at or above the working
// directory that holds go.mod.
func trainRepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory; run kg-train inside the kg repository")
		}
		dir = parent
	}
}

// trainResolve makes a relative path relative to the repository root.
func trainResolve(root, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(root, p)
}

// trainWriteModel writes a model through a temporary file and renames it
// into place, so a failed run leaves the old model intact.
// saveAndReload writes a model with save (see trainWriteModel) and reads
// the written bytes back with load, so that what is reported is what the
// binary will embed; it also returns the file's size.
func saveAndReload[T any](path string, save func(io.Writer) error, load func(io.Reader) (T, error)) (T, int64, error) {
	var zero T
	if err := trainWriteModel(path, save); err != nil {
		return zero, 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return zero, 0, err
	}
	defer f.Close()
	m, err := load(f)
	if err != nil {
		return zero, 0, fmt.Errorf("reload %s: %w", path, err)
	}
	st, err := f.Stat()
	if err != nil {
		return zero, 0, err
	}
	return m, st.Size(), nil
}

func trainWriteModel(path string, save func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return fmt.Errorf("write model %q: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := save(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write model %q: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write model %q: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write model %q: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write model %q: %w", path, err)
	}
	return nil
}
