package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// SchemaVersion is the version of the key layout in keys.go. Open refuses
// stores with a higher version.
const SchemaVersion uint32 = 1

// Options configures Open. The zero value opens or creates a read-write
// store on disk.
type Options struct {
	InMemory bool // keep everything in memory; dir is ignored
	ReadOnly bool // open an existing store for reading; no store is ErrNoStore
}

// Store is a kg knowledge graph kept in a Badger database. Its methods are
// safe for concurrent use; writes go through one Writer at a time.
type Store struct {
	db  *badger.DB
	dir string
	ro  bool

	mu         sync.Mutex // serialises writes: Writer batches, merges, aliases
	writerOpen bool
}

// Open opens the store in dir, creating it (and dir) when missing unless
// opts.ReadOnly is set. It fails with an error matching ErrLocked when
// another process holds the store, ErrNewerSchema when a newer kg wrote it,
// and ErrNoStore when opts.ReadOnly is set and there is no store in dir.
// A read-only Open of a store left by a crashed process first opens it
// read-write once, which drops the uncommitted batch the crash left.
func Open(dir string, opts Options) (*Store, error) {
	var bo badger.Options
	if opts.InMemory {
		bo = badger.DefaultOptions("").WithInMemory(true)
	} else {
		if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
			if !errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("open store %q: %w", dir, err)
			}
			if opts.ReadOnly {
				return nil, fmt.Errorf("%w at %s", ErrNoStore, dir)
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("create store %q: %w", dir, err)
			}
		}
		bo = badger.DefaultOptions(dir).WithReadOnly(opts.ReadOnly)
	}
	bo = bo.WithLogger(nil).
		WithDetectConflicts(false). // writes are serialised by Store.mu
		WithNumVersionsToKeep(1)
	db, err := badger.Open(bo)
	if err != nil && opts.ReadOnly && strings.Contains(err.Error(), "Log truncate required") {
		// A process died with a batch open: its write-ahead log ends in an
		// uncommitted transaction that only a read-write open discards.
		// Recover, then open read-only as asked.
		if db, err = badger.Open(bo.WithReadOnly(false)); err == nil {
			if err = db.Close(); err == nil {
				db, err = badger.Open(bo)
			}
		}
	}
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, &LockedError{Dir: dir}
		}
		return nil, fmt.Errorf("open store %q: %w", dir, err)
	}
	s := &Store{db: db, dir: dir, ro: opts.ReadOnly}
	if err := s.checkSchema(); err != nil {
		db.Close()
		return nil, err
	}
	if !s.ro {
		if err := s.finishRelocations(context.Background()); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %q: finish an interrupted merge: %w", dir, err)
		}
	}
	return s, nil
}

func (s *Store) checkSchema() error {
	var found uint32
	var have bool
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keySchema)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			if len(v) != 4 {
				return fmt.Errorf("bad schema version value %x", v)
			}
			found, have = binary.BigEndian.Uint32(v), true
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("read schema version of store %q: %w", s.dir, err)
	}
	if have && found > SchemaVersion {
		return &SchemaError{Dir: s.dir, Found: found, Supported: SchemaVersion}
	}
	if have || s.ro {
		return nil
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion))
	})
	if err != nil {
		return fmt.Errorf("write schema version of store %q: %w", s.dir, err)
	}
	return nil
}

// Dir returns the directory the store was opened in ("" in memory).
func (s *Store) Dir() string { return s.dir }

// Close closes the store. A Writer still open loses its unflushed batch.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %q: %w", s.dir, err)
	}
	return nil
}

// HasArticle reports whether an article with this text hash is stored.
func (s *Store) HasArticle(hash string) (bool, error) {
	var ok bool
	err := s.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(articleKey(hash))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		ok = err == nil
		return err
	})
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", hash, err)
	}
	return ok, nil
}

