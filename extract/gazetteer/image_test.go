package gazetteer

import (
	"bytes"
	"maps"
	"os"
	"reflect"
	"strings"
	"testing"
)

// dataFile is the committed TSV data file the embedded image is made from.
const dataFile = "data/gazetteer.tsv.gz"

func loadDataFile(t testing.TB) *Gazetteer {
	t.Helper()
	data, err := os.ReadFile(dataFile)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestImageMatchesData checks that the embedded image is the image of the
// committed data file, and that it loads into the same gazetteer.
func TestImageMatchesData(t *testing.T) {
	want := loadDataFile(t)
	var buf bytes.Buffer
	if err := want.WriteImage(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("embedded image is stale: run go run ./cmd/kg-train gazetteer")
	}
	got, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sameGazetteer(t, got, want)
}

// sameGazetteer fails unless got holds what want holds: the same entries,
// phrases (by hash) with the same variants, demonyms, given names and
// countries. The hash tables' slot order may differ.
func sameGazetteer(t *testing.T, got, want *Gazetteer) {
	t.Helper()
	if !reflect.DeepEqual(got.entries, want.entries) {
		t.Fatalf("entries differ: %d and %d", len(got.entries), len(want.entries))
	}
	if len(got.keys) != len(want.keys) {
		t.Fatalf("%d phrases, want %d", len(got.keys), len(want.keys))
	}
	bad := 0
	want.index.Range(func(h uint64, i int32) {
		j := got.index.Get(h)
		if j < 0 || !reflect.DeepEqual(got.keys[j], want.keys[i]) {
			bad++
		}
	})
	if bad > 0 {
		t.Errorf("%d of %d phrases differ", bad, len(want.keys))
	}
	if !maps.Equal(got.demonyms, want.demonyms) || !maps.Equal(got.given, want.given) || !maps.Equal(got.countries, want.countries) {
		t.Errorf("demonyms, given names or countries differ")
	}
}

func TestImageRoundTrip(t *testing.T) {
	want, err := Load(bytes.NewReader(gz(smallData)))
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := want.WriteImage(&a); err != nil {
		t.Fatal(err)
	}
	got, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sameGazetteer(t, got, want)
	if err := got.WriteImage(&b); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("the image of a loaded image differs (%v)", err)
	}
	if n, e, ok := got.Match(strings.Fields("the U.N. said"), 1); n != 1 || !ok || e.Name != "United Nations" {
		t.Errorf("Match(U.N.) = %d, %+v, %v", n, e, ok)
	}
}

func TestImageErrors(t *testing.T) {
	raw := unzipped(t, embedded)
	for name, in := range map[string][]byte{
		"magic only":    []byte(imageMagic),
		"truncated":     raw[:len(raw)/2],
		"extra byte":    append(bytes.Clone(raw), 0),
		"last byte cut": raw[:len(raw)-1],
	} {
		_, err := Load(bytes.NewReader(gz(string(in))))
		if err == nil || !strings.HasPrefix(err.Error(), "gazetteer image: ") {
			t.Errorf("%s: error %v, want a gazetteer image error", name, err)
		}
	}
}

func FuzzLoadImage(f *testing.F) {
	g := loadDataFile(f)
	var buf bytes.Buffer
	if err := g.WriteImage(&buf); err != nil {
		f.Fatal(err)
	}
	raw := unzipped(f, buf.Bytes())
	f.Add(raw[:4096])
	f.Add(raw[:300])
	small, _ := Load(bytes.NewReader(gz(fileMagic + "\nCOUNTRY\tRussia\tRU\t1\tRF\nDEMONYM\tRussia\tRU\t0\tRussian\nGIVEN\tSergei\t\t5\t\n")))
	buf.Reset()
	small.WriteImage(&buf)
	f.Add(unzipped(f, buf.Bytes()))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte(imageMagic)) {
			data = append([]byte(imageMagic), data...)
		}
		g, err := loadImage(data)
		if err != nil {
			return
		}
		for _, e := range g.entries {
			g.Lookup(e.Name)
			g.Match(SplitName(e.Name), 0)
		}
	})
}
