package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
	"github.com/kg-project/kg/internal/hashtab"
)

// Feature templates. A feature is the 64-bit hash of its template and
// value; the model maps hashes to weight rows. Changing a template's
// number or meaning requires retraining.
const (
	tBias = iota + 1
	tForm
	tLower
	tShape
	tShapeShort
	tPre2
	tPre3
	tSuf2
	tSuf3
	tSuf4
	tUPOS
	tXPOS
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShapeM1
	tShapeP1
	tUPOSM1
	tUPOSP1
	tUPOSM2
	tUPOSP2
	tUPOSBigramL
	tUPOSBigramR
	tShapeBigramL
	tShapeBigramR
	tLowerUPOS
	tLowerM1Shape
	tInitShape
	tGazKind
	tGazAll
	tGazLen
	tGazM1
	tGazP1
	tGiven
	tGivenM1
	tGivenP1
	tDemonym
	tDemonymP1
	tAllCapsLen
	tLowerP1Shape
	tPunctCtx
	tLowerBigramL
	tLowerBigramR
	tRun
	tRunFirst
	tRunLast
	tWordKinds
	tWordKindsM1
	tWordKindsP1
	tSentCase
	tRunClass
	tTitleM1
	tTitleM2
	tClass
	tTitleRight
	tLowerM3
	tLowerP3
	tPlace
	tPlaceM1
	tPlaceP1
	// Document-level templates (second pass).
	tDocMaj
	tDocPart
	tDocLowerSeen
	tDocAcronym
	tPass1
	tPass1Bigram
	tPass1Shape
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 { return hashtab.Mix(x) }

func key(t int, v uint64) uint64 { return mix(v ^ uint64(t)*0x9e3779b97f4a7c15) }

func key2(t int, a, b uint64) uint64 { return key(t, mix(a)^b*0x2545f4914f6cdd1d) }

// hashStr is FNV-1a over s.
func hashStr(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is FNV-1a over s with ASCII letters lower-cased.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Token flags.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasDigit
	fSentInit
	fLowerWord // all letters lower case and at least one letter
)

// Gazetteer positions within a match.
const (
	gazB = 1 + iota
	gazI
	gazE
	gazS
)

// spanPos is the position of token k in the span of n tokens starting at
// token i: gazS alone, else gazB, gazI or gazE.
func spanPos(k, i, n int) uint8 {
	switch {
	case n == 1:
		return gazS
	case k == i:
		return gazB
	case k == i+n-1:
		return gazE
	default:
		return gazI
	}
}

// tokInfo holds the per-token values features are built from, computed
// once per token.
type tokInfo struct {
	form, lower    uint64
	shape, shapeS  uint64
	pre2, pre3     uint64
	suf2, suf3     uint64
	suf4           uint64
	upos, xpos     uint64
	flags          uint8
	gazKinds       gazetteer.Kinds
	gazPos         uint8
	gazLen         uint8
	given          uint8 // 0 none, 1..4 by frequency
	demonym        bool
	nbytes         uint8  // length in bytes, capped
	punct          uint8  // the byte of a one-byte punctuation token, else 0
	runPos, runLen uint8  // position (gazB…gazS) in a run of capitalised words, its length (capped)
	runFirst       uint64 // lower-case hash of the run's first and last words
	runLast        uint64
	wordKinds      gazetteer.Kinds // case-insensitive one-word gazetteer kinds
	class          uint8           // wordClass of the word
	runClass       uint8           // classes of the first and last words of its capitalised run (last << 4 | first)
	placeRank      uint8           // rank of the case-insensitive place name the token is part of (placeIndex)
	placePos       uint8           // its position in that name (gazB…gazS)
	sentCase       uint8           // the sentence's casing: 0 mixed, 1 no capitals after the first word, 2 mostly capitals
	plain          bool            // no name can start, end or pass here (markPlain)
}

// shapeHashes returns the hashes of the long shape (character classes
// X, x, d or the character itself, runs capped at 3) and the short shape
// (runs collapsed to 1) of s, and its flags.
func shapeHashes(s string) (long, short uint64, flags uint8) {
	long, short = fnvOffset, fnvOffset
	var prev byte
	run := 0
	letters, uppers, lowers := 0, 0, 0
	first := true
	for i := 0; i < len(s); {
		var c byte
		r := rune(s[i])
		size := 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r >= 'A' && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
		case r >= 'a' && r <= 'z', r >= utf8.RuneSelf && unicode.IsLetter(r):
			c = 'x'
			letters++
			lowers++
		case r >= '0' && r <= '9':
			c = 'd'
			flags |= fHasDigit
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = 'u'
		}
		if first && c == 'X' {
			flags |= fInitCap
		}
		first = false
		if c == prev {
			run++
		} else {
			run = 1
			short ^= uint64(c)
			short *= fnvPrime
		}
		if run <= 3 {
			long ^= uint64(c)
			long *= fnvPrime
		}
		prev = c
		i += size
	}
	if letters > 0 && lowers == 0 {
		flags |= fAllCaps
	}
	if letters > 0 && uppers == 0 {
		flags |= fLowerWord
	}
	return long, short, flags
}

