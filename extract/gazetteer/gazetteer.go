package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/internal/hashtab"
	"github.com/kg-project/kg/internal/modelio"
)

// Subtypes of entries. Type is derived from them: COUNTRY, CITY, REGION
// and AREA are LOC, ORG, COMPANY and BODY are ORG, GIVEN is PER.
const (
	SubCountry = "COUNTRY"
	SubCity    = "CITY"
	SubRegion  = "REGION"
	// SubArea is a world region, sea, desert or mountain range of kg's
	// own list ("Balkans", "Red Sea", "Alps"). Areas are places to Lookup
	// and Match but no Kinds: the recogniser's gazetteer features
	// (MatchKinds, WordMatchKinds, WordKinds) do not see them, so adding
	// one changes no trained model.
	SubArea = "AREA"
	SubOrg  = "ORG"
	// SubCompany is a company of kg's own list of those news names most
	// ("Toshiba", "Qantas", "GlaxoSmithKline"). Like areas, companies are
	// organisations to Lookup and Match but no Kinds, so adding one
	// changes no trained model; kg's entity rules read them.
	SubCompany = "COMPANY"
	// SubBody is an organisation of kg's own later lists: governments'
	// agencies, central banks and regulators, sports' governing bodies
	// and armed groups ("FBI", "Bundesbank", "Ofcom", "UEFA", "Houthi
	// movement"). Like companies, bodies are organisations to Lookup and
	// Match but no Kinds, so adding one changes no trained model.
	SubBody    = "BODY"
	SubGiven   = "GIVEN"
	subDemonym = "DEMONYM" // demonym rows of the data file; not entries
)

// Entry is one named thing of the gazetteer.
type Entry struct {
	Name    string // canonical name: "Russia", "United Nations", "Tripoli"
	Type    string // LOC, ORG or PER
	Subtype string // COUNTRY, CITY, REGION, AREA, ORG, COMPANY, BODY or GIVEN
	// Country is the ISO 3166-1 alpha-2 code of the country the entry is in
	// (its own code for a country), "" for organisations, given names and
	// places without a code. See (*Gazetteer).CountryName.
	Country string
	// Population is the GeoNames population of a place, or for a GIVEN
	// entry the number of US births recorded with the name (0 when the name
	// comes only from the YAGO list); 0 for organisations.
	Population int
}

// Kinds is a set of subtypes, as returned by MatchKinds.
type Kinds uint8

// Members of Kinds.
const (
	KindCountry Kinds = 1 << iota
	KindCity
	KindRegion
	KindOrg
	KindGiven
)

func kindOf(sub string) Kinds {
	switch sub {
	case SubCountry:
		return KindCountry
	case SubCity:
		return KindCity
	case SubRegion:
		return KindRegion
	case SubOrg:
		return KindOrg
	case SubGiven:
		return KindGiven
	}
	return 0
}

func typeOf(sub string) string {
	switch sub {
	case SubCountry, SubCity, SubRegion, SubArea:
		return "LOC"
	case SubOrg, SubCompany, SubBody:
		return "ORG"
	case SubGiven:
		return "PER"
	}
	return ""
}

// variant is one way of writing an entry: its key is the normalised words
// joined by spaces; capMask has bit w set when word w of the name starts
// with an upper-case letter and acrMask when it is an all-capitals acronym.
type variant struct {
	entry   int32
	capMask uint32
	acrMask uint32
	kind    Kinds
}

// keyEntry is what the gazetteer knows under one normalised phrase: its
// variants, best first, and the length in words of the longest phrase
// that starts with it.
type keyEntry struct {
	vs     []variant
	maxLen uint8
}

// entryIndex returns the index in g.keys of key, adding it if needed.
// Keys are found by their hash while loading too; each key's bytes are
// kept in one arena, so that two phrases sharing a hash are caught
// (freeze reports it) without a string per key.
func (g *Gazetteer) entryIndex(key []byte) int32 {
	h := keyHash(key)
	if i, ok := g.building[h]; ok {
		if !bytes.Equal(g.phrase(i), key) {
			if g.clash == nil {
				g.clash = fmt.Errorf("gazetteer: phrases %q and %q share a hash", g.phrase(i), key)
			}
		}
		return i
	}
	i := int32(len(g.keys))
	g.building[h] = i
	g.arena = append(g.arena, key...)
	g.keyEnds = append(g.keyEnds, uint32(len(g.arena)))
	g.keys = append(g.keys, keyEntry{})
	return i
}

