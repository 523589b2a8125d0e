package store

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

// This file is the whole key layout of the store. Every key starts with one
// prefix byte; ids are fixed-width big-endian so that prefix scans return
// them in numeric order. doc.go describes the layout in prose.

// Key prefixes.
const (
	pSchema    byte = 0x01 // pSchema → uint32 schema version
	pCounters  byte = 0x02 // pCounters → counters (next ids, totals)
	pArticle   byte = 'A'  // 'A' hash[32] → article record
	pArticleID byte = 'I'  // 'I' article id → hash[32]
	pArticleN  byte = 'J'  // 'J' artnum[8] → hash[32]
	pEntity    byte = 'E'  // 'E' eid[8] → entity record
	pName      byte = 'n'  // 'n' normalised canonical name → id list (entities created with that name)
	pAlias     byte = 'l'  // 'l' normalised alias → id list with alias flags
	pUserAlias byte = 'u'  // 'u' normalised alias → eid[8] (aliases added with AddAlias)
	pEntityArt byte = 'm'  // 'm' eid[8] artnum[8] → uvarint mentions in that article
	pRelName   byte = 'r'  // 'r' folded relation → rid[8]
	pRelID     byte = 'R'  // 'R' rid[8] → relation as first seen
	pMention   byte = 'T'  // 'T' s[8] r[8] o[8] artnum[8] ord[4] → mention record (spo provenance)
	pEdge      byte = 'g'  // 'g' s[8] r[8] o[8] → aggregated edge record (spo index)
	pPOS       byte = 'p'  // 'p' r[8] o[8] s[8] → empty (relation-first index)
	pOSP       byte = 'o'  // 'o' o[8] s[8] r[8] → empty (object-first index)
	pMergeLog  byte = 'X'  // 'X' seq[8] → merge log record
	pPending   byte = 'P'  // 'P' eid[8] → empty: mentions under eid still to relocate after a merge
)

// Alias flags stored as the value of pAlias keys.
const (
	aliasSurface   byte = 1 << iota // a surface form an article used for the entity
	aliasLastToken                  // the last token of a multi-token name
	aliasUser                       // added with AddAlias
)

const (
	idLen      = 8
	hashLen    = 32
	mentionLen = 1 + 3*idLen + idLen + 4
	edgeKeyLen = 1 + 3*idLen
)

var (
	keySchema   = []byte{pSchema}
	keyCounters = []byte{pCounters}
)

func putID(b []byte, id uint64) []byte { return binary.BigEndian.AppendUint64(b, id) }

func getID(b []byte) uint64 { return binary.BigEndian.Uint64(b) }

// hashBytes decodes a hex SHA-256 hash; any other string is kept as its own
// bytes so that callers with non-hex hashes still get a stable identity.
func hashBytes(h string) []byte {
	if len(h) == 2*hashLen {
		if b, err := hex.DecodeString(h); err == nil {
			return b
		}
	}
	return []byte(h)
}

func hashString(b []byte) string {
	if len(b) == hashLen {
		return hex.EncodeToString(b)
	}
	return string(b)
}

func articleKey(hash string) []byte {
	return append([]byte{pArticle}, hashBytes(hash)...)
}

func articleIDKey(id string) []byte { return append([]byte{pArticleID}, id...) }

func articleNumKey(n uint64) []byte { return putID([]byte{pArticleN}, n) }

func entityKey(id uint64) []byte { return putID([]byte{pEntity}, id) }

// Name and alias keys hold lists of ids as values, so that the writer finds
// candidates with a Get (which sees its own uncommitted batch) rather than a
// prefix scan.

func nameKey(norm string) []byte { return append([]byte{pName}, norm...) }

func aliasKey(norm string) []byte { return append([]byte{pAlias}, norm...) }

func userAliasKey(norm string) []byte { return append([]byte{pUserAlias}, norm...) }

func entityArtPrefix(id uint64) []byte { return putID([]byte{pEntityArt}, id) }

func entityArtKey(id, art uint64) []byte { return putID(entityArtPrefix(id), art) }

func relNameKey(folded string) []byte { return append([]byte{pRelName}, folded...) }

func relIDKey(id uint64) []byte { return putID([]byte{pRelID}, id) }

func mergeLogKey(seq uint64) []byte { return putID([]byte{pMergeLog}, seq) }

func pendingKey(id uint64) []byte { return putID([]byte{pPending}, id) }

// spo is a subject–relation–object triple of ids.
type spo struct{ S, R, O uint64 }

// mentionKey is the key of one triple mention: the ord-th triple of the
// article numbered art.
type mentionKey struct {
	spo
	Art uint64
	Ord uint32
}

func (k mentionKey) bytes() []byte {
	b := make([]byte, 0, mentionLen)
	b = append(b, pMention)
	b = putID(putID(putID(b, k.S), k.R), k.O)
	b = putID(b, k.Art)
	return binary.BigEndian.AppendUint32(b, k.Ord)
}

func parseMentionKey(b []byte) (mentionKey, error) {
	if len(b) != mentionLen || b[0] != pMention {
		return mentionKey{}, fmt.Errorf("bad mention key %x", b)
	}
	return mentionKey{
		spo: spo{getID(b[1:]), getID(b[9:]), getID(b[17:])},
		Art: getID(b[25:]),
		Ord: binary.BigEndian.Uint32(b[33:]),
	}, nil
}

// mentionPrefix returns the prefix of the mention keys of the ids given:
// s, then s+r, then s+r+o.
func mentionPrefix(ids ...uint64) []byte {
	b := []byte{pMention}
	for _, id := range ids {
		b = putID(b, id)
	}
	return b
}

func (t spo) edgeKey() []byte {
	b := make([]byte, 0, edgeKeyLen)
	return putID(putID(putID(append(b, pEdge), t.S), t.R), t.O)
}

func (t spo) posKey() []byte {
	b := make([]byte, 0, edgeKeyLen)
	return putID(putID(putID(append(b, pPOS), t.R), t.O), t.S)
}

func (t spo) ospKey() []byte {
	b := make([]byte, 0, edgeKeyLen)
	return putID(putID(putID(append(b, pOSP), t.O), t.S), t.R)
}

// parseIndexKey decodes an edge, pos or osp key back to its triple.
func parseIndexKey(b []byte) (spo, error) {
	if len(b) != edgeKeyLen {
		return spo{}, fmt.Errorf("bad index key %x", b)
	}
	a, c, d := getID(b[1:]), getID(b[9:]), getID(b[17:])
	switch b[0] {
	case pEdge:
		return spo{a, c, d}, nil
	case pPOS:
		return spo{S: d, R: a, O: c}, nil
	case pOSP:
		return spo{S: c, R: d, O: a}, nil
	}
	return spo{}, fmt.Errorf("bad index key prefix %q", b[0])
}

// indexPrefix returns a prefix of keys with prefix byte p followed by ids.
func indexPrefix(p byte, ids ...uint64) []byte {
	b := []byte{p}
	for _, id := range ids {
		b = putID(b, id)
	}
	return b
}
