package dyad

// Token is one syntactic word of a sentence with its analysis. The fields
// follow Universal Dependencies: UPOS is the universal part of speech, XPOS
// the Penn Treebank tag, Head the index of the governing token within the
// same sentence (-1 for the root), Rel the dependency relation to it.
type Token struct {
	Text  string `json:"text"`            // the word as written (for a contraction part, its surface part)
	Span  Span   `json:"span"`            // byte offsets into the document text
	Lemma string `json:"lemma,omitempty"` // base form, when known
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	Head  int    `json:"head"` // index into Sentence.Tokens; -1 for the root
	Rel   string `json:"rel,omitempty"`
}

// Sentence is a sentence of a document with its tokens. Spans are offsets
// into the document text, so Span.Of(doc) == Text.
type Sentence struct {
	Index  int     `json:"index"` // position in the document, from 0
	Span   Span    `json:"span"`
	Text   string  `json:"text"`
	Tokens []Token `json:"tokens,omitempty"`
}

// Root returns the index of the sentence's root token, or -1 when the
// sentence has no parse.
func (s *Sentence) Root() int {
	for i := range s.Tokens {
		if s.Tokens[i].Head < 0 {
			return i
		}
	}
	return -1
}

// Children returns the indexes of the tokens whose head is i, in order.
func (s *Sentence) Children(i int) []int {
	var kids []int
	for j := range s.Tokens {
		if s.Tokens[j].Head == i {
			kids = append(kids, j)
		}
	}
	return kids
}
