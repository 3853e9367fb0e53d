package main

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
)

var versionCmd = &command{
	name:    "version",
	summary: "print dyad's version and build information",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		v := "(devel)"
		if bi, ok := debug.ReadBuildInfo(); ok {
			v = bi.Main.Version + " " + bi.GoVersion
		}
		fmt.Fprintln(e.stdout, "dyad", v)
		return nil
	},
}
