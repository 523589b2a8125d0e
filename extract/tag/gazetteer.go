package tag

import (
	"path/filepath"
	"strconv"
	"strings"
)

// Word classes from the gazetteer, stored per lower-cased word in the
// model. They tell the tagger that an unseen word is a known given name or
// place, which is most of what separates PROPN from NOUN for new words.
const (
	ClassGivenName = 1 << iota // a given name borne by at least minNameCount people
	ClassCity                  // a one-word city name (population at least minCityPop)
	ClassPlacePart             // a word of a many-word place name
	ClassCountry               // a one-word country name or abbreviation
	ClassDemonym               // a demonym or nationality adjective (Libyan, Britons)
	ClassRegion                // a one-word first-level region name
)

// Thresholds that keep the rare names that collide with common words out.
const (
	minNameCount = 2000   // SSA babies 1880–2023 with the name
	minCityPop   = 100000 // GeoNames population
)

// ReadWordClasses reads the permissively licensed gazetteer files in dir
// (countries.tsv, cities.tsv, regions.tsv, given-names.tsv) and returns the
// word classes of lower-cased words, for TrainOptions.WordClasses.
func ReadWordClasses(dir string) (map[string]uint8, error) {
	classes := map[string]uint8{}
	add := func(name string, one, part uint8) {
		words := strings.Fields(name)
		for _, w := range words {
			w = strings.ToLower(w)
			if len(words) == 1 {
				classes[w] |= one
			} else if part != 0 {
				classes[w] |= part
			}
		}
	}
	err := eachRow(filepath.Join(dir, "countries.tsv"), func(r map[string]string) {
		for _, col := range []string{"name", "name_factbook", "abbreviations", "former_names"} {
			for _, n := range strings.Split(r[col], "|") {
				add(n, ClassCountry, ClassPlacePart)
			}
		}
		for _, col := range []string{"demonyms", "adjectives"} {
			for _, n := range strings.Split(r[col], "|") {
				add(n, ClassDemonym, 0)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(filepath.Join(dir, "cities.tsv"), func(r map[string]string) {
		if pop, _ := strconv.Atoi(r["population"]); pop >= minCityPop {
			add(r["name"], ClassCity, ClassPlacePart)
			add(r["asciiname"], ClassCity, ClassPlacePart)
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(filepath.Join(dir, "regions.tsv"), func(r map[string]string) {
		add(r["name"], ClassRegion, ClassPlacePart)
		add(r["asciiname"], ClassRegion, ClassPlacePart)
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(filepath.Join(dir, "given-names.tsv"), func(r map[string]string) {
		if n, _ := strconv.Atoi(r["count"]); n >= minNameCount {
			add(r["name"], ClassGivenName, 0)
		}
	})
	if err != nil {
		return nil, err
	}
	delete(classes, "")
	return classes, nil
}

// eachRow calls fn for every data row of a tab-separated file with a header.
func eachRow(path string, fn func(map[string]string)) error {
	var header []string
	row := map[string]string{}
	return eachLine("gazetteer", path, func(line string) error {
		cols := strings.Split(line, "\t")
		if header == nil {
			header = cols
			return nil
		}
		clear(row)
		for i, c := range cols {
			if i < len(header) {
				row[header[i]] = c
			}
		}
		fn(row)
		return nil
	})
}
