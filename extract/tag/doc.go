// Package tag is kg's part-of-speech tagger: it sets the Universal POS tag
// (Token.UPOS) and the Penn Treebank tag (Token.XPOS) of every token of a
// sentence from the token texts alone.
//
// The model is a greedy left-to-right averaged perceptron over joint
// UPOS+XPOS labels, with word, affix, shape and context features, the two
// previous predicted tags, the ambiguity classes (the tags a word was seen
// with in training) of the surrounding words, and a tag dictionary that
// short-cuts frequent unambiguous words. It is trained on UD English-EWT by
// `go run ./cmd/kg-train tag`; the trained weights are quantised to 16 bits,
// gzipped and embedded (model.bin.gz), and Default loads them once.
//
// The hot path allocates nothing: feature values are hashed from the token
// bytes, looked up in an open-addressing table and scored against sparse
// weight rows; scratch space is pooled, so a Tagger is safe for concurrent
// use.
//
// This package only tags. It must not import the parser, NER or any stage
// downstream of it; it depends on extract/nlp alone.
package tag
