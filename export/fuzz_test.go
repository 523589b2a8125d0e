package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// checkXML reads every token of b with encoding/xml in strict mode.
func checkXML(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// checkCSV parses b and checks every record has the header's width.
func checkCSV(b []byte) error {
	r := csv.NewReader(bytes.NewReader(b))
	_, err := r.ReadAll() // FieldsPerRecord 0: all records as wide as the first
	return err
}

// FuzzExport feeds arbitrary names, relations, types, dates, weights and
// article ids to every exporter and checks each output still parses.
func FuzzExport(f *testing.F) {
	f.Add("Khalifa Haftar", "Russia", "visit", "PERSON", "2019-11", "seed", 3.0)
	f.Add(trickyName, "Zürich – café", "say \"hi\"\t\\", "ORG", "2011", "a/b c#d", 1.5)
	f.Add("a\"b", "c\\", "]]>", "<x>", "2019-13-40", "\x00", math.NaN())
	f.Add("\xff\xfe", "\u2028\uFFFE", "\r\n", "", "", "", math.Inf(1))
	f.Add("same", "same", "", "3d", "9999-12", "\\", -2.0)
	f.Fuzz(func(t *testing.T, a, b, rel, typ, date, article string, weight float64) {
		nodes := []graph.Node{
			{Name: a, Type: typ, Aliases: []string{a, rel}, Mentions: 1, First: date, Last: date},
			{Name: b, Type: "ORG", Subtype: typ, Articles: 2, First: date},
			{Name: "plain", Type: "LOC"},
		}
		edges := []graph.Edge{
			{From: a, To: b, Relation: rel, Weight: weight, First: date, Last: date},
			{From: b, To: "plain", Relation: rel + " on", Weight: 1},
			{From: "plain", To: "elsewhere", Relation: typ, Weight: weight},
		}
		g := newGraph(nodes, edges)
		n := len(g.Nodes)
		scores := &graph.Scores{PageRank: []float64{weight, 0.5, 0.25}[:min(n, 3)], Community: []int{-1, 3, 14}[:min(n, 3)]}
		triples := tripleSlice{
			{Subject: a, Relation: rel, Object: b, Article: article, Text: rel, Confidence: weight},
			{Subject: b, Relation: rel, Object: "plain", Article: article + "x", Date: date},
		}
		opts := Options{Scores: scores, Title: rel, Triples: triples, Entities: entitySlice{{Name: a, Type: typ, Article: article}}}
		for _, format := range Formats() {
			out := render(t, format, g, opts)
			for _, part := range [][]byte{out.main, out.nodes, out.edges} {
				if !utf8.Valid(part) {
					t.Fatalf("%s: output is not valid UTF-8: %q", format, part)
				}
			}
			var err error
			switch format {
			case "dot":
				err = checkDOT(out.main)
			case "graphml", "gexf":
				err = checkXML(out.main)
			case "csv", "neo4j":
				if err = checkCSV(out.nodes); err == nil {
					err = checkCSV(out.edges)
				}
			case "nquads", "ntriples":
				sc := bufio.NewScanner(bytes.NewReader(out.main))
				for sc.Scan() && err == nil {
					_, err = parseNQuad(sc.Text())
				}
			case "jsonl":
				sc := bufio.NewScanner(bytes.NewReader(out.main))
				for sc.Scan() && err == nil {
					var v struct {
						Kind string `json:"kind"`
						extract.Triple
					}
					err = json.Unmarshal(sc.Bytes(), &v)
				}
			}
			if err != nil {
				t.Fatalf("%s output does not parse: %v\n%s%s%s", format, err, out.main, out.nodes, out.edges)
			}
		}
	})
}
