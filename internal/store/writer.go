package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/kg-project/kg/extract"
)

// Batch limits of a Writer. A batch is one Badger transaction, which commits
// atomically; Badger refuses transactions above about 15% of its 64 MB
// memtable, so batches stay well below that.
const (
	DefaultFlushArticles = 512     // articles per batch
	DefaultFlushEntries  = 60_000  // keys written per batch (estimated generously)
	DefaultFlushBytes    = 6 << 20 // bytes of keys and values per batch
)

// Writer adds extraction results to the store in batches. It is the only
// path by which articles enter the store; a Store has at most one open
// Writer. A Writer is not safe for concurrent use: feed it from one
// goroutine.
//
// Each batch is one atomic transaction holding whole articles only, with
// every article's record written after its entities, mentions and edges, so
// a crash, a Ctrl-C or a Close of the store without Writer.Close loses at
// most the unflushed batch and never leaves part of an article.
type Writer struct {
	s   *Store
	ctx context.Context
	err error // sticky: the writer cannot go on

	txn       *badger.Txn
	c         counters // counters including the open batch
	committed counters // counters as last committed
	batch     []extract.Result
	entries   int
	bytes     int
	rels      map[string]uint64 // folded relation → id, including the batch

	// Read caches, valid while the Writer is the store's only mutator:
	// values of keys read or written (entity, alias, name and edge keys)
	// and decoded entity records. Dropped on rollback and when large.
	cache map[string]cached
	ents  map[uint64]*entityRec

	FlushArticles, FlushEntries, FlushBytes int // batch limits; zero means the default

	failAfterMentions func(id string) error // test hook: fail an article halfway
}

// NewWriter returns the store's writer. Only one Writer may be open at a
// time; a second one fails every Add with ErrWriterOpen.
func (s *Store) NewWriter(ctx context.Context) *Writer {
	w := &Writer{s: s, ctx: ctx, rels: map[string]uint64{}, cache: map[string]cached{}, ents: map[uint64]*entityRec{}}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.ro:
		w.err = fmt.Errorf("write to store %q: opened read-only", s.dir)
	case s.writerOpen:
		w.err = ErrWriterOpen
	default:
		s.writerOpen = true
		w.err = w.begin()
	}
	return w
}

func (w *Writer) begin() error {
	w.txn = w.s.db.NewTransaction(true)
	c, err := getCounters(w.txn)
	if err != nil {
		w.txn.Discard()
		w.txn = nil
		return fmt.Errorf("read store counters: %w", err)
	}
	w.c, w.committed = c, c
	w.batch, w.entries, w.bytes = w.batch[:0], 0, 0
	return nil
}

// maxCache bounds the writer's read caches (entries).
const maxCache = 1 << 20

type cached struct {
	val []byte
	ok  bool
}

func (w *Writer) dropCaches() {
	clear(w.rels)
	clear(w.cache)
	clear(w.ents)
}

// cget returns the value of key as the open batch sees it, through the cache.
func (w *Writer) cget(key []byte) ([]byte, bool, error) {
	if c, hit := w.cache[string(key)]; hit {
		return c.val, c.ok, nil
	}
	v, ok, err := get(w.txn, key)
	if err == nil {
		w.cache[string(key)] = cached{v, ok}
	}
	return v, ok, err
}

// cset writes key and keeps the value in the cache.
func (w *Writer) cset(key, val []byte) error {
	if err := w.txn.Set(key, val); err != nil {
		return err
	}
	w.cache[string(key)] = cached{val, true}
	return nil
}

func (w *Writer) limits() (arts, entries, bytes int) {
	arts, entries, bytes = w.FlushArticles, w.FlushEntries, w.FlushBytes
	if arts <= 0 {
		arts = DefaultFlushArticles
	}
	if entries <= 0 {
		entries = DefaultFlushEntries
	}
	if bytes <= 0 {
		bytes = DefaultFlushBytes
	}
	return
}

