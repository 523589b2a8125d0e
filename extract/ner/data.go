package ner

import (
	"fmt"

	"github.com/kg-project/kg/extract/conllu"
	"github.com/kg-project/kg/extract/nlp"
)

// ReadCorpus reads a UNER IOB2 file (gold Token.Entity) and, if
// conlluPath is not "", copies UPOS, XPOS and Lemma from the CoNLL-U
// trees with the same sent_id and the same tokens. It returns every
// sentence of the IOB2 file and how many received tags.
func ReadCorpus(iobPath, conlluPath string) (sents []nlp.Sentence, tagged int, err error) {
	sents, err = conllu.ReadIOBFile(iobPath)
	if err != nil {
		return nil, 0, fmt.Errorf("read ner corpus: %w", err)
	}
	if conlluPath == "" {
		return sents, 0, nil
	}
	trees, err := conllu.ReadFile(conlluPath)
	if err != nil {
		return nil, 0, fmt.Errorf("read ner corpus trees: %w", err)
	}
	return sents, JoinTags(sents, trees), nil
}

// JoinTags copies UPOS, XPOS and Lemma from trees into the sentences of
// sents with the same ID and the same tokens, and returns how many
// sentences received tags.
func JoinTags(sents, trees []nlp.Sentence) (tagged int) {
	byID := make(map[string]*nlp.Sentence, len(trees))
	for i := range trees {
		byID[trees[i].ID] = &trees[i]
	}
	for i := range sents {
		t := byID[sents[i].ID]
		if t == nil || len(t.Tokens) != len(sents[i].Tokens) {
			continue
		}
		same := true
		for j := range t.Tokens {
			if t.Tokens[j].Text != sents[i].Tokens[j].Text {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		for j := range t.Tokens {
			tok := &sents[i].Tokens[j]
			tok.UPOS, tok.XPOS, tok.Lemma = t.Tokens[j].UPOS, t.Tokens[j].XPOS, t.Tokens[j].Lemma
			tok.SpaceAfter = t.Tokens[j].SpaceAfter
		}
		sents[i].Text = t.Text
		tagged++
	}
	return tagged
}
