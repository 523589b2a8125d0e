package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lemma"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/tag"
	"github.com/kg-project/kg/extract/tokenize"
)

// nerOptions are the flags of `kg-train ner`.
type nerOptions struct {
	data      string // ud-ewt data directory
	trainIOB  string
	devIOB    string
	testIOB   string
	out       string
	predicted bool   // train on tagger output instead of gold tags
	trees     string // CoNLL-U trees for the training POS tags; "" = derived from --train
	tagFolds  int    // jackknife the tagger over this many folds of the training trees
	evalTest  bool
	withDev   bool
	devTagger string
	// writeTrees, if set, receives the training trees with their
	// jackknifed POS tags, for reuse with --train-trees and --tag-folds 0.
	writeTrees string
	// stories is the folder of news stories with name lists (NAME.txt,
	// NAME.gold) trained on beside UNER; "" trains on UNER alone.
	stories string
	// heldOut are files listing, one a line, the stories of the folder
	// not trained on; none means stories/heldout.txt and, when it exists,
	// stories/untrained.txt.
	heldOut []string
	train   ner.TrainOptions
}

// newNERCommand trains the embedded named-entity model.
func newNERCommand() *cobra.Command {
	o := nerOptions{}
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the named-entity recogniser on UNER English-EWT and kg's listed stories",
		Long: `Train extract/ner/model.bin.gz on UNER English-EWT train (2022-12 pre-release,
B-O/OTH mapped to O) joined to the UD English-EWT trees for POS tags, and on
the news stories of --stories that have a list of their names (NAME.txt beside
NAME.gold: TYPE<tab>name lines), except those named in --held-out; then print
entity-level P/R/F1 on dev with gold and with predicted (extract/tag) POS
tags. Run from the repository root. Training is deterministic.

Jackknifing the training POS tags takes most of a run (about 1.5 of 2
minutes with GOMAXPROCS=1). When comparing training settings, write the
jackknifed trees once with --write-train-trees FILE and pass
--train-trees FILE --tag-folds 0 afterwards: the model is the same, byte
for byte (not with --with-dev, whose trees would then hold dev twice).`,
		Example: `  go run ./cmd/kg-train ner
  go run ./cmd/kg-train ner --epochs 10 --test
  GOMAXPROCS=1 go run ./cmd/kg-train ner --with-dev   # the embedded model
  go run ./cmd/kg-train ner --stories ""              # UNER alone
  GOMAXPROCS=1 go run ./cmd/kg-train ner --write-train-trees /tmp/ewt-train-jk4.conllu
  GOMAXPROCS=1 go run ./cmd/kg-train ner --train-trees /tmp/ewt-train-jk4.conllu --tag-folds 0 --seed 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runNER(cmd.Context(), o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.data, "data", filepath.Join("..", "shared", "data", "ud-ewt"), "UD English-EWT directory (with uner/)")
	f.StringVar(&o.trainIOB, "train", "en_ewt-ud-train.prerelease-2022-12-02.iob2", "UNER training file under DATA/uner")
	f.StringVar(&o.devIOB, "dev", "en_ewt-ud-dev.iob2", "UNER dev file under DATA/uner")
	f.StringVar(&o.testIOB, "test-file", "en_ewt-ud-test.iob2", "UNER test file under DATA/uner")
	f.BoolVar(&o.evalTest, "test", false, "also evaluate on the test file (report only; never tune on it)")
	f.StringVar(&o.out, "out", filepath.Join("extract", "ner", "model.bin.gz"), "model file to write")
	f.BoolVar(&o.predicted, "predicted-tags", false, "train on the embedded tagger's output instead of gold POS tags")
	f.StringVar(&o.trees, "train-trees", "", "CoNLL-U file giving the training POS tags (default: the EWT train trees)")
	f.IntVar(&o.tagFolds, "tag-folds", 4, "train on POS tags from extract/tag jackknifed over this many folds (0: gold tags)")
	f.IntVar(&o.train.Epochs, "epochs", ner.DefaultEpochs, "training epochs")
	f.IntVar(&o.train.Folds, "folds", ner.DefaultFolds, "jackknife folds for the document-level pass (-1: one pass)")
	f.Float64Var(&o.train.MinWeight, "min-weight", ner.DefaultMinWeight, "drop features with all weights below this")
	f.Uint64Var(&o.train.Seed, "seed", 1, "shuffling seed")
	f.IntVar(&o.train.Ensemble, "ensemble", ner.DefaultEnsemble, "perceptrons averaged per pass")
	f.Float64Var(&o.train.Headlines, "headlines", ner.DefaultHeadlines, "share of training sentences added again in headline case (-1: none)")
	f.IntVar(&o.train.Augment, "augment", ner.DefaultAugment, "copies of the training documents with names replaced (-1: none)")
	f.IntVar(&o.train.MinCount, "min-count", ner.DefaultMinCount, "learn only features seen at least this often")
	f.Float64Var(&o.train.WordDropout, "word-dropout", ner.DefaultWordDropout, "share of training tokens whose word features are hidden per epoch (-1: none)")
	f.BoolVar(&o.withDev, "with-dev", false, withDevHelp)
	f.StringVar(&o.devTagger, "dev-tagger", "", devTaggerHelp)
	f.StringVar(&o.stories, "stories", filepath.Join("extract", "pipeline", "testdata", "world"), "folder of news stories with name lists (NAME.txt, NAME.gold) to train on too (\"\": none)")
	f.StringSliceVar(&o.heldOut, "held-out", nil, "files naming the stories not trained on, one a line (default STORIES/heldout.txt and, if it exists, STORIES/untrained.txt)")
	f.StringVar(&o.writeTrees, "write-train-trees", "", "write the training trees with their jackknifed POS tags here (CoNLL-U), for reuse with --train-trees FILE --tag-folds 0")
	return cmd
}

// nerConlluFor maps a UNER file name to its UD tree file.
func nerConlluFor(data, iob string) string {
	switch {
	case bytes.Contains([]byte(iob), []byte("train")):
		return filepath.Join(data, "en_ewt-ud-train.conllu")
	case bytes.Contains([]byte(iob), []byte("dev")):
		return filepath.Join(data, "en_ewt-ud-dev.conllu")
	default:
		return filepath.Join(data, "en_ewt-ud-test.conllu")
	}
}

func runNER(ctx context.Context, o nerOptions, out, errOut io.Writer) error {
	o.train.Progress = errOut
	treesPath := o.trees
	if treesPath == "" {
		treesPath = nerConlluFor(o.data, o.trainIOB)
	}
	train, _, err := ner.ReadCorpus(filepath.Join(o.data, "uner", o.trainIOB), "")
	if err != nil {
		return err
	}
	trees, err := conllu.ReadFile(treesPath)
	if err != nil {
		return fmt.Errorf("read training trees: %w", err)
	}
	if o.withDev {
		// The dev entities and trees join the training ones; the trees are
		// jackknifed with them, and the sentences joined by sent_id below.
		dev, _, err := ner.ReadCorpus(filepath.Join(o.data, "uner", o.devIOB), "")
		if err != nil {
			return err
		}
		devTrees, err := conllu.ReadFile(nerConlluFor(o.data, o.devIOB))
		if err != nil {
			return fmt.Errorf("read dev trees: %w", err)
		}
		train, trees = append(train, dev...), append(trees, devTrees...)
		fmt.Fprintf(errOut, "ner: training on the train and dev files (%d sentences); the dev figures below are not held out\n", len(train))
	}
	if o.tagFolds > 1 {
		if err := nerJackknifeTags(ctx, trees, o.tagFolds, errOut); err != nil {
			return err
		}
	}
	if o.writeTrees != "" {
		if err := writeTrees(o.writeTrees, trees); err != nil {
			return err
		}
	}
	tagged := ner.JoinTags(train, trees)
	// Keep the sentences joined to a tree: they have gold POS tags.
	kept := train[:0]
	for _, s := range train {
		if len(s.Tokens) > 0 && s.Tokens[0].UPOS != "" {
			kept = append(kept, s)
		}
	}
	fmt.Fprintf(errOut, "ner: %d training sentences, %d joined to trees\n", len(train), tagged)
	train = kept
	if o.stories != "" {
		held := o.heldOut
		if len(held) == 0 {
			held = defaultHeldOut(o.stories)
		}
		news, n, err := readStories(o.stories, held)
		if err != nil {
			return err
		}
		fmt.Fprintf(errOut, "ner: %d sentences of %d listed stories from %s\n", len(news), n, o.stories)
		train = append(train, news...)
	}
	tagger, tagErr := loadTagger(o.devTagger)
	if o.predicted {
		if tagErr != nil {
			return tagErr
		}
		nerRetag(tagger, train)
	}
	start := time.Now()
	rec, err := ner.Train(ctx, train, o.train)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(errOut, "ner: trained in %v\n", time.Since(start).Round(time.Second))
	var buf bytes.Buffer
	if err := rec.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	fmt.Fprintf(errOut, "ner: wrote %s (%d bytes)\n", o.out, buf.Len())
	rec, err = ner.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return fmt.Errorf("reload ner model: %w", err)
	}
	files := []string{o.devIOB}
	if o.evalTest {
		files = append(files, o.testIOB)
	}
	for _, f := range files {
		gold, _, err := ner.ReadCorpus(filepath.Join(o.data, "uner", f), nerConlluFor(o.data, f))
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "== %s, gold POS tags\n", f)
		if err := ner.Evaluate(rec, gold).Write(out); err != nil {
			return err
		}
		if tagErr != nil {
			fmt.Fprintf(errOut, "ner: no predicted-tag evaluation: %v\n", tagErr)
			continue
		}
		nerRetag(tagger, gold)
		fmt.Fprintf(out, "== %s, predicted POS tags (extract/tag)\n", f)
		if err := ner.Evaluate(rec, gold).Write(out); err != nil {
			return err
		}
	}
	return nil
}

// defaultHeldOut returns the files naming the stories of dir that are not
// trained on: heldout.txt (never read while rules were written, kg's
// figure for news it has not seen) and, if it exists, untrained.txt (read
// for rules since the model was last trained; the next retraining moves
// them out of it).
func defaultHeldOut(dir string) []string {
	held := []string{filepath.Join(dir, "heldout.txt")}
	// (a file there that cannot be read is named all the same, so that
	// readStories reports it rather than training on its stories)
	if u := filepath.Join(dir, "untrained.txt"); !missing(u) {
		held = append(held, u)
	}
	return held
}

// missing reports whether nothing exists at path.
func missing(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}

// readStories reads the stories of dir that have name lists, except those
// the files held name, analyses them with the embedded tokenizer, tagger
// and lemmatiser as kg does before recognising names, and tags their
// tokens from the lists (ner.Project). It returns the sentences and the
// number of stories.
func readStories(dir string, held []string) ([]nlp.Sentence, int, error) {
	skip := map[string]bool{}
	for _, h := range held {
		data, err := os.ReadFile(h)
		if err != nil {
			return nil, 0, fmt.Errorf("held-out stories: %w", err)
		}
		for _, name := range strings.Fields(string(data)) {
			skip[name] = true
		}
	}
	lists, err := filepath.Glob(filepath.Join(dir, "*.gold"))
	if err != nil || len(lists) == 0 {
		return nil, 0, fmt.Errorf("no name lists (*.gold) in %s", dir)
	}
	tg, err := tag.Default()
	if err != nil {
		return nil, 0, err
	}
	lm, err := lemma.Default()
	if err != nil {
		return nil, 0, err
	}
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, 0, err
	}
	p, err := pipeline.New(pipeline.Stages{Tokenizer: tokenize.New(), Tagger: tg, Lemmatizer: lm}, pipeline.BuildOptions{})
	if err != nil {
		return nil, 0, err
	}
	var out []nlp.Sentence
	n := 0
	for _, list := range lists {
		name := strings.TrimSuffix(filepath.Base(list), ".gold")
		if skip[name] {
			continue
		}
		f, err := os.Open(list)
		if err != nil {
			return nil, 0, err
		}
		names, err := ner.ReadNameList(f, list)
		f.Close()
		if err != nil {
			return nil, 0, err
		}
		text, err := os.ReadFile(strings.TrimSuffix(list, ".gold") + ".txt")
		if err != nil {
			return nil, 0, fmt.Errorf("story of %s: %w", list, err)
		}
		doc := p.Analyze(string(text))
		ner.Project(string(text), doc, names, gz)
		for i := range doc {
			doc[i].ID = fmt.Sprintf("world-%s-%04d", name, i+1)
		}
		out = append(out, doc...)
		n++
	}
	return out, n, nil
}

// nerJackknifeTags replaces the POS tags of trees with those of taggers
// trained on the other folds (sentence i is in fold i mod folds), so that
// the recogniser learns from tags as noisy as it will see at run time.
func nerJackknifeTags(ctx context.Context, trees []nlp.Sentence, folds int, errOut io.Writer) error {
	tagged := make([]nlp.Sentence, len(trees))
	for f := 0; f < folds; f++ {
		var train []nlp.Sentence
		for i := range trees {
			if i%folds != f {
				train = append(train, trees[i])
			}
		}
		// Every label for every word (CandMinCount -1), as the taggers
		// that tagged the embedded model's training data did.
		t, err := tag.Train(ctx, train, tag.TrainOptions{Folds: 1, CandMinCount: -1})
		if err != nil {
			return fmt.Errorf("jackknife tagger fold %d: %w", f, err)
		}
		for i := range trees {
			if i%folds == f {
				s := trees[i]
				s.Tokens = append([]nlp.Token(nil), s.Tokens...)
				t.Tag(&s)
				tagged[i] = s
			}
		}
		fmt.Fprintf(errOut, "ner: jackknifed tagger fold %d/%d\n", f+1, folds)
	}
	copy(trees, tagged)
	return nil
}

// writeTrees writes trees to path as CoNLL-U.
func writeTrees(path string, trees []nlp.Sentence) error {
	var buf bytes.Buffer
	if err := conllu.Write(&buf, trees); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write training trees: %w", err)
	}
	return nil
}

// nerRetag replaces the POS tags of sents with the tagger's.
func nerRetag(t *tag.Tagger, sents []nlp.Sentence) {
	for i := range sents {
		t.Tag(&sents[i])
	}
}
