package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/kg-project/kg/extract"
)

// ArticleInfo describes a stored article.
type ArticleInfo struct {
	ID        string            `json:"id"`
	Hash      string            `json:"hash"`
	Title     string            `json:"title,omitempty"`
	URL       string            `json:"url,omitempty"`
	Date      string            `json:"date,omitempty"`
	Meta      map[string]string `json:"meta,omitempty"`
	Source    string            `json:"source,omitempty"`
	Sentences int               `json:"sentences"`
	Words     int               `json:"words"`
}

// Pattern selects facts. Empty fields match anything; names match canonical
// names and aliases without regard to case, relations without regard to case.
type Pattern struct {
	Subject, Relation, Object string
	Entity                    string  // subject or object
	MinConfidence             float64 // facts whose best mention is below this are skipped
	Limit                     int     // at most this many facts; 0 means no limit
}

// Fact is one aggregated subject–relation–object fact. A negated mention is
// stored under the relation "not R".
type Fact struct {
	Subject, SubjectType string
	Relation             string
	Object, ObjectType   string
	Weight               int     // distinct supporting sentences
	Articles             int     // distinct supporting articles
	Mentions             int     // triple mentions
	Confidence           float64 // highest mention confidence
	First, Last          string  // earliest and latest date, "" if none
}

// EdgeInfo is one aggregated edge of the entity graph.
type EdgeInfo struct {
	Subject, Relation, Object string
	Weight                    int // distinct supporting sentences
	Articles                  int // distinct supporting articles
	Mentions                  int
	First, Last               string
	MaxConfidence             float64
}

// reader resolves ids to names within one read transaction.
type reader struct {
	ctx  context.Context
	txn  *badger.Txn
	recs map[uint64]*entityRec
	rels map[uint64]string
	arts map[uint64]*articleRec
}

func newReader(ctx context.Context, txn *badger.Txn) *reader {
	return &reader{ctx: ctx, txn: txn, recs: map[uint64]*entityRec{},
		rels: map[uint64]string{}, arts: map[uint64]*articleRec{}}
}

func (r *reader) rec(id uint64) (*entityRec, error) {
	if e, ok := r.recs[id]; ok {
		return e, nil
	}
	v, ok, err := get(r.txn, entityKey(id))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("entity %d: record missing", id)
	}
	e, err := decodeEntity(v)
	if err != nil {
		return nil, fmt.Errorf("decode entity %d: %w", id, err)
	}
	r.recs[id] = &e
	return &e, nil
}

func (r *reader) root(id uint64) (uint64, error) {
	for range 64 {
		e, err := r.rec(id)
		if err != nil {
			return 0, err
		}
		if e.MergedInto == 0 {
			return id, nil
		}
		id = e.MergedInto
	}
	return 0, fmt.Errorf("entity %d: merge chain too long", id)
}

func (r *reader) relName(id uint64) (string, error) {
	if s, ok := r.rels[id]; ok {
		return s, nil
	}
	v, ok, err := get(r.txn, relIDKey(id))
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf("relation %d: record missing", id)
	}
	r.rels[id] = string(v)
	return string(v), nil
}

func (r *reader) relID(rel string) (uint64, bool, error) {
	v, ok, err := get(r.txn, relNameKey(foldRelation(rel)))
	if err != nil || !ok || len(v) != idLen {
		return 0, false, err
	}
	return getID(v), true, nil
}

func (r *reader) article(num uint64) (*articleRec, error) {
	if a, ok := r.arts[num]; ok {
		return a, nil
	}
	h, ok, err := get(r.txn, articleNumKey(num))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("article %d: record missing", num)
	}
	v, ok, err := get(r.txn, append([]byte{pArticle}, h...))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("article %d: record missing", num)
	}
	var a articleRec
	if err := json.Unmarshal(v, &a); err != nil {
		return nil, fmt.Errorf("decode article %d: %w", num, err)
	}
	r.arts[num] = &a
	return &a, nil
}

func (r *reader) list(key []byte) ([]idFlag, error) {
	v, ok, err := get(r.txn, key)
	if err != nil || !ok {
		return nil, err
	}
	return decodeIDList(v)
}

