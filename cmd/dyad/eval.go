package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
)

// evalCommands are the measurements "dyad eval KIND" can take. Each is a
// command of its own, so it has its own flags and help.
var evalCommands = []*command{
	evalTokensCmd,
	evalUDCmd,
}

var evalCmd = &command{
	name:    "eval",
	args:    "KIND [options] FILE...",
	summary: "measure dyad against gold data (run \"dyad eval -h\" for the kinds)",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		fs.Usage = func() {
			fmt.Fprintf(e.stderr, "usage: dyad eval KIND [options] FILE...\n\nKinds:\n")
			for _, c := range evalCommands {
				fmt.Fprintf(e.stderr, "  %-8s %s\n", c.name, c.summary)
			}
		}
		if len(args) == 0 || strings.HasPrefix(args[0], "-") {
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			fs.Usage()
			return errFlags
		}
		for _, c := range evalCommands {
			if c.name == args[0] {
				sub := &command{name: "eval " + c.name, args: c.args, summary: c.summary, run: c.run}
				return c.run(ctx, e, newFlagSet(e, sub), args[1:])
			}
		}
		return fmt.Errorf("%w: unknown kind %q", errUsage, args[0])
	},
}
