package store

import (
	"encoding/binary"
	"errors"
	"math"
)

// Values are compact binary records: unsigned varints, length-prefixed
// strings and confidences in units of 1e-4. Each record starts with a version byte
// so that a later schema can extend it.

var errShortValue = errors.New("truncated value")

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) byte(v byte)   { e.b = append(e.b, v) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }

// conf stores a confidence in units of 1e-4, so 0.9 reads back as 0.9.
func (e *encoder) conf(v float64) {
	if !(v > 0) { // negative or NaN
		v = 0
	}
	e.uint(uint64(math.Round(min(v, 1e6) * 1e4)))
}
func (e *encoder) strs(s []string) {
	e.uint(uint64(len(s)))
	for _, x := range s {
		e.str(x)
	}
}

type decoder struct {
	b      []byte
	err    error
	intern map[string]string // when set, str returns shared copies of repeated strings
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errShortValue
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errShortValue
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) byte() byte {
	if d.err != nil || len(d.b) < 1 {
		d.err = errShortValue
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err != nil || uint64(len(d.b)) < n {
		d.err = errShortValue
		return ""
	}
	var s string
	if d.intern != nil {
		var ok bool
		if s, ok = d.intern[string(d.b[:n])]; !ok {
			s = string(d.b[:n])
			if len(d.intern) < 1<<16 {
				d.intern[s] = s
			}
		}
	} else {
		s = string(d.b[:n])
	}
	d.b = d.b[n:]
	return s
}

func (d *decoder) conf() float64 { return min(float64(d.uint())/1e4, 1e6) }

// count reads a slice length, refusing lengths the remaining bytes cannot hold.
func (d *decoder) count() int {
	n := d.uint()
	if d.err == nil && n > uint64(len(d.b)) {
		d.err = errShortValue
		return 0
	}
	return int(n)
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	s := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		s = append(s, d.str())
	}
	return s
}

// counters are the store-wide totals and id sequences kept under keyCounters.
type counters struct {
	NextEntity, NextRelation, NextArticle, NextMerge uint64

	Articles, Sentences, Words, Mentions, EntityMentions uint64
}

func (c *counters) encode() []byte {
	e := encoder{b: []byte{1}}
	for _, v := range []uint64{c.NextEntity, c.NextRelation, c.NextArticle, c.NextMerge,
		c.Articles, c.Sentences, c.Words, c.Mentions, c.EntityMentions} {
		e.uint(v)
	}
	return e.b
}

func decodeCounters(b []byte) (counters, error) {
	var c counters
	d := decoder{b: b}
	d.byte()
	for _, p := range []*uint64{&c.NextEntity, &c.NextRelation, &c.NextArticle, &c.NextMerge,
		&c.Articles, &c.Sentences, &c.Words, &c.Mentions, &c.EntityMentions} {
		*p = d.uint()
	}
	return c, d.err
}

// entityRec is the record of one global entity.
type entityRec struct {
	Name, Subtype string
	Votes         map[string]int // type → mentions voting for it
	Aliases       []string       // surface forms, sorted
	Mentions      int
	MergedInto    uint64   // 0 unless merged into another entity
	MergedFrom    []uint64 // entities merged into this one, in merge order
	MergeReasons  []string // parallel to MergedFrom
	MultiToken    bool     // the normalised name has more than one token
}

// typ returns the type with most votes, ties broken by name.
func (r *entityRec) typ() string {
	best, bn := "", -1
	for t, n := range r.Votes {
		if n > bn || (n == bn && t < best) {
			best, bn = t, n
		}
	}
	return best
}

func (r *entityRec) encode() []byte {
	e := encoder{b: make([]byte, 0, 64)}
	e.byte(1)
	e.str(r.Name)
	e.uint(r.MergedInto)
	e.str(r.Subtype)
	e.int(r.Mentions)
	if r.MultiToken {
		e.byte(1)
	} else {
		e.byte(0)
	}
	types := sortedKeys(r.Votes)
	e.uint(uint64(len(types)))
	for _, t := range types {
		e.str(t)
		e.int(r.Votes[t])
	}
	e.strs(r.Aliases)
	e.uint(uint64(len(r.MergedFrom)))
	for _, id := range r.MergedFrom {
		e.uint(id)
	}
	e.strs(r.MergeReasons)
	return e.b
}

// decodeEntityHead decodes only the name and MergedInto, for fast scans.
func decodeEntityHead(b []byte) (name string, mergedInto uint64, err error) {
	d := decoder{b: b}
	d.byte()
	name = d.str()
	mergedInto = d.uint()
	return name, mergedInto, d.err
}

func decodeEntity(b []byte) (entityRec, error) {
	var r entityRec
	d := decoder{b: b}
	d.byte()
	r.Name = d.str()
	r.MergedInto = d.uint()
	r.Subtype = d.str()
	r.Mentions = d.int()
	r.MultiToken = d.byte() == 1
	n := d.count()
	if n > 0 {
		r.Votes = make(map[string]int, n)
	}
	for i := 0; i < n && d.err == nil; i++ {
		t := d.str()
		r.Votes[t] = d.int()
	}
	r.Aliases = d.strs()
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		r.MergedFrom = append(r.MergedFrom, d.uint())
	}
	r.MergeReasons = d.strs()
	return r, d.err
}

