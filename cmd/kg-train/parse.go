package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/parse"
	"github.com/kg-project/kg/extract/tag"
)

// parseOptions are the flags of `kg-train parse`.
type parseOptions struct {
	exploreP        float64
	train, dev, out string
	epochs          int
	minWordFreq     int
	seed            uint64
	prune           float64
	tags            string // "file" or "jackknife"
	writeTagged     string
	folds           int
	logDev          bool
	keepBest        bool
	withDev         bool
	devTagger       string
	jkTagger        string
	ensemble        int
	fastMargin      float64
	fastPrune       float64
	beam            int
	reverse         bool
	eval            []string
}

func newParseCommand() *cobra.Command {
	opts := parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse",
		Short: "Train the dependency parser on UD English-EWT",
		Long: `Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle)
on UD English-EWT and write the model embedded by extract/parse.

Relative paths are resolved against the repository root (the directory
holding go.mod). By default the training sentences are re-tagged by
jackknifing with the tagger (--folds folds, each fold tagged by a tagger
trained on the others), so that the parser learns from the kind of tags it
will see at run time; dev is tagged by the embedded tagger. After every
epoch the model is scored on dev and the epoch with the best LAS is kept
(--keep-best; the last epochs differ by about ±0.15 LAS). --write-tagged
saves the jackknifed treebank so that later runs can skip the tagging with
--tags file. --reverse trains on reversed sentences a model that reads
right to left, for the vote of parsers (kg --vote): the embedded
reverse.gz and, with a beam of 16, reverse-beam.gz.`,
		Example: `  GOMAXPROCS=1 go run ./cmd/kg-train parse --write-tagged /tmp/ewt-train-jk.conllu
  GOMAXPROCS=1 go run ./cmd/kg-train parse --tags file --train /tmp/ewt-train-jk.conllu --log-dev
  go run ./cmd/kg-train parse --eval ../shared/data/ud-ewt/en_ewt-ud-test.conllu
  GOMAXPROCS=1 go run ./cmd/kg-train parse --with-dev   # the embedded model
  GOMAXPROCS=1 go run ./cmd/kg-train parse --beam 8 --out /tmp/parse-beam8.gz
  go run ./cmd/kg-train parse --out /tmp/parse-beam8.gz --beam 8 --eval ../shared/data/ud-ewt/en_ewt-ud-dev.conllu
  GOMAXPROCS=1 go run ./cmd/kg-train parse --with-dev --reverse --out extract/parse/reverse.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd.Context(), opts, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.train, "train", "../shared/data/ud-ewt/en_ewt-ud-train.conllu", "training treebank (CoNLL-U)")
	f.StringVar(&opts.dev, "dev", "../shared/data/ud-ewt/en_ewt-ud-dev.conllu", "development treebank for the final report (CoNLL-U)")
	f.StringVar(&opts.out, "out", "extract/parse/"+parse.ModelName, "model file to write")
	f.IntVar(&opts.epochs, "epochs", parse.DefaultEpochs, "training epochs")
	f.IntVar(&opts.minWordFreq, "min-word-freq", parse.DefaultMinWordFreq, "words rarer than this in training are represented by their shape")
	f.Uint64Var(&opts.seed, "seed", parse.DefaultSeed, "random seed for shuffling and exploration")
	f.Float64Var(&opts.prune, "prune", parse.DefaultPrune, "drop averaged weights smaller than this (negative keeps all)")
	f.StringVar(&opts.tags, "tags", "jackknife", `training tags: "jackknife" (re-tag --train with taggers trained on the other folds) or "file" (as in --train)`)
	f.IntVar(&opts.folds, "folds", 5, "jackknifing folds for --tags jackknife")
	f.StringVar(&opts.writeTagged, "write-tagged", "", "write the jackknifed training treebank here, for reuse with --tags file")
	f.Float64Var(&opts.fastMargin, "fast-margin", parse.DefaultFastMargin, "lead of its best class over the second above which the fast model decides alone (negative: no fast model)")
	f.Float64Var(&opts.fastPrune, "fast-prune", parse.DefaultFastPrune, "--prune for the fast model")
	f.IntVar(&opts.beam, "beam", 1, "beam width: above 1, train globally (beam search, max-violation updates, no fast model) and decode dev, and --eval, with this beam")
	f.StringSliceVar(&opts.eval, "eval", nil, "do not train: score the model at --out on these treebanks, with gold and with predicted tags")
	f.BoolVar(&opts.reverse, "reverse", false, "train a model that reads sentences from right to left (for kg's parser vote, --vote)")
	f.BoolVar(&opts.logDev, "log-dev", false, "evaluate on --dev after every epoch")
	f.BoolVar(&opts.keepBest, "keep-best", true, "keep the epoch with the best LAS on --dev (implies --log-dev)")
	f.StringVar(&opts.devTagger, "dev-tagger", "", devTaggerHelp)
	f.StringVar(&opts.jkTagger, "jackknife-tagger", "fast", `taggers that jackknife the training tags: "fast" (one pass, no gazetteer) or "model" (as kg-train tag trains the embedded one; about 8 times slower)`)
	f.IntVar(&opts.ensemble, "ensemble", parse.DefaultEnsemble, "perceptrons trained in step on differently shuffled data and averaged")
	f.Float64Var(&opts.exploreP, "explore-p", parse.DefaultExploreP, "probability of following the model's own transition rather than the oracle's once exploring (dynamic oracle)")
	f.BoolVar(&opts.withDev, "with-dev", false, withDevHelp+"; the last epoch is kept")
	return cmd
}

// repoRoot returns the nearest directory at or above the working directory
// that holds go.mod, or the working directory.
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return wd
		}
	}
}

func fromRoot(root, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(root, p)
}

func runParse(ctx context.Context, opts parseOptions, log io.Writer) error {
	root := repoRoot()
	if len(opts.eval) > 0 {
		return evalParse(root, opts, log)
	}
	trainPath, devPath, outPath := fromRoot(root, opts.train), fromRoot(root, opts.dev), fromRoot(root, opts.out)
	train, err := conllu.ReadFile(trainPath)
	if err != nil {
		return fmt.Errorf("read training data: %w", err)
	}
	var dev []nlp.Sentence
	if devPath != "" {
		if dev, err = conllu.ReadFile(devPath); err != nil {
			return fmt.Errorf("read dev data: %w", err)
		}
	}
	if opts.withDev {
		if opts.tags != "jackknife" || len(dev) == 0 {
			return fmt.Errorf("--with-dev needs --tags jackknife and --dev")
		}
		// Dev cannot choose the epoch of a model trained on it: the model
		// is that of the last epoch (--epochs, chosen on held-out dev).
		opts.keepBest, opts.logDev = false, false
		for _, s := range dev {
			s.Tokens = slices.Clone(s.Tokens)
			train = append(train, s)
		}
		fmt.Fprintf(log, "parse: training on --train and --dev (%d sentences); the dev figures below are not held out\n", len(train))
	}
	switch opts.tags {
	case "file":
	case "jackknife":
		start := time.Now()
		// The jackknife taggers consider every label for every word
		// (CandMinCount -1): the label candidates came after the
		// embedded parser was trained, and they change too few tags to
		// matter, so its training tags stay the same.
		jk := tag.TrainOptions{CandMinCount: -1}
		switch opts.jkTagger {
		case "fast":
		case "model":
			wc, err := tag.ReadWordClasses(fromRoot(root, "../shared/data/gazetteer"))
			if err != nil {
				return err
			}
			lex, err := tag.ReadLexicon(fromRoot(root, "extract/tag/lexicon.tsv.gz"))
			if err != nil {
				return err
			}
			jk = tag.TrainOptions{Folds: tag.ModelFolds, Reverse: true, WordClasses: wc, Lexicon: lex, CandMinCount: -1}
		default:
			return fmt.Errorf("bad --jackknife-tagger %q: want fast or model", opts.jkTagger)
		}
		if err := jackknifeTags(ctx, train, opts.folds, jk, log); err != nil {
			return fmt.Errorf("jackknife tags: %w", err)
		}
		fmt.Fprintf(log, "parse: jackknifed tags in %s\n", time.Since(start).Round(time.Second))
		if opts.writeTagged != "" {
			if err := writeTreebank(fromRoot(root, opts.writeTagged), train); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("bad --tags %q: want jackknife or file", opts.tags)
	}
	// Dev is always tagged by the embedded tagger, as at run time.
	goldDev := slices.Clone(dev)
	for i := range goldDev {
		goldDev[i].Tokens = slices.Clone(dev[i].Tokens)
	}
	if err := retagDev(opts.devTagger, dev); err != nil {
		return fmt.Errorf("tag dev: %w", err)
	}
	topts := parse.TrainOptions{Epochs: opts.epochs, MinWordFreq: opts.minWordFreq, Seed: opts.seed, Prune: opts.prune, KeepBest: opts.keepBest, Ensemble: opts.ensemble, FastMargin: opts.fastMargin, FastPrune: opts.fastPrune, ExploreP: opts.exploreP, Beam: opts.beam, Reverse: opts.reverse, Log: log}
	if opts.logDev || opts.keepBest {
		topts.Dev = dev
	}
	start := time.Now()
	p, err := parse.Train(ctx, train, topts)
	if err != nil {
		return fmt.Errorf("train parser: %w", err)
	}
	fmt.Fprintf(log, "parse: trained in %s\n", time.Since(start).Round(time.Second))
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(outPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(log, "parse: wrote %s (%d bytes, %d features)\n", outPath, buf.Len(), p.Features())
	if len(dev) > 0 {
		m := parse.Evaluate(p, dev)
		fmt.Fprintf(log, "parse: dev (predicted tags) uas=%.2f las=%.2f las_base=%.2f\n", m.UAS, m.LAS, m.LASBase)
		m = parse.Evaluate(p, goldDev)
		fmt.Fprintf(log, "parse: dev (gold tags) uas=%.2f las=%.2f las_base=%.2f\n", m.UAS, m.LAS, m.LASBase)
		if opts.fastMargin > 0 && opts.beam <= 1 {
			fastSweep(p, float32(opts.fastMargin), dev, log)
		}
	}
	return nil
}

// fastSweep reports, on dev, the share of decisions the fast model takes
// alone and the scores at margins around m, and with the full model alone,
// so that the margin can be chosen; it leaves p at margin m.
func fastSweep(p *parse.Parser, m float32, dev []nlp.Sentence, log io.Writer) {
	for _, f := range []float32{0.5, 0.75, 1, 1.25, 1.5, float32(math.Inf(1))} {
		p.SetFastMargin(m * f)
		share := p.FastShare(dev)
		e := parse.Evaluate(p, dev)
		fmt.Fprintf(log, "parse: dev (predicted tags) fast margin %g: fast share %.3f uas=%.2f las=%.2f\n", m*f, share, e.UAS, e.LAS)
	}
	p.SetFastMargin(m)
}

func writeTreebank(path string, sents []nlp.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write tagged treebank: %w", err)
	}
	if err := conllu.Write(f, sents); err != nil {
		f.Close()
		return fmt.Errorf("write tagged treebank %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write tagged treebank %q: %w", path, err)
	}
	return nil
}

// evalParse scores the model at opts.out on each of opts.eval, with the
// treebank's gold tags and with the embedded tagger's.
func evalParse(root string, opts parseOptions, log io.Writer) error {
	f, err := os.Open(fromRoot(root, opts.out))
	if err != nil {
		return fmt.Errorf("open model: %w", err)
	}
	defer f.Close()
	p, err := parse.Load(f)
	if err != nil {
		return err
	}
	p.SetBeam(opts.beam)
	if opts.fastMargin < 0 {
		p.SetFastMargin(float32(math.Inf(1)))
	}
	for _, path := range opts.eval {
		sents, err := conllu.ReadFile(fromRoot(root, path))
		if err != nil {
			return fmt.Errorf("read treebank: %w", err)
		}
		m := parse.Evaluate(p, sents)
		fmt.Fprintf(log, "%s gold tags: uas=%.2f las=%.2f las_base=%.2f tokens=%d\n", filepath.Base(path), m.UAS, m.LAS, m.LASBase, m.Tokens)
		if err := retagDev(opts.devTagger, sents); err != nil {
			return fmt.Errorf("tag %s: %w", path, err)
		}
		m = parse.Evaluate(p, sents)
		fmt.Fprintf(log, "%s predicted tags: uas=%.2f las=%.2f las_base=%.2f tokens=%d fast_share=%.3f\n", filepath.Base(path), m.UAS, m.LAS, m.LASBase, m.Tokens, p.FastShare(sents))
	}
	return nil
}

// jackknifeTags replaces the tags of train by the output of taggers
// trained on the other folds (contiguous blocks of sentences, so documents
// stay together).
func jackknifeTags(ctx context.Context, train []nlp.Sentence, folds int, topts tag.TrainOptions, log io.Writer) error {
	if folds < 2 {
		return fmt.Errorf("need at least 2 folds, got %d", folds)
	}
	n := len(train)
	tagged := make([]nlp.Sentence, n)
	for k := 0; k < folds; k++ {
		lo, hi := k*n/folds, (k+1)*n/folds
		rest := make([]nlp.Sentence, 0, n-(hi-lo))
		rest = append(append(rest, train[:lo]...), train[hi:]...)
		start := time.Now()
		tg, err := tag.Train(ctx, rest, topts)
		if err != nil {
			return fmt.Errorf("fold %d: %w", k+1, err)
		}
		for i := lo; i < hi; i++ {
			s := train[i]
			s.Tokens = slices.Clone(s.Tokens)
			tg.Tag(&s)
			tagged[i] = s
		}
		fmt.Fprintf(log, "parse: fold %d/%d tagged in %s\n", k+1, folds, time.Since(start).Round(time.Second))
	}
	var same, all int
	for i := range train {
		for j := range train[i].Tokens {
			t, p := &train[i].Tokens[j], tagged[i].Tokens[j]
			if t.UPOS == p.UPOS && t.XPOS == p.XPOS {
				same++
			}
			all++
			t.UPOS, t.XPOS = p.UPOS, p.XPOS
		}
	}
	fmt.Fprintf(log, "parse: jackknifed tags agree with gold on %.2f%% of tokens\n", 100*float64(same)/float64(max(all, 1)))
	return nil
}

// retagDev replaces the tags of dev by those of the tagger in model file
// path (the embedded tagger if path is "").
func retagDev(path string, dev []nlp.Sentence) error {
	tg, err := loadTagger(path)
	if err != nil {
		return err
	}
	for i := range dev {
		tagTokens(tg, &dev[i])
	}
	return nil
}

// tagTokens sets UPOS and XPOS of s from tg, leaving the other fields.
func tagTokens(tg *tag.Tagger, s *nlp.Sentence) {
	c := *s
	c.Tokens = slices.Clone(s.Tokens)
	tg.Tag(&c)
	for j := range s.Tokens {
		s.Tokens[j].UPOS, s.Tokens[j].XPOS = c.Tokens[j].UPOS, c.Tokens[j].XPOS
	}
}
