package pipeline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/world.golden")

// TestWorldNews runs the whole extraction over the stories of
// testdata/world (news of kinds the shared corpora lack) and compares the
// entities found, with their types and mention counts, with
// testdata/world.golden; -update rewrites the golden file.
func TestWorldNews(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the trained models")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "world", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories in testdata/world: %v", err)
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		res, err := p.Extract(context.Background(), extract.Article{ID: id, Text: string(text)})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Entities {
			fmt.Fprintf(&got, "%s\t%s\t%s\t%d\n", id, e.Type, e.Name, e.Mentions)
		}
	}
	golden.Check(t, filepath.Join("testdata", "world.golden"), got.Bytes(), *update)
}