// phrase returns the bytes of key i while loading.
func (g *Gazetteer) phrase(i int32) []byte {
	var from uint32
	if i > 0 {
		from = g.keyEnds[i-1]
	}
	return g.arena[from:g.keyEnds[i]]
}

// lookup returns the keyEntry of key, or nil.
func (g *Gazetteer) lookup(key []byte) *keyEntry {
	if i := g.index.Get(keyHash(key)); i >= 0 {
		return &g.keys[i]
	}
	return nil
}

// keyHash is the 64-bit hash the index looks a normalised phrase up by
// (FNV-1a, then the splitmix64 finaliser so that the low bits, which pick
// the slot, depend on every byte).
func keyHash(key []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range key {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return hashtab.Mix(h)
}

// freeze replaces the loading map by the flat index, which is smaller and
// faster to probe (a lookup per token and name length in the recogniser),
// and fails if two phrases share a hash.
func (g *Gazetteer) freeze() error {
	if g.clash != nil {
		return g.clash
	}
	g.index = hashtab.New(len(g.building))
	for h, i := range g.building {
		g.index.Put(h, i)
	}
	g.building, g.arena, g.keyEnds = nil, nil, nil
	return nil
}

// variants returns the variants under key.
func (g *Gazetteer) variants(key []byte) []variant {
	if e := g.lookup(key); e != nil {
		return e.vs
	}
	return nil
}

// maxWords is the longest name, in words, that Match considers.
const maxWords = 16

// Gazetteer answers look-ups over the lists. It is read-only after
// loading and safe for concurrent use.
type Gazetteer struct {
	entries   []Entry
	index     hashtab.Table    // keyHash of a normalised phrase → its keyEntry
	building  map[uint64]int32 // the same, while loading
	arena     []byte           // the keys' bytes, one after the other, while loading
	keyEnds   []uint32         // where each key's bytes end in arena
	clash     error            // two phrases that share a hash, found while loading
	keys      []keyEntry
	pending   []pendingVariant  // while loading
	demonyms  map[string]string // lower-case demonym or adjective → country name
	given     map[string]int    // lower-case given name → count
	countries map[string]string // ISO2 → canonical country name
}

// embedded is the image of the data file data/gazetteer.tsv.gz (see
// WriteImage).
//
//go:embed data/gazetteer.bin.gz
var embedded []byte

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) { return loadDefault() }

var loadDefault = modelio.Embedded("gazetteer", embedded, Load)

// fileMagic is the first line of the data file.
const fileMagic = "kg-gazetteer\t1"

// Load reads a gazetteer in the gzip TSV format written by Build, or an
// image written by WriteImage.
func Load(r io.Reader) (*Gazetteer, error) {
	data, err := modelio.Unzip(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	if bytes.HasPrefix(data, []byte(imageMagic)) {
		return loadImage(data)
	}
	// One string for the whole file: the entries' names are substrings of
	// it, and there is one entry to a line at most.
	text := string(data)
	g := &Gazetteer{
		entries:   make([]Entry, 0, strings.Count(text, "\n")+1),
		building:  make(map[uint64]int32, 1<<18),
		keys:      make([]keyEntry, 0, 1<<18),
		demonyms:  make(map[string]string, 1024),
		given:     make(map[string]int, 1<<15),
		countries: make(map[string]string, 300),
	}
	line := 0
	for rest := text; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimSuffix(l, "\r")
		line++
		if line == 1 {
			if l != fileMagic {
				return nil, fmt.Errorf("gazetteer: bad header %q", l)
			}
			continue
		}
		var f [5]string
		field, n := l, 0
		for ; n < len(f)-1; n++ {
			var ok bool
			if f[n], field, ok = strings.Cut(field, "\t"); !ok {
				break
			}
		}
		if n < len(f)-1 || strings.Contains(field, "\t") {
			return nil, fmt.Errorf("gazetteer line %d: want 5 tab-separated fields", line)
		}
		f[len(f)-1] = field
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("gazetteer line %d: bad number %q", line, f[3])
		}
		sub, name, cc, aliases := f[0], f[1], f[2], f[4]
		switch sub {
		case subDemonym:
			if aliases == "" {
				continue
			}
			for a := range strings.SplitSeq(aliases, "|") {
				k := strings.ToLower(a)
				if _, dup := g.demonyms[k]; !dup {
					g.demonyms[k] = name
				}
			}
			continue
		case SubGiven:
			k := strings.ToLower(name)
			if pop > g.given[k] {
				g.given[k] = pop
			} else if _, ok := g.given[k]; !ok {
				g.given[k] = pop
			}
		case SubCountry:
			if cc != "" {
				g.countries[cc] = name
			}
		case SubCity, SubRegion, SubArea, SubOrg, SubCompany, SubBody:
		default:
			return nil, fmt.Errorf("gazetteer line %d: unknown subtype %q", line, sub)
		}
		id := int32(len(g.entries))
		g.entries = append(g.entries, Entry{Name: name, Type: typeOf(sub), Subtype: sub, Country: cc, Population: pop})
		g.add(name, id)
		if aliases != "" {
			for a := range strings.SplitSeq(aliases, "|") {
				g.add(a, id)
			}
		}
	}
	if line == 0 {
		return nil, fmt.Errorf("gazetteer: empty file")
	}
	g.groupVariants()
	if err := g.freeze(); err != nil {
		return nil, err
	}
	return g, nil
}

