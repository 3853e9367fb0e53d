package dyad

// Event is one coded political event: Source did Code to Target on Date, as
// the sentence Text of document Doc says. The *Text and *Span fields are the
// provenance: where in the document text the actors and the verb were found,
// and which dictionary entry produced the code.
type Event struct {
	Doc      string `json:"doc"`
	Date     Date   `json:"date"`
	Source   string `json:"source"` // CAMEO actor code, e.g. IRQGOV; "" when absent
	Target   string `json:"target"`
	Code     string `json:"code"`     // CAMEO event code, e.g. 0841
	Sentence int    `json:"sentence"` // index of the sentence in the document
	Text     string `json:"text"`     // the sentence

	SourceText string `json:"source_text"`
	TargetText string `json:"target_text"`
	VerbText   string `json:"verb_text"`
	SourceSpan Span   `json:"source_span"` // byte offsets into the document text
	TargetSpan Span   `json:"target_span"`
	VerbSpan   Span   `json:"verb_span"`

	Pattern string `json:"pattern"` // the dictionary entry that fired, as "file:line" (or a description)
}

// Info returns the ontology entry of the event's code, and false when the
// code is not a CAMEO code (older dictionaries carry WEIS-era codes).
func (e *Event) Info() (EventCode, bool) { return LookupCode(e.Code) }
