package gazetteer

import (
	"bytes"
	"strings"
	"testing"
)

// smallData is a data file of one entry of each kind, for the tests of
// Load and of images.
const smallData = fileMagic + "\n" +
	"COUNTRY\tRussia\tRU\t144000000\tRussian Federation|RF\n" +
	"CITY\tMoscow\tRU\t12000000\t\n" +
	"CITY\tSt. Petersburg\tRU\t5000000\tSaint Petersburg\n" +
	"ORG\tUnited Nations\t\t0\tUN|U.N.\n" +
	"DEMONYM\tRussia\tRU\t0\tRussian|Russians\n" +
	"GIVEN\tSergei\t\t5000\t\n"

func TestLoadSmall(t *testing.T) {
	text := smallData
	g, err := Load(bytes.NewReader(gz(text)))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, name string }{{"Russian Federation", "Russia"}, {"Moscow", "Moscow"}, {"RF", "Russia"}} {
		if es := g.Lookup(c.in); len(es) == 0 || es[0].Name != c.name {
			t.Errorf("Lookup(%q) = %+v, want %s first", c.in, es, c.name)
		}
	}
	if got := g.countries["RU"]; got != "Russia" {
		t.Errorf("country RU = %q", got)
	}
	if got := g.demonyms["russians"]; got != "Russia" {
		t.Errorf("demonym russians = %q", got)
	}
	if got := g.given["sergei"]; got != 5000 {
		t.Errorf("given sergei = %d", got)
	}
	// Lines may end in CR LF, the header's too, as bufio.Scanner read them.
	if _, err := Load(bytes.NewReader(gz(strings.ReplaceAll(text, "\n", "\r\n")))); err != nil {
		t.Errorf("CR LF lines: %v", err)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(fileMagic + "\nCOUNTRY\tRussia\tRU\t144000000\tRussian Federation|RF\nDEMONYM\tRussia\tRU\t0\t|Russian\n")
	f.Add(fileMagic + "\nCITY\t\t\t0\t|||\r\n")
	f.Add(fileMagic + "\r\nCITY\tOmsk\tRU\t1\t\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		g, err := Load(bytes.NewReader(gz(text)))
		if err != nil {
			return
		}
		for _, e := range g.entries {
			g.Lookup(e.Name)
		}
	})
}
