// Command kg-train rebuilds kg's embedded models and data from the open
// corpora in ../shared/data. Each subcommand is deterministic: the same
// inputs give the same model bytes.
//
//	go run ./cmd/kg-train gazetteer
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
