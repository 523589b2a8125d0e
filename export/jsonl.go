package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// EntityLine is one "entity" line of the JSON Lines schema shared with
// `kg extract --format jsonl`: "kind" first, then extract.Entity's fields.
type EntityLine struct {
	Kind string `json:"kind"` // "entity"
	extract.Entity
}

// TripleLine is one "triple" line of the JSON Lines schema: "kind" first,
// then extract.Triple's fields.
type TripleLine struct {
	Kind string `json:"kind"` // "triple"
	extract.Triple
}

// WriteJSONL writes entities and triples as JSON Lines in the schema of
// `kg extract --format jsonl`: first the entity lines, then the triple
// lines. Entities come from opts.Entities (one line per entity per
// article), or, without it, one line per node of g with no article.
// Triples come from opts.Triples (one line per mention, with provenance),
// or, without it, one line per edge of g with subject, relation, object and
// their types only. When g is not nil, entities and triples whose names are
// not nodes of g are left out, so filters applied to g apply here too.
func WriteJSONL(ctx context.Context, w io.Writer, g *graph.Graph, opts Options) error {
	var in map[string]int // nil: no filter
	var t *nodeTable
	if g != nil {
		t = newNodeTable(g)
		in = t.pos
	}
	member := func(name string) bool {
		if in == nil {
			return true
		}
		_, ok := in[name]
		return ok
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw) // Encode ends each value with a newline
	enc.SetEscapeHTML(false)
	n := 0
	emit := func(v any) error {
		n++
		if err := checkCtx(ctx, n); err != nil {
			return err
		}
		return enc.Encode(v)
	}

	if opts.Entities != nil {
		err := opts.Entities.ForEachEntity(ctx, func(e extract.Entity) error {
			if !member(e.Name) {
				return nil
			}
			return emit(EntityLine{"entity", e})
		})
		if err != nil {
			return fmt.Errorf("write jsonl: entities: %w", err)
		}
	} else if t != nil {
		for i, nd := range t.nodes {
			if i >= len(g.Nodes) {
				break // bare edge endpoints
			}
			e := extract.Entity{Name: nd.Name, Type: nd.Type, Subtype: nd.Subtype, Aliases: nd.Aliases, Mentions: nd.Mentions}
			if err := emit(EntityLine{"entity", e}); err != nil {
				return fmt.Errorf("write jsonl: entities: %w", err)
			}
		}
	}

	if opts.Triples != nil {
		err := opts.Triples.ForEachTriple(ctx, func(tr extract.Triple) error {
			if !member(tr.Subject) || !member(tr.Object) {
				return nil
			}
			if math.IsNaN(tr.Confidence) || math.IsInf(tr.Confidence, 0) {
				tr.Confidence = 0 // JSON has no NaN
			}
			return emit(TripleLine{"triple", tr})
		})
		if err != nil {
			return fmt.Errorf("write jsonl: triples: %w", err)
		}
	} else if g != nil {
		for _, e := range g.Edges {
			tr := extract.Triple{Subject: e.From, Relation: e.Relation, Object: e.To}
			if i, ok := t.pos[e.From]; ok {
				tr.SubjectType = t.nodes[i].Type
			}
			if i, ok := t.pos[e.To]; ok {
				tr.ObjectType = t.nodes[i].Type
			}
			if err := emit(TripleLine{"triple", tr}); err != nil {
				return fmt.Errorf("write jsonl: triples: %w", err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}
