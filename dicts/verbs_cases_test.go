package dicts_test

// behaviourCases are short sentences written for these tests, parsed by
// hand in the Penn Treebank style, with the events the built-in
// dictionaries should code on 1 January 2020.
var behaviourCases = []struct {
	name, parse, want string
}{
	{"accuse of espionage",
		"(ROOT (S (NP (NNP Iran)) (VP (VBD accused) (NP (NNP Israel)) (PP (IN of) (NP (NN espionage)))) (. .)))",
		"IRN ISR 1125"},
	{"meet",
		"(ROOT (S (NP (NNP Iran)) (VP (VBD met) (NP (NNP Iraq))) (. .)))",
		"IRN IRQ 040"},
	{"will meet",
		"(ROOT (S (NP (NNP Iran)) (VP (MD will) (VP (VB meet) (NP (NNP Iraq)))) (. .)))",
		"IRN IRQ 036"},
	{"will not meet",
		"(ROOT (S (NP (NNP Iran)) (VP (MD will) (RB not) (VP (VB meet) (NP (NNP Iraq)))) (. .)))",
		"IRN IRQ 125"},
	{"did not meet",
		"(ROOT (S (NP (NNP Iran)) (VP (VBD did) (RB not) (VP (VB meet) (NP (NNP Iraq)))) (. .)))",
		""},
	{"plans to visit",
		"(ROOT (S (NP (NNP Iran)) (VP (VBZ plans) (S (VP (TO to) (VP (VB visit) (NP (NNP Iraq)))))) (. .)))",
		"IRN IRQ 036"},
	{"wants two others to hold talks",
		"(ROOT (S (NP (NNP Iraq)) (VP (VBZ wants) (S (NP (NNP Iran) (CC and) (NNP Syria)) (VP (TO to) (VP (VB hold) (NP (NNS talks)))))) (. .)))",
		"IRQ IRN 026; IRQ SYR 026"},
	{"urged to release prisoners",
		"(ROOT (S (NP (NNP Britain)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB release) (NP (DT the) (NNS prisoners)))))) (. .)))",
		"GBR IRN 0253"},
	{"agreed to hold talks, reciprocal",
		"(ROOT (S (NP (NNP Iran) (CC and) (NNP Iraq)) (VP (VBD agreed) (S (VP (TO to) (VP (VB hold) (NP (NNS talks)))))) (. .)))",
		"IRN IRQ 036; IRQ IRN 036"},
	{"released prisoners",
		"(ROOT (S (NP (DT The) (NNP U.S.) (NN military)) (VP (VBD released) (NP (CD nine) (JJ Iranian) (NNS prisoners))) (. .)))",
		"USAMIL IRNCVL 0841"},
}
