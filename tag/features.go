package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/internal/linear"
)

// Feature templates. The numbers are part of the stored model: append new
// ones, never renumber.
const (
	fBias = iota + 1
	fForm
	fLower
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fFlags
	fPrevTag
	fPrev2Tags
	fPrevTagWord
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevSuf3
	fNextSuf3
	fPrevWordWord
	fWordNextWord
	fPrevTagNextWord
	fNextShape
	fPrevShape
	fSuf5
	fNextSuf1
	fPrev2TagWord
	fGuess
	fGuessWord
	fNextGuess
	fNext2Guess
	fNextGuesses
	fPrevTagNextGuess
	fNextGuessWord
	fGuessPrevTag
)

// word is what the features need of one word, hashed once per sentence.
type word struct {
	form, lower, shape, flags uint64
	pre                       [3]uint64
	suf                       [5]uint64
}

var (
	hashNone  = linear.String("<none>")
	hashStart = linear.String("<s>")
	hashEnd   = linear.String("</s>")
)

func analyse(text string, first bool) word {
	lower := strings.ToLower(text)
	w := word{form: linear.String(text), lower: linear.String(lower), shape: linear.String(shape(text))}
	for k := 1; k <= 5; k++ {
		s := hashNone
		if k <= len(lower) {
			s = linear.String(lower[len(lower)-k:])
		}
		w.suf[k-1] = s
	}
	for k := 1; k <= 3; k++ {
		s := hashNone
		if k <= len(lower) {
			s = linear.String(lower[:k])
		}
		w.pre[k-1] = s
	}
	var flags uint64
	var upper, letters, digits int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r == '-':
			flags |= 1
		}
	}
	if upper > 0 {
		flags |= 2
	}
	if upper == letters && letters > 1 {
		flags |= 4
	}
	if digits > 0 {
		flags |= 8
	}
	if first {
		flags |= 16
	}
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
		flags |= 32
	}
	w.flags = flags
	return w
}

// shape maps letters to X or x and digits to d, and shortens runs of the
// same class to two: "McCain" → "XxXx", "1990s" → "ddx", "U.S." → "X.X.".
func shape(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		b.WriteRune(c)
	}
	return b.String()
}

// features appends the features of position i given the tags predicted so
// far (tags[j] for j < i, as class hashes) and, for the second stage, the
// first stage's guesses for the whole sentence (guess, nil in the first).
func features(dst []uint64, ws []word, tags, guess []uint64, i int) []uint64 {
	w := &ws[i]
	at := func(j int) *word {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lowerAt := func(j int) uint64 {
		if j < 0 {
			return hashStart
		}
		if j >= len(ws) {
			return hashEnd
		}
		return ws[j].lower
	}
	tagAt := func(j int) uint64 {
		if j < 0 {
			return hashStart
		}
		return tags[j]
	}
	p1, p2 := tagAt(i-1), tagAt(i-2)
	dst = append(dst,
		linear.F1(fBias, 0),
		linear.F1(fForm, w.form),
		linear.F1(fLower, w.lower),
		linear.F1(fSuf1, w.suf[0]),
		linear.F1(fSuf2, w.suf[1]),
		linear.F1(fSuf3, w.suf[2]),
		linear.F1(fSuf4, w.suf[3]),
		linear.F1(fSuf5, w.suf[4]),
		linear.F1(fPre1, w.pre[0]),
		linear.F1(fPre2, w.pre[1]),
		linear.F1(fPre3, w.pre[2]),
		linear.F1(fShape, w.shape),
		linear.F1(fFlags, w.flags),
		linear.F1(fPrevTag, p1),
		linear.F2(fPrev2Tags, p1, p2),
		linear.F2(fPrevTagWord, p1, w.lower),
		linear.F2(fPrev2TagWord, p2, w.lower),
		linear.F1(fPrevWord, lowerAt(i-1)),
		linear.F1(fPrev2Word, lowerAt(i-2)),
		linear.F1(fNextWord, lowerAt(i+1)),
		linear.F1(fNext2Word, lowerAt(i+2)),
		linear.F2(fPrevWordWord, lowerAt(i-1), w.lower),
		linear.F2(fWordNextWord, w.lower, lowerAt(i+1)),
		linear.F2(fPrevTagNextWord, p1, lowerAt(i+1)),
	)
	if guess != nil {
		guessAt := func(j int) uint64 {
			if j >= len(ws) {
				return hashEnd
			}
			return guess[j]
		}
		g0, g1, g2 := guess[i], guessAt(i+1), guessAt(i+2)
		dst = append(dst,
			linear.F1(fGuess, g0),
			linear.F2(fGuessWord, g0, w.lower),
			linear.F1(fNextGuess, g1),
			linear.F1(fNext2Guess, g2),
			linear.F2(fNextGuesses, g1, g2),
			linear.F2(fPrevTagNextGuess, p1, g1),
			linear.F2(fNextGuessWord, g1, w.lower),
			linear.F2(fGuessPrevTag, g0, p1),
		)
	}
	if p := at(i - 1); p != nil {
		dst = append(dst, linear.F1(fPrevSuf3, p.suf[2]), linear.F1(fPrevShape, p.shape))
	}
	if n := at(i + 1); n != nil {
		dst = append(dst, linear.F1(fNextSuf3, n.suf[2]), linear.F1(fNextShape, n.shape), linear.F1(fNextSuf1, n.suf[0]))
	}
	return dst
}
