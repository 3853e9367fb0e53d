package webpage

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// decode returns page as UTF-8. The charset comes from a byte-order mark,
// the Content-Type header or the page's own <meta> declaration, but a
// declaration is often wrong: pages declared as Latin-1 that are valid
// UTF-8, and pages declared as UTF-8 that are Windows-1252. Valid
// multi-byte UTF-8 is almost never legacy text by chance, so it wins over
// a legacy declaration; text declared as UTF-8 in which most non-ASCII
// bytes are invalid is read as Windows-1252; stray invalid bytes in
// otherwise good UTF-8 become U+FFFD.
func decode(page []byte, contentType string) (text string, charsetName string) {
	enc, name, _ := charset.DetermineEncoding(page, contentType)
	switch {
	case name == "utf-8" || enc == encoding.Nop:
		if utf8.Valid(page) {
			return string(page), "utf-8"
		}
		if mostlyInvalidUTF8(page) {
			return decodeWith(charmap.Windows1252, page), "windows-1252"
		}
		return string(bytes.ToValidUTF8(page, []byte("\uFFFD"))), "utf-8"
	case isSingleByteLatin(name) && !mostlyInvalidUTF8(page):
		// Also the default guess for undeclared pages with a few bad bytes.
		return string(bytes.ToValidUTF8(page, []byte("\uFFFD"))), "utf-8"
	}
	return decodeWith(enc, page), name
}

func decodeWith(enc encoding.Encoding, page []byte) string {
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return string(bytes.ToValidUTF8(page, []byte("\uFFFD")))
	}
	return string(out)
}

func isSingleByteLatin(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15", "us-ascii":
		return true
	}
	return false
}

// mostlyInvalidUTF8 reports whether more non-ASCII characters of page are
// invalid UTF-8 than valid. Pure ASCII is not.
func mostlyInvalidUTF8(page []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(page); {
		if page[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(page[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return invalid > valid
}
