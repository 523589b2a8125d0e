package nlp

// IsMonth reports whether w is an English month name or its abbreviation
// as news writes them ("March", "Feb", "Sept"; the dot left off), which
// the tokenizer reads inside dates and the recogniser after datelines.
func IsMonth(w string) bool { return months[w] }

var months = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}
