package gazetteer

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/kg-project/kg/internal/hashtab"
	"github.com/kg-project/kg/internal/modelio"
)

// An image is a loaded gazetteer written out as it sits in memory: the
// entries, every normalised phrase's hash with its variants (already
// split, normalised, grouped and ranked), and the demonym and given-name
// tables. Loading one is decoding numbers, where loading the TSV data
// file splits, normalises and hashes every name again: the embedded
// gazetteer is an image, made from the data file by WriteImage
// (`kg-train gazetteer` writes both), and loads several times faster.
//
// Layout (modelio fields, in a gzip stream at modelio.Level):
//
//	magic     imageMagic
//	uvarint   number of entries; string: every entry's name, one after
//	          the other; string table of countries (count, then each)
//	entries   uvarint name length, uvarint subtype (index in subtypes),
//	          uvarint country (index in the table), uvarint population
//	uvarint   number of phrases, uvarint number of variants
//	phrases   in order of home slot (hashtab.Home): 8 bytes hash, uvarint longest phrase
//	          starting with it, uvarint variant count, then per variant
//	          uvarint entry, uvarint capMask, uvarint acrMask
//	uvarint   number of demonyms; each: string form, uvarint country
//	          (index in the country names' table: count, then each)
//	uvarint   number of given names; string: every name, one after the
//	          other; each: uvarint length, uvarint count
const imageMagic = "kg-gazetteer-image\x001\n"

// subtypes are the entries' subtypes as numbered in an image.
var subtypes = [...]string{SubCountry, SubCity, SubRegion, SubArea, SubOrg, SubCompany, SubGiven, SubBody}

// maxImageLen bounds any count of an image, so that a corrupt one cannot
// make Load allocate gigabytes (the embedded one holds about 10^5).
const maxImageLen = 1 << 24

// WriteImage writes g as an image, which Load reads back into the same
// gazetteer. The same gazetteer always gives the same bytes.
func (g *Gazetteer) WriteImage(w io.Writer) error {
	if g.index.Empty() && len(g.keys) > 0 {
		return errors.New("gazetteer: write image: not loaded")
	}
	return modelio.WriteGzip(w, imageMagic, func(e *modelio.Encoder) {
		// Entries.
		e.Uvarint(uint64(len(g.entries)))
		var names strings.Builder
		countryID := map[string]int{}
		var countries []string
		for _, en := range g.entries {
			names.WriteString(en.Name)
			if _, ok := countryID[en.Country]; !ok {
				countryID[en.Country] = len(countries)
				countries = append(countries, en.Country)
			}
		}
		e.Str(names.String())
		writeStrings(e, countries)
		for _, en := range g.entries {
			e.Uvarint(uint64(len(en.Name)))
			e.Uvarint(uint64(slices.Index(subtypes[:], en.Subtype)))
			e.Uvarint(uint64(countryID[en.Country]))
			e.Uvarint(uint64(en.Population))
		}
		// Phrases with their hashes, in the order of their home slots in
		// the index Load makes, so that loading fills it front to back
		// instead of at random.
		type phrase struct {
			home, hash uint64
			i          int32
		}
		order := make([]phrase, 0, len(g.keys))
		g.index.Range(func(h uint64, i int32) {
			order = append(order, phrase{hashtab.Home(h, len(g.keys)), h, i})
		})
		slices.SortFunc(order, func(a, b phrase) int {
			return cmp.Or(cmp.Compare(a.home, b.home), cmp.Compare(a.hash, b.hash))
		})
		nv := 0
		for _, k := range g.keys {
			nv += len(k.vs)
		}
		e.Uvarint(uint64(len(g.keys)))
		e.Uvarint(uint64(nv))
		for _, p := range order {
			k := g.keys[p.i]
			e.U64(p.hash)
			e.Uvarint(uint64(k.maxLen))
			e.Uvarint(uint64(len(k.vs)))
			for _, v := range k.vs {
				e.Uvarint(uint64(v.entry))
				e.Uvarint(uint64(v.capMask))
				e.Uvarint(uint64(v.acrMask))
			}
		}
		// Demonyms: forms sorted, countries numbered in a table.
		forms := slices.Sorted(maps.Keys(g.demonyms))
		var dcs []string
		dcID := map[string]int{}
		for _, f := range forms {
			if c := g.demonyms[f]; dcID[c] == 0 {
				dcs = append(dcs, c)
				dcID[c] = len(dcs)
			}
		}
		writeStrings(e, dcs)
		e.Uvarint(uint64(len(forms)))
		for _, f := range forms {
			e.Str(f)
			e.Uvarint(uint64(dcID[g.demonyms[f]] - 1))
		}
		// Given names, sorted, in one string.
		given := slices.Sorted(maps.Keys(g.given))
		e.Uvarint(uint64(len(given)))
		e.Str(strings.Join(given, ""))
		for _, n := range given {
			e.Uvarint(uint64(len(n)))
			e.Uvarint(uint64(g.given[n]))
		}
	})
}

