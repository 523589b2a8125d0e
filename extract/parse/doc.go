// Package parse is kg's dependency parser: it reads tagged sentences and
// sets each token's syntactic head and Universal Dependencies relation
// (nsubj, obj, obl, nmod:poss, ...), which the triple extractor reads
// subjects, objects, obliques, appositions and conjuncts from.
//
// The parser is transition-based: arc-hybrid transitions with labelled arcs
// and the root at the end of the buffer, scored by an averaged perceptron
// over 88 hashed feature templates in the style of Zhang and Nivre (2011):
// words, tags and coarse tags of the top three stack tokens and the first
// three buffer tokens, their leftmost and rightmost children and labels,
// valencies, distances and label sets. Words seen fewer than three times in
// training are replaced by their shape. An arc between two coarse tags
// in a given direction may only take a label training saw for them (about
// 8 of the 50 labels on average), which helps accuracy a little. Training
// uses the dynamic oracle of Goldberg and Nivre (2013), which also teaches
// the model to recover from its own errors; non-projective training trees
// are projectivised by lifting; the epoch with the best LAS on the
// development set is kept. Decoding is greedy: two transitions per token,
// no allocation. Every parse is a single-rooted projective tree.
//
// Each configuration looks up 88 features in a table of several megabytes
// (about 40 of them new to the cache) and adds a few hundred weights.
// Thirty templates of the original set whose removal did not cost dev
// accuracy (mostly pairs of words, which make the table large) have been
// dropped; this and scoring only the classes the label candidates allow
// make parsing about 1.5 times as fast. The table is laid out at load time
// so that a lookup reads one or two cache lines holding both keys and
// weights (see weights); with that, parsing a sentence a second time, all
// in cache, still costs four fifths of the first: the parser is now bound
// by instructions more than by memory.
//
// A fast model decides most configurations: a second perceptron, trained
// alongside on the same configurations but reading only the first 33
// features (unigrams, tag pairs and triples, distance, valency, the labels
// of the nearest children, coarse tags), whose choice stands when its best
// legal class leads the second by TrainOptions.FastMargin; the full model
// decides the rest. The margin was chosen on dev: the fast model takes
// about 64% of the decisions for -0.07 LAS against the full model alone
// (DefaultFastMargin); the whole analysis of BBC news runs about 4%
// faster than at the earlier margin 40, which took 58% for -0.04. See
// Parser.fast and TestFastModel.
//
// Three perceptrons trained in step on differently shuffled data are
// averaged into the model (TrainOptions.Ensemble): +0.15 LAS on dev over
// one, with as many features after pruning, so parsing is no slower.
//
// The embedded model (model.gz) is trained on UD English-EWT v2.16 train
// and dev with jackknifed tagger output as tags, for the 12 epochs chosen
// on dev with models trained on train alone, by `go run ./cmd/kg-train
// parse --with-dev`, and is distributed under CC BY-SA 4.0 like its
// training data. Weights are averaged, pruned (|w| < 1.5 dropped) and quantised to 16 bits; features
// that fire with many classes are expanded at load time into dense rows
// that are added two classes per 64-bit operation. Default decodes the
// model once, on first use.
//
// The package owns parsing only: it neither tokenises nor tags. Tags come
// from package tag (or from a treebank) and must be set before Parse.
package parse
