package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/lemma"
	"github.com/kg-project/kg/extract/tag"
	"github.com/spf13/cobra"
)

// lemmaOptions are the flags of `kg-train lemma`.
type lemmaOptions struct {
	treebankFlags
	maxSuffix, minSuffix int
	lexicon              string
}

// newLemmaCommand builds `kg-train lemma`, which learns the lemmatiser's
// dictionary and suffix rules from UD English-EWT and writes the embedded
// model.
func newLemmaCommand() *cobra.Command {
	opts := lemmaOptions{}
	cmd := &cobra.Command{
		Use:   "lemma",
		Short: "Train the lemmatiser on UD English-EWT",
		Long: `Learn the lemmatiser (a dictionary of seen forms per Penn tag plus suffix
rewrite rules per tag for unseen words) and write it to the model file that
package extract/lemma embeds. Dev and test accuracy are measured with tags
predicted by the embedded tagger. Relative paths are taken from the
repository root. Training is deterministic.`,
		Example: `  go run ./cmd/kg-train lemma
  go run ./cmd/kg-train lemma --out /tmp/lemma.bin.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLemma(cmd.Context(), opts, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	opts.register(cmd, "extract/lemma/model.bin.gz")
	f.StringVar(&opts.lexicon, "lexicon", "extract/tag/lexicon.tsv.gz", "the tagger's WordNet lexicon, whose lemmas the suffix rules prefer and whose irregular forms the dictionary adds (\"\" for none)")
	f.IntVar(&opts.maxSuffix, "max-suffix", lemma.DefaultMaxSuffix, "longest word ending (runes) to learn rules for")
	f.IntVar(&opts.minSuffix, "min-suffix-count", lemma.DefaultMinSuffixCount, "word types that must support a suffix rule")
	return cmd
}

func runLemma(ctx context.Context, opts lemmaOptions, log io.Writer) error {
	root, err := trainRepoRoot()
	if err != nil {
		return err
	}
	train, err := conllu.ReadFile(trainResolve(root, opts.train))
	if err != nil {
		return fmt.Errorf("read training data: %w", err)
	}
	start := time.Now()
	topts := lemma.TrainOptions{MaxSuffix: opts.maxSuffix, MinSuffixCount: opts.minSuffix, Log: log}
	if opts.lexicon != "" {
		lex, irr, err := tag.ReadLexiconFile(trainResolve(root, opts.lexicon))
		if err != nil {
			return err
		}
		for _, w := range tag.LexiconLemmas(lex) {
			topts.Lemmas = append(topts.Lemmas, lemma.KnownLemma{Word: w, POS: tag.LexiconPOS(lex[w])})
		}
		for _, form := range slices.Sorted(maps.Keys(irr)) {
			for _, x := range irr[form] {
				topts.Irregular = append(topts.Irregular, lemma.Irregular{Form: form, POS: x.POS, Lemma: x.Lemma})
			}
		}
	}
	l, err := lemma.Train(ctx, train, topts)
	if err != nil {
		return fmt.Errorf("train lemmatiser: %w", err)
	}
	fmt.Fprintf(log, "lemma: trained in %s\n", time.Since(start).Round(time.Millisecond))
	out := trainResolve(root, opts.out)
	loaded, size, err := saveAndReload(out, l.Save, lemma.Load)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "lemma: wrote %s (%d bytes)\n", out, size)
	tg, err := tag.Default()
	if err != nil {
		return err
	}
	for _, e := range []struct{ name, path string }{{"dev", opts.dev}, {"test", opts.test}} {
		if e.path == "" {
			continue
		}
		gold, err := conllu.ReadFile(trainResolve(root, e.path))
		if err != nil {
			return fmt.Errorf("read %s data: %w", e.name, err)
		}
		g := lemma.Evaluate(loaded, gold, nil)
		p := lemma.Evaluate(loaded, gold, tg)
		fmt.Fprintf(log, "lemma: %s tokens=%d lemma=%.4f (gold tags %.4f)\n", e.name, p.Tokens, p.Lemma, g.Lemma)
	}
	return nil
}
