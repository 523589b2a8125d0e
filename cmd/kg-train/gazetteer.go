package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract/gazetteer"
)

// gazetteerOptions are the flags of `kg-train gazetteer`.
type gazetteerOptions struct {
	src  string // directory with the gazetteer source TSVs
	out  string // data file to write
	img  string // image to write, embedded in kg
	opts gazetteer.BuildOptions
}

// newGazetteerCommand builds the gazetteer data file and the image of it
// that kg embeds.
func newGazetteerCommand() *cobra.Command {
	o := gazetteerOptions{}
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Build the embedded gazetteer from ../shared/data/gazetteer",
		Long: `Build extract/gazetteer/data/gazetteer.tsv.gz from the permissive files of
the gazetteer folder (countries, cities, regions, organisations, given names),
and extract/gazetteer/data/gazetteer.bin.gz, the image of it that kg embeds
(the loaded tables, which load several times faster than the text).
The share-alike files there are never read. Run from the repository root.`,
		Example: `  go run ./cmd/kg-train gazetteer
  go run ./cmd/kg-train gazetteer --min-given-count 500`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGazetteer(cmd.Context(), o, cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.src, "data", filepath.Join("..", "shared", "data", "gazetteer"), "gazetteer source directory")
	f.StringVar(&o.out, "out", filepath.Join("extract", "gazetteer", "data", "gazetteer.tsv.gz"), "output data file")
	f.StringVar(&o.img, "image", filepath.Join("extract", "gazetteer", "data", "gazetteer.bin.gz"), "output image of the data file")
	f.IntVar(&o.opts.MinGivenCount, "min-given-count", gazetteer.DefaultMinGivenCount, "keep SSA given names with at least this many births")
	f.IntVar(&o.opts.AltNamesMinPopulation, "alt-names-min-population", gazetteer.DefaultAltNamesMinPopulation, "keep alternate names of cities at least this large")
	f.IntVar(&o.opts.MinCityPopulation, "min-city-population", 0, "drop cities smaller than this (capitals are kept)")
	return cmd
}

func runGazetteer(ctx context.Context, o gazetteerOptions, errOut io.Writer) error {
	var buf bytes.Buffer
	if err := gazetteer.Build(o.src, o.opts, &buf); err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	g, err := gazetteer.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return fmt.Errorf("check built gazetteer: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var img bytes.Buffer
	if err := g.WriteImage(&img); err != nil {
		return err
	}
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	fmt.Fprintf(errOut, "wrote %s: %d bytes, %d entries\n", o.out, buf.Len(), g.Len())
	if err := os.WriteFile(o.img, img.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write gazetteer image: %w", err)
	}
	fmt.Fprintf(errOut, "wrote %s: %d bytes\n", o.img, img.Len())
	return nil
}
