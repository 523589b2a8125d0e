// Package parse is kg's dependency parser: it reads tagged sentences and
// sets each token's syntactic head and Universal Dependencies relation
// (nsubj, obj, obl, nmod:poss, ...), which the triple extractor reads
// subjects, objects, obliques, appositions and conjuncts from.
//
// The parser is transition-based: arc-hybrid transitions with labelled arcs
// and the root at the end of the buffer, scored by an averaged perceptron
// over hashed feature templates in the style of Zhang and Nivre (2011)
// (words and tags of the top of the stack and the front of the buffer,
// their leftmost and rightmost children and labels, valencies, distances
// and label sets). It is trained with the dynamic oracle of Goldberg and
// Nivre (2013), which also trains the model to recover from its own errors.
// Decoding is greedy: one pass, two transitions per token, no allocation.
// Every parse is a single-rooted projective tree.
//
// The embedded model (model.gz) is trained on UD English-EWT v2.16 by
// `go run ./cmd/kg-train parse` and distributed under CC BY-SA 4.0 like
// its training data. Default loads it once, on first use.
//
// The package owns parsing only: it neither tokenises nor tags. Tags come
// from package tag (or from a treebank) and must be set before Parse.
package parse
