package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/entities"
)

// ZZ_TRACE=file[,file] writes file.out: tokens with tags, NER, tree, and mentions.
func TestZZTrace(t *testing.T) {
	env := os.Getenv("ZZ_TRACE")
	if env == "" {
		t.Skip()
	}
	p, err := Default(BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range strings.Split(env, ",") {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := p.Analyze(string(text))
		var b strings.Builder
		tb := p.st.Builder.(TreeBuilder)
		ents := entities.ResolveWith(doc, string(text), tb.Gazetteer, tb.Lexicon)
		for si, s := range doc {
			fmt.Fprintf(&b, "# %d %s\n", si, s.Text)
			for i, tk := range s.Tokens {
				m := ""
				if mm, ok := ents.MentionAt(si, i); ok {
					name := ""
					if mm.Entity >= 0 {
						name = ents.Entities[mm.Entity].Name
					}
					m = fmt.Sprintf("%s/%d/%s", mm.Type, mm.Kind, name)
				}
				fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", i+1, tk.Text, tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Deprel, tk.Entity+"\t"+m)
			}
		}
		os.WriteFile(f+".out", []byte(b.String()), 0o644)
	}
}
