// Package dyad is the vocabulary of the dyad event coder: articles, sentences
// and tokens with byte offsets into their text, political events between two
// actors, the CAMEO event ontology, and the interfaces the pipeline stages and
// services implement.
//
// This package imports only the standard library. Pipeline stages live in
// packages of their own (sentence, token, tag, parse, actor, code, ...),
// adapters in packages named after their technology (petrarch, conllu, ptb,
// sqlite, postgres, nats, http), and cmd/dyad wires them together.
package dyad
