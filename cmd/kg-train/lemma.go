package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newLemmaCommand is a placeholder until the lemma trainer lands.
func newLemmaCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "lemma",
		Short: "Train the lemma model (not yet available)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("lemma trainer not yet implemented")
		},
	}
}
