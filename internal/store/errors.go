package store

import (
	"errors"
	"strings"
)

var (
	// ErrLocked means another process (or another Open in this process)
	// holds the store's directory lock.
	ErrLocked = errors.New("store is in use by another kg process")

	// ErrNewerSchema means the store was written by a newer kg whose key
	// layout this version cannot read.
	ErrNewerSchema = errors.New("store was written by a newer kg")

	// ErrNoStore means a read-only Open found no store at the directory.
	ErrNoStore = errors.New("no store")

	// ErrNotFound means no entity (or article) has the name asked for.
	ErrNotFound = errors.New("not found")

	// ErrAmbiguous means a name (usually a bare surname) is an alias of
	// several entities; the *AmbiguousError lists them.
	ErrAmbiguous = errors.New("ambiguous name")

	// ErrWriterOpen means a Merge, Unmerge or AddAlias was attempted while a
	// Writer of the same store is open.
	ErrWriterOpen = errors.New("a writer is open on the store")

	// ErrClosed means the Store or Writer was already closed.
	ErrClosed = errors.New("store closed")
)

// LockedError is returned by Open when the directory lock is held.
type LockedError struct{ Dir string }

func (e *LockedError) Error() string { return "store " + e.Dir + " is in use by another kg process" }

// Is makes errors.Is(err, ErrLocked) hold.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// SchemaError is returned by Open when the store's schema is newer than
// this kg's.
type SchemaError struct {
	Dir       string
	Found     uint32 // version in the store
	Supported uint32 // SchemaVersion
}

func (e *SchemaError) Error() string {
	return "store " + e.Dir + " was written by a newer kg (schema " + utoa(e.Found) + " > " + utoa(e.Supported) + ")"
}

// Is makes errors.Is(err, ErrNewerSchema) hold.
func (e *SchemaError) Is(target error) bool { return target == ErrNewerSchema }

// AmbiguousError lists the entities a name could denote.
type AmbiguousError struct {
	Name       string
	Candidates []string // canonical names, sorted
}

func (e *AmbiguousError) Error() string {
	return "name " + quote(e.Name) + " is ambiguous: " + strings.Join(e.Candidates, ", ")
}

// Is makes errors.Is(err, ErrAmbiguous) hold.
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguous }

func utoa(v uint32) string {
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}

func quote(s string) string { return "\"" + s + "\"" }
