package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newNERCommand is a placeholder until the ner trainer lands.
func newNERCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "ner",
		Short: "Train the ner model (not yet available)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("ner trainer not yet implemented")
		},
	}
}
