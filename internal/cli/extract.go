package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"github.com/kg-project/kg/extract/parse"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
)

type extractOptions struct {
	paths         []string
	inFormat      string
	format        string
	all           bool
	minConfidence float64
	// minConfidenceSet is whether --min-confidence was given.
	minConfidenceSet bool
	sentences        string
	workers          int
	maxBytes         int
	beam             int
	vote             bool
}

func newExtractCommand(app *App) *cobra.Command {
	opts := extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract entities and triples without a store",
		Long: `Extract reads articles like ingest does and writes what it finds to standard
output, in input order, without touching the store: for pipelines and for
evaluation.

--format jsonl (the default) writes one JSON object per line, a contract that
tests and other tools rely on:

  {"kind":"entity","name":"Khalifa Haftar","type":"PERSON","aliases":[...],"mentions":7,"article":"..."}
  {"kind":"triple","subject":"Khalifa Haftar","subject_type":"PERSON","relation":"visit",
   "object":"Russia","object_type":"LOC","article":"...","sentence":12,"start":1043,"end":1121,
   "text":"...","confidence":0.9,"negated":false}

--format tsv and --format table are for people. --format carb reads
--sentences FILE, one already tokenised sentence per line, and writes CaRB's
open-extraction format SENTENCE<TAB>CONFIDENCE<TAB>RELATION<TAB>ARG1<TAB>ARG2...`,
		Example: `  kg extract ../shared/data/seed/article.txt
  kg extract --format table examples/
  kg extract --beam 8 --format table examples/     # a more accurate parse, 2 to 4 times slower
  kg extract --vote --format table examples/       # the most accurate parse, slower still
  echo "Sergei Lavrov met Khalifa Haftar in Moscow." | kg extract --format tsv -
  kg extract --format carb --sentences ../shared/data/carb/dev-sentences.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			opts.minConfidenceSet = cmd.Flags().Changed("min-confidence")
			if err := checkBeam(opts.beam); err != nil {
				return err
			}
			switch opts.format {
			case "jsonl", "tsv", "table":
				if len(args) == 0 {
					return usageError("extract needs at least one PATH (a file, a folder or - for standard input)")
				}
			case "carb":
				if opts.sentences == "" {
					return usageError("--format carb needs --sentences FILE")
				}
			default:
				return usageError("unknown --format %q (want jsonl, tsv, table or carb)", opts.format)
			}
			if !input.ValidFormat(opts.inFormat) || opts.inFormat == input.FormatTriples {
				return usageError("unknown --input-format %q (want txt, md, jsonl or html)", opts.inFormat)
			}
			return runExtract(cmd.Context(), opts, app)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.format, "format", "jsonl", "output: jsonl, tsv, table or carb")
	f.StringVar(&opts.inFormat, "input-format", "", "input format: txt, md, jsonl, html (default: by extension)")
	f.BoolVar(&opts.all, "all", false, "also triples whose arguments are plain noun phrases, not entities")
	f.Float64Var(&opts.minConfidence, "min-confidence", DefaultMinConfidence, "drop triples below this confidence (0 keeps all)")
	f.StringVar(&opts.sentences, "sentences", "", "with --format carb: file of tokenised sentences, one per line")
	f.IntVar(&opts.workers, "workers", 0, "extraction workers (default: all cores)")
	f.IntVar(&opts.maxBytes, "max-bytes", input.DefaultMaxBytes, "largest article or JSON line accepted, in bytes")
	f.IntVar(&opts.beam, "beam", 0, "parse with the beam model, searching this wide: more accurate, slower (--beam 8: 2 to 4 times) (0: greedy)")
	f.BoolVar(&opts.vote, "vote", false, "parse with the vote of four parsers: the most accurate parse, slowest (about three times --beam 16; overrides --beam)")
	return cmd
}

func runExtract(ctx context.Context, opts extractOptions, app *App) error {
	bo := pipeline.BuildOptions{All: opts.all, MinConfidence: opts.minConfidence, Beam: opts.beam, Vote: opts.vote}
	ex, err := newExtractor(bo)
	if err != nil {
		return err
	}
	if opts.format == "carb" {
		if !opts.minConfidenceSet {
			opts.minConfidence = 0 // CaRB scoring picks its own threshold
		}
		return runCaRB(ctx, opts, ex, app)
	}
	out := bufio.NewWriter(app.Out)
	defer out.Flush()
	var tw *tabwriter.Writer
	if opts.format == "table" {
		tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "SUBJECT\tRELATION\tOBJECT\tCONF\tARTICLE:SENTENCE")
	}
	failed := 0
	workers := opts.workers
	if workers <= 0 {
		workers = app.workers()
	}
	err = runOrdered(ctx, opts.paths, input.Options{Format: opts.inFormat, MaxBytes: opts.maxBytes, Stdin: app.In}, workers,
		func(ctx context.Context, j job) outcome {
			o := outcome{seq: j.seq}
			if j.item.Err != nil {
				o.err = j.item.Err
				return o
			}
			o.res, o.err = ex.Extract(ctx, j.item.Article)
			return o
		},
		func(o outcome) error {
			if o.err != nil {
				failed++
				fmt.Fprintf(app.ErrOut, "kg: %v\n", o.err)
				return nil
			}
			switch opts.format {
			case "jsonl":
				return writeJSONL(out, o.res)
			case "tsv":
				for _, t := range o.res.Triples {
					fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%d\t%.2f\t%s\n", clean1(t.Subject), clean1(t.Relation), clean1(t.Object),
						clean1(t.Article), t.Sentence, t.Confidence, flags(t))
				}
			case "table":
				for _, t := range o.res.Triples {
					rel := t.Relation
					if f := flags(t); f != "" {
						rel += " [" + f + "]"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s:%d\n", clean1(t.Subject), clean1(rel), clean1(t.Object), t.Confidence, t.Article, t.Sentence)
				}
			}
			return nil
		})
	if tw != nil {
		tw.Flush()
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{code: exitPartial, err: fmt.Errorf("%d articles failed", failed), hint: "the failures are listed above"}
	}
	return nil
}

// flags renders a triple's qualifiers for people.
func flags(t extract.Triple) string {
	var f []string
	if t.Negated {
		f = append(f, "negated")
	}
	if t.Hedged {
		f = append(f, "hedged")
	}
	if t.ReportedBy != "" {
		f = append(f, "reported by "+t.ReportedBy)
	}
	if t.Date != "" {
		f = append(f, t.Date)
	}
	return strings.Join(f, ", ")
}

// clean1 makes a field safe for one TSV cell.
func clean1(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

type entityLine struct {
	Kind string `json:"kind"`
	extract.Entity
}

type tripleLine struct {
	Kind string `json:"kind"`
	extract.Triple
}

// writeJSONL writes one article's entities and triples in the extract
// contract's line format.
func writeJSONL(w io.Writer, res extract.Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range res.Entities {
		if err := enc.Encode(entityLine{"entity", e}); err != nil {
			return err
		}
	}
	for _, t := range res.Triples {
		if err := enc.Encode(tripleLine{"triple", t}); err != nil {
			return err
		}
	}
	return nil
}

func runCaRB(ctx context.Context, opts extractOptions, ex *pipeline.Pipeline, app *App) error {
	f, err := os.Open(opts.sentences)
	if err != nil {
		return fmt.Errorf("open sentences: %w", err)
	}
	defer f.Close()
	out := bufio.NewWriter(app.Out)
	defer out.Flush()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return err
		}
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			continue
		}
		if err := ex.WriteCaRB(out, s, opts.minConfidence); err != nil {
			return fmt.Errorf("%s:%d: %w", opts.sentences, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", opts.sentences, line+1, err)
	}
	return nil
}

// checkBeam reports a --beam outside 0..parse.MaxBeam.
func checkBeam(k int) error {
	if k < 0 || k > parse.MaxBeam {
		return usageError("--beam %d: want 0 (greedy) to %d", k, parse.MaxBeam)
	}
	return nil
}
