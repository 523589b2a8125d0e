package tag

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/hashtab"
)

// Feature templates. A feature key is mix(template, value hash); the values
// are hashes of strings computed once per token, or tag ids.
const (
	fBias = iota + 1
	fLower
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fFlags
	fPrev1
	fPrev2
	fPrev12
	fPrev1Lower
	fPrevLower
	fPrevSuf3
	fPrev2Lower
	fNextLower
	fNextSuf3
	fNext2Lower
	fAmb
	fNextAmb
	fNext2Amb
	fPrevAmb
	fPrev1NextAmb
	fPrevLowerLower
	fLowerNextLower
	fPrev1Suf3
	fAmbNextAmb
	fPrevFlags
	fNextFlags
	fPrevNextFlags
	fNextSuf2Flags
	fPrev1Next1Lower
	fGazFlags
	fGazContext
	fAuxBackSuf
	fAuxBackAmb
	fAuxFwdAmb
	fLexFlags
	fLexPrev1
	fLexContext
	fLexSuf2
	// Templates of the second pass, over the first pass's tags to the right.
	fNext1
	fNext2
	fNext12
	fPrev1Next1
	fNext1Lower
	fNext1Suf3

	nBase   = fAuxFwdAmb            // features of a first-pass position, without a lexicon
	nFeats1 = fLexSuf2              // features of a first-pass position
	nFeats2 = fNext1Suf3            // features of a second-pass position
	nNext   = fNext1Suf3 - fLexSuf2 // templates of the second pass

)

// maxFeats is the number of feature keys one position produces.
const maxFeats = nFeats2

// Hash seeds and boundary values.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	hStart    = 0x9e3779b97f4a7c15 // value of words before the sentence
	hEnd      = 0xc2b2ae3d27d4eb4f // value of words after the sentence
	ambNone   = 0                  // ambiguity class of an unknown word
	ambStart  = 0xfffffe
	ambEnd    = 0xfffffd
	tagStart  = 0xff // tag id before the sentence
)

// mix is the splitmix64 finaliser: it spreads template and value over all
// 64 bits so that the open-addressing table probes well.
func mix(x uint64) uint64 { return hashtab.Mix(x) }

func key(tmpl int, v uint64) uint64 {
	return mix(v*0x100000001b3 ^ uint64(tmpl)<<56 ^ uint64(tmpl))
}

// tokFeats holds the per-token string hashes that the templates combine.
type tokFeats struct {
	lower uint64
	form  uint64
	suf   [4]uint64
	pre   [3]uint64
	shape uint64
	flags uint64
	amb   uint64 // ambiguity class id of the lower-cased word
	gaz   uint64 // gazetteer word classes of the lower-cased word
	lex   uint64 // lexicon classes of the lower-cased word (Lex* bits)
	fixed int16  // label from the tag dictionary, -1 if none
	cand  int32  // label candidates (Tagger.candSets[cand-1]), 0 if any label
	aux   uint8  // auxiliary class of the word (auxNone, auxHave, ...)
}

// Auxiliary classes: the closed-class words that decide the form of a verb
// after them (has said VBN, to say VB, they said VBD).
const (
	auxNone = iota
	auxHave
	auxBe
	auxModal
	auxTo
	auxDo
)

// auxWords maps the lower-case hash of each auxiliary, as the tokenizer
// splits them (do n't, I 've), to its class.
var auxWords = func() hashtab.Table {
	t := hashtab.New(40)
	for cls, words := range [...][]string{
		auxHave:  {"have", "has", "had", "having", "'ve"},
		auxBe:    {"be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"},
		auxModal: {"will", "would", "can", "could", "shall", "should", "may", "might", "must", "'ll", "'d", "wo", "ca"},
		auxTo:    {"to"},
		auxDo:    {"do", "does", "did"},
	} {
		for _, w := range words {
			t.Put(lowerHash(w), int32(cls))
		}
	}
	return t
}()

// auxClass returns the auxiliary class of the word whose lower-case hash
// is h, auxNone for other words.
func auxClass(h uint64) uint8 { return uint8(max(auxWords.Get(h), auxNone)) }

// auxWindow is how many words back and forward features look for an
// auxiliary, stopping at punctuation.
const auxWindow = 4

// nearestAux returns the class and distance of the nearest auxiliary from
// position i in direction step (-1 or +1), as cls<<3 | distance, or 0.
func nearestAux(toks []tokFeats, i, step int) uint64 {
	for d := 1; d <= auxWindow; d++ {
		j := i + d*step
		if j < 0 || j >= len(toks) {
			return 0
		}
		t := &toks[j]
		if t.aux != auxNone {
			return uint64(t.aux)<<3 | uint64(d)
		}
		if t.flags&7 == 0 { // no letter or digit: punctuation
			return 0
		}
	}
	return 0
}