// matches returns the root entities whose canonical name or alias
// normalises like name, in id order.
func (r *reader) matches(name string) ([]uint64, error) {
	norm := normName(name)
	if norm == "" {
		return nil, nil
	}
	var ids []uint64
	if v, ok, err := get(r.txn, userAliasKey(norm)); err != nil {
		return nil, err
	} else if ok && len(v) == idLen {
		ids = append(ids, getID(v))
	}
	for _, key := range [][]byte{nameKey(norm), aliasKey(norm)} {
		l, err := r.list(key)
		if err != nil {
			return nil, err
		}
		for _, x := range l {
			if key[0] == pAlias && x.Flags&(aliasSurface|aliasUser) == 0 {
				continue
			}
			ids = append(ids, x.ID)
		}
	}
	return r.roots(ids)
}

// exact returns the root entities whose canonical name normalises like
// name, falling back to matches when there is none.
func (r *reader) exact(name string) ([]uint64, error) {
	norm := normName(name)
	l, err := r.list(nameKey(norm))
	if err != nil {
		return nil, err
	}
	var ids []uint64
	for _, x := range l {
		ids = append(ids, x.ID)
	}
	roots, err := r.roots(ids)
	if err != nil {
		return nil, err
	}
	out := roots[:0]
	for _, id := range roots {
		e, err := r.rec(id)
		if err != nil {
			return nil, err
		}
		if normName(e.Name) == norm {
			out = append(out, id)
		}
	}
	if len(out) > 0 {
		return out, nil
	}
	return r.matches(name)
}

