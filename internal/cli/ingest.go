package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/internal/store"
)

type ingestOptions struct {
	paths         []string
	format        string
	strict        bool
	workers       int
	maxBytes      int
	minConfidence float64
	quiet         bool
	top           int
	beam          int
	vote          bool
}

func newIngestCommand(app *App) *cobra.Command {
	opts := ingestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract entities and triples from articles into the store",
		Long: `Ingest reads articles from files, folders (recursively) and "-" (standard
input), extracts entities and triples from each in parallel, and adds them to
the store. The format comes from the file extension or --format:

  .txt .md          plain text; a first line followed by a blank line is the title
  .jsonl .ndjson    one article per line: id, title, url, date, text (other fields kept)
  .html .htm        a web page: the main text, without navigation, captions and widgets
  --format triples  TSV subject<TAB>relation<TAB>object[<TAB>article] made by another tool

Ingest is idempotent: an article whose text is already stored is skipped, so
running the same command twice adds nothing. A bad article is reported as
FILE:LINE: reason and the batch goes on (exit status 3); --strict stops at the
first. Articles are committed in batches; Ctrl-C keeps everything committed.`,
		Example: `  kg ingest examples/
  kg ingest ../shared/data/news/bbc.jsonl --workers 2
  curl -s https://example.org/story.html | kg ingest --format html -
  kg ingest --format triples facts.tsv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("ingest needs at least one PATH (a file, a folder or - for standard input)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkBeam(opts.beam); err != nil {
				return err
			}
			opts.paths = args
			if !input.ValidFormat(opts.format) {
				return usageError("unknown --format %q (want txt, md, jsonl, html or triples)", opts.format)
			}
			return runIngest(cmd.Context(), opts, app)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.format, "format", "", "input format: txt, md, jsonl, html, triples (default: by extension)")
	f.BoolVar(&opts.strict, "strict", false, "stop at the first article that fails")
	f.IntVar(&opts.workers, "workers", 0, "extraction workers (default: all cores)")
	f.IntVar(&opts.maxBytes, "max-bytes", input.DefaultMaxBytes, "largest article or JSON line accepted, in bytes")
	f.Float64Var(&opts.minConfidence, "min-confidence", DefaultMinConfidence, "drop triples below this confidence (0 keeps all)")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "no progress and no summary")
	f.IntVar(&opts.top, "top", 5, "entities of the batch to list in the summary (0 for none)")
	f.IntVar(&opts.beam, "beam", 0, "parse with the beam model, searching this wide: more accurate, slower (--beam 8: 2 to 4 times) (0: greedy)")
	f.BoolVar(&opts.vote, "vote", false, "parse with the vote of four parsers: the most accurate parse, slowest (about three times --beam 16; overrides --beam)")
	return cmd
}

// job is one input item with its position in the input order.
type job struct {
	seq  int
	item input.Item
}

// outcome is what a worker made of a job.
type outcome struct {
	seq     int
	res     extract.Result
	skipped bool  // already stored
	err     error // read or extraction failure
}

// ingestSummary counts what a run did.
type ingestSummary struct {
	added, skipped, failed int
	sentences, words       int
	entities, triples      int
	mentions               map[string]int
	types                  map[string]string
}

func runIngest(ctx context.Context, opts ingestOptions, app *App) error {
	start := app.Now()
	// Models load on first use: triples input needs none.
	var loadTime time.Duration
	ex := sync.OnceValues(func() (*pipeline.Pipeline, error) {
		t0 := app.Now()
		defer func() { loadTime = app.Now().Sub(t0) }()
		return newExtractor(pipeline.BuildOptions{MinConfidence: opts.minConfidence, Beam: opts.beam, Vote: opts.vote})
	})
	st, err := app.openStore(false)
	if err != nil {
		return err
	}
	defer st.Close()

	workers := opts.workers
	if workers <= 0 {
		workers = app.workers()
	}
	sum := ingestSummary{mentions: map[string]int{}, types: map[string]string{}}
	var words atomic.Int64
	prog := newProgress(app, opts.quiet, "ingest")
	defer prog.stop()

	// The writer is consume: it commits in input order, so the same input
	// always gives the same store, and it keeps what was committed when the
	// run is interrupted.
	w := st.NewWriter(context.WithoutCancel(ctx))
	var firstErr error
	process := func(ctx context.Context, j job) outcome {
		o := work(ctx, j, ex, st)
		words.Add(int64(o.res.Words))
		return o
	}
	werr := runOrdered(ctx, opts.paths, input.Options{Format: opts.format, MaxBytes: opts.maxBytes, Stdin: app.In}, workers, process,
		func(o outcome) error {
			if err := commit(app, w, o, &sum); err != nil {
				return err
			}
			prog.set(sum.added+sum.skipped+sum.failed, int(words.Load()))
			if opts.strict && sum.failed > 0 {
				firstErr = &exitError{code: exitPartial, err: errors.New("stopped at the first failure (--strict)")}
				return errStop
			}
			return nil
		})
	cerr := w.Close()
	prog.stop()
	if cerr != nil {
		return fmt.Errorf("commit to store %s: %w", app.db, cerr)
	}
	if !opts.quiet {
		printSummary(app.ErrOut, sum, app.Now().Sub(start), loadTime, opts.top)
	}
	switch {
	case firstErr != nil:
		return firstErr
	case ctx.Err() != nil:
		return ctx.Err()
	case werr != nil:
		return werr
	case sum.failed > 0:
		return &exitError{code: exitPartial, err: fmt.Errorf("%d of %d articles failed", sum.failed, sum.added+sum.skipped+sum.failed),
			hint: "the failures are listed above; the other articles were stored"}
	}
	return nil
}

// work reads, deduplicates and extracts one job.
func work(ctx context.Context, j job, load func() (*pipeline.Pipeline, error), st *store.Store) outcome {
	o := outcome{seq: j.seq}
	it := j.item
	if it.Err != nil {
		o.err = it.Err
		return o
	}
	if it.Triples != nil {
		o.res = tripleResult(it)
		return o
	}
	hash := input.Hash(it.Article.Text)
	if ok, err := st.HasArticle(hash); err != nil {
		o.err = fmt.Errorf("%s: %w", it.Article.Source, err)
		return o
	} else if ok {
		o.skipped = true
		return o
	}
	ex, err := load()
	if err != nil {
		o.err = &fatalError{err}
		return o
	}
	res, err := ex.Extract(ctx, it.Article)
	if err != nil {
		o.err = fmt.Errorf("%s: extract: %w", it.Article.Source, err)
		return o
	}
	o.res = res
	return o
}

// tripleResult turns pre-extracted triples into a result whose identity is
// the triples themselves.
func tripleResult(it input.Item) extract.Result {
	var b strings.Builder
	b.WriteString(it.Article.ID)
	seen := map[string]bool{}
	var ents []extract.Entity
	for _, t := range it.Triples {
		b.WriteString("\n" + t.Subject + "\t" + t.Relation + "\t" + t.Object)
		for _, n := range []string{t.Subject, t.Object} {
			if !seen[n] {
				seen[n] = true
				ents = append(ents, extract.Entity{Name: n, Aliases: []string{n}, Article: it.Article.ID})
			}
		}
	}
	for i := range ents {
		for _, t := range it.Triples {
			if t.Subject == ents[i].Name || t.Object == ents[i].Name {
				ents[i].Mentions++
			}
		}
	}
	a := it.Article
	a.Text = b.String()
	return extract.Result{Article: a, Hash: input.Hash(a.Text), Sentences: len(it.Triples), Entities: ents, Triples: it.Triples}
}

// fatalError is an outcome error that ends the whole run, such as models
// that cannot be loaded.
type fatalError struct{ error }

func (e *fatalError) Unwrap() error { return e.error }

func commit(app *App, w *store.Writer, o outcome, sum *ingestSummary) error {
	var fe *fatalError
	if errors.As(o.err, &fe) {
		return fe.error
	}
	switch {
	case o.err != nil:
		sum.failed++
		fmt.Fprintf(app.ErrOut, "kg: %v\n", o.err)
		return nil
	case o.skipped:
		sum.skipped++
		return nil
	}
	added, err := w.Add(o.res)
	if err != nil {
		return fmt.Errorf("store article %s: %w", o.res.Article.Source, err)
	}
	if !added {
		sum.skipped++
		return nil
	}
	sum.added++
	sum.sentences += o.res.Sentences
	sum.words += o.res.Words
	sum.entities += len(o.res.Entities)
	sum.triples += len(o.res.Triples)
	for _, e := range o.res.Entities {
		sum.mentions[e.Name] += e.Mentions
		if e.Type != "" {
			sum.types[e.Name] = e.Type
		}
	}
	return nil
}

// printSummary reports a run; the words/s rate leaves out the one-off
// loading of the models.
func printSummary(w io.Writer, s ingestSummary, d, load time.Duration, top int) {
	secs := (d - load).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(w, "articles: %d new, %d already stored, %d failed\n", s.added, s.skipped, s.failed)
	fmt.Fprintf(w, "extracted: %d sentences, %d entities, %d triples from %d words in %s (%.0f words/s",
		s.sentences, s.entities, s.triples, s.words, d.Round(time.Millisecond), float64(s.words)/secs)
	if load > 0 {
		fmt.Fprintf(w, " after loading the models in %s", load.Round(time.Millisecond))
	}
	fmt.Fprintln(w, ")")
	if top <= 0 || len(s.mentions) == 0 {
		return
	}
	names := make([]string, 0, len(s.mentions))
	for n := range s.mentions {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if s.mentions[a] != s.mentions[b] {
			return s.mentions[a] > s.mentions[b]
		}
		return a < b
	})
	if len(names) > top {
		names = names[:top]
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s (%s, %d)", n, orDash(s.types[n]), s.mentions[n])
	}
	fmt.Fprintf(w, "top entities: %s\n", strings.Join(parts, ", "))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