// estimate returns an upper bound of the keys and bytes that storing res
// writes.
func estimate(res *extract.Result) (entries, bytes int) {
	entries = 8 + 8*len(res.Triples)
	bytes = 512 + len(res.Article.Title) + len(res.Article.URL) + len(res.Article.Source)
	for k, v := range res.Article.Meta {
		bytes += len(k) + len(v) + 8
	}
	for i := range res.Entities {
		e := &res.Entities[i]
		entries += 6 + 2*len(e.Aliases)
		bytes += 256 + 4*len(e.Name)
		for _, a := range e.Aliases {
			bytes += 64 + 2*len(a)
		}
	}
	for i := range res.Triples {
		t := &res.Triples[i]
		bytes += 8*64 + len(t.Text) + 2*(len(t.Subject)+len(t.Object)+len(t.Relation)) + len(t.Date) + len(t.ReportedBy)
	}
	return entries * 2, bytes * 2 // Badger's per-entry overhead
}

// Add stores one extraction result. It reports false, nil when an article
// with the same Hash is already stored (or earlier in the batch). On error
// nothing of res is stored; earlier articles of the batch are kept.
func (w *Writer) Add(res extract.Result) (added bool, err error) {
	if w.err != nil {
		return false, w.err
	}
	if err := w.ctx.Err(); err != nil {
		return false, err
	}
	if res.Hash == "" {
		return false, fmt.Errorf("store article %q: empty hash", res.Article.ID)
	}
	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	if _, err := w.txn.Get(articleKey(res.Hash)); err == nil {
		return false, nil
	} else if !errors.Is(err, badger.ErrKeyNotFound) {
		return false, fmt.Errorf("store article %q: %w", res.Article.ID, err)
	}
	arts, maxEntries, maxBytes := w.limits()
	ne, nb := estimate(&res)
	if len(w.batch) > 0 && (w.entries+ne > maxEntries || w.bytes+nb > maxBytes) {
		if err := w.flush(); err != nil {
			return false, err
		}
	}
	if err := w.apply(&res); err != nil {
		// The transaction holds part of res: drop it and rebuild the batch.
		tooBig := errors.Is(err, badger.ErrTxnTooBig)
		if rerr := w.rollback(); rerr != nil {
			return false, rerr
		}
		if !tooBig || len(w.batch) == 0 {
			return false, fmt.Errorf("store article %q: %w", res.Article.ID, err)
		}
		if err := w.flush(); err != nil {
			return false, err
		}
		if err := w.apply(&res); err != nil {
			if rerr := w.rollback(); rerr != nil {
				return false, rerr
			}
			return false, fmt.Errorf("store article %q: %w", res.Article.ID, err)
		}
	}
	w.batch = append(w.batch, res)
	w.entries += ne
	w.bytes += nb
	if len(w.batch) >= arts {
		if err := w.flush(); err != nil {
			return true, err
		}
	}
	return true, nil
}

// rollback discards the open transaction and replays the batch's earlier
// articles into a new one.
func (w *Writer) rollback() error {
	batch := slices.Clone(w.batch)
	w.txn.Discard()
	w.dropCaches()
	if err := w.begin(); err != nil {
		w.err = err
		return err
	}
	for i := range batch {
		if err := w.apply(&batch[i]); err != nil {
			w.err = fmt.Errorf("replay batch after a failed article: %w", err)
			return w.err
		}
		w.batch = append(w.batch, batch[i])
		ne, nb := estimate(&batch[i])
		w.entries += ne
		w.bytes += nb
	}
	return nil
}

// Flush commits the open batch.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	return w.flush()
}

func (w *Writer) flush() error {
	if len(w.batch) == 0 {
		return nil
	}
	if err := w.txn.Commit(); err != nil {
		w.err = fmt.Errorf("commit %d articles: %w", len(w.batch), err)
		w.txn = nil
		return w.err
	}
	if len(w.cache)+len(w.ents) > maxCache {
		w.dropCaches()
	}
	if err := w.begin(); err != nil {
		w.err = err
		return err
	}
	return nil
}

