package store

import (
	"context"
	"testing"
)

func TestSmoke(t *testing.T) {
	s := openMem(t)
	add(t, s, seedArticles()...)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", st)
	err = s.Query(ctx, Pattern{Subject: "haftar"}, func(f Fact) error { t.Logf("%+v", f); return nil })
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.Entity(ctx, "Haftar")
	t.Logf("%+v %v", e, err)
}
