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
	})
}
