package input

import (
	"strings"
	"time"
)

var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2006/01/02",
	"02/01/2006",
}

// NormalizeDate returns d as YYYY-MM-DD when it is in a common date layout,
// and d trimmed otherwise (a date kg cannot read is kept, not lost).
func NormalizeDate(d string) string {
	d = strings.TrimSpace(d)
	if d == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, d); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return d
}
