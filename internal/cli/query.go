package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/internal/store"
)

// newExtractor loads the extraction pipeline with its embedded models.
func newExtractor(bo pipeline.BuildOptions) (*pipeline.Pipeline, error) {
	p, err := pipeline.Default(bo)
	if err != nil {
		return nil, fmt.Errorf("load extraction models: %w", err)
	}
	return p, nil
}

type queryOptions struct {
	pattern  store.Pattern
	evidence bool
	format   string
}

func newQueryCommand(app *App) *cobra.Command {
	opts := queryOptions{}
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Find stored facts by subject, relation, object or entity",
		Long: `Query lists the stored facts (subject –relation→ object, with the number of
sentences and articles stating them) that match every bound field. Names
match canonical names and aliases without regard to case; each bound field is
answered from an index, without scanning the store.`,
		Example: `  kg query --subject "Khalifa Haftar"
  kg query --relation visit --object russia --evidence
  kg query --entity LNA --format jsonl --limit 20`,
		Args: exactArgs(0, "no arguments (use --subject, --relation, --object or --entity)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.format {
			case "table", "tsv", "jsonl":
			default:
				return usageError("unknown --format %q (want table, tsv or jsonl)", opts.format)
			}
			return runQuery(cmd.Context(), opts, app)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.pattern.Subject, "subject", "s", "", "subject entity (name or alias)")
	f.StringVarP(&opts.pattern.Relation, "relation", "r", "", "relation, e.g. visit")
	f.StringVarP(&opts.pattern.Object, "object", "o", "", "object entity (name or alias)")
	f.StringVarP(&opts.pattern.Entity, "entity", "e", "", "entity as subject or object")
	f.Float64Var(&opts.pattern.MinConfidence, "min-confidence", 0, "only facts with a mention at least this confident")
	f.IntVar(&opts.pattern.Limit, "limit", 0, "at most this many facts (0: all)")
	f.BoolVar(&opts.evidence, "evidence", false, "show the sentences and articles behind each fact")
	f.StringVar(&opts.format, "format", "table", "output: table, tsv or jsonl")
	return cmd
}

type factLine struct {
	store.Fact
	Evidence []extract.Triple `json:"evidence,omitempty"`
}

