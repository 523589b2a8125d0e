package store

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/internal/latin"
)

// normName returns the key under which names are compared: case-folded,
// diacritics and combining marks removed, typographic apostrophes and dashes
// unified, hyphens and punctuation turned into spaces ("al-Mismari" = "Al
// Mismari"), dots dropped ("U.S." = "US"), possessives removed ("Haftar's" =
// "Haftar"), a leading "the" dropped, and spaces collapsed. The result holds
// no control characters and no 0x00 byte.
func normName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0x300 && r <= 0x36f, r == '.', r == 0xad, r == 0x200b, r == 0x200c, r == 0x200d, r == 0xfeff:
			// combining marks, dots, soft hyphens, zero-width characters
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
			b.WriteByte('\'')
		case r == '&':
			b.WriteByte('&')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if f, ok := latin.Letter(r); ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		default: // spaces, hyphens, dashes, other punctuation, controls
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	out := toks[:0]
	for _, t := range toks {
		for {
			u := strings.Trim(strings.TrimSuffix(t, "'s"), "'")
			if u == t {
				break
			}
			t = u
		}
		if t != "" {
			out = append(out, t)
		}
	}
	for len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

// nameParticles are lower-case prefixes of surnames that a bare mention may
// carry or drop ("al-Mismari" for "Ahmed al-Mismari").
var nameParticles = []string{"al", "el", "ul", "bin", "ibn"}

// bareToken returns the single token a normalised name reduces to once a
// leading particle is dropped, and whether it is a single token at all.
func bareToken(norm string) (string, bool) {
	toks := strings.Fields(norm)
	if len(toks) == 2 && slices.Contains(nameParticles, toks[0]) {
		toks = toks[1:]
	}
	if len(toks) != 1 {
		return "", false
	}
	return toks[0], true
}

// lastToken returns the last token of a normalised multi-token name, or ""
// when the name has a single token.
func lastToken(norm string) string {
	i := strings.LastIndexByte(norm, ' ')
	if i < 0 {
		return ""
	}
	return norm[i+1:]
}

// foldRelation is the key under which relations are compared.
func foldRelation(r string) string {
	return strings.Join(strings.Fields(strings.ToLower(r)), " ")
}

// negatedRelation is the relation under which a negated mention is stored
// and aggregated, so that "will not allow" never adds weight to "allow".
func negatedRelation(r string) string {
	if strings.HasPrefix(r, "not ") {
		return r
	}
	return "not " + r
}

// typesAgree reports whether two entity types can denote the same entity;
// an unknown type agrees with every type.
func typesAgree(a, b string) bool { return a == "" || b == "" || a == b }

func sortedKeys(m map[string]int) []string {
	k := make([]string, 0, len(m))
	for s := range m {
		k = append(k, s)
	}
	slices.Sort(k)
	return k
}

// normSpace trims s and collapses its runs of white space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
