// Package conllu reads and writes the treebank formats kg trains and is
// evaluated on: CoNLL-U (Universal Dependencies) and the two-, three- or
// four-column IOB/IOB2 layouts used by NER corpora (UNER, CoNLL-2003).
//
// Readers return sentences as nlp.Sentence values with gold annotations in
// the token fields. They never panic on bad input: a malformed line is an
// error naming the file and line.
package conllu
