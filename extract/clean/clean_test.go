package clean

import (
	"os"
	"strings"
	"testing"
)

func texts(text string) []string {
	var out []string
	for _, sp := range Paragraphs(text) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

var cases = []struct {
	name string
	in   string
	want []string
}{
	{"widgets and timestamp", "11:19 GMT26 October 2020\nListen Live\n    Get short URL\n\n    The army has prepared an offensive, he said.\n",
		[]string{"The army has prepared an offensive, he said."}},
	{"credit and caption", "Fighters gather near the city of Sirte on Monday.\n© REUTERS / Someone\n\nThe talks ended without a deal on Friday.",
		[]string{"The talks ended without a deal on Friday."}},
	{"repeated caption", "Fighters gather as they advance against holdouts in the district.\nReal prose sentence is here today.\nFighters gather as they advance against holdouts in the district.",
		[]string{"Real prose sentence is here today."}},
	{"tag list", "The minister resigned on Tuesday.\n\njihadists, Islamic extremism, Islamists, Libyan army, Daesh, Russia",
		[]string{"The minister resigned on Tuesday."}},
	{"related headlines", "The minister resigned on Tuesday.\n\nLibyan National Army to Require Russian Assistance When UN Arms Embargo Lifted\nDaesh Defeat in Sirte Marks New Chapter for Libya",
		[]string{"The minister resigned on Tuesday."}},
	{"hard wrapped", "The board said on Tuesday that it would\nraise its forecast for the year after strong\nsales in Asia.\n\nNext paragraph here, it said.",
		[]string{"The board said on Tuesday that it would\nraise its forecast for the year after strong\nsales in Asia.", "Next paragraph here, it said."}},
	{"quote ending", "\"We will not allow any foreign troops,\" Saleh said.\n\"This is unacceptable.\"",
		[]string{"\"We will not allow any foreign troops,\" Saleh said.", "\"This is unacceptable.\""}},
	{"fixtures", "Holders meet the leaders in the third round of the cup.\n\nReading v Stockport/Swansea\n\nChelsea v Scunthorpe\n\nDerby v Watford or Fulham\n\nListen Live",
		[]string{"Holders meet the leaders in the third round of the cup.", "Reading v Stockport/Swansea", "Chelsea v Scunthorpe", "Derby v Watford or Fulham"}},
	{"results", "Featherstone edge York in a thriller at home.\n\nFeatherstone Rovers 22 York Knights 20\n\nChelsea 2-1 Arsenal\n\nTop 10 Movies\n\nListen Live",
		[]string{"Featherstone edge York in a thriller at home.", "Featherstone Rovers 22 York Knights 20", "Chelsea 2-1 Arsenal"}},
	{"short note kept", "Khalifa Haftar met Sergei Lavrov in Moscow", []string{"Khalifa Haftar met Sergei Lavrov in Moscow"}},
	{"only furniture", "Listen Live\nShare", []string{"Listen Live", "Share"}},
	{"empty", "", nil},
}

func TestParagraphs(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := texts(c.in)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../../../shared/data/seed/article.txt")
	if err != nil {
		t.Skip("shared data not present:", err)
	}
	got := strings.ReplaceAll(strings.Join(texts(string(data)), "\n"), "\u00a0", " ")
	for _, bad := range []string{"Listen Live", "Get short URL", "GMT", "© REUTERS", "Fighters of Libyan forces", "Community standards", "jihadists, Islamic", "Daesh Defeat in Sirte"} {
		if strings.Contains(got, bad) {
			t.Errorf("cleaned seed article still contains %q", bad)
		}
	}
	if d := PageDate(string(data)); d != "2020-10-26" {
		t.Errorf("PageDate(seed) = %q, want the page's timestamp 2020-10-26", d)
	}
	for _, good := range []string{"The Libyan National Army (LNA) has prepared", "Haftar and Aguila Saleh", "In 2011 the UN Security Council imposed sanctions", "Still, the Libyan Army is ready to fight.", "The fight will be fast,\" he said."} {
		if !strings.Contains(got, good) {
			t.Errorf("cleaned seed article lost %q", good)
		}
	}
}

func FuzzParagraphs(f *testing.F) {
	f.Add("a\n\nb. c\n© x")
	f.Add("\xff\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Paragraphs(s) {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v (prev end %d, len %d)", sp, prev, len(s))
			}
			prev = sp.End
		}
		if d := PageDate(s); d != "" && len(d) != len("2006-01-02") {
			t.Fatalf("PageDate = %q, not YYYY-MM-DD", d)
		}
	})
}

func TestPageDate(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"timestamp glued to zone", "11:19 GMT26 October 2020\nListen Live\n\nThe army has prepared to launch an offensive against the city, its spokesman told reporters.", "2020-10-26"},
		{"published month first", "Published: October 5, 2019 at 10:02 am\n\nThe minister met the delegation in the capital on Monday, officials said.", "2019-10-05"},
		{"iso", "Headline here\n2021-03-09\n\nBody text of the article follows here with enough words to be prose.", "2021-03-09"},
		{"abbreviated", "Updated 3 Feb. 2018\n\nBody text of the article follows here with enough words to be prose.", "2018-02-03"},
		{"date in prose only", "Leaders met on 26 October 2020 in the capital and agreed to talk again next week, officials said.", ""},
		{"date after the prose starts", "The army has prepared to launch an offensive against the city, its spokesman told reporters.\n\n26 October 2020", ""},
		{"impossible date", "31 February 2020\n\nBody text of the article follows here with enough words to be prose.", ""},
		{"no date", "Listen Live\n\nBody text of the article follows here with enough words to be prose.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PageDate(tt.text); got != tt.want {
				t.Errorf("PageDate = %q, want %q", got, tt.want)
			}
		})
	}
}