// Stats are the store's totals.
type Stats struct {
	Articles       int
	Entities       int   // entities not merged into another
	Triples        int   // distinct (subject, relation, object)
	Mentions       int   // triple mentions: provenance records
	EntityMentions int   // entity mentions summed over articles
	Sentences      int   // sentences of the stored articles
	Words          int   // words of the stored articles
	Relations      int   // distinct relations
	SizeBytes      int64 // LSM tree and value log on disk
}

// Stats returns the store's totals.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.View(func(txn *badger.Txn) error {
		c, err := getCounters(txn)
		if err != nil {
			return err
		}
		st.Articles, st.Sentences, st.Words = int(c.Articles), int(c.Sentences), int(c.Words)
		st.Mentions, st.EntityMentions = int(c.Mentions), int(c.EntityMentions)
		if err := scan(ctx, txn, []byte{pEdge}, true, func(_ []byte, _ *badger.Item) error {
			st.Triples++
			return nil
		}); err != nil {
			return err
		}
		if err := scan(ctx, txn, []byte{pRelID}, true, func(_ []byte, _ *badger.Item) error {
			st.Relations++
			return nil
		}); err != nil {
			return err
		}
		return scan(ctx, txn, []byte{pEntity}, false, func(_ []byte, item *badger.Item) error {
			return item.Value(func(v []byte) error {
				_, into, err := decodeEntityHead(v)
				if err == nil && into == 0 {
					st.Entities++
				}
				return err
			})
		})
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store stats: %w", err)
	}
	lsm, vlog := s.db.Size()
	st.SizeBytes = lsm + vlog
	return st, nil
}

func getCounters(txn *badger.Txn) (counters, error) {
	item, err := txn.Get(keyCounters)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return counters{NextEntity: 1, NextRelation: 1, NextArticle: 1, NextMerge: 1}, nil
	}
	if err != nil {
		return counters{}, err
	}
	var c counters
	err = item.Value(func(v []byte) error {
		c, err = decodeCounters(v)
		return err
	})
	return c, err
}

// ctxEvery is how many iterations pass between context checks.
const ctxEvery = 256

// scan calls fn for every key with the prefix, in key order. key and item
// are valid only during the call. keysOnly documents that fn reads no values.
func scan(ctx context.Context, txn *badger.Txn, prefix []byte, keysOnly bool, fn func(key []byte, item *badger.Item) error) error {
	o := badger.DefaultIteratorOptions
	o.Prefix = prefix
	// Values live in the LSM tree (they are far below Badger's value
	// threshold), so reading them in the callback costs no extra I/O, while
	// prefetching starts a goroutine per item.
	o.PrefetchValues = false
	it := txn.NewIterator(o)
	defer it.Close()
	n := 0
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		item := it.Item()
		if err := fn(item.Key(), item); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// seeker runs many prefix scans on one iterator: creating a Badger
// iterator costs far more than a Seek. A read-write transaction may have
// only one iterator open, so close the seeker before scanning otherwise.
type seeker struct {
	ctx context.Context
	it  *badger.Iterator
	n   int
}

func newSeeker(ctx context.Context, txn *badger.Txn) *seeker {
	o := badger.DefaultIteratorOptions
	o.PrefetchValues = false
	return &seeker{ctx: ctx, it: txn.NewIterator(o)}
}

func (s *seeker) close() { s.it.Close() }

// scan calls fn for every key with the prefix, as the function scan does.
func (s *seeker) scan(prefix []byte, fn func(key []byte, item *badger.Item) error) error {
	for s.it.Seek(prefix); s.it.ValidForPrefix(prefix); s.it.Next() {
		if s.n++; s.n%ctxEvery == 0 {
			if err := s.ctx.Err(); err != nil {
				return err
			}
		}
		item := s.it.Item()
		if err := fn(item.Key(), item); err != nil {
			return err
		}
	}
	return s.ctx.Err()
}

// get returns a copy of the value of key, or nil, false when it is absent.
func get(txn *badger.Txn, key []byte) ([]byte, bool, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	v, err := item.ValueCopy(nil)
	return v, err == nil, err
}

// errStop ends a scan early without an error.
var errStop = errors.New("stop")
