package pipeline

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"testing"
)

// TestOutputHash prints SHA-256 sums of everything the analysis and the
// extraction make of the first 2,000 BBC articles: every token's text,
// offsets, tags, lemma, head, relation and entity tag, and the entities
// and triples. A change meant to keep outputs (a faster table, a
// refactor) must leave both sums alone. It takes about 20 seconds, so it
// runs only with KG_OUTPUT_HASH=1:
//
//	KG_OUTPUT_HASH=1 go test ./extract/pipeline -run OutputHash -v
func TestOutputHash(t *testing.T) {
	if os.Getenv("KG_OUTPUT_HASH") == "" {
		t.Skip("set KG_OUTPUT_HASH=1 to print the output sums")
	}
	arts := bbc(t, 2000)
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tokens, extracted := sha256.New(), sha256.New()
	for _, a := range arts {
		for _, s := range p.Analyze(a.Text) {
			for _, tk := range s.Tokens {
				fmt.Fprintf(tokens, "%s\t%d\t%d\t%s\t%s\t%s\t%d\t%s\t%s\n", tk.Text, tk.Start, tk.End, tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel, tk.Entity)
			}
			fmt.Fprintln(tokens)
		}
		res, err := p.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(extracted, "%+v\n%+v\n", res.Entities, res.Triples)
	}
	t.Logf("tokens sha256 %x", tokens.Sum(nil))
	t.Logf("extract sha256 %x", extracted.Sum(nil))
}