// rank orders subtypes for ties between entries of the same name.
func rank(sub string) int {
	switch sub {
	case SubCountry:
		return 4
	case SubOrg, SubCompany, SubBody:
		return 3
	case SubCity, SubRegion, SubArea:
		return 2
	}
	return 1
}

// better reports whether entry a should be preferred to entry b.
func (g *Gazetteer) better(a, b int32) bool {
	ea, eb := &g.entries[a], &g.entries[b]
	if ra, rb := rank(ea.Subtype), rank(eb.Subtype); ra != rb {
		return ra > rb
	}
	if ea.Population != eb.Population {
		return ea.Population > eb.Population
	}
	return a < b
}

// add indexes name as a way of writing entry id.
func (g *Gazetteer) add(name string, id int32) {
	words := SplitName(name)
	if len(words) == 0 || len(words) > maxWords {
		return
	}
	var v variant
	v.entry = id
	v.kind = kindOf(g.entries[id].Subtype)
	var key []byte
	for w, word := range words {
		n := len(key)
		if w > 0 {
			key = append(key, ' ')
		}
		key = appendNorm(key, word)
		if len(key) == n || (w > 0 && len(key) == n+1) {
			return // a word made only of dots
		}
		if w == 0 && len(words) > 1 {
			if e := &g.keys[g.entryIndex(key)]; uint8(len(words)) > e.maxLen {
				e.maxLen = uint8(len(words))
			}
		}
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			v.capMask |= 1 << w
			if isAcronym(word) {
				v.acrMask |= 1 << w
			}
		}
	}
	ki := g.entryIndex(key)
	if e := &g.keys[ki]; len(words) == 1 && e.maxLen == 0 {
		e.maxLen = 1
	}
	g.pending = append(g.pending, pendingVariant{ki, v})
}

// pendingVariant is a variant read but not yet grouped under its key.
type pendingVariant struct {
	key int32
	v   variant
}

