package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// GraphML as encoding/xml reads it back.
type gmlDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlElem `xml:"node"`
		Edges       []gmlElem `xml:"edge"`
	} `xml:"graph"`
}

type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func (e gmlElem) data(key string) (string, bool) {
	for _, d := range e.Data {
		if d.Key == key {
			return d.Value, true
		}
	}
	return "", false
}

func parseGraphML(t testing.TB, b []byte) gmlDoc {
	t.Helper()
	var doc gmlDoc
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("graphml does not parse: %v\n%s", err, b)
	}
	return doc
}

func TestGraphMLRoundTrip(t *testing.T) {
	g := smallGraph()
	doc := parseGraphML(t, render(t, "graphml", g, smallOptions()).main)
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
	}
	keys := make(map[string]string) // id → for
	for _, k := range doc.Keys {
		if k.For != "node" && k.For != "edge" {
			t.Errorf("key %q is for %q, want node or edge", k.ID, k.For)
		}
		if k.Name == "" || (k.Type != "string" && k.Type != "int" && k.Type != "double") {
			t.Errorf("key %q: attr.name %q attr.type %q", k.ID, k.Name, k.Type)
		}
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key id %q declared twice", k.ID)
		}
		keys[k.ID] = k.For
	}
	for _, id := range []string{"label", "type", "mentions", "degree", "pagerank", "betweenness", "community", "first", "last"} {
		if keys[id] != "node" {
			t.Errorf("no node key %q", id)
		}
	}
	for _, id := range []string{"relation", "weight", "edge_articles"} {
		if keys[id] != "edge" {
			t.Errorf("no edge key %q", id)
		}
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	for i, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %q: data for undeclared key %q", n.ID, d.Key)
			}
		}
		want := g.Nodes[i]
		if label, _ := n.data("label"); label != cleanText(want.Name) {
			t.Errorf("node %d label %q, want %q", i, label, cleanText(want.Name))
		}
		if m, _ := n.data("mentions"); m != strconv.Itoa(want.Mentions) {
			t.Errorf("node %q mentions %q, want %d", n.ID, m, want.Mentions)
		}
		pr, _ := n.data("pagerank")
		if v, err := strconv.ParseFloat(pr, 64); err != nil || v != smallScores.PageRank[i] {
			t.Errorf("node %q pagerank %q, want %v", n.ID, pr, smallScores.PageRank[i])
		}
		if c, _ := n.data("community"); c != strconv.Itoa(smallScores.Community[i]) {
			t.Errorf("node %q community %q", n.ID, c)
		}
	}
	ids := make(map[string]bool)
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
	}
	for i, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s: %q → %q names an unknown node", e.ID, e.Source, e.Target)
		}
		if rel, _ := e.data("relation"); rel != cleanText(g.Edges[i].Relation) {
			t.Errorf("edge %s relation %q, want %q", e.ID, rel, g.Edges[i].Relation)
		}
		if w, _ := e.data("weight"); w != formatFloat(g.Edges[i].Weight) {
			t.Errorf("edge %s weight %q", e.ID, w)
		}
	}
}

// GEXF as encoding/xml reads it back.
type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Attributes []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []gexfElem `xml:"nodes>node"`
		Edges []gexfElem `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfElem struct {
	ID     string `xml:"id,attr"`
	Label  string `xml:"label,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Weight string `xml:"weight,attr"`
	Start  string `xml:"start,attr"`
	End    string `xml:"end,attr"`
	Values []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	} `xml:"attvalues>attvalue"`
}

func TestGEXFRoundTrip(t *testing.T) {
	g := smallGraph()
	var doc gexfDoc
	b := render(t, "gexf", g, smallOptions()).main
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("gexf does not parse: %v", err)
	}
	if doc.Version != "1.3" || doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" {
		t.Errorf("version %q mode %q timeformat %q", doc.Version, doc.Graph.Mode, doc.Graph.TimeFormat)
	}
	declared := map[string]map[string]bool{"node": {}, "edge": {}}
	for _, a := range doc.Graph.Attributes {
		for _, at := range a.Attrs {
			declared[a.Class][at.ID] = true
		}
	}
	for _, id := range []string{"type", "mentions", "pagerank", "betweenness", "degree", "community"} {
		if !declared["node"][id] {
			t.Errorf("node attribute %q not declared", id)
		}
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	for i, n := range doc.Graph.Nodes {
		want := g.Nodes[i]
		start, end := spanDates(want.First, want.Last)
		if n.Start != start || n.End != end || n.Label != cleanText(want.Name) {
			t.Errorf("node %q: label %q start %q end %q, want %q %q %q", n.ID, n.Label, n.Start, n.End, cleanText(want.Name), start, end)
		}
		for _, v := range n.Values {
			if !declared["node"][v.For] {
				t.Errorf("node %q: value for undeclared %q", n.ID, v.For)
			}
		}
	}
	for i, e := range doc.Graph.Edges {
		want := g.Edges[i]
		if e.Label != cleanText(want.Relation) || e.Weight != formatFloat(want.Weight) {
			t.Errorf("edge %s: label %q weight %q", e.ID, e.Label, e.Weight)
		}
	}
	// The year 2011 ends on its last day; 2019-11 starts on its first.
	if e := doc.Graph.Edges[len(doc.Graph.Edges)-1]; e.Start != "2011-02-01" || e.End != "2011-12-31" {
		t.Errorf("last edge spans %s..%s", e.Start, e.End)
	}
}