// roots maps ids to their distinct roots, sorted.
func (r *reader) roots(ids []uint64) ([]uint64, error) {
	out := make([]uint64, 0, len(ids))
	for _, id := range ids {
		root, err := r.root(id)
		if err != nil {
			return nil, err
		}
		out = append(out, root)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// resolve returns the one root entity a name denotes: a user alias, else a
// canonical name, else an unambiguous alias, else an unambiguous last token.
func (r *reader) resolve(name string) (uint64, error) {
	norm := normName(name)
	if norm == "" {
		return 0, fmt.Errorf("entity %q %w", name, ErrNotFound)
	}
	if v, ok, err := get(r.txn, userAliasKey(norm)); err != nil {
		return 0, err
	} else if ok && len(v) == idLen {
		return r.root(getID(v))
	}
	l, err := r.list(nameKey(norm))
	if err != nil {
		return 0, err
	}
	var ids []uint64
	for _, x := range l {
		ids = append(ids, x.ID)
	}
	if roots, err := r.roots(ids); err != nil {
		return 0, err
	} else if len(roots) > 0 {
		// Several entities share a normalised single-token name only when
		// their types differ: take the most mentioned.
		best, bn := roots[0], -1
		for _, id := range roots {
			e, err := r.rec(id)
			if err != nil {
				return 0, err
			}
			if e.Mentions > bn {
				best, bn = id, e.Mentions
			}
		}
		return best, nil
	}
	al, err := r.list(aliasKey(norm))
	if err != nil {
		return 0, err
	}
	for _, flags := range []byte{aliasSurface | aliasUser, aliasLastToken} {
		ids = ids[:0]
		for _, x := range al {
			if x.Flags&flags != 0 {
				ids = append(ids, x.ID)
			}
		}
		roots, err := r.roots(ids)
		if err != nil {
			return 0, err
		}
		switch {
		case len(roots) == 1:
			return roots[0], nil
		case len(roots) > 1:
			ae := &AmbiguousError{Name: name}
			for _, id := range roots {
				e, err := r.rec(id)
				if err != nil {
					return 0, err
				}
				ae.Candidates = append(ae.Candidates, e.Name)
			}
			slices.Sort(ae.Candidates)
			return 0, ae
		}
	}
	return 0, fmt.Errorf("entity %q %w", name, ErrNotFound)
}

func (r *reader) fact(k spo, e edgeRec) (Fact, error) {
	s, err := r.rec(k.S)
	if err != nil {
		return Fact{}, err
	}
	o, err := r.rec(k.O)
	if err != nil {
		return Fact{}, err
	}
	rel, err := r.relName(k.R)
	if err != nil {
		return Fact{}, err
	}
	return Fact{
		Subject: s.Name, SubjectType: s.typ(), Relation: rel, Object: o.Name, ObjectType: o.typ(),
		Weight: e.Weight, Articles: e.Articles, Mentions: e.Mentions, Confidence: e.MaxConf,
		First: e.First, Last: e.Last,
	}, nil
}

// Query calls fn for every fact matching p. Bound fields are answered from
// the subject-, relation- and object-first indexes; only a pattern with no
// field bound scans every edge.
func (s *Store) Query(ctx context.Context, p Pattern, fn func(Fact) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		var subj, obj, rels []uint64
		var err error
		bind := func(name string, dst *[]uint64) (bool, error) {
			if strings.TrimSpace(name) == "" {
				return false, nil
			}
			*dst, err = r.matches(name)
			return true, err
		}
		sb, err := bind(p.Subject, &subj)
		if err != nil {
			return err
		}
		ob, err := bind(p.Object, &obj)
		if err != nil {
			return err
		}
		rb := strings.TrimSpace(p.Relation) != ""
		if rb {
			id, ok, err := r.relID(p.Relation)
			if err != nil {
				return err
			}
			if ok {
				rels = []uint64{id}
			}
		}
		var ents []uint64
		eb, err := bind(p.Entity, &ents)
		if err != nil {
			return err
		}
		if (sb && len(subj) == 0) || (ob && len(obj) == 0) || (rb && len(rels) == 0) || (eb && len(ents) == 0) {
			return nil
		}
		n := 0
		emit := func(k spo, e edgeRec) error {
			if e.MaxConf < p.MinConfidence {
				return nil
			}
			f, err := r.fact(k, e)
			if err != nil {
				return err
			}
			if err := fn(f); err != nil {
				return err
			}
			if n++; p.Limit > 0 && n >= p.Limit {
				return errStop
			}
			return nil
		}
		if !eb {
			return r.match(subj, rels, obj, sb, rb, ob, emit)
		}
		// Entity: facts with it as subject, then as object (self-loops once).
		if err := r.match(intersect(subj, ents, sb), rels, obj, true, rb, ob, emit); err != nil {
			return err
		}
		seen := ents
		return r.match(subj, rels, intersect(obj, ents, ob), sb, rb, true, func(k spo, e edgeRec) error {
			if _, dup := slices.BinarySearch(seen, k.S); dup {
				return nil
			}
			return emit(k, e)
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	if err != nil {
		return fmt.Errorf("query store: %w", err)
	}
	return nil
}

// intersect returns b when a is unbound, else the ids in both.
func intersect(a, b []uint64, bound bool) []uint64 {
	if !bound {
		return b
	}
	var out []uint64
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			out = append(out, x)
		}
	}
	return out
}

// match enumerates edges for bound id sets using the best index.
func (r *reader) match(subj, rels, obj []uint64, sb, rb, ob bool, fn func(spo, edgeRec) error) error {
	edge := func(k spo) error {
		v, ok, err := get(r.txn, k.edgeKey())
		if err != nil || !ok {
			return err
		}
		e, err := decodeEdge(v)
		if err != nil {
			return fmt.Errorf("decode edge: %w", err)
		}
		return fn(k, e)
	}
	viaIndex := func(prefix []byte) error {
		return scan(r.ctx, r.txn, prefix, true, func(key []byte, _ *badger.Item) error {
			k, err := parseIndexKey(key)
			if err != nil {
				return err
			}
			if (sb && !contains(subj, k.S)) || (rb && !contains(rels, k.R)) || (ob && !contains(obj, k.O)) {
				return nil
			}
			return edge(k)
		})
	}
	edges := func(prefix []byte) error {
		return scan(r.ctx, r.txn, prefix, false, func(key []byte, item *badger.Item) error {
			k, err := parseIndexKey(key)
			if err != nil {
				return err
			}
			if (rb && !contains(rels, k.R)) || (ob && !contains(obj, k.O)) {
				return nil
			}
			var e edgeRec
			if err := item.Value(func(v []byte) error {
				e, err = decodeEdge(v)
				return err
			}); err != nil {
				return fmt.Errorf("decode edge: %w", err)
			}
			return fn(k, e)
		})
	}
	switch {
	case sb && rb && ob:
		for _, s := range subj {
			for _, rl := range rels {
				for _, o := range obj {
					if err := edge(spo{s, rl, o}); err != nil {
						return err
					}
				}
			}
		}
	case sb && rb:
		for _, s := range subj {
			for _, rl := range rels {
				if err := edges(indexPrefix(pEdge, s, rl)); err != nil {
					return err
				}
			}
		}
	case sb && ob:
		for _, o := range obj {
			for _, s := range subj {
				if err := viaIndex(indexPrefix(pOSP, o, s)); err != nil {
					return err
				}
			}
		}
	case sb:
		for _, s := range subj {
			if err := edges(indexPrefix(pEdge, s)); err != nil {
				return err
			}
		}
	case rb && ob:
		for _, rl := range rels {
			for _, o := range obj {
				if err := viaIndex(indexPrefix(pPOS, rl, o)); err != nil {
					return err
				}
			}
		}
	case ob:
		for _, o := range obj {
			if err := viaIndex(indexPrefix(pOSP, o)); err != nil {
				return err
			}
		}
	case rb:
		for _, rl := range rels {
			if err := viaIndex(indexPrefix(pPOS, rl)); err != nil {
				return err
			}
		}
	default:
		return edges([]byte{pEdge})
	}
	return nil
}

func contains(ids []uint64, id uint64) bool {
	_, ok := slices.BinarySearch(ids, id)
	return ok
}

// triple turns one mention into the extract.Triple it came from, with the
// global canonical names of its entities.
func (r *reader) triple(key []byte, val []byte) (extract.Triple, error) {
	mk, err := parseMentionKey(key)
	if err != nil {
		return extract.Triple{}, err
	}
	m, err := decodeMention(val)
	if err != nil {
		return extract.Triple{}, fmt.Errorf("decode mention: %w", err)
	}
	s, err := r.rec(mk.S)
	if err != nil {
		return extract.Triple{}, err
	}
	o, err := r.rec(mk.O)
	if err != nil {
		return extract.Triple{}, err
	}
	rel, err := r.relName(mk.R)
	if err != nil {
		return extract.Triple{}, err
	}
	a, err := r.article(mk.Art)
	if err != nil {
		return extract.Triple{}, err
	}
	t := extract.Triple{
		Subject: s.Name, SubjectType: cmp(s.typ(), m.SubjectType),
		Relation: rel,
		Object:   o.Name, ObjectType: cmp(o.typ(), m.ObjectType),
		Article: a.ID, Sentence: m.Sentence, Start: m.Start, End: m.End, Text: m.Text,
		Confidence: m.Confidence,
		Negated:    m.Flags&flagNegated != 0,
		Hedged:     m.Flags&flagHedged != 0,
		ReportedBy: m.ReportedBy, Date: m.Date,
	}
	if t.Negated {
		t.Relation = strings.TrimPrefix(t.Relation, "not ")
	}
	return t, nil
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// mentions calls fn for every mention under the key prefix.
func (r *reader) mentions(prefix []byte, fn func(extract.Triple) error) error {
	return scan(r.ctx, r.txn, prefix, false, func(key []byte, item *badger.Item) error {
		var t extract.Triple
		if err := item.Value(func(v []byte) (err error) {
			t, err = r.triple(key, v) // copies what it keeps
			return err
		}); err != nil {
			return err
		}
		return fn(t)
	})
}

// Evidence calls fn for every mention of one fact, named by canonical names
// and relation as Query returns them (a name that is no entity's canonical
// name is matched as Query matches it).
func (s *Store) Evidence(ctx context.Context, subject, relation, object string, fn func(extract.Triple) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		subj, err := r.exact(subject)
		if err != nil {
			return err
		}
		obj, err := r.exact(object)
		if err != nil {
			return err
		}
		rel, ok, err := r.relID(relation)
		if err != nil || !ok {
			return err
		}
		for _, sid := range subj {
			for _, oid := range obj {
				if err := r.mentions(mentionPrefix(sid, rel, oid), fn); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("evidence for %q %q %q: %w", subject, relation, object, err)
	}
	return nil
}

// Why calls fn for every stored triple mention between a and b, in either
// direction: first a→b, then b→a.
func (s *Store) Why(ctx context.Context, a, b string, fn func(extract.Triple) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		as, err := r.matches(a)
		if err != nil {
			return err
		}
		bs, err := r.matches(b)
		if err != nil {
			return err
		}
		between := func(from, to []uint64, skip func(uint64, uint64) bool) error {
			for _, x := range from {
				for _, y := range to {
					if skip != nil && skip(x, y) {
						continue
					}
					var rels []uint64
					if err := scan(ctx, txn, indexPrefix(pOSP, y, x), true, func(key []byte, _ *badger.Item) error {
						k, err := parseIndexKey(key)
						rels = append(rels, k.R)
						return err
					}); err != nil {
						return err
					}
					for _, rl := range rels {
						if err := r.mentions(mentionPrefix(x, rl, y), fn); err != nil {
							return err
						}
					}
				}
			}
			return nil
		}
		if err := between(as, bs, nil); err != nil {
			return err
		}
		// b→a, without the pairs already listed (an entity matching both names).
		return between(bs, as, func(x, y uint64) bool { return contains(as, x) && contains(bs, y) })
	})
	if err != nil {
		return fmt.Errorf("why %q %q: %w", a, b, err)
	}
	return nil
}

// ForEachEdge calls fn for every aggregated edge whose best mention has at
// least minConfidence, in subject, relation, object id order. It reads one
// compact record per edge and no mentions.
func (s *Store) ForEachEdge(ctx context.Context, minConfidence float64, fn func(EdgeInfo) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		names, err := entityNames(ctx, txn)
		if err != nil {
			return err
		}
		var rels []string
		if err := scan(ctx, txn, []byte{pRelID}, false, func(key []byte, item *badger.Item) error {
			id := getID(key[1:])
			for uint64(len(rels)) <= id {
				rels = append(rels, "")
			}
			v, err := item.ValueCopy(nil)
			rels[id] = string(v)
			return err
		}); err != nil {
			return err
		}
		name := func(l []string, id uint64) string {
			if id < uint64(len(l)) {
				return l[id]
			}
			return ""
		}
		dates := map[string]string{}
		return scan(ctx, txn, []byte{pEdge}, false, func(key []byte, item *badger.Item) error {
			if len(key) != edgeKeyLen {
				return fmt.Errorf("bad edge key %x", key)
			}
			var e edgeRec
			if err := item.Value(func(v []byte) (err error) {
				e, err = decodeEdgeIntern(v, dates)
				return err
			}); err != nil {
				return fmt.Errorf("decode edge: %w", err)
			}
			if e.MaxConf < minConfidence {
				return nil
			}
			return fn(EdgeInfo{
				Subject: name(names, getID(key[1:])), Relation: name(rels, getID(key[9:])),
				Object: name(names, getID(key[17:])),
				Weight: e.Weight, Articles: e.Articles, Mentions: e.Mentions,
				First: e.First, Last: e.Last, MaxConfidence: e.MaxConf,
			})
		})
	})
	if err != nil {
		return fmt.Errorf("read edges: %w", err)
	}
	return nil
}

