package nlp

// IsDash reports whether w is a dash token ("-", "--", "—", "–", "―"),
// which the tokenizer reads between sentences and datelines and the
// recogniser between names.
func IsDash(w string) bool {
	switch w {
	case "-", "--", "—", "–", "―":
		return true
	}
	return false
}
