package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/store"
)

// testApp returns an App over buffers and a store in a temporary folder.
func testApp(t testing.TB, stdin string) (*App, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errOut bytes.Buffer
	db := filepath.Join(t.TempDir(), "kg.db")
	app := &App{
		In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut,
		IsTerminal: func(io.Writer) bool { return false },
		Getenv: func(k string) string {
			if k == "KG_DB" {
				return db
			}
			return ""
		},
		Now:       time.Now,
		OpenStore: store.Open,
		Workers:   2,
	}
	return app, &out, &errOut
}

func run(app *App, args ...string) int {
	app.db = ""
	return Main(context.Background(), args, app)
}

var usageCases = []struct {
	args []string
	want string
}{
	{[]string{"ingest"}, "ingest needs at least one PATH"},
	{[]string{"ingest", "--format", "pdf", "x"}, `unknown --format "pdf"`},
	{[]string{"extract", "--format", "xml", "x"}, `unknown --format "xml"`},
	{[]string{"extract", "--format", "carb"}, "--format carb needs --sentences FILE"},
	{[]string{"extract", "--beam", "99", "x"}, "--beam 99: want 0 (greedy) to 64"},
	{[]string{"ingest", "--beam", "-1", "x"}, "--beam -1"},
	{[]string{"eval", "--beam", "65", "parse", "x"}, "--beam 65"},
	{[]string{"rank", "--by", "fame"}, `unknown --by "fame"`},
	{[]string{"export", "--format", "pdf"}, `unknown --format "pdf"`},
	{[]string{"export", "--format", "csv"}, "give a folder with -o DIR"},
	{[]string{"why", "a"}, "needs two entity names"},
	{[]string{"query", "--nope"}, "unknown flag: --nope"},
}

func TestUsageErrors(t *testing.T) {
	for _, c := range usageCases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			app, _, errOut := testApp(t, "")
			if code := run(app, c.args...); code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if !strings.Contains(errOut.String(), c.want) || !strings.Contains(errOut.String(), "hint:") {
				t.Errorf("stderr %q lacks %q and a hint", errOut.String(), c.want)
			}
		})
	}
}

func TestNoStore(t *testing.T) {
	for _, cmd := range [][]string{{"stats"}, {"query", "-s", "x"}, {"entity", "x"}, {"rank"}, {"export"}} {
		app, _, errOut := testApp(t, "")
		if code := run(app, cmd...); code != exitNoStore {
			t.Errorf("%v: exit %d, want %d (%s)", cmd, code, exitNoStore, errOut)
		}
	}
}

func TestDBFromEnvAndFlag(t *testing.T) {
	app, _, _ := testApp(t, "")
	flagDB := filepath.Join(t.TempDir(), "other.db")
	root := newRootCommand(app)
	root.SetArgs([]string{"--db", flagDB, "stats"})
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	_ = root.Execute()
	if app.db != flagDB {
		t.Errorf("--db gave %q, want %q", app.db, flagDB)
	}
	app2, _, _ := testApp(t, "")
	root = newRootCommand(app2)
	root.SetArgs([]string{"stats"})
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	_ = root.Execute()
	if want := app2.Getenv("KG_DB"); app2.db != want {
		t.Errorf("$KG_DB gave %q, want %q", app2.db, want)
	}
}

func TestIngestStdinTriples(t *testing.T) {
	in := "Khalifa Haftar\tvisit\tRussia\tart1\nSergei Lavrov\tmeet\tKhalifa Haftar\tart1\n"
	app, out, errOut := testApp(t, in)
	if code := run(app, "ingest", "--format", "triples", "-"); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut.String(), "articles: 1 new, 0 already stored, 0 failed") {
		t.Errorf("summary: %s", errOut)
	}
	app.In = strings.NewReader(in)
	errOut.Reset()
	if code := run(app, "ingest", "--format", "triples", "-"); code != 0 || !strings.Contains(errOut.String(), "0 new, 1 already stored") {
		t.Errorf("second ingest exit %d: %s", code, errOut)
	}
	errOut.Reset()
	if code := run(app, "query", "--object", "khalifa haftar", "--format", "tsv"); code != 0 {
		t.Fatalf("query exit %d: %s", code, errOut)
	}
	if got := out.String(); !strings.HasPrefix(got, "Sergei Lavrov\tmeet\tKhalifa Haftar\t1\t1") {
		t.Errorf("query output %q", got)
	}
	out.Reset()
	if code := run(app, "rank", "--format", "tsv", "--by", "degree"); code != 0 {
		t.Fatalf("rank exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out.String(), "Khalifa Haftar\t") {
		t.Errorf("rank by degree: %q", out.String())
	}
	out.Reset()
	if code := run(app, "path", "Sergei Lavrov", "Russia"); code != 0 || !strings.Contains(out.String(), "Khalifa Haftar") {
		t.Errorf("path exit %d: %q %s", code, out.String(), errOut)
	}
}

