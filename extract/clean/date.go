package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// headerLines is how many non-blank lines at the top of a page PageDate
// looks at before giving up.
const headerLines = 12

var (
	monthNames = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	// 26 October 2020, 26 Oct. 2020
	dmyRE = regexp.MustCompile(`(?i)(?:^|[^0-9])([0-9]{1,2})(?:st|nd|rd|th)?\s+` + monthNames + `,?\s+([0-9]{4})\b`)
	// October 26, 2020
	mdyRE = regexp.MustCompile(`(?i)\b` + monthNames + `\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})\b`)
	// 2020-10-26
	isoRE = regexp.MustCompile(`\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b`)
)

// PageDate returns the date a page shows in its header — a timestamp or
// dateline line above the first paragraph of prose, such as "11:19 GMT 26
// October 2020" or "Published: October 26, 2020" — as YYYY-MM-DD, or ""
// when the header has none. Dates inside the prose are not page dates and
// are never returned.
func PageDate(text string) string {
	seen := 0
	for _, ln := range splitLines(text) {
		s := text[ln.start:ln.end]
		if strings.TrimSpace(s) == "" {
			continue
		}
		if seen++; seen > headerLines {
			return ""
		}
		words := len(strings.Fields(s))
		if words > 10 {
			// The first long line is the headline or the prose: a date
			// after it belongs to the story, not the page.
			if isProse(s) {
				return ""
			}
			continue
		}
		if d := lineDate(s); d != "" {
			return d
		}
	}
	return ""
}

// lineDate reads the first full date (day, month and year) in s.
func lineDate(s string) string {
	if m := isoRE.FindStringSubmatch(s); m != nil {
		if d := mkDate(m[1], month(m[2]), m[3]); d != "" {
			return d
		}
	}
	if m := dmyRE.FindStringSubmatch(s); m != nil {
		if d := mkDate(m[3], monthIndex(m[2]), m[1]); d != "" {
			return d
		}
	}
	if m := mdyRE.FindStringSubmatch(s); m != nil {
		if d := mkDate(m[3], monthIndex(m[1]), m[2]); d != "" {
			return d
		}
	}
	return ""
}

func month(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// monthIndex maps a month name or abbreviation to 1..12 (0 if unknown).
func monthIndex(name string) int {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if len(name) < 3 {
		return 0
	}
	const abbr = "janfebmaraprmayjunjulaugsepoctnovdec"
	if i := strings.Index(abbr, name[:3]); i >= 0 && i%3 == 0 {
		return i/3 + 1
	}
	return 0
}

// mkDate validates a calendar date and formats it, or returns "".
func mkDate(year string, mon int, day string) string {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || mon < 1 || mon > 12 || y < 1900 || y > 2200 || d < 1 {
		return ""
	}
	t := time.Date(y, time.Month(mon), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 31 February and the like
	}
	return t.Format("2006-01-02")
}
