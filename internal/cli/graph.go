package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/store"
)

// loadGraph builds the entity graph from the store: a node per entity and
// an edge per (subject, relation, object) with its supporting sentences as
// weight. Node dates span the dates of their edges.
func loadGraph(ctx context.Context, st *store.Store, minConfidence float64) (*graph.Graph, error) {
	b := graph.NewBuilder()
	first := map[string]string{}
	last := map[string]string{}
	widen := func(n, f, l string) {
		if f != "" && (first[n] == "" || f < first[n]) {
			first[n] = f
		}
		if l != "" && l > last[n] {
			last[n] = l
		}
	}
	var edges []graph.Edge
	err := st.ForEachEdge(ctx, minConfidence, func(e store.EdgeInfo) error {
		edges = append(edges, graph.Edge{From: e.Subject, To: e.Object, Relation: e.Relation,
			Weight: float64(e.Weight), Articles: e.Articles, First: e.First, Last: e.Last})
		widen(e.Subject, e.First, e.Last)
		widen(e.Object, e.First, e.Last)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load edges: %w", err)
	}
	err = st.ForEachEntity(ctx, func(e store.EntityInfo) error {
		b.AddNode(graph.Node{Name: e.Name, Type: e.Type, Subtype: e.Subtype, Aliases: e.Aliases,
			Mentions: e.Mentions, Articles: e.ArticleCount, First: first[e.Name], Last: last[e.Name]})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load entities: %w", err)
	}
	for _, e := range edges {
		b.AddEdge(e)
	}
	return b.Graph(), nil
}

var measures = []string{"degree", "pagerank", "betweenness", "closeness", "harmonic", "eigenvector", "hits"}

type rankOptions struct {
	by            string
	top           int
	samples       int
	seed          uint64
	weighted      bool
	timings       bool
	minConfidence float64
	format        string
}

func newRankCommand(app *App) *cobra.Command {
	opts := rankOptions{}
	cmd := &cobra.Command{
		Use:   "rank",
		Short: "Rank entities by centrality",
		Long: `Rank computes a centrality over the entity graph — a node per entity, an
edge weighted by the number of distinct sentences that link two entities —
and lists the top entities. Measures: degree, pagerank, betweenness,
closeness, harmonic, eigenvector, hits (hub score).`,
		Example: `  kg rank
  kg rank --by betweenness --top 20
  kg rank --by betweenness --samples 500 --seed 1 --timings   # estimate on a large graph`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !contains(measures, opts.by) {
				return usageError("unknown --by %q (want %s)", opts.by, strings.Join(measures, ", "))
			}
			return runRank(cmd.Context(), opts, app)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.by, "by", "pagerank", "measure: "+strings.Join(measures, ", "))
	f.IntVar(&opts.top, "top", 20, "entities to list (0: all)")
	f.IntVar(&opts.samples, "samples", 0, "betweenness: estimate from this many sampled sources (0: exact)")
	f.Uint64Var(&opts.seed, "seed", 1, "seed for sampling and community detection")
	f.BoolVar(&opts.weighted, "weighted", false, "betweenness, closeness, harmonic: paths of length 1/weight instead of hops (PageRank, eigenvector and degree always use weights)")
	f.BoolVar(&opts.timings, "timings", false, "print load and compute times on stderr")
	f.Float64Var(&opts.minConfidence, "min-confidence", 0, "only triples at least this confident")
	f.StringVar(&opts.format, "format", "table", "output: table or tsv")
	return cmd
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func runRank(ctx context.Context, opts rankOptions, app *App) error {
	st, err := app.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	t0 := time.Now()
	g, err := loadGraph(ctx, st, opts.minConfidence)
	if err != nil {
		return err
	}
	t1 := time.Now()
	sc, err := graph.Compute(ctx, g, []string{opts.by}, graph.Options{Weighted: opts.weighted, Samples: opts.samples, Seed: opts.seed})
	if err = softError(app, err); err != nil {
		return err
	}
	t2 := time.Now()
	if opts.timings {
		fmt.Fprintf(app.ErrOut, "load: %s (%d nodes, %d edges)\ncompute %s: %s\n", t1.Sub(t0).Round(time.Microsecond),
			len(g.Nodes), len(g.Edges), opts.by, t2.Sub(t1).Round(time.Microsecond))
	}
	vals := scoreOf(sc, opts.by)
	idx := make([]int, len(g.Nodes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return vals[idx[a]] > vals[idx[b]] })
	if opts.top > 0 && len(idx) > opts.top {
		idx = idx[:opts.top]
	}
	out := bufio.NewWriter(app.Out)
	defer out.Flush()
	if opts.format == "tsv" {
		for _, i := range idx {
			fmt.Fprintf(out, "%s\t%s\t%.6g\n", clean1(g.Nodes[i].Name), g.Nodes[i].Type, vals[i])
		}
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "RANK\tENTITY\tTYPE\t%s\n", strings.ToUpper(opts.by))
	for r, i := range idx {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.4f\n", r+1, g.Nodes[i].Name, orDash(g.Nodes[i].Type), vals[i])
	}
	return tw.Flush()
}

func scoreOf(sc *graph.Scores, by string) []float64 {
	switch by {
	case "degree":
		return sc.Degree
	case "pagerank":
		return sc.PageRank
	case "betweenness":
		return sc.Betweenness
	case "closeness":
		return sc.Closeness
	case "harmonic":
		return sc.Harmonic
	case "eigenvector":
		return sc.Eigenvector
	case "hits":
		return sc.Hub
	}
	return nil
}

func newCommunitiesCommand(app *App) *cobra.Command {
	var (
		resolution float64
		seed       uint64
		top, min   int
	)
	cmd := &cobra.Command{
		Use:   "communities",
		Short: "Find communities (Louvain modularity) and list their top members",
		Example: `  kg communities
  kg communities --resolution 1.5 --top 8`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := app.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			g, err := loadGraph(cmd.Context(), st, 0)
			if err != nil {
				return err
			}
			g = g.Connected()
			_, comms, q := graph.Communities(g, resolution, seed)
			out := bufio.NewWriter(app.Out)
			defer out.Flush()
			fmt.Fprintf(out, "%d communities over %d connected entities, modularity %.4f\n", len(comms), len(g.Nodes), q)
			for _, c := range comms {
				if c.Size < min {
					continue
				}
				m := c.Members
				if len(m) > top {
					m = m[:top]
				}
				more := ""
				if c.Size > len(m) {
					more = fmt.Sprintf(", … (%d more)", c.Size-len(m))
				}
				fmt.Fprintf(out, "%d (%d): %s%s\n", c.ID, c.Size, strings.Join(m, ", "), more)
			}
			return nil
		},
	}
	cmd.Flags().Float64Var(&resolution, "resolution", 1, "modularity resolution: above 1 gives more, smaller communities")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed (the same seed gives the same communities)")
	cmd.Flags().IntVar(&top, "top", 5, "members to list per community")
	cmd.Flags().IntVar(&min, "min-size", 2, "hide communities smaller than this")
	return cmd
}

func newPathCommand(app *App) *cobra.Command {
	return &cobra.Command{
		Use:     "path A B",
		Short:   "Shortest path between two entities, with the relations along it",
		Example: `  kg path "Sergei Lavrov" Tripoli`,
		Args:    exactArgs(2, "two entity names A and B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := app.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			var names [2]string
			for i, a := range args {
				n, err := st.Resolve(cmd.Context(), a)
				if err != nil {
					return notFound(err, a)
				}
				names[i] = n
			}
			g, err := loadGraph(cmd.Context(), st, 0)
			if err != nil {
				return err
			}
			p, err := graph.ShortestPath(g, names[0], names[1])
			if err != nil {
				return err
			}
			fmt.Fprint(app.Out, formatPath(p))
			return nil
		},
	}
}

type exportOptions struct {
	format        string
	out           string
	minWeight     float64
	top           int
	around        string
	depth         int
	minConfidence float64
	samples       int
	seed          uint64
	isolated      bool
}

func newExportCommand(app *App) *cobra.Command {
	opts := exportOptions{}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph as DOT, GraphML, GEXF, CSV, Neo4j CSV, N-Quads, N-Triples or JSON Lines",
		Long: `Export writes the stored graph, with centralities and communities as node
attributes, for other tools:

  dot       Graphviz (render with dot -Tsvg, or sfdp for large graphs)
  graphml   Gephi, networkx, igraph, yEd
  gexf      Gephi, with first/last dates so its timeline plays the graph
  csv       nodes.csv and edges.csv in the folder -o DIR, for spreadsheets
  neo4j     nodes.csv and edges.csv with neo4j-admin import headers, in -o DIR
  nquads    RDF with a named graph per article (Dgraph, Neptune, any triple store)
  ntriples  RDF of the aggregated graph
  jsonl     entities and triples with provenance, as kg extract writes them

Filters: --min-weight keeps edges stated by at least W sentences; --top N keeps
the N entities with the highest PageRank; --around E --depth K keeps E's
neighbourhood. Entities that take part in no triple are left out unless
--isolated is given.`,
		Example: `  kg export --format graphml -o kg.graphml
  kg export --format dot --top 50 | dot -Tsvg > kg.svg
  kg export --format gexf --around "Khalifa Haftar" --depth 2 -o haftar.gexf
  kg export --format neo4j -o neo4j-import/`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !contains(export.Formats(), opts.format) {
				return usageError("unknown --format %q (want %s)", opts.format, strings.Join(export.Formats(), ", "))
			}
			if (opts.format == "csv" || opts.format == "neo4j") && opts.out == "" {
				return usageError("--format %s writes two files: give a folder with -o DIR", opts.format)
			}
			return runExport(cmd.Context(), opts, app)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "graphml", "one of: "+strings.Join(export.Formats(), ", "))
	f.StringVarP(&opts.out, "output", "o", "", "output file (folder for csv and neo4j); default standard output")
	f.Float64Var(&opts.minWeight, "min-weight", 0, "keep edges with at least this many supporting sentences")
	f.IntVar(&opts.top, "top", 0, "keep the N entities with the highest PageRank (0: all)")
	f.StringVar(&opts.around, "around", "", "keep only the neighbourhood of this entity")
	f.IntVar(&opts.depth, "depth", 1, "with --around: hops from the entity")
	f.Float64Var(&opts.minConfidence, "min-confidence", 0, "only triples at least this confident")
	f.IntVar(&opts.samples, "samples", 0, "betweenness from this many sampled sources (0: exact)")
	f.Uint64Var(&opts.seed, "seed", 1, "seed for sampling and community detection")
	f.BoolVar(&opts.isolated, "isolated", false, "also entities that take part in no triple")
	return cmd
}

func runExport(ctx context.Context, opts exportOptions, app *App) error {
	st, err := app.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	g, err := loadGraph(ctx, st, opts.minConfidence)
	if err != nil {
		return err
	}
	if opts.around != "" {
		name, err := st.Resolve(ctx, opts.around)
		if err != nil {
			return notFound(err, opts.around)
		}
		g = g.Around(name, opts.depth)
	}
	if !opts.isolated {
		g = g.Connected()
	}
	if opts.minWeight > 0 {
		g = g.Filter(opts.minWeight)
	}
	if opts.top > 0 {
		g = graph.TopByPageRank(g, opts.top)
	}
	eo := export.Options{Triples: tripleSource{st, opts.minConfidence, g}, Entities: entitySource{st, g}}
	switch opts.format {
	case "dot", "graphml", "gexf", "csv", "neo4j":
		sc, err := graph.Compute(ctx, g, append(append([]string{}, measures...), "communities"),
			graph.Options{Samples: opts.samples, Seed: opts.seed, Resolution: 1})
		if err = softError(app, err); err != nil {
			return err
		}
		eo.Scores = sc
	}
	for _, w := range export.Warnings(opts.format, g) {
		fmt.Fprintf(app.ErrOut, "warning: %s\n", w)
	}
	if opts.format == "csv" || opts.format == "neo4j" {
		return writeTwo(ctx, opts, g, eo)
	}
	w := app.Out
	var f *os.File
	if opts.out != "" && opts.out != "-" {
		if f, err = os.Create(opts.out); err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	err = export.Write(ctx, bw, opts.format, g, eo)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", opts.format, err)
	}
	if f != nil {
		fmt.Fprintf(app.ErrOut, "wrote %s: %d entities, %d relations\n", opts.out, len(g.Nodes), len(g.Edges))
	}
	return nil
}

func writeTwo(ctx context.Context, opts exportOptions, g *graph.Graph, eo export.Options) error {
	if err := os.MkdirAll(opts.out, 0o755); err != nil {
		return fmt.Errorf("create output folder: %w", err)
	}
	nf, err := os.Create(filepath.Join(opts.out, "nodes.csv"))
	if err != nil {
		return err
	}
	defer nf.Close()
	ef, err := os.Create(filepath.Join(opts.out, "edges.csv"))
	if err != nil {
		return err
	}
	defer ef.Close()
	nb, eb := bufio.NewWriter(nf), bufio.NewWriter(ef)
	if opts.format == "csv" {
		err = export.WriteCSV(ctx, nb, eb, g, eo)
	} else {
		err = export.WriteNeo4j(ctx, nb, eb, g, eo)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", opts.format, err)
	}
	if err := nb.Flush(); err != nil {
		return err
	}
	if err := eb.Flush(); err != nil {
		return err
	}
	if err := nf.Close(); err != nil {
		return err
	}
	return ef.Close()
}

// tripleSource streams the stored triple mentions whose both ends are in
// the exported graph.
type tripleSource struct {
	st      *store.Store
	minConf float64
	g       *graph.Graph
}

func (s tripleSource) ForEachTriple(ctx context.Context, fn func(t extractTriple) error) error {
	return s.st.ForEachTriple(ctx, func(t extractTriple) error {
		if t.Confidence < s.minConf {
			return nil
		}
		if _, ok := s.g.Index(t.Subject); !ok {
			return nil
		}
		if _, ok := s.g.Index(t.Object); !ok {
			return nil
		}
		return fn(t)
	})
}

// entitySource streams the stored entities that are in the exported graph.
type entitySource struct {
	st *store.Store
	g  *graph.Graph
}

func (s entitySource) ForEachEntity(ctx context.Context, fn func(e extractEntity) error) error {
	return s.st.ForEachEntity(ctx, func(e store.EntityInfo) error {
		if _, ok := s.g.Index(e.Name); !ok {
			return nil
		}
		return fn(extractEntity{Name: e.Name, Type: e.Type, Subtype: e.Subtype, Aliases: e.Aliases, Mentions: e.Mentions})
	})
}

// formatPath renders a path one hop per line, with the relation and its
// direction.
func formatPath(p graph.Path) string {
	var b strings.Builder
	if len(p.Nodes) > 0 {
		b.WriteString(p.Nodes[0] + "\n")
	}
	for _, h := range p.Hops {
		if h.Forward {
			fmt.Fprintf(&b, "  –%s→ %s\n", h.Relation, h.To)
		} else {
			fmt.Fprintf(&b, "  ←%s– %s\n", h.Relation, h.To)
		}
	}
	return b.String()
}

// softError reports an iterative measure that stopped at its iteration
// limit as a warning, since graph.Compute still returns every score (the
// last iterate), and returns any other error.
func softError(app *App, err error) error {
	if err == nil || !errors.Is(err, graph.ErrNotConverged) {
		return err
	}
	fmt.Fprintf(app.ErrOut, "warning: %v; its scores are those of the last iteration\n", err)
	return nil
}
