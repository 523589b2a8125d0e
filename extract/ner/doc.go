// Package ner is kg's named-entity recogniser: it marks people (PER),
// organisations (ORG) and places (LOC) in tokenised, POS-tagged sentences
// with IOB2 tags in nlp.Token.Entity.
//
// The model is an averaged structured perceptron over first-order label
// sequences (Viterbi decoding under IOB2 constraints), with features from
// the word, its shape, affixes and POS tags, a ±2 window, and the
// embedded gazetteer (countries, cities, regions, organisations,
// demonyms, given names, including multi-word matches, and a
// case-insensitive index of country, region and city names ranked by
// population, for web text's "florida" or "san francisco"). A second pass
// adds document-level features (what the first pass made of the other
// mentions of a word, acronyms of multi-word names, whether the word is
// also written in lower case) so that a name is typed the same way
// throughout an article; final rules give a bare surname the type of
// the full person name it shortens, split a place entity made of whole
// place names ("Miramar California") into one per name, and end a name
// at a dash set off by spaces or at the "v" between two sides ("Xavier
// Malisse - winner", "Everton v Manchester United"). Plain
// tokens, lower-case words the gazetteer does not know and that stand
// away from capitalised words, are labelled O without scoring (about
// half of news text).
//
// It is trained by `go run ./cmd/kg-train ner --with-dev` on UNER
// English-EWT (train, 2022-12 pre-release, and the released dev file; the
// settings were chosen on dev with models trained on train alone) joined
// to the UD English-EWT trees, with POS tags from extract/tag jackknifed
// over the training trees (so the model sees tags as noisy as at run
// time), and on the news stories kg's tests keep with a list of the
// people, organisations and places in each (extract/pipeline/testdata/world,
// kg's own text; those named in its heldout.txt, and in its untrained.txt
// when there is one, are left out): Project
// turns a list into IOB2 tags on the story's analysed tokens. Then come
// two kinds of generated copies: the
// training documents with every name swapped for another of its type
// (from the gazetteer and the other mentions), and a few sentences in
// headline case. Each pass averages the weights of five perceptrons
// trained on different shuffles. The weights, derived from CC BY-SA 4.0
// data, are embedded as model.bin.gz (16-bit weights, gzip).
//
// The package owns the model, its features, training and evaluation. It
// does not tokenise or tag: callers run extract/tokenize and extract/tag
// first. It imports only extract/nlp, extract/conllu, extract/gazetteer
// and internal/hashtab (for its hash finaliser).
package ner
