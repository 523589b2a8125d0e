package ner

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/nlp"
)

// scratch holds the buffers of one Recognize call.
type scratch struct {
	toks   []tokInfo
	words  []string
	starts []int // sentence i covers toks[starts[i]:starts[i+1]]
	l1, l2 []int8
	keys   []uint64
	em     []float32 // first-pass scores, token*nLabels+label
	em2    []float32 // second-pass scores
	back   []int8
	doc    docInfo
	names  map[uint64]uint8
	votes  map[uint64][nTypes]uint16
	spans  []span
}

func (r *Recognizer) getScratch() *scratch {
	if sc, ok := r.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// Recognize sets Token.Entity (IOB2: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC,
// I-LOC) for every token of doc, the sentences of one article. Tokens
// should carry UPOS and XPOS tags (from extract/tag); they work without,
// less well. Names are typed consistently across the article: a second
// pass sees what the first made of the other mentions of each word, and
// a bare surname takes the type of the full name it shortens.
func (r *Recognizer) Recognize(doc []nlp.Sentence) {
	if r == nil || r.run == nil {
		return
	}
	sc := r.getScratch()
	defer r.pool.Put(sc)
	total := 0
	for i := range doc {
		total += len(doc[i].Tokens)
	}
	sc.toks = grow(sc.toks, total)
	sc.words = grow(sc.words, total)
	sc.starts = grow(sc.starts, len(doc)+1)
	sc.l1 = grow(sc.l1, total)
	sc.l2 = grow(sc.l2, total)
	off := 0
	for i := range doc {
		s := &doc[i]
		sc.starts[i] = off
		n := len(s.Tokens)
		for j := range s.Tokens {
			sc.words[off+j] = s.Tokens[j].Text
		}
		fillTokens(sc.toks[off:off+n], sc.words[off:off+n], s, r.gaz, r.places)
		if !r.scoreAll {
			markPlain(sc.toks[off:off+n], s)
		}
		off += n
	}
	sc.starts[len(doc)] = off

	sc.em = grow(sc.em, total*nLabels)
	sc.em2 = grow(sc.em2, total*nLabels)
	for i := range doc {
		r.firstPass(sc, sc.starts[i], sc.starts[i+1])
	}
	final := sc.l1
	if r.run.twoPass {
		sc.doc.reset()
		for i := range doc {
			a, b := sc.starts[i], sc.starts[i+1]
			sc.doc.addSentence(sc.toks[a:b], sc.words[a:b], sc.l1[a:b])
		}
		for i := range doc {
			r.secondPass(sc, sc.starts[i], sc.starts[i+1])
		}
		final = sc.l2
	}
	for i := range doc {
		cutAtDashes(doc[i].Tokens, final[sc.starts[i]:sc.starts[i+1]])
	}
	splitPlaces(sc.toks, final)
	orgOfSpans(sc.toks, final)
	for i := range doc {
		dateline(sc.toks[sc.starts[i]:sc.starts[i+1]], sc.words[sc.starts[i]:sc.starts[i+1]], final[sc.starts[i]:sc.starts[i+1]])
	}
	consistency(sc, final, r.gaz)
	for i := range doc {
		a := sc.starts[i]
		toks := doc[i].Tokens
		for j := range toks {
			toks[j].Entity = Labels[final[a+j]]
		}
	}
	for i := range sc.words {
		sc.words[i] = "" // do not keep the article alive in the pool
	}
}

// firstPass labels toks[a:b] into sc.l1, keeping the second pass's
// scores of the same features in sc.em2.
func (r *Recognizer) firstPass(sc *scratch, a, b int) {
	n := b - a
	if n == 0 {
		return
	}
	toks := sc.toks[a:b]
	for i := 0; i < n; i++ {
		var em1, em2 [nLabels]float32
		if toks[i].plain {
			em1, em2 = plainScores, plainScores
		} else {
			sc.keys = baseFeatures(sc.keys[:0], toks, i)
			r.run.score(sc.keys, &em1, &em2)
		}
		copy(sc.em[(a+i)*nLabels:], em1[:])
		copy(sc.em2[(a+i)*nLabels:], em2[:])
	}
	sc.back = grow(sc.back, n*nLabels)
	viterbi(sc.em[a*nLabels:b*nLabels], n, &r.run.trans1, sc.l1[a:b], sc.back)
}

// secondPass adds the document features to the second pass's scores of
// toks[a:b] and labels them into sc.l2.
func (r *Recognizer) secondPass(sc *scratch, a, b int) {
	n := b - a
	if n == 0 {
		return
	}
	toks := sc.toks[a:b]
	words := sc.words[a:b]
	for i := 0; i < n; i++ {
		if toks[i].plain {
			continue
		}
		sc.keys = docFeatures(sc.keys[:0], toks, words, sc.l1[a:b], i, &sc.doc)
		var em1, em2 [nLabels]float32
		r.run.score(sc.keys, &em1, &em2)
		e := sc.em2[(a+i)*nLabels : (a+i+1)*nLabels]
		for c := range e {
			e[c] += em2[c]
		}
	}
	sc.back = grow(sc.back, n*nLabels)
	viterbi(sc.em2[a*nLabels:b*nLabels], n, &r.run.trans2, sc.l2[a:b], sc.back)
}

// viterbi writes the best label sequence under emission scores em
// (n×nLabels), transition weights tr and the IOB2 constraints into out.
func viterbi(em []float32, n int, tr *[nLabels + 1][nLabels]float32, out []int8, back []int8) {
	const neg = -1e30
	var prev, cur [nLabels]float32
	for c := 0; c < nLabels; c++ {
		if allowed(startLabel, c) {
			prev[c] = em[c] + tr[startLabel][c]
		} else {
			prev[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		for c := 0; c < nLabels; c++ {
			// The labels allowed before c: any before O or B-X, only
			// B-X and I-X before I-X (see allowed), in increasing order.
			lo, hi := 0, nLabels
			if c != 0 && c%2 == 0 {
				lo, hi = c-1, c+1
			}
			best, arg := float32(neg), 0
			for p := lo; p < hi; p++ {
				if s := prev[p] + tr[p][c]; s > best {
					best, arg = s, p
				}
			}
			cur[c] = best + em[i*nLabels+c]
			back[i*nLabels+c] = int8(arg)
		}
		prev = cur
	}
	best := 0
	for c := 1; c < nLabels; c++ {
		if prev[c] > prev[best] {
			best = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = int8(best)
		if i > 0 {
			best = int(back[i*nLabels+best])
		}
	}
}

// span is an entity of the document-wide label sequence.
type span struct {
	start, end int
	typ        uint8
	key        uint64 // hash of its lower-cased words
}

// consistency applies the article-level rules the second pass cannot
// learn from EWT's short documents. Each name (its words, ignoring case)
// gets one type for the whole article:
//
//   - the gazetteer's type when it names exactly that span with one type
//     (an international organisation, a news agency, a country);
//   - for a name that ends a longer person name elsewhere (a surname,
//     "al-Mismari" of "Ahmed al-Mismari"), PER ("Khalifa Haftar" …
//     "Haftar said");
//   - otherwise the majority of the types its mentions got.
//
// A capitalised word left untyped gets the type of the one-word name it
// matches, and a lone demonym ("Libyan") is not a name.
func consistency(sc *scratch, labels []int8, g *gazetteer.Gazetteer) {
	if sc.names == nil {
		sc.names = make(map[uint64]uint8, 64)
		sc.votes = make(map[uint64][nTypes]uint16, 64)
	}
	clear(sc.names)
	clear(sc.votes)
	sc.spans = sc.spans[:0]
	for i := 0; i < len(labels); {
		if !isBegin(labels[i]) {
			i++
			continue
		}
		typ := labelType(labels[i])
		j := i + 1
		for j < len(labels) && labels[j] == int8(2*typ) && !sentenceStart(sc, j) {
			j++
		}
		gt := gazType(g, sc.words, i, j)
		if gt == 0 && j == i+1 && sc.toks[i].demonym {
			setSpan(labels, i, j, 0) // "Libyan" alone is an adjective
			i = j
			continue
		}
		h := nameKey(sc.toks[i:j])
		sc.spans = append(sc.spans, span{i, j, typ, h})
		v := sc.votes[h]
		if v[0] == 0 {
			v[0] = uint16(typ) // the first mention's type breaks ties
		}
		v[typ]++
		sc.votes[h] = v
		if typ == typPER {
			// Every proper suffix is a short form of the name.
			for k := i + 1; k < j; k++ {
				sc.names[nameKey(sc.toks[k:j])] = typPER
			}
		}
		i = j
	}
	if len(sc.spans) == 0 {
		return
	}
	decide := func(a, b int, key uint64) uint8 {
		if gt := gazType(g, sc.words, a, b); gt != 0 {
			return gt
		}
		if sc.toks[a].flags&fAllCaps == 0 && sc.names[key] == typPER {
			return typPER
		}
		t := majority(sc.votes[key])
		if t == typPER && bigPlace(sc.toks[a:b]) {
			return typLOC
		}
		return t
	}
	for _, sp := range sc.spans {
		if t := decide(sp.start, sp.end, sp.key); t != 0 && t != labelType(labels[sp.start]) {
			setSpan(labels, sp.start, sp.end, t)
		}
	}
	// Untyped capitalised words that are one-word names elsewhere.
	for i := range labels {
		if labels[i] != 0 {
			continue
		}
		t := &sc.toks[i]
		if t.flags&(fInitCap|fAllCaps) == 0 || t.demonym {
			continue
		}
		if i > 0 && !sentenceStart(sc, i) && labels[i-1] != 0 || i+1 < len(labels) && !sentenceStart(sc, i+1) && labels[i+1] != 0 {
			continue
		}
		key := nameKey(sc.toks[i : i+1])
		if _, seen := sc.votes[key]; !seen {
			if sc.names[key] != typPER || t.flags&fAllCaps != 0 {
				continue
			}
		}
		if typ := decide(i, i+1, key); typ != 0 {
			labels[i] = int8(2*typ - 1)
		}
	}
}

// nameKey hashes the lower-cased words of a name.
func nameKey(toks []tokInfo) uint64 {
	h := uint64(fnvOffset)
	for k := range toks {
		h = mix(h ^ toks[k].lower)
	}
	return h
}

// gazType returns the entity type of words[a:b] when the gazetteer names
// exactly that span and all its entries have one type, else 0.
func gazType(g *gazetteer.Gazetteer, words []string, a, b int) uint8 {
	if g == nil {
		return 0
	}
	n, kinds := g.MatchKinds(words[:b], a)
	if n != b-a || kinds == 0 {
		return 0
	}
	// Only organisations and countries: city and region names include
	// GeoNames alternate names that clash with other names ("Google" is
	// an alternate name of Topeka).
	switch kinds {
	case gazetteer.KindOrg:
		return typORG
	case gazetteer.KindCountry, gazetteer.KindCountry | gazetteer.KindCity, gazetteer.KindCountry | gazetteer.KindRegion:
		return typLOC
	}
	return 0
}

// majority returns the type with the most votes, v[1:], or 0 if there
// are none; a tie goes to the type of the first mention, v[0].
func majority(v [nTypes]uint16) uint8 {
	var best uint16
	var arg uint8
	for t := 1; t < nTypes; t++ {
		if v[t] > best || v[t] == best && best > 0 && uint16(t) == v[0] {
			best, arg = v[t], uint8(t)
		}
	}
	return arg
}

// setSpan labels tokens a..b-1 as one entity of type typ, or O for 0.
func setSpan(labels []int8, a, b int, typ uint8) {
	if typ == 0 {
		clear(labels[a:b])
		return
	}
	labels[a] = int8(2*typ - 1)
	for k := a + 1; k < b; k++ {
		labels[k] = int8(2 * typ)
	}
}

// sentenceStart reports whether token index i (document-wide) starts a
// sentence.
func sentenceStart(sc *scratch, i int) bool { return sc.toks[i].flags&fSentInit != 0 }

// cutAtDashes ends a name at a dash set off by spaces: such a dash
// separates phrases ("against Xavier Malisse - winner in Delray Beach",
// "Ken - he was there", "the Sega - ESPN range"), while a name's own
// hyphen is written close ("Schleswig-Holstein"); and at the "v" between
// two sides ("[Everton v Manchester United]"). A proper noun after the
// dash opens a name of the span's type; any other word goes out of the
// name with the rest of the span ("Uno Restaurant Corp - Initial public
// offering", a listing's line).
func cutAtDashes(toks []nlp.Token, labels []int8) {
	for k := 1; k+1 < len(toks); k++ {
		in := labels[k]
		if in <= 0 || in%2 != 0 || !(nlp.IsDash(toks[k].Text) && toks[k-1].SpaceAfter && toks[k].SpaceAfter || versus[toks[k].Text]) {
			continue
		}
		labels[k] = 0
		if labels[k+1] != in {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(toks[k+1].Text); unicode.IsUpper(r) && toks[k+1].UPOS == "PROPN" {
			labels[k+1] = in - 1
			continue
		}
		for j := k + 1; j < len(labels) && labels[j] == in; j++ {
			labels[j] = 0
		}
	}
}

// versus are the words between the sides of a match: "Everton v
// Manchester United".
var versus = map[string]bool{"v": true, "v.": true, "vs": true, "vs.": true, "versus": true}

// splitPlaces splits a place entity made of two or more whole place
// names written one after the other ("Miramar California", "brittany
// france") into one entity per name, as UNER annotates them.
func splitPlaces(toks []tokInfo, labels []int8) {
	const bLOC, iLOC = 5, 6
	for i := 0; i < len(labels); {
		if labels[i] != bLOC {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == iLOC && toks[j].flags&fSentInit == 0 {
			j++
		}
		if j-i >= 2 && wholePlaces(toks[i:j]) {
			for k := i + 1; k < j; k++ {
				if p := toks[k].placePos; p == gazB || p == gazS {
					labels[k] = bLOC
				}
			}
		}
		i = j
	}
}

// wholePlaces reports whether toks are two or more whole place names. A
// connector is none, though the gazetteer knows a town Of and one called
// The: "University of Michigan" is no three places; nor is a word that
// opens place names and a name after it, though a town bears the word
// too: "San Andreas" (San is a town in Mali), "Santa Monica".
func wholePlaces(toks []tokInfo) bool {
	names := 0
	for k := range toks {
		if connectorHashes[toks[k].lower] {
			return false
		}
		switch toks[k].placePos {
		case 0:
			return false
		case gazB, gazS:
			names++
			if k > 0 && (toks[k-1].placePos != gazE && toks[k-1].placePos != gazS || prefixHashes[toks[k-1].lower]) {
				return false
			}
		}
	}
	last := toks[len(toks)-1].placePos
	return names >= 2 && (last == gazE || last == gazS)
}

// orgOfSpans relabels ORG a place span that opens with an organisation's
// head word and "of" ("University of Michigan", "Bank of England",
// "Church of England"): the place after "of" belongs to the organisation's
// name. Heads that also name places (City, Republic, Kingdom) keep the
// span a place.
//
// A place span of one organisation head word alone ("[Centre] for Social
// Change Research", "the [University] said": the gazetteer knows towns
// called Centre and University) is no name of its own: before "of" and a
// place or organisation it opens the organisation's name ("[Bank] of
// [England]"), otherwise it is cleared and the organisation's name is
// left to the rules that read whole phrases.
func orgOfSpans(toks []tokInfo, labels []int8) {
	const bLOC, iLOC = 5, 6
	of := hashLower("of")
	for i := range labels {
		if labels[i] != bLOC || i+1 < len(labels) && labels[i+1] == iLOC ||
			toks[i].class&classOrg == 0 || toks[i].class&classLoc != 0 {
			continue
		}
		if i+2 < len(labels) && toks[i+1].lower == of && labels[i+1] == 0 && isBegin(labels[i+2]) && labelType(labels[i+2]) != typPER {
			// "[Bank] of [England]"
			j := i + 3
			for j < len(labels) && labels[j] == labels[i+2]+1 {
				j++
			}
			setSpan(labels, i, j, typORG)
			continue
		}
		labels[i] = 0
	}
	for i := 0; i+2 < len(labels); i++ {
		if labels[i] != bLOC || labels[i+1] != iLOC || toks[i+1].lower != of || labels[i+2] != iLOC {
			continue
		}
		if toks[i].class&classOrg == 0 || toks[i].class&classLoc != 0 || toks[i].flags&(fInitCap|fAllCaps) == 0 {
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == iLOC {
			j++
		}
		setSpan(labels, i, j, typORG)
		i = j - 1
	}
}

// bigPlace reports whether toks are exactly one name of a country, a
// region or a city of 100,000 people or more whose first word is not a
// common given name: "Philadelphia" or "Samarra" taken for a person.
func bigPlace(toks []tokInfo) bool {
	n := len(toks)
	if toks[0].placeRank == 0 || toks[0].placeRank > placeCity100 || toks[0].given > 1 {
		return false
	}
	if n == 1 {
		return toks[0].placePos == gazS
	}
	return toks[0].placePos == gazB && toks[n-1].placePos == gazE
}

// dateline labels the place of a news dateline ("NEW YORK, March 3 -",
// "TRIPOLI (Reuters) -", "MELBOURNE:") LOC: words in capitals that open
// the sentence, are followed by a comma, a bracket, a dash or a colon,
// and are exactly one place name. The model's person there gives way ("PARIS, Feb 26 -" was
// a person in 39 of 3,126 Reuters articles): a dateline names no person.
func dateline(toks []tokInfo, words []string, labels []int8) {
	n := 0
	for n < len(toks) && toks[n].flags&fAllCaps != 0 && toks[n].punct == 0 {
		n++
	}
	if n == 0 || n >= len(toks) {
		return
	}
	switch {
	case words[n] == "," || words[n] == "(" || words[n] == "-" || words[n] == "--" || words[n] == "–" || words[n] == "—" || words[n] == ":":
	case isoDate(words[n]): // "ISTANBUL 1996-08-31"
	default:
		return
	}
	p := toks[0].placePos
	if toks[0].placeRank == 0 || !(n == 1 && p == gazS || n > 1 && p == gazB && toks[n-1].placePos == gazE) {
		return
	}
	// A person or, before a date or an agency, an organisation span
	// over the capitals and no more gives way ("ROME, March 3 -" was an
	// organisation in 16 of 3,126 Reuters articles; "CHELSEA, ARSENAL
	// WIN" keeps its club).
	typ := labelType(labels[0])
	named := typ == typPER || typ == typORG && datelineTail(words, n)
	for k := 0; k < n; k++ {
		if named && (labelType(labels[k]) != typ || (k == 0) != isBegin(labels[k])) || !named && labels[k] != 0 {
			return
		}
	}
	if named && labels[n] != 0 && !isBegin(labels[n]) {
		return
	}
	setSpan(labels, 0, n, typLOC)
}

// datelineTail reports whether the words from n on go on as a dateline
// does: a comma and a month ("ROME, March 3"), a bracketed agency
// ("TRIPOLI (Reuters)"), or a date as year-month-day, right away or after
// a comma and the country ("ISTANBUL 1996-08-31", "VENICE, Italy
// 1996-08-31").
func datelineTail(words []string, n int) bool {
	if n < len(words) && isoDate(words[n]) {
		return true
	}
	if n+1 >= len(words) {
		return false
	}
	switch words[n] {
	case ",":
		if nlp.IsMonth(strings.TrimSuffix(words[n+1], ".")) {
			return true
		}
		for k := n + 1; k < len(words) && k <= n+3; k++ {
			if isoDate(words[k]) {
				return true
			}
			if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsUpper(r) {
				return false
			}
		}
	case "(":
		return agencies[words[n+1]]
	}
	return false
}

// isoDate reports whether w is a date written year-month-day, 1996-08-31.
func isoDate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i != 4 && i != 7 && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}

// agencies are the news agencies a dateline names in brackets.
var agencies = map[string]bool{"Reuters": true, "AP": true, "AFP": true, "UPI": true, "dpa": true, "Xinhua": true, "Sputnik": true, "IANS": true, "PTI": true}

// plainScores are the emission scores of a plain token: O, and nothing
// else.
var plainScores = [nLabels]float32{0, -1e9, -1e9, -1e9, -1e9, -1e9, -1e9}

// markPlain marks the tokens of sentence s that are labelled O without
// scoring, in a sentence that uses capitals ("i live in florida" is
// scored throughout): lower-case words and tokens with no letter that the
// gazetteer does not know in any case and the tagger did not call PROPN,
// unless they stand next to a capitalised word and could join or end a
// name there: a connector ("Bank of America", "Osama bin Laden"), a
// number ("Apollo 11") or a sign. Plain tokens are about half of news
// text. The recogniser put hardly any of them in a name, and when it did
// it was mostly wrong ("loud Tory", "US operator Cingular Wireless",
// "Elland Road stadium"): on UNER EWT dev, with models trained on train
// alone, entity F1 goes from 0.7433 to 0.7465 with the shortcut, and
// analysis is about 8% faster (BenchmarkAnalyze).
func markPlain(toks []tokInfo, s *nlp.Sentence) {
	capd := func(j int) bool {
		return j >= 0 && j < len(toks) && (toks[j].flags&(fInitCap|fAllCaps) != 0 || toks[j].flags&fLowerWord == 0 && hasLetter(s.Tokens[j].Text))
	}
	for i := range toks {
		t := &toks[i]
		alone := !capd(i-1) && !capd(i+1) || t.flags&fLowerWord != 0 && !nameConnectors[s.Tokens[i].Text]
		t.plain = t.sentCase != 1 && !capd(i) && alone &&
			t.gazKinds == 0 && t.wordKinds == 0 && t.placeRank == 0 && t.given == 0 && !t.demonym &&
			s.Tokens[i].UPOS != "PROPN"
	}
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// prefixHashes holds the lower-case hashes of words that open place
// names ("San Diego", "Saint Louis", "Los Angeles", "Port Said").
var prefixHashes = lowerHashes(slices.Values([]string{"san", "santa", "santo", "são", "sao", "st", "st.", "saint", "sainte", "los", "las", "el", "puerto", "porto", "port", "fort", "mount", "lake", "cape"}))

// connectorHashes holds the lower-case hashes of nameConnectors.
var connectorHashes = lowerHashes(maps.Keys(nameConnectors))

// lowerHashes returns the set of the lower-case hashes of words.
func lowerHashes(words iter.Seq[string]) map[uint64]bool {
	m := map[uint64]bool{}
	for w := range words {
		m[hashLower(w)] = true
	}
	return m
}

// nameConnectors are the lower-case words that stand inside names.
var nameConnectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "'s": true, "s": true, "'": true,
	"al": true, "el": true, "bin": true, "ibn": true, "de": true, "du": true, "da": true, "di": true, "del": true, "della": true, "la": true, "le": true,
	"von": true, "van": true, "der": true, "den": true, "y": true, "e": true, "on": true, "upon": true, "in": true, "at": true, "by": true, "&": true}
