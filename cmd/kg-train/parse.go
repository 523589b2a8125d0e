package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newParseCommand is a placeholder until the parse trainer lands.
func newParseCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "parse",
		Short: "Train the parse model (not yet available)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("parse trainer not yet implemented")
		},
	}
}
