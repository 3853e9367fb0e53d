package code_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
)

func TestTagNames(t *testing.T) {
	tests := []struct {
		name, in, want string // words as word/UPOS
	}{
		{"a known name the tagger read as a verb", "Downing/VERB Street/PROPN warned/VERB Iran/PROPN", "Downing/PROPN Street/PROPN warned/VERB Iran/PROPN"},
		{"not written as a name", "downing/VERB street/NOUN warned/VERB Iran/PROPN", "downing/VERB street/NOUN warned/VERB Iran/PROPN"},
		{"one word is no multiword name", "Turkey/VERB warned/VERB", "Turkey/VERB warned/VERB"},
	}
	c := testCoder(t, code.NewsOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &dyad.Sentence{}
			for _, it := range strings.Fields(tt.in) {
				w, tag, _ := strings.Cut(it, "/")
				s.Tokens = append(s.Tokens, dyad.Token{Text: w, UPOS: tag})
			}
			c.TagNames(s)
			var got []string
			for _, tok := range s.Tokens {
				got = append(got, tok.Text+"/"+tok.UPOS)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got  %s\nwant %s", g, tt.want)
			}
		})
	}
}
