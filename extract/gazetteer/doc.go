// Package gazetteer holds kg's embedded lists of named things: countries
// (with abbreviations, former names, demonyms and adjectives), cities,
// first-level regions, international organisations (with acronyms) and
// given names, plus kg's own short list of news organisations, companies,
// bodies (governments' agencies, central banks, regulators, sports'
// governing bodies, armed groups), continents and areas (world regions,
// seas, deserts, mountain ranges). The entity recogniser uses it for
// features (areas, companies and bodies excepted: AREA, COMPANY and BODY
// are no Kinds, so adding one retrains nothing), and the extractor uses
// it to type names and give entities canonical names ("U.S." → United
// States, "UN" → United Nations, "Russian" → Russia).
//
// The data are built by `go run ./cmd/kg-train gazetteer` from the
// permissive files of ../shared/data/gazetteer only (GeoNames, CC BY 4.0;
// CIA World Factbook and US SSA baby names, public domain; Bruno Oberle's
// random-items given names, CC BY 3.0), never from its share-alike files.
// NOTICE.txt in this directory holds the credits they ask for. The
// command writes the data file, data/gazetteer.tsv.gz (one entry a line,
// for people to read and diff), and its image, data/gazetteer.bin.gz: the
// loaded tables written out (WriteImage), which is what kg embeds, since
// it loads in a sixth of the time (BenchmarkLoad). Load reads either.
//
// The package owns the data file, the image, their formats and all
// look-ups over them. It does no tagging and no scoring: callers decide
// what a match means in context. Of kg it imports only internal/hashtab
// and internal/modelio.
package gazetteer
