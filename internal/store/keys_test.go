package store

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var mentionKeys = []mentionKey{
	{},
	{spo{1, 2, 3}, 4, 5},
	{spo{math.MaxUint64, math.MaxUint64, math.MaxUint64}, math.MaxUint64, math.MaxUint32},
	{spo{1 << 40, 7, 1 << 20}, 1 << 33, 1 << 16},
}

func TestMentionKeyRoundTrip(t *testing.T) {
	for _, k := range mentionKeys {
		b := k.bytes()
		if len(b) != mentionLen {
			t.Errorf("%+v: %d bytes, want %d", k, len(b), mentionLen)
		}
		got, err := parseMentionKey(b)
		if err != nil || got != k {
			t.Errorf("parse(%x) = %+v, %v; want %+v", b, got, err, k)
		}
		if !bytes.HasPrefix(b, mentionPrefix(k.S, k.R, k.O)) || !bytes.HasPrefix(b, mentionPrefix(k.S)) {
			t.Errorf("%+v: key %x lacks its prefixes", k, b)
		}
	}
}

func TestIndexKeyRoundTrip(t *testing.T) {
	for _, mk := range mentionKeys {
		k := mk.spo
		for _, b := range [][]byte{k.edgeKey(), k.posKey(), k.ospKey()} {
			got, err := parseIndexKey(b)
			if err != nil || got != k {
				t.Errorf("parse(%x) = %+v, %v; want %+v", b, got, err, k)
			}
		}
		if !bytes.HasPrefix(k.edgeKey(), indexPrefix(pEdge, k.S, k.R)) ||
			!bytes.HasPrefix(k.posKey(), indexPrefix(pPOS, k.R, k.O)) ||
			!bytes.HasPrefix(k.ospKey(), indexPrefix(pOSP, k.O, k.S)) {
			t.Errorf("%+v: index keys lack their prefixes", k)
		}
	}
}

// Keys of different kinds never share a prefix: every kind starts with its
// own byte, and ids sort numerically.
func TestKeyOrder(t *testing.T) {
	a, b := spo{1, 2, 3}.edgeKey(), spo{1, 256, 0}.edgeKey()
	if bytes.Compare(a, b) >= 0 {
		t.Errorf("edge keys out of numeric order: %x >= %x", a, b)
	}
	prefixes := []byte{pSchema, pCounters, pArticle, pArticleID, pArticleN, pEntity, pName, pAlias, pUserAlias,
		pEntityArt, pRelName, pRelID, pMention, pEdge, pPOS, pOSP, pMergeLog, pPending}
	seen := map[byte]bool{}
	for _, p := range prefixes {
		if seen[p] {
			t.Errorf("prefix %q used twice", p)
		}
		seen[p] = true
	}
	if k := entityArtKey(5, 9); getID(k[1:]) != 5 || getID(k[9:]) != 9 {
		t.Errorf("entityArtKey = %x", k)
	}
}

func TestHashBytes(t *testing.T) {
	for _, h := range []string{hashOf("x"), "not-a-hash", ""} {
		if got := hashString(hashBytes(h)); got != h {
			t.Errorf("hash round trip %q → %q", h, got)
		}
	}
	if len(hashBytes(hashOf("x"))) != hashLen {
		t.Error("hex hash not packed to 32 bytes")
	}
}