func readCSV(t testing.TB, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("csv does not parse: %v\n%s", err, b)
	}
	return recs
}

func TestCSVRoundTrip(t *testing.T) {
	g := smallGraph()
	out := render(t, "csv", g, smallOptions())
	nodes, edges := readCSV(t, out.nodes), readCSV(t, out.edges)
	wantHead := "id,label,type,mentions,articles,first,last,degree,pagerank,betweenness,community"
	if got := strings.Join(nodes[0], ","); got != wantHead {
		t.Errorf("nodes header %s, want %s", got, wantHead)
	}
	if got := strings.Join(edges[0], ","); got != "source,target,relation,weight,articles,first,last" {
		t.Errorf("edges header %s", got)
	}
	if len(nodes) != len(g.Nodes)+1 || len(edges) != len(g.Edges)+1 {
		t.Fatalf("%d node rows, %d edge rows", len(nodes)-1, len(edges)-1)
	}
	ids := make(map[string]bool)
	for i, rec := range nodes[1:] {
		n := g.Nodes[i]
		ids[rec[0]] = true
		if rec[1] != cleanText(n.Name) || rec[2] != n.Type || rec[3] != strconv.Itoa(n.Mentions) || rec[5] != n.First {
			t.Errorf("node row %d = %q", i, rec)
		}
		if v, _ := strconv.ParseFloat(rec[8], 64); v != smallScores.PageRank[i] {
			t.Errorf("node row %d pagerank %q", i, rec[8])
		}
	}
	for i, rec := range edges[1:] {
		e := g.Edges[i]
		if !ids[rec[0]] || !ids[rec[1]] || rec[2] != cleanText(e.Relation) || rec[3] != formatFloat(e.Weight) {
			t.Errorf("edge row %d = %q", i, rec)
		}
	}
}

func TestNeo4jRoundTrip(t *testing.T) {
	g := smallGraph()
	out := render(t, "neo4j", g, smallOptions())
	nodes, edges := readCSV(t, out.nodes), readCSV(t, out.edges)
	wantHead := "id:ID,name,type,subtype,aliases:string[],mentions:int,articles:int,first,last,degree:double,pagerank:double,betweenness:double,community:int,:LABEL"
	if got := strings.Join(nodes[0], ","); got != wantHead {
		t.Errorf("nodes header\n%s, want\n%s", got, wantHead)
	}
	if got := strings.Join(edges[0], ","); got != ":START_ID,:END_ID,:TYPE,relation,weight:double,articles:int,first,last" {
		t.Errorf("edges header %s", got)
	}
	for _, rec := range append(nodes[1:], edges[1:]...) {
		for _, f := range rec {
			if strings.ContainsAny(f, "\n\r") {
				t.Errorf("field %q spans lines; neo4j-admin needs --multiline-fields for that", f)
			}
		}
	}
	labels := make(map[string]string)
	for _, rec := range nodes[1:] {
		labels[rec[1]] = rec[len(rec)-1]
	}
	if labels["Khalifa Haftar"] != "PERSON" || labels["Libya"] != "LOC" {
		t.Errorf("labels %q", labels)
	}
	types := make(map[string]bool)
	for _, rec := range edges[1:] {
		types[rec[2]] = true
	}
	for _, want := range []string{"IMPOSE_SANCTIONS_ON", "VISIT", "MEET", "SAY_HI"} {
		if !types[want] {
			t.Errorf("no relationship type %s in %v", want, types)
		}
	}
}

// rdfTerm is one term of an N-Triples/N-Quads statement.
type rdfTerm struct {
	kind  byte // '<' IRI, '"' literal, '_' blank node
	value string
}

