package store

import (
	"context"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// AddAlias makes alias another name of the entity canonical denotes, for
// queries and for articles ingested later. An entity already stored under
// the alias's name is merged into it (reversibly, with Unmerge).
func (s *Store) AddAlias(ctx context.Context, canonical, alias string) error {
	na := normName(alias)
	if na == "" {
		return fmt.Errorf("add alias %q: empty name", alias)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return fmt.Errorf("add alias %q: %w", alias, err)
	}
	var keep uint64
	var others []uint64
	err := s.update(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		id, err := r.resolve(canonical)
		if err != nil {
			return err
		}
		keep = id
		l, err := r.list(nameKey(na))
		if err != nil {
			return err
		}
		var ids []uint64
		for _, x := range l {
			ids = append(ids, x.ID)
		}
		roots, err := r.roots(ids)
		if err != nil {
			return err
		}
		for _, o := range roots {
			if o != keep {
				others = append(others, o)
			}
		}
		e, err := r.rec(id)
		if err != nil {
			return err
		}
		alias = normSpace(alias)
		if i, found := slices.BinarySearch(e.Aliases, alias); !found {
			e.Aliases = slices.Insert(e.Aliases, i, alias)
		}
		al, err := r.list(aliasKey(na))
		if err != nil {
			return err
		}
		al, _ = addIDFlag(al, id, aliasUser)
		for _, kv := range [][2][]byte{
			{userAliasKey(na), putID(nil, id)},
			{aliasKey(na), encodeIDList(al)},
			{entityKey(id), e.encode()},
		} {
			if err := txn.Set(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("add alias %q to %q: %w", alias, canonical, err)
	}
	for _, o := range others {
		if err := s.mergeIDs(ctx, keep, o, "alias "+alias); err != nil {
			return fmt.Errorf("add alias %q to %q: %w", alias, canonical, err)
		}
	}
	return nil
}

// Merge makes other part of keep: its aliases, mentions and triples are
// answered under keep's canonical name from then on. reason is kept and
// shown by Entity. Unmerge undoes it exactly.
func (s *Store) Merge(ctx context.Context, keep, other, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return fmt.Errorf("merge %q into %q: %w", other, keep, err)
	}
	var k, o uint64
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		var err error
		if k, err = r.resolve(keep); err != nil {
			return err
		}
		o, err = r.resolve(other)
		return err
	})
	if err == nil && k == o {
		err = fmt.Errorf("%q and %q are already one entity", keep, other)
	}
	if err == nil {
		err = s.mergeIDs(ctx, k, o, reason)
	}
	if err != nil {
		return fmt.Errorf("merge %q into %q: %w", other, keep, err)
	}
	return nil
}

// Unmerge undoes the merge of the entity named name into another. When name
// is an entity that others were merged into, the latest of those merges is
// undone.
func (s *Store) Unmerge(ctx context.Context, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return fmt.Errorf("unmerge %q: %w", name, err)
	}
	err := s.update(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		x, err := r.mergedByName(name)
		if err != nil {
			return err
		}
		xr, err := r.rec(x)
		if err != nil {
			return err
		}
		oldRoot, err := r.root(x)
		if err != nil {
			return err
		}
		parent := xr.MergedInto
		pr, err := r.rec(parent)
		if err != nil {
			return err
		}
		i := slices.Index(pr.MergedFrom, x)
		if i < 0 {
			return fmt.Errorf("entity %d: merge record missing on %d", x, parent)
		}
		pr.MergedFrom = slices.Delete(pr.MergedFrom, i, i+1)
		if i < len(pr.MergeReasons) {
			pr.MergeReasons = slices.Delete(pr.MergeReasons, i, i+1)
		}
		xr.MergedInto = 0
		if err := s.relocate(ctx, txn, r, oldRoot); err != nil {
			return err
		}
		return s.logMerge(txn, r, mergeLogRec{Op: "unmerge", Keep: parent, Other: x}, parent, x)
	})
	if err != nil {
		return fmt.Errorf("unmerge %q: %w", name, err)
	}
	return nil
}

