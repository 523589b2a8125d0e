package gazetteer

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/shareddata"
)

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

var lookupTests = []struct {
	in            string
	name, typ, cc string
	sub           string
}{
	{"Russia", "Russia", "LOC", "RU", SubCountry},
	{"russian federation", "Russia", "LOC", "RU", SubCountry},
	{"US", "United States", "LOC", "US", SubCountry},
	{"U.S.", "United States", "LOC", "US", SubCountry},
	{"USA", "United States", "LOC", "US", SubCountry},
	{"UK", "United Kingdom", "LOC", "GB", SubCountry},
	{"Britain", "United Kingdom", "LOC", "GB", SubCountry},
	// the forms news writes beside the sources' names
	{"Democratic Republic of Congo", "Democratic Republic of the Congo", "LOC", "CD", SubCountry},
	{"DR Congo", "Democratic Republic of the Congo", "LOC", "CD", SubCountry},
	{"Bosnia-Herzegovina", "Bosnia and Herzegovina", "LOC", "BA", SubCountry},
	{"Cape Verde", "Cabo Verde", "LOC", "CV", SubCountry},
	{"Tesla Inc", "Tesla", "ORG", "", SubCompany},
	{"Novo Nordisk", "Novo Nordisk", "ORG", "", SubCompany},
	{"Standard and Poor's", "Standard & Poor's", "ORG", "", SubCompany},
	{"Paris St-Germain", "Paris Saint-Germain", "ORG", "", SubBody},
	{"Macedonia", "North Macedonia", "LOC", "MK", SubCountry},
	{"UN", "United Nations", "ORG", "", SubOrg},
	{"U.N.", "United Nations", "ORG", "", SubOrg},
	{"EU", "European Union", "ORG", "", SubOrg},
	{"NATO", "North Atlantic Treaty Organization", "ORG", "", SubOrg},
	{"UN Security Council", "United Nations Security Council", "ORG", "", SubOrg},
	{"World Bank", "International Bank for Reconstruction and Development", "ORG", "", SubOrg},
	{"Tripoli", "Tripoli", "LOC", "LY", SubCity}, // Libya's capital outranks Lebanon's Tripoli by population
	{"Kiev", "Kyiv", "LOC", "UA", SubCity},
	{"New York", "New York City", "LOC", "US", SubCity},
	{"Burma", "Myanmar", "LOC", "MM", SubCountry},
	{"Bavaria", "Bavaria", "LOC", "DE", SubRegion},
	{"Sergei", "Sergei", "PER", "", SubGiven},
	{"AFP", "Agence France-Presse", "ORG", "", SubOrg},
	{"Reuters", "Reuters", "ORG", "", SubOrg},
	{"Balkans", "Balkans", "LOC", "", SubArea},
	{"the Balkans", "Balkans", "LOC", "", SubArea},
	{"Red Sea", "Red Sea", "LOC", "", SubArea},
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	for _, tt := range lookupTests {
		es := g.Lookup(tt.in)
		if len(es) == 0 {
			t.Errorf("Lookup(%q): no entries", tt.in)
			continue
		}
		e := es[0]
		if e.Name != tt.name || e.Type != tt.typ || e.Country != tt.cc || e.Subtype != tt.sub {
			t.Errorf("Lookup(%q)[0] = %+v, want %s %s %s %s", tt.in, e, tt.name, tt.typ, tt.sub, tt.cc)
		}
	}
	for _, in := range []string{"", "qwzxv", "."} {
		if es := g.Lookup(in); len(es) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", in, es)
		}
	}
}

var demonymTests = []struct {
	in, want string
	ok       bool
}{
	{"Russian", "Russia", true},
	{"Russians", "Russia", true},
	{"Libyan", "Libya", true},
	{"libyans", "Libya", true},
	{"American", "United States", true},
	{"British", "United Kingdom", true},
	{"Chinese", "China", true},
	{"Korean", "South Korea", true},
	{"Dutch", "Netherlands", true},
	{"Palestinian", "Palestinian Territory", true},
	{"Soviet", "Soviet Union", true},
	{"European", "Europe", true},
	{"Middle Eastern", "Middle East", true},
	{"Tripoli", "", false},
}

