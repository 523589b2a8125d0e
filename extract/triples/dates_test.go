package triples

import (
	"strings"
	"testing"
	"time"
)

// dateTests: expected dates computed by hand from the calendar; the
// reference is a Monday.
var dateTests = []struct {
	words string
	ref   string
	past  bool
	want  string
}{
	{"On November 29", "2020-10-26", false, "2020-11-29"},
	{"On November 29", "2020-10-26", true, "2019-11-29"},
	{"in late November", "2020-12-10", true, "2020-11"},
	{"in late November", "2021-01-05", true, "2020-11"},
	{"last Friday", "2020-10-26", true, "2020-10-23"},
	{"Monday", "2020-10-26", true, "2020-10-26"},
	{"Friday", "2020-10-26", true, "2020-10-23"},
	{"next Friday", "2020-10-26", false, "2020-10-30"},
	{"yesterday", "2020-10-26", true, "2020-10-25"},
	{"In 2011", "2020-10-26", true, "2011"},
	{"last year", "2020-01-06", true, "2019"},
	{"this year", "2020-01-06", true, "2020"},
	{"last month", "2020-01-06", true, "2019-12"},
	{"next month", "2020-12-06", false, "2021-01"},
	{"the year", "2020-01-06", true, ""},
	{"last week", "2020-01-06", true, ""}, // no YYYY-MM-DD for a week
	{"December 1 , 2016", "2020-10-26", true, "2016-12-01"},
	{"29 March 2019", "", true, "2019-03-29"},
	{"on November 29", "", true, ""}, // no year and no reference
	{"last Friday", "", true, ""},
	{"in the future", "2020-10-26", false, ""},
	{"may", "2020-10-26", false, ""}, // the modal, not the month
}

func TestResolveDate(t *testing.T) {
	for _, tc := range dateTests {
		var ref time.Time
		if tc.ref != "" {
			ref, _ = ParseArticleDate(tc.ref)
		}
		got := resolveDate(strings.Fields(tc.words), ref, tc.past)
		if got != tc.want {
			t.Errorf("resolveDate(%q, %s, past=%v) = %q, want %q", tc.words, tc.ref, tc.past, got, tc.want)
		}
	}
}

func FuzzResolveDate(f *testing.F) {
	f.Add("On November 29 2020", "2020-10-26")
	f.Add("last Friday", "")
	f.Fuzz(func(t *testing.T, words, ref string) {
		r, _ := ParseArticleDate(ref)
		ResolveDate(strings.Fields(words), r)
	})
}