func writeStrings(e *modelio.Encoder, ss []string) {
	e.Uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.Str(s)
	}
}

func readStrings(d *modelio.Decoder) []string {
	n := d.Count(min(maxImageLen, len(d.B)))
	ss := make([]string, 0, n)
	for i := 0; i < n && d.Err == nil; i++ {
		ss = append(ss, d.Str(maxImageLen))
	}
	return ss
}

// loadImage decodes an image (data begins with imageMagic). Every count
// and index is checked, so a corrupt image gives an error, not a panic or
// a gazetteer that indexes out of range later.
func loadImage(data []byte) (*Gazetteer, error) {
	d := &modelio.Decoder{B: data[len(imageMagic):]}
	bad := func(what string) (*Gazetteer, error) {
		if d.Err != nil {
			return nil, fmt.Errorf("gazetteer image: %s: %w", what, d.Err)
		}
		return nil, fmt.Errorf("gazetteer image: bad %s", what)
	}
	// Every entry, phrase and variant takes at least one byte, so no
	// count may exceed what is left of the data.
	count := func() int { return d.Count(min(maxImageLen, len(d.B))) }

	// Entries.
	ne := count()
	names := d.Str(maxImageLen)
	countries := readStrings(d)
	if d.Err != nil {
		return bad("entries")
	}
	g := &Gazetteer{
		entries:   make([]Entry, ne),
		countries: make(map[string]string, 300),
	}
	kinds := make([]Kinds, ne) // each entry's, for its variants
	at := 0
	for i := range g.entries {
		n := count()
		sub := d.Count(len(subtypes) - 1)
		cc := d.Count(len(countries) - 1)
		pop := d.Count(math.MaxInt)
		if d.Err != nil || at+n > len(names) || len(countries) == 0 {
			return bad("entry")
		}
		en := &g.entries[i]
		en.Name, at = names[at:at+n], at+n
		en.Subtype = subtypes[sub]
		en.Type = typeOf(en.Subtype)
		en.Country = countries[cc]
		en.Population = pop
		kinds[i] = kindOf(en.Subtype)
		if en.Subtype == SubCountry && en.Country != "" {
			g.countries[en.Country] = en.Name
		}
	}
	if at != len(names) {
		return bad("entry names")
	}

	// Phrases and their variants, all in one array.
	nk := count()
	nv := count()
	if d.Err != nil {
		return bad("phrases")
	}
	g.keys = make([]keyEntry, nk)
	g.index = hashtab.New(nk)
	flat := make([]variant, nv)
	used := 0
	for i := range g.keys {
		h := d.U64()
		maxLen := d.Count(maxWords)
		n := d.Count(nv - used)
		if d.Err != nil {
			return bad("phrase")
		}
		if !g.index.Insert(h, int32(i)) {
			return bad("phrase hash (repeated)")
		}
		vs := flat[used : used+n : used+n]
		used += n
		for j := range vs {
			v := &vs[j]
			v.entry = int32(d.Count(ne - 1))
			v.capMask = uint32(d.Count(1<<maxWords - 1))
			v.acrMask = uint32(d.Count(1<<maxWords - 1))
			if d.Err != nil {
				return bad("variant")
			}
			v.kind = kinds[v.entry]
		}
		g.keys[i] = keyEntry{vs: vs, maxLen: uint8(maxLen)}
	}
	if used != nv {
		return bad("variant count")
	}

	// Demonyms and given names.
	dcs := readStrings(d)
	nd := count()
	if d.Err != nil {
		return bad("demonyms")
	}
	g.demonyms = make(map[string]string, nd)
	for range nd {
		f := d.Str(maxImageLen)
		c := d.Count(len(dcs) - 1)
		if d.Err != nil || len(dcs) == 0 {
			return bad("demonym")
		}
		g.demonyms[f] = dcs[c]
	}
	ng := count()
	if d.Err != nil {
		return bad("given names")
	}
	given := d.Str(maxImageLen)
	g.given = make(map[string]int, ng)
	at = 0
	for range ng {
		n := d.Count(len(given) - at)
		c := d.Count(math.MaxInt)
		if d.Err != nil {
			return bad("given name")
		}
		g.given[given[at:at+n]] = c
		at += n
	}
	if at != len(given) {
		return bad("given names")
	}
	if len(d.B) != 0 {
		return nil, fmt.Errorf("gazetteer image: %d bytes after the end", len(d.B))
	}
	return g, nil
}
