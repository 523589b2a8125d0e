// Package lemma is kg's lemmatiser: it sets Token.Lemma from the token's
// text and Penn Treebank tag (Token.XPOS), writing lemmas the way UD
// English-EWT does (visited→visit, held→hold, better→good, was→be, 's→be
// as a verb and 's as a possessive; proper nouns keep their case, other
// words are lower-cased).
//
// The model is a dictionary of the (form, tag) pairs seen in EWT train,
// each mapped to the most frequent rewrite rule (case change, bytes cut
// from the end, ending appended), and of the irregular forms of WordNet
// 3.0's exception lists that EWT train does not show with their tag
// ("fled" flee, "beaten" beat, "upheld" uphold, "theses" thesis; a
// verb's listed form as its past, participle, -ing or -s form, a noun's
// as its plural), a short list of exact exceptions, and,
// for unseen words, rules learned per tag for word endings of up to seven
// letters: of the rules of its endings, longest first, the first that
// makes a known lemma of the tag's word class wins (a lemma of a common
// word in training, or a WordNet 3.0 lemma from the tagger's lexicon,
// extract/tag/lexicon.tsv.gz, with the parts of speech either gives it:
// "faded" is fade, not the noun "fad"), else the regular inflection of
// its tag undone that makes one ("mimicking" mimic, "recycled" recycle,
// "modelling" model, "noting" note), then the same for a known lemma of
// any class ("showcased" showcase, a noun only in WordNet), else the
// form itself if it is a known lemma ("series"), else the longest
// ending's rule. A known lemma found by cutting an ending has three
// letters at least, so that symbols ("dy", "ho") are never found. It is
// trained by `go run ./cmd/kg-train lemma`, gzipped and embedded
// (model.bin.gz), and Default loads it once.
//
// Lemmatize allocates at most one string per sentence, for the lemmas that
// are not substrings of their forms. The package depends on extract/nlp
// alone; it must not import the tagger (Evaluate takes a small Tagger
// interface instead).
package lemma
