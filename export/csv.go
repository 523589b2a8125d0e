package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// WriteCSV writes g as two RFC 4180 tables for spreadsheets and Gephi's
// spreadsheet import: nodes (id, label, type, mentions, articles, first,
// last, then the measures of opts.Scores and community) and edges (source,
// target, relation, weight, articles, first, last). Ids are the canonical
// names.
func WriteCSV(ctx context.Context, nodes, edges io.Writer, g *graph.Graph, opts Options) error {
	t := newNodeTable(g)
	cols := scoreColumns(opts.Scores, g, t)
	comm := hasCommunities(opts.Scores)

	nw := csv.NewWriter(nodes)
	head := []string{"id", "label", "type", "mentions", "articles", "first", "last"}
	for _, c := range cols {
		head = append(head, c.name)
	}
	if comm {
		head = append(head, "community")
	}
	nw.Write(head)
	rec := make([]string, 0, len(head))
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		rec = append(rec[:0], t.ids[i], cleanText(n.Name), cleanText(n.Type),
			strconv.Itoa(n.Mentions), strconv.Itoa(n.Articles), cleanText(n.First), cleanText(n.Last))
		rec = appendScores(rec, cols, opts.Scores, comm, i)
		nw.Write(rec)
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}

	ew := csv.NewWriter(edges)
	ew.Write([]string{"source", "target", "relation", "weight", "articles", "first", "last"})
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			ew.Write([]string{t.ids[from], t.ids[to], cleanText(e.Relation), formatFloat(e.Weight),
				strconv.Itoa(e.Articles), cleanText(e.First), cleanText(e.Last)})
		}
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}

// appendScores appends node i's measures (empty when missing) and, when
// comm, its community.
func appendScores(rec []string, cols []scoreColumn, s *graph.Scores, comm bool, i int) []string {
	for _, c := range cols {
		if v, ok := c.value(i); ok {
			rec = append(rec, formatFloat(v))
		} else {
			rec = append(rec, "")
		}
	}
	if comm {
		if c, ok := community(s, i); ok {
			rec = append(rec, strconv.Itoa(c))
		} else {
			rec = append(rec, "")
		}
	}
	return rec
}

// WriteNeo4j writes g as the two CSV files of `neo4j-admin database import
// full --nodes=nodes.csv --relationships=edges.csv`. Nodes:
// id:ID,name,type,subtype,aliases:string[],mentions:int,articles:int,first,last,
// the measures as :double, community:int, and :LABEL (the entity type, e.g.
// PERSON). Edges: :START_ID,:END_ID,:TYPE (the relation upper-cased with
// underscores, e.g. IMPOSE_SANCTIONS_ON),relation,weight:double,
// articles:int,first,last. Fields are one line each, as neo4j-admin expects
// without --multiline-fields; aliases are split on ";", its array delimiter.
func WriteNeo4j(ctx context.Context, nodes, edges io.Writer, g *graph.Graph, opts Options) error {
	t := newNodeTable(g)
	cols := scoreColumns(opts.Scores, g, t)
	comm := hasCommunities(opts.Scores)

	nw := csv.NewWriter(nodes)
	head := []string{"id:ID", "name", "type", "subtype", "aliases:string[]", "mentions:int", "articles:int", "first", "last"}
	for _, c := range cols {
		head = append(head, c.name+":double")
	}
	if comm {
		head = append(head, "community:int")
	}
	head = append(head, ":LABEL")
	nw.Write(head)
	rec := make([]string, 0, len(head))
	for i, n := range t.nodes {
		if err := checkCtx(ctx, i); err != nil {
			return err
		}
		aliases := make([]string, 0, len(n.Aliases))
		for _, a := range n.Aliases {
			if a = strings.TrimSpace(strings.ReplaceAll(cleanLine(a), ";", ",")); a != "" {
				aliases = append(aliases, a)
			}
		}
		rec = append(rec[:0], t.ids[i], cleanLine(n.Name), cleanLine(n.Type), cleanLine(n.Subtype),
			strings.Join(aliases, ";"), strconv.Itoa(n.Mentions), strconv.Itoa(n.Articles),
			cleanLine(n.First), cleanLine(n.Last))
		rec = appendScores(rec, cols, opts.Scores, comm, i)
		rec = append(rec, neo4jName(n.Type, "ENTITY"))
		nw.Write(rec)
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("write neo4j nodes: %w", err)
	}

	ew := csv.NewWriter(edges)
	ew.Write([]string{":START_ID", ":END_ID", ":TYPE", "relation", "weight:double", "articles:int", "first", "last"})
	if g != nil {
		for i, e := range g.Edges {
			if err := checkCtx(ctx, i); err != nil {
				return err
			}
			from, to := t.endpoints(e)
			ew.Write([]string{t.ids[from], t.ids[to], neo4jName(e.Relation, "RELATED_TO"), cleanLine(e.Relation),
				formatFloat(e.Weight), strconv.Itoa(e.Articles), cleanLine(e.First), cleanLine(e.Last)})
		}
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("write neo4j edges: %w", err)
	}
	return nil
}

// neo4jName turns s into a Neo4j label or relationship type that needs no
// backquotes: letters and digits upper-cased, every other run of characters
// one underscore. An empty result gives fallback; a leading digit gets
// fallback and an underscore in front.
func neo4jName(s, fallback string) string {
	var b strings.Builder
	under := false
	for _, r := range cleanText(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(unicode.ToUpper(r))
			continue
		}
		under = true
	}
	out := b.String()
	if out == "" {
		return fallback
	}
	if r, _ := utf8.DecodeRuneInString(out); unicode.IsDigit(r) {
		return fallback + "_" + out
	}
	return out
}