// parseNQuad parses one statement line with a small parser that follows the
// N-Quads grammar's terminals (IRIREF, STRING_LITERAL_QUOTE with ECHAR and
// UCHAR, LANGTAG, '^^' IRIREF, BLANK_NODE_LABEL) closely enough to reject
// what real parsers reject.
func parseNQuad(line string) ([]rdfTerm, error) {
	var terms []rdfTerm
	s := line
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return nil, fmt.Errorf("no final '.'")
		}
		switch s[0] {
		case '.':
			if strings.TrimSpace(s[1:]) != "" {
				return nil, fmt.Errorf("text after '.'")
			}
			if len(terms) != 3 && len(terms) != 4 {
				return nil, fmt.Errorf("%d terms", len(terms))
			}
			if terms[0].kind == '"' || terms[1].kind != '<' || (len(terms) == 4 && terms[3].kind == '"') {
				return nil, fmt.Errorf("literal in a subject, predicate or graph position")
			}
			return terms, nil
		case '<':
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return nil, fmt.Errorf("unterminated IRI")
			}
			iri := s[1:end]
			if err := checkIRI(iri); err != nil {
				return nil, err
			}
			terms = append(terms, rdfTerm{'<', iri})
			s = s[end+1:]
		case '_':
			end := strings.IndexAny(s, " \t")
			if !strings.HasPrefix(s, "_:") || end < 3 {
				return nil, fmt.Errorf("bad blank node")
			}
			terms = append(terms, rdfTerm{'_', s[2:end]})
			s = s[end:]
		case '"':
			var b strings.Builder
			i := 1
			for ; i < len(s) && s[i] != '"'; i++ {
				c := s[i]
				if c == '\n' || c == '\r' {
					return nil, fmt.Errorf("raw line break in literal")
				}
				if c != '\\' {
					b.WriteByte(c)
					continue
				}
				i++
				if i >= len(s) {
					return nil, fmt.Errorf("dangling backslash")
				}
				switch s[i] {
				case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
					b.WriteByte(s[i])
				case 'u', 'U':
					n := 4
					if s[i] == 'U' {
						n = 8
					}
					if i+n >= len(s) {
						return nil, fmt.Errorf("short UCHAR")
					}
					if _, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32); err != nil {
						return nil, fmt.Errorf("bad UCHAR %q", s[i+1:i+1+n])
					}
					i += n
				default:
					return nil, fmt.Errorf("bad escape \\%c", s[i])
				}
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated literal")
			}
			s = s[i+1:]
			switch {
			case strings.HasPrefix(s, "^^<"):
				end := strings.IndexByte(s, '>')
				if end < 0 || checkIRI(s[3:end]) != nil {
					return nil, fmt.Errorf("bad datatype")
				}
				s = s[end+1:]
			case strings.HasPrefix(s, "@"):
				end := strings.IndexAny(s, " \t")
				s = s[end:]
			}
			terms = append(terms, rdfTerm{'"', b.String()})
		default:
			return nil, fmt.Errorf("unexpected %q", s[0])
		}
	}
}

// checkIRI rejects what IRIREF does not allow and relative IRIs.
func checkIRI(iri string) error {
	for _, r := range iri {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			return fmt.Errorf("IRI %q holds %q", iri, r)
		}
	}
	if !strings.Contains(iri, ":") {
		return fmt.Errorf("relative IRI %q", iri)
	}
	return nil
}

// parseNQuads parses every line of b and returns the statements, failing
// the test on a bad or repeated one.
func parseNQuads(t testing.TB, b []byte) [][]rdfTerm {
	t.Helper()
	var stmts [][]rdfTerm
	seen := make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		terms, err := parseNQuad(sc.Text())
		if err != nil {
			t.Fatalf("line %d: %v: %s", n, err, sc.Text())
		}
		if seen[sc.Text()] {
			t.Errorf("line %d repeats a statement: %s", n, sc.Text())
		}
		seen[sc.Text()] = true
		stmts = append(stmts, terms)
	}
	return stmts
}

