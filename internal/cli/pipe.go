package cli

import (
	"context"
	"errors"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/kg-project/kg/extract/input"
)

// errStop is returned by a consume function to end a run early without an
// error of its own.
var errStop = errors.New("stop")

// runOrdered reads paths, processes the items on workers goroutines and
// hands the outcomes to consume in input order, on the calling goroutine.
// When consume fails the readers and workers are stopped and its error is
// returned; outcomes already handed over stay handed over.
func runOrdered(ctx context.Context, paths []string, in input.Options, workers int,
	process func(context.Context, job) outcome, consume func(outcome) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	outs := make(chan outcome, workers*2)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(jobs)
		seq := 0
		return input.Read(gctx, paths, in, func(it input.Item) error {
			select {
			case jobs <- job{seq, it}:
				seq++
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		})
	})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for j := range jobs {
				o := process(gctx, j)
				select {
				case outs <- o:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
	}
	go func() { wg.Wait(); close(outs) }()

	var cerr error
	pending := map[int]outcome{}
	next := 0
loop:
	for o := range outs {
		pending[o.seq] = o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if cerr = consume(o); cerr != nil {
				break loop
			}
		}
	}
	if cerr != nil {
		cancel()
		for range outs { // let the workers finish
		}
	}
	gerr := g.Wait()
	switch {
	case cerr != nil && !errors.Is(cerr, errStop):
		return cerr
	case cerr != nil:
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case gerr != nil && !errors.Is(gerr, context.Canceled):
		return gerr
	}
	return nil
}
