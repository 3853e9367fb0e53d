// Command dyad turns news into political event data: who did what to whom,
// when and where. Run "dyad help" for the subcommands.
//
// This is the only package that reads flags and environment variables or
// sets up logging; everything else receives its configuration.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
)

// command is one subcommand of dyad.
type command struct {
	name    string
	args    string // argument synopsis, e.g. "[--dicts DIR] SUITE.xml"
	summary string // one line for "dyad help"
	// run executes the command: it defines its flags on fs, parses args
	// with parseFlags, and does its work. It returns errUsage (possibly
	// wrapped) for bad arguments, and errSomeFailed when the run finished
	// but some inputs failed.
	run func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error
}

// env is what a command may touch of the outside world.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
	getenv func(string) string
}

var (
	errUsage      = errors.New("usage")
	errSomeFailed = errors.New("some inputs failed")
	// errFlags reports a flag error that the flag package has already
	// printed, with the usage.
	errFlags = errors.New("bad flags")
)

// commands lists the subcommands in the order "dyad help" shows them.
var commands = []*command{
	codeCmd,
	extractCmd,
	ingestCmd,
	serveCmd,
	validateCmd,
	parseCmd,
	trainCmd,
	evalCmd,
	versionCmd,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	e.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel(os.Getenv("DYAD_LOG"))}))
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	code := run(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

// defaultMemoryLimit is the heap size the garbage collector aims to stay
// under unless GOMEMLIMIT says otherwise: the analysis model needs about
// 110 MB live, and without a limit the heap of a long batch grows to
// twice what is live before it is collected.
const defaultMemoryLimit = 400 << 20

// logLevel reads DYAD_LOG (debug, info, warn, error); the default is warn so
// that normal runs print only their results and summary.
func logLevel(s string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelWarn
	}
	return l
}

// run dispatches to a subcommand and returns the process exit status:
// 0 success, 1 some inputs failed or an error, 2 bad usage.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				return run(ctx, e, []string{c.name, "-h"})
			}
		}
		usage(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "dyad: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return 2
	}
	err := c.run(ctx, e, newFlagSet(e, c), args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errFlags):
		return 2
	case errors.Is(err, errUsage):
		if msg := strings.TrimPrefix(err.Error(), errUsage.Error()); strings.TrimLeft(msg, ": ") != "" {
			fmt.Fprintf(e.stderr, "dyad %s: %s\n", c.name, strings.TrimLeft(msg, ": "))
		}
		fmt.Fprintf(e.stderr, "usage: dyad %s %s\n", c.name, c.args)
		return 2
	case errors.Is(err, errSomeFailed):
		fmt.Fprintf(e.stderr, "dyad %s: %v\n", c.name, err)
		return 1
	default:
		fmt.Fprintf(e.stderr, "dyad %s: %v\n", c.name, err)
		return 1
	}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad turns news into political event data: who did what to whom, when and where.")
	fmt.Fprintln(w, "\nUsage: dyad COMMAND [options] [arguments]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"dyad help COMMAND\" or \"dyad COMMAND -h\" for a command's options.")
	fmt.Fprintln(w, "Environment: DYAD_LOG=debug|info|warn|error sets the log level (default warn).")
}

// newFlagSet returns a flag set for a command whose usage message names the
// command and its synopsis and lists its flags.
func newFlagSet(e *env, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: dyad %s %s\n\n%s\n", c.name, c.args, c.summary)
		var n int
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(e.stderr, "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args and maps a flag error to errUsage; -h gives
// flag.ErrHelp, which run treats as success.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errFlags
	}
	return nil
}

// flagSet reports whether the command line set flag name.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}
