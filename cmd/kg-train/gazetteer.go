package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newGazetteerCommand is a placeholder until the gazetteer trainer lands.
func newGazetteerCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "gazetteer",
		Short: "Train the gazetteer model (not yet available)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("gazetteer trainer not yet implemented")
		},
	}
}
