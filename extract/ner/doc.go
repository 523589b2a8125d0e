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
// Tried and not kept, measured with models trained on UNER train alone
// (jackknifed trees written once, --train-trees) against dev, whose F1
// moves from one --seed to the next (0.7632, 0.7670, 0.7617 and 0.7620
// for seeds 1 to 4 with the model as it is):
//
//   - WordNet 3.0 noun classes (Debian's wordnet-base, as the tagger's
//     lexicon): the lexicographer files of proper names (person, group,
//     location, object, artifact, communication) over the longest
//     capitalised WordNet phrase, and of common nouns for the last word
//     of a capitalised run. Dev 0.7717, 0.7747, 0.7579 and 0.7581 (mean
//     0.7656 against 0.7635); held-out news stories 0.902 against 0.901
//     (seed 1). The
//     gazetteer already holds most of the names WordNet knows. With the
//     common nouns' classes for every word as well, 0.7608 (seed 1).
//   - BILOU tags (a name's last word and one-word names scored apart):
//     0.7587 and 0.7478 (seeds 1, 2) against 0.7632 and 0.7670; the
//     weights spread over 13 classes instead of 7.
//   - Training on UNER alone (--stories ""): 0.7578 and 0.7539; kg's news
//     stories help on web text too.
//   - Two name-swapped copies of the training documents instead of one
//     (--augment 2) 0.7585, sixteen epochs instead of twelve 0.7612
//     (seed 1, against 0.7632).
//
// The package owns the model, its features, training and evaluation. It
// does not tokenise or tag: callers run extract/tokenize and extract/tag
// first. It imports only extract/nlp, extract/conllu, extract/gazetteer
// and internal/hashtab (for its hash finaliser).
package ner