// fill computes the hashes of s: its lower-cased and exact forms, the
// lower-cased suffixes of 1..4 runes and prefixes of 1..3 runes, the shape
// and the case flags. It does not allocate.
func (f *tokFeats) fill(s string) {
	h := uint64(fnvOffset)
	hf := uint64(fnvOffset)
	var pre [3]uint64
	n := 0
	// Shape: map runes to X, x, d or themselves, collapsing repeats after two.
	sh := uint64(fnvOffset)
	var last rune = -1
	rep := 0
	var hasUpper, hasLower, hasDigit, hasHyphen, allUpper bool
	allUpper = true
	firstUpper := false
	for i, r := range s {
		hf = (hf ^ uint64(r)) * fnvPrime
		lr := r
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				lr = r + 32
			}
		} else {
			lr = unicode.ToLower(r)
		}
		h = (h ^ uint64(lr)) * fnvPrime
		if n < 3 {
			pre[n] = h
		}
		n++
		var c rune
		switch {
		case lr != r || unicode.IsUpper(r):
			c = 'X'
			hasUpper = true
			if i == 0 {
				firstUpper = true
			}
		case unicode.IsLetter(r):
			c = 'x'
			hasLower = true
			allUpper = false
		case '0' <= r && r <= '9' || unicode.IsDigit(r):
			c = 'd'
			hasDigit = true
		default:
			c = r
			if r == '-' {
				hasHyphen = true
			}
		}
		if c == last {
			rep++
		} else {
			rep = 0
		}
		last = c
		if rep < 2 {
			sh = (sh ^ uint64(c)) * fnvPrime
		}
	}
	for i := n; i < 3; i++ {
		pre[i] = h ^ 0x55
	}
	f.lower = h
	f.form = hf
	f.pre = pre
	f.shape = sh
	// Suffixes: hash the last k runes, lower-cased, for k = 1..4.
	end := len(s)
	for k := 0; k < 4; k++ {
		if end <= 0 {
			f.suf[k] = f.suf[max(k-1, 0)] ^ 0xaa
			continue
		}
		_, sz := utf8.DecodeLastRuneInString(s[:end])
		end -= sz
		hs := uint64(fnvOffset)
		for _, r := range s[end:] {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 32
				}
			} else {
				r = unicode.ToLower(r)
			}
			hs = (hs ^ uint64(r)) * fnvPrime
		}
		f.suf[k] = hs
	}
	var fl uint64
	if hasUpper {
		fl |= 1
	}
	if hasLower {
		fl |= 2
	}
	if hasDigit {
		fl |= 4
	}
	if hasHyphen {
		fl |= 8
	}
	if hasUpper && allUpper {
		fl |= 16
	}
	if firstUpper {
		fl |= 32
	}
	f.flags = fl
}

// lowerHash returns the hash fill would compute as f.lower, for the lexicon.
func lowerHash(s string) uint64 {
	var f tokFeats
	f.fill(s)
	return f.lower
}