// mergedByName finds the entity an Unmerge of name undoes.
func (r *reader) mergedByName(name string) (uint64, error) {
	l, err := r.list(nameKey(normName(name)))
	if err != nil {
		return 0, err
	}
	for _, x := range l {
		e, err := r.rec(x.ID)
		if err != nil {
			return 0, err
		}
		if e.MergedInto != 0 {
			return x.ID, nil
		}
	}
	id, err := r.resolve(name)
	if err != nil {
		return 0, err
	}
	e, err := r.rec(id)
	if err != nil {
		return 0, err
	}
	if len(e.MergedFrom) == 0 {
		return 0, fmt.Errorf("%q was not merged with another entity", name)
	}
	return e.MergedFrom[len(e.MergedFrom)-1], nil
}

func (s *Store) writable() error {
	if s.ro {
		return fmt.Errorf("store %q opened read-only", s.dir)
	}
	if s.writerOpen {
		return ErrWriterOpen
	}
	return nil
}

// update runs fn in one read-write transaction.
func (s *Store) update(fn func(txn *badger.Txn) error) error {
	err := s.db.Update(fn)
	if errors.Is(err, badger.ErrTxnTooBig) {
		return fmt.Errorf("too many records to change in one transaction: %w", err)
	}
	return err
}

// mergeIDs merges root o into root k in one transaction.
func (s *Store) mergeIDs(ctx context.Context, k, o uint64, reason string) error {
	return s.update(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		kr, err := r.rec(k)
		if err != nil {
			return err
		}
		or, err := r.rec(o)
		if err != nil {
			return err
		}
		if kr.MergedInto != 0 || or.MergedInto != 0 {
			return fmt.Errorf("entities %d and %d must both be unmerged", k, o)
		}
		or.MergedInto = k
		kr.MergedFrom = append(kr.MergedFrom, o)
		for len(kr.MergeReasons) < len(kr.MergedFrom)-1 {
			kr.MergeReasons = append(kr.MergeReasons, "")
		}
		kr.MergeReasons = append(kr.MergeReasons, reason)
		if err := s.relocate(ctx, txn, r, o); err != nil {
			return err
		}
		return s.logMerge(txn, r, mergeLogRec{Op: "merge", Keep: k, Other: o, Reason: reason}, k, o)
	})
}

// logMerge writes the changed entity records and a merge log record.
func (s *Store) logMerge(txn *badger.Txn, r *reader, rec mergeLogRec, ids ...uint64) error {
	for _, id := range ids {
		e, err := r.rec(id)
		if err != nil {
			return err
		}
		if err := txn.Set(entityKey(id), e.encode()); err != nil {
			return err
		}
	}
	c, err := getCounters(txn)
	if err != nil {
		return err
	}
	seq := c.NextMerge
	c.NextMerge++
	if err := txn.Set(mergeLogKey(seq), rec.encode()); err != nil {
		return err
	}
	return txn.Set(keyCounters, c.encode())
}

type kv struct{ key, val []byte }