func TestValueRoundTrip(t *testing.T) {
	ents := []entityRec{
		{},
		{Name: "Khalifa Haftar", Subtype: "X", Votes: map[string]int{"PERSON": 3, "ORG": 1}, Aliases: []string{"Haftar", "Khalifa Haftar"},
			Mentions: 4, MergedInto: 9, MergedFrom: []uint64{3, 1 << 40}, MergeReasons: []string{"a", ""}, MultiToken: true},
	}
	for _, e := range ents {
		got, err := decodeEntity(e.encode())
		if err != nil || got.Name != e.Name || got.Subtype != e.Subtype || got.Mentions != e.Mentions || got.MergedInto != e.MergedInto ||
			got.MultiToken != e.MultiToken || !slices.Equal(got.Aliases, e.Aliases) || !slices.Equal(got.MergedFrom, e.MergedFrom) ||
			!slices.Equal(got.MergeReasons, e.MergeReasons) || got.typ() != e.typ() || len(got.Votes) != len(e.Votes) {
			t.Errorf("entity round trip %+v → %+v, %v", e, got, err)
		}
		n, into, err := decodeEntityHead(e.encode())
		if err != nil || n != e.Name || into != e.MergedInto {
			t.Errorf("entity head %q %d %v", n, into, err)
		}
	}
	ms := []mentionRec{{}, {Sentence: 12, Start: 1043, End: 1121, Confidence: 0.9, Flags: flagNegated | flagHedged, OrigS: 1, OrigO: 1 << 50,
		Date: "2019-11", ReportedBy: "Ahmed al-Mismari", SubjectType: "PERSON", ObjectType: "LOC"}, {Sentence: -1, Start: -1, End: -1}}
	for _, m := range ms {
		if got, err := decodeMention(m.encode()); err != nil || got != m {
			t.Errorf("mention round trip %+v → %+v, %v", m, got, err)
		}
	}
	es := []edgeRec{{}, {Weight: 3, Articles: 2, Mentions: 4, Hedged: 1, MaxConf: 0.8765, First: "2019-01-01", Last: "2020"}}
	for _, e := range es {
		if got, err := decodeEdge(e.encode()); err != nil || got != e {
			t.Errorf("edge round trip %+v → %+v, %v", e, got, err)
		}
	}
	c := counters{1, 2, 3, 4, 5, 6, 7, 8, 9}
	if got, err := decodeCounters(c.encode()); err != nil || got != c {
		t.Errorf("counters round trip %+v → %+v, %v", c, got, err)
	}
	l := []idFlag{{1, aliasSurface}, {1 << 60, aliasLastToken | aliasUser}}
	if got, err := decodeIDList(encodeIDList(l)); err != nil || !slices.Equal(got, l) {
		t.Errorf("id list round trip %v → %v, %v", l, got, err)
	}
	ml := mergeLogRec{"merge", 1, 2, "same person"}
	if got, err := decodeMergeLog(ml.encode()); err != nil || got != ml {
		t.Errorf("merge log round trip %+v → %+v, %v", ml, got, err)
	}
}

func TestConfidenceEncoding(t *testing.T) {
	for _, tc := range []struct{ in, want float64 }{{0.9, 0.9}, {0, 0}, {1, 1}, {-1, 0}, {math.NaN(), 0}, {0.12345, 0.1235}} {
		m := mentionRec{Confidence: tc.in}
		got, _ := decodeMention(m.encode())
		if got.Confidence != tc.want {
			t.Errorf("confidence %v → %v, want %v", tc.in, got.Confidence, tc.want)
		}
	}
}

var normTests = []struct{ in, want string }{
	{"Khalifa Haftar", "khalifa haftar"},
	{"  KHALIFA   HAFTAR ", "khalifa haftar"},
	{"Haftar's", "haftar"},
	{"Haftar’s", "haftar"},
	{"Ahmed al-Mismari", "ahmed al mismari"},
	{"Ahmed Al–Mismari", "ahmed al mismari"},
	{"U.S.", "us"},
	{"the United Nations", "united nations"},
	{"The Hague", "hague"},
	{"Erdoğan", "erdogan"},
	{"Erdog\u0306an", "erdogan"},
	{"São Paulo", "sao paulo"},
	{"O'Brien", "o'brien"},
	{"AT&T", "at&t"},
	{"Москва", "москва"},
	{"", ""},
	{"'s", ""},
	{"a\x00b", "a b"},
}

