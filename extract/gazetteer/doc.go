// Package gazetteer holds kg's embedded lists of named things: countries
// (with abbreviations, former names, demonyms and adjectives), cities,
// first-level regions, international organisations (with acronyms) and
// given names, plus kg's own short list of news organisations, companies,
// continents and areas (world regions, seas, deserts, mountain ranges).
// The entity recogniser uses it for features (areas and the companies of
// the second list, COMPANY, excepted: they are no Kinds, so adding one
// retrains nothing), and the extractor uses it to
// type names and give entities canonical names ("U.S." → United States,
// "UN" → United Nations, "Russian" → Russia).
//
// The data are built by `go run ./cmd/kg-train gazetteer` from the
// permissive files of ../shared/data/gazetteer only (GeoNames, CC BY 4.0;
// CIA World Factbook and US SSA baby names, public domain; Bruno Oberle's
// random-items given names, CC BY 3.0), never from its share-alike files.
// NOTICE.txt in this directory holds the credits they ask for.
//
// The package owns the data file, its format and all look-ups over it. It
// does no tagging and no scoring: callers decide what a match means in
// context. It imports nothing from kg.
package gazetteer
