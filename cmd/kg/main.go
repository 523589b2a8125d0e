// Command kg builds a knowledge graph from news articles.
//
// It only calls into internal/cli; see that package and docs/architecture.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/kg-project/kg/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.NewSystemApp())
	stop()
	os.Exit(code)
}