func affix(s string, n int, suffix bool) uint64 {
	if len(s) < n {
		return 0
	}
	if suffix {
		return hashLower(s[len(s)-n:])
	}
	return hashLower(s[:n])
}

// fillTokens computes tokInfo for every token of s into out; places is
// placesFor(g).
func fillTokens(out []tokInfo, words []string, s *nlp.Sentence, g *gazetteer.Gazetteer, places *placeIndex) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		w := t.Text
		ti := &out[i]
		*ti = tokInfo{}
		ti.form = hashStr(w)
		ti.lower = hashLower(w)
		ti.shape, ti.shapeS, ti.flags = shapeHashes(w)
		if i == 0 {
			ti.flags |= fSentInit
		}
		ti.pre2, ti.pre3 = affix(w, 2, false), affix(w, 3, false)
		ti.suf2, ti.suf3, ti.suf4 = affix(w, 2, true), affix(w, 3, true), affix(w, 4, true)
		ti.class = wordClass(ti.lower)
		ti.upos = hashStr(t.UPOS)
		ti.xpos = hashStr(t.XPOS)
		n := len(w)
		if n > 255 {
			n = 255
		}
		ti.nbytes = uint8(n)
		if len(w) == 1 && !isAlnum(w[0]) {
			ti.punct = w[0]
		}
		if g != nil && ti.flags&(fInitCap|fAllCaps) != 0 {
			if c, ok := g.GivenNameCount(w); ok {
				switch {
				case c >= 100000:
					ti.given = 4
				case c >= 10000:
					ti.given = 3
				case c >= 1000:
					ti.given = 2
				default:
					ti.given = 1
				}
			}
			if _, ok := g.Demonym(w); ok {
				ti.demonym = true
			}
		}
	}
	capRuns(out, words)
	var capd, lowers int
	for i := 1; i < len(out); i++ {
		switch {
		case out[i].flags&(fInitCap|fAllCaps) != 0:
			capd++
		case out[i].flags&fLowerWord != 0:
			lowers++
		}
	}
	var sc uint8
	switch {
	case capd == 0 && lowers >= 3:
		sc = 1
	case capd >= 3 && capd > 2*lowers:
		sc = 2
	}
	for i := range out {
		out[i].sentCase = sc
	}
	if g == nil {
		return
	}
	// The longest gazetteer match at each position, looked up with the
	// word's own kinds.
	type match struct {
		n     int
		kinds gazetteer.Kinds
	}
	var local [64]match
	ms := local[:0]
	if len(words) <= len(local) {
		ms = local[:len(words)]
	} else {
		ms = make([]match, len(words))
	}
	for i := range words {
		out[i].wordKinds, ms[i].n, ms[i].kinds = g.WordMatchKinds(words, i)
	}
	places.mark(out)
	for i := 0; i < len(words); {
		n, kinds := ms[i].n, ms[i].kinds
		if n == 0 {
			i++
			continue
		}
		// A lone given name is already a feature of its own.
		if n == 1 && kinds == gazetteer.KindGiven {
			i++
			continue
		}
		kinds &^= gazetteer.KindGiven
		for j := i; j < i+n; j++ {
			ti := &out[j]
			ti.gazKinds = kinds
			ti.gazLen = uint8(min(n, 4))
			ti.gazPos = spanPos(j, i, n)
		}
		i += n
	}
}

// connectors may join capitalised words into one run ("Bank of England").
var connectors = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "de": true, "on": true}