func runQuery(ctx context.Context, opts queryOptions, app *App) error {
	st, err := app.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	var facts []factLine
	err = st.Query(ctx, opts.pattern, func(f store.Fact) error {
		facts = append(facts, factLine{Fact: f})
		return nil
	})
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	if opts.evidence {
		for i := range facts {
			f := &facts[i]
			err := st.Evidence(ctx, f.Subject, f.Relation, f.Object, func(t extract.Triple) error {
				f.Evidence = append(f.Evidence, t)
				return nil
			})
			if err != nil {
				return fmt.Errorf("evidence: %w", err)
			}
		}
	}
	out := bufio.NewWriter(app.Out)
	defer out.Flush()
	switch opts.format {
	case "jsonl":
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, f := range facts {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
	case "tsv":
		for _, f := range facts {
			fmt.Fprintf(out, "%s\t%s\t%s\t%d\t%d\t%.2f\n", clean1(f.Subject), clean1(f.Relation), clean1(f.Object), f.Weight, f.Articles, f.Confidence)
			for _, t := range f.Evidence {
				fmt.Fprintf(out, "\t\t\t\t\t\t%s:%d\t%s\n", clean1(t.Article), t.Sentence, clean1(t.Text))
			}
		}
	default:
		if len(facts) == 0 {
			fmt.Fprintln(app.ErrOut, "no facts match")
			return nil
		}
		tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "SUBJECT\tRELATION\tOBJECT\tSENTENCES\tARTICLES\tCONF")
		for _, f := range facts {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.2f\n", f.Subject, f.Relation, f.Object, f.Weight, f.Articles, f.Confidence)
			for _, t := range f.Evidence {
				fmt.Fprintf(tw, "\t  %s:%d\t%s\t\t\t\n", t.Article, t.Sentence, shorten(t.Text, 100))
			}
		}
		tw.Flush()
	}
	return nil
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func newEntityCommand(app *App) *cobra.Command {
	var top int
	cmd := &cobra.Command{
		Use:   "entity NAME",
		Short: "Show an entity: type, aliases, mentions, articles and strongest relations",
		Example: `  kg entity "Khalifa Haftar"
  kg entity lna`,
		Args: exactArgs(1, "one NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEntity(cmd.Context(), args[0], top, app)
		},
	}
	cmd.Flags().IntVar(&top, "top", 10, "relations to show in each direction")
	return cmd
}

func notFound(err error, what string) error {
	if errors.Is(err, store.ErrNotFound) {
		return &exitError{code: exitFailure, err: fmt.Errorf("no entity %q in the store", what),
			hint: "names match canonical names and aliases without case; try `kg rank` to see what is there"}
	}
	return err
}

func runEntity(ctx context.Context, name string, top int, app *App) error {
	st, err := app.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	e, err := st.Entity(ctx, name)
	if err != nil {
		return notFound(err, name)
	}
	out := bufio.NewWriter(app.Out)
	defer out.Flush()
	typ := e.Type
	if e.Subtype != "" {
		typ += " (" + e.Subtype + ")"
	}
	fmt.Fprintf(out, "%s\n  type:     %s\n  aliases:  %s\n  mentions: %d\n  articles: %d\n", e.Name, orDash(typ),
		strings.Join(e.Aliases, ", "), e.Mentions, len(e.Articles))
	if len(e.Articles) > 0 {
		shown := e.Articles
		if len(shown) > 10 {
			shown = shown[:10]
		}
		fmt.Fprintf(out, "            %s", strings.Join(shown, ", "))
		if len(e.Articles) > 10 {
			fmt.Fprintf(out, ", … (%d more)", len(e.Articles)-10)
		}
		fmt.Fprintln(out)
	}
	for i, m := range e.MergedFrom {
		reason := ""
		if i < len(e.MergeReasons) && e.MergeReasons[i] != "" {
			reason = " (" + e.MergeReasons[i] + ")"
		}
		fmt.Fprintf(out, "  merged:   %s%s\n", m, reason)
	}
	for _, dir := range []string{"out", "in"} {
		var facts []store.Fact
		p := store.Pattern{Subject: e.Name}
		if dir == "in" {
			p = store.Pattern{Object: e.Name}
		}
		if err := st.Query(ctx, p, func(f store.Fact) error { facts = append(facts, f); return nil }); err != nil {
			return err
		}
		sort.SliceStable(facts, func(i, j int) bool { return facts[i].Weight > facts[j].Weight })
		if len(facts) > top {
			facts = facts[:top]
		}
		if len(facts) == 0 {
			continue
		}
		fmt.Fprintf(out, "  relations %s:\n", dir)
		for _, f := range facts {
			if dir == "out" {
				fmt.Fprintf(out, "    –%s→ %s (%d)\n", f.Relation, f.Object, f.Weight)
			} else {
				fmt.Fprintf(out, "    %s –%s→ (%d)\n", f.Subject, f.Relation, f.Weight)
			}
		}
	}
	return nil
}

func newWhyCommand(app *App) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "why A B",
		Short: "Every stored triple between two entities, with its sentence and article",
		Example: `  kg why "Sergei Lavrov" Haftar
  kg why LNA Tripoli --format jsonl`,
		Args: exactArgs(2, "two entity names A and B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWhy(cmd.Context(), args[0], args[1], format, app)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output: text or jsonl")
	return cmd
}

func runWhy(ctx context.Context, a, b, format string, app *App) error {
	st, err := app.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, n := range []string{a, b} {
		if _, err := st.Resolve(ctx, n); err != nil {
			return notFound(err, n)
		}
	}
	out := bufio.NewWriter(app.Out)
	defer out.Flush()
	n := 0
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	err = st.Why(ctx, a, b, func(t extract.Triple) error {
		n++
		if format == "jsonl" {
			return enc.Encode(tripleLine{"triple", t})
		}
		fl := flags(t)
		if fl != "" {
			fl = " [" + fl + "]"
		}
		fmt.Fprintf(out, "%s –%s→ %s%s  (confidence %.2f)\n  %s:%d  %s\n\n", t.Subject, t.Relation, t.Object, fl, t.Confidence,
			t.Article, t.Sentence, shorten(t.Text, 300))
		return nil
	})
	if err != nil {
		return err
	}
	if n == 0 && format != "jsonl" {
		fmt.Fprintf(app.ErrOut, "no stored triple links %s and %s\n", a, b)
	}
	return nil
}

