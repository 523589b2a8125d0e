package latin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plain maps precomposed lower-case Latin letters with diacritics to
// their base letters.
var plain = func() map[rune]string {
	m := map[rune]string{}
	add := func(base string, letters string) {
		for _, r := range letters {
			m[r] = base
		}
	}
	add("a", "àáâãäåāăąǎǻ")
	add("c", "çćĉċč")
	add("d", "ďđð")
	add("e", "èéêëēĕėęěə")
	add("g", "ĝğġģ")
	add("h", "ĥħ")
	add("i", "ìíîïĩīĭįıǐ")
	add("j", "ĵ")
	add("k", "ķ")
	add("l", "ĺļľŀł")
	add("n", "ñńņňŉ")
	add("o", "òóôõöøōŏőǒ")
	add("r", "ŕŗř")
	add("s", "śŝşšș")
	add("t", "ţťŧț")
	add("u", "ùúûüũūŭůűųǔ")
	add("w", "ŵ")
	add("y", "ýÿŷ")
	add("z", "źżž")
	add("ae", "æ")
	add("oe", "œ")
	add("ss", "ß")
	add("th", "þ")
	return m
}()

// Letter returns the plain letters of the lower-case letter r if it is a
// Latin letter with a diacritic ("ğ" → "g", "œ" → "oe").
func Letter(r rune) (string, bool) {
	s, ok := plain[r]
	return s, ok
}

// Fold returns s in lower case with its accented Latin letters folded:
// Fold("Cancún") == "cancun".
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if p, ok := plain[r]; ok {
			b.WriteString(p)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