func TestRDFRoundTrip(t *testing.T) {
	g := smallGraph()
	nt := parseNQuads(t, render(t, "ntriples", g, smallOptions()).main)
	nq := parseNQuads(t, render(t, "nquads", g, smallOptions()).main)
	var named int
	graphs := make(map[string]bool)
	for _, s := range nt {
		if len(s) != 3 {
			t.Fatalf("N-Triples statement with %d terms", len(s))
		}
	}
	for _, s := range nq {
		if len(s) == 4 {
			named++
			graphs[s[3].value] = true
		}
	}
	if len(nq)-named != len(nt) {
		t.Errorf("nquads default graph has %d statements, ntriples %d", len(nq)-named, len(nt))
	}
	if named != smallTripleQuads {
		t.Errorf("%d named-graph quads, want %d", named, smallTripleQuads)
	}
	if !graphs["https://kg.invalid/article/seed"] || !graphs["https://kg.invalid/article/wikinews%2F2011%2002%231"] || len(graphs) != 2 {
		t.Errorf("named graphs %v", graphs)
	}
	// Each edge is one statement between entity IRIs, each node has a label.
	edges, labels := 0, make(map[string]string)
	for _, s := range nt {
		if strings.Contains(s[1].value, "/relation/") {
			edges++
		}
		if s[1].value == iriRDFSLabel && strings.Contains(s[0].value, "/entity/") {
			labels[s[0].value] = s[2].value
		}
	}
	if edges != len(g.Edges) {
		t.Errorf("%d relation statements, want %d", edges, len(g.Edges))
	}
	if got := labels[EntityIRI("", "Zürich – café")]; got != "Zürich – café" {
		t.Errorf("label of Zürich – café = %q", got)
	}
	if len(labels) != len(g.Nodes) {
		t.Errorf("%d labelled entities, want %d", len(labels), len(g.Nodes))
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	g := smallGraph()
	for _, tc := range []struct {
		name              string
		opts              Options
		entities, triples int
	}{
		{"sources", smallOptions(), 4, 6}, // Tripoli is not a node of g
		{"graph only", Options{}, len(g.Nodes), len(g.Edges)},
	} {
		b := render(t, "jsonl", g, tc.opts).main
		var entities, triples int
		dec := json.NewDecoder(bytes.NewReader(b))
		for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if !strings.HasPrefix(line, `{"kind":"entity",`) && !strings.HasPrefix(line, `{"kind":"triple",`) {
				t.Errorf("%s: line does not start with its kind: %s", tc.name, line)
			}
		}
		for {
			var raw map[string]json.RawMessage
			if err := dec.Decode(&raw); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var kind string
			json.Unmarshal(raw["kind"], &kind)
			obj, _ := json.Marshal(raw)
			switch kind {
			case "entity":
				var e extract.Entity
				if err := json.Unmarshal(obj, &e); err != nil || e.Name == "" {
					t.Errorf("%s: entity %s: %v", tc.name, obj, err)
				}
				entities++
			case "triple":
				var tr extract.Triple
				if err := json.Unmarshal(obj, &tr); err != nil || tr.Subject == "" || tr.Relation == "" {
					t.Errorf("%s: triple %s: %v", tc.name, obj, err)
				}
				if tc.opts.Triples != nil && entities > 0 && triples == 0 && tr != smallTriples[0] {
					t.Errorf("%s: first triple %+v, want %+v", tc.name, tr, smallTriples[0])
				}
				triples++
			default:
				t.Errorf("%s: kind %q", tc.name, kind)
			}
		}
		if entities != tc.entities || triples != tc.triples {
			t.Errorf("%s: %d entities, %d triples; want %d, %d", tc.name, entities, triples, tc.entities, tc.triples)
		}
	}
	// A nil graph means no filter.
	b := render(t, "jsonl", nil, smallOptions()).main
	if n := bytes.Count(b, []byte("\n")); n != len(smallEntities)+len(smallTriples) {
		t.Errorf("nil graph: %d lines, want %d", n, len(smallEntities)+len(smallTriples))
	}
}

// checkDOT verifies the DOT text's lexical structure: quoted strings are
// closed (a backslash escapes the next byte), braces and brackets balance
// outside them, statements are on one line, and every line outside the
// header is an attribute, node or edge statement.
func checkDOT(b []byte) error {
	depth, inQuote := 0, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inQuote {
			switch c {
			case '\\':
				i++
			case '"':
				inQuote = false
			case '\n':
				return fmt.Errorf("line break inside a quoted string at byte %d", i)
			}
			continue
		}
		switch c {
		case '"':
			inQuote = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth < 0 {
				return fmt.Errorf("unbalanced %q at byte %d", c, i)
			}
		}
	}
	if inQuote || depth != 0 {
		return fmt.Errorf("unterminated string or group (depth %d)", depth)
	}
	if !bytes.HasPrefix(b, []byte("digraph \"")) || !bytes.HasSuffix(b, []byte("}\n")) {
		return fmt.Errorf("not a digraph")
	}
	return nil
}

func TestDOTStructure(t *testing.T) {
	g := smallGraph()
	b := render(t, "dot", g, smallOptions()).main
	if err := checkDOT(b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"Tricky \"Q\" \\ <b>&amp; line` + "\uFFFD" + `" [label="Tricky \"Q\" \\ <b>&amp;\nline` + "\uFFFD" + `"`,
		`"UN Security Council" -> "Libya" [label="impose sanctions on", weight=2,`,
		`"Khalifa Haftar" -> "Russia" [label="visit", weight=3,`,
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("dot lacks %s", want)
		}
	}
	if n := bytes.Count(b, []byte(" -> ")); n != len(g.Edges) {
		t.Errorf("%d edges, want %d", n, len(g.Edges))
	}
}
