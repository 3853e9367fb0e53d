package fakecoder

import (
	"context"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestCodeArticle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // source code verb target
	}{
		{"accuse", "Washington accuses Iran of arming militias.", []string{"USAGOV 112 accuses IRN"}},
		{"two sentences", "Tehran blames the U.S. for the violence. The U.S. military released nine Iranian prisoners.",
			[]string{"IRNGOV 112 blames USA", "USAMIL 0841 released IRN"}},
		{"no verb", "Iran and Iraq share a border.", nil},
		{"no target", "Russia praised the decision.", nil},
		{"word boundary", "Iranian officials met Iraqi government envoys.", []string{"IRNGOV 040 met IRQGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &dyad.Article{ID: "t", Text: tt.text}
			events, err := Coder{}.CodeArticle(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				got = append(got, e.Source+" "+e.Code+" "+e.VerbSpan.Of(a.Text)+" "+e.Target)
				if e.SourceSpan.Of(a.Text) != e.SourceText || e.Text == "" {
					t.Errorf("spans: %+v", e)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}
