package ner

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/tokenize"
)

// projected returns text's tokens with the tags Project gives them from
// list, as "word/TAG" for entity tokens and "word" for the others.
func projected(t *testing.T, text string, list []ListedName) string {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := tokenize.New().SplitAppend(nil, text)
	Project(text, doc, list, g)
	var out []string
	for _, s := range doc {
		for _, tk := range s.Tokens {
			if tk.Entity == "O" {
				out = append(out, tk.Text)
			} else {
				out = append(out, tk.Text+"/"+tk.Entity)
			}
		}
	}
	return strings.Join(out, " ")
}

func TestProject(t *testing.T) {
	tests := []struct {
		name, text string
		list       []ListedName
		want       string
	}{
		{
			"full name, surname, dateline capitals and a country's other name",
			"NAIROBI, Kenya — President William Ruto met U.S. officials in Nairobi. Ruto said so.",
			[]ListedName{{"LOC", "Nairobi"}, {"LOC", "Kenya"}, {"PER", "William Ruto"}},
			"NAIROBI/B-LOC , Kenya/B-LOC — President William/B-PER Ruto/I-PER met U.S./B-LOC officials in Nairobi/B-LOC . Ruto/B-PER said so .",
		},
		{
			"bracketed acronym and a lone word of a company's name",
			"The Kenya Electricity Generating Company (KenGen) said output rose. Shares of KenGen and Safaricom rose.",
			[]ListedName{{"ORG", "Kenya Electricity Generating Company"}, {"ORG", "Safaricom PLC"}},
			"The Kenya/B-ORG Electricity/I-ORG Generating/I-ORG Company/I-ORG ( KenGen/B-ORG ) said output rose . Shares of KenGen/B-ORG and Safaricom/B-ORG rose .",
		},
		{
			"a lone word of an organisation opening a sentence is not taken, a person's is",
			"Adani Group denied it. Adani shares fell. Gautam Adani spoke. Gautam was calm.",
			[]ListedName{{"ORG", "Adani Group"}, {"PER", "Gautam Adani"}},
			"Adani/B-ORG Group/I-ORG denied it . Adani/B-PER shares fell . Gautam/B-PER Adani/I-PER spoke . Gautam/B-PER was calm .",
		},
		{
			"acronyms with a space; not ages; unlisted countries come last",
			"The Famine Early Warning Systems Network (FEWS NET) and the International Organization for Migration (IOM) warned, said Ekai Jordan (54). FEWS NET, IOM and Jordan agreed with Japan.",
			[]ListedName{{"ORG", "Famine Early Warning Systems Network"}, {"ORG", "International Organization for Migration"}, {"PER", "Ekai Jordan"}},
			"The Famine/B-ORG Early/I-ORG Warning/I-ORG Systems/I-ORG Network/I-ORG ( FEWS/B-ORG NET/I-ORG ) and the International/B-ORG Organization/I-ORG for/I-ORG Migration/I-ORG ( IOM/B-ORG ) warned , said Ekai/B-PER Jordan/I-PER ( 54 ) . FEWS/B-ORG NET/I-ORG , IOM/B-ORG and Jordan/B-PER agreed with Japan/B-LOC .",
		},
		{
			"a lone word shared by two types or opening a sentence is not taken",
			"Gold rose, the World Gold Council said. Herders from Turkana left Lake Turkana, Turkana County Government said. ANA flights carried Ana Lopez.",
			[]ListedName{{"ORG", "World Gold Council"}, {"LOC", "Lake Turkana"}, {"ORG", "Turkana County Government"}, {"PER", "Ana Lopez"}},
			"Gold rose , the World/B-ORG Gold/I-ORG Council/I-ORG said . Herders from Turkana left Lake/B-LOC Turkana/I-LOC , Turkana/B-ORG County/I-ORG Government/I-ORG said . ANA flights carried Ana/B-PER Lopez/I-PER .",
		},
		{
			"two mentions side by side stay two",
			"Officials from Mali Burkina Faso met.",
			[]ListedName{{"LOC", "Mali"}, {"LOC", "Burkina Faso"}},
			"Officials from Mali/B-LOC Burkina/B-LOC Faso/I-LOC met .",
		},
		{
			"common words of names do not stand alone; a name inside a longer one is the longer one's",
			"The National Bank of Kenya said the Bank would act in Kenya.",
			[]ListedName{{"ORG", "National Bank of Kenya"}, {"LOC", "Kenya"}},
			"The National/B-ORG Bank/I-ORG of/I-ORG Kenya/I-ORG said the Bank would act in Kenya/B-LOC .",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := projected(t, tt.text, tt.list); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestReadNameList(t *testing.T) {
	got, err := ReadNameList(strings.NewReader("PER\tWilliam Ruto\r\n\nLOC\tNairobi\n"), "a.gold")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != (ListedName{"PER", "William Ruto"}) || got[1] != (ListedName{"LOC", "Nairobi"}) {
		t.Errorf("got %v", got)
	}
	for _, bad := range []struct{ in, err string }{
		{"PER William Ruto\n", "a.gold:1: want TYPE<tab>name"},
		{"PER\tA\nMISC\tEuro\n", `a.gold:2: type "MISC", want PER, ORG or LOC`},
		{"PER\t\n", "a.gold:1: want TYPE<tab>name"},
	} {
		if _, err := ReadNameList(strings.NewReader(bad.in), "a.gold"); err == nil || err.Error() != bad.err {
			t.Errorf("%q: err %v, want %s", bad.in, err, bad.err)
		}
	}
}

// FuzzProject checks that any list ReadNameList accepts projects onto any
// text without panicking, into well-formed IOB2 tags.
func FuzzProject(f *testing.F) {
	f.Add("NAIROBI, Kenya — William Ruto met U.S. officials (KPLC).", "PER\tWilliam Ruto\nLOC\tNairobi\nORG\tKenya Power\n")
	f.Add("Gold rose. Adani Group (AG) fell.", "ORG\tAdani Group\nORG\tAG\n")
	f.Add("a (", "LOC\ta\nLOC\t(\n")
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, list string) {
		names, err := ReadNameList(strings.NewReader(list), "f.gold")
		if err != nil {
			return
		}
		doc := tokenize.New().SplitAppend(nil, text)
		Project(text, doc, names, g)
		for _, s := range doc {
			prev := "O"
			for _, tk := range s.Tokens {
				e := tk.Entity
				switch {
				case e == "O":
				case strings.HasPrefix(e, "B-") && typeID(e[2:]) != 0:
				case strings.HasPrefix(e, "I-") && prev != "O" && prev[2:] == e[2:]:
				default:
					t.Fatalf("token %q after %s: tag %q", tk.Text, prev, e)
				}
				prev = e
			}
		}
	})
}