// formHash returns the case-sensitive hash of s used by the tag dictionary.
func formHash(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// features writes the feature keys of position i into out and returns the
// number written. toks holds the per-token hashes, tags the labels chosen
// so far (tags[j] for j < i). lex says whether the tagger has a lexicon:
// without one the lexicon templates are left out, so that a tagger
// trained with none (the jackknife taggers of kg-train ner and parse)
// learns what it did before they existed.
func features(out []uint64, toks []tokFeats, tags []int16, right []int16, i int, lex bool) int {
	t := &toks[i]
	prevLower, prev2Lower, nextLower, next2Lower := uint64(hStart), uint64(hStart), uint64(hEnd), uint64(hEnd)
	prevSuf3, nextSuf3 := uint64(hStart), uint64(hEnd)
	prevAmb, nextAmb, next2Amb := uint64(ambStart), uint64(ambEnd), uint64(ambEnd)
	prevFlags, nextFlags := uint64(0x100), uint64(0x200)
	nextSuf2 := uint64(hEnd)
	prevGaz, nextGaz := uint64(0x80), uint64(0x80)
	prevLex, nextLex := uint64(0x10000), uint64(0x20000)
	p1, p2 := uint64(tagStart), uint64(tagStart)
	if i > 0 {
		p := &toks[i-1]
		prevLower, prevSuf3, prevAmb, prevFlags, prevGaz, prevLex = p.lower, p.suf[2], p.amb, p.flags, p.gaz, p.lex
		p1 = uint64(tags[i-1])
	}
	if i > 1 {
		prev2Lower = toks[i-2].lower
		p2 = uint64(tags[i-2])
	}
	if i+1 < len(toks) {
		n := &toks[i+1]
		nextLower, nextSuf3, nextAmb, nextFlags, nextSuf2, nextGaz, nextLex = n.lower, n.suf[2], n.amb, n.flags, n.suf[1], n.gaz, n.lex
	}
	if i+2 < len(toks) {
		next2Lower, next2Amb = toks[i+2].lower, toks[i+2].amb
	}
	out[0] = key(fBias, 0)
	out[1] = key(fLower, t.lower)
	out[2] = key(fForm, t.form)
	out[3] = key(fSuf1, t.suf[0])
	out[4] = key(fSuf2, t.suf[1])
	out[5] = key(fSuf3, t.suf[2])
	out[6] = key(fSuf4, t.suf[3])
	out[7] = key(fPre1, t.pre[0])
	out[8] = key(fPre2, t.pre[1])
	out[9] = key(fPre3, t.pre[2])
	out[10] = key(fShape, t.shape)
	out[11] = key(fFlags, t.flags|uint64(min(i, 1))<<8)
	out[12] = key(fPrev1, p1)
	out[13] = key(fPrev2, p2)
	out[14] = key(fPrev12, p1<<8|p2)
	out[15] = key(fPrev1Lower, t.lower*31+p1)
	out[16] = key(fPrevLower, prevLower)
	out[17] = key(fPrevSuf3, prevSuf3)
	out[18] = key(fPrev2Lower, prev2Lower)
	out[19] = key(fNextLower, nextLower)
	out[20] = key(fNextSuf3, nextSuf3)
	out[21] = key(fNext2Lower, next2Lower)
	out[22] = key(fAmb, t.amb)
	out[23] = key(fNextAmb, nextAmb)
	out[24] = key(fNext2Amb, next2Amb)
	out[25] = key(fPrevAmb, prevAmb)
	out[26] = key(fPrev1NextAmb, nextAmb<<8|p1)
	out[27] = key(fPrevLowerLower, prevLower*31^t.lower)
	out[28] = key(fLowerNextLower, t.lower*31^nextLower)
	out[29] = key(fPrev1Suf3, t.suf[2]*31+p1)
	out[30] = key(fAmbNextAmb, t.amb<<24|nextAmb)
	out[31] = key(fPrevFlags, prevFlags<<12|t.flags)
	out[32] = key(fNextFlags, nextFlags<<12|t.flags)
	out[33] = key(fPrevNextFlags, prevFlags<<24|nextFlags<<12|t.flags)
	out[34] = key(fNextSuf2Flags, nextSuf2*31+t.flags)
	out[35] = key(fPrev1Next1Lower, nextLower*31+p1)
	out[36] = key(fGazFlags, t.gaz<<8|t.flags)
	out[37] = key(fGazContext, prevGaz<<16|t.gaz<<8|nextGaz)
	auxB, auxF := nearestAux(toks, i, -1), nearestAux(toks, i, 1)
	out[38] = key(fAuxBackSuf, t.suf[1]*31+auxB)
	out[39] = key(fAuxBackAmb, t.amb<<8|auxB)
	out[40] = key(fAuxFwdAmb, t.amb<<8|auxF)
	n := nBase
	if lex {
		out[41] = key(fLexFlags, t.lex<<8|t.flags)
		out[42] = key(fLexPrev1, t.lex<<8|p1)
		out[43] = key(fLexContext, prevLex<<36|t.lex<<18|nextLex)
		out[44] = key(fLexSuf2, t.suf[1]*31+t.lex)
		n = nFeats1
	}
	if right == nil {
		return n
	}
	n1, n2 := uint64(tagStart), uint64(tagStart)
	if i+1 < len(right) {
		n1 = uint64(right[i+1])
	}
	if i+2 < len(right) {
		n2 = uint64(right[i+2])
	}
	out[n] = key(fNext1, n1)
	out[n+1] = key(fNext2, n2)
	out[n+2] = key(fNext12, n1<<8|n2)
	out[n+3] = key(fPrev1Next1, p1<<8|n1)
	out[n+4] = key(fNext1Lower, t.lower*31+n1)
	out[n+5] = key(fNext1Suf3, t.suf[2]*31+n1)
	return n + nNext
}