func TestDemonym(t *testing.T) {
	g := mustDefault(t)
	for _, tt := range demonymTests {
		got, ok := g.Demonym(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Demonym(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIsGivenName(t *testing.T) {
	g := mustDefault(t)
	for _, w := range []string{"Sergei", "ahmed", "Khalifa", "John", "Françoise", "Jean-Pierre"} {
		if !g.IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = false", w)
		}
	}
	for _, w := range []string{"Tripoli", "the", "Mademoiselle", ""} {
		if g.IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = true", w)
		}
	}
}

var matchTests = []struct {
	text string
	i    int
	n    int
	name string
}{
	{"the United Nations Security Council met", 1, 4, "United Nations Security Council"},
	{"the UN Security Council imposed", 1, 3, "United Nations Security Council"},
	{"the United Nations said", 1, 2, "United Nations"},
	{"in New York today", 1, 2, "New York City"},
	{"the U.S. and Russia", 1, 1, "United States"},
	{"the U.S. and Russia", 3, 1, "Russia"},
	{"the UK", 1, 1, "United Kingdom"},
	{"talk to us now", 2, 0, ""},       // lower-case "us" is a pronoun
	{"in new york today", 1, 0, ""},    // proper names need capitals
	{"the un said", 1, 0, ""},          // acronyms need capitals
	{"Libyan National Army", 0, 0, ""}, // not an entry; "Libyan" is a demonym
	{"in Tripoli .", 1, 1, "Tripoli"},
	{"Tripoli", 5, 0, ""},
	{"Bosnia and Herzegovina", 0, 3, "Bosnia and Herzegovina"},
}

func TestMatch(t *testing.T) {
	g := mustDefault(t)
	for _, tt := range matchTests {
		words := strings.Fields(tt.text)
		n, e, ok := g.Match(words, tt.i)
		if n != tt.n || ok != (tt.n > 0) || e.Name != tt.name {
			t.Errorf("Match(%q, %d) = %d, %q, %v; want %d, %q", tt.text, tt.i, n, e.Name, ok, tt.n, tt.name)
		}
	}
}

func TestMatchKinds(t *testing.T) {
	g := mustDefault(t)
	n, k := g.MatchKinds([]string{"Jordan", "said"}, 0)
	if n != 1 || k&KindCountry == 0 || k&KindGiven == 0 {
		t.Errorf("MatchKinds(Jordan) = %d, %b; want country and given name", n, k)
	}
}

// TestAreasHaveNoKinds checks that areas, kg's companies and its bodies
// are invisible to the recogniser's features (no kinds, no match) and
// visible to Match and Lookup.
func TestAreasHaveNoKinds(t *testing.T) {
	g := mustDefault(t)
	for _, words := range [][]string{{"the", "Balkans"}, {"Siberia", "froze"}, {"the", "Himalayas"}, {"Qualcomm", "said"}, {"by", "GlaxoSmithKline"},
		{"the", "Bundesbank"}, {"Ofcom", "said"}, {"the", "Houthis"}} {
		for i := range words {
			n, k := g.MatchKinds(words, i)
			if k != 0 || n != 0 {
				t.Errorf("MatchKinds(%q, %d) = %d, %b; want nothing", words, i, n, k)
			}
			if w, n, k := g.WordMatchKinds(words, i); w != 0 || n != 0 || k != 0 {
				t.Errorf("WordMatchKinds(%q, %d) = %b, %d, %b; want nothing", words, i, w, n, k)
			}
		}
	}
	if n, e, ok := g.Match([]string{"Red", "Sea"}, 0); !ok || n != 2 || e.Subtype != SubArea {
		t.Errorf("Match(Red Sea) = %d, %+v, %v; want the area", n, e, ok)
	}
	// kg's companies likewise
	if es := g.Lookup("Toshiba"); len(es) == 0 || es[0].Subtype != SubCompany || es[0].Type != "ORG" {
		t.Errorf("Lookup(Toshiba) = %+v; want the company", es)
	}
	// and its bodies
	if es := g.Lookup("FBI"); len(es) == 0 || es[0].Subtype != SubBody || es[0].Name != "Federal Bureau of Investigation" {
		t.Errorf("Lookup(FBI) = %+v; want the body", es)
	}
}

// TestLookupWritten checks that LookupWritten finds a name only as the
// gazetteer writes it.
func TestLookupWritten(t *testing.T) {
	g := mustDefault(t)
	for _, tc := range []struct {
		name, want string // want "" for no entry
	}{
		{"CIA", "Central Intelligence Agency"},
		{"Cia", ""}, // an acronym in other capitals
		{"Uefa", "UEFA"},
		{"Paris", "Paris"},
		{"paris", ""}, // a capitalised name in lower case
	} {
		es := g.LookupWritten(tc.name)
		got := ""
		if len(es) > 0 {
			got = es[0].Name
		}
		if got != tc.want {
			t.Errorf("LookupWritten(%q) = %q, want %q", tc.name, got, tc.want)
		}
		if len(g.Lookup(tc.name)) == 0 {
			t.Errorf("Lookup(%q) finds nothing", tc.name)
		}
	}
}

func TestSplitName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United Nations Children's Fund", "United|Nations|Children|'s|Fund"},
		{"Congo (Brazzaville)", "Congo|(|Brazzaville|)"},
		{"Gaza, Gaza Strip", "Gaza|,|Gaza|Strip"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(SplitName(tt.in), "|"); got != tt.want {
			t.Errorf("SplitName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{nil, "gazetteer: "},
		{[]byte("not gzip"), "gazetteer: "},
		{gz(""), "empty file"},
		{gz("bad header\n"), "bad header"},
		{gz(fileMagic + "\nCITY\tx\n"), "line 2: want 5 tab-separated fields"},
		{gz(fileMagic + "\nCITY\tMoscow\tRU\t12000000\n"), "line 2: want 5 tab-separated fields"},
		{gz(fileMagic + "\nCITY\tMoscow\tRU\t1\t\t\n"), "line 2: want 5 tab-separated fields"},
		{gz(fileMagic + "\nWHAT\tx\t\t0\t\n"), `line 2: unknown subtype "WHAT"`},
		{gz(fileMagic + "\nCITY\tx\t\t1\t\nCITY\tx\t\tN\t\n"), `line 3: bad number "N"`},
	} {
		if _, err := Load(bytes.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%q): error %v, want one containing %q", c.in, err, c.want)
		}
	}
}

// BenchmarkLoad loads the embedded image and the data file it is made
// from.
func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile(dataFile)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		file []byte
	}{{"image", embedded}, {"data-file", data}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load(bytes.NewReader(c.file)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBuildMatchesDataFile rebuilds the data file from the sources and
// checks that the committed copy is up to date (TestImageMatchesData
// checks the embedded image against it).
func TestBuildMatchesDataFile(t *testing.T) {
	dir := dataDir(t)
	var buf bytes.Buffer
	if err := Build(dir, BuildOptions{}, &buf); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(dataFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Errorf("%s is stale: run go run ./cmd/kg-train gazetteer", dataFile)
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("the U.S. and the UN Security Council")
	f.Add("... . Ünïcode St. Petersburg")
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		for i := range words {
			n, _, ok := g.Match(words, i)
			if n < 0 || i+n > len(words) || ok != (n > 0) {
				t.Fatalf("Match(%q, %d) = %d, %v", words, i, n, ok)
			}
			g.Lookup(words[i])
			g.Demonym(words[i])
			g.IsGivenName(words[i])
		}
	})
}

func BenchmarkMatch(b *testing.B) {
	g := mustDefault(b)
	words := strings.Fields("On November 29 Russian Foreign Minister Sergei Lavrov held a meeting with Haftar in Moscow and the UN Security Council .")
	b.ReportAllocs()
	for b.Loop() {
		for i := range words {
			g.MatchKinds(words, i)
		}
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzipWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// dataDir finds ../shared/data/gazetteer from the module root, or skips.
func dataDir(t testing.TB) string {
	t.Helper()
	return shareddata.Path(t, "gazetteer")
}

func TestWordLookupsDoNotAllocate(t *testing.T) {
	g := mustDefault(t)
	n := testing.AllocsPerRun(100, func() {
		g.IsGivenName("Sergei")
		g.GivenNameCount("KHALIFA")
		g.Demonym("Libyans")
		g.WordKinds("Tripoli")
	})
	if n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}

// TestWordMatchKinds checks that WordMatchKinds answers what WordKinds and
// MatchKinds answer, at every position.
func TestWordMatchKinds(t *testing.T) {
	g := mustDefault(t)
	for _, s := range []string{
		"The New York Times said Angela Merkel met the Bank of England in Paris .",
		"UNITED NATIONS , N.Y. - the u.s. and the united kingdom ( U.K. ) Florida florida",
		"Mr. John Smith of Acme Corp. visited São Paulo and Côte d'Ivoire",
		"",
	} {
		words := SplitName(s)
		for i := -1; i <= len(words); i++ {
			var wk Kinds
			if i >= 0 && i < len(words) {
				wk = g.WordKinds(words[i])
			}
			n, k := g.MatchKinds(words, i)
			gw, gn, gk := g.WordMatchKinds(words, i)
			if gw != wk || gn != n || gk != k {
				t.Errorf("%q at %d: WordMatchKinds = %v, %d, %v; want %v, %d, %v", s, i, gw, gn, gk, wk, n, k)
			}
		}
	}
}

func TestUnhyphenated(t *testing.T) {
	for in, want := range map[string]string{"G-8": "G8", "G-20": "G20", "GCC": "", "Guinea-Bissau": "", "G-": "", "-8": "", "CE-12a": ""} {
		got, ok := unhyphenated(in)
		if ok != (want != "") || got != want {
			t.Errorf("unhyphenated(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"G8", "G-8", "G20"} {
		if es := g.Lookup(name); len(es) == 0 || es[0].Subtype != SubOrg {
			t.Errorf("Lookup(%q) = %+v, want an organisation", name, es)
		}
	}
}