// capRuns marks runs of capitalised words (with connectors inside).
func capRuns(out []tokInfo, words []string) {
	capd := func(i int) bool { return out[i].flags&(fInitCap|fAllCaps) != 0 }
	for i := 0; i < len(words); {
		if !capd(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) {
			if capd(j) {
				j++
				continue
			}
			if connectors[words[j]] && j+1 < len(words) && capd(j+1) {
				j += 2
				continue
			}
			break
		}
		n := j - i
		rc := out[j-1].class<<4 | out[i].class
		for k := i; k < j; k++ {
			t := &out[k]
			t.runClass = rc
			t.runLen = uint8(min(n, 5))
			t.runFirst = out[i].lower
			t.runLast = out[j-1].lower
			t.runPos = spanPos(k, i, n)
		}
		i = j
	}
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf
}

var (
	hashNone  = hashStr("<none>")
	hashStart = hashStr("<s>")
	hashEnd   = hashStr("</s>")
)

// nLexical is the number of word-identity keys at the start of
// baseFeatures' output.
const nLexical = 5

// baseFeatures appends the first-pass feature keys of token i to out.
func baseFeatures(out []uint64, toks []tokInfo, i int) []uint64 {
	t := &toks[i]
	lowerAt := func(j int) uint64 {
		switch {
		case j < 0:
			return hashStart
		case j >= len(toks):
			return hashEnd
		}
		return toks[j].lower
	}
	shapeAt := func(j int) uint64 {
		switch {
		case j < 0:
			return hashStart
		case j >= len(toks):
			return hashEnd
		}
		return toks[j].shape
	}
	uposAt := func(j int) uint64 {
		switch {
		case j < 0:
			return hashStart
		case j >= len(toks):
			return hashEnd
		}
		return toks[j].upos
	}
	gazAt := func(j int) uint64 {
		if j < 0 || j >= len(toks) {
			return 0
		}
		return uint64(toks[j].gazKinds)<<8 | uint64(toks[j].gazPos)
	}
	givenAt := func(j int) uint64 {
		if j < 0 || j >= len(toks) {
			return 9
		}
		return uint64(toks[j].given)
	}
	// The first nLexical keys name the word itself; training drops them
	// at random so that the model also learns to type unseen names.
	out = append(out,
		key(tForm, t.form),
		key(tLower, t.lower),
		key2(tLowerUPOS, t.lower, t.upos),
		key2(tLowerBigramL, lowerAt(i-1), t.lower),
		key2(tLowerBigramR, t.lower, lowerAt(i+1)),
		key(tBias, 0),
		key(tShape, t.shape),
		key(tShapeShort, t.shapeS),
		key(tUPOS, t.upos),
		key(tXPOS, t.xpos),
		key(tLowerM1, lowerAt(i-1)),
		key(tLowerP1, lowerAt(i+1)),
		key(tLowerM2, lowerAt(i-2)),
		key(tLowerP2, lowerAt(i+2)),
		key(tShapeM1, shapeAt(i-1)),
		key(tShapeP1, shapeAt(i+1)),
		key(tUPOSM1, uposAt(i-1)),
		key(tUPOSP1, uposAt(i+1)),
		key(tUPOSM2, uposAt(i-2)),
		key(tUPOSP2, uposAt(i+2)),
		key2(tUPOSBigramL, uposAt(i-1), t.upos),
		key2(tUPOSBigramR, t.upos, uposAt(i+1)),
		key2(tShapeBigramL, shapeAt(i-1), t.shape),
		key2(tShapeBigramR, t.shape, shapeAt(i+1)),
		key2(tLowerM1Shape, lowerAt(i-1), t.shape),
		key2(tLowerP1Shape, t.shape, lowerAt(i+1)),
		key2(tInitShape, uint64(t.flags&fSentInit), t.shape),
		key2(tGazM1, gazAt(i-1), gazAt(i)),
		key2(tGazP1, gazAt(i), gazAt(i+1)),
		key2(tGiven, uint64(t.given), uint64(t.flags&fSentInit)),
		key2(tGivenM1, givenAt(i-1), uint64(t.flags&(fInitCap|fAllCaps))),
		key2(tGivenP1, givenAt(i+1), uint64(t.flags&(fInitCap|fAllCaps))),
	)
	out = append(out,
		key2(tSentCase, uint64(t.sentCase), t.shapeS),
	)
	if t.pre2 != 0 {
		out = append(out, key(tPre2, t.pre2))
	}
	if t.pre3 != 0 {
		out = append(out, key(tPre3, t.pre3))
	}
	if t.suf2 != 0 {
		out = append(out, key(tSuf2, t.suf2))
	}
	if t.suf3 != 0 {
		out = append(out, key(tSuf3, t.suf3))
	}
	if t.suf4 != 0 {
		out = append(out, key(tSuf4, t.suf4))
	}
	if t.gazPos != 0 {
		for k := gazetteer.Kinds(1); k != 0 && k <= gazetteer.KindGiven; k <<= 1 {
			if t.gazKinds&k != 0 {
				out = append(out, key2(tGazKind, uint64(k), uint64(t.gazPos)))
			}
		}
		out = append(out, key2(tGazAll, uint64(t.gazKinds), uint64(t.gazPos)),
			key2(tGazLen, uint64(t.gazLen), uint64(t.flags&(fInitCap|fAllCaps))))
	}
	if t.demonym {
		out = append(out, key2(tDemonym, 1, uint64(t.flags&fSentInit)))
	}
	if i+1 < len(toks) && toks[i+1].demonym {
		out = append(out, key2(tDemonymP1, 1, uint64(t.flags&(fInitCap|fAllCaps))))
	}
	if t.flags&fAllCaps != 0 {
		out = append(out, key(tAllCapsLen, uint64(min(t.nbytes, 6))))
	}
	if t.class != 0 {
		out = append(out, key2(tClass, uint64(t.class), uint64(t.flags&(fInitCap|fAllCaps))))
	}
	if i > 0 && toks[i-1].class&classTitle != 0 {
		out = append(out, key2(tTitleM1, 1, uint64(t.flags&(fInitCap|fAllCaps))))
	}
	if i > 1 && toks[i-2].class&classTitle != 0 {
		out = append(out, key2(tTitleM2, 1, uint64(t.flags&(fInitCap|fAllCaps))))
	}
	// A title just after the name: "X, a US peace envoy", "X, spokesman for".
	for k := 1; k <= 3 && i+k < len(toks); k++ {
		if toks[i+k].class&classTitle != 0 {
			out = append(out, key2(tTitleRight, uint64(k)<<8|uint64(toks[i+1].punct), uint64(t.flags&(fInitCap|fAllCaps))))
			break
		}
	}
	if t.runPos != 0 {
		out = append(out,
			key2(tRunClass, uint64(t.runClass), uint64(t.runPos)),
			key2(tRun, uint64(t.runPos), uint64(t.runLen)),
			key2(tRunFirst, t.runFirst, uint64(t.runPos)),
			key2(tRunLast, t.runLast, uint64(t.runPos)),
		)
	}
	if t.placeRank != 0 {
		out = append(out, key2(tPlace, uint64(t.placeRank)<<4|uint64(t.placePos), uint64(t.flags&(fInitCap|fAllCaps|fLowerWord))))
	}
	if i > 0 && toks[i-1].placeRank != 0 {
		out = append(out, key2(tPlaceM1, uint64(toks[i-1].placeRank)<<4|uint64(toks[i-1].placePos), uint64(t.flags&(fInitCap|fLowerWord))))
	}
	if i+1 < len(toks) && toks[i+1].placeRank != 0 {
		out = append(out, key2(tPlaceP1, uint64(toks[i+1].placeRank)<<4|uint64(toks[i+1].placePos), uint64(t.flags&(fInitCap|fLowerWord))))
	}
	if t.wordKinds != 0 {
		out = append(out, key2(tWordKinds, uint64(t.wordKinds), uint64(t.flags&(fInitCap|fAllCaps|fLowerWord))))
	}
	if i > 0 && toks[i-1].wordKinds != 0 {
		out = append(out, key2(tWordKindsM1, uint64(toks[i-1].wordKinds), uint64(t.flags&(fInitCap|fLowerWord))))
	}
	if i+1 < len(toks) && toks[i+1].wordKinds != 0 {
		out = append(out, key2(tWordKindsP1, uint64(toks[i+1].wordKinds), uint64(t.flags&(fInitCap|fLowerWord))))
	}
	if i > 0 && toks[i-1].punct != 0 || i+1 < len(toks) && toks[i+1].punct != 0 {
		var a, b uint64
		if i > 0 {
			a = uint64(toks[i-1].punct)
		}
		if i+1 < len(toks) {
			b = uint64(toks[i+1].punct)
		}
		out = append(out, key2(tPunctCtx, a<<8|b, t.shapeS))
	}
	return out
}

