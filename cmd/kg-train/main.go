// Command kg-train rebuilds kg's embedded models and data from the open
// corpora in ../shared/data. Each subcommand is deterministic: the same
// inputs give the same model bytes.
//
//	go run ./cmd/kg-train gazetteer
//	go run ./cmd/kg-train lexicon   # from WordNet, see its help
//	go run ./cmd/kg-train tag
//	go run ./cmd/kg-train lemma
//	go run ./cmd/kg-train parse
//	go run ./cmd/kg-train ner
//	go run ./cmd/kg-train sent
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract/tag"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	root := &cobra.Command{
		Use:           "kg-train",
		Short:         "Rebuild kg's embedded models from ../shared/data",
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.AddCommand(
		newGazetteerCommand(),
		newLexiconCommand(),
		newTagCommand(),
		newLemmaCommand(),
		newParseCommand(),
		newNERCommand(),
		newSentCommand(),
	)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "kg-train:", err)
		os.Exit(1)
	}
}

// withDevHelp is the help of the --with-dev flag of the trainers whose
// embedded models learn from the development data too.
const withDevHelp = "also train on the dev data, as the embedded model does (settings chosen on dev first; dev figures are then not held out)"

// treebankFlags are the data flags of the trainers that learn from UD
// English-EWT: the treebanks to train on and to report on, and the model
// file to write.
type treebankFlags struct {
	train, dev, test, out string
}

// register declares --train, --dev, --test and --out on cmd, with out the
// model file the package embeds.
func (t *treebankFlags) register(cmd *cobra.Command, out string) {
	f := cmd.Flags()
	f.StringVar(&t.train, "train", "../shared/data/ud-ewt/en_ewt-ud-train.conllu", "training treebank (CoNLL-U)")
	f.StringVar(&t.dev, "dev", "../shared/data/ud-ewt/en_ewt-ud-dev.conllu", "development treebank, evaluated after training (\"\" to skip)")
	f.StringVar(&t.test, "test", "", "test treebank, evaluated once at the end (\"\" to skip)")
	f.StringVar(&t.out, "out", out, "model file to write")
}

// devTaggerHelp is the help of --dev-tagger.
const devTaggerHelp = "tagger model `FILE` that tags the dev data for the reports (default: the embedded tagger, which learned from dev too; give one from kg-train tag --out FILE to measure on held-out dev)"

// loadTagger returns the tagger in the model file path, or the embedded
// one if path is "".
func loadTagger(path string) (*tag.Tagger, error) {
	if path == "" {
		return tag.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dev tagger: %w", err)
	}
	defer f.Close()
	t, err := tag.Load(f)
	if err != nil {
		return nil, fmt.Errorf("dev tagger %s: %w", path, err)
	}
	return t, nil
}