// Close commits the open batch and releases the store's writer slot.
func (w *Writer) Close() error {
	if errors.Is(w.err, ErrWriterOpen) || errors.Is(w.err, ErrClosed) {
		return nil
	}
	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	var err error
	if w.err == nil {
		err = w.flush()
	} else {
		err = w.err
	}
	if w.txn != nil {
		w.txn.Discard()
		w.txn = nil
	}
	w.s.writerOpen = false
	w.err = ErrClosed
	return err
}

// articleRec is the stored form of an article.
type articleRec struct {
	ArticleInfo
	Num      uint64 `json:"num"`
	Entities int    `json:"entities"`
	Triples  int    `json:"triples"`
}

// ingest holds the state of one article being applied.
type ingest struct {
	w     *Writer
	art   uint64
	dirty map[uint64]bool   // entities whose records this article changes
	ids   map[string]uint64 // article canonical name → entity id
	norm  map[string]uint64 // normalised article name → entity id
	arts  map[uint64]int    // entity id → mentions in this article
}

func (w *Writer) set(key, val []byte) error { return w.txn.Set(key, val) }

// apply writes one article into the open transaction.
func (w *Writer) apply(res *extract.Result) error {
	in := &ingest{
		w:     w,
		art:   w.c.NextArticle,
		dirty: map[uint64]bool{},
		ids:   map[string]uint64{},
		norm:  map[string]uint64{},
		arts:  map[uint64]int{},
	}
	w.c.NextArticle++
	entityMentions := 0
	for i := range res.Entities {
		e := &res.Entities[i]
		id, err := in.entity(e.Name, e.Type, e.Subtype, e.Aliases, e.Mentions)
		if err != nil {
			return err
		}
		entityMentions += e.Mentions
		if id == 0 {
			continue
		}
		in.ids[e.Name] = id
		in.norm[normName(e.Name)] = id
		for _, a := range e.Aliases {
			if _, ok := in.norm[normName(a)]; !ok {
				in.norm[normName(a)] = id
			}
		}
	}

	type agg struct {
		edgeRec
		sents map[int]bool
	}
	edges := map[spo]*agg{}
	var order []spo
	stored := 0
	for i := range res.Triples {
		t := &res.Triples[i]
		rel := strings.TrimSpace(t.Relation)
		if rel == "" {
			continue
		}
		if t.Negated {
			rel = negatedRelation(rel)
		}
		s, err := in.arg(t.Subject, t.SubjectType)
		if err != nil {
			return err
		}
		o, err := in.arg(t.Object, t.ObjectType)
		if err != nil {
			return err
		}
		if s == 0 || o == 0 {
			continue
		}
		r, err := w.relation(rel)
		if err != nil {
			return err
		}
		m := mentionRec{
			Sentence: t.Sentence, Start: t.Start, End: t.End,
			Confidence: t.Confidence,
			OrigS:      s, OrigO: o,
			Date: t.Date, ReportedBy: t.ReportedBy,
			SubjectType: t.SubjectType, ObjectType: t.ObjectType,
			Text: t.Text,
		}
		if t.Negated {
			m.Flags |= flagNegated
		}
		if t.Hedged {
			m.Flags |= flagHedged
		}
		k := spo{in.root(s), r, in.root(o)}
		if err := w.set(mentionKey{spo: k, Art: in.art, Ord: uint32(i)}.bytes(), m.encode()); err != nil {
			return err
		}
		stored++
		a := edges[k]
		if a == nil {
			a = &agg{edgeRec: edgeRec{Articles: 1}, sents: map[int]bool{}}
			edges[k] = a
			order = append(order, k)
		}
		if !a.sents[t.Sentence] {
			a.sents[t.Sentence] = true
			a.Weight++
		}
		a.Mentions++
		if t.Hedged {
			a.Hedged++
		}
		a.MaxConf = max(a.MaxConf, t.Confidence)
		d := t.Date
		if d == "" {
			d = res.Article.Date
		}
		a.First, a.Last = minDate(a.First, d), maxDate(a.Last, d)
	}
	if w.failAfterMentions != nil {
		if err := w.failAfterMentions(res.Article.ID); err != nil {
			return err
		}
	}
	for _, k := range order {
		if err := w.addEdge(k, edges[k].edgeRec); err != nil {
			return err
		}
	}

	// Entity records and entity–article links.
	for id, n := range in.arts {
		if err := w.set(entityArtKey(id, in.art), binary.AppendUvarint(nil, uint64(n))); err != nil {
			return err
		}
	}
	for id := range in.dirty {
		if err := w.set(entityKey(id), w.ents[id].encode()); err != nil {
			return err
		}
	}

	// The article record comes last.
	a := res.Article
	rec := articleRec{
		ArticleInfo: ArticleInfo{
			ID: a.ID, Hash: res.Hash, Title: a.Title, URL: a.URL, Date: a.Date,
			Meta: a.Meta, Source: a.Source, Sentences: res.Sentences, Words: res.Words,
		},
		Num: in.art, Entities: len(res.Entities), Triples: stored,
	}
	val, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	w.c.Articles++
	w.c.Sentences += uint64(max(res.Sentences, 0))
	w.c.Words += uint64(max(res.Words, 0))
	w.c.Mentions += uint64(stored)
	w.c.EntityMentions += uint64(max(entityMentions, 0))
	hash := hashBytes(res.Hash)
	for _, kv := range [][2][]byte{
		{articleNumKey(in.art), hash},
		{articleIDKey(a.ID), hash},
		{keyCounters, w.c.encode()},
		{articleKey(res.Hash), val},
	} {
		if err := w.set(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// addEdge folds an article's aggregate of one triple into its edge record,
// creating the edge and its index keys when new.
func (w *Writer) addEdge(k spo, a edgeRec) error {
	v, ok, err := w.cget(k.edgeKey())
	if err != nil {
		return err
	}
	if ok {
		old, err := decodeEdge(v)
		if err != nil {
			return fmt.Errorf("decode edge: %w", err)
		}
		old.add(a)
		a = old
	} else {
		if err := w.set(k.posKey(), nil); err != nil {
			return err
		}
		if err := w.set(k.ospKey(), nil); err != nil {
			return err
		}
	}
	return w.cset(k.edgeKey(), a.encode())
}

// relation returns the id of a relation, creating it when new.
func (w *Writer) relation(rel string) (uint64, error) {
	f := foldRelation(rel)
	if id, ok := w.rels[f]; ok {
		return id, nil
	}
	v, ok, err := get(w.txn, relNameKey(f))
	if err != nil {
		return 0, err
	}
	var id uint64
	if ok && len(v) == idLen {
		id = getID(v)
	} else {
		id = w.c.NextRelation
		w.c.NextRelation++
		if err := w.set(relNameKey(f), putID(nil, id)); err != nil {
			return 0, err
		}
		if err := w.set(relIDKey(id), []byte(rel)); err != nil {
			return 0, err
		}
	}
	w.rels[f] = id
	return id, nil
}

// rec returns the entity record of id, read once per article.
func (in *ingest) rec(id uint64) (*entityRec, error) {
	if r, ok := in.w.ents[id]; ok {
		return r, nil
	}
	v, ok, err := get(in.w.txn, entityKey(id))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("entity %d: record missing", id)
	}
	r, err := decodeEntity(v)
	if err != nil {
		return nil, fmt.Errorf("decode entity %d: %w", id, err)
	}
	in.w.ents[id] = &r
	return &r, nil
}

// root follows merges from id to the entity that holds its triples.
func (in *ingest) root(id uint64) uint64 {
	for range 64 {
		r, err := in.rec(id)
		if err != nil || r.MergedInto == 0 {
			return id
		}
		id = r.MergedInto
	}
	return id
}

// arg returns the entity id of a triple argument: an entity of the article
// by canonical name or alias, else a global entity found or created.
func (in *ingest) arg(name, typ string) (uint64, error) {
	if id, ok := in.ids[name]; ok {
		return id, nil
	}
	if id, ok := in.norm[normName(name)]; ok {
		return id, nil
	}
	id, err := in.entity(name, typ, "", nil, 0)
	if err == nil && id != 0 {
		in.ids[name] = id
	}
	return id, err
}

// entity finds or creates the global entity for an article's entity and
// records the article's mentions, type vote and aliases on it.
func (in *ingest) entity(name, typ, subtype string, aliases []string, mentions int) (uint64, error) {
	name = strings.TrimSpace(name)
	norm := normName(name)
	if norm == "" {
		return 0, nil
	}
	id, err := in.find(norm, typ)
	if err != nil {
		return 0, err
	}
	var r *entityRec
	if id == 0 {
		id = in.w.c.NextEntity
		in.w.c.NextEntity++
		_, single := bareToken(norm)
		r = &entityRec{Name: name, MultiToken: !single && strings.Contains(norm, " ")}
		in.w.ents[id] = r
		if err := in.addList(nameKey(norm), id, 0); err != nil {
			return 0, err
		}
		if lt := lastToken(norm); lt != "" && r.MultiToken {
			if err := in.addList(aliasKey(lt), id, aliasLastToken); err != nil {
				return 0, err
			}
		}
	} else if r, err = in.rec(id); err != nil {
		return 0, err
	}
	in.dirty[id] = true
	if typ != "" {
		if r.Votes == nil {
			r.Votes = map[string]int{}
		}
		r.Votes[typ] += max(mentions, 1)
	}
	if r.Subtype == "" && subtype != "" {
		r.Subtype = subtype
	}
	r.Mentions += max(mentions, 0)
	in.arts[id] += max(mentions, 0)
	for _, a := range append([]string{name}, aliases...) {
		a = strings.TrimSpace(a)
		na := normName(a)
		if na == "" {
			continue
		}
		if i, found := slices.BinarySearch(r.Aliases, a); !found {
			r.Aliases = slices.Insert(r.Aliases, i, a)
		}
		if err := in.addList(aliasKey(na), id, aliasSurface); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// find applies the cross-article merge rules to a normalised name:
// a user alias wins; a bare single-token name joins the one multi-token
// entity that has it as last token or alias with an agreeing type; else the
// entity first created under the same normalised name (for single tokens,
// only with an agreeing type). It returns 0 when a new entity is needed.
func (in *ingest) find(norm, typ string) (uint64, error) {
	if v, ok, err := in.w.cget(userAliasKey(norm)); err != nil {
		return 0, err
	} else if ok && len(v) == idLen {
		return getID(v), nil
	}
	bare, single := bareToken(norm)
	if single {
		var cand uint64
		roots := map[uint64]bool{}
		for _, key := range [][]byte{aliasKey(bare), aliasKey(norm)} {
			l, err := in.list(key)
			if err != nil {
				return 0, err
			}
			for _, x := range l {
				root := in.root(x.ID)
				rr, err := in.rec(root)
				if err != nil {
					return 0, err
				}
				if !rr.MultiToken || !typesAgree(typ, rr.typ()) || roots[root] {
					continue
				}
				if x.Flags&(aliasSurface|aliasUser) == 0 && rr.typ() != "PERSON" {
					// a surname is a person's last token; a place's or
					// body's last word names another ("Syria" is not
					// "Northern Syria", "York" not "New York")
					continue
				}
				roots[root] = true
				cand = x.ID
			}
		}
		if len(roots) == 1 {
			return cand, nil
		}
	}
	l, err := in.list(nameKey(norm))
	if err != nil {
		return 0, err
	}
	for _, x := range l {
		if !single {
			return x.ID, nil
		}
		rr, err := in.rec(in.root(x.ID))
		if err != nil {
			return 0, err
		}
		if typesAgree(typ, rr.typ()) {
			return x.ID, nil
		}
	}
	return 0, nil
}

func (in *ingest) list(key []byte) ([]idFlag, error) {
	v, ok, err := in.w.cget(key)
	if err != nil || !ok {
		return nil, err
	}
	l, err := decodeIDList(v)
	if err != nil {
		return nil, fmt.Errorf("decode id list %q: %w", key, err)
	}
	return l, nil
}

func (in *ingest) addList(key []byte, id uint64, f byte) error {
	l, err := in.list(key)
	if err != nil {
		return err
	}
	l, changed := addIDFlag(l, id, f)
	if !changed {
		return nil
	}
	return in.w.cset(key, encodeIDList(l))
}