// Entity types as small integers: 0 is none.
const (
	typNone = iota
	typPER
	typORG
	typLOC
	nTypes
)

// docStat gathers, for one lower-cased word of a document, what the
// first pass made of its mentions.
type docStat struct {
	cnt       [nTypes]uint16 // [0]: capitalised mentions outside entities
	part      uint16         // bit typ*3+pos: part (0 first, 1 inner, 2 last) of a longer entity of typ
	lowerSeen bool           // written all lower case somewhere
}

// docInfo is the document-level evidence of the second pass.
type docInfo struct {
	stats map[uint64]docStat
	acr   map[uint64]uint8 // hash of the initials of a multi-word entity → type
}

func (d *docInfo) reset() {
	if d.stats == nil {
		d.stats = make(map[uint64]docStat, 256)
		d.acr = make(map[uint64]uint8, 16)
	}
	clear(d.stats)
	clear(d.acr)
}

// labelType returns the entity type of a label.
func labelType(l int8) uint8 { return uint8((l + 1) / 2) }

// isBegin reports whether l is a B- label.
func isBegin(l int8) bool { return l > 0 && l%2 == 1 }

// addSentence records the first-pass labels of one sentence.
func (d *docInfo) addSentence(toks []tokInfo, words []string, labels []int8) {
	for i := range toks {
		t := &toks[i]
		st := d.stats[t.lower]
		if t.flags&fLowerWord != 0 {
			st.lowerSeen = true
		}
		if labels[i] != 0 {
			typ := labelType(labels[i])
			if st.cnt[typ] < 1<<15 {
				st.cnt[typ]++
			}
		} else if t.flags&(fInitCap|fAllCaps) != 0 && t.flags&fSentInit == 0 {
			if st.cnt[0] < 1<<15 {
				st.cnt[0]++
			}
		}
		d.stats[t.lower] = st
	}
	// Parts of multi-word entities, and their initials.
	for i := 0; i < len(labels); {
		if labels[i] == 0 {
			i++
			continue
		}
		typ := labelType(labels[i])
		j := i + 1
		for j < len(labels) && labels[j] == int8(2*typ) {
			j++
		}
		if j-i >= 2 {
			h := uint64(fnvOffset)
			n := 0
			for k := i; k < j; k++ {
				pos := 1
				switch k {
				case i:
					pos = 0
				case j - 1:
					pos = 2
				}
				st := d.stats[toks[k].lower]
				st.part |= 1 << (uint(typ)*3 + uint(pos))
				d.stats[toks[k].lower] = st
				if w := words[k]; w != "" && w[0] >= 'A' && w[0] <= 'Z' {
					h ^= uint64(w[0])
					h *= fnvPrime
					n++
				}
			}
			if n >= 2 {
				d.acr[h] = typ
			}
		}
		i = j
	}
}

