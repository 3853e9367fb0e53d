//go:build !purego

#include "textflag.h"

// func addRowSSE(acc, row *float32, n int)
//
// acc[i] += row[i] for i < n, four at a time with SSE (every amd64
// processor has it): the same one single-precision addition per element
// as the Go loop, so the sums are identical.
TEXT ·addRowSSE(SB), NOSPLIT, $0-24
	MOVQ acc+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ n+16(FP), CX

loop16:
	CMPQ CX, $16
	JLT  loop4
	MOVUPS (SI), X0
	MOVUPS 16(SI), X1
	MOVUPS 32(SI), X2
	MOVUPS 48(SI), X3
	MOVUPS (DI), X4
	MOVUPS 16(DI), X5
	MOVUPS 32(DI), X6
	MOVUPS 48(DI), X7
	ADDPS  X0, X4
	ADDPS  X1, X5
	ADDPS  X2, X6
	ADDPS  X3, X7
	MOVUPS X4, (DI)
	MOVUPS X5, 16(DI)
	MOVUPS X6, 32(DI)
	MOVUPS X7, 48(DI)
	ADDQ   $64, SI
	ADDQ   $64, DI
	SUBQ   $16, CX
	JMP    loop16

loop4:
	CMPQ CX, $4
	JLT  tail
	MOVUPS (SI), X0
	MOVUPS (DI), X1
	ADDPS  X0, X1
	MOVUPS X1, (DI)
	ADDQ   $16, SI
	ADDQ   $16, DI
	SUBQ   $4, CX
	JMP    loop4

tail:
	TESTQ CX, CX
	JEQ   done
	MOVSS (SI), X0
	MOVSS (DI), X1
	ADDSS X0, X1
	MOVSS X1, (DI)
	ADDQ  $4, SI
	ADDQ  $4, DI
	DECQ  CX
	JMP   tail

done:
	RET

// func addRowAVX2(acc, row *float32, n int)
//
// addRowSSE eight and thirty-two at a time, for processors with AVX2.
TEXT ·addRowAVX2(SB), NOSPLIT, $0-24
	MOVQ acc+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ n+16(FP), CX

avx32:
	CMPQ    CX, $32
	JLT     avx8
	VMOVUPS (SI), Y0
	VMOVUPS 32(SI), Y1
	VMOVUPS 64(SI), Y2
	VMOVUPS 96(SI), Y3
	VADDPS  (DI), Y0, Y0
	VADDPS  32(DI), Y1, Y1
	VADDPS  64(DI), Y2, Y2
	VADDPS  96(DI), Y3, Y3
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	ADDQ    $128, SI
	ADDQ    $128, DI
	SUBQ    $32, CX
	JMP     avx32

avx8:
	CMPQ    CX, $8
	JLT     avxtail
	VMOVUPS (SI), Y0
	VADDPS  (DI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $8, CX
	JMP     avx8

avxtail:
	// Fewer than eight left: addRowSSE finishes them from where this
	// stopped (its loops do four and one at a time).
	VZEROUPPER
	MOVQ DI, acc+0(FP)
	MOVQ SI, row+8(FP)
	MOVQ CX, n+16(FP)
	JMP  ·addRowSSE(SB)
