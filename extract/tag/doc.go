// Package tag is kg's part-of-speech tagger: it sets the Universal POS tag
// (Token.UPOS) and the Penn Treebank tag (Token.XPOS) of every token of a
// sentence from the token texts alone.
//
// The model is a greedy averaged perceptron over joint UPOS+XPOS labels
// (102 pairs in EWT), with features of the word, its lower-cased form,
// prefixes and suffixes, shape and case flags, the words and suffixes
// around it, the two previous predicted tags, the ambiguity classes of the
// surrounding words (the labels each was seen with in training), the
// nearest auxiliary within four words on either side (have, be, a modal,
// to, do: "has never officially said" VBN, "guerrillas detonated" VBD;
// +0.07 UPOS and +0.06 XPOS on dev), gazetteer word classes (given name,
// city, country, demonym, region) so that unseen names come out as proper
// nouns, and lexicon classes from WordNet 3.0 (lexicon.go: the parts of
// speech of the word's lemma, the inflection that makes the form, whether
// WordNet writes it with a capital, its most used part of speech), alone,
// with the case flags, the previous tag, the suffix and the classes of the
// words around it, so that a word EWT never shows ("scarce", "plumbing",
// "enlightened") is tagged from what the language makes of it (+0.30 UPOS,
// +0.27 XPOS on dev, models trained on train alone; 290 → 249 errors on
// dev's 1,709 words unseen in train, 889 → 856 on the others). Frequent unambiguous words
// are tagged from a tag dictionary without scoring; other words seen at
// least 20 times in training (TrainOptions.CandMinCount) are scored and
// tagged only with the labels they were seen with, which costs nothing on
// dev and spares most of the scoring for 60% of the words left (the
// tagger runs about 15% faster). A small share of
// training sentences is added again in UPPER and Title Case so that
// headlines tag well.
//
// The embedded model tags in two passes. The first runs right to left
// (TrainOptions.Reverse); the second runs left to right and also sees the
// first pass's tags to the right (jackknifed over TrainOptions.Folds folds
// in training), but it re-tags only the words whose first-pass score
// margin is below TrainOptions.Recheck, a few percent of them, so that it
// costs little. Combining the two directions this way gave +0.35 dev UPOS
// over one left-to-right pass. With the zero TrainOptions (as other
// trainers use it to jackknife tags) Train builds a cheaper one-pass
// tagger.
//
// The embedded model is trained by `go run ./cmd/kg-train tag --with-dev`
// (UD English-EWT train and dev, with the settings chosen on dev from
// models trained on train alone; the permissive gazetteer files; the
// lexicon file lexicon.tsv.gz, which `go run ./cmd/kg-train lexicon`
// rebuilds from WordNet 3.0 as Debian's wordnet-base installs it, and
// which also gives the lemmas of WordNet's irregular forms, for the
// lemmatiser (ReadLexiconFile); a fixed
// seed: the same inputs give the same bytes). Averaged weights below DefaultMinWeight are dropped and the rest
// quantised to 16 bits, gzipped and embedded (model.bin.gz); Default loads
// them once.
//
// The hot path allocates nothing: feature values are hashed from the token
// bytes, looked up in an open-addressing table of 64-bit slots and scored
// against packed sparse weight rows; scratch space is pooled, so a Tagger
// is safe for concurrent use.
//
// Rules correct the tags afterwards, for callers that run them:
// RetagNameWords, right after tagging, makes proper nouns the function
// words inside names ("Truong My Lan", "Will Smith said"),
// Tagger.RetagUnknownNames the capitalised words before a proper noun
// that the lexicon lacks ("beat Anatoly Karpov", read as an adverb),
// Tagger.RetagVerbsBetweenNames, after the recogniser and before the
// parser (the recogniser learns from the tagger's own tags), verbs the
// tagger read as names or prepositions between two names ("France beat
// Poland 3-1"); after parsing, MainParticiple finds the past tense read as a participle that
// the parser hung on its subject ("Musk sued OpenAI"), which the caller
// retags and parses again, and RetagFinite reads the tree for the form
// of verbs that head clauses.
//
// This package only tags. It depends on extract/nlp alone and must not
// import the parser, NER or any later stage.
package tag
