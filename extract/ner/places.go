package ner

import (
	"strings"
	"sync"

	"github.com/kg-project/kg/extract/gazetteer"
)

// Place ranks of placeIndex, most prominent first.
const (
	placeCountry = 1 + iota
	placeRegion
	placeCity1M  // city of a million people or more
	placeCity100 // city of 100,000 or more
	placeCity    // smaller city
)

// maxPlaceWords is the longest place name placeIndex holds, in words.
const maxPlaceWords = 3

// placeIndex maps the lower-cased words of the canonical names of
// countries, regions and cities (nameKey of their hashLower) to their
// rank. Unlike the gazetteer's own matching it ignores case, so that web
// text's "florida", "new york" or "afghanistan" are seen as places.
type placeIndex struct {
	ranks map[uint64]uint8
	first [firstBits / 64]uint64 // bit set of hashLower of the first word of every name
}

// firstBits is the size of placeIndex.first; false positives only cost
// a look-up.
const firstBits = 1 << 18

func (p *placeIndex) mayStart(h uint64) bool {
	b := (h >> 7) & (firstBits - 1)
	return p.first[b/64]&(1<<(b%64)) != 0
}

var (
	placesMu  sync.Mutex
	placesMap = map[*gazetteer.Gazetteer]*placeIndex{}
)

// placesFor returns the place index of g, building it on first use.
func placesFor(g *gazetteer.Gazetteer) *placeIndex {
	if g == nil {
		return nil
	}
	placesMu.Lock()
	defer placesMu.Unlock()
	if p := placesMap[g]; p != nil {
		return p
	}
	p := &placeIndex{ranks: make(map[uint64]uint8, 1<<16)}
	var hs [maxPlaceWords]uint64
	for i := 0; i < g.Len(); i++ {
		e := g.Entry(i)
		var r uint8
		switch e.Subtype {
		case gazetteer.SubGiven:
			// Given names come last.
			i = g.Len()
			continue
		case gazetteer.SubCountry:
			r = placeCountry
		case gazetteer.SubRegion:
			r = placeRegion
		case gazetteer.SubCity:
			switch {
			case e.Population >= 1000000:
				r = placeCity1M
			case e.Population >= 100000:
				r = placeCity100
			default:
				r = placeCity
			}
		default:
			continue
		}
		n := nameHashes(e.Name, &hs)
		if n == 0 {
			continue
		}
		k := placeKey(hs[:n])
		if old := p.ranks[k]; old == 0 || r < old {
			p.ranks[k] = r
		}
		b := (hs[0] >> 7) & (firstBits - 1)
		p.first[b/64] |= 1 << (b % 64)
	}
	placesMap[g] = p
	return p
}

// nameHashes puts the hashLower of the words of name, as
// gazetteer.SplitName splits them, into hs and returns their number, or
// 0 if there are more than maxPlaceWords. Names of plain words separated
// by single spaces, nearly all of them, are split without allocating.
func nameHashes(name string, hs *[maxPlaceWords]uint64) int {
	n, start := 0, 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) {
			c := name[i]
			if c == ' ' {
				goto word
			}
			if c == '\'' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']' || c >= 0x80 && !plainUTF8(name) {
				return splitHashes(name, hs)
			}
			continue
		}
	word:
		if i == start {
			return splitHashes(name, hs)
		}
		if n == maxPlaceWords {
			return 0
		}
		hs[n] = hashLower(name[start:i])
		n++
		start = i + 1
	}
	return n
}

// plainUTF8 reports whether name has none of the non-ASCII quotes
// SplitName splits off.
func plainUTF8(name string) bool {
	return !strings.ContainsAny(name, "“”‘’")
}

func splitHashes(name string, hs *[maxPlaceWords]uint64) int {
	words := gazetteer.SplitName(name)
	if len(words) == 0 || len(words) > maxPlaceWords {
		return 0
	}
	for j, w := range words {
		hs[j] = hashLower(w)
	}
	return len(words)
}

// placeKey combines the hashLower of a name's words.
func placeKey(hs []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, x := range hs {
		h = mix(h ^ x)
	}
	return h
}

// mark sets placeRank and placePos of the tokens of the longest place
// names, left to right.
func (p *placeIndex) mark(out []tokInfo) {
	if p == nil {
		return
	}
	var hs [maxPlaceWords]uint64
	for i := 0; i < len(out); {
		if !p.mayStart(out[i].lower) {
			i++
			continue
		}
		n := min(maxPlaceWords, len(out)-i)
		for j := 0; j < n; j++ {
			hs[j] = out[i+j].lower
		}
		found := 0
		var rank uint8
		for L := n; L >= 1; L-- {
			if r := p.ranks[placeKey(hs[:L])]; r != 0 {
				found, rank = L, r
				break
			}
		}
		if found == 0 {
			i++
			continue
		}
		for j := i; j < i+found; j++ {
			t := &out[j]
			t.placeRank = rank
			t.placePos = spanPos(j, i, found)
		}
		i += found
	}
}
