package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newTagCommand is a placeholder until the tag trainer lands.
func newTagCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "tag",
		Short: "Train the tag model (not yet available)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("tag trainer not yet implemented")
		},
	}
}
