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
// no allocation. Every parse is a single-rooted projective tree. Beam
// search with a globally trained model is an opt-in (see below).
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
// Beam search (Parser.SetBeam, TrainOptions.Beam, kg-train parse
// --beam) is an opt-in: more accurate, and slower by the width of the
// beam. Measured on EWT dev with models trained on train alone (jackknifed
// tags), dev tagged by the train-only tagger, the epoch with the best dev
// LAS kept (LAS / UAS):
//
//	greedy, 3 perceptrons (the embedded setup)        82.00 / 85.27
//	  the same, full model alone (no fast model)      82.07 / 85.32
//	  the same weights, beam 2, 4, 8, 16 (LAS)        76.61, 74.78, 74.36, 74.07
//	greedy, 1 perceptron, full model alone            81.66 / 85.00
//	global training, 1 perceptron, 12 epochs:
//	  beam 4                                          81.76 / 85.25
//	  beam 8                                          82.50 / 85.81
//	  beam 8, early update (a variant, not kept)      81.72 / 85.21
//	global training, beam 8, 3 perceptrons (17 ep.)   82.98 / 86.17
//	global training, beam 16, 1 perceptron (19 ep.)   83.11 / 86.41
//	  the same decoded with beam 8, 32 (LAS)          82.92, 83.30
//	global training, beam 16, 3 perceptrons (11 ep.)  83.13 / 86.51
//
// A locally trained perceptron's transition scores do not add up to a
// score of the sequence, so a beam over greedy weights finds
// higher-scoring and worse parses. Global training (Zhang and Nivre
// 2011) is what pays: the structured perceptron over the beam with
// max-violation updates (beamtrain.go) gives +0.9 to +1.1 LAS over the
// greedy parser, with beams of 8 and 16. It costs the speed: beam k
// scores k configurations per transition, and scoring is four fifths of
// the time, so on one core the parser runs at 33k tokens per CPU second
// with beam 8 and 18k with beam 16, against 211k greedily with the full
// model and 280k with the fast model (BenchmarkParseBeam, medians of 5).
// Training one perceptron takes about 25 s an epoch with beam 8 and 55 s
// with beam 16, against 8 s greedily. So the default model stays greedy,
// and a second embedded model, beam.gz (DefaultBeam), trained with a beam
// of 16 on train and dev for the 19 epochs chosen so on dev (one
// perceptron: three gain little here), serves whoever can spend 8 to 16
// times the parse time: kg extract, ingest and eval take --beam K.
// DefaultBeam's parser also narrows its beam where the model is sure
// (SetBeamMargin, DefaultBeamMargin): on dev, with the train-only beam-16
// model, LAS 83.08 in 0.67 s against 83.11 in 1.26 s with the full beam,
// so a beam of 16 costs what a full beam of 8 did (on test: UAS/LAS
// 86.87/83.96 against 86.98/84.05 full).
// A globally trained model decoded greedily is poor (LAS 79.0 for the
// beam 8 model), so the model file records the width it was trained with
// and Load sets it.
//
// The most accurate parse is a vote (Voter, DefaultVoter; kg's --vote).
// Parsers that read a sentence in the other direction, or search it
// differently, make other mistakes: a model trained on reversed sentences
// (TrainOptions.Reverse, kg-train parse --reverse; the model file records
// the direction and Parse reverses the sentence before and after) is much
// worse alone (EWT dev LAS 77.96 greedy, 80.67 with a beam of 16,
// against 82.08 and 83.10 left to right), but where it agrees with one of
// the left-to-right models against the other, it is mostly right. Every
// arc a member proposes scores the member's weight; Eisner's algorithm
// finds the single-rooted projective tree with the highest total
// (reparsing, Sagae and Lavie 2006), and each word's label is voted on
// the same way among the members that gave it its head. Measured on EWT
// dev with the four models trained on train alone, dev tagged by the
// train-only tagger (UAS / LAS):
//
//	beam 16 left to right alone                       86.32 / 83.10
//	+ greedy left to right + greedy right to left     86.93 / 83.64
//	+ beam 16 right to left (labels of the heaviest)  87.42 / 84.05
//	  the same, labels voted (DefaultVoter)           87.47 / 84.37
//
// DefaultVoter weighs the left-to-right beam model 1.5 and the others 1;
// other weights from 1.3 to 1.6 and 0.8 to 1.2 move the scores by at most
// 0.07. Its left-to-right beam model searches the full beam (pruned at
// DefaultBeamMargin, the vote loses 0.16 UAS), the right-to-left one is
// pruned there (the vote loses nothing, and that parse takes half the
// time). The vote costs the four parses, and Eisner's cubic search, which
// is nothing beside them for sentences of news length; a sentence longer
// than MaxVoteTokens keeps the left-to-right beam model's tree.
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