func TestLoadGraphCounts(t *testing.T) {
	in := "Khalifa Haftar\tvisit\tRussia\tart1\nKhalifa Haftar\tvisit\tRussia\tart2\n"
	app, _, errOut := testApp(t, in)
	if code := run(app, "ingest", "--format", "triples", "-"); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	st, err := app.openStore(true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g, err := loadGraph(context.Background(), st, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 2 || len(g.Edges) != 1 {
		t.Fatalf("graph has %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
	for _, n := range g.Nodes {
		if n.Articles != 2 {
			t.Errorf("node %s: %d articles, want 2", n.Name, n.Articles)
		}
	}
	if e := g.Edges[0]; e.Weight != 2 || e.Articles != 2 {
		t.Errorf("edge %+v: want weight 2 over 2 articles", e)
	}
}

// TestSoftError: a measure that stopped at its iteration limit is a
// warning (graph.Compute still returns every score); other errors stay.
func TestSoftError(t *testing.T) {
	conv := &graph.ConvergenceError{Measure: "hits", Iter: 20000, Change: 2e-9}
	other := errors.New("disk full")
	tests := []struct {
		name    string
		err     error
		want    error
		warning bool
	}{
		{"none", nil, nil, false},
		{"not converged", conv, nil, true},
		{"wrapped and joined", fmt.Errorf("compute: %w", errors.Join(conv)), nil, true},
		{"another error", other, other, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, _, errOut := testApp(t, "")
			if got := softError(app, tt.err); got != tt.want {
				t.Errorf("softError = %v, want %v", got, tt.want)
			}
			if w := strings.HasPrefix(errOut.String(), "warning: ") && strings.Contains(errOut.String(), "did not converge"); w != tt.warning {
				t.Errorf("warning printed = %v, want %v (%q)", w, tt.warning, errOut.String())
			}
		})
	}
}

// TestExtractBeam checks that kg extract parses with the beam model, or
// the vote of four parsers, when asked to.
func TestExtractBeam(t *testing.T) {
	for _, flags := range [][]string{{"--beam", "4"}, {"--vote"}, {"--vote", "--beam", "8"}} {
		app, out, errOut := testApp(t, "Sergei Lavrov met Khalifa Haftar in Moscow.")
		if code := run(app, append(append([]string{"extract"}, flags...), "--format", "tsv", "-")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", flags, code, errOut)
		}
		if !strings.Contains(out.String(), "Sergei Lavrov\tmeet\tKhalifa Haftar") {
			t.Errorf("%v: output %q lacks the triple", flags, out)
		}
	}
}

// evalTreebank is a small CoNLL-U file for kg eval parse.
const evalTreebank = `# sent_id = t-1
# text = Sergei Lavrov met Khalifa Haftar in Moscow.
1	Sergei	Sergei	PROPN	NNP	_	3	nsubj	_	_
2	Lavrov	Lavrov	PROPN	NNP	_	1	flat	_	_
3	met	meet	VERB	VBD	_	0	root	_	_
4	Khalifa	Khalifa	PROPN	NNP	_	3	obj	_	_
5	Haftar	Haftar	PROPN	NNP	_	4	flat	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	Moscow	Moscow	PROPN	NNP	_	3	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	3	punct	_	_

`

// TestEvalParse runs kg eval parse with each parser: greedy, beam and
// vote, and checks the key=value line.
func TestEvalParse(t *testing.T) {
	file := filepath.Join(t.TempDir(), "t.conllu")
	if err := os.WriteFile(file, []byte(evalTreebank), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, flags := range [][]string{nil, {"--beam", "4"}, {"--vote"}} {
		app, out, errOut := testApp(t, "")
		if code := run(app, append(append([]string{"eval", "parse"}, flags...), file)...); code != 0 {
			t.Fatalf("%v: exit %d: %s", flags, code, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if last := lines[len(lines)-1]; !strings.HasPrefix(last, "uas=") || !strings.Contains(last, " parser_las=") {
			t.Errorf("%v: last line %q, want uas=… las=… parser_uas=… parser_las=…", flags, last)
		}
	}
}
