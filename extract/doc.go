// Package extract turns article text into entities and subject–relation–object
// triples. It owns the stages up to the store: page cleaning, sentence
// splitting and tokenising, tagging, lemmatising, parsing, entity recognition,
// coreference and triple building, each in a subpackage behind a small
// interface so that a stage can be replaced without touching the others.
//
// extract must not import the store, graph or export packages: data flows one
// way, text → extract → store → graph → export.
package extract
