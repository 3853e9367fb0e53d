package reader

import (
	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/dyadproject/dyad"
)

// setLanguage fills in the language of an article whose input did not say
// it, when the text tells it reliably.
func setLanguage(a *dyad.Article) {
	if a == nil || a.Language != "" {
		return
	}
	text := a.Text
	if len(text) > 4000 {
		text = text[:4000]
	}
	info := whatlanggo.Detect(text)
	if info.IsReliable() {
		a.Language = info.Lang.Iso6391()
	}
}
