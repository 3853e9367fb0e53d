package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"

	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/standard"
)

var serveCmd = &command{
	name:    "serve",
	args:    "[--db URL] [--addr 127.0.0.1:8080] [--token TOKEN]",
	summary: "serve the event database: JSON API, CSV export and the dashboard",
	run:     runServe,
}

func runServe(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
	db := fs.String("db", "", dbHelp)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; the default takes connections from this machine only")
	token := fs.String("token", "", "token that authorises writes (POST /api/articles, DELETE); default $DYAD_TOKEN; without one, writes are refused")
	dicts := fs.String("dicts", "", "folder of PETRARCH/Phoenix dictionaries for coding posted articles (default: the built-in ones)")
	rate := fs.Float64("rate", 50, "requests per second allowed from one client address")
	burst := fs.Int("burst", 200, "requests one client may send at once above the rate")
	maxBody := fs.Int64("max-body", 8<<20, "largest request body in bytes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *token == "" {
		*token = e.getenv("DYAD_TOKEN")
	}
	if *rate <= 0 || *burst < 1 || *maxBody < 1 {
		return fmt.Errorf("%w: --rate, --burst and --max-body must be positive", errUsage)
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	srv := &dyadhttp.Server{Store: store, Token: *token, Rate: *rate, Burst: *burst, MaxBody: *maxBody, Log: e.log}
	if names, err := standard.BuiltinActorNames(); err == nil {
		srv.Names = names
	} else {
		e.log.Warn("serving without actor names", "reason", err)
	}
	if coder, err := newArticleCoder(e, *dicts); err == nil {
		srv.Coder = coder
	} else {
		e.log.Warn("serving without ingest", "reason", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		e.log.Warn("listening beyond this machine: anyone who can reach it can read the data", "addr", ln.Addr().String())
	}
	hs := dyadhttp.HTTPServer(*addr, srv.Handler())
	fmt.Fprintf(e.stderr, "dyad serve: http://%s/\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := hs.Shutdown(shutdown); err != nil {
			return err
		}
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