// entityNames returns the canonical name of every entity, indexed by id.
func entityNames(ctx context.Context, txn *badger.Txn) ([]string, error) {
	var names []string
	err := scan(ctx, txn, []byte{pEntity}, false, func(key []byte, item *badger.Item) error {
		id := getID(key[1:])
		for uint64(len(names)) <= id {
			names = append(names, "")
		}
		return item.Value(func(v []byte) error {
			n, _, err := decodeEntityHead(v)
			names[id] = n
			return err
		})
	})
	return names, err
}

// ForEachTriple calls fn for every stored triple mention (provenance
// record), in subject, relation, object id order.
func (s *Store) ForEachTriple(ctx context.Context, fn func(extract.Triple) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		return newReader(ctx, txn).mentions([]byte{pMention}, fn)
	})
	if err != nil {
		return fmt.Errorf("read triples: %w", err)
	}
	return nil
}

// ForEachArticle calls fn for every stored article, in hash order.
func (s *Store) ForEachArticle(ctx context.Context, fn func(ArticleInfo) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		return scan(ctx, txn, []byte{pArticle}, false, func(_ []byte, item *badger.Item) error {
			var a articleRec
			if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &a) }); err != nil {
				return fmt.Errorf("decode article: %w", err)
			}
			return fn(a.ArticleInfo)
		})
	})
	if err != nil {
		return fmt.Errorf("read articles: %w", err)
	}
	return nil
}

// Article returns the stored article with this id or text hash, or an
// error matching ErrNotFound.
func (s *Store) Article(ctx context.Context, idOrHash string) (ArticleInfo, error) {
	var info ArticleInfo
	err := s.db.View(func(txn *badger.Txn) error {
		v, ok, err := get(txn, articleKey(idOrHash))
		if err != nil {
			return err
		}
		if !ok {
			h, found, err := get(txn, articleIDKey(idOrHash))
			if err != nil {
				return err
			}
			if !found {
				return ErrNotFound
			}
			if v, ok, err = get(txn, append([]byte{pArticle}, h...)); err != nil {
				return err
			}
			if !ok {
				return ErrNotFound
			}
		}
		var a articleRec
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("decode article: %w", err)
		}
		info = a.ArticleInfo
		return nil
	})
	if err != nil {
		return ArticleInfo{}, fmt.Errorf("article %q: %w", idOrHash, err)
	}
	return info, nil
}