// upperLettersHash hashes the ASCII capitals of w ("U.N." → "UN").
func upperLettersHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	return h
}

// docFeatures appends the second-pass feature keys of token i: the
// first-pass labels around it and what the rest of the document says
// about its word.
func docFeatures(out []uint64, toks []tokInfo, words []string, labels []int8, i int, d *docInfo) []uint64 {
	t := &toks[i]
	prev := int8(-1)
	if i > 0 {
		prev = labels[i-1]
	}
	out = append(out,
		key(tPass1, uint64(labels[i])),
		key2(tPass1Bigram, uint64(prev+1), uint64(labels[i])),
		key2(tPass1Shape, uint64(labels[i]), t.shapeS),
	)
	if t.flags&(fInitCap|fAllCaps) == 0 {
		return out
	}
	st := d.stats[t.lower]
	maj, tot := 0, 0
	for typ := 1; typ < nTypes; typ++ {
		tot += int(st.cnt[typ])
		if st.cnt[typ] > st.cnt[maj] || maj == 0 && st.cnt[typ] > 0 {
			maj = typ
		}
	}
	if maj == 0 {
		if st.cnt[0] > 0 {
			out = append(out, key(tDocMaj, 1<<12|uint64(min(st.cnt[0], 3))))
		}
	} else {
		unanimous := uint64(0)
		if int(st.cnt[maj]) == tot {
			unanimous = 1
		}
		out = append(out, key(tDocMaj, uint64(maj)<<8|unanimous<<4|uint64(min(tot, 3))))
	}
	for b := uint(0); b < 12; b++ {
		if st.part&(1<<b) != 0 {
			out = append(out, key(tDocPart, uint64(b)))
		}
	}
	if st.lowerSeen {
		out = append(out, key2(tDocLowerSeen, 1, uint64(t.flags&fSentInit)))
	}
	if t.flags&fAllCaps != 0 {
		if typ, ok := d.acr[upperLettersHash(words[i])]; ok {
			out = append(out, key(tDocAcronym, uint64(typ)))
		}
	}
	return out
}
