package conllu

import (
	"bufio"
	"io"
)

// Write writes the sentence: its comments, its rows with the columns as
// they are, and the blank line that ends it.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for i := range s.Rows {
		r := &s.Rows[i]
		for j, f := range [...]string{r.ID, r.Form, r.Lemma, r.UPOS, r.XPOS, r.Feats, r.Head, r.Deprel, r.Deps, r.Misc} {
			if j > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
