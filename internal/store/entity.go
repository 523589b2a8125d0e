package store

import (
	"context"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// EntityInfo describes a global entity together with every entity merged
// into it.
type EntityInfo struct {
	Name     string
	Type     string // the type most mentions voted for
	Subtype  string
	Aliases  []string // surface forms and user aliases, sorted
	Mentions int
	// Articles lists the ids of the articles mentioning the entity, sorted.
	// ForEachEntity leaves it nil and sets ArticleCount only.
	Articles     []string
	ArticleCount int
	MergedFrom   []string // canonical names of entities merged into this one
	MergeReasons []string // parallel to MergedFrom
}

// Resolve returns the canonical name a name denotes: a user alias, a
// canonical name, or an alias or bare surname of exactly one entity. It
// fails with ErrNotFound or an *AmbiguousError.
func (s *Store) Resolve(ctx context.Context, name string) (string, error) {
	var out string
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		id, err := r.resolve(name)
		if err != nil {
			return err
		}
		e, err := r.rec(id)
		if err != nil {
			return err
		}
		out = e.Name
		return nil
	})
	if err != nil {
		return "", wrapLookup("resolve", name, err)
	}
	return out, nil
}

// Entity returns the entity a name denotes, resolved as Resolve does.
func (s *Store) Entity(ctx context.Context, name string) (EntityInfo, error) {
	var info EntityInfo
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		id, err := r.resolve(name)
		if err != nil {
			return err
		}
		ids, err := r.tree(id)
		if err != nil {
			return err
		}
		if info, err = r.info(ids); err != nil {
			return err
		}
		seen := map[uint64]bool{}
		for _, x := range ids {
			if err := scan(ctx, txn, entityArtPrefix(x), true, func(key []byte, _ *badger.Item) error {
				seen[getID(key[1+idLen:])] = true
				return nil
			}); err != nil {
				return err
			}
		}
		for num := range seen {
			a, err := r.article(num)
			if err != nil {
				return err
			}
			info.Articles = append(info.Articles, a.ID)
		}
		slices.Sort(info.Articles)
		info.Articles = slices.Compact(info.Articles)
		info.ArticleCount = len(seen)
		return nil
	})
	if err != nil {
		return EntityInfo{}, wrapLookup("entity", name, err)
	}
	return info, nil
}

// wrapLookup adds the operation to an error, except to the "entity X not
// found" and "name X is ambiguous" errors, which say it already.
func wrapLookup(op, name string, err error) error {
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrAmbiguous) {
		return err
	}
	return fmt.Errorf("%s %q: %w", op, name, err)
}

// tree returns id and every entity merged into it, directly or not.
func (r *reader) tree(id uint64) ([]uint64, error) {
	ids := []uint64{id}
	for i := 0; i < len(ids); i++ {
		e, err := r.rec(ids[i])
		if err != nil {
			return nil, err
		}
		ids = append(ids, e.MergedFrom...)
		if len(ids) > 1<<16 {
			return nil, fmt.Errorf("entity %d: merge tree too large", id)
		}
	}
	return ids, nil
}

// info aggregates the records of a merge tree rooted at ids[0].
func (r *reader) info(ids []uint64) (EntityInfo, error) {
	root, err := r.rec(ids[0])
	if err != nil {
		return EntityInfo{}, err
	}
	info := EntityInfo{Name: root.Name, Subtype: root.Subtype, MergeReasons: slices.Clone(root.MergeReasons)}
	votes := map[string]int{}
	for _, id := range ids {
		e, err := r.rec(id)
		if err != nil {
			return EntityInfo{}, err
		}
		info.Mentions += e.Mentions
		info.Aliases = append(info.Aliases, e.Aliases...)
		if id != ids[0] {
			info.Aliases = append(info.Aliases, e.Name)
		}
		for t, n := range e.Votes {
			votes[t] += n
		}
	}
	info.Type = (&entityRec{Votes: votes}).typ()
	slices.Sort(info.Aliases)
	info.Aliases = slices.Compact(info.Aliases)
	for _, id := range root.MergedFrom {
		e, err := r.rec(id)
		if err != nil {
			return EntityInfo{}, err
		}
		info.MergedFrom = append(info.MergedFrom, e.Name)
	}
	return info, nil
}

// ForEachEntity calls fn for every entity not merged into another, in id
// (creation) order, with merged entities folded in. Articles is left nil.
func (s *Store) ForEachEntity(ctx context.Context, fn func(EntityInfo) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		r := newReader(ctx, txn)
		var roots []uint64
		if err := scan(ctx, txn, []byte{pEntity}, false, func(key []byte, item *badger.Item) error {
			id := getID(key[1:])
			var e entityRec
			if err := item.Value(func(v []byte) (err error) {
				e, err = decodeEntity(v)
				return err
			}); err != nil {
				return fmt.Errorf("decode entity %d: %w", id, err)
			}
			r.recs[id] = &e
			if e.MergedInto == 0 {
				roots = append(roots, id)
			}
			return nil
		}); err != nil {
			return err
		}
		arts := map[uint64]int{}       // root → distinct articles
		merged := map[[2]uint64]bool{} // (root, article) seen, for merged entities only
		if err := scan(ctx, txn, []byte{pEntityArt}, true, func(key []byte, _ *badger.Item) error {
			id, art := getID(key[1:]), getID(key[1+idLen:])
			root, err := r.root(id)
			if err != nil {
				return err
			}
			if len(r.recs[root].MergedFrom) == 0 {
				arts[root]++ // keys are unique per (entity, article)
				return nil
			}
			if k := [2]uint64{root, art}; !merged[k] {
				merged[k] = true
				arts[root]++
			}
			return nil
		}); err != nil {
			return err
		}
		for _, id := range roots {
			ids, err := r.tree(id)
			if err != nil {
				return err
			}
			info, err := r.info(ids)
			if err != nil {
				return err
			}
			info.ArticleCount = arts[id]
			if err := fn(info); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read entities: %w", err)
	}
	return nil
}