// groupVariants moves the pending variants into one array grouped by
// key (a counting sort that keeps file order), drops duplicates and
// sorts each key's variants best first.
func (g *Gazetteer) groupVariants() {
	start := make([]int32, len(g.keys)+1)
	for _, p := range g.pending {
		start[p.key+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	flat := make([]variant, len(g.pending))
	next := append([]int32(nil), start[:len(g.keys)]...)
	for _, p := range g.pending {
		flat[next[p.key]] = p.v
		next[p.key]++
	}
	g.pending = nil
	for i := range g.keys {
		vs := flat[start[i]:start[i+1]:start[i+1]]
		n := 0
	outer:
		for _, v := range vs {
			for _, old := range vs[:n] {
				if old.entry == v.entry && old.capMask == v.capMask && old.acrMask == v.acrMask {
					continue outer
				}
			}
			vs[n] = v
			n++
		}
		vs = vs[:n:n]
		if len(vs) > 1 {
			sort.SliceStable(vs, func(i, j int) bool { return g.better(vs[i].entry, vs[j].entry) })
		}
		g.keys[i].vs = vs
	}
}

// isAcronym reports whether word has at least two letters, all capitals
// (dots and digits allowed): "UN", "U.S.", "G20".
func isAcronym(word string) bool {
	letters := 0
	for _, r := range word {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// isAllCaps reports whether every letter of word is upper case.
func isAllCaps(word string) bool {
	letters := 0
	for _, r := range word {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// appendNorm appends the normalised form of word to b: lower case, with
// dots removed.
func appendNorm(b []byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < utf8.RuneSelf {
			if c == '.' {
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size - 1
	}
	return b
}

// SplitName splits a name into the words a tokenizer would make of it:
// on white space, with brackets, quotes and commas split off and a
// possessive 's made a word of its own ("Children's" → "Children", "'s").
func SplitName(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		for f != "" && strings.ContainsRune(`("“‘[`, rune(f[0])) {
			out = append(out, f[:1])
			f = f[1:]
		}
		var tail []string
		for f != "" {
			last, size := utf8.DecodeLastRuneInString(f)
			if !strings.ContainsRune(`)"”’],;:`, last) {
				break
			}
			tail = append(tail, f[len(f)-size:])
			f = f[:len(f)-size]
		}
		if len(f) > 2 && (strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s")) {
			i := strings.LastIndexAny(f, "'’")
			out = append(out, f[:i], f[i:])
		} else if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// LookupWritten is Lookup for name written as the gazetteer writes one of
// the entry's names: a word written there with a capital has one, an
// acronym is in capitals ("Cia" finds no CIA; "Uefa", one of UEFA's
// names, finds UEFA).
func (g *Gazetteer) LookupWritten(name string) []Entry { return g.entriesNamed(name, true) }

// Lookup returns the entries named name (an official name, an alternative
// or former name, an abbreviation or acronym), best first: countries, then
// organisations, then places by population, then given names. The match is
// exact up to case and dots ("u.s." finds United States). The returned
// slice is the caller's.
func (g *Gazetteer) Lookup(name string) []Entry { return g.entriesNamed(name, false) }

// entriesNamed is Lookup, and LookupWritten when written is set.
func (g *Gazetteer) entriesNamed(name string, written bool) []Entry {
	words := SplitName(name)
	if len(words) == 0 {
		return nil
	}
	var key []byte
	for w, word := range words {
		if w > 0 {
			key = append(key, ' ')
		}
		key = appendNorm(key, word)
	}
	var out []Entry
	var seen []int32
	for _, v := range g.variants(key) {
		if !slices.Contains(seen, v.entry) && (!written || g.caseOK(words, v)) {
			seen = append(seen, v.entry)
			out = append(out, g.entries[v.entry])
		}
	}
	return out
}

// Demonym returns the country a demonym or national adjective stands for:
// "Russian", "Russians" → "Russia"; "Libyan" → "Libya". The match ignores
// case. Ambiguous forms go to the most populous country ("Korean" → South
// Korea, "Chinese" → China).
func (g *Gazetteer) Demonym(word string) (country string, ok bool) {
	var buf [64]byte
	c, ok := g.demonyms[string(appendLower(buf[:0], word))]
	return c, ok
}

// IsGivenName reports whether word is a known given name, ignoring case.
func (g *Gazetteer) IsGivenName(word string) bool {
	var buf [64]byte
	_, ok := g.given[string(appendLower(buf[:0], word))]
	return ok
}

// GivenNameCount returns the number of recorded US births with the given
// name word (0 for names known only from the YAGO list) and whether it is
// a given name at all.
func (g *Gazetteer) GivenNameCount(word string) (int, bool) {
	var buf [64]byte
	n, ok := g.given[string(appendLower(buf[:0], word))]
	return n, ok
}

// appendLower appends word in lower case to b, as strings.ToLower would
// write it, without allocating when b has room.
func appendLower(b []byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size - 1
	}
	return b
}

// CountryName returns the canonical name of the country with ISO 3166-1
// alpha-2 code iso2 ("LY" → "Libya"), or "" if unknown.
func (g *Gazetteer) CountryName(iso2 string) string {
	return g.countries[iso2]
}

// Match finds the longest name that starts at words[i] and returns its
// length in words and its best entry. Words are compared ignoring case
// and dots, except that a word written with a capital in the gazetteer
// must have one in the text, and an acronym must be all capitals in the
// text ("US" matches "U.S." but not "us"). Match does not allocate.
func (g *Gazetteer) Match(words []string, i int) (n int, e Entry, ok bool) {
	n, vs := g.match(words, i, false)
	for _, v := range vs {
		if g.caseOK(words[i:i+n], v) {
			return n, g.entries[v.entry], true
		}
	}
	return 0, Entry{}, false
}

// MatchKinds is like Match but returns the subtypes of all entries of the
// longest match.
func (g *Gazetteer) MatchKinds(words []string, i int) (n int, kinds Kinds) {
	n, vs := g.match(words, i, true)
	for _, v := range vs {
		if g.caseOK(words[i:i+n], v) {
			kinds |= v.kind
		}
	}
	return n, kinds
}

// WordMatchKinds returns WordKinds(words[i]) and MatchKinds(words, i),
// normalising and looking up words[i] once for both.
func (g *Gazetteer) WordMatchKinds(words []string, i int) (word Kinds, n int, kinds Kinds) {
	if i < 0 || i >= len(words) {
		return 0, 0, 0
	}
	var buf [256]byte
	key := appendNorm(buf[:0], words[i])
	if len(key) == 0 {
		return 0, 0, 0
	}
	first := g.lookup(key)
	if first == nil {
		return 0, 0, 0
	}
	for _, v := range first.vs {
		word |= v.kind
	}
	n, vs := g.matchFrom(words, i, key, first, true)
	for _, v := range vs {
		if g.caseOK(words[i:i+n], v) {
			kinds |= v.kind
		}
	}
	return word, n, kinds
}

// match returns the length of the longest match at i and the variants of
// its key, at least one of which passes the case checks (and has kinds,
// when kinds is set: areas do not count then).
func (g *Gazetteer) match(words []string, i int, kinds bool) (int, []variant) {
	if i < 0 || i >= len(words) {
		return 0, nil
	}
	var buf [256]byte
	key := appendNorm(buf[:0], words[i])
	if len(key) == 0 {
		return 0, nil
	}
	first := g.lookup(key)
	if first == nil {
		return 0, nil
	}
	return g.matchFrom(words, i, key, first, kinds)
}

// matchFrom is match given the normalised words[i], key, and its entry.
func (g *Gazetteer) matchFrom(words []string, i int, key []byte, first *keyEntry, kinds bool) (int, []variant) {
	limit := int(first.maxLen)
	if limit == 0 {
		return 0, nil
	}
	if i+limit > len(words) {
		limit = len(words) - i
	}
	// Collect the end of every prefix, then test from the longest.
	var ends [maxWords + 1]int
	ends[1] = len(key)
	for L := 2; L <= limit; L++ {
		n := len(key)
		key = append(key, ' ')
		key = appendNorm(key, words[i+L-1])
		if len(key) == n+1 {
			limit = L - 1
			break
		}
		ends[L] = len(key)
	}
	for L := limit; L >= 1; L-- {
		vs := first.vs
		if L > 1 {
			vs = g.variants(key[:ends[L]])
		}
		for _, v := range vs {
			if (!kinds || v.kind != 0) && g.caseOK(words[i:i+L], v) {
				return L, vs
			}
		}
	}
	return 0, nil
}

func (g *Gazetteer) caseOK(words []string, v variant) bool {
	for w, word := range words {
		bit := uint32(1) << w
		if v.capMask&bit == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) {
			return false
		}
		if v.acrMask&bit != 0 && !isAllCaps(word) {
			return false
		}
	}
	return true
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// WordKinds returns the subtypes of all one-word names equal to word up to
// case and dots, given names included, with no case checks: "florida"
// gives KindRegion. It does not allocate for words under 256 bytes.
func (g *Gazetteer) WordKinds(word string) Kinds {
	var buf [256]byte
	key := appendNorm(buf[:0], word)
	if len(key) == 0 {
		return 0
	}
	var k Kinds
	for _, v := range g.variants(key) {
		k |= v.kind
	}
	return k
}

// Entry returns entry i, 0 <= i < Len(), in the order of the data file
// (countries, regions, cities, organisations, then given names by
// frequency). It lets trainers sample names.
func (g *Gazetteer) Entry(i int) Entry { return g.entries[i] }