// Mention flags.
const (
	flagNegated byte = 1 << iota
	flagHedged
)

// mentionRec is the provenance of one triple mention, keyed by mentionKey.
type mentionRec struct {
	Sentence, Start, End int
	Confidence           float64
	Flags                byte
	OrigS, OrigO         uint64 // entities the writer assigned, before merges
	Date, ReportedBy     string
	SubjectType          string // types as the article gave them
	ObjectType           string
	Text                 string // the sentence
}

func (m *mentionRec) encode() []byte {
	e := encoder{b: make([]byte, 0, 32)}
	e.byte(1)
	e.int(m.Sentence)
	e.int(m.Start)
	e.int(m.End)
	e.conf(m.Confidence)
	e.byte(m.Flags)
	e.uint(m.OrigS)
	e.uint(m.OrigO)
	e.str(m.Date)
	e.str(m.ReportedBy)
	e.str(m.SubjectType)
	e.str(m.ObjectType)
	e.str(m.Text)
	return e.b
}

func decodeMention(b []byte) (mentionRec, error) {
	var m mentionRec
	d := decoder{b: b}
	d.byte()
	m.Sentence = d.int()
	m.Start = d.int()
	m.End = d.int()
	m.Confidence = d.conf()
	m.Flags = d.byte()
	m.OrigS = d.uint()
	m.OrigO = d.uint()
	m.Date = d.str()
	m.ReportedBy = d.str()
	m.SubjectType = d.str()
	m.ObjectType = d.str()
	m.Text = d.str()
	return m, d.err
}

// edgeRec aggregates the mentions of one (subject, relation, object).
type edgeRec struct {
	Weight   int // distinct sentences
	Articles int // distinct articles
	Mentions int
	Hedged   int // hedged mentions
	MaxConf  float64
	First    string // earliest date, "" if none
	Last     string
}

func (r *edgeRec) encode() []byte {
	e := encoder{b: make([]byte, 0, 32)}
	e.byte(1)
	e.uint(uint64(r.Weight))
	e.uint(uint64(r.Articles))
	e.uint(uint64(r.Mentions))
	e.uint(uint64(r.Hedged))
	e.conf(r.MaxConf)
	e.str(r.First)
	e.str(r.Last)
	return e.b
}

func decodeEdge(b []byte) (edgeRec, error) { return decodeEdgeIntern(b, nil) }

// decodeEdgeIntern decodes an edge, sharing its date strings through intern.
func decodeEdgeIntern(b []byte, intern map[string]string) (edgeRec, error) {
	var r edgeRec
	d := decoder{b: b, intern: intern}
	d.byte()
	r.Weight = int(d.uint())
	r.Articles = int(d.uint())
	r.Mentions = int(d.uint())
	r.Hedged = int(d.uint())
	r.MaxConf = d.conf()
	r.First = d.str()
	r.Last = d.str()
	return r, d.err
}

// add folds another aggregate (of disjoint mentions) into r.
func (r *edgeRec) add(o edgeRec) {
	r.Weight += o.Weight
	r.Articles += o.Articles
	r.Mentions += o.Mentions
	r.Hedged += o.Hedged
	r.MaxConf = max(r.MaxConf, o.MaxConf)
	r.First = minDate(r.First, o.First)
	r.Last = maxDate(r.Last, o.Last)
}

func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}

// mergeLogRec records one Merge or Unmerge.
type mergeLogRec struct {
	Op          string // "merge" or "unmerge"
	Keep, Other uint64
	Reason      string
}

func (r *mergeLogRec) encode() []byte {
	e := encoder{b: []byte{1}}
	e.str(r.Op)
	e.uint(r.Keep)
	e.uint(r.Other)
	e.str(r.Reason)
	return e.b
}

func decodeMergeLog(b []byte) (mergeLogRec, error) {
	var r mergeLogRec
	d := decoder{b: b}
	d.byte()
	r.Op = d.str()
	r.Keep = d.uint()
	r.Other = d.uint()
	r.Reason = d.str()
	return r, d.err
}

// idFlag is one entry of a name or alias list.
type idFlag struct {
	ID    uint64
	Flags byte
}

func encodeIDList(l []idFlag) []byte {
	e := encoder{b: make([]byte, 0, 1+4*len(l))}
	e.byte(1)
	for _, x := range l {
		e.uint(x.ID)
		e.byte(x.Flags)
	}
	return e.b
}

func decodeIDList(b []byte) ([]idFlag, error) {
	d := decoder{b: b}
	d.byte()
	var l []idFlag
	for d.err == nil && len(d.b) > 0 {
		id := d.uint()
		f := d.byte()
		l = append(l, idFlag{id, f})
	}
	return l, d.err
}

// addIDFlag adds flags for id to the list and reports whether it changed.
func addIDFlag(l []idFlag, id uint64, f byte) ([]idFlag, bool) {
	for i := range l {
		if l[i].ID == id {
			if l[i].Flags&f == f {
				return l, false
			}
			l[i].Flags |= f
			return l, true
		}
	}
	return append(l, idFlag{id, f}), true
}