func TestNormName(t *testing.T) {
	for _, tc := range normTests {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBareAndLastToken(t *testing.T) {
	for _, tc := range []struct {
		norm, bare string
		single     bool
		last       string
	}{
		{"haftar", "haftar", true, ""},
		{"al mismari", "mismari", true, "mismari"},
		{"khalifa haftar", "", false, "haftar"},
		{"ahmed al mismari", "", false, "mismari"},
	} {
		b, s := bareToken(tc.norm)
		if b != tc.bare || s != tc.single || lastToken(tc.norm) != tc.last {
			t.Errorf("%q: bare %q %v last %q", tc.norm, b, s, lastToken(tc.norm))
		}
	}
}

func FuzzNormName(f *testing.F) {
	for _, tc := range normTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normName(s)
		if strings.ContainsRune(n, 0) || !utf8.ValidString(n) {
			t.Fatalf("normName(%q) = %q", s, n)
		}
		if n2 := normName(n); n2 != n {
			t.Fatalf("normName not idempotent: %q → %q → %q", s, n, n2)
		}
		if strings.TrimSpace(n) != n || strings.Contains(n, "  ") {
			t.Fatalf("normName(%q) = %q has stray spaces", s, n)
		}
	})
}

func FuzzParseKeys(f *testing.F) {
	for _, k := range mentionKeys {
		f.Add(k.bytes())
		f.Add(k.edgeKey())
		f.Add(k.posKey())
		f.Add(k.ospKey())
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if k, err := parseMentionKey(b); err == nil && !bytes.Equal(k.bytes(), b) {
			t.Fatalf("mention key %x → %+v → %x", b, k, k.bytes())
		}
		if k, err := parseIndexKey(b); err == nil {
			var back []byte
			switch b[0] {
			case pEdge:
				back = k.edgeKey()
			case pPOS:
				back = k.posKey()
			case pOSP:
				back = k.ospKey()
			}
			if !bytes.Equal(back, b) {
				t.Fatalf("index key %x → %+v → %x", b, k, back)
			}
		}
	})
}

// FuzzDecodeValues feeds arbitrary bytes to every value decoder: they may
// fail but never panic, and what decodes re-encodes to a value that decodes
// the same.
func FuzzDecodeValues(f *testing.F) {
	f.Add((&entityRec{Name: "x", Votes: map[string]int{"LOC": 1}, Aliases: []string{"x"}, MergedFrom: []uint64{2}}).encode())
	f.Add((&mentionRec{Sentence: 3, Confidence: 0.5, Date: "2020"}).encode())
	f.Add((&edgeRec{Weight: 2, First: "a"}).encode())
	f.Add(encodeIDList([]idFlag{{3, 1}}))
	f.Add([]byte{1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, b []byte) {
		if e, err := decodeEntity(b); err == nil {
			if e2, err := decodeEntity(e.encode()); err != nil || e2.Name != e.Name || e2.Mentions != e.Mentions || !slices.Equal(e2.Aliases, e.Aliases) {
				t.Fatalf("entity %+v → %+v, %v", e, e2, err)
			}
		}
		if m, err := decodeMention(b); err == nil && !math.IsNaN(m.Confidence) {
			if m2, err := decodeMention(m.encode()); err != nil || m2 != m {
				t.Fatalf("mention %+v → %+v, %v", m, m2, err)
			}
		}
		if e, err := decodeEdge(b); err == nil {
			if e2, err := decodeEdge(e.encode()); err != nil || e2 != e {
				t.Fatalf("edge %+v → %+v, %v", e, e2, err)
			}
		}
		if l, err := decodeIDList(b); err == nil {
			if l2, err := decodeIDList(encodeIDList(l)); err != nil || !slices.Equal(l, l2) {
				t.Fatalf("id list %v → %v, %v", l, l2, err)
			}
		}
		decodeCounters(b)
		decodeMergeLog(b)
		decodeEntityHead(b)
	})
}
