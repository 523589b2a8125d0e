package triples

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/shareddata"
)

// readGold reads a CoNLL-U test file whose MISC column may carry the entity
// tag as Entity=B-PER; tokens without one are tagged O. Sentence offsets are
// laid out as if the sentences were joined by single spaces, so that the
// document reads like an article.
func readGold(t testing.TB, path string) ([]nlp.Sentence, string) {
	t.Helper()
	doc, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	si, ti := 0, 0
	for sc.Scan() {
		l := sc.Text()
		if l == "" {
			if ti > 0 {
				si++
				ti = 0
			}
			continue
		}
		if l[0] == '#' {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		tag := "O"
		for _, kv := range strings.Split(cols[9], "|") {
			if v, ok := strings.CutPrefix(kv, "Entity="); ok {
				tag = v
			}
		}
		if si < len(doc) && ti < len(doc[si].Tokens) {
			doc[si].Tokens[ti].Entity = tag
		}
		ti++
	}
	var b strings.Builder
	for i := range doc {
		if i > 0 {
			b.WriteByte(' ')
		}
		off := b.Len()
		b.WriteString(doc[i].Text)
		doc[i].Start, doc[i].End = off, b.Len()
	}
	return doc, b.String()
}

// sharedData returns ../shared/data relative to the module root, or skips.
func sharedData(t testing.TB) string {
	t.Helper()
	return shareddata.Path(t)
}

// writeGold writes sentences as CoNLL-U with the entity tag in MISC, the
// format readGold reads.
func writeGold(w *strings.Builder, doc []nlp.Sentence) {
	for _, s := range doc {
		if s.ID != "" {
			w.WriteString("# sent_id = " + s.ID + "\n")
		}
		w.WriteString("# text = " + s.Text + "\n")
		for i, t := range s.Tokens {
			var misc []string
			if t.Entity != "" && t.Entity != "O" {
				misc = append(misc, "Entity="+t.Entity)
			}
			if !t.SpaceAfter {
				misc = append(misc, "SpaceAfter=No")
			}
			m := "_"
			if len(misc) > 0 {
				m = strings.Join(misc, "|")
			}
			cols := []string{itoa(i + 1), t.Text, dash(t.Lemma), dash(t.UPOS), dash(t.XPOS), "_", itoa(t.Head), dash(t.Deprel), "_", m}
			w.WriteString(strings.Join(cols, "\t") + "\n")
		}
		w.WriteString("\n")
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
