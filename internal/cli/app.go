package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kg-project/kg/internal/store"
)

// App holds what commands need from the outside world.
type App struct {
	In     io.Reader
	Out    io.Writer // data
	ErrOut io.Writer // progress, summaries and messages

	// IsTerminal reports whether w is an interactive terminal (for progress bars).
	IsTerminal func(w io.Writer) bool
	Getenv     func(string) string
	Now        func() time.Time

	// OpenStore opens the store at dir; tests substitute an in-memory store.
	OpenStore func(dir string, opts store.Options) (*store.Store, error)

	Workers int // extraction workers; 0 means all cores

	db string // --db, resolved by the root command
}

// NewSystemApp returns an App over the process's standard streams.
func NewSystemApp() *App {
	return &App{
		In:     os.Stdin,
		Out:    os.Stdout,
		ErrOut: os.Stderr,
		IsTerminal: func(w io.Writer) bool {
			f, ok := w.(*os.File)
			return ok && term.IsTerminal(int(f.Fd()))
		},
		Getenv:    os.Getenv,
		Now:       time.Now,
		OpenStore: store.Open,
	}
}

func (a *App) workers() int {
	if a.Workers > 0 {
		return a.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// openStore opens the store named by --db. readOnly commands fail with a
// hint when there is no store yet.
func (a *App) openStore(readOnly bool) (*store.Store, error) {
	return a.open(readOnly, readOnly)
}

// openExisting opens the store for writing, failing with a hint when there
// is none (for commands that edit what is stored, such as kg merge).
func (a *App) openExisting() (*store.Store, error) { return a.open(false, true) }

func (a *App) open(readOnly, mustExist bool) (*store.Store, error) {
	if mustExist {
		if _, err := os.Stat(a.db); errors.Is(err, os.ErrNotExist) {
			return nil, &exitError{code: exitNoStore, err: fmt.Errorf("no store at %s", a.db),
				hint: "run `kg ingest PATH` first, or point --db (or $KG_DB) at an existing store"}
		}
	}
	s, err := a.OpenStore(a.db, store.Options{ReadOnly: readOnly})
	if err != nil {
		switch {
		case errors.Is(err, store.ErrLocked):
			return nil, &exitError{code: exitLocked, err: err,
				hint: "wait for the other kg command to finish, or use another --db"}
		case errors.Is(err, store.ErrNewerSchema):
			return nil, &exitError{code: exitFailure, err: err, hint: "upgrade kg to read this store"}
		}
		return nil, fmt.Errorf("open store %s: %w", a.db, err)
	}
	return s, nil
}

// Exit codes, listed in the root command's help.
const (
	exitOK      = 0
	exitFailure = 1 // the command failed
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // some inputs failed; the rest was done
	exitLocked  = 4 // the store is in use by another kg process
	exitNoStore = 5 // no store at --db
	exitCancel  = 130
)

// exitError carries an exit code and a hint to the top, where it is
// reported once.
type exitError struct {
	code int
	err  error
	hint string
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...), hint: "see `kg help` for usage"}
}

// Main runs kg with args and returns the process exit code.
func Main(ctx context.Context, args []string, app *App) int {
	root := newRootCommand(app)
	root.SetArgs(args)
	root.SetIn(app.In)
	root.SetOut(app.Out)
	root.SetErr(app.ErrOut)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code := exitFailure
	var ee *exitError
	switch {
	case errors.As(err, &ee):
		code = ee.code
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		code = exitCancel
		err = errors.New("interrupted")
	case isFlagError(err):
		code = exitUsage
	}
	fmt.Fprintf(app.ErrOut, "kg: %v\n", err)
	if ee != nil && ee.hint != "" {
		fmt.Fprintf(app.ErrOut, "hint: %s\n", ee.hint)
	} else if code == exitUsage {
		fmt.Fprintln(app.ErrOut, "hint: run `kg help` or `kg COMMAND --help`")
	}
	return code
}

type flagError struct{ error }

func isFlagError(err error) bool {
	var fe flagError
	return errors.As(err, &fe)
}

func newRootCommand(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph from news articles",
		Long: `kg reads news articles and builds a knowledge graph of the people,
organisations and places they name and the facts they state about them
(subject –relation→ object triples), each traced to its sentence and article.
The graph is kept in an embedded store, grows with every batch, can be
queried and ranked from the shell, and exported to Graphviz, Gephi, networkx,
spreadsheets, Neo4j and RDF triple stores. Everything runs offline: the
language models are built into the binary.

The store is ./kg.db unless --db or $KG_DB says otherwise.

Exit codes:
  0    success
  1    the command failed
  2    bad flags or arguments
  3    some inputs failed (they are listed); the others were done
  4    the store is in use by another kg process
  5    there is no store at --db
  130  interrupted (what was already committed is kept)`,
		Example: `  kg ingest examples/                 # build ./kg.db from a folder of articles
  kg query --subject "Khalifa Haftar"   # what does the graph say about him?
  kg rank --by pagerank --top 10
  kg export --format graphml -o kg.graphml`,
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if app.db == "" {
				app.db = app.Getenv("KG_DB")
			}
			if app.db == "" {
				app.db = "kg.db"
			}
			return nil
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return flagError{err} })
	root.PersistentFlags().StringVar(&app.db, "db", "", "store directory (default ./kg.db, or $KG_DB)")
	root.AddCommand(
		newIngestCommand(app),
		newExtractCommand(app),
		newQueryCommand(app),
		newEntityCommand(app),
		newWhyCommand(app),
		newRankCommand(app),
		newCommunitiesCommand(app),
		newPathCommand(app),
		newExportCommand(app),
		newStatsCommand(app),
		newAliasCommand(app),
		newMergeCommand(app),
		newUnmergeCommand(app),
		newEvalCommand(app),
	)
	return root
}

// version reports the module version and VCS revision kg was built from.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v + " " + bi.GoVersion
}

// exactArgs is cobra.ExactArgs with errors that count as usage errors.
func exactArgs(n int, names string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError("%s needs %s", cmd.CommandPath(), names)
		}
		return nil
	}
}