// relocate moves every mention stored under entity from (as subject or
// object) to the keys its original entities now resolve to, after the
// caller changed merge links in r's cached records, and rebuilds the
// aggregated edges involved. All reads happen before the first write.
func (s *Store) relocate(ctx context.Context, txn *badger.Txn, r *reader, from uint64) error {
	// Mentions with from as subject, then as object.
	var ms []kv
	seen := map[string]bool{}
	collect := func(prefix []byte) error {
		return scan(ctx, txn, prefix, false, func(key []byte, item *badger.Item) error {
			if seen[string(key)] {
				return nil
			}
			seen[string(key)] = true
			v, err := item.ValueCopy(nil)
			ms = append(ms, kv{item.KeyCopy(nil), v})
			return err
		})
	}
	if err := collect(mentionPrefix(from)); err != nil {
		return err
	}
	var objEdges []spo
	if err := scan(ctx, txn, indexPrefix(pOSP, from), true, func(key []byte, _ *badger.Item) error {
		k, err := parseIndexKey(key)
		objEdges = append(objEdges, k)
		return err
	}); err != nil {
		return err
	}
	for _, k := range objEdges {
		if err := collect(mentionPrefix(k.S, k.R, k.O)); err != nil {
			return err
		}
	}

	// Where each mention goes.
	type move struct {
		kv
		from, to mentionKey
	}
	var moves []move
	affected := map[spo]bool{}
	for _, m := range ms {
		mk, err := parseMentionKey(m.key)
		if err != nil {
			return err
		}
		rec, err := decodeMention(m.val)
		if err != nil {
			return fmt.Errorf("decode mention: %w", err)
		}
		ns, err := r.root(rec.OrigS)
		if err != nil {
			return err
		}
		no, err := r.root(rec.OrigO)
		if err != nil {
			return err
		}
		to := mk
		to.S, to.O = ns, no
		if to == mk {
			continue
		}
		moves = append(moves, move{m, mk, to})
		affected[mk.spo], affected[to.spo] = true, true
	}
	if len(moves) == 0 {
		return nil
	}

	// Mentions of every affected edge after the moves.
	final := map[spo]map[string][]byte{}
	for k := range affected {
		set := map[string][]byte{}
		if err := scan(ctx, txn, mentionPrefix(k.S, k.R, k.O), false, func(key []byte, item *badger.Item) error {
			v, err := item.ValueCopy(nil)
			set[string(key)] = v
			return err
		}); err != nil {
			return err
		}
		final[k] = set
	}
	for _, m := range moves {
		delete(final[m.from.spo], string(m.key))
		final[m.to.spo][string(m.to.bytes())] = m.val
	}
	aggs := map[spo]edgeRec{}
	for k, set := range final {
		a, err := r.aggregate(set)
		if err != nil {
			return err
		}
		aggs[k] = a
	}

	// Writes.
	for _, m := range moves {
		if err := txn.Delete(m.key); err != nil {
			return err
		}
	}
	for _, m := range moves {
		if err := txn.Set(m.to.bytes(), m.val); err != nil {
			return err
		}
	}
	for k, a := range aggs {
		var err error
		if a.Mentions == 0 {
			for _, key := range [][]byte{k.edgeKey(), k.posKey(), k.ospKey()} {
				if err = txn.Delete(key); err != nil {
					return err
				}
			}
			continue
		}
		if err = txn.Set(k.edgeKey(), a.encode()); err == nil {
			if err = txn.Set(k.posKey(), nil); err == nil {
				err = txn.Set(k.ospKey(), nil)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// aggregate computes an edge record from its mentions (key → value).
func (r *reader) aggregate(set map[string][]byte) (edgeRec, error) {
	var e edgeRec
	sents := map[[2]uint64]bool{}
	arts := map[uint64]bool{}
	for key, val := range set {
		mk, err := parseMentionKey([]byte(key))
		if err != nil {
			return e, err
		}
		m, err := decodeMention(val)
		if err != nil {
			return e, fmt.Errorf("decode mention: %w", err)
		}
		e.Mentions++
		if m.Flags&flagHedged != 0 {
			e.Hedged++
		}
		e.MaxConf = max(e.MaxConf, m.Confidence)
		if !sents[[2]uint64{mk.Art, uint64(m.Sentence)}] {
			sents[[2]uint64{mk.Art, uint64(m.Sentence)}] = true
			e.Weight++
		}
		arts[mk.Art] = true
		d := m.Date
		if d == "" {
			a, err := r.article(mk.Art)
			if err != nil {
				return e, err
			}
			d = a.Date
		}
		e.First, e.Last = minDate(e.First, d), maxDate(e.Last, d)
	}
	e.Articles = len(arts)
	return e, nil
}
