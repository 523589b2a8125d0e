package triples

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDump prints the parses, entities and triples of the JSONL articles
// in $KG_DUMP (ids filtered by $KG_DUMP_ID), for looking at misses.
func TestDump(t *testing.T) {
	path := os.Getenv("KG_DUMP")
	if path == "" {
		t.Skip("set KG_DUMP=articles.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, nr := newAnalyzer(t), newRecognizer(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var art extract.Article
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			t.Fatal(err)
		}
		if id := os.Getenv("KG_DUMP_ID"); id != "" && !strings.Contains(art.ID, id) {
			continue
		}
		var doc []string
		ents, ts := fullPipelineDoc(t, a, nr, art, Options{}, &doc)
		fmt.Println("=====", art.ID)
		for _, s := range doc {
			fmt.Print(s)
		}
		for i, e := range ents.Entities {
			fmt.Printf("E%d %s %s %v titles=%v\n", i, e.Name, e.Type, e.Aliases, ents.Titles[i])
		}
		for _, m := range ents.Mentions {
			if m.Kind != 0 {
				fmt.Printf("M s%d %d %q %s -> %d\n", m.Sentence, m.Start, m.Text, m.Kind, m.Entity)
			}
		}
		for _, tr := range ts {
			fmt.Println(tripleString(tr))
		}
	}
}
