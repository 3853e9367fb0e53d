package dict

// Set is a complete set of coding dictionaries.
type Set struct {
	Verbs    *Verbs
	Actors   *Actors
	Agents   *Agents
	Discards *Discards
	Issues   *Issues
}

// NewSet returns an empty set, ready to be filled.
func NewSet() *Set {
	return &Set{
		Verbs:    &Verbs{Synsets: map[string]*Synset{}},
		Actors:   &Actors{},
		Agents:   &Agents{},
		Discards: &Discards{},
		Issues:   &Issues{},
	}
}
