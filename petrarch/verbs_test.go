package petrarch_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

var update = flag.Bool("update", false, "rewrite golden files")

// dumpVerbs writes a verb dictionary as lines that tests compare:
//
//	synset NAME: MEMBER MEMBER ...
//	block NAME [CODE] @line
//	verb NAME word=W before=.. after=.. forms=A,B [CODE] @line
//	pattern ELEMENTS [CODE] @line
//	transform TEXT => SOURCE TARGET CODE @line
func dumpVerbs(vs *dict.Verbs) []string {
	var out []string
	names := make([]string, 0, len(vs.Synsets))
	for n := range vs.Synsets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		var ms []string
		for _, m := range vs.Synsets[n].Members {
			ms = append(ms, m.String())
		}
		out = append(out, fmt.Sprintf("synset %s: %s", n, strings.Join(ms, " ")))
	}
	for _, b := range vs.Blocks {
		out = append(out, fmt.Sprintf("block %s [%s] @%d", b.Name, b.Code, b.Pos.Line))
		for _, v := range b.Verbs {
			out = append(out, fmt.Sprintf("verb %s word=%s before=%s after=%s forms=%s [%s] @%d",
				v.Name, v.Word, strings.Join(v.Before, "_"), strings.Join(v.After, "_"),
				strings.Join(v.Forms, ","), v.Code, v.Pos.Line))
		}
		for _, p := range b.Patterns {
			out = append(out, fmt.Sprintf("pattern %s [%s] @%d", renderPattern(p), p.Code, p.Pos.Line))
		}
	}
	for _, tr := range vs.Transforms {
		out = append(out, fmt.Sprintf("transform %s => %s %s %s @%d", strings.Join(tr.Left, " "), tr.Source, tr.Target, tr.Code, tr.Pos.Line))
	}
	return out
}

