package triples

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8, "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
	"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// ParseArticleDate reads an article date in the forms kg stores
// (YYYY-MM-DD, or an RFC 3339 time); ok is false for anything else.
func ParseArticleDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ResolveDate reads a date expression given as words ("On November 29",
// "in late November", "last Friday", "Monday", "in 2011", "December 1 ,
// 2016") and resolves it against the article date ref (zero if unknown).
// It returns YYYY-MM-DD, YYYY-MM or YYYY, or "" when the words hold no date
// or the date cannot be placed without a reference.
func ResolveDate(words []string, ref time.Time) string { return resolveDate(words, ref, false) }

// resolveDate is ResolveDate; past says the clause is in the past tense, so
// that a month after the article's month without a year is last year's.
func resolveDate(words []string, ref time.Time, past bool) string {
	var (
		month        time.Month
		day, year    int
		wd           = time.Weekday(-1)
		last, next   bool
		relDays      = 0
		haveRelative bool
		relUnit      string // "year" or "month" of "last year", "this month"
		relStep      int
	)
	for i, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, ","))
		if m, ok := months[lw]; ok {
			// "may" is a month only when capitalised
			if lw == "may" && w != "May" {
				continue
			}
			month = m
			// day after or before the month: "November 29", "29 November"
			if i+1 < len(words) {
				if d := dayNumber(words[i+1]); d > 0 {
					day = d
				}
			}
			if day == 0 && i > 0 {
				if d := dayNumber(words[i-1]); d > 0 {
					day = d
				}
			}
			continue
		}
		if d, ok := weekdays[lw]; ok {
			wd = d
			continue
		}
		switch lw {
		case "last", "past", "previous":
			last = true
		case "next", "coming":
			next = true
		case "yesterday":
			relDays, haveRelative = -1, true
		case "today":
			relDays, haveRelative = 0, true
		case "tomorrow":
			relDays, haveRelative = 1, true
		case "year", "month":
			// "last year", "this month", "next year": the unit around
			// the article's date (a week has no YYYY-MM form)
			if i > 0 {
				switch strings.ToLower(words[i-1]) {
				case "last", "past", "previous":
					relUnit, relStep = lw, -1
				case "this", "current":
					relUnit, relStep = lw, 0
				case "next", "coming":
					relUnit, relStep = lw, 1
				}
			}
		}
		if len(lw) == 4 {
			if y, err := strconv.Atoi(lw); err == nil && y >= 1800 && y <= 2200 {
				year = y
			}
		}
	}
	haveRef := !ref.IsZero()
	switch {
	case month != 0:
		if year == 0 {
			if !haveRef {
				return ""
			}
			year = ref.Year()
			// a month after the article's month, without a year, is
			// almost always last year's in news ("in late November" in a
			// January article), unless "next" says otherwise
			switch {
			case next:
			case past && (month > ref.Month() || (month == ref.Month() && day > ref.Day())):
				year--
			case month > ref.Month()+1:
				year--
			}
		}
		if day > 0 {
			return fmt.Sprintf("%04d-%02d-%02d", year, int(month), day)
		}
		return fmt.Sprintf("%04d-%02d", year, int(month))
	case wd >= 0:
		if !haveRef {
			return ""
		}
		d := ref
		if next {
			d = d.AddDate(0, 0, 1)
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, 1)
			}
		} else {
			// the most recent such day before the article ("reported
			// Monday"); "last Friday" is the same day in news usage
			if last {
				d = d.AddDate(0, 0, -1)
			}
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, -1)
			}
		}
		return d.Format("2006-01-02")
	case haveRelative:
		if !haveRef {
			return ""
		}
		return ref.AddDate(0, 0, relDays).Format("2006-01-02")
	case year != 0:
		return fmt.Sprintf("%04d", year)
	case relUnit == "year" && haveRef:
		return fmt.Sprintf("%04d", ref.Year()+relStep)
	case relUnit == "month" && haveRef:
		d := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, relStep, 0)
		return d.Format("2006-01")
	}
	return ""
}

func dayNumber(w string) int {
	w = strings.TrimSuffix(strings.ToLower(w), ",")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// isDateWord reports whether w can be part of a date expression.
func isDateWord(w string) bool {
	lw := strings.ToLower(w)
	if _, ok := months[lw]; ok {
		return lw != "may" || w == "May"
	}
	if _, ok := weekdays[lw]; ok {
		return true
	}
	switch lw {
	case "yesterday", "today", "tomorrow", "year", "month":
		return true
	}
	if len(lw) == 4 {
		if y, err := strconv.Atoi(lw); err == nil && y >= 1800 && y <= 2200 {
			return true
		}
	}
	return false
}
