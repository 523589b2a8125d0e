package cli

import (
	"fmt"
	"sync"
	"time"
)

// progress prints a one-line, self-updating counter on stderr when it is a
// terminal, and nothing otherwise.
type progress struct {
	app   *App
	label string
	start time.Time

	mu           sync.Mutex
	items, words int
	done         chan struct{}
	once         sync.Once
	active       bool
}

func newProgress(app *App, quiet bool, label string) *progress {
	p := &progress{app: app, label: label, start: app.Now(), done: make(chan struct{})}
	if quiet || app.IsTerminal == nil || !app.IsTerminal(app.ErrOut) {
		return p
	}
	p.active = true
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progress) set(items, words int) {
	p.mu.Lock()
	p.items, p.words = items, words
	p.mu.Unlock()
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	secs := time.Since(p.start).Seconds()
	fmt.Fprintf(p.app.ErrOut, "\r%s: %d articles, %d words, %.0f words/s, %s   ", p.label, p.items, p.words,
		float64(p.words)/max(secs, 1e-9), time.Since(p.start).Round(time.Second))
}

func (p *progress) stop() {
	p.once.Do(func() {
		close(p.done)
		if p.active {
			p.mu.Lock()
			fmt.Fprint(p.app.ErrOut, "\r\033[K")
			p.mu.Unlock()
		}
	})
}