// renderPattern writes a pattern's elements back: '_' joins adjacent
// elements, a blank separates the others, '*' is the verb.
func renderPattern(p *dict.Pattern) string {
	var b strings.Builder
	for _, e := range p.Upper {
		b.WriteString(renderElem(e))
		if e.Adjacent {
			b.WriteByte('_')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('*')
	for _, e := range p.Lower {
		if e.Adjacent {
			b.WriteByte('_')
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(renderElem(e))
	}
	return b.String()
}

func renderElem(e dict.Elem) string {
	switch e.Kind {
	case dict.ElemSource:
		return "$"
	case dict.ElemTarget:
		return "+"
	case dict.ElemCompound:
		return "%"
	case dict.ElemSkip:
		return "^"
	case dict.ElemSynset:
		if e.Synset == nil {
			return "&" + e.Word + "(unresolved)"
		}
		return "&" + e.Synset.Name
	}
	return e.Word
}

func TestReadVerbs(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string // lines that must be in the dump
		not  []string // lines that must not
		errs []wantErr
	}{
		{
			name: "block with regular verb",
			data: "--- DENOUNCE [111] ---\nDENOUNCE\n",
			want: []string{
				"block DENOUNCE [111] @1",
				"verb DENOUNCE word=DENOUNCE before= after= forms=DENOUNCE,DENOUNCES,DENOUNCED,DENOUNCING [] @2",
			},
		},
		{
			name: "block codes: null, none, reverse",
			data: "--- SAY [---] ---\n---  GREET  ---\n--- VISIT [042:043] ---\n--- MEET [:044] ---\n",
			want: []string{"block SAY [---] @1", "block GREET [---] @2", "block VISIT [042:043] @3", "block MEET [:044] @4"},
		},
		{
			name: "irregular forms and own code",
			data: "--- FLEE [---] ---\nFLEE {FLED FLEES FLEEING} [0233]\nSTRIKE {STRUCK}\n",
			want: []string{
				"verb FLEE word=FLEE before= after= forms=FLEE,FLED,FLEES,FLEEING [0233] @2",
				"verb STRIKE word=STRIKE before= after= forms=STRIKE,STRUCK [] @3",
			},
		},
		{
			name: "multiword verbs",
			data: "--- BLOCKADE [191] ---\n+SEAL_OFF\nLAY_+SIEGE {SIEGED}\nHEM_IN\n",
			want: []string{
				"verb +SEAL_OFF word=SEAL before= after=OFF forms=SEAL,SEALS,SEALED,SEALING [] @2",
				"verb LAY_+SIEGE word=SIEGE before=LAY after= forms=SIEGE,SIEGED [] @3",
				"verb HEM_IN word=HEM before= after=IN forms=HEM,HEMS,HEMED,HEMING,HEMMED,HEMMING [] @4",
			},
		},
		{
			name: "linear patterns",
			data: "--- WARN [130] ---\nWARN\n" +
				"- $ * + [130]\n" +
				"- * + AGAINST_ATTACK [138]  # a comment\n" +
				"- $ NOT_* [---]\n" +
				"- * ^ OVER % [131:132]\n" +
				"- * OF_+ [1311]\n",
			want: []string{
				"pattern * + AGAINST_ATTACK [138] @4",
				"pattern $ * + [130] @3",
				"pattern * ^ OVER % [131:132] @6",
				"pattern $ NOT_* [---] @5",
				"pattern * OF_+ [1311] @7",
			},
		},
		{
			name: "patterns sorted most specific first",
			data: "--- WARN [130] ---\nWARN\n- * + [1]\n- * A B C [3]\n- * A B [2]\n- * X Y [22]\n",
			want: []string{"pattern * A B C [3] @4", "pattern * A B [2] @5", "pattern * X Y [22] @6", "pattern * + [1] @3"},
		},
		{
			name: "synsets with plurals",
			data: "&ENVOY\n+DIPLOMAT\n+PEACE_ENVOY\n+ATTACHE_\n\n# a comment inside the synset\n+EMISSARY\n&MONEY_\n+DINAR\n--- PAY [071] ---\nPAY\n- * &ENVOY [072]\n- * &MONEY [071]\n",
			want: []string{
				"synset ENVOY: DIPLOMAT DIPLOMATS PEACE_ENVOY PEACE_ENVOYS ATTACHE EMISSARY EMISSARIES",
				"synset MONEY: DINAR",
				"pattern * &ENVOY [072] @12",
				"pattern * &MONEY [071] @13",
			},
		},
		{
			name: "synset inside a synset, defined later",
			data: "&CASH\n+&COIN\n+BANKNOTE_\n&COIN\n+DUCAT\n--- PAY [071] ---\nPAY\n- * &CASH [071]\n",
			want: []string{
				"synset CASH: BANKNOTE &COIN",
				"synset COIN: DUCAT DUCATS",
				"pattern * &CASH [071] @8",
			},
		},
		{
			name: "pattern before its synset",
			data: "--- PAY [071] ---\nPAY\n- * &LATER [071]\n&LATER\n+BOND\n",
			want: []string{"pattern * &LATER [071] @3", "synset LATER: BOND BONDS"},
		},
		{
			name: "PETRARCH-2 phrase patterns",
			data: "--- ATTACK [190] ---\nATTACK\n- * {DEFENSE MINISTRY} [193]\n- * (WITH ARTILLERY) [194]\n- * &WEAPON [195]\n&WEAPON\n+MORTAR\n",
			want: []string{
				"pattern * DEFENSE_MINISTRY [193] @3",
				"pattern * WITH ARTILLERY [194] @4",
				"pattern * &WEAPON [195] @5",
			},
		},
		{
			name: "transformations",
			data: "~ a (a b ATTACK) SAY = a b 015\n~ a (b c X) THREATEN = a c X\n",
			want: []string{
				"transform a ( a b ATTACK ) SAY => a b 015 @1",
				"transform a ( b c X ) THREATEN => a c X @2",
			},
		},
		{
			name: "more than one verb code keeps the first",
			data: "--- HELP [070] ---\nASSIST [071] [072]\n",
			want: []string{"verb ASSIST word=ASSIST before= after= forms=ASSIST,ASSISTS,ASSISTED,ASSISTING [071] @2"},
			errs: []wantErr{{2, "more than one code"}},
		},
		{
			name: "synset redefinition adds to the first",
			data: "&ENVOY_\n+DIPLOMAT\n&ENVOY_\n+CONSUL\n",
			want: []string{"synset ENVOY: DIPLOMAT CONSUL"},
			errs: []wantErr{{3, "already defined at line 1"}},
		},
		{
			name: "malformed lines are reported and skipped",
			data: "- $ * + [010]\n" + // 1 pattern outside a block
				"PROTEST\n" + // 2 verb outside a block
				"--- PROTEST [140] ---\n" + // 3
				"PROTEST\n" + // 4 good
				"- $ * +\n" + // 5 no code
				"- $ + [141]\n" + // 6 no verb
				"- * * + [141]\n" + // 7 two verbs
				"- * + [14 1]\n" + // 8 malformed code
				"RALLY [14 2]\n" + // 9 malformed verb code
				"MARCH [143\n" + // 10 unclosed bracket
				"PICKET {PICKETED\n" + // 11 unclosed brace
				"{RIOTED} [145]\n" + // 12 no verb
				"- * &NOWHERE [146]\n" + // 13 unknown synset
				"~ a b c\n" + // 14 transformation without '='
				"~ a b = c\n" + // 15 transformation with too few results
				"&\n" + // 16 empty synset label
				"&GOOD\n" + // 17
				"+\n" + // 18 empty member
				"+&MISSING\n" + // 19 unknown synset member
				"--- SIT_IN [145 ---\n" + // 20 unclosed bracket in header
				"DEMONSTRATE\n" + // 21 good, in the new block
				"- $ * AGAINST + [1411]\n", // 22 good
			want: []string{
				"block PROTEST [140] @3",
				"verb PROTEST word=PROTEST before= after= forms=PROTEST,PROTESTS,PROTESTED,PROTESTING [] @4",
				"pattern * &NOWHERE [146] @13", // kept as a word that never matches
				"verb DEMONSTRATE word=DEMONSTRATE before= after= forms=DEMONSTRATE,DEMONSTRATES,DEMONSTRATED,DEMONSTRATING [] @21",
				"pattern $ * AGAINST + [1411] @22",
			},
			errs: []wantErr{
				{1, "outside a verb block"},
				{2, "outside a verb block"},
				{5, "has no [code]"},
				{6, "has no '*'"},
				{7, "more than one '*'"},
				{8, "malformed code"},
				{9, "malformed code"},
				{10, "unclosed '['"},
				{11, "unclosed '{'"},
				{12, "has no verb"},
				{14, "needs the form"},
				{15, "needs the form"},
				{16, "has no name"},
				{18, "empty synset member"},
				{20, "unclosed '['"},
				{19, "unknown synset &MISSING"},
				{13, "unknown synset &NOWHERE"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs := &dict.Verbs{}
			errs := petrarch.ReadVerbs(vs, "test.verbs.txt", tt.data)
			checkErrs(t, "test.verbs.txt", errs, tt.errs)
			dump := dumpVerbs(vs)
			for _, w := range tt.want {
				if !slices.Contains(dump, w) {
					t.Errorf("missing %q in\n%s", w, strings.Join(dump, "\n"))
				}
			}
			for _, w := range tt.not {
				if slices.Contains(dump, w) {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
}

func TestReadVerbsPatternOrderInDump(t *testing.T) {
	vs := &dict.Verbs{}
	petrarch.ReadVerbs(vs, "v.txt", "--- WARN [130] ---\nWARN\n- * + [1]\n- * A B C [3]\n- * A B [2]\n- * X Y [22]\n")
	var got []string
	for _, p := range vs.Blocks[0].Patterns {
		got = append(got, p.Code.Code)
	}
	if want := []string{"3", "2", "22", "1"}; !slices.Equal(got, want) {
		t.Errorf("pattern order %v, want %v", got, want)
	}
}

func TestReadVerbsLookup(t *testing.T) {
	vs := &dict.Verbs{}
	data := "--- BLOCKADE [191] ---\nBLOCKADE\n+SEAL_OFF\nSEAL {SEALED}\n"
	if errs := petrarch.ReadVerbs(vs, "v.txt", data); len(errs) > 0 {
		t.Fatal(errs)
	}
	got := vs.Lookup("SEALED")
	if len(got) != 2 || got[0].Name != "+SEAL_OFF" || got[1].Name != "SEAL" {
		t.Errorf("Lookup(SEALED) = %v, want the multiword verb first", got)
	}
	if v := vs.Lookup("BLOCKADING"); len(v) != 1 || v[0].EventCode().Code != "191" {
		t.Errorf("Lookup(BLOCKADING) = %v", v)
	}
}

func TestReadVerbsGolden(t *testing.T) {
	vs := &dict.Verbs{}
	errs := petrarch.ReadVerbs(vs, "testdata/verbs.txt", readFile(t, "testdata/verbs.txt"))
	var b strings.Builder
	for _, l := range dumpVerbs(vs) {
		b.WriteString(l + "\n")
	}
	for _, e := range errs {
		b.WriteString("error " + e.Error() + "\n")
	}
	golden(t, "testdata/verbs.golden", b.String())
}

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update to rewrite it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