func newStatsCommand(app *App) *cobra.Command {
	return &cobra.Command{
		Use:     "stats",
		Short:   "Counts of articles, entities, triples and mentions, and the store's size",
		Example: `  kg stats --db news.db`,
		Args:    exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := app.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			return printStats(app.Out, app.db, s)
		},
	}
}

func printStats(w io.Writer, db string, s store.Stats) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "store\t%s\n", db)
	fmt.Fprintf(tw, "articles\t%d\n", s.Articles)
	fmt.Fprintf(tw, "sentences\t%d\n", s.Sentences)
	fmt.Fprintf(tw, "words\t%d\n", s.Words)
	fmt.Fprintf(tw, "entities\t%d\n", s.Entities)
	fmt.Fprintf(tw, "entity mentions\t%d\n", s.EntityMentions)
	fmt.Fprintf(tw, "relations\t%d\n", s.Relations)
	fmt.Fprintf(tw, "triples\t%d\n", s.Triples)
	fmt.Fprintf(tw, "triple mentions\t%d\n", s.Mentions)
	fmt.Fprintf(tw, "size\t%s\n", humanBytes(s.SizeBytes))
	return tw.Flush()
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func newAliasCommand(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "alias",
		Short: "Manage entity aliases",
	}
	add := &cobra.Command{
		Use:     "add CANONICAL ALIAS",
		Short:   "Make ALIAS another name of CANONICAL, now and in future batches",
		Example: `  kg alias add "Libyan National Army" "Haftar's forces"`,
		Args:    exactArgs(2, "CANONICAL and ALIAS"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(app, func(st *store.Store) error {
				if err := st.AddAlias(cmd.Context(), args[0], args[1]); err != nil {
					return notFound(err, args[0])
				}
				fmt.Fprintf(app.ErrOut, "%q is now an alias of %q\n", args[1], args[0])
				return nil
			})
		},
	}
	cmd.AddCommand(add)
	return cmd
}

func newMergeCommand(app *App) *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "merge KEEP OTHER",
		Short: "Merge entity OTHER into KEEP (undo with kg unmerge)",
		Long: `Merge moves OTHER's aliases, mentions and triples under KEEP. The merge is
recorded, shown by kg entity, and can be undone exactly with kg unmerge.`,
		Example: `  kg merge "Khalifa Haftar" "Khalifa Hifter" --reason "spelling variant"`,
		Args:    exactArgs(2, "KEEP and OTHER"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(app, func(st *store.Store) error {
				if reason == "" {
					reason = "merged by user"
				}
				if err := st.Merge(cmd.Context(), args[0], args[1], reason); err != nil {
					return notFound(err, args[0]+`" or "`+args[1])
				}
				fmt.Fprintf(app.ErrOut, "merged %q into %q\n", args[1], args[0])
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why the two are one entity (shown by kg entity)")
	return cmd
}

func newUnmergeCommand(app *App) *cobra.Command {
	return &cobra.Command{
		Use:     "unmerge NAME",
		Aliases: []string{"split"},
		Short:   "Undo the merge that brought NAME into another entity",
		Example: `  kg unmerge "Khalifa Hifter"`,
		Args:    exactArgs(1, "one NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(app, func(st *store.Store) error {
				if err := st.Unmerge(cmd.Context(), args[0]); err != nil {
					return notFound(err, args[0])
				}
				fmt.Fprintf(app.ErrOut, "unmerged %q\n", args[0])
				return nil
			})
		},
	}
}

func withStore(app *App, fn func(*store.Store) error) error {
	st, err := app.openExisting()
	if err != nil {
		return err
	}
	if err := fn(st); err != nil {
		st.Close()
		return err
	}
	return st.Close()
}
