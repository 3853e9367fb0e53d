package main

import (
	"fmt"
	"runtime"

	"github.com/dyadproject/dyad/english"
	"github.com/dyadproject/dyad/standard"
)

func main() {
	var ms runtime.MemStats
	m, err := english.Load()
	if err != nil {
		panic(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("model: heap %d MB, sys %d MB, totalalloc %d MB\n", ms.HeapAlloc>>20, ms.Sys>>20, ms.TotalAlloc>>20)
	set, _, _ := standard.LoadDicts("")
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("+dicts: heap %d MB, sys %d MB, totalalloc %d MB\n", ms.HeapAlloc>>20, ms.Sys>>20, ms.TotalAlloc>>20)
	runtime.KeepAlive(m)
	runtime.KeepAlive(set)
}
