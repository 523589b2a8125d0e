// Package nlp holds the types that every stage of kg's language analysis
// shares: a document is split into sentences of tokens, and each later stage
// (tagger, lemmatiser, parser, entity recogniser) fills in its own fields of
// the same Token values.
//
// This package is a leaf: it imports nothing from kg, so the tokenizer,
// tagger, parser, NER, the CoNLL-U reader and the triple extractor can all
// share it without import cycles. It holds no models and no logic beyond
// small helpers over these types.
package nlp
