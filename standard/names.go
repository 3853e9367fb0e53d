package standard

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// ActorNames names the actor codes of a dictionary set by the primary
// names of its entries ("United_States [USA]" names USA "United States").
// An entry names its undated code only: dated codes belong to office
// holders and to groups whose role changed, which name a person or a
// group, not the code.
//
// When entries share a code, the first names it, unless it stands alone
// and a later one heads a section of the code: dictionaries list a
// country's other names and bodies after it ("Syria [SYR]", then
// "Damascus [SYRGOV]"), while a territory that carries a country's code
// but is listed with another country ("Golan_Heights [SYR]", before
// "Palestine [PSE]") is followed by something else.
func ActorNames(set *dict.Set) dyad.ActorNames {
	names := dyad.ActorNames{}
	if set == nil || set.Actors == nil {
		return names
	}
	heads := map[string]bool{}
	entries := set.Actors.Entries
	for i, a := range entries {
		code := a.CodeOn(0)
		if code == "" || code == dict.NullCode || strings.Contains(code, "/") {
			continue
		}
		name := strings.TrimSpace(strings.ReplaceAll(a.Name, "_", " "))
		if name == "" {
			continue
		}
		head := i+1 < len(entries) && entries[i+1].Pos.File == a.Pos.File && continues(entries[i+1], code)
		if _, named := names[code]; named && (!head || heads[code]) {
			continue
		}
		names[code], heads[code] = name, head
	}
	return names
}

// continues reports whether a code of a, dated or not, is parent or one
// of its bodies (parent followed by more segments).
func continues(a *dict.Actor, parent string) bool {
	for _, c := range a.Codes {
		if strings.HasPrefix(c.Code, parent) {
			return true
		}
	}
	return false
}

// BuiltinActorNames names actor codes from dyad's built-in dictionaries.
func BuiltinActorNames() (dyad.ActorNames, error) {
	set, _, err := LoadDicts("")
	if err != nil {
		return nil, err
	}
	return ActorNames(set), nil
}
