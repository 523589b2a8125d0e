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
	var oldRoot uint64
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
		if oldRoot, err = r.root(x); err != nil {
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
		return s.logMerge(txn, r, mergeLogRec{Op: "unmerge", Keep: parent, Other: x}, oldRoot, parent, x)
	})
	if err == nil {
		err = s.relocate(ctx, oldRoot)
	}
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

// mergeIDs merges root o into root k.
func (s *Store) mergeIDs(ctx context.Context, k, o uint64, reason string) error {
	err := s.update(func(txn *badger.Txn) error {
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
		return s.logMerge(txn, r, mergeLogRec{Op: "merge", Keep: k, Other: o, Reason: reason}, o, k, o)
	})
	if err != nil {
		return err
	}
	return s.relocate(ctx, o)
}

// logMerge writes the changed entity records, a merge log record and a
// pending-relocation marker for the entity whose mentions must move.
func (s *Store) logMerge(txn *badger.Txn, r *reader, rec mergeLogRec, from uint64, ids ...uint64) error {
	if err := txn.Set(pendingKey(from), nil); err != nil {
		return err
	}
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

// relocateBatch is how many mentions one relocation transaction moves,
// well below Badger's transaction limit (each move also rewrites up to two
// edges with their index keys).
const relocateBatch = 4096

// Test hooks: the relocation batch size, and a failure after the first batch.
var (
	relocateBatchSize  = relocateBatch
	failAfterRelocated bool
)

// relocate moves every mention stored under entity from (as subject or
// object) to the keys its original entities resolve to under the committed
// merge links, and rebuilds the aggregated edges involved, in transactions
// of at most relocateBatch moves. The pending marker of from, written with
// the merge links, is removed with the last batch; Open finishes a
// relocation a crash interrupted, so the store always converges to the
// state the merge links define.
func (s *Store) relocate(ctx context.Context, from uint64) error {
	batch := relocateBatchSize
	for {
		done, err := s.relocateBatch(ctx, from, batch)
		if errors.Is(err, badger.ErrTxnTooBig) && batch > 16 {
			batch /= 4
			continue
		}
		if err != nil {
			return fmt.Errorf("move triples of entity %d: %w", from, err)
		}
		if done {
			return nil
		}
		if failAfterRelocated {
			return errors.New("relocation interrupted (test)")
		}
	}
}

type move struct {
	kv
	from, to mentionKey
}

// relocateBatch moves up to limit mentions; done reports that none remain.
func (s *Store) relocateBatch(ctx context.Context, from uint64, limit int) (done bool, err error) {
	err = s.db.Update(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		moves, err := r.moves(from, limit)
		if err != nil {
			return err
		}
		if len(moves) == 0 {
			done = true
			return txn.Delete(pendingKey(from))
		}
		affected := map[spo]bool{}
		for _, m := range moves {
			affected[m.from.spo], affected[m.to.spo] = true, true
		}
		// Mentions of every affected edge after the moves.
		final := map[spo]map[string][]byte{}
		sk := newSeeker(ctx, txn)
		for k := range affected {
			set := map[string][]byte{}
			if err := sk.scan(mentionPrefix(k.S, k.R, k.O), func(key []byte, item *badger.Item) error {
				v, err := item.ValueCopy(nil)
				set[string(key)] = v
				return err
			}); err != nil {
				sk.close()
				return err
			}
			final[k] = set
		}
		sk.close()
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
		// Writes, after every read.
		for _, m := range moves {
			if err := txn.Delete(m.key); err != nil {
				return err
			}
			if err := txn.Set(m.to.bytes(), m.val); err != nil {
				return err
			}
		}
		for k, a := range aggs {
			if a.Mentions == 0 {
				for _, key := range [][]byte{k.edgeKey(), k.posKey(), k.ospKey()} {
					if err := txn.Delete(key); err != nil {
						return err
					}
				}
				continue
			}
			for _, e := range []kv{{k.edgeKey(), a.encode()}, {k.posKey(), nil}, {k.ospKey(), nil}} {
				if err := txn.Set(e.key, e.val); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return done, err
}

// moves returns up to limit mentions stored under from (as subject, then
// as object) whose place under the current merge links is elsewhere.
func (r *reader) moves(from uint64, limit int) ([]move, error) {
	var out []move
	seen := map[string]bool{}
	visit := func(key []byte, item *badger.Item) error {
		if seen[string(key)] {
			return nil
		}
		seen[string(key)] = true
		mk, err := parseMentionKey(key)
		if err != nil {
			return err
		}
		var rec mentionRec
		if err := item.Value(func(v []byte) (err error) {
			rec, err = decodeMention(v)
			return err
		}); err != nil {
			return fmt.Errorf("decode mention: %w", err)
		}
		to := mk
		if to.S, err = r.root(rec.OrigS); err != nil {
			return err
		}
		if to.O, err = r.root(rec.OrigO); err != nil {
			return err
		}
		if to == mk {
			return nil
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		out = append(out, move{kv{item.KeyCopy(nil), v}, mk, to})
		if len(out) >= limit {
			return errStop
		}
		return nil
	}
	sk := newSeeker(r.ctx, r.txn)
	defer sk.close()
	err := sk.scan(mentionPrefix(from), visit)
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	if len(out) >= limit {
		return out, nil
	}
	var objEdges []spo
	if err := sk.scan(indexPrefix(pOSP, from), func(key []byte, _ *badger.Item) error {
		k, err := parseIndexKey(key)
		objEdges = append(objEdges, k)
		return err
	}); err != nil {
		return nil, err
	}
	for _, k := range objEdges {
		err := sk.scan(mentionPrefix(k.S, k.R, k.O), visit)
		if errors.Is(err, errStop) {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// finishRelocations completes relocations a crash interrupted.
func (s *Store) finishRelocations(ctx context.Context) error {
	var pending []uint64
	err := s.db.View(func(txn *badger.Txn) error {
		return scan(ctx, txn, []byte{pPending}, true, func(key []byte, _ *badger.Item) error {
			if len(key) == 1+idLen {
				pending = append(pending, getID(key[1:]))
			}
			return nil
		})
	})
	for _, id := range pending {
		if err == nil {
			err = s.relocate(ctx, id)
		}
	}
	return err
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
